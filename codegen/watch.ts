// `npm run generate -- --watch`: regenerate when a spec or template changes, only for the
// provider whose spec changed (templates and the runtime concern every provider). A broken edit
// prints the problem and leaves the last good output in place; the next good edit recovers.
import path from "node:path";
import { generate } from "./pipeline.js";
import type { ProviderConfig } from "./providers.js";
import { SpecError } from "./spec-error.js";
import { watchTree } from "./watch-tree.js";
import { isStale } from "./write.js";

export interface WatchOptions {
  root: string;
  outDir: string;
  providers: ProviderConfig[];
  log: (line: string) => void;
}

/** Starts watching; resolves once the watchers are set up. Returns a function that stops them. */
export function watchAndGenerate(options: WatchOptions): () => void {
  const templatesDir = path.resolve(import.meta.dirname, "../templates");
  const runtimeDir = path.resolve(import.meta.dirname, "runtime");
  const specsDir = path.join(options.root, "specs");
  let pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  let running = Promise.resolve();

  const providerOf = (dir: string, file: string): string[] => {
    if (dir !== specsDir) return options.providers.map((p) => p.id);
    const folder = path.join(specsDir, file.split(path.sep)[0] ?? "") + path.sep;
    const owner = options.providers.find((p) => path.join(options.root, p.entry).startsWith(folder));
    return owner ? [owner.id] : [];
  };

  const run = async (ids: string[]) => {
    const selected = options.providers.filter((p) => ids.includes(p.id));
    if (selected.length === 0) return;
    // Imported here: Handlebars is only needed once something is regenerated.
    const { clearTemplateCache } = await import("./emit/render.js");
    clearTemplateCache();
    const started = performance.now();
    try {
      const { reports } = await generate({ root: options.root, outDir: options.outDir, providers: selected, check: false, repeated: true });
      const ms = Math.round(performance.now() - started);
      for (const provider of selected) {
        const report = reports.get(provider.id)!;
        const touched = [...report.changed, ...report.added, ...report.removed];
        options.log(
          isStale(report)
            ? `[watch] ${provider.id}: regenerated in ${ms} ms: ${touched.join(", ")}`
            : `[watch] ${provider.id}: checked in ${ms} ms, output unchanged`,
        );
      }
    } catch (error) {
      if (!(error instanceof SpecError)) throw error;
      options.log(`[watch] ${error.message}`);
      options.log(`[watch] ${selected.map((p) => p.id).join(", ")}: kept the last good output in ${path.relative(options.root, options.outDir) || options.outDir}/`);
    }
  };

  const schedule = (ids: string[]) => {
    for (const id of ids) pending.add(id);
    clearTimeout(timer);
    // Editors save in bursts (temp file, rename, chmod): wait for the burst to end.
    timer = setTimeout(() => {
      const ids = [...pending];
      pending = new Set();
      running = running.then(() => run(ids)).catch((error: unknown) => options.log(`[watch] ${String(error)}`));
    }, 150);
  };

  // Editors' backup (`~`) and hidden temporary files are not sources.
  const isSource = (file: string) => !file.endsWith("~") && !path.basename(file).startsWith(".");
  const stops = [specsDir, templatesDir, runtimeDir].map((dir) =>
    watchTree(dir, (file) => {
      if (isSource(file)) schedule(providerOf(dir, file));
    }),
  );
  // Start from fresh output, then follow edits.
  schedule(options.providers.map((p) => p.id));
  options.log(`[watch] watching ${[specsDir, templatesDir, runtimeDir].map((d) => path.relative(options.root, d) || d).join(", ")}`);
  return () => {
    clearTimeout(timer);
    for (const stop of stops) stop();
  };
}
