// Generated from specs/telnyx/openapi.yaml by `npm run generate`. Do not edit: change the spec or
// templates/client.ts.hbs and regenerate.
import type { Client } from "openapi-fetch";
import {
  Transport,
  bearer,
  env,
  verifyEd25519Webhook,
  type HeaderSource,
  type WebhookReplayGuard,
  type OperationSpec,
  type RequestOptions,
} from "../runtime/index.js";
import type { components, operations, paths, webhooks } from "./types.js";

/** The server of the spec; override with the `baseUrl` option (e.g. to use a mock server). */
export const DEFAULT_BASE_URL = "https://api.telnyx.com/v2";

/** Query parameters of GET /10dlc/brand. */
export type Messaging10dlcBrandListQuery = NonNullable<operations["GetBrands"]["parameters"]["query"]>;

/** Result of GET /10dlc/brand. */
export type Messaging10dlcBrandListResponse =
  operations["GetBrands"]["responses"][200]["content"]["application/json"];

/** One item of the list returned by GET /10dlc/brand. */
export type Messaging10dlcBrandListItem = NonNullable<Messaging10dlcBrandListResponse["records"]>[number];

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

/** Path parameters of PUT /10dlc/brand/{brandId}. */
export type Messaging10dlcBrandUpdatePathParams = operations["UpdateBrand"]["parameters"]["path"];

/** Request body of PUT /10dlc/brand/{brandId}. */
export type Messaging10dlcBrandUpdateParams = NonNullable<
  operations["UpdateBrand"]["requestBody"]
>["content"]["application/json"];

/** Result of PUT /10dlc/brand/{brandId}. */
export type Messaging10dlcBrandUpdateResponse =
  operations["UpdateBrand"]["responses"][200]["content"]["application/json"];

/** Path parameters of DELETE /10dlc/brand/{brandId}. */
export type Messaging10dlcBrandDeletePathParams = operations["DeleteBrand"]["parameters"]["path"];

/** Result of DELETE /10dlc/brand/{brandId}. */
export type Messaging10dlcBrandDeleteResponse = void;

/** Path parameters of GET /10dlc/brand/feedback/{brandId}. */
export type Messaging10dlcBrandGetFeedbackPathParams =
  operations["GetBrandFeedbackById"]["parameters"]["path"];

/** Result of GET /10dlc/brand/feedback/{brandId}. */
export type Messaging10dlcBrandGetFeedbackResponse =
  operations["GetBrandFeedbackById"]["responses"][200]["content"]["application/json"];

/** Path parameters of POST /10dlc/brand/{brandId}/2faEmail. */
export type Messaging10dlcBrandResend2faEmailPathParams =
  operations["ResendBrand2faEmail"]["parameters"]["path"];

/** Result of POST /10dlc/brand/{brandId}/2faEmail. */
export type Messaging10dlcBrandResend2faEmailResponse = void;

/** Path parameters of GET /10dlc/brand/{brandId}/externalVetting. */
export type Messaging10dlcBrandExternalVettingListPathParams =
  operations["ListExternalVettings"]["parameters"]["path"];

/** Result of GET /10dlc/brand/{brandId}/externalVetting. */
export type Messaging10dlcBrandExternalVettingListResponse =
  operations["ListExternalVettings"]["responses"][200]["content"]["application/json"];

/** Path parameters of POST /10dlc/brand/{brandId}/externalVetting. */
export type Messaging10dlcBrandExternalVettingOrderPathParams =
  operations["PostOrderExternalVetting"]["parameters"]["path"];

/** Request body of POST /10dlc/brand/{brandId}/externalVetting. */
export type Messaging10dlcBrandExternalVettingOrderParams = NonNullable<
  operations["PostOrderExternalVetting"]["requestBody"]
>["content"]["application/json"];

/** Result of POST /10dlc/brand/{brandId}/externalVetting. */
export type Messaging10dlcBrandExternalVettingOrderResponse =
  operations["PostOrderExternalVetting"]["responses"][200]["content"]["application/json"];

/** Path parameters of PUT /10dlc/brand/{brandId}/externalVetting. */
export type Messaging10dlcBrandExternalVettingImportsPathParams =
  operations["PutExternalVettingRecord"]["parameters"]["path"];

/** Request body of PUT /10dlc/brand/{brandId}/externalVetting. */
export type Messaging10dlcBrandExternalVettingImportsParams = NonNullable<
  operations["PutExternalVettingRecord"]["requestBody"]
>["content"]["application/json"];

/** Result of PUT /10dlc/brand/{brandId}/externalVetting. */
export type Messaging10dlcBrandExternalVettingImportsResponse =
  operations["PutExternalVettingRecord"]["responses"][200]["content"]["application/json"];

/** Path parameters of PUT /10dlc/brand/{brandId}/revet. */
export type Messaging10dlcBrandRevetPathParams = operations["RevetBrand"]["parameters"]["path"];

/** Result of PUT /10dlc/brand/{brandId}/revet. */
export type Messaging10dlcBrandRevetResponse =
  operations["RevetBrand"]["responses"][200]["content"]["application/json"];

/** Path parameters of GET /10dlc/brand/{brandId}/smsOtp. */
export type Messaging10dlcBrandRetrieveSmsOtpStatusPathParams =
  operations["GetBrandSmsOtpStatusByBrandId"]["parameters"]["path"];

/** Result of GET /10dlc/brand/{brandId}/smsOtp. */
export type Messaging10dlcBrandRetrieveSmsOtpStatusResponse =
  operations["GetBrandSmsOtpStatusByBrandId"]["responses"][200]["content"]["application/json"];

/** Path parameters of POST /10dlc/brand/{brandId}/smsOtp. */
export type Messaging10dlcBrandTriggerSmsOtpPathParams =
  operations["TriggerBrandSmsOtp"]["parameters"]["path"];

/** Request body of POST /10dlc/brand/{brandId}/smsOtp. */
export type Messaging10dlcBrandTriggerSmsOtpParams = NonNullable<
  operations["TriggerBrandSmsOtp"]["requestBody"]
>["content"]["application/json"];

/** Result of POST /10dlc/brand/{brandId}/smsOtp. */
export type Messaging10dlcBrandTriggerSmsOtpResponse =
  operations["TriggerBrandSmsOtp"]["responses"][200]["content"]["application/json"];

/** Path parameters of PUT /10dlc/brand/{brandId}/smsOtp. */
export type Messaging10dlcBrandVerifySmsOtpPathParams = operations["VerifyBrandSmsOtp"]["parameters"]["path"];

/** Request body of PUT /10dlc/brand/{brandId}/smsOtp. */
export type Messaging10dlcBrandVerifySmsOtpParams = NonNullable<
  operations["VerifyBrandSmsOtp"]["requestBody"]
>["content"]["application/json"];

/** Result of PUT /10dlc/brand/{brandId}/smsOtp. */
export type Messaging10dlcBrandVerifySmsOtpResponse = void;

/** Path parameters of GET /10dlc/brand/smsOtp/{referenceId}. */
export type Messaging10dlcBrandGetSmsOtpByReferencePathParams =
  operations["GetBrandSmsOtpStatus"]["parameters"]["path"];

/** Query parameters of GET /10dlc/brand/smsOtp/{referenceId}. */
export type Messaging10dlcBrandGetSmsOtpByReferenceQuery = NonNullable<
  operations["GetBrandSmsOtpStatus"]["parameters"]["query"]
>;

/** Result of GET /10dlc/brand/smsOtp/{referenceId}. */
export type Messaging10dlcBrandGetSmsOtpByReferenceResponse =
  operations["GetBrandSmsOtpStatus"]["responses"][200]["content"]["application/json"];

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

/** Query parameters of GET /10dlc/campaign. */
export type Messaging10dlcCampaignListQuery = NonNullable<operations["GetCampaigns"]["parameters"]["query"]>;

/** Result of GET /10dlc/campaign. */
export type Messaging10dlcCampaignListResponse =
  operations["GetCampaigns"]["responses"][200]["content"]["application/json"];

/** One item of the list returned by GET /10dlc/campaign. */
export type Messaging10dlcCampaignListItem = NonNullable<
  Messaging10dlcCampaignListResponse["records"]
>[number];

/** Path parameters of GET /10dlc/campaign/{campaignId}. */
export type Messaging10dlcCampaignRetrievePathParams = operations["GetCampaign"]["parameters"]["path"];

/** Result of GET /10dlc/campaign/{campaignId}. */
export type Messaging10dlcCampaignRetrieveResponse =
  operations["GetCampaign"]["responses"][200]["content"]["application/json"];

/** Path parameters of PUT /10dlc/campaign/{campaignId}. */
export type Messaging10dlcCampaignUpdatePathParams = operations["UpdateCampaign"]["parameters"]["path"];

/** Request body of PUT /10dlc/campaign/{campaignId}. */
export type Messaging10dlcCampaignUpdateParams = NonNullable<
  operations["UpdateCampaign"]["requestBody"]
>["content"]["application/json"];

/** Result of PUT /10dlc/campaign/{campaignId}. */
export type Messaging10dlcCampaignUpdateResponse =
  operations["UpdateCampaign"]["responses"][200]["content"]["application/json"];

/** Path parameters of DELETE /10dlc/campaign/{campaignId}. */
export type Messaging10dlcCampaignDeactivatePathParams =
  operations["DeactivateCampaign"]["parameters"]["path"];

/** Result of DELETE /10dlc/campaign/{campaignId}. */
export type Messaging10dlcCampaignDeactivateResponse =
  operations["DeactivateCampaign"]["responses"][200]["content"]["application/json"];

/** Query parameters of GET /10dlc/campaign/usecase/cost. */
export type Messaging10dlcCampaignUsecaseGetCostQuery = NonNullable<
  operations["GetCampaignCost"]["parameters"]["query"]
>;

/** Result of GET /10dlc/campaign/usecase/cost. */
export type Messaging10dlcCampaignUsecaseGetCostResponse =
  operations["GetCampaignCost"]["responses"][200]["content"]["application/json"];

/** Path parameters of POST /10dlc/campaign/acceptSharing/{campaignId}. */
export type Messaging10dlcCampaignAcceptSharingPathParams =
  operations["AcceptCampaign"]["parameters"]["path"];

/** Result of POST /10dlc/campaign/acceptSharing/{campaignId}. */
export type Messaging10dlcCampaignAcceptSharingResponse =
  operations["AcceptCampaign"]["responses"][202]["content"]["application/json"];

/** Path parameters of POST /10dlc/campaign/{campaignId}/appeal. */
export type Messaging10dlcCampaignSubmitAppealPathParams = operations["AppealCampaign"]["parameters"]["path"];

/** Request body of POST /10dlc/campaign/{campaignId}/appeal. */
export type Messaging10dlcCampaignSubmitAppealParams = NonNullable<
  operations["AppealCampaign"]["requestBody"]
>["content"]["application/json"];

/** Result of POST /10dlc/campaign/{campaignId}/appeal. */
export type Messaging10dlcCampaignSubmitAppealResponse =
  operations["AppealCampaign"]["responses"][200]["content"]["application/json"];

/** Path parameters of GET /10dlc/campaign/{campaignId}/mnoMetadata. */
export type Messaging10dlcCampaignGetMnoMetadataPathParams =
  operations["GetCampaignMnoMetadata"]["parameters"]["path"];

/** Result of GET /10dlc/campaign/{campaignId}/mnoMetadata. */
export type Messaging10dlcCampaignGetMnoMetadataResponse =
  operations["GetCampaignMnoMetadata"]["responses"][200]["content"]["application/json"];

/** Path parameters of GET /10dlc/campaign/{campaignId}/operationStatus. */
export type Messaging10dlcCampaignGetOperationStatusPathParams =
  operations["GetCampaignOperationStatus"]["parameters"]["path"];

/** Result of GET /10dlc/campaign/{campaignId}/operationStatus. */
export type Messaging10dlcCampaignGetOperationStatusResponse =
  operations["GetCampaignOperationStatus"]["responses"][200]["content"]["application/json"];

/** Path parameters of GET /10dlc/campaign/{campaignId}/osr/attributes. */
export type Messaging10dlcCampaignOsrGetAttributesPathParams =
  operations["GetCampaignOsrAttributes"]["parameters"]["path"];

/** Result of GET /10dlc/campaign/{campaignId}/osr/attributes. */
export type Messaging10dlcCampaignOsrGetAttributesResponse =
  operations["GetCampaignOsrAttributes"]["responses"][200]["content"]["application/json"];

/** Path parameters of GET /10dlc/campaign/{campaignId}/sharing. */
export type Messaging10dlcCampaignGetSharingStatusPathParams =
  operations["GetCampaignSharingStatus"]["parameters"]["path"];

/** Result of GET /10dlc/campaign/{campaignId}/sharing. */
export type Messaging10dlcCampaignGetSharingStatusResponse =
  operations["GetCampaignSharingStatus"]["responses"][200]["content"]["application/json"];

/** Query parameters of GET /10dlc/partner_campaigns. */
export type Messaging10dlcPartnerCampaignsListQuery = NonNullable<
  operations["GetSharedCampaigns"]["parameters"]["query"]
>;

/** Result of GET /10dlc/partner_campaigns. */
export type Messaging10dlcPartnerCampaignsListResponse =
  operations["GetSharedCampaigns"]["responses"][200]["content"]["application/json"];

/** One item of the list returned by GET /10dlc/partner_campaigns. */
export type Messaging10dlcPartnerCampaignsListItem = NonNullable<
  Messaging10dlcPartnerCampaignsListResponse["records"]
>[number];

/** Path parameters of GET /10dlc/partner_campaigns/{campaignId}. */
export type Messaging10dlcPartnerCampaignsRetrievePathParams =
  operations["GetSharedCampaign"]["parameters"]["path"];

/** Result of GET /10dlc/partner_campaigns/{campaignId}. */
export type Messaging10dlcPartnerCampaignsRetrieveResponse =
  operations["GetSharedCampaign"]["responses"][200]["content"]["application/json"];

/** Path parameters of PATCH /10dlc/partner_campaigns/{campaignId}. */
export type Messaging10dlcPartnerCampaignsUpdatePathParams =
  operations["UpdateSharedCampaign"]["parameters"]["path"];

/** Request body of PATCH /10dlc/partner_campaigns/{campaignId}. */
export type Messaging10dlcPartnerCampaignsUpdateParams = NonNullable<
  operations["UpdateSharedCampaign"]["requestBody"]
>["content"]["application/json"];

/** Result of PATCH /10dlc/partner_campaigns/{campaignId}. */
export type Messaging10dlcPartnerCampaignsUpdateResponse =
  operations["UpdateSharedCampaign"]["responses"][200]["content"]["application/json"];

/** Query parameters of GET /10dlc/partnerCampaign/sharedByMe. */
export type Messaging10dlcPartnerCampaignsListSharedByMeQuery = NonNullable<
  operations["GetPartnerCampaignsSharedByUser"]["parameters"]["query"]
>;

/** Result of GET /10dlc/partnerCampaign/sharedByMe. */
export type Messaging10dlcPartnerCampaignsListSharedByMeResponse =
  operations["GetPartnerCampaignsSharedByUser"]["responses"][200]["content"]["application/json"];

/** One item of the list returned by GET /10dlc/partnerCampaign/sharedByMe. */
export type Messaging10dlcPartnerCampaignsListSharedByMeItem = NonNullable<
  Messaging10dlcPartnerCampaignsListSharedByMeResponse["records"]
>[number];

/** Path parameters of GET /10dlc/partnerCampaign/{campaignId}/sharing. */
export type Messaging10dlcPartnerCampaignsRetrieveSharingStatusPathParams =
  operations["GetPartnerCampaignSharingStatus"]["parameters"]["path"];

/** Result of GET /10dlc/partnerCampaign/{campaignId}/sharing. */
export type Messaging10dlcPartnerCampaignsRetrieveSharingStatusResponse =
  operations["GetPartnerCampaignSharingStatus"]["responses"][200]["content"]["application/json"];

/** Query parameters of GET /10dlc/phone_number_campaigns. */
export type Messaging10dlcPhoneNumberCampaignsListQuery = NonNullable<
  operations["GetAllPhoneNumberCampaigns"]["parameters"]["query"]
>;

/** Result of GET /10dlc/phone_number_campaigns. */
export type Messaging10dlcPhoneNumberCampaignsListResponse =
  operations["GetAllPhoneNumberCampaigns"]["responses"][200]["content"]["application/json"];

/** One item of the list returned by GET /10dlc/phone_number_campaigns. */
export type Messaging10dlcPhoneNumberCampaignsListItem = NonNullable<
  Messaging10dlcPhoneNumberCampaignsListResponse["records"]
>[number];

/** Request body of POST /10dlc/phone_number_campaigns. */
export type Messaging10dlcPhoneNumberCampaignsCreateParams = NonNullable<
  operations["CreatePhoneNumberCampaign"]["requestBody"]
>["content"]["application/json"];

/** Result of POST /10dlc/phone_number_campaigns. */
export type Messaging10dlcPhoneNumberCampaignsCreateResponse =
  operations["CreatePhoneNumberCampaign"]["responses"][200]["content"]["application/json"];

/** Path parameters of GET /10dlc/phone_number_campaigns/{phoneNumber}. */
export type Messaging10dlcPhoneNumberCampaignsRetrievePathParams =
  operations["GetSinglePhoneNumberCampaign"]["parameters"]["path"];

/** Result of GET /10dlc/phone_number_campaigns/{phoneNumber}. */
export type Messaging10dlcPhoneNumberCampaignsRetrieveResponse =
  operations["GetSinglePhoneNumberCampaign"]["responses"][200]["content"]["application/json"];

/** Path parameters of PUT /10dlc/phone_number_campaigns/{phoneNumber}. */
export type Messaging10dlcPhoneNumberCampaignsUpdatePathParams =
  operations["PutPhoneNumberCampaign"]["parameters"]["path"];

/** Request body of PUT /10dlc/phone_number_campaigns/{phoneNumber}. */
export type Messaging10dlcPhoneNumberCampaignsUpdateParams = NonNullable<
  operations["PutPhoneNumberCampaign"]["requestBody"]
>["content"]["application/json"];

/** Result of PUT /10dlc/phone_number_campaigns/{phoneNumber}. */
export type Messaging10dlcPhoneNumberCampaignsUpdateResponse =
  operations["PutPhoneNumberCampaign"]["responses"][200]["content"]["application/json"];

/** Path parameters of DELETE /10dlc/phone_number_campaigns/{phoneNumber}. */
export type Messaging10dlcPhoneNumberCampaignsDeletePathParams =
  operations["DeletePhoneNumberCampaign"]["parameters"]["path"];

/** Result of DELETE /10dlc/phone_number_campaigns/{phoneNumber}. */
export type Messaging10dlcPhoneNumberCampaignsDeleteResponse =
  operations["DeletePhoneNumberCampaign"]["responses"][200]["content"]["application/json"];

/** Request body of POST /10dlc/phoneNumberAssignmentByProfile. */
export type Messaging10dlcPhoneNumberAssignmentByProfileAssignParams = NonNullable<
  operations["PostAssignMessagingProfileToCampaign"]["requestBody"]
>["content"]["application/json"];

/** Result of POST /10dlc/phoneNumberAssignmentByProfile. */
export type Messaging10dlcPhoneNumberAssignmentByProfileAssignResponse =
  operations["PostAssignMessagingProfileToCampaign"]["responses"][202]["content"]["application/json"];

/** Path parameters of GET /10dlc/phoneNumberAssignmentByProfile/{taskId}. */
export type Messaging10dlcPhoneNumberAssignmentByProfileRetrieveStatusPathParams =
  operations["GetAssignmentTaskStatus"]["parameters"]["path"];

/** Result of GET /10dlc/phoneNumberAssignmentByProfile/{taskId}. */
export type Messaging10dlcPhoneNumberAssignmentByProfileRetrieveStatusResponse =
  operations["GetAssignmentTaskStatus"]["responses"][200]["content"]["application/json"];

/** Path parameters of GET /10dlc/phoneNumberAssignmentByProfile/{taskId}/phoneNumbers. */
export type Messaging10dlcPhoneNumberAssignmentByProfileListPhoneNumberStatusPathParams =
  operations["GetPhoneNumberStatus"]["parameters"]["path"];

/** Query parameters of GET /10dlc/phoneNumberAssignmentByProfile/{taskId}/phoneNumbers. */
export type Messaging10dlcPhoneNumberAssignmentByProfileListPhoneNumberStatusQuery = NonNullable<
  operations["GetPhoneNumberStatus"]["parameters"]["query"]
>;

/** Result of GET /10dlc/phoneNumberAssignmentByProfile/{taskId}/phoneNumbers. */
export type Messaging10dlcPhoneNumberAssignmentByProfileListPhoneNumberStatusResponse =
  operations["GetPhoneNumberStatus"]["responses"][200]["content"]["application/json"];

/** One item of the list returned by GET /10dlc/phoneNumberAssignmentByProfile/{taskId}/phoneNumbers. */
export type Messaging10dlcPhoneNumberAssignmentByProfileListPhoneNumberStatusItem = NonNullable<
  Messaging10dlcPhoneNumberAssignmentByProfileListPhoneNumberStatusResponse["records"]
>[number];

/** Path parameters of GET /10dlc/enum/{endpoint}. */
export type Messaging10dlcGetEnumPathParams = operations["GetEnumEndpoint"]["parameters"]["path"];

/** Result of GET /10dlc/enum/{endpoint}. */
export type Messaging10dlcGetEnumResponse =
  operations["GetEnumEndpoint"]["responses"][200]["content"]["application/json"];

/** Query parameters of GET /available_phone_numbers. */
export type AvailablePhoneNumbersListQuery = NonNullable<
  operations["ListAvailablePhoneNumbers"]["parameters"]["query"]
>;

/** Result of GET /available_phone_numbers. */
export type AvailablePhoneNumbersListResponse =
  operations["ListAvailablePhoneNumbers"]["responses"][200]["content"]["application/json"];

/** Query parameters of GET /number_orders. */
export type NumberOrdersListQuery = NonNullable<operations["ListNumberOrders"]["parameters"]["query"]>;

/** Result of GET /number_orders. */
export type NumberOrdersListResponse =
  operations["ListNumberOrders"]["responses"][200]["content"]["application/json"];

/** One item of the list returned by GET /number_orders. */
export type NumberOrdersListItem = NonNullable<NumberOrdersListResponse["data"]>[number];

/** Request body of POST /number_orders. */
export type NumberOrdersCreateParams = NonNullable<
  operations["CreateNumberOrder"]["requestBody"]
>["content"]["application/json"];

/** Result of POST /number_orders. */
export type NumberOrdersCreateResponse =
  operations["CreateNumberOrder"]["responses"][200]["content"]["application/json"];

/** Path parameters of GET /number_orders/{number_order_id}. */
export type NumberOrdersRetrievePathParams = operations["RetrieveNumberOrder"]["parameters"]["path"];

/** Result of GET /number_orders/{number_order_id}. */
export type NumberOrdersRetrieveResponse =
  operations["RetrieveNumberOrder"]["responses"][200]["content"]["application/json"];

/** Path parameters of PATCH /number_orders/{number_order_id}. */
export type NumberOrdersUpdatePathParams = operations["UpdateNumberOrder"]["parameters"]["path"];

/** Request body of PATCH /number_orders/{number_order_id}. */
export type NumberOrdersUpdateParams = NonNullable<
  operations["UpdateNumberOrder"]["requestBody"]
>["content"]["application/json"];

/** Result of PATCH /number_orders/{number_order_id}. */
export type NumberOrdersUpdateResponse =
  operations["UpdateNumberOrder"]["responses"][200]["content"]["application/json"];

/** Query parameters of GET /number_reservations. */
export type NumberReservationsListQuery = NonNullable<
  operations["ListNumberReservations"]["parameters"]["query"]
>;

/** Result of GET /number_reservations. */
export type NumberReservationsListResponse =
  operations["ListNumberReservations"]["responses"][200]["content"]["application/json"];

/** One item of the list returned by GET /number_reservations. */
export type NumberReservationsListItem = NonNullable<NumberReservationsListResponse["data"]>[number];

/** Request body of POST /number_reservations. */
export type NumberReservationsCreateParams = NonNullable<
  operations["CreateNumberReservation"]["requestBody"]
>["content"]["application/json"];

/** Result of POST /number_reservations. */
export type NumberReservationsCreateResponse =
  operations["CreateNumberReservation"]["responses"][200]["content"]["application/json"];

/** Path parameters of GET /number_reservations/{number_reservation_id}. */
export type NumberReservationsRetrievePathParams =
  operations["RetrieveNumberReservation"]["parameters"]["path"];

/** Result of GET /number_reservations/{number_reservation_id}. */
export type NumberReservationsRetrieveResponse =
  operations["RetrieveNumberReservation"]["responses"][200]["content"]["application/json"];

/** Result of GET /advanced_orders. */
export type AdvancedOrdersListResponse =
  operations["list_advanced_orders_v2"]["responses"][200]["content"]["application/json"];

/** Request body of POST /advanced_orders. */
export type AdvancedOrdersCreateParams = NonNullable<
  operations["create_advanced_order_v2"]["requestBody"]
>["content"]["application/json"];

/** Result of POST /advanced_orders. */
export type AdvancedOrdersCreateResponse =
  operations["create_advanced_order_v2"]["responses"][200]["content"]["application/json"];

/** Path parameters of PATCH /advanced_orders/{advanced-order-id}/requirement_group. */
export type AdvancedOrdersUpdateRequirementGroupPathParams =
  operations["update_advanced_order_v2"]["parameters"]["path"];

/** Request body of PATCH /advanced_orders/{advanced-order-id}/requirement_group. */
export type AdvancedOrdersUpdateRequirementGroupParams = NonNullable<
  operations["update_advanced_order_v2"]["requestBody"]
>["content"]["application/json"];

/** Result of PATCH /advanced_orders/{advanced-order-id}/requirement_group. */
export type AdvancedOrdersUpdateRequirementGroupResponse =
  operations["update_advanced_order_v2"]["responses"][200]["content"]["application/json"];

/** Path parameters of GET /advanced_orders/{order_id}. */
export type AdvancedOrdersRetrievePathParams = operations["get_advanced_order_v2"]["parameters"]["path"];

/** Result of GET /advanced_orders/{order_id}. */
export type AdvancedOrdersRetrieveResponse =
  operations["get_advanced_order_v2"]["responses"][200]["content"]["application/json"];

/** Query parameters of GET /available_phone_number_blocks. */
export type AvailablePhoneNumberBlocksListQuery = NonNullable<
  operations["ListAvailablePhoneNumberBlocks"]["parameters"]["query"]
>;

/** Result of GET /available_phone_number_blocks. */
export type AvailablePhoneNumberBlocksListResponse =
  operations["ListAvailablePhoneNumberBlocks"]["responses"][200]["content"]["application/json"];

/** Query parameters of GET /comments. */
export type CommentsListQuery = NonNullable<operations["ListComments"]["parameters"]["query"]>;

/** Result of GET /comments. */
export type CommentsListResponse =
  operations["ListComments"]["responses"][200]["content"]["application/json"];

/** Request body of POST /comments. */
export type CommentsCreateParams = NonNullable<
  operations["CreateComment"]["requestBody"]
>["content"]["application/json"];

/** Result of POST /comments. */
export type CommentsCreateResponse =
  operations["CreateComment"]["responses"][200]["content"]["application/json"];

/** Path parameters of GET /comments/{id}. */
export type CommentsRetrievePathParams = operations["RetrieveComment"]["parameters"]["path"];

/** Result of GET /comments/{id}. */
export type CommentsRetrieveResponse =
  operations["RetrieveComment"]["responses"][200]["content"]["application/json"];

/** Path parameters of PATCH /comments/{id}/read. */
export type CommentsMarkAsReadPathParams = operations["MarkCommentRead"]["parameters"]["path"];

/** Result of PATCH /comments/{id}/read. */
export type CommentsMarkAsReadResponse =
  operations["MarkCommentRead"]["responses"][200]["content"]["application/json"];

/** Result of GET /country_coverage. */
export type CountryCoverageRetrieveResponse =
  operations["retreiveCountryCoverage"]["responses"][200]["content"]["application/json"];

/** Path parameters of GET /country_coverage/countries/{country_code}. */
export type CountryCoverageRetrieveCountryPathParams =
  operations["retreiveSpecificCountryCoverage"]["parameters"]["path"];

/** Result of GET /country_coverage/countries/{country_code}. */
export type CountryCoverageRetrieveCountryResponse =
  operations["retreiveSpecificCountryCoverage"]["responses"][200]["content"]["application/json"];

/** Query parameters of GET /customer_service_records. */
export type CustomerServiceRecordsListQuery = NonNullable<
  operations["ListCustomerServiceRecords"]["parameters"]["query"]
>;

/** Result of GET /customer_service_records. */
export type CustomerServiceRecordsListResponse =
  operations["ListCustomerServiceRecords"]["responses"][200]["content"]["application/json"];

/** One item of the list returned by GET /customer_service_records. */
export type CustomerServiceRecordsListItem = NonNullable<CustomerServiceRecordsListResponse["data"]>[number];

/** Request body of POST /customer_service_records. */
export type CustomerServiceRecordsCreateParams = NonNullable<
  operations["CreateCustomerServiceRecord"]["requestBody"]
>["content"]["application/json"];

/** Result of POST /customer_service_records. */
export type CustomerServiceRecordsCreateResponse =
  operations["CreateCustomerServiceRecord"]["responses"][201]["content"]["application/json"];

/** Request body of POST /customer_service_records/phone_number_coverages. */
export type CustomerServiceRecordsVerifyPhoneNumberCoverageParams = NonNullable<
  operations["VerifyPhoneNumberCoverage"]["requestBody"]
>["content"]["application/json"];

/** Result of POST /customer_service_records/phone_number_coverages. */
export type CustomerServiceRecordsVerifyPhoneNumberCoverageResponse =
  operations["VerifyPhoneNumberCoverage"]["responses"][201]["content"]["application/json"];

/** Path parameters of GET /customer_service_records/{customer_service_record_id}. */
export type CustomerServiceRecordsRetrievePathParams =
  operations["GetCustomerServiceRecord"]["parameters"]["path"];

/** Result of GET /customer_service_records/{customer_service_record_id}. */
export type CustomerServiceRecordsRetrieveResponse =
  operations["GetCustomerServiceRecord"]["responses"][201]["content"]["application/json"];

/** Query parameters of GET /inexplicit_number_orders. */
export type InexplicitNumberOrdersListQuery = NonNullable<
  operations["ListInexplicitNumberOrders"]["parameters"]["query"]
>;

/** Result of GET /inexplicit_number_orders. */
export type InexplicitNumberOrdersListResponse =
  operations["ListInexplicitNumberOrders"]["responses"][200]["content"]["application/json"];

/** One item of the list returned by GET /inexplicit_number_orders. */
export type InexplicitNumberOrdersListItem = NonNullable<InexplicitNumberOrdersListResponse["data"]>[number];

/** Request body of POST /inexplicit_number_orders. */
export type InexplicitNumberOrdersCreateParams = NonNullable<
  operations["CreateInexplicitNumberOrder"]["requestBody"]
>["content"]["application/json"];

/** Result of POST /inexplicit_number_orders. */
export type InexplicitNumberOrdersCreateResponse =
  operations["CreateInexplicitNumberOrder"]["responses"][200]["content"]["application/json"];

/** Path parameters of GET /inexplicit_number_orders/{id}. */
export type InexplicitNumberOrdersRetrievePathParams =
  operations["RetrieveInexplicitNumberOrder"]["parameters"]["path"];

/** Result of GET /inexplicit_number_orders/{id}. */
export type InexplicitNumberOrdersRetrieveResponse =
  operations["RetrieveInexplicitNumberOrder"]["responses"][200]["content"]["application/json"];

/** Query parameters of GET /inventory_coverage. */
export type InventoryCoverageListQuery = NonNullable<
  operations["CreateInventoryCoverage"]["parameters"]["query"]
>;

/** Result of GET /inventory_coverage. */
export type InventoryCoverageListResponse =
  operations["CreateInventoryCoverage"]["responses"][200]["content"]["application/json"];

/** Query parameters of GET /mobile_network_operators. */
export type MobileNetworkOperatorsListQuery = NonNullable<
  operations["GetMobileNetworkOperators"]["parameters"]["query"]
>;

/** Result of GET /mobile_network_operators. */
export type MobileNetworkOperatorsListResponse =
  operations["GetMobileNetworkOperators"]["responses"][200]["content"]["application/json"];

/** One item of the list returned by GET /mobile_network_operators. */
export type MobileNetworkOperatorsListItem = NonNullable<MobileNetworkOperatorsListResponse["data"]>[number];

/** Query parameters of GET /network_coverage. */
export type NetworkCoverageListQuery = NonNullable<operations["ListNetworkCoverage"]["parameters"]["query"]>;

/** Result of GET /network_coverage. */
export type NetworkCoverageListResponse =
  operations["ListNetworkCoverage"]["responses"][200]["content"]["application/json"];

/** One item of the list returned by GET /network_coverage. */
export type NetworkCoverageListItem = NonNullable<NetworkCoverageListResponse["data"]>[number];

/** Query parameters of GET /number_block_orders. */
export type NumberBlockOrdersListQuery = NonNullable<
  operations["ListNumberBlockOrders"]["parameters"]["query"]
>;

/** Result of GET /number_block_orders. */
export type NumberBlockOrdersListResponse =
  operations["ListNumberBlockOrders"]["responses"][200]["content"]["application/json"];

/** One item of the list returned by GET /number_block_orders. */
export type NumberBlockOrdersListItem = NonNullable<NumberBlockOrdersListResponse["data"]>[number];

/** Request body of POST /number_block_orders. */
export type NumberBlockOrdersCreateParams = NonNullable<
  operations["CreateNumberBlockOrder"]["requestBody"]
>["content"]["application/json"];

/** Result of POST /number_block_orders. */
export type NumberBlockOrdersCreateResponse =
  operations["CreateNumberBlockOrder"]["responses"][200]["content"]["application/json"];

/** Path parameters of GET /number_block_orders/{number_block_order_id}. */
export type NumberBlockOrdersRetrievePathParams =
  operations["RetrieveNumberBlockOrder"]["parameters"]["path"];

/** Result of GET /number_block_orders/{number_block_order_id}. */
export type NumberBlockOrdersRetrieveResponse =
  operations["RetrieveNumberBlockOrder"]["responses"][200]["content"]["application/json"];

/** Query parameters of GET /number_order_phone_numbers. */
export type NumberOrderPhoneNumbersListQuery = NonNullable<
  operations["RetrieveOrderPhoneNumbers"]["parameters"]["query"]
>;

/** Result of GET /number_order_phone_numbers. */
export type NumberOrderPhoneNumbersListResponse =
  operations["RetrieveOrderPhoneNumbers"]["responses"][200]["content"]["application/json"];

/** Path parameters of GET /number_order_phone_numbers/{number_order_phone_number_id}. */
export type NumberOrderPhoneNumbersRetrievePathParams =
  operations["GetNumberOrderPhoneNumber"]["parameters"]["path"];

/** Result of GET /number_order_phone_numbers/{number_order_phone_number_id}. */
export type NumberOrderPhoneNumbersRetrieveResponse =
  operations["GetNumberOrderPhoneNumber"]["responses"][200]["content"]["application/json"];

/** Path parameters of PATCH /number_order_phone_numbers/{number_order_phone_number_id}. */
export type NumberOrderPhoneNumbersUpdateRequirementsPathParams =
  operations["UpdateNumberOrderPhoneNumber"]["parameters"]["path"];

/** Request body of PATCH /number_order_phone_numbers/{number_order_phone_number_id}. */
export type NumberOrderPhoneNumbersUpdateRequirementsParams = NonNullable<
  operations["UpdateNumberOrderPhoneNumber"]["requestBody"]
>["content"]["application/json"];

/** Result of PATCH /number_order_phone_numbers/{number_order_phone_number_id}. */
export type NumberOrderPhoneNumbersUpdateRequirementsResponse =
  operations["UpdateNumberOrderPhoneNumber"]["responses"][200]["content"]["application/json"];

/** Path parameters of POST /number_reservations/{number_reservation_id}/actions/extend. */
export type NumberReservationsActionsExtendPathParams =
  operations["ExtendNumberReservationExpiryTime"]["parameters"]["path"];

/** Result of POST /number_reservations/{number_reservation_id}/actions/extend. */
export type NumberReservationsActionsExtendResponse =
  operations["ExtendNumberReservationExpiryTime"]["responses"][200]["content"]["application/json"];

/** Request body of POST /numbers_features. */
export type NumbersFeaturesCreateParams = NonNullable<
  operations["PostNumbersFeatures"]["requestBody"]
>["content"]["application/json"];

/** Result of POST /numbers_features. */
export type NumbersFeaturesCreateResponse =
  operations["PostNumbersFeatures"]["responses"][200]["content"]["application/json"];

/** Query parameters of GET /phone_number_blocks/jobs. */
export type PhoneNumberBlocksJobsListQuery = NonNullable<
  operations["ListPhoneNumberBlocksJobs"]["parameters"]["query"]
>;

/** Result of GET /phone_number_blocks/jobs. */
export type PhoneNumberBlocksJobsListResponse =
  operations["ListPhoneNumberBlocksJobs"]["responses"][200]["content"]["application/json"];

/** One item of the list returned by GET /phone_number_blocks/jobs. */
export type PhoneNumberBlocksJobsListItem = NonNullable<PhoneNumberBlocksJobsListResponse["data"]>[number];

/** Request body of POST /phone_number_blocks/jobs/delete_phone_number_block. */
export type PhoneNumberBlocksJobsDeletePhoneNumberBlockParams = NonNullable<
  operations["CreatePhoneNumberBlockDeletionJob"]["requestBody"]
>["content"]["application/json"];

/** Result of POST /phone_number_blocks/jobs/delete_phone_number_block. */
export type PhoneNumberBlocksJobsDeletePhoneNumberBlockResponse =
  operations["CreatePhoneNumberBlockDeletionJob"]["responses"][202]["content"]["application/json"];

/** Path parameters of GET /phone_number_blocks/jobs/{id}. */
export type PhoneNumberBlocksJobsRetrievePathParams =
  operations["GetPhoneNumberBlocksJob"]["parameters"]["path"];

/** Result of GET /phone_number_blocks/jobs/{id}. */
export type PhoneNumberBlocksJobsRetrieveResponse =
  operations["GetPhoneNumberBlocksJob"]["responses"][200]["content"]["application/json"];

/** Query parameters of GET /sub_number_orders. */
export type SubNumberOrdersListQuery = NonNullable<operations["ListSubNumberOrders"]["parameters"]["query"]>;

/** Result of GET /sub_number_orders. */
export type SubNumberOrdersListResponse =
  operations["ListSubNumberOrders"]["responses"][200]["content"]["application/json"];

/** Path parameters of GET /sub_number_orders/{sub_number_order_id}. */
export type SubNumberOrdersRetrievePathParams = operations["GetSubNumberOrder"]["parameters"]["path"];

/** Query parameters of GET /sub_number_orders/{sub_number_order_id}. */
export type SubNumberOrdersRetrieveQuery = NonNullable<
  operations["GetSubNumberOrder"]["parameters"]["query"]
>;

/** Result of GET /sub_number_orders/{sub_number_order_id}. */
export type SubNumberOrdersRetrieveResponse =
  operations["GetSubNumberOrder"]["responses"][200]["content"]["application/json"];

/** Path parameters of PATCH /sub_number_orders/{sub_number_order_id}. */
export type SubNumberOrdersUpdatePathParams = operations["UpdateSubNumberOrder"]["parameters"]["path"];

/** Request body of PATCH /sub_number_orders/{sub_number_order_id}. */
export type SubNumberOrdersUpdateParams = NonNullable<
  operations["UpdateSubNumberOrder"]["requestBody"]
>["content"]["application/json"];

/** Result of PATCH /sub_number_orders/{sub_number_order_id}. */
export type SubNumberOrdersUpdateResponse =
  operations["UpdateSubNumberOrder"]["responses"][200]["content"]["application/json"];

/** Path parameters of PATCH /sub_number_orders/{sub_number_order_id}/cancel. */
export type SubNumberOrdersCancelPathParams = operations["CancelSubNumberOrder"]["parameters"]["path"];

/** Result of PATCH /sub_number_orders/{sub_number_order_id}/cancel. */
export type SubNumberOrdersCancelResponse =
  operations["CancelSubNumberOrder"]["responses"][200]["content"]["application/json"];

/** Request body of POST /sub_number_orders_report. */
export type SubNumberOrdersReportCreateParams = NonNullable<
  operations["CreateSubNumberOrdersReport"]["requestBody"]
>["content"]["application/json"];

/** Result of POST /sub_number_orders_report. */
export type SubNumberOrdersReportCreateResponse =
  operations["CreateSubNumberOrdersReport"]["responses"][202]["content"]["application/json"];

/** Path parameters of GET /sub_number_orders_report/{report_id}. */
export type SubNumberOrdersReportRetrievePathParams =
  operations["GetSubNumberOrdersReport"]["parameters"]["path"];

/** Result of GET /sub_number_orders_report/{report_id}. */
export type SubNumberOrdersReportRetrieveResponse =
  operations["GetSubNumberOrdersReport"]["responses"][200]["content"]["application/json"];

/** Path parameters of GET /sub_number_orders_report/{report_id}/download. */
export type SubNumberOrdersReportDownloadPathParams =
  operations["DownloadSubNumberOrdersReport"]["parameters"]["path"];

/** Result of GET /sub_number_orders_report/{report_id}/download. */
export type SubNumberOrdersReportDownloadResponse = File;

/** Query parameters of GET /bundle_pricing/billing_bundles. */
export type BundlePricingBillingBundlesListQuery = NonNullable<
  operations["GetUserBillingBundles"]["parameters"]["query"]
>;

/** Result of GET /bundle_pricing/billing_bundles. */
export type BundlePricingBillingBundlesListResponse =
  operations["GetUserBillingBundles"]["responses"][200]["content"]["application/json"];

/** One item of the list returned by GET /bundle_pricing/billing_bundles. */
export type BundlePricingBillingBundlesListItem = NonNullable<
  BundlePricingBillingBundlesListResponse["data"]
>[number];

/** Path parameters of GET /bundle_pricing/billing_bundles/{bundle_id}. */
export type BundlePricingBillingBundlesRetrievePathParams =
  operations["GetBillingBundleById"]["parameters"]["path"];

/** Result of GET /bundle_pricing/billing_bundles/{bundle_id}. */
export type BundlePricingBillingBundlesRetrieveResponse =
  operations["GetBillingBundleById"]["responses"][200]["content"]["application/json"];

/** Query parameters of GET /bundle_pricing/user_bundles. */
export type BundlePricingUserBundlesListQuery = NonNullable<
  operations["GetUserBundles"]["parameters"]["query"]
>;

/** Result of GET /bundle_pricing/user_bundles. */
export type BundlePricingUserBundlesListResponse =
  operations["GetUserBundles"]["responses"][200]["content"]["application/json"];

/** One item of the list returned by GET /bundle_pricing/user_bundles. */
export type BundlePricingUserBundlesListItem = NonNullable<
  BundlePricingUserBundlesListResponse["data"]
>[number];

/** Request body of POST /bundle_pricing/user_bundles/bulk. */
export type BundlePricingUserBundlesCreateParams = NonNullable<
  operations["CreateUserBundlesBulk"]["requestBody"]
>["content"]["application/json"];

/** Result of POST /bundle_pricing/user_bundles/bulk. */
export type BundlePricingUserBundlesCreateResponse =
  operations["CreateUserBundlesBulk"]["responses"][201]["content"]["application/json"];

/** Query parameters of GET /bundle_pricing/user_bundles/unused. */
export type BundlePricingUserBundlesListUnusedQuery = NonNullable<
  operations["GetUnusedUserBundles"]["parameters"]["query"]
>;

/** Result of GET /bundle_pricing/user_bundles/unused. */
export type BundlePricingUserBundlesListUnusedResponse =
  operations["GetUnusedUserBundles"]["responses"][200]["content"]["application/json"];

/** Path parameters of GET /bundle_pricing/user_bundles/{user_bundle_id}. */
export type BundlePricingUserBundlesRetrievePathParams =
  operations["GetUserBundleById"]["parameters"]["path"];

/** Result of GET /bundle_pricing/user_bundles/{user_bundle_id}. */
export type BundlePricingUserBundlesRetrieveResponse =
  operations["GetUserBundleById"]["responses"][200]["content"]["application/json"];

/** Path parameters of DELETE /bundle_pricing/user_bundles/{user_bundle_id}. */
export type BundlePricingUserBundlesDeactivatePathParams =
  operations["DeactivateUserBundle"]["parameters"]["path"];

/** Result of DELETE /bundle_pricing/user_bundles/{user_bundle_id}. */
export type BundlePricingUserBundlesDeactivateResponse =
  operations["DeactivateUserBundle"]["responses"][200]["content"]["application/json"];

/** Path parameters of GET /bundle_pricing/user_bundles/{user_bundle_id}/resources. */
export type BundlePricingUserBundlesListResourcesPathParams =
  operations["GetUserBundleResources"]["parameters"]["path"];

/** Result of GET /bundle_pricing/user_bundles/{user_bundle_id}/resources. */
export type BundlePricingUserBundlesListResourcesResponse =
  operations["GetUserBundleResources"]["responses"][200]["content"]["application/json"];

/** Query parameters of GET /document_links. */
export type DocumentLinksListQuery = NonNullable<operations["ListDocumentLinks"]["parameters"]["query"]>;

/** Result of GET /document_links. */
export type DocumentLinksListResponse =
  operations["ListDocumentLinks"]["responses"][200]["content"]["application/json"];

/** One item of the list returned by GET /document_links. */
export type DocumentLinksListItem = NonNullable<DocumentLinksListResponse["data"]>[number];

/** Query parameters of GET /documents. */
export type DocumentsListQuery = NonNullable<operations["ListDocuments"]["parameters"]["query"]>;

/** Result of GET /documents. */
export type DocumentsListResponse =
  operations["ListDocuments"]["responses"][200]["content"]["application/json"];

/** One item of the list returned by GET /documents. */
export type DocumentsListItem = NonNullable<DocumentsListResponse["data"]>[number];

/** Request body of POST /documents: JSON, or multipart/form-data when a field holds a file. */
export type DocumentsUploadJsonParams =
  | NonNullable<operations["CreateDocument"]["requestBody"]>["content"]["application/json"]
  | NonNullable<operations["CreateDocument"]["requestBody"]>["content"]["multipart/form-data"];

/** Result of POST /documents. */
export type DocumentsUploadJsonResponse =
  operations["CreateDocument"]["responses"][200]["content"]["application/json"];

/** Path parameters of GET /documents/{id}. */
export type DocumentsRetrievePathParams = operations["RetrieveDocument"]["parameters"]["path"];

/** Result of GET /documents/{id}. */
export type DocumentsRetrieveResponse =
  operations["RetrieveDocument"]["responses"][200]["content"]["application/json"];

/** Path parameters of PATCH /documents/{id}. */
export type DocumentsUpdatePathParams = operations["UpdateDocument"]["parameters"]["path"];

/** Request body of PATCH /documents/{id}. */
export type DocumentsUpdateParams = NonNullable<
  operations["UpdateDocument"]["requestBody"]
>["content"]["application/json"];

/** Result of PATCH /documents/{id}. */
export type DocumentsUpdateResponse =
  operations["UpdateDocument"]["responses"][200]["content"]["application/json"];

/** Path parameters of DELETE /documents/{id}. */
export type DocumentsDeletePathParams = operations["DeleteDocument"]["parameters"]["path"];

/** Result of DELETE /documents/{id}. */
export type DocumentsDeleteResponse =
  operations["DeleteDocument"]["responses"][200]["content"]["application/json"];

/** Path parameters of GET /documents/{id}/download. */
export type DocumentsDownloadPathParams = operations["DownloadDocument"]["parameters"]["path"];

/** Result of GET /documents/{id}/download. */
export type DocumentsDownloadResponse = File;

/** Path parameters of GET /documents/{id}/download_link. */
export type DocumentsGenerateDownloadLinkPathParams =
  operations["getDocumentDownloadLink"]["parameters"]["path"];

/** Result of GET /documents/{id}/download_link. */
export type DocumentsGenerateDownloadLinkResponse =
  operations["getDocumentDownloadLink"]["responses"][200]["content"]["application/json"];

/** Path parameters of POST /number_order_phone_numbers/{id}/requirement_group. */
export type NumberOrderPhoneNumbersUpdateRequirementGroupPathParams =
  operations["updateNumberOrderPhoneNumberRequirementGroup"]["parameters"]["path"];

/** Request body of POST /number_order_phone_numbers/{id}/requirement_group. */
export type NumberOrderPhoneNumbersUpdateRequirementGroupParams = NonNullable<
  operations["updateNumberOrderPhoneNumberRequirementGroup"]["requestBody"]
>["content"]["application/json"];

/** Result of POST /number_order_phone_numbers/{id}/requirement_group. */
export type NumberOrderPhoneNumbersUpdateRequirementGroupResponse =
  operations["updateNumberOrderPhoneNumberRequirementGroup"]["responses"][200]["content"]["application/json"];

/** Query parameters of GET /phone_numbers_regulatory_requirements. */
export type PhoneNumbersRegulatoryRequirementsRetrieveQuery = NonNullable<
  operations["ListRegulatoryRequirementsPhoneNumbers"]["parameters"]["query"]
>;

/** Result of GET /phone_numbers_regulatory_requirements. */
export type PhoneNumbersRegulatoryRequirementsRetrieveResponse =
  operations["ListRegulatoryRequirementsPhoneNumbers"]["responses"][200]["content"]["application/json"];

/** Query parameters of GET /regulatory_requirements. */
export type RegulatoryRequirementsRetrieveQuery = NonNullable<
  operations["ListRegulatoryRequirements"]["parameters"]["query"]
>;

/** Result of GET /regulatory_requirements. */
export type RegulatoryRequirementsRetrieveResponse =
  operations["ListRegulatoryRequirements"]["responses"][200]["content"]["application/json"];

/** Query parameters of GET /requirement_groups. */
export type RequirementGroupsListQuery = NonNullable<
  operations["GetRequirementGroups"]["parameters"]["query"]
>;

/** Result of GET /requirement_groups. */
export type RequirementGroupsListResponse =
  operations["GetRequirementGroups"]["responses"][200]["content"]["application/json"];

/** Request body of POST /requirement_groups. */
export type RequirementGroupsCreateParams = NonNullable<
  operations["CreateRequirementGroup"]["requestBody"]
>["content"]["application/json"];

/** Result of POST /requirement_groups. */
export type RequirementGroupsCreateResponse =
  operations["CreateRequirementGroup"]["responses"][200]["content"]["application/json"];

/** Path parameters of GET /requirement_groups/{id}. */
export type RequirementGroupsRetrievePathParams = operations["GetRequirementGroup"]["parameters"]["path"];

/** Result of GET /requirement_groups/{id}. */
export type RequirementGroupsRetrieveResponse =
  operations["GetRequirementGroup"]["responses"][200]["content"]["application/json"];

/** Path parameters of PATCH /requirement_groups/{id}. */
export type RequirementGroupsUpdatePathParams = operations["UpdateRequirementGroup"]["parameters"]["path"];

/** Request body of PATCH /requirement_groups/{id}. */
export type RequirementGroupsUpdateParams = NonNullable<
  operations["UpdateRequirementGroup"]["requestBody"]
>["content"]["application/json"];

/** Result of PATCH /requirement_groups/{id}. */
export type RequirementGroupsUpdateResponse =
  operations["UpdateRequirementGroup"]["responses"][200]["content"]["application/json"];

/** Path parameters of DELETE /requirement_groups/{id}. */
export type RequirementGroupsDeletePathParams = operations["DeleteRequirementGroup"]["parameters"]["path"];

/** Result of DELETE /requirement_groups/{id}. */
export type RequirementGroupsDeleteResponse =
  operations["DeleteRequirementGroup"]["responses"][200]["content"]["application/json"];

/** Path parameters of POST /requirement_groups/{id}/submit_for_approval. */
export type RequirementGroupsSubmitForApprovalPathParams =
  operations["SubmitRequirementGroup"]["parameters"]["path"];

/** Result of POST /requirement_groups/{id}/submit_for_approval. */
export type RequirementGroupsSubmitForApprovalResponse =
  operations["SubmitRequirementGroup"]["responses"][200]["content"]["application/json"];

/** Query parameters of GET /requirement_types. */
export type RequirementTypesListQuery = NonNullable<
  operations["ListRequirementTypes"]["parameters"]["query"]
>;

/** Result of GET /requirement_types. */
export type RequirementTypesListResponse =
  operations["ListRequirementTypes"]["responses"][200]["content"]["application/json"];

/** Path parameters of GET /requirement_types/{id}. */
export type RequirementTypesRetrievePathParams = operations["RetrieveRequirementType"]["parameters"]["path"];

/** Result of GET /requirement_types/{id}. */
export type RequirementTypesRetrieveResponse =
  operations["RetrieveRequirementType"]["responses"][200]["content"]["application/json"];

/** Query parameters of GET /requirements. */
export type RequirementsListQuery = NonNullable<operations["ListRequirements"]["parameters"]["query"]>;

/** Result of GET /requirements. */
export type RequirementsListResponse =
  operations["ListRequirements"]["responses"][200]["content"]["application/json"];

/** One item of the list returned by GET /requirements. */
export type RequirementsListItem = NonNullable<RequirementsListResponse["data"]>[number];

/** Path parameters of GET /requirements/{id}. */
export type RequirementsRetrievePathParams = operations["RetrieveDocumentRequirements"]["parameters"]["path"];

/** Query parameters of GET /requirements/{id}. */
export type RequirementsRetrieveQuery = NonNullable<
  operations["RetrieveDocumentRequirements"]["parameters"]["query"]
>;

/** Result of GET /requirements/{id}. */
export type RequirementsRetrieveResponse =
  operations["RetrieveDocumentRequirements"]["responses"][200]["content"]["application/json"];

/** Path parameters of POST /sub_number_orders/{id}/requirement_group. */
export type SubNumberOrdersUpdateRequirementGroupPathParams =
  operations["updateSubNumberOrderRequirementGroup"]["parameters"]["path"];

/** Request body of POST /sub_number_orders/{id}/requirement_group. */
export type SubNumberOrdersUpdateRequirementGroupParams = NonNullable<
  operations["updateSubNumberOrderRequirementGroup"]["requestBody"]
>["content"]["application/json"];

/** Result of POST /sub_number_orders/{id}/requirement_group. */
export type SubNumberOrdersUpdateRequirementGroupResponse =
  operations["updateSubNumberOrderRequirementGroup"]["responses"][200]["content"]["application/json"];

/** Query parameters of GET /user_addresses. */
export type UserAddressesListQuery = NonNullable<operations["FindUserAddress"]["parameters"]["query"]>;

/** Result of GET /user_addresses. */
export type UserAddressesListResponse =
  operations["FindUserAddress"]["responses"][200]["content"]["application/json"];

/** One item of the list returned by GET /user_addresses. */
export type UserAddressesListItem = NonNullable<UserAddressesListResponse["data"]>[number];

/** Request body of POST /user_addresses. */
export type UserAddressesCreateParams = NonNullable<
  operations["CreateUserAddress"]["requestBody"]
>["content"]["application/json"];

/** Result of POST /user_addresses. */
export type UserAddressesCreateResponse =
  operations["CreateUserAddress"]["responses"][200]["content"]["application/json"];

/** Path parameters of GET /user_addresses/{id}. */
export type UserAddressesRetrievePathParams = operations["GetUserAddress"]["parameters"]["path"];

/** Result of GET /user_addresses/{id}. */
export type UserAddressesRetrieveResponse =
  operations["GetUserAddress"]["responses"][200]["content"]["application/json"];

/** Query parameters of GET /verified_numbers. */
export type VerifiedNumbersListQuery = NonNullable<operations["ListVerifiedNumbers"]["parameters"]["query"]>;

/** Result of GET /verified_numbers. */
export type VerifiedNumbersListResponse =
  operations["ListVerifiedNumbers"]["responses"][200]["content"]["application/json"];

/** One item of the list returned by GET /verified_numbers. */
export type VerifiedNumbersListItem = NonNullable<VerifiedNumbersListResponse["data"]>[number];

/** Request body of POST /verified_numbers. */
export type VerifiedNumbersCreateParams = NonNullable<
  operations["CreateVerifiedNumber"]["requestBody"]
>["content"]["application/json"];

/** Result of POST /verified_numbers. */
export type VerifiedNumbersCreateResponse =
  operations["CreateVerifiedNumber"]["responses"][200]["content"]["application/json"];

/** Path parameters of GET /verified_numbers/{phone_number}. */
export type VerifiedNumbersRetrievePathParams = operations["GetVerifiedNumber"]["parameters"]["path"];

/** Result of GET /verified_numbers/{phone_number}. */
export type VerifiedNumbersRetrieveResponse =
  operations["GetVerifiedNumber"]["responses"][200]["content"]["application/json"];

/** Path parameters of DELETE /verified_numbers/{phone_number}. */
export type VerifiedNumbersDeletePathParams = operations["DeleteVerifiedNumber"]["parameters"]["path"];

/** Result of DELETE /verified_numbers/{phone_number}. */
export type VerifiedNumbersDeleteResponse =
  operations["DeleteVerifiedNumber"]["responses"][200]["content"]["application/json"];

/** Path parameters of POST /verified_numbers/{phone_number}/actions/verify. */
export type VerifiedNumbersActionsSubmitVerificationCodePathParams =
  operations["VerifyVerificationCode"]["parameters"]["path"];

/** Request body of POST /verified_numbers/{phone_number}/actions/verify. */
export type VerifiedNumbersActionsSubmitVerificationCodeParams = NonNullable<
  operations["VerifyVerificationCode"]["requestBody"]
>["content"]["application/json"];

/** Result of POST /verified_numbers/{phone_number}/actions/verify. */
export type VerifiedNumbersActionsSubmitVerificationCodeResponse =
  operations["VerifyVerificationCode"]["responses"][200]["content"]["application/json"];

/** Request body of POST /portability_checks. */
export type PortabilityChecksRunParams = NonNullable<
  operations["PostPortabilityCheck"]["requestBody"]
>["content"]["application/json"];

/** Result of POST /portability_checks. */
export type PortabilityChecksRunResponse =
  operations["PostPortabilityCheck"]["responses"][201]["content"]["application/json"];

/** Query parameters of GET /porting/events. */
export type PortingEventsListQuery = NonNullable<operations["listPortingEvents"]["parameters"]["query"]>;

/** Result of GET /porting/events. */
export type PortingEventsListResponse =
  operations["listPortingEvents"]["responses"][200]["content"]["application/json"];

/** One item of the list returned by GET /porting/events. */
export type PortingEventsListItem = NonNullable<PortingEventsListResponse["data"]>[number];

/** Path parameters of GET /porting/events/{id}. */
export type PortingEventsRetrievePathParams = operations["showPortingEvent"]["parameters"]["path"];

/** Result of GET /porting/events/{id}. */
export type PortingEventsRetrieveResponse =
  operations["showPortingEvent"]["responses"][200]["content"]["application/json"];

/** Path parameters of POST /porting/events/{id}/republish. */
export type PortingEventsRepublishPathParams = operations["republishPortingEvent"]["parameters"]["path"];

/** Result of POST /porting/events/{id}/republish. */
export type PortingEventsRepublishResponse = void;

/** Query parameters of GET /porting/loa_configurations. */
export type PortingLoaConfigurationsListQuery = NonNullable<
  operations["ListLoaConfigurations"]["parameters"]["query"]
>;

/** Result of GET /porting/loa_configurations. */
export type PortingLoaConfigurationsListResponse =
  operations["ListLoaConfigurations"]["responses"][200]["content"]["application/json"];

/** One item of the list returned by GET /porting/loa_configurations. */
export type PortingLoaConfigurationsListItem = NonNullable<
  PortingLoaConfigurationsListResponse["data"]
>[number];

/** Request body of POST /porting/loa_configurations. */
export type PortingLoaConfigurationsCreateParams = NonNullable<
  operations["CreateLoaConfiguration"]["requestBody"]
>["content"]["application/json"];

/** Result of POST /porting/loa_configurations. */
export type PortingLoaConfigurationsCreateResponse =
  operations["CreateLoaConfiguration"]["responses"][201]["content"]["application/json"];

/** Request body of POST /porting/loa_configurations/preview. */
export type PortingLoaConfigurationsPreviewParams = NonNullable<
  operations["PreviewLoaConfigurationParams"]["requestBody"]
>["content"]["application/json"];

/** Result of POST /porting/loa_configurations/preview. */
export type PortingLoaConfigurationsPreviewResponse = File;

/** Path parameters of GET /porting/loa_configurations/{id}. */
export type PortingLoaConfigurationsRetrievePathParams =
  operations["GetLoaConfiguration"]["parameters"]["path"];

/** Result of GET /porting/loa_configurations/{id}. */
export type PortingLoaConfigurationsRetrieveResponse =
  operations["GetLoaConfiguration"]["responses"][200]["content"]["application/json"];

/** Path parameters of PATCH /porting/loa_configurations/{id}. */
export type PortingLoaConfigurationsUpdatePathParams =
  operations["UpdateLoaConfiguration"]["parameters"]["path"];

/** Request body of PATCH /porting/loa_configurations/{id}. */
export type PortingLoaConfigurationsUpdateParams = NonNullable<
  operations["UpdateLoaConfiguration"]["requestBody"]
>["content"]["application/json"];

/** Result of PATCH /porting/loa_configurations/{id}. */
export type PortingLoaConfigurationsUpdateResponse =
  operations["UpdateLoaConfiguration"]["responses"][200]["content"]["application/json"];

/** Path parameters of DELETE /porting/loa_configurations/{id}. */
export type PortingLoaConfigurationsDeletePathParams =
  operations["DeleteLoaConfiguration"]["parameters"]["path"];

/** Result of DELETE /porting/loa_configurations/{id}. */
export type PortingLoaConfigurationsDeleteResponse = void;

/** Path parameters of GET /porting/loa_configurations/{id}/preview. */
export type PortingLoaConfigurationsPreview1PathParams =
  operations["PreviewLoaConfiguration"]["parameters"]["path"];

/** Result of GET /porting/loa_configurations/{id}/preview. */
export type PortingLoaConfigurationsPreview1Response = File;

/** Query parameters of GET /porting/reports. */
export type PortingReportsListQuery = NonNullable<operations["ListPortingReports"]["parameters"]["query"]>;

/** Result of GET /porting/reports. */
export type PortingReportsListResponse =
  operations["ListPortingReports"]["responses"][200]["content"]["application/json"];

/** One item of the list returned by GET /porting/reports. */
export type PortingReportsListItem = NonNullable<PortingReportsListResponse["data"]>[number];

/** Request body of POST /porting/reports. */
export type PortingReportsCreateParams = NonNullable<
  operations["CreatePortingReport"]["requestBody"]
>["content"]["application/json"];

/** Result of POST /porting/reports. */
export type PortingReportsCreateResponse =
  operations["CreatePortingReport"]["responses"][201]["content"]["application/json"];

/** Path parameters of GET /porting/reports/{id}. */
export type PortingReportsRetrievePathParams = operations["GetPortingReport"]["parameters"]["path"];

/** Result of GET /porting/reports/{id}. */
export type PortingReportsRetrieveResponse =
  operations["GetPortingReport"]["responses"][200]["content"]["application/json"];

/** Result of GET /porting/uk_carriers. */
export type PortingListUkCarriersResponse =
  operations["listPortingUKCarriers"]["responses"][200]["content"]["application/json"];

/** Query parameters of GET /porting_orders. */
export type PortingOrdersListQuery = NonNullable<operations["ListPortingOrders"]["parameters"]["query"]>;

/** Result of GET /porting_orders. */
export type PortingOrdersListResponse =
  operations["ListPortingOrders"]["responses"][200]["content"]["application/json"];

/** One item of the list returned by GET /porting_orders. */
export type PortingOrdersListItem = NonNullable<PortingOrdersListResponse["data"]>[number];

/** Request body of POST /porting_orders. */
export type PortingOrdersCreateParams = NonNullable<
  operations["CreatePortingOrder"]["requestBody"]
>["content"]["application/json"];

/** Result of POST /porting_orders. */
export type PortingOrdersCreateResponse =
  operations["CreatePortingOrder"]["responses"][201]["content"]["application/json"];

/** Result of GET /porting_orders/exception_types. */
export type PortingOrdersRetrieveExceptionTypesResponse =
  operations["ListExceptionTypes"]["responses"][200]["content"]["application/json"];

/** Query parameters of GET /porting_orders/phone_number_configurations. */
export type PortingOrdersPhoneNumberConfigurationsListQuery = NonNullable<
  operations["ListPhoneNumberConfigurations"]["parameters"]["query"]
>;

/** Result of GET /porting_orders/phone_number_configurations. */
export type PortingOrdersPhoneNumberConfigurationsListResponse =
  operations["ListPhoneNumberConfigurations"]["responses"][200]["content"]["application/json"];

/** One item of the list returned by GET /porting_orders/phone_number_configurations. */
export type PortingOrdersPhoneNumberConfigurationsListItem = NonNullable<
  PortingOrdersPhoneNumberConfigurationsListResponse["data"]
>[number];

/** Request body of POST /porting_orders/phone_number_configurations. */
export type PortingOrdersPhoneNumberConfigurationsCreateParams = NonNullable<
  operations["CreatePhoneNumberConfigurations"]["requestBody"]
>["content"]["application/json"];

/** Result of POST /porting_orders/phone_number_configurations. */
export type PortingOrdersPhoneNumberConfigurationsCreateResponse =
  operations["CreatePhoneNumberConfigurations"]["responses"][201]["content"]["application/json"];

/** Path parameters of GET /porting_orders/{id}. */
export type PortingOrdersRetrievePathParams = operations["GetPortingOrder"]["parameters"]["path"];

/** Query parameters of GET /porting_orders/{id}. */
export type PortingOrdersRetrieveQuery = NonNullable<operations["GetPortingOrder"]["parameters"]["query"]>;

/** Result of GET /porting_orders/{id}. */
export type PortingOrdersRetrieveResponse =
  operations["GetPortingOrder"]["responses"][200]["content"]["application/json"];

/** Path parameters of PATCH /porting_orders/{id}. */
export type PortingOrdersUpdatePathParams = operations["UpdatePortingOrder"]["parameters"]["path"];

/** Request body of PATCH /porting_orders/{id}. */
export type PortingOrdersUpdateParams = NonNullable<
  operations["UpdatePortingOrder"]["requestBody"]
>["content"]["application/json"];

/** Result of PATCH /porting_orders/{id}. */
export type PortingOrdersUpdateResponse =
  operations["UpdatePortingOrder"]["responses"][200]["content"]["application/json"];

/** Path parameters of DELETE /porting_orders/{id}. */
export type PortingOrdersDeletePathParams = operations["DeletePortingOrder"]["parameters"]["path"];

/** Result of DELETE /porting_orders/{id}. */
export type PortingOrdersDeleteResponse = void;

/** Path parameters of POST /porting_orders/{id}/actions/activate. */
export type PortingOrdersActionsActivatePathParams = operations["ActivatePortingOrder"]["parameters"]["path"];

/** Result of POST /porting_orders/{id}/actions/activate. */
export type PortingOrdersActionsActivateResponse =
  operations["ActivatePortingOrder"]["responses"][202]["content"]["application/json"];

/** Path parameters of POST /porting_orders/{id}/actions/cancel. */
export type PortingOrdersActionsCancelPathParams = operations["CancelPortingOrder"]["parameters"]["path"];

/** Result of POST /porting_orders/{id}/actions/cancel. */
export type PortingOrdersActionsCancelResponse =
  operations["CancelPortingOrder"]["responses"][200]["content"]["application/json"];

/** Path parameters of POST /porting_orders/{id}/actions/confirm. */
export type PortingOrdersActionsConfirmPathParams = operations["ConfirmPortingOrder"]["parameters"]["path"];

/** Result of POST /porting_orders/{id}/actions/confirm. */
export type PortingOrdersActionsConfirmResponse =
  operations["ConfirmPortingOrder"]["responses"][200]["content"]["application/json"];

/** Path parameters of POST /porting_orders/{id}/actions/share. */
export type PortingOrdersActionsSharePathParams = operations["SharePortingOrder"]["parameters"]["path"];

/** Request body of POST /porting_orders/{id}/actions/share. */
export type PortingOrdersActionsShareParams = NonNullable<
  operations["SharePortingOrder"]["requestBody"]
>["content"]["application/json"];

/** Result of POST /porting_orders/{id}/actions/share. */
export type PortingOrdersActionsShareResponse =
  operations["SharePortingOrder"]["responses"][201]["content"]["application/json"];

/** Path parameters of GET /porting_orders/{id}/activation_jobs. */
export type PortingOrdersActivationJobsListPathParams =
  operations["ListPortingOrderActivationJobs"]["parameters"]["path"];

/** Query parameters of GET /porting_orders/{id}/activation_jobs. */
export type PortingOrdersActivationJobsListQuery = NonNullable<
  operations["ListPortingOrderActivationJobs"]["parameters"]["query"]
>;

/** Result of GET /porting_orders/{id}/activation_jobs. */
export type PortingOrdersActivationJobsListResponse =
  operations["ListPortingOrderActivationJobs"]["responses"][200]["content"]["application/json"];

/** One item of the list returned by GET /porting_orders/{id}/activation_jobs. */
export type PortingOrdersActivationJobsListItem = NonNullable<
  PortingOrdersActivationJobsListResponse["data"]
>[number];

/** Path parameters of GET /porting_orders/{id}/activation_jobs/{activationJobId}. */
export type PortingOrdersActivationJobsRetrievePathParams =
  operations["GetPortingOrdersActivationJob"]["parameters"]["path"];

/** Result of GET /porting_orders/{id}/activation_jobs/{activationJobId}. */
export type PortingOrdersActivationJobsRetrieveResponse =
  operations["GetPortingOrdersActivationJob"]["responses"][200]["content"]["application/json"];

/** Path parameters of PATCH /porting_orders/{id}/activation_jobs/{activationJobId}. */
export type PortingOrdersActivationJobsUpdatePathParams =
  operations["UpdatePortingOrdersActivationJob"]["parameters"]["path"];

/** Request body of PATCH /porting_orders/{id}/activation_jobs/{activationJobId}. */
export type PortingOrdersActivationJobsUpdateParams = NonNullable<
  operations["UpdatePortingOrdersActivationJob"]["requestBody"]
>["content"]["application/json"];

/** Result of PATCH /porting_orders/{id}/activation_jobs/{activationJobId}. */
export type PortingOrdersActivationJobsUpdateResponse =
  operations["UpdatePortingOrdersActivationJob"]["responses"][200]["content"]["application/json"];

/** Path parameters of GET /porting_orders/{id}/additional_documents. */
export type PortingOrdersAdditionalDocumentsListPathParams =
  operations["ListAdditionalDocuments"]["parameters"]["path"];

/** Query parameters of GET /porting_orders/{id}/additional_documents. */
export type PortingOrdersAdditionalDocumentsListQuery = NonNullable<
  operations["ListAdditionalDocuments"]["parameters"]["query"]
>;

/** Result of GET /porting_orders/{id}/additional_documents. */
export type PortingOrdersAdditionalDocumentsListResponse =
  operations["ListAdditionalDocuments"]["responses"][200]["content"]["application/json"];

/** One item of the list returned by GET /porting_orders/{id}/additional_documents. */
export type PortingOrdersAdditionalDocumentsListItem = NonNullable<
  PortingOrdersAdditionalDocumentsListResponse["data"]
>[number];

/** Path parameters of POST /porting_orders/{id}/additional_documents. */
export type PortingOrdersAdditionalDocumentsCreatePathParams =
  operations["CreateAdditionalDocuments"]["parameters"]["path"];

/** Request body of POST /porting_orders/{id}/additional_documents. */
export type PortingOrdersAdditionalDocumentsCreateParams = NonNullable<
  operations["CreateAdditionalDocuments"]["requestBody"]
>["content"]["application/json"];

/** Result of POST /porting_orders/{id}/additional_documents. */
export type PortingOrdersAdditionalDocumentsCreateResponse =
  operations["CreateAdditionalDocuments"]["responses"][201]["content"]["application/json"];

/** Path parameters of DELETE /porting_orders/{id}/additional_documents/{additional_document_id}. */
export type PortingOrdersAdditionalDocumentsDeletePathParams =
  operations["DeleteAdditionalDocument"]["parameters"]["path"];

/** Result of DELETE /porting_orders/{id}/additional_documents/{additional_document_id}. */
export type PortingOrdersAdditionalDocumentsDeleteResponse = void;

/** Path parameters of GET /porting_orders/{id}/allowed_foc_windows. */
export type PortingOrdersRetrieveAllowedFocWindowsPathParams =
  operations["ListAllowedFocWindows"]["parameters"]["path"];

/** Result of GET /porting_orders/{id}/allowed_foc_windows. */
export type PortingOrdersRetrieveAllowedFocWindowsResponse =
  operations["ListAllowedFocWindows"]["responses"][200]["content"]["application/json"];

/** Path parameters of GET /porting_orders/{id}/comments. */
export type PortingOrdersCommentsListPathParams =
  operations["ListPortingOrderComments"]["parameters"]["path"];

/** Query parameters of GET /porting_orders/{id}/comments. */
export type PortingOrdersCommentsListQuery = NonNullable<
  operations["ListPortingOrderComments"]["parameters"]["query"]
>;

/** Result of GET /porting_orders/{id}/comments. */
export type PortingOrdersCommentsListResponse =
  operations["ListPortingOrderComments"]["responses"][200]["content"]["application/json"];

/** One item of the list returned by GET /porting_orders/{id}/comments. */
export type PortingOrdersCommentsListItem = NonNullable<PortingOrdersCommentsListResponse["data"]>[number];

/** Path parameters of POST /porting_orders/{id}/comments. */
export type PortingOrdersCommentsCreatePathParams =
  operations["CreatePortingOrderComment"]["parameters"]["path"];

/** Request body of POST /porting_orders/{id}/comments. */
export type PortingOrdersCommentsCreateParams = NonNullable<
  operations["CreatePortingOrderComment"]["requestBody"]
>["content"]["application/json"];

/** Result of POST /porting_orders/{id}/comments. */
export type PortingOrdersCommentsCreateResponse =
  operations["CreatePortingOrderComment"]["responses"][201]["content"]["application/json"];

/** Path parameters of GET /porting_orders/{id}/loa_template. */
export type PortingOrdersRetrieveLoaTemplatePathParams =
  operations["GetPortingOrderLoaTemplate"]["parameters"]["path"];

/** Query parameters of GET /porting_orders/{id}/loa_template. */
export type PortingOrdersRetrieveLoaTemplateQuery = NonNullable<
  operations["GetPortingOrderLoaTemplate"]["parameters"]["query"]
>;

/** Result of GET /porting_orders/{id}/loa_template. */
export type PortingOrdersRetrieveLoaTemplateResponse = File;

/** Path parameters of GET /porting_orders/{id}/requirements. */
export type PortingOrdersRetrieveRequirementsPathParams =
  operations["ListPortingOrderRequirements"]["parameters"]["path"];

/** Query parameters of GET /porting_orders/{id}/requirements. */
export type PortingOrdersRetrieveRequirementsQuery = NonNullable<
  operations["ListPortingOrderRequirements"]["parameters"]["query"]
>;

/** Result of GET /porting_orders/{id}/requirements. */
export type PortingOrdersRetrieveRequirementsResponse =
  operations["ListPortingOrderRequirements"]["responses"][200]["content"]["application/json"];

/** One item of the list returned by GET /porting_orders/{id}/requirements. */
export type PortingOrdersRetrieveRequirementsItem = NonNullable<
  PortingOrdersRetrieveRequirementsResponse["data"]
>[number];

/** Path parameters of GET /porting_orders/{id}/sub_request. */
export type PortingOrdersRetrieveSubRequestPathParams =
  operations["GetPortingOrderSubRequest"]["parameters"]["path"];

/** Result of GET /porting_orders/{id}/sub_request. */
export type PortingOrdersRetrieveSubRequestResponse =
  operations["GetPortingOrderSubRequest"]["responses"][200]["content"]["application/json"];

/** Path parameters of GET /porting_orders/{id}/verification_codes. */
export type PortingOrdersVerificationCodesListPathParams =
  operations["ListVerificationCodes"]["parameters"]["path"];

/** Query parameters of GET /porting_orders/{id}/verification_codes. */
export type PortingOrdersVerificationCodesListQuery = NonNullable<
  operations["ListVerificationCodes"]["parameters"]["query"]
>;

/** Result of GET /porting_orders/{id}/verification_codes. */
export type PortingOrdersVerificationCodesListResponse =
  operations["ListVerificationCodes"]["responses"][200]["content"]["application/json"];

/** One item of the list returned by GET /porting_orders/{id}/verification_codes. */
export type PortingOrdersVerificationCodesListItem = NonNullable<
  PortingOrdersVerificationCodesListResponse["data"]
>[number];

/** Path parameters of POST /porting_orders/{id}/verification_codes/send. */
export type PortingOrdersVerificationCodesSendPathParams =
  operations["SendPortingVerificationCodes"]["parameters"]["path"];

/** Request body of POST /porting_orders/{id}/verification_codes/send. */
export type PortingOrdersVerificationCodesSendParams = NonNullable<
  operations["SendPortingVerificationCodes"]["requestBody"]
>["content"]["application/json"];

/** Result of POST /porting_orders/{id}/verification_codes/send. */
export type PortingOrdersVerificationCodesSendResponse = void;

/** Path parameters of POST /porting_orders/{id}/verification_codes/verify. */
export type PortingOrdersVerificationCodesVerifyPathParams =
  operations["VerifyPortingVerificationCodes"]["parameters"]["path"];

/** Request body of POST /porting_orders/{id}/verification_codes/verify. */
export type PortingOrdersVerificationCodesVerifyParams = NonNullable<
  operations["VerifyPortingVerificationCodes"]["requestBody"]
>["content"]["application/json"];

/** Result of POST /porting_orders/{id}/verification_codes/verify. */
export type PortingOrdersVerificationCodesVerifyResponse =
  operations["VerifyPortingVerificationCodes"]["responses"][200]["content"]["application/json"];

/** Path parameters of GET /porting_orders/{porting_order_id}/action_requirements. */
export type PortingOrdersActionRequirementsListPathParams =
  operations["listPortingActionRequirements"]["parameters"]["path"];

/** Query parameters of GET /porting_orders/{porting_order_id}/action_requirements. */
export type PortingOrdersActionRequirementsListQuery = NonNullable<
  operations["listPortingActionRequirements"]["parameters"]["query"]
>;

/** Result of GET /porting_orders/{porting_order_id}/action_requirements. */
export type PortingOrdersActionRequirementsListResponse =
  operations["listPortingActionRequirements"]["responses"][200]["content"]["application/json"];

/** One item of the list returned by GET /porting_orders/{porting_order_id}/action_requirements. */
export type PortingOrdersActionRequirementsListItem = NonNullable<
  PortingOrdersActionRequirementsListResponse["data"]
>[number];

/** Path parameters of POST /porting_orders/{porting_order_id}/action_requirements/{id}/initiate. */
export type PortingOrdersActionRequirementsInitiatePathParams =
  operations["initiatePortingActionRequirement"]["parameters"]["path"];

/** Request body of POST /porting_orders/{porting_order_id}/action_requirements/{id}/initiate. */
export type PortingOrdersActionRequirementsInitiateParams = NonNullable<
  operations["initiatePortingActionRequirement"]["requestBody"]
>["content"]["application/json"];

/** Result of POST /porting_orders/{porting_order_id}/action_requirements/{id}/initiate. */
export type PortingOrdersActionRequirementsInitiateResponse =
  operations["initiatePortingActionRequirement"]["responses"][200]["content"]["application/json"];

/** Path parameters of GET /porting_orders/{porting_order_id}/associated_phone_numbers. */
export type PortingOrdersAssociatedPhoneNumbersListPathParams =
  operations["listPortingAssociatedPhoneNumbers"]["parameters"]["path"];

/** Query parameters of GET /porting_orders/{porting_order_id}/associated_phone_numbers. */
export type PortingOrdersAssociatedPhoneNumbersListQuery = NonNullable<
  operations["listPortingAssociatedPhoneNumbers"]["parameters"]["query"]
>;

/** Result of GET /porting_orders/{porting_order_id}/associated_phone_numbers. */
export type PortingOrdersAssociatedPhoneNumbersListResponse =
  operations["listPortingAssociatedPhoneNumbers"]["responses"][200]["content"]["application/json"];

/** One item of the list returned by GET /porting_orders/{porting_order_id}/associated_phone_numbers. */
export type PortingOrdersAssociatedPhoneNumbersListItem = NonNullable<
  PortingOrdersAssociatedPhoneNumbersListResponse["data"]
>[number];

/** Path parameters of POST /porting_orders/{porting_order_id}/associated_phone_numbers. */
export type PortingOrdersAssociatedPhoneNumbersCreatePathParams =
  operations["createPortingAssociatedPhoneNumber"]["parameters"]["path"];

/** Request body of POST /porting_orders/{porting_order_id}/associated_phone_numbers. */
export type PortingOrdersAssociatedPhoneNumbersCreateParams = NonNullable<
  operations["createPortingAssociatedPhoneNumber"]["requestBody"]
>["content"]["application/json"];

/** Result of POST /porting_orders/{porting_order_id}/associated_phone_numbers. */
export type PortingOrdersAssociatedPhoneNumbersCreateResponse =
  operations["createPortingAssociatedPhoneNumber"]["responses"][201]["content"]["application/json"];

/** Path parameters of DELETE /porting_orders/{porting_order_id}/associated_phone_numbers/{id}. */
export type PortingOrdersAssociatedPhoneNumbersDeletePathParams =
  operations["deletePortingAssociatedPhoneNumber"]["parameters"]["path"];

/** Result of DELETE /porting_orders/{porting_order_id}/associated_phone_numbers/{id}. */
export type PortingOrdersAssociatedPhoneNumbersDeleteResponse =
  operations["deletePortingAssociatedPhoneNumber"]["responses"][200]["content"]["application/json"];

/** Path parameters of GET /porting_orders/{porting_order_id}/phone_number_blocks. */
export type PortingOrdersPhoneNumberBlocksListPathParams =
  operations["listPortingPhoneNumberBlocks"]["parameters"]["path"];

/** Query parameters of GET /porting_orders/{porting_order_id}/phone_number_blocks. */
export type PortingOrdersPhoneNumberBlocksListQuery = NonNullable<
  operations["listPortingPhoneNumberBlocks"]["parameters"]["query"]
>;

/** Result of GET /porting_orders/{porting_order_id}/phone_number_blocks. */
export type PortingOrdersPhoneNumberBlocksListResponse =
  operations["listPortingPhoneNumberBlocks"]["responses"][200]["content"]["application/json"];

/** One item of the list returned by GET /porting_orders/{porting_order_id}/phone_number_blocks. */
export type PortingOrdersPhoneNumberBlocksListItem = NonNullable<
  PortingOrdersPhoneNumberBlocksListResponse["data"]
>[number];

/** Path parameters of POST /porting_orders/{porting_order_id}/phone_number_blocks. */
export type PortingOrdersPhoneNumberBlocksCreatePathParams =
  operations["createPortingPhoneNumberBlock"]["parameters"]["path"];

/** Request body of POST /porting_orders/{porting_order_id}/phone_number_blocks. */
export type PortingOrdersPhoneNumberBlocksCreateParams = NonNullable<
  operations["createPortingPhoneNumberBlock"]["requestBody"]
>["content"]["application/json"];

/** Result of POST /porting_orders/{porting_order_id}/phone_number_blocks. */
export type PortingOrdersPhoneNumberBlocksCreateResponse =
  operations["createPortingPhoneNumberBlock"]["responses"][201]["content"]["application/json"];

/** Path parameters of DELETE /porting_orders/{porting_order_id}/phone_number_blocks/{id}. */
export type PortingOrdersPhoneNumberBlocksDeletePathParams =
  operations["deletePortingPhoneNumberBlock"]["parameters"]["path"];

/** Result of DELETE /porting_orders/{porting_order_id}/phone_number_blocks/{id}. */
export type PortingOrdersPhoneNumberBlocksDeleteResponse =
  operations["deletePortingPhoneNumberBlock"]["responses"][200]["content"]["application/json"];

/** Path parameters of GET /porting_orders/{porting_order_id}/phone_number_extensions. */
export type PortingOrdersPhoneNumberExtensionsListPathParams =
  operations["listPortingPhoneNumberExtensions"]["parameters"]["path"];

/** Query parameters of GET /porting_orders/{porting_order_id}/phone_number_extensions. */
export type PortingOrdersPhoneNumberExtensionsListQuery = NonNullable<
  operations["listPortingPhoneNumberExtensions"]["parameters"]["query"]
>;

/** Result of GET /porting_orders/{porting_order_id}/phone_number_extensions. */
export type PortingOrdersPhoneNumberExtensionsListResponse =
  operations["listPortingPhoneNumberExtensions"]["responses"][200]["content"]["application/json"];

/** One item of the list returned by GET /porting_orders/{porting_order_id}/phone_number_extensions. */
export type PortingOrdersPhoneNumberExtensionsListItem = NonNullable<
  PortingOrdersPhoneNumberExtensionsListResponse["data"]
>[number];

/** Path parameters of POST /porting_orders/{porting_order_id}/phone_number_extensions. */
export type PortingOrdersPhoneNumberExtensionsCreatePathParams =
  operations["createPortingPhoneNumberExtension"]["parameters"]["path"];

/** Request body of POST /porting_orders/{porting_order_id}/phone_number_extensions. */
export type PortingOrdersPhoneNumberExtensionsCreateParams = NonNullable<
  operations["createPortingPhoneNumberExtension"]["requestBody"]
>["content"]["application/json"];

/** Result of POST /porting_orders/{porting_order_id}/phone_number_extensions. */
export type PortingOrdersPhoneNumberExtensionsCreateResponse =
  operations["createPortingPhoneNumberExtension"]["responses"][201]["content"]["application/json"];

/** Path parameters of DELETE /porting_orders/{porting_order_id}/phone_number_extensions/{id}. */
export type PortingOrdersPhoneNumberExtensionsDeletePathParams =
  operations["deletePortingPhoneNumberExtension"]["parameters"]["path"];

/** Result of DELETE /porting_orders/{porting_order_id}/phone_number_extensions/{id}. */
export type PortingOrdersPhoneNumberExtensionsDeleteResponse =
  operations["deletePortingPhoneNumberExtension"]["responses"][200]["content"]["application/json"];

/** Query parameters of GET /porting_phone_numbers. */
export type PortingPhoneNumbersListQuery = NonNullable<
  operations["ListPortingPhoneNumbers"]["parameters"]["query"]
>;

/** Result of GET /porting_phone_numbers. */
export type PortingPhoneNumbersListResponse =
  operations["ListPortingPhoneNumbers"]["responses"][200]["content"]["application/json"];

/** One item of the list returned by GET /porting_phone_numbers. */
export type PortingPhoneNumbersListItem = NonNullable<PortingPhoneNumbersListResponse["data"]>[number];

/** Payload of the campaignStatusUpdate webhook (sent by the provider to your server). */
export type CampaignStatusUpdateWebhook = NonNullable<
  webhooks["campaignStatusUpdate"]["post"]["requestBody"]
>["content"]["application/json"];

/** Payload of the numberOrderStatusUpdate webhook (sent by the provider to your server). */
export type NumberOrderStatusUpdateWebhook = NonNullable<
  webhooks["numberOrderStatusUpdate"]["post"]["requestBody"]
>["content"]["application/json"];

/** Method, path and response handling of each operation, keyed by operationId. */
const OPERATIONS = {
  GetBrands: {
    method: "GET",
    path: "/10dlc/brand",
    response: "json",
    pagination: {
      style: "page",
      pageParam: "page",
      sizeParam: "recordsPerPage",
      items: "records",
      total: "totalRecords",
    },
  },
  CreateBrandPost: { method: "POST", path: "/10dlc/brand", response: "json" },
  GetBrand: { method: "GET", path: "/10dlc/brand/{brandId}", response: "json" },
  UpdateBrand: { method: "PUT", path: "/10dlc/brand/{brandId}", response: "json" },
  DeleteBrand: { method: "DELETE", path: "/10dlc/brand/{brandId}", response: "none" },
  GetBrandFeedbackById: { method: "GET", path: "/10dlc/brand/feedback/{brandId}", response: "json" },
  ResendBrand2faEmail: { method: "POST", path: "/10dlc/brand/{brandId}/2faEmail", response: "none" },
  ListExternalVettings: { method: "GET", path: "/10dlc/brand/{brandId}/externalVetting", response: "json" },
  PostOrderExternalVetting: {
    method: "POST",
    path: "/10dlc/brand/{brandId}/externalVetting",
    response: "json",
  },
  PutExternalVettingRecord: {
    method: "PUT",
    path: "/10dlc/brand/{brandId}/externalVetting",
    response: "json",
  },
  RevetBrand: { method: "PUT", path: "/10dlc/brand/{brandId}/revet", response: "json" },
  GetBrandSmsOtpStatusByBrandId: { method: "GET", path: "/10dlc/brand/{brandId}/smsOtp", response: "json" },
  TriggerBrandSmsOtp: { method: "POST", path: "/10dlc/brand/{brandId}/smsOtp", response: "json" },
  VerifyBrandSmsOtp: { method: "PUT", path: "/10dlc/brand/{brandId}/smsOtp", response: "none" },
  GetBrandSmsOtpStatus: { method: "GET", path: "/10dlc/brand/smsOtp/{referenceId}", response: "json" },
  PostCampaign: { method: "POST", path: "/10dlc/campaignBuilder", response: "json" },
  GetUsecaseQualification: {
    method: "GET",
    path: "/10dlc/campaignBuilder/brand/{brandId}/usecase/{usecase}",
    response: "json",
  },
  GetCampaigns: {
    method: "GET",
    path: "/10dlc/campaign",
    response: "json",
    pagination: {
      style: "page",
      pageParam: "page",
      sizeParam: "recordsPerPage",
      items: "records",
      total: "totalRecords",
    },
  },
  GetCampaign: { method: "GET", path: "/10dlc/campaign/{campaignId}", response: "json" },
  UpdateCampaign: { method: "PUT", path: "/10dlc/campaign/{campaignId}", response: "json" },
  DeactivateCampaign: { method: "DELETE", path: "/10dlc/campaign/{campaignId}", response: "json" },
  GetCampaignCost: { method: "GET", path: "/10dlc/campaign/usecase/cost", response: "json" },
  AcceptCampaign: { method: "POST", path: "/10dlc/campaign/acceptSharing/{campaignId}", response: "json" },
  AppealCampaign: { method: "POST", path: "/10dlc/campaign/{campaignId}/appeal", response: "json" },
  GetCampaignMnoMetadata: {
    method: "GET",
    path: "/10dlc/campaign/{campaignId}/mnoMetadata",
    response: "json",
  },
  GetCampaignOperationStatus: {
    method: "GET",
    path: "/10dlc/campaign/{campaignId}/operationStatus",
    response: "json",
  },
  GetCampaignOsrAttributes: {
    method: "GET",
    path: "/10dlc/campaign/{campaignId}/osr/attributes",
    response: "json",
  },
  GetCampaignSharingStatus: { method: "GET", path: "/10dlc/campaign/{campaignId}/sharing", response: "json" },
  GetSharedCampaigns: {
    method: "GET",
    path: "/10dlc/partner_campaigns",
    response: "json",
    pagination: {
      style: "page",
      pageParam: "page",
      sizeParam: "recordsPerPage",
      items: "records",
      total: "totalRecords",
    },
  },
  GetSharedCampaign: { method: "GET", path: "/10dlc/partner_campaigns/{campaignId}", response: "json" },
  UpdateSharedCampaign: { method: "PATCH", path: "/10dlc/partner_campaigns/{campaignId}", response: "json" },
  GetPartnerCampaignsSharedByUser: {
    method: "GET",
    path: "/10dlc/partnerCampaign/sharedByMe",
    response: "json",
    pagination: {
      style: "page",
      pageParam: "page",
      sizeParam: "recordsPerPage",
      items: "records",
      total: "totalRecords",
    },
  },
  GetPartnerCampaignSharingStatus: {
    method: "GET",
    path: "/10dlc/partnerCampaign/{campaignId}/sharing",
    response: "json",
  },
  GetAllPhoneNumberCampaigns: {
    method: "GET",
    path: "/10dlc/phone_number_campaigns",
    response: "json",
    pagination: {
      style: "page",
      pageParam: "page",
      sizeParam: "recordsPerPage",
      items: "records",
      total: "totalRecords",
    },
  },
  CreatePhoneNumberCampaign: { method: "POST", path: "/10dlc/phone_number_campaigns", response: "json" },
  GetSinglePhoneNumberCampaign: {
    method: "GET",
    path: "/10dlc/phone_number_campaigns/{phoneNumber}",
    response: "json",
  },
  PutPhoneNumberCampaign: {
    method: "PUT",
    path: "/10dlc/phone_number_campaigns/{phoneNumber}",
    response: "json",
  },
  DeletePhoneNumberCampaign: {
    method: "DELETE",
    path: "/10dlc/phone_number_campaigns/{phoneNumber}",
    response: "json",
  },
  PostAssignMessagingProfileToCampaign: {
    method: "POST",
    path: "/10dlc/phoneNumberAssignmentByProfile",
    response: "json",
  },
  GetAssignmentTaskStatus: {
    method: "GET",
    path: "/10dlc/phoneNumberAssignmentByProfile/{taskId}",
    response: "json",
  },
  GetPhoneNumberStatus: {
    method: "GET",
    path: "/10dlc/phoneNumberAssignmentByProfile/{taskId}/phoneNumbers",
    response: "json",
    pagination: { style: "page", pageParam: "page", sizeParam: "recordsPerPage", items: "records" },
  },
  GetEnumEndpoint: { method: "GET", path: "/10dlc/enum/{endpoint}", response: "json" },
  ListAvailablePhoneNumbers: { method: "GET", path: "/available_phone_numbers", response: "json" },
  ListNumberOrders: {
    method: "GET",
    path: "/number_orders",
    response: "json",
    pagination: {
      style: "page",
      pageParam: "page[number]",
      sizeParam: "page[size]",
      items: "data",
      total: "meta.total_results",
      totalPages: "meta.total_pages",
    },
  },
  CreateNumberOrder: { method: "POST", path: "/number_orders", response: "json" },
  RetrieveNumberOrder: { method: "GET", path: "/number_orders/{number_order_id}", response: "json" },
  UpdateNumberOrder: { method: "PATCH", path: "/number_orders/{number_order_id}", response: "json" },
  ListNumberReservations: {
    method: "GET",
    path: "/number_reservations",
    response: "json",
    pagination: {
      style: "page",
      pageParam: "page[number]",
      sizeParam: "page[size]",
      items: "data",
      total: "meta.total_results",
      totalPages: "meta.total_pages",
    },
  },
  CreateNumberReservation: { method: "POST", path: "/number_reservations", response: "json" },
  RetrieveNumberReservation: {
    method: "GET",
    path: "/number_reservations/{number_reservation_id}",
    response: "json",
  },
  list_advanced_orders_v2: { method: "GET", path: "/advanced_orders", response: "json" },
  create_advanced_order_v2: { method: "POST", path: "/advanced_orders", response: "json" },
  update_advanced_order_v2: {
    method: "PATCH",
    path: "/advanced_orders/{advanced-order-id}/requirement_group",
    response: "json",
  },
  get_advanced_order_v2: { method: "GET", path: "/advanced_orders/{order_id}", response: "json" },
  ListAvailablePhoneNumberBlocks: { method: "GET", path: "/available_phone_number_blocks", response: "json" },
  ListComments: { method: "GET", path: "/comments", response: "json" },
  CreateComment: { method: "POST", path: "/comments", response: "json" },
  RetrieveComment: { method: "GET", path: "/comments/{id}", response: "json" },
  MarkCommentRead: { method: "PATCH", path: "/comments/{id}/read", response: "json" },
  retreiveCountryCoverage: { method: "GET", path: "/country_coverage", response: "json" },
  retreiveSpecificCountryCoverage: {
    method: "GET",
    path: "/country_coverage/countries/{country_code}",
    response: "json",
  },
  ListCustomerServiceRecords: {
    method: "GET",
    path: "/customer_service_records",
    response: "json",
    pagination: {
      style: "page",
      pageParam: "page[number]",
      sizeParam: "page[size]",
      items: "data",
      total: "meta.total_results",
      totalPages: "meta.total_pages",
    },
  },
  CreateCustomerServiceRecord: { method: "POST", path: "/customer_service_records", response: "json" },
  VerifyPhoneNumberCoverage: {
    method: "POST",
    path: "/customer_service_records/phone_number_coverages",
    response: "json",
  },
  GetCustomerServiceRecord: {
    method: "GET",
    path: "/customer_service_records/{customer_service_record_id}",
    response: "json",
  },
  ListInexplicitNumberOrders: {
    method: "GET",
    path: "/inexplicit_number_orders",
    response: "json",
    pagination: {
      style: "page",
      pageParam: "page_number",
      sizeParam: "page_size",
      items: "data",
      total: "meta.total_results",
      totalPages: "meta.total_pages",
    },
  },
  CreateInexplicitNumberOrder: { method: "POST", path: "/inexplicit_number_orders", response: "json" },
  RetrieveInexplicitNumberOrder: { method: "GET", path: "/inexplicit_number_orders/{id}", response: "json" },
  CreateInventoryCoverage: { method: "GET", path: "/inventory_coverage", response: "json" },
  GetMobileNetworkOperators: {
    method: "GET",
    path: "/mobile_network_operators",
    response: "json",
    pagination: {
      style: "page",
      pageParam: "page[number]",
      sizeParam: "page[size]",
      items: "data",
      total: "meta.total_results",
      totalPages: "meta.total_pages",
    },
  },
  ListNetworkCoverage: {
    method: "GET",
    path: "/network_coverage",
    response: "json",
    pagination: {
      style: "page",
      pageParam: "page[number]",
      sizeParam: "page[size]",
      items: "data",
      total: "meta.total_results",
      totalPages: "meta.total_pages",
    },
  },
  ListNumberBlockOrders: {
    method: "GET",
    path: "/number_block_orders",
    response: "json",
    pagination: {
      style: "page",
      pageParam: "page[number]",
      sizeParam: "page[size]",
      items: "data",
      total: "meta.total_results",
      totalPages: "meta.total_pages",
    },
  },
  CreateNumberBlockOrder: { method: "POST", path: "/number_block_orders", response: "json" },
  RetrieveNumberBlockOrder: {
    method: "GET",
    path: "/number_block_orders/{number_block_order_id}",
    response: "json",
  },
  RetrieveOrderPhoneNumbers: { method: "GET", path: "/number_order_phone_numbers", response: "json" },
  GetNumberOrderPhoneNumber: {
    method: "GET",
    path: "/number_order_phone_numbers/{number_order_phone_number_id}",
    response: "json",
  },
  UpdateNumberOrderPhoneNumber: {
    method: "PATCH",
    path: "/number_order_phone_numbers/{number_order_phone_number_id}",
    response: "json",
  },
  ExtendNumberReservationExpiryTime: {
    method: "POST",
    path: "/number_reservations/{number_reservation_id}/actions/extend",
    response: "json",
  },
  PostNumbersFeatures: { method: "POST", path: "/numbers_features", response: "json" },
  ListPhoneNumberBlocksJobs: {
    method: "GET",
    path: "/phone_number_blocks/jobs",
    response: "json",
    pagination: {
      style: "page",
      pageParam: "page[number]",
      sizeParam: "page[size]",
      items: "data",
      total: "meta.total_results",
      totalPages: "meta.total_pages",
    },
  },
  CreatePhoneNumberBlockDeletionJob: {
    method: "POST",
    path: "/phone_number_blocks/jobs/delete_phone_number_block",
    response: "json",
  },
  GetPhoneNumberBlocksJob: { method: "GET", path: "/phone_number_blocks/jobs/{id}", response: "json" },
  ListSubNumberOrders: { method: "GET", path: "/sub_number_orders", response: "json" },
  GetSubNumberOrder: { method: "GET", path: "/sub_number_orders/{sub_number_order_id}", response: "json" },
  UpdateSubNumberOrder: {
    method: "PATCH",
    path: "/sub_number_orders/{sub_number_order_id}",
    response: "json",
  },
  CancelSubNumberOrder: {
    method: "PATCH",
    path: "/sub_number_orders/{sub_number_order_id}/cancel",
    response: "json",
  },
  CreateSubNumberOrdersReport: { method: "POST", path: "/sub_number_orders_report", response: "json" },
  GetSubNumberOrdersReport: {
    method: "GET",
    path: "/sub_number_orders_report/{report_id}",
    response: "json",
  },
  DownloadSubNumberOrdersReport: {
    method: "GET",
    path: "/sub_number_orders_report/{report_id}/download",
    response: "binary",
  },
  GetUserBillingBundles: {
    method: "GET",
    path: "/bundle_pricing/billing_bundles",
    response: "json",
    pagination: {
      style: "page",
      pageParam: "page[number]",
      sizeParam: "page[size]",
      items: "data",
      total: "meta.total_results",
      totalPages: "meta.total_pages",
    },
  },
  GetBillingBundleById: {
    method: "GET",
    path: "/bundle_pricing/billing_bundles/{bundle_id}",
    response: "json",
  },
  GetUserBundles: {
    method: "GET",
    path: "/bundle_pricing/user_bundles",
    response: "json",
    pagination: {
      style: "page",
      pageParam: "page[number]",
      sizeParam: "page[size]",
      items: "data",
      total: "meta.total_results",
      totalPages: "meta.total_pages",
    },
  },
  CreateUserBundlesBulk: { method: "POST", path: "/bundle_pricing/user_bundles/bulk", response: "json" },
  GetUnusedUserBundles: { method: "GET", path: "/bundle_pricing/user_bundles/unused", response: "json" },
  GetUserBundleById: {
    method: "GET",
    path: "/bundle_pricing/user_bundles/{user_bundle_id}",
    response: "json",
  },
  DeactivateUserBundle: {
    method: "DELETE",
    path: "/bundle_pricing/user_bundles/{user_bundle_id}",
    response: "json",
  },
  GetUserBundleResources: {
    method: "GET",
    path: "/bundle_pricing/user_bundles/{user_bundle_id}/resources",
    response: "json",
  },
  ListDocumentLinks: {
    method: "GET",
    path: "/document_links",
    response: "json",
    pagination: {
      style: "page",
      pageParam: "page[number]",
      sizeParam: "page[size]",
      items: "data",
      total: "meta.total_results",
      totalPages: "meta.total_pages",
    },
  },
  ListDocuments: {
    method: "GET",
    path: "/documents",
    response: "json",
    pagination: {
      style: "page",
      pageParam: "page[number]",
      sizeParam: "page[size]",
      items: "data",
      total: "meta.total_results",
      totalPages: "meta.total_pages",
    },
  },
  CreateDocument: { method: "POST", path: "/documents", response: "json", request: "auto" },
  RetrieveDocument: { method: "GET", path: "/documents/{id}", response: "json" },
  UpdateDocument: { method: "PATCH", path: "/documents/{id}", response: "json" },
  DeleteDocument: { method: "DELETE", path: "/documents/{id}", response: "json" },
  DownloadDocument: { method: "GET", path: "/documents/{id}/download", response: "binary" },
  getDocumentDownloadLink: { method: "GET", path: "/documents/{id}/download_link", response: "json" },
  updateNumberOrderPhoneNumberRequirementGroup: {
    method: "POST",
    path: "/number_order_phone_numbers/{id}/requirement_group",
    response: "json",
  },
  ListRegulatoryRequirementsPhoneNumbers: {
    method: "GET",
    path: "/phone_numbers_regulatory_requirements",
    response: "json",
  },
  ListRegulatoryRequirements: { method: "GET", path: "/regulatory_requirements", response: "json" },
  GetRequirementGroups: { method: "GET", path: "/requirement_groups", response: "json" },
  CreateRequirementGroup: { method: "POST", path: "/requirement_groups", response: "json" },
  GetRequirementGroup: { method: "GET", path: "/requirement_groups/{id}", response: "json" },
  UpdateRequirementGroup: { method: "PATCH", path: "/requirement_groups/{id}", response: "json" },
  DeleteRequirementGroup: { method: "DELETE", path: "/requirement_groups/{id}", response: "json" },
  SubmitRequirementGroup: {
    method: "POST",
    path: "/requirement_groups/{id}/submit_for_approval",
    response: "json",
  },
  ListRequirementTypes: { method: "GET", path: "/requirement_types", response: "json" },
  RetrieveRequirementType: { method: "GET", path: "/requirement_types/{id}", response: "json" },
  ListRequirements: {
    method: "GET",
    path: "/requirements",
    response: "json",
    pagination: {
      style: "page",
      pageParam: "page[number]",
      sizeParam: "page[size]",
      items: "data",
      total: "meta.total_results",
      totalPages: "meta.total_pages",
    },
  },
  RetrieveDocumentRequirements: { method: "GET", path: "/requirements/{id}", response: "json" },
  updateSubNumberOrderRequirementGroup: {
    method: "POST",
    path: "/sub_number_orders/{id}/requirement_group",
    response: "json",
  },
  FindUserAddress: {
    method: "GET",
    path: "/user_addresses",
    response: "json",
    pagination: {
      style: "page",
      pageParam: "page[number]",
      sizeParam: "page[size]",
      items: "data",
      total: "meta.total_results",
      totalPages: "meta.total_pages",
    },
  },
  CreateUserAddress: { method: "POST", path: "/user_addresses", response: "json" },
  GetUserAddress: { method: "GET", path: "/user_addresses/{id}", response: "json" },
  ListVerifiedNumbers: {
    method: "GET",
    path: "/verified_numbers",
    response: "json",
    pagination: {
      style: "page",
      pageParam: "page[number]",
      sizeParam: "page[size]",
      items: "data",
      total: "meta.total_results",
      totalPages: "meta.total_pages",
    },
  },
  CreateVerifiedNumber: { method: "POST", path: "/verified_numbers", response: "json" },
  GetVerifiedNumber: { method: "GET", path: "/verified_numbers/{phone_number}", response: "json" },
  DeleteVerifiedNumber: { method: "DELETE", path: "/verified_numbers/{phone_number}", response: "json" },
  VerifyVerificationCode: {
    method: "POST",
    path: "/verified_numbers/{phone_number}/actions/verify",
    response: "json",
  },
  PostPortabilityCheck: { method: "POST", path: "/portability_checks", response: "json" },
  listPortingEvents: {
    method: "GET",
    path: "/porting/events",
    response: "json",
    pagination: {
      style: "page",
      pageParam: "page[number]",
      sizeParam: "page[size]",
      items: "data",
      total: "meta.total_results",
      totalPages: "meta.total_pages",
    },
  },
  showPortingEvent: { method: "GET", path: "/porting/events/{id}", response: "json" },
  republishPortingEvent: { method: "POST", path: "/porting/events/{id}/republish", response: "none" },
  ListLoaConfigurations: {
    method: "GET",
    path: "/porting/loa_configurations",
    response: "json",
    pagination: {
      style: "page",
      pageParam: "page[number]",
      sizeParam: "page[size]",
      items: "data",
      total: "meta.total_results",
      totalPages: "meta.total_pages",
    },
  },
  CreateLoaConfiguration: { method: "POST", path: "/porting/loa_configurations", response: "json" },
  PreviewLoaConfigurationParams: {
    method: "POST",
    path: "/porting/loa_configurations/preview",
    response: "binary",
  },
  GetLoaConfiguration: { method: "GET", path: "/porting/loa_configurations/{id}", response: "json" },
  UpdateLoaConfiguration: { method: "PATCH", path: "/porting/loa_configurations/{id}", response: "json" },
  DeleteLoaConfiguration: { method: "DELETE", path: "/porting/loa_configurations/{id}", response: "none" },
  PreviewLoaConfiguration: {
    method: "GET",
    path: "/porting/loa_configurations/{id}/preview",
    response: "binary",
  },
  ListPortingReports: {
    method: "GET",
    path: "/porting/reports",
    response: "json",
    pagination: {
      style: "page",
      pageParam: "page[number]",
      sizeParam: "page[size]",
      items: "data",
      total: "meta.total_results",
      totalPages: "meta.total_pages",
    },
  },
  CreatePortingReport: { method: "POST", path: "/porting/reports", response: "json" },
  GetPortingReport: { method: "GET", path: "/porting/reports/{id}", response: "json" },
  listPortingUKCarriers: { method: "GET", path: "/porting/uk_carriers", response: "json" },
  ListPortingOrders: {
    method: "GET",
    path: "/porting_orders",
    response: "json",
    pagination: {
      style: "page",
      pageParam: "page[number]",
      sizeParam: "page[size]",
      items: "data",
      total: "meta.total_results",
      totalPages: "meta.total_pages",
    },
  },
  CreatePortingOrder: { method: "POST", path: "/porting_orders", response: "json" },
  ListExceptionTypes: { method: "GET", path: "/porting_orders/exception_types", response: "json" },
  ListPhoneNumberConfigurations: {
    method: "GET",
    path: "/porting_orders/phone_number_configurations",
    response: "json",
    pagination: {
      style: "page",
      pageParam: "page[number]",
      sizeParam: "page[size]",
      items: "data",
      total: "meta.total_results",
      totalPages: "meta.total_pages",
    },
  },
  CreatePhoneNumberConfigurations: {
    method: "POST",
    path: "/porting_orders/phone_number_configurations",
    response: "json",
  },
  GetPortingOrder: { method: "GET", path: "/porting_orders/{id}", response: "json" },
  UpdatePortingOrder: { method: "PATCH", path: "/porting_orders/{id}", response: "json" },
  DeletePortingOrder: { method: "DELETE", path: "/porting_orders/{id}", response: "none" },
  ActivatePortingOrder: { method: "POST", path: "/porting_orders/{id}/actions/activate", response: "json" },
  CancelPortingOrder: { method: "POST", path: "/porting_orders/{id}/actions/cancel", response: "json" },
  ConfirmPortingOrder: { method: "POST", path: "/porting_orders/{id}/actions/confirm", response: "json" },
  SharePortingOrder: { method: "POST", path: "/porting_orders/{id}/actions/share", response: "json" },
  ListPortingOrderActivationJobs: {
    method: "GET",
    path: "/porting_orders/{id}/activation_jobs",
    response: "json",
    pagination: {
      style: "page",
      pageParam: "page[number]",
      sizeParam: "page[size]",
      items: "data",
      total: "meta.total_results",
      totalPages: "meta.total_pages",
    },
  },
  GetPortingOrdersActivationJob: {
    method: "GET",
    path: "/porting_orders/{id}/activation_jobs/{activationJobId}",
    response: "json",
  },
  UpdatePortingOrdersActivationJob: {
    method: "PATCH",
    path: "/porting_orders/{id}/activation_jobs/{activationJobId}",
    response: "json",
  },
  ListAdditionalDocuments: {
    method: "GET",
    path: "/porting_orders/{id}/additional_documents",
    response: "json",
    pagination: {
      style: "page",
      pageParam: "page[number]",
      sizeParam: "page[size]",
      items: "data",
      total: "meta.total_results",
      totalPages: "meta.total_pages",
    },
  },
  CreateAdditionalDocuments: {
    method: "POST",
    path: "/porting_orders/{id}/additional_documents",
    response: "json",
  },
  DeleteAdditionalDocument: {
    method: "DELETE",
    path: "/porting_orders/{id}/additional_documents/{additional_document_id}",
    response: "none",
  },
  ListAllowedFocWindows: {
    method: "GET",
    path: "/porting_orders/{id}/allowed_foc_windows",
    response: "json",
  },
  ListPortingOrderComments: {
    method: "GET",
    path: "/porting_orders/{id}/comments",
    response: "json",
    pagination: {
      style: "page",
      pageParam: "page[number]",
      sizeParam: "page[size]",
      items: "data",
      total: "meta.total_results",
      totalPages: "meta.total_pages",
    },
  },
  CreatePortingOrderComment: { method: "POST", path: "/porting_orders/{id}/comments", response: "json" },
  GetPortingOrderLoaTemplate: {
    method: "GET",
    path: "/porting_orders/{id}/loa_template",
    response: "binary",
  },
  ListPortingOrderRequirements: {
    method: "GET",
    path: "/porting_orders/{id}/requirements",
    response: "json",
    pagination: {
      style: "page",
      pageParam: "page[number]",
      sizeParam: "page[size]",
      items: "data",
      total: "meta.total_results",
      totalPages: "meta.total_pages",
    },
  },
  GetPortingOrderSubRequest: { method: "GET", path: "/porting_orders/{id}/sub_request", response: "json" },
  ListVerificationCodes: {
    method: "GET",
    path: "/porting_orders/{id}/verification_codes",
    response: "json",
    pagination: {
      style: "page",
      pageParam: "page[number]",
      sizeParam: "page[size]",
      items: "data",
      total: "meta.total_results",
      totalPages: "meta.total_pages",
    },
  },
  SendPortingVerificationCodes: {
    method: "POST",
    path: "/porting_orders/{id}/verification_codes/send",
    response: "none",
  },
  VerifyPortingVerificationCodes: {
    method: "POST",
    path: "/porting_orders/{id}/verification_codes/verify",
    response: "json",
  },
  listPortingActionRequirements: {
    method: "GET",
    path: "/porting_orders/{porting_order_id}/action_requirements",
    response: "json",
    pagination: {
      style: "page",
      pageParam: "page[number]",
      sizeParam: "page[size]",
      items: "data",
      total: "meta.total_results",
      totalPages: "meta.total_pages",
    },
  },
  initiatePortingActionRequirement: {
    method: "POST",
    path: "/porting_orders/{porting_order_id}/action_requirements/{id}/initiate",
    response: "json",
  },
  listPortingAssociatedPhoneNumbers: {
    method: "GET",
    path: "/porting_orders/{porting_order_id}/associated_phone_numbers",
    response: "json",
    pagination: {
      style: "page",
      pageParam: "page[number]",
      sizeParam: "page[size]",
      items: "data",
      total: "meta.total_results",
      totalPages: "meta.total_pages",
    },
  },
  createPortingAssociatedPhoneNumber: {
    method: "POST",
    path: "/porting_orders/{porting_order_id}/associated_phone_numbers",
    response: "json",
  },
  deletePortingAssociatedPhoneNumber: {
    method: "DELETE",
    path: "/porting_orders/{porting_order_id}/associated_phone_numbers/{id}",
    response: "json",
  },
  listPortingPhoneNumberBlocks: {
    method: "GET",
    path: "/porting_orders/{porting_order_id}/phone_number_blocks",
    response: "json",
    pagination: {
      style: "page",
      pageParam: "page[number]",
      sizeParam: "page[size]",
      items: "data",
      total: "meta.total_results",
      totalPages: "meta.total_pages",
    },
  },
  createPortingPhoneNumberBlock: {
    method: "POST",
    path: "/porting_orders/{porting_order_id}/phone_number_blocks",
    response: "json",
  },
  deletePortingPhoneNumberBlock: {
    method: "DELETE",
    path: "/porting_orders/{porting_order_id}/phone_number_blocks/{id}",
    response: "json",
  },
  listPortingPhoneNumberExtensions: {
    method: "GET",
    path: "/porting_orders/{porting_order_id}/phone_number_extensions",
    response: "json",
    pagination: {
      style: "page",
      pageParam: "page[number]",
      sizeParam: "page[size]",
      items: "data",
      total: "meta.total_results",
      totalPages: "meta.total_pages",
    },
  },
  createPortingPhoneNumberExtension: {
    method: "POST",
    path: "/porting_orders/{porting_order_id}/phone_number_extensions",
    response: "json",
  },
  deletePortingPhoneNumberExtension: {
    method: "DELETE",
    path: "/porting_orders/{porting_order_id}/phone_number_extensions/{id}",
    response: "json",
  },
  ListPortingPhoneNumbers: {
    method: "GET",
    path: "/porting_phone_numbers",
    response: "json",
    pagination: {
      style: "page",
      pageParam: "page[number]",
      sizeParam: "page[size]",
      items: "data",
      total: "meta.total_results",
      totalPages: "meta.total_pages",
    },
  },
} as const satisfies Record<string, OperationSpec>;

export interface TelnyxClientOptions {
  /** Telnyx API key (Mission Control portal). Defaults to the TELNYX_API_KEY environment variable. */
  apiKey?: string;
  /** Telnyx's public key for webhook signatures (base64). Defaults to the TELNYX_PUBLIC_KEY environment variable. */
  publicKey?: string;
  /** Base URL of the API, e.g. a mock server's. Defaults to "https://api.telnyx.com/v2". */
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
function authorization(options: TelnyxClientOptions): () => string | undefined | Promise<string | undefined> {
  const token = options.apiKey ?? env("TELNYX_API_KEY");
  const header = token ? bearer(token) : undefined;
  return () => header;
}

/** A porting event posted to a porting order's webhook_url, in Telnyx's data envelope. */
export type PortingWebhookEvent = { data: components["schemas"]["PortingEvent"] };

/** Every webhook payload Telnyx sends. */
export type TelnyxWebhookEvent =
  CampaignStatusUpdateWebhook | NumberOrderStatusUpdateWebhook | PortingWebhookEvent;

export interface WebhookVerifyOptions {
  /** Overrides the client's public key. */
  publicKey?: string | Uint8Array;
  /** Maximum age (and future skew) of the timestamp in seconds. Default 300. */
  tolerance?: number;
  /** Refuses a delivery whose signature was already accepted inside the tolerance window (reason `replayed`). */
  replayGuard?: WebhookReplayGuard;
}

/** Creates a typed client for the Telnyx provisioning API (curated). */
export function createTelnyxClient(options: TelnyxClientOptions = {}) {
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
    /** The underlying openapi-fetch client, for anything the methods below do not cover. */
    // Through `unknown`: a direct cast makes tsc compare Client<any> with Client<paths> structurally,
    // which instantiates thousands of types on every compile (measured by `npm run bench`).
    raw: transport.raw as unknown as Client<paths>,
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
      /** Get the values of a 10DLC enumeration `GET /10dlc/enum/{endpoint}` */
      getEnum: (endpoint: Messaging10dlcGetEnumPathParams["endpoint"], options?: RequestOptions) =>
        transport.request<Messaging10dlcGetEnumResponse>(
          OPERATIONS["GetEnumEndpoint"],
          { path: { endpoint } },
          options,
        ),
      brand: {
        /** List brands `GET /10dlc/brand`. Await for the first page; `for await` iterates every item of every page. */
        list: (query?: Messaging10dlcBrandListQuery, options?: RequestOptions) =>
          transport.list<Messaging10dlcBrandListResponse, Messaging10dlcBrandListItem>(
            OPERATIONS["GetBrands"],
            { query },
            options,
          ),
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
        /** Update a brand `PUT /10dlc/brand/{brandId}` */
        update: (
          brandId: Messaging10dlcBrandUpdatePathParams["brandId"],
          body: Messaging10dlcBrandUpdateParams,
          options?: RequestOptions,
        ) =>
          transport.request<Messaging10dlcBrandUpdateResponse>(
            OPERATIONS["UpdateBrand"],
            { path: { brandId }, body },
            options,
          ),
        /** Delete a brand `DELETE /10dlc/brand/{brandId}` */
        delete: (brandId: Messaging10dlcBrandDeletePathParams["brandId"], options?: RequestOptions) =>
          transport.request<Messaging10dlcBrandDeleteResponse>(
            OPERATIONS["DeleteBrand"],
            { path: { brandId } },
            options,
          ),
        /** Get brand feedback `GET /10dlc/brand/feedback/{brandId}` */
        getFeedback: (
          brandId: Messaging10dlcBrandGetFeedbackPathParams["brandId"],
          options?: RequestOptions,
        ) =>
          transport.request<Messaging10dlcBrandGetFeedbackResponse>(
            OPERATIONS["GetBrandFeedbackById"],
            { path: { brandId } },
            options,
          ),
        /** Resend the brand 2FA email `POST /10dlc/brand/{brandId}/2faEmail` */
        resend2faEmail: (
          brandId: Messaging10dlcBrandResend2faEmailPathParams["brandId"],
          options?: RequestOptions,
        ) =>
          transport.request<Messaging10dlcBrandResend2faEmailResponse>(
            OPERATIONS["ResendBrand2faEmail"],
            { path: { brandId } },
            options,
          ),
        /** Revet a brand `PUT /10dlc/brand/{brandId}/revet` */
        revet: (brandId: Messaging10dlcBrandRevetPathParams["brandId"], options?: RequestOptions) =>
          transport.request<Messaging10dlcBrandRevetResponse>(
            OPERATIONS["RevetBrand"],
            { path: { brandId } },
            options,
          ),
        /** Get a brand's SMS OTP status `GET /10dlc/brand/{brandId}/smsOtp` */
        retrieveSmsOtpStatus: (
          brandId: Messaging10dlcBrandRetrieveSmsOtpStatusPathParams["brandId"],
          options?: RequestOptions,
        ) =>
          transport.request<Messaging10dlcBrandRetrieveSmsOtpStatusResponse>(
            OPERATIONS["GetBrandSmsOtpStatusByBrandId"],
            { path: { brandId } },
            options,
          ),
        /** Send a brand SMS OTP `POST /10dlc/brand/{brandId}/smsOtp` */
        triggerSmsOtp: (
          brandId: Messaging10dlcBrandTriggerSmsOtpPathParams["brandId"],
          body: Messaging10dlcBrandTriggerSmsOtpParams,
          options?: RequestOptions,
        ) =>
          transport.request<Messaging10dlcBrandTriggerSmsOtpResponse>(
            OPERATIONS["TriggerBrandSmsOtp"],
            { path: { brandId }, body },
            options,
          ),
        /** Verify a brand SMS OTP `PUT /10dlc/brand/{brandId}/smsOtp` */
        verifySmsOtp: (
          brandId: Messaging10dlcBrandVerifySmsOtpPathParams["brandId"],
          body: Messaging10dlcBrandVerifySmsOtpParams,
          options?: RequestOptions,
        ) =>
          transport.request<Messaging10dlcBrandVerifySmsOtpResponse>(
            OPERATIONS["VerifyBrandSmsOtp"],
            { path: { brandId }, body },
            options,
          ),
        /** Get SMS OTP status by reference `GET /10dlc/brand/smsOtp/{referenceId}` */
        getSmsOtpByReference: (
          referenceId: Messaging10dlcBrandGetSmsOtpByReferencePathParams["referenceId"],
          query?: Messaging10dlcBrandGetSmsOtpByReferenceQuery,
          options?: RequestOptions,
        ) =>
          transport.request<Messaging10dlcBrandGetSmsOtpByReferenceResponse>(
            OPERATIONS["GetBrandSmsOtpStatus"],
            { path: { referenceId }, query },
            options,
          ),
        externalVetting: {
          /** List external vettings `GET /10dlc/brand/{brandId}/externalVetting` */
          list: (
            brandId: Messaging10dlcBrandExternalVettingListPathParams["brandId"],
            options?: RequestOptions,
          ) =>
            transport.request<Messaging10dlcBrandExternalVettingListResponse>(
              OPERATIONS["ListExternalVettings"],
              { path: { brandId } },
              options,
            ),
          /** Order an external vetting `POST /10dlc/brand/{brandId}/externalVetting` */
          order: (
            brandId: Messaging10dlcBrandExternalVettingOrderPathParams["brandId"],
            body: Messaging10dlcBrandExternalVettingOrderParams,
            options?: RequestOptions,
          ) =>
            transport.request<Messaging10dlcBrandExternalVettingOrderResponse>(
              OPERATIONS["PostOrderExternalVetting"],
              { path: { brandId }, body },
              options,
            ),
          /** Import an external vetting `PUT /10dlc/brand/{brandId}/externalVetting` */
          imports: (
            brandId: Messaging10dlcBrandExternalVettingImportsPathParams["brandId"],
            body: Messaging10dlcBrandExternalVettingImportsParams,
            options?: RequestOptions,
          ) =>
            transport.request<Messaging10dlcBrandExternalVettingImportsResponse>(
              OPERATIONS["PutExternalVettingRecord"],
              { path: { brandId }, body },
              options,
            ),
        },
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
        /** List campaigns `GET /10dlc/campaign`. Await for the first page; `for await` iterates every item of every page. */
        list: (query: Messaging10dlcCampaignListQuery, options?: RequestOptions) =>
          transport.list<Messaging10dlcCampaignListResponse, Messaging10dlcCampaignListItem>(
            OPERATIONS["GetCampaigns"],
            { query },
            options,
          ),
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
        /** Update a campaign `PUT /10dlc/campaign/{campaignId}` */
        update: (
          campaignId: Messaging10dlcCampaignUpdatePathParams["campaignId"],
          body: Messaging10dlcCampaignUpdateParams,
          options?: RequestOptions,
        ) =>
          transport.request<Messaging10dlcCampaignUpdateResponse>(
            OPERATIONS["UpdateCampaign"],
            { path: { campaignId }, body },
            options,
          ),
        /** Deactivate a campaign `DELETE /10dlc/campaign/{campaignId}` */
        deactivate: (
          campaignId: Messaging10dlcCampaignDeactivatePathParams["campaignId"],
          options?: RequestOptions,
        ) =>
          transport.request<Messaging10dlcCampaignDeactivateResponse>(
            OPERATIONS["DeactivateCampaign"],
            { path: { campaignId } },
            options,
          ),
        /** Accept a shared campaign `POST /10dlc/campaign/acceptSharing/{campaignId}` */
        acceptSharing: (
          campaignId: Messaging10dlcCampaignAcceptSharingPathParams["campaignId"],
          options?: RequestOptions,
        ) =>
          transport.request<Messaging10dlcCampaignAcceptSharingResponse>(
            OPERATIONS["AcceptCampaign"],
            { path: { campaignId } },
            options,
          ),
        /** Appeal a campaign rejection `POST /10dlc/campaign/{campaignId}/appeal` */
        submitAppeal: (
          campaignId: Messaging10dlcCampaignSubmitAppealPathParams["campaignId"],
          body: Messaging10dlcCampaignSubmitAppealParams,
          options?: RequestOptions,
        ) =>
          transport.request<Messaging10dlcCampaignSubmitAppealResponse>(
            OPERATIONS["AppealCampaign"],
            { path: { campaignId }, body },
            options,
          ),
        /** Get campaign carrier metadata `GET /10dlc/campaign/{campaignId}/mnoMetadata` */
        getMnoMetadata: (
          campaignId: Messaging10dlcCampaignGetMnoMetadataPathParams["campaignId"],
          options?: RequestOptions,
        ) =>
          transport.request<Messaging10dlcCampaignGetMnoMetadataResponse>(
            OPERATIONS["GetCampaignMnoMetadata"],
            { path: { campaignId } },
            options,
          ),
        /** Get campaign operation status `GET /10dlc/campaign/{campaignId}/operationStatus` */
        getOperationStatus: (
          campaignId: Messaging10dlcCampaignGetOperationStatusPathParams["campaignId"],
          options?: RequestOptions,
        ) =>
          transport.request<Messaging10dlcCampaignGetOperationStatusResponse>(
            OPERATIONS["GetCampaignOperationStatus"],
            { path: { campaignId } },
            options,
          ),
        /** Get campaign sharing status `GET /10dlc/campaign/{campaignId}/sharing` */
        getSharingStatus: (
          campaignId: Messaging10dlcCampaignGetSharingStatusPathParams["campaignId"],
          options?: RequestOptions,
        ) =>
          transport.request<Messaging10dlcCampaignGetSharingStatusResponse>(
            OPERATIONS["GetCampaignSharingStatus"],
            { path: { campaignId } },
            options,
          ),
        usecase: {
          /** Get campaign cost `GET /10dlc/campaign/usecase/cost` */
          getCost: (query: Messaging10dlcCampaignUsecaseGetCostQuery, options?: RequestOptions) =>
            transport.request<Messaging10dlcCampaignUsecaseGetCostResponse>(
              OPERATIONS["GetCampaignCost"],
              { query },
              options,
            ),
        },
        osr: {
          /** Get campaign OSR attributes `GET /10dlc/campaign/{campaignId}/osr/attributes` */
          getAttributes: (
            campaignId: Messaging10dlcCampaignOsrGetAttributesPathParams["campaignId"],
            options?: RequestOptions,
          ) =>
            transport.request<Messaging10dlcCampaignOsrGetAttributesResponse>(
              OPERATIONS["GetCampaignOsrAttributes"],
              { path: { campaignId } },
              options,
            ),
        },
      },
      partnerCampaigns: {
        /** List shared campaigns `GET /10dlc/partner_campaigns`. Await for the first page; `for await` iterates every item of every page. */
        list: (query?: Messaging10dlcPartnerCampaignsListQuery, options?: RequestOptions) =>
          transport.list<Messaging10dlcPartnerCampaignsListResponse, Messaging10dlcPartnerCampaignsListItem>(
            OPERATIONS["GetSharedCampaigns"],
            { query },
            options,
          ),
        /** Get a shared campaign `GET /10dlc/partner_campaigns/{campaignId}` */
        retrieve: (
          campaignId: Messaging10dlcPartnerCampaignsRetrievePathParams["campaignId"],
          options?: RequestOptions,
        ) =>
          transport.request<Messaging10dlcPartnerCampaignsRetrieveResponse>(
            OPERATIONS["GetSharedCampaign"],
            { path: { campaignId } },
            options,
          ),
        /** Update a shared campaign `PATCH /10dlc/partner_campaigns/{campaignId}` */
        update: (
          campaignId: Messaging10dlcPartnerCampaignsUpdatePathParams["campaignId"],
          body: Messaging10dlcPartnerCampaignsUpdateParams,
          options?: RequestOptions,
        ) =>
          transport.request<Messaging10dlcPartnerCampaignsUpdateResponse>(
            OPERATIONS["UpdateSharedCampaign"],
            { path: { campaignId }, body },
            options,
          ),
        /** List campaigns you shared `GET /10dlc/partnerCampaign/sharedByMe`. Await for the first page; `for await` iterates every item of every page. */
        listSharedByMe: (
          query?: Messaging10dlcPartnerCampaignsListSharedByMeQuery,
          options?: RequestOptions,
        ) =>
          transport.list<
            Messaging10dlcPartnerCampaignsListSharedByMeResponse,
            Messaging10dlcPartnerCampaignsListSharedByMeItem
          >(OPERATIONS["GetPartnerCampaignsSharedByUser"], { query }, options),
        /** Get a shared campaign's sharing status `GET /10dlc/partnerCampaign/{campaignId}/sharing` */
        retrieveSharingStatus: (
          campaignId: Messaging10dlcPartnerCampaignsRetrieveSharingStatusPathParams["campaignId"],
          options?: RequestOptions,
        ) =>
          transport.request<Messaging10dlcPartnerCampaignsRetrieveSharingStatusResponse>(
            OPERATIONS["GetPartnerCampaignSharingStatus"],
            { path: { campaignId } },
            options,
          ),
      },
      phoneNumberCampaigns: {
        /** List phone number campaigns `GET /10dlc/phone_number_campaigns`. Await for the first page; `for await` iterates every item of every page. */
        list: (query?: Messaging10dlcPhoneNumberCampaignsListQuery, options?: RequestOptions) =>
          transport.list<
            Messaging10dlcPhoneNumberCampaignsListResponse,
            Messaging10dlcPhoneNumberCampaignsListItem
          >(OPERATIONS["GetAllPhoneNumberCampaigns"], { query }, options),
        /** Link a phone number to a campaign `POST /10dlc/phone_number_campaigns` */
        create: (body: Messaging10dlcPhoneNumberCampaignsCreateParams, options?: RequestOptions) =>
          transport.request<Messaging10dlcPhoneNumberCampaignsCreateResponse>(
            OPERATIONS["CreatePhoneNumberCampaign"],
            { body },
            options,
          ),
        /** Get a phone number campaign `GET /10dlc/phone_number_campaigns/{phoneNumber}` */
        retrieve: (
          phoneNumber: Messaging10dlcPhoneNumberCampaignsRetrievePathParams["phoneNumber"],
          options?: RequestOptions,
        ) =>
          transport.request<Messaging10dlcPhoneNumberCampaignsRetrieveResponse>(
            OPERATIONS["GetSinglePhoneNumberCampaign"],
            { path: { phoneNumber } },
            options,
          ),
        /** Move a phone number to another campaign `PUT /10dlc/phone_number_campaigns/{phoneNumber}` */
        update: (
          phoneNumber: Messaging10dlcPhoneNumberCampaignsUpdatePathParams["phoneNumber"],
          body: Messaging10dlcPhoneNumberCampaignsUpdateParams,
          options?: RequestOptions,
        ) =>
          transport.request<Messaging10dlcPhoneNumberCampaignsUpdateResponse>(
            OPERATIONS["PutPhoneNumberCampaign"],
            { path: { phoneNumber }, body },
            options,
          ),
        /** Unlink a phone number from its campaign `DELETE /10dlc/phone_number_campaigns/{phoneNumber}` */
        delete: (
          phoneNumber: Messaging10dlcPhoneNumberCampaignsDeletePathParams["phoneNumber"],
          options?: RequestOptions,
        ) =>
          transport.request<Messaging10dlcPhoneNumberCampaignsDeleteResponse>(
            OPERATIONS["DeletePhoneNumberCampaign"],
            { path: { phoneNumber } },
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
        /** Get an assignment task `GET /10dlc/phoneNumberAssignmentByProfile/{taskId}` */
        retrieveStatus: (
          taskId: Messaging10dlcPhoneNumberAssignmentByProfileRetrieveStatusPathParams["taskId"],
          options?: RequestOptions,
        ) =>
          transport.request<Messaging10dlcPhoneNumberAssignmentByProfileRetrieveStatusResponse>(
            OPERATIONS["GetAssignmentTaskStatus"],
            { path: { taskId } },
            options,
          ),
        /** List the numbers of an assignment task `GET /10dlc/phoneNumberAssignmentByProfile/{taskId}/phoneNumbers`. Await for the first page; `for await` iterates every item of every page. */
        listPhoneNumberStatus: (
          taskId: Messaging10dlcPhoneNumberAssignmentByProfileListPhoneNumberStatusPathParams["taskId"],
          query?: Messaging10dlcPhoneNumberAssignmentByProfileListPhoneNumberStatusQuery,
          options?: RequestOptions,
        ) =>
          transport.list<
            Messaging10dlcPhoneNumberAssignmentByProfileListPhoneNumberStatusResponse,
            Messaging10dlcPhoneNumberAssignmentByProfileListPhoneNumberStatusItem
          >(OPERATIONS["GetPhoneNumberStatus"], { path: { taskId }, query }, options),
      },
    },
    availablePhoneNumbers: {
      /** Search available phone numbers `GET /available_phone_numbers` */
      list: (query?: AvailablePhoneNumbersListQuery, options?: RequestOptions) =>
        transport.request<AvailablePhoneNumbersListResponse>(
          OPERATIONS["ListAvailablePhoneNumbers"],
          { query },
          options,
        ),
    },
    numberOrders: {
      /** List number orders `GET /number_orders`. Await for the first page; `for await` iterates every item of every page. */
      list: (query?: NumberOrdersListQuery, options?: RequestOptions) =>
        transport.list<NumberOrdersListResponse, NumberOrdersListItem>(
          OPERATIONS["ListNumberOrders"],
          { query },
          options,
        ),
      /** Create a number order `POST /number_orders` */
      create: (body: NumberOrdersCreateParams, options?: RequestOptions) =>
        transport.request<NumberOrdersCreateResponse>(OPERATIONS["CreateNumberOrder"], { body }, options),
      /** Check number order status `GET /number_orders/{number_order_id}` */
      retrieve: (
        numberOrderId: NumberOrdersRetrievePathParams["number_order_id"],
        options?: RequestOptions,
      ) =>
        transport.request<NumberOrdersRetrieveResponse>(
          OPERATIONS["RetrieveNumberOrder"],
          { path: { number_order_id: numberOrderId } },
          options,
        ),
      /** Update a number order `PATCH /number_orders/{number_order_id}` */
      update: (
        numberOrderId: NumberOrdersUpdatePathParams["number_order_id"],
        body: NumberOrdersUpdateParams,
        options?: RequestOptions,
      ) =>
        transport.request<NumberOrdersUpdateResponse>(
          OPERATIONS["UpdateNumberOrder"],
          { path: { number_order_id: numberOrderId }, body },
          options,
        ),
    },
    numberReservations: {
      /** List number reservations `GET /number_reservations`. Await for the first page; `for await` iterates every item of every page. */
      list: (query?: NumberReservationsListQuery, options?: RequestOptions) =>
        transport.list<NumberReservationsListResponse, NumberReservationsListItem>(
          OPERATIONS["ListNumberReservations"],
          { query },
          options,
        ),
      /** Create a number reservation `POST /number_reservations` */
      create: (body: NumberReservationsCreateParams, options?: RequestOptions) =>
        transport.request<NumberReservationsCreateResponse>(
          OPERATIONS["CreateNumberReservation"],
          { body },
          options,
        ),
      /** Retrieve a number reservation `GET /number_reservations/{number_reservation_id}` */
      retrieve: (
        numberReservationId: NumberReservationsRetrievePathParams["number_reservation_id"],
        options?: RequestOptions,
      ) =>
        transport.request<NumberReservationsRetrieveResponse>(
          OPERATIONS["RetrieveNumberReservation"],
          { path: { number_reservation_id: numberReservationId } },
          options,
        ),
      actions: {
        /** Extend a number reservation `POST /number_reservations/{number_reservation_id}/actions/extend` */
        extend: (
          numberReservationId: NumberReservationsActionsExtendPathParams["number_reservation_id"],
          options?: RequestOptions,
        ) =>
          transport.request<NumberReservationsActionsExtendResponse>(
            OPERATIONS["ExtendNumberReservationExpiryTime"],
            { path: { number_reservation_id: numberReservationId } },
            options,
          ),
      },
    },
    advancedOrders: {
      /** List advanced orders `GET /advanced_orders` */
      list: (options?: RequestOptions) =>
        transport.request<AdvancedOrdersListResponse>(OPERATIONS["list_advanced_orders_v2"], {}, options),
      /** Create an advanced order `POST /advanced_orders` */
      create: (body: AdvancedOrdersCreateParams, options?: RequestOptions) =>
        transport.request<AdvancedOrdersCreateResponse>(
          OPERATIONS["create_advanced_order_v2"],
          { body },
          options,
        ),
      /** Update an advanced order `PATCH /advanced_orders/{advanced-order-id}/requirement_group` */
      updateRequirementGroup: (
        advancedOrderId: AdvancedOrdersUpdateRequirementGroupPathParams["advanced-order-id"],
        body: AdvancedOrdersUpdateRequirementGroupParams,
        options?: RequestOptions,
      ) =>
        transport.request<AdvancedOrdersUpdateRequirementGroupResponse>(
          OPERATIONS["update_advanced_order_v2"],
          { path: { "advanced-order-id": advancedOrderId }, body },
          options,
        ),
      /** Get an advanced order `GET /advanced_orders/{order_id}` */
      retrieve: (orderId: AdvancedOrdersRetrievePathParams["order_id"], options?: RequestOptions) =>
        transport.request<AdvancedOrdersRetrieveResponse>(
          OPERATIONS["get_advanced_order_v2"],
          { path: { order_id: orderId } },
          options,
        ),
    },
    availablePhoneNumberBlocks: {
      /** List available phone number blocks `GET /available_phone_number_blocks` */
      list: (query?: AvailablePhoneNumberBlocksListQuery, options?: RequestOptions) =>
        transport.request<AvailablePhoneNumberBlocksListResponse>(
          OPERATIONS["ListAvailablePhoneNumberBlocks"],
          { query },
          options,
        ),
    },
    comments: {
      /** List comments `GET /comments` */
      list: (query?: CommentsListQuery, options?: RequestOptions) =>
        transport.request<CommentsListResponse>(OPERATIONS["ListComments"], { query }, options),
      /** Create a comment `POST /comments` */
      create: (body: CommentsCreateParams, options?: RequestOptions) =>
        transport.request<CommentsCreateResponse>(OPERATIONS["CreateComment"], { body }, options),
      /** Retrieve a comment `GET /comments/{id}` */
      retrieve: (id: CommentsRetrievePathParams["id"], options?: RequestOptions) =>
        transport.request<CommentsRetrieveResponse>(OPERATIONS["RetrieveComment"], { path: { id } }, options),
      /** Mark a comment as read `PATCH /comments/{id}/read` */
      markAsRead: (id: CommentsMarkAsReadPathParams["id"], options?: RequestOptions) =>
        transport.request<CommentsMarkAsReadResponse>(
          OPERATIONS["MarkCommentRead"],
          { path: { id } },
          options,
        ),
    },
    countryCoverage: {
      /** Get country coverage `GET /country_coverage` */
      retrieve: (options?: RequestOptions) =>
        transport.request<CountryCoverageRetrieveResponse>(
          OPERATIONS["retreiveCountryCoverage"],
          {},
          options,
        ),
      /** Get coverage for a specific country `GET /country_coverage/countries/{country_code}` */
      retrieveCountry: (
        countryCode: CountryCoverageRetrieveCountryPathParams["country_code"],
        options?: RequestOptions,
      ) =>
        transport.request<CountryCoverageRetrieveCountryResponse>(
          OPERATIONS["retreiveSpecificCountryCoverage"],
          { path: { country_code: countryCode } },
          options,
        ),
    },
    customerServiceRecords: {
      /** List customer service records `GET /customer_service_records`. Await for the first page; `for await` iterates every item of every page. */
      list: (query?: CustomerServiceRecordsListQuery, options?: RequestOptions) =>
        transport.list<CustomerServiceRecordsListResponse, CustomerServiceRecordsListItem>(
          OPERATIONS["ListCustomerServiceRecords"],
          { query },
          options,
        ),
      /** Create a customer service record `POST /customer_service_records` */
      create: (body: CustomerServiceRecordsCreateParams, options?: RequestOptions) =>
        transport.request<CustomerServiceRecordsCreateResponse>(
          OPERATIONS["CreateCustomerServiceRecord"],
          { body },
          options,
        ),
      /** Verify CSR phone number coverage `POST /customer_service_records/phone_number_coverages` */
      verifyPhoneNumberCoverage: (
        body: CustomerServiceRecordsVerifyPhoneNumberCoverageParams,
        options?: RequestOptions,
      ) =>
        transport.request<CustomerServiceRecordsVerifyPhoneNumberCoverageResponse>(
          OPERATIONS["VerifyPhoneNumberCoverage"],
          { body },
          options,
        ),
      /** Get a customer service record `GET /customer_service_records/{customer_service_record_id}` */
      retrieve: (
        customerServiceRecordId: CustomerServiceRecordsRetrievePathParams["customer_service_record_id"],
        options?: RequestOptions,
      ) =>
        transport.request<CustomerServiceRecordsRetrieveResponse>(
          OPERATIONS["GetCustomerServiceRecord"],
          { path: { customer_service_record_id: customerServiceRecordId } },
          options,
        ),
    },
    inexplicitNumberOrders: {
      /** List inexplicit number orders `GET /inexplicit_number_orders`. Await for the first page; `for await` iterates every item of every page. */
      list: (query?: InexplicitNumberOrdersListQuery, options?: RequestOptions) =>
        transport.list<InexplicitNumberOrdersListResponse, InexplicitNumberOrdersListItem>(
          OPERATIONS["ListInexplicitNumberOrders"],
          { query },
          options,
        ),
      /** Create an inexplicit number order `POST /inexplicit_number_orders` */
      create: (body: InexplicitNumberOrdersCreateParams, options?: RequestOptions) =>
        transport.request<InexplicitNumberOrdersCreateResponse>(
          OPERATIONS["CreateInexplicitNumberOrder"],
          { body },
          options,
        ),
      /** Retrieve an inexplicit number order `GET /inexplicit_number_orders/{id}` */
      retrieve: (id: InexplicitNumberOrdersRetrievePathParams["id"], options?: RequestOptions) =>
        transport.request<InexplicitNumberOrdersRetrieveResponse>(
          OPERATIONS["RetrieveInexplicitNumberOrder"],
          { path: { id } },
          options,
        ),
    },
    inventoryCoverage: {
      /** Get inventory coverage `GET /inventory_coverage` */
      list: (query?: InventoryCoverageListQuery, options?: RequestOptions) =>
        transport.request<InventoryCoverageListResponse>(
          OPERATIONS["CreateInventoryCoverage"],
          { query },
          options,
        ),
    },
    mobileNetworkOperators: {
      /** List mobile network operators `GET /mobile_network_operators`. Await for the first page; `for await` iterates every item of every page. */
      list: (query?: MobileNetworkOperatorsListQuery, options?: RequestOptions) =>
        transport.list<MobileNetworkOperatorsListResponse, MobileNetworkOperatorsListItem>(
          OPERATIONS["GetMobileNetworkOperators"],
          { query },
          options,
        ),
    },
    networkCoverage: {
      /** List network coverage locations `GET /network_coverage`. Await for the first page; `for await` iterates every item of every page. */
      list: (query?: NetworkCoverageListQuery, options?: RequestOptions) =>
        transport.list<NetworkCoverageListResponse, NetworkCoverageListItem>(
          OPERATIONS["ListNetworkCoverage"],
          { query },
          options,
        ),
    },
    numberBlockOrders: {
      /** List number block orders `GET /number_block_orders`. Await for the first page; `for await` iterates every item of every page. */
      list: (query?: NumberBlockOrdersListQuery, options?: RequestOptions) =>
        transport.list<NumberBlockOrdersListResponse, NumberBlockOrdersListItem>(
          OPERATIONS["ListNumberBlockOrders"],
          { query },
          options,
        ),
      /** Create a number block order `POST /number_block_orders` */
      create: (body: NumberBlockOrdersCreateParams, options?: RequestOptions) =>
        transport.request<NumberBlockOrdersCreateResponse>(
          OPERATIONS["CreateNumberBlockOrder"],
          { body },
          options,
        ),
      /** Retrieve a number block order `GET /number_block_orders/{number_block_order_id}` */
      retrieve: (
        numberBlockOrderId: NumberBlockOrdersRetrievePathParams["number_block_order_id"],
        options?: RequestOptions,
      ) =>
        transport.request<NumberBlockOrdersRetrieveResponse>(
          OPERATIONS["RetrieveNumberBlockOrder"],
          { path: { number_block_order_id: numberBlockOrderId } },
          options,
        ),
    },
    numberOrderPhoneNumbers: {
      /** List phone numbers in number orders `GET /number_order_phone_numbers` */
      list: (query?: NumberOrderPhoneNumbersListQuery, options?: RequestOptions) =>
        transport.request<NumberOrderPhoneNumbersListResponse>(
          OPERATIONS["RetrieveOrderPhoneNumbers"],
          { query },
          options,
        ),
      /** Retrieve a phone number in a number order `GET /number_order_phone_numbers/{number_order_phone_number_id}` */
      retrieve: (
        numberOrderPhoneNumberId: NumberOrderPhoneNumbersRetrievePathParams["number_order_phone_number_id"],
        options?: RequestOptions,
      ) =>
        transport.request<NumberOrderPhoneNumbersRetrieveResponse>(
          OPERATIONS["GetNumberOrderPhoneNumber"],
          { path: { number_order_phone_number_id: numberOrderPhoneNumberId } },
          options,
        ),
      /** Update requirements for a phone number in a number order `PATCH /number_order_phone_numbers/{number_order_phone_number_id}` */
      updateRequirements: (
        numberOrderPhoneNumberId: NumberOrderPhoneNumbersUpdateRequirementsPathParams["number_order_phone_number_id"],
        body: NumberOrderPhoneNumbersUpdateRequirementsParams,
        options?: RequestOptions,
      ) =>
        transport.request<NumberOrderPhoneNumbersUpdateRequirementsResponse>(
          OPERATIONS["UpdateNumberOrderPhoneNumber"],
          { path: { number_order_phone_number_id: numberOrderPhoneNumberId }, body },
          options,
        ),
      /** Attach a requirement group to an ordered number `POST /number_order_phone_numbers/{id}/requirement_group` */
      updateRequirementGroup: (
        id: NumberOrderPhoneNumbersUpdateRequirementGroupPathParams["id"],
        body: NumberOrderPhoneNumbersUpdateRequirementGroupParams,
        options?: RequestOptions,
      ) =>
        transport.request<NumberOrderPhoneNumbersUpdateRequirementGroupResponse>(
          OPERATIONS["updateNumberOrderPhoneNumberRequirementGroup"],
          { path: { id }, body },
          options,
        ),
    },
    numbersFeatures: {
      /** Retrieve the features for a list of numbers `POST /numbers_features` */
      create: (body: NumbersFeaturesCreateParams, options?: RequestOptions) =>
        transport.request<NumbersFeaturesCreateResponse>(
          OPERATIONS["PostNumbersFeatures"],
          { body },
          options,
        ),
    },
    phoneNumberBlocks: {
      jobs: {
        /** List phone number block jobs `GET /phone_number_blocks/jobs`. Await for the first page; `for await` iterates every item of every page. */
        list: (query?: PhoneNumberBlocksJobsListQuery, options?: RequestOptions) =>
          transport.list<PhoneNumberBlocksJobsListResponse, PhoneNumberBlocksJobsListItem>(
            OPERATIONS["ListPhoneNumberBlocksJobs"],
            { query },
            options,
          ),
        /** Delete all numbers of a phone number block `POST /phone_number_blocks/jobs/delete_phone_number_block` */
        deletePhoneNumberBlock: (
          body: PhoneNumberBlocksJobsDeletePhoneNumberBlockParams,
          options?: RequestOptions,
        ) =>
          transport.request<PhoneNumberBlocksJobsDeletePhoneNumberBlockResponse>(
            OPERATIONS["CreatePhoneNumberBlockDeletionJob"],
            { body },
            options,
          ),
        /** Retrieve a phone number block job `GET /phone_number_blocks/jobs/{id}` */
        retrieve: (id: PhoneNumberBlocksJobsRetrievePathParams["id"], options?: RequestOptions) =>
          transport.request<PhoneNumberBlocksJobsRetrieveResponse>(
            OPERATIONS["GetPhoneNumberBlocksJob"],
            { path: { id } },
            options,
          ),
      },
    },
    subNumberOrders: {
      /** List sub number orders `GET /sub_number_orders` */
      list: (query?: SubNumberOrdersListQuery, options?: RequestOptions) =>
        transport.request<SubNumberOrdersListResponse>(OPERATIONS["ListSubNumberOrders"], { query }, options),
      /** Retrieve a sub number order `GET /sub_number_orders/{sub_number_order_id}` */
      retrieve: (
        subNumberOrderId: SubNumberOrdersRetrievePathParams["sub_number_order_id"],
        query?: SubNumberOrdersRetrieveQuery,
        options?: RequestOptions,
      ) =>
        transport.request<SubNumberOrdersRetrieveResponse>(
          OPERATIONS["GetSubNumberOrder"],
          { path: { sub_number_order_id: subNumberOrderId }, query },
          options,
        ),
      /** Update a sub number order's requirements `PATCH /sub_number_orders/{sub_number_order_id}` */
      update: (
        subNumberOrderId: SubNumberOrdersUpdatePathParams["sub_number_order_id"],
        body: SubNumberOrdersUpdateParams,
        options?: RequestOptions,
      ) =>
        transport.request<SubNumberOrdersUpdateResponse>(
          OPERATIONS["UpdateSubNumberOrder"],
          { path: { sub_number_order_id: subNumberOrderId }, body },
          options,
        ),
      /** Cancel a sub number order `PATCH /sub_number_orders/{sub_number_order_id}/cancel` */
      cancel: (
        subNumberOrderId: SubNumberOrdersCancelPathParams["sub_number_order_id"],
        options?: RequestOptions,
      ) =>
        transport.request<SubNumberOrdersCancelResponse>(
          OPERATIONS["CancelSubNumberOrder"],
          { path: { sub_number_order_id: subNumberOrderId } },
          options,
        ),
      /** Attach a requirement group to a sub number order `POST /sub_number_orders/{id}/requirement_group` */
      updateRequirementGroup: (
        id: SubNumberOrdersUpdateRequirementGroupPathParams["id"],
        body: SubNumberOrdersUpdateRequirementGroupParams,
        options?: RequestOptions,
      ) =>
        transport.request<SubNumberOrdersUpdateRequirementGroupResponse>(
          OPERATIONS["updateSubNumberOrderRequirementGroup"],
          { path: { id }, body },
          options,
        ),
    },
    subNumberOrdersReport: {
      /** Create a sub number orders report `POST /sub_number_orders_report` */
      create: (body?: SubNumberOrdersReportCreateParams, options?: RequestOptions) =>
        transport.request<SubNumberOrdersReportCreateResponse>(
          OPERATIONS["CreateSubNumberOrdersReport"],
          { body },
          options,
        ),
      /** Retrieve a sub number orders report `GET /sub_number_orders_report/{report_id}` */
      retrieve: (reportId: SubNumberOrdersReportRetrievePathParams["report_id"], options?: RequestOptions) =>
        transport.request<SubNumberOrdersReportRetrieveResponse>(
          OPERATIONS["GetSubNumberOrdersReport"],
          { path: { report_id: reportId } },
          options,
        ),
      /** Download a sub number orders report `GET /sub_number_orders_report/{report_id}/download` */
      download: (reportId: SubNumberOrdersReportDownloadPathParams["report_id"], options?: RequestOptions) =>
        transport.request<SubNumberOrdersReportDownloadResponse>(
          OPERATIONS["DownloadSubNumberOrdersReport"],
          { path: { report_id: reportId } },
          options,
        ),
    },
    bundlePricing: {
      billingBundles: {
        /** List billing bundles `GET /bundle_pricing/billing_bundles`. Await for the first page; `for await` iterates every item of every page. */
        list: (query?: BundlePricingBillingBundlesListQuery, options?: RequestOptions) =>
          transport.list<BundlePricingBillingBundlesListResponse, BundlePricingBillingBundlesListItem>(
            OPERATIONS["GetUserBillingBundles"],
            { query },
            options,
          ),
        /** Get a billing bundle `GET /bundle_pricing/billing_bundles/{bundle_id}` */
        retrieve: (
          bundleId: BundlePricingBillingBundlesRetrievePathParams["bundle_id"],
          options?: RequestOptions,
        ) =>
          transport.request<BundlePricingBillingBundlesRetrieveResponse>(
            OPERATIONS["GetBillingBundleById"],
            { path: { bundle_id: bundleId } },
            options,
          ),
      },
      userBundles: {
        /** List user bundles `GET /bundle_pricing/user_bundles`. Await for the first page; `for await` iterates every item of every page. */
        list: (query?: BundlePricingUserBundlesListQuery, options?: RequestOptions) =>
          transport.list<BundlePricingUserBundlesListResponse, BundlePricingUserBundlesListItem>(
            OPERATIONS["GetUserBundles"],
            { query },
            options,
          ),
        /** Buy user bundles `POST /bundle_pricing/user_bundles/bulk` */
        create: (body: BundlePricingUserBundlesCreateParams, options?: RequestOptions) =>
          transport.request<BundlePricingUserBundlesCreateResponse>(
            OPERATIONS["CreateUserBundlesBulk"],
            { body },
            options,
          ),
        /** List unused user bundles `GET /bundle_pricing/user_bundles/unused` */
        listUnused: (query?: BundlePricingUserBundlesListUnusedQuery, options?: RequestOptions) =>
          transport.request<BundlePricingUserBundlesListUnusedResponse>(
            OPERATIONS["GetUnusedUserBundles"],
            { query },
            options,
          ),
        /** Get a user bundle `GET /bundle_pricing/user_bundles/{user_bundle_id}` */
        retrieve: (
          userBundleId: BundlePricingUserBundlesRetrievePathParams["user_bundle_id"],
          options?: RequestOptions,
        ) =>
          transport.request<BundlePricingUserBundlesRetrieveResponse>(
            OPERATIONS["GetUserBundleById"],
            { path: { user_bundle_id: userBundleId } },
            options,
          ),
        /** Deactivate a user bundle `DELETE /bundle_pricing/user_bundles/{user_bundle_id}` */
        deactivate: (
          userBundleId: BundlePricingUserBundlesDeactivatePathParams["user_bundle_id"],
          options?: RequestOptions,
        ) =>
          transport.request<BundlePricingUserBundlesDeactivateResponse>(
            OPERATIONS["DeactivateUserBundle"],
            { path: { user_bundle_id: userBundleId } },
            options,
          ),
        /** List the resources of a user bundle `GET /bundle_pricing/user_bundles/{user_bundle_id}/resources` */
        listResources: (
          userBundleId: BundlePricingUserBundlesListResourcesPathParams["user_bundle_id"],
          options?: RequestOptions,
        ) =>
          transport.request<BundlePricingUserBundlesListResourcesResponse>(
            OPERATIONS["GetUserBundleResources"],
            { path: { user_bundle_id: userBundleId } },
            options,
          ),
      },
    },
    documentLinks: {
      /** List document links `GET /document_links`. Await for the first page; `for await` iterates every item of every page. */
      list: (query?: DocumentLinksListQuery, options?: RequestOptions) =>
        transport.list<DocumentLinksListResponse, DocumentLinksListItem>(
          OPERATIONS["ListDocumentLinks"],
          { query },
          options,
        ),
    },
    documents: {
      /** List documents `GET /documents`. Await for the first page; `for await` iterates every item of every page. */
      list: (query?: DocumentsListQuery, options?: RequestOptions) =>
        transport.list<DocumentsListResponse, DocumentsListItem>(
          OPERATIONS["ListDocuments"],
          { query },
          options,
        ),
      /** Upload a document `POST /documents` */
      uploadJson: (body: DocumentsUploadJsonParams, options?: RequestOptions) =>
        transport.request<DocumentsUploadJsonResponse>(OPERATIONS["CreateDocument"], { body }, options),
      /** Get a document `GET /documents/{id}` */
      retrieve: (id: DocumentsRetrievePathParams["id"], options?: RequestOptions) =>
        transport.request<DocumentsRetrieveResponse>(
          OPERATIONS["RetrieveDocument"],
          { path: { id } },
          options,
        ),
      /** Update a document `PATCH /documents/{id}` */
      update: (id: DocumentsUpdatePathParams["id"], body: DocumentsUpdateParams, options?: RequestOptions) =>
        transport.request<DocumentsUpdateResponse>(
          OPERATIONS["UpdateDocument"],
          { path: { id }, body },
          options,
        ),
      /** Delete a document `DELETE /documents/{id}` */
      delete: (id: DocumentsDeletePathParams["id"], options?: RequestOptions) =>
        transport.request<DocumentsDeleteResponse>(OPERATIONS["DeleteDocument"], { path: { id } }, options),
      /** Download a document `GET /documents/{id}/download` */
      download: (id: DocumentsDownloadPathParams["id"], options?: RequestOptions) =>
        transport.request<DocumentsDownloadResponse>(
          OPERATIONS["DownloadDocument"],
          { path: { id } },
          options,
        ),
      /** Get a temporary download link `GET /documents/{id}/download_link` */
      generateDownloadLink: (id: DocumentsGenerateDownloadLinkPathParams["id"], options?: RequestOptions) =>
        transport.request<DocumentsGenerateDownloadLinkResponse>(
          OPERATIONS["getDocumentDownloadLink"],
          { path: { id } },
          options,
        ),
    },
    phoneNumbersRegulatoryRequirements: {
      /** Get the regulatory requirements of phone numbers `GET /phone_numbers_regulatory_requirements` */
      retrieve: (query?: PhoneNumbersRegulatoryRequirementsRetrieveQuery, options?: RequestOptions) =>
        transport.request<PhoneNumbersRegulatoryRequirementsRetrieveResponse>(
          OPERATIONS["ListRegulatoryRequirementsPhoneNumbers"],
          { query },
          options,
        ),
    },
    regulatoryRequirements: {
      /** Get regulatory requirements `GET /regulatory_requirements` */
      retrieve: (query?: RegulatoryRequirementsRetrieveQuery, options?: RequestOptions) =>
        transport.request<RegulatoryRequirementsRetrieveResponse>(
          OPERATIONS["ListRegulatoryRequirements"],
          { query },
          options,
        ),
    },
    requirementGroups: {
      /** List requirement groups `GET /requirement_groups` */
      list: (query?: RequirementGroupsListQuery, options?: RequestOptions) =>
        transport.request<RequirementGroupsListResponse>(
          OPERATIONS["GetRequirementGroups"],
          { query },
          options,
        ),
      /** Create a requirement group `POST /requirement_groups` */
      create: (body: RequirementGroupsCreateParams, options?: RequestOptions) =>
        transport.request<RequirementGroupsCreateResponse>(
          OPERATIONS["CreateRequirementGroup"],
          { body },
          options,
        ),
      /** Get a requirement group `GET /requirement_groups/{id}` */
      retrieve: (id: RequirementGroupsRetrievePathParams["id"], options?: RequestOptions) =>
        transport.request<RequirementGroupsRetrieveResponse>(
          OPERATIONS["GetRequirementGroup"],
          { path: { id } },
          options,
        ),
      /** Update requirement values `PATCH /requirement_groups/{id}` */
      update: (
        id: RequirementGroupsUpdatePathParams["id"],
        body: RequirementGroupsUpdateParams,
        options?: RequestOptions,
      ) =>
        transport.request<RequirementGroupsUpdateResponse>(
          OPERATIONS["UpdateRequirementGroup"],
          { path: { id }, body },
          options,
        ),
      /** Delete a requirement group `DELETE /requirement_groups/{id}` */
      delete: (id: RequirementGroupsDeletePathParams["id"], options?: RequestOptions) =>
        transport.request<RequirementGroupsDeleteResponse>(
          OPERATIONS["DeleteRequirementGroup"],
          { path: { id } },
          options,
        ),
      /** Submit a requirement group for approval `POST /requirement_groups/{id}/submit_for_approval` */
      submitForApproval: (id: RequirementGroupsSubmitForApprovalPathParams["id"], options?: RequestOptions) =>
        transport.request<RequirementGroupsSubmitForApprovalResponse>(
          OPERATIONS["SubmitRequirementGroup"],
          { path: { id } },
          options,
        ),
    },
    requirementTypes: {
      /** List requirement types `GET /requirement_types` */
      list: (query?: RequirementTypesListQuery, options?: RequestOptions) =>
        transport.request<RequirementTypesListResponse>(
          OPERATIONS["ListRequirementTypes"],
          { query },
          options,
        ),
      /** Get a requirement type `GET /requirement_types/{id}` */
      retrieve: (id: RequirementTypesRetrievePathParams["id"], options?: RequestOptions) =>
        transport.request<RequirementTypesRetrieveResponse>(
          OPERATIONS["RetrieveRequirementType"],
          { path: { id } },
          options,
        ),
    },
    requirements: {
      /** List requirements `GET /requirements`. Await for the first page; `for await` iterates every item of every page. */
      list: (query?: RequirementsListQuery, options?: RequestOptions) =>
        transport.list<RequirementsListResponse, RequirementsListItem>(
          OPERATIONS["ListRequirements"],
          { query },
          options,
        ),
      /** Get a requirement `GET /requirements/{id}` */
      retrieve: (
        id: RequirementsRetrievePathParams["id"],
        query?: RequirementsRetrieveQuery,
        options?: RequestOptions,
      ) =>
        transport.request<RequirementsRetrieveResponse>(
          OPERATIONS["RetrieveDocumentRequirements"],
          { path: { id }, query },
          options,
        ),
    },
    userAddresses: {
      /** List user addresses `GET /user_addresses`. Await for the first page; `for await` iterates every item of every page. */
      list: (query?: UserAddressesListQuery, options?: RequestOptions) =>
        transport.list<UserAddressesListResponse, UserAddressesListItem>(
          OPERATIONS["FindUserAddress"],
          { query },
          options,
        ),
      /** Create a user address `POST /user_addresses` */
      create: (body: UserAddressesCreateParams, options?: RequestOptions) =>
        transport.request<UserAddressesCreateResponse>(OPERATIONS["CreateUserAddress"], { body }, options),
      /** Get a user address `GET /user_addresses/{id}` */
      retrieve: (id: UserAddressesRetrievePathParams["id"], options?: RequestOptions) =>
        transport.request<UserAddressesRetrieveResponse>(
          OPERATIONS["GetUserAddress"],
          { path: { id } },
          options,
        ),
    },
    verifiedNumbers: {
      /** List verified numbers `GET /verified_numbers`. Await for the first page; `for await` iterates every item of every page. */
      list: (query?: VerifiedNumbersListQuery, options?: RequestOptions) =>
        transport.list<VerifiedNumbersListResponse, VerifiedNumbersListItem>(
          OPERATIONS["ListVerifiedNumbers"],
          { query },
          options,
        ),
      /** Request phone number verification `POST /verified_numbers` */
      create: (body: VerifiedNumbersCreateParams, options?: RequestOptions) =>
        transport.request<VerifiedNumbersCreateResponse>(
          OPERATIONS["CreateVerifiedNumber"],
          { body },
          options,
        ),
      /** Get a verified number `GET /verified_numbers/{phone_number}` */
      retrieve: (phoneNumber: VerifiedNumbersRetrievePathParams["phone_number"], options?: RequestOptions) =>
        transport.request<VerifiedNumbersRetrieveResponse>(
          OPERATIONS["GetVerifiedNumber"],
          { path: { phone_number: phoneNumber } },
          options,
        ),
      /** Delete a verified number `DELETE /verified_numbers/{phone_number}` */
      delete: (phoneNumber: VerifiedNumbersDeletePathParams["phone_number"], options?: RequestOptions) =>
        transport.request<VerifiedNumbersDeleteResponse>(
          OPERATIONS["DeleteVerifiedNumber"],
          { path: { phone_number: phoneNumber } },
          options,
        ),
      actions: {
        /** Submit a verification code `POST /verified_numbers/{phone_number}/actions/verify` */
        submitVerificationCode: (
          phoneNumber: VerifiedNumbersActionsSubmitVerificationCodePathParams["phone_number"],
          body: VerifiedNumbersActionsSubmitVerificationCodeParams,
          options?: RequestOptions,
        ) =>
          transport.request<VerifiedNumbersActionsSubmitVerificationCodeResponse>(
            OPERATIONS["VerifyVerificationCode"],
            { path: { phone_number: phoneNumber }, body },
            options,
          ),
      },
    },
    portabilityChecks: {
      /** Run a portability check `POST /portability_checks` */
      run: (body: PortabilityChecksRunParams, options?: RequestOptions) =>
        transport.request<PortabilityChecksRunResponse>(
          OPERATIONS["PostPortabilityCheck"],
          { body },
          options,
        ),
    },
    porting: {
      /** List UK carriers `GET /porting/uk_carriers` */
      listUkCarriers: (options?: RequestOptions) =>
        transport.request<PortingListUkCarriersResponse>(OPERATIONS["listPortingUKCarriers"], {}, options),
      events: {
        /** List porting events `GET /porting/events`. Await for the first page; `for await` iterates every item of every page. */
        list: (query?: PortingEventsListQuery, options?: RequestOptions) =>
          transport.list<PortingEventsListResponse, PortingEventsListItem>(
            OPERATIONS["listPortingEvents"],
            { query },
            options,
          ),
        /** Retrieve a porting event `GET /porting/events/{id}` */
        retrieve: (id: PortingEventsRetrievePathParams["id"], options?: RequestOptions) =>
          transport.request<PortingEventsRetrieveResponse>(
            OPERATIONS["showPortingEvent"],
            { path: { id } },
            options,
          ),
        /** Republish a porting event `POST /porting/events/{id}/republish` */
        republish: (id: PortingEventsRepublishPathParams["id"], options?: RequestOptions) =>
          transport.request<PortingEventsRepublishResponse>(
            OPERATIONS["republishPortingEvent"],
            { path: { id } },
            options,
          ),
      },
      loaConfigurations: {
        /** List LOA configurations `GET /porting/loa_configurations`. Await for the first page; `for await` iterates every item of every page. */
        list: (query?: PortingLoaConfigurationsListQuery, options?: RequestOptions) =>
          transport.list<PortingLoaConfigurationsListResponse, PortingLoaConfigurationsListItem>(
            OPERATIONS["ListLoaConfigurations"],
            { query },
            options,
          ),
        /** Create a LOA configuration `POST /porting/loa_configurations` */
        create: (body: PortingLoaConfigurationsCreateParams, options?: RequestOptions) =>
          transport.request<PortingLoaConfigurationsCreateResponse>(
            OPERATIONS["CreateLoaConfiguration"],
            { body },
            options,
          ),
        /** Preview LOA configuration parameters `POST /porting/loa_configurations/preview` */
        preview: (body: PortingLoaConfigurationsPreviewParams, options?: RequestOptions) =>
          transport.request<PortingLoaConfigurationsPreviewResponse>(
            OPERATIONS["PreviewLoaConfigurationParams"],
            { body },
            options,
          ),
        /** Retrieve a LOA configuration `GET /porting/loa_configurations/{id}` */
        retrieve: (id: PortingLoaConfigurationsRetrievePathParams["id"], options?: RequestOptions) =>
          transport.request<PortingLoaConfigurationsRetrieveResponse>(
            OPERATIONS["GetLoaConfiguration"],
            { path: { id } },
            options,
          ),
        /** Update a LOA configuration `PATCH /porting/loa_configurations/{id}` */
        update: (
          id: PortingLoaConfigurationsUpdatePathParams["id"],
          body: PortingLoaConfigurationsUpdateParams,
          options?: RequestOptions,
        ) =>
          transport.request<PortingLoaConfigurationsUpdateResponse>(
            OPERATIONS["UpdateLoaConfiguration"],
            { path: { id }, body },
            options,
          ),
        /** Delete a LOA configuration `DELETE /porting/loa_configurations/{id}` */
        delete: (id: PortingLoaConfigurationsDeletePathParams["id"], options?: RequestOptions) =>
          transport.request<PortingLoaConfigurationsDeleteResponse>(
            OPERATIONS["DeleteLoaConfiguration"],
            { path: { id } },
            options,
          ),
        /** Preview a saved LOA configuration `GET /porting/loa_configurations/{id}/preview` */
        preview1: (id: PortingLoaConfigurationsPreview1PathParams["id"], options?: RequestOptions) =>
          transport.request<PortingLoaConfigurationsPreview1Response>(
            OPERATIONS["PreviewLoaConfiguration"],
            { path: { id } },
            options,
          ),
      },
      reports: {
        /** List porting reports `GET /porting/reports`. Await for the first page; `for await` iterates every item of every page. */
        list: (query?: PortingReportsListQuery, options?: RequestOptions) =>
          transport.list<PortingReportsListResponse, PortingReportsListItem>(
            OPERATIONS["ListPortingReports"],
            { query },
            options,
          ),
        /** Create a porting report `POST /porting/reports` */
        create: (body: PortingReportsCreateParams, options?: RequestOptions) =>
          transport.request<PortingReportsCreateResponse>(
            OPERATIONS["CreatePortingReport"],
            { body },
            options,
          ),
        /** Retrieve a porting report `GET /porting/reports/{id}` */
        retrieve: (id: PortingReportsRetrievePathParams["id"], options?: RequestOptions) =>
          transport.request<PortingReportsRetrieveResponse>(
            OPERATIONS["GetPortingReport"],
            { path: { id } },
            options,
          ),
      },
    },
    portingOrders: {
      /** List porting orders `GET /porting_orders`. Await for the first page; `for await` iterates every item of every page. */
      list: (query?: PortingOrdersListQuery, options?: RequestOptions) =>
        transport.list<PortingOrdersListResponse, PortingOrdersListItem>(
          OPERATIONS["ListPortingOrders"],
          { query },
          options,
        ),
      /** Create a porting order `POST /porting_orders` */
      create: (body: PortingOrdersCreateParams, options?: RequestOptions) =>
        transport.request<PortingOrdersCreateResponse>(OPERATIONS["CreatePortingOrder"], { body }, options),
      /** List exception types `GET /porting_orders/exception_types` */
      retrieveExceptionTypes: (options?: RequestOptions) =>
        transport.request<PortingOrdersRetrieveExceptionTypesResponse>(
          OPERATIONS["ListExceptionTypes"],
          {},
          options,
        ),
      /** Retrieve a porting order `GET /porting_orders/{id}` */
      retrieve: (
        id: PortingOrdersRetrievePathParams["id"],
        query?: PortingOrdersRetrieveQuery,
        options?: RequestOptions,
      ) =>
        transport.request<PortingOrdersRetrieveResponse>(
          OPERATIONS["GetPortingOrder"],
          { path: { id }, query },
          options,
        ),
      /** Edit a porting order `PATCH /porting_orders/{id}` */
      update: (
        id: PortingOrdersUpdatePathParams["id"],
        body: PortingOrdersUpdateParams,
        options?: RequestOptions,
      ) =>
        transport.request<PortingOrdersUpdateResponse>(
          OPERATIONS["UpdatePortingOrder"],
          { path: { id }, body },
          options,
        ),
      /** Delete a porting order `DELETE /porting_orders/{id}` */
      delete: (id: PortingOrdersDeletePathParams["id"], options?: RequestOptions) =>
        transport.request<PortingOrdersDeleteResponse>(
          OPERATIONS["DeletePortingOrder"],
          { path: { id } },
          options,
        ),
      /** List allowed FOC windows `GET /porting_orders/{id}/allowed_foc_windows` */
      retrieveAllowedFocWindows: (
        id: PortingOrdersRetrieveAllowedFocWindowsPathParams["id"],
        options?: RequestOptions,
      ) =>
        transport.request<PortingOrdersRetrieveAllowedFocWindowsResponse>(
          OPERATIONS["ListAllowedFocWindows"],
          { path: { id } },
          options,
        ),
      /** Download the LOA template of a porting order `GET /porting_orders/{id}/loa_template` */
      retrieveLoaTemplate: (
        id: PortingOrdersRetrieveLoaTemplatePathParams["id"],
        query?: PortingOrdersRetrieveLoaTemplateQuery,
        options?: RequestOptions,
      ) =>
        transport.request<PortingOrdersRetrieveLoaTemplateResponse>(
          OPERATIONS["GetPortingOrderLoaTemplate"],
          { path: { id }, query },
          options,
        ),
      /** List porting order requirements `GET /porting_orders/{id}/requirements`. Await for the first page; `for await` iterates every item of every page. */
      retrieveRequirements: (
        id: PortingOrdersRetrieveRequirementsPathParams["id"],
        query?: PortingOrdersRetrieveRequirementsQuery,
        options?: RequestOptions,
      ) =>
        transport.list<PortingOrdersRetrieveRequirementsResponse, PortingOrdersRetrieveRequirementsItem>(
          OPERATIONS["ListPortingOrderRequirements"],
          { path: { id }, query },
          options,
        ),
      /** Retrieve the V1 sub request of a porting order `GET /porting_orders/{id}/sub_request` */
      retrieveSubRequest: (id: PortingOrdersRetrieveSubRequestPathParams["id"], options?: RequestOptions) =>
        transport.request<PortingOrdersRetrieveSubRequestResponse>(
          OPERATIONS["GetPortingOrderSubRequest"],
          { path: { id } },
          options,
        ),
      phoneNumberConfigurations: {
        /** List phone number configurations `GET /porting_orders/phone_number_configurations`. Await for the first page; `for await` iterates every item of every page. */
        list: (query?: PortingOrdersPhoneNumberConfigurationsListQuery, options?: RequestOptions) =>
          transport.list<
            PortingOrdersPhoneNumberConfigurationsListResponse,
            PortingOrdersPhoneNumberConfigurationsListItem
          >(OPERATIONS["ListPhoneNumberConfigurations"], { query }, options),
        /** Create phone number configurations `POST /porting_orders/phone_number_configurations` */
        create: (body: PortingOrdersPhoneNumberConfigurationsCreateParams, options?: RequestOptions) =>
          transport.request<PortingOrdersPhoneNumberConfigurationsCreateResponse>(
            OPERATIONS["CreatePhoneNumberConfigurations"],
            { body },
            options,
          ),
      },
      actions: {
        /** Activate the numbers of a porting order `POST /porting_orders/{id}/actions/activate` */
        activate: (id: PortingOrdersActionsActivatePathParams["id"], options?: RequestOptions) =>
          transport.request<PortingOrdersActionsActivateResponse>(
            OPERATIONS["ActivatePortingOrder"],
            { path: { id } },
            options,
          ),
        /** Cancel a porting order `POST /porting_orders/{id}/actions/cancel` */
        cancel: (id: PortingOrdersActionsCancelPathParams["id"], options?: RequestOptions) =>
          transport.request<PortingOrdersActionsCancelResponse>(
            OPERATIONS["CancelPortingOrder"],
            { path: { id } },
            options,
          ),
        /** Submit a porting order `POST /porting_orders/{id}/actions/confirm` */
        confirm: (id: PortingOrdersActionsConfirmPathParams["id"], options?: RequestOptions) =>
          transport.request<PortingOrdersActionsConfirmResponse>(
            OPERATIONS["ConfirmPortingOrder"],
            { path: { id } },
            options,
          ),
        /** Share a porting order `POST /porting_orders/{id}/actions/share` */
        share: (
          id: PortingOrdersActionsSharePathParams["id"],
          body: PortingOrdersActionsShareParams,
          options?: RequestOptions,
        ) =>
          transport.request<PortingOrdersActionsShareResponse>(
            OPERATIONS["SharePortingOrder"],
            { path: { id }, body },
            options,
          ),
      },
      activationJobs: {
        /** List activation jobs `GET /porting_orders/{id}/activation_jobs`. Await for the first page; `for await` iterates every item of every page. */
        list: (
          id: PortingOrdersActivationJobsListPathParams["id"],
          query?: PortingOrdersActivationJobsListQuery,
          options?: RequestOptions,
        ) =>
          transport.list<PortingOrdersActivationJobsListResponse, PortingOrdersActivationJobsListItem>(
            OPERATIONS["ListPortingOrderActivationJobs"],
            { path: { id }, query },
            options,
          ),
        /** Retrieve an activation job `GET /porting_orders/{id}/activation_jobs/{activationJobId}` */
        retrieve: (
          id: PortingOrdersActivationJobsRetrievePathParams["id"],
          activationJobId: PortingOrdersActivationJobsRetrievePathParams["activationJobId"],
          options?: RequestOptions,
        ) =>
          transport.request<PortingOrdersActivationJobsRetrieveResponse>(
            OPERATIONS["GetPortingOrdersActivationJob"],
            { path: { id, activationJobId } },
            options,
          ),
        /** Update an activation job `PATCH /porting_orders/{id}/activation_jobs/{activationJobId}` */
        update: (
          id: PortingOrdersActivationJobsUpdatePathParams["id"],
          activationJobId: PortingOrdersActivationJobsUpdatePathParams["activationJobId"],
          body: PortingOrdersActivationJobsUpdateParams,
          options?: RequestOptions,
        ) =>
          transport.request<PortingOrdersActivationJobsUpdateResponse>(
            OPERATIONS["UpdatePortingOrdersActivationJob"],
            { path: { id, activationJobId }, body },
            options,
          ),
      },
      additionalDocuments: {
        /** List additional documents `GET /porting_orders/{id}/additional_documents`. Await for the first page; `for await` iterates every item of every page. */
        list: (
          id: PortingOrdersAdditionalDocumentsListPathParams["id"],
          query?: PortingOrdersAdditionalDocumentsListQuery,
          options?: RequestOptions,
        ) =>
          transport.list<
            PortingOrdersAdditionalDocumentsListResponse,
            PortingOrdersAdditionalDocumentsListItem
          >(OPERATIONS["ListAdditionalDocuments"], { path: { id }, query }, options),
        /** Add additional documents `POST /porting_orders/{id}/additional_documents` */
        create: (
          id: PortingOrdersAdditionalDocumentsCreatePathParams["id"],
          body: PortingOrdersAdditionalDocumentsCreateParams,
          options?: RequestOptions,
        ) =>
          transport.request<PortingOrdersAdditionalDocumentsCreateResponse>(
            OPERATIONS["CreateAdditionalDocuments"],
            { path: { id }, body },
            options,
          ),
        /** Delete an additional document `DELETE /porting_orders/{id}/additional_documents/{additional_document_id}` */
        delete: (
          id: PortingOrdersAdditionalDocumentsDeletePathParams["id"],
          additionalDocumentId: PortingOrdersAdditionalDocumentsDeletePathParams["additional_document_id"],
          options?: RequestOptions,
        ) =>
          transport.request<PortingOrdersAdditionalDocumentsDeleteResponse>(
            OPERATIONS["DeleteAdditionalDocument"],
            { path: { id, additional_document_id: additionalDocumentId } },
            options,
          ),
      },
      comments: {
        /** List comments of a porting order `GET /porting_orders/{id}/comments`. Await for the first page; `for await` iterates every item of every page. */
        list: (
          id: PortingOrdersCommentsListPathParams["id"],
          query?: PortingOrdersCommentsListQuery,
          options?: RequestOptions,
        ) =>
          transport.list<PortingOrdersCommentsListResponse, PortingOrdersCommentsListItem>(
            OPERATIONS["ListPortingOrderComments"],
            { path: { id }, query },
            options,
          ),
        /** Comment on a porting order `POST /porting_orders/{id}/comments` */
        create: (
          id: PortingOrdersCommentsCreatePathParams["id"],
          body: PortingOrdersCommentsCreateParams,
          options?: RequestOptions,
        ) =>
          transport.request<PortingOrdersCommentsCreateResponse>(
            OPERATIONS["CreatePortingOrderComment"],
            { path: { id }, body },
            options,
          ),
      },
      verificationCodes: {
        /** List verification codes `GET /porting_orders/{id}/verification_codes`. Await for the first page; `for await` iterates every item of every page. */
        list: (
          id: PortingOrdersVerificationCodesListPathParams["id"],
          query?: PortingOrdersVerificationCodesListQuery,
          options?: RequestOptions,
        ) =>
          transport.list<PortingOrdersVerificationCodesListResponse, PortingOrdersVerificationCodesListItem>(
            OPERATIONS["ListVerificationCodes"],
            { path: { id }, query },
            options,
          ),
        /** Send verification codes `POST /porting_orders/{id}/verification_codes/send` */
        send: (
          id: PortingOrdersVerificationCodesSendPathParams["id"],
          body?: PortingOrdersVerificationCodesSendParams,
          options?: RequestOptions,
        ) =>
          transport.request<PortingOrdersVerificationCodesSendResponse>(
            OPERATIONS["SendPortingVerificationCodes"],
            { path: { id }, body },
            options,
          ),
        /** Verify verification codes `POST /porting_orders/{id}/verification_codes/verify` */
        verify: (
          id: PortingOrdersVerificationCodesVerifyPathParams["id"],
          body: PortingOrdersVerificationCodesVerifyParams,
          options?: RequestOptions,
        ) =>
          transport.request<PortingOrdersVerificationCodesVerifyResponse>(
            OPERATIONS["VerifyPortingVerificationCodes"],
            { path: { id }, body },
            options,
          ),
      },
      actionRequirements: {
        /** List action requirements `GET /porting_orders/{porting_order_id}/action_requirements`. Await for the first page; `for await` iterates every item of every page. */
        list: (
          portingOrderId: PortingOrdersActionRequirementsListPathParams["porting_order_id"],
          query?: PortingOrdersActionRequirementsListQuery,
          options?: RequestOptions,
        ) =>
          transport.list<
            PortingOrdersActionRequirementsListResponse,
            PortingOrdersActionRequirementsListItem
          >(
            OPERATIONS["listPortingActionRequirements"],
            { path: { porting_order_id: portingOrderId }, query },
            options,
          ),
        /** Initiate an action requirement `POST /porting_orders/{porting_order_id}/action_requirements/{id}/initiate` */
        initiate: (
          portingOrderId: PortingOrdersActionRequirementsInitiatePathParams["porting_order_id"],
          id: PortingOrdersActionRequirementsInitiatePathParams["id"],
          body: PortingOrdersActionRequirementsInitiateParams,
          options?: RequestOptions,
        ) =>
          transport.request<PortingOrdersActionRequirementsInitiateResponse>(
            OPERATIONS["initiatePortingActionRequirement"],
            { path: { porting_order_id: portingOrderId, id }, body },
            options,
          ),
      },
      associatedPhoneNumbers: {
        /** List associated phone numbers `GET /porting_orders/{porting_order_id}/associated_phone_numbers`. Await for the first page; `for await` iterates every item of every page. */
        list: (
          portingOrderId: PortingOrdersAssociatedPhoneNumbersListPathParams["porting_order_id"],
          query?: PortingOrdersAssociatedPhoneNumbersListQuery,
          options?: RequestOptions,
        ) =>
          transport.list<
            PortingOrdersAssociatedPhoneNumbersListResponse,
            PortingOrdersAssociatedPhoneNumbersListItem
          >(
            OPERATIONS["listPortingAssociatedPhoneNumbers"],
            { path: { porting_order_id: portingOrderId }, query },
            options,
          ),
        /** Create an associated phone number `POST /porting_orders/{porting_order_id}/associated_phone_numbers` */
        create: (
          portingOrderId: PortingOrdersAssociatedPhoneNumbersCreatePathParams["porting_order_id"],
          body: PortingOrdersAssociatedPhoneNumbersCreateParams,
          options?: RequestOptions,
        ) =>
          transport.request<PortingOrdersAssociatedPhoneNumbersCreateResponse>(
            OPERATIONS["createPortingAssociatedPhoneNumber"],
            { path: { porting_order_id: portingOrderId }, body },
            options,
          ),
        /** Delete an associated phone number `DELETE /porting_orders/{porting_order_id}/associated_phone_numbers/{id}` */
        delete: (
          portingOrderId: PortingOrdersAssociatedPhoneNumbersDeletePathParams["porting_order_id"],
          id: PortingOrdersAssociatedPhoneNumbersDeletePathParams["id"],
          options?: RequestOptions,
        ) =>
          transport.request<PortingOrdersAssociatedPhoneNumbersDeleteResponse>(
            OPERATIONS["deletePortingAssociatedPhoneNumber"],
            { path: { porting_order_id: portingOrderId, id } },
            options,
          ),
      },
      phoneNumberBlocks: {
        /** List phone number blocks `GET /porting_orders/{porting_order_id}/phone_number_blocks`. Await for the first page; `for await` iterates every item of every page. */
        list: (
          portingOrderId: PortingOrdersPhoneNumberBlocksListPathParams["porting_order_id"],
          query?: PortingOrdersPhoneNumberBlocksListQuery,
          options?: RequestOptions,
        ) =>
          transport.list<PortingOrdersPhoneNumberBlocksListResponse, PortingOrdersPhoneNumberBlocksListItem>(
            OPERATIONS["listPortingPhoneNumberBlocks"],
            { path: { porting_order_id: portingOrderId }, query },
            options,
          ),
        /** Create a phone number block `POST /porting_orders/{porting_order_id}/phone_number_blocks` */
        create: (
          portingOrderId: PortingOrdersPhoneNumberBlocksCreatePathParams["porting_order_id"],
          body: PortingOrdersPhoneNumberBlocksCreateParams,
          options?: RequestOptions,
        ) =>
          transport.request<PortingOrdersPhoneNumberBlocksCreateResponse>(
            OPERATIONS["createPortingPhoneNumberBlock"],
            { path: { porting_order_id: portingOrderId }, body },
            options,
          ),
        /** Delete a phone number block `DELETE /porting_orders/{porting_order_id}/phone_number_blocks/{id}` */
        delete: (
          portingOrderId: PortingOrdersPhoneNumberBlocksDeletePathParams["porting_order_id"],
          id: PortingOrdersPhoneNumberBlocksDeletePathParams["id"],
          options?: RequestOptions,
        ) =>
          transport.request<PortingOrdersPhoneNumberBlocksDeleteResponse>(
            OPERATIONS["deletePortingPhoneNumberBlock"],
            { path: { porting_order_id: portingOrderId, id } },
            options,
          ),
      },
      phoneNumberExtensions: {
        /** List phone number extensions `GET /porting_orders/{porting_order_id}/phone_number_extensions`. Await for the first page; `for await` iterates every item of every page. */
        list: (
          portingOrderId: PortingOrdersPhoneNumberExtensionsListPathParams["porting_order_id"],
          query?: PortingOrdersPhoneNumberExtensionsListQuery,
          options?: RequestOptions,
        ) =>
          transport.list<
            PortingOrdersPhoneNumberExtensionsListResponse,
            PortingOrdersPhoneNumberExtensionsListItem
          >(
            OPERATIONS["listPortingPhoneNumberExtensions"],
            { path: { porting_order_id: portingOrderId }, query },
            options,
          ),
        /** Create a phone number extension `POST /porting_orders/{porting_order_id}/phone_number_extensions` */
        create: (
          portingOrderId: PortingOrdersPhoneNumberExtensionsCreatePathParams["porting_order_id"],
          body: PortingOrdersPhoneNumberExtensionsCreateParams,
          options?: RequestOptions,
        ) =>
          transport.request<PortingOrdersPhoneNumberExtensionsCreateResponse>(
            OPERATIONS["createPortingPhoneNumberExtension"],
            { path: { porting_order_id: portingOrderId }, body },
            options,
          ),
        /** Delete a phone number extension `DELETE /porting_orders/{porting_order_id}/phone_number_extensions/{id}` */
        delete: (
          portingOrderId: PortingOrdersPhoneNumberExtensionsDeletePathParams["porting_order_id"],
          id: PortingOrdersPhoneNumberExtensionsDeletePathParams["id"],
          options?: RequestOptions,
        ) =>
          transport.request<PortingOrdersPhoneNumberExtensionsDeleteResponse>(
            OPERATIONS["deletePortingPhoneNumberExtension"],
            { path: { porting_order_id: portingOrderId, id } },
            options,
          ),
      },
    },
    portingPhoneNumbers: {
      /** List porting phone numbers `GET /porting_phone_numbers`. Await for the first page; `for await` iterates every item of every page. */
      list: (query?: PortingPhoneNumbersListQuery, options?: RequestOptions) =>
        transport.list<PortingPhoneNumbersListResponse, PortingPhoneNumbersListItem>(
          OPERATIONS["ListPortingPhoneNumbers"],
          { query },
          options,
        ),
    },
  };
}

export type TelnyxClient = ReturnType<typeof createTelnyxClient>;
