// Reads the provider's published OpenAPI document once and resolves its $refs lazily: a provider's
// public spec can be tens of megabytes, and drift only looks at the few operations we curate, so
// nothing walks or dereferences the whole document. JSON is parsed with JSON.parse (much faster
// than a YAML parser on a large file); anything else as YAML. A file that cannot be read or parsed
// is a usage error naming the file and the line:col of the parse error.
import { readFileSync } from "node:fs";
import { parse, YAMLParseError } from "yaml";
import { LineIndex } from "../line-index.js";
import { RefError, RefResolver } from "../refs.js";
import { SpecError, type SpecProblem } from "../spec-error.js";

const RULE = "drift/published-spec";

export interface PublishedSpec {
  /** The file as the user named it, for messages. */
  file: string;
  document: Record<string, unknown>;
}

export function readPublishedSpec(path: string, display = path): PublishedSpec {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    throw problem(display, `cannot read the published spec: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  // A byte-order mark is not part of the document (editors on Windows write one; JSON.parse refuses it).
  const document = parseText(text.replace(/^\uFEFF/, ""), display);
  if (typeof document !== "object" || document === null || Array.isArray(document)) {
    throw problem(display, "the published spec is not an OpenAPI document (expected a mapping at the top)", 1, 1);
  }
  const version = (document as { openapi?: unknown }).openapi;
  if (typeof version !== "string" || !/^3\.[01]\./.test(version)) {
    throw problem(display, `the published spec must be OpenAPI 3.0 or 3.1 (openapi: ${JSON.stringify(version ?? null)})`);
  }
  const paths = (document as { paths?: unknown }).paths;
  if (typeof paths !== "object" || paths === null || Array.isArray(paths)) throw problem(display, "the published spec has no paths");
  return { file: display, document: document as Record<string, unknown> };
}

function parseText(text: string, file: string): unknown {
  if (/^\s*[{[]/.test(text)) {
    try {
      return JSON.parse(text);
    } catch (error) {
      // V8 says "... in JSON at position N" for most errors; the end of the text otherwise.
      const message = (error as Error).message;
      const offset = Number(/position (\d+)/.exec(message)?.[1] ?? text.length);
      const { line, column } = new LineIndex(text).locate(offset);
      throw problem(file, `not valid JSON: ${message.replace(/ in JSON at position \d+.*$/, "")}`, line, column);
    }
  }
  try {
    // The default alias limit stays on: a billion-laughs document is refused, not expanded.
    return parse(text, { prettyErrors: true, uniqueKeys: false });
  } catch (error) {
    // The yaml package throws a plain Error for an alias bomb ("Excessive alias count"), with no position.
    if (!(error instanceof YAMLParseError)) throw problem(file, `not valid YAML: ${(error as Error).message.split("\n")[0]}`);
    const position = error.linePos?.[0];
    throw problem(file, `not valid YAML: ${error.message.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, "")}`, position?.line, position?.col);
  }
}

function problem(file: string, message: string, line?: number, column?: number): SpecError {
  const entry: SpecProblem = { file, rule: RULE, message };
  if (line !== undefined) Object.assign(entry, { line, column });
  return new SpecError([entry]);
}

/**
 * A part of the published document that cannot be compared (a `$ref` that resolves nowhere or
 * loops, an allOf chain that never ends): reported against that document and the operation,
 * never a crash. The resolver's RefError is one kind; `isDefect` catches both.
 */
export class PublishedDefect extends RefError {
  override readonly name: string = "PublishedDefect";
}

export function isDefect(error: unknown): error is RefError {
  return error instanceof RefError;
}

export { RefResolver };
