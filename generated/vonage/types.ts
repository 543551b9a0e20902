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
    "/account": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get account settings
         * @description Returns the 10DLC settings of the authenticated account. Today this is only whether opt-out assist is switched on.
         */
        get: operations["getAccountSettings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update account settings
         * @description Changes the 10DLC settings of the account; only the primary account may call it. Opt-out assist can be switched on here but not off: disabling it goes through Vonage support.
         */
        patch: operations["updateAccountSettings"];
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
         * @description Registers a new brand for the account; most brands are usable at once, some must first go through vetting. Which optional fields become mandatory depends on `entity_type` (see BrandCreate); rejected data is reported with the brand-parameters slug, a problem with a third-party vendor with brand-conflict.
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
        /**
         * Delete a brand
         * @description Moves a brand without active campaigns to the DELETED state, which cannot be undone. A deleted brand still shows up in GET /brands when filtered by status, but every other call on it answers 502 "Brand not found".
         */
        delete: operations["deleteBrand"];
        options?: never;
        head?: never;
        /**
         * Update a brand
         * @description Changes only the fields you send and keeps the brand record at TCR current. Once vetting has succeeded, `ein`, `ein_issuing_country` and `entity_type` are locked; rejected data is reported with the brand-parameters or brand-conflict slug.
         */
        patch: operations["updateBrand"];
        trace?: never;
    };
    "/brands/{brand_id}/feedback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get brand feedback
         * @description Explains, by category and field, why the identity of the brand could not be verified. It answers 422 while the identity status is still PENDING, and carries no categories unless the brand is UNVERIFIED.
         */
        get: operations["getBrandFeedback"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/brands/{brand_id}/usecases/{usecase}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Check use case qualification
         * @description Tells whether the brand may run a campaign of the given use case, with the fees and each carrier's requirements and limits. Call it before creating a campaign; if the use case does not qualify (invalid-usecase-data or use-case-denied), extra third-party vetting may unlock it.
         */
        get: operations["qualifyBrandUsecase"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/brands/{brand_id}/start_verification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start OTP or 2FA verification
         * @description Sends the verification challenge of the brand: an OTP text to the mobile phone of a SOLE_PROPRIETOR brand, or the Authentication+ 2FA email to the `verification_email` of a PUBLIC_PROFIT brand. Keep the returned `reference_id` to follow the OTP delivery.
         */
        post: operations["startBrandVerification"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/brands/{brand_id}/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Verify the OTP code
         * @description Submits the 6-character code that the brand's registered mobile phone received after the verification was started. Use it to complete the OTP verification of a SOLE_PROPRIETOR brand.
         */
        post: operations["verifyBrandOtp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/brands/{brand_id}/verification/{reference_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get OTP verification status
         * @description Reports, for one OTP request, when it was sent and verified and the latest SMS delivery status from the sending provider. The delivery data is best-effort and only meant to help diagnose undelivered codes.
         */
        get: operations["getBrandVerificationStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/brands/{brand_id}/vetting/requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List vetting records
         * @description Returns every vetting record of the brand, whether requested through Vonage or imported. The answer is a plain JSON array without paging.
         */
        get: operations["listVettingRequests"];
        /**
         * Import an external vetting
         * @description Registers a vetting that was done manually or outside Vonage so it counts for future campaign qualification. The import is validated asynchronously before it is stored with the brand at TCR.
         */
        put: operations["importVettingRequest"];
        /**
         * Request brand vetting
         * @description Asks a vetting provider to vet the brand, which grants that provider access to the brand's data at TCR; the result can take from minutes up to 48 hours, so poll the vetting list. POLITICAL vets also need `vetting_political_details`; rejected requests carry the invalid-vetting-data or vetting-conflict slug.
         */
        post: operations["createVettingRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/brands/{brand_id}/vetting/requests/{vetting_id}/appeal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Appeal a vetting
         * @description Opens an appeal against the outcome of one vetting, citing the categories concerned and evidence files uploaded beforehand. At most 10 evidence files totalling 30 MB can be attached; the appeal's progress shows in the vetting record.
         */
        post: operations["appealVettingRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/brands/{brand_id}/revet": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Revet a brand
         * @description Asks TCR to vet the brand again and returns the brand. It is allowed once after the brand has been registered successfully.
         */
        post: operations["revetBrand"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/brands/{brand_id}/appeal/evidence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List appeal evidence files
         * @description Lists the evidence files uploaded for the brand that can be attached to a vetting appeal. Vonage's 10DLC reference documents `page` and `page_size` as query parameters but answers with page tokens, so `page_token` is accepted as well and is what the paginator sends.
         */
        get: operations["listAppealEvidence"];
        put?: never;
        /**
         * Upload appeal evidence
         * @description Uploads one or more evidence files for a later vetting appeal, each at most 10 MB and 100 MB per request, of type jpg, jpeg, png, bmp, raw, tiff, pdf, docx, htm, odt, rtf, txt or xml. Every part needs its filename in Content-Disposition and its own Content-Type; Vonage's 10DLC reference also lists page, page_size and filter query parameters here, copied from the list endpoint, which this spec leaves out.
         */
        post: operations["uploadAppealEvidence"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/brands/{brand_id}/appeal/evidence/{evidence_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download an appeal evidence file
         * @description Returns the raw bytes of one uploaded evidence file. The actual Content-Type is the file's own MIME type and the filename travels in the Content-Disposition header.
         */
        get: operations["downloadAppealEvidence"];
        put?: never;
        post?: never;
        /**
         * Delete an appeal evidence file
         * @description Removes an uploaded evidence file so it can no longer be attached to an appeal. Vonage's 10DLC reference labels the answer 200 OK with content type application/octet-stream but shows no content, so it is modelled as a 200 without body.
         */
        delete: operations["deleteAppealEvidence"];
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
        /**
         * List campaigns of a brand
         * @description Pages through the campaigns registered under the brand. Without a `status` filter, campaigns in every state are returned.
         */
        get: operations["listCampaigns"];
        put?: never;
        /**
         * Create a campaign
         * @description Registers a campaign under the brand; it starts in PENDING_REVIEW. Send exactly one of `message_flow` (deprecated for writes) or `message_flow_details`, and check the use case qualification of the brand first: a brand that does not qualify gets the brand-not-qualified or use-case-denied slug, invalid data invalid-campaign-data.
         */
        post: operations["createCampaign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/message_flow": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Preview a message flow
         * @description Renders the `message_flow` text that a campaign would get from the given `message_flow_details`, without creating anything. Answers 422 when the rendered text is shorter than 40 or longer than 4096 characters.
         */
        post: operations["previewMessageFlow"];
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
        /**
         * Cancel campaign auto-renewal
         * @deprecated
         * @description Cancels the renewal of the campaign, irreversibly; the campaign itself is removed after its expiry date. Deprecated by Vonage: PATCH the campaign with `auto_renewal` false instead.
         */
        delete: operations["deleteCampaign"];
        options?: never;
        head?: never;
        /**
         * Update a campaign
         * @description Changes the fields you send and triggers a new compliance review; TERMINATED and CANCELED campaigns cannot be changed, and once Vonage has approved a campaign its vertical, use cases, age_gated, direct_lending, embedded_link, embedded_phone and status are frozen (`hipaa` freezes at the first number link attempt). `status` only accepts CANCELED, and `auto_renewal` false stops the renewal. Send at most one of `message_flow` (which erases stored details) or `message_flow_details`.
         */
        patch: operations["updateCampaign"];
        trace?: never;
    };
    "/brands/{brand_id}/campaigns/{campaign_id}/resubmit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Resubmit a campaign to carriers
         * @description Sends an active campaign again to the review of the listed carriers, identified by network ID. Returns the per-carrier metadata after the resubmission.
         */
        put: operations["resubmitCampaign"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/terms_and_conditions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get campaign terms and conditions
         * @description Returns the terms that apply when registering a campaign. Accepting them is what `tc_agreed` on campaign creation stands for.
         */
        get: operations["getCampaignTermsAndConditions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/partnercampaigns/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import a partner campaign
         * @description Shares a campaign registered at TCR by a partner with Vonage, identified by its TCR campaign ID. The account needs a special capability; set `cnp_migration` when a CNP migration has been started.
         */
        post: operations["importPartnerCampaign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/partnercampaigns/{campaign_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get partner campaign sharing
         * @description Returns the sharing state of an imported partner campaign and the connectivity partners on each side. Poll it after an import until the status leaves PENDING.
         */
        get: operations["getPartnerCampaign"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/throughputs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List campaign throughputs
         * @description Lists the messaging throughput limits that carriers apply, per minute or per day, to a campaign, its brand or its numbers. Filter by `campaign_id` and page with the `page_token` values of the previous answer.
         */
        get: operations["listThroughputs"];
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
        /**
         * List numbers of a campaign
         * @description Pages through the numbers attached to the campaign with their link status. Use it to check which numbers have reached LINKED and may carry traffic.
         */
        get: operations["listCampaignNumbers"];
        put?: never;
        /**
         * Link a number to a campaign
         * @description Starts linking one of your numbers to the campaign; the link is asynchronous, so the answer is 202 with status LINKING and traffic flows only once it reads LINKED. A number already linked to another campaign is refused with the numbers-already-linked slug (bad input: invalid-number-data); Vonage's 10DLC reference also lists a `filter` query parameter here, an apparent copy from the list endpoint, which this spec leaves out.
         */
        post: operations["linkCampaignNumber"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/brands/{brand_id}/campaigns/{campaign_id}/numbers/{number}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a campaign number
         * @description Returns one number of the campaign with its link status and compliance flags. Poll it after linking until the status is LINKED or REJECTED.
         */
        get: operations["getCampaignNumber"];
        put?: never;
        post?: never;
        /**
         * Unlink a number from a campaign
         * @description Detaches the number from the campaign so it stops carrying the campaign's traffic. The number passes through UNLINKING before it reads UNLINKED.
         */
        delete: operations["unlinkCampaignNumber"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/resellers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List resellers
         * @description Lists the resellers registered for the account with their approval status. Vonage's 10DLC reference documents `page` and `page_size` as query parameters but answers with page tokens, so `page_token` is accepted as well and is what the paginator sends.
         */
        get: operations["listResellers"];
        put?: never;
        /**
         * Create a reseller
         * @description Registers a reseller for the account; it starts PENDING and is later APPROVED (receiving a TCR reseller ID) or REJECTED with a reason. A PENDING or APPROVED reseller is what allows reseller brands and campaigns.
         */
        post: operations["createReseller"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/resellers/{reseller_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a reseller
         * @description Returns one reseller of the account with its approval status. Poll it after creation to learn whether it was approved and which TCR reseller ID it received.
         */
        get: operations["getReseller"];
        put?: never;
        post?: never;
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
        /** @description Error body. Vonage's 10DLC reference shows no error payload, so this shape is our assumption, modelled on Vonage's generic error format; the fragment of `type` carries the error slug. Besides generic codes, the 10DLC slugs are brand-conflict, brand-parameters, invalid-usecase-data, use-case-denied, vetting-conflict, invalid-vetting-data, invalid-json, brand-not-qualified, invalid-campaign-data, numbers-already-linked and invalid-number-data (also listed in x-error-slugs). */
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
        /** @description Account-level 10DLC settings. */
        AccountSettings: {
            /**
             * @description Whether opt-out assist is enabled for the account; once on, only Vonage support can turn it off.
             * @example true
             */
            opt_out_assist?: boolean;
        };
        /** @description New account-level 10DLC settings. */
        AccountSettingsUpdate: {
            /**
             * @description Set to true to enable opt-out assist; disabling it through the API is not possible.
             * @example true
             */
            opt_out_assist: boolean;
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
        StockExchange: "NONE" | "AMEX" | "AMX" | "ASX" | "B3" | "BME" | "BSE" | "FRA" | "ICEX" | "JSE" | "KRX" | "LON" | "NASDAQ" | "NSE" | "NYSE" | "OMX" | "SEHK" | "SSE" | "STO" | "SWX" | "SZSE" | "TSX" | "TWSE" | "VSE";
        /**
         * @description Industry segment; GET /enum returns the current list.
         * @example TECHNOLOGY
         * @enum {string}
         */
        Vertical: "REAL_ESTATE" | "HEALTHCARE" | "ENERGY" | "ENTERTAINMENT" | "RETAIL" | "AGRICULTURE" | "INSURANCE" | "EDUCATION" | "HOSPITALITY" | "FINANCIAL" | "GAMBLING" | "CONSTRUCTION" | "NGO" | "MANUFACTURING" | "GOVERNMENT" | "TECHNOLOGY" | "COMMUNICATION";
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
        /** @description A registered brand. Vonage's 10DLC reference marks no response field as required. The `status` field is free text; the list filter uses ACTIVE, SUSPENDED, TERMINATED and DELETED. */
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
             * @description When the Authentication+ email was verified. Typed date-time in Vonage's 10DLC reference, but its example uses "yyyy-mm-dd hh:mm:ss", so no format is enforced.
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
        /** @description Brand registration body. Vonage's 10DLC reference presents it as a oneOf by entity_type but renders only one variant (the general one, with 13 required fields), so it is modelled as a single object with that required list; the entity-specific rules stated in the field texts (PUBLIC_PROFIT, SOLE_PROPRIETOR) are documented, not enforced. */
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
             * @description Universal EIN; read-only on the brand, although Vonage's 10DLC reference lists it in this body as well.
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
             * @description When the Authentication+ email was verified. Typed date-time in Vonage's 10DLC reference, but its example uses "yyyy-mm-dd hh:mm:ss", so no format is enforced.
             * @example 2019-08-24 14:15:22
             */
            verification_email_completion_date?: string;
            /** @description Marks a reseller brand; only allowed when a PENDING or APPROVED reseller is linked to the primary account. Campaigns of such a brand inherit the reseller ID. */
            reseller?: boolean;
        };
        /** @description Fields of a brand that may be changed; send only those to change. `ein`, `ein_issuing_country` and `entity_type` are locked after a successful vetting. */
        BrandUpdate: {
            /**
             * @description Registered legal name of the company.
             * @example Vonage
             */
            company_name?: string;
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
            display_name?: string;
            /**
             * @description Tax ID issued by the government (9 digits for a US EIN); needed for NON_PROFIT brands.
             * @example 20-1111111
             */
            ein?: string;
            /**
             * @description ISO 3166-1 alpha-2 country that issued the `ein`.
             * @example US
             */
            ein_issuing_country?: string;
            entity_type?: components["schemas"]["EntityType"];
            /**
             * @description Brand website URL.
             * @example https://vonage.com
             */
            website?: string;
            /**
             * @description Brand phone number, E.164 digits without `+`.
             * @example 15556660001
             */
            phone?: string;
            /**
             * @description Mobile number, E.164 digits without `+`; needed for SOLE_PROPRIETOR brands.
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
             * @description Postal code; five-digit ZIP code in the USA.
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
             * @description Ticker symbol; needed for PUBLIC_PROFIT brands.
             * @example VG
             */
            stock_symbol?: string;
            stock_exchange?: components["schemas"]["StockExchange"];
            vertical?: components["schemas"]["Vertical"];
            /** @description Marks a reseller brand; only allowed when a PENDING or APPROVED reseller is linked to the primary account. Changing it also tries to update the reseller ID of the brand's existing campaigns. */
            reseller?: boolean;
        };
        /** @description One reason why the brand identity could not be verified. */
        BrandFeedbackCategory: {
            /**
             * @description Identifier of the feedback category.
             * @example TAX_ID
             */
            name?: string;
            /** @description What went wrong in this category. */
            description?: string;
            /** @description Brand fields concerned by this category. */
            fields?: string[];
        };
        /** @description Verification feedback of a brand. */
        BrandFeedback: {
            /** @description Feedback categories; empty unless the brand identity is UNVERIFIED. */
            categories?: components["schemas"]["BrandFeedbackCategory"][];
        };
        /**
         * @description Campaign use case; GET /enum returns the current list and each use case's sample requirements.
         * @example ACCOUNT_NOTIFICATION
         * @enum {string}
         */
        Usecase: "CUSTOMER_CARE" | "POLLING_VOTING" | "HIGHER_EDUCATION" | "PUBLIC_SERVICE_ANNOUNCEMENT" | "MARKETING" | "SECURITY_ALERT" | "DELIVERY_NOTIFICATION" | "ACCOUNT_NOTIFICATION" | "2FA" | "FRAUD_ALERT" | "TRIAL" | "CHARITY" | "POLITICAL" | "EMERGENCY" | "SWEEPSTAKE" | "CONVERSATIONAL" | "MIXED" | "CARRIER_EXEMPT" | "SOCIAL" | "LOW_VOLUME";
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
             * @description AT&T message class; null for other carriers, as the examples in Vonage's 10DLC reference show.
             * @example Q
             */
            att_msg_class?: string | null;
            /**
             * @description AT&T SMS throughput per minute; null for other carriers, as the examples in Vonage's 10DLC reference show.
             * @example 3000
             */
            att_tpm?: number | null;
            /**
             * @description AT&T MMS throughput per minute.
             * @example 3000
             */
            att_mms_tpm?: number;
            /** @description True when AT&T applies the throughput per number rather than per campaign. */
            att_number_based?: boolean;
            /** @description T-Mobile brand tier; null for other carriers, as the examples in Vonage's 10DLC reference show. */
            tmo_brand_tier?: components["schemas"]["TmoBrandTier"] | null;
            /** @description T-Mobile throughput per day. */
            tmo_tpd?: number;
            /** @description Carrier complaints. The example in Vonage's 10DLC reference wraps them in an extra `complaints` object; they are modelled as a flat list here. */
            complaints?: components["schemas"]["MnoComplaint"][];
        };
        /** @description Whether and how a brand qualifies for a use case, with fees and per-carrier terms. */
        UsecaseQualification: {
            usecase?: components["schemas"]["Usecase"];
            /**
             * Format: int32
             * @description Quarterly fee of a campaign with this use case.
             * @example 30
             */
            quarterly_fee?: number;
            /**
             * Format: int32
             * @description Annual fee of a campaign with this use case.
             * @example 30
             */
            annual_fee?: number;
            /** @description Requirements and limits of each carrier for this brand and use case. */
            mno_metadata?: components["schemas"]["MnoMetadata"][];
        };
        /** @description Optional SMS templates for the OTP verification of a SOLE_PROPRIETOR brand. */
        VerificationStart: {
            /**
             * @description Text of the OTP message sent to the brand's mobile phone; must contain the @OTP_PIN@ macro, or @OTP_YES@ for the confirm-by-reply flow.
             * @example Your verification code is @OTP_PIN@
             */
            verify_sms?: string;
            /**
             * @description Text sent to the brand's mobile phone once a reply confirmation has succeeded.
             * @example Your verification code has been confirmed successfully
             */
            success_sms?: string;
        };
        /** @description Reference of a started verification. */
        VerificationStarted: {
            /**
             * @description TCR brand ID.
             * @example BLQKOPK
             */
            brand_id?: string;
            /**
             * @description Reference of the OTP request, for GET /brands/{brand_id}/verification/{reference_id}.
             * @example OTP1234567
             */
            reference_id?: string;
        };
        /** @description OTP code to check. */
        OtpVerify: {
            /**
             * @description Code received on the brand's registered mobile phone.
             * @example 123456
             */
            otp_pin: string;
        };
        /**
         * @description Latest SMS delivery status reported by the provider that sent the OTP.
         * @example DELIVERED_HANDSET
         * @enum {string}
         */
        OtpDeliveryStatus: "DELIVERED_HANDSET" | "DELIVERED_GATEWAY" | "FAILED_ROUTING" | "FAILED_BLOCKED" | "FAILED_EXPIRED" | "FAILED_UNKNOWN" | "UNKNOWN_STATUS" | "IN_TRANSIT";
        /** @description Verification and delivery status of one OTP request. */
        OtpStatus: {
            /**
             * @description TCR brand ID.
             * @example BLQKOPK
             */
            brand_id?: string;
            /**
             * @description Reference of the OTP request.
             * @example OTP1234567
             */
            reference_id?: string;
            /**
             * @description Mobile number the OTP was sent to, E.164 digits without `+`.
             * @example 123123222334
             */
            mobile_phone?: string;
            /**
             * Format: date-time
             * @description When the OTP was first requested.
             */
            request_date?: string;
            /**
             * Format: date-time
             * @description When the OTP verification completed. The wire name is spelled `verity_date` in Vonage's 10DLC reference (probably a typo for verify_date) and is kept as such.
             */
            verity_date?: string;
            delivery_status?: components["schemas"]["OtpDeliveryStatus"];
            /**
             * Format: date-time
             * @description When the delivery status was last updated; null when there is no delivery status.
             */
            delivery_status_date?: string | null;
            /** @description Delivery details from the SMS provider, when it supplies them. Vonage's 10DLC reference types this text as a date-time, which does not fit its description, so no format is enforced. */
            delivery_status_details?: string;
        };
        /**
         * @description State of a vetting; PENDING while the provider works on it.
         * @example ACTIVE
         * @enum {string}
         */
        VettingStatus: "PENDING" | "UNSCORE" | "ACTIVE" | "FAILED" | "EXPIRED";
        /** @description Committee information needed for a POLITICAL vet. Vonage's 10DLC reference documents `election_date` as yyyy-mm-dd in requests but yyyy-dd-mm in vetting records; examples here use yyyy-mm-dd throughout. */
        PoliticalVettingDetails: {
            /**
             * @description First name of the person requesting the vet.
             * @example John
             */
            requestor_first_name: string;
            /**
             * @description Last name of the person requesting the vet.
             * @example Doe
             */
            requestor_last_name: string;
            /**
             * @description Level of the election.
             * @example Federal
             * @enum {string}
             */
            locale: "Federal" | "State" | "Local" | "Tribal";
            /**
             * @description FEC committee type code.
             * @example C
             * @enum {string}
             */
            fec_committee_type_code: "C" | "D" | "E" | "H" | "I" | "N" | "O" | "P" | "Q" | "S" | "U" | "V" | "W" | "X" | "Y" | "Z";
            /**
             * @description Committee or campaign ID issued for the locale; "00000" when none was issued.
             * @example 00000
             */
            committee_id: string;
            /**
             * @description Candidate type for campaigns; "PAC" when the committee is not tied to one candidate.
             * @example PAC
             */
            candidate_type: string;
            /**
             * @description Committee type for State, Local and Tribal locales; "FEDERAL" for Federal ones.
             * @example FEDERAL
             */
            state_local_committee_type: string;
            /**
             * @description Two-letter state represented for Federal Congress; "US" for President.
             * @example AZ
             */
            local_committee_state: string;
            /**
             * @description District represented for Federal Congress; "US" for President.
             * @example US
             */
            local_committee_municipality: string;
            /**
             * @description Tribal location; "US" when not tribal.
             * @example US
             */
            tribal_location: string;
            /**
             * @description URL of the election authority page where the filing can be found.
             * @example https://example.com
             */
            filing_url: string;
            /**
             * @description Extra hints to find the filing record.
             * @example Additional instructions
             */
            filing_record_url_instructions?: string;
            /**
             * @description Email exactly as filed with the election authority; without it the PIN cannot be emailed.
             * @example john@email.com
             */
            filing_email?: string;
            /**
             * @description Election date, in the future; see the schema description for the date order.
             * @example 2028-11-07
             */
            election_date: string;
            /**
             * @description How the verification PIN should be delivered.
             * @example Regular
             * @enum {string}
             */
            pin_preference: "Regular" | "Express" | "Email";
        };
        /** @description A vetting record of a brand. Vonage's 10DLC reference marks no field as required. */
        Vetting: {
            /**
             * @description Vonage account ID.
             * @example abcd1234
             */
            account_id?: string;
            /**
             * @description ID of the vetting provider.
             * @example Aegis
             */
            evp_id?: string;
            /**
             * @description ID of the vetting.
             * @example abcd1234
             */
            vetting_id?: string;
            /** @description Token that proves the vetting ID (Aegis). */
            vetting_token?: string;
            /**
             * @description Vetting score from 0 to 100.
             * @example 100
             */
            vetting_score?: number;
            /**
             * @description Kind of vetting performed.
             * @example STANDARD
             */
            vetting_class?: string;
            vetting_status?: components["schemas"]["VettingStatus"];
            /** @description Non-standard key-value attributes that some vetting records carry. */
            vetting_details?: Record<string, unknown>;
            /**
             * Format: date-time
             * @description Date the vetting completed or took effect; absent when it is not complete or not valid.
             */
            vetted_date?: string;
            /**
             * Format: date-time
             * @description When the record was created.
             */
            created_date?: string;
            /** @description Why an external vetting FAILED. */
            failed_reasons?: string[];
            additional_info?: components["schemas"]["PoliticalVettingDetails"];
            /** @description Links to the vetting record and its brand. */
            _links?: {
                self?: components["schemas"]["HalLink"];
                brand?: components["schemas"]["HalLink"];
            };
        };
        /** @description All vetting records of a brand (a bare array, not a page). */
        VettingList: components["schemas"]["Vetting"][];
        /**
         * @description Vetting provider (EVP) ID; GET /enum lists them under `vetting_provider`.
         * @example Aegis
         * @enum {string}
         */
        VettingProvider: "Aegis" | "CV" | "WMC";
        /** @description Reference to a vetting performed outside Vonage. */
        VettingImport: {
            evp_id: components["schemas"]["VettingProvider"];
            /**
             * @description Token that proves the vetting ID; Aegis vettings only.
             * @example abcd123
             */
            vetting_token?: string;
            /**
             * @description ID the vetting provider gave to the vetting transaction.
             * @example abcd123
             */
            vetting_id: string;
        };
        /** @description An uploaded evidence file for vetting appeals. */
        Evidence: {
            /**
             * @description Evidence ID, used in `evidence_ids` of an appeal.
             * @example OWUwZTA5MmUtOGNjYS00ZGI0LWFkNWUtZTg4MmUwNzhjMDUy
             */
            id?: string;
            /**
             * @description Name of the uploaded file.
             * @example evidence.txt
             */
            file_name?: string;
            /**
             * @description MIME type of the uploaded file.
             * @example text/plain
             */
            mime_type?: string;
        };
        /** @description Result of a completed appeal. */
        VettingAppealOutcome: {
            vetting_status?: components["schemas"]["VettingStatus"];
            /**
             * @description Vetting score after the appeal, from 0 to 100.
             * @example 100
             */
            vetting_score?: number;
            /** @description The provider's explanation of the outcome. */
            feedback?: {
                /** @description Reasons given by the provider. */
                reasons?: string[];
            };
        };
        /** @description An appeal submitted against a vetting. */
        VettingAppeal: {
            /** @description Explanation given when the appeal was made. */
            explanation?: string;
            /**
             * @description State of the appeal.
             * @example PENDING
             * @enum {string}
             */
            status?: "PENDING" | "COMPLETE";
            /** @description Categories the appeal concerns; GET /enum lists them under `vetting_appeal_category`. */
            categories?: string[];
            /** @description Evidence files sent with the appeal. */
            evidences?: components["schemas"]["Evidence"][];
            outcome?: components["schemas"]["VettingAppealOutcome"];
            /**
             * Format: date-time
             * @description When the appeal was created.
             */
            created_date?: string;
            /**
             * Format: date-time
             * @description When the appeal last changed.
             */
            last_updated?: string;
        };
        /** @description Vetting request. Vonage's 10DLC reference also lists `appeals` (past appeals with their outcome) in this body; it is kept for fidelity although it reads like server-side state. */
        VettingCreate: {
            evp_id: components["schemas"]["VettingProvider"];
            /**
             * @description Kind of vetting to perform; GET /enum lists the classes under `vetting_class`.
             * @example STANDARD
             */
            vetting_class: string;
            vetting_political_details?: components["schemas"]["PoliticalVettingDetails"];
            /** @description Appeals submitted for this vetting, if any. */
            appeals?: components["schemas"]["VettingAppeal"][];
        };
        /** @description A vetting appeal. At most 10 evidence files, 30 MB in total, may be attached. */
        AppealCreate: {
            /**
             * @description Categories the appeal concerns; GET /enum lists them under `vetting_appeal_category`.
             * @example [
             *       "LOW_SCORE"
             *     ]
             */
            categories: string[];
            /** @description IDs of evidence files uploaded beforehand. */
            evidence_ids: string[];
            /** @description Why the appeal should be granted. */
            explanation: string;
        };
        /** @description Links to the neighbouring pages of a token-paged list. */
        CursorLinks: {
            next?: components["schemas"]["HalLink"];
            previous?: components["schemas"]["HalLink"];
            first?: components["schemas"]["HalLink"];
            last?: components["schemas"]["HalLink"];
        };
        /** @description One page of evidence files, paged by token. */
        EvidenceList: {
            /** @description page_token of the next page; absent on the last page. */
            next_page?: string;
            /** @description page_token of the previous page; absent on the first page. */
            previous_page?: string;
            /** @description page_token of the last page. */
            last_page?: string;
            /** @description page_token of the first page. */
            first_page?: string;
            _links?: components["schemas"]["CursorLinks"];
            /** @description Evidence files of this page. */
            _embedded?: {
                evidences?: components["schemas"]["Evidence"][];
            };
        };
        /** @description Evidence files to upload: up to 10 MB each and 100 MB per request, of type jpg, jpeg, png, bmp, raw, tiff, pdf, docx, htm, odt, rtf, txt or xml. Each part carries its filename in Content-Disposition and its own Content-Type; the encoding lists the MIME types of those file types (raw images have no single registered type). */
        EvidenceUpload: {
            /** @description The file, or several files sent as repeated `file` parts. Vonage's 10DLC reference types the field as one binary string but allows several files per request, hence one binary string or an array of them. */
            file: (Blob | Uint8Array) | (Blob | Uint8Array)[];
        };
        /**
         * @description Lifecycle state of a campaign: PENDING_REVIEW on creation, then UPDATES_REQUIRED or CARRIERS_REVIEW, ACTIVE once traffic may flow, PENDING_CANCELLATION before a non-renewal, with TERMINATED final. EXPIRED means the campaign has expired; traffic stops then as well.
         * @example ACTIVE
         * @enum {string}
         */
        CampaignStatus: "PENDING_REVIEW" | "UPDATES_REQUIRED" | "CARRIERS_REVIEW" | "ACTIVE" | "PENDING_CANCELLATION" | "SUSPENDED" | "TERMINATED" | "EXPIRED" | "CANCELED" | "REJECTED" | "CNP_CANCELED" | "PORTED_OUT";
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
             * @description When the status changed. Typed date-time in Vonage's 10DLC reference, but its example uses "yyyy-mm-dd hh:mm:ss", so no format is enforced.
             * @example 2022-01-01 01:01:01
             */
            change_date?: string;
        };
        /** @description A registered campaign. Vonage's 10DLC reference marks no response field as required. */
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
             * @description What the campaign is for. New campaigns need at least 40 characters; campaigns registered earlier may carry a shorter text.
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
        /** @description One page of campaigns with paging counters and navigation links. */
        CampaignList: {
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
            /** @description Campaigns of this page. */
            _embedded?: {
                campaigns?: components["schemas"]["Campaign"][];
            };
            /** @description The brand and navigation links; `next` and `previous` are absent at the ends of the list. */
            _links?: {
                brand?: components["schemas"]["HalLink"];
                self?: components["schemas"]["HalLink"];
                next?: components["schemas"]["HalLink"];
                previous?: components["schemas"]["HalLink"];
                first?: components["schemas"]["HalLink"];
                last?: components["schemas"]["HalLink"];
            };
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
        /** @description The structured message flow to render, as in `message_flow_details`, plus the opt-in keywords. */
        MessageFlowPreviewRequest: {
            /**
             * @description Brand name shown to subscribers; may differ from the brand's own name (e.g. a subsidiary). Marked required, although Vonage's 10DLC reference says sole proprietors may leave it out.
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
            /**
             * @description Comma-separated opt-in keywords, quoted in the rendered text.
             * @example START,SUBSCRIBE
             */
            opt_in_keywords?: string;
        };
        /** @description The rendered message flow. */
        MessageFlowPreview: {
            /** @description Call-to-action text exactly as a campaign would store it in `message_flow`. */
            message_flow?: string;
        };
        /** @description Campaign fields to change; all optional. `message_flow` and `message_flow_details` are mutually exclusive (enforced by the `not`), and `opt_in_message` is needed whenever `opt_in_keywords` is set. */
        CampaignUpdate: {
            /**
             * @description Friendly name of the campaign.
             * @example This is a sample campaign
             */
            label?: string;
            /**
             * @description What the campaign is for.
             * @example User notifications about appointments, orders, payments and deliveries.
             */
            description?: string;
            /**
             * @description TCR reseller ID; R000000 means "not a reseller campaign". Ignored when `reseller` is sent or the brand is a reseller brand, and frozen once the campaign has a TCR campaign ID.
             * @example R123456
             */
            reseller_id?: string;
            /** @description Marks a reseller campaign; needs a PENDING or APPROVED reseller on the primary account. */
            reseller?: boolean;
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
             * @description Free-text call-to-action; deprecated for writes, and sending it erases any stored `message_flow_details`.
             */
            message_flow?: string;
            message_flow_details?: components["schemas"]["MessageFlowDetails"];
            /** @description Reply to the HELP keyword. */
            help_message?: string;
            /** @description Confirmation sent when a subscriber opts in. */
            opt_in_message?: string;
            /** @description Confirmation sent when a subscriber opts out. */
            opt_out_message?: string;
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
            /** @description Renew at the end of the billing cycle; false lets the campaign become CANCELED at that point. */
            auto_renewal?: boolean;
            /**
             * @description Only CANCELED may be set, to cancel the campaign; otherwise omit it or send null.
             * @enum {string|null}
             */
            status?: "CANCELED" | null;
            vertical?: components["schemas"]["Vertical"];
            usecase?: components["schemas"]["Usecase"];
            /** @description Additional use cases covered by the campaign. */
            sub_usecases?: components["schemas"]["Usecase"][];
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
            /** @description Messages contain links (URL shorteners are not allowed). */
            embedded_link?: boolean;
            /** @description Messages contain a phone number. */
            embedded_phone?: boolean;
            /** @description HIPAA applies to the campaign; can only change while no number link was ever attempted. */
            hipaa?: boolean;
        };
        /** @description Carriers to resubmit the campaign to. */
        CampaignResubmit: {
            /**
             * @description Network IDs of the carriers (as in `mno_metadata[].network_id`).
             * @example [
             *       "10017"
             *     ]
             */
            mno_ids: string[];
        };
        /** @description Per-carrier metadata of a resubmitted campaign. */
        CampaignResubmitResult: {
            /**
             * @description Vonage campaign ID.
             * @example VC987XYZ
             */
            campaign_id?: string;
            /**
             * @description TCR brand ID.
             * @example BLQKOPK
             */
            brand_id?: string;
            /** @description Per-carrier status and limits. */
            mno_metadata?: components["schemas"]["MnoMetadata"][];
            /** @description Links to the campaign and its brand. The example in Vonage's 10DLC reference points `self` at a vetting request URL; the campaign URL is assumed here. */
            _links?: {
                self?: components["schemas"]["HalLink"];
                brand?: components["schemas"]["HalLink"];
            };
        };
        /** @description Terms that govern campaign registration. */
        TermsAndConditions: {
            /** @description Individual statements the registrant confirms. */
            sub_terms?: string[];
        };
        /** @description Partner campaign to import. */
        PartnerCampaignImport: {
            /**
             * @description Vonage account ID that will hold the campaign.
             * @example abcd1234
             */
            account_id: string;
            /**
             * @description TCR campaign ID of the partner campaign.
             * @example C123ABC
             */
            campaign_id: string;
            /**
             * @description Friendly name of the campaign.
             * @example This is a sample campaign
             */
            label?: string;
            /** @description Must be true when a CNP migration of the campaign has been initiated. */
            cnp_migration?: boolean;
        };
        /**
         * @description State of the sharing of a partner campaign with Vonage.
         * @example PENDING
         * @enum {string}
         */
        SharingStatus: "PENDING" | "ACCEPTED" | "DECLINED";
        /** @description Summary of an imported partner campaign. */
        PartnerCampaignImportResult: {
            /**
             * @description TCR brand ID of the campaign's brand.
             * @example BLQKOPK
             */
            brand_id?: string;
            /**
             * @description Vonage campaign ID given to the imported campaign.
             * @example VC987XYZ
             */
            campaign_id?: string;
            sharing_status?: components["schemas"]["SharingStatus"];
            /** @description Downstream connectivity partner ID; GET /enum lists them under `cnp`. */
            downstream_cnp_id?: string;
            /** @description Upstream connectivity partner ID; GET /enum lists them under `cnp`. */
            upstream_cnp_id?: string;
        };
        /** @description Sharing state of a partner campaign. */
        PartnerCampaignSharing: {
            /**
             * @description Vonage campaign ID.
             * @example VC987XYZ
             */
            campaign_id?: string;
            sharing_status?: components["schemas"]["SharingStatus"];
            /** @description Downstream connectivity partner ID; GET /enum lists them under `cnp`. */
            downstream_cnp_id?: string;
            /** @description Upstream connectivity partner ID; GET /enum lists them under `cnp`. */
            upstream_cnp_id?: string;
        };
        /** @description A throughput limit applied by one or more carriers. */
        Throughput: {
            /**
             * Format: uuid
             * @description Throughput ID.
             * @example 91cd871e-ce9e-4f4d-a792-23277cbc287d
             */
            id: string;
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
             * @description Carriers applying this throughput.
             * @example [
             *       "AT&T"
             *     ]
             */
            carriers: string[];
            /** @description The limit. Vonage's 10DLC reference declares it as a oneOf with a single variant, a shared SMS and MMS value, modelled here as that one object. */
            value: {
                /**
                 * @description Throughput shared by SMS and MMS.
                 * @example 1000
                 */
                shared: number;
            };
            /**
             * @description Period the limit applies to.
             * @example minute
             * @enum {string}
             */
            period: "minute" | "day";
            /**
             * @description What the limit applies to.
             * @example campaign
             * @enum {string}
             */
            scope: "campaign" | "brand" | "number";
        };
        /** @description One page of throughputs, paged by token. */
        ThroughputList: {
            /** @description page_token of the next page; absent on the last page. */
            next_page?: string;
            /** @description page_token of the previous page; absent on the first page. */
            previous_page?: string;
            /** @description page_token of the last page. */
            last_page?: string;
            /** @description page_token of the first page. */
            first_page?: string;
            _links?: components["schemas"]["CursorLinks"];
            /** @description Throughput entries of this page. */
            _embedded?: {
                throughputs?: components["schemas"]["Throughput"][];
            };
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
        /** @description One page of campaign numbers with paging counters; unlike other pages it carries no top-level links. */
        NumberList: {
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
            /** @description Numbers of this page. */
            _embedded?: {
                numbers?: components["schemas"]["CampaignNumber"][];
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
         * @description Review state of a reseller; PENDING on creation, then APPROVED or REJECTED.
         * @example APPROVED
         * @enum {string}
         */
        ResellerStatus: "PENDING" | "APPROVED" | "REJECTED";
        /** @description A reseller registered for the account. */
        Reseller: {
            /**
             * @description Vonage ID of the reseller.
             * @example 5782db87-a867-4ccd-a0b5-1b7203cc438c
             */
            id?: string;
            /**
             * @description Reseller ID at TCR; only present once the reseller is APPROVED.
             * @example R123456
             */
            tcr_reseller_id?: string;
            /**
             * @description Company name of the reseller.
             * @example Microsoft
             */
            company_name: string;
            /**
             * @description Contact phone number, E.164 digits without `+`.
             * @example 14255550100
             */
            phone: string;
            /**
             * @description Contact email of the reseller.
             * @example john.doe@microsoft.com
             */
            email: string;
            status: components["schemas"]["ResellerStatus"];
            /**
             * @description Why the reseller was rejected; only set when the status is REJECTED.
             * @example You are not allowed to register a reseller with this company name.
             */
            rejection_reason?: string;
        };
        /** @description One page of resellers, paged by token. */
        ResellerList: {
            /** @description page_token of the next page; absent on the last page. */
            next_page?: string;
            /** @description page_token of the previous page; absent on the first page. */
            previous_page?: string;
            /** @description page_token of the last page. */
            last_page?: string;
            /** @description page_token of the first page. */
            first_page?: string;
            _links?: components["schemas"]["CursorLinks"];
            /** @description Resellers of this page. */
            _embedded?: {
                resellers?: components["schemas"]["Reseller"][];
            };
        };
        /** @description Reseller to register. */
        ResellerCreate: {
            /**
             * @description Company name of the reseller.
             * @example Microsoft
             */
            company_name: string;
            /**
             * @description Contact phone number, E.164 digits without `+`.
             * @example 14255550100
             */
            phone: string;
            /**
             * @description Contact email of the reseller.
             * @example john.doe@microsoft.com
             */
            email: string;
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
        /** @description An ID in the path (brand, campaign, number, OTP reference, vetting, evidence file, partner campaign or reseller) does not exist for this account. */
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
        /** @description Returned by every operation that addresses a brand in DELETED state; Vonage's 10DLC reference reports it as "Brand not found". */
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
        /** @description Filter conditions narrowing the result. Vonage's 10DLC reference types it as an array but does not document the query syntax, so values are passed through as strings. */
        Filter: string[];
        /**
         * @description TCR brand ID of the brand.
         * @example BLQKOPK
         */
        BrandId: string;
        /**
         * @description Use case to check the brand against.
         * @example POLITICAL
         */
        UsecasePath: components["schemas"]["Usecase"];
        /**
         * @description Reference of the OTP request, as returned when the verification was started; alphanumeric with an OTP prefix.
         * @example OTP1234567
         */
        ReferenceId: string;
        /**
         * @description ID of the vetting to appeal, as found in the brand's vetting records.
         * @example abcd1234
         */
        VettingId: string;
        /** @description Opaque token from `first_page`, `previous_page`, `next_page` or `last_page` of a previous answer. */
        PageToken: string;
        /**
         * @description ID of an uploaded evidence file.
         * @example OWUwZTA5MmUtOGNjYS00ZGI0LWFkNWUtZTg4MmUwNzhjMDUy
         */
        EvidenceId: string;
        /**
         * @description Vonage campaign ID of the campaign.
         * @example VC987XYZ
         */
        CampaignId: string;
        /**
         * @description Phone number in the campaign, E.164 digits without `+`.
         * @example 14155550110
         */
        Number: string;
        /**
         * @description Vonage ID of the reseller (not the TCR reseller ID).
         * @example 5782db87-a867-4ccd-a0b5-1b7203cc438c
         */
        ResellerId: string;
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
    getAccountSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The account-level 10DLC settings. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountSettings"];
                };
            };
            401: components["responses"]["Unauthorized"];
        };
    };
    updateAccountSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AccountSettingsUpdate"];
            };
        };
        responses: {
            /** @description Settings saved; no body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            422: components["responses"]["UnprocessableEntity"];
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
                /** @description Filter conditions narrowing the result. Vonage's 10DLC reference types it as an array but does not document the query syntax, so values are passed through as strings. */
                filter?: components["parameters"]["Filter"];
                /**
                 * @description Restrict the result to brands in this state; when omitted, ACTIVE and SUSPENDED brands are returned. Vonage's 10DLC reference says several states may be given but types the parameter as a single string, as modelled here.
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
    deleteBrand: {
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
            /** @description Brand deleted; no body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            502: components["responses"]["BadGateway"];
        };
    };
    updateBrand: {
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
                "application/json": components["schemas"]["BrandUpdate"];
            };
        };
        responses: {
            200: components["responses"]["BrandResponse"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
            502: components["responses"]["BadGateway"];
        };
    };
    getBrandFeedback: {
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
            /** @description Feedback categories for the brand. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BrandFeedback"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
            502: components["responses"]["BadGateway"];
        };
    };
    qualifyBrandUsecase: {
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
                 * @description Use case to check the brand against.
                 * @example POLITICAL
                 */
                usecase: components["parameters"]["UsecasePath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Qualification result with per-carrier metadata. */
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
            422: components["responses"]["UnprocessableEntity"];
            502: components["responses"]["BadGateway"];
        };
    };
    startBrandVerification: {
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
        requestBody?: {
            content: {
                "application/json": components["schemas"]["VerificationStart"];
            };
        };
        responses: {
            /** @description Verification started. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VerificationStarted"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
            502: components["responses"]["BadGateway"];
        };
    };
    verifyBrandOtp: {
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
                "application/json": components["schemas"]["OtpVerify"];
            };
        };
        responses: {
            /** @description Code accepted; no body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
            502: components["responses"]["BadGateway"];
        };
    };
    getBrandVerificationStatus: {
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
                 * @description Reference of the OTP request, as returned when the verification was started; alphanumeric with an OTP prefix.
                 * @example OTP1234567
                 */
                reference_id: components["parameters"]["ReferenceId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Status of the OTP request. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OtpStatus"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            502: components["responses"]["BadGateway"];
        };
    };
    listVettingRequests: {
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
            /** @description All vetting records of the brand. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VettingList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            502: components["responses"]["BadGateway"];
        };
    };
    importVettingRequest: {
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
                "application/json": components["schemas"]["VettingImport"];
            };
        };
        responses: {
            /** @description The imported vetting record, pending validation. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Vetting"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
            502: components["responses"]["BadGateway"];
        };
    };
    createVettingRequest: {
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
                "application/json": components["schemas"]["VettingCreate"];
            };
        };
        responses: {
            /** @description The new vetting record. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Vetting"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
            502: components["responses"]["BadGateway"];
        };
    };
    appealVettingRequest: {
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
                 * @description ID of the vetting to appeal, as found in the brand's vetting records.
                 * @example abcd1234
                 */
                vetting_id: components["parameters"]["VettingId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AppealCreate"];
            };
        };
        responses: {
            /** @description Appeal submitted; no body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
            502: components["responses"]["BadGateway"];
        };
    };
    revetBrand: {
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
    listAppealEvidence: {
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
                /** @description Filter conditions narrowing the result. Vonage's 10DLC reference types it as an array but does not document the query syntax, so values are passed through as strings. */
                filter?: components["parameters"]["Filter"];
                /** @description Opaque token from `first_page`, `previous_page`, `next_page` or `last_page` of a previous answer. */
                page_token?: components["parameters"]["PageToken"];
            };
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
            /** @description One page of evidence files. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvidenceList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
            502: components["responses"]["BadGateway"];
        };
    };
    uploadAppealEvidence: {
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
                "multipart/form-data": components["schemas"]["EvidenceUpload"];
            };
        };
        responses: {
            /** @description The stored evidence file. Vonage's 10DLC reference shows a single object even though several files may be sent in one request. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Evidence"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
            502: components["responses"]["BadGateway"];
        };
    };
    downloadAppealEvidence: {
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
                 * @description ID of an uploaded evidence file.
                 * @example OWUwZTA5MmUtOGNjYS00ZGI0LWFkNWUtZTg4MmUwNzhjMDUy
                 */
                evidence_id: components["parameters"]["EvidenceId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file content. */
            200: {
                headers: {
                    /**
                     * @description Carries the original filename of the evidence file.
                     * @example attachment; filename="evidence.txt"
                     */
                    "Content-Disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": Blob | Uint8Array;
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            502: components["responses"]["BadGateway"];
        };
    };
    deleteAppealEvidence: {
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
                 * @description ID of an uploaded evidence file.
                 * @example OWUwZTA5MmUtOGNjYS00ZGI0LWFkNWUtZTg4MmUwNzhjMDUy
                 */
                evidence_id: components["parameters"]["EvidenceId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description File deleted; no body is documented. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            502: components["responses"]["BadGateway"];
        };
    };
    listCampaigns: {
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
                /** @description Filter conditions narrowing the result. Vonage's 10DLC reference types it as an array but does not document the query syntax, so values are passed through as strings. */
                filter?: components["parameters"]["Filter"];
                /**
                 * @description Restrict the result to campaigns in this state. Vonage's 10DLC reference says several states may be given but types the parameter as a single string, as modelled here.
                 * @example ACTIVE
                 */
                status?: components["schemas"]["CampaignStatus"];
            };
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
            /** @description One page of campaigns. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
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
    previewMessageFlow: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MessageFlowPreviewRequest"];
            };
        };
        responses: {
            /** @description The rendered message flow. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessageFlowPreview"];
                };
            };
            401: components["responses"]["Unauthorized"];
            422: components["responses"]["UnprocessableEntity"];
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
    deleteCampaign: {
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
            /** @description Auto-renewal cancelled; no body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            502: components["responses"]["BadGateway"];
        };
    };
    updateCampaign: {
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
                "application/json": components["schemas"]["CampaignUpdate"];
            };
        };
        responses: {
            /** @description The campaign after the update. */
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
    resubmitCampaign: {
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
                "application/json": components["schemas"]["CampaignResubmit"];
            };
        };
        responses: {
            /** @description Carrier metadata of the resubmitted campaign. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignResubmitResult"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
            502: components["responses"]["BadGateway"];
        };
    };
    getCampaignTermsAndConditions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The campaign terms. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TermsAndConditions"];
                };
            };
            401: components["responses"]["Unauthorized"];
        };
    };
    importPartnerCampaign: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PartnerCampaignImport"];
            };
        };
        responses: {
            /** @description Summary of the imported campaign and its sharing state. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnerCampaignImportResult"];
                };
            };
            401: components["responses"]["Unauthorized"];
            422: components["responses"]["UnprocessableEntity"];
        };
    };
    getPartnerCampaign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
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
            /** @description Sharing information of the campaign. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnerCampaignSharing"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    listThroughputs: {
        parameters: {
            query?: {
                /**
                 * @description Vonage campaign ID whose throughputs to return.
                 * @example VC987XYZ
                 */
                campaign_id?: string;
                /**
                 * @description Number of items per page.
                 * @example 10
                 */
                page_size?: components["parameters"]["PageSize"];
                /** @description Opaque token from `first_page`, `previous_page`, `next_page` or `last_page` of a previous answer. */
                page_token?: components["parameters"]["PageToken"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of throughput entries. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ThroughputList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            422: components["responses"]["UnprocessableEntity"];
        };
    };
    listCampaignNumbers: {
        parameters: {
            query?: {
                /** @description Filter conditions narrowing the result. Vonage's 10DLC reference types it as an array but does not document the query syntax, so values are passed through as strings. */
                filter?: components["parameters"]["Filter"];
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
            };
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
            /** @description One page of campaign numbers. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NumberList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
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
    getCampaignNumber: {
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
                /**
                 * @description Phone number in the campaign, E.164 digits without `+`.
                 * @example 14155550110
                 */
                number: components["parameters"]["Number"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The number and its link state. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignNumber"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            502: components["responses"]["BadGateway"];
        };
    };
    unlinkCampaignNumber: {
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
                /**
                 * @description Phone number in the campaign, E.164 digits without `+`.
                 * @example 14155550110
                 */
                number: components["parameters"]["Number"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Unlink accepted; no body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            502: components["responses"]["BadGateway"];
        };
    };
    listResellers: {
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
                /** @description Opaque token from `first_page`, `previous_page`, `next_page` or `last_page` of a previous answer. */
                page_token?: components["parameters"]["PageToken"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of resellers. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResellerList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            422: components["responses"]["UnprocessableEntity"];
        };
    };
    createReseller: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResellerCreate"];
            };
        };
        responses: {
            /** @description The reseller as registered. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Reseller"];
                };
            };
            401: components["responses"]["Unauthorized"];
            422: components["responses"]["UnprocessableEntity"];
        };
    };
    getReseller: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Vonage ID of the reseller (not the TCR reseller ID).
                 * @example 5782db87-a867-4ccd-a0b5-1b7203cc438c
                 */
                reseller_id: components["parameters"]["ResellerId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The reseller. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Reseller"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
}
