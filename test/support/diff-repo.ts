// A scratch git repository for the differ's CLI tests: main holds the base fixture as the Telnyx
// spec, the working tree the head fixture, so `npm run diff` has a change to report.
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { repoRoot } from "./spec.js";

const fixtures = path.join(repoRoot, "test/fixtures/diff");

export function repoWithChange(): string {
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
