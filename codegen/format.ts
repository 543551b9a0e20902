// Formats the code the templates emit (client modules, index.ts) and the runtime copy with
// Prettier using fixed options (never a user's config file), so the output is byte-identical on
// every machine. types.ts and openapi.json come out of printers that are formatted and
// deterministic already, and skip this (pipeline.ts). Markdown is left as the templates write it:
// Prettier pads every table column to its widest cell, which makes enum-heavy tables unreadable.
import { format } from "prettier";
import { firstLine } from "./cli-args.js";
import { SpecError } from "./spec-error.js";

// Babel's TypeScript parser: the same output as Prettier's "typescript" parser on everything the
// templates and the runtime contain (checked file by file on our specs and the synthetic one),
// in a little over half the time.
const parsers: Record<string, string> = { ".ts": "babel-ts", ".json": "json" };

/**
 * Formats one output file. Emitted code that Prettier cannot parse is a generator bug triggered by
 * some spec input: it becomes a SpecError naming the output file and place, never a raw stack.
 * `shownAs` is the file's name in messages, e.g. "generated/telnyx/client.ts".
 */
export async function formatFile(file: string, content: string, shownAs = file): Promise<string> {
  const extension = file.slice(file.lastIndexOf("."));
  const parser = parsers[extension];
  if (!parser) return content;
  try {
    return await format(content, { parser, printWidth: 110, endOfLine: "lf" });
  } catch (error) {
    const start = (error as { loc?: { start?: { line?: number; column?: number } } }).loc?.start;
    const line = start?.line;
    throw new SpecError([
      {
        file: shownAs,
        line,
        column: start?.column === undefined ? undefined : start.column + 1,
        rule: "format",
        message: `the generated code does not parse (${firstLine(error).replace(/\s*\(\d+:\d+\)$/, "")}); a name or value in the spec produced invalid code. Please report this with the spec.`,
        excerpt: line === undefined ? undefined : content.split("\n")[line - 1],
      },
    ]);
  }
}
