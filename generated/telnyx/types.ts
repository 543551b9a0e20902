// Generated from the curated OpenAPI spec by openapi-typescript. Do not edit.

export interface paths {
  "/10dlc/brand": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List brands
     * @description Returns the account's brands one page at a time, with optional filters and sorting. Records are a summary view; fetch a single brand for the full registration details.
     */
    get: operations["GetBrands"];
    put?: never;
    /**
     * Create a brand
     * @description Registers a brand, the business entity behind US A2P 10DLC traffic, and is the first step of the flow. The brand starts out pending; poll it until `status` is `OK` before submitting campaigns.
     */
    post: operations["CreateBrandPost"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/10dlc/brand/{brandId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get a brand
     * @description Returns the full registration record of one brand, including its vetting state and how many campaigns use it.
     */
    get: operations["GetBrand"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/10dlc/campaignBuilder": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Submit a campaign
     * @description Submits a messaging campaign for an existing brand to TCR and the carriers; submission incurs an upfront, non-refundable fee, so qualify the use case first. Sample messages go in `sample1`..`sample5`: the seed SDK example passes a `sample_messages` list, which is not a wire field.
     */
    post: operations["PostCampaign"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/10dlc/campaignBuilder/brand/{brandId}/usecase/{usecase}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Qualify a brand for a use case
     * @description Checks whether a brand may register a campaign with the given use case and returns the fees and per-carrier terms that would apply. Call it before submitting, since submission is charged.
     */
    get: operations["GetUsecaseQualification"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/10dlc/campaign/{campaignId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get a campaign
     * @description Returns one campaign with its registration progress. Treat it as ready to carry traffic only once `campaignStatus` reaches `MNO_PROVISIONED`.
     */
    get: operations["GetCampaign"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/10dlc/phone_number_campaigns": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Link a phone number to a campaign
     * @description Links one phone number to a campaign. The link is provisioned asynchronously; `assignmentStatus` moves from `PENDING_ASSIGNMENT` to `ASSIGNED` or `FAILED_ASSIGNMENT`.
     */
    post: operations["CreatePhoneNumberCampaign"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/10dlc/phoneNumberAssignmentByProfile": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Assign a messaging profile to a campaign
     * @description Starts a background task that links every number on a messaging profile to a campaign; messaging only works once it completes. Only `messagingProfileId` is required on the wire, plus exactly one of `campaignId` or `tcrCampaignId` (the seed marks `campaign_id` required).
     */
    post: operations["PostAssignMessagingProfileToCampaign"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    /** @description One problem reported by the API. */
    Error: {
      /**
       * @description Telnyx error code, as a numeric string.
       * @example 10015
       */
      code: string;
      /** @description Short, stable summary of the error class. */
      title: string;
      /** @description Human-readable explanation specific to this occurrence. */
      detail?: string;
      /** @description Which part of the request caused the error. */
      source?: {
        /** @description JSON pointer into the request body naming the offending field, e.g. `/displayName`. */
        pointer?: string;
        /** @description Name of the offending query or path parameter. */
        parameter?: string;
      };
      /** @description Extra information about the error. */
      meta?: {
        /** @description Link to documentation for this error code. */
        url?: string;
      };
    };
    /** @description Standard Telnyx error body, a list of one or more errors. */
    Errors: {
      errors: components["schemas"]["Error"][];
    };
    /**
     * @description Legal form of the organisation behind the brand (the seed calls it an object; on the wire it is this string enum).
     * @enum {string}
     */
    EntityType: "PRIVATE_PROFIT" | "PUBLIC_PROFIT" | "NON_PROFIT" | "GOVERNMENT" | "SOLE_PROPRIETOR";
    /**
     * @description Outcome of identity vetting for the brand.
     * @enum {string}
     */
    BrandIdentityStatus: "VERIFIED" | "UNVERIFIED" | "SELF_DECLARED" | "VETTED_VERIFIED";
    /**
     * @description Registration state of the brand with TCR; campaigns need `OK`.
     * @enum {string}
     */
    BrandStatus: "OK" | "REGISTRATION_PENDING" | "REGISTRATION_FAILED";
    /** @description Summary of one brand in a list. */
    BrandListRecord: {
      /** @description Telnyx identifier of the brand. */
      brandId?: string;
      /** @description Identifier assigned by The Campaign Registry. */
      tcrBrandId?: string;
      /** @description Marketing or DBA name. */
      displayName?: string;
      /** @description Registered legal name. */
      companyName?: string;
      /** @description Support contact address. */
      email?: string;
      /** @description Brand website. */
      website?: string;
      entityType?: components["schemas"]["EntityType"];
      identityStatus?: components["schemas"]["BrandIdentityStatus"];
      status?: components["schemas"]["BrandStatus"];
      /** @description Why registration failed, if it did. */
      failureReasons?: string;
      /** @description Number of campaigns on the brand. The wire name really is misspelled here, unlike the `assignedCampaignsCount` sort key and the field on GET /10dlc/brand/{brandId}. */
      assignedCampaingsCount?: number;
      /** @description When the brand was created. */
      createdAt?: string;
      /** @description When the brand was last changed. */
      updatedAt?: string;
    };
    /** @description One page of brands. */
    BrandList: {
      /** @description Number of this page, starting at 1. */
      page?: number;
      /** @description Number of brands matching the query across all pages. */
      totalRecords?: number;
      /** @description Brands on this page. */
      records?: components["schemas"]["BrandListRecord"][];
    };
    /**
     * @description Exchange a public company is listed on; `NONE` if unlisted.
     * @enum {string}
     */
    StockExchange:
      | "NONE"
      | "NASDAQ"
      | "NYSE"
      | "AMEX"
      | "AMX"
      | "ASX"
      | "B3"
      | "BME"
      | "BSE"
      | "FRA"
      | "ICEX"
      | "JPX"
      | "JSE"
      | "KRX"
      | "LON"
      | "NSE"
      | "OMX"
      | "SEHK"
      | "SSE"
      | "STO"
      | "SWX"
      | "SZSE"
      | "TSX"
      | "TWSE"
      | "VSE";
    /**
     * @description Industry segment of the brand (the seed calls it an object; on the wire it is this string enum).
     * @enum {string}
     */
    Vertical:
      | "AGRICULTURE"
      | "COMMUNICATION"
      | "CONSTRUCTION"
      | "EDUCATION"
      | "ENERGY"
      | "ENTERTAINMENT"
      | "FINANCIAL"
      | "GAMBLING"
      | "GOVERNMENT"
      | "HEALTHCARE"
      | "HOSPITALITY"
      | "HUMAN_RESOURCES"
      | "INSURANCE"
      | "LEGAL"
      | "MANUFACTURING"
      | "NGO"
      | "POLITICAL"
      | "POSTAL"
      | "PROFESSIONAL"
      | "REAL_ESTATE"
      | "RETAIL"
      | "TECHNOLOGY"
      | "TRANSPORTATION";
    /** @description Details of the business to register as a 10DLC brand. */
    BrandCreate: {
      entityType: components["schemas"]["EntityType"];
      /** @description Marketing or DBA name shown for the brand. */
      displayName: string;
      /** @description Registered legal name; needed for every entity type except sole proprietors. */
      companyName?: string;
      /** @description First name of the business contact. */
      firstName?: string;
      /** @description Last name of the business contact. */
      lastName?: string;
      /** @description Tax ID of the business (EIN in the US). */
      ein?: string;
      /** @description Business support phone number in E.164 format. */
      phone?: string;
      /** @description Mobile number of the contact in E.164 format; used for sole-proprietor verification. */
      mobilePhone?: string;
      /** @description Street address. */
      street?: string;
      /** @description City. */
      city?: string;
      /** @description State or province code. */
      state?: string;
      /** @description Postal or ZIP code. */
      postalCode?: string;
      /** @description ISO 3166-1 alpha-2 country code. */
      country: string;
      /** @description Address of the brand's support contact. */
      email: string;
      /** @description Address of a business contact, used mainly for public companies. */
      businessContactEmail?: string;
      /** @description Ticker symbol, for public companies. */
      stockSymbol?: string;
      stockExchange?: components["schemas"]["StockExchange"];
      /** @description IP address of the brand's browser or server. */
      ipAddress?: string;
      /** @description Brand website. */
      website?: string;
      vertical: components["schemas"]["Vertical"];
      /**
       * @description True if the brand resells messaging services to others.
       * @default false
       */
      isReseller?: boolean;
      /**
       * @description Create a test brand that is not sent for real registration.
       * @default false
       */
      mock?: boolean;
      /** @description URL that receives status webhooks for this brand. */
      webhookURL?: string;
      /** @description Backup URL used when delivery to `webhookURL` fails. */
      webhookFailoverURL?: string;
    };
    /**
     * @description Kind of alternative business identifier supplied.
     * @enum {string}
     */
    AltBusinessIdType: "NONE" | "DUNS" | "GIIN" | "LEI";
    /**
     * @description Size of the business relationship between the brand and the reseller or CSP.
     * @enum {string}
     */
    BrandRelationship: "BASIC_ACCOUNT" | "SMALL_ACCOUNT" | "MEDIUM_ACCOUNT" | "LARGE_ACCOUNT" | "KEY_ACCOUNT";
    /** @description A registered 10DLC brand as stored by Telnyx. */
    Brand: {
      /** @description Telnyx identifier of the brand. */
      brandId?: string;
      /** @description Identifier assigned by The Campaign Registry. */
      tcrBrandId?: string;
      /** @description TCR identifier of the campaign service provider that owns the brand. */
      cspId?: string;
      /** @description Caller-supplied reference for the brand. */
      referenceId?: string;
      entityType: components["schemas"]["EntityType"];
      /** @description Marketing or DBA name shown for the brand. */
      displayName: string;
      /** @description Registered legal name. */
      companyName?: string;
      /** @description First name of the business contact. */
      firstName?: string;
      /** @description Last name of the business contact. */
      lastName?: string;
      /** @description Tax ID of the business. */
      ein?: string;
      /** @description Tax ID prefixed with its country, as normalised by TCR. */
      universalEin?: string;
      /** @description Alternative business identifier, e.g. a DUNS number. */
      altBusinessId?: string;
      altBusinessIdType?: components["schemas"]["AltBusinessIdType"];
      /** @description Business support phone number in E.164 format. */
      phone?: string;
      /** @description Mobile number of the contact in E.164 format. */
      mobilePhone?: string;
      /** @description Street address. */
      street?: string;
      /** @description City. */
      city?: string;
      /** @description State or province code. */
      state?: string;
      /** @description Postal or ZIP code. */
      postalCode?: string;
      /** @description ISO 3166-1 alpha-2 country code. */
      country: string;
      /** @description Address of the brand's support contact. */
      email: string;
      /** @description Address of a business contact. */
      businessContactEmail?: string;
      /** @description Ticker symbol, for public companies. */
      stockSymbol?: string;
      stockExchange?: components["schemas"]["StockExchange"];
      /** @description IP address of the brand's browser or server. */
      ipAddress?: string;
      /** @description Brand website. */
      website?: string;
      /** @description Industry segment; returned as a plain string rather than the request's enum. */
      vertical: string;
      brandRelationship: components["schemas"]["BrandRelationship"];
      /**
       * @description True if the brand resells messaging services.
       * @default false
       */
      isReseller?: boolean;
      /**
       * @description True for test brands that were not really registered.
       * @default false
       */
      mock?: boolean;
      identityStatus?: components["schemas"]["BrandIdentityStatus"];
      status?: components["schemas"]["BrandStatus"];
      /** @description Why registration failed, when `status` is `REGISTRATION_FAILED`. */
      failureReasons?: string;
      /** @description Additional brand attributes. */
      optionalAttributes?: {
        /** @description Tax-exempt status of the organisation. */
        taxExemptStatus?: string;
      };
      /** @description URL that receives status webhooks for this brand. */
      webhookURL?: string;
      /** @description Backup URL used when delivery to `webhookURL` fails. */
      webhookFailoverURL?: string;
      /** @description When the brand was created. */
      createdAt?: string;
      /** @description When the brand was last changed. */
      updatedAt?: string;
    };
    /** @description One validation failure. */
    HTTPValidationErrorDetail: {
      /** @description Path to the failing input, e.g. `["body", "email"]`. */
      loc: (string | number)[];
      /** @description Human-readable message. */
      msg: string;
      /** @description Machine-readable error type. */
      type: string;
    };
    /** @description FastAPI-style validation error body. */
    HTTPValidationError: {
      detail: components["schemas"]["HTTPValidationErrorDetail"][];
    };
    /** @description A brand plus the number of campaigns registered under it. */
    BrandWithCampaignsCount: components["schemas"]["Brand"] & {
      /** @description Number of campaigns attached to the brand. */
      assignedCampaignsCount?: number;
    };
    /** @description Campaign to register for a brand. */
    CampaignBuilderSubmit: {
      /** @description Telnyx `brandId` of the owning brand (the seed example passes a TCR-style `BXXXXXX` value instead). */
      brandId: string;
      /** @description Primary use case, e.g. `2FA`, `MARKETING` or `MIXED`. */
      usecase: string;
      /** @description Secondary use cases, required for mixed or low-volume campaigns. */
      subUsecases?: string[];
      /** @description What the campaign sends and to whom. */
      description: string;
      /** @description How a consumer opts in to receive these messages. */
      messageFlow?: string;
      /** @description First sample message. Samples travel as `sample1`..`sample5`, not as the seed's `sample_messages` list. */
      sample1?: string;
      /** @description Second sample message. */
      sample2?: string;
      /** @description Third sample message. */
      sample3?: string;
      /** @description Fourth sample message. */
      sample4?: string;
      /** @description Fifth sample message. */
      sample5?: string;
      /** @description Whether subscribers must opt in. */
      subscriberOptin?: boolean;
      /** @description Whether subscribers can opt out. */
      subscriberOptout?: boolean;
      /** @description Whether subscribers can ask for help by keyword. */
      subscriberHelp?: boolean;
      /** @description Comma-separated keywords that opt a subscriber in. */
      optinKeywords?: string;
      /** @description Comma-separated keywords that opt a subscriber out. */
      optoutKeywords?: string;
      /** @description Comma-separated keywords that return the help message. */
      helpKeywords?: string;
      /** @description Reply sent after a subscriber opts in. */
      optinMessage?: string;
      /** @description Reply sent after a subscriber opts out. */
      optoutMessage?: string;
      /** @description Reply sent for a help keyword. */
      helpMessage?: string;
      /** @description Whether messages contain links. */
      embeddedLink?: boolean;
      /** @description Example of a link the messages contain. */
      embeddedLinkSample?: string;
      /** @description Whether messages contain phone numbers. */
      embeddedPhone?: boolean;
      /** @description Whether the campaign sends from a large pool of numbers. */
      numberPool?: boolean;
      /** @description Whether the content is age-restricted. */
      ageGated?: boolean;
      /** @description Whether the campaign concerns direct lending or loans. */
      directLending?: boolean;
      /** @description Renew the campaign automatically at the end of each term. */
      autoRenewal?: boolean;
      /** @description Confirms the campaign follows the applicable terms and conditions. */
      termsAndConditions?: boolean;
      /** @description Link to the campaign's terms and conditions. */
      termsAndConditionsLink?: string;
      /** @description Link to the brand's privacy policy. */
      privacyPolicyLink?: string;
      /** @description Carrier network IDs to submit the campaign to. */
      mnoIds?: number[];
      /** @description Caller-supplied reference for the campaign. */
      referenceId?: string;
      /** @description TCR ID of the reseller, if one is involved. */
      resellerId?: string;
      /** @description Free-form labels for the campaign. */
      tag?: string[];
      /** @description URL that receives status webhooks for this campaign. */
      webhookURL?: string;
      /** @description Backup URL used when delivery to `webhookURL` fails. */
      webhookFailoverURL?: string;
    };
    /**
     * @description Where the campaign is in the TCR, Telnyx and carrier review pipeline; `MNO_PROVISIONED` means numbers can send.
     * @enum {string}
     */
    CampaignStatus:
      | "TCR_PENDING"
      | "TCR_SUSPENDED"
      | "TCR_EXPIRED"
      | "TCR_ACCEPTED"
      | "TCR_FAILED"
      | "TELNYX_ACCEPTED"
      | "TELNYX_FAILED"
      | "MNO_PENDING"
      | "MNO_ACCEPTED"
      | "MNO_REJECTED"
      | "MNO_PROVISIONED"
      | "MNO_PROVISIONING_FAILED";
    /**
     * @description Whether the campaign submission itself went through.
     * @enum {string}
     */
    SubmissionStatus: "CREATED" | "FAILED" | "PENDING";
    /** @description A 10DLC campaign and its registration state. */
    Campaign: {
      /** @description Telnyx identifier of the campaign. */
      campaignId: string;
      /** @description Identifier assigned by The Campaign Registry. */
      tcrCampaignId?: string;
      /** @description Telnyx identifier of the owning brand. */
      brandId: string;
      /** @description TCR identifier of the owning brand. */
      tcrBrandId?: string;
      /** @description Display name of the owning brand. */
      brandDisplayName?: string;
      /** @description TCR identifier of the campaign service provider. */
      cspId: string;
      /** @description TCR ID of the reseller, if any. */
      resellerId?: string;
      /** @description Caller-supplied reference. */
      referenceId?: string;
      /** @description Primary use case. */
      usecase: string;
      /** @description Secondary use cases. */
      subUsecases: string[];
      /** @description What the campaign sends and to whom. */
      description: string;
      /** @description How a consumer opts in. */
      messageFlow?: string;
      /** @description First sample message. */
      sample1?: string;
      /** @description Second sample message. */
      sample2?: string;
      /** @description Third sample message. */
      sample3?: string;
      /** @description Fourth sample message. */
      sample4?: string;
      /** @description Fifth sample message. */
      sample5?: string;
      /** @description Whether subscribers must opt in. */
      subscriberOptin?: boolean;
      /** @description Whether subscribers can opt out. */
      subscriberOptout?: boolean;
      /** @description Whether subscribers can ask for help by keyword. */
      subscriberHelp?: boolean;
      /** @description Keywords that opt a subscriber in. */
      optinKeywords?: string;
      /** @description Keywords that opt a subscriber out. */
      optoutKeywords?: string;
      /** @description Keywords that return the help message. */
      helpKeywords?: string;
      /** @description Reply sent after opt-in. */
      optinMessage?: string;
      /** @description Reply sent after opt-out. */
      optoutMessage?: string;
      /** @description Reply sent for a help keyword. */
      helpMessage?: string;
      /** @description Whether messages contain links. */
      embeddedLink?: boolean;
      /** @description Example of a contained link. */
      embeddedLinkSample?: string;
      /** @description Whether messages contain phone numbers. */
      embeddedPhone?: boolean;
      /** @description Whether the campaign uses a number pool. */
      numberPool?: boolean;
      /** @description Whether the content is age-restricted. */
      ageGated?: boolean;
      /** @description Whether the campaign concerns lending. */
      directLending?: boolean;
      /** @description Whether the campaign renews automatically. */
      autoRenewal?: boolean;
      /** @description Whether the terms and conditions were accepted. */
      termsAndConditions: boolean;
      /** @description Link to the terms and conditions. */
      termsAndConditionsLink?: string;
      /** @description Link to the privacy policy. */
      privacyPolicyLink?: string;
      /** @description True for test campaigns that were not really registered. */
      mock: boolean;
      campaignStatus?: components["schemas"]["CampaignStatus"];
      submissionStatus?: components["schemas"]["SubmissionStatus"];
      /** @description Overall campaign state as reported by TCR. */
      status?: string;
      /** @description Why submission or review failed, if it did. */
      failureReasons?: string;
      /** @description Whether T-Mobile has registered the campaign. */
      isTMobileRegistered?: boolean;
      /** @description Whether T-Mobile has suspended the campaign. */
      isTMobileSuspended?: boolean;
      /** @description Whether T-Mobile allows number pooling for the campaign. */
      isTMobileNumberPoolingEnabled?: boolean;
      /**
       * @deprecated
       * @description Industry segment; deprecated, read it from the brand instead.
       */
      vertical?: string;
      /** @description When the campaign was created. */
      createDate?: string;
      /** @description When the campaign was last billed. */
      billedDate?: string;
      /** @description When the campaign next renews or expires. */
      nextRenewalOrExpirationDate?: string;
      /** @description URL that receives status webhooks for this campaign. */
      webhookURL?: string;
      /** @description Backup webhook URL. */
      webhookFailoverURL?: string;
    };
    /** @description Costs and limits that apply if the brand registers a campaign with this use case. */
    UsecaseQualification: {
      /** @description The use case that was checked. */
      usecase?: string;
      /** @description Fewest sub-use cases the campaign must declare. */
      minSubUsecases?: number;
      /** @description Most sub-use cases the campaign may declare. */
      maxSubUsecases?: number;
      /** @description Monthly campaign fee in USD. */
      monthlyFee?: number;
      /** @description Quarterly campaign fee in USD. */
      quarterlyFee?: number;
      /** @description Annual campaign fee in USD. */
      annualFee?: number;
      /** @description Per-carrier terms for this use case, keyed by carrier network ID (e.g. `10017`). */
      mnoMetadata?: {
        [key: string]: unknown;
      };
    };
    /** @description A phone number and the campaign to link it to. */
    PhoneNumberCampaignCreate: {
      /** @description Number to link, in E.164 format with the leading `+`. */
      phoneNumber: string;
      /** @description Telnyx ID of the campaign to link it to. */
      campaignId: string;
    };
    /**
     * @description Progress of linking (or unlinking) a number to a campaign.
     * @enum {string}
     */
    AssignmentStatus:
      | "FAILED_ASSIGNMENT"
      | "PENDING_ASSIGNMENT"
      | "ASSIGNED"
      | "PENDING_UNASSIGNMENT"
      | "FAILED_UNASSIGNMENT";
    /** @description Link between one phone number and a campaign. */
    PhoneNumberCampaign: {
      /** @description The linked number in E.164 format. */
      phoneNumber: string;
      /** @description ID of the linked campaign. */
      campaignId: string;
      /** @description Telnyx ID of the linked campaign. */
      telnyxCampaignId?: string;
      /** @description TCR ID of the linked campaign. */
      tcrCampaignId?: string;
      /** @description Telnyx ID of the campaign's brand. */
      brandId?: string;
      /** @description TCR ID of the campaign's brand. */
      tcrBrandId?: string;
      assignmentStatus?: components["schemas"]["AssignmentStatus"];
      /** @description Why the link failed, if it did. */
      failureReasons?: string;
      /** @description When the link was requested. */
      createdAt: string;
      /** @description When the link last changed. */
      updatedAt: string;
    };
    /** @description Messaging profile plus exactly one of `campaignId` or `tcrCampaignId`. Only `messagingProfileId` is required upstream, although the seed also marks `campaign_id` required. */
    AssignmentByProfileRequest: {
      /** @description ID of the messaging profile whose numbers should be linked. */
      messagingProfileId: string;
      /** @description Telnyx ID of a campaign registered through Telnyx; do not send with `tcrCampaignId`. */
      campaignId?: string;
      /** @description TCR ID of a campaign shared from another provider; do not send with `campaignId`. */
      tcrCampaignId?: string;
    };
    /** @description Handle for the background assignment task. */
    AssignmentByProfileTask: {
      /** @description The messaging profile being linked. */
      messagingProfileId: string;
      /** @description Telnyx campaign ID, if one was sent. */
      campaignId?: string;
      /** @description TCR campaign ID, if one was sent. */
      tcrCampaignId?: string;
      /** @description ID of the task; use it to check progress. */
      taskId: string;
    };
    /** @description Plain error message returned when the assignment task cannot be created. */
    SettingsDataErrorMessage: {
      /** @description What went wrong. */
      message: string;
    };
  };
  responses: {
    /** @description The API key is missing, malformed or revoked. */
    Unauthorized: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["Errors"];
      };
    };
    /** @description No resource with the given identifier exists for this account. */
    NotFound: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["Errors"];
      };
    };
    /** @description Rate limit hit; wait the number of seconds in Retry-After before retrying. The seeds tell clients to honour Retry-After, while the upstream spec declares no 429 on these operations. */
    TooManyRequests: {
      headers: {
        /**
         * @description Seconds to wait before sending the next request.
         * @example 1
         */
        "Retry-After"?: number;
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["Errors"];
      };
    };
    /** @description Any other client error (for example 400 or 403), reported in the Telnyx `errors` format. */
    Messaging10dlcClientError: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["Errors"];
      };
    };
    /** @description The request failed validation. 10DLC documents two body formats for this status, the Telnyx `errors` list and FastAPI's `detail` list, so accept either. */
    Messaging10dlcUnprocessableEntity: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["Errors"] | components["schemas"]["HTTPValidationError"];
      };
    };
  };
  parameters: {
    /**
     * @description Page number to return, starting at 1.
     * @example 1
     */
    RecordsPage: number;
    /**
     * @description How many records to put on each page; upstream prose cites a ceiling of 500 but the schema sets none.
     * @example 25
     */
    RecordsPerPage: number;
    /**
     * @description Telnyx brand ID returned when the brand was created (not the TCR brand ID). The seed calls it a UUID, but upstream declares no format, so none is enforced.
     * @example 4b20019b-043a-78f8-0657-b3be3f4b4002
     */
    BrandIdPath: string;
    /**
     * @description Telnyx campaign ID returned by the campaign builder. The seed calls it a UUID, but upstream declares no format, so none is enforced.
     * @example 4b30018f-5e2c-6a1d-9b07-3c2f1e4d8a90
     */
    CampaignIdPath: string;
  };
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  GetBrands: {
    parameters: {
      query?: {
        /**
         * @description Page number to return, starting at 1.
         * @example 1
         */
        page?: components["parameters"]["RecordsPage"];
        /**
         * @description How many records to put on each page; upstream prose cites a ceiling of 500 but the schema sets none.
         * @example 25
         */
        recordsPerPage?: components["parameters"]["RecordsPerPage"];
        /**
         * @description Field to order by; a leading `-` sorts descending.
         * @example displayName
         */
        sort?:
          | "assignedCampaignsCount"
          | "-assignedCampaignsCount"
          | "brandId"
          | "-brandId"
          | "createdAt"
          | "-createdAt"
          | "displayName"
          | "-displayName"
          | "identityStatus"
          | "-identityStatus"
          | "status"
          | "-status"
          | "tcrBrandId"
          | "-tcrBrandId";
        /**
         * @description Only brands with this display name.
         * @example ABC Mobile
         */
        displayName?: string;
        /**
         * @description Only brands of this entity type, e.g. `SOLE_PROPRIETOR`; upstream types the filter as a free string.
         * @example PRIVATE_PROFIT
         */
        entityType?: string;
        /**
         * @description Only brands registered in this state or province code.
         * @example IL
         */
        state?: string;
        /**
         * @description Only brands registered in this two-letter country code.
         * @example US
         */
        country?: string;
        /**
         * @description Only the brand with this Telnyx brand ID.
         * @example 4b20019b-043a-78f8-0657-b3be3f4b4002
         */
        brandId?: string;
        /**
         * @description Only the brand with this TCR brand ID.
         * @example BQDA3V8
         */
        tcrBrandId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of brand summaries. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["BrandList"];
        };
      };
      401: components["responses"]["Unauthorized"];
      429: components["responses"]["TooManyRequests"];
      "4XX": components["responses"]["Messaging10dlcClientError"];
    };
  };
  CreateBrandPost: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["BrandCreate"];
      };
    };
    responses: {
      /** @description The brand was created; registration with TCR continues in the background. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Brand"];
        };
      };
      401: components["responses"]["Unauthorized"];
      422: components["responses"]["Messaging10dlcUnprocessableEntity"];
      429: components["responses"]["TooManyRequests"];
      "4XX": components["responses"]["Messaging10dlcClientError"];
    };
  };
  GetBrand: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Telnyx brand ID returned when the brand was created (not the TCR brand ID). The seed calls it a UUID, but upstream declares no format, so none is enforced.
         * @example 4b20019b-043a-78f8-0657-b3be3f4b4002
         */
        brandId: components["parameters"]["BrandIdPath"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The brand and its campaign count. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["BrandWithCampaignsCount"];
        };
      };
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      422: components["responses"]["Messaging10dlcUnprocessableEntity"];
      429: components["responses"]["TooManyRequests"];
      "4XX": components["responses"]["Messaging10dlcClientError"];
    };
  };
  PostCampaign: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["CampaignBuilderSubmit"];
      };
    };
    responses: {
      /** @description The campaign was accepted for submission; watch `submissionStatus` and `campaignStatus` for the outcome. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Campaign"];
        };
      };
      /** @description The request was rejected before submission; upstream documents a single error object here, not the `errors` list. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      401: components["responses"]["Unauthorized"];
      /** @description The account balance does not cover the campaign fees; upstream documents a single error object here. */
      402: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      422: components["responses"]["Messaging10dlcUnprocessableEntity"];
      429: components["responses"]["TooManyRequests"];
      "4XX": components["responses"]["Messaging10dlcClientError"];
    };
  };
  GetUsecaseQualification: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Telnyx brand ID returned when the brand was created (not the TCR brand ID). The seed calls it a UUID, but upstream declares no format, so none is enforced.
         * @example 4b20019b-043a-78f8-0657-b3be3f4b4002
         */
        brandId: components["parameters"]["BrandIdPath"];
        /**
         * @description Campaign use case to check, such as `2FA` or `CUSTOMER_CARE`.
         * @example CUSTOMER_CARE
         */
        usecase: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The brand qualifies; fees and sub-use-case limits for the use case. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["UsecaseQualification"];
        };
      };
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      422: components["responses"]["Messaging10dlcUnprocessableEntity"];
      429: components["responses"]["TooManyRequests"];
      "4XX": components["responses"]["Messaging10dlcClientError"];
    };
  };
  GetCampaign: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Telnyx campaign ID returned by the campaign builder. The seed calls it a UUID, but upstream declares no format, so none is enforced.
         * @example 4b30018f-5e2c-6a1d-9b07-3c2f1e4d8a90
         */
        campaignId: components["parameters"]["CampaignIdPath"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The campaign. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Campaign"];
        };
      };
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      422: components["responses"]["Messaging10dlcUnprocessableEntity"];
      429: components["responses"]["TooManyRequests"];
      "4XX": components["responses"]["Messaging10dlcClientError"];
    };
  };
  CreatePhoneNumberCampaign: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["PhoneNumberCampaignCreate"];
      };
    };
    responses: {
      /** @description The number-to-campaign link, usually still pending. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["PhoneNumberCampaign"];
        };
      };
      401: components["responses"]["Unauthorized"];
      429: components["responses"]["TooManyRequests"];
      "4XX": components["responses"]["Messaging10dlcClientError"];
    };
  };
  PostAssignMessagingProfileToCampaign: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["AssignmentByProfileRequest"];
      };
    };
    responses: {
      /** @description The assignment task was queued; keep its `taskId` to follow progress. */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["AssignmentByProfileTask"];
        };
      };
      401: components["responses"]["Unauthorized"];
      429: components["responses"]["TooManyRequests"];
      /** @description The task could not be created because of a server-side problem. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["SettingsDataErrorMessage"];
        };
      };
      "4XX": components["responses"]["Messaging10dlcClientError"];
    };
  };
}
