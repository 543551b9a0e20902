// Hostile response bodies: error bodies far too large to keep, and success bodies that are not
// what the operation returns. Each must give a typed error of bounded size, never a bare
// SyntaxError, a megabyte-long message, or an `undefined` where an object was promised.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  APIError,
  InvalidResponseError,
  MAX_ERROR_BODY_BYTES,
  MAX_ERROR_MESSAGE_LENGTH,
  UnprocessableEntityError,
  type OperationSpec,
} from "../../codegen/runtime/index.js";
import { boundTo } from "./bound.js";
import { startScriptedServer, type ScriptedServer } from "../support/server.js";

let server: ScriptedServer;
beforeAll(async () => {
  server = await startScriptedServer();
});
afterAll(() => server.close());

const createBrand: OperationSpec = { method: "POST", path: "/10dlc/brand", response: "json" };
const deleteBrand: OperationSpec = { method: "DELETE", path: "/10dlc/brand/{brandId}", response: "none" };
const transport = () => boundTo({ baseUrl: server.url, headers: {}, maxRetries: 0 });
const failure = async (promise: PromiseLike<unknown>) => {
  const outcome = await Promise.resolve(promise).then(
    (value) => ({ value }),
    (error: unknown) => ({ error }),
  );
  if (!("error" in outcome)) throw new Error(`expected a rejection, got ${JSON.stringify(outcome.value)?.slice(0, 200)}`);
  return outcome.error;
};

describe("error bodies are read up to a cap", () => {
  it("a 422 whose errors[].detail is 10 MB gives a one-line message of at most 500 characters", async () => {
    const detail = "x".repeat(10 * 1024 * 1024);
    server.handle(() => ({ status: 422, headers: { "x-request-id": "req-big" }, body: { errors: [{ code: "10015", title: "Invalid", detail }] } }));
    const error = (await failure(transport().request(createBrand, { body: {} }))) as UnprocessableEntityError;
    expect(error).toBeInstanceOf(UnprocessableEntityError);
    expect(error.status).toBe(422);
    expect(error.requestId).toBe("req-big");
    expect(MAX_ERROR_MESSAGE_LENGTH).toBe(500);
    expect(error.message.length).toBeLessThanOrEqual(MAX_ERROR_MESSAGE_LENGTH);
    expect(error.message).not.toContain("\n");
    expect(error.message).toMatch(/^422 Unprocessable Entity: .*x…$/);
    // Only the first MAX_ERROR_BODY_BYTES were read: the JSON is cut, so the raw text is kept.
    expect(typeof error.body).toBe("string");
    expect((error.body as string).length).toBe(MAX_ERROR_BODY_BYTES);
  });

  it("an error body below the cap keeps its full parsed details, while the message stays short", async () => {
    const detail = `${"long line ".repeat(10_000)}\nsecond line`;
    server.handle(() => ({ status: 422, body: { errors: [{ code: "10015", detail, source: { pointer: "/displayName" } }] } }));
    const error = (await failure(transport().request(createBrand, { body: {} }))) as UnprocessableEntityError;
    expect(error.details).toEqual([{ code: "10015", detail, pointer: "/displayName" }]);
    expect(error.message.length).toBeLessThanOrEqual(MAX_ERROR_MESSAGE_LENGTH);
    expect(error.message.endsWith("…")).toBe(true);
  });

  it("stops downloading an error body past the cap instead of reading it to the end", async () => {
    // 256 MB, written only as fast as the client reads it.
    server.handle(() => ({ status: 500, body: '{"errors":[{"detail":"', stream: { chunk: "y".repeat(64 * 1024), repeat: 4096 } }));
    const error = (await failure(transport().request(createBrand, { body: {} }))) as APIError;
    expect(error.status).toBe(500);
    expect(error.message.length).toBeLessThanOrEqual(MAX_ERROR_MESSAGE_LENGTH);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const answer = server.requests[0]!.answer;
    expect(answer.finished).toBe(false);
    // What the server got out: the cap plus what the socket buffers held, far from 256 MB.
    expect(answer.bytesWritten).toBeLessThan(64 * 1024 * 1024);
  });
});

describe("success bodies that are not what the operation returns", () => {
  it("a 200 with a JSON content type and a body that is not JSON throws InvalidResponseError", async () => {
    server.handle(() => ({ headers: { "x-request-id": "req-html" }, body: "<html>Bad gateway</html>" }));
    const error = (await failure(transport().request(createBrand, { body: {} }))) as InvalidResponseError;
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect(error).toBeInstanceOf(APIError);
    expect(error).not.toBeInstanceOf(SyntaxError);
    expect(error.status).toBe(200);
    expect(error.headers.get("content-type")).toBe("application/json");
    expect(error.requestId).toBe("req-html");
    expect(error.rawText).toBe("<html>Bad gateway</html>");
    expect(error.message).toBe("200 response of POST /10dlc/brand is not valid JSON (application/json): <html>Bad gateway</html>");
  });

  it("keeps at most MAX_ERROR_BODY_BYTES of a huge malformed body, and a short message", async () => {
    server.handle(() => ({ body: `{"data": ${"[".repeat(3 * 1024 * 1024)}` }));
    const error = (await failure(transport().request(createBrand, { body: {} }))) as InvalidResponseError;
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect(error.rawText.length).toBe(MAX_ERROR_BODY_BYTES);
    expect(error.message.length).toBeLessThanOrEqual(MAX_ERROR_MESSAGE_LENGTH);
  });

  it("an empty 200 for an operation that returns an object throws InvalidResponseError", async () => {
    for (const headers of [{}, { "content-length": "0" }] as Array<Record<string, string>>) {
      server.handle(() => ({ headers, body: "" }));
      const error = (await failure(transport().request(createBrand, { body: {} }))) as InvalidResponseError;
      expect(error).toBeInstanceOf(InvalidResponseError);
      expect(error.status).toBe(200);
      expect(error.rawText).toBe("");
      expect(error.message).toBe("200 response of POST /10dlc/brand has an empty body where JSON was expected");
    }
  });

  it("204, and operations declared without a body, still resolve undefined", async () => {
    server.handle(() => ({ status: 204 }));
    await expect(transport().request(createBrand, { body: {} })).resolves.toBeUndefined();
    server.handle(() => ({ status: 200, body: "" }));
    await expect(transport().request(deleteBrand, { path: { brandId: "b1" } })).resolves.toBeUndefined();
    // A body the operation does not declare is ignored, even when it is not JSON.
    server.handle(() => ({ status: 200, body: "done" }));
    await expect(transport().request(deleteBrand, { path: { brandId: "b1" } })).resolves.toBeUndefined();
  });
});
