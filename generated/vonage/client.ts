// Generated from specs/vonage/openapi.yaml by `npm run generate`. Do not edit: change the spec or
// templates/client.ts.hbs and regenerate.
//
// The facade: every operation as a method in its namespace, calling the function of the same
// operation in functions.ts with the client's config. An app that bundles it bundles every
// operation; one that imports functions from functions.ts bundles only those.
import type { Client } from "openapi-fetch";
import type { APIPromise } from "../runtime/api-promise.js";
import { withLogging } from "../runtime/logging.js";
import type { PagePromise } from "../runtime/pagination.js";
import { rawClient } from "../runtime/raw.js";
import type { RequestOptions } from "../runtime/transport.js";
import { lazyResponseValidation, type ResponseValidationError } from "../runtime/validation.js";
import {
  createVonageConfig,
  type VonageConfigOptions,
  enumsRetrieve,
  type EnumsRetrieveResponse,
  accountRetrieve,
  type AccountRetrieveResponse,
  accountUpdate,
  type AccountUpdateParams,
  type AccountUpdateResponse,
  brandsList,
  type BrandsListQuery,
  type BrandsListResponse,
  type BrandsListItem,
  brandsCreate,
  type BrandsCreateParams,
  type BrandsCreateResponse,
  brandsRetrieve,
  type BrandsRetrievePathParams,
  type BrandsRetrieveResponse,
  brandsUpdate,
  type BrandsUpdatePathParams,
  type BrandsUpdateParams,
  type BrandsUpdateResponse,
  brandsDelete,
  type BrandsDeletePathParams,
  type BrandsDeleteResponse,
  brandsFeedbackRetrieve,
  type BrandsFeedbackRetrievePathParams,
  type BrandsFeedbackRetrieveResponse,
  brandsUsecasesQualify,
  type BrandsUsecasesQualifyPathParams,
  type BrandsUsecasesQualifyResponse,
  brandsVerificationStart,
  type BrandsVerificationStartPathParams,
  type BrandsVerificationStartParams,
  type BrandsVerificationStartResponse,
  brandsVerificationVerify,
  type BrandsVerificationVerifyPathParams,
  type BrandsVerificationVerifyParams,
  type BrandsVerificationVerifyResponse,
  brandsVerificationRetrieve,
  type BrandsVerificationRetrievePathParams,
  type BrandsVerificationRetrieveResponse,
  brandsVettingList,
  type BrandsVettingListPathParams,
  type BrandsVettingListResponse,
  brandsVettingCreate,
  type BrandsVettingCreatePathParams,
  type BrandsVettingCreateParams,
  type BrandsVettingCreateResponse,
  brandsVettingImport,
  type BrandsVettingImportPathParams,
  type BrandsVettingImportParams,
  type BrandsVettingImportResponse,
  brandsVettingAppeal,
  type BrandsVettingAppealPathParams,
  type BrandsVettingAppealParams,
  type BrandsVettingAppealResponse,
  brandsRevet,
  type BrandsRevetPathParams,
  type BrandsRevetResponse,
  brandsVettingEvidenceList,
  type BrandsVettingEvidenceListPathParams,
  type BrandsVettingEvidenceListQuery,
  type BrandsVettingEvidenceListResponse,
  type BrandsVettingEvidenceListItem,
  brandsVettingEvidenceUpload,
  type BrandsVettingEvidenceUploadPathParams,
  type BrandsVettingEvidenceUploadParams,
  type BrandsVettingEvidenceUploadResponse,
  brandsVettingEvidenceDownload,
  type BrandsVettingEvidenceDownloadPathParams,
  type BrandsVettingEvidenceDownloadResponse,
  brandsVettingEvidenceDelete,
  type BrandsVettingEvidenceDeletePathParams,
  type BrandsVettingEvidenceDeleteResponse,
  brandsCampaignsList,
  type BrandsCampaignsListPathParams,
  type BrandsCampaignsListQuery,
  type BrandsCampaignsListResponse,
  type BrandsCampaignsListItem,
  brandsCampaignsCreate,
  type BrandsCampaignsCreatePathParams,
  type BrandsCampaignsCreateParams,
  type BrandsCampaignsCreateResponse,
  campaignsMessageFlowPreview,
  type CampaignsMessageFlowPreviewParams,
  type CampaignsMessageFlowPreviewResponse,
  brandsCampaignsRetrieve,
  type BrandsCampaignsRetrievePathParams,
  type BrandsCampaignsRetrieveResponse,
  brandsCampaignsUpdate,
  type BrandsCampaignsUpdatePathParams,
  type BrandsCampaignsUpdateParams,
  type BrandsCampaignsUpdateResponse,
  brandsCampaignsDelete,
  type BrandsCampaignsDeletePathParams,
  type BrandsCampaignsDeleteResponse,
  brandsCampaignsResubmit,
  type BrandsCampaignsResubmitPathParams,
  type BrandsCampaignsResubmitParams,
  type BrandsCampaignsResubmitResponse,
  campaignsTermsAndConditionsRetrieve,
  type CampaignsTermsAndConditionsRetrieveResponse,
  partnerCampaignsImport,
  type PartnerCampaignsImportParams,
  type PartnerCampaignsImportResponse,
  partnerCampaignsRetrieve,
  type PartnerCampaignsRetrievePathParams,
  type PartnerCampaignsRetrieveResponse,
  throughputsList,
  type ThroughputsListQuery,
  type ThroughputsListResponse,
  type ThroughputsListItem,
  brandsCampaignsNumbersList,
  type BrandsCampaignsNumbersListPathParams,
  type BrandsCampaignsNumbersListQuery,
  type BrandsCampaignsNumbersListResponse,
  type BrandsCampaignsNumbersListItem,
  brandsCampaignsNumbersLink,
  type BrandsCampaignsNumbersLinkPathParams,
  type BrandsCampaignsNumbersLinkParams,
  type BrandsCampaignsNumbersLinkResponse,
  brandsCampaignsNumbersRetrieve,
  type BrandsCampaignsNumbersRetrievePathParams,
  type BrandsCampaignsNumbersRetrieveResponse,
  brandsCampaignsNumbersUnlink,
  type BrandsCampaignsNumbersUnlinkPathParams,
  type BrandsCampaignsNumbersUnlinkResponse,
  resellersList,
  type ResellersListQuery,
  type ResellersListResponse,
  type ResellersListItem,
  resellersCreate,
  type ResellersCreateParams,
  type ResellersCreateResponse,
  resellersRetrieve,
  type ResellersRetrievePathParams,
  type ResellersRetrieveResponse,
} from "./functions.js";
import type { paths } from "./types.js";

export interface VonageClientOptions extends VonageConfigOptions {
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

function validation(setting: NonNullable<VonageClientOptions["validate"]>) {
  const mode = setting === "responses" ? "throw" : setting.responses;
  const onInvalid = typeof setting === "object" ? setting.onInvalid : undefined;
  return lazyResponseValidation(() => import("./validators.js").then((module) => module.responseValidators), {
    mode,
    ...(onInvalid ? { onInvalid } : {}),
  });
}

/** Creates a typed client for the Vonage 10DLC API (curated). */
export function createVonageClient(options: VonageClientOptions = {}) {
  // The debug log wraps fetch: one line per attempt, as sent.
  const config = createVonageConfig({
    ...options,
    ...(options.logger ? { fetch: withLogging(options.logger, options.fetch) } : {}),
    ...(options.validate ? { validateResponse: validation(options.validate) } : {}),
  });
  return {
    /** The underlying openapi-fetch client (same base URL, headers and credentials), for anything the methods below do not cover. */
    // Through `unknown`: a direct cast makes tsc compare Client<any> with Client<paths> structurally,
    // which instantiates thousands of types on every compile (measured by `npm run bench`).
    raw: rawClient(config) as unknown as Client<paths>,
    enums: {
      /**
       * Get enumeration values `GET /enum`
       *
       * Returns, for each enumerated property used across the 10DLC API, the list of currently accepted values. Use it to refresh verticals, use cases or stock exchanges instead of hard-coding them.
       *
       * @see [Get enumeration values in the guide](./docs/10dlc.md#enums-retrieve)
       * @example
       * ```ts
       * const enumResult = await vonage.enums.retrieve();
       * console.log(enumResult.alt_business_id_type);
       * ```
       */
      retrieve: (options?: RequestOptions): APIPromise<EnumsRetrieveResponse> =>
        enumsRetrieve(config, options),
    },
    account: {
      /**
       * Get account settings `GET /account`
       *
       * Returns the 10DLC settings of the authenticated account. Today this is only whether opt-out assist is switched on.
       *
       * @see [Get account settings in the guide](./docs/10dlc.md#account-retrieve)
       * @example
       * ```ts
       * const account = await vonage.account.retrieve();
       * console.log(account.opt_out_assist);
       * ```
       */
      retrieve: (options?: RequestOptions): APIPromise<AccountRetrieveResponse> =>
        accountRetrieve(config, options),
      /**
       * Update account settings `PATCH /account`
       *
       * Changes the 10DLC settings of the account; only the primary account may call it. Opt-out assist can be switched on here but not off: disabling it goes through Vonage support.
       *
       * @param body - New account-level 10DLC settings.
       * @see [Update account settings in the guide](./docs/10dlc.md#account-update)
       * @example
       * ```ts
       * await vonage.account.update({
       *   opt_out_assist: true,
       * });
       * ```
       */
      update: (body: AccountUpdateParams, options?: RequestOptions): APIPromise<AccountUpdateResponse> =>
        accountUpdate(config, body, options),
    },
    brands: {
      /**
       * List brands `GET /brands`. Await for the first page; `for await` iterates every item of every page.
       *
       * Pages through the brands of the authenticated account. Without a `status` filter only ACTIVE and SUSPENDED brands are returned; pass DELETED to find deleted brands.
       *
       * @param query - The query parameters `page`, `page_size`, `filter`, `status`; each is described on its field.
       * @see [List brands in the guide](./docs/10dlc.md#brands-list)
       * @example
       * ```ts
       * const brands = await vonage.brands.list({
       *   page: 2,
       *   page_size: 10,
       *   status: "ACTIVE",
       * });
       * console.log(brands.page_size);
       * ```
       */
      list: (
        query?: BrandsListQuery,
        options?: RequestOptions,
      ): PagePromise<BrandsListResponse, BrandsListItem> => brandsList(config, query, options),
      /**
       * Create a brand `POST /brands`
       *
       * Registers a new brand for the account; most brands are usable at once, some must first go through vetting. Which optional fields become mandatory depends on `entity_type` (see BrandCreate); rejected data is reported with the brand-parameters slug, a problem with a third-party vendor with brand-conflict.
       *
       * @param body - Brand registration body. Vonage's 10DLC reference presents it as a oneOf by entity_type but renders only one variant (the general one, with 13 required fields), so it is modelled as a single object with that required list; the entity-specific rules stated in the field texts (PUBLIC_PROFIT, SOLE_PROPRIETOR) are documented, not enforced.
       * @see [Create a brand in the guide](./docs/10dlc.md#brands-create)
       * @example
       * ```ts
       * const brand = await vonage.brands.create({
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
      create: (body: BrandsCreateParams, options?: RequestOptions): APIPromise<BrandsCreateResponse> =>
        brandsCreate(config, body, options),
      /**
       * Get a brand `GET /brands/{brand_id}`
       *
       * Fetches one brand by its TCR brand ID. A brand in DELETED state answers 502 "Brand not found".
       *
       * @param brandId - TCR brand ID of the brand.
       * @see [Get a brand in the guide](./docs/10dlc.md#brands-retrieve)
       * @example
       * ```ts
       * const brand = await vonage.brands.retrieve("BLQKOPK");
       * console.log(brand.account_id);
       * ```
       */
      retrieve: (
        brandId: BrandsRetrievePathParams["brand_id"],
        options?: RequestOptions,
      ): APIPromise<BrandsRetrieveResponse> => brandsRetrieve(config, brandId, options),
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
       * const brand = await vonage.brands.update("BLQKOPK", {
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
      update: (
        brandId: BrandsUpdatePathParams["brand_id"],
        body: BrandsUpdateParams,
        options?: RequestOptions,
      ): APIPromise<BrandsUpdateResponse> => brandsUpdate(config, brandId, body, options),
      /**
       * Delete a brand `DELETE /brands/{brand_id}`
       *
       * Moves a brand without active campaigns to the DELETED state, which cannot be undone. A deleted brand still shows up in GET /brands when filtered by status, but every other call on it answers 502 "Brand not found".
       *
       * @param brandId - TCR brand ID of the brand.
       * @see [Delete a brand in the guide](./docs/10dlc.md#brands-delete)
       * @example
       * ```ts
       * await vonage.brands.delete("BLQKOPK");
       * ```
       */
      delete: (
        brandId: BrandsDeletePathParams["brand_id"],
        options?: RequestOptions,
      ): APIPromise<BrandsDeleteResponse> => brandsDelete(config, brandId, options),
      /**
       * Revet a brand `POST /brands/{brand_id}/revet`
       *
       * Asks TCR to vet the brand again and returns the brand. It is allowed once after the brand has been registered successfully.
       *
       * @param brandId - TCR brand ID of the brand.
       * @see [Revet a brand in the guide](./docs/10dlc.md#brands-revet)
       * @example
       * ```ts
       * const result = await vonage.brands.revet("BLQKOPK");
       * console.log(result.account_id);
       * ```
       */
      revet: (
        brandId: BrandsRevetPathParams["brand_id"],
        options?: RequestOptions,
      ): APIPromise<BrandsRevetResponse> => brandsRevet(config, brandId, options),
      feedback: {
        /**
         * Get brand feedback `GET /brands/{brand_id}/feedback`
         *
         * Explains, by category and field, why the identity of the brand could not be verified. It answers 422 while the identity status is still PENDING, and carries no categories unless the brand is UNVERIFIED.
         *
         * @param brandId - TCR brand ID of the brand.
         * @see [Get brand feedback in the guide](./docs/10dlc.md#brands-feedback-retrieve)
         * @example
         * ```ts
         * const feedback = await vonage.brands.feedback.retrieve("BLQKOPK");
         * console.log(feedback.categories);
         * ```
         */
        retrieve: (
          brandId: BrandsFeedbackRetrievePathParams["brand_id"],
          options?: RequestOptions,
        ): APIPromise<BrandsFeedbackRetrieveResponse> => brandsFeedbackRetrieve(config, brandId, options),
      },
      usecases: {
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
         * const result = await vonage.brands.usecases.qualify("BLQKOPK", "POLITICAL");
         * console.log(result.usecase);
         * ```
         */
        qualify: (
          brandId: BrandsUsecasesQualifyPathParams["brand_id"],
          usecase: BrandsUsecasesQualifyPathParams["usecase"],
          options?: RequestOptions,
        ): APIPromise<BrandsUsecasesQualifyResponse> =>
          brandsUsecasesQualify(config, brandId, usecase, options),
      },
      verification: {
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
         * const result = await vonage.brands.verification.start("BLQKOPK", {
         *   verify_sms: "Your verification code is \@OTP_PIN@",
         *   success_sms: "Your verification code has been confirmed successfully",
         * });
         * console.log(result.brand_id);
         * ```
         */
        start: (
          brandId: BrandsVerificationStartPathParams["brand_id"],
          body?: BrandsVerificationStartParams,
          options?: RequestOptions,
        ): APIPromise<BrandsVerificationStartResponse> =>
          brandsVerificationStart(config, brandId, body, options),
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
         * await vonage.brands.verification.verify("BLQKOPK", {
         *   otp_pin: "123456",
         * });
         * ```
         */
        verify: (
          brandId: BrandsVerificationVerifyPathParams["brand_id"],
          body: BrandsVerificationVerifyParams,
          options?: RequestOptions,
        ): APIPromise<BrandsVerificationVerifyResponse> =>
          brandsVerificationVerify(config, brandId, body, options),
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
         * const verification = await vonage.brands.verification.retrieve("BLQKOPK", "OTP1234567");
         * console.log(verification.brand_id);
         * ```
         */
        retrieve: (
          brandId: BrandsVerificationRetrievePathParams["brand_id"],
          referenceId: BrandsVerificationRetrievePathParams["reference_id"],
          options?: RequestOptions,
        ): APIPromise<BrandsVerificationRetrieveResponse> =>
          brandsVerificationRetrieve(config, brandId, referenceId, options),
      },
      vetting: {
        /**
         * List vetting records `GET /brands/{brand_id}/vetting/requests`
         *
         * Returns every vetting record of the brand, whether requested through Vonage or imported. The answer is a plain JSON array without paging.
         *
         * @param brandId - TCR brand ID of the brand.
         * @see [List vetting records in the guide](./docs/10dlc.md#brands-vetting-list)
         * @example
         * ```ts
         * const vettings = await vonage.brands.vetting.list("BLQKOPK");
         * console.log(vettings.length);
         * ```
         */
        list: (
          brandId: BrandsVettingListPathParams["brand_id"],
          options?: RequestOptions,
        ): APIPromise<BrandsVettingListResponse> => brandsVettingList(config, brandId, options),
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
         * const vetting = await vonage.brands.vetting.create("BLQKOPK", {
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
        create: (
          brandId: BrandsVettingCreatePathParams["brand_id"],
          body: BrandsVettingCreateParams,
          options?: RequestOptions,
        ): APIPromise<BrandsVettingCreateResponse> => brandsVettingCreate(config, brandId, body, options),
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
         * const result = await vonage.brands.vetting.import("BLQKOPK", {
         *   evp_id: "Aegis",
         *   vetting_token: "abcd123",
         *   vetting_id: "abcd123",
         * });
         * console.log(result.account_id);
         * ```
         */
        import: (
          brandId: BrandsVettingImportPathParams["brand_id"],
          body: BrandsVettingImportParams,
          options?: RequestOptions,
        ): APIPromise<BrandsVettingImportResponse> => brandsVettingImport(config, brandId, body, options),
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
         * await vonage.brands.vetting.appeal("BLQKOPK", "abcd1234", {
         *   categories: ["LOW_SCORE"],
         *   evidence_ids: ["OWUwZTA5MmUtOGNjYS00ZGI0LWFkNWUtZTg4MmUwNzhjMDUy"],
         *   explanation: "The attached registration shows that our company name and tax ID match.",
         * });
         * ```
         */
        appeal: (
          brandId: BrandsVettingAppealPathParams["brand_id"],
          vettingId: BrandsVettingAppealPathParams["vetting_id"],
          body: BrandsVettingAppealParams,
          options?: RequestOptions,
        ): APIPromise<BrandsVettingAppealResponse> =>
          brandsVettingAppeal(config, brandId, vettingId, body, options),
        evidence: {
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
           * const evidences = await vonage.brands.vetting.evidence.list("BLQKOPK", {
           *   page: 2,
           *   page_size: 10,
           * });
           * console.log(evidences.next_page);
           * ```
           */
          list: (
            brandId: BrandsVettingEvidenceListPathParams["brand_id"],
            query?: BrandsVettingEvidenceListQuery,
            options?: RequestOptions,
          ): PagePromise<BrandsVettingEvidenceListResponse, BrandsVettingEvidenceListItem> =>
            brandsVettingEvidenceList(config, brandId, query, options),
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
           * const result = await vonage.brands.vetting.evidence.upload("BLQKOPK", {
           *   file: [
           *     new Blob(["<binary content of tax_registration.pdf>"]),
           *     new Blob(["<binary content of explanation_details.txt>"]),
           *   ],
           * });
           * console.log(result.id);
           * ```
           */
          upload: (
            brandId: BrandsVettingEvidenceUploadPathParams["brand_id"],
            body: BrandsVettingEvidenceUploadParams,
            options?: RequestOptions,
          ): APIPromise<BrandsVettingEvidenceUploadResponse> =>
            brandsVettingEvidenceUpload(config, brandId, body, options),
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
           * const result = await vonage.brands.vetting.evidence.download("BLQKOPK", "OWUwZTA5MmUtOGNjYS00ZGI0LWFkNWUtZTg4MmUwNzhjMDUy");
           * console.log(result.name, result.type, result.size);
           * ```
           */
          download: (
            brandId: BrandsVettingEvidenceDownloadPathParams["brand_id"],
            evidenceId: BrandsVettingEvidenceDownloadPathParams["evidence_id"],
            options?: RequestOptions,
          ): APIPromise<BrandsVettingEvidenceDownloadResponse> =>
            brandsVettingEvidenceDownload(config, brandId, evidenceId, options),
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
           * await vonage.brands.vetting.evidence.delete("BLQKOPK", "OWUwZTA5MmUtOGNjYS00ZGI0LWFkNWUtZTg4MmUwNzhjMDUy");
           * ```
           */
          delete: (
            brandId: BrandsVettingEvidenceDeletePathParams["brand_id"],
            evidenceId: BrandsVettingEvidenceDeletePathParams["evidence_id"],
            options?: RequestOptions,
          ): APIPromise<BrandsVettingEvidenceDeleteResponse> =>
            brandsVettingEvidenceDelete(config, brandId, evidenceId, options),
        },
      },
      campaigns: {
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
         * const campaigns = await vonage.brands.campaigns.list("BLQKOPK", {
         *   page: 2,
         *   page_size: 10,
         *   status: "ACTIVE",
         * });
         * console.log(campaigns.page_size);
         * ```
         */
        list: (
          brandId: BrandsCampaignsListPathParams["brand_id"],
          query?: BrandsCampaignsListQuery,
          options?: RequestOptions,
        ): PagePromise<BrandsCampaignsListResponse, BrandsCampaignsListItem> =>
          brandsCampaignsList(config, brandId, query, options),
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
         * const campaign = await vonage.brands.campaigns.create("BLQKOPK", {
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
        create: (
          brandId: BrandsCampaignsCreatePathParams["brand_id"],
          body: BrandsCampaignsCreateParams,
          options?: RequestOptions,
        ): APIPromise<BrandsCampaignsCreateResponse> => brandsCampaignsCreate(config, brandId, body, options),
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
         * const campaign = await vonage.brands.campaigns.retrieve("BLQKOPK", "VC987XYZ");
         * console.log(campaign.primary_account_id);
         * ```
         */
        retrieve: (
          brandId: BrandsCampaignsRetrievePathParams["brand_id"],
          campaignId: BrandsCampaignsRetrievePathParams["campaign_id"],
          options?: RequestOptions,
        ): APIPromise<BrandsCampaignsRetrieveResponse> =>
          brandsCampaignsRetrieve(config, brandId, campaignId, options),
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
         * const campaign = await vonage.brands.campaigns.update("BLQKOPK", "VC987XYZ", {
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
        update: (
          brandId: BrandsCampaignsUpdatePathParams["brand_id"],
          campaignId: BrandsCampaignsUpdatePathParams["campaign_id"],
          body: BrandsCampaignsUpdateParams,
          options?: RequestOptions,
        ): APIPromise<BrandsCampaignsUpdateResponse> =>
          brandsCampaignsUpdate(config, brandId, campaignId, body, options),
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
         * await vonage.brands.campaigns.delete("BLQKOPK", "VC987XYZ");
         * ```
         */
        delete: (
          brandId: BrandsCampaignsDeletePathParams["brand_id"],
          campaignId: BrandsCampaignsDeletePathParams["campaign_id"],
          options?: RequestOptions,
        ): APIPromise<BrandsCampaignsDeleteResponse> =>
          brandsCampaignsDelete(config, brandId, campaignId, options),
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
         * const result = await vonage.brands.campaigns.resubmit("BLQKOPK", "VC987XYZ", {
         *   mno_ids: ["10017"],
         * });
         * console.log(result.campaign_id);
         * ```
         */
        resubmit: (
          brandId: BrandsCampaignsResubmitPathParams["brand_id"],
          campaignId: BrandsCampaignsResubmitPathParams["campaign_id"],
          body: BrandsCampaignsResubmitParams,
          options?: RequestOptions,
        ): APIPromise<BrandsCampaignsResubmitResponse> =>
          brandsCampaignsResubmit(config, brandId, campaignId, body, options),
        numbers: {
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
           * const numbers = await vonage.brands.campaigns.numbers.list("BLQKOPK", "VC987XYZ", {
           *   page: 2,
           *   page_size: 10,
           * });
           * console.log(numbers.page_size);
           * ```
           */
          list: (
            brandId: BrandsCampaignsNumbersListPathParams["brand_id"],
            campaignId: BrandsCampaignsNumbersListPathParams["campaign_id"],
            query?: BrandsCampaignsNumbersListQuery,
            options?: RequestOptions,
          ): PagePromise<BrandsCampaignsNumbersListResponse, BrandsCampaignsNumbersListItem> =>
            brandsCampaignsNumbersList(config, brandId, campaignId, query, options),
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
           * const result = await vonage.brands.campaigns.numbers.link("BLQKOPK", "VC987XYZ", {
           *   country: "US",
           *   number: "14155550110",
           * });
           * console.log(result.number);
           * ```
           */
          link: (
            brandId: BrandsCampaignsNumbersLinkPathParams["brand_id"],
            campaignId: BrandsCampaignsNumbersLinkPathParams["campaign_id"],
            body: BrandsCampaignsNumbersLinkParams,
            options?: RequestOptions,
          ): APIPromise<BrandsCampaignsNumbersLinkResponse> =>
            brandsCampaignsNumbersLink(config, brandId, campaignId, body, options),
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
           * const number = await vonage.brands.campaigns.numbers.retrieve("BLQKOPK", "VC987XYZ", "14155550110");
           * console.log(number.number);
           * ```
           */
          retrieve: (
            brandId: BrandsCampaignsNumbersRetrievePathParams["brand_id"],
            campaignId: BrandsCampaignsNumbersRetrievePathParams["campaign_id"],
            number: BrandsCampaignsNumbersRetrievePathParams["number"],
            options?: RequestOptions,
          ): APIPromise<BrandsCampaignsNumbersRetrieveResponse> =>
            brandsCampaignsNumbersRetrieve(config, brandId, campaignId, number, options),
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
           * await vonage.brands.campaigns.numbers.unlink("BLQKOPK", "VC987XYZ", "14155550110");
           * ```
           */
          unlink: (
            brandId: BrandsCampaignsNumbersUnlinkPathParams["brand_id"],
            campaignId: BrandsCampaignsNumbersUnlinkPathParams["campaign_id"],
            number: BrandsCampaignsNumbersUnlinkPathParams["number"],
            options?: RequestOptions,
          ): APIPromise<BrandsCampaignsNumbersUnlinkResponse> =>
            brandsCampaignsNumbersUnlink(config, brandId, campaignId, number, options),
        },
      },
    },
    campaigns: {
      messageFlow: {
        /**
         * Preview a message flow `POST /campaigns/message_flow`
         *
         * Renders the `message_flow` text that a campaign would get from the given `message_flow_details`, without creating anything. Answers 422 when the rendered text is shorter than 40 or longer than 4096 characters.
         *
         * @param body - The structured message flow to render, as in `message_flow_details`, plus the opt-in keywords.
         * @see [Preview a message flow in the guide](./docs/10dlc.md#campaigns-messageflow-preview)
         * @example
         * ```ts
         * const result = await vonage.campaigns.messageFlow.preview({
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
        preview: (
          body: CampaignsMessageFlowPreviewParams,
          options?: RequestOptions,
        ): APIPromise<CampaignsMessageFlowPreviewResponse> =>
          campaignsMessageFlowPreview(config, body, options),
      },
      termsAndConditions: {
        /**
         * Get campaign terms and conditions `GET /campaigns/terms_and_conditions`
         *
         * Returns the terms that apply when registering a campaign. Accepting them is what `tc_agreed` on campaign creation stands for.
         *
         * @see [Get campaign terms and conditions in the guide](./docs/10dlc.md#campaigns-termsandconditions-retrieve)
         * @example
         * ```ts
         * const termsAndCondition = await vonage.campaigns.termsAndConditions.retrieve();
         * console.log(termsAndCondition.sub_terms);
         * ```
         */
        retrieve: (options?: RequestOptions): APIPromise<CampaignsTermsAndConditionsRetrieveResponse> =>
          campaignsTermsAndConditionsRetrieve(config, options),
      },
    },
    partnerCampaigns: {
      /**
       * Import a partner campaign `POST /partnercampaigns/import`
       *
       * Shares a campaign registered at TCR by a partner with Vonage, identified by its TCR campaign ID. The account needs a special capability; set `cnp_migration` when a CNP migration has been started.
       *
       * @param body - Partner campaign to import.
       * @see [Import a partner campaign in the guide](./docs/10dlc.md#partnercampaigns-import)
       * @example
       * ```ts
       * const result = await vonage.partnerCampaigns.import({
       *   account_id: "abcd1234",
       *   campaign_id: "C123ABC",
       *   label: "This is a sample campaign",
       *   cnp_migration: true,
       * });
       * console.log(result.brand_id);
       * ```
       */
      import: (
        body: PartnerCampaignsImportParams,
        options?: RequestOptions,
      ): APIPromise<PartnerCampaignsImportResponse> => partnerCampaignsImport(config, body, options),
      /**
       * Get partner campaign sharing `GET /partnercampaigns/{campaign_id}`
       *
       * Returns the sharing state of an imported partner campaign and the connectivity partners on each side. Poll it after an import until the status leaves PENDING.
       *
       * @param campaignId - Vonage campaign ID of the campaign.
       * @see [Get partner campaign sharing in the guide](./docs/10dlc.md#partnercampaigns-retrieve)
       * @example
       * ```ts
       * const partnerCampaign = await vonage.partnerCampaigns.retrieve("VC987XYZ");
       * console.log(partnerCampaign.campaign_id);
       * ```
       */
      retrieve: (
        campaignId: PartnerCampaignsRetrievePathParams["campaign_id"],
        options?: RequestOptions,
      ): APIPromise<PartnerCampaignsRetrieveResponse> =>
        partnerCampaignsRetrieve(config, campaignId, options),
    },
    throughputs: {
      /**
       * List campaign throughputs `GET /throughputs`. Await for the first page; `for await` iterates every item of every page.
       *
       * Lists the messaging throughput limits that carriers apply, per minute or per day, to a campaign, its brand or its numbers. Filter by `campaign_id` and page with the `page_token` values of the previous answer.
       *
       * @param query - The query parameters `campaign_id`, `page_size`, `page_token`; each is described on its field.
       * @see [List campaign throughputs in the guide](./docs/10dlc.md#throughputs-list)
       * @example
       * ```ts
       * const throughputs = await vonage.throughputs.list({
       *   campaign_id: "VC987XYZ",
       *   page_size: 10,
       * });
       * console.log(throughputs.next_page);
       * ```
       */
      list: (
        query?: ThroughputsListQuery,
        options?: RequestOptions,
      ): PagePromise<ThroughputsListResponse, ThroughputsListItem> => throughputsList(config, query, options),
    },
    resellers: {
      /**
       * List resellers `GET /resellers`. Await for the first page; `for await` iterates every item of every page.
       *
       * Lists the resellers registered for the account with their approval status. Vonage's 10DLC reference documents `page` and `page_size` as query parameters but answers with page tokens, so `page_token` is accepted as well and is what the paginator sends.
       *
       * @param query - The query parameters `page`, `page_size`, `page_token`; each is described on its field.
       * @see [List resellers in the guide](./docs/10dlc.md#resellers-list)
       * @example
       * ```ts
       * const resellers = await vonage.resellers.list({
       *   page: 2,
       *   page_size: 10,
       * });
       * console.log(resellers.next_page);
       * ```
       */
      list: (
        query?: ResellersListQuery,
        options?: RequestOptions,
      ): PagePromise<ResellersListResponse, ResellersListItem> => resellersList(config, query, options),
      /**
       * Create a reseller `POST /resellers`
       *
       * Registers a reseller for the account; it starts PENDING and is later APPROVED (receiving a TCR reseller ID) or REJECTED with a reason. A PENDING or APPROVED reseller is what allows reseller brands and campaigns.
       *
       * @param body - Reseller to register.
       * @see [Create a reseller in the guide](./docs/10dlc.md#resellers-create)
       * @example
       * ```ts
       * const reseller = await vonage.resellers.create({
       *   company_name: "Microsoft",
       *   phone: "14255550100",
       *   email: "john.doe@microsoft.com",
       * });
       * console.log(reseller.id);
       * ```
       */
      create: (body: ResellersCreateParams, options?: RequestOptions): APIPromise<ResellersCreateResponse> =>
        resellersCreate(config, body, options),
      /**
       * Get a reseller `GET /resellers/{reseller_id}`
       *
       * Returns one reseller of the account with its approval status. Poll it after creation to learn whether it was approved and which TCR reseller ID it received.
       *
       * @param resellerId - Vonage ID of the reseller (not the TCR reseller ID).
       * @see [Get a reseller in the guide](./docs/10dlc.md#resellers-retrieve)
       * @example
       * ```ts
       * const reseller = await vonage.resellers.retrieve("5782db87-a867-4ccd-a0b5-1b7203cc438c");
       * console.log(reseller.id);
       * ```
       */
      retrieve: (
        resellerId: ResellersRetrievePathParams["reseller_id"],
        options?: RequestOptions,
      ): APIPromise<ResellersRetrieveResponse> => resellersRetrieve(config, resellerId, options),
    },
  };
}

export type VonageClient = ReturnType<typeof createVonageClient>;
