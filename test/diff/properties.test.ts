// Properties of the schema differ over generated schemas (seeded; the seed is printed so a failure
// can be replayed): a schema compared with itself has no changes, and reordering the branches of
// a oneOf/anyOf is never a change.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { diffProvider } from "../../codegen/diff/spec-diff.js";
import type { JSONSchema } from "../../codegen/diff/schema-types.js";
import { baseDocument, sideOf } from "./spec-builder.js";

const policy = { today: "2026-12-01", minNoticeDays: 180 };
const SEED = Number(process.env.DIFF_PROPERTY_SEED ?? 20261201);

const leaf: fc.Arbitrary<JSONSchema> = fc.oneof(
  fc.record({ type: fc.constantFrom("string"), maxLength: fc.option(fc.nat(50), { nil: undefined }), format: fc.option(fc.constantFrom("uuid", "date"), { nil: undefined }) }, { requiredKeys: ["type"] }),
  fc.record({ type: fc.constantFrom("integer"), minimum: fc.option(fc.integer({ min: -5, max: 5 }), { nil: undefined }) }, { requiredKeys: ["type"] }),
  fc.record({ type: fc.constant("string"), enum: fc.uniqueArray(fc.constantFrom("a", "b", "c", "d"), { minLength: 1 }) }),
);

const schema: fc.Arbitrary<JSONSchema> = fc.letrec<{ node: JSONSchema }>((tie) => ({
  node: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    leaf,
    fc.record({ type: fc.constant("array"), items: tie("node") }),
    fc.dictionary(fc.constantFrom("id", "name", "kind", "to", "body"), tie("node"), { minKeys: 1, maxKeys: 3 }).map((properties): JSONSchema => ({ type: "object", properties })),
    fc.array(tie("node"), { minLength: 2, maxLength: 4 }).map((branches): JSONSchema => ({ oneOf: branches })),
    fc.array(tie("node"), { minLength: 2, maxLength: 4 }).map((branches): JSONSchema => ({ anyOf: branches })),
  ),
})).node;

/** Reverses every oneOf/anyOf, at every depth. */
function reverseBranches(s: JSONSchema): JSONSchema {
  const out: JSONSchema = { ...s };
  if (s.oneOf) out.oneOf = [...s.oneOf].reverse().map(reverseBranches);
  if (s.anyOf) out.anyOf = [...s.anyOf].reverse().map(reverseBranches);
  if (s.items) out.items = reverseBranches(s.items);
  if (s.properties) out.properties = Object.fromEntries(Object.entries(s.properties).map(([k, v]) => [k, reverseBranches(v)]));
  return out;
}

function changesBetween(before: JSONSchema, after: JSONSchema): string[] {
  const base = sideOf(baseDocument({ "request-property": before, "response-property": before, "webhook-property": before }));
  const head = sideOf(baseDocument({ "request-property": after, "response-property": after, "webhook-property": after }));
  return diffProvider("things", base, head, policy).changes.map((c) => `${c.id} ${c.subject} ${c.at}: ${c.message}`);
}

describe(`schema differ properties (seed ${SEED})`, () => {
  it("a schema compared with itself has no changes", () => {
    console.log(`diff properties: seed ${SEED} (set DIFF_PROPERTY_SEED to replay)`);
    fc.assert(fc.property(schema, (s) => {
          expect(changesBetween(s, structuredClone(s))).toEqual([]);
        }), { seed: SEED, numRuns: 150 });
  });

  it("reordering oneOf/anyOf branches, at any depth, is no change", () => {
    fc.assert(fc.property(schema, (s) => {
          expect(changesBetween(s, reverseBranches(s))).toEqual([]);
        }), { seed: SEED, numRuns: 150 });
  });
});
