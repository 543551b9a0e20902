// Every command of the toolkit answers --help/-h with its usage (exit 0) and a bad flag with the
// problem and its usage on stderr (exit 2), never a stack trace; so does the bin that runs them.
import { spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { catalog } from "../../commands/catalog.js";
import { overview } from "../../commands/toolkit.js";
import { runBin, runCli } from "../support/cli.js";
import { repoRoot } from "../support/spec.js";

const commands = [
  { script: "commands/generate.ts", invocation: "npm run generate --", flags: ["--check", "--provider <id>", "--out <dir>", "--root <dir>", "--quiet", "--watch"] },
  { script: "commands/diff.ts", invocation: "npm run diff --", flags: ["--base <ref>", "--format <format>", "--provider <id>", "--root <dir>", "--fail-on <level>", "--ignore <file>", "--today <YYYY-MM-DD>", "--min-notice-days <days>", "--allow-breaking"] },
  { script: "commands/changelog.ts", invocation: "npm run changelog --", flags: ["--since <ref>", "--provider <id>", "--root <dir>", "--out <dir>", "--today <YYYY-MM-DD>", "--min-notice-days <days>"] },
  { script: "commands/docs.ts", invocation: "npm run docs --", flags: ["--out <dir>", "--provider <id>"] },
];

const noStack = /^\s+at |ERR_PARSE_ARGS|TypeError/m;

describe("command-line usage", () => {
  for (const { script, invocation, flags } of commands) {
    it.concurrent(`${invocation} --help and -h print the usage with every flag and exit 0`, async () => {
      for (const help of ["--help", "-h"]) {
        const result = await runCli(script, [help]);
        expect(result.code, help).toBe(0);
        expect(result.stderr).toBe("");
        expect(result.stdout).toContain(`Usage: ${invocation} [options]`);
        for (const flag of [...flags, "-h, --help"]) expect(result.stdout).toContain(flag);
        expect(result.stdout).toMatch(/Exit codes:\n  0  /);
      }
    });

    it.concurrent(`${invocation} with an unknown flag, a flag without its value, or an unknown provider exits 2 with a clear message`, async () => {
      const unknown = await runCli(script, ["--bogus"]);
      expect(unknown.code).toBe(2);
      expect(unknown.stderr).toContain("Unknown option '--bogus'");
      expect(unknown.stderr).toContain(`Usage: ${invocation} [options]`);
      expect(unknown.stderr).not.toMatch(noStack);
      expect(unknown.stdout).toBe("");

      const missingValue = await runCli(script, ["--provider"]);
      expect(missingValue.code).toBe(2);
      expect(missingValue.stderr).toContain("--provider");
      expect(missingValue.stderr).not.toMatch(noStack);

      const provider = await runCli(script, ["--provider", "nope"]);
      expect(provider.code).toBe(2);
      expect(provider.stderr).toContain("Unknown provider: nope. Known: telnyx, vonage.");
      expect(provider.stderr).not.toMatch(noStack);
      // An unknown provider compares nothing: it must not read as a clean report.
      expect(provider.stdout).toBe("");
    });
  }
});

describe("the toolkit's bin (commands/bin.js)", () => {
  const names = Object.keys(catalog);

  it("--help lists every command with its summary and exits 0; `help <command>` is `<command> --help`", async () => {
    const result = await runBin(["--help"]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("");
    expect(result.stdout).toBe(overview());
    expect(result.stdout).toContain("Usage: telecom-openapi-toolkit <command> [options]");
    for (const [name, entry] of Object.entries(catalog)) expect(result.stdout).toMatch(new RegExp(`^  ${name} +${escape(entry.summary)}$`, "m"));
    const viaHelp = await runBin(["help", "diff"]);
    const direct = await runBin(["diff", "--help"]);
    expect(viaHelp.code).toBe(0);
    expect(viaHelp.stdout).toBe(direct.stdout);
    expect(direct.stdout).toContain("Usage: telecom-openapi-toolkit diff [options]");
  });

  it.concurrent.each(["start", "generate", "mock", "diff", "changelog", "docs", "drift", "proxy"])("%s --help prints the command's usage under the bin's name", async (name) => {
    const result = await runBin([name, "--help"]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("");
    expect(result.stdout).toContain(`Usage: telecom-openapi-toolkit ${name} [options]`);
    expect(result.stdout).toContain(catalog[name as keyof typeof catalog].summary);
  });

  it("a missing or unknown command, or a flag first, exits 2 with the list of commands on stderr", async () => {
    for (const args of [[], ["bogus"], ["--bogus"], ["constructor"], ["__proto__"]]) {
      const result = await runBin(args);
      expect(result.code, JSON.stringify(args)).toBe(2);
      expect(result.stdout).toBe("");
      expect(result.stderr).toContain("Usage: telecom-openapi-toolkit <command> [options]");
      expect(result.stderr).not.toMatch(noStack);
    }
    expect((await runBin(["bogus"])).stderr).toContain('Unknown command "bogus".');
  });

  it("passes the command's own exit code through: a bad flag of a command exits 2 with that command's usage", async () => {
    const result = await runBin(["generate", "--provider", "nope"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("Unknown provider: nope. Known: telnyx, vonage.");
    expect(result.stderr).not.toMatch(noStack);
  });

  it("a reader that closes the pipe early (`--help | head -1`) ends the command quietly, without a write error's stack", async () => {
    for (const args of [["generate", "--help"], ["mock", "--help"], ["--help"]]) {
      const child = spawn(process.execPath, [path.join(repoRoot, "commands/bin.js"), ...args], { cwd: repoRoot, stdio: ["ignore", "pipe", "pipe"] });
      child.stdout.destroy(); // gone before the command writes its usage
      let stderr = "";
      child.stderr.on("data", (chunk) => (stderr += chunk));
      const [code] = await once(child, "exit");
      expect(stderr, args.join(" ")).toBe("");
      expect(code, args.join(" ")).toBe(0);
    }
  });

  it("hints name other commands as the bin runs them: docs in a folder without generated/ points to `telecom-openapi-toolkit generate`", async () => {
    const empty = mkdtempSync(path.join(os.tmpdir(), "bin-hints-"));
    try {
      const result = await runBin(["docs", "--provider", "telnyx"], { cwd: empty });
      expect(result.code).toBe(1);
      expect(result.stderr).toContain("generated/telnyx/openapi.json not found: run `telecom-openapi-toolkit generate` first, then `telecom-openapi-toolkit docs`.");
      const direct = await runCli("commands/docs.ts", ["--provider", "telnyx"], { cwd: empty });
      expect(direct.stderr).toContain("run `npm run generate` first, then `npm run docs`.");
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });

  it("--version prints the toolkit's version", async () => {
    const manifest = JSON.parse(readFileSync(path.join(repoRoot, "package.json"), "utf8")) as { version: string };
    const result = await runBin(["--version"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(`${manifest.version}\n`);
  });

  it("every catalog entry loads the module of that name, whose usage starts with the catalog's summary", async () => {
    expect(names.length).toBeGreaterThan(0);
    for (const [name, entry] of Object.entries(catalog)) {
      const module = await entry.load();
      expect(module.command.name).toBe(name);
      expect(module.command.summary).toBe(entry.summary);
      expect(typeof module.main).toBe("function");
    }
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
