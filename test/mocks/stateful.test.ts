// Frontend-style scenarios against the stateful mocks, through the generated clients: resources
// created are read back and listed, statuses move as the virtual clock advances, rules of the
// real APIs are enforced, and signed webhooks arrive and verify with the generated client.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTelnyxClient, NotFoundError, UnprocessableEntityError } from "../../generated/telnyx/index.js";
import { createVonageClient, NotFoundError as VonageNotFoundError } from "../../generated/vonage/index.js";
import type { RunningMock } from "../../mocks/server.js";
import { controlCall, startMock } from "../support/mocks.js";
import { loadProvider, operationPointer, SchemaValidator } from "../support/spec.js";

interface Received {
  body: string;
  headers: http.IncomingHttpHeaders;
}

let receiver: http.Server;
let receiverUrl: string;
const received: Received[] = [];

beforeAll(async () => {
  receiver = http.createServer((req, res) => {
    let body = "";
    req.on("data", (c) => (body += c));
    req.on("end", () => {
      received.push({ body, headers: req.headers });
      res.writeHead(200).end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks`;
});
afterAll(() => new Promise<void>((resolve) => receiver.close(() => resolve())));

/** A control call as a frontend would send it (JSON content type on POSTs); it must succeed. */
async function control<T = Record<string, unknown>>(mock: RunningMock, method: string, path: string, body?: unknown): Promise<T> {
  const answer = await controlCall<T>(mock, method, path, body);
  expect(answer.status, `${method} /__mock${path}`).toBeLessThan(300);
  return answer.body;
}

async function waitFor<T>(probe: () => T | undefined, ms = 5000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error("timed out waiting");
    await new Promise((r) => setTimeout(r, 25));
  }
}

describe("Telnyx stateful mock", () => {
  let mock: RunningMock;
  let validator: SchemaValidator;
  beforeAll(async () => {
    // Time frozen: only the control API moves it, so the test decides when statuses change.
    mock = await startMock("telnyx", { stateful: true, clockScale: 0 });
    validator = new SchemaValidator((await loadProvider("telnyx")).spec.document);
  });
  afterAll(() => mock.close());

  it("registers brand → campaign → number, moves their statuses on the clock, and sends verifiable webhooks", async () => {
    const { publicKey } = await control<{ publicKey: string }>(mock, "GET", "/webhooks");
    const telnyx = createTelnyxClient({ apiKey: "k", baseUrl: `${mock.url}/v2`, publicKey });

    const brand = await telnyx.messaging10dlc.brand.create({
      entityType: "PRIVATE_PROFIT",
      displayName: "Scenario Mobile",
      country: "US",
      email: "ops@scenario.example.com",
      vertical: "TECHNOLOGY",
      webhookURL: receiverUrl,
    });
    expect(brand.displayName).toBe("Scenario Mobile");
    expect(brand.status).toBe("REGISTRATION_PENDING");
    expect(validator.check(`${operationPointer("/10dlc/brand", "post")}/responses/200/content/application~1json/schema`, brand)).toBeUndefined();
    expect((await telnyx.messaging10dlc.brand.retrieve(brand.brandId!)).email).toBe("ops@scenario.example.com");
    const listed: string[] = [];
    for await (const record of telnyx.messaging10dlc.brand.list({ recordsPerPage: 1 })) listed.push(String(record.brandId));
    expect(listed).toContain(brand.brandId);
    expect(listed.length).toBeGreaterThan(1);
    // Campaigns are submitted once the brand is registered (status OK).
    await control(mock, "POST", "/clock", { advance: 60 });

    const campaign = await telnyx.messaging10dlc.campaignBuilder.submit({
      brandId: brand.brandId!,
      usecase: "CUSTOMER_CARE",
      description: "Order updates and support replies for Scenario Mobile customers.",
      webhookURL: receiverUrl,
    });
    expect(campaign.brandId).toBe(brand.brandId);
    expect(campaign.campaignStatus).toBe("TCR_PENDING");
    await control(mock, "POST", "/clock", { advance: 1000 });
    expect((await telnyx.messaging10dlc.brand.retrieve(brand.brandId!)).identityStatus).toBe("VERIFIED");
    expect((await telnyx.messaging10dlc.campaign.retrieve(campaign.campaignId!)).campaignStatus).toBe("MNO_PROVISIONED");

    // Numbers are assigned to a provisioned campaign.
    const link = await telnyx.messaging10dlc.phoneNumberCampaigns.create({ campaignId: campaign.campaignId!, phoneNumber: "+13125550777" });
    expect(link.assignmentStatus).toBe("PENDING_ASSIGNMENT");
    expect((await telnyx.messaging10dlc.phoneNumberCampaigns.retrieve("+13125550777")).campaignId).toBe(campaign.campaignId);
    await control(mock, "POST", "/clock", { advance: 60 });
    expect((await telnyx.messaging10dlc.phoneNumberCampaigns.retrieve("+13125550777")).assignmentStatus).toBe("ASSIGNED");

    const hooks = await waitFor(() => {
      const mine = received.filter((r) => r.body.includes(String(campaign.campaignId)));
      return mine.length >= 3 ? mine : undefined;
    });
    for (const hook of hooks) {
      const event = await telnyx.webhooks.verify(hook.body, hook.headers as Record<string, string>);
      expect((event as { campaignId?: string }).campaignId).toBe(campaign.campaignId);
    }
    const { deliveries } = await control<{ deliveries: Array<{ delivered: boolean }> }>(mock, "GET", "/webhooks");
    expect(deliveries.filter((d) => d.delivered).length).toBeGreaterThanOrEqual(3);
  });

  it("enforces the real API's rules: a campaign needs an existing brand, unknown ids are 404s", async () => {
    const telnyx = createTelnyxClient({ apiKey: "k", baseUrl: mock.url });
    const orphan = await telnyx.messaging10dlc.campaignBuilder
      .submit({ brandId: "no-such-brand", usecase: "CUSTOMER_CARE", description: "A campaign for a brand that was never registered at all." })
      .catch((e: unknown) => e);
    expect(orphan).toBeInstanceOf(UnprocessableEntityError);
    expect((orphan as UnprocessableEntityError).details[0]?.pointer).toBe("/brandId");
    const missing = await telnyx.messaging10dlc.brand.retrieve("00000000-0000-0000-0000-000000000000").catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(NotFoundError);
    expect((missing as NotFoundError).details[0]?.code).toBe("10005");
  });

  it("moves a porting order from draft through submitted to ported, and deletes only drafts", async () => {
    const { publicKey } = await control<{ publicKey: string }>(mock, "GET", "/webhooks");
    const telnyx = createTelnyxClient({ apiKey: "k", baseUrl: mock.url, publicKey });
    const created = await telnyx.portingOrders.create({ phone_numbers: ["+13035550101"] });
    const order = created.data![0]!;
    expect(order.status?.value).toBe("draft");
    // PATCH merges: the webhook URL changes, the rest stays.
    const patched = await telnyx.portingOrders.update(order.id!, { webhook_url: receiverUrl });
    expect(patched.data?.webhook_url).toBe(receiverUrl);
    expect(patched.data?.customer_reference).toBe(order.customer_reference);
    // Confirming needs the end user's details and a signed LOA uploaded as a document.
    const loa = await telnyx.documents.uploadJson({ file: btoa("%PDF-1.4 signed LOA"), filename: "loa.pdf" });
    const completed = await telnyx.portingOrders.update(order.id!, {
      documents: { loa: loa.data!.id! },
      end_user: {
        admin: { entity_name: "Scenario Co", auth_person_name: "Dana Reyes", account_number: "4471093881" },
        location: { street_address: "1700 Lincoln Street", locality: "Denver", administrative_area: "CO", postal_code: "80203", country_code: "US" },
      },
    });
    expect(completed.data?.requirements_met).toBe(true);
    const confirmed = await telnyx.portingOrders.actions.confirm(order.id!);
    expect(confirmed.data?.status?.value).toBe("submitted");
    const refused = await telnyx.portingOrders.delete(order.id!).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(UnprocessableEntityError);
    expect((refused as Error).message).toContain("Only porting orders in draft can be deleted");
    await control(mock, "POST", "/clock", { advance: 7200 });
    expect((await telnyx.portingOrders.retrieve(order.id!)).data?.status?.value).toBe("ported");
    const hooks = await waitFor(() => {
      const mine = received.filter((r) => r.body.includes(String(order.id)));
      return mine.length >= 2 ? mine : undefined;
    });
    const event = await telnyx.webhooks.verify(hooks[0]!.body, hooks[0]!.headers as Record<string, string>);
    expect("data" in event && (event.data as { event_type?: string }).event_type).toBe("porting_order.status_changed");

    const draft = (await telnyx.portingOrders.create({ phone_numbers: ["+13035550102"] })).data![0]!;
    await telnyx.portingOrders.delete(draft.id!);
    await expect(telnyx.portingOrders.retrieve(draft.id!)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("resets to the spec's examples and loads fixtures", async () => {
    await control(mock, "POST", "/reset");
    const before = await control<{ resources: Record<string, number> }>(mock, "GET", "/state");
    const loaded = await control<{ loaded: number }>(mock, "POST", "/fixtures", {
      brand: [{ brandId: "fixture-brand-1", displayName: "Fixture Co", entityType: "PRIVATE_PROFIT", country: "US", email: "f@example.com", vertical: "RETAIL", brandRelationship: "BASIC_ACCOUNT" }],
    });
    expect(loaded.loaded).toBe(1);
    const after = await control<{ resources: Record<string, number> }>(mock, "GET", "/state");
    expect(after.resources.brand).toBe(before.resources.brand! + 1);
    const telnyx = createTelnyxClient({ apiKey: "k", baseUrl: mock.url });
    expect((await telnyx.messaging10dlc.brand.retrieve("fixture-brand-1")).displayName).toBe("Fixture Co");
  });
});

describe("Vonage stateful mock", () => {
  let mock: RunningMock;
  beforeAll(async () => {
    mock = await startMock("vonage", { stateful: true, clockScale: 0 });
  });
  afterAll(() => mock.close());

  it("creates a brand, a campaign under it and links a number that becomes LINKED", async () => {
    const vonage = createVonageClient({ apiKey: "k", apiSecret: "s", baseUrl: `${mock.url}/v1/10dlc` });
    const example = await vonage.brands.list();
    const template = example._embedded!.brands![0]!;
    const brand = await vonage.brands.create({
      account_id: "abcd1234",
      entity_type: "PRIVATE_PROFIT",
      display_name: "Scenario Brand",
      company_name: "Scenario Brand LLC",
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
    expect(brand.brand_id).not.toBe(template.brand_id);
    expect(brand.display_name).toBe("Scenario Brand");

    const campaign = await vonage.brands.campaigns.create(brand.brand_id!, campaignBody());
    expect(campaign.status).toBe("PENDING_REVIEW");
    const mine = await vonage.brands.campaigns.list(brand.brand_id!);
    expect(mine._embedded?.campaigns?.map((c) => c.campaign_id)).toEqual([campaign.campaign_id]);

    const number = await vonage.brands.campaigns.numbers.link(brand.brand_id!, campaign.campaign_id!, { country: "US", number: "14155550120" });
    expect(number.status).toBe("LINKING");
    await control(mock, "POST", "/clock", { advance: 3600 });
    expect((await vonage.brands.campaigns.numbers.retrieve(brand.brand_id!, campaign.campaign_id!, "14155550120")).status).toBe("LINKED");
    expect((await vonage.brands.campaigns.retrieve(brand.brand_id!, campaign.campaign_id!)).status).toBe("ACTIVE");

    const orphan = await vonage.brands.campaigns.create("BNOPE00", campaignBody()).catch((e: unknown) => e);
    expect(orphan).toBeInstanceOf(VonageNotFoundError);
  });
});

function campaignBody() {
  return {
    account_id: "abcd1234",
    usecase: "ACCOUNT_NOTIFICATION" as const,
    description: "Appointment reminders and delivery notices for our customers.",
    help_message: "Reply HELP for help.",
    opt_in_message: "You are now subscribed.",
    opt_out_message: "You are unsubscribed.",
    tc_agreed: true,
    message_flow: "Customers opt in on the checkout page by ticking a box that explains the messages.",
  };
}
