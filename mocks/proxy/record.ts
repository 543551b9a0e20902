// Recording: the objects of the resources the stateful mock keeps, as the real API answered them,
// written as fixtures `engine.load` accepts (`{ "<resource>": [objects] }`). One file per run,
// DIR/<provider>-<time>-<pid>-<n>.json, rewritten (atomically) after each recorded exchange, so a run
// that is killed still leaves what it saw. The same object seen again (read after create, or in a
// list) replaces the earlier copy.
import { mkdirSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { ResourceDef } from "../state/resource-def.js";
import { getPath } from "../state/paths.js";
import type { MockProfile } from "../providers/index.js";
import { sanitize } from "./mask.js";

export interface RecordedExchange {
  method: string;
  /** The operation's path template. */
  template: string;
  status: number;
  body: unknown;
  /** The operation's x-pagination (`items` names a list's items field). */
  pagination?: { items?: string };
}

/** Two recorders started in the same millisecond by one process still write two files. */
let started = 0;

export class Recorder {
  readonly file: string;
  private readonly objects = new Map<string, Map<string, unknown>>();

  constructor(
    dir: string,
    private readonly profile: MockProfile,
    private readonly keepPii: boolean,
  ) {
    mkdirSync(dir, { recursive: true });
    const stamp = new Date().toISOString().replace(/[:.]/g, "-");
    started += 1;
    this.file = path.join(dir, `${profile.id}-${stamp}-${process.pid}-${String(started).padStart(4, "0")}.json`);
  }

  /** Records the exchange if it answers with objects of a kept resource; returns how many. */
  offer(exchange: RecordedExchange): number {
    if (exchange.status < 200 || exchange.status >= 300) return 0;
    let count = 0;
    for (const def of this.profile.resources) {
      for (const object of objectsOf(def, exchange)) {
        const clean = sanitize(object, { keepPii: this.keepPii }) as Record<string, unknown>;
        const id = clean[def.idField];
        if (!isId(id)) continue;
        let store = this.objects.get(def.name);
        if (!store) this.objects.set(def.name, (store = new Map()));
        store.delete(String(id)); // the newest copy goes last
        store.set(String(id), clean);
        count += 1;
      }
    }
    if (count > 0) this.flush();
    return count;
  }

  fixtures(): Record<string, unknown[]> {
    return Object.fromEntries([...this.objects].map(([name, store]) => [name, [...store.values()]]));
  }

  private flush(): void {
    const temporary = `${this.file}.tmp`;
    writeFileSync(temporary, `${JSON.stringify(this.fixtures(), null, 2)}\n`);
    renameSync(temporary, this.file);
  }
}

/** The objects of `def` in an answer: a created, read or changed object, or a list page's items. */
function objectsOf(def: ResourceDef, exchange: RecordedExchange): unknown[] {
  const { method, template, body } = exchange;
  const created = def.create === `${method} ${template}`;
  const itemCall = template === def.item && (method === "GET" || method === "PUT" || method === "PATCH");
  if (created || itemCall) return withIds(def, unwrap(def, body));
  if (method === "GET" && template === def.list) {
    const field = exchange.pagination?.items ?? def.listItems ?? (def.envelope === "data" ? "data" : "items");
    const items = getPath(body, field);
    return Array.isArray(items) ? withIds(def, items) : [];
  }
  return [];
}

function unwrap(def: ResourceDef, body: unknown): unknown[] {
  if (def.envelope === "flat") return [body];
  const data = getPath(body, "data");
  return Array.isArray(data) ? data : [data];
}

function withIds(def: ResourceDef, objects: unknown[]): unknown[] {
  return objects.filter((object) => typeof object === "object" && object !== null && !Array.isArray(object) && isId((object as Record<string, unknown>)[def.idField]));
}

function isId(value: unknown): value is string | number {
  return (typeof value === "string" && value !== "") || (typeof value === "number" && Number.isFinite(value));
}
