// Retries, timeouts, cancellation, raw responses, uploads/downloads and logging of the runtime,
// observed on a local server.
import { createReadStream, mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  APIConnectionError,
  APIConnectionTimeoutError,
  InternalServerError,
  NotFoundError,
  RateLimitError,
  retryDelay,
  fileResponse,
  withLogging,
  jsonOrMultipartBody,
  multipartBody,
  type OperationSpec,
  type ClientConfig,
} from "../../codegen/runtime/index.js";
import { boundTo } from "./bound.js";
import { startScriptedServer, type ScriptedServer } from "../support/server.js";

let server: ScriptedServer;
beforeAll(async () => {
  server = await startScriptedServer();
});
afterAll(() => server.close());

const get: OperationSpec = { method: "GET", path: "/things/{id}", response: "json" };
const upload: OperationSpec = { method: "POST", path: "/files", response: "json", request: multipartBody };
const download: OperationSpec = { method: "GET", path: "/files/{id}", response: fileResponse };
const transport = (options: Partial<ClientConfig> = {}) => boundTo({ baseUrl: server.url, headers: {}, ...options });

describe("retries", () => {
  it("retries 5xx until success, waiting as retry-after-ms says", async () => {
    server.handle((_r, i) => (i < 2 ? { status: 503, headers: { "retry-after-ms": "40" }, body: { errors: [] } } : { body: { id: "t1" } }));
    await expect(transport().request(get, { path: { id: "t1" } })).resolves.toEqual({ id: "t1" });
    expect(server.requests).toHaveLength(3);
    const gaps = server.requests.slice(1).map((r, i) => r.at - server.requests[i]!.at);
    for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(35);
  });

  it("retries 408, 409 and 429 and gives up after maxRetries with the typed error", async () => {
    for (const status of [408, 409, 429]) {
      server.handle(() => ({ status, headers: { "retry-after-ms": "1" }, body: {} }));
      await transport({ maxRetries: 2 }).request(get, { path: { id: "x" } }).catch(() => undefined);
      expect(server.requests, `status ${status}`).toHaveLength(3);
    }
    server.handle(() => ({ status: 429, headers: { "retry-after-ms": "1" }, body: {} }));
    await expect(transport({ maxRetries: 1 }).request(get, { path: { id: "x" } })).rejects.toBeInstanceOf(RateLimitError);
    expect(server.requests).toHaveLength(2);
  });

  it("never retries other 4xx", async () => {
    server.handle(() => ({ status: 404, body: { errors: [{ code: "10005", title: "Not found" }] } }));
    await expect(transport().request(get, { path: { id: "x" } })).rejects.toBeInstanceOf(NotFoundError);
    expect(server.requests).toHaveLength(1);
  });

  it("lets a call override the client's maxRetries", async () => {
    server.handle(() => ({ status: 500, headers: { "retry-after-ms": "1" }, body: {} }));
    await expect(transport({ maxRetries: 5 }).request(get, { path: { id: "x" } }, { maxRetries: 0 })).rejects.toBeInstanceOf(InternalServerError);
    expect(server.requests).toHaveLength(1);
  });

  it("retries connection errors, then reports APIConnectionError", async () => {
    let calls = 0;
    const flaky = (request: Request) => (++calls < 3 ? Promise.reject(new TypeError("fetch failed")) : fetch(request));
    server.handle(() => ({ body: { ok: true } }));
    await expect(transport({ fetch: flaky }).request(get, { path: { id: "x" } })).resolves.toEqual({ ok: true });
    expect(calls).toBe(3);
    const down = () => Promise.reject(new TypeError("fetch failed"));
    await expect(transport({ fetch: down, maxRetries: 1 }).request(get, { path: { id: "x" } })).rejects.toBeInstanceOf(APIConnectionError);
  });

  it("never retries a body holding a one-shot stream", async () => {
    server.handle(() => ({ status: 503, body: {} }));
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode("once"));
        controller.close();
      },
    });
    await expect(transport().request(upload, { body: { file: stream } })).rejects.toBeInstanceOf(InternalServerError);
    expect(server.requests).toHaveLength(1);
  });
});

describe("retry delays", () => {
  const headers = (init: Record<string, string>) => new Headers(init);
  it("backs off exponentially from 0.5 s to at most 8 s, with jitter below the base", () => {
    expect(retryDelay(1, undefined, () => 0)).toBe(500);
    expect(retryDelay(2, undefined, () => 0)).toBe(1000);
    expect(retryDelay(3, undefined, () => 0)).toBe(2000);
    expect(retryDelay(10, undefined, () => 0)).toBe(8000);
    expect(retryDelay(1, undefined, () => 1)).toBe(375);
  });
  it("honours retry-after-ms, then Retry-After in seconds or as an HTTP date", () => {
    expect(retryDelay(1, headers({ "retry-after-ms": "250", "retry-after": "9" }))).toBe(250);
    expect(retryDelay(1, headers({ "retry-after": "3" }))).toBe(3000);
    const now = Date.parse("2026-11-22T12:00:00Z");
    expect(retryDelay(1, headers({ "retry-after": "Sun, 22 Nov 2026 12:00:05 GMT" }), Math.random, now)).toBe(5000);
    // Nonsense or excessive values fall back to backoff.
    expect(retryDelay(1, headers({ "retry-after": "soon" }), () => 0)).toBe(500);
    expect(retryDelay(1, headers({ "retry-after": "3600" }), () => 0)).toBe(500);
  });
});

describe("timeouts and cancellation", () => {
  it("times out each attempt and retries it, then throws APIConnectionTimeoutError", async () => {
    server.handle(() => ({ delay: 300, body: {} }));
    const started = performance.now();
    const error = await transport({ timeout: 50, maxRetries: 1 })
      .request(get, { path: { id: "slow" } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APIConnectionTimeoutError);
    expect((error as Error).message).toContain("50 ms");
    expect(server.requests).toHaveLength(2);
    expect(performance.now() - started).toBeLessThan(2500);
  });

  it("takes a per-call timeout over the client's", async () => {
    server.handle(() => ({ delay: 200, body: { late: true } }));
    await expect(transport({ timeout: 20, maxRetries: 0 }).request(get, { path: { id: "x" } }, { timeout: 2000 })).resolves.toEqual({ late: true });
  });

  it("aborts at once on the caller's signal, without retrying", async () => {
    server.handle(() => ({ delay: 500, body: {} }));
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 30);
    const started = performance.now();
    const error = await transport({ maxRetries: 3 })
      .request(get, { path: { id: "x" } }, { signal: controller.signal })
      .catch((e: unknown) => e);
    expect((error as Error).name).toBe("AbortError");
    expect(error).not.toBeInstanceOf(APIConnectionError);
    expect(performance.now() - started).toBeLessThan(400);
    expect(server.requests).toHaveLength(1);
  });
});

describe("raw response access", () => {
  it("returns the Response alongside the data", async () => {
    server.handle(() => ({ headers: { "x-request-id": "req-9" }, body: { id: "t1" } }));
    const { data, response } = await transport().request<{ id: string }>(get, { path: { id: "t1" } }).withResponse();
    expect(data.id).toBe("t1");
    expect(response.headers.get("x-request-id")).toBe("req-9");
    expect(response.status).toBe(200);
  });
});

describe("uploads and downloads", () => {
  const received = async () => {
    const request = server.requests.at(-1)!;
    return new Request("http://x", { method: "POST", headers: { "content-type": String(request.headers["content-type"]) }, body: new Uint8Array(request.body) }).formData();
  };

  it("sends Blob, bytes and Node streams as multipart parts, byte for byte", async () => {
    server.handle(() => ({ body: { id: "ev1" } }));
    const dir = mkdtempSync(path.join(os.tmpdir(), "upload-"));
    const onDisk = path.join(dir, "evidence.pdf");
    const pdfBytes = Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0xff, 0x10]);
    writeFileSync(onDisk, pdfBytes);
    await transport().request(upload, {
      body: {
        file: [new File(["plain text"], "note.txt", { type: "text/plain" }), new Uint8Array([1, 2, 3, 254]), createReadStream(onDisk)],
        customer_reference: "ref-1",
      },
    });
    const form = await received();
    const files = form.getAll("file") as File[];
    expect(files.map((f) => f.name)).toEqual(["note.txt", "file", "evidence.pdf"]);
    // A Blob without a name is sent without one (FormData's "blob"), not under the field's name.
    await transport().request(upload, { body: { file: new Blob(["x"], { type: "application/pdf" }) } });
    expect(((await received()).get("file") as File).name).toBe("blob");
    expect(await files[0]!.text()).toBe("plain text");
    expect([...new Uint8Array(await files[1]!.arrayBuffer())]).toEqual([1, 2, 3, 254]);
    expect(Buffer.from(await files[2]!.arrayBuffer()).equals(pdfBytes)).toBe(true);
    expect(form.get("customer_reference")).toBe("ref-1");
  });

  it("sends an either-or body as JSON without files and as multipart with one", async () => {
    server.handle(() => ({ body: { data: { id: "d1" } } }));
    const either: OperationSpec = { method: "POST", path: "/documents", response: "json", request: jsonOrMultipartBody };
    await transport().request(either, { body: { url: "https://files.example.com/a.pdf", filename: "a.pdf" } });
    expect(server.requests.at(-1)!.headers["content-type"]).toBe("application/json");
    expect(JSON.parse(server.requests.at(-1)!.body.toString())).toEqual({ url: "https://files.example.com/a.pdf", filename: "a.pdf" });
    await transport().request(either, { body: { file: new File(["%PDF"], "a.pdf"), customer_reference: "r1" } });
    expect(server.requests.at(-1)!.headers["content-type"]).toMatch(/^multipart\/form-data; boundary=/);
    const form = await received();
    expect(await (form.get("file") as File).text()).toBe("%PDF");
    expect(form.get("customer_reference")).toBe("r1");
  });

  it("returns a download as a File with the server's content type and filename", async () => {
    const bytes = Buffer.from([0, 1, 2, 3, 200, 255]);
    server.handle(() => ({ headers: { "content-type": "application/pdf", "content-disposition": 'attachment; filename="loa.pdf"' }, body: bytes }));
    const file = await transport().request<File>(download, { path: { id: "d1" } });
    expect(file).toBeInstanceOf(File);
    expect(file.name).toBe("loa.pdf");
    expect(file.type).toBe("application/pdf");
    expect(Buffer.from(await file.arrayBuffer()).equals(bytes)).toBe(true);
  });
});

describe("debug log", () => {
  it("logs requests and responses without credentials", async () => {
    server.handle(() => ({ body: {} }));
    const lines: string[] = [];
    await transport({
      headers: { "x-api-key": "k-123" },
      authorization: () => "Bearer super-secret",
      fetch: withLogging((line) => lines.push(line)),
    }).request(get, { path: { id: "x" } }, { query: { token: "t-456", page: 2 } });
    const log = lines.join("\n");
    expect(lines).toHaveLength(2);
    expect(log).toContain("GET");
    expect(log).toContain("← 200");
    expect(log).toContain("page=2");
    for (const secret of ["super-secret", "k-123", "t-456"]) expect(log).not.toContain(secret);
    expect(log).toContain("[redacted]");
    // The credential still reached the server.
    expect(server.requests.at(-1)!.headers.authorization).toBe("Bearer super-secret");
  });
});
