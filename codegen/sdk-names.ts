// SDK names for operations of a spec that has no `x-sdk-name` (any public OpenAPI document): the
// method a user calls, `client.<namespace>.<method>(…)`, derived from what such specs have.
//
// The rule, applied to each operation in the order given (the model's: paths as written, then
// its HTTP_METHODS order):
//
// 1. An `x-sdk-name` is used as written.
// 2. Otherwise the namespace is the operation's first tag, and the method comes from its
//    operationId. Dots in the operationId are namespaces too ("items.list" → items.list); a first
//    segment equal to the tag's namespace is not repeated.
// 3. Without an operationId, the method is the HTTP method and the path's static segments, with
//    "By" before each parameter: GET /items/{id}/photo → getItemsByIdPhoto.
// 4. Each segment becomes an identifier by codegen/names.ts, starting lower-case ("Pets" → pets,
//    "URLShortener" → urlShortener). A segment named like a member every
//    object or promise has, or like a member of our client (`then`, `constructor`, `__proto__`,
//    `webhooks`, `raw`…), gets a trailing underscore, as reserved words do: awaiting a namespace
//    called `then` would otherwise hang, and `__proto__` would not become a property at all.
// 5. Collisions: an operation whose name is already taken, or names a namespace (or is a prefix
//    of a method), keeps its place in the tree with a numeric suffix: `items.getItem` stays with
//    the first operation, the next becomes `items.getItem2`, and so on. Each renaming is reported,
//    so users can pin a name with `x-sdk-name` in their spec.
import { identifier, RESERVED_WORDS } from "./names.js";

/** Names a client method or namespace must not take: object and promise machinery, and our own members. */
export const MEMBER_NAMES = new Set([
  "then", "catch", "finally", "constructor", "prototype", "__proto__", "toString", "toLocaleString", "valueOf",
  "hasOwnProperty", "isPrototypeOf", "propertyIsEnumerable", "toJSON", "__defineGetter__", "__defineSetter__",
  "__lookupGetter__", "__lookupSetter__", "raw", "webhooks", "withResponse", "asResponse",
]);

export interface NamedOperation {
  method: string;
  path: string;
  operationId?: string;
  tags?: string[];
  /** The spec's own x-sdk-name, when it has one. */
  sdkName?: string;
}

export interface SdkNaming {
  /** The SDK name of each operation, by `METHOD /path`. */
  names: Map<string, string>;
  /** One line per operation that had to be renamed, for the generator's warnings. */
  renamed: Array<{ operation: string; wanted: string; given: string }>;
}

export function operationKey(method: string, route: string): string {
  return `${method.toUpperCase()} ${route}`;
}

export function assignSdkNames(operations: NamedOperation[]): SdkNaming {
  const names = new Map<string, string>();
  const renamed: SdkNaming["renamed"] = [];
  const taken = new NameTree();
  // Declared names first: a spec's own x-sdk-name is never the one renamed.
  for (const operation of operations.filter((o) => o.sdkName !== undefined)) {
    taken.add(operation.sdkName!.split("."));
    names.set(operationKey(operation.method, operation.path), operation.sdkName!);
  }
  for (const operation of operations.filter((o) => o.sdkName === undefined)) {
    const wanted = derivedPath(operation);
    const given = taken.free(wanted);
    taken.add(given);
    const key = operationKey(operation.method, operation.path);
    names.set(key, given.join("."));
    if (given.join(".") !== wanted.join(".")) renamed.push({ operation: describe(operation), wanted: wanted.join("."), given: given.join(".") });
  }
  return { names, renamed };
}

/** Steps 2–4: the name an operation would get if nothing else had it. */
function derivedPath(operation: NamedOperation): string[] {
  const namespace = operation.tags?.[0] === undefined ? [] : [segment(operation.tags[0])];
  const fromId = operation.operationId?.split(".").map(segment).filter((s) => s !== "_");
  const method = fromId && fromId.length > 0 ? fromId : [segment(methodAndPath(operation))];
  const repeated = namespace.length > 0 && method.length > 1 && method[0] === namespace[0];
  return [...namespace, ...(repeated ? method.slice(1) : method)];
}

function methodAndPath(operation: NamedOperation): string {
  const parts = operation.path.split("/").filter(Boolean).map((part) => {
    const parameter = /^\{(.+)\}$/.exec(part);
    return parameter ? `by-${parameter[1]}` : part;
  });
  return [operation.method.toLowerCase(), ...parts].join("-");
}

function segment(name: string): string {
  const id = lowerFirstWord(identifier(name));
  return MEMBER_NAMES.has(id) || RESERVED_WORDS.has(id) ? `${id}_` : id;
}

/** Members start lower-case, as in JavaScript: "Pets" → "pets", "URLShortener" → "urlShortener". */
function lowerFirstWord(id: string): string {
  const capitals = /^[A-Z]+/.exec(id)?.[0];
  if (!capitals) return id;
  const keep = capitals.length > 1 && /[a-z]/.test(id.charAt(capitals.length)) ? 1 : 0;
  return capitals.slice(0, capitals.length - keep).toLowerCase() + id.slice(capitals.length - keep);
}

function describe(operation: NamedOperation): string {
  return `${operationKey(operation.method, operation.path)}${operation.operationId ? ` (${operation.operationId})` : ""}`;
}

/** The names handed out so far: a node is a method, a namespace, or free; never both. */
class NameTree {
  private readonly methods = new Set<string>();
  private readonly namespaces = new Set<string>();

  add(path: string[]): void {
    for (let i = 1; i < path.length; i++) this.namespaces.add(path.slice(0, i).join("."));
    this.methods.add(path.join("."));
  }

  /**
   * `wanted`, or the same with the lowest numeric suffix that makes it fit, on the segment in the
   * way: the last one when the name is taken, or a namespace segment that is already a method.
   */
  free(wanted: string[]): string[] {
    const suffixes = wanted.map(() => 1);
    let path = wanted;
    for (let conflict = this.conflictAt(path); conflict >= 0; conflict = this.conflictAt(path)) {
      suffixes[conflict]! += 1;
      path = wanted.map((part, i) => (suffixes[i]! > 1 ? `${part}${suffixes[i]}` : part));
    }
    return path;
  }

  /** The index of the segment to change for `path` to fit, or -1 when it fits as it is. */
  private conflictAt(path: string[]): number {
    for (let i = 1; i < path.length; i++) if (this.methods.has(path.slice(0, i).join("."))) return i - 1;
    const name = path.join(".");
    return this.methods.has(name) || this.namespaces.has(name) ? path.length - 1 : -1;
  }
}
