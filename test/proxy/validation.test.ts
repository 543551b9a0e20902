// The validating proxy in front of a fake Telnyx on loopback: conformant traffic passes untouched
// and leaves an empty report; each kind of broken answer is reported under its operation and
// JSON pointer, in the JSON, Markdown and JUnit forms alike; the client always gets the target's
// own status and bytes.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
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
