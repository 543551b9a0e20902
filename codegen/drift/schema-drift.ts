// Compares one of our schemas with the published one, for the differences a client or a mock
// would feel: fields only one side has, required flags, types, formats, enums and oneOf/anyOf
// branches. Pure refactoring is not a difference: allOf is merged into one schema first (the
// differ's flatten), $ref and inline are both resolved to what they mean, a oneOf/anyOf of one
// branch is that branch, oneOf and anyOf are the same union, documentation text (description,
// summary, title, examples) is never read, and readOnly fields are dropped from requests
// (writeOnly ones from responses), since a provider's spec often reuses its full resource schema
// as a request body.
import { pairBranches } from "../diff/branches.js";
import { flatten, typeOf } from "../diff/schema-diff.js";
import type { JSONSchema } from "../diff/schema-types.js";
import type { SchemaKind, Scope } from "./checks.js";
import { PublishedDefect } from "./published.js";

export interface SchemaDrift {
  id: string;
  at: string;
  message: string;
}

export type Resolve = (schema: JSONSchema | undefined) => JSONSchema;

/** Inline nesting deeper than this is not compared (referenced pairs are compared once anyway). */
const MAX_DEPTH = 64;

export function driftSchemas(ours: JSONSchema | undefined, published: JSONSchema | undefined, scope: Scope, at: string, resolveOurs: Resolve, resolvePublished: Resolve): SchemaDrift[] {
  const walker = new DriftWalker(scope, resolveOurs, resolvePublished);
  walker.walk(ours, published, at, 0);
  return walker.found;
}

class DriftWalker {
  readonly found: SchemaDrift[] = [];
  private readonly seen = new Set<string>();
  private readonly inline = new Map<JSONSchema, number>();
  /** Which side's fields are not part of this payload: readOnly ones in a request, writeOnly in a response. */
  private readonly hidden: "readOnly" | "writeOnly" | undefined;

  constructor(
    private readonly scope: Scope,
    private readonly resolveOurs: Resolve,
    private readonly resolvePublished: Resolve,
  ) {
    this.hidden = scope === "request" ? "readOnly" : scope === "response" ? "writeOnly" : undefined;
  }

  private add(kind: SchemaKind, at: string, message: string): void {
    this.found.push({ id: `${this.scope}-${kind}`, at, message });
  }

  walk(a: JSONSchema | undefined, b: JSONSchema | undefined, at: string, depth: number): void {
    if (!a || !b || depth > MAX_DEPTH) return;
    // A pair of schemas is compared once, where it is first reached: repeating it would repeat
    // findings, never end on recursive schemas (or YAML aliases that loop), and blow up on a
    // schema graph with many paths through it. A schema is its $ref or, inline, the object
    // itself: a $ref of ours met twice against two different inline schemas is two pairs.
    const key = `${this.identity(a)}|${this.identity(b)}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    const x = this.normalise(a, this.resolveOurs);
    const y = this.normalise(b, this.resolvePublished);
    const typeA = typeOf(x);
    const typeB = typeOf(y);
    if (typeA && typeB && typeA !== typeB) return this.add("type-differs", at, `type is ${typeA} here, ${typeB} in the published spec`);
    if (x.format !== y.format) this.add("format-differs", at, `format is ${x.format ?? "(none)"} here, ${y.format ?? "(none)"} in the published spec`);
    this.enums(x, y, at);
    this.properties(x, y, at, depth);
    if (x.items && y.items) this.walk(x.items, y.items, `${at}[]`, depth + 1);
    if (isSchema(x.additionalProperties) && isSchema(y.additionalProperties)) this.walk(x.additionalProperties, y.additionalProperties, `${at}{}`, depth + 1);
    this.branches(x, y, at, depth);
  }

  private identity(schema: JSONSchema): string {
    if (schema.$ref) return `ref:${schema.$ref}`;
    let id = this.inline.get(schema);
    if (id === undefined) this.inline.set(schema, (id = this.inline.size));
    return `inline:${id}`;
  }

  /** What a schema means, whatever way it is written: resolved, allOf merged, a lone branch unwrapped. */
  private normalise(schema: JSONSchema, resolve: Resolve): JSONSchema {
    checkAllOfDepth(schema, resolve);
    let current = flatten(resolve(schema), resolve);
    for (let unwrapped = 0; unwrapped < MAX_DEPTH; unwrapped++) {
      const only = current.oneOf?.length === 1 ? current.oneOf[0] : current.anyOf?.length === 1 ? current.anyOf[0] : undefined;
      if (!only || current.properties) break;
      const { oneOf: _one, anyOf: _any, ...rest } = current;
      current = flatten({ ...rest, allOf: [only] }, resolve);
    }
    return this.withoutHidden(current, resolve);
  }

  private withoutHidden(schema: JSONSchema, resolve: Resolve): JSONSchema {
    const hidden = this.hidden;
    if (!hidden || !schema.properties) return schema;
    const isHidden = (property: JSONSchema) => property[hidden] === true || resolve(property)[hidden] === true;
    const names = Object.keys(schema.properties).filter((name) => isHidden(schema.properties![name]!));
    if (names.length === 0) return schema;
    const properties = Object.fromEntries(Object.entries(schema.properties).filter(([name]) => !names.includes(name)));
    return { ...schema, properties, required: (schema.required ?? []).filter((name) => !names.includes(name)) };
  }

  private enums(x: JSONSchema, y: JSONSchema, at: string): void {
    const ours = enumValues(x);
    const theirs = enumValues(y);
    if (ours && !theirs) return this.add("enum-only-ours", at, `restricted to ${ours.join(", ")} here, any value in the published spec`);
    if (!ours && theirs) return this.add("enum-only-published", at, `restricted to ${theirs.join(", ")} in the published spec, any value here`);
    if (!ours || !theirs) return;
    const onlyOurs = ours.filter((v) => !theirs.includes(v));
    const onlyTheirs = theirs.filter((v) => !ours.includes(v));
    if (onlyOurs.length > 0) this.add("enum-value-only-ours", at, `enum value ${onlyOurs.join(", ")} here only`);
    if (onlyTheirs.length > 0) this.add("enum-value-only-published", at, `enum value ${onlyTheirs.join(", ")} in the published spec only`);
  }

  private properties(x: JSONSchema, y: JSONSchema, at: string, depth: number): void {
    const ours = x.properties ?? {};
    const theirs = y.properties ?? {};
    const requiredOurs = new Set(x.required ?? []);
    const requiredTheirs = new Set(y.required ?? []);
    for (const name of Object.keys(ours)) {
      const field = `${at}.${name}`;
      if (!Object.hasOwn(theirs, name)) {
        this.add("field-only-ours", field, `field ${requiredOurs.has(name) ? "(required) " : ""}here only`);
        continue;
      }
      if (requiredOurs.has(name) !== requiredTheirs.has(name)) {
        this.add("required-differs", field, requiredOurs.has(name) ? "required here, optional in the published spec" : "optional here, required in the published spec");
      }
      this.walk(ours[name], theirs[name], field, depth + 1);
    }
    for (const name of Object.keys(theirs)) {
      if (Object.hasOwn(ours, name)) continue;
      this.add("field-only-published", `${at}.${name}`, `field ${requiredTheirs.has(name) ? "(required) " : ""}in the published spec only`);
    }
  }

  /**
   * Branches are paired by what they are (the differ's pairing), so reordering is no drift. A
   * oneOf here against an anyOf there is one union written two ways (we write anyOf where the
   * provider's oneOf branches overlap), so the branches are paired across the two keywords.
   */
  private branches(x: JSONSchema, y: JSONSchema, at: string, depth: number): void {
    const ours = union(x);
    const theirs = union(y);
    if (!ours && !theirs) return;
    // Branches are paired by what they mean, so a branch written as allOf pairs with its flat twin.
    const meaningOurs: Resolve = (schema) => this.normalise(schema ?? {}, this.resolveOurs);
    const meaningTheirs: Resolve = (schema) => this.normalise(schema ?? {}, this.resolvePublished);
    const { pairs, removed, added } = pairBranches(ours?.branches ?? [], theirs?.branches ?? [], x.discriminator, y.discriminator, meaningOurs, meaningTheirs);
    for (const branch of removed) this.add("branch-only-ours", at, `${ours!.keyword} branch ${branch.label} here only`);
    for (const branch of added) this.add("branch-only-published", at, `${theirs!.keyword} branch ${branch.label} in the published spec only`);
    for (const [a, b] of pairs) this.walk(a.schema, b.schema, `${at}<${b.label}>`, depth + 1);
  }
}

/** More allOf parts than this under one schema is not a real spec; flatten would visit each of them. */
const MAX_ALL_OF_PARTS = 10_000;

/**
 * The differ's flatten recurses through allOf without a limit and visits a part once per way to
 * reach it: a published schema whose allOf nests thousands of levels deep, includes itself, or
 * doubles at every level would exhaust the stack, never end, or take exponential time.
 */
function checkAllOfDepth(schema: JSONSchema, resolve: Resolve): void {
  let level: JSONSchema[] = [schema];
  let visited = 0;
  for (let depth = 0; level.length > 0; depth++) {
    visited += level.length;
    if (depth > MAX_DEPTH || visited > MAX_ALL_OF_PARTS) {
      throw new PublishedDefect(`allOf nested more than ${MAX_DEPTH} levels deep, including itself, or with more than ${MAX_ALL_OF_PARTS} parts`);
    }
    level = level.flatMap((s) => resolve(s).allOf ?? []);
  }
}

function union(schema: JSONSchema): { keyword: "oneOf" | "anyOf"; branches: JSONSchema[] } | undefined {
  if (schema.oneOf) return { keyword: "oneOf", branches: schema.oneOf };
  if (schema.anyOf) return { keyword: "anyOf", branches: schema.anyOf };
  return undefined;
}

function isSchema(value: unknown): value is JSONSchema {
  return typeof value === "object" && value !== null;
}

function enumValues(schema: JSONSchema): string[] | undefined {
  const values = schema.enum ?? (schema.const !== undefined ? [schema.const] : undefined);
  return values?.filter((v) => v !== null).map((v) => JSON.stringify(v));
}
