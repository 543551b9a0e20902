// The lint that runs inside the bundle (codegen/lint-in-bundle.ts) against Redocly's separate lint
// and bundle, on every OpenAPI document of the repository: our specs, every fixture (foreign,
// hostile, drift, diff) and a synthetic spec with product files. Same problems in the same order,
// same bundle, at both lint levels; the generator trusts the one walk because of this.
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { lint, type NormalizedProblem } from "@redocly/openapi-core";
import { describe, expect, it } from "vitest";
import { writeSyntheticSpec } from "../../bench/synthetic/spec.js";
import { lintAndLoadSpec, loadSpec } from "../../codegen/load.js";
import { lintConfig, type LintLevel } from "../../codegen/rules.js";
import { checkFiles } from "../../codegen/spec-files.js";

const repoRoot = path.resolve(import.meta.dirname, "../..");

/** Every file under `dir` whose first key is `openapi` (YAML or JSON). */
function openapiDocuments(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(ya?ml|json)$/.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .filter((file) => /^\s*(\{\s*)?"?openapi"?\s*:/.test(readFileSync(file, "utf8")))
    .sort();
}

const synthetic = mkdtempSync(path.join(os.tmpdir(), "lint-in-bundle-"));
writeSyntheticSpec({ root: synthetic, seed: 7, products: 3, resourcesPerProduct: 2 });

const documents = [
  ...openapiDocuments(path.join(repoRoot, "specs")).filter((file) => file.endsWith("openapi.yaml")),
  ...openapiDocuments(path.join(repoRoot, "test/fixtures")),
  path.join(synthetic, "specs/synthetic/openapi.yaml"),
].filter((file) => !checkFiles(file).stop); // the generator lints only what the file checks let through

/** What a user is shown of a problem, and in which order. */
const shown = (problems: NormalizedProblem[]) =>
  problems.map((p) => ({
    rule: p.ruleId,
    severity: p.severity,
    message: p.message,
    at: p.location.map((l) => `${l.source.absoluteRef}${l.pointer ?? ""}${l.reportOnKey ? " (key)" : ""}`),
  }));

async function separately(entry: string, level: LintLevel) {
  const problems = await lint({ ref: entry, config: await lintConfig(level) }).catch((error: Error) => error.message);
  const bundle = await loadSpec(entry).then(
    (spec) => JSON.stringify(spec.document),
    (error: Error) => error.message,
  );
  return { problems: typeof problems === "string" ? problems : shown(problems), bundle };
}

async function inOneWalk(entry: string, level: LintLevel) {
  const result = await lintAndLoadSpec(entry, level).catch((error: Error) => error.message);
  if (typeof result === "string") return { problems: result, bundle: result };
  return { problems: shown(result.problems), bundle: result.spec instanceof Error ? result.spec.message : JSON.stringify(result.spec.document) };
}

describe("lint inside the bundle", () => {
  it("covers documents with problems of every kind", () => {
    // Not an empty comparison: our specs, the foreign corpus and the broken fixtures are all here.
    expect(documents.length).toBeGreaterThan(20);
    expect(documents.some((file) => file.includes("foreign"))).toBe(true);
  });

  for (const level of ["strict", "standard"] as const) {
    it.each(documents.map((file) => [path.relative(repoRoot, file).startsWith("..") ? "synthetic spec" : path.relative(repoRoot, file), file]))(
      `${level}: %s gives the separate lint's problems and bundle`,
      async (_name, file) => {
        const expected = await separately(file, level);
        const actual = await inOneWalk(file, level);
        expect(actual.problems).toEqual(expected.problems);
        expect(actual.bundle).toEqual(expected.bundle);
      },
    );
  }

  it("finds problems at all in some documents (the comparison is not of empty lists)", async () => {
    const withProblems = await Promise.all(documents.map(async (file) => (await inOneWalk(file, "strict")).problems.length));
    expect(withProblems.filter((count) => count > 0).length).toBeGreaterThan(5);
  });
});
