// Breaking-change report, changelog and watch mode: the workflow of a team that edits specs.
import { execFileSync } from "node:child_process";
import { once } from "node:events";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { renderReport } from "../codegen/diff/report.js";
import { diffProvider, isBreaking } from "../codegen/diff/spec-diff.js";
import { loadSpec } from "../codegen/load.js";
import { buildModel } from "../codegen/model.js";
import { runCli, scratchCopy, spawnCli } from "./support/cli.js";
import { repoRoot } from "./support/spec.js";

const fixtures = path.join(repoRoot, "test/fixtures/diff");
const side = async (file: string) => {
  const spec = await loadSpec(file);
  return { spec, model: buildModel(spec) };
};

describe("spec diff on the fixture pair", async () => {
  const diff = diffProvider("fixture", await side(path.join(fixtures, "base/openapi.yaml")), await side(path.join(fixtures, "head/openapi.yaml")));

  it("classifies every change exactly as expected", () => {
    expect(renderReport([diff], "text", "base")).toBe(readFileSync(path.join(fixtures, "expected.txt"), "utf8"));
  });

  it("marks the kinds of change the issue lists as breaking, and the others not", () => {
    const find = (fragment: string) => [...diff.changed, ...diff.client].find((c) => `${c.subject}: ${c.message}`.includes(fragment));
    const breaking = [
      "query parameter country made required",
      "header parameter x-account added (required)",
      "body.customer_ref: required field added",
      "body.label: field removed from the accepted request fields",
      "body.tier: type changed from string to integer",
      'body.features[]: enum narrowed: "voice" removed',
      "GET /numbers/{id}: response 200.created_at: field removed from the response",
      "GET /numbers/{id}: response 200.phone_number: field made optional",
      "GET /numbers/{id}: response 200.label: type changed",
      'GET /numbers/{id}: response 200.status: enum widened: "suspended" added',
      "response 404 removed",
      "security changed",
      "SDK name changed from numbers.usage to numbers.getUsage",
      "numbers.usage: method removed",
      "numbers.list: signature changed",
    ];
    for (const fragment of breaking) expect(find(fragment)?.breaking, fragment).toBe(true);
    const harmless = ["query parameter sort added (optional)", "body.notes: optional field added", "response 200.country: field added", "description changed", "numbers.history: method added"];
    for (const fragment of harmless) expect(find(fragment)?.breaking, fragment).toBe(false);
    expect(diff.removed).toEqual(["DELETE /numbers/{id} (numbers.release)"]);
    expect(diff.added).toEqual(["GET /numbers/{id}/history (numbers.history)"]);
    expect(isBreaking(diff)).toBe(true);
  });

  it("renders Markdown for a pull request and JSON for tools", () => {
    const markdown = renderReport([diff], "markdown", "main");
    expect(markdown).toContain("## Spec changes since `main`");
    expect(markdown).toContain("| 💥 breaking | removed | DELETE /numbers/{id} (numbers.release) |");
    const json = JSON.parse(renderReport([diff], "json", "main"));
    expect(json.breaking).toBe(true);
    expect(json.providers[0].changed.filter((c: { breaking: boolean }) => c.breaking)).toHaveLength(21);
  });

  it("finds nothing between a spec and itself", async () => {
    const same = await side(path.join(fixtures, "base/openapi.yaml"));
    const none = diffProvider("fixture", same, same);
    expect([none.added, none.removed, none.changed, none.client]).toEqual([[], [], [], []]);
    expect(isBreaking(none)).toBe(false);
  });
});

/** A git repository whose last commit has the base fixture as the Telnyx spec and whose working tree has the head. */
function repoWithChange(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "diff-repo-"));
  const git = (...args: string[]) => execFileSync("git", args, { cwd: dir, stdio: "ignore" });
  git("init", "-q", "-b", "main");
  mkdirSync(path.join(dir, "specs/telnyx"), { recursive: true });
  cpSync(path.join(fixtures, "base/openapi.yaml"), path.join(dir, "specs/telnyx/openapi.yaml"));
  git("add", ".");
  git("-c", "user.name=t", "-c", "user.email=t@example.test", "commit", "-q", "-m", "base");
  cpSync(path.join(fixtures, "head/openapi.yaml"), path.join(dir, "specs/telnyx/openapi.yaml"));
  return dir;
}

describe("npm run diff and npm run changelog", () => {
  it.concurrent("exits 1 on breaking changes against main, 0 with --allow-breaking, in every format", async () => {
    const repo = repoWithChange();
    const text = await runCli("codegen/diff-cli.ts", ["--root", repo, "--provider", "telnyx"]);
    expect(text.code).toBe(1);
    expect(text.stdout).toContain("Spec changes since main (");
    expect(text.stdout).toContain("BREAKING  removed   DELETE /numbers/{id} (numbers.release)");
    expect(text.stdout).toContain("Breaking changes found.");
    const allowed = await runCli("codegen/diff-cli.ts", ["--root", repo, "--provider", "telnyx", "--allow-breaking", "--format", "json"]);
    expect(allowed.code).toBe(0);
    expect(JSON.parse(allowed.stdout).breaking).toBe(true);
  });

  it.concurrent("reports no changes for the project's own specs against their last commit", async () => {
    const clone = mkdtempSync(path.join(os.tmpdir(), "diff-clone-"));
    execFileSync("git", ["clone", "-q", repoRoot, clone]);
    const result = await runCli("codegen/diff-cli.ts", ["--root", clone, "--base", "HEAD", "--format", "markdown"]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("### telnyx: no changes");
    expect(result.stdout).toContain("### vonage: no changes");
  });

  it.concurrent("appends a stable changelog section once, and generation keeps the changelog", async () => {
    const repo = repoWithChange();
    const first = await runCli("codegen/changelog-cli.ts", ["--root", repo, "--provider", "telnyx"]);
    expect(first.code).toBe(0);
    const file = path.join(repo, "generated/telnyx/CHANGELOG.md");
    const log = readFileSync(file, "utf8");
    expect(log).toContain("## Spec 1.1.0, changes since main (");
    expect(log).toContain("### Breaking\n\n- Removed `DELETE /numbers/{id} (numbers.release)`");
    expect(log).toContain("### Added\n\n- Added `GET /numbers/{id}/history (numbers.history)`");
    expect(log).toContain("- `POST /numbers`: body.notes: optional field added");
    const second = await runCli("codegen/changelog-cli.ts", ["--root", repo, "--provider", "telnyx"]);
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
    const result = await runCli("codegen/diff-cli.ts", ["--root", repo, "--provider", "telnyx"]);
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
    const result = await runCli("codegen/diff-cli.ts", ["--root", dir, "--provider", "telnyx"]);
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
    const result = await runCli("codegen/diff-cli.ts", ["--root", dir, "--provider", "vonage"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/specs\/vonage\/others\.yaml:\d+:5: error \[toolkit\/unique-components\] components\/schemas\/Thing is also defined at \S*specs\/vonage\/things\.yaml:\d+:5/);
    expect(result.stdout).toBe("");
  });

  it.concurrent("an unknown --provider: exit 2 and the known ones, not an empty report", async () => {
    const result = await runCli("codegen/diff-cli.ts", ["--root", repoWithChange(), "--provider", "telnyx", "--provider", "twilio"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("Unknown provider: twilio. Known: telnyx, vonage.");
    expect(result.stdout).not.toContain("No breaking changes");
  });

  it.concurrent("a --base that does not hold the spec: exit 2 naming the ref", async () => {
    const repo = repoWithChange();
    const result = await runCli("codegen/diff-cli.ts", ["--root", repo, "--provider", "vonage"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("specs/vonage does not exist at main.");
    expect(result.stderr).not.toMatch(/^\s+at /m);
  });
});

describe("npm run generate -- --watch", () => {
  it("regenerates the provider whose spec changed, and keeps the last good output on a broken edit", async () => {
    const root = scratchCopy();
    const child = spawnCli("codegen/cli.ts", ["--watch", "--root", root, "--out", path.join(root, "generated"), "--provider", "vonage"]);
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
    const child = spawnCli("codegen/cli.ts", ["--watch", "--root", root, "--out", path.join(root, "generated"), "--provider", "vonage"]);
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
