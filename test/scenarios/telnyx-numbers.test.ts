// Telnyx Numbers as a frontend lives it: a search answers numbers that match every filter it
// names, an order lists exactly the numbers ordered and ends `success` (or `failure` for a number
// ending in 9999), each end notified with numberOrderStatusUpdate (verified and schema-checked),
// and an ordered number is not offered again.
import { describe, expect, it } from "vitest";
import { createTelnyxClient } from "../../generated/telnyx/index.js";
import { telnyxNumberOrder } from "./machines.js";
import { expectWalk, followStatus, type ReceivedWebhook, type Scenario, useScenario } from "./support.js";

const EVENT_SCHEMA = "/webhooks/numberOrderStatusUpdate/post/requestBody/content/application~1json/schema";

let scenario: Scenario;
let telnyx: ReturnType<typeof createTelnyxClient>;

useScenario("telnyx", (started) => {
  scenario = started;
  telnyx = createTelnyxClient({ apiKey: "test-key", baseUrl: started.mock.url, publicKey: started.publicKey, fetch: started.checker.fetch, maxRetries: 0 });
});

const regions = (number: { region_information?: Array<{ region_type?: string; region_name?: string }> }) =>
  Object.fromEntries((number.region_information ?? []).map((region) => [region.region_type, region.region_name]));

describe("Telnyx available numbers follow every filter", () => {
  it("administrative_area CA and limit 3: three Californian numbers, valid E.164", async () => {
    const found = await telnyx.availablePhoneNumbers.list({ filter: { country_code: "US", administrative_area: "CA", limit: 3 } });
    expect(found.data).toHaveLength(3);
    for (const number of found.data!) {
      expect(number.phone_number).toMatch(/^\+1[2-9]\d{9}$/);
      expect(regions(number)).toMatchObject({ state: "CA", country_code: "US" });
    }
    expect(found.meta?.total_results).toBe(3);
  });

  it("locality, area code, digits and features together", async () => {
    const found = await telnyx.availablePhoneNumbers.list({
      filter: { country_code: "US", locality: "Chicago", national_destination_code: "312", phone_number: { ends_with: "4" }, features: ["sms", "mms"], limit: 50 },
    });
    expect(found.data!.length).toBeGreaterThan(0);
    for (const number of found.data!) {
      expect(number.phone_number).toMatch(/^\+1312\d{6}4$/);
      expect(regions(number).rate_center).toContain("CHICAGO");
      expect(number.features!.map((feature) => feature.name)).toEqual(expect.arrayContaining(["sms", "mms"]));
    }
  });

  it("toll-free, another country, and a search nothing matches", async () => {
    const tollFree = await telnyx.availablePhoneNumbers.list({ filter: { phone_number_type: "toll_free", limit: 2 } });
    expect(tollFree.data!.map((number) => number.phone_number)).toEqual(["+18885550100", "+18885550101"]);
    const london = await telnyx.availablePhoneNumbers.list({ filter: { country_code: "GB", limit: 1 } });
    expect(london.data![0]!.phone_number).toMatch(/^\+4420\d{8}$/);
    const none = await telnyx.availablePhoneNumbers.list({ filter: { country_code: "US", administrative_area: "CA", locality: "Chicago" } });
    expect(none.data).toEqual([]);
    expect(none.meta?.total_results).toBe(0);
  });

  it("answers the same search the same way", async () => {
    const search = { filter: { country_code: "US", administrative_area: "TX", features: ["fax" as const], limit: 5 } };
    const first = await telnyx.availablePhoneNumbers.list(search);
    const second = await telnyx.availablePhoneNumbers.list(search);
    expect(second.data).toEqual(first.data);
  });
});

async function orderEvents(orderId: string): Promise<Array<Record<string, unknown>>> {
  const hooks = await scenario.hooks.waitFor((hook: ReceivedWebhook) => hook.body.includes(orderId), 1);
  const events = [];
  for (const hook of hooks) {
    const event = (await telnyx.webhooks.verify(hook.body, hook.headers)) as Record<string, unknown>;
    expect(scenario.validator.check(EVENT_SCHEMA, event)).toBeUndefined();
    events.push(event);
  }
  return events;
}

describe("Telnyx number orders", () => {
  it("orders numbers found by a search: the order lists them, succeeds, notifies, and they are no longer offered", async () => {
    const found = await telnyx.availablePhoneNumbers.list({ filter: { country_code: "US", locality: "Denver", limit: 2 } });
    const numbers = found.data!.map((number) => number.phone_number!);
    const order = await telnyx.numberOrders.create({ phone_numbers: numbers.map((phone_number) => ({ phone_number })), customer_reference: "denver-office" });
    expect(order.data).toMatchObject({ status: "pending", phone_numbers_count: 2, customer_reference: "denver-office" });
    expect(order.data!.phone_numbers!.map((row) => row.phone_number)).toEqual(numbers);
    expect(new Set(order.data!.phone_numbers!.map((row) => row.id)).size).toBe(2);

    const walk = await followStatus(scenario, async () => (await telnyx.numberOrders.retrieve(order.data!.id!)).data?.status, 30, 1);
    expectWalk(telnyxNumberOrder, walk, "success");
    const done = await telnyx.numberOrders.retrieve(order.data!.id!);
    expect(done.data!.phone_numbers!.map((row) => row.status)).toEqual(["success", "success"]);
    const [event] = await orderEvents(order.data!.id!);
    expect(event).toMatchObject({ data: { event_type: "number_order.complete", payload: { id: order.data!.id, status: "success" } } });

    const again = await telnyx.availablePhoneNumbers.list({ filter: { country_code: "US", locality: "Denver", limit: 2 } });
    expect(again.data!.map((number) => number.phone_number)).not.toContain(numbers[0]);
  });

  it("a number ending in 9999 makes the order fail, with its webhook", async () => {
    const order = await telnyx.numberOrders.create({ phone_numbers: [{ phone_number: "+13035559999" }] });
    const walk = await followStatus(scenario, async () => (await telnyx.numberOrders.retrieve(order.data!.id!)).data?.status, 30, 1);
    expectWalk(telnyxNumberOrder, walk, "failure");
    const [event] = await orderEvents(order.data!.id!);
    expect(event).toMatchObject({ data: { event_type: "number.order.status.update", payload: { status: "failure" } } });
  });

  it("lists orders a page at a time with the v2 meta", async () => {
    const page = await telnyx.numberOrders.list({ page: { number: 1, size: 1 } });
    expect(page.data).toHaveLength(1);
    expect(page.meta).toMatchObject({ page_number: 1, page_size: 1 });
    expect(page.meta!.total_results).toBeGreaterThanOrEqual(3);
    expect(page.meta!.total_pages).toBe(page.meta!.total_results);
  });
});
