// Hostile request input on the API routes: numbers JSON can write but no double can hold,
// object-machinery keys, and credentials that must never be logged or recorded.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningMock } from "../../mocks/server.js";
import { controlCall, startMock } from "../support/mocks.js";

const bearer = { Authorization: "Bearer test-key" };
const basic = { Authorization: `Basic ${btoa("key:secret")}` };
const json = { "content-type": "application/json" };

describe("non-finite numbers", () => {
  let telnyx: RunningMock;
  let vonage: RunningMock;
  beforeAll(async () => {
    [telnyx, vonage] = await Promise.all([startMock("telnyx"), startMock("vonage")]);
  });
  afterAll(() => Promise.all([telnyx.close(), vonage.close()]));

  it("refuses range: 1e309 with Telnyx's 422 pointing at /range", async () => {
    for (const range of ["1e309", "-1e309", `1${"0".repeat(400)}`]) {
      const response = await fetch(`${telnyx.url}/number_block_orders`, {
        method: "POST",
        headers: { ...bearer, ...json },
        body: `{"starting_number":"+19705555000","range":${range}}`,
      });
      expect(response.status).toBe(422);
      const body = (await response.json()) as { errors: Array<{ code: string; detail: string; source?: { pointer?: string } }> };
      expect(body.errors).toEqual([expect.objectContaining({ code: "10015", detail: "range must be a finite number.", source: { pointer: "/range" } })]);
    }
  });

  it("points into nested values and escapes the pointer", async () => {
    const response = await fetch(`${telnyx.url}/number_block_orders`, {
      method: "POST",
      headers: { ...bearer, ...json },
      body: '{"starting_number":"+19705555000","range":10,"a/b":[1, {"deep": 2e400}]}',
    });
    expect(response.status).toBe(422);
    const body = (await response.json()) as { errors: Array<{ source?: { pointer?: string } }> };
    expect(body.errors[0]?.source?.pointer).toBe("/a~1b/1/deep");
  });

  it("refuses a non-finite number in Vonage's error body", async () => {
    const response = await fetch(`${vonage.url}/brands`, {
      method: "POST",
      headers: { ...basic, ...json },
      body: '{"display_name":"Acme","stock_symbol":1e999}',
    });
    expect(response.status).toBe(422);
    const body = (await response.json()) as { type: string; detail: string };
    expect(body.type).toMatch(/^https:\/\/developer\.vonage\.com\/api-errors\/10dlc#/);
    expect(body.detail).toBe("/stock_symbol: stock_symbol must be a finite number.");
  });

  it("refuses a numeric query parameter of 1e309 (Prism would coerce it to Infinity and accept it)", async () => {
    const telnyxList = await fetch(`${telnyx.url}/10dlc/brand?recordsPerPage=1e309`, { headers: bearer });
    expect(telnyxList.status).toBe(422);
    const telnyxBody = (await telnyxList.json()) as { errors: Array<{ detail: string; source?: { parameter?: string } }> };
    expect(telnyxBody.errors).toEqual([expect.objectContaining({ detail: "recordsPerPage must be a finite number.", source: { parameter: "recordsPerPage" } })]);
    const vonageList = await fetch(`${vonage.url}/brands/BLQKOPK/appeal/evidence?page=2&page_size=-1e309`, { headers: basic });
    expect(vonageList.status).toBe(422);
    expect(((await vonageList.json()) as { detail: string }).detail).toBe("page_size: page_size must be a finite number.");
    expect((await fetch(`${telnyx.url}/10dlc/brand?recordsPerPage=10`, { headers: bearer })).status).toBe(200);
  });

  it("still accepts large finite numbers", async () => {
    const response = await fetch(`${telnyx.url}/number_block_orders`, {
      method: "POST",
      headers: { ...bearer, ...json },
      body: '{"starting_number":"+19705555000","range":1e308}',
    });
    expect(response.status).not.toBe(500);
    expect(JSON.stringify(await response.json())).not.toContain("finite number");
  });
});

describe("deepObject query parameters", () => {
  let telnyx: RunningMock;
  beforeAll(async () => {
    telnyx = await startMock("telnyx");
  });
  afterAll(() => telnyx.close());

  type TelnyxErrors = { errors: Array<{ code: string; detail: string; source?: { parameter?: string } }> };
  const coverage = (query: string) => fetch(`${telnyx.url}/inventory_coverage?${query}`, { headers: bearer });

  // Prism lower-cases query keys but looks members up by their declared name, so it never saw
  // filter[groupBy] (found by the fuzzer: seed 7, GET /inventory_coverage).
  it("refuses a camelCase member outside its enum, naming filter[groupBy]", async () => {
    const response = await coverage("filter[groupBy]=FUZZ_NOT_IN_ENUM&filter[country_code]=US");
    expect(response.status).toBe(422);
    const body = (await response.json()) as TelnyxErrors;
    expect(body.errors).toEqual([
      expect.objectContaining({ detail: "filter[groupBy] must be one of locality, npa, national_destination_code.", source: { parameter: "filter[groupBy]" } }),
    ]);
  });

  it("refuses members of the wrong type and values outside an array's item enum", async () => {
    for (const [query, parameter] of [
      ["filter[npa]=not-a-number", "filter[npa]"],
      ["filter[count]=maybe", "filter[count]"],
      ["filter[features]=sms&filter[features]=teleport", "filter[features][1]"],
    ] as const) {
      const response = await coverage(query);
      expect(response.status, query).toBe(422);
      expect(((await response.json()) as TelnyxErrors).errors[0]?.source?.parameter).toBe(parameter);
    }
  });

  it("accepts what the generated client sends (repeated array members, text for numbers and booleans, any key case)", async () => {
    for (const query of [
      "filter[groupBy]=npa&filter[country_code]=US&filter[npa]=312&filter[count]=true",
      "filter[features]=sms&filter[features]=voice",
      "filter[features][0]=sms",
      "filter[__proto__]=x&filter[constructor][prototype]=y",
    ]) {
      const response = await coverage(query);
      expect(response.status, query).toBe(200);
    }
  });
});

describe("object-machinery keys", () => {
  let mock: RunningMock;
  beforeAll(async () => {
    mock = await startMock("telnyx");
  });
  afterAll(() => mock.close());

  it("treats __proto__ and friends in query strings and headers as data", async () => {
    const response = await fetch(`${mock.url}/10dlc/brand?__proto__=a&__proto__=b&constructor=x&toString=y`, { headers: { ...bearer, __proto__: "x" } as Record<string, string> });
    expect(response.status).toBe(200);
    expect(({} as Record<string, unknown>).a).toBeUndefined();
  });

  it("validates a body whose keys are __proto__, constructor and toString like any other keys", async () => {
    const response = await fetch(`${mock.url}/10dlc/brand`, {
      method: "POST",
      headers: { ...bearer, ...json },
      body: '{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"toString":1}',
    });
    expect(response.status).toBe(422);
    const body = (await response.json()) as { errors: Array<{ source?: { pointer?: string } }> };
    expect(body.errors.map((e) => e.source?.pointer)).toContain("/displayName");
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe("credentials are never logged or recorded", () => {
  it("redacts api_key, api_secret, tokens and signatures in the log line and in /__mock/requests", async () => {
    const lines: string[] = [];
    const mock = await startMock("telnyx", { log: (line) => lines.push(line) });
    try {
      const secrets = ["K3Y-SECRET-1", "S3CRET-2", "T0KEN-3", "SIG-4", "BEARER-5"];
      await fetch(`${mock.url}/v2/10dlc/brand?api_key=${secrets[0]}&api_secret=${secrets[1]}&access_token=${secrets[2]}&signature=${secrets[3]}&page=2`, {
        headers: { Authorization: `Bearer ${secrets[4]}` },
      });
      const recorded = JSON.stringify((await controlCall(mock, "GET", "/requests")).body);
      const logged = lines.join("\n");
      for (const secret of secrets) {
        expect(logged).not.toContain(secret);
        expect(recorded).not.toContain(secret);
      }
      // What is not a credential stays readable.
      expect(logged).toMatch(/GET \/v2\/10dlc\/brand\?api_key=\S*redacted\S*&.*page=2 → 200/);
      expect(recorded).toContain("/10dlc/brand?api_key=");
      expect(recorded).toContain("page=2");
    } finally {
      await mock.close();
    }
  });
});
