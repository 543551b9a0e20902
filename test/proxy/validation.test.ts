// The validating proxy in front of a fake Telnyx on loopback: conformant traffic passes untouched
// and leaves an empty report; each kind of broken answer is reported under its operation and
// JSON pointer, in the JSON, Markdown and JUnit forms alike; the client always gets the target's
// own status and bytes.
import http from "node:http";
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { telnyxProfile } from "../../mocks/providers/index.js";
import { renderJunit, renderMarkdown, type ReportData } from "../../mocks/proxy/report.js";
import { startProxy, type RunningProxy } from "../../mocks/proxy/server.js";
import { repoRoot } from "../support/spec.js";
import { bodyBytes, bundledSpec, exampleOf, startFakeUpstream, type FakeUpstream, type Scripted } from "./fake-upstream.js";

const spec = bundledSpec("telnyx");
const brand = exampleOf(spec, "/10dlc/brand/{brandId}", "get");
const order = exampleOf(spec, "/number_orders/{number_order_id}", "get");
const orders = exampleOf(spec, "/number_orders", "get");
const auth = { authorization: "Bearer test-key" };

/** The curated spec with one closed schema: no Telnyx schema forbids extra fields, this one does. */
function closedSpecFile(): string {
  const document = bundledSpec("telnyx") as unknown as { components: { schemas: Record<string, Record<string, unknown>> } };
  document.components.schemas.NumberOrderResponse!.additionalProperties = false;
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), "proxy-spec-")), "openapi.json");
  writeFileSync(file, JSON.stringify(document));
  return file;
}

async function withProxy(routes: Record<string, Scripted>, run: (proxy: RunningProxy, upstream: FakeUpstream) => Promise<void>, specFile = closedSpecFile()) {
  const upstream = await startFakeUpstream("/v2", routes);
  const proxy = await startProxy({ profile: telnyxProfile, target: upstream.url, root: repoRoot, specFile });
  try {
    await run(proxy, upstream);
  } finally {
    await proxy.close();
    await upstream.close();
  }
}

function violations(data: ReportData) {
  return data.violations.map(({ operation, method, path: template, pointer, statuses }) => ({ operation, method, path: template, pointer, statuses }));
}

describe("conformant traffic", () => {
  const routes: Record<string, Scripted> = {
    "GET /v2/10dlc/brand/b-1": { status: 200, headers: { "x-request-id": "req-1" }, body: brand },
    "GET /v2/number_orders/o-1": { status: 200, body: order },
    "GET /v2/number_orders": { status: 200, body: orders },
    "DELETE /v2/10dlc/brand/b-1": { status: 204 },
  };

  it("leaves an empty report and hands the client the target's status, headers and bytes", async () => {
    await withProxy(routes, async (proxy, upstream) => {
      for (const [target, sent] of [["/v2/10dlc/brand/b-1", brand], ["/v2/number_orders/o-1", order], ["/v2/number_orders?page[size]=2", orders]] as const) {
        const response = await fetch(`${proxy.url}${target}`, { headers: auth });
        expect(response.status).toBe(200);
        expect(Buffer.from(await response.arrayBuffer())).toEqual(bodyBytes(sent));
        expect(response.headers.get("x-toolkit-violations")).toBe("0");
      }
      const deleted = await fetch(`${proxy.url}/v2/10dlc/brand/b-1`, { method: "DELETE", headers: auth });
      expect(deleted.status).toBe(204);
      const first = await fetch(`${proxy.url}/v2/10dlc/brand/b-1`, { headers: auth });
      expect(first.headers.get("x-request-id")).toBe("req-1");
      await first.arrayBuffer();
      expect(upstream.received).toHaveLength(5);
      const data = proxy.report.data();
      expect(data.exchanges).toBe(5);
      expect(data.violations).toEqual([]);
      expect(data.operations.map((op) => op.operation)).toEqual(["DeleteBrand", "GetBrand", "ListNumberOrders", "RetrieveNumberOrder"]);
      expect(renderMarkdown(data)).toContain("No violations");
      expect(renderJunit(data)).toContain('failures="0"');
      expect(renderJunit(data)).not.toContain("<failure");
    });
  });

  it("accepts paths without the base path and forwards them under the target's base path", async () => {
    await withProxy(routes, async (proxy, upstream) => {
      const response = await fetch(`${proxy.url}/10dlc/brand/b-1?x=1`, { headers: auth });
      expect(response.status).toBe(200);
      expect(upstream.received[0]!.url).toBe("/v2/10dlc/brand/b-1?x=1");
      expect(proxy.report.data().violations).toEqual([]);
    });
  });
});

describe("broken answers", () => {
  const { brandRelationship: _dropped, ...withoutRelationship } = brand;
  const broken: Record<string, Scripted> = {
    "GET /v2/10dlc/brand/wrong-type": { status: 200, body: { ...brand, displayName: 5 } },
    "GET /v2/10dlc/brand/missing-field": { status: 200, body: withoutRelationship },
    "GET /v2/10dlc/brand/undeclared-status": { status: 202, body: brand },
    "GET /v2/10dlc/brand/wrong-enum": { status: 200, body: { ...brand, entityType: "PIRATE" } },
    "GET /v2/number_orders/undeclared-type": { status: 200, headers: { "content-type": "text/html" }, body: "<html>hi</html>" },
    "GET /v2/number_orders/extra-field": { status: 200, body: { ...order, surprise: true } },
  };
  const cases = [
    ["/v2/10dlc/brand/wrong-type", { operation: "GetBrand", method: "GET", path: "/10dlc/brand/{brandId}", pointer: "/response/body/displayName", statuses: [200] }],
    ["/v2/10dlc/brand/missing-field", { operation: "GetBrand", method: "GET", path: "/10dlc/brand/{brandId}", pointer: "/response/body/brandRelationship", statuses: [200] }],
    ["/v2/10dlc/brand/undeclared-status", { operation: "GetBrand", method: "GET", path: "/10dlc/brand/{brandId}", pointer: "/response/status", statuses: [202] }],
    ["/v2/10dlc/brand/wrong-enum", { operation: "GetBrand", method: "GET", path: "/10dlc/brand/{brandId}", pointer: "/response/body/entityType", statuses: [200] }],
    ["/v2/number_orders/undeclared-type", { operation: "RetrieveNumberOrder", method: "GET", path: "/number_orders/{number_order_id}", pointer: "/response/headers/content-type", statuses: [200] }],
    ["/v2/number_orders/extra-field", { operation: "RetrieveNumberOrder", method: "GET", path: "/number_orders/{number_order_id}", pointer: "/response/body/surprise", statuses: [200] }],
  ] as const;

  it.each(cases)("%s is reported under its operation and pointer, and reaches the client unchanged", async (target, expected) => {
    await withProxy(broken, async (proxy) => {
      const scripted = broken[`GET ${target}`]!;
      const response = await fetch(`${proxy.url}${target}`, { headers: auth });
      expect(response.status).toBe(scripted.status);
      expect(Buffer.from(await response.arrayBuffer())).toEqual(bodyBytes(scripted.body));
      const found = violations(proxy.report.data());
      // An HTML answer where JSON is declared is also not the declared object; nothing else is reported.
      const extra = target.endsWith("undeclared-type") ? [{ ...expected, pointer: "/response/body" }] : [];
      expect(found).toEqual([...extra, expected]);
      expect(response.headers.get("x-toolkit-violations")).toBe(String(found.length));
    });
  });

  it("lists every broken answer in the JSON, Markdown and JUnit reports alike", async () => {
    await withProxy(broken, async (proxy) => {
      for (const [target] of cases) await (await fetch(`${proxy.url}${target}`, { headers: auth })).arrayBuffer();
      const data = (await (await fetch(`${proxy.url}/__proxy/report`)).json()) as ReportData;
      expect(data).toEqual(proxy.report.data());
      expect(data.exchanges).toBe(cases.length);
      expect(data.failedExchanges).toBe(cases.length);
      const pointers = violations(data).map((v) => `${v.operation} ${v.pointer}`);
      expect(pointers).toEqual([
        "GetBrand /response/body/brandRelationship",
        "GetBrand /response/body/displayName",
        "GetBrand /response/body/entityType",
        "GetBrand /response/status",
        "RetrieveNumberOrder /response/body",
        "RetrieveNumberOrder /response/body/surprise",
        "RetrieveNumberOrder /response/headers/content-type",
      ]);
      const markdown = renderMarkdown(data);
      const junit = renderJunit(data);
      expect(markdown.split("\n").slice(0, 3)).toEqual(["# Telnyx: the real API against the curated spec", "", "6 exchanges, 6 with violations; 7 distinct violations."]);
      for (const v of data.violations) {
        expect(markdown).toContain(`| ${v.operation} | GET | ${v.path} | \`${v.pointer}\` | ${v.message} |`);
        expect(junit).toContain(`<failure message="${v.pointer} `);
      }
      expect(junit).toContain('tests="2" failures="2"');
      expect(junit.match(/<failure /g)).toHaveLength(data.violations.length);
    });
  });

  it("counts repeats of the same violation once, with how often it was seen", async () => {
    await withProxy(broken, async (proxy) => {
      for (let i = 0; i < 3; i += 1) await (await fetch(`${proxy.url}/v2/10dlc/brand/wrong-type`, { headers: auth })).arrayBuffer();
      expect(proxy.report.data().violations.map((v) => v.count)).toEqual([3]);
    });
  });
});

describe("hostile and unknown traffic", () => {
  it("forwards an undeclared operation and reports it", async () => {
    await withProxy({ "GET /v2/secret_admin": { status: 200, body: { ok: true } } }, async (proxy, upstream) => {
      const response = await fetch(`${proxy.url}/v2/secret_admin`, { headers: auth });
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ ok: true });
      expect(upstream.received.map((r) => r.url)).toEqual(["/v2/secret_admin"]);
      expect(proxy.report.data().violations).toEqual([
        { operation: "undeclared operation", method: "GET", path: "/secret_admin", pointer: "/request", message: "GET /secret_admin is not an operation of the curated Telnyx spec", count: 1, statuses: [200] },
      ]);
    });
  });

  it("reports a request that breaks the spec (a page size that is not a number), and still forwards it", async () => {
    await withProxy({ "GET /v2/number_orders": { status: 200, body: orders } }, async (proxy, upstream) => {
      await (await fetch(`${proxy.url}/v2/number_orders?page[size]=lots`, { headers: auth })).arrayBuffer();
      expect(upstream.received).toHaveLength(1);
      expect(violations(proxy.report.data())).toEqual([{ operation: "ListNumberOrders", method: "GET", path: "/number_orders", pointer: "/request/query/page[size]", statuses: [200] }]);
    });
  });

  it("reports a request body that breaks the spec, and one in an undeclared content type", async () => {
    const created = exampleOf(spec, "/10dlc/brand", "post");
    await withProxy({ "POST /v2/10dlc/brand": { status: 200, body: created } }, async (proxy, upstream) => {
      const post = (contentType: string, body: string) => fetch(`${proxy.url}/v2/10dlc/brand`, { method: "POST", headers: { ...auth, "content-type": contentType }, body }).then((r) => r.arrayBuffer());
      await post("application/json", JSON.stringify({ entityType: "PIRATE", displayName: "ABC", country: "US", email: "a@b.example.com", vertical: "TECHNOLOGY" }));
      await post("text/plain", "entityType=PRIVATE_PROFIT");
      await post("application/json", "{not json");
      expect(upstream.received.map((r) => r.body)).toEqual([expect.stringContaining("PIRATE"), "entityType=PRIVATE_PROFIT", "{not json"]);
      expect(proxy.report.data().violations.map((v) => `${v.pointer} ${v.message}`)).toEqual([
        expect.stringMatching(/^\/request\/body is not valid JSON \(/),
        "/request/body/entityType must be equal to one of the allowed values: PRIVATE_PROFIT, PUBLIC_PROFIT, NON_PROFIT, GOVERNMENT, SOLE_PROPRIETOR",
        "/request/headers/content-type is not a declared content type; the spec declares application/json",
      ]);
    });
  });

  it("answers 502 in Telnyx's error format when the target is down, and reports it", async () => {
    const upstream = await startFakeUpstream("/v2", {});
    const downUrl = upstream.url;
    await upstream.close();
    const proxy = await startProxy({ profile: telnyxProfile, target: downUrl, root: repoRoot });
    try {
      const response = await fetch(`${proxy.url}/v2/10dlc/brand/b-1`, { headers: auth });
      expect(response.status).toBe(502);
      const body = (await response.json()) as { errors: Array<{ code: string; title: string; detail: string }> };
      expect(body.errors).toHaveLength(1);
      expect(body.errors[0]!.title).toBe("Bad gateway");
      expect(body.errors[0]!.detail).toContain("ECONNREFUSED");
      expect(violations(proxy.report.data())).toEqual([{ operation: "GetBrand", method: "GET", path: "/10dlc/brand/{brandId}", pointer: "/response", statuses: [] }]);
    } finally {
      await proxy.close();
    }
  });

  it("does not forward a path with dot segments (the target would resolve it elsewhere)", async () => {
    await withProxy({}, async (proxy, upstream) => {
      // fetch would resolve the dot segments itself; a hostile client sends them raw.
      const response = await rawGet(proxy.url, "/v2/10dlc/%2e%2e/admin");
      expect(response.status).toBe(404);
      expect((JSON.parse(response.body) as { errors: unknown[] }).errors).toHaveLength(1);
      expect(upstream.received).toEqual([]);
      expect(proxy.report.data().violations.map((v) => v.operation)).toEqual(["undeclared operation"]);
    });
  });

  it("answers a request body over the bound with 413 in Telnyx's format, without forwarding it", async () => {
    const upstream = await startFakeUpstream("/v2", {});
    const proxy = await startProxy({ profile: telnyxProfile, target: upstream.url, root: repoRoot, maxBodyBytes: 1000 });
    try {
      const response = await fetch(`${proxy.url}/v2/10dlc/brand`, { method: "POST", headers: { ...auth, "content-type": "application/json" }, body: JSON.stringify({ pad: "x".repeat(5000) }) });
      expect(response.status).toBe(413);
      expect(((await response.json()) as { errors: unknown[] }).errors).toHaveLength(1);
      expect(upstream.received).toEqual([]);
    } finally {
      await proxy.close();
      await upstream.close();
    }
  });
});

function rawGet(base: string, target: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const request = http.request(`${base}/`, { path: target, headers: auth }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8") }));
    });
    request.on("error", reject);
    request.end();
  });
}
