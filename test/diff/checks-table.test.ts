// The checks table in generated/ is produced from the registry; it must not drift from it.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CHECKS } from "../../codegen/diff/checks.js";
import { CHECKS_TABLE_FILE, renderChecksTable } from "../../codegen/diff/checks-table.js";
import { repoRoot } from "../support/spec.js";

describe("the generated checks table", () => {
  it("is up to date with codegen/diff/checks.ts (regenerate: npx tsx codegen/diff/checks-table.ts)", () => {
    expect(readFileSync(path.join(repoRoot, CHECKS_TABLE_FILE), "utf8")).toBe(renderChecksTable());
  });

  it("lists every check once, with a kebab-case id, a level, a description and an example", () => {
    const ids = CHECKS.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const c of CHECKS) {
      expect(c.id, c.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(["error", "warning", "info"], c.id).toContain(c.level);
      expect(c.description.length, c.id).toBeGreaterThan(10);
      expect(c.example.length, c.id).toBeGreaterThan(3);
    }
  });

  it("is linked from README", () => {
    expect(readFileSync(path.join(repoRoot, "README.md"), "utf8")).toContain(`](${CHECKS_TABLE_FILE})`);
  });
});
