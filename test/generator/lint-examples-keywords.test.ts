// The differential test on our specs only meets the keywords our specs use. Here seeded random
// schemas (nullable and type arrays, enums, bounds, patterns, properties and patternProperties,
// additional/unevaluatedProperties, prefixItems/items/contains, allOf/anyOf/oneOf/not/if, `$ref`
// chains into allOf, discriminators with and without mapping) and random values are judged by
// Redocly's Ajv and by the toolkit, with undeclared properties refused and allowed.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { redoclyVerdict, resetRedoclyAjv, toolkitAccepts, type Site } from "./lint-examples-support.js";

const SEED = Number(process.env.EXAMPLES_KEYWORDS_SEED ?? 7013);
const RUNS = Number(process.env.EXAMPLES_KEYWORDS_RUNS ?? 600);

type Obj = Record<string, unknown>;
const KEYS = ["a", "b", "kind", "x1"] as const;
const DEFS = ["A", "B", "C"] as const;

const refs = fc.constantFrom({ $ref: "#/defs/A" }, { $ref: "#/defs/B" });
const plainScalar = fc.oneof(
  fc.record({ type: fc.constantFrom("string"), minLength: fc.option(fc.nat(2), { nil: undefined }), maxLength: fc.option(fc.nat(3), { nil: undefined }) }, { requiredKeys: ["type"] }),
  fc.record({ type: fc.constant("string"), pattern: fc.constantFrom("^a", "b$", "^[0-9]+$") }),
  fc.record(
    {
      type: fc.constantFrom("integer", "number"),
      minimum: fc.integer({ min: -1, max: 2 }),
      maximum: fc.integer({ min: 0, max: 3 }),
      exclusiveMinimum: fc.integer({ min: -1, max: 1 }),
      multipleOf: fc.constantFrom(1, 2, 0.5),
    },
    { requiredKeys: ["type"] },
  ),
  fc.constant({ type: "boolean" }),
  fc.constant({ type: "null" }),
  fc.record({ enum: fc.array(fc.constantFrom("a", "b", 1, null, true), { minLength: 1, maxLength: 3 }) }),
  fc.record({ const: fc.constantFrom("a", 1, null) }),
  fc.record({ type: fc.constantFrom(["string", "null"], ["integer", "string"]) }),
  fc.record({ type: fc.constantFrom("string", "integer", "object"), nullable: fc.boolean() }),
  fc.constant({}),
);
const scalar = fc.oneof(plainScalar, refs);
/**
 * Without `$ref`s, for `not` and `if`: there Redocly's Ajv (@redocly/ajv 8.11.2, not upstream Ajv)
 * takes a second `$ref` to a schema, on the value a first one to it failed on, as passing
 * (its loop guard keeps the value marked when it stops early), e.g. `not: {oneOf: [A, A, …]}`
 * refuses `[]`. An accepted difference: the toolkit judges it as JSON Schema does.
 */
const plain = fc.oneof(plainScalar, fc.record({ type: fc.constant("object"), properties: fc.dictionary(fc.constantFrom(...KEYS), plainScalar, { maxKeys: 2 }) }));

const { schema } = fc.letrec<{ schema: Obj }>((tie) => ({
  schema: fc.oneof({ depthSize: "small", withCrossShrink: true }, scalar, tie("object"), tie("array"), tie("composed")) as fc.Arbitrary<Obj>,
  object: fc.record(
    {
      type: fc.constant("object"),
      properties: fc.dictionary(fc.constantFrom(...KEYS), tie("schema"), { maxKeys: 3 }),
      required: fc.subarray([...KEYS], { maxLength: 2 }),
      additionalProperties: fc.oneof(fc.boolean(), tie("schema")),
      patternProperties: fc.record({ "^x": tie("schema") }),
      unevaluatedProperties: fc.constant(false),
      minProperties: fc.nat(2),
    },
    { requiredKeys: ["properties"] },
  ) as fc.Arbitrary<Obj>,
  array: fc.record(
    {
      type: fc.constant("array"),
      items: tie("schema"),
      prefixItems: fc.array(tie("schema"), { maxLength: 2 }),
      minItems: fc.nat(2),
      maxItems: fc.nat(3),
      uniqueItems: fc.boolean(),
      contains: tie("schema"),
    },
    { requiredKeys: ["type"] },
  ) as fc.Arbitrary<Obj>,
  composed: fc.oneof(
    fc.record({ allOf: fc.array(tie("schema"), { minLength: 1, maxLength: 3 }) }, { requiredKeys: ["allOf"] }),
    fc.record({ allOf: fc.array(tie("schema"), { minLength: 1, maxLength: 2 }), properties: fc.dictionary(fc.constantFrom(...KEYS), tie("schema"), { maxKeys: 2 }) }),
    fc.record({ anyOf: fc.array(tie("schema"), { minLength: 1, maxLength: 3 }) }),
    fc.record({ oneOf: fc.array(tie("schema"), { minLength: 1, maxLength: 3 }) }),
    fc.record({ not: plain }),
    fc.record({ if: plain, then: tie("schema"), else: tie("schema") }, { requiredKeys: ["if"] }),
    fc.constant({ allOf: [{ $ref: "#/defs/A" }, { $ref: "#/defs/C" }] }),
    discriminated(),
  ) as fc.Arbitrary<Obj>,
}));

/** A tagged union of A and B (each has a `kind` property), with or without an explicit mapping. */
function discriminated(): fc.Arbitrary<Obj> {
  return fc.record({
    keyword: fc.constantFrom("oneOf", "anyOf"),
    mapping: fc.boolean(),
    properties: fc.boolean(),
  }).map(({ keyword, mapping, properties }) => ({
    type: "object",
    ...(properties ? { properties: { a: {} }, required: ["kind"] } : {}),
    [keyword]: [{ $ref: "#/defs/A" }, { $ref: "#/defs/B" }],
    discriminator: { propertyName: "kind", ...(mapping ? { mapping: { first: "#/defs/A", second: "#/defs/B" } } : {}) },
  }));
}

/** The referenced schemas: A and B are tagged objects, C refers to A (a chain of two refs). */
const defs = fc.record({
  A: fc.record({ p: fc.dictionary(fc.constantFrom("a", "b"), schema, { maxKeys: 2 }), extra: fc.boolean() }).map(({ p, extra }) => ({
    type: "object",
    required: ["kind"],
    properties: { kind: { type: "string", enum: ["first"] }, ...p },
    ...(extra ? { additionalProperties: true } : {}),
  })),
  B: fc.dictionary(fc.constantFrom("b", "x1"), schema, { maxKeys: 2 }).map((p) => ({
    type: "object",
    required: ["kind"],
    properties: { kind: { type: "string", enum: ["second"] }, ...p },
  })),
  C: fc.constant({ $ref: "#/defs/A" }),
});

const value = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: "small" },
    fc.constantFrom("a", "b", "ab", "1", "", "first", "second", 0, 1, 2, -1, 0.5, 3, true, false, null),
    fc.array(tie("value"), { maxLength: 3 }),
    fc.dictionary(fc.constantFrom(...KEYS, "x2"), tie("value"), { maxKeys: 4 }),
    fc.record({ kind: fc.constantFrom("first", "second", "third"), a: tie("value"), b: tie("value") }, { requiredKeys: ["kind"] }),
  ),
})).value;

let runs = 0;

/** A site whose schema and `#/defs` live in their own in-memory document, so no two runs share Ajv's cache. */
function siteOf(root: Obj, definitions: Obj): Site {
  const file = `memory-${++runs}.yaml`;
  const source = { absoluteRef: file };
  const location = (pointer: string) => ({ source, pointer, absolutePointer: `${file}${pointer}`, child: () => location(`${pointer}/schema`) });
  const resolve = (node: unknown) => {
    const ref = (node as { $ref?: string }).$ref ?? "";
    const name = ref.replace(/^.*#\/defs\//, "") as (typeof DEFS)[number];
    return DEFS.includes(name) ? { node: definitions[name], location: location(`#/defs/${name}`) } : { node: undefined };
  };
  return { kind: "media-type", where: file, schema: root, schemaLocation: location("#/schema"), resolve: resolve as Site["resolve"] };
}

describe("toolkit example validation against Redocly's Ajv on random schemas", () => {
  for (const forbidUndeclared of [true, false]) {
    it(`gives the same verdicts with undeclared properties ${forbidUndeclared ? "refused" : "allowed"} (seeded)`, () => {
      console.log(`example-keyword differential seed: ${SEED} (set EXAMPLES_KEYWORDS_SEED to replay)`);
      resetRedoclyAjv();
      const verdicts = { accepted: 0, refused: 0, "redocly-bug": 0 };
      fc.assert(
        fc.property(schema, defs, fc.array(value, { minLength: 1, maxLength: 4 }), (root, definitions, values) => {
          const site = siteOf(root, definitions);
          // Redocly's Ajv resolves with the resolver of its first call: a fresh one per schema.
          resetRedoclyAjv();
          for (const candidate of values) {
            const redocly = redoclyVerdict(site, candidate, forbidUndeclared);
            verdicts[redocly]++;
            if (redocly === "redocly-bug") continue;
            const toolkit = toolkitAccepts(site, candidate, forbidUndeclared) ? "accepted" : "refused";
            expect(toolkit, JSON.stringify({ root, definitions, candidate })).toBe(redocly);
          }
        }),
        { seed: SEED, numRuns: RUNS },
      );
      console.log("verdicts", verdicts);
      expect(verdicts.accepted).toBeGreaterThan(RUNS / 10);
      expect(verdicts.refused).toBeGreaterThan(RUNS / 10);
    }, 120_000);
  }
});
