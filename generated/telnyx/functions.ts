// Generated from specs/telnyx/openapi.yaml by `npm run generate`. Do not edit: change the spec or
// templates/functions.ts.hbs and regenerate.
//
// One function per operation of the Telnyx provisioning API (curated).
// Each takes a config from createTelnyxConfig() and the same arguments as the matching method of
// createTelnyxClient(), which is built from these functions. Import only the ones you call: a
// bundler then leaves out every other operation, and pagination, uploads and downloads unless a
// function you import uses them.
import type { APIPromise } from "../runtime/api-promise.js";
import { bearer, env } from "../runtime/auth.js";
import { fileResponse, jsonOrMultipartBody } from "../runtime/binary.js";
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
export const DEFAULT_BASE_URL = "https://api.telnyx.com/v2";

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

/** Query parameters of GET /10dlc/brand. */
export interface Messaging10dlcBrandListQuery
  extends Members<NonNullable<operations["GetBrands"]["parameters"]["query"]>>, Named {}

/** Result of GET /10dlc/brand. */
export interface Messaging10dlcBrandListResponse
  extends Members<operations["GetBrands"]["responses"][200]["content"]["application/json"]>, Named {}

/** One item of the list returned by GET /10dlc/brand. */
export type Messaging10dlcBrandListItem = NonNullable<Messaging10dlcBrandListResponse["records"]>[number];

/** Request body of POST /10dlc/brand. */
export interface Messaging10dlcBrandCreateParams
  extends
    Members<NonNullable<operations["CreateBrandPost"]["requestBody"]>["content"]["application/json"]>,
    Named {}

/** Result of POST /10dlc/brand. */
export interface Messaging10dlcBrandCreateResponse
  extends Members<operations["CreateBrandPost"]["responses"][200]["content"]["application/json"]>, Named {}

/** Path parameters of GET /10dlc/brand/{brandId}. */
export interface Messaging10dlcBrandRetrievePathParams
  extends Members<operations["GetBrand"]["parameters"]["path"]>, Named {}

/** Result of GET /10dlc/brand/{brandId}. */
export interface Messaging10dlcBrandRetrieveResponse
  extends Members<operations["GetBrand"]["responses"][200]["content"]["application/json"]>, Named {}

/** Path parameters of PUT /10dlc/brand/{brandId}. */
export interface Messaging10dlcBrandUpdatePathParams
  extends Members<operations["UpdateBrand"]["parameters"]["path"]>, Named {}

/** Request body of PUT /10dlc/brand/{brandId}. */
export interface Messaging10dlcBrandUpdateParams
  extends
    Members<NonNullable<operations["UpdateBrand"]["requestBody"]>["content"]["application/json"]>,
    Named {}

/** Result of PUT /10dlc/brand/{brandId}. */
export interface Messaging10dlcBrandUpdateResponse
  extends Members<operations["UpdateBrand"]["responses"][200]["content"]["application/json"]>, Named {}

/** Path parameters of DELETE /10dlc/brand/{brandId}. */
export interface Messaging10dlcBrandDeletePathParams
  extends Members<operations["DeleteBrand"]["parameters"]["path"]>, Named {}

/** Result of DELETE /10dlc/brand/{brandId}. */
export type Messaging10dlcBrandDeleteResponse = void;

/** Path parameters of GET /10dlc/brand/feedback/{brandId}. */
export interface Messaging10dlcBrandGetFeedbackPathParams
  extends Members<operations["GetBrandFeedbackById"]["parameters"]["path"]>, Named {}

/** Result of GET /10dlc/brand/feedback/{brandId}. */
export interface Messaging10dlcBrandGetFeedbackResponse
  extends
    Members<operations["GetBrandFeedbackById"]["responses"][200]["content"]["application/json"]>,
    Named {}

/** Path parameters of POST /10dlc/brand/{brandId}/2faEmail. */
export interface Messaging10dlcBrandResend2faEmailPathParams
  extends Members<operations["ResendBrand2faEmail"]["parameters"]["path"]>, Named {}

/** Result of POST /10dlc/brand/{brandId}/2faEmail. */
export type Messaging10dlcBrandResend2faEmailResponse = void;

/** Path parameters of GET /10dlc/brand/{brandId}/externalVetting. */
export interface Messaging10dlcBrandExternalVettingListPathParams
  extends Members<operations["ListExternalVettings"]["parameters"]["path"]>, Named {}

/** Result of GET /10dlc/brand/{brandId}/externalVetting. */
export type Messaging10dlcBrandExternalVettingListResponse =
  operations["ListExternalVettings"]["responses"][200]["content"]["application/json"];

/** Path parameters of POST /10dlc/brand/{brandId}/externalVetting. */
export interface Messaging10dlcBrandExternalVettingOrderPathParams
  extends Members<operations["PostOrderExternalVetting"]["parameters"]["path"]>, Named {}

/** Request body of POST /10dlc/brand/{brandId}/externalVetting. */
export interface Messaging10dlcBrandExternalVettingOrderParams
  extends
    Members<
      NonNullable<operations["PostOrderExternalVetting"]["requestBody"]>["content"]["application/json"]
    >,
    Named {}

/** Result of POST /10dlc/brand/{brandId}/externalVetting. */
export interface Messaging10dlcBrandExternalVettingOrderResponse
  extends
    Members<operations["PostOrderExternalVetting"]["responses"][200]["content"]["application/json"]>,
    Named {}

/** Path parameters of PUT /10dlc/brand/{brandId}/externalVetting. */
export interface Messaging10dlcBrandExternalVettingImportsPathParams
  extends Members<operations["PutExternalVettingRecord"]["parameters"]["path"]>, Named {}

/** Request body of PUT /10dlc/brand/{brandId}/externalVetting. */
export interface Messaging10dlcBrandExternalVettingImportsParams
  extends
    Members<
      NonNullable<operations["PutExternalVettingRecord"]["requestBody"]>["content"]["application/json"]
    >,
    Named {}

/** Result of PUT /10dlc/brand/{brandId}/externalVetting. */
export interface Messaging10dlcBrandExternalVettingImportsResponse
  extends
    Members<operations["PutExternalVettingRecord"]["responses"][200]["content"]["application/json"]>,
    Named {}

/** Path parameters of PUT /10dlc/brand/{brandId}/revet. */
export interface Messaging10dlcBrandRevetPathParams
  extends Members<operations["RevetBrand"]["parameters"]["path"]>, Named {}

/** Result of PUT /10dlc/brand/{brandId}/revet. */
export interface Messaging10dlcBrandRevetResponse
  extends Members<operations["RevetBrand"]["responses"][200]["content"]["application/json"]>, Named {}

/** Path parameters of GET /10dlc/brand/{brandId}/smsOtp. */
export interface Messaging10dlcBrandRetrieveSmsOtpStatusPathParams
  extends Members<operations["GetBrandSmsOtpStatusByBrandId"]["parameters"]["path"]>, Named {}

/** Result of GET /10dlc/brand/{brandId}/smsOtp. */
export interface Messaging10dlcBrandRetrieveSmsOtpStatusResponse
  extends
    Members<operations["GetBrandSmsOtpStatusByBrandId"]["responses"][200]["content"]["application/json"]>,
    Named {}

/** Path parameters of POST /10dlc/brand/{brandId}/smsOtp. */
export interface Messaging10dlcBrandTriggerSmsOtpPathParams
  extends Members<operations["TriggerBrandSmsOtp"]["parameters"]["path"]>, Named {}

/** Request body of POST /10dlc/brand/{brandId}/smsOtp. */
export interface Messaging10dlcBrandTriggerSmsOtpParams
  extends
    Members<NonNullable<operations["TriggerBrandSmsOtp"]["requestBody"]>["content"]["application/json"]>,
    Named {}

/** Result of POST /10dlc/brand/{brandId}/smsOtp. */
export interface Messaging10dlcBrandTriggerSmsOtpResponse
  extends Members<operations["TriggerBrandSmsOtp"]["responses"][200]["content"]["application/json"]>, Named {}

/** Path parameters of PUT /10dlc/brand/{brandId}/smsOtp. */
export interface Messaging10dlcBrandVerifySmsOtpPathParams
  extends Members<operations["VerifyBrandSmsOtp"]["parameters"]["path"]>, Named {}

/** Request body of PUT /10dlc/brand/{brandId}/smsOtp. */
export interface Messaging10dlcBrandVerifySmsOtpParams
  extends
    Members<NonNullable<operations["VerifyBrandSmsOtp"]["requestBody"]>["content"]["application/json"]>,
    Named {}

/** Result of PUT /10dlc/brand/{brandId}/smsOtp. */
export type Messaging10dlcBrandVerifySmsOtpResponse = void;

/** Path parameters of GET /10dlc/brand/smsOtp/{referenceId}. */
export interface Messaging10dlcBrandGetSmsOtpByReferencePathParams
  extends Members<operations["GetBrandSmsOtpStatus"]["parameters"]["path"]>, Named {}

/** Query parameters of GET /10dlc/brand/smsOtp/{referenceId}. */
export interface Messaging10dlcBrandGetSmsOtpByReferenceQuery
  extends Members<NonNullable<operations["GetBrandSmsOtpStatus"]["parameters"]["query"]>>, Named {}

/** Result of GET /10dlc/brand/smsOtp/{referenceId}. */
export interface Messaging10dlcBrandGetSmsOtpByReferenceResponse
  extends
    Members<operations["GetBrandSmsOtpStatus"]["responses"][200]["content"]["application/json"]>,
    Named {}

/** Request body of POST /10dlc/campaignBuilder. */
export interface Messaging10dlcCampaignBuilderSubmitParams
  extends
    Members<NonNullable<operations["PostCampaign"]["requestBody"]>["content"]["application/json"]>,
    Named {}

/** Result of POST /10dlc/campaignBuilder. */
export interface Messaging10dlcCampaignBuilderSubmitResponse
  extends Members<operations["PostCampaign"]["responses"][200]["content"]["application/json"]>, Named {}

/** Path parameters of GET /10dlc/campaignBuilder/brand/{brandId}/usecase/{usecase}. */
export interface Messaging10dlcCampaignBuilderBrandQualifyByUsecasePathParams
  extends Members<operations["GetUsecaseQualification"]["parameters"]["path"]>, Named {}

/** Result of GET /10dlc/campaignBuilder/brand/{brandId}/usecase/{usecase}. */
export interface Messaging10dlcCampaignBuilderBrandQualifyByUsecaseResponse
  extends
    Members<operations["GetUsecaseQualification"]["responses"][200]["content"]["application/json"]>,
    Named {}

/** Query parameters of GET /10dlc/campaign. */
export interface Messaging10dlcCampaignListQuery
  extends Members<NonNullable<operations["GetCampaigns"]["parameters"]["query"]>>, Named {}

/** Result of GET /10dlc/campaign. */
export interface Messaging10dlcCampaignListResponse
  extends Members<operations["GetCampaigns"]["responses"][200]["content"]["application/json"]>, Named {}

/** One item of the list returned by GET /10dlc/campaign. */
export type Messaging10dlcCampaignListItem = NonNullable<
  Messaging10dlcCampaignListResponse["records"]
>[number];

/** Path parameters of GET /10dlc/campaign/{campaignId}. */
export interface Messaging10dlcCampaignRetrievePathParams
  extends Members<operations["GetCampaign"]["parameters"]["path"]>, Named {}

/** Result of GET /10dlc/campaign/{campaignId}. */
export interface Messaging10dlcCampaignRetrieveResponse
  extends Members<operations["GetCampaign"]["responses"][200]["content"]["application/json"]>, Named {}

/** Path parameters of PUT /10dlc/campaign/{campaignId}. */
export interface Messaging10dlcCampaignUpdatePathParams
  extends Members<operations["UpdateCampaign"]["parameters"]["path"]>, Named {}

/** Request body of PUT /10dlc/campaign/{campaignId}. */
export interface Messaging10dlcCampaignUpdateParams
  extends
    Members<NonNullable<operations["UpdateCampaign"]["requestBody"]>["content"]["application/json"]>,
    Named {}

/** Result of PUT /10dlc/campaign/{campaignId}. */
export interface Messaging10dlcCampaignUpdateResponse
  extends Members<operations["UpdateCampaign"]["responses"][200]["content"]["application/json"]>, Named {}

/** Path parameters of DELETE /10dlc/campaign/{campaignId}. */
export interface Messaging10dlcCampaignDeactivatePathParams
  extends Members<operations["DeactivateCampaign"]["parameters"]["path"]>, Named {}

/** Result of DELETE /10dlc/campaign/{campaignId}. */
export interface Messaging10dlcCampaignDeactivateResponse
  extends Members<operations["DeactivateCampaign"]["responses"][200]["content"]["application/json"]>, Named {}

/** Query parameters of GET /10dlc/campaign/usecase/cost. */
export interface Messaging10dlcCampaignUsecaseGetCostQuery
  extends Members<NonNullable<operations["GetCampaignCost"]["parameters"]["query"]>>, Named {}

/** Result of GET /10dlc/campaign/usecase/cost. */
export interface Messaging10dlcCampaignUsecaseGetCostResponse
  extends Members<operations["GetCampaignCost"]["responses"][200]["content"]["application/json"]>, Named {}

/** Path parameters of POST /10dlc/campaign/acceptSharing/{campaignId}. */
export interface Messaging10dlcCampaignAcceptSharingPathParams
  extends Members<operations["AcceptCampaign"]["parameters"]["path"]>, Named {}

/** Result of POST /10dlc/campaign/acceptSharing/{campaignId}. */
export interface Messaging10dlcCampaignAcceptSharingResponse
  extends Members<operations["AcceptCampaign"]["responses"][202]["content"]["application/json"]>, Named {}

/** Path parameters of POST /10dlc/campaign/{campaignId}/appeal. */
export interface Messaging10dlcCampaignSubmitAppealPathParams
  extends Members<operations["AppealCampaign"]["parameters"]["path"]>, Named {}

/** Request body of POST /10dlc/campaign/{campaignId}/appeal. */
export interface Messaging10dlcCampaignSubmitAppealParams
  extends
    Members<NonNullable<operations["AppealCampaign"]["requestBody"]>["content"]["application/json"]>,
    Named {}

/** Result of POST /10dlc/campaign/{campaignId}/appeal. */
export interface Messaging10dlcCampaignSubmitAppealResponse
  extends Members<operations["AppealCampaign"]["responses"][200]["content"]["application/json"]>, Named {}

/** Path parameters of GET /10dlc/campaign/{campaignId}/mnoMetadata. */
export interface Messaging10dlcCampaignGetMnoMetadataPathParams
  extends Members<operations["GetCampaignMnoMetadata"]["parameters"]["path"]>, Named {}

/** Result of GET /10dlc/campaign/{campaignId}/mnoMetadata. */
export type Messaging10dlcCampaignGetMnoMetadataResponse =
  operations["GetCampaignMnoMetadata"]["responses"][200]["content"]["application/json"];

/** Path parameters of GET /10dlc/campaign/{campaignId}/operationStatus. */
export interface Messaging10dlcCampaignGetOperationStatusPathParams
  extends Members<operations["GetCampaignOperationStatus"]["parameters"]["path"]>, Named {}

/** Result of GET /10dlc/campaign/{campaignId}/operationStatus. */
export interface Messaging10dlcCampaignGetOperationStatusResponse
  extends
    Members<operations["GetCampaignOperationStatus"]["responses"][200]["content"]["application/json"]>,
    Named {}

/** Path parameters of GET /10dlc/campaign/{campaignId}/osr/attributes. */
export interface Messaging10dlcCampaignOsrGetAttributesPathParams
  extends Members<operations["GetCampaignOsrAttributes"]["parameters"]["path"]>, Named {}

/** Result of GET /10dlc/campaign/{campaignId}/osr/attributes. */
export interface Messaging10dlcCampaignOsrGetAttributesResponse
  extends
    Members<operations["GetCampaignOsrAttributes"]["responses"][200]["content"]["application/json"]>,
    Named {}

/** Path parameters of GET /10dlc/campaign/{campaignId}/sharing. */
export interface Messaging10dlcCampaignGetSharingStatusPathParams
  extends Members<operations["GetCampaignSharingStatus"]["parameters"]["path"]>, Named {}

/** Result of GET /10dlc/campaign/{campaignId}/sharing. */
export interface Messaging10dlcCampaignGetSharingStatusResponse
  extends
    Members<operations["GetCampaignSharingStatus"]["responses"][200]["content"]["application/json"]>,
    Named {}

/** Query parameters of GET /10dlc/partner_campaigns. */
export interface Messaging10dlcPartnerCampaignsListQuery
  extends Members<NonNullable<operations["GetSharedCampaigns"]["parameters"]["query"]>>, Named {}

/** Result of GET /10dlc/partner_campaigns. */
export interface Messaging10dlcPartnerCampaignsListResponse
  extends Members<operations["GetSharedCampaigns"]["responses"][200]["content"]["application/json"]>, Named {}

/** One item of the list returned by GET /10dlc/partner_campaigns. */
export type Messaging10dlcPartnerCampaignsListItem = NonNullable<
  Messaging10dlcPartnerCampaignsListResponse["records"]
>[number];

/** Path parameters of GET /10dlc/partner_campaigns/{campaignId}. */
export interface Messaging10dlcPartnerCampaignsRetrievePathParams
  extends Members<operations["GetSharedCampaign"]["parameters"]["path"]>, Named {}

/** Result of GET /10dlc/partner_campaigns/{campaignId}. */
export interface Messaging10dlcPartnerCampaignsRetrieveResponse
  extends Members<operations["GetSharedCampaign"]["responses"][200]["content"]["application/json"]>, Named {}

/** Path parameters of PATCH /10dlc/partner_campaigns/{campaignId}. */
export interface Messaging10dlcPartnerCampaignsUpdatePathParams
  extends Members<operations["UpdateSharedCampaign"]["parameters"]["path"]>, Named {}

/** Request body of PATCH /10dlc/partner_campaigns/{campaignId}. */
export interface Messaging10dlcPartnerCampaignsUpdateParams
  extends
    Members<NonNullable<operations["UpdateSharedCampaign"]["requestBody"]>["content"]["application/json"]>,
    Named {}

/** Result of PATCH /10dlc/partner_campaigns/{campaignId}. */
export interface Messaging10dlcPartnerCampaignsUpdateResponse
  extends
    Members<operations["UpdateSharedCampaign"]["responses"][200]["content"]["application/json"]>,
    Named {}

/** Query parameters of GET /10dlc/partnerCampaign/sharedByMe. */
export interface Messaging10dlcPartnerCampaignsListSharedByMeQuery
  extends Members<NonNullable<operations["GetPartnerCampaignsSharedByUser"]["parameters"]["query"]>>, Named {}

/** Result of GET /10dlc/partnerCampaign/sharedByMe. */
export interface Messaging10dlcPartnerCampaignsListSharedByMeResponse
  extends
    Members<operations["GetPartnerCampaignsSharedByUser"]["responses"][200]["content"]["application/json"]>,
    Named {}

/** One item of the list returned by GET /10dlc/partnerCampaign/sharedByMe. */
export type Messaging10dlcPartnerCampaignsListSharedByMeItem = NonNullable<
  Messaging10dlcPartnerCampaignsListSharedByMeResponse["records"]
>[number];

/** Path parameters of GET /10dlc/partnerCampaign/{campaignId}/sharing. */
export interface Messaging10dlcPartnerCampaignsRetrieveSharingStatusPathParams
  extends Members<operations["GetPartnerCampaignSharingStatus"]["parameters"]["path"]>, Named {}

/** Result of GET /10dlc/partnerCampaign/{campaignId}/sharing. */
export interface Messaging10dlcPartnerCampaignsRetrieveSharingStatusResponse
  extends
    Members<operations["GetPartnerCampaignSharingStatus"]["responses"][200]["content"]["application/json"]>,
    Named {}

/** Query parameters of GET /10dlc/phone_number_campaigns. */
export interface Messaging10dlcPhoneNumberCampaignsListQuery
  extends Members<NonNullable<operations["GetAllPhoneNumberCampaigns"]["parameters"]["query"]>>, Named {}

/** Result of GET /10dlc/phone_number_campaigns. */
export interface Messaging10dlcPhoneNumberCampaignsListResponse
  extends
    Members<operations["GetAllPhoneNumberCampaigns"]["responses"][200]["content"]["application/json"]>,
    Named {}

/** One item of the list returned by GET /10dlc/phone_number_campaigns. */
export type Messaging10dlcPhoneNumberCampaignsListItem = NonNullable<
  Messaging10dlcPhoneNumberCampaignsListResponse["records"]
>[number];

/** Request body of POST /10dlc/phone_number_campaigns. */
export interface Messaging10dlcPhoneNumberCampaignsCreateParams
  extends
    Members<
      NonNullable<operations["CreatePhoneNumberCampaign"]["requestBody"]>["content"]["application/json"]
    >,
    Named {}

/** Result of POST /10dlc/phone_number_campaigns. */
export interface Messaging10dlcPhoneNumberCampaignsCreateResponse
  extends
    Members<operations["CreatePhoneNumberCampaign"]["responses"][200]["content"]["application/json"]>,
    Named {}

/** Path parameters of GET /10dlc/phone_number_campaigns/{phoneNumber}. */
export interface Messaging10dlcPhoneNumberCampaignsRetrievePathParams
  extends Members<operations["GetSinglePhoneNumberCampaign"]["parameters"]["path"]>, Named {}

/** Result of GET /10dlc/phone_number_campaigns/{phoneNumber}. */
export interface Messaging10dlcPhoneNumberCampaignsRetrieveResponse
  extends
    Members<operations["GetSinglePhoneNumberCampaign"]["responses"][200]["content"]["application/json"]>,
    Named {}

/** Path parameters of PUT /10dlc/phone_number_campaigns/{phoneNumber}. */
export interface Messaging10dlcPhoneNumberCampaignsUpdatePathParams
  extends Members<operations["PutPhoneNumberCampaign"]["parameters"]["path"]>, Named {}

/** Request body of PUT /10dlc/phone_number_campaigns/{phoneNumber}. */
export interface Messaging10dlcPhoneNumberCampaignsUpdateParams
  extends
    Members<NonNullable<operations["PutPhoneNumberCampaign"]["requestBody"]>["content"]["application/json"]>,
    Named {}

/** Result of PUT /10dlc/phone_number_campaigns/{phoneNumber}. */
export interface Messaging10dlcPhoneNumberCampaignsUpdateResponse
  extends
    Members<operations["PutPhoneNumberCampaign"]["responses"][200]["content"]["application/json"]>,
    Named {}

/** Path parameters of DELETE /10dlc/phone_number_campaigns/{phoneNumber}. */
export interface Messaging10dlcPhoneNumberCampaignsDeletePathParams
  extends Members<operations["DeletePhoneNumberCampaign"]["parameters"]["path"]>, Named {}

/** Result of DELETE /10dlc/phone_number_campaigns/{phoneNumber}. */
export interface Messaging10dlcPhoneNumberCampaignsDeleteResponse
  extends
    Members<operations["DeletePhoneNumberCampaign"]["responses"][200]["content"]["application/json"]>,
    Named {}

/** Request body of POST /10dlc/phoneNumberAssignmentByProfile. */
export interface Messaging10dlcPhoneNumberAssignmentByProfileAssignParams
  extends
    Members<
      NonNullable<
        operations["PostAssignMessagingProfileToCampaign"]["requestBody"]
      >["content"]["application/json"]
    >,
    Named {}

/** Result of POST /10dlc/phoneNumberAssignmentByProfile. */
export interface Messaging10dlcPhoneNumberAssignmentByProfileAssignResponse
  extends
    Members<
      operations["PostAssignMessagingProfileToCampaign"]["responses"][202]["content"]["application/json"]
    >,
    Named {}

/** Path parameters of GET /10dlc/phoneNumberAssignmentByProfile/{taskId}. */
export interface Messaging10dlcPhoneNumberAssignmentByProfileRetrieveStatusPathParams
  extends Members<operations["GetAssignmentTaskStatus"]["parameters"]["path"]>, Named {}

/** Result of GET /10dlc/phoneNumberAssignmentByProfile/{taskId}. */
export interface Messaging10dlcPhoneNumberAssignmentByProfileRetrieveStatusResponse
  extends
    Members<operations["GetAssignmentTaskStatus"]["responses"][200]["content"]["application/json"]>,
    Named {}

/** Path parameters of GET /10dlc/phoneNumberAssignmentByProfile/{taskId}/phoneNumbers. */
export interface Messaging10dlcPhoneNumberAssignmentByProfileListPhoneNumberStatusPathParams
  extends Members<operations["GetPhoneNumberStatus"]["parameters"]["path"]>, Named {}

/** Query parameters of GET /10dlc/phoneNumberAssignmentByProfile/{taskId}/phoneNumbers. */
export interface Messaging10dlcPhoneNumberAssignmentByProfileListPhoneNumberStatusQuery
  extends Members<NonNullable<operations["GetPhoneNumberStatus"]["parameters"]["query"]>>, Named {}

/** Result of GET /10dlc/phoneNumberAssignmentByProfile/{taskId}/phoneNumbers. */
export interface Messaging10dlcPhoneNumberAssignmentByProfileListPhoneNumberStatusResponse
  extends
    Members<operations["GetPhoneNumberStatus"]["responses"][200]["content"]["application/json"]>,
    Named {}

/** One item of the list returned by GET /10dlc/phoneNumberAssignmentByProfile/{taskId}/phoneNumbers. */
export type Messaging10dlcPhoneNumberAssignmentByProfileListPhoneNumberStatusItem = NonNullable<
  Messaging10dlcPhoneNumberAssignmentByProfileListPhoneNumberStatusResponse["records"]
>[number];

/** Path parameters of GET /10dlc/enum/{endpoint}. */
export interface Messaging10dlcGetEnumPathParams
  extends Members<operations["GetEnumEndpoint"]["parameters"]["path"]>, Named {}

/** Result of GET /10dlc/enum/{endpoint}. */
export type Messaging10dlcGetEnumResponse =
  operations["GetEnumEndpoint"]["responses"][200]["content"]["application/json"];

/** Query parameters of GET /available_phone_numbers. */
export interface AvailablePhoneNumbersListQuery
  extends Members<NonNullable<operations["ListAvailablePhoneNumbers"]["parameters"]["query"]>>, Named {}

/** Result of GET /available_phone_numbers. */
export interface AvailablePhoneNumbersListResponse
  extends
    Members<operations["ListAvailablePhoneNumbers"]["responses"][200]["content"]["application/json"]>,
    Named {}

/** Query parameters of GET /number_orders. */
export interface NumberOrdersListQuery
  extends Members<NonNullable<operations["ListNumberOrders"]["parameters"]["query"]>>, Named {}

/** Result of GET /number_orders. */
export interface NumberOrdersListResponse
  extends Members<operations["ListNumberOrders"]["responses"][200]["content"]["application/json"]>, Named {}

/** One item of the list returned by GET /number_orders. */
export type NumberOrdersListItem = NonNullable<NumberOrdersListResponse["data"]>[number];

/** Request body of POST /number_orders. */
export interface NumberOrdersCreateParams
  extends
    Members<NonNullable<operations["CreateNumberOrder"]["requestBody"]>["content"]["application/json"]>,
    Named {}

/** Result of POST /number_orders. */
export interface NumberOrdersCreateResponse
  extends Members<operations["CreateNumberOrder"]["responses"][200]["content"]["application/json"]>, Named {}

/** Path parameters of GET /number_orders/{number_order_id}. */
export interface NumberOrdersRetrievePathParams
  extends Members<operations["RetrieveNumberOrder"]["parameters"]["path"]>, Named {}

/** Result of GET /number_orders/{number_order_id}. */
export interface NumberOrdersRetrieveResponse
  extends
    Members<operations["RetrieveNumberOrder"]["responses"][200]["content"]["application/json"]>,
    Named {}

/** Path parameters of PATCH /number_orders/{number_order_id}. */
export interface NumberOrdersUpdatePathParams
  extends Members<operations["UpdateNumberOrder"]["parameters"]["path"]>, Named {}

/** Request body of PATCH /number_orders/{number_order_id}. */
export interface NumberOrdersUpdateParams
  extends
    Members<NonNullable<operations["UpdateNumberOrder"]["requestBody"]>["content"]["application/json"]>,
    Named {}

/** Result of PATCH /number_orders/{number_order_id}. */
export interface NumberOrdersUpdateResponse
  extends Members<operations["UpdateNumberOrder"]["responses"][200]["content"]["application/json"]>, Named {}

/** Query parameters of GET /number_reservations. */
export interface NumberReservationsListQuery
  extends Members<NonNullable<operations["ListNumberReservations"]["parameters"]["query"]>>, Named {}

/** Result of GET /number_reservations. */
export interface NumberReservationsListResponse
  extends
    Members<operations["ListNumberReservations"]["responses"][200]["content"]["application/json"]>,
    Named {}

/** One item of the list returned by GET /number_reservations. */
export type NumberReservationsListItem = NonNullable<NumberReservationsListResponse["data"]>[number];

/** Request body of POST /number_reservations. */
export interface NumberReservationsCreateParams
  extends
    Members<NonNullable<operations["CreateNumberReservation"]["requestBody"]>["content"]["application/json"]>,
    Named {}

/** Result of POST /number_reservations. */
export interface NumberReservationsCreateResponse
  extends
    Members<operations["CreateNumberReservation"]["responses"][200]["content"]["application/json"]>,
    Named {}

/** Path parameters of GET /number_reservations/{number_reservation_id}. */
export interface NumberReservationsRetrievePathParams
  extends Members<operations["RetrieveNumberReservation"]["parameters"]["path"]>, Named {}

/** Result of GET /number_reservations/{number_reservation_id}. */
export interface NumberReservationsRetrieveResponse
  extends
    Members<operations["RetrieveNumberReservation"]["responses"][200]["content"]["application/json"]>,
    Named {}

/** Result of GET /advanced_orders. */
export interface AdvancedOrdersListResponse
  extends
    Members<operations["list_advanced_orders_v2"]["responses"][200]["content"]["application/json"]>,
    Named {}

/** Request body of POST /advanced_orders. */
export interface AdvancedOrdersCreateParams
  extends
    Members<
      NonNullable<operations["create_advanced_order_v2"]["requestBody"]>["content"]["application/json"]
    >,
    Named {}

/** Result of POST /advanced_orders. */
export interface AdvancedOrdersCreateResponse
  extends
    Members<operations["create_advanced_order_v2"]["responses"][200]["content"]["application/json"]>,
    Named {}

/** Path parameters of PATCH /advanced_orders/{advanced-order-id}/requirement_group. */
export interface AdvancedOrdersUpdateRequirementGroupPathParams
  extends Members<operations["update_advanced_order_v2"]["parameters"]["path"]>, Named {}

/** Request body of PATCH /advanced_orders/{advanced-order-id}/requirement_group. */
export interface AdvancedOrdersUpdateRequirementGroupParams
  extends
    Members<
      NonNullable<operations["update_advanced_order_v2"]["requestBody"]>["content"]["application/json"]
    >,
    Named {}

/** Result of PATCH /advanced_orders/{advanced-order-id}/requirement_group. */
export interface AdvancedOrdersUpdateRequirementGroupResponse
  extends
    Members<operations["update_advanced_order_v2"]["responses"][200]["content"]["application/json"]>,
    Named {}

/** Path parameters of GET /advanced_orders/{order_id}. */
export interface AdvancedOrdersRetrievePathParams
  extends Members<operations["get_advanced_order_v2"]["parameters"]["path"]>, Named {}

/** Result of GET /advanced_orders/{order_id}. */
export interface AdvancedOrdersRetrieveResponse
  extends
    Members<operations["get_advanced_order_v2"]["responses"][200]["content"]["application/json"]>,
    Named {}

/** Query parameters of GET /available_phone_number_blocks. */
export interface AvailablePhoneNumberBlocksListQuery
  extends Members<NonNullable<operations["ListAvailablePhoneNumberBlocks"]["parameters"]["query"]>>, Named {}

/** Result of GET /available_phone_number_blocks. */
export interface AvailablePhoneNumberBlocksListResponse
  extends
    Members<operations["ListAvailablePhoneNumberBlocks"]["responses"][200]["content"]["application/json"]>,
    Named {}

/** Query parameters of GET /comments. */
export interface CommentsListQuery
  extends Members<NonNullable<operations["ListComments"]["parameters"]["query"]>>, Named {}

/** Result of GET /comments. */
export interface CommentsListResponse
  extends Members<operations["ListComments"]["responses"][200]["content"]["application/json"]>, Named {}

/** Request body of POST /comments. */
export interface CommentsCreateParams
  extends
    Members<NonNullable<operations["CreateComment"]["requestBody"]>["content"]["application/json"]>,
    Named {}

/** Result of POST /comments. */
export interface CommentsCreateResponse
  extends Members<operations["CreateComment"]["responses"][200]["content"]["application/json"]>, Named {}

/** Path parameters of GET /comments/{id}. */
export interface CommentsRetrievePathParams
  extends Members<operations["RetrieveComment"]["parameters"]["path"]>, Named {}

/** Result of GET /comments/{id}. */
export interface CommentsRetrieveResponse
  extends Members<operations["RetrieveComment"]["responses"][200]["content"]["application/json"]>, Named {}

/** Path parameters of PATCH /comments/{id}/read. */
export interface CommentsMarkAsReadPathParams
  extends Members<operations["MarkCommentRead"]["parameters"]["path"]>, Named {}

/** Result of PATCH /comments/{id}/read. */
export interface CommentsMarkAsReadResponse
  extends Members<operations["MarkCommentRead"]["responses"][200]["content"]["application/json"]>, Named {}

/** Result of GET /country_coverage. */
export interface CountryCoverageRetrieveResponse
  extends
    Members<operations["retreiveCountryCoverage"]["responses"][200]["content"]["application/json"]>,
    Named {}

/** Path parameters of GET /country_coverage/countries/{country_code}. */
export interface CountryCoverageRetrieveCountryPathParams
  extends Members<operations["retreiveSpecificCountryCoverage"]["parameters"]["path"]>, Named {}

/** Result of GET /country_coverage/countries/{country_code}. */
export interface CountryCoverageRetrieveCountryResponse
  extends
    Members<operations["retreiveSpecificCountryCoverage"]["responses"][200]["content"]["application/json"]>,
    Named {}

/** Query parameters of GET /customer_service_records. */
export interface CustomerServiceRecordsListQuery
  extends Members<NonNullable<operations["ListCustomerServiceRecords"]["parameters"]["query"]>>, Named {}

/** Result of GET /customer_service_records. */
export interface CustomerServiceRecordsListResponse
  extends
    Members<operations["ListCustomerServiceRecords"]["responses"][200]["content"]["application/json"]>,
    Named {}

/** One item of the list returned by GET /customer_service_records. */
export type CustomerServiceRecordsListItem = NonNullable<CustomerServiceRecordsListResponse["data"]>[number];

/** Request body of POST /customer_service_records. */
export interface CustomerServiceRecordsCreateParams
  extends
    Members<
      NonNullable<operations["CreateCustomerServiceRecord"]["requestBody"]>["content"]["application/json"]
    >,
    Named {}

/** Result of POST /customer_service_records. */
export interface CustomerServiceRecordsCreateResponse
  extends
    Members<operations["CreateCustomerServiceRecord"]["responses"][201]["content"]["application/json"]>,
    Named {}

/** Request body of POST /customer_service_records/phone_number_coverages. */
export interface CustomerServiceRecordsVerifyPhoneNumberCoverageParams
  extends
    Members<
      NonNullable<operations["VerifyPhoneNumberCoverage"]["requestBody"]>["content"]["application/json"]
    >,
    Named {}

/** Result of POST /customer_service_records/phone_number_coverages. */
export interface CustomerServiceRecordsVerifyPhoneNumberCoverageResponse
  extends
    Members<operations["VerifyPhoneNumberCoverage"]["responses"][201]["content"]["application/json"]>,
    Named {}

/** Path parameters of GET /customer_service_records/{customer_service_record_id}. */
export interface CustomerServiceRecordsRetrievePathParams
  extends Members<operations["GetCustomerServiceRecord"]["parameters"]["path"]>, Named {}

/** Result of GET /customer_service_records/{customer_service_record_id}. */
export interface CustomerServiceRecordsRetrieveResponse
  extends
    Members<operations["GetCustomerServiceRecord"]["responses"][201]["content"]["application/json"]>,
    Named {}

/** Query parameters of GET /inexplicit_number_orders. */
export interface InexplicitNumberOrdersListQuery
  extends Members<NonNullable<operations["ListInexplicitNumberOrders"]["parameters"]["query"]>>, Named {}

/** Result of GET /inexplicit_number_orders. */
export interface InexplicitNumberOrdersListResponse
  extends
    Members<operations["ListInexplicitNumberOrders"]["responses"][200]["content"]["application/json"]>,
    Named {}

/** One item of the list returned by GET /inexplicit_number_orders. */
export type InexplicitNumberOrdersListItem = NonNullable<InexplicitNumberOrdersListResponse["data"]>[number];

/** Request body of POST /inexplicit_number_orders. */
export interface InexplicitNumberOrdersCreateParams
  extends
    Members<
      NonNullable<operations["CreateInexplicitNumberOrder"]["requestBody"]>["content"]["application/json"]
    >,
    Named {}

/** Result of POST /inexplicit_number_orders. */
export interface InexplicitNumberOrdersCreateResponse
  extends
    Members<operations["CreateInexplicitNumberOrder"]["responses"][200]["content"]["application/json"]>,
    Named {}

/** Path parameters of GET /inexplicit_number_orders/{id}. */
export interface InexplicitNumberOrdersRetrievePathParams
  extends Members<operations["RetrieveInexplicitNumberOrder"]["parameters"]["path"]>, Named {}

/** Result of GET /inexplicit_number_orders/{id}. */
export interface InexplicitNumberOrdersRetrieveResponse
  extends
    Members<operations["RetrieveInexplicitNumberOrder"]["responses"][200]["content"]["application/json"]>,
    Named {}

/** Query parameters of GET /inventory_coverage. */
export interface InventoryCoverageListQuery
  extends Members<NonNullable<operations["CreateInventoryCoverage"]["parameters"]["query"]>>, Named {}

/** Result of GET /inventory_coverage. */
export interface InventoryCoverageListResponse
  extends
    Members<operations["CreateInventoryCoverage"]["responses"][200]["content"]["application/json"]>,
    Named {}

/** Query parameters of GET /mobile_network_operators. */
export interface MobileNetworkOperatorsListQuery
  extends Members<NonNullable<operations["GetMobileNetworkOperators"]["parameters"]["query"]>>, Named {}

/** Result of GET /mobile_network_operators. */
export interface MobileNetworkOperatorsListResponse
  extends
    Members<operations["GetMobileNetworkOperators"]["responses"][200]["content"]["application/json"]>,
    Named {}

/** One item of the list returned by GET /mobile_network_operators. */
export type MobileNetworkOperatorsListItem = NonNullable<MobileNetworkOperatorsListResponse["data"]>[number];

/** Query parameters of GET /network_coverage. */
export interface NetworkCoverageListQuery
  extends Members<NonNullable<operations["ListNetworkCoverage"]["parameters"]["query"]>>, Named {}

/** Result of GET /network_coverage. */
export interface NetworkCoverageListResponse
  extends
    Members<operations["ListNetworkCoverage"]["responses"][200]["content"]["application/json"]>,
    Named {}

/** One item of the list returned by GET /network_coverage. */
export type NetworkCoverageListItem = NonNullable<NetworkCoverageListResponse["data"]>[number];

/** Query parameters of GET /number_block_orders. */
export interface NumberBlockOrdersListQuery
  extends Members<NonNullable<operations["ListNumberBlockOrders"]["parameters"]["query"]>>, Named {}

/** Result of GET /number_block_orders. */
export interface NumberBlockOrdersListResponse
  extends
    Members<operations["ListNumberBlockOrders"]["responses"][200]["content"]["application/json"]>,
    Named {}

/** One item of the list returned by GET /number_block_orders. */
export type NumberBlockOrdersListItem = NonNullable<NumberBlockOrdersListResponse["data"]>[number];

/** Request body of POST /number_block_orders. */
export interface NumberBlockOrdersCreateParams
  extends
    Members<NonNullable<operations["CreateNumberBlockOrder"]["requestBody"]>["content"]["application/json"]>,
    Named {}

/** Result of POST /number_block_orders. */
export interface NumberBlockOrdersCreateResponse
  extends
    Members<operations["CreateNumberBlockOrder"]["responses"][200]["content"]["application/json"]>,
    Named {}

/** Path parameters of GET /number_block_orders/{number_block_order_id}. */
export interface NumberBlockOrdersRetrievePathParams
  extends Members<operations["RetrieveNumberBlockOrder"]["parameters"]["path"]>, Named {}

/** Result of GET /number_block_orders/{number_block_order_id}. */
export interface NumberBlockOrdersRetrieveResponse
  extends
    Members<operations["RetrieveNumberBlockOrder"]["responses"][200]["content"]["application/json"]>,
    Named {}

/** Query parameters of GET /number_order_phone_numbers. */
export interface NumberOrderPhoneNumbersListQuery
  extends Members<NonNullable<operations["RetrieveOrderPhoneNumbers"]["parameters"]["query"]>>, Named {}

/** Result of GET /number_order_phone_numbers. */
export interface NumberOrderPhoneNumbersListResponse
  extends
    Members<operations["RetrieveOrderPhoneNumbers"]["responses"][200]["content"]["application/json"]>,
    Named {}

/** Path parameters of GET /number_order_phone_numbers/{number_order_phone_number_id}. */
export interface NumberOrderPhoneNumbersRetrievePathParams
  extends Members<operations["GetNumberOrderPhoneNumber"]["parameters"]["path"]>, Named {}

/** Result of GET /number_order_phone_numbers/{number_order_phone_number_id}. */
export interface NumberOrderPhoneNumbersRetrieveResponse
  extends
    Members<operations["GetNumberOrderPhoneNumber"]["responses"][200]["content"]["application/json"]>,
    Named {}

/** Path parameters of PATCH /number_order_phone_numbers/{number_order_phone_number_id}. */
export interface NumberOrderPhoneNumbersUpdateRequirementsPathParams
  extends Members<operations["UpdateNumberOrderPhoneNumber"]["parameters"]["path"]>, Named {}

/** Request body of PATCH /number_order_phone_numbers/{number_order_phone_number_id}. */
export interface NumberOrderPhoneNumbersUpdateRequirementsParams
  extends
    Members<
      NonNullable<operations["UpdateNumberOrderPhoneNumber"]["requestBody"]>["content"]["application/json"]
    >,
    Named {}

/** Result of PATCH /number_order_phone_numbers/{number_order_phone_number_id}. */
export interface NumberOrderPhoneNumbersUpdateRequirementsResponse
  extends
    Members<operations["UpdateNumberOrderPhoneNumber"]["responses"][200]["content"]["application/json"]>,
    Named {}

/** Path parameters of POST /number_reservations/{number_reservation_id}/actions/extend. */
export interface NumberReservationsActionsExtendPathParams
  extends Members<operations["ExtendNumberReservationExpiryTime"]["parameters"]["path"]>, Named {}

/** Result of POST /number_reservations/{number_reservation_id}/actions/extend. */
export interface NumberReservationsActionsExtendResponse
  extends
    Members<operations["ExtendNumberReservationExpiryTime"]["responses"][200]["content"]["application/json"]>,
    Named {}

/** Request body of POST /numbers_features. */
export interface NumbersFeaturesCreateParams
  extends
    Members<NonNullable<operations["PostNumbersFeatures"]["requestBody"]>["content"]["application/json"]>,
    Named {}

/** Result of POST /numbers_features. */
export interface NumbersFeaturesCreateResponse
  extends
    Members<operations["PostNumbersFeatures"]["responses"][200]["content"]["application/json"]>,
    Named {}

/** Query parameters of GET /phone_number_blocks/jobs. */
export interface PhoneNumberBlocksJobsListQuery
  extends Members<NonNullable<operations["ListPhoneNumberBlocksJobs"]["parameters"]["query"]>>, Named {}

/** Result of GET /phone_number_blocks/jobs. */
export interface PhoneNumberBlocksJobsListResponse
  extends
    Members<operations["ListPhoneNumberBlocksJobs"]["responses"][200]["content"]["application/json"]>,
    Named {}

/** One item of the list returned by GET /phone_number_blocks/jobs. */
export type PhoneNumberBlocksJobsListItem = NonNullable<PhoneNumberBlocksJobsListResponse["data"]>[number];

/** Request body of POST /phone_number_blocks/jobs/delete_phone_number_block. */
export interface PhoneNumberBlocksJobsDeletePhoneNumberBlockParams
  extends
    Members<
      NonNullable<
        operations["CreatePhoneNumberBlockDeletionJob"]["requestBody"]
      >["content"]["application/json"]
    >,
    Named {}

/** Result of POST /phone_number_blocks/jobs/delete_phone_number_block. */
export interface PhoneNumberBlocksJobsDeletePhoneNumberBlockResponse
  extends
    Members<operations["CreatePhoneNumberBlockDeletionJob"]["responses"][202]["content"]["application/json"]>,
    Named {}

/** Path parameters of GET /phone_number_blocks/jobs/{id}. */
export interface PhoneNumberBlocksJobsRetrievePathParams
  extends Members<operations["GetPhoneNumberBlocksJob"]["parameters"]["path"]>, Named {}

/** Result of GET /phone_number_blocks/jobs/{id}. */
export interface PhoneNumberBlocksJobsRetrieveResponse
  extends
    Members<operations["GetPhoneNumberBlocksJob"]["responses"][200]["content"]["application/json"]>,
    Named {}

/** Query parameters of GET /sub_number_orders. */
export interface SubNumberOrdersListQuery
  extends Members<NonNullable<operations["ListSubNumberOrders"]["parameters"]["query"]>>, Named {}

/** Result of GET /sub_number_orders. */
export interface SubNumberOrdersListResponse
  extends
    Members<operations["ListSubNumberOrders"]["responses"][200]["content"]["application/json"]>,
    Named {}

/** Path parameters of GET /sub_number_orders/{sub_number_order_id}. */
export interface SubNumberOrdersRetrievePathParams
  extends Members<operations["GetSubNumberOrder"]["parameters"]["path"]>, Named {}

/** Query parameters of GET /sub_number_orders/{sub_number_order_id}. */
export interface SubNumberOrdersRetrieveQuery
  extends Members<NonNullable<operations["GetSubNumberOrder"]["parameters"]["query"]>>, Named {}

/** Result of GET /sub_number_orders/{sub_number_order_id}. */
export interface SubNumberOrdersRetrieveResponse
  extends Members<operations["GetSubNumberOrder"]["responses"][200]["content"]["application/json"]>, Named {}

/** Path parameters of PATCH /sub_number_orders/{sub_number_order_id}. */
export interface SubNumberOrdersUpdatePathParams
  extends Members<operations["UpdateSubNumberOrder"]["parameters"]["path"]>, Named {}

/** Request body of PATCH /sub_number_orders/{sub_number_order_id}. */
export interface SubNumberOrdersUpdateParams
  extends
    Members<NonNullable<operations["UpdateSubNumberOrder"]["requestBody"]>["content"]["application/json"]>,
    Named {}

/** Result of PATCH /sub_number_orders/{sub_number_order_id}. */
export interface SubNumberOrdersUpdateResponse
  extends
    Members<operations["UpdateSubNumberOrder"]["responses"][200]["content"]["application/json"]>,
    Named {}

/** Path parameters of PATCH /sub_number_orders/{sub_number_order_id}/cancel. */
export interface SubNumberOrdersCancelPathParams
  extends Members<operations["CancelSubNumberOrder"]["parameters"]["path"]>, Named {}

/** Result of PATCH /sub_number_orders/{sub_number_order_id}/cancel. */
export interface SubNumberOrdersCancelResponse
  extends
    Members<operations["CancelSubNumberOrder"]["responses"][200]["content"]["application/json"]>,
    Named {}

/** Request body of POST /sub_number_orders_report. */
export interface SubNumberOrdersReportCreateParams
  extends
    Members<
      NonNullable<operations["CreateSubNumberOrdersReport"]["requestBody"]>["content"]["application/json"]
    >,
    Named {}

/** Result of POST /sub_number_orders_report. */
export interface SubNumberOrdersReportCreateResponse
  extends
    Members<operations["CreateSubNumberOrdersReport"]["responses"][202]["content"]["application/json"]>,
    Named {}

/** Path parameters of GET /sub_number_orders_report/{report_id}. */
export interface SubNumberOrdersReportRetrievePathParams
  extends Members<operations["GetSubNumberOrdersReport"]["parameters"]["path"]>, Named {}

/** Result of GET /sub_number_orders_report/{report_id}. */
export interface SubNumberOrdersReportRetrieveResponse
  extends
    Members<operations["GetSubNumberOrdersReport"]["responses"][200]["content"]["application/json"]>,
    Named {}

/** Path parameters of GET /sub_number_orders_report/{report_id}/download. */
export interface SubNumberOrdersReportDownloadPathParams
  extends Members<operations["DownloadSubNumberOrdersReport"]["parameters"]["path"]>, Named {}

/** Result of GET /sub_number_orders_report/{report_id}/download. */
export type SubNumberOrdersReportDownloadResponse = File;

/** Query parameters of GET /bundle_pricing/billing_bundles. */
export interface BundlePricingBillingBundlesListQuery
  extends Members<NonNullable<operations["GetUserBillingBundles"]["parameters"]["query"]>>, Named {}

/** Result of GET /bundle_pricing/billing_bundles. */
export interface BundlePricingBillingBundlesListResponse
  extends
    Members<operations["GetUserBillingBundles"]["responses"][200]["content"]["application/json"]>,
    Named {}

/** One item of the list returned by GET /bundle_pricing/billing_bundles. */
export type BundlePricingBillingBundlesListItem = NonNullable<
  BundlePricingBillingBundlesListResponse["data"]
>[number];

/** Path parameters of GET /bundle_pricing/billing_bundles/{bundle_id}. */
export interface BundlePricingBillingBundlesRetrievePathParams
  extends Members<operations["GetBillingBundleById"]["parameters"]["path"]>, Named {}

/** Result of GET /bundle_pricing/billing_bundles/{bundle_id}. */
export interface BundlePricingBillingBundlesRetrieveResponse
  extends
    Members<operations["GetBillingBundleById"]["responses"][200]["content"]["application/json"]>,
    Named {}

/** Query parameters of GET /bundle_pricing/user_bundles. */
export interface BundlePricingUserBundlesListQuery
  extends Members<NonNullable<operations["GetUserBundles"]["parameters"]["query"]>>, Named {}

/** Result of GET /bundle_pricing/user_bundles. */
export interface BundlePricingUserBundlesListResponse
  extends Members<operations["GetUserBundles"]["responses"][200]["content"]["application/json"]>, Named {}

/** One item of the list returned by GET /bundle_pricing/user_bundles. */
export type BundlePricingUserBundlesListItem = NonNullable<
  BundlePricingUserBundlesListResponse["data"]
>[number];

/** Request body of POST /bundle_pricing/user_bundles/bulk. */
export interface BundlePricingUserBundlesCreateParams
  extends
    Members<NonNullable<operations["CreateUserBundlesBulk"]["requestBody"]>["content"]["application/json"]>,
    Named {}

/** Result of POST /bundle_pricing/user_bundles/bulk. */
export interface BundlePricingUserBundlesCreateResponse
  extends
    Members<operations["CreateUserBundlesBulk"]["responses"][201]["content"]["application/json"]>,
    Named {}

/** Query parameters of GET /bundle_pricing/user_bundles/unused. */
export interface BundlePricingUserBundlesListUnusedQuery
  extends Members<NonNullable<operations["GetUnusedUserBundles"]["parameters"]["query"]>>, Named {}

/** Result of GET /bundle_pricing/user_bundles/unused. */
export interface BundlePricingUserBundlesListUnusedResponse
  extends
    Members<operations["GetUnusedUserBundles"]["responses"][200]["content"]["application/json"]>,
    Named {}

/** Path parameters of GET /bundle_pricing/user_bundles/{user_bundle_id}. */
export interface BundlePricingUserBundlesRetrievePathParams
  extends Members<operations["GetUserBundleById"]["parameters"]["path"]>, Named {}

/** Result of GET /bundle_pricing/user_bundles/{user_bundle_id}. */
export interface BundlePricingUserBundlesRetrieveResponse
  extends Members<operations["GetUserBundleById"]["responses"][200]["content"]["application/json"]>, Named {}

/** Path parameters of DELETE /bundle_pricing/user_bundles/{user_bundle_id}. */
export interface BundlePricingUserBundlesDeactivatePathParams
  extends Members<operations["DeactivateUserBundle"]["parameters"]["path"]>, Named {}

/** Result of DELETE /bundle_pricing/user_bundles/{user_bundle_id}. */
export interface BundlePricingUserBundlesDeactivateResponse
  extends
    Members<operations["DeactivateUserBundle"]["responses"][200]["content"]["application/json"]>,
    Named {}

/** Path parameters of GET /bundle_pricing/user_bundles/{user_bundle_id}/resources. */
export interface BundlePricingUserBundlesListResourcesPathParams
  extends Members<operations["GetUserBundleResources"]["parameters"]["path"]>, Named {}

/** Result of GET /bundle_pricing/user_bundles/{user_bundle_id}/resources. */
export interface BundlePricingUserBundlesListResourcesResponse
  extends
    Members<operations["GetUserBundleResources"]["responses"][200]["content"]["application/json"]>,
    Named {}

/** Query parameters of GET /document_links. */
export interface DocumentLinksListQuery
  extends Members<NonNullable<operations["ListDocumentLinks"]["parameters"]["query"]>>, Named {}

/** Result of GET /document_links. */
export interface DocumentLinksListResponse
  extends Members<operations["ListDocumentLinks"]["responses"][200]["content"]["application/json"]>, Named {}

/** One item of the list returned by GET /document_links. */
export type DocumentLinksListItem = NonNullable<DocumentLinksListResponse["data"]>[number];

/** Query parameters of GET /documents. */
export interface DocumentsListQuery
  extends Members<NonNullable<operations["ListDocuments"]["parameters"]["query"]>>, Named {}

/** Result of GET /documents. */
export interface DocumentsListResponse
  extends Members<operations["ListDocuments"]["responses"][200]["content"]["application/json"]>, Named {}

/** One item of the list returned by GET /documents. */
export type DocumentsListItem = NonNullable<DocumentsListResponse["data"]>[number];

/** Request body of POST /documents: JSON, or multipart/form-data when a field holds a file. */
export type DocumentsUploadJsonParams =
  | NonNullable<operations["CreateDocument"]["requestBody"]>["content"]["application/json"]
  | NonNullable<operations["CreateDocument"]["requestBody"]>["content"]["multipart/form-data"];

/** Result of POST /documents. */
export interface DocumentsUploadJsonResponse
  extends Members<operations["CreateDocument"]["responses"][200]["content"]["application/json"]>, Named {}

/** Path parameters of GET /documents/{id}. */
export interface DocumentsRetrievePathParams
  extends Members<operations["RetrieveDocument"]["parameters"]["path"]>, Named {}

/** Result of GET /documents/{id}. */
export interface DocumentsRetrieveResponse
  extends Members<operations["RetrieveDocument"]["responses"][200]["content"]["application/json"]>, Named {}

/** Path parameters of PATCH /documents/{id}. */
export interface DocumentsUpdatePathParams
  extends Members<operations["UpdateDocument"]["parameters"]["path"]>, Named {}

/** Request body of PATCH /documents/{id}. */
export interface DocumentsUpdateParams
  extends
    Members<NonNullable<operations["UpdateDocument"]["requestBody"]>["content"]["application/json"]>,
    Named {}

/** Result of PATCH /documents/{id}. */
export interface DocumentsUpdateResponse
  extends Members<operations["UpdateDocument"]["responses"][200]["content"]["application/json"]>, Named {}

/** Path parameters of DELETE /documents/{id}. */
export interface DocumentsDeletePathParams
  extends Members<operations["DeleteDocument"]["parameters"]["path"]>, Named {}

/** Result of DELETE /documents/{id}. */
export interface DocumentsDeleteResponse
  extends Members<operations["DeleteDocument"]["responses"][200]["content"]["application/json"]>, Named {}

/** Path parameters of GET /documents/{id}/download. */
export interface DocumentsDownloadPathParams
  extends Members<operations["DownloadDocument"]["parameters"]["path"]>, Named {}

/** Result of GET /documents/{id}/download. */
export type DocumentsDownloadResponse = File;

/** Path parameters of GET /documents/{id}/download_link. */
export interface DocumentsGenerateDownloadLinkPathParams
  extends Members<operations["getDocumentDownloadLink"]["parameters"]["path"]>, Named {}

/** Result of GET /documents/{id}/download_link. */
export interface DocumentsGenerateDownloadLinkResponse
  extends
    Members<operations["getDocumentDownloadLink"]["responses"][200]["content"]["application/json"]>,
    Named {}

/** Path parameters of POST /number_order_phone_numbers/{id}/requirement_group. */
export interface NumberOrderPhoneNumbersUpdateRequirementGroupPathParams
  extends Members<operations["updateNumberOrderPhoneNumberRequirementGroup"]["parameters"]["path"]>, Named {}

/** Request body of POST /number_order_phone_numbers/{id}/requirement_group. */
export interface NumberOrderPhoneNumbersUpdateRequirementGroupParams
  extends
    Members<
      NonNullable<
        operations["updateNumberOrderPhoneNumberRequirementGroup"]["requestBody"]
      >["content"]["application/json"]
    >,
    Named {}

/** Result of POST /number_order_phone_numbers/{id}/requirement_group. */
export interface NumberOrderPhoneNumbersUpdateRequirementGroupResponse
  extends
    Members<
      operations["updateNumberOrderPhoneNumberRequirementGroup"]["responses"][200]["content"][
        "application/json"
      ]
    >,
    Named {}

/** Query parameters of GET /phone_numbers_regulatory_requirements. */
export interface PhoneNumbersRegulatoryRequirementsRetrieveQuery
  extends
    Members<NonNullable<operations["ListRegulatoryRequirementsPhoneNumbers"]["parameters"]["query"]>>,
    Named {}

/** Result of GET /phone_numbers_regulatory_requirements. */
export interface PhoneNumbersRegulatoryRequirementsRetrieveResponse
  extends
    Members<
      operations["ListRegulatoryRequirementsPhoneNumbers"]["responses"][200]["content"]["application/json"]
    >,
    Named {}

/** Query parameters of GET /regulatory_requirements. */
export interface RegulatoryRequirementsRetrieveQuery
  extends Members<NonNullable<operations["ListRegulatoryRequirements"]["parameters"]["query"]>>, Named {}

/** Result of GET /regulatory_requirements. */
export interface RegulatoryRequirementsRetrieveResponse
  extends
    Members<operations["ListRegulatoryRequirements"]["responses"][200]["content"]["application/json"]>,
    Named {}

/** Query parameters of GET /requirement_groups. */
export interface RequirementGroupsListQuery
  extends Members<NonNullable<operations["GetRequirementGroups"]["parameters"]["query"]>>, Named {}

/** Result of GET /requirement_groups. */
export type RequirementGroupsListResponse =
  operations["GetRequirementGroups"]["responses"][200]["content"]["application/json"];

/** Request body of POST /requirement_groups. */
export interface RequirementGroupsCreateParams
  extends
    Members<NonNullable<operations["CreateRequirementGroup"]["requestBody"]>["content"]["application/json"]>,
    Named {}

/** Result of POST /requirement_groups. */
export interface RequirementGroupsCreateResponse
  extends
    Members<operations["CreateRequirementGroup"]["responses"][200]["content"]["application/json"]>,
    Named {}

/** Path parameters of GET /requirement_groups/{id}. */
export interface RequirementGroupsRetrievePathParams
  extends Members<operations["GetRequirementGroup"]["parameters"]["path"]>, Named {}

/** Result of GET /requirement_groups/{id}. */
export interface RequirementGroupsRetrieveResponse
  extends
    Members<operations["GetRequirementGroup"]["responses"][200]["content"]["application/json"]>,
    Named {}

/** Path parameters of PATCH /requirement_groups/{id}. */
export interface RequirementGroupsUpdatePathParams
  extends Members<operations["UpdateRequirementGroup"]["parameters"]["path"]>, Named {}

/** Request body of PATCH /requirement_groups/{id}. */
export interface RequirementGroupsUpdateParams
  extends
    Members<NonNullable<operations["UpdateRequirementGroup"]["requestBody"]>["content"]["application/json"]>,
    Named {}

/** Result of PATCH /requirement_groups/{id}. */
export interface RequirementGroupsUpdateResponse
  extends
    Members<operations["UpdateRequirementGroup"]["responses"][200]["content"]["application/json"]>,
    Named {}

/** Path parameters of DELETE /requirement_groups/{id}. */
export interface RequirementGroupsDeletePathParams
  extends Members<operations["DeleteRequirementGroup"]["parameters"]["path"]>, Named {}

/** Result of DELETE /requirement_groups/{id}. */
export interface RequirementGroupsDeleteResponse
  extends
    Members<operations["DeleteRequirementGroup"]["responses"][200]["content"]["application/json"]>,
    Named {}

/** Path parameters of POST /requirement_groups/{id}/submit_for_approval. */
export interface RequirementGroupsSubmitForApprovalPathParams
  extends Members<operations["SubmitRequirementGroup"]["parameters"]["path"]>, Named {}

/** Result of POST /requirement_groups/{id}/submit_for_approval. */
export interface RequirementGroupsSubmitForApprovalResponse
  extends
    Members<operations["SubmitRequirementGroup"]["responses"][200]["content"]["application/json"]>,
    Named {}

/** Query parameters of GET /requirement_types. */
export interface RequirementTypesListQuery
  extends Members<NonNullable<operations["ListRequirementTypes"]["parameters"]["query"]>>, Named {}

/** Result of GET /requirement_types. */
export interface RequirementTypesListResponse
  extends
    Members<operations["ListRequirementTypes"]["responses"][200]["content"]["application/json"]>,
    Named {}

/** Path parameters of GET /requirement_types/{id}. */
export interface RequirementTypesRetrievePathParams
  extends Members<operations["RetrieveRequirementType"]["parameters"]["path"]>, Named {}

/** Result of GET /requirement_types/{id}. */
export interface RequirementTypesRetrieveResponse
  extends
    Members<operations["RetrieveRequirementType"]["responses"][200]["content"]["application/json"]>,
    Named {}

/** Query parameters of GET /requirements. */
export interface RequirementsListQuery
  extends Members<NonNullable<operations["ListRequirements"]["parameters"]["query"]>>, Named {}

/** Result of GET /requirements. */
export interface RequirementsListResponse
  extends Members<operations["ListRequirements"]["responses"][200]["content"]["application/json"]>, Named {}

/** One item of the list returned by GET /requirements. */
export type RequirementsListItem = NonNullable<RequirementsListResponse["data"]>[number];

/** Path parameters of GET /requirements/{id}. */
export interface RequirementsRetrievePathParams
  extends Members<operations["RetrieveDocumentRequirements"]["parameters"]["path"]>, Named {}

/** Query parameters of GET /requirements/{id}. */
export interface RequirementsRetrieveQuery
  extends Members<NonNullable<operations["RetrieveDocumentRequirements"]["parameters"]["query"]>>, Named {}

/** Result of GET /requirements/{id}. */
export interface RequirementsRetrieveResponse
  extends
    Members<operations["RetrieveDocumentRequirements"]["responses"][200]["content"]["application/json"]>,
    Named {}

/** Path parameters of POST /sub_number_orders/{id}/requirement_group. */
export interface SubNumberOrdersUpdateRequirementGroupPathParams
  extends Members<operations["updateSubNumberOrderRequirementGroup"]["parameters"]["path"]>, Named {}

/** Request body of POST /sub_number_orders/{id}/requirement_group. */
export interface SubNumberOrdersUpdateRequirementGroupParams
  extends
    Members<
      NonNullable<
        operations["updateSubNumberOrderRequirementGroup"]["requestBody"]
      >["content"]["application/json"]
    >,
    Named {}

/** Result of POST /sub_number_orders/{id}/requirement_group. */
export interface SubNumberOrdersUpdateRequirementGroupResponse
  extends
    Members<
      operations["updateSubNumberOrderRequirementGroup"]["responses"][200]["content"]["application/json"]
    >,
    Named {}

/** Query parameters of GET /user_addresses. */
export interface UserAddressesListQuery
  extends Members<NonNullable<operations["FindUserAddress"]["parameters"]["query"]>>, Named {}

/** Result of GET /user_addresses. */
export interface UserAddressesListResponse
  extends Members<operations["FindUserAddress"]["responses"][200]["content"]["application/json"]>, Named {}

/** One item of the list returned by GET /user_addresses. */
export type UserAddressesListItem = NonNullable<UserAddressesListResponse["data"]>[number];

/** Request body of POST /user_addresses. */
export interface UserAddressesCreateParams
  extends
    Members<NonNullable<operations["CreateUserAddress"]["requestBody"]>["content"]["application/json"]>,
    Named {}

/** Result of POST /user_addresses. */
export interface UserAddressesCreateResponse
  extends Members<operations["CreateUserAddress"]["responses"][200]["content"]["application/json"]>, Named {}

/** Path parameters of GET /user_addresses/{id}. */
export interface UserAddressesRetrievePathParams
  extends Members<operations["GetUserAddress"]["parameters"]["path"]>, Named {}

/** Result of GET /user_addresses/{id}. */
export interface UserAddressesRetrieveResponse
  extends Members<operations["GetUserAddress"]["responses"][200]["content"]["application/json"]>, Named {}

/** Query parameters of GET /verified_numbers. */
export interface VerifiedNumbersListQuery
  extends Members<NonNullable<operations["ListVerifiedNumbers"]["parameters"]["query"]>>, Named {}

/** Result of GET /verified_numbers. */
export interface VerifiedNumbersListResponse
  extends
    Members<operations["ListVerifiedNumbers"]["responses"][200]["content"]["application/json"]>,
    Named {}

/** One item of the list returned by GET /verified_numbers. */
export type VerifiedNumbersListItem = NonNullable<VerifiedNumbersListResponse["data"]>[number];

/** Request body of POST /verified_numbers. */
export interface VerifiedNumbersCreateParams
  extends
    Members<NonNullable<operations["CreateVerifiedNumber"]["requestBody"]>["content"]["application/json"]>,
    Named {}

/** Result of POST /verified_numbers. */
export interface VerifiedNumbersCreateResponse
  extends
    Members<operations["CreateVerifiedNumber"]["responses"][200]["content"]["application/json"]>,
    Named {}

/** Path parameters of GET /verified_numbers/{phone_number}. */
export interface VerifiedNumbersRetrievePathParams
  extends Members<operations["GetVerifiedNumber"]["parameters"]["path"]>, Named {}

/** Result of GET /verified_numbers/{phone_number}. */
export interface VerifiedNumbersRetrieveResponse
  extends Members<operations["GetVerifiedNumber"]["responses"][200]["content"]["application/json"]>, Named {}

/** Path parameters of DELETE /verified_numbers/{phone_number}. */
export interface VerifiedNumbersDeletePathParams
  extends Members<operations["DeleteVerifiedNumber"]["parameters"]["path"]>, Named {}

/** Result of DELETE /verified_numbers/{phone_number}. */
export interface VerifiedNumbersDeleteResponse
  extends
    Members<operations["DeleteVerifiedNumber"]["responses"][200]["content"]["application/json"]>,
    Named {}

/** Path parameters of POST /verified_numbers/{phone_number}/actions/verify. */
export interface VerifiedNumbersActionsSubmitVerificationCodePathParams
  extends Members<operations["VerifyVerificationCode"]["parameters"]["path"]>, Named {}

/** Request body of POST /verified_numbers/{phone_number}/actions/verify. */
export interface VerifiedNumbersActionsSubmitVerificationCodeParams
  extends
    Members<NonNullable<operations["VerifyVerificationCode"]["requestBody"]>["content"]["application/json"]>,
    Named {}

/** Result of POST /verified_numbers/{phone_number}/actions/verify. */
export interface VerifiedNumbersActionsSubmitVerificationCodeResponse
  extends
    Members<operations["VerifyVerificationCode"]["responses"][200]["content"]["application/json"]>,
    Named {}

/** Request body of POST /portability_checks. */
export interface PortabilityChecksRunParams
  extends
    Members<NonNullable<operations["PostPortabilityCheck"]["requestBody"]>["content"]["application/json"]>,
    Named {}

/** Result of POST /portability_checks. */
export interface PortabilityChecksRunResponse
  extends
    Members<operations["PostPortabilityCheck"]["responses"][201]["content"]["application/json"]>,
    Named {}

/** Query parameters of GET /porting/events. */
export interface PortingEventsListQuery
  extends Members<NonNullable<operations["listPortingEvents"]["parameters"]["query"]>>, Named {}

/** Result of GET /porting/events. */
export interface PortingEventsListResponse
  extends Members<operations["listPortingEvents"]["responses"][200]["content"]["application/json"]>, Named {}

/** One item of the list returned by GET /porting/events. */
export type PortingEventsListItem = NonNullable<PortingEventsListResponse["data"]>[number];

/** Path parameters of GET /porting/events/{id}. */
export interface PortingEventsRetrievePathParams
  extends Members<operations["showPortingEvent"]["parameters"]["path"]>, Named {}

/** Result of GET /porting/events/{id}. */
export interface PortingEventsRetrieveResponse
  extends Members<operations["showPortingEvent"]["responses"][200]["content"]["application/json"]>, Named {}

/** Path parameters of POST /porting/events/{id}/republish. */
export interface PortingEventsRepublishPathParams
  extends Members<operations["republishPortingEvent"]["parameters"]["path"]>, Named {}

/** Result of POST /porting/events/{id}/republish. */
export type PortingEventsRepublishResponse = void;

/** Query parameters of GET /porting/loa_configurations. */
export interface PortingLoaConfigurationsListQuery
  extends Members<NonNullable<operations["ListLoaConfigurations"]["parameters"]["query"]>>, Named {}

/** Result of GET /porting/loa_configurations. */
export interface PortingLoaConfigurationsListResponse
  extends
    Members<operations["ListLoaConfigurations"]["responses"][200]["content"]["application/json"]>,
    Named {}

/** One item of the list returned by GET /porting/loa_configurations. */
export type PortingLoaConfigurationsListItem = NonNullable<
  PortingLoaConfigurationsListResponse["data"]
>[number];

/** Request body of POST /porting/loa_configurations. */
export interface PortingLoaConfigurationsCreateParams
  extends
    Members<NonNullable<operations["CreateLoaConfiguration"]["requestBody"]>["content"]["application/json"]>,
    Named {}

/** Result of POST /porting/loa_configurations. */
export interface PortingLoaConfigurationsCreateResponse
  extends
    Members<operations["CreateLoaConfiguration"]["responses"][201]["content"]["application/json"]>,
    Named {}

/** Request body of POST /porting/loa_configurations/preview. */
export interface PortingLoaConfigurationsPreviewParams
  extends
    Members<
      NonNullable<operations["PreviewLoaConfigurationParams"]["requestBody"]>["content"]["application/json"]
    >,
    Named {}

/** Result of POST /porting/loa_configurations/preview. */
export type PortingLoaConfigurationsPreviewResponse = File;

/** Path parameters of GET /porting/loa_configurations/{id}. */
export interface PortingLoaConfigurationsRetrievePathParams
  extends Members<operations["GetLoaConfiguration"]["parameters"]["path"]>, Named {}

/** Result of GET /porting/loa_configurations/{id}. */
export interface PortingLoaConfigurationsRetrieveResponse
  extends
    Members<operations["GetLoaConfiguration"]["responses"][200]["content"]["application/json"]>,
    Named {}

/** Path parameters of PATCH /porting/loa_configurations/{id}. */
export interface PortingLoaConfigurationsUpdatePathParams
  extends Members<operations["UpdateLoaConfiguration"]["parameters"]["path"]>, Named {}

/** Request body of PATCH /porting/loa_configurations/{id}. */
export interface PortingLoaConfigurationsUpdateParams
  extends
    Members<NonNullable<operations["UpdateLoaConfiguration"]["requestBody"]>["content"]["application/json"]>,
    Named {}

/** Result of PATCH /porting/loa_configurations/{id}. */
export interface PortingLoaConfigurationsUpdateResponse
  extends
    Members<operations["UpdateLoaConfiguration"]["responses"][200]["content"]["application/json"]>,
    Named {}

/** Path parameters of DELETE /porting/loa_configurations/{id}. */
export interface PortingLoaConfigurationsDeletePathParams
  extends Members<operations["DeleteLoaConfiguration"]["parameters"]["path"]>, Named {}

/** Result of DELETE /porting/loa_configurations/{id}. */
export type PortingLoaConfigurationsDeleteResponse = void;

/** Path parameters of GET /porting/loa_configurations/{id}/preview. */
export interface PortingLoaConfigurationsPreview1PathParams
  extends Members<operations["PreviewLoaConfiguration"]["parameters"]["path"]>, Named {}

/** Result of GET /porting/loa_configurations/{id}/preview. */
export type PortingLoaConfigurationsPreview1Response = File;

/** Query parameters of GET /porting/reports. */
export interface PortingReportsListQuery
  extends Members<NonNullable<operations["ListPortingReports"]["parameters"]["query"]>>, Named {}

/** Result of GET /porting/reports. */
export interface PortingReportsListResponse
  extends Members<operations["ListPortingReports"]["responses"][200]["content"]["application/json"]>, Named {}

/** One item of the list returned by GET /porting/reports. */
export type PortingReportsListItem = NonNullable<PortingReportsListResponse["data"]>[number];

/** Request body of POST /porting/reports. */
export interface PortingReportsCreateParams
  extends
    Members<NonNullable<operations["CreatePortingReport"]["requestBody"]>["content"]["application/json"]>,
    Named {}

/** Result of POST /porting/reports. */
export interface PortingReportsCreateResponse
  extends
    Members<operations["CreatePortingReport"]["responses"][201]["content"]["application/json"]>,
    Named {}

/** Path parameters of GET /porting/reports/{id}. */
export interface PortingReportsRetrievePathParams
  extends Members<operations["GetPortingReport"]["parameters"]["path"]>, Named {}

/** Result of GET /porting/reports/{id}. */
export interface PortingReportsRetrieveResponse
  extends Members<operations["GetPortingReport"]["responses"][200]["content"]["application/json"]>, Named {}

/** Result of GET /porting/uk_carriers. */
export interface PortingListUkCarriersResponse
  extends
    Members<operations["listPortingUKCarriers"]["responses"][200]["content"]["application/json"]>,
    Named {}

/** Query parameters of GET /porting_orders. */
export interface PortingOrdersListQuery
  extends Members<NonNullable<operations["ListPortingOrders"]["parameters"]["query"]>>, Named {}

/** Result of GET /porting_orders. */
export interface PortingOrdersListResponse
  extends Members<operations["ListPortingOrders"]["responses"][200]["content"]["application/json"]>, Named {}

/** One item of the list returned by GET /porting_orders. */
export type PortingOrdersListItem = NonNullable<PortingOrdersListResponse["data"]>[number];

/** Request body of POST /porting_orders. */
export interface PortingOrdersCreateParams
  extends
    Members<NonNullable<operations["CreatePortingOrder"]["requestBody"]>["content"]["application/json"]>,
    Named {}

/** Result of POST /porting_orders. */
export interface PortingOrdersCreateResponse
  extends Members<operations["CreatePortingOrder"]["responses"][201]["content"]["application/json"]>, Named {}

/** Result of GET /porting_orders/exception_types. */
export interface PortingOrdersRetrieveExceptionTypesResponse
  extends Members<operations["ListExceptionTypes"]["responses"][200]["content"]["application/json"]>, Named {}

/** Query parameters of GET /porting_orders/phone_number_configurations. */
export interface PortingOrdersPhoneNumberConfigurationsListQuery
  extends Members<NonNullable<operations["ListPhoneNumberConfigurations"]["parameters"]["query"]>>, Named {}

/** Result of GET /porting_orders/phone_number_configurations. */
export interface PortingOrdersPhoneNumberConfigurationsListResponse
  extends
    Members<operations["ListPhoneNumberConfigurations"]["responses"][200]["content"]["application/json"]>,
    Named {}

/** One item of the list returned by GET /porting_orders/phone_number_configurations. */
export type PortingOrdersPhoneNumberConfigurationsListItem = NonNullable<
  PortingOrdersPhoneNumberConfigurationsListResponse["data"]
>[number];

/** Request body of POST /porting_orders/phone_number_configurations. */
export interface PortingOrdersPhoneNumberConfigurationsCreateParams
  extends
    Members<
      NonNullable<operations["CreatePhoneNumberConfigurations"]["requestBody"]>["content"]["application/json"]
    >,
    Named {}

/** Result of POST /porting_orders/phone_number_configurations. */
export interface PortingOrdersPhoneNumberConfigurationsCreateResponse
  extends
    Members<operations["CreatePhoneNumberConfigurations"]["responses"][201]["content"]["application/json"]>,
    Named {}

/** Path parameters of GET /porting_orders/{id}. */
export interface PortingOrdersRetrievePathParams
  extends Members<operations["GetPortingOrder"]["parameters"]["path"]>, Named {}

/** Query parameters of GET /porting_orders/{id}. */
export interface PortingOrdersRetrieveQuery
  extends Members<NonNullable<operations["GetPortingOrder"]["parameters"]["query"]>>, Named {}

/** Result of GET /porting_orders/{id}. */
export interface PortingOrdersRetrieveResponse
  extends Members<operations["GetPortingOrder"]["responses"][200]["content"]["application/json"]>, Named {}

/** Path parameters of PATCH /porting_orders/{id}. */
export interface PortingOrdersUpdatePathParams
  extends Members<operations["UpdatePortingOrder"]["parameters"]["path"]>, Named {}

/** Request body of PATCH /porting_orders/{id}. */
export interface PortingOrdersUpdateParams
  extends
    Members<NonNullable<operations["UpdatePortingOrder"]["requestBody"]>["content"]["application/json"]>,
    Named {}

/** Result of PATCH /porting_orders/{id}. */
export interface PortingOrdersUpdateResponse
  extends Members<operations["UpdatePortingOrder"]["responses"][200]["content"]["application/json"]>, Named {}

/** Path parameters of DELETE /porting_orders/{id}. */
export interface PortingOrdersDeletePathParams
  extends Members<operations["DeletePortingOrder"]["parameters"]["path"]>, Named {}

/** Result of DELETE /porting_orders/{id}. */
export type PortingOrdersDeleteResponse = void;

/** Path parameters of POST /porting_orders/{id}/actions/activate. */
export interface PortingOrdersActionsActivatePathParams
  extends Members<operations["ActivatePortingOrder"]["parameters"]["path"]>, Named {}

/** Result of POST /porting_orders/{id}/actions/activate. */
export interface PortingOrdersActionsActivateResponse
  extends
    Members<operations["ActivatePortingOrder"]["responses"][202]["content"]["application/json"]>,
    Named {}

/** Path parameters of POST /porting_orders/{id}/actions/cancel. */
export interface PortingOrdersActionsCancelPathParams
  extends Members<operations["CancelPortingOrder"]["parameters"]["path"]>, Named {}

/** Result of POST /porting_orders/{id}/actions/cancel. */
export interface PortingOrdersActionsCancelResponse
  extends Members<operations["CancelPortingOrder"]["responses"][200]["content"]["application/json"]>, Named {}

/** Path parameters of POST /porting_orders/{id}/actions/confirm. */
export interface PortingOrdersActionsConfirmPathParams
  extends Members<operations["ConfirmPortingOrder"]["parameters"]["path"]>, Named {}

/** Result of POST /porting_orders/{id}/actions/confirm. */
export interface PortingOrdersActionsConfirmResponse
  extends
    Members<operations["ConfirmPortingOrder"]["responses"][200]["content"]["application/json"]>,
    Named {}

/** Path parameters of POST /porting_orders/{id}/actions/share. */
export interface PortingOrdersActionsSharePathParams
  extends Members<operations["SharePortingOrder"]["parameters"]["path"]>, Named {}

/** Request body of POST /porting_orders/{id}/actions/share. */
export interface PortingOrdersActionsShareParams
  extends
    Members<NonNullable<operations["SharePortingOrder"]["requestBody"]>["content"]["application/json"]>,
    Named {}

/** Result of POST /porting_orders/{id}/actions/share. */
export interface PortingOrdersActionsShareResponse
  extends Members<operations["SharePortingOrder"]["responses"][201]["content"]["application/json"]>, Named {}

/** Path parameters of GET /porting_orders/{id}/activation_jobs. */
export interface PortingOrdersActivationJobsListPathParams
  extends Members<operations["ListPortingOrderActivationJobs"]["parameters"]["path"]>, Named {}

/** Query parameters of GET /porting_orders/{id}/activation_jobs. */
export interface PortingOrdersActivationJobsListQuery
  extends Members<NonNullable<operations["ListPortingOrderActivationJobs"]["parameters"]["query"]>>, Named {}

/** Result of GET /porting_orders/{id}/activation_jobs. */
export interface PortingOrdersActivationJobsListResponse
  extends
    Members<operations["ListPortingOrderActivationJobs"]["responses"][200]["content"]["application/json"]>,
    Named {}

/** One item of the list returned by GET /porting_orders/{id}/activation_jobs. */
export type PortingOrdersActivationJobsListItem = NonNullable<
  PortingOrdersActivationJobsListResponse["data"]
>[number];

/** Path parameters of GET /porting_orders/{id}/activation_jobs/{activationJobId}. */
export interface PortingOrdersActivationJobsRetrievePathParams
  extends Members<operations["GetPortingOrdersActivationJob"]["parameters"]["path"]>, Named {}

/** Result of GET /porting_orders/{id}/activation_jobs/{activationJobId}. */
export interface PortingOrdersActivationJobsRetrieveResponse
  extends
    Members<operations["GetPortingOrdersActivationJob"]["responses"][200]["content"]["application/json"]>,
    Named {}

/** Path parameters of PATCH /porting_orders/{id}/activation_jobs/{activationJobId}. */
export interface PortingOrdersActivationJobsUpdatePathParams
  extends Members<operations["UpdatePortingOrdersActivationJob"]["parameters"]["path"]>, Named {}

/** Request body of PATCH /porting_orders/{id}/activation_jobs/{activationJobId}. */
export interface PortingOrdersActivationJobsUpdateParams
  extends
    Members<
      NonNullable<
        operations["UpdatePortingOrdersActivationJob"]["requestBody"]
      >["content"]["application/json"]
    >,
    Named {}

/** Result of PATCH /porting_orders/{id}/activation_jobs/{activationJobId}. */
export interface PortingOrdersActivationJobsUpdateResponse
  extends
    Members<operations["UpdatePortingOrdersActivationJob"]["responses"][200]["content"]["application/json"]>,
    Named {}

/** Path parameters of GET /porting_orders/{id}/additional_documents. */
export interface PortingOrdersAdditionalDocumentsListPathParams
  extends Members<operations["ListAdditionalDocuments"]["parameters"]["path"]>, Named {}

/** Query parameters of GET /porting_orders/{id}/additional_documents. */
export interface PortingOrdersAdditionalDocumentsListQuery
  extends Members<NonNullable<operations["ListAdditionalDocuments"]["parameters"]["query"]>>, Named {}

/** Result of GET /porting_orders/{id}/additional_documents. */
export interface PortingOrdersAdditionalDocumentsListResponse
  extends
    Members<operations["ListAdditionalDocuments"]["responses"][200]["content"]["application/json"]>,
    Named {}

/** One item of the list returned by GET /porting_orders/{id}/additional_documents. */
export type PortingOrdersAdditionalDocumentsListItem = NonNullable<
  PortingOrdersAdditionalDocumentsListResponse["data"]
>[number];

/** Path parameters of POST /porting_orders/{id}/additional_documents. */
export interface PortingOrdersAdditionalDocumentsCreatePathParams
  extends Members<operations["CreateAdditionalDocuments"]["parameters"]["path"]>, Named {}

/** Request body of POST /porting_orders/{id}/additional_documents. */
export interface PortingOrdersAdditionalDocumentsCreateParams
  extends
    Members<
      NonNullable<operations["CreateAdditionalDocuments"]["requestBody"]>["content"]["application/json"]
    >,
    Named {}

/** Result of POST /porting_orders/{id}/additional_documents. */
export interface PortingOrdersAdditionalDocumentsCreateResponse
  extends
    Members<operations["CreateAdditionalDocuments"]["responses"][201]["content"]["application/json"]>,
    Named {}

/** Path parameters of DELETE /porting_orders/{id}/additional_documents/{additional_document_id}. */
export interface PortingOrdersAdditionalDocumentsDeletePathParams
  extends Members<operations["DeleteAdditionalDocument"]["parameters"]["path"]>, Named {}

/** Result of DELETE /porting_orders/{id}/additional_documents/{additional_document_id}. */
export type PortingOrdersAdditionalDocumentsDeleteResponse = void;

/** Path parameters of GET /porting_orders/{id}/allowed_foc_windows. */
export interface PortingOrdersRetrieveAllowedFocWindowsPathParams
  extends Members<operations["ListAllowedFocWindows"]["parameters"]["path"]>, Named {}

/** Result of GET /porting_orders/{id}/allowed_foc_windows. */
export interface PortingOrdersRetrieveAllowedFocWindowsResponse
  extends
    Members<operations["ListAllowedFocWindows"]["responses"][200]["content"]["application/json"]>,
    Named {}

/** Path parameters of GET /porting_orders/{id}/comments. */
export interface PortingOrdersCommentsListPathParams
  extends Members<operations["ListPortingOrderComments"]["parameters"]["path"]>, Named {}

/** Query parameters of GET /porting_orders/{id}/comments. */
export interface PortingOrdersCommentsListQuery
  extends Members<NonNullable<operations["ListPortingOrderComments"]["parameters"]["query"]>>, Named {}

/** Result of GET /porting_orders/{id}/comments. */
export interface PortingOrdersCommentsListResponse
  extends
    Members<operations["ListPortingOrderComments"]["responses"][200]["content"]["application/json"]>,
    Named {}

/** One item of the list returned by GET /porting_orders/{id}/comments. */
export type PortingOrdersCommentsListItem = NonNullable<PortingOrdersCommentsListResponse["data"]>[number];

/** Path parameters of POST /porting_orders/{id}/comments. */
export interface PortingOrdersCommentsCreatePathParams
  extends Members<operations["CreatePortingOrderComment"]["parameters"]["path"]>, Named {}

/** Request body of POST /porting_orders/{id}/comments. */
export interface PortingOrdersCommentsCreateParams
  extends
    Members<
      NonNullable<operations["CreatePortingOrderComment"]["requestBody"]>["content"]["application/json"]
    >,
    Named {}

/** Result of POST /porting_orders/{id}/comments. */
export interface PortingOrdersCommentsCreateResponse
  extends
    Members<operations["CreatePortingOrderComment"]["responses"][201]["content"]["application/json"]>,
    Named {}

/** Path parameters of GET /porting_orders/{id}/loa_template. */
export interface PortingOrdersRetrieveLoaTemplatePathParams
  extends Members<operations["GetPortingOrderLoaTemplate"]["parameters"]["path"]>, Named {}

/** Query parameters of GET /porting_orders/{id}/loa_template. */
export interface PortingOrdersRetrieveLoaTemplateQuery
  extends Members<NonNullable<operations["GetPortingOrderLoaTemplate"]["parameters"]["query"]>>, Named {}

/** Result of GET /porting_orders/{id}/loa_template. */
export type PortingOrdersRetrieveLoaTemplateResponse = File;

/** Path parameters of GET /porting_orders/{id}/requirements. */
export interface PortingOrdersRetrieveRequirementsPathParams
  extends Members<operations["ListPortingOrderRequirements"]["parameters"]["path"]>, Named {}

/** Query parameters of GET /porting_orders/{id}/requirements. */
export interface PortingOrdersRetrieveRequirementsQuery
  extends Members<NonNullable<operations["ListPortingOrderRequirements"]["parameters"]["query"]>>, Named {}

/** Result of GET /porting_orders/{id}/requirements. */
export interface PortingOrdersRetrieveRequirementsResponse
  extends
    Members<operations["ListPortingOrderRequirements"]["responses"][200]["content"]["application/json"]>,
    Named {}

/** One item of the list returned by GET /porting_orders/{id}/requirements. */
export type PortingOrdersRetrieveRequirementsItem = NonNullable<
  PortingOrdersRetrieveRequirementsResponse["data"]
>[number];

/** Path parameters of GET /porting_orders/{id}/sub_request. */
export interface PortingOrdersRetrieveSubRequestPathParams
  extends Members<operations["GetPortingOrderSubRequest"]["parameters"]["path"]>, Named {}

/** Result of GET /porting_orders/{id}/sub_request. */
export interface PortingOrdersRetrieveSubRequestResponse
  extends
    Members<operations["GetPortingOrderSubRequest"]["responses"][200]["content"]["application/json"]>,
    Named {}

/** Path parameters of GET /porting_orders/{id}/verification_codes. */
export interface PortingOrdersVerificationCodesListPathParams
  extends Members<operations["ListVerificationCodes"]["parameters"]["path"]>, Named {}

/** Query parameters of GET /porting_orders/{id}/verification_codes. */
export interface PortingOrdersVerificationCodesListQuery
  extends Members<NonNullable<operations["ListVerificationCodes"]["parameters"]["query"]>>, Named {}

/** Result of GET /porting_orders/{id}/verification_codes. */
export interface PortingOrdersVerificationCodesListResponse
  extends
    Members<operations["ListVerificationCodes"]["responses"][200]["content"]["application/json"]>,
    Named {}

/** One item of the list returned by GET /porting_orders/{id}/verification_codes. */
export type PortingOrdersVerificationCodesListItem = NonNullable<
  PortingOrdersVerificationCodesListResponse["data"]
>[number];

/** Path parameters of POST /porting_orders/{id}/verification_codes/send. */
export interface PortingOrdersVerificationCodesSendPathParams
  extends Members<operations["SendPortingVerificationCodes"]["parameters"]["path"]>, Named {}

/** Request body of POST /porting_orders/{id}/verification_codes/send. */
export interface PortingOrdersVerificationCodesSendParams
  extends
    Members<
      NonNullable<operations["SendPortingVerificationCodes"]["requestBody"]>["content"]["application/json"]
    >,
    Named {}

/** Result of POST /porting_orders/{id}/verification_codes/send. */
export type PortingOrdersVerificationCodesSendResponse = void;

/** Path parameters of POST /porting_orders/{id}/verification_codes/verify. */
export interface PortingOrdersVerificationCodesVerifyPathParams
  extends Members<operations["VerifyPortingVerificationCodes"]["parameters"]["path"]>, Named {}

/** Request body of POST /porting_orders/{id}/verification_codes/verify. */
export interface PortingOrdersVerificationCodesVerifyParams
  extends
    Members<
      NonNullable<operations["VerifyPortingVerificationCodes"]["requestBody"]>["content"]["application/json"]
    >,
    Named {}

/** Result of POST /porting_orders/{id}/verification_codes/verify. */
export interface PortingOrdersVerificationCodesVerifyResponse
  extends
    Members<operations["VerifyPortingVerificationCodes"]["responses"][200]["content"]["application/json"]>,
    Named {}

/** Path parameters of GET /porting_orders/{porting_order_id}/action_requirements. */
export interface PortingOrdersActionRequirementsListPathParams
  extends Members<operations["listPortingActionRequirements"]["parameters"]["path"]>, Named {}

/** Query parameters of GET /porting_orders/{porting_order_id}/action_requirements. */
export interface PortingOrdersActionRequirementsListQuery
  extends Members<NonNullable<operations["listPortingActionRequirements"]["parameters"]["query"]>>, Named {}

/** Result of GET /porting_orders/{porting_order_id}/action_requirements. */
export interface PortingOrdersActionRequirementsListResponse
  extends
    Members<operations["listPortingActionRequirements"]["responses"][200]["content"]["application/json"]>,
    Named {}

/** One item of the list returned by GET /porting_orders/{porting_order_id}/action_requirements. */
export type PortingOrdersActionRequirementsListItem = NonNullable<
  PortingOrdersActionRequirementsListResponse["data"]
>[number];

/** Path parameters of POST /porting_orders/{porting_order_id}/action_requirements/{id}/initiate. */
export interface PortingOrdersActionRequirementsInitiatePathParams
  extends Members<operations["initiatePortingActionRequirement"]["parameters"]["path"]>, Named {}

/** Request body of POST /porting_orders/{porting_order_id}/action_requirements/{id}/initiate. */
export interface PortingOrdersActionRequirementsInitiateParams
  extends
    Members<
      NonNullable<
        operations["initiatePortingActionRequirement"]["requestBody"]
      >["content"]["application/json"]
    >,
    Named {}

/** Result of POST /porting_orders/{porting_order_id}/action_requirements/{id}/initiate. */
export interface PortingOrdersActionRequirementsInitiateResponse
  extends
    Members<operations["initiatePortingActionRequirement"]["responses"][200]["content"]["application/json"]>,
    Named {}

/** Path parameters of GET /porting_orders/{porting_order_id}/associated_phone_numbers. */
export interface PortingOrdersAssociatedPhoneNumbersListPathParams
  extends Members<operations["listPortingAssociatedPhoneNumbers"]["parameters"]["path"]>, Named {}

/** Query parameters of GET /porting_orders/{porting_order_id}/associated_phone_numbers. */
export interface PortingOrdersAssociatedPhoneNumbersListQuery
  extends
    Members<NonNullable<operations["listPortingAssociatedPhoneNumbers"]["parameters"]["query"]>>,
    Named {}

/** Result of GET /porting_orders/{porting_order_id}/associated_phone_numbers. */
export interface PortingOrdersAssociatedPhoneNumbersListResponse
  extends
    Members<operations["listPortingAssociatedPhoneNumbers"]["responses"][200]["content"]["application/json"]>,
    Named {}

/** One item of the list returned by GET /porting_orders/{porting_order_id}/associated_phone_numbers. */
export type PortingOrdersAssociatedPhoneNumbersListItem = NonNullable<
  PortingOrdersAssociatedPhoneNumbersListResponse["data"]
>[number];

/** Path parameters of POST /porting_orders/{porting_order_id}/associated_phone_numbers. */
export interface PortingOrdersAssociatedPhoneNumbersCreatePathParams
  extends Members<operations["createPortingAssociatedPhoneNumber"]["parameters"]["path"]>, Named {}

/** Request body of POST /porting_orders/{porting_order_id}/associated_phone_numbers. */
export interface PortingOrdersAssociatedPhoneNumbersCreateParams
  extends
    Members<
      NonNullable<
        operations["createPortingAssociatedPhoneNumber"]["requestBody"]
      >["content"]["application/json"]
    >,
    Named {}

/** Result of POST /porting_orders/{porting_order_id}/associated_phone_numbers. */
export interface PortingOrdersAssociatedPhoneNumbersCreateResponse
  extends
    Members<
      operations["createPortingAssociatedPhoneNumber"]["responses"][201]["content"]["application/json"]
    >,
    Named {}

/** Path parameters of DELETE /porting_orders/{porting_order_id}/associated_phone_numbers/{id}. */
export interface PortingOrdersAssociatedPhoneNumbersDeletePathParams
  extends Members<operations["deletePortingAssociatedPhoneNumber"]["parameters"]["path"]>, Named {}

/** Result of DELETE /porting_orders/{porting_order_id}/associated_phone_numbers/{id}. */
export interface PortingOrdersAssociatedPhoneNumbersDeleteResponse
  extends
    Members<
      operations["deletePortingAssociatedPhoneNumber"]["responses"][200]["content"]["application/json"]
    >,
    Named {}

/** Path parameters of GET /porting_orders/{porting_order_id}/phone_number_blocks. */
export interface PortingOrdersPhoneNumberBlocksListPathParams
  extends Members<operations["listPortingPhoneNumberBlocks"]["parameters"]["path"]>, Named {}

/** Query parameters of GET /porting_orders/{porting_order_id}/phone_number_blocks. */
export interface PortingOrdersPhoneNumberBlocksListQuery
  extends Members<NonNullable<operations["listPortingPhoneNumberBlocks"]["parameters"]["query"]>>, Named {}

/** Result of GET /porting_orders/{porting_order_id}/phone_number_blocks. */
export interface PortingOrdersPhoneNumberBlocksListResponse
  extends
    Members<operations["listPortingPhoneNumberBlocks"]["responses"][200]["content"]["application/json"]>,
    Named {}

/** One item of the list returned by GET /porting_orders/{porting_order_id}/phone_number_blocks. */
export type PortingOrdersPhoneNumberBlocksListItem = NonNullable<
  PortingOrdersPhoneNumberBlocksListResponse["data"]
>[number];

/** Path parameters of POST /porting_orders/{porting_order_id}/phone_number_blocks. */
export interface PortingOrdersPhoneNumberBlocksCreatePathParams
  extends Members<operations["createPortingPhoneNumberBlock"]["parameters"]["path"]>, Named {}

/** Request body of POST /porting_orders/{porting_order_id}/phone_number_blocks. */
export interface PortingOrdersPhoneNumberBlocksCreateParams
  extends
    Members<
      NonNullable<operations["createPortingPhoneNumberBlock"]["requestBody"]>["content"]["application/json"]
    >,
    Named {}

/** Result of POST /porting_orders/{porting_order_id}/phone_number_blocks. */
export interface PortingOrdersPhoneNumberBlocksCreateResponse
  extends
    Members<operations["createPortingPhoneNumberBlock"]["responses"][201]["content"]["application/json"]>,
    Named {}

/** Path parameters of DELETE /porting_orders/{porting_order_id}/phone_number_blocks/{id}. */
export interface PortingOrdersPhoneNumberBlocksDeletePathParams
  extends Members<operations["deletePortingPhoneNumberBlock"]["parameters"]["path"]>, Named {}

/** Result of DELETE /porting_orders/{porting_order_id}/phone_number_blocks/{id}. */
export interface PortingOrdersPhoneNumberBlocksDeleteResponse
  extends
    Members<operations["deletePortingPhoneNumberBlock"]["responses"][200]["content"]["application/json"]>,
    Named {}

/** Path parameters of GET /porting_orders/{porting_order_id}/phone_number_extensions. */
export interface PortingOrdersPhoneNumberExtensionsListPathParams
  extends Members<operations["listPortingPhoneNumberExtensions"]["parameters"]["path"]>, Named {}

/** Query parameters of GET /porting_orders/{porting_order_id}/phone_number_extensions. */
export interface PortingOrdersPhoneNumberExtensionsListQuery
  extends
    Members<NonNullable<operations["listPortingPhoneNumberExtensions"]["parameters"]["query"]>>,
    Named {}

/** Result of GET /porting_orders/{porting_order_id}/phone_number_extensions. */
export interface PortingOrdersPhoneNumberExtensionsListResponse
  extends
    Members<operations["listPortingPhoneNumberExtensions"]["responses"][200]["content"]["application/json"]>,
    Named {}

/** One item of the list returned by GET /porting_orders/{porting_order_id}/phone_number_extensions. */
export type PortingOrdersPhoneNumberExtensionsListItem = NonNullable<
  PortingOrdersPhoneNumberExtensionsListResponse["data"]
>[number];

/** Path parameters of POST /porting_orders/{porting_order_id}/phone_number_extensions. */
export interface PortingOrdersPhoneNumberExtensionsCreatePathParams
  extends Members<operations["createPortingPhoneNumberExtension"]["parameters"]["path"]>, Named {}

/** Request body of POST /porting_orders/{porting_order_id}/phone_number_extensions. */
export interface PortingOrdersPhoneNumberExtensionsCreateParams
  extends
    Members<
      NonNullable<
        operations["createPortingPhoneNumberExtension"]["requestBody"]
      >["content"]["application/json"]
    >,
    Named {}

/** Result of POST /porting_orders/{porting_order_id}/phone_number_extensions. */
export interface PortingOrdersPhoneNumberExtensionsCreateResponse
  extends
    Members<operations["createPortingPhoneNumberExtension"]["responses"][201]["content"]["application/json"]>,
    Named {}

/** Path parameters of DELETE /porting_orders/{porting_order_id}/phone_number_extensions/{id}. */
export interface PortingOrdersPhoneNumberExtensionsDeletePathParams
  extends Members<operations["deletePortingPhoneNumberExtension"]["parameters"]["path"]>, Named {}

/** Result of DELETE /porting_orders/{porting_order_id}/phone_number_extensions/{id}. */
export interface PortingOrdersPhoneNumberExtensionsDeleteResponse
  extends
    Members<operations["deletePortingPhoneNumberExtension"]["responses"][200]["content"]["application/json"]>,
    Named {}

/** Query parameters of GET /porting_phone_numbers. */
export interface PortingPhoneNumbersListQuery
  extends Members<NonNullable<operations["ListPortingPhoneNumbers"]["parameters"]["query"]>>, Named {}

/** Result of GET /porting_phone_numbers. */
export interface PortingPhoneNumbersListResponse
  extends
    Members<operations["ListPortingPhoneNumbers"]["responses"][200]["content"]["application/json"]>,
    Named {}

/** One item of the list returned by GET /porting_phone_numbers. */
export type PortingPhoneNumbersListItem = NonNullable<PortingPhoneNumbersListResponse["data"]>[number];

/** Credentials, server and retry policy of the calls: what createTelnyxConfig() takes. */
export interface TelnyxConfigOptions {
  /** Telnyx API key (Mission Control portal). Defaults to the TELNYX_API_KEY environment variable. */
  apiKey?: string;
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
function authorization(options: TelnyxConfigOptions): () => string | undefined | Promise<string | undefined> {
  const token = options.apiKey ?? env("TELNYX_API_KEY");
  const header = token ? bearer(token) : undefined;
  return () => header;
}

/** The config every function below takes: credentials (from the options or the environment), server, retry policy. */
export function createTelnyxConfig(options: TelnyxConfigOptions = {}): ClientConfig {
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
 * List brands `GET /10dlc/brand`. Await for the first page; `for await` iterates every item of every page.
 *
 * Returns the account's brands one page at a time, with optional filters and sorting. Records are a summary view; fetch a single brand for the full registration details.
 *
 * @param query - The query parameters `page`, `recordsPerPage`, `sort`, `displayName`, `entityType`, `state`, `country`, `brandId`, `tcrBrandId`; each is described on its field.
 * @see [List brands in the guide](./docs/10dlc.md#messaging10dlc-brand-list)
 * @example
 * ```ts
 * const telnyx = createTelnyxConfig();
 * const brands = await messaging10dlcBrandList(telnyx, {
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
export function messaging10dlcBrandList(
  client: ClientConfig,
  query?: Messaging10dlcBrandListQuery,
  options?: RequestOptions,
): PagePromise<Messaging10dlcBrandListResponse, Messaging10dlcBrandListItem> {
  return list<Messaging10dlcBrandListResponse, Messaging10dlcBrandListItem>(
    client,
    {
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
    { query },
    options,
  );
}

/**
 * Create a brand `POST /10dlc/brand`
 *
 * Registers a brand, the business entity behind US A2P 10DLC traffic, and is the first step of the flow. The brand starts out pending; poll it until `status` is `OK` before submitting campaigns.
 *
 * @param body - Details of the business to register as a 10DLC brand.
 * @see [Create a brand in the guide](./docs/10dlc.md#messaging10dlc-brand-create)
 * @example
 * ```ts
 * const telnyx = createTelnyxConfig();
 * const brand = await messaging10dlcBrandCreate(telnyx, {
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
export function messaging10dlcBrandCreate(
  client: ClientConfig,
  body: Messaging10dlcBrandCreateParams,
  options?: RequestOptions,
): APIPromise<Messaging10dlcBrandCreateResponse> {
  return request<Messaging10dlcBrandCreateResponse>(
    client,
    { method: "POST", path: "/10dlc/brand", response: "json" },
    { body },
    options,
  );
}

/**
 * Get a brand `GET /10dlc/brand/{brandId}`
 *
 * Returns the full registration record of one brand, including its vetting state and how many campaigns use it.
 *
 * @param brandId - Telnyx brand ID returned when the brand was created (not the TCR brand ID). Telnyx's API reference calls it a UUID, but its published OpenAPI spec declares no format, so none is enforced.
 * @see [Get a brand in the guide](./docs/10dlc.md#messaging10dlc-brand-retrieve)
 * @example
 * ```ts
 * const telnyx = createTelnyxConfig();
 * const brand = await messaging10dlcBrandRetrieve(telnyx, "4b20019b-043a-78f8-0657-b3be3f4b4002");
 * console.log(brand.brandId);
 * ```
 */
export function messaging10dlcBrandRetrieve(
  client: ClientConfig,
  brandId: Messaging10dlcBrandRetrievePathParams["brandId"],
  options?: RequestOptions,
): APIPromise<Messaging10dlcBrandRetrieveResponse> {
  return request<Messaging10dlcBrandRetrieveResponse>(
    client,
    { method: "GET", path: "/10dlc/brand/{brandId}", response: "json" },
    { path: { brandId } },
    options,
  );
}

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
 * const telnyx = createTelnyxConfig();
 * const brand = await messaging10dlcBrandUpdate(telnyx, "4b20019b-043a-78f8-0657-b3be3f4b4002", {
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
export function messaging10dlcBrandUpdate(
  client: ClientConfig,
  brandId: Messaging10dlcBrandUpdatePathParams["brandId"],
  body: Messaging10dlcBrandUpdateParams,
  options?: RequestOptions,
): APIPromise<Messaging10dlcBrandUpdateResponse> {
  return request<Messaging10dlcBrandUpdateResponse>(
    client,
    { method: "PUT", path: "/10dlc/brand/{brandId}", response: "json" },
    { path: { brandId }, body },
    options,
  );
}

/**
 * Delete a brand `DELETE /10dlc/brand/{brandId}`
 *
 * Deletes a brand. It is refused while the brand still has active campaigns; deactivate them first (Telnyx requires them to have been inactive for at least three months).
 *
 * @param brandId - Telnyx brand ID returned when the brand was created (not the TCR brand ID). Telnyx's API reference calls it a UUID, but its published OpenAPI spec declares no format, so none is enforced.
 * @see [Delete a brand in the guide](./docs/10dlc.md#messaging10dlc-brand-delete)
 * @example
 * ```ts
 * const telnyx = createTelnyxConfig();
 * await messaging10dlcBrandDelete(telnyx, "4b20019b-043a-78f8-0657-b3be3f4b4002");
 * ```
 */
export function messaging10dlcBrandDelete(
  client: ClientConfig,
  brandId: Messaging10dlcBrandDeletePathParams["brandId"],
  options?: RequestOptions,
): APIPromise<Messaging10dlcBrandDeleteResponse> {
  return request<Messaging10dlcBrandDeleteResponse>(
    client,
    { method: "DELETE", path: "/10dlc/brand/{brandId}", response: "none" },
    { path: { brandId } },
    options,
  );
}

/**
 * Get brand feedback `GET /10dlc/brand/feedback/{brandId}`
 *
 * Explains, by category, why TCR could not verify a brand and which fields to correct. Use it after a brand ends up `UNVERIFIED` or failed, before updating and revetting it.
 *
 * @param brandId - Telnyx brand ID returned when the brand was created (not the TCR brand ID). Telnyx's API reference calls it a UUID, but its published OpenAPI spec declares no format, so none is enforced.
 * @see [Get brand feedback in the guide](./docs/10dlc.md#messaging10dlc-brand-getfeedback)
 * @example
 * ```ts
 * const telnyx = createTelnyxConfig();
 * const result = await messaging10dlcBrandGetFeedback(telnyx, "4b20019b-043a-78f8-0657-b3be3f4b4002");
 * console.log(result.brandId);
 * ```
 */
export function messaging10dlcBrandGetFeedback(
  client: ClientConfig,
  brandId: Messaging10dlcBrandGetFeedbackPathParams["brandId"],
  options?: RequestOptions,
): APIPromise<Messaging10dlcBrandGetFeedbackResponse> {
  return request<Messaging10dlcBrandGetFeedbackResponse>(
    client,
    { method: "GET", path: "/10dlc/brand/feedback/{brandId}", response: "json" },
    { path: { brandId } },
    options,
  );
}

/**
 * Resend the brand 2FA email `POST /10dlc/brand/{brandId}/2faEmail`
 *
 * Sends the two-factor verification email for a brand again, for example when the contact lost or never received the first one. Nothing is returned in the body.
 *
 * @param brandId - Telnyx brand ID returned when the brand was created (not the TCR brand ID). Telnyx's API reference calls it a UUID, but its published OpenAPI spec declares no format, so none is enforced.
 * @see [Resend the brand 2FA email in the guide](./docs/10dlc.md#messaging10dlc-brand-resend2faemail)
 * @example
 * ```ts
 * const telnyx = createTelnyxConfig();
 * await messaging10dlcBrandResend2faEmail(telnyx, "4b20019b-043a-78f8-0657-b3be3f4b4002");
 * ```
 */
export function messaging10dlcBrandResend2faEmail(
  client: ClientConfig,
  brandId: Messaging10dlcBrandResend2faEmailPathParams["brandId"],
  options?: RequestOptions,
): APIPromise<Messaging10dlcBrandResend2faEmailResponse> {
  return request<Messaging10dlcBrandResend2faEmailResponse>(
    client,
    { method: "POST", path: "/10dlc/brand/{brandId}/2faEmail", response: "none" },
    { path: { brandId } },
    options,
  );
}

/**
 * List external vettings `GET /10dlc/brand/{brandId}/externalVetting`
 *
 * Returns every external vetting ordered or imported for a brand, with its provider, class and score. The body is a plain JSON array, not a paged object.
 *
 * @param brandId - Telnyx brand ID returned when the brand was created (not the TCR brand ID). Telnyx's API reference calls it a UUID, but its published OpenAPI spec declares no format, so none is enforced.
 * @see [List external vettings in the guide](./docs/10dlc.md#messaging10dlc-brand-externalvetting-list)
 * @example
 * ```ts
 * const telnyx = createTelnyxConfig();
 * const externalVettings = await messaging10dlcBrandExternalVettingList(telnyx, "4b20019b-043a-78f8-0657-b3be3f4b4002");
 * console.log(externalVettings.length);
 * ```
 */
export function messaging10dlcBrandExternalVettingList(
  client: ClientConfig,
  brandId: Messaging10dlcBrandExternalVettingListPathParams["brandId"],
  options?: RequestOptions,
): APIPromise<Messaging10dlcBrandExternalVettingListResponse> {
  return request<Messaging10dlcBrandExternalVettingListResponse>(
    client,
    { method: "GET", path: "/10dlc/brand/{brandId}/externalVetting", response: "json" },
    { path: { brandId } },
    options,
  );
}

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
 * const telnyx = createTelnyxConfig();
 * const result = await messaging10dlcBrandExternalVettingOrder(telnyx, "4b20019b-043a-78f8-0657-b3be3f4b4002", {
 *   evpId: "AEGIS",
 *   vettingClass: "STANDARD",
 * });
 * console.log(result.evpId);
 * ```
 */
export function messaging10dlcBrandExternalVettingOrder(
  client: ClientConfig,
  brandId: Messaging10dlcBrandExternalVettingOrderPathParams["brandId"],
  body: Messaging10dlcBrandExternalVettingOrderParams,
  options?: RequestOptions,
): APIPromise<Messaging10dlcBrandExternalVettingOrderResponse> {
  return request<Messaging10dlcBrandExternalVettingOrderResponse>(
    client,
    { method: "POST", path: "/10dlc/brand/{brandId}/externalVetting", response: "json" },
    { path: { brandId }, body },
    options,
  );
}

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
 * const telnyx = createTelnyxConfig();
 * const result = await messaging10dlcBrandExternalVettingImports(telnyx, "4b20019b-043a-78f8-0657-b3be3f4b4002", {
 *   evpId: "AEGIS",
 *   vettingId: "3e8b1d47-6a2f-4c95-9e0b-7d4a2f1c6e83",
 *   vettingToken: "4tR8wL2nZ6",
 * });
 * console.log(result.evpId);
 * ```
 */
export function messaging10dlcBrandExternalVettingImports(
  client: ClientConfig,
  brandId: Messaging10dlcBrandExternalVettingImportsPathParams["brandId"],
  body: Messaging10dlcBrandExternalVettingImportsParams,
  options?: RequestOptions,
): APIPromise<Messaging10dlcBrandExternalVettingImportsResponse> {
  return request<Messaging10dlcBrandExternalVettingImportsResponse>(
    client,
    { method: "PUT", path: "/10dlc/brand/{brandId}/externalVetting", response: "json" },
    { path: { brandId }, body },
    options,
  );
}

/**
 * Revet a brand `PUT /10dlc/brand/{brandId}/revet`
 *
 * Asks TCR to verify the brand's identity again, typically after its details were corrected. Telnyx allows this once after registration and then at most once every three months.
 *
 * @param brandId - Telnyx brand ID returned when the brand was created (not the TCR brand ID). Telnyx's API reference calls it a UUID, but its published OpenAPI spec declares no format, so none is enforced.
 * @see [Revet a brand in the guide](./docs/10dlc.md#messaging10dlc-brand-revet)
 * @example
 * ```ts
 * const telnyx = createTelnyxConfig();
 * const result = await messaging10dlcBrandRevet(telnyx, "4b20019b-043a-78f8-0657-b3be3f4b4002");
 * console.log(result.brandId);
 * ```
 */
export function messaging10dlcBrandRevet(
  client: ClientConfig,
  brandId: Messaging10dlcBrandRevetPathParams["brandId"],
  options?: RequestOptions,
): APIPromise<Messaging10dlcBrandRevetResponse> {
  return request<Messaging10dlcBrandRevetResponse>(
    client,
    { method: "PUT", path: "/10dlc/brand/{brandId}/revet", response: "json" },
    { path: { brandId } },
    options,
  );
}

/**
 * Get a brand's SMS OTP status `GET /10dlc/brand/{brandId}/smsOtp`
 *
 * Returns the latest one-time-password verification request of a sole proprietor brand: where the PIN SMS was delivered and whether it has been verified.
 *
 * @param brandId - Telnyx ID of a sole proprietor brand (not the TCR brand ID); SMS OTP verification applies only to `SOLE_PROPRIETOR` brands.
 * @see [Get a brand's SMS OTP status in the guide](./docs/10dlc.md#messaging10dlc-brand-retrievesmsotpstatus)
 * @example
 * ```ts
 * const telnyx = createTelnyxConfig();
 * const result = await messaging10dlcBrandRetrieveSmsOtpStatus(telnyx, "4b20019c-8a61-2f3e-91d7-0c5b6e8f2a11");
 * console.log(result.brandId);
 * ```
 */
export function messaging10dlcBrandRetrieveSmsOtpStatus(
  client: ClientConfig,
  brandId: Messaging10dlcBrandRetrieveSmsOtpStatusPathParams["brandId"],
  options?: RequestOptions,
): APIPromise<Messaging10dlcBrandRetrieveSmsOtpStatusResponse> {
  return request<Messaging10dlcBrandRetrieveSmsOtpStatusResponse>(
    client,
    { method: "GET", path: "/10dlc/brand/{brandId}/smsOtp", response: "json" },
    { path: { brandId } },
    options,
  );
}

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
 * const telnyx = createTelnyxConfig();
 * const result = await messaging10dlcBrandTriggerSmsOtp(telnyx, "4b20019c-8a61-2f3e-91d7-0c5b6e8f2a11", {
 *   pinSms: "Rivera Dog Walking: your brand verification PIN is \@OTP_PIN@. It expires in 24 hours.",
 *   successSms: "Rivera Dog Walking: your brand is now verified. Thank you!",
 * });
 * console.log(result.brandId);
 * ```
 */
export function messaging10dlcBrandTriggerSmsOtp(
  client: ClientConfig,
  brandId: Messaging10dlcBrandTriggerSmsOtpPathParams["brandId"],
  body: Messaging10dlcBrandTriggerSmsOtpParams,
  options?: RequestOptions,
): APIPromise<Messaging10dlcBrandTriggerSmsOtpResponse> {
  return request<Messaging10dlcBrandTriggerSmsOtpResponse>(
    client,
    { method: "POST", path: "/10dlc/brand/{brandId}/smsOtp", response: "json" },
    { path: { brandId }, body },
    options,
  );
}

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
 * const telnyx = createTelnyxConfig();
 * await messaging10dlcBrandVerifySmsOtp(telnyx, "4b20019c-8a61-2f3e-91d7-0c5b6e8f2a11", {
 *   otpPin: "482913",
 * });
 * ```
 */
export function messaging10dlcBrandVerifySmsOtp(
  client: ClientConfig,
  brandId: Messaging10dlcBrandVerifySmsOtpPathParams["brandId"],
  body: Messaging10dlcBrandVerifySmsOtpParams,
  options?: RequestOptions,
): APIPromise<Messaging10dlcBrandVerifySmsOtpResponse> {
  return request<Messaging10dlcBrandVerifySmsOtpResponse>(
    client,
    { method: "PUT", path: "/10dlc/brand/{brandId}/smsOtp", response: "none" },
    { path: { brandId }, body },
    options,
  );
}

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
 * const telnyx = createTelnyxConfig();
 * const result = await messaging10dlcBrandGetSmsOtpByReference(telnyx, "OTP4B20019C7Q", {
 *   brandId: "4b20019c-8a61-2f3e-91d7-0c5b6e8f2a11",
 * });
 * console.log(result.brandId);
 * ```
 */
export function messaging10dlcBrandGetSmsOtpByReference(
  client: ClientConfig,
  referenceId: Messaging10dlcBrandGetSmsOtpByReferencePathParams["referenceId"],
  query?: Messaging10dlcBrandGetSmsOtpByReferenceQuery,
  options?: RequestOptions,
): APIPromise<Messaging10dlcBrandGetSmsOtpByReferenceResponse> {
  return request<Messaging10dlcBrandGetSmsOtpByReferenceResponse>(
    client,
    { method: "GET", path: "/10dlc/brand/smsOtp/{referenceId}", response: "json" },
    { path: { referenceId }, query },
    options,
  );
}

/**
 * Submit a campaign `POST /10dlc/campaignBuilder`
 *
 * Submits a messaging campaign for an existing brand to TCR and the carriers; submission incurs an upfront, non-refundable fee, so qualify the use case first. Sample messages go in `sample1`..`sample5`; there is no `sample_messages` list field, although an SDK example in Telnyx's API reference passes one.
 *
 * @param body - Campaign to register for a brand.
 * @see [Submit a campaign in the guide](./docs/10dlc.md#messaging10dlc-campaignbuilder-submit)
 * @example
 * ```ts
 * const telnyx = createTelnyxConfig();
 * const result = await messaging10dlcCampaignBuilderSubmit(telnyx, {
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
export function messaging10dlcCampaignBuilderSubmit(
  client: ClientConfig,
  body: Messaging10dlcCampaignBuilderSubmitParams,
  options?: RequestOptions,
): APIPromise<Messaging10dlcCampaignBuilderSubmitResponse> {
  return request<Messaging10dlcCampaignBuilderSubmitResponse>(
    client,
    { method: "POST", path: "/10dlc/campaignBuilder", response: "json" },
    { body },
    options,
  );
}

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
 * const telnyx = createTelnyxConfig();
 * const result = await messaging10dlcCampaignBuilderBrandQualifyByUsecase(telnyx, "4b20019b-043a-78f8-0657-b3be3f4b4002", "CUSTOMER_CARE");
 * console.log(result.usecase);
 * ```
 */
export function messaging10dlcCampaignBuilderBrandQualifyByUsecase(
  client: ClientConfig,
  brandId: Messaging10dlcCampaignBuilderBrandQualifyByUsecasePathParams["brandId"],
  usecase: Messaging10dlcCampaignBuilderBrandQualifyByUsecasePathParams["usecase"],
  options?: RequestOptions,
): APIPromise<Messaging10dlcCampaignBuilderBrandQualifyByUsecaseResponse> {
  return request<Messaging10dlcCampaignBuilderBrandQualifyByUsecaseResponse>(
    client,
    { method: "GET", path: "/10dlc/campaignBuilder/brand/{brandId}/usecase/{usecase}", response: "json" },
    { path: { brandId, usecase } },
    options,
  );
}

/**
 * List campaigns `GET /10dlc/campaign`. Await for the first page; `for await` iterates every item of every page.
 *
 * Returns the campaigns of one brand a page at a time, with each campaign's registration state and number count. `brandId` is required.
 *
 * @param query - The query parameters `brandId`, `page`, `recordsPerPage`, `sort`; each is described on its field.
 * @see [List campaigns in the guide](./docs/10dlc.md#messaging10dlc-campaign-list)
 * @example
 * ```ts
 * const telnyx = createTelnyxConfig();
 * const campaigns = await messaging10dlcCampaignList(telnyx, {
 *   brandId: "4b20019b-043a-78f8-0657-b3be3f4b4002",
 *   page: 1,
 *   recordsPerPage: 25,
 *   sort: "-assignedPhoneNumbersCount",
 * });
 * console.log(campaigns.page);
 * ```
 */
export function messaging10dlcCampaignList(
  client: ClientConfig,
  query: Messaging10dlcCampaignListQuery,
  options?: RequestOptions,
): PagePromise<Messaging10dlcCampaignListResponse, Messaging10dlcCampaignListItem> {
  return list<Messaging10dlcCampaignListResponse, Messaging10dlcCampaignListItem>(
    client,
    {
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
    { query },
    options,
  );
}

/**
 * Get a campaign `GET /10dlc/campaign/{campaignId}`
 *
 * Returns one campaign with its registration progress. Treat it as ready to carry traffic only once `campaignStatus` reaches `MNO_PROVISIONED`.
 *
 * @param campaignId - Telnyx campaign ID returned by the campaign builder. Telnyx's API reference calls it a UUID, but its published OpenAPI spec declares no format, so none is enforced.
 * @see [Get a campaign in the guide](./docs/10dlc.md#messaging10dlc-campaign-retrieve)
 * @example
 * ```ts
 * const telnyx = createTelnyxConfig();
 * const campaign = await messaging10dlcCampaignRetrieve(telnyx, "4b30018f-5e2c-6a1d-9b07-3c2f1e4d8a90");
 * console.log(campaign.campaignId);
 * ```
 */
export function messaging10dlcCampaignRetrieve(
  client: ClientConfig,
  campaignId: Messaging10dlcCampaignRetrievePathParams["campaignId"],
  options?: RequestOptions,
): APIPromise<Messaging10dlcCampaignRetrieveResponse> {
  return request<Messaging10dlcCampaignRetrieveResponse>(
    client,
    { method: "GET", path: "/10dlc/campaign/{campaignId}", response: "json" },
    { path: { campaignId } },
    options,
  );
}

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
 * const telnyx = createTelnyxConfig();
 * const campaign = await messaging10dlcCampaignUpdate(telnyx, "4b30018f-5e2c-6a1d-9b07-3c2f1e4d8a90", {
 *   sample1: "ABC Mobile: your sign-in code is 482913. Valid for 10 minutes. Reply STOP to opt out.",
 *   sample2: "ABC Mobile: use 771204 to confirm your new device. Never share this code.",
 *   autoRenewal: false,
 *   webhookURL: "https://hooks.abcmobile.example.com/10dlc",
 * });
 * console.log(campaign.campaignId);
 * ```
 */
export function messaging10dlcCampaignUpdate(
  client: ClientConfig,
  campaignId: Messaging10dlcCampaignUpdatePathParams["campaignId"],
  body: Messaging10dlcCampaignUpdateParams,
  options?: RequestOptions,
): APIPromise<Messaging10dlcCampaignUpdateResponse> {
  return request<Messaging10dlcCampaignUpdateResponse>(
    client,
    { method: "PUT", path: "/10dlc/campaign/{campaignId}", response: "json" },
    { path: { campaignId }, body },
    options,
  );
}

/**
 * Deactivate a campaign `DELETE /10dlc/campaign/{campaignId}`
 *
 * Deactivates a campaign for good; this cannot be undone, and numbers on it stop carrying 10DLC traffic. Unlike the rest of 10DLC, the confirmation uses the snake_case key `record_type`.
 *
 * @param campaignId - Telnyx campaign ID returned by the campaign builder. Telnyx's API reference calls it a UUID, but its published OpenAPI spec declares no format, so none is enforced.
 * @see [Deactivate a campaign in the guide](./docs/10dlc.md#messaging10dlc-campaign-deactivate)
 * @example
 * ```ts
 * const telnyx = createTelnyxConfig();
 * const result = await messaging10dlcCampaignDeactivate(telnyx, "4b30018f-5e2c-6a1d-9b07-3c2f1e4d8a90");
 * console.log(result.time);
 * ```
 */
export function messaging10dlcCampaignDeactivate(
  client: ClientConfig,
  campaignId: Messaging10dlcCampaignDeactivatePathParams["campaignId"],
  options?: RequestOptions,
): APIPromise<Messaging10dlcCampaignDeactivateResponse> {
  return request<Messaging10dlcCampaignDeactivateResponse>(
    client,
    { method: "DELETE", path: "/10dlc/campaign/{campaignId}", response: "json" },
    { path: { campaignId } },
    options,
  );
}

/**
 * Get campaign cost `GET /10dlc/campaign/usecase/cost`
 *
 * Returns the upfront and monthly price of registering a campaign with a given use case. `usecase` is required.
 *
 * @param query - The query parameters `usecase`; each is described on its field.
 * @see [Get campaign cost in the guide](./docs/10dlc.md#messaging10dlc-campaign-usecase-getcost)
 * @example
 * ```ts
 * const telnyx = createTelnyxConfig();
 * const result = await messaging10dlcCampaignUsecaseGetCost(telnyx, {
 *   usecase: "CUSTOMER_CARE",
 * });
 * console.log(result.campaignUsecase);
 * ```
 */
export function messaging10dlcCampaignUsecaseGetCost(
  client: ClientConfig,
  query: Messaging10dlcCampaignUsecaseGetCostQuery,
  options?: RequestOptions,
): APIPromise<Messaging10dlcCampaignUsecaseGetCostResponse> {
  return request<Messaging10dlcCampaignUsecaseGetCostResponse>(
    client,
    { method: "GET", path: "/10dlc/campaign/usecase/cost", response: "json" },
    { query },
    options,
  );
}

/**
 * Accept a shared campaign `POST /10dlc/campaign/acceptSharing/{campaignId}`
 *
 * Manually accepts a campaign that another provider shared with Telnyx, so its numbers can be linked here. The path takes the TCR campaign ID, not a Telnyx ID; the acceptance completes asynchronously.
 *
 * @param campaignId - TCR ID of the campaign shared with Telnyx (a `C` followed by five to eight capitals or digits), not a Telnyx campaign ID.
 * @see [Accept a shared campaign in the guide](./docs/10dlc.md#messaging10dlc-campaign-acceptsharing)
 * @example
 * ```ts
 * const telnyx = createTelnyxConfig();
 * const result = await messaging10dlcCampaignAcceptSharing(telnyx, "CM2WQ9D");
 * ```
 */
export function messaging10dlcCampaignAcceptSharing(
  client: ClientConfig,
  campaignId: Messaging10dlcCampaignAcceptSharingPathParams["campaignId"],
  options?: RequestOptions,
): APIPromise<Messaging10dlcCampaignAcceptSharingResponse> {
  return request<Messaging10dlcCampaignAcceptSharingResponse>(
    client,
    { method: "POST", path: "/10dlc/campaign/acceptSharing/{campaignId}", response: "json" },
    { path: { campaignId } },
    options,
  );
}

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
 * const telnyx = createTelnyxConfig();
 * const result = await messaging10dlcCampaignSubmitAppeal(telnyx, "4b30018f-5e2c-6a1d-9b07-3c2f1e4d8a90", {
 *   appeal_reason: "The opt-in page is now public at https://www.abcmobile.example.com/sms-terms and the samples include the brand name and STOP language.",
 * });
 * console.log(result.appealed_at);
 * ```
 */
export function messaging10dlcCampaignSubmitAppeal(
  client: ClientConfig,
  campaignId: Messaging10dlcCampaignSubmitAppealPathParams["campaignId"],
  body: Messaging10dlcCampaignSubmitAppealParams,
  options?: RequestOptions,
): APIPromise<Messaging10dlcCampaignSubmitAppealResponse> {
  return request<Messaging10dlcCampaignSubmitAppealResponse>(
    client,
    { method: "POST", path: "/10dlc/campaign/{campaignId}/appeal", response: "json" },
    { path: { campaignId }, body },
    options,
  );
}

/**
 * Get campaign carrier metadata `GET /10dlc/campaign/{campaignId}/mnoMetadata`
 *
 * Returns, per carrier network, the rules that apply to the campaign: whether the carrier reviews it, how many samples it needs and which opt-in, opt-out and help features are mandatory.
 *
 * @param campaignId - Telnyx campaign ID returned by the campaign builder. Telnyx's API reference calls it a UUID, but its published OpenAPI spec declares no format, so none is enforced.
 * @see [Get campaign carrier metadata in the guide](./docs/10dlc.md#messaging10dlc-campaign-getmnometadata)
 * @example
 * ```ts
 * const telnyx = createTelnyxConfig();
 * const result = await messaging10dlcCampaignGetMnoMetadata(telnyx, "4b30018f-5e2c-6a1d-9b07-3c2f1e4d8a90");
 * console.log(result["10999"]);
 * ```
 */
export function messaging10dlcCampaignGetMnoMetadata(
  client: ClientConfig,
  campaignId: Messaging10dlcCampaignGetMnoMetadataPathParams["campaignId"],
  options?: RequestOptions,
): APIPromise<Messaging10dlcCampaignGetMnoMetadataResponse> {
  return request<Messaging10dlcCampaignGetMnoMetadataResponse>(
    client,
    { method: "GET", path: "/10dlc/campaign/{campaignId}/mnoMetadata", response: "json" },
    { path: { campaignId } },
    options,
  );
}

/**
 * Get campaign operation status `GET /10dlc/campaign/{campaignId}/operationStatus`
 *
 * Returns the campaign's operational state at each carrier, keyed by carrier network ID. Use it to see which carriers have approved the campaign and which are still reviewing it.
 *
 * @param campaignId - Telnyx campaign ID returned by the campaign builder. Telnyx's API reference calls it a UUID, but its published OpenAPI spec declares no format, so none is enforced.
 * @see [Get campaign operation status in the guide](./docs/10dlc.md#messaging10dlc-campaign-getoperationstatus)
 * @example
 * ```ts
 * const telnyx = createTelnyxConfig();
 * const result = await messaging10dlcCampaignGetOperationStatus(telnyx, "4b30018f-5e2c-6a1d-9b07-3c2f1e4d8a90");
 * ```
 */
export function messaging10dlcCampaignGetOperationStatus(
  client: ClientConfig,
  campaignId: Messaging10dlcCampaignGetOperationStatusPathParams["campaignId"],
  options?: RequestOptions,
): APIPromise<Messaging10dlcCampaignGetOperationStatusResponse> {
  return request<Messaging10dlcCampaignGetOperationStatusResponse>(
    client,
    { method: "GET", path: "/10dlc/campaign/{campaignId}/operationStatus", response: "json" },
    { path: { campaignId } },
    options,
  );
}

/**
 * Get campaign OSR attributes `GET /10dlc/campaign/{campaignId}/osr/attributes`
 *
 * Returns the OSR attributes that the registry holds for the campaign, such as its message class. Telnyx's published OpenAPI spec declares a free-form object, so the keys shown are not guaranteed.
 *
 * @param campaignId - Telnyx campaign ID returned by the campaign builder. Telnyx's API reference calls it a UUID, but its published OpenAPI spec declares no format, so none is enforced.
 * @see [Get campaign OSR attributes in the guide](./docs/10dlc.md#messaging10dlc-campaign-osr-getattributes)
 * @example
 * ```ts
 * const telnyx = createTelnyxConfig();
 * const result = await messaging10dlcCampaignOsrGetAttributes(telnyx, "4b30018f-5e2c-6a1d-9b07-3c2f1e4d8a90");
 * ```
 */
export function messaging10dlcCampaignOsrGetAttributes(
  client: ClientConfig,
  campaignId: Messaging10dlcCampaignOsrGetAttributesPathParams["campaignId"],
  options?: RequestOptions,
): APIPromise<Messaging10dlcCampaignOsrGetAttributesResponse> {
  return request<Messaging10dlcCampaignOsrGetAttributesResponse>(
    client,
    { method: "GET", path: "/10dlc/campaign/{campaignId}/osr/attributes", response: "json" },
    { path: { campaignId } },
    options,
  );
}

/**
 * Get campaign sharing status `GET /10dlc/campaign/{campaignId}/sharing`
 *
 * Shows how a campaign is shared between providers: whom you shared it with, who shared it with you, and whether each share was accepted.
 *
 * @param campaignId - Telnyx campaign ID returned by the campaign builder. Telnyx's API reference calls it a UUID, but its published OpenAPI spec declares no format, so none is enforced.
 * @see [Get campaign sharing status in the guide](./docs/10dlc.md#messaging10dlc-campaign-getsharingstatus)
 * @example
 * ```ts
 * const telnyx = createTelnyxConfig();
 * const result = await messaging10dlcCampaignGetSharingStatus(telnyx, "4b30018f-5e2c-6a1d-9b07-3c2f1e4d8a90");
 * console.log(result.sharedByMe);
 * ```
 */
export function messaging10dlcCampaignGetSharingStatus(
  client: ClientConfig,
  campaignId: Messaging10dlcCampaignGetSharingStatusPathParams["campaignId"],
  options?: RequestOptions,
): APIPromise<Messaging10dlcCampaignGetSharingStatusResponse> {
  return request<Messaging10dlcCampaignGetSharingStatusResponse>(
    client,
    { method: "GET", path: "/10dlc/campaign/{campaignId}/sharing", response: "json" },
    { path: { campaignId } },
    options,
  );
}

/**
 * List shared campaigns `GET /10dlc/partner_campaigns`. Await for the first page; `for await` iterates every item of every page.
 *
 * Returns, a page at a time, the campaigns that partners registered elsewhere and shared with Telnyx. Only shares Telnyx has already accepted are listed; pending ones are left out.
 *
 * @param query - The query parameters `page`, `recordsPerPage`, `sort`; each is described on its field.
 * @see [List shared campaigns in the guide](./docs/10dlc.md#messaging10dlc-partnercampaigns-list)
 * @example
 * ```ts
 * const telnyx = createTelnyxConfig();
 * const partnerCampaigns = await messaging10dlcPartnerCampaignsList(telnyx, {
 *   page: 1,
 *   recordsPerPage: 25,
 *   sort: "brandDisplayName",
 * });
 * console.log(partnerCampaigns.page);
 * ```
 */
export function messaging10dlcPartnerCampaignsList(
  client: ClientConfig,
  query?: Messaging10dlcPartnerCampaignsListQuery,
  options?: RequestOptions,
): PagePromise<Messaging10dlcPartnerCampaignsListResponse, Messaging10dlcPartnerCampaignsListItem> {
  return list<Messaging10dlcPartnerCampaignsListResponse, Messaging10dlcPartnerCampaignsListItem>(
    client,
    {
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
    { query },
    options,
  );
}

/**
 * Get a shared campaign `GET /10dlc/partner_campaigns/{campaignId}`
 *
 * Returns one campaign that a partner shared with Telnyx, including its carrier status and how many of your numbers use it.
 *
 * @param campaignId - ID of the shared campaign. Shared campaigns carry only TCR IDs, so the example uses one; no format is enforced.
 * @see [Get a shared campaign in the guide](./docs/10dlc.md#messaging10dlc-partnercampaigns-retrieve)
 * @example
 * ```ts
 * const telnyx = createTelnyxConfig();
 * const partnerCampaign = await messaging10dlcPartnerCampaignsRetrieve(telnyx, "CM2WQ9D");
 * console.log(partnerCampaign.tcrCampaignId);
 * ```
 */
export function messaging10dlcPartnerCampaignsRetrieve(
  client: ClientConfig,
  campaignId: Messaging10dlcPartnerCampaignsRetrievePathParams["campaignId"],
  options?: RequestOptions,
): APIPromise<Messaging10dlcPartnerCampaignsRetrieveResponse> {
  return request<Messaging10dlcPartnerCampaignsRetrieveResponse>(
    client,
    { method: "GET", path: "/10dlc/partner_campaigns/{campaignId}", response: "json" },
    { path: { campaignId } },
    options,
  );
}

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
 * const telnyx = createTelnyxConfig();
 * const partnerCampaign = await messaging10dlcPartnerCampaignsUpdate(telnyx, "CM2WQ9D", {
 *   webhookURL: "https://hooks.abcmobile.example.com/partner-10dlc",
 *   webhookFailoverURL: "https://backup-hooks.abcmobile.example.com/partner-10dlc",
 * });
 * console.log(partnerCampaign.tcrCampaignId);
 * ```
 */
export function messaging10dlcPartnerCampaignsUpdate(
  client: ClientConfig,
  campaignId: Messaging10dlcPartnerCampaignsUpdatePathParams["campaignId"],
  body: Messaging10dlcPartnerCampaignsUpdateParams,
  options?: RequestOptions,
): APIPromise<Messaging10dlcPartnerCampaignsUpdateResponse> {
  return request<Messaging10dlcPartnerCampaignsUpdateResponse>(
    client,
    { method: "PATCH", path: "/10dlc/partner_campaigns/{campaignId}", response: "json" },
    { path: { campaignId }, body },
    options,
  );
}

/**
 * List campaigns you shared `GET /10dlc/partnerCampaign/sharedByMe`. Await for the first page; `for await` iterates every item of every page.
 *
 * Returns, a page at a time, the campaigns you registered and shared with Telnyx as a partner. Shares Telnyx has not accepted yet are not included.
 *
 * @param query - The query parameters `page`, `recordsPerPage`; each is described on its field.
 * @see [List campaigns you shared in the guide](./docs/10dlc.md#messaging10dlc-partnercampaigns-listsharedbyme)
 * @example
 * ```ts
 * const telnyx = createTelnyxConfig();
 * const result = await messaging10dlcPartnerCampaignsListSharedByMe(telnyx, {
 *   page: 1,
 *   recordsPerPage: 25,
 * });
 * console.log(result.page);
 * ```
 */
export function messaging10dlcPartnerCampaignsListSharedByMe(
  client: ClientConfig,
  query?: Messaging10dlcPartnerCampaignsListSharedByMeQuery,
  options?: RequestOptions,
): PagePromise<
  Messaging10dlcPartnerCampaignsListSharedByMeResponse,
  Messaging10dlcPartnerCampaignsListSharedByMeItem
> {
  return list<
    Messaging10dlcPartnerCampaignsListSharedByMeResponse,
    Messaging10dlcPartnerCampaignsListSharedByMeItem
  >(
    client,
    {
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
    { query },
    options,
  );
}

/**
 * Get a shared campaign's sharing status `GET /10dlc/partnerCampaign/{campaignId}/sharing`
 *
 * Returns the sharing records of a campaign you shared as a partner. Telnyx's published OpenAPI spec only says the body is an object whose values are sharing records; the `sharedByMe` key in the example is illustrative.
 *
 * @param campaignId - ID of the shared campaign. Shared campaigns carry only TCR IDs, so the example uses one; no format is enforced.
 * @see [Get a shared campaign's sharing status in the guide](./docs/10dlc.md#messaging10dlc-partnercampaigns-retrievesharingstatus)
 * @example
 * ```ts
 * const telnyx = createTelnyxConfig();
 * const result = await messaging10dlcPartnerCampaignsRetrieveSharingStatus(telnyx, "CM2WQ9D");
 * ```
 */
export function messaging10dlcPartnerCampaignsRetrieveSharingStatus(
  client: ClientConfig,
  campaignId: Messaging10dlcPartnerCampaignsRetrieveSharingStatusPathParams["campaignId"],
  options?: RequestOptions,
): APIPromise<Messaging10dlcPartnerCampaignsRetrieveSharingStatusResponse> {
  return request<Messaging10dlcPartnerCampaignsRetrieveSharingStatusResponse>(
    client,
    { method: "GET", path: "/10dlc/partnerCampaign/{campaignId}/sharing", response: "json" },
    { path: { campaignId } },
    options,
  );
}

/**
 * List phone number campaigns `GET /10dlc/phone_number_campaigns`. Await for the first page; `for await` iterates every item of every page.
 *
 * Returns number-to-campaign links a page at a time, optionally narrowed to one brand or campaign. Note that the filter keys are snake_case and the page size defaults to 20 here, unlike most 10DLC lists.
 *
 * @param query - The query parameters `recordsPerPage`, `page`, `filter`, `sort`; each is described on its field.
 * @see [List phone number campaigns in the guide](./docs/10dlc.md#messaging10dlc-phonenumbercampaigns-list)
 * @example
 * ```ts
 * const telnyx = createTelnyxConfig();
 * const phoneNumberCampaigns = await messaging10dlcPhoneNumberCampaignsList(telnyx, {
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
export function messaging10dlcPhoneNumberCampaignsList(
  client: ClientConfig,
  query?: Messaging10dlcPhoneNumberCampaignsListQuery,
  options?: RequestOptions,
): PagePromise<Messaging10dlcPhoneNumberCampaignsListResponse, Messaging10dlcPhoneNumberCampaignsListItem> {
  return list<Messaging10dlcPhoneNumberCampaignsListResponse, Messaging10dlcPhoneNumberCampaignsListItem>(
    client,
    {
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
    { query },
    options,
  );
}

/**
 * Link a phone number to a campaign `POST /10dlc/phone_number_campaigns`
 *
 * Links one phone number to a campaign. The link is provisioned asynchronously; `assignmentStatus` moves from `PENDING_ASSIGNMENT` to `ASSIGNED` or `FAILED_ASSIGNMENT`.
 *
 * @param body - A phone number and the campaign to link it to.
 * @see [Link a phone number to a campaign in the guide](./docs/10dlc.md#messaging10dlc-phonenumbercampaigns-create)
 * @example
 * ```ts
 * const telnyx = createTelnyxConfig();
 * const phoneNumberCampaign = await messaging10dlcPhoneNumberCampaignsCreate(telnyx, {
 *   phoneNumber: "+13125550001",
 *   campaignId: "4b30018f-5e2c-6a1d-9b07-3c2f1e4d8a90",
 * });
 * console.log(phoneNumberCampaign.phoneNumber);
 * ```
 */
export function messaging10dlcPhoneNumberCampaignsCreate(
  client: ClientConfig,
  body: Messaging10dlcPhoneNumberCampaignsCreateParams,
  options?: RequestOptions,
): APIPromise<Messaging10dlcPhoneNumberCampaignsCreateResponse> {
  return request<Messaging10dlcPhoneNumberCampaignsCreateResponse>(
    client,
    { method: "POST", path: "/10dlc/phone_number_campaigns", response: "json" },
    { body },
    options,
  );
}

/**
 * Get a phone number campaign `GET /10dlc/phone_number_campaigns/{phoneNumber}`
 *
 * Returns the campaign link of one phone number and how far its assignment has progressed.
 *
 * @param phoneNumber - Phone number in E.164 format with the leading `+` (URL-encoded as `%2B`).
 * @see [Get a phone number campaign in the guide](./docs/10dlc.md#messaging10dlc-phonenumbercampaigns-retrieve)
 * @example
 * ```ts
 * const telnyx = createTelnyxConfig();
 * const phoneNumberCampaign = await messaging10dlcPhoneNumberCampaignsRetrieve(telnyx, "+13125550001");
 * console.log(phoneNumberCampaign.phoneNumber);
 * ```
 */
export function messaging10dlcPhoneNumberCampaignsRetrieve(
  client: ClientConfig,
  phoneNumber: Messaging10dlcPhoneNumberCampaignsRetrievePathParams["phoneNumber"],
  options?: RequestOptions,
): APIPromise<Messaging10dlcPhoneNumberCampaignsRetrieveResponse> {
  return request<Messaging10dlcPhoneNumberCampaignsRetrieveResponse>(
    client,
    { method: "GET", path: "/10dlc/phone_number_campaigns/{phoneNumber}", response: "json" },
    { path: { phoneNumber } },
    options,
  );
}

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
 * const telnyx = createTelnyxConfig();
 * const phoneNumberCampaign = await messaging10dlcPhoneNumberCampaignsUpdate(telnyx, "+13125550001", {
 *   phoneNumber: "+13125550001",
 *   campaignId: "4b3001a2-7d1e-4c0b-8f35-2a9e6b1c0d47",
 * });
 * console.log(phoneNumberCampaign.phoneNumber);
 * ```
 */
export function messaging10dlcPhoneNumberCampaignsUpdate(
  client: ClientConfig,
  phoneNumber: Messaging10dlcPhoneNumberCampaignsUpdatePathParams["phoneNumber"],
  body: Messaging10dlcPhoneNumberCampaignsUpdateParams,
  options?: RequestOptions,
): APIPromise<Messaging10dlcPhoneNumberCampaignsUpdateResponse> {
  return request<Messaging10dlcPhoneNumberCampaignsUpdateResponse>(
    client,
    { method: "PUT", path: "/10dlc/phone_number_campaigns/{phoneNumber}", response: "json" },
    { path: { phoneNumber }, body },
    options,
  );
}

/**
 * Unlink a phone number from its campaign `DELETE /10dlc/phone_number_campaigns/{phoneNumber}`
 *
 * Removes a number's campaign link. Removal is asynchronous: the returned link shows `PENDING_UNASSIGNMENT` until the carriers confirm it.
 *
 * @param phoneNumber - Phone number in E.164 format with the leading `+` (URL-encoded as `%2B`).
 * @see [Unlink a phone number from its campaign in the guide](./docs/10dlc.md#messaging10dlc-phonenumbercampaigns-delete)
 * @example
 * ```ts
 * const telnyx = createTelnyxConfig();
 * const result = await messaging10dlcPhoneNumberCampaignsDelete(telnyx, "+13125550001");
 * console.log(result.phoneNumber);
 * ```
 */
export function messaging10dlcPhoneNumberCampaignsDelete(
  client: ClientConfig,
  phoneNumber: Messaging10dlcPhoneNumberCampaignsDeletePathParams["phoneNumber"],
  options?: RequestOptions,
): APIPromise<Messaging10dlcPhoneNumberCampaignsDeleteResponse> {
  return request<Messaging10dlcPhoneNumberCampaignsDeleteResponse>(
    client,
    { method: "DELETE", path: "/10dlc/phone_number_campaigns/{phoneNumber}", response: "json" },
    { path: { phoneNumber } },
    options,
  );
}

/**
 * Assign a messaging profile to a campaign `POST /10dlc/phoneNumberAssignmentByProfile`
 *
 * Starts a background task that links every number on a messaging profile to a campaign; messaging only works once it completes. Name the campaign by `campaignId` (registered through Telnyx) or by `tcrCampaignId` (shared from another provider). Only `messagingProfileId` is required, as in Telnyx's published OpenAPI spec.
 *
 * @param body - The messaging profile and the campaign to link its numbers to.
 * @see [Assign a messaging profile to a campaign in the guide](./docs/10dlc.md#messaging10dlc-phonenumberassignmentbyprofile-assign)
 * @example
 * ```ts
 * const telnyx = createTelnyxConfig();
 * const result = await messaging10dlcPhoneNumberAssignmentByProfileAssign(telnyx, {
 *   messagingProfileId: "40018a2f-6c3e-4b1d-8f2a-9e7c5d3b1a06",
 *   campaignId: "4b30018f-5e2c-6a1d-9b07-3c2f1e4d8a90",
 * });
 * console.log(result.messagingProfileId);
 * ```
 */
export function messaging10dlcPhoneNumberAssignmentByProfileAssign(
  client: ClientConfig,
  body: Messaging10dlcPhoneNumberAssignmentByProfileAssignParams,
  options?: RequestOptions,
): APIPromise<Messaging10dlcPhoneNumberAssignmentByProfileAssignResponse> {
  return request<Messaging10dlcPhoneNumberAssignmentByProfileAssignResponse>(
    client,
    { method: "POST", path: "/10dlc/phoneNumberAssignmentByProfile", response: "json" },
    { body },
    options,
  );
}

/**
 * Get an assignment task `GET /10dlc/phoneNumberAssignmentByProfile/{taskId}`
 *
 * Reports the progress of a messaging-profile assignment task, from `pending` through `processing` to `completed` or `failed`. Poll it after assigning a profile to a campaign.
 *
 * @param taskId - ID of the assignment task, as returned when the messaging profile was assigned.
 * @see [Get an assignment task in the guide](./docs/10dlc.md#messaging10dlc-phonenumberassignmentbyprofile-retrievestatus)
 * @example
 * ```ts
 * const telnyx = createTelnyxConfig();
 * const result = await messaging10dlcPhoneNumberAssignmentByProfileRetrieveStatus(telnyx, "667a80f8-b0a9-49d0-b9ab-a7a1bcc45086");
 * console.log(result.taskId);
 * ```
 */
export function messaging10dlcPhoneNumberAssignmentByProfileRetrieveStatus(
  client: ClientConfig,
  taskId: Messaging10dlcPhoneNumberAssignmentByProfileRetrieveStatusPathParams["taskId"],
  options?: RequestOptions,
): APIPromise<Messaging10dlcPhoneNumberAssignmentByProfileRetrieveStatusResponse> {
  return request<Messaging10dlcPhoneNumberAssignmentByProfileRetrieveStatusResponse>(
    client,
    { method: "GET", path: "/10dlc/phoneNumberAssignmentByProfile/{taskId}", response: "json" },
    { path: { taskId } },
    options,
  );
}

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
 * const telnyx = createTelnyxConfig();
 * const result = await messaging10dlcPhoneNumberAssignmentByProfileListPhoneNumberStatus(telnyx, "667a80f8-b0a9-49d0-b9ab-a7a1bcc45086", {
 *   recordsPerPage: 50,
 *   page: 1,
 * });
 * console.log(result.records);
 * ```
 */
export function messaging10dlcPhoneNumberAssignmentByProfileListPhoneNumberStatus(
  client: ClientConfig,
  taskId: Messaging10dlcPhoneNumberAssignmentByProfileListPhoneNumberStatusPathParams["taskId"],
  query?: Messaging10dlcPhoneNumberAssignmentByProfileListPhoneNumberStatusQuery,
  options?: RequestOptions,
): PagePromise<
  Messaging10dlcPhoneNumberAssignmentByProfileListPhoneNumberStatusResponse,
  Messaging10dlcPhoneNumberAssignmentByProfileListPhoneNumberStatusItem
> {
  return list<
    Messaging10dlcPhoneNumberAssignmentByProfileListPhoneNumberStatusResponse,
    Messaging10dlcPhoneNumberAssignmentByProfileListPhoneNumberStatusItem
  >(
    client,
    {
      method: "GET",
      path: "/10dlc/phoneNumberAssignmentByProfile/{taskId}/phoneNumbers",
      response: "json",
      pagination: { style: "page", pageParam: "page", sizeParam: "recordsPerPage", items: "records" },
    },
    { path: { taskId }, query },
    options,
  );
}

/**
 * Get the values of a 10DLC enumeration `GET /10dlc/enum/{endpoint}`
 *
 * Returns the values currently accepted for one enumerated 10DLC field, such as the use cases, verticals or entity types, so forms and checks can follow the registry without a code change. Depending on the enumeration the answer is a list of strings, a list of objects, an object mapping each value to a name or to details, or a page of records.
 *
 * @param endpoint - The enumeration to return.
 * @see [Get the values of a 10DLC enumeration in the guide](./docs/10dlc.md#messaging10dlc-getenum)
 * @example
 * ```ts
 * const telnyx = createTelnyxConfig();
 * const result = await messaging10dlcGetEnum(telnyx, "entityType");
 * console.log(result);
 * ```
 */
export function messaging10dlcGetEnum(
  client: ClientConfig,
  endpoint: Messaging10dlcGetEnumPathParams["endpoint"],
  options?: RequestOptions,
): APIPromise<Messaging10dlcGetEnumResponse> {
  return request<Messaging10dlcGetEnumResponse>(
    client,
    { method: "GET", path: "/10dlc/enum/{endpoint}", response: "json" },
    { path: { endpoint } },
    options,
  );
}

/**
 * Search available phone numbers `GET /available_phone_numbers`
 *
 * Searches the numbers that can be ordered right now, narrowed by the `filter` keys (country, region, locality, digits, type, features). It is the first step of provisioning; the result is not paged, so cap it with `filter[limit]`.
 *
 * @param query - The query parameters `filter`; each is described on its field.
 * @see [Search available phone numbers in the guide](./docs/numbers.md#availablephonenumbers-list)
 * @example
 * ```ts
 * const telnyx = createTelnyxConfig();
 * const availablePhoneNumbers = await availablePhoneNumbersList(telnyx, {
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
export function availablePhoneNumbersList(
  client: ClientConfig,
  query?: AvailablePhoneNumbersListQuery,
  options?: RequestOptions,
): APIPromise<AvailablePhoneNumbersListResponse> {
  return request<AvailablePhoneNumbersListResponse>(
    client,
    { method: "GET", path: "/available_phone_numbers", response: "json" },
    { query },
    options,
  );
}

/**
 * List number orders `GET /number_orders`. Await for the first page; `for await` iterates every item of every page.
 *
 * Pages through the account's number orders, optionally filtered by status, creation time, customer reference, size or whether requirements are met. List entries carry only the id and number of each ordered phone number; retrieve the order for the rest.
 *
 * @param query - The query parameters `page`, `filter`; each is described on its field.
 * @see [List number orders in the guide](./docs/numbers.md#numberorders-list)
 * @example
 * ```ts
 * const telnyx = createTelnyxConfig();
 * const numberOrders = await numberOrdersList(telnyx, {
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
export function numberOrdersList(
  client: ClientConfig,
  query?: NumberOrdersListQuery,
  options?: RequestOptions,
): PagePromise<NumberOrdersListResponse, NumberOrdersListItem> {
  return list<NumberOrdersListResponse, NumberOrdersListItem>(
    client,
    {
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
    { query },
    options,
  );
}

/**
 * Create a number order `POST /number_orders`
 *
 * Buys the listed numbers and attaches them to the given connection, messaging profile or billing group. The order starts `pending`; poll it or wait for the `numberOrderStatusUpdate` webhook. `phone_numbers` is optional here because Telnyx's published OpenAPI spec requires nothing, even though an order without numbers has nothing to buy.
 *
 * @param body - Numbers to buy and where to attach them. No field is required.
 * @see [Create a number order in the guide](./docs/numbers.md#numberorders-create)
 * @example
 * ```ts
 * const telnyx = createTelnyxConfig();
 * const numberOrder = await numberOrdersCreate(telnyx, {
 *   phone_numbers: [
 *     {
 *       phone_number: "+18005550101",
 *     },
 *   ],
 * });
 * console.log(numberOrder.data);
 * ```
 */
export function numberOrdersCreate(
  client: ClientConfig,
  body: NumberOrdersCreateParams,
  options?: RequestOptions,
): APIPromise<NumberOrdersCreateResponse> {
  return request<NumberOrdersCreateResponse>(
    client,
    { method: "POST", path: "/number_orders", response: "json" },
    { body },
    options,
  );
}

/**
 * Check number order status `GET /number_orders/{number_order_id}`
 *
 * Returns one number order with its per-number status and requirement state. The order is finished when `status` is `success` or `failure`; `requirements_met: false` means regulatory information is still missing.
 *
 * @param numberOrderId - ID of the number order. Telnyx's API reference calls it a UUID, but its published OpenAPI spec declares no format on this parameter, so none is enforced.
 * @see [Check number order status in the guide](./docs/numbers.md#numberorders-retrieve)
 * @example
 * ```ts
 * const telnyx = createTelnyxConfig();
 * const numberOrder = await numberOrdersRetrieve(telnyx, "7d2a1f4e-3b6c-4e8a-9f10-2c5d8e7b6a41");
 * console.log(numberOrder.data);
 * ```
 */
export function numberOrdersRetrieve(
  client: ClientConfig,
  numberOrderId: NumberOrdersRetrievePathParams["number_order_id"],
  options?: RequestOptions,
): APIPromise<NumberOrdersRetrieveResponse> {
  return request<NumberOrdersRetrieveResponse>(
    client,
    { method: "GET", path: "/number_orders/{number_order_id}", response: "json" },
    { path: { number_order_id: numberOrderId } },
    options,
  );
}

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
 * const telnyx = createTelnyxConfig();
 * const numberOrder = await numberOrdersUpdate(telnyx, "7d2a1f4e-3b6c-4e8a-9f10-2c5d8e7b6a41", {
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
export function numberOrdersUpdate(
  client: ClientConfig,
  numberOrderId: NumberOrdersUpdatePathParams["number_order_id"],
  body: NumberOrdersUpdateParams,
  options?: RequestOptions,
): APIPromise<NumberOrdersUpdateResponse> {
  return request<NumberOrdersUpdateResponse>(
    client,
    { method: "PATCH", path: "/number_orders/{number_order_id}", response: "json" },
    { path: { number_order_id: numberOrderId }, body },
    options,
  );
}

/**
 * List number reservations `GET /number_reservations`. Await for the first page; `for await` iterates every item of every page.
 *
 * Pages through the account's reservations, optionally filtered by status, creation time, customer reference or a reserved phone number.
 *
 * @param query - The query parameters `page`, `filter`; each is described on its field.
 * @see [List number reservations in the guide](./docs/numbers.md#numberreservations-list)
 * @example
 * ```ts
 * const telnyx = createTelnyxConfig();
 * const numberReservations = await numberReservationsList(telnyx, {
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
export function numberReservationsList(
  client: ClientConfig,
  query?: NumberReservationsListQuery,
  options?: RequestOptions,
): PagePromise<NumberReservationsListResponse, NumberReservationsListItem> {
  return list<NumberReservationsListResponse, NumberReservationsListItem>(
    client,
    {
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
    { query },
    options,
  );
}

/**
 * Create a number reservation `POST /number_reservations`
 *
 * Holds one or more numbers from a search so nobody else can order them while you decide; holds expire at each number's `expired_at` unless extended. `phone_numbers` is optional here because Telnyx's published OpenAPI spec requires nothing; `status`, `id` and the timestamps are server-assigned and not accepted.
 *
 * @param body - Numbers to hold. No field is required. Server-assigned fields (`id`, `status`, `record_type`, timestamps) are not accepted.
 * @see [Create a number reservation in the guide](./docs/numbers.md#numberreservations-create)
 * @example
 * ```ts
 * const telnyx = createTelnyxConfig();
 * const numberReservation = await numberReservationsCreate(telnyx, {
 *   phone_numbers: [
 *     {
 *       phone_number: "+18005550101",
 *     },
 *   ],
 * });
 * console.log(numberReservation.data);
 * ```
 */
export function numberReservationsCreate(
  client: ClientConfig,
  body: NumberReservationsCreateParams,
  options?: RequestOptions,
): APIPromise<NumberReservationsCreateResponse> {
  return request<NumberReservationsCreateResponse>(
    client,
    { method: "POST", path: "/number_reservations", response: "json" },
    { body },
    options,
  );
}

/**
 * Retrieve a number reservation `GET /number_reservations/{number_reservation_id}`
 *
 * Returns one reservation with the status and expiry of every held number. Check it before ordering to make sure the holds have not lapsed.
 *
 * @param numberReservationId - ID of the number reservation. Telnyx's API reference calls it a UUID, but its published OpenAPI spec declares no format on this parameter, so none is enforced.
 * @see [Retrieve a number reservation in the guide](./docs/numbers.md#numberreservations-retrieve)
 * @example
 * ```ts
 * const telnyx = createTelnyxConfig();
 * const numberReservation = await numberReservationsRetrieve(telnyx, "e7c6b5a4-9382-4716-b5a4-c3d2e1f0a9b8");
 * console.log(numberReservation.data);
 * ```
 */
export function numberReservationsRetrieve(
  client: ClientConfig,
  numberReservationId: NumberReservationsRetrievePathParams["number_reservation_id"],
  options?: RequestOptions,
): APIPromise<NumberReservationsRetrieveResponse> {
  return request<NumberReservationsRetrieveResponse>(
    client,
    { method: "GET", path: "/number_reservations/{number_reservation_id}", response: "json" },
    { path: { number_reservation_id: numberReservationId } },
    options,
  );
}

/**
 * List advanced orders `GET /advanced_orders`
 *
 * Lists the account's advanced orders, the requests Telnyx fulfils for you by quantity, area code and features rather than by specific number. The list is a single `data` array with no paging metadata.
 *
 * @see [List advanced orders in the guide](./docs/numbers.md#advancedorders-list)
 * @example
 * ```ts
 * const telnyx = createTelnyxConfig();
 * const advancedOrders = await advancedOrdersList(telnyx);
 * console.log(advancedOrders.data);
 * ```
 */
export function advancedOrdersList(
  client: ClientConfig,
  options?: RequestOptions,
): APIPromise<AdvancedOrdersListResponse> {
  return request<AdvancedOrdersListResponse>(
    client,
    { method: "GET", path: "/advanced_orders", response: "json" },
    {},
    options,
  );
}

/**
 * Create an advanced order `POST /advanced_orders`
 *
 * Asks Telnyx to source numbers matching a country, number type, area code, feature set and quantity, for requests the number search cannot satisfy directly. Every field is optional and the defaults describe one local US number; the response is the order itself, not wrapped in `data`.
 *
 * @param body - What to source. Every field is optional and falls back to its default.
 * @see [Create an advanced order in the guide](./docs/numbers.md#advancedorders-create)
 * @example
 * ```ts
 * const telnyx = createTelnyxConfig();
 * const advancedOrder = await advancedOrdersCreate(telnyx, {
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
export function advancedOrdersCreate(
  client: ClientConfig,
  body: AdvancedOrdersCreateParams,
  options?: RequestOptions,
): APIPromise<AdvancedOrdersCreateResponse> {
  return request<AdvancedOrdersCreateResponse>(
    client,
    { method: "POST", path: "/advanced_orders", response: "json" },
    { body },
    options,
  );
}

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
 * const telnyx = createTelnyxConfig();
 * const result = await advancedOrdersUpdateRequirementGroup(telnyx, "182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e", {
 *   requirement_group_id: "5e4d3c2b-1a09-4f8e-a7d6-c5b4a3928170",
 * });
 * console.log(result.id);
 * ```
 */
export function advancedOrdersUpdateRequirementGroup(
  client: ClientConfig,
  advancedOrderId: AdvancedOrdersUpdateRequirementGroupPathParams["advanced-order-id"],
  body: AdvancedOrdersUpdateRequirementGroupParams,
  options?: RequestOptions,
): APIPromise<AdvancedOrdersUpdateRequirementGroupResponse> {
  return request<AdvancedOrdersUpdateRequirementGroupResponse>(
    client,
    { method: "PATCH", path: "/advanced_orders/{advanced-order-id}/requirement_group", response: "json" },
    { path: { "advanced-order-id": advancedOrderId }, body },
    options,
  );
}

/**
 * Get an advanced order `GET /advanced_orders/{order_id}`
 *
 * Returns one advanced order as a flat object. Once it reaches `ordered`, `orders` lists the number orders that fulfilled it.
 *
 * @param orderId - ID of the advanced order.
 * @see [Get an advanced order in the guide](./docs/numbers.md#advancedorders-retrieve)
 * @example
 * ```ts
 * const telnyx = createTelnyxConfig();
 * const advancedOrder = await advancedOrdersRetrieve(telnyx, "182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e");
 * console.log(advancedOrder.id);
 * ```
 */
export function advancedOrdersRetrieve(
  client: ClientConfig,
  orderId: AdvancedOrdersRetrievePathParams["order_id"],
  options?: RequestOptions,
): APIPromise<AdvancedOrdersRetrieveResponse> {
  return request<AdvancedOrdersRetrieveResponse>(
    client,
    { method: "GET", path: "/advanced_orders/{order_id}", response: "json" },
    { path: { order_id: orderId } },
    options,
  );
}

/**
 * List available phone number blocks `GET /available_phone_number_blocks`
 *
 * Searches for contiguous ranges of numbers that can be bought as one block; each result gives the first number and the `range` size. Order a block you like with a number block order.
 *
 * @param query - The query parameters `filter`; each is described on its field.
 * @see [List available phone number blocks in the guide](./docs/numbers.md#availablephonenumberblocks-list)
 * @example
 * ```ts
 * const telnyx = createTelnyxConfig();
 * const availablePhoneNumberBlocks = await availablePhoneNumberBlocksList(telnyx, {
 *   filter: {
 *     country_code: "US",
 *     national_destination_code: "312",
 *     phone_number_type: "local",
 *   },
 * });
 * console.log(availablePhoneNumberBlocks.data);
 * ```
 */
export function availablePhoneNumberBlocksList(
  client: ClientConfig,
  query?: AvailablePhoneNumberBlocksListQuery,
  options?: RequestOptions,
): APIPromise<AvailablePhoneNumberBlocksListResponse> {
  return request<AvailablePhoneNumberBlocksListResponse>(
    client,
    { method: "GET", path: "/available_phone_number_blocks", response: "json" },
    { query },
    options,
  );
}

/**
 * List comments `GET /comments`
 *
 * Returns the comments exchanged with Telnyx staff about one sub number order or requirement group, selected with `filter[comment_record_type]` and `filter[comment_record_id]`. The response carries page metadata, but the call takes no page parameter, so it is not paged.
 *
 * @param query - The query parameters `filter`; each is described on its field.
 * @see [List comments in the guide](./docs/numbers.md#comments-list)
 * @example
 * ```ts
 * const telnyx = createTelnyxConfig();
 * const comments = await commentsList(telnyx, {
 *   filter: {
 *     comment_record_type: "sub_number_order",
 *     comment_record_id: "3f8b2c6d-9e1a-4b7c-8d2e-5a6f7b8c9d01",
 *   },
 * });
 * console.log(comments.data);
 * ```
 */
export function commentsList(
  client: ClientConfig,
  query?: CommentsListQuery,
  options?: RequestOptions,
): APIPromise<CommentsListResponse> {
  return request<CommentsListResponse>(
    client,
    { method: "GET", path: "/comments", response: "json" },
    { query },
    options,
  );
}

/**
 * Create a comment `POST /comments`
 *
 * Adds a comment to a sub number order or requirement group, for example to answer a question from the Telnyx team that is holding up an order.
 *
 * @param body - A new comment. Server-assigned fields (`id`, `commenter`, `commenter_type`, timestamps) are not accepted.
 * @see [Create a comment in the guide](./docs/numbers.md#comments-create)
 * @example
 * ```ts
 * const telnyx = createTelnyxConfig();
 * const comment = await commentsCreate(telnyx, {
 *   body: "Uploaded the March utility bill to the requirement group.",
 *   comment_record_type: "sub_number_order",
 *   comment_record_id: "3f8b2c6d-9e1a-4b7c-8d2e-5a6f7b8c9d01",
 * });
 * console.log(comment.data);
 * ```
 */
export function commentsCreate(
  client: ClientConfig,
  body: CommentsCreateParams,
  options?: RequestOptions,
): APIPromise<CommentsCreateResponse> {
  return request<CommentsCreateResponse>(
    client,
    { method: "POST", path: "/comments", response: "json" },
    { body },
    options,
  );
}

/**
 * Retrieve a comment `GET /comments/{id}`
 *
 * Returns one comment, including who wrote it and whether it has been read.
 *
 * @param id - ID of the comment.
 * @see [Retrieve a comment in the guide](./docs/numbers.md#comments-retrieve)
 * @example
 * ```ts
 * const telnyx = createTelnyxConfig();
 * const comment = await commentsRetrieve(telnyx, "d4e5f6a7-b8c9-4d0e-9f1a-2b3c4d5e6f70");
 * console.log(comment.data);
 * ```
 */
export function commentsRetrieve(
  client: ClientConfig,
  id: CommentsRetrievePathParams["id"],
  options?: RequestOptions,
): APIPromise<CommentsRetrieveResponse> {
  return request<CommentsRetrieveResponse>(
    client,
    { method: "GET", path: "/comments/{id}", response: "json" },
    { path: { id } },
    options,
  );
}

/**
 * Mark a comment as read `PATCH /comments/{id}/read`
 *
 * Sets `read_at` on a comment; the request has no body.
 *
 * @param id - ID of the comment.
 * @see [Mark a comment as read in the guide](./docs/numbers.md#comments-markasread)
 * @example
 * ```ts
 * const telnyx = createTelnyxConfig();
 * const result = await commentsMarkAsRead(telnyx, "d4e5f6a7-b8c9-4d0e-9f1a-2b3c4d5e6f70");
 * console.log(result.data);
 * ```
 */
export function commentsMarkAsRead(
  client: ClientConfig,
  id: CommentsMarkAsReadPathParams["id"],
  options?: RequestOptions,
): APIPromise<CommentsMarkAsReadResponse> {
  return request<CommentsMarkAsReadResponse>(
    client,
    { method: "PATCH", path: "/comments/{id}/read", response: "json" },
    { path: { id } },
    options,
  );
}

/**
 * Get country coverage `GET /country_coverage`
 *
 * Returns what Telnyx offers in every country it covers, keyed by country name. Each value has the same shape as the answer of `countryCoverage.retrieveCountry` (without its `data` wrapper). Use it to decide where numbers can be searched and ordered at all.
 *
 * @see [Get country coverage in the guide](./docs/numbers.md#countrycoverage-retrieve)
 * @example
 * ```ts
 * const telnyx = createTelnyxConfig();
 * const countryCoverage = await countryCoverageRetrieve(telnyx);
 * console.log(countryCoverage.data);
 * ```
 */
export function countryCoverageRetrieve(
  client: ClientConfig,
  options?: RequestOptions,
): APIPromise<CountryCoverageRetrieveResponse> {
  return request<CountryCoverageRetrieveResponse>(
    client,
    { method: "GET", path: "/country_coverage", response: "json" },
    {},
    options,
  );
}

/**
 * Get coverage for a specific country `GET /country_coverage/countries/{country_code}`
 *
 * Returns the number types, features and ordering options Telnyx supports in one country, with a breakdown per number type. The `mobile`, `national` and `shared_cost` breakdowns are free-form objects, as Telnyx's published OpenAPI spec leaves them untyped.
 *
 * @param countryCode - ISO 3166-1 alpha-2 code of the country.
 * @see [Get coverage for a specific country in the guide](./docs/numbers.md#countrycoverage-retrievecountry)
 * @example
 * ```ts
 * const telnyx = createTelnyxConfig();
 * const result = await countryCoverageRetrieveCountry(telnyx, "US");
 * console.log(result.data);
 * ```
 */
export function countryCoverageRetrieveCountry(
  client: ClientConfig,
  countryCode: CountryCoverageRetrieveCountryPathParams["country_code"],
  options?: RequestOptions,
): APIPromise<CountryCoverageRetrieveCountryResponse> {
  return request<CountryCoverageRetrieveCountryResponse>(
    client,
    { method: "GET", path: "/country_coverage/countries/{country_code}", response: "json" },
    { path: { country_code: countryCode } },
    options,
  );
}

/**
 * List customer service records `GET /customer_service_records`. Await for the first page; `for await` iterates every item of every page.
 *
 * Pages through the customer service record (CSR) requests of the account, optionally filtered by phone number, status or creation time and sorted by creation time.
 *
 * @param query - The query parameters `page`, `filter`, `sort`; each is described on its field.
 * @see [List customer service records in the guide](./docs/numbers.md#customerservicerecords-list)
 * @example
 * ```ts
 * const telnyx = createTelnyxConfig();
 * const customerServiceRecords = await customerServiceRecordsList(telnyx, {
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
export function customerServiceRecordsList(
  client: ClientConfig,
  query?: CustomerServiceRecordsListQuery,
  options?: RequestOptions,
): PagePromise<CustomerServiceRecordsListResponse, CustomerServiceRecordsListItem> {
  return list<CustomerServiceRecordsListResponse, CustomerServiceRecordsListItem>(
    client,
    {
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
    { query },
    options,
  );
}

/**
 * Create a customer service record `POST /customer_service_records`
 *
 * Requests the customer service record (account holder, address and associated numbers) of a +1 number from its current carrier. The request starts `pending` and the result arrives later on the record and at `webhook_url`; run the coverage check first and send the `additional_data` fields it says the carrier needs.
 *
 * @param body - The number to fetch a customer service record for, and carrier account details.
 * @see [Create a customer service record in the guide](./docs/numbers.md#customerservicerecords-create)
 * @example
 * ```ts
 * const telnyx = createTelnyxConfig();
 * const customerServiceRecord = await customerServiceRecordsCreate(telnyx, {
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
export function customerServiceRecordsCreate(
  client: ClientConfig,
  body: CustomerServiceRecordsCreateParams,
  options?: RequestOptions,
): APIPromise<CustomerServiceRecordsCreateResponse> {
  return request<CustomerServiceRecordsCreateResponse>(
    client,
    { method: "POST", path: "/customer_service_records", response: "json" },
    { body },
    options,
  );
}

/**
 * Verify CSR phone number coverage `POST /customer_service_records/phone_number_coverages`
 *
 * Checks, for each listed +1 number, whether a customer service record can be requested and which `additional_data` fields the carrier will need. Nothing is created even though the response status is 201.
 *
 * @param body - Numbers to check.
 * @see [Verify CSR phone number coverage in the guide](./docs/numbers.md#customerservicerecords-verifyphonenumbercoverage)
 * @example
 * ```ts
 * const telnyx = createTelnyxConfig();
 * const result = await customerServiceRecordsVerifyPhoneNumberCoverage(telnyx, {
 *   phone_numbers: ["+13125550001", "+13125550002"],
 * });
 * console.log(result.data);
 * ```
 */
export function customerServiceRecordsVerifyPhoneNumberCoverage(
  client: ClientConfig,
  body: CustomerServiceRecordsVerifyPhoneNumberCoverageParams,
  options?: RequestOptions,
): APIPromise<CustomerServiceRecordsVerifyPhoneNumberCoverageResponse> {
  return request<CustomerServiceRecordsVerifyPhoneNumberCoverageResponse>(
    client,
    { method: "POST", path: "/customer_service_records/phone_number_coverages", response: "json" },
    { body },
    options,
  );
}

/**
 * Get a customer service record `GET /customer_service_records/{customer_service_record_id}`
 *
 * Returns one customer service record request; once `status` is `completed`, `result` holds the carrier's account, address and associated numbers. The success status of this read is 201, not 200, as Telnyx's published OpenAPI spec documents it.
 *
 * @param customerServiceRecordId - ID of the customer service record request.
 * @see [Get a customer service record in the guide](./docs/numbers.md#customerservicerecords-retrieve)
 * @example
 * ```ts
 * const telnyx = createTelnyxConfig();
 * const customerServiceRecord = await customerServiceRecordsRetrieve(telnyx, "9a8b7c6d-5e4f-4a3b-8c2d-1e0f2a3b4c5d");
 * console.log(customerServiceRecord.data);
 * ```
 */
export function customerServiceRecordsRetrieve(
  client: ClientConfig,
  customerServiceRecordId: CustomerServiceRecordsRetrievePathParams["customer_service_record_id"],
  options?: RequestOptions,
): APIPromise<CustomerServiceRecordsRetrieveResponse> {
  return request<CustomerServiceRecordsRetrieveResponse>(
    client,
    { method: "GET", path: "/customer_service_records/{customer_service_record_id}", response: "json" },
    { path: { customer_service_record_id: customerServiceRecordId } },
    options,
  );
}

/**
 * List inexplicit number orders `GET /inexplicit_number_orders`. Await for the first page; `for await` iterates every item of every page.
 *
 * Pages through orders placed by criteria and count rather than by specific numbers. Unlike the other Numbers lists, paging uses plain `page_number` and `page_size` query parameters.
 *
 * @param query - The query parameters `page_number`, `page_size`; each is described on its field.
 * @see [List inexplicit number orders in the guide](./docs/numbers.md#inexplicitnumberorders-list)
 * @example
 * ```ts
 * const telnyx = createTelnyxConfig();
 * const inexplicitNumberOrders = await inexplicitNumberOrdersList(telnyx, {
 *   page_number: 1,
 *   page_size: 20,
 * });
 * console.log(inexplicitNumberOrders.data);
 * ```
 */
export function inexplicitNumberOrdersList(
  client: ClientConfig,
  query?: InexplicitNumberOrdersListQuery,
  options?: RequestOptions,
): PagePromise<InexplicitNumberOrdersListResponse, InexplicitNumberOrdersListItem> {
  return list<InexplicitNumberOrdersListResponse, InexplicitNumberOrdersListItem>(
    client,
    {
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
    { query },
    options,
  );
}

/**
 * Create an inexplicit number order `POST /inexplicit_number_orders`
 *
 * Orders a count of US or Canadian numbers matching each ordering group's criteria, letting Telnyx pick the numbers; each group is filled in the background and reports its own status. `count_requested` is a string in the request but an integer in responses, as Telnyx defines it.
 *
 * @param body - An order by criteria, made of one or more ordering groups.
 * @see [Create an inexplicit number order in the guide](./docs/numbers.md#inexplicitnumberorders-create)
 * @example
 * ```ts
 * const telnyx = createTelnyxConfig();
 * const inexplicitNumberOrder = await inexplicitNumberOrdersCreate(telnyx, {
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
export function inexplicitNumberOrdersCreate(
  client: ClientConfig,
  body: InexplicitNumberOrdersCreateParams,
  options?: RequestOptions,
): APIPromise<InexplicitNumberOrdersCreateResponse> {
  return request<InexplicitNumberOrdersCreateResponse>(
    client,
    { method: "POST", path: "/inexplicit_number_orders", response: "json" },
    { body },
    options,
  );
}

/**
 * Retrieve an inexplicit number order `GET /inexplicit_number_orders/{id}`
 *
 * Returns one inexplicit order with the progress of each ordering group and the number orders it produced.
 *
 * @param id - ID of the inexplicit number order.
 * @see [Retrieve an inexplicit number order in the guide](./docs/numbers.md#inexplicitnumberorders-retrieve)
 * @example
 * ```ts
 * const telnyx = createTelnyxConfig();
 * const inexplicitNumberOrder = await inexplicitNumberOrdersRetrieve(telnyx, "6b5a4c3d-2e1f-4a0b-9c8d-7e6f5a4b3c2d");
 * console.log(inexplicitNumberOrder.data);
 * ```
 */
export function inexplicitNumberOrdersRetrieve(
  client: ClientConfig,
  id: InexplicitNumberOrdersRetrievePathParams["id"],
  options?: RequestOptions,
): APIPromise<InexplicitNumberOrdersRetrieveResponse> {
  return request<InexplicitNumberOrdersRetrieveResponse>(
    client,
    { method: "GET", path: "/inexplicit_number_orders/{id}", response: "json" },
    { path: { id } },
    options,
  );
}

/**
 * Get inventory coverage `GET /inventory_coverage`
 *
 * Counts the numbers (or blocks) in stock for a country and number type, grouped by locality, NPA or national destination code. Despite its operationId, it only reads and pages nothing.
 *
 * @param query - The query parameters `filter`; each is described on its field.
 * @see [Get inventory coverage in the guide](./docs/numbers.md#inventorycoverage-list)
 * @example
 * ```ts
 * const telnyx = createTelnyxConfig();
 * const inventoryCoverages = await inventoryCoverageList(telnyx, {
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
export function inventoryCoverageList(
  client: ClientConfig,
  query?: InventoryCoverageListQuery,
  options?: RequestOptions,
): APIPromise<InventoryCoverageListResponse> {
  return request<InventoryCoverageListResponse>(
    client,
    { method: "GET", path: "/inventory_coverage", response: "json" },
    { query },
    options,
  );
}

/**
 * List mobile network operators `GET /mobile_network_operators`. Await for the first page; `for await` iterates every item of every page.
 *
 * Pages through the mobile network operators Telnyx knows, with their MCC, MNC and TADIG codes. `filter` and `page` are sent deepObject-style like every other Telnyx filter, although Telnyx's published OpenAPI spec declares them without `style` (which would mean plain form encoding); it also documents the 401 without a body.
 *
 * @param query - The query parameters `page`, `filter`; each is described on its field.
 * @see [List mobile network operators in the guide](./docs/numbers.md#mobilenetworkoperators-list)
 * @example
 * ```ts
 * const telnyx = createTelnyxConfig();
 * const mobileNetworkOperators = await mobileNetworkOperatorsList(telnyx, {
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
export function mobileNetworkOperatorsList(
  client: ClientConfig,
  query?: MobileNetworkOperatorsListQuery,
  options?: RequestOptions,
): PagePromise<MobileNetworkOperatorsListResponse, MobileNetworkOperatorsListItem> {
  return list<MobileNetworkOperatorsListResponse, MobileNetworkOperatorsListItem>(
    client,
    {
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
    { query },
    options,
  );
}

/**
 * List network coverage locations `GET /network_coverage`. Await for the first page; `for await` iterates every item of every page.
 *
 * Pages through Telnyx network locations (sites and points of presence) and the private networking services each offers. It takes two deepObject parameters: `filters` for the service and `filter` for the location, whose keys contain literal dots.
 *
 * @param query - The query parameters `page`, `filters`, `filter`; each is described on its field.
 * @see [List network coverage locations in the guide](./docs/numbers.md#networkcoverage-list)
 * @example
 * ```ts
 * const telnyx = createTelnyxConfig();
 * const networkCoverages = await networkCoverageList(telnyx, {
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
export function networkCoverageList(
  client: ClientConfig,
  query?: NetworkCoverageListQuery,
  options?: RequestOptions,
): PagePromise<NetworkCoverageListResponse, NetworkCoverageListItem> {
  return list<NetworkCoverageListResponse, NetworkCoverageListItem>(
    client,
    {
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
    { query },
    options,
  );
}

/**
 * List number block orders `GET /number_block_orders`. Await for the first page; `for await` iterates every item of every page.
 *
 * Pages through the account's number block orders, optionally filtered by status, creation time or the first number of the block.
 *
 * @param query - The query parameters `page`, `filter`; each is described on its field.
 * @see [List number block orders in the guide](./docs/numbers.md#numberblockorders-list)
 * @example
 * ```ts
 * const telnyx = createTelnyxConfig();
 * const numberBlockOrders = await numberBlockOrdersList(telnyx, {
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
export function numberBlockOrdersList(
  client: ClientConfig,
  query?: NumberBlockOrdersListQuery,
  options?: RequestOptions,
): PagePromise<NumberBlockOrdersListResponse, NumberBlockOrdersListItem> {
  return list<NumberBlockOrdersListResponse, NumberBlockOrdersListItem>(
    client,
    {
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
    { query },
    options,
  );
}

/**
 * Create a number block order `POST /number_block_orders`
 *
 * Buys a contiguous block found with the available blocks search, given by its first number and its size. The order starts `pending` and is fulfilled in the background.
 *
 * @param body - The block to buy and where to attach it. Server-assigned fields (`id`, `status`, counts, timestamps) are not accepted.
 * @see [Create a number block order in the guide](./docs/numbers.md#numberblockorders-create)
 * @example
 * ```ts
 * const telnyx = createTelnyxConfig();
 * const numberBlockOrder = await numberBlockOrdersCreate(telnyx, {
 *   starting_number: "+13125550100",
 *   range: 10,
 *   connection_id: "c4a1e2b3-7d8f-4a9b-b0c1-d2e3f4a5b6c7",
 *   messaging_profile_id: "40018a2f-6c3e-4b1d-8f2a-9e7c5d3b1a06",
 *   customer_reference: "chicago-block",
 * });
 * console.log(numberBlockOrder.data);
 * ```
 */
export function numberBlockOrdersCreate(
  client: ClientConfig,
  body: NumberBlockOrdersCreateParams,
  options?: RequestOptions,
): APIPromise<NumberBlockOrdersCreateResponse> {
  return request<NumberBlockOrdersCreateResponse>(
    client,
    { method: "POST", path: "/number_block_orders", response: "json" },
    { body },
    options,
  );
}

/**
 * Retrieve a number block order `GET /number_block_orders/{number_block_order_id}`
 *
 * Returns one number block order and its fulfilment status.
 *
 * @param numberBlockOrderId - ID of the number block order.
 * @see [Retrieve a number block order in the guide](./docs/numbers.md#numberblockorders-retrieve)
 * @example
 * ```ts
 * const telnyx = createTelnyxConfig();
 * const numberBlockOrder = await numberBlockOrdersRetrieve(telnyx, "4e5f6a7b-8c9d-4e0f-a1b2-c3d4e5f6a7b8");
 * console.log(numberBlockOrder.data);
 * ```
 */
export function numberBlockOrdersRetrieve(
  client: ClientConfig,
  numberBlockOrderId: NumberBlockOrdersRetrievePathParams["number_block_order_id"],
  options?: RequestOptions,
): APIPromise<NumberBlockOrdersRetrieveResponse> {
  return request<NumberBlockOrdersRetrieveResponse>(
    client,
    { method: "GET", path: "/number_block_orders/{number_block_order_id}", response: "json" },
    { path: { number_block_order_id: numberBlockOrderId } },
    options,
  );
}

/**
 * List phone numbers in number orders `GET /number_order_phone_numbers`
 *
 * Lists the individual phone numbers of the account's number orders with their status, requirement state and the deadline for meeting requirements. The response carries page metadata, but the call takes no page parameter, so it is not paged.
 *
 * @param query - The query parameters `filter`; each is described on its field.
 * @see [List phone numbers in number orders in the guide](./docs/numbers.md#numberorderphonenumbers-list)
 * @example
 * ```ts
 * const telnyx = createTelnyxConfig();
 * const numberOrderPhoneNumbers = await numberOrderPhoneNumbersList(telnyx, {
 *   filter: {
 *     country_code: "US",
 *   },
 * });
 * console.log(numberOrderPhoneNumbers.data);
 * ```
 */
export function numberOrderPhoneNumbersList(
  client: ClientConfig,
  query?: NumberOrderPhoneNumbersListQuery,
  options?: RequestOptions,
): APIPromise<NumberOrderPhoneNumbersListResponse> {
  return request<NumberOrderPhoneNumbersListResponse>(
    client,
    { method: "GET", path: "/number_order_phone_numbers", response: "json" },
    { query },
    options,
  );
}

/**
 * Retrieve a phone number in a number order `GET /number_order_phone_numbers/{number_order_phone_number_id}`
 *
 * Returns one phone number of a number order with its status and regulatory requirements.
 *
 * @param numberOrderPhoneNumberId - ID of the phone number within its number order (not the phone number itself).
 * @see [Retrieve a phone number in a number order in the guide](./docs/numbers.md#numberorderphonenumbers-retrieve)
 * @example
 * ```ts
 * const telnyx = createTelnyxConfig();
 * const numberOrderPhoneNumber = await numberOrderPhoneNumbersRetrieve(telnyx, "c2d3e4f5-a6b7-4c8d-9e0f-1a2b3c4d5e6f");
 * console.log(numberOrderPhoneNumber.data);
 * ```
 */
export function numberOrderPhoneNumbersRetrieve(
  client: ClientConfig,
  numberOrderPhoneNumberId: NumberOrderPhoneNumbersRetrievePathParams["number_order_phone_number_id"],
  options?: RequestOptions,
): APIPromise<NumberOrderPhoneNumbersRetrieveResponse> {
  return request<NumberOrderPhoneNumbersRetrieveResponse>(
    client,
    { method: "GET", path: "/number_order_phone_numbers/{number_order_phone_number_id}", response: "json" },
    { path: { number_order_phone_number_id: numberOrderPhoneNumberId } },
    options,
  );
}

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
 * const telnyx = createTelnyxConfig();
 * const result = await numberOrderPhoneNumbersUpdateRequirements(telnyx, "c2d3e4f5-a6b7-4c8d-9e0f-1a2b3c4d5e6f", {
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
export function numberOrderPhoneNumbersUpdateRequirements(
  client: ClientConfig,
  numberOrderPhoneNumberId:
    NumberOrderPhoneNumbersUpdateRequirementsPathParams["number_order_phone_number_id"],
  body: NumberOrderPhoneNumbersUpdateRequirementsParams,
  options?: RequestOptions,
): APIPromise<NumberOrderPhoneNumbersUpdateRequirementsResponse> {
  return request<NumberOrderPhoneNumbersUpdateRequirementsResponse>(
    client,
    { method: "PATCH", path: "/number_order_phone_numbers/{number_order_phone_number_id}", response: "json" },
    { path: { number_order_phone_number_id: numberOrderPhoneNumberId }, body },
    options,
  );
}

/**
 * Extend a number reservation `POST /number_reservations/{number_reservation_id}/actions/extend`
 *
 * Pushes back the expiry of every number held by the reservation. Takes no request body; use it when an order cannot be placed before the current `expired_at`.
 *
 * @param numberReservationId - ID of the number reservation. Telnyx's API reference calls it a UUID, but its published OpenAPI spec declares no format on this parameter, so none is enforced.
 * @see [Extend a number reservation in the guide](./docs/numbers.md#numberreservations-actions-extend)
 * @example
 * ```ts
 * const telnyx = createTelnyxConfig();
 * const result = await numberReservationsActionsExtend(telnyx, "e7c6b5a4-9382-4716-b5a4-c3d2e1f0a9b8");
 * console.log(result.data);
 * ```
 */
export function numberReservationsActionsExtend(
  client: ClientConfig,
  numberReservationId: NumberReservationsActionsExtendPathParams["number_reservation_id"],
  options?: RequestOptions,
): APIPromise<NumberReservationsActionsExtendResponse> {
  return request<NumberReservationsActionsExtendResponse>(
    client,
    { method: "POST", path: "/number_reservations/{number_reservation_id}/actions/extend", response: "json" },
    { path: { number_reservation_id: numberReservationId } },
    options,
  );
}

/**
 * Retrieve the features for a list of numbers `POST /numbers_features`
 *
 * Looks up which features (SMS, voice and so on) each listed number supports. It only reads, although it is a POST and the SDK method is named `create`.
 *
 * @param body - Numbers to look up.
 * @see [Retrieve the features for a list of numbers in the guide](./docs/numbers.md#numbersfeatures-create)
 * @example
 * ```ts
 * const telnyx = createTelnyxConfig();
 * const numbersFeature = await numbersFeaturesCreate(telnyx, {
 *   phone_numbers: ["+13125550123", "+18005550101"],
 * });
 * console.log(numbersFeature.data);
 * ```
 */
export function numbersFeaturesCreate(
  client: ClientConfig,
  body: NumbersFeaturesCreateParams,
  options?: RequestOptions,
): APIPromise<NumbersFeaturesCreateResponse> {
  return request<NumbersFeaturesCreateResponse>(
    client,
    { method: "POST", path: "/numbers_features", response: "json" },
    { body },
    options,
  );
}

/**
 * List phone number block jobs `GET /phone_number_blocks/jobs`. Await for the first page; `for await` iterates every item of every page.
 *
 * Pages through background jobs run on number blocks (currently only block deletion), optionally filtered by type and status and sorted by creation time.
 *
 * @param query - The query parameters `page`, `sort`, `filter`; each is described on its field.
 * @see [List phone number block jobs in the guide](./docs/numbers.md#phonenumberblocks-jobs-list)
 * @example
 * ```ts
 * const telnyx = createTelnyxConfig();
 * const jobs = await phoneNumberBlocksJobsList(telnyx, {
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
export function phoneNumberBlocksJobsList(
  client: ClientConfig,
  query?: PhoneNumberBlocksJobsListQuery,
  options?: RequestOptions,
): PagePromise<PhoneNumberBlocksJobsListResponse, PhoneNumberBlocksJobsListItem> {
  return list<PhoneNumberBlocksJobsListResponse, PhoneNumberBlocksJobsListItem>(
    client,
    {
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
    { query },
    options,
  );
}

/**
 * Delete all numbers of a phone number block `POST /phone_number_blocks/jobs/delete_phone_number_block`
 *
 * Starts a background job that releases every number of a block and answers 202 at once. Follow the job until `status` is `completed` or `failed`; numbers listed in `failed_operations` may need another run.
 *
 * @param body - The block whose numbers should be deleted.
 * @see [Delete all numbers of a phone number block in the guide](./docs/numbers.md#phonenumberblocks-jobs-deletephonenumberblock)
 * @example
 * ```ts
 * const telnyx = createTelnyxConfig();
 * const result = await phoneNumberBlocksJobsDeletePhoneNumberBlock(telnyx, {
 *   phone_number_block_id: "1f2e3d4c-5b6a-4978-8a9b-0c1d2e3f4a5b",
 * });
 * console.log(result.data);
 * ```
 */
export function phoneNumberBlocksJobsDeletePhoneNumberBlock(
  client: ClientConfig,
  body: PhoneNumberBlocksJobsDeletePhoneNumberBlockParams,
  options?: RequestOptions,
): APIPromise<PhoneNumberBlocksJobsDeletePhoneNumberBlockResponse> {
  return request<PhoneNumberBlocksJobsDeletePhoneNumberBlockResponse>(
    client,
    { method: "POST", path: "/phone_number_blocks/jobs/delete_phone_number_block", response: "json" },
    { body },
    options,
  );
}

/**
 * Retrieve a phone number block job `GET /phone_number_blocks/jobs/{id}`
 *
 * Returns one block job with the numbers it has handled so far and any per-number errors; `etc` is the estimated completion time.
 *
 * @param id - ID of the job.
 * @see [Retrieve a phone number block job in the guide](./docs/numbers.md#phonenumberblocks-jobs-retrieve)
 * @example
 * ```ts
 * const telnyx = createTelnyxConfig();
 * const job = await phoneNumberBlocksJobsRetrieve(telnyx, "8c9d0e1f-2a3b-4c4d-9e5f-6a7b8c9d0e1f");
 * console.log(job.data);
 * ```
 */
export function phoneNumberBlocksJobsRetrieve(
  client: ClientConfig,
  id: PhoneNumberBlocksJobsRetrievePathParams["id"],
  options?: RequestOptions,
): APIPromise<PhoneNumberBlocksJobsRetrieveResponse> {
  return request<PhoneNumberBlocksJobsRetrieveResponse>(
    client,
    { method: "GET", path: "/phone_number_blocks/jobs/{id}", response: "json" },
    { path: { id } },
    options,
  );
}

/**
 * List sub number orders `GET /sub_number_orders`
 *
 * Lists sub number orders, the per-country and per-type slices a number order is split into, optionally filtered by parent order, country, type, status or size. The response carries page metadata, but the call takes no page parameter, so it is not paged.
 *
 * @param query - The query parameters `filter`; each is described on its field.
 * @see [List sub number orders in the guide](./docs/numbers.md#subnumberorders-list)
 * @example
 * ```ts
 * const telnyx = createTelnyxConfig();
 * const subNumberOrders = await subNumberOrdersList(telnyx, {
 *   filter: {
 *     order_request_id: "7d2a1f4e-3b6c-4e8a-9f10-2c5d8e7b6a41",
 *   },
 * });
 * console.log(subNumberOrders.data);
 * ```
 */
export function subNumberOrdersList(
  client: ClientConfig,
  query?: SubNumberOrdersListQuery,
  options?: RequestOptions,
): APIPromise<SubNumberOrdersListResponse> {
  return request<SubNumberOrdersListResponse>(
    client,
    { method: "GET", path: "/sub_number_orders", response: "json" },
    { query },
    options,
  );
}

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
 * const telnyx = createTelnyxConfig();
 * const subNumberOrder = await subNumberOrdersRetrieve(telnyx, "3f8b2c6d-9e1a-4b7c-8d2e-5a6f7b8c9d01", {
 *   filter: {
 *     include_phone_numbers: false,
 *   },
 * });
 * console.log(subNumberOrder.data);
 * ```
 */
export function subNumberOrdersRetrieve(
  client: ClientConfig,
  subNumberOrderId: SubNumberOrdersRetrievePathParams["sub_number_order_id"],
  query?: SubNumberOrdersRetrieveQuery,
  options?: RequestOptions,
): APIPromise<SubNumberOrdersRetrieveResponse> {
  return request<SubNumberOrdersRetrieveResponse>(
    client,
    { method: "GET", path: "/sub_number_orders/{sub_number_order_id}", response: "json" },
    { path: { sub_number_order_id: subNumberOrderId }, query },
    options,
  );
}

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
 * const telnyx = createTelnyxConfig();
 * const subNumberOrder = await subNumberOrdersUpdate(telnyx, "3f8b2c6d-9e1a-4b7c-8d2e-5a6f7b8c9d01", {
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
export function subNumberOrdersUpdate(
  client: ClientConfig,
  subNumberOrderId: SubNumberOrdersUpdatePathParams["sub_number_order_id"],
  body: SubNumberOrdersUpdateParams,
  options?: RequestOptions,
): APIPromise<SubNumberOrdersUpdateResponse> {
  return request<SubNumberOrdersUpdateResponse>(
    client,
    { method: "PATCH", path: "/sub_number_orders/{sub_number_order_id}", response: "json" },
    { path: { sub_number_order_id: subNumberOrderId }, body },
    options,
  );
}

/**
 * Cancel a sub number order `PATCH /sub_number_orders/{sub_number_order_id}/cancel`
 *
 * Cancels a sub-order that has not been fulfilled yet, for example one stuck on requirements you cannot meet. Takes no request body; the documented status enum has no cancelled value.
 *
 * @param subNumberOrderId - ID of the sub number order, as listed in the parent order's `sub_number_orders_ids`.
 * @see [Cancel a sub number order in the guide](./docs/numbers.md#subnumberorders-cancel)
 * @example
 * ```ts
 * const telnyx = createTelnyxConfig();
 * const result = await subNumberOrdersCancel(telnyx, "3f8b2c6d-9e1a-4b7c-8d2e-5a6f7b8c9d01");
 * console.log(result.data);
 * ```
 */
export function subNumberOrdersCancel(
  client: ClientConfig,
  subNumberOrderId: SubNumberOrdersCancelPathParams["sub_number_order_id"],
  options?: RequestOptions,
): APIPromise<SubNumberOrdersCancelResponse> {
  return request<SubNumberOrdersCancelResponse>(
    client,
    { method: "PATCH", path: "/sub_number_orders/{sub_number_order_id}/cancel", response: "json" },
    { path: { sub_number_order_id: subNumberOrderId } },
    options,
  );
}

/**
 * Create a sub number orders report `POST /sub_number_orders_report`
 *
 * Starts building a CSV report of sub number orders matching the given filters and answers 202 straight away. The body is optional; poll the report until `status` is `success`, then download it.
 *
 * @param body - Filters selecting the sub-orders to include; all optional.
 * @see [Create a sub number orders report in the guide](./docs/numbers.md#subnumberordersreport-create)
 * @example
 * ```ts
 * const telnyx = createTelnyxConfig();
 * const subNumberOrdersReport = await subNumberOrdersReportCreate(telnyx, {
 *   country_code: "US",
 *   status: "failure",
 *   created_at_gt: "2026-03-01T00:00:00Z",
 *   created_at_lt: "2026-04-01T00:00:00Z",
 * });
 * console.log(subNumberOrdersReport.data);
 * ```
 */
export function subNumberOrdersReportCreate(
  client: ClientConfig,
  body?: SubNumberOrdersReportCreateParams,
  options?: RequestOptions,
): APIPromise<SubNumberOrdersReportCreateResponse> {
  return request<SubNumberOrdersReportCreateResponse>(
    client,
    { method: "POST", path: "/sub_number_orders_report", response: "json" },
    { body },
    options,
  );
}

/**
 * Retrieve a sub number orders report `GET /sub_number_orders_report/{report_id}`
 *
 * Returns the state of a report request; download it once `status` is `success`, before it turns `expired`.
 *
 * @param reportId - ID of the report returned when it was requested.
 * @see [Retrieve a sub number orders report in the guide](./docs/numbers.md#subnumberordersreport-retrieve)
 * @example
 * ```ts
 * const telnyx = createTelnyxConfig();
 * const subNumberOrdersReport = await subNumberOrdersReportRetrieve(telnyx, "a1b2c3d4-e5f6-4789-9abc-def012345678");
 * console.log(subNumberOrdersReport.data);
 * ```
 */
export function subNumberOrdersReportRetrieve(
  client: ClientConfig,
  reportId: SubNumberOrdersReportRetrievePathParams["report_id"],
  options?: RequestOptions,
): APIPromise<SubNumberOrdersReportRetrieveResponse> {
  return request<SubNumberOrdersReportRetrieveResponse>(
    client,
    { method: "GET", path: "/sub_number_orders_report/{report_id}", response: "json" },
    { path: { report_id: reportId } },
    options,
  );
}

/**
 * Download a sub number orders report `GET /sub_number_orders_report/{report_id}/download`
 *
 * Returns the finished report as CSV text. Call it only after the report's `status` is `success`.
 *
 * @param reportId - ID of the report returned when it was requested.
 * @see [Download a sub number orders report in the guide](./docs/numbers.md#subnumberordersreport-download)
 * @example
 * ```ts
 * const telnyx = createTelnyxConfig();
 * const result = await subNumberOrdersReportDownload(telnyx, "a1b2c3d4-e5f6-4789-9abc-def012345678");
 * console.log(result.name, result.type, result.size);
 * ```
 */
export function subNumberOrdersReportDownload(
  client: ClientConfig,
  reportId: SubNumberOrdersReportDownloadPathParams["report_id"],
  options?: RequestOptions,
): APIPromise<SubNumberOrdersReportDownloadResponse> {
  return request<SubNumberOrdersReportDownloadResponse>(
    client,
    { method: "GET", path: "/sub_number_orders_report/{report_id}/download", response: fileResponse },
    { path: { report_id: reportId } },
    options,
  );
}

/**
 * List billing bundles `GET /bundle_pricing/billing_bundles`. Await for the first page; `for await` iterates every item of every page.
 *
 * Pages through the billing bundles this account may buy, optionally narrowed by country or resource. Use it to pick the `billing_bundle_id` for a bulk user bundle purchase.
 *
 * @param query - The query parameters `filter`, `page`; each is described on its field.
 * @see [List billing bundles in the guide](./docs/compliance.md#bundlepricing-billingbundles-list)
 * @example
 * ```ts
 * const telnyx = createTelnyxConfig();
 * const billingBundles = await bundlePricingBillingBundlesList(telnyx, {
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
export function bundlePricingBillingBundlesList(
  client: ClientConfig,
  query?: BundlePricingBillingBundlesListQuery,
  options?: RequestOptions,
): PagePromise<BundlePricingBillingBundlesListResponse, BundlePricingBillingBundlesListItem> {
  return list<BundlePricingBillingBundlesListResponse, BundlePricingBillingBundlesListItem>(
    client,
    {
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
    { query },
    options,
  );
}

/**
 * Get a billing bundle `GET /bundle_pricing/billing_bundles/{bundle_id}`
 *
 * Returns one billing bundle with the limits it grants per service, country and direction. Unlike the list entries, the detail carries no price, currency or specs.
 *
 * @param bundleId - ID of the billing bundle.
 * @see [Get a billing bundle in the guide](./docs/compliance.md#bundlepricing-billingbundles-retrieve)
 * @example
 * ```ts
 * const telnyx = createTelnyxConfig();
 * const billingBundle = await bundlePricingBillingBundlesRetrieve(telnyx, "8661948c-a386-4385-837f-af00f40f111a");
 * console.log(billingBundle.data);
 * ```
 */
export function bundlePricingBillingBundlesRetrieve(
  client: ClientConfig,
  bundleId: BundlePricingBillingBundlesRetrievePathParams["bundle_id"],
  options?: RequestOptions,
): APIPromise<BundlePricingBillingBundlesRetrieveResponse> {
  return request<BundlePricingBillingBundlesRetrieveResponse>(
    client,
    { method: "GET", path: "/bundle_pricing/billing_bundles/{bundle_id}", response: "json" },
    { path: { bundle_id: bundleId } },
    options,
  );
}

/**
 * List user bundles `GET /bundle_pricing/user_bundles`. Await for the first page; `for await` iterates every item of every page.
 *
 * Pages through the bundles this account has bought, each with the billing bundle it instantiates and the resources (such as phone numbers) assigned to it.
 *
 * @param query - The query parameters `filter`, `page`; each is described on its field.
 * @see [List user bundles in the guide](./docs/compliance.md#bundlepricing-userbundles-list)
 * @example
 * ```ts
 * const telnyx = createTelnyxConfig();
 * const userBundles = await bundlePricingUserBundlesList(telnyx, {
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
export function bundlePricingUserBundlesList(
  client: ClientConfig,
  query?: BundlePricingUserBundlesListQuery,
  options?: RequestOptions,
): PagePromise<BundlePricingUserBundlesListResponse, BundlePricingUserBundlesListItem> {
  return list<BundlePricingUserBundlesListResponse, BundlePricingUserBundlesListItem>(
    client,
    {
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
    { query },
    options,
  );
}

/**
 * Buy user bundles `POST /bundle_pricing/user_bundles/bulk`
 *
 * Buys one or more billing bundles in the given quantities and answers 201 with the new user bundles. A body is required but none of its fields is; send at least an empty object.
 *
 * @param body - Bundles to buy in one request.
 * @see [Buy user bundles in the guide](./docs/compliance.md#bundlepricing-userbundles-create)
 * @example
 * ```ts
 * const telnyx = createTelnyxConfig();
 * const userBundle = await bundlePricingUserBundlesCreate(telnyx, {
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
export function bundlePricingUserBundlesCreate(
  client: ClientConfig,
  body: BundlePricingUserBundlesCreateParams,
  options?: RequestOptions,
): APIPromise<BundlePricingUserBundlesCreateResponse> {
  return request<BundlePricingUserBundlesCreateResponse>(
    client,
    { method: "POST", path: "/bundle_pricing/user_bundles/bulk", response: "json" },
    { body },
    options,
  );
}

/**
 * List unused user bundles `GET /bundle_pricing/user_bundles/unused`
 *
 * Lists the bought bundles that no resource uses yet, grouped by billing bundle with the IDs of the matching user bundles. The result is not paged.
 *
 * @param query - The query parameters `filter`; each is described on its field.
 * @see [List unused user bundles in the guide](./docs/compliance.md#bundlepricing-userbundles-listunused)
 * @example
 * ```ts
 * const telnyx = createTelnyxConfig();
 * const result = await bundlePricingUserBundlesListUnused(telnyx, {
 *   filter: {
 *     country_iso: ["DE"],
 *   },
 * });
 * console.log(result.data);
 * ```
 */
export function bundlePricingUserBundlesListUnused(
  client: ClientConfig,
  query?: BundlePricingUserBundlesListUnusedQuery,
  options?: RequestOptions,
): APIPromise<BundlePricingUserBundlesListUnusedResponse> {
  return request<BundlePricingUserBundlesListUnusedResponse>(
    client,
    { method: "GET", path: "/bundle_pricing/user_bundles/unused", response: "json" },
    { query },
    options,
  );
}

/**
 * Get a user bundle `GET /bundle_pricing/user_bundles/{user_bundle_id}`
 *
 * Returns one bought bundle with its billing bundle and assigned resources.
 *
 * @param userBundleId - ID of the user bundle.
 * @see [Get a user bundle in the guide](./docs/compliance.md#bundlepricing-userbundles-retrieve)
 * @example
 * ```ts
 * const telnyx = createTelnyxConfig();
 * const userBundle = await bundlePricingUserBundlesRetrieve(telnyx, "ca1d2263-d1f1-43ac-ba53-248e7a4bb26a");
 * console.log(userBundle.data);
 * ```
 */
export function bundlePricingUserBundlesRetrieve(
  client: ClientConfig,
  userBundleId: BundlePricingUserBundlesRetrievePathParams["user_bundle_id"],
  options?: RequestOptions,
): APIPromise<BundlePricingUserBundlesRetrieveResponse> {
  return request<BundlePricingUserBundlesRetrieveResponse>(
    client,
    { method: "GET", path: "/bundle_pricing/user_bundles/{user_bundle_id}", response: "json" },
    { path: { user_bundle_id: userBundleId } },
    options,
  );
}

/**
 * Deactivate a user bundle `DELETE /bundle_pricing/user_bundles/{user_bundle_id}`
 *
 * Deactivates a bought bundle and returns its record, in which `active` reports whether the bundle is still active.
 *
 * @param userBundleId - ID of the user bundle.
 * @see [Deactivate a user bundle in the guide](./docs/compliance.md#bundlepricing-userbundles-deactivate)
 * @example
 * ```ts
 * const telnyx = createTelnyxConfig();
 * const result = await bundlePricingUserBundlesDeactivate(telnyx, "ca1d2263-d1f1-43ac-ba53-248e7a4bb26a");
 * console.log(result.data);
 * ```
 */
export function bundlePricingUserBundlesDeactivate(
  client: ClientConfig,
  userBundleId: BundlePricingUserBundlesDeactivatePathParams["user_bundle_id"],
  options?: RequestOptions,
): APIPromise<BundlePricingUserBundlesDeactivateResponse> {
  return request<BundlePricingUserBundlesDeactivateResponse>(
    client,
    { method: "DELETE", path: "/bundle_pricing/user_bundles/{user_bundle_id}", response: "json" },
    { path: { user_bundle_id: userBundleId } },
    options,
  );
}

/**
 * List the resources of a user bundle `GET /bundle_pricing/user_bundles/{user_bundle_id}/resources`
 *
 * Lists the resources, such as phone numbers, that use a bought bundle. The result is not paged.
 *
 * @param userBundleId - ID of the user bundle.
 * @see [List the resources of a user bundle in the guide](./docs/compliance.md#bundlepricing-userbundles-listresources)
 * @example
 * ```ts
 * const telnyx = createTelnyxConfig();
 * const result = await bundlePricingUserBundlesListResources(telnyx, "ca1d2263-d1f1-43ac-ba53-248e7a4bb26a");
 * console.log(result.data);
 * ```
 */
export function bundlePricingUserBundlesListResources(
  client: ClientConfig,
  userBundleId: BundlePricingUserBundlesListResourcesPathParams["user_bundle_id"],
  options?: RequestOptions,
): APIPromise<BundlePricingUserBundlesListResourcesResponse> {
  return request<BundlePricingUserBundlesListResourcesResponse>(
    client,
    { method: "GET", path: "/bundle_pricing/user_bundles/{user_bundle_id}/resources", response: "json" },
    { path: { user_bundle_id: userBundleId } },
    options,
  );
}

/**
 * List document links `GET /document_links`. Await for the first page; `for await` iterates every item of every page.
 *
 * Pages through the links between documents and the records that use them, newest first. Filter by the linked record to see which documents it uses; a linked document cannot be deleted until the link is gone.
 *
 * @param query - The query parameters `filter`, `page`; each is described on its field.
 * @see [List document links in the guide](./docs/compliance.md#documentlinks-list)
 * @example
 * ```ts
 * const telnyx = createTelnyxConfig();
 * const documentLinks = await documentLinksList(telnyx, {
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
export function documentLinksList(
  client: ClientConfig,
  query?: DocumentLinksListQuery,
  options?: RequestOptions,
): PagePromise<DocumentLinksListResponse, DocumentLinksListItem> {
  return list<DocumentLinksListResponse, DocumentLinksListItem>(
    client,
    {
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
    { query },
    options,
  );
}

/**
 * List documents `GET /documents`. Await for the first page; `for await` iterates every item of every page.
 *
 * Pages through the uploaded documents, newest first, optionally filtered by creation time, customer reference or file name. Documents that were never linked disappear 30 minutes after upload.
 *
 * @param query - The query parameters `filter`, `sort`, `page`; each is described on its field.
 * @see [List documents in the guide](./docs/compliance.md#documents-list)
 * @example
 * ```ts
 * const telnyx = createTelnyxConfig();
 * const documents = await documentsList(telnyx, {
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
export function documentsList(
  client: ClientConfig,
  query?: DocumentsListQuery,
  options?: RequestOptions,
): PagePromise<DocumentsListResponse, DocumentsListItem> {
  return list<DocumentsListResponse, DocumentsListItem>(
    client,
    {
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
    { query },
    options,
  );
}

/**
 * Upload a document `POST /documents`
 *
 * Stores a document as evidence for a regulatory requirement: send JSON with the content base64-encoded in `file` (and a `filename`) or a `url` to fetch it from, or send `multipart/form-data` with a binary `file`. Use the document within 30 minutes (for example as a requirement group value) or it is deleted automatically. The body has no `document` wrapper: its fields sit at the top level.
 *
 * @param body - A document sent as JSON. Give the content either inline in `file` or by `url`; no single field is required.
 * @see [Upload a document in the guide](./docs/compliance.md#documents-uploadjson)
 * @example
 * ```ts
 * const telnyx = createTelnyxConfig();
 * const result = await documentsUploadJson(telnyx, {
 *   file: "JVBERi0xLjcKMSAwIG9iaiA8PCAvVHlwZSAvQ2F0YWxvZyA+PiBlbmRvYmoKJSVFT0Y=",
 *   filename: "passport-scan.pdf",
 *   customer_reference: "berlin-office",
 * });
 * console.log(result.data);
 * ```
 */
export function documentsUploadJson(
  client: ClientConfig,
  body: DocumentsUploadJsonParams,
  options?: RequestOptions,
): APIPromise<DocumentsUploadJsonResponse> {
  return request<DocumentsUploadJsonResponse>(
    client,
    { method: "POST", path: "/documents", response: "json", request: jsonOrMultipartBody },
    { body },
    options,
  );
}

/**
 * Get a document `GET /documents/{id}`
 *
 * Returns one document's metadata, including its review `status` and `av_scan_status`. Use `documents.download` for the content itself.
 *
 * @param id - ID of the document, as returned on upload.
 * @see [Get a document in the guide](./docs/compliance.md#documents-retrieve)
 * @example
 * ```ts
 * const telnyx = createTelnyxConfig();
 * const document = await documentsRetrieve(telnyx, "6a09cdc3-8948-47f0-aa62-74ac943d6c58");
 * console.log(document.data);
 * ```
 */
export function documentsRetrieve(
  client: ClientConfig,
  id: DocumentsRetrievePathParams["id"],
  options?: RequestOptions,
): APIPromise<DocumentsRetrieveResponse> {
  return request<DocumentsRetrieveResponse>(
    client,
    { method: "GET", path: "/documents/{id}", response: "json" },
    { path: { id } },
    options,
  );
}

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
 * const telnyx = createTelnyxConfig();
 * const document = await documentsUpdate(telnyx, "6a09cdc3-8948-47f0-aa62-74ac943d6c58", {
 *   customer_reference: "berlin-office-2026",
 * });
 * console.log(document.data);
 * ```
 */
export function documentsUpdate(
  client: ClientConfig,
  id: DocumentsUpdatePathParams["id"],
  body: DocumentsUpdateParams,
  options?: RequestOptions,
): APIPromise<DocumentsUpdateResponse> {
  return request<DocumentsUpdateResponse>(
    client,
    { method: "PATCH", path: "/documents/{id}", response: "json" },
    { path: { id }, body },
    options,
  );
}

/**
 * Delete a document `DELETE /documents/{id}`
 *
 * Deletes a document and returns its last state. Only documents that are not linked to anything can be deleted; remove the link first (see `documentLinks.list`). Telnyx does not say which error status a refusal uses.
 *
 * @param id - ID of the document, as returned on upload.
 * @see [Delete a document in the guide](./docs/compliance.md#documents-delete)
 * @example
 * ```ts
 * const telnyx = createTelnyxConfig();
 * const result = await documentsDelete(telnyx, "6a09cdc3-8948-47f0-aa62-74ac943d6c58");
 * console.log(result.data);
 * ```
 */
export function documentsDelete(
  client: ClientConfig,
  id: DocumentsDeletePathParams["id"],
  options?: RequestOptions,
): APIPromise<DocumentsDeleteResponse> {
  return request<DocumentsDeleteResponse>(
    client,
    { method: "DELETE", path: "/documents/{id}", response: "json" },
    { path: { id } },
    options,
  );
}

/**
 * Download a document `GET /documents/{id}/download`
 *
 * Returns the stored file itself, in whatever format it was uploaded. To hand the file to someone without your API key, use `documents.generateDownloadLink` instead.
 *
 * @param id - ID of the document, as returned on upload.
 * @see [Download a document in the guide](./docs/compliance.md#documents-download)
 * @example
 * ```ts
 * const telnyx = createTelnyxConfig();
 * const result = await documentsDownload(telnyx, "6a09cdc3-8948-47f0-aa62-74ac943d6c58");
 * console.log(result.name, result.type, result.size);
 * ```
 */
export function documentsDownload(
  client: ClientConfig,
  id: DocumentsDownloadPathParams["id"],
  options?: RequestOptions,
): APIPromise<DocumentsDownloadResponse> {
  return request<DocumentsDownloadResponse>(
    client,
    { method: "GET", path: "/documents/{id}/download", response: fileResponse },
    { path: { id } },
    options,
  );
}

/**
 * Get a temporary download link `GET /documents/{id}/download_link`
 *
 * Creates a short-lived, pre-signed URL from which the document can be fetched directly from storage without authentication, for example by a browser. Its 404 carries a single error object rather than the usual `errors` list.
 *
 * @param id - ID of the document, as returned on upload.
 * @see [Get a temporary download link in the guide](./docs/compliance.md#documents-generatedownloadlink)
 * @example
 * ```ts
 * const telnyx = createTelnyxConfig();
 * const result = await documentsGenerateDownloadLink(telnyx, "6a09cdc3-8948-47f0-aa62-74ac943d6c58");
 * console.log(result.data);
 * ```
 */
export function documentsGenerateDownloadLink(
  client: ClientConfig,
  id: DocumentsGenerateDownloadLinkPathParams["id"],
  options?: RequestOptions,
): APIPromise<DocumentsGenerateDownloadLinkResponse> {
  return request<DocumentsGenerateDownloadLinkResponse>(
    client,
    { method: "GET", path: "/documents/{id}/download_link", response: "json" },
    { path: { id } },
    options,
  );
}

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
 * const telnyx = createTelnyxConfig();
 * const result = await numberOrderPhoneNumbersUpdateRequirementGroup(telnyx, "c2d3e4f5-a6b7-4c8d-9e0f-1a2b3c4d5e6f", {
 *   requirement_group_id: "a4b201f9-8646-4e54-a7d2-b2e403eeaf8c",
 * });
 * console.log(result.data);
 * ```
 */
export function numberOrderPhoneNumbersUpdateRequirementGroup(
  client: ClientConfig,
  id: NumberOrderPhoneNumbersUpdateRequirementGroupPathParams["id"],
  body: NumberOrderPhoneNumbersUpdateRequirementGroupParams,
  options?: RequestOptions,
): APIPromise<NumberOrderPhoneNumbersUpdateRequirementGroupResponse> {
  return request<NumberOrderPhoneNumbersUpdateRequirementGroupResponse>(
    client,
    { method: "POST", path: "/number_order_phone_numbers/{id}/requirement_group", response: "json" },
    { path: { id }, body },
    options,
  );
}

/**
 * Get the regulatory requirements of phone numbers `GET /phone_numbers_regulatory_requirements`
 *
 * Tells which regulatory requirements apply to a given phone number, with the region it belongs to. The response carries paging `meta`, but the call takes no page parameter, so it is not paged.
 *
 * @param query - The query parameters `filter`; each is described on its field.
 * @see [Get the regulatory requirements of phone numbers in the guide](./docs/compliance.md#phonenumbersregulatoryrequirements-retrieve)
 * @example
 * ```ts
 * const telnyx = createTelnyxConfig();
 * const phoneNumbersRegulatoryRequirement = await phoneNumbersRegulatoryRequirementsRetrieve(telnyx, {
 *   filter: {
 *     phone_number: "+493040001234",
 *   },
 * });
 * console.log(phoneNumbersRegulatoryRequirement.data);
 * ```
 */
export function phoneNumbersRegulatoryRequirementsRetrieve(
  client: ClientConfig,
  query?: PhoneNumbersRegulatoryRequirementsRetrieveQuery,
  options?: RequestOptions,
): APIPromise<PhoneNumbersRegulatoryRequirementsRetrieveResponse> {
  return request<PhoneNumbersRegulatoryRequirementsRetrieveResponse>(
    client,
    { method: "GET", path: "/phone_numbers_regulatory_requirements", response: "json" },
    { query },
    options,
  );
}

/**
 * Get regulatory requirements `GET /regulatory_requirements`
 *
 * Lists the requirements that apply to a country, number type and action, or to a given number or requirement group. Call it first to learn which `requirement_id` values a requirement group needs and what each accepts. The result is not paged.
 *
 * @param query - The query parameters `filter`; each is described on its field.
 * @see [Get regulatory requirements in the guide](./docs/compliance.md#regulatoryrequirements-retrieve)
 * @example
 * ```ts
 * const telnyx = createTelnyxConfig();
 * const regulatoryRequirement = await regulatoryRequirementsRetrieve(telnyx, {
 *   filter: {
 *     country_code: "DE",
 *     phone_number_type: "local",
 *     action: "ordering",
 *   },
 * });
 * console.log(regulatoryRequirement.data);
 * ```
 */
export function regulatoryRequirementsRetrieve(
  client: ClientConfig,
  query?: RegulatoryRequirementsRetrieveQuery,
  options?: RequestOptions,
): APIPromise<RegulatoryRequirementsRetrieveResponse> {
  return request<RegulatoryRequirementsRetrieveResponse>(
    client,
    { method: "GET", path: "/regulatory_requirements", response: "json" },
    { query },
    options,
  );
}

/**
 * List requirement groups `GET /requirement_groups`
 *
 * Lists the account's requirement groups, optionally filtered by country, number type, action, status or customer reference. The answer is a plain JSON array, neither wrapped in `data` nor paged.
 *
 * @param query - The query parameters `filter`; each is described on its field.
 * @see [List requirement groups in the guide](./docs/compliance.md#requirementgroups-list)
 * @example
 * ```ts
 * const telnyx = createTelnyxConfig();
 * const requirementGroups = await requirementGroupsList(telnyx, {
 *   filter: {
 *     country_code: "DE",
 *     status: "approved",
 *   },
 * });
 * console.log(requirementGroups.length);
 * ```
 */
export function requirementGroupsList(
  client: ClientConfig,
  query?: RequirementGroupsListQuery,
  options?: RequestOptions,
): APIPromise<RequirementGroupsListResponse> {
  return request<RequirementGroupsListResponse>(
    client,
    { method: "GET", path: "/requirement_groups", response: "json" },
    { query },
    options,
  );
}

/**
 * Create a requirement group `POST /requirement_groups`
 *
 * Creates a reusable set of requirement values for one country, number type and action. The group starts `unapproved`; add any missing values with `requirementGroups.update`, then send it for review with `requirementGroups.submitForApproval`. The group is returned as a flat object, not wrapped in `data`.
 *
 * @param body - A new requirement group.
 * @see [Create a requirement group in the guide](./docs/compliance.md#requirementgroups-create)
 * @example
 * ```ts
 * const telnyx = createTelnyxConfig();
 * const requirementGroup = await requirementGroupsCreate(telnyx, {
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
export function requirementGroupsCreate(
  client: ClientConfig,
  body: RequirementGroupsCreateParams,
  options?: RequestOptions,
): APIPromise<RequirementGroupsCreateResponse> {
  return request<RequirementGroupsCreateResponse>(
    client,
    { method: "POST", path: "/requirement_groups", response: "json" },
    { body },
    options,
  );
}

/**
 * Get a requirement group `GET /requirement_groups/{id}`
 *
 * Returns one requirement group with its values and their review state. Poll it after submission until `status` is `approved` or `declined`.
 *
 * @param id - ID of the requirement group. The examples are UUIDs, but no format is enforced.
 * @see [Get a requirement group in the guide](./docs/compliance.md#requirementgroups-retrieve)
 * @example
 * ```ts
 * const telnyx = createTelnyxConfig();
 * const requirementGroup = await requirementGroupsRetrieve(telnyx, "a4b201f9-8646-4e54-a7d2-b2e403eeaf8c");
 * console.log(requirementGroup.id);
 * ```
 */
export function requirementGroupsRetrieve(
  client: ClientConfig,
  id: RequirementGroupsRetrievePathParams["id"],
  options?: RequestOptions,
): APIPromise<RequirementGroupsRetrieveResponse> {
  return request<RequirementGroupsRetrieveResponse>(
    client,
    { method: "GET", path: "/requirement_groups/{id}", response: "json" },
    { path: { id } },
    options,
  );
}

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
 * const telnyx = createTelnyxConfig();
 * const requirementGroup = await requirementGroupsUpdate(telnyx, "a4b201f9-8646-4e54-a7d2-b2e403eeaf8c", {
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
export function requirementGroupsUpdate(
  client: ClientConfig,
  id: RequirementGroupsUpdatePathParams["id"],
  body: RequirementGroupsUpdateParams,
  options?: RequestOptions,
): APIPromise<RequirementGroupsUpdateResponse> {
  return request<RequirementGroupsUpdateResponse>(
    client,
    { method: "PATCH", path: "/requirement_groups/{id}", response: "json" },
    { path: { id }, body },
    options,
  );
}

/**
 * Delete a requirement group `DELETE /requirement_groups/{id}`
 *
 * Deletes a requirement group and returns its last state as a flat object.
 *
 * @param id - ID of the requirement group. The examples are UUIDs, but no format is enforced.
 * @see [Delete a requirement group in the guide](./docs/compliance.md#requirementgroups-delete)
 * @example
 * ```ts
 * const telnyx = createTelnyxConfig();
 * const result = await requirementGroupsDelete(telnyx, "a4b201f9-8646-4e54-a7d2-b2e403eeaf8c");
 * console.log(result.id);
 * ```
 */
export function requirementGroupsDelete(
  client: ClientConfig,
  id: RequirementGroupsDeletePathParams["id"],
  options?: RequestOptions,
): APIPromise<RequirementGroupsDeleteResponse> {
  return request<RequirementGroupsDeleteResponse>(
    client,
    { method: "DELETE", path: "/requirement_groups/{id}", response: "json" },
    { path: { id } },
    options,
  );
}

/**
 * Submit a requirement group for approval `POST /requirement_groups/{id}/submit_for_approval`
 *
 * Sends a completed requirement group to Telnyx for review. The group moves from `unapproved` to `pending-approval` and later to `approved` or `declined`; follow it with `requirementGroups.retrieve`.
 *
 * @param id - ID of the requirement group. The examples are UUIDs, but no format is enforced.
 * @see [Submit a requirement group for approval in the guide](./docs/compliance.md#requirementgroups-submitforapproval)
 * @example
 * ```ts
 * const telnyx = createTelnyxConfig();
 * const result = await requirementGroupsSubmitForApproval(telnyx, "a4b201f9-8646-4e54-a7d2-b2e403eeaf8c");
 * console.log(result.id);
 * ```
 */
export function requirementGroupsSubmitForApproval(
  client: ClientConfig,
  id: RequirementGroupsSubmitForApprovalPathParams["id"],
  options?: RequestOptions,
): APIPromise<RequirementGroupsSubmitForApprovalResponse> {
  return request<RequirementGroupsSubmitForApprovalResponse>(
    client,
    { method: "POST", path: "/requirement_groups/{id}/submit_for_approval", response: "json" },
    { path: { id } },
    options,
  );
}

/**
 * List requirement types `GET /requirement_types`
 *
 * Lists the kinds of evidence requirements can ask for (a document, an address or text), newest first, each with its acceptance criteria. The response carries paging `meta`, but the call takes no page parameter, so it is not paged.
 *
 * @param query - The query parameters `filter`, `sort`; each is described on its field.
 * @see [List requirement types in the guide](./docs/compliance.md#requirementtypes-list)
 * @example
 * ```ts
 * const telnyx = createTelnyxConfig();
 * const requirementTypes = await requirementTypesList(telnyx, {
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
export function requirementTypesList(
  client: ClientConfig,
  query?: RequirementTypesListQuery,
  options?: RequestOptions,
): APIPromise<RequirementTypesListResponse> {
  return request<RequirementTypesListResponse>(
    client,
    { method: "GET", path: "/requirement_types", response: "json" },
    { query },
    options,
  );
}

/**
 * Get a requirement type `GET /requirement_types/{id}`
 *
 * Returns one requirement type with its acceptance criteria.
 *
 * @param id - ID of the requirement type.
 * @see [Get a requirement type in the guide](./docs/compliance.md#requirementtypes-retrieve)
 * @example
 * ```ts
 * const telnyx = createTelnyxConfig();
 * const requirementType = await requirementTypesRetrieve(telnyx, "a38c217a-8019-48f8-bff6-0fdd9939075b");
 * console.log(requirementType.data);
 * ```
 */
export function requirementTypesRetrieve(
  client: ClientConfig,
  id: RequirementTypesRetrievePathParams["id"],
  options?: RequestOptions,
): APIPromise<RequirementTypesRetrieveResponse> {
  return request<RequirementTypesRetrieveResponse>(
    client,
    { method: "GET", path: "/requirement_types/{id}", response: "json" },
    { path: { id } },
    options,
  );
}

/**
 * List requirements `GET /requirements`. Await for the first page; `for await` iterates every item of every page.
 *
 * Pages through the requirement definitions per country, number type and action, each with the requirement types it asks for, in `requirement_types` (not `requirements_types`).
 *
 * @param query - The query parameters `filter`, `sort`, `page`, `version`; each is described on its field.
 * @see [List requirements in the guide](./docs/compliance.md#requirements-list)
 * @example
 * ```ts
 * const telnyx = createTelnyxConfig();
 * const requirements = await requirementsList(telnyx, {
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
export function requirementsList(
  client: ClientConfig,
  query?: RequirementsListQuery,
  options?: RequestOptions,
): PagePromise<RequirementsListResponse, RequirementsListItem> {
  return list<RequirementsListResponse, RequirementsListItem>(
    client,
    {
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
    { query },
    options,
  );
}

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
 * const telnyx = createTelnyxConfig();
 * const requirement = await requirementsRetrieve(telnyx, "a9dad8d5-fdbd-49d7-aa23-39bb08a5ebaa");
 * console.log(requirement.data);
 * ```
 */
export function requirementsRetrieve(
  client: ClientConfig,
  id: RequirementsRetrievePathParams["id"],
  query?: RequirementsRetrieveQuery,
  options?: RequestOptions,
): APIPromise<RequirementsRetrieveResponse> {
  return request<RequirementsRetrieveResponse>(
    client,
    { method: "GET", path: "/requirements/{id}", response: "json" },
    { path: { id }, query },
    options,
  );
}

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
 * const telnyx = createTelnyxConfig();
 * const result = await subNumberOrdersUpdateRequirementGroup(telnyx, "3f8b2c6d-9e1a-4b7c-8d2e-5a6f7b8c9d01", {
 *   requirement_group_id: "a4b201f9-8646-4e54-a7d2-b2e403eeaf8c",
 * });
 * console.log(result.data);
 * ```
 */
export function subNumberOrdersUpdateRequirementGroup(
  client: ClientConfig,
  id: SubNumberOrdersUpdateRequirementGroupPathParams["id"],
  body: SubNumberOrdersUpdateRequirementGroupParams,
  options?: RequestOptions,
): APIPromise<SubNumberOrdersUpdateRequirementGroupResponse> {
  return request<SubNumberOrdersUpdateRequirementGroupResponse>(
    client,
    { method: "POST", path: "/sub_number_orders/{id}/requirement_group", response: "json" },
    { path: { id }, body },
    options,
  );
}

/**
 * List user addresses `GET /user_addresses`. Await for the first page; `for await` iterates every item of every page.
 *
 * Pages through the addresses saved for this account, optionally filtered by customer reference or street. Errors are assumed to carry the standard `errors` list, as Telnyx's published OpenAPI spec declares them without a body.
 *
 * @param query - The query parameters `page`, `filter`, `sort`; each is described on its field.
 * @see [List user addresses in the guide](./docs/compliance.md#useraddresses-list)
 * @example
 * ```ts
 * const telnyx = createTelnyxConfig();
 * const userAddresses = await userAddressesList(telnyx, {
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
export function userAddressesList(
  client: ClientConfig,
  query?: UserAddressesListQuery,
  options?: RequestOptions,
): PagePromise<UserAddressesListResponse, UserAddressesListItem> {
  return list<UserAddressesListResponse, UserAddressesListItem>(
    client,
    {
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
    { query },
    options,
  );
}

/**
 * Create a user address `POST /user_addresses`
 *
 * Saves an end user's address so it can be used as the value of an address requirement. Telnyx verifies the address unless `skip_address_verification` is true. The 422 is assumed to carry the standard `errors` list, as Telnyx's published OpenAPI spec declares it without a body.
 *
 * @param body - A new user address.
 * @see [Create a user address in the guide](./docs/compliance.md#useraddresses-create)
 * @example
 * ```ts
 * const telnyx = createTelnyxConfig();
 * const userAddresse = await userAddressesCreate(telnyx, {
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
export function userAddressesCreate(
  client: ClientConfig,
  body: UserAddressesCreateParams,
  options?: RequestOptions,
): APIPromise<UserAddressesCreateResponse> {
  return request<UserAddressesCreateResponse>(
    client,
    { method: "POST", path: "/user_addresses", response: "json" },
    { body },
    options,
  );
}

/**
 * Get a user address `GET /user_addresses/{id}`
 *
 * Returns one saved address. Errors are assumed to carry the standard `errors` list, as Telnyx's published OpenAPI spec declares them without a body.
 *
 * @param id - ID of the user address. The records carry UUIDs, but no format is enforced on this parameter.
 * @see [Get a user address in the guide](./docs/compliance.md#useraddresses-retrieve)
 * @example
 * ```ts
 * const telnyx = createTelnyxConfig();
 * const userAddresse = await userAddressesRetrieve(telnyx, "0a8e4f2c-6b1d-4c3e-9f7a-5d2b8e1c4a60");
 * console.log(userAddresse.data);
 * ```
 */
export function userAddressesRetrieve(
  client: ClientConfig,
  id: UserAddressesRetrievePathParams["id"],
  options?: RequestOptions,
): APIPromise<UserAddressesRetrieveResponse> {
  return request<UserAddressesRetrieveResponse>(
    client,
    { method: "GET", path: "/user_addresses/{id}", response: "json" },
    { path: { id } },
    options,
  );
}

/**
 * List verified numbers `GET /verified_numbers`. Await for the first page; `for await` iterates every item of every page.
 *
 * Pages through the phone numbers this account has proven it controls, with the time each was verified. Note the default page size of 25 here, unlike the 20 of other lists.
 *
 * @param query - The query parameters `page`; each is described on its field.
 * @see [List verified numbers in the guide](./docs/compliance.md#verifiednumbers-list)
 * @example
 * ```ts
 * const telnyx = createTelnyxConfig();
 * const verifiedNumbers = await verifiedNumbersList(telnyx, {
 *   page: {
 *     number: 1,
 *     size: 25,
 *   },
 * });
 * console.log(verifiedNumbers.data);
 * ```
 */
export function verifiedNumbersList(
  client: ClientConfig,
  query?: VerifiedNumbersListQuery,
  options?: RequestOptions,
): PagePromise<VerifiedNumbersListResponse, VerifiedNumbersListItem> {
  return list<VerifiedNumbersListResponse, VerifiedNumbersListItem>(
    client,
    {
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
    { query },
    options,
  );
}

/**
 * Request phone number verification `POST /verified_numbers`
 *
 * Starts verifying that you control a phone number by sending it a code by SMS or by a voice call; for numbers behind a phone menu, `extension` holds DTMF digits dialled after the call connects. Confirm with `verifiedNumbers.actions.submitVerificationCode`. The answer is a flat object, not wrapped in `data`.
 *
 * @param body - A number to verify and how to deliver the code.
 * @see [Request phone number verification in the guide](./docs/compliance.md#verifiednumbers-create)
 * @example
 * ```ts
 * const telnyx = createTelnyxConfig();
 * const verifiedNumber = await verifiedNumbersCreate(telnyx, {
 *   phone_number: "+13125550001",
 *   verification_method: "sms",
 * });
 * console.log(verifiedNumber.phone_number);
 * ```
 */
export function verifiedNumbersCreate(
  client: ClientConfig,
  body: VerifiedNumbersCreateParams,
  options?: RequestOptions,
): APIPromise<VerifiedNumbersCreateResponse> {
  return request<VerifiedNumbersCreateResponse>(
    client,
    { method: "POST", path: "/verified_numbers", response: "json" },
    { body },
    options,
  );
}

/**
 * Get a verified number `GET /verified_numbers/{phone_number}`
 *
 * Returns one verified number and when it was verified.
 *
 * @param phoneNumber - The verified number in E.164 format, `+` included (the client percent-encodes it as `%2B`).
 * @see [Get a verified number in the guide](./docs/compliance.md#verifiednumbers-retrieve)
 * @example
 * ```ts
 * const telnyx = createTelnyxConfig();
 * const verifiedNumber = await verifiedNumbersRetrieve(telnyx, "+13125550001");
 * console.log(verifiedNumber.data);
 * ```
 */
export function verifiedNumbersRetrieve(
  client: ClientConfig,
  phoneNumber: VerifiedNumbersRetrievePathParams["phone_number"],
  options?: RequestOptions,
): APIPromise<VerifiedNumbersRetrieveResponse> {
  return request<VerifiedNumbersRetrieveResponse>(
    client,
    { method: "GET", path: "/verified_numbers/{phone_number}", response: "json" },
    { path: { phone_number: phoneNumber } },
    options,
  );
}

/**
 * Delete a verified number `DELETE /verified_numbers/{phone_number}`
 *
 * Removes a number from the verified numbers and returns its last state.
 *
 * @param phoneNumber - The verified number in E.164 format, `+` included (the client percent-encodes it as `%2B`).
 * @see [Delete a verified number in the guide](./docs/compliance.md#verifiednumbers-delete)
 * @example
 * ```ts
 * const telnyx = createTelnyxConfig();
 * const result = await verifiedNumbersDelete(telnyx, "+13125550001");
 * console.log(result.data);
 * ```
 */
export function verifiedNumbersDelete(
  client: ClientConfig,
  phoneNumber: VerifiedNumbersDeletePathParams["phone_number"],
  options?: RequestOptions,
): APIPromise<VerifiedNumbersDeleteResponse> {
  return request<VerifiedNumbersDeleteResponse>(
    client,
    { method: "DELETE", path: "/verified_numbers/{phone_number}", response: "json" },
    { path: { phone_number: phoneNumber } },
    options,
  );
}

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
 * const telnyx = createTelnyxConfig();
 * const result = await verifiedNumbersActionsSubmitVerificationCode(telnyx, "+13125550001", {
 *   verification_code: "123456",
 * });
 * console.log(result.data);
 * ```
 */
export function verifiedNumbersActionsSubmitVerificationCode(
  client: ClientConfig,
  phoneNumber: VerifiedNumbersActionsSubmitVerificationCodePathParams["phone_number"],
  body: VerifiedNumbersActionsSubmitVerificationCodeParams,
  options?: RequestOptions,
): APIPromise<VerifiedNumbersActionsSubmitVerificationCodeResponse> {
  return request<VerifiedNumbersActionsSubmitVerificationCodeResponse>(
    client,
    { method: "POST", path: "/verified_numbers/{phone_number}/actions/verify", response: "json" },
    { path: { phone_number: phoneNumber }, body },
    options,
  );
}

/**
 * Run a portability check `POST /portability_checks`
 *
 * Tells straight away, for each number, whether it can be ported to Telnyx and whether it qualifies for FastPort. Run it before creating a porting order; it changes nothing.
 *
 * @param body - Numbers to check. The list is optional, as Telnyx documents it.
 * @see [Run a portability check in the guide](./docs/porting.md#portabilitychecks-run)
 * @example
 * ```ts
 * const telnyx = createTelnyxConfig();
 * const result = await portabilityChecksRun(telnyx, {
 *   phone_numbers: ["+13035550100", "+18005550101"],
 * });
 * console.log(result.data);
 * ```
 */
export function portabilityChecksRun(
  client: ClientConfig,
  body: PortabilityChecksRunParams,
  options?: RequestOptions,
): APIPromise<PortabilityChecksRunResponse> {
  return request<PortabilityChecksRunResponse>(
    client,
    { method: "POST", path: "/portability_checks", response: "json" },
    { body },
    options,
  );
}

/**
 * List porting events `GET /porting/events`. Await for the first page; `for await` iterates every item of every page.
 *
 * Pages through the events recorded for your porting orders, optionally narrowed to one order, one event type or a time window. Use it to catch up on changes when webhooks were missed. Seven event types exist; `filter[type]` narrows the list to one of them.
 *
 * @param query - The query parameters `page`, `filter`; each is described on its field.
 * @see [List porting events in the guide](./docs/porting.md#porting-events-list)
 * @example
 * ```ts
 * const telnyx = createTelnyxConfig();
 * const events = await portingEventsList(telnyx, {
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
export function portingEventsList(
  client: ClientConfig,
  query?: PortingEventsListQuery,
  options?: RequestOptions,
): PagePromise<PortingEventsListResponse, PortingEventsListItem> {
  return list<PortingEventsListResponse, PortingEventsListItem>(
    client,
    {
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
    { query },
    options,
  );
}

/**
 * Retrieve a porting event `GET /porting/events/{id}`
 *
 * Returns one porting event with its payload, whose shape depends on `event_type`. Use it to look up an event ID received in a webhook or seen in the event list.
 *
 * @param id - ID of the porting event.
 * @see [Retrieve a porting event in the guide](./docs/porting.md#porting-events-retrieve)
 * @example
 * ```ts
 * const telnyx = createTelnyxConfig();
 * const event = await portingEventsRetrieve(telnyx, "c9d0e1f2-3a4b-4c5d-8e6f-7a8b9c0d1e2f");
 * console.log(event.data);
 * ```
 */
export function portingEventsRetrieve(
  client: ClientConfig,
  id: PortingEventsRetrievePathParams["id"],
  options?: RequestOptions,
): APIPromise<PortingEventsRetrieveResponse> {
  return request<PortingEventsRetrieveResponse>(
    client,
    { method: "GET", path: "/porting/events/{id}", response: "json" },
    { path: { id } },
    options,
  );
}

/**
 * Republish a porting event `POST /porting/events/{id}/republish`
 *
 * Delivers an existing porting event again to the notification channels of its order, for example after your webhook endpoint was down. Answers 204 with no body.
 *
 * @param id - ID of the porting event.
 * @see [Republish a porting event in the guide](./docs/porting.md#porting-events-republish)
 * @example
 * ```ts
 * const telnyx = createTelnyxConfig();
 * await portingEventsRepublish(telnyx, "c9d0e1f2-3a4b-4c5d-8e6f-7a8b9c0d1e2f");
 * ```
 */
export function portingEventsRepublish(
  client: ClientConfig,
  id: PortingEventsRepublishPathParams["id"],
  options?: RequestOptions,
): APIPromise<PortingEventsRepublishResponse> {
  return request<PortingEventsRepublishResponse>(
    client,
    { method: "POST", path: "/porting/events/{id}/republish", response: "none" },
    { path: { id } },
    options,
  );
}

/**
 * List LOA configurations `GET /porting/loa_configurations`. Await for the first page; `for await` iterates every item of every page.
 *
 * Pages through the saved LOA configurations, the company details and logo used to brand generated letters of authorization.
 *
 * @param query - The query parameters `page`; each is described on its field.
 * @see [List LOA configurations in the guide](./docs/porting.md#porting-loaconfigurations-list)
 * @example
 * ```ts
 * const telnyx = createTelnyxConfig();
 * const loaConfigurations = await portingLoaConfigurationsList(telnyx, {
 *   page: {
 *     number: 1,
 *     size: 20,
 *   },
 * });
 * console.log(loaConfigurations.data);
 * ```
 */
export function portingLoaConfigurationsList(
  client: ClientConfig,
  query?: PortingLoaConfigurationsListQuery,
  options?: RequestOptions,
): PagePromise<PortingLoaConfigurationsListResponse, PortingLoaConfigurationsListItem> {
  return list<PortingLoaConfigurationsListResponse, PortingLoaConfigurationsListItem>(
    client,
    {
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
    { query },
    options,
  );
}

/**
 * Create a LOA configuration `POST /porting/loa_configurations`
 *
 * Saves the company name, address, contact and logo (an uploaded PNG document) that generated LOAs should carry. Every field is required.
 *
 * @param body - Values of a LOA configuration; every top-level field is required on create, preview and update alike.
 * @see [Create a LOA configuration in the guide](./docs/porting.md#porting-loaconfigurations-create)
 * @example
 * ```ts
 * const telnyx = createTelnyxConfig();
 * const loaConfiguration = await portingLoaConfigurationsCreate(telnyx, {
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
export function portingLoaConfigurationsCreate(
  client: ClientConfig,
  body: PortingLoaConfigurationsCreateParams,
  options?: RequestOptions,
): APIPromise<PortingLoaConfigurationsCreateResponse> {
  return request<PortingLoaConfigurationsCreateResponse>(
    client,
    { method: "POST", path: "/porting/loa_configurations", response: "json" },
    { body },
    options,
  );
}

/**
 * Preview LOA configuration parameters `POST /porting/loa_configurations/preview`
 *
 * Renders the LOA that a configuration with these values would produce, as a PDF, without saving anything. Use it to check the branding before creating the configuration.
 *
 * @param body - Values of a LOA configuration; every top-level field is required on create, preview and update alike.
 * @see [Preview LOA configuration parameters in the guide](./docs/porting.md#porting-loaconfigurations-preview)
 * @example
 * ```ts
 * const telnyx = createTelnyxConfig();
 * const result = await portingLoaConfigurationsPreview(telnyx, {
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
export function portingLoaConfigurationsPreview(
  client: ClientConfig,
  body: PortingLoaConfigurationsPreviewParams,
  options?: RequestOptions,
): APIPromise<PortingLoaConfigurationsPreviewResponse> {
  return request<PortingLoaConfigurationsPreviewResponse>(
    client,
    { method: "POST", path: "/porting/loa_configurations/preview", response: fileResponse },
    { body },
    options,
  );
}

/**
 * Retrieve a LOA configuration `GET /porting/loa_configurations/{id}`
 *
 * Returns one saved LOA configuration.
 *
 * @param id - ID of the LOA configuration.
 * @see [Retrieve a LOA configuration in the guide](./docs/porting.md#porting-loaconfigurations-retrieve)
 * @example
 * ```ts
 * const telnyx = createTelnyxConfig();
 * const loaConfiguration = await portingLoaConfigurationsRetrieve(telnyx, "1f2e3d4c-5b6a-4978-8a9b-0c1d2e3f4a5b");
 * console.log(loaConfiguration.data);
 * ```
 */
export function portingLoaConfigurationsRetrieve(
  client: ClientConfig,
  id: PortingLoaConfigurationsRetrievePathParams["id"],
  options?: RequestOptions,
): APIPromise<PortingLoaConfigurationsRetrieveResponse> {
  return request<PortingLoaConfigurationsRetrieveResponse>(
    client,
    { method: "GET", path: "/porting/loa_configurations/{id}", response: "json" },
    { path: { id } },
    options,
  );
}

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
 * const telnyx = createTelnyxConfig();
 * const loaConfiguration = await portingLoaConfigurationsUpdate(telnyx, "1f2e3d4c-5b6a-4978-8a9b-0c1d2e3f4a5b", {
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
export function portingLoaConfigurationsUpdate(
  client: ClientConfig,
  id: PortingLoaConfigurationsUpdatePathParams["id"],
  body: PortingLoaConfigurationsUpdateParams,
  options?: RequestOptions,
): APIPromise<PortingLoaConfigurationsUpdateResponse> {
  return request<PortingLoaConfigurationsUpdateResponse>(
    client,
    { method: "PATCH", path: "/porting/loa_configurations/{id}", response: "json" },
    { path: { id }, body },
    options,
  );
}

/**
 * Delete a LOA configuration `DELETE /porting/loa_configurations/{id}`
 *
 * Removes a saved LOA configuration; LOAs generated from it are not affected.
 *
 * @param id - ID of the LOA configuration.
 * @see [Delete a LOA configuration in the guide](./docs/porting.md#porting-loaconfigurations-delete)
 * @example
 * ```ts
 * const telnyx = createTelnyxConfig();
 * await portingLoaConfigurationsDelete(telnyx, "1f2e3d4c-5b6a-4978-8a9b-0c1d2e3f4a5b");
 * ```
 */
export function portingLoaConfigurationsDelete(
  client: ClientConfig,
  id: PortingLoaConfigurationsDeletePathParams["id"],
  options?: RequestOptions,
): APIPromise<PortingLoaConfigurationsDeleteResponse> {
  return request<PortingLoaConfigurationsDeleteResponse>(
    client,
    { method: "DELETE", path: "/porting/loa_configurations/{id}", response: "none" },
    { path: { id } },
    options,
  );
}

/**
 * Preview a saved LOA configuration `GET /porting/loa_configurations/{id}/preview`
 *
 * Renders the LOA of a saved configuration as a PDF. The method is `preview1` because `preview` already renders unsaved parameters (Telnyx's Python SDK calls it `preview_1`).
 *
 * @param id - ID of the LOA configuration.
 * @see [Preview a saved LOA configuration in the guide](./docs/porting.md#porting-loaconfigurations-preview1)
 * @example
 * ```ts
 * const telnyx = createTelnyxConfig();
 * const result = await portingLoaConfigurationsPreview1(telnyx, "1f2e3d4c-5b6a-4978-8a9b-0c1d2e3f4a5b");
 * console.log(result.name, result.type, result.size);
 * ```
 */
export function portingLoaConfigurationsPreview1(
  client: ClientConfig,
  id: PortingLoaConfigurationsPreview1PathParams["id"],
  options?: RequestOptions,
): APIPromise<PortingLoaConfigurationsPreview1Response> {
  return request<PortingLoaConfigurationsPreview1Response>(
    client,
    { method: "GET", path: "/porting/loa_configurations/{id}/preview", response: fileResponse },
    { path: { id } },
    options,
  );
}

/**
 * List porting reports `GET /porting/reports`. Await for the first page; `for await` iterates every item of every page.
 *
 * Pages through the reports requested about porting, optionally only those of one type or status. A `completed` report carries the `document_id` of its file.
 *
 * @param query - The query parameters `page`, `filter`; each is described on its field.
 * @see [List porting reports in the guide](./docs/porting.md#porting-reports-list)
 * @example
 * ```ts
 * const telnyx = createTelnyxConfig();
 * const reports = await portingReportsList(telnyx, {
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
export function portingReportsList(
  client: ClientConfig,
  query?: PortingReportsListQuery,
  options?: RequestOptions,
): PagePromise<PortingReportsListResponse, PortingReportsListItem> {
  return list<PortingReportsListResponse, PortingReportsListItem>(
    client,
    {
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
    { query },
    options,
  );
}

/**
 * Create a porting report `POST /porting/reports`
 *
 * Starts a CSV export of porting orders matching the filters. The report starts `pending`; retrieve it until it is `completed`, then fetch the document named by `document_id`.
 *
 * @param body - The report to build.
 * @see [Create a porting report in the guide](./docs/porting.md#porting-reports-create)
 * @example
 * ```ts
 * const telnyx = createTelnyxConfig();
 * const report = await portingReportsCreate(telnyx, {
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
export function portingReportsCreate(
  client: ClientConfig,
  body: PortingReportsCreateParams,
  options?: RequestOptions,
): APIPromise<PortingReportsCreateResponse> {
  return request<PortingReportsCreateResponse>(
    client,
    { method: "POST", path: "/porting/reports", response: "json" },
    { body },
    options,
  );
}

/**
 * Retrieve a porting report `GET /porting/reports/{id}`
 *
 * Returns one porting report; once `status` is `completed`, `document_id` names the CSV file.
 *
 * @param id - ID of the porting report.
 * @see [Retrieve a porting report in the guide](./docs/porting.md#porting-reports-retrieve)
 * @example
 * ```ts
 * const telnyx = createTelnyxConfig();
 * const report = await portingReportsRetrieve(telnyx, "4d5e6f7a-8b9c-4d0e-9f1a-2b3c4d5e6f7a");
 * console.log(report.data);
 * ```
 */
export function portingReportsRetrieve(
  client: ClientConfig,
  id: PortingReportsRetrievePathParams["id"],
  options?: RequestOptions,
): APIPromise<PortingReportsRetrieveResponse> {
  return request<PortingReportsRetrieveResponse>(
    client,
    { method: "GET", path: "/porting/reports/{id}", response: "json" },
    { path: { id } },
    options,
  );
}

/**
 * List UK carriers `GET /porting/uk_carriers`
 *
 * Lists the carriers in the United Kingdom that numbers can be ported from, with their CUPID codes. The list is not paged.
 *
 * @see [List UK carriers in the guide](./docs/porting.md#porting-listukcarriers)
 * @example
 * ```ts
 * const telnyx = createTelnyxConfig();
 * const result = await portingListUkCarriers(telnyx);
 * console.log(result.data);
 * ```
 */
export function portingListUkCarriers(
  client: ClientConfig,
  options?: RequestOptions,
): APIPromise<PortingListUkCarriersResponse> {
  return request<PortingListUkCarriersResponse>(
    client,
    { method: "GET", path: "/porting/uk_carriers", response: "json" },
    {},
    options,
  );
}

/**
 * List porting orders `GET /porting_orders`. Await for the first page; `for await` iterates every item of every page.
 *
 * Pages through your porting orders, optionally filtered by references, end user, port type, FastPort eligibility, requested FOC date or the numbers they contain, and sorted by creation or requested FOC time. Leave out the per-number details with `include_phone_numbers=false` to keep pages small.
 *
 * @param query - The query parameters `page`, `include_phone_numbers`, `filter`, `sort`; each is described on its field.
 * @see [List porting orders in the guide](./docs/porting.md#portingorders-list)
 * @example
 * ```ts
 * const telnyx = createTelnyxConfig();
 * const portingOrders = await portingOrdersList(telnyx, {
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
export function portingOrdersList(
  client: ClientConfig,
  query?: PortingOrdersListQuery,
  options?: RequestOptions,
): PagePromise<PortingOrdersListResponse, PortingOrdersListItem> {
  return list<PortingOrdersListResponse, PortingOrdersListItem>(
    client,
    {
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
    { query },
    options,
  );
}

/**
 * Create a porting order `POST /porting_orders`
 *
 * Opens porting orders in `draft` for the given numbers and answers with a list of orders, not a single one. Complete each draft with `portingOrders.update`, then submit it with `portingOrders.actions.confirm`.
 *
 * @param body - Numbers to port and your references.
 * @see [Create a porting order in the guide](./docs/porting.md#portingorders-create)
 * @example
 * ```ts
 * const telnyx = createTelnyxConfig();
 * const portingOrder = await portingOrdersCreate(telnyx, {
 *   phone_numbers: ["+13035550100", "+13035550101"],
 *   customer_reference: "denver-office-port",
 *   customer_group_reference: "abc-mobile-colorado",
 * });
 * console.log(portingOrder.data);
 * ```
 */
export function portingOrdersCreate(
  client: ClientConfig,
  body: PortingOrdersCreateParams,
  options?: RequestOptions,
): APIPromise<PortingOrdersCreateResponse> {
  return request<PortingOrdersCreateResponse>(
    client,
    { method: "POST", path: "/porting_orders", response: "json" },
    { body },
    options,
  );
}

/**
 * List exception types `GET /porting_orders/exception_types`
 *
 * Lists every exception code a porting order can report in `status.details`, with its meaning. The list is not paged.
 *
 * @see [List exception types in the guide](./docs/porting.md#portingorders-retrieveexceptiontypes)
 * @example
 * ```ts
 * const telnyx = createTelnyxConfig();
 * const result = await portingOrdersRetrieveExceptionTypes(telnyx);
 * console.log(result.data);
 * ```
 */
export function portingOrdersRetrieveExceptionTypes(
  client: ClientConfig,
  options?: RequestOptions,
): APIPromise<PortingOrdersRetrieveExceptionTypesResponse> {
  return request<PortingOrdersRetrieveExceptionTypesResponse>(
    client,
    { method: "GET", path: "/porting_orders/exception_types", response: "json" },
    {},
    options,
  );
}

/**
 * List phone number configurations `GET /porting_orders/phone_number_configurations`. Await for the first page; `for await` iterates every item of every page.
 *
 * Pages through the links between porting phone numbers and regulatory user bundles, optionally filtered by order status, porting phone number or bundle.
 *
 * @param query - The query parameters `page`, `filter`, `sort`; each is described on its field.
 * @see [List phone number configurations in the guide](./docs/porting.md#portingorders-phonenumberconfigurations-list)
 * @example
 * ```ts
 * const telnyx = createTelnyxConfig();
 * const phoneNumberConfigurations = await portingOrdersPhoneNumberConfigurationsList(telnyx, {
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
export function portingOrdersPhoneNumberConfigurationsList(
  client: ClientConfig,
  query?: PortingOrdersPhoneNumberConfigurationsListQuery,
  options?: RequestOptions,
): PagePromise<
  PortingOrdersPhoneNumberConfigurationsListResponse,
  PortingOrdersPhoneNumberConfigurationsListItem
> {
  return list<
    PortingOrdersPhoneNumberConfigurationsListResponse,
    PortingOrdersPhoneNumberConfigurationsListItem
  >(
    client,
    {
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
    { query },
    options,
  );
}

/**
 * Create phone number configurations `POST /porting_orders/phone_number_configurations`
 *
 * Links up to 20 porting phone numbers to regulatory user bundles in one call. A body is required.
 *
 * @param body - Configurations to create.
 * @see [Create phone number configurations in the guide](./docs/porting.md#portingorders-phonenumberconfigurations-create)
 * @example
 * ```ts
 * const telnyx = createTelnyxConfig();
 * const phoneNumberConfiguration = await portingOrdersPhoneNumberConfigurationsCreate(telnyx, {
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
export function portingOrdersPhoneNumberConfigurationsCreate(
  client: ClientConfig,
  body: PortingOrdersPhoneNumberConfigurationsCreateParams,
  options?: RequestOptions,
): APIPromise<PortingOrdersPhoneNumberConfigurationsCreateResponse> {
  return request<PortingOrdersPhoneNumberConfigurationsCreateResponse>(
    client,
    { method: "POST", path: "/porting_orders/phone_number_configurations", response: "json" },
    { body },
    options,
  );
}

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
 * const telnyx = createTelnyxConfig();
 * const portingOrder = await portingOrdersRetrieve(telnyx, "3c8e4b7a-2f1d-4e6a-9b3c-7d5e1f2a8b90", {
 *   include_phone_numbers: true,
 * });
 * console.log(portingOrder.data);
 * ```
 */
export function portingOrdersRetrieve(
  client: ClientConfig,
  id: PortingOrdersRetrievePathParams["id"],
  query?: PortingOrdersRetrieveQuery,
  options?: RequestOptions,
): APIPromise<PortingOrdersRetrieveResponse> {
  return request<PortingOrdersRetrieveResponse>(
    client,
    { method: "GET", path: "/porting_orders/{id}", response: "json" },
    { path: { id }, query },
    options,
  );
}

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
 * const telnyx = createTelnyxConfig();
 * const portingOrder = await portingOrdersUpdate(telnyx, "3c8e4b7a-2f1d-4e6a-9b3c-7d5e1f2a8b90", {
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
export function portingOrdersUpdate(
  client: ClientConfig,
  id: PortingOrdersUpdatePathParams["id"],
  body: PortingOrdersUpdateParams,
  options?: RequestOptions,
): APIPromise<PortingOrdersUpdateResponse> {
  return request<PortingOrdersUpdateResponse>(
    client,
    { method: "PATCH", path: "/porting_orders/{id}", response: "json" },
    { path: { id }, body },
    options,
  );
}

/**
 * Delete a porting order `DELETE /porting_orders/{id}`
 *
 * Deletes a porting order that is still in `draft`; any other state is refused with 422. To stop an order that was already submitted, cancel it instead.
 *
 * @param id - ID of the porting order.
 * @see [Delete a porting order in the guide](./docs/porting.md#portingorders-delete)
 * @example
 * ```ts
 * const telnyx = createTelnyxConfig();
 * await portingOrdersDelete(telnyx, "3c8e4b7a-2f1d-4e6a-9b3c-7d5e1f2a8b90");
 * ```
 */
export function portingOrdersDelete(
  client: ClientConfig,
  id: PortingOrdersDeletePathParams["id"],
  options?: RequestOptions,
): APIPromise<PortingOrdersDeleteResponse> {
  return request<PortingOrdersDeleteResponse>(
    client,
    { method: "DELETE", path: "/porting_orders/{id}", response: "none" },
    { path: { id } },
    options,
  );
}

/**
 * Activate the numbers of a porting order `POST /porting_orders/{id}/actions/activate`
 *
 * Starts activating every number of a US FastPort order in the background and answers 202 with the activation job. Follow the job with `portingOrders.activationJobs.retrieve` until it is `completed` or `failed`. Only US FastPort orders can be activated.
 *
 * @param id - ID of the porting order.
 * @see [Activate the numbers of a porting order in the guide](./docs/porting.md#portingorders-actions-activate)
 * @example
 * ```ts
 * const telnyx = createTelnyxConfig();
 * const result = await portingOrdersActionsActivate(telnyx, "3c8e4b7a-2f1d-4e6a-9b3c-7d5e1f2a8b90");
 * console.log(result.data);
 * ```
 */
export function portingOrdersActionsActivate(
  client: ClientConfig,
  id: PortingOrdersActionsActivatePathParams["id"],
  options?: RequestOptions,
): APIPromise<PortingOrdersActionsActivateResponse> {
  return request<PortingOrdersActionsActivateResponse>(
    client,
    { method: "POST", path: "/porting_orders/{id}/actions/activate", response: "json" },
    { path: { id } },
    options,
  );
}

/**
 * Cancel a porting order `POST /porting_orders/{id}/actions/cancel`
 *
 * Asks to withdraw a submitted porting order. The order moves to `cancel-pending` and ends `cancelled` once the cancellation is through; a draft is deleted instead.
 *
 * @param id - ID of the porting order.
 * @see [Cancel a porting order in the guide](./docs/porting.md#portingorders-actions-cancel)
 * @example
 * ```ts
 * const telnyx = createTelnyxConfig();
 * const result = await portingOrdersActionsCancel(telnyx, "3c8e4b7a-2f1d-4e6a-9b3c-7d5e1f2a8b90");
 * console.log(result.data);
 * ```
 */
export function portingOrdersActionsCancel(
  client: ClientConfig,
  id: PortingOrdersActionsCancelPathParams["id"],
  options?: RequestOptions,
): APIPromise<PortingOrdersActionsCancelResponse> {
  return request<PortingOrdersActionsCancelResponse>(
    client,
    { method: "POST", path: "/porting_orders/{id}/actions/cancel", response: "json" },
    { path: { id } },
    options,
  );
}

/**
 * Submit a porting order `POST /porting_orders/{id}/actions/confirm`
 *
 * Submits a completed draft to the losing carrier; the order leaves `draft` for `submitted` or `in-process` and can no longer be deleted. Check `requirements_met` and the steps in `additional_steps` first, or the submission is refused with 422.
 *
 * @param id - ID of the porting order.
 * @see [Submit a porting order in the guide](./docs/porting.md#portingorders-actions-confirm)
 * @example
 * ```ts
 * const telnyx = createTelnyxConfig();
 * const result = await portingOrdersActionsConfirm(telnyx, "3c8e4b7a-2f1d-4e6a-9b3c-7d5e1f2a8b90");
 * console.log(result.data);
 * ```
 */
export function portingOrdersActionsConfirm(
  client: ClientConfig,
  id: PortingOrdersActionsConfirmPathParams["id"],
  options?: RequestOptions,
): APIPromise<PortingOrdersActionsConfirmResponse> {
  return request<PortingOrdersActionsConfirmResponse>(
    client,
    { method: "POST", path: "/porting_orders/{id}/actions/confirm", response: "json" },
    { path: { id } },
    options,
  );
}

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
 * const telnyx = createTelnyxConfig();
 * const result = await portingOrdersActionsShare(telnyx, "3c8e4b7a-2f1d-4e6a-9b3c-7d5e1f2a8b90", {
 *   permissions: "porting_order.document.update",
 *   expires_in_seconds: 86400,
 * });
 * console.log(result.data);
 * ```
 */
export function portingOrdersActionsShare(
  client: ClientConfig,
  id: PortingOrdersActionsSharePathParams["id"],
  body: PortingOrdersActionsShareParams,
  options?: RequestOptions,
): APIPromise<PortingOrdersActionsShareResponse> {
  return request<PortingOrdersActionsShareResponse>(
    client,
    { method: "POST", path: "/porting_orders/{id}/actions/share", response: "json" },
    { path: { id }, body },
    options,
  );
}

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
 * const telnyx = createTelnyxConfig();
 * const activationJobs = await portingOrdersActivationJobsList(telnyx, "3c8e4b7a-2f1d-4e6a-9b3c-7d5e1f2a8b90", {
 *   page: {
 *     number: 1,
 *     size: 20,
 *   },
 * });
 * console.log(activationJobs.data);
 * ```
 */
export function portingOrdersActivationJobsList(
  client: ClientConfig,
  id: PortingOrdersActivationJobsListPathParams["id"],
  query?: PortingOrdersActivationJobsListQuery,
  options?: RequestOptions,
): PagePromise<PortingOrdersActivationJobsListResponse, PortingOrdersActivationJobsListItem> {
  return list<PortingOrdersActivationJobsListResponse, PortingOrdersActivationJobsListItem>(
    client,
    {
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
    { path: { id }, query },
    options,
  );
}

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
 * const telnyx = createTelnyxConfig();
 * const activationJob = await portingOrdersActivationJobsRetrieve(telnyx, "3c8e4b7a-2f1d-4e6a-9b3c-7d5e1f2a8b90", "2e4f6a8b-1c3d-4e5f-8a9b-0c1d2e3f4a5b");
 * console.log(activationJob.data);
 * ```
 */
export function portingOrdersActivationJobsRetrieve(
  client: ClientConfig,
  id: PortingOrdersActivationJobsRetrievePathParams["id"],
  activationJobId: PortingOrdersActivationJobsRetrievePathParams["activationJobId"],
  options?: RequestOptions,
): APIPromise<PortingOrdersActivationJobsRetrieveResponse> {
  return request<PortingOrdersActivationJobsRetrieveResponse>(
    client,
    { method: "GET", path: "/porting_orders/{id}/activation_jobs/{activationJobId}", response: "json" },
    { path: { id, activationJobId } },
    options,
  );
}

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
 * const telnyx = createTelnyxConfig();
 * const activationJob = await portingOrdersActivationJobsUpdate(telnyx, "3c8e4b7a-2f1d-4e6a-9b3c-7d5e1f2a8b90", "2e4f6a8b-1c3d-4e5f-8a9b-0c1d2e3f4a5b", {
 *   activate_at: "2026-04-02T17:00:00Z",
 * });
 * console.log(activationJob.data);
 * ```
 */
export function portingOrdersActivationJobsUpdate(
  client: ClientConfig,
  id: PortingOrdersActivationJobsUpdatePathParams["id"],
  activationJobId: PortingOrdersActivationJobsUpdatePathParams["activationJobId"],
  body: PortingOrdersActivationJobsUpdateParams,
  options?: RequestOptions,
): APIPromise<PortingOrdersActivationJobsUpdateResponse> {
  return request<PortingOrdersActivationJobsUpdateResponse>(
    client,
    { method: "PATCH", path: "/porting_orders/{id}/activation_jobs/{activationJobId}", response: "json" },
    { path: { id, activationJobId }, body },
    options,
  );
}

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
 * const telnyx = createTelnyxConfig();
 * const additionalDocuments = await portingOrdersAdditionalDocumentsList(telnyx, "3c8e4b7a-2f1d-4e6a-9b3c-7d5e1f2a8b90", {
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
export function portingOrdersAdditionalDocumentsList(
  client: ClientConfig,
  id: PortingOrdersAdditionalDocumentsListPathParams["id"],
  query?: PortingOrdersAdditionalDocumentsListQuery,
  options?: RequestOptions,
): PagePromise<PortingOrdersAdditionalDocumentsListResponse, PortingOrdersAdditionalDocumentsListItem> {
  return list<PortingOrdersAdditionalDocumentsListResponse, PortingOrdersAdditionalDocumentsListItem>(
    client,
    {
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
    { path: { id }, query },
    options,
  );
}

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
 * const telnyx = createTelnyxConfig();
 * const additionalDocument = await portingOrdersAdditionalDocumentsCreate(telnyx, "3c8e4b7a-2f1d-4e6a-9b3c-7d5e1f2a8b90", {
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
export function portingOrdersAdditionalDocumentsCreate(
  client: ClientConfig,
  id: PortingOrdersAdditionalDocumentsCreatePathParams["id"],
  body: PortingOrdersAdditionalDocumentsCreateParams,
  options?: RequestOptions,
): APIPromise<PortingOrdersAdditionalDocumentsCreateResponse> {
  return request<PortingOrdersAdditionalDocumentsCreateResponse>(
    client,
    { method: "POST", path: "/porting_orders/{id}/additional_documents", response: "json" },
    { path: { id }, body },
    options,
  );
}

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
 * const telnyx = createTelnyxConfig();
 * await portingOrdersAdditionalDocumentsDelete(telnyx, "3c8e4b7a-2f1d-4e6a-9b3c-7d5e1f2a8b90", "5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d");
 * ```
 */
export function portingOrdersAdditionalDocumentsDelete(
  client: ClientConfig,
  id: PortingOrdersAdditionalDocumentsDeletePathParams["id"],
  additionalDocumentId: PortingOrdersAdditionalDocumentsDeletePathParams["additional_document_id"],
  options?: RequestOptions,
): APIPromise<PortingOrdersAdditionalDocumentsDeleteResponse> {
  return request<PortingOrdersAdditionalDocumentsDeleteResponse>(
    client,
    {
      method: "DELETE",
      path: "/porting_orders/{id}/additional_documents/{additional_document_id}",
      response: "none",
    },
    { path: { id, additional_document_id: additionalDocumentId } },
    options,
  );
}

/**
 * List allowed FOC windows `GET /porting_orders/{id}/allowed_foc_windows`
 *
 * Lists the time windows in which the firm order commitment (FOC) of this order may be requested. Pick `activation_settings.foc_datetime_requested` from them before confirming. The answer carries `meta` but takes no paging parameters.
 *
 * @param id - ID of the porting order.
 * @see [List allowed FOC windows in the guide](./docs/porting.md#portingorders-retrieveallowedfocwindows)
 * @example
 * ```ts
 * const telnyx = createTelnyxConfig();
 * const result = await portingOrdersRetrieveAllowedFocWindows(telnyx, "3c8e4b7a-2f1d-4e6a-9b3c-7d5e1f2a8b90");
 * console.log(result.data);
 * ```
 */
export function portingOrdersRetrieveAllowedFocWindows(
  client: ClientConfig,
  id: PortingOrdersRetrieveAllowedFocWindowsPathParams["id"],
  options?: RequestOptions,
): APIPromise<PortingOrdersRetrieveAllowedFocWindowsResponse> {
  return request<PortingOrdersRetrieveAllowedFocWindowsResponse>(
    client,
    { method: "GET", path: "/porting_orders/{id}/allowed_foc_windows", response: "json" },
    { path: { id } },
    options,
  );
}

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
 * const telnyx = createTelnyxConfig();
 * const comments = await portingOrdersCommentsList(telnyx, "3c8e4b7a-2f1d-4e6a-9b3c-7d5e1f2a8b90", {
 *   page: {
 *     number: 1,
 *     size: 20,
 *   },
 * });
 * console.log(comments.data);
 * ```
 */
export function portingOrdersCommentsList(
  client: ClientConfig,
  id: PortingOrdersCommentsListPathParams["id"],
  query?: PortingOrdersCommentsListQuery,
  options?: RequestOptions,
): PagePromise<PortingOrdersCommentsListResponse, PortingOrdersCommentsListItem> {
  return list<PortingOrdersCommentsListResponse, PortingOrdersCommentsListItem>(
    client,
    {
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
    { path: { id }, query },
    options,
  );
}

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
 * const telnyx = createTelnyxConfig();
 * const comment = await portingOrdersCommentsCreate(telnyx, "3c8e4b7a-2f1d-4e6a-9b3c-7d5e1f2a8b90", {
 *   body: "Invoice uploaded; the account number is 4471093882.",
 * });
 * console.log(comment.data);
 * ```
 */
export function portingOrdersCommentsCreate(
  client: ClientConfig,
  id: PortingOrdersCommentsCreatePathParams["id"],
  body: PortingOrdersCommentsCreateParams,
  options?: RequestOptions,
): APIPromise<PortingOrdersCommentsCreateResponse> {
  return request<PortingOrdersCommentsCreateResponse>(
    client,
    { method: "POST", path: "/porting_orders/{id}/comments", response: "json" },
    { path: { id }, body },
    options,
  );
}

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
 * const telnyx = createTelnyxConfig();
 * const result = await portingOrdersRetrieveLoaTemplate(telnyx, "3c8e4b7a-2f1d-4e6a-9b3c-7d5e1f2a8b90", {
 *   loa_configuration_id: "1f2e3d4c-5b6a-4978-8a9b-0c1d2e3f4a5b",
 * });
 * console.log(result.name, result.type, result.size);
 * ```
 */
export function portingOrdersRetrieveLoaTemplate(
  client: ClientConfig,
  id: PortingOrdersRetrieveLoaTemplatePathParams["id"],
  query?: PortingOrdersRetrieveLoaTemplateQuery,
  options?: RequestOptions,
): APIPromise<PortingOrdersRetrieveLoaTemplateResponse> {
  return request<PortingOrdersRetrieveLoaTemplateResponse>(
    client,
    { method: "GET", path: "/porting_orders/{id}/loa_template", response: fileResponse },
    { path: { id }, query },
    options,
  );
}

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
 * const telnyx = createTelnyxConfig();
 * const result = await portingOrdersRetrieveRequirements(telnyx, "3c8e4b7a-2f1d-4e6a-9b3c-7d5e1f2a8b90", {
 *   page: {
 *     number: 1,
 *     size: 20,
 *   },
 * });
 * console.log(result.data);
 * ```
 */
export function portingOrdersRetrieveRequirements(
  client: ClientConfig,
  id: PortingOrdersRetrieveRequirementsPathParams["id"],
  query?: PortingOrdersRetrieveRequirementsQuery,
  options?: RequestOptions,
): PagePromise<PortingOrdersRetrieveRequirementsResponse, PortingOrdersRetrieveRequirementsItem> {
  return list<PortingOrdersRetrieveRequirementsResponse, PortingOrdersRetrieveRequirementsItem>(
    client,
    {
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
    { path: { id }, query },
    options,
  );
}

/**
 * Retrieve the V1 sub request of a porting order `GET /porting_orders/{id}/sub_request`
 *
 * Returns the IDs of the port request and sub request that represent this order in Telnyx's older V1 porting API, for cross-referencing.
 *
 * @param id - ID of the porting order.
 * @see [Retrieve the V1 sub request of a porting order in the guide](./docs/porting.md#portingorders-retrievesubrequest)
 * @example
 * ```ts
 * const telnyx = createTelnyxConfig();
 * const result = await portingOrdersRetrieveSubRequest(telnyx, "3c8e4b7a-2f1d-4e6a-9b3c-7d5e1f2a8b90");
 * console.log(result.data);
 * ```
 */
export function portingOrdersRetrieveSubRequest(
  client: ClientConfig,
  id: PortingOrdersRetrieveSubRequestPathParams["id"],
  options?: RequestOptions,
): APIPromise<PortingOrdersRetrieveSubRequestResponse> {
  return request<PortingOrdersRetrieveSubRequestResponse>(
    client,
    { method: "GET", path: "/porting_orders/{id}/sub_request", response: "json" },
    { path: { id } },
    options,
  );
}

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
 * const telnyx = createTelnyxConfig();
 * const verificationCodes = await portingOrdersVerificationCodesList(telnyx, "3c8e4b7a-2f1d-4e6a-9b3c-7d5e1f2a8b90", {
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
export function portingOrdersVerificationCodesList(
  client: ClientConfig,
  id: PortingOrdersVerificationCodesListPathParams["id"],
  query?: PortingOrdersVerificationCodesListQuery,
  options?: RequestOptions,
): PagePromise<PortingOrdersVerificationCodesListResponse, PortingOrdersVerificationCodesListItem> {
  return list<PortingOrdersVerificationCodesListResponse, PortingOrdersVerificationCodesListItem>(
    client,
    {
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
    { path: { id }, query },
    options,
  );
}

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
 * const telnyx = createTelnyxConfig();
 * await portingOrdersVerificationCodesSend(telnyx, "3c8e4b7a-2f1d-4e6a-9b3c-7d5e1f2a8b90", {
 *   phone_numbers: ["+13035550100", "+13035550101"],
 *   verification_method: "sms",
 * });
 * ```
 */
export function portingOrdersVerificationCodesSend(
  client: ClientConfig,
  id: PortingOrdersVerificationCodesSendPathParams["id"],
  body?: PortingOrdersVerificationCodesSendParams,
  options?: RequestOptions,
): APIPromise<PortingOrdersVerificationCodesSendResponse> {
  return request<PortingOrdersVerificationCodesSendResponse>(
    client,
    { method: "POST", path: "/porting_orders/{id}/verification_codes/send", response: "none" },
    { path: { id }, body },
    options,
  );
}

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
 * const telnyx = createTelnyxConfig();
 * const result = await portingOrdersVerificationCodesVerify(telnyx, "3c8e4b7a-2f1d-4e6a-9b3c-7d5e1f2a8b90", {
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
export function portingOrdersVerificationCodesVerify(
  client: ClientConfig,
  id: PortingOrdersVerificationCodesVerifyPathParams["id"],
  body: PortingOrdersVerificationCodesVerifyParams,
  options?: RequestOptions,
): APIPromise<PortingOrdersVerificationCodesVerifyResponse> {
  return request<PortingOrdersVerificationCodesVerifyResponse>(
    client,
    { method: "POST", path: "/porting_orders/{id}/verification_codes/verify", response: "json" },
    { path: { id }, body },
    options,
  );
}

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
 * const telnyx = createTelnyxConfig();
 * const actionRequirements = await portingOrdersActionRequirementsList(telnyx, "b8d0f2a4-6c8e-4a0b-9d3f-5e7a9b1c3d5f", {
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
export function portingOrdersActionRequirementsList(
  client: ClientConfig,
  portingOrderId: PortingOrdersActionRequirementsListPathParams["porting_order_id"],
  query?: PortingOrdersActionRequirementsListQuery,
  options?: RequestOptions,
): PagePromise<PortingOrdersActionRequirementsListResponse, PortingOrdersActionRequirementsListItem> {
  return list<PortingOrdersActionRequirementsListResponse, PortingOrdersActionRequirementsListItem>(
    client,
    {
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
    { path: { porting_order_id: portingOrderId }, query },
    options,
  );
}

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
 * const telnyx = createTelnyxConfig();
 * const result = await portingOrdersActionRequirementsInitiate(telnyx, "b8d0f2a4-6c8e-4a0b-9d3f-5e7a9b1c3d5f", "a7c9e1f3-5b7d-4f9a-8c2e-4d6f8a0b2c4e", {
 *   params: {
 *     first_name: "Olivia",
 *     last_name: "Nguyen",
 *   },
 * });
 * console.log(result.data);
 * ```
 */
export function portingOrdersActionRequirementsInitiate(
  client: ClientConfig,
  portingOrderId: PortingOrdersActionRequirementsInitiatePathParams["porting_order_id"],
  id: PortingOrdersActionRequirementsInitiatePathParams["id"],
  body: PortingOrdersActionRequirementsInitiateParams,
  options?: RequestOptions,
): APIPromise<PortingOrdersActionRequirementsInitiateResponse> {
  return request<PortingOrdersActionRequirementsInitiateResponse>(
    client,
    {
      method: "POST",
      path: "/porting_orders/{porting_order_id}/action_requirements/{id}/initiate",
      response: "json",
    },
    { path: { porting_order_id: portingOrderId, id }, body },
    options,
  );
}

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
 * const telnyx = createTelnyxConfig();
 * const associatedPhoneNumbers = await portingOrdersAssociatedPhoneNumbersList(telnyx, "e1f2a3b4-c5d6-4e7f-9a8b-0c1d2e3f4a5b", {
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
export function portingOrdersAssociatedPhoneNumbersList(
  client: ClientConfig,
  portingOrderId: PortingOrdersAssociatedPhoneNumbersListPathParams["porting_order_id"],
  query?: PortingOrdersAssociatedPhoneNumbersListQuery,
  options?: RequestOptions,
): PagePromise<PortingOrdersAssociatedPhoneNumbersListResponse, PortingOrdersAssociatedPhoneNumbersListItem> {
  return list<PortingOrdersAssociatedPhoneNumbersListResponse, PortingOrdersAssociatedPhoneNumbersListItem>(
    client,
    {
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
    { path: { porting_order_id: portingOrderId }, query },
    options,
  );
}

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
 * const telnyx = createTelnyxConfig();
 * const associatedPhoneNumber = await portingOrdersAssociatedPhoneNumbersCreate(telnyx, "e1f2a3b4-c5d6-4e7f-9a8b-0c1d2e3f4a5b", {
 *   action: "keep",
 *   phone_number_range: {
 *     start_at: "+442071234570",
 *     end_at: "+442071234579",
 *   },
 * });
 * console.log(associatedPhoneNumber.data);
 * ```
 */
export function portingOrdersAssociatedPhoneNumbersCreate(
  client: ClientConfig,
  portingOrderId: PortingOrdersAssociatedPhoneNumbersCreatePathParams["porting_order_id"],
  body: PortingOrdersAssociatedPhoneNumbersCreateParams,
  options?: RequestOptions,
): APIPromise<PortingOrdersAssociatedPhoneNumbersCreateResponse> {
  return request<PortingOrdersAssociatedPhoneNumbersCreateResponse>(
    client,
    { method: "POST", path: "/porting_orders/{porting_order_id}/associated_phone_numbers", response: "json" },
    { path: { porting_order_id: portingOrderId }, body },
    options,
  );
}

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
 * const telnyx = createTelnyxConfig();
 * const result = await portingOrdersAssociatedPhoneNumbersDelete(telnyx, "e1f2a3b4-c5d6-4e7f-9a8b-0c1d2e3f4a5b", "d0e1f2a3-b4c5-4d6e-8f7a-9b0c1d2e3f4a");
 * console.log(result.data);
 * ```
 */
export function portingOrdersAssociatedPhoneNumbersDelete(
  client: ClientConfig,
  portingOrderId: PortingOrdersAssociatedPhoneNumbersDeletePathParams["porting_order_id"],
  id: PortingOrdersAssociatedPhoneNumbersDeletePathParams["id"],
  options?: RequestOptions,
): APIPromise<PortingOrdersAssociatedPhoneNumbersDeleteResponse> {
  return request<PortingOrdersAssociatedPhoneNumbersDeleteResponse>(
    client,
    {
      method: "DELETE",
      path: "/porting_orders/{porting_order_id}/associated_phone_numbers/{id}",
      response: "json",
    },
    { path: { porting_order_id: portingOrderId, id } },
    options,
  );
}

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
 * const telnyx = createTelnyxConfig();
 * const phoneNumberBlocks = await portingOrdersPhoneNumberBlocksList(telnyx, "e1f2a3b4-c5d6-4e7f-9a8b-0c1d2e3f4a5b", {
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
export function portingOrdersPhoneNumberBlocksList(
  client: ClientConfig,
  portingOrderId: PortingOrdersPhoneNumberBlocksListPathParams["porting_order_id"],
  query?: PortingOrdersPhoneNumberBlocksListQuery,
  options?: RequestOptions,
): PagePromise<PortingOrdersPhoneNumberBlocksListResponse, PortingOrdersPhoneNumberBlocksListItem> {
  return list<PortingOrdersPhoneNumberBlocksListResponse, PortingOrdersPhoneNumberBlocksListItem>(
    client,
    {
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
    { path: { porting_order_id: portingOrderId }, query },
    options,
  );
}

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
 * const telnyx = createTelnyxConfig();
 * const phoneNumberBlock = await portingOrdersPhoneNumberBlocksCreate(telnyx, "e1f2a3b4-c5d6-4e7f-9a8b-0c1d2e3f4a5b", {
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
export function portingOrdersPhoneNumberBlocksCreate(
  client: ClientConfig,
  portingOrderId: PortingOrdersPhoneNumberBlocksCreatePathParams["porting_order_id"],
  body: PortingOrdersPhoneNumberBlocksCreateParams,
  options?: RequestOptions,
): APIPromise<PortingOrdersPhoneNumberBlocksCreateResponse> {
  return request<PortingOrdersPhoneNumberBlocksCreateResponse>(
    client,
    { method: "POST", path: "/porting_orders/{porting_order_id}/phone_number_blocks", response: "json" },
    { path: { porting_order_id: portingOrderId }, body },
    options,
  );
}

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
 * const telnyx = createTelnyxConfig();
 * const result = await portingOrdersPhoneNumberBlocksDelete(telnyx, "e1f2a3b4-c5d6-4e7f-9a8b-0c1d2e3f4a5b", "f2a3b4c5-d6e7-4f8a-9b0c-1d2e3f4a5b6c");
 * console.log(result.data);
 * ```
 */
export function portingOrdersPhoneNumberBlocksDelete(
  client: ClientConfig,
  portingOrderId: PortingOrdersPhoneNumberBlocksDeletePathParams["porting_order_id"],
  id: PortingOrdersPhoneNumberBlocksDeletePathParams["id"],
  options?: RequestOptions,
): APIPromise<PortingOrdersPhoneNumberBlocksDeleteResponse> {
  return request<PortingOrdersPhoneNumberBlocksDeleteResponse>(
    client,
    {
      method: "DELETE",
      path: "/porting_orders/{porting_order_id}/phone_number_blocks/{id}",
      response: "json",
    },
    { path: { porting_order_id: portingOrderId, id } },
    options,
  );
}

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
 * const telnyx = createTelnyxConfig();
 * const phoneNumberExtensions = await portingOrdersPhoneNumberExtensionsList(telnyx, "e1f2a3b4-c5d6-4e7f-9a8b-0c1d2e3f4a5b", {
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
export function portingOrdersPhoneNumberExtensionsList(
  client: ClientConfig,
  portingOrderId: PortingOrdersPhoneNumberExtensionsListPathParams["porting_order_id"],
  query?: PortingOrdersPhoneNumberExtensionsListQuery,
  options?: RequestOptions,
): PagePromise<PortingOrdersPhoneNumberExtensionsListResponse, PortingOrdersPhoneNumberExtensionsListItem> {
  return list<PortingOrdersPhoneNumberExtensionsListResponse, PortingOrdersPhoneNumberExtensionsListItem>(
    client,
    {
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
    { path: { porting_order_id: portingOrderId }, query },
    options,
  );
}

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
 * const telnyx = createTelnyxConfig();
 * const phoneNumberExtension = await portingOrdersPhoneNumberExtensionsCreate(telnyx, "e1f2a3b4-c5d6-4e7f-9a8b-0c1d2e3f4a5b", {
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
export function portingOrdersPhoneNumberExtensionsCreate(
  client: ClientConfig,
  portingOrderId: PortingOrdersPhoneNumberExtensionsCreatePathParams["porting_order_id"],
  body: PortingOrdersPhoneNumberExtensionsCreateParams,
  options?: RequestOptions,
): APIPromise<PortingOrdersPhoneNumberExtensionsCreateResponse> {
  return request<PortingOrdersPhoneNumberExtensionsCreateResponse>(
    client,
    { method: "POST", path: "/porting_orders/{porting_order_id}/phone_number_extensions", response: "json" },
    { path: { porting_order_id: portingOrderId }, body },
    options,
  );
}

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
 * const telnyx = createTelnyxConfig();
 * const result = await portingOrdersPhoneNumberExtensionsDelete(telnyx, "e1f2a3b4-c5d6-4e7f-9a8b-0c1d2e3f4a5b", "a3b4c5d6-e7f8-4a9b-8c0d-2e3f4a5b6c7d");
 * console.log(result.data);
 * ```
 */
export function portingOrdersPhoneNumberExtensionsDelete(
  client: ClientConfig,
  portingOrderId: PortingOrdersPhoneNumberExtensionsDeletePathParams["porting_order_id"],
  id: PortingOrdersPhoneNumberExtensionsDeletePathParams["id"],
  options?: RequestOptions,
): APIPromise<PortingOrdersPhoneNumberExtensionsDeleteResponse> {
  return request<PortingOrdersPhoneNumberExtensionsDeleteResponse>(
    client,
    {
      method: "DELETE",
      path: "/porting_orders/{porting_order_id}/phone_number_extensions/{id}",
      response: "json",
    },
    { path: { porting_order_id: portingOrderId, id } },
    options,
  );
}

/**
 * List porting phone numbers `GET /porting_phone_numbers`. Await for the first page; `for await` iterates every item of every page.
 *
 * Pages through every number in your porting orders with its own activation, portability and requirements status, optionally only those of orders in one state. Ask for `text/csv` in the `Accept` header to get the same list as a CSV file.
 *
 * @param query - The query parameters `page`, `filter`; each is described on its field.
 * @see [List porting phone numbers in the guide](./docs/porting.md#portingphonenumbers-list)
 * @example
 * ```ts
 * const telnyx = createTelnyxConfig();
 * const portingPhoneNumbers = await portingPhoneNumbersList(telnyx, {
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
export function portingPhoneNumbersList(
  client: ClientConfig,
  query?: PortingPhoneNumbersListQuery,
  options?: RequestOptions,
): PagePromise<PortingPhoneNumbersListResponse, PortingPhoneNumbersListItem> {
  return list<PortingPhoneNumbersListResponse, PortingPhoneNumbersListItem>(
    client,
    {
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
    { query },
    options,
  );
}
