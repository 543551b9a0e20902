// The mock's validation errors read as a person writes them ("email is required", "page_size must
// be at most 250"), not as Prism passes on Ajv ("body Request body must have required property
// 'email'"). Real requests against the Telnyx mock, plus the fallback for wording it does not know.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toProblem } from "../../mocks/prism/violations.js";
import type { RunningMock } from "../../mocks/server.js";
import { startMock } from "../support/mocks.js";

type TelnyxErrors = { errors: Array<{ title: string; detail: string; source?: { pointer?: string; parameter?: string } }> };

const headers = { Authorization: "Bearer test-key", "content-type": "application/json" };
const brand = { entityType: "PRIVATE_PROFIT", displayName: "ABC Mobile", country: "US", email: "support@abcmobile.example.com", vertical: "TECHNOLOGY" };

describe("readable validation details from the mock", () => {
  let telnyx: RunningMock;
  beforeAll(async () => {
    telnyx = await startMock("telnyx");
  });
  afterAll(() => telnyx.close());

  async function errorsOf(path: string, body?: unknown): Promise<TelnyxErrors["errors"]> {
    const response = await fetch(`${telnyx.url}${path}`, body === undefined ? { headers } : { method: "POST", headers, body: JSON.stringify(body) });
    expect(response.status, path).toBe(422);
    return ((await response.json()) as TelnyxErrors).errors;
  }

  it.each([
    ["a missing field", { ...brand, email: undefined }, { title: "Missing required field", detail: "email is required", source: { pointer: "/email" } }],
    ["a value outside the enum", { ...brand, entityType: "NOPE" }, { detail: "entityType must be one of PRIVATE_PROFIT, PUBLIC_PROFIT, NON_PROFIT, GOVERNMENT, SOLE_PROPRIETOR", source: { pointer: "/entityType" } }],
    ["a wrong type", { ...brand, displayName: 5 }, { detail: "displayName must be a string", source: { pointer: "/displayName" } }],
    ["a string too long", { ...brand, displayName: "x".repeat(101) }, { detail: "displayName must be at most 100 characters long", source: { pointer: "/displayName" } }],
  ])("POST /10dlc/brand with %s", async (_case, body, expected) => {
    expect(await errorsOf("/10dlc/brand", body)).toEqual([expect.objectContaining(expected)]);
  });

  it("GET with a query parameter above its maximum", async () => {
    expect(await errorsOf("/inexplicit_number_orders?page_size=1000")).toEqual([
      expect.objectContaining({ detail: "page_size must be at most 250", source: { parameter: "page_size" } }),
    ]);
  });

  it("keeps Ajv's words, without Prism's prefix, for a message it has no sentence for", () => {
    const problem = toProblem({ path: ["body", "address", "city"], message: "Request body property address.city must be frobbed", severity: 0 });
    expect(problem).toEqual({ title: "Invalid field", detail: "address.city must be frobbed", pointer: "/address/city" });
    const root = toProblem({ path: ["body"], message: "Request body must be object", severity: 0 });
    expect(root.detail).toBe("The request body must be an object");
  });
});
