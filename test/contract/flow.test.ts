// The registration flow of each provider written as a user writes it: typed calls through the
// generated clients against the mocks, ids from one step feeding the next.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTelnyxClient, type Messaging10dlcBrandCreateParams } from "../../generated/telnyx/index.js";
import { createVonageClient, type BrandsCampaignsCreateParams } from "../../generated/vonage/index.js";
import type { RunningMock } from "../../mocks/server.js";
import { startMock } from "../support/mocks.js";

let telnyxMock: RunningMock;
let vonageMock: RunningMock;
beforeAll(async () => {
  [telnyxMock, vonageMock] = await Promise.all([startMock("telnyx"), startMock("vonage")]);
});
afterAll(() => Promise.all([telnyxMock.close(), vonageMock.close()]));

describe("Telnyx 10DLC flow", () => {
  it("brand → qualify → campaign → number → profile assignment", async () => {
    const telnyx = createTelnyxClient({ apiKey: "test-key", baseUrl: `${telnyxMock.url}/v2` });
    const params: Messaging10dlcBrandCreateParams = {
      entityType: "PRIVATE_PROFIT",
      displayName: "ABC Mobile",
      country: "US",
      email: "support@abcmobile.example.com",
      vertical: "TECHNOLOGY",
    };
    const brand = await telnyx.messaging10dlc.brand.create(params);
    expect(typeof brand.brandId).toBe("string");

    const qualification = await telnyx.messaging10dlc.campaignBuilder.brand.qualifyByUsecase(brand.brandId!, "CUSTOMER_CARE");
    expect(typeof qualification.monthlyFee).toBe("number");

    const campaign = await telnyx.messaging10dlc.campaignBuilder.submit({
      brandId: brand.brandId!,
      usecase: "CUSTOMER_CARE",
      description: "Order updates and support replies for ABC Mobile customers.",
    });
    expect(campaign.campaignId).toBeTruthy();

    const numberLink = await telnyx.messaging10dlc.phoneNumberCampaigns.create({ campaignId: campaign.campaignId!, phoneNumber: "+13125550001" });
    expect(numberLink.phoneNumber).toMatch(/^\+\d+$/);

    const task = await telnyx.messaging10dlc.phoneNumberAssignmentByProfile.assign({
      messagingProfileId: "4001767e-ce0f-4cae-9d5f-0d5e636e7809",
      campaignId: campaign.campaignId!,
    });
    expect(task.taskId).toBeTruthy();
  });
});

describe("Vonage 10DLC flow", () => {
  it("brand → campaign → number link, with key/secret and with a JWT", async () => {
    for (const vonage of [
      createVonageClient({ apiKey: "key", apiSecret: "secret", baseUrl: vonageMock.url }),
      createVonageClient({ jwt: "eyJhbGciOiJSUzI1NiJ9.e30.sig", baseUrl: `${vonageMock.url}/v1/10dlc` }),
    ]) {
      const enums = await vonage.enums.retrieve();
      expect(Object.keys(enums).length).toBeGreaterThan(0);
      const brands = await vonage.brands.list({ page: 1, page_size: 10 });
      expect(brands._embedded?.brands?.length).toBeGreaterThan(0);
      const brandId = brands._embedded!.brands![0]!.brand_id!;
      const campaign: BrandsCampaignsCreateParams = {
        account_id: "abcd1234",
        usecase: "ACCOUNT_NOTIFICATION",
        description: "Appointment reminders and delivery notices for our customers.",
        help_message: "Reply HELP for help or call 15556660001.",
        opt_in_message: "You are now subscribed to account notifications.",
        opt_out_message: "You have been unsubscribed and will receive no more messages.",
        tc_agreed: true,
        message_flow: "Customers opt in on the checkout page by ticking a box that explains the messages they will get.",
      };
      const created = await vonage.brands.campaigns.create(brandId, campaign);
      expect(created.campaign_id).toBeTruthy();
      const number = await vonage.brands.campaigns.numbers.link(brandId, created.campaign_id!, { country: "US", number: "14155550110" });
      expect(number.status).toBeTruthy();
    }
  });
});
