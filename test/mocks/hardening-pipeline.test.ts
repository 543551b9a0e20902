// The pipeline's pieces alone: raw-path rules (seeded property test), Host and origin rules,
// the non-finite number finder, the cache key, and single steps run on a hand-made context.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ControlOrigins, isLoopbackOrigin } from "../../mocks/http/cors.js";
import { hostPolicy, isHostAllowed } from "../../mocks/http/host.js";
import { findNonFinite } from "../../mocks/http/json.js";
import { hasDotSegments, isControlPath, queryOf, splitTarget } from "../../mocks/http/paths.js";
import type { NodeContext, PipelineDeps } from "../../mocks/pipeline/context.js";
import { guardControl } from "../../mocks/core/steps.js";
import { beginRequest } from "../../mocks/core/index.js";
import { guardHost } from "../../mocks/pipeline/steps.js";
import { profiles } from "../../mocks/providers/index.js";
import { mockKeyOf } from "../../mocks/prism/adapter.js";
import { cacheKeyOf, MAX_CACHED_BODY_BYTES } from "../../mocks/prism/cache.js";

const SEED = 11_2026;

describe("raw paths", () => {
  const segment = fc.constantFrom("..", ".", "%2e%2e", "%2E.", "%2e", "__mock", "v2", "10dlc", "brand", "", "a%2fb", "reset");
  const rawPath = fc.array(segment, { minLength: 1, maxLength: 6 }).map((parts) => `/${parts.join("/")}`);

  it(`a path without dot segments is never re-normalised by URL parsing (seed ${SEED})`, () => {
    fc.assert(
      fc.property(rawPath, (pathname) => {
        if (hasDotSegments(pathname) || pathname.startsWith("//")) return;
        expect(new URL(pathname, "http://mock.local").pathname).toBe(pathname);
      }),
      { seed: SEED, numRuns: 500 },
    );
  });

  it(`only a raw path starting with /__mock is a control path, whatever it normalises to (seed ${SEED})`, () => {
    fc.assert(
      fc.property(rawPath, (pathname) => {
        expect(isControlPath(pathname)).toBe(pathname === "/__mock" || pathname.startsWith("/__mock/"));
      }),
      { seed: SEED, numRuns: 500 },
    );
  });

  it("keeps the target as sent, also absolute-form and with a fragment", () => {
    expect(splitTarget("//__mock/reset?x=1")).toEqual({ pathname: "//__mock/reset", search: "?x=1" });
    expect(splitTarget("http://127.0.0.1:4010/__mock/health")).toEqual({ pathname: "/__mock/health", search: "" });
    expect(splitTarget("/a#frag")).toEqual({ pathname: "/a", search: "" });
  });

  it("keeps __proto__ in a query string as data", () => {
    const query = queryOf("?__proto__=a&__proto__=b&constructor=c");
    expect(Object.getPrototypeOf(query)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(query, "__proto__")?.value).toEqual(["a", "b"]);
    expect(query.constructor).toBe("c");
  });
});

describe("Host and origin rules", () => {
  it("serves loopback names by default, any name when exposed, and named hosts when allowed", () => {
    const local = hostPolicy("127.0.0.1");
    for (const host of ["localhost", "localhost:4010", "127.0.0.1:4010", "127.255.0.1", "[::1]:8080", "dev.localhost:3000", undefined]) {
      expect(isHostAllowed(host, local), String(host)).toBe(true);
    }
    for (const host of ["evil.example", "127.0.0.1.evil.example", "localhost.evil.example", "128.0.0.1", "[::2]", "0.0.0.0"]) {
      expect(isHostAllowed(host, local), host).toBe(false);
    }
    expect(isHostAllowed("evil.example", hostPolicy("0.0.0.0"))).toBe(true);
    expect(isHostAllowed("mock.test:80", hostPolicy("127.0.0.1", ["mock.test"]))).toBe(true);
  });

  it("treats only http(s) loopback origins and named ones as the control API's", () => {
    expect(isLoopbackOrigin("http://localhost:5173")).toBe(true);
    expect(isLoopbackOrigin("https://127.0.0.1")).toBe(true);
    expect(isLoopbackOrigin("null")).toBe(false);
    expect(isLoopbackOrigin("file://")).toBe(false);
    expect(isLoopbackOrigin("http://localhost.evil.example")).toBe(false);
    const origins = new ControlOrigins(["https://App.Example.com/"]);
    expect(origins.allows("https://app.example.com")).toBe(true);
    expect(origins.allows("https://app.example.com.evil.example")).toBe(false);
  });
});

describe("non-finite numbers and the cache key", () => {
  it("finds the first non-finite number with an escaped pointer", () => {
    const text = '{"a":[1,{"b~c/d":1e999}],"z":2}';
    expect(findNonFinite(JSON.parse(text), text)).toEqual({ pointer: "/a/1/b~0c~1d", name: "a.1.b~c/d" });
    expect(findNonFinite(JSON.parse('{"a":1e308}'), '{"a":1e308}')).toBeUndefined();
    expect(findNonFinite(JSON.parse("1e400"), "1e400")).toEqual({ pointer: "/", name: "the body" });
  });

  it("does not cache dynamic answers or large bodies", () => {
    const parts = { operationId: "op", method: "POST", target: "/x", headers: {}, body: new TextEncoder().encode("{}"), text: () => "{}" };
    expect(cacheKeyOf(parts, false)).toBeTypeOf("string");
    expect(cacheKeyOf(parts, true)).toBeUndefined();
    expect(cacheKeyOf({ ...parts, body: new Uint8Array(MAX_CACHED_BODY_BYTES + 1) }, false)).toBeUndefined();
    expect(cacheKeyOf({ ...parts, text: () => '{"a":1}' }, false)).not.toBe(cacheKeyOf(parts, false));
    expect(cacheKeyOf({ ...parts, headers: { authorization: "Bearer a" } }, false)).not.toBe(cacheKeyOf({ ...parts, headers: { authorization: "Bearer b" } }, false));
  });
});

describe("reusing Prism's mocker output", () => {
  type Options = Parameters<typeof mockKeyOf>[0];
  const options = (over: { validations?: unknown[]; dynamic?: boolean; accept?: string; callbacks?: unknown[]; code?: number }): Options =>
    ({
      resource: { id: "op1", method: "get", path: "/x", responses: [], ...(over.callbacks ? { callbacks: over.callbacks } : {}) },
      input: { data: { method: "get", url: { path: "/x" }, headers: over.accept ? { Accept: over.accept } : {} }, validations: over.validations ?? [] },
      config: { dynamic: over.dynamic ?? false, ...(over.code ? { code: over.code } : {}) },
    }) as unknown as Options;

  it("only for valid, static requests without callbacks, keyed by Accept and Prefer", () => {
    expect(mockKeyOf(options({}))).toBeTypeOf("string");
    expect(mockKeyOf(options({ validations: [{ message: "bad", severity: 0 }] }))).toBeUndefined();
    expect(mockKeyOf(options({ dynamic: true }))).toBeUndefined();
    expect(mockKeyOf(options({ callbacks: [{}] }))).toBeUndefined();
    expect(mockKeyOf(options({ accept: "application/pdf" }))).not.toBe(mockKeyOf(options({ accept: "application/json" })));
    expect(mockKeyOf(options({ code: 404 }))).not.toBe(mockKeyOf(options({})));
  });
});

describe("single steps", () => {
  /** A context as the node front makes it; what the step answers is in its reply. */
  function contextFor(request: { method: string; url: string; headers: Record<string, string> }, deps: Partial<PipelineDeps> = {}) {
    const all = { profile: profiles.telnyx, hosts: hostPolicy("127.0.0.1"), controlOrigins: new ControlOrigins(), spec: () => undefined, ...deps } as unknown as PipelineDeps;
    const context = beginRequest(request, all) as NodeContext;
    const sent = {
      get status() {
        return context.reply.status;
      },
      get body() {
        return String(context.reply.body);
      },
    };
    return { context, sent };
  }

  it("guardHost refuses a foreign Host in the provider's format", () => {
    const { context, sent } = contextFor({ method: "GET", url: "/10dlc/brand", headers: { host: "evil.example" } });
    expect(guardHost(context)).toBe("done");
    expect(sent.status).toBe(403);
    expect(JSON.parse(sent.body!).errors[0].title).toBe("Host not allowed");
  });

  it("guardControl wants JSON on control POSTs and the token when one is set", () => {
    const plain = contextFor({ method: "POST", url: "/__mock/reset", headers: { "content-type": "text/plain" } });
    expect(guardControl(plain.context)).toBe("done");
    expect(plain.sent.status).toBe(415);
    const json = contextFor({ method: "POST", url: "/__mock/reset", headers: { "content-type": "application/json; charset=utf-8" } });
    expect(guardControl(json.context)).toBe("next");
    const noToken = contextFor({ method: "GET", url: "/__mock/health", headers: {} }, { controlToken: "t" });
    expect(guardControl(noToken.context)).toBe("done");
    expect(noToken.sent.status).toBe(401);
    const api = contextFor({ method: "POST", url: "/10dlc/brand", headers: { "content-type": "text/plain" } }, { controlToken: "t" });
    expect(guardControl(api.context)).toBe("next");
  });
});
