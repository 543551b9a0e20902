// Generated from specs/telnyx/openapi.yaml by `npm run generate`. Do not edit: change the spec or
// templates/client.ts.hbs and regenerate.
//
// The facade: every operation as a method in its namespace, calling the function of the same
// operation in functions.ts with the client's config. An app that bundles it bundles every
// operation; one that imports functions from functions.ts bundles only those.
import type { Client } from "openapi-fetch";
import type { APIPromise } from "../runtime/api-promise.js";
import { env } from "../runtime/auth.js";
import { withLogging } from "../runtime/logging.js";
import type { PagePromise } from "../runtime/pagination.js";
import { rawClient } from "../runtime/raw.js";
import type { RequestOptions } from "../runtime/transport.js";
import { lazyResponseValidation, type ResponseValidationError } from "../runtime/validation.js";
import { verifyEd25519Webhook, type HeaderSource, type WebhookReplayGuard } from "../runtime/webhooks.js";
import {
  createTelnyxConfig,
  type TelnyxConfigOptions,
  messaging10dlcBrandList,
  type Messaging10dlcBrandListQuery,
  type Messaging10dlcBrandListResponse,
  type Messaging10dlcBrandListItem,
  messaging10dlcBrandCreate,
  type Messaging10dlcBrandCreateParams,
  type Messaging10dlcBrandCreateResponse,
  messaging10dlcBrandRetrieve,
  type Messaging10dlcBrandRetrievePathParams,
  type Messaging10dlcBrandRetrieveResponse,
  messaging10dlcBrandUpdate,
  type Messaging10dlcBrandUpdatePathParams,
  type Messaging10dlcBrandUpdateParams,
  type Messaging10dlcBrandUpdateResponse,
  messaging10dlcBrandDelete,
  type Messaging10dlcBrandDeletePathParams,
  type Messaging10dlcBrandDeleteResponse,
  messaging10dlcBrandGetFeedback,
  type Messaging10dlcBrandGetFeedbackPathParams,
  type Messaging10dlcBrandGetFeedbackResponse,
  messaging10dlcBrandResend2faEmail,
  type Messaging10dlcBrandResend2faEmailPathParams,
  type Messaging10dlcBrandResend2faEmailResponse,
  messaging10dlcBrandExternalVettingList,
  type Messaging10dlcBrandExternalVettingListPathParams,
  type Messaging10dlcBrandExternalVettingListResponse,
  messaging10dlcBrandExternalVettingOrder,
  type Messaging10dlcBrandExternalVettingOrderPathParams,
  type Messaging10dlcBrandExternalVettingOrderParams,
  type Messaging10dlcBrandExternalVettingOrderResponse,
  messaging10dlcBrandExternalVettingImports,
  type Messaging10dlcBrandExternalVettingImportsPathParams,
  type Messaging10dlcBrandExternalVettingImportsParams,
  type Messaging10dlcBrandExternalVettingImportsResponse,
  messaging10dlcBrandRevet,
  type Messaging10dlcBrandRevetPathParams,
  type Messaging10dlcBrandRevetResponse,
  messaging10dlcBrandRetrieveSmsOtpStatus,
  type Messaging10dlcBrandRetrieveSmsOtpStatusPathParams,
  type Messaging10dlcBrandRetrieveSmsOtpStatusResponse,
  messaging10dlcBrandTriggerSmsOtp,
  type Messaging10dlcBrandTriggerSmsOtpPathParams,
  type Messaging10dlcBrandTriggerSmsOtpParams,
  type Messaging10dlcBrandTriggerSmsOtpResponse,
  messaging10dlcBrandVerifySmsOtp,
  type Messaging10dlcBrandVerifySmsOtpPathParams,
  type Messaging10dlcBrandVerifySmsOtpParams,
  type Messaging10dlcBrandVerifySmsOtpResponse,
  messaging10dlcBrandGetSmsOtpByReference,
  type Messaging10dlcBrandGetSmsOtpByReferencePathParams,
  type Messaging10dlcBrandGetSmsOtpByReferenceQuery,
  type Messaging10dlcBrandGetSmsOtpByReferenceResponse,
  messaging10dlcCampaignBuilderSubmit,
  type Messaging10dlcCampaignBuilderSubmitParams,
  type Messaging10dlcCampaignBuilderSubmitResponse,
  messaging10dlcCampaignBuilderBrandQualifyByUsecase,
  type Messaging10dlcCampaignBuilderBrandQualifyByUsecasePathParams,
  type Messaging10dlcCampaignBuilderBrandQualifyByUsecaseResponse,
  messaging10dlcCampaignList,
  type Messaging10dlcCampaignListQuery,
  type Messaging10dlcCampaignListResponse,
  type Messaging10dlcCampaignListItem,
  messaging10dlcCampaignRetrieve,
  type Messaging10dlcCampaignRetrievePathParams,
  type Messaging10dlcCampaignRetrieveResponse,
  messaging10dlcCampaignUpdate,
  type Messaging10dlcCampaignUpdatePathParams,
  type Messaging10dlcCampaignUpdateParams,
  type Messaging10dlcCampaignUpdateResponse,
  messaging10dlcCampaignDeactivate,
  type Messaging10dlcCampaignDeactivatePathParams,
  type Messaging10dlcCampaignDeactivateResponse,
  messaging10dlcCampaignUsecaseGetCost,
  type Messaging10dlcCampaignUsecaseGetCostQuery,
  type Messaging10dlcCampaignUsecaseGetCostResponse,
  messaging10dlcCampaignAcceptSharing,
  type Messaging10dlcCampaignAcceptSharingPathParams,
  type Messaging10dlcCampaignAcceptSharingResponse,
  messaging10dlcCampaignSubmitAppeal,
  type Messaging10dlcCampaignSubmitAppealPathParams,
  type Messaging10dlcCampaignSubmitAppealParams,
  type Messaging10dlcCampaignSubmitAppealResponse,
  messaging10dlcCampaignGetMnoMetadata,
  type Messaging10dlcCampaignGetMnoMetadataPathParams,
  type Messaging10dlcCampaignGetMnoMetadataResponse,
  messaging10dlcCampaignGetOperationStatus,
  type Messaging10dlcCampaignGetOperationStatusPathParams,
  type Messaging10dlcCampaignGetOperationStatusResponse,
  messaging10dlcCampaignOsrGetAttributes,
  type Messaging10dlcCampaignOsrGetAttributesPathParams,
  type Messaging10dlcCampaignOsrGetAttributesResponse,
  messaging10dlcCampaignGetSharingStatus,
  type Messaging10dlcCampaignGetSharingStatusPathParams,
  type Messaging10dlcCampaignGetSharingStatusResponse,
  messaging10dlcPartnerCampaignsList,
  type Messaging10dlcPartnerCampaignsListQuery,
  type Messaging10dlcPartnerCampaignsListResponse,
  type Messaging10dlcPartnerCampaignsListItem,
  messaging10dlcPartnerCampaignsRetrieve,
  type Messaging10dlcPartnerCampaignsRetrievePathParams,
  type Messaging10dlcPartnerCampaignsRetrieveResponse,
  messaging10dlcPartnerCampaignsUpdate,
  type Messaging10dlcPartnerCampaignsUpdatePathParams,
  type Messaging10dlcPartnerCampaignsUpdateParams,
  type Messaging10dlcPartnerCampaignsUpdateResponse,
  messaging10dlcPartnerCampaignsListSharedByMe,
  type Messaging10dlcPartnerCampaignsListSharedByMeQuery,
  type Messaging10dlcPartnerCampaignsListSharedByMeResponse,
  type Messaging10dlcPartnerCampaignsListSharedByMeItem,
  messaging10dlcPartnerCampaignsRetrieveSharingStatus,
  type Messaging10dlcPartnerCampaignsRetrieveSharingStatusPathParams,
  type Messaging10dlcPartnerCampaignsRetrieveSharingStatusResponse,
  messaging10dlcPhoneNumberCampaignsList,
  type Messaging10dlcPhoneNumberCampaignsListQuery,
  type Messaging10dlcPhoneNumberCampaignsListResponse,
  type Messaging10dlcPhoneNumberCampaignsListItem,
  messaging10dlcPhoneNumberCampaignsCreate,
  type Messaging10dlcPhoneNumberCampaignsCreateParams,
  type Messaging10dlcPhoneNumberCampaignsCreateResponse,
  messaging10dlcPhoneNumberCampaignsRetrieve,
  type Messaging10dlcPhoneNumberCampaignsRetrievePathParams,
  type Messaging10dlcPhoneNumberCampaignsRetrieveResponse,
  messaging10dlcPhoneNumberCampaignsUpdate,
  type Messaging10dlcPhoneNumberCampaignsUpdatePathParams,
  type Messaging10dlcPhoneNumberCampaignsUpdateParams,
  type Messaging10dlcPhoneNumberCampaignsUpdateResponse,
  messaging10dlcPhoneNumberCampaignsDelete,
  type Messaging10dlcPhoneNumberCampaignsDeletePathParams,
  type Messaging10dlcPhoneNumberCampaignsDeleteResponse,
  messaging10dlcPhoneNumberAssignmentByProfileAssign,
  type Messaging10dlcPhoneNumberAssignmentByProfileAssignParams,
  type Messaging10dlcPhoneNumberAssignmentByProfileAssignResponse,
  messaging10dlcPhoneNumberAssignmentByProfileRetrieveStatus,
  type Messaging10dlcPhoneNumberAssignmentByProfileRetrieveStatusPathParams,
  type Messaging10dlcPhoneNumberAssignmentByProfileRetrieveStatusResponse,
  messaging10dlcPhoneNumberAssignmentByProfileListPhoneNumberStatus,
  type Messaging10dlcPhoneNumberAssignmentByProfileListPhoneNumberStatusPathParams,
  type Messaging10dlcPhoneNumberAssignmentByProfileListPhoneNumberStatusQuery,
  type Messaging10dlcPhoneNumberAssignmentByProfileListPhoneNumberStatusResponse,
  type Messaging10dlcPhoneNumberAssignmentByProfileListPhoneNumberStatusItem,
  messaging10dlcGetEnum,
  type Messaging10dlcGetEnumPathParams,
  type Messaging10dlcGetEnumResponse,
  availablePhoneNumbersList,
  type AvailablePhoneNumbersListQuery,
  type AvailablePhoneNumbersListResponse,
  numberOrdersList,
  type NumberOrdersListQuery,
  type NumberOrdersListResponse,
  type NumberOrdersListItem,
  numberOrdersCreate,
  type NumberOrdersCreateParams,
  type NumberOrdersCreateResponse,
  numberOrdersRetrieve,
  type NumberOrdersRetrievePathParams,
  type NumberOrdersRetrieveResponse,
  numberOrdersUpdate,
  type NumberOrdersUpdatePathParams,
  type NumberOrdersUpdateParams,
  type NumberOrdersUpdateResponse,
  numberReservationsList,
  type NumberReservationsListQuery,
  type NumberReservationsListResponse,
  type NumberReservationsListItem,
  numberReservationsCreate,
  type NumberReservationsCreateParams,
  type NumberReservationsCreateResponse,
  numberReservationsRetrieve,
  type NumberReservationsRetrievePathParams,
  type NumberReservationsRetrieveResponse,
  advancedOrdersList,
  type AdvancedOrdersListResponse,
  advancedOrdersCreate,
  type AdvancedOrdersCreateParams,
  type AdvancedOrdersCreateResponse,
  advancedOrdersUpdateRequirementGroup,
  type AdvancedOrdersUpdateRequirementGroupPathParams,
  type AdvancedOrdersUpdateRequirementGroupParams,
  type AdvancedOrdersUpdateRequirementGroupResponse,
  advancedOrdersRetrieve,
  type AdvancedOrdersRetrievePathParams,
  type AdvancedOrdersRetrieveResponse,
  availablePhoneNumberBlocksList,
  type AvailablePhoneNumberBlocksListQuery,
  type AvailablePhoneNumberBlocksListResponse,
  commentsList,
  type CommentsListQuery,
  type CommentsListResponse,
  commentsCreate,
  type CommentsCreateParams,
  type CommentsCreateResponse,
  commentsRetrieve,
  type CommentsRetrievePathParams,
  type CommentsRetrieveResponse,
  commentsMarkAsRead,
  type CommentsMarkAsReadPathParams,
  type CommentsMarkAsReadResponse,
  countryCoverageRetrieve,
  type CountryCoverageRetrieveResponse,
  countryCoverageRetrieveCountry,
  type CountryCoverageRetrieveCountryPathParams,
  type CountryCoverageRetrieveCountryResponse,
  customerServiceRecordsList,
  type CustomerServiceRecordsListQuery,
  type CustomerServiceRecordsListResponse,
  type CustomerServiceRecordsListItem,
  customerServiceRecordsCreate,
  type CustomerServiceRecordsCreateParams,
  type CustomerServiceRecordsCreateResponse,
  customerServiceRecordsVerifyPhoneNumberCoverage,
  type CustomerServiceRecordsVerifyPhoneNumberCoverageParams,
  type CustomerServiceRecordsVerifyPhoneNumberCoverageResponse,
  customerServiceRecordsRetrieve,
  type CustomerServiceRecordsRetrievePathParams,
  type CustomerServiceRecordsRetrieveResponse,
  inexplicitNumberOrdersList,
  type InexplicitNumberOrdersListQuery,
  type InexplicitNumberOrdersListResponse,
  type InexplicitNumberOrdersListItem,
  inexplicitNumberOrdersCreate,
  type InexplicitNumberOrdersCreateParams,
  type InexplicitNumberOrdersCreateResponse,
  inexplicitNumberOrdersRetrieve,
  type InexplicitNumberOrdersRetrievePathParams,
  type InexplicitNumberOrdersRetrieveResponse,
  inventoryCoverageList,
  type InventoryCoverageListQuery,
  type InventoryCoverageListResponse,
  mobileNetworkOperatorsList,
  type MobileNetworkOperatorsListQuery,
  type MobileNetworkOperatorsListResponse,
  type MobileNetworkOperatorsListItem,
  networkCoverageList,
  type NetworkCoverageListQuery,
  type NetworkCoverageListResponse,
  type NetworkCoverageListItem,
  numberBlockOrdersList,
  type NumberBlockOrdersListQuery,
  type NumberBlockOrdersListResponse,
  type NumberBlockOrdersListItem,
  numberBlockOrdersCreate,
  type NumberBlockOrdersCreateParams,
  type NumberBlockOrdersCreateResponse,
  numberBlockOrdersRetrieve,
  type NumberBlockOrdersRetrievePathParams,
  type NumberBlockOrdersRetrieveResponse,
  numberOrderPhoneNumbersList,
  type NumberOrderPhoneNumbersListQuery,
  type NumberOrderPhoneNumbersListResponse,
  numberOrderPhoneNumbersRetrieve,
  type NumberOrderPhoneNumbersRetrievePathParams,
  type NumberOrderPhoneNumbersRetrieveResponse,
  numberOrderPhoneNumbersUpdateRequirements,
  type NumberOrderPhoneNumbersUpdateRequirementsPathParams,
  type NumberOrderPhoneNumbersUpdateRequirementsParams,
  type NumberOrderPhoneNumbersUpdateRequirementsResponse,
  numberReservationsActionsExtend,
  type NumberReservationsActionsExtendPathParams,
  type NumberReservationsActionsExtendResponse,
  numbersFeaturesCreate,
  type NumbersFeaturesCreateParams,
  type NumbersFeaturesCreateResponse,
  phoneNumberBlocksJobsList,
  type PhoneNumberBlocksJobsListQuery,
  type PhoneNumberBlocksJobsListResponse,
  type PhoneNumberBlocksJobsListItem,
  phoneNumberBlocksJobsDeletePhoneNumberBlock,
  type PhoneNumberBlocksJobsDeletePhoneNumberBlockParams,
  type PhoneNumberBlocksJobsDeletePhoneNumberBlockResponse,
  phoneNumberBlocksJobsRetrieve,
  type PhoneNumberBlocksJobsRetrievePathParams,
  type PhoneNumberBlocksJobsRetrieveResponse,
  subNumberOrdersList,
  type SubNumberOrdersListQuery,
  type SubNumberOrdersListResponse,
  subNumberOrdersRetrieve,
  type SubNumberOrdersRetrievePathParams,
  type SubNumberOrdersRetrieveQuery,
  type SubNumberOrdersRetrieveResponse,
  subNumberOrdersUpdate,
  type SubNumberOrdersUpdatePathParams,
  type SubNumberOrdersUpdateParams,
  type SubNumberOrdersUpdateResponse,
  subNumberOrdersCancel,
  type SubNumberOrdersCancelPathParams,
  type SubNumberOrdersCancelResponse,
  subNumberOrdersReportCreate,
  type SubNumberOrdersReportCreateParams,
  type SubNumberOrdersReportCreateResponse,
  subNumberOrdersReportRetrieve,
  type SubNumberOrdersReportRetrievePathParams,
  type SubNumberOrdersReportRetrieveResponse,
  subNumberOrdersReportDownload,
  type SubNumberOrdersReportDownloadPathParams,
  type SubNumberOrdersReportDownloadResponse,
  bundlePricingBillingBundlesList,
  type BundlePricingBillingBundlesListQuery,
  type BundlePricingBillingBundlesListResponse,
  type BundlePricingBillingBundlesListItem,
  bundlePricingBillingBundlesRetrieve,
  type BundlePricingBillingBundlesRetrievePathParams,
  type BundlePricingBillingBundlesRetrieveResponse,
  bundlePricingUserBundlesList,
  type BundlePricingUserBundlesListQuery,
  type BundlePricingUserBundlesListResponse,
  type BundlePricingUserBundlesListItem,
  bundlePricingUserBundlesCreate,
  type BundlePricingUserBundlesCreateParams,
  type BundlePricingUserBundlesCreateResponse,
  bundlePricingUserBundlesListUnused,
  type BundlePricingUserBundlesListUnusedQuery,
  type BundlePricingUserBundlesListUnusedResponse,
  bundlePricingUserBundlesRetrieve,
  type BundlePricingUserBundlesRetrievePathParams,
  type BundlePricingUserBundlesRetrieveResponse,
  bundlePricingUserBundlesDeactivate,
  type BundlePricingUserBundlesDeactivatePathParams,
  type BundlePricingUserBundlesDeactivateResponse,
  bundlePricingUserBundlesListResources,
  type BundlePricingUserBundlesListResourcesPathParams,
  type BundlePricingUserBundlesListResourcesResponse,
  documentLinksList,
  type DocumentLinksListQuery,
  type DocumentLinksListResponse,
  type DocumentLinksListItem,
  documentsList,
  type DocumentsListQuery,
  type DocumentsListResponse,
  type DocumentsListItem,
  documentsUploadJson,
  type DocumentsUploadJsonParams,
  type DocumentsUploadJsonResponse,
  documentsRetrieve,
  type DocumentsRetrievePathParams,
  type DocumentsRetrieveResponse,
  documentsUpdate,
  type DocumentsUpdatePathParams,
  type DocumentsUpdateParams,
  type DocumentsUpdateResponse,
  documentsDelete,
  type DocumentsDeletePathParams,
  type DocumentsDeleteResponse,
  documentsDownload,
  type DocumentsDownloadPathParams,
  type DocumentsDownloadResponse,
  documentsGenerateDownloadLink,
  type DocumentsGenerateDownloadLinkPathParams,
  type DocumentsGenerateDownloadLinkResponse,
  numberOrderPhoneNumbersUpdateRequirementGroup,
  type NumberOrderPhoneNumbersUpdateRequirementGroupPathParams,
  type NumberOrderPhoneNumbersUpdateRequirementGroupParams,
  type NumberOrderPhoneNumbersUpdateRequirementGroupResponse,
  phoneNumbersRegulatoryRequirementsRetrieve,
  type PhoneNumbersRegulatoryRequirementsRetrieveQuery,
  type PhoneNumbersRegulatoryRequirementsRetrieveResponse,
  regulatoryRequirementsRetrieve,
  type RegulatoryRequirementsRetrieveQuery,
  type RegulatoryRequirementsRetrieveResponse,
  requirementGroupsList,
  type RequirementGroupsListQuery,
  type RequirementGroupsListResponse,
  requirementGroupsCreate,
  type RequirementGroupsCreateParams,
  type RequirementGroupsCreateResponse,
  requirementGroupsRetrieve,
  type RequirementGroupsRetrievePathParams,
  type RequirementGroupsRetrieveResponse,
  requirementGroupsUpdate,
  type RequirementGroupsUpdatePathParams,
  type RequirementGroupsUpdateParams,
  type RequirementGroupsUpdateResponse,
  requirementGroupsDelete,
  type RequirementGroupsDeletePathParams,
  type RequirementGroupsDeleteResponse,
  requirementGroupsSubmitForApproval,
  type RequirementGroupsSubmitForApprovalPathParams,
  type RequirementGroupsSubmitForApprovalResponse,
  requirementTypesList,
  type RequirementTypesListQuery,
  type RequirementTypesListResponse,
  requirementTypesRetrieve,
  type RequirementTypesRetrievePathParams,
  type RequirementTypesRetrieveResponse,
  requirementsList,
  type RequirementsListQuery,
  type RequirementsListResponse,
  type RequirementsListItem,
  requirementsRetrieve,
  type RequirementsRetrievePathParams,
  type RequirementsRetrieveQuery,
  type RequirementsRetrieveResponse,
  subNumberOrdersUpdateRequirementGroup,
  type SubNumberOrdersUpdateRequirementGroupPathParams,
  type SubNumberOrdersUpdateRequirementGroupParams,
  type SubNumberOrdersUpdateRequirementGroupResponse,
  userAddressesList,
  type UserAddressesListQuery,
  type UserAddressesListResponse,
  type UserAddressesListItem,
  userAddressesCreate,
  type UserAddressesCreateParams,
  type UserAddressesCreateResponse,
  userAddressesRetrieve,
  type UserAddressesRetrievePathParams,
  type UserAddressesRetrieveResponse,
  verifiedNumbersList,
  type VerifiedNumbersListQuery,
  type VerifiedNumbersListResponse,
  type VerifiedNumbersListItem,
  verifiedNumbersCreate,
  type VerifiedNumbersCreateParams,
  type VerifiedNumbersCreateResponse,
  verifiedNumbersRetrieve,
  type VerifiedNumbersRetrievePathParams,
  type VerifiedNumbersRetrieveResponse,
  verifiedNumbersDelete,
  type VerifiedNumbersDeletePathParams,
  type VerifiedNumbersDeleteResponse,
  verifiedNumbersActionsSubmitVerificationCode,
  type VerifiedNumbersActionsSubmitVerificationCodePathParams,
  type VerifiedNumbersActionsSubmitVerificationCodeParams,
  type VerifiedNumbersActionsSubmitVerificationCodeResponse,
  portabilityChecksRun,
  type PortabilityChecksRunParams,
  type PortabilityChecksRunResponse,
  portingEventsList,
  type PortingEventsListQuery,
  type PortingEventsListResponse,
  type PortingEventsListItem,
  portingEventsRetrieve,
  type PortingEventsRetrievePathParams,
  type PortingEventsRetrieveResponse,
  portingEventsRepublish,
  type PortingEventsRepublishPathParams,
  type PortingEventsRepublishResponse,
  portingLoaConfigurationsList,
  type PortingLoaConfigurationsListQuery,
  type PortingLoaConfigurationsListResponse,
  type PortingLoaConfigurationsListItem,
  portingLoaConfigurationsCreate,
  type PortingLoaConfigurationsCreateParams,
  type PortingLoaConfigurationsCreateResponse,
  portingLoaConfigurationsPreview,
  type PortingLoaConfigurationsPreviewParams,
  type PortingLoaConfigurationsPreviewResponse,
  portingLoaConfigurationsRetrieve,
  type PortingLoaConfigurationsRetrievePathParams,
  type PortingLoaConfigurationsRetrieveResponse,
  portingLoaConfigurationsUpdate,
  type PortingLoaConfigurationsUpdatePathParams,
  type PortingLoaConfigurationsUpdateParams,
  type PortingLoaConfigurationsUpdateResponse,
  portingLoaConfigurationsDelete,
  type PortingLoaConfigurationsDeletePathParams,
  type PortingLoaConfigurationsDeleteResponse,
  portingLoaConfigurationsPreview1,
  type PortingLoaConfigurationsPreview1PathParams,
  type PortingLoaConfigurationsPreview1Response,
  portingReportsList,
  type PortingReportsListQuery,
  type PortingReportsListResponse,
  type PortingReportsListItem,
  portingReportsCreate,
  type PortingReportsCreateParams,
  type PortingReportsCreateResponse,
  portingReportsRetrieve,
  type PortingReportsRetrievePathParams,
  type PortingReportsRetrieveResponse,
  portingListUkCarriers,
  type PortingListUkCarriersResponse,
  portingOrdersList,
  type PortingOrdersListQuery,
  type PortingOrdersListResponse,
  type PortingOrdersListItem,
  portingOrdersCreate,
  type PortingOrdersCreateParams,
  type PortingOrdersCreateResponse,
  portingOrdersRetrieveExceptionTypes,
  type PortingOrdersRetrieveExceptionTypesResponse,
  portingOrdersPhoneNumberConfigurationsList,
  type PortingOrdersPhoneNumberConfigurationsListQuery,
  type PortingOrdersPhoneNumberConfigurationsListResponse,
  type PortingOrdersPhoneNumberConfigurationsListItem,
  portingOrdersPhoneNumberConfigurationsCreate,
  type PortingOrdersPhoneNumberConfigurationsCreateParams,
  type PortingOrdersPhoneNumberConfigurationsCreateResponse,
  portingOrdersRetrieve,
  type PortingOrdersRetrievePathParams,
  type PortingOrdersRetrieveQuery,
  type PortingOrdersRetrieveResponse,
  portingOrdersUpdate,
  type PortingOrdersUpdatePathParams,
  type PortingOrdersUpdateParams,
  type PortingOrdersUpdateResponse,
  portingOrdersDelete,
  type PortingOrdersDeletePathParams,
  type PortingOrdersDeleteResponse,
  portingOrdersActionsActivate,
  type PortingOrdersActionsActivatePathParams,
  type PortingOrdersActionsActivateResponse,
  portingOrdersActionsCancel,
  type PortingOrdersActionsCancelPathParams,
  type PortingOrdersActionsCancelResponse,
  portingOrdersActionsConfirm,
  type PortingOrdersActionsConfirmPathParams,
  type PortingOrdersActionsConfirmResponse,
  portingOrdersActionsShare,
  type PortingOrdersActionsSharePathParams,
  type PortingOrdersActionsShareParams,
  type PortingOrdersActionsShareResponse,
  portingOrdersActivationJobsList,
  type PortingOrdersActivationJobsListPathParams,
  type PortingOrdersActivationJobsListQuery,
  type PortingOrdersActivationJobsListResponse,
  type PortingOrdersActivationJobsListItem,
  portingOrdersActivationJobsRetrieve,
  type PortingOrdersActivationJobsRetrievePathParams,
  type PortingOrdersActivationJobsRetrieveResponse,
  portingOrdersActivationJobsUpdate,
  type PortingOrdersActivationJobsUpdatePathParams,
  type PortingOrdersActivationJobsUpdateParams,
  type PortingOrdersActivationJobsUpdateResponse,
  portingOrdersAdditionalDocumentsList,
  type PortingOrdersAdditionalDocumentsListPathParams,
  type PortingOrdersAdditionalDocumentsListQuery,
  type PortingOrdersAdditionalDocumentsListResponse,
  type PortingOrdersAdditionalDocumentsListItem,
  portingOrdersAdditionalDocumentsCreate,
  type PortingOrdersAdditionalDocumentsCreatePathParams,
  type PortingOrdersAdditionalDocumentsCreateParams,
  type PortingOrdersAdditionalDocumentsCreateResponse,
  portingOrdersAdditionalDocumentsDelete,
  type PortingOrdersAdditionalDocumentsDeletePathParams,
  type PortingOrdersAdditionalDocumentsDeleteResponse,
  portingOrdersRetrieveAllowedFocWindows,
  type PortingOrdersRetrieveAllowedFocWindowsPathParams,
  type PortingOrdersRetrieveAllowedFocWindowsResponse,
  portingOrdersCommentsList,
  type PortingOrdersCommentsListPathParams,
  type PortingOrdersCommentsListQuery,
  type PortingOrdersCommentsListResponse,
  type PortingOrdersCommentsListItem,
  portingOrdersCommentsCreate,
  type PortingOrdersCommentsCreatePathParams,
  type PortingOrdersCommentsCreateParams,
  type PortingOrdersCommentsCreateResponse,
  portingOrdersRetrieveLoaTemplate,
  type PortingOrdersRetrieveLoaTemplatePathParams,
  type PortingOrdersRetrieveLoaTemplateQuery,
  type PortingOrdersRetrieveLoaTemplateResponse,
  portingOrdersRetrieveRequirements,
  type PortingOrdersRetrieveRequirementsPathParams,
  type PortingOrdersRetrieveRequirementsQuery,
  type PortingOrdersRetrieveRequirementsResponse,
  type PortingOrdersRetrieveRequirementsItem,
  portingOrdersRetrieveSubRequest,
  type PortingOrdersRetrieveSubRequestPathParams,
  type PortingOrdersRetrieveSubRequestResponse,
  portingOrdersVerificationCodesList,
  type PortingOrdersVerificationCodesListPathParams,
  type PortingOrdersVerificationCodesListQuery,
  type PortingOrdersVerificationCodesListResponse,
  type PortingOrdersVerificationCodesListItem,
  portingOrdersVerificationCodesSend,
  type PortingOrdersVerificationCodesSendPathParams,
  type PortingOrdersVerificationCodesSendParams,
  type PortingOrdersVerificationCodesSendResponse,
  portingOrdersVerificationCodesVerify,
  type PortingOrdersVerificationCodesVerifyPathParams,
  type PortingOrdersVerificationCodesVerifyParams,
  type PortingOrdersVerificationCodesVerifyResponse,
  portingOrdersActionRequirementsList,
  type PortingOrdersActionRequirementsListPathParams,
  type PortingOrdersActionRequirementsListQuery,
  type PortingOrdersActionRequirementsListResponse,
  type PortingOrdersActionRequirementsListItem,
  portingOrdersActionRequirementsInitiate,
  type PortingOrdersActionRequirementsInitiatePathParams,
  type PortingOrdersActionRequirementsInitiateParams,
  type PortingOrdersActionRequirementsInitiateResponse,
  portingOrdersAssociatedPhoneNumbersList,
  type PortingOrdersAssociatedPhoneNumbersListPathParams,
  type PortingOrdersAssociatedPhoneNumbersListQuery,
  type PortingOrdersAssociatedPhoneNumbersListResponse,
  type PortingOrdersAssociatedPhoneNumbersListItem,
  portingOrdersAssociatedPhoneNumbersCreate,
  type PortingOrdersAssociatedPhoneNumbersCreatePathParams,
  type PortingOrdersAssociatedPhoneNumbersCreateParams,
  type PortingOrdersAssociatedPhoneNumbersCreateResponse,
  portingOrdersAssociatedPhoneNumbersDelete,
  type PortingOrdersAssociatedPhoneNumbersDeletePathParams,
  type PortingOrdersAssociatedPhoneNumbersDeleteResponse,
  portingOrdersPhoneNumberBlocksList,
  type PortingOrdersPhoneNumberBlocksListPathParams,
  type PortingOrdersPhoneNumberBlocksListQuery,
  type PortingOrdersPhoneNumberBlocksListResponse,
  type PortingOrdersPhoneNumberBlocksListItem,
  portingOrdersPhoneNumberBlocksCreate,
  type PortingOrdersPhoneNumberBlocksCreatePathParams,
  type PortingOrdersPhoneNumberBlocksCreateParams,
  type PortingOrdersPhoneNumberBlocksCreateResponse,
  portingOrdersPhoneNumberBlocksDelete,
  type PortingOrdersPhoneNumberBlocksDeletePathParams,
  type PortingOrdersPhoneNumberBlocksDeleteResponse,
  portingOrdersPhoneNumberExtensionsList,
  type PortingOrdersPhoneNumberExtensionsListPathParams,
  type PortingOrdersPhoneNumberExtensionsListQuery,
  type PortingOrdersPhoneNumberExtensionsListResponse,
  type PortingOrdersPhoneNumberExtensionsListItem,
  portingOrdersPhoneNumberExtensionsCreate,
  type PortingOrdersPhoneNumberExtensionsCreatePathParams,
  type PortingOrdersPhoneNumberExtensionsCreateParams,
  type PortingOrdersPhoneNumberExtensionsCreateResponse,
  portingOrdersPhoneNumberExtensionsDelete,
  type PortingOrdersPhoneNumberExtensionsDeletePathParams,
  type PortingOrdersPhoneNumberExtensionsDeleteResponse,
  portingPhoneNumbersList,
  type PortingPhoneNumbersListQuery,
  type PortingPhoneNumbersListResponse,
  type PortingPhoneNumbersListItem,
} from "./functions.js";
import type { components, paths, webhooks } from "./types.js";

/** Payload of the campaignStatusUpdate webhook (sent by the provider to your server). */
export type CampaignStatusUpdateWebhook = NonNullable<
  webhooks["campaignStatusUpdate"]["post"]["requestBody"]
>["content"]["application/json"];

/** Payload of the numberOrderStatusUpdate webhook (sent by the provider to your server). */
export type NumberOrderStatusUpdateWebhook = NonNullable<
  webhooks["numberOrderStatusUpdate"]["post"]["requestBody"]
>["content"]["application/json"];

export interface TelnyxClientOptions extends TelnyxConfigOptions {
  /** Telnyx's public key for webhook signatures (base64). Defaults to the TELNYX_PUBLIC_KEY environment variable. */
  publicKey?: string;
  /** Debug log of requests and responses (e.g. `console.debug`); never shows credentials. */
  logger?: (line: string) => void;
  /**
   * Checks every success body against the spec with validators compiled at generation time:
   * `"responses"` rejects a mismatch with ResponseValidationError (operation and JSON pointer);
   * `{ responses: "report", onInvalid }` only reports it. Off by default; the validators are
   * loaded on first use, in a chunk of their own.
   */
  validate?: "responses" | {
    responses: "throw" | "report";
    onInvalid?: (error: ResponseValidationError) => void;
  };
}

/** A porting event posted to a porting order's webhook_url, in Telnyx's data envelope. */
export type PortingWebhookEvent = { data: components["schemas"]["PortingEvent"] };

/** Every webhook payload Telnyx sends. */
export type TelnyxWebhookEvent =
  | CampaignStatusUpdateWebhook
  | NumberOrderStatusUpdateWebhook
  | PortingWebhookEvent;

export interface WebhookVerifyOptions {
  /** Overrides the client's public key. */
  publicKey?: string | Uint8Array;
  /** Maximum age (and future skew) of the timestamp in seconds. Default 300. */
  tolerance?: number;
  /** Refuses a delivery whose signature was already accepted inside the tolerance window (reason `replayed`). */
  replayGuard?: WebhookReplayGuard;
}

function validation(setting: NonNullable<TelnyxClientOptions["validate"]>) {
  const mode = setting === "responses" ? "throw" : setting.responses;
  const onInvalid = typeof setting === "object" ? setting.onInvalid : undefined;
  return lazyResponseValidation(() => import("./validators.js").then((module) => module.responseValidators), {
    mode,
    ...(onInvalid ? { onInvalid } : {}),
  });
}

/** Creates a typed client for the Telnyx provisioning API (curated). */
export function createTelnyxClient(options: TelnyxClientOptions = {}) {
  // The debug log wraps fetch: one line per attempt, as sent.
  const config = createTelnyxConfig({
    ...options,
    ...(options.logger ? { fetch: withLogging(options.logger, options.fetch) } : {}),
    ...(options.validate ? { validateResponse: validation(options.validate) } : {}),
  });
  const verify = (
    rawBody: string | Uint8Array,
    headers: HeaderSource,
    verifyOptions: WebhookVerifyOptions = {},
  ) =>
    verifyEd25519Webhook<TelnyxWebhookEvent>(rawBody, headers, {
      publicKey: verifyOptions.publicKey ?? options.publicKey ?? env("TELNYX_PUBLIC_KEY"),
      signatureHeader: "telnyx-signature-ed25519",
      timestampHeader: "telnyx-timestamp",
      ...(verifyOptions.tolerance !== undefined ? { tolerance: verifyOptions.tolerance } : {}),
      ...(verifyOptions.replayGuard ? { replayGuard: verifyOptions.replayGuard } : {}),
    });
  return {
    /** The underlying openapi-fetch client (same base URL, headers and credentials), for anything the methods below do not cover. */
    // Through `unknown`: a direct cast makes tsc compare Client<any> with Client<paths> structurally,
    // which instantiates thousands of types on every compile (measured by `npm run bench`).
    raw: rawClient(config) as unknown as Client<paths>,
    webhooks: {
      /**
       * Checks the webhook's signature and timestamp against the raw body as received, and
       * returns the typed event; throws WebhookVerificationError (with a `reason`) otherwise.
       */
      verify,
      /** Same as `verify`: verifies, then parses the raw body into the typed event. */
      unwrap: verify,
    },
    messaging10dlc: {
      /**
       * Get the values of a 10DLC enumeration `GET /10dlc/enum/{endpoint}`
       *
       * Returns the values currently accepted for one enumerated 10DLC field, such as the use cases, verticals or entity types, so forms and checks can follow the registry without a code change. Depending on the enumeration the answer is a list of strings, a list of objects, an object mapping each value to a name or to details, or a page of records.
       *
       * @param endpoint - The enumeration to return.
       * @see [Get the values of a 10DLC enumeration in the guide](./docs/10dlc.md#messaging10dlc-getenum)
       * @example
       * ```ts
       * const result = await telnyx.messaging10dlc.getEnum("entityType");
       * console.log(result);
       * ```
       */
      getEnum: (
        endpoint: Messaging10dlcGetEnumPathParams["endpoint"],
        options?: RequestOptions,
      ): APIPromise<Messaging10dlcGetEnumResponse> => messaging10dlcGetEnum(config, endpoint, options),
      brand: {
        /**
         * List brands `GET /10dlc/brand`. Await for the first page; `for await` iterates every item of every page.
         *
         * Returns the account's brands one page at a time, with optional filters and sorting. Records are a summary view; fetch a single brand for the full registration details.
         *
         * @param query - The query parameters `page`, `recordsPerPage`, `sort`, `displayName`, `entityType`, `state`, `country`, `brandId`, `tcrBrandId`; each is described on its field.
         * @see [List brands in the guide](./docs/10dlc.md#messaging10dlc-brand-list)
         * @example
         * ```ts
         * const brands = await telnyx.messaging10dlc.brand.list({
         *   page: 1,
         *   recordsPerPage: 25,
         *   sort: "displayName",
         *   displayName: "ABC Mobile",
         *   entityType: "PRIVATE_PROFIT",
         *   state: "IL",
         *   country: "US",
         *   brandId: "4b20019b-043a-78f8-0657-b3be3f4b4002",
         *   tcrBrandId: "BQDA3V8",
         * });
         * console.log(brands.page);
         * ```
         */
        list: (
          query?: Messaging10dlcBrandListQuery,
          options?: RequestOptions,
        ): PagePromise<Messaging10dlcBrandListResponse, Messaging10dlcBrandListItem> =>
          messaging10dlcBrandList(config, query, options),
        /**
         * Create a brand `POST /10dlc/brand`
         *
         * Registers a brand, the business entity behind US A2P 10DLC traffic, and is the first step of the flow. The brand starts out pending; poll it until `status` is `OK` before submitting campaigns.
         *
         * @param body - Details of the business to register as a 10DLC brand.
         * @see [Create a brand in the guide](./docs/10dlc.md#messaging10dlc-brand-create)
         * @example
         * ```ts
         * const brand = await telnyx.messaging10dlc.brand.create({
         *   entityType: "PRIVATE_PROFIT",
         *   displayName: "ABC Mobile",
         *   companyName: "ABC Mobile Holdings LLC",
         *   ein: "12-3456789",
         *   country: "US",
         *   street: "233 S Wacker Dr",
         *   city: "Chicago",
         *   state: "IL",
         *   postalCode: "60606",
         *   phone: "+13125550001",
         *   email: "support@abcmobile.example.com",
         *   website: "https://www.abcmobile.example.com",
         *   vertical: "TECHNOLOGY",
         *   stockExchange: "NONE",
         *   webhookURL: "https://hooks.abcmobile.example.com/10dlc",
         *   webhookFailoverURL: "https://backup-hooks.abcmobile.example.com/10dlc",
         * });
         * console.log(brand.brandId);
         * ```
         */
        create: (
          body: Messaging10dlcBrandCreateParams,
          options?: RequestOptions,
        ): APIPromise<Messaging10dlcBrandCreateResponse> => messaging10dlcBrandCreate(config, body, options),
        /**
         * Get a brand `GET /10dlc/brand/{brandId}`
         *
         * Returns the full registration record of one brand, including its vetting state and how many campaigns use it.
         *
         * @param brandId - Telnyx brand ID returned when the brand was created (not the TCR brand ID). Telnyx's API reference calls it a UUID, but its published OpenAPI spec declares no format, so none is enforced.
         * @see [Get a brand in the guide](./docs/10dlc.md#messaging10dlc-brand-retrieve)
         * @example
         * ```ts
         * const brand = await telnyx.messaging10dlc.brand.retrieve("4b20019b-043a-78f8-0657-b3be3f4b4002");
         * console.log(brand.brandId);
         * ```
         */
        retrieve: (
          brandId: Messaging10dlcBrandRetrievePathParams["brandId"],
          options?: RequestOptions,
        ): APIPromise<Messaging10dlcBrandRetrieveResponse> =>
          messaging10dlcBrandRetrieve(config, brandId, options),
        /**
         * Update a brand `PUT /10dlc/brand/{brandId}`
         *
         * Replaces the registration details of an existing brand and returns the updated record. Send the full set of required fields (`vertical` included), not only the ones that change.
         *
         * @param brandId - Telnyx brand ID returned when the brand was created (not the TCR brand ID). Telnyx's API reference calls it a UUID, but its published OpenAPI spec declares no format, so none is enforced.
         * @param body - Full replacement of a brand's registration details. Compared with creation, it can also set `altBusinessId`, `altBusinessIdType` and `identityStatus`, but not `mobilePhone` or `mock`.
         * @see [Update a brand in the guide](./docs/10dlc.md#messaging10dlc-brand-update)
         * @example
         * ```ts
         * const brand = await telnyx.messaging10dlc.brand.update("4b20019b-043a-78f8-0657-b3be3f4b4002", {
         *   entityType: "PRIVATE_PROFIT",
         *   displayName: "ABC Mobile",
         *   companyName: "ABC Mobile Holdings LLC",
         *   ein: "12-3456789",
         *   country: "US",
         *   street: "1 N Dearborn St",
         *   city: "Chicago",
         *   state: "IL",
         *   postalCode: "60602",
         *   phone: "+13125550001",
         *   email: "support@abcmobile.example.com",
         *   website: "https://www.abcmobile.example.com",
         *   vertical: "TECHNOLOGY",
         *   stockExchange: "NONE",
         *   altBusinessIdType: "NONE",
         *   webhookURL: "https://hooks.abcmobile.example.com/10dlc",
         * });
         * console.log(brand.brandId);
         * ```
         */
        update: (
          brandId: Messaging10dlcBrandUpdatePathParams["brandId"],
          body: Messaging10dlcBrandUpdateParams,
          options?: RequestOptions,
        ): APIPromise<Messaging10dlcBrandUpdateResponse> =>
          messaging10dlcBrandUpdate(config, brandId, body, options),
        /**
         * Delete a brand `DELETE /10dlc/brand/{brandId}`
         *
         * Deletes a brand. It is refused while the brand still has active campaigns; deactivate them first (Telnyx requires them to have been inactive for at least three months).
         *
         * @param brandId - Telnyx brand ID returned when the brand was created (not the TCR brand ID). Telnyx's API reference calls it a UUID, but its published OpenAPI spec declares no format, so none is enforced.
         * @see [Delete a brand in the guide](./docs/10dlc.md#messaging10dlc-brand-delete)
         * @example
         * ```ts
         * await telnyx.messaging10dlc.brand.delete("4b20019b-043a-78f8-0657-b3be3f4b4002");
         * ```
         */
        delete: (
          brandId: Messaging10dlcBrandDeletePathParams["brandId"],
          options?: RequestOptions,
        ): APIPromise<Messaging10dlcBrandDeleteResponse> =>
          messaging10dlcBrandDelete(config, brandId, options),
        /**
         * Get brand feedback `GET /10dlc/brand/feedback/{brandId}`
         *
         * Explains, by category, why TCR could not verify a brand and which fields to correct. Use it after a brand ends up `UNVERIFIED` or failed, before updating and revetting it.
         *
         * @param brandId - Telnyx brand ID returned when the brand was created (not the TCR brand ID). Telnyx's API reference calls it a UUID, but its published OpenAPI spec declares no format, so none is enforced.
         * @see [Get brand feedback in the guide](./docs/10dlc.md#messaging10dlc-brand-getfeedback)
         * @example
         * ```ts
         * const result = await telnyx.messaging10dlc.brand.getFeedback("4b20019b-043a-78f8-0657-b3be3f4b4002");
         * console.log(result.brandId);
         * ```
         */
        getFeedback: (
          brandId: Messaging10dlcBrandGetFeedbackPathParams["brandId"],
          options?: RequestOptions,
        ): APIPromise<Messaging10dlcBrandGetFeedbackResponse> =>
          messaging10dlcBrandGetFeedback(config, brandId, options),
        /**
         * Resend the brand 2FA email `POST /10dlc/brand/{brandId}/2faEmail`
         *
         * Sends the two-factor verification email for a brand again, for example when the contact lost or never received the first one. Nothing is returned in the body.
         *
         * @param brandId - Telnyx brand ID returned when the brand was created (not the TCR brand ID). Telnyx's API reference calls it a UUID, but its published OpenAPI spec declares no format, so none is enforced.
         * @see [Resend the brand 2FA email in the guide](./docs/10dlc.md#messaging10dlc-brand-resend2faemail)
         * @example
         * ```ts
         * await telnyx.messaging10dlc.brand.resend2faEmail("4b20019b-043a-78f8-0657-b3be3f4b4002");
         * ```
         */
        resend2faEmail: (
          brandId: Messaging10dlcBrandResend2faEmailPathParams["brandId"],
          options?: RequestOptions,
        ): APIPromise<Messaging10dlcBrandResend2faEmailResponse> =>
          messaging10dlcBrandResend2faEmail(config, brandId, options),
        /**
         * Revet a brand `PUT /10dlc/brand/{brandId}/revet`
         *
         * Asks TCR to verify the brand's identity again, typically after its details were corrected. Telnyx allows this once after registration and then at most once every three months.
         *
         * @param brandId - Telnyx brand ID returned when the brand was created (not the TCR brand ID). Telnyx's API reference calls it a UUID, but its published OpenAPI spec declares no format, so none is enforced.
         * @see [Revet a brand in the guide](./docs/10dlc.md#messaging10dlc-brand-revet)
         * @example
         * ```ts
         * const result = await telnyx.messaging10dlc.brand.revet("4b20019b-043a-78f8-0657-b3be3f4b4002");
         * console.log(result.brandId);
         * ```
         */
        revet: (
          brandId: Messaging10dlcBrandRevetPathParams["brandId"],
          options?: RequestOptions,
        ): APIPromise<Messaging10dlcBrandRevetResponse> => messaging10dlcBrandRevet(config, brandId, options),
        /**
         * Get a brand's SMS OTP status `GET /10dlc/brand/{brandId}/smsOtp`
         *
         * Returns the latest one-time-password verification request of a sole proprietor brand: where the PIN SMS was delivered and whether it has been verified.
         *
         * @param brandId - Telnyx ID of a sole proprietor brand (not the TCR brand ID); SMS OTP verification applies only to `SOLE_PROPRIETOR` brands.
         * @see [Get a brand's SMS OTP status in the guide](./docs/10dlc.md#messaging10dlc-brand-retrievesmsotpstatus)
         * @example
         * ```ts
         * const result = await telnyx.messaging10dlc.brand.retrieveSmsOtpStatus("4b20019c-8a61-2f3e-91d7-0c5b6e8f2a11");
         * console.log(result.brandId);
         * ```
         */
        retrieveSmsOtpStatus: (
          brandId: Messaging10dlcBrandRetrieveSmsOtpStatusPathParams["brandId"],
          options?: RequestOptions,
        ): APIPromise<Messaging10dlcBrandRetrieveSmsOtpStatusResponse> =>
          messaging10dlcBrandRetrieveSmsOtpStatus(config, brandId, options),
        /**
         * Send a brand SMS OTP `POST /10dlc/brand/{brandId}/smsOtp`
         *
         * Texts a one-time PIN to the mobile phone of a sole proprietor brand; only `SOLE_PROPRIETOR` brands use this, and their campaigns stay blocked until the PIN is verified. `pinSms` must contain the `@OTP_PIN@` placeholder, which is replaced by the PIN.
         *
         * @param brandId - Telnyx ID of a sole proprietor brand (not the TCR brand ID); SMS OTP verification applies only to `SOLE_PROPRIETOR` brands.
         * @param body - Texts to send to the sole proprietor's mobile phone.
         * @see [Send a brand SMS OTP in the guide](./docs/10dlc.md#messaging10dlc-brand-triggersmsotp)
         * @example
         * ```ts
         * const result = await telnyx.messaging10dlc.brand.triggerSmsOtp("4b20019c-8a61-2f3e-91d7-0c5b6e8f2a11", {
         *   pinSms: "Rivera Dog Walking: your brand verification PIN is \@OTP_PIN@. It expires in 24 hours.",
         *   successSms: "Rivera Dog Walking: your brand is now verified. Thank you!",
         * });
         * console.log(result.brandId);
         * ```
         */
        triggerSmsOtp: (
          brandId: Messaging10dlcBrandTriggerSmsOtpPathParams["brandId"],
          body: Messaging10dlcBrandTriggerSmsOtpParams,
          options?: RequestOptions,
        ): APIPromise<Messaging10dlcBrandTriggerSmsOtpResponse> =>
          messaging10dlcBrandTriggerSmsOtp(config, brandId, body, options),
        /**
         * Verify a brand SMS OTP `PUT /10dlc/brand/{brandId}/smsOtp`
         *
         * Submits the PIN the sole proprietor received by SMS. On success the brand's `identityStatus` becomes `VERIFIED` and its campaigns can proceed; there is no response body.
         *
         * @param brandId - Telnyx ID of a sole proprietor brand (not the TCR brand ID); SMS OTP verification applies only to `SOLE_PROPRIETOR` brands.
         * @param body - PIN received by the sole proprietor.
         * @see [Verify a brand SMS OTP in the guide](./docs/10dlc.md#messaging10dlc-brand-verifysmsotp)
         * @example
         * ```ts
         * await telnyx.messaging10dlc.brand.verifySmsOtp("4b20019c-8a61-2f3e-91d7-0c5b6e8f2a11", {
         *   otpPin: "482913",
         * });
         * ```
         */
        verifySmsOtp: (
          brandId: Messaging10dlcBrandVerifySmsOtpPathParams["brandId"],
          body: Messaging10dlcBrandVerifySmsOtpParams,
          options?: RequestOptions,
        ): APIPromise<Messaging10dlcBrandVerifySmsOtpResponse> =>
          messaging10dlcBrandVerifySmsOtp(config, brandId, body, options),
        /**
         * Get SMS OTP status by reference `GET /10dlc/brand/smsOtp/{referenceId}`
         *
         * Looks up one OTP verification request by the `referenceId` returned when the PIN was sent. Pass `brandId` as well to make sure the request belongs to that brand.
         *
         * @param referenceId - Reference of the OTP request, as returned when the PIN was sent.
         * @param query - The query parameters `brandId`; each is described on its field.
         * @see [Get SMS OTP status by reference in the guide](./docs/10dlc.md#messaging10dlc-brand-getsmsotpbyreference)
         * @example
         * ```ts
         * const result = await telnyx.messaging10dlc.brand.getSmsOtpByReference("OTP4B20019C7Q", {
         *   brandId: "4b20019c-8a61-2f3e-91d7-0c5b6e8f2a11",
         * });
         * console.log(result.brandId);
         * ```
         */
        getSmsOtpByReference: (
          referenceId: Messaging10dlcBrandGetSmsOtpByReferencePathParams["referenceId"],
          query?: Messaging10dlcBrandGetSmsOtpByReferenceQuery,
          options?: RequestOptions,
        ): APIPromise<Messaging10dlcBrandGetSmsOtpByReferenceResponse> =>
          messaging10dlcBrandGetSmsOtpByReference(config, referenceId, query, options),
        externalVetting: {
          /**
           * List external vettings `GET /10dlc/brand/{brandId}/externalVetting`
           *
           * Returns every external vetting ordered or imported for a brand, with its provider, class and score. The body is a plain JSON array, not a paged object.
           *
           * @param brandId - Telnyx brand ID returned when the brand was created (not the TCR brand ID). Telnyx's API reference calls it a UUID, but its published OpenAPI spec declares no format, so none is enforced.
           * @see [List external vettings in the guide](./docs/10dlc.md#messaging10dlc-brand-externalvetting-list)
           * @example
           * ```ts
           * const externalVettings = await telnyx.messaging10dlc.brand.externalVetting.list("4b20019b-043a-78f8-0657-b3be3f4b4002");
           * console.log(externalVettings.length);
           * ```
           */
          list: (
            brandId: Messaging10dlcBrandExternalVettingListPathParams["brandId"],
            options?: RequestOptions,
          ): APIPromise<Messaging10dlcBrandExternalVettingListResponse> =>
            messaging10dlcBrandExternalVettingList(config, brandId, options),
          /**
           * Order an external vetting `POST /10dlc/brand/{brandId}/externalVetting`
           *
           * Orders a new vetting of the brand from an external vetting provider, which can raise its trust score and throughput. Vetting runs asynchronously; list the vettings later to read the score.
           *
           * @param brandId - Telnyx brand ID returned when the brand was created (not the TCR brand ID). Telnyx's API reference calls it a UUID, but its published OpenAPI spec declares no format, so none is enforced.
           * @param body - Vetting to order from an external provider.
           * @see [Order an external vetting in the guide](./docs/10dlc.md#messaging10dlc-brand-externalvetting-order)
           * @example
           * ```ts
           * const result = await telnyx.messaging10dlc.brand.externalVetting.order("4b20019b-043a-78f8-0657-b3be3f4b4002", {
           *   evpId: "AEGIS",
           *   vettingClass: "STANDARD",
           * });
           * console.log(result.evpId);
           * ```
           */
          order: (
            brandId: Messaging10dlcBrandExternalVettingOrderPathParams["brandId"],
            body: Messaging10dlcBrandExternalVettingOrderParams,
            options?: RequestOptions,
          ): APIPromise<Messaging10dlcBrandExternalVettingOrderResponse> =>
            messaging10dlcBrandExternalVettingOrder(config, brandId, body, options),
          /**
           * Import an external vetting `PUT /10dlc/brand/{brandId}/externalVetting`
           *
           * Attaches a vetting that was already performed with a provider outside Telnyx to the brand, identified by the provider's vetting ID and, where the provider issues one, its token.
           *
           * @param brandId - Telnyx brand ID returned when the brand was created (not the TCR brand ID). Telnyx's API reference calls it a UUID, but its published OpenAPI spec declares no format, so none is enforced.
           * @param body - Vetting already completed with an external provider, to attach to the brand.
           * @see [Import an external vetting in the guide](./docs/10dlc.md#messaging10dlc-brand-externalvetting-imports)
           * @example
           * ```ts
           * const result = await telnyx.messaging10dlc.brand.externalVetting.imports("4b20019b-043a-78f8-0657-b3be3f4b4002", {
           *   evpId: "AEGIS",
           *   vettingId: "3e8b1d47-6a2f-4c95-9e0b-7d4a2f1c6e83",
           *   vettingToken: "4tR8wL2nZ6",
           * });
           * console.log(result.evpId);
           * ```
           */
          imports: (
            brandId: Messaging10dlcBrandExternalVettingImportsPathParams["brandId"],
            body: Messaging10dlcBrandExternalVettingImportsParams,
            options?: RequestOptions,
          ): APIPromise<Messaging10dlcBrandExternalVettingImportsResponse> =>
            messaging10dlcBrandExternalVettingImports(config, brandId, body, options),
        },
      },
      campaignBuilder: {
        /**
         * Submit a campaign `POST /10dlc/campaignBuilder`
         *
         * Submits a messaging campaign for an existing brand to TCR and the carriers; submission incurs an upfront, non-refundable fee, so qualify the use case first. Sample messages go in `sample1`..`sample5`; there is no `sample_messages` list field, although an SDK example in Telnyx's API reference passes one.
         *
         * @param body - Campaign to register for a brand.
         * @see [Submit a campaign in the guide](./docs/10dlc.md#messaging10dlc-campaignbuilder-submit)
         * @example
         * ```ts
         * const result = await telnyx.messaging10dlc.campaignBuilder.submit({
         *   brandId: "4b20019b-043a-78f8-0657-b3be3f4b4002",
         *   usecase: "2FA",
         *   description: "One-time passcodes sent to ABC Mobile customers when they sign in to the app.",
         *   messageFlow: "Customers enter their mobile number on the sign-in page at https://www.abcmobile.example.com/login and tick a box agreeing to receive login codes.",
         *   sample1: "ABC Mobile: your verification code is 482913. It expires in 10 minutes. Reply STOP to opt out.",
         *   sample2: "ABC Mobile: 771204 is your login code. Do not share it with anyone.",
         *   subscriberOptin: true,
         *   subscriberOptout: true,
         *   subscriberHelp: true,
         *   optinKeywords: "START",
         *   optoutKeywords: "STOP,UNSUBSCRIBE",
         *   helpKeywords: "HELP,INFO",
         *   optinMessage: "ABC Mobile: you will now receive login codes. Msg&data rates may apply. Reply HELP for help, STOP to cancel.",
         *   optoutMessage: "ABC Mobile: you are unsubscribed and will receive no further messages.",
         *   helpMessage: "ABC Mobile: for help email support@abcmobile.example.com or call +13125550001.",
         *   embeddedLink: false,
         *   embeddedPhone: false,
         *   numberPool: false,
         *   ageGated: false,
         *   directLending: false,
         *   autoRenewal: true,
         *   termsAndConditions: true,
         *   privacyPolicyLink: "https://www.abcmobile.example.com/privacy",
         *   termsAndConditionsLink: "https://www.abcmobile.example.com/terms",
         *   webhookURL: "https://hooks.abcmobile.example.com/10dlc",
         * });
         * console.log(result.campaignId);
         * ```
         */
        submit: (
          body: Messaging10dlcCampaignBuilderSubmitParams,
          options?: RequestOptions,
        ): APIPromise<Messaging10dlcCampaignBuilderSubmitResponse> =>
          messaging10dlcCampaignBuilderSubmit(config, body, options),
        brand: {
          /**
           * Qualify a brand for a use case `GET /10dlc/campaignBuilder/brand/{brandId}/usecase/{usecase}`
           *
           * Checks whether a brand may register a campaign with the given use case and returns the fees and per-carrier terms that would apply. Call it before submitting, since submission is charged.
           *
           * @param brandId - Telnyx brand ID returned when the brand was created (not the TCR brand ID). Telnyx's API reference calls it a UUID, but its published OpenAPI spec declares no format, so none is enforced.
           * @param usecase - Campaign use case to check, such as `2FA` or `CUSTOMER_CARE`.
           * @see [Qualify a brand for a use case in the guide](./docs/10dlc.md#messaging10dlc-campaignbuilder-brand-qualifybyusecase)
           * @example
           * ```ts
           * const result = await telnyx.messaging10dlc.campaignBuilder.brand.qualifyByUsecase("4b20019b-043a-78f8-0657-b3be3f4b4002", "CUSTOMER_CARE");
           * console.log(result.usecase);
           * ```
           */
          qualifyByUsecase: (
            brandId: Messaging10dlcCampaignBuilderBrandQualifyByUsecasePathParams["brandId"],
            usecase: Messaging10dlcCampaignBuilderBrandQualifyByUsecasePathParams["usecase"],
            options?: RequestOptions,
          ): APIPromise<Messaging10dlcCampaignBuilderBrandQualifyByUsecaseResponse> =>
            messaging10dlcCampaignBuilderBrandQualifyByUsecase(config, brandId, usecase, options),
        },
      },
      campaign: {
        /**
         * List campaigns `GET /10dlc/campaign`. Await for the first page; `for await` iterates every item of every page.
         *
         * Returns the campaigns of one brand a page at a time, with each campaign's registration state and number count. `brandId` is required.
         *
         * @param query - The query parameters `brandId`, `page`, `recordsPerPage`, `sort`; each is described on its field.
         * @see [List campaigns in the guide](./docs/10dlc.md#messaging10dlc-campaign-list)
         * @example
         * ```ts
         * const campaigns = await telnyx.messaging10dlc.campaign.list({
         *   brandId: "4b20019b-043a-78f8-0657-b3be3f4b4002",
         *   page: 1,
         *   recordsPerPage: 25,
         *   sort: "-assignedPhoneNumbersCount",
         * });
         * console.log(campaigns.page);
         * ```
         */
        list: (
          query: Messaging10dlcCampaignListQuery,
          options?: RequestOptions,
        ): PagePromise<Messaging10dlcCampaignListResponse, Messaging10dlcCampaignListItem> =>
          messaging10dlcCampaignList(config, query, options),
        /**
         * Get a campaign `GET /10dlc/campaign/{campaignId}`
         *
         * Returns one campaign with its registration progress. Treat it as ready to carry traffic only once `campaignStatus` reaches `MNO_PROVISIONED`.
         *
         * @param campaignId - Telnyx campaign ID returned by the campaign builder. Telnyx's API reference calls it a UUID, but its published OpenAPI spec declares no format, so none is enforced.
         * @see [Get a campaign in the guide](./docs/10dlc.md#messaging10dlc-campaign-retrieve)
         * @example
         * ```ts
         * const campaign = await telnyx.messaging10dlc.campaign.retrieve("4b30018f-5e2c-6a1d-9b07-3c2f1e4d8a90");
         * console.log(campaign.campaignId);
         * ```
         */
        retrieve: (
          campaignId: Messaging10dlcCampaignRetrievePathParams["campaignId"],
          options?: RequestOptions,
        ): APIPromise<Messaging10dlcCampaignRetrieveResponse> =>
          messaging10dlcCampaignRetrieve(config, campaignId, options),
        /**
         * Update a campaign `PUT /10dlc/campaign/{campaignId}`
         *
         * Changes the few settings that stay editable after submission: the sample messages, message flow, help message, reseller, auto-renewal and webhook URLs. Everything else is fixed once the campaign is registered.
         *
         * @param campaignId - Telnyx campaign ID returned by the campaign builder. Telnyx's API reference calls it a UUID, but its published OpenAPI spec declares no format, so none is enforced.
         * @param body - Campaign settings that can still change after submission; send only the ones to change.
         * @see [Update a campaign in the guide](./docs/10dlc.md#messaging10dlc-campaign-update)
         * @example
         * ```ts
         * const campaign = await telnyx.messaging10dlc.campaign.update("4b30018f-5e2c-6a1d-9b07-3c2f1e4d8a90", {
         *   sample1: "ABC Mobile: your sign-in code is 482913. Valid for 10 minutes. Reply STOP to opt out.",
         *   sample2: "ABC Mobile: use 771204 to confirm your new device. Never share this code.",
         *   autoRenewal: false,
         *   webhookURL: "https://hooks.abcmobile.example.com/10dlc",
         * });
         * console.log(campaign.campaignId);
         * ```
         */
        update: (
          campaignId: Messaging10dlcCampaignUpdatePathParams["campaignId"],
          body: Messaging10dlcCampaignUpdateParams,
          options?: RequestOptions,
        ): APIPromise<Messaging10dlcCampaignUpdateResponse> =>
          messaging10dlcCampaignUpdate(config, campaignId, body, options),
        /**
         * Deactivate a campaign `DELETE /10dlc/campaign/{campaignId}`
         *
         * Deactivates a campaign for good; this cannot be undone, and numbers on it stop carrying 10DLC traffic. Unlike the rest of 10DLC, the confirmation uses the snake_case key `record_type`.
         *
         * @param campaignId - Telnyx campaign ID returned by the campaign builder. Telnyx's API reference calls it a UUID, but its published OpenAPI spec declares no format, so none is enforced.
         * @see [Deactivate a campaign in the guide](./docs/10dlc.md#messaging10dlc-campaign-deactivate)
         * @example
         * ```ts
         * const result = await telnyx.messaging10dlc.campaign.deactivate("4b30018f-5e2c-6a1d-9b07-3c2f1e4d8a90");
         * console.log(result.time);
         * ```
         */
        deactivate: (
          campaignId: Messaging10dlcCampaignDeactivatePathParams["campaignId"],
          options?: RequestOptions,
        ): APIPromise<Messaging10dlcCampaignDeactivateResponse> =>
          messaging10dlcCampaignDeactivate(config, campaignId, options),
        /**
         * Accept a shared campaign `POST /10dlc/campaign/acceptSharing/{campaignId}`
         *
         * Manually accepts a campaign that another provider shared with Telnyx, so its numbers can be linked here. The path takes the TCR campaign ID, not a Telnyx ID; the acceptance completes asynchronously.
         *
         * @param campaignId - TCR ID of the campaign shared with Telnyx (a `C` followed by five to eight capitals or digits), not a Telnyx campaign ID.
         * @see [Accept a shared campaign in the guide](./docs/10dlc.md#messaging10dlc-campaign-acceptsharing)
         * @example
         * ```ts
         * const result = await telnyx.messaging10dlc.campaign.acceptSharing("CM2WQ9D");
         * ```
         */
        acceptSharing: (
          campaignId: Messaging10dlcCampaignAcceptSharingPathParams["campaignId"],
          options?: RequestOptions,
        ): APIPromise<Messaging10dlcCampaignAcceptSharingResponse> =>
          messaging10dlcCampaignAcceptSharing(config, campaignId, options),
        /**
         * Appeal a campaign rejection `POST /10dlc/campaign/{campaignId}/appeal`
         *
         * Sends a rejected campaign back for manual review with an explanation. Only campaigns in `TELNYX_FAILED` or `MNO_REJECTED` can be appealed; the status then returns to `TCR_ACCEPTED`. This is the one 10DLC call whose body and response use snake_case keys, and whose `campaignId` is declared as a UUID.
         *
         * @param campaignId - Telnyx ID of the rejected campaign; this call requires it in UUID format.
         * @param body - Why the campaign should be reviewed again (snake_case on the wire).
         * @see [Appeal a campaign rejection in the guide](./docs/10dlc.md#messaging10dlc-campaign-submitappeal)
         * @example
         * ```ts
         * const result = await telnyx.messaging10dlc.campaign.submitAppeal("4b30018f-5e2c-6a1d-9b07-3c2f1e4d8a90", {
         *   appeal_reason: "The opt-in page is now public at https://www.abcmobile.example.com/sms-terms and the samples include the brand name and STOP language.",
         * });
         * console.log(result.appealed_at);
         * ```
         */
        submitAppeal: (
          campaignId: Messaging10dlcCampaignSubmitAppealPathParams["campaignId"],
          body: Messaging10dlcCampaignSubmitAppealParams,
          options?: RequestOptions,
        ): APIPromise<Messaging10dlcCampaignSubmitAppealResponse> =>
          messaging10dlcCampaignSubmitAppeal(config, campaignId, body, options),
        /**
         * Get campaign carrier metadata `GET /10dlc/campaign/{campaignId}/mnoMetadata`
         *
         * Returns, per carrier network, the rules that apply to the campaign: whether the carrier reviews it, how many samples it needs and which opt-in, opt-out and help features are mandatory.
         *
         * @param campaignId - Telnyx campaign ID returned by the campaign builder. Telnyx's API reference calls it a UUID, but its published OpenAPI spec declares no format, so none is enforced.
         * @see [Get campaign carrier metadata in the guide](./docs/10dlc.md#messaging10dlc-campaign-getmnometadata)
         * @example
         * ```ts
         * const result = await telnyx.messaging10dlc.campaign.getMnoMetadata("4b30018f-5e2c-6a1d-9b07-3c2f1e4d8a90");
         * console.log(result["10999"]);
         * ```
         */
        getMnoMetadata: (
          campaignId: Messaging10dlcCampaignGetMnoMetadataPathParams["campaignId"],
          options?: RequestOptions,
        ): APIPromise<Messaging10dlcCampaignGetMnoMetadataResponse> =>
          messaging10dlcCampaignGetMnoMetadata(config, campaignId, options),
        /**
         * Get campaign operation status `GET /10dlc/campaign/{campaignId}/operationStatus`
         *
         * Returns the campaign's operational state at each carrier, keyed by carrier network ID. Use it to see which carriers have approved the campaign and which are still reviewing it.
         *
         * @param campaignId - Telnyx campaign ID returned by the campaign builder. Telnyx's API reference calls it a UUID, but its published OpenAPI spec declares no format, so none is enforced.
         * @see [Get campaign operation status in the guide](./docs/10dlc.md#messaging10dlc-campaign-getoperationstatus)
         * @example
         * ```ts
         * const result = await telnyx.messaging10dlc.campaign.getOperationStatus("4b30018f-5e2c-6a1d-9b07-3c2f1e4d8a90");
         * ```
         */
        getOperationStatus: (
          campaignId: Messaging10dlcCampaignGetOperationStatusPathParams["campaignId"],
          options?: RequestOptions,
        ): APIPromise<Messaging10dlcCampaignGetOperationStatusResponse> =>
          messaging10dlcCampaignGetOperationStatus(config, campaignId, options),
        /**
         * Get campaign sharing status `GET /10dlc/campaign/{campaignId}/sharing`
         *
         * Shows how a campaign is shared between providers: whom you shared it with, who shared it with you, and whether each share was accepted.
         *
         * @param campaignId - Telnyx campaign ID returned by the campaign builder. Telnyx's API reference calls it a UUID, but its published OpenAPI spec declares no format, so none is enforced.
         * @see [Get campaign sharing status in the guide](./docs/10dlc.md#messaging10dlc-campaign-getsharingstatus)
         * @example
         * ```ts
         * const result = await telnyx.messaging10dlc.campaign.getSharingStatus("4b30018f-5e2c-6a1d-9b07-3c2f1e4d8a90");
         * console.log(result.sharedByMe);
         * ```
         */
        getSharingStatus: (
          campaignId: Messaging10dlcCampaignGetSharingStatusPathParams["campaignId"],
          options?: RequestOptions,
        ): APIPromise<Messaging10dlcCampaignGetSharingStatusResponse> =>
          messaging10dlcCampaignGetSharingStatus(config, campaignId, options),
        usecase: {
          /**
           * Get campaign cost `GET /10dlc/campaign/usecase/cost`
           *
           * Returns the upfront and monthly price of registering a campaign with a given use case. `usecase` is required.
           *
           * @param query - The query parameters `usecase`; each is described on its field.
           * @see [Get campaign cost in the guide](./docs/10dlc.md#messaging10dlc-campaign-usecase-getcost)
           * @example
           * ```ts
           * const result = await telnyx.messaging10dlc.campaign.usecase.getCost({
           *   usecase: "CUSTOMER_CARE",
           * });
           * console.log(result.campaignUsecase);
           * ```
           */
          getCost: (
            query: Messaging10dlcCampaignUsecaseGetCostQuery,
            options?: RequestOptions,
          ): APIPromise<Messaging10dlcCampaignUsecaseGetCostResponse> =>
            messaging10dlcCampaignUsecaseGetCost(config, query, options),
        },
        osr: {
          /**
           * Get campaign OSR attributes `GET /10dlc/campaign/{campaignId}/osr/attributes`
           *
           * Returns the OSR attributes that the registry holds for the campaign, such as its message class. Telnyx's published OpenAPI spec declares a free-form object, so the keys shown are not guaranteed.
           *
           * @param campaignId - Telnyx campaign ID returned by the campaign builder. Telnyx's API reference calls it a UUID, but its published OpenAPI spec declares no format, so none is enforced.
           * @see [Get campaign OSR attributes in the guide](./docs/10dlc.md#messaging10dlc-campaign-osr-getattributes)
           * @example
           * ```ts
           * const result = await telnyx.messaging10dlc.campaign.osr.getAttributes("4b30018f-5e2c-6a1d-9b07-3c2f1e4d8a90");
           * ```
           */
          getAttributes: (
            campaignId: Messaging10dlcCampaignOsrGetAttributesPathParams["campaignId"],
            options?: RequestOptions,
          ): APIPromise<Messaging10dlcCampaignOsrGetAttributesResponse> =>
            messaging10dlcCampaignOsrGetAttributes(config, campaignId, options),
        },
      },
      partnerCampaigns: {
        /**
         * List shared campaigns `GET /10dlc/partner_campaigns`. Await for the first page; `for await` iterates every item of every page.
         *
         * Returns, a page at a time, the campaigns that partners registered elsewhere and shared with Telnyx. Only shares Telnyx has already accepted are listed; pending ones are left out.
         *
         * @param query - The query parameters `page`, `recordsPerPage`, `sort`; each is described on its field.
         * @see [List shared campaigns in the guide](./docs/10dlc.md#messaging10dlc-partnercampaigns-list)
         * @example
         * ```ts
         * const partnerCampaigns = await telnyx.messaging10dlc.partnerCampaigns.list({
         *   page: 1,
         *   recordsPerPage: 25,
         *   sort: "brandDisplayName",
         * });
         * console.log(partnerCampaigns.page);
         * ```
         */
        list: (
          query?: Messaging10dlcPartnerCampaignsListQuery,
          options?: RequestOptions,
        ): PagePromise<Messaging10dlcPartnerCampaignsListResponse, Messaging10dlcPartnerCampaignsListItem> =>
          messaging10dlcPartnerCampaignsList(config, query, options),
        /**
         * Get a shared campaign `GET /10dlc/partner_campaigns/{campaignId}`
         *
         * Returns one campaign that a partner shared with Telnyx, including its carrier status and how many of your numbers use it.
         *
         * @param campaignId - ID of the shared campaign. Shared campaigns carry only TCR IDs, so the example uses one; no format is enforced.
         * @see [Get a shared campaign in the guide](./docs/10dlc.md#messaging10dlc-partnercampaigns-retrieve)
         * @example
         * ```ts
         * const partnerCampaign = await telnyx.messaging10dlc.partnerCampaigns.retrieve("CM2WQ9D");
         * console.log(partnerCampaign.tcrCampaignId);
         * ```
         */
        retrieve: (
          campaignId: Messaging10dlcPartnerCampaignsRetrievePathParams["campaignId"],
          options?: RequestOptions,
        ): APIPromise<Messaging10dlcPartnerCampaignsRetrieveResponse> =>
          messaging10dlcPartnerCampaignsRetrieve(config, campaignId, options),
        /**
         * Update a shared campaign `PATCH /10dlc/partner_campaigns/{campaignId}`
         *
         * Sets the webhook URLs Telnyx calls about a campaign shared with it; they are the only fields you can change on a shared campaign.
         *
         * @param campaignId - ID of the shared campaign. Shared campaigns carry only TCR IDs, so the example uses one; no format is enforced.
         * @param body - Webhook settings of a shared campaign.
         * @see [Update a shared campaign in the guide](./docs/10dlc.md#messaging10dlc-partnercampaigns-update)
         * @example
         * ```ts
         * const partnerCampaign = await telnyx.messaging10dlc.partnerCampaigns.update("CM2WQ9D", {
         *   webhookURL: "https://hooks.abcmobile.example.com/partner-10dlc",
         *   webhookFailoverURL: "https://backup-hooks.abcmobile.example.com/partner-10dlc",
         * });
         * console.log(partnerCampaign.tcrCampaignId);
         * ```
         */
        update: (
          campaignId: Messaging10dlcPartnerCampaignsUpdatePathParams["campaignId"],
          body: Messaging10dlcPartnerCampaignsUpdateParams,
          options?: RequestOptions,
        ): APIPromise<Messaging10dlcPartnerCampaignsUpdateResponse> =>
          messaging10dlcPartnerCampaignsUpdate(config, campaignId, body, options),
        /**
         * List campaigns you shared `GET /10dlc/partnerCampaign/sharedByMe`. Await for the first page; `for await` iterates every item of every page.
         *
         * Returns, a page at a time, the campaigns you registered and shared with Telnyx as a partner. Shares Telnyx has not accepted yet are not included.
         *
         * @param query - The query parameters `page`, `recordsPerPage`; each is described on its field.
         * @see [List campaigns you shared in the guide](./docs/10dlc.md#messaging10dlc-partnercampaigns-listsharedbyme)
         * @example
         * ```ts
         * const result = await telnyx.messaging10dlc.partnerCampaigns.listSharedByMe({
         *   page: 1,
         *   recordsPerPage: 25,
         * });
         * console.log(result.page);
         * ```
         */
        listSharedByMe: (
          query?: Messaging10dlcPartnerCampaignsListSharedByMeQuery,
          options?: RequestOptions,
        ): PagePromise<
          Messaging10dlcPartnerCampaignsListSharedByMeResponse,
          Messaging10dlcPartnerCampaignsListSharedByMeItem
        > => messaging10dlcPartnerCampaignsListSharedByMe(config, query, options),
        /**
         * Get a shared campaign's sharing status `GET /10dlc/partnerCampaign/{campaignId}/sharing`
         *
         * Returns the sharing records of a campaign you shared as a partner. Telnyx's published OpenAPI spec only says the body is an object whose values are sharing records; the `sharedByMe` key in the example is illustrative.
         *
         * @param campaignId - ID of the shared campaign. Shared campaigns carry only TCR IDs, so the example uses one; no format is enforced.
         * @see [Get a shared campaign's sharing status in the guide](./docs/10dlc.md#messaging10dlc-partnercampaigns-retrievesharingstatus)
         * @example
         * ```ts
         * const result = await telnyx.messaging10dlc.partnerCampaigns.retrieveSharingStatus("CM2WQ9D");
         * ```
         */
        retrieveSharingStatus: (
          campaignId: Messaging10dlcPartnerCampaignsRetrieveSharingStatusPathParams["campaignId"],
          options?: RequestOptions,
        ): APIPromise<Messaging10dlcPartnerCampaignsRetrieveSharingStatusResponse> =>
          messaging10dlcPartnerCampaignsRetrieveSharingStatus(config, campaignId, options),
      },
      phoneNumberCampaigns: {
        /**
         * List phone number campaigns `GET /10dlc/phone_number_campaigns`. Await for the first page; `for await` iterates every item of every page.
         *
         * Returns number-to-campaign links a page at a time, optionally narrowed to one brand or campaign. Note that the filter keys are snake_case and the page size defaults to 20 here, unlike most 10DLC lists.
         *
         * @param query - The query parameters `recordsPerPage`, `page`, `filter`, `sort`; each is described on its field.
         * @see [List phone number campaigns in the guide](./docs/10dlc.md#messaging10dlc-phonenumbercampaigns-list)
         * @example
         * ```ts
         * const phoneNumberCampaigns = await telnyx.messaging10dlc.phoneNumberCampaigns.list({
         *   recordsPerPage: 50,
         *   page: 1,
         *   filter: {
         *     telnyx_campaign_id: "4b30018f-5e2c-6a1d-9b07-3c2f1e4d8a90",
         *   },
         *   sort: "phoneNumber",
         * });
         * console.log(phoneNumberCampaigns.page);
         * ```
         */
        list: (
          query?: Messaging10dlcPhoneNumberCampaignsListQuery,
          options?: RequestOptions,
        ): PagePromise<
          Messaging10dlcPhoneNumberCampaignsListResponse,
          Messaging10dlcPhoneNumberCampaignsListItem
        > => messaging10dlcPhoneNumberCampaignsList(config, query, options),
        /**
         * Link a phone number to a campaign `POST /10dlc/phone_number_campaigns`
         *
         * Links one phone number to a campaign. The link is provisioned asynchronously; `assignmentStatus` moves from `PENDING_ASSIGNMENT` to `ASSIGNED` or `FAILED_ASSIGNMENT`.
         *
         * @param body - A phone number and the campaign to link it to.
         * @see [Link a phone number to a campaign in the guide](./docs/10dlc.md#messaging10dlc-phonenumbercampaigns-create)
         * @example
         * ```ts
         * const phoneNumberCampaign = await telnyx.messaging10dlc.phoneNumberCampaigns.create({
         *   phoneNumber: "+13125550001",
         *   campaignId: "4b30018f-5e2c-6a1d-9b07-3c2f1e4d8a90",
         * });
         * console.log(phoneNumberCampaign.phoneNumber);
         * ```
         */
        create: (
          body: Messaging10dlcPhoneNumberCampaignsCreateParams,
          options?: RequestOptions,
        ): APIPromise<Messaging10dlcPhoneNumberCampaignsCreateResponse> =>
          messaging10dlcPhoneNumberCampaignsCreate(config, body, options),
        /**
         * Get a phone number campaign `GET /10dlc/phone_number_campaigns/{phoneNumber}`
         *
         * Returns the campaign link of one phone number and how far its assignment has progressed.
         *
         * @param phoneNumber - Phone number in E.164 format with the leading `+` (URL-encoded as `%2B`).
         * @see [Get a phone number campaign in the guide](./docs/10dlc.md#messaging10dlc-phonenumbercampaigns-retrieve)
         * @example
         * ```ts
         * const phoneNumberCampaign = await telnyx.messaging10dlc.phoneNumberCampaigns.retrieve("+13125550001");
         * console.log(phoneNumberCampaign.phoneNumber);
         * ```
         */
        retrieve: (
          phoneNumber: Messaging10dlcPhoneNumberCampaignsRetrievePathParams["phoneNumber"],
          options?: RequestOptions,
        ): APIPromise<Messaging10dlcPhoneNumberCampaignsRetrieveResponse> =>
          messaging10dlcPhoneNumberCampaignsRetrieve(config, phoneNumber, options),
        /**
         * Move a phone number to another campaign `PUT /10dlc/phone_number_campaigns/{phoneNumber}`
         *
         * Re-links a number that is already on a campaign to a different one; the new assignment is provisioned asynchronously like a new link. The body repeats the number, which should match the one in the path.
         *
         * @param phoneNumber - Phone number in E.164 format with the leading `+` (URL-encoded as `%2B`).
         * @param body - A phone number and the campaign to link it to.
         * @see [Move a phone number to another campaign in the guide](./docs/10dlc.md#messaging10dlc-phonenumbercampaigns-update)
         * @example
         * ```ts
         * const phoneNumberCampaign = await telnyx.messaging10dlc.phoneNumberCampaigns.update("+13125550001", {
         *   phoneNumber: "+13125550001",
         *   campaignId: "4b3001a2-7d1e-4c0b-8f35-2a9e6b1c0d47",
         * });
         * console.log(phoneNumberCampaign.phoneNumber);
         * ```
         */
        update: (
          phoneNumber: Messaging10dlcPhoneNumberCampaignsUpdatePathParams["phoneNumber"],
          body: Messaging10dlcPhoneNumberCampaignsUpdateParams,
          options?: RequestOptions,
        ): APIPromise<Messaging10dlcPhoneNumberCampaignsUpdateResponse> =>
          messaging10dlcPhoneNumberCampaignsUpdate(config, phoneNumber, body, options),
        /**
         * Unlink a phone number from its campaign `DELETE /10dlc/phone_number_campaigns/{phoneNumber}`
         *
         * Removes a number's campaign link. Removal is asynchronous: the returned link shows `PENDING_UNASSIGNMENT` until the carriers confirm it.
         *
         * @param phoneNumber - Phone number in E.164 format with the leading `+` (URL-encoded as `%2B`).
         * @see [Unlink a phone number from its campaign in the guide](./docs/10dlc.md#messaging10dlc-phonenumbercampaigns-delete)
         * @example
         * ```ts
         * const result = await telnyx.messaging10dlc.phoneNumberCampaigns.delete("+13125550001");
         * console.log(result.phoneNumber);
         * ```
         */
        delete: (
          phoneNumber: Messaging10dlcPhoneNumberCampaignsDeletePathParams["phoneNumber"],
          options?: RequestOptions,
        ): APIPromise<Messaging10dlcPhoneNumberCampaignsDeleteResponse> =>
          messaging10dlcPhoneNumberCampaignsDelete(config, phoneNumber, options),
      },
      phoneNumberAssignmentByProfile: {
        /**
         * Assign a messaging profile to a campaign `POST /10dlc/phoneNumberAssignmentByProfile`
         *
         * Starts a background task that links every number on a messaging profile to a campaign; messaging only works once it completes. Name the campaign by `campaignId` (registered through Telnyx) or by `tcrCampaignId` (shared from another provider). Only `messagingProfileId` is required, as in Telnyx's published OpenAPI spec.
         *
         * @param body - The messaging profile and the campaign to link its numbers to.
         * @see [Assign a messaging profile to a campaign in the guide](./docs/10dlc.md#messaging10dlc-phonenumberassignmentbyprofile-assign)
         * @example
         * ```ts
         * const result = await telnyx.messaging10dlc.phoneNumberAssignmentByProfile.assign({
         *   messagingProfileId: "40018a2f-6c3e-4b1d-8f2a-9e7c5d3b1a06",
         *   campaignId: "4b30018f-5e2c-6a1d-9b07-3c2f1e4d8a90",
         * });
         * console.log(result.messagingProfileId);
         * ```
         */
        assign: (
          body: Messaging10dlcPhoneNumberAssignmentByProfileAssignParams,
          options?: RequestOptions,
        ): APIPromise<Messaging10dlcPhoneNumberAssignmentByProfileAssignResponse> =>
          messaging10dlcPhoneNumberAssignmentByProfileAssign(config, body, options),
        /**
         * Get an assignment task `GET /10dlc/phoneNumberAssignmentByProfile/{taskId}`
         *
         * Reports the progress of a messaging-profile assignment task, from `pending` through `processing` to `completed` or `failed`. Poll it after assigning a profile to a campaign.
         *
         * @param taskId - ID of the assignment task, as returned when the messaging profile was assigned.
         * @see [Get an assignment task in the guide](./docs/10dlc.md#messaging10dlc-phonenumberassignmentbyprofile-retrievestatus)
         * @example
         * ```ts
         * const result = await telnyx.messaging10dlc.phoneNumberAssignmentByProfile.retrieveStatus("667a80f8-b0a9-49d0-b9ab-a7a1bcc45086");
         * console.log(result.taskId);
         * ```
         */
        retrieveStatus: (
          taskId: Messaging10dlcPhoneNumberAssignmentByProfileRetrieveStatusPathParams["taskId"],
          options?: RequestOptions,
        ): APIPromise<Messaging10dlcPhoneNumberAssignmentByProfileRetrieveStatusResponse> =>
          messaging10dlcPhoneNumberAssignmentByProfileRetrieveStatus(config, taskId, options),
        /**
         * List the numbers of an assignment task `GET /10dlc/phoneNumberAssignmentByProfile/{taskId}/phoneNumbers`. Await for the first page; `for await` iterates every item of every page.
         *
         * Pages through the numbers an assignment task handled and the outcome for each. Unlike the other 10DLC lists, the answer carries only `records`, with no page number or total; the page size defaults to 20.
         *
         * @param taskId - ID of the assignment task, as returned when the messaging profile was assigned.
         * @param query - The query parameters `recordsPerPage`, `page`; each is described on its field.
         * @see [List the numbers of an assignment task in the guide](./docs/10dlc.md#messaging10dlc-phonenumberassignmentbyprofile-listphonenumberstatus)
         * @example
         * ```ts
         * const result = await telnyx.messaging10dlc.phoneNumberAssignmentByProfile.listPhoneNumberStatus("667a80f8-b0a9-49d0-b9ab-a7a1bcc45086", {
         *   recordsPerPage: 50,
         *   page: 1,
         * });
         * console.log(result.records);
         * ```
         */
        listPhoneNumberStatus: (
          taskId: Messaging10dlcPhoneNumberAssignmentByProfileListPhoneNumberStatusPathParams["taskId"],
          query?: Messaging10dlcPhoneNumberAssignmentByProfileListPhoneNumberStatusQuery,
          options?: RequestOptions,
        ): PagePromise<
          Messaging10dlcPhoneNumberAssignmentByProfileListPhoneNumberStatusResponse,
          Messaging10dlcPhoneNumberAssignmentByProfileListPhoneNumberStatusItem
        > =>
          messaging10dlcPhoneNumberAssignmentByProfileListPhoneNumberStatus(config, taskId, query, options),
      },
    },
    availablePhoneNumbers: {
      /**
       * Search available phone numbers `GET /available_phone_numbers`
       *
       * Searches the numbers that can be ordered right now, narrowed by the `filter` keys (country, region, locality, digits, type, features). It is the first step of provisioning; the result is not paged, so cap it with `filter[limit]`.
       *
       * @param query - The query parameters `filter`; each is described on its field.
       * @see [Search available phone numbers in the guide](./docs/numbers.md#availablephonenumbers-list)
       * @example
       * ```ts
       * const availablePhoneNumbers = await telnyx.availablePhoneNumbers.list({
       *   filter: {
       *     country_code: "US",
       *     administrative_area: "IL",
       *     phone_number_type: "local",
       *     features: ["sms", "voice"],
       *     limit: 2,
       *   },
       * });
       * console.log(availablePhoneNumbers.data);
       * ```
       */
      list: (
        query?: AvailablePhoneNumbersListQuery,
        options?: RequestOptions,
      ): APIPromise<AvailablePhoneNumbersListResponse> => availablePhoneNumbersList(config, query, options),
    },
    numberOrders: {
      /**
       * List number orders `GET /number_orders`. Await for the first page; `for await` iterates every item of every page.
       *
       * Pages through the account's number orders, optionally filtered by status, creation time, customer reference, size or whether requirements are met. List entries carry only the id and number of each ordered phone number; retrieve the order for the rest.
       *
       * @param query - The query parameters `page`, `filter`; each is described on its field.
       * @see [List number orders in the guide](./docs/numbers.md#numberorders-list)
       * @example
       * ```ts
       * const numberOrders = await telnyx.numberOrders.list({
       *   page: {
       *     number: 1,
       *     size: 20,
       *   },
       *   filter: {
       *     status: "pending",
       *     created_at: {
       *       gt: "2026-03-01T00:00:00Z",
       *     },
       *   },
       * });
       * console.log(numberOrders.data);
       * ```
       */
      list: (
        query?: NumberOrdersListQuery,
        options?: RequestOptions,
      ): PagePromise<NumberOrdersListResponse, NumberOrdersListItem> =>
        numberOrdersList(config, query, options),
      /**
       * Create a number order `POST /number_orders`
       *
       * Buys the listed numbers and attaches them to the given connection, messaging profile or billing group. The order starts `pending`; poll it or wait for the `numberOrderStatusUpdate` webhook. `phone_numbers` is optional here because Telnyx's published OpenAPI spec requires nothing, even though an order without numbers has nothing to buy.
       *
       * @param body - Numbers to buy and where to attach them. No field is required.
       * @see [Create a number order in the guide](./docs/numbers.md#numberorders-create)
       * @example
       * ```ts
       * const numberOrder = await telnyx.numberOrders.create({
       *   phone_numbers: [
       *     {
       *       phone_number: "+18005550101",
       *     },
       *   ],
       * });
       * console.log(numberOrder.data);
       * ```
       */
      create: (
        body: NumberOrdersCreateParams,
        options?: RequestOptions,
      ): APIPromise<NumberOrdersCreateResponse> => numberOrdersCreate(config, body, options),
      /**
       * Check number order status `GET /number_orders/{number_order_id}`
       *
       * Returns one number order with its per-number status and requirement state. The order is finished when `status` is `success` or `failure`; `requirements_met: false` means regulatory information is still missing.
       *
       * @param numberOrderId - ID of the number order. Telnyx's API reference calls it a UUID, but its published OpenAPI spec declares no format on this parameter, so none is enforced.
       * @see [Check number order status in the guide](./docs/numbers.md#numberorders-retrieve)
       * @example
       * ```ts
       * const numberOrder = await telnyx.numberOrders.retrieve("7d2a1f4e-3b6c-4e8a-9f10-2c5d8e7b6a41");
       * console.log(numberOrder.data);
       * ```
       */
      retrieve: (
        numberOrderId: NumberOrdersRetrievePathParams["number_order_id"],
        options?: RequestOptions,
      ): APIPromise<NumberOrdersRetrieveResponse> => numberOrdersRetrieve(config, numberOrderId, options),
      /**
       * Update a number order `PATCH /number_orders/{number_order_id}`
       *
       * Changes the customer reference of an order or supplies values for its regulatory requirements. Use it when an order is held in `pending` because `requirements_met` is false.
       *
       * @param numberOrderId - ID of the number order. Telnyx's API reference calls it a UUID, but its published OpenAPI spec declares no format on this parameter, so none is enforced.
       * @param body - Changes to a number order.
       * @see [Update a number order in the guide](./docs/numbers.md#numberorders-update)
       * @example
       * ```ts
       * const numberOrder = await telnyx.numberOrders.update("7d2a1f4e-3b6c-4e8a-9f10-2c5d8e7b6a41", {
       *   customer_reference: "chicago-support-line",
       *   regulatory_requirements: [
       *     {
       *       requirement_id: "8ffb3622-7c6b-4ccc-b65f-7a3dc0099576",
       *       field_value: "0f3c8a51-2d7e-4b96-a1c4-7e58d9b20f36",
       *     },
       *   ],
       * });
       * console.log(numberOrder.data);
       * ```
       */
      update: (
        numberOrderId: NumberOrdersUpdatePathParams["number_order_id"],
        body: NumberOrdersUpdateParams,
        options?: RequestOptions,
      ): APIPromise<NumberOrdersUpdateResponse> => numberOrdersUpdate(config, numberOrderId, body, options),
    },
    numberReservations: {
      /**
       * List number reservations `GET /number_reservations`. Await for the first page; `for await` iterates every item of every page.
       *
       * Pages through the account's reservations, optionally filtered by status, creation time, customer reference or a reserved phone number.
       *
       * @param query - The query parameters `page`, `filter`; each is described on its field.
       * @see [List number reservations in the guide](./docs/numbers.md#numberreservations-list)
       * @example
       * ```ts
       * const numberReservations = await telnyx.numberReservations.list({
       *   page: {
       *     number: 1,
       *     size: 20,
       *   },
       *   filter: {
       *     status: "success",
       *   },
       * });
       * console.log(numberReservations.data);
       * ```
       */
      list: (
        query?: NumberReservationsListQuery,
        options?: RequestOptions,
      ): PagePromise<NumberReservationsListResponse, NumberReservationsListItem> =>
        numberReservationsList(config, query, options),
      /**
       * Create a number reservation `POST /number_reservations`
       *
       * Holds one or more numbers from a search so nobody else can order them while you decide; holds expire at each number's `expired_at` unless extended. `phone_numbers` is optional here because Telnyx's published OpenAPI spec requires nothing; `status`, `id` and the timestamps are server-assigned and not accepted.
       *
       * @param body - Numbers to hold. No field is required. Server-assigned fields (`id`, `status`, `record_type`, timestamps) are not accepted.
       * @see [Create a number reservation in the guide](./docs/numbers.md#numberreservations-create)
       * @example
       * ```ts
       * const numberReservation = await telnyx.numberReservations.create({
       *   phone_numbers: [
       *     {
       *       phone_number: "+18005550101",
       *     },
       *   ],
       * });
       * console.log(numberReservation.data);
       * ```
       */
      create: (
        body: NumberReservationsCreateParams,
        options?: RequestOptions,
      ): APIPromise<NumberReservationsCreateResponse> => numberReservationsCreate(config, body, options),
      /**
       * Retrieve a number reservation `GET /number_reservations/{number_reservation_id}`
       *
       * Returns one reservation with the status and expiry of every held number. Check it before ordering to make sure the holds have not lapsed.
       *
       * @param numberReservationId - ID of the number reservation. Telnyx's API reference calls it a UUID, but its published OpenAPI spec declares no format on this parameter, so none is enforced.
       * @see [Retrieve a number reservation in the guide](./docs/numbers.md#numberreservations-retrieve)
       * @example
       * ```ts
       * const numberReservation = await telnyx.numberReservations.retrieve("e7c6b5a4-9382-4716-b5a4-c3d2e1f0a9b8");
       * console.log(numberReservation.data);
       * ```
       */
      retrieve: (
        numberReservationId: NumberReservationsRetrievePathParams["number_reservation_id"],
        options?: RequestOptions,
      ): APIPromise<NumberReservationsRetrieveResponse> =>
        numberReservationsRetrieve(config, numberReservationId, options),
      actions: {
        /**
         * Extend a number reservation `POST /number_reservations/{number_reservation_id}/actions/extend`
         *
         * Pushes back the expiry of every number held by the reservation. Takes no request body; use it when an order cannot be placed before the current `expired_at`.
         *
         * @param numberReservationId - ID of the number reservation. Telnyx's API reference calls it a UUID, but its published OpenAPI spec declares no format on this parameter, so none is enforced.
         * @see [Extend a number reservation in the guide](./docs/numbers.md#numberreservations-actions-extend)
         * @example
         * ```ts
         * const result = await telnyx.numberReservations.actions.extend("e7c6b5a4-9382-4716-b5a4-c3d2e1f0a9b8");
         * console.log(result.data);
         * ```
         */
        extend: (
          numberReservationId: NumberReservationsActionsExtendPathParams["number_reservation_id"],
          options?: RequestOptions,
        ): APIPromise<NumberReservationsActionsExtendResponse> =>
          numberReservationsActionsExtend(config, numberReservationId, options),
      },
    },
    advancedOrders: {
      /**
       * List advanced orders `GET /advanced_orders`
       *
       * Lists the account's advanced orders, the requests Telnyx fulfils for you by quantity, area code and features rather than by specific number. The list is a single `data` array with no paging metadata.
       *
       * @see [List advanced orders in the guide](./docs/numbers.md#advancedorders-list)
       * @example
       * ```ts
       * const advancedOrders = await telnyx.advancedOrders.list();
       * console.log(advancedOrders.data);
       * ```
       */
      list: (options?: RequestOptions): APIPromise<AdvancedOrdersListResponse> =>
        advancedOrdersList(config, options),
      /**
       * Create an advanced order `POST /advanced_orders`
       *
       * Asks Telnyx to source numbers matching a country, number type, area code, feature set and quantity, for requests the number search cannot satisfy directly. Every field is optional and the defaults describe one local US number; the response is the order itself, not wrapped in `data`.
       *
       * @param body - What to source. Every field is optional and falls back to its default.
       * @see [Create an advanced order in the guide](./docs/numbers.md#advancedorders-create)
       * @example
       * ```ts
       * const advancedOrder = await telnyx.advancedOrders.create({
       *   country_code: "US",
       *   phone_number_type: "local",
       *   area_code: "312",
       *   features: ["sms", "voice"],
       *   quantity: 5,
       *   comments: "Prefer consecutive numbers if possible.",
       *   customer_reference: "chicago-support-line",
       * });
       * console.log(advancedOrder.id);
       * ```
       */
      create: (
        body: AdvancedOrdersCreateParams,
        options?: RequestOptions,
      ): APIPromise<AdvancedOrdersCreateResponse> => advancedOrdersCreate(config, body, options),
      /**
       * Update an advanced order `PATCH /advanced_orders/{advanced-order-id}/requirement_group`
       *
       * Updates an advanced order, typically to attach the requirement group it needs before numbers can be ordered; the body takes the same fields as creation. The path parameter is kebab-case on the wire (`advanced-order-id`), unlike `order_id` on the matching GET.
       *
       * @param advancedOrderId - ID of the advanced order to update.
       * @param body - What to source. Every field is optional and falls back to its default.
       * @see [Update an advanced order in the guide](./docs/numbers.md#advancedorders-updaterequirementgroup)
       * @example
       * ```ts
       * const result = await telnyx.advancedOrders.updateRequirementGroup("182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e", {
       *   requirement_group_id: "5e4d3c2b-1a09-4f8e-a7d6-c5b4a3928170",
       * });
       * console.log(result.id);
       * ```
       */
      updateRequirementGroup: (
        advancedOrderId: AdvancedOrdersUpdateRequirementGroupPathParams["advanced-order-id"],
        body: AdvancedOrdersUpdateRequirementGroupParams,
        options?: RequestOptions,
      ): APIPromise<AdvancedOrdersUpdateRequirementGroupResponse> =>
        advancedOrdersUpdateRequirementGroup(config, advancedOrderId, body, options),
      /**
       * Get an advanced order `GET /advanced_orders/{order_id}`
       *
       * Returns one advanced order as a flat object. Once it reaches `ordered`, `orders` lists the number orders that fulfilled it.
       *
       * @param orderId - ID of the advanced order.
       * @see [Get an advanced order in the guide](./docs/numbers.md#advancedorders-retrieve)
       * @example
       * ```ts
       * const advancedOrder = await telnyx.advancedOrders.retrieve("182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e");
       * console.log(advancedOrder.id);
       * ```
       */
      retrieve: (
        orderId: AdvancedOrdersRetrievePathParams["order_id"],
        options?: RequestOptions,
      ): APIPromise<AdvancedOrdersRetrieveResponse> => advancedOrdersRetrieve(config, orderId, options),
    },
    availablePhoneNumberBlocks: {
      /**
       * List available phone number blocks `GET /available_phone_number_blocks`
       *
       * Searches for contiguous ranges of numbers that can be bought as one block; each result gives the first number and the `range` size. Order a block you like with a number block order.
       *
       * @param query - The query parameters `filter`; each is described on its field.
       * @see [List available phone number blocks in the guide](./docs/numbers.md#availablephonenumberblocks-list)
       * @example
       * ```ts
       * const availablePhoneNumberBlocks = await telnyx.availablePhoneNumberBlocks.list({
       *   filter: {
       *     country_code: "US",
       *     national_destination_code: "312",
       *     phone_number_type: "local",
       *   },
       * });
       * console.log(availablePhoneNumberBlocks.data);
       * ```
       */
      list: (
        query?: AvailablePhoneNumberBlocksListQuery,
        options?: RequestOptions,
      ): APIPromise<AvailablePhoneNumberBlocksListResponse> =>
        availablePhoneNumberBlocksList(config, query, options),
    },
    comments: {
      /**
       * List comments `GET /comments`
       *
       * Returns the comments exchanged with Telnyx staff about one sub number order or requirement group, selected with `filter[comment_record_type]` and `filter[comment_record_id]`. The response carries page metadata, but the call takes no page parameter, so it is not paged.
       *
       * @param query - The query parameters `filter`; each is described on its field.
       * @see [List comments in the guide](./docs/numbers.md#comments-list)
       * @example
       * ```ts
       * const comments = await telnyx.comments.list({
       *   filter: {
       *     comment_record_type: "sub_number_order",
       *     comment_record_id: "3f8b2c6d-9e1a-4b7c-8d2e-5a6f7b8c9d01",
       *   },
       * });
       * console.log(comments.data);
       * ```
       */
      list: (query?: CommentsListQuery, options?: RequestOptions): APIPromise<CommentsListResponse> =>
        commentsList(config, query, options),
      /**
       * Create a comment `POST /comments`
       *
       * Adds a comment to a sub number order or requirement group, for example to answer a question from the Telnyx team that is holding up an order.
       *
       * @param body - A new comment. Server-assigned fields (`id`, `commenter`, `commenter_type`, timestamps) are not accepted.
       * @see [Create a comment in the guide](./docs/numbers.md#comments-create)
       * @example
       * ```ts
       * const comment = await telnyx.comments.create({
       *   body: "Uploaded the March utility bill to the requirement group.",
       *   comment_record_type: "sub_number_order",
       *   comment_record_id: "3f8b2c6d-9e1a-4b7c-8d2e-5a6f7b8c9d01",
       * });
       * console.log(comment.data);
       * ```
       */
      create: (body: CommentsCreateParams, options?: RequestOptions): APIPromise<CommentsCreateResponse> =>
        commentsCreate(config, body, options),
      /**
       * Retrieve a comment `GET /comments/{id}`
       *
       * Returns one comment, including who wrote it and whether it has been read.
       *
       * @param id - ID of the comment.
       * @see [Retrieve a comment in the guide](./docs/numbers.md#comments-retrieve)
       * @example
       * ```ts
       * const comment = await telnyx.comments.retrieve("d4e5f6a7-b8c9-4d0e-9f1a-2b3c4d5e6f70");
       * console.log(comment.data);
       * ```
       */
      retrieve: (
        id: CommentsRetrievePathParams["id"],
        options?: RequestOptions,
      ): APIPromise<CommentsRetrieveResponse> => commentsRetrieve(config, id, options),
      /**
       * Mark a comment as read `PATCH /comments/{id}/read`
       *
       * Sets `read_at` on a comment; the request has no body.
       *
       * @param id - ID of the comment.
       * @see [Mark a comment as read in the guide](./docs/numbers.md#comments-markasread)
       * @example
       * ```ts
       * const result = await telnyx.comments.markAsRead("d4e5f6a7-b8c9-4d0e-9f1a-2b3c4d5e6f70");
       * console.log(result.data);
       * ```
       */
      markAsRead: (
        id: CommentsMarkAsReadPathParams["id"],
        options?: RequestOptions,
      ): APIPromise<CommentsMarkAsReadResponse> => commentsMarkAsRead(config, id, options),
    },
    countryCoverage: {
      /**
       * Get country coverage `GET /country_coverage`
       *
       * Returns what Telnyx offers in every country it covers, keyed by country name. Each value has the same shape as the answer of `countryCoverage.retrieveCountry` (without its `data` wrapper). Use it to decide where numbers can be searched and ordered at all.
       *
       * @see [Get country coverage in the guide](./docs/numbers.md#countrycoverage-retrieve)
       * @example
       * ```ts
       * const countryCoverage = await telnyx.countryCoverage.retrieve();
       * console.log(countryCoverage.data);
       * ```
       */
      retrieve: (options?: RequestOptions): APIPromise<CountryCoverageRetrieveResponse> =>
        countryCoverageRetrieve(config, options),
      /**
       * Get coverage for a specific country `GET /country_coverage/countries/{country_code}`
       *
       * Returns the number types, features and ordering options Telnyx supports in one country, with a breakdown per number type. The `mobile`, `national` and `shared_cost` breakdowns are free-form objects, as Telnyx's published OpenAPI spec leaves them untyped.
       *
       * @param countryCode - ISO 3166-1 alpha-2 code of the country.
       * @see [Get coverage for a specific country in the guide](./docs/numbers.md#countrycoverage-retrievecountry)
       * @example
       * ```ts
       * const result = await telnyx.countryCoverage.retrieveCountry("US");
       * console.log(result.data);
       * ```
       */
      retrieveCountry: (
        countryCode: CountryCoverageRetrieveCountryPathParams["country_code"],
        options?: RequestOptions,
      ): APIPromise<CountryCoverageRetrieveCountryResponse> =>
        countryCoverageRetrieveCountry(config, countryCode, options),
    },
    customerServiceRecords: {
      /**
       * List customer service records `GET /customer_service_records`. Await for the first page; `for await` iterates every item of every page.
       *
       * Pages through the customer service record (CSR) requests of the account, optionally filtered by phone number, status or creation time and sorted by creation time.
       *
       * @param query - The query parameters `page`, `filter`, `sort`; each is described on its field.
       * @see [List customer service records in the guide](./docs/numbers.md#customerservicerecords-list)
       * @example
       * ```ts
       * const customerServiceRecords = await telnyx.customerServiceRecords.list({
       *   page: {
       *     number: 1,
       *     size: 20,
       *   },
       *   filter: {
       *     status: {
       *       eq: "completed",
       *     },
       *   },
       *   sort: {
       *     value: "-created_at",
       *   },
       * });
       * console.log(customerServiceRecords.data);
       * ```
       */
      list: (
        query?: CustomerServiceRecordsListQuery,
        options?: RequestOptions,
      ): PagePromise<CustomerServiceRecordsListResponse, CustomerServiceRecordsListItem> =>
        customerServiceRecordsList(config, query, options),
      /**
       * Create a customer service record `POST /customer_service_records`
       *
       * Requests the customer service record (account holder, address and associated numbers) of a +1 number from its current carrier. The request starts `pending` and the result arrives later on the record and at `webhook_url`; run the coverage check first and send the `additional_data` fields it says the carrier needs.
       *
       * @param body - The number to fetch a customer service record for, and carrier account details.
       * @see [Create a customer service record in the guide](./docs/numbers.md#customerservicerecords-create)
       * @example
       * ```ts
       * const customerServiceRecord = await telnyx.customerServiceRecords.create({
       *   phone_number: "+13125550001",
       *   webhook_url: "https://hooks.abcmobile.example.com/csr",
       *   additional_data: {
       *     name: "ABC Mobile Holdings LLC",
       *     authorized_person_name: "Ana Rivera",
       *     account_number: "551234987",
       *     pin: "4821",
       *     billing_phone_number: "+13125550001",
       *     address_line_1: "233 S Wacker Dr",
       *     city: "Chicago",
       *     state: "IL",
       *     zip_code: "60606",
       *   },
       * });
       * console.log(customerServiceRecord.data);
       * ```
       */
      create: (
        body: CustomerServiceRecordsCreateParams,
        options?: RequestOptions,
      ): APIPromise<CustomerServiceRecordsCreateResponse> =>
        customerServiceRecordsCreate(config, body, options),
      /**
       * Verify CSR phone number coverage `POST /customer_service_records/phone_number_coverages`
       *
       * Checks, for each listed +1 number, whether a customer service record can be requested and which `additional_data` fields the carrier will need. Nothing is created even though the response status is 201.
       *
       * @param body - Numbers to check.
       * @see [Verify CSR phone number coverage in the guide](./docs/numbers.md#customerservicerecords-verifyphonenumbercoverage)
       * @example
       * ```ts
       * const result = await telnyx.customerServiceRecords.verifyPhoneNumberCoverage({
       *   phone_numbers: ["+13125550001", "+13125550002"],
       * });
       * console.log(result.data);
       * ```
       */
      verifyPhoneNumberCoverage: (
        body: CustomerServiceRecordsVerifyPhoneNumberCoverageParams,
        options?: RequestOptions,
      ): APIPromise<CustomerServiceRecordsVerifyPhoneNumberCoverageResponse> =>
        customerServiceRecordsVerifyPhoneNumberCoverage(config, body, options),
      /**
       * Get a customer service record `GET /customer_service_records/{customer_service_record_id}`
       *
       * Returns one customer service record request; once `status` is `completed`, `result` holds the carrier's account, address and associated numbers. The success status of this read is 201, not 200, as Telnyx's published OpenAPI spec documents it.
       *
       * @param customerServiceRecordId - ID of the customer service record request.
       * @see [Get a customer service record in the guide](./docs/numbers.md#customerservicerecords-retrieve)
       * @example
       * ```ts
       * const customerServiceRecord = await telnyx.customerServiceRecords.retrieve("9a8b7c6d-5e4f-4a3b-8c2d-1e0f2a3b4c5d");
       * console.log(customerServiceRecord.data);
       * ```
       */
      retrieve: (
        customerServiceRecordId: CustomerServiceRecordsRetrievePathParams["customer_service_record_id"],
        options?: RequestOptions,
      ): APIPromise<CustomerServiceRecordsRetrieveResponse> =>
        customerServiceRecordsRetrieve(config, customerServiceRecordId, options),
    },
    inexplicitNumberOrders: {
      /**
       * List inexplicit number orders `GET /inexplicit_number_orders`. Await for the first page; `for await` iterates every item of every page.
       *
       * Pages through orders placed by criteria and count rather than by specific numbers. Unlike the other Numbers lists, paging uses plain `page_number` and `page_size` query parameters.
       *
       * @param query - The query parameters `page_number`, `page_size`; each is described on its field.
       * @see [List inexplicit number orders in the guide](./docs/numbers.md#inexplicitnumberorders-list)
       * @example
       * ```ts
       * const inexplicitNumberOrders = await telnyx.inexplicitNumberOrders.list({
       *   page_number: 1,
       *   page_size: 20,
       * });
       * console.log(inexplicitNumberOrders.data);
       * ```
       */
      list: (
        query?: InexplicitNumberOrdersListQuery,
        options?: RequestOptions,
      ): PagePromise<InexplicitNumberOrdersListResponse, InexplicitNumberOrdersListItem> =>
        inexplicitNumberOrdersList(config, query, options),
      /**
       * Create an inexplicit number order `POST /inexplicit_number_orders`
       *
       * Orders a count of US or Canadian numbers matching each ordering group's criteria, letting Telnyx pick the numbers; each group is filled in the background and reports its own status. `count_requested` is a string in the request but an integer in responses, as Telnyx defines it.
       *
       * @param body - An order by criteria, made of one or more ordering groups.
       * @see [Create an inexplicit number order in the guide](./docs/numbers.md#inexplicitnumberorders-create)
       * @example
       * ```ts
       * const inexplicitNumberOrder = await telnyx.inexplicitNumberOrders.create({
       *   customer_reference: "chicago-expansion",
       *   connection_id: "c4a1e2b3-7d8f-4a9b-b0c1-d2e3f4a5b6c7",
       *   messaging_profile_id: "40018a2f-6c3e-4b1d-8f2a-9e7c5d3b1a06",
       *   ordering_groups: [
       *     {
       *       country_iso: "US",
       *       phone_number_type: "local",
       *       count_requested: "3",
       *       administrative_area: "IL",
       *       national_destination_code: "312",
       *       phone_number: {
       *         starts_with: "312555",
       *       },
       *       features: ["sms", "voice"],
       *       exclude_held_numbers: true,
       *       strategy: "never",
       *     },
       *   ],
       * });
       * console.log(inexplicitNumberOrder.data);
       * ```
       */
      create: (
        body: InexplicitNumberOrdersCreateParams,
        options?: RequestOptions,
      ): APIPromise<InexplicitNumberOrdersCreateResponse> =>
        inexplicitNumberOrdersCreate(config, body, options),
      /**
       * Retrieve an inexplicit number order `GET /inexplicit_number_orders/{id}`
       *
       * Returns one inexplicit order with the progress of each ordering group and the number orders it produced.
       *
       * @param id - ID of the inexplicit number order.
       * @see [Retrieve an inexplicit number order in the guide](./docs/numbers.md#inexplicitnumberorders-retrieve)
       * @example
       * ```ts
       * const inexplicitNumberOrder = await telnyx.inexplicitNumberOrders.retrieve("6b5a4c3d-2e1f-4a0b-9c8d-7e6f5a4b3c2d");
       * console.log(inexplicitNumberOrder.data);
       * ```
       */
      retrieve: (
        id: InexplicitNumberOrdersRetrievePathParams["id"],
        options?: RequestOptions,
      ): APIPromise<InexplicitNumberOrdersRetrieveResponse> =>
        inexplicitNumberOrdersRetrieve(config, id, options),
    },
    inventoryCoverage: {
      /**
       * Get inventory coverage `GET /inventory_coverage`
       *
       * Counts the numbers (or blocks) in stock for a country and number type, grouped by locality, NPA or national destination code. Despite its operationId, it only reads and pages nothing.
       *
       * @param query - The query parameters `filter`; each is described on its field.
       * @see [Get inventory coverage in the guide](./docs/numbers.md#inventorycoverage-list)
       * @example
       * ```ts
       * const inventoryCoverages = await telnyx.inventoryCoverage.list({
       *   filter: {
       *     country_code: "US",
       *     phone_number_type: "local",
       *     groupBy: "npa",
       *     administrative_area: "IL",
       *     count: true,
       *   },
       * });
       * console.log(inventoryCoverages.data);
       * ```
       */
      list: (
        query?: InventoryCoverageListQuery,
        options?: RequestOptions,
      ): APIPromise<InventoryCoverageListResponse> => inventoryCoverageList(config, query, options),
    },
    mobileNetworkOperators: {
      /**
       * List mobile network operators `GET /mobile_network_operators`. Await for the first page; `for await` iterates every item of every page.
       *
       * Pages through the mobile network operators Telnyx knows, with their MCC, MNC and TADIG codes. `filter` and `page` are sent deepObject-style like every other Telnyx filter, although Telnyx's published OpenAPI spec declares them without `style` (which would mean plain form encoding); it also documents the 401 without a body.
       *
       * @param query - The query parameters `page`, `filter`; each is described on its field.
       * @see [List mobile network operators in the guide](./docs/numbers.md#mobilenetworkoperators-list)
       * @example
       * ```ts
       * const mobileNetworkOperators = await telnyx.mobileNetworkOperators.list({
       *   page: {
       *     number: 1,
       *     size: 20,
       *   },
       *   filter: {
       *     country_code: "US",
       *     name: {
       *       contains: "Mobile",
       *     },
       *   },
       * });
       * console.log(mobileNetworkOperators.data);
       * ```
       */
      list: (
        query?: MobileNetworkOperatorsListQuery,
        options?: RequestOptions,
      ): PagePromise<MobileNetworkOperatorsListResponse, MobileNetworkOperatorsListItem> =>
        mobileNetworkOperatorsList(config, query, options),
    },
    networkCoverage: {
      /**
       * List network coverage locations `GET /network_coverage`. Await for the first page; `for await` iterates every item of every page.
       *
       * Pages through Telnyx network locations (sites and points of presence) and the private networking services each offers. It takes two deepObject parameters: `filters` for the service and `filter` for the location, whose keys contain literal dots.
       *
       * @param query - The query parameters `page`, `filters`, `filter`; each is described on its field.
       * @see [List network coverage locations in the guide](./docs/numbers.md#networkcoverage-list)
       * @example
       * ```ts
       * const networkCoverages = await telnyx.networkCoverage.list({
       *   page: {
       *     number: 1,
       *     size: 20,
       *   },
       *   filters: {
       *     available_services: "cloud_vpn",
       *   },
       *   filter: {
       *     "location.region": "AMER",
       *   },
       * });
       * console.log(networkCoverages.data);
       * ```
       */
      list: (
        query?: NetworkCoverageListQuery,
        options?: RequestOptions,
      ): PagePromise<NetworkCoverageListResponse, NetworkCoverageListItem> =>
        networkCoverageList(config, query, options),
    },
    numberBlockOrders: {
      /**
       * List number block orders `GET /number_block_orders`. Await for the first page; `for await` iterates every item of every page.
       *
       * Pages through the account's number block orders, optionally filtered by status, creation time or the first number of the block.
       *
       * @param query - The query parameters `page`, `filter`; each is described on its field.
       * @see [List number block orders in the guide](./docs/numbers.md#numberblockorders-list)
       * @example
       * ```ts
       * const numberBlockOrders = await telnyx.numberBlockOrders.list({
       *   page: {
       *     number: 1,
       *     size: 20,
       *   },
       *   filter: {
       *     status: "success",
       *   },
       * });
       * console.log(numberBlockOrders.data);
       * ```
       */
      list: (
        query?: NumberBlockOrdersListQuery,
        options?: RequestOptions,
      ): PagePromise<NumberBlockOrdersListResponse, NumberBlockOrdersListItem> =>
        numberBlockOrdersList(config, query, options),
      /**
       * Create a number block order `POST /number_block_orders`
       *
       * Buys a contiguous block found with the available blocks search, given by its first number and its size. The order starts `pending` and is fulfilled in the background.
       *
       * @param body - The block to buy and where to attach it. Server-assigned fields (`id`, `status`, counts, timestamps) are not accepted.
       * @see [Create a number block order in the guide](./docs/numbers.md#numberblockorders-create)
       * @example
       * ```ts
       * const numberBlockOrder = await telnyx.numberBlockOrders.create({
       *   starting_number: "+13125550100",
       *   range: 10,
       *   connection_id: "c4a1e2b3-7d8f-4a9b-b0c1-d2e3f4a5b6c7",
       *   messaging_profile_id: "40018a2f-6c3e-4b1d-8f2a-9e7c5d3b1a06",
       *   customer_reference: "chicago-block",
       * });
       * console.log(numberBlockOrder.data);
       * ```
       */
      create: (
        body: NumberBlockOrdersCreateParams,
        options?: RequestOptions,
      ): APIPromise<NumberBlockOrdersCreateResponse> => numberBlockOrdersCreate(config, body, options),
      /**
       * Retrieve a number block order `GET /number_block_orders/{number_block_order_id}`
       *
       * Returns one number block order and its fulfilment status.
       *
       * @param numberBlockOrderId - ID of the number block order.
       * @see [Retrieve a number block order in the guide](./docs/numbers.md#numberblockorders-retrieve)
       * @example
       * ```ts
       * const numberBlockOrder = await telnyx.numberBlockOrders.retrieve("4e5f6a7b-8c9d-4e0f-a1b2-c3d4e5f6a7b8");
       * console.log(numberBlockOrder.data);
       * ```
       */
      retrieve: (
        numberBlockOrderId: NumberBlockOrdersRetrievePathParams["number_block_order_id"],
        options?: RequestOptions,
      ): APIPromise<NumberBlockOrdersRetrieveResponse> =>
        numberBlockOrdersRetrieve(config, numberBlockOrderId, options),
    },
    numberOrderPhoneNumbers: {
      /**
       * List phone numbers in number orders `GET /number_order_phone_numbers`
       *
       * Lists the individual phone numbers of the account's number orders with their status, requirement state and the deadline for meeting requirements. The response carries page metadata, but the call takes no page parameter, so it is not paged.
       *
       * @param query - The query parameters `filter`; each is described on its field.
       * @see [List phone numbers in number orders in the guide](./docs/numbers.md#numberorderphonenumbers-list)
       * @example
       * ```ts
       * const numberOrderPhoneNumbers = await telnyx.numberOrderPhoneNumbers.list({
       *   filter: {
       *     country_code: "US",
       *   },
       * });
       * console.log(numberOrderPhoneNumbers.data);
       * ```
       */
      list: (
        query?: NumberOrderPhoneNumbersListQuery,
        options?: RequestOptions,
      ): APIPromise<NumberOrderPhoneNumbersListResponse> =>
        numberOrderPhoneNumbersList(config, query, options),
      /**
       * Retrieve a phone number in a number order `GET /number_order_phone_numbers/{number_order_phone_number_id}`
       *
       * Returns one phone number of a number order with its status and regulatory requirements.
       *
       * @param numberOrderPhoneNumberId - ID of the phone number within its number order (not the phone number itself).
       * @see [Retrieve a phone number in a number order in the guide](./docs/numbers.md#numberorderphonenumbers-retrieve)
       * @example
       * ```ts
       * const numberOrderPhoneNumber = await telnyx.numberOrderPhoneNumbers.retrieve("c2d3e4f5-a6b7-4c8d-9e0f-1a2b3c4d5e6f");
       * console.log(numberOrderPhoneNumber.data);
       * ```
       */
      retrieve: (
        numberOrderPhoneNumberId: NumberOrderPhoneNumbersRetrievePathParams["number_order_phone_number_id"],
        options?: RequestOptions,
      ): APIPromise<NumberOrderPhoneNumbersRetrieveResponse> =>
        numberOrderPhoneNumbersRetrieve(config, numberOrderPhoneNumberId, options),
      /**
       * Update requirements for a phone number in a number order `PATCH /number_order_phone_numbers/{number_order_phone_number_id}`
       *
       * Supplies regulatory requirement values for a single number of an order, when only that number is blocked. Each entry names a `requirement_id` and its `field_value`.
       *
       * @param numberOrderPhoneNumberId - ID of the phone number within its number order (not the phone number itself).
       * @param body - Regulatory requirement values to store.
       * @see [Update requirements for a phone number in a number order in the guide](./docs/numbers.md#numberorderphonenumbers-updaterequirements)
       * @example
       * ```ts
       * const result = await telnyx.numberOrderPhoneNumbers.updateRequirements("c2d3e4f5-a6b7-4c8d-9e0f-1a2b3c4d5e6f", {
       *   regulatory_requirements: [
       *     {
       *       requirement_id: "8ffb3622-7c6b-4ccc-b65f-7a3dc0099576",
       *       field_value: "0f3c8a51-2d7e-4b96-a1c4-7e58d9b20f36",
       *     },
       *   ],
       * });
       * console.log(result.data);
       * ```
       */
      updateRequirements: (
        numberOrderPhoneNumberId:
          NumberOrderPhoneNumbersUpdateRequirementsPathParams["number_order_phone_number_id"],
        body: NumberOrderPhoneNumbersUpdateRequirementsParams,
        options?: RequestOptions,
      ): APIPromise<NumberOrderPhoneNumbersUpdateRequirementsResponse> =>
        numberOrderPhoneNumbersUpdateRequirements(config, numberOrderPhoneNumberId, body, options),
      /**
       * Attach a requirement group to an ordered number `POST /number_order_phone_numbers/{id}/requirement_group`
       *
       * Answers the regulatory requirements of one number in a number order with an existing requirement group, instead of supplying each value separately. Use it when the number's `requirements_met` is false; the response shows the number with its updated requirement state. The path parameter is `id` here, while the other per-number paths call it `number_order_phone_number_id`.
       *
       * @param id - ID of the phone number within its number order (not the phone number itself).
       * @param body - The requirement group to apply.
       * @see [Attach a requirement group to an ordered number in the guide](./docs/compliance.md#numberorderphonenumbers-updaterequirementgroup)
       * @example
       * ```ts
       * const result = await telnyx.numberOrderPhoneNumbers.updateRequirementGroup("c2d3e4f5-a6b7-4c8d-9e0f-1a2b3c4d5e6f", {
       *   requirement_group_id: "a4b201f9-8646-4e54-a7d2-b2e403eeaf8c",
       * });
       * console.log(result.data);
       * ```
       */
      updateRequirementGroup: (
        id: NumberOrderPhoneNumbersUpdateRequirementGroupPathParams["id"],
        body: NumberOrderPhoneNumbersUpdateRequirementGroupParams,
        options?: RequestOptions,
      ): APIPromise<NumberOrderPhoneNumbersUpdateRequirementGroupResponse> =>
        numberOrderPhoneNumbersUpdateRequirementGroup(config, id, body, options),
    },
    numbersFeatures: {
      /**
       * Retrieve the features for a list of numbers `POST /numbers_features`
       *
       * Looks up which features (SMS, voice and so on) each listed number supports. It only reads, although it is a POST and the SDK method is named `create`.
       *
       * @param body - Numbers to look up.
       * @see [Retrieve the features for a list of numbers in the guide](./docs/numbers.md#numbersfeatures-create)
       * @example
       * ```ts
       * const numbersFeature = await telnyx.numbersFeatures.create({
       *   phone_numbers: ["+13125550123", "+18005550101"],
       * });
       * console.log(numbersFeature.data);
       * ```
       */
      create: (
        body: NumbersFeaturesCreateParams,
        options?: RequestOptions,
      ): APIPromise<NumbersFeaturesCreateResponse> => numbersFeaturesCreate(config, body, options),
    },
    phoneNumberBlocks: {
      jobs: {
        /**
         * List phone number block jobs `GET /phone_number_blocks/jobs`. Await for the first page; `for await` iterates every item of every page.
         *
         * Pages through background jobs run on number blocks (currently only block deletion), optionally filtered by type and status and sorted by creation time.
         *
         * @param query - The query parameters `page`, `sort`, `filter`; each is described on its field.
         * @see [List phone number block jobs in the guide](./docs/numbers.md#phonenumberblocks-jobs-list)
         * @example
         * ```ts
         * const jobs = await telnyx.phoneNumberBlocks.jobs.list({
         *   page: {
         *     number: 1,
         *     size: 20,
         *   },
         *   sort: "created_at",
         *   filter: {
         *     type: "delete_phone_number_block",
         *     status: "completed",
         *   },
         * });
         * console.log(jobs.data);
         * ```
         */
        list: (
          query?: PhoneNumberBlocksJobsListQuery,
          options?: RequestOptions,
        ): PagePromise<PhoneNumberBlocksJobsListResponse, PhoneNumberBlocksJobsListItem> =>
          phoneNumberBlocksJobsList(config, query, options),
        /**
         * Delete all numbers of a phone number block `POST /phone_number_blocks/jobs/delete_phone_number_block`
         *
         * Starts a background job that releases every number of a block and answers 202 at once. Follow the job until `status` is `completed` or `failed`; numbers listed in `failed_operations` may need another run.
         *
         * @param body - The block whose numbers should be deleted.
         * @see [Delete all numbers of a phone number block in the guide](./docs/numbers.md#phonenumberblocks-jobs-deletephonenumberblock)
         * @example
         * ```ts
         * const result = await telnyx.phoneNumberBlocks.jobs.deletePhoneNumberBlock({
         *   phone_number_block_id: "1f2e3d4c-5b6a-4978-8a9b-0c1d2e3f4a5b",
         * });
         * console.log(result.data);
         * ```
         */
        deletePhoneNumberBlock: (
          body: PhoneNumberBlocksJobsDeletePhoneNumberBlockParams,
          options?: RequestOptions,
        ): APIPromise<PhoneNumberBlocksJobsDeletePhoneNumberBlockResponse> =>
          phoneNumberBlocksJobsDeletePhoneNumberBlock(config, body, options),
        /**
         * Retrieve a phone number block job `GET /phone_number_blocks/jobs/{id}`
         *
         * Returns one block job with the numbers it has handled so far and any per-number errors; `etc` is the estimated completion time.
         *
         * @param id - ID of the job.
         * @see [Retrieve a phone number block job in the guide](./docs/numbers.md#phonenumberblocks-jobs-retrieve)
         * @example
         * ```ts
         * const job = await telnyx.phoneNumberBlocks.jobs.retrieve("8c9d0e1f-2a3b-4c4d-9e5f-6a7b8c9d0e1f");
         * console.log(job.data);
         * ```
         */
        retrieve: (
          id: PhoneNumberBlocksJobsRetrievePathParams["id"],
          options?: RequestOptions,
        ): APIPromise<PhoneNumberBlocksJobsRetrieveResponse> =>
          phoneNumberBlocksJobsRetrieve(config, id, options),
      },
    },
    subNumberOrders: {
      /**
       * List sub number orders `GET /sub_number_orders`
       *
       * Lists sub number orders, the per-country and per-type slices a number order is split into, optionally filtered by parent order, country, type, status or size. The response carries page metadata, but the call takes no page parameter, so it is not paged.
       *
       * @param query - The query parameters `filter`; each is described on its field.
       * @see [List sub number orders in the guide](./docs/numbers.md#subnumberorders-list)
       * @example
       * ```ts
       * const subNumberOrders = await telnyx.subNumberOrders.list({
       *   filter: {
       *     order_request_id: "7d2a1f4e-3b6c-4e8a-9f10-2c5d8e7b6a41",
       *   },
       * });
       * console.log(subNumberOrders.data);
       * ```
       */
      list: (
        query?: SubNumberOrdersListQuery,
        options?: RequestOptions,
      ): APIPromise<SubNumberOrdersListResponse> => subNumberOrdersList(config, query, options),
      /**
       * Retrieve a sub number order `GET /sub_number_orders/{sub_number_order_id}`
       *
       * Returns one sub number order with its status and regulatory requirements. `filter[include_phone_numbers]` exists in Telnyx's published OpenAPI spec, but the documented response has no field for the numbers it would add.
       *
       * @param subNumberOrderId - ID of the sub number order, as listed in the parent order's `sub_number_orders_ids`.
       * @param query - The query parameters `filter`; each is described on its field.
       * @see [Retrieve a sub number order in the guide](./docs/numbers.md#subnumberorders-retrieve)
       * @example
       * ```ts
       * const subNumberOrder = await telnyx.subNumberOrders.retrieve("3f8b2c6d-9e1a-4b7c-8d2e-5a6f7b8c9d01", {
       *   filter: {
       *     include_phone_numbers: false,
       *   },
       * });
       * console.log(subNumberOrder.data);
       * ```
       */
      retrieve: (
        subNumberOrderId: SubNumberOrdersRetrievePathParams["sub_number_order_id"],
        query?: SubNumberOrdersRetrieveQuery,
        options?: RequestOptions,
      ): APIPromise<SubNumberOrdersRetrieveResponse> =>
        subNumberOrdersRetrieve(config, subNumberOrderId, query, options),
      /**
       * Update a sub number order's requirements `PATCH /sub_number_orders/{sub_number_order_id}`
       *
       * Supplies regulatory requirement values for every number of a sub-order at once. Each entry names a `requirement_id` and its `field_value`.
       *
       * @param subNumberOrderId - ID of the sub number order, as listed in the parent order's `sub_number_orders_ids`.
       * @param body - Regulatory requirement values to store.
       * @see [Update a sub number order's requirements in the guide](./docs/numbers.md#subnumberorders-update)
       * @example
       * ```ts
       * const subNumberOrder = await telnyx.subNumberOrders.update("3f8b2c6d-9e1a-4b7c-8d2e-5a6f7b8c9d01", {
       *   regulatory_requirements: [
       *     {
       *       requirement_id: "8ffb3622-7c6b-4ccc-b65f-7a3dc0099576",
       *       field_value: "0f3c8a51-2d7e-4b96-a1c4-7e58d9b20f36",
       *     },
       *   ],
       * });
       * console.log(subNumberOrder.data);
       * ```
       */
      update: (
        subNumberOrderId: SubNumberOrdersUpdatePathParams["sub_number_order_id"],
        body: SubNumberOrdersUpdateParams,
        options?: RequestOptions,
      ): APIPromise<SubNumberOrdersUpdateResponse> =>
        subNumberOrdersUpdate(config, subNumberOrderId, body, options),
      /**
       * Cancel a sub number order `PATCH /sub_number_orders/{sub_number_order_id}/cancel`
       *
       * Cancels a sub-order that has not been fulfilled yet, for example one stuck on requirements you cannot meet. Takes no request body; the documented status enum has no cancelled value.
       *
       * @param subNumberOrderId - ID of the sub number order, as listed in the parent order's `sub_number_orders_ids`.
       * @see [Cancel a sub number order in the guide](./docs/numbers.md#subnumberorders-cancel)
       * @example
       * ```ts
       * const result = await telnyx.subNumberOrders.cancel("3f8b2c6d-9e1a-4b7c-8d2e-5a6f7b8c9d01");
       * console.log(result.data);
       * ```
       */
      cancel: (
        subNumberOrderId: SubNumberOrdersCancelPathParams["sub_number_order_id"],
        options?: RequestOptions,
      ): APIPromise<SubNumberOrdersCancelResponse> =>
        subNumberOrdersCancel(config, subNumberOrderId, options),
      /**
       * Attach a requirement group to a sub number order `POST /sub_number_orders/{id}/requirement_group`
       *
       * Answers the regulatory requirements of every number in a sub number order with one existing requirement group. Use it when a sub-order is held because `requirements_met` is false. The path parameter is `id` here, while the other sub number order paths call it `sub_number_order_id`.
       *
       * @param id - ID of the sub number order.
       * @param body - The requirement group to apply.
       * @see [Attach a requirement group to a sub number order in the guide](./docs/compliance.md#subnumberorders-updaterequirementgroup)
       * @example
       * ```ts
       * const result = await telnyx.subNumberOrders.updateRequirementGroup("3f8b2c6d-9e1a-4b7c-8d2e-5a6f7b8c9d01", {
       *   requirement_group_id: "a4b201f9-8646-4e54-a7d2-b2e403eeaf8c",
       * });
       * console.log(result.data);
       * ```
       */
      updateRequirementGroup: (
        id: SubNumberOrdersUpdateRequirementGroupPathParams["id"],
        body: SubNumberOrdersUpdateRequirementGroupParams,
        options?: RequestOptions,
      ): APIPromise<SubNumberOrdersUpdateRequirementGroupResponse> =>
        subNumberOrdersUpdateRequirementGroup(config, id, body, options),
    },
    subNumberOrdersReport: {
      /**
       * Create a sub number orders report `POST /sub_number_orders_report`
       *
       * Starts building a CSV report of sub number orders matching the given filters and answers 202 straight away. The body is optional; poll the report until `status` is `success`, then download it.
       *
       * @param body - Filters selecting the sub-orders to include; all optional.
       * @see [Create a sub number orders report in the guide](./docs/numbers.md#subnumberordersreport-create)
       * @example
       * ```ts
       * const subNumberOrdersReport = await telnyx.subNumberOrdersReport.create({
       *   country_code: "US",
       *   status: "failure",
       *   created_at_gt: "2026-03-01T00:00:00Z",
       *   created_at_lt: "2026-04-01T00:00:00Z",
       * });
       * console.log(subNumberOrdersReport.data);
       * ```
       */
      create: (
        body?: SubNumberOrdersReportCreateParams,
        options?: RequestOptions,
      ): APIPromise<SubNumberOrdersReportCreateResponse> =>
        subNumberOrdersReportCreate(config, body, options),
      /**
       * Retrieve a sub number orders report `GET /sub_number_orders_report/{report_id}`
       *
       * Returns the state of a report request; download it once `status` is `success`, before it turns `expired`.
       *
       * @param reportId - ID of the report returned when it was requested.
       * @see [Retrieve a sub number orders report in the guide](./docs/numbers.md#subnumberordersreport-retrieve)
       * @example
       * ```ts
       * const subNumberOrdersReport = await telnyx.subNumberOrdersReport.retrieve("a1b2c3d4-e5f6-4789-9abc-def012345678");
       * console.log(subNumberOrdersReport.data);
       * ```
       */
      retrieve: (
        reportId: SubNumberOrdersReportRetrievePathParams["report_id"],
        options?: RequestOptions,
      ): APIPromise<SubNumberOrdersReportRetrieveResponse> =>
        subNumberOrdersReportRetrieve(config, reportId, options),
      /**
       * Download a sub number orders report `GET /sub_number_orders_report/{report_id}/download`
       *
       * Returns the finished report as CSV text. Call it only after the report's `status` is `success`.
       *
       * @param reportId - ID of the report returned when it was requested.
       * @see [Download a sub number orders report in the guide](./docs/numbers.md#subnumberordersreport-download)
       * @example
       * ```ts
       * const result = await telnyx.subNumberOrdersReport.download("a1b2c3d4-e5f6-4789-9abc-def012345678");
       * console.log(result.name, result.type, result.size);
       * ```
       */
      download: (
        reportId: SubNumberOrdersReportDownloadPathParams["report_id"],
        options?: RequestOptions,
      ): APIPromise<SubNumberOrdersReportDownloadResponse> =>
        subNumberOrdersReportDownload(config, reportId, options),
    },
    bundlePricing: {
      billingBundles: {
        /**
         * List billing bundles `GET /bundle_pricing/billing_bundles`. Await for the first page; `for await` iterates every item of every page.
         *
         * Pages through the billing bundles this account may buy, optionally narrowed by country or resource. Use it to pick the `billing_bundle_id` for a bulk user bundle purchase.
         *
         * @param query - The query parameters `filter`, `page`; each is described on its field.
         * @see [List billing bundles in the guide](./docs/compliance.md#bundlepricing-billingbundles-list)
         * @example
         * ```ts
         * const billingBundles = await telnyx.bundlePricing.billingBundles.list({
         *   filter: {
         *     country_iso: ["DE"],
         *   },
         *   page: {
         *     number: 1,
         *     size: 20,
         *   },
         * });
         * console.log(billingBundles.data);
         * ```
         */
        list: (
          query?: BundlePricingBillingBundlesListQuery,
          options?: RequestOptions,
        ): PagePromise<BundlePricingBillingBundlesListResponse, BundlePricingBillingBundlesListItem> =>
          bundlePricingBillingBundlesList(config, query, options),
        /**
         * Get a billing bundle `GET /bundle_pricing/billing_bundles/{bundle_id}`
         *
         * Returns one billing bundle with the limits it grants per service, country and direction. Unlike the list entries, the detail carries no price, currency or specs.
         *
         * @param bundleId - ID of the billing bundle.
         * @see [Get a billing bundle in the guide](./docs/compliance.md#bundlepricing-billingbundles-retrieve)
         * @example
         * ```ts
         * const billingBundle = await telnyx.bundlePricing.billingBundles.retrieve("8661948c-a386-4385-837f-af00f40f111a");
         * console.log(billingBundle.data);
         * ```
         */
        retrieve: (
          bundleId: BundlePricingBillingBundlesRetrievePathParams["bundle_id"],
          options?: RequestOptions,
        ): APIPromise<BundlePricingBillingBundlesRetrieveResponse> =>
          bundlePricingBillingBundlesRetrieve(config, bundleId, options),
      },
      userBundles: {
        /**
         * List user bundles `GET /bundle_pricing/user_bundles`. Await for the first page; `for await` iterates every item of every page.
         *
         * Pages through the bundles this account has bought, each with the billing bundle it instantiates and the resources (such as phone numbers) assigned to it.
         *
         * @param query - The query parameters `filter`, `page`; each is described on its field.
         * @see [List user bundles in the guide](./docs/compliance.md#bundlepricing-userbundles-list)
         * @example
         * ```ts
         * const userBundles = await telnyx.bundlePricing.userBundles.list({
         *   filter: {
         *     country_iso: ["DE"],
         *   },
         *   page: {
         *     number: 1,
         *     size: 20,
         *   },
         * });
         * console.log(userBundles.data);
         * ```
         */
        list: (
          query?: BundlePricingUserBundlesListQuery,
          options?: RequestOptions,
        ): PagePromise<BundlePricingUserBundlesListResponse, BundlePricingUserBundlesListItem> =>
          bundlePricingUserBundlesList(config, query, options),
        /**
         * Buy user bundles `POST /bundle_pricing/user_bundles/bulk`
         *
         * Buys one or more billing bundles in the given quantities and answers 201 with the new user bundles. A body is required but none of its fields is; send at least an empty object.
         *
         * @param body - Bundles to buy in one request.
         * @see [Buy user bundles in the guide](./docs/compliance.md#bundlepricing-userbundles-create)
         * @example
         * ```ts
         * const userBundle = await telnyx.bundlePricing.userBundles.create({
         *   idempotency_key: "12ade33a-21c0-473b-b055-b3c836e1c292",
         *   items: [
         *     {
         *       billing_bundle_id: "8661948c-a386-4385-837f-af00f40f111a",
         *       quantity: 2,
         *     },
         *   ],
         * });
         * console.log(userBundle.data);
         * ```
         */
        create: (
          body: BundlePricingUserBundlesCreateParams,
          options?: RequestOptions,
        ): APIPromise<BundlePricingUserBundlesCreateResponse> =>
          bundlePricingUserBundlesCreate(config, body, options),
        /**
         * List unused user bundles `GET /bundle_pricing/user_bundles/unused`
         *
         * Lists the bought bundles that no resource uses yet, grouped by billing bundle with the IDs of the matching user bundles. The result is not paged.
         *
         * @param query - The query parameters `filter`; each is described on its field.
         * @see [List unused user bundles in the guide](./docs/compliance.md#bundlepricing-userbundles-listunused)
         * @example
         * ```ts
         * const result = await telnyx.bundlePricing.userBundles.listUnused({
         *   filter: {
         *     country_iso: ["DE"],
         *   },
         * });
         * console.log(result.data);
         * ```
         */
        listUnused: (
          query?: BundlePricingUserBundlesListUnusedQuery,
          options?: RequestOptions,
        ): APIPromise<BundlePricingUserBundlesListUnusedResponse> =>
          bundlePricingUserBundlesListUnused(config, query, options),
        /**
         * Get a user bundle `GET /bundle_pricing/user_bundles/{user_bundle_id}`
         *
         * Returns one bought bundle with its billing bundle and assigned resources.
         *
         * @param userBundleId - ID of the user bundle.
         * @see [Get a user bundle in the guide](./docs/compliance.md#bundlepricing-userbundles-retrieve)
         * @example
         * ```ts
         * const userBundle = await telnyx.bundlePricing.userBundles.retrieve("ca1d2263-d1f1-43ac-ba53-248e7a4bb26a");
         * console.log(userBundle.data);
         * ```
         */
        retrieve: (
          userBundleId: BundlePricingUserBundlesRetrievePathParams["user_bundle_id"],
          options?: RequestOptions,
        ): APIPromise<BundlePricingUserBundlesRetrieveResponse> =>
          bundlePricingUserBundlesRetrieve(config, userBundleId, options),
        /**
         * Deactivate a user bundle `DELETE /bundle_pricing/user_bundles/{user_bundle_id}`
         *
         * Deactivates a bought bundle and returns its record, in which `active` reports whether the bundle is still active.
         *
         * @param userBundleId - ID of the user bundle.
         * @see [Deactivate a user bundle in the guide](./docs/compliance.md#bundlepricing-userbundles-deactivate)
         * @example
         * ```ts
         * const result = await telnyx.bundlePricing.userBundles.deactivate("ca1d2263-d1f1-43ac-ba53-248e7a4bb26a");
         * console.log(result.data);
         * ```
         */
        deactivate: (
          userBundleId: BundlePricingUserBundlesDeactivatePathParams["user_bundle_id"],
          options?: RequestOptions,
        ): APIPromise<BundlePricingUserBundlesDeactivateResponse> =>
          bundlePricingUserBundlesDeactivate(config, userBundleId, options),
        /**
         * List the resources of a user bundle `GET /bundle_pricing/user_bundles/{user_bundle_id}/resources`
         *
         * Lists the resources, such as phone numbers, that use a bought bundle. The result is not paged.
         *
         * @param userBundleId - ID of the user bundle.
         * @see [List the resources of a user bundle in the guide](./docs/compliance.md#bundlepricing-userbundles-listresources)
         * @example
         * ```ts
         * const result = await telnyx.bundlePricing.userBundles.listResources("ca1d2263-d1f1-43ac-ba53-248e7a4bb26a");
         * console.log(result.data);
         * ```
         */
        listResources: (
          userBundleId: BundlePricingUserBundlesListResourcesPathParams["user_bundle_id"],
          options?: RequestOptions,
        ): APIPromise<BundlePricingUserBundlesListResourcesResponse> =>
          bundlePricingUserBundlesListResources(config, userBundleId, options),
      },
    },
    documentLinks: {
      /**
       * List document links `GET /document_links`. Await for the first page; `for await` iterates every item of every page.
       *
       * Pages through the links between documents and the records that use them, newest first. Filter by the linked record to see which documents it uses; a linked document cannot be deleted until the link is gone.
       *
       * @param query - The query parameters `filter`, `page`; each is described on its field.
       * @see [List document links in the guide](./docs/compliance.md#documentlinks-list)
       * @example
       * ```ts
       * const documentLinks = await telnyx.documentLinks.list({
       *   filter: {
       *     linked_resource_id: "a4b201f9-8646-4e54-a7d2-b2e403eeaf8c",
       *   },
       *   page: {
       *     number: 1,
       *     size: 20,
       *   },
       * });
       * console.log(documentLinks.data);
       * ```
       */
      list: (
        query?: DocumentLinksListQuery,
        options?: RequestOptions,
      ): PagePromise<DocumentLinksListResponse, DocumentLinksListItem> =>
        documentLinksList(config, query, options),
    },
    documents: {
      /**
       * List documents `GET /documents`. Await for the first page; `for await` iterates every item of every page.
       *
       * Pages through the uploaded documents, newest first, optionally filtered by creation time, customer reference or file name. Documents that were never linked disappear 30 minutes after upload.
       *
       * @param query - The query parameters `filter`, `sort`, `page`; each is described on its field.
       * @see [List documents in the guide](./docs/compliance.md#documents-list)
       * @example
       * ```ts
       * const documents = await telnyx.documents.list({
       *   filter: {
       *     created_at: {
       *       gt: "2026-03-01T00:00:00Z",
       *     },
       *     filename: {
       *       contains: "passport",
       *     },
       *   },
       *   sort: ["-created_at"],
       *   page: {
       *     number: 1,
       *     size: 20,
       *   },
       * });
       * console.log(documents.data);
       * ```
       */
      list: (
        query?: DocumentsListQuery,
        options?: RequestOptions,
      ): PagePromise<DocumentsListResponse, DocumentsListItem> => documentsList(config, query, options),
      /**
       * Upload a document `POST /documents`
       *
       * Stores a document as evidence for a regulatory requirement: send JSON with the content base64-encoded in `file` (and a `filename`) or a `url` to fetch it from, or send `multipart/form-data` with a binary `file`. Use the document within 30 minutes (for example as a requirement group value) or it is deleted automatically. The body has no `document` wrapper: its fields sit at the top level.
       *
       * @param body - A document sent as JSON. Give the content either inline in `file` or by `url`; no single field is required.
       * @see [Upload a document in the guide](./docs/compliance.md#documents-uploadjson)
       * @example
       * ```ts
       * const result = await telnyx.documents.uploadJson({
       *   file: "JVBERi0xLjcKMSAwIG9iaiA8PCAvVHlwZSAvQ2F0YWxvZyA+PiBlbmRvYmoKJSVFT0Y=",
       *   filename: "passport-scan.pdf",
       *   customer_reference: "berlin-office",
       * });
       * console.log(result.data);
       * ```
       */
      uploadJson: (
        body: DocumentsUploadJsonParams,
        options?: RequestOptions,
      ): APIPromise<DocumentsUploadJsonResponse> => documentsUploadJson(config, body, options),
      /**
       * Get a document `GET /documents/{id}`
       *
       * Returns one document's metadata, including its review `status` and `av_scan_status`. Use `documents.download` for the content itself.
       *
       * @param id - ID of the document, as returned on upload.
       * @see [Get a document in the guide](./docs/compliance.md#documents-retrieve)
       * @example
       * ```ts
       * const document = await telnyx.documents.retrieve("6a09cdc3-8948-47f0-aa62-74ac943d6c58");
       * console.log(document.data);
       * ```
       */
      retrieve: (
        id: DocumentsRetrievePathParams["id"],
        options?: RequestOptions,
      ): APIPromise<DocumentsRetrieveResponse> => documentsRetrieve(config, id, options),
      /**
       * Update a document `PATCH /documents/{id}`
       *
       * Changes a document's file name or customer reference. Every other document field is read-only, so only `filename` and `customer_reference` are accepted.
       *
       * @param id - ID of the document, as returned on upload.
       * @param body - The document fields that can be changed.
       * @see [Update a document in the guide](./docs/compliance.md#documents-update)
       * @example
       * ```ts
       * const document = await telnyx.documents.update("6a09cdc3-8948-47f0-aa62-74ac943d6c58", {
       *   customer_reference: "berlin-office-2026",
       * });
       * console.log(document.data);
       * ```
       */
      update: (
        id: DocumentsUpdatePathParams["id"],
        body: DocumentsUpdateParams,
        options?: RequestOptions,
      ): APIPromise<DocumentsUpdateResponse> => documentsUpdate(config, id, body, options),
      /**
       * Delete a document `DELETE /documents/{id}`
       *
       * Deletes a document and returns its last state. Only documents that are not linked to anything can be deleted; remove the link first (see `documentLinks.list`). Telnyx does not say which error status a refusal uses.
       *
       * @param id - ID of the document, as returned on upload.
       * @see [Delete a document in the guide](./docs/compliance.md#documents-delete)
       * @example
       * ```ts
       * const result = await telnyx.documents.delete("6a09cdc3-8948-47f0-aa62-74ac943d6c58");
       * console.log(result.data);
       * ```
       */
      delete: (
        id: DocumentsDeletePathParams["id"],
        options?: RequestOptions,
      ): APIPromise<DocumentsDeleteResponse> => documentsDelete(config, id, options),
      /**
       * Download a document `GET /documents/{id}/download`
       *
       * Returns the stored file itself, in whatever format it was uploaded. To hand the file to someone without your API key, use `documents.generateDownloadLink` instead.
       *
       * @param id - ID of the document, as returned on upload.
       * @see [Download a document in the guide](./docs/compliance.md#documents-download)
       * @example
       * ```ts
       * const result = await telnyx.documents.download("6a09cdc3-8948-47f0-aa62-74ac943d6c58");
       * console.log(result.name, result.type, result.size);
       * ```
       */
      download: (
        id: DocumentsDownloadPathParams["id"],
        options?: RequestOptions,
      ): APIPromise<DocumentsDownloadResponse> => documentsDownload(config, id, options),
      /**
       * Get a temporary download link `GET /documents/{id}/download_link`
       *
       * Creates a short-lived, pre-signed URL from which the document can be fetched directly from storage without authentication, for example by a browser. Its 404 carries a single error object rather than the usual `errors` list.
       *
       * @param id - ID of the document, as returned on upload.
       * @see [Get a temporary download link in the guide](./docs/compliance.md#documents-generatedownloadlink)
       * @example
       * ```ts
       * const result = await telnyx.documents.generateDownloadLink("6a09cdc3-8948-47f0-aa62-74ac943d6c58");
       * console.log(result.data);
       * ```
       */
      generateDownloadLink: (
        id: DocumentsGenerateDownloadLinkPathParams["id"],
        options?: RequestOptions,
      ): APIPromise<DocumentsGenerateDownloadLinkResponse> =>
        documentsGenerateDownloadLink(config, id, options),
    },
    phoneNumbersRegulatoryRequirements: {
      /**
       * Get the regulatory requirements of phone numbers `GET /phone_numbers_regulatory_requirements`
       *
       * Tells which regulatory requirements apply to a given phone number, with the region it belongs to. The response carries paging `meta`, but the call takes no page parameter, so it is not paged.
       *
       * @param query - The query parameters `filter`; each is described on its field.
       * @see [Get the regulatory requirements of phone numbers in the guide](./docs/compliance.md#phonenumbersregulatoryrequirements-retrieve)
       * @example
       * ```ts
       * const phoneNumbersRegulatoryRequirement = await telnyx.phoneNumbersRegulatoryRequirements.retrieve({
       *   filter: {
       *     phone_number: "+493040001234",
       *   },
       * });
       * console.log(phoneNumbersRegulatoryRequirement.data);
       * ```
       */
      retrieve: (
        query?: PhoneNumbersRegulatoryRequirementsRetrieveQuery,
        options?: RequestOptions,
      ): APIPromise<PhoneNumbersRegulatoryRequirementsRetrieveResponse> =>
        phoneNumbersRegulatoryRequirementsRetrieve(config, query, options),
    },
    regulatoryRequirements: {
      /**
       * Get regulatory requirements `GET /regulatory_requirements`
       *
       * Lists the requirements that apply to a country, number type and action, or to a given number or requirement group. Call it first to learn which `requirement_id` values a requirement group needs and what each accepts. The result is not paged.
       *
       * @param query - The query parameters `filter`; each is described on its field.
       * @see [Get regulatory requirements in the guide](./docs/compliance.md#regulatoryrequirements-retrieve)
       * @example
       * ```ts
       * const regulatoryRequirement = await telnyx.regulatoryRequirements.retrieve({
       *   filter: {
       *     country_code: "DE",
       *     phone_number_type: "local",
       *     action: "ordering",
       *   },
       * });
       * console.log(regulatoryRequirement.data);
       * ```
       */
      retrieve: (
        query?: RegulatoryRequirementsRetrieveQuery,
        options?: RequestOptions,
      ): APIPromise<RegulatoryRequirementsRetrieveResponse> =>
        regulatoryRequirementsRetrieve(config, query, options),
    },
    requirementGroups: {
      /**
       * List requirement groups `GET /requirement_groups`
       *
       * Lists the account's requirement groups, optionally filtered by country, number type, action, status or customer reference. The answer is a plain JSON array, neither wrapped in `data` nor paged.
       *
       * @param query - The query parameters `filter`; each is described on its field.
       * @see [List requirement groups in the guide](./docs/compliance.md#requirementgroups-list)
       * @example
       * ```ts
       * const requirementGroups = await telnyx.requirementGroups.list({
       *   filter: {
       *     country_code: "DE",
       *     status: "approved",
       *   },
       * });
       * console.log(requirementGroups.length);
       * ```
       */
      list: (
        query?: RequirementGroupsListQuery,
        options?: RequestOptions,
      ): APIPromise<RequirementGroupsListResponse> => requirementGroupsList(config, query, options),
      /**
       * Create a requirement group `POST /requirement_groups`
       *
       * Creates a reusable set of requirement values for one country, number type and action. The group starts `unapproved`; add any missing values with `requirementGroups.update`, then send it for review with `requirementGroups.submitForApproval`. The group is returned as a flat object, not wrapped in `data`.
       *
       * @param body - A new requirement group.
       * @see [Create a requirement group in the guide](./docs/compliance.md#requirementgroups-create)
       * @example
       * ```ts
       * const requirementGroup = await telnyx.requirementGroups.create({
       *   action: "ordering",
       *   country_code: "DE",
       *   phone_number_type: "local",
       *   customer_reference: "berlin-office",
       *   regulatory_requirements: [
       *     {
       *       requirement_id: "8ffb3622-7c6b-4ccc-b65f-7a3dc0099576",
       *       field_value: "0a8e4f2c-6b1d-4c3e-9f7a-5d2b8e1c4a60",
       *     },
       *     {
       *       requirement_id: "53970723-fbff-4f46-a975-f62be6c1a585",
       *       field_value: "6a09cdc3-8948-47f0-aa62-74ac943d6c58",
       *     },
       *   ],
       * });
       * console.log(requirementGroup.id);
       * ```
       */
      create: (
        body: RequirementGroupsCreateParams,
        options?: RequestOptions,
      ): APIPromise<RequirementGroupsCreateResponse> => requirementGroupsCreate(config, body, options),
      /**
       * Get a requirement group `GET /requirement_groups/{id}`
       *
       * Returns one requirement group with its values and their review state. Poll it after submission until `status` is `approved` or `declined`.
       *
       * @param id - ID of the requirement group. The examples are UUIDs, but no format is enforced.
       * @see [Get a requirement group in the guide](./docs/compliance.md#requirementgroups-retrieve)
       * @example
       * ```ts
       * const requirementGroup = await telnyx.requirementGroups.retrieve("a4b201f9-8646-4e54-a7d2-b2e403eeaf8c");
       * console.log(requirementGroup.id);
       * ```
       */
      retrieve: (
        id: RequirementGroupsRetrievePathParams["id"],
        options?: RequestOptions,
      ): APIPromise<RequirementGroupsRetrieveResponse> => requirementGroupsRetrieve(config, id, options),
      /**
       * Update requirement values `PATCH /requirement_groups/{id}`
       *
       * Sets or replaces values of a requirement group, or its customer reference. Use it to complete a group before submitting it, or to correct values after a `declined` review.
       *
       * @param id - ID of the requirement group. The examples are UUIDs, but no format is enforced.
       * @param body - Changes to a requirement group.
       * @see [Update requirement values in the guide](./docs/compliance.md#requirementgroups-update)
       * @example
       * ```ts
       * const requirementGroup = await telnyx.requirementGroups.update("a4b201f9-8646-4e54-a7d2-b2e403eeaf8c", {
       *   regulatory_requirements: [
       *     {
       *       requirement_id: "c9fa2d3b-6c3a-4d0a-9b5e-8f1d2e3a4b5c",
       *       field_value: "Musterfirma GmbH",
       *     },
       *   ],
       * });
       * console.log(requirementGroup.id);
       * ```
       */
      update: (
        id: RequirementGroupsUpdatePathParams["id"],
        body: RequirementGroupsUpdateParams,
        options?: RequestOptions,
      ): APIPromise<RequirementGroupsUpdateResponse> => requirementGroupsUpdate(config, id, body, options),
      /**
       * Delete a requirement group `DELETE /requirement_groups/{id}`
       *
       * Deletes a requirement group and returns its last state as a flat object.
       *
       * @param id - ID of the requirement group. The examples are UUIDs, but no format is enforced.
       * @see [Delete a requirement group in the guide](./docs/compliance.md#requirementgroups-delete)
       * @example
       * ```ts
       * const result = await telnyx.requirementGroups.delete("a4b201f9-8646-4e54-a7d2-b2e403eeaf8c");
       * console.log(result.id);
       * ```
       */
      delete: (
        id: RequirementGroupsDeletePathParams["id"],
        options?: RequestOptions,
      ): APIPromise<RequirementGroupsDeleteResponse> => requirementGroupsDelete(config, id, options),
      /**
       * Submit a requirement group for approval `POST /requirement_groups/{id}/submit_for_approval`
       *
       * Sends a completed requirement group to Telnyx for review. The group moves from `unapproved` to `pending-approval` and later to `approved` or `declined`; follow it with `requirementGroups.retrieve`.
       *
       * @param id - ID of the requirement group. The examples are UUIDs, but no format is enforced.
       * @see [Submit a requirement group for approval in the guide](./docs/compliance.md#requirementgroups-submitforapproval)
       * @example
       * ```ts
       * const result = await telnyx.requirementGroups.submitForApproval("a4b201f9-8646-4e54-a7d2-b2e403eeaf8c");
       * console.log(result.id);
       * ```
       */
      submitForApproval: (
        id: RequirementGroupsSubmitForApprovalPathParams["id"],
        options?: RequestOptions,
      ): APIPromise<RequirementGroupsSubmitForApprovalResponse> =>
        requirementGroupsSubmitForApproval(config, id, options),
    },
    requirementTypes: {
      /**
       * List requirement types `GET /requirement_types`
       *
       * Lists the kinds of evidence requirements can ask for (a document, an address or text), newest first, each with its acceptance criteria. The response carries paging `meta`, but the call takes no page parameter, so it is not paged.
       *
       * @param query - The query parameters `filter`, `sort`; each is described on its field.
       * @see [List requirement types in the guide](./docs/compliance.md#requirementtypes-list)
       * @example
       * ```ts
       * const requirementTypes = await telnyx.requirementTypes.list({
       *   filter: {
       *     name: {
       *       contains: "address",
       *     },
       *   },
       *   sort: ["name"],
       * });
       * console.log(requirementTypes.data);
       * ```
       */
      list: (
        query?: RequirementTypesListQuery,
        options?: RequestOptions,
      ): APIPromise<RequirementTypesListResponse> => requirementTypesList(config, query, options),
      /**
       * Get a requirement type `GET /requirement_types/{id}`
       *
       * Returns one requirement type with its acceptance criteria.
       *
       * @param id - ID of the requirement type.
       * @see [Get a requirement type in the guide](./docs/compliance.md#requirementtypes-retrieve)
       * @example
       * ```ts
       * const requirementType = await telnyx.requirementTypes.retrieve("a38c217a-8019-48f8-bff6-0fdd9939075b");
       * console.log(requirementType.data);
       * ```
       */
      retrieve: (
        id: RequirementTypesRetrievePathParams["id"],
        options?: RequestOptions,
      ): APIPromise<RequirementTypesRetrieveResponse> => requirementTypesRetrieve(config, id, options),
    },
    requirements: {
      /**
       * List requirements `GET /requirements`. Await for the first page; `for await` iterates every item of every page.
       *
       * Pages through the requirement definitions per country, number type and action, each with the requirement types it asks for, in `requirement_types` (not `requirements_types`).
       *
       * @param query - The query parameters `filter`, `sort`, `page`, `version`; each is described on its field.
       * @see [List requirements in the guide](./docs/compliance.md#requirements-list)
       * @example
       * ```ts
       * const requirements = await telnyx.requirements.list({
       *   filter: {
       *     country_code: "DE",
       *     phone_number_type: "local",
       *     action: "ordering",
       *   },
       *   sort: ["country_code"],
       *   page: {
       *     number: 1,
       *     size: 20,
       *   },
       * });
       * console.log(requirements.data);
       * ```
       */
      list: (
        query?: RequirementsListQuery,
        options?: RequestOptions,
      ): PagePromise<RequirementsListResponse, RequirementsListItem> =>
        requirementsList(config, query, options),
      /**
       * Get a requirement `GET /requirements/{id}`
       *
       * Returns one requirement definition with the requirement types it asks for, optionally in a given version.
       *
       * @param id - ID of the requirement.
       * @param query - The query parameters `version`; each is described on its field.
       * @see [Get a requirement in the guide](./docs/compliance.md#requirements-retrieve)
       * @example
       * ```ts
       * const requirement = await telnyx.requirements.retrieve("a9dad8d5-fdbd-49d7-aa23-39bb08a5ebaa");
       * console.log(requirement.data);
       * ```
       */
      retrieve: (
        id: RequirementsRetrievePathParams["id"],
        query?: RequirementsRetrieveQuery,
        options?: RequestOptions,
      ): APIPromise<RequirementsRetrieveResponse> => requirementsRetrieve(config, id, query, options),
    },
    userAddresses: {
      /**
       * List user addresses `GET /user_addresses`. Await for the first page; `for await` iterates every item of every page.
       *
       * Pages through the addresses saved for this account, optionally filtered by customer reference or street. Errors are assumed to carry the standard `errors` list, as Telnyx's published OpenAPI spec declares them without a body.
       *
       * @param query - The query parameters `page`, `filter`, `sort`; each is described on its field.
       * @see [List user addresses in the guide](./docs/compliance.md#useraddresses-list)
       * @example
       * ```ts
       * const userAddresses = await telnyx.userAddresses.list({
       *   page: {
       *     number: 1,
       *     size: 20,
       *   },
       *   filter: {
       *     street_address: {
       *       contains: "Friedrichstraße",
       *     },
       *   },
       *   sort: "business_name",
       * });
       * console.log(userAddresses.data);
       * ```
       */
      list: (
        query?: UserAddressesListQuery,
        options?: RequestOptions,
      ): PagePromise<UserAddressesListResponse, UserAddressesListItem> =>
        userAddressesList(config, query, options),
      /**
       * Create a user address `POST /user_addresses`
       *
       * Saves an end user's address so it can be used as the value of an address requirement. Telnyx verifies the address unless `skip_address_verification` is true. The 422 is assumed to carry the standard `errors` list, as Telnyx's published OpenAPI spec declares it without a body.
       *
       * @param body - A new user address.
       * @see [Create a user address in the guide](./docs/compliance.md#useraddresses-create)
       * @example
       * ```ts
       * const userAddresse = await telnyx.userAddresses.create({
       *   first_name: "Lena",
       *   last_name: "Schmidt",
       *   business_name: "Musterfirma GmbH",
       *   street_address: "Friedrichstraße 68",
       *   extended_address: "3. OG",
       *   locality: "Berlin",
       *   administrative_area: "Berlin",
       *   postal_code: "10117",
       *   country_code: "DE",
       *   phone_number: "+493040001234",
       *   customer_reference: "berlin-office",
       * });
       * console.log(userAddresse.data);
       * ```
       */
      create: (
        body: UserAddressesCreateParams,
        options?: RequestOptions,
      ): APIPromise<UserAddressesCreateResponse> => userAddressesCreate(config, body, options),
      /**
       * Get a user address `GET /user_addresses/{id}`
       *
       * Returns one saved address. Errors are assumed to carry the standard `errors` list, as Telnyx's published OpenAPI spec declares them without a body.
       *
       * @param id - ID of the user address. The records carry UUIDs, but no format is enforced on this parameter.
       * @see [Get a user address in the guide](./docs/compliance.md#useraddresses-retrieve)
       * @example
       * ```ts
       * const userAddresse = await telnyx.userAddresses.retrieve("0a8e4f2c-6b1d-4c3e-9f7a-5d2b8e1c4a60");
       * console.log(userAddresse.data);
       * ```
       */
      retrieve: (
        id: UserAddressesRetrievePathParams["id"],
        options?: RequestOptions,
      ): APIPromise<UserAddressesRetrieveResponse> => userAddressesRetrieve(config, id, options),
    },
    verifiedNumbers: {
      /**
       * List verified numbers `GET /verified_numbers`. Await for the first page; `for await` iterates every item of every page.
       *
       * Pages through the phone numbers this account has proven it controls, with the time each was verified. Note the default page size of 25 here, unlike the 20 of other lists.
       *
       * @param query - The query parameters `page`; each is described on its field.
       * @see [List verified numbers in the guide](./docs/compliance.md#verifiednumbers-list)
       * @example
       * ```ts
       * const verifiedNumbers = await telnyx.verifiedNumbers.list({
       *   page: {
       *     number: 1,
       *     size: 25,
       *   },
       * });
       * console.log(verifiedNumbers.data);
       * ```
       */
      list: (
        query?: VerifiedNumbersListQuery,
        options?: RequestOptions,
      ): PagePromise<VerifiedNumbersListResponse, VerifiedNumbersListItem> =>
        verifiedNumbersList(config, query, options),
      /**
       * Request phone number verification `POST /verified_numbers`
       *
       * Starts verifying that you control a phone number by sending it a code by SMS or by a voice call; for numbers behind a phone menu, `extension` holds DTMF digits dialled after the call connects. Confirm with `verifiedNumbers.actions.submitVerificationCode`. The answer is a flat object, not wrapped in `data`.
       *
       * @param body - A number to verify and how to deliver the code.
       * @see [Request phone number verification in the guide](./docs/compliance.md#verifiednumbers-create)
       * @example
       * ```ts
       * const verifiedNumber = await telnyx.verifiedNumbers.create({
       *   phone_number: "+13125550001",
       *   verification_method: "sms",
       * });
       * console.log(verifiedNumber.phone_number);
       * ```
       */
      create: (
        body: VerifiedNumbersCreateParams,
        options?: RequestOptions,
      ): APIPromise<VerifiedNumbersCreateResponse> => verifiedNumbersCreate(config, body, options),
      /**
       * Get a verified number `GET /verified_numbers/{phone_number}`
       *
       * Returns one verified number and when it was verified.
       *
       * @param phoneNumber - The verified number in E.164 format, `+` included (the client percent-encodes it as `%2B`).
       * @see [Get a verified number in the guide](./docs/compliance.md#verifiednumbers-retrieve)
       * @example
       * ```ts
       * const verifiedNumber = await telnyx.verifiedNumbers.retrieve("+13125550001");
       * console.log(verifiedNumber.data);
       * ```
       */
      retrieve: (
        phoneNumber: VerifiedNumbersRetrievePathParams["phone_number"],
        options?: RequestOptions,
      ): APIPromise<VerifiedNumbersRetrieveResponse> => verifiedNumbersRetrieve(config, phoneNumber, options),
      /**
       * Delete a verified number `DELETE /verified_numbers/{phone_number}`
       *
       * Removes a number from the verified numbers and returns its last state.
       *
       * @param phoneNumber - The verified number in E.164 format, `+` included (the client percent-encodes it as `%2B`).
       * @see [Delete a verified number in the guide](./docs/compliance.md#verifiednumbers-delete)
       * @example
       * ```ts
       * const result = await telnyx.verifiedNumbers.delete("+13125550001");
       * console.log(result.data);
       * ```
       */
      delete: (
        phoneNumber: VerifiedNumbersDeletePathParams["phone_number"],
        options?: RequestOptions,
      ): APIPromise<VerifiedNumbersDeleteResponse> => verifiedNumbersDelete(config, phoneNumber, options),
      actions: {
        /**
         * Submit a verification code `POST /verified_numbers/{phone_number}/actions/verify`
         *
         * Completes a verification started with `verifiedNumbers.create` by sending back the code the number received. On success the number is verified and `verified_at` is set.
         *
         * @param phoneNumber - The verified number in E.164 format, `+` included (the client percent-encodes it as `%2B`).
         * @param body - The code received by the number.
         * @see [Submit a verification code in the guide](./docs/compliance.md#verifiednumbers-actions-submitverificationcode)
         * @example
         * ```ts
         * const result = await telnyx.verifiedNumbers.actions.submitVerificationCode("+13125550001", {
         *   verification_code: "123456",
         * });
         * console.log(result.data);
         * ```
         */
        submitVerificationCode: (
          phoneNumber: VerifiedNumbersActionsSubmitVerificationCodePathParams["phone_number"],
          body: VerifiedNumbersActionsSubmitVerificationCodeParams,
          options?: RequestOptions,
        ): APIPromise<VerifiedNumbersActionsSubmitVerificationCodeResponse> =>
          verifiedNumbersActionsSubmitVerificationCode(config, phoneNumber, body, options),
      },
    },
    portabilityChecks: {
      /**
       * Run a portability check `POST /portability_checks`
       *
       * Tells straight away, for each number, whether it can be ported to Telnyx and whether it qualifies for FastPort. Run it before creating a porting order; it changes nothing.
       *
       * @param body - Numbers to check. The list is optional, as Telnyx documents it.
       * @see [Run a portability check in the guide](./docs/porting.md#portabilitychecks-run)
       * @example
       * ```ts
       * const result = await telnyx.portabilityChecks.run({
       *   phone_numbers: ["+13035550100", "+18005550101"],
       * });
       * console.log(result.data);
       * ```
       */
      run: (
        body: PortabilityChecksRunParams,
        options?: RequestOptions,
      ): APIPromise<PortabilityChecksRunResponse> => portabilityChecksRun(config, body, options),
    },
    porting: {
      /**
       * List UK carriers `GET /porting/uk_carriers`
       *
       * Lists the carriers in the United Kingdom that numbers can be ported from, with their CUPID codes. The list is not paged.
       *
       * @see [List UK carriers in the guide](./docs/porting.md#porting-listukcarriers)
       * @example
       * ```ts
       * const result = await telnyx.porting.listUkCarriers();
       * console.log(result.data);
       * ```
       */
      listUkCarriers: (options?: RequestOptions): APIPromise<PortingListUkCarriersResponse> =>
        portingListUkCarriers(config, options),
      events: {
        /**
         * List porting events `GET /porting/events`. Await for the first page; `for await` iterates every item of every page.
         *
         * Pages through the events recorded for your porting orders, optionally narrowed to one order, one event type or a time window. Use it to catch up on changes when webhooks were missed. Seven event types exist; `filter[type]` narrows the list to one of them.
         *
         * @param query - The query parameters `page`, `filter`; each is described on its field.
         * @see [List porting events in the guide](./docs/porting.md#porting-events-list)
         * @example
         * ```ts
         * const events = await telnyx.porting.events.list({
         *   page: {
         *     number: 1,
         *     size: 20,
         *   },
         *   filter: {
         *     porting_order_id: "3c8e4b7a-2f1d-4e6a-9b3c-7d5e1f2a8b90",
         *     type: "porting_order.status_changed",
         *   },
         * });
         * console.log(events.data);
         * ```
         */
        list: (
          query?: PortingEventsListQuery,
          options?: RequestOptions,
        ): PagePromise<PortingEventsListResponse, PortingEventsListItem> =>
          portingEventsList(config, query, options),
        /**
         * Retrieve a porting event `GET /porting/events/{id}`
         *
         * Returns one porting event with its payload, whose shape depends on `event_type`. Use it to look up an event ID received in a webhook or seen in the event list.
         *
         * @param id - ID of the porting event.
         * @see [Retrieve a porting event in the guide](./docs/porting.md#porting-events-retrieve)
         * @example
         * ```ts
         * const event = await telnyx.porting.events.retrieve("c9d0e1f2-3a4b-4c5d-8e6f-7a8b9c0d1e2f");
         * console.log(event.data);
         * ```
         */
        retrieve: (
          id: PortingEventsRetrievePathParams["id"],
          options?: RequestOptions,
        ): APIPromise<PortingEventsRetrieveResponse> => portingEventsRetrieve(config, id, options),
        /**
         * Republish a porting event `POST /porting/events/{id}/republish`
         *
         * Delivers an existing porting event again to the notification channels of its order, for example after your webhook endpoint was down. Answers 204 with no body.
         *
         * @param id - ID of the porting event.
         * @see [Republish a porting event in the guide](./docs/porting.md#porting-events-republish)
         * @example
         * ```ts
         * await telnyx.porting.events.republish("c9d0e1f2-3a4b-4c5d-8e6f-7a8b9c0d1e2f");
         * ```
         */
        republish: (
          id: PortingEventsRepublishPathParams["id"],
          options?: RequestOptions,
        ): APIPromise<PortingEventsRepublishResponse> => portingEventsRepublish(config, id, options),
      },
      loaConfigurations: {
        /**
         * List LOA configurations `GET /porting/loa_configurations`. Await for the first page; `for await` iterates every item of every page.
         *
         * Pages through the saved LOA configurations, the company details and logo used to brand generated letters of authorization.
         *
         * @param query - The query parameters `page`; each is described on its field.
         * @see [List LOA configurations in the guide](./docs/porting.md#porting-loaconfigurations-list)
         * @example
         * ```ts
         * const loaConfigurations = await telnyx.porting.loaConfigurations.list({
         *   page: {
         *     number: 1,
         *     size: 20,
         *   },
         * });
         * console.log(loaConfigurations.data);
         * ```
         */
        list: (
          query?: PortingLoaConfigurationsListQuery,
          options?: RequestOptions,
        ): PagePromise<PortingLoaConfigurationsListResponse, PortingLoaConfigurationsListItem> =>
          portingLoaConfigurationsList(config, query, options),
        /**
         * Create a LOA configuration `POST /porting/loa_configurations`
         *
         * Saves the company name, address, contact and logo (an uploaded PNG document) that generated LOAs should carry. Every field is required.
         *
         * @param body - Values of a LOA configuration; every top-level field is required on create, preview and update alike.
         * @see [Create a LOA configuration in the guide](./docs/porting.md#porting-loaconfigurations-create)
         * @example
         * ```ts
         * const loaConfiguration = await telnyx.porting.loaConfigurations.create({
         *   name: "ABC Mobile default LOA",
         *   company_name: "ABC Mobile Holdings LLC",
         *   address: {
         *     street_address: "600 Congress Avenue",
         *     extended_address: "14th Floor",
         *     city: "Austin",
         *     state: "TX",
         *     zip_code: "78701",
         *     country_code: "US",
         *   },
         *   contact: {
         *     email: "porting@abcmobile.example.com",
         *     phone_number: "+15125550142",
         *   },
         *   logo: {
         *     document_id: "a3b4c5d6-e7f8-4a9b-8c0d-1e2f3a4b5c6d",
         *   },
         * });
         * console.log(loaConfiguration.data);
         * ```
         */
        create: (
          body: PortingLoaConfigurationsCreateParams,
          options?: RequestOptions,
        ): APIPromise<PortingLoaConfigurationsCreateResponse> =>
          portingLoaConfigurationsCreate(config, body, options),
        /**
         * Preview LOA configuration parameters `POST /porting/loa_configurations/preview`
         *
         * Renders the LOA that a configuration with these values would produce, as a PDF, without saving anything. Use it to check the branding before creating the configuration.
         *
         * @param body - Values of a LOA configuration; every top-level field is required on create, preview and update alike.
         * @see [Preview LOA configuration parameters in the guide](./docs/porting.md#porting-loaconfigurations-preview)
         * @example
         * ```ts
         * const result = await telnyx.porting.loaConfigurations.preview({
         *   name: "ABC Mobile default LOA",
         *   company_name: "ABC Mobile Holdings LLC",
         *   address: {
         *     street_address: "600 Congress Avenue",
         *     city: "Austin",
         *     state: "TX",
         *     zip_code: "78701",
         *     country_code: "US",
         *   },
         *   contact: {
         *     email: "porting@abcmobile.example.com",
         *     phone_number: "+15125550142",
         *   },
         *   logo: {
         *     document_id: "a3b4c5d6-e7f8-4a9b-8c0d-1e2f3a4b5c6d",
         *   },
         * });
         * console.log(result.name, result.type, result.size);
         * ```
         */
        preview: (
          body: PortingLoaConfigurationsPreviewParams,
          options?: RequestOptions,
        ): APIPromise<PortingLoaConfigurationsPreviewResponse> =>
          portingLoaConfigurationsPreview(config, body, options),
        /**
         * Retrieve a LOA configuration `GET /porting/loa_configurations/{id}`
         *
         * Returns one saved LOA configuration.
         *
         * @param id - ID of the LOA configuration.
         * @see [Retrieve a LOA configuration in the guide](./docs/porting.md#porting-loaconfigurations-retrieve)
         * @example
         * ```ts
         * const loaConfiguration = await telnyx.porting.loaConfigurations.retrieve("1f2e3d4c-5b6a-4978-8a9b-0c1d2e3f4a5b");
         * console.log(loaConfiguration.data);
         * ```
         */
        retrieve: (
          id: PortingLoaConfigurationsRetrievePathParams["id"],
          options?: RequestOptions,
        ): APIPromise<PortingLoaConfigurationsRetrieveResponse> =>
          portingLoaConfigurationsRetrieve(config, id, options),
        /**
         * Update a LOA configuration `PATCH /porting/loa_configurations/{id}`
         *
         * Replaces the values of a saved LOA configuration. The complete set of fields is required, as on creation, so send every field even if only one changes.
         *
         * @param id - ID of the LOA configuration.
         * @param body - Values of a LOA configuration; every top-level field is required on create, preview and update alike.
         * @see [Update a LOA configuration in the guide](./docs/porting.md#porting-loaconfigurations-update)
         * @example
         * ```ts
         * const loaConfiguration = await telnyx.porting.loaConfigurations.update("1f2e3d4c-5b6a-4978-8a9b-0c1d2e3f4a5b", {
         *   name: "ABC Mobile default LOA",
         *   company_name: "ABC Mobile Holdings LLC",
         *   address: {
         *     street_address: "600 Congress Avenue",
         *     extended_address: "14th Floor",
         *     city: "Austin",
         *     state: "TX",
         *     zip_code: "78701",
         *     country_code: "US",
         *   },
         *   contact: {
         *     email: "numbers@abcmobile.example.com",
         *     phone_number: "+15125550143",
         *   },
         *   logo: {
         *     document_id: "a3b4c5d6-e7f8-4a9b-8c0d-1e2f3a4b5c6d",
         *   },
         * });
         * console.log(loaConfiguration.data);
         * ```
         */
        update: (
          id: PortingLoaConfigurationsUpdatePathParams["id"],
          body: PortingLoaConfigurationsUpdateParams,
          options?: RequestOptions,
        ): APIPromise<PortingLoaConfigurationsUpdateResponse> =>
          portingLoaConfigurationsUpdate(config, id, body, options),
        /**
         * Delete a LOA configuration `DELETE /porting/loa_configurations/{id}`
         *
         * Removes a saved LOA configuration; LOAs generated from it are not affected.
         *
         * @param id - ID of the LOA configuration.
         * @see [Delete a LOA configuration in the guide](./docs/porting.md#porting-loaconfigurations-delete)
         * @example
         * ```ts
         * await telnyx.porting.loaConfigurations.delete("1f2e3d4c-5b6a-4978-8a9b-0c1d2e3f4a5b");
         * ```
         */
        delete: (
          id: PortingLoaConfigurationsDeletePathParams["id"],
          options?: RequestOptions,
        ): APIPromise<PortingLoaConfigurationsDeleteResponse> =>
          portingLoaConfigurationsDelete(config, id, options),
        /**
         * Preview a saved LOA configuration `GET /porting/loa_configurations/{id}/preview`
         *
         * Renders the LOA of a saved configuration as a PDF. The method is `preview1` because `preview` already renders unsaved parameters (Telnyx's Python SDK calls it `preview_1`).
         *
         * @param id - ID of the LOA configuration.
         * @see [Preview a saved LOA configuration in the guide](./docs/porting.md#porting-loaconfigurations-preview1)
         * @example
         * ```ts
         * const result = await telnyx.porting.loaConfigurations.preview1("1f2e3d4c-5b6a-4978-8a9b-0c1d2e3f4a5b");
         * console.log(result.name, result.type, result.size);
         * ```
         */
        preview1: (
          id: PortingLoaConfigurationsPreview1PathParams["id"],
          options?: RequestOptions,
        ): APIPromise<PortingLoaConfigurationsPreview1Response> =>
          portingLoaConfigurationsPreview1(config, id, options),
      },
      reports: {
        /**
         * List porting reports `GET /porting/reports`. Await for the first page; `for await` iterates every item of every page.
         *
         * Pages through the reports requested about porting, optionally only those of one type or status. A `completed` report carries the `document_id` of its file.
         *
         * @param query - The query parameters `page`, `filter`; each is described on its field.
         * @see [List porting reports in the guide](./docs/porting.md#porting-reports-list)
         * @example
         * ```ts
         * const reports = await telnyx.porting.reports.list({
         *   page: {
         *     number: 1,
         *     size: 20,
         *   },
         *   filter: {
         *     report_type: "export_porting_orders_csv",
         *     status: "completed",
         *   },
         * });
         * console.log(reports.data);
         * ```
         */
        list: (
          query?: PortingReportsListQuery,
          options?: RequestOptions,
        ): PagePromise<PortingReportsListResponse, PortingReportsListItem> =>
          portingReportsList(config, query, options),
        /**
         * Create a porting report `POST /porting/reports`
         *
         * Starts a CSV export of porting orders matching the filters. The report starts `pending`; retrieve it until it is `completed`, then fetch the document named by `document_id`.
         *
         * @param body - The report to build.
         * @see [Create a porting report in the guide](./docs/porting.md#porting-reports-create)
         * @example
         * ```ts
         * const report = await telnyx.porting.reports.create({
         *   report_type: "export_porting_orders_csv",
         *   params: {
         *     filters: {
         *       status__in: ["ported", "cancelled"],
         *       created_at__gt: "2026-01-01T00:00:00Z",
         *     },
         *   },
         * });
         * console.log(report.data);
         * ```
         */
        create: (
          body: PortingReportsCreateParams,
          options?: RequestOptions,
        ): APIPromise<PortingReportsCreateResponse> => portingReportsCreate(config, body, options),
        /**
         * Retrieve a porting report `GET /porting/reports/{id}`
         *
         * Returns one porting report; once `status` is `completed`, `document_id` names the CSV file.
         *
         * @param id - ID of the porting report.
         * @see [Retrieve a porting report in the guide](./docs/porting.md#porting-reports-retrieve)
         * @example
         * ```ts
         * const report = await telnyx.porting.reports.retrieve("4d5e6f7a-8b9c-4d0e-9f1a-2b3c4d5e6f7a");
         * console.log(report.data);
         * ```
         */
        retrieve: (
          id: PortingReportsRetrievePathParams["id"],
          options?: RequestOptions,
        ): APIPromise<PortingReportsRetrieveResponse> => portingReportsRetrieve(config, id, options),
      },
    },
    portingOrders: {
      /**
       * List porting orders `GET /porting_orders`. Await for the first page; `for await` iterates every item of every page.
       *
       * Pages through your porting orders, optionally filtered by references, end user, port type, FastPort eligibility, requested FOC date or the numbers they contain, and sorted by creation or requested FOC time. Leave out the per-number details with `include_phone_numbers=false` to keep pages small.
       *
       * @param query - The query parameters `page`, `include_phone_numbers`, `filter`, `sort`; each is described on its field.
       * @see [List porting orders in the guide](./docs/porting.md#portingorders-list)
       * @example
       * ```ts
       * const portingOrders = await telnyx.portingOrders.list({
       *   page: {
       *     number: 1,
       *     size: 20,
       *   },
       *   include_phone_numbers: true,
       *   filter: {
       *     customer_reference: "denver-office-port",
       *     misc: {
       *       type: "full",
       *     },
       *   },
       *   sort: {
       *     value: "-created_at",
       *   },
       * });
       * console.log(portingOrders.data);
       * ```
       */
      list: (
        query?: PortingOrdersListQuery,
        options?: RequestOptions,
      ): PagePromise<PortingOrdersListResponse, PortingOrdersListItem> =>
        portingOrdersList(config, query, options),
      /**
       * Create a porting order `POST /porting_orders`
       *
       * Opens porting orders in `draft` for the given numbers and answers with a list of orders, not a single one. Complete each draft with `portingOrders.update`, then submit it with `portingOrders.actions.confirm`.
       *
       * @param body - Numbers to port and your references.
       * @see [Create a porting order in the guide](./docs/porting.md#portingorders-create)
       * @example
       * ```ts
       * const portingOrder = await telnyx.portingOrders.create({
       *   phone_numbers: ["+13035550100", "+13035550101"],
       *   customer_reference: "denver-office-port",
       *   customer_group_reference: "abc-mobile-colorado",
       * });
       * console.log(portingOrder.data);
       * ```
       */
      create: (
        body: PortingOrdersCreateParams,
        options?: RequestOptions,
      ): APIPromise<PortingOrdersCreateResponse> => portingOrdersCreate(config, body, options),
      /**
       * List exception types `GET /porting_orders/exception_types`
       *
       * Lists every exception code a porting order can report in `status.details`, with its meaning. The list is not paged.
       *
       * @see [List exception types in the guide](./docs/porting.md#portingorders-retrieveexceptiontypes)
       * @example
       * ```ts
       * const result = await telnyx.portingOrders.retrieveExceptionTypes();
       * console.log(result.data);
       * ```
       */
      retrieveExceptionTypes: (
        options?: RequestOptions,
      ): APIPromise<PortingOrdersRetrieveExceptionTypesResponse> =>
        portingOrdersRetrieveExceptionTypes(config, options),
      /**
       * Retrieve a porting order `GET /porting_orders/{id}`
       *
       * Returns one porting order with its `status` object, end user, documents, settings and, unless `include_phone_numbers=false`, its numbers. Poll it to follow the order; in `exception`, `status.details` says what to fix.
       *
       * @param id - ID of the porting order.
       * @param query - The query parameters `include_phone_numbers`; each is described on its field.
       * @see [Retrieve a porting order in the guide](./docs/porting.md#portingorders-retrieve)
       * @example
       * ```ts
       * const portingOrder = await telnyx.portingOrders.retrieve("3c8e4b7a-2f1d-4e6a-9b3c-7d5e1f2a8b90", {
       *   include_phone_numbers: true,
       * });
       * console.log(portingOrder.data);
       * ```
       */
      retrieve: (
        id: PortingOrdersRetrievePathParams["id"],
        query?: PortingOrdersRetrieveQuery,
        options?: RequestOptions,
      ): APIPromise<PortingOrdersRetrieveResponse> => portingOrdersRetrieve(config, id, query, options),
      /**
       * Edit a porting order `PATCH /porting_orders/{id}`
       *
       * Completes or corrects a porting order. The update is a merge: attributes left out keep their current values, so send only what changes. Use it on a draft before confirming, and to fix the data behind an `exception`.
       *
       * @param id - ID of the porting order.
       * @param body - Attributes to change; everything left out keeps its current value. All twelve fields are optional.
       * @see [Edit a porting order in the guide](./docs/porting.md#portingorders-update)
       * @example
       * ```ts
       * const portingOrder = await telnyx.portingOrders.update("3c8e4b7a-2f1d-4e6a-9b3c-7d5e1f2a8b90", {
       *   customer_reference: "denver-office-port",
       *   end_user: {
       *     admin: {
       *       entity_name: "ABC Mobile Holdings LLC",
       *       auth_person_name: "Dana Whitfield",
       *       account_number: "4471093882",
       *       billing_phone_number: "+13035550100",
       *       pin_passcode: "4821",
       *     },
       *     location: {
       *       street_address: "1700 Lincoln Street",
       *       extended_address: "Suite 2400",
       *       locality: "Denver",
       *       administrative_area: "CO",
       *       postal_code: "80203",
       *       country_code: "US",
       *     },
       *   },
       *   activation_settings: {
       *     foc_datetime_requested: "2026-04-02T15:00:00Z",
       *   },
       *   documents: {
       *     loa: "6e5d4c3b-2a19-4807-b6c5-d4e3f2a1b0c9",
       *     invoice: "7f6e5d4c-3b2a-4918-a7b6-c5d4e3f2a1b0",
       *   },
       *   misc: {
       *     type: "full",
       *   },
       *   phone_number_configuration: {
       *     connection_id: "c4a1e2b3-7d8f-4a9b-b0c1-d2e3f4a5b6c7",
       *     messaging_profile_id: "40018a2f-6c3e-4b1d-8f2a-9e7c5d3b1a06",
       *     billing_group_id: "f5d6e7a8-b9c0-4d1e-8f2a-3b4c5d6e7f80",
       *     emergency_address_id: "1d2e3f4a-5b6c-4d7e-8f90-a1b2c3d4e5f6",
       *     tags: ["denver"],
       *   },
       *   messaging: {
       *     enable_messaging: true,
       *   },
       *   requirements: [
       *     {
       *       requirement_type_id: "0e1f2a3b-4c5d-4e6f-8a7b-9c0d1e2f3a4b",
       *       field_value: "7f6e5d4c-3b2a-4918-a7b6-c5d4e3f2a1b0",
       *     },
       *   ],
       *   webhook_url: "https://hooks.abcmobile.example.com/telnyx/porting",
       * });
       * console.log(portingOrder.data);
       * ```
       */
      update: (
        id: PortingOrdersUpdatePathParams["id"],
        body: PortingOrdersUpdateParams,
        options?: RequestOptions,
      ): APIPromise<PortingOrdersUpdateResponse> => portingOrdersUpdate(config, id, body, options),
      /**
       * Delete a porting order `DELETE /porting_orders/{id}`
       *
       * Deletes a porting order that is still in `draft`; any other state is refused with 422. To stop an order that was already submitted, cancel it instead.
       *
       * @param id - ID of the porting order.
       * @see [Delete a porting order in the guide](./docs/porting.md#portingorders-delete)
       * @example
       * ```ts
       * await telnyx.portingOrders.delete("3c8e4b7a-2f1d-4e6a-9b3c-7d5e1f2a8b90");
       * ```
       */
      delete: (
        id: PortingOrdersDeletePathParams["id"],
        options?: RequestOptions,
      ): APIPromise<PortingOrdersDeleteResponse> => portingOrdersDelete(config, id, options),
      /**
       * List allowed FOC windows `GET /porting_orders/{id}/allowed_foc_windows`
       *
       * Lists the time windows in which the firm order commitment (FOC) of this order may be requested. Pick `activation_settings.foc_datetime_requested` from them before confirming. The answer carries `meta` but takes no paging parameters.
       *
       * @param id - ID of the porting order.
       * @see [List allowed FOC windows in the guide](./docs/porting.md#portingorders-retrieveallowedfocwindows)
       * @example
       * ```ts
       * const result = await telnyx.portingOrders.retrieveAllowedFocWindows("3c8e4b7a-2f1d-4e6a-9b3c-7d5e1f2a8b90");
       * console.log(result.data);
       * ```
       */
      retrieveAllowedFocWindows: (
        id: PortingOrdersRetrieveAllowedFocWindowsPathParams["id"],
        options?: RequestOptions,
      ): APIPromise<PortingOrdersRetrieveAllowedFocWindowsResponse> =>
        portingOrdersRetrieveAllowedFocWindows(config, id, options),
      /**
       * Download the LOA template of a porting order `GET /porting_orders/{id}/loa_template`
       *
       * Returns the order's letter of authorization, pre-filled with its details, as a PDF for the end user to sign. Pass `loa_configuration_id` (optional) to brand it with a saved LOA configuration.
       *
       * @param id - ID of the porting order.
       * @param query - The query parameters `loa_configuration_id`; each is described on its field.
       * @see [Download the LOA template of a porting order in the guide](./docs/porting.md#portingorders-retrieveloatemplate)
       * @example
       * ```ts
       * const result = await telnyx.portingOrders.retrieveLoaTemplate("3c8e4b7a-2f1d-4e6a-9b3c-7d5e1f2a8b90", {
       *   loa_configuration_id: "1f2e3d4c-5b6a-4978-8a9b-0c1d2e3f4a5b",
       * });
       * console.log(result.name, result.type, result.size);
       * ```
       */
      retrieveLoaTemplate: (
        id: PortingOrdersRetrieveLoaTemplatePathParams["id"],
        query?: PortingOrdersRetrieveLoaTemplateQuery,
        options?: RequestOptions,
      ): APIPromise<PortingOrdersRetrieveLoaTemplateResponse> =>
        portingOrdersRetrieveLoaTemplate(config, id, query, options),
      /**
       * List porting order requirements `GET /porting_orders/{id}/requirements`. Await for the first page; `for await` iterates every item of every page.
       *
       * Lists what the order's country and number type require (documents or text values), with what has been supplied and its review status. Answer them with `requirements` or `requirement_group_id` in `portingOrders.update`.
       *
       * @param id - ID of the porting order.
       * @param query - The query parameters `page`; each is described on its field.
       * @see [List porting order requirements in the guide](./docs/porting.md#portingorders-retrieverequirements)
       * @example
       * ```ts
       * const result = await telnyx.portingOrders.retrieveRequirements("3c8e4b7a-2f1d-4e6a-9b3c-7d5e1f2a8b90", {
       *   page: {
       *     number: 1,
       *     size: 20,
       *   },
       * });
       * console.log(result.data);
       * ```
       */
      retrieveRequirements: (
        id: PortingOrdersRetrieveRequirementsPathParams["id"],
        query?: PortingOrdersRetrieveRequirementsQuery,
        options?: RequestOptions,
      ): PagePromise<PortingOrdersRetrieveRequirementsResponse, PortingOrdersRetrieveRequirementsItem> =>
        portingOrdersRetrieveRequirements(config, id, query, options),
      /**
       * Retrieve the V1 sub request of a porting order `GET /porting_orders/{id}/sub_request`
       *
       * Returns the IDs of the port request and sub request that represent this order in Telnyx's older V1 porting API, for cross-referencing.
       *
       * @param id - ID of the porting order.
       * @see [Retrieve the V1 sub request of a porting order in the guide](./docs/porting.md#portingorders-retrievesubrequest)
       * @example
       * ```ts
       * const result = await telnyx.portingOrders.retrieveSubRequest("3c8e4b7a-2f1d-4e6a-9b3c-7d5e1f2a8b90");
       * console.log(result.data);
       * ```
       */
      retrieveSubRequest: (
        id: PortingOrdersRetrieveSubRequestPathParams["id"],
        options?: RequestOptions,
      ): APIPromise<PortingOrdersRetrieveSubRequestResponse> =>
        portingOrdersRetrieveSubRequest(config, id, options),
      phoneNumberConfigurations: {
        /**
         * List phone number configurations `GET /porting_orders/phone_number_configurations`. Await for the first page; `for await` iterates every item of every page.
         *
         * Pages through the links between porting phone numbers and regulatory user bundles, optionally filtered by order status, porting phone number or bundle.
         *
         * @param query - The query parameters `page`, `filter`, `sort`; each is described on its field.
         * @see [List phone number configurations in the guide](./docs/porting.md#portingorders-phonenumberconfigurations-list)
         * @example
         * ```ts
         * const phoneNumberConfigurations = await telnyx.portingOrders.phoneNumberConfigurations.list({
         *   page: {
         *     number: 1,
         *     size: 20,
         *   },
         *   filter: {
         *     porting_order: {
         *       status: ["draft"],
         *     },
         *   },
         *   sort: {
         *     value: "-created_at",
         *   },
         * });
         * console.log(phoneNumberConfigurations.data);
         * ```
         */
        list: (
          query?: PortingOrdersPhoneNumberConfigurationsListQuery,
          options?: RequestOptions,
        ): PagePromise<
          PortingOrdersPhoneNumberConfigurationsListResponse,
          PortingOrdersPhoneNumberConfigurationsListItem
        > => portingOrdersPhoneNumberConfigurationsList(config, query, options),
        /**
         * Create phone number configurations `POST /porting_orders/phone_number_configurations`
         *
         * Links up to 20 porting phone numbers to regulatory user bundles in one call. A body is required.
         *
         * @param body - Configurations to create.
         * @see [Create phone number configurations in the guide](./docs/porting.md#portingorders-phonenumberconfigurations-create)
         * @example
         * ```ts
         * const phoneNumberConfiguration = await telnyx.portingOrders.phoneNumberConfigurations.create({
         *   phone_number_configurations: [
         *     {
         *       porting_phone_number_id: "8b7a6c5d-4e3f-4a2b-9c1d-0e9f8a7b6c5d",
         *       user_bundle_id: "0d1e2f3a-4b5c-4d6e-8f7a-8b9c0d1e2f3a",
         *     },
         *   ],
         * });
         * console.log(phoneNumberConfiguration.data);
         * ```
         */
        create: (
          body: PortingOrdersPhoneNumberConfigurationsCreateParams,
          options?: RequestOptions,
        ): APIPromise<PortingOrdersPhoneNumberConfigurationsCreateResponse> =>
          portingOrdersPhoneNumberConfigurationsCreate(config, body, options),
      },
      actions: {
        /**
         * Activate the numbers of a porting order `POST /porting_orders/{id}/actions/activate`
         *
         * Starts activating every number of a US FastPort order in the background and answers 202 with the activation job. Follow the job with `portingOrders.activationJobs.retrieve` until it is `completed` or `failed`. Only US FastPort orders can be activated.
         *
         * @param id - ID of the porting order.
         * @see [Activate the numbers of a porting order in the guide](./docs/porting.md#portingorders-actions-activate)
         * @example
         * ```ts
         * const result = await telnyx.portingOrders.actions.activate("3c8e4b7a-2f1d-4e6a-9b3c-7d5e1f2a8b90");
         * console.log(result.data);
         * ```
         */
        activate: (
          id: PortingOrdersActionsActivatePathParams["id"],
          options?: RequestOptions,
        ): APIPromise<PortingOrdersActionsActivateResponse> =>
          portingOrdersActionsActivate(config, id, options),
        /**
         * Cancel a porting order `POST /porting_orders/{id}/actions/cancel`
         *
         * Asks to withdraw a submitted porting order. The order moves to `cancel-pending` and ends `cancelled` once the cancellation is through; a draft is deleted instead.
         *
         * @param id - ID of the porting order.
         * @see [Cancel a porting order in the guide](./docs/porting.md#portingorders-actions-cancel)
         * @example
         * ```ts
         * const result = await telnyx.portingOrders.actions.cancel("3c8e4b7a-2f1d-4e6a-9b3c-7d5e1f2a8b90");
         * console.log(result.data);
         * ```
         */
        cancel: (
          id: PortingOrdersActionsCancelPathParams["id"],
          options?: RequestOptions,
        ): APIPromise<PortingOrdersActionsCancelResponse> => portingOrdersActionsCancel(config, id, options),
        /**
         * Submit a porting order `POST /porting_orders/{id}/actions/confirm`
         *
         * Submits a completed draft to the losing carrier; the order leaves `draft` for `submitted` or `in-process` and can no longer be deleted. Check `requirements_met` and the steps in `additional_steps` first, or the submission is refused with 422.
         *
         * @param id - ID of the porting order.
         * @see [Submit a porting order in the guide](./docs/porting.md#portingorders-actions-confirm)
         * @example
         * ```ts
         * const result = await telnyx.portingOrders.actions.confirm("3c8e4b7a-2f1d-4e6a-9b3c-7d5e1f2a8b90");
         * console.log(result.data);
         * ```
         */
        confirm: (
          id: PortingOrdersActionsConfirmPathParams["id"],
          options?: RequestOptions,
        ): APIPromise<PortingOrdersActionsConfirmResponse> =>
          portingOrdersActionsConfirm(config, id, options),
        /**
         * Share a porting order `POST /porting_orders/{id}/actions/share`
         *
         * Creates a token that lets someone without a Telnyx account read or update the order's documents until it expires (at most 48 hours). The request sends one permission while the token lists its permissions as an array, as Telnyx defines them. A body is required.
         *
         * @param id - ID of the porting order.
         * @param body - Lifetime and permission of the sharing token.
         * @see [Share a porting order in the guide](./docs/porting.md#portingorders-actions-share)
         * @example
         * ```ts
         * const result = await telnyx.portingOrders.actions.share("3c8e4b7a-2f1d-4e6a-9b3c-7d5e1f2a8b90", {
         *   permissions: "porting_order.document.update",
         *   expires_in_seconds: 86400,
         * });
         * console.log(result.data);
         * ```
         */
        share: (
          id: PortingOrdersActionsSharePathParams["id"],
          body: PortingOrdersActionsShareParams,
          options?: RequestOptions,
        ): APIPromise<PortingOrdersActionsShareResponse> =>
          portingOrdersActionsShare(config, id, body, options),
      },
      activationJobs: {
        /**
         * List activation jobs `GET /porting_orders/{id}/activation_jobs`. Await for the first page; `for await` iterates every item of every page.
         *
         * Pages through the activation jobs of a FastPort order, each with its status, type, time and allowed activation windows.
         *
         * @param id - ID of the porting order.
         * @param query - The query parameters `page`; each is described on its field.
         * @see [List activation jobs in the guide](./docs/porting.md#portingorders-activationjobs-list)
         * @example
         * ```ts
         * const activationJobs = await telnyx.portingOrders.activationJobs.list("3c8e4b7a-2f1d-4e6a-9b3c-7d5e1f2a8b90", {
         *   page: {
         *     number: 1,
         *     size: 20,
         *   },
         * });
         * console.log(activationJobs.data);
         * ```
         */
        list: (
          id: PortingOrdersActivationJobsListPathParams["id"],
          query?: PortingOrdersActivationJobsListQuery,
          options?: RequestOptions,
        ): PagePromise<PortingOrdersActivationJobsListResponse, PortingOrdersActivationJobsListItem> =>
          portingOrdersActivationJobsList(config, id, query, options),
        /**
         * Retrieve an activation job `GET /porting_orders/{id}/activation_jobs/{activationJobId}`
         *
         * Returns one activation job; poll it after activating until `status` is `completed` or `failed`.
         *
         * @param id - ID of the porting order.
         * @param activationJobId - ID of the activation job.
         * @see [Retrieve an activation job in the guide](./docs/porting.md#portingorders-activationjobs-retrieve)
         * @example
         * ```ts
         * const activationJob = await telnyx.portingOrders.activationJobs.retrieve("3c8e4b7a-2f1d-4e6a-9b3c-7d5e1f2a8b90", "2e4f6a8b-1c3d-4e5f-8a9b-0c1d2e3f4a5b");
         * console.log(activationJob.data);
         * ```
         */
        retrieve: (
          id: PortingOrdersActivationJobsRetrievePathParams["id"],
          activationJobId: PortingOrdersActivationJobsRetrievePathParams["activationJobId"],
          options?: RequestOptions,
        ): APIPromise<PortingOrdersActivationJobsRetrieveResponse> =>
          portingOrdersActivationJobsRetrieve(config, id, activationJobId, options),
        /**
         * Update an activation job `PATCH /porting_orders/{id}/activation_jobs/{activationJobId}`
         *
         * Moves the activation time of a scheduled job; pick a time inside one of its `activation_windows`. A body is required.
         *
         * @param id - ID of the porting order.
         * @param activationJobId - ID of the activation job.
         * @param body - New activation time.
         * @see [Update an activation job in the guide](./docs/porting.md#portingorders-activationjobs-update)
         * @example
         * ```ts
         * const activationJob = await telnyx.portingOrders.activationJobs.update("3c8e4b7a-2f1d-4e6a-9b3c-7d5e1f2a8b90", "2e4f6a8b-1c3d-4e5f-8a9b-0c1d2e3f4a5b", {
         *   activate_at: "2026-04-02T17:00:00Z",
         * });
         * console.log(activationJob.data);
         * ```
         */
        update: (
          id: PortingOrdersActivationJobsUpdatePathParams["id"],
          activationJobId: PortingOrdersActivationJobsUpdatePathParams["activationJobId"],
          body: PortingOrdersActivationJobsUpdateParams,
          options?: RequestOptions,
        ): APIPromise<PortingOrdersActivationJobsUpdateResponse> =>
          portingOrdersActivationJobsUpdate(config, id, activationJobId, body, options),
      },
      additionalDocuments: {
        /**
         * List additional documents `GET /porting_orders/{id}/additional_documents`. Await for the first page; `for await` iterates every item of every page.
         *
         * Pages through the extra documents attached to a porting order, optionally of given types only.
         *
         * @param id - ID of the porting order.
         * @param query - The query parameters `page`, `filter`, `sort`; each is described on its field.
         * @see [List additional documents in the guide](./docs/porting.md#portingorders-additionaldocuments-list)
         * @example
         * ```ts
         * const additionalDocuments = await telnyx.portingOrders.additionalDocuments.list("3c8e4b7a-2f1d-4e6a-9b3c-7d5e1f2a8b90", {
         *   page: {
         *     number: 1,
         *     size: 20,
         *   },
         *   filter: {
         *     document_type: ["invoice"],
         *   },
         *   sort: {
         *     value: "-created_at",
         *   },
         * });
         * console.log(additionalDocuments.data);
         * ```
         */
        list: (
          id: PortingOrdersAdditionalDocumentsListPathParams["id"],
          query?: PortingOrdersAdditionalDocumentsListQuery,
          options?: RequestOptions,
        ): PagePromise<
          PortingOrdersAdditionalDocumentsListResponse,
          PortingOrdersAdditionalDocumentsListItem
        > => portingOrdersAdditionalDocumentsList(config, id, query, options),
        /**
         * Add additional documents `POST /porting_orders/{id}/additional_documents`
         *
         * Attaches up to 100 already uploaded documents (LOA, invoice, CSR or other) to a porting order. A body is required.
         *
         * @param id - ID of the porting order.
         * @param body - Documents to attach.
         * @see [Add additional documents in the guide](./docs/porting.md#portingorders-additionaldocuments-create)
         * @example
         * ```ts
         * const additionalDocument = await telnyx.portingOrders.additionalDocuments.create("3c8e4b7a-2f1d-4e6a-9b3c-7d5e1f2a8b90", {
         *   additional_documents: [
         *     {
         *       document_id: "8c9d0e1f-2a3b-4c4d-9e5f-6a7b8c9d0e1f",
         *       document_type: "invoice",
         *     },
         *   ],
         * });
         * console.log(additionalDocument.data);
         * ```
         */
        create: (
          id: PortingOrdersAdditionalDocumentsCreatePathParams["id"],
          body: PortingOrdersAdditionalDocumentsCreateParams,
          options?: RequestOptions,
        ): APIPromise<PortingOrdersAdditionalDocumentsCreateResponse> =>
          portingOrdersAdditionalDocumentsCreate(config, id, body, options),
        /**
         * Delete an additional document `DELETE /porting_orders/{id}/additional_documents/{additional_document_id}`
         *
         * Detaches an additional document from a porting order.
         *
         * @param id - ID of the porting order.
         * @param additionalDocumentId - ID of the additional document record (not the ID of the uploaded document itself).
         * @see [Delete an additional document in the guide](./docs/porting.md#portingorders-additionaldocuments-delete)
         * @example
         * ```ts
         * await telnyx.portingOrders.additionalDocuments.delete("3c8e4b7a-2f1d-4e6a-9b3c-7d5e1f2a8b90", "5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d");
         * ```
         */
        delete: (
          id: PortingOrdersAdditionalDocumentsDeletePathParams["id"],
          additionalDocumentId: PortingOrdersAdditionalDocumentsDeletePathParams["additional_document_id"],
          options?: RequestOptions,
        ): APIPromise<PortingOrdersAdditionalDocumentsDeleteResponse> =>
          portingOrdersAdditionalDocumentsDelete(config, id, additionalDocumentId, options),
      },
      comments: {
        /**
         * List comments of a porting order `GET /porting_orders/{id}/comments`. Await for the first page; `for await` iterates every item of every page.
         *
         * Pages through the messages exchanged about a porting order between you, the Telnyx porting team and the system. Check it when an order is in `exception`.
         *
         * @param id - ID of the porting order.
         * @param query - The query parameters `page`; each is described on its field.
         * @see [List comments of a porting order in the guide](./docs/porting.md#portingorders-comments-list)
         * @example
         * ```ts
         * const comments = await telnyx.portingOrders.comments.list("3c8e4b7a-2f1d-4e6a-9b3c-7d5e1f2a8b90", {
         *   page: {
         *     number: 1,
         *     size: 20,
         *   },
         * });
         * console.log(comments.data);
         * ```
         */
        list: (
          id: PortingOrdersCommentsListPathParams["id"],
          query?: PortingOrdersCommentsListQuery,
          options?: RequestOptions,
        ): PagePromise<PortingOrdersCommentsListResponse, PortingOrdersCommentsListItem> =>
          portingOrdersCommentsList(config, id, query, options),
        /**
         * Comment on a porting order `POST /porting_orders/{id}/comments`
         *
         * Posts a message to the Telnyx porting team about this order, for example to answer a question raised in an exception. A request body is required; its `body` field is not.
         *
         * @param id - ID of the porting order.
         * @param body - The comment to post.
         * @see [Comment on a porting order in the guide](./docs/porting.md#portingorders-comments-create)
         * @example
         * ```ts
         * const comment = await telnyx.portingOrders.comments.create("3c8e4b7a-2f1d-4e6a-9b3c-7d5e1f2a8b90", {
         *   body: "Invoice uploaded; the account number is 4471093882.",
         * });
         * console.log(comment.data);
         * ```
         */
        create: (
          id: PortingOrdersCommentsCreatePathParams["id"],
          body: PortingOrdersCommentsCreateParams,
          options?: RequestOptions,
        ): APIPromise<PortingOrdersCommentsCreateResponse> =>
          portingOrdersCommentsCreate(config, id, body, options),
      },
      verificationCodes: {
        /**
         * List verification codes `GET /porting_orders/{id}/verification_codes`. Await for the first page; `for await` iterates every item of every page.
         *
         * Pages through the verification codes sent for the numbers of a porting order, with whether each number has been verified.
         *
         * @param id - ID of the porting order.
         * @param query - The query parameters `page`, `filter`, `sort`; each is described on its field.
         * @see [List verification codes in the guide](./docs/porting.md#portingorders-verificationcodes-list)
         * @example
         * ```ts
         * const verificationCodes = await telnyx.portingOrders.verificationCodes.list("3c8e4b7a-2f1d-4e6a-9b3c-7d5e1f2a8b90", {
         *   page: {
         *     number: 1,
         *     size: 20,
         *   },
         *   filter: {
         *     verified: false,
         *   },
         *   sort: {
         *     value: "-created_at",
         *   },
         * });
         * console.log(verificationCodes.data);
         * ```
         */
        list: (
          id: PortingOrdersVerificationCodesListPathParams["id"],
          query?: PortingOrdersVerificationCodesListQuery,
          options?: RequestOptions,
        ): PagePromise<PortingOrdersVerificationCodesListResponse, PortingOrdersVerificationCodesListItem> =>
          portingOrdersVerificationCodesList(config, id, query, options),
        /**
         * Send verification codes `POST /porting_orders/{id}/verification_codes/send`
         *
         * Sends a verification code by SMS or voice call to the numbers of the order (up to 100 at a time), to prove you control them when `additional_steps` asks for it. Answers 204; confirm the codes with `portingOrders.verificationCodes.verify`.
         *
         * @param id - ID of the porting order.
         * @param body - Numbers to send codes to and how.
         * @see [Send verification codes in the guide](./docs/porting.md#portingorders-verificationcodes-send)
         * @example
         * ```ts
         * await telnyx.portingOrders.verificationCodes.send("3c8e4b7a-2f1d-4e6a-9b3c-7d5e1f2a8b90", {
         *   phone_numbers: ["+13035550100", "+13035550101"],
         *   verification_method: "sms",
         * });
         * ```
         */
        send: (
          id: PortingOrdersVerificationCodesSendPathParams["id"],
          body?: PortingOrdersVerificationCodesSendParams,
          options?: RequestOptions,
        ): APIPromise<PortingOrdersVerificationCodesSendResponse> =>
          portingOrdersVerificationCodesSend(config, id, body, options),
        /**
         * Verify verification codes `POST /porting_orders/{id}/verification_codes/verify`
         *
         * Checks the codes received on the numbers (up to 100 at a time) and answers with each number's verification state. A body is required.
         *
         * @param id - ID of the porting order.
         * @param body - Codes received, per number.
         * @see [Verify verification codes in the guide](./docs/porting.md#portingorders-verificationcodes-verify)
         * @example
         * ```ts
         * const result = await telnyx.portingOrders.verificationCodes.verify("3c8e4b7a-2f1d-4e6a-9b3c-7d5e1f2a8b90", {
         *   verification_codes: [
         *     {
         *       phone_number: "+13035550100",
         *       code: "482913",
         *     },
         *     {
         *       phone_number: "+13035550101",
         *       code: "105774",
         *     },
         *   ],
         * });
         * console.log(result.data);
         * ```
         */
        verify: (
          id: PortingOrdersVerificationCodesVerifyPathParams["id"],
          body: PortingOrdersVerificationCodesVerifyParams,
          options?: RequestOptions,
        ): APIPromise<PortingOrdersVerificationCodesVerifyResponse> =>
          portingOrdersVerificationCodesVerify(config, id, body, options),
      },
      actionRequirements: {
        /**
         * List action requirements `GET /porting_orders/{porting_order_id}/action_requirements`. Await for the first page; `for await` iterates every item of every page.
         *
         * Pages through the actions the end user must complete before the order can go ahead, such as Australian ID verification, with their status. Start a `created` one with `portingOrders.actionRequirements.initiate`.
         *
         * @param portingOrderId - ID of the porting order. No UUID format is enforced on this parameter for action requirements.
         * @param query - The query parameters `page`, `filter`, `sort`; each is described on its field.
         * @see [List action requirements in the guide](./docs/porting.md#portingorders-actionrequirements-list)
         * @example
         * ```ts
         * const actionRequirements = await telnyx.portingOrders.actionRequirements.list("b8d0f2a4-6c8e-4a0b-9d3f-5e7a9b1c3d5f", {
         *   page: {
         *     number: 1,
         *     size: 20,
         *   },
         *   filter: {
         *     action_type: "au_id_verification",
         *     status: "created",
         *   },
         *   sort: {
         *     value: "-created_at",
         *   },
         * });
         * console.log(actionRequirements.data);
         * ```
         */
        list: (
          portingOrderId: PortingOrdersActionRequirementsListPathParams["porting_order_id"],
          query?: PortingOrdersActionRequirementsListQuery,
          options?: RequestOptions,
        ): PagePromise<
          PortingOrdersActionRequirementsListResponse,
          PortingOrdersActionRequirementsListItem
        > => portingOrdersActionRequirementsList(config, portingOrderId, query, options),
        /**
         * Initiate an action requirement `POST /porting_orders/{porting_order_id}/action_requirements/{id}/initiate`
         *
         * Starts an action requirement with the details it needs (for AU ID verification, the person's first and last name). The answer may carry an `action_url` where the end user completes the action.
         *
         * @param portingOrderId - ID of the porting order. No UUID format is enforced on this parameter for action requirements.
         * @param id - ID of the action requirement (no format is enforced).
         * @param body - Details for starting the action; their shape depends on the action type.
         * @see [Initiate an action requirement in the guide](./docs/porting.md#portingorders-actionrequirements-initiate)
         * @example
         * ```ts
         * const result = await telnyx.portingOrders.actionRequirements.initiate("b8d0f2a4-6c8e-4a0b-9d3f-5e7a9b1c3d5f", "a7c9e1f3-5b7d-4f9a-8c2e-4d6f8a0b2c4e", {
         *   params: {
         *     first_name: "Olivia",
         *     last_name: "Nguyen",
         *   },
         * });
         * console.log(result.data);
         * ```
         */
        initiate: (
          portingOrderId: PortingOrdersActionRequirementsInitiatePathParams["porting_order_id"],
          id: PortingOrdersActionRequirementsInitiatePathParams["id"],
          body: PortingOrdersActionRequirementsInitiateParams,
          options?: RequestOptions,
        ): APIPromise<PortingOrdersActionRequirementsInitiateResponse> =>
          portingOrdersActionRequirementsInitiate(config, portingOrderId, id, body, options),
      },
      associatedPhoneNumbers: {
        /**
         * List associated phone numbers `GET /porting_orders/{porting_order_id}/associated_phone_numbers`. Await for the first page; `for await` iterates every item of every page.
         *
         * Pages through the ranges of numbers on the end user's account that are not being ported and whether each is kept at the old carrier or disconnected. They matter for partial ports in GB.
         *
         * @param portingOrderId - ID of the porting order.
         * @param query - The query parameters `page`, `filter`, `sort`; each is described on its field.
         * @see [List associated phone numbers in the guide](./docs/porting.md#portingorders-associatedphonenumbers-list)
         * @example
         * ```ts
         * const associatedPhoneNumbers = await telnyx.portingOrders.associatedPhoneNumbers.list("e1f2a3b4-c5d6-4e7f-9a8b-0c1d2e3f4a5b", {
         *   page: {
         *     number: 1,
         *     size: 20,
         *   },
         *   filter: {
         *     action: "keep",
         *   },
         *   sort: {
         *     value: "-created_at",
         *   },
         * });
         * console.log(associatedPhoneNumbers.data);
         * ```
         */
        list: (
          portingOrderId: PortingOrdersAssociatedPhoneNumbersListPathParams["porting_order_id"],
          query?: PortingOrdersAssociatedPhoneNumbersListQuery,
          options?: RequestOptions,
        ): PagePromise<
          PortingOrdersAssociatedPhoneNumbersListResponse,
          PortingOrdersAssociatedPhoneNumbersListItem
        > => portingOrdersAssociatedPhoneNumbersList(config, portingOrderId, query, options),
        /**
         * Create an associated phone number `POST /porting_orders/{porting_order_id}/associated_phone_numbers`
         *
         * Declares a range of numbers on the end user's account that is not being ported and says whether to keep it at the old carrier or disconnect it, for a partial port in GB. `action` and `phone_number_range` are required.
         *
         * @param portingOrderId - ID of the porting order.
         * @param body - The range to declare and what to do with it.
         * @see [Create an associated phone number in the guide](./docs/porting.md#portingorders-associatedphonenumbers-create)
         * @example
         * ```ts
         * const associatedPhoneNumber = await telnyx.portingOrders.associatedPhoneNumbers.create("e1f2a3b4-c5d6-4e7f-9a8b-0c1d2e3f4a5b", {
         *   action: "keep",
         *   phone_number_range: {
         *     start_at: "+442071234570",
         *     end_at: "+442071234579",
         *   },
         * });
         * console.log(associatedPhoneNumber.data);
         * ```
         */
        create: (
          portingOrderId: PortingOrdersAssociatedPhoneNumbersCreatePathParams["porting_order_id"],
          body: PortingOrdersAssociatedPhoneNumbersCreateParams,
          options?: RequestOptions,
        ): APIPromise<PortingOrdersAssociatedPhoneNumbersCreateResponse> =>
          portingOrdersAssociatedPhoneNumbersCreate(config, portingOrderId, body, options),
        /**
         * Delete an associated phone number `DELETE /porting_orders/{porting_order_id}/associated_phone_numbers/{id}`
         *
         * Removes an associated phone number range from a porting order and answers with the removed range.
         *
         * @param portingOrderId - ID of the porting order.
         * @param id - ID of the associated phone number range.
         * @see [Delete an associated phone number in the guide](./docs/porting.md#portingorders-associatedphonenumbers-delete)
         * @example
         * ```ts
         * const result = await telnyx.portingOrders.associatedPhoneNumbers.delete("e1f2a3b4-c5d6-4e7f-9a8b-0c1d2e3f4a5b", "d0e1f2a3-b4c5-4d6e-8f7a-9b0c1d2e3f4a");
         * console.log(result.data);
         * ```
         */
        delete: (
          portingOrderId: PortingOrdersAssociatedPhoneNumbersDeletePathParams["porting_order_id"],
          id: PortingOrdersAssociatedPhoneNumbersDeletePathParams["id"],
          options?: RequestOptions,
        ): APIPromise<PortingOrdersAssociatedPhoneNumbersDeleteResponse> =>
          portingOrdersAssociatedPhoneNumbersDelete(config, portingOrderId, id, options),
      },
      phoneNumberBlocks: {
        /**
         * List phone number blocks `GET /porting_orders/{porting_order_id}/phone_number_blocks`. Await for the first page; `for await` iterates every item of every page.
         *
         * Pages through the number blocks of a porting order: contiguous ranges ported together, each with the sub-ranges to activate.
         *
         * @param portingOrderId - ID of the porting order.
         * @param query - The query parameters `filter`, `page`, `sort`; each is described on its field.
         * @see [List phone number blocks in the guide](./docs/porting.md#portingorders-phonenumberblocks-list)
         * @example
         * ```ts
         * const phoneNumberBlocks = await telnyx.portingOrders.phoneNumberBlocks.list("e1f2a3b4-c5d6-4e7f-9a8b-0c1d2e3f4a5b", {
         *   filter: {
         *     status: "draft",
         *   },
         *   page: {
         *     number: 1,
         *     size: 20,
         *   },
         *   sort: {
         *     value: "-created_at",
         *   },
         * });
         * console.log(phoneNumberBlocks.data);
         * ```
         */
        list: (
          portingOrderId: PortingOrdersPhoneNumberBlocksListPathParams["porting_order_id"],
          query?: PortingOrdersPhoneNumberBlocksListQuery,
          options?: RequestOptions,
        ): PagePromise<PortingOrdersPhoneNumberBlocksListResponse, PortingOrdersPhoneNumberBlocksListItem> =>
          portingOrdersPhoneNumberBlocksList(config, portingOrderId, query, options),
        /**
         * Create a phone number block `POST /porting_orders/{porting_order_id}/phone_number_blocks`
         *
         * Adds a contiguous range of numbers to a porting order as one block, with the sub-ranges to activate. `phone_number_range` and `activation_ranges` are required.
         *
         * @param portingOrderId - ID of the porting order.
         * @param body - The block to add.
         * @see [Create a phone number block in the guide](./docs/porting.md#portingorders-phonenumberblocks-create)
         * @example
         * ```ts
         * const phoneNumberBlock = await telnyx.portingOrders.phoneNumberBlocks.create("e1f2a3b4-c5d6-4e7f-9a8b-0c1d2e3f4a5b", {
         *   phone_number_range: {
         *     start_at: "+4930244999901",
         *     end_at: "+4930244999910",
         *   },
         *   activation_ranges: [
         *     {
         *       start_at: "+4930244999901",
         *       end_at: "+4930244999910",
         *     },
         *   ],
         * });
         * console.log(phoneNumberBlock.data);
         * ```
         */
        create: (
          portingOrderId: PortingOrdersPhoneNumberBlocksCreatePathParams["porting_order_id"],
          body: PortingOrdersPhoneNumberBlocksCreateParams,
          options?: RequestOptions,
        ): APIPromise<PortingOrdersPhoneNumberBlocksCreateResponse> =>
          portingOrdersPhoneNumberBlocksCreate(config, portingOrderId, body, options),
        /**
         * Delete a phone number block `DELETE /porting_orders/{porting_order_id}/phone_number_blocks/{id}`
         *
         * Removes a number block from a porting order and answers with the removed block.
         *
         * @param portingOrderId - ID of the porting order.
         * @param id - ID of the phone number block.
         * @see [Delete a phone number block in the guide](./docs/porting.md#portingorders-phonenumberblocks-delete)
         * @example
         * ```ts
         * const result = await telnyx.portingOrders.phoneNumberBlocks.delete("e1f2a3b4-c5d6-4e7f-9a8b-0c1d2e3f4a5b", "f2a3b4c5-d6e7-4f8a-9b0c-1d2e3f4a5b6c");
         * console.log(result.data);
         * ```
         */
        delete: (
          portingOrderId: PortingOrdersPhoneNumberBlocksDeletePathParams["porting_order_id"],
          id: PortingOrdersPhoneNumberBlocksDeletePathParams["id"],
          options?: RequestOptions,
        ): APIPromise<PortingOrdersPhoneNumberBlocksDeleteResponse> =>
          portingOrdersPhoneNumberBlocksDelete(config, portingOrderId, id, options),
      },
      phoneNumberExtensions: {
        /**
         * List phone number extensions `GET /porting_orders/{porting_order_id}/phone_number_extensions`. Await for the first page; `for await` iterates every item of every page.
         *
         * Pages through the extension ranges declared for numbers of a porting order, optionally for one porting phone number only.
         *
         * @param portingOrderId - ID of the porting order.
         * @param query - The query parameters `page`, `filter`, `sort`; each is described on its field.
         * @see [List phone number extensions in the guide](./docs/porting.md#portingorders-phonenumberextensions-list)
         * @example
         * ```ts
         * const phoneNumberExtensions = await telnyx.portingOrders.phoneNumberExtensions.list("e1f2a3b4-c5d6-4e7f-9a8b-0c1d2e3f4a5b", {
         *   page: {
         *     number: 1,
         *     size: 20,
         *   },
         *   filter: {
         *     porting_phone_number_id: "8b7a6c5d-4e3f-4a2b-9c1d-0e9f8a7b6c5d",
         *   },
         *   sort: {
         *     value: "-created_at",
         *   },
         * });
         * console.log(phoneNumberExtensions.data);
         * ```
         */
        list: (
          portingOrderId: PortingOrdersPhoneNumberExtensionsListPathParams["porting_order_id"],
          query?: PortingOrdersPhoneNumberExtensionsListQuery,
          options?: RequestOptions,
        ): PagePromise<
          PortingOrdersPhoneNumberExtensionsListResponse,
          PortingOrdersPhoneNumberExtensionsListItem
        > => portingOrdersPhoneNumberExtensionsList(config, portingOrderId, query, options),
        /**
         * Create a phone number extension `POST /porting_orders/{porting_order_id}/phone_number_extensions`
         *
         * Declares a range of extensions behind one porting phone number and which of them to activate. All three fields are required.
         *
         * @param portingOrderId - ID of the porting order.
         * @param body - The extension range to add.
         * @see [Create a phone number extension in the guide](./docs/porting.md#portingorders-phonenumberextensions-create)
         * @example
         * ```ts
         * const phoneNumberExtension = await telnyx.portingOrders.phoneNumberExtensions.create("e1f2a3b4-c5d6-4e7f-9a8b-0c1d2e3f4a5b", {
         *   porting_phone_number_id: "8b7a6c5d-4e3f-4a2b-9c1d-0e9f8a7b6c5d",
         *   extension_range: {
         *     start_at: 1,
         *     end_at: 10,
         *   },
         *   activation_ranges: [
         *     {
         *       start_at: 1,
         *       end_at: 10,
         *     },
         *   ],
         * });
         * console.log(phoneNumberExtension.data);
         * ```
         */
        create: (
          portingOrderId: PortingOrdersPhoneNumberExtensionsCreatePathParams["porting_order_id"],
          body: PortingOrdersPhoneNumberExtensionsCreateParams,
          options?: RequestOptions,
        ): APIPromise<PortingOrdersPhoneNumberExtensionsCreateResponse> =>
          portingOrdersPhoneNumberExtensionsCreate(config, portingOrderId, body, options),
        /**
         * Delete a phone number extension `DELETE /porting_orders/{porting_order_id}/phone_number_extensions/{id}`
         *
         * Removes an extension range from a porting order and answers with the removed range.
         *
         * @param portingOrderId - ID of the porting order.
         * @param id - ID of the phone number extension range.
         * @see [Delete a phone number extension in the guide](./docs/porting.md#portingorders-phonenumberextensions-delete)
         * @example
         * ```ts
         * const result = await telnyx.portingOrders.phoneNumberExtensions.delete("e1f2a3b4-c5d6-4e7f-9a8b-0c1d2e3f4a5b", "a3b4c5d6-e7f8-4a9b-8c0d-2e3f4a5b6c7d");
         * console.log(result.data);
         * ```
         */
        delete: (
          portingOrderId: PortingOrdersPhoneNumberExtensionsDeletePathParams["porting_order_id"],
          id: PortingOrdersPhoneNumberExtensionsDeletePathParams["id"],
          options?: RequestOptions,
        ): APIPromise<PortingOrdersPhoneNumberExtensionsDeleteResponse> =>
          portingOrdersPhoneNumberExtensionsDelete(config, portingOrderId, id, options),
      },
    },
    portingPhoneNumbers: {
      /**
       * List porting phone numbers `GET /porting_phone_numbers`. Await for the first page; `for await` iterates every item of every page.
       *
       * Pages through every number in your porting orders with its own activation, portability and requirements status, optionally only those of orders in one state. Ask for `text/csv` in the `Accept` header to get the same list as a CSV file.
       *
       * @param query - The query parameters `page`, `filter`; each is described on its field.
       * @see [List porting phone numbers in the guide](./docs/porting.md#portingphonenumbers-list)
       * @example
       * ```ts
       * const portingPhoneNumbers = await telnyx.portingPhoneNumbers.list({
       *   page: {
       *     number: 1,
       *     size: 20,
       *   },
       *   filter: {
       *     porting_order_status: "foc-date-confirmed",
       *   },
       * });
       * console.log(portingPhoneNumbers.data);
       * ```
       */
      list: (
        query?: PortingPhoneNumbersListQuery,
        options?: RequestOptions,
      ): PagePromise<PortingPhoneNumbersListResponse, PortingPhoneNumbersListItem> =>
        portingPhoneNumbersList(config, query, options),
    },
  };
}

export type TelnyxClient = ReturnType<typeof createTelnyxClient>;
