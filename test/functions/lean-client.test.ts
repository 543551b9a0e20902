// A function needs no facade: a config from createTelnyxConfig / createVonageConfig, or a plain
// object literal, is the whole client. Credentials come from the options or the environment, and
// a path parameter can never make a call address another resource.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createTelnyxConfig, messaging10dlcBrandRetrieve, type ClientConfig } from "../../generated/telnyx/index.js";
import { brandsList, createVonageConfig } from "../../generated/vonage/functions.js";
import { startScriptedServer, type ScriptedServer } from "../support/server.js";

let server: ScriptedServer;
beforeAll(async () => {
  server = await startScriptedServer();
});
afterAll(() => server.close());
afterEach(() => {
  delete process.env.TELNYX_API_KEY;
});

describe("a function with a lean client", () => {
  it("works with a plain object as its config: base URL, headers, its own fetch", async () => {
    server.handle(() => ({ body: { brandId: "b-1" } }));
    const fetched: string[] = [];
    const config: ClientConfig = {
      baseUrl: `${server.url}/`,
      headers: { "x-team": "billing" },
      fetch: (request) => {
        fetched.push(`${request.method} ${new URL(request.url).pathname}`);
        return fetch(request);
      },
    };
    await expect(messaging10dlcBrandRetrieve(config, "b-1")).resolves.toEqual({ brandId: "b-1" });
    expect(fetched).toEqual(["GET /10dlc/brand/b-1"]);
    const seen = server.requests.at(-1)!;
    expect(seen.headers["x-team"]).toBe("billing");
    // No credentials configured: none sent.
    expect(seen.headers.authorization).toBeUndefined();
  });

  it("takes the Telnyx API key from the environment when none is passed", async () => {
    server.handle(() => ({ body: { brandId: "b-2" } }));
    process.env.TELNYX_API_KEY = "from-env";
    const { data, response } = await messaging10dlcBrandRetrieve(createTelnyxConfig({ baseUrl: server.url }), "b-2").withResponse();
    expect(data.brandId).toBe("b-2");
    expect(response.status).toBe(200);
    expect(server.requests.at(-1)!.headers.authorization).toBe("Bearer from-env");
  });

  it("sends Vonage's key and secret as Basic credentials, and pages like the facade", async () => {
    server.handle(() => ({ body: { page: 1, total_pages: 1, _embedded: { brands: [{ id: "v-1" }] } } }));
    const config = createVonageConfig({ apiKey: "key", apiSecret: "secret", baseUrl: server.url });
    const items: unknown[] = [];
    for await (const brand of brandsList(config)) items.push(brand);
    expect(items).toEqual([{ id: "v-1" }]);
    expect(server.requests.at(-1)!.headers.authorization).toBe(`Basic ${Buffer.from("key:secret").toString("base64")}`);
  });
});

describe("hostile input", () => {
  const config = () => createTelnyxConfig({ apiKey: "k", baseUrl: server.url, maxRetries: 0 });

  it.each(["", ".", ".."])("refuses %j before sending anything: it would address another resource", async (value) => {
    const before = server.requests.length;
    const error = await messaging10dlcBrandRetrieve(config(), value).then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(TypeError);
    expect((error as Error).message).toBe(
      `GET /10dlc/brand/{brandId}: the path parameter brandId may not be ${JSON.stringify(value)}, which would address another resource`,
    );
    expect(server.requests.length).toBe(before);
  });

  it("keeps slashes, query and fragment characters and encoded dots inside the parameter's own segment", async () => {
    server.handle(() => ({ body: {} }));
    for (const value of ["../campaign", "a?b=c#d", "%2e%2e", "..."]) await messaging10dlcBrandRetrieve(config(), value);
    expect(server.requests.slice(-4).map((request) => request.url)).toEqual([
      "/10dlc/brand/..%2Fcampaign",
      "/10dlc/brand/a%3Fb%3Dc%23d",
      "/10dlc/brand/%252e%252e",
      "/10dlc/brand/...",
    ]);
  });

  it("refuses a header value with a line break before sending, without quoting its value, and does not retry", async () => {
    const before = server.requests.length;
    const fetched: string[] = [];
    const counting = createTelnyxConfig({ apiKey: "k", baseUrl: server.url, fetch: (request) => (fetched.push(request.url), fetch(request)) });
    for (const config of [createTelnyxConfig({ apiKey: "k", baseUrl: server.url }), counting]) {
      const error = await messaging10dlcBrandRetrieve(config, "b-1", { headers: { "x-note": "secret-1\r\nx-injected: 1" } }).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(TypeError);
      expect((error as Error).message).toBe("GET /10dlc/brand/{brandId}: fetch refuses the request: the base URL or a header is not valid");
      expect((error as Error).message).not.toContain("secret-1");
    }
    expect(fetched).toEqual([]);
    expect(server.requests.length).toBe(before);
  });

  it("refuses a base URL that makes no valid URL at once, instead of retrying it as a connection error", async () => {
    const error = await messaging10dlcBrandRetrieve(createTelnyxConfig({ apiKey: "k", baseUrl: "api.telnyx.com/v2" }), "b-1").then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(TypeError);
    expect((error as Error).message).toBe("GET /10dlc/brand/{brandId}: fetch refuses the request: the base URL or a header is not valid");
  });
});
