// Values that a schema accepts, as fast-check arbitraries. The generator covers the keywords the
// bundled specs use (type, enum, const, formats, patterns, lengths, bounds, items, properties,
// required, oneOf/anyOf/allOf); where it cannot be sure (a `not`, a pattern fast-check cannot
// invert), it offers the schema's own example, and the request oracle has the last word anyway.
import fc from "fast-check";
import { codePointLength, freeText, truncateCodePoints } from "./hostile.js";
import type { Json, Located, RefResolver } from "./refs.js";

export interface ValueOptions {
  /** Free-text fields get hostile strings too (bodies); header values must stay printable ASCII. */
  hostileText: boolean;
  /** Nesting limit: deeper optional properties are left out. */
  maxDepth: number;
  /** Free text is kept this short (URLs: a 100 KB path param would only measure Node's header limit). */
  maxTextLength?: number;
  /** Characters free text must not contain. */
  excludeChars?: RegExp;
}

const MAX_DEPTH = 6;

export function valueArbitrary(resolver: RefResolver, schema: Located, options: ValueOptions = { hostileText: true, maxDepth: MAX_DEPTH }, depth = 0): fc.Arbitrary<unknown> {
  const { node } = resolver.deref(schema);
  const example = exampleOf(node);
  if (node.const !== undefined) return fc.constant(node.const);
  if (Array.isArray(node.enum) && node.enum.length > 0) return fc.constantFrom(...(node.enum as unknown[]));
  if (node.not !== undefined && example !== undefined) return fc.constant(example);
  for (const keyword of ["oneOf", "anyOf"] as const) {
    const branches = node[keyword];
    if (Array.isArray(branches) && branches.length > 0) {
      const siblings = withoutKeyword(schema, keyword);
      return fc.oneof(...branches.map((_, i) => combine(resolver, siblings, resolver.child(resolver.deref(schema), keyword, i)!, options, depth)));
    }
  }
  if (Array.isArray(node.allOf)) return allOfArbitrary(resolver, schema, options, depth);
  const types = typesOf(node);
  if (types.length > 1) return fc.oneof(...types.map((type) => typedArbitrary(resolver, schema, type, options, depth)));
  return typedArbitrary(resolver, schema, types[0]!, options, depth);
}

function typedArbitrary(resolver: RefResolver, schema: Located, type: string, options: ValueOptions, depth: number): fc.Arbitrary<unknown> {
  const { node } = resolver.deref(schema);
  switch (type) {
    case "null":
      return fc.constant(null);
    case "boolean":
      return fc.boolean();
    case "integer":
      return integerArbitrary(node);
    case "number":
      return numberArbitrary(node);
    case "string":
      return stringArbitrary(node, options);
    case "array":
      return arrayArbitrary(resolver, schema, options, depth);
    case "object":
      return objectArbitrary(resolver, schema, options, depth);
    default:
      return fc.oneof(fc.string({ maxLength: 8 }), fc.integer(), fc.boolean());
  }
}

function typesOf(node: Json): string[] {
  if (Array.isArray(node.type)) return node.type as string[];
  if (typeof node.type === "string") return [node.type];
  if (node.properties || node.required || node.additionalProperties) return ["object"];
  if (node.items) return ["array"];
  return ["any"];
}

function exampleOf(node: Json): unknown {
  if (node.example !== undefined) return node.example;
  return Array.isArray(node.examples) ? node.examples[0] : undefined;
}

function integerArbitrary(node: Json): fc.Arbitrary<number> {
  const min = Math.ceil(bound(node.minimum, node.exclusiveMinimum, 1) ?? -1_000_000);
  const max = Math.floor(bound(node.maximum, node.exclusiveMaximum, -1) ?? Math.max(min, 0) + 1_000_000);
  const multiple = typeof node.multipleOf === "number" ? node.multipleOf : 1;
  return fc.integer({ min: Math.ceil(min / multiple), max: Math.floor(max / multiple) }).map((n) => n * multiple);
}

function numberArbitrary(node: Json): fc.Arbitrary<number> {
  const min = bound(node.minimum, node.exclusiveMinimum, Number.EPSILON) ?? -1e9;
  const max = bound(node.maximum, node.exclusiveMaximum, -Number.EPSILON) ?? Math.max(min, 0) + 1e9;
  return fc.double({ min, max, noNaN: true, noDefaultInfinity: true }).map((n) => (Object.is(n, -0) ? 0 : n));
}

/** The inclusive bound from `minimum`/`exclusiveMinimum` (2020-12: exclusive ones are numbers). */
function bound(inclusive: unknown, exclusive: unknown, step: number): number | undefined {
  if (typeof exclusive === "number") return exclusive + (Number.isInteger(exclusive) && Math.abs(step) === 1 ? step : step * Math.max(1, Math.abs(exclusive)));
  return typeof inclusive === "number" ? inclusive : undefined;
}

function stringArbitrary(node: Json, options: ValueOptions): fc.Arbitrary<string> {
  const minLength = typeof node.minLength === "number" ? node.minLength : 0;
  const declaredMax = typeof node.maxLength === "number" ? node.maxLength : undefined;
  const maxLength = options.maxTextLength === undefined ? declaredMax : Math.min(declaredMax ?? Infinity, Math.max(options.maxTextLength, minLength));
  const fitted = (arbitrary: fc.Arbitrary<string>) => arbitrary.map((s) => fitLength(s, minLength, maxLength));
  if (typeof node.pattern === "string") {
    try {
      // Fixed-shape patterns (phone numbers, postal codes); lengths are checked by the oracle.
      return fc.stringMatching(new RegExp(node.pattern, "u")).filter((s) => codePointLength(s) >= minLength && (maxLength === undefined || codePointLength(s) <= maxLength));
    } catch {
      const example = exampleOf(node);
      if (typeof example === "string") return fc.constant(example);
    }
  }
  switch (node.format) {
    case "uuid":
      return fc.uuid();
    case "date-time":
      return isoDate().map((d) => d.toISOString());
    case "date":
      return isoDate().map((d) => d.toISOString().slice(0, 10));
    case "uri":
    case "url":
      return fitted(fc.stringMatching(/^[a-z0-9-]{1,12}$/).map((segment) => `https://example.com/${segment}`));
    case "email":
      return fitted(fc.stringMatching(/^[a-z][a-z0-9.]{0,10}[a-z0-9]$/).map((local) => `${local.replace(/\.\.+/g, ".")}@example.com`));
    case "byte":
      return fc.base64String({ maxLength: 64 });
    case "ipv4":
      return fc.ipV4();
    default:
      break;
  }
  if (!options.hostileText) return fitted(fc.stringMatching(/^[A-Za-z0-9_-]{1,16}$/));
  const excluded = options.excludeChars;
  return fitted(freeText(maxLength).map((text) => (excluded ? text.replace(excluded, "_") : text)));
}

function isoDate(): fc.Arbitrary<Date> {
  return fc.date({ min: new Date("2000-01-01T00:00:00Z"), max: new Date("2099-12-31T23:59:59Z"), noInvalidDate: true });
}

function fitLength(text: string, minLength: number, maxLength: number | undefined): string {
  let fitted = maxLength === undefined ? text : truncateCodePoints(text, maxLength);
  while (codePointLength(fitted) < minLength) fitted += "x";
  return fitted;
}

function arrayArbitrary(resolver: RefResolver, schema: Located, options: ValueOptions, depth: number): fc.Arbitrary<unknown[]> {
  const { node } = resolver.deref(schema);
  const items = resolver.child(schema, "items") ?? { node: {}, pointer: `${schema.pointer}/items` };
  const minLength = typeof node.minItems === "number" ? node.minItems : 0;
  const maxLength = Math.max(minLength, Math.min(typeof node.maxItems === "number" ? node.maxItems : 3, depth >= options.maxDepth ? minLength : 3));
  const item = valueArbitrary(resolver, items, options, depth + 1);
  return node.uniqueItems === true ? fc.uniqueArray(item, { minLength, maxLength, selector: (v) => JSON.stringify(v) }) : fc.array(item, { minLength, maxLength });
}

function objectArbitrary(resolver: RefResolver, schema: Located, options: ValueOptions, depth: number): fc.Arbitrary<Json> {
  const { node } = resolver.deref(schema);
  const required = new Set((node.required ?? []) as string[]);
  const model: Record<string, fc.Arbitrary<unknown>> = {};
  for (const name of Object.keys((node.properties ?? {}) as Json)) {
    const property = resolver.child(schema, "properties", name)!;
    // readOnly fields belong to answers, not requests (OpenAPI: "SHOULD NOT be sent").
    if (!required.has(name) && (property.node.readOnly === true || depth >= options.maxDepth)) continue;
    model[name] = valueArbitrary(resolver, property, options, depth + 1);
  }
  for (const name of required) model[name] ??= fc.oneof(fc.string({ maxLength: 8 }), fc.integer());
  return fc.record(model, { requiredKeys: [...required].filter((name) => name in model) }) as fc.Arbitrary<Json>;
}

/** The branch merged with what the schema says beside `oneOf`/`anyOf` (shared properties, required). */
function combine(resolver: RefResolver, siblings: Json, branch: Located, options: ValueOptions, depth: number): fc.Arbitrary<unknown> {
  if (Object.keys(siblings).length === 0) return valueArbitrary(resolver, branch, options, depth);
  const merged = mergeSchemas([siblings, resolver.deref(branch).node], resolver);
  return valueArbitrary(resolver, { node: merged, pointer: branch.pointer }, options, depth);
}

function allOfArbitrary(resolver: RefResolver, schema: Located, options: ValueOptions, depth: number): fc.Arbitrary<unknown> {
  const { node } = resolver.deref(schema);
  const parts = (node.allOf as unknown[]).map((_, i) => resolver.child(resolver.deref(schema), "allOf", i)!.node);
  const merged = mergeSchemas([withoutKeyword(schema, "allOf"), ...parts], resolver);
  return valueArbitrary(resolver, { node: merged, pointer: schema.pointer }, options, depth);
}

function withoutKeyword(schema: Located, keyword: string): Json {
  const rest = { ...schema.node };
  delete rest[keyword];
  delete rest.description;
  return rest;
}

/**
 * A naive merge for generation only: properties and required lists are united, other keywords
 * are taken from the last part that has them. Property schemas are kept as $refs (`Located`
 * pointers stay valid because nested lookups go through the resolver by node, not by pointer).
 */
function mergeSchemas(parts: Json[], resolver: RefResolver): Json {
  const merged: Json = {};
  const properties: Json = {};
  const required = new Set<string>();
  for (const raw of parts) {
    const part = resolver.deref({ node: raw, pointer: "" }).node;
    const nested = Array.isArray(part.allOf) ? mergeSchemas(part.allOf as Json[], resolver) : {};
    for (const source of [nested, part]) {
      for (const [key, value] of Object.entries(source)) {
        if (key === "properties") Object.assign(properties, value);
        else if (key === "required") for (const name of value as string[]) required.add(name);
        else if (key !== "allOf") merged[key] = value;
      }
    }
  }
  if (Object.keys(properties).length > 0) merged.properties = properties;
  if (required.size > 0) merged.required = [...required];
  return merged;
}
