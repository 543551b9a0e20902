// The generator, stage by stage: lint → bundle → model → emit → write. Every provider is built
// fully in memory before anything is written, so a broken spec leaves generated/ untouched.
import path from "node:path";
import { emitClientModules } from "./emit/client.js";
import { emitDocs } from "./emit/docs.js";
import { render } from "./emit/render.js";
import { emitRuntime } from "./emit/runtime.js";
import { emitTypes } from "./emit/types.js";
import { formatFile } from "./format.js";
import { loadSpec } from "./load.js";
import { buildModel, type ProviderModel } from "./model.js";
import type { ProviderConfig } from "./providers.js";
import type { SpecProblem } from "./spec-error.js";
import { validateSpec } from "./validate.js";
import { diffFolder, type FileSet, isStale, replaceFolder, type StaleReport } from "./write.js";

export interface BuiltProvider {
  provider: ProviderConfig;
  model: ProviderModel;
  files: FileSet;
  warnings: SpecProblem[];
  milliseconds: number;
}

/** Lints, bundles, models and emits one provider; returns its formatted files without writing them. */
export async function buildProvider(provider: ProviderConfig, root: string): Promise<BuiltProvider> {
  const started = performance.now();
  const entry = path.resolve(root, provider.entry);
  const { warnings } = await validateSpec(entry);
  const spec = await loadSpec(entry);
  const model = buildModel(spec);
  const sourceFile = path.relative(root, entry).split(path.sep).join("/");

  const raw = new Map<string, string>([
    ["types.ts", await emitTypes(spec.document)],
    ...emitClientModules(model, provider, sourceFile),
    ["index.ts", render("index.ts.hbs", { provider, hasWebhooks: model.webhooks.length > 0 })],
    ["openapi.json", JSON.stringify(spec.document, null, 2)],
    ...emitDocs(model, provider),
  ]);
  const files = await formatAll(raw, `generated/${provider.id}`);
  return { provider, model, files, warnings, milliseconds: performance.now() - started };
}

export interface GenerateResult {
  built: BuiltProvider[];
  /** Per output folder (e.g. "telnyx", "runtime"): what differs from disk before writing. */
  reports: Map<string, StaleReport>;
}

/**
 * Builds every provider, then either only compares (`check`) or replaces the stale folders of
 * `outDir`. Throws SpecError (before writing anything) when a spec is broken.
 */
export async function generate(options: {
  root: string;
  outDir: string;
  providers: ProviderConfig[];
  check: boolean;
}): Promise<GenerateResult> {
  const built: BuiltProvider[] = [];
  for (const provider of options.providers) built.push(await buildProvider(provider, options.root));

  const folders = new Map<string, FileSet>(built.map((b) => [b.provider.id, b.files]));
  folders.set("runtime", await formatAll(emitRuntime(), "generated/runtime"));

  const reports = new Map<string, StaleReport>();
  for (const [folder, files] of folders) {
    const dir = path.join(options.outDir, folder);
    const report = diffFolder(dir, files);
    reports.set(folder, report);
    if (!options.check && isStale(report)) replaceFolder(dir, files);
  }
  return { built, reports };
}

async function formatAll(files: FileSet, folder: string): Promise<FileSet> {
  const formatted: FileSet = new Map();
  for (const [file, content] of [...files].sort(([a], [b]) => a.localeCompare(b))) {
    formatted.set(file, await formatFile(file, content, `${folder}/${file}`));
  }
  return formatted;
}
