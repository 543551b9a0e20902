// Generated from specs/telnyx/openapi.yaml by `npm run generate`. Do not edit: change the spec or
// templates/client.ts.hbs and regenerate.
import type { Client } from "openapi-fetch";
import { Transport, bearer, env, type OperationSpec, type RequestOptions } from "../runtime/index.js";
import type { operations, paths } from "./types.js";

/** The server of the spec; override with the `baseUrl` option (e.g. to use a mock server). */
export const DEFAULT_BASE_URL = "https://api.telnyx.com/v2";

/** Query parameters of GET /10dlc/brand. */
export type Messaging10dlcBrandListQuery = NonNullable<operations["GetBrands"]["parameters"]["query"]>;

/** Result of GET /10dlc/brand. */
export type Messaging10dlcBrandListResponse =
  operations["GetBrands"]["responses"][200]["content"]["application/json"];

/** Request body of POST /10dlc/brand. */
export type Messaging10dlcBrandCreateParams = NonNullable<
  operations["CreateBrandPost"]["requestBody"]
>["content"]["application/json"];

/** Result of POST /10dlc/brand. */
export type Messaging10dlcBrandCreateResponse =
  operations["CreateBrandPost"]["responses"][200]["content"]["application/json"];

/** Path parameters of GET /10dlc/brand/{brandId}. */
export type Messaging10dlcBrandRetrievePathParams = operations["GetBrand"]["parameters"]["path"];

/** Result of GET /10dlc/brand/{brandId}. */
export type Messaging10dlcBrandRetrieveResponse =
  operations["GetBrand"]["responses"][200]["content"]["application/json"];

/** Request body of POST /10dlc/campaignBuilder. */
export type Messaging10dlcCampaignBuilderSubmitParams = NonNullable<
  operations["PostCampaign"]["requestBody"]
>["content"]["application/json"];

/** Result of POST /10dlc/campaignBuilder. */
export type Messaging10dlcCampaignBuilderSubmitResponse =
  operations["PostCampaign"]["responses"][200]["content"]["application/json"];

/** Path parameters of GET /10dlc/campaignBuilder/brand/{brandId}/usecase/{usecase}. */
export type Messaging10dlcCampaignBuilderBrandQualifyByUsecasePathParams =
  operations["GetUsecaseQualification"]["parameters"]["path"];

/** Result of GET /10dlc/campaignBuilder/brand/{brandId}/usecase/{usecase}. */
export type Messaging10dlcCampaignBuilderBrandQualifyByUsecaseResponse =
  operations["GetUsecaseQualification"]["responses"][200]["content"]["application/json"];

/** Path parameters of GET /10dlc/campaign/{campaignId}. */
export type Messaging10dlcCampaignRetrievePathParams = operations["GetCampaign"]["parameters"]["path"];

/** Result of GET /10dlc/campaign/{campaignId}. */
export type Messaging10dlcCampaignRetrieveResponse =
  operations["GetCampaign"]["responses"][200]["content"]["application/json"];

/** Request body of POST /10dlc/phone_number_campaigns. */
export type Messaging10dlcPhoneNumberCampaignsCreateParams = NonNullable<
  operations["CreatePhoneNumberCampaign"]["requestBody"]
>["content"]["application/json"];

/** Result of POST /10dlc/phone_number_campaigns. */
export type Messaging10dlcPhoneNumberCampaignsCreateResponse =
  operations["CreatePhoneNumberCampaign"]["responses"][200]["content"]["application/json"];

/** Request body of POST /10dlc/phoneNumberAssignmentByProfile. */
export type Messaging10dlcPhoneNumberAssignmentByProfileAssignParams = NonNullable<
  operations["PostAssignMessagingProfileToCampaign"]["requestBody"]
>["content"]["application/json"];

/** Result of POST /10dlc/phoneNumberAssignmentByProfile. */
export type Messaging10dlcPhoneNumberAssignmentByProfileAssignResponse =
  operations["PostAssignMessagingProfileToCampaign"]["responses"][202]["content"]["application/json"];

/** Method, path and response handling of each operation, keyed by operationId. */
const OPERATIONS = {
  GetBrands: { method: "GET", path: "/10dlc/brand", response: "json" },
  CreateBrandPost: { method: "POST", path: "/10dlc/brand", response: "json" },
  GetBrand: { method: "GET", path: "/10dlc/brand/{brandId}", response: "json" },
  PostCampaign: { method: "POST", path: "/10dlc/campaignBuilder", response: "json" },
  GetUsecaseQualification: {
    method: "GET",
    path: "/10dlc/campaignBuilder/brand/{brandId}/usecase/{usecase}",
    response: "json",
  },
  GetCampaign: { method: "GET", path: "/10dlc/campaign/{campaignId}", response: "json" },
  CreatePhoneNumberCampaign: { method: "POST", path: "/10dlc/phone_number_campaigns", response: "json" },
  PostAssignMessagingProfileToCampaign: {
    method: "POST",
    path: "/10dlc/phoneNumberAssignmentByProfile",
    response: "json",
  },
} as const satisfies Record<string, OperationSpec>;

export interface TelnyxClientOptions {
  /** Telnyx API key (Mission Control portal). Defaults to the TELNYX_API_KEY environment variable. */
  apiKey?: string;
  /** Base URL of the API, e.g. a mock server's. Defaults to "https://api.telnyx.com/v2". */
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
function authorization(options: TelnyxClientOptions): string | undefined {
  const token = options.apiKey ?? env("TELNYX_API_KEY");
  return token ? bearer(token) : undefined;
}

/** Creates a typed client for the Telnyx provisioning API (curated). */
export function createTelnyxClient(options: TelnyxClientOptions = {}) {
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
    messaging10dlc: {
      brand: {
        /** List brands `GET /10dlc/brand` */
        list: (query?: Messaging10dlcBrandListQuery, options?: RequestOptions) =>
          transport.request<Messaging10dlcBrandListResponse>(OPERATIONS["GetBrands"], { query }, options),
        /** Create a brand `POST /10dlc/brand` */
        create: (body: Messaging10dlcBrandCreateParams, options?: RequestOptions) =>
          transport.request<Messaging10dlcBrandCreateResponse>(
            OPERATIONS["CreateBrandPost"],
            { body },
            options,
          ),
        /** Get a brand `GET /10dlc/brand/{brandId}` */
        retrieve: (brandId: Messaging10dlcBrandRetrievePathParams["brandId"], options?: RequestOptions) =>
          transport.request<Messaging10dlcBrandRetrieveResponse>(
            OPERATIONS["GetBrand"],
            { path: { brandId } },
            options,
          ),
      },
      campaignBuilder: {
        /** Submit a campaign `POST /10dlc/campaignBuilder` */
        submit: (body: Messaging10dlcCampaignBuilderSubmitParams, options?: RequestOptions) =>
          transport.request<Messaging10dlcCampaignBuilderSubmitResponse>(
            OPERATIONS["PostCampaign"],
            { body },
            options,
          ),
        brand: {
          /** Qualify a brand for a use case `GET /10dlc/campaignBuilder/brand/{brandId}/usecase/{usecase}` */
          qualifyByUsecase: (
            brandId: Messaging10dlcCampaignBuilderBrandQualifyByUsecasePathParams["brandId"],
            usecase: Messaging10dlcCampaignBuilderBrandQualifyByUsecasePathParams["usecase"],
            options?: RequestOptions,
          ) =>
            transport.request<Messaging10dlcCampaignBuilderBrandQualifyByUsecaseResponse>(
              OPERATIONS["GetUsecaseQualification"],
              { path: { brandId, usecase } },
              options,
            ),
        },
      },
      campaign: {
        /** Get a campaign `GET /10dlc/campaign/{campaignId}` */
        retrieve: (
          campaignId: Messaging10dlcCampaignRetrievePathParams["campaignId"],
          options?: RequestOptions,
        ) =>
          transport.request<Messaging10dlcCampaignRetrieveResponse>(
            OPERATIONS["GetCampaign"],
            { path: { campaignId } },
            options,
          ),
      },
      phoneNumberCampaigns: {
        /** Link a phone number to a campaign `POST /10dlc/phone_number_campaigns` */
        create: (body: Messaging10dlcPhoneNumberCampaignsCreateParams, options?: RequestOptions) =>
          transport.request<Messaging10dlcPhoneNumberCampaignsCreateResponse>(
            OPERATIONS["CreatePhoneNumberCampaign"],
            { body },
            options,
          ),
      },
      phoneNumberAssignmentByProfile: {
        /** Assign a messaging profile to a campaign `POST /10dlc/phoneNumberAssignmentByProfile` */
        assign: (body: Messaging10dlcPhoneNumberAssignmentByProfileAssignParams, options?: RequestOptions) =>
          transport.request<Messaging10dlcPhoneNumberAssignmentByProfileAssignResponse>(
            OPERATIONS["PostAssignMessagingProfileToCampaign"],
            { body },
            options,
          ),
      },
    },
  };
}

export type TelnyxClient = ReturnType<typeof createTelnyxClient>;
