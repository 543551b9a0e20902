// The stateful layer of the mocks. After Prism has validated a request and produced its
// example-based answer, the engine (for the resources it keeps) answers from memory instead:
// creations are stored (the answer is the spec's example with the request's fields and a new id,
// so it still matches the response schema), reads and lists see them, updates change them,
// deletes remove them, and statuses move on the virtual clock, sending signed webhooks.
import { randomUUID } from "node:crypto";
import type { VirtualClock } from "./clock.js";
import { getPath, setPath } from "./paths.js";
import type { ResourceDef } from "./resources.js";
import type { WebhookSender } from "./webhooks.js";

type Json = Record<string, unknown>;

export interface StateRequest {
  method: string;
  /** The operation's path template, e.g. "/10dlc/brand/{brandId}". */
  template: string;
  params: Record<string, string>;
  query: Record<string, string | string[]>;
  body: unknown;
  /** Prism's answer, already valid for the operation. */
  status: number;
  output: unknown;
  /** The operation's x-pagination, for lists. */
  pagination?: { pageParam?: string; sizeParam?: string; items?: string; total?: string; totalPages?: string };
}

export type StateReply =
  | { status: number; body: unknown }
  | { error: { status: number; title: string; detail: string; pointer?: string } };

interface Entry {
  object: Json;
  /** Virtual time its lifecycle started, if it has. */
  lifecycleStart?: number;
  /** How many lifecycle transitions have been applied. */
  applied: number;
  /** The parent's id, for nested lists. */
  parentId?: string;
}

export class StateEngine {
  private readonly stores = new Map<string, Map<string, Entry>>();
  private seeds: Array<{ def: ResourceDef; object: Json }> = [];
  /** Where webhooks of resources without their own URL go (set through the control API). */
  defaultWebhookUrl: string | undefined;

  constructor(
    private readonly defs: ResourceDef[],
    private readonly clock: VirtualClock,
    private readonly webhooks: WebhookSender,
  ) {
    for (const def of defs) this.stores.set(def.name, new Map());
  }

  /** Example objects from the spec, so example ids answer and a frontend starts with data. */
  seed(examples: Array<{ resource: string; object: Json }>): void {
    this.seeds = examples.flatMap(({ resource, object }) => {
      const def = this.defs.find((d) => d.name === resource);
      return def ? [{ def, object }] : [];
    });
    this.reset();
  }

  reset(): void {
    for (const store of this.stores.values()) store.clear();
    for (const { def, object } of this.seeds) this.put(def, structuredClone(object));
  }

  /** Adds fixture objects: `{ "brand": [{...}, ...], ... }`. Returns how many were loaded. */
  load(fixtures: Record<string, unknown>): number {
    let count = 0;
    for (const [name, objects] of Object.entries(fixtures)) {
      const def = this.defs.find((d) => d.name === name);
      if (!def) throw new Error(`Unknown resource "${name}"; known: ${this.defs.map((d) => d.name).join(", ")}`);
      if (!Array.isArray(objects)) throw new Error(`Fixtures for "${name}" must be an array of objects.`);
      for (const object of objects as Json[]) {
        if (object[def.idField] === undefined) throw new Error(`A "${name}" fixture has no ${def.idField}.`);
        this.put(def, structuredClone(object));
        count++;
      }
    }
    return count;
  }

  resources(): Record<string, number> {
    return Object.fromEntries([...this.stores].map(([name, store]) => [name, store.size]));
  }

  /** The engine's answer, or undefined when the request is not about a kept resource. */
  handle(request: StateRequest): StateReply | undefined {
    this.tick();
    const route = `${request.method} ${request.template}`;
    for (const def of this.defs) {
      if (def.create === route) return this.create(def, request);
      if (request.method === "GET" && def.list === request.template && def.list !== def.item) return this.list(def, request);
      if (def.item === request.template) return this.onItem(def, request);
      if (request.method === "POST" && def.actions?.[request.template]) return this.action(def, request, def.actions[request.template]!);
    }
    return undefined;
  }

  /** Applies due lifecycle transitions and sends their webhooks. */
  tick(): void {
    const now = this.clock.now();
    for (const def of this.defs) {
      for (const entry of this.stores.get(def.name)!.values()) {
        const lifecycle = def.lifecycle ?? [];
        if (entry.lifecycleStart === undefined) continue;
        while (entry.applied < lifecycle.length && entry.lifecycleStart + lifecycle[entry.applied]!.after * 1000 <= now) {
          const transition = lifecycle[entry.applied]!;
          for (const [field, value] of Object.entries(transition.set)) setPath(entry.object, field, value);
          touch(entry.object, now);
          entry.applied++;
          if (transition.webhook) this.notify(def, entry.object, transition.webhook);
        }
      }
    }
  }

  private put(def: ResourceDef, object: Json, lifecycleStart?: number, parentId?: string): Entry {
    // Seeds and fixtures name their parent in the field of the same name (brand_id, campaignId...).
    parentId ??= def.parent && object[def.parent.key] !== undefined ? String(object[def.parent.key]) : undefined;
    const entry: Entry = { object, applied: 0, ...(lifecycleStart !== undefined ? { lifecycleStart } : {}), ...(parentId ? { parentId } : {}) };
    this.stores.get(def.name)!.set(String(object[def.idField]), entry);
    return entry;
  }

  private create(def: ResourceDef, request: StateRequest): StateReply {
    const body = (request.body ?? {}) as Json;
    let parentId: string | undefined;
    if (def.parent) {
      parentId = def.parent.from === "path" ? request.params[def.parent.key] : (body[def.parent.key] as string | undefined);
      if (parentId === undefined || !this.stores.get(def.parent.resource)!.has(String(parentId))) {
        return {
          error: {
            status: def.parent.from === "path" ? 404 : 422,
            title: `Unknown ${def.parent.resource}`,
            detail: `No ${def.parent.resource} with id ${JSON.stringify(parentId)} exists; create it first.`,
            ...(def.parent.from === "body" ? { pointer: `/${def.parent.key}` } : {}),
          },
        };
      }
    }
    const answer = unwrap(def, request.output);
    const object: Json = structuredClone(answer.object);
    // The request's fields and path parameters, where the answer has a field of that name.
    for (const [key, value] of [...Object.entries(request.params), ...Object.entries(body)]) {
      if (key in object && !(value instanceof Blob) && typeof value !== "object") object[key] = value;
      else if (key in object && Array.isArray(value) && Array.isArray(object[key])) object[key] = value;
    }
    object[def.idField] = def.newId(body);
    if (typeof object[def.idField] !== "string" || object[def.idField] === "undefined") object[def.idField] = randomUUID();
    for (const [field, value] of Object.entries(def.initial ?? {})) setPath(object, field, structuredClone(value));
    const now = this.clock.now();
    stamp(object, now);
    const entry = this.put(def, object, def.lifecycleStartsOn === "action" ? undefined : now, parentId);
    return { status: request.status, body: answer.wrap(entry.object) };
  }

  private onItem(def: ResourceDef, request: StateRequest): StateReply {
    const id = request.params[lastParam(def.item)]!;
    const store = this.stores.get(def.name)!;
    const entry = store.get(id);
    if (!entry) return { error: { status: 404, title: "Resource not found", detail: `No ${def.name} with id ${id} exists.` } };
    const answer = unwrap(def, request.output);
    switch (request.method) {
      case "GET":
        return { status: request.status, body: answer.wrap(entry.object) };
      case "PUT":
      case "PATCH": {
        // A merge: fields sent replace stored ones, fields left out keep their values.
        for (const [key, value] of Object.entries((request.body ?? {}) as Json)) if (key in entry.object) entry.object[key] = value;
        touch(entry.object, this.clock.now());
        return { status: request.status, body: answer.wrap(entry.object) };
      }
      case "DELETE": {
        const refusal = def.refuseDelete?.(entry.object);
        if (refusal) return { error: { status: 422, title: "Cannot delete", detail: refusal } };
        store.delete(id);
        return { status: request.status, body: request.output };
      }
      default:
        return { status: request.status, body: request.output };
    }
  }

  private action(def: ResourceDef, request: StateRequest, action: { set: Record<string, unknown>; startsLifecycle?: boolean }): StateReply {
    const id = request.params[lastParam(def.item)]!;
    const entry = this.stores.get(def.name)!.get(id);
    if (!entry) return { error: { status: 404, title: "Resource not found", detail: `No ${def.name} with id ${id} exists.` } };
    for (const [field, value] of Object.entries(action.set)) setPath(entry.object, field, structuredClone(value));
    const now = this.clock.now();
    touch(entry.object, now);
    if (action.startsLifecycle) {
      entry.lifecycleStart = now;
      entry.applied = 0;
    }
    const answer = unwrap(def, request.output);
    return { status: request.status, body: answer.wrap(entry.object) };
  }

  private list(def: ResourceDef, request: StateRequest): StateReply {
    const paging = request.pagination ?? {};
    const reserved = new Set([paging.pageParam, paging.sizeParam, "page", "sort"].filter(Boolean) as string[]);
    const parentId = def.parent?.from === "path" ? request.params[def.parent.key] : undefined;
    const all = [...this.stores.get(def.name)!.values()]
      .filter((entry) => parentId === undefined || entry.parentId === parentId)
      .map((entry) => entry.object)
      // A query parameter named like a field filters on it (e.g. GET /10dlc/campaign?brandId=...).
      .filter((object) => Object.entries(request.query).every(([key, value]) => reserved.has(key) || !(key in object) || String(object[key]) === String(value)));
    const page = Math.max(1, Number(firstValue(request.query[paging.pageParam ?? ""]) ?? 1) || 1);
    const size = Math.max(1, Number(firstValue(request.query[paging.sizeParam ?? ""]) ?? 10) || 10);
    const slice = all.slice((page - 1) * size, page * size);
    const output = structuredClone(request.output);
    if (Array.isArray(output)) return { status: request.status, body: all };
    const envelope = (output ?? {}) as Json;
    setPath(envelope, paging.items ?? (def.envelope === "data" ? "data" : "records"), slice);
    if (paging.total) setPath(envelope, paging.total, all.length);
    if (paging.totalPages) setPath(envelope, paging.totalPages, Math.max(1, Math.ceil(all.length / size)));
    for (const field of ["page", "page_number", "meta.page_number"]) if (getPath(envelope, field) !== undefined) setPath(envelope, field, page);
    for (const field of ["page_size", "meta.page_size"]) if (getPath(envelope, field) !== undefined) setPath(envelope, field, size);
    for (const field of ["total_items", "meta.total_results"]) if (getPath(envelope, field) !== undefined) setPath(envelope, field, all.length);
    return { status: request.status, body: envelope };
  }

  private notify(def: ResourceDef, object: Json, event: string): void {
    const url = (def.webhookUrlField ? (object[def.webhookUrlField] as string | undefined) : undefined) ?? this.defaultWebhookUrl;
    if (!url) return;
    this.webhooks.send(event, url, webhookPayload(event, object, url));
  }
}

/** The Telnyx webhook bodies for the events the lifecycles send. */
function webhookPayload(event: string, object: Json, url: string): unknown {
  const now = new Date().toISOString();
  switch (event) {
    case "campaignStatusUpdate":
      return {
        brandId: object.brandId,
        campaignId: object.campaignId,
        createDate: String(Math.floor(Date.now() / 1000)),
        cspId: object.cspId ?? "S0MOCK1",
        isTMobileRegistered: object.campaignStatus === "MNO_PROVISIONED",
        type: object.campaignStatus === "MNO_PROVISIONED" ? "MNO_REVIEW" : "REGISTRATION",
        description: `Campaign is now ${String(object.campaignStatus)}.`,
        status: "ACCEPTED",
      };
    case "numberOrderStatusUpdate":
      return {
        data: { event_type: "number_order.complete", id: randomUUID(), occurred_at: now, record_type: "event", payload: object },
        meta: { attempt: 1, delivered_to: url },
      };
    default:
      return {
        data: {
          id: randomUUID(),
          record_type: "porting_event",
          event_type: event,
          payload_status: "completed",
          available_notification_methods: ["webhook"],
          porting_order_id: object.id,
          payload: { id: object.id, status: object.status, customer_reference: object.customer_reference, support_key: object.support_key, updated_at: now, webhook_url: url },
          created_at: now,
          updated_at: now,
        },
      };
  }
}

/** The object inside Prism's answer, and how to put a stored object back in the same envelope. */
function unwrap(def: ResourceDef, output: unknown): { object: Json; wrap: (object: Json) => unknown } {
  if (def.envelope === "data") {
    const data = (output as Json | undefined)?.data;
    const envelope = (output ?? {}) as Json;
    if (Array.isArray(data)) return { object: (data[0] ?? {}) as Json, wrap: (object) => ({ ...envelope, data: [object] }) };
    return { object: (data ?? {}) as Json, wrap: (object) => ({ ...envelope, data: object }) };
  }
  return { object: (output ?? {}) as Json, wrap: (object) => object };
}

function lastParam(template: string): string {
  return [...template.matchAll(/\{([^}]+)\}/g)].pop()![1]!;
}

function firstValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

const CREATED = ["created_at", "createdAt", "created_date"];
const UPDATED = ["updated_at", "updatedAt", "last_updated"];

function stamp(object: Json, now: number): void {
  for (const field of CREATED) if (field in object) object[field] = new Date(now).toISOString();
  touch(object, now);
}

function touch(object: Json, now: number): void {
  for (const field of UPDATED) if (field in object) object[field] = new Date(now).toISOString();
}
