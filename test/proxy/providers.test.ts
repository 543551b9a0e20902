// What the proxy shares with the mock for each provider: Vonage's base path (/v1/10dlc, given or
// not) and its error format; compressed answers passed on as sent and checked decoded; answers
// over the size bound refused with a 502.
import { gzipSync } from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import { telnyxProfile, vonageProfile } from "../../mocks/providers/index.js";
import { startProxy, type RunningProxy } from "../../mocks/proxy/server.js";
import { repoRoot } from "../support/spec.js";
import { bundledSpec, exampleOf, startFakeUpstream, type FakeUpstream } from "./fake-upstream.js";

const running: Array<FakeUpstream | RunningProxy> = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((server) => server.close()));
});

const vonageBrands = exampleOf(bundledSpec("vonage"), "/brands", "get");
const telnyxBrand = exampleOf(bundledSpec("telnyx"), "/10dlc/brand/{brandId}", "get");
const basic = { authorization: `Basic ${Buffer.from("key:secret").toString("base64")}` };

describe("Vonage", () => {
  it("accepts paths with or without /v1/10dlc and forwards them under the target's base path", async () => {
    const upstream = await startFakeUpstream("/v1/10dlc", { "GET /v1/10dlc/brands": { status: 200, body: vonageBrands } });
    const proxy = await startProxy({ profile: vonageProfile, target: upstream.url, root: repoRoot });
    running.push(upstream, proxy);
    for (const target of ["/v1/10dlc/brands", "/brands"]) expect((await fetch(`${proxy.url}${target}`, { headers: basic })).status).toBe(200);
    expect(upstream.received.map((r) => r.url)).toEqual(["/v1/10dlc/brands", "/v1/10dlc/brands"]);
    const data = proxy.report.data();
    expect(data.violations).toEqual([]);
    expect(data.operations).toEqual([{ operation: "listBrands", method: "GET", path: "/brands", exchanges: 2 }]);
  });

  it("answers 502 in Vonage's error format when the target is down", async () => {
    const upstream = await startFakeUpstream("/v1/10dlc", {});
    await upstream.close();
    const proxy = await startProxy({ profile: vonageProfile, target: upstream.url, root: repoRoot });
    running.push(proxy);
    const response = await fetch(`${proxy.url}/v1/10dlc/brands`, { headers: basic });
    expect(response.status).toBe(502);
    const body = (await response.json()) as Record<string, string>;
    expect(Object.keys(body).sort()).toEqual(["detail", "instance", "title", "type"]);
    expect(body.type).toMatch(/^https:\/\/developer\.vonage\.com\/api-errors\/10dlc#/);
    expect(body.detail).toContain("ECONNREFUSED");
  });
});

describe("answers as sent", () => {
  it("passes a gzip answer on byte for byte, and checks what it decodes to", async () => {
    const broken = gzipSync(JSON.stringify({ ...telnyxBrand, entityType: "PIRATE" }));
    const upstream = await startFakeUpstream("/v2", { "GET /v2/10dlc/brand/b-1": { status: 200, headers: { "content-type": "application/json", "content-encoding": "gzip" }, body: broken } });
    const proxy = await startProxy({ profile: telnyxProfile, target: upstream.url, root: repoRoot });
    running.push(upstream, proxy);
    const raw = await rawBytes(`${proxy.url}/v2/10dlc/brand/b-1`);
    expect(raw.headers["content-encoding"]).toBe("gzip");
    expect(raw.body).toEqual(broken);
    expect(proxy.report.data().violations.map((v) => v.pointer)).toEqual(["/response/body/entityType"]);
  });

  it("refuses an answer over the size bound with a 502 and a report entry", async () => {
    const upstream = await startFakeUpstream("/v2", { "GET /v2/10dlc/brand/b-1": { status: 200, body: { ...telnyxBrand, pad: "x".repeat(5000) } } });
    const proxy = await startProxy({ profile: telnyxProfile, target: upstream.url, root: repoRoot, maxBodyBytes: 1000 });
    running.push(upstream, proxy);
    const response = await fetch(`${proxy.url}/v2/10dlc/brand/b-1`, { headers: { authorization: "Bearer k" } });
    expect(response.status).toBe(502);
    await response.arrayBuffer();
    expect(proxy.report.data().violations.map((v) => `${v.pointer} ${v.message}`)).toEqual([`/response the exchange with ${new URL(upstream.url).origin} failed: its answer exceeded 1000 bytes`]);
  });
});

describe("hop-by-hop headers", () => {
  it("are neither forwarded nor answered; everything else is, names and values as sent", async () => {
    const upstream = await startFakeUpstream("/v2", {
      "GET /v2/10dlc/brand/b-1": { status: 200, headers: { "content-type": "application/json", connection: "x-hop", "x-hop": "1", "X-Telnyx-Trace": "t-1" }, body: JSON.stringify(telnyxBrand) },
    });
    const proxy = await startProxy({ profile: telnyxProfile, target: upstream.url, root: repoRoot });
    running.push(upstream, proxy);
    const http = await import("node:http");
    const answer = await new Promise<{ rawHeaders: string[] }>((resolve, reject) => {
      http
        .get(`${proxy.url}/v2/10dlc/brand/b-1`, { headers: { authorization: "Bearer k", connection: "x-client-hop", "x-client-hop": "1", "proxy-authorization": "Basic cHJveHk6cHc=", "x-kept": "yes" } }, (response) => {
          response.resume();
          response.on("end", () => resolve({ rawHeaders: response.rawHeaders }));
        })
        .on("error", reject);
    });
    const names = answer.rawHeaders.filter((_, i) => i % 2 === 0);
    expect(names).toContain("X-Telnyx-Trace");
    expect(names.map((n) => n.toLowerCase())).not.toContain("x-hop");
    const sent = upstream.received[0]!.headers;
    expect(sent["x-kept"]).toBe("yes");
    expect(sent.authorization).toBe("Bearer k");
    expect(sent).not.toHaveProperty("x-client-hop");
    expect(sent).not.toHaveProperty("proxy-authorization");
  });
});

describe("a target that hangs", () => {
  it("gets a 502 once the target has taken longer than its timeout, and a report entry", async () => {
    const http = await import("node:http");
    const silent = http.createServer(() => undefined); // reads the request, never answers
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    const { port } = silent.address() as import("node:net").AddressInfo;
    running.push({ close: () => new Promise<void>((resolve) => { silent.close(() => resolve()); silent.closeAllConnections(); }) } as FakeUpstream);
    const proxy = await startProxy({ profile: telnyxProfile, target: `http://127.0.0.1:${port}/v2`, root: repoRoot, upstreamTimeoutMs: 200 });
    running.push(proxy);
    const response = await fetch(`${proxy.url}/v2/10dlc/brand/b-1`, { headers: { authorization: "Bearer k" } });
    expect(response.status).toBe(502);
    const body = (await response.json()) as { errors: Array<{ detail: string }> };
    expect(body.errors[0]!.detail).toContain("it did not answer within 200 ms");
    expect(proxy.report.data().violations.map((v) => v.pointer)).toEqual(["/response"]);
  });
});

/** The answer as it came over the wire (fetch would decompress it). */
async function rawBytes(url: string): Promise<{ headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  const http = await import("node:http");
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers: { authorization: "Bearer k", "accept-encoding": "gzip" } }, (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () => resolve({ headers: response.headers, body: Buffer.concat(chunks) }));
      })
      .on("error", reject);
  });
}
