// Which failures are retried, per method: retries must never make the server act twice on a POST
// or PATCH. Observed on a local server that records every request it received (and so "commits"
// it), including ones it answers late, with an error, or by dropping the connection.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseDocument } from "yaml";
import { emitFunctions } from "../../codegen/emit/functions.js";
import { loadSpec } from "../../codegen/load.js";
import { buildModel } from "../../codegen/model.js";
import {
  APIConnectionError,
  APIConnectionTimeoutError,
  InternalServerError,
  RateLimitError,
  wasNeverSent,
  type OperationSpec,
  type ClientConfig,
} from "../../codegen/runtime/index.js";
import { boundTo } from "./bound.js";
import { acme, fixtureRoot } from "../support/fixture.js";
import { startScriptedServer, type ScriptedServer } from "../support/server.js";

let server: ScriptedServer;
beforeAll(async () => {
  server = await startScriptedServer();
});
afterAll(() => server.close());

const createBrand: OperationSpec = { method: "POST", path: "/10dlc/brand", response: "json" };
const updateBrand: OperationSpec = { method: "PATCH", path: "/10dlc/brand/{brandId}", response: "json" };
const replaceBrand: OperationSpec = { method: "PUT", path: "/10dlc/brand/{brandId}", response: "json" };
const getBrand: OperationSpec = { method: "GET", path: "/10dlc/brand/{brandId}", response: "json" };
const orderNumber: OperationSpec = { method: "POST", path: "/number_orders", response: "json", idempotencyHeader: "Idempotency-Key" };
const transport = (options: Partial<ClientConfig> = {}) => boundTo({ baseUrl: server.url, headers: {}, ...options });
const brand = { displayName: "Acme", entityType: "PRIVATE_PROFIT" };
/** A server error that asks for no wait, so that retries (when they happen) are quick. */
const failing = (status: number, headers: Record<string, string> = {}) => ({ status, headers: { "retry-after-ms": "1", ...headers }, body: { errors: [] } });
const settle = (promise: PromiseLike<unknown>) => Promise.resolve(promise).then(() => undefined, (error: unknown) => error);

describe("POST and PATCH are sent once when the server may have acted on them", () => {
  it("a POST that times out after the server received it: 1 attempt, the server holds 1 brand", async () => {
    server.handle(() => ({ delay: 1000, body: { brandId: "b1" } }));
    const error = await settle(transport({ timeout: 300 }).request(createBrand, { body: brand }));
    expect(error).toBeInstanceOf(APIConnectionTimeoutError);
    expect(server.requests.filter((r) => r.method === "POST")).toHaveLength(1);
  });

  it("a POST or PATCH answered with a plain 500: 1 attempt", async () => {
    server.handle(() => failing(500));
    expect(await settle(transport().request(createBrand, { body: brand }))).toBeInstanceOf(InternalServerError);
    expect(server.requests).toHaveLength(1);
    server.handle(() => failing(502));
    expect(await settle(transport().request(updateBrand, { path: { brandId: "b1" }, body: brand }))).toBeInstanceOf(InternalServerError);
    expect(server.requests).toHaveLength(1);
  });

  it("a POST answered 408, 409 or 503 without Retry-After: 1 attempt", async () => {
    for (const status of [408, 409, 503]) {
      server.handle(() => ({ status, body: {} }));
      await settle(transport().request(createBrand, { body: brand }));
      expect(server.requests, `status ${status}`).toHaveLength(1);
    }
  });

  it("a POST whose connection is reset or hung up after the request was read: 1 attempt", async () => {
    for (const drop of ["reset", "hang-up"] as const) {
      server.handle(() => ({ drop }));
      const error = await settle(transport().request(createBrand, { body: brand }));
      expect(error, drop).toBeInstanceOf(APIConnectionError);
      expect(wasNeverSent((error as APIConnectionError).cause), drop).toBe(false);
      expect(server.requests, drop).toHaveLength(1);
    }
  });
});

describe("POST and PATCH are retried when the failure shows they were not processed", () => {
  it("connection refused: every attempt is made", async () => {
    const closed = await startScriptedServer();
    const url = closed.url;
    await closed.close();
    let attempts = 0;
    const counting = (request: Request) => (attempts++, fetch(request));
    const error = await settle(boundTo({ baseUrl: url, headers: {}, fetch: counting, maxRetries: 2 }).request(createBrand, { body: brand }));
    expect(error).toBeInstanceOf(APIConnectionError);
    expect(wasNeverSent((error as APIConnectionError).cause)).toBe(true);
    expect(attempts).toBe(3);
  });

  it("connection reset before the request was written: retried, and the server holds 1 brand", async () => {
    // A server of its own: its first connections are fresh ones, not pooled from other tests.
    const resetting = await startScriptedServer();
    try {
      resetting.resetConnections(2);
      resetting.handle(() => ({ body: { brandId: "b1" } }));
      const result = await boundTo({ baseUrl: resetting.url, headers: {} }).request(createBrand, { body: brand });
      expect(result).toEqual({ brandId: "b1" });
      expect(resetting.connections).toBe(3);
      expect(resetting.requests).toHaveLength(1);
    } finally {
      await resetting.close();
    }
  });

  it("429 and 503 with Retry-After", async () => {
    server.handle((_r, i) => (i < 2 ? failing(429) : { body: { brandId: "b1" } }));
    await expect(transport().request(createBrand, { body: brand })).resolves.toEqual({ brandId: "b1" });
    expect(server.requests).toHaveLength(3);
    server.handle((_r, i) => (i < 1 ? { status: 503, headers: { "retry-after": "0" }, body: {} } : { body: { brandId: "b2" } }));
    await expect(transport().request(updateBrand, { path: { brandId: "b2" }, body: brand })).resolves.toEqual({ brandId: "b2" });
    expect(server.requests).toHaveLength(2);
    server.handle(() => failing(429));
    expect(await settle(transport({ maxRetries: 1 }).request(createBrand, { body: brand }))).toBeInstanceOf(RateLimitError);
    expect(server.requests).toHaveLength(2);
  });
});

describe("GET, PUT and DELETE keep the full retry policy", () => {
  it("retried after a timeout, a reset after sending and a 500", async () => {
    server.handle((_r, i) => (i === 0 ? { delay: 500, body: {} } : i === 1 ? { drop: "reset" } : i === 2 ? failing(500) : { body: { id: "b1" } }));
    await expect(transport({ timeout: 100, maxRetries: 3 }).request(getBrand, { path: { brandId: "b1" } })).resolves.toEqual({ id: "b1" });
    expect(server.requests).toHaveLength(4);
    server.handle((_r, i) => (i < 2 ? failing(409) : { body: { id: "b1" } }));
    await expect(transport().request(replaceBrand, { path: { brandId: "b1" }, body: brand })).resolves.toEqual({ id: "b1" });
    expect(server.requests).toHaveLength(3);
  });
});

describe("opting in: retryNonIdempotent", () => {
  it("per client, retries a POST like a GET; a call can turn it off again", async () => {
    server.handle(() => failing(500));
    await settle(transport({ retryNonIdempotent: true }).request(createBrand, { body: brand }));
    expect(server.requests).toHaveLength(3);
    server.handle(() => failing(500));
    await settle(transport({ retryNonIdempotent: true }).request(createBrand, { body: brand }, { retryNonIdempotent: false }));
    expect(server.requests).toHaveLength(1);
  });

  it("per call, retries that POST after a timeout", async () => {
    server.handle((_r, i) => (i === 0 ? { delay: 500, body: {} } : { body: { brandId: "b1" } }));
    await expect(transport({ timeout: 100 }).request(createBrand, { body: brand }, { retryNonIdempotent: true })).resolves.toEqual({ brandId: "b1" });
    expect(server.requests).toHaveLength(2);
  });
});

describe("x-should-retry", () => {
  it("true makes a POST retried, up to maxRetries", async () => {
    server.handle(() => failing(500, { "x-should-retry": "true" }));
    await settle(transport({ maxRetries: 1 }).request(createBrand, { body: brand }));
    expect(server.requests).toHaveLength(2);
  });

  it("false stops the retry of a GET that would otherwise be retried", async () => {
    server.handle(() => failing(503, { "x-should-retry": "false" }));
    expect(await settle(transport().request(getBrand, { path: { brandId: "b1" } }))).toBeInstanceOf(InternalServerError);
    expect(server.requests).toHaveLength(1);
  });
});

describe("attempt number header", () => {
  it("sends X-Retry-Count 0, 1, 2 on the attempts of one call", async () => {
    server.handle((_r, i) => (i < 2 ? failing(503) : { body: {} }));
    await transport().request(getBrand, { path: { brandId: "b1" } });
    expect(server.requests.map((r) => r.headers["x-retry-count"])).toEqual(["0", "1", "2"]);
  });
});

describe("operations that declare an idempotency-key header", () => {
  const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

  it("send one fresh key per call, the same on every attempt, and are retried like a GET", async () => {
    server.handle((_r, i) => (i === 0 ? { delay: 500, body: {} } : i === 1 ? failing(500) : { body: { id: "o1" } }));
    await expect(transport({ timeout: 100 }).request(orderNumber, { body: { phone_number: "+13125550001" } })).resolves.toEqual({ id: "o1" });
    const keys = server.requests.map((r) => r.headers["idempotency-key"]);
    expect(keys).toHaveLength(3);
    expect(keys[0]).toMatch(uuid);
    expect(new Set(keys).size).toBe(1);

    server.handle(() => ({ body: { id: "o2" } }));
    await transport().request(orderNumber, { body: { phone_number: "+13125550002" } });
    expect(server.requests[0]!.headers["idempotency-key"]).toMatch(uuid);
    expect(server.requests[0]!.headers["idempotency-key"]).not.toBe(keys[0]);
  });

  it("keep the caller's own key (any letter case) on every attempt", async () => {
    server.handle((_r, i) => (i < 1 ? failing(503) : { body: { id: "o3" } }));
    await transport().request(orderNumber, { body: { phone_number: "+13125550003" } }, { headers: { "idempotency-key": "order-42" } });
    expect(server.requests.map((r) => r.headers["idempotency-key"])).toEqual(["order-42", "order-42"]);
  });

  it("the generator passes a declared Idempotency-Key header into the operation description", async () => {
    // The acme fixture, with the header declared on its POST (orderNumber) only.
    const root = mkdtempSync(path.join(os.tmpdir(), "idempotency-spec-"));
    cpSync(fixtureRoot, root, { recursive: true });
    const file = path.join(root, "specs/acme/numbers.yaml");
    const document = parseDocument(readFileSync(file, "utf8"));
    document.setIn(["paths", "/numbers", "post", "parameters"], [{ name: "Idempotency-Key", in: "header", required: false, schema: { type: "string" } }]);
    writeFileSync(file, document.toString());
    const functions = emitFunctions(buildModel(await loadSpec(path.join(root, acme.entry))), acme, acme.entry);
    // The body of one generated function, which holds its operation's description.
    const body = (name: string) => functions.split(`export function ${name}(`)[1]?.split("\n}")[0] ?? "";
    expect(body("numbersOrder")).toContain('idempotencyHeader: "Idempotency-Key"');
    expect(body("numbersList")).toMatch(/method: "GET"/);
    expect(body("numbersList")).not.toContain("idempotencyHeader");
  });
});
