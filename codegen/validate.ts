// Stage 1 of the pipeline: lint the spec (Redocly recommended + toolkit rules). Any error-level
// finding stops generation with the file, line and rule; warnings are returned for display.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { BaseResolver, getAstNodeByPointer, lint, type LocationObject, type NormalizedProblem } from "@redocly/openapi-core";
import { lineIndexOf } from "./line-index.js";
import { lintConfig, type LintLevel } from "./rules.js";
import { relativeFile, SpecError, type SpecProblem } from "./spec-error.js";
import { checkFiles } from "./spec-files.js";

export interface LintResult {
  errors: SpecProblem[];
  warnings: SpecProblem[];
}

/**
 * A resolver to share between lint and bundle (load.ts): it keeps every file it parsed, so the
 * spec is read and parsed once per build instead of once per Redocly call.
 */
export async function specResolver(): Promise<BaseResolver> {
  return new BaseResolver((await lintConfig()).resolve);
}

export async function lintSpec(entry: string, resolver?: BaseResolver, level: LintLevel = "strict"): Promise<LintResult> {
  const files = checkFiles(entry);
  if (files.stop) return { errors: files.problems, warnings: [] };
  const result = await redoclyLint(entry, resolver, level);
  return { errors: [...files.problems, ...result.errors], warnings: result.warnings };
}

/** Redocly's recommended rules and the toolkit's, on files the file checks have let through. */
export async function redoclyLint(entry: string, resolver?: BaseResolver, level: LintLevel = "strict"): Promise<LintResult> {
  let problems: NormalizedProblem[];
  try {
    problems = await lint({ ref: entry, config: await lintConfig(level), externalRefResolver: resolver });
  } catch (error) {
    // Redocly throws (instead of reporting) when the entry itself cannot be read or parsed.
    return { errors: [problemFromThrown(entry, error)], warnings: [] };
  }
  return lintResultOf(problems);
}

/** Redocly's problems as the toolkit reports them: errors and warnings, each in file:line:col. */
export function lintResultOf(problems: NormalizedProblem[]): LintResult {
  const converted = condense(problems.map((problem) => ({ severity: problem.severity, problem: toSpecProblem(problem) })));
  return {
    errors: converted.filter((p) => p.severity === "error").map((p) => p.problem),
    warnings: converted.filter((p) => p.severity !== "error").map((p) => p.problem),
  };
}

/** Throws a SpecError when the spec has any error-level problem. */
export async function validateSpec(entry: string, resolver?: BaseResolver, level: LintLevel = "strict"): Promise<LintResult> {
  const result = await lintSpec(entry, resolver, level);
  if (result.errors.length > 0) throw new SpecError(result.errors);
  return result;
}

/**
 * One broken file makes Redocly report the parse error once per reference into it, plus a
 * "Can't resolve $ref" echo at each referencing place: keep each distinct problem once, and drop
 * the echoes of a parse error that is already reported.
 */
function condense<T extends { problem: SpecProblem }>(items: T[]): T[] {
  const parseFailures = new Set(
    items.map((i) => i.problem.message).filter((m) => m.startsWith("Failed to parse: ")).map((m) => m.slice("Failed to parse: ".length)),
  );
  const seen = new Set<string>();
  return items.filter(({ problem }) => {
    if (problem.message.startsWith("Can't resolve $ref: ") && parseFailures.has(problem.message.slice("Can't resolve $ref: ".length))) return false;
    const key = `${problem.file}:${problem.line}:${problem.column}:${problem.rule}:${problem.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function toSpecProblem(problem: NormalizedProblem): SpecProblem {
  const location = problem.location[0];
  if (!location) return { file: "(unknown)", rule: problem.ruleId, message: problem.message };
  const { line, column, excerpt } = place(location);
  return {
    file: relativeFile(location.source.absoluteRef),
    line,
    column,
    // Redocly files YAML syntax errors under no-unresolved-refs; call them what they are.
    rule: problem.message.startsWith("Failed to parse") ? "yaml-syntax" : problem.ruleId,
    message: problem.message,
    excerpt,
  };
}

// Redocly's parser for the YAML AST it addresses problems in (the same function it uses itself).
const requireFromRedocly = createRequire(createRequire(import.meta.url).resolve("@redocly/openapi-core/lib/lint.js"));
const { safeLoad } = requireFromRedocly("yaml-ast-parser") as { safeLoad: (text: string, options: object) => unknown };

/**
 * Line, column and source line of a problem. Same result as Redocly's getLineColLocation, which
 * scans the file from its start for every problem: here each file's lines are indexed once.
 */
export function place(location: LocationObject): { line: number; column: number; excerpt?: string } {
  const { source } = location;
  const body = source.body ?? "";
  const index = lineIndexOf(source, body);
  // Some problems (a file that does not parse) come with their line and column instead of a pointer.
  const given = (location as { start?: { line?: number; col?: number } }).start;
  if (location.pointer === undefined && given?.line !== undefined) {
    return { line: given.line, column: given.col ?? 1, excerpt: index.lineText(given.line) };
  }
  const ast = source.getAst(safeLoad as never) as never;
  const node = getAstNodeByPointer(ast, location.pointer ?? "#/", !!location.reportOnKey) as { startPosition?: number } | undefined;
  const { line, column } = index.locate(node?.startPosition ?? 0);
  return { line, column, excerpt: index.lineText(line) };
}

/**
 * What Redocly threw about the entry document: it cannot be read, or it does not parse. A YAML
 * error comes wrapped (Redocly's YamlParseError), the place in the wrapped js-yaml error's mark
 * and, again, with the file's absolute path, at the end of the message.
 */
function problemFromThrown(entry: string, error: unknown): SpecProblem {
  type Mark = { line: number; column: number };
  const err = error as { message?: string; mark?: Mark; originalError?: { mark?: Mark }; code?: string };
  const mark = err.mark ?? err.originalError?.mark;
  const message = ((err.message ?? String(error)).split("\n")[0] ?? String(error)).replace(/ in "[^"]*" \(\d+:\d+\)$/, "");
  return {
    file: relativeFile(entry),
    line: mark ? mark.line + 1 : undefined,
    column: mark ? mark.column + 1 : undefined,
    rule: err.code === "ENOENT" ? "file-not-found" : mark ? "yaml-syntax" : "parse",
    message,
    excerpt: mark ? lineOfFile(entry, mark.line) : undefined,
  };
}

/** Line `index` (0-based) of a file, for an excerpt; nothing when it cannot be read. */
function lineOfFile(file: string, index: number): string | undefined {
  try {
    return readFileSync(file, "utf8").split("\n")[index];
  } catch {
    return undefined;
  }
}
