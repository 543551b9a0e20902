// Stage 5: compare with or replace the output folders. Folders are swapped in whole (written to
// a temporary sibling, then renamed), so generated/ never holds a half-written provider and
// files that are no longer produced disappear.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

/** Output files of one folder of generated/, keyed by path relative to that folder. */
export type FileSet = Map<string, string>;

/**
 * Files in an output folder that the generator does not produce but must keep: the changelog is
 * appended to by `npm run changelog` and would otherwise vanish on the next swap.
 */
export const KEPT = new Set(["CHANGELOG.md"]);

export interface StaleReport {
  changed: string[];
  added: string[];
  removed: string[];
}

/** What differs between the files on disk and the files the generator would write. */
export function diffFolder(dir: string, files: FileSet): StaleReport {
  const onDisk = existsSync(dir) ? listFiles(dir) : [];
  const report: StaleReport = { changed: [], added: [], removed: [] };
  for (const [file, content] of files) {
    const target = path.join(dir, file);
    if (!existsSync(target)) report.added.push(file);
    else if (readFileSync(target, "utf8") !== content) report.changed.push(file);
  }
  report.removed = onDisk.filter((file) => !files.has(file) && !KEPT.has(file));
  return report;
}

export function isStale(report: StaleReport): boolean {
  return report.changed.length + report.added.length + report.removed.length > 0;
}

/** Replaces `dir` with exactly `files`. */
export function replaceFolder(dir: string, files: FileSet): void {
  const parent = path.dirname(dir);
  const base = path.basename(dir);
  const staging = path.join(parent, `.${base}.staging-${process.pid}`);
  const retired = path.join(parent, `.${base}.old-${process.pid}`);
  rmSync(staging, { recursive: true, force: true });
  for (const [file, content] of files) {
    const target = path.join(staging, file);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, content);
  }
  for (const file of KEPT) {
    const kept = path.join(dir, file);
    if (existsSync(kept) && !files.has(file)) writeFileSync(path.join(staging, file), readFileSync(kept));
  }
  if (existsSync(dir)) renameSync(dir, retired);
  renameSync(staging, dir);
  rmSync(retired, { recursive: true, force: true });
}

/** The files of an output folder as the generator would see them (kept files left out); empty when missing. */
export function readFolder(dir: string): FileSet {
  if (!existsSync(dir)) return new Map();
  return new Map(listFiles(dir).filter((file) => !KEPT.has(file)).map((file) => [file, readFileSync(path.join(dir, file), "utf8")]));
}

function listFiles(dir: string, prefix = ""): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) =>
      entry.isDirectory()
        ? listFiles(path.join(dir, entry.name), `${prefix}${entry.name}/`)
        : [`${prefix}${entry.name}`],
    )
    .sort();
}
