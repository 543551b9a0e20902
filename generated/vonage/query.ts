// Generated from specs/vonage/openapi.yaml by `npm run generate`. Do not edit: change the spec or
// templates/query.ts.hbs and regenerate.
//
// TanStack Query (v5) options for every Vonage operation, on top of ./functions.js:
// `useQuery(xQueryOptions(config, …))`, `useInfiniteQuery(xInfiniteQueryOptions(config, …))`,
// `useMutation(xMutationOptions(config, { queryClient }))`. They are plain objects: the same options
// work with the React, Vue, Svelte and Solid adapters, and this module imports nothing from
// TanStack Query. Keys are `["vonage", ...x-sdk-name segments, { arguments }]`; a mutation
// invalidates every key of its top-level namespace (override with `settings.invalidates`).
import {
  accountRetrieve,
  accountUpdate,
  brandsCampaignsCreate,
  brandsCampaignsDelete,
  brandsCampaignsList,
  brandsCampaignsNumbersLink,
  brandsCampaignsNumbersList,
  brandsCampaignsNumbersRetrieve,
  brandsCampaignsNumbersUnlink,
  brandsCampaignsResubmit,
  brandsCampaignsRetrieve,
  brandsCampaignsUpdate,
  brandsCreate,
  brandsDelete,
  brandsFeedbackRetrieve,
  brandsList,
  brandsRetrieve,
  brandsRevet,
  brandsUpdate,
  brandsUsecasesQualify,
  brandsVerificationRetrieve,
  brandsVerificationStart,
  brandsVerificationVerify,
  brandsVettingAppeal,
  brandsVettingCreate,
  brandsVettingEvidenceDelete,
  brandsVettingEvidenceDownload,
  brandsVettingEvidenceList,
  brandsVettingEvidenceUpload,
  brandsVettingImport,
  brandsVettingList,
  campaignsMessageFlowPreview,
  campaignsTermsAndConditionsRetrieve,
  enumsRetrieve,
  partnerCampaignsImport,
  partnerCampaignsRetrieve,
  resellersCreate,
  resellersList,
  resellersRetrieve,
  throughputsList,
} from "./functions.js";
import type {
  AccountUpdateParams,
  BrandsCampaignsCreateParams,
  BrandsCampaignsCreatePathParams,
  BrandsCampaignsDeletePathParams,
  BrandsCampaignsListPathParams,
  BrandsCampaignsListQuery,
  BrandsCampaignsListResponse,
  BrandsCampaignsNumbersLinkParams,
  BrandsCampaignsNumbersLinkPathParams,
  BrandsCampaignsNumbersListPathParams,
  BrandsCampaignsNumbersListQuery,
  BrandsCampaignsNumbersListResponse,
  BrandsCampaignsNumbersRetrievePathParams,
  BrandsCampaignsNumbersUnlinkPathParams,
  BrandsCampaignsResubmitParams,
  BrandsCampaignsResubmitPathParams,
  BrandsCampaignsRetrievePathParams,
  BrandsCampaignsUpdateParams,
  BrandsCampaignsUpdatePathParams,
  BrandsCreateParams,
  BrandsDeletePathParams,
  BrandsFeedbackRetrievePathParams,
  BrandsListQuery,
  BrandsListResponse,
  BrandsRetrievePathParams,
  BrandsRevetPathParams,
  BrandsUpdateParams,
  BrandsUpdatePathParams,
  BrandsUsecasesQualifyPathParams,
  BrandsVerificationRetrievePathParams,
  BrandsVerificationStartParams,
  BrandsVerificationStartPathParams,
  BrandsVerificationVerifyParams,
  BrandsVerificationVerifyPathParams,
  BrandsVettingAppealParams,
  BrandsVettingAppealPathParams,
  BrandsVettingCreateParams,
  BrandsVettingCreatePathParams,
  BrandsVettingEvidenceDeletePathParams,
  BrandsVettingEvidenceDownloadPathParams,
  BrandsVettingEvidenceListPathParams,
  BrandsVettingEvidenceListQuery,
  BrandsVettingEvidenceListResponse,
  BrandsVettingEvidenceUploadParams,
  BrandsVettingEvidenceUploadPathParams,
  BrandsVettingImportParams,
  BrandsVettingImportPathParams,
  BrandsVettingListPathParams,
  CampaignsMessageFlowPreviewParams,
  PartnerCampaignsImportParams,
  PartnerCampaignsRetrievePathParams,
  ResellersCreateParams,
  ResellersListQuery,
  ResellersListResponse,
  ResellersRetrievePathParams,
  ThroughputsListQuery,
  ThroughputsListResponse,
} from "./functions.js";
import type { ClientConfig, RequestOptions } from "../runtime/transport.js";
import { nextPageParam, withSignal, invalidate, type MutationSettings } from "../runtime/tanstack.js";

/** Query options for `GET /enum` (calls `enumsRetrieve`). */
export function enumsRetrieveQueryOptions(config: ClientConfig, options?: RequestOptions) {
  return {
    queryKey: ["vonage", "enums", "retrieve", {}] as const,
    // async: the call's APIPromise becomes the plain Promise TanStack Query's types expect.
    queryFn: async ({ signal }: { signal?: AbortSignal }) =>
      await enumsRetrieve(config, withSignal(options, signal)),
  };
}

/** Query options for `GET /account` (calls `accountRetrieve`). */
export function accountRetrieveQueryOptions(config: ClientConfig, options?: RequestOptions) {
  return {
    queryKey: ["vonage", "account", "retrieve", {}] as const,
    // async: the call's APIPromise becomes the plain Promise TanStack Query's types expect.
    queryFn: async ({ signal }: { signal?: AbortSignal }) =>
      await accountRetrieve(config, withSignal(options, signal)),
  };
}

/** Mutation options for `PATCH /account` (calls `accountUpdate`); on success, invalidates its namespace's queries. */
export function accountUpdateMutationOptions(
  config: ClientConfig,
  settings?: MutationSettings & { request?: RequestOptions },
) {
  return {
    mutationKey: ["vonage", "account", "update"] as const,
    mutationFn: async ({ body }: { body: AccountUpdateParams }) =>
      await accountUpdate(config, body, settings?.request),
    onSuccess: () => invalidate(settings, [["vonage", "account"]]),
  };
}

/** Query options for `GET /brands` (calls `brandsList`). */
export function brandsListQueryOptions(
  config: ClientConfig,
  query?: BrandsListQuery,
  options?: RequestOptions,
) {
  return {
    queryKey: ["vonage", "brands", "list", { query }] as const,
    // async: the call's APIPromise becomes the plain Promise TanStack Query's types expect.
    queryFn: async ({ signal }: { signal?: AbortSignal }) =>
      await brandsList(config, query, withSignal(options, signal)),
  };
}

/** Infinite query options for `GET /brands`: each page param is the query of that page (calls `brandsList`). */
export function brandsListInfiniteQueryOptions(
  config: ClientConfig,
  query?: BrandsListQuery,
  options?: RequestOptions,
) {
  return {
    queryKey: ["vonage", "brands", "list", { query }, "infinite"] as const,
    queryFn: async (
      { pageParam, signal }: { pageParam: BrandsListQuery | undefined; signal?: AbortSignal },
    ) => await brandsList(config, pageParam, withSignal(options, signal)),
    initialPageParam: query as BrandsListQuery | undefined,
    getNextPageParam: nextPageParam<BrandsListResponse, BrandsListQuery>({
      style: "page",
      pageParam: "page",
      sizeParam: "page_size",
      items: "_embedded.brands",
      totalPages: "total_pages",
    }),
  };
}

/** Mutation options for `POST /brands` (calls `brandsCreate`); on success, invalidates its namespace's queries. */
export function brandsCreateMutationOptions(
  config: ClientConfig,
  settings?: MutationSettings & { request?: RequestOptions },
) {
  return {
    mutationKey: ["vonage", "brands", "create"] as const,
    mutationFn: async ({ body }: { body: BrandsCreateParams }) =>
      await brandsCreate(config, body, settings?.request),
    onSuccess: () => invalidate(settings, [["vonage", "brands"]]),
  };
}

/** Query options for `GET /brands/{brand_id}` (calls `brandsRetrieve`). */
export function brandsRetrieveQueryOptions(
  config: ClientConfig,
  brandId: BrandsRetrievePathParams["brand_id"],
  options?: RequestOptions,
) {
  return {
    queryKey: ["vonage", "brands", "retrieve", { brandId }] as const,
    // async: the call's APIPromise becomes the plain Promise TanStack Query's types expect.
    queryFn: async ({ signal }: { signal?: AbortSignal }) =>
      await brandsRetrieve(config, brandId, withSignal(options, signal)),
  };
}

/** Mutation options for `PATCH /brands/{brand_id}` (calls `brandsUpdate`); on success, invalidates its namespace's queries. */
export function brandsUpdateMutationOptions(
  config: ClientConfig,
  settings?: MutationSettings & { request?: RequestOptions },
) {
  return {
    mutationKey: ["vonage", "brands", "update"] as const,
    mutationFn: async (
      { brandId, body }: { brandId: BrandsUpdatePathParams["brand_id"]; body: BrandsUpdateParams },
    ) => await brandsUpdate(config, brandId, body, settings?.request),
    onSuccess: () => invalidate(settings, [["vonage", "brands"]]),
  };
}

/** Mutation options for `DELETE /brands/{brand_id}` (calls `brandsDelete`); on success, invalidates its namespace's queries. */
export function brandsDeleteMutationOptions(
  config: ClientConfig,
  settings?: MutationSettings & { request?: RequestOptions },
) {
  return {
    mutationKey: ["vonage", "brands", "delete"] as const,
    mutationFn: async ({ brandId }: { brandId: BrandsDeletePathParams["brand_id"] }) =>
      await brandsDelete(config, brandId, settings?.request),
    onSuccess: () => invalidate(settings, [["vonage", "brands"]]),
  };
}

/** Query options for `GET /brands/{brand_id}/feedback` (calls `brandsFeedbackRetrieve`). */
export function brandsFeedbackRetrieveQueryOptions(
  config: ClientConfig,
  brandId: BrandsFeedbackRetrievePathParams["brand_id"],
  options?: RequestOptions,
) {
  return {
    queryKey: ["vonage", "brands", "feedback", "retrieve", { brandId }] as const,
    // async: the call's APIPromise becomes the plain Promise TanStack Query's types expect.
    queryFn: async ({ signal }: { signal?: AbortSignal }) =>
      await brandsFeedbackRetrieve(config, brandId, withSignal(options, signal)),
  };
}

/** Query options for `GET /brands/{brand_id}/usecases/{usecase}` (calls `brandsUsecasesQualify`). */
export function brandsUsecasesQualifyQueryOptions(
  config: ClientConfig,
  brandId: BrandsUsecasesQualifyPathParams["brand_id"],
  usecase: BrandsUsecasesQualifyPathParams["usecase"],
  options?: RequestOptions,
) {
  return {
    queryKey: ["vonage", "brands", "usecases", "qualify", { brandId, usecase }] as const,
    // async: the call's APIPromise becomes the plain Promise TanStack Query's types expect.
    queryFn: async ({ signal }: { signal?: AbortSignal }) =>
      await brandsUsecasesQualify(config, brandId, usecase, withSignal(options, signal)),
  };
}

/** Mutation options for `POST /brands/{brand_id}/start_verification` (calls `brandsVerificationStart`); on success, invalidates its namespace's queries. */
export function brandsVerificationStartMutationOptions(
  config: ClientConfig,
  settings?: MutationSettings & { request?: RequestOptions },
) {
  return {
    mutationKey: ["vonage", "brands", "verification", "start"] as const,
    mutationFn: async (
      { brandId, body }: {
        brandId: BrandsVerificationStartPathParams["brand_id"];
        body?: BrandsVerificationStartParams;
      },
    ) => await brandsVerificationStart(config, brandId, body, settings?.request),
    onSuccess: () => invalidate(settings, [["vonage", "brands"]]),
  };
}

/** Mutation options for `POST /brands/{brand_id}/verify` (calls `brandsVerificationVerify`); on success, invalidates its namespace's queries. */
export function brandsVerificationVerifyMutationOptions(
  config: ClientConfig,
  settings?: MutationSettings & { request?: RequestOptions },
) {
  return {
    mutationKey: ["vonage", "brands", "verification", "verify"] as const,
    mutationFn: async (
      { brandId, body }: {
        brandId: BrandsVerificationVerifyPathParams["brand_id"];
        body: BrandsVerificationVerifyParams;
      },
    ) => await brandsVerificationVerify(config, brandId, body, settings?.request),
    onSuccess: () => invalidate(settings, [["vonage", "brands"]]),
  };
}

/** Query options for `GET /brands/{brand_id}/verification/{reference_id}` (calls `brandsVerificationRetrieve`). */
export function brandsVerificationRetrieveQueryOptions(
  config: ClientConfig,
  brandId: BrandsVerificationRetrievePathParams["brand_id"],
  referenceId: BrandsVerificationRetrievePathParams["reference_id"],
  options?: RequestOptions,
) {
  return {
    queryKey: ["vonage", "brands", "verification", "retrieve", { brandId, referenceId }] as const,
    // async: the call's APIPromise becomes the plain Promise TanStack Query's types expect.
    queryFn: async ({ signal }: { signal?: AbortSignal }) =>
      await brandsVerificationRetrieve(config, brandId, referenceId, withSignal(options, signal)),
  };
}

/** Query options for `GET /brands/{brand_id}/vetting/requests` (calls `brandsVettingList`). */
export function brandsVettingListQueryOptions(
  config: ClientConfig,
  brandId: BrandsVettingListPathParams["brand_id"],
  options?: RequestOptions,
) {
  return {
    queryKey: ["vonage", "brands", "vetting", "list", { brandId }] as const,
    // async: the call's APIPromise becomes the plain Promise TanStack Query's types expect.
    queryFn: async ({ signal }: { signal?: AbortSignal }) =>
      await brandsVettingList(config, brandId, withSignal(options, signal)),
  };
}

/** Mutation options for `POST /brands/{brand_id}/vetting/requests` (calls `brandsVettingCreate`); on success, invalidates its namespace's queries. */
export function brandsVettingCreateMutationOptions(
  config: ClientConfig,
  settings?: MutationSettings & { request?: RequestOptions },
) {
  return {
    mutationKey: ["vonage", "brands", "vetting", "create"] as const,
    mutationFn: async (
      { brandId, body }: {
        brandId: BrandsVettingCreatePathParams["brand_id"];
        body: BrandsVettingCreateParams;
      },
    ) => await brandsVettingCreate(config, brandId, body, settings?.request),
    onSuccess: () => invalidate(settings, [["vonage", "brands"]]),
  };
}

/** Mutation options for `PUT /brands/{brand_id}/vetting/requests` (calls `brandsVettingImport`); on success, invalidates its namespace's queries. */
export function brandsVettingImportMutationOptions(
  config: ClientConfig,
  settings?: MutationSettings & { request?: RequestOptions },
) {
  return {
    mutationKey: ["vonage", "brands", "vetting", "import"] as const,
    mutationFn: async (
      { brandId, body }: {
        brandId: BrandsVettingImportPathParams["brand_id"];
        body: BrandsVettingImportParams;
      },
    ) => await brandsVettingImport(config, brandId, body, settings?.request),
    onSuccess: () => invalidate(settings, [["vonage", "brands"]]),
  };
}

/** Mutation options for `POST /brands/{brand_id}/vetting/requests/{vetting_id}/appeal` (calls `brandsVettingAppeal`); on success, invalidates its namespace's queries. */
export function brandsVettingAppealMutationOptions(
  config: ClientConfig,
  settings?: MutationSettings & { request?: RequestOptions },
) {
  return {
    mutationKey: ["vonage", "brands", "vetting", "appeal"] as const,
    mutationFn: async (
      { brandId, vettingId, body }: {
        brandId: BrandsVettingAppealPathParams["brand_id"];
        vettingId: BrandsVettingAppealPathParams["vetting_id"];
        body: BrandsVettingAppealParams;
      },
    ) => await brandsVettingAppeal(config, brandId, vettingId, body, settings?.request),
    onSuccess: () => invalidate(settings, [["vonage", "brands"]]),
  };
}

/** Mutation options for `POST /brands/{brand_id}/revet` (calls `brandsRevet`); on success, invalidates its namespace's queries. */
export function brandsRevetMutationOptions(
  config: ClientConfig,
  settings?: MutationSettings & { request?: RequestOptions },
) {
  return {
    mutationKey: ["vonage", "brands", "revet"] as const,
    mutationFn: async ({ brandId }: { brandId: BrandsRevetPathParams["brand_id"] }) =>
      await brandsRevet(config, brandId, settings?.request),
    onSuccess: () => invalidate(settings, [["vonage", "brands"]]),
  };
}

/** Query options for `GET /brands/{brand_id}/appeal/evidence` (calls `brandsVettingEvidenceList`). */
export function brandsVettingEvidenceListQueryOptions(
  config: ClientConfig,
  brandId: BrandsVettingEvidenceListPathParams["brand_id"],
  query?: BrandsVettingEvidenceListQuery,
  options?: RequestOptions,
) {
  return {
    queryKey: ["vonage", "brands", "vetting", "evidence", "list", { brandId, query }] as const,
    // async: the call's APIPromise becomes the plain Promise TanStack Query's types expect.
    queryFn: async ({ signal }: { signal?: AbortSignal }) =>
      await brandsVettingEvidenceList(config, brandId, query, withSignal(options, signal)),
  };
}

/** Infinite query options for `GET /brands/{brand_id}/appeal/evidence`: each page param is the query of that page (calls `brandsVettingEvidenceList`). */
export function brandsVettingEvidenceListInfiniteQueryOptions(
  config: ClientConfig,
  brandId: BrandsVettingEvidenceListPathParams["brand_id"],
  query?: BrandsVettingEvidenceListQuery,
  options?: RequestOptions,
) {
  return {
    queryKey: ["vonage", "brands", "vetting", "evidence", "list", { brandId, query }, "infinite"] as const,
    queryFn: async (
      { pageParam, signal }: { pageParam: BrandsVettingEvidenceListQuery | undefined; signal?: AbortSignal },
    ) => await brandsVettingEvidenceList(config, brandId, pageParam, withSignal(options, signal)),
    initialPageParam: query as BrandsVettingEvidenceListQuery | undefined,
    getNextPageParam: nextPageParam<BrandsVettingEvidenceListResponse, BrandsVettingEvidenceListQuery>({
      style: "cursor",
      cursorParam: "page_token",
      sizeParam: "page_size",
      items: "_embedded.evidences",
      next: "next_page",
    }),
  };
}

/** Mutation options for `POST /brands/{brand_id}/appeal/evidence` (calls `brandsVettingEvidenceUpload`); on success, invalidates its namespace's queries. */
export function brandsVettingEvidenceUploadMutationOptions(
  config: ClientConfig,
  settings?: MutationSettings & { request?: RequestOptions },
) {
  return {
    mutationKey: ["vonage", "brands", "vetting", "evidence", "upload"] as const,
    mutationFn: async (
      { brandId, body }: {
        brandId: BrandsVettingEvidenceUploadPathParams["brand_id"];
        body: BrandsVettingEvidenceUploadParams;
      },
    ) => await brandsVettingEvidenceUpload(config, brandId, body, settings?.request),
    onSuccess: () => invalidate(settings, [["vonage", "brands"]]),
  };
}

/** Query options for `GET /brands/{brand_id}/appeal/evidence/{evidence_id}` (calls `brandsVettingEvidenceDownload`). */
export function brandsVettingEvidenceDownloadQueryOptions(
  config: ClientConfig,
  brandId: BrandsVettingEvidenceDownloadPathParams["brand_id"],
  evidenceId: BrandsVettingEvidenceDownloadPathParams["evidence_id"],
  options?: RequestOptions,
) {
  return {
    queryKey: ["vonage", "brands", "vetting", "evidence", "download", { brandId, evidenceId }] as const,
    // async: the call's APIPromise becomes the plain Promise TanStack Query's types expect.
    queryFn: async ({ signal }: { signal?: AbortSignal }) =>
      await brandsVettingEvidenceDownload(config, brandId, evidenceId, withSignal(options, signal)),
  };
}

/** Mutation options for `DELETE /brands/{brand_id}/appeal/evidence/{evidence_id}` (calls `brandsVettingEvidenceDelete`); on success, invalidates its namespace's queries. */
export function brandsVettingEvidenceDeleteMutationOptions(
  config: ClientConfig,
  settings?: MutationSettings & { request?: RequestOptions },
) {
  return {
    mutationKey: ["vonage", "brands", "vetting", "evidence", "delete"] as const,
    mutationFn: async (
      { brandId, evidenceId }: {
        brandId: BrandsVettingEvidenceDeletePathParams["brand_id"];
        evidenceId: BrandsVettingEvidenceDeletePathParams["evidence_id"];
      },
    ) => await brandsVettingEvidenceDelete(config, brandId, evidenceId, settings?.request),
    onSuccess: () => invalidate(settings, [["vonage", "brands"]]),
  };
}

/** Query options for `GET /brands/{brand_id}/campaigns` (calls `brandsCampaignsList`). */
export function brandsCampaignsListQueryOptions(
  config: ClientConfig,
  brandId: BrandsCampaignsListPathParams["brand_id"],
  query?: BrandsCampaignsListQuery,
  options?: RequestOptions,
) {
  return {
    queryKey: ["vonage", "brands", "campaigns", "list", { brandId, query }] as const,
    // async: the call's APIPromise becomes the plain Promise TanStack Query's types expect.
    queryFn: async ({ signal }: { signal?: AbortSignal }) =>
      await brandsCampaignsList(config, brandId, query, withSignal(options, signal)),
  };
}

/** Infinite query options for `GET /brands/{brand_id}/campaigns`: each page param is the query of that page (calls `brandsCampaignsList`). */
export function brandsCampaignsListInfiniteQueryOptions(
  config: ClientConfig,
  brandId: BrandsCampaignsListPathParams["brand_id"],
  query?: BrandsCampaignsListQuery,
  options?: RequestOptions,
) {
  return {
    queryKey: ["vonage", "brands", "campaigns", "list", { brandId, query }, "infinite"] as const,
    queryFn: async (
      { pageParam, signal }: { pageParam: BrandsCampaignsListQuery | undefined; signal?: AbortSignal },
    ) => await brandsCampaignsList(config, brandId, pageParam, withSignal(options, signal)),
    initialPageParam: query as BrandsCampaignsListQuery | undefined,
    getNextPageParam: nextPageParam<BrandsCampaignsListResponse, BrandsCampaignsListQuery>({
      style: "page",
      pageParam: "page",
      sizeParam: "page_size",
      items: "_embedded.campaigns",
      totalPages: "total_pages",
    }),
  };
}

/** Mutation options for `POST /brands/{brand_id}/campaigns` (calls `brandsCampaignsCreate`); on success, invalidates its namespace's queries. */
export function brandsCampaignsCreateMutationOptions(
  config: ClientConfig,
  settings?: MutationSettings & { request?: RequestOptions },
) {
  return {
    mutationKey: ["vonage", "brands", "campaigns", "create"] as const,
    mutationFn: async (
      { brandId, body }: {
        brandId: BrandsCampaignsCreatePathParams["brand_id"];
        body: BrandsCampaignsCreateParams;
      },
    ) => await brandsCampaignsCreate(config, brandId, body, settings?.request),
    onSuccess: () => invalidate(settings, [["vonage", "brands"]]),
  };
}

/** Mutation options for `POST /campaigns/message_flow` (calls `campaignsMessageFlowPreview`); on success, invalidates its namespace's queries. */
export function campaignsMessageFlowPreviewMutationOptions(
  config: ClientConfig,
  settings?: MutationSettings & { request?: RequestOptions },
) {
  return {
    mutationKey: ["vonage", "campaigns", "messageFlow", "preview"] as const,
    mutationFn: async ({ body }: { body: CampaignsMessageFlowPreviewParams }) =>
      await campaignsMessageFlowPreview(config, body, settings?.request),
    onSuccess: () => invalidate(settings, [["vonage", "campaigns"]]),
  };
}

/** Query options for `GET /brands/{brand_id}/campaigns/{campaign_id}` (calls `brandsCampaignsRetrieve`). */
export function brandsCampaignsRetrieveQueryOptions(
  config: ClientConfig,
  brandId: BrandsCampaignsRetrievePathParams["brand_id"],
  campaignId: BrandsCampaignsRetrievePathParams["campaign_id"],
  options?: RequestOptions,
) {
  return {
    queryKey: ["vonage", "brands", "campaigns", "retrieve", { brandId, campaignId }] as const,
    // async: the call's APIPromise becomes the plain Promise TanStack Query's types expect.
    queryFn: async ({ signal }: { signal?: AbortSignal }) =>
      await brandsCampaignsRetrieve(config, brandId, campaignId, withSignal(options, signal)),
  };
}

/** Mutation options for `PATCH /brands/{brand_id}/campaigns/{campaign_id}` (calls `brandsCampaignsUpdate`); on success, invalidates its namespace's queries. */
export function brandsCampaignsUpdateMutationOptions(
  config: ClientConfig,
  settings?: MutationSettings & { request?: RequestOptions },
) {
  return {
    mutationKey: ["vonage", "brands", "campaigns", "update"] as const,
    mutationFn: async (
      { brandId, campaignId, body }: {
        brandId: BrandsCampaignsUpdatePathParams["brand_id"];
        campaignId: BrandsCampaignsUpdatePathParams["campaign_id"];
        body: BrandsCampaignsUpdateParams;
      },
    ) => await brandsCampaignsUpdate(config, brandId, campaignId, body, settings?.request),
    onSuccess: () => invalidate(settings, [["vonage", "brands"]]),
  };
}

/** Mutation options for `DELETE /brands/{brand_id}/campaigns/{campaign_id}` (calls `brandsCampaignsDelete`); on success, invalidates its namespace's queries. */
export function brandsCampaignsDeleteMutationOptions(
  config: ClientConfig,
  settings?: MutationSettings & { request?: RequestOptions },
) {
  return {
    mutationKey: ["vonage", "brands", "campaigns", "delete"] as const,
    mutationFn: async (
      { brandId, campaignId }: {
        brandId: BrandsCampaignsDeletePathParams["brand_id"];
        campaignId: BrandsCampaignsDeletePathParams["campaign_id"];
      },
    ) => await brandsCampaignsDelete(config, brandId, campaignId, settings?.request),
    onSuccess: () => invalidate(settings, [["vonage", "brands"]]),
  };
}

/** Mutation options for `PUT /brands/{brand_id}/campaigns/{campaign_id}/resubmit` (calls `brandsCampaignsResubmit`); on success, invalidates its namespace's queries. */
export function brandsCampaignsResubmitMutationOptions(
  config: ClientConfig,
  settings?: MutationSettings & { request?: RequestOptions },
) {
  return {
    mutationKey: ["vonage", "brands", "campaigns", "resubmit"] as const,
    mutationFn: async (
      { brandId, campaignId, body }: {
        brandId: BrandsCampaignsResubmitPathParams["brand_id"];
        campaignId: BrandsCampaignsResubmitPathParams["campaign_id"];
        body: BrandsCampaignsResubmitParams;
      },
    ) => await brandsCampaignsResubmit(config, brandId, campaignId, body, settings?.request),
    onSuccess: () => invalidate(settings, [["vonage", "brands"]]),
  };
}

/** Query options for `GET /campaigns/terms_and_conditions` (calls `campaignsTermsAndConditionsRetrieve`). */
export function campaignsTermsAndConditionsRetrieveQueryOptions(
  config: ClientConfig,
  options?: RequestOptions,
) {
  return {
    queryKey: ["vonage", "campaigns", "termsAndConditions", "retrieve", {}] as const,
    // async: the call's APIPromise becomes the plain Promise TanStack Query's types expect.
    queryFn: async ({ signal }: { signal?: AbortSignal }) =>
      await campaignsTermsAndConditionsRetrieve(config, withSignal(options, signal)),
  };
}

/** Mutation options for `POST /partnercampaigns/import` (calls `partnerCampaignsImport`); on success, invalidates its namespace's queries. */
export function partnerCampaignsImportMutationOptions(
  config: ClientConfig,
  settings?: MutationSettings & { request?: RequestOptions },
) {
  return {
    mutationKey: ["vonage", "partnerCampaigns", "import"] as const,
    mutationFn: async ({ body }: { body: PartnerCampaignsImportParams }) =>
      await partnerCampaignsImport(config, body, settings?.request),
    onSuccess: () => invalidate(settings, [["vonage", "partnerCampaigns"]]),
  };
}

/** Query options for `GET /partnercampaigns/{campaign_id}` (calls `partnerCampaignsRetrieve`). */
export function partnerCampaignsRetrieveQueryOptions(
  config: ClientConfig,
  campaignId: PartnerCampaignsRetrievePathParams["campaign_id"],
  options?: RequestOptions,
) {
  return {
    queryKey: ["vonage", "partnerCampaigns", "retrieve", { campaignId }] as const,
    // async: the call's APIPromise becomes the plain Promise TanStack Query's types expect.
    queryFn: async ({ signal }: { signal?: AbortSignal }) =>
      await partnerCampaignsRetrieve(config, campaignId, withSignal(options, signal)),
  };
}

/** Query options for `GET /throughputs` (calls `throughputsList`). */
export function throughputsListQueryOptions(
  config: ClientConfig,
  query?: ThroughputsListQuery,
  options?: RequestOptions,
) {
  return {
    queryKey: ["vonage", "throughputs", "list", { query }] as const,
    // async: the call's APIPromise becomes the plain Promise TanStack Query's types expect.
    queryFn: async ({ signal }: { signal?: AbortSignal }) =>
      await throughputsList(config, query, withSignal(options, signal)),
  };
}

/** Infinite query options for `GET /throughputs`: each page param is the query of that page (calls `throughputsList`). */
export function throughputsListInfiniteQueryOptions(
  config: ClientConfig,
  query?: ThroughputsListQuery,
  options?: RequestOptions,
) {
  return {
    queryKey: ["vonage", "throughputs", "list", { query }, "infinite"] as const,
    queryFn: async (
      { pageParam, signal }: { pageParam: ThroughputsListQuery | undefined; signal?: AbortSignal },
    ) => await throughputsList(config, pageParam, withSignal(options, signal)),
    initialPageParam: query as ThroughputsListQuery | undefined,
    getNextPageParam: nextPageParam<ThroughputsListResponse, ThroughputsListQuery>({
      style: "cursor",
      cursorParam: "page_token",
      sizeParam: "page_size",
      items: "_embedded.throughputs",
      next: "next_page",
    }),
  };
}

/** Query options for `GET /brands/{brand_id}/campaigns/{campaign_id}/numbers` (calls `brandsCampaignsNumbersList`). */
export function brandsCampaignsNumbersListQueryOptions(
  config: ClientConfig,
  brandId: BrandsCampaignsNumbersListPathParams["brand_id"],
  campaignId: BrandsCampaignsNumbersListPathParams["campaign_id"],
  query?: BrandsCampaignsNumbersListQuery,
  options?: RequestOptions,
) {
  return {
    queryKey: ["vonage", "brands", "campaigns", "numbers", "list", { brandId, campaignId, query }] as const,
    // async: the call's APIPromise becomes the plain Promise TanStack Query's types expect.
    queryFn: async ({ signal }: { signal?: AbortSignal }) =>
      await brandsCampaignsNumbersList(config, brandId, campaignId, query, withSignal(options, signal)),
  };
}

/** Infinite query options for `GET /brands/{brand_id}/campaigns/{campaign_id}/numbers`: each page param is the query of that page (calls `brandsCampaignsNumbersList`). */
export function brandsCampaignsNumbersListInfiniteQueryOptions(
  config: ClientConfig,
  brandId: BrandsCampaignsNumbersListPathParams["brand_id"],
  campaignId: BrandsCampaignsNumbersListPathParams["campaign_id"],
  query?: BrandsCampaignsNumbersListQuery,
  options?: RequestOptions,
) {
  return {
    queryKey: [
      "vonage",
      "brands",
      "campaigns",
      "numbers",
      "list",
      { brandId, campaignId, query },
      "infinite",
    ] as const,
    queryFn: async (
      { pageParam, signal }: { pageParam: BrandsCampaignsNumbersListQuery | undefined; signal?: AbortSignal },
    ) =>
      await brandsCampaignsNumbersList(config, brandId, campaignId, pageParam, withSignal(options, signal)),
    initialPageParam: query as BrandsCampaignsNumbersListQuery | undefined,
    getNextPageParam: nextPageParam<BrandsCampaignsNumbersListResponse, BrandsCampaignsNumbersListQuery>({
      style: "page",
      pageParam: "page",
      sizeParam: "page_size",
      items: "_embedded.numbers",
      totalPages: "total_pages",
    }),
  };
}

/** Mutation options for `POST /brands/{brand_id}/campaigns/{campaign_id}/numbers` (calls `brandsCampaignsNumbersLink`); on success, invalidates its namespace's queries. */
export function brandsCampaignsNumbersLinkMutationOptions(
  config: ClientConfig,
  settings?: MutationSettings & { request?: RequestOptions },
) {
  return {
    mutationKey: ["vonage", "brands", "campaigns", "numbers", "link"] as const,
    mutationFn: async (
      { brandId, campaignId, body }: {
        brandId: BrandsCampaignsNumbersLinkPathParams["brand_id"];
        campaignId: BrandsCampaignsNumbersLinkPathParams["campaign_id"];
        body: BrandsCampaignsNumbersLinkParams;
      },
    ) => await brandsCampaignsNumbersLink(config, brandId, campaignId, body, settings?.request),
    onSuccess: () => invalidate(settings, [["vonage", "brands"]]),
  };
}

/** Query options for `GET /brands/{brand_id}/campaigns/{campaign_id}/numbers/{number}` (calls `brandsCampaignsNumbersRetrieve`). */
export function brandsCampaignsNumbersRetrieveQueryOptions(
  config: ClientConfig,
  brandId: BrandsCampaignsNumbersRetrievePathParams["brand_id"],
  campaignId: BrandsCampaignsNumbersRetrievePathParams["campaign_id"],
  number: BrandsCampaignsNumbersRetrievePathParams["number"],
  options?: RequestOptions,
) {
  return {
    queryKey: ["vonage", "brands", "campaigns", "numbers", "retrieve", {
      brandId,
      campaignId,
      number,
    }] as const,
    // async: the call's APIPromise becomes the plain Promise TanStack Query's types expect.
    queryFn: async ({ signal }: { signal?: AbortSignal }) =>
      await brandsCampaignsNumbersRetrieve(config, brandId, campaignId, number, withSignal(options, signal)),
  };
}

/** Mutation options for `DELETE /brands/{brand_id}/campaigns/{campaign_id}/numbers/{number}` (calls `brandsCampaignsNumbersUnlink`); on success, invalidates its namespace's queries. */
export function brandsCampaignsNumbersUnlinkMutationOptions(
  config: ClientConfig,
  settings?: MutationSettings & { request?: RequestOptions },
) {
  return {
    mutationKey: ["vonage", "brands", "campaigns", "numbers", "unlink"] as const,
    mutationFn: async (
      { brandId, campaignId, number }: {
        brandId: BrandsCampaignsNumbersUnlinkPathParams["brand_id"];
        campaignId: BrandsCampaignsNumbersUnlinkPathParams["campaign_id"];
        number: BrandsCampaignsNumbersUnlinkPathParams["number"];
      },
    ) => await brandsCampaignsNumbersUnlink(config, brandId, campaignId, number, settings?.request),
    onSuccess: () => invalidate(settings, [["vonage", "brands"]]),
  };
}

/** Query options for `GET /resellers` (calls `resellersList`). */
export function resellersListQueryOptions(
  config: ClientConfig,
  query?: ResellersListQuery,
  options?: RequestOptions,
) {
  return {
    queryKey: ["vonage", "resellers", "list", { query }] as const,
    // async: the call's APIPromise becomes the plain Promise TanStack Query's types expect.
    queryFn: async ({ signal }: { signal?: AbortSignal }) =>
      await resellersList(config, query, withSignal(options, signal)),
  };
}

/** Infinite query options for `GET /resellers`: each page param is the query of that page (calls `resellersList`). */
export function resellersListInfiniteQueryOptions(
  config: ClientConfig,
  query?: ResellersListQuery,
  options?: RequestOptions,
) {
  return {
    queryKey: ["vonage", "resellers", "list", { query }, "infinite"] as const,
    queryFn: async (
      { pageParam, signal }: { pageParam: ResellersListQuery | undefined; signal?: AbortSignal },
    ) => await resellersList(config, pageParam, withSignal(options, signal)),
    initialPageParam: query as ResellersListQuery | undefined,
    getNextPageParam: nextPageParam<ResellersListResponse, ResellersListQuery>({
      style: "cursor",
      cursorParam: "page_token",
      sizeParam: "page_size",
      items: "_embedded.resellers",
      next: "next_page",
    }),
  };
}

/** Mutation options for `POST /resellers` (calls `resellersCreate`); on success, invalidates its namespace's queries. */
export function resellersCreateMutationOptions(
  config: ClientConfig,
  settings?: MutationSettings & { request?: RequestOptions },
) {
  return {
    mutationKey: ["vonage", "resellers", "create"] as const,
    mutationFn: async ({ body }: { body: ResellersCreateParams }) =>
      await resellersCreate(config, body, settings?.request),
    onSuccess: () => invalidate(settings, [["vonage", "resellers"]]),
  };
}

/** Query options for `GET /resellers/{reseller_id}` (calls `resellersRetrieve`). */
export function resellersRetrieveQueryOptions(
  config: ClientConfig,
  resellerId: ResellersRetrievePathParams["reseller_id"],
  options?: RequestOptions,
) {
  return {
    queryKey: ["vonage", "resellers", "retrieve", { resellerId }] as const,
    // async: the call's APIPromise becomes the plain Promise TanStack Query's types expect.
    queryFn: async ({ signal }: { signal?: AbortSignal }) =>
      await resellersRetrieve(config, resellerId, withSignal(options, signal)),
  };
}
