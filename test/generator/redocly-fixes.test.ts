// codegen/redocly-fixes.ts replaces the code Redocly's Ajv generates for oneOf and anyOf (flat
// instead of nested one block per alternative). The results must not change: a seeded property
// test compares the patched Ajv with the project's own, unpatched Ajv on random schemas and data.
import { createRequire } from "node:module";
import { Ajv2020 } from "ajv/dist/2020.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import "../../codegen/redocly-fixes.js";

const requireFromRedocly = createRequire(createRequire(import.meta.url).resolve("@redocly/openapi-core/lib/lint.js"));
const PatchedAjv = (requireFromRedocly("@redocly/ajv/dist/2020") as { default: new (options: object) => { compile(schema: object): (data: unknown) => boolean } }).default;

const keys = ["a", "b", "c"] as const;
const branch = fc.record({
  type: fc.constant("object"),
  properties: fc.dictionary(fc.constantFrom(...keys), fc.constantFrom({ type: "string" }, { type: "integer" }), { maxKeys: 3 }),
  required: fc.subarray([...keys], { maxLength: 2 }),
});
const schema = fc.record({
  keyword: fc.constantFrom("oneOf", "anyOf"),
  branches: fc.array(branch, { minLength: 1, maxLength: 5 }),
  unevaluated: fc.boolean(),
});
const data = fc.dictionary(fc.constantFrom(...keys, "d"), fc.oneof(fc.string({ maxLength: 2 }), fc.integer({ min: -2, max: 2 })), { maxKeys: 4 });

describe("flat oneOf/anyOf code in Redocly's Ajv", () => {
  // Async, with a yield per run: hundreds of Ajv compilations in one synchronous stretch starve the
  // worker's event loop long enough for vitest's own RPC calls to time out on a busy machine.
  it("accepts and rejects exactly what unpatched Ajv does (property, seeded)", async () => {
    const seed = 4242;
    console.log(`oneOf/anyOf equivalence seed: ${seed}`);
    const options = { strict: false, allErrors: true, allowUnionTypes: true };
    await fc.assert(
      fc.asyncProperty(schema, fc.array(data, { minLength: 1, maxLength: 8 }), async ({ keyword, branches, unevaluated }, values) => {
        await new Promise((resolve) => setImmediate(resolve));
        const json = { [keyword]: branches, ...(unevaluated ? { unevaluatedProperties: false } : {}) };
        const patched = new PatchedAjv(options).compile(json);
        const reference = new Ajv2020(options).compile(json);
        for (const value of values) expect(patched(value), JSON.stringify({ json, value })).toBe(reference(value));
      }),
      { seed, numRuns: 400 },
    );
  });

  it("compiles and runs a oneOf of 3,000 alternatives (unpatched code overflows the stack)", () => {
    const alternatives = Array.from({ length: 3000 }, (_, i) => ({ type: "object", required: [`k${i}`], properties: { [`k${i}`]: { type: "string" } } }));
    const validate = new PatchedAjv({ strict: false, allErrors: true }).compile({ oneOf: alternatives });
    expect(validate({ k2999: "x" })).toBe(true);
    expect(validate({ k1: "x", k2: "y" })).toBe(false);
    expect(validate({})).toBe(false);
  });
});
