// Runs the toolkit's TypeScript with plain Node: a module and everything of ours it imports is
// bundled by esbuild (the one tsx itself runs on) into the toolkit's node_modules/.cache, and the
// bundle is what Node loads. Loading TypeScript through tsx's hooks costs a round trip to its
// loader thread per module and a source-map scan of every file, packages included: about 0.14 s
// before the first line runs, twice the CPU of a generate run with nothing to do, 0.25 s per
// worker thread. The commands (run.js, bin.js) and the generator's threads (codegen/thread.ts)
// start through here.
//
// What stays as it was:
// - `import.meta.url`, `.dirname` and `.filename` keep meaning each source file's own place, so
//   templates, runtime sources and worker modules are found beside the sources as before;
// - packages are not copied in: they are imported from where they are installed (the bundle sits
//   inside the toolkit's node_modules, so they resolve as they would from the sources);
// - dynamic imports stay lazy (code splitting): a command loads only what it uses.
// A bundle is used only while every source it was made from is unchanged (content hashes in its
// manifest); otherwise it is made again. Where none can be made or written (no esbuild, a read-only
// install), the caller falls back to tsx, and TOOLKIT_TSX=1 asks for that (debugging with stacks
// that point into the sources).
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const toolkitRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
/** Where bundles live: one folder per name, a manifest, and one sub-folder per content. */
export const BUNDLE_ROOT = path.join(toolkitRoot, "node_modules/.cache/telecom-openapi-toolkit/bundles");
/** Bump when the manifest's shape or the way bundles are made changes. */
const MANIFEST_VERSION = 1;
/** Bundles of a name that the manifest no longer names: how many are kept whatever their age, and the age after which the others go. */
const KEEP_NEWEST = 4;
const STALE_AFTER_MS = 24 * 60 * 60 * 1000;

/** `import.meta.url`, `.dirname` and `.filename` in code (written so that it does not match itself). */
const IMPORT_META_PLACE = /\bimport\.meta\.(url|dirname|filename)\b/g;

/**
 * esbuild plugin: each source keeps its own `import.meta` places inside the bundle. The plain
 * JavaScript ones too (this file among them): left alone, bundling.js inside a command's bundle
 * took the bundle's folder for the toolkit's root, and made its threads' bundles in a copy of
 * the cache nested in there, a separate one per command.
 */
export const sourcePlaces = {
  name: "source-places",
  /** @param {import("esbuild").PluginBuild} build */
  setup(build) {
    build.onLoad({ filter: /\.(ts|js)$/ }, (args) => {
      /** @type {Record<string, string>} */
      const places = { url: pathToFileURL(args.path).href, dirname: path.dirname(args.path), filename: args.path };
      const text = readFileSync(args.path, "utf8").replace(IMPORT_META_PLACE, (_, which) => JSON.stringify(places[which]));
      return { contents: text, loader: args.path.endsWith(".ts") ? "ts" : "js" };
    });
  },
};

/** False when TOOLKIT_TSX asks for the sources to run through tsx. */
export function bundlingWanted(env = process.env) {
  const value = env.TOOLKIT_TSX;
  return value === undefined || value === "" || value === "0" || value.toLowerCase() === "false";
}

/**
 * The path of the entry file of a bundle of `entrySource` (an ES module that imports our sources
 * by absolute path), made now if no fresh one exists. Undefined when it cannot be made.
 * @param {string} name a file-name-safe label: one manifest per name
 * @param {string} entrySource
 * @returns {Promise<string | undefined>}
 */
export async function bundledEntry(name, entrySource) {
  const folder = path.join(BUNDLE_ROOT, name);
  const entryHash = sha256(entrySource);
  const fresh = freshBundle(folder, entryHash);
  if (fresh) return fresh;
  try {
    return await makeBundle(folder, entrySource, entryHash);
  } catch {
    return undefined;
  }
}

/**
 * @typedef {{ version: number, esbuild: string, entryHash: string, dir: string, inputs: Record<string, string> }} Manifest
 */

/** The entry of the bundle the manifest names, when every source it was made from is unchanged. */
function freshBundle(folder, entryHash) {
  /** @type {Manifest} */
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(path.join(folder, "manifest.json"), "utf8"));
  } catch {
    return undefined;
  }
  if (manifest.version !== MANIFEST_VERSION || manifest.entryHash !== entryHash || typeof manifest.dir !== "string" || typeof manifest.inputs !== "object") return undefined;
  if (manifest.esbuild !== esbuildVersion()) return undefined;
  for (const [file, hash] of Object.entries(manifest.inputs)) {
    if (hashOfFile(file) !== hash) return undefined;
  }
  const entry = path.join(folder, manifest.dir, "entry.mjs");
  return existsSync(entry) ? entry : undefined;
}

async function makeBundle(folder, entrySource, entryHash) {
  const esbuild = loadEsbuild();
  mkdirSync(folder, { recursive: true });
  // Built aside and renamed into place, so a process that reads it never sees half a bundle.
  const staging = path.join(folder, `tmp-${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2)}`);
  mkdirSync(staging);
  try {
    const entryFile = path.join(staging, "entry-source.mjs");
    writeFileSync(entryFile, entrySource);
    const out = path.join(staging, "out");
    const result = await esbuild.build({
      entryPoints: { entry: entryFile },
      bundle: true,
      splitting: true,
      outdir: out,
      outExtension: { ".js": ".mjs" },
      format: "esm",
      platform: "node",
      target: "node20",
      packages: "external",
      plugins: [sourcePlaces],
      metafile: true,
      logLevel: "silent",
      legalComments: "none",
    });
    /** @type {Record<string, string>} */
    const inputs = {};
    // esbuild names the entry by its real path: through a symlinked node_modules that is not
    // entryFile, and a manifest listing the staging file (gone once this returns) is never fresh.
    const entryNames = new Set([entryFile, realpathSync(entryFile)]);
    for (const input of Object.keys(result.metafile.inputs)) {
      const file = path.resolve(input);
      if (entryNames.has(file)) continue;
      inputs[file] = hashOfFile(file) ?? "";
    }
    const dir = sha256(JSON.stringify(inputs) + entryHash).slice(0, 16);
    const target = path.join(folder, dir);
    if (!existsSync(target)) {
      try {
        renameSync(out, target);
      } catch (error) {
        if (!existsSync(target)) throw error; // another process put the same bundle there first
      }
    }
    /** @type {Manifest} */
    const manifest = { version: MANIFEST_VERSION, esbuild: esbuildVersion(), entryHash, dir, inputs };
    const manifestStaging = path.join(staging, "manifest.json");
    writeFileSync(manifestStaging, JSON.stringify(manifest));
    renameSync(manifestStaging, path.join(folder, "manifest.json"));
    removeStaleBundles(folder, dir);
    return path.join(target, "entry.mjs");
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

/**
 * Old bundles of this name: the newest few are kept whatever their age, and the rest once a day old,
 * because a long-running process (a mock left running all day) may still load lazy chunks from the
 * bundle it started with after a source changed. Staging folders left by a killed build go too.
 */
function removeStaleBundles(folder, keep) {
  const now = Date.now();
  /** @type {Array<{ full: string, mtime: number }>} */
  const others = [];
  for (const name of readdirSync(folder)) {
    if (name === keep || name === "manifest.json") continue;
    try {
      others.push({ full: path.join(folder, name), mtime: statSync(path.join(folder, name)).mtimeMs });
    } catch {
      // gone already
    }
  }
  others.sort((a, b) => b.mtime - a.mtime);
  for (const { full, mtime } of others.slice(KEEP_NEWEST)) {
    if (now - mtime > STALE_AFTER_MS) rmSync(full, { recursive: true, force: true });
  }
}

const requireHere = createRequire(import.meta.url);

/** esbuild as tsx (a runtime dependency) installs it, so an installed toolkit has it too. */
function loadEsbuild() {
  return /** @type {typeof import("esbuild")} */ (esbuildRequire()("esbuild"));
}

function esbuildRequire() {
  return createRequire(requireHere.resolve("tsx/esm/api"));
}

let version;
/** From its package.json, not by loading esbuild: a run whose bundle is fresh never needs it. */
function esbuildVersion() {
  version ??= /** @type {{ version: string }} */ (esbuildRequire()("esbuild/package.json")).version;
  return version;
}

function hashOfFile(file) {
  try {
    return sha256(readFileSync(file));
  } catch {
    return undefined;
  }
}

/** @param {string | Buffer} content */
function sha256(content) {
  return createHash("sha256").update(content).digest("hex");
}
