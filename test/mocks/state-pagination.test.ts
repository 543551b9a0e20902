// Stateful lists page correctly for every spec: the operation's x-pagination where it has one,
// the provider's usual paging where it has none, and `page` / `page_size` with the example page's
// own items and count fields otherwise. Before, a list without x-pagination kept the example's
// count next to the kept items (`{"records": [], "totalRecords": 1}`).
import { describe, expect, it } from "vitest";
import { profiles } from "../../mocks/providers/index.js";
import { VirtualClock } from "../../mocks/state/clock.js";
import { StateEngine, type StateRequest } from "../../mocks/state/engine.js";
import type { ResourceDef } from "../../mocks/state/resource-def.js";
import { WebhookSender } from "../../mocks/state/webhooks.js";

let nextId = 0;
const widget: ResourceDef = {
  name: "widget",
  label: "widget",
  create: "POST /widgets",
  list: "/widgets",
  item: "/widgets/{id}",
  idField: "id",
  envelope: "flat",
  newId: () => `widget-${nextId++}`,
};

function engineOf(defs: ResourceDef[]): StateEngine {
  return new StateEngine(defs, new VirtualClock(0), new WebhookSender(), { log: () => undefined });
}

function handle(engine: StateEngine, request: Partial<StateRequest> & Pick<StateRequest, "method" | "template" | "output">) {
  return engine.handle({ params: {}, query: {}, body: {}, status: 200, ...request }) as { status: number; body: Record<string, unknown> };
}

describe("lists without x-pagination", () => {
  it("page with page and page_size, into the example page's items, and correct its count", () => {
    const engine = engineOf([widget]);
    for (let index = 0; index < 5; index++) handle(engine, { method: "POST", template: "/widgets", output: { id: "example", name: "x" } });
    const example = { records: [{ id: "example", name: "x" }], totalRecords: 1 };
    const second = handle(engine, { method: "GET", template: "/widgets", query: { page: "2", page_size: "2" }, output: example });
    expect((second.body.records as Array<{ id: string }>).map((w) => w.id)).toEqual(["widget-2", "widget-3"]);
    expect(second.body.totalRecords).toBe(5);
    const last = handle(engine, { method: "GET", template: "/widgets", query: { page: "3", page_size: "2" }, output: example });
    expect(last.body.records).toHaveLength(1);
  });

  it("find HAL items under _embedded and correct total_items and total_pages", () => {
    const engine = engineOf([widget]);
    for (let index = 0; index < 3; index++) handle(engine, { method: "POST", template: "/widgets", output: { id: "example" } });
    const page = handle(engine, { method: "GET", template: "/widgets", query: { page_size: "2" }, output: { _embedded: { widgets: [] }, total_items: 40, total_pages: 20 } });
    expect((page.body._embedded as { widgets: unknown[] }).widgets).toHaveLength(2);
    expect(page.body).toMatchObject({ total_items: 3, total_pages: 2 });
  });

  it("use the provider's paging when the operation declares none: Telnyx v2 lists take page[number] and page[size]", () => {
    const engine = engineOf(profiles.telnyx.resources);
    for (const number of ["+13125550101", "+13125550102", "+13125550103"]) {
      handle(engine, { method: "POST", template: "/number_orders", body: { phone_numbers: [{ phone_number: number }] }, output: { data: { id: "x", status: "pending", phone_numbers: [{ phone_number: "" }] } } });
    }
    const page = handle(engine, {
      method: "GET",
      template: "/number_orders",
      query: { "page[number]": "2", "page[size]": "2" },
      output: { data: [], meta: { page_number: 1, page_size: 20, total_pages: 9, total_results: 99 } },
    });
    expect(page.body.data).toHaveLength(1);
    expect(page.body.meta).toEqual({ page_number: 2, page_size: 2, total_pages: 2, total_results: 3 });
  });
});
