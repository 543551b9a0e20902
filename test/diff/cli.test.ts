// `npm run diff` exit codes: --fail-on decides what fails, the ignore file accepts changes (each
// with a reason), and bad flags or a bad ignore file are usage errors (exit 2, file:line:col).
import { writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../support/cli.js";
import { repoWithChange } from "../support/diff-repo.js";
import { repoRoot } from "../support/spec.js";

const DIFF = "commands/diff.ts";

interface JsonChange {
  id: string;
  level: string;
  subject: string;
  at: string;
}

const run = (repo: string, ...args: string[]) => runCli(DIFF, ["--root", repo, "--provider", "telnyx", "--today", "2026-12-01", ...args]);

describe("npm run diff: --fail-on and the ignore file", () => {
  it.concurrent("exits 1 on errors; with every error accepted in .diffignore.yaml exits 0 at --fail-on error and 1 at --fail-on warning", async () => {
    const repo = repoWithChange();
    const first = await run(repo, "--format", "json");
    expect(first.code).toBe(1);
    const changes: JsonChange[] = JSON.parse(first.stdout).providers[0].changes;
    const errors = changes.filter((c) => c.level === "error");
    expect(errors).toHaveLength(19);
    const location = (c: JsonChange) => (c.at ? `  location: ${JSON.stringify(c.at)}\n` : "");
    const entries = errors.map((c) => `- id: ${c.id}\n  operation: ${JSON.stringify(c.subject)}\n${location(c)}  reason: accepted in review\n`);
    writeFileSync(path.join(repo, ".diffignore.yaml"), entries.join(""));

    const accepted = await run(repo);
    expect(accepted.stderr).toBe("");
    expect(accepted.code).toBe(0);
    expect(accepted.stdout).toContain("telnyx: 11 change(s): 0 error, 4 warning, 7 info, 19 ignored");
    expect(accepted.stdout).toMatch(/ {2}ignored {2}api-removed-without-deprecation {2}DELETE \/numbers\/\{id\}: operation removed without deprecation \(numbers\.release\) \(reason: accepted in review\)/);
    expect(accepted.stdout).toContain("Nothing at level error or above.");

    const strict = await run(repo, "--fail-on", "warning");
    expect(strict.code).toBe(1);
    expect(strict.stdout).toContain("Failing: 4 change(s) at level warning or above.");
  });

  it.concurrent("an ignore entry without a reason: exit 2 with file:line:col, nothing compared", async () => {
    const repo = repoWithChange();
    const file = path.join(repo, "accepted.yaml");
    writeFileSync(file, "# accepted changes\n- id: api-removed-without-deprecation\n  operation: DELETE /numbers/{id}\n");
    const result = await run(repo, "--ignore", file);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`${file}:2:3: error [diff/ignore-file] entry 1 has no reason; say why this change is accepted`);
    expect(result.stderr).toContain("Ignore file refused: 1 problem(s); nothing compared.");
    expect(result.stderr).not.toMatch(/^\s+at /m);
    expect(result.stdout).toBe("");
  });

  it.concurrent("an entry that matches nothing is named on stderr, and does not change the exit code", async () => {
    const repo = repoWithChange();
    writeFileSync(path.join(repo, ".diffignore.yaml"), "- id: webhook-removed\n  operation: webhook numberPorted\n  reason: never delivered\n");
    const result = await run(repo, "--allow-breaking");
    expect(result.code).toBe(0);
    expect(result.stderr).toBe(".diffignore.yaml:1:3: note: ignore entry webhook-removed for webhook numberPorted matched no change\n".replace(".diffignore.yaml", path.join(path.relative(repoRoot, repo), ".diffignore.yaml")));
  });

  it.concurrent("bad values: exit 2 naming the flag, no report", async () => {
    const repo = repoWithChange();
    for (const [args, message] of [
      [["--fail-on", "info"], '--fail-on must be error or warning, not "info".'],
      [["--today", "tomorrow"], '--today must be a date like 2026-12-01, not "tomorrow".'],
      [["--min-notice-days", "half a year"], '--min-notice-days must be a whole number of days, not "half a year".'],
      [["--ignore", path.join(repo, "missing.yaml")], "cannot read the ignore file: ENOENT"],
    ] as const) {
      const result = await run(repo, ...args);
      expect(result.code, args.join(" ")).toBe(2);
      expect(result.stderr, args.join(" ")).toContain(message);
      expect(result.stdout, args.join(" ")).toBe("");
    }
  });
});
