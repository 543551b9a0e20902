// Issue 11, defect 1: advancing the virtual clock far enough used to make every date field throw
// `RangeError: Invalid time value`, and the 250 ms state tick then killed the mock process. The
// clock now refuses steps it cannot represent, dates are formatted clamped, and one failing
// lifecycle step cannot stop the tick for the other resources.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { ClockError, isoTime, MAX_TIME, VirtualClock } from "../../mocks/state/clock.js";
import { StateEngine } from "../../mocks/state/engine.js";
import type { ResourceDef } from "../../mocks/state/resource-def.js";
import { WebhookSender } from "../../mocks/state/webhooks.js";
import type { RunningMock } from "../../mocks/server.js";
import { startMock } from "../support/mocks.js";

describe("VirtualClock", () => {
  it.each([Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -1, 1e16, 1e13 * 1000])("refuses to advance by %s with a ClockError", (ms) => {
    const clock = new VirtualClock(0);
    const before = clock.now();
    expect(() => clock.advance(ms)).toThrow(ClockError);
    expect(clock.now()).toBe(before);
  });

  it("says why a step is too large and how much room is left", () => {
    const clock = new VirtualClock(0);
    const error = (() => {
      try {
        clock.advance(1e16);
      } catch (caught) {
        return caught as Error;
      }
      return undefined;
    })();
    expect(error?.message).toContain("9999-12-31T23:59:59.999Z");
    expect(error?.message).toMatch(/at most \d+ s remain/);
  });

  it("advances up to the last representable instant and no further, even while running fast", () => {
    // Real time is held still between the calls (at 1e9x, one real millisecond on a loaded machine
    // is 11 virtual days, so headroom() and advance() would race), then let run on.
    let real = Date.now();
    const now = vi.spyOn(Date, "now").mockImplementation(() => real);
    try {
      const clock = new VirtualClock(1e9);
      clock.advance(clock.headroom());
      expect(clock.now()).toBe(MAX_TIME);
      expect(clock.headroom()).toBe(0);
      expect(() => clock.advance(1)).toThrow(ClockError);
      real += 1000;
      expect(clock.now()).toBe(MAX_TIME);
      expect(() => new Date(clock.now()).toISOString()).not.toThrow();
    } finally {
      now.mockRestore();
    }
  });

  it("refuses a scale that is not a non-negative finite number", () => {
    for (const scale of [Number.NaN, -1, Number.POSITIVE_INFINITY]) expect(() => new VirtualClock(scale)).toThrow(ClockError);
  });

  it("formats any time value without throwing, clamped into the representable range", () => {
    expect(isoTime(1e16)).toBe("9999-12-31T23:59:59.999Z");
    expect(isoTime(-1e16)).toBe("1970-01-01T00:00:00.000Z");
    expect(isoTime(Number.NaN)).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(isoTime(0)).toBe("1970-01-01T00:00:00.000Z");
  });
});

describe("StateEngine tick", () => {
  const telnyxLike = (name: string, extra: Partial<ResourceDef> = {}): ResourceDef => ({
    name,
    label: name,
    create: `POST /${name}`,
    list: `/${name}`,
    item: `/${name}/{id}`,
    idField: "id",
    envelope: "flat",
    newId: () => `${name}-1`,
    initial: { status: "pending" },
    timestamps: { created: ["created_at"], updated: ["updated_at"] },
    lifecycle: [
      { after: 10, set: { status: "reviewed" }, webhook: "reviewed" },
      { after: 20, set: { status: "done" } },
    ],
    ...extra,
  });
  const create = (engine: StateEngine, name: string) =>
    engine.handle({ method: "POST", template: `/${name}`, params: {}, query: {}, body: {}, status: 200, output: { id: "x", status: "", created_at: "", updated_at: "" } });
  const read = (engine: StateEngine, name: string) =>
    engine.handle({ method: "GET", template: `/${name}/{id}`, params: { id: `${name}-1` }, query: {}, body: undefined, status: 200, output: {} }) as { body: Record<string, unknown> };

  // The same steps without a webhook, so nothing is sent anywhere.
  const quietLifecycle = [
    { after: 10, set: { status: "reviewed" } },
    { after: 20, set: { status: "done" } },
  ];

  it("keeps moving the other resources when one resource's lifecycle step fails", () => {
    const lines: string[] = [];
    const clock = new VirtualClock(0);
    const broken = telnyxLike("broken", {
      webhookUrlField: "hook",
      webhookPayload: () => {
        throw new TypeError("payload builder exploded");
      },
    });
    const engine = new StateEngine([broken, telnyxLike("healthy", { lifecycle: quietLifecycle })], clock, new WebhookSender(), { log: (line) => lines.push(line) });
    engine.defaultWebhookUrl = "http://127.0.0.1:9/never";
    create(engine, "broken");
    create(engine, "healthy");
    clock.advance(30_000);
    expect(() => engine.tick()).not.toThrow();
    // The failing step's field change was applied before the webhook failed; the next step still ran.
    expect(read(engine, "broken").body.status).toBe("done");
    expect(read(engine, "healthy").body.status).toBe("done");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain("broken broken-1");
    expect(lines[0]).toContain("payload builder exploded");
    // A skipped step is not retried on every tick.
    engine.tick();
    expect(lines).toHaveLength(1);
  });

  it("stamps valid dates after the clock is moved to its very end", () => {
    const clock = new VirtualClock(0);
    const engine = new StateEngine([telnyxLike("brand", { lifecycle: quietLifecycle })], clock, new WebhookSender(), { log: () => undefined });
    create(engine, "brand");
    clock.advance(clock.headroom());
    expect(() => engine.tick()).not.toThrow();
    const brand = read(engine, "brand").body;
    expect(brand.status).toBe("done");
    expect(brand.updated_at).toBe("9999-12-31T23:59:59.999Z");
  });
});

describe("Telnyx stateful mock under a hostile clock (over HTTP)", () => {
  let mock: RunningMock;
  const auth = { authorization: "Bearer test-key", "content-type": "application/json" };
  beforeAll(async () => {
    mock = await startMock("telnyx", { stateful: true, clockScale: 0 });
  });
  afterAll(() => mock.close());

  const clockNow = async () => ((await (await fetch(`${mock.url}/__mock/clock`)).json()) as { now: string }).now;

  it("refuses {advance: 1e13} after a brand exists and keeps serving through the next ticks", async () => {
    const created = await fetch(`${mock.url}/10dlc/brand`, {
      method: "POST",
      headers: auth,
      body: JSON.stringify({ entityType: "PRIVATE_PROFIT", displayName: "Clock Co", country: "US", email: "ops@clock.example.com", vertical: "TECHNOLOGY" }),
    });
    expect(created.status).toBe(200);
    const { brandId } = (await created.json()) as { brandId: string };
    const before = await clockNow();

    const advanced = await fetch(`${mock.url}/__mock/clock`, { method: "POST", headers: { "content-type": "application/json" }, body: '{"advance": 1e13}' });
    expect(advanced.status).toBe(400);
    expect(((await advanced.json()) as { error: string }).error).toMatch(/advance/);
    expect(await clockNow()).toBe(before);

    // Let the background tick run a few times (it runs every 250 ms), then the mock must still answer.
    await new Promise((resolve) => setTimeout(resolve, 800));
    const read = await fetch(`${mock.url}/10dlc/brand/${brandId}`, { headers: auth });
    expect(read.status).toBe(200);
    expect(((await read.json()) as { brandId: string }).brandId).toBe(brandId);
  });

  it("near the end of representable time, ticks still stamp valid dates and a step past it is a 400", async () => {
    const created = await fetch(`${mock.url}/10dlc/brand`, {
      method: "POST",
      headers: auth,
      body: JSON.stringify({ entityType: "PRIVATE_PROFIT", displayName: "Far Future Co", country: "US", email: "ops@future.example.com", vertical: "TECHNOLOGY" }),
    });
    const { brandId } = (await created.json()) as { brandId: string };
    // As if a fast clock had run for millennia: an hour short of the last instant.
    mock.state!.clock.advance(mock.state!.clock.headroom() - 3_600_000);
    await new Promise((resolve) => setTimeout(resolve, 600));
    const brand = (await (await fetch(`${mock.url}/10dlc/brand/${brandId}`, { headers: auth })).json()) as { identityStatus: string; updatedAt?: string };
    expect(brand.identityStatus).toBe("VERIFIED");
    expect(brand.updatedAt).toMatch(/^9999-12-31T2/);

    const past = await fetch(`${mock.url}/__mock/clock`, { method: "POST", headers: { "content-type": "application/json" }, body: '{"advance": 7200}' });
    expect(past.status).toBe(400);
    expect(((await past.json()) as { error: string }).error).toContain("9999-12-31T23:59:59.999Z");
    expect(await clockNow()).toMatch(/^9999-12-31T22:59:59\.999Z$/);
    expect((await fetch(`${mock.url}/10dlc/brand/${brandId}`, { headers: auth })).status).toBe(200);
  });
});
