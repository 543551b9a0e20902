// Generated from specs/telnyx/openapi.yaml by `npm run generate`. Do not edit: change the spec or
// templates/query.ts.hbs and regenerate.
//
// TanStack Query (v5) options for every Telnyx operation, on top of ./functions.js:
// `useQuery(xQueryOptions(config, …))`, `useInfiniteQuery(xInfiniteQueryOptions(config, …))`,
// `useMutation(xMutationOptions(config, { queryClient }))`. They are plain objects: the same options
// work with the React, Vue, Svelte and Solid adapters, and this module imports nothing from
// TanStack Query. Keys are `["telnyx", ...x-sdk-name segments, { arguments }]`; a mutation
// invalidates every key of its top-level namespace (override with `settings.invalidates`).
import {
  advancedOrdersCreate,
  advancedOrdersList,
  advancedOrdersRetrieve,
  advancedOrdersUpdateRequirementGroup,
  availablePhoneNumberBlocksList,
  availablePhoneNumbersList,
  bundlePricingBillingBundlesList,
  bundlePricingBillingBundlesRetrieve,
  bundlePricingUserBundlesCreate,
  bundlePricingUserBundlesDeactivate,
  bundlePricingUserBundlesList,
  bundlePricingUserBundlesListResources,
  bundlePricingUserBundlesListUnused,
  bundlePricingUserBundlesRetrieve,
  commentsCreate,
  commentsList,
  commentsMarkAsRead,
  commentsRetrieve,
  countryCoverageRetrieve,
  countryCoverageRetrieveCountry,
  customerServiceRecordsCreate,
  customerServiceRecordsList,
  customerServiceRecordsRetrieve,
  customerServiceRecordsVerifyPhoneNumberCoverage,
  documentLinksList,
  documentsDelete,
  documentsDownload,
  documentsGenerateDownloadLink,
  documentsList,
  documentsRetrieve,
  documentsUpdate,
  documentsUploadJson,
  inexplicitNumberOrdersCreate,
  inexplicitNumberOrdersList,
  inexplicitNumberOrdersRetrieve,
  inventoryCoverageList,
  messaging10dlcBrandCreate,
  messaging10dlcBrandDelete,
  messaging10dlcBrandExternalVettingImports,
  messaging10dlcBrandExternalVettingList,
  messaging10dlcBrandExternalVettingOrder,
  messaging10dlcBrandGetFeedback,
  messaging10dlcBrandGetSmsOtpByReference,
  messaging10dlcBrandList,
  messaging10dlcBrandResend2faEmail,
  messaging10dlcBrandRetrieve,
  messaging10dlcBrandRetrieveSmsOtpStatus,
  messaging10dlcBrandRevet,
  messaging10dlcBrandTriggerSmsOtp,
  messaging10dlcBrandUpdate,
  messaging10dlcBrandVerifySmsOtp,
  messaging10dlcCampaignAcceptSharing,
  messaging10dlcCampaignBuilderBrandQualifyByUsecase,
  messaging10dlcCampaignBuilderSubmit,
  messaging10dlcCampaignDeactivate,
  messaging10dlcCampaignGetMnoMetadata,
  messaging10dlcCampaignGetOperationStatus,
  messaging10dlcCampaignGetSharingStatus,
  messaging10dlcCampaignList,
  messaging10dlcCampaignOsrGetAttributes,
  messaging10dlcCampaignRetrieve,
  messaging10dlcCampaignSubmitAppeal,
  messaging10dlcCampaignUpdate,
  messaging10dlcCampaignUsecaseGetCost,
  messaging10dlcGetEnum,
  messaging10dlcPartnerCampaignsList,
  messaging10dlcPartnerCampaignsListSharedByMe,
  messaging10dlcPartnerCampaignsRetrieve,
  messaging10dlcPartnerCampaignsRetrieveSharingStatus,
  messaging10dlcPartnerCampaignsUpdate,
  messaging10dlcPhoneNumberAssignmentByProfileAssign,
  messaging10dlcPhoneNumberAssignmentByProfileListPhoneNumberStatus,
  messaging10dlcPhoneNumberAssignmentByProfileRetrieveStatus,
  messaging10dlcPhoneNumberCampaignsCreate,
  messaging10dlcPhoneNumberCampaignsDelete,
  messaging10dlcPhoneNumberCampaignsList,
  messaging10dlcPhoneNumberCampaignsRetrieve,
  messaging10dlcPhoneNumberCampaignsUpdate,
  mobileNetworkOperatorsList,
  networkCoverageList,
  numberBlockOrdersCreate,
  numberBlockOrdersList,
  numberBlockOrdersRetrieve,
  numberOrderPhoneNumbersList,
  numberOrderPhoneNumbersRetrieve,
  numberOrderPhoneNumbersUpdateRequirementGroup,
  numberOrderPhoneNumbersUpdateRequirements,
  numberOrdersCreate,
  numberOrdersList,
  numberOrdersRetrieve,
  numberOrdersUpdate,
  numberReservationsActionsExtend,
  numberReservationsCreate,
  numberReservationsList,
  numberReservationsRetrieve,
  numbersFeaturesCreate,
  phoneNumberBlocksJobsDeletePhoneNumberBlock,
  phoneNumberBlocksJobsList,
  phoneNumberBlocksJobsRetrieve,
  phoneNumbersRegulatoryRequirementsRetrieve,
  portabilityChecksRun,
  portingEventsList,
  portingEventsRepublish,
  portingEventsRetrieve,
  portingListUkCarriers,
  portingLoaConfigurationsCreate,
  portingLoaConfigurationsDelete,
  portingLoaConfigurationsList,
  portingLoaConfigurationsPreview,
  portingLoaConfigurationsPreview1,
  portingLoaConfigurationsRetrieve,
  portingLoaConfigurationsUpdate,
  portingOrdersActionRequirementsInitiate,
  portingOrdersActionRequirementsList,
  portingOrdersActionsActivate,
  portingOrdersActionsCancel,
  portingOrdersActionsConfirm,
  portingOrdersActionsShare,
  portingOrdersActivationJobsList,
  portingOrdersActivationJobsRetrieve,
  portingOrdersActivationJobsUpdate,
  portingOrdersAdditionalDocumentsCreate,
  portingOrdersAdditionalDocumentsDelete,
  portingOrdersAdditionalDocumentsList,
  portingOrdersAssociatedPhoneNumbersCreate,
  portingOrdersAssociatedPhoneNumbersDelete,
  portingOrdersAssociatedPhoneNumbersList,
  portingOrdersCommentsCreate,
  portingOrdersCommentsList,
  portingOrdersCreate,
  portingOrdersDelete,
  portingOrdersList,
  portingOrdersPhoneNumberBlocksCreate,
  portingOrdersPhoneNumberBlocksDelete,
  portingOrdersPhoneNumberBlocksList,
  portingOrdersPhoneNumberConfigurationsCreate,
  portingOrdersPhoneNumberConfigurationsList,
  portingOrdersPhoneNumberExtensionsCreate,
  portingOrdersPhoneNumberExtensionsDelete,
  portingOrdersPhoneNumberExtensionsList,
  portingOrdersRetrieve,
  portingOrdersRetrieveAllowedFocWindows,
  portingOrdersRetrieveExceptionTypes,
  portingOrdersRetrieveLoaTemplate,
  portingOrdersRetrieveRequirements,
  portingOrdersRetrieveSubRequest,
  portingOrdersUpdate,
  portingOrdersVerificationCodesList,
  portingOrdersVerificationCodesSend,
  portingOrdersVerificationCodesVerify,
  portingPhoneNumbersList,
  portingReportsCreate,
  portingReportsList,
  portingReportsRetrieve,
  regulatoryRequirementsRetrieve,
  requirementGroupsCreate,
  requirementGroupsDelete,
  requirementGroupsList,
  requirementGroupsRetrieve,
  requirementGroupsSubmitForApproval,
  requirementGroupsUpdate,
  requirementTypesList,
  requirementTypesRetrieve,
  requirementsList,
  requirementsRetrieve,
  subNumberOrdersCancel,
  subNumberOrdersList,
  subNumberOrdersReportCreate,
  subNumberOrdersReportDownload,
  subNumberOrdersReportRetrieve,
  subNumberOrdersRetrieve,
  subNumberOrdersUpdate,
  subNumberOrdersUpdateRequirementGroup,
  userAddressesCreate,
  userAddressesList,
  userAddressesRetrieve,
  verifiedNumbersActionsSubmitVerificationCode,
  verifiedNumbersCreate,
  verifiedNumbersDelete,
  verifiedNumbersList,
  verifiedNumbersRetrieve,
} from "./functions.js";
import type {
  AdvancedOrdersCreateParams,
  AdvancedOrdersRetrievePathParams,
  AdvancedOrdersUpdateRequirementGroupParams,
  AdvancedOrdersUpdateRequirementGroupPathParams,
  AvailablePhoneNumberBlocksListQuery,
  AvailablePhoneNumbersListQuery,
  BundlePricingBillingBundlesListQuery,
  BundlePricingBillingBundlesListResponse,
  BundlePricingBillingBundlesRetrievePathParams,
  BundlePricingUserBundlesCreateParams,
  BundlePricingUserBundlesDeactivatePathParams,
  BundlePricingUserBundlesListQuery,
  BundlePricingUserBundlesListResourcesPathParams,
  BundlePricingUserBundlesListResponse,
  BundlePricingUserBundlesListUnusedQuery,
  BundlePricingUserBundlesRetrievePathParams,
  CommentsCreateParams,
  CommentsListQuery,
  CommentsMarkAsReadPathParams,
  CommentsRetrievePathParams,
  CountryCoverageRetrieveCountryPathParams,
  CustomerServiceRecordsCreateParams,
  CustomerServiceRecordsListQuery,
  CustomerServiceRecordsListResponse,
  CustomerServiceRecordsRetrievePathParams,
  CustomerServiceRecordsVerifyPhoneNumberCoverageParams,
  DocumentLinksListQuery,
  DocumentLinksListResponse,
  DocumentsDeletePathParams,
  DocumentsDownloadPathParams,
  DocumentsGenerateDownloadLinkPathParams,
  DocumentsListQuery,
  DocumentsListResponse,
  DocumentsRetrievePathParams,
  DocumentsUpdateParams,
  DocumentsUpdatePathParams,
  DocumentsUploadJsonParams,
  InexplicitNumberOrdersCreateParams,
  InexplicitNumberOrdersListQuery,
  InexplicitNumberOrdersListResponse,
  InexplicitNumberOrdersRetrievePathParams,
  InventoryCoverageListQuery,
  Messaging10dlcBrandCreateParams,
  Messaging10dlcBrandDeletePathParams,
  Messaging10dlcBrandExternalVettingImportsParams,
  Messaging10dlcBrandExternalVettingImportsPathParams,
  Messaging10dlcBrandExternalVettingListPathParams,
  Messaging10dlcBrandExternalVettingOrderParams,
  Messaging10dlcBrandExternalVettingOrderPathParams,
  Messaging10dlcBrandGetFeedbackPathParams,
  Messaging10dlcBrandGetSmsOtpByReferencePathParams,
  Messaging10dlcBrandGetSmsOtpByReferenceQuery,
  Messaging10dlcBrandListQuery,
  Messaging10dlcBrandListResponse,
  Messaging10dlcBrandResend2faEmailPathParams,
  Messaging10dlcBrandRetrievePathParams,
  Messaging10dlcBrandRetrieveSmsOtpStatusPathParams,
  Messaging10dlcBrandRevetPathParams,
  Messaging10dlcBrandTriggerSmsOtpParams,
  Messaging10dlcBrandTriggerSmsOtpPathParams,
  Messaging10dlcBrandUpdateParams,
  Messaging10dlcBrandUpdatePathParams,
  Messaging10dlcBrandVerifySmsOtpParams,
  Messaging10dlcBrandVerifySmsOtpPathParams,
  Messaging10dlcCampaignAcceptSharingPathParams,
  Messaging10dlcCampaignBuilderBrandQualifyByUsecasePathParams,
  Messaging10dlcCampaignBuilderSubmitParams,
  Messaging10dlcCampaignDeactivatePathParams,
  Messaging10dlcCampaignGetMnoMetadataPathParams,
  Messaging10dlcCampaignGetOperationStatusPathParams,
  Messaging10dlcCampaignGetSharingStatusPathParams,
  Messaging10dlcCampaignListQuery,
  Messaging10dlcCampaignListResponse,
  Messaging10dlcCampaignOsrGetAttributesPathParams,
  Messaging10dlcCampaignRetrievePathParams,
  Messaging10dlcCampaignSubmitAppealParams,
  Messaging10dlcCampaignSubmitAppealPathParams,
  Messaging10dlcCampaignUpdateParams,
  Messaging10dlcCampaignUpdatePathParams,
  Messaging10dlcCampaignUsecaseGetCostQuery,
  Messaging10dlcGetEnumPathParams,
  Messaging10dlcPartnerCampaignsListQuery,
  Messaging10dlcPartnerCampaignsListResponse,
  Messaging10dlcPartnerCampaignsListSharedByMeQuery,
  Messaging10dlcPartnerCampaignsListSharedByMeResponse,
  Messaging10dlcPartnerCampaignsRetrievePathParams,
  Messaging10dlcPartnerCampaignsRetrieveSharingStatusPathParams,
  Messaging10dlcPartnerCampaignsUpdateParams,
  Messaging10dlcPartnerCampaignsUpdatePathParams,
  Messaging10dlcPhoneNumberAssignmentByProfileAssignParams,
  Messaging10dlcPhoneNumberAssignmentByProfileListPhoneNumberStatusPathParams,
  Messaging10dlcPhoneNumberAssignmentByProfileListPhoneNumberStatusQuery,
  Messaging10dlcPhoneNumberAssignmentByProfileListPhoneNumberStatusResponse,
  Messaging10dlcPhoneNumberAssignmentByProfileRetrieveStatusPathParams,
  Messaging10dlcPhoneNumberCampaignsCreateParams,
  Messaging10dlcPhoneNumberCampaignsDeletePathParams,
  Messaging10dlcPhoneNumberCampaignsListQuery,
  Messaging10dlcPhoneNumberCampaignsListResponse,
  Messaging10dlcPhoneNumberCampaignsRetrievePathParams,
  Messaging10dlcPhoneNumberCampaignsUpdateParams,
  Messaging10dlcPhoneNumberCampaignsUpdatePathParams,
  MobileNetworkOperatorsListQuery,
  MobileNetworkOperatorsListResponse,
  NetworkCoverageListQuery,
  NetworkCoverageListResponse,
  NumberBlockOrdersCreateParams,
  NumberBlockOrdersListQuery,
  NumberBlockOrdersListResponse,
  NumberBlockOrdersRetrievePathParams,
  NumberOrderPhoneNumbersListQuery,
  NumberOrderPhoneNumbersRetrievePathParams,
  NumberOrderPhoneNumbersUpdateRequirementGroupParams,
  NumberOrderPhoneNumbersUpdateRequirementGroupPathParams,
  NumberOrderPhoneNumbersUpdateRequirementsParams,
  NumberOrderPhoneNumbersUpdateRequirementsPathParams,
  NumberOrdersCreateParams,
  NumberOrdersListQuery,
  NumberOrdersListResponse,
  NumberOrdersRetrievePathParams,
  NumberOrdersUpdateParams,
  NumberOrdersUpdatePathParams,
  NumberReservationsActionsExtendPathParams,
  NumberReservationsCreateParams,
  NumberReservationsListQuery,
  NumberReservationsListResponse,
  NumberReservationsRetrievePathParams,
  NumbersFeaturesCreateParams,
  PhoneNumberBlocksJobsDeletePhoneNumberBlockParams,
  PhoneNumberBlocksJobsListQuery,
  PhoneNumberBlocksJobsListResponse,
  PhoneNumberBlocksJobsRetrievePathParams,
  PhoneNumbersRegulatoryRequirementsRetrieveQuery,
  PortabilityChecksRunParams,
  PortingEventsListQuery,
  PortingEventsListResponse,
  PortingEventsRepublishPathParams,
  PortingEventsRetrievePathParams,
  PortingLoaConfigurationsCreateParams,
  PortingLoaConfigurationsDeletePathParams,
  PortingLoaConfigurationsListQuery,
  PortingLoaConfigurationsListResponse,
  PortingLoaConfigurationsPreview1PathParams,
  PortingLoaConfigurationsPreviewParams,
  PortingLoaConfigurationsRetrievePathParams,
  PortingLoaConfigurationsUpdateParams,
  PortingLoaConfigurationsUpdatePathParams,
  PortingOrdersActionRequirementsInitiateParams,
  PortingOrdersActionRequirementsInitiatePathParams,
  PortingOrdersActionRequirementsListPathParams,
  PortingOrdersActionRequirementsListQuery,
  PortingOrdersActionRequirementsListResponse,
  PortingOrdersActionsActivatePathParams,
  PortingOrdersActionsCancelPathParams,
  PortingOrdersActionsConfirmPathParams,
  PortingOrdersActionsShareParams,
  PortingOrdersActionsSharePathParams,
  PortingOrdersActivationJobsListPathParams,
  PortingOrdersActivationJobsListQuery,
  PortingOrdersActivationJobsListResponse,
  PortingOrdersActivationJobsRetrievePathParams,
  PortingOrdersActivationJobsUpdateParams,
  PortingOrdersActivationJobsUpdatePathParams,
  PortingOrdersAdditionalDocumentsCreateParams,
  PortingOrdersAdditionalDocumentsCreatePathParams,
  PortingOrdersAdditionalDocumentsDeletePathParams,
  PortingOrdersAdditionalDocumentsListPathParams,
  PortingOrdersAdditionalDocumentsListQuery,
  PortingOrdersAdditionalDocumentsListResponse,
  PortingOrdersAssociatedPhoneNumbersCreateParams,
  PortingOrdersAssociatedPhoneNumbersCreatePathParams,
  PortingOrdersAssociatedPhoneNumbersDeletePathParams,
  PortingOrdersAssociatedPhoneNumbersListPathParams,
  PortingOrdersAssociatedPhoneNumbersListQuery,
  PortingOrdersAssociatedPhoneNumbersListResponse,
  PortingOrdersCommentsCreateParams,
  PortingOrdersCommentsCreatePathParams,
  PortingOrdersCommentsListPathParams,
  PortingOrdersCommentsListQuery,
  PortingOrdersCommentsListResponse,
  PortingOrdersCreateParams,
  PortingOrdersDeletePathParams,
  PortingOrdersListQuery,
  PortingOrdersListResponse,
  PortingOrdersPhoneNumberBlocksCreateParams,
  PortingOrdersPhoneNumberBlocksCreatePathParams,
  PortingOrdersPhoneNumberBlocksDeletePathParams,
  PortingOrdersPhoneNumberBlocksListPathParams,
  PortingOrdersPhoneNumberBlocksListQuery,
  PortingOrdersPhoneNumberBlocksListResponse,
  PortingOrdersPhoneNumberConfigurationsCreateParams,
  PortingOrdersPhoneNumberConfigurationsListQuery,
  PortingOrdersPhoneNumberConfigurationsListResponse,
  PortingOrdersPhoneNumberExtensionsCreateParams,
  PortingOrdersPhoneNumberExtensionsCreatePathParams,
  PortingOrdersPhoneNumberExtensionsDeletePathParams,
  PortingOrdersPhoneNumberExtensionsListPathParams,
  PortingOrdersPhoneNumberExtensionsListQuery,
  PortingOrdersPhoneNumberExtensionsListResponse,
  PortingOrdersRetrieveAllowedFocWindowsPathParams,
  PortingOrdersRetrieveLoaTemplatePathParams,
  PortingOrdersRetrieveLoaTemplateQuery,
  PortingOrdersRetrievePathParams,
  PortingOrdersRetrieveQuery,
  PortingOrdersRetrieveRequirementsPathParams,
  PortingOrdersRetrieveRequirementsQuery,
  PortingOrdersRetrieveRequirementsResponse,
  PortingOrdersRetrieveSubRequestPathParams,
  PortingOrdersUpdateParams,
  PortingOrdersUpdatePathParams,
  PortingOrdersVerificationCodesListPathParams,
  PortingOrdersVerificationCodesListQuery,
  PortingOrdersVerificationCodesListResponse,
  PortingOrdersVerificationCodesSendParams,
  PortingOrdersVerificationCodesSendPathParams,
  PortingOrdersVerificationCodesVerifyParams,
  PortingOrdersVerificationCodesVerifyPathParams,
  PortingPhoneNumbersListQuery,
  PortingPhoneNumbersListResponse,
  PortingReportsCreateParams,
  PortingReportsListQuery,
  PortingReportsListResponse,
  PortingReportsRetrievePathParams,
  RegulatoryRequirementsRetrieveQuery,
  RequirementGroupsCreateParams,
  RequirementGroupsDeletePathParams,
  RequirementGroupsListQuery,
  RequirementGroupsRetrievePathParams,
  RequirementGroupsSubmitForApprovalPathParams,
  RequirementGroupsUpdateParams,
  RequirementGroupsUpdatePathParams,
  RequirementTypesListQuery,
  RequirementTypesRetrievePathParams,
  RequirementsListQuery,
  RequirementsListResponse,
  RequirementsRetrievePathParams,
  RequirementsRetrieveQuery,
  SubNumberOrdersCancelPathParams,
  SubNumberOrdersListQuery,
  SubNumberOrdersReportCreateParams,
  SubNumberOrdersReportDownloadPathParams,
  SubNumberOrdersReportRetrievePathParams,
  SubNumberOrdersRetrievePathParams,
  SubNumberOrdersRetrieveQuery,
  SubNumberOrdersUpdateParams,
  SubNumberOrdersUpdatePathParams,
  SubNumberOrdersUpdateRequirementGroupParams,
  SubNumberOrdersUpdateRequirementGroupPathParams,
  UserAddressesCreateParams,
  UserAddressesListQuery,
  UserAddressesListResponse,
  UserAddressesRetrievePathParams,
  VerifiedNumbersActionsSubmitVerificationCodeParams,
  VerifiedNumbersActionsSubmitVerificationCodePathParams,
  VerifiedNumbersCreateParams,
  VerifiedNumbersDeletePathParams,
  VerifiedNumbersListQuery,
  VerifiedNumbersListResponse,
  VerifiedNumbersRetrievePathParams,
} from "./functions.js";
import type { ClientConfig, RequestOptions } from "../runtime/transport.js";
import { nextPageParam, withSignal, invalidate, type MutationSettings } from "../runtime/tanstack.js";

/** Query options for `GET /10dlc/brand` (calls `messaging10dlcBrandList`). */
export function messaging10dlcBrandListQueryOptions(
  config: ClientConfig,
  query?: Messaging10dlcBrandListQuery,
  options?: RequestOptions,
) {
  return {
    queryKey: ["telnyx", "messaging10dlc", "brand", "list", { query }] as const,
    // async: the call's APIPromise becomes the plain Promise TanStack Query's types expect.
    queryFn: async ({ signal }: { signal?: AbortSignal }) =>
      await messaging10dlcBrandList(config, query, withSignal(options, signal)),
  };
}

/** Infinite query options for `GET /10dlc/brand`: each page param is the query of that page (calls `messaging10dlcBrandList`). */
export function messaging10dlcBrandListInfiniteQueryOptions(
  config: ClientConfig,
  query?: Messaging10dlcBrandListQuery,
  options?: RequestOptions,
) {
  return {
    queryKey: ["telnyx", "messaging10dlc", "brand", "list", { query }, "infinite"] as const,
    queryFn: async (
      { pageParam, signal }: { pageParam: Messaging10dlcBrandListQuery | undefined; signal?: AbortSignal },
    ) => await messaging10dlcBrandList(config, pageParam, withSignal(options, signal)),
    initialPageParam: query as Messaging10dlcBrandListQuery | undefined,
    getNextPageParam: nextPageParam<Messaging10dlcBrandListResponse, Messaging10dlcBrandListQuery>({
      style: "page",
      pageParam: "page",
      sizeParam: "recordsPerPage",
      items: "records",
      total: "totalRecords",
    }),
  };
}

/** Mutation options for `POST /10dlc/brand` (calls `messaging10dlcBrandCreate`); on success, invalidates its namespace's queries. */
export function messaging10dlcBrandCreateMutationOptions(
  config: ClientConfig,
  settings?: MutationSettings & { request?: RequestOptions },
) {
  return {
    mutationKey: ["telnyx", "messaging10dlc", "brand", "create"] as const,
    mutationFn: async ({ body }: { body: Messaging10dlcBrandCreateParams }) =>
      await messaging10dlcBrandCreate(config, body, settings?.request),
    onSuccess: () => invalidate(settings, [["telnyx", "messaging10dlc"]]),
  };
}

/** Query options for `GET /10dlc/brand/{brandId}` (calls `messaging10dlcBrandRetrieve`). */
export function messaging10dlcBrandRetrieveQueryOptions(
  config: ClientConfig,
  brandId: Messaging10dlcBrandRetrievePathParams["brandId"],
  options?: RequestOptions,
) {
  return {
    queryKey: ["telnyx", "messaging10dlc", "brand", "retrieve", { brandId }] as const,
    // async: the call's APIPromise becomes the plain Promise TanStack Query's types expect.
    queryFn: async ({ signal }: { signal?: AbortSignal }) =>
      await messaging10dlcBrandRetrieve(config, brandId, withSignal(options, signal)),
  };
}

/** Mutation options for `PUT /10dlc/brand/{brandId}` (calls `messaging10dlcBrandUpdate`); on success, invalidates its namespace's queries. */
export function messaging10dlcBrandUpdateMutationOptions(
  config: ClientConfig,
  settings?: MutationSettings & { request?: RequestOptions },
) {
  return {
    mutationKey: ["telnyx", "messaging10dlc", "brand", "update"] as const,
    mutationFn: async (
      { brandId, body }: {
        brandId: Messaging10dlcBrandUpdatePathParams["brandId"];
        body: Messaging10dlcBrandUpdateParams;
      },
    ) => await messaging10dlcBrandUpdate(config, brandId, body, settings?.request),
    onSuccess: () => invalidate(settings, [["telnyx", "messaging10dlc"]]),
  };
}

/** Mutation options for `DELETE /10dlc/brand/{brandId}` (calls `messaging10dlcBrandDelete`); on success, invalidates its namespace's queries. */
export function messaging10dlcBrandDeleteMutationOptions(
  config: ClientConfig,
  settings?: MutationSettings & { request?: RequestOptions },
) {
  return {
    mutationKey: ["telnyx", "messaging10dlc", "brand", "delete"] as const,
    mutationFn: async ({ brandId }: { brandId: Messaging10dlcBrandDeletePathParams["brandId"] }) =>
      await messaging10dlcBrandDelete(config, brandId, settings?.request),
    onSuccess: () => invalidate(settings, [["telnyx", "messaging10dlc"]]),
  };
}

/** Query options for `GET /10dlc/brand/feedback/{brandId}` (calls `messaging10dlcBrandGetFeedback`). */
export function messaging10dlcBrandGetFeedbackQueryOptions(
  config: ClientConfig,
  brandId: Messaging10dlcBrandGetFeedbackPathParams["brandId"],
  options?: RequestOptions,
) {
  return {
    queryKey: ["telnyx", "messaging10dlc", "brand", "getFeedback", { brandId }] as const,
    // async: the call's APIPromise becomes the plain Promise TanStack Query's types expect.
    queryFn: async ({ signal }: { signal?: AbortSignal }) =>
      await messaging10dlcBrandGetFeedback(config, brandId, withSignal(options, signal)),
  };
}

/** Mutation options for `POST /10dlc/brand/{brandId}/2faEmail` (calls `messaging10dlcBrandResend2faEmail`); on success, invalidates its namespace's queries. */
export function messaging10dlcBrandResend2faEmailMutationOptions(
  config: ClientConfig,
  settings?: MutationSettings & { request?: RequestOptions },
) {
  return {
    mutationKey: ["telnyx", "messaging10dlc", "brand", "resend2faEmail"] as const,
    mutationFn: async ({ brandId }: { brandId: Messaging10dlcBrandResend2faEmailPathParams["brandId"] }) =>
      await messaging10dlcBrandResend2faEmail(config, brandId, settings?.request),
    onSuccess: () => invalidate(settings, [["telnyx", "messaging10dlc"]]),
  };
}

/** Query options for `GET /10dlc/brand/{brandId}/externalVetting` (calls `messaging10dlcBrandExternalVettingList`). */
export function messaging10dlcBrandExternalVettingListQueryOptions(
  config: ClientConfig,
  brandId: Messaging10dlcBrandExternalVettingListPathParams["brandId"],
  options?: RequestOptions,
) {
  return {
    queryKey: ["telnyx", "messaging10dlc", "brand", "externalVetting", "list", { brandId }] as const,
    // async: the call's APIPromise becomes the plain Promise TanStack Query's types expect.
    queryFn: async ({ signal }: { signal?: AbortSignal }) =>
      await messaging10dlcBrandExternalVettingList(config, brandId, withSignal(options, signal)),
  };
}

/** Mutation options for `POST /10dlc/brand/{brandId}/externalVetting` (calls `messaging10dlcBrandExternalVettingOrder`); on success, invalidates its namespace's queries. */
export function messaging10dlcBrandExternalVettingOrderMutationOptions(
  config: ClientConfig,
  settings?: MutationSettings & { request?: RequestOptions },
) {
  return {
    mutationKey: ["telnyx", "messaging10dlc", "brand", "externalVetting", "order"] as const,
    mutationFn: async (
      { brandId, body }: {
        brandId: Messaging10dlcBrandExternalVettingOrderPathParams["brandId"];
        body: Messaging10dlcBrandExternalVettingOrderParams;
      },
    ) => await messaging10dlcBrandExternalVettingOrder(config, brandId, body, settings?.request),
    onSuccess: () => invalidate(settings, [["telnyx", "messaging10dlc"]]),
  };
}

/** Mutation options for `PUT /10dlc/brand/{brandId}/externalVetting` (calls `messaging10dlcBrandExternalVettingImports`); on success, invalidates its namespace's queries. */
export function messaging10dlcBrandExternalVettingImportsMutationOptions(
  config: ClientConfig,
  settings?: MutationSettings & { request?: RequestOptions },
) {
  return {
    mutationKey: ["telnyx", "messaging10dlc", "brand", "externalVetting", "imports"] as const,
    mutationFn: async (
      { brandId, body }: {
        brandId: Messaging10dlcBrandExternalVettingImportsPathParams["brandId"];
        body: Messaging10dlcBrandExternalVettingImportsParams;
      },
    ) => await messaging10dlcBrandExternalVettingImports(config, brandId, body, settings?.request),
    onSuccess: () => invalidate(settings, [["telnyx", "messaging10dlc"]]),
  };
}

/** Mutation options for `PUT /10dlc/brand/{brandId}/revet` (calls `messaging10dlcBrandRevet`); on success, invalidates its namespace's queries. */
export function messaging10dlcBrandRevetMutationOptions(
  config: ClientConfig,
  settings?: MutationSettings & { request?: RequestOptions },
) {
  return {
    mutationKey: ["telnyx", "messaging10dlc", "brand", "revet"] as const,
    mutationFn: async ({ brandId }: { brandId: Messaging10dlcBrandRevetPathParams["brandId"] }) =>
      await messaging10dlcBrandRevet(config, brandId, settings?.request),
    onSuccess: () => invalidate(settings, [["telnyx", "messaging10dlc"]]),
  };
}

/** Query options for `GET /10dlc/brand/{brandId}/smsOtp` (calls `messaging10dlcBrandRetrieveSmsOtpStatus`). */
export function messaging10dlcBrandRetrieveSmsOtpStatusQueryOptions(
  config: ClientConfig,
  brandId: Messaging10dlcBrandRetrieveSmsOtpStatusPathParams["brandId"],
  options?: RequestOptions,
) {
  return {
    queryKey: ["telnyx", "messaging10dlc", "brand", "retrieveSmsOtpStatus", { brandId }] as const,
    // async: the call's APIPromise becomes the plain Promise TanStack Query's types expect.
    queryFn: async ({ signal }: { signal?: AbortSignal }) =>
      await messaging10dlcBrandRetrieveSmsOtpStatus(config, brandId, withSignal(options, signal)),
  };
}

/** Mutation options for `POST /10dlc/brand/{brandId}/smsOtp` (calls `messaging10dlcBrandTriggerSmsOtp`); on success, invalidates its namespace's queries. */
export function messaging10dlcBrandTriggerSmsOtpMutationOptions(
  config: ClientConfig,
  settings?: MutationSettings & { request?: RequestOptions },
) {
  return {
    mutationKey: ["telnyx", "messaging10dlc", "brand", "triggerSmsOtp"] as const,
    mutationFn: async (
      { brandId, body }: {
        brandId: Messaging10dlcBrandTriggerSmsOtpPathParams["brandId"];
        body: Messaging10dlcBrandTriggerSmsOtpParams;
      },
    ) => await messaging10dlcBrandTriggerSmsOtp(config, brandId, body, settings?.request),
    onSuccess: () => invalidate(settings, [["telnyx", "messaging10dlc"]]),
  };
}

/** Mutation options for `PUT /10dlc/brand/{brandId}/smsOtp` (calls `messaging10dlcBrandVerifySmsOtp`); on success, invalidates its namespace's queries. */
export function messaging10dlcBrandVerifySmsOtpMutationOptions(
  config: ClientConfig,
  settings?: MutationSettings & { request?: RequestOptions },
) {
  return {
    mutationKey: ["telnyx", "messaging10dlc", "brand", "verifySmsOtp"] as const,
    mutationFn: async (
      { brandId, body }: {
        brandId: Messaging10dlcBrandVerifySmsOtpPathParams["brandId"];
        body: Messaging10dlcBrandVerifySmsOtpParams;
      },
    ) => await messaging10dlcBrandVerifySmsOtp(config, brandId, body, settings?.request),
    onSuccess: () => invalidate(settings, [["telnyx", "messaging10dlc"]]),
  };
}

/** Query options for `GET /10dlc/brand/smsOtp/{referenceId}` (calls `messaging10dlcBrandGetSmsOtpByReference`). */
export function messaging10dlcBrandGetSmsOtpByReferenceQueryOptions(
  config: ClientConfig,
  referenceId: Messaging10dlcBrandGetSmsOtpByReferencePathParams["referenceId"],
  query?: Messaging10dlcBrandGetSmsOtpByReferenceQuery,
  options?: RequestOptions,
) {
  return {
    queryKey: ["telnyx", "messaging10dlc", "brand", "getSmsOtpByReference", { referenceId, query }] as const,
    // async: the call's APIPromise becomes the plain Promise TanStack Query's types expect.
    queryFn: async ({ signal }: { signal?: AbortSignal }) =>
      await messaging10dlcBrandGetSmsOtpByReference(config, referenceId, query, withSignal(options, signal)),
  };
}

/** Mutation options for `POST /10dlc/campaignBuilder` (calls `messaging10dlcCampaignBuilderSubmit`); on success, invalidates its namespace's queries. */
export function messaging10dlcCampaignBuilderSubmitMutationOptions(
  config: ClientConfig,
  settings?: MutationSettings & { request?: RequestOptions },
) {
  return {
    mutationKey: ["telnyx", "messaging10dlc", "campaignBuilder", "submit"] as const,
    mutationFn: async ({ body }: { body: Messaging10dlcCampaignBuilderSubmitParams }) =>
      await messaging10dlcCampaignBuilderSubmit(config, body, settings?.request),
    onSuccess: () => invalidate(settings, [["telnyx", "messaging10dlc"]]),
  };
}

/** Query options for `GET /10dlc/campaignBuilder/brand/{brandId}/usecase/{usecase}` (calls `messaging10dlcCampaignBuilderBrandQualifyByUsecase`). */
export function messaging10dlcCampaignBuilderBrandQualifyByUsecaseQueryOptions(
  config: ClientConfig,
  brandId: Messaging10dlcCampaignBuilderBrandQualifyByUsecasePathParams["brandId"],
  usecase: Messaging10dlcCampaignBuilderBrandQualifyByUsecasePathParams["usecase"],
  options?: RequestOptions,
) {
  return {
    queryKey: ["telnyx", "messaging10dlc", "campaignBuilder", "brand", "qualifyByUsecase", {
      brandId,
      usecase,
    }] as const,
    // async: the call's APIPromise becomes the plain Promise TanStack Query's types expect.
    queryFn: async ({ signal }: { signal?: AbortSignal }) =>
      await messaging10dlcCampaignBuilderBrandQualifyByUsecase(
        config,
        brandId,
        usecase,
        withSignal(options, signal),
      ),
  };
}

/** Query options for `GET /10dlc/campaign` (calls `messaging10dlcCampaignList`). */
export function messaging10dlcCampaignListQueryOptions(
  config: ClientConfig,
  query: Messaging10dlcCampaignListQuery,
  options?: RequestOptions,
) {
  return {
    queryKey: ["telnyx", "messaging10dlc", "campaign", "list", { query }] as const,
    // async: the call's APIPromise becomes the plain Promise TanStack Query's types expect.
    queryFn: async ({ signal }: { signal?: AbortSignal }) =>
      await messaging10dlcCampaignList(config, query, withSignal(options, signal)),
  };
}

/** Infinite query options for `GET /10dlc/campaign`: each page param is the query of that page (calls `messaging10dlcCampaignList`). */
export function messaging10dlcCampaignListInfiniteQueryOptions(
  config: ClientConfig,
  query: Messaging10dlcCampaignListQuery,
  options?: RequestOptions,
) {
  return {
    queryKey: ["telnyx", "messaging10dlc", "campaign", "list", { query }, "infinite"] as const,
    queryFn: async (
      { pageParam, signal }: { pageParam: Messaging10dlcCampaignListQuery; signal?: AbortSignal },
    ) => await messaging10dlcCampaignList(config, pageParam, withSignal(options, signal)),
    initialPageParam: query as Messaging10dlcCampaignListQuery,
    getNextPageParam: nextPageParam<Messaging10dlcCampaignListResponse, Messaging10dlcCampaignListQuery>({
      style: "page",
      pageParam: "page",
      sizeParam: "recordsPerPage",
      items: "records",
      total: "totalRecords",
    }),
  };
}

/** Query options for `GET /10dlc/campaign/{campaignId}` (calls `messaging10dlcCampaignRetrieve`). */
export function messaging10dlcCampaignRetrieveQueryOptions(
  config: ClientConfig,
  campaignId: Messaging10dlcCampaignRetrievePathParams["campaignId"],
  options?: RequestOptions,
) {
  return {
    queryKey: ["telnyx", "messaging10dlc", "campaign", "retrieve", { campaignId }] as const,
    // async: the call's APIPromise becomes the plain Promise TanStack Query's types expect.
    queryFn: async ({ signal }: { signal?: AbortSignal }) =>
      await messaging10dlcCampaignRetrieve(config, campaignId, withSignal(options, signal)),
  };
}

/** Mutation options for `PUT /10dlc/campaign/{campaignId}` (calls `messaging10dlcCampaignUpdate`); on success, invalidates its namespace's queries. */
export function messaging10dlcCampaignUpdateMutationOptions(
  config: ClientConfig,
  settings?: MutationSettings & { request?: RequestOptions },
) {
  return {
    mutationKey: ["telnyx", "messaging10dlc", "campaign", "update"] as const,
    mutationFn: async (
      { campaignId, body }: {
        campaignId: Messaging10dlcCampaignUpdatePathParams["campaignId"];
        body: Messaging10dlcCampaignUpdateParams;
      },
    ) => await messaging10dlcCampaignUpdate(config, campaignId, body, settings?.request),
    onSuccess: () => invalidate(settings, [["telnyx", "messaging10dlc"]]),
  };
}

/** Mutation options for `DELETE /10dlc/campaign/{campaignId}` (calls `messaging10dlcCampaignDeactivate`); on success, invalidates its namespace's queries. */
export function messaging10dlcCampaignDeactivateMutationOptions(
  config: ClientConfig,
  settings?: MutationSettings & { request?: RequestOptions },
) {
  return {
    mutationKey: ["telnyx", "messaging10dlc", "campaign", "deactivate"] as const,
    mutationFn: async (
      { campaignId }: { campaignId: Messaging10dlcCampaignDeactivatePathParams["campaignId"] },
    ) => await messaging10dlcCampaignDeactivate(config, campaignId, settings?.request),
    onSuccess: () => invalidate(settings, [["telnyx", "messaging10dlc"]]),
  };
}

/** Query options for `GET /10dlc/campaign/usecase/cost` (calls `messaging10dlcCampaignUsecaseGetCost`). */
export function messaging10dlcCampaignUsecaseGetCostQueryOptions(
  config: ClientConfig,
  query: Messaging10dlcCampaignUsecaseGetCostQuery,
  options?: RequestOptions,
) {
  return {
    queryKey: ["telnyx", "messaging10dlc", "campaign", "usecase", "getCost", { query }] as const,
    // async: the call's APIPromise becomes the plain Promise TanStack Query's types expect.
    queryFn: async ({ signal }: { signal?: AbortSignal }) =>
      await messaging10dlcCampaignUsecaseGetCost(config, query, withSignal(options, signal)),
  };
}

/** Mutation options for `POST /10dlc/campaign/acceptSharing/{campaignId}` (calls `messaging10dlcCampaignAcceptSharing`); on success, invalidates its namespace's queries. */
export function messaging10dlcCampaignAcceptSharingMutationOptions(
  config: ClientConfig,
  settings?: MutationSettings & { request?: RequestOptions },
) {
  return {
    mutationKey: ["telnyx", "messaging10dlc", "campaign", "acceptSharing"] as const,
    mutationFn: async (
      { campaignId }: { campaignId: Messaging10dlcCampaignAcceptSharingPathParams["campaignId"] },
    ) => await messaging10dlcCampaignAcceptSharing(config, campaignId, settings?.request),
    onSuccess: () => invalidate(settings, [["telnyx", "messaging10dlc"]]),
  };
}

/** Mutation options for `POST /10dlc/campaign/{campaignId}/appeal` (calls `messaging10dlcCampaignSubmitAppeal`); on success, invalidates its namespace's queries. */
export function messaging10dlcCampaignSubmitAppealMutationOptions(
  config: ClientConfig,
  settings?: MutationSettings & { request?: RequestOptions },
) {
  return {
    mutationKey: ["telnyx", "messaging10dlc", "campaign", "submitAppeal"] as const,
    mutationFn: async (
      { campaignId, body }: {
        campaignId: Messaging10dlcCampaignSubmitAppealPathParams["campaignId"];
        body: Messaging10dlcCampaignSubmitAppealParams;
      },
    ) => await messaging10dlcCampaignSubmitAppeal(config, campaignId, body, settings?.request),
    onSuccess: () => invalidate(settings, [["telnyx", "messaging10dlc"]]),
  };
}

/** Query options for `GET /10dlc/campaign/{campaignId}/mnoMetadata` (calls `messaging10dlcCampaignGetMnoMetadata`). */
export function messaging10dlcCampaignGetMnoMetadataQueryOptions(
  config: ClientConfig,
  campaignId: Messaging10dlcCampaignGetMnoMetadataPathParams["campaignId"],
  options?: RequestOptions,
) {
  return {
    queryKey: ["telnyx", "messaging10dlc", "campaign", "getMnoMetadata", { campaignId }] as const,
    // async: the call's APIPromise becomes the plain Promise TanStack Query's types expect.
    queryFn: async ({ signal }: { signal?: AbortSignal }) =>
      await messaging10dlcCampaignGetMnoMetadata(config, campaignId, withSignal(options, signal)),
  };
}

/** Query options for `GET /10dlc/campaign/{campaignId}/operationStatus` (calls `messaging10dlcCampaignGetOperationStatus`). */
export function messaging10dlcCampaignGetOperationStatusQueryOptions(
  config: ClientConfig,
  campaignId: Messaging10dlcCampaignGetOperationStatusPathParams["campaignId"],
  options?: RequestOptions,
) {
  return {
    queryKey: ["telnyx", "messaging10dlc", "campaign", "getOperationStatus", { campaignId }] as const,
    // async: the call's APIPromise becomes the plain Promise TanStack Query's types expect.
    queryFn: async ({ signal }: { signal?: AbortSignal }) =>
      await messaging10dlcCampaignGetOperationStatus(config, campaignId, withSignal(options, signal)),
  };
}

/** Query options for `GET /10dlc/campaign/{campaignId}/osr/attributes` (calls `messaging10dlcCampaignOsrGetAttributes`). */
export function messaging10dlcCampaignOsrGetAttributesQueryOptions(
  config: ClientConfig,
  campaignId: Messaging10dlcCampaignOsrGetAttributesPathParams["campaignId"],
  options?: RequestOptions,
) {
  return {
    queryKey: ["telnyx", "messaging10dlc", "campaign", "osr", "getAttributes", { campaignId }] as const,
    // async: the call's APIPromise becomes the plain Promise TanStack Query's types expect.
    queryFn: async ({ signal }: { signal?: AbortSignal }) =>
      await messaging10dlcCampaignOsrGetAttributes(config, campaignId, withSignal(options, signal)),
  };
}

/** Query options for `GET /10dlc/campaign/{campaignId}/sharing` (calls `messaging10dlcCampaignGetSharingStatus`). */
export function messaging10dlcCampaignGetSharingStatusQueryOptions(
  config: ClientConfig,
  campaignId: Messaging10dlcCampaignGetSharingStatusPathParams["campaignId"],
  options?: RequestOptions,
) {
  return {
    queryKey: ["telnyx", "messaging10dlc", "campaign", "getSharingStatus", { campaignId }] as const,
    // async: the call's APIPromise becomes the plain Promise TanStack Query's types expect.
    queryFn: async ({ signal }: { signal?: AbortSignal }) =>
      await messaging10dlcCampaignGetSharingStatus(config, campaignId, withSignal(options, signal)),
  };
}

/** Query options for `GET /10dlc/partner_campaigns` (calls `messaging10dlcPartnerCampaignsList`). */
export function messaging10dlcPartnerCampaignsListQueryOptions(
  config: ClientConfig,
  query?: Messaging10dlcPartnerCampaignsListQuery,
  options?: RequestOptions,
) {
  return {
    queryKey: ["telnyx", "messaging10dlc", "partnerCampaigns", "list", { query }] as const,
    // async: the call's APIPromise becomes the plain Promise TanStack Query's types expect.
    queryFn: async ({ signal }: { signal?: AbortSignal }) =>
      await messaging10dlcPartnerCampaignsList(config, query, withSignal(options, signal)),
  };
}

/** Infinite query options for `GET /10dlc/partner_campaigns`: each page param is the query of that page (calls `messaging10dlcPartnerCampaignsList`). */
export function messaging10dlcPartnerCampaignsListInfiniteQueryOptions(
  config: ClientConfig,
  query?: Messaging10dlcPartnerCampaignsListQuery,
  options?: RequestOptions,
) {
  return {
    queryKey: ["telnyx", "messaging10dlc", "partnerCampaigns", "list", { query }, "infinite"] as const,
    queryFn: async (
      { pageParam, signal }: {
        pageParam: Messaging10dlcPartnerCampaignsListQuery | undefined;
        signal?: AbortSignal;
      },
    ) => await messaging10dlcPartnerCampaignsList(config, pageParam, withSignal(options, signal)),
    initialPageParam: query as Messaging10dlcPartnerCampaignsListQuery | undefined,
    getNextPageParam: nextPageParam<
      Messaging10dlcPartnerCampaignsListResponse,
      Messaging10dlcPartnerCampaignsListQuery
    >({
      style: "page",
      pageParam: "page",
      sizeParam: "recordsPerPage",
      items: "records",
      total: "totalRecords",
    }),
  };
}

/** Query options for `GET /10dlc/partner_campaigns/{campaignId}` (calls `messaging10dlcPartnerCampaignsRetrieve`). */
export function messaging10dlcPartnerCampaignsRetrieveQueryOptions(
  config: ClientConfig,
  campaignId: Messaging10dlcPartnerCampaignsRetrievePathParams["campaignId"],
  options?: RequestOptions,
) {
  return {
    queryKey: ["telnyx", "messaging10dlc", "partnerCampaigns", "retrieve", { campaignId }] as const,
    // async: the call's APIPromise becomes the plain Promise TanStack Query's types expect.
    queryFn: async ({ signal }: { signal?: AbortSignal }) =>
      await messaging10dlcPartnerCampaignsRetrieve(config, campaignId, withSignal(options, signal)),
  };
}

/** Mutation options for `PATCH /10dlc/partner_campaigns/{campaignId}` (calls `messaging10dlcPartnerCampaignsUpdate`); on success, invalidates its namespace's queries. */
export function messaging10dlcPartnerCampaignsUpdateMutationOptions(
  config: ClientConfig,
  settings?: MutationSettings & { request?: RequestOptions },
) {
  return {
    mutationKey: ["telnyx", "messaging10dlc", "partnerCampaigns", "update"] as const,
    mutationFn: async (
      { campaignId, body }: {
        campaignId: Messaging10dlcPartnerCampaignsUpdatePathParams["campaignId"];
        body: Messaging10dlcPartnerCampaignsUpdateParams;
      },
    ) => await messaging10dlcPartnerCampaignsUpdate(config, campaignId, body, settings?.request),
    onSuccess: () => invalidate(settings, [["telnyx", "messaging10dlc"]]),
  };
}

/** Query options for `GET /10dlc/partnerCampaign/sharedByMe` (calls `messaging10dlcPartnerCampaignsListSharedByMe`). */
export function messaging10dlcPartnerCampaignsListSharedByMeQueryOptions(
  config: ClientConfig,
  query?: Messaging10dlcPartnerCampaignsListSharedByMeQuery,
  options?: RequestOptions,
) {
  return {
    queryKey: ["telnyx", "messaging10dlc", "partnerCampaigns", "listSharedByMe", { query }] as const,
    // async: the call's APIPromise becomes the plain Promise TanStack Query's types expect.
    queryFn: async ({ signal }: { signal?: AbortSignal }) =>
      await messaging10dlcPartnerCampaignsListSharedByMe(config, query, withSignal(options, signal)),
  };
}

/** Infinite query options for `GET /10dlc/partnerCampaign/sharedByMe`: each page param is the query of that page (calls `messaging10dlcPartnerCampaignsListSharedByMe`). */
export function messaging10dlcPartnerCampaignsListSharedByMeInfiniteQueryOptions(
  config: ClientConfig,
  query?: Messaging10dlcPartnerCampaignsListSharedByMeQuery,
  options?: RequestOptions,
) {
  return {
    queryKey: [
      "telnyx",
      "messaging10dlc",
      "partnerCampaigns",
      "listSharedByMe",
      { query },
      "infinite",
    ] as const,
    queryFn: async (
      { pageParam, signal }: {
        pageParam: Messaging10dlcPartnerCampaignsListSharedByMeQuery | undefined;
        signal?: AbortSignal;
      },
    ) => await messaging10dlcPartnerCampaignsListSharedByMe(config, pageParam, withSignal(options, signal)),
    initialPageParam: query as Messaging10dlcPartnerCampaignsListSharedByMeQuery | undefined,
    getNextPageParam: nextPageParam<
      Messaging10dlcPartnerCampaignsListSharedByMeResponse,
      Messaging10dlcPartnerCampaignsListSharedByMeQuery
    >({
      style: "page",
      pageParam: "page",
      sizeParam: "recordsPerPage",
      items: "records",
      total: "totalRecords",
    }),
  };
}

/** Query options for `GET /10dlc/partnerCampaign/{campaignId}/sharing` (calls `messaging10dlcPartnerCampaignsRetrieveSharingStatus`). */
export function messaging10dlcPartnerCampaignsRetrieveSharingStatusQueryOptions(
  config: ClientConfig,
  campaignId: Messaging10dlcPartnerCampaignsRetrieveSharingStatusPathParams["campaignId"],
  options?: RequestOptions,
) {
  return {
    queryKey: ["telnyx", "messaging10dlc", "partnerCampaigns", "retrieveSharingStatus", {
      campaignId,
    }] as const,
    // async: the call's APIPromise becomes the plain Promise TanStack Query's types expect.
    queryFn: async ({ signal }: { signal?: AbortSignal }) =>
      await messaging10dlcPartnerCampaignsRetrieveSharingStatus(
        config,
        campaignId,
        withSignal(options, signal),
      ),
  };
}

/** Query options for `GET /10dlc/phone_number_campaigns` (calls `messaging10dlcPhoneNumberCampaignsList`). */
export function messaging10dlcPhoneNumberCampaignsListQueryOptions(
  config: ClientConfig,
  query?: Messaging10dlcPhoneNumberCampaignsListQuery,
  options?: RequestOptions,
) {
  return {
    queryKey: ["telnyx", "messaging10dlc", "phoneNumberCampaigns", "list", { query }] as const,
    // async: the call's APIPromise becomes the plain Promise TanStack Query's types expect.
    queryFn: async ({ signal }: { signal?: AbortSignal }) =>
      await messaging10dlcPhoneNumberCampaignsList(config, query, withSignal(options, signal)),
  };
}

/** Infinite query options for `GET /10dlc/phone_number_campaigns`: each page param is the query of that page (calls `messaging10dlcPhoneNumberCampaignsList`). */
export function messaging10dlcPhoneNumberCampaignsListInfiniteQueryOptions(
  config: ClientConfig,
  query?: Messaging10dlcPhoneNumberCampaignsListQuery,
  options?: RequestOptions,
) {
  return {
    queryKey: ["telnyx", "messaging10dlc", "phoneNumberCampaigns", "list", { query }, "infinite"] as const,
    queryFn: async (
      { pageParam, signal }: {
        pageParam: Messaging10dlcPhoneNumberCampaignsListQuery | undefined;
        signal?: AbortSignal;
      },
    ) => await messaging10dlcPhoneNumberCampaignsList(config, pageParam, withSignal(options, signal)),
    initialPageParam: query as Messaging10dlcPhoneNumberCampaignsListQuery | undefined,
    getNextPageParam: nextPageParam<
      Messaging10dlcPhoneNumberCampaignsListResponse,
      Messaging10dlcPhoneNumberCampaignsListQuery
    >({
      style: "page",
      pageParam: "page",
      sizeParam: "recordsPerPage",
      items: "records",
      total: "totalRecords",
    }),
  };
}

/** Mutation options for `POST /10dlc/phone_number_campaigns` (calls `messaging10dlcPhoneNumberCampaignsCreate`); on success, invalidates its namespace's queries. */
export function messaging10dlcPhoneNumberCampaignsCreateMutationOptions(
  config: ClientConfig,
  settings?: MutationSettings & { request?: RequestOptions },
) {
  return {
    mutationKey: ["telnyx", "messaging10dlc", "phoneNumberCampaigns", "create"] as const,
    mutationFn: async ({ body }: { body: Messaging10dlcPhoneNumberCampaignsCreateParams }) =>
      await messaging10dlcPhoneNumberCampaignsCreate(config, body, settings?.request),
    onSuccess: () => invalidate(settings, [["telnyx", "messaging10dlc"]]),
  };
}

/** Query options for `GET /10dlc/phone_number_campaigns/{phoneNumber}` (calls `messaging10dlcPhoneNumberCampaignsRetrieve`). */
export function messaging10dlcPhoneNumberCampaignsRetrieveQueryOptions(
  config: ClientConfig,
  phoneNumber: Messaging10dlcPhoneNumberCampaignsRetrievePathParams["phoneNumber"],
  options?: RequestOptions,
) {
  return {
    queryKey: ["telnyx", "messaging10dlc", "phoneNumberCampaigns", "retrieve", { phoneNumber }] as const,
    // async: the call's APIPromise becomes the plain Promise TanStack Query's types expect.
    queryFn: async ({ signal }: { signal?: AbortSignal }) =>
      await messaging10dlcPhoneNumberCampaignsRetrieve(config, phoneNumber, withSignal(options, signal)),
  };
}

/** Mutation options for `PUT /10dlc/phone_number_campaigns/{phoneNumber}` (calls `messaging10dlcPhoneNumberCampaignsUpdate`); on success, invalidates its namespace's queries. */
export function messaging10dlcPhoneNumberCampaignsUpdateMutationOptions(
  config: ClientConfig,
  settings?: MutationSettings & { request?: RequestOptions },
) {
  return {
    mutationKey: ["telnyx", "messaging10dlc", "phoneNumberCampaigns", "update"] as const,
    mutationFn: async (
      { phoneNumber, body }: {
        phoneNumber: Messaging10dlcPhoneNumberCampaignsUpdatePathParams["phoneNumber"];
        body: Messaging10dlcPhoneNumberCampaignsUpdateParams;
      },
    ) => await messaging10dlcPhoneNumberCampaignsUpdate(config, phoneNumber, body, settings?.request),
    onSuccess: () => invalidate(settings, [["telnyx", "messaging10dlc"]]),
  };
}

/** Mutation options for `DELETE /10dlc/phone_number_campaigns/{phoneNumber}` (calls `messaging10dlcPhoneNumberCampaignsDelete`); on success, invalidates its namespace's queries. */
export function messaging10dlcPhoneNumberCampaignsDeleteMutationOptions(
  config: ClientConfig,
  settings?: MutationSettings & { request?: RequestOptions },
) {
  return {
    mutationKey: ["telnyx", "messaging10dlc", "phoneNumberCampaigns", "delete"] as const,
    mutationFn: async (
      { phoneNumber }: { phoneNumber: Messaging10dlcPhoneNumberCampaignsDeletePathParams["phoneNumber"] },
    ) => await messaging10dlcPhoneNumberCampaignsDelete(config, phoneNumber, settings?.request),
    onSuccess: () => invalidate(settings, [["telnyx", "messaging10dlc"]]),
  };
}

/** Mutation options for `POST /10dlc/phoneNumberAssignmentByProfile` (calls `messaging10dlcPhoneNumberAssignmentByProfileAssign`); on success, invalidates its namespace's queries. */
export function messaging10dlcPhoneNumberAssignmentByProfileAssignMutationOptions(
  config: ClientConfig,
  settings?: MutationSettings & { request?: RequestOptions },
) {
  return {
    mutationKey: ["telnyx", "messaging10dlc", "phoneNumberAssignmentByProfile", "assign"] as const,
    mutationFn: async ({ body }: { body: Messaging10dlcPhoneNumberAssignmentByProfileAssignParams }) =>
      await messaging10dlcPhoneNumberAssignmentByProfileAssign(config, body, settings?.request),
    onSuccess: () => invalidate(settings, [["telnyx", "messaging10dlc"]]),
  };
}

/** Query options for `GET /10dlc/phoneNumberAssignmentByProfile/{taskId}` (calls `messaging10dlcPhoneNumberAssignmentByProfileRetrieveStatus`). */
export function messaging10dlcPhoneNumberAssignmentByProfileRetrieveStatusQueryOptions(
  config: ClientConfig,
  taskId: Messaging10dlcPhoneNumberAssignmentByProfileRetrieveStatusPathParams["taskId"],
  options?: RequestOptions,
) {
  return {
    queryKey: ["telnyx", "messaging10dlc", "phoneNumberAssignmentByProfile", "retrieveStatus", {
      taskId,
    }] as const,
    // async: the call's APIPromise becomes the plain Promise TanStack Query's types expect.
    queryFn: async ({ signal }: { signal?: AbortSignal }) =>
      await messaging10dlcPhoneNumberAssignmentByProfileRetrieveStatus(
        config,
        taskId,
        withSignal(options, signal),
      ),
  };
}

/** Query options for `GET /10dlc/phoneNumberAssignmentByProfile/{taskId}/phoneNumbers` (calls `messaging10dlcPhoneNumberAssignmentByProfileListPhoneNumberStatus`). */
export function messaging10dlcPhoneNumberAssignmentByProfileListPhoneNumberStatusQueryOptions(
  config: ClientConfig,
  taskId: Messaging10dlcPhoneNumberAssignmentByProfileListPhoneNumberStatusPathParams["taskId"],
  query?: Messaging10dlcPhoneNumberAssignmentByProfileListPhoneNumberStatusQuery,
  options?: RequestOptions,
) {
  return {
    queryKey: ["telnyx", "messaging10dlc", "phoneNumberAssignmentByProfile", "listPhoneNumberStatus", {
      taskId,
      query,
    }] as const,
    // async: the call's APIPromise becomes the plain Promise TanStack Query's types expect.
    queryFn: async ({ signal }: { signal?: AbortSignal }) =>
      await messaging10dlcPhoneNumberAssignmentByProfileListPhoneNumberStatus(
        config,
        taskId,
        query,
        withSignal(options, signal),
      ),
  };
}

/** Infinite query options for `GET /10dlc/phoneNumberAssignmentByProfile/{taskId}/phoneNumbers`: each page param is the query of that page (calls `messaging10dlcPhoneNumberAssignmentByProfileListPhoneNumberStatus`). */
export function messaging10dlcPhoneNumberAssignmentByProfileListPhoneNumberStatusInfiniteQueryOptions(
  config: ClientConfig,
  taskId: Messaging10dlcPhoneNumberAssignmentByProfileListPhoneNumberStatusPathParams["taskId"],
  query?: Messaging10dlcPhoneNumberAssignmentByProfileListPhoneNumberStatusQuery,
  options?: RequestOptions,
) {
  return {
    queryKey: ["telnyx", "messaging10dlc", "phoneNumberAssignmentByProfile", "listPhoneNumberStatus", {
      taskId,
      query,
    }, "infinite"] as const,
    queryFn: async (
      { pageParam, signal }: {
        pageParam: Messaging10dlcPhoneNumberAssignmentByProfileListPhoneNumberStatusQuery | undefined;
        signal?: AbortSignal;
      },
    ) =>
      await messaging10dlcPhoneNumberAssignmentByProfileListPhoneNumberStatus(
        config,
        taskId,
        pageParam,
        withSignal(options, signal),
      ),
    initialPageParam: query as
      | Messaging10dlcPhoneNumberAssignmentByProfileListPhoneNumberStatusQuery
      | undefined,
    getNextPageParam: nextPageParam<
      Messaging10dlcPhoneNumberAssignmentByProfileListPhoneNumberStatusResponse,
      Messaging10dlcPhoneNumberAssignmentByProfileListPhoneNumberStatusQuery
    >({ style: "page", pageParam: "page", sizeParam: "recordsPerPage", items: "records" }),
  };
}

/** Query options for `GET /10dlc/enum/{endpoint}` (calls `messaging10dlcGetEnum`). */
export function messaging10dlcGetEnumQueryOptions(
  config: ClientConfig,
  endpoint: Messaging10dlcGetEnumPathParams["endpoint"],
  options?: RequestOptions,
) {
  return {
    queryKey: ["telnyx", "messaging10dlc", "getEnum", { endpoint }] as const,
    // async: the call's APIPromise becomes the plain Promise TanStack Query's types expect.
    queryFn: async ({ signal }: { signal?: AbortSignal }) =>
      await messaging10dlcGetEnum(config, endpoint, withSignal(options, signal)),
  };
}

/** Query options for `GET /available_phone_numbers` (calls `availablePhoneNumbersList`). */
export function availablePhoneNumbersListQueryOptions(
  config: ClientConfig,
  query?: AvailablePhoneNumbersListQuery,
  options?: RequestOptions,
) {
  return {
    queryKey: ["telnyx", "availablePhoneNumbers", "list", { query }] as const,
    // async: the call's APIPromise becomes the plain Promise TanStack Query's types expect.
    queryFn: async ({ signal }: { signal?: AbortSignal }) =>
      await availablePhoneNumbersList(config, query, withSignal(options, signal)),
  };
}

/** Query options for `GET /number_orders` (calls `numberOrdersList`). */
export function numberOrdersListQueryOptions(
  config: ClientConfig,
  query?: NumberOrdersListQuery,
  options?: RequestOptions,
) {
  return {
    queryKey: ["telnyx", "numberOrders", "list", { query }] as const,
    // async: the call's APIPromise becomes the plain Promise TanStack Query's types expect.
    queryFn: async ({ signal }: { signal?: AbortSignal }) =>
      await numberOrdersList(config, query, withSignal(options, signal)),
  };
}

/** Infinite query options for `GET /number_orders`: each page param is the query of that page (calls `numberOrdersList`). */
export function numberOrdersListInfiniteQueryOptions(
  config: ClientConfig,
  query?: NumberOrdersListQuery,
  options?: RequestOptions,
) {
  return {
    queryKey: ["telnyx", "numberOrders", "list", { query }, "infinite"] as const,
    queryFn: async (
      { pageParam, signal }: { pageParam: NumberOrdersListQuery | undefined; signal?: AbortSignal },
    ) => await numberOrdersList(config, pageParam, withSignal(options, signal)),
    initialPageParam: query as NumberOrdersListQuery | undefined,
    getNextPageParam: nextPageParam<NumberOrdersListResponse, NumberOrdersListQuery>({
      style: "page",
      pageParam: "page[number]",
      sizeParam: "page[size]",
      items: "data",
      total: "meta.total_results",
      totalPages: "meta.total_pages",
    }),
  };
}

/** Mutation options for `POST /number_orders` (calls `numberOrdersCreate`); on success, invalidates its namespace's queries. */
export function numberOrdersCreateMutationOptions(
  config: ClientConfig,
  settings?: MutationSettings & { request?: RequestOptions },
) {
  return {
    mutationKey: ["telnyx", "numberOrders", "create"] as const,
    mutationFn: async ({ body }: { body: NumberOrdersCreateParams }) =>
      await numberOrdersCreate(config, body, settings?.request),
    onSuccess: () => invalidate(settings, [["telnyx", "numberOrders"]]),
  };
}

/** Query options for `GET /number_orders/{number_order_id}` (calls `numberOrdersRetrieve`). */
export function numberOrdersRetrieveQueryOptions(
  config: ClientConfig,
  numberOrderId: NumberOrdersRetrievePathParams["number_order_id"],
  options?: RequestOptions,
) {
  return {
    queryKey: ["telnyx", "numberOrders", "retrieve", { numberOrderId }] as const,
    // async: the call's APIPromise becomes the plain Promise TanStack Query's types expect.
    queryFn: async ({ signal }: { signal?: AbortSignal }) =>
      await numberOrdersRetrieve(config, numberOrderId, withSignal(options, signal)),
  };
}

/** Mutation options for `PATCH /number_orders/{number_order_id}` (calls `numberOrdersUpdate`); on success, invalidates its namespace's queries. */
export function numberOrdersUpdateMutationOptions(
  config: ClientConfig,
  settings?: MutationSettings & { request?: RequestOptions },
) {
  return {
    mutationKey: ["telnyx", "numberOrders", "update"] as const,
    mutationFn: async (
      { numberOrderId, body }: {
        numberOrderId: NumberOrdersUpdatePathParams["number_order_id"];
        body: NumberOrdersUpdateParams;
      },
    ) => await numberOrdersUpdate(config, numberOrderId, body, settings?.request),
    onSuccess: () => invalidate(settings, [["telnyx", "numberOrders"]]),
  };
}

/** Query options for `GET /number_reservations` (calls `numberReservationsList`). */
export function numberReservationsListQueryOptions(
  config: ClientConfig,
  query?: NumberReservationsListQuery,
  options?: RequestOptions,
) {
  return {
    queryKey: ["telnyx", "numberReservations", "list", { query }] as const,
    // async: the call's APIPromise becomes the plain Promise TanStack Query's types expect.
    queryFn: async ({ signal }: { signal?: AbortSignal }) =>
      await numberReservationsList(config, query, withSignal(options, signal)),
  };
}

/** Infinite query options for `GET /number_reservations`: each page param is the query of that page (calls `numberReservationsList`). */
export function numberReservationsListInfiniteQueryOptions(
  config: ClientConfig,
  query?: NumberReservationsListQuery,
  options?: RequestOptions,
) {
  return {
    queryKey: ["telnyx", "numberReservations", "list", { query }, "infinite"] as const,
    queryFn: async (
      { pageParam, signal }: { pageParam: NumberReservationsListQuery | undefined; signal?: AbortSignal },
    ) => await numberReservationsList(config, pageParam, withSignal(options, signal)),
    initialPageParam: query as NumberReservationsListQuery | undefined,
    getNextPageParam: nextPageParam<NumberReservationsListResponse, NumberReservationsListQuery>({
      style: "page",
      pageParam: "page[number]",
      sizeParam: "page[size]",
      items: "data",
      total: "meta.total_results",
      totalPages: "meta.total_pages",
    }),
  };
}

/** Mutation options for `POST /number_reservations` (calls `numberReservationsCreate`); on success, invalidates its namespace's queries. */
export function numberReservationsCreateMutationOptions(
  config: ClientConfig,
  settings?: MutationSettings & { request?: RequestOptions },
) {
  return {
    mutationKey: ["telnyx", "numberReservations", "create"] as const,
    mutationFn: async ({ body }: { body: NumberReservationsCreateParams }) =>
      await numberReservationsCreate(config, body, settings?.request),
    onSuccess: () => invalidate(settings, [["telnyx", "numberReservations"]]),
  };
}

/** Query options for `GET /number_reservations/{number_reservation_id}` (calls `numberReservationsRetrieve`). */
export function numberReservationsRetrieveQueryOptions(
  config: ClientConfig,
  numberReservationId: NumberReservationsRetrievePathParams["number_reservation_id"],
  options?: RequestOptions,
) {
  return {
    queryKey: ["telnyx", "numberReservations", "retrieve", { numberReservationId }] as const,
    // async: the call's APIPromise becomes the plain Promise TanStack Query's types expect.
    queryFn: async ({ signal }: { signal?: AbortSignal }) =>
      await numberReservationsRetrieve(config, numberReservationId, withSignal(options, signal)),
  };
}

/** Query options for `GET /advanced_orders` (calls `advancedOrdersList`). */
export function advancedOrdersListQueryOptions(config: ClientConfig, options?: RequestOptions) {
  return {
    queryKey: ["telnyx", "advancedOrders", "list", {}] as const,
    // async: the call's APIPromise becomes the plain Promise TanStack Query's types expect.
    queryFn: async ({ signal }: { signal?: AbortSignal }) =>
      await advancedOrdersList(config, withSignal(options, signal)),
  };
}

/** Mutation options for `POST /advanced_orders` (calls `advancedOrdersCreate`); on success, invalidates its namespace's queries. */
export function advancedOrdersCreateMutationOptions(
  config: ClientConfig,
  settings?: MutationSettings & { request?: RequestOptions },
) {
  return {
    mutationKey: ["telnyx", "advancedOrders", "create"] as const,
    mutationFn: async ({ body }: { body: AdvancedOrdersCreateParams }) =>
      await advancedOrdersCreate(config, body, settings?.request),
    onSuccess: () => invalidate(settings, [["telnyx", "advancedOrders"]]),
  };
}

/** Mutation options for `PATCH /advanced_orders/{advanced-order-id}/requirement_group` (calls `advancedOrdersUpdateRequirementGroup`); on success, invalidates its namespace's queries. */
export function advancedOrdersUpdateRequirementGroupMutationOptions(
  config: ClientConfig,
  settings?: MutationSettings & { request?: RequestOptions },
) {
  return {
    mutationKey: ["telnyx", "advancedOrders", "updateRequirementGroup"] as const,
    mutationFn: async (
      { advancedOrderId, body }: {
        advancedOrderId: AdvancedOrdersUpdateRequirementGroupPathParams["advanced-order-id"];
        body: AdvancedOrdersUpdateRequirementGroupParams;
      },
    ) => await advancedOrdersUpdateRequirementGroup(config, advancedOrderId, body, settings?.request),
    onSuccess: () => invalidate(settings, [["telnyx", "advancedOrders"]]),
  };
}

/** Query options for `GET /advanced_orders/{order_id}` (calls `advancedOrdersRetrieve`). */
export function advancedOrdersRetrieveQueryOptions(
  config: ClientConfig,
  orderId: AdvancedOrdersRetrievePathParams["order_id"],
  options?: RequestOptions,
) {
  return {
    queryKey: ["telnyx", "advancedOrders", "retrieve", { orderId }] as const,
    // async: the call's APIPromise becomes the plain Promise TanStack Query's types expect.
    queryFn: async ({ signal }: { signal?: AbortSignal }) =>
      await advancedOrdersRetrieve(config, orderId, withSignal(options, signal)),
  };
}

/** Query options for `GET /available_phone_number_blocks` (calls `availablePhoneNumberBlocksList`). */
export function availablePhoneNumberBlocksListQueryOptions(
  config: ClientConfig,
  query?: AvailablePhoneNumberBlocksListQuery,
  options?: RequestOptions,
) {
  return {
    queryKey: ["telnyx", "availablePhoneNumberBlocks", "list", { query }] as const,
    // async: the call's APIPromise becomes the plain Promise TanStack Query's types expect.
    queryFn: async ({ signal }: { signal?: AbortSignal }) =>
      await availablePhoneNumberBlocksList(config, query, withSignal(options, signal)),
  };
}

/** Query options for `GET /comments` (calls `commentsList`). */
export function commentsListQueryOptions(
  config: ClientConfig,
  query?: CommentsListQuery,
  options?: RequestOptions,
) {
  return {
    queryKey: ["telnyx", "comments", "list", { query }] as const,
    // async: the call's APIPromise becomes the plain Promise TanStack Query's types expect.
    queryFn: async ({ signal }: { signal?: AbortSignal }) =>
      await commentsList(config, query, withSignal(options, signal)),
  };
}

/** Mutation options for `POST /comments` (calls `commentsCreate`); on success, invalidates its namespace's queries. */
export function commentsCreateMutationOptions(
  config: ClientConfig,
  settings?: MutationSettings & { request?: RequestOptions },
) {
  return {
    mutationKey: ["telnyx", "comments", "create"] as const,
    mutationFn: async ({ body }: { body: CommentsCreateParams }) =>
      await commentsCreate(config, body, settings?.request),
    onSuccess: () => invalidate(settings, [["telnyx", "comments"]]),
  };
}

/** Query options for `GET /comments/{id}` (calls `commentsRetrieve`). */
export function commentsRetrieveQueryOptions(
  config: ClientConfig,
  id: CommentsRetrievePathParams["id"],
  options?: RequestOptions,
) {
  return {
    queryKey: ["telnyx", "comments", "retrieve", { id }] as const,
    // async: the call's APIPromise becomes the plain Promise TanStack Query's types expect.
    queryFn: async ({ signal }: { signal?: AbortSignal }) =>
      await commentsRetrieve(config, id, withSignal(options, signal)),
  };
}

/** Mutation options for `PATCH /comments/{id}/read` (calls `commentsMarkAsRead`); on success, invalidates its namespace's queries. */
export function commentsMarkAsReadMutationOptions(
  config: ClientConfig,
  settings?: MutationSettings & { request?: RequestOptions },
) {
  return {
    mutationKey: ["telnyx", "comments", "markAsRead"] as const,
    mutationFn: async ({ id }: { id: CommentsMarkAsReadPathParams["id"] }) =>
      await commentsMarkAsRead(config, id, settings?.request),
    onSuccess: () => invalidate(settings, [["telnyx", "comments"]]),
  };
}

/** Query options for `GET /country_coverage` (calls `countryCoverageRetrieve`). */
export function countryCoverageRetrieveQueryOptions(config: ClientConfig, options?: RequestOptions) {
  return {
    queryKey: ["telnyx", "countryCoverage", "retrieve", {}] as const,
    // async: the call's APIPromise becomes the plain Promise TanStack Query's types expect.
    queryFn: async ({ signal }: { signal?: AbortSignal }) =>
      await countryCoverageRetrieve(config, withSignal(options, signal)),
  };
}

/** Query options for `GET /country_coverage/countries/{country_code}` (calls `countryCoverageRetrieveCountry`). */
export function countryCoverageRetrieveCountryQueryOptions(
  config: ClientConfig,
  countryCode: CountryCoverageRetrieveCountryPathParams["country_code"],
  options?: RequestOptions,
) {
  return {
    queryKey: ["telnyx", "countryCoverage", "retrieveCountry", { countryCode }] as const,
    // async: the call's APIPromise becomes the plain Promise TanStack Query's types expect.
    queryFn: async ({ signal }: { signal?: AbortSignal }) =>
      await countryCoverageRetrieveCountry(config, countryCode, withSignal(options, signal)),
  };
}

/** Query options for `GET /customer_service_records` (calls `customerServiceRecordsList`). */
export function customerServiceRecordsListQueryOptions(
  config: ClientConfig,
  query?: CustomerServiceRecordsListQuery,
  options?: RequestOptions,
) {
  return {
    queryKey: ["telnyx", "customerServiceRecords", "list", { query }] as const,
    // async: the call's APIPromise becomes the plain Promise TanStack Query's types expect.
    queryFn: async ({ signal }: { signal?: AbortSignal }) =>
      await customerServiceRecordsList(config, query, withSignal(options, signal)),
  };
}

/** Infinite query options for `GET /customer_service_records`: each page param is the query of that page (calls `customerServiceRecordsList`). */
export function customerServiceRecordsListInfiniteQueryOptions(
  config: ClientConfig,
  query?: CustomerServiceRecordsListQuery,
  options?: RequestOptions,
) {
  return {
    queryKey: ["telnyx", "customerServiceRecords", "list", { query }, "infinite"] as const,
    queryFn: async (
      { pageParam, signal }: { pageParam: CustomerServiceRecordsListQuery | undefined; signal?: AbortSignal },
    ) => await customerServiceRecordsList(config, pageParam, withSignal(options, signal)),
    initialPageParam: query as CustomerServiceRecordsListQuery | undefined,
    getNextPageParam: nextPageParam<CustomerServiceRecordsListResponse, CustomerServiceRecordsListQuery>({
      style: "page",
      pageParam: "page[number]",
      sizeParam: "page[size]",
      items: "data",
      total: "meta.total_results",
      totalPages: "meta.total_pages",
    }),
  };
}

/** Mutation options for `POST /customer_service_records` (calls `customerServiceRecordsCreate`); on success, invalidates its namespace's queries. */
export function customerServiceRecordsCreateMutationOptions(
  config: ClientConfig,
  settings?: MutationSettings & { request?: RequestOptions },
) {
  return {
    mutationKey: ["telnyx", "customerServiceRecords", "create"] as const,
    mutationFn: async ({ body }: { body: CustomerServiceRecordsCreateParams }) =>
      await customerServiceRecordsCreate(config, body, settings?.request),
    onSuccess: () => invalidate(settings, [["telnyx", "customerServiceRecords"]]),
  };
}

/** Mutation options for `POST /customer_service_records/phone_number_coverages` (calls `customerServiceRecordsVerifyPhoneNumberCoverage`); on success, invalidates its namespace's queries. */
export function customerServiceRecordsVerifyPhoneNumberCoverageMutationOptions(
  config: ClientConfig,
  settings?: MutationSettings & { request?: RequestOptions },
) {
  return {
    mutationKey: ["telnyx", "customerServiceRecords", "verifyPhoneNumberCoverage"] as const,
    mutationFn: async ({ body }: { body: CustomerServiceRecordsVerifyPhoneNumberCoverageParams }) =>
      await customerServiceRecordsVerifyPhoneNumberCoverage(config, body, settings?.request),
    onSuccess: () => invalidate(settings, [["telnyx", "customerServiceRecords"]]),
  };
}

/** Query options for `GET /customer_service_records/{customer_service_record_id}` (calls `customerServiceRecordsRetrieve`). */
export function customerServiceRecordsRetrieveQueryOptions(
  config: ClientConfig,
  customerServiceRecordId: CustomerServiceRecordsRetrievePathParams["customer_service_record_id"],
  options?: RequestOptions,
) {
  return {
    queryKey: ["telnyx", "customerServiceRecords", "retrieve", { customerServiceRecordId }] as const,
    // async: the call's APIPromise becomes the plain Promise TanStack Query's types expect.
    queryFn: async ({ signal }: { signal?: AbortSignal }) =>
      await customerServiceRecordsRetrieve(config, customerServiceRecordId, withSignal(options, signal)),
  };
}

/** Query options for `GET /inexplicit_number_orders` (calls `inexplicitNumberOrdersList`). */
export function inexplicitNumberOrdersListQueryOptions(
  config: ClientConfig,
  query?: InexplicitNumberOrdersListQuery,
  options?: RequestOptions,
) {
  return {
    queryKey: ["telnyx", "inexplicitNumberOrders", "list", { query }] as const,
    // async: the call's APIPromise becomes the plain Promise TanStack Query's types expect.
    queryFn: async ({ signal }: { signal?: AbortSignal }) =>
      await inexplicitNumberOrdersList(config, query, withSignal(options, signal)),
  };
}

/** Infinite query options for `GET /inexplicit_number_orders`: each page param is the query of that page (calls `inexplicitNumberOrdersList`). */
export function inexplicitNumberOrdersListInfiniteQueryOptions(
  config: ClientConfig,
  query?: InexplicitNumberOrdersListQuery,
  options?: RequestOptions,
) {
  return {
    queryKey: ["telnyx", "inexplicitNumberOrders", "list", { query }, "infinite"] as const,
    queryFn: async (
      { pageParam, signal }: { pageParam: InexplicitNumberOrdersListQuery | undefined; signal?: AbortSignal },
    ) => await inexplicitNumberOrdersList(config, pageParam, withSignal(options, signal)),
    initialPageParam: query as InexplicitNumberOrdersListQuery | undefined,
    getNextPageParam: nextPageParam<InexplicitNumberOrdersListResponse, InexplicitNumberOrdersListQuery>({
      style: "page",
      pageParam: "page_number",
      sizeParam: "page_size",
      items: "data",
      total: "meta.total_results",
      totalPages: "meta.total_pages",
    }),
  };
}

/** Mutation options for `POST /inexplicit_number_orders` (calls `inexplicitNumberOrdersCreate`); on success, invalidates its namespace's queries. */
export function inexplicitNumberOrdersCreateMutationOptions(
  config: ClientConfig,
  settings?: MutationSettings & { request?: RequestOptions },
) {
  return {
    mutationKey: ["telnyx", "inexplicitNumberOrders", "create"] as const,
    mutationFn: async ({ body }: { body: InexplicitNumberOrdersCreateParams }) =>
      await inexplicitNumberOrdersCreate(config, body, settings?.request),
    onSuccess: () => invalidate(settings, [["telnyx", "inexplicitNumberOrders"]]),
  };
}

/** Query options for `GET /inexplicit_number_orders/{id}` (calls `inexplicitNumberOrdersRetrieve`). */
export function inexplicitNumberOrdersRetrieveQueryOptions(
  config: ClientConfig,
  id: InexplicitNumberOrdersRetrievePathParams["id"],
  options?: RequestOptions,
) {
  return {
    queryKey: ["telnyx", "inexplicitNumberOrders", "retrieve", { id }] as const,
    // async: the call's APIPromise becomes the plain Promise TanStack Query's types expect.
    queryFn: async ({ signal }: { signal?: AbortSignal }) =>
      await inexplicitNumberOrdersRetrieve(config, id, withSignal(options, signal)),
  };
}

/** Query options for `GET /inventory_coverage` (calls `inventoryCoverageList`). */
export function inventoryCoverageListQueryOptions(
  config: ClientConfig,
  query?: InventoryCoverageListQuery,
  options?: RequestOptions,
) {
  return {
    queryKey: ["telnyx", "inventoryCoverage", "list", { query }] as const,
    // async: the call's APIPromise becomes the plain Promise TanStack Query's types expect.
    queryFn: async ({ signal }: { signal?: AbortSignal }) =>
      await inventoryCoverageList(config, query, withSignal(options, signal)),
  };
}

/** Query options for `GET /mobile_network_operators` (calls `mobileNetworkOperatorsList`). */
export function mobileNetworkOperatorsListQueryOptions(
  config: ClientConfig,
  query?: MobileNetworkOperatorsListQuery,
  options?: RequestOptions,
) {
  return {
    queryKey: ["telnyx", "mobileNetworkOperators", "list", { query }] as const,
    // async: the call's APIPromise becomes the plain Promise TanStack Query's types expect.
    queryFn: async ({ signal }: { signal?: AbortSignal }) =>
      await mobileNetworkOperatorsList(config, query, withSignal(options, signal)),
  };
}

/** Infinite query options for `GET /mobile_network_operators`: each page param is the query of that page (calls `mobileNetworkOperatorsList`). */
export function mobileNetworkOperatorsListInfiniteQueryOptions(
  config: ClientConfig,
  query?: MobileNetworkOperatorsListQuery,
  options?: RequestOptions,
) {
  return {
    queryKey: ["telnyx", "mobileNetworkOperators", "list", { query }, "infinite"] as const,
    queryFn: async (
      { pageParam, signal }: { pageParam: MobileNetworkOperatorsListQuery | undefined; signal?: AbortSignal },
    ) => await mobileNetworkOperatorsList(config, pageParam, withSignal(options, signal)),
    initialPageParam: query as MobileNetworkOperatorsListQuery | undefined,
    getNextPageParam: nextPageParam<MobileNetworkOperatorsListResponse, MobileNetworkOperatorsListQuery>({
      style: "page",
      pageParam: "page[number]",
      sizeParam: "page[size]",
      items: "data",
      total: "meta.total_results",
      totalPages: "meta.total_pages",
    }),
  };
}

/** Query options for `GET /network_coverage` (calls `networkCoverageList`). */
export function networkCoverageListQueryOptions(
  config: ClientConfig,
  query?: NetworkCoverageListQuery,
  options?: RequestOptions,
) {
  return {
    queryKey: ["telnyx", "networkCoverage", "list", { query }] as const,
    // async: the call's APIPromise becomes the plain Promise TanStack Query's types expect.
    queryFn: async ({ signal }: { signal?: AbortSignal }) =>
      await networkCoverageList(config, query, withSignal(options, signal)),
  };
}

/** Infinite query options for `GET /network_coverage`: each page param is the query of that page (calls `networkCoverageList`). */
export function networkCoverageListInfiniteQueryOptions(
  config: ClientConfig,
  query?: NetworkCoverageListQuery,
  options?: RequestOptions,
) {
  return {
    queryKey: ["telnyx", "networkCoverage", "list", { query }, "infinite"] as const,
    queryFn: async (
      { pageParam, signal }: { pageParam: NetworkCoverageListQuery | undefined; signal?: AbortSignal },
    ) => await networkCoverageList(config, pageParam, withSignal(options, signal)),
    initialPageParam: query as NetworkCoverageListQuery | undefined,
    getNextPageParam: nextPageParam<NetworkCoverageListResponse, NetworkCoverageListQuery>({
      style: "page",
      pageParam: "page[number]",
      sizeParam: "page[size]",
      items: "data",
      total: "meta.total_results",
      totalPages: "meta.total_pages",
    }),
  };
}

/** Query options for `GET /number_block_orders` (calls `numberBlockOrdersList`). */
export function numberBlockOrdersListQueryOptions(
  config: ClientConfig,
  query?: NumberBlockOrdersListQuery,
  options?: RequestOptions,
) {
  return {
    queryKey: ["telnyx", "numberBlockOrders", "list", { query }] as const,
    // async: the call's APIPromise becomes the plain Promise TanStack Query's types expect.
    queryFn: async ({ signal }: { signal?: AbortSignal }) =>
      await numberBlockOrdersList(config, query, withSignal(options, signal)),
  };
}

/** Infinite query options for `GET /number_block_orders`: each page param is the query of that page (calls `numberBlockOrdersList`). */
export function numberBlockOrdersListInfiniteQueryOptions(
  config: ClientConfig,
  query?: NumberBlockOrdersListQuery,
  options?: RequestOptions,
) {
  return {
    queryKey: ["telnyx", "numberBlockOrders", "list", { query }, "infinite"] as const,
    queryFn: async (
      { pageParam, signal }: { pageParam: NumberBlockOrdersListQuery | undefined; signal?: AbortSignal },
    ) => await numberBlockOrdersList(config, pageParam, withSignal(options, signal)),
    initialPageParam: query as NumberBlockOrdersListQuery | undefined,
    getNextPageParam: nextPageParam<NumberBlockOrdersListResponse, NumberBlockOrdersListQuery>({
      style: "page",
      pageParam: "page[number]",
      sizeParam: "page[size]",
      items: "data",
      total: "meta.total_results",
      totalPages: "meta.total_pages",
    }),
  };
}

/** Mutation options for `POST /number_block_orders` (calls `numberBlockOrdersCreate`); on success, invalidates its namespace's queries. */
export function numberBlockOrdersCreateMutationOptions(
  config: ClientConfig,
  settings?: MutationSettings & { request?: RequestOptions },
) {
  return {
    mutationKey: ["telnyx", "numberBlockOrders", "create"] as const,
    mutationFn: async ({ body }: { body: NumberBlockOrdersCreateParams }) =>
      await numberBlockOrdersCreate(config, body, settings?.request),
    onSuccess: () => invalidate(settings, [["telnyx", "numberBlockOrders"]]),
  };
}

/** Query options for `GET /number_block_orders/{number_block_order_id}` (calls `numberBlockOrdersRetrieve`). */
export function numberBlockOrdersRetrieveQueryOptions(
  config: ClientConfig,
  numberBlockOrderId: NumberBlockOrdersRetrievePathParams["number_block_order_id"],
  options?: RequestOptions,
) {
  return {
    queryKey: ["telnyx", "numberBlockOrders", "retrieve", { numberBlockOrderId }] as const,
    // async: the call's APIPromise becomes the plain Promise TanStack Query's types expect.
    queryFn: async ({ signal }: { signal?: AbortSignal }) =>
      await numberBlockOrdersRetrieve(config, numberBlockOrderId, withSignal(options, signal)),
  };
}

/** Query options for `GET /number_order_phone_numbers` (calls `numberOrderPhoneNumbersList`). */
export function numberOrderPhoneNumbersListQueryOptions(
  config: ClientConfig,
  query?: NumberOrderPhoneNumbersListQuery,
  options?: RequestOptions,
) {
  return {
    queryKey: ["telnyx", "numberOrderPhoneNumbers", "list", { query }] as const,
    // async: the call's APIPromise becomes the plain Promise TanStack Query's types expect.
    queryFn: async ({ signal }: { signal?: AbortSignal }) =>
      await numberOrderPhoneNumbersList(config, query, withSignal(options, signal)),
  };
}

/** Query options for `GET /number_order_phone_numbers/{number_order_phone_number_id}` (calls `numberOrderPhoneNumbersRetrieve`). */
export function numberOrderPhoneNumbersRetrieveQueryOptions(
  config: ClientConfig,
  numberOrderPhoneNumberId: NumberOrderPhoneNumbersRetrievePathParams["number_order_phone_number_id"],
  options?: RequestOptions,
) {
  return {
    queryKey: ["telnyx", "numberOrderPhoneNumbers", "retrieve", { numberOrderPhoneNumberId }] as const,
    // async: the call's APIPromise becomes the plain Promise TanStack Query's types expect.
    queryFn: async ({ signal }: { signal?: AbortSignal }) =>
      await numberOrderPhoneNumbersRetrieve(config, numberOrderPhoneNumberId, withSignal(options, signal)),
  };
}

/** Mutation options for `PATCH /number_order_phone_numbers/{number_order_phone_number_id}` (calls `numberOrderPhoneNumbersUpdateRequirements`); on success, invalidates its namespace's queries. */
export function numberOrderPhoneNumbersUpdateRequirementsMutationOptions(
  config: ClientConfig,
  settings?: MutationSettings & { request?: RequestOptions },
) {
  return {
    mutationKey: ["telnyx", "numberOrderPhoneNumbers", "updateRequirements"] as const,
    mutationFn: async (
      { numberOrderPhoneNumberId, body }: {
        numberOrderPhoneNumberId:
          NumberOrderPhoneNumbersUpdateRequirementsPathParams["number_order_phone_number_id"];
        body: NumberOrderPhoneNumbersUpdateRequirementsParams;
      },
    ) =>
      await numberOrderPhoneNumbersUpdateRequirements(
        config,
        numberOrderPhoneNumberId,
        body,
        settings?.request,
      ),
    onSuccess: () => invalidate(settings, [["telnyx", "numberOrderPhoneNumbers"]]),
  };
}

/** Mutation options for `POST /number_reservations/{number_reservation_id}/actions/extend` (calls `numberReservationsActionsExtend`); on success, invalidates its namespace's queries. */
export function numberReservationsActionsExtendMutationOptions(
  config: ClientConfig,
  settings?: MutationSettings & { request?: RequestOptions },
) {
  return {
    mutationKey: ["telnyx", "numberReservations", "actions", "extend"] as const,
    mutationFn: async (
      { numberReservationId }: {
        numberReservationId: NumberReservationsActionsExtendPathParams["number_reservation_id"];
      },
    ) => await numberReservationsActionsExtend(config, numberReservationId, settings?.request),
    onSuccess: () => invalidate(settings, [["telnyx", "numberReservations"]]),
  };
}

/** Mutation options for `POST /numbers_features` (calls `numbersFeaturesCreate`); on success, invalidates its namespace's queries. */
export function numbersFeaturesCreateMutationOptions(
  config: ClientConfig,
  settings?: MutationSettings & { request?: RequestOptions },
) {
  return {
    mutationKey: ["telnyx", "numbersFeatures", "create"] as const,
    mutationFn: async ({ body }: { body: NumbersFeaturesCreateParams }) =>
      await numbersFeaturesCreate(config, body, settings?.request),
    onSuccess: () => invalidate(settings, [["telnyx", "numbersFeatures"]]),
  };
}

/** Query options for `GET /phone_number_blocks/jobs` (calls `phoneNumberBlocksJobsList`). */
export function phoneNumberBlocksJobsListQueryOptions(
  config: ClientConfig,
  query?: PhoneNumberBlocksJobsListQuery,
  options?: RequestOptions,
) {
  return {
    queryKey: ["telnyx", "phoneNumberBlocks", "jobs", "list", { query }] as const,
    // async: the call's APIPromise becomes the plain Promise TanStack Query's types expect.
    queryFn: async ({ signal }: { signal?: AbortSignal }) =>
      await phoneNumberBlocksJobsList(config, query, withSignal(options, signal)),
  };
}

/** Infinite query options for `GET /phone_number_blocks/jobs`: each page param is the query of that page (calls `phoneNumberBlocksJobsList`). */
export function phoneNumberBlocksJobsListInfiniteQueryOptions(
  config: ClientConfig,
  query?: PhoneNumberBlocksJobsListQuery,
  options?: RequestOptions,
) {
  return {
    queryKey: ["telnyx", "phoneNumberBlocks", "jobs", "list", { query }, "infinite"] as const,
    queryFn: async (
      { pageParam, signal }: { pageParam: PhoneNumberBlocksJobsListQuery | undefined; signal?: AbortSignal },
    ) => await phoneNumberBlocksJobsList(config, pageParam, withSignal(options, signal)),
    initialPageParam: query as PhoneNumberBlocksJobsListQuery | undefined,
    getNextPageParam: nextPageParam<PhoneNumberBlocksJobsListResponse, PhoneNumberBlocksJobsListQuery>({
      style: "page",
      pageParam: "page[number]",
      sizeParam: "page[size]",
      items: "data",
      total: "meta.total_results",
      totalPages: "meta.total_pages",
    }),
  };
}

/** Mutation options for `POST /phone_number_blocks/jobs/delete_phone_number_block` (calls `phoneNumberBlocksJobsDeletePhoneNumberBlock`); on success, invalidates its namespace's queries. */
export function phoneNumberBlocksJobsDeletePhoneNumberBlockMutationOptions(
  config: ClientConfig,
  settings?: MutationSettings & { request?: RequestOptions },
) {
  return {
    mutationKey: ["telnyx", "phoneNumberBlocks", "jobs", "deletePhoneNumberBlock"] as const,
    mutationFn: async ({ body }: { body: PhoneNumberBlocksJobsDeletePhoneNumberBlockParams }) =>
      await phoneNumberBlocksJobsDeletePhoneNumberBlock(config, body, settings?.request),
    onSuccess: () => invalidate(settings, [["telnyx", "phoneNumberBlocks"]]),
  };
}

/** Query options for `GET /phone_number_blocks/jobs/{id}` (calls `phoneNumberBlocksJobsRetrieve`). */
export function phoneNumberBlocksJobsRetrieveQueryOptions(
  config: ClientConfig,
  id: PhoneNumberBlocksJobsRetrievePathParams["id"],
  options?: RequestOptions,
) {
  return {
    queryKey: ["telnyx", "phoneNumberBlocks", "jobs", "retrieve", { id }] as const,
    // async: the call's APIPromise becomes the plain Promise TanStack Query's types expect.
    queryFn: async ({ signal }: { signal?: AbortSignal }) =>
      await phoneNumberBlocksJobsRetrieve(config, id, withSignal(options, signal)),
  };
}

/** Query options for `GET /sub_number_orders` (calls `subNumberOrdersList`). */
export function subNumberOrdersListQueryOptions(
  config: ClientConfig,
  query?: SubNumberOrdersListQuery,
  options?: RequestOptions,
) {
  return {
    queryKey: ["telnyx", "subNumberOrders", "list", { query }] as const,
    // async: the call's APIPromise becomes the plain Promise TanStack Query's types expect.
    queryFn: async ({ signal }: { signal?: AbortSignal }) =>
      await subNumberOrdersList(config, query, withSignal(options, signal)),
  };
}

/** Query options for `GET /sub_number_orders/{sub_number_order_id}` (calls `subNumberOrdersRetrieve`). */
export function subNumberOrdersRetrieveQueryOptions(
  config: ClientConfig,
  subNumberOrderId: SubNumberOrdersRetrievePathParams["sub_number_order_id"],
  query?: SubNumberOrdersRetrieveQuery,
  options?: RequestOptions,
) {
  return {
    queryKey: ["telnyx", "subNumberOrders", "retrieve", { subNumberOrderId, query }] as const,
    // async: the call's APIPromise becomes the plain Promise TanStack Query's types expect.
    queryFn: async ({ signal }: { signal?: AbortSignal }) =>
      await subNumberOrdersRetrieve(config, subNumberOrderId, query, withSignal(options, signal)),
  };
}

/** Mutation options for `PATCH /sub_number_orders/{sub_number_order_id}` (calls `subNumberOrdersUpdate`); on success, invalidates its namespace's queries. */
export function subNumberOrdersUpdateMutationOptions(
  config: ClientConfig,
  settings?: MutationSettings & { request?: RequestOptions },
) {
  return {
    mutationKey: ["telnyx", "subNumberOrders", "update"] as const,
    mutationFn: async (
      { subNumberOrderId, body }: {
        subNumberOrderId: SubNumberOrdersUpdatePathParams["sub_number_order_id"];
        body: SubNumberOrdersUpdateParams;
      },
    ) => await subNumberOrdersUpdate(config, subNumberOrderId, body, settings?.request),
    onSuccess: () => invalidate(settings, [["telnyx", "subNumberOrders"]]),
  };
}

/** Mutation options for `PATCH /sub_number_orders/{sub_number_order_id}/cancel` (calls `subNumberOrdersCancel`); on success, invalidates its namespace's queries. */
export function subNumberOrdersCancelMutationOptions(
  config: ClientConfig,
  settings?: MutationSettings & { request?: RequestOptions },
) {
  return {
    mutationKey: ["telnyx", "subNumberOrders", "cancel"] as const,
    mutationFn: async (
      { subNumberOrderId }: { subNumberOrderId: SubNumberOrdersCancelPathParams["sub_number_order_id"] },
    ) => await subNumberOrdersCancel(config, subNumberOrderId, settings?.request),
    onSuccess: () => invalidate(settings, [["telnyx", "subNumberOrders"]]),
  };
}

/** Mutation options for `POST /sub_number_orders_report` (calls `subNumberOrdersReportCreate`); on success, invalidates its namespace's queries. */
export function subNumberOrdersReportCreateMutationOptions(
  config: ClientConfig,
  settings?: MutationSettings & { request?: RequestOptions },
) {
  return {
    mutationKey: ["telnyx", "subNumberOrdersReport", "create"] as const,
    mutationFn: async ({ body }: { body?: SubNumberOrdersReportCreateParams }) =>
      await subNumberOrdersReportCreate(config, body, settings?.request),
    onSuccess: () => invalidate(settings, [["telnyx", "subNumberOrdersReport"]]),
  };
}

/** Query options for `GET /sub_number_orders_report/{report_id}` (calls `subNumberOrdersReportRetrieve`). */
export function subNumberOrdersReportRetrieveQueryOptions(
  config: ClientConfig,
  reportId: SubNumberOrdersReportRetrievePathParams["report_id"],
  options?: RequestOptions,
) {
  return {
    queryKey: ["telnyx", "subNumberOrdersReport", "retrieve", { reportId }] as const,
    // async: the call's APIPromise becomes the plain Promise TanStack Query's types expect.
    queryFn: async ({ signal }: { signal?: AbortSignal }) =>
      await subNumberOrdersReportRetrieve(config, reportId, withSignal(options, signal)),
  };
}

/** Query options for `GET /sub_number_orders_report/{report_id}/download` (calls `subNumberOrdersReportDownload`). */
export function subNumberOrdersReportDownloadQueryOptions(
  config: ClientConfig,
  reportId: SubNumberOrdersReportDownloadPathParams["report_id"],
  options?: RequestOptions,
) {
  return {
    queryKey: ["telnyx", "subNumberOrdersReport", "download", { reportId }] as const,
    // async: the call's APIPromise becomes the plain Promise TanStack Query's types expect.
    queryFn: async ({ signal }: { signal?: AbortSignal }) =>
      await subNumberOrdersReportDownload(config, reportId, withSignal(options, signal)),
  };
}

/** Query options for `GET /bundle_pricing/billing_bundles` (calls `bundlePricingBillingBundlesList`). */
export function bundlePricingBillingBundlesListQueryOptions(
  config: ClientConfig,
  query?: BundlePricingBillingBundlesListQuery,
  options?: RequestOptions,
) {
  return {
    queryKey: ["telnyx", "bundlePricing", "billingBundles", "list", { query }] as const,
    // async: the call's APIPromise becomes the plain Promise TanStack Query's types expect.
    queryFn: async ({ signal }: { signal?: AbortSignal }) =>
      await bundlePricingBillingBundlesList(config, query, withSignal(options, signal)),
  };
}

/** Infinite query options for `GET /bundle_pricing/billing_bundles`: each page param is the query of that page (calls `bundlePricingBillingBundlesList`). */
export function bundlePricingBillingBundlesListInfiniteQueryOptions(
  config: ClientConfig,
  query?: BundlePricingBillingBundlesListQuery,
  options?: RequestOptions,
) {
  return {
    queryKey: ["telnyx", "bundlePricing", "billingBundles", "list", { query }, "infinite"] as const,
    queryFn: async (
      { pageParam, signal }: {
        pageParam: BundlePricingBillingBundlesListQuery | undefined;
        signal?: AbortSignal;
      },
    ) => await bundlePricingBillingBundlesList(config, pageParam, withSignal(options, signal)),
    initialPageParam: query as BundlePricingBillingBundlesListQuery | undefined,
    getNextPageParam: nextPageParam<
      BundlePricingBillingBundlesListResponse,
      BundlePricingBillingBundlesListQuery
    >({
      style: "page",
      pageParam: "page[number]",
      sizeParam: "page[size]",
      items: "data",
      total: "meta.total_results",
      totalPages: "meta.total_pages",
    }),
  };
}

/** Query options for `GET /bundle_pricing/billing_bundles/{bundle_id}` (calls `bundlePricingBillingBundlesRetrieve`). */
export function bundlePricingBillingBundlesRetrieveQueryOptions(
  config: ClientConfig,
  bundleId: BundlePricingBillingBundlesRetrievePathParams["bundle_id"],
  options?: RequestOptions,
) {
  return {
    queryKey: ["telnyx", "bundlePricing", "billingBundles", "retrieve", { bundleId }] as const,
    // async: the call's APIPromise becomes the plain Promise TanStack Query's types expect.
    queryFn: async ({ signal }: { signal?: AbortSignal }) =>
      await bundlePricingBillingBundlesRetrieve(config, bundleId, withSignal(options, signal)),
  };
}

/** Query options for `GET /bundle_pricing/user_bundles` (calls `bundlePricingUserBundlesList`). */
export function bundlePricingUserBundlesListQueryOptions(
  config: ClientConfig,
  query?: BundlePricingUserBundlesListQuery,
  options?: RequestOptions,
) {
  return {
    queryKey: ["telnyx", "bundlePricing", "userBundles", "list", { query }] as const,
    // async: the call's APIPromise becomes the plain Promise TanStack Query's types expect.
    queryFn: async ({ signal }: { signal?: AbortSignal }) =>
      await bundlePricingUserBundlesList(config, query, withSignal(options, signal)),
  };
}

/** Infinite query options for `GET /bundle_pricing/user_bundles`: each page param is the query of that page (calls `bundlePricingUserBundlesList`). */
export function bundlePricingUserBundlesListInfiniteQueryOptions(
  config: ClientConfig,
  query?: BundlePricingUserBundlesListQuery,
  options?: RequestOptions,
) {
  return {
    queryKey: ["telnyx", "bundlePricing", "userBundles", "list", { query }, "infinite"] as const,
    queryFn: async (
      { pageParam, signal }: {
        pageParam: BundlePricingUserBundlesListQuery | undefined;
        signal?: AbortSignal;
      },
    ) => await bundlePricingUserBundlesList(config, pageParam, withSignal(options, signal)),
    initialPageParam: query as BundlePricingUserBundlesListQuery | undefined,
    getNextPageParam: nextPageParam<BundlePricingUserBundlesListResponse, BundlePricingUserBundlesListQuery>({
      style: "page",
      pageParam: "page[number]",
      sizeParam: "page[size]",
      items: "data",
      total: "meta.total_results",
      totalPages: "meta.total_pages",
    }),
  };
}

/** Mutation options for `POST /bundle_pricing/user_bundles/bulk` (calls `bundlePricingUserBundlesCreate`); on success, invalidates its namespace's queries. */
export function bundlePricingUserBundlesCreateMutationOptions(
  config: ClientConfig,
  settings?: MutationSettings & { request?: RequestOptions },
) {
  return {
    mutationKey: ["telnyx", "bundlePricing", "userBundles", "create"] as const,
    mutationFn: async ({ body }: { body: BundlePricingUserBundlesCreateParams }) =>
      await bundlePricingUserBundlesCreate(config, body, settings?.request),
    onSuccess: () => invalidate(settings, [["telnyx", "bundlePricing"]]),
  };
}

/** Query options for `GET /bundle_pricing/user_bundles/unused` (calls `bundlePricingUserBundlesListUnused`). */
export function bundlePricingUserBundlesListUnusedQueryOptions(
  config: ClientConfig,
  query?: BundlePricingUserBundlesListUnusedQuery,
  options?: RequestOptions,
) {
  return {
    queryKey: ["telnyx", "bundlePricing", "userBundles", "listUnused", { query }] as const,
    // async: the call's APIPromise becomes the plain Promise TanStack Query's types expect.
    queryFn: async ({ signal }: { signal?: AbortSignal }) =>
      await bundlePricingUserBundlesListUnused(config, query, withSignal(options, signal)),
  };
}

/** Query options for `GET /bundle_pricing/user_bundles/{user_bundle_id}` (calls `bundlePricingUserBundlesRetrieve`). */
export function bundlePricingUserBundlesRetrieveQueryOptions(
  config: ClientConfig,
  userBundleId: BundlePricingUserBundlesRetrievePathParams["user_bundle_id"],
  options?: RequestOptions,
) {
  return {
    queryKey: ["telnyx", "bundlePricing", "userBundles", "retrieve", { userBundleId }] as const,
    // async: the call's APIPromise becomes the plain Promise TanStack Query's types expect.
    queryFn: async ({ signal }: { signal?: AbortSignal }) =>
      await bundlePricingUserBundlesRetrieve(config, userBundleId, withSignal(options, signal)),
  };
}

/** Mutation options for `DELETE /bundle_pricing/user_bundles/{user_bundle_id}` (calls `bundlePricingUserBundlesDeactivate`); on success, invalidates its namespace's queries. */
export function bundlePricingUserBundlesDeactivateMutationOptions(
  config: ClientConfig,
  settings?: MutationSettings & { request?: RequestOptions },
) {
  return {
    mutationKey: ["telnyx", "bundlePricing", "userBundles", "deactivate"] as const,
    mutationFn: async (
      { userBundleId }: { userBundleId: BundlePricingUserBundlesDeactivatePathParams["user_bundle_id"] },
    ) => await bundlePricingUserBundlesDeactivate(config, userBundleId, settings?.request),
    onSuccess: () => invalidate(settings, [["telnyx", "bundlePricing"]]),
  };
}

/** Query options for `GET /bundle_pricing/user_bundles/{user_bundle_id}/resources` (calls `bundlePricingUserBundlesListResources`). */
export function bundlePricingUserBundlesListResourcesQueryOptions(
  config: ClientConfig,
  userBundleId: BundlePricingUserBundlesListResourcesPathParams["user_bundle_id"],
  options?: RequestOptions,
) {
  return {
    queryKey: ["telnyx", "bundlePricing", "userBundles", "listResources", { userBundleId }] as const,
    // async: the call's APIPromise becomes the plain Promise TanStack Query's types expect.
    queryFn: async ({ signal }: { signal?: AbortSignal }) =>
      await bundlePricingUserBundlesListResources(config, userBundleId, withSignal(options, signal)),
  };
}

/** Query options for `GET /document_links` (calls `documentLinksList`). */
export function documentLinksListQueryOptions(
  config: ClientConfig,
  query?: DocumentLinksListQuery,
  options?: RequestOptions,
) {
  return {
    queryKey: ["telnyx", "documentLinks", "list", { query }] as const,
    // async: the call's APIPromise becomes the plain Promise TanStack Query's types expect.
    queryFn: async ({ signal }: { signal?: AbortSignal }) =>
      await documentLinksList(config, query, withSignal(options, signal)),
  };
}

/** Infinite query options for `GET /document_links`: each page param is the query of that page (calls `documentLinksList`). */
export function documentLinksListInfiniteQueryOptions(
  config: ClientConfig,
  query?: DocumentLinksListQuery,
  options?: RequestOptions,
) {
  return {
    queryKey: ["telnyx", "documentLinks", "list", { query }, "infinite"] as const,
    queryFn: async (
      { pageParam, signal }: { pageParam: DocumentLinksListQuery | undefined; signal?: AbortSignal },
    ) => await documentLinksList(config, pageParam, withSignal(options, signal)),
    initialPageParam: query as DocumentLinksListQuery | undefined,
    getNextPageParam: nextPageParam<DocumentLinksListResponse, DocumentLinksListQuery>({
      style: "page",
      pageParam: "page[number]",
      sizeParam: "page[size]",
      items: "data",
      total: "meta.total_results",
      totalPages: "meta.total_pages",
    }),
  };
}

/** Query options for `GET /documents` (calls `documentsList`). */
export function documentsListQueryOptions(
  config: ClientConfig,
  query?: DocumentsListQuery,
  options?: RequestOptions,
) {
  return {
    queryKey: ["telnyx", "documents", "list", { query }] as const,
    // async: the call's APIPromise becomes the plain Promise TanStack Query's types expect.
    queryFn: async ({ signal }: { signal?: AbortSignal }) =>
      await documentsList(config, query, withSignal(options, signal)),
  };
}

/** Infinite query options for `GET /documents`: each page param is the query of that page (calls `documentsList`). */
export function documentsListInfiniteQueryOptions(
  config: ClientConfig,
  query?: DocumentsListQuery,
  options?: RequestOptions,
) {
  return {
    queryKey: ["telnyx", "documents", "list", { query }, "infinite"] as const,
    queryFn: async (
      { pageParam, signal }: { pageParam: DocumentsListQuery | undefined; signal?: AbortSignal },
    ) => await documentsList(config, pageParam, withSignal(options, signal)),
    initialPageParam: query as DocumentsListQuery | undefined,
    getNextPageParam: nextPageParam<DocumentsListResponse, DocumentsListQuery>({
      style: "page",
      pageParam: "page[number]",
      sizeParam: "page[size]",
      items: "data",
      total: "meta.total_results",
      totalPages: "meta.total_pages",
    }),
  };
}

/** Mutation options for `POST /documents` (calls `documentsUploadJson`); on success, invalidates its namespace's queries. */
export function documentsUploadJsonMutationOptions(
  config: ClientConfig,
  settings?: MutationSettings & { request?: RequestOptions },
) {
  return {
    mutationKey: ["telnyx", "documents", "uploadJson"] as const,
    mutationFn: async ({ body }: { body: DocumentsUploadJsonParams }) =>
      await documentsUploadJson(config, body, settings?.request),
    onSuccess: () => invalidate(settings, [["telnyx", "documents"]]),
  };
}

/** Query options for `GET /documents/{id}` (calls `documentsRetrieve`). */
export function documentsRetrieveQueryOptions(
  config: ClientConfig,
  id: DocumentsRetrievePathParams["id"],
  options?: RequestOptions,
) {
  return {
    queryKey: ["telnyx", "documents", "retrieve", { id }] as const,
    // async: the call's APIPromise becomes the plain Promise TanStack Query's types expect.
    queryFn: async ({ signal }: { signal?: AbortSignal }) =>
      await documentsRetrieve(config, id, withSignal(options, signal)),
  };
}

/** Mutation options for `PATCH /documents/{id}` (calls `documentsUpdate`); on success, invalidates its namespace's queries. */
export function documentsUpdateMutationOptions(
  config: ClientConfig,
  settings?: MutationSettings & { request?: RequestOptions },
) {
  return {
    mutationKey: ["telnyx", "documents", "update"] as const,
    mutationFn: async ({ id, body }: { id: DocumentsUpdatePathParams["id"]; body: DocumentsUpdateParams }) =>
      await documentsUpdate(config, id, body, settings?.request),
    onSuccess: () => invalidate(settings, [["telnyx", "documents"]]),
  };
}

/** Mutation options for `DELETE /documents/{id}` (calls `documentsDelete`); on success, invalidates its namespace's queries. */
export function documentsDeleteMutationOptions(
  config: ClientConfig,
  settings?: MutationSettings & { request?: RequestOptions },
) {
  return {
    mutationKey: ["telnyx", "documents", "delete"] as const,
    mutationFn: async ({ id }: { id: DocumentsDeletePathParams["id"] }) =>
      await documentsDelete(config, id, settings?.request),
    onSuccess: () => invalidate(settings, [["telnyx", "documents"]]),
  };
}

/** Query options for `GET /documents/{id}/download` (calls `documentsDownload`). */
export function documentsDownloadQueryOptions(
  config: ClientConfig,
  id: DocumentsDownloadPathParams["id"],
  options?: RequestOptions,
) {
  return {
    queryKey: ["telnyx", "documents", "download", { id }] as const,
    // async: the call's APIPromise becomes the plain Promise TanStack Query's types expect.
    queryFn: async ({ signal }: { signal?: AbortSignal }) =>
      await documentsDownload(config, id, withSignal(options, signal)),
  };
}

/** Query options for `GET /documents/{id}/download_link` (calls `documentsGenerateDownloadLink`). */
export function documentsGenerateDownloadLinkQueryOptions(
  config: ClientConfig,
  id: DocumentsGenerateDownloadLinkPathParams["id"],
  options?: RequestOptions,
) {
  return {
    queryKey: ["telnyx", "documents", "generateDownloadLink", { id }] as const,
    // async: the call's APIPromise becomes the plain Promise TanStack Query's types expect.
    queryFn: async ({ signal }: { signal?: AbortSignal }) =>
      await documentsGenerateDownloadLink(config, id, withSignal(options, signal)),
  };
}

/** Mutation options for `POST /number_order_phone_numbers/{id}/requirement_group` (calls `numberOrderPhoneNumbersUpdateRequirementGroup`); on success, invalidates its namespace's queries. */
export function numberOrderPhoneNumbersUpdateRequirementGroupMutationOptions(
  config: ClientConfig,
  settings?: MutationSettings & { request?: RequestOptions },
) {
  return {
    mutationKey: ["telnyx", "numberOrderPhoneNumbers", "updateRequirementGroup"] as const,
    mutationFn: async (
      { id, body }: {
        id: NumberOrderPhoneNumbersUpdateRequirementGroupPathParams["id"];
        body: NumberOrderPhoneNumbersUpdateRequirementGroupParams;
      },
    ) => await numberOrderPhoneNumbersUpdateRequirementGroup(config, id, body, settings?.request),
    onSuccess: () => invalidate(settings, [["telnyx", "numberOrderPhoneNumbers"]]),
  };
}

/** Query options for `GET /phone_numbers_regulatory_requirements` (calls `phoneNumbersRegulatoryRequirementsRetrieve`). */
export function phoneNumbersRegulatoryRequirementsRetrieveQueryOptions(
  config: ClientConfig,
  query?: PhoneNumbersRegulatoryRequirementsRetrieveQuery,
  options?: RequestOptions,
) {
  return {
    queryKey: ["telnyx", "phoneNumbersRegulatoryRequirements", "retrieve", { query }] as const,
    // async: the call's APIPromise becomes the plain Promise TanStack Query's types expect.
    queryFn: async ({ signal }: { signal?: AbortSignal }) =>
      await phoneNumbersRegulatoryRequirementsRetrieve(config, query, withSignal(options, signal)),
  };
}

/** Query options for `GET /regulatory_requirements` (calls `regulatoryRequirementsRetrieve`). */
export function regulatoryRequirementsRetrieveQueryOptions(
  config: ClientConfig,
  query?: RegulatoryRequirementsRetrieveQuery,
  options?: RequestOptions,
) {
  return {
    queryKey: ["telnyx", "regulatoryRequirements", "retrieve", { query }] as const,
    // async: the call's APIPromise becomes the plain Promise TanStack Query's types expect.
    queryFn: async ({ signal }: { signal?: AbortSignal }) =>
      await regulatoryRequirementsRetrieve(config, query, withSignal(options, signal)),
  };
}

/** Query options for `GET /requirement_groups` (calls `requirementGroupsList`). */
export function requirementGroupsListQueryOptions(
  config: ClientConfig,
  query?: RequirementGroupsListQuery,
  options?: RequestOptions,
) {
  return {
    queryKey: ["telnyx", "requirementGroups", "list", { query }] as const,
    // async: the call's APIPromise becomes the plain Promise TanStack Query's types expect.
    queryFn: async ({ signal }: { signal?: AbortSignal }) =>
      await requirementGroupsList(config, query, withSignal(options, signal)),
  };
}

/** Mutation options for `POST /requirement_groups` (calls `requirementGroupsCreate`); on success, invalidates its namespace's queries. */
export function requirementGroupsCreateMutationOptions(
  config: ClientConfig,
  settings?: MutationSettings & { request?: RequestOptions },
) {
  return {
    mutationKey: ["telnyx", "requirementGroups", "create"] as const,
    mutationFn: async ({ body }: { body: RequirementGroupsCreateParams }) =>
      await requirementGroupsCreate(config, body, settings?.request),
    onSuccess: () => invalidate(settings, [["telnyx", "requirementGroups"]]),
  };
}

/** Query options for `GET /requirement_groups/{id}` (calls `requirementGroupsRetrieve`). */
export function requirementGroupsRetrieveQueryOptions(
  config: ClientConfig,
  id: RequirementGroupsRetrievePathParams["id"],
  options?: RequestOptions,
) {
  return {
    queryKey: ["telnyx", "requirementGroups", "retrieve", { id }] as const,
    // async: the call's APIPromise becomes the plain Promise TanStack Query's types expect.
    queryFn: async ({ signal }: { signal?: AbortSignal }) =>
      await requirementGroupsRetrieve(config, id, withSignal(options, signal)),
  };
}

/** Mutation options for `PATCH /requirement_groups/{id}` (calls `requirementGroupsUpdate`); on success, invalidates its namespace's queries. */
export function requirementGroupsUpdateMutationOptions(
  config: ClientConfig,
  settings?: MutationSettings & { request?: RequestOptions },
) {
  return {
    mutationKey: ["telnyx", "requirementGroups", "update"] as const,
    mutationFn: async (
      { id, body }: { id: RequirementGroupsUpdatePathParams["id"]; body: RequirementGroupsUpdateParams },
    ) => await requirementGroupsUpdate(config, id, body, settings?.request),
    onSuccess: () => invalidate(settings, [["telnyx", "requirementGroups"]]),
  };
}

/** Mutation options for `DELETE /requirement_groups/{id}` (calls `requirementGroupsDelete`); on success, invalidates its namespace's queries. */
export function requirementGroupsDeleteMutationOptions(
  config: ClientConfig,
  settings?: MutationSettings & { request?: RequestOptions },
) {
  return {
    mutationKey: ["telnyx", "requirementGroups", "delete"] as const,
    mutationFn: async ({ id }: { id: RequirementGroupsDeletePathParams["id"] }) =>
      await requirementGroupsDelete(config, id, settings?.request),
    onSuccess: () => invalidate(settings, [["telnyx", "requirementGroups"]]),
  };
}

/** Mutation options for `POST /requirement_groups/{id}/submit_for_approval` (calls `requirementGroupsSubmitForApproval`); on success, invalidates its namespace's queries. */
export function requirementGroupsSubmitForApprovalMutationOptions(
  config: ClientConfig,
  settings?: MutationSettings & { request?: RequestOptions },
) {
  return {
    mutationKey: ["telnyx", "requirementGroups", "submitForApproval"] as const,
    mutationFn: async ({ id }: { id: RequirementGroupsSubmitForApprovalPathParams["id"] }) =>
      await requirementGroupsSubmitForApproval(config, id, settings?.request),
    onSuccess: () => invalidate(settings, [["telnyx", "requirementGroups"]]),
  };
}

/** Query options for `GET /requirement_types` (calls `requirementTypesList`). */
export function requirementTypesListQueryOptions(
  config: ClientConfig,
  query?: RequirementTypesListQuery,
  options?: RequestOptions,
) {
  return {
    queryKey: ["telnyx", "requirementTypes", "list", { query }] as const,
    // async: the call's APIPromise becomes the plain Promise TanStack Query's types expect.
    queryFn: async ({ signal }: { signal?: AbortSignal }) =>
      await requirementTypesList(config, query, withSignal(options, signal)),
  };
}

/** Query options for `GET /requirement_types/{id}` (calls `requirementTypesRetrieve`). */
export function requirementTypesRetrieveQueryOptions(
  config: ClientConfig,
  id: RequirementTypesRetrievePathParams["id"],
  options?: RequestOptions,
) {
  return {
    queryKey: ["telnyx", "requirementTypes", "retrieve", { id }] as const,
    // async: the call's APIPromise becomes the plain Promise TanStack Query's types expect.
    queryFn: async ({ signal }: { signal?: AbortSignal }) =>
      await requirementTypesRetrieve(config, id, withSignal(options, signal)),
  };
}

/** Query options for `GET /requirements` (calls `requirementsList`). */
export function requirementsListQueryOptions(
  config: ClientConfig,
  query?: RequirementsListQuery,
  options?: RequestOptions,
) {
  return {
    queryKey: ["telnyx", "requirements", "list", { query }] as const,
    // async: the call's APIPromise becomes the plain Promise TanStack Query's types expect.
    queryFn: async ({ signal }: { signal?: AbortSignal }) =>
      await requirementsList(config, query, withSignal(options, signal)),
  };
}

/** Infinite query options for `GET /requirements`: each page param is the query of that page (calls `requirementsList`). */
export function requirementsListInfiniteQueryOptions(
  config: ClientConfig,
  query?: RequirementsListQuery,
  options?: RequestOptions,
) {
  return {
    queryKey: ["telnyx", "requirements", "list", { query }, "infinite"] as const,
    queryFn: async (
      { pageParam, signal }: { pageParam: RequirementsListQuery | undefined; signal?: AbortSignal },
    ) => await requirementsList(config, pageParam, withSignal(options, signal)),
    initialPageParam: query as RequirementsListQuery | undefined,
    getNextPageParam: nextPageParam<RequirementsListResponse, RequirementsListQuery>({
      style: "page",
      pageParam: "page[number]",
      sizeParam: "page[size]",
      items: "data",
      total: "meta.total_results",
      totalPages: "meta.total_pages",
    }),
  };
}

/** Query options for `GET /requirements/{id}` (calls `requirementsRetrieve`). */
export function requirementsRetrieveQueryOptions(
  config: ClientConfig,
  id: RequirementsRetrievePathParams["id"],
  query?: RequirementsRetrieveQuery,
  options?: RequestOptions,
) {
  return {
    queryKey: ["telnyx", "requirements", "retrieve", { id, query }] as const,
    // async: the call's APIPromise becomes the plain Promise TanStack Query's types expect.
    queryFn: async ({ signal }: { signal?: AbortSignal }) =>
      await requirementsRetrieve(config, id, query, withSignal(options, signal)),
  };
}

/** Mutation options for `POST /sub_number_orders/{id}/requirement_group` (calls `subNumberOrdersUpdateRequirementGroup`); on success, invalidates its namespace's queries. */
export function subNumberOrdersUpdateRequirementGroupMutationOptions(
  config: ClientConfig,
  settings?: MutationSettings & { request?: RequestOptions },
) {
  return {
    mutationKey: ["telnyx", "subNumberOrders", "updateRequirementGroup"] as const,
    mutationFn: async (
      { id, body }: {
        id: SubNumberOrdersUpdateRequirementGroupPathParams["id"];
        body: SubNumberOrdersUpdateRequirementGroupParams;
      },
    ) => await subNumberOrdersUpdateRequirementGroup(config, id, body, settings?.request),
    onSuccess: () => invalidate(settings, [["telnyx", "subNumberOrders"]]),
  };
}

/** Query options for `GET /user_addresses` (calls `userAddressesList`). */
export function userAddressesListQueryOptions(
  config: ClientConfig,
  query?: UserAddressesListQuery,
  options?: RequestOptions,
) {
  return {
    queryKey: ["telnyx", "userAddresses", "list", { query }] as const,
    // async: the call's APIPromise becomes the plain Promise TanStack Query's types expect.
    queryFn: async ({ signal }: { signal?: AbortSignal }) =>
      await userAddressesList(config, query, withSignal(options, signal)),
  };
}

/** Infinite query options for `GET /user_addresses`: each page param is the query of that page (calls `userAddressesList`). */
export function userAddressesListInfiniteQueryOptions(
  config: ClientConfig,
  query?: UserAddressesListQuery,
  options?: RequestOptions,
) {
  return {
    queryKey: ["telnyx", "userAddresses", "list", { query }, "infinite"] as const,
    queryFn: async (
      { pageParam, signal }: { pageParam: UserAddressesListQuery | undefined; signal?: AbortSignal },
    ) => await userAddressesList(config, pageParam, withSignal(options, signal)),
    initialPageParam: query as UserAddressesListQuery | undefined,
    getNextPageParam: nextPageParam<UserAddressesListResponse, UserAddressesListQuery>({
      style: "page",
      pageParam: "page[number]",
      sizeParam: "page[size]",
      items: "data",
      total: "meta.total_results",
      totalPages: "meta.total_pages",
    }),
  };
}

/** Mutation options for `POST /user_addresses` (calls `userAddressesCreate`); on success, invalidates its namespace's queries. */
export function userAddressesCreateMutationOptions(
  config: ClientConfig,
  settings?: MutationSettings & { request?: RequestOptions },
) {
  return {
    mutationKey: ["telnyx", "userAddresses", "create"] as const,
    mutationFn: async ({ body }: { body: UserAddressesCreateParams }) =>
      await userAddressesCreate(config, body, settings?.request),
    onSuccess: () => invalidate(settings, [["telnyx", "userAddresses"]]),
  };
}

/** Query options for `GET /user_addresses/{id}` (calls `userAddressesRetrieve`). */
export function userAddressesRetrieveQueryOptions(
  config: ClientConfig,
  id: UserAddressesRetrievePathParams["id"],
  options?: RequestOptions,
) {
  return {
    queryKey: ["telnyx", "userAddresses", "retrieve", { id }] as const,
    // async: the call's APIPromise becomes the plain Promise TanStack Query's types expect.
    queryFn: async ({ signal }: { signal?: AbortSignal }) =>
      await userAddressesRetrieve(config, id, withSignal(options, signal)),
  };
}

/** Query options for `GET /verified_numbers` (calls `verifiedNumbersList`). */
export function verifiedNumbersListQueryOptions(
  config: ClientConfig,
  query?: VerifiedNumbersListQuery,
  options?: RequestOptions,
) {
  return {
    queryKey: ["telnyx", "verifiedNumbers", "list", { query }] as const,
    // async: the call's APIPromise becomes the plain Promise TanStack Query's types expect.
    queryFn: async ({ signal }: { signal?: AbortSignal }) =>
      await verifiedNumbersList(config, query, withSignal(options, signal)),
  };
}

/** Infinite query options for `GET /verified_numbers`: each page param is the query of that page (calls `verifiedNumbersList`). */
export function verifiedNumbersListInfiniteQueryOptions(
  config: ClientConfig,
  query?: VerifiedNumbersListQuery,
  options?: RequestOptions,
) {
  return {
    queryKey: ["telnyx", "verifiedNumbers", "list", { query }, "infinite"] as const,
    queryFn: async (
      { pageParam, signal }: { pageParam: VerifiedNumbersListQuery | undefined; signal?: AbortSignal },
    ) => await verifiedNumbersList(config, pageParam, withSignal(options, signal)),
    initialPageParam: query as VerifiedNumbersListQuery | undefined,
    getNextPageParam: nextPageParam<VerifiedNumbersListResponse, VerifiedNumbersListQuery>({
      style: "page",
      pageParam: "page[number]",
      sizeParam: "page[size]",
      items: "data",
      total: "meta.total_results",
      totalPages: "meta.total_pages",
    }),
  };
}

/** Mutation options for `POST /verified_numbers` (calls `verifiedNumbersCreate`); on success, invalidates its namespace's queries. */
export function verifiedNumbersCreateMutationOptions(
  config: ClientConfig,
  settings?: MutationSettings & { request?: RequestOptions },
) {
  return {
    mutationKey: ["telnyx", "verifiedNumbers", "create"] as const,
    mutationFn: async ({ body }: { body: VerifiedNumbersCreateParams }) =>
      await verifiedNumbersCreate(config, body, settings?.request),
    onSuccess: () => invalidate(settings, [["telnyx", "verifiedNumbers"]]),
  };
}

/** Query options for `GET /verified_numbers/{phone_number}` (calls `verifiedNumbersRetrieve`). */
export function verifiedNumbersRetrieveQueryOptions(
  config: ClientConfig,
  phoneNumber: VerifiedNumbersRetrievePathParams["phone_number"],
  options?: RequestOptions,
) {
  return {
    queryKey: ["telnyx", "verifiedNumbers", "retrieve", { phoneNumber }] as const,
    // async: the call's APIPromise becomes the plain Promise TanStack Query's types expect.
    queryFn: async ({ signal }: { signal?: AbortSignal }) =>
      await verifiedNumbersRetrieve(config, phoneNumber, withSignal(options, signal)),
  };
}

/** Mutation options for `DELETE /verified_numbers/{phone_number}` (calls `verifiedNumbersDelete`); on success, invalidates its namespace's queries. */
export function verifiedNumbersDeleteMutationOptions(
  config: ClientConfig,
  settings?: MutationSettings & { request?: RequestOptions },
) {
  return {
    mutationKey: ["telnyx", "verifiedNumbers", "delete"] as const,
    mutationFn: async ({ phoneNumber }: { phoneNumber: VerifiedNumbersDeletePathParams["phone_number"] }) =>
      await verifiedNumbersDelete(config, phoneNumber, settings?.request),
    onSuccess: () => invalidate(settings, [["telnyx", "verifiedNumbers"]]),
  };
}

/** Mutation options for `POST /verified_numbers/{phone_number}/actions/verify` (calls `verifiedNumbersActionsSubmitVerificationCode`); on success, invalidates its namespace's queries. */
export function verifiedNumbersActionsSubmitVerificationCodeMutationOptions(
  config: ClientConfig,
  settings?: MutationSettings & { request?: RequestOptions },
) {
  return {
    mutationKey: ["telnyx", "verifiedNumbers", "actions", "submitVerificationCode"] as const,
    mutationFn: async (
      { phoneNumber, body }: {
        phoneNumber: VerifiedNumbersActionsSubmitVerificationCodePathParams["phone_number"];
        body: VerifiedNumbersActionsSubmitVerificationCodeParams;
      },
    ) => await verifiedNumbersActionsSubmitVerificationCode(config, phoneNumber, body, settings?.request),
    onSuccess: () => invalidate(settings, [["telnyx", "verifiedNumbers"]]),
  };
}

/** Mutation options for `POST /portability_checks` (calls `portabilityChecksRun`); on success, invalidates its namespace's queries. */
export function portabilityChecksRunMutationOptions(
  config: ClientConfig,
  settings?: MutationSettings & { request?: RequestOptions },
) {
  return {
    mutationKey: ["telnyx", "portabilityChecks", "run"] as const,
    mutationFn: async ({ body }: { body: PortabilityChecksRunParams }) =>
      await portabilityChecksRun(config, body, settings?.request),
    onSuccess: () => invalidate(settings, [["telnyx", "portabilityChecks"]]),
  };
}

/** Query options for `GET /porting/events` (calls `portingEventsList`). */
export function portingEventsListQueryOptions(
  config: ClientConfig,
  query?: PortingEventsListQuery,
  options?: RequestOptions,
) {
  return {
    queryKey: ["telnyx", "porting", "events", "list", { query }] as const,
    // async: the call's APIPromise becomes the plain Promise TanStack Query's types expect.
    queryFn: async ({ signal }: { signal?: AbortSignal }) =>
      await portingEventsList(config, query, withSignal(options, signal)),
  };
}

/** Infinite query options for `GET /porting/events`: each page param is the query of that page (calls `portingEventsList`). */
export function portingEventsListInfiniteQueryOptions(
  config: ClientConfig,
  query?: PortingEventsListQuery,
  options?: RequestOptions,
) {
  return {
    queryKey: ["telnyx", "porting", "events", "list", { query }, "infinite"] as const,
    queryFn: async (
      { pageParam, signal }: { pageParam: PortingEventsListQuery | undefined; signal?: AbortSignal },
    ) => await portingEventsList(config, pageParam, withSignal(options, signal)),
    initialPageParam: query as PortingEventsListQuery | undefined,
    getNextPageParam: nextPageParam<PortingEventsListResponse, PortingEventsListQuery>({
      style: "page",
      pageParam: "page[number]",
      sizeParam: "page[size]",
      items: "data",
      total: "meta.total_results",
      totalPages: "meta.total_pages",
    }),
  };
}

/** Query options for `GET /porting/events/{id}` (calls `portingEventsRetrieve`). */
export function portingEventsRetrieveQueryOptions(
  config: ClientConfig,
  id: PortingEventsRetrievePathParams["id"],
  options?: RequestOptions,
) {
  return {
    queryKey: ["telnyx", "porting", "events", "retrieve", { id }] as const,
    // async: the call's APIPromise becomes the plain Promise TanStack Query's types expect.
    queryFn: async ({ signal }: { signal?: AbortSignal }) =>
      await portingEventsRetrieve(config, id, withSignal(options, signal)),
  };
}

/** Mutation options for `POST /porting/events/{id}/republish` (calls `portingEventsRepublish`); on success, invalidates its namespace's queries. */
export function portingEventsRepublishMutationOptions(
  config: ClientConfig,
  settings?: MutationSettings & { request?: RequestOptions },
) {
  return {
    mutationKey: ["telnyx", "porting", "events", "republish"] as const,
    mutationFn: async ({ id }: { id: PortingEventsRepublishPathParams["id"] }) =>
      await portingEventsRepublish(config, id, settings?.request),
    onSuccess: () => invalidate(settings, [["telnyx", "porting"]]),
  };
}

/** Query options for `GET /porting/loa_configurations` (calls `portingLoaConfigurationsList`). */
export function portingLoaConfigurationsListQueryOptions(
  config: ClientConfig,
  query?: PortingLoaConfigurationsListQuery,
  options?: RequestOptions,
) {
  return {
    queryKey: ["telnyx", "porting", "loaConfigurations", "list", { query }] as const,
    // async: the call's APIPromise becomes the plain Promise TanStack Query's types expect.
    queryFn: async ({ signal }: { signal?: AbortSignal }) =>
      await portingLoaConfigurationsList(config, query, withSignal(options, signal)),
  };
}

/** Infinite query options for `GET /porting/loa_configurations`: each page param is the query of that page (calls `portingLoaConfigurationsList`). */
export function portingLoaConfigurationsListInfiniteQueryOptions(
  config: ClientConfig,
  query?: PortingLoaConfigurationsListQuery,
  options?: RequestOptions,
) {
  return {
    queryKey: ["telnyx", "porting", "loaConfigurations", "list", { query }, "infinite"] as const,
    queryFn: async (
      { pageParam, signal }: {
        pageParam: PortingLoaConfigurationsListQuery | undefined;
        signal?: AbortSignal;
      },
    ) => await portingLoaConfigurationsList(config, pageParam, withSignal(options, signal)),
    initialPageParam: query as PortingLoaConfigurationsListQuery | undefined,
    getNextPageParam: nextPageParam<PortingLoaConfigurationsListResponse, PortingLoaConfigurationsListQuery>({
      style: "page",
      pageParam: "page[number]",
      sizeParam: "page[size]",
      items: "data",
      total: "meta.total_results",
      totalPages: "meta.total_pages",
    }),
  };
}

/** Mutation options for `POST /porting/loa_configurations` (calls `portingLoaConfigurationsCreate`); on success, invalidates its namespace's queries. */
export function portingLoaConfigurationsCreateMutationOptions(
  config: ClientConfig,
  settings?: MutationSettings & { request?: RequestOptions },
) {
  return {
    mutationKey: ["telnyx", "porting", "loaConfigurations", "create"] as const,
    mutationFn: async ({ body }: { body: PortingLoaConfigurationsCreateParams }) =>
      await portingLoaConfigurationsCreate(config, body, settings?.request),
    onSuccess: () => invalidate(settings, [["telnyx", "porting"]]),
  };
}

/** Mutation options for `POST /porting/loa_configurations/preview` (calls `portingLoaConfigurationsPreview`); on success, invalidates its namespace's queries. */
export function portingLoaConfigurationsPreviewMutationOptions(
  config: ClientConfig,
  settings?: MutationSettings & { request?: RequestOptions },
) {
  return {
    mutationKey: ["telnyx", "porting", "loaConfigurations", "preview"] as const,
    mutationFn: async ({ body }: { body: PortingLoaConfigurationsPreviewParams }) =>
      await portingLoaConfigurationsPreview(config, body, settings?.request),
    onSuccess: () => invalidate(settings, [["telnyx", "porting"]]),
  };
}

/** Query options for `GET /porting/loa_configurations/{id}` (calls `portingLoaConfigurationsRetrieve`). */
export function portingLoaConfigurationsRetrieveQueryOptions(
  config: ClientConfig,
  id: PortingLoaConfigurationsRetrievePathParams["id"],
  options?: RequestOptions,
) {
  return {
    queryKey: ["telnyx", "porting", "loaConfigurations", "retrieve", { id }] as const,
    // async: the call's APIPromise becomes the plain Promise TanStack Query's types expect.
    queryFn: async ({ signal }: { signal?: AbortSignal }) =>
      await portingLoaConfigurationsRetrieve(config, id, withSignal(options, signal)),
  };
}

/** Mutation options for `PATCH /porting/loa_configurations/{id}` (calls `portingLoaConfigurationsUpdate`); on success, invalidates its namespace's queries. */
export function portingLoaConfigurationsUpdateMutationOptions(
  config: ClientConfig,
  settings?: MutationSettings & { request?: RequestOptions },
) {
  return {
    mutationKey: ["telnyx", "porting", "loaConfigurations", "update"] as const,
    mutationFn: async (
      { id, body }: {
        id: PortingLoaConfigurationsUpdatePathParams["id"];
        body: PortingLoaConfigurationsUpdateParams;
      },
    ) => await portingLoaConfigurationsUpdate(config, id, body, settings?.request),
    onSuccess: () => invalidate(settings, [["telnyx", "porting"]]),
  };
}

/** Mutation options for `DELETE /porting/loa_configurations/{id}` (calls `portingLoaConfigurationsDelete`); on success, invalidates its namespace's queries. */
export function portingLoaConfigurationsDeleteMutationOptions(
  config: ClientConfig,
  settings?: MutationSettings & { request?: RequestOptions },
) {
  return {
    mutationKey: ["telnyx", "porting", "loaConfigurations", "delete"] as const,
    mutationFn: async ({ id }: { id: PortingLoaConfigurationsDeletePathParams["id"] }) =>
      await portingLoaConfigurationsDelete(config, id, settings?.request),
    onSuccess: () => invalidate(settings, [["telnyx", "porting"]]),
  };
}

/** Query options for `GET /porting/loa_configurations/{id}/preview` (calls `portingLoaConfigurationsPreview1`). */
export function portingLoaConfigurationsPreview1QueryOptions(
  config: ClientConfig,
  id: PortingLoaConfigurationsPreview1PathParams["id"],
  options?: RequestOptions,
) {
  return {
    queryKey: ["telnyx", "porting", "loaConfigurations", "preview1", { id }] as const,
    // async: the call's APIPromise becomes the plain Promise TanStack Query's types expect.
    queryFn: async ({ signal }: { signal?: AbortSignal }) =>
      await portingLoaConfigurationsPreview1(config, id, withSignal(options, signal)),
  };
}

/** Query options for `GET /porting/reports` (calls `portingReportsList`). */
export function portingReportsListQueryOptions(
  config: ClientConfig,
  query?: PortingReportsListQuery,
  options?: RequestOptions,
) {
  return {
    queryKey: ["telnyx", "porting", "reports", "list", { query }] as const,
    // async: the call's APIPromise becomes the plain Promise TanStack Query's types expect.
    queryFn: async ({ signal }: { signal?: AbortSignal }) =>
      await portingReportsList(config, query, withSignal(options, signal)),
  };
}

/** Infinite query options for `GET /porting/reports`: each page param is the query of that page (calls `portingReportsList`). */
export function portingReportsListInfiniteQueryOptions(
  config: ClientConfig,
  query?: PortingReportsListQuery,
  options?: RequestOptions,
) {
  return {
    queryKey: ["telnyx", "porting", "reports", "list", { query }, "infinite"] as const,
    queryFn: async (
      { pageParam, signal }: { pageParam: PortingReportsListQuery | undefined; signal?: AbortSignal },
    ) => await portingReportsList(config, pageParam, withSignal(options, signal)),
    initialPageParam: query as PortingReportsListQuery | undefined,
    getNextPageParam: nextPageParam<PortingReportsListResponse, PortingReportsListQuery>({
      style: "page",
      pageParam: "page[number]",
      sizeParam: "page[size]",
      items: "data",
      total: "meta.total_results",
      totalPages: "meta.total_pages",
    }),
  };
}

/** Mutation options for `POST /porting/reports` (calls `portingReportsCreate`); on success, invalidates its namespace's queries. */
export function portingReportsCreateMutationOptions(
  config: ClientConfig,
  settings?: MutationSettings & { request?: RequestOptions },
) {
  return {
    mutationKey: ["telnyx", "porting", "reports", "create"] as const,
    mutationFn: async ({ body }: { body: PortingReportsCreateParams }) =>
      await portingReportsCreate(config, body, settings?.request),
    onSuccess: () => invalidate(settings, [["telnyx", "porting"]]),
  };
}

/** Query options for `GET /porting/reports/{id}` (calls `portingReportsRetrieve`). */
export function portingReportsRetrieveQueryOptions(
  config: ClientConfig,
  id: PortingReportsRetrievePathParams["id"],
  options?: RequestOptions,
) {
  return {
    queryKey: ["telnyx", "porting", "reports", "retrieve", { id }] as const,
    // async: the call's APIPromise becomes the plain Promise TanStack Query's types expect.
    queryFn: async ({ signal }: { signal?: AbortSignal }) =>
      await portingReportsRetrieve(config, id, withSignal(options, signal)),
  };
}

/** Query options for `GET /porting/uk_carriers` (calls `portingListUkCarriers`). */
export function portingListUkCarriersQueryOptions(config: ClientConfig, options?: RequestOptions) {
  return {
    queryKey: ["telnyx", "porting", "listUkCarriers", {}] as const,
    // async: the call's APIPromise becomes the plain Promise TanStack Query's types expect.
    queryFn: async ({ signal }: { signal?: AbortSignal }) =>
      await portingListUkCarriers(config, withSignal(options, signal)),
  };
}

/** Query options for `GET /porting_orders` (calls `portingOrdersList`). */
export function portingOrdersListQueryOptions(
  config: ClientConfig,
  query?: PortingOrdersListQuery,
  options?: RequestOptions,
) {
  return {
    queryKey: ["telnyx", "portingOrders", "list", { query }] as const,
    // async: the call's APIPromise becomes the plain Promise TanStack Query's types expect.
    queryFn: async ({ signal }: { signal?: AbortSignal }) =>
      await portingOrdersList(config, query, withSignal(options, signal)),
  };
}

/** Infinite query options for `GET /porting_orders`: each page param is the query of that page (calls `portingOrdersList`). */
export function portingOrdersListInfiniteQueryOptions(
  config: ClientConfig,
  query?: PortingOrdersListQuery,
  options?: RequestOptions,
) {
  return {
    queryKey: ["telnyx", "portingOrders", "list", { query }, "infinite"] as const,
    queryFn: async (
      { pageParam, signal }: { pageParam: PortingOrdersListQuery | undefined; signal?: AbortSignal },
    ) => await portingOrdersList(config, pageParam, withSignal(options, signal)),
    initialPageParam: query as PortingOrdersListQuery | undefined,
    getNextPageParam: nextPageParam<PortingOrdersListResponse, PortingOrdersListQuery>({
      style: "page",
      pageParam: "page[number]",
      sizeParam: "page[size]",
      items: "data",
      total: "meta.total_results",
      totalPages: "meta.total_pages",
    }),
  };
}

/** Mutation options for `POST /porting_orders` (calls `portingOrdersCreate`); on success, invalidates its namespace's queries. */
export function portingOrdersCreateMutationOptions(
  config: ClientConfig,
  settings?: MutationSettings & { request?: RequestOptions },
) {
  return {
    mutationKey: ["telnyx", "portingOrders", "create"] as const,
    mutationFn: async ({ body }: { body: PortingOrdersCreateParams }) =>
      await portingOrdersCreate(config, body, settings?.request),
    onSuccess: () => invalidate(settings, [["telnyx", "portingOrders"]]),
  };
}

/** Query options for `GET /porting_orders/exception_types` (calls `portingOrdersRetrieveExceptionTypes`). */
export function portingOrdersRetrieveExceptionTypesQueryOptions(
  config: ClientConfig,
  options?: RequestOptions,
) {
  return {
    queryKey: ["telnyx", "portingOrders", "retrieveExceptionTypes", {}] as const,
    // async: the call's APIPromise becomes the plain Promise TanStack Query's types expect.
    queryFn: async ({ signal }: { signal?: AbortSignal }) =>
      await portingOrdersRetrieveExceptionTypes(config, withSignal(options, signal)),
  };
}

/** Query options for `GET /porting_orders/phone_number_configurations` (calls `portingOrdersPhoneNumberConfigurationsList`). */
export function portingOrdersPhoneNumberConfigurationsListQueryOptions(
  config: ClientConfig,
  query?: PortingOrdersPhoneNumberConfigurationsListQuery,
  options?: RequestOptions,
) {
  return {
    queryKey: ["telnyx", "portingOrders", "phoneNumberConfigurations", "list", { query }] as const,
    // async: the call's APIPromise becomes the plain Promise TanStack Query's types expect.
    queryFn: async ({ signal }: { signal?: AbortSignal }) =>
      await portingOrdersPhoneNumberConfigurationsList(config, query, withSignal(options, signal)),
  };
}

/** Infinite query options for `GET /porting_orders/phone_number_configurations`: each page param is the query of that page (calls `portingOrdersPhoneNumberConfigurationsList`). */
export function portingOrdersPhoneNumberConfigurationsListInfiniteQueryOptions(
  config: ClientConfig,
  query?: PortingOrdersPhoneNumberConfigurationsListQuery,
  options?: RequestOptions,
) {
  return {
    queryKey: [
      "telnyx",
      "portingOrders",
      "phoneNumberConfigurations",
      "list",
      { query },
      "infinite",
    ] as const,
    queryFn: async (
      { pageParam, signal }: {
        pageParam: PortingOrdersPhoneNumberConfigurationsListQuery | undefined;
        signal?: AbortSignal;
      },
    ) => await portingOrdersPhoneNumberConfigurationsList(config, pageParam, withSignal(options, signal)),
    initialPageParam: query as PortingOrdersPhoneNumberConfigurationsListQuery | undefined,
    getNextPageParam: nextPageParam<
      PortingOrdersPhoneNumberConfigurationsListResponse,
      PortingOrdersPhoneNumberConfigurationsListQuery
    >({
      style: "page",
      pageParam: "page[number]",
      sizeParam: "page[size]",
      items: "data",
      total: "meta.total_results",
      totalPages: "meta.total_pages",
    }),
  };
}

/** Mutation options for `POST /porting_orders/phone_number_configurations` (calls `portingOrdersPhoneNumberConfigurationsCreate`); on success, invalidates its namespace's queries. */
export function portingOrdersPhoneNumberConfigurationsCreateMutationOptions(
  config: ClientConfig,
  settings?: MutationSettings & { request?: RequestOptions },
) {
  return {
    mutationKey: ["telnyx", "portingOrders", "phoneNumberConfigurations", "create"] as const,
    mutationFn: async ({ body }: { body: PortingOrdersPhoneNumberConfigurationsCreateParams }) =>
      await portingOrdersPhoneNumberConfigurationsCreate(config, body, settings?.request),
    onSuccess: () => invalidate(settings, [["telnyx", "portingOrders"]]),
  };
}

/** Query options for `GET /porting_orders/{id}` (calls `portingOrdersRetrieve`). */
export function portingOrdersRetrieveQueryOptions(
  config: ClientConfig,
  id: PortingOrdersRetrievePathParams["id"],
  query?: PortingOrdersRetrieveQuery,
  options?: RequestOptions,
) {
  return {
    queryKey: ["telnyx", "portingOrders", "retrieve", { id, query }] as const,
    // async: the call's APIPromise becomes the plain Promise TanStack Query's types expect.
    queryFn: async ({ signal }: { signal?: AbortSignal }) =>
      await portingOrdersRetrieve(config, id, query, withSignal(options, signal)),
  };
}

/** Mutation options for `PATCH /porting_orders/{id}` (calls `portingOrdersUpdate`); on success, invalidates its namespace's queries. */
export function portingOrdersUpdateMutationOptions(
  config: ClientConfig,
  settings?: MutationSettings & { request?: RequestOptions },
) {
  return {
    mutationKey: ["telnyx", "portingOrders", "update"] as const,
    mutationFn: async (
      { id, body }: { id: PortingOrdersUpdatePathParams["id"]; body: PortingOrdersUpdateParams },
    ) => await portingOrdersUpdate(config, id, body, settings?.request),
    onSuccess: () => invalidate(settings, [["telnyx", "portingOrders"]]),
  };
}

/** Mutation options for `DELETE /porting_orders/{id}` (calls `portingOrdersDelete`); on success, invalidates its namespace's queries. */
export function portingOrdersDeleteMutationOptions(
  config: ClientConfig,
  settings?: MutationSettings & { request?: RequestOptions },
) {
  return {
    mutationKey: ["telnyx", "portingOrders", "delete"] as const,
    mutationFn: async ({ id }: { id: PortingOrdersDeletePathParams["id"] }) =>
      await portingOrdersDelete(config, id, settings?.request),
    onSuccess: () => invalidate(settings, [["telnyx", "portingOrders"]]),
  };
}

/** Mutation options for `POST /porting_orders/{id}/actions/activate` (calls `portingOrdersActionsActivate`); on success, invalidates its namespace's queries. */
export function portingOrdersActionsActivateMutationOptions(
  config: ClientConfig,
  settings?: MutationSettings & { request?: RequestOptions },
) {
  return {
    mutationKey: ["telnyx", "portingOrders", "actions", "activate"] as const,
    mutationFn: async ({ id }: { id: PortingOrdersActionsActivatePathParams["id"] }) =>
      await portingOrdersActionsActivate(config, id, settings?.request),
    onSuccess: () => invalidate(settings, [["telnyx", "portingOrders"]]),
  };
}

/** Mutation options for `POST /porting_orders/{id}/actions/cancel` (calls `portingOrdersActionsCancel`); on success, invalidates its namespace's queries. */
export function portingOrdersActionsCancelMutationOptions(
  config: ClientConfig,
  settings?: MutationSettings & { request?: RequestOptions },
) {
  return {
    mutationKey: ["telnyx", "portingOrders", "actions", "cancel"] as const,
    mutationFn: async ({ id }: { id: PortingOrdersActionsCancelPathParams["id"] }) =>
      await portingOrdersActionsCancel(config, id, settings?.request),
    onSuccess: () => invalidate(settings, [["telnyx", "portingOrders"]]),
  };
}

/** Mutation options for `POST /porting_orders/{id}/actions/confirm` (calls `portingOrdersActionsConfirm`); on success, invalidates its namespace's queries. */
export function portingOrdersActionsConfirmMutationOptions(
  config: ClientConfig,
  settings?: MutationSettings & { request?: RequestOptions },
) {
  return {
    mutationKey: ["telnyx", "portingOrders", "actions", "confirm"] as const,
    mutationFn: async ({ id }: { id: PortingOrdersActionsConfirmPathParams["id"] }) =>
      await portingOrdersActionsConfirm(config, id, settings?.request),
    onSuccess: () => invalidate(settings, [["telnyx", "portingOrders"]]),
  };
}

/** Mutation options for `POST /porting_orders/{id}/actions/share` (calls `portingOrdersActionsShare`); on success, invalidates its namespace's queries. */
export function portingOrdersActionsShareMutationOptions(
  config: ClientConfig,
  settings?: MutationSettings & { request?: RequestOptions },
) {
  return {
    mutationKey: ["telnyx", "portingOrders", "actions", "share"] as const,
    mutationFn: async (
      { id, body }: { id: PortingOrdersActionsSharePathParams["id"]; body: PortingOrdersActionsShareParams },
    ) => await portingOrdersActionsShare(config, id, body, settings?.request),
    onSuccess: () => invalidate(settings, [["telnyx", "portingOrders"]]),
  };
}

/** Query options for `GET /porting_orders/{id}/activation_jobs` (calls `portingOrdersActivationJobsList`). */
export function portingOrdersActivationJobsListQueryOptions(
  config: ClientConfig,
  id: PortingOrdersActivationJobsListPathParams["id"],
  query?: PortingOrdersActivationJobsListQuery,
  options?: RequestOptions,
) {
  return {
    queryKey: ["telnyx", "portingOrders", "activationJobs", "list", { id, query }] as const,
    // async: the call's APIPromise becomes the plain Promise TanStack Query's types expect.
    queryFn: async ({ signal }: { signal?: AbortSignal }) =>
      await portingOrdersActivationJobsList(config, id, query, withSignal(options, signal)),
  };
}

/** Infinite query options for `GET /porting_orders/{id}/activation_jobs`: each page param is the query of that page (calls `portingOrdersActivationJobsList`). */
export function portingOrdersActivationJobsListInfiniteQueryOptions(
  config: ClientConfig,
  id: PortingOrdersActivationJobsListPathParams["id"],
  query?: PortingOrdersActivationJobsListQuery,
  options?: RequestOptions,
) {
  return {
    queryKey: ["telnyx", "portingOrders", "activationJobs", "list", { id, query }, "infinite"] as const,
    queryFn: async (
      { pageParam, signal }: {
        pageParam: PortingOrdersActivationJobsListQuery | undefined;
        signal?: AbortSignal;
      },
    ) => await portingOrdersActivationJobsList(config, id, pageParam, withSignal(options, signal)),
    initialPageParam: query as PortingOrdersActivationJobsListQuery | undefined,
    getNextPageParam: nextPageParam<
      PortingOrdersActivationJobsListResponse,
      PortingOrdersActivationJobsListQuery
    >({
      style: "page",
      pageParam: "page[number]",
      sizeParam: "page[size]",
      items: "data",
      total: "meta.total_results",
      totalPages: "meta.total_pages",
    }),
  };
}

/** Query options for `GET /porting_orders/{id}/activation_jobs/{activationJobId}` (calls `portingOrdersActivationJobsRetrieve`). */
export function portingOrdersActivationJobsRetrieveQueryOptions(
  config: ClientConfig,
  id: PortingOrdersActivationJobsRetrievePathParams["id"],
  activationJobId: PortingOrdersActivationJobsRetrievePathParams["activationJobId"],
  options?: RequestOptions,
) {
  return {
    queryKey: ["telnyx", "portingOrders", "activationJobs", "retrieve", { id, activationJobId }] as const,
    // async: the call's APIPromise becomes the plain Promise TanStack Query's types expect.
    queryFn: async ({ signal }: { signal?: AbortSignal }) =>
      await portingOrdersActivationJobsRetrieve(config, id, activationJobId, withSignal(options, signal)),
  };
}

/** Mutation options for `PATCH /porting_orders/{id}/activation_jobs/{activationJobId}` (calls `portingOrdersActivationJobsUpdate`); on success, invalidates its namespace's queries. */
export function portingOrdersActivationJobsUpdateMutationOptions(
  config: ClientConfig,
  settings?: MutationSettings & { request?: RequestOptions },
) {
  return {
    mutationKey: ["telnyx", "portingOrders", "activationJobs", "update"] as const,
    mutationFn: async (
      { id, activationJobId, body }: {
        id: PortingOrdersActivationJobsUpdatePathParams["id"];
        activationJobId: PortingOrdersActivationJobsUpdatePathParams["activationJobId"];
        body: PortingOrdersActivationJobsUpdateParams;
      },
    ) => await portingOrdersActivationJobsUpdate(config, id, activationJobId, body, settings?.request),
    onSuccess: () => invalidate(settings, [["telnyx", "portingOrders"]]),
  };
}

/** Query options for `GET /porting_orders/{id}/additional_documents` (calls `portingOrdersAdditionalDocumentsList`). */
export function portingOrdersAdditionalDocumentsListQueryOptions(
  config: ClientConfig,
  id: PortingOrdersAdditionalDocumentsListPathParams["id"],
  query?: PortingOrdersAdditionalDocumentsListQuery,
  options?: RequestOptions,
) {
  return {
    queryKey: ["telnyx", "portingOrders", "additionalDocuments", "list", { id, query }] as const,
    // async: the call's APIPromise becomes the plain Promise TanStack Query's types expect.
    queryFn: async ({ signal }: { signal?: AbortSignal }) =>
      await portingOrdersAdditionalDocumentsList(config, id, query, withSignal(options, signal)),
  };
}

/** Infinite query options for `GET /porting_orders/{id}/additional_documents`: each page param is the query of that page (calls `portingOrdersAdditionalDocumentsList`). */
export function portingOrdersAdditionalDocumentsListInfiniteQueryOptions(
  config: ClientConfig,
  id: PortingOrdersAdditionalDocumentsListPathParams["id"],
  query?: PortingOrdersAdditionalDocumentsListQuery,
  options?: RequestOptions,
) {
  return {
    queryKey: ["telnyx", "portingOrders", "additionalDocuments", "list", { id, query }, "infinite"] as const,
    queryFn: async (
      { pageParam, signal }: {
        pageParam: PortingOrdersAdditionalDocumentsListQuery | undefined;
        signal?: AbortSignal;
      },
    ) => await portingOrdersAdditionalDocumentsList(config, id, pageParam, withSignal(options, signal)),
    initialPageParam: query as PortingOrdersAdditionalDocumentsListQuery | undefined,
    getNextPageParam: nextPageParam<
      PortingOrdersAdditionalDocumentsListResponse,
      PortingOrdersAdditionalDocumentsListQuery
    >({
      style: "page",
      pageParam: "page[number]",
      sizeParam: "page[size]",
      items: "data",
      total: "meta.total_results",
      totalPages: "meta.total_pages",
    }),
  };
}

/** Mutation options for `POST /porting_orders/{id}/additional_documents` (calls `portingOrdersAdditionalDocumentsCreate`); on success, invalidates its namespace's queries. */
export function portingOrdersAdditionalDocumentsCreateMutationOptions(
  config: ClientConfig,
  settings?: MutationSettings & { request?: RequestOptions },
) {
  return {
    mutationKey: ["telnyx", "portingOrders", "additionalDocuments", "create"] as const,
    mutationFn: async (
      { id, body }: {
        id: PortingOrdersAdditionalDocumentsCreatePathParams["id"];
        body: PortingOrdersAdditionalDocumentsCreateParams;
      },
    ) => await portingOrdersAdditionalDocumentsCreate(config, id, body, settings?.request),
    onSuccess: () => invalidate(settings, [["telnyx", "portingOrders"]]),
  };
}

/** Mutation options for `DELETE /porting_orders/{id}/additional_documents/{additional_document_id}` (calls `portingOrdersAdditionalDocumentsDelete`); on success, invalidates its namespace's queries. */
export function portingOrdersAdditionalDocumentsDeleteMutationOptions(
  config: ClientConfig,
  settings?: MutationSettings & { request?: RequestOptions },
) {
  return {
    mutationKey: ["telnyx", "portingOrders", "additionalDocuments", "delete"] as const,
    mutationFn: async (
      { id, additionalDocumentId }: {
        id: PortingOrdersAdditionalDocumentsDeletePathParams["id"];
        additionalDocumentId: PortingOrdersAdditionalDocumentsDeletePathParams["additional_document_id"];
      },
    ) => await portingOrdersAdditionalDocumentsDelete(config, id, additionalDocumentId, settings?.request),
    onSuccess: () => invalidate(settings, [["telnyx", "portingOrders"]]),
  };
}

/** Query options for `GET /porting_orders/{id}/allowed_foc_windows` (calls `portingOrdersRetrieveAllowedFocWindows`). */
export function portingOrdersRetrieveAllowedFocWindowsQueryOptions(
  config: ClientConfig,
  id: PortingOrdersRetrieveAllowedFocWindowsPathParams["id"],
  options?: RequestOptions,
) {
  return {
    queryKey: ["telnyx", "portingOrders", "retrieveAllowedFocWindows", { id }] as const,
    // async: the call's APIPromise becomes the plain Promise TanStack Query's types expect.
    queryFn: async ({ signal }: { signal?: AbortSignal }) =>
      await portingOrdersRetrieveAllowedFocWindows(config, id, withSignal(options, signal)),
  };
}

/** Query options for `GET /porting_orders/{id}/comments` (calls `portingOrdersCommentsList`). */
export function portingOrdersCommentsListQueryOptions(
  config: ClientConfig,
  id: PortingOrdersCommentsListPathParams["id"],
  query?: PortingOrdersCommentsListQuery,
  options?: RequestOptions,
) {
  return {
    queryKey: ["telnyx", "portingOrders", "comments", "list", { id, query }] as const,
    // async: the call's APIPromise becomes the plain Promise TanStack Query's types expect.
    queryFn: async ({ signal }: { signal?: AbortSignal }) =>
      await portingOrdersCommentsList(config, id, query, withSignal(options, signal)),
  };
}

/** Infinite query options for `GET /porting_orders/{id}/comments`: each page param is the query of that page (calls `portingOrdersCommentsList`). */
export function portingOrdersCommentsListInfiniteQueryOptions(
  config: ClientConfig,
  id: PortingOrdersCommentsListPathParams["id"],
  query?: PortingOrdersCommentsListQuery,
  options?: RequestOptions,
) {
  return {
    queryKey: ["telnyx", "portingOrders", "comments", "list", { id, query }, "infinite"] as const,
    queryFn: async (
      { pageParam, signal }: { pageParam: PortingOrdersCommentsListQuery | undefined; signal?: AbortSignal },
    ) => await portingOrdersCommentsList(config, id, pageParam, withSignal(options, signal)),
    initialPageParam: query as PortingOrdersCommentsListQuery | undefined,
    getNextPageParam: nextPageParam<PortingOrdersCommentsListResponse, PortingOrdersCommentsListQuery>({
      style: "page",
      pageParam: "page[number]",
      sizeParam: "page[size]",
      items: "data",
      total: "meta.total_results",
      totalPages: "meta.total_pages",
    }),
  };
}

/** Mutation options for `POST /porting_orders/{id}/comments` (calls `portingOrdersCommentsCreate`); on success, invalidates its namespace's queries. */
export function portingOrdersCommentsCreateMutationOptions(
  config: ClientConfig,
  settings?: MutationSettings & { request?: RequestOptions },
) {
  return {
    mutationKey: ["telnyx", "portingOrders", "comments", "create"] as const,
    mutationFn: async (
      { id, body }: {
        id: PortingOrdersCommentsCreatePathParams["id"];
        body: PortingOrdersCommentsCreateParams;
      },
    ) => await portingOrdersCommentsCreate(config, id, body, settings?.request),
    onSuccess: () => invalidate(settings, [["telnyx", "portingOrders"]]),
  };
}

/** Query options for `GET /porting_orders/{id}/loa_template` (calls `portingOrdersRetrieveLoaTemplate`). */
export function portingOrdersRetrieveLoaTemplateQueryOptions(
  config: ClientConfig,
  id: PortingOrdersRetrieveLoaTemplatePathParams["id"],
  query?: PortingOrdersRetrieveLoaTemplateQuery,
  options?: RequestOptions,
) {
  return {
    queryKey: ["telnyx", "portingOrders", "retrieveLoaTemplate", { id, query }] as const,
    // async: the call's APIPromise becomes the plain Promise TanStack Query's types expect.
    queryFn: async ({ signal }: { signal?: AbortSignal }) =>
      await portingOrdersRetrieveLoaTemplate(config, id, query, withSignal(options, signal)),
  };
}

/** Query options for `GET /porting_orders/{id}/requirements` (calls `portingOrdersRetrieveRequirements`). */
export function portingOrdersRetrieveRequirementsQueryOptions(
  config: ClientConfig,
  id: PortingOrdersRetrieveRequirementsPathParams["id"],
  query?: PortingOrdersRetrieveRequirementsQuery,
  options?: RequestOptions,
) {
  return {
    queryKey: ["telnyx", "portingOrders", "retrieveRequirements", { id, query }] as const,
    // async: the call's APIPromise becomes the plain Promise TanStack Query's types expect.
    queryFn: async ({ signal }: { signal?: AbortSignal }) =>
      await portingOrdersRetrieveRequirements(config, id, query, withSignal(options, signal)),
  };
}

/** Infinite query options for `GET /porting_orders/{id}/requirements`: each page param is the query of that page (calls `portingOrdersRetrieveRequirements`). */
export function portingOrdersRetrieveRequirementsInfiniteQueryOptions(
  config: ClientConfig,
  id: PortingOrdersRetrieveRequirementsPathParams["id"],
  query?: PortingOrdersRetrieveRequirementsQuery,
  options?: RequestOptions,
) {
  return {
    queryKey: ["telnyx", "portingOrders", "retrieveRequirements", { id, query }, "infinite"] as const,
    queryFn: async (
      { pageParam, signal }: {
        pageParam: PortingOrdersRetrieveRequirementsQuery | undefined;
        signal?: AbortSignal;
      },
    ) => await portingOrdersRetrieveRequirements(config, id, pageParam, withSignal(options, signal)),
    initialPageParam: query as PortingOrdersRetrieveRequirementsQuery | undefined,
    getNextPageParam: nextPageParam<
      PortingOrdersRetrieveRequirementsResponse,
      PortingOrdersRetrieveRequirementsQuery
    >({
      style: "page",
      pageParam: "page[number]",
      sizeParam: "page[size]",
      items: "data",
      total: "meta.total_results",
      totalPages: "meta.total_pages",
    }),
  };
}

/** Query options for `GET /porting_orders/{id}/sub_request` (calls `portingOrdersRetrieveSubRequest`). */
export function portingOrdersRetrieveSubRequestQueryOptions(
  config: ClientConfig,
  id: PortingOrdersRetrieveSubRequestPathParams["id"],
  options?: RequestOptions,
) {
  return {
    queryKey: ["telnyx", "portingOrders", "retrieveSubRequest", { id }] as const,
    // async: the call's APIPromise becomes the plain Promise TanStack Query's types expect.
    queryFn: async ({ signal }: { signal?: AbortSignal }) =>
      await portingOrdersRetrieveSubRequest(config, id, withSignal(options, signal)),
  };
}

/** Query options for `GET /porting_orders/{id}/verification_codes` (calls `portingOrdersVerificationCodesList`). */
export function portingOrdersVerificationCodesListQueryOptions(
  config: ClientConfig,
  id: PortingOrdersVerificationCodesListPathParams["id"],
  query?: PortingOrdersVerificationCodesListQuery,
  options?: RequestOptions,
) {
  return {
    queryKey: ["telnyx", "portingOrders", "verificationCodes", "list", { id, query }] as const,
    // async: the call's APIPromise becomes the plain Promise TanStack Query's types expect.
    queryFn: async ({ signal }: { signal?: AbortSignal }) =>
      await portingOrdersVerificationCodesList(config, id, query, withSignal(options, signal)),
  };
}

/** Infinite query options for `GET /porting_orders/{id}/verification_codes`: each page param is the query of that page (calls `portingOrdersVerificationCodesList`). */
export function portingOrdersVerificationCodesListInfiniteQueryOptions(
  config: ClientConfig,
  id: PortingOrdersVerificationCodesListPathParams["id"],
  query?: PortingOrdersVerificationCodesListQuery,
  options?: RequestOptions,
) {
  return {
    queryKey: ["telnyx", "portingOrders", "verificationCodes", "list", { id, query }, "infinite"] as const,
    queryFn: async (
      { pageParam, signal }: {
        pageParam: PortingOrdersVerificationCodesListQuery | undefined;
        signal?: AbortSignal;
      },
    ) => await portingOrdersVerificationCodesList(config, id, pageParam, withSignal(options, signal)),
    initialPageParam: query as PortingOrdersVerificationCodesListQuery | undefined,
    getNextPageParam: nextPageParam<
      PortingOrdersVerificationCodesListResponse,
      PortingOrdersVerificationCodesListQuery
    >({
      style: "page",
      pageParam: "page[number]",
      sizeParam: "page[size]",
      items: "data",
      total: "meta.total_results",
      totalPages: "meta.total_pages",
    }),
  };
}

/** Mutation options for `POST /porting_orders/{id}/verification_codes/send` (calls `portingOrdersVerificationCodesSend`); on success, invalidates its namespace's queries. */
export function portingOrdersVerificationCodesSendMutationOptions(
  config: ClientConfig,
  settings?: MutationSettings & { request?: RequestOptions },
) {
  return {
    mutationKey: ["telnyx", "portingOrders", "verificationCodes", "send"] as const,
    mutationFn: async (
      { id, body }: {
        id: PortingOrdersVerificationCodesSendPathParams["id"];
        body?: PortingOrdersVerificationCodesSendParams;
      },
    ) => await portingOrdersVerificationCodesSend(config, id, body, settings?.request),
    onSuccess: () => invalidate(settings, [["telnyx", "portingOrders"]]),
  };
}

/** Mutation options for `POST /porting_orders/{id}/verification_codes/verify` (calls `portingOrdersVerificationCodesVerify`); on success, invalidates its namespace's queries. */
export function portingOrdersVerificationCodesVerifyMutationOptions(
  config: ClientConfig,
  settings?: MutationSettings & { request?: RequestOptions },
) {
  return {
    mutationKey: ["telnyx", "portingOrders", "verificationCodes", "verify"] as const,
    mutationFn: async (
      { id, body }: {
        id: PortingOrdersVerificationCodesVerifyPathParams["id"];
        body: PortingOrdersVerificationCodesVerifyParams;
      },
    ) => await portingOrdersVerificationCodesVerify(config, id, body, settings?.request),
    onSuccess: () => invalidate(settings, [["telnyx", "portingOrders"]]),
  };
}

/** Query options for `GET /porting_orders/{porting_order_id}/action_requirements` (calls `portingOrdersActionRequirementsList`). */
export function portingOrdersActionRequirementsListQueryOptions(
  config: ClientConfig,
  portingOrderId: PortingOrdersActionRequirementsListPathParams["porting_order_id"],
  query?: PortingOrdersActionRequirementsListQuery,
  options?: RequestOptions,
) {
  return {
    queryKey: ["telnyx", "portingOrders", "actionRequirements", "list", { portingOrderId, query }] as const,
    // async: the call's APIPromise becomes the plain Promise TanStack Query's types expect.
    queryFn: async ({ signal }: { signal?: AbortSignal }) =>
      await portingOrdersActionRequirementsList(config, portingOrderId, query, withSignal(options, signal)),
  };
}

/** Infinite query options for `GET /porting_orders/{porting_order_id}/action_requirements`: each page param is the query of that page (calls `portingOrdersActionRequirementsList`). */
export function portingOrdersActionRequirementsListInfiniteQueryOptions(
  config: ClientConfig,
  portingOrderId: PortingOrdersActionRequirementsListPathParams["porting_order_id"],
  query?: PortingOrdersActionRequirementsListQuery,
  options?: RequestOptions,
) {
  return {
    queryKey: [
      "telnyx",
      "portingOrders",
      "actionRequirements",
      "list",
      { portingOrderId, query },
      "infinite",
    ] as const,
    queryFn: async (
      { pageParam, signal }: {
        pageParam: PortingOrdersActionRequirementsListQuery | undefined;
        signal?: AbortSignal;
      },
    ) =>
      await portingOrdersActionRequirementsList(
        config,
        portingOrderId,
        pageParam,
        withSignal(options, signal),
      ),
    initialPageParam: query as PortingOrdersActionRequirementsListQuery | undefined,
    getNextPageParam: nextPageParam<
      PortingOrdersActionRequirementsListResponse,
      PortingOrdersActionRequirementsListQuery
    >({
      style: "page",
      pageParam: "page[number]",
      sizeParam: "page[size]",
      items: "data",
      total: "meta.total_results",
      totalPages: "meta.total_pages",
    }),
  };
}

/** Mutation options for `POST /porting_orders/{porting_order_id}/action_requirements/{id}/initiate` (calls `portingOrdersActionRequirementsInitiate`); on success, invalidates its namespace's queries. */
export function portingOrdersActionRequirementsInitiateMutationOptions(
  config: ClientConfig,
  settings?: MutationSettings & { request?: RequestOptions },
) {
  return {
    mutationKey: ["telnyx", "portingOrders", "actionRequirements", "initiate"] as const,
    mutationFn: async (
      { portingOrderId, id, body }: {
        portingOrderId: PortingOrdersActionRequirementsInitiatePathParams["porting_order_id"];
        id: PortingOrdersActionRequirementsInitiatePathParams["id"];
        body: PortingOrdersActionRequirementsInitiateParams;
      },
    ) => await portingOrdersActionRequirementsInitiate(config, portingOrderId, id, body, settings?.request),
    onSuccess: () => invalidate(settings, [["telnyx", "portingOrders"]]),
  };
}

/** Query options for `GET /porting_orders/{porting_order_id}/associated_phone_numbers` (calls `portingOrdersAssociatedPhoneNumbersList`). */
export function portingOrdersAssociatedPhoneNumbersListQueryOptions(
  config: ClientConfig,
  portingOrderId: PortingOrdersAssociatedPhoneNumbersListPathParams["porting_order_id"],
  query?: PortingOrdersAssociatedPhoneNumbersListQuery,
  options?: RequestOptions,
) {
  return {
    queryKey: ["telnyx", "portingOrders", "associatedPhoneNumbers", "list", {
      portingOrderId,
      query,
    }] as const,
    // async: the call's APIPromise becomes the plain Promise TanStack Query's types expect.
    queryFn: async ({ signal }: { signal?: AbortSignal }) =>
      await portingOrdersAssociatedPhoneNumbersList(
        config,
        portingOrderId,
        query,
        withSignal(options, signal),
      ),
  };
}

/** Infinite query options for `GET /porting_orders/{porting_order_id}/associated_phone_numbers`: each page param is the query of that page (calls `portingOrdersAssociatedPhoneNumbersList`). */
export function portingOrdersAssociatedPhoneNumbersListInfiniteQueryOptions(
  config: ClientConfig,
  portingOrderId: PortingOrdersAssociatedPhoneNumbersListPathParams["porting_order_id"],
  query?: PortingOrdersAssociatedPhoneNumbersListQuery,
  options?: RequestOptions,
) {
  return {
    queryKey: [
      "telnyx",
      "portingOrders",
      "associatedPhoneNumbers",
      "list",
      { portingOrderId, query },
      "infinite",
    ] as const,
    queryFn: async (
      { pageParam, signal }: {
        pageParam: PortingOrdersAssociatedPhoneNumbersListQuery | undefined;
        signal?: AbortSignal;
      },
    ) =>
      await portingOrdersAssociatedPhoneNumbersList(
        config,
        portingOrderId,
        pageParam,
        withSignal(options, signal),
      ),
    initialPageParam: query as PortingOrdersAssociatedPhoneNumbersListQuery | undefined,
    getNextPageParam: nextPageParam<
      PortingOrdersAssociatedPhoneNumbersListResponse,
      PortingOrdersAssociatedPhoneNumbersListQuery
    >({
      style: "page",
      pageParam: "page[number]",
      sizeParam: "page[size]",
      items: "data",
      total: "meta.total_results",
      totalPages: "meta.total_pages",
    }),
  };
}

/** Mutation options for `POST /porting_orders/{porting_order_id}/associated_phone_numbers` (calls `portingOrdersAssociatedPhoneNumbersCreate`); on success, invalidates its namespace's queries. */
export function portingOrdersAssociatedPhoneNumbersCreateMutationOptions(
  config: ClientConfig,
  settings?: MutationSettings & { request?: RequestOptions },
) {
  return {
    mutationKey: ["telnyx", "portingOrders", "associatedPhoneNumbers", "create"] as const,
    mutationFn: async (
      { portingOrderId, body }: {
        portingOrderId: PortingOrdersAssociatedPhoneNumbersCreatePathParams["porting_order_id"];
        body: PortingOrdersAssociatedPhoneNumbersCreateParams;
      },
    ) => await portingOrdersAssociatedPhoneNumbersCreate(config, portingOrderId, body, settings?.request),
    onSuccess: () => invalidate(settings, [["telnyx", "portingOrders"]]),
  };
}

/** Mutation options for `DELETE /porting_orders/{porting_order_id}/associated_phone_numbers/{id}` (calls `portingOrdersAssociatedPhoneNumbersDelete`); on success, invalidates its namespace's queries. */
export function portingOrdersAssociatedPhoneNumbersDeleteMutationOptions(
  config: ClientConfig,
  settings?: MutationSettings & { request?: RequestOptions },
) {
  return {
    mutationKey: ["telnyx", "portingOrders", "associatedPhoneNumbers", "delete"] as const,
    mutationFn: async (
      { portingOrderId, id }: {
        portingOrderId: PortingOrdersAssociatedPhoneNumbersDeletePathParams["porting_order_id"];
        id: PortingOrdersAssociatedPhoneNumbersDeletePathParams["id"];
      },
    ) => await portingOrdersAssociatedPhoneNumbersDelete(config, portingOrderId, id, settings?.request),
    onSuccess: () => invalidate(settings, [["telnyx", "portingOrders"]]),
  };
}

/** Query options for `GET /porting_orders/{porting_order_id}/phone_number_blocks` (calls `portingOrdersPhoneNumberBlocksList`). */
export function portingOrdersPhoneNumberBlocksListQueryOptions(
  config: ClientConfig,
  portingOrderId: PortingOrdersPhoneNumberBlocksListPathParams["porting_order_id"],
  query?: PortingOrdersPhoneNumberBlocksListQuery,
  options?: RequestOptions,
) {
  return {
    queryKey: ["telnyx", "portingOrders", "phoneNumberBlocks", "list", { portingOrderId, query }] as const,
    // async: the call's APIPromise becomes the plain Promise TanStack Query's types expect.
    queryFn: async ({ signal }: { signal?: AbortSignal }) =>
      await portingOrdersPhoneNumberBlocksList(config, portingOrderId, query, withSignal(options, signal)),
  };
}

/** Infinite query options for `GET /porting_orders/{porting_order_id}/phone_number_blocks`: each page param is the query of that page (calls `portingOrdersPhoneNumberBlocksList`). */
export function portingOrdersPhoneNumberBlocksListInfiniteQueryOptions(
  config: ClientConfig,
  portingOrderId: PortingOrdersPhoneNumberBlocksListPathParams["porting_order_id"],
  query?: PortingOrdersPhoneNumberBlocksListQuery,
  options?: RequestOptions,
) {
  return {
    queryKey: [
      "telnyx",
      "portingOrders",
      "phoneNumberBlocks",
      "list",
      { portingOrderId, query },
      "infinite",
    ] as const,
    queryFn: async (
      { pageParam, signal }: {
        pageParam: PortingOrdersPhoneNumberBlocksListQuery | undefined;
        signal?: AbortSignal;
      },
    ) =>
      await portingOrdersPhoneNumberBlocksList(
        config,
        portingOrderId,
        pageParam,
        withSignal(options, signal),
      ),
    initialPageParam: query as PortingOrdersPhoneNumberBlocksListQuery | undefined,
    getNextPageParam: nextPageParam<
      PortingOrdersPhoneNumberBlocksListResponse,
      PortingOrdersPhoneNumberBlocksListQuery
    >({
      style: "page",
      pageParam: "page[number]",
      sizeParam: "page[size]",
      items: "data",
      total: "meta.total_results",
      totalPages: "meta.total_pages",
    }),
  };
}

/** Mutation options for `POST /porting_orders/{porting_order_id}/phone_number_blocks` (calls `portingOrdersPhoneNumberBlocksCreate`); on success, invalidates its namespace's queries. */
export function portingOrdersPhoneNumberBlocksCreateMutationOptions(
  config: ClientConfig,
  settings?: MutationSettings & { request?: RequestOptions },
) {
  return {
    mutationKey: ["telnyx", "portingOrders", "phoneNumberBlocks", "create"] as const,
    mutationFn: async (
      { portingOrderId, body }: {
        portingOrderId: PortingOrdersPhoneNumberBlocksCreatePathParams["porting_order_id"];
        body: PortingOrdersPhoneNumberBlocksCreateParams;
      },
    ) => await portingOrdersPhoneNumberBlocksCreate(config, portingOrderId, body, settings?.request),
    onSuccess: () => invalidate(settings, [["telnyx", "portingOrders"]]),
  };
}

/** Mutation options for `DELETE /porting_orders/{porting_order_id}/phone_number_blocks/{id}` (calls `portingOrdersPhoneNumberBlocksDelete`); on success, invalidates its namespace's queries. */
export function portingOrdersPhoneNumberBlocksDeleteMutationOptions(
  config: ClientConfig,
  settings?: MutationSettings & { request?: RequestOptions },
) {
  return {
    mutationKey: ["telnyx", "portingOrders", "phoneNumberBlocks", "delete"] as const,
    mutationFn: async (
      { portingOrderId, id }: {
        portingOrderId: PortingOrdersPhoneNumberBlocksDeletePathParams["porting_order_id"];
        id: PortingOrdersPhoneNumberBlocksDeletePathParams["id"];
      },
    ) => await portingOrdersPhoneNumberBlocksDelete(config, portingOrderId, id, settings?.request),
    onSuccess: () => invalidate(settings, [["telnyx", "portingOrders"]]),
  };
}

/** Query options for `GET /porting_orders/{porting_order_id}/phone_number_extensions` (calls `portingOrdersPhoneNumberExtensionsList`). */
export function portingOrdersPhoneNumberExtensionsListQueryOptions(
  config: ClientConfig,
  portingOrderId: PortingOrdersPhoneNumberExtensionsListPathParams["porting_order_id"],
  query?: PortingOrdersPhoneNumberExtensionsListQuery,
  options?: RequestOptions,
) {
  return {
    queryKey: ["telnyx", "portingOrders", "phoneNumberExtensions", "list", {
      portingOrderId,
      query,
    }] as const,
    // async: the call's APIPromise becomes the plain Promise TanStack Query's types expect.
    queryFn: async ({ signal }: { signal?: AbortSignal }) =>
      await portingOrdersPhoneNumberExtensionsList(
        config,
        portingOrderId,
        query,
        withSignal(options, signal),
      ),
  };
}

/** Infinite query options for `GET /porting_orders/{porting_order_id}/phone_number_extensions`: each page param is the query of that page (calls `portingOrdersPhoneNumberExtensionsList`). */
export function portingOrdersPhoneNumberExtensionsListInfiniteQueryOptions(
  config: ClientConfig,
  portingOrderId: PortingOrdersPhoneNumberExtensionsListPathParams["porting_order_id"],
  query?: PortingOrdersPhoneNumberExtensionsListQuery,
  options?: RequestOptions,
) {
  return {
    queryKey: [
      "telnyx",
      "portingOrders",
      "phoneNumberExtensions",
      "list",
      { portingOrderId, query },
      "infinite",
    ] as const,
    queryFn: async (
      { pageParam, signal }: {
        pageParam: PortingOrdersPhoneNumberExtensionsListQuery | undefined;
        signal?: AbortSignal;
      },
    ) =>
      await portingOrdersPhoneNumberExtensionsList(
        config,
        portingOrderId,
        pageParam,
        withSignal(options, signal),
      ),
    initialPageParam: query as PortingOrdersPhoneNumberExtensionsListQuery | undefined,
    getNextPageParam: nextPageParam<
      PortingOrdersPhoneNumberExtensionsListResponse,
      PortingOrdersPhoneNumberExtensionsListQuery
    >({
      style: "page",
      pageParam: "page[number]",
      sizeParam: "page[size]",
      items: "data",
      total: "meta.total_results",
      totalPages: "meta.total_pages",
    }),
  };
}

/** Mutation options for `POST /porting_orders/{porting_order_id}/phone_number_extensions` (calls `portingOrdersPhoneNumberExtensionsCreate`); on success, invalidates its namespace's queries. */
export function portingOrdersPhoneNumberExtensionsCreateMutationOptions(
  config: ClientConfig,
  settings?: MutationSettings & { request?: RequestOptions },
) {
  return {
    mutationKey: ["telnyx", "portingOrders", "phoneNumberExtensions", "create"] as const,
    mutationFn: async (
      { portingOrderId, body }: {
        portingOrderId: PortingOrdersPhoneNumberExtensionsCreatePathParams["porting_order_id"];
        body: PortingOrdersPhoneNumberExtensionsCreateParams;
      },
    ) => await portingOrdersPhoneNumberExtensionsCreate(config, portingOrderId, body, settings?.request),
    onSuccess: () => invalidate(settings, [["telnyx", "portingOrders"]]),
  };
}

/** Mutation options for `DELETE /porting_orders/{porting_order_id}/phone_number_extensions/{id}` (calls `portingOrdersPhoneNumberExtensionsDelete`); on success, invalidates its namespace's queries. */
export function portingOrdersPhoneNumberExtensionsDeleteMutationOptions(
  config: ClientConfig,
  settings?: MutationSettings & { request?: RequestOptions },
) {
  return {
    mutationKey: ["telnyx", "portingOrders", "phoneNumberExtensions", "delete"] as const,
    mutationFn: async (
      { portingOrderId, id }: {
        portingOrderId: PortingOrdersPhoneNumberExtensionsDeletePathParams["porting_order_id"];
        id: PortingOrdersPhoneNumberExtensionsDeletePathParams["id"];
      },
    ) => await portingOrdersPhoneNumberExtensionsDelete(config, portingOrderId, id, settings?.request),
    onSuccess: () => invalidate(settings, [["telnyx", "portingOrders"]]),
  };
}

/** Query options for `GET /porting_phone_numbers` (calls `portingPhoneNumbersList`). */
export function portingPhoneNumbersListQueryOptions(
  config: ClientConfig,
  query?: PortingPhoneNumbersListQuery,
  options?: RequestOptions,
) {
  return {
    queryKey: ["telnyx", "portingPhoneNumbers", "list", { query }] as const,
    // async: the call's APIPromise becomes the plain Promise TanStack Query's types expect.
    queryFn: async ({ signal }: { signal?: AbortSignal }) =>
      await portingPhoneNumbersList(config, query, withSignal(options, signal)),
  };
}

/** Infinite query options for `GET /porting_phone_numbers`: each page param is the query of that page (calls `portingPhoneNumbersList`). */
export function portingPhoneNumbersListInfiniteQueryOptions(
  config: ClientConfig,
  query?: PortingPhoneNumbersListQuery,
  options?: RequestOptions,
) {
  return {
    queryKey: ["telnyx", "portingPhoneNumbers", "list", { query }, "infinite"] as const,
    queryFn: async (
      { pageParam, signal }: { pageParam: PortingPhoneNumbersListQuery | undefined; signal?: AbortSignal },
    ) => await portingPhoneNumbersList(config, pageParam, withSignal(options, signal)),
    initialPageParam: query as PortingPhoneNumbersListQuery | undefined,
    getNextPageParam: nextPageParam<PortingPhoneNumbersListResponse, PortingPhoneNumbersListQuery>({
      style: "page",
      pageParam: "page[number]",
      sizeParam: "page[size]",
      items: "data",
      total: "meta.total_results",
      totalPages: "meta.total_pages",
    }),
  };
}
