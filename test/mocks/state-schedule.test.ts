// The engine keeps lifecycle steps in a queue by due time instead of scanning every stored object
// on each request and tick (which made a mock slow down for good after a few thousand creations),
// and answers unfiltered lists from the page alone. These tests pin what must not change with
// that: which steps run, when, in what order, and what a list page and its totals say.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { VirtualClock } from "../../mocks/state/clock.js";
import { DueQueue } from "../../mocks/state/due-queue.js";
import { StateEngine } from "../../mocks/state/engine.js";
import type { ResourceDef } from "../../mocks/state/resource-def.js";
import { WebhookSender } from "../../mocks/state/webhooks.js";

let nextId = 0;
const order: ResourceDef = {
  name: "order",
  label: "order",
  create: "POST /orders",
  list: "/orders",
  item: "/orders/{id}",
  idField: "id",
  envelope: "flat",
  newId: () => `order-${nextId++}`,
  initial: { status: "draft" },
  lifecycleStartsOn: "action",
  actions: { "/orders/{id}/submit": { set: { status: "submitted" }, startsLifecycle: true } },
  lifecycle: [
    { after: 10, set: { status: "accepted" } },
    { after: 20, set: { status: "done" } },
  ],
};
const note: ResourceDef = {
  name: "note",
  label: "note",
  create: "POST /notes",
  list: "/notes",
  item: "/notes/{id}",
  idField: "id",
  envelope: "flat",
  newId: () => `note-${nextId++}`,
  initial: { status: "new" },
  lifecycle: [{ after: 5, set: { status: "seen" } }],
};

function engineWith(clock: VirtualClock) {
  return new StateEngine([order, note], clock, new WebhookSender(), { log: () => undefined });
}
const call = (engine: StateEngine, method: string, template: string, params: Record<string, string> = {}, query: Record<string, string> = {}) =>
  engine.handle({ method, template, params, query, body: {}, status: 200, output: { id: "x", status: "", tag: "" } }) as { status: number; body: Record<string, unknown> };
const create = (engine: StateEngine, template: "/orders" | "/notes") => String(call(engine, "POST", template).body.id);
const statusOf = (engine: StateEngine, kind: "orders" | "notes", id: string) => call(engine, "GET", `/${kind}/{id}`, { id }).body.status;

describe("lifecycle steps from the due queue", () => {
  it("runs every due step once, at its time, for objects created at different times", () => {
    const clock = new VirtualClock(0);
    const engine = engineWith(clock);
    const early = create(engine, "/notes");
    clock.advance(3000);
    const late = create(engine, "/notes");
    clock.advance(2000); // early is 5 s old, late 2 s
    engine.tick();
    expect([statusOf(engine, "notes", early), statusOf(engine, "notes", late)]).toEqual(["seen", "new"]);
    clock.advance(3000);
    expect(statusOf(engine, "notes", late)).toBe("seen");
  });

  it("starts a lifecycle on the action, restarts it on a second one, and ignores deleted objects", () => {
    const clock = new VirtualClock(0);
    const engine = engineWith(clock);
    const kept = create(engine, "/orders");
    const gone = create(engine, "/orders");
    clock.advance(60_000);
    expect(statusOf(engine, "orders", kept)).toBe("draft"); // nothing runs before the action
    call(engine, "POST", "/orders/{id}/submit", { id: kept });
    call(engine, "POST", "/orders/{id}/submit", { id: gone });
    expect(call(engine, "DELETE", "/orders/{id}", { id: gone }).status).toBe(200);
    clock.advance(8000);
    call(engine, "POST", "/orders/{id}/submit", { id: kept }); // restart: steps count from now
    clock.advance(8000);
    expect(statusOf(engine, "orders", kept)).toBe("submitted");
    clock.advance(2000);
    expect(statusOf(engine, "orders", kept)).toBe("accepted");
    clock.advance(10_000);
    expect(statusOf(engine, "orders", kept)).toBe("done");
    expect(call(engine, "GET", "/orders/{id}", { id: gone })).toHaveProperty("error.status", 404);
  });

  it("forgets scheduled steps on reset", () => {
    const clock = new VirtualClock(0);
    const engine = engineWith(clock);
    create(engine, "/notes");
    engine.reset();
    const fresh = create(engine, "/notes");
    clock.advance(5000);
    expect(statusOf(engine, "notes", fresh)).toBe("seen");
    expect(engine.resources().note).toBe(1);
  });
});

describe("DueQueue", () => {
  it("pops in due order, ties in insertion order, only what is due (seeded)", () => {
    const seed = 20261201;
    console.log(`DueQueue property seed ${seed}`);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 50 }), { maxLength: 200 }), fc.integer({ min: 0, max: 50 }), (times, now) => {
        const queue = new DueQueue<number>();
        times.forEach((at, index) => queue.push(at, index));
        const popped: Array<{ at: number; item: number }> = [];
        for (let next = queue.popDue(now); next; next = queue.popDue(now)) popped.push(next);
        const expected = times
          .map((at, index) => ({ at, item: index }))
          .filter(({ at }) => at <= now)
          .sort((a, b) => a.at - b.at || a.item - b.item);
        expect(popped).toEqual(expected);
        expect(queue.size).toBe(times.length - expected.length);
      }),
      { seed, numRuns: 200 },
    );
  });
});

describe("list pages", () => {
  it("pages an unfiltered list and a filtered one with the same totals a full scan gives", () => {
    const clock = new VirtualClock(0);
    const engine = engineWith(clock);
    const before = engine.resources().note ?? 0;
    const ids = Array.from({ length: 25 }, () => create(engine, "/notes"));
    const pagination = { pageParam: "page", sizeParam: "size", items: "items", total: "total" };
    const list = (query: Record<string, string>) =>
      engine.handle({ method: "GET", template: "/notes", params: {}, query, body: undefined, status: 200, output: { items: [], total: 0 }, pagination }) as {
        body: { items: Array<{ id: string }>; total: number };
      };
    const third = list({ page: "3", size: "10" }).body;
    expect(third.total).toBe(before + 25);
    expect(third.items.map((item) => item.id)).toEqual(ids.slice(20 - before, 30 - before));
    expect(list({ page: "9", size: "10" }).body.items).toEqual([]);
    const filtered = list({ status: "new", page: "2", size: "10" }).body;
    expect(filtered.total).toBe(before + 25);
    expect(filtered.items).toHaveLength(10);
    expect(list({ status: "seen" }).body).toMatchObject({ total: 0, items: [] });
  });
});
