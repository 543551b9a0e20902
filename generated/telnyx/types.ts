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
        /**
         * Update a brand
         * @description Replaces the registration details of an existing brand and returns the updated record. Send the full set of required fields (`vertical` included), not only the ones that change.
         */
        put: operations["UpdateBrand"];
        post?: never;
        /**
         * Delete a brand
         * @description Deletes a brand. It is refused while the brand still has active campaigns; deactivate them first (Telnyx requires them to have been inactive for at least three months).
         */
        delete: operations["DeleteBrand"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/10dlc/brand/feedback/{brandId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get brand feedback
         * @description Explains, by category, why TCR could not verify a brand and which fields to correct. Use it after a brand ends up `UNVERIFIED` or failed, before updating and revetting it.
         */
        get: operations["GetBrandFeedbackById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/10dlc/brand/{brandId}/2faEmail": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Resend the brand 2FA email
         * @description Sends the two-factor verification email for a brand again, for example when the contact lost or never received the first one. Nothing is returned in the body.
         */
        post: operations["ResendBrand2faEmail"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/10dlc/brand/{brandId}/externalVetting": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List external vettings
         * @description Returns every external vetting ordered or imported for a brand, with its provider, class and score. The body is a plain JSON array, not a paged object.
         */
        get: operations["ListExternalVettings"];
        /**
         * Import an external vetting
         * @description Attaches a vetting that was already performed with a provider outside Telnyx to the brand, identified by the provider's vetting ID and, where the provider issues one, its token.
         */
        put: operations["PutExternalVettingRecord"];
        /**
         * Order an external vetting
         * @description Orders a new vetting of the brand from an external vetting provider, which can raise its trust score and throughput. Vetting runs asynchronously; list the vettings later to read the score.
         */
        post: operations["PostOrderExternalVetting"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/10dlc/brand/{brandId}/revet": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Revet a brand
         * @description Asks TCR to verify the brand's identity again, typically after its details were corrected. Telnyx allows this once after registration and then at most once every three months.
         */
        put: operations["RevetBrand"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/10dlc/brand/{brandId}/smsOtp": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a brand's SMS OTP status
         * @description Returns the latest one-time-password verification request of a sole proprietor brand: where the PIN SMS was delivered and whether it has been verified.
         */
        get: operations["GetBrandSmsOtpStatusByBrandId"];
        /**
         * Verify a brand SMS OTP
         * @description Submits the PIN the sole proprietor received by SMS. On success the brand's `identityStatus` becomes `VERIFIED` and its campaigns can proceed; there is no response body.
         */
        put: operations["VerifyBrandSmsOtp"];
        /**
         * Send a brand SMS OTP
         * @description Texts a one-time PIN to the mobile phone of a sole proprietor brand; only `SOLE_PROPRIETOR` brands use this, and their campaigns stay blocked until the PIN is verified. `pinSms` must contain the `@OTP_PIN@` placeholder, which is replaced by the PIN.
         */
        post: operations["TriggerBrandSmsOtp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/10dlc/brand/smsOtp/{referenceId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get SMS OTP status by reference
         * @description Looks up one OTP verification request by the `referenceId` returned when the PIN was sent. Pass `brandId` as well to make sure the request belongs to that brand.
         */
        get: operations["GetBrandSmsOtpStatus"];
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
         * @description Submits a messaging campaign for an existing brand to TCR and the carriers; submission incurs an upfront, non-refundable fee, so qualify the use case first. Sample messages go in `sample1`..`sample5`; there is no `sample_messages` list field, although an SDK example in Telnyx's API reference passes one.
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
    "/10dlc/campaign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List campaigns
         * @description Returns the campaigns of one brand a page at a time, with each campaign's registration state and number count. `brandId` is required.
         */
        get: operations["GetCampaigns"];
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
        /**
         * Update a campaign
         * @description Changes the few settings that stay editable after submission: the sample messages, message flow, help message, reseller, auto-renewal and webhook URLs. Everything else is fixed once the campaign is registered.
         */
        put: operations["UpdateCampaign"];
        post?: never;
        /**
         * Deactivate a campaign
         * @description Deactivates a campaign for good; this cannot be undone, and numbers on it stop carrying 10DLC traffic. Unlike the rest of 10DLC, the confirmation uses the snake_case key `record_type`.
         */
        delete: operations["DeactivateCampaign"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/10dlc/campaign/usecase/cost": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get campaign cost
         * @description Returns the upfront and monthly price of registering a campaign with a given use case. `usecase` is required.
         */
        get: operations["GetCampaignCost"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/10dlc/campaign/acceptSharing/{campaignId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept a shared campaign
         * @description Manually accepts a campaign that another provider shared with Telnyx, so its numbers can be linked here. The path takes the TCR campaign ID, not a Telnyx ID; the acceptance completes asynchronously.
         */
        post: operations["AcceptCampaign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/10dlc/campaign/{campaignId}/appeal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Appeal a campaign rejection
         * @description Sends a rejected campaign back for manual review with an explanation. Only campaigns in `TELNYX_FAILED` or `MNO_REJECTED` can be appealed; the status then returns to `TCR_ACCEPTED`. This is the one 10DLC call whose body and response use snake_case keys, and whose `campaignId` is declared as a UUID.
         */
        post: operations["AppealCampaign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/10dlc/campaign/{campaignId}/mnoMetadata": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get campaign carrier metadata
         * @description Returns, per carrier network, the rules that apply to the campaign: whether the carrier reviews it, how many samples it needs and which opt-in, opt-out and help features are mandatory.
         */
        get: operations["GetCampaignMnoMetadata"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/10dlc/campaign/{campaignId}/operationStatus": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get campaign operation status
         * @description Returns the campaign's operational state at each carrier, keyed by carrier network ID. Use it to see which carriers have approved the campaign and which are still reviewing it.
         */
        get: operations["GetCampaignOperationStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/10dlc/campaign/{campaignId}/osr/attributes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get campaign OSR attributes
         * @description Returns the OSR attributes that the registry holds for the campaign, such as its message class. Telnyx's published OpenAPI spec declares a free-form object, so the keys shown are not guaranteed.
         */
        get: operations["GetCampaignOsrAttributes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/10dlc/campaign/{campaignId}/sharing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get campaign sharing status
         * @description Shows how a campaign is shared between providers: whom you shared it with, who shared it with you, and whether each share was accepted.
         */
        get: operations["GetCampaignSharingStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/10dlc/partner_campaigns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List shared campaigns
         * @description Returns, a page at a time, the campaigns that partners registered elsewhere and shared with Telnyx. Only shares Telnyx has already accepted are listed; pending ones are left out.
         */
        get: operations["GetSharedCampaigns"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/10dlc/partner_campaigns/{campaignId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a shared campaign
         * @description Returns one campaign that a partner shared with Telnyx, including its carrier status and how many of your numbers use it.
         */
        get: operations["GetSharedCampaign"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update a shared campaign
         * @description Sets the webhook URLs Telnyx calls about a campaign shared with it; they are the only fields you can change on a shared campaign.
         */
        patch: operations["UpdateSharedCampaign"];
        trace?: never;
    };
    "/10dlc/partnerCampaign/sharedByMe": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List campaigns you shared
         * @description Returns, a page at a time, the campaigns you registered and shared with Telnyx as a partner. Shares Telnyx has not accepted yet are not included.
         */
        get: operations["GetPartnerCampaignsSharedByUser"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/10dlc/partnerCampaign/{campaignId}/sharing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a shared campaign's sharing status
         * @description Returns the sharing records of a campaign you shared as a partner. Telnyx's published OpenAPI spec only says the body is an object whose values are sharing records; the `sharedByMe` key in the example is illustrative.
         */
        get: operations["GetPartnerCampaignSharingStatus"];
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
        /**
         * List phone number campaigns
         * @description Returns number-to-campaign links a page at a time, optionally narrowed to one brand or campaign. Note that the filter keys are snake_case and the page size defaults to 20 here, unlike most 10DLC lists.
         */
        get: operations["GetAllPhoneNumberCampaigns"];
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
    "/10dlc/phone_number_campaigns/{phoneNumber}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a phone number campaign
         * @description Returns the campaign link of one phone number and how far its assignment has progressed.
         */
        get: operations["GetSinglePhoneNumberCampaign"];
        /**
         * Move a phone number to another campaign
         * @description Re-links a number that is already on a campaign to a different one; the new assignment is provisioned asynchronously like a new link. The body repeats the number, which should match the one in the path.
         */
        put: operations["PutPhoneNumberCampaign"];
        post?: never;
        /**
         * Unlink a phone number from its campaign
         * @description Removes a number's campaign link. Removal is asynchronous: the returned link shows `PENDING_UNASSIGNMENT` until the carriers confirm it.
         */
        delete: operations["DeletePhoneNumberCampaign"];
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
         * @description Starts a background task that links every number on a messaging profile to a campaign; messaging only works once it completes. Name the campaign by `campaignId` (registered through Telnyx) or by `tcrCampaignId` (shared from another provider). Only `messagingProfileId` is required, as in Telnyx's published OpenAPI spec.
         */
        post: operations["PostAssignMessagingProfileToCampaign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/10dlc/phoneNumberAssignmentByProfile/{taskId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an assignment task
         * @description Reports the progress of a messaging-profile assignment task, from `pending` through `processing` to `completed` or `failed`. Poll it after assigning a profile to a campaign.
         */
        get: operations["GetAssignmentTaskStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/10dlc/phoneNumberAssignmentByProfile/{taskId}/phoneNumbers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the numbers of an assignment task
         * @description Pages through the numbers an assignment task handled and the outcome for each. Unlike the other 10DLC lists, the answer carries only `records`, with no page number or total; the page size defaults to 20.
         */
        get: operations["GetPhoneNumberStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/10dlc/enum/{endpoint}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the values of a 10DLC enumeration
         * @description Returns the values currently accepted for one enumerated 10DLC field, such as the use cases, verticals or entity types, so forms and checks can follow the registry without a code change. Depending on the enumeration the answer is a list of strings, a list of objects, an object mapping each value to a name or to details, or a page of records.
         */
        get: operations["GetEnumEndpoint"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/available_phone_numbers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search available phone numbers
         * @description Searches the numbers that can be ordered right now, narrowed by the `filter` keys (country, region, locality, digits, type, features). It is the first step of provisioning; the result is not paged, so cap it with `filter[limit]`.
         */
        get: operations["ListAvailablePhoneNumbers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/number_orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List number orders
         * @description Pages through the account's number orders, optionally filtered by status, creation time, customer reference, size or whether requirements are met. List entries carry only the id and number of each ordered phone number; retrieve the order for the rest.
         */
        get: operations["ListNumberOrders"];
        put?: never;
        /**
         * Create a number order
         * @description Buys the listed numbers and attaches them to the given connection, messaging profile or billing group. The order starts `pending`; poll it or wait for the `numberOrderStatusUpdate` webhook. `phone_numbers` is optional here because Telnyx's published OpenAPI spec requires nothing, even though an order without numbers has nothing to buy.
         */
        post: operations["CreateNumberOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/number_orders/{number_order_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Check number order status
         * @description Returns one number order with its per-number status and requirement state. The order is finished when `status` is `success` or `failure`; `requirements_met: false` means regulatory information is still missing.
         */
        get: operations["RetrieveNumberOrder"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update a number order
         * @description Changes the customer reference of an order or supplies values for its regulatory requirements. Use it when an order is held in `pending` because `requirements_met` is false.
         */
        patch: operations["UpdateNumberOrder"];
        trace?: never;
    };
    "/number_reservations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List number reservations
         * @description Pages through the account's reservations, optionally filtered by status, creation time, customer reference or a reserved phone number.
         */
        get: operations["ListNumberReservations"];
        put?: never;
        /**
         * Create a number reservation
         * @description Holds one or more numbers from a search so nobody else can order them while you decide; holds expire at each number's `expired_at` unless extended. `phone_numbers` is optional here because Telnyx's published OpenAPI spec requires nothing; `status`, `id` and the timestamps are server-assigned and not accepted.
         */
        post: operations["CreateNumberReservation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/number_reservations/{number_reservation_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve a number reservation
         * @description Returns one reservation with the status and expiry of every held number. Check it before ordering to make sure the holds have not lapsed.
         */
        get: operations["RetrieveNumberReservation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/advanced_orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List advanced orders
         * @description Lists the account's advanced orders, the requests Telnyx fulfils for you by quantity, area code and features rather than by specific number. The list is a single `data` array with no paging metadata.
         */
        get: operations["list_advanced_orders_v2"];
        put?: never;
        /**
         * Create an advanced order
         * @description Asks Telnyx to source numbers matching a country, number type, area code, feature set and quantity, for requests the number search cannot satisfy directly. Every field is optional and the defaults describe one local US number; the response is the order itself, not wrapped in `data`.
         */
        post: operations["create_advanced_order_v2"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/advanced_orders/{advanced-order-id}/requirement_group": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update an advanced order
         * @description Updates an advanced order, typically to attach the requirement group it needs before numbers can be ordered; the body takes the same fields as creation. The path parameter is kebab-case on the wire (`advanced-order-id`), unlike `order_id` on the matching GET.
         */
        patch: operations["update_advanced_order_v2"];
        trace?: never;
    };
    "/advanced_orders/{order_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an advanced order
         * @description Returns one advanced order as a flat object. Once it reaches `ordered`, `orders` lists the number orders that fulfilled it.
         */
        get: operations["get_advanced_order_v2"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/available_phone_number_blocks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List available phone number blocks
         * @description Searches for contiguous ranges of numbers that can be bought as one block; each result gives the first number and the `range` size. Order a block you like with a number block order.
         */
        get: operations["ListAvailablePhoneNumberBlocks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List comments
         * @description Returns the comments exchanged with Telnyx staff about one sub number order or requirement group, selected with `filter[comment_record_type]` and `filter[comment_record_id]`. The response carries page metadata, but the call takes no page parameter, so it is not paged.
         */
        get: operations["ListComments"];
        put?: never;
        /**
         * Create a comment
         * @description Adds a comment to a sub number order or requirement group, for example to answer a question from the Telnyx team that is holding up an order.
         */
        post: operations["CreateComment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/comments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve a comment
         * @description Returns one comment, including who wrote it and whether it has been read.
         */
        get: operations["RetrieveComment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/comments/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Mark a comment as read
         * @description Sets `read_at` on a comment; the request has no body.
         */
        patch: operations["MarkCommentRead"];
        trace?: never;
    };
    "/country_coverage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get country coverage
         * @description Returns what Telnyx offers in every country it covers, keyed by country name. Each value has the same shape as the answer of `countryCoverage.retrieveCountry` (without its `data` wrapper). Use it to decide where numbers can be searched and ordered at all.
         */
        get: operations["retreiveCountryCoverage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/country_coverage/countries/{country_code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get coverage for a specific country
         * @description Returns the number types, features and ordering options Telnyx supports in one country, with a breakdown per number type. The `mobile`, `national` and `shared_cost` breakdowns are free-form objects, as Telnyx's published OpenAPI spec leaves them untyped.
         */
        get: operations["retreiveSpecificCountryCoverage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/customer_service_records": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List customer service records
         * @description Pages through the customer service record (CSR) requests of the account, optionally filtered by phone number, status or creation time and sorted by creation time.
         */
        get: operations["ListCustomerServiceRecords"];
        put?: never;
        /**
         * Create a customer service record
         * @description Requests the customer service record (account holder, address and associated numbers) of a +1 number from its current carrier. The request starts `pending` and the result arrives later on the record and at `webhook_url`; run the coverage check first and send the `additional_data` fields it says the carrier needs.
         */
        post: operations["CreateCustomerServiceRecord"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/customer_service_records/phone_number_coverages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Verify CSR phone number coverage
         * @description Checks, for each listed +1 number, whether a customer service record can be requested and which `additional_data` fields the carrier will need. Nothing is created even though the response status is 201.
         */
        post: operations["VerifyPhoneNumberCoverage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/customer_service_records/{customer_service_record_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a customer service record
         * @description Returns one customer service record request; once `status` is `completed`, `result` holds the carrier's account, address and associated numbers. The success status of this read is 201, not 200, as Telnyx's published OpenAPI spec documents it.
         */
        get: operations["GetCustomerServiceRecord"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inexplicit_number_orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List inexplicit number orders
         * @description Pages through orders placed by criteria and count rather than by specific numbers. Unlike the other Numbers lists, paging uses plain `page_number` and `page_size` query parameters.
         */
        get: operations["ListInexplicitNumberOrders"];
        put?: never;
        /**
         * Create an inexplicit number order
         * @description Orders a count of US or Canadian numbers matching each ordering group's criteria, letting Telnyx pick the numbers; each group is filled in the background and reports its own status. `count_requested` is a string in the request but an integer in responses, as Telnyx defines it.
         */
        post: operations["CreateInexplicitNumberOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inexplicit_number_orders/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve an inexplicit number order
         * @description Returns one inexplicit order with the progress of each ordering group and the number orders it produced.
         */
        get: operations["RetrieveInexplicitNumberOrder"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inventory_coverage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get inventory coverage
         * @description Counts the numbers (or blocks) in stock for a country and number type, grouped by locality, NPA or national destination code. Despite its operationId, it only reads and pages nothing.
         */
        get: operations["CreateInventoryCoverage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mobile_network_operators": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List mobile network operators
         * @description Pages through the mobile network operators Telnyx knows, with their MCC, MNC and TADIG codes. `filter` and `page` are sent deepObject-style like every other Telnyx filter, although Telnyx's published OpenAPI spec declares them without `style` (which would mean plain form encoding); it also documents the 401 without a body.
         */
        get: operations["GetMobileNetworkOperators"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/network_coverage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List network coverage locations
         * @description Pages through Telnyx network locations (sites and points of presence) and the private networking services each offers. It takes two deepObject parameters: `filters` for the service and `filter` for the location, whose keys contain literal dots.
         */
        get: operations["ListNetworkCoverage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/number_block_orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List number block orders
         * @description Pages through the account's number block orders, optionally filtered by status, creation time or the first number of the block.
         */
        get: operations["ListNumberBlockOrders"];
        put?: never;
        /**
         * Create a number block order
         * @description Buys a contiguous block found with the available blocks search, given by its first number and its size. The order starts `pending` and is fulfilled in the background.
         */
        post: operations["CreateNumberBlockOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/number_block_orders/{number_block_order_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve a number block order
         * @description Returns one number block order and its fulfilment status.
         */
        get: operations["RetrieveNumberBlockOrder"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/number_order_phone_numbers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List phone numbers in number orders
         * @description Lists the individual phone numbers of the account's number orders with their status, requirement state and the deadline for meeting requirements. The response carries page metadata, but the call takes no page parameter, so it is not paged.
         */
        get: operations["RetrieveOrderPhoneNumbers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/number_order_phone_numbers/{number_order_phone_number_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve a phone number in a number order
         * @description Returns one phone number of a number order with its status and regulatory requirements.
         */
        get: operations["GetNumberOrderPhoneNumber"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update requirements for a phone number in a number order
         * @description Supplies regulatory requirement values for a single number of an order, when only that number is blocked. Each entry names a `requirement_id` and its `field_value`.
         */
        patch: operations["UpdateNumberOrderPhoneNumber"];
        trace?: never;
    };
    "/number_reservations/{number_reservation_id}/actions/extend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Extend a number reservation
         * @description Pushes back the expiry of every number held by the reservation. Takes no request body; use it when an order cannot be placed before the current `expired_at`.
         */
        post: operations["ExtendNumberReservationExpiryTime"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/numbers_features": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Retrieve the features for a list of numbers
         * @description Looks up which features (SMS, voice and so on) each listed number supports. It only reads, although it is a POST and the SDK method is named `create`.
         */
        post: operations["PostNumbersFeatures"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/phone_number_blocks/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List phone number block jobs
         * @description Pages through background jobs run on number blocks (currently only block deletion), optionally filtered by type and status and sorted by creation time.
         */
        get: operations["ListPhoneNumberBlocksJobs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/phone_number_blocks/jobs/delete_phone_number_block": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Delete all numbers of a phone number block
         * @description Starts a background job that releases every number of a block and answers 202 at once. Follow the job until `status` is `completed` or `failed`; numbers listed in `failed_operations` may need another run.
         */
        post: operations["CreatePhoneNumberBlockDeletionJob"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/phone_number_blocks/jobs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve a phone number block job
         * @description Returns one block job with the numbers it has handled so far and any per-number errors; `etc` is the estimated completion time.
         */
        get: operations["GetPhoneNumberBlocksJob"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sub_number_orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List sub number orders
         * @description Lists sub number orders, the per-country and per-type slices a number order is split into, optionally filtered by parent order, country, type, status or size. The response carries page metadata, but the call takes no page parameter, so it is not paged.
         */
        get: operations["ListSubNumberOrders"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sub_number_orders/{sub_number_order_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve a sub number order
         * @description Returns one sub number order with its status and regulatory requirements. `filter[include_phone_numbers]` exists in Telnyx's published OpenAPI spec, but the documented response has no field for the numbers it would add.
         */
        get: operations["GetSubNumberOrder"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update a sub number order's requirements
         * @description Supplies regulatory requirement values for every number of a sub-order at once. Each entry names a `requirement_id` and its `field_value`.
         */
        patch: operations["UpdateSubNumberOrder"];
        trace?: never;
    };
    "/sub_number_orders/{sub_number_order_id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Cancel a sub number order
         * @description Cancels a sub-order that has not been fulfilled yet, for example one stuck on requirements you cannot meet. Takes no request body; the documented status enum has no cancelled value.
         */
        patch: operations["CancelSubNumberOrder"];
        trace?: never;
    };
    "/sub_number_orders_report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a sub number orders report
         * @description Starts building a CSV report of sub number orders matching the given filters and answers 202 straight away. The body is optional; poll the report until `status` is `success`, then download it.
         */
        post: operations["CreateSubNumberOrdersReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sub_number_orders_report/{report_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve a sub number orders report
         * @description Returns the state of a report request; download it once `status` is `success`, before it turns `expired`.
         */
        get: operations["GetSubNumberOrdersReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sub_number_orders_report/{report_id}/download": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download a sub number orders report
         * @description Returns the finished report as CSV text. Call it only after the report's `status` is `success`.
         */
        get: operations["DownloadSubNumberOrdersReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bundle_pricing/billing_bundles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List billing bundles
         * @description Pages through the billing bundles this account may buy, optionally narrowed by country or resource. Use it to pick the `billing_bundle_id` for a bulk user bundle purchase.
         */
        get: operations["GetUserBillingBundles"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bundle_pricing/billing_bundles/{bundle_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a billing bundle
         * @description Returns one billing bundle with the limits it grants per service, country and direction. Unlike the list entries, the detail carries no price, currency or specs.
         */
        get: operations["GetBillingBundleById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bundle_pricing/user_bundles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List user bundles
         * @description Pages through the bundles this account has bought, each with the billing bundle it instantiates and the resources (such as phone numbers) assigned to it.
         */
        get: operations["GetUserBundles"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bundle_pricing/user_bundles/bulk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Buy user bundles
         * @description Buys one or more billing bundles in the given quantities and answers 201 with the new user bundles. A body is required but none of its fields is; send at least an empty object.
         */
        post: operations["CreateUserBundlesBulk"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bundle_pricing/user_bundles/unused": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List unused user bundles
         * @description Lists the bought bundles that no resource uses yet, grouped by billing bundle with the IDs of the matching user bundles. The result is not paged.
         */
        get: operations["GetUnusedUserBundles"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bundle_pricing/user_bundles/{user_bundle_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a user bundle
         * @description Returns one bought bundle with its billing bundle and assigned resources.
         */
        get: operations["GetUserBundleById"];
        put?: never;
        post?: never;
        /**
         * Deactivate a user bundle
         * @description Deactivates a bought bundle and returns its record, in which `active` reports whether the bundle is still active.
         */
        delete: operations["DeactivateUserBundle"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bundle_pricing/user_bundles/{user_bundle_id}/resources": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the resources of a user bundle
         * @description Lists the resources, such as phone numbers, that use a bought bundle. The result is not paged.
         */
        get: operations["GetUserBundleResources"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/document_links": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List document links
         * @description Pages through the links between documents and the records that use them, newest first. Filter by the linked record to see which documents it uses; a linked document cannot be deleted until the link is gone.
         */
        get: operations["ListDocumentLinks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List documents
         * @description Pages through the uploaded documents, newest first, optionally filtered by creation time, customer reference or file name. Documents that were never linked disappear 30 minutes after upload.
         */
        get: operations["ListDocuments"];
        put?: never;
        /**
         * Upload a document
         * @description Stores a document as evidence for a regulatory requirement: send JSON with the content base64-encoded in `file` (and a `filename`) or a `url` to fetch it from, or send `multipart/form-data` with a binary `file`. Use the document within 30 minutes (for example as a requirement group value) or it is deleted automatically. The body has no `document` wrapper: its fields sit at the top level.
         */
        post: operations["CreateDocument"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/documents/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a document
         * @description Returns one document's metadata, including its review `status` and `av_scan_status`. Use `documents.download` for the content itself.
         */
        get: operations["RetrieveDocument"];
        put?: never;
        post?: never;
        /**
         * Delete a document
         * @description Deletes a document and returns its last state. Only documents that are not linked to anything can be deleted; remove the link first (see `documentLinks.list`). Telnyx does not say which error status a refusal uses.
         */
        delete: operations["DeleteDocument"];
        options?: never;
        head?: never;
        /**
         * Update a document
         * @description Changes a document's file name or customer reference. Every other document field is read-only, so only `filename` and `customer_reference` are accepted.
         */
        patch: operations["UpdateDocument"];
        trace?: never;
    };
    "/documents/{id}/download": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download a document
         * @description Returns the stored file itself, in whatever format it was uploaded. To hand the file to someone without your API key, use `documents.generateDownloadLink` instead.
         */
        get: operations["DownloadDocument"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/documents/{id}/download_link": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a temporary download link
         * @description Creates a short-lived, pre-signed URL from which the document can be fetched directly from storage without authentication, for example by a browser. Its 404 carries a single error object rather than the usual `errors` list.
         */
        get: operations["getDocumentDownloadLink"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/number_order_phone_numbers/{id}/requirement_group": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Attach a requirement group to an ordered number
         * @description Answers the regulatory requirements of one number in a number order with an existing requirement group, instead of supplying each value separately. Use it when the number's `requirements_met` is false; the response shows the number with its updated requirement state. The path parameter is `id` here, while the other per-number paths call it `number_order_phone_number_id`.
         */
        post: operations["updateNumberOrderPhoneNumberRequirementGroup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/phone_numbers_regulatory_requirements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the regulatory requirements of phone numbers
         * @description Tells which regulatory requirements apply to a given phone number, with the region it belongs to. The response carries paging `meta`, but the call takes no page parameter, so it is not paged.
         */
        get: operations["ListRegulatoryRequirementsPhoneNumbers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/regulatory_requirements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get regulatory requirements
         * @description Lists the requirements that apply to a country, number type and action, or to a given number or requirement group. Call it first to learn which `requirement_id` values a requirement group needs and what each accepts. The result is not paged.
         */
        get: operations["ListRegulatoryRequirements"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/requirement_groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List requirement groups
         * @description Lists the account's requirement groups, optionally filtered by country, number type, action, status or customer reference. The answer is a plain JSON array, neither wrapped in `data` nor paged.
         */
        get: operations["GetRequirementGroups"];
        put?: never;
        /**
         * Create a requirement group
         * @description Creates a reusable set of requirement values for one country, number type and action. The group starts `unapproved`; add any missing values with `requirementGroups.update`, then send it for review with `requirementGroups.submitForApproval`. The group is returned as a flat object, not wrapped in `data`.
         */
        post: operations["CreateRequirementGroup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/requirement_groups/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a requirement group
         * @description Returns one requirement group with its values and their review state. Poll it after submission until `status` is `approved` or `declined`.
         */
        get: operations["GetRequirementGroup"];
        put?: never;
        post?: never;
        /**
         * Delete a requirement group
         * @description Deletes a requirement group and returns its last state as a flat object.
         */
        delete: operations["DeleteRequirementGroup"];
        options?: never;
        head?: never;
        /**
         * Update requirement values
         * @description Sets or replaces values of a requirement group, or its customer reference. Use it to complete a group before submitting it, or to correct values after a `declined` review.
         */
        patch: operations["UpdateRequirementGroup"];
        trace?: never;
    };
    "/requirement_groups/{id}/submit_for_approval": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit a requirement group for approval
         * @description Sends a completed requirement group to Telnyx for review. The group moves from `unapproved` to `pending-approval` and later to `approved` or `declined`; follow it with `requirementGroups.retrieve`.
         */
        post: operations["SubmitRequirementGroup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/requirement_types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List requirement types
         * @description Lists the kinds of evidence requirements can ask for (a document, an address or text), newest first, each with its acceptance criteria. The response carries paging `meta`, but the call takes no page parameter, so it is not paged.
         */
        get: operations["ListRequirementTypes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/requirement_types/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a requirement type
         * @description Returns one requirement type with its acceptance criteria.
         */
        get: operations["RetrieveRequirementType"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/requirements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List requirements
         * @description Pages through the requirement definitions per country, number type and action, each with the requirement types it asks for, in `requirement_types` (not `requirements_types`).
         */
        get: operations["ListRequirements"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/requirements/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a requirement
         * @description Returns one requirement definition with the requirement types it asks for, optionally in a given version.
         */
        get: operations["RetrieveDocumentRequirements"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sub_number_orders/{id}/requirement_group": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Attach a requirement group to a sub number order
         * @description Answers the regulatory requirements of every number in a sub number order with one existing requirement group. Use it when a sub-order is held because `requirements_met` is false. The path parameter is `id` here, while the other sub number order paths call it `sub_number_order_id`.
         */
        post: operations["updateSubNumberOrderRequirementGroup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/user_addresses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List user addresses
         * @description Pages through the addresses saved for this account, optionally filtered by customer reference or street. Errors are assumed to carry the standard `errors` list, as Telnyx's published OpenAPI spec declares them without a body.
         */
        get: operations["FindUserAddress"];
        put?: never;
        /**
         * Create a user address
         * @description Saves an end user's address so it can be used as the value of an address requirement. Telnyx verifies the address unless `skip_address_verification` is true. The 422 is assumed to carry the standard `errors` list, as Telnyx's published OpenAPI spec declares it without a body.
         */
        post: operations["CreateUserAddress"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/user_addresses/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a user address
         * @description Returns one saved address. Errors are assumed to carry the standard `errors` list, as Telnyx's published OpenAPI spec declares them without a body.
         */
        get: operations["GetUserAddress"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/verified_numbers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List verified numbers
         * @description Pages through the phone numbers this account has proven it controls, with the time each was verified. Note the default page size of 25 here, unlike the 20 of other lists.
         */
        get: operations["ListVerifiedNumbers"];
        put?: never;
        /**
         * Request phone number verification
         * @description Starts verifying that you control a phone number by sending it a code by SMS or by a voice call; for numbers behind a phone menu, `extension` holds DTMF digits dialled after the call connects. Confirm with `verifiedNumbers.actions.submitVerificationCode`. The answer is a flat object, not wrapped in `data`.
         */
        post: operations["CreateVerifiedNumber"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/verified_numbers/{phone_number}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a verified number
         * @description Returns one verified number and when it was verified.
         */
        get: operations["GetVerifiedNumber"];
        put?: never;
        post?: never;
        /**
         * Delete a verified number
         * @description Removes a number from the verified numbers and returns its last state.
         */
        delete: operations["DeleteVerifiedNumber"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/verified_numbers/{phone_number}/actions/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit a verification code
         * @description Completes a verification started with `verifiedNumbers.create` by sending back the code the number received. On success the number is verified and `verified_at` is set.
         */
        post: operations["VerifyVerificationCode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/portability_checks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Run a portability check
         * @description Tells straight away, for each number, whether it can be ported to Telnyx and whether it qualifies for FastPort. Run it before creating a porting order; it changes nothing.
         */
        post: operations["PostPortabilityCheck"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/porting/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List porting events
         * @description Pages through the events recorded for your porting orders, optionally narrowed to one order, one event type or a time window. Use it to catch up on changes when webhooks were missed. Seven event types exist; `filter[type]` narrows the list to one of them.
         */
        get: operations["listPortingEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/porting/events/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve a porting event
         * @description Returns one porting event with its payload, whose shape depends on `event_type`. Use it to look up an event ID received in a webhook or seen in the event list.
         */
        get: operations["showPortingEvent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/porting/events/{id}/republish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Republish a porting event
         * @description Delivers an existing porting event again to the notification channels of its order, for example after your webhook endpoint was down. Answers 204 with no body.
         */
        post: operations["republishPortingEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/porting/loa_configurations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List LOA configurations
         * @description Pages through the saved LOA configurations, the company details and logo used to brand generated letters of authorization.
         */
        get: operations["ListLoaConfigurations"];
        put?: never;
        /**
         * Create a LOA configuration
         * @description Saves the company name, address, contact and logo (an uploaded PNG document) that generated LOAs should carry. Every field is required.
         */
        post: operations["CreateLoaConfiguration"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/porting/loa_configurations/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Preview LOA configuration parameters
         * @description Renders the LOA that a configuration with these values would produce, as a PDF, without saving anything. Use it to check the branding before creating the configuration.
         */
        post: operations["PreviewLoaConfigurationParams"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/porting/loa_configurations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve a LOA configuration
         * @description Returns one saved LOA configuration.
         */
        get: operations["GetLoaConfiguration"];
        put?: never;
        post?: never;
        /**
         * Delete a LOA configuration
         * @description Removes a saved LOA configuration; LOAs generated from it are not affected.
         */
        delete: operations["DeleteLoaConfiguration"];
        options?: never;
        head?: never;
        /**
         * Update a LOA configuration
         * @description Replaces the values of a saved LOA configuration. The complete set of fields is required, as on creation, so send every field even if only one changes.
         */
        patch: operations["UpdateLoaConfiguration"];
        trace?: never;
    };
    "/porting/loa_configurations/{id}/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Preview a saved LOA configuration
         * @description Renders the LOA of a saved configuration as a PDF. The method is `preview1` because `preview` already renders unsaved parameters (Telnyx's Python SDK calls it `preview_1`).
         */
        get: operations["PreviewLoaConfiguration"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/porting/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List porting reports
         * @description Pages through the reports requested about porting, optionally only those of one type or status. A `completed` report carries the `document_id` of its file.
         */
        get: operations["ListPortingReports"];
        put?: never;
        /**
         * Create a porting report
         * @description Starts a CSV export of porting orders matching the filters. The report starts `pending`; retrieve it until it is `completed`, then fetch the document named by `document_id`.
         */
        post: operations["CreatePortingReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/porting/reports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve a porting report
         * @description Returns one porting report; once `status` is `completed`, `document_id` names the CSV file.
         */
        get: operations["GetPortingReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/porting/uk_carriers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List UK carriers
         * @description Lists the carriers in the United Kingdom that numbers can be ported from, with their CUPID codes. The list is not paged.
         */
        get: operations["listPortingUKCarriers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/porting_orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List porting orders
         * @description Pages through your porting orders, optionally filtered by references, end user, port type, FastPort eligibility, requested FOC date or the numbers they contain, and sorted by creation or requested FOC time. Leave out the per-number details with `include_phone_numbers=false` to keep pages small.
         */
        get: operations["ListPortingOrders"];
        put?: never;
        /**
         * Create a porting order
         * @description Opens porting orders in `draft` for the given numbers and answers with a list of orders, not a single one. Complete each draft with `portingOrders.update`, then submit it with `portingOrders.actions.confirm`.
         */
        post: operations["CreatePortingOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/porting_orders/exception_types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List exception types
         * @description Lists every exception code a porting order can report in `status.details`, with its meaning. The list is not paged.
         */
        get: operations["ListExceptionTypes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/porting_orders/phone_number_configurations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List phone number configurations
         * @description Pages through the links between porting phone numbers and regulatory user bundles, optionally filtered by order status, porting phone number or bundle.
         */
        get: operations["ListPhoneNumberConfigurations"];
        put?: never;
        /**
         * Create phone number configurations
         * @description Links up to 20 porting phone numbers to regulatory user bundles in one call. A body is required.
         */
        post: operations["CreatePhoneNumberConfigurations"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/porting_orders/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve a porting order
         * @description Returns one porting order with its `status` object, end user, documents, settings and, unless `include_phone_numbers=false`, its numbers. Poll it to follow the order; in `exception`, `status.details` says what to fix.
         */
        get: operations["GetPortingOrder"];
        put?: never;
        post?: never;
        /**
         * Delete a porting order
         * @description Deletes a porting order that is still in `draft`; any other state is refused with 422. To stop an order that was already submitted, cancel it instead.
         */
        delete: operations["DeletePortingOrder"];
        options?: never;
        head?: never;
        /**
         * Edit a porting order
         * @description Completes or corrects a porting order. The update is a merge: attributes left out keep their current values, so send only what changes. Use it on a draft before confirming, and to fix the data behind an `exception`.
         */
        patch: operations["UpdatePortingOrder"];
        trace?: never;
    };
    "/porting_orders/{id}/actions/activate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Activate the numbers of a porting order
         * @description Starts activating every number of a US FastPort order in the background and answers 202 with the activation job. Follow the job with `portingOrders.activationJobs.retrieve` until it is `completed` or `failed`. Only US FastPort orders can be activated.
         */
        post: operations["ActivatePortingOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/porting_orders/{id}/actions/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel a porting order
         * @description Asks to withdraw a submitted porting order. The order moves to `cancel-pending` and ends `cancelled` once the cancellation is through; a draft is deleted instead.
         */
        post: operations["CancelPortingOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/porting_orders/{id}/actions/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit a porting order
         * @description Submits a completed draft to the losing carrier; the order leaves `draft` for `submitted` or `in-process` and can no longer be deleted. Check `requirements_met` and the steps in `additional_steps` first, or the submission is refused with 422.
         */
        post: operations["ConfirmPortingOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/porting_orders/{id}/actions/share": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Share a porting order
         * @description Creates a token that lets someone without a Telnyx account read or update the order's documents until it expires (at most 48 hours). The request sends one permission while the token lists its permissions as an array, as Telnyx defines them. A body is required.
         */
        post: operations["SharePortingOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/porting_orders/{id}/activation_jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List activation jobs
         * @description Pages through the activation jobs of a FastPort order, each with its status, type, time and allowed activation windows.
         */
        get: operations["ListPortingOrderActivationJobs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/porting_orders/{id}/activation_jobs/{activationJobId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve an activation job
         * @description Returns one activation job; poll it after activating until `status` is `completed` or `failed`.
         */
        get: operations["GetPortingOrdersActivationJob"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update an activation job
         * @description Moves the activation time of a scheduled job; pick a time inside one of its `activation_windows`. A body is required.
         */
        patch: operations["UpdatePortingOrdersActivationJob"];
        trace?: never;
    };
    "/porting_orders/{id}/additional_documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List additional documents
         * @description Pages through the extra documents attached to a porting order, optionally of given types only.
         */
        get: operations["ListAdditionalDocuments"];
        put?: never;
        /**
         * Add additional documents
         * @description Attaches up to 100 already uploaded documents (LOA, invoice, CSR or other) to a porting order. A body is required.
         */
        post: operations["CreateAdditionalDocuments"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/porting_orders/{id}/additional_documents/{additional_document_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete an additional document
         * @description Detaches an additional document from a porting order.
         */
        delete: operations["DeleteAdditionalDocument"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/porting_orders/{id}/allowed_foc_windows": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List allowed FOC windows
         * @description Lists the time windows in which the firm order commitment (FOC) of this order may be requested. Pick `activation_settings.foc_datetime_requested` from them before confirming. The answer carries `meta` but takes no paging parameters.
         */
        get: operations["ListAllowedFocWindows"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/porting_orders/{id}/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List comments of a porting order
         * @description Pages through the messages exchanged about a porting order between you, the Telnyx porting team and the system. Check it when an order is in `exception`.
         */
        get: operations["ListPortingOrderComments"];
        put?: never;
        /**
         * Comment on a porting order
         * @description Posts a message to the Telnyx porting team about this order, for example to answer a question raised in an exception. A request body is required; its `body` field is not.
         */
        post: operations["CreatePortingOrderComment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/porting_orders/{id}/loa_template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download the LOA template of a porting order
         * @description Returns the order's letter of authorization, pre-filled with its details, as a PDF for the end user to sign. Pass `loa_configuration_id` (optional) to brand it with a saved LOA configuration.
         */
        get: operations["GetPortingOrderLoaTemplate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/porting_orders/{id}/requirements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List porting order requirements
         * @description Lists what the order's country and number type require (documents or text values), with what has been supplied and its review status. Answer them with `requirements` or `requirement_group_id` in `portingOrders.update`.
         */
        get: operations["ListPortingOrderRequirements"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/porting_orders/{id}/sub_request": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve the V1 sub request of a porting order
         * @description Returns the IDs of the port request and sub request that represent this order in Telnyx's older V1 porting API, for cross-referencing.
         */
        get: operations["GetPortingOrderSubRequest"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/porting_orders/{id}/verification_codes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List verification codes
         * @description Pages through the verification codes sent for the numbers of a porting order, with whether each number has been verified.
         */
        get: operations["ListVerificationCodes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/porting_orders/{id}/verification_codes/send": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send verification codes
         * @description Sends a verification code by SMS or voice call to the numbers of the order (up to 100 at a time), to prove you control them when `additional_steps` asks for it. Answers 204; confirm the codes with `portingOrders.verificationCodes.verify`.
         */
        post: operations["SendPortingVerificationCodes"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/porting_orders/{id}/verification_codes/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Verify verification codes
         * @description Checks the codes received on the numbers (up to 100 at a time) and answers with each number's verification state. A body is required.
         */
        post: operations["VerifyPortingVerificationCodes"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/porting_orders/{porting_order_id}/action_requirements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List action requirements
         * @description Pages through the actions the end user must complete before the order can go ahead, such as Australian ID verification, with their status. Start a `created` one with `portingOrders.actionRequirements.initiate`.
         */
        get: operations["listPortingActionRequirements"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/porting_orders/{porting_order_id}/action_requirements/{id}/initiate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Initiate an action requirement
         * @description Starts an action requirement with the details it needs (for AU ID verification, the person's first and last name). The answer may carry an `action_url` where the end user completes the action.
         */
        post: operations["initiatePortingActionRequirement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/porting_orders/{porting_order_id}/associated_phone_numbers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List associated phone numbers
         * @description Pages through the ranges of numbers on the end user's account that are not being ported and whether each is kept at the old carrier or disconnected. They matter for partial ports in GB.
         */
        get: operations["listPortingAssociatedPhoneNumbers"];
        put?: never;
        /**
         * Create an associated phone number
         * @description Declares a range of numbers on the end user's account that is not being ported and says whether to keep it at the old carrier or disconnect it, for a partial port in GB. `action` and `phone_number_range` are required.
         */
        post: operations["createPortingAssociatedPhoneNumber"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/porting_orders/{porting_order_id}/associated_phone_numbers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete an associated phone number
         * @description Removes an associated phone number range from a porting order and answers with the removed range.
         */
        delete: operations["deletePortingAssociatedPhoneNumber"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/porting_orders/{porting_order_id}/phone_number_blocks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List phone number blocks
         * @description Pages through the number blocks of a porting order: contiguous ranges ported together, each with the sub-ranges to activate.
         */
        get: operations["listPortingPhoneNumberBlocks"];
        put?: never;
        /**
         * Create a phone number block
         * @description Adds a contiguous range of numbers to a porting order as one block, with the sub-ranges to activate. `phone_number_range` and `activation_ranges` are required.
         */
        post: operations["createPortingPhoneNumberBlock"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/porting_orders/{porting_order_id}/phone_number_blocks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a phone number block
         * @description Removes a number block from a porting order and answers with the removed block.
         */
        delete: operations["deletePortingPhoneNumberBlock"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/porting_orders/{porting_order_id}/phone_number_extensions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List phone number extensions
         * @description Pages through the extension ranges declared for numbers of a porting order, optionally for one porting phone number only.
         */
        get: operations["listPortingPhoneNumberExtensions"];
        put?: never;
        /**
         * Create a phone number extension
         * @description Declares a range of extensions behind one porting phone number and which of them to activate. All three fields are required.
         */
        post: operations["createPortingPhoneNumberExtension"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/porting_orders/{porting_order_id}/phone_number_extensions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a phone number extension
         * @description Removes an extension range from a porting order and answers with the removed range.
         */
        delete: operations["deletePortingPhoneNumberExtension"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/porting_phone_numbers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List porting phone numbers
         * @description Pages through every number in your porting orders with its own activation, portability and requirements status, optionally only those of orders in one state. Ask for `text/csv` in the `Accept` header to get the same list as a CSV file.
         */
        get: operations["ListPortingPhoneNumbers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface webhooks {
    campaignStatusUpdate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Campaign status changed
         * @description Telnyx posts this to the campaign's `webhookURL` (falling back to `webhookFailoverURL`) whenever the campaign moves through registration, carrier review or number-pool provisioning. Verify the Ed25519 signature over the raw body and answer 200, or Telnyx retries at the failover URL. The payload is flat, with no `data` envelope, so there is no `event.data.event_type` to read (although a handler example in Telnyx's API reference reads it); switch on `type` and `status`.
         */
        post: operations["CampaignStatusUpdate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    numberOrderStatusUpdate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Number order status update
         * @description Telnyx posts this event to your webhook URL when a number order changes status, carrying the whole order as `data.payload`. Verify `telnyx-signature-ed25519` over `{telnyx-timestamp}|{raw body}` with your account's public key before trusting it, and answer 200 quickly, or Telnyx retries (to the failover URL if one is set). Telnyx's API reference names the event `number.order.status.update` while an example in its published OpenAPI spec uses `number_order.complete`, so both values are accepted.
         */
        post: operations["NumberOrderStatusUpdate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
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
         * @description Legal form of the organisation behind the brand.
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
        StockExchange: "NONE" | "NASDAQ" | "NYSE" | "AMEX" | "AMX" | "ASX" | "B3" | "BME" | "BSE" | "FRA" | "ICEX" | "JPX" | "JSE" | "KRX" | "LON" | "NSE" | "OMX" | "SEHK" | "SSE" | "STO" | "SWX" | "SZSE" | "TSX" | "TWSE" | "VSE";
        /**
         * @description Industry segment of the brand.
         * @enum {string}
         */
        Vertical: "AGRICULTURE" | "COMMUNICATION" | "CONSTRUCTION" | "EDUCATION" | "ENERGY" | "ENTERTAINMENT" | "FINANCIAL" | "GAMBLING" | "GOVERNMENT" | "HEALTHCARE" | "HOSPITALITY" | "HUMAN_RESOURCES" | "INSURANCE" | "LEGAL" | "MANUFACTURING" | "NGO" | "POLITICAL" | "POSTAL" | "PROFESSIONAL" | "REAL_ESTATE" | "RETAIL" | "TECHNOLOGY" | "TRANSPORTATION";
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
        /** @description Full replacement of a brand's registration details. Compared with creation, it can also set `altBusinessId`, `altBusinessIdType` and `identityStatus`, but not `mobilePhone` or `mock`. */
        BrandUpdate: {
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
            /** @description Alternative business identifier, e.g. a DUNS number. */
            altBusinessId?: string;
            altBusinessIdType?: components["schemas"]["AltBusinessIdType"];
            /** @description Business support phone number in E.164 format. */
            phone?: string;
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
            /** @description True if the brand resells messaging services to others. */
            isReseller?: boolean;
            identityStatus?: components["schemas"]["BrandIdentityStatus"];
            /** @description URL that receives status webhooks for this brand. */
            webhookURL?: string;
            /** @description Backup URL used when delivery to `webhookURL` fails. */
            webhookFailoverURL?: string;
        };
        /** @description One problem area found while verifying the brand. */
        BrandFeedbackCategory: {
            /** @description Machine-readable category, e.g. `TAX_ID`. */
            id: string;
            /** @description Short human-readable name of the category. */
            displayName: string;
            /** @description What was wrong and how to fix it. */
            description: string;
            /** @description Brand fields involved, by wire name. */
            fields: string[];
        };
        /** @description Reasons TCR gave for not verifying a brand, grouped by category. */
        BrandFeedback: {
            /** @description Telnyx ID of the brand. */
            brandId: string;
            /** @description One entry per problem area. */
            category: components["schemas"]["BrandFeedbackCategory"][];
        };
        /** @description One vetting of the brand by an external vetting provider. */
        ExternalVetting: {
            /** @description ID of the external vetting provider, e.g. `AEGIS`. */
            evpId?: string;
            /** @description Provider's ID for this vetting. */
            vettingId?: string;
            /** @description Kind of vetting performed, e.g. `STANDARD` or `POLITICAL`. */
            vettingClass?: string;
            /** @description Score the provider assigned; absent until vetting finishes. */
            vettingScore?: number;
            /** @description Token the provider issued for this vetting, if any. */
            vettingToken?: string;
            /** @description When the vetting was ordered or imported. */
            createDate?: string;
            /** @description When the provider completed the vetting. */
            vettedDate?: string;
        };
        /** @description All vettings of a brand, as a bare JSON array. */
        ExternalVettingList: components["schemas"]["ExternalVetting"][];
        /** @description Vetting already completed with an external provider, to attach to the brand. */
        ExternalVettingImport: {
            /** @description ID of the external vetting provider. */
            evpId: string;
            /** @description Provider's ID of the completed vetting. */
            vettingId: string;
            /** @description Token the provider issued, needed by providers that use one. */
            vettingToken?: string;
        };
        /** @description Vetting to order from an external provider. */
        ExternalVettingOrder: {
            /** @description ID of the external vetting provider, e.g. `AEGIS`. */
            evpId: string;
            /** @description Kind of vetting to order, e.g. `STANDARD`. */
            vettingClass: string;
        };
        /** @description State of one SMS OTP verification request of a sole proprietor brand. */
        BrandSmsOtpStatus: {
            /** @description Telnyx ID of the brand. */
            brandId: string;
            /** @description Reference of the OTP request. */
            referenceId: string;
            /** @description Mobile number the PIN was sent to, in E.164 format. */
            mobilePhone: string;
            /**
             * Format: date-time
             * @description When the PIN was requested.
             */
            requestDate: string;
            /** @description Delivery state of the PIN SMS as reported by the carrier, e.g. `DELIVERED_HANDSET`. */
            deliveryStatus: string;
            /**
             * Format: date-time
             * @description When the delivery state last changed.
             */
            deliveryStatusDate?: string;
            /** @description Human-readable detail about the delivery state. */
            deliveryStatusDetails?: string;
            /**
             * Format: date-time
             * @description When the PIN was verified; absent until then.
             */
            verifyDate?: string;
        };
        /** @description PIN received by the sole proprietor. */
        BrandSmsOtpVerify: {
            /** @description The PIN exactly as received by SMS. */
            otpPin: string;
        };
        /** @description Texts to send to the sole proprietor's mobile phone. */
        BrandSmsOtpTrigger: {
            /** @description Text carrying the PIN; must contain `@OTP_PIN@`, which is replaced by the PIN. */
            pinSms: string;
            /** @description Text sent once the PIN has been verified. */
            successSms: string;
        };
        /** @description Handle for the OTP request just created. */
        BrandSmsOtpTriggerResult: {
            /** @description Telnyx ID of the brand. */
            brandId: string;
            /** @description Reference of the OTP request; use it to look up its status. */
            referenceId: string;
        };
        /** @description Campaign to register for a brand. */
        CampaignBuilderSubmit: {
            /** @description Telnyx `brandId` of the owning brand, not its TCR brand ID. */
            brandId: string;
            /** @description Primary use case, e.g. `2FA`, `MARKETING` or `MIXED`. */
            usecase: string;
            /** @description Secondary use cases, required for mixed or low-volume campaigns. */
            subUsecases?: string[];
            /** @description What the campaign sends and to whom. */
            description: string;
            /** @description How a consumer opts in to receive these messages. */
            messageFlow?: string;
            /** @description First sample message. Samples travel as `sample1`..`sample5`; there is no `sample_messages` list. */
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
        CampaignStatus: "TCR_PENDING" | "TCR_SUSPENDED" | "TCR_EXPIRED" | "TCR_ACCEPTED" | "TCR_FAILED" | "TELNYX_ACCEPTED" | "TELNYX_FAILED" | "MNO_PENDING" | "MNO_ACCEPTED" | "MNO_REJECTED" | "MNO_PROVISIONED" | "MNO_PROVISIONING_FAILED";
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
        /** @description One campaign in a list: the fields of a single campaign, none of them guaranteed, plus the number of phone numbers linked to it. */
        CampaignListRecord: {
            /** @description Telnyx identifier of the campaign. */
            campaignId?: string;
            /** @description Identifier assigned by The Campaign Registry. */
            tcrCampaignId?: string;
            /** @description Telnyx identifier of the owning brand. */
            brandId?: string;
            /** @description TCR identifier of the owning brand. */
            tcrBrandId?: string;
            /** @description Display name of the owning brand. */
            brandDisplayName?: string;
            /** @description TCR identifier of the campaign service provider. */
            cspId?: string;
            /** @description TCR ID of the reseller, if any. */
            resellerId?: string;
            /** @description Caller-supplied reference. */
            referenceId?: string;
            /** @description Primary use case. */
            usecase?: string;
            /** @description Secondary use cases. */
            subUsecases?: string[];
            /** @description What the campaign sends and to whom. */
            description?: string;
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
            termsAndConditions?: boolean;
            /** @description Link to the terms and conditions. */
            termsAndConditionsLink?: string;
            /** @description Link to the privacy policy. */
            privacyPolicyLink?: string;
            /** @description True for test campaigns that were not really registered. */
            mock?: boolean;
            /** @description How many phone numbers are linked to the campaign. */
            assignedPhoneNumbersCount?: number;
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
        /** @description One page of a brand's campaigns. */
        CampaignList: {
            /** @description Number of this page, starting at 1. */
            page?: number;
            /** @description Number of campaigns matching the query across all pages. */
            totalRecords?: number;
            /** @description Campaigns on this page. */
            records?: components["schemas"]["CampaignListRecord"][];
        };
        /** @description Campaign settings that can still change after submission; send only the ones to change. */
        CampaignUpdate: {
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
            /** @description How a consumer opts in to receive these messages. */
            messageFlow?: string;
            /** @description Reply sent for a help keyword. */
            helpMessage?: string;
            /** @description TCR ID of the reseller, if one is involved. */
            resellerId?: string;
            /**
             * @description Renew the campaign automatically at the end of each term.
             * @default true
             */
            autoRenewal?: boolean;
            /** @description URL that receives status webhooks for this campaign. */
            webhookURL?: string;
            /** @description Backup URL used when delivery to `webhookURL` fails. */
            webhookFailoverURL?: string;
        };
        /** @description Confirmation of a campaign deactivation; note the snake_case `record_type`. */
        CampaignDeactivation: {
            /** @description Server time of the deactivation as a number; Telnyx does not state the unit, the example assumes Unix seconds. */
            time: number;
            /** @description Human-readable confirmation. */
            message?: string;
            /** @description Kind of record that was deactivated. */
            record_type?: string;
        };
        /** @description What registering a campaign with a use case costs. */
        CampaignCost: {
            /** @description The use case that was priced. */
            campaignUsecase: string;
            /** @description Human-readable name of the use case. */
            description: string;
            /** @description Recurring monthly fee, as a decimal string. */
            monthlyCost: string;
            /** @description One-time fee charged when the campaign is submitted, as a decimal string. */
            upFrontCost: string;
        };
        /** @description A JSON object whose keys Telnyx does not describe. */
        Messaging10dlcOpaqueObject: {
            [key: string]: unknown;
        };
        /** @description Why the campaign should be reviewed again (snake_case on the wire). */
        CampaignAppealRequest: {
            /** @description Explanation of what was fixed or why the rejection was wrong. */
            appeal_reason: string;
        };
        /** @description Receipt for a filed appeal (snake_case on the wire). */
        CampaignAppealResult: {
            /**
             * Format: date-time
             * @description When the appeal was filed.
             */
            appealed_at?: string;
        };
        /** @description What one carrier requires of the campaign. */
        CampaignMnoMetadataEntry: {
            /** @description Carrier name. */
            mno: string;
            /** @description Whether the campaign qualifies at this carrier. */
            qualify: boolean;
            /** @description Whether the carrier supports the campaign's use case. */
            mnoSupport: boolean;
            /** @description Whether the carrier reviews the campaign manually. */
            mnoReview: boolean;
            /** @description Fewest sample messages the carrier requires. */
            minMsgSamples: number;
            /** @description Whether a help keyword flow is mandatory. */
            reqSubscriberHelp: boolean;
            /** @description Whether an opt-in flow is mandatory. */
            reqSubscriberOptin: boolean;
            /** @description Whether an opt-out flow is mandatory. */
            reqSubscriberOptout: boolean;
            /** @description Whether the carrier forbids links in messages. */
            noEmbeddedLink: boolean;
            /** @description Whether the carrier forbids phone numbers in messages. */
            noEmbeddedPhone: boolean;
        };
        /** @description Carrier rules for a campaign, keyed by carrier network ID (for example `10017`, `10035` or `10999`); every key has the same shape. */
        CampaignMnoMetadata: {
            10999?: components["schemas"]["CampaignMnoMetadataEntry"];
        } & {
            [key: string]: components["schemas"]["CampaignMnoMetadataEntry"];
        };
        /** @description Operational state of the campaign per carrier, keyed by carrier network ID (e.g. `APPROVED`, `REVIEW`). */
        CampaignOperationStatus: {
            [key: string]: string;
        };
        /** @description One link in the chain of providers a campaign is shared through. */
        CampaignSharingStatus: {
            /** @description TCR ID of the provider that shared the campaign. */
            upstreamCnpId?: string;
            /** @description TCR ID of the provider the campaign was shared with. */
            downstreamCnpId?: string;
            /** @description State of the share, e.g. `PENDING` or `ACCEPTED`. */
            sharingStatus?: string;
            /** @description When the campaign was shared. */
            sharedDate?: string;
            /** @description When `sharingStatus` last changed. */
            statusDate?: string;
        };
        /** @description Both directions in which a campaign can be shared. */
        CampaignSharingChain: {
            sharedByMe?: components["schemas"]["CampaignSharingStatus"];
            sharedWithMe?: components["schemas"]["CampaignSharingStatus"];
        };
        /** @description A campaign registered by a partner and shared with Telnyx. It is identified by TCR IDs only; there is no Telnyx `campaignId` or `brandId`. */
        PartnerCampaign: {
            /** @description TCR identifier of the campaign. */
            tcrCampaignId: string;
            /** @description TCR identifier of the campaign's brand. */
            tcrBrandId: string;
            /** @description Display name of the brand. */
            brandDisplayName?: string;
            /** @description Primary use case. */
            usecase?: string;
            /** @description Secondary use cases. */
            subUsecases?: string[];
            /** @description What the campaign sends and to whom. */
            description?: string;
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
            campaignStatus?: components["schemas"]["CampaignStatus"];
            /** @description Why review failed, if it did. */
            failureReasons?: string;
            /** @description How many of your numbers are linked to the campaign. */
            assignedPhoneNumbersCount?: number;
            /** @description Whether number pooling is enabled for the campaign. */
            isNumberPoolingEnabled?: boolean;
            /** @description Whether the campaign uses a number pool. */
            numberPool?: boolean;
            /** @description Whether subscribers must opt in. */
            subscriberOptin?: boolean;
            /** @description Whether subscribers can opt out. */
            subscriberOptout?: boolean;
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
            /** @description Whether the content is age-restricted. */
            ageGated?: boolean;
            /** @description Whether the campaign concerns lending. */
            directLending?: boolean;
            /** @description Whether the terms and conditions were accepted. */
            termsAndConditions?: boolean;
            /** @description Link to the terms and conditions. */
            termsAndConditionsLink?: string;
            /** @description Link to the privacy policy. */
            privacyPolicyLink?: string;
            /** @description URL that receives status webhooks for this campaign. */
            webhookURL?: string;
            /** @description Backup webhook URL. */
            webhookFailoverURL?: string;
            /** @description When the campaign was shared with Telnyx. */
            createdAt?: string;
            /** @description When the record last changed. */
            updatedAt?: string;
        };
        /** @description One page of campaigns shared with Telnyx. */
        PartnerCampaignList: {
            /** @description Number of this page, starting at 1. */
            page?: number;
            /** @description Number of shared campaigns across all pages. */
            totalRecords?: number;
            /** @description Campaigns on this page. */
            records?: components["schemas"]["PartnerCampaign"][];
        };
        /** @description Webhook settings of a shared campaign. */
        PartnerCampaignUpdate: {
            /** @description URL that receives status webhooks for this campaign. */
            webhookURL?: string;
            /** @description Backup URL used when delivery to `webhookURL` fails. */
            webhookFailoverURL?: string;
        };
        /** @description Summary of a campaign you shared with Telnyx. */
        SharedCampaignRecord: {
            /** @description Registry ID of the campaign. */
            campaignId: string;
            /** @description Registry ID of the campaign's brand. */
            brandId: string;
            /** @description Primary use case. */
            usecase: string;
            /** @description Current state of the campaign. */
            status?: string;
            /** @description When the campaign was created. */
            createDate?: string;
        };
        /** @description One page of campaigns you shared with Telnyx. */
        SharedCampaignList: {
            /** @description Number of this page, starting at 1. */
            page?: number;
            /** @description Number of shared campaigns across all pages. */
            totalRecords?: number;
            /** @description Campaigns on this page. */
            records?: components["schemas"]["SharedCampaignRecord"][];
        };
        /** @description Sharing records of a partner campaign; every value is a sharing record. */
        PartnerCampaignSharingStatus: {
            [key: string]: components["schemas"]["CampaignSharingStatus"];
        };
        /**
         * @description Progress of linking (or unlinking) a number to a campaign.
         * @enum {string}
         */
        AssignmentStatus: "FAILED_ASSIGNMENT" | "PENDING_ASSIGNMENT" | "ASSIGNED" | "PENDING_UNASSIGNMENT" | "FAILED_UNASSIGNMENT";
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
        /** @description One page of number-to-campaign links. */
        PhoneNumberCampaignList: {
            /** @description Number of this page, starting at 1. */
            page: number;
            /** @description Number of links matching the query across all pages. */
            totalRecords: number;
            /** @description Links on this page. */
            records: components["schemas"]["PhoneNumberCampaign"][];
        };
        /** @description A phone number and the campaign to link it to. */
        PhoneNumberCampaignCreate: {
            /** @description Number to link, in E.164 format with the leading `+`. */
            phoneNumber: string;
            /** @description Telnyx ID of the campaign to link it to. */
            campaignId: string;
        };
        /** @description The messaging profile and the campaign to link its numbers to. */
        AssignmentByProfileRequest: {
            /** @description ID of the messaging profile whose numbers should be linked. */
            messagingProfileId: string;
            /** @description Telnyx ID of a campaign registered through Telnyx. Send this or `tcrCampaignId`. */
            campaignId?: string;
            /** @description TCR ID of a campaign shared from another provider. Send this or `campaignId`. */
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
        /** @description Progress of a messaging-profile assignment task. */
        AssignmentTaskStatus: {
            /** @description ID of the task. */
            taskId: string;
            /**
             * @description Where the task stands.
             * @enum {string}
             */
            status: "pending" | "processing" | "completed" | "failed";
            /**
             * Format: date-time
             * @description When the task was created.
             */
            createdAt?: string;
            /**
             * Format: date-time
             * @description When the task last changed.
             */
            updatedAt?: string;
        };
        /** @description Outcome of an assignment task for one number. */
        AssignmentTaskPhoneNumber: {
            /** @description ID of the task. */
            taskId: string;
            /** @description The number, in E.164 format. */
            phoneNumber: string;
            /** @description Result for this number as free text, such as `ASSIGNED`. */
            status: string;
        };
        /** @description One page of per-number results; no page number or total comes with it. */
        AssignmentTaskPhoneNumberList: {
            /** @description Numbers on this page. */
            records: components["schemas"]["AssignmentTaskPhoneNumber"][];
        };
        /**
         * @description An enumerated 10DLC field whose values `messaging10dlc.getEnum` can return.
         * @enum {string}
         */
        Messaging10dlcEnumName: "mno" | "optionalAttributes" | "usecase" | "vertical" | "altBusinessIdType" | "brandIdentityStatus" | "brandRelationship" | "campaignStatus" | "entityType" | "extVettingProvider" | "vettingStatus" | "brandStatus" | "operationStatus" | "approvedPublicCompany" | "stockExchange" | "vettingClass";
        /** @description The values of one enumeration, in one of five shapes depending on the enumeration. */
        Messaging10dlcEnumValues: string[] | {
            [key: string]: unknown;
        }[] | {
            [key: string]: string;
        } | {
            [key: string]: {
                [key: string]: unknown;
            };
        } | {
            /** @description Number of this page, from 1. */
            page: number;
            /** @description The values on this page. */
            records: {
                [key: string]: unknown;
            }[];
            /** @description How many values there are in all. */
            totalRecords: number;
        };
        /** @description Criteria for a number search. */
        AvailablePhoneNumberFilter: {
            /** @description ISO 3166-1 alpha-2 country to search in. */
            country_code?: string;
            /** @description State, province or similar region. */
            administrative_area?: string;
            /** @description City or town. */
            locality?: string;
            /** @description North American rate center. */
            rate_center?: string;
            /** @description Area code or other national destination code. */
            national_destination_code?: string;
            /** @description Match on the digits of the number. */
            phone_number?: {
                /** @description Number starts with these digits. */
                starts_with?: string;
                /** @description Number contains these digits. */
                contains?: string;
                /** @description Number ends with these digits. */
                ends_with?: string;
            };
            /**
             * @description Kind of number.
             * @enum {string}
             */
            phone_number_type?: "local" | "toll_free" | "mobile" | "national" | "shared_cost";
            /** @description Features every returned number must support. */
            features?: ("sms" | "mms" | "voice" | "fax" | "emergency" | "hd_voice" | "international_sms" | "local_calling")[];
            /** @description Maximum number of results; this search has no paging. */
            limit?: number;
            /** @description Also return near matches when exact ones run out. */
            best_effort?: boolean;
            /** @description Only numbers that can be activated immediately. */
            quickship?: boolean;
            /** @description Only numbers that can be reserved. */
            reservable?: boolean;
            /** @description Leave out numbers currently held by a reservation. */
            exclude_held_numbers?: boolean;
        };
        /** @description One region the number belongs to. */
        NumberRegionInformation: {
            /**
             * @description Kind of region.
             * @enum {string}
             */
            region_type?: "country_code" | "rate_center" | "state" | "location";
            /** @description Name or code of the region. */
            region_name?: string;
        };
        /** @description What the number or block costs. */
        NumberCostInformation: {
            /** @description ISO 4217 currency of the amounts. */
            currency?: string;
            /** @description Recurring monthly charge, as a decimal string. */
            monthly_cost?: string;
            /** @description One-off charge at purchase, as a decimal string. */
            upfront_cost?: string;
        };
        /** @description One feature a number supports. */
        NumberFeatureName: {
            /** @description Feature name, e.g. `sms` or `voice`. */
            name?: string;
        };
        /** @description A number that can be ordered. */
        AvailablePhoneNumber: {
            /**
             * @description Always `available_phone_number`.
             * @enum {string}
             */
            record_type?: "available_phone_number";
            /** @description The number in E.164 format. */
            phone_number?: string;
            /** @description Vanity (letter) form of the number, if any. */
            vanity_format?: string;
            /** @description True if this is a near match rather than an exact one. */
            best_effort?: boolean;
            /** @description True if it can be activated immediately. */
            quickship?: boolean;
            /** @description True if it can be reserved before ordering. */
            reservable?: boolean;
            /** @description Regions the number belongs to. */
            region_information?: components["schemas"]["NumberRegionInformation"][];
            cost_information?: components["schemas"]["NumberCostInformation"];
            /** @description Features the number supports. */
            features?: components["schemas"]["NumberFeatureName"][];
        };
        /** @description Counts for a number or block search. */
        AvailableNumbersMeta: {
            /** @description How many results are best-effort matches rather than exact ones. */
            best_effort_results?: number;
            /** @description Number of results returned. */
            total_results?: number;
        };
        /** @description Result of a number search. The counts come twice, as `meta` and `metadata`. */
        AvailablePhoneNumberList: {
            /** @description Matching numbers. */
            data?: components["schemas"]["AvailablePhoneNumber"][];
            meta?: components["schemas"]["AvailableNumbersMeta"];
            metadata?: components["schemas"]["AvailableNumbersMeta"];
        };
        /**
         * @description Progress of an order, sub-order or ordered number; `pending` until fulfilled or failed.
         * @enum {string}
         */
        NumberOrderStatus: "pending" | "success" | "failure";
        /** @description A number order as shown in lists, with only the id and number of each ordered phone number. */
        NumberOrderSummary: {
            /**
             * Format: uuid
             * @description ID of the order.
             */
            id?: string;
            /** @description Record type, `number_order`. */
            record_type?: string;
            status?: components["schemas"]["NumberOrderStatus"];
            /** @description How many numbers the order contains. */
            phone_numbers_count?: number;
            /** @description True once every number's regulatory requirements are satisfied. */
            requirements_met?: boolean;
            /** @description The ordered numbers. */
            phone_numbers?: {
                /** @description ID of the number within the order. */
                id?: string;
                /** @description The number in E.164 format. */
                phone_number?: string;
            }[];
            /** @description IDs of the sub-orders. */
            sub_number_orders_ids?: string[];
            /** @description Voice connection the numbers are routed to. */
            connection_id?: string;
            /** @description Messaging profile the numbers are attached to. */
            messaging_profile_id?: string;
            /** @description Billing group the numbers are charged to. */
            billing_group_id?: string;
            /** @description Your reference for the order. */
            customer_reference?: string;
            /**
             * Format: date-time
             * @description When the order was placed.
             */
            created_at?: string;
            /**
             * Format: date-time
             * @description When the order last changed.
             */
            updated_at?: string;
        };
        /** @description Paging information of a Numbers list. */
        NumbersPageMeta: {
            /** @description Number of this page, starting at 1. */
            page_number?: number;
            /** @description Results per page. */
            page_size?: number;
            /** @description Number of pages available. */
            total_pages?: number;
            /** @description Number of results across all pages. */
            total_results?: number;
        };
        /** @description One page of number orders. */
        NumberOrderList: {
            /** @description Orders on this page. */
            data?: components["schemas"]["NumberOrderSummary"][];
            meta?: components["schemas"]["NumbersPageMeta"];
        };
        /** @description Numbers to buy and where to attach them. No field is required. */
        NumberOrderCreate: {
            /** @description The numbers to order, usually taken from a search or reservation. */
            phone_numbers?: {
                /** @description Number to order in E.164 format. */
                phone_number: string;
                /** @description Requirement group that satisfies this number's regulatory requirements. */
                requirement_group_id?: string;
                /** @description Bundle to attach the number to. */
                bundle_id?: string;
            }[];
            /** @description Voice connection to route the numbers to. Telnyx's API reference calls it a UUID, but no format is enforced. */
            connection_id?: string;
            /** @description Messaging profile to attach the numbers to. Telnyx's API reference calls it a UUID, but no format is enforced. */
            messaging_profile_id?: string;
            /** @description Billing group to charge the numbers to. Telnyx's API reference calls it a UUID, but no format is enforced. */
            billing_group_id?: string;
            /** @description Your own reference for the order. */
            customer_reference?: string;
        };
        /**
         * @description Where the regulatory requirements of an ordered number stand.
         * @enum {string}
         */
        NumberRequirementsStatus: "pending" | "approved" | "cancelled" | "deleted" | "requirement-info-exception" | "requirement-info-pending" | "requirement-info-under-review";
        /** @description A regulatory requirement of an ordered number and the value supplied for it. */
        NumberRegulatoryRequirement: {
            /**
             * Format: uuid
             * @description ID of the requirement.
             */
            requirement_id?: string;
            /**
             * @description Kind of value the requirement expects.
             * @enum {string}
             */
            field_type?: "textual" | "datetime" | "address" | "document";
            /** @description Value supplied so far, e.g. text or the ID of an address or document. */
            field_value?: string;
            /** @description Always a regulatory requirement record type. */
            record_type?: string;
        };
        /** @description One number inside a number order. */
        OrderedPhoneNumber: {
            /**
             * Format: uuid
             * @description ID of this number within the order.
             */
            id?: string;
            /** @description Record type of the entry. */
            record_type?: string;
            /** @description The number in E.164 format. */
            phone_number?: string;
            /**
             * @description Kind of number.
             * @enum {string}
             */
            phone_number_type?: "local" | "mobile" | "national" | "shared_cost" | "toll_free";
            /** @description Country of the number. */
            country_code?: string;
            /** @description ISO 3166-1 alpha-2 country of the number. */
            country_iso_alpha2?: string;
            /**
             * Format: uuid
             * @description Bundle the number is attached to, if any.
             */
            bundle_id?: string;
            status?: components["schemas"]["NumberOrderStatus"];
            /** @description True once every regulatory requirement of the number is satisfied. */
            requirements_met?: boolean;
            requirements_status?: components["schemas"]["NumberRequirementsStatus"];
            /** @description Regulatory requirements of the number. */
            regulatory_requirements?: components["schemas"]["NumberRegulatoryRequirement"][];
        };
        /** @description A number order and the numbers in it. */
        NumberOrder: {
            /**
             * Format: uuid
             * @description ID of the order.
             */
            id?: string;
            /** @description Record type, `number_order`. */
            record_type?: string;
            status?: components["schemas"]["NumberOrderStatus"];
            /** @description How many numbers the order contains. */
            phone_numbers_count?: number;
            /** @description True once every number's regulatory requirements are satisfied. */
            requirements_met?: boolean;
            /** @description The ordered numbers. */
            phone_numbers?: components["schemas"]["OrderedPhoneNumber"][];
            /** @description IDs of the sub-orders the order was split into. */
            sub_number_orders_ids?: string[];
            /** @description Voice connection the numbers are routed to. */
            connection_id?: string;
            /** @description Messaging profile the numbers are attached to. */
            messaging_profile_id?: string;
            /** @description Billing group the numbers are charged to. */
            billing_group_id?: string;
            /** @description Your reference for the order. */
            customer_reference?: string;
            /**
             * Format: date-time
             * @description When the order was placed.
             */
            created_at?: string;
            /**
             * Format: date-time
             * @description When the order last changed.
             */
            updated_at?: string;
        };
        /** @description A single number order. */
        NumberOrderResponse: {
            data?: components["schemas"]["NumberOrder"];
        };
        /** @description A value for one regulatory requirement. */
        NumberRegulatoryRequirementInput: {
            /**
             * Format: uuid
             * @description ID of the requirement being answered.
             */
            requirement_id?: string;
            /** @description The value, e.g. text, a date-time, or the ID of an address or document. */
            field_value?: string;
        };
        /** @description Changes to a number order. */
        NumberOrderUpdate: {
            /** @description New customer reference. */
            customer_reference?: string;
            /** @description Values for the order's regulatory requirements. */
            regulatory_requirements?: components["schemas"]["NumberRegulatoryRequirementInput"][];
        };
        /** @description One number held by a reservation. */
        ReservedPhoneNumber: {
            /**
             * Format: uuid
             * @description ID of the hold.
             */
            id?: string;
            /** @description Record type of the entry. */
            record_type?: string;
            /** @description The number in E.164 format. */
            phone_number?: string;
            /**
             * @description Whether the hold on this number was placed.
             * @enum {string}
             */
            status?: "pending" | "success" | "failure";
            /** @description Why the hold failed, if it did. */
            errors?: string;
            /**
             * Format: date-time
             * @description When the hold lapses unless extended.
             */
            expired_at?: string;
            /**
             * Format: date-time
             * @description When the hold was placed.
             */
            created_at?: string;
            /**
             * Format: date-time
             * @description When the hold last changed.
             */
            updated_at?: string;
        };
        /** @description A reservation holding one or more numbers. */
        NumberReservation: {
            /**
             * Format: uuid
             * @description ID of the reservation.
             */
            id?: string;
            /** @description Record type, `number_reservation`. */
            record_type?: string;
            /**
             * @description Status of the reservation as a whole.
             * @enum {string}
             */
            status?: "pending" | "success" | "failure";
            /** @description Why the reservation failed, if it did. */
            errors?: string;
            /** @description The held numbers. */
            phone_numbers?: components["schemas"]["ReservedPhoneNumber"][];
            /** @description Your reference for the reservation. */
            customer_reference?: string;
            /**
             * Format: date-time
             * @description When the reservation was made.
             */
            created_at?: string;
            /**
             * Format: date-time
             * @description When the reservation last changed.
             */
            updated_at?: string;
        };
        /** @description One page of number reservations. */
        NumberReservationList: {
            /** @description Reservations on this page. */
            data?: components["schemas"]["NumberReservation"][];
            meta?: components["schemas"]["NumbersPageMeta"];
        };
        /** @description Numbers to hold. No field is required. Server-assigned fields (`id`, `status`, `record_type`, timestamps) are not accepted. */
        NumberReservationCreate: {
            /** @description The numbers to reserve. */
            phone_numbers?: {
                /** @description Number to reserve in E.164 format. */
                phone_number?: string;
            }[];
            /** @description Your own reference for the reservation. */
            customer_reference?: string;
        };
        /** @description A single number reservation. */
        NumberReservationResponse: {
            data?: components["schemas"]["NumberReservation"];
        };
        /**
         * @description A feature the ordered numbers must support.
         * @enum {string}
         */
        AdvancedOrderFeature: "sms" | "mms" | "voice" | "fax" | "emergency";
        /** @description An advanced order. `phone_number_type` and `status` may arrive as a single string or as a list of those values: Telnyx's published OpenAPI spec gives them no type, only an item enum. */
        AdvancedOrder: {
            /**
             * Format: uuid
             * @description ID of the advanced order.
             */
            id?: string;
            /** @description Progress of the order; values are `pending`, `processing` and `ordered`. */
            status?: string | ("pending" | "processing" | "ordered")[];
            /**
             * @description ISO 3166-1 alpha-2 country of the numbers.
             * @default US
             */
            country_code?: string;
            /**
             * @description Kind of number; values are `local`, `mobile`, `toll_free`, `shared_cost`, `national` and `landline`.
             * @default
             */
            phone_number_type?: string | ("local" | "mobile" | "toll_free" | "shared_cost" | "national" | "landline")[];
            /**
             * @description Requested area code.
             * @default
             */
            area_code?: string;
            /** @description Requested features. */
            features?: components["schemas"]["AdvancedOrderFeature"][];
            /**
             * @description How many numbers were requested.
             * @default 1
             */
            quantity?: number;
            /**
             * Format: uuid
             * @description Requirement group attached to the order.
             */
            requirement_group_id?: string;
            /** @description IDs of the number orders placed to fulfil it. */
            orders?: string[];
            /**
             * @description Notes for the Telnyx team.
             * @default
             */
            comments?: string;
            /**
             * @description Your reference for the order.
             * @default
             */
            customer_reference?: string;
        };
        /** @description All advanced orders, without paging metadata. */
        AdvancedOrderList: {
            /** @description The advanced orders. */
            data?: components["schemas"]["AdvancedOrder"][];
        };
        /** @description What to source. Every field is optional and falls back to its default. */
        AdvancedOrderRequest: {
            /**
             * @description ISO 3166-1 alpha-2 country of the numbers.
             * @default US
             */
            country_code?: string;
            /**
             * @description Kind of number.
             * @default local
             * @enum {string}
             */
            phone_number_type?: "local" | "mobile" | "toll_free" | "shared_cost" | "national" | "landline";
            /**
             * @description Area code the numbers should have.
             * @default
             */
            area_code?: string;
            /** @description Features the numbers must support. */
            features?: components["schemas"]["AdvancedOrderFeature"][];
            /**
             * @description How many numbers to order.
             * @default 1
             */
            quantity?: number;
            /**
             * Format: uuid
             * @description Requirement group that satisfies the numbers' regulatory requirements.
             */
            requirement_group_id?: string;
            /**
             * @description Notes for the Telnyx team handling the order.
             * @default
             */
            comments?: string;
            /**
             * @description Your own reference for the order.
             * @default
             */
            customer_reference?: string;
        };
        /** @description A contiguous range of numbers that can be ordered together. */
        AvailablePhoneNumberBlock: {
            /**
             * @description Always `available_phone_number_block`.
             * @enum {string}
             */
            record_type?: "available_phone_number_block";
            /** @description First number of the block, in E.164 format. */
            phone_number?: string;
            /** @description How many consecutive numbers the block holds. */
            range?: number;
            /** @description Regions the block belongs to. */
            region_information?: components["schemas"]["NumberRegionInformation"][];
            cost_information?: components["schemas"]["NumberCostInformation"];
            /** @description Features the numbers support. */
            features?: components["schemas"]["NumberFeatureName"][];
        };
        /** @description Result of a block search. */
        AvailablePhoneNumberBlockList: {
            /** @description Matching blocks. */
            data?: components["schemas"]["AvailablePhoneNumberBlock"][];
            meta?: components["schemas"]["AvailableNumbersMeta"];
        };
        /**
         * @description Kind of record a comment belongs to.
         * @enum {string}
         */
        NumberCommentRecordType: "sub_number_order" | "requirement_group";
        /** @description A comment on a sub number order or requirement group. */
        NumberComment: {
            /**
             * Format: uuid
             * @description ID of the comment.
             */
            id?: string;
            /** @description Text of the comment. */
            body?: string;
            comment_record_type?: components["schemas"]["NumberCommentRecordType"];
            /**
             * Format: uuid
             * @description ID of the record the comment belongs to.
             */
            comment_record_id?: string;
            /** @description Who wrote it. */
            commenter?: string;
            /**
             * @description Whether Telnyx staff (`admin`) or the customer (`user`) wrote it.
             * @enum {string}
             */
            commenter_type?: "admin" | "user";
            /**
             * Format: date-time
             * @description When it was marked read; absent while unread.
             */
            read_at?: string;
            /**
             * Format: date-time
             * @description When it was written.
             */
            created_at?: string;
            /**
             * Format: date-time
             * @description When it last changed.
             */
            updated_at?: string;
        };
        /** @description Comments on one record. */
        NumberCommentList: {
            /** @description The comments. */
            data?: components["schemas"]["NumberComment"][];
            meta?: components["schemas"]["NumbersPageMeta"];
        };
        /** @description A new comment. Server-assigned fields (`id`, `commenter`, `commenter_type`, timestamps) are not accepted. */
        NumberCommentCreate: {
            /** @description Text of the comment. */
            body?: string;
            comment_record_type?: components["schemas"]["NumberCommentRecordType"];
            /**
             * Format: uuid
             * @description ID of the sub number order or requirement group.
             */
            comment_record_id?: string;
        };
        /** @description A single comment. */
        NumberCommentResponse: {
            data?: components["schemas"]["NumberComment"];
        };
        /** @description What Telnyx supports for one number type in a country. */
        CountryCoverageNumberType: {
            /** @description Features available for this number type. */
            features?: string[];
            /** @description Whether these numbers can fully replace a PSTN line. */
            full_pstn_replacement?: boolean;
            /** @description Whether international SMS is supported. */
            international_sms?: boolean;
            /** @description Whether person-to-person messaging is supported. */
            p2p?: boolean;
            /** @description Whether numbers can be activated immediately. */
            quickship?: boolean;
            /** @description Whether numbers can be reserved. */
            reservable?: boolean;
        };
        /** @description What Telnyx supports in one country. */
        CountryCoverage: {
            /** @description ISO 3166-1 alpha-2 code of the country. */
            code?: string;
            /** @description World region of the country, or null. */
            region?: string | null;
            /** @description Whether numbers can be ordered in the country. */
            numbers?: boolean;
            /** @description Number types available. */
            phone_number_type?: string[];
            /** @description Features available. */
            features?: string[];
            /** @description Whether numbers can be reserved. */
            reservable?: boolean;
            /** @description Whether numbers can be activated immediately. */
            quickship?: boolean;
            /** @description Whether international SMS is supported. */
            international_sms?: boolean;
            /** @description Whether person-to-person messaging is supported. */
            p2p?: boolean;
            /** @description Whether inventory coverage counts are available. */
            inventory_coverage?: boolean;
            local?: components["schemas"]["CountryCoverageNumberType"];
            toll_free?: components["schemas"]["CountryCoverageNumberType"];
            /** @description Details for mobile numbers; Telnyx declares no properties for them. */
            mobile?: {
                [key: string]: unknown;
            };
            /** @description Details for national numbers; Telnyx declares no properties for them. */
            national?: {
                [key: string]: unknown;
            };
            /** @description Details for shared-cost numbers; Telnyx declares no properties for them. */
            shared_cost?: {
                [key: string]: unknown;
            };
        };
        /** @description Coverage of every country. */
        CountryCoverageMapResponse: {
            /** @description The coverage of each country, keyed by the country's name. */
            data?: {
                [key: string]: components["schemas"]["CountryCoverage"];
            };
        };
        /** @description Coverage of one country. */
        CountryCoverageResponse: {
            data?: components["schemas"]["CountryCoverage"];
        };
        /**
         * @description Progress of a customer service record request.
         * @enum {string}
         */
        CustomerServiceRecordStatus: "pending" | "completed" | "failed";
        /** @description What the carrier returned, or null until the request completes. */
        CustomerServiceRecordResult: {
            /** @description Carrier currently serving the number. */
            carrier_name?: string;
            /** @description Other numbers on the same account. */
            associated_phone_numbers?: string[];
            /** @description Account holder details. */
            admin?: {
                /** @description Account name. */
                name?: string;
                /** @description Account number. */
                account_number?: string;
                /** @description Person authorised on the account. */
                authorized_person_name?: string;
                /** @description Billing telephone number. */
                billing_phone_number?: string;
            };
            /** @description Service address on record. */
            address?: {
                /** @description Street line. */
                street_address?: string;
                /** @description City. */
                locality?: string;
                /** @description State or province. */
                administrative_area?: string;
                /** @description Postal code. */
                postal_code?: string;
                /** @description The whole address on one line. */
                full_address?: string;
            };
        } | null;
        /** @description A customer service record request and, once completed, its result. */
        CustomerServiceRecord: {
            /**
             * Format: uuid
             * @description ID of the request.
             */
            id?: string;
            /** @description Record type, `customer_service_record`. */
            record_type?: string;
            /** @description The number the record was requested for. */
            phone_number?: string;
            status?: components["schemas"]["CustomerServiceRecordStatus"];
            /** @description Why the request failed, or null. */
            error_message?: string | null;
            result?: components["schemas"]["CustomerServiceRecordResult"];
            /** @description URL notified when the record is ready. */
            webhook_url?: string;
            /**
             * Format: date-time
             * @description When the request was made.
             */
            created_at?: string;
            /**
             * Format: date-time
             * @description When the request last changed.
             */
            updated_at?: string;
        };
        /** @description One page of customer service record requests. */
        CustomerServiceRecordList: {
            /** @description Requests on this page. */
            data?: components["schemas"]["CustomerServiceRecord"][];
            meta?: components["schemas"]["NumbersPageMeta"];
        };
        /** @description The number to fetch a customer service record for, and carrier account details. */
        CustomerServiceRecordCreate: {
            /** @description A +1 (North American) number in E.164 format. */
            phone_number: string;
            /** @description URL to notify when the record is ready. */
            webhook_url?: string;
            /** @description Account details the losing carrier may require; see the coverage check. */
            additional_data?: {
                /** @description Name on the carrier account. */
                name?: string;
                /** @description Person authorised on the account. */
                authorized_person_name?: string;
                /** @description Account number at the carrier. */
                account_number?: string;
                /** @description Customer code at the carrier. */
                customer_code?: string;
                /** @description Account PIN or passcode. */
                pin?: string;
                /** @description Billing telephone number of the account, in E.164 format. */
                billing_phone_number?: string;
                /** @description Service address street line. */
                address_line_1?: string;
                /** @description Service address city. */
                city?: string;
                /** @description Two-letter state code. */
                state?: string;
                /** @description Five-digit ZIP code. */
                zip_code?: string;
            };
        };
        /** @description A single customer service record request. */
        CustomerServiceRecordResponse: {
            data?: components["schemas"]["CustomerServiceRecord"];
        };
        /** @description Numbers to check. */
        CsrPhoneNumberCoverageRequest: {
            /** @description +1 (North American) numbers in E.164 format. */
            phone_numbers: string[];
        };
        /** @description Whether a customer service record can be requested for one number. */
        CsrPhoneNumberCoverage: {
            /** @description Record type of the entry. */
            record_type?: string;
            /** @description The checked number. */
            phone_number?: string;
            /** @description True if a record can be requested. */
            has_csr_coverage?: boolean;
            /** @description Why there is no coverage, if there is none. */
            reason?: string;
            /** @description The `additional_data` fields the carrier needs for a request. */
            additional_data_required?: ("name" | "authorized_person_name" | "account_number" | "customer_code" | "pin" | "address_line_1" | "city" | "state" | "zip_code" | "billing_phone_number")[];
        };
        /** @description Coverage result per number. */
        CsrPhoneNumberCoverageList: {
            /** @description One entry per checked number. */
            data?: components["schemas"]["CsrPhoneNumberCoverage"][];
        };
        /** @description An ordering group and its progress. The digit criteria come back as flat keys named `phone_number[starts_with]` and so on. */
        InexplicitOrderingGroup: {
            /** @description Country of the numbers. */
            country_iso?: string;
            /** @description Kind of number. */
            phone_number_type?: string;
            /** @description How many numbers were requested. */
            count_requested?: number;
            /** @description How many numbers have been ordered so far. */
            count_allocated?: number;
            /** @description State or province criterion. */
            administrative_area?: string;
            /** @description Area code criterion. */
            national_destination_code?: string;
            /** @description Leading digits criterion. */
            "phone_number[starts_with]"?: string;
            /** @description Contained digits criterion. */
            "phone_number[contains]"?: string;
            /** @description Trailing digits criterion. */
            "phone_number[ends_with]"?: string;
            /** @description Whether held numbers were left out. */
            exclude_held_numbers?: boolean;
            /** @description Whether only quickship numbers were considered. */
            quickship?: boolean;
            /**
             * @description Ordering strategy of the group.
             * @enum {string}
             */
            strategy?: "always" | "never";
            /**
             * @description Progress of the group.
             * @enum {string}
             */
            status?: "pending" | "processing" | "failed" | "success" | "partial_success";
            /** @description Why the group failed or was only partly filled. */
            error_reason?: string;
            /** @description Number orders placed for the group. */
            orders?: {
                /**
                 * Format: uuid
                 * @description ID of the number order.
                 */
                number_order_id: string;
                /** @description IDs of its sub-orders. */
                sub_number_order_ids: string[];
            }[];
            /**
             * Format: date-time
             * @description When the group was created.
             */
            created_at?: string;
            /**
             * Format: date-time
             * @description When the group last changed.
             */
            updated_at?: string;
        };
        /** @description An order by criteria and the progress of its groups. */
        InexplicitNumberOrder: {
            /** @description ID of the inexplicit order. */
            id?: string;
            /** @description The ordering groups. */
            ordering_groups?: components["schemas"]["InexplicitOrderingGroup"][];
            /** @description Voice connection the numbers are routed to. */
            connection_id?: string;
            /** @description Messaging profile the numbers are attached to. */
            messaging_profile_id?: string;
            /** @description Billing group the numbers are charged to. */
            billing_group_id?: string;
            /** @description Your reference for the order. */
            customer_reference?: string;
            /**
             * Format: date-time
             * @description When the order was placed.
             */
            created_at?: string;
            /**
             * Format: date-time
             * @description When the order last changed.
             */
            updated_at?: string;
        };
        /** @description One page of inexplicit number orders. */
        InexplicitNumberOrderList: {
            /** @description Orders on this page. */
            data?: components["schemas"]["InexplicitNumberOrder"][];
            meta?: components["schemas"]["NumbersPageMeta"];
        };
        /** @description One set of criteria and how many numbers to order with them. */
        InexplicitOrderingGroupCreate: {
            /**
             * @description Country of the numbers.
             * @enum {string}
             */
            country_iso: "US" | "CA";
            /** @description Kind of number, e.g. `local` or `toll_free`. */
            phone_number_type: string;
            /** @description How many numbers to order; a string in requests, an integer in responses. */
            count_requested: string;
            /** @description State or province. */
            administrative_area?: string;
            /** @description City or town. */
            locality?: string;
            /** @description Area code. */
            national_destination_code?: string;
            /** @description Match on the digits of the numbers. */
            phone_number?: {
                /** @description Number starts with these digits. */
                starts_with?: string;
                /** @description Number contains these digits. */
                contains?: string;
                /** @description Number ends with these digits. */
                ends_with?: string;
            };
            /** @description Features the numbers must support. */
            features?: string[];
            /** @description Leave out numbers held by reservations. */
            exclude_held_numbers?: boolean;
            /** @description Only numbers that can be activated immediately. */
            quickship?: boolean;
            /**
             * @description Ordering strategy for the group.
             * @default always
             * @enum {string}
             */
            strategy?: "always" | "never";
        };
        /** @description An order by criteria, made of one or more ordering groups. */
        InexplicitNumberOrderCreate: {
            /** @description The groups of numbers to order. */
            ordering_groups: components["schemas"]["InexplicitOrderingGroupCreate"][];
            /** @description Voice connection to route the numbers to. */
            connection_id?: string;
            /** @description Messaging profile to attach the numbers to. */
            messaging_profile_id?: string;
            /** @description Billing group to charge the numbers to. */
            billing_group_id?: string;
            /** @description Your own reference for the order. */
            customer_reference?: string;
        };
        /** @description A single inexplicit number order. */
        InexplicitNumberOrderResponse: {
            data?: components["schemas"]["InexplicitNumberOrder"];
        };
        /** @description Inventory count for one group. */
        InventoryCoverage: {
            /** @description Record type of the entry. */
            record_type?: string;
            /** @description Value of the grouping key, e.g. an NPA. */
            group?: string;
            /** @description What the counts are grouped by. */
            group_type?: string;
            /** @description State or province of the group. */
            administrative_area?: string;
            /**
             * @description Kind of number counted.
             * @enum {string}
             */
            phone_number_type?: "local" | "toll_free" | "national" | "landline" | "shared_cost" | "mobile";
            /**
             * @description Telnyx's coarser number class.
             * @enum {string}
             */
            number_type?: "did" | "toll-free";
            /**
             * @description Whether single numbers or blocks were counted.
             * @enum {string}
             */
            coverage_type?: "number" | "block";
            /** @description How many numbers or blocks are in stock. */
            count?: number;
            /** @description Size of each block, for block coverage. */
            number_range?: number;
            /** @description Whether ordering needs regulatory requirements up front. */
            advance_requirements?: boolean;
        };
        /** @description Inventory counts. */
        InventoryCoverageList: {
            /** @description One entry per group. */
            data?: components["schemas"]["InventoryCoverage"][];
            /** @description Result count. */
            meta?: {
                /** @description Number of groups returned. */
                total_results?: number;
            };
        };
        /** @description A mobile network operator. */
        MobileNetworkOperator: {
            /**
             * Format: uuid
             * @description ID of the operator.
             */
            id?: string;
            /** @description Record type of the entry. */
            record_type?: string;
            /** @description Operator name. */
            name?: string;
            /** @description ISO 3166-1 alpha-2 country of the operator. */
            country_code?: string;
            /** @description Mobile country code. */
            mcc?: string;
            /** @description Mobile network code. */
            mnc?: string;
            /** @description TADIG roaming code. */
            tadig?: string;
            /** @description Whether network preferences can be set for this operator. */
            network_preferences_enabled?: boolean;
        };
        /** @description One page of mobile network operators. */
        MobileNetworkOperatorList: {
            /** @description Operators on this page. */
            data?: components["schemas"]["MobileNetworkOperator"][];
            meta?: components["schemas"]["NumbersPageMeta"];
        };
        /**
         * @description A private networking service offered at a location.
         * @enum {string}
         */
        NetworkAvailableService: "cloud_vpn" | "private_wireless_gateway" | "virtual_cross_connect";
        /** @description A network location and the services it offers. */
        NetworkCoverageLocation: {
            /** @description Record type of the entry. */
            record_type?: string;
            /** @description Where the location is. */
            location?: {
                /** @description Location code. */
                code?: string;
                /** @description Location name. */
                name?: string;
                /** @description Point of presence. */
                pop?: string;
                /** @description Region. */
                region?: string;
                /** @description Site. */
                site?: string;
            };
            /** @description Services offered here. */
            available_services?: components["schemas"]["NetworkAvailableService"][];
        };
        /** @description One page of network locations. */
        NetworkCoverageList: {
            /** @description Locations on this page. */
            data?: components["schemas"]["NetworkCoverageLocation"][];
            meta?: components["schemas"]["NumbersPageMeta"];
        };
        /** @description An order for a contiguous block of numbers. */
        NumberBlockOrder: {
            /**
             * Format: uuid
             * @description ID of the block order.
             */
            id?: string;
            /** @description Record type, `number_block_order`. */
            record_type?: string;
            /** @description First number of the block. */
            starting_number?: string;
            /** @description Size of the block. */
            range?: number;
            /** @description How many numbers the order contains. */
            phone_numbers_count?: number;
            status?: components["schemas"]["NumberOrderStatus"];
            /** @description True once every regulatory requirement is satisfied. */
            requirements_met?: boolean;
            /** @description Voice connection the numbers are routed to. */
            connection_id?: string;
            /** @description Messaging profile the numbers are attached to. */
            messaging_profile_id?: string;
            /** @description Your reference for the order. */
            customer_reference?: string;
            /**
             * Format: date-time
             * @description When the order was placed.
             */
            created_at?: string;
            /**
             * Format: date-time
             * @description When the order last changed.
             */
            updated_at?: string;
        };
        /** @description One page of number block orders. */
        NumberBlockOrderList: {
            /** @description Block orders on this page. */
            data?: components["schemas"]["NumberBlockOrder"][];
            meta?: components["schemas"]["NumbersPageMeta"];
        };
        /** @description The block to buy and where to attach it. Server-assigned fields (`id`, `status`, counts, timestamps) are not accepted. */
        NumberBlockOrderCreate: {
            /** @description First number of the block in E.164 format, as returned by the block search. */
            starting_number: string;
            /** @description How many consecutive numbers to buy. */
            range: number;
            /** @description Voice connection to route the numbers to. */
            connection_id?: string;
            /** @description Messaging profile to attach the numbers to. */
            messaging_profile_id?: string;
            /** @description Your own reference for the order. */
            customer_reference?: string;
        };
        /** @description A single number block order. */
        NumberBlockOrderResponse: {
            data?: components["schemas"]["NumberBlockOrder"];
        };
        /** @description A phone number of a number order, as tracked for fulfilment and requirements. */
        NumberOrderPhoneNumber: {
            /**
             * Format: uuid
             * @description ID of this number within its order.
             */
            id?: string;
            /** @description Record type, `number_order_phone_number`. */
            record_type?: string;
            /** @description The number in E.164 format. */
            phone_number?: string;
            /**
             * @description Kind of number.
             * @enum {string}
             */
            phone_number_type?: "local" | "toll_free" | "mobile" | "national" | "shared_cost" | "landline";
            /** @description Country of the number. */
            country_code?: string;
            /** @description City or town of the number. */
            locality?: string;
            /** @description True if the number was ordered as part of a block. */
            is_block_number?: boolean;
            /**
             * Format: uuid
             * @description ID of the number order.
             */
            order_request_id?: string;
            /**
             * Format: uuid
             * @description ID of the sub number order.
             */
            sub_number_order_id?: string;
            /**
             * Format: uuid
             * @description Bundle the number is attached to, or null.
             */
            bundle_id?: string | null;
            /**
             * Format: date-time
             * @description When the regulatory requirements must be met by.
             */
            deadline?: string;
            status?: components["schemas"]["NumberOrderStatus"];
            /** @description True once every regulatory requirement is satisfied. */
            requirements_met?: boolean;
            requirements_status?: components["schemas"]["NumberRequirementsStatus"];
            /** @description Regulatory requirements of the number. */
            regulatory_requirements?: components["schemas"]["NumberRegulatoryRequirement"][];
        };
        /** @description Phone numbers across number orders. */
        NumberOrderPhoneNumberList: {
            /** @description The numbers. */
            data?: components["schemas"]["NumberOrderPhoneNumber"][];
            meta?: components["schemas"]["NumbersPageMeta"];
        };
        /** @description A single phone number of a number order. */
        NumberOrderPhoneNumberResponse: {
            data?: components["schemas"]["NumberOrderPhoneNumber"];
        };
        /** @description Regulatory requirement values to store. */
        NumberRequirementsUpdate: {
            /** @description One entry per requirement being answered. */
            regulatory_requirements?: components["schemas"]["NumberRegulatoryRequirementInput"][];
        };
        /** @description Numbers to look up. */
        NumbersFeaturesRequest: {
            /** @description Numbers in E.164 format. */
            phone_numbers: string[];
        };
        /** @description Features of one number. */
        NumberFeatures: {
            /** @description The number in E.164 format. */
            phone_number: string;
            /** @description Features it supports. */
            features: string[];
        };
        /** @description Features per number. */
        NumbersFeaturesList: {
            /** @description One entry per number. */
            data?: components["schemas"]["NumberFeatures"][];
        };
        /**
         * @description Progress of a block job.
         * @enum {string}
         */
        PhoneNumberBlocksJobStatus: "pending" | "in_progress" | "completed" | "failed";
        /** @description A number the job handled. */
        PhoneNumberBlocksJobOperation: {
            /** @description ID of the phone number resource. */
            id?: string;
            /** @description The number in E.164 format. */
            phone_number?: string;
        };
        /** @description A number the job could not handle, with the reasons. */
        PhoneNumberBlocksJobFailedOperation: {
            /** @description ID of the phone number resource. */
            id?: string;
            /** @description The number in E.164 format. */
            phone_number?: string;
            /** @description Why it failed, in the standard error format. */
            errors?: components["schemas"]["Error"][];
        };
        /** @description A background job on a phone number block. */
        PhoneNumberBlocksJob: {
            /**
             * Format: uuid
             * @description ID of the job.
             */
            id?: string;
            /** @description Record type of the job. */
            record_type?: string;
            /**
             * @description What the job does.
             * @enum {string}
             */
            type?: "delete_phone_number_block";
            /** @default pending */
            status?: components["schemas"]["PhoneNumberBlocksJobStatus"];
            /**
             * Format: date-time
             * @description Estimated time of completion.
             */
            etc?: string;
            /** @description Numbers handled successfully. */
            successful_operations?: components["schemas"]["PhoneNumberBlocksJobOperation"][];
            /** @description Numbers that could not be handled. */
            failed_operations?: components["schemas"]["PhoneNumberBlocksJobFailedOperation"][];
            /** @description When the job was created (no date-time format is enforced here). */
            created_at?: string;
            /** @description When the job last changed (no date-time format is enforced here). */
            updated_at?: string;
        };
        /** @description One page of block jobs. */
        PhoneNumberBlocksJobList: {
            /** @description Jobs on this page. */
            data?: components["schemas"]["PhoneNumberBlocksJob"][];
            meta?: components["schemas"]["NumbersPageMeta"];
        };
        /** @description The block whose numbers should be deleted. */
        PhoneNumberBlocksJobDeleteRequest: {
            /** @description ID of the phone number block. */
            phone_number_block_id: string;
        };
        /** @description A single block job. */
        PhoneNumberBlocksJobResponse: {
            data?: components["schemas"]["PhoneNumberBlocksJob"];
        };
        /** @description The part of a number order covering one country and number type. Its regulatory requirements list which requirements apply, without their values. */
        SubNumberOrder: {
            /**
             * Format: uuid
             * @description ID of the sub-order.
             */
            id?: string;
            /** @description Record type, `sub_number_order`. */
            record_type?: string;
            /**
             * Format: uuid
             * @description ID of the parent number order.
             */
            order_request_id?: string;
            /**
             * Format: uuid
             * @description ID of the user who placed the order.
             */
            user_id?: string;
            /** @description Country of the numbers. */
            country_code?: string;
            /**
             * @description Kind of number.
             * @enum {string}
             */
            phone_number_type?: "local" | "toll_free" | "mobile" | "national" | "shared_cost" | "landline";
            /** @description How many numbers the sub-order contains. */
            phone_numbers_count?: number;
            /** @description True if the sub-order came from a block order. */
            is_block_sub_number_order?: boolean;
            /** @description Your reference for the order. */
            customer_reference?: string;
            status?: components["schemas"]["NumberOrderStatus"];
            /** @description True once every regulatory requirement is satisfied. */
            requirements_met?: boolean;
            /** @description Requirements that apply to the sub-order's numbers. */
            regulatory_requirements?: {
                /**
                 * Format: uuid
                 * @description ID of the requirement.
                 */
                requirement_id?: string;
                /**
                 * @description Kind of value the requirement expects.
                 * @enum {string}
                 */
                field_type?: "textual" | "datetime" | "address" | "document";
                /** @description Record type of the entry. */
                record_type?: string;
            }[];
            /**
             * Format: date-time
             * @description When the sub-order was created.
             */
            created_at?: string;
            /**
             * Format: date-time
             * @description When the sub-order last changed.
             */
            updated_at?: string;
        };
        /** @description Sub number orders. */
        SubNumberOrderList: {
            /** @description The sub-orders. */
            data?: components["schemas"]["SubNumberOrder"][];
            meta?: components["schemas"]["NumbersPageMeta"];
        };
        /** @description A single sub number order. */
        SubNumberOrderResponse: {
            data?: components["schemas"]["SubNumberOrder"];
        };
        /** @description Filters selecting the sub-orders to include; all optional. */
        SubNumberOrdersReportCreate: {
            /** @description Only sub-orders for this country. */
            country_code?: string;
            status?: components["schemas"]["NumberOrderStatus"];
            /**
             * Format: uuid
             * @description Only sub-orders of this number order.
             */
            order_request_id?: string;
            /** @description Only sub-orders with this customer reference. */
            customer_reference?: string;
            /**
             * Format: date-time
             * @description Only sub-orders created after this time.
             */
            created_at_gt?: string;
            /**
             * Format: date-time
             * @description Only sub-orders created before this time.
             */
            created_at_lt?: string;
        };
        /** @description A request for a CSV report of sub number orders. */
        SubNumberOrdersReport: {
            /**
             * Format: uuid
             * @description ID of the report.
             */
            id?: string;
            /**
             * Format: uuid
             * @description ID of the user who requested it.
             */
            user_id?: string;
            /** @description Kind of orders the report covers. */
            order_type?: string;
            /**
             * @description Progress of the report; download it once `success`.
             * @default pending
             * @enum {string}
             */
            status?: "pending" | "success" | "failed" | "expired";
            /** @description The filters the report was built with. */
            filters?: {
                /** @description Country filter. */
                country_code?: string;
                /** @description Status filter. */
                status?: string;
                /**
                 * Format: uuid
                 * @description Number order filter.
                 */
                order_request_id?: string;
                /** @description Customer reference filter. */
                customer_reference?: string;
                /**
                 * Format: date-time
                 * @description Lower creation time bound.
                 */
                created_at_gt?: string;
                /**
                 * Format: date-time
                 * @description Upper creation time bound.
                 */
                created_at_lt?: string;
            };
            /**
             * Format: date-time
             * @description When the report was requested.
             */
            created_at?: string;
            /**
             * Format: date-time
             * @description When the report last changed.
             */
            updated_at?: string;
        };
        /** @description A single report request. */
        SubNumberOrdersReportResponse: {
            data?: components["schemas"]["SubNumberOrdersReport"];
        };
        /** @description A billing bundle as it appears in lists and inside user bundles. */
        ComplianceBillingBundleSummary: {
            /**
             * Format: uuid
             * @description ID of the billing bundle.
             */
            id: string;
            /** @description Display name. */
            name: string;
            /** @description URL-friendly name. */
            slug?: string;
            /** @description Billing code of the bundle. */
            cost_code: string;
            /** @description ISO 4217 currency of the price. */
            currency?: string;
            /**
             * Format: float
             * @description Monthly recurring price.
             */
            mrc_price?: number;
            /** @description Whether the bundle is offered to every account. */
            is_public: boolean;
            /** @description Short statements of what the bundle contains. */
            specs?: string[];
            /**
             * Format: date
             * @description Day the bundle was created.
             */
            created_at: string;
        };
        /** @description Paging information of a bundle list; all four counts are always present. */
        ComplianceBundlePageMeta: {
            /** @description Number of this page, starting at 1. */
            page_number: number;
            /** @description Results per page. */
            page_size: number;
            /** @description Number of pages available. */
            total_pages: number;
            /** @description Number of results across all pages. */
            total_results: number;
        };
        /** @description One page of billing bundles. */
        ComplianceBillingBundleList: {
            data: components["schemas"]["ComplianceBillingBundleSummary"][];
            meta: components["schemas"]["ComplianceBundlePageMeta"];
        };
        /** @description One usage limit a billing bundle grants. */
        ComplianceBillingBundleLimit: {
            /**
             * Format: uuid
             * @description ID of the limit.
             */
            id: string;
            /** @description Service the limit applies to. */
            service: string;
            /** @description Billing service the limit is counted against. */
            billing_service?: string;
            /** @description What is counted. */
            metric: string;
            /** @description Amount included in the bundle. */
            limit?: number;
            /** @description Rate applied, as a string. */
            rate?: string;
            /**
             * @description Traffic direction the limit applies to.
             * @enum {string}
             */
            direction?: "inbound" | "outbound";
            /** @description ISO 3166-1 alpha-2 country of the limit. */
            country_iso?: string;
            /** @description Country calling code, e.g. 49. */
            country_code?: number;
            /**
             * @deprecated
             * @description Country name; deprecated by Telnyx in favour of `country_iso`.
             */
            country?: string;
            /** @description Number types the limit covers. */
            types?: string[];
            /**
             * Format: date
             * @description Day the limit was created.
             */
            created_at: string;
            /**
             * Format: date
             * @description Day the limit was last changed.
             */
            updated_at: string;
        };
        /** @description A billing bundle with its limits. */
        ComplianceBillingBundle: {
            /**
             * Format: uuid
             * @description ID of the billing bundle.
             */
            id: string;
            /** @description Display name. */
            name: string;
            /** @description URL-friendly name. */
            slug?: string;
            /** @description Billing code of the bundle. */
            cost_code: string;
            /** @description Whether the bundle can currently be bought. */
            active: boolean;
            /** @description Whether the bundle is offered to every account. */
            is_public: boolean;
            /** @description Usage limits the bundle grants. */
            bundle_limits: components["schemas"]["ComplianceBillingBundleLimit"][];
            /**
             * Format: date
             * @description Day the bundle was created.
             */
            created_at: string;
        };
        /** @description A single billing bundle. */
        ComplianceBillingBundleResponse: {
            data: components["schemas"]["ComplianceBillingBundle"];
        };
        /** @description A resource, such as a phone number, that uses a user bundle. */
        ComplianceUserBundleResource: {
            /**
             * Format: uuid
             * @description ID of the assignment.
             */
            id: string;
            /** @description The resource itself, e.g. a phone number in E.164 format. */
            resource: string;
            /** @description Kind of resource. */
            resource_type: string;
            /**
             * Format: date
             * @description Day the resource was assigned.
             */
            created_at: string;
            /**
             * Format: date
             * @description Day of the last change, or null if never changed.
             */
            updated_at?: string | null;
        };
        /** @description A bundle bought by this account. */
        ComplianceUserBundle: {
            /**
             * Format: uuid
             * @description ID of the user bundle.
             */
            id: string;
            /**
             * Format: uuid
             * @description ID of the owning user.
             */
            user_id: string;
            /** @description Whether the bundle is active; false after deactivation. */
            active: boolean;
            billing_bundle: components["schemas"]["ComplianceBillingBundleSummary"];
            /** @description Resources that use this bundle. */
            resources: components["schemas"]["ComplianceUserBundleResource"][];
            /**
             * Format: date
             * @description Day the bundle was bought.
             */
            created_at: string;
            /**
             * Format: date
             * @description Day of the last change, or null if never changed.
             */
            updated_at?: string | null;
        };
        /** @description One page of user bundles. */
        ComplianceUserBundleList: {
            data: components["schemas"]["ComplianceUserBundle"][];
            meta: components["schemas"]["ComplianceBundlePageMeta"];
        };
        /** @description How many bundles of one kind to buy. */
        ComplianceUserBundleBulkItem: {
            /**
             * Format: uuid
             * @description ID of the billing bundle to buy.
             */
            billing_bundle_id: string;
            /** @description Number of bundles of this kind. */
            quantity: number;
        };
        /** @description Bundles to buy in one request. */
        ComplianceUserBundleBulkCreate: {
            /**
             * Format: uuid
             * @description Client-chosen UUID that makes a retried request safe to repeat.
             */
            idempotency_key?: string;
            /** @description One entry per billing bundle and quantity. */
            items?: components["schemas"]["ComplianceUserBundleBulkItem"][];
        };
        /** @description The user bundles created by a bulk purchase. */
        ComplianceUserBundleCreatedList: {
            data: components["schemas"]["ComplianceUserBundle"][];
        };
        /** @description A billing bundle and the bought bundles of that kind not yet in use. */
        ComplianceUnusedUserBundle: {
            billing_bundle: components["schemas"]["ComplianceBillingBundleSummary"];
            /** @description IDs of the unused user bundles. */
            user_bundle_ids: string[];
        };
        /** @description Unused user bundles, grouped by billing bundle. */
        ComplianceUnusedUserBundleList: {
            data: components["schemas"]["ComplianceUnusedUserBundle"][];
        };
        /** @description A single user bundle. */
        ComplianceUserBundleResponse: {
            data: components["schemas"]["ComplianceUserBundle"];
        };
        /** @description The resources of a user bundle. */
        ComplianceUserBundleResourceList: {
            data: components["schemas"]["ComplianceUserBundleResource"][];
        };
        /** @description A link between a document and a record that uses it. */
        ComplianceDocumentLink: {
            /**
             * Format: uuid
             * @description ID of the link.
             */
            readonly id?: string;
            /** @description Type of this record. */
            readonly record_type?: string;
            /**
             * Format: uuid
             * @description ID of the linked document.
             */
            readonly document_id?: string;
            /** @description Type of the record using the document. */
            readonly linked_record_type?: string;
            /** @description ID of the record using the document. */
            readonly linked_resource_id?: string;
            /** @description When the link was created (ISO 8601). */
            readonly created_at?: string;
            /** @description When the link was last changed (ISO 8601). */
            readonly updated_at?: string;
        };
        /** @description Paging information of a list. */
        CompliancePageMeta: {
            /** @description Number of this page, starting at 1. */
            page_number?: number;
            /** @description Results per page. */
            page_size?: number;
            /** @description Number of pages available. */
            total_pages?: number;
            /** @description Number of results across all pages. */
            total_results?: number;
        };
        /** @description One page of document links. */
        ComplianceDocumentLinkList: {
            data?: components["schemas"]["ComplianceDocumentLink"][];
            meta?: components["schemas"]["CompliancePageMeta"];
        };
        /**
         * @description Review state of a document.
         * @enum {string}
         */
        ComplianceDocumentStatus: "pending" | "verified" | "denied";
        /**
         * @description Virus scan state of a document.
         * @enum {string}
         */
        ComplianceDocumentAvScanStatus: "scanned" | "infected" | "pending_scan" | "not_scanned";
        /** @description An uploaded document and its review state. */
        ComplianceDocument: {
            /**
             * Format: uuid
             * @description ID of the document; use it as a requirement value.
             */
            readonly id?: string;
            /** @description Type of this record. */
            readonly record_type?: string;
            /** @description File name of the document. */
            filename?: string;
            /** @description Media type of the stored file, e.g. `application/pdf`. */
            readonly content_type?: string;
            /** @description Your own reference for the document. */
            customer_reference?: string;
            /** @description SHA-256 checksum of the file, hex-encoded. */
            readonly sha256?: string;
            /** @description Size of the file. */
            readonly size?: {
                /** @description The size in `unit`s. */
                readonly amount?: number;
                /** @description Unit of `amount`, e.g. `bytes`. */
                readonly unit?: string;
            };
            status?: components["schemas"]["ComplianceDocumentStatus"];
            av_scan_status?: components["schemas"]["ComplianceDocumentAvScanStatus"];
            /** @description When the document was uploaded (ISO 8601). */
            readonly created_at?: string;
            /** @description When the document was last changed (ISO 8601). */
            readonly updated_at?: string;
        };
        /** @description One page of documents. */
        ComplianceDocumentList: {
            data?: components["schemas"]["ComplianceDocument"][];
            meta?: components["schemas"]["CompliancePageMeta"];
        };
        /** @description A document sent as JSON. Give the content either inline in `file` or by `url`; no single field is required. */
        ComplianceDocumentUpload: {
            /**
             * Format: byte
             * @description The file content, base64-encoded.
             */
            file?: string;
            /** @description A URL Telnyx downloads the file from, instead of `file`. */
            url?: string;
            /** @description File name to store the document under. */
            filename?: string;
            /** @description Your own reference for the document. */
            customer_reference?: string;
        };
        /** @description A document sent as a multipart form. */
        ComplianceDocumentMultipartUpload: {
            /**
             * Format: binary
             * @description The file.
             */
            file?: Blob | Uint8Array;
            /** @description Your own reference for the document. */
            customer_reference?: string;
        };
        /** @description A single document. */
        ComplianceDocumentResponse: {
            data?: components["schemas"]["ComplianceDocument"];
        };
        /** @description The document fields that can be changed. */
        ComplianceDocumentUpdate: {
            /** @description New file name. */
            filename?: string;
            /** @description New customer reference. */
            customer_reference?: string;
        };
        /** @description A temporary download URL. */
        ComplianceDocumentDownloadLink: {
            data: {
                /**
                 * Format: uri
                 * @description Pre-signed URL that serves the file without authentication until it expires.
                 */
                url: string;
            };
        };
        /** @description The requirement group to apply. */
        ComplianceRequirementGroupAttach: {
            /**
             * Format: uuid
             * @description ID of the requirement group.
             */
            requirement_group_id: string;
        };
        /** @description A regulatory requirement of an ordered number and the value it holds. */
        ComplianceOrderRequirementValue: {
            /**
             * Format: uuid
             * @description ID of the requirement.
             */
            requirement_id?: string;
            /** @description Kind of value, e.g. `address`, `document` or `textual`. */
            field_type?: string;
            /** @description The value, e.g. text or the ID of an address or document. */
            field_value?: string;
            /** @description Review state of the value. */
            status?: string;
        };
        /** @description One phone number of a number order, with its requirement state. */
        ComplianceOrderPhoneNumber: {
            /**
             * Format: uuid
             * @description ID of the number within the order.
             */
            id?: string;
            /** @description Type of this record. */
            record_type?: string;
            /** @description The phone number in E.164 format. */
            phone_number?: string;
            /** @description Kind of number, e.g. `local`. */
            phone_number_type?: string;
            /** @description ISO 3166-1 alpha-2 country of the number. */
            country_code?: string;
            /** @description City or area of the number. */
            locality?: string;
            /** @description Whether the number is part of a number block. */
            is_block_number?: boolean;
            /**
             * Format: uuid
             * @description ID of the number order.
             */
            order_request_id?: string;
            /**
             * Format: uuid
             * @description ID of the sub number order holding the number.
             */
            sub_number_order_id?: string;
            /**
             * Format: uuid
             * @description ID of the user bundle the number uses, if any.
             */
            bundle_id?: string | null;
            /**
             * Format: date-time
             * @description When the requirements must be met.
             */
            deadline?: string;
            /** @description Order state of the number, e.g. `pending`. */
            status?: string;
            /** @description Whether all regulatory requirements are satisfied. */
            requirements_met?: boolean;
            /** @description Where the requirements stand, e.g. `requirement-info-under-review`. */
            requirements_status?: string;
            /** @description The number's requirements and their values. */
            regulatory_requirements?: components["schemas"]["ComplianceOrderRequirementValue"][];
        };
        /** @description A single ordered phone number. */
        ComplianceOrderPhoneNumberResponse: {
            data?: components["schemas"]["ComplianceOrderPhoneNumber"];
        };
        /** @description A requirement that applies to a specific phone number. */
        CompliancePhoneNumberRequirement: {
            /**
             * Format: uuid
             * @description ID of the requirement; use it as `requirement_id`.
             */
            readonly id?: string;
            /** @description Type of this record. */
            readonly record_type?: string;
            /** @description Name of the requirement. */
            label?: string;
            /** @description Kind of value expected, e.g. `address` or `document`. */
            field_type?: string;
            /** @description What the requirement asks for. */
            readonly description?: string;
            /** @description An example of an acceptable value. */
            readonly example?: string;
            /** @description Rules a value must follow. */
            acceptance_criteria?: {
                /** @description Kind of value the criteria apply to. */
                field_type?: string;
                /** @description Value the criteria expect. */
                field_value?: string;
                /** @description Area the value (e.g. an address) must lie in. */
                locality_limit?: string;
            };
        };
        /** @description The requirements of one phone number. */
        CompliancePhoneNumberRequirements: {
            /** @description The phone number in E.164 format. */
            readonly phone_number?: string;
            /** @description Kind of number. */
            readonly phone_number_type?: string;
            /** @description Type of this record. */
            readonly record_type?: string;
            /** @description Regions the number belongs to. */
            region_information?: {
                /** @description Kind of region, e.g. `country_code`. */
                region_type?: string;
                /** @description Name or code of the region. */
                region_name?: string;
            }[];
            /** @description Requirements that apply to the number. */
            regulatory_requirements?: components["schemas"]["CompliancePhoneNumberRequirement"][];
        };
        /** @description Requirements per phone number. */
        CompliancePhoneNumberRequirementsList: {
            data?: components["schemas"]["CompliancePhoneNumberRequirements"][];
            meta?: components["schemas"]["CompliancePageMeta"];
        };
        /** @description One requirement for a country, number type and action. */
        ComplianceRegulatoryRequirement: {
            /**
             * Format: uuid
             * @description ID of the requirement; use it as `requirement_id` in requirement groups.
             */
            readonly id?: string;
            /** @description Name of the requirement. */
            name?: string;
            /** @description Kind of value expected, e.g. `address`, `document` or `textual`. */
            field_type?: string;
            /** @description What the requirement asks for. */
            readonly description?: string;
            /** @description An example of an acceptable value. */
            readonly example?: string;
            /** @description Rules a value must follow. The lengths are strings here, unlike in requirement types. */
            acceptance_criteria?: {
                /** @description Characters a textual value may contain. */
                acceptable_characters?: string;
                /** @description The only values accepted, when restricted. */
                acceptable_values?: string[];
                /** @description Whether matching is case-sensitive. */
                case_sensitive?: string;
                /** @description Area the value (e.g. an address) must lie in. */
                locality_limit?: string;
                /** @description Maximum length of a textual value. */
                max_length?: string;
                /** @description Minimum length of a textual value. */
                min_length?: string;
                /** @description Pattern a textual value must match. */
                regex?: string;
                /** @description How recent or how long valid a document must be. */
                time_limit?: string;
            };
        };
        /** @description The requirements for one country, number type and action. */
        ComplianceRegulatoryRequirementsSet: {
            /** @description Action the requirements apply to, e.g. `ordering`. */
            readonly action?: string;
            /** @description ISO 3166-1 alpha-2 country. */
            readonly country_code?: string;
            /** @description Kind of number. */
            readonly phone_number_type?: string;
            /** @description The requirements. */
            regulatory_requirements?: components["schemas"]["ComplianceRegulatoryRequirement"][];
        };
        /** @description Requirement sets matching the filter. */
        ComplianceRegulatoryRequirementsList: {
            data?: components["schemas"]["ComplianceRegulatoryRequirementsSet"][];
        };
        /**
         * @description Review state of a requirement group or of one of its values: `unapproved` until submitted, then `pending-approval`, then `approved` or `declined`; `expired` is also possible.
         * @enum {string}
         */
        ComplianceRequirementGroupStatus: "approved" | "unapproved" | "pending-approval" | "declined" | "expired";
        /** @description A value held by a requirement group, with its own review state. */
        ComplianceRequirementGroupValue: {
            /** @description ID of the requirement answered. */
            requirement_id?: string;
            /** @description Kind of value, e.g. `address`, `document` or `textual`. */
            field_type?: string;
            /** @description The value, e.g. text or the ID of a document or user address. */
            field_value?: string;
            status?: components["schemas"]["ComplianceRequirementGroupStatus"];
            /**
             * Format: date-time
             * @description When the approval of this value lapses.
             */
            expires_at?: string;
            /**
             * Format: date-time
             * @description When the value was added.
             */
            created_at?: string;
            /**
             * Format: date-time
             * @description When the value was last changed.
             */
            updated_at?: string;
        };
        /** @description A set of requirement values for one country, number type and action, returned flat. */
        ComplianceRequirementGroup: {
            /** @description ID of the requirement group. */
            id?: string;
            /** @description Type of this record. */
            record_type?: string;
            /** @description What the group is for, e.g. `ordering` or `porting`. */
            action?: string;
            /** @description ISO 3166-1 alpha-2 country the group applies to. */
            country_code?: string;
            /** @description Kind of number the group applies to. */
            phone_number_type?: string;
            /** @description Your own reference for the group. */
            customer_reference?: string;
            status?: components["schemas"]["ComplianceRequirementGroupStatus"];
            /** @description The values held by the group. */
            regulatory_requirements?: components["schemas"]["ComplianceRequirementGroupValue"][];
            /**
             * Format: date-time
             * @description When the group was created.
             */
            created_at?: string;
            /**
             * Format: date-time
             * @description When the group was last changed.
             */
            updated_at?: string;
        };
        /** @description Requirement groups, as a bare array. */
        ComplianceRequirementGroupList: components["schemas"]["ComplianceRequirementGroup"][];
        /** @description A value for one requirement. */
        ComplianceRequirementValueInput: {
            /** @description ID of the requirement being answered. */
            requirement_id?: string;
            /** @description The value, e.g. text or the ID of a document or user address. */
            field_value?: string;
        };
        /** @description A new requirement group. */
        ComplianceRequirementGroupCreate: {
            /**
             * @description What the group is for.
             * @enum {string}
             */
            action: "ordering" | "porting";
            /** @description ISO 3166-1 alpha-2 country the group applies to. */
            country_code: string;
            /**
             * @description Kind of number the group applies to.
             * @enum {string}
             */
            phone_number_type: "local" | "toll_free" | "mobile" | "national" | "shared_cost";
            /** @description Your own reference for the group. */
            customer_reference?: string;
            /** @description Initial values, one per requirement. */
            regulatory_requirements?: components["schemas"]["ComplianceRequirementValueInput"][];
        };
        /** @description Changes to a requirement group. */
        ComplianceRequirementGroupUpdate: {
            /** @description New customer reference. */
            customer_reference?: string;
            /** @description Values to set, one per requirement. */
            regulatory_requirements?: components["schemas"]["ComplianceRequirementValueInput"][];
        };
        /** @description Rules a value of a requirement type must follow. */
        ComplianceAcceptanceCriteria: {
            /** @description Characters a textual value may contain. */
            acceptable_characters?: string;
            /** @description The only values accepted, when restricted. */
            acceptable_values?: string[];
            /** @description Area the value (e.g. an address) must lie in. */
            locality_limit?: string;
            /** @description Maximum length of a textual value. */
            max_length?: number;
            /** @description Minimum length of a textual value. */
            min_length?: number;
            /** @description How recent or how long valid a document must be. */
            time_limit?: string;
        };
        /** @description A kind of evidence a requirement can ask for. */
        ComplianceRequirementType: {
            /**
             * Format: uuid
             * @description ID of the requirement type.
             */
            readonly id?: string;
            /** @description Type of this record. */
            readonly record_type?: string;
            /** @description Name of the requirement type. */
            readonly name?: string;
            /**
             * @description Kind of value expected.
             * @enum {string}
             */
            type?: "document" | "address" | "textual";
            /** @description What the requirement type asks for. */
            description?: string;
            /** @description An example of an acceptable value. */
            example?: string;
            acceptance_criteria?: components["schemas"]["ComplianceAcceptanceCriteria"];
            /** @description When the type was created (ISO 8601). */
            readonly created_at?: string;
            /** @description When the type was last changed (ISO 8601). */
            readonly updated_at?: string;
        };
        /** @description Requirement types. */
        ComplianceRequirementTypeList: {
            data?: components["schemas"]["ComplianceRequirementType"][];
            meta?: components["schemas"]["CompliancePageMeta"];
        };
        /** @description A single requirement type. */
        ComplianceRequirementTypeResponse: {
            data?: components["schemas"]["ComplianceRequirementType"];
        };
        /** @description A requirement definition for a country, number type and action. */
        ComplianceRequirement: {
            /**
             * Format: uuid
             * @description ID of the requirement.
             */
            readonly id?: string;
            /** @description Type of this record. */
            readonly record_type?: string;
            /**
             * @description Action the requirement applies to; `both` covers ordering and porting.
             * @enum {string}
             */
            action?: "both" | "branded_calling" | "ordering" | "porting";
            /** @description ISO 3166-1 alpha-2 country. */
            country_code?: string;
            /**
             * @description Kind of number.
             * @enum {string}
             */
            phone_number_type?: "local" | "national" | "toll_free";
            /** @description Area within the country the requirement is limited to. */
            locality?: string;
            /** @description Version of the definition. */
            readonly version?: number;
            /**
             * Format: date-time
             * @description When this version takes effect, if scheduled.
             */
            readonly effective_start_at?: string | null;
            /**
             * Format: date-time
             * @description When this version stops applying, or null if open-ended.
             */
            readonly effective_end_at?: string | null;
            /** @description The kinds of evidence this requirement asks for. */
            readonly requirement_types?: components["schemas"]["ComplianceRequirementType"][];
            /** @description When the requirement was created (ISO 8601). */
            readonly created_at?: string;
            /** @description When the requirement was last changed (ISO 8601). */
            readonly updated_at?: string;
        };
        /** @description One page of requirements. */
        ComplianceRequirementList: {
            data?: components["schemas"]["ComplianceRequirement"][];
            meta?: components["schemas"]["CompliancePageMeta"];
        };
        /** @description A single requirement. */
        ComplianceRequirementResponse: {
            data?: components["schemas"]["ComplianceRequirement"];
        };
        /** @description One phone number of a sub number order. */
        ComplianceSubNumberOrderPhoneNumber: {
            /**
             * Format: uuid
             * @description ID of the number within the order.
             */
            id?: string;
            /** @description Type of this record. */
            record_type?: string;
            /** @description The phone number in E.164 format. */
            phone_number?: string;
            /** @description Kind of number. */
            phone_number_type?: string;
            /** @description ISO 3166-1 alpha-2 country of the number. */
            country_code?: string;
            /**
             * Format: uuid
             * @description ID of the user bundle the number uses, if any.
             */
            bundle_id?: string | null;
            /** @description Order state of the number. */
            status?: string;
            /** @description Whether all regulatory requirements are satisfied. */
            requirements_met?: boolean;
            /** @description Where the requirements stand. */
            requirements_status?: string;
            /** @description The number's requirements and their values. */
            regulatory_requirements?: components["schemas"]["ComplianceOrderRequirementValue"][];
        };
        /** @description A requirement that applies to the numbers of a sub number order. */
        ComplianceSubNumberOrderRequirement: {
            /**
             * Format: uuid
             * @description ID of the requirement.
             */
            requirement_id?: string;
            /** @description Kind of value the requirement expects. */
            field_type?: string;
            /** @description Type of this record. */
            record_type?: string;
        };
        /** @description A sub number order (the numbers of one country and type within an order). */
        ComplianceSubNumberOrder: {
            /**
             * Format: uuid
             * @description ID of the sub number order.
             */
            id?: string;
            /** @description Type of this record. */
            record_type?: string;
            /**
             * Format: uuid
             * @description ID of the parent number order.
             */
            order_request_id?: string;
            /** @description ISO 3166-1 alpha-2 country of the numbers. */
            country_code?: string;
            /** @description Kind of the numbers. */
            phone_number_type?: string;
            /** @description Your own reference. */
            customer_reference?: string;
            /** @description Whether the sub-order is for a number block. */
            is_block_sub_number_order?: boolean;
            /** @description How many numbers the sub-order holds. */
            phone_numbers_count?: number;
            /** @description The numbers of the sub-order. */
            phone_numbers?: components["schemas"]["ComplianceSubNumberOrderPhoneNumber"][];
            /** @description Requirements that apply to the sub-order's numbers. */
            regulatory_requirements?: components["schemas"]["ComplianceSubNumberOrderRequirement"][];
            /** @description Whether all regulatory requirements are satisfied. */
            requirements_met?: boolean;
            /** @description Order state, e.g. `pending`. */
            status?: string;
            /**
             * Format: date-time
             * @description When the sub-order was created.
             */
            created_at?: string;
            /**
             * Format: date-time
             * @description When the sub-order was last changed.
             */
            updated_at?: string;
        };
        /** @description A single sub number order. */
        ComplianceSubNumberOrderResponse: {
            data?: components["schemas"]["ComplianceSubNumberOrder"];
        };
        /** @description A saved end-user address. */
        ComplianceUserAddress: {
            /**
             * Format: uuid
             * @description ID of the address; use it as the value of an address requirement.
             */
            id?: string;
            /** @description Type of this record. */
            record_type?: string;
            /** @description First name of the contact. */
            first_name?: string;
            /** @description Last name of the contact. */
            last_name?: string;
            /** @description Name of the business at the address. */
            business_name?: string;
            /** @description Street and house number. */
            street_address?: string;
            /** @description Additional address line, e.g. floor or suite. */
            extended_address?: string;
            /** @description City or town. */
            locality?: string;
            /** @description Borough, where applicable. */
            borough?: string;
            /** @description Neighbourhood, where applicable. */
            neighborhood?: string;
            /** @description State, province or similar region. */
            administrative_area?: string;
            /** @description Postal code. */
            postal_code?: string;
            /** @description ISO 3166-1 alpha-2 country. */
            country_code?: string;
            /** @description Contact phone number in E.164 format. */
            phone_number?: string;
            /** @description Your own reference for the address. */
            customer_reference?: string;
            /** @description When the address was saved (ISO 8601). */
            created_at?: string;
            /** @description When the address was last changed (ISO 8601). */
            updated_at?: string;
        };
        /** @description One page of user addresses. */
        ComplianceUserAddressList: {
            data?: components["schemas"]["ComplianceUserAddress"][];
            meta?: components["schemas"]["CompliancePageMeta"];
        };
        /** @description A new user address. */
        ComplianceUserAddressCreate: {
            /** @description First name of the contact. */
            first_name: string;
            /** @description Last name of the contact. */
            last_name: string;
            /** @description Name of the business at the address. */
            business_name: string;
            /** @description Street and house number. */
            street_address: string;
            /** @description Additional address line, e.g. floor or suite. */
            extended_address?: string;
            /** @description City or town. */
            locality: string;
            /** @description Borough, where applicable. */
            borough?: string;
            /** @description Neighbourhood, where applicable. */
            neighborhood?: string;
            /** @description State, province or similar region. */
            administrative_area?: string;
            /** @description Postal code. */
            postal_code?: string;
            /** @description ISO 3166-1 alpha-2 country. */
            country_code: string;
            /** @description Contact phone number in E.164 format. */
            phone_number?: string;
            /** @description Your own reference for the address. */
            customer_reference?: string;
            /**
             * @description Set to true to store the address without verifying it.
             * @default false
             */
            skip_address_verification?: boolean;
        };
        /** @description A single user address. */
        ComplianceUserAddressResponse: {
            data?: components["schemas"]["ComplianceUserAddress"];
        };
        /** @description A phone number this account has proven it controls. */
        ComplianceVerifiedNumber: {
            /** @description The number in E.164 format. */
            phone_number?: string;
            /**
             * @description Always `verified_number`.
             * @enum {string}
             */
            record_type?: "verified_number";
            /** @description When the number was verified (ISO 8601). */
            verified_at?: string;
        };
        /** @description One page of verified numbers. */
        ComplianceVerifiedNumberList: {
            data: components["schemas"]["ComplianceVerifiedNumber"][];
            meta: components["schemas"]["CompliancePageMeta"];
        };
        /** @description A number to verify and how to deliver the code. */
        ComplianceVerifiedNumberCreate: {
            /** @description The number to verify, in E.164 format. */
            phone_number: string;
            /**
             * @description Deliver the code by SMS or by a voice call.
             * @enum {string}
             */
            verification_method: "sms" | "call";
            /**
             * @description DTMF digits dialled after a verification call connects, to get past a phone menu. The default is null, meaning no extension.
             * @default null
             */
            extension?: string;
        };
        /** @description A started verification, returned flat. */
        ComplianceVerificationRequested: {
            /** @description The number being verified. */
            phone_number?: string;
            /** @description How the code is delivered. */
            verification_method?: string;
        };
        /** @description A single verified number. */
        ComplianceVerifiedNumberResponse: {
            data?: components["schemas"]["ComplianceVerifiedNumber"];
        };
        /** @description The code received by the number. */
        ComplianceVerificationCode: {
            /** @description The verification code. */
            verification_code: string;
        };
        /** @description Numbers to check. The list is optional, as Telnyx documents it. */
        PortabilityCheckRequest: {
            /** @description Numbers to check, in E.164 format. */
            phone_numbers?: string[];
        };
        /** @description Portability of one number. */
        PortabilityCheckResult: {
            /** @description Record type of the result. */
            readonly record_type?: string;
            /** @description The number checked, in E.164 format. */
            readonly phone_number?: string;
            /** @description True if the number can be ported to Telnyx. */
            readonly portable?: boolean;
            /** @description True if the number qualifies for FastPort (US only). */
            readonly fast_portable?: boolean;
            /** @description Why the number cannot be ported; empty when it can. */
            readonly not_portable_reason?: string;
        };
        /** @description Results of a portability check, one per number. */
        PortabilityCheckResultList: {
            /** @description One result per number. */
            data?: components["schemas"]["PortabilityCheckResult"][];
        };
        /**
         * @description Kind of porting event.
         * @enum {string}
         */
        PortingEventType: "porting_order.deleted" | "porting_order.loa_updated" | "porting_order.messaging_changed" | "porting_order.status_changed" | "porting_order.sharing_token_expired" | "porting_order.new_comment" | "porting_order.split";
        /**
         * @description Whether the event's payload is still being assembled (`created`) or final (`completed`).
         * @enum {string}
         */
        PortingEventPayloadStatus: "created" | "completed";
        /**
         * @description Channel through which the event can be delivered.
         * @enum {string}
         */
        PortingNotificationMethod: "email" | "webhook" | "webhook_v1";
        /** @description A draft porting order was deleted. As Telnyx defines it, this event has no `created_at`, `updated_at` or `record_type` of its own. */
        PortingEventDeleted: {
            /**
             * Format: uuid
             * @description ID of the event.
             */
            id?: string;
            /**
             * @description Always `porting_order.deleted`. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            event_type: "porting_order.deleted";
            payload_status?: components["schemas"]["PortingEventPayloadStatus"];
            /** @description Channels the event can be delivered through. */
            available_notification_methods?: components["schemas"]["PortingNotificationMethod"][];
            /**
             * Format: uuid
             * @description The porting order concerned.
             */
            porting_order_id?: string;
            /** @description The deleted order. */
            payload?: {
                /**
                 * Format: uuid
                 * @description ID of the deleted order.
                 */
                id?: string;
                /** @description Record type of the deleted order. */
                readonly record_type?: string;
                /** @description Your reference of the deleted order. */
                customer_reference?: string;
                /**
                 * Format: date-time
                 * @description When the order was created.
                 */
                created_at?: string;
                /**
                 * Format: date-time
                 * @description When the order last changed.
                 */
                updated_at?: string;
                /**
                 * Format: date-time
                 * @description When the order was deleted.
                 */
                deleted_at?: string;
            };
        };
        /** @description The LOA of a porting order changed. The event carries no payload. */
        PortingEventLoaUpdated: {
            /**
             * Format: uuid
             * @description ID of the event.
             */
            id?: string;
            /** @description Record type of the event. */
            readonly record_type?: string;
            /**
             * @description Always `porting_order.loa_updated`. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            event_type: "porting_order.loa_updated";
            payload_status?: components["schemas"]["PortingEventPayloadStatus"];
            /** @description Channels the event can be delivered through. */
            available_notification_methods?: components["schemas"]["PortingNotificationMethod"][];
            /**
             * Format: uuid
             * @description The porting order concerned.
             */
            porting_order_id?: string;
            /** @description Always null for this event type. */
            payload?: null;
            /**
             * Format: date-time
             * @description When the event was created.
             */
            created_at?: string;
            /**
             * Format: date-time
             * @description When the event last changed.
             */
            updated_at?: string;
        };
        /**
         * @description Progress of porting the messaging service of the numbers.
         * @enum {string}
         */
        PortingMessagingPortStatus: "not_applicable" | "pending" | "activating" | "exception" | "canceled" | "partial_port_complete" | "ported";
        /** @description Messaging settings and progress of the port. */
        PortingOrderMessaging: {
            /** @description Port the messaging service of the numbers too. */
            enable_messaging?: boolean;
            /** @description True if the numbers can receive messaging at Telnyx. */
            messaging_capable?: boolean;
            /** @description True once messaging has been ported. */
            messaging_port_completed?: boolean;
            messaging_port_status?: components["schemas"]["PortingMessagingPortStatus"];
        };
        /** @description The messaging settings or messaging port status of a porting order changed. */
        PortingEventMessagingChanged: {
            /**
             * Format: uuid
             * @description ID of the event.
             */
            id?: string;
            /** @description Record type of the event. */
            readonly record_type?: string;
            /**
             * @description Always `porting_order.messaging_changed`. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            event_type: "porting_order.messaging_changed";
            payload_status?: components["schemas"]["PortingEventPayloadStatus"];
            /** @description Channels the event can be delivered through. */
            available_notification_methods?: components["schemas"]["PortingNotificationMethod"][];
            /**
             * Format: uuid
             * @description The porting order concerned.
             */
            porting_order_id?: string;
            /** @description The order's new messaging state. */
            payload?: {
                /**
                 * Format: uuid
                 * @description ID of the porting order.
                 */
                id?: string;
                /** @description Your reference of the order. */
                customer_reference?: string;
                /** @description Support key of the order. */
                support_key?: string;
                messaging?: components["schemas"]["PortingOrderMessaging"];
            };
            /**
             * Format: date-time
             * @description When the event was created.
             */
            created_at?: string;
            /**
             * Format: date-time
             * @description When the event last changed.
             */
            updated_at?: string;
        };
        /**
         * @description Where a porting order stands: `draft` until submitted, then `submitted` / `in-process`, `foc-date-confirmed` once the carrier commits to a date, and `ported` at the end; `exception` when something blocks it, `cancel-pending` and `cancelled` after a cancellation.
         * @enum {string}
         */
        PortingOrderStatusValue: "draft" | "in-process" | "submitted" | "exception" | "foc-date-confirmed" | "ported" | "cancelled" | "cancel-pending";
        /**
         * @description Why a porting order is in `exception`; `portingOrders.retrieveExceptionTypes` explains each code.
         * @enum {string}
         */
        PortingExceptionCode: "ACCOUNT_NUMBER_MISMATCH" | "AUTH_PERSON_MISMATCH" | "BTN_ATN_MISMATCH" | "ENTITY_NAME_MISMATCH" | "FOC_EXPIRED" | "FOC_REJECTED" | "LOCATION_MISMATCH" | "LSR_PENDING" | "MAIN_BTN_PORTING" | "OSP_IRRESPONSIVE" | "OTHER" | "PASSCODE_PIN_INVALID" | "PHONE_NUMBER_HAS_SPECIAL_FEATURE" | "PHONE_NUMBER_MISMATCH" | "PHONE_NUMBER_NOT_PORTABLE" | "PORT_TYPE_INCORRECT" | "PORTING_ORDER_SPLIT_REQUIRED" | "POSTAL_CODE_MISMATCH" | "RATE_CENTER_NOT_PORTABLE" | "SV_CONFLICT" | "SV_UNKNOWN_FAILURE";
        /** @description One reason attached to the order's status, typically an exception. */
        PortingOrderStatusDetail: {
            code?: components["schemas"]["PortingExceptionCode"];
            /** @description Explanation of the code. */
            description?: string;
        };
        /** @description Status of a porting order, an object rather than a plain string. */
        PortingOrderStatus: {
            value?: components["schemas"]["PortingOrderStatusValue"];
            /** @description Reasons behind the status, e.g. the exception codes of an order in `exception`. */
            details?: components["schemas"]["PortingOrderStatusDetail"][];
        };
        /** @description The status of a porting order changed. */
        PortingEventStatusChanged: {
            /**
             * Format: uuid
             * @description ID of the event.
             */
            id?: string;
            /** @description Record type of the event. */
            readonly record_type?: string;
            /**
             * @description Always `porting_order.status_changed`. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            event_type: "porting_order.status_changed";
            payload_status?: components["schemas"]["PortingEventPayloadStatus"];
            /** @description Channels the event can be delivered through. */
            available_notification_methods?: components["schemas"]["PortingNotificationMethod"][];
            /**
             * Format: uuid
             * @description The porting order concerned.
             */
            porting_order_id?: string;
            /** @description The order's new status. */
            payload?: {
                /**
                 * Format: uuid
                 * @description ID of the porting order.
                 */
                id?: string;
                /** @description Your reference of the order. */
                customer_reference?: string;
                /** @description Support key of the order. */
                support_key?: string;
                status?: components["schemas"]["PortingOrderStatus"];
                /** @description Webhook URL of the order. */
                webhook_url?: string;
                /**
                 * Format: date-time
                 * @description When the order changed.
                 */
                updated_at?: string;
            };
            /**
             * Format: date-time
             * @description When the event was created.
             */
            created_at?: string;
            /**
             * Format: date-time
             * @description When the event last changed.
             */
            updated_at?: string;
        };
        /** @description A sharing token of a porting order expired. The event carries no payload. */
        PortingEventSharingTokenExpired: {
            /**
             * Format: uuid
             * @description ID of the event.
             */
            id?: string;
            /** @description Record type of the event. */
            readonly record_type?: string;
            /**
             * @description Always `porting_order.sharing_token_expired`. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            event_type: "porting_order.sharing_token_expired";
            payload_status?: components["schemas"]["PortingEventPayloadStatus"];
            /** @description Channels the event can be delivered through. */
            available_notification_methods?: components["schemas"]["PortingNotificationMethod"][];
            /**
             * Format: uuid
             * @description The porting order concerned.
             */
            porting_order_id?: string;
            /** @description Always null for this event type. */
            payload?: null;
            /**
             * Format: date-time
             * @description When the event was created.
             */
            created_at?: string;
            /**
             * Format: date-time
             * @description When the event last changed.
             */
            updated_at?: string;
        };
        /**
         * @description Who wrote a comment, you (`user`), the Telnyx porting team (`admin`) or the system.
         * @enum {string}
         */
        PortingCommentUserType: "admin" | "user" | "system";
        /** @description A comment was posted on a porting order. */
        PortingEventNewComment: {
            /**
             * Format: uuid
             * @description ID of the event.
             */
            id?: string;
            /** @description Record type of the event. */
            readonly record_type?: string;
            /**
             * @description Always `porting_order.new_comment`. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            event_type: "porting_order.new_comment";
            payload_status?: components["schemas"]["PortingEventPayloadStatus"];
            /** @description Channels the event can be delivered through. */
            available_notification_methods?: components["schemas"]["PortingNotificationMethod"][];
            /**
             * Format: uuid
             * @description The porting order concerned.
             */
            porting_order_id?: string;
            /** @description The new comment. */
            payload?: {
                /**
                 * Format: uuid
                 * @description ID of the porting order.
                 */
                porting_order_id?: string;
                /** @description Support key of the order. */
                support_key?: string;
                /** @description The comment posted. */
                comment?: {
                    /**
                     * Format: uuid
                     * @description ID of the comment.
                     */
                    id?: string;
                    /** @description Text of the comment. */
                    body?: string;
                    user_type?: components["schemas"]["PortingCommentUserType"];
                    /**
                     * Format: uuid
                     * @description Who wrote it.
                     */
                    user_id?: string;
                    /**
                     * Format: date-time
                     * @description When it was posted.
                     */
                    inserted_at?: string;
                };
            };
            /**
             * Format: date-time
             * @description When the event was created.
             */
            created_at?: string;
            /**
             * Format: date-time
             * @description When the event last changed.
             */
            updated_at?: string;
        };
        /** @description Some numbers of a porting order were moved to a new order. */
        PortingEventSplit: {
            /**
             * Format: uuid
             * @description ID of the event.
             */
            id?: string;
            /** @description Record type of the event. */
            readonly record_type?: string;
            /**
             * @description Always `porting_order.split`. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            event_type: "porting_order.split";
            payload_status?: components["schemas"]["PortingEventPayloadStatus"];
            /** @description Channels the event can be delivered through. */
            available_notification_methods?: components["schemas"]["PortingNotificationMethod"][];
            /**
             * Format: uuid
             * @description The porting order concerned.
             */
            porting_order_id?: string;
            /** @description Which order was split into which, and the numbers moved. */
            payload?: {
                /** @description The original order. */
                from?: {
                    /**
                     * Format: uuid
                     * @description ID of the original order.
                     */
                    id?: string;
                };
                /** @description The new order. */
                to?: {
                    /**
                     * Format: uuid
                     * @description ID of the new order.
                     */
                    id?: string;
                };
                /** @description The porting phone numbers moved to the new order. */
                porting_phone_numbers?: {
                    /**
                     * Format: uuid
                     * @description ID of the porting phone number.
                     */
                    id?: string;
                }[];
            };
            /**
             * Format: date-time
             * @description When the event was created.
             */
            created_at?: string;
            /**
             * Format: date-time
             * @description When the event last changed.
             */
            updated_at?: string;
        };
        /** @description A porting event; `event_type` decides the shape of `payload`. `porting_order.loa_updated` and `porting_order.sharing_token_expired` are separate variants with the same fields (Telnyx's published OpenAPI spec describes them with one shared schema). */
        PortingEvent: components["schemas"]["PortingEventDeleted"] | components["schemas"]["PortingEventLoaUpdated"] | components["schemas"]["PortingEventMessagingChanged"] | components["schemas"]["PortingEventStatusChanged"] | components["schemas"]["PortingEventSharingTokenExpired"] | components["schemas"]["PortingEventNewComment"] | components["schemas"]["PortingEventSplit"];
        /** @description Paging information of a porting list. */
        PortingPageMeta: {
            /** @description Number of this page, starting at 1. */
            page_number?: number;
            /** @description Results per page. */
            page_size?: number;
            /** @description Number of pages available. */
            total_pages?: number;
            /** @description Number of results across all pages. */
            total_results?: number;
        };
        /** @description One page of porting events. */
        PortingEventList: {
            /** @description The events on this page. */
            data?: components["schemas"]["PortingEvent"][];
            meta?: components["schemas"]["PortingPageMeta"];
        };
        /** @description A single porting event. */
        PortingEventResponse: {
            data?: components["schemas"]["PortingEvent"];
        };
        /** @description Company address printed on the LOA. */
        LoaConfigurationAddress: {
            /** @description Street and number. */
            street_address?: string;
            /** @description Suite, floor or other address line. */
            extended_address?: string;
            /** @description City. */
            city?: string;
            /** @description Two-letter state code. */
            state?: string;
            /** @description ZIP or ZIP+4 code. */
            zip_code?: string;
            /** @description ISO 3166-1 alpha-2 country. */
            country_code?: string;
        };
        /** @description Contact printed on the LOA. */
        LoaConfigurationContact: {
            /** @description Contact email address. */
            email?: string;
            /** @description Contact phone number in E.164 format. */
            phone_number?: string;
        };
        /** @description Branding used to generate letters of authorization. */
        LoaConfiguration: {
            /**
             * Format: uuid
             * @description ID of the LOA configuration.
             */
            id?: string;
            /** @description Record type of the configuration. */
            readonly record_type?: string;
            /** @description Name of the configuration. */
            name?: string;
            /** @description Organization that owns it. */
            organization_id?: string;
            /** @description Company name printed on the LOA. */
            company_name?: string;
            address?: components["schemas"]["LoaConfigurationAddress"];
            contact?: components["schemas"]["LoaConfigurationContact"];
            /** @description Logo printed on the LOA. */
            logo?: {
                /**
                 * Format: uuid
                 * @description Uploaded document holding the logo.
                 */
                document_id?: string;
                /**
                 * @description Media type of the logo; only PNG is supported.
                 * @enum {string}
                 */
                content_type?: "image/png";
            };
            /**
             * Format: date-time
             * @description When the configuration was created.
             */
            created_at?: string;
            /**
             * Format: date-time
             * @description When the configuration last changed.
             */
            updated_at?: string;
        };
        /** @description One page of LOA configurations. */
        LoaConfigurationList: {
            /** @description The configurations on this page. */
            data?: components["schemas"]["LoaConfiguration"][];
            meta?: components["schemas"]["PortingPageMeta"];
        };
        /** @description Company address printed on the LOA; everything but `extended_address` is required. */
        LoaConfigurationAddressInput: {
            /** @description Street and number. */
            street_address: string;
            /** @description Suite, floor or other address line. */
            extended_address?: string;
            /** @description City. */
            city: string;
            /** @description Two-letter state code. */
            state: string;
            /** @description ZIP or ZIP+4 code. */
            zip_code: string;
            /** @description ISO 3166-1 alpha-2 country. */
            country_code: string;
        };
        /** @description Contact printed on the LOA; both fields are required. */
        LoaConfigurationContactInput: {
            /** @description Contact email address. */
            email: string;
            /** @description Contact phone number in E.164 format. */
            phone_number: string;
        };
        /** @description Values of a LOA configuration; every top-level field is required on create, preview and update alike. */
        LoaConfigurationInput: {
            /** @description Name of the configuration. */
            name: string;
            /** @description Company name printed on the LOA. */
            company_name: string;
            address: components["schemas"]["LoaConfigurationAddressInput"];
            contact: components["schemas"]["LoaConfigurationContactInput"];
            /** @description Logo printed on the LOA. */
            logo: {
                /**
                 * Format: uuid
                 * @description Uploaded PNG document holding the logo.
                 */
                document_id: string;
            };
        };
        /** @description A single LOA configuration. */
        LoaConfigurationResponse: {
            data?: components["schemas"]["LoaConfiguration"];
        };
        /**
         * @description Kind of report; only a CSV export of porting orders exists.
         * @enum {string}
         */
        PortingReportType: "export_porting_orders_csv";
        /**
         * @description Whether the report is still being built or ready.
         * @enum {string}
         */
        PortingReportStatus: "pending" | "completed";
        /** @description Parameters of a CSV export of porting orders. */
        PortingExportOrdersCsvParams: {
            /** @description Which orders to export; an empty object exports all. */
            filters: {
                /**
                 * Format: date-time
                 * @description Only orders created after this time.
                 */
                created_at__gt?: string;
                /**
                 * Format: date-time
                 * @description Only orders created before this time.
                 */
                created_at__lt?: string;
                /** @description Only orders with one of these customer references. */
                customer_reference__in?: string[];
                /** @description Only orders in one of these states. */
                status__in?: ("draft" | "in-process" | "submitted" | "exception" | "foc-date-confirmed" | "cancel-pending" | "ported" | "cancelled")[];
            };
        };
        /** @description A report about porting orders. */
        PortingReport: {
            /**
             * Format: uuid
             * @description ID of the report.
             */
            id?: string;
            /** @description Record type of the report. */
            readonly record_type?: string;
            report_type?: components["schemas"]["PortingReportType"];
            status?: components["schemas"]["PortingReportStatus"];
            /** @description Parameters the report was requested with. */
            params?: components["schemas"]["PortingExportOrdersCsvParams"];
            /**
             * Format: uuid
             * @description Document holding the finished report.
             */
            document_id?: string;
            /**
             * Format: date-time
             * @description When the report was requested.
             */
            created_at?: string;
            /**
             * Format: date-time
             * @description When the report last changed.
             */
            updated_at?: string;
        };
        /** @description One page of porting reports. */
        PortingReportList: {
            /** @description The reports on this page. */
            data?: components["schemas"]["PortingReport"][];
            meta?: components["schemas"]["PortingPageMeta"];
        };
        /** @description The report to build. */
        PortingReportCreate: {
            report_type: components["schemas"]["PortingReportType"];
            /** @description Parameters of the report, depending on its type. */
            params: components["schemas"]["PortingExportOrdersCsvParams"];
        };
        /** @description A single porting report. */
        PortingReportResponse: {
            data?: components["schemas"]["PortingReport"];
        };
        /** @description A UK carrier numbers can be ported from. */
        PortingUkCarrier: {
            /**
             * Format: uuid
             * @description ID of the carrier.
             */
            id?: string;
            /** @description Record type of the carrier. */
            record_type?: string;
            /** @description Name of the carrier. */
            name?: string;
            /** @description The carrier's CUPID code. */
            cupid?: string;
            /** @description Other CUPID codes of the carrier. */
            alternative_cupids?: string[];
            /**
             * Format: date-time
             * @description When the carrier was added.
             */
            created_at?: string;
            /**
             * Format: date-time
             * @description When the carrier last changed.
             */
            updated_at?: string;
        };
        /** @description The UK carriers. */
        PortingUkCarrierList: {
            /** @description The carriers. */
            data?: components["schemas"]["PortingUkCarrier"][];
        };
        /**
         * @description Whether all numbers of the end user's account are ported (`full`) or only some (`partial`).
         * @enum {string}
         */
        PortingOrderType: "full" | "partial";
        /**
         * @description Kind of number being ported.
         * @enum {string}
         */
        PortingPhoneNumberType: "landline" | "local" | "mobile" | "national" | "shared_cost" | "toll_free";
        /** @description A requirement of the order and the value supplied for it. */
        PortingOrderRequirement: {
            /** @description ID of the requirement type. */
            requirement_type_id?: string;
            /**
             * @description Kind of value the requirement takes.
             * @enum {string}
             */
            field_type?: "document";
            /** @description The supplied value, e.g. the ID of an uploaded document. */
            field_value?: string;
            /** @description Record type of the entry. */
            record_type?: string;
        };
        /**
         * @description Activation state of a number (or of the order's numbers) at the number portability administrator.
         * @enum {string}
         */
        PortingActivationStatus: "New" | "Pending" | "Conflict" | "Cancel Pending" | "Failed" | "Concurred" | "Activate RDY" | "Disconnect Pending" | "Concurrence Sent" | "Old" | "Sending" | "Active" | "Cancelled";
        /** @description When and how the numbers are activated at Telnyx. */
        PortingOrderActivationSettings: {
            /** @description Activation state of the order's numbers, or null before submission. */
            activation_status?: components["schemas"]["PortingActivationStatus"] | null;
            /** @description True if the order can be activated on demand through FastPort. */
            readonly fast_port_eligible?: boolean;
            /**
             * Format: date-time
             * @description Requested firm order commitment (cutover) date-time, chosen from the allowed FOC windows.
             */
            foc_datetime_requested?: string | null;
            /**
             * Format: date-time
             * @description FOC date-time the losing carrier confirmed, or null until it does.
             */
            foc_datetime_actual?: string | null;
        };
        /** @description Documents attached to the order, as IDs of uploaded documents. */
        PortingOrderDocuments: {
            /**
             * Format: uuid
             * @description The signed letter of authorization.
             */
            loa?: string | null;
            /**
             * Format: uuid
             * @description A recent invoice from the losing carrier.
             */
            invoice?: string | null;
        };
        /** @description Account holder details, exactly as the losing carrier has them. */
        PortingEndUserAdmin: {
            /** @description Name of the person or company holding the account. */
            entity_name?: string | null;
            /** @description Person authorized to port the numbers. */
            auth_person_name?: string | null;
            /** @description Account number at the losing carrier. */
            account_number?: string | null;
            /** @description Billing telephone number (BTN) of the account, in E.164 format. */
            billing_phone_number?: string | null;
            /** @description Business registration identifier, where the country requires one. */
            business_identifier?: string | null;
            /** @description PIN or passcode protecting the account at the losing carrier. */
            pin_passcode?: string | null;
            /** @description Tax identifier of the account holder, where required. */
            tax_identifier?: string | null;
        };
        /** @description Service address of the numbers, as the losing carrier has it. */
        PortingEndUserLocation: {
            /** @description Street and number. */
            street_address?: string | null;
            /** @description Suite, floor or other address line. */
            extended_address?: string | null;
            /** @description City or town. */
            locality?: string | null;
            /** @description State, province or similar region. */
            administrative_area?: string | null;
            /** @description Postal or ZIP code. */
            postal_code?: string | null;
            /** @description ISO 3166-1 alpha-2 country. */
            country_code?: string | null;
        };
        /** @description The end user whose numbers are ported. */
        PortingEndUser: {
            admin?: components["schemas"]["PortingEndUserAdmin"];
            location?: components["schemas"]["PortingEndUserLocation"];
        };
        /** @description Port type and what happens to the numbers left at the losing carrier. */
        PortingOrderMisc: {
            type?: components["schemas"]["PortingOrderType"];
            /**
             * @description For a partial port, whether the numbers left behind are kept at the losing carrier or disconnected, or null.
             * @enum {string|null}
             */
            remaining_numbers_action?: "keep" | "disconnect" | null;
            /** @description New billing number for the account at the losing carrier, needed when the current billing number is among those ported and the remaining numbers are kept. */
            new_billing_phone_number?: string | null;
        };
        /** @description Where the numbers are attached at Telnyx once ported. */
        PortingOrderPhoneNumberConfiguration: {
            /** @description Voice connection to route the numbers to. */
            connection_id?: string | null;
            /** @description Messaging profile to attach the numbers to. */
            messaging_profile_id?: string | null;
            /** @description Billing group to charge the numbers to. */
            billing_group_id?: string | null;
            /** @description Emergency address to register for the numbers. */
            emergency_address_id?: string | null;
            /** @description Tags to put on the numbers. */
            tags?: string[];
        };
        /**
         * @description How sure it is that the number can be ported.
         * @enum {string}
         */
        PortingPortabilityStatus: "pending" | "confirmed" | "provisional";
        /**
         * @description Where the regulatory requirements of a porting number stand.
         * @enum {string}
         */
        PortingRequirementsStatus: "requirement-info-pending" | "requirement-info-under-review" | "requirement-info-exception" | "approved";
        /** @description One number in a porting order, with its own statuses. */
        PortingPhoneNumber: {
            /** @description The number in E.164 format. */
            phone_number?: string;
            /** @description Record type of the entry. */
            readonly record_type?: string;
            /**
             * Format: uuid
             * @description Porting order the number belongs to.
             */
            porting_order_id?: string;
            porting_order_status?: components["schemas"]["PortingOrderStatusValue"];
            phone_number_type?: components["schemas"]["PortingPhoneNumberType"];
            portability_status?: components["schemas"]["PortingPortabilityStatus"];
            requirements_status?: components["schemas"]["PortingRequirementsStatus"];
            activation_status?: components["schemas"]["PortingActivationStatus"];
            /** @description Support key of the order, to quote to Telnyx support. */
            support_key?: string;
        };
        /** @description Your rating of the porting experience. */
        PortingOrderUserFeedback: {
            /** @description Free-text feedback. */
            user_comment?: string | null;
            /** @description Rating given. */
            user_rating?: number | null;
        };
        /** @description A porting order. */
        PortingOrder: {
            /**
             * Format: uuid
             * @description ID of the porting order.
             */
            readonly id?: string;
            /** @description Record type of the order. */
            readonly record_type?: string;
            status?: components["schemas"]["PortingOrderStatus"];
            /** @description Key to quote to Telnyx support; assigned on submission. */
            readonly support_key?: string | null;
            /** @description Support key of the order this one was split from, if any. */
            readonly parent_support_key?: string | null;
            /** @description Your own reference for the order. */
            customer_reference?: string | null;
            /** @description Your own reference for a group of orders. */
            customer_group_reference?: string | null;
            /** @description Short description of the order set by Telnyx. */
            readonly description?: string;
            /** @description Operating company number (OCN) of the losing carrier. */
            readonly old_service_provider_ocn?: string;
            phone_number_type?: components["schemas"]["PortingPhoneNumberType"];
            /** @description How many numbers the order holds. */
            readonly porting_phone_numbers_count?: number;
            /** @description True once every requirement of the order is satisfied. */
            requirements_met?: boolean;
            /** @description Values supplied for the order's requirements. */
            requirements?: components["schemas"]["PortingOrderRequirement"][];
            /** @description Extra steps this order needs before it can be submitted. */
            additional_steps?: ("associated_phone_numbers" | "phone_number_verification_codes")[];
            activation_settings?: components["schemas"]["PortingOrderActivationSettings"];
            documents?: components["schemas"]["PortingOrderDocuments"];
            end_user?: components["schemas"]["PortingEndUser"];
            messaging?: components["schemas"]["PortingOrderMessaging"];
            /** @description Port type and handling of the remaining numbers, or null until set. */
            misc?: components["schemas"]["PortingOrderMisc"] | null;
            phone_number_configuration?: components["schemas"]["PortingOrderPhoneNumberConfiguration"];
            /** @description The numbers of the order; left out with `include_phone_numbers=false`. */
            phone_numbers?: components["schemas"]["PortingPhoneNumber"][];
            user_feedback?: components["schemas"]["PortingOrderUserFeedback"];
            /**
             * Format: uuid
             * @description User who owns the order.
             */
            user_id?: string;
            /**
             * Format: uri
             * @description URL that receives this order's porting events.
             */
            webhook_url?: string | null;
            /**
             * Format: date-time
             * @description When the order was created.
             */
            readonly created_at?: string;
            /**
             * Format: date-time
             * @description When the order last changed.
             */
            readonly updated_at?: string;
        };
        /** @description One page of porting orders. */
        PortingOrderList: {
            /** @description The orders on this page. */
            data?: components["schemas"]["PortingOrder"][];
            meta?: components["schemas"]["PortingPageMeta"];
        };
        /** @description Numbers to port and your references. */
        PortingOrderCreate: {
            /** @description Numbers to port, in E.164 format. */
            phone_numbers: string[];
            /** @description Your own reference for the order. */
            customer_reference?: string | null;
            /** @description Your own reference for a group of orders. */
            customer_group_reference?: string;
        };
        /** @description The orders created, as a list. */
        PortingOrderCreateResponse: {
            /** @description The new draft orders. */
            data?: components["schemas"]["PortingOrder"][];
        };
        /** @description An exception code and what it means. */
        PortingExceptionType: {
            code?: components["schemas"]["PortingExceptionCode"];
            /** @description Meaning of the code. */
            description?: string;
        };
        /** @description All exception types. */
        PortingExceptionTypeList: {
            /** @description The exception types. */
            data?: components["schemas"]["PortingExceptionType"][];
        };
        /** @description Link between a porting phone number and a regulatory user bundle. */
        PortingPhoneNumberConfiguration: {
            /**
             * Format: uuid
             * @description ID of the configuration.
             */
            id?: string;
            /** @description Record type of the configuration. */
            readonly record_type?: string;
            /**
             * Format: uuid
             * @description The porting phone number.
             */
            porting_phone_number_id?: string;
            /**
             * Format: uuid
             * @description The user bundle it uses.
             */
            user_bundle_id?: string;
            /**
             * Format: date-time
             * @description When the configuration was created.
             */
            created_at?: string;
            /**
             * Format: date-time
             * @description When the configuration last changed.
             */
            updated_at?: string;
        };
        /** @description One page of phone number configurations. */
        PortingPhoneNumberConfigurationList: {
            /** @description The configurations on this page. */
            data?: components["schemas"]["PortingPhoneNumberConfiguration"][];
            meta?: components["schemas"]["PortingPageMeta"];
        };
        /** @description Configurations to create. */
        PortingPhoneNumberConfigurationCreate: {
            /** @description Up to 20 links between porting phone numbers and user bundles. */
            phone_number_configurations?: {
                /**
                 * Format: uuid
                 * @description The porting phone number.
                 */
                porting_phone_number_id: string;
                /**
                 * Format: uuid
                 * @description The user bundle to use for it.
                 */
                user_bundle_id: string;
            }[];
        };
        /** @description The configurations created. */
        PortingPhoneNumberConfigurationCreateResponse: {
            /** @description The new configurations. */
            data?: components["schemas"]["PortingPhoneNumberConfiguration"][];
        };
        /** @description A single porting order. */
        PortingOrderResponse: {
            data?: components["schemas"]["PortingOrder"];
            /** @description Links related to the order. */
            meta?: {
                /** @description Relative URL listing the order's numbers. */
                phone_numbers_url?: string;
            };
        };
        /** @description Attributes to change; everything left out keeps its current value. All twelve fields are optional. */
        PortingOrderUpdate: {
            /** @description Your own reference for the order. */
            customer_reference?: string;
            /** @description Your own reference for a group of orders. */
            customer_group_reference?: string;
            /** @description Activation settings to change. */
            activation_settings?: {
                /**
                 * Format: date-time
                 * @description Requested FOC date-time, taken from the allowed FOC windows.
                 */
                foc_datetime_requested?: string;
            };
            documents?: components["schemas"]["PortingOrderDocuments"];
            end_user?: components["schemas"]["PortingEndUser"];
            /** @description Messaging settings to change. */
            messaging?: {
                /** @description Port the messaging service of the numbers too. */
                enable_messaging?: boolean;
            };
            /** @description Port type and handling of the remaining numbers. */
            misc?: components["schemas"]["PortingOrderMisc"] | null;
            phone_number_configuration?: components["schemas"]["PortingOrderPhoneNumberConfiguration"];
            /**
             * Format: uuid
             * @description Requirement group that answers the order's requirements at once.
             */
            requirement_group_id?: string;
            /** @description Values for individual requirements. */
            requirements?: {
                /** @description ID of the requirement type being answered. */
                requirement_type_id: string;
                /** @description The value, e.g. the ID of an uploaded document. */
                field_value: string;
            }[];
            user_feedback?: components["schemas"]["PortingOrderUserFeedback"];
            /**
             * Format: uri
             * @description URL that should receive this order's porting events.
             */
            webhook_url?: string;
        };
        /** @description A background job that activates the numbers of a FastPort order. */
        PortingActivationJob: {
            /**
             * Format: uuid
             * @description ID of the activation job.
             */
            readonly id?: string;
            /** @description Record type of the job. */
            readonly record_type?: string;
            /**
             * @description Progress of the job.
             * @enum {string}
             */
            status?: "created" | "in-process" | "completed" | "failed";
            /**
             * @description Whether the job runs at a scheduled time or right away.
             * @enum {string}
             */
            activation_type?: "scheduled" | "on-demand";
            /**
             * Format: date-time
             * @description When the numbers are (or were) activated.
             */
            activate_at?: string;
            /** @description Time windows in which the activation may take place. */
            activation_windows?: {
                /**
                 * Format: date-time
                 * @description Start of the window.
                 */
                start_at?: string;
                /**
                 * Format: date-time
                 * @description End of the window.
                 */
                end_at?: string;
            }[];
            /**
             * Format: date-time
             * @description When the job was created.
             */
            readonly created_at?: string;
            /**
             * Format: date-time
             * @description When the job last changed.
             */
            readonly updated_at?: string;
        };
        /** @description A single activation job. */
        PortingActivationJobResponse: {
            data?: components["schemas"]["PortingActivationJob"];
        };
        /**
         * @description What the holder of a sharing token may do with the order's documents.
         * @enum {string}
         */
        PortingOrderSharePermission: "porting_order.document.read" | "porting_order.document.update";
        /** @description Lifetime and permission of the sharing token. */
        PortingOrderShareRequest: {
            /** @description Lifetime of the token in seconds (at most 48 hours). */
            expires_in_seconds?: number;
            permissions?: components["schemas"]["PortingOrderSharePermission"];
        };
        /** @description A token giving someone outside Telnyx access to the order's documents. */
        PortingOrderSharingToken: {
            /**
             * Format: uuid
             * @description ID of the token record.
             */
            id?: string;
            /** @description Record type of the token. */
            readonly record_type?: string;
            /**
             * Format: uuid
             * @description The shared porting order.
             */
            porting_order_id?: string;
            /** @description The token to hand to the other party. */
            token?: string;
            /** @description What the token allows. */
            permissions?: components["schemas"]["PortingOrderSharePermission"][];
            /** @description Lifetime of the token in seconds. */
            expires_in_seconds?: number;
            /**
             * Format: date-time
             * @description When the token stops working.
             */
            expires_at?: string;
            /**
             * Format: date-time
             * @description When the token was created.
             */
            created_at?: string;
        };
        /** @description A sharing token. */
        PortingOrderSharingTokenResponse: {
            data?: components["schemas"]["PortingOrderSharingToken"];
        };
        /** @description One page of activation jobs. */
        PortingActivationJobList: {
            /** @description The jobs on this page. */
            data?: components["schemas"]["PortingActivationJob"][];
            meta?: components["schemas"]["PortingPageMeta"];
        };
        /** @description New activation time. */
        PortingActivationJobUpdate: {
            /**
             * Format: date-time
             * @description When to activate the numbers, inside one of the job's activation windows.
             */
            activate_at?: string;
        };
        /**
         * @description Kind of additional document.
         * @enum {string}
         */
        PortingAdditionalDocumentType: "loa" | "invoice" | "csr" | "other";
        /** @description An uploaded document attached to a porting order. */
        PortingAdditionalDocument: {
            /**
             * Format: uuid
             * @description ID of the attachment record.
             */
            id?: string;
            /** @description Record type of the attachment. */
            readonly record_type?: string;
            /**
             * Format: uuid
             * @description The porting order.
             */
            porting_order_id?: string;
            /**
             * Format: uuid
             * @description The uploaded document.
             */
            document_id?: string;
            document_type?: components["schemas"]["PortingAdditionalDocumentType"];
            /** @description File name of the document. */
            filename?: string;
            /** @description Media type of the document. */
            content_type?: string;
            /**
             * Format: date-time
             * @description When the document was attached.
             */
            created_at?: string;
            /**
             * Format: date-time
             * @description When the attachment last changed.
             */
            updated_at?: string;
        };
        /** @description One page of additional documents. */
        PortingAdditionalDocumentList: {
            /** @description The documents on this page. */
            data?: components["schemas"]["PortingAdditionalDocument"][];
            meta?: components["schemas"]["PortingPageMeta"];
        };
        /** @description Documents to attach. */
        PortingAdditionalDocumentCreate: {
            /** @description Up to 100 uploaded documents with their type. */
            additional_documents?: {
                /**
                 * Format: uuid
                 * @description The uploaded document.
                 */
                document_id?: string;
                document_type?: components["schemas"]["PortingAdditionalDocumentType"];
            }[];
        };
        /** @description The documents attached. */
        PortingAdditionalDocumentCreateResponse: {
            /** @description The new attachment records. */
            data?: components["schemas"]["PortingAdditionalDocument"][];
        };
        /** @description A time window in which the FOC may be requested. */
        PortingAllowedFocWindow: {
            /** @description Record type of the window. */
            readonly record_type?: string;
            /**
             * Format: date-time
             * @description Start of the window.
             */
            readonly started_at?: string;
            /**
             * Format: date-time
             * @description End of the window.
             */
            readonly ended_at?: string;
        };
        /** @description The allowed FOC windows of an order. */
        PortingAllowedFocWindowList: {
            /** @description The windows. */
            data?: components["schemas"]["PortingAllowedFocWindow"][];
            meta?: components["schemas"]["PortingPageMeta"];
        };
        /** @description A comment on a porting order. */
        PortingOrderComment: {
            /**
             * Format: uuid
             * @description ID of the comment.
             */
            id?: string;
            /** @description Record type of the comment. */
            record_type?: string;
            /**
             * Format: uuid
             * @description The porting order.
             */
            porting_order_id?: string;
            /** @description Text of the comment. */
            body?: string;
            user_type?: components["schemas"]["PortingCommentUserType"];
            /**
             * Format: date-time
             * @description When the comment was posted.
             */
            created_at?: string;
        };
        /** @description One page of comments. */
        PortingOrderCommentList: {
            /** @description The comments on this page. */
            data?: components["schemas"]["PortingOrderComment"][];
            meta?: components["schemas"]["PortingPageMeta"];
        };
        /** @description The comment to post. */
        PortingOrderCommentCreate: {
            /** @description Text of the comment. */
            body?: string;
        };
        /** @description A single comment. */
        PortingOrderCommentResponse: {
            data?: components["schemas"]["PortingOrderComment"];
        };
        /** @description A requirement of the order's country and number type, with its current answer. */
        PortingOrderRequirementDetail: {
            /** @description Record type of the requirement. */
            record_type?: string;
            /**
             * @description Kind of value the requirement takes.
             * @enum {string}
             */
            field_type?: "document" | "textual";
            /** @description Value supplied so far, e.g. the ID of an uploaded document. */
            field_value?: string;
            /** @description Review state of the supplied value. */
            requirement_status?: string;
            /** @description What the requirement asks for. */
            requirement_type?: {
                /** @description ID of the requirement type, used as `requirement_type_id` when answering. */
                id?: string;
                /** @description Name of the requirement type. */
                name?: string;
                /** @description Kind of value expected. */
                type?: string;
                /** @description What has to be supplied. */
                description?: string;
                /** @description Example of an acceptable value. */
                example?: string;
                /** @description Rules the value must satisfy; Telnyx gives them no fixed structure. */
                acceptance_criteria?: Record<string, unknown>;
            };
        };
        /** @description One page of requirements. */
        PortingOrderRequirementDetailList: {
            /** @description The requirements on this page. */
            data?: components["schemas"]["PortingOrderRequirementDetail"][];
            meta?: components["schemas"]["PortingPageMeta"];
        };
        /** @description V1 identifiers of a porting order. */
        PortingSubRequestResponse: {
            /** @description The identifiers. */
            data?: {
                /** @description ID of the V1 port request. */
                port_request_id?: string;
                /** @description ID of the V1 sub request. */
                sub_request_id?: string;
            };
        };
        /** @description Verification state of one number of a porting order. */
        PortingVerificationCode: {
            /**
             * Format: uuid
             * @description ID of the verification code record.
             */
            id?: string;
            /** @description Record type of the record. */
            readonly record_type?: string;
            /**
             * Format: uuid
             * @description The porting order.
             */
            porting_order_id?: string;
            /** @description The number the code was sent to, in E.164 format. */
            phone_number?: string;
            /** @description True once the number has been verified. */
            verified?: boolean;
            /**
             * Format: date-time
             * @description When the code was sent.
             */
            created_at?: string;
            /**
             * Format: date-time
             * @description When the record last changed.
             */
            updated_at?: string;
        };
        /** @description One page of verification codes. */
        PortingVerificationCodeList: {
            /** @description The records on this page. */
            data?: components["schemas"]["PortingVerificationCode"][];
            meta?: components["schemas"]["PortingPageMeta"];
        };
        /** @description Numbers to send codes to and how. */
        PortingVerificationCodeSend: {
            /** @description Up to 100 numbers of the order, in E.164 format. */
            phone_numbers?: string[];
            /**
             * @description Deliver the code by text message or by voice call.
             * @enum {string}
             */
            verification_method?: "sms" | "call";
        };
        /** @description Codes received, per number. */
        PortingVerificationCodeVerify: {
            /** @description Up to 100 number and code pairs. */
            verification_codes?: {
                /** @description The number, in E.164 format. */
                phone_number?: string;
                /** @description The code it received. */
                code?: string;
            }[];
        };
        /** @description Verification state of the numbers checked. */
        PortingVerificationCodeVerifyResponse: {
            /** @description One record per number. */
            data?: components["schemas"]["PortingVerificationCode"][];
        };
        /**
         * @description Progress of an action requirement.
         * @enum {string}
         */
        PortingActionRequirementStatus: "created" | "pending" | "completed" | "cancelled" | "failed";
        /** @description An action the end user must complete for the order to go ahead. */
        PortingActionRequirement: {
            /** @description ID of the action requirement. */
            id?: string;
            /**
             * @description Always `porting_action_requirement`.
             * @enum {string}
             */
            record_type?: "porting_action_requirement";
            /** @description The porting order. */
            porting_order_id?: string;
            /** @description Kind of action, e.g. `au_id_verification`. */
            action_type?: string;
            /** @description Requirement type the action satisfies. */
            requirement_type_id?: string;
            status?: components["schemas"]["PortingActionRequirementStatus"];
            /** @description Where the end user completes the action, once started. */
            action_url?: string | null;
            /** @description Why the action was cancelled, if it was. */
            cancel_reason?: string | null;
            /**
             * Format: date-time
             * @description When the action requirement was created.
             */
            created_at?: string;
            /**
             * Format: date-time
             * @description When it last changed.
             */
            updated_at?: string;
        };
        /** @description One page of action requirements. */
        PortingActionRequirementList: {
            /** @description The action requirements on this page. */
            data?: components["schemas"]["PortingActionRequirement"][];
            meta?: components["schemas"]["PortingPageMeta"];
        };
        /** @description Details needed to start an Australian ID verification. */
        PortingAuIdVerificationParams: {
            /** @description First name of the person to verify. */
            first_name: string;
            /** @description Last name of the person to verify. */
            last_name: string;
        };
        /** @description Details for starting the action; their shape depends on the action type. */
        PortingActionRequirementInitiate: {
            /** @description Action parameters; AU ID verification is the only kind Telnyx defines. */
            params: components["schemas"]["PortingAuIdVerificationParams"];
        };
        /** @description A single action requirement. */
        PortingActionRequirementResponse: {
            data?: components["schemas"]["PortingActionRequirement"];
        };
        /**
         * @description Keep the numbers at the losing carrier, or disconnect them.
         * @enum {string}
         */
        PortingAssociatedPhoneNumberAction: "keep" | "disconnect";
        /** @description A contiguous range of E.164 numbers. */
        PortingPhoneNumberRange: {
            /** @description First number of the range. */
            start_at?: string;
            /** @description Last number of the range. */
            end_at?: string;
        };
        /** @description A range of numbers on the end user's account that is not ported, with what happens to it. */
        PortingAssociatedPhoneNumber: {
            /**
             * Format: uuid
             * @description ID of the associated range.
             */
            readonly id?: string;
            /** @description Record type of the range. */
            readonly record_type?: string;
            /**
             * Format: uuid
             * @description The porting order.
             */
            porting_order_id?: string;
            action?: components["schemas"]["PortingAssociatedPhoneNumberAction"];
            /** @description ISO 3166-1 alpha-2 country of the numbers. */
            country_code?: string;
            phone_number_type?: components["schemas"]["PortingPhoneNumberType"];
            phone_number_range?: components["schemas"]["PortingPhoneNumberRange"];
            /**
             * Format: date-time
             * @description When the range was added.
             */
            readonly created_at?: string;
            /**
             * Format: date-time
             * @description When the range last changed.
             */
            readonly updated_at?: string;
        };
        /** @description One page of associated phone numbers. */
        PortingAssociatedPhoneNumberList: {
            /** @description The ranges on this page. */
            data?: components["schemas"]["PortingAssociatedPhoneNumber"][];
            meta?: components["schemas"]["PortingPageMeta"];
        };
        /** @description The range to declare and what to do with it. */
        PortingAssociatedPhoneNumberCreate: {
            action: components["schemas"]["PortingAssociatedPhoneNumberAction"];
            phone_number_range: components["schemas"]["PortingPhoneNumberRange"];
        };
        /** @description A single associated phone number range. */
        PortingAssociatedPhoneNumberResponse: {
            data?: components["schemas"]["PortingAssociatedPhoneNumber"];
        };
        /** @description A contiguous range of numbers ported as one block. */
        PortingPhoneNumberBlock: {
            /**
             * Format: uuid
             * @description ID of the block.
             */
            readonly id?: string;
            /** @description Record type of the block. */
            readonly record_type?: string;
            /** @description ISO 3166-1 alpha-2 country of the numbers. */
            country_code?: string;
            phone_number_type?: components["schemas"]["PortingPhoneNumberType"];
            phone_number_range?: components["schemas"]["PortingPhoneNumberRange"];
            /** @description Sub-ranges of the block to activate. */
            activation_ranges?: components["schemas"]["PortingPhoneNumberRange"][];
            /**
             * Format: date-time
             * @description When the block was added.
             */
            readonly created_at?: string;
            /**
             * Format: date-time
             * @description When the block last changed.
             */
            readonly updated_at?: string;
        };
        /** @description One page of phone number blocks. */
        PortingPhoneNumberBlockList: {
            /** @description The blocks on this page. */
            data?: components["schemas"]["PortingPhoneNumberBlock"][];
            meta?: components["schemas"]["PortingPageMeta"];
        };
        /** @description A contiguous range of E.164 numbers; both ends are required. */
        PortingPhoneNumberRangeInput: {
            /** @description First number of the range. */
            start_at: string;
            /** @description Last number of the range. */
            end_at: string;
        };
        /** @description The block to add. */
        PortingPhoneNumberBlockCreate: {
            phone_number_range: components["schemas"]["PortingPhoneNumberRangeInput"];
            /** @description Sub-ranges of the block to activate. */
            activation_ranges: components["schemas"]["PortingPhoneNumberRangeInput"][];
        };
        /** @description A single phone number block. */
        PortingPhoneNumberBlockResponse: {
            data?: components["schemas"]["PortingPhoneNumberBlock"];
        };
        /** @description A range of extension numbers. */
        PortingExtensionRange: {
            /** @description First extension of the range. */
            start_at?: number;
            /** @description Last extension of the range. */
            end_at?: number;
        };
        /** @description Extensions behind one porting phone number. */
        PortingPhoneNumberExtension: {
            /**
             * Format: uuid
             * @description ID of the extension range.
             */
            readonly id?: string;
            /** @description Record type of the range. */
            readonly record_type?: string;
            /**
             * Format: uuid
             * @description The porting phone number the extensions belong to.
             */
            porting_phone_number_id?: string;
            extension_range?: components["schemas"]["PortingExtensionRange"];
            /** @description Sub-ranges of extensions to activate. */
            activation_ranges?: components["schemas"]["PortingExtensionRange"][];
            /**
             * Format: date-time
             * @description When the range was added.
             */
            readonly created_at?: string;
            /**
             * Format: date-time
             * @description When the range last changed.
             */
            readonly updated_at?: string;
        };
        /** @description One page of phone number extensions. */
        PortingPhoneNumberExtensionList: {
            /** @description The extension ranges on this page. */
            data?: components["schemas"]["PortingPhoneNumberExtension"][];
            meta?: components["schemas"]["PortingPageMeta"];
        };
        /** @description A range of extension numbers; both ends are required. */
        PortingExtensionRangeInput: {
            /** @description First extension of the range. */
            start_at: number;
            /** @description Last extension of the range. */
            end_at: number;
        };
        /** @description The extension range to add. */
        PortingPhoneNumberExtensionCreate: {
            /**
             * Format: uuid
             * @description The porting phone number the extensions belong to.
             */
            porting_phone_number_id: string;
            extension_range: components["schemas"]["PortingExtensionRangeInput"];
            /** @description Sub-ranges of extensions to activate. */
            activation_ranges: components["schemas"]["PortingExtensionRangeInput"][];
        };
        /** @description A single extension range. */
        PortingPhoneNumberExtensionResponse: {
            data?: components["schemas"]["PortingPhoneNumberExtension"];
        };
        /** @description One page of porting phone numbers. */
        PortingPhoneNumberList: {
            /** @description The numbers on this page. */
            data?: components["schemas"]["PortingPhoneNumber"][];
            meta?: components["schemas"]["PortingPageMeta"];
        };
        /** @description Flat body of a campaign status webhook, with camelCase keys and no `data` envelope. */
        CampaignStatusUpdateEvent: {
            /** @description ID of the brand that owns the campaign. */
            brandId?: string;
            /** @description ID of the campaign the event is about. */
            campaignId?: string;
            /** @description When the campaign was created, as a Unix timestamp (in seconds, like the example) sent as a string. */
            createDate?: string;
            /** @description TCR ID of the campaign service provider. */
            cspId?: string;
            /** @description Whether T-Mobile has registered the campaign. */
            isTMobileRegistered?: boolean;
            /**
             * @description Which step of the registration pipeline produced the event.
             * @enum {string}
             */
            type?: "TELNYX_EVENT" | "REGISTRATION" | "MNO_REVIEW" | "TELNYX_REVIEW" | "NUMBER_POOL_PROVISIONED" | "NUMBER_POOL_DEPROVISIONED" | "TCR_EVENT" | "VERIFIED";
            /** @description Human-readable account of what happened. */
            description?: string;
            /**
             * @description Outcome reported by the event; note the mixed case of the values.
             * @enum {string}
             */
            status?: "ACCEPTED" | "REJECTED" | "DORMANT" | "success" | "failed";
        };
        /** @description Envelope of the `numberOrderStatusUpdate` webhook. */
        NumberOrderStatusUpdateEvent: {
            /** @description The event. */
            data: {
                /**
                 * @description Event name. Telnyx's API reference documents `number.order.status.update`, an example in its published OpenAPI spec shows `number_order.complete`; both are accepted.
                 * @enum {string}
                 */
                event_type: "number.order.status.update" | "number_order.complete";
                /**
                 * Format: uuid
                 * @description ID of the event; use it to drop duplicate deliveries.
                 */
                id: string;
                /**
                 * Format: date-time
                 * @description When the status changed.
                 */
                occurred_at: string;
                /** @description Record type of the envelope, `event`. */
                record_type: string;
                payload: components["schemas"]["NumberOrder"];
            };
            /** @description Delivery details. */
            meta: {
                /** @description Delivery attempt, starting at 1. */
                attempt: number;
                /**
                 * Format: uri
                 * @description URL this attempt was sent to.
                 */
                delivered_to: string;
            };
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
        /** @description Rate limit hit; wait the number of seconds in Retry-After before retrying. */
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
        /** @description The brand cannot be deleted yet; this response carries a single error object. */
        Messaging10dlcBrandDeleteRefused: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Nothing with this ID exists for the account. This 404 carries a single error object, not the `errors` list. */
        Messaging10dlcErrorObjectNotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description No OTP request exists for this brand or reference. This 404 carries the FastAPI `detail` body. */
        Messaging10dlcOtpNotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["HTTPValidationError"];
            };
        };
        /** @description The OTP request was refused, for example because the brand is not a sole proprietor or the PIN is wrong. This 400 carries the FastAPI `detail` body. */
        Messaging10dlcOtpBadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["HTTPValidationError"];
            };
        };
        /** @description The campaign cannot be appealed in its current state; this response carries a single error object. */
        Messaging10dlcAppealRefused: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The carrier metadata could not be retrieved because of a server-side problem. */
        Messaging10dlcServerError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Errors"];
            };
        };
        /** @description The request failed validation. Unlike most 10DLC calls, this 422 carries only the Telnyx `errors` list, not the FastAPI `detail` body. */
        Messaging10dlcUnprocessableErrors: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Errors"];
            };
        };
        /** @description The request was malformed, for example an unparseable body or filter. */
        NumbersBadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Errors"];
            };
        };
        /** @description Something the request refers to (for example an ID in the body or a filter) does not exist; Telnyx declares this status on these operations without further detail. */
        NumbersNotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Errors"];
            };
        };
        /** @description The request failed validation; each entry of `errors` points at an offending field. */
        NumbersUnprocessableEntity: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Errors"];
            };
        };
        /** @description Telnyx failed to handle the request; retry later. */
        NumbersServerError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Errors"];
            };
        };
        /** @description The API key may not use this feature. The body is assumed to be the standard `errors` list, as Telnyx's published OpenAPI spec declares no body for the customer service record errors. */
        NumbersForbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Errors"];
            };
        };
        /** @description Any other error status, reported in the standard `errors` format. */
        NumbersUnexpectedError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Errors"];
            };
        };
        /** @description Any other error status, reported in the standard `errors` format. */
        ComplianceUnexpectedError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Errors"];
            };
        };
        /** @description The request was malformed, for example an unparseable body or filter. */
        ComplianceBadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Errors"];
            };
        };
        /** @description Something the request refers to (an ID in the body or a filter) does not exist; Telnyx declares this status on these operations without further detail. */
        ComplianceNotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Errors"];
            };
        };
        /** @description The request failed validation; each entry of `errors` points at an offending field. */
        ComplianceUnprocessableEntity: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Errors"];
            };
        };
        /** @description No document with this ID exists. This response carries a single error object, not the usual `errors` list. */
        ComplianceDocumentNotFoundSingle: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Telnyx failed to handle the request; retry later. */
        ComplianceServerError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Errors"];
            };
        };
        /** @description The request failed validation, or the action is not allowed in the porting order's current state. The body is assumed to be Telnyx's standard `errors[]`, as Telnyx's published OpenAPI spec declares this status without one. */
        PortingUnprocessableEntity: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Errors"];
            };
        };
        /** @description Telnyx failed to handle the request; retry later. The body is assumed to be Telnyx's standard `errors[]`, as Telnyx's published OpenAPI spec declares this status without one. */
        PortingServerError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Errors"];
            };
        };
        /** @description The request was malformed. The body is assumed to be Telnyx's standard `errors[]`, as Telnyx's published OpenAPI spec declares this status without one. */
        PortingBadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Errors"];
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
         * @description How many records to put on each page; Telnyx documents a ceiling of 500, but its published OpenAPI spec sets none, so none is enforced.
         * @example 25
         */
        RecordsPerPage: number;
        /**
         * @description Telnyx brand ID returned when the brand was created (not the TCR brand ID). Telnyx's API reference calls it a UUID, but its published OpenAPI spec declares no format, so none is enforced.
         * @example 4b20019b-043a-78f8-0657-b3be3f4b4002
         */
        BrandIdPath: string;
        /**
         * @description Telnyx ID of a sole proprietor brand (not the TCR brand ID); SMS OTP verification applies only to `SOLE_PROPRIETOR` brands.
         * @example 4b20019c-8a61-2f3e-91d7-0c5b6e8f2a11
         */
        SoleProprietorBrandIdPath: string;
        /**
         * @description Page number to return, starting at 1; no minimum is enforced on this list.
         * @example 1
         */
        RecordsPageNumber: number;
        /**
         * @description Telnyx campaign ID returned by the campaign builder. Telnyx's API reference calls it a UUID, but its published OpenAPI spec declares no format, so none is enforced.
         * @example 4b30018f-5e2c-6a1d-9b07-3c2f1e4d8a90
         */
        CampaignIdPath: string;
        /**
         * @description TCR ID of the campaign shared with Telnyx (a `C` followed by five to eight capitals or digits), not a Telnyx campaign ID.
         * @example CM2WQ9D
         */
        TcrCampaignIdPath: string;
        /**
         * @description ID of the shared campaign. Shared campaigns carry only TCR IDs, so the example uses one; no format is enforced.
         * @example CM2WQ9D
         */
        PartnerCampaignIdPath: string;
        /**
         * @description How many records to put on each page; on this list the default is 20 rather than 10.
         * @example 50
         */
        RecordsPerPage20: number;
        /**
         * @description Phone number in E.164 format with the leading `+` (URL-encoded as `%2B`).
         * @example +13125550001
         */
        PhoneNumberPath: string;
        /**
         * @description ID of the assignment task, as returned when the messaging profile was assigned.
         * @example 667a80f8-b0a9-49d0-b9ab-a7a1bcc45086
         */
        TaskIdPath: string;
        /**
         * @description Paging, sent as `page[number]` (starting at 1) and `page[size]` (1 to 250 results).
         * @example {
         *       "number": 1,
         *       "size": 20
         *     }
         */
        NumbersPage: {
            /**
             * @description Page to return, starting at 1.
             * @default 1
             */
            number?: number;
            /**
             * @description Results per page.
             * @default 20
             */
            size?: number;
        };
        /**
         * @description ID of the number order. Telnyx's API reference calls it a UUID, but its published OpenAPI spec declares no format on this parameter, so none is enforced.
         * @example 7d2a1f4e-3b6c-4e8a-9f10-2c5d8e7b6a41
         */
        NumberOrderIdPath: string;
        /**
         * @description ID of the number reservation. Telnyx's API reference calls it a UUID, but its published OpenAPI spec declares no format on this parameter, so none is enforced.
         * @example e7c6b5a4-9382-4716-b5a4-c3d2e1f0a9b8
         */
        NumberReservationIdPath: string;
        /**
         * @description ID of the comment.
         * @example d4e5f6a7-b8c9-4d0e-9f1a-2b3c4d5e6f70
         */
        CommentIdPath: string;
        /**
         * @description ID of the phone number within its number order (not the phone number itself).
         * @example c2d3e4f5-a6b7-4c8d-9e0f-1a2b3c4d5e6f
         */
        NumberOrderPhoneNumberIdPath: string;
        /**
         * @description ID of the sub number order, as listed in the parent order's `sub_number_orders_ids`.
         * @example 3f8b2c6d-9e1a-4b7c-8d2e-5a6f7b8c9d01
         */
        SubNumberOrderIdPath: string;
        /**
         * @description ID of the report returned when it was requested.
         * @example a1b2c3d4-e5f6-4789-9abc-def012345678
         */
        SubNumberOrdersReportIdPath: string;
        /**
         * @description Narrows the bundles, sent as `filter[country_iso]=DE`, `filter[resource]=...`; each key takes one or more values.
         * @example {
         *       "country_iso": [
         *         "DE"
         *       ]
         *     }
         */
        ComplianceBundleFilter: {
            /** @description Only bundles for these ISO 3166-1 alpha-2 countries. */
            country_iso?: string[];
            /** @description Only bundles covering these resources. */
            resource?: string[];
        };
        /**
         * @description Paging, sent as `page[number]` (starting at 1) and `page[size]` (1 to 250 results).
         * @example {
         *       "number": 1,
         *       "size": 20
         *     }
         */
        CompliancePage: {
            /**
             * @description Page to return, starting at 1.
             * @default 1
             */
            number?: number;
            /**
             * @description Results per page.
             * @default 20
             */
            size?: number;
        };
        /** @description Extra header, literally named `authorization_bearer`, that Telnyx's published OpenAPI spec declares (optional) on every bundle pricing operation, in the form `Bearer <TOKEN>`. It is separate from the `Authorization` header that carries the API key, and Telnyx does not say when it is needed; the client sends it only when given in the call's `headers` option. */
        ComplianceAuthorizationBearer: string;
        /**
         * @description ID of the user bundle.
         * @example ca1d2263-d1f1-43ac-ba53-248e7a4bb26a
         */
        ComplianceUserBundleIdPath: string;
        /**
         * @description Orders the documents by one or more fields, ascending; prefix a field with `-` to sort it descending, e.g. `sort=-created_at`. Repeat the parameter to sort by several fields.
         * @example [
         *       "-created_at"
         *     ]
         */
        ComplianceDocumentSort: ("filename" | "created_at" | "updated_at" | "-filename" | "-created_at" | "-updated_at")[];
        /**
         * @description ID of the document, as returned on upload.
         * @example 6a09cdc3-8948-47f0-aa62-74ac943d6c58
         */
        ComplianceDocumentIdPath: string;
        /**
         * @description ID of the requirement group. The examples are UUIDs, but no format is enforced.
         * @example a4b201f9-8646-4e54-a7d2-b2e403eeaf8c
         */
        ComplianceRequirementGroupIdPath: string;
        /**
         * @description Orders the requirement types by one or more fields, ascending; prefix a field with `-` to sort it descending, e.g. `sort=-created_at`. Repeat the parameter to sort by several fields.
         * @example [
         *       "name"
         *     ]
         */
        ComplianceRequirementTypeSort: ("name" | "created_at" | "updated_at" | "-name" | "-created_at" | "-updated_at")[];
        /**
         * @description Orders the requirements by one or more fields, ascending; prefix a field with `-` to sort it descending, e.g. `sort=-created_at`. Repeat the parameter to sort by several fields.
         * @example [
         *       "country_code"
         *     ]
         */
        ComplianceRequirementSort: ("created_at" | "updated_at" | "country_code" | "phone_number_type" | "-created_at" | "-updated_at" | "-country_code" | "-phone_number_type")[];
        /** @description Version of the requirement definitions to return. */
        ComplianceRequirementVersion: number;
        /**
         * @description The verified number in E.164 format, `+` included (the client percent-encodes it as `%2B`).
         * @example +13125550001
         */
        ComplianceVerifiedNumberPath: string;
        /**
         * @description Paging, sent as `page[number]` (starting at 1) and `page[size]` (1 to 250 results).
         * @example {
         *       "number": 1,
         *       "size": 20
         *     }
         */
        PortingPage: {
            /**
             * @description Page to return, starting at 1.
             * @default 1
             */
            number?: number;
            /**
             * @description Results per page.
             * @default 20
             */
            size?: number;
        };
        /**
         * @description ID of the porting event.
         * @example c9d0e1f2-3a4b-4c5d-8e6f-7a8b9c0d1e2f
         */
        PortingEventId: string;
        /**
         * @description ID of the LOA configuration.
         * @example 1f2e3d4c-5b6a-4978-8a9b-0c1d2e3f4a5b
         */
        LoaConfigurationId: string;
        /**
         * @description ID of the porting report.
         * @example 4d5e6f7a-8b9c-4d0e-9f1a-2b3c4d5e6f7a
         */
        PortingReportId: string;
        /**
         * @description Include the order's numbers in `phone_numbers`; send `false` to leave them out.
         * @example true
         */
        PortingIncludePhoneNumbers: boolean;
        /**
         * @description Sort order, sent as `sort[value]=-created_at` (a leading `-` sorts descending).
         * @example {
         *       "value": "-created_at"
         *     }
         */
        PortingSortByCreatedAt: {
            /**
             * @description Field to sort by.
             * @enum {string}
             */
            value?: "created_at" | "-created_at";
        };
        /**
         * @description ID of the porting order.
         * @example 3c8e4b7a-2f1d-4e6a-9b3c-7d5e1f2a8b90
         */
        PortingOrderId: string;
        /**
         * @description ID of the activation job.
         * @example 2e4f6a8b-1c3d-4e5f-8a9b-0c1d2e3f4a5b
         */
        PortingActivationJobId: string;
        /**
         * @description ID of the additional document record (not the ID of the uploaded document itself).
         * @example 5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d
         */
        PortingAdditionalDocumentId: string;
        /**
         * @description ID of the porting order. No UUID format is enforced on this parameter for action requirements.
         * @example b8d0f2a4-6c8e-4a0b-9d3f-5e7a9b1c3d5f
         */
        PortingOrderIdForActionRequirements: string;
        /**
         * @description ID of the action requirement (no format is enforced).
         * @example a7c9e1f3-5b7d-4f9a-8c2e-4d6f8a0b2c4e
         */
        PortingActionRequirementId: string;
        /**
         * @description ID of the porting order.
         * @example e1f2a3b4-c5d6-4e7f-9a8b-0c1d2e3f4a5b
         */
        PortingOrderIdNested: string;
        /**
         * @description ID of the associated phone number range.
         * @example d0e1f2a3-b4c5-4d6e-8f7a-9b0c1d2e3f4a
         */
        PortingAssociatedPhoneNumberId: string;
        /**
         * @description ID of the phone number block.
         * @example f2a3b4c5-d6e7-4f8a-9b0c-1d2e3f4a5b6c
         */
        PortingPhoneNumberBlockId: string;
        /**
         * @description ID of the phone number extension range.
         * @example a3b4c5d6-e7f8-4a9b-8c0d-2e3f4a5b6c7d
         */
        PortingPhoneNumberExtensionId: string;
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
                 * @description How many records to put on each page; Telnyx documents a ceiling of 500, but its published OpenAPI spec sets none, so none is enforced.
                 * @example 25
                 */
                recordsPerPage?: components["parameters"]["RecordsPerPage"];
                /**
                 * @description Field to order by; a leading `-` sorts descending.
                 * @example displayName
                 */
                sort?: "assignedCampaignsCount" | "-assignedCampaignsCount" | "brandId" | "-brandId" | "createdAt" | "-createdAt" | "displayName" | "-displayName" | "identityStatus" | "-identityStatus" | "status" | "-status" | "tcrBrandId" | "-tcrBrandId";
                /**
                 * @description Only brands with this display name.
                 * @example ABC Mobile
                 */
                displayName?: string;
                /**
                 * @description Only brands of this entity type, e.g. `SOLE_PROPRIETOR`; Telnyx's published OpenAPI spec types the filter as a free string, so any value is accepted.
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
                 * @description Telnyx brand ID returned when the brand was created (not the TCR brand ID). Telnyx's API reference calls it a UUID, but its published OpenAPI spec declares no format, so none is enforced.
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
    UpdateBrand: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Telnyx brand ID returned when the brand was created (not the TCR brand ID). Telnyx's API reference calls it a UUID, but its published OpenAPI spec declares no format, so none is enforced.
                 * @example 4b20019b-043a-78f8-0657-b3be3f4b4002
                 */
                brandId: components["parameters"]["BrandIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BrandUpdate"];
            };
        };
        responses: {
            /** @description The brand with its updated details. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Brand"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["Messaging10dlcUnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            "4XX": components["responses"]["Messaging10dlcClientError"];
        };
    };
    DeleteBrand: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Telnyx brand ID returned when the brand was created (not the TCR brand ID). Telnyx's API reference calls it a UUID, but its published OpenAPI spec declares no format, so none is enforced.
                 * @example 4b20019b-043a-78f8-0657-b3be3f4b4002
                 */
                brandId: components["parameters"]["BrandIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The brand was deleted; there is no response body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Messaging10dlcBrandDeleteRefused"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["Messaging10dlcErrorObjectNotFound"];
            422: components["responses"]["Messaging10dlcUnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            "4XX": components["responses"]["Messaging10dlcClientError"];
        };
    };
    GetBrandFeedbackById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Telnyx brand ID returned when the brand was created (not the TCR brand ID). Telnyx's API reference calls it a UUID, but its published OpenAPI spec declares no format, so none is enforced.
                 * @example 4b20019b-043a-78f8-0657-b3be3f4b4002
                 */
                brandId: components["parameters"]["BrandIdPath"];
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
            422: components["responses"]["Messaging10dlcUnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            "4XX": components["responses"]["Messaging10dlcClientError"];
        };
    };
    ResendBrand2faEmail: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Telnyx brand ID returned when the brand was created (not the TCR brand ID). Telnyx's API reference calls it a UUID, but its published OpenAPI spec declares no format, so none is enforced.
                 * @example 4b20019b-043a-78f8-0657-b3be3f4b4002
                 */
                brandId: components["parameters"]["BrandIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The email was sent again; the response has no body. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "4XX": components["responses"]["Messaging10dlcClientError"];
        };
    };
    ListExternalVettings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Telnyx brand ID returned when the brand was created (not the TCR brand ID). Telnyx's API reference calls it a UUID, but its published OpenAPI spec declares no format, so none is enforced.
                 * @example 4b20019b-043a-78f8-0657-b3be3f4b4002
                 */
                brandId: components["parameters"]["BrandIdPath"];
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
                    "application/json": components["schemas"]["ExternalVettingList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["Messaging10dlcUnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            "4XX": components["responses"]["Messaging10dlcClientError"];
        };
    };
    PutExternalVettingRecord: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Telnyx brand ID returned when the brand was created (not the TCR brand ID). Telnyx's API reference calls it a UUID, but its published OpenAPI spec declares no format, so none is enforced.
                 * @example 4b20019b-043a-78f8-0657-b3be3f4b4002
                 */
                brandId: components["parameters"]["BrandIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExternalVettingImport"];
            };
        };
        responses: {
            /** @description The imported vetting record. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExternalVetting"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["Messaging10dlcUnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            "4XX": components["responses"]["Messaging10dlcClientError"];
        };
    };
    PostOrderExternalVetting: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Telnyx brand ID returned when the brand was created (not the TCR brand ID). Telnyx's API reference calls it a UUID, but its published OpenAPI spec declares no format, so none is enforced.
                 * @example 4b20019b-043a-78f8-0657-b3be3f4b4002
                 */
                brandId: components["parameters"]["BrandIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExternalVettingOrder"];
            };
        };
        responses: {
            /** @description The vetting order as recorded; score and vetting date follow once the provider finishes. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExternalVetting"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["Messaging10dlcUnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            "4XX": components["responses"]["Messaging10dlcClientError"];
        };
    };
    RevetBrand: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Telnyx brand ID returned when the brand was created (not the TCR brand ID). Telnyx's API reference calls it a UUID, but its published OpenAPI spec declares no format, so none is enforced.
                 * @example 4b20019b-043a-78f8-0657-b3be3f4b4002
                 */
                brandId: components["parameters"]["BrandIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The brand as it stands after the revet request. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Brand"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["Messaging10dlcUnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            "4XX": components["responses"]["Messaging10dlcClientError"];
        };
    };
    GetBrandSmsOtpStatusByBrandId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Telnyx ID of a sole proprietor brand (not the TCR brand ID); SMS OTP verification applies only to `SOLE_PROPRIETOR` brands.
                 * @example 4b20019c-8a61-2f3e-91d7-0c5b6e8f2a11
                 */
                brandId: components["parameters"]["SoleProprietorBrandIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Delivery and verification state of the OTP. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BrandSmsOtpStatus"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["Messaging10dlcOtpNotFound"];
            422: components["responses"]["Messaging10dlcUnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            "4XX": components["responses"]["Messaging10dlcClientError"];
        };
    };
    VerifyBrandSmsOtp: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Telnyx ID of a sole proprietor brand (not the TCR brand ID); SMS OTP verification applies only to `SOLE_PROPRIETOR` brands.
                 * @example 4b20019c-8a61-2f3e-91d7-0c5b6e8f2a11
                 */
                brandId: components["parameters"]["SoleProprietorBrandIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BrandSmsOtpVerify"];
            };
        };
        responses: {
            /** @description The PIN was correct and the brand is verified; there is no response body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Messaging10dlcOtpBadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["Messaging10dlcUnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            "4XX": components["responses"]["Messaging10dlcClientError"];
        };
    };
    TriggerBrandSmsOtp: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Telnyx ID of a sole proprietor brand (not the TCR brand ID); SMS OTP verification applies only to `SOLE_PROPRIETOR` brands.
                 * @example 4b20019c-8a61-2f3e-91d7-0c5b6e8f2a11
                 */
                brandId: components["parameters"]["SoleProprietorBrandIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BrandSmsOtpTrigger"];
            };
        };
        responses: {
            /** @description The PIN was sent; keep the `referenceId` to check its status. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BrandSmsOtpTriggerResult"];
                };
            };
            400: components["responses"]["Messaging10dlcOtpBadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["Messaging10dlcUnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            "4XX": components["responses"]["Messaging10dlcClientError"];
        };
    };
    GetBrandSmsOtpStatus: {
        parameters: {
            query?: {
                /**
                 * @description Telnyx ID of the brand the OTP request should belong to.
                 * @example 4b20019c-8a61-2f3e-91d7-0c5b6e8f2a11
                 */
                brandId?: string;
            };
            header?: never;
            path: {
                /**
                 * @description Reference of the OTP request, as returned when the PIN was sent.
                 * @example OTP4B20019C7Q
                 */
                referenceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Delivery and verification state of the OTP. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BrandSmsOtpStatus"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["Messaging10dlcOtpNotFound"];
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
            /** @description The request was rejected before submission; this response carries a single error object, not the `errors` list. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description The account balance does not cover the campaign fees; this response carries a single error object. */
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
                 * @description Telnyx brand ID returned when the brand was created (not the TCR brand ID). Telnyx's API reference calls it a UUID, but its published OpenAPI spec declares no format, so none is enforced.
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
    GetCampaigns: {
        parameters: {
            query: {
                /**
                 * @description Telnyx ID of the brand whose campaigns to list.
                 * @example 4b20019b-043a-78f8-0657-b3be3f4b4002
                 */
                brandId: string;
                /**
                 * @description Page number to return, starting at 1; no minimum is enforced on this list.
                 * @example 1
                 */
                page?: components["parameters"]["RecordsPageNumber"];
                /**
                 * @description How many records to put on each page; Telnyx documents a ceiling of 500, but its published OpenAPI spec sets none, so none is enforced.
                 * @example 25
                 */
                recordsPerPage?: components["parameters"]["RecordsPerPage"];
                /**
                 * @description Field to order by; a leading `-` sorts descending.
                 * @example -assignedPhoneNumbersCount
                 */
                sort?: "assignedPhoneNumbersCount" | "-assignedPhoneNumbersCount" | "campaignId" | "-campaignId" | "createdAt" | "-createdAt" | "status" | "-status" | "tcrCampaignId" | "-tcrCampaignId";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of the brand's campaigns. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignList"];
                };
            };
            401: components["responses"]["Unauthorized"];
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
                 * @description Telnyx campaign ID returned by the campaign builder. Telnyx's API reference calls it a UUID, but its published OpenAPI spec declares no format, so none is enforced.
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
    UpdateCampaign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Telnyx campaign ID returned by the campaign builder. Telnyx's API reference calls it a UUID, but its published OpenAPI spec declares no format, so none is enforced.
                 * @example 4b30018f-5e2c-6a1d-9b07-3c2f1e4d8a90
                 */
                campaignId: components["parameters"]["CampaignIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CampaignUpdate"];
            };
        };
        responses: {
            /** @description The campaign with the changes applied. */
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
    DeactivateCampaign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Telnyx campaign ID returned by the campaign builder. Telnyx's API reference calls it a UUID, but its published OpenAPI spec declares no format, so none is enforced.
                 * @example 4b30018f-5e2c-6a1d-9b07-3c2f1e4d8a90
                 */
                campaignId: components["parameters"]["CampaignIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Confirmation that the campaign was deactivated. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignDeactivation"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["Messaging10dlcUnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            "4XX": components["responses"]["Messaging10dlcClientError"];
        };
    };
    GetCampaignCost: {
        parameters: {
            query: {
                /**
                 * @description Campaign use case to price, such as `2FA` or `MARKETING`.
                 * @example CUSTOMER_CARE
                 */
                usecase: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Prices for the use case, as decimal strings in USD. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignCost"];
                };
            };
            401: components["responses"]["Unauthorized"];
            422: components["responses"]["Messaging10dlcUnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            "4XX": components["responses"]["Messaging10dlcClientError"];
        };
    };
    AcceptCampaign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description TCR ID of the campaign shared with Telnyx (a `C` followed by five to eight capitals or digits), not a Telnyx campaign ID.
                 * @example CM2WQ9D
                 */
                campaignId: components["parameters"]["TcrCampaignIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The acceptance was queued. The body is a free-form JSON object, usually empty. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Messaging10dlcOpaqueObject"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["Messaging10dlcUnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            "4XX": components["responses"]["Messaging10dlcClientError"];
        };
    };
    AppealCampaign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Telnyx ID of the rejected campaign; this call requires it in UUID format.
                 * @example 4b30018f-5e2c-6a1d-9b07-3c2f1e4d8a90
                 */
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CampaignAppealRequest"];
            };
        };
        responses: {
            /** @description The appeal was filed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignAppealResult"];
                };
            };
            400: components["responses"]["Messaging10dlcAppealRefused"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["Messaging10dlcErrorObjectNotFound"];
            422: components["responses"]["Messaging10dlcUnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            "4XX": components["responses"]["Messaging10dlcClientError"];
        };
    };
    GetCampaignMnoMetadata: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Telnyx campaign ID returned by the campaign builder. Telnyx's API reference calls it a UUID, but its published OpenAPI spec declares no format, so none is enforced.
                 * @example 4b30018f-5e2c-6a1d-9b07-3c2f1e4d8a90
                 */
                campaignId: components["parameters"]["CampaignIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Carrier rules keyed by carrier network ID. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignMnoMetadata"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "4XX": components["responses"]["Messaging10dlcClientError"];
            "5XX": components["responses"]["Messaging10dlcServerError"];
        };
    };
    GetCampaignOperationStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Telnyx campaign ID returned by the campaign builder. Telnyx's API reference calls it a UUID, but its published OpenAPI spec declares no format, so none is enforced.
                 * @example 4b30018f-5e2c-6a1d-9b07-3c2f1e4d8a90
                 */
                campaignId: components["parameters"]["CampaignIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Status string per carrier network ID. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignOperationStatus"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["Messaging10dlcUnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            "4XX": components["responses"]["Messaging10dlcClientError"];
        };
    };
    GetCampaignOsrAttributes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Telnyx campaign ID returned by the campaign builder. Telnyx's API reference calls it a UUID, but its published OpenAPI spec declares no format, so none is enforced.
                 * @example 4b30018f-5e2c-6a1d-9b07-3c2f1e4d8a90
                 */
                campaignId: components["parameters"]["CampaignIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OSR attributes of the campaign. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Messaging10dlcOpaqueObject"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["Messaging10dlcUnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            "4XX": components["responses"]["Messaging10dlcClientError"];
        };
    };
    GetCampaignSharingStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Telnyx campaign ID returned by the campaign builder. Telnyx's API reference calls it a UUID, but its published OpenAPI spec declares no format, so none is enforced.
                 * @example 4b30018f-5e2c-6a1d-9b07-3c2f1e4d8a90
                 */
                campaignId: components["parameters"]["CampaignIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Both directions of the sharing chain, where they exist. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignSharingChain"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["Messaging10dlcUnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            "4XX": components["responses"]["Messaging10dlcClientError"];
        };
    };
    GetSharedCampaigns: {
        parameters: {
            query?: {
                /**
                 * @description Page number to return, starting at 1; no minimum is enforced on this list.
                 * @example 1
                 */
                page?: components["parameters"]["RecordsPageNumber"];
                /**
                 * @description How many records to put on each page; Telnyx documents a ceiling of 500, but its published OpenAPI spec sets none, so none is enforced.
                 * @example 25
                 */
                recordsPerPage?: components["parameters"]["RecordsPerPage"];
                /**
                 * @description Field to order by; a leading `-` sorts descending.
                 * @example brandDisplayName
                 */
                sort?: "assignedPhoneNumbersCount" | "-assignedPhoneNumbersCount" | "brandDisplayName" | "-brandDisplayName" | "tcrBrandId" | "-tcrBrandId" | "tcrCampaignId" | "-tcrCampaignId" | "createdAt" | "-createdAt" | "campaignStatus" | "-campaignStatus";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of shared campaigns. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnerCampaignList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            422: components["responses"]["Messaging10dlcUnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            "4XX": components["responses"]["Messaging10dlcClientError"];
        };
    };
    GetSharedCampaign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the shared campaign. Shared campaigns carry only TCR IDs, so the example uses one; no format is enforced.
                 * @example CM2WQ9D
                 */
                campaignId: components["parameters"]["PartnerCampaignIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The shared campaign. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnerCampaign"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["Messaging10dlcUnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            "4XX": components["responses"]["Messaging10dlcClientError"];
        };
    };
    UpdateSharedCampaign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the shared campaign. Shared campaigns carry only TCR IDs, so the example uses one; no format is enforced.
                 * @example CM2WQ9D
                 */
                campaignId: components["parameters"]["PartnerCampaignIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PartnerCampaignUpdate"];
            };
        };
        responses: {
            /** @description The shared campaign with its new webhook URLs. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnerCampaign"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["Messaging10dlcUnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            "4XX": components["responses"]["Messaging10dlcClientError"];
        };
    };
    GetPartnerCampaignsSharedByUser: {
        parameters: {
            query?: {
                /**
                 * @description Page number to return, starting at 1; no minimum is enforced on this list.
                 * @example 1
                 */
                page?: components["parameters"]["RecordsPageNumber"];
                /**
                 * @description How many records to put on each page; Telnyx documents a ceiling of 500, but its published OpenAPI spec sets none, so none is enforced.
                 * @example 25
                 */
                recordsPerPage?: components["parameters"]["RecordsPerPage"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of campaigns you shared. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SharedCampaignList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            422: components["responses"]["Messaging10dlcUnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            "4XX": components["responses"]["Messaging10dlcClientError"];
        };
    };
    GetPartnerCampaignSharingStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the shared campaign. Shared campaigns carry only TCR IDs, so the example uses one; no format is enforced.
                 * @example CM2WQ9D
                 */
                campaignId: components["parameters"]["PartnerCampaignIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Sharing records of the campaign. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnerCampaignSharingStatus"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["Messaging10dlcUnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            "4XX": components["responses"]["Messaging10dlcClientError"];
        };
    };
    GetAllPhoneNumberCampaigns: {
        parameters: {
            query?: {
                /**
                 * @description How many records to put on each page; on this list the default is 20 rather than 10.
                 * @example 50
                 */
                recordsPerPage?: components["parameters"]["RecordsPerPage20"];
                /**
                 * @description Page number to return, starting at 1; no minimum is enforced on this list.
                 * @example 1
                 */
                page?: components["parameters"]["RecordsPageNumber"];
                /**
                 * @description Narrow the list by brand or campaign, sent as `filter[telnyx_campaign_id]=...` and so on.
                 * @example {
                 *       "telnyx_campaign_id": "4b30018f-5e2c-6a1d-9b07-3c2f1e4d8a90"
                 *     }
                 */
                filter?: {
                    /** @description Only links whose campaign belongs to this TCR brand ID. */
                    tcr_brand_id?: string;
                    /** @description Only links to this TCR campaign ID. */
                    tcr_campaign_id?: string;
                    /**
                     * Format: uuid
                     * @description Only links whose campaign belongs to this Telnyx brand ID.
                     */
                    telnyx_brand_id?: string;
                    /**
                     * Format: uuid
                     * @description Only links to this Telnyx campaign ID.
                     */
                    telnyx_campaign_id?: string;
                };
                /**
                 * @description Field to order by; a leading `-` sorts descending.
                 * @example phoneNumber
                 */
                sort?: "assignmentStatus" | "-assignmentStatus" | "createdAt" | "-createdAt" | "phoneNumber" | "-phoneNumber";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of number-to-campaign links. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PhoneNumberCampaignList"];
                };
            };
            401: components["responses"]["Unauthorized"];
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
    GetSinglePhoneNumberCampaign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Phone number in E.164 format with the leading `+` (URL-encoded as `%2B`).
                 * @example +13125550001
                 */
                phoneNumber: components["parameters"]["PhoneNumberPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The number's campaign link. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PhoneNumberCampaign"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "4XX": components["responses"]["Messaging10dlcClientError"];
        };
    };
    PutPhoneNumberCampaign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Phone number in E.164 format with the leading `+` (URL-encoded as `%2B`).
                 * @example +13125550001
                 */
                phoneNumber: components["parameters"]["PhoneNumberPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PhoneNumberCampaignCreate"];
            };
        };
        responses: {
            /** @description The number's new campaign link, usually still pending. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PhoneNumberCampaign"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "4XX": components["responses"]["Messaging10dlcClientError"];
        };
    };
    DeletePhoneNumberCampaign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Phone number in E.164 format with the leading `+` (URL-encoded as `%2B`).
                 * @example +13125550001
                 */
                phoneNumber: components["parameters"]["PhoneNumberPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The link as it stands while it is being removed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PhoneNumberCampaign"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
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
    GetAssignmentTaskStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the assignment task, as returned when the messaging profile was assigned.
                 * @example 667a80f8-b0a9-49d0-b9ab-a7a1bcc45086
                 */
                taskId: components["parameters"]["TaskIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Current state of the task. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssignmentTaskStatus"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "4XX": components["responses"]["Messaging10dlcClientError"];
        };
    };
    GetPhoneNumberStatus: {
        parameters: {
            query?: {
                /**
                 * @description How many records to put on each page; on this list the default is 20 rather than 10.
                 * @example 50
                 */
                recordsPerPage?: components["parameters"]["RecordsPerPage20"];
                /**
                 * @description Page number to return, starting at 1; no minimum is enforced on this list.
                 * @example 1
                 */
                page?: components["parameters"]["RecordsPageNumber"];
            };
            header?: never;
            path: {
                /**
                 * @description ID of the assignment task, as returned when the messaging profile was assigned.
                 * @example 667a80f8-b0a9-49d0-b9ab-a7a1bcc45086
                 */
                taskId: components["parameters"]["TaskIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of per-number results. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssignmentTaskPhoneNumberList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["Messaging10dlcUnprocessableErrors"];
            429: components["responses"]["TooManyRequests"];
            "4XX": components["responses"]["Messaging10dlcClientError"];
        };
    };
    GetEnumEndpoint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The enumeration to return.
                 * @example entityType
                 */
                endpoint: components["schemas"]["Messaging10dlcEnumName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The values of the enumeration. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Messaging10dlcEnumValues"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["Messaging10dlcUnprocessableErrors"];
            429: components["responses"]["TooManyRequests"];
            "4XX": components["responses"]["Messaging10dlcClientError"];
        };
    };
    ListAvailablePhoneNumbers: {
        parameters: {
            query?: {
                /**
                 * @description Search criteria, sent as `filter[country_code]=US`, `filter[phone_number][starts_with]=312` and so on.
                 * @example {
                 *       "country_code": "US",
                 *       "administrative_area": "IL",
                 *       "phone_number_type": "local",
                 *       "features": [
                 *         "sms",
                 *         "voice"
                 *       ],
                 *       "limit": 2
                 *     }
                 */
                filter?: components["schemas"]["AvailablePhoneNumberFilter"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Numbers matching the search, with per-number cost and region details. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AvailablePhoneNumberList"];
                };
            };
            400: components["responses"]["NumbersBadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NumbersNotFound"];
            422: components["responses"]["NumbersUnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["NumbersServerError"];
        };
    };
    ListNumberOrders: {
        parameters: {
            query?: {
                /**
                 * @description Paging, sent as `page[number]` (starting at 1) and `page[size]` (1 to 250 results).
                 * @example {
                 *       "number": 1,
                 *       "size": 20
                 *     }
                 */
                page?: components["parameters"]["NumbersPage"];
                /**
                 * @description Filters, sent as `filter[status]=pending`, `filter[created_at][gt]=...` and so on.
                 * @example {
                 *       "status": "pending",
                 *       "created_at": {
                 *         "gt": "2026-03-01T00:00:00Z"
                 *       }
                 *     }
                 */
                filter?: {
                    /** @description Only orders in this status (`pending`, `success` or `failure`). */
                    status?: string;
                    /** @description Creation time window. */
                    created_at?: {
                        /** @description Only orders created after this ISO 8601 date-time. */
                        gt?: string;
                        /** @description Only orders created before this ISO 8601 date-time. */
                        lt?: string;
                    };
                    /** @description Only orders with this many phone numbers (a string on the wire). */
                    phone_numbers_count?: string;
                    /** @description Only orders with this customer reference. */
                    customer_reference?: string;
                    /** @description Only orders whose regulatory requirements are (or are not) all met. */
                    requirements_met?: boolean;
                };
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of number orders. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NumberOrderList"];
                };
            };
            400: components["responses"]["NumbersBadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NumbersNotFound"];
            422: components["responses"]["NumbersUnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["NumbersServerError"];
        };
    };
    CreateNumberOrder: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NumberOrderCreate"];
            };
        };
        responses: {
            /** @description The order was accepted; numbers are provisioned in the background. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NumberOrderResponse"];
                };
            };
            400: components["responses"]["NumbersBadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NumbersNotFound"];
            422: components["responses"]["NumbersUnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["NumbersServerError"];
        };
    };
    RetrieveNumberOrder: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the number order. Telnyx's API reference calls it a UUID, but its published OpenAPI spec declares no format on this parameter, so none is enforced.
                 * @example 7d2a1f4e-3b6c-4e8a-9f10-2c5d8e7b6a41
                 */
                number_order_id: components["parameters"]["NumberOrderIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The number order. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NumberOrderResponse"];
                };
            };
            400: components["responses"]["NumbersBadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["NumbersUnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["NumbersServerError"];
        };
    };
    UpdateNumberOrder: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the number order. Telnyx's API reference calls it a UUID, but its published OpenAPI spec declares no format on this parameter, so none is enforced.
                 * @example 7d2a1f4e-3b6c-4e8a-9f10-2c5d8e7b6a41
                 */
                number_order_id: components["parameters"]["NumberOrderIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NumberOrderUpdate"];
            };
        };
        responses: {
            /** @description The updated number order. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NumberOrderResponse"];
                };
            };
            400: components["responses"]["NumbersBadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["NumbersUnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["NumbersServerError"];
        };
    };
    ListNumberReservations: {
        parameters: {
            query?: {
                /**
                 * @description Paging, sent as `page[number]` (starting at 1) and `page[size]` (1 to 250 results).
                 * @example {
                 *       "number": 1,
                 *       "size": 20
                 *     }
                 */
                page?: components["parameters"]["NumbersPage"];
                /**
                 * @description Filters, sent as `filter[status]=success`, `filter[phone_numbers.phone_number]=+13125550123` and so on.
                 * @example {
                 *       "status": "success"
                 *     }
                 */
                filter?: {
                    /** @description Only reservations in this status (`pending`, `success` or `failure`). */
                    status?: string;
                    /** @description Creation time window. */
                    created_at?: {
                        /** @description Only reservations created after this ISO 8601 date-time. */
                        gt?: string;
                        /** @description Only reservations created before this ISO 8601 date-time. */
                        lt?: string;
                    };
                    /** @description Only reservations holding this E.164 number (the key contains a literal dot). */
                    "phone_numbers.phone_number"?: string;
                    /** @description Only reservations with this customer reference. */
                    customer_reference?: string;
                };
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of reservations. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NumberReservationList"];
                };
            };
            400: components["responses"]["NumbersBadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NumbersNotFound"];
            422: components["responses"]["NumbersUnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["NumbersServerError"];
        };
    };
    CreateNumberReservation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NumberReservationCreate"];
            };
        };
        responses: {
            /** @description The reservation and the hold placed on each number. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NumberReservationResponse"];
                };
            };
            400: components["responses"]["NumbersBadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NumbersNotFound"];
            422: components["responses"]["NumbersUnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["NumbersServerError"];
        };
    };
    RetrieveNumberReservation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the number reservation. Telnyx's API reference calls it a UUID, but its published OpenAPI spec declares no format on this parameter, so none is enforced.
                 * @example e7c6b5a4-9382-4716-b5a4-c3d2e1f0a9b8
                 */
                number_reservation_id: components["parameters"]["NumberReservationIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The reservation. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NumberReservationResponse"];
                };
            };
            400: components["responses"]["NumbersBadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["NumbersUnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["NumbersServerError"];
        };
    };
    list_advanced_orders_v2: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description All advanced orders of the account. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdvancedOrderList"];
                };
            };
            400: components["responses"]["NumbersBadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NumbersNotFound"];
            422: components["responses"]["NumbersUnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["NumbersServerError"];
        };
    };
    create_advanced_order_v2: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AdvancedOrderRequest"];
            };
        };
        responses: {
            /** @description The advanced order, returned as a flat object. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdvancedOrder"];
                };
            };
            400: components["responses"]["NumbersBadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NumbersNotFound"];
            422: components["responses"]["NumbersUnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["NumbersServerError"];
        };
    };
    update_advanced_order_v2: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the advanced order to update.
                 * @example 182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e
                 */
                "advanced-order-id": string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AdvancedOrderRequest"];
            };
        };
        responses: {
            /** @description The updated advanced order, returned as a flat object. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdvancedOrder"];
                };
            };
            400: components["responses"]["NumbersBadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["NumbersUnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["NumbersServerError"];
        };
    };
    get_advanced_order_v2: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the advanced order.
                 * @example 182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e
                 */
                order_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The advanced order. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdvancedOrder"];
                };
            };
            400: components["responses"]["NumbersBadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["NumbersUnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["NumbersServerError"];
        };
    };
    ListAvailablePhoneNumberBlocks: {
        parameters: {
            query?: {
                /**
                 * @description Search criteria, sent as `filter[country_code]=US`, `filter[locality]=Chicago` and so on.
                 * @example {
                 *       "country_code": "US",
                 *       "national_destination_code": "312",
                 *       "phone_number_type": "local"
                 *     }
                 */
                filter?: {
                    /** @description ISO 3166-1 alpha-2 country of the block. */
                    country_code?: string;
                    /** @description City or town the block belongs to. */
                    locality?: string;
                    /** @description Area code or other national destination code the block starts with. */
                    national_destination_code?: string;
                    /**
                     * @description Kind of numbers in the block.
                     * @enum {string}
                     */
                    phone_number_type?: "local" | "toll_free" | "mobile" | "national" | "shared_cost";
                };
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Blocks matching the search. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AvailablePhoneNumberBlockList"];
                };
            };
            400: components["responses"]["NumbersBadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NumbersNotFound"];
            422: components["responses"]["NumbersUnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["NumbersServerError"];
        };
    };
    ListComments: {
        parameters: {
            query?: {
                /**
                 * @description Which record's comments to return, sent as `filter[comment_record_type]=sub_number_order` and `filter[comment_record_id]=<id>`.
                 * @example {
                 *       "comment_record_type": "sub_number_order",
                 *       "comment_record_id": "3f8b2c6d-9e1a-4b7c-8d2e-5a6f7b8c9d01"
                 *     }
                 */
                filter?: {
                    /**
                     * @description Kind of record the comments belong to.
                     * @enum {string}
                     */
                    comment_record_type?: "sub_number_order" | "requirement_group";
                    /** @description ID of that record. */
                    comment_record_id?: string;
                };
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Comments on the record. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NumberCommentList"];
                };
            };
            400: components["responses"]["NumbersBadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NumbersNotFound"];
            422: components["responses"]["NumbersUnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["NumbersServerError"];
        };
    };
    CreateComment: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NumberCommentCreate"];
            };
        };
        responses: {
            /** @description The new comment. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NumberCommentResponse"];
                };
            };
            400: components["responses"]["NumbersBadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NumbersNotFound"];
            422: components["responses"]["NumbersUnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["NumbersServerError"];
        };
    };
    RetrieveComment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the comment.
                 * @example d4e5f6a7-b8c9-4d0e-9f1a-2b3c4d5e6f70
                 */
                id: components["parameters"]["CommentIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The comment. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NumberCommentResponse"];
                };
            };
            400: components["responses"]["NumbersBadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["NumbersUnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["NumbersServerError"];
        };
    };
    MarkCommentRead: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the comment.
                 * @example d4e5f6a7-b8c9-4d0e-9f1a-2b3c4d5e6f70
                 */
                id: components["parameters"]["CommentIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The comment with its read time. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NumberCommentResponse"];
                };
            };
            400: components["responses"]["NumbersBadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["NumbersUnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["NumbersServerError"];
        };
    };
    retreiveCountryCoverage: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Coverage per country. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CountryCoverageMapResponse"];
                };
            };
            400: components["responses"]["NumbersBadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NumbersNotFound"];
            422: components["responses"]["NumbersUnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["NumbersServerError"];
        };
    };
    retreiveSpecificCountryCoverage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ISO 3166-1 alpha-2 code of the country.
                 * @example US
                 */
                country_code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Coverage for the country. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CountryCoverageResponse"];
                };
            };
            400: components["responses"]["NumbersBadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["NumbersUnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["NumbersServerError"];
        };
    };
    ListCustomerServiceRecords: {
        parameters: {
            query?: {
                /**
                 * @description Paging, sent as `page[number]` (starting at 1) and `page[size]` (1 to 250 results).
                 * @example {
                 *       "number": 1,
                 *       "size": 20
                 *     }
                 */
                page?: components["parameters"]["NumbersPage"];
                /**
                 * @description Filters, sent as `filter[phone_number][eq]=+13125550001`, `filter[status][in][]=pending` and so on.
                 * @example {
                 *       "status": {
                 *         "eq": "completed"
                 *       }
                 *     }
                 */
                filter?: {
                    /** @description Match on the requested phone number. */
                    phone_number?: {
                        /** @description Exactly this E.164 number. */
                        eq?: string;
                        /** @description Any of these E.164 numbers. */
                        in?: string[];
                    };
                    /** @description Match on the request status. */
                    status?: {
                        eq?: components["schemas"]["CustomerServiceRecordStatus"];
                        /** @description Any of these statuses. */
                        in?: components["schemas"]["CustomerServiceRecordStatus"][];
                    };
                    /** @description Creation time window. */
                    created_at?: {
                        /**
                         * Format: date-time
                         * @description Created after this time.
                         */
                        gt?: string;
                        /**
                         * Format: date-time
                         * @description Created before this time.
                         */
                        lt?: string;
                    };
                };
                /**
                 * @description Sort order, sent as `sort[value]=-created_at` (a leading `-` sorts descending).
                 * @example {
                 *       "value": "-created_at"
                 *     }
                 */
                sort?: {
                    /**
                     * @description Field to sort by.
                     * @enum {string}
                     */
                    value?: "created_at" | "-created_at";
                };
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of customer service records. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerServiceRecordList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["NumbersForbidden"];
            422: components["responses"]["NumbersUnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["NumbersServerError"];
        };
    };
    CreateCustomerServiceRecord: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CustomerServiceRecordCreate"];
            };
        };
        responses: {
            /** @description The request was accepted; the record is fetched in the background. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerServiceRecordResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["NumbersForbidden"];
            422: components["responses"]["NumbersUnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["NumbersServerError"];
        };
    };
    VerifyPhoneNumberCoverage: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CsrPhoneNumberCoverageRequest"];
            };
        };
        responses: {
            /** @description Coverage result for each number. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CsrPhoneNumberCoverageList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["NumbersForbidden"];
            422: components["responses"]["NumbersUnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["NumbersServerError"];
        };
    };
    GetCustomerServiceRecord: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the customer service record request.
                 * @example 9a8b7c6d-5e4f-4a3b-8c2d-1e0f2a3b4c5d
                 */
                customer_service_record_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The customer service record request. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerServiceRecordResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["NumbersForbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["NumbersServerError"];
        };
    };
    ListInexplicitNumberOrders: {
        parameters: {
            query?: {
                /**
                 * @description Page to return, starting at 1.
                 * @example 1
                 */
                page_number?: number;
                /**
                 * @description Results per page.
                 * @example 20
                 */
                page_size?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of inexplicit number orders. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InexplicitNumberOrderList"];
                };
            };
            400: components["responses"]["NumbersBadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NumbersNotFound"];
            422: components["responses"]["NumbersUnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["NumbersServerError"];
        };
    };
    CreateInexplicitNumberOrder: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InexplicitNumberOrderCreate"];
            };
        };
        responses: {
            /** @description The inexplicit order; groups are filled in the background. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InexplicitNumberOrderResponse"];
                };
            };
            400: components["responses"]["NumbersBadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NumbersNotFound"];
            422: components["responses"]["NumbersUnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["NumbersServerError"];
        };
    };
    RetrieveInexplicitNumberOrder: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the inexplicit number order.
                 * @example 6b5a4c3d-2e1f-4a0b-9c8d-7e6f5a4b3c2d
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The inexplicit number order. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InexplicitNumberOrderResponse"];
                };
            };
            400: components["responses"]["NumbersBadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["NumbersUnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["NumbersServerError"];
        };
    };
    CreateInventoryCoverage: {
        parameters: {
            query?: {
                /**
                 * @description What to count and how to group it, sent as `filter[country_code]=US`, `filter[groupBy]=locality` and so on.
                 * @example {
                 *       "country_code": "US",
                 *       "phone_number_type": "local",
                 *       "groupBy": "npa",
                 *       "administrative_area": "IL",
                 *       "count": true
                 *     }
                 */
                filter?: {
                    /**
                     * @description Country to count inventory in.
                     * @enum {string}
                     */
                    country_code?: "AT" | "AU" | "BE" | "BG" | "CA" | "CH" | "CN" | "CY" | "CZ" | "DE" | "DK" | "EE" | "ES" | "FI" | "FR" | "GB" | "GR" | "HU" | "HR" | "IE" | "IT" | "LT" | "LU" | "LV" | "NL" | "NZ" | "MX" | "NO" | "PL" | "PT" | "RO" | "SE" | "SG" | "SI" | "SK" | "US";
                    /**
                     * @description Kind of numbers to count.
                     * @enum {string}
                     */
                    phone_number_type?: "local" | "toll_free" | "national" | "mobile" | "landline" | "shared_cost";
                    /**
                     * @description How to group the counts (the key is camelCase on the wire).
                     * @enum {string}
                     */
                    groupBy?: "locality" | "npa" | "national_destination_code";
                    /** @description Only count numbers in this state or province. */
                    administrative_area?: string;
                    /** @description Only count numbers in this North American area code. */
                    npa?: number;
                    /** @description Only count numbers with this North American exchange code. */
                    nxx?: number;
                    /** @description Only count numbers supporting all of these features. */
                    features?: ("sms" | "mms" | "voice" | "fax" | "emergency")[];
                    /** @description Whether to return the number of matching numbers in each group. */
                    count?: boolean;
                };
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Inventory counts per group. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InventoryCoverageList"];
                };
            };
            400: components["responses"]["NumbersBadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NumbersNotFound"];
            422: components["responses"]["NumbersUnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["NumbersServerError"];
        };
    };
    GetMobileNetworkOperators: {
        parameters: {
            query?: {
                /**
                 * @description Paging, sent as `page[number]` (starting at 1) and `page[size]` (1 to 250 results).
                 * @example {
                 *       "number": 1,
                 *       "size": 20
                 *     }
                 */
                page?: components["parameters"]["NumbersPage"];
                /**
                 * @description Filters, sent as `filter[country_code]=US`, `filter[name][contains]=Mobile` and so on.
                 * @example {
                 *       "country_code": "US",
                 *       "name": {
                 *         "contains": "Mobile"
                 *       }
                 *     }
                 */
                filter?: {
                    /** @description Only operators in this ISO 3166-1 alpha-2 country. */
                    country_code?: string;
                    /** @description Only operators with this mobile country code. */
                    mcc?: string;
                    /** @description Only operators with this mobile network code. */
                    mnc?: string;
                    /** @description Only the operator with this TADIG code. */
                    tadig?: string;
                    /** @description Only operators that do (or do not) support network preferences. */
                    network_preferences_enabled?: boolean;
                    /** @description Match on the operator name. */
                    name?: {
                        /** @description Name contains this text. */
                        contains?: string;
                        /** @description Name starts with this text. */
                        starts_with?: string;
                        /** @description Name ends with this text. */
                        ends_with?: string;
                    };
                };
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of mobile network operators. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MobileNetworkOperatorList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["NumbersUnexpectedError"];
        };
    };
    ListNetworkCoverage: {
        parameters: {
            query?: {
                /**
                 * @description Paging, sent as `page[number]` (starting at 1) and `page[size]` (1 to 250 results).
                 * @example {
                 *       "number": 1,
                 *       "size": 20
                 *     }
                 */
                page?: components["parameters"]["NumbersPage"];
                /**
                 * @description Service filter, sent as `filters[available_services]=cloud_vpn` or `filters[available_services][contains]=cloud_vpn`.
                 * @example {
                 *       "available_services": "cloud_vpn"
                 *     }
                 */
                filters?: {
                    /** @description A service the location must offer, given directly or wrapped in a `contains` object. */
                    available_services?: components["schemas"]["NetworkAvailableService"] | {
                        contains?: components["schemas"]["NetworkAvailableService"];
                    };
                };
                /**
                 * @description Location filter, sent as `filter[location.region]=AMER` and so on.
                 * @example {
                 *       "location.region": "AMER"
                 *     }
                 */
                filter?: {
                    /** @description Only locations in this region. */
                    "location.region"?: string;
                    /** @description Only locations at this site. */
                    "location.site"?: string;
                    /** @description Only locations at this point of presence. */
                    "location.pop"?: string;
                    /** @description Only the location with this code. */
                    "location.code"?: string;
                };
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of network locations. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NetworkCoverageList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            422: components["responses"]["NumbersUnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["NumbersUnexpectedError"];
        };
    };
    ListNumberBlockOrders: {
        parameters: {
            query?: {
                /**
                 * @description Paging, sent as `page[number]` (starting at 1) and `page[size]` (1 to 250 results).
                 * @example {
                 *       "number": 1,
                 *       "size": 20
                 *     }
                 */
                page?: components["parameters"]["NumbersPage"];
                /**
                 * @description Filters, sent as `filter[status]=success`, `filter[phone_numbers.starting_number]=+13125550100` and so on.
                 * @example {
                 *       "status": "success"
                 *     }
                 */
                filter?: {
                    /** @description Only block orders in this status (`pending`, `success` or `failure`). */
                    status?: string;
                    /** @description Creation time window. */
                    created_at?: {
                        /** @description Only orders created after this ISO 8601 date-time. */
                        gt?: string;
                        /** @description Only orders created before this ISO 8601 date-time. */
                        lt?: string;
                    };
                    /** @description Only the block starting with this E.164 number (the key contains a literal dot). */
                    "phone_numbers.starting_number"?: string;
                };
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of number block orders. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NumberBlockOrderList"];
                };
            };
            400: components["responses"]["NumbersBadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NumbersNotFound"];
            422: components["responses"]["NumbersUnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["NumbersServerError"];
        };
    };
    CreateNumberBlockOrder: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NumberBlockOrderCreate"];
            };
        };
        responses: {
            /** @description The block order. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NumberBlockOrderResponse"];
                };
            };
            400: components["responses"]["NumbersBadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NumbersNotFound"];
            422: components["responses"]["NumbersUnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["NumbersServerError"];
        };
    };
    RetrieveNumberBlockOrder: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the number block order.
                 * @example 4e5f6a7b-8c9d-4e0f-a1b2-c3d4e5f6a7b8
                 */
                number_block_order_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The block order. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NumberBlockOrderResponse"];
                };
            };
            400: components["responses"]["NumbersBadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["NumbersUnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["NumbersServerError"];
        };
    };
    RetrieveOrderPhoneNumbers: {
        parameters: {
            query?: {
                /**
                 * @description Filter, sent as `filter[country_code]=US`.
                 * @example {
                 *       "country_code": "US"
                 *     }
                 */
                filter?: {
                    /** @description Only numbers in this ISO 3166-1 alpha-2 country. */
                    country_code?: string;
                };
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Phone numbers across number orders. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NumberOrderPhoneNumberList"];
                };
            };
            400: components["responses"]["NumbersBadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NumbersNotFound"];
            422: components["responses"]["NumbersUnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["NumbersServerError"];
        };
    };
    GetNumberOrderPhoneNumber: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the phone number within its number order (not the phone number itself).
                 * @example c2d3e4f5-a6b7-4c8d-9e0f-1a2b3c4d5e6f
                 */
                number_order_phone_number_id: components["parameters"]["NumberOrderPhoneNumberIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The ordered phone number. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NumberOrderPhoneNumberResponse"];
                };
            };
            400: components["responses"]["NumbersBadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["NumbersUnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["NumbersServerError"];
        };
    };
    UpdateNumberOrderPhoneNumber: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the phone number within its number order (not the phone number itself).
                 * @example c2d3e4f5-a6b7-4c8d-9e0f-1a2b3c4d5e6f
                 */
                number_order_phone_number_id: components["parameters"]["NumberOrderPhoneNumberIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NumberRequirementsUpdate"];
            };
        };
        responses: {
            /** @description The ordered phone number with the new values. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NumberOrderPhoneNumberResponse"];
                };
            };
            400: components["responses"]["NumbersBadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["NumbersUnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["NumbersServerError"];
        };
    };
    ExtendNumberReservationExpiryTime: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the number reservation. Telnyx's API reference calls it a UUID, but its published OpenAPI spec declares no format on this parameter, so none is enforced.
                 * @example e7c6b5a4-9382-4716-b5a4-c3d2e1f0a9b8
                 */
                number_reservation_id: components["parameters"]["NumberReservationIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The reservation with its new expiry times. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NumberReservationResponse"];
                };
            };
            400: components["responses"]["NumbersBadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["NumbersUnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["NumbersServerError"];
        };
    };
    PostNumbersFeatures: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NumbersFeaturesRequest"];
            };
        };
        responses: {
            /** @description Features per number. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NumbersFeaturesList"];
                };
            };
            400: components["responses"]["NumbersBadRequest"];
            401: components["responses"]["Unauthorized"];
            422: components["responses"]["NumbersUnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["NumbersServerError"];
        };
    };
    ListPhoneNumberBlocksJobs: {
        parameters: {
            query?: {
                /**
                 * @description Paging, sent as `page[number]` (starting at 1) and `page[size]` (1 to 250 results).
                 * @example {
                 *       "number": 1,
                 *       "size": 20
                 *     }
                 */
                page?: components["parameters"]["NumbersPage"];
                /**
                 * @description Field to sort by; a plain query parameter here, not deepObject.
                 * @example created_at
                 */
                sort?: "created_at";
                /**
                 * @description Filters, sent as `filter[type]=delete_phone_number_block` and `filter[status]=completed`.
                 * @example {
                 *       "type": "delete_phone_number_block",
                 *       "status": "completed"
                 *     }
                 */
                filter?: {
                    /**
                     * @description Only jobs of this type.
                     * @enum {string}
                     */
                    type?: "delete_phone_number_block";
                    status?: components["schemas"]["PhoneNumberBlocksJobStatus"];
                };
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of jobs. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PhoneNumberBlocksJobList"];
                };
            };
            400: components["responses"]["NumbersBadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NumbersNotFound"];
            422: components["responses"]["NumbersUnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["NumbersServerError"];
        };
    };
    CreatePhoneNumberBlockDeletionJob: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PhoneNumberBlocksJobDeleteRequest"];
            };
        };
        responses: {
            /** @description The deletion job was queued. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PhoneNumberBlocksJobResponse"];
                };
            };
            400: components["responses"]["NumbersBadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NumbersNotFound"];
            422: components["responses"]["NumbersUnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["NumbersServerError"];
        };
    };
    GetPhoneNumberBlocksJob: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the job.
                 * @example 8c9d0e1f-2a3b-4c4d-9e5f-6a7b8c9d0e1f
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The job. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PhoneNumberBlocksJobResponse"];
                };
            };
            400: components["responses"]["NumbersBadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["NumbersUnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["NumbersServerError"];
        };
    };
    ListSubNumberOrders: {
        parameters: {
            query?: {
                /**
                 * @description Filters, sent as `filter[order_request_id]=<number order id>`, `filter[status]=pending` and so on.
                 * @example {
                 *       "order_request_id": "7d2a1f4e-3b6c-4e8a-9f10-2c5d8e7b6a41"
                 *     }
                 */
                filter?: {
                    /**
                     * Format: uuid
                     * @description Only sub-orders of this number order.
                     */
                    order_request_id?: string;
                    /** @description Only sub-orders for this ISO 3166-1 alpha-2 country. */
                    country_code?: string;
                    /** @description Only sub-orders of this number type, e.g. `local`. */
                    phone_number_type?: string;
                    /** @description Only sub-orders with this many numbers. */
                    phone_numbers_count?: number;
                    /** @description Only sub-orders in this status (`pending`, `success` or `failure`). */
                    status?: string;
                };
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Sub number orders. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubNumberOrderList"];
                };
            };
            400: components["responses"]["NumbersBadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NumbersNotFound"];
            422: components["responses"]["NumbersUnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["NumbersServerError"];
        };
    };
    GetSubNumberOrder: {
        parameters: {
            query?: {
                /**
                 * @description Options, sent as `filter[include_phone_numbers]=true`.
                 * @example {
                 *       "include_phone_numbers": false
                 *     }
                 */
                filter?: {
                    /**
                     * @description Whether to include the sub-order's phone numbers.
                     * @default false
                     */
                    include_phone_numbers?: boolean;
                };
            };
            header?: never;
            path: {
                /**
                 * @description ID of the sub number order, as listed in the parent order's `sub_number_orders_ids`.
                 * @example 3f8b2c6d-9e1a-4b7c-8d2e-5a6f7b8c9d01
                 */
                sub_number_order_id: components["parameters"]["SubNumberOrderIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The sub number order. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubNumberOrderResponse"];
                };
            };
            400: components["responses"]["NumbersBadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["NumbersUnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["NumbersServerError"];
        };
    };
    UpdateSubNumberOrder: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the sub number order, as listed in the parent order's `sub_number_orders_ids`.
                 * @example 3f8b2c6d-9e1a-4b7c-8d2e-5a6f7b8c9d01
                 */
                sub_number_order_id: components["parameters"]["SubNumberOrderIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NumberRequirementsUpdate"];
            };
        };
        responses: {
            /** @description The updated sub number order. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubNumberOrderResponse"];
                };
            };
            400: components["responses"]["NumbersBadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["NumbersUnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["NumbersServerError"];
        };
    };
    CancelSubNumberOrder: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the sub number order, as listed in the parent order's `sub_number_orders_ids`.
                 * @example 3f8b2c6d-9e1a-4b7c-8d2e-5a6f7b8c9d01
                 */
                sub_number_order_id: components["parameters"]["SubNumberOrderIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The sub number order after cancellation. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubNumberOrderResponse"];
                };
            };
            400: components["responses"]["NumbersBadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["NumbersUnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["NumbersServerError"];
        };
    };
    CreateSubNumberOrdersReport: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["SubNumberOrdersReportCreate"];
            };
        };
        responses: {
            /** @description The report was queued. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubNumberOrdersReportResponse"];
                };
            };
            400: components["responses"]["NumbersBadRequest"];
            401: components["responses"]["Unauthorized"];
            422: components["responses"]["NumbersUnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["NumbersServerError"];
        };
    };
    GetSubNumberOrdersReport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the report returned when it was requested.
                 * @example a1b2c3d4-e5f6-4789-9abc-def012345678
                 */
                report_id: components["parameters"]["SubNumberOrdersReportIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report request. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubNumberOrdersReportResponse"];
                };
            };
            400: components["responses"]["NumbersBadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["NumbersUnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["NumbersServerError"];
        };
    };
    DownloadSubNumberOrdersReport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the report returned when it was requested.
                 * @example a1b2c3d4-e5f6-4789-9abc-def012345678
                 */
                report_id: components["parameters"]["SubNumberOrdersReportIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report as a CSV file. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": Blob | Uint8Array;
                };
            };
            400: components["responses"]["NumbersBadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["NumbersUnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["NumbersServerError"];
        };
    };
    GetUserBillingBundles: {
        parameters: {
            query?: {
                /**
                 * @description Narrows the bundles, sent as `filter[country_iso]=DE`, `filter[resource]=...`; each key takes one or more values.
                 * @example {
                 *       "country_iso": [
                 *         "DE"
                 *       ]
                 *     }
                 */
                filter?: components["parameters"]["ComplianceBundleFilter"];
                /**
                 * @description Paging, sent as `page[number]` (starting at 1) and `page[size]` (1 to 250 results).
                 * @example {
                 *       "number": 1,
                 *       "size": 20
                 *     }
                 */
                page?: components["parameters"]["CompliancePage"];
            };
            header?: {
                /** @description Extra header, literally named `authorization_bearer`, that Telnyx's published OpenAPI spec declares (optional) on every bundle pricing operation, in the form `Bearer <TOKEN>`. It is separate from the `Authorization` header that carries the API key, and Telnyx does not say when it is needed; the client sends it only when given in the call's `headers` option. */
                authorization_bearer?: components["parameters"]["ComplianceAuthorizationBearer"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of billing bundles. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplianceBillingBundleList"];
                };
            };
            400: components["responses"]["ComplianceBadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ComplianceUnexpectedError"];
        };
    };
    GetBillingBundleById: {
        parameters: {
            query?: never;
            header?: {
                /** @description Extra header, literally named `authorization_bearer`, that Telnyx's published OpenAPI spec declares (optional) on every bundle pricing operation, in the form `Bearer <TOKEN>`. It is separate from the `Authorization` header that carries the API key, and Telnyx does not say when it is needed; the client sends it only when given in the call's `headers` option. */
                authorization_bearer?: components["parameters"]["ComplianceAuthorizationBearer"];
            };
            path: {
                /**
                 * @description ID of the billing bundle.
                 * @example 8661948c-a386-4385-837f-af00f40f111a
                 */
                bundle_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The billing bundle. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplianceBillingBundleResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ComplianceUnexpectedError"];
        };
    };
    GetUserBundles: {
        parameters: {
            query?: {
                /**
                 * @description Narrows the bundles, sent as `filter[country_iso]=DE`, `filter[resource]=...`; each key takes one or more values.
                 * @example {
                 *       "country_iso": [
                 *         "DE"
                 *       ]
                 *     }
                 */
                filter?: components["parameters"]["ComplianceBundleFilter"];
                /**
                 * @description Paging, sent as `page[number]` (starting at 1) and `page[size]` (1 to 250 results).
                 * @example {
                 *       "number": 1,
                 *       "size": 20
                 *     }
                 */
                page?: components["parameters"]["CompliancePage"];
            };
            header?: {
                /** @description Extra header, literally named `authorization_bearer`, that Telnyx's published OpenAPI spec declares (optional) on every bundle pricing operation, in the form `Bearer <TOKEN>`. It is separate from the `Authorization` header that carries the API key, and Telnyx does not say when it is needed; the client sends it only when given in the call's `headers` option. */
                authorization_bearer?: components["parameters"]["ComplianceAuthorizationBearer"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of user bundles. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplianceUserBundleList"];
                };
            };
            400: components["responses"]["ComplianceBadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ComplianceUnexpectedError"];
        };
    };
    CreateUserBundlesBulk: {
        parameters: {
            query?: never;
            header?: {
                /** @description Extra header, literally named `authorization_bearer`, that Telnyx's published OpenAPI spec declares (optional) on every bundle pricing operation, in the form `Bearer <TOKEN>`. It is separate from the `Authorization` header that carries the API key, and Telnyx does not say when it is needed; the client sends it only when given in the call's `headers` option. */
                authorization_bearer?: components["parameters"]["ComplianceAuthorizationBearer"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ComplianceUserBundleBulkCreate"];
            };
        };
        responses: {
            /** @description The user bundles that were created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplianceUserBundleCreatedList"];
                };
            };
            400: components["responses"]["ComplianceBadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["ComplianceNotFound"];
            422: components["responses"]["ComplianceUnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ComplianceUnexpectedError"];
        };
    };
    GetUnusedUserBundles: {
        parameters: {
            query?: {
                /**
                 * @description Narrows the bundles, sent as `filter[country_iso]=DE`, `filter[resource]=...`; each key takes one or more values.
                 * @example {
                 *       "country_iso": [
                 *         "DE"
                 *       ]
                 *     }
                 */
                filter?: components["parameters"]["ComplianceBundleFilter"];
            };
            header?: {
                /** @description Extra header, literally named `authorization_bearer`, that Telnyx's published OpenAPI spec declares (optional) on every bundle pricing operation, in the form `Bearer <TOKEN>`. It is separate from the `Authorization` header that carries the API key, and Telnyx does not say when it is needed; the client sends it only when given in the call's `headers` option. */
                authorization_bearer?: components["parameters"]["ComplianceAuthorizationBearer"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Unused user bundles per billing bundle. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplianceUnusedUserBundleList"];
                };
            };
            400: components["responses"]["ComplianceBadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ComplianceUnexpectedError"];
        };
    };
    GetUserBundleById: {
        parameters: {
            query?: never;
            header?: {
                /** @description Extra header, literally named `authorization_bearer`, that Telnyx's published OpenAPI spec declares (optional) on every bundle pricing operation, in the form `Bearer <TOKEN>`. It is separate from the `Authorization` header that carries the API key, and Telnyx does not say when it is needed; the client sends it only when given in the call's `headers` option. */
                authorization_bearer?: components["parameters"]["ComplianceAuthorizationBearer"];
            };
            path: {
                /**
                 * @description ID of the user bundle.
                 * @example ca1d2263-d1f1-43ac-ba53-248e7a4bb26a
                 */
                user_bundle_id: components["parameters"]["ComplianceUserBundleIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user bundle. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplianceUserBundleResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ComplianceUnexpectedError"];
        };
    };
    DeactivateUserBundle: {
        parameters: {
            query?: never;
            header?: {
                /** @description Extra header, literally named `authorization_bearer`, that Telnyx's published OpenAPI spec declares (optional) on every bundle pricing operation, in the form `Bearer <TOKEN>`. It is separate from the `Authorization` header that carries the API key, and Telnyx does not say when it is needed; the client sends it only when given in the call's `headers` option. */
                authorization_bearer?: components["parameters"]["ComplianceAuthorizationBearer"];
            };
            path: {
                /**
                 * @description ID of the user bundle.
                 * @example ca1d2263-d1f1-43ac-ba53-248e7a4bb26a
                 */
                user_bundle_id: components["parameters"]["ComplianceUserBundleIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The deactivated user bundle. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplianceUserBundleResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ComplianceUnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ComplianceUnexpectedError"];
        };
    };
    GetUserBundleResources: {
        parameters: {
            query?: never;
            header?: {
                /** @description Extra header, literally named `authorization_bearer`, that Telnyx's published OpenAPI spec declares (optional) on every bundle pricing operation, in the form `Bearer <TOKEN>`. It is separate from the `Authorization` header that carries the API key, and Telnyx does not say when it is needed; the client sends it only when given in the call's `headers` option. */
                authorization_bearer?: components["parameters"]["ComplianceAuthorizationBearer"];
            };
            path: {
                /**
                 * @description ID of the user bundle.
                 * @example ca1d2263-d1f1-43ac-ba53-248e7a4bb26a
                 */
                user_bundle_id: components["parameters"]["ComplianceUserBundleIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The bundle's resources. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplianceUserBundleResourceList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ComplianceUnexpectedError"];
        };
    };
    ListDocumentLinks: {
        parameters: {
            query?: {
                /**
                 * @description Filters, sent as `filter[linked_record_type]=...` and `filter[linked_resource_id]=...`.
                 * @example {
                 *       "linked_resource_id": "a4b201f9-8646-4e54-a7d2-b2e403eeaf8c"
                 *     }
                 */
                filter?: {
                    /** @description Only links to records of this type. */
                    linked_record_type?: string;
                    /**
                     * Format: uuid
                     * @description Only links to the record with this ID.
                     */
                    linked_resource_id?: string;
                };
                /**
                 * @description Paging, sent as `page[number]` (starting at 1) and `page[size]` (1 to 250 results).
                 * @example {
                 *       "number": 1,
                 *       "size": 20
                 *     }
                 */
                page?: components["parameters"]["CompliancePage"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of document links. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplianceDocumentLinkList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            422: components["responses"]["ComplianceUnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ComplianceUnexpectedError"];
        };
    };
    ListDocuments: {
        parameters: {
            query?: {
                /**
                 * @description Filters, sent as `filter[created_at][gt]=...`, `filter[customer_reference][eq]=...`, `filter[filename][contains]=...` and so on.
                 * @example {
                 *       "created_at": {
                 *         "gt": "2026-03-01T00:00:00Z"
                 *       },
                 *       "filename": {
                 *         "contains": "passport"
                 *       }
                 *     }
                 */
                filter?: {
                    /** @description Upload time window. */
                    created_at?: {
                        /**
                         * Format: date-time
                         * @description Only documents created after this time.
                         */
                        gt?: string;
                        /**
                         * Format: date-time
                         * @description Only documents created before this time.
                         */
                        lt?: string;
                    };
                    /** @description Match on the customer reference. */
                    customer_reference?: {
                        /** @description Only documents with exactly this reference. */
                        eq?: string;
                        /** @description Only documents with one of these references. */
                        in?: string[];
                    };
                    /** @description Match on the file name. */
                    filename?: {
                        /** @description Only documents whose file name contains this text. */
                        contains?: string;
                    };
                };
                /**
                 * @description Orders the documents by one or more fields, ascending; prefix a field with `-` to sort it descending, e.g. `sort=-created_at`. Repeat the parameter to sort by several fields.
                 * @example [
                 *       "-created_at"
                 *     ]
                 */
                sort?: components["parameters"]["ComplianceDocumentSort"];
                /**
                 * @description Paging, sent as `page[number]` (starting at 1) and `page[size]` (1 to 250 results).
                 * @example {
                 *       "number": 1,
                 *       "size": 20
                 *     }
                 */
                page?: components["parameters"]["CompliancePage"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of documents. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplianceDocumentList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            422: components["responses"]["ComplianceUnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ComplianceUnexpectedError"];
        };
    };
    CreateDocument: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ComplianceDocumentUpload"];
                "multipart/form-data": components["schemas"]["ComplianceDocumentMultipartUpload"];
            };
        };
        responses: {
            /** @description The stored document. Telnyx answers 200 here, not 201; review (`status`) and the virus scan (`av_scan_status`) continue in the background. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplianceDocumentResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            422: components["responses"]["ComplianceUnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ComplianceUnexpectedError"];
        };
    };
    RetrieveDocument: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the document, as returned on upload.
                 * @example 6a09cdc3-8948-47f0-aa62-74ac943d6c58
                 */
                id: components["parameters"]["ComplianceDocumentIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The document. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplianceDocumentResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ComplianceUnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ComplianceUnexpectedError"];
        };
    };
    DeleteDocument: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the document, as returned on upload.
                 * @example 6a09cdc3-8948-47f0-aa62-74ac943d6c58
                 */
                id: components["parameters"]["ComplianceDocumentIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The deleted document. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplianceDocumentResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ComplianceUnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ComplianceUnexpectedError"];
        };
    };
    UpdateDocument: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the document, as returned on upload.
                 * @example 6a09cdc3-8948-47f0-aa62-74ac943d6c58
                 */
                id: components["parameters"]["ComplianceDocumentIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ComplianceDocumentUpdate"];
            };
        };
        responses: {
            /** @description The updated document. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplianceDocumentResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ComplianceUnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ComplianceUnexpectedError"];
        };
    };
    DownloadDocument: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the document, as returned on upload.
                 * @example 6a09cdc3-8948-47f0-aa62-74ac943d6c58
                 */
                id: components["parameters"]["ComplianceDocumentIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file content, of any type: the actual type is the document's `content_type`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": Blob | Uint8Array;
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ComplianceUnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ComplianceUnexpectedError"];
        };
    };
    getDocumentDownloadLink: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the document, as returned on upload.
                 * @example 6a09cdc3-8948-47f0-aa62-74ac943d6c58
                 */
                id: components["parameters"]["ComplianceDocumentIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The pre-signed URL. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplianceDocumentDownloadLink"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["ComplianceDocumentNotFoundSingle"];
            422: components["responses"]["ComplianceUnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ComplianceUnexpectedError"];
        };
    };
    updateNumberOrderPhoneNumberRequirementGroup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the phone number within its number order (not the phone number itself).
                 * @example c2d3e4f5-a6b7-4c8d-9e0f-1a2b3c4d5e6f
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ComplianceRequirementGroupAttach"];
            };
        };
        responses: {
            /** @description The ordered number after the group was applied. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplianceOrderPhoneNumberResponse"];
                };
            };
            400: components["responses"]["ComplianceBadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ComplianceUnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ComplianceServerError"];
        };
    };
    ListRegulatoryRequirementsPhoneNumbers: {
        parameters: {
            query?: {
                /**
                 * @description The number to look up, sent as `filter[phone_number]=+493040001234`: one number per call, as Telnyx's published OpenAPI spec types this filter as a single string.
                 * @example {
                 *       "phone_number": "+493040001234"
                 *     }
                 */
                filter?: {
                    /** @description Phone number in E.164 format. */
                    phone_number?: string;
                };
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The requirements per phone number. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CompliancePhoneNumberRequirementsList"];
                };
            };
            400: components["responses"]["ComplianceBadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["ComplianceNotFound"];
            422: components["responses"]["ComplianceUnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ComplianceServerError"];
        };
    };
    ListRegulatoryRequirements: {
        parameters: {
            query?: {
                /**
                 * @description What to look up, sent as `filter[country_code]=DE`, `filter[phone_number_type]=local`, `filter[action]=ordering` and so on.
                 * @example {
                 *       "country_code": "DE",
                 *       "phone_number_type": "local",
                 *       "action": "ordering"
                 *     }
                 */
                filter?: {
                    /**
                     * @description What the numbers are for. Telnyx's published OpenAPI spec lists `action` itself among the values, alongside `ordering` and `porting`.
                     * @enum {string}
                     */
                    action?: "ordering" | "porting" | "action";
                    /** @description ISO 3166-1 alpha-2 country code. */
                    country_code?: string;
                    /** @description A phone number in E.164 format, instead of country and type. */
                    phone_number?: string;
                    /**
                     * @description Kind of number.
                     * @enum {string}
                     */
                    phone_number_type?: "local" | "toll_free" | "mobile" | "national" | "shared_cost";
                    /** @description The requirements of this requirement group. */
                    requirement_group_id?: string;
                };
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The requirements per country, number type and action. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplianceRegulatoryRequirementsList"];
                };
            };
            400: components["responses"]["ComplianceBadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["ComplianceNotFound"];
            422: components["responses"]["ComplianceUnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ComplianceServerError"];
        };
    };
    GetRequirementGroups: {
        parameters: {
            query?: {
                /**
                 * @description Filters, sent as `filter[status]=approved`, `filter[country_code]=DE` and so on.
                 * @example {
                 *       "country_code": "DE",
                 *       "status": "approved"
                 *     }
                 */
                filter?: {
                    /**
                     * @description Only groups for this action. Telnyx's published OpenAPI spec lists `action` itself among the values, alongside `ordering` and `porting`.
                     * @enum {string}
                     */
                    action?: "ordering" | "porting" | "action";
                    /** @description Only groups for this ISO 3166-1 alpha-2 country. */
                    country_code?: string;
                    /** @description Only groups with this customer reference. */
                    customer_reference?: string;
                    /**
                     * @description Only groups for this kind of number.
                     * @enum {string}
                     */
                    phone_number_type?: "local" | "toll_free" | "mobile" | "national" | "shared_cost";
                    status?: components["schemas"]["ComplianceRequirementGroupStatus"];
                };
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The matching requirement groups, as a bare array. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplianceRequirementGroupList"];
                };
            };
            400: components["responses"]["ComplianceBadRequest"];
            401: components["responses"]["Unauthorized"];
            422: components["responses"]["ComplianceUnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ComplianceServerError"];
        };
    };
    CreateRequirementGroup: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ComplianceRequirementGroupCreate"];
            };
        };
        responses: {
            /** @description The new requirement group, returned flat. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplianceRequirementGroup"];
                };
            };
            400: components["responses"]["ComplianceBadRequest"];
            401: components["responses"]["Unauthorized"];
            422: components["responses"]["ComplianceUnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ComplianceServerError"];
        };
    };
    GetRequirementGroup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the requirement group. The examples are UUIDs, but no format is enforced.
                 * @example a4b201f9-8646-4e54-a7d2-b2e403eeaf8c
                 */
                id: components["parameters"]["ComplianceRequirementGroupIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The requirement group, returned flat. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplianceRequirementGroup"];
                };
            };
            400: components["responses"]["ComplianceBadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ComplianceUnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ComplianceServerError"];
        };
    };
    DeleteRequirementGroup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the requirement group. The examples are UUIDs, but no format is enforced.
                 * @example a4b201f9-8646-4e54-a7d2-b2e403eeaf8c
                 */
                id: components["parameters"]["ComplianceRequirementGroupIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The deleted requirement group, returned flat. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplianceRequirementGroup"];
                };
            };
            400: components["responses"]["ComplianceBadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ComplianceUnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ComplianceServerError"];
        };
    };
    UpdateRequirementGroup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the requirement group. The examples are UUIDs, but no format is enforced.
                 * @example a4b201f9-8646-4e54-a7d2-b2e403eeaf8c
                 */
                id: components["parameters"]["ComplianceRequirementGroupIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ComplianceRequirementGroupUpdate"];
            };
        };
        responses: {
            /** @description The updated requirement group, returned flat. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplianceRequirementGroup"];
                };
            };
            400: components["responses"]["ComplianceBadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ComplianceUnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ComplianceServerError"];
        };
    };
    SubmitRequirementGroup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the requirement group. The examples are UUIDs, but no format is enforced.
                 * @example a4b201f9-8646-4e54-a7d2-b2e403eeaf8c
                 */
                id: components["parameters"]["ComplianceRequirementGroupIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The submitted requirement group, returned flat. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplianceRequirementGroup"];
                };
            };
            400: components["responses"]["ComplianceBadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ComplianceUnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ComplianceServerError"];
        };
    };
    ListRequirementTypes: {
        parameters: {
            query?: {
                /**
                 * @description Filters, sent as `filter[name][contains]=...`.
                 * @example {
                 *       "name": {
                 *         "contains": "address"
                 *       }
                 *     }
                 */
                filter?: {
                    /** @description Match on the requirement type's name. */
                    name?: {
                        /** @description Only types whose name contains this text. */
                        contains?: string;
                    };
                };
                /**
                 * @description Orders the requirement types by one or more fields, ascending; prefix a field with `-` to sort it descending, e.g. `sort=-created_at`. Repeat the parameter to sort by several fields.
                 * @example [
                 *       "name"
                 *     ]
                 */
                sort?: components["parameters"]["ComplianceRequirementTypeSort"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The requirement types. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplianceRequirementTypeList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            422: components["responses"]["ComplianceUnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ComplianceUnexpectedError"];
        };
    };
    RetrieveRequirementType: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the requirement type.
                 * @example a38c217a-8019-48f8-bff6-0fdd9939075b
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The requirement type. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplianceRequirementTypeResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ComplianceUnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ComplianceUnexpectedError"];
        };
    };
    ListRequirements: {
        parameters: {
            query?: {
                /**
                 * @description Filters, sent as `filter[country_code]=DE`, `filter[phone_number_type]=local`, `filter[action]=ordering`.
                 * @example {
                 *       "country_code": "DE",
                 *       "phone_number_type": "local",
                 *       "action": "ordering"
                 *     }
                 */
                filter?: {
                    /**
                     * @description Only requirements for this action.
                     * @enum {string}
                     */
                    action?: "branded_calling" | "ordering" | "porting";
                    /** @description Only requirements of this ISO 3166-1 alpha-2 country. */
                    country_code?: string;
                    /**
                     * @description Only requirements for this kind of number.
                     * @enum {string}
                     */
                    phone_number_type?: "local" | "national" | "toll_free";
                };
                /**
                 * @description Orders the requirements by one or more fields, ascending; prefix a field with `-` to sort it descending, e.g. `sort=-created_at`. Repeat the parameter to sort by several fields.
                 * @example [
                 *       "country_code"
                 *     ]
                 */
                sort?: components["parameters"]["ComplianceRequirementSort"];
                /**
                 * @description Paging, sent as `page[number]` (starting at 1) and `page[size]` (1 to 250 results).
                 * @example {
                 *       "number": 1,
                 *       "size": 20
                 *     }
                 */
                page?: components["parameters"]["CompliancePage"];
                /** @description Version of the requirement definitions to return. */
                version?: components["parameters"]["ComplianceRequirementVersion"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of requirements. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplianceRequirementList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            422: components["responses"]["ComplianceUnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ComplianceUnexpectedError"];
        };
    };
    RetrieveDocumentRequirements: {
        parameters: {
            query?: {
                /** @description Version of the requirement definitions to return. */
                version?: components["parameters"]["ComplianceRequirementVersion"];
            };
            header?: never;
            path: {
                /**
                 * @description ID of the requirement.
                 * @example a9dad8d5-fdbd-49d7-aa23-39bb08a5ebaa
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The requirement. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplianceRequirementResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ComplianceUnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ComplianceUnexpectedError"];
        };
    };
    updateSubNumberOrderRequirementGroup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the sub number order.
                 * @example 3f8b2c6d-9e1a-4b7c-8d2e-5a6f7b8c9d01
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ComplianceRequirementGroupAttach"];
            };
        };
        responses: {
            /** @description The sub number order after the group was applied. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplianceSubNumberOrderResponse"];
                };
            };
            400: components["responses"]["ComplianceBadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ComplianceUnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ComplianceServerError"];
        };
    };
    FindUserAddress: {
        parameters: {
            query?: {
                /**
                 * @description Paging, sent as `page[number]` (starting at 1) and `page[size]` (1 to 250 results).
                 * @example {
                 *       "number": 1,
                 *       "size": 20
                 *     }
                 */
                page?: components["parameters"]["CompliancePage"];
                /**
                 * @description Filters, sent as `filter[customer_reference][eq]=...`, `filter[street_address][contains]=...` and so on.
                 * @example {
                 *       "street_address": {
                 *         "contains": "Friedrichstraße"
                 *       }
                 *     }
                 */
                filter?: {
                    /** @description Match on the customer reference. */
                    customer_reference?: {
                        /** @description Only addresses whose reference contains this text. */
                        contains?: string;
                        /** @description Only addresses with exactly this reference. */
                        eq?: string;
                    };
                    /** @description Match on the street address. */
                    street_address?: {
                        /** @description Only addresses whose street address contains this text. */
                        contains?: string;
                    };
                };
                /**
                 * @description Field to order the results by.
                 * @example business_name
                 */
                sort?: "created_at" | "first_name" | "last_name" | "business_name" | "street_address";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of user addresses. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplianceUserAddressList"];
                };
            };
            400: components["responses"]["ComplianceBadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["ComplianceNotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    CreateUserAddress: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ComplianceUserAddressCreate"];
            };
        };
        responses: {
            /** @description The saved address. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplianceUserAddressResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            422: components["responses"]["ComplianceUnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    GetUserAddress: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the user address. The records carry UUIDs, but no format is enforced on this parameter.
                 * @example 0a8e4f2c-6b1d-4c3e-9f7a-5d2b8e1c4a60
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user address. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplianceUserAddressResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ComplianceUnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    ListVerifiedNumbers: {
        parameters: {
            query?: {
                /**
                 * @description Paging, sent as `page[number]` and `page[size]`. No minimum or maximum is enforced here.
                 * @example {
                 *       "number": 1,
                 *       "size": 25
                 *     }
                 */
                page?: {
                    /**
                     * @description Page to return, starting at 1.
                     * @default 1
                     */
                    number?: number;
                    /**
                     * @description Results per page.
                     * @default 25
                     */
                    size?: number;
                };
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of verified numbers. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplianceVerifiedNumberList"];
                };
            };
            400: components["responses"]["ComplianceBadRequest"];
            401: components["responses"]["Unauthorized"];
            422: components["responses"]["ComplianceUnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    CreateVerifiedNumber: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ComplianceVerifiedNumberCreate"];
            };
        };
        responses: {
            /** @description The verification was started; returned flat. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplianceVerificationRequested"];
                };
            };
            400: components["responses"]["ComplianceBadRequest"];
            401: components["responses"]["Unauthorized"];
            422: components["responses"]["ComplianceUnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    GetVerifiedNumber: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The verified number in E.164 format, `+` included (the client percent-encodes it as `%2B`).
                 * @example +13125550001
                 */
                phone_number: components["parameters"]["ComplianceVerifiedNumberPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The verified number. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplianceVerifiedNumberResponse"];
                };
            };
            400: components["responses"]["ComplianceBadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    DeleteVerifiedNumber: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The verified number in E.164 format, `+` included (the client percent-encodes it as `%2B`).
                 * @example +13125550001
                 */
                phone_number: components["parameters"]["ComplianceVerifiedNumberPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The removed verified number. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplianceVerifiedNumberResponse"];
                };
            };
            400: components["responses"]["ComplianceBadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    VerifyVerificationCode: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The verified number in E.164 format, `+` included (the client percent-encodes it as `%2B`).
                 * @example +13125550001
                 */
                phone_number: components["parameters"]["ComplianceVerifiedNumberPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ComplianceVerificationCode"];
            };
        };
        responses: {
            /** @description The number, now verified. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplianceVerifiedNumberResponse"];
                };
            };
            400: components["responses"]["ComplianceBadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ComplianceUnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    PostPortabilityCheck: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PortabilityCheckRequest"];
            };
        };
        responses: {
            /** @description One result per number checked. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortabilityCheckResultList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            422: components["responses"]["PortingUnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listPortingEvents: {
        parameters: {
            query?: {
                /**
                 * @description Paging, sent as `page[number]` (starting at 1) and `page[size]` (1 to 250 results).
                 * @example {
                 *       "number": 1,
                 *       "size": 20
                 *     }
                 */
                page?: components["parameters"]["PortingPage"];
                /**
                 * @description Filters, sent as `filter[porting_order_id]=...`, `filter[type]=porting_order.status_changed`, `filter[created_at][gte]=...` and so on.
                 * @example {
                 *       "porting_order_id": "3c8e4b7a-2f1d-4e6a-9b3c-7d5e1f2a8b90",
                 *       "type": "porting_order.status_changed"
                 *     }
                 */
                filter?: {
                    /** @description Time window of the event. */
                    created_at?: {
                        /**
                         * Format: date-time
                         * @description Only events created at or after this time.
                         */
                        gte?: string;
                        /**
                         * Format: date-time
                         * @description Only events created at or before this time.
                         */
                        lte?: string;
                    };
                    /**
                     * Format: uuid
                     * @description Only events of this porting order.
                     */
                    porting_order_id?: string;
                    type?: components["schemas"]["PortingEventType"];
                };
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of porting events. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortingEventList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            422: components["responses"]["PortingUnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["PortingServerError"];
        };
    };
    showPortingEvent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the porting event.
                 * @example c9d0e1f2-3a4b-4c5d-8e6f-7a8b9c0d1e2f
                 */
                id: components["parameters"]["PortingEventId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The porting event. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortingEventResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["PortingServerError"];
        };
    };
    republishPortingEvent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the porting event.
                 * @example c9d0e1f2-3a4b-4c5d-8e6f-7a8b9c0d1e2f
                 */
                id: components["parameters"]["PortingEventId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The event was queued for delivery again. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["PortingServerError"];
        };
    };
    ListLoaConfigurations: {
        parameters: {
            query?: {
                /**
                 * @description Paging, sent as `page[number]` (starting at 1) and `page[size]` (1 to 250 results).
                 * @example {
                 *       "number": 1,
                 *       "size": 20
                 *     }
                 */
                page?: components["parameters"]["PortingPage"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of LOA configurations. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoaConfigurationList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            422: components["responses"]["PortingUnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["PortingServerError"];
        };
    };
    CreateLoaConfiguration: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoaConfigurationInput"];
            };
        };
        responses: {
            /** @description The configuration was saved. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoaConfigurationResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            422: components["responses"]["PortingUnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["PortingServerError"];
        };
    };
    PreviewLoaConfigurationParams: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoaConfigurationInput"];
            };
        };
        responses: {
            /** @description The rendered LOA as a PDF file. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": Blob | Uint8Array;
                };
            };
            401: components["responses"]["Unauthorized"];
            422: components["responses"]["PortingUnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["PortingServerError"];
        };
    };
    GetLoaConfiguration: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the LOA configuration.
                 * @example 1f2e3d4c-5b6a-4978-8a9b-0c1d2e3f4a5b
                 */
                id: components["parameters"]["LoaConfigurationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The LOA configuration. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoaConfigurationResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["PortingServerError"];
        };
    };
    DeleteLoaConfiguration: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the LOA configuration.
                 * @example 1f2e3d4c-5b6a-4978-8a9b-0c1d2e3f4a5b
                 */
                id: components["parameters"]["LoaConfigurationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The configuration was deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["PortingServerError"];
        };
    };
    UpdateLoaConfiguration: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the LOA configuration.
                 * @example 1f2e3d4c-5b6a-4978-8a9b-0c1d2e3f4a5b
                 */
                id: components["parameters"]["LoaConfigurationId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoaConfigurationInput"];
            };
        };
        responses: {
            /** @description The updated configuration. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoaConfigurationResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["PortingUnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["PortingServerError"];
        };
    };
    PreviewLoaConfiguration: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the LOA configuration.
                 * @example 1f2e3d4c-5b6a-4978-8a9b-0c1d2e3f4a5b
                 */
                id: components["parameters"]["LoaConfigurationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The rendered LOA as a PDF file. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": Blob | Uint8Array;
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["PortingServerError"];
        };
    };
    ListPortingReports: {
        parameters: {
            query?: {
                /**
                 * @description Paging, sent as `page[number]` (starting at 1) and `page[size]` (1 to 250 results).
                 * @example {
                 *       "number": 1,
                 *       "size": 20
                 *     }
                 */
                page?: components["parameters"]["PortingPage"];
                /**
                 * @description Filters, sent as `filter[report_type]=export_porting_orders_csv` and `filter[status]=completed`.
                 * @example {
                 *       "report_type": "export_porting_orders_csv",
                 *       "status": "completed"
                 *     }
                 */
                filter?: {
                    report_type?: components["schemas"]["PortingReportType"];
                    status?: components["schemas"]["PortingReportStatus"];
                };
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of porting reports. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortingReportList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            422: components["responses"]["PortingUnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["PortingServerError"];
        };
    };
    CreatePortingReport: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PortingReportCreate"];
            };
        };
        responses: {
            /** @description The report was requested. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortingReportResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            422: components["responses"]["PortingUnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["PortingServerError"];
        };
    };
    GetPortingReport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the porting report.
                 * @example 4d5e6f7a-8b9c-4d0e-9f1a-2b3c4d5e6f7a
                 */
                id: components["parameters"]["PortingReportId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortingReportResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["PortingServerError"];
        };
    };
    listPortingUKCarriers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The UK carriers. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortingUkCarrierList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            422: components["responses"]["PortingUnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["PortingServerError"];
        };
    };
    ListPortingOrders: {
        parameters: {
            query?: {
                /**
                 * @description Paging, sent as `page[number]` (starting at 1) and `page[size]` (1 to 250 results).
                 * @example {
                 *       "number": 1,
                 *       "size": 20
                 *     }
                 */
                page?: components["parameters"]["PortingPage"];
                /**
                 * @description Include the order's numbers in `phone_numbers`; send `false` to leave them out.
                 * @example true
                 */
                include_phone_numbers?: components["parameters"]["PortingIncludePhoneNumbers"];
                /**
                 * @description Filters, sent as `filter[customer_reference]=...`, `filter[misc][type]=full`, `filter[phone_numbers][phone_number][contains]=303` and so on.
                 * @example {
                 *       "customer_reference": "denver-office-port",
                 *       "misc": {
                 *         "type": "full"
                 *       }
                 *     }
                 */
                filter?: {
                    /** @description Match on the activation settings. */
                    activation_settings?: {
                        /** @description Only orders that are (or are not) eligible for FastPort. */
                        fast_port_eligible?: boolean;
                        /** @description Window of the requested FOC date-time. */
                        foc_datetime_requested?: {
                            /** @description Only orders whose requested FOC is after this ISO 8601 date-time. */
                            gt?: string;
                            /** @description Only orders whose requested FOC is before this ISO 8601 date-time. */
                            lt?: string;
                        };
                    };
                    /** @description Only orders with this customer group reference. */
                    customer_group_reference?: string;
                    /** @description Only orders with this customer reference. */
                    customer_reference?: string;
                    /** @description Match on the end user. */
                    end_user?: {
                        /** @description Match on the end user's account holder details. */
                        admin?: {
                            /** @description Only orders with this authorized person. */
                            auth_person_name?: string;
                            /** @description Only orders with this account holder name. */
                            entity_name?: string;
                        };
                    };
                    /** @description Match on the port type. */
                    misc?: {
                        type?: components["schemas"]["PortingOrderType"];
                    };
                    /** @description Only orders split from the order with this support key. */
                    parent_support_key?: string;
                    /** @description Match on the numbers in the order. */
                    phone_numbers?: {
                        /** @description Only orders whose numbers are at this carrier. */
                        carrier_name?: string;
                        /** @description Only orders with numbers of this ISO 3166-1 alpha-2 country. */
                        country_code?: string;
                        /** @description Match on the digits of the numbers. */
                        phone_number?: {
                            /** @description A number of the order contains these digits. */
                            contains?: string;
                        };
                    };
                };
                /**
                 * @description Sort order, sent as `sort[value]=-created_at` (a leading `-` sorts descending).
                 * @example {
                 *       "value": "-created_at"
                 *     }
                 */
                sort?: {
                    /**
                     * @description Field to sort by.
                     * @enum {string}
                     */
                    value?: "created_at" | "-created_at" | "activation_settings.foc_datetime_requested" | "-activation_settings.foc_datetime_requested";
                };
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of porting orders. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortingOrderList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            422: components["responses"]["PortingUnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    CreatePortingOrder: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PortingOrderCreate"];
            };
        };
        responses: {
            /** @description The new draft orders. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortingOrderCreateResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            422: components["responses"]["PortingUnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    ListExceptionTypes: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The exception types. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortingExceptionTypeList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            422: components["responses"]["PortingUnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    ListPhoneNumberConfigurations: {
        parameters: {
            query?: {
                /**
                 * @description Paging, sent as `page[number]` (starting at 1) and `page[size]` (1 to 250 results).
                 * @example {
                 *       "number": 1,
                 *       "size": 20
                 *     }
                 */
                page?: components["parameters"]["PortingPage"];
                /**
                 * @description Filters, sent as `filter[porting_order][status]=draft`, `filter[porting_phone_number]=...` and `filter[user_bundle_id]=...` (each may repeat). The order status list here also accepts `activation-in-progress`, which Telnyx lists only for this filter.
                 * @example {
                 *       "porting_order": {
                 *         "status": [
                 *           "draft"
                 *         ]
                 *       }
                 *     }
                 */
                filter?: {
                    /** @description Match on the porting order. */
                    porting_order?: {
                        /** @description Only configurations of orders in one of these states. */
                        status?: ("activation-in-progress" | "cancel-pending" | "cancelled" | "draft" | "exception" | "foc-date-confirmed" | "in-process" | "ported" | "submitted")[];
                    };
                    /** @description Only configurations of these porting phone numbers. */
                    porting_phone_number?: string[];
                    /** @description Only configurations using these user bundles. */
                    user_bundle_id?: string[];
                };
                /**
                 * @description Sort order, sent as `sort[value]=-created_at` (a leading `-` sorts descending).
                 * @example {
                 *       "value": "-created_at"
                 *     }
                 */
                sort?: components["parameters"]["PortingSortByCreatedAt"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of phone number configurations. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortingPhoneNumberConfigurationList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            422: components["responses"]["PortingUnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    CreatePhoneNumberConfigurations: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PortingPhoneNumberConfigurationCreate"];
            };
        };
        responses: {
            /** @description The configurations created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortingPhoneNumberConfigurationCreateResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            422: components["responses"]["PortingUnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    GetPortingOrder: {
        parameters: {
            query?: {
                /**
                 * @description Include the order's numbers in `phone_numbers`; send `false` to leave them out.
                 * @example true
                 */
                include_phone_numbers?: components["parameters"]["PortingIncludePhoneNumbers"];
            };
            header?: never;
            path: {
                /**
                 * @description ID of the porting order.
                 * @example 3c8e4b7a-2f1d-4e6a-9b3c-7d5e1f2a8b90
                 */
                id: components["parameters"]["PortingOrderId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The porting order. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortingOrderResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    DeletePortingOrder: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the porting order.
                 * @example 3c8e4b7a-2f1d-4e6a-9b3c-7d5e1f2a8b90
                 */
                id: components["parameters"]["PortingOrderId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The draft was deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["PortingUnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    UpdatePortingOrder: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the porting order.
                 * @example 3c8e4b7a-2f1d-4e6a-9b3c-7d5e1f2a8b90
                 */
                id: components["parameters"]["PortingOrderId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PortingOrderUpdate"];
            };
        };
        responses: {
            /** @description The order after the merge. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortingOrderResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["PortingUnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    ActivatePortingOrder: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the porting order.
                 * @example 3c8e4b7a-2f1d-4e6a-9b3c-7d5e1f2a8b90
                 */
                id: components["parameters"]["PortingOrderId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The activation job was created. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortingActivationJobResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["PortingUnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    CancelPortingOrder: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the porting order.
                 * @example 3c8e4b7a-2f1d-4e6a-9b3c-7d5e1f2a8b90
                 */
                id: components["parameters"]["PortingOrderId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The order with its new status. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortingOrderResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["PortingUnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    ConfirmPortingOrder: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the porting order.
                 * @example 3c8e4b7a-2f1d-4e6a-9b3c-7d5e1f2a8b90
                 */
                id: components["parameters"]["PortingOrderId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The order with its new status. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortingOrderResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["PortingUnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    SharePortingOrder: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the porting order.
                 * @example 3c8e4b7a-2f1d-4e6a-9b3c-7d5e1f2a8b90
                 */
                id: components["parameters"]["PortingOrderId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PortingOrderShareRequest"];
            };
        };
        responses: {
            /** @description The sharing token. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortingOrderSharingTokenResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["PortingUnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    ListPortingOrderActivationJobs: {
        parameters: {
            query?: {
                /**
                 * @description Paging, sent as `page[number]` (starting at 1) and `page[size]` (1 to 250 results).
                 * @example {
                 *       "number": 1,
                 *       "size": 20
                 *     }
                 */
                page?: components["parameters"]["PortingPage"];
            };
            header?: never;
            path: {
                /**
                 * @description ID of the porting order.
                 * @example 3c8e4b7a-2f1d-4e6a-9b3c-7d5e1f2a8b90
                 */
                id: components["parameters"]["PortingOrderId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of activation jobs. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortingActivationJobList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["PortingUnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    GetPortingOrdersActivationJob: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the porting order.
                 * @example 3c8e4b7a-2f1d-4e6a-9b3c-7d5e1f2a8b90
                 */
                id: components["parameters"]["PortingOrderId"];
                /**
                 * @description ID of the activation job.
                 * @example 2e4f6a8b-1c3d-4e5f-8a9b-0c1d2e3f4a5b
                 */
                activationJobId: components["parameters"]["PortingActivationJobId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The activation job. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortingActivationJobResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["PortingUnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    UpdatePortingOrdersActivationJob: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the porting order.
                 * @example 3c8e4b7a-2f1d-4e6a-9b3c-7d5e1f2a8b90
                 */
                id: components["parameters"]["PortingOrderId"];
                /**
                 * @description ID of the activation job.
                 * @example 2e4f6a8b-1c3d-4e5f-8a9b-0c1d2e3f4a5b
                 */
                activationJobId: components["parameters"]["PortingActivationJobId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PortingActivationJobUpdate"];
            };
        };
        responses: {
            /** @description The rescheduled job. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortingActivationJobResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["PortingUnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    ListAdditionalDocuments: {
        parameters: {
            query?: {
                /**
                 * @description Paging, sent as `page[number]` (starting at 1) and `page[size]` (1 to 250 results).
                 * @example {
                 *       "number": 1,
                 *       "size": 20
                 *     }
                 */
                page?: components["parameters"]["PortingPage"];
                /**
                 * @description Filters, sent as `filter[document_type]=loa` (may repeat).
                 * @example {
                 *       "document_type": [
                 *         "invoice"
                 *       ]
                 *     }
                 */
                filter?: {
                    /** @description Only documents of these types. */
                    document_type?: components["schemas"]["PortingAdditionalDocumentType"][];
                };
                /**
                 * @description Sort order, sent as `sort[value]=-created_at` (a leading `-` sorts descending).
                 * @example {
                 *       "value": "-created_at"
                 *     }
                 */
                sort?: components["parameters"]["PortingSortByCreatedAt"];
            };
            header?: never;
            path: {
                /**
                 * @description ID of the porting order.
                 * @example 3c8e4b7a-2f1d-4e6a-9b3c-7d5e1f2a8b90
                 */
                id: components["parameters"]["PortingOrderId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of additional documents. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortingAdditionalDocumentList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    CreateAdditionalDocuments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the porting order.
                 * @example 3c8e4b7a-2f1d-4e6a-9b3c-7d5e1f2a8b90
                 */
                id: components["parameters"]["PortingOrderId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PortingAdditionalDocumentCreate"];
            };
        };
        responses: {
            /** @description The documents attached. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortingAdditionalDocumentCreateResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["PortingUnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    DeleteAdditionalDocument: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the porting order.
                 * @example 3c8e4b7a-2f1d-4e6a-9b3c-7d5e1f2a8b90
                 */
                id: components["parameters"]["PortingOrderId"];
                /**
                 * @description ID of the additional document record (not the ID of the uploaded document itself).
                 * @example 5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d
                 */
                additional_document_id: components["parameters"]["PortingAdditionalDocumentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The document was removed from the order. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    ListAllowedFocWindows: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the porting order.
                 * @example 3c8e4b7a-2f1d-4e6a-9b3c-7d5e1f2a8b90
                 */
                id: components["parameters"]["PortingOrderId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The allowed FOC windows. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortingAllowedFocWindowList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    ListPortingOrderComments: {
        parameters: {
            query?: {
                /**
                 * @description Paging, sent as `page[number]` (starting at 1) and `page[size]` (1 to 250 results).
                 * @example {
                 *       "number": 1,
                 *       "size": 20
                 *     }
                 */
                page?: components["parameters"]["PortingPage"];
            };
            header?: never;
            path: {
                /**
                 * @description ID of the porting order.
                 * @example 3c8e4b7a-2f1d-4e6a-9b3c-7d5e1f2a8b90
                 */
                id: components["parameters"]["PortingOrderId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of comments. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortingOrderCommentList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["PortingUnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    CreatePortingOrderComment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the porting order.
                 * @example 3c8e4b7a-2f1d-4e6a-9b3c-7d5e1f2a8b90
                 */
                id: components["parameters"]["PortingOrderId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PortingOrderCommentCreate"];
            };
        };
        responses: {
            /** @description The comment posted. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortingOrderCommentResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["PortingUnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    GetPortingOrderLoaTemplate: {
        parameters: {
            query?: {
                /**
                 * @description LOA configuration whose branding the template should use.
                 * @example 1f2e3d4c-5b6a-4978-8a9b-0c1d2e3f4a5b
                 */
                loa_configuration_id?: string;
            };
            header?: never;
            path: {
                /**
                 * @description ID of the porting order.
                 * @example 3c8e4b7a-2f1d-4e6a-9b3c-7d5e1f2a8b90
                 */
                id: components["parameters"]["PortingOrderId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The LOA template as a PDF file. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": Blob | Uint8Array;
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    ListPortingOrderRequirements: {
        parameters: {
            query?: {
                /**
                 * @description Paging, sent as `page[number]` (starting at 1) and `page[size]` (1 to 250 results).
                 * @example {
                 *       "number": 1,
                 *       "size": 20
                 *     }
                 */
                page?: components["parameters"]["PortingPage"];
            };
            header?: never;
            path: {
                /**
                 * @description ID of the porting order.
                 * @example 3c8e4b7a-2f1d-4e6a-9b3c-7d5e1f2a8b90
                 */
                id: components["parameters"]["PortingOrderId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of requirements. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortingOrderRequirementDetailList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["PortingUnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    GetPortingOrderSubRequest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the porting order.
                 * @example 3c8e4b7a-2f1d-4e6a-9b3c-7d5e1f2a8b90
                 */
                id: components["parameters"]["PortingOrderId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The V1 identifiers. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortingSubRequestResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    ListVerificationCodes: {
        parameters: {
            query?: {
                /**
                 * @description Paging, sent as `page[number]` (starting at 1) and `page[size]` (1 to 250 results).
                 * @example {
                 *       "number": 1,
                 *       "size": 20
                 *     }
                 */
                page?: components["parameters"]["PortingPage"];
                /**
                 * @description Filters, sent as `filter[verified]=false`.
                 * @example {
                 *       "verified": false
                 *     }
                 */
                filter?: {
                    /** @description Only codes of numbers that are (or are not) verified. */
                    verified?: boolean;
                };
                /**
                 * @description Sort order, sent as `sort[value]=-created_at` (a leading `-` sorts descending).
                 * @example {
                 *       "value": "-created_at"
                 *     }
                 */
                sort?: components["parameters"]["PortingSortByCreatedAt"];
            };
            header?: never;
            path: {
                /**
                 * @description ID of the porting order.
                 * @example 3c8e4b7a-2f1d-4e6a-9b3c-7d5e1f2a8b90
                 */
                id: components["parameters"]["PortingOrderId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of verification codes. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortingVerificationCodeList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    SendPortingVerificationCodes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the porting order.
                 * @example 3c8e4b7a-2f1d-4e6a-9b3c-7d5e1f2a8b90
                 */
                id: components["parameters"]["PortingOrderId"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["PortingVerificationCodeSend"];
            };
        };
        responses: {
            /** @description The codes were sent. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["PortingUnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    VerifyPortingVerificationCodes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the porting order.
                 * @example 3c8e4b7a-2f1d-4e6a-9b3c-7d5e1f2a8b90
                 */
                id: components["parameters"]["PortingOrderId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PortingVerificationCodeVerify"];
            };
        };
        responses: {
            /** @description The verification state of each number. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortingVerificationCodeVerifyResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["PortingUnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listPortingActionRequirements: {
        parameters: {
            query?: {
                /**
                 * @description Paging, sent as `page[number]` (starting at 1) and `page[size]` (1 to 250 results).
                 * @example {
                 *       "number": 1,
                 *       "size": 20
                 *     }
                 */
                page?: components["parameters"]["PortingPage"];
                /**
                 * @description Filters, sent as `filter[action_type]=au_id_verification`, `filter[status]=created`, `filter[id]=...` (may repeat) and `filter[requirement_type_id]=...`.
                 * @example {
                 *       "action_type": "au_id_verification",
                 *       "status": "created"
                 *     }
                 */
                filter?: {
                    /**
                     * @description Only action requirements of this kind.
                     * @enum {string}
                     */
                    action_type?: "au_id_verification";
                    /** @description Only these action requirements. */
                    id?: string[];
                    /**
                     * Format: uuid
                     * @description Only action requirements for this requirement type.
                     */
                    requirement_type_id?: string;
                    status?: components["schemas"]["PortingActionRequirementStatus"];
                };
                /**
                 * @description Sort order, sent as `sort[value]=-updated_at` (a leading `-` sorts descending).
                 * @example {
                 *       "value": "-created_at"
                 *     }
                 */
                sort?: {
                    /**
                     * @description Field to sort by.
                     * @enum {string}
                     */
                    value?: "created_at" | "-created_at" | "updated_at" | "-updated_at";
                };
            };
            header?: never;
            path: {
                /**
                 * @description ID of the porting order. No UUID format is enforced on this parameter for action requirements.
                 * @example b8d0f2a4-6c8e-4a0b-9d3f-5e7a9b1c3d5f
                 */
                porting_order_id: components["parameters"]["PortingOrderIdForActionRequirements"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of action requirements. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortingActionRequirementList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["PortingServerError"];
        };
    };
    initiatePortingActionRequirement: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the porting order. No UUID format is enforced on this parameter for action requirements.
                 * @example b8d0f2a4-6c8e-4a0b-9d3f-5e7a9b1c3d5f
                 */
                porting_order_id: components["parameters"]["PortingOrderIdForActionRequirements"];
                /**
                 * @description ID of the action requirement (no format is enforced).
                 * @example a7c9e1f3-5b7d-4f9a-8c2e-4d6f8a0b2c4e
                 */
                id: components["parameters"]["PortingActionRequirementId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PortingActionRequirementInitiate"];
            };
        };
        responses: {
            /** @description The action requirement after starting it. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortingActionRequirementResponse"];
                };
            };
            400: components["responses"]["PortingBadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["PortingUnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["PortingServerError"];
        };
    };
    listPortingAssociatedPhoneNumbers: {
        parameters: {
            query?: {
                /**
                 * @description Paging, sent as `page[number]` (starting at 1) and `page[size]` (1 to 250 results).
                 * @example {
                 *       "number": 1,
                 *       "size": 20
                 *     }
                 */
                page?: components["parameters"]["PortingPage"];
                /**
                 * @description Filters, sent as `filter[action]=keep` and `filter[phone_number]=+442071234567`.
                 * @example {
                 *       "action": "keep"
                 *     }
                 */
                filter?: {
                    action?: components["schemas"]["PortingAssociatedPhoneNumberAction"];
                    /** @description Only ranges containing this E.164 number. */
                    phone_number?: string;
                };
                /**
                 * @description Sort order, sent as `sort[value]=created_at`; newest first by default.
                 * @example {
                 *       "value": "-created_at"
                 *     }
                 */
                sort?: {
                    /**
                     * @description Field to sort by (a leading `-` sorts descending).
                     * @default -created_at
                     * @enum {string}
                     */
                    value?: "-created_at" | "created_at";
                };
            };
            header?: never;
            path: {
                /**
                 * @description ID of the porting order.
                 * @example e1f2a3b4-c5d6-4e7f-9a8b-0c1d2e3f4a5b
                 */
                porting_order_id: components["parameters"]["PortingOrderIdNested"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of associated phone numbers. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortingAssociatedPhoneNumberList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["PortingUnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createPortingAssociatedPhoneNumber: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the porting order.
                 * @example e1f2a3b4-c5d6-4e7f-9a8b-0c1d2e3f4a5b
                 */
                porting_order_id: components["parameters"]["PortingOrderIdNested"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PortingAssociatedPhoneNumberCreate"];
            };
        };
        responses: {
            /** @description The associated phone number range. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortingAssociatedPhoneNumberResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["PortingUnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    deletePortingAssociatedPhoneNumber: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the porting order.
                 * @example e1f2a3b4-c5d6-4e7f-9a8b-0c1d2e3f4a5b
                 */
                porting_order_id: components["parameters"]["PortingOrderIdNested"];
                /**
                 * @description ID of the associated phone number range.
                 * @example d0e1f2a3-b4c5-4d6e-8f7a-9b0c1d2e3f4a
                 */
                id: components["parameters"]["PortingAssociatedPhoneNumberId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The removed range. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortingAssociatedPhoneNumberResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["PortingUnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listPortingPhoneNumberBlocks: {
        parameters: {
            query?: {
                /**
                 * @description Filters, sent as `filter[status]=draft`, `filter[phone_number]=+4930244999901` (may repeat), `filter[activation_status]=Active` and so on. `status` and `support_key` take one value or a list.
                 * @example {
                 *       "status": "draft"
                 *     }
                 */
                filter?: {
                    activation_status?: components["schemas"]["PortingActivationStatus"];
                    /** @description Only blocks containing these E.164 numbers. */
                    phone_number?: string[];
                    portability_status?: components["schemas"]["PortingPortabilityStatus"];
                    /** @description Only blocks of these porting orders. */
                    porting_order_id?: string[];
                    /** @description Only blocks of orders in this state, or in any of these states. */
                    status?: components["schemas"]["PortingOrderStatusValue"] | components["schemas"]["PortingOrderStatusValue"][];
                    /** @description Only blocks of orders with this support key, or any of these. */
                    support_key?: string | string[];
                };
                /**
                 * @description Paging, sent as `page[number]` (starting at 1) and `page[size]` (1 to 250 results).
                 * @example {
                 *       "number": 1,
                 *       "size": 20
                 *     }
                 */
                page?: components["parameters"]["PortingPage"];
                /**
                 * @description Sort order, sent as `sort[value]=-created_at` (a leading `-` sorts descending).
                 * @example {
                 *       "value": "-created_at"
                 *     }
                 */
                sort?: components["parameters"]["PortingSortByCreatedAt"];
            };
            header?: never;
            path: {
                /**
                 * @description ID of the porting order.
                 * @example e1f2a3b4-c5d6-4e7f-9a8b-0c1d2e3f4a5b
                 */
                porting_order_id: components["parameters"]["PortingOrderIdNested"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of phone number blocks. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortingPhoneNumberBlockList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["PortingUnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createPortingPhoneNumberBlock: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the porting order.
                 * @example e1f2a3b4-c5d6-4e7f-9a8b-0c1d2e3f4a5b
                 */
                porting_order_id: components["parameters"]["PortingOrderIdNested"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PortingPhoneNumberBlockCreate"];
            };
        };
        responses: {
            /** @description The block created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortingPhoneNumberBlockResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["PortingUnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    deletePortingPhoneNumberBlock: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the porting order.
                 * @example e1f2a3b4-c5d6-4e7f-9a8b-0c1d2e3f4a5b
                 */
                porting_order_id: components["parameters"]["PortingOrderIdNested"];
                /**
                 * @description ID of the phone number block.
                 * @example f2a3b4c5-d6e7-4f8a-9b0c-1d2e3f4a5b6c
                 */
                id: components["parameters"]["PortingPhoneNumberBlockId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The removed block. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortingPhoneNumberBlockResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["PortingUnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listPortingPhoneNumberExtensions: {
        parameters: {
            query?: {
                /**
                 * @description Paging, sent as `page[number]` (starting at 1) and `page[size]` (1 to 250 results).
                 * @example {
                 *       "number": 1,
                 *       "size": 20
                 *     }
                 */
                page?: components["parameters"]["PortingPage"];
                /**
                 * @description Filters, sent as `filter[porting_phone_number_id]=...`.
                 * @example {
                 *       "porting_phone_number_id": "8b7a6c5d-4e3f-4a2b-9c1d-0e9f8a7b6c5d"
                 *     }
                 */
                filter?: {
                    /**
                     * Format: uuid
                     * @description Only extensions of this porting phone number.
                     */
                    porting_phone_number_id?: string;
                };
                /**
                 * @description Sort order, sent as `sort[value]=-created_at` (a leading `-` sorts descending).
                 * @example {
                 *       "value": "-created_at"
                 *     }
                 */
                sort?: components["parameters"]["PortingSortByCreatedAt"];
            };
            header?: never;
            path: {
                /**
                 * @description ID of the porting order.
                 * @example e1f2a3b4-c5d6-4e7f-9a8b-0c1d2e3f4a5b
                 */
                porting_order_id: components["parameters"]["PortingOrderIdNested"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of phone number extensions. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortingPhoneNumberExtensionList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["PortingUnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createPortingPhoneNumberExtension: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the porting order.
                 * @example e1f2a3b4-c5d6-4e7f-9a8b-0c1d2e3f4a5b
                 */
                porting_order_id: components["parameters"]["PortingOrderIdNested"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PortingPhoneNumberExtensionCreate"];
            };
        };
        responses: {
            /** @description The extension range created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortingPhoneNumberExtensionResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["PortingUnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    deletePortingPhoneNumberExtension: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the porting order.
                 * @example e1f2a3b4-c5d6-4e7f-9a8b-0c1d2e3f4a5b
                 */
                porting_order_id: components["parameters"]["PortingOrderIdNested"];
                /**
                 * @description ID of the phone number extension range.
                 * @example a3b4c5d6-e7f8-4a9b-8c0d-2e3f4a5b6c7d
                 */
                id: components["parameters"]["PortingPhoneNumberExtensionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The removed extension range. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortingPhoneNumberExtensionResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["PortingUnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    ListPortingPhoneNumbers: {
        parameters: {
            query?: {
                /**
                 * @description Paging, sent as `page[number]` (starting at 1) and `page[size]` (1 to 250 results).
                 * @example {
                 *       "number": 1,
                 *       "size": 20
                 *     }
                 */
                page?: components["parameters"]["PortingPage"];
                /**
                 * @description Filters, sent as `filter[porting_order_status]=in-process`.
                 * @example {
                 *       "porting_order_status": "foc-date-confirmed"
                 *     }
                 */
                filter?: {
                    porting_order_status?: components["schemas"]["PortingOrderStatusValue"];
                };
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of porting phone numbers, as JSON or as CSV. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortingPhoneNumberList"];
                    "text/csv": Blob | Uint8Array;
                };
            };
            401: components["responses"]["Unauthorized"];
            422: components["responses"]["PortingUnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    CampaignStatusUpdate: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Base64-encoded Ed25519 signature of `<telnyx-timestamp>|<raw request body>`, made with Telnyx's signing key.
                 * @example 2ldT9LXeYmFTakPkLDqm8dMPdE0Gnb/+V+uBCRIerR+5fa2Xx2Fs7ltSIItdPebK4onqN2sm0INut5OetF8/6Q==
                 */
                "telnyx-signature-ed25519": string;
                /**
                 * @description Unix time in seconds when the webhook was sent; reject old values to prevent replays.
                 * @example 1773655620
                 */
                "telnyx-timestamp": number;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CampaignStatusUpdateEvent"];
            };
        };
        responses: {
            /** @description Return 200 once the event is received; any other answer makes Telnyx retry. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    NumberOrderStatusUpdate: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Base64-encoded Ed25519 signature of the string `{telnyx-timestamp}|{raw request body}`.
                 * @example jKI1Cdw/n/P01DEKAPHkegHBH1E0yBKDqSGl8bkK9fx1Onc0p2UhCQj/Nub1L4A/xIOrA9u/o5bHgUqyiVXJzA==
                 */
                "telnyx-signature-ed25519": string;
                /**
                 * @description When the event was signed, in Unix seconds; reject stale values to prevent replays.
                 * @example 1773849221
                 */
                "telnyx-timestamp": number;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NumberOrderStatusUpdateEvent"];
            };
        };
        responses: {
            /** @description Acknowledges the event. Any other answer makes Telnyx retry the delivery, using the failover URL if one is configured. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
}
