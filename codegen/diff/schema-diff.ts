// Compares two JSON schemas keyword by keyword. Each difference becomes a check of the registry
// (checks.ts) whose id names the scope (request parameter, request property, response property,
// response header, webhook property); the scope decides the direction data flows and so the level.
import type { JSONSchema } from "./schema-types.js";
import type { SchemaScope } from "./checks.js";
import { pairBranches } from "./branches.js";

export interface SchemaChange {
  id: string;
  /** Where in the payload, e.g. "body.address.city" or "response 200.data[].status". */
  at: string;
  message: string;
}

export type Resolve = (schema: JSONSchema | undefined) => JSONSchema;

/** Membership changes inside a parameter's or header's object belong to the property scope of its direction. */
function propertyScope(scope: SchemaScope): SchemaScope {
  if (scope === "request-parameter") return "request-property";
  if (scope === "response-header") return "response-property";
  return scope;
}

/** Inline nesting deeper than this is not compared (referenced schemas are bounded by the once-per-pair rule). */
const MAX_DEPTH = 64;

export function diffSchemas(
  base: JSONSchema | undefined,
  head: JSONSchema | undefined,
  scope: SchemaScope,
  at: string,
  resolveBase: Resolve,
  resolveHead: Resolve,
): SchemaChange[] {
  const walker = new SchemaWalker(scope, resolveBase, resolveHead);
  walker.walk(base, head, at, 0, false);
  return walker.changes;
}

class SchemaWalker {
  readonly changes: SchemaChange[] = [];
  private readonly seen = new Set<string>();

  constructor(
    private readonly scope: SchemaScope,
    private readonly resolveBase: Resolve,
    private readonly resolveHead: Resolve,
  ) {}

  private add(suffix: string, at: string, message: string, isProperty: boolean): void {
    const scope = isProperty ? propertyScope(this.scope) : this.scope;
    this.changes.push({ id: `${scope}-${suffix}`, at, message });
  }

  walk(a: JSONSchema | undefined, b: JSONSchema | undefined, where: string, depth: number, isProperty: boolean): void {
    if (!a || !b || depth > MAX_DEPTH) return;
    // A pair of referenced schemas is compared once per payload, at the first place it is reached.
    // Comparing it again at every place would repeat the same findings, never end on a recursive
    // schema, and grow with the number of paths through the schema graph, which a hostile spec can
    // make exponential (A has two fields of type B, B two of type C, and so on).
    if (a.$ref || b.$ref) {
      const key = `${a.$ref ?? ""}|${b.$ref ?? ""}|${isProperty}`;
      if (this.seen.has(key)) return;
      this.seen.add(key);
    }
    const x = flatten(this.resolveBase(a), this.resolveBase);
    const y = flatten(this.resolveHead(b), this.resolveHead);
    const add = (suffix: string, message: string) => this.add(suffix, where, message, isProperty);

    const typeA = typeOf(x);
    const typeB = typeOf(y);
    if (typeA && typeB && typeA !== typeB) {
      add("type-changed", `type changed from ${typeA} to ${typeB}`);
      return;
    }
    if (!isNullable(x) && isNullable(y)) add("became-nullable", "may now be null");
    if (isNullable(x) && !isNullable(y)) add("became-not-nullable", "may no longer be null");

    this.enums(x, y, add);
    this.bounds(x, y, add);
    this.keywords(x, y, add);
    if (isProperty) this.flags(x, y, add);
    this.properties(x, y, where, depth);
    if (x.items || y.items) this.walk(x.items, y.items, `${where}[]`, depth + 1, isProperty);
    if (isSchema(x.additionalProperties) && isSchema(y.additionalProperties)) {
      this.walk(x.additionalProperties, y.additionalProperties, `${where}{}`, depth + 1, isProperty);
    }
    for (const keyword of ["oneOf", "anyOf"] as const) this.branches(keyword, x, y, where, depth, isProperty);
  }

  private enums(x: JSONSchema, y: JSONSchema, add: (suffix: string, message: string) => void): void {
    const valuesA = enumValues(x);
    const valuesB = enumValues(y);
    if (!valuesA && !valuesB) return;
    if (!valuesA && valuesB) return add("enum-added", `now restricted to ${valuesB.join(", ")}`);
    if (valuesA && !valuesB) return add("enum-removed", "no longer restricted to an enum");
    const removed = valuesA!.filter((v) => !valuesB!.includes(v));
    const added = valuesB!.filter((v) => !valuesA!.includes(v));
    if (removed.length > 0) add("enum-value-removed", `enum value ${removed.join(", ")} removed`);
    if (added.length > 0) add("enum-value-added", `enum value ${added.join(", ")} added`);
  }

  private bounds(x: JSONSchema, y: JSONSchema, add: (suffix: string, message: string) => void): void {
    const upperA = upper(x);
    const upperB = upper(y);
    const order = compareBound(upperA, upperB, "upper");
    if (order === "tighter") add("max-decreased", `maximum ${showBound(upperA, "<")} → ${showBound(upperB, "<")}`);
    if (order === "looser") add("max-increased", `maximum ${showBound(upperA, "<")} → ${showBound(upperB, "<")}`);
    const lowerA = lower(x);
    const lowerB = lower(y);
    const lowerOrder = compareBound(lowerA, lowerB, "lower");
    if (lowerOrder === "tighter") add("min-increased", `minimum ${showBound(lowerA, ">")} → ${showBound(lowerB, ">")}`);
    if (lowerOrder === "looser") add("min-decreased", `minimum ${showBound(lowerA, ">")} → ${showBound(lowerB, ">")}`);
    const counts: Array<[keyof JSONSchema, string, string]> = [
      ["maxLength", "max-length-decreased", "max-length-increased"],
      ["maxItems", "max-items-decreased", "max-items-increased"],
    ];
    for (const [keyword, tighter, looser] of counts) {
      const before = num(x[keyword]) ?? Infinity;
      const after = num(y[keyword]) ?? Infinity;
      if (after < before) add(tighter, `${keyword} ${show(x[keyword])} → ${show(y[keyword])}`);
      if (after > before) add(looser, `${keyword} ${show(x[keyword])} → ${show(y[keyword])}`);
    }
    const floors: Array<[keyof JSONSchema, string, string]> = [
      ["minLength", "min-length-increased", "min-length-decreased"],
      ["minItems", "min-items-increased", "min-items-decreased"],
    ];
    for (const [keyword, tighter, looser] of floors) {
      const before = num(x[keyword]) ?? 0;
      const after = num(y[keyword]) ?? 0;
      if (after > before) add(tighter, `${keyword} ${show(x[keyword])} → ${show(y[keyword])}`);
      if (after < before) add(looser, `${keyword} ${show(x[keyword])} → ${show(y[keyword])}`);
    }
  }

  private keywords(x: JSONSchema, y: JSONSchema, add: (suffix: string, message: string) => void): void {
    if (!x.pattern && y.pattern) add("pattern-added", `pattern ${y.pattern} added`);
    if (x.pattern && !y.pattern) add("pattern-removed", `pattern ${x.pattern} removed`);
    if (x.pattern && y.pattern && x.pattern !== y.pattern) add("pattern-changed", `pattern ${x.pattern} → ${y.pattern}`);
    if (!x.format && y.format) add("format-added", `format ${y.format} added`);
    if (x.format && !y.format) add("format-removed", `format ${x.format} removed`);
    if (x.format && y.format && x.format !== y.format) add("format-changed", `format ${x.format} → ${y.format}`);
    if (x.multipleOf !== y.multipleOf) add("multiple-of-changed", `multipleOf ${show(x.multipleOf)} → ${show(y.multipleOf)}`);
    if (!x.uniqueItems && y.uniqueItems) add("unique-items-added", "items must now be unique");
    if (x.uniqueItems && !y.uniqueItems) add("unique-items-removed", "items need no longer be unique");
    if (x.additionalProperties !== false && y.additionalProperties === false) add("additional-properties-restricted", "additional properties no longer allowed");
    if (x.additionalProperties === false && y.additionalProperties !== false) add("additional-properties-allowed", "additional properties now allowed");
    if (JSON.stringify(x.default) !== JSON.stringify(y.default)) add("default-changed", `default ${show(x.default)} → ${show(y.default)}`);
  }

  /** readOnly, writeOnly and deprecated are properties' flags. */
  private flags(x: JSONSchema, y: JSONSchema, add: (suffix: string, message: string) => void): void {
    if (!x.deprecated && y.deprecated) add("deprecated", "deprecated");
    if (!x.readOnly && y.readOnly) add("became-read-only", "became readOnly");
    if (x.readOnly && !y.readOnly) add("read-only-removed", "no longer readOnly");
    if (!x.writeOnly && y.writeOnly) add("became-write-only", "became writeOnly");
    if (x.writeOnly && !y.writeOnly) add("write-only-removed", "no longer writeOnly");
  }

  private properties(x: JSONSchema, y: JSONSchema, where: string, depth: number): void {
    const propsA = x.properties ?? {};
    const propsB = y.properties ?? {};
    const requiredA = new Set(x.required ?? []);
    const requiredB = new Set(y.required ?? []);
    for (const name of Object.keys(propsA)) {
      const field = `${where}.${name}`;
      if (!Object.hasOwn(propsB, name)) {
        this.add("removed", field, "property removed", true);
        continue;
      }
      if (!requiredA.has(name) && requiredB.has(name)) this.add("became-required", field, "became required", true);
      if (requiredA.has(name) && !requiredB.has(name)) this.add("became-optional", field, "became optional (may be missing now)", true);
      this.walk(propsA[name], propsB[name], field, depth + 1, true);
    }
    for (const name of Object.keys(propsB)) {
      if (Object.hasOwn(propsA, name)) continue;
      const required = requiredB.has(name);
      const request = propertyScope(this.scope) === "request-property";
      const message = !request ? "property added" : required ? "required property added" : "optional property added";
      this.add(required && request ? "added-required" : "added", `${where}.${name}`, message, true);
    }
  }

  /** Branches are paired by content, not position, and the walk always descends into pairs. */
  private branches(keyword: "oneOf" | "anyOf", x: JSONSchema, y: JSONSchema, where: string, depth: number, isProperty: boolean): void {
    const altA = x[keyword];
    const altB = y[keyword];
    if (!altA && !altB) return;
    const suffix = keyword === "oneOf" ? "one-of" : "any-of";
    const { pairs, removed, added } = pairBranches(altA ?? [], altB ?? [], x.discriminator, y.discriminator, this.resolveBase, this.resolveHead);
    for (const branch of removed) this.add(`${suffix}-removed`, where, `${keyword} branch ${branch.label} removed`, isProperty);
    for (const branch of added) this.add(`${suffix}-added`, where, `${keyword} branch ${branch.label} added`, isProperty);
    for (const [a, b] of pairs) this.walk(a.schema, b.schema, `${where}<${b.label}>`, depth + 1, isProperty);
  }
}

/** Merges allOf parts into one schema, so composition changes do not look like type changes. */
export function flatten(schema: JSONSchema, resolve: Resolve, within: ReadonlySet<JSONSchema> = new Set()): JSONSchema {
  if (!Array.isArray(schema.allOf)) return schema;
  // A part that includes itself (directly or through others) adds nothing new: skip it instead of
  // recursing until the stack overflows. The differ reads specs the lint never saw (old commits).
  const chain = new Set(within).add(schema);
  const parts = schema.allOf
    .map((part) => resolve(part))
    .filter((part) => !chain.has(part))
    .map((part) => flatten(part, resolve, chain));
  return {
    ...Object.assign({}, ...parts),
    ...schema,
    allOf: undefined,
    type: schema.type ?? parts.find((p) => p.type)?.type,
    properties: Object.assign({}, ...parts.map((p) => p.properties ?? {}), schema.properties ?? {}),
    required: [...new Set([...parts.flatMap((p) => p.required ?? []), ...(schema.required ?? [])])],
  };
}

export function typeOf(schema: JSONSchema): string | undefined {
  if (Array.isArray(schema.type)) return schema.type.filter((t) => t !== "null").sort().join("|") || undefined;
  if (schema.type) return schema.type === "null" ? undefined : schema.type;
  if (schema.properties) return "object";
  return undefined;
}

function isNullable(schema: JSONSchema): boolean {
  if (Array.isArray(schema.type)) return schema.type.includes("null");
  return schema.nullable === true || (schema.enum?.includes(null) ?? false);
}

function isSchema(value: unknown): value is JSONSchema {
  return typeof value === "object" && value !== null;
}

function enumValues(schema: JSONSchema): string[] | undefined {
  const values = schema.enum ?? (schema.const !== undefined ? [schema.const] : undefined);
  return values?.filter((v) => v !== null).map((v) => JSON.stringify(v));
}

interface Bound {
  value: number;
  exclusive: boolean;
}

/** OpenAPI 3.1 writes exclusive bounds as numbers; 3.0 as booleans beside maximum/minimum. */
function upper(schema: JSONSchema): Bound | undefined {
  if (typeof schema.exclusiveMaximum === "number") return { value: schema.exclusiveMaximum, exclusive: true };
  if (typeof schema.maximum === "number") return { value: schema.maximum, exclusive: schema.exclusiveMaximum === true };
  return undefined;
}

function lower(schema: JSONSchema): Bound | undefined {
  if (typeof schema.exclusiveMinimum === "number") return { value: schema.exclusiveMinimum, exclusive: true };
  if (typeof schema.minimum === "number") return { value: schema.minimum, exclusive: schema.exclusiveMinimum === true };
  return undefined;
}

function compareBound(a: Bound | undefined, b: Bound | undefined, side: "upper" | "lower"): "tighter" | "looser" | "same" {
  if (!a && !b) return "same";
  if (!a) return "tighter";
  if (!b) return "looser";
  if (a.value === b.value) return a.exclusive === b.exclusive ? "same" : b.exclusive ? "tighter" : "looser";
  const lowered = b.value < a.value;
  return (side === "upper") === lowered ? "tighter" : "looser";
}

function showBound(bound: Bound | undefined, strict: string): string {
  if (!bound) return "(none)";
  return bound.exclusive ? `${strict} ${bound.value}` : `${bound.value}`;
}

function num(value: unknown): number | undefined {
  return typeof value === "number" ? value : undefined;
}

function show(value: unknown): string {
  return value === undefined ? "(none)" : JSON.stringify(value);
}
