// The lint thread's work (pipeline.ts): bundle and lint the spec in one walk (lint-in-bundle.ts),
// hand the bundle over to the main thread, which models and emits it, and return the lint's
// verdict. The main thread loads the emitters meanwhile; both are done here, so that the walk,
// the CPU-heaviest part of a build, is not also done twice.
import { type LoadedSpec, lintAndLoadSpec } from "./load.js";
import type { LintLevel } from "./rules.js";
import { SpecError, type SpecProblem } from "./spec-error.js";
import { type LintResult, lintResultOf, redoclyLint } from "./validate.js";

/**
 * The bundle as it crosses to the main thread: the spec, its document as the text of
 * openapi.json, the spec's own problems (a SpecError again on the other side, pipeline.ts), or a
 * bug's stack. The document goes as JSON text because the main thread writes that text anyway,
 * and because parsing it there costs about a third of receiving the object by structured clone
 * (4 MB of bundle: 45 against 150 ms).
 */
export type HandedOverSpec = { spec: Omit<LoadedSpec, "document">; openapiJson: string } | { problems: SpecProblem[] } | { error: string };

export async function bundleThenLint(entry: string, level: LintLevel, handOver: (bundled: HandedOverSpec) => void): Promise<LintResult> {
  let linted: Awaited<ReturnType<typeof lintAndLoadSpec>>;
  try {
    linted = await lintAndLoadSpec(entry, level);
  } catch (error) {
    // The bundle throws where the lint reports: a file that cannot be read or parsed, or YAML
    // nested too deep. The separate lint says which file and where (and is only run then).
    handOver(crossable(error));
    return redoclyLint(entry, undefined, level);
  }
  handOver(linted.spec instanceof SpecError ? crossable(linted.spec) : crossing(linted.spec));
  return lintResultOf(linted.problems);
}

/** openapi.json as the generator writes it: JSON.stringify's output is formatted and deterministic already. */
function crossing({ document, ...spec }: LoadedSpec): HandedOverSpec {
  return { spec, openapiJson: `${JSON.stringify(document, null, 2)}\n` };
}

function crossable(error: unknown): HandedOverSpec {
  if (error instanceof SpecError) return { problems: error.problems };
  return { error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
}
