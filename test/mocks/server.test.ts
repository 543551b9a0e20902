// The mock server's own behaviour around Prism, over real HTTP: base paths, CORS, routing errors,
// request validation and auth failures in the provider's error format, Prefer-driven responses.
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { replaceFolder, type FileSet } from "../../codegen/write.js";
import { profiles } from "../../mocks/providers/index.js";
import { startMockServer, type RunningMock } from "../../mocks/server.js";
import { startMock } from "../support/mocks.js";
import { repoRoot } from "../support/spec.js";

let telnyx: RunningMock;
let vonage: RunningMock;
const bearer = { Authorization: "Bearer test-key" };
const basicAuth = { Authorization: `Basic ${Buffer.from("key:secret").toString("base64")}` };

beforeAll(async () => {
  [telnyx, vonage] = await Promise.all([startMock("telnyx"), startMock("vonage")]);
});
afterAll(() => Promise.all([telnyx.close(), vonage.close()]));

describe("mock server", () => {
  it("serves a path with and without the spec's base path", async () => {
    for (const url of [`${telnyx.url}/10dlc/brand`, `${telnyx.url}/v2/10dlc/brand`]) {
      const response = await fetch(url, { headers: bearer });
      expect(response.status).toBe(200);
      expect(((await response.json()) as { records: unknown[] }).records.length).toBeGreaterThan(0);
    }
    expect(telnyx.basePath).toBe("/v2");
    const response = await fetch(`${vonage.url}/v1/10dlc/brands`, { headers: basicAuth });
    expect(response.status).toBe(200);
    expect(vonage.basePath).toBe("/v1/10dlc");
  });

  it("answers CORS preflights and sets CORS headers on responses", async () => {
    const preflight = await fetch(`${telnyx.url}/10dlc/brand`, {
      method: "OPTIONS",
      headers: { Origin: "http://localhost:5173", "Access-Control-Request-Method": "POST", "Access-Control-Request-Headers": "authorization,content-type" },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-origin")).toBe("http://localhost:5173");
    expect(preflight.headers.get("access-control-allow-headers")).toBe("authorization,content-type");
    expect(preflight.headers.get("access-control-allow-methods")).toContain("POST");
    const response = await fetch(`${telnyx.url}/10dlc/brand`, { headers: { ...bearer, Origin: "http://localhost:5173" } });
    expect(response.headers.get("access-control-allow-origin")).toBe("http://localhost:5173");
  });

  it("gives a 404 in the provider's format for an unknown path, and 405 with Allow for a wrong method", async () => {
    const notFound = await fetch(`${telnyx.url}/10dlc/nope`, { headers: bearer });
    expect(notFound.status).toBe(404);
    const body = (await notFound.json()) as { errors: Array<{ code: string; detail: string }> };
    expect(body.errors[0]?.code).toBe("10005");
    expect(body.errors[0]?.detail).toContain("GET /10dlc/nope");

    const wrongMethod = await fetch(`${vonage.url}/brands`, { method: "DELETE", headers: basicAuth });
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.headers.get("allow")).toBe("GET, POST");
    expect(((await wrongMethod.json()) as { type: string }).type).toMatch(/#not-found$/);
  });

  it("sends the provider's per-response headers, on errors too, but not on the control API", async () => {
    const ok = await fetch(`${telnyx.url}/10dlc/brand`, { headers: bearer });
    const missing = await fetch(`${telnyx.url}/10dlc/nope`, { headers: bearer });
    const ids = [ok.headers.get("x-request-id"), missing.headers.get("x-request-id")];
    expect(ids[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(ids[1]).toMatch(/^[0-9a-f-]{36}$/);
    expect(ids[0]).not.toBe(ids[1]);
    expect((await fetch(`${telnyx.url}/__mock/health`)).headers.get("x-request-id")).toBeNull();
  });

  it("negotiates each request's Accept on its own (an earlier request's Accept does not stick)", async () => {
    const documentId = "6a09cdc3-8948-47f0-aa62-74ac943d6c58";
    expect((await fetch(`${telnyx.url}/documents?sort=-created_at`, { headers: { ...bearer, Accept: "application/json" } })).status).toBe(200);
    const download = await fetch(`${telnyx.url}/documents/${documentId}/download`, { headers: { ...bearer, Accept: "*/*" } });
    expect(download.status).toBe(200);
    expect(await download.text()).toContain("%PDF");
  });

  it("rejects malformed JSON with a 400 that says why", async () => {
    const response = await fetch(`${telnyx.url}/10dlc/brand`, {
      method: "POST",
      headers: { ...bearer, "content-type": "application/json" },
      body: "{not json",
    });
    expect(response.status).toBe(400);
    expect(JSON.stringify(await response.json())).toContain("not valid JSON");
  });

  it("reports every missing required field of a Telnyx body with its JSON pointer", async () => {
    const response = await fetch(`${telnyx.url}/10dlc/brand`, {
      method: "POST",
      headers: { ...bearer, "content-type": "application/json" },
      body: JSON.stringify({ displayName: "Acme" }),
    });
    expect(response.status).toBe(422);
    const body = (await response.json()) as { errors: Array<{ source?: { pointer?: string } }> };
    expect(body.errors.map((e) => e.source?.pointer).sort()).toEqual(["/country", "/email", "/entityType", "/vertical"]);
    expect(JSON.parse(response.headers.get("sl-violations")!)).toHaveLength(4);
  });

  it("uses Vonage's error body with the resource's slug for invalid input", async () => {
    const response = await fetch(`${vonage.url}/brands/BLQKOPK/campaigns`, {
      method: "POST",
      headers: { ...basicAuth, "content-type": "application/json" },
      body: JSON.stringify({ usecase: "MIXED" }),
    });
    expect(response.status).toBe(422);
    const body = (await response.json()) as { type: string; detail: string };
    expect(body.type).toMatch(/#invalid-campaign-data$/);
    expect(body.detail).toContain("account_id");
  });

  it("requires the provider's auth scheme and says which", async () => {
    const wrongScheme = await fetch(`${telnyx.url}/10dlc/brand`, { headers: basicAuth });
    expect(wrongScheme.status).toBe(401);
    expect(wrongScheme.headers.get("www-authenticate")).toBe("Bearer");
    expect(JSON.stringify(await wrongScheme.json())).toContain("Authorization: Bearer");

    const vonageMissing = await fetch(`${vonage.url}/brands`);
    expect(vonageMissing.status).toBe(401);
    expect(vonageMissing.headers.get("www-authenticate")).toContain("Basic");
    const viaJwt = await fetch(`${vonage.url}/brands`, { headers: { Authorization: "Bearer eyJhbGciOi.fake.jwt" } });
    expect(viaJwt.status).toBe(200);
  });

  it("lets a frontend force a documented response with Prefer: code=...", async () => {
    const response = await fetch(`${telnyx.url}/10dlc/brand/4b20019b-043a-78f8-0657-b3be3f4b4002`, { headers: { ...bearer, Prefer: "code=404" } });
    expect(response.status).toBe(404);
    expect(((await response.json()) as { errors: unknown[] }).errors.length).toBeGreaterThan(0);
  });
});

describe("spec reload", () => {
  it("serves a changed spec without a restart, and keeps the last good one when the file breaks", async () => {
    const root = mkdtempSync(path.join(os.tmpdir(), "reload-"));
    cpSync(path.join(repoRoot, "generated/vonage/openapi.json"), path.join(root, "spec.json"));
    const lines: string[] = [];
    const mock = await startMockServer({ profile: { ...profiles.vonage, specFile: "spec.json" }, root, port: 0, log: (l) => lines.push(l) });
    const waitForLine = async (fragment: string) => {
      for (let i = 0; i < 100 && !lines.some((l) => l.includes(fragment)); i++) await new Promise((r) => setTimeout(r, 50));
      expect(lines.join("\n")).toContain(fragment);
    };
    try {
      expect((await fetch(`${mock.url}/enum`, { headers: basicAuth })).status).toBe(200);
      const spec = JSON.parse(readFileSync(path.join(root, "spec.json"), "utf8"));
      spec.paths["/enumerations"] = spec.paths["/enum"];
      delete spec.paths["/enum"];
      writeFileSync(path.join(root, "spec.json"), JSON.stringify(spec));
      await waitForLine("spec reloaded");
      expect((await fetch(`${mock.url}/enumerations`, { headers: basicAuth })).status).toBe(200);
      expect((await fetch(`${mock.url}/enum`, { headers: basicAuth })).status).toBe(404);

      writeFileSync(path.join(root, "spec.json"), "{ not json");
      await waitForLine("still serving the last good one");
      expect((await fetch(`${mock.url}/enumerations`, { headers: basicAuth })).status).toBe(200);
    } finally {
      await mock.close();
    }
  });

  it("serves every regeneration, though the generator swaps the whole provider folder each time", async () => {
    // A repository-like root: generated/vonage/ is replaced as a folder, exactly as codegen/write.ts does.
    const root = mkdtempSync(path.join(os.tmpdir(), "reload-swap-"));
    const folder = path.join(root, "generated/vonage");
    cpSync(path.join(repoRoot, "generated/vonage"), folder, { recursive: true });
    const lines: string[] = [];
    const mock = await startMockServer({ profile: profiles.vonage, root, port: 0, log: (l) => lines.push(l) });
    const brandStatus = async () => {
      const body = (await (await fetch(`${mock.url}/enum`, { headers: basicAuth })).json()) as { brand_status: Array<{ id: string }> };
      return body.brand_status[0]?.id;
    };
    try {
      expect(await brandStatus()).toBe("ACTIVE");
      for (const version of ["SWAP_ONE", "SWAP_TWO", "SWAP_THREE"]) {
        const spec = JSON.parse(readFileSync(path.join(folder, "openapi.json"), "utf8"));
        spec.paths["/enum"].get.responses["200"].content["application/json"].examples.enums.value.brand_status = [{ id: version }];
        const files: FileSet = new Map(readdirSync(folder, { recursive: true, withFileTypes: true })
          .filter((entry) => entry.isFile())
          .map((entry) => {
            const file = path.relative(folder, path.join(entry.parentPath, entry.name));
            return [file, readFileSync(path.join(folder, file), "utf8")] as [string, string];
          }));
        files.set("openapi.json", JSON.stringify(spec, null, 2));
        replaceFolder(folder, files);
        let served: string | undefined;
        for (let i = 0; i < 100 && served !== version; i++) {
          await new Promise((r) => setTimeout(r, 50));
          served = await brandStatus();
        }
        expect(served).toBe(version);
      }
      expect(lines.filter((l) => l.includes("spec reloaded"))).toHaveLength(3);
      expect(lines.join("\n")).not.toContain("failed to load");
    } finally {
      await mock.close();
    }
  });
});
