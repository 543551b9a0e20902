// The hand-written client runtime, tested directly against a local HTTP server (no Prism).
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  APIConnectionError,
  APIError,
  AuthenticationError,
  BadRequestError,
  basic,
  ConflictError,
  errorFromResponse,
  InternalServerError,
  NotFoundError,
  parseErrorDetails,
  PermissionDeniedError,
  RateLimitError,
  UnprocessableEntityError,
  type OperationSpec,
} from "../../codegen/runtime/index.js";
import { boundTo } from "./bound.js";

interface Seen {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
  body: string;
}

let server: http.Server;
let baseUrl: string;
const seen: Seen[] = [];
/** What the server answers next: status, headers, body. */
let reply: { status: number; headers?: Record<string, string>; body?: string } = { status: 200, body: "{}" };

beforeAll(async () => {
  server = http.createServer((req, res) => {
    let body = "";
    req.on("data", (c) => (body += c));
    req.on("end", () => {
      seen.push({ method: req.method!, url: req.url!, headers: req.headers, body });
      res.writeHead(reply.status, { "content-type": "application/json", ...reply.headers });
      res.end(reply.body ?? "");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v2/`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const getBrand: OperationSpec = { method: "GET", path: "/10dlc/brand/{brandId}", response: "json" };
const listNumbers: OperationSpec = { method: "GET", path: "/numbers", response: "json" };
const createBrand: OperationSpec = { method: "POST", path: "/10dlc/brand", response: "json" };
const deleteBrand: OperationSpec = { method: "DELETE", path: "/10dlc/brand/{brandId}", response: "none" };

describe("Transport", () => {
  const transport = () => boundTo({ baseUrl, headers: { Authorization: "Bearer k" } });

  it("builds the URL from the base URL, path template and encoded path parameters", async () => {
    reply = { status: 200, body: '{"brandId":"b 1"}' };
    const result = await transport().request(getBrand, { path: { brandId: "b 1/x" } });
    expect(result).toEqual({ brandId: "b 1" });
    expect(seen.at(-1)).toMatchObject({ method: "GET", url: "/v2/10dlc/brand/b%201%2Fx" });
    expect(seen.at(-1)!.headers.authorization).toBe("Bearer k");
  });

  it("serialises Telnyx-style deepObject filters and plain query parameters", async () => {
    reply = { status: 200, body: "[]" };
    await transport().request(listNumbers, { query: { filter: { country_code: "US", features: ["sms", "voice"] }, sort: "created_at" } });
    expect(seen.at(-1)!.url).toBe("/v2/numbers?filter[country_code]=US&filter[features]=sms&filter[features]=voice&sort=created_at");
  });

  it("sends JSON bodies and per-call headers", async () => {
    reply = { status: 200, body: '{"ok":true}' };
    await transport().request(createBrand, { body: { displayName: "Acme" } }, { headers: { "x-trace": "1" } });
    expect(seen.at(-1)!.headers["content-type"]).toBe("application/json");
    expect(seen.at(-1)!.headers["x-trace"]).toBe("1");
    expect(JSON.parse(seen.at(-1)!.body)).toEqual({ displayName: "Acme" });
  });

  it("returns undefined for an operation without a response body", async () => {
    reply = { status: 204 };
    await expect(transport().request(deleteBrand, { path: { brandId: "b1" } })).resolves.toBeUndefined();
  });

  it("throws the typed error for the status, with headers, body and parsed details", async () => {
    reply = {
      status: 422,
      headers: { "x-request-id": "req-42" },
      body: JSON.stringify({ errors: [{ code: "10015", title: "Invalid value", detail: "displayName is too long", source: { pointer: "/displayName" } }] }),
    };
    const error = (await transport().request(createBrand, { body: {} }).catch((e: unknown) => e)) as UnprocessableEntityError;
    expect(error).toBeInstanceOf(UnprocessableEntityError);
    expect(error).toBeInstanceOf(APIError);
    expect(error.status).toBe(422);
    expect(error.requestId).toBe("req-42");
    expect(error.details).toEqual([{ code: "10015", title: "Invalid value", detail: "displayName is too long", pointer: "/displayName" }]);
    expect(error.message).toBe("422 Unprocessable Entity: displayName is too long (at /displayName)");
  });

  it("turns a refused connection into APIConnectionError", async () => {
    const closed = boundTo({ baseUrl: "http://127.0.0.1:1", headers: {} });
    const error = await closed.request(getBrand, { path: { brandId: "x" } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APIConnectionError);
    expect((error as APIConnectionError).status).toBeUndefined();
    expect((error as Error).message).toMatch(/^Connection error: /);
  });

  it("lets an abort through as an abort, not a connection error", async () => {
    const controller = new AbortController();
    controller.abort();
    const error = await transport().request(getBrand, { path: { brandId: "x" } }, { signal: controller.signal }).catch((e: unknown) => e);
    expect((error as Error).name).toBe("AbortError");
    expect(error).not.toBeInstanceOf(APIConnectionError);
  });
});

describe("errors", () => {
  it("maps every documented status to its class", () => {
    const cases: Array<[number, unknown]> = [
      [400, BadRequestError],
      [401, AuthenticationError],
      [403, PermissionDeniedError],
      [404, NotFoundError],
      [409, ConflictError],
      [422, UnprocessableEntityError],
      [429, RateLimitError],
      [500, InternalServerError],
      [503, InternalServerError],
    ];
    for (const [status, ErrorClass] of cases) {
      expect(errorFromResponse(status, new Headers(), undefined)).toBeInstanceOf(ErrorClass as typeof APIError);
    }
    const teapot = errorFromResponse(418, new Headers(), undefined);
    expect(teapot.constructor).toBe(APIError);
  });

  it("parses the 10DLC FastAPI validation body", () => {
    expect(parseErrorDetails({ detail: [{ loc: ["body", "brand", "email"], msg: "field required", type: "value_error.missing" }] })).toEqual([
      { code: "value_error.missing", detail: "field required", pointer: "/brand/email" },
    ]);
    expect(parseErrorDetails({ detail: [{ loc: ["query", "page"], msg: "not an int", type: "type_error" }] })).toEqual([
      { code: "type_error", detail: "not an int", parameter: "page" },
    ]);
  });

  it("parses Vonage's body, taking the slug from the type URI", () => {
    expect(
      parseErrorDetails({ type: "https://developer.vonage.com/api-errors/10dlc#brand-parameters", title: "Invalid brand", detail: "ein: too long" }),
    ).toEqual([{ code: "brand-parameters", title: "Invalid brand", detail: "ein: too long" }]);
  });

  it("keeps the message on one line and falls back to a text body", () => {
    const error = errorFromResponse(502, new Headers(), "Bad gateway\nupstream down");
    expect(error.message).toBe("502 Bad Gateway: Bad gateway upstream down");
    expect(error.details).toEqual([]);
  });

  it("exposes mock violations from the sl-violations header", () => {
    const headers = new Headers({ "sl-violations": JSON.stringify([{ location: ["request", "body"], severity: "Error", message: "must have required property 'email'" }]) });
    expect(errorFromResponse(422, headers, {}).violations[0]?.message).toContain("email");
  });
});

describe("auth", () => {
  it("encodes Basic credentials as UTF-8", () => {
    expect(basic("key", "sécret")).toBe(`Basic ${Buffer.from("key:sécret", "utf8").toString("base64")}`);
  });
});
