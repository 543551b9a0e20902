// Every command of the toolkit answers --help/-h with its usage (exit 0) and a bad flag with the
// problem and its usage on stderr (exit 2), never a stack trace.
import { describe, expect, it } from "vitest";
import { runCli } from "../support/cli.js";

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
