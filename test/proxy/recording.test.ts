// Recording through the proxy: the objects the stateful mock keeps are written as fixtures with
// credentials gone and phone numbers and e-mail addresses masked; loaded back into the mock, they
// are what it serves. Credentials reach the target and appear in nothing the proxy writes.
import { mkdtempSync, readFileSync, readdirSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { telnyxProfile } from "../../mocks/providers/index.js";
import { loadRecordedFixtures, loadRecordingsByProvider } from "../../mocks/proxy/fixtures.js";
import { isCredentialField, maskEmail, maskPhone } from "../../mocks/proxy/mask.js";
import { writeReport } from "../../mocks/proxy/report.js";
import { startProxy, type RunningProxy } from "../../mocks/proxy/server.js";
import type { RunningMock } from "../../mocks/server.js";
import { spawnCli } from "../support/cli.js";
import { startMock } from "../support/mocks.js";
import { repoRoot } from "../support/spec.js";
import { bundledSpec, exampleOf, startFakeUpstream, type FakeUpstream } from "./fake-upstream.js";

const spec = bundledSpec("telnyx");
const BRAND_ID = "0b7d5a8e-1c2f-4e3a-9b6d-8f4e2a1c7d90";
const brand: Record<string, unknown> = { ...exampleOf(spec, "/10dlc/brand/{brandId}", "get"), brandId: BRAND_ID, phone: "+13125550001", email: "Jane.Doe@corp.example.com", webhookSecret: "whsec-SECRET-1", webhookURL: "https://hook:SECRET-PW@hooks.example.com/telnyx?token=SECRET-HOOK&team=7" };
const orders = exampleOf(spec, "/number_orders", "get");
const orderId = ((orders.data as Array<{ id: string }>)[0]!).id;
// Credentials as a client sends them: the target must get them, nothing the proxy writes may hold them.
const secretHeaders = { authorization: "Bearer sk-SECRET", "x-api-key": "SECRET-KEY" };

const running: Array<{ close(): Promise<void> }> = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((server) => server.close()));
});

async function recordRun(options: { keepPii?: boolean } = {}): Promise<{ dir: string; proxy: RunningProxy; upstream: FakeUpstream; log: string[] }> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "proxy-rec-"));
  const upstream = await startFakeUpstream("/v2", {
    "POST /v2/10dlc/brand": { status: 200, body: brand },
    "GET /v2/number_orders": { status: 200, body: orders },
    "GET /v2/not_in_spec": { status: 200, body: { token: "SECRET-ECHO" } },
  });
  const log: string[] = [];
  const proxy = await startProxy({ profile: telnyxProfile, target: upstream.url, root: repoRoot, record: path.join(dir, "recordings"), keepPii: options.keepPii ?? false, log: (line) => log.push(line) });
  running.push(upstream, proxy);
  const create = { entityType: "PRIVATE_PROFIT", displayName: "ABC Mobile", country: "US", email: "Jane.Doe@corp.example.com", vertical: "TECHNOLOGY" };
  await (await fetch(`${proxy.url}/v2/10dlc/brand?api_key=SECRET`, { method: "POST", headers: { ...secretHeaders, "content-type": "application/json" }, body: JSON.stringify(create) })).arrayBuffer();
  await (await fetch(`${proxy.url}/v2/number_orders?api_key=SECRET`, { headers: secretHeaders })).arrayBuffer();
  await (await fetch(`${proxy.url}/v2/not_in_spec?api_key=SECRET`, { headers: secretHeaders })).arrayBuffer();
  // A client that puts its key in the path too: an undeclared operation, reported by path.
  await (await fetch(`${proxy.url}/v2/keys/sk-SECRET`, { headers: secretHeaders })).arrayBuffer();
  writeReport(path.join(dir, "report"), proxy.report.data());
  return { dir, proxy, upstream, log };
}

function everyFileBelow(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name));
}

describe("credentials", () => {
  it("pass through to the target and appear in no log line, report or recording", async () => {
    const { dir, upstream, log } = await recordRun();
    expect(upstream.received.map((r) => r.headers.authorization)).toEqual(Array(4).fill("Bearer sk-SECRET"));
    expect(upstream.received.map((r) => r.headers["x-api-key"])).toEqual(Array(4).fill("SECRET-KEY"));
    expect(upstream.received.map((r) => r.url)).toEqual(["/v2/10dlc/brand?api_key=SECRET", "/v2/number_orders?api_key=SECRET", "/v2/not_in_spec?api_key=SECRET", "/v2/keys/sk-SECRET"]);
    const files = everyFileBelow(dir);
    expect(files.map((file) => path.basename(file)).sort()).toEqual(["report.json", "report.md", "report.xml", expect.stringMatching(/^telnyx-.*\.json$/)]);
    for (const file of files) expect(readFileSync(file, "utf8"), file).not.toContain("SECRET");
    expect(log).toHaveLength(4);
    expect(readFileSync(path.join(dir, "report.md"), "utf8")).toContain("/keys/[redacted]");
    expect(log.join("\n")).not.toContain("SECRET");
    expect(log[0]).toContain("api_key=%5Bredacted%5D");
  });
});

describe("recording", () => {
  it("writes the kept resources with PII masked and credential fields removed", async () => {
    const { dir } = await recordRun();
    const fixtures = loadRecordedFixtures(path.join(dir, "recordings"));
    expect(Object.keys(fixtures).sort()).toEqual(["brand", "numberOrder"]);
    const [recorded] = fixtures.brand as Array<Record<string, unknown>>;
    expect(recorded!.brandId).toBe(BRAND_ID);
    expect(recorded!.phone).toMatch(/^\+1555\d{7}$/);
    expect(recorded!.phone).toBe(maskPhone("+13125550001"));
    expect(recorded!.email).toMatch(/^user-[0-9a-f]{8}@example\.com$/);
    expect(recorded!).not.toHaveProperty("webhookSecret");
    expect(recorded!.webhookURL).toBe("https://hooks.example.com/telnyx?token=%5Bredacted%5D&team=7");
    expect(recorded!.displayName).toBe(brand.displayName);
    const [order] = fixtures.numberOrder as Array<{ id: string; phone_numbers: Array<{ phone_number: string }> }>;
    expect(order!.id).toBe(orderId);
    expect(order!.phone_numbers[0]!.phone_number).toBe(maskPhone("+13125550123"));
  });

  it("keeps phone numbers and e-mail addresses with --keep-pii, never the credentials", async () => {
    const { dir } = await recordRun({ keepPii: true });
    const [recorded] = loadRecordedFixtures(path.join(dir, "recordings")).brand as Array<Record<string, unknown>>;
    expect(recorded!.phone).toBe("+13125550001");
    expect(recorded!.email).toBe("Jane.Doe@corp.example.com");
    expect(recorded!).not.toHaveProperty("webhookSecret");
  });

  it("loaded back into the stateful mock, serves the recorded (masked) objects", async () => {
    const { dir } = await recordRun();
    const fixtures = loadRecordedFixtures(path.join(dir, "recordings"));
    const mock: RunningMock = await startMock("telnyx", { stateful: true, fixtures });
    running.push(mock);
    const headers = { authorization: "Bearer test-key" };
    const served = (await (await fetch(`${mock.url}/v2/10dlc/brand/${BRAND_ID}`, { headers })).json()) as Record<string, unknown>;
    expect(served.brandId).toBe(BRAND_ID);
    expect(served.phone).toBe(maskPhone("+13125550001"));
    expect(served.email).toBe(maskEmail("Jane.Doe@corp.example.com"));
    const order = (await (await fetch(`${mock.url}/v2/number_orders/${orderId}`, { headers })).json()) as { data: { id: string; phone_numbers: Array<{ phone_number: string }> } };
    expect(order.data.id).toBe(orderId);
    expect(order.data.phone_numbers[0]!.phone_number).toBe(maskPhone("+13125550123"));
  });

  it("npm run mock -- --fixtures DIR serves a recorded folder", async () => {
    const { dir } = await recordRun();
    const child = spawnCli("commands/mock.ts", ["--provider", "telnyx", "--telnyx-port", "0", "--quiet", "--fixtures", path.join(dir, "recordings")]);
    running.push({ close: async () => void child.kill("SIGTERM") });
    let output = "";
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout!.on("data", (chunk) => {
        output += chunk;
        const found = /Telnyx mock: (http:\/\/\S+)/.exec(output);
        if (output.includes("Mocks ready") && found) resolve(found[1]!);
      });
      child.stderr!.on("data", (chunk) => (output += chunk));
      child.once("exit", (code) => reject(new Error(`mock CLI exited early (${code}):\n${output}`)));
    });
    const served = (await (await fetch(`${url}/10dlc/brand/${BRAND_ID}`, { headers: { authorization: "Bearer test-key" } })).json()) as Record<string, unknown>;
    expect(served.brandId).toBe(BRAND_ID);
    expect(served.phone).toBe(maskPhone("+13125550001"));
  });

  it("merges runs, the newest copy of an object winning", async () => {
    const first = await recordRun();
    const dir = path.join(first.dir, "recordings");
    const proxy = await startProxy({ profile: telnyxProfile, target: first.upstream.url, root: repoRoot, record: dir, keepPii: true });
    running.push(proxy);
    await (await fetch(`${proxy.url}/v2/10dlc/brand`, { method: "POST", headers: { authorization: "Bearer k", "content-type": "application/json" }, body: "{}" })).arrayBuffer();
    expect(readdirSync(dir)).toHaveLength(2);
    const brands = loadRecordedFixtures(dir).brand as Array<Record<string, unknown>>;
    expect(brands.map((b) => b.phone)).toEqual(["+13125550001"]);
  });
});

describe("masking", () => {
  it("is deterministic and keeps the shape of what it masks", () => {
    expect(maskPhone("+13125550001")).toBe(maskPhone("+13125550001"));
    expect(maskPhone("+13125550001")).not.toBe(maskPhone("+13125550002"));
    expect(maskPhone("+442071838750")).toMatch(/^\+44\d{10}$/);
    expect(maskEmail("a@b.example.org")).toBe(maskEmail("A@B.example.org"));
  });

  it("removes credential fields by name, and keeps data that only looks similar", () => {
    for (const name of ["authorization", "x-api-key", "apiKey", "api_key", "webhook_secret", "webhookSecret", "signature", "vettingToken", "password"]) expect(isCredentialField(name), name).toBe(true);
    for (const name of ["optinKeywords", "helpKeywords", "auth_person_name", "displayName", "phone"]) expect(isCredentialField(name), name).toBe(false);
  });
});

describe("loading recordings", () => {
  it("names the file that is not a recording, and refuses a __proto__ resource", async () => {
    const { mkdirSync, writeFileSync } = await import("node:fs");
    const dir = mkdtempSync(path.join(os.tmpdir(), "proxy-rec-bad-"));
    writeFileSync(path.join(dir, "telnyx-1.json"), "{ not json");
    expect(() => loadRecordedFixtures(dir)).toThrow(/telnyx-1\.json: not a readable JSON recording/);
    writeFileSync(path.join(dir, "telnyx-1.json"), '{"__proto__": [{"brandId": "x"}]}');
    expect(() => loadRecordedFixtures(dir)).toThrow(/telnyx-1\.json: "__proto__" is not a resource name/);
    writeFileSync(path.join(dir, "telnyx-1.json"), '{"brand": {"brandId": "x"}}');
    expect(() => loadRecordedFixtures(dir)).toThrow(/telnyx-1\.json: "brand" must be an array of objects/);
    expect(() => loadRecordedFixtures(path.join(dir, "missing"))).toThrow(/Cannot read recordings from .*missing: ENOENT/);
    mkdirSync(path.join(dir, "empty"));
    expect(loadRecordedFixtures(path.join(dir, "empty"))).toEqual({});
  });

  it("reads only the given provider's recordings", async () => {
    const { writeFileSync } = await import("node:fs");
    const dir = mkdtempSync(path.join(os.tmpdir(), "proxy-rec-two-"));
    writeFileSync(path.join(dir, "telnyx-1.json"), JSON.stringify({ brand: [{ brandId: "t-1" }] }));
    writeFileSync(path.join(dir, "vonage-1.json"), JSON.stringify({ brand: [{ brand_id: "v-1" }] }));
    expect(loadRecordedFixtures(dir, "telnyx")).toEqual({ brand: [{ brandId: "t-1" }] });
    expect(loadRecordedFixtures(dir, "vonage")).toEqual({ brand: [{ brand_id: "v-1" }] });
    // As `npm run mock -- --fixtures` takes a fixtures file: keyed by provider.
    expect(loadRecordingsByProvider(dir)).toEqual({ telnyx: { brand: [{ brandId: "t-1" }] }, vonage: { brand: [{ brand_id: "v-1" }] } });
  });
});

describe("a recording that cannot be written", () => {
  it("still hands the client the API's answer, and says so in the log", async () => {
    const { mkdirSync } = await import("node:fs");
    const dir = mkdtempSync(path.join(os.tmpdir(), "proxy-rec-ro-"));
    const upstream = await startFakeUpstream("/v2", { "POST /v2/10dlc/brand": { status: 200, body: brand } });
    const log: string[] = [];
    const proxy = await startProxy({ profile: telnyxProfile, target: upstream.url, root: repoRoot, record: dir, log: (line) => log.push(line) });
    running.push(upstream, proxy);
    // A directory where the recording's temporary file goes: no write succeeds, not even as root.
    mkdirSync(`${proxy.recordingFile!}.tmp`);
    const response = await fetch(`${proxy.url}/v2/10dlc/brand`, { method: "POST", headers: { authorization: "Bearer k", "content-type": "application/json" }, body: "{}" });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual(brand);
    expect(log.filter((line) => line.startsWith("proxy:"))).toEqual(["proxy: not recorded (EISDIR)"]);
  });
});
