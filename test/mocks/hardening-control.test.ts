// The control API as an attacker and a careless script would use it: every bad value is a 400
// that says why (never a 500 or a dead process), web pages from other origins cannot steer it,
// DNS-rebinding Host names are refused, an optional token guards it, and path tricks that
// normalise to /__mock/... never reach it.
import http from "node:http";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningMock } from "../../mocks/server.js";
import { controlCall, startMock } from "../support/mocks.js";

let mock: RunningMock;
beforeAll(async () => {
  mock = await startMock("telnyx", { stateful: true, clockScale: 0 });
});
afterAll(() => mock.close());

/** A raw request: the path is sent exactly as given (fetch would normalise "..") and Host can be set. */
function rawRequest(
  target: RunningMock,
  options: { method?: string; path: string; headers?: Record<string, string>; body?: string },
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  const { port } = target;
  return new Promise((resolve, reject) => {
    const req = http.request({ host: "127.0.0.1", port, method: options.method ?? "GET", path: options.path, headers: options.headers ?? {} }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => (body += chunk));
      res.on("end", () => resolve({ status: res.statusCode!, headers: res.headers, body }));
    });
    req.on("error", reject);
    req.end(options.body);
  });
}

describe("control values are checked", () => {
  it("refuses a clock advance of 1e13 s with a 400 and keeps both the API and the ticker alive", async () => {
    const brand = await fetch(`${mock.url}/10dlc/brand`, {
      method: "POST",
      headers: { Authorization: "Bearer k", "content-type": "application/json" },
      body: JSON.stringify({ entityType: "PRIVATE_PROFIT", displayName: "Clock Co", country: "US", email: "a@clock.example.com", vertical: "TECHNOLOGY" }),
    });
    expect(brand.status).toBe(200);
    const answer = await controlCall<{ error: string }>(mock, "POST", "/clock", { advance: 1e13 });
    expect(answer.status).toBe(400);
    expect(answer.body.error).toContain("advance must be a finite number of seconds from 0 to 315360000");
    // Several ticks of the state engine (every 250 ms) later, the process still answers.
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect((await controlCall(mock, "GET", "/health")).status).toBe(200);
    expect((await fetch(`${mock.url}/10dlc/brand`, { headers: { Authorization: "Bearer k" } })).status).toBe(200);
  });

  const bad: Array<[path: string, body: string, says: string]> = [
    ["/clock", JSON.stringify({ advance: -1 }), "advance must be"],
    ["/clock", JSON.stringify({ advance: "3600" }), "advance must be"],
    ["/clock", JSON.stringify({ advance: null }), "advance must be"],
    ["/clock", JSON.stringify({ advance: 1, by: 2 }), 'Unknown field "by"'],
    ["/clock", "[1]", "must be a JSON object"],
    ["/clock", '{"advance": 1e309}', "advance must be"],
    ["/clock", "{", "not valid JSON"],
    ["/faults", JSON.stringify({ fault: [429] }), "fault must be 429, 500, 503"],
    ["/faults", JSON.stringify({ fault: { code: 429 } }), "fault must be"],
    ["/faults", JSON.stringify({ fault: 429, times: 0 }), "times must be a whole number"],
    ["/faults", JSON.stringify({ fault: 429, times: 1.5 }), "times must be a whole number"],
    ["/faults", JSON.stringify({ fault: 429, times: "2" }), "times must be a whole number"],
    ["/faults", JSON.stringify({ fault: 429, times: 1e9 }), "times must be a whole number"],
    ["/faults", JSON.stringify({ fault: 429, path: 5 }), "path must be a string"],
    ["/faults", JSON.stringify({ fault: 429, path: "10dlc" }), 'starting with "/"'],
    ["/webhooks", JSON.stringify({ url: "file:///etc/passwd" }), "url:"],
    ["/webhooks", JSON.stringify({ url: "ftp://127.0.0.1/x" }), "url:"],
    ["/webhooks", JSON.stringify({ url: 5 }), "url must be"],
    ["/webhooks", JSON.stringify({ url: "http://example.com/hooks" }), "url:"],
    ["/fixtures", JSON.stringify({ brand: { brandId: "x" } }), "must be an array of objects"],
    ["/fixtures", JSON.stringify({ brand: [1] }), "brand[0] must be an object"],
    ["/fixtures", JSON.stringify({ nope: [] }), "nope"],
    ["/fixtures", "[]", "must be a JSON object"],
    ["/reset", JSON.stringify({ everything: true }), "takes no fields"],
  ];
  for (const [path, body, says] of bad) {
    it(`POST /__mock${path} ${body.slice(0, 40)} → 400 saying "${says}"`, async () => {
      const answer = await controlCall<{ error: string }>(mock, "POST", path, body);
      expect(answer.status).toBe(400);
      expect(answer.body.error).toContain(says);
    });
  }

  it("applies nothing from a refused request", async () => {
    await controlCall(mock, "POST", "/reset");
    const before = (await controlCall<{ now: string }>(mock, "GET", "/clock")).body.now;
    await controlCall(mock, "POST", "/clock", { advance: -5 });
    await controlCall(mock, "POST", "/faults", { fault: 429, times: 0 });
    expect((await controlCall<{ now: string }>(mock, "GET", "/clock")).body.now).toBe(before);
    expect((await controlCall<{ faults: unknown[] }>(mock, "GET", "/faults")).body.faults).toEqual([]);
  });
});

describe("any control body", () => {
  const SEED = 4242;
  it(`gets an answer below 500 on every control endpoint, and the mock stays up (seed ${SEED})`, async () => {
    const endpoints = ["/reset", "/faults", "/clock", "/webhooks", "/fixtures", "/nope"];
    const body = fc.oneof(
      fc.json(),
      fc.string(),
      fc.dictionary(fc.constantFrom("fault", "times", "path", "advance", "url", "brand", "__proto__", "constructor"), fc.jsonValue()).map((value) => JSON.stringify(value)),
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...endpoints), body, async (endpoint, text) => {
        const answer = await controlCall<{ error?: string }>(mock, "POST", endpoint, text);
        expect(answer.status, `POST /__mock${endpoint} ${text}`).toBeLessThan(500);
        if (answer.status >= 400) expect(answer.body.error).toBeTypeOf("string");
      }),
      { seed: SEED, numRuns: 300 },
    );
    expect((await controlCall(mock, "GET", "/health")).status).toBe(200);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe("web pages cannot steer the control API", () => {
  it("sends no CORS headers to a foreign origin and refuses its requests", async () => {
    for (const origin of ["https://evil.example", "null", "http://localhost.evil.example"]) {
      const read = await controlCall(mock, "GET", "/requests", undefined, { Origin: origin });
      expect(read.status).toBe(403);
      expect(read.headers.get("access-control-allow-origin")).toBeNull();
      const preflight = await fetch(`${mock.url}/__mock/reset`, { method: "OPTIONS", headers: { Origin: origin, "Access-Control-Request-Method": "POST" } });
      expect(preflight.status).toBe(403);
      expect(preflight.headers.get("access-control-allow-origin")).toBeNull();
    }
  });

  it("answers loopback origins and origins given with corsOrigins", async () => {
    for (const origin of ["http://localhost:5173", "http://127.0.0.1:3000", "http://[::1]:8080"]) {
      const read = await controlCall(mock, "GET", "/requests", undefined, { Origin: origin });
      expect(read.status).toBe(200);
      expect(read.headers.get("access-control-allow-origin")).toBe(origin);
    }
    const named = await startMock("telnyx", { corsOrigins: ["https://app.example.com"] });
    try {
      const read = await controlCall(named, "GET", "/requests", undefined, { Origin: "https://app.example.com" });
      expect(read.status).toBe(200);
      expect(read.headers.get("access-control-allow-origin")).toBe("https://app.example.com");
    } finally {
      await named.close();
    }
  });

  it("refuses a text/plain POST (a cross-site simple request) with 415 and changes nothing", async () => {
    await controlCall(mock, "POST", "/faults", { fault: 503, times: 2 });
    for (const contentType of ["text/plain", "application/x-www-form-urlencoded", undefined]) {
      const response = await fetch(`${mock.url}/__mock/reset`, { method: "POST", body: "{}", headers: contentType ? { "content-type": contentType } : {} });
      expect(response.status).toBe(415);
      expect(((await response.json()) as { error: string }).error).toContain("Content-Type: application/json");
    }
    expect((await controlCall<{ faults: unknown[] }>(mock, "GET", "/faults")).body.faults).toHaveLength(1);
    await controlCall(mock, "POST", "/reset");
  });

  it("keeps the API's CORS open, but never credentials for an opaque origin", async () => {
    const foreign = await fetch(`${mock.url}/10dlc/brand`, { headers: { Authorization: "Bearer k", Origin: "https://app.example" } });
    expect(foreign.headers.get("access-control-allow-origin")).toBe("https://app.example");
    expect(foreign.headers.get("access-control-allow-credentials")).toBe("true");
    const opaque = await fetch(`${mock.url}/10dlc/brand`, { headers: { Authorization: "Bearer k", Origin: "null" } });
    expect(opaque.headers.get("access-control-allow-origin")).toBe("*");
    expect(opaque.headers.get("access-control-allow-credentials")).toBeNull();
  });

  it("refuses a Host that is not loopback (DNS rebinding), and serves loopback and allowed names", async () => {
    const rebound = await rawRequest(mock, { path: "/__mock/requests", headers: { Host: "evil.example:4010" } });
    expect(rebound.status).toBe(403);
    expect(rebound.body).toContain("not a loopback name");
    const api = await rawRequest(mock, { path: "/10dlc/brand", headers: { Host: "evil.example", Authorization: "Bearer k" } });
    expect(api.status).toBe(403);
    expect(JSON.parse(api.body).errors[0].detail).toContain("--allow-host");
    for (const host of ["localhost:4010", "127.0.0.1", "127.1.2.3:80", "[::1]:8080", "app.localhost"]) {
      expect((await rawRequest(mock, { path: "/__mock/health", headers: { Host: host } })).status).toBe(200);
    }
    const allowed = await startMock("telnyx", { allowHosts: ["mock.test"] });
    try {
      expect((await rawRequest(allowed, { path: "/__mock/health", headers: { Host: "mock.test:4010" } })).status).toBe(200);
      expect((await rawRequest(allowed, { path: "/__mock/health", headers: { Host: "other.test" } })).status).toBe(403);
    } finally {
      await allowed.close();
    }
  });

  it("with a control token, needs it as Bearer or X-Mock-Token, and leaves the API alone", async () => {
    const guarded = await startMock("telnyx", { controlToken: "s3cret-token" });
    try {
      expect((await controlCall(guarded, "GET", "/requests")).status).toBe(401);
      expect((await controlCall(guarded, "GET", "/requests", undefined, { Authorization: "Bearer wrong" })).status).toBe(401);
      expect((await controlCall(guarded, "GET", "/requests", undefined, { Authorization: "Bearer s3cret-token" })).status).toBe(200);
      expect((await controlCall(guarded, "POST", "/reset", undefined, { "X-Mock-Token": "s3cret-token" })).status).toBe(200);
      expect((await fetch(`${guarded.url}/10dlc/brand`, { headers: { Authorization: "Bearer k" } })).status).toBe(200);
    } finally {
      await guarded.close();
    }
  });
});

describe("path tricks do not reach the control API", () => {
  const tricks = ["/../../__mock/reset", "/v2/../__mock/reset", "/%2e%2e/__mock/reset", "/%2E%2e/__mock/reset", "//__mock/reset", "/v2/__mock/reset", "/10dlc/..%2f__mock/reset"];
  for (const path of tricks) {
    it(`POST ${path} is the API's 404 and resets nothing`, async () => {
      await controlCall(mock, "POST", "/reset");
      await controlCall(mock, "POST", "/faults", { fault: 503, times: 5, path: "/nowhere" });
      const answer = await rawRequest(mock, { method: "POST", path, headers: { "content-type": "application/json" }, body: "{}" });
      expect(answer.status).toBe(404);
      expect(JSON.parse(answer.body).errors[0].code).toBe("10005");
      expect((await controlCall<{ faults: unknown[] }>(mock, "GET", "/faults")).body.faults).toHaveLength(1);
    });
  }

  it("answers API paths with dot segments with the provider's 404", async () => {
    for (const path of ["/v2/10dlc/../10dlc/brand", "/10dlc/brand/%2e%2e", "/10dlc/./brand", "/../v2/10dlc/brand"]) {
      const answer = await rawRequest(mock, { path, headers: { Authorization: "Bearer k" } });
      expect(answer.status, path).toBe(404);
      expect(JSON.parse(answer.body).errors[0].code).toBe("10005");
    }
  });
});
