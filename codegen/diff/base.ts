// Reads a provider's spec files as they were at a git ref, into a scratch folder, so the normal
// load stage can bundle them.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

/** Copies `specDir` (relative to the repository root) as of `ref` into a temp root; returns that root. */
export function checkoutSpecs(root: string, ref: string, specDir: string): string {
  const git = (...args: string[]) => execFileSync("git", args, { cwd: root, encoding: "buffer", maxBuffer: 64 * 1024 * 1024 });
  let files: string[];
  try {
    files = git("ls-tree", "-r", "--name-only", ref, "--", specDir).toString("utf8").split("\n").filter(Boolean);
  } catch (error) {
    throw new Error(`Cannot read ${specDir} at ${ref}: ${(error as { stderr?: Buffer }).stderr?.toString().trim() || (error as Error).message}`);
  }
  if (files.length === 0) throw new Error(`${specDir} does not exist at ${ref}.`);
  const scratch = mkdtempSync(path.join(os.tmpdir(), "spec-base-"));
  for (const file of files) {
    const target = path.join(scratch, file);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, git("show", `${ref}:${file}`));
  }
  return scratch;
}

/** The short commit id of a ref, for headings. */
export function shortCommit(root: string, ref: string): string {
  return execFileSync("git", ["rev-parse", "--short", ref], { cwd: root, encoding: "utf8" }).trim();
}

/** The default base: the last commit on main (or HEAD when there is no main branch). */
export function defaultBase(root: string): string {
  try {
    execFileSync("git", ["rev-parse", "--verify", "--quiet", "main"], { cwd: root, stdio: "ignore" });
    return "main";
  } catch {
    return "HEAD";
  }
}
