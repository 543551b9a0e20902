// deepObject query parameters (`filter[groupBy]=npa`, `page[size]=20`) checked against their
// schema. Prism's validator lower-cases every query key before rebuilding the object but looks
// members up by their declared name, so a member with a capital letter (`filter[groupBy]`) is
// never found and never validated: `filter[groupBy]=anything` passed. The mock rebuilds the
// object from the keys as sent (case kept, as the provider reads them) and validates it itself.
import type { IHttpOperation, IHttpQueryParam } from "@stoplight/types";
import { Ajv, type ErrorObject, type Options, type ValidateFunction } from "ajv";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { readableSentence } from "./violations.js";

interface DeepObjectParameter {
  name: string;
  schema: Schema;
  /** Undefined when the schema cannot be compiled on its own (Prism still checks what it can). */
  validate: ValidateFunction | undefined;
}

export interface DeepObjectProblem {
  /** The member as the client wrote it, e.g. "filter[groupBy]". */
  parameter: string;
  /** What is wrong with it, as a sentence: "filter[groupBy] must be one of locality, npa". */
  message: string;
}

// Query values are text; like Prism, coerce them to the schema's types ("20" → 20, "true" →
// true). Not "array" coercion: it would make "draft" match both branches of
// `oneOf: [status, array of status]`; a single value for an array member is wrapped by rebuild.
const AJV_OPTIONS: Options = { allErrors: false, coerceTypes: true, strict: false, allowUnionTypes: true, validateFormats: true };
// ajv-formats is CommonJS: its function is the module or its `default`, depending on the loader.
const addFormats = ((addFormatsModule as { default?: unknown }).default ?? addFormatsModule) as (instance: Ajv) => void;
// Prism writes its parameter schemas as draft-07 (`$schema`); a 2020-12 one gets that dialect.
const draft07 = new Ajv(AJV_OPTIONS);
const draft2020 = new Ajv2020(AJV_OPTIONS);
addFormats(draft07);
addFormats(draft2020);
const DRAFT_2020 = /^https?:\/\/json-schema\.org\/draft\/2020-12\/schema#?$/;

const byOperation = new WeakMap<IHttpOperation, DeepObjectParameter[]>();

function compile(parameter: IHttpQueryParam): ValidateFunction | undefined {
  try {
    const schema = parameter.schema as Record<string, unknown>;
    return DRAFT_2020.test(String(schema.$schema)) ? draft2020.compile(schema) : draft07.compile(schema);
  } catch {
    return undefined;
  }
}

/** The operation's deepObject query parameters, their validators compiled once per operation. */
export function deepObjectParametersOf(operation: IHttpOperation): DeepObjectParameter[] {
  let found = byOperation.get(operation);
  if (found) return found;
  found = (operation.request?.query ?? [])
    .filter((parameter) => parameter.style === "deepObject" && parameter.schema !== undefined)
    .map((parameter) => ({ name: parameter.name, schema: parameter.schema as Schema, validate: compile(parameter) }));
  byOperation.set(operation, found);
  return found;
}

/** The first deepObject member whose value its schema refuses, if any. */
export function findDeepObjectProblem(operation: IHttpOperation, query: Record<string, string | string[]>): DeepObjectProblem | undefined {
  for (const parameter of deepObjectParametersOf(operation)) {
    if (!parameter.validate) continue;
    const value = rebuild(parameter.name, query, parameter.schema);
    if (value === undefined || parameter.validate(value)) continue;
    const error = parameter.validate.errors?.[0];
    if (error) return describe(parameter.name, error);
  }
  return undefined;
}

type Tree = { [key: string]: Tree | string | string[] };
type Schema = { type?: unknown; properties?: Record<string, Schema> };

/**
 * `filter[a]=1&filter[b][c]=2` as `{a: "1", b: {c: "2"}}` (null-prototype objects, so a member
 * named `__proto__` is plain data), or undefined when the query has no member of `name`.
 * Members given as `[0]`, `[1]`... become an array, as Prism reads them; a member the schema
 * says is an array and that was sent once (`filter[features]=sms`) is a one-item array.
 */
function rebuild(name: string, query: Record<string, string | string[]>, schema: Schema): Tree | undefined {
  const prefix = `${name}[`;
  let root: Tree | undefined;
  for (const key in query) {
    if (!key.startsWith(prefix)) continue;
    const segments = membersOf(key.slice(name.length));
    if (!segments) continue;
    root ??= Object.create(null) as Tree;
    let node = root;
    for (const segment of segments.slice(0, -1)) {
      const next = Object.hasOwn(node, segment) ? node[segment] : undefined;
      if (typeof next === "object" && next !== null && !Array.isArray(next)) node = next;
      else node = define(node, segment, Object.create(null) as Tree) as Tree;
    }
    define(node, segments[segments.length - 1]!, query[key]!);
  }
  return root === undefined ? undefined : (singlesAsArrays(indexedAsArrays(root), schema) as Tree);
}

/** "[a][b]" → ["a", "b"]; undefined for anything else ("[a]x", "[]", "[a"). */
function membersOf(rest: string): string[] | undefined {
  const segments: string[] = [];
  const pattern = /\[([^[\]]+)\]/y;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(rest)) !== null) segments.push(match[1]!);
  // The sticky pattern matches brackets back to back from the start; they must cover all of it.
  return segments.length > 0 && segments.join("").length + 2 * segments.length === rest.length ? segments : undefined;
}

function define<V>(node: Tree, key: string, value: V): V {
  Object.defineProperty(node, key, { value, writable: true, enumerable: true, configurable: true });
  return value;
}

function indexedAsArrays(value: Tree | string | string[]): unknown {
  if (typeof value !== "object" || Array.isArray(value)) return value;
  const keys = Object.keys(value);
  for (const key of keys) define(value, key, indexedAsArrays(value[key]!));
  if (keys.length > 0 && keys.every((key) => /^\d{1,4}$/.test(key))) return keys.sort((a, b) => Number(a) - Number(b)).map((key) => value[key]);
  return value;
}

function singlesAsArrays(value: unknown, schema: Schema | undefined): unknown {
  if (typeof value === "string") return schema?.type === "array" ? [value] : value;
  if (typeof value !== "object" || value === null || Array.isArray(value)) return value;
  const tree = value as Tree;
  for (const key of Object.keys(tree)) {
    const member = schema?.properties && Object.hasOwn(schema.properties, key) ? schema.properties[key] : undefined;
    define(tree, key, singlesAsArrays(tree[key], member));
  }
  return tree;
}

function describe(name: string, error: ErrorObject): DeepObjectProblem {
  const path = error.instancePath.split("/").slice(1).map((segment) => segment.replaceAll("~1", "/").replaceAll("~0", "~"));
  const missing = error.keyword === "required" ? (error.params as { missingProperty?: string }).missingProperty : undefined;
  if (missing !== undefined) path.push(missing);
  const parameter = `${name}${path.map((segment) => `[${segment}]`).join("")}`;
  const allowed = (error.params as { allowedValues?: unknown[] }).allowedValues;
  const ajv = missing !== undefined ? `must have required property '${missing}'` : `${error.message ?? "is invalid"}${allowed ? `: ${allowed.join(", ")}` : ""}`;
  return { parameter, message: readableSentence(parameter, name, ajv) };
}
