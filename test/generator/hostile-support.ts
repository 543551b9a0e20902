// Helpers for the hostile-spec tests: a scratch repository whose Vonage spec is replaced by a case
// of test/fixtures/hostile/ (or by files a test builds), the generator run on it, and a type-check
// of what it wrote.
import { mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { type CliResult, runCli, scratchCopy } from "../support/cli.js";
import { repoRoot } from "../support/spec.js";

export const hostileDir = path.join(repoRoot, "test/fixtures/hostile");

/** The files of a case folder, by name. */
export function caseFiles(name: string): Map<string, string> {
  const dir = path.join(hostileDir, name);
  return new Map(readdirSync(dir).map((file) => [file, readFileSync(path.join(dir, file), "utf8")]));
}

/** A scratch copy of the repository whose specs/vonage/ holds exactly `files`, beside Vonage's declaration. */
export function rootWithVonageSpec(files: Map<string, string>): string {
  const root = scratchCopy();
  const specDir = path.join(root, "specs/vonage");
  rmSync(specDir, { recursive: true, force: true });
  mkdirSync(specDir, { recursive: true });
  // generate finds the provider by its toolkit.yaml.
  writeFileSync(path.join(specDir, "toolkit.yaml"), readFileSync(path.join(repoRoot, "specs/vonage/toolkit.yaml"), "utf8"));
  for (const [file, text] of files) writeFileSync(path.join(specDir, file), text);
  return root;
}

export function generateVonage(root: string, extra: string[] = []): Promise<CliResult> {
  return runCli("commands/generate.ts", ["--root", root, "--out", path.join(root, "generated"), "--provider", "vonage", ...extra]);
}

/** 1-based line of the first line of `text` containing `fragment` (so tests do not hard-code line numbers). */
export function lineOf(text: string, fragment: string, occurrence = 1): number {
  let seen = 0;
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]!.includes(fragment) && ++seen === occurrence) return i + 1;
  }
  throw new Error(`fixture drifted: "${fragment}" not found`);
}

/** 1-based column where `fragment` starts on that line. */
export function columnOf(text: string, fragment: string, occurrence = 1): number {
  const line = text.split("\n")[lineOf(text, fragment, occurrence) - 1]!;
  return line.indexOf(fragment) + 1;
}

/**
 * Type-checks generated/vonage (and the runtime it imports) of a scratch root with the project's
 * compiler options; returns the diagnostics as text, empty when clean.
 */
export function typeCheckGenerated(root: string): string[] {
  const modules = path.join(root, "node_modules");
  try {
    symlinkSync(path.join(repoRoot, "node_modules"), modules, "dir");
  } catch {
    // Already linked by an earlier check of the same root.
  }
  const options: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2022,
    lib: ["lib.es2022.d.ts", "lib.dom.d.ts", "lib.dom.iterable.d.ts"],
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    isolatedModules: true,
    verbatimModuleSyntax: true,
    types: [],
  };
  // A package.json with "type": "module" makes NodeNext treat the .ts files as ES modules.
  writeFileSync(path.join(root, "package.json"), JSON.stringify({ type: "module", private: true }));
  const program = ts.createProgram([path.join(root, "generated/vonage/index.ts")], options);
  return ts.getPreEmitDiagnostics(program).map((d) => {
    const where = d.file && d.start !== undefined ? `${path.relative(root, d.file.fileName)}:${d.file.getLineAndCharacterOfPosition(d.start).line + 1}: ` : "";
    return `${where}${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`;
  });
}

/** The base case with `count` more operations, each with an example that breaks its schema (`name` is a number). */
export function specWithManyProblems(count: number): Map<string, string> {
  const files = caseFiles("base");
  const operations: string[] = [];
  const refs: string[] = [];
  for (let i = 0; i < count; i++) {
    refs.push(`  /things/n${i}:\n    $ref: './things.yaml#/paths/~1things~1n${i}'\n`);
    operations.push(
      [
        `  /things/n${i}:`,
        "    get:",
        `      operationId: thing${i}`,
        `      summary: Thing ${i}`,
        "      description: One thing.",
        "      tags: [Things]",
        `      x-sdk-name: things.n${i}`,
        "      responses:",
        "        '200':",
        "          description: A thing.",
        "          content:",
        "            application/json:",
        "              schema:",
        "                $ref: '#/components/schemas/Thing'",
        "              examples:",
        "                one:",
        "                  summary: One",
        "                  value:",
        `                    name: ${i}`,
        "        '400':",
        "          description: Bad request.",
        "",
      ].join("\n"),
    );
  }
  return new Map([
    ["openapi.yaml", insertBefore(files.get("openapi.yaml")!, "components:\n", refs.join(""))],
    ["things.yaml", insertBefore(files.get("things.yaml")!, "components:\n", operations.join(""))],
  ]);
}

/** The base case whose Thing has a property that is one of `count` object schemas. */
export function specWithManySchemas(count: number): Map<string, string> {
  const files = caseFiles("base");
  const alternatives: string[] = [];
  const schemas: string[] = [];
  for (let i = 0; i < count; i++) {
    alternatives.push(`            - $ref: '#/components/schemas/Variant${i}'\n`);
    schemas.push(`    Variant${i}:\n      type: object\n      properties:\n        kind${i}:\n          type: string\n`);
  }
  const property = "        name:\n          type: string\n";
  const things = insertBefore(files.get("things.yaml")!, property, "").replace(
    property,
    `${property}        variant:\n          oneOf:\n${alternatives.join("")}`,
  );
  return new Map([
    ["openapi.yaml", files.get("openapi.yaml")!],
    ["things.yaml", `${things}${schemas.join("")}`],
  ]);
}

function insertBefore(text: string, marker: string, addition: string): string {
  if (!text.includes(marker)) throw new Error(`fixture drifted: "${marker.trim()}" not found`);
  return text.replace(marker, `${addition}${marker}`);
}

/** The base case whose Thing has a property nested `depth` objects deep. */
export function specWithNesting(depth: number): Map<string, string> {
  const files = caseFiles("base");
  const property = "        name:\n          type: string\n";
  const levels: string[] = [];
  let indent = "        ";
  for (let i = 0; i < depth; i++) {
    levels.push(`${indent}n${i}:\n${indent}  type: object\n${indent}  properties:\n`);
    indent += "    ";
  }
  levels.push(`${indent}leaf:\n${indent}  type: string\n`);
  return new Map([
    ["openapi.yaml", files.get("openapi.yaml")!],
    ["things.yaml", insertBefore(files.get("things.yaml")!, property, "").replace(property, `${property}${levels.join("")}`)],
  ]);
}
