// The node mock and the MSW handlers run the same core, so the same request gets the same
// answer from both: status, body and the headers a client reads. Each case below is sent to a
// running node mock and through MSW to the provider's real base URL; a front that answered on
// its own (a different error body, a missed validation, a fault header ignored) fails here.
import { setupServer } from "msw/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { telnyxHandlers } from "../../mocks/msw/telnyx.js";
import { vonageHandlers } from "../../mocks/msw/vonage.js";
import type { RunningMock } from "../../mocks/server.js";
import { startMock } from "../support/mocks.js";

interface Case {
  name: string;
  method?: string;
  path: string;
  headers?: Record<string, string>;
  body?: string;
}

const telnyxAuth = { authorization: "Bearer parity" };
const json = { "content-type": "application/json" };

const TELNYX_CASES: Case[] = [
  { name: "an example brand", path: "/10dlc/brand/4b20019b-043a-78f8-0657-b3be3f4b4002", headers: telnyxAuth },
  { name: "no credentials", path: "/10dlc/brand" },
  { name: "an unknown path", path: "/no/such/path", headers: telnyxAuth },
  { name: "a method the path does not take", method: "PATCH", path: "/10dlc/brand", headers: telnyxAuth },
  { name: "an invalid body", method: "POST", path: "/10dlc/brand", headers: { ...telnyxAuth, ...json }, body: '{"entityType":"NOPE"}' },
  { name: "invalid JSON", method: "POST", path: "/10dlc/brand", headers: { ...telnyxAuth, ...json }, body: '{"entityType":' },
  { name: "a number JSON cannot hold", method: "POST", path: "/10dlc/brand", headers: { ...telnyxAuth, ...json }, body: '{"displayName":"x","mock":1e309}' },
  { name: "a non-finite query number", path: "/10dlc/brand?recordsPerPage=1e309", headers: telnyxAuth },
  { name: "a fault header", path: "/10dlc/brand", headers: { ...telnyxAuth, "x-mock-fault": "503" } },
  { name: "a bad fault header", path: "/10dlc/brand", headers: { ...telnyxAuth, "x-mock-fault": "teapot" } },
  { name: "a campaign for a brand that does not exist", method: "POST", path: "/10dlc/campaignBuilder", headers: { ...telnyxAuth, ...json }, body: '{"brandId":"no-such-brand","usecase":"CUSTOMER_CARE","description":"A campaign for a brand that was never registered at all."}' },
  { name: "an unknown control endpoint", path: "/__mock/nothing" },
  { name: "a control value out of range", method: "POST", path: "/__mock/clock", headers: json, body: '{"advance":-5}' },
];

const VONAGE_CASES: Case[] = [
  { name: "no credentials", path: "/brands" },
  { name: "an invalid body", method: "POST", path: "/brands", headers: { authorization: `Basic ${btoa("k:s")}`, ...json }, body: '{"display_name":42}' },
  { name: "an unknown brand", path: "/brands/BNOPE00", headers: { authorization: `Basic ${btoa("k:s")}` } },
];

/** What a client sees of an answer; per-response ids and dates are not the mock's choice to repeat. */
async function seen(response: Response): Promise<{ status: number; body: unknown; headers: Record<string, string | null> }> {
  const text = await response.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // not JSON: compared as text
  }
  const headers: Record<string, string | null> = {};
  for (const name of ["content-type", "www-authenticate", "retry-after", "allow", "sl-violations"]) headers[name] = response.headers.get(name);
  return { status: response.status, body: JSON.parse(JSON.stringify(body).replace(/"(x-request-id|request_id|id|instance)":"[^"]*"/g, '"$1":"…"')), headers };
}

function requestOf(base: string, c: Case): Request {
  return new Request(`${base}${c.path}`, { method: c.method ?? "GET", headers: c.headers ?? {}, ...(c.body !== undefined ? { body: c.body } : {}) });
}

describe.each([
  { provider: "telnyx" as const, base: "https://api.telnyx.com/v2", cases: TELNYX_CASES, handlers: () => telnyxHandlers({ clockScale: 0 }) },
  { provider: "vonage" as const, base: "https://api-eu.vonage.com/v1/10dlc", cases: VONAGE_CASES, handlers: () => vonageHandlers({ clockScale: 0 }) },
])("$provider: node mock and MSW handlers", ({ provider, base, cases, handlers }) => {
  let mock: RunningMock;
  const server = setupServer(...handlers());
  beforeAll(async () => {
    mock = await startMock(provider, { stateful: true, clockScale: 0 });
    // Requests to the node mock pass through MSW untouched (no handler covers 127.0.0.1).
    server.listen({ onUnhandledRequest: "bypass" });
  });
  afterAll(async () => {
    server.close();
    await mock.close();
  });

  it.each(cases)("answer $name alike", async (c) => {
    const fromNode = await seen(await fetch(requestOf(mock.url, c)));
    const fromMsw = await seen(await fetch(requestOf(base, c)));
    expect(fromMsw).toEqual(fromNode);
    expect(fromNode.status).toBeGreaterThanOrEqual(200);
  });
});
