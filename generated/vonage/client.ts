// Generated from specs/vonage/openapi.yaml by `npm run generate`. Do not edit: change the spec or
// templates/client.ts.hbs and regenerate.
import type { Client } from "openapi-fetch";
import {
  Transport,
  basic,
  bearer,
  env,
  vonageJwtMinter,
  type OperationSpec,
  type RequestOptions,
} from "../runtime/index.js";
import type { operations, paths } from "./types.js";

/** The server of the spec; override with the `baseUrl` option (e.g. to use a mock server). */
export const DEFAULT_BASE_URL = "https://api-eu.vonage.com/v1/10dlc";

/** Result of GET /enum. */
export type EnumsRetrieveResponse = operations["getEnums"]["responses"][200]["content"]["application/json"];

/** Result of GET /account. */
export type AccountRetrieveResponse =
  operations["getAccountSettings"]["responses"][200]["content"]["application/json"];

/** Request body of PATCH /account. */
export type AccountUpdateParams = NonNullable<
  operations["updateAccountSettings"]["requestBody"]
>["content"]["application/json"];

/** Result of PATCH /account. */
export type AccountUpdateResponse = void;

/** Query parameters of GET /brands. */
export type BrandsListQuery = NonNullable<operations["listBrands"]["parameters"]["query"]>;

/** Result of GET /brands. */
export type BrandsListResponse = operations["listBrands"]["responses"][200]["content"]["application/json"];

/** One item of the list returned by GET /brands. */
export type BrandsListItem = NonNullable<NonNullable<BrandsListResponse["_embedded"]>["brands"]>[number];

/** Request body of POST /brands. */
export type BrandsCreateParams = NonNullable<
  operations["createBrand"]["requestBody"]
>["content"]["application/json"];

/** Result of POST /brands. */
export type BrandsCreateResponse = operations["createBrand"]["responses"][200]["content"]["application/json"];

/** Path parameters of GET /brands/{brand_id}. */
export type BrandsRetrievePathParams = operations["getBrand"]["parameters"]["path"];

/** Result of GET /brands/{brand_id}. */
export type BrandsRetrieveResponse = operations["getBrand"]["responses"][200]["content"]["application/json"];

/** Path parameters of PATCH /brands/{brand_id}. */
export type BrandsUpdatePathParams = operations["updateBrand"]["parameters"]["path"];

/** Request body of PATCH /brands/{brand_id}. */
export type BrandsUpdateParams = NonNullable<
  operations["updateBrand"]["requestBody"]
>["content"]["application/json"];

/** Result of PATCH /brands/{brand_id}. */
export type BrandsUpdateResponse = operations["updateBrand"]["responses"][200]["content"]["application/json"];

/** Path parameters of DELETE /brands/{brand_id}. */
export type BrandsDeletePathParams = operations["deleteBrand"]["parameters"]["path"];

/** Result of DELETE /brands/{brand_id}. */
export type BrandsDeleteResponse = void;

/** Path parameters of GET /brands/{brand_id}/feedback. */
export type BrandsFeedbackRetrievePathParams = operations["getBrandFeedback"]["parameters"]["path"];

/** Result of GET /brands/{brand_id}/feedback. */
export type BrandsFeedbackRetrieveResponse =
  operations["getBrandFeedback"]["responses"][200]["content"]["application/json"];

/** Path parameters of GET /brands/{brand_id}/usecases/{usecase}. */
export type BrandsUsecasesQualifyPathParams = operations["qualifyBrandUsecase"]["parameters"]["path"];

/** Result of GET /brands/{brand_id}/usecases/{usecase}. */
export type BrandsUsecasesQualifyResponse =
  operations["qualifyBrandUsecase"]["responses"][200]["content"]["application/json"];

/** Path parameters of POST /brands/{brand_id}/start_verification. */
export type BrandsVerificationStartPathParams = operations["startBrandVerification"]["parameters"]["path"];

/** Request body of POST /brands/{brand_id}/start_verification. */
export type BrandsVerificationStartParams = NonNullable<
  operations["startBrandVerification"]["requestBody"]
>["content"]["application/json"];

/** Result of POST /brands/{brand_id}/start_verification. */
export type BrandsVerificationStartResponse =
  operations["startBrandVerification"]["responses"][200]["content"]["application/json"];

/** Path parameters of POST /brands/{brand_id}/verify. */
export type BrandsVerificationVerifyPathParams = operations["verifyBrandOtp"]["parameters"]["path"];

/** Request body of POST /brands/{brand_id}/verify. */
export type BrandsVerificationVerifyParams = NonNullable<
  operations["verifyBrandOtp"]["requestBody"]
>["content"]["application/json"];

/** Result of POST /brands/{brand_id}/verify. */
export type BrandsVerificationVerifyResponse = void;

/** Path parameters of GET /brands/{brand_id}/verification/{reference_id}. */
export type BrandsVerificationRetrievePathParams =
  operations["getBrandVerificationStatus"]["parameters"]["path"];

/** Result of GET /brands/{brand_id}/verification/{reference_id}. */
export type BrandsVerificationRetrieveResponse =
  operations["getBrandVerificationStatus"]["responses"][200]["content"]["application/json"];

/** Path parameters of GET /brands/{brand_id}/vetting/requests. */
export type BrandsVettingListPathParams = operations["listVettingRequests"]["parameters"]["path"];

/** Result of GET /brands/{brand_id}/vetting/requests. */
export type BrandsVettingListResponse =
  operations["listVettingRequests"]["responses"][200]["content"]["application/json"];

/** Path parameters of POST /brands/{brand_id}/vetting/requests. */
export type BrandsVettingCreatePathParams = operations["createVettingRequest"]["parameters"]["path"];

/** Request body of POST /brands/{brand_id}/vetting/requests. */
export type BrandsVettingCreateParams = NonNullable<
  operations["createVettingRequest"]["requestBody"]
>["content"]["application/json"];

/** Result of POST /brands/{brand_id}/vetting/requests. */
export type BrandsVettingCreateResponse =
  operations["createVettingRequest"]["responses"][200]["content"]["application/json"];

/** Path parameters of PUT /brands/{brand_id}/vetting/requests. */
export type BrandsVettingImportPathParams = operations["importVettingRequest"]["parameters"]["path"];

/** Request body of PUT /brands/{brand_id}/vetting/requests. */
export type BrandsVettingImportParams = NonNullable<
  operations["importVettingRequest"]["requestBody"]
>["content"]["application/json"];

/** Result of PUT /brands/{brand_id}/vetting/requests. */
export type BrandsVettingImportResponse =
  operations["importVettingRequest"]["responses"][200]["content"]["application/json"];

/** Path parameters of POST /brands/{brand_id}/vetting/requests/{vetting_id}/appeal. */
export type BrandsVettingAppealPathParams = operations["appealVettingRequest"]["parameters"]["path"];

/** Request body of POST /brands/{brand_id}/vetting/requests/{vetting_id}/appeal. */
export type BrandsVettingAppealParams = NonNullable<
  operations["appealVettingRequest"]["requestBody"]
>["content"]["application/json"];

/** Result of POST /brands/{brand_id}/vetting/requests/{vetting_id}/appeal. */
export type BrandsVettingAppealResponse = void;

/** Path parameters of POST /brands/{brand_id}/revet. */
export type BrandsRevetPathParams = operations["revetBrand"]["parameters"]["path"];

/** Result of POST /brands/{brand_id}/revet. */
export type BrandsRevetResponse = operations["revetBrand"]["responses"][200]["content"]["application/json"];

/** Path parameters of GET /brands/{brand_id}/appeal/evidence. */
export type BrandsVettingEvidenceListPathParams = operations["listAppealEvidence"]["parameters"]["path"];

/** Query parameters of GET /brands/{brand_id}/appeal/evidence. */
export type BrandsVettingEvidenceListQuery = NonNullable<
  operations["listAppealEvidence"]["parameters"]["query"]
>;

/** Result of GET /brands/{brand_id}/appeal/evidence. */
export type BrandsVettingEvidenceListResponse =
  operations["listAppealEvidence"]["responses"][200]["content"]["application/json"];

/** One item of the list returned by GET /brands/{brand_id}/appeal/evidence. */
export type BrandsVettingEvidenceListItem = NonNullable<
  NonNullable<BrandsVettingEvidenceListResponse["_embedded"]>["evidences"]
>[number];

/** Path parameters of POST /brands/{brand_id}/appeal/evidence. */
export type BrandsVettingEvidenceUploadPathParams = operations["uploadAppealEvidence"]["parameters"]["path"];

/** Request body of POST /brands/{brand_id}/appeal/evidence. */
export type BrandsVettingEvidenceUploadParams = NonNullable<
  operations["uploadAppealEvidence"]["requestBody"]
>["content"]["multipart/form-data"];

/** Result of POST /brands/{brand_id}/appeal/evidence. */
export type BrandsVettingEvidenceUploadResponse =
  operations["uploadAppealEvidence"]["responses"][200]["content"]["application/json"];

/** Path parameters of GET /brands/{brand_id}/appeal/evidence/{evidence_id}. */
export type BrandsVettingEvidenceDownloadPathParams =
  operations["downloadAppealEvidence"]["parameters"]["path"];

/** Result of GET /brands/{brand_id}/appeal/evidence/{evidence_id}. */
export type BrandsVettingEvidenceDownloadResponse = File;

/** Path parameters of DELETE /brands/{brand_id}/appeal/evidence/{evidence_id}. */
export type BrandsVettingEvidenceDeletePathParams = operations["deleteAppealEvidence"]["parameters"]["path"];

/** Result of DELETE /brands/{brand_id}/appeal/evidence/{evidence_id}. */
export type BrandsVettingEvidenceDeleteResponse = void;

/** Path parameters of GET /brands/{brand_id}/campaigns. */
export type BrandsCampaignsListPathParams = operations["listCampaigns"]["parameters"]["path"];

/** Query parameters of GET /brands/{brand_id}/campaigns. */
export type BrandsCampaignsListQuery = NonNullable<operations["listCampaigns"]["parameters"]["query"]>;

/** Result of GET /brands/{brand_id}/campaigns. */
export type BrandsCampaignsListResponse =
  operations["listCampaigns"]["responses"][200]["content"]["application/json"];

/** One item of the list returned by GET /brands/{brand_id}/campaigns. */
export type BrandsCampaignsListItem = NonNullable<
  NonNullable<BrandsCampaignsListResponse["_embedded"]>["campaigns"]
>[number];

/** Path parameters of POST /brands/{brand_id}/campaigns. */
export type BrandsCampaignsCreatePathParams = operations["createCampaign"]["parameters"]["path"];

/** Request body of POST /brands/{brand_id}/campaigns. */
export type BrandsCampaignsCreateParams = NonNullable<
  operations["createCampaign"]["requestBody"]
>["content"]["application/json"];

/** Result of POST /brands/{brand_id}/campaigns. */
export type BrandsCampaignsCreateResponse =
  operations["createCampaign"]["responses"][200]["content"]["application/json"];

/** Request body of POST /campaigns/message_flow. */
export type CampaignsMessageFlowPreviewParams = NonNullable<
  operations["previewMessageFlow"]["requestBody"]
>["content"]["application/json"];

/** Result of POST /campaigns/message_flow. */
export type CampaignsMessageFlowPreviewResponse =
  operations["previewMessageFlow"]["responses"][200]["content"]["application/json"];

/** Path parameters of GET /brands/{brand_id}/campaigns/{campaign_id}. */
export type BrandsCampaignsRetrievePathParams = operations["getCampaign"]["parameters"]["path"];

/** Result of GET /brands/{brand_id}/campaigns/{campaign_id}. */
export type BrandsCampaignsRetrieveResponse =
  operations["getCampaign"]["responses"][200]["content"]["application/json"];

/** Path parameters of PATCH /brands/{brand_id}/campaigns/{campaign_id}. */
export type BrandsCampaignsUpdatePathParams = operations["updateCampaign"]["parameters"]["path"];

/** Request body of PATCH /brands/{brand_id}/campaigns/{campaign_id}. */
export type BrandsCampaignsUpdateParams = NonNullable<
  operations["updateCampaign"]["requestBody"]
>["content"]["application/json"];

/** Result of PATCH /brands/{brand_id}/campaigns/{campaign_id}. */
export type BrandsCampaignsUpdateResponse =
  operations["updateCampaign"]["responses"][200]["content"]["application/json"];

/** Path parameters of DELETE /brands/{brand_id}/campaigns/{campaign_id}. */
export type BrandsCampaignsDeletePathParams = operations["deleteCampaign"]["parameters"]["path"];

/** Result of DELETE /brands/{brand_id}/campaigns/{campaign_id}. */
export type BrandsCampaignsDeleteResponse = void;

/** Path parameters of PUT /brands/{brand_id}/campaigns/{campaign_id}/resubmit. */
export type BrandsCampaignsResubmitPathParams = operations["resubmitCampaign"]["parameters"]["path"];

/** Request body of PUT /brands/{brand_id}/campaigns/{campaign_id}/resubmit. */
export type BrandsCampaignsResubmitParams = NonNullable<
  operations["resubmitCampaign"]["requestBody"]
>["content"]["application/json"];

/** Result of PUT /brands/{brand_id}/campaigns/{campaign_id}/resubmit. */
export type BrandsCampaignsResubmitResponse =
  operations["resubmitCampaign"]["responses"][200]["content"]["application/json"];

/** Result of GET /campaigns/terms_and_conditions. */
export type CampaignsTermsAndConditionsRetrieveResponse =
  operations["getCampaignTermsAndConditions"]["responses"][200]["content"]["application/json"];

/** Request body of POST /partnercampaigns/import. */
export type PartnerCampaignsImportParams = NonNullable<
  operations["importPartnerCampaign"]["requestBody"]
>["content"]["application/json"];

/** Result of POST /partnercampaigns/import. */
export type PartnerCampaignsImportResponse =
  operations["importPartnerCampaign"]["responses"][200]["content"]["application/json"];

/** Path parameters of GET /partnercampaigns/{campaign_id}. */
export type PartnerCampaignsRetrievePathParams = operations["getPartnerCampaign"]["parameters"]["path"];

/** Result of GET /partnercampaigns/{campaign_id}. */
export type PartnerCampaignsRetrieveResponse =
  operations["getPartnerCampaign"]["responses"][200]["content"]["application/json"];

/** Query parameters of GET /throughputs. */
export type ThroughputsListQuery = NonNullable<operations["listThroughputs"]["parameters"]["query"]>;

/** Result of GET /throughputs. */
export type ThroughputsListResponse =
  operations["listThroughputs"]["responses"][200]["content"]["application/json"];

/** One item of the list returned by GET /throughputs. */
export type ThroughputsListItem = NonNullable<
  NonNullable<ThroughputsListResponse["_embedded"]>["throughputs"]
>[number];

/** Path parameters of GET /brands/{brand_id}/campaigns/{campaign_id}/numbers. */
export type BrandsCampaignsNumbersListPathParams = operations["listCampaignNumbers"]["parameters"]["path"];

/** Query parameters of GET /brands/{brand_id}/campaigns/{campaign_id}/numbers. */
export type BrandsCampaignsNumbersListQuery = NonNullable<
  operations["listCampaignNumbers"]["parameters"]["query"]
>;

/** Result of GET /brands/{brand_id}/campaigns/{campaign_id}/numbers. */
export type BrandsCampaignsNumbersListResponse =
  operations["listCampaignNumbers"]["responses"][200]["content"]["application/json"];

/** One item of the list returned by GET /brands/{brand_id}/campaigns/{campaign_id}/numbers. */
export type BrandsCampaignsNumbersListItem = NonNullable<
  NonNullable<BrandsCampaignsNumbersListResponse["_embedded"]>["numbers"]
>[number];

/** Path parameters of POST /brands/{brand_id}/campaigns/{campaign_id}/numbers. */
export type BrandsCampaignsNumbersLinkPathParams = operations["linkCampaignNumber"]["parameters"]["path"];

/** Request body of POST /brands/{brand_id}/campaigns/{campaign_id}/numbers. */
export type BrandsCampaignsNumbersLinkParams = NonNullable<
  operations["linkCampaignNumber"]["requestBody"]
>["content"]["application/json"];

/** Result of POST /brands/{brand_id}/campaigns/{campaign_id}/numbers. */
export type BrandsCampaignsNumbersLinkResponse =
  operations["linkCampaignNumber"]["responses"][202]["content"]["application/json"];

/** Path parameters of GET /brands/{brand_id}/campaigns/{campaign_id}/numbers/{number}. */
export type BrandsCampaignsNumbersRetrievePathParams = operations["getCampaignNumber"]["parameters"]["path"];

/** Result of GET /brands/{brand_id}/campaigns/{campaign_id}/numbers/{number}. */
export type BrandsCampaignsNumbersRetrieveResponse =
  operations["getCampaignNumber"]["responses"][200]["content"]["application/json"];

/** Path parameters of DELETE /brands/{brand_id}/campaigns/{campaign_id}/numbers/{number}. */
export type BrandsCampaignsNumbersUnlinkPathParams = operations["unlinkCampaignNumber"]["parameters"]["path"];

/** Result of DELETE /brands/{brand_id}/campaigns/{campaign_id}/numbers/{number}. */
export type BrandsCampaignsNumbersUnlinkResponse = void;

/** Query parameters of GET /resellers. */
export type ResellersListQuery = NonNullable<operations["listResellers"]["parameters"]["query"]>;

/** Result of GET /resellers. */
export type ResellersListResponse =
  operations["listResellers"]["responses"][200]["content"]["application/json"];

/** One item of the list returned by GET /resellers. */
export type ResellersListItem = NonNullable<
  NonNullable<ResellersListResponse["_embedded"]>["resellers"]
>[number];

/** Request body of POST /resellers. */
export type ResellersCreateParams = NonNullable<
  operations["createReseller"]["requestBody"]
>["content"]["application/json"];

/** Result of POST /resellers. */
export type ResellersCreateResponse =
  operations["createReseller"]["responses"][201]["content"]["application/json"];

/** Path parameters of GET /resellers/{reseller_id}. */
export type ResellersRetrievePathParams = operations["getReseller"]["parameters"]["path"];

/** Result of GET /resellers/{reseller_id}. */
export type ResellersRetrieveResponse =
  operations["getReseller"]["responses"][200]["content"]["application/json"];

/** Method, path and response handling of each operation, keyed by operationId. */
const OPERATIONS = {
  getEnums: { method: "GET", path: "/enum", response: "json" },
  getAccountSettings: { method: "GET", path: "/account", response: "json" },
  updateAccountSettings: { method: "PATCH", path: "/account", response: "none" },
  listBrands: {
    method: "GET",
    path: "/brands",
    response: "json",
    pagination: {
      style: "page",
      pageParam: "page",
      sizeParam: "page_size",
      items: "_embedded.brands",
      totalPages: "total_pages",
    },
  },
  createBrand: { method: "POST", path: "/brands", response: "json" },
  getBrand: { method: "GET", path: "/brands/{brand_id}", response: "json" },
  updateBrand: { method: "PATCH", path: "/brands/{brand_id}", response: "json" },
  deleteBrand: { method: "DELETE", path: "/brands/{brand_id}", response: "none" },
  getBrandFeedback: { method: "GET", path: "/brands/{brand_id}/feedback", response: "json" },
  qualifyBrandUsecase: { method: "GET", path: "/brands/{brand_id}/usecases/{usecase}", response: "json" },
  startBrandVerification: { method: "POST", path: "/brands/{brand_id}/start_verification", response: "json" },
  verifyBrandOtp: { method: "POST", path: "/brands/{brand_id}/verify", response: "none" },
  getBrandVerificationStatus: {
    method: "GET",
    path: "/brands/{brand_id}/verification/{reference_id}",
    response: "json",
  },
  listVettingRequests: { method: "GET", path: "/brands/{brand_id}/vetting/requests", response: "json" },
  createVettingRequest: { method: "POST", path: "/brands/{brand_id}/vetting/requests", response: "json" },
  importVettingRequest: { method: "PUT", path: "/brands/{brand_id}/vetting/requests", response: "json" },
  appealVettingRequest: {
    method: "POST",
    path: "/brands/{brand_id}/vetting/requests/{vetting_id}/appeal",
    response: "none",
  },
  revetBrand: { method: "POST", path: "/brands/{brand_id}/revet", response: "json" },
  listAppealEvidence: {
    method: "GET",
    path: "/brands/{brand_id}/appeal/evidence",
    response: "json",
    pagination: {
      style: "cursor",
      cursorParam: "page_token",
      sizeParam: "page_size",
      items: "_embedded.evidences",
      next: "next_page",
    },
  },
  uploadAppealEvidence: {
    method: "POST",
    path: "/brands/{brand_id}/appeal/evidence",
    response: "json",
    request: "multipart",
  },
  downloadAppealEvidence: {
    method: "GET",
    path: "/brands/{brand_id}/appeal/evidence/{evidence_id}",
    response: "binary",
  },
  deleteAppealEvidence: {
    method: "DELETE",
    path: "/brands/{brand_id}/appeal/evidence/{evidence_id}",
    response: "none",
  },
  listCampaigns: {
    method: "GET",
    path: "/brands/{brand_id}/campaigns",
    response: "json",
    pagination: {
      style: "page",
      pageParam: "page",
      sizeParam: "page_size",
      items: "_embedded.campaigns",
      totalPages: "total_pages",
    },
  },
  createCampaign: { method: "POST", path: "/brands/{brand_id}/campaigns", response: "json" },
  previewMessageFlow: { method: "POST", path: "/campaigns/message_flow", response: "json" },
  getCampaign: { method: "GET", path: "/brands/{brand_id}/campaigns/{campaign_id}", response: "json" },
  updateCampaign: { method: "PATCH", path: "/brands/{brand_id}/campaigns/{campaign_id}", response: "json" },
  deleteCampaign: { method: "DELETE", path: "/brands/{brand_id}/campaigns/{campaign_id}", response: "none" },
  resubmitCampaign: {
    method: "PUT",
    path: "/brands/{brand_id}/campaigns/{campaign_id}/resubmit",
    response: "json",
  },
  getCampaignTermsAndConditions: { method: "GET", path: "/campaigns/terms_and_conditions", response: "json" },
  importPartnerCampaign: { method: "POST", path: "/partnercampaigns/import", response: "json" },
  getPartnerCampaign: { method: "GET", path: "/partnercampaigns/{campaign_id}", response: "json" },
  listThroughputs: {
    method: "GET",
    path: "/throughputs",
    response: "json",
    pagination: {
      style: "cursor",
      cursorParam: "page_token",
      sizeParam: "page_size",
      items: "_embedded.throughputs",
      next: "next_page",
    },
  },
  listCampaignNumbers: {
    method: "GET",
    path: "/brands/{brand_id}/campaigns/{campaign_id}/numbers",
    response: "json",
    pagination: {
      style: "page",
      pageParam: "page",
      sizeParam: "page_size",
      items: "_embedded.numbers",
      totalPages: "total_pages",
    },
  },
  linkCampaignNumber: {
    method: "POST",
    path: "/brands/{brand_id}/campaigns/{campaign_id}/numbers",
    response: "json",
  },
  getCampaignNumber: {
    method: "GET",
    path: "/brands/{brand_id}/campaigns/{campaign_id}/numbers/{number}",
    response: "json",
  },
  unlinkCampaignNumber: {
    method: "DELETE",
    path: "/brands/{brand_id}/campaigns/{campaign_id}/numbers/{number}",
    response: "none",
  },
  listResellers: {
    method: "GET",
    path: "/resellers",
    response: "json",
    pagination: {
      style: "cursor",
      cursorParam: "page_token",
      sizeParam: "page_size",
      items: "_embedded.resellers",
      next: "next_page",
    },
  },
  createReseller: { method: "POST", path: "/resellers", response: "json" },
  getReseller: { method: "GET", path: "/resellers/{reseller_id}", response: "json" },
} as const satisfies Record<string, OperationSpec>;

export interface VonageClientOptions {
  /** Vonage API key. Defaults to the VONAGE_API_KEY environment variable. */
  apiKey?: string;
  /** Vonage API secret. Defaults to the VONAGE_API_SECRET environment variable. */
  apiSecret?: string;
  /** A Vonage application JWT; used instead of key and secret when given. */
  jwt?: string;
  /** Vonage application id, to mint a JWT per request. Defaults to the VONAGE_APPLICATION_ID environment variable. */
  applicationId?: string;
  /** The application's private key (PEM), to mint a JWT per request. Defaults to the VONAGE_PRIVATE_KEY environment variable. */
  privateKey?: string;
  /** Base URL of the API, e.g. a mock server's. Defaults to "https://api-eu.vonage.com/v1/10dlc". */
  baseUrl?: string;
  /** Headers added to every request. */
  headers?: Record<string, string>;
  /** Custom fetch implementation. */
  fetch?: (input: Request) => Promise<Response>;
  /**
   * Retries after connection errors, timeouts, 408, 409, 429 and 5xx. Default 2; per call too.
   * POST and PATCH are retried only when the request was not processed (see `retryNonIdempotent`).
   */
  maxRetries?: number;
  /**
   * Retry POST and PATCH like GET (after timeouts and 5xx too), accepting that an order may be
   * placed twice. Default false; per call too.
   */
  retryNonIdempotent?: boolean;
  /** Milliseconds each attempt may take. Default 60000; per call too. */
  timeout?: number;
  /** Debug log of requests and responses (e.g. `console.debug`); never shows credentials. */
  logger?: (line: string) => void;
}

/**
 * How each request is authenticated, from the options or the environment. Without credentials
 * no header is sent, so the API answers 401 and the call throws an AuthenticationError.
 */
function authorization(options: VonageClientOptions): () => string | undefined | Promise<string | undefined> {
  const token = options.jwt;
  if (token) return () => bearer(token);
  const applicationId = options.applicationId ?? env("VONAGE_APPLICATION_ID");
  const privateKey = options.privateKey ?? env("VONAGE_PRIVATE_KEY");
  if (applicationId && privateKey) {
    const mint = vonageJwtMinter(applicationId, privateKey);
    return async () => bearer(await mint());
  }
  const user = options.apiKey ?? env("VONAGE_API_KEY");
  const password = options.apiSecret ?? env("VONAGE_API_SECRET");
  const header = user && password ? basic(user, password) : undefined;
  return () => header;
}

/** Creates a typed client for the Vonage 10DLC API (curated). */
export function createVonageClient(options: VonageClientOptions = {}) {
  const transport = new Transport({
    baseUrl: options.baseUrl ?? DEFAULT_BASE_URL,
    headers: { ...options.headers },
    authorization: authorization(options),
    ...(options.fetch ? { fetch: options.fetch } : {}),
    ...(options.maxRetries !== undefined ? { maxRetries: options.maxRetries } : {}),
    ...(options.retryNonIdempotent !== undefined ? { retryNonIdempotent: options.retryNonIdempotent } : {}),
    ...(options.timeout !== undefined ? { timeout: options.timeout } : {}),
    ...(options.logger ? { logger: options.logger } : {}),
  });
  return {
    /** The underlying openapi-fetch client, for anything the methods below do not cover. */
    // Through `unknown`: a direct cast makes tsc compare Client<any> with Client<paths> structurally,
    // which instantiates thousands of types on every compile (measured by `npm run bench`).
    raw: transport.raw as unknown as Client<paths>,
    enums: {
      /** Get enumeration values `GET /enum` */
      retrieve: (options?: RequestOptions) =>
        transport.request<EnumsRetrieveResponse>(OPERATIONS["getEnums"], {}, options),
    },
    account: {
      /** Get account settings `GET /account` */
      retrieve: (options?: RequestOptions) =>
        transport.request<AccountRetrieveResponse>(OPERATIONS["getAccountSettings"], {}, options),
      /** Update account settings `PATCH /account` */
      update: (body: AccountUpdateParams, options?: RequestOptions) =>
        transport.request<AccountUpdateResponse>(OPERATIONS["updateAccountSettings"], { body }, options),
    },
    brands: {
      /** List brands `GET /brands`. Await for the first page; `for await` iterates every item of every page. */
      list: (query?: BrandsListQuery, options?: RequestOptions) =>
        transport.list<BrandsListResponse, BrandsListItem>(OPERATIONS["listBrands"], { query }, options),
      /** Create a brand `POST /brands` */
      create: (body: BrandsCreateParams, options?: RequestOptions) =>
        transport.request<BrandsCreateResponse>(OPERATIONS["createBrand"], { body }, options),
      /** Get a brand `GET /brands/{brand_id}` */
      retrieve: (brandId: BrandsRetrievePathParams["brand_id"], options?: RequestOptions) =>
        transport.request<BrandsRetrieveResponse>(
          OPERATIONS["getBrand"],
          { path: { brand_id: brandId } },
          options,
        ),
      /** Update a brand `PATCH /brands/{brand_id}` */
      update: (
        brandId: BrandsUpdatePathParams["brand_id"],
        body: BrandsUpdateParams,
        options?: RequestOptions,
      ) =>
        transport.request<BrandsUpdateResponse>(
          OPERATIONS["updateBrand"],
          { path: { brand_id: brandId }, body },
          options,
        ),
      /** Delete a brand `DELETE /brands/{brand_id}` */
      delete: (brandId: BrandsDeletePathParams["brand_id"], options?: RequestOptions) =>
        transport.request<BrandsDeleteResponse>(
          OPERATIONS["deleteBrand"],
          { path: { brand_id: brandId } },
          options,
        ),
      /** Revet a brand `POST /brands/{brand_id}/revet` */
      revet: (brandId: BrandsRevetPathParams["brand_id"], options?: RequestOptions) =>
        transport.request<BrandsRevetResponse>(
          OPERATIONS["revetBrand"],
          { path: { brand_id: brandId } },
          options,
        ),
      feedback: {
        /** Get brand feedback `GET /brands/{brand_id}/feedback` */
        retrieve: (brandId: BrandsFeedbackRetrievePathParams["brand_id"], options?: RequestOptions) =>
          transport.request<BrandsFeedbackRetrieveResponse>(
            OPERATIONS["getBrandFeedback"],
            { path: { brand_id: brandId } },
            options,
          ),
      },
      usecases: {
        /** Check use case qualification `GET /brands/{brand_id}/usecases/{usecase}` */
        qualify: (
          brandId: BrandsUsecasesQualifyPathParams["brand_id"],
          usecase: BrandsUsecasesQualifyPathParams["usecase"],
          options?: RequestOptions,
        ) =>
          transport.request<BrandsUsecasesQualifyResponse>(
            OPERATIONS["qualifyBrandUsecase"],
            { path: { brand_id: brandId, usecase } },
            options,
          ),
      },
      verification: {
        /** Start OTP or 2FA verification `POST /brands/{brand_id}/start_verification` */
        start: (
          brandId: BrandsVerificationStartPathParams["brand_id"],
          body?: BrandsVerificationStartParams,
          options?: RequestOptions,
        ) =>
          transport.request<BrandsVerificationStartResponse>(
            OPERATIONS["startBrandVerification"],
            { path: { brand_id: brandId }, body },
            options,
          ),
        /** Verify the OTP code `POST /brands/{brand_id}/verify` */
        verify: (
          brandId: BrandsVerificationVerifyPathParams["brand_id"],
          body: BrandsVerificationVerifyParams,
          options?: RequestOptions,
        ) =>
          transport.request<BrandsVerificationVerifyResponse>(
            OPERATIONS["verifyBrandOtp"],
            { path: { brand_id: brandId }, body },
            options,
          ),
        /** Get OTP verification status `GET /brands/{brand_id}/verification/{reference_id}` */
        retrieve: (
          brandId: BrandsVerificationRetrievePathParams["brand_id"],
          referenceId: BrandsVerificationRetrievePathParams["reference_id"],
          options?: RequestOptions,
        ) =>
          transport.request<BrandsVerificationRetrieveResponse>(
            OPERATIONS["getBrandVerificationStatus"],
            { path: { brand_id: brandId, reference_id: referenceId } },
            options,
          ),
      },
      vetting: {
        /** List vetting records `GET /brands/{brand_id}/vetting/requests` */
        list: (brandId: BrandsVettingListPathParams["brand_id"], options?: RequestOptions) =>
          transport.request<BrandsVettingListResponse>(
            OPERATIONS["listVettingRequests"],
            { path: { brand_id: brandId } },
            options,
          ),
        /** Request brand vetting `POST /brands/{brand_id}/vetting/requests` */
        create: (
          brandId: BrandsVettingCreatePathParams["brand_id"],
          body: BrandsVettingCreateParams,
          options?: RequestOptions,
        ) =>
          transport.request<BrandsVettingCreateResponse>(
            OPERATIONS["createVettingRequest"],
            { path: { brand_id: brandId }, body },
            options,
          ),
        /** Import an external vetting `PUT /brands/{brand_id}/vetting/requests` */
        import: (
          brandId: BrandsVettingImportPathParams["brand_id"],
          body: BrandsVettingImportParams,
          options?: RequestOptions,
        ) =>
          transport.request<BrandsVettingImportResponse>(
            OPERATIONS["importVettingRequest"],
            { path: { brand_id: brandId }, body },
            options,
          ),
        /** Appeal a vetting `POST /brands/{brand_id}/vetting/requests/{vetting_id}/appeal` */
        appeal: (
          brandId: BrandsVettingAppealPathParams["brand_id"],
          vettingId: BrandsVettingAppealPathParams["vetting_id"],
          body: BrandsVettingAppealParams,
          options?: RequestOptions,
        ) =>
          transport.request<BrandsVettingAppealResponse>(
            OPERATIONS["appealVettingRequest"],
            { path: { brand_id: brandId, vetting_id: vettingId }, body },
            options,
          ),
        evidence: {
          /** List appeal evidence files `GET /brands/{brand_id}/appeal/evidence`. Await for the first page; `for await` iterates every item of every page. */
          list: (
            brandId: BrandsVettingEvidenceListPathParams["brand_id"],
            query?: BrandsVettingEvidenceListQuery,
            options?: RequestOptions,
          ) =>
            transport.list<BrandsVettingEvidenceListResponse, BrandsVettingEvidenceListItem>(
              OPERATIONS["listAppealEvidence"],
              { path: { brand_id: brandId }, query },
              options,
            ),
          /** Upload appeal evidence `POST /brands/{brand_id}/appeal/evidence` */
          upload: (
            brandId: BrandsVettingEvidenceUploadPathParams["brand_id"],
            body: BrandsVettingEvidenceUploadParams,
            options?: RequestOptions,
          ) =>
            transport.request<BrandsVettingEvidenceUploadResponse>(
              OPERATIONS["uploadAppealEvidence"],
              { path: { brand_id: brandId }, body },
              options,
            ),
          /** Download an appeal evidence file `GET /brands/{brand_id}/appeal/evidence/{evidence_id}` */
          download: (
            brandId: BrandsVettingEvidenceDownloadPathParams["brand_id"],
            evidenceId: BrandsVettingEvidenceDownloadPathParams["evidence_id"],
            options?: RequestOptions,
          ) =>
            transport.request<BrandsVettingEvidenceDownloadResponse>(
              OPERATIONS["downloadAppealEvidence"],
              { path: { brand_id: brandId, evidence_id: evidenceId } },
              options,
            ),
          /** Delete an appeal evidence file `DELETE /brands/{brand_id}/appeal/evidence/{evidence_id}` */
          delete: (
            brandId: BrandsVettingEvidenceDeletePathParams["brand_id"],
            evidenceId: BrandsVettingEvidenceDeletePathParams["evidence_id"],
            options?: RequestOptions,
          ) =>
            transport.request<BrandsVettingEvidenceDeleteResponse>(
              OPERATIONS["deleteAppealEvidence"],
              { path: { brand_id: brandId, evidence_id: evidenceId } },
              options,
            ),
        },
      },
      campaigns: {
        /** List campaigns of a brand `GET /brands/{brand_id}/campaigns`. Await for the first page; `for await` iterates every item of every page. */
        list: (
          brandId: BrandsCampaignsListPathParams["brand_id"],
          query?: BrandsCampaignsListQuery,
          options?: RequestOptions,
        ) =>
          transport.list<BrandsCampaignsListResponse, BrandsCampaignsListItem>(
            OPERATIONS["listCampaigns"],
            { path: { brand_id: brandId }, query },
            options,
          ),
        /** Create a campaign `POST /brands/{brand_id}/campaigns` */
        create: (
          brandId: BrandsCampaignsCreatePathParams["brand_id"],
          body: BrandsCampaignsCreateParams,
          options?: RequestOptions,
        ) =>
          transport.request<BrandsCampaignsCreateResponse>(
            OPERATIONS["createCampaign"],
            { path: { brand_id: brandId }, body },
            options,
          ),
        /** Get a campaign `GET /brands/{brand_id}/campaigns/{campaign_id}` */
        retrieve: (
          brandId: BrandsCampaignsRetrievePathParams["brand_id"],
          campaignId: BrandsCampaignsRetrievePathParams["campaign_id"],
          options?: RequestOptions,
        ) =>
          transport.request<BrandsCampaignsRetrieveResponse>(
            OPERATIONS["getCampaign"],
            { path: { brand_id: brandId, campaign_id: campaignId } },
            options,
          ),
        /** Update a campaign `PATCH /brands/{brand_id}/campaigns/{campaign_id}` */
        update: (
          brandId: BrandsCampaignsUpdatePathParams["brand_id"],
          campaignId: BrandsCampaignsUpdatePathParams["campaign_id"],
          body: BrandsCampaignsUpdateParams,
          options?: RequestOptions,
        ) =>
          transport.request<BrandsCampaignsUpdateResponse>(
            OPERATIONS["updateCampaign"],
            { path: { brand_id: brandId, campaign_id: campaignId }, body },
            options,
          ),
        /** Cancel campaign auto-renewal `DELETE /brands/{brand_id}/campaigns/{campaign_id}` */
        delete: (
          brandId: BrandsCampaignsDeletePathParams["brand_id"],
          campaignId: BrandsCampaignsDeletePathParams["campaign_id"],
          options?: RequestOptions,
        ) =>
          transport.request<BrandsCampaignsDeleteResponse>(
            OPERATIONS["deleteCampaign"],
            { path: { brand_id: brandId, campaign_id: campaignId } },
            options,
          ),
        /** Resubmit a campaign to carriers `PUT /brands/{brand_id}/campaigns/{campaign_id}/resubmit` */
        resubmit: (
          brandId: BrandsCampaignsResubmitPathParams["brand_id"],
          campaignId: BrandsCampaignsResubmitPathParams["campaign_id"],
          body: BrandsCampaignsResubmitParams,
          options?: RequestOptions,
        ) =>
          transport.request<BrandsCampaignsResubmitResponse>(
            OPERATIONS["resubmitCampaign"],
            { path: { brand_id: brandId, campaign_id: campaignId }, body },
            options,
          ),
        numbers: {
          /** List numbers of a campaign `GET /brands/{brand_id}/campaigns/{campaign_id}/numbers`. Await for the first page; `for await` iterates every item of every page. */
          list: (
            brandId: BrandsCampaignsNumbersListPathParams["brand_id"],
            campaignId: BrandsCampaignsNumbersListPathParams["campaign_id"],
            query?: BrandsCampaignsNumbersListQuery,
            options?: RequestOptions,
          ) =>
            transport.list<BrandsCampaignsNumbersListResponse, BrandsCampaignsNumbersListItem>(
              OPERATIONS["listCampaignNumbers"],
              { path: { brand_id: brandId, campaign_id: campaignId }, query },
              options,
            ),
          /** Link a number to a campaign `POST /brands/{brand_id}/campaigns/{campaign_id}/numbers` */
          link: (
            brandId: BrandsCampaignsNumbersLinkPathParams["brand_id"],
            campaignId: BrandsCampaignsNumbersLinkPathParams["campaign_id"],
            body: BrandsCampaignsNumbersLinkParams,
            options?: RequestOptions,
          ) =>
            transport.request<BrandsCampaignsNumbersLinkResponse>(
              OPERATIONS["linkCampaignNumber"],
              { path: { brand_id: brandId, campaign_id: campaignId }, body },
              options,
            ),
          /** Get a campaign number `GET /brands/{brand_id}/campaigns/{campaign_id}/numbers/{number}` */
          retrieve: (
            brandId: BrandsCampaignsNumbersRetrievePathParams["brand_id"],
            campaignId: BrandsCampaignsNumbersRetrievePathParams["campaign_id"],
            number: BrandsCampaignsNumbersRetrievePathParams["number"],
            options?: RequestOptions,
          ) =>
            transport.request<BrandsCampaignsNumbersRetrieveResponse>(
              OPERATIONS["getCampaignNumber"],
              { path: { brand_id: brandId, campaign_id: campaignId, number } },
              options,
            ),
          /** Unlink a number from a campaign `DELETE /brands/{brand_id}/campaigns/{campaign_id}/numbers/{number}` */
          unlink: (
            brandId: BrandsCampaignsNumbersUnlinkPathParams["brand_id"],
            campaignId: BrandsCampaignsNumbersUnlinkPathParams["campaign_id"],
            number: BrandsCampaignsNumbersUnlinkPathParams["number"],
            options?: RequestOptions,
          ) =>
            transport.request<BrandsCampaignsNumbersUnlinkResponse>(
              OPERATIONS["unlinkCampaignNumber"],
              { path: { brand_id: brandId, campaign_id: campaignId, number } },
              options,
            ),
        },
      },
    },
    campaigns: {
      messageFlow: {
        /** Preview a message flow `POST /campaigns/message_flow` */
        preview: (body: CampaignsMessageFlowPreviewParams, options?: RequestOptions) =>
          transport.request<CampaignsMessageFlowPreviewResponse>(
            OPERATIONS["previewMessageFlow"],
            { body },
            options,
          ),
      },
      termsAndConditions: {
        /** Get campaign terms and conditions `GET /campaigns/terms_and_conditions` */
        retrieve: (options?: RequestOptions) =>
          transport.request<CampaignsTermsAndConditionsRetrieveResponse>(
            OPERATIONS["getCampaignTermsAndConditions"],
            {},
            options,
          ),
      },
    },
    partnerCampaigns: {
      /** Import a partner campaign `POST /partnercampaigns/import` */
      import: (body: PartnerCampaignsImportParams, options?: RequestOptions) =>
        transport.request<PartnerCampaignsImportResponse>(
          OPERATIONS["importPartnerCampaign"],
          { body },
          options,
        ),
      /** Get partner campaign sharing `GET /partnercampaigns/{campaign_id}` */
      retrieve: (campaignId: PartnerCampaignsRetrievePathParams["campaign_id"], options?: RequestOptions) =>
        transport.request<PartnerCampaignsRetrieveResponse>(
          OPERATIONS["getPartnerCampaign"],
          { path: { campaign_id: campaignId } },
          options,
        ),
    },
    throughputs: {
      /** List campaign throughputs `GET /throughputs`. Await for the first page; `for await` iterates every item of every page. */
      list: (query?: ThroughputsListQuery, options?: RequestOptions) =>
        transport.list<ThroughputsListResponse, ThroughputsListItem>(
          OPERATIONS["listThroughputs"],
          { query },
          options,
        ),
    },
    resellers: {
      /** List resellers `GET /resellers`. Await for the first page; `for await` iterates every item of every page. */
      list: (query?: ResellersListQuery, options?: RequestOptions) =>
        transport.list<ResellersListResponse, ResellersListItem>(
          OPERATIONS["listResellers"],
          { query },
          options,
        ),
      /** Create a reseller `POST /resellers` */
      create: (body: ResellersCreateParams, options?: RequestOptions) =>
        transport.request<ResellersCreateResponse>(OPERATIONS["createReseller"], { body }, options),
      /** Get a reseller `GET /resellers/{reseller_id}` */
      retrieve: (resellerId: ResellersRetrievePathParams["reseller_id"], options?: RequestOptions) =>
        transport.request<ResellersRetrieveResponse>(
          OPERATIONS["getReseller"],
          { path: { reseller_id: resellerId } },
          options,
        ),
    },
  };
}

export type VonageClient = ReturnType<typeof createVonageClient>;
