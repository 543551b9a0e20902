// Fault injection and the control API, seen through the generated clients as a frontend would.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { APIConnectionError, createTelnyxClient, InternalServerError, RateLimitError } from "../../generated/telnyx/index.js";
import type { RunningMock } from "../../mocks/server.js";
import { controlCall, startMock } from "../support/mocks.js";

const brandId = "4b20019b-043a-78f8-0657-b3be3f4b4002";
let mock: RunningMock;
beforeAll(async () => {
  mock = await startMock("telnyx");
});
afterAll(() => mock.close());

const control = (method: string, path: string, body?: unknown) => controlCall(mock, method, path, body);

describe("fault headers", () => {
  const telnyx = () => createTelnyxClient({ apiKey: "k", baseUrl: mock.url, maxRetries: 0 });

  it("x-mock-latency delays the response", async () => {
    const started = performance.now();
    await telnyx().messaging10dlc.brand.retrieve(brandId, { headers: { "x-mock-latency": "150" } });
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
  });

  it("x-mock-fault gives the typed error with the provider's body", async () => {
    const unavailable = await telnyx().messaging10dlc.brand.retrieve(brandId, { headers: { "x-mock-fault": "503" } }).catch((e: unknown) => e);
    expect(unavailable).toBeInstanceOf(InternalServerError);
    expect((unavailable as InternalServerError).status).toBe(503);
    expect((unavailable as InternalServerError).details[0]?.title).toBe("Service unavailable");
    const limited = await telnyx().messaging10dlc.brand.retrieve(brandId, { headers: { "x-mock-fault": "429" } }).catch((e: unknown) => e);
    expect(limited).toBeInstanceOf(RateLimitError);
    expect((limited as RateLimitError).headers.get("retry-after")).toBe("1");
    const reset = await telnyx().messaging10dlc.brand.retrieve(brandId, { headers: { "x-mock-fault": "reset" } }).catch((e: unknown) => e);
    expect(reset).toBeInstanceOf(APIConnectionError);
  });

  it("answers a bad fault header with a 400 that says why", async () => {
    const response = await fetch(`${mock.url}/10dlc/brand`, { headers: { Authorization: "Bearer k", "x-mock-fault": "418" } });
    expect(response.status).toBe(400);
    expect(JSON.stringify(await response.json())).toContain("x-mock-fault must be 429, 500, 503 or reset");
  });
});

describe("control API", () => {
  it("lets the client's retries recover from a queued 429 with Retry-After", async () => {
    await control("POST", "/reset");
    expect((await control("POST", "/faults", { fault: 429, times: 1, path: "/10dlc/brand/" })).status).toBe(201);
    const telnyx = createTelnyxClient({ apiKey: "k", baseUrl: mock.url, maxRetries: 2 });
    const started = performance.now();
    const brand = await telnyx.messaging10dlc.brand.retrieve(brandId);
    expect(brand.brandId).toBe(brandId);
    expect(performance.now() - started).toBeGreaterThanOrEqual(900);
    const { body } = await control("GET", "/requests");
    const statuses = (body.requests as Array<{ path: string; status: number; fault?: string }>).map((r) => [r.status, r.fault ?? null]);
    expect(statuses).toEqual([
      [429, "429"],
      [200, null],
    ]);
  });

  it("records validation problems and forgets them on reset", async () => {
    await control("POST", "/reset");
    await fetch(`${mock.url}/10dlc/brand`, { method: "POST", headers: { Authorization: "Bearer k", "content-type": "application/json" }, body: "{}" });
    const { body } = await control("GET", "/requests");
    const [entry] = body.requests as Array<{ status: number; violations: string[] }>;
    expect(entry?.status).toBe(422);
    expect(entry?.violations.join(" ")).toContain("displayName");
    await control("POST", "/reset");
    expect((await control("GET", "/requests")).body.requests).toEqual([]);
  });

  it("rejects a bad control request and lists its endpoints", async () => {
    expect((await control("POST", "/faults", { fault: 404 })).status).toBe(400);
    expect((await control("GET", "/nope")).status).toBe(404);
    expect(Object.keys((await control("GET", "/")).body.endpoints as object)).toContain("POST /__mock/faults");
  });
});

describe("robustness and seeded faults", () => {
  it("refuses an oversized body with 413 and keeps serving", async () => {
    const small = await startMock("telnyx", { maxBodyBytes: 1000 });
    try {
      const response = await fetch(`${small.url}/10dlc/brand`, {
        method: "POST",
        headers: { Authorization: "Bearer k", "content-type": "application/json" },
        body: JSON.stringify({ displayName: "x".repeat(5000) }),
      });
      expect(response.status).toBe(413);
      const after = await fetch(`${small.url}/10dlc/brand`, { headers: { Authorization: "Bearer k" } });
      expect(after.status).toBe(200);
    } finally {
      await small.close();
    }
  });

  it("repeats the same faults for the same seed", async () => {
    const run = async (seed: number) => {
      const seeded = await startMock("telnyx", { faults: { rate: 0.5, seed } });
      try {
        const statuses: number[] = [];
        for (let i = 0; i < 12; i++) {
          const response = await fetch(`${seeded.url}/10dlc/brand`, { headers: { Authorization: "Bearer k" } }).catch(() => undefined);
          statuses.push(response?.status ?? 0);
        }
        return statuses;
      } finally {
        await seeded.close();
      }
    };
    const first = await run(7);
    expect(first.some((s) => s !== 200)).toBe(true);
    expect(first.some((s) => s === 200)).toBe(true);
    expect(await run(7)).toEqual(first);
  });
});
