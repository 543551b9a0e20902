// Packs the repository's two packages with `npm pack` and installs the tarballs into scratch
// consumer projects with `npm install --offline`, as a team adopting them would.
//
// Why the scratch project gets a lockfile: npm 11 asks for each dependency's full registry
// document when it resolves a name without one, and the machine's npm cache holds tarballs, not
// those documents, so a fresh `npm install` of the tarballs could only work online. The lockfile
// written here pins each dependency to the version and integrity the repository's own lockfile
// installs, which is what `npm ci` does in this repository; npm then takes every tarball from
// the cache by its integrity.
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { lstatSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { repoRoot } from "../support/spec.js";

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
  milliseconds: number;
}

export interface Manifest {
  name: string;
  version: string;
  dependencies?: Record<string, string>;
  bin?: Record<string, string>;
  engines?: Record<string, string>;
}

export interface Packed {
  manifest: Manifest;
  /** Absolute path of the .tgz. */
  file: string;
}

interface LockEntry {
  version?: string;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  peerDependenciesMeta?: Record<string, { optional?: boolean }>;
  dev?: boolean;
  link?: boolean;
  [key: string]: unknown;
}

/** Runs a program without a shell; never rejects: the exit code is part of the result. */
export function run(file: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<Run> {
  const started = performance.now();
  return new Promise((resolve) => {
    execFile(
      file,
      args,
      { cwd, env: { ...process.env, FORCE_COLOR: "0", NO_COLOR: "1", ...env }, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) =>
        resolve({ code: error ? Number((error as { code?: unknown }).code ?? 1) || 1 : 0, stdout, stderr, milliseconds: performance.now() - started }),
    );
  });
}

/** `npm pack` of the toolkit (the root) or of a workspace, into `dir`; the tarball's own package.json. */
export async function pack(dir: string, workspace?: string): Promise<Packed> {
  const args = ["pack", "--pack-destination", dir, "--json", ...(workspace ? ["--workspace", workspace] : [])];
  const result = await run("npm", args, repoRoot);
  if (result.code !== 0) throw new Error(`npm ${args.join(" ")} failed (${result.code}):\n${result.stderr}`);
  const [packed] = JSON.parse(result.stdout) as Array<{ filename: string }>;
  const file = path.join(dir, packed!.filename);
  const manifest = await run("tar", ["-xzOf", file, "package/package.json"], dir);
  return { file, manifest: JSON.parse(manifest.stdout) as Manifest };
}

/**
 * The lockfile entries (path → entry) that install `dependencies` the way the repository's lockfile
 * does, with everything they need in turn, found as Node finds packages: in the requiring package's
 * own node_modules first, then in each folder above it.
 */
export function lockedClosure(dependencies: Record<string, string>, repoLock: Record<string, LockEntry>): Map<string, LockEntry> {
  const found = new Map<string, LockEntry>();
  const visit = (from: string, name: string, optional: boolean) => {
    const location = locate(from, name, repoLock);
    if (location === undefined) {
      if (optional) return; // an optional dependency the repository's install left out
      throw new Error(`${name} (needed by ${from || "the package"}) is not in package-lock.json`);
    }
    if (found.has(location)) return;
    const entry = repoLock[location]!;
    found.set(location, entry);
    for (const dep of Object.keys(entry.dependencies ?? {})) visit(location, dep, false);
    // npm installs peer dependencies too, unless they are marked optional.
    for (const dep of Object.keys(entry.peerDependencies ?? {})) if (!entry.peerDependenciesMeta?.[dep]?.optional) visit(location, dep, false);
    // Platform-specific packages: npm picks the ones that fit when it installs.
    for (const dep of Object.keys(entry.optionalDependencies ?? {})) visit(location, dep, true);
  };
  for (const name of Object.keys(dependencies)) visit("", name, false);
  return found;
}

function locate(from: string, name: string, repoLock: Record<string, LockEntry>): string | undefined {
  for (let base = from; ; base = parentPackage(base)) {
    const candidate = `${base ? `${base}/` : ""}node_modules/${name}`;
    if (repoLock[candidate] && !repoLock[candidate]!.link) return candidate;
    if (base === "") return undefined;
  }
}

/** "node_modules/a/node_modules/@s/b" → "node_modules/a"; "node_modules/a" → "". */
function parentPackage(location: string): string {
  const index = location.lastIndexOf("/node_modules/");
  return index === -1 ? "" : location.slice(0, index);
}

function integrityOf(file: string): string {
  return `sha512-${createHash("sha512").update(readFileSync(file)).digest("base64")}`;
}

/**
 * Creates `dir` as a consumer project depending on `packages` (as file: tarballs) and runs
 * `npm install --offline` there. Returns the install's run (its time is the figure to report).
 */
export async function installInto(dir: string, packages: Packed[], extra: Record<string, unknown> = {}): Promise<Run> {
  mkdirSync(dir, { recursive: true });
  const repoLock = (JSON.parse(readFileSync(path.join(repoRoot, "package-lock.json"), "utf8")) as { packages: Record<string, LockEntry> }).packages;
  const dependencies = Object.fromEntries(packages.map((p) => [p.manifest.name, `file:${path.relative(dir, p.file)}`]));
  const manifest = { name: "scratch-consumer", version: "1.0.0", private: true, dependencies, ...extra };
  const locked: Record<string, unknown> = { "": { name: manifest.name, version: manifest.version, dependencies } };
  for (const p of packages) {
    locked[`node_modules/${p.manifest.name}`] = {
      version: p.manifest.version,
      resolved: dependencies[p.manifest.name],
      integrity: integrityOf(p.file),
      ...(p.manifest.dependencies ? { dependencies: p.manifest.dependencies } : {}),
      ...(p.manifest.bin ? { bin: p.manifest.bin } : {}),
      ...(p.manifest.engines ? { engines: p.manifest.engines } : {}),
    };
    for (const [location, entry] of lockedClosure(p.manifest.dependencies ?? {}, repoLock)) {
      const { dev: _dev, ...kept } = entry;
      locked[location] = kept;
    }
  }
  writeFileSync(path.join(dir, "package.json"), `${JSON.stringify(manifest, null, 2)}\n`);
  writeFileSync(path.join(dir, "package-lock.json"), `${JSON.stringify({ name: manifest.name, version: manifest.version, lockfileVersion: 3, requires: true, packages: locked }, null, 2)}\n`);
  return run("npm", ["install", "--offline", "--no-audit", "--no-fund", "--loglevel", "error"], dir);
}

/** Bytes of every file below `dir`, symbolic links not followed (npm links bins). */
export function treeBytes(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir)) {
    const full = path.join(dir, entry);
    const stat = lstatSync(full);
    if (stat.isDirectory()) total += treeBytes(full);
    else if (stat.isFile()) total += stat.size;
  }
  return total;
}

/** The installed packages of a project: "name" or "@scope/name", top level and nested. */
export function installedPackages(dir: string): string[] {
  const names: string[] = [];
  const walk = (modules: string) => {
    let entries: string[];
    try {
      entries = readdirSync(modules);
    } catch {
      return;
    }
    for (const entry of entries) {
      if (entry.startsWith(".")) continue;
      const folders = entry.startsWith("@") ? readdirSync(path.join(modules, entry)).map((name) => `${entry}/${name}`) : [entry];
      for (const name of folders) {
        names.push(name);
        walk(path.join(modules, name, "node_modules"));
      }
    }
  };
  walk(path.join(dir, "node_modules"));
  return names.sort();
}
