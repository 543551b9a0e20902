// The stateful answers keep the response schema's shape whatever valid request built them: a
// request value enters the stored object only where it has the stored value's shape (merge.ts).
// Found by the mock fuzzer: creating a number order with a non-UUID bundle_id, a porting order
// (numbers as strings where the answer has objects) and a Vonage campaign PATCH with
// `"status": null` all gave answers their own spec rejects.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mergeValue } from "../../mocks/state/merge.js";
import type { RunningMock } from "../../mocks/server.js";
import { startMock } from "../support/mocks.js";
import { loadProvider, operationPointer, SchemaValidator } from "../support/spec.js";

const telnyxAuth = { authorization: "Bearer test-key", "content-type": "application/json" };
const vonageAuth = { authorization: `Basic ${Buffer.from("test-key:test-secret").toString("base64")}`, "content-type": "application/json" };
const schemaOf = (route: string, method: string, status: number) => `${operationPointer(route, method)}/responses/${status}/content/application~1json/schema`;

describe("mergeValue", () => {
  it.each([
    ["a string over a string", "old", "new", "new"],
    ["a uuid over a uuid", "4b20019b-043a-78f8-0657-b3be3f4b4002", "0b1f5c3e-2a4d-4e6f-8a9b-c0d1e2f3a4b5", "0b1f5c3e-2a4d-4e6f-8a9b-c0d1e2f3a4b5"],
    ["a scalar into a null", null, "https://hooks.example.com", "https://hooks.example.com"],
    ["a number over a number", 1, 2, 2],
  ])("takes %s", (_what, current, sent, expected) => {
    expect(mergeValue(current, sent)).toEqual(expected);
  });

  it.each([
    ["a non-uuid over a uuid", "4b20019b-043a-78f8-0657-b3be3f4b4002", "not-a-uuid"],
    ["null over a string", "ACTIVE", null],
    ["a string over an object", { value: "draft" }, "draft"],
    ["an infinite number", 1, Number.POSITIVE_INFINITY],
    ["strings over an array of objects", [{ phone_number: "+13125550001" }], ["+13035550101"]],
    ["items into an empty example array", [], ["x"]],
  ])("keeps the stored value for %s", (_what, current, sent) => {
    expect(mergeValue(current, sent)).toBeUndefined();
  });

  it("merges objects over the fields the stored object has, and array items over the first item's shape", () => {
    const current = [{ phone_number: "+13125550001", bundle_id: "4b20019b-043a-78f8-0657-b3be3f4b4002", status: "pending" }];
    const merged = mergeValue(current, [{ phone_number: "+19705550001", bundle_id: "nope", extra: 1 }, { phone_number: "+19705550002" }]);
    expect(JSON.parse(JSON.stringify(merged))).toEqual([
      { phone_number: "+19705550001", bundle_id: "4b20019b-043a-78f8-0657-b3be3f4b4002", status: "pending" },
      { phone_number: "+19705550002", bundle_id: "4b20019b-043a-78f8-0657-b3be3f4b4002", status: "pending" },
    ]);
  });
});

describe("Telnyx stateful answers match their response schemas", () => {
  let mock: RunningMock;
  let validator: SchemaValidator;
  beforeAll(async () => {
    mock = await startMock("telnyx", { stateful: true, clockScale: 0 });
    validator = new SchemaValidator((await loadProvider("telnyx")).spec.document);
  });
  afterAll(() => mock.close());

  it("a number order echoes the numbers ordered, as the answer's objects", async () => {
    const response = await fetch(`${mock.url}/number_orders`, {
      method: "POST",
      headers: telnyxAuth,
      body: JSON.stringify({ phone_numbers: [{ phone_number: "+19705551001", bundle_id: "not-a-uuid" }, { phone_number: "+19705551002" }] }),
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { data: { phone_numbers: Array<{ phone_number: string }> } };
    expect(validator.check(schemaOf("/number_orders", "post", 200), body)).toBeUndefined();
    expect(body.data.phone_numbers.map((n) => n.phone_number)).toEqual(["+19705551001", "+19705551002"]);
  });

  it("a porting order given numbers as strings keeps the answer's number objects, and takes its reference", async () => {
    const response = await fetch(`${mock.url}/porting_orders`, {
      method: "POST",
      headers: telnyxAuth,
      body: JSON.stringify({ phone_numbers: ["+13035550101", "+13035550102"], customer_reference: "merge-test-ref" }),
    });
    expect(response.status).toBe(201);
    const body = (await response.json()) as { data: Array<{ customer_reference: string }> };
    expect(validator.check(schemaOf("/porting_orders", "post", 201), body)).toBeUndefined();
    expect(body.data[0]!.customer_reference).toBe("merge-test-ref");
  });
});

describe("Vonage stateful campaign PATCH", () => {
  let mock: RunningMock;
  let validator: SchemaValidator;
  beforeAll(async () => {
    mock = await startMock("vonage", { stateful: true, clockScale: 0 });
    validator = new SchemaValidator((await loadProvider("vonage")).spec.document);
  });
  afterAll(() => mock.close());

  it('treats "status": null as "leave it" and "status": "CANCELED" as a cancellation', async () => {
    const brands = (await (await fetch(`${mock.url}/brands`, { headers: vonageAuth })).json()) as { _embedded: { brands: Array<{ brand_id: string }> } };
    const brandId = brands._embedded.brands[0]!.brand_id;
    const campaigns = (await (await fetch(`${mock.url}/brands/${brandId}/campaigns`, { headers: vonageAuth })).json()) as {
      _embedded: { campaigns: Array<{ campaign_id: string; status: string }> };
    };
    const { campaign_id: campaignId, status } = campaigns._embedded.campaigns[0]!;
    const route = "/brands/{brand_id}/campaigns/{campaign_id}";

    const left = await fetch(`${mock.url}/brands/${brandId}/campaigns/${campaignId}`, { method: "PATCH", headers: vonageAuth, body: '{"status": null, "label": "Merged"}' });
    expect(left.status).toBe(200);
    const leftBody = (await left.json()) as { status: string; label: string };
    expect(validator.check(schemaOf(route, "patch", 200), leftBody)).toBeUndefined();
    expect(leftBody).toMatchObject({ status, label: "Merged" });

    const canceled = await fetch(`${mock.url}/brands/${brandId}/campaigns/${campaignId}`, { method: "PATCH", headers: vonageAuth, body: '{"status": "CANCELED"}' });
    const canceledBody = (await canceled.json()) as { status: string; label: string };
    expect(validator.check(schemaOf(route, "patch", 200), canceledBody)).toBeUndefined();
    expect(canceledBody).toMatchObject({ status: "CANCELED", label: "Merged" });
  });
});
