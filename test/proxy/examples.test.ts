// The proxy's checks agree with the curated specs: every documented example answer passes them
// (no false alarm on real-shaped data), and a closed 2020-12 schema (`unevaluatedProperties:
// false`), which Prism's default draft-07 reading ignores, is enforced.
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadCheckedSpec } from "../../mocks/proxy/spec.js";
import { validateResponse } from "../../mocks/proxy/validate.js";
import { repoRoot } from "../support/spec.js";
import { bundledSpec, exampleOf } from "./fake-upstream.js";

/** A status the response stands for: its own code, or one in its range ("4XX", "default") no other response declares. */
function statusFor(code: string, declared: string[]): number {
  if (/^\d{3}$/.test(code)) return Number(code);
  const inDeclaredRange = (status: number) => declared.includes(`${String(status)[0]}XX`);
  const [from, to] = code === "default" ? [200, 600] : [Number(code[0]) * 100, Number(code[0]) * 100 + 100];
  for (let status = from; status < to; status += 1) {
    if (declared.includes(String(status))) continue;
    if (code !== "default" || !inDeclaredRange(status)) return status;
  }
  throw new Error(`no free status for ${code}`);
}

describe.each(["telnyx", "vonage"] as const)("%s examples", (provider) => {
  it("every example answer of every operation passes the proxy's checks", async () => {
    const spec = await loadCheckedSpec(path.join(repoRoot, "generated", provider, "openapi.json"));
    const failures: string[] = [];
    let checked = 0;
    for (const operation of spec.operations) {
      for (const response of operation.responses) {
        for (const content of response.contents ?? []) {
          for (const example of content.examples ?? []) {
            if (!("value" in example)) continue;
            checked += 1;
            const found = validateResponse(operation, { statusCode: statusFor(response.code, operation.responses.map((r) => r.code)), headers: { "content-type": content.mediaType }, body: example.value });
            // Declared response headers are not part of an example; only the body and content type count here.
            for (const f of found.filter((f) => !f.pointer.startsWith("/response/headers/") || f.pointer === "/response/headers/content-type")) {
              failures.push(`${operation.iid} ${response.code} ${example.key}: ${f.pointer} ${f.message}`);
            }
          }
        }
      }
    }
    expect(failures).toEqual([]);
    expect(checked).toBeGreaterThan(50);
  });
});

it("enforces unevaluatedProperties: false of an OpenAPI 3.1 schema", async () => {
  const document = bundledSpec("telnyx") as unknown as { components: { schemas: Record<string, Record<string, unknown>> } };
  document.components.schemas.BrandWithCampaignsCount!.unevaluatedProperties = false;
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), "proxy-spec-")), "openapi.json");
  writeFileSync(file, JSON.stringify(document));
  const spec = await loadCheckedSpec(file);
  const found = spec.router.match("GET", "/10dlc/brand/b-1");
  if (found.kind !== "found") throw new Error("GET /10dlc/brand/{brandId} not routed");
  const brand = exampleOf(bundledSpec("telnyx"), "/10dlc/brand/{brandId}", "get");
  const check = (body: unknown) => validateResponse(found.operation, { statusCode: 200, headers: { "content-type": "application/json" }, body });
  expect(check(brand)).toEqual([]);
  expect(check({ ...brand, surprise: 1 }).map((f) => f.pointer)).toEqual(["/response/body/surprise"]);
  // A field name with "/" or "~" is escaped once, as RFC 6901 writes it.
  expect(check({ ...brand, "a/b~c": 1 }).map((f) => f.pointer)).toEqual(["/response/body/a~1b~0c"]);
  expect(check({ ...brand, displayName: 5 }).map((f) => `${f.pointer} ${f.message}`)).toEqual(["/response/body/displayName must be string"]);
});
