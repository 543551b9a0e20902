// Telnyx Porting-In as a frontend lives it: portability answered per number by the documented
// rule; a draft that cannot be confirmed until it meets its requirements (422 in Telnyx's error
// body, and never twice); the way to `ported`, an exception and its correction, a cancellation;
// every `porting_order.status_changed` verified with `webhooks.verify` and validated against the
// spec's porting event schema.
import { describe, expect, it } from "vitest";
import { createTelnyxClient, UnprocessableEntityError } from "../../generated/telnyx/index.js";
import { telnyxPortingOrder } from "./machines.js";
import { expectWalk, followStatus, rejectionOf, type Scenario, useScenario } from "./support.js";

const EVENT_SCHEMA = "/components/schemas/PortingEvent";

let scenario: Scenario;
let telnyx: ReturnType<typeof createTelnyxClient>;

useScenario("telnyx", (started) => {
  scenario = started;
  telnyx = createTelnyxClient({ apiKey: "test-key", baseUrl: started.mock.url, publicKey: started.publicKey, fetch: started.checker.fetch, maxRetries: 0 });
});

const errorOf = (promise: PromiseLike<unknown>) => rejectionOf(promise, UnprocessableEntityError);

/** A draft for `numbers`, completed as the guide asks: end user details and an uploaded LOA. */
async function completedDraft(numbers: string[], customerReference: string) {
  const created = await telnyx.portingOrders.create({ phone_numbers: numbers, customer_reference: customerReference });
  const order = created.data![0]!;
  const loa = await telnyx.documents.uploadJson({ file: btoa("%PDF-1.4 signed letter of authorization"), filename: "loa.pdf" });
  const completed = await telnyx.portingOrders.update(order.id!, {
    webhook_url: scenario.hooks.url,
    documents: { loa: loa.data!.id! },
    end_user: {
      admin: { entity_name: "ABC Mobile Holdings LLC", auth_person_name: "Dana Whitfield", account_number: "4471093881" },
      location: { street_address: "1700 Lincoln Street", locality: "Denver", administrative_area: "CO", postal_code: "80203", country_code: "US" },
    },
  });
  expect(completed.data?.requirements_met).toBe(true);
  return completed.data!;
}

/** The status values the order's webhooks carried, in the order they happened, after verifying and validating each. */
async function notifiedStatuses(orderId: string, count: number): Promise<string[]> {
  const hooks = await scenario.hooks.waitFor((hook) => hook.body.includes(orderId), count);
  const events = [];
  for (const hook of hooks) {
    const event = (await telnyx.webhooks.verify(hook.body, hook.headers)) as { data: { event_type: string; created_at: string; payload: { status: { value: string } } } };
    expect(scenario.validator.check(EVENT_SCHEMA, event.data)).toBeUndefined();
    expect(event.data.event_type).toBe("porting_order.status_changed");
    events.push(event.data);
  }
  // Deliveries may arrive in any order (as Telnyx's do): the events say when they happened.
  return events.sort((a, b) => a.created_at.localeCompare(b.created_at)).map((event) => event.payload.status.value);
}

const statusOf = (id: string) => async () => (await telnyx.portingOrders.retrieve(id)).data?.status?.value;

describe("Telnyx portability checks", () => {
  it("answers for each number asked, in order, by the documented rule", async () => {
    const checked = await telnyx.portabilityChecks.run({ phone_numbers: ["+13035550177", "+18885550142", "+13035550000", "3035550177", "+442079460123"] });
    expect(checked.data!.map((result) => [result.phone_number, result.portable, result.fast_portable])).toEqual([
      ["+13035550177", true, true],
      ["+18885550142", true, false],
      ["+13035550000", false, false],
      ["3035550177", false, false],
      ["+442079460123", true, false],
    ]);
    expect(checked.data![2]!.not_portable_reason).toContain("not active");
    expect(checked.data![3]!.not_portable_reason).toContain("E.164");
  });
});

describe("Telnyx porting orders", () => {
  it("a new draft holds the numbers asked for and cannot be confirmed until it meets its requirements", async () => {
    const created = await telnyx.portingOrders.create({ phone_numbers: ["+13035550177", "+13035550178"] });
    const draft = created.data![0]!;
    expect(draft).toMatchObject({ status: { value: "draft", details: [] }, requirements_met: false, porting_phone_numbers_count: 2, documents: { loa: null } });
    expect(draft.phone_numbers!.map((row) => [row.phone_number, row.porting_order_id])).toEqual([
      ["+13035550177", draft.id],
      ["+13035550178", draft.id],
    ]);
    const refused = await errorOf(telnyx.portingOrders.actions.confirm(draft.id!));
    expect(refused.message).toContain("does not meet its requirements");
    expect(refused.message).toContain("documents.loa");
    expect(refused.details[0]?.code).toBe("10015");
    expect((await telnyx.portingOrders.retrieve(draft.id!)).data?.status?.value).toBe("draft");
  });

  it("happy path: confirmed once (a second confirm is refused), then in-process, FOC date, ported, each notified", async () => {
    const order = await completedDraft(["+13035550181"], "denver-office-port");
    const confirmed = await telnyx.portingOrders.actions.confirm(order.id!);
    expect(confirmed.data?.status?.value).toBe("submitted");
    expect((await errorOf(telnyx.portingOrders.actions.confirm(order.id!))).message).toContain("submitted already");
    expect((await errorOf(telnyx.portingOrders.delete(order.id!))).message).toContain("Only porting orders in draft");

    const walk = await followStatus(scenario, statusOf(order.id!), 1800, 4);
    expectWalk(telnyxPortingOrder, ["draft", ...walk], "ported");
    const ported = await telnyx.portingOrders.retrieve(order.id!);
    expect(ported.data?.activation_settings?.foc_datetime_actual).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(ported.data?.phone_numbers?.[0]).toMatchObject({ porting_order_status: "ported", activation_status: "Active" });
    expect(await notifiedStatuses(order.id!, 4)).toEqual(["submitted", "in-process", "foc-date-confirmed", "ported"]);
  });

  it("mock:exception: the carrier rejects it (ACCOUNT_NUMBER_MISMATCH); an update resumes it to ported", async () => {
    const order = await completedDraft(["+13035550182"], "denver mock:exception");
    await telnyx.portingOrders.actions.confirm(order.id!);
    const walk = await followStatus(scenario, statusOf(order.id!), 1800, 1);
    expectWalk(telnyxPortingOrder, ["draft", ...walk], "exception");
    const blocked = await telnyx.portingOrders.retrieve(order.id!);
    expect(blocked.data?.status?.details?.[0]?.code).toBe("ACCOUNT_NUMBER_MISMATCH");

    const corrected = await telnyx.portingOrders.update(order.id!, { end_user: { admin: { account_number: "4471093882" } } });
    expect(corrected.data?.status).toMatchObject({ value: "in-process", details: [] });
    const rest = await followStatus(scenario, statusOf(order.id!), 1800, 3);
    expectWalk(telnyxPortingOrder, ["draft", ...walk, ...rest], "ported");
    expect(await notifiedStatuses(order.id!, 5)).toEqual(["submitted", "exception", "in-process", "foc-date-confirmed", "ported"]);
  });

  it("cancellation: a draft cannot be cancelled, a submitted order goes cancel-pending then cancelled, and stays so", async () => {
    const draft = (await telnyx.portingOrders.create({ phone_numbers: ["+13035550183"] })).data![0]!;
    expect((await errorOf(telnyx.portingOrders.actions.cancel(draft.id!))).message).toContain("delete it instead");

    const order = await completedDraft(["+13035550184"], "cancel-me");
    await telnyx.portingOrders.actions.confirm(order.id!);
    const pending = await telnyx.portingOrders.actions.cancel(order.id!);
    expect(pending.data?.status?.value).toBe("cancel-pending");
    const walk = await followStatus(scenario, statusOf(order.id!), 600, 6);
    expectWalk(telnyxPortingOrder, ["draft", "submitted", ...walk], "cancelled");
    expect((await errorOf(telnyx.portingOrders.actions.cancel(order.id!))).message).toContain("cancelled cannot be cancelled");
    expect(await notifiedStatuses(order.id!, 3)).toEqual(["submitted", "cancel-pending", "cancelled"]);
  });
});
