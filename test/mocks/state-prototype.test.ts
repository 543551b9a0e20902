// Issue 11, defect 6: keys that name object machinery (`__proto__`, `constructor`, `toString`,
// `hasOwnProperty`, `valueOf`) used to be stored and echoed, a Vonage PATCH with `__proto__`
// replaced a stored object's prototype, and `?constructor=x` filtered every record away. State is
// now null-prototype data: such keys are plain, unknown field names, and never machinery.
// Bodies are sent as raw JSON text, because JSON.stringify of an object literal would drop
// `__proto__`.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { StateEngine, FixtureError } from "../../mocks/state/engine.js";
import { VirtualClock } from "../../mocks/state/clock.js";
import { getPath, setPath } from "../../mocks/state/paths.js";
import { telnyxResources } from "../../mocks/providers/telnyx/resources.js";
import { WebhookSender } from "../../mocks/state/webhooks.js";
import type { RunningMock } from "../../mocks/server.js";
import { startMock } from "../support/mocks.js";

const MACHINERY = ["__proto__", "constructor", "toString", "hasOwnProperty", "valueOf"];
const telnyxAuth = { authorization: "Bearer test-key", "content-type": "application/json" };
const vonageAuth = { authorization: `Basic ${Buffer.from("test-key:test-secret").toString("base64")}`, "content-type": "application/json" };

/** Nothing reachable from a fresh object changed. */
function expectPrototypeClean(): void {
  const probe = {} as Record<string, unknown>;
  for (const key of ["x", "injected", "polluted", "displayName"]) expect(probe[key]).toBeUndefined();
  expect(Object.getOwnPropertyNames(Object.prototype)).not.toContain("polluted");
}

/** The own keys of a JSON text's top-level object, read without JSON.parse turning them into machinery. */
function ownKeysOf(text: string): string[] {
  return Object.keys(JSON.parse(text) as object);
}

describe("Telnyx stateful mock: prototype keys in bodies and queries", () => {
  let mock: RunningMock;
  beforeAll(async () => {
    mock = await startMock("telnyx", { stateful: true, clockScale: 0 });
  });
  afterAll(() => mock.close());

  const brandJson = (extra: string) =>
    `{"entityType":"PRIVATE_PROFIT","displayName":"Proto Co","country":"US","email":"ops@proto.example.com","vertical":"TECHNOLOGY",${extra}}`;

  it("keeps __proto__, constructor, toString, hasOwnProperty and valueOf out of a created brand", async () => {
    const hostile = `"__proto__":{"x":1,"displayName":"Hijacked"},"constructor":"c","toString":"t","hasOwnProperty":"h","valueOf":"v"`;
    const created = await fetch(`${mock.url}/10dlc/brand`, { method: "POST", headers: telnyxAuth, body: brandJson(hostile) });
    const text = await created.text();
    // Unknown keys are ignored, as Telnyx ignores fields its schema does not name.
    expect(created.status).toBe(200);
    for (const key of MACHINERY) expect(ownKeysOf(text)).not.toContain(key);
    const brand = JSON.parse(text) as { brandId: string; displayName: string };
    expect(brand.displayName).toBe("Proto Co");

    const read = await fetch(`${mock.url}/10dlc/brand/${brand.brandId}`, { headers: telnyxAuth });
    const readText = await read.text();
    expect(read.status).toBe(200);
    for (const key of MACHINERY) expect(ownKeysOf(readText)).not.toContain(key);
    expect((JSON.parse(readText) as { displayName: string }).displayName).toBe("Proto Co");
    expectPrototypeClean();
  });

  it("answers ?constructor=x (and other inherited names) with the records a plain list has", async () => {
    const plain = (await (await fetch(`${mock.url}/10dlc/brand?recordsPerPage=100`, { headers: telnyxAuth })).json()) as { totalRecords: number };
    expect(plain.totalRecords).toBeGreaterThan(0);
    for (const key of ["constructor", "toString", "hasOwnProperty", "valueOf"]) {
      const response = await fetch(`${mock.url}/10dlc/brand?recordsPerPage=100&${key}=x`, { headers: telnyxAuth });
      expect(response.status).toBe(200);
      expect(((await response.json()) as { totalRecords: number }).totalRecords).toBe(plain.totalRecords);
    }
  });

  it("still filters on real fields, including one whose value is an object", async () => {
    const brands = (await (await fetch(`${mock.url}/10dlc/brand?recordsPerPage=100`, { headers: telnyxAuth })).json()) as { records: Array<{ displayName: string }> };
    const wanted = brands.records.filter((b) => b.displayName === "Proto Co").length;
    const filtered = (await (await fetch(`${mock.url}/10dlc/brand?recordsPerPage=100&displayName=Proto%20Co`, { headers: telnyxAuth })).json()) as { records: unknown[] };
    expect(filtered.records).toHaveLength(wanted);
    // Porting orders keep `status` as an object: filtering on it matches nothing and never fails.
    const orders = await fetch(`${mock.url}/porting_orders?status=draft`, { headers: telnyxAuth });
    expect(orders.status).toBe(200);
  });
});

describe("Vonage stateful mock: a PATCH with __proto__", () => {
  let mock: RunningMock;
  beforeAll(async () => {
    mock = await startMock("vonage", { stateful: true, clockScale: 0 });
  });
  afterAll(() => mock.close());

  it("cannot give a stored brand a prototype that later requests see", async () => {
    const list = (await (await fetch(`${mock.url}/brands`, { headers: vonageAuth })).json()) as { _embedded: { brands: Array<{ brand_id: string; display_name: string }> } };
    const { brand_id: id, display_name: name } = list._embedded.brands[0]!;

    const poisoned = await fetch(`${mock.url}/brands/${id}`, { method: "PATCH", headers: vonageAuth, body: '{"__proto__":{"injected":1,"display_name":"Hijacked"}}' });
    expect(poisoned.status).toBeLessThan(500);
    // With a replaced prototype, the engine took `injected` for a field the brand has and stored it.
    const probe = await fetch(`${mock.url}/brands/${id}`, { method: "PATCH", headers: vonageAuth, body: '{"injected":2}' });
    expect(probe.status).toBe(200);
    const probeText = await probe.text();
    expect(ownKeysOf(probeText)).not.toContain("injected");
    expect(ownKeysOf(probeText)).not.toContain("__proto__");

    const read = (await (await fetch(`${mock.url}/brands/${id}`, { headers: vonageAuth })).json()) as Record<string, unknown>;
    expect(read.display_name).toBe(name);
    expect(Object.keys(read)).not.toContain("injected");
    const filtered = (await (await fetch(`${mock.url}/brands?injected=1`, { headers: vonageAuth })).json()) as { _embedded: { brands: unknown[] } };
    expect(filtered._embedded.brands.length).toBe(list._embedded.brands.length);
    expectPrototypeClean();
  });
});

describe("fixtures: an object of arrays of objects, without prototype keys", () => {
  let mock: RunningMock;
  beforeAll(async () => {
    mock = await startMock("telnyx", { stateful: true, clockScale: 0 });
  });
  afterAll(() => mock.close());

  const post = (body: string) => fetch(`${mock.url}/__mock/fixtures`, { method: "POST", headers: { "content-type": "application/json" }, body });
  const counts = async () => ((await (await fetch(`${mock.url}/__mock/state`)).json()) as { resources: Record<string, number> }).resources;

  it.each([
    ['{"brand":[{"brandId":"f-1","__proto__":{"polluted":true}}]}', /__proto__.*brand\[0\]\.__proto__/],
    ['{"__proto__":{"polluted":true}}', /__proto__/],
    ['{"brand":"f-1"}', /must be an array of objects/],
    ['{"brand":[1]}', /brand\[0\] must be an object/],
    ['{"brand":[{"displayName":"no id"}]}', /brand\[0\] has no brandId/],
    ['{"constructor":[{"brandId":"f-2"}]}', /Unknown resource "constructor"/],
    ['{"toString":[]}', /Unknown resource "toString"/],
  ])("refuses %s with a 400 that says why, and loads nothing", async (body, reason) => {
    const before = await counts();
    const response = await post(body);
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: string }).error).toMatch(reason);
    expect(await counts()).toEqual(before);
    expectPrototypeClean();
  });

  it("loads nothing when one fixture of several is bad", async () => {
    const before = await counts();
    const response = await post('{"brand":[{"brandId":"good-1","displayName":"Good"},{"displayName":"bad, no id"}]}');
    expect(response.status).toBe(400);
    expect(await counts()).toEqual(before);
    const good = await fetch(`${mock.url}/10dlc/brand/good-1`, { headers: telnyxAuth });
    expect(good.status).toBe(404);
  });
});

describe("StateEngine.load and paths.ts", () => {
  const engine = () => new StateEngine(telnyxResources, new VirtualClock(0), new WebhookSender(), { log: () => undefined });

  it("refuses input that is not an object of arrays", () => {
    for (const input of [null, [], "brand", 42, [{ brand: [] }]]) expect(() => engine().load(input)).toThrow(FixtureError);
  });

  it("keeps a loaded fixture's inherited-looking keys as plain data", () => {
    const state = engine();
    expect(state.load(JSON.parse('{"brand":[{"brandId":"b-1","constructor":"c","nested":{"toString":"t"}}]}'))).toBe(1);
    const reply = state.handle({ method: "GET", template: "/10dlc/brand/{brandId}", params: { brandId: "b-1" }, query: {}, body: undefined, status: 200, output: {} });
    expect(reply).toMatchObject({ status: 200 });
    const body = (reply as { body: Record<string, unknown> }).body;
    expect(Object.hasOwn(body, "constructor")).toBe(true);
    expect(JSON.stringify(body)).toBe('{"brandId":"b-1","constructor":"c","nested":{"toString":"t"}}');
  });

  it("getPath reads own properties only", () => {
    expect(getPath({}, "constructor")).toBeUndefined();
    expect(getPath({}, "toString")).toBeUndefined();
    expect(getPath({ a: {} }, "a.__proto__.hasOwnProperty")).toBeUndefined();
    expect(getPath({ a: { b: 1 } }, "a.b")).toBe(1);
  });

  it("setPath writes own properties, even for __proto__ and constructor segments", () => {
    const target: Record<string, unknown> = {};
    setPath(target, "__proto__.polluted", true);
    setPath(target, "constructor.prototype.polluted", true);
    setPath(target, "a.b", 1);
    expectPrototypeClean();
    expect(Object.getPrototypeOf(target)).toBe(Object.prototype);
    expect(JSON.stringify(target)).toBe('{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"a":{"b":1}}');
  });
});
