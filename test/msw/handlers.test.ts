// The MSW handlers answer through the same core as the node mock: the generated clients call
// the providers' real base URLs, MSW's node interceptor hands the requests to the handlers, and
// the answers come from the spec, the state engine on the virtual clock, the control API and
// the fault headers. A handler answering from static examples fails every test here: created
// objects would not read back, statuses would not move, and invalid bodies would not be refused.
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createTelnyxClient, InternalServerError, UnprocessableEntityError } from "../../generated/telnyx/index.js";
import { createVonageClient, NotFoundError as VonageNotFoundError } from "../../generated/vonage/index.js";
import type { OutgoingWebhook } from "../../mocks/msw/index.js";
import { telnyxHandlers } from "../../mocks/msw/telnyx.js";
import { vonageHandlers } from "../../mocks/msw/vonage.js";

const TELNYX = "https://api.telnyx.com/v2";
const VONAGE = "https://api-eu.vonage.com/v1/10dlc";

const webhooks: OutgoingWebhook[] = [];
// Time frozen: only `advance` moves it, so each test decides when statuses change.
const telnyx = telnyxHandlers({ clockScale: 0, onWebhook: (webhook) => void webhooks.push(webhook) });
const vonage = vonageHandlers({ clockScale: 0 });
const server = setupServer(...telnyx, ...vonage);

beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(async () => {
  server.resetHandlers();
  await telnyx.control.reset();
  await vonage.control.reset();
  webhooks.length = 0;
});
afterAll(() => server.close());

const brandBody = {
  entityType: "PRIVATE_PROFIT" as const,
  displayName: "Browserless Mobile",
  country: "US",
  email: "ops@browserless.example.com",
  vertical: "TECHNOLOGY" as const,
  webhookURL: "https://hooks.browserless.example.com/telnyx",
};

describe("Telnyx MSW handlers", () => {
  it("keep a created brand and campaign, and move the campaign's status when the clock advances", async () => {
    const client = createTelnyxClient({ apiKey: "k" });
    const brand = await client.messaging10dlc.brand.create(brandBody);
    expect(brand.displayName).toBe("Browserless Mobile");
    expect(brand.status).toBe("REGISTRATION_PENDING");
    expect((await client.messaging10dlc.brand.retrieve(brand.brandId!)).email).toBe("ops@browserless.example.com");
    // Telnyx takes campaigns only for a verified brand; verification takes virtual time.
    await telnyx.control.advance(1000);
    expect((await client.messaging10dlc.brand.retrieve(brand.brandId!)).identityStatus).toBe("VERIFIED");

    const campaign = await client.messaging10dlc.campaignBuilder.submit({
      brandId: brand.brandId!,
      usecase: "CUSTOMER_CARE",
      description: "Order updates and support replies for Browserless Mobile customers.",
      webhookURL: "https://hooks.browserless.example.com/telnyx",
    });
    expect(campaign.campaignStatus).toBe("TCR_PENDING");
    expect((await client.messaging10dlc.campaign.retrieve(campaign.campaignId!)).campaignStatus).toBe("TCR_PENDING");

    const now = await telnyx.control.advance(1000);
    expect(Date.parse(now)).toBeGreaterThan(Date.now() + 1_900_000);
    expect((await client.messaging10dlc.campaign.retrieve(campaign.campaignId!)).campaignStatus).toBe("MNO_PROVISIONED");
  });

  it("hand the lifecycle's webhooks to onWebhook, signed so the generated client verifies them", async () => {
    const { publicKey } = await telnyx.control.call<{ publicKey: string }>("GET", "/webhooks");
    const client = createTelnyxClient({ apiKey: "k", publicKey });
    const brand = await client.messaging10dlc.brand.create(brandBody);
    await telnyx.control.advance(1000);
    const campaign = await client.messaging10dlc.campaignBuilder.submit({
      brandId: brand.brandId!,
      usecase: "CUSTOMER_CARE",
      description: "Order updates and support replies for Browserless Mobile customers.",
      webhookURL: "https://hooks.browserless.example.com/telnyx",
    });
    await telnyx.control.advance(1000);
    await telnyx.control.settle();
    const mine = webhooks.filter((webhook) => webhook.body.includes(String(campaign.campaignId)));
    expect(mine.length).toBeGreaterThanOrEqual(1);
    for (const webhook of mine) {
      expect(webhook.url).toBe("https://hooks.browserless.example.com/telnyx");
      const event = await client.webhooks.verify(webhook.body, webhook.headers);
      expect((event as { campaignId?: string }).campaignId).toBe(campaign.campaignId);
    }
    await expect(client.webhooks.verify(mine[0]!.body.replace("Campaign", "Kampaign"), mine[0]!.headers)).rejects.toThrow();
  });

  it("refuse an invalid body with Telnyx's 422 naming the field", async () => {
    const client = createTelnyxClient({ apiKey: "k" });
    const refused = await client.messaging10dlc.brand.create({ ...brandBody, entityType: "NOT_A_TYPE" as never }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(UnprocessableEntityError);
    expect(JSON.stringify((refused as UnprocessableEntityError).details)).toContain("entityType");
    const { requests } = await telnyx.control.call<{ requests: Array<{ status: number; violations: string[] }> }>("GET", "/requests");
    expect(requests.at(-1)?.status).toBe(422);
    expect(requests.at(-1)?.violations.join(" ")).toContain("entityType");
  });

  it("refuse missing credentials with a 401 and a challenge", async () => {
    const response = await fetch(`${TELNYX}/10dlc/brand`);
    expect(response.status).toBe(401);
    expect(response.headers.get("www-authenticate")).toMatch(/Bearer/i);
    expect(((await response.json()) as { errors: unknown[] }).errors.length).toBeGreaterThan(0);
  });

  it("honour the fault headers and queued faults", async () => {
    const auth = { authorization: "Bearer k" };
    const limited = await fetch(`${TELNYX}/10dlc/brand`, { headers: { ...auth, "x-mock-fault": "429" } });
    expect(limited.status).toBe(429);
    expect(limited.headers.get("retry-after")).toBe("1");
    expect(JSON.stringify(await limited.json())).toContain("mock fault");
    await expect(fetch(`${TELNYX}/10dlc/brand`, { headers: { ...auth, "x-mock-fault": "reset" } })).rejects.toThrow();
    const bad = await fetch(`${TELNYX}/10dlc/brand`, { headers: { ...auth, "x-mock-fault": "teapot" } });
    expect(bad.status).toBe(400);

    await telnyx.control.call("POST", "/faults", { fault: 500, times: 1, path: "/10dlc/brand" });
    const client = createTelnyxClient({ apiKey: "k" });
    await expect(client.messaging10dlc.brand.list({}, { maxRetries: 0 }).then((page) => page)).rejects.toBeInstanceOf(InternalServerError);
    expect((await fetch(`${TELNYX}/10dlc/brand`, { headers: auth })).status).toBe(200);
  });

  it("serve the control API over HTTP under the base URL, with its checks", async () => {
    const advanced = await fetch(`${TELNYX}/__mock/clock`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ advance: 60 }) });
    expect(advanced.status).toBe(200);
    const refused = await fetch(`${TELNYX}/__mock/clock`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ advance: -1 }) });
    expect(refused.status).toBe(400);
    expect(((await refused.json()) as { error: string }).error).toMatch(/advance must be a finite number/);
    await expect(telnyx.control.advance(Number.POSITIVE_INFINITY)).rejects.toThrow(/advance must be/);
  });

  it("keep each handler set's state apart", async () => {
    const client = createTelnyxClient({ apiKey: "k" });
    const brand = await client.messaging10dlc.brand.create(brandBody);
    const other = telnyxHandlers({ clockScale: 0 });
    server.use(...other);
    const missing = await fetch(`${TELNYX}/10dlc/brand/${brand.brandId}`, { headers: { authorization: "Bearer k" } });
    expect(missing.status).toBe(404);
  });
});

describe("hostile input through the MSW handlers", () => {
  const auth = { authorization: "Bearer k", "content-type": "application/json" };

  it("answer a body over the limit with Telnyx's 413", async () => {
    server.use(...telnyxHandlers({ baseUrl: "http://127.0.0.1:9/small", maxBodyBytes: 1000 }));
    const response = await fetch("http://127.0.0.1:9/small/10dlc/brand", { method: "POST", headers: auth, body: JSON.stringify({ displayName: "x".repeat(2000) }) });
    expect(response.status).toBe(413);
    expect(JSON.stringify(await response.json())).toContain("exceeds 1000 bytes");
  });

  it("answer invalid JSON with Telnyx's 400, and a control POST that is not JSON with 415", async () => {
    const broken = await fetch(`${TELNYX}/10dlc/brand`, { method: "POST", headers: auth, body: '{"displayName": ' });
    expect(broken.status).toBe(400);
    expect(((await broken.json()) as { errors: Array<{ detail: string }> }).errors[0]!.detail).toMatch(/not valid JSON/);
    const form = await fetch(`${TELNYX}/__mock/reset`, { method: "POST", headers: { "content-type": "text/plain" }, body: "{}" });
    expect(form.status).toBe(415);
  });

  it("answer only under the base URL, not under a name that merely starts with it", async () => {
    const unhandled: string[] = [];
    const record = ({ request }: { request: Request }) => void unhandled.push(request.url);
    server.events.on("request:unhandled", record);
    server.use(...telnyxHandlers({ baseUrl: "http://127.0.0.1:9/api" }));
    try {
      expect((await fetch("http://127.0.0.1:9/api/10dlc/brand", { headers: auth })).status).toBe(200);
      await fetch("http://127.0.0.1:9/apix/10dlc/brand", { headers: auth }).catch(() => undefined);
      expect(unhandled).toEqual(["http://127.0.0.1:9/apix/10dlc/brand"]);
    } finally {
      server.events.removeListener("request:unhandled", record);
    }
  });
});

describe("Vonage MSW handlers", () => {
  it("create a brand and a campaign, link a number that becomes LINKED on the clock", async () => {
    const client = createVonageClient({ apiKey: "k", apiSecret: "s" });
    const brand = await client.brands.create({
      account_id: "abcd1234",
      entity_type: "PRIVATE_PROFIT",
      display_name: "Browserless Brand",
      company_name: "Browserless Brand LLC",
      ein: "20-1234567",
      phone: "15556660001",
      street: "1 Main St",
      city: "Holmdel",
      state: "NJ",
      postal_code: "07733",
      country: "US",
      email: "ops@browserless.example.com",
      vertical: "TECHNOLOGY",
    });
    expect(brand.display_name).toBe("Browserless Brand");
    const campaign = await client.brands.campaigns.create(brand.brand_id!, campaignBody());
    expect(campaign.status).toBe("PENDING_REVIEW");
    const number = await client.brands.campaigns.numbers.link(brand.brand_id!, campaign.campaign_id!, { country: "US", number: "14155550177" });
    expect(number.status).toBe("LINKING");
    await vonage.control.advance(3600);
    expect((await client.brands.campaigns.numbers.retrieve(brand.brand_id!, campaign.campaign_id!, "14155550177")).status).toBe("LINKED");
    await expect(client.brands.campaigns.create("BNOPE00", campaignBody())).rejects.toBeInstanceOf(VonageNotFoundError);
  });

  it("answer an invalid body in Vonage's error format", async () => {
    const response = await fetch(`${VONAGE}/brands`, {
      method: "POST",
      headers: { authorization: `Basic ${btoa("k:s")}`, "content-type": "application/json" },
      body: JSON.stringify({ display_name: 42 }),
    });
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    const body = (await response.json()) as Record<string, unknown>;
    expect(body.title ?? body.type).toBeDefined();
    expect(JSON.stringify(body)).toContain("display_name");
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
