// Optional response validation with the validators compiled at generation time: a body broken on
// purpose through the mock's control API (a fixture the spec does not allow) is caught, named by
// operation and JSON pointer, by the facade (`validate: "responses"`) and by the per-operation
// functions (`responseValidation({...})`); a valid body passes; validation is off by default.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTelnyxClient, ResponseValidationError } from "../../generated/telnyx/index.js";
import { createTelnyxConfig, messaging10dlcBrandRetrieve } from "../../generated/telnyx/functions.js";
import { messaging10dlcBrandRetrieve as brandValidator } from "../../generated/telnyx/validators.js";
import { responseValidation } from "../../generated/runtime/validation.js";
import type { RunningMock } from "../../mocks/server.js";
import { controlCall, startMock } from "../support/mocks.js";

let mock: RunningMock;
let validBrandId: string;
const brokenBrandId = "brand-broken-on-purpose";

beforeAll(async () => {
  mock = await startMock("telnyx", { stateful: true });
  // A brand the spec forbids: displayName is a number, and the required entityType is missing.
  const added = await controlCall(mock, "POST", "/fixtures", { brand: [{ brandId: brokenBrandId, displayName: 42, country: "US" }] });
  expect(added.status).toBeLessThan(300);
  const listed = await fetch(`${mock.url}/10dlc/brand`, { headers: { authorization: "Bearer key" } });
  validBrandId = ((await listed.json()) as { records: Array<{ brandId: string }> }).records.find((b) => b.brandId !== brokenBrandId)!.brandId;
});
afterAll(() => mock.close());

const options = () => ({ apiKey: "key", baseUrl: mock.url, maxRetries: 0 });

describe("response validation", () => {
  it("is off by default: the broken body arrives as sent", async () => {
    const brand = await createTelnyxClient(options()).messaging10dlc.brand.retrieve(brokenBrandId);
    expect(brand.displayName).toBe(42);
  });

  it('rejects a body that breaks the spec with validate: "responses", naming the operation and the pointer', async () => {
    const telnyx = createTelnyxClient({ ...options(), validate: "responses" });
    expect((await telnyx.messaging10dlc.brand.retrieve(validBrandId)).brandId).toBe(validBrandId);
    const error = await telnyx.messaging10dlc.brand.retrieve(brokenBrandId).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ResponseValidationError);
    const mismatch = error as ResponseValidationError;
    expect(mismatch.operation).toBe("messaging10dlcBrandRetrieve");
    expect(mismatch.path).toBe("/10dlc/brand/{brandId}");
    expect(mismatch.status).toBe(200);
    expect(mismatch.issues.length).toBeGreaterThan(0);
    expect(mismatch.message).toMatch(/^messaging10dlcBrandRetrieve \(GET \/10dlc\/brand\/\{brandId\}\): the 200 response does not match the spec: /);
    expect(["", "/displayName"]).toContain(mismatch.issues[0]!.pointer);
  });

  it("only reports in report mode, and the call resolves", async () => {
    const reported: ResponseValidationError[] = [];
    const telnyx = createTelnyxClient({ ...options(), validate: { responses: "report", onInvalid: (e) => reported.push(e) } });
    const brand = await telnyx.messaging10dlc.brand.retrieve(brokenBrandId);
    expect(brand.brandId).toBe(brokenBrandId);
    expect(reported.map((e) => e.operation)).toEqual(["messaging10dlcBrandRetrieve"]);
    await telnyx.messaging10dlc.brand.retrieve(validBrandId);
    expect(reported).toHaveLength(1);
  });

  it("works with the per-operation functions and only the validators passed in", async () => {
    const checked = createTelnyxConfig({ ...options(), validateResponse: responseValidation({ messaging10dlcBrandRetrieve: brandValidator }) });
    await expect(messaging10dlcBrandRetrieve(checked, brokenBrandId)).rejects.toBeInstanceOf(ResponseValidationError);
    // An operation without a validator in the set is not checked.
    const unrelated = createTelnyxConfig({ ...options(), validateResponse: responseValidation({}) });
    expect((await messaging10dlcBrandRetrieve(unrelated, brokenBrandId)).displayName).toBe(42);
  });
});
