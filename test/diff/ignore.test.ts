// The ignore file is user input: every malformed entry is refused with file:line:col and why,
// and an accepted change still shows in the report, with its reason.
import { describe, expect, it } from "vitest";
import { applyIgnores, parseIgnoreFile } from "../../codegen/diff/ignore.js";
import type { Change } from "../../codegen/diff/spec-diff.js";
import { formatProblem, SpecError } from "../../codegen/spec-error.js";

/** The printed problems of a refused ignore file. */
function refusal(text: string): string[] {
  try {
    parseIgnoreFile(text, ".diffignore.yaml");
  } catch (error) {
    if (error instanceof SpecError) return error.problems.map(formatProblem);
    throw error;
  }
  throw new Error("the ignore file was accepted");
}

const change = (over: Partial<Change> = {}): Change => ({
  id: "response-property-became-optional",
  level: "error",
  product: "numbers",
  subject: "GET /numbers",
  at: "response 200.data[].label",
  message: "became optional (may be missing now)",
  ...over,
});

describe("the ignore file", () => {
  it("refuses an entry without a reason, at the entry's line and column", () => {
    const text = "- id: response-property-became-optional\n  operation: GET /numbers\n  reason: label is optional in practice\n- id: request-property-removed\n  operation: POST /numbers\n";
    expect(refusal(text)).toEqual([".diffignore.yaml:4:3: error [diff/ignore-file] entry 2 has no reason; say why this change is accepted"]);
  });

  it("refuses an empty or non-string reason, an unknown check id and an unknown key", () => {
    const text = [
      "- id: response-property-became-optional",
      "  operation: GET /numbers",
      '  reason: ""',
      "- id: response-field-gone",
      "  operation: GET /numbers",
      "  reason: 42",
      "  because: typo",
    ].join("\n");
    expect(refusal(text)).toEqual([
      ".diffignore.yaml:3:11: error [diff/ignore-file] entry 1: reason must be a non-empty string",
      ".diffignore.yaml:6:11: error [diff/ignore-file] entry 2: reason must be a non-empty string",
      ".diffignore.yaml:7:3: error [diff/ignore-file] entry 2: unknown key \"because\" (allowed: id, operation, location, reason)",
      '.diffignore.yaml:4:7: error [diff/ignore-file] entry 2: unknown check id "response-field-gone"',
    ]);
  });

  it("refuses a file that is not a list, and YAML syntax errors, with the place", () => {
    expect(refusal("id: request-property-removed\nreason: x\n")).toEqual([
      ".diffignore.yaml:1:1: error [diff/ignore-file] the ignore file must be a list of entries (id, operation, location, reason)",
    ]);
    expect(refusal("- id: [unclosed\n")[0]).toMatch(/^\.diffignore\.yaml:\d+:\d+: error \[diff\/ignore-file\] /);
    expect(refusal("- id: a\n  id: b\n  operation: x\n  reason: y\n")[0]).toMatch(/^\.diffignore\.yaml:2:3: error \[diff\/ignore-file\] Map keys must be unique/);
  });

  it("accepts an empty file", () => {
    expect(parseIgnoreFile("", "f")).toEqual([]);
    expect(parseIgnoreFile("# nothing accepted yet\n", "f")).toEqual([]);
  });

  it("matches id and operation, and the location when the entry names one", () => {
    const entries = parseIgnoreFile(
      "- id: response-property-became-optional\n  operation: GET /numbers\n  location: response 200.data[].label\n  reason: never sent for ported numbers\n- id: request-property-removed\n  operation: POST /numbers\n  reason: nobody sent it\n",
      "f",
    );
    const other = change({ at: "response 200.data[].status" });
    const removed = change({ id: "request-property-removed", subject: "POST /numbers", at: "body.anything" });
    const elsewhere = change({ id: "request-property-removed", subject: "PUT /numbers" });
    const { kept, ignored, unused } = applyIgnores([change(), other, removed, elsewhere], entries);
    expect(kept).toEqual([other, elsewhere]);
    expect(ignored).toEqual([
      { ...change(), reason: "never sent for ported numbers" },
      { ...removed, reason: "nobody sent it" },
    ]);
    expect(unused).toEqual([]);
    expect(applyIgnores([other], entries).unused.map((e) => e.where)).toEqual(["f:1:3", "f:5:3"]);
  });
});
