// Generated from specs/vonage/openapi.yaml by `npm run generate`. Do not edit: change the spec or
// templates/functions.ts.hbs and regenerate.
//
// One function per operation of the Vonage 10DLC API (curated).
// Each takes a config from createVonageConfig() and the same arguments as the matching method of
// createVonageClient(), which is built from these functions. Import only the ones you call: a
// bundler then leaves out every other operation, and pagination, uploads and downloads unless a
// function you import uses them.
import type { APIPromise } from "../runtime/api-promise.js";
import { basic, bearer, env } from "../runtime/auth.js";
import { fileResponse, multipartBody } from "../runtime/binary.js";
import { vonageJwtMinter } from "../runtime/jwt.js";
import { list, type PagePromise } from "../runtime/pagination.js";
import {
  request,
  type ClientConfig,
  type RequestOptions,
  type ValidateResponse,
} from "../runtime/transport.js";
import type { operations } from "./types.js";

// What a caller of these functions needs besides them; re-exported, so bundled only when used.
export type { ClientConfig, RequestOptions } from "../runtime/transport.js";
export { withLogging } from "../runtime/logging.js";

/** The server of the spec; override with the `baseUrl` option (e.g. to use a mock server). */
export const DEFAULT_BASE_URL = "https://api-eu.vonage.com/v1/10dlc";

/**
 * The identity: lets an interface extend an indexed type of types.ts, as a heritage clause takes
 * only a name. Interfaces, unlike aliases of those types, keep their names in tsc's messages.
 */
type Members<T> = T;

/**
 * Adds nothing. tsc treats an interface with a single base and no members of its own as the base,
 * and prints the base's members in its messages; a second base keeps the interface's name there.
 */
interface Named {}

/** Result of GET /enum. */
export interface EnumsRetrieveResponse
  extends Members<operations["getEnums"]["responses"][200]["content"]["application/json"]>, Named {}

/** Result of GET /account. */
export interface AccountRetrieveResponse
  extends Members<operations["getAccountSettings"]["responses"][200]["content"]["application/json"]>, Named {}

/** Request body of PATCH /account. */
export interface AccountUpdateParams
  extends
    Members<NonNullable<operations["updateAccountSettings"]["requestBody"]>["content"]["application/json"]>,
    Named {}

/** Result of PATCH /account. */
export type AccountUpdateResponse = void;

/** Query parameters of GET /brands. */
export interface BrandsListQuery
  extends Members<NonNullable<operations["listBrands"]["parameters"]["query"]>>, Named {}

/** Result of GET /brands. */
export interface BrandsListResponse
  extends Members<operations["listBrands"]["responses"][200]["content"]["application/json"]>, Named {}

/** One item of the list returned by GET /brands. */
export type BrandsListItem = NonNullable<NonNullable<BrandsListResponse["_embedded"]>["brands"]>[number];

/** Request body of POST /brands. */
export interface BrandsCreateParams
  extends
    Members<NonNullable<operations["createBrand"]["requestBody"]>["content"]["application/json"]>,
    Named {}

/** Result of POST /brands. */
export interface BrandsCreateResponse
  extends Members<operations["createBrand"]["responses"][200]["content"]["application/json"]>, Named {}

/** Path parameters of GET /brands/{brand_id}. */
export interface BrandsRetrievePathParams
  extends Members<operations["getBrand"]["parameters"]["path"]>, Named {}

/** Result of GET /brands/{brand_id}. */
export interface BrandsRetrieveResponse
  extends Members<operations["getBrand"]["responses"][200]["content"]["application/json"]>, Named {}

/** Path parameters of PATCH /brands/{brand_id}. */
export interface BrandsUpdatePathParams
  extends Members<operations["updateBrand"]["parameters"]["path"]>, Named {}

/** Request body of PATCH /brands/{brand_id}. */
export interface BrandsUpdateParams
  extends
    Members<NonNullable<operations["updateBrand"]["requestBody"]>["content"]["application/json"]>,
    Named {}

/** Result of PATCH /brands/{brand_id}. */
export interface BrandsUpdateResponse
  extends Members<operations["updateBrand"]["responses"][200]["content"]["application/json"]>, Named {}

/** Path parameters of DELETE /brands/{brand_id}. */
export interface BrandsDeletePathParams
  extends Members<operations["deleteBrand"]["parameters"]["path"]>, Named {}

/** Result of DELETE /brands/{brand_id}. */
export type BrandsDeleteResponse = void;

/** Path parameters of GET /brands/{brand_id}/feedback. */
export interface BrandsFeedbackRetrievePathParams
  extends Members<operations["getBrandFeedback"]["parameters"]["path"]>, Named {}

/** Result of GET /brands/{brand_id}/feedback. */
export interface BrandsFeedbackRetrieveResponse
  extends Members<operations["getBrandFeedback"]["responses"][200]["content"]["application/json"]>, Named {}

/** Path parameters of GET /brands/{brand_id}/usecases/{usecase}. */
export interface BrandsUsecasesQualifyPathParams
  extends Members<operations["qualifyBrandUsecase"]["parameters"]["path"]>, Named {}

/** Result of GET /brands/{brand_id}/usecases/{usecase}. */
export interface BrandsUsecasesQualifyResponse
  extends
    Members<operations["qualifyBrandUsecase"]["responses"][200]["content"]["application/json"]>,
    Named {}

/** Path parameters of POST /brands/{brand_id}/start_verification. */
export interface BrandsVerificationStartPathParams
  extends Members<operations["startBrandVerification"]["parameters"]["path"]>, Named {}

/** Request body of POST /brands/{brand_id}/start_verification. */
export interface BrandsVerificationStartParams
  extends
    Members<NonNullable<operations["startBrandVerification"]["requestBody"]>["content"]["application/json"]>,
    Named {}

/** Result of POST /brands/{brand_id}/start_verification. */
export interface BrandsVerificationStartResponse
  extends
    Members<operations["startBrandVerification"]["responses"][200]["content"]["application/json"]>,
    Named {}

/** Path parameters of POST /brands/{brand_id}/verify. */
export interface BrandsVerificationVerifyPathParams
  extends Members<operations["verifyBrandOtp"]["parameters"]["path"]>, Named {}

/** Request body of POST /brands/{brand_id}/verify. */
export interface BrandsVerificationVerifyParams
  extends
    Members<NonNullable<operations["verifyBrandOtp"]["requestBody"]>["content"]["application/json"]>,
    Named {}

/** Result of POST /brands/{brand_id}/verify. */
export type BrandsVerificationVerifyResponse = void;

/** Path parameters of GET /brands/{brand_id}/verification/{reference_id}. */
export interface BrandsVerificationRetrievePathParams
  extends Members<operations["getBrandVerificationStatus"]["parameters"]["path"]>, Named {}

/** Result of GET /brands/{brand_id}/verification/{reference_id}. */
export interface BrandsVerificationRetrieveResponse
  extends
    Members<operations["getBrandVerificationStatus"]["responses"][200]["content"]["application/json"]>,
    Named {}

/** Path parameters of GET /brands/{brand_id}/vetting/requests. */
export interface BrandsVettingListPathParams
  extends Members<operations["listVettingRequests"]["parameters"]["path"]>, Named {}

/** Result of GET /brands/{brand_id}/vetting/requests. */
export type BrandsVettingListResponse =
  operations["listVettingRequests"]["responses"][200]["content"]["application/json"];

/** Path parameters of POST /brands/{brand_id}/vetting/requests. */
export interface BrandsVettingCreatePathParams
  extends Members<operations["createVettingRequest"]["parameters"]["path"]>, Named {}

/** Request body of POST /brands/{brand_id}/vetting/requests. */
export interface BrandsVettingCreateParams
  extends
    Members<NonNullable<operations["createVettingRequest"]["requestBody"]>["content"]["application/json"]>,
    Named {}

/** Result of POST /brands/{brand_id}/vetting/requests. */
export interface BrandsVettingCreateResponse
  extends
    Members<operations["createVettingRequest"]["responses"][200]["content"]["application/json"]>,
    Named {}

/** Path parameters of PUT /brands/{brand_id}/vetting/requests. */
export interface BrandsVettingImportPathParams
  extends Members<operations["importVettingRequest"]["parameters"]["path"]>, Named {}

/** Request body of PUT /brands/{brand_id}/vetting/requests. */
export interface BrandsVettingImportParams
  extends
    Members<NonNullable<operations["importVettingRequest"]["requestBody"]>["content"]["application/json"]>,
    Named {}

/** Result of PUT /brands/{brand_id}/vetting/requests. */
export interface BrandsVettingImportResponse
  extends
    Members<operations["importVettingRequest"]["responses"][200]["content"]["application/json"]>,
    Named {}

/** Path parameters of POST /brands/{brand_id}/vetting/requests/{vetting_id}/appeal. */
export interface BrandsVettingAppealPathParams
  extends Members<operations["appealVettingRequest"]["parameters"]["path"]>, Named {}

/** Request body of POST /brands/{brand_id}/vetting/requests/{vetting_id}/appeal. */
export interface BrandsVettingAppealParams
  extends
    Members<NonNullable<operations["appealVettingRequest"]["requestBody"]>["content"]["application/json"]>,
    Named {}

/** Result of POST /brands/{brand_id}/vetting/requests/{vetting_id}/appeal. */
export type BrandsVettingAppealResponse = void;

/** Path parameters of POST /brands/{brand_id}/revet. */
export interface BrandsRevetPathParams
  extends Members<operations["revetBrand"]["parameters"]["path"]>, Named {}

/** Result of POST /brands/{brand_id}/revet. */
export interface BrandsRevetResponse
  extends Members<operations["revetBrand"]["responses"][200]["content"]["application/json"]>, Named {}

/** Path parameters of GET /brands/{brand_id}/appeal/evidence. */
export interface BrandsVettingEvidenceListPathParams
  extends Members<operations["listAppealEvidence"]["parameters"]["path"]>, Named {}

/** Query parameters of GET /brands/{brand_id}/appeal/evidence. */
export interface BrandsVettingEvidenceListQuery
  extends Members<NonNullable<operations["listAppealEvidence"]["parameters"]["query"]>>, Named {}

/** Result of GET /brands/{brand_id}/appeal/evidence. */
export interface BrandsVettingEvidenceListResponse
  extends Members<operations["listAppealEvidence"]["responses"][200]["content"]["application/json"]>, Named {}

/** One item of the list returned by GET /brands/{brand_id}/appeal/evidence. */
export type BrandsVettingEvidenceListItem = NonNullable<
  NonNullable<BrandsVettingEvidenceListResponse["_embedded"]>["evidences"]
>[number];

/** Path parameters of POST /brands/{brand_id}/appeal/evidence. */
export interface BrandsVettingEvidenceUploadPathParams
  extends Members<operations["uploadAppealEvidence"]["parameters"]["path"]>, Named {}

/** Request body of POST /brands/{brand_id}/appeal/evidence. */
export interface BrandsVettingEvidenceUploadParams
  extends
    Members<NonNullable<operations["uploadAppealEvidence"]["requestBody"]>["content"]["multipart/form-data"]>,
    Named {}

/** Result of POST /brands/{brand_id}/appeal/evidence. */
export interface BrandsVettingEvidenceUploadResponse
  extends
    Members<operations["uploadAppealEvidence"]["responses"][200]["content"]["application/json"]>,
    Named {}

/** Path parameters of GET /brands/{brand_id}/appeal/evidence/{evidence_id}. */
export interface BrandsVettingEvidenceDownloadPathParams
  extends Members<operations["downloadAppealEvidence"]["parameters"]["path"]>, Named {}

/** Result of GET /brands/{brand_id}/appeal/evidence/{evidence_id}. */
export type BrandsVettingEvidenceDownloadResponse = File;

/** Path parameters of DELETE /brands/{brand_id}/appeal/evidence/{evidence_id}. */
export interface BrandsVettingEvidenceDeletePathParams
  extends Members<operations["deleteAppealEvidence"]["parameters"]["path"]>, Named {}

/** Result of DELETE /brands/{brand_id}/appeal/evidence/{evidence_id}. */
export type BrandsVettingEvidenceDeleteResponse = void;

/** Path parameters of GET /brands/{brand_id}/campaigns. */
export interface BrandsCampaignsListPathParams
  extends Members<operations["listCampaigns"]["parameters"]["path"]>, Named {}

/** Query parameters of GET /brands/{brand_id}/campaigns. */
export interface BrandsCampaignsListQuery
  extends Members<NonNullable<operations["listCampaigns"]["parameters"]["query"]>>, Named {}

/** Result of GET /brands/{brand_id}/campaigns. */
export interface BrandsCampaignsListResponse
  extends Members<operations["listCampaigns"]["responses"][200]["content"]["application/json"]>, Named {}

/** One item of the list returned by GET /brands/{brand_id}/campaigns. */
export type BrandsCampaignsListItem = NonNullable<
  NonNullable<BrandsCampaignsListResponse["_embedded"]>["campaigns"]
>[number];

/** Path parameters of POST /brands/{brand_id}/campaigns. */
export interface BrandsCampaignsCreatePathParams
  extends Members<operations["createCampaign"]["parameters"]["path"]>, Named {}

/** Request body of POST /brands/{brand_id}/campaigns. */
export type BrandsCampaignsCreateParams = NonNullable<
  operations["createCampaign"]["requestBody"]
>["content"]["application/json"];

/** Result of POST /brands/{brand_id}/campaigns. */
export interface BrandsCampaignsCreateResponse
  extends Members<operations["createCampaign"]["responses"][200]["content"]["application/json"]>, Named {}

/** Request body of POST /campaigns/message_flow. */
export interface CampaignsMessageFlowPreviewParams
  extends
    Members<NonNullable<operations["previewMessageFlow"]["requestBody"]>["content"]["application/json"]>,
    Named {}

/** Result of POST /campaigns/message_flow. */
export interface CampaignsMessageFlowPreviewResponse
  extends Members<operations["previewMessageFlow"]["responses"][200]["content"]["application/json"]>, Named {}

/** Path parameters of GET /brands/{brand_id}/campaigns/{campaign_id}. */
export interface BrandsCampaignsRetrievePathParams
  extends Members<operations["getCampaign"]["parameters"]["path"]>, Named {}

/** Result of GET /brands/{brand_id}/campaigns/{campaign_id}. */
export interface BrandsCampaignsRetrieveResponse
  extends Members<operations["getCampaign"]["responses"][200]["content"]["application/json"]>, Named {}

/** Path parameters of PATCH /brands/{brand_id}/campaigns/{campaign_id}. */
export interface BrandsCampaignsUpdatePathParams
  extends Members<operations["updateCampaign"]["parameters"]["path"]>, Named {}

/** Request body of PATCH /brands/{brand_id}/campaigns/{campaign_id}. */
export interface BrandsCampaignsUpdateParams
  extends
    Members<NonNullable<operations["updateCampaign"]["requestBody"]>["content"]["application/json"]>,
    Named {}

/** Result of PATCH /brands/{brand_id}/campaigns/{campaign_id}. */
export interface BrandsCampaignsUpdateResponse
  extends Members<operations["updateCampaign"]["responses"][200]["content"]["application/json"]>, Named {}

/**
 * Path parameters of DELETE /brands/{brand_id}/campaigns/{campaign_id}.
 * @deprecated Deprecated by Vonage: PATCH the campaign with `auto_renewal` false instead.
 */
export interface BrandsCampaignsDeletePathParams
  extends Members<operations["deleteCampaign"]["parameters"]["path"]>, Named {}

/**
 * Result of DELETE /brands/{brand_id}/campaigns/{campaign_id}.
 * @deprecated Deprecated by Vonage: PATCH the campaign with `auto_renewal` false instead.
 */
export type BrandsCampaignsDeleteResponse = void;

/** Path parameters of PUT /brands/{brand_id}/campaigns/{campaign_id}/resubmit. */
export interface BrandsCampaignsResubmitPathParams
  extends Members<operations["resubmitCampaign"]["parameters"]["path"]>, Named {}

/** Request body of PUT /brands/{brand_id}/campaigns/{campaign_id}/resubmit. */
export interface BrandsCampaignsResubmitParams
  extends
    Members<NonNullable<operations["resubmitCampaign"]["requestBody"]>["content"]["application/json"]>,
    Named {}

/** Result of PUT /brands/{brand_id}/campaigns/{campaign_id}/resubmit. */
export interface BrandsCampaignsResubmitResponse
  extends Members<operations["resubmitCampaign"]["responses"][200]["content"]["application/json"]>, Named {}

/** Result of GET /campaigns/terms_and_conditions. */
export interface CampaignsTermsAndConditionsRetrieveResponse
  extends
    Members<operations["getCampaignTermsAndConditions"]["responses"][200]["content"]["application/json"]>,
    Named {}

/** Request body of POST /partnercampaigns/import. */
export interface PartnerCampaignsImportParams
  extends
    Members<NonNullable<operations["importPartnerCampaign"]["requestBody"]>["content"]["application/json"]>,
    Named {}

/** Result of POST /partnercampaigns/import. */
export interface PartnerCampaignsImportResponse
  extends
    Members<operations["importPartnerCampaign"]["responses"][200]["content"]["application/json"]>,
    Named {}

/** Path parameters of GET /partnercampaigns/{campaign_id}. */
export interface PartnerCampaignsRetrievePathParams
  extends Members<operations["getPartnerCampaign"]["parameters"]["path"]>, Named {}

/** Result of GET /partnercampaigns/{campaign_id}. */
export interface PartnerCampaignsRetrieveResponse
  extends Members<operations["getPartnerCampaign"]["responses"][200]["content"]["application/json"]>, Named {}

/** Query parameters of GET /throughputs. */
export interface ThroughputsListQuery
  extends Members<NonNullable<operations["listThroughputs"]["parameters"]["query"]>>, Named {}

/** Result of GET /throughputs. */
export interface ThroughputsListResponse
  extends Members<operations["listThroughputs"]["responses"][200]["content"]["application/json"]>, Named {}

/** One item of the list returned by GET /throughputs. */
export type ThroughputsListItem = NonNullable<
  NonNullable<ThroughputsListResponse["_embedded"]>["throughputs"]
>[number];

/** Path parameters of GET /brands/{brand_id}/campaigns/{campaign_id}/numbers. */
export interface BrandsCampaignsNumbersListPathParams
  extends Members<operations["listCampaignNumbers"]["parameters"]["path"]>, Named {}

/** Query parameters of GET /brands/{brand_id}/campaigns/{campaign_id}/numbers. */
export interface BrandsCampaignsNumbersListQuery
  extends Members<NonNullable<operations["listCampaignNumbers"]["parameters"]["query"]>>, Named {}

/** Result of GET /brands/{brand_id}/campaigns/{campaign_id}/numbers. */
export interface BrandsCampaignsNumbersListResponse
  extends
    Members<operations["listCampaignNumbers"]["responses"][200]["content"]["application/json"]>,
    Named {}

/** One item of the list returned by GET /brands/{brand_id}/campaigns/{campaign_id}/numbers. */
export type BrandsCampaignsNumbersListItem = NonNullable<
  NonNullable<BrandsCampaignsNumbersListResponse["_embedded"]>["numbers"]
>[number];

/** Path parameters of POST /brands/{brand_id}/campaigns/{campaign_id}/numbers. */
export interface BrandsCampaignsNumbersLinkPathParams
  extends Members<operations["linkCampaignNumber"]["parameters"]["path"]>, Named {}

/** Request body of POST /brands/{brand_id}/campaigns/{campaign_id}/numbers. */
export interface BrandsCampaignsNumbersLinkParams
  extends
    Members<NonNullable<operations["linkCampaignNumber"]["requestBody"]>["content"]["application/json"]>,
    Named {}

/** Result of POST /brands/{brand_id}/campaigns/{campaign_id}/numbers. */
export interface BrandsCampaignsNumbersLinkResponse
  extends Members<operations["linkCampaignNumber"]["responses"][202]["content"]["application/json"]>, Named {}

/** Path parameters of GET /brands/{brand_id}/campaigns/{campaign_id}/numbers/{number}. */
export interface BrandsCampaignsNumbersRetrievePathParams
  extends Members<operations["getCampaignNumber"]["parameters"]["path"]>, Named {}

/** Result of GET /brands/{brand_id}/campaigns/{campaign_id}/numbers/{number}. */
export interface BrandsCampaignsNumbersRetrieveResponse
  extends Members<operations["getCampaignNumber"]["responses"][200]["content"]["application/json"]>, Named {}

/** Path parameters of DELETE /brands/{brand_id}/campaigns/{campaign_id}/numbers/{number}. */
export interface BrandsCampaignsNumbersUnlinkPathParams
  extends Members<operations["unlinkCampaignNumber"]["parameters"]["path"]>, Named {}

/** Result of DELETE /brands/{brand_id}/campaigns/{campaign_id}/numbers/{number}. */
export type BrandsCampaignsNumbersUnlinkResponse = void;

/** Query parameters of GET /resellers. */
export interface ResellersListQuery
  extends Members<NonNullable<operations["listResellers"]["parameters"]["query"]>>, Named {}

/** Result of GET /resellers. */
export interface ResellersListResponse
  extends Members<operations["listResellers"]["responses"][200]["content"]["application/json"]>, Named {}

/** One item of the list returned by GET /resellers. */
export type ResellersListItem = NonNullable<
  NonNullable<ResellersListResponse["_embedded"]>["resellers"]
>[number];

/** Request body of POST /resellers. */
export interface ResellersCreateParams
  extends
    Members<NonNullable<operations["createReseller"]["requestBody"]>["content"]["application/json"]>,
    Named {}

/** Result of POST /resellers. */
export interface ResellersCreateResponse
  extends Members<operations["createReseller"]["responses"][201]["content"]["application/json"]>, Named {}

/** Path parameters of GET /resellers/{reseller_id}. */
export interface ResellersRetrievePathParams
  extends Members<operations["getReseller"]["parameters"]["path"]>, Named {}

/** Result of GET /resellers/{reseller_id}. */
export interface ResellersRetrieveResponse
  extends Members<operations["getReseller"]["responses"][200]["content"]["application/json"]>, Named {}

/** Credentials, server and retry policy of the calls: what createVonageConfig() takes. */
export interface VonageConfigOptions {
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
  /**
   * Checks every success body against the spec, e.g. `responseValidation({ messaging10dlcBrandRetrieve })`
   * with validators imported from ./validators.js. Off by default.
   */
  validateResponse?: ValidateResponse;
}

/**
 * How each request is authenticated, from the options or the environment. Without credentials
 * no header is sent, so the API answers 401 and the call throws an AuthenticationError.
 */
function authorization(options: VonageConfigOptions): () => string | undefined | Promise<string | undefined> {
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

/** The config every function below takes: credentials (from the options or the environment), server, retry policy. */
export function createVonageConfig(options: VonageConfigOptions = {}): ClientConfig {
  return {
    baseUrl: options.baseUrl ?? DEFAULT_BASE_URL,
    headers: { ...options.headers },
    authorization: authorization(options),
    // Left undefined, each falls back to the runtime's default.
    fetch: options.fetch,
    maxRetries: options.maxRetries,
    retryNonIdempotent: options.retryNonIdempotent,
    timeout: options.timeout,
    validateResponse: options.validateResponse,
  };
}

/**
 * Get enumeration values `GET /enum`
 *
 * Returns, for each enumerated property used across the 10DLC API, the list of currently accepted values. Use it to refresh verticals, use cases or stock exchanges instead of hard-coding them.
 *
 * @see [Get enumeration values in the guide](./docs/10dlc.md#enums-retrieve)
 * @example
 * ```ts
 * const vonage = createVonageConfig();
 * const enumResult = await enumsRetrieve(vonage);
 * console.log(enumResult.alt_business_id_type);
 * ```
 */
export function enumsRetrieve(
  client: ClientConfig,
  options?: RequestOptions,
): APIPromise<EnumsRetrieveResponse> {
  return request<EnumsRetrieveResponse>(
    client,
    { method: "GET", path: "/enum", response: "json" },
    {},
    options,
  );
}

/**
 * Get account settings `GET /account`
 *
 * Returns the 10DLC settings of the authenticated account. Today this is only whether opt-out assist is switched on.
 *
 * @see [Get account settings in the guide](./docs/10dlc.md#account-retrieve)
 * @example
 * ```ts
 * const vonage = createVonageConfig();
 * const account = await accountRetrieve(vonage);
 * console.log(account.opt_out_assist);
 * ```
 */
export function accountRetrieve(
  client: ClientConfig,
  options?: RequestOptions,
): APIPromise<AccountRetrieveResponse> {
  return request<AccountRetrieveResponse>(
    client,
    { method: "GET", path: "/account", response: "json" },
    {},
    options,
  );
}

/**
 * Update account settings `PATCH /account`
 *
 * Changes the 10DLC settings of the account; only the primary account may call it. Opt-out assist can be switched on here but not off: disabling it goes through Vonage support.
 *
 * @param body - New account-level 10DLC settings.
 * @see [Update account settings in the guide](./docs/10dlc.md#account-update)
 * @example
 * ```ts
 * const vonage = createVonageConfig();
 * await accountUpdate(vonage, {
 *   opt_out_assist: true,
 * });
 * ```
 */
export function accountUpdate(
  client: ClientConfig,
  body: AccountUpdateParams,
  options?: RequestOptions,
): APIPromise<AccountUpdateResponse> {
  return request<AccountUpdateResponse>(
    client,
    { method: "PATCH", path: "/account", response: "none" },
    { body },
    options,
  );
}

/**
 * List brands `GET /brands`. Await for the first page; `for await` iterates every item of every page.
 *
 * Pages through the brands of the authenticated account. Without a `status` filter only ACTIVE and SUSPENDED brands are returned; pass DELETED to find deleted brands.
 *
 * @param query - The query parameters `page`, `page_size`, `filter`, `status`; each is described on its field.
 * @see [List brands in the guide](./docs/10dlc.md#brands-list)
 * @example
 * ```ts
 * const vonage = createVonageConfig();
 * const brands = await brandsList(vonage, {
 *   page: 2,
 *   page_size: 10,
 *   status: "ACTIVE",
 * });
 * console.log(brands.page_size);
 * ```
 */
export function brandsList(
  client: ClientConfig,
  query?: BrandsListQuery,
  options?: RequestOptions,
): PagePromise<BrandsListResponse, BrandsListItem> {
  return list<BrandsListResponse, BrandsListItem>(
    client,
    {
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
    { query },
    options,
  );
}

/**
 * Create a brand `POST /brands`
 *
 * Registers a new brand for the account; most brands are usable at once, some must first go through vetting. Which optional fields become mandatory depends on `entity_type` (see BrandCreate); rejected data is reported with the brand-parameters slug, a problem with a third-party vendor with brand-conflict.
 *
 * @param body - Brand registration body. Vonage's 10DLC reference presents it as a oneOf by entity_type but renders only one variant (the general one, with 13 required fields), so it is modelled as a single object with that required list; the entity-specific rules stated in the field texts (PUBLIC_PROFIT, SOLE_PROPRIETOR) are documented, not enforced.
 * @see [Create a brand in the guide](./docs/10dlc.md#brands-create)
 * @example
 * ```ts
 * const vonage = createVonageConfig();
 * const brand = await brandsCreate(vonage, {
 *   account_id: "abcd1234",
 *   primary_account_id: "abcd1234",
 *   entity_type: "PUBLIC_PROFIT",
 *   first_name: "John",
 *   last_name: "Smith",
 *   display_name: "Vonage",
 *   company_name: "Vonage",
 *   ein: "20-1111111",
 *   ein_issuing_country: "US",
 *   universal_ein: "20-1111111",
 *   alt_business_id_type: "DUNS",
 *   alt_business_id: "150483782",
 *   phone: "15556660001",
 *   mobile_phone: "123123222334",
 *   street: "23 Main Street",
 *   city: "Holmdel",
 *   state: "NJ",
 *   postal_code: "07733",
 *   country: "US",
 *   email: "devrel@vonage.com",
 *   stock_symbol: "VG",
 *   stock_exchange: "NASDAQ",
 *   website: "https://vonage.com",
 *   vertical: "TECHNOLOGY",
 *   verification_email: "verification_email@vonage.com",
 *   verification_email_completion_date: "2019-08-24 14:15:22",
 *   reseller: true,
 * });
 * console.log(brand.account_id);
 * ```
 */
export function brandsCreate(
  client: ClientConfig,
  body: BrandsCreateParams,
  options?: RequestOptions,
): APIPromise<BrandsCreateResponse> {
  return request<BrandsCreateResponse>(
    client,
    { method: "POST", path: "/brands", response: "json" },
    { body },
    options,
  );
}

/**
 * Get a brand `GET /brands/{brand_id}`
 *
 * Fetches one brand by its TCR brand ID. A brand in DELETED state answers 502 "Brand not found".
 *
 * @param brandId - TCR brand ID of the brand.
 * @see [Get a brand in the guide](./docs/10dlc.md#brands-retrieve)
 * @example
 * ```ts
 * const vonage = createVonageConfig();
 * const brand = await brandsRetrieve(vonage, "BLQKOPK");
 * console.log(brand.account_id);
 * ```
 */
export function brandsRetrieve(
  client: ClientConfig,
  brandId: BrandsRetrievePathParams["brand_id"],
  options?: RequestOptions,
): APIPromise<BrandsRetrieveResponse> {
  return request<BrandsRetrieveResponse>(
    client,
    { method: "GET", path: "/brands/{brand_id}", response: "json" },
    { path: { brand_id: brandId } },
    options,
  );
}

/**
 * Update a brand `PATCH /brands/{brand_id}`
 *
 * Changes only the fields you send and keeps the brand record at TCR current. Once vetting has succeeded, `ein`, `ein_issuing_country` and `entity_type` are locked; rejected data is reported with the brand-parameters or brand-conflict slug.
 *
 * @param brandId - TCR brand ID of the brand.
 * @param body - Fields of a brand that may be changed; send only those to change. `ein`, `ein_issuing_country` and `entity_type` are locked after a successful vetting.
 * @see [Update a brand in the guide](./docs/10dlc.md#brands-update)
 * @example
 * ```ts
 * const vonage = createVonageConfig();
 * const brand = await brandsUpdate(vonage, "BLQKOPK", {
 *   company_name: "Vonage",
 *   first_name: "John",
 *   last_name: "Smith",
 *   display_name: "Vonage",
 *   ein: "20-1111111",
 *   ein_issuing_country: "US",
 *   entity_type: "PUBLIC_PROFIT",
 *   website: "https://vonage.com",
 *   phone: "15556660001",
 *   mobile_phone: "123123222334",
 *   street: "23 Main Street",
 *   city: "Holmdel",
 *   state: "NJ",
 *   postal_code: "07733",
 *   country: "US",
 *   email: "devrel@vonage.com",
 *   stock_symbol: "VG",
 *   stock_exchange: "NASDAQ",
 *   vertical: "TECHNOLOGY",
 *   reseller: true,
 * });
 * console.log(brand.account_id);
 * ```
 */
export function brandsUpdate(
  client: ClientConfig,
  brandId: BrandsUpdatePathParams["brand_id"],
  body: BrandsUpdateParams,
  options?: RequestOptions,
): APIPromise<BrandsUpdateResponse> {
  return request<BrandsUpdateResponse>(
    client,
    { method: "PATCH", path: "/brands/{brand_id}", response: "json" },
    { path: { brand_id: brandId }, body },
    options,
  );
}

/**
 * Delete a brand `DELETE /brands/{brand_id}`
 *
 * Moves a brand without active campaigns to the DELETED state, which cannot be undone. A deleted brand still shows up in GET /brands when filtered by status, but every other call on it answers 502 "Brand not found".
 *
 * @param brandId - TCR brand ID of the brand.
 * @see [Delete a brand in the guide](./docs/10dlc.md#brands-delete)
 * @example
 * ```ts
 * const vonage = createVonageConfig();
 * await brandsDelete(vonage, "BLQKOPK");
 * ```
 */
export function brandsDelete(
  client: ClientConfig,
  brandId: BrandsDeletePathParams["brand_id"],
  options?: RequestOptions,
): APIPromise<BrandsDeleteResponse> {
  return request<BrandsDeleteResponse>(
    client,
    { method: "DELETE", path: "/brands/{brand_id}", response: "none" },
    { path: { brand_id: brandId } },
    options,
  );
}

/**
 * Get brand feedback `GET /brands/{brand_id}/feedback`
 *
 * Explains, by category and field, why the identity of the brand could not be verified. It answers 422 while the identity status is still PENDING, and carries no categories unless the brand is UNVERIFIED.
 *
 * @param brandId - TCR brand ID of the brand.
 * @see [Get brand feedback in the guide](./docs/10dlc.md#brands-feedback-retrieve)
 * @example
 * ```ts
 * const vonage = createVonageConfig();
 * const feedback = await brandsFeedbackRetrieve(vonage, "BLQKOPK");
 * console.log(feedback.categories);
 * ```
 */
export function brandsFeedbackRetrieve(
  client: ClientConfig,
  brandId: BrandsFeedbackRetrievePathParams["brand_id"],
  options?: RequestOptions,
): APIPromise<BrandsFeedbackRetrieveResponse> {
  return request<BrandsFeedbackRetrieveResponse>(
    client,
    { method: "GET", path: "/brands/{brand_id}/feedback", response: "json" },
    { path: { brand_id: brandId } },
    options,
  );
}

/**
 * Check use case qualification `GET /brands/{brand_id}/usecases/{usecase}`
 *
 * Tells whether the brand may run a campaign of the given use case, with the fees and each carrier's requirements and limits. Call it before creating a campaign; if the use case does not qualify (invalid-usecase-data or use-case-denied), extra third-party vetting may unlock it.
 *
 * @param brandId - TCR brand ID of the brand.
 * @param usecase - Use case to check the brand against.
 * @see [Check use case qualification in the guide](./docs/10dlc.md#brands-usecases-qualify)
 * @example
 * ```ts
 * const vonage = createVonageConfig();
 * const result = await brandsUsecasesQualify(vonage, "BLQKOPK", "POLITICAL");
 * console.log(result.usecase);
 * ```
 */
export function brandsUsecasesQualify(
  client: ClientConfig,
  brandId: BrandsUsecasesQualifyPathParams["brand_id"],
  usecase: BrandsUsecasesQualifyPathParams["usecase"],
  options?: RequestOptions,
): APIPromise<BrandsUsecasesQualifyResponse> {
  return request<BrandsUsecasesQualifyResponse>(
    client,
    { method: "GET", path: "/brands/{brand_id}/usecases/{usecase}", response: "json" },
    { path: { brand_id: brandId, usecase } },
    options,
  );
}

/**
 * Start OTP or 2FA verification `POST /brands/{brand_id}/start_verification`
 *
 * Sends the verification challenge of the brand: an OTP text to the mobile phone of a SOLE_PROPRIETOR brand, or the Authentication+ 2FA email to the `verification_email` of a PUBLIC_PROFIT brand. Keep the returned `reference_id` to follow the OTP delivery.
 *
 * @param brandId - TCR brand ID of the brand.
 * @param body - Optional SMS templates for the OTP verification of a SOLE_PROPRIETOR brand.
 * @see [Start OTP or 2FA verification in the guide](./docs/10dlc.md#brands-verification-start)
 * @example
 * ```ts
 * const vonage = createVonageConfig();
 * const result = await brandsVerificationStart(vonage, "BLQKOPK", {
 *   verify_sms: "Your verification code is \@OTP_PIN@",
 *   success_sms: "Your verification code has been confirmed successfully",
 * });
 * console.log(result.brand_id);
 * ```
 */
export function brandsVerificationStart(
  client: ClientConfig,
  brandId: BrandsVerificationStartPathParams["brand_id"],
  body?: BrandsVerificationStartParams,
  options?: RequestOptions,
): APIPromise<BrandsVerificationStartResponse> {
  return request<BrandsVerificationStartResponse>(
    client,
    { method: "POST", path: "/brands/{brand_id}/start_verification", response: "json" },
    { path: { brand_id: brandId }, body },
    options,
  );
}

/**
 * Verify the OTP code `POST /brands/{brand_id}/verify`
 *
 * Submits the 6-character code that the brand's registered mobile phone received after the verification was started. Use it to complete the OTP verification of a SOLE_PROPRIETOR brand.
 *
 * @param brandId - TCR brand ID of the brand.
 * @param body - OTP code to check.
 * @see [Verify the OTP code in the guide](./docs/10dlc.md#brands-verification-verify)
 * @example
 * ```ts
 * const vonage = createVonageConfig();
 * await brandsVerificationVerify(vonage, "BLQKOPK", {
 *   otp_pin: "123456",
 * });
 * ```
 */
export function brandsVerificationVerify(
  client: ClientConfig,
  brandId: BrandsVerificationVerifyPathParams["brand_id"],
  body: BrandsVerificationVerifyParams,
  options?: RequestOptions,
): APIPromise<BrandsVerificationVerifyResponse> {
  return request<BrandsVerificationVerifyResponse>(
    client,
    { method: "POST", path: "/brands/{brand_id}/verify", response: "none" },
    { path: { brand_id: brandId }, body },
    options,
  );
}

/**
 * Get OTP verification status `GET /brands/{brand_id}/verification/{reference_id}`
 *
 * Reports, for one OTP request, when it was sent and verified and the latest SMS delivery status from the sending provider. The delivery data is best-effort and only meant to help diagnose undelivered codes.
 *
 * @param brandId - TCR brand ID of the brand.
 * @param referenceId - Reference of the OTP request, as returned when the verification was started; alphanumeric with an OTP prefix.
 * @see [Get OTP verification status in the guide](./docs/10dlc.md#brands-verification-retrieve)
 * @example
 * ```ts
 * const vonage = createVonageConfig();
 * const verification = await brandsVerificationRetrieve(vonage, "BLQKOPK", "OTP1234567");
 * console.log(verification.brand_id);
 * ```
 */
export function brandsVerificationRetrieve(
  client: ClientConfig,
  brandId: BrandsVerificationRetrievePathParams["brand_id"],
  referenceId: BrandsVerificationRetrievePathParams["reference_id"],
  options?: RequestOptions,
): APIPromise<BrandsVerificationRetrieveResponse> {
  return request<BrandsVerificationRetrieveResponse>(
    client,
    { method: "GET", path: "/brands/{brand_id}/verification/{reference_id}", response: "json" },
    { path: { brand_id: brandId, reference_id: referenceId } },
    options,
  );
}

/**
 * List vetting records `GET /brands/{brand_id}/vetting/requests`
 *
 * Returns every vetting record of the brand, whether requested through Vonage or imported. The answer is a plain JSON array without paging.
 *
 * @param brandId - TCR brand ID of the brand.
 * @see [List vetting records in the guide](./docs/10dlc.md#brands-vetting-list)
 * @example
 * ```ts
 * const vonage = createVonageConfig();
 * const vettings = await brandsVettingList(vonage, "BLQKOPK");
 * console.log(vettings.length);
 * ```
 */
export function brandsVettingList(
  client: ClientConfig,
  brandId: BrandsVettingListPathParams["brand_id"],
  options?: RequestOptions,
): APIPromise<BrandsVettingListResponse> {
  return request<BrandsVettingListResponse>(
    client,
    { method: "GET", path: "/brands/{brand_id}/vetting/requests", response: "json" },
    { path: { brand_id: brandId } },
    options,
  );
}

/**
 * Request brand vetting `POST /brands/{brand_id}/vetting/requests`
 *
 * Asks a vetting provider to vet the brand, which grants that provider access to the brand's data at TCR; the result can take from minutes up to 48 hours, so poll the vetting list. POLITICAL vets also need `vetting_political_details`; rejected requests carry the invalid-vetting-data or vetting-conflict slug.
 *
 * @param brandId - TCR brand ID of the brand.
 * @param body - Vetting request. Vonage's 10DLC reference also lists `appeals` (past appeals with their outcome) in this body; it is kept for fidelity although it reads like server-side state.
 * @see [Request brand vetting in the guide](./docs/10dlc.md#brands-vetting-create)
 * @example
 * ```ts
 * const vonage = createVonageConfig();
 * const vetting = await brandsVettingCreate(vonage, "BLQKOPK", {
 *   evp_id: "Aegis",
 *   vetting_class: "POLITICAL",
 *   vetting_political_details: {
 *     requestor_first_name: "John",
 *     requestor_last_name: "Doe",
 *     locale: "Federal",
 *     fec_committee_type_code: "C",
 *     committee_id: "00000",
 *     candidate_type: "PAC",
 *     state_local_committee_type: "FEDERAL",
 *     local_committee_state: "AZ",
 *     local_committee_municipality: "US",
 *     tribal_location: "US",
 *     filing_url: "https://example.com",
 *     filing_record_url_instructions: "Additional instructions",
 *     filing_email: "john@email.com",
 *     election_date: "2028-11-07",
 *     pin_preference: "Regular",
 *   },
 * });
 * console.log(vetting.account_id);
 * ```
 */
export function brandsVettingCreate(
  client: ClientConfig,
  brandId: BrandsVettingCreatePathParams["brand_id"],
  body: BrandsVettingCreateParams,
  options?: RequestOptions,
): APIPromise<BrandsVettingCreateResponse> {
  return request<BrandsVettingCreateResponse>(
    client,
    { method: "POST", path: "/brands/{brand_id}/vetting/requests", response: "json" },
    { path: { brand_id: brandId }, body },
    options,
  );
}

/**
 * Import an external vetting `PUT /brands/{brand_id}/vetting/requests`
 *
 * Registers a vetting that was done manually or outside Vonage so it counts for future campaign qualification. The import is validated asynchronously before it is stored with the brand at TCR.
 *
 * @param brandId - TCR brand ID of the brand.
 * @param body - Reference to a vetting performed outside Vonage.
 * @see [Import an external vetting in the guide](./docs/10dlc.md#brands-vetting-import)
 * @example
 * ```ts
 * const vonage = createVonageConfig();
 * const result = await brandsVettingImport(vonage, "BLQKOPK", {
 *   evp_id: "Aegis",
 *   vetting_token: "abcd123",
 *   vetting_id: "abcd123",
 * });
 * console.log(result.account_id);
 * ```
 */
export function brandsVettingImport(
  client: ClientConfig,
  brandId: BrandsVettingImportPathParams["brand_id"],
  body: BrandsVettingImportParams,
  options?: RequestOptions,
): APIPromise<BrandsVettingImportResponse> {
  return request<BrandsVettingImportResponse>(
    client,
    { method: "PUT", path: "/brands/{brand_id}/vetting/requests", response: "json" },
    { path: { brand_id: brandId }, body },
    options,
  );
}

/**
 * Appeal a vetting `POST /brands/{brand_id}/vetting/requests/{vetting_id}/appeal`
 *
 * Opens an appeal against the outcome of one vetting, citing the categories concerned and evidence files uploaded beforehand. At most 10 evidence files totalling 30 MB can be attached; the appeal's progress shows in the vetting record.
 *
 * @param brandId - TCR brand ID of the brand.
 * @param vettingId - ID of the vetting to appeal, as found in the brand's vetting records.
 * @param body - A vetting appeal. At most 10 evidence files, 30 MB in total, may be attached.
 * @see [Appeal a vetting in the guide](./docs/10dlc.md#brands-vetting-appeal)
 * @example
 * ```ts
 * const vonage = createVonageConfig();
 * await brandsVettingAppeal(vonage, "BLQKOPK", "abcd1234", {
 *   categories: ["LOW_SCORE"],
 *   evidence_ids: ["OWUwZTA5MmUtOGNjYS00ZGI0LWFkNWUtZTg4MmUwNzhjMDUy"],
 *   explanation: "The attached registration shows that our company name and tax ID match.",
 * });
 * ```
 */
export function brandsVettingAppeal(
  client: ClientConfig,
  brandId: BrandsVettingAppealPathParams["brand_id"],
  vettingId: BrandsVettingAppealPathParams["vetting_id"],
  body: BrandsVettingAppealParams,
  options?: RequestOptions,
): APIPromise<BrandsVettingAppealResponse> {
  return request<BrandsVettingAppealResponse>(
    client,
    { method: "POST", path: "/brands/{brand_id}/vetting/requests/{vetting_id}/appeal", response: "none" },
    { path: { brand_id: brandId, vetting_id: vettingId }, body },
    options,
  );
}

/**
 * Revet a brand `POST /brands/{brand_id}/revet`
 *
 * Asks TCR to vet the brand again and returns the brand. It is allowed once after the brand has been registered successfully.
 *
 * @param brandId - TCR brand ID of the brand.
 * @see [Revet a brand in the guide](./docs/10dlc.md#brands-revet)
 * @example
 * ```ts
 * const vonage = createVonageConfig();
 * const result = await brandsRevet(vonage, "BLQKOPK");
 * console.log(result.account_id);
 * ```
 */
export function brandsRevet(
  client: ClientConfig,
  brandId: BrandsRevetPathParams["brand_id"],
  options?: RequestOptions,
): APIPromise<BrandsRevetResponse> {
  return request<BrandsRevetResponse>(
    client,
    { method: "POST", path: "/brands/{brand_id}/revet", response: "json" },
    { path: { brand_id: brandId } },
    options,
  );
}

/**
 * List appeal evidence files `GET /brands/{brand_id}/appeal/evidence`. Await for the first page; `for await` iterates every item of every page.
 *
 * Lists the evidence files uploaded for the brand that can be attached to a vetting appeal. Vonage's 10DLC reference documents `page` and `page_size` as query parameters but answers with page tokens, so `page_token` is accepted as well and is what the paginator sends.
 *
 * @param brandId - TCR brand ID of the brand.
 * @param query - The query parameters `page`, `page_size`, `filter`, `page_token`; each is described on its field.
 * @see [List appeal evidence files in the guide](./docs/10dlc.md#brands-vetting-evidence-list)
 * @example
 * ```ts
 * const vonage = createVonageConfig();
 * const evidences = await brandsVettingEvidenceList(vonage, "BLQKOPK", {
 *   page: 2,
 *   page_size: 10,
 * });
 * console.log(evidences.next_page);
 * ```
 */
export function brandsVettingEvidenceList(
  client: ClientConfig,
  brandId: BrandsVettingEvidenceListPathParams["brand_id"],
  query?: BrandsVettingEvidenceListQuery,
  options?: RequestOptions,
): PagePromise<BrandsVettingEvidenceListResponse, BrandsVettingEvidenceListItem> {
  return list<BrandsVettingEvidenceListResponse, BrandsVettingEvidenceListItem>(
    client,
    {
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
    { path: { brand_id: brandId }, query },
    options,
  );
}

/**
 * Upload appeal evidence `POST /brands/{brand_id}/appeal/evidence`
 *
 * Uploads one or more evidence files for a later vetting appeal, each at most 10 MB and 100 MB per request, of type jpg, jpeg, png, bmp, raw, tiff, pdf, docx, htm, odt, rtf, txt or xml. Every part needs its filename in Content-Disposition and its own Content-Type; Vonage's 10DLC reference also lists page, page_size and filter query parameters here, copied from the list endpoint, which this spec leaves out.
 *
 * @param brandId - TCR brand ID of the brand.
 * @param body - Evidence files to upload: up to 10 MB each and 100 MB per request, of type jpg, jpeg, png, bmp, raw, tiff, pdf, docx, htm, odt, rtf, txt or xml. Each part carries its filename in Content-Disposition and its own Content-Type; the encoding lists the MIME types of those file types (raw images have no single registered type).
 * @see [Upload appeal evidence in the guide](./docs/10dlc.md#brands-vetting-evidence-upload)
 * @example
 * ```ts
 * const vonage = createVonageConfig();
 * const result = await brandsVettingEvidenceUpload(vonage, "BLQKOPK", {
 *   file: [
 *     new Blob(["<binary content of tax_registration.pdf>"]),
 *     new Blob(["<binary content of explanation_details.txt>"]),
 *   ],
 * });
 * console.log(result.id);
 * ```
 */
export function brandsVettingEvidenceUpload(
  client: ClientConfig,
  brandId: BrandsVettingEvidenceUploadPathParams["brand_id"],
  body: BrandsVettingEvidenceUploadParams,
  options?: RequestOptions,
): APIPromise<BrandsVettingEvidenceUploadResponse> {
  return request<BrandsVettingEvidenceUploadResponse>(
    client,
    { method: "POST", path: "/brands/{brand_id}/appeal/evidence", response: "json", request: multipartBody },
    { path: { brand_id: brandId }, body },
    options,
  );
}

/**
 * Download an appeal evidence file `GET /brands/{brand_id}/appeal/evidence/{evidence_id}`
 *
 * Returns the raw bytes of one uploaded evidence file. The actual Content-Type is the file's own MIME type and the filename travels in the Content-Disposition header.
 *
 * @param brandId - TCR brand ID of the brand.
 * @param evidenceId - ID of an uploaded evidence file.
 * @see [Download an appeal evidence file in the guide](./docs/10dlc.md#brands-vetting-evidence-download)
 * @example
 * ```ts
 * const vonage = createVonageConfig();
 * const result = await brandsVettingEvidenceDownload(vonage, "BLQKOPK", "OWUwZTA5MmUtOGNjYS00ZGI0LWFkNWUtZTg4MmUwNzhjMDUy");
 * console.log(result.name, result.type, result.size);
 * ```
 */
export function brandsVettingEvidenceDownload(
  client: ClientConfig,
  brandId: BrandsVettingEvidenceDownloadPathParams["brand_id"],
  evidenceId: BrandsVettingEvidenceDownloadPathParams["evidence_id"],
  options?: RequestOptions,
): APIPromise<BrandsVettingEvidenceDownloadResponse> {
  return request<BrandsVettingEvidenceDownloadResponse>(
    client,
    { method: "GET", path: "/brands/{brand_id}/appeal/evidence/{evidence_id}", response: fileResponse },
    { path: { brand_id: brandId, evidence_id: evidenceId } },
    options,
  );
}

/**
 * Delete an appeal evidence file `DELETE /brands/{brand_id}/appeal/evidence/{evidence_id}`
 *
 * Removes an uploaded evidence file so it can no longer be attached to an appeal. Vonage's 10DLC reference labels the answer 200 OK with content type application/octet-stream but shows no content, so it is modelled as a 200 without body.
 *
 * @param brandId - TCR brand ID of the brand.
 * @param evidenceId - ID of an uploaded evidence file.
 * @see [Delete an appeal evidence file in the guide](./docs/10dlc.md#brands-vetting-evidence-delete)
 * @example
 * ```ts
 * const vonage = createVonageConfig();
 * await brandsVettingEvidenceDelete(vonage, "BLQKOPK", "OWUwZTA5MmUtOGNjYS00ZGI0LWFkNWUtZTg4MmUwNzhjMDUy");
 * ```
 */
export function brandsVettingEvidenceDelete(
  client: ClientConfig,
  brandId: BrandsVettingEvidenceDeletePathParams["brand_id"],
  evidenceId: BrandsVettingEvidenceDeletePathParams["evidence_id"],
  options?: RequestOptions,
): APIPromise<BrandsVettingEvidenceDeleteResponse> {
  return request<BrandsVettingEvidenceDeleteResponse>(
    client,
    { method: "DELETE", path: "/brands/{brand_id}/appeal/evidence/{evidence_id}", response: "none" },
    { path: { brand_id: brandId, evidence_id: evidenceId } },
    options,
  );
}

/**
 * List campaigns of a brand `GET /brands/{brand_id}/campaigns`. Await for the first page; `for await` iterates every item of every page.
 *
 * Pages through the campaigns registered under the brand. Without a `status` filter, campaigns in every state are returned.
 *
 * @param brandId - TCR brand ID of the brand.
 * @param query - The query parameters `page`, `page_size`, `filter`, `status`; each is described on its field.
 * @see [List campaigns of a brand in the guide](./docs/10dlc.md#brands-campaigns-list)
 * @example
 * ```ts
 * const vonage = createVonageConfig();
 * const campaigns = await brandsCampaignsList(vonage, "BLQKOPK", {
 *   page: 2,
 *   page_size: 10,
 *   status: "ACTIVE",
 * });
 * console.log(campaigns.page_size);
 * ```
 */
export function brandsCampaignsList(
  client: ClientConfig,
  brandId: BrandsCampaignsListPathParams["brand_id"],
  query?: BrandsCampaignsListQuery,
  options?: RequestOptions,
): PagePromise<BrandsCampaignsListResponse, BrandsCampaignsListItem> {
  return list<BrandsCampaignsListResponse, BrandsCampaignsListItem>(
    client,
    {
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
    { path: { brand_id: brandId }, query },
    options,
  );
}

/**
 * Create a campaign `POST /brands/{brand_id}/campaigns`
 *
 * Registers a campaign under the brand; it starts in PENDING_REVIEW. Send exactly one of `message_flow` (deprecated for writes) or `message_flow_details`, and check the use case qualification of the brand first: a brand that does not qualify gets the brand-not-qualified or use-case-denied slug, invalid data invalid-campaign-data.
 *
 * @param brandId - TCR brand ID of the brand.
 * @param body - Campaign registration body. Exactly one of `message_flow` or `message_flow_details` must be present (enforced by the oneOf); `opt_in_message` is also needed whenever `opt_in_keywords` is set.
 * @see [Create a campaign in the guide](./docs/10dlc.md#brands-campaigns-create)
 * @example
 * ```ts
 * const vonage = createVonageConfig();
 * const campaign = await brandsCampaignsCreate(vonage, "BLQKOPK", {
 *   account_id: "abcd1234",
 *   vertical: "TECHNOLOGY",
 *   usecase: "ACCOUNT_NOTIFICATION",
 *   sub_usecases: ["ACCOUNT_NOTIFICATION"],
 *   reseller_id: "R123456",
 *   reseller: true,
 *   description: "User notifications about appointments, orders, payments and deliveries.",
 *   age_gated: true,
 *   direct_lending: true,
 *   sample_one: "Hi\nThis is a reminder that you have a scheduled appointment with Dr. Doe tomorrow at 4:00PM.\n",
 *   sample_two: "Hello,\nYour order, number XXXXXXX, has been shipped.\n",
 *   sample_three: "Here is you unique PIN number to access the application: 123456\n",
 *   sample_four: "Hello Mr Doe,\nYour payment of 9.99$ was authorized. You can find your invoice in your customer account.\n",
 *   sample_five: "Your delivery is scheduled for tomorrow between 8am and 2pm.\nIf you wish to change the delivery date please reply by typing 1 (tomorrow), 2 (Thursday) or 3 (deliver to post office) below.\n",
 *   message_flow_details: {
 *     brand_name: "My brand",
 *     consent_mechanisms: [
 *       {
 *         method: "TEXT_TO_JOIN",
 *         details: "A text will be sent to the customer. He can reply yes to consent and opt in.",
 *       },
 *       {
 *         method: "ONLINE_FORM",
 *         details: "An online form allows the customer to subscribe.",
 *         attachment: "https://mybrand.com/optin",
 *       },
 *     ],
 *     pricing_disclosure: true,
 *     frequency: "RECURRING",
 *     privacy_policy: "https://mybrand.com/privacy_policy",
 *     terms_and_conditions: "https://mybrand.com/terms_and_conditions",
 *   },
 *   help_message: "<Brand Name>: For help, email support@example.com. To opt-out, reply STOP\n",
 *   opt_in_message: "<Brand Name>: You are now opted-in. For help, reply HELP. To opt-out, reply STOP\n",
 *   opt_out_message: "<Brand Name>: You are now opted-out and will receive no further messages.\n",
 *   help_keywords: "HELP,INFO",
 *   opt_in_keywords: "START,SUBSCRIBE",
 *   opt_out_keywords: "STOP,QUIT",
 *   tc_agreed: true,
 *   embedded_link: false,
 *   embedded_phone: false,
 *   label: "This is a sample campaign",
 *   hipaa: true,
 * });
 * console.log(campaign.primary_account_id);
 * ```
 */
export function brandsCampaignsCreate(
  client: ClientConfig,
  brandId: BrandsCampaignsCreatePathParams["brand_id"],
  body: BrandsCampaignsCreateParams,
  options?: RequestOptions,
): APIPromise<BrandsCampaignsCreateResponse> {
  return request<BrandsCampaignsCreateResponse>(
    client,
    { method: "POST", path: "/brands/{brand_id}/campaigns", response: "json" },
    { path: { brand_id: brandId }, body },
    options,
  );
}

/**
 * Preview a message flow `POST /campaigns/message_flow`
 *
 * Renders the `message_flow` text that a campaign would get from the given `message_flow_details`, without creating anything. Answers 422 when the rendered text is shorter than 40 or longer than 4096 characters.
 *
 * @param body - The structured message flow to render, as in `message_flow_details`, plus the opt-in keywords.
 * @see [Preview a message flow in the guide](./docs/10dlc.md#campaigns-messageflow-preview)
 * @example
 * ```ts
 * const vonage = createVonageConfig();
 * const result = await campaignsMessageFlowPreview(vonage, {
 *   brand_name: "My brand",
 *   consent_mechanisms: [
 *     {
 *       method: "TEXT_TO_JOIN",
 *       details: "A text will be sent to the customer. He can reply yes to consent and opt in.",
 *     },
 *     {
 *       method: "ONLINE_FORM",
 *       details: "This is an online form",
 *       attachment: "https://mybrand.com/optin",
 *     },
 *   ],
 *   pricing_disclosure: true,
 *   carrier_disclaimer: true,
 *   frequency: "RECURRING",
 *   privacy_policy: "https://mybrand.com/privacy_policy",
 *   terms_and_conditions: "https://mybrand.com/terms_and_conditions",
 *   opt_in_keywords: "START,JOIN",
 * });
 * console.log(result.message_flow);
 * ```
 */
export function campaignsMessageFlowPreview(
  client: ClientConfig,
  body: CampaignsMessageFlowPreviewParams,
  options?: RequestOptions,
): APIPromise<CampaignsMessageFlowPreviewResponse> {
  return request<CampaignsMessageFlowPreviewResponse>(
    client,
    { method: "POST", path: "/campaigns/message_flow", response: "json" },
    { body },
    options,
  );
}

/**
 * Get a campaign `GET /brands/{brand_id}/campaigns/{campaign_id}`
 *
 * Fetches one campaign of the brand, including its review status, carrier metadata and recent status changes. Poll it to follow the campaign from PENDING_REVIEW to ACTIVE.
 *
 * @param brandId - TCR brand ID of the brand.
 * @param campaignId - Vonage campaign ID of the campaign.
 * @see [Get a campaign in the guide](./docs/10dlc.md#brands-campaigns-retrieve)
 * @example
 * ```ts
 * const vonage = createVonageConfig();
 * const campaign = await brandsCampaignsRetrieve(vonage, "BLQKOPK", "VC987XYZ");
 * console.log(campaign.primary_account_id);
 * ```
 */
export function brandsCampaignsRetrieve(
  client: ClientConfig,
  brandId: BrandsCampaignsRetrievePathParams["brand_id"],
  campaignId: BrandsCampaignsRetrievePathParams["campaign_id"],
  options?: RequestOptions,
): APIPromise<BrandsCampaignsRetrieveResponse> {
  return request<BrandsCampaignsRetrieveResponse>(
    client,
    { method: "GET", path: "/brands/{brand_id}/campaigns/{campaign_id}", response: "json" },
    { path: { brand_id: brandId, campaign_id: campaignId } },
    options,
  );
}

/**
 * Update a campaign `PATCH /brands/{brand_id}/campaigns/{campaign_id}`
 *
 * Changes the fields you send and triggers a new compliance review; TERMINATED and CANCELED campaigns cannot be changed, and once Vonage has approved a campaign its vertical, use cases, age_gated, direct_lending, embedded_link, embedded_phone and status are frozen (`hipaa` freezes at the first number link attempt). `status` only accepts CANCELED, and `auto_renewal` false stops the renewal. Send at most one of `message_flow` (which erases stored details) or `message_flow_details`.
 *
 * @param brandId - TCR brand ID of the brand.
 * @param campaignId - Vonage campaign ID of the campaign.
 * @param body - Campaign fields to change; all optional. `message_flow` and `message_flow_details` are mutually exclusive (enforced by the `not`), and `opt_in_message` is needed whenever `opt_in_keywords` is set.
 * @see [Update a campaign in the guide](./docs/10dlc.md#brands-campaigns-update)
 * @example
 * ```ts
 * const vonage = createVonageConfig();
 * const campaign = await brandsCampaignsUpdate(vonage, "BLQKOPK", "VC987XYZ", {
 *   label: "This is a sample campaign",
 *   description: "User notifications about appointments, orders, payments and deliveries.",
 *   reseller_id: "R123456",
 *   reseller: true,
 *   sample_one: "Hi\nThis is a reminder that you have a scheduled appointment with Dr. Doe tomorrow at 4:00PM.\n",
 *   sample_two: "Hello,\nYour order, number XXXXXXX, has been shipped.\n",
 *   sample_three: "Here is you unique PIN number to access the application: 123456\n",
 *   sample_four: "Hello Mr Doe,\nYour payment of 9.99$ was authorized. You can find your invoice in your customer account.\n",
 *   sample_five: "Your delivery is scheduled for tomorrow between 8am and 2pm.\nIf you wish to change the delivery date please reply by typing 1 (tomorrow), 2 (Thursday) or 3 (deliver to post office) below.\n",
 *   message_flow_details: {
 *     brand_name: "My brand",
 *     consent_mechanisms: [
 *       {
 *         method: "TEXT_TO_JOIN",
 *         details: "A text will be sent to the customer. He can reply yes to consent and opt in.",
 *       },
 *       {
 *         method: "ONLINE_FORM",
 *         details: "An online form allows the customer to subscribe.",
 *         attachment: "https://mybrand.com/optin",
 *       },
 *     ],
 *     pricing_disclosure: true,
 *     frequency: "RECURRING",
 *     privacy_policy: "https://mybrand.com/privacy_policy",
 *     terms_and_conditions: "https://mybrand.com/terms_and_conditions",
 *   },
 *   help_message: "<Brand Name>: For help, email support@example.com. To opt-out, reply STOP\n",
 *   opt_in_message: "<Brand Name>: You are now opted-in. For help, reply HELP. To opt-out, reply STOP\n",
 *   opt_out_message: "<Brand Name>: You are now opted-out and will receive no further messages.\n",
 *   help_keywords: "HELP,INFO",
 *   opt_in_keywords: "START,SUBSCRIBE",
 *   opt_out_keywords: "STOP,QUIT",
 *   auto_renewal: true,
 *   vertical: "TECHNOLOGY",
 *   usecase: "ACCOUNT_NOTIFICATION",
 *   sub_usecases: ["ACCOUNT_NOTIFICATION"],
 *   age_gated: true,
 *   direct_lending: true,
 *   embedded_link: false,
 *   embedded_phone: false,
 *   hipaa: true,
 * });
 * console.log(campaign.primary_account_id);
 * ```
 */
export function brandsCampaignsUpdate(
  client: ClientConfig,
  brandId: BrandsCampaignsUpdatePathParams["brand_id"],
  campaignId: BrandsCampaignsUpdatePathParams["campaign_id"],
  body: BrandsCampaignsUpdateParams,
  options?: RequestOptions,
): APIPromise<BrandsCampaignsUpdateResponse> {
  return request<BrandsCampaignsUpdateResponse>(
    client,
    { method: "PATCH", path: "/brands/{brand_id}/campaigns/{campaign_id}", response: "json" },
    { path: { brand_id: brandId, campaign_id: campaignId }, body },
    options,
  );
}

/**
 * Cancel campaign auto-renewal `DELETE /brands/{brand_id}/campaigns/{campaign_id}`
 *
 * Cancels the renewal of the campaign, irreversibly; the campaign itself is removed after its expiry date. Deprecated by Vonage: PATCH the campaign with `auto_renewal` false instead.
 *
 * @param brandId - TCR brand ID of the brand.
 * @param campaignId - Vonage campaign ID of the campaign.
 * @deprecated Deprecated by Vonage: PATCH the campaign with `auto_renewal` false instead.
 * @see [Cancel campaign auto-renewal in the guide](./docs/10dlc.md#brands-campaigns-delete)
 * @example
 * ```ts
 * const vonage = createVonageConfig();
 * await brandsCampaignsDelete(vonage, "BLQKOPK", "VC987XYZ");
 * ```
 */
export function brandsCampaignsDelete(
  client: ClientConfig,
  brandId: BrandsCampaignsDeletePathParams["brand_id"],
  campaignId: BrandsCampaignsDeletePathParams["campaign_id"],
  options?: RequestOptions,
): APIPromise<BrandsCampaignsDeleteResponse> {
  return request<BrandsCampaignsDeleteResponse>(
    client,
    { method: "DELETE", path: "/brands/{brand_id}/campaigns/{campaign_id}", response: "none" },
    { path: { brand_id: brandId, campaign_id: campaignId } },
    options,
  );
}

/**
 * Resubmit a campaign to carriers `PUT /brands/{brand_id}/campaigns/{campaign_id}/resubmit`
 *
 * Sends an active campaign again to the review of the listed carriers, identified by network ID. Returns the per-carrier metadata after the resubmission.
 *
 * @param brandId - TCR brand ID of the brand.
 * @param campaignId - Vonage campaign ID of the campaign.
 * @param body - Carriers to resubmit the campaign to.
 * @see [Resubmit a campaign to carriers in the guide](./docs/10dlc.md#brands-campaigns-resubmit)
 * @example
 * ```ts
 * const vonage = createVonageConfig();
 * const result = await brandsCampaignsResubmit(vonage, "BLQKOPK", "VC987XYZ", {
 *   mno_ids: ["10017"],
 * });
 * console.log(result.campaign_id);
 * ```
 */
export function brandsCampaignsResubmit(
  client: ClientConfig,
  brandId: BrandsCampaignsResubmitPathParams["brand_id"],
  campaignId: BrandsCampaignsResubmitPathParams["campaign_id"],
  body: BrandsCampaignsResubmitParams,
  options?: RequestOptions,
): APIPromise<BrandsCampaignsResubmitResponse> {
  return request<BrandsCampaignsResubmitResponse>(
    client,
    { method: "PUT", path: "/brands/{brand_id}/campaigns/{campaign_id}/resubmit", response: "json" },
    { path: { brand_id: brandId, campaign_id: campaignId }, body },
    options,
  );
}

/**
 * Get campaign terms and conditions `GET /campaigns/terms_and_conditions`
 *
 * Returns the terms that apply when registering a campaign. Accepting them is what `tc_agreed` on campaign creation stands for.
 *
 * @see [Get campaign terms and conditions in the guide](./docs/10dlc.md#campaigns-termsandconditions-retrieve)
 * @example
 * ```ts
 * const vonage = createVonageConfig();
 * const termsAndCondition = await campaignsTermsAndConditionsRetrieve(vonage);
 * console.log(termsAndCondition.sub_terms);
 * ```
 */
export function campaignsTermsAndConditionsRetrieve(
  client: ClientConfig,
  options?: RequestOptions,
): APIPromise<CampaignsTermsAndConditionsRetrieveResponse> {
  return request<CampaignsTermsAndConditionsRetrieveResponse>(
    client,
    { method: "GET", path: "/campaigns/terms_and_conditions", response: "json" },
    {},
    options,
  );
}

/**
 * Import a partner campaign `POST /partnercampaigns/import`
 *
 * Shares a campaign registered at TCR by a partner with Vonage, identified by its TCR campaign ID. The account needs a special capability; set `cnp_migration` when a CNP migration has been started.
 *
 * @param body - Partner campaign to import.
 * @see [Import a partner campaign in the guide](./docs/10dlc.md#partnercampaigns-import)
 * @example
 * ```ts
 * const vonage = createVonageConfig();
 * const result = await partnerCampaignsImport(vonage, {
 *   account_id: "abcd1234",
 *   campaign_id: "C123ABC",
 *   label: "This is a sample campaign",
 *   cnp_migration: true,
 * });
 * console.log(result.brand_id);
 * ```
 */
export function partnerCampaignsImport(
  client: ClientConfig,
  body: PartnerCampaignsImportParams,
  options?: RequestOptions,
): APIPromise<PartnerCampaignsImportResponse> {
  return request<PartnerCampaignsImportResponse>(
    client,
    { method: "POST", path: "/partnercampaigns/import", response: "json" },
    { body },
    options,
  );
}

/**
 * Get partner campaign sharing `GET /partnercampaigns/{campaign_id}`
 *
 * Returns the sharing state of an imported partner campaign and the connectivity partners on each side. Poll it after an import until the status leaves PENDING.
 *
 * @param campaignId - Vonage campaign ID of the campaign.
 * @see [Get partner campaign sharing in the guide](./docs/10dlc.md#partnercampaigns-retrieve)
 * @example
 * ```ts
 * const vonage = createVonageConfig();
 * const partnerCampaign = await partnerCampaignsRetrieve(vonage, "VC987XYZ");
 * console.log(partnerCampaign.campaign_id);
 * ```
 */
export function partnerCampaignsRetrieve(
  client: ClientConfig,
  campaignId: PartnerCampaignsRetrievePathParams["campaign_id"],
  options?: RequestOptions,
): APIPromise<PartnerCampaignsRetrieveResponse> {
  return request<PartnerCampaignsRetrieveResponse>(
    client,
    { method: "GET", path: "/partnercampaigns/{campaign_id}", response: "json" },
    { path: { campaign_id: campaignId } },
    options,
  );
}

/**
 * List campaign throughputs `GET /throughputs`. Await for the first page; `for await` iterates every item of every page.
 *
 * Lists the messaging throughput limits that carriers apply, per minute or per day, to a campaign, its brand or its numbers. Filter by `campaign_id` and page with the `page_token` values of the previous answer.
 *
 * @param query - The query parameters `campaign_id`, `page_size`, `page_token`; each is described on its field.
 * @see [List campaign throughputs in the guide](./docs/10dlc.md#throughputs-list)
 * @example
 * ```ts
 * const vonage = createVonageConfig();
 * const throughputs = await throughputsList(vonage, {
 *   campaign_id: "VC987XYZ",
 *   page_size: 10,
 * });
 * console.log(throughputs.next_page);
 * ```
 */
export function throughputsList(
  client: ClientConfig,
  query?: ThroughputsListQuery,
  options?: RequestOptions,
): PagePromise<ThroughputsListResponse, ThroughputsListItem> {
  return list<ThroughputsListResponse, ThroughputsListItem>(
    client,
    {
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
    { query },
    options,
  );
}

/**
 * List numbers of a campaign `GET /brands/{brand_id}/campaigns/{campaign_id}/numbers`. Await for the first page; `for await` iterates every item of every page.
 *
 * Pages through the numbers attached to the campaign with their link status. Use it to check which numbers have reached LINKED and may carry traffic.
 *
 * @param brandId - TCR brand ID of the brand.
 * @param campaignId - Vonage campaign ID of the campaign.
 * @param query - The query parameters `filter`, `page`, `page_size`; each is described on its field.
 * @see [List numbers of a campaign in the guide](./docs/10dlc.md#brands-campaigns-numbers-list)
 * @example
 * ```ts
 * const vonage = createVonageConfig();
 * const numbers = await brandsCampaignsNumbersList(vonage, "BLQKOPK", "VC987XYZ", {
 *   page: 2,
 *   page_size: 10,
 * });
 * console.log(numbers.page_size);
 * ```
 */
export function brandsCampaignsNumbersList(
  client: ClientConfig,
  brandId: BrandsCampaignsNumbersListPathParams["brand_id"],
  campaignId: BrandsCampaignsNumbersListPathParams["campaign_id"],
  query?: BrandsCampaignsNumbersListQuery,
  options?: RequestOptions,
): PagePromise<BrandsCampaignsNumbersListResponse, BrandsCampaignsNumbersListItem> {
  return list<BrandsCampaignsNumbersListResponse, BrandsCampaignsNumbersListItem>(
    client,
    {
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
    { path: { brand_id: brandId, campaign_id: campaignId }, query },
    options,
  );
}

/**
 * Link a number to a campaign `POST /brands/{brand_id}/campaigns/{campaign_id}/numbers`
 *
 * Starts linking one of your numbers to the campaign; the link is asynchronous, so the answer is 202 with status LINKING and traffic flows only once it reads LINKED. A number already linked to another campaign is refused with the numbers-already-linked slug (bad input: invalid-number-data); Vonage's 10DLC reference also lists a `filter` query parameter here, an apparent copy from the list endpoint, which this spec leaves out.
 *
 * @param brandId - TCR brand ID of the brand.
 * @param campaignId - Vonage campaign ID of the campaign.
 * @param body - Number to attach to a campaign.
 * @see [Link a number to a campaign in the guide](./docs/10dlc.md#brands-campaigns-numbers-link)
 * @example
 * ```ts
 * const vonage = createVonageConfig();
 * const result = await brandsCampaignsNumbersLink(vonage, "BLQKOPK", "VC987XYZ", {
 *   country: "US",
 *   number: "14155550110",
 * });
 * console.log(result.number);
 * ```
 */
export function brandsCampaignsNumbersLink(
  client: ClientConfig,
  brandId: BrandsCampaignsNumbersLinkPathParams["brand_id"],
  campaignId: BrandsCampaignsNumbersLinkPathParams["campaign_id"],
  body: BrandsCampaignsNumbersLinkParams,
  options?: RequestOptions,
): APIPromise<BrandsCampaignsNumbersLinkResponse> {
  return request<BrandsCampaignsNumbersLinkResponse>(
    client,
    { method: "POST", path: "/brands/{brand_id}/campaigns/{campaign_id}/numbers", response: "json" },
    { path: { brand_id: brandId, campaign_id: campaignId }, body },
    options,
  );
}

/**
 * Get a campaign number `GET /brands/{brand_id}/campaigns/{campaign_id}/numbers/{number}`
 *
 * Returns one number of the campaign with its link status and compliance flags. Poll it after linking until the status is LINKED or REJECTED.
 *
 * @param brandId - TCR brand ID of the brand.
 * @param campaignId - Vonage campaign ID of the campaign.
 * @param number - Phone number in the campaign, E.164 digits without `+`.
 * @see [Get a campaign number in the guide](./docs/10dlc.md#brands-campaigns-numbers-retrieve)
 * @example
 * ```ts
 * const vonage = createVonageConfig();
 * const number = await brandsCampaignsNumbersRetrieve(vonage, "BLQKOPK", "VC987XYZ", "14155550110");
 * console.log(number.number);
 * ```
 */
export function brandsCampaignsNumbersRetrieve(
  client: ClientConfig,
  brandId: BrandsCampaignsNumbersRetrievePathParams["brand_id"],
  campaignId: BrandsCampaignsNumbersRetrievePathParams["campaign_id"],
  number: BrandsCampaignsNumbersRetrievePathParams["number"],
  options?: RequestOptions,
): APIPromise<BrandsCampaignsNumbersRetrieveResponse> {
  return request<BrandsCampaignsNumbersRetrieveResponse>(
    client,
    { method: "GET", path: "/brands/{brand_id}/campaigns/{campaign_id}/numbers/{number}", response: "json" },
    { path: { brand_id: brandId, campaign_id: campaignId, number } },
    options,
  );
}

/**
 * Unlink a number from a campaign `DELETE /brands/{brand_id}/campaigns/{campaign_id}/numbers/{number}`
 *
 * Detaches the number from the campaign so it stops carrying the campaign's traffic. The number passes through UNLINKING before it reads UNLINKED.
 *
 * @param brandId - TCR brand ID of the brand.
 * @param campaignId - Vonage campaign ID of the campaign.
 * @param number - Phone number in the campaign, E.164 digits without `+`.
 * @see [Unlink a number from a campaign in the guide](./docs/10dlc.md#brands-campaigns-numbers-unlink)
 * @example
 * ```ts
 * const vonage = createVonageConfig();
 * await brandsCampaignsNumbersUnlink(vonage, "BLQKOPK", "VC987XYZ", "14155550110");
 * ```
 */
export function brandsCampaignsNumbersUnlink(
  client: ClientConfig,
  brandId: BrandsCampaignsNumbersUnlinkPathParams["brand_id"],
  campaignId: BrandsCampaignsNumbersUnlinkPathParams["campaign_id"],
  number: BrandsCampaignsNumbersUnlinkPathParams["number"],
  options?: RequestOptions,
): APIPromise<BrandsCampaignsNumbersUnlinkResponse> {
  return request<BrandsCampaignsNumbersUnlinkResponse>(
    client,
    {
      method: "DELETE",
      path: "/brands/{brand_id}/campaigns/{campaign_id}/numbers/{number}",
      response: "none",
    },
    { path: { brand_id: brandId, campaign_id: campaignId, number } },
    options,
  );
}

/**
 * List resellers `GET /resellers`. Await for the first page; `for await` iterates every item of every page.
 *
 * Lists the resellers registered for the account with their approval status. Vonage's 10DLC reference documents `page` and `page_size` as query parameters but answers with page tokens, so `page_token` is accepted as well and is what the paginator sends.
 *
 * @param query - The query parameters `page`, `page_size`, `page_token`; each is described on its field.
 * @see [List resellers in the guide](./docs/10dlc.md#resellers-list)
 * @example
 * ```ts
 * const vonage = createVonageConfig();
 * const resellers = await resellersList(vonage, {
 *   page: 2,
 *   page_size: 10,
 * });
 * console.log(resellers.next_page);
 * ```
 */
export function resellersList(
  client: ClientConfig,
  query?: ResellersListQuery,
  options?: RequestOptions,
): PagePromise<ResellersListResponse, ResellersListItem> {
  return list<ResellersListResponse, ResellersListItem>(
    client,
    {
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
    { query },
    options,
  );
}

/**
 * Create a reseller `POST /resellers`
 *
 * Registers a reseller for the account; it starts PENDING and is later APPROVED (receiving a TCR reseller ID) or REJECTED with a reason. A PENDING or APPROVED reseller is what allows reseller brands and campaigns.
 *
 * @param body - Reseller to register.
 * @see [Create a reseller in the guide](./docs/10dlc.md#resellers-create)
 * @example
 * ```ts
 * const vonage = createVonageConfig();
 * const reseller = await resellersCreate(vonage, {
 *   company_name: "Microsoft",
 *   phone: "14255550100",
 *   email: "john.doe@microsoft.com",
 * });
 * console.log(reseller.id);
 * ```
 */
export function resellersCreate(
  client: ClientConfig,
  body: ResellersCreateParams,
  options?: RequestOptions,
): APIPromise<ResellersCreateResponse> {
  return request<ResellersCreateResponse>(
    client,
    { method: "POST", path: "/resellers", response: "json" },
    { body },
    options,
  );
}

/**
 * Get a reseller `GET /resellers/{reseller_id}`
 *
 * Returns one reseller of the account with its approval status. Poll it after creation to learn whether it was approved and which TCR reseller ID it received.
 *
 * @param resellerId - Vonage ID of the reseller (not the TCR reseller ID).
 * @see [Get a reseller in the guide](./docs/10dlc.md#resellers-retrieve)
 * @example
 * ```ts
 * const vonage = createVonageConfig();
 * const reseller = await resellersRetrieve(vonage, "5782db87-a867-4ccd-a0b5-1b7203cc438c");
 * console.log(reseller.id);
 * ```
 */
export function resellersRetrieve(
  client: ClientConfig,
  resellerId: ResellersRetrievePathParams["reseller_id"],
  options?: RequestOptions,
): APIPromise<ResellersRetrieveResponse> {
  return request<ResellersRetrieveResponse>(
    client,
    { method: "GET", path: "/resellers/{reseller_id}", response: "json" },
    { path: { reseller_id: resellerId } },
    options,
  );
}
