// The generator, stage by stage: lint → bundle → model → emit → format → write. Every provider
// is built fully in memory before anything is written, so a broken spec leaves generated/ untouched.
//
// Speed: an output folder whose inputs are unchanged (content hash, cache.ts) is not rebuilt;
// the heavy modules (Redocly, openapi-typescript, TypeScript, dprint, Handlebars) are imported
// only when something is built, so a run that finds everything up to date stays fast.
import path from "node:path";
import { cacheEnabled, folderHash, generatorInputs, type GenerateCache, openCache, providerInputs } from "./cache.js";
import type { formatFile } from "./format.js";
import type { LoadedSpec } from "./load.js";
import type { ProviderModel } from "./model.js";
import type { ProviderConfig } from "./providers.js";
import { SpecError, type SpecProblem } from "./spec-error.js";
import type { HandedOverSpec, SpecThreadResult, TypesOutcome } from "./spec-thread.js";
import { runInThread } from "./thread.js";
import { diffFolder, type FileSet, isStale, replaceFolder, type StaleReport } from "./write.js";

/**
 * Milliseconds spent in each stage of one provider's build (the benchmark prints them). `format`
 * runs in its own thread: its time is the wait for it after everything else was emitted.
 */
export interface StageTimes {
  lint: number;
  /** Waiting for the bundle, which the spec thread makes as it lints (spec-thread.ts). */
  bundle: number;
  /** Loading the emitters (Handlebars among them) while the bundle is made. */
  modules: number;
  model: number;
  /** Waiting for types.ts, which the spec thread emits while this one emits the rest (emitting it here, when `repeated`). */
  types: number;
  /** Response validators: the lean schemas written as data (emit/validators.ts). */
  validators: number;
  client: number;
  docs: number;
  format: number;
}

export interface BuiltProvider {
  provider: ProviderConfig;
  model: ProviderModel;
  files: FileSet;
  warnings: SpecProblem[];
  milliseconds: number;
  stages: StageTimes;
}

/** Runs `work`, adding its duration to `times[stage]`. */
async function timed<T>(times: StageTimes, stage: keyof StageTimes, work: () => T | Promise<T>): Promise<T> {
  const started = performance.now();
  try {
    return await work();
  } finally {
    times[stage] += performance.now() - started;
  }
}

/**
 * Lints, bundles, models and emits one provider; returns its formatted files without writing them.
 * The lint and the bundle run in the spec thread, which starts at once and is sent the entry after
 * the file checks (which decide whether the files may be read at all); the lint's verdict is
 * awaited before anything is returned, and when it finds errors they are what the build throws,
 * whatever the rest of the build did with the broken spec.
 */
export async function buildProvider(provider: ProviderConfig, root: string, { repeated = false }: { repeated?: boolean } = {}): Promise<BuiltProvider> {
  const started = performance.now();
  const stages: StageTimes = { lint: 0, bundle: 0, modules: 0, model: 0, types: 0, validators: 0, client: 0, docs: 0, format: 0 };
  const entry = path.resolve(root, provider.entry);
  // The spec thread starts first and loads its modules while this one checks the files; it is
  // sent the entry only once the checks allow the files to be read, and then bundles and lints,
  // hands the bundle over and emits types.ts (spec-thread.ts), unless this process builds
  // again and again: then this thread emits it, with TypeScript loaded once for all builds.
  const checked = deferred<unknown[]>();
  const specThread = runInThread<SpecThreadResult, HandedOverSpec>("the spec thread", new URL("./spec-thread.ts", import.meta.url), "bundleLintAndEmitTypes", checked.promise, { handsOver: true });
  const verdict = async (files: { problems: SpecProblem[] }): Promise<SpecProblem[]> => {
    const { lint } = await timed(stages, "lint", () => specThread.result);
    const errors = [...files.problems, ...lint.errors];
    if (errors.length > 0) throw new SpecError(errors);
    return lint.warnings;
  };
  try {
    await specThread.started;
    const { checkFiles } = await timed(stages, "lint", () => import("./spec-files.js"));
    const files = await timed(stages, "lint", () => checkFiles(entry));
    if (files.stop) throw new SpecError(files.problems);
    checked.resolve([entry, provider.lint, !repeated]);
    try {
      const emitted = await emitProvider(provider, root, entry, stages, specThread, repeated);
      const warnings = [...(await verdict(files)), ...emitted.warnings];
      return { provider, model: emitted.model, files: emitted.files, warnings, milliseconds: performance.now() - started, stages };
    } catch (error) {
      // A spec the lint rejects may well break the bundle or the model first: the lint says why.
      await verdict(files);
      throw error;
    }
  } finally {
    specThread.stop();
  }
}

/** A promise and the function that settles it, for a value worked out later. */
function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void } {
  let resolve: (value: T) => void = () => undefined;
  const promise = new Promise<T>((settle) => (resolve = settle));
  return { promise, resolve };
}

/**
 * The bundle the spec thread handed over, with openapi.json's text: a SpecError again for the
 * spec's own problems. The model and the types are made from that very text, parsed.
 */
function receivedSpec(bundled: HandedOverSpec): { spec: LoadedSpec; openapiJson: string } {
  if ("spec" in bundled) return { spec: { ...bundled.spec, document: JSON.parse(bundled.openapiJson) as LoadedSpec["document"] }, openapiJson: bundled.openapiJson };
  if ("problems" in bundled) throw new SpecError(bundled.problems);
  throw new Error(`bundling the spec failed: ${bundled.error}`);
}

/**
 * types.ts as the spec thread emitted it. Not emitted means the lint found errors: whatever is
 * thrown here, buildProvider throws those instead.
 */
function receivedTypes(types: TypesOutcome): string {
  if ("text" in types) return types.text;
  if ("error" in types) throw new Error(`emitting types.ts failed: ${types.error}`);
  throw new Error("types.ts was not emitted, as the lint found errors");
}

/** The emitters, loaded while the spec thread bundles the spec. */
async function emitters() {
  const [{ buildModel }, { emitClientModules, LAID_OUT_MODULES }, { render }, { emitDocs }, { emitValidators }, { formatFile }] = await Promise.all([
    import("./model.js"),
    import("./emit/client.js"),
    import("./emit/render.js"),
    import("./emit/docs.js"),
    import("./emit/validators.js"),
    import("./format.js"),
  ]);
  return { buildModel, emitClientModules, LAID_OUT_MODULES, render, emitDocs, emitValidators, formatFile };
}

/** Model → emit → format, for a spec bundled (and linted) in the spec thread, which emits types.ts (buildProvider). */
async function emitProvider(
  provider: ProviderConfig,
  root: string,
  entry: string,
  stages: StageTimes,
  specThread: { handedOver: Promise<HandedOverSpec>; result: Promise<SpecThreadResult> },
  typesHere: boolean,
) {
  const { buildModel, emitClientModules, LAID_OUT_MODULES, render, emitDocs, emitValidators, formatFile } = await timed(stages, "modules", emitters);
  const { spec, openapiJson } = await timed(stages, "bundle", async () => receivedSpec(await specThread.handedOver));
  // A spec without our extensions gets its method names from operationIds and tags.
  const model = await timed(stages, "model", () => buildModel(spec, { deriveNames: provider.lint === "standard" }));
  const warnings = model.renamed.map((r) => renamedWarning(entry, r));
  const sourceFile = path.relative(root, entry).split(path.sep).join("/");
  const code = await timed(stages, "client", (): FileSet => new Map([
    ...emitClientModules(model, provider, sourceFile),
    ["index.ts", render("index.ts.hbs", { provider, hasWebhooks: model.webhooks.length > 0 })],
  ]));
  // The formatter works in its own thread too (format.ts) while this one emits the validators and the docs.
  const formatting = formatAll(formatFile, code, `generated/${provider.id}`, LAID_OUT_MODULES);
  formatting.catch(() => undefined); // awaited below; this only keeps an early throw from leaving it unhandled
  // validators.ts is data (lean schemas) written deterministically: no formatter needed. Docs
  // are Markdown written by the templates as they are meant to look (format.ts).
  const validators = await timed(stages, "validators", () => emitValidators(spec.document as unknown as Record<string, unknown>, model, sourceFile));
  const docs = await timed(stages, "docs", () => emitDocs(model, provider));
  // types.ts (openapi-typescript's printer) comes out formatted and deterministic already.
  const types = await timed(stages, "types", async () =>
    typesHere ? (await import("./emit/types.js")).emitTypes(openapiJson) : receivedTypes((await specThread.result).types),
  );
  const formatted = await timed(stages, "format", () => formatting);
  const files = sortedFiles([
    ...formatted,
    ["types.ts", types],
    ["validators.ts", validators.source],
    ["openapi.json", openapiJson],
    ...docs,
  ]);
  return { model, files, warnings };
}

/** A provider whose output folder was already what its unchanged inputs produce. */
export interface CachedProvider {
  provider: ProviderConfig;
  /** The warnings of the build that wrote the folder, shown again. */
  warnings: SpecProblem[];
  operations: number;
  files: number;
}

export interface GenerateResult {
  built: BuiltProvider[];
  /** Providers skipped because the cache proved their folder up to date (never with `check`). */
  cached: CachedProvider[];
  /** Per output folder (e.g. "telnyx", "runtime"): what differs from disk before writing. */
  reports: Map<string, StaleReport>;
}

export interface GenerateOptions {
  root: string;
  outDir: string;
  providers: ProviderConfig[];
  check: boolean;
  /**
   * Skip folders whose inputs and output are unchanged since the last write. Default: on, except
   * with `check` and in CI (`CI` set), which always rebuild and compare.
   */
  cache?: boolean;
  /**
   * This process will generate again (`generate --watch`): types.ts is emitted on the main
   * thread, where TypeScript stays loaded between builds, instead of in each build's spec thread.
   */
  repeated?: boolean;
}

/**
 * Builds every provider, then either only compares (`check`) or replaces the stale folders of
 * `outDir`. Throws SpecError (before writing anything) when a spec is broken.
 */
export async function generate(options: GenerateOptions): Promise<GenerateResult> {
  const cache = cacheEnabled(options) ? openCache() : undefined;
  const result: GenerateResult = { built: [], cached: [], reports: new Map() };
  const pending: Array<{ folder: string; files: FileSet; inputs?: string; record?: { warnings: SpecProblem[]; operations: number } }> = [];
  const runtimeDir = path.join(options.outDir, "runtime");
  const runtimeInputs = cache ? generatorInputs() : undefined;
  const runtimeFresh = cache !== undefined && runtimeInputs !== undefined && cache.lookup(runtimeDir, runtimeInputs) !== undefined;
  // The runtime copy depends on no spec: it is formatted while the providers build, which also
  // has the formatter's thread started (and its plugin compiled) before a client needs it.
  const runtimeFiles = runtimeFresh
    ? undefined
    : Promise.all([import("./emit/runtime.js"), import("./format.js")]).then(([{ emitRuntime }, { formatFile }]) => formatAll(formatFile, emitRuntime(), "generated/runtime"));
  runtimeFiles?.catch(() => undefined); // awaited below, after the providers; a build that throws first leaves it

  for (const provider of options.providers) {
    const dir = path.join(options.outDir, provider.id);
    const inputs = cache ? providerInputs(provider, options.root) : undefined;
    const hit = cache && inputs ? cache.lookup(dir, inputs) : undefined;
    if (hit) {
      result.cached.push({ provider, warnings: hit.warnings, operations: hit.operations, files: hit.files });
      result.reports.set(provider.id, { changed: [], added: [], removed: [] });
      continue;
    }
    const built = await buildProvider(provider, options.root, { repeated: options.repeated });
    result.built.push(built);
    pending.push({ folder: provider.id, files: built.files, inputs, record: { warnings: built.warnings, operations: built.model.operations.length } });
  }

  if (runtimeFiles) {
    pending.push({ folder: "runtime", files: await runtimeFiles, inputs: runtimeInputs, record: { warnings: [], operations: 0 } });
  } else {
    result.reports.set("runtime", { changed: [], added: [], removed: [] });
  }

  for (const { folder, files, inputs, record } of pending) {
    const dir = path.join(options.outDir, folder);
    const report = diffFolder(dir, files);
    result.reports.set(folder, report);
    if (options.check) continue;
    if (isStale(report)) replaceFolder(dir, files);
    if (cache && inputs && record) rememberFolder(cache, dir, inputs, files, record);
  }
  return result;
}

function rememberFolder(cache: GenerateCache, dir: string, inputs: string, files: FileSet, record: { warnings: SpecProblem[]; operations: number }): void {
  cache.record(dir, { inputs, outputs: folderHash(files), files: files.size, ...record });
}

/**
 * Formats every file, in name order. All are handed to the formatter's thread before this
 * returns (formatFile posts before its first await), so formatting goes on during whatever
 * synchronous work the caller does next.
 */
function formatAll(format: typeof formatFile, files: FileSet, folder: string, laidOut: ReadonlySet<string> = new Set()): Promise<FileSet> {
  const names = [...files.keys()].sort((a, b) => a.localeCompare(b));
  const texts = Promise.all(names.map((file) => format(file, files.get(file)!, `${folder}/${file}`, { laidOut: laidOut.has(file) })));
  return texts.then((list) => new Map(names.map((file, i) => [file, list[i]!])));
}

/** Output files in name order, so the folder reads (and hashes) the same on every run. */
function sortedFiles(entries: Array<[string, string]>): FileSet {
  return new Map(entries.sort(([a], [b]) => a.localeCompare(b)));
}

/** A derived method name that was taken (sdk-names.ts rule 5), as a warning naming both. */
function renamedWarning(entry: string, renamed: { operation: string; wanted: string; given: string }): SpecProblem {
  return {
    file: path.relative(process.cwd(), entry) || entry,
    rule: "toolkit/sdk-name",
    message: `${renamed.operation} would be ${renamed.wanted}, which another operation has; it is ${renamed.given}. Set x-sdk-name on it to choose.`,
  };
}
