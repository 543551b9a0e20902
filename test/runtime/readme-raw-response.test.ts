// The README's "Raw responses" example, run as written against the Telnyx mock: the header it
// reads (`x-request-id`) must really be sent, on successes and on errors.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AuthenticationError, createTelnyxClient } from "../../generated/telnyx/index.js";
import type { RunningMock } from "../../mocks/server.js";
import { startMock } from "../support/mocks.js";

let mock: RunningMock;
beforeAll(async () => {
  mock = await startMock("telnyx");
});
afterAll(() => mock.close());

const requestId = /^[0-9a-f-]{36}$/;

describe("README: raw responses", () => {
  it("withResponse() gives the parsed body and a Response carrying x-request-id", async () => {
    const telnyx = createTelnyxClient({ apiKey: "test-key", baseUrl: mock.url });
    const created = await telnyx.messaging10dlc.brand.create({
      entityType: "PRIVATE_PROFIT",
      displayName: "ABC Mobile",
      country: "US",
      email: "support@abcmobile.example.com",
      vertical: "TECHNOLOGY",
    });
    const brandId = created.brandId!;

    // As in the README:
    const { data, response } = await telnyx.messaging10dlc.brand.retrieve(brandId).withResponse();
    const first = response.headers.get("x-request-id");

    expect(data.brandId).toBe(brandId);
    expect(first).toMatch(requestId);
    const again = await telnyx.messaging10dlc.brand.retrieve(brandId).withResponse();
    expect(again.response.headers.get("x-request-id")).toMatch(requestId);
    expect(again.response.headers.get("x-request-id")).not.toBe(first);
  });

  it("an error carries the same header as requestId", async () => {
    delete process.env.TELNYX_API_KEY;
    // No credentials: the mock answers 401.
    const telnyx = createTelnyxClient({ baseUrl: mock.url, maxRetries: 0 });
    const error = await telnyx.messaging10dlc.brand.list().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect((error as AuthenticationError).requestId).toMatch(requestId);
  });
});
