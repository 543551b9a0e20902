// The spec thread's work (pipeline.ts): bundle and lint the spec in one walk (lint-in-bundle.ts),
// hand the bundle over to the main thread, which models it and emits the client, validators and
// docs, then emit types.ts from the same bundle while it does, and return the lint's verdict
// with types.ts. The main thread loads its emitters meanwhile.
//
// Why types.ts is made here: once the walk is done this thread has nothing left to do, while the
// main thread has a second of emitting ahead of it. openapi-typescript and TypeScript (half a
// second to load) are loaded only then, so they do not compete with the walk for a core either.
// On the 1,120-operation synthetic spec, on 2 cores, that took the build from 1.56-1.72x to
// 1.26-1.49x the wall time of openapi-typescript alone (bench:generate), for 60-70 MB more peak memory.
// A process that builds again and again (`generate --watch`) asks for no types.ts here: a new
// spec thread would load TypeScript for every build, where the main thread loads it once
// (pipeline.ts `repeated`).
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

/**
 * types.ts's text; `skipped` when not asked for, when the lint found errors or when there was no
 * bundle (the build stops with the lint's errors then); or the stack of openapi-typescript's
 * failure, a bug to report.
 */
export type TypesOutcome = { text: string } | { skipped: true } | { error: string };

export interface SpecThreadResult {
  lint: LintResult;
  types: TypesOutcome;
}

export async function bundleLintAndEmitTypes(
  entry: string,
  level: LintLevel,
  withTypes: boolean,
  handOver: (bundled: HandedOverSpec) => void,
): Promise<SpecThreadResult> {
  let linted: Awaited<ReturnType<typeof lintAndLoadSpec>>;
  try {
    linted = await lintAndLoadSpec(entry, level);
  } catch (error) {
    // The bundle throws where the lint reports: a file that cannot be read or parsed, or YAML
    // nested too deep. The separate lint says which file and where (and is only run then).
    handOver(crossable(error));
    return { lint: await redoclyLint(entry, undefined, level), types: { skipped: true } };
  }
  const bundled = linted.spec instanceof SpecError ? crossable(linted.spec) : crossing(linted.spec);
  handOver(bundled);
  const lint = lintResultOf(linted.problems);
  if (!withTypes || lint.errors.length > 0 || !("openapiJson" in bundled)) return { lint, types: { skipped: true } };
  return { lint, types: await typesOf(bundled.openapiJson) };
}

async function typesOf(openapiJson: string): Promise<TypesOutcome> {
  try {
    const { emitTypes } = await import("./emit/types.js");
    return { text: await emitTypes(openapiJson) };
  } catch (error) {
    return { error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
}

/** openapi.json as the generator writes it: JSON.stringify's output is formatted and deterministic already. */
function crossing({ document, ...spec }: LoadedSpec): HandedOverSpec {
  return { spec, openapiJson: `${JSON.stringify(document, null, 2)}\n` };
}

function crossable(error: unknown): HandedOverSpec {
  if (error instanceof SpecError) return { problems: error.problems };
  return { error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
}
