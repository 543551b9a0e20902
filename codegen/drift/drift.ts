// Drift: how our curated spec of a provider differs from the provider's published OpenAPI
// document, for the operations we curate only. Each of our operations is matched to a published
// one (match.ts) and compared part by part: parameters, request body, responses; schemas by
// schema-drift.ts. The published side is hostile input: any part may be missing or malformed
// and is then read as absent, and a $ref it cannot resolve is an error naming the operation.
import type { SpecSide } from "../diff/spec-diff.js";
import { flatten } from "../diff/schema-diff.js";
import type { JSONSchema } from "../diff/schema-types.js";
import { SpecError } from "../spec-error.js";
import type { Scope } from "./checks.js";
import { PublishedIndex, serverPath, templateNames, type PublishedOperation } from "./match.js";
import { isDefect, RefResolver, type PublishedSpec } from "./published.js";
import { driftSchemas, type Resolve } from "./schema-drift.js";
import { wellFormed } from "./well-formed.js";

export interface Drift {
  /** A drift id (checks.ts). */
  id: string;
  /** The product (spec file) of our operation. */
  product: string;
  /** Our operation, "POST /10dlc/brand". */
  operation: string;
  /** Where inside it, e.g. "body.address.city"; empty for the operation itself. */
  at: string;
  message: string;
}

export interface DriftResult {
  /** Operations of ours found in the published spec and compared. */
  compared: number;
  differences: Drift[];
}

type Emit = (id: string, at: string, message: string) => void;
type Obj = Record<string, unknown>;

interface Sides {
  ours: RefResolver;
  theirs: RefResolver;
  resolveOurs: Resolve;
  resolveTheirs: Resolve;
  emit: Emit;
}

export function driftProvider(ours: SpecSide, published: PublishedSpec): DriftResult {
  const oursResolver = new RefResolver(ours.spec.document);
  const theirsResolver = new RefResolver(published.document);
  const index = new PublishedIndex(published.document, theirsResolver, published.file);
  const ourBase = serverPath(ours.spec.document);
  const differences: Drift[] = [];
  let compared = 0;
  for (const op of ours.model.operations) {
    const subject = `${op.method} ${op.path}`;
    const emit: Emit = (id, at, message) => differences.push({ id, product: op.product, operation: subject, at, message });
    const match = index.find(op.method, op.path, ourBase, op.operationId);
    if (!match) {
      emit("operation-not-published", "", "not in the published spec (no operation with this method and path, nor this operationId)");
      continue;
    }
    compared++;
    const item = ours.spec.document.paths[op.path] as unknown as Obj;
    const operation = item[op.method.toLowerCase()] as Obj;
    const sides: Sides = {
      ours: oursResolver,
      theirs: theirsResolver,
      resolveOurs: (schema) => oursResolver.resolve<JSONSchema>(schema ?? {}),
      resolveTheirs: (schema) => wellFormed(theirsResolver.resolve<unknown>(schema ?? {})),
      emit,
    };
    try {
      compareOperation({ path: op.path, item, operation }, match, sides);
    } catch (error) {
      // The RangeError is the backstop for nesting no explicit limit caught (the differ's branch
      // pairing reads a branch whole): the stack ran out, and the document is to blame.
      const reason = isDefect(error) ? error.message : error instanceof RangeError ? "schemas nested too deeply to compare" : undefined;
      if (reason === undefined) throw error;
      throw new SpecError([{ file: published.file, rule: "drift/published-spec", message: `${match.method} ${match.path}: ${reason}` }]);
    }
  }
  return { compared, differences };
}

function compareOperation(ours: { path: string; item: Obj; operation: Obj }, theirs: PublishedOperation, sides: Sides): void {
  const renamed = pathNameMap(ours.path, theirs.path);
  compareParameters(parameters(ours.item, ours.operation, sides.ours), parameters(theirs.item, theirs.operation, sides.theirs), renamed, sides);
  compareRequestBody(ours.operation.requestBody, theirs.operation.requestBody, sides);
  compareResponses(asObject(ours.operation.responses), asObject(sides.theirs.resolve(theirs.operation.responses)), sides);
}

interface Parameter {
  name: string;
  in: string;
  required?: boolean;
  schema?: JSONSchema;
  content?: Record<string, { schema?: JSONSchema }>;
}

/** Path-level parameters, overridden by the operation's own of the same name and location. */
function parameters(item: Obj, operation: Obj, resolver: RefResolver): Parameter[] {
  const read = (list: unknown) =>
    (Array.isArray(list) ? list : [])
      .map((p) => asObject(resolver.resolve(p)) as Partial<Parameter>)
      .filter((p): p is Parameter => typeof p.name === "string" && typeof p.in === "string" && !ignoredHeader(p));
  const own = read(operation.parameters);
  const merged = [...read(item.parameters).filter((p) => !own.some((q) => sameParameter(p, q))), ...own];
  return merged.flatMap((p) => deepObjectMembers(p, resolver) ?? [p]);
}

/**
 * A deepObject query parameter `filter` with properties `status` and `type` is sent as
 * `filter[status]=…&filter[type]=…`, exactly what two parameters named `filter[status]` and
 * `filter[type]` send: one spec often writes the first, the other the second. Both are compared
 * as the members, so the choice is no drift. A member is required when the object parameter is
 * and lists it as required.
 */
function deepObjectMembers(p: Parameter, resolver: RefResolver): Parameter[] | undefined {
  if (p.in !== "query" || (p as { style?: unknown }).style !== "deepObject" || !p.schema) return undefined;
  const resolve: Resolve = (schema) => wellFormed(resolver.resolve(schema ?? {}));
  const schema = flatten(resolve(p.schema), resolve);
  if (!schema.properties || Object.keys(schema.properties).length === 0) return undefined;
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties).map(([member, memberSchema]) => ({
    name: `${p.name}[${member}]`,
    in: "query",
    required: Boolean(p.required) && required.has(member),
    schema: memberSchema,
  }));
}

/** OpenAPI says header parameters named Accept, Content-Type or Authorization "SHALL be ignored". */
function ignoredHeader(p: Partial<Parameter>): boolean {
  return p.in === "header" && ["accept", "content-type", "authorization"].includes(String(p.name).toLowerCase());
}

/** Published path parameter name → ours, paired by position in the template. */
function pathNameMap(ourPath: string, theirPath: string): Map<string, string> {
  const ourNames = templateNames(ourPath);
  const theirNames = templateNames(theirPath);
  return new Map(theirNames.map((name, i) => [name, ourNames[i] ?? name]));
}

function sameParameter(p: Parameter, q: Parameter): boolean {
  if (p.in !== q.in) return false;
  // Header names are case-insensitive.
  return p.in === "header" ? p.name.toLowerCase() === q.name.toLowerCase() : p.name === q.name;
}

function compareParameters(ours: Parameter[], published: Parameter[], renamed: Map<string, string>, sides: Sides): void {
  const theirs = published.map((p) => (p.in === "path" ? { ...p, name: renamed.get(p.name) ?? p.name } : p));
  const label = (p: Parameter) => `${p.in} parameter ${p.name}`;
  for (const p of ours) {
    const q = theirs.find((other) => sameParameter(p, other));
    if (!q) {
      sides.emit("parameter-only-ours", label(p), `parameter ${p.required ? "(required) " : ""}here only`);
      continue;
    }
    if (Boolean(p.required) !== Boolean(q.required)) {
      sides.emit("parameter-required-differs", label(p), p.required ? "required here, optional in the published spec" : "optional here, required in the published spec");
    }
    schemaDrift(parameterSchema(p), parameterSchema(q), "parameter", label(p), sides);
  }
  for (const q of theirs) {
    if (!ours.some((p) => sameParameter(p, q))) sides.emit("parameter-only-published", label(q), `parameter ${q.required ? "(required) " : ""}in the published spec only`);
  }
}

/** A parameter's schema, or that of its first `content` entry (parameters may use either). */
function parameterSchema(p: Parameter): JSONSchema | undefined {
  if (p.schema) return p.schema;
  return asObject(Object.values(asObject(p.content))[0]).schema as JSONSchema | undefined;
}

interface Body {
  required?: boolean;
  content?: Obj;
}

function compareRequestBody(rawOurs: unknown, rawTheirs: unknown, sides: Sides): void {
  const ours = rawOurs === undefined ? undefined : (asObject(sides.ours.resolve(rawOurs)) as Body);
  const theirs = rawTheirs === undefined ? undefined : (asObject(sides.theirs.resolve(rawTheirs)) as Body);
  if (ours && !theirs) return sides.emit("request-body-only-ours", "body", "request body here only");
  if (!ours && theirs) return sides.emit("request-body-only-published", "body", "request body in the published spec only");
  if (!ours || !theirs) return;
  if (Boolean(ours.required) !== Boolean(theirs.required)) {
    sides.emit("request-body-required-differs", "body", ours.required ? "required here, optional in the published spec" : "optional here, required in the published spec");
  }
  compareContent(ours.content, theirs.content, "request", "body", sides);
}

function compareResponses(ours: Obj, theirs: Obj, sides: Sides): void {
  const status = (code: string) => code.toUpperCase();
  const find = (responses: Obj, code: string) => Object.keys(responses).find((c) => status(c) === status(code));
  for (const code of Object.keys(ours)) {
    const at = `response ${code}`;
    const other = find(theirs, code);
    if (other === undefined) {
      sides.emit("response-status-only-ours", at, "status here only");
      continue;
    }
    const a = asObject(sides.ours.resolve(ours[code])) as Body;
    const b = asObject(sides.theirs.resolve(theirs[other])) as Body;
    compareContent(a.content, b.content, "response", at, sides);
  }
  for (const code of Object.keys(theirs)) {
    if (find(ours, code) === undefined) sides.emit("response-status-only-published", `response ${code}`, "status in the published spec only");
  }
}

/** Media types compared without case or parameters ("application/json; charset=utf-8" is application/json). */
function compareContent(rawOurs: unknown, rawTheirs: unknown, scope: "request" | "response", at: string, sides: Sides): void {
  const ours = mediaTypes(rawOurs);
  const theirs = mediaTypes(rawTheirs);
  const kind = scope === "request" ? "request-content-type" : "response-content-type";
  for (const [type, media] of ours) {
    const other = theirs.get(type);
    if (!other) sides.emit(`${kind}-only-ours`, at, `${type} here only`);
    else schemaDrift(asObject(media).schema as JSONSchema, asObject(other).schema as JSONSchema, scope, at, sides);
  }
  for (const type of theirs.keys()) if (!ours.has(type)) sides.emit(`${kind}-only-published`, at, `${type} in the published spec only`);
}

function mediaTypes(content: unknown): Map<string, unknown> {
  const types = new Map<string, unknown>();
  for (const [type, media] of Object.entries(asObject(content))) {
    const key = type.split(";")[0]!.trim().toLowerCase();
    if (!types.has(key)) types.set(key, media);
  }
  return types;
}

function schemaDrift(ours: JSONSchema | undefined, theirs: JSONSchema | undefined, scope: Scope, at: string, sides: Sides): void {
  const published = theirs === undefined ? undefined : wellFormed(theirs);
  for (const d of driftSchemas(ours, published, scope, at, sides.resolveOurs, sides.resolveTheirs)) sides.emit(d.id, d.at, d.message);
}

function asObject(value: unknown): Obj {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Obj) : {};
}
