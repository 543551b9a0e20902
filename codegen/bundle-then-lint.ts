// The lint thread's work (pipeline.ts): bundle the spec and hand the bundle over to the main
// thread, which models and emits it meanwhile, then lint. Bundling is the first thing the main
// thread needs and the lint the last (its errors are awaited before anything is written), so
// both are done here and the main thread only loads the emitters while it waits for the bundle.
import { type LoadedSpec, loadSpec } from "./load.js";
import type { LintLevel } from "./rules.js";
import { SpecError, type SpecProblem } from "./spec-error.js";
import { type LintResult, redoclyLint } from "./validate.js";

/**
 * The bundle as it crosses to the main thread: the spec, its document as the text of
 * openapi.json, the spec's own problems (a SpecError again on the other side, pipeline.ts), or a
 * bug's stack. The document goes as JSON text because the main thread writes that text anyway,
 * and because parsing it there costs about a third of receiving the object by structured clone
 * (4 MB of bundle: 45 against 150 ms).
 */
export type HandedOverSpec = { spec: Omit<LoadedSpec, "document">; openapiJson: string } | { problems: SpecProblem[] } | { error: string };

export async function bundleThenLint(entry: string, level: LintLevel, handOver: (bundled: HandedOverSpec) => void): Promise<LintResult> {
  handOver(await loadSpec(entry).then(crossing, crossable));
  return redoclyLint(entry, undefined, level);
}

/** openapi.json as the generator writes it: JSON.stringify's output is formatted and deterministic already. */
function crossing({ document, ...spec }: LoadedSpec): HandedOverSpec {
  return { spec, openapiJson: `${JSON.stringify(document, null, 2)}\n` };
}

function crossable(error: unknown): HandedOverSpec {
  if (error instanceof SpecError) return { problems: error.problems };
  return { error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
}
