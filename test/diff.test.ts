// Breaking-change report, changelog and watch mode: the workflow of a team that edits specs.
import { execFileSync } from "node:child_process";
import { once } from "node:events";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { renderReport } from "../codegen/diff/report.js";
import { diffProvider, type Change } from "../codegen/diff/spec-diff.js";
import { loadSpec } from "../codegen/load.js";
import { buildModel } from "../codegen/model.js";
import { runCli, scratchCopy, spawnCli } from "./support/cli.js";
import { repoWithChange } from "./support/diff-repo.js";
import { repoRoot } from "./support/spec.js";

const fixtures = path.join(repoRoot, "test/fixtures/diff");
const side = async (file: string) => {
  const spec = await loadSpec(file);
  return { spec, model: buildModel(spec) };
};

const policy = { today: "2026-12-01", minNoticeDays: 180 };
const report = (changes: Change[]) => [{ provider: "fixture", changes, ignored: [] }];

describe("spec diff on the fixture pair", async () => {
  const { changes } = diffProvider("fixture", await side(path.join(fixtures, "base/openapi.yaml")), await side(path.join(fixtures, "head/openapi.yaml")), policy);
  const find = (fragment: string) => changes.filter((c) => `${c.subject}${c.at ? `, ${c.at}` : ""}: ${c.message}`.includes(fragment));

  it("renders every change exactly as expected in text, Markdown and JSON", () => {
    for (const [format, ext] of [["text", "txt"], ["markdown", "md"], ["json", "json"]] as const) {
      expect(renderReport(report(changes), format, "base"), format).toBe(readFileSync(path.join(fixtures, `expected.${ext}`), "utf8"));
    }
  });

  it("gives the kinds of change the issue lists their check id and level", () => {
    const expected: Array<[string, string, string]> = [
      ["query parameter country: became required", "request-parameter-became-required", "error"],
      ["header parameter x-account: required parameter added", "new-required-request-parameter", "error"],
      ["body.customer_ref: required property added", "request-property-added-required", "error"],
      ["body.label: property removed", "request-property-removed", "error"],
      ["body.tier: type changed from string to integer", "request-property-type-changed", "error"],
      ['body.features[]: enum value "voice" removed', "request-property-enum-value-removed", "error"],
      ["GET /numbers/{id}, response 200.created_at: property removed", "response-property-removed", "error"],
      ["GET /numbers/{id}, response 200.phone_number: became optional", "response-property-became-optional", "error"],
      ['GET /numbers/{id}, response 200.status: enum value "suspended" added', "response-property-enum-value-added", "warning"],
      ["GET /numbers/{id}, response 404: response removed", "response-non-success-status-removed", "warning"],
      ["GET /regions, security: authentication now required", "api-security-added", "error"],
      ["query parameter sort: optional parameter added", "new-optional-request-parameter", "info"],
      ["body.notes: optional property added", "request-property-added", "info"],
      ["GET /numbers/{id}: summary or description changed", "api-description-changed", "info"],
    ];
    for (const [fragment, id, level] of expected) expect(find(fragment).map((c) => [c.id, c.level]), fragment).toEqual([[id, level]]);
  });

  it("reports an x-sdk-name rename as one change that lists the renamed exported types", () => {
    const rename = changes.filter((c) => c.subject.includes("sage") || c.message.includes("sage"));
    expect(rename).toEqual([
      {
        id: "client-method-renamed",
        level: "error",
        product: "openapi",
        subject: "numbers.getUsage",
        at: "",
        message: "method numbers.usage renamed to numbers.getUsage; exported types renamed: NumbersUsagePathParams → NumbersGetUsagePathParams, NumbersUsageResponse → NumbersGetUsageResponse",
      },
    ]);
  });

  it("finds nothing between a spec and itself", async () => {
    const same = await side(path.join(fixtures, "base/openapi.yaml"));
    expect(diffProvider("fixture", same, same, policy).changes).toEqual([]);
  });
});

describe("npm run diff and npm run changelog", () => {
  it.concurrent("exits 1 on errors against main, 0 with --allow-breaking, in every format", async () => {
    const repo = repoWithChange();
    const text = await runCli("commands/diff.ts", ["--root", repo, "--provider", "telnyx"]);
    expect(text.code).toBe(1);
    expect(text.stdout).toContain("Spec changes since main (");
    expect(text.stdout).toMatch(/ {2}error {4}api-removed-without-deprecation +DELETE \/numbers\/\{id\}: operation removed without deprecation \(numbers\.release\)/);
    expect(text.stdout).toContain("Failing: 19 change(s) at level error or above.");
    const allowed = await runCli("commands/diff.ts", ["--root", repo, "--provider", "telnyx", "--allow-breaking", "--format", "json"]);
    expect(allowed.code).toBe(0);
    expect(JSON.parse(allowed.stdout).failed).toBe(true);
  });

  it.concurrent("reports no changes for the project's own specs against their last commit", async () => {
    const clone = mkdtempSync(path.join(os.tmpdir(), "diff-clone-"));
    execFileSync("git", ["clone", "-q", repoRoot, clone]);
    const result = await runCli("commands/diff.ts", ["--root", clone, "--base", "HEAD", "--format", "markdown"]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("### telnyx: no changes");
    expect(result.stdout).toContain("### vonage: no changes");
  });

  it.concurrent("appends a stable changelog section once, and generation keeps the changelog", async () => {
    const repo = repoWithChange();
    const first = await runCli("commands/changelog.ts", ["--root", repo, "--provider", "telnyx"]);
    expect(first.code).toBe(0);
    const file = path.join(repo, "generated/telnyx/CHANGELOG.md");
    const log = readFileSync(file, "utf8");
    expect(log).toContain("## Spec 1.1.0, changes since main (");
    expect(log).toContain("### Breaking (error)\n\n#### openapi\n\n- `DELETE /numbers/{id}`: operation removed without deprecation (numbers.release) (`api-removed-without-deprecation`)");
    expect(log).toContain("### Other changes (info)\n\n#### openapi\n\n- `GET /numbers/{id}/history`: operation added (numbers.history) (`api-added`)");
    expect(log).toContain("- `POST /numbers` body.notes: optional property added (`request-property-added`)");
    const second = await runCli("commands/changelog.ts", ["--root", repo, "--provider", "telnyx"]);
    expect(second.stdout).toContain("already ends with these changes");
    expect(readFileSync(file, "utf8")).toBe(log);

  });
});

describe("npm run diff on specs it cannot compare", () => {
  const headWithout = (line: string) => {
    const repo = repoWithChange();
    const file = path.join(repo, "specs/telnyx/openapi.yaml");
    const text = readFileSync(file, "utf8");
    if (!text.includes(line)) throw new Error(`fixture drifted: "${line.trim()}" not found`);
    writeFileSync(file, text.replace(line, ""));
    return { repo, text };
  };

  it.concurrent("a head operation without x-sdk-name: exit 2, the file, line and column of the operation, no stack", async () => {
    const { repo, text } = headWithout("      x-sdk-name: numbers.order\n");
    const result = await runCli("commands/diff.ts", ["--root", repo, "--provider", "telnyx"]);
    expect(result.code).toBe(2);
    // The operation's key ("post:") is the line above its operationId.
    const line = text.split("\n").findIndex((l) => l.includes("operationId: orderNumber"));
    expect(result.stderr).toContain(`specs/telnyx/openapi.yaml:${line}:5: error [toolkit/sdk-name] POST /numbers (orderNumber) has no x-sdk-name`);
    expect(result.stderr).not.toContain("Cannot read properties");
    expect(result.stderr).not.toMatch(/^\s+at /m);
    expect(result.stdout).toBe("");
  });

  it.concurrent("a base operation without x-sdk-name: exit 2, named as <ref>:<file>", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "diff-repo-"));
    const git = (...args: string[]) => execFileSync("git", args, { cwd: dir, stdio: "ignore" });
    git("init", "-q", "-b", "main");
    mkdirSync(path.join(dir, "specs/telnyx"), { recursive: true });
    const base = readFileSync(path.join(fixtures, "base/openapi.yaml"), "utf8");
    writeFileSync(path.join(dir, "specs/telnyx/openapi.yaml"), base.replace("      x-sdk-name: numbers.release\n", ""));
    git("add", ".");
    git("-c", "user.name=t", "-c", "user.email=t@example.test", "commit", "-q", "-m", "base");
    cpSync(path.join(fixtures, "head/openapi.yaml"), path.join(dir, "specs/telnyx/openapi.yaml"));
    const result = await runCli("commands/diff.ts", ["--root", dir, "--provider", "telnyx"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/main:specs\/telnyx\/openapi\.yaml:\d+:5: error \[toolkit\/sdk-name\] DELETE \/numbers\/\{id\} \(\w+\) has no x-sdk-name/);
    expect(result.stderr).not.toContain("Cannot read properties");
  });

  it.concurrent("a component name defined in two files: exit 2 naming both places, not a report of renamed schemas", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "diff-repo-"));
    const git = (...args: string[]) => execFileSync("git", args, { cwd: dir, stdio: "ignore" });
    const hostile = path.join(repoRoot, "test/fixtures/hostile");
    git("init", "-q", "-b", "main");
    cpSync(path.join(hostile, "base"), path.join(dir, "specs/vonage"), { recursive: true });
    git("add", ".");
    git("-c", "user.name=t", "-c", "user.email=t@example.test", "commit", "-q", "-m", "base");
    cpSync(path.join(hostile, "duplicate-component-name"), path.join(dir, "specs/vonage"), { recursive: true });
    const result = await runCli("commands/diff.ts", ["--root", dir, "--provider", "vonage"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/specs\/vonage\/others\.yaml:\d+:5: error \[toolkit\/unique-components\] components\/schemas\/Thing is also defined at \S*specs\/vonage\/things\.yaml:\d+:5/);
    expect(result.stdout).toBe("");
  });

  it.concurrent("an unknown --provider: exit 2 and the known ones, not an empty report", async () => {
    const result = await runCli("commands/diff.ts", ["--root", repoWithChange(), "--provider", "telnyx", "--provider", "twilio"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("Unknown provider: twilio. Known: telnyx, vonage.");
    expect(result.stdout).not.toContain("Nothing at level");
  });

  it.concurrent("a --base that does not hold the spec: exit 2 naming the ref", async () => {
    const repo = repoWithChange();
    const result = await runCli("commands/diff.ts", ["--root", repo, "--provider", "vonage"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("specs/vonage does not exist at main.");
    expect(result.stderr).not.toMatch(/^\s+at /m);
  });
});

describe("npm run generate -- --watch", () => {
  it("regenerates the provider whose spec changed, and keeps the last good output on a broken edit", async () => {
    const root = scratchCopy();
    const child = spawnCli("commands/generate.ts", ["--watch", "--root", root, "--out", path.join(root, "generated"), "--provider", "vonage"]);
    let output = "";
    const waitFor = (pattern: RegExp, from: number) =>
      new Promise<string>((resolve, reject) => {
        const check = () => {
          const match = pattern.exec(output.slice(from));
          if (match) {
            child.stdout!.off("data", check);
            resolve(match[0]);
          }
        };
        child.stdout!.on("data", check);
        child.once("exit", () => reject(new Error(`watch exited:\n${output}`)));
        check();
      });
    child.stdout!.on("data", (chunk) => (output += chunk));
    child.stderr!.on("data", (chunk) => (output += chunk));
    try {
      await waitFor(/\[watch\] vonage: (checked|regenerated)/, 0);
      const spec = path.join(root, "specs/vonage/10dlc.yaml");
      const docs = path.join(root, "generated/vonage/docs/10dlc.md");
      let mark = output.length;
      writeFileSync(spec, readFileSync(spec, "utf8").replace("summary: Create a brand", "summary: Register a new brand"));
      await waitFor(/\[watch\] vonage: regenerated in \d+ ms: [^\n]*docs\/10dlc\.md/, mark);
      const good = readFileSync(docs, "utf8");
      expect(good).toContain("### Register a new brand");

      mark = output.length;
      writeFileSync(spec, `${readFileSync(spec, "utf8")}\nbroken: [\n`);
      await waitFor(/kept the last good output/, mark);
      expect(output.slice(mark)).toMatch(/specs\/vonage\/10dlc\.yaml:\d+:\d+: error \[yaml-syntax\]/);
      expect(readFileSync(docs, "utf8")).toBe(good);
    } finally {
      const exited = once(child, "exit");
      child.kill("SIGTERM");
      await exited;
    }
  }, 120_000);
});

/** Replaces `dir` by a copy in which `file` holds `text`. */
function replaceFolder(dir: string, file: string, text: string): void {
  const next = `${dir}-next`;
  cpSync(dir, next, { recursive: true });
  writeFileSync(path.join(next, file), text);
  rmSync(dir, { recursive: true });
  renameSync(next, dir);
}

describe("npm run generate -- --watch keeps hearing a file however it is saved", () => {
  it("regenerates after a save in place, a rename-over (sed -i, safe-write), delete-and-create, and a replaced folder", async () => {
    const root = scratchCopy();
    const child = spawnCli("commands/generate.ts", ["--watch", "--root", root, "--out", path.join(root, "generated"), "--provider", "vonage"]);
    let output = "";
    child.stdout!.on("data", (chunk) => (output += chunk));
    child.stderr!.on("data", (chunk) => (output += chunk));
    const waitFor = (pattern: RegExp, from: number) =>
      new Promise<void>((resolve, reject) => {
        const check = () => {
          if (pattern.test(output.slice(from))) {
            child.stdout!.off("data", check);
            resolve();
          }
        };
        child.stdout!.on("data", check);
        child.once("exit", () => reject(new Error(`watch exited:\n${output}`)));
        check();
      });
    const spec = path.join(root, "specs/vonage/10dlc.yaml");
    const docs = path.join(root, "generated/vonage/docs/10dlc.md");
    const original = readFileSync(spec, "utf8");
    if (!original.includes("summary: Create a brand")) throw new Error("fixture drifted: no \"summary: Create a brand\"");
    const withSummary = (summary: string) => original.replace("summary: Create a brand", `summary: ${summary}`);
    const saves: Array<[string, (text: string) => void]> = [
      ["in place", (text) => writeFileSync(spec, text)],
      ["rename-over", (text) => (writeFileSync(`${spec}.tmp-save`, text), renameSync(`${spec}.tmp-save`, spec))],
      ["in place after a rename", (text) => writeFileSync(spec, text)],
      ["delete and create", (text) => (rmSync(spec), writeFileSync(spec, text))],
      ["in place after a re-create", (text) => writeFileSync(spec, text)],
      ["folder replaced (as a branch switch may)", (text) => replaceFolder(path.dirname(spec), path.basename(spec), text)],
      ["in place in the new folder", (text) => writeFileSync(spec, text)],
    ];
    try {
      await waitFor(/\[watch\] vonage: (checked|regenerated)/, 0);
      for (const [index, [how, save]] of saves.entries()) {
        const summary = `Brand save ${index + 1} ${how}`;
        const mark = output.length;
        save(withSummary(summary));
        await waitFor(/\[watch\] vonage: regenerated in \d+ ms: [^\n]*docs\/10dlc\.md/, mark);
        expect(readFileSync(docs, "utf8"), how).toContain(`### ${summary}`);
      }
    } finally {
      const exited = once(child, "exit");
      child.kill("SIGTERM");
      await exited;
    }
  }, 180_000);
});
