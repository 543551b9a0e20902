// The content-hash cache of `npm run generate`: an output folder is rebuilt only when something it
// is made from changed. For each folder it records the hash of its inputs (the provider's spec
// folder and settings, the templates, the generator's own sources including codegen/runtime, and
// package-lock.json for the versions of Redocly, openapi-typescript and dprint) and the hash of
// the files it wrote. A later run skips the folder only when both still match, so a spec edit, a
// template edit, a dependency update or a hand edit of the output all rebuild.
//
// `--check` and CI never read it: they always rebuild and compare (GenerateOptions.cache).
// The records live in the toolkit's own node_modules/.cache/ (which git ignores), one per output
// folder, named by that folder's absolute path; nothing is created inside a `--root` folder.
import { createHash, type Hash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, realpathSync, renameSync, statSync, type Stats, writeFileSync } from "node:fs";
import path from "node:path";
import type { ProviderConfig } from "./providers.js";
import type { SpecProblem } from "./spec-error.js";
import { type FileSet, readFolder } from "./write.js";

/** Bump when the record's shape or meaning changes, so old records are never misread. */
const RECORD_VERSION = 1;

const generatorRoot = path.resolve(import.meta.dirname, "..");
/** What every output folder is made with, besides its own spec. */
const GENERATOR_SOURCES = ["codegen", "templates", "package-lock.json"];

export interface CacheRecord {
  version: number;
  inputs: string;
  outputs: string;
  files: number;
  operations: number;
  warnings: SpecProblem[];
}

export interface GenerateCache {
  /** The record for `dir`, when its inputs and its files on disk are what was recorded. */
  lookup(dir: string, inputs: string): CacheRecord | undefined;
  record(dir: string, record: Omit<CacheRecord, "version">): void;
  /** The file that holds the record of `dir`. */
  fileOf(dir: string): string;
}

const DEFAULT_FOLDER = path.join(generatorRoot, "node_modules/.cache/telecom-openapi-toolkit/generate");

/** Whether a run may trust the cache: never for `check`, never in CI, and not when turned off. */
export function cacheEnabled(options: { check: boolean; cache?: boolean }, env: NodeJS.ProcessEnv = process.env): boolean {
  if (options.check) return false;
  if (options.cache !== undefined) return options.cache;
  return !isCi(env);
}

function isCi(env: NodeJS.ProcessEnv): boolean {
  const value = env.CI;
  return value !== undefined && value !== "" && value !== "0" && value.toLowerCase() !== "false";
}

export function openCache(folder = DEFAULT_FOLDER): GenerateCache {
  // One record per output folder, named by a hash of its absolute path.
  const fileOf = (dir: string) => path.join(folder, `${sha256(path.resolve(dir)).slice(0, 24)}.json`);
  return {
    fileOf,
    lookup(dir, inputs) {
      const record = readRecord(fileOf(dir));
      if (!record || record.inputs !== inputs) return undefined;
      return folderHash(readFolder(dir)) === record.outputs ? record : undefined;
    },
    record(dir, record) {
      // A read-only checkout cannot keep it: the output is written all the same, the next run just rebuilds.
      writeAtomically(fileOf(dir), JSON.stringify({ version: RECORD_VERSION, ...record }));
    },
  };
}

const MEMO_FOLDER = path.join(generatorRoot, "node_modules/.cache/telecom-openapi-toolkit/memo");

/**
 * A value computed from `key` alone (a hash of everything it depends on), kept between runs: what
 * a run with nothing changed would otherwise recompute before it can even look up its folders
 * (the providers' declarations). Not trusted in CI, like the rest of the cache; `accept` checks
 * the stored value's shape, and anything unreadable is computed again.
 */
export function memo<T>(
  kind: string,
  key: string,
  compute: () => T,
  accept: (value: unknown) => value is T,
  { folder = MEMO_FOLDER, env = process.env }: { folder?: string; env?: NodeJS.ProcessEnv } = {},
): T {
  if (isCi(env)) return compute();
  const file = path.join(folder, kind, `${sha256(key).slice(0, 32)}.json`);
  try {
    const stored: unknown = JSON.parse(readFileSync(file, "utf8"));
    if (accept(stored)) return stored;
  } catch {
    // missing or unreadable: computed below
  }
  const value = compute();
  writeAtomically(file, JSON.stringify(value)); // a read-only checkout computes it every time
  return value;
}

/**
 * Writes `text` aside and renames it into place, so a reader never sees half a file; false when
 * it cannot be written (a read-only checkout), which only costs the next run a rebuild.
 */
function writeAtomically(file: string, text: string): boolean {
  const staging = `${file}.${process.pid}.tmp`;
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(staging, text);
    renameSync(staging, file);
    return true;
  } catch {
    return false;
  }
}

function readRecord(file: string): CacheRecord | undefined {
  if (!existsSync(file)) return undefined;
  try {
    const record = JSON.parse(readFileSync(file, "utf8")) as Partial<CacheRecord>;
    const valid =
      record.version === RECORD_VERSION &&
      typeof record.inputs === "string" &&
      typeof record.outputs === "string" &&
      typeof record.files === "number" &&
      typeof record.operations === "number" &&
      Array.isArray(record.warnings);
    return valid ? (record as CacheRecord) : undefined;
  } catch {
    return undefined; // an unreadable record is a miss, never an error: the build recreates it
  }
}

/** One hash over the names and contents of an output folder's files. */
export function folderHash(files: FileSet): string {
  const hash = createHash("sha256");
  for (const name of [...files.keys()].sort()) hash.update(name).update("\0").update(files.get(name)!).update("\0");
  return hash.digest("hex");
}

/** The inputs of a provider's folder: its spec folder and settings, and everything in generatorInputs. */
export function providerInputs(provider: ProviderConfig, root: string, generator = generatorInputs()): string {
  const specFolder = path.dirname(path.resolve(root, provider.entry));
  const hash = createHash("sha256").update(generator).update("\0").update(JSON.stringify(provider)).update("\0");
  hashTree(hash, specFolder, "spec");
  return hash.digest("hex");
}

/**
 * The inputs every folder shares (the whole runtime folder depends on nothing else): the
 * generator's sources, templates and locked dependency versions. `base` is for tests.
 */
export function generatorInputs(base = generatorRoot, sources = GENERATOR_SOURCES): string {
  const hash = createHash("sha256").update(`record ${RECORD_VERSION}\0`);
  for (const source of sources) hashTree(hash, path.join(base, source), source);
  return hash.digest("hex");
}

/**
 * Adds every file below `target` (or `target` itself), by name relative to it and content.
 * Symbolic links are followed (a spec may link a shared file in), each real folder once.
 */
function hashTree(hash: Hash, target: string, label: string, seen = new Set<string>()): void {
  const stats = statOrUndefined(target);
  if (!stats) {
    hash.update(`${label}: missing\0`);
    return;
  }
  if (!stats.isDirectory()) {
    hash.update(`${label}\0`).update(readFileSync(target)).update("\0");
    return;
  }
  const real = realpathSync(target);
  if (seen.has(real)) return;
  seen.add(real);
  for (const name of readdirSync(target).sort(byCodeUnit)) hashTree(hash, path.join(target, name), `${label}/${name}`, seen);
}

function statOrUndefined(target: string): Stats | undefined {
  try {
    return statSync(target);
  } catch {
    return undefined; // missing, or a dangling link: hashed as missing
  }
}

const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}
