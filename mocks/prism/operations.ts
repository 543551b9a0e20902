// Prism's operations (IHttpOperation) from a parsed OpenAPI 3 document, as Prism's own
// getHttpOperationsFromSpec makes them: $refs dereferenced (one object per target, so cycles
// become object cycles), cycles written back as $refs, each operation bundled with the
// components it uses. Prism's function reads node's `os` at call time and its dereferencer
// node's `url` and `util`; the documents the mock serves are bundled (every $ref is local,
// "#/..."), so a small dereferencer of local pointers does the same here and runs in browsers.
// A mock starts from the endpoints alone (method and path, all its router needs) and makes each
// operation when a request first needs it: making all of Telnyx's took a fifth of a mock's start.
import { transformOas3Operation } from "@stoplight/http-spec/oas3/operation";
import { bundleTarget, isPlainObject, pathToPointer } from "@stoplight/json";
import type { IHttpOperation } from "@stoplight/types";

/**
 * How @stoplight/http-spec finds an operation (its `OPERATION_CONFIG`, written out): the values
 * are fixed by its EndpointOperationConfig type. Importing the constant from "@stoplight/http-spec/oas"
 * would make tsc read the TypeScript sources of openapi3-ts that its declarations point to, which
 * do not compile under this project's settings.
 */
const OPERATION_CONFIG = { type: "operation", documentProp: "paths", nameProp: "path" } as const;

/** Where an operation is in the document: what the router needs before the operation is made. */
export interface Endpoint {
  method: string;
  path: string;
}

/** The keys of a path item that are operations, as @stoplight/http-spec reads them. */
const HTTP_METHODS = new Set(["get", "post", "put", "delete", "options", "head", "patch", "trace"]);

/** Every operation at once (the spec of a reload, the MSW handlers, the proxy's checks). */
export async function operationsOf(document: Record<string, unknown>): Promise<IHttpOperation[]> {
  return new OperationSource(document).all();
}

/**
 * Prism's operations of one document, each made the first time it is asked for and then kept.
 * The document is dereferenced and decycled once, on the first operation made; every operation
 * is what operationsOf would have made (transformOas3Operations makes them one by one, each with
 * a context of its own, the same way).
 */
export class OperationSource {
  /** In the order transformOas3Operations gives the operations. */
  readonly endpoints: Endpoint[];
  private prepared: Record<string, unknown> | undefined;
  private readonly made = new Map<Endpoint, IHttpOperation>();

  constructor(private readonly document: Record<string, unknown>) {
    if (typeof document.openapi !== "string") throw new Error("The mock serves OpenAPI 3 documents only (no `openapi` version field found).");
    // A path item may be a $ref whose members are only known once dereferenced: then read them there.
    this.endpoints = endpointsOf(hasPathItemRef(document.paths) ? this.dereferenced().paths : document.paths);
  }

  operation(endpoint: Endpoint): IHttpOperation {
    const known = this.made.get(endpoint);
    if (known) return known;
    const document = this.dereferenced();
    const operation = transformOas3Operation({ document: document as never, name: endpoint.path, method: endpoint.method, config: OPERATION_CONFIG }) as IHttpOperation;
    const bundled = bundleTarget({ document: { ...document, __target__: operation }, path: "#/__target__", cloneDocument: false }) as IHttpOperation;
    this.made.set(endpoint, bundled);
    return bundled;
  }

  all(): IHttpOperation[] {
    return this.endpoints.map((endpoint) => this.operation(endpoint));
  }

  private dereferenced(): Record<string, unknown> {
    this.prepared ??= decycle(dereferenceLocal(this.document)) as Record<string, unknown>;
    return this.prepared;
  }
}

/** transformOasEndpointOperations' walk: each plain path item's method keys, in document order. */
function endpointsOf(paths: unknown): Endpoint[] {
  if (!isPlainObject(paths)) return [];
  return Object.entries(paths as Record<string, unknown>).flatMap(([path, item]) =>
    isPlainObject(item) ? Object.keys(item as object).filter((key) => HTTP_METHODS.has(key)).map((method) => ({ method, path })) : [],
  );
}

function hasPathItemRef(paths: unknown): boolean {
  return isPlainObject(paths) && Object.values(paths as Record<string, unknown>).some((item) => isNode(item) && Object.hasOwn(item, "$ref"));
}

type Node = Record<string, unknown> | unknown[];

/**
 * A copy of `root` with every local `{"$ref": "#/..."}` replaced by the object it points at. Each
 * pointer is resolved once, so every reference to a schema is the same object and a schema that
 * contains itself becomes a cycle (as json-schema-ref-parser's dereference makes it). A $ref
 * that points nowhere, or outside the document, is kept as it is.
 */
export function dereferenceLocal(root: Record<string, unknown>): Record<string, unknown> {
  const done = new Map<string, unknown>();
  const resolving = new Set<string>();

  // `member` is the value at `pointer` when the walk already holds it (a member of the object
  // being copied): looking it up again from the root would cost a walk down the path per member.
  const at = (pointer: string, member?: Node): unknown => {
    if (done.has(pointer)) return done.get(pointer);
    const raw = member ?? lookup(root, pointer);
    const target = refOf(raw);
    if (target !== undefined) {
      // A $ref to a $ref: the same object as the final target; a loop of bare $refs stays a $ref.
      if (resolving.has(pointer) || lookup(root, target) === undefined) return raw;
      resolving.add(pointer);
      const resolved = at(target);
      resolving.delete(pointer);
      const value = withSiblings(resolved, raw as Record<string, unknown>, pointer);
      done.set(pointer, value);
      return value;
    }
    if (!isNode(raw)) return raw;
    const copy: Node = Array.isArray(raw) ? [] : {};
    done.set(pointer, copy);
    for (const key of Object.keys(raw)) {
      const child = (raw as Record<string, unknown>)[key];
      const value = isNode(child) ? at(`${pointer}/${escape(key)}`, child) : child;
      if (Array.isArray(copy)) copy.push(value);
      else Object.defineProperty(copy, key, { value, enumerable: true, writable: true, configurable: true });
    }
    return copy;
  };

  /** `{"$ref": ..., "default": "pending"}`: a new object, the target's members then the others (as the ref parser extends a $ref). */
  const withSiblings = (resolved: unknown, ref: Record<string, unknown>, pointer: string): unknown => {
    const others = Object.keys(ref).filter((key) => key !== "$ref");
    if (others.length === 0 || !isNode(resolved) || Array.isArray(resolved)) return resolved;
    const merged: Record<string, unknown> = {};
    for (const key of Object.keys(resolved)) Object.defineProperty(merged, key, { value: resolved[key], enumerable: true, writable: true, configurable: true });
    for (const key of others) {
      const child = ref[key];
      const value = isNode(child) ? at(`${pointer}/${escape(key)}`, child) : child;
      Object.defineProperty(merged, key, { value, enumerable: true, writable: true, configurable: true });
    }
    return merged;
  };

  return at("#") as Record<string, unknown>;
}

/**
 * What @stoplight/json's decycle makes (Prism's getHttpOperationsFromSpec calls it): a tree copy
 * of the dereferenced graph, an object met again inside itself written as `{"$ref": pointer}` to
 * where it was first met on the way down. Theirs encodes the pointer of every object it copies
 * (a third of a large spec's start-up); here the path is kept as a stack and encoded, with their
 * pathToPointer, only when a cycle needs it. Keys are defined, not assigned, so a "__proto__"
 * key stays a key instead of setting the copy's prototype.
 */
export function decycle(root: unknown): unknown {
  const onPath = new Map<object, number>();
  const path: string[] = [];
  const copyOf = (value: unknown): unknown => {
    if (!(Array.isArray(value) || isPlainObject(value))) return value;
    const depth = onPath.get(value as object);
    if (depth !== undefined) return { $ref: pathToPointer(path.slice(0, depth)) };
    onPath.set(value as object, path.length);
    let copy: Node;
    if (Array.isArray(value)) {
      copy = value.map((item, index) => {
        path.push(String(index));
        const itemCopy = copyOf(item);
        path.pop();
        return itemCopy;
      });
    } else {
      copy = {};
      for (const key of Object.keys(value as object)) {
        path.push(key);
        Object.defineProperty(copy, key, { value: copyOf((value as Record<string, unknown>)[key]), enumerable: true, writable: true, configurable: true });
        path.pop();
      }
    }
    onPath.delete(value as object);
    return copy;
  };
  return copyOf(root);
}

function isNode(value: unknown): value is Node {
  return typeof value === "object" && value !== null;
}

function refOf(value: unknown): string | undefined {
  if (!isNode(value) || Array.isArray(value)) return undefined;
  const ref = (value as Record<string, unknown>).$ref;
  return typeof ref === "string" && ref.startsWith("#") ? ref : undefined;
}

function lookup(root: unknown, pointer: string): unknown {
  if (pointer === "#" || pointer === "#/") return root;
  let current: unknown = root;
  for (const part of pointer.slice(2).split("/")) {
    const key = unescape(part);
    if (!isNode(current) || !Object.hasOwn(current, key)) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

function escape(key: string): string {
  return key.replaceAll("~", "~0").replaceAll("/", "~1");
}

function unescape(part: string): string {
  let text = part;
  try {
    text = decodeURIComponent(part);
  } catch {
    // a stray "%" is kept as written
  }
  return text.replaceAll("~1", "/").replaceAll("~0", "~");
}
