// The functions of functions.ts and the facade's methods are one code path: for the same
// arguments they send the same request (method, URL, headers, body) and give the same answer,
// also for lists, uploads, downloads and errors. Checked against real local servers: a scripted
// one that records every request, and the stateful Telnyx mock.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as telnyxApi from "../../generated/telnyx/index.js";
import type { RunningMock } from "../../mocks/server.js";
import { startMock } from "../support/mocks.js";
import { startScriptedServer, type Recorded, type ScriptedServer } from "../support/server.js";

let server: ScriptedServer;
let mock: RunningMock;
beforeAll(async () => {
  [server, mock] = await Promise.all([startScriptedServer(), startMock("telnyx", { stateful: true, clockScale: 0 })]);
});
afterAll(async () => {
  await Promise.all([server.close(), mock.close()]);
});

/** What the server saw of a request; a multipart boundary (random per request) is replaced by a fixed one. */
function seen(request: Recorded) {
  const contentType = String(request.headers["content-type"] ?? "");
  const boundary = /boundary=(.+)$/.exec(contentType)?.[1];
  const body = request.body.toString("latin1");
  const { host: _host, connection: _connection, ...headers } = request.headers;
  if (!boundary) return { method: request.method, url: request.url, headers, body };
  return {
    method: request.method,
    url: request.url,
    headers: { ...headers, "content-type": contentType.replace(boundary, "BOUNDARY"), "content-length": undefined },
    body: body.replaceAll(boundary, "BOUNDARY"),
  };
}

/** Runs the same call through the facade and the function, returning both answers and both requests. */
async function both<T>(viaFacade: () => PromiseLike<T>, viaFunction: () => PromiseLike<T>) {
  const before = server.requests.length;
  const facade = await viaFacade();
  const fn = await viaFunction();
  const [facadeRequest, functionRequest] = server.requests.slice(before).map(seen);
  return { facade, fn, facadeRequest, functionRequest };
}

const options = () => ({ apiKey: "k-1", baseUrl: server.url, headers: { "x-team": "billing" }, maxRetries: 0 });

describe("functions and facade against a recording server", () => {
  it("send the same request and give the same answer for a path parameter", async () => {
    server.handle(() => ({ body: { brandId: "b/1", displayName: "ABC Mobile" } }));
    const telnyx = telnyxApi.createTelnyxClient(options());
    const config = telnyxApi.createTelnyxConfig(options());
    const result = await both(
      () => telnyx.messaging10dlc.brand.retrieve("b/1"),
      () => telnyxApi.messaging10dlcBrandRetrieve(config, "b/1"),
    );
    expect(result.fn).toEqual({ brandId: "b/1", displayName: "ABC Mobile" });
    expect(result.fn).toEqual(result.facade);
    expect(result.functionRequest).toMatchObject({ method: "GET", url: "/10dlc/brand/b%2F1" });
    expect(result.functionRequest!.headers).toMatchObject({ authorization: "Bearer k-1", "x-team": "billing" });
    expect(result.functionRequest).toEqual(result.facadeRequest);
  });

  it("send the same JSON body and per-call headers", async () => {
    server.handle((request) => ({ body: { received: JSON.parse(request.body.toString()) } }));
    const telnyx = telnyxApi.createTelnyxClient(options());
    const config = telnyxApi.createTelnyxConfig(options());
    const body = { entityType: "PRIVATE_PROFIT", displayName: "ABC Mobile", country: "US", email: "a@b.example", vertical: "TECHNOLOGY" } as const;
    const call = { headers: { "x-trace": "t-1" } };
    const result = await both(
      () => telnyx.messaging10dlc.brand.create(body, call),
      () => telnyxApi.messaging10dlcBrandCreate(config, body, call),
    );
    expect(result.fn).toEqual({ received: body });
    expect(result.fn).toEqual(result.facade);
    expect(result.functionRequest!.headers).toMatchObject({ "content-type": "application/json", "x-trace": "t-1" });
    expect(result.functionRequest).toEqual(result.facadeRequest);
  });

  it("list the same items across pages", async () => {
    const records = [{ brandId: "b1" }, { brandId: "b2" }, { brandId: "b3" }];
    server.handle((request) => {
      const page = Number(new URL(request.url, "http://x").searchParams.get("page") ?? 1);
      return { body: { records: records.slice((page - 1) * 2, page * 2), page, totalRecords: records.length } };
    });
    const telnyx = telnyxApi.createTelnyxClient(options());
    const config = telnyxApi.createTelnyxConfig(options());
    const collect = async (pages: AsyncIterable<{ brandId?: string }>) => {
      const items: unknown[] = [];
      for await (const item of pages) items.push(item);
      return items;
    };
    const viaFacade = await collect(telnyx.messaging10dlc.brand.list({ recordsPerPage: 2 }));
    const viaFunction = await collect(telnyxApi.messaging10dlcBrandList(config, { recordsPerPage: 2 }));
    expect(viaFunction).toEqual(records);
    expect(viaFunction).toEqual(viaFacade);
  });

  it("upload the same multipart body and download the same file", async () => {
    server.handle((request) =>
      request.method === "POST"
        ? { body: { data: { id: "d-1" } } }
        : { headers: { "content-type": "application/pdf", "content-disposition": 'attachment; filename="loa.pdf"' }, body: Buffer.from("%PDF-1.4") },
    );
    const telnyx = telnyxApi.createTelnyxClient(options());
    const config = telnyxApi.createTelnyxConfig(options());
    const upload = () => ({ file: new File(["%PDF-1.4"], "loa.pdf", { type: "application/pdf" }), customer_reference: "r-1" });
    const uploaded = await both(
      () => telnyx.documents.uploadJson(upload()),
      () => telnyxApi.documentsUploadJson(config, upload()),
    );
    expect(uploaded.functionRequest!.headers["content-type"]).toMatch(/^multipart\/form-data; boundary=BOUNDARY$/);
    expect(uploaded.functionRequest!.body).toContain('filename="loa.pdf"');
    expect(uploaded.functionRequest).toEqual(uploaded.facadeRequest);

    const downloaded = await both(
      () => telnyx.documents.download("d-1"),
      () => telnyxApi.documentsDownload(config, "d-1"),
    );
    expect(downloaded.fn.name).toBe("loa.pdf");
    expect(await downloaded.fn.text()).toBe("%PDF-1.4");
    expect([downloaded.facade.name, downloaded.facade.type, await downloaded.facade.text()]).toEqual([downloaded.fn.name, downloaded.fn.type, "%PDF-1.4"]);
  });
});

describe("what only the facade adds", () => {
  it("client.raw (openapi-fetch) sends the client's credentials and headers too", async () => {
    server.handle(() => ({ body: { brandId: "b-1" } }));
    const telnyx = telnyxApi.createTelnyxClient(options());
    const { data } = await telnyx.raw.GET("/10dlc/brand/{brandId}", { params: { path: { brandId: "b-1" } } });
    expect(data?.brandId).toBe("b-1");
    expect(server.requests.at(-1)!.headers).toMatchObject({ authorization: "Bearer k-1", "x-team": "billing" });
  });

  it("the logger option logs each request and response, without the API key", async () => {
    server.handle(() => ({ body: { brandId: "b-1" } }));
    const lines: string[] = [];
    const telnyx = telnyxApi.createTelnyxClient({ ...options(), logger: (line) => lines.push(line) });
    await telnyx.messaging10dlc.brand.retrieve("b-1");
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^→ GET .*\/10dlc\/brand\/b-1 /);
    expect(lines[1]).toMatch(/^← 200 GET /);
    expect(lines.join("\n")).not.toContain("k-1");
  });
});

describe("functions and facade against the Telnyx mock", () => {
  it("read back the same brand, and fail alike on one that does not exist", async () => {
    const telnyx = telnyxApi.createTelnyxClient({ apiKey: "test-key", baseUrl: mock.url, maxRetries: 0 });
    const config = telnyxApi.createTelnyxConfig({ apiKey: "test-key", baseUrl: mock.url, maxRetries: 0 });
    const created = await telnyxApi.messaging10dlcBrandCreate(config, {
      entityType: "PRIVATE_PROFIT",
      displayName: "ABC Mobile",
      country: "US",
      email: "support@abcmobile.example.com",
      vertical: "TECHNOLOGY",
    });
    const viaFunction = await telnyxApi.messaging10dlcBrandRetrieve(config, created.brandId!);
    const viaFacade = await telnyx.messaging10dlc.brand.retrieve(created.brandId!);
    expect(viaFunction.displayName).toBe("ABC Mobile");
    expect(viaFunction).toEqual(viaFacade);

    const missing = "00000000-0000-0000-0000-000000000000";
    const functionError = await telnyxApi.messaging10dlcBrandRetrieve(config, missing).then(() => undefined, (e: unknown) => e);
    const facadeError = await telnyx.messaging10dlc.brand.retrieve(missing).then(() => undefined, (e: unknown) => e);
    expect(functionError).toBeInstanceOf(telnyxApi.NotFoundError);
    expect(facadeError).toBeInstanceOf(telnyxApi.NotFoundError);
    expect((functionError as Error).message).toBe((facadeError as Error).message);
    expect((functionError as telnyxApi.APIError).details).toEqual((facadeError as telnyxApi.APIError).details);
  });
});
