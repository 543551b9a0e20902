// Generated from the curated OpenAPI spec by openapi-typescript. Do not edit.

export interface paths {
  "/enum": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get enumeration values
     * @description Returns, for each enumerated property used across the 10DLC API, the list of currently accepted values. Use it to refresh verticals, use cases or stock exchanges instead of hard-coding them.
     */
    get: operations["getEnums"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/brands": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List brands
     * @description Pages through the brands of the authenticated account. Without a `status` filter only ACTIVE and SUSPENDED brands are returned; pass DELETED to find deleted brands.
     */
    get: operations["listBrands"];
    put?: never;
    /**
     * Create a brand
     * @description Registers a new brand for the account; most brands are usable at once, some must first go through vetting. Which optional fields become mandatory depends on `entity_type` (see BrandCreate).
     */
    post: operations["createBrand"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/brands/{brand_id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get a brand
     * @description Fetches one brand by its TCR brand ID. A brand in DELETED state answers 502 "Brand not found".
     */
    get: operations["getBrand"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/brands/{brand_id}/campaigns": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Create a campaign
     * @description Registers a campaign under the brand; it starts in PENDING_REVIEW. Send exactly one of `message_flow` (deprecated for writes) or `message_flow_details`, and check the use case qualification of the brand first.
     */
    post: operations["createCampaign"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/brands/{brand_id}/campaigns/{campaign_id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get a campaign
     * @description Fetches one campaign of the brand, including its review status, carrier metadata and recent status changes. Poll it to follow the campaign from PENDING_REVIEW to ACTIVE.
     */
    get: operations["getCampaign"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/brands/{brand_id}/campaigns/{campaign_id}/numbers": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Link a number to a campaign
     * @description Starts linking one of your numbers to the campaign; the link is asynchronous, so the answer is 202 with status LINKING and traffic flows only once it reads LINKED. The reference also lists a `filter` query parameter here, an apparent copy from the list endpoint, which this spec leaves out.
     */
    post: operations["linkCampaignNumber"];
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
    /** @description Error body. The 10DLC reference shows no error payload, so this shape is our assumption, modelled on Vonage's generic error format; the fragment of `type` carries the error slug. Besides generic codes, the 10DLC slugs are brand-conflict, brand-parameters, invalid-usecase-data, use-case-denied, vetting-conflict, invalid-vetting-data, invalid-json, brand-not-qualified, invalid-campaign-data, numbers-already-linked and invalid-number-data (also listed in x-error-slugs). */
    VonageError: {
      /**
       * Format: uri
       * @description URI identifying the error; its fragment is the error slug.
       * @example https://developer.vonage.com/api-errors/10dlc#brand-parameters
       */
      type: string;
      /**
       * @description Short, human-readable summary of the error.
       * @example There are errors in the brand data submitted.
       */
      title: string;
      /**
       * @description Explanation specific to this occurrence of the error.
       * @example The field postal_code must not exceed 10 characters.
       */
      detail?: string;
      /**
       * @description Identifier of this occurrence, useful when contacting support.
       * @example bf0ca0bf927b3b52e3cb03217e1a1ddf
       */
      instance?: string;
    };
    /** @description One allowed value of an enumeration. */
    EnumItem: {
      /** @description The value as sent on the wire. */
      id?: string;
    };
    /** @description One allowed value of an enumeration, with a human-readable description. */
    EnumItemDescribed: {
      /** @description The value as sent on the wire. */
      id?: string;
      /** @description What the value means. */
      description?: string;
    };
    /** @description All enumeration lists of the 10DLC API, one array per enumerated property. */
    Enums: {
      alt_business_id_type?: components["schemas"]["EnumItem"][];
      brand_relationship?: components["schemas"]["EnumItem"][];
      brand_status?: components["schemas"]["EnumItem"][];
      campaign_status?: components["schemas"]["EnumItemDescribed"][];
      /** @description Operation statuses a carrier may report for a campaign (`mno_metadata[].status`). */
      campaign_op_status?: components["schemas"]["EnumItem"][];
      /** @description Compliance flags a linked number may carry. */
      compliance?: components["schemas"]["EnumItem"][];
      country?: components["schemas"]["EnumItemDescribed"][];
      /** @description Connectivity partners known to the registry. */
      cnp?: components["schemas"]["EnumItemDescribed"][];
      /** @description Direct connect aggregators. */
      dca?: components["schemas"]["EnumItemDescribed"][];
      entity_type?: components["schemas"]["EnumItem"][];
      event_category?: components["schemas"]["EnumItem"][];
      identity_status?: components["schemas"]["EnumItem"][];
      /** @description Mobile network operators, by network ID. */
      mno?: {
        /** @description Network ID of the operator. */
        id?: string;
        /** @description Operator name. */
        mno?: string;
      }[];
      nudge_intent?: components["schemas"]["EnumItem"][];
      number_status?: components["schemas"]["EnumItem"][];
      opt_attribute_name?: {
        id?: string;
        description?: string;
        /** @description Data type of the attribute. */
        type?: string;
      }[];
      sharing_status?: components["schemas"]["EnumItem"][];
      stock_exchange?: {
        id?: string;
        description?: string;
        /** @description Country of the exchange. */
        country?: string;
      }[];
      tcr_campaign_status?: components["schemas"]["EnumItem"][];
      tmo_brand_tier?: components["schemas"]["EnumItem"][];
      usecase?: {
        id?: string;
        classification?: string;
        description?: string;
        display_name?: string;
        /** @description Maximum number of sub use cases a campaign may declare. */
        max_sub_usecases?: number;
        /** @description Minimum number of sub use cases a campaign must declare. */
        min_sub_usecases?: number;
        valid_sub_usecase?: number;
        /** @description Message samples required by the use case itself, before any extra ones demanded by sub use cases. */
        min_msg_samples?: number;
      }[];
      usstate?: components["schemas"]["EnumItemDescribed"][];
      vertical?: {
        id?: string;
        description?: string;
        display_name?: string;
        industry_id?: string;
      }[];
      vetting_class?: {
        id?: string;
        description?: string;
        display_name?: string;
        /** @description Whether the class can currently be requested. */
        enabled?: number;
        /** @description How many months a vetting of this class stays valid. */
        validity_months?: number;
      }[];
      vetting_provider?: {
        id?: string;
        display_name?: string;
        /** @description Vetting classes offered by the provider. */
        vetting_classes?: string;
      }[];
      vetting_status?: components["schemas"]["EnumItem"][];
      vetting_appeal_category?: {
        id?: string;
        display_name?: string;
        description?: string;
      }[];
    };
    /**
     * @description Legal form of the brand. GOVERNMENT is reserved for US government agencies; other countries' agencies use NON_PROFIT.
     * @example PUBLIC_PROFIT
     * @enum {string}
     */
    EntityType: "PRIVATE_PROFIT" | "PUBLIC_PROFIT" | "NON_PROFIT" | "SOLE_PROPRIETOR" | "GOVERNMENT";
    /**
     * @description Kind of alternative business identifier; must be sent together with `alt_business_id`.
     * @example DUNS
     * @enum {string}
     */
    AltBusinessIdType: "DUNS" | "GIIN" | "LEI";
    /**
     * @description Exchange on which a PUBLIC_PROFIT brand is listed.
     * @example NASDAQ
     * @enum {string}
     */
    StockExchange:
      | "NONE"
      | "AMEX"
      | "AMX"
      | "ASX"
      | "B3"
      | "BME"
      | "BSE"
      | "FRA"
      | "ICEX"
      | "JSE"
      | "KRX"
      | "LON"
      | "NASDAQ"
      | "NSE"
      | "NYSE"
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
     * @description Industry segment; GET /enum returns the current list.
     * @example TECHNOLOGY
     * @enum {string}
     */
    Vertical:
      | "REAL_ESTATE"
      | "HEALTHCARE"
      | "ENERGY"
      | "ENTERTAINMENT"
      | "RETAIL"
      | "AGRICULTURE"
      | "INSURANCE"
      | "EDUCATION"
      | "HOSPITALITY"
      | "FINANCIAL"
      | "GAMBLING"
      | "CONSTRUCTION"
      | "NGO"
      | "MANUFACTURING"
      | "GOVERNMENT"
      | "TECHNOLOGY"
      | "COMMUNICATION";
    /** @description A carrier-side suspension and its cause. */
    CarrierSuspension: {
      /** @description Short reason for the suspension. */
      category?: string;
      /** @description Detailed cause of the suspension. */
      explanation?: string;
    };
    /**
     * @description Size of the business relationship between the brand and its provider.
     * @example BASIC_ACCOUNT
     * @enum {string}
     */
    BrandRelationship: "BASIC_ACCOUNT" | "SMALL_ACCOUNT" | "MEDIUM_ACCOUNT" | "LARGE_ACCOUNT" | "KEY_ACCOUNT";
    /** @description Hypermedia link to a related resource. */
    HalLink: {
      /**
       * @description Absolute URL of the linked resource.
       * @example https://api.nexmo.com/v1/10dlc/brands/BLQKOPK
       */
      href?: string;
    };
    /** @description A registered brand. The reference marks no response field as required. The `status` field is free text; the list filter uses ACTIVE, SUSPENDED, TERMINATED and DELETED. */
    Brand: {
      /**
       * @description Vonage account ID that owns the brand.
       * @example abcd1234
       */
      account_id?: string;
      /**
       * @description Parent (primary) account of `account_id`.
       * @example abcd1234
       */
      primary_account_id?: string;
      entity_type?: components["schemas"]["EntityType"];
      /**
       * @description Contact first name (SOLE_PROPRIETOR brands).
       * @example John
       */
      first_name?: string;
      /**
       * @description Contact last name (SOLE_PROPRIETOR brands).
       * @example Smith
       */
      last_name?: string;
      /**
       * @description Marketing or display name of the brand.
       * @example Vonage
       */
      display_name?: string;
      /**
       * @description Registered legal name of the company.
       * @example Vonage
       */
      company_name?: string;
      /**
       * @description Government-issued tax ID; locked once vetting succeeds.
       * @example 20-1111111
       */
      ein?: string;
      /**
       * @description ISO 3166-1 alpha-2 country that issued the `ein`; locked once vetting succeeds.
       * @example US
       */
      ein_issuing_country?: string;
      /**
       * @description Universal EIN computed by the registry (read-only).
       * @example 20-1111111
       */
      universal_ein?: string;
      alt_business_id_type?: components["schemas"]["AltBusinessIdType"];
      /**
       * @description Alternative business identifier.
       * @example 150483782
       */
      alt_business_id?: string;
      /**
       * @description Brand phone number, E.164 digits without `+`.
       * @example 15556660001
       */
      phone?: string;
      /**
       * @description Mobile number, E.164 digits without `+`.
       * @example 123123222334
       */
      mobile_phone?: string;
      /**
       * @description Street number and name.
       * @example 23 Main Street
       */
      street?: string;
      /**
       * @description City.
       * @example Holmdel
       */
      city?: string;
      /**
       * @description State or region; a two-letter code in the USA.
       * @example NJ
       */
      state?: string;
      /**
       * @description Postal code.
       * @example 07733
       */
      postal_code?: string;
      /**
       * @description ISO 3166-1 alpha-2 country code.
       * @example US
       */
      country?: string;
      /**
       * @description Support contact email of the brand.
       * @example devrel@vonage.com
       */
      email?: string;
      /**
       * @description Ticker symbol (PUBLIC_PROFIT brands).
       * @example VG
       */
      stock_symbol?: string;
      stock_exchange?: components["schemas"]["StockExchange"];
      /**
       * @description Brand website URL.
       * @example https://vonage.com
       */
      website?: string;
      vertical?: components["schemas"]["Vertical"];
      /**
       * @description Address used for the Authentication+ 2FA email (PUBLIC_PROFIT brands).
       * @example verification_email@vonage.com
       */
      verification_email?: string;
      /**
       * @description When the Authentication+ email was verified. Typed date-time in the reference, but its example uses "yyyy-mm-dd hh:mm:ss", so no format is enforced.
       * @example 2019-08-24 14:15:22
       */
      verification_email_completion_date?: string;
      /** @description True for a reseller brand. */
      reseller?: boolean;
      /**
       * @description TCR brand ID.
       * @example BLQKOPK
       */
      brand_id?: string;
      /**
       * @description Number of campaigns registered under the brand.
       * @example 5
       */
      campaign_count?: number;
      /** @description Active carrier suspensions of the brand. */
      carrier_suspensions?: components["schemas"]["CarrierSuspension"][];
      brand_relationship?: components["schemas"]["BrandRelationship"];
      /** @description True when the brand was registered directly at TCR by a partner and shared with Vonage. */
      partner?: boolean;
      /** @description True when the brand is shared with the calling account. */
      shared?: boolean;
      /** @description True when the calling account owns the brand. */
      owner?: boolean;
      /**
       * @description Brand status, e.g. ACTIVE, SUSPENDED, TERMINATED or DELETED.
       * @example ACTIVE
       */
      status?: string;
      /** @description Key that prevents registering the same brand twice at TCR. */
      reference_id?: string;
      /**
       * Format: date-time
       * @description When the brand's mobile phone was verified.
       * @example 2019-08-24T14:15:22Z
       */
      verified_date?: string;
      /**
       * @description Creation time, formatted "yyyy-mm-dd hh:mm:ss".
       * @example 2019-08-24 14:15:22
       */
      created_date?: string;
      /**
       * @description Last modification time, formatted "yyyy-mm-dd hh:mm:ss".
       * @example 2019-09-24 14:15:22
       */
      last_updated?: string;
      /** @description Links to the brand and its campaigns. */
      _links?: {
        self?: components["schemas"]["HalLink"];
        campaigns?: components["schemas"]["HalLink"];
      };
    };
    /** @description One page of brands with paging counters and navigation links. */
    BrandList: {
      /**
       * @description Items per page.
       * @example 10
       */
      page_size?: number;
      /**
       * @description Current page number.
       * @example 2
       */
      page?: number;
      /**
       * @description Number of pages in the whole result set.
       * @example 10
       */
      total_pages?: number;
      /**
       * @description Number of items in the whole result set.
       * @example 100
       */
      total_items?: number;
      _embedded?: {
        brands?: components["schemas"]["Brand"][];
      };
      /** @description Navigation links; `next` and `previous` are absent at the ends of the list. */
      _links?: {
        self?: components["schemas"]["HalLink"];
        next?: components["schemas"]["HalLink"];
        previous?: components["schemas"]["HalLink"];
        first?: components["schemas"]["HalLink"];
        last?: components["schemas"]["HalLink"];
      };
    };
    /** @description Brand registration body. The reference presents it as a oneOf by entity_type but renders only one variant (the general one, with 13 required fields), so it is modelled as a single object with that required list; the entity-specific rules stated in the field texts (PUBLIC_PROFIT, SOLE_PROPRIETOR) are documented, not enforced. */
    BrandCreate: {
      /**
       * @description Vonage account ID that will own the brand.
       * @example abcd1234
       */
      account_id: string;
      /**
       * @description Parent (primary) account of `account_id`.
       * @example abcd1234
       */
      primary_account_id?: string;
      entity_type: components["schemas"]["EntityType"];
      /**
       * @description Contact first name; needed for SOLE_PROPRIETOR brands.
       * @example John
       */
      first_name?: string;
      /**
       * @description Contact last name; needed for SOLE_PROPRIETOR brands.
       * @example Smith
       */
      last_name?: string;
      /**
       * @description Marketing or display name of the brand.
       * @example Vonage
       */
      display_name: string;
      /**
       * @description Registered legal name of the company.
       * @example Vonage
       */
      company_name: string;
      /**
       * @description Tax ID issued by the government (9 digits for a US EIN).
       * @example 20-1111111
       */
      ein: string;
      /**
       * @description ISO 3166-1 alpha-2 country that issued the `ein`.
       * @example US
       */
      ein_issuing_country?: string;
      /**
       * @description Universal EIN; read-only on the brand, although the reference lists it in this body as well.
       * @example 20-1111111
       */
      universal_ein?: string;
      alt_business_id_type?: components["schemas"]["AltBusinessIdType"];
      /**
       * @description Alternative business identifier; must be sent together with `alt_business_id_type`.
       * @example 150483782
       */
      alt_business_id?: string;
      /**
       * @description Brand phone number, E.164 digits without `+`.
       * @example 15556660001
       */
      phone: string;
      /**
       * @description Mobile number, E.164 digits without `+`; needed for SOLE_PROPRIETOR brands.
       * @example 123123222334
       */
      mobile_phone?: string;
      /**
       * @description Street number and name.
       * @example 23 Main Street
       */
      street: string;
      /**
       * @description City.
       * @example Holmdel
       */
      city: string;
      /**
       * @description State or region; a two-letter code in the USA.
       * @example NJ
       */
      state: string;
      /**
       * @description Postal code; five-digit ZIP code in the USA.
       * @example 07733
       */
      postal_code: string;
      /**
       * @description ISO 3166-1 alpha-2 country code.
       * @example US
       */
      country: string;
      /**
       * @description Support contact email of the brand.
       * @example devrel@vonage.com
       */
      email: string;
      /**
       * @description Ticker symbol; needed for PUBLIC_PROFIT brands.
       * @example VG
       */
      stock_symbol?: string;
      stock_exchange?: components["schemas"]["StockExchange"];
      /**
       * @description Brand website URL.
       * @example https://vonage.com
       */
      website?: string;
      vertical: components["schemas"]["Vertical"];
      /**
       * @description Address used for the Authentication+ 2FA email; needed for PUBLIC_PROFIT brands.
       * @example verification_email@vonage.com
       */
      verification_email?: string;
      /**
       * @description When the Authentication+ email was verified. Typed date-time in the reference, but its example uses "yyyy-mm-dd hh:mm:ss", so no format is enforced.
       * @example 2019-08-24 14:15:22
       */
      verification_email_completion_date?: string;
      /** @description Marks a reseller brand; only allowed when a PENDING or APPROVED reseller is linked to the primary account. Campaigns of such a brand inherit the reseller ID. */
      reseller?: boolean;
    };
    /**
     * @description Campaign use case; GET /enum returns the current list and each use case's sample requirements.
     * @example ACCOUNT_NOTIFICATION
     * @enum {string}
     */
    Usecase:
      | "CUSTOMER_CARE"
      | "POLLING_VOTING"
      | "HIGHER_EDUCATION"
      | "PUBLIC_SERVICE_ANNOUNCEMENT"
      | "MARKETING"
      | "SECURITY_ALERT"
      | "DELIVERY_NOTIFICATION"
      | "ACCOUNT_NOTIFICATION"
      | "2FA"
      | "FRAUD_ALERT"
      | "TRIAL"
      | "CHARITY"
      | "POLITICAL"
      | "EMERGENCY"
      | "SWEEPSTAKE"
      | "CONVERSATIONAL"
      | "MIXED"
      | "CARRIER_EXEMPT"
      | "SOCIAL"
      | "LOW_VOLUME";
    /**
     * @description How a subscriber gives consent.
     * @example TEXT_TO_JOIN
     * @enum {string}
     */
    ConsentMethod: "ONLINE_FORM" | "LIVE_OPERATOR" | "POINT_OF_SALE" | "TEXT_TO_JOIN" | "OTHER";
    /** @description One way a subscriber can opt in. */
    ConsentMechanism: {
      method: components["schemas"]["ConsentMethod"];
      /**
       * @description How this consent mechanism works.
       * @example A text will be sent to the customer. He can reply yes to consent and opt in.
       */
      details: string;
      /**
       * Format: uri
       * @description HTTP(S) link showing the mechanism; expected for every method except TEXT_TO_JOIN.
       * @example https://mybrand.com/optin
       */
      attachment?: string;
    };
    /**
     * @description Whether the campaign sends a single message or recurring ones.
     * @example RECURRING
     * @enum {string}
     */
    MessageFrequency: "ONE_TIME" | "RECURRING";
    /** @description Structured call-to-action from which Vonage renders the `message_flow` text. On reads it is only present when the campaign was written with it. */
    MessageFlowDetails: {
      /**
       * @description Brand name shown to subscribers; may differ from the brand's own name (e.g. a subsidiary).
       * @example My brand
       */
      brand_name: string;
      /** @description Every mechanism subscribers can use to opt in. */
      consent_mechanisms: components["schemas"]["ConsentMechanism"][];
      /**
       * @description Must be true; adds the "message and data rates may apply" notice.
       * @enum {boolean}
       */
      pricing_disclosure: true;
      /**
       * @description When true, adds the notice that carriers are not liable for delayed or undelivered messages.
       * @enum {boolean}
       */
      carrier_disclaimer?: true;
      frequency: components["schemas"]["MessageFrequency"];
      /**
       * Format: uri
       * @description Link to the campaign privacy policy.
       * @example https://mybrand.com/privacy_policy
       */
      privacy_policy: string;
      /**
       * Format: uri
       * @description Link to the campaign terms and conditions.
       * @example https://mybrand.com/terms_and_conditions
       */
      terms_and_conditions: string;
    };
    /** @description Campaign registration body. Exactly one of `message_flow` or `message_flow_details` must be present (enforced by the oneOf); `opt_in_message` is also needed whenever `opt_in_keywords` is set. */
    CampaignCreate: {
      /**
       * @description Vonage account ID registering the campaign.
       * @example abcd1234
       */
      account_id: string;
      vertical?: components["schemas"]["Vertical"];
      usecase: components["schemas"]["Usecase"];
      /** @description Additional use cases covered by the campaign. */
      sub_usecases?: components["schemas"]["Usecase"][];
      /**
       * @description TCR reseller ID; R000000 means "not a reseller campaign". Ignored when `reseller` is sent or the brand is a reseller brand.
       * @example R123456
       */
      reseller_id?: string;
      /** @description Marks a reseller campaign; needs a PENDING or APPROVED reseller on the primary account. */
      reseller?: boolean;
      /**
       * @description What the campaign is for.
       * @example User notifications about appointments, orders, payments and deliveries.
       */
      description: string;
      /**
       * @description Subscribers must state their age to opt in.
       * @example true
       */
      age_gated?: boolean;
      /**
       * @description Messages concern money lending or loans.
       * @example true
       */
      direct_lending?: boolean;
      /** @description First sample message. */
      sample_one?: string;
      /** @description Second sample message. */
      sample_two?: string;
      /** @description Third sample message. */
      sample_three?: string;
      /** @description Fourth sample message. */
      sample_four?: string;
      /** @description Fifth sample message. */
      sample_five?: string;
      /**
       * @deprecated
       * @description Free-text call-to-action describing how subscribers opt in; deprecated for writes in favour of `message_flow_details`.
       */
      message_flow?: string;
      message_flow_details?: components["schemas"]["MessageFlowDetails"];
      /** @description Reply to the HELP keyword. */
      help_message: string;
      /** @description Confirmation sent when a subscriber opts in. */
      opt_in_message: string;
      /** @description Confirmation sent when a subscriber opts out. */
      opt_out_message: string;
      /**
       * @description Comma-separated help keywords without spaces; must include HELP.
       * @default HELP
       * @example HELP,INFO
       */
      help_keywords?: string;
      /**
       * @description Comma-separated opt-in keywords.
       * @example START,SUBSCRIBE
       */
      opt_in_keywords?: string;
      /**
       * @description Comma-separated opt-out keywords without spaces; must include STOP.
       * @default STOP
       * @example STOP,QUIT
       */
      opt_out_keywords?: string;
      /**
       * @description Must be true to accept the TCR terms and conditions.
       * @example true
       */
      tc_agreed: boolean;
      /** @description Messages contain links (URL shorteners are not allowed). */
      embedded_link?: boolean;
      /** @description Messages contain a phone number. */
      embedded_phone?: boolean;
      /**
       * @description Friendly name of the campaign.
       * @example This is a sample campaign
       */
      label?: string;
      /** @description HIPAA applies to the campaign; best set now, as it freezes when the first number link is attempted. */
      hipaa?: boolean;
    } & (unknown | unknown);
    /**
     * @description Lifecycle state of a campaign: PENDING_REVIEW on creation, then UPDATES_REQUIRED or CARRIERS_REVIEW, ACTIVE once traffic may flow, PENDING_CANCELLATION before a non-renewal, with TERMINATED final. The reference also mentions EXPIRED in prose but not in the list of values.
     * @example ACTIVE
     * @enum {string}
     */
    CampaignStatus:
      | "PENDING_REVIEW"
      | "UPDATES_REQUIRED"
      | "CARRIERS_REVIEW"
      | "ACTIVE"
      | "PENDING_CANCELLATION"
      | "SUSPENDED"
      | "TERMINATED"
      | "CANCELED"
      | "REJECTED"
      | "CNP_CANCELED"
      | "PORTED_OUT";
    /**
     * @description Status of the campaign at The Campaign Registry.
     * @example ACTIVE
     * @enum {string}
     */
    TcrStatus: "UNKNOWN" | "ACTIVE" | "CANCELED";
    /** @description One recorded transition of the campaign status. */
    CampaignStatusChange: {
      status?: components["schemas"]["CampaignStatus"];
      /** @description Why the status changed. */
      explanation?: string;
      /**
       * @description When the status changed. Typed date-time in the reference, but its example uses "yyyy-mm-dd hh:mm:ss", so no format is enforced.
       * @example 2022-01-01 01:01:01
       */
      change_date?: string;
    };
    /**
     * @description T-Mobile brand tier, which caps the brand's daily message volume.
     * @example LOW
     * @enum {string}
     */
    TmoBrandTier: "LOW" | "LOWER_MID" | "UPPER_MID" | "TOP" | "UNCAPPED";
    /** @description A complaint raised by a carrier against the campaign. */
    MnoComplaint: {
      /** @description Text of the complaint. */
      description?: string;
      /**
       * @description Aggregator that relayed the complaint.
       * @example SINCH
       */
      dca?: string;
      /**
       * Format: date-time
       * @description When the complaint was recorded.
       */
      created_at?: string;
    };
    /** @description Per-carrier view of the campaign. */
    MnoMetadata: {
      /**
       * @description Network ID of the carrier.
       * @example 10017
       */
      network_id?: string;
      /**
       * @description Carrier name.
       * @example AT&T
       */
      mno?: string;
      /** @description Carrier operation status; GET /enum lists values under `campaign_op_status`. */
      status?: string;
      /** @description False when the carrier does not support the use case. */
      mno_support?: boolean;
      /** @description True when the carrier reviews the campaign manually. */
      mno_review?: boolean;
      /** @description False when the brand does not qualify for the use case at this carrier. */
      qualify?: boolean;
      /**
       * @description Message samples this carrier requires for the use case.
       * @example 2
       */
      min_msg_samples?: number;
      /** @description Carrier requires subscriber opt-in. */
      req_subscriber_opt_in?: boolean;
      /** @description Carrier requires opt-out keywords such as STOP. */
      req_subscriber_opt_out?: boolean;
      /** @description Carrier requires help keywords such as HELP. */
      req_subscriber_help?: boolean;
      /** @description Carrier forbids links in messages. */
      no_embedded_link?: boolean;
      /** @description Carrier forbids phone numbers in messages. */
      no_embedded_phone?: boolean;
      /**
       * @description AT&T message class.
       * @example Q
       */
      att_msg_class?: string;
      /**
       * @description AT&T SMS throughput per minute.
       * @example 3000
       */
      att_tpm?: number;
      /**
       * @description AT&T MMS throughput per minute.
       * @example 3000
       */
      att_mms_tpm?: number;
      /** @description True when AT&T applies the throughput per number rather than per campaign. */
      att_number_based?: boolean;
      tmo_brand_tier?: components["schemas"]["TmoBrandTier"];
      /** @description T-Mobile throughput per day. */
      tmo_tpd?: number;
      /** @description Carrier complaints. The reference example wraps them in an extra `complaints` object; they are modelled as a flat list here. */
      complaints?: components["schemas"]["MnoComplaint"][];
    };
    /** @description A registered campaign. The reference marks no response field as required. */
    Campaign: {
      /**
       * @description Parent (primary) account of `account_id`.
       * @example abcd1234
       */
      primary_account_id?: string;
      /**
       * @description Vonage account ID owning the campaign.
       * @example abcd1234
       */
      account_id?: string;
      /**
       * @description TCR brand ID.
       * @example BLQKOPK
       */
      brand_id?: string;
      /**
       * @description Vonage campaign ID.
       * @example VC987XYZ
       */
      campaign_id?: string;
      /**
       * @description Campaign ID at TCR, set once registered there.
       * @example C123ABC
       */
      tcr_campaign_id?: string;
      /**
       * @description TCR reseller ID; R000000 for non-reseller campaigns. Frozen once `tcr_campaign_id` is set.
       * @example R123456
       */
      reseller_id?: string;
      /** @description True for a reseller campaign. */
      reseller?: boolean;
      /**
       * @description Friendly name of the campaign.
       * @example This is a sample campaign
       */
      label?: string;
      status?: components["schemas"]["CampaignStatus"];
      /** @description True once traffic is allowed (first when the status becomes ACTIVE); brand or number issues can still block sending. */
      traffic_enabled?: boolean;
      usecase?: components["schemas"]["Usecase"];
      /** @description Additional use cases covered by the campaign. */
      sub_usecases?: components["schemas"]["Usecase"][];
      /**
       * @description What the campaign is for.
       * @example User notifications about appointments, orders, payments and deliveries.
       */
      description?: string;
      /** @description Call-to-action text; on reads always rendered from `message_flow_details` when that was used. */
      message_flow?: string;
      message_flow_details?: components["schemas"]["MessageFlowDetails"];
      /**
       * @description Subscribers must opt in before receiving messages.
       * @default true
       */
      subscriber_opt_in?: boolean;
      /**
       * @description Comma-separated opt-in keywords.
       * @example START,SUBSCRIBE
       */
      opt_in_keywords?: string;
      /** @description Confirmation sent when a subscriber opts in. */
      opt_in_message?: string;
      /**
       * @description The campaign honours opt-out keywords.
       * @default true
       */
      subscriber_opt_out?: boolean;
      /**
       * @description Comma-separated opt-out keywords.
       * @default STOP
       * @example STOP,QUIT
       */
      opt_out_keywords?: string;
      /** @description Confirmation sent when a subscriber opts out. */
      opt_out_message?: string;
      /**
       * @description The campaign answers help keywords.
       * @default true
       */
      subscriber_help?: boolean;
      /**
       * @description Comma-separated help keywords.
       * @default HELP
       * @example HELP,INFO
       */
      help_keywords?: string;
      /** @description Reply to the HELP keyword. */
      help_message?: string;
      /** @description First sample message. */
      sample_one?: string;
      /** @description Second sample message. */
      sample_two?: string;
      /** @description Third sample message. */
      sample_three?: string;
      /** @description Fourth sample message. */
      sample_four?: string;
      /** @description Fifth sample message. */
      sample_five?: string;
      /** @description Subscribers must state their age to opt in. */
      age_gated?: boolean;
      /** @description Messages concern money lending or loans. */
      direct_lending?: boolean;
      /** @description Messages contain links. */
      embedded_link?: boolean;
      /** @description Messages contain a phone number. */
      embedded_phone?: boolean;
      /** @description True when the campaign belongs to a partner (shared from TCR). */
      partner?: boolean;
      /** @description Renew at the end of the billing cycle; when false the campaign becomes CANCELED at that point. */
      auto_renewal?: boolean;
      /** @description HIPAA applies to the campaign; null until set or until the first number link attempt. */
      hipaa?: boolean | null;
      tcr_status?: components["schemas"]["TcrStatus"];
      vertical?: components["schemas"]["Vertical"];
      /**
       * @description The campaign uses a pool of numbers.
       * @default true
       */
      number_pool?: boolean;
      /**
       * Format: date-time
       * @description When the campaign was registered at TCR.
       */
      registration_date?: string;
      /**
       * Format: date
       * @description Next renewal and billing date when auto-renewal is on.
       */
      renewal_date?: string;
      /**
       * Format: date-time
       * @description When the record was created.
       */
      created_date?: string;
      /**
       * Format: date-time
       * @description When the record last changed.
       */
      last_updated?: string;
      /**
       * Format: date-time
       * @description When the campaign was billed.
       */
      billed_date?: string;
      /** @description Whether opt-out assist is enabled on the primary account of the campaign's brand. */
      opt_out_assist?: boolean;
      /** @description Extract of the most recent status changes (not a full history). */
      last_status_changes?: components["schemas"]["CampaignStatusChange"][];
      /** @description Per-carrier status and limits. */
      mno_metadata?: components["schemas"]["MnoMetadata"][];
      /** @description Carrier suspensions affecting the campaign's brand. */
      carrier_brand_suspensions?: components["schemas"]["CarrierSuspension"][];
      /** @description Links to the campaign, its brand and its numbers. */
      _links?: {
        self?: components["schemas"]["HalLink"];
        brand?: components["schemas"]["HalLink"];
        numbers?: components["schemas"]["HalLink"];
      };
    };
    /** @description Number to attach to a campaign. */
    NumberLink: {
      /**
       * @description ISO 3166-1 alpha-2 country code of the number.
       * @example US
       */
      country: string;
      /**
       * @description Phone number, E.164 digits without `+`.
       * @example 14155550110
       */
      number: string;
    };
    /**
     * @description Link state of a number in a campaign; only LINKED carries traffic.
     * @example LINKING
     * @enum {string}
     */
    NumberStatus: "LINKING" | "LINKED" | "REJECTED" | "UNLINKING" | "UNLINKED";
    /** @description A number attached to a campaign and its link state. */
    CampaignNumber: {
      /**
       * @description Phone number, E.164 digits without `+`.
       * @example 14155550110
       */
      number?: string;
      /**
       * @description ISO 3166-1 alpha-2 country code of the number.
       * @example US
       */
      country?: string;
      status?: components["schemas"]["NumberStatus"];
      /** @description Compliance flags of the number; GET /enum lists values under `compliance`. */
      compliance?: string[];
      /** @description Links to the number, its campaign and its brand. */
      _links?: {
        self?: components["schemas"]["HalLink"];
        campaign?: components["schemas"]["HalLink"];
        brand?: components["schemas"]["HalLink"];
      };
    };
  };
  responses: {
    /** @description Credentials are missing or invalid. */
    Unauthorized: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["VonageError"];
      };
    };
    /** @description The brand, campaign or number in the path does not exist for this account. */
    NotFound: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["VonageError"];
      };
    };
    /** @description The request was understood but failed validation; the `type` fragment names the 10DLC error slug. */
    UnprocessableEntity: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["VonageError"];
      };
    };
    /** @description Returned by every operation that addresses a brand in DELETED state; the reference reports it as "Brand not found". */
    BadGateway: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["VonageError"];
      };
    };
    /** @description A single brand. */
    BrandResponse: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["Brand"];
      };
    };
  };
  parameters: {
    /**
     * @description 1-based page number to return.
     * @example 2
     */
    Page: number;
    /**
     * @description Number of items per page.
     * @example 10
     */
    PageSize: number;
    /** @description Filter conditions narrowing the result. The reference types it as an array but does not document the query syntax, so values are passed through as strings. */
    Filter: string[];
    /**
     * @description TCR brand ID of the brand.
     * @example BLQKOPK
     */
    BrandId: string;
    /**
     * @description Vonage campaign ID of the campaign.
     * @example VC987XYZ
     */
    CampaignId: string;
  };
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  getEnums: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Every enumeration, keyed by property name. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Enums"];
        };
      };
      401: components["responses"]["Unauthorized"];
    };
  };
  listBrands: {
    parameters: {
      query?: {
        /**
         * @description 1-based page number to return.
         * @example 2
         */
        page?: components["parameters"]["Page"];
        /**
         * @description Number of items per page.
         * @example 10
         */
        page_size?: components["parameters"]["PageSize"];
        /** @description Filter conditions narrowing the result. The reference types it as an array but does not document the query syntax, so values are passed through as strings. */
        filter?: components["parameters"]["Filter"];
        /**
         * @description Restrict the result to brands in this state; when omitted, ACTIVE and SUSPENDED brands are returned. The reference says several states may be given but types the parameter as a single string, as modelled here.
         * @example ACTIVE
         */
        status?: "ACTIVE" | "SUSPENDED" | "TERMINATED" | "DELETED";
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of brands. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["BrandList"];
        };
      };
      401: components["responses"]["Unauthorized"];
      422: components["responses"]["UnprocessableEntity"];
    };
  };
  createBrand: {
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
      200: components["responses"]["BrandResponse"];
      401: components["responses"]["Unauthorized"];
      422: components["responses"]["UnprocessableEntity"];
    };
  };
  getBrand: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description TCR brand ID of the brand.
         * @example BLQKOPK
         */
        brand_id: components["parameters"]["BrandId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: components["responses"]["BrandResponse"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      502: components["responses"]["BadGateway"];
    };
  };
  createCampaign: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description TCR brand ID of the brand.
         * @example BLQKOPK
         */
        brand_id: components["parameters"]["BrandId"];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["CampaignCreate"];
      };
    };
    responses: {
      /** @description The campaign as registered, pending Vonage's review. */
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
      422: components["responses"]["UnprocessableEntity"];
      502: components["responses"]["BadGateway"];
    };
  };
  getCampaign: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description TCR brand ID of the brand.
         * @example BLQKOPK
         */
        brand_id: components["parameters"]["BrandId"];
        /**
         * @description Vonage campaign ID of the campaign.
         * @example VC987XYZ
         */
        campaign_id: components["parameters"]["CampaignId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The requested campaign. */
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
      502: components["responses"]["BadGateway"];
    };
  };
  linkCampaignNumber: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description TCR brand ID of the brand.
         * @example BLQKOPK
         */
        brand_id: components["parameters"]["BrandId"];
        /**
         * @description Vonage campaign ID of the campaign.
         * @example VC987XYZ
         */
        campaign_id: components["parameters"]["CampaignId"];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["NumberLink"];
      };
    };
    responses: {
      /** @description Link accepted and in progress. */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CampaignNumber"];
        };
      };
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      422: components["responses"]["UnprocessableEntity"];
      502: components["responses"]["BadGateway"];
    };
  };
}
