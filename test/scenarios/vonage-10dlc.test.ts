// Vonage 10DLC as a frontend lives it, through the generated client against the stateful mock:
// links that name the real brand, campaign and number; qualification for the use case asked;
// vetting; campaign review with its failure branches and a number Vonage rejects (chosen by
// markers); the guide's rules with Vonage's error slugs. Vonage's 10DLC reference documents no
// webhooks for these changes, so the scenarios poll, as the guide says; every answer is checked
// against its response schema.
import { describe, expect, it } from "vitest";
import { createVonageClient, NotFoundError, UnprocessableEntityError } from "../../generated/vonage/index.js";
import { vonageCampaign, vonageNumber, vonageVetting } from "./machines.js";
import { expectWalk, followStatus, type Scenario, useScenario } from "./support.js";

const API = "https://api.nexmo.com/v1/10dlc";

let scenario: Scenario;
let vonage: ReturnType<typeof createVonageClient>;

useScenario("vonage", (started) => {
  scenario = started;
  vonage = createVonageClient({ apiKey: "test-key", apiSecret: "test-secret", baseUrl: started.mock.url, fetch: started.checker.fetch, maxRetries: 0 });
});

function createBrand(displayName: string) {
  return vonage.brands.create({
    account_id: "abcd1234",
    entity_type: "PRIVATE_PROFIT",
    display_name: displayName,
    company_name: `${displayName} LLC`,
    ein: "20-1234567",
    phone: "15556660001",
    street: "1 Main St",
    city: "Holmdel",
    state: "NJ",
    postal_code: "07733",
    country: "US",
    email: "ops@scenario.example.com",
    vertical: "TECHNOLOGY",
  });
}

function campaignBody(description: string, usecase: "ACCOUNT_NOTIFICATION" | "POLITICAL" = "ACCOUNT_NOTIFICATION") {
  return {
    account_id: "abcd1234",
    usecase,
    description,
    help_message: "Reply HELP for help with these messages.",
    opt_in_message: "You are now subscribed to account alerts.",
    opt_out_message: "You are unsubscribed and will get no more alerts.",
    tc_agreed: true,
    message_flow: "Customers opt in on the checkout page by ticking a box that explains the messages.",
  };
}

/** The slug of a Vonage error, as the client exposes it. */
async function slugOf(promise: PromiseLike<unknown>): Promise<string | undefined> {
  const error = await Promise.resolve(promise).then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(UnprocessableEntityError);
  return (error as UnprocessableEntityError).details[0]?.code;
}

const campaignStatus = (brandId: string, campaignId: string) => async () => (await vonage.brands.campaigns.retrieve(brandId, campaignId)).status;
const numberStatus = (brandId: string, campaignId: string, number: string) => async () => (await vonage.brands.campaigns.numbers.retrieve(brandId, campaignId, number)).status;

describe("Vonage 10DLC happy path", () => {
  it("brand → qualified use case → campaign to ACTIVE → number to LINKED, with links naming each real object", async () => {
    const brand = await createBrand("Happy Vonage Co");
    expect(brand._links?.self?.href).toBe(`${API}/brands/${brand.brand_id}`);
    const qualification = await vonage.brands.usecases.qualify(brand.brand_id!, "ACCOUNT_NOTIFICATION");
    expect(qualification).toMatchObject({ usecase: "ACCOUNT_NOTIFICATION", quarterly_fee: 30, annual_fee: 120 });

    const campaign = await vonage.brands.campaigns.create(brand.brand_id!, campaignBody("Appointment reminders and delivery notices for our customers."));
    expect(campaign).toMatchObject({ brand_id: brand.brand_id, status: "PENDING_REVIEW", traffic_enabled: false, usecase: "ACCOUNT_NOTIFICATION" });
    expect(campaign._links?.self?.href).toBe(`${API}/brands/${brand.brand_id}/campaigns/${campaign.campaign_id}`);
    const walk = await followStatus(scenario, campaignStatus(brand.brand_id!, campaign.campaign_id!), 300, 6);
    expectWalk(vonageCampaign, walk, "ACTIVE");
    expect((await vonage.brands.campaigns.retrieve(brand.brand_id!, campaign.campaign_id!)).traffic_enabled).toBe(true);

    const number = await vonage.brands.campaigns.numbers.link(brand.brand_id!, campaign.campaign_id!, { country: "US", number: "14155550131" });
    expect(number.status).toBe("LINKING");
    expect(number._links).toEqual({
      self: { href: `${API}/brands/${brand.brand_id}/campaigns/${campaign.campaign_id}/numbers/14155550131` },
      campaign: { href: `${API}/brands/${brand.brand_id}/campaigns/${campaign.campaign_id}` },
      brand: { href: `${API}/brands/${brand.brand_id}` },
    });
    expectWalk(vonageNumber, await followStatus(scenario, numberStatus(brand.brand_id!, campaign.campaign_id!, "14155550131"), 60, 2), "LINKED");
    const listed = await vonage.brands.campaigns.numbers.list(brand.brand_id!, campaign.campaign_id!);
    expect(listed._embedded?.numbers?.map((n) => n.number)).toEqual(["14155550131"]);
    expect(listed).toMatchObject({ page: 1, total_items: 1, total_pages: 1 });
    expect(scenario.checker.checked).toBeGreaterThan(15);
  });
});

describe("Vonage 10DLC rules", () => {
  it("a number linked to one campaign is refused by another (numbers-already-linked) until it is unlinked", async () => {
    const brand = await createBrand("Two Campaigns Co");
    const first = await vonage.brands.campaigns.create(brand.brand_id!, campaignBody("Order updates for customers of the first campaign."));
    const second = await vonage.brands.campaigns.create(brand.brand_id!, campaignBody("Order updates for customers of the second campaign."));
    await vonage.brands.campaigns.numbers.link(brand.brand_id!, first.campaign_id!, { country: "US", number: "14155550132" });
    expect(await slugOf(vonage.brands.campaigns.numbers.link(brand.brand_id!, second.campaign_id!, { country: "US", number: "14155550132" }))).toBe("numbers-already-linked");
    // The number exists under its own campaign only, and so does a campaign under its own brand.
    const elsewhere = await vonage.brands.campaigns.numbers.retrieve(brand.brand_id!, second.campaign_id!, "14155550132").then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(elsewhere).toBeInstanceOf(NotFoundError);
    const otherBrand = await createBrand("Other Owner Co");
    await expect(vonage.brands.campaigns.retrieve(otherBrand.brand_id!, first.campaign_id!)).rejects.toBeInstanceOf(NotFoundError);
    await vonage.brands.campaigns.numbers.unlink(brand.brand_id!, first.campaign_id!, "14155550132");
    const moved = await vonage.brands.campaigns.numbers.link(brand.brand_id!, second.campaign_id!, { country: "US", number: "14155550132" });
    expect(moved._links?.campaign?.href).toBe(`${API}/brands/${brand.brand_id}/campaigns/${second.campaign_id}`);
  });

  it("POLITICAL needs a successful vet: use-case-denied and brand-not-qualified before, qualified after", async () => {
    const brand = await createBrand("Committee To Vote");
    expect(await slugOf(vonage.brands.usecases.qualify(brand.brand_id!, "POLITICAL"))).toBe("use-case-denied");
    expect(await slugOf(vonage.brands.campaigns.create(brand.brand_id!, campaignBody("Election reminders for registered supporters.", "POLITICAL")))).toBe("brand-not-qualified");
    const vetting = await vonage.brands.vetting.create(brand.brand_id!, { evp_id: "Aegis", vetting_class: "POLITICAL" });
    expect(vetting.vetting_status).toBe("PENDING");
    const walk = await followStatus(scenario, async () => (await vonage.brands.vetting.list(brand.brand_id!))[0]?.vetting_status, 300, 2);
    expectWalk(vonageVetting, walk, "ACTIVE");
    expect((await vonage.brands.usecases.qualify(brand.brand_id!, "POLITICAL")).usecase).toBe("POLITICAL");
    expect((await vonage.brands.campaigns.create(brand.brand_id!, campaignBody("Election reminders for registered supporters.", "POLITICAL"))).status).toBe("PENDING_REVIEW");
  });

  it("a deleted brand stays DELETED and every call on it, or under it, answers 502; deleting a campaign only ends its renewal", async () => {
    const brand = await createBrand("Short Lived Co");
    const campaign = await vonage.brands.campaigns.create(brand.brand_id!, campaignBody("Order updates for customers of Short Lived Co."));
    await vonage.brands.campaigns.delete(brand.brand_id!, campaign.campaign_id!);
    const kept = await vonage.brands.campaigns.retrieve(brand.brand_id!, campaign.campaign_id!);
    expect(kept).toMatchObject({ campaign_id: campaign.campaign_id, auto_renewal: false });

    await vonage.brands.delete(brand.brand_id!);
    for (const call of [
      () => vonage.brands.retrieve(brand.brand_id!),
      () => vonage.brands.campaigns.list(brand.brand_id!),
      () => vonage.brands.campaigns.retrieve(brand.brand_id!, campaign.campaign_id!),
      () => vonage.brands.usecases.qualify(brand.brand_id!, "ACCOUNT_NOTIFICATION"),
      () => vonage.brands.campaigns.create(brand.brand_id!, campaignBody("A campaign for a brand that was deleted already.")),
    ]) {
      const error = (await call().then(
        () => undefined,
        (caught: unknown) => caught,
      )) as { status?: number; message?: string } | undefined;
      expect(error?.status).toBe(502);
      expect(error?.message).toContain("DELETED state");
    }
  });

  it("a campaign body with both message flows is refused with invalid-campaign-data", async () => {
    const brand = await createBrand("Two Flows Co");
    const body = { ...campaignBody("Account alerts for customers of Two Flows Co."), message_flow_details: { brand_name: "Two Flows" } };
    expect(await slugOf(vonage.brands.campaigns.create(brand.brand_id!, body as never))).toBe("invalid-campaign-data");
  });
});

describe("Vonage 10DLC failure branches", () => {
  it("mock:unverified: the brand qualifies for nothing and gets no campaign", async () => {
    const brand = await createBrand("Shadow Vonage mock:unverified");
    expect(brand.status).toBe("UNVERIFIED");
    expect(await slugOf(vonage.brands.usecases.qualify(brand.brand_id!, "ACCOUNT_NOTIFICATION"))).toBe("use-case-denied");
    expect(await slugOf(vonage.brands.campaigns.create(brand.brand_id!, campaignBody("Account alerts for a brand that failed verification.")))).toBe("brand-not-qualified");
  });

  it("mock:vetting-failed: the vet FAILS with reasons and POLITICAL stays denied", async () => {
    const brand = await createBrand("Unvettable mock:vetting-failed");
    await vonage.brands.vetting.create(brand.brand_id!, { evp_id: "Aegis", vetting_class: "POLITICAL" });
    const walk = await followStatus(scenario, async () => (await vonage.brands.vetting.list(brand.brand_id!))[0]?.vetting_status, 300, 2);
    expectWalk(vonageVetting, walk, "FAILED");
    expect((await vonage.brands.vetting.list(brand.brand_id!))[0]?.failed_reasons?.length).toBeGreaterThan(0);
    expect(await slugOf(vonage.brands.usecases.qualify(brand.brand_id!, "POLITICAL"))).toBe("use-case-denied");
  });

  it("a failed vet is appealed with uploaded evidence (kept byte for byte, paged by token) and granted", async () => {
    const brand = await createBrand("Appealing Co mock:vetting-failed");
    const vetting = await vonage.brands.vetting.create(brand.brand_id!, { evp_id: "Aegis", vetting_class: "POLITICAL" });
    await scenario.advance(600);
    const bytes = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x00, 0xff, 0x0d, 0x0a]);
    const uploaded = await vonage.brands.vetting.evidence.upload(brand.brand_id!, { file: [new File([bytes], "tax_registration.pdf", { type: "application/pdf" }), new Blob(["why"], { type: "text/plain" })] });
    expect(uploaded).toMatchObject({ file_name: "tax_registration.pdf", mime_type: "application/pdf" });
    const downloaded = await vonage.brands.vetting.evidence.download(brand.brand_id!, uploaded.id!);
    expect(new Uint8Array(await downloaded.arrayBuffer())).toEqual(bytes);
    const first = await vonage.brands.vetting.evidence.list(brand.brand_id!, { page_size: 1 });
    expect(first._embedded?.evidences?.map((e) => e.id)).toEqual([uploaded.id]);
    expect(first.next_page).toBeDefined();
    expect(first.previous_page).toBeUndefined();
    const second = await vonage.brands.vetting.evidence.list(brand.brand_id!, { page_size: 1, page_token: first.next_page! });
    expect(second._embedded?.evidences?.[0]?.file_name).not.toBe("tax_registration.pdf");
    expect(second.next_page).toBeUndefined();
    expect(second._links?.previous?.href).toBe(`${API}/brands/${brand.brand_id}/appeal/evidence?page_token=${first.first_page}`);

    expect(await slugOf(vonage.brands.vetting.appeal(brand.brand_id!, vetting.vetting_id!, { categories: ["LOW_SCORE"], evidence_ids: ["nope"], explanation: "See the registration." }))).toBe("invalid-vetting-data");
    await vonage.brands.vetting.appeal(brand.brand_id!, vetting.vetting_id!, { categories: ["LOW_SCORE"], evidence_ids: [uploaded.id!], explanation: "See the registration." });
    const walk = await followStatus(scenario, async () => (await vonage.brands.vetting.list(brand.brand_id!))[0]?.vetting_status, 300, 2);
    expectWalk(vonageVetting, ["PENDING", "FAILED", ...walk], "ACTIVE");
    expect((await vonage.brands.usecases.qualify(brand.brand_id!, "POLITICAL")).usecase).toBe("POLITICAL");
  });

  it("mock:rejected: carriers reject the campaign, which never carries traffic", async () => {
    const brand = await createBrand("Rejected Campaign Co");
    const campaign = await vonage.brands.campaigns.create(brand.brand_id!, campaignBody("Promotions nobody asked for mock:rejected"));
    const walk = await followStatus(scenario, campaignStatus(brand.brand_id!, campaign.campaign_id!), 300, 6);
    expectWalk(vonageCampaign, walk, "REJECTED");
    expect(walk).toContain("CARRIERS_REVIEW");
    expect((await vonage.brands.campaigns.retrieve(brand.brand_id!, campaign.campaign_id!)).traffic_enabled).toBe(false);
  });

  it("mock:updates-required: the campaign needs changes; updating its description starts a new review that ends ACTIVE", async () => {
    const brand = await createBrand("Needs Work Co");
    const campaign = await vonage.brands.campaigns.create(brand.brand_id!, campaignBody("Alerts with a vague description mock:updates-required"));
    const walk = await followStatus(scenario, campaignStatus(brand.brand_id!, campaign.campaign_id!), 300, 1);
    expectWalk(vonageCampaign, walk, "UPDATES_REQUIRED");
    const updated = await vonage.brands.campaigns.update(brand.brand_id!, campaign.campaign_id!, { description: "Appointment reminders and delivery notices, clearly described." });
    expect(updated.status).toBe("PENDING_REVIEW");
    const review = await followStatus(scenario, campaignStatus(brand.brand_id!, campaign.campaign_id!), 300, 6);
    expectWalk(vonageCampaign, [...walk, ...review], "ACTIVE");
  });

  it("a number ending in 9999 is REJECTED, and can then be linked elsewhere", async () => {
    const brand = await createBrand("Unlucky Vonage Co");
    const campaign = await vonage.brands.campaigns.create(brand.brand_id!, campaignBody("Delivery notices for customers of Unlucky Vonage."));
    await vonage.brands.campaigns.numbers.link(brand.brand_id!, campaign.campaign_id!, { country: "US", number: "14155559999" });
    expectWalk(vonageNumber, await followStatus(scenario, numberStatus(brand.brand_id!, campaign.campaign_id!, "14155559999"), 60, 2), "REJECTED");
    const other = await vonage.brands.campaigns.create(brand.brand_id!, campaignBody("Delivery notices, second try for Unlucky Vonage."));
    expect((await vonage.brands.campaigns.numbers.link(brand.brand_id!, other.campaign_id!, { country: "US", number: "14155559999" })).status).toBe("LINKING");
  });
});
