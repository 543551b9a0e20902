// The response validators' checker (codegen/runtime/schema-check.ts) against Ajv, keyword by
// keyword: seeded random lean schemas over the whole keyword set lean() keeps, in both dialects
// (Ajv2020 for OpenAPI 3.1, Ajv's draft-07 class for 3.0, both as the generator ran them:
// strict: false, validateFormats: false), judged on random values and on values made to almost
// match; the verdicts must be equal, and a refusal's instancePath must point into the value.
// Then Ajv's messages on single keywords, the forms Ajv refused (OpenAPI 3.0's boolean
// exclusiveMinimum, `nullable` without `type`, a broken pattern), and hostile input: keys named
// like Object.prototype's members, schema names no identifier can hold, a value nested 100,000
// deep, a huge enum.
import { cpSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { Ajv, type ValidateFunction } from "ajv";
import { Ajv2020 } from "ajv/dist/2020.js";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { emitValidators, validatorInputs } from "../../codegen/emit/validators.js";
import { KEYWORDS } from "../../codegen/emit/validator-inputs.js";
import type { OperationModel } from "../../codegen/model.js";
import { type Dialect, type Schema, schemaCheck } from "../../codegen/runtime/schema-check.js";
import type { ResponseValidator } from "../../codegen/runtime/validation.js";
import { repoRoot } from "../support/spec.js";

type Json = Record<string, unknown>;

const seed = Number(process.env.SCHEMA_CHECK_SEED ?? 20261203);
const numRuns = Number(process.env.SCHEMA_CHECK_RUNS ?? 1000);
console.log(`schema-check property seed ${seed}, ${numRuns} schemas per dialect (replay: SCHEMA_CHECK_SEED=${seed} npx vitest run test/generator/schema-check.test.ts)`);

const options = { strict: false, allErrors: false, validateFormats: false } as const;
function ajvFor(dialect: Dialect, extra: object = {}): Ajv {
  if (dialect === "3.0") return new Ajv({ ...options, ...extra });
  const ajv = new Ajv2020({ ...options, ...extra });
  // As the generator ran it: without the tracking of evaluated properties and items that Ajv2020
  // forces (no unevaluated* keyword is kept; its code also fails to compile on some recursive schemas).
  (ajv.opts as { unevaluated?: boolean }).unevaluated = false;
  return ajv as unknown as Ajv;
}

const SCHEMA_VALUES = new Set<string>(KEYWORDS.SCHEMA_VALUES);
const SCHEMA_LISTS = new Set<string>(KEYWORDS.SCHEMA_LISTS);
const SCHEMA_MAPS = new Set<string>(KEYWORDS.SCHEMA_MAPS);

/**
 * A schema with `$ref` strings ("#/$defs/d0") as validators.ts holds it: each `$ref` a function
 * returning its target, a schema that is only a `$ref` the function itself.
 */
function linked(root: unknown, defsKeyword: string): Schema {
  const defs = (root as Json)[defsKeyword] as Json;
  const done = new Map<string, Schema>();
  const target = (ref: string): Schema => {
    const name = ref.slice(`#/${defsKeyword}/`.length);
    if (!done.has(name)) done.set(name, link(defs[name]));
    return done.get(name)!;
  };
  function link(schema: unknown): Schema {
    if (typeof schema !== "object" || schema === null || Array.isArray(schema)) return schema as Schema;
    const source = schema as Json;
    const ref = source.$ref;
    if (typeof ref === "string" && Object.keys(source).length === 1) return () => target(ref);
    const out: Json = {};
    for (const [key, value] of Object.entries(source)) {
      if (key === "$ref" && typeof value === "string") out.$ref = () => target(value);
      else if (SCHEMA_LISTS.has(key) || (key === "items" && Array.isArray(value))) out[key] = (value as unknown[]).map(link);
      else if (SCHEMA_VALUES.has(key)) out[key] = link(value);
      else if (SCHEMA_MAPS.has(key)) out[key] = Object.fromEntries(Object.entries(value as Json).map(([name, sub]) => [name, link(sub)]));
      else out[key] = value;
    }
    return out;
  }
  return link(root);
}

/**
 * The schema as the oracle gets it, around two bugs of Ajv's code, each from a `valid` flag that
 * is a function-wide `var`. The checker gives the right verdicts; the oracle gets the same
 * schema in a form Ajv checks right:
 * - On an array too short to reach the first tuple schema that is not trivially valid
 *   (prefixItems, or draft-07's `items` list), the flag is left unset and the keywords after the
 *   tuple, `contains` and `uniqueItems`, are skipped (`{ prefixItems: [{ type: "string" }],
 *   contains: {} }` accepts `[]`). Moved into an allOf member of their own, with the `items` or
 *   additionalItems that go with them, the tuple keywords mean the same and Ajv checks the rest.
 * - Inside a loop (items, contains, additionalProperties...), a `contains` on an empty array
 *   reads the flag its previous turn left (`{ items: { contains: { type: "string" } } }` accepts
 *   `[["a"], []]`). Each loop's schema moved to a definition of its own, behind a `$ref` that Ajv
 *   compiles into a function of its own (inlineRefs: false), starts each turn afresh.
 */
function forAjv(root: Json, dialect: Dialect): Json {
  const defsKeyword = dialect === "3.0" ? "definitions" : "$defs";
  const defs: Json = {};
  const LOOPS = new Set(["items", "additionalItems", "contains", "additionalProperties", "propertyNames"]);
  const own = (schema: unknown): unknown => {
    const done = transform(schema);
    if (typeof done !== "object" || done === null || (Object.keys(done).length === 1 && "$ref" in done)) return done;
    const name = `loop${Object.keys(defs).length}`;
    defs[name] = done;
    return { $ref: `#/${defsKeyword}/${name}` };
  };
  function transform(schema: unknown): unknown {
    if (typeof schema !== "object" || schema === null) return schema;
    const node = schema as Json;
    const out: Json = {};
    for (const [key, value] of Object.entries(node)) {
      if (SCHEMA_LISTS.has(key) || (key === "items" && Array.isArray(value))) out[key] = (value as unknown[]).map(transform);
      else if (SCHEMA_VALUES.has(key)) out[key] = LOOPS.has(key) ? own(value) : transform(value);
      else if (SCHEMA_MAPS.has(key)) out[key] = Object.fromEntries(Object.entries(value as Json).map(([k, s]) => [k, key === "patternProperties" ? own(s) : transform(s)]));
      else out[key] = value;
    }
    const tuple = dialect === "3.0" ? ["items", "additionalItems"] : ["prefixItems", "items"];
    const hasTuple = dialect === "3.0" ? Array.isArray(node.items) : Array.isArray(node.prefixItems);
    if (!hasTuple || (out.contains === undefined && out.uniqueItems !== true)) return out;
    const moved: Json = {};
    for (const key of tuple) {
      if (key in out) moved[key] = out[key];
      delete out[key];
    }
    out.allOf = [...((out.allOf as unknown[] | undefined) ?? []), moved];
    return out;
  }
  const out = transform(root) as Json;
  out[defsKeyword] = { ...(out[defsKeyword] as Json), ...defs };
  return out;
}

// Property names without Object.prototype's members (those are the hostile tests' below).
const NAMES = ["a", "b", "id", "x-y", "ä"];
const name = fc.constantFrom(...NAMES);
const STRINGS = ["", "a", "ab", "abc", "b1", "1", "😀😀", "aé", "xyz"];
const scalar = fc.oneof(fc.constant(null), fc.boolean(), fc.integer({ min: -3, max: 3 }), fc.constantFrom(0.5, -1.5, 2.5, 10, 1e21), fc.constantFrom(...STRINGS));
const { json } = fc.letrec<{ json: unknown; array: unknown[]; object: Json }>((tie) => ({
  json: fc.oneof({ depthSize: "small", maxDepth: 3 }, scalar, tie("array"), tie("object")),
  array: fc.array(tie("json"), { maxLength: 3 }),
  object: fc.dictionary(name, tie("json"), { maxKeys: 3, noNullPrototype: true }),
}));

const TYPES = ["string", "number", "integer", "boolean", "null", "array", "object"];
const limit = fc.oneof(fc.integer({ min: -2, max: 3 }), fc.constantFrom(0.5, 1.5));

/** Random lean schemas: booleans, or up to three keywords per schema, `depth` levels of subschemas. */
function schemas(dialect: Dialect, depth: number): fc.Arbitrary<unknown> {
  const sub = depth > 0 ? schemas(dialect, depth - 1) : fc.oneof(fc.boolean(), fc.constantFrom<unknown>({}, { type: "string" }, { type: "integer" }, { minimum: 1 }, { required: ["a"] }));
  const defs = dialect === "3.0" ? "definitions" : "$defs";
  const keyword = (key: string, value: fc.Arbitrary<unknown>) => value.map((v) => [key, v] as const);
  const keywords = [
    keyword("type", fc.oneof(fc.constantFrom(...TYPES), fc.uniqueArray(fc.constantFrom(...TYPES), { minLength: 1, maxLength: 3 }))),
    keyword("nullable", fc.boolean()),
    keyword("enum", fc.array(json, { minLength: 1, maxLength: 4 })),
    keyword("const", json),
    keyword("required", fc.uniqueArray(name, { maxLength: 3 })),
    keyword("minimum", limit),
    keyword("maximum", limit),
    keyword("exclusiveMinimum", limit),
    keyword("exclusiveMaximum", limit),
    keyword("multipleOf", fc.constantFrom(1, 2, 0.5, 3, 0.1)),
    keyword("minLength", fc.nat(3)),
    keyword("maxLength", fc.nat(3)),
    keyword("pattern", fc.constantFrom("^a", "b$", "\\d", "^[a-z]*$", "\\p{L}", "😀", "^.$", "^..$")),
    keyword("minItems", fc.nat(3)),
    keyword("maxItems", fc.nat(3)),
    keyword("uniqueItems", fc.boolean()),
    keyword("minContains", fc.nat(2)),
    keyword("maxContains", fc.nat(2)),
    keyword("minProperties", fc.nat(3)),
    keyword("maxProperties", fc.nat(3)),
    keyword("dependentRequired", fc.dictionary(name, fc.uniqueArray(name, { maxLength: 2 }), { maxKeys: 2, noNullPrototype: true })),
    keyword("discriminator", fc.constant({ propertyName: "a" })),
    keyword("items", dialect === "3.0" ? fc.oneof(sub, fc.array(sub, { maxLength: 3 })) : sub),
    keyword("additionalItems", sub),
    keyword("prefixItems", fc.array(sub, { maxLength: 3 })),
    keyword("additionalProperties", sub),
    keyword("not", sub),
    keyword("if", sub),
    keyword("then", sub),
    keyword("else", sub),
    keyword("contains", sub),
    keyword("propertyNames", sub),
    keyword("allOf", fc.array(sub, { minLength: 1, maxLength: 3 })),
    keyword("anyOf", fc.array(sub, { minLength: 1, maxLength: 3 })),
    keyword("oneOf", fc.array(sub, { minLength: 1, maxLength: 3 })),
    keyword("properties", fc.dictionary(name, sub, { maxKeys: 3, noNullPrototype: true })),
    keyword("patternProperties", fc.dictionary(fc.constantFrom("^a", "\\d", "y$", "^[^b]"), sub, { maxKeys: 2, noNullPrototype: true })),
    keyword("dependentSchemas", fc.dictionary(name, sub, { maxKeys: 2, noNullPrototype: true })),
    keyword("$ref", fc.constantFrom(`#/${defs}/d0`, `#/${defs}/d1`)),
  ];
  return fc.oneof(
    { weight: 1, arbitrary: fc.boolean() },
    { weight: 9, arbitrary: fc.array(fc.oneof(...keywords), { maxLength: 3 }).map((entries) => Object.fromEntries(entries)) },
  );
}

/** A root schema with two definitions it (and they) may refer to, recursion included. */
function rootSchemas(dialect: Dialect): fc.Arbitrary<Json> {
  const defs = dialect === "3.0" ? "definitions" : "$defs";
  return fc.tuple(schemas(dialect, 2), schemas(dialect, 1), schemas(dialect, 1)).map(([root, d0, d1]) => ({
    ...(typeof root === "boolean" ? { allOf: [root] } : (root as Json)),
    [defs]: { d0, d1 },
  }));
}

/** A value made to match the schema as far as a quick walk can (then mutated, it lands near the boundary). */
function near(schema: unknown, root: Json, defs: string, depth = 0): fc.Arbitrary<unknown> {
  if (typeof schema !== "object" || schema === null || depth > 4) return json;
  const node = schema as Json;
  if (typeof node.$ref === "string") return near((root[defs] as Json)[node.$ref.split("/").pop()!], root, defs, depth + 1);
  if (Object.hasOwn(node, "const")) return fc.constant(node.const);
  if (Array.isArray(node.enum)) return fc.constantFrom(...(node.enum as unknown[]));
  for (const key of ["allOf", "anyOf", "oneOf"]) if (Array.isArray(node[key])) return fc.oneof(...(node[key] as unknown[]).map((s) => near(s, root, defs, depth + 1)));
  const types = (Array.isArray(node.type) ? node.type : node.type ? [node.type] : TYPES) as string[];
  return fc.constantFrom(...types).chain((type): fc.Arbitrary<unknown> => {
    switch (type) {
      case "object": {
        const properties = (node.properties ?? {}) as Json;
        const keys = [...new Set([...Object.keys(properties), ...((node.required as string[] | undefined) ?? [])])];
        return fc.tuple(...keys.map((key) => near(properties[key], root, defs, depth + 1)), fc.array(fc.boolean(), { minLength: keys.length, maxLength: keys.length })).map((parts) => {
          const keep = parts.at(-1) as boolean[];
          return Object.fromEntries(keys.flatMap((key, i) => (keep[i] ? [[key, parts[i]]] : [])));
        });
      }
      case "array": {
        const items = Array.isArray(node.prefixItems) ? node.prefixItems : Array.isArray(node.items) ? node.items : [];
        return fc.tuple(...(items as unknown[]).map((s) => near(s, root, defs, depth + 1)), fc.array(near(Array.isArray(node.items) ? {} : node.items, root, defs, depth + 1), { maxLength: 2 })).map((parts) => [...parts.slice(0, -1), ...(parts.at(-1) as unknown[])]);
      }
      case "integer":
      case "number": {
        const bounds = [node.minimum, node.maximum, node.exclusiveMinimum, node.exclusiveMaximum].filter((b): b is number => typeof b === "number");
        return fc.constantFrom(...bounds, ...bounds.map((b) => b + 1), ...bounds.map((b) => b - 0.5), 0, 1, 2);
      }
      case "string":
        return fc.constantFrom(...STRINGS, "a".repeat(Number(node.minLength ?? 0)));
      case "boolean":
        return fc.boolean();
      case "null":
        return fc.constant(null);
      default:
        return json;
    }
  });
}

/** One change somewhere in a value: a node replaced, a key dropped or added, an item appended. */
function mutated(value: unknown): fc.Arbitrary<unknown> {
  const paths: Array<Array<string | number>> = [];
  (function walk(node: unknown, at: Array<string | number>) {
    paths.push(at);
    if (Array.isArray(node)) node.forEach((item, i) => walk(item, [...at, i]));
    else if (node && typeof node === "object") for (const [key, child] of Object.entries(node)) walk(child, [...at, key]);
  })(value, []);
  return fc.tuple(fc.constantFrom(...paths), fc.constantFrom("replace", "drop", "add"), json, name).map(([at, kind, next, key]) => {
    if (at.length === 0 && kind === "replace") return next;
    const copy = structuredClone(value);
    const target = at.reduce<unknown>((node, step) => (node as Json)[step as string], copy);
    const parent = at.slice(0, -1).reduce<unknown>((node, step) => (node as Json)[step as string], copy) as Json | unknown[];
    const last = at[at.length - 1];
    if (kind === "replace" && last !== undefined) (parent as Json)[last as string] = next;
    else if (kind === "drop" && last !== undefined) Array.isArray(parent) ? parent.splice(Number(last), 1) : delete parent[last as string];
    else if (Array.isArray(target)) target.push(next);
    else if (target && typeof target === "object") (target as Json)[key] = next;
    return copy;
  });
}

/** True when the JSON pointer names a value inside `value` (own keys, array indexes). */
function reaches(value: unknown, pointer: string): boolean {
  if (pointer === "") return true;
  if (!pointer.startsWith("/")) return false;
  let node = value;
  for (const raw of pointer.slice(1).split("/")) {
    const key = raw.replaceAll("~1", "/").replaceAll("~0", "~");
    if (Array.isArray(node) ? !/^(0|[1-9]\d*)$/.test(key) || Number(key) >= node.length : typeof node !== "object" || node === null || !Object.hasOwn(node, key)) return false;
    node = (node as Json)[key];
  }
  return true;
}

describe.each<Dialect>(["3.1", "3.0"])("schemaCheck in OpenAPI %s against Ajv", (dialect) => {
  it("gives Ajv's verdict on random schemas and values, and points into the value when it refuses", () => {
    const defs = dialect === "3.0" ? "definitions" : "$defs";
    const ajv = ajvFor(dialect, { inlineRefs: false });
    const counts = { schemas: 0, refusedByAjv: 0, values: 0, accepted: 0, refused: 0, overflowedAjv: 0 };
    const keywordsSeen = new Set<string>();
    const cases = rootSchemas(dialect).chain((root) => {
      const values = fc.oneof(json, near(root, root, defs), near(root, root, defs).chain(mutated));
      return fc.tuple(fc.constant(root), fc.array(values, { minLength: 6, maxLength: 10 }));
    });
    fc.assert(
      fc.property(cases, ([root, values]) => {
        counts.schemas++;
        let reference: ValidateFunction;
        try {
          reference = ajv.compile(forAjv(root, dialect));
        } catch {
          // Ajv refuses some schemas outright (`nullable` without `type`, ...): nothing to compare.
          counts.refusedByAjv++;
          return;
        }
        JSON.stringify(root, (key, value: unknown) => (keywordsSeen.add(key), value));
        const validate = schemaCheck(linked(root, defs), dialect);
        for (const value of values) {
          counts.values++;
          let expected: boolean | "overflow";
          try {
            expected = reference(value);
          } catch (error) {
            if (!(error instanceof RangeError)) throw error;
            expected = "overflow"; // a `$ref` loop that never reaches into the value
          }
          const ours = validate(value);
          const context = `${JSON.stringify(root)} on ${JSON.stringify(value)}: ${JSON.stringify(validate.errors)}`;
          if (expected === "overflow") {
            counts.overflowedAjv++;
            expect(ours, context).toBe(false);
          } else expect(ours, context).toBe(expected);
          if (ours) counts.accepted++;
          else {
            counts.refused++;
            expect(validate.errors).toHaveLength(1);
            expect(reaches(value, validate.errors![0]!.instancePath), context).toBe(true);
          }
        }
      }),
      { seed, numRuns },
    );
    console.log(`OpenAPI ${dialect}:`, counts);
    expect(counts.schemas).toBe(numRuns);
    expect(counts.refusedByAjv).toBeLessThan(numRuns * 0.2);
    expect(counts.accepted).toBeGreaterThan(counts.values * 0.2);
    expect(counts.refused).toBeGreaterThan(counts.values * 0.15);
    // Every keyword lean() keeps was drawn.
    const all = [...KEYWORDS.PLAIN, ...KEYWORDS.SCHEMA_VALUES, ...KEYWORDS.SCHEMA_LISTS, ...KEYWORDS.SCHEMA_MAPS];
    for (const keyword of all.filter((k) => k !== (dialect === "3.0" ? "$defs" : "definitions"))) expect(keywordsSeen, keyword).toContain(keyword);
  });
});

describe("schemaCheck's errors", () => {
  it("are Ajv's first error on single keywords: keyword, message, params and instancePath", () => {
    const cases: Array<[Json, unknown]> = [
      [{ type: "string" }, 1],
      [{ type: ["string", "null"] }, 1],
      [{ type: "string", nullable: true }, 1],
      [{ required: ["id"] }, {}],
      [{ enum: ["a", "b"] }, "c"],
      [{ const: 1 }, 2],
      [{ minimum: 1 }, 0],
      [{ maximum: 1 }, 2],
      [{ exclusiveMinimum: 1 }, 1],
      [{ exclusiveMaximum: 1 }, 1],
      [{ multipleOf: 2 }, 3],
      [{ minLength: 2 }, "😀"],
      [{ maxLength: 1 }, "ab"],
      [{ pattern: "^a" }, "b"],
      [{ minItems: 1 }, []],
      [{ maxItems: 0 }, [1]],
      [{ uniqueItems: true }, [1, 2, 1]],
      [{ contains: { type: "string" } }, [1]],
      [{ contains: { type: "string" }, minContains: 2, maxContains: 3 }, ["a"]],
      [{ minProperties: 1 }, {}],
      [{ maxProperties: 0 }, { a: 1 }],
      [{ dependentRequired: { a: ["b"] } }, { a: 1 }],
      [{ dependentRequired: { a: ["b", "c"] } }, { a: 1, b: 2 }],
      [{ additionalProperties: false, properties: { a: {} } }, { a: 1, b: 2 }],
      [{ propertyNames: { maxLength: 1 } }, { ab: 1 }],
      [{ not: {} }, 1],
      [{ anyOf: [{ type: "string" }, { type: "number" }] }, true],
      [{ oneOf: [{ type: "string" }, { type: "number" }] }, true],
      [{ oneOf: [{ type: "number" }, { type: "integer" }] }, 1],
      [{ if: { type: "string" }, then: { minLength: 2 } }, "a"],
      [{ properties: { a: { properties: { "b/c~": { type: "string" } } } } }, { a: { "b/c~": 1 } }],
      [{ items: { type: "string" } }, ["a", 1]],
      [{ prefixItems: [{}], items: false }, [1, 2]],
      [{ allOf: [{ required: ["a"] }] }, {}],
      [{ patternProperties: { "^x": { type: "string" } } }, { x1: 1 }],
      [{ dependentSchemas: { a: { required: ["b"] } } }, { a: 1 }],
      [{ type: "object", properties: { a: false } }, { a: 1 }],
    ];
    const ajv = ajvFor("3.1");
    for (const [schema, value] of cases) {
      const reference = ajv.compile(schema);
      expect(reference(value), JSON.stringify(schema)).toBe(false);
      const validate = schemaCheck(schema);
      expect(validate(value), JSON.stringify(schema)).toBe(false);
      // Ajv lists what failed inside anyOf, oneOf, contains and propertyNames before their own error; the checker reports that last one.
      const last = reference.errors!.at(-1)!;
      const { instancePath, keyword, message, params } = ["anyOf", "oneOf", "contains", "propertyNames"].includes(last.keyword) ? last : reference.errors![0]!;
      expect(validate.errors, JSON.stringify(schema)).toEqual([{ instancePath, keyword, message, params }]);
    }
    const draft07 = schemaCheck({ items: [{}], additionalItems: false }, "3.0");
    expect(draft07([1, 2])).toBe(false);
    expect(draft07.errors).toEqual([{ instancePath: "", keyword: "additionalItems", message: "must NOT have more than 1 items", params: { limit: 1 } }]);
  });

  it("are null after a value passes", () => {
    const validate = schemaCheck({ type: "string" });
    expect(validate(1)).toBe(false);
    expect(validate("a")).toBe(true);
    expect(validate.errors).toBeNull();
  });
});

describe("forms Ajv refused, read as OpenAPI defines them", () => {
  it("OpenAPI 3.0's boolean exclusiveMinimum/exclusiveMaximum make minimum/maximum exclusive", () => {
    expect(() => ajvFor("3.0").compile({ minimum: 1, exclusiveMinimum: true })).toThrow(/exclusiveMinimum must be number/);
    const validate = schemaCheck({ minimum: 1, exclusiveMinimum: true, maximum: 3, exclusiveMaximum: true }, "3.0");
    expect([0, 1, 1.5, 2, 3, 4].map((n) => validate(n))).toEqual([false, false, true, true, false, false]);
    validate(1);
    expect(validate.errors).toEqual([{ instancePath: "", keyword: "minimum", message: "must be > 1", params: { comparison: ">", limit: 1 } }]);
    const inclusive = schemaCheck({ minimum: 1, exclusiveMinimum: false, maximum: 3, exclusiveMaximum: false }, "3.0");
    expect([0, 1, 3, 4].map((n) => inclusive(n))).toEqual([false, true, true, false]);
  });

  it("`nullable` without `type` changes nothing", () => {
    expect(() => ajvFor("3.0").compile({ nullable: true })).toThrow(/"nullable" cannot be used without "type"/);
    const validate = schemaCheck({ nullable: true, enum: ["a"] }, "3.0");
    expect([validate("a"), validate(null), validate("b")]).toEqual([true, false, false]);
    expect(schemaCheck({ type: "string", nullable: true }, "3.0")(null)).toBe(true);
  });
});

describe("where Ajv's code is wrong (forAjv above), the checker is right", () => {
  it("contains and uniqueItems beside a tuple are checked on short arrays", () => {
    expect(ajvFor("3.1").compile({ prefixItems: [{ type: "string" }], contains: {} })([])).toBe(true);
    expect(schemaCheck({ prefixItems: [{ type: "string" }], contains: {} })([])).toBe(false);
    expect(ajvFor("3.0").compile({ items: [{}, {}, { type: "string" }], uniqueItems: true })([1, 1])).toBe(true);
    expect(schemaCheck({ items: [{}, {}, { type: "string" }], uniqueItems: true }, "3.0")([1, 1])).toBe(false);
  });

  it("a contains inside a loop is checked afresh on each item", () => {
    const schema = { items: { contains: { type: "string" } } };
    expect(ajvFor("3.1").compile(schema)([["a"], []])).toBe(true);
    const validate = schemaCheck(schema);
    expect(validate([["a"], []])).toBe(false);
    expect(validate.errors).toEqual([{ instancePath: "/1", keyword: "contains", message: "must contain at least 1 valid item(s)", params: { minContains: 1 } }]);
  });
});

describe("hostile input", () => {
  const scratch = path.join(repoRoot, ".tmp/schema-check-test");
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it("keys named like Object.prototype's members are plain keys of the body", () => {
    const body = JSON.parse('{"__proto__": {"polluted": true}, "constructor": 5, "hasOwnProperty": "x"}') as unknown;
    expect(Object.hasOwn(body as object, "__proto__")).toBe(true);
    const cases: Array<[Json, unknown, boolean]> = [
      [{ required: ["constructor"] }, {}, false],
      [{ required: ["toString", "__proto__"] }, {}, false],
      [{ required: ["__proto__", "constructor", "hasOwnProperty"] }, body, true],
      [{ properties: { constructor: { type: "string" } } }, {}, true],
      [{ properties: { constructor: { type: "string" } } }, body, false],
      [{ properties: { hasOwnProperty: { type: "boolean" } } }, {}, true],
      [{ additionalProperties: false, properties: { constructor: {}, hasOwnProperty: {} } }, body, false],
      [{ additionalProperties: false, properties: JSON.parse('{"__proto__": {}, "constructor": {}, "hasOwnProperty": {}}') as Json }, body, true],
      [{ maxProperties: 2 }, body, false],
      [{ dependentRequired: { constructor: ["toString"] } }, body, false],
      [{ propertyNames: { enum: ["__proto__", "constructor", "hasOwnProperty"] } }, body, true],
      [{ enum: [JSON.parse('{"__proto__": 1}')] }, JSON.parse('{"__proto__": 1}'), true],
      [{ enum: [{}] }, JSON.parse('{"__proto__": 1}'), false],
      [{ uniqueItems: true }, [{}, JSON.parse('{"__proto__": 1}')], true],
    ];
    // Ajv with ownProperties reads own keys too; it agrees wherever it does not skip `__proto__`.
    const ajv = ajvFor("3.1", { ownProperties: true });
    for (const [schema, value, valid] of cases) {
      expect(schemaCheck(schema)(value), JSON.stringify(schema)).toBe(valid);
      if (!JSON.stringify(schema).includes("__proto__")) expect(ajv.compile(schema)(value), JSON.stringify(schema)).toBe(valid);
    }
    // A property declared as `__proto__` is checked like any other (Ajv leaves it out of `properties`).
    const declared = JSON.parse('{"properties": {"__proto__": {"type": "string"}}}') as Json;
    expect(schemaCheck(declared)(JSON.parse('{"__proto__": 1}'))).toBe(false);
    expect(schemaCheck(declared)(JSON.parse('{"__proto__": "x"}'))).toBe(true);
    expect(ajv.compile(declared)(JSON.parse('{"__proto__": 1}'))).toBe(true);
    expect(({} as Json).polluted).toBeUndefined();
  });

  it("schemas named __proto__, constructor, 1x, a-b or Größe, and a $ref into a component's property, make a module that works", async () => {
    const names = ["__proto__", "constructor", "hasOwnProperty", "1x", "a-b", "Größe", "a_b", "AB", "toString"];
    const schemasByName = Object.create(null) as Json;
    names.forEach((n, i) => (schemasByName[n] = { type: "object", required: [`p${i}`], properties: JSON.parse(`{"__proto__": {"type": "integer"}, "p${i}": {"const": ${JSON.stringify(n)}}}`) }));
    // A pattern Ajv refuses, too: the module must still import.
    schemasByName.Tree = { type: "object", properties: { children: { type: "array", items: { $ref: "#/components/schemas/Tree" } }, size: { $ref: "#/components/schemas/a-b/properties/__proto__" }, label: { type: "string", pattern: "(" } } };
    const paths = Object.fromEntries(
      [...names, "Tree"].map((n, i) => [`/r${i}`, { get: { responses: { "200": { content: { "application/json": { schema: { $ref: `#/components/schemas/${encodeURIComponent(n.replaceAll("~", "~0").replaceAll("/", "~1"))}` } } } } } } }]),
    );
    const document = { openapi: "3.1.0", paths, components: { schemas: schemasByName } };
    const model = { operations: [...names, "Tree"].map((_, i) => ({ path: `/r${i}`, method: "GET", sdkName: `r${i}.get`, success: { kind: "json", contentType: "application/json", status: "200" } }) as unknown as OperationModel) };
    const module = emitValidators(document, model as never, "specs/hostile/openapi.yaml");
    expect(emitValidators(document, model as never, "specs/hostile/openapi.yaml").source).toBe(module.source);
    const consts = [...module.source.matchAll(/^const (\S+) = /gm)].map((m) => m[1]!);
    expect(new Set(consts).size).toBe(consts.length);
    for (const c of consts) expect(c).toMatch(/^s_[A-Za-z0-9_]+$/);
    mkdirSync(path.join(scratch, "hostile"), { recursive: true });
    cpSync(path.join(repoRoot, "codegen/runtime"), path.join(scratch, "runtime"), { recursive: true });
    const file = path.join(scratch, "hostile/validators.ts");
    writeFileSync(file, module.source);
    const checks = (await import(pathToFileURL(file).href)) as Record<string, { validate: ResponseValidator }>;
    names.forEach((n, i) => {
      const validate = checks[`r${i}Get`]!.validate;
      expect(validate(JSON.parse(`{"p${i}": ${JSON.stringify(n)}, "__proto__": 3}`)), n).toBe(true);
      expect(validate(JSON.parse(`{"p${i}": ${JSON.stringify(n)}, "__proto__": "3"}`)), n).toBe(false);
      expect(validate.errors?.[0]?.instancePath).toBe("/__proto__");
      expect(validate({ [`p${i}`]: "other" }), n).toBe(false);
    });
    const tree = checks[`r${names.length}Get`]!.validate;
    expect(tree({ size: 1, label: "(", children: [{ children: [{ size: 2 }] }] })).toBe(true);
    expect(tree({ children: [{ children: [{ size: 2.5 }] }] })).toBe(false);
    expect(tree.errors?.[0]?.instancePath).toBe("/children/0/children/0/size");
  });

  it("a value nested 100,000 deep fails its check with a message, and nothing throws", () => {
    let deep: Json = {};
    for (let i = 0; i < 100_000; i++) deep = { child: deep };
    const nest = () => {
      let array: unknown[] = [];
      for (let i = 0; i < 100_000; i++) array = [array];
      return array;
    };
    const deepArray = nest();
    const tree: Json = { type: "object", properties: { child: () => tree } };
    const nested: Json = { type: "array", items: () => nested };
    const checks: Array<[Schema, unknown]> = [
      [tree, deep],
      [nested, deepArray],
      [{ uniqueItems: true }, [deepArray, nest()]],
      [{ enum: [nest()] }, deepArray],
      [{ anyOf: [{ type: "string" }, tree] }, deep],
    ];
    for (const [schema, value] of checks) {
      const validate = schemaCheck(schema);
      expect(() => validate(value)).not.toThrow();
      expect(validate(value)).toBe(false);
      expect(validate.errors).toEqual([{ instancePath: "", keyword: "depth", message: "is nested too deeply to be checked (the stack ran out)", params: {} }]);
    }
    // Ajv overflows the stack on the same value; the checker still works after it did.
    expect(() => ajvFor("3.1").compile({ $defs: { t: { type: "object", properties: { child: { $ref: "#/$defs/t" } } } }, $ref: "#/$defs/t" })(deep)).toThrow(RangeError);
    const validate = schemaCheck(tree);
    expect(validate({ child: { child: {} } })).toBe(true);
    expect(validate({ child: { child: 1 } })).toBe(false);
    expect(validate.errors?.[0]).toMatchObject({ instancePath: "/child/child", message: "must be object" });
  });

  it("a pattern Ajv would reject is not checked, and does not throw when the module is imported or run", () => {
    for (const pattern of ["(", "[a-", "\\p{Nope}", "a{2,1}"]) {
      expect(() => ajvFor("3.1").compile({ pattern })).toThrow(/Invalid regular expression/);
      const validate = schemaCheck({ type: "string", pattern });
      expect(validate("anything")).toBe(true);
      expect(validate(1)).toBe(false);
      const patterned = schemaCheck({ patternProperties: { [pattern]: { type: "string" } }, additionalProperties: { type: "integer" } });
      expect(patterned({ "(": 1 })).toBe(true);
    }
    expect(schemaCheck({ pattern: "^\\p{Lu}" })("Élan")).toBe(true);
  });

  it("a huge enum is checked by lookup, with Ajv's verdicts", () => {
    const values = Array.from({ length: 200_000 }, (_, i) => (i % 2 ? `v${i}` : i));
    const schema = { enum: [...values, { deep: [1] }, null] };
    const reference = ajvFor("3.1").compile(schema);
    const validate = schemaCheck(schema);
    const started = performance.now();
    for (const value of ["v1", "v199999", "v2", 0, 199_998, 199_999, "0", null, { deep: [1] }, { deep: [2] }, [], true]) expect(validate(value), JSON.stringify(value)).toBe(reference(value));
    for (let i = 0; i < 10_000; i++) validate(`v${i}`);
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});
