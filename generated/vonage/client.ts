// Generated from specs/vonage/openapi.yaml by `npm run generate`. Do not edit: change the spec or
// templates/client.ts.hbs and regenerate.
import type { Client } from "openapi-fetch";
import { Transport, basic, bearer, env, type OperationSpec, type RequestOptions } from "../runtime/index.js";
import type { operations, paths } from "./types.js";

/** The server of the spec; override with the `baseUrl` option (e.g. to use a mock server). */
export const DEFAULT_BASE_URL = "https://api-eu.vonage.com/v1/10dlc";

/** Result of GET /enum. */
export type EnumsRetrieveResponse = operations["getEnums"]["responses"][200]["content"]["application/json"];

/** Query parameters of GET /brands. */
export type BrandsListQuery = NonNullable<operations["listBrands"]["parameters"]["query"]>;

/** Result of GET /brands. */
export type BrandsListResponse = operations["listBrands"]["responses"][200]["content"]["application/json"];

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

/** Path parameters of POST /brands/{brand_id}/campaigns. */
export type BrandsCampaignsCreatePathParams = operations["createCampaign"]["parameters"]["path"];

/** Request body of POST /brands/{brand_id}/campaigns. */
export type BrandsCampaignsCreateParams = NonNullable<
  operations["createCampaign"]["requestBody"]
>["content"]["application/json"];

/** Result of POST /brands/{brand_id}/campaigns. */
export type BrandsCampaignsCreateResponse =
  operations["createCampaign"]["responses"][200]["content"]["application/json"];

/** Path parameters of GET /brands/{brand_id}/campaigns/{campaign_id}. */
export type BrandsCampaignsRetrievePathParams = operations["getCampaign"]["parameters"]["path"];

/** Result of GET /brands/{brand_id}/campaigns/{campaign_id}. */
export type BrandsCampaignsRetrieveResponse =
  operations["getCampaign"]["responses"][200]["content"]["application/json"];

/** Path parameters of POST /brands/{brand_id}/campaigns/{campaign_id}/numbers. */
export type BrandsCampaignsNumbersLinkPathParams = operations["linkCampaignNumber"]["parameters"]["path"];

/** Request body of POST /brands/{brand_id}/campaigns/{campaign_id}/numbers. */
export type BrandsCampaignsNumbersLinkParams = NonNullable<
  operations["linkCampaignNumber"]["requestBody"]
>["content"]["application/json"];

/** Result of POST /brands/{brand_id}/campaigns/{campaign_id}/numbers. */
export type BrandsCampaignsNumbersLinkResponse =
  operations["linkCampaignNumber"]["responses"][202]["content"]["application/json"];

/** Method, path and response handling of each operation, keyed by operationId. */
const OPERATIONS = {
  getEnums: { method: "GET", path: "/enum", response: "json" },
  listBrands: { method: "GET", path: "/brands", response: "json" },
  createBrand: { method: "POST", path: "/brands", response: "json" },
  getBrand: { method: "GET", path: "/brands/{brand_id}", response: "json" },
  createCampaign: { method: "POST", path: "/brands/{brand_id}/campaigns", response: "json" },
  getCampaign: { method: "GET", path: "/brands/{brand_id}/campaigns/{campaign_id}", response: "json" },
  linkCampaignNumber: {
    method: "POST",
    path: "/brands/{brand_id}/campaigns/{campaign_id}/numbers",
    response: "json",
  },
} as const satisfies Record<string, OperationSpec>;

export interface VonageClientOptions {
  /** Vonage API key. Defaults to the VONAGE_API_KEY environment variable. */
  apiKey?: string;
  /** Vonage API secret. Defaults to the VONAGE_API_SECRET environment variable. */
  apiSecret?: string;
  /** A Vonage application JWT; used instead of key and secret when given. */
  jwt?: string;
  /** Base URL of the API, e.g. a mock server's. Defaults to "https://api-eu.vonage.com/v1/10dlc". */
  baseUrl?: string;
  /** Headers added to every request. */
  headers?: Record<string, string>;
  /** Custom fetch implementation. */
  fetch?: (input: Request) => Promise<Response>;
}

/**
 * The Authorization header for the given options. Without credentials no header is sent, so
 * the API answers 401 and the call throws an AuthenticationError.
 */
function authorization(options: VonageClientOptions): string | undefined {
  if (options.jwt) return bearer(options.jwt);
  const user = options.apiKey ?? env("VONAGE_API_KEY");
  const password = options.apiSecret ?? env("VONAGE_API_SECRET");
  return user && password ? basic(user, password) : undefined;
}

/** Creates a typed client for the Vonage 10DLC API (curated). */
export function createVonageClient(options: VonageClientOptions = {}) {
  const auth = authorization(options);
  const transport = new Transport({
    baseUrl: options.baseUrl ?? DEFAULT_BASE_URL,
    headers: { ...(auth ? { Authorization: auth } : {}), ...options.headers },
    ...(options.fetch ? { fetch: options.fetch } : {}),
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
    brands: {
      /** List brands `GET /brands` */
      list: (query?: BrandsListQuery, options?: RequestOptions) =>
        transport.request<BrandsListResponse>(OPERATIONS["listBrands"], { query }, options),
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
      campaigns: {
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
        numbers: {
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
        },
      },
    },
  };
}

export type VonageClient = ReturnType<typeof createVonageClient>;
