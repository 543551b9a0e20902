// The stateful layer of the mocks. After Prism has validated a request and produced its
// example-based answer, the engine (for the resources it keeps) answers from memory instead:
// creations are stored (the answer is the spec's example with the request's fields and a new id,
// so it still matches the response schema), reads and lists see them, updates change them,
// deletes remove them, and statuses move on the virtual clock, sending signed webhooks.
//
// The engine knows no provider: wording, page metadata, webhook bodies and timestamp fields come
// from hooks on each ResourceDef (see resource-def.ts and mocks/providers/<id>/). Everything it
// stores is a null-prototype copy (data.ts), so hostile keys stay plain data.
import { randomUUID } from "./ids.js";
import { isoTime, type VirtualClock } from "./clock.js";
import { DueQueue } from "./due-queue.js";
import { findProtoKey, isPlainObject, ownValue, scalarText, setOwn, toData, type Json } from "./data.js";
import { mergeInto } from "./merge.js";
import { deletePath, getPath, setPath } from "./paths.js";
import type {
  Lifecycle,
  LifecycleContext,
  OperationAnswer,
  OperationRequest,
  PageInfo,
  Pagination,
  Refusal,
  ResourceDef,
  StateAccess,
  StateView,
  StoredFile,
  Transition,
  Wording,
} from "./resource-def.js";
import type { WebhookSender } from "./webhooks.js";

export interface StateRequest {
  method: string;
  /** The operation's path template, e.g. "/10dlc/brand/{brandId}". */
  template: string;
  params: Record<string, string>;
  query: Record<string, string | string[]>;
  body: unknown;
  /** Request headers, lower-case names, one string each. */
  headers?: Record<string, string>;
  /** The body exactly as received (multipart uploads are kept byte for byte from it). */
  raw?: Uint8Array;
  /** Prism's answer, already valid for the operation. */
  status: number;
  output: unknown;
  /** The operation's x-pagination, for lists. */
  pagination?: Pagination;
}

export type StateReply =
  /** A JSON body, or bytes sent as they are (with `headers` naming their content type). */
  | { status: number; body: unknown; headers?: Record<string, string> }
  | { error: { status: number; title: string; detail: string; pointer?: string } };

/** Fixtures that are not an object of arrays of objects, or would smuggle in object machinery. */
export class FixtureError extends Error {
  override readonly name = "FixtureError";
}

export interface StateEngineOptions {
  /** Where a failing lifecycle step is reported (it is skipped; the others go on). Default: stderr. */
  log?: (line: string) => void;
}

interface Entry {
  object: Json;
  /** Virtual time its lifecycle started, if it has. */
  lifecycleStart?: number;
  /** The steps of the lifecycle it follows (chosen when it started). */
  steps: Transition[];
  /** How many lifecycle transitions have been applied (or skipped after failing). */
  applied: number;
  /** The parent's id, for nested lists. */
  parentId?: string;
  /** The bytes it was uploaded with (documents). */
  file?: StoredFile;
}

const MAX_PAGE = 1_000_000_000;
const MAX_PAGE_SIZE = 10_000;

export class StateEngine {
  private readonly stores = new Map<string, Map<string, Entry>>();
  private readonly byName = new Map<string, ResourceDef>();
  private seeds: Array<{ def: ResourceDef; object: Json }> = [];
  /** Per resource, the fields its creation answer declares (from the seeds). */
  private readonly answerFields = new Map<string, ReadonlySet<string>>();
  /** The next lifecycle step of every object that has one to come, earliest first. */
  private readonly due = new DueQueue<{ def: ResourceDef; id: string; entry: Entry }>();
  private readonly log: (line: string) => void;
  /** Where webhooks of resources without their own URL go (set through the control API). */
  defaultWebhookUrl: string | undefined;
  /** What the resource hooks may read of the state. */
  private readonly view: StateView = {
    get: (resource, id) => this.stores.get(resource)?.get(id)?.object,
    all: (resource) => [...(this.stores.get(resource)?.values() ?? [])].map((entry) => entry.object),
    children: (resource, parentId) => [...(this.stores.get(resource)?.values() ?? [])].filter((entry) => entry.parentId === parentId).map((entry) => entry.object),
    file: (resource, id) => this.stores.get(resource)?.get(id)?.file,
    now: () => this.clock.now(),
  };
  /** What operation hooks may do: read, and keep or forget objects. */
  private readonly access: StateAccess = {
    ...this.view,
    add: (resource, object, parentId, file) => this.add(resource, object, parentId, file),
    remove: (resource, id) => this.stores.get(resource)?.delete(id) ?? false,
    notify: (resource, id, event) => {
      const def = this.byName.get(resource);
      const object = this.view.get(resource, id);
      if (def && object) this.notify(def, object, event, this.clock.now());
    },
    startLifecycle: (resource, id, lifecycle) => {
      const def = this.byName.get(resource);
      const entry = this.stores.get(resource)?.get(id);
      if (def && entry) this.start(def, id, entry, lifecycle, this.clock.now());
    },
  };

  constructor(
    private readonly defs: ResourceDef[],
    private readonly clock: VirtualClock,
    private readonly webhooks: WebhookSender,
    options: StateEngineOptions = {},
  ) {
    // console, not process.stderr: the engine also runs in a browser.
    this.log = options.log ?? ((line) => console.error(line));
    for (const def of defs) {
      this.stores.set(def.name, new Map());
      this.byName.set(def.name, def);
    }
  }

  /** Example objects from the spec, so example ids answer and a frontend starts with data. */
  seed(examples: Array<{ resource: string; object: Json; fields?: string[] }>): void {
    for (const { resource, fields } of examples) if (fields?.length) this.answerFields.set(resource, new Set(fields));
    this.seeds = examples.flatMap(({ resource, object }) => {
      const def = this.byName.get(resource);
      return def && isPlainObject(object) && idOf(def, object) !== undefined ? [{ def, object: toData(object) }] : [];
    });
    this.reset();
  }

  reset(): void {
    for (const store of this.stores.values()) store.clear();
    this.due.clear();
    for (const { def, object } of this.seeds) this.put(def, toData(object));
  }

  /**
   * Adds fixture objects: `{ "brand": [{...}, ...], ... }`. Returns how many were loaded. The whole
   * input is checked first, so a bad fixture loads nothing; throws FixtureError saying what is wrong.
   */
  load(fixtures: unknown): number {
    const known = () => [...this.byName.keys()].join(", ");
    if (!isPlainObject(fixtures)) throw new FixtureError(`Fixtures must be a JSON object of resource name to array of objects; known resources: ${known()}.`);
    const proto = findProtoKey(fixtures);
    if (proto) throw new FixtureError(`Fixtures may not contain a "__proto__" key (found at ${proto}).`);
    const accepted: Array<{ def: ResourceDef; object: Json }> = [];
    for (const name of Object.keys(fixtures)) {
      const def = this.byName.get(name);
      if (!def) throw new FixtureError(`Unknown resource "${name}"; known: ${known()}.`);
      const objects = fixtures[name];
      if (!Array.isArray(objects)) throw new FixtureError(`Fixtures for "${name}" must be an array of objects.`);
      for (const [index, object] of objects.entries()) {
        if (!isPlainObject(object)) throw new FixtureError(`${name}[${index}] must be an object.`);
        if (idOf(def, object) === undefined) throw new FixtureError(`${name}[${index}] has no ${def.idField} (a non-empty string or a number).`);
        accepted.push({ def, object: toData(object) });
      }
    }
    for (const { def, object } of accepted) this.put(def, object);
    return accepted.length;
  }

  resources(): Record<string, number> {
    return Object.fromEntries([...this.stores].map(([name, store]) => [name, store.size]));
  }

  /** The engine's answer, or undefined when the request is not about a kept resource. */
  handle(request: StateRequest): StateReply | undefined {
    this.tick();
    const route = `${request.method} ${request.template}`;
    for (const def of this.defs) {
      const operation = def.operations && Object.hasOwn(def.operations, route) ? def.operations[route] : undefined;
      if (operation) return this.answer(def, operation(operationRequest(request), this.access));
      if (def.create === route) return this.create(def, request);
      if (request.method === "GET" && def.list === request.template && def.list !== def.item) return this.list(def, request);
      if (def.item !== undefined && def.item === request.template) return this.onItem(def, request);
      const action = request.method === "POST" && def.actions && Object.hasOwn(def.actions, request.template) ? def.actions[request.template] : undefined;
      if (action) return this.action(def, request, action);
    }
    return undefined;
  }

  /**
   * Applies due lifecycle transitions and sends their webhooks. Never throws: a transition that
   * fails is reported and skipped, and every other resource still moves on.
   */
  tick(): void {
    const now = this.clock.now();
    for (let next = this.due.popDue(now); next !== undefined; next = this.due.popDue(now)) {
      const { def, id, entry } = next.item;
      // Deleted, replaced (same id loaded again) or rescheduled (lifecycle restarted) since.
      if (this.stores.get(def.name)!.get(id) !== entry || nextStepAt(entry) !== next.at) continue;
      this.advance(def, id, entry, now);
      this.schedule(def, id, entry);
    }
  }

  /** Queues the entry's next lifecycle step, if it has one to come. */
  private schedule(def: ResourceDef, id: string, entry: Entry): void {
    const at = nextStepAt(entry);
    if (at !== undefined) this.due.push(at, { def, id, entry });
  }

  private advance(def: ResourceDef, id: string, entry: Entry, now: number): void {
    const lifecycle = entry.steps;
    if (entry.lifecycleStart === undefined) return;
    while (entry.applied < lifecycle.length && entry.lifecycleStart + lifecycle[entry.applied]!.after * 1000 <= now) {
      const transition = lifecycle[entry.applied]!;
      entry.applied++;
      if (transition.expires?.(entry.object, this.view)) {
        this.stores.get(def.name)!.delete(id);
        return;
      }
      try {
        for (const [field, value] of Object.entries(transition.set)) setPath(entry.object, field, toData(value));
        touch(def, entry.object, now);
        def.refresh?.(entry.object, this.view);
        if (transition.webhook) this.notify(def, entry.object, transition.webhook, now);
      } catch (error) {
        this.log(`mock state: ${def.name} ${id}: lifecycle step ${entry.applied} failed and was skipped (${describe(error)})`);
      }
    }
  }

  private put(def: ResourceDef, object: Json, lifecycleStart?: number, parentId?: string): Entry {
    // Seeds and fixtures name their parent in the field of the same name (brand_id, campaignId...).
    parentId ??= def.parent ? scalarText(ownValue(object, def.parent.key)) : undefined;
    const steps = lifecycleStart === undefined && def.lifecycleStartsOn === "action" ? [] : stepsOf(def.lifecycle, object, { view: this.view, ...(parentId ? { parentId } : {}) });
    const entry: Entry = { object, steps, applied: 0, ...(lifecycleStart !== undefined ? { lifecycleStart } : {}), ...(parentId ? { parentId } : {}) };
    const id = idOf(def, object)!;
    this.stores.get(def.name)!.set(id, entry);
    this.schedule(def, id, entry);
    return entry;
  }

  private create(def: ResourceDef, request: StateRequest): StateReply {
    const body: Json = isPlainObject(request.body) ? toData(request.body) : Object.create(null);
    let parentId: string | undefined;
    if (def.parent) {
      const parentDef = this.byName.get(def.parent.resource)!;
      parentId = scalarText(def.parent.from === "path" ? ownValue(request.params, def.parent.key) : ownValue(body, def.parent.key));
      if (parentId === undefined || !this.stores.get(parentDef.name)!.has(parentId)) {
        const fromPath = def.parent.from === "path";
        const wording = (def.missingParent ?? neutralMissingParent)(parentDef, parentId, def.parent.key);
        return { error: { status: fromPath ? 404 : 422, ...wording, ...(fromPath ? {} : { pointer: `/${def.parent.key}` }) } };
      }
    }
    const parent = this.pathParent(def, request);
    const parentGone = parent ? this.goneRefusal(parent.def, parent.entry) : undefined;
    if (parentGone) return parentGone;
    const hookRequest = operationRequest(request);
    const refusal = def.refuseCreate?.(hookRequest, this.view);
    if (refusal) return this.refuse(def, refusal);
    const upload = def.upload?.(hookRequest);
    if (upload && "title" in upload) return this.refuse(def, upload);
    const answer = unwrap(def, request.output);
    const object = toData(answer.object);
    // The request's fields and path parameters, where the answer has a field of that name and
    // shape (merge.ts), so the answer still matches the response schema.
    mergeInto(object, toData(request.params) as Json);
    mergeInto(object, body);
    this.reflectMissing(def, object, body);
    setOwn(object, def.idField, newIdFor(def, body));
    for (const [field, value] of Object.entries(def.initial ?? {})) setPath(object, field, toData(value));
    if (upload) def.describeUpload?.(object, upload, hookRequest);
    def.onCreate?.(object, hookRequest, this.view);
    def.refresh?.(object, this.view);
    const now = this.clock.now();
    stamp(def, object, now);
    const started = def.lifecycleStartsOn !== "action";
    const entry = this.put(def, object, started ? now : undefined, parentId);
    if (upload) entry.file = upload;
    // Steps due at once (`after: 0`, a webhook the creation itself sends) happen now.
    if (started) this.advance(def, idOf(def, object)!, entry, now);
    return { status: request.status, body: answer.wrap(entry.object) };
  }

  /**
   * Request fields the example answer leaves out but the answer's schema declares: taken when
   * they are plain scalars (a brand's `mobilePhone`), so the answer still says what was sent.
   */
  private reflectMissing(def: ResourceDef, object: Json, body: Json): void {
    const fields = this.answerFields.get(def.name);
    if (!fields) return;
    for (const key of Object.keys(body)) {
      const value = body[key];
      const scalar = typeof value === "string" || typeof value === "boolean" || (typeof value === "number" && Number.isFinite(value));
      if (scalar && fields.has(key) && !Object.hasOwn(object, key) && key !== def.idField) setOwn(object, key, value);
    }
  }

  /** StateAccess.add: an object an operation creates, kept as a creation would keep it. */
  private add(resource: string, object: Json, parentId?: string, file?: StoredFile): Json {
    const def = this.byName.get(resource);
    if (!def) throw new Error(`No resource named ${resource}.`);
    const kept = toData(object);
    if (idOf(def, kept) === undefined) setOwn(kept, def.idField, newIdFor(def, kept));
    const now = this.clock.now();
    stamp(def, kept, now);
    const started = def.lifecycleStartsOn !== "action";
    const entry = this.put(def, kept, started ? now : undefined, parentId);
    if (file) entry.file = file;
    if (started) this.advance(def, idOf(def, kept)!, entry, now);
    return entry.object;
  }

  private find(def: ResourceDef, request: StateRequest): { id: string; entry?: Entry } {
    const id = ownValue(request.params, lastParam(def.item ?? ""));
    const key = typeof id === "string" ? id : "";
    const entry = this.stores.get(def.name)!.get(key);
    // A nested object exists only under its own parent: a campaign of brand A is not found
    // under brand B's path, a number linked to one campaign not under another's.
    const parentId = def.parent?.from === "path" ? scalarText(ownValue(request.params, def.parent.key)) : undefined;
    if (entry && parentId !== undefined && entry.parentId !== undefined && entry.parentId !== parentId) return { id: key };
    return { id: key, entry };
  }

  private notFound(def: ResourceDef, id: string): StateReply {
    return { error: { status: 404, ...(def.notFound ?? neutralNotFound)(def, id) } };
  }

  /** The refusal for an object that is gone but kept, or under one (its parent, or theirs). */
  private goneRefusal(def: ResourceDef, entry: Entry | undefined): StateReply | undefined {
    for (let current = def, at = entry; at; ) {
      const refusal = current.gone?.(at.object);
      if (refusal) return this.refuse(current, refusal);
      const parentDef = current.parent ? this.byName.get(current.parent.resource) : undefined;
      if (!parentDef || at.parentId === undefined) return undefined;
      current = parentDef;
      at = this.stores.get(parentDef.name)!.get(at.parentId);
    }
    return undefined;
  }

  /** The parent entry named by the request's path, for nested creations and lists. */
  private pathParent(def: ResourceDef, request: StateRequest): { def: ResourceDef; entry: Entry | undefined } | undefined {
    if (def.parent?.from !== "path") return undefined;
    const parentDef = this.byName.get(def.parent.resource)!;
    const id = scalarText(ownValue(request.params, def.parent.key)) ?? "";
    return { def: parentDef, entry: this.stores.get(parentDef.name)!.get(id) };
  }

  private onItem(def: ResourceDef, request: StateRequest): StateReply {
    const { id, entry } = this.find(def, request);
    if (!entry) return this.notFound(def, id);
    const gone = this.goneRefusal(def, entry);
    if (gone) return gone;
    const answer = unwrap(def, request.output);
    switch (request.method) {
      case "GET":
        // Derived fields may depend on other objects (a porting order's verified codes).
        def.refresh?.(entry.object, this.view);
        return { status: request.status, body: answer.wrap(entry.object) };
      case "PUT":
      case "PATCH": {
        // A merge: fields sent replace stored ones, fields left out keep their values. Only fields
        // the object already has are taken, so an unknown key (`__proto__` included) is ignored,
        // and only values of the stored shape (merge.ts): a `null` sent for a string field, which
        // means "leave it", changes nothing. The id never changes.
        const hookRequest = operationRequest(request);
        const refusal = def.refuseUpdate?.(entry.object, hookRequest, this.view);
        if (refusal) return this.refuse(def, refusal);
        if (isPlainObject(request.body)) mergeInto(entry.object, toData(request.body), new Set([def.idField]));
        def.refresh?.(entry.object, this.view);
        const now = this.clock.now();
        touch(def, entry.object, now);
        const resumed = def.lifecycleOnUpdate?.(entry.object, hookRequest);
        if (resumed) this.start(def, id, entry, resumed, now);
        return { status: request.status, body: answer.wrap(entry.object) };
      }
      case "DELETE": {
        const refusal = def.refuseDelete?.(entry.object, this.view);
        if (typeof refusal === "string") return { error: { status: 422, title: "Cannot delete", detail: refusal } };
        if (refusal) return this.refuse(def, refusal);
        if (def.deleteKeeps) {
          for (const [field, value] of Object.entries(def.deleteKeeps)) setPath(entry.object, field, toData(value));
          touch(def, entry.object, this.clock.now());
          return { status: request.status, body: request.status === 204 ? undefined : request.output };
        }
        this.stores.get(def.name)!.delete(id);
        // An answer that is the resource names what was deleted, not the spec's example.
        const isResource = request.status !== 204 && Object.hasOwn(answer.object, def.idField);
        return { status: request.status, body: isResource ? answer.wrap(entry.object) : request.output };
      }
      default:
        return { status: request.status, body: request.output };
    }
  }

  private action(def: ResourceDef, request: StateRequest, action: NonNullable<ResourceDef["actions"]>[string]): StateReply {
    const { id, entry } = this.find(def, request);
    if (!entry) return this.notFound(def, id);
    const gone = this.goneRefusal(def, entry);
    if (gone) return gone;
    const refusal = action.refuse?.(entry.object, this.view);
    if (refusal) return this.refuse(def, refusal);
    for (const [field, value] of Object.entries(action.set)) setPath(entry.object, field, toData(value));
    const now = this.clock.now();
    touch(def, entry.object, now);
    def.refresh?.(entry.object, this.view);
    if (action.webhook) this.notify(def, entry.object, action.webhook, now);
    if (action.startsLifecycle) this.start(def, id, entry, action.startsLifecycle === true ? def.lifecycle : action.startsLifecycle, now);
    const answer = unwrap(def, request.output);
    return { status: request.status, body: answer.wrap(entry.object) };
  }

  /** Starts (or restarts) a lifecycle for the object: its steps count from now. */
  private start(def: ResourceDef, id: string, entry: Entry, lifecycle: Lifecycle | undefined, now: number): void {
    entry.steps = stepsOf(lifecycle, entry.object, { view: this.view, ...(entry.parentId ? { parentId: entry.parentId } : {}) });
    entry.lifecycleStart = now;
    entry.applied = 0;
    // Steps due at once (`after: 0`) show in the answer to the request that started them.
    this.advance(def, id, entry, now);
    this.schedule(def, id, entry);
  }

  /** An operation hook's answer as the pipeline takes it. */
  private answer(def: ResourceDef, answer: OperationAnswer): StateReply {
    return "refuse" in answer ? this.refuse(def, answer.refuse) : answer;
  }

  /** A rule's refusal, in the provider's error body when it writes its own. */
  private refuse(def: ResourceDef, refusal: Refusal): StateReply {
    if (def.errorBody) return { status: refusal.status, body: def.errorBody(refusal) };
    const { status, title, detail, pointer } = refusal;
    return { error: { status, title, detail, ...(pointer ? { pointer } : {}) } };
  }

  private list(def: ResourceDef, request: StateRequest): StateReply {
    // The spec's x-pagination where the operation has it, else the provider's usual paging, else
    // `page` and `page_size` (see fallbackItems and FALLBACK_TOTALS for the answer's fields).
    const paging = request.pagination ?? def.pagination ?? { pageParam: "page", sizeParam: "page_size" };
    const reserved = new Set([paging.pageParam, paging.sizeParam, paging.cursorParam, "page", "sort"].filter(Boolean) as string[]);
    const parent = this.pathParent(def, request);
    const parentGone = parent ? this.goneRefusal(parent.def, parent.entry) : undefined;
    if (parentGone) return parentGone;
    const parentId = def.parent?.from === "path" ? scalarText(ownValue(request.params, def.parent.key)) : undefined;
    // A query parameter named like a field filters on it (e.g. GET /10dlc/campaign?brandId=...).
    // Only own fields count: `?constructor=x` filters nothing, as for any field the objects lack.
    const filters = Object.keys(request.query)
      .filter((key) => !reserved.has(key))
      .map((key) => ({ key, wanted: ([] as string[]).concat(request.query[key] ?? []) }));
    const store = this.stores.get(def.name)!;
    const cursor = paging.style === "cursor";
    const page = cursor ? pageOfToken(request.query[paging.cursorParam ?? ""]) : pageNumber(request.query[paging.pageParam ?? ""], 1, MAX_PAGE);
    const size = pageNumber(request.query[paging.sizeParam ?? ""], 10, MAX_PAGE_SIZE);
    if (Array.isArray(request.output)) return { status: request.status, body: matching(store, parentId, filters) };
    // Nothing to filter: the total is the store's size and only the page is read, so a list
    // costs the page, not every object kept (thousands after a busy session).
    const unfiltered = filters.length === 0 && parentId === undefined;
    const all = unfiltered ? undefined : matching(store, parentId, filters);
    const total = all ? all.length : store.size;
    const slice = all ? all.slice((page - 1) * size, page * size) : pageOf(store.values(), (page - 1) * size, size);
    const envelope: Json = isPlainObject(request.output) ? toData(request.output) : Object.create(null);
    const totalPages = Math.max(1, Math.ceil(total / size));
    const path = request.template.replace(/\{([^}]+)\}/g, (_, name: string) => encodeURIComponent(scalarText(ownValue(request.params, name)) ?? ""));
    const info: PageInfo = { page, size, total, totalPages, path, ...(cursor ? { tokens: tokensOf(page, totalPages) } : {}) };
    setPath(envelope, paging.items ?? fallbackItems(envelope) ?? def.listItems ?? (def.envelope === "data" ? "data" : "items"), slice);
    if (paging.total) setPath(envelope, paging.total, info.total);
    if (paging.totalPages) setPath(envelope, paging.totalPages, info.totalPages);
    // Count fields the example page has but no x-pagination names: the example's count would
    // contradict the items (`{"records": [], "totalRecords": 1}`).
    for (const [field, value] of [...FALLBACK_TOTALS.map((f) => [f, info.total] as const), ...FALLBACK_PAGES.map((f) => [f, info.totalPages] as const)]) {
      if (field !== paging.total && field !== paging.totalPages && typeof getPath(envelope, field) === "number") setPath(envelope, field, value);
    }
    if (cursor && info.tokens) writeTokens(envelope, paging.next ?? "next_page", info.tokens);
    def.page?.(envelope, info);
    return { status: request.status, body: envelope };
  }

  private notify(def: ResourceDef, object: Json, event: string, now: number): void {
    const own = def.webhookUrlField ? ownValue(object, def.webhookUrlField) : undefined;
    const inherited = def.webhookUrl?.(object, this.view);
    const url = (typeof own === "string" && own !== "" ? own : undefined) ?? (inherited || undefined) ?? this.defaultWebhookUrl;
    if (!url) return;
    const payload = def.webhookPayload ? def.webhookPayload(event, object, { url, now }) : { event, object };
    this.webhooks.send(event, url, payload, def.signWebhook);
  }
}

/**
 * Cursor pages: the token is the page number, base64 (`cGFnZT0y` is "page=2", as in Vonage's
 * reference); a token that is not one of ours reads as the first page.
 */
function pageToken(page: number): string {
  return btoa(`page=${page}`);
}

function pageOfToken(value: string | string[] | undefined): number {
  const token = Array.isArray(value) ? value[0] : value;
  if (!token) return 1;
  try {
    const found = /^page=(\d{1,9})$/.exec(atob(token));
    return found ? Math.max(1, Number(found[1])) : 1;
  } catch {
    return 1;
  }
}

function tokensOf(page: number, totalPages: number): NonNullable<PageInfo["tokens"]> {
  return {
    ...(page < totalPages ? { next: pageToken(page + 1) } : {}),
    ...(page > 1 ? { previous: pageToken(Math.min(page - 1, totalPages)) } : {}),
    first: pageToken(1),
    last: pageToken(totalPages),
  };
}

/** The token fields of a cursor page: the next one where x-pagination says, the others where the page has them; absent ones removed. */
function writeTokens(envelope: Json, nextField: string, tokens: NonNullable<PageInfo["tokens"]>): void {
  const fields: Array<[string, string | undefined]> = [
    [nextField, tokens.next],
    ["previous_page", tokens.previous],
    ["first_page", tokens.first],
    ["last_page", tokens.last],
  ];
  for (const [field, token] of fields) {
    if (field !== nextField && getPath(envelope, field) === undefined) continue;
    if (token === undefined) deletePath(envelope, field);
    else setPath(envelope, field, token);
  }
}

/** Count fields of list answers across APIs, set to the real count wherever an answer has one. */
const FALLBACK_TOTALS = ["total", "totalRecords", "total_count", "total_items", "total_results", "meta.total_results", "meta.total"];
const FALLBACK_PAGES = ["totalPages", "total_pages", "meta.total_pages"];

/**
 * Where a list answer without x-pagination keeps its items: the example page's first array field,
 * at the top or under HAL's `_embedded`; undefined when it has none.
 */
function fallbackItems(envelope: Json): string | undefined {
  const top = Object.keys(envelope).find((key) => Array.isArray(envelope[key]));
  if (top !== undefined) return top;
  const embedded = ownValue(envelope, "_embedded");
  if (!isPlainObject(embedded)) return undefined;
  const inner = Object.keys(embedded).find((key) => Array.isArray(embedded[key]));
  return inner === undefined ? undefined : `_embedded.${inner}`;
}

interface ListFilter {
  key: string;
  wanted: string[];
}

/** The objects of a list request, in insertion order: of the parent, if any, and matching every filter. */
function matching(store: Map<string, Entry>, parentId: string | undefined, filters: ListFilter[]): Json[] {
  const items: Json[] = [];
  for (const entry of store.values()) {
    if (parentId !== undefined && entry.parentId !== parentId) continue;
    if (filters.every((filter) => matchesFilter(entry.object, filter))) items.push(entry.object);
  }
  return items;
}

/** A field the object lacks filters nothing (own fields only: `?constructor=x` is not a field). */
function matchesFilter(object: Json, { key, wanted }: ListFilter): boolean {
  return !Object.hasOwn(object, key) || wanted.includes(scalarText(object[key]) ?? "\u0000");
}

/** `count` objects after skipping `skip`, reading no further. */
function pageOf(entries: Iterable<Entry>, skip: number, count: number): Json[] {
  const page: Json[] = [];
  let index = 0;
  for (const entry of entries) {
    if (index++ < skip) continue;
    if (page.length === count) break;
    page.push(entry.object);
  }
  return page;
}

/** Virtual time the entry's next lifecycle step is due, or undefined when none is to come. */
function nextStepAt(entry: Entry): number | undefined {
  const step = entry.steps[entry.applied];
  return entry.lifecycleStart === undefined || step === undefined ? undefined : entry.lifecycleStart + step.after * 1000;
}

/** The steps of a lifecycle for this object: its own branch when the lifecycle chooses one. */
function stepsOf(lifecycle: Lifecycle | undefined, object: Json, context: LifecycleContext): Transition[] {
  if (lifecycle === undefined) return [];
  return typeof lifecycle === "function" ? lifecycle(object, context) : lifecycle;
}

/** The request as resource hooks see it: the JSON body as data, headers and bytes as sent. */
function operationRequest(request: StateRequest): OperationRequest {
  return {
    params: request.params,
    query: request.query,
    body: isPlainObject(request.body) ? toData(request.body) : Object.create(null),
    headers: request.headers ?? {},
    ...(request.raw ? { raw: request.raw } : {}),
    status: request.status,
    output: request.output,
  };
}

function neutralNotFound(def: ResourceDef, id: string): Wording {
  return { title: "Not found", detail: `No ${def.label} ${JSON.stringify(id)} exists.` };
}

function neutralMissingParent(parent: ResourceDef, id: string | undefined, key: string): Wording {
  return { title: "Not found", detail: `No ${parent.label} ${JSON.stringify(id ?? "")} (given in ${key}) exists; create it first.` };
}

/** The object's id as a map key: a non-empty string or a finite number; undefined otherwise. */
function idOf(def: ResourceDef, object: Json): string | undefined {
  const id = scalarText(ownValue(object, def.idField));
  return id === undefined || id === "" || typeof ownValue(object, def.idField) === "boolean" ? undefined : id;
}

/** The definition's new id, or a UUID when the hook gives nothing usable. */
function newIdFor(def: ResourceDef, body: Json): string {
  let id: unknown;
  try {
    id = def.newId(body);
  } catch {
    id = undefined;
  }
  return typeof id === "string" && id !== "" && id !== "undefined" ? id : randomUUID();
}

/** The object inside Prism's answer, and how to put a stored object back in the same envelope. */
function unwrap(def: ResourceDef, output: unknown): { object: Json; wrap: (object: Json) => unknown } {
  const envelope: Json = isPlainObject(output) ? output : {};
  if (def.envelope === "data") {
    const data = envelope.data;
    if (Array.isArray(data)) return { object: isPlainObject(data[0]) ? data[0] : {}, wrap: (object) => ({ ...envelope, data: [object] }) };
    return { object: isPlainObject(data) ? data : {}, wrap: (object) => ({ ...envelope, data: object }) };
  }
  return { object: envelope, wrap: (object) => object };
}

function lastParam(template: string): string {
  return [...template.matchAll(/\{([^}]+)\}/g)].pop()?.[1] ?? "";
}

/** A page number or size from the query: a positive integer within bounds, else the fallback. */
function pageNumber(value: string | string[] | undefined, fallback: number, max: number): number {
  const first = Array.isArray(value) ? value[0] : value;
  const number = Math.floor(Number(first));
  return Number.isFinite(number) && number >= 1 ? Math.min(number, max) : fallback;
}

function stamp(def: ResourceDef, object: Json, now: number): void {
  for (const field of def.timestamps?.created ?? []) if (Object.hasOwn(object, field)) setOwn(object, field, isoTime(now));
  touch(def, object, now);
}

/** Stamps the change time; isoTime clamps, so no virtual time can make it throw. */
function touch(def: ResourceDef, object: Json, now: number): void {
  for (const field of def.timestamps?.updated ?? []) if (Object.hasOwn(object, field)) setOwn(object, field, isoTime(now));
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : "unknown error";
}
