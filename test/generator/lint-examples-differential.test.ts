// The toolkit's example rules (codegen/lint-examples*.ts) must accept and refuse exactly what
// Redocly's rules did. Seeded fast-check mutations of every example of our specs and of the
// foreign fixtures (and, where a fixture has none, of a value made from the schema) are judged
// by Redocly's Ajv and by the toolkit, at both lint levels, and the verdicts compared.
//
// Accepted differences (lint-examples.test.ts shows each):
// - Redocly's Ajv refused two valid OpenAPI 3.0 forms with "Example validation errored" on every
//   example, `nullable` without `type` and a boolean `exclusiveMinimum`/`exclusiveMaximum`; the
//   toolkit applies them as OpenAPI 3.0 defines them. (Not produced here: mutations change examples.)
// - Redocly's Ajv threw "a.valueOf is not a function" when it compared objects (uniqueItems, or
//   enum/const with object values) in the null-prototype copies redocly-fixes.ts gives it; the
//   toolkit compares them. Such values are skipped (redoclyVerdict says "redocly-bug").
// - Ajv leaves a declared property named `__proto__` out of `properties` (never checked, and
//   undeclared under the strict lint); the toolkit checks it as declared. (No spec here has one.)
// - Redocly's Ajv takes a second `$ref` to one schema on the same value inside `not`/`if` as
//   passing once a first failed (lint-examples-keywords.test.ts keeps `$ref`s out of those).
import path from "node:path";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { collectSites, redoclyVerdict, resetRedoclyAjv, sampleOf, toolkitAccepts, type Site } from "./lint-examples-support.js";

const SPECS = [
  "specs/telnyx/openapi.yaml",
  "specs/vonage/openapi.yaml",
  "test/fixtures/foreign/petstore-3.0.yaml",
  "test/fixtures/foreign/warehouse-3.0.json",
  "test/fixtures/foreign/events-3.1.yaml",
  "test/fixtures/foreign/member-names-3.1.yaml",
];
const SEED = Number(process.env.EXAMPLES_DIFF_SEED ?? 20261202);
const RUNS_PER_SPEC = Number(process.env.EXAMPLES_DIFF_RUNS ?? 300);

type Obj = Record<string, unknown>;
type Step = { at: number; op: "replace" | "tweak" | "drop" | "add" | "null" | "duplicate"; with: unknown };

const verdictOf = (accepted: boolean) => (accepted ? "accepted" : "refused");
const isObject = (value: unknown): value is Obj => typeof value === "object" && value !== null && !Array.isArray(value);

/** Paths to every value inside an example, the example itself first. */
function pathsOf(value: unknown, prefix: Array<string | number> = [], out: Array<Array<string | number>> = []): Array<Array<string | number>> {
  out.push(prefix);
  if (Array.isArray(value)) value.forEach((item, i) => pathsOf(item, [...prefix, i], out));
  else if (isObject(value)) for (const [key, item] of Object.entries(value)) pathsOf(item, [...prefix, key], out);
  return out;
}

/** Strings and numbers seen in the specs' examples: replacements that often stay valid. */
function poolOf(sites: Site[]): unknown[] {
  const pool = new Set<unknown>();
  const visit = (value: unknown) => {
    if (typeof value === "string" || typeof value === "number") pool.add(value);
    else if (Array.isArray(value)) value.forEach(visit);
    else if (isObject(value)) Object.values(value).forEach(visit);
  };
  sites.forEach((site) => visit(site.value));
  return [...pool].slice(0, 2000);
}

/** A near variant of a scalar: same type, another value (edges of common limits included). */
function tweak(value: unknown, pick: number): unknown {
  if (typeof value === "string") return [value + "x", "", value.slice(1), value.toUpperCase(), " ", "a".repeat(300)][pick % 6];
  if (typeof value === "number") return [value + 1, -value, value + 0.5, 0, 1e21, -1][pick % 6];
  if (typeof value === "boolean") return !value;
  return value;
}

function applyStep(root: unknown, step: Step): unknown {
  const paths = pathsOf(root);
  const where = paths[step.at % paths.length]!;
  const copy = structuredClone(root);
  const get = (p: Array<string | number>) => p.reduce<unknown>((node, key) => (node as Obj)[key as string], copy);
  const target = get(where);
  const change = (next: unknown) => {
    if (where.length === 0) return next;
    (get(where.slice(0, -1)) as Obj)[where.at(-1) as string] = next;
    return copy;
  };
  // Parsed YAML/JSON never holds `undefined`: every choice below is a whole index.
  const pick = typeof step.with === "number" && Number.isFinite(step.with) ? Math.floor(Math.abs(step.with)) : 0;
  switch (step.op) {
    case "replace":
      return change(step.with);
    case "tweak":
      return change(tweak(target, pick));
    case "null":
      return change(null);
    case "drop": {
      if (isObject(target) && Object.keys(target).length > 0) delete target[Object.keys(target)[pick % Object.keys(target).length]!];
      else if (Array.isArray(target) && target.length > 0) target.splice(pick % target.length, 1);
      return copy;
    }
    case "add": {
      if (isObject(target)) target[["extra", "id", "type", "name", "status"][pick % 5]!] = step.with;
      else if (Array.isArray(target)) target.push(target[0] ?? step.with);
      return copy;
    }
    case "duplicate": {
      if (Array.isArray(target) && target.length > 0) target.push(structuredClone(target[0]));
      return copy;
    }
  }
}

const sitesBySpec = new Map<string, Site[]>();
let pool: unknown[] = [];

beforeAll(async () => {
  for (const spec of SPECS) {
    const found = await collectSites(path.resolve(spec));
    // A spec without examples still gets values to mutate: ones made from its schemas.
    const withValues = found.map((site) => (site.value === undefined ? { ...site, value: sampleOf(site.schema, site.schemaLocation.source.absoluteRef, site.resolve) } : site));
    sitesBySpec.set(spec, withValues);
  }
  pool = poolOf([...sitesBySpec.values()].flat());
}, 120_000);

const step = () =>
  fc.record({
    at: fc.nat(),
    op: fc.constantFrom<Step["op"]>("replace", "tweak", "drop", "add", "null", "duplicate", "tweak", "replace"),
    with: fc.oneof(fc.constantFrom(...pool), fc.jsonValue({ maxDepth: 2 }), fc.integer({ min: -3, max: 3 })),
  });

describe("toolkit example rules against Redocly's (differential)", () => {
  it("collects examples from every spec", () => {
    for (const spec of SPECS) expect(sitesBySpec.get(spec)?.length, spec).toBeGreaterThan(3);
  });

  for (const forbidUndeclared of [true, false]) {
    const level = forbidUndeclared ? "strict" : "standard";
    for (const spec of SPECS) {
      // Redocly's Ajv is one per lint and resolves with the first resolver it was given: a fresh
      // one per spec and level, as in a lint.
      it(`agrees on every example of ${spec} as written (${level})`, () => {
        resetRedoclyAjv();
        const sites = sitesBySpec.get(spec)!;
        const disagreements = sites.filter((site) => redoclyVerdict(site, site.value, forbidUndeclared) !== verdictOf(toolkitAccepts(site, site.value, forbidUndeclared)));
        expect(disagreements.map((site) => site.where)).toEqual([]);
      });

      it(`agrees on seeded mutations of the examples of ${spec} (${level})`, () => {
        console.log(`example-lint differential seed: ${SEED} (set EXAMPLES_DIFF_SEED to replay)`);
        resetRedoclyAjv();
        const sites = sitesBySpec.get(spec)!;
        const verdicts = { accepted: 0, refused: 0, "redocly-bug": 0 };
        fc.assert(
          fc.property(fc.nat({ max: sites.length - 1 }), fc.array(step(), { minLength: 1, maxLength: 3 }), (siteIndex, steps) => {
            const site = sites[siteIndex]!;
            const value = steps.reduce(applyStep, site.value);
            const redocly = redoclyVerdict(site, value, forbidUndeclared);
            verdicts[redocly]++;
            if (redocly === "redocly-bug") return;
            expect(verdictOf(toolkitAccepts(site, value, forbidUndeclared)), `${site.where}: ${JSON.stringify(value)?.slice(0, 400)}`).toBe(redocly);
          }),
          { seed: SEED, numRuns: RUNS_PER_SPEC },
        );
        // Both verdicts must be exercised, or the comparison says little.
        expect(verdicts.accepted).toBeGreaterThan(RUNS_PER_SPEC / 20);
        expect(verdicts.refused).toBeGreaterThan(RUNS_PER_SPEC / 20);
      }, 120_000);
    }
  }
});
