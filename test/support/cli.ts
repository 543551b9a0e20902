// Runs the project's CLIs as a user would (node + tsx), capturing output and exit code.
import { execFile, spawn, type ChildProcess } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync } from "node:fs";
import { createHash } from "node:crypto";
import os from "node:os";
import path from "node:path";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { repoRoot } from "./spec.js";

// tsx's loader by absolute URL: `--import tsx` would be resolved from the working folder, and a
// test may run a command in a scratch folder outside the repository.
const tsx = pathToFileURL(createRequire(import.meta.url).resolve("tsx")).href;

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export function runCli(script: string, args: string[], options: { cwd?: string } = {}): Promise<CliResult> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ["--import", tsx, path.join(repoRoot, script), ...args],
      { cwd: options.cwd ?? repoRoot, env: { ...process.env, FORCE_COLOR: "0" } },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

/** Runs the toolkit's bin as npm links it: `node commands/bin.js`, which registers tsx itself. */
export function runBin(args: string[], options: { cwd?: string } = {}): Promise<CliResult> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [path.join(repoRoot, "commands/bin.js"), ...args],
      { cwd: options.cwd ?? repoRoot, env: { ...process.env, FORCE_COLOR: "0" } },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

export function spawnCli(script: string, args: string[]): ChildProcess {
  return spawn(process.execPath, ["--import", tsx, path.join(repoRoot, script), ...args], {
    cwd: repoRoot,
    env: { ...process.env, FORCE_COLOR: "0" },
    stdio: ["ignore", "pipe", "pipe"],
  });
}

/** A scratch copy of the repository's specs and generated output, for tests that break them. */
export function scratchCopy(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "toolkit-"));
  cpSync(path.join(repoRoot, "specs"), path.join(dir, "specs"), { recursive: true });
  cpSync(path.join(repoRoot, "generated"), path.join(dir, "generated"), { recursive: true });
  return dir;
}

/** One hash over every file's path and bytes below `dir`. */
export function hashTree(dir: string): string {
  const hash = createHash("sha256");
  const walk = (current: string) => {
    for (const entry of readdirSync(current).sort()) {
      const full = path.join(current, entry);
      if (statSync(full).isDirectory()) walk(full);
      else hash.update(path.relative(dir, full)).update("\0").update(readFileSync(full)).update("\0");
    }
  };
  walk(dir);
  return hash.digest("hex");
}
