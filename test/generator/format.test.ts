// The formatter the generated code goes through (codegen/format.ts): the house style it writes
// whatever the templates emit, the order it must not change, and the error a template that emits
// invalid code gives (a spec name can do that), named by output file and place.
import { readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { emitClientModules } from "../../codegen/emit/client.js";
import { formatFile } from "../../codegen/format.js";
import { splitIntoPieces } from "../../codegen/format-pieces.js";
import { loadSpec } from "../../codegen/load.js";
import { buildModel } from "../../codegen/model.js";
import { SpecError } from "../../codegen/spec-error.js";
import { acme, fixtureRoot } from "../support/fixture.js";
import { repoRoot } from "../support/spec.js";

/** The SpecError formatFile rejects with, or a failure if it resolved or threw something else. */
async function formatError(file: string, content: string, shownAs: string): Promise<SpecError> {
  const error = await formatFile(file, content, shownAs).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(SpecError);
  return error as SpecError;
}

describe("formatting emitted code", () => {
  it("writes the house style: double quotes, semicolons, LF, lines broken at 110 columns", async () => {
    const emitted = [
      "import { a } from './a.js'",
      "export const greeting = 'hello'",
      `export const list = [${Array.from({ length: 12 }, (_, i) => `"item-number-${i}"`).join(", ")}]`,
      "",
    ].join("\r\n");
    const formatted = await formatFile("client.ts", emitted);
    expect(formatted).not.toContain("\r");
    expect(formatted).not.toContain("'");
    expect(formatted.startsWith('import { a } from "./a.js";\nexport const greeting = "hello";\n')).toBe(true);
    expect(formatted).toContain('export const list = [\n  "item-number-0",\n');
    for (const line of formatted.split("\n")) expect(line.length).toBeLessThanOrEqual(110);
  });

  it("keeps the templates' order of imports, exports and named members", async () => {
    const emitted = [
      'import { zeta, alpha } from "./z.js";',
      'import type { Beta } from "./b.js";',
      'export { second, first } from "./second.js";',
      'export type { Omega } from "./a.js";',
      'export * from "./errors.js";',
      "",
    ].join("\n");
    expect(await formatFile("index.ts", emitted)).toBe(emitted);
  });

  it("reads like the code it replaced: no semicolon closing a one-line type, no needless quotes, no added braces", async () => {
    const emitted = [
      "export type Event = { data: string; id: number };",
      'const pagination = { "style": "page", "page-size": 20 };',
      "function first(items: string[]) {",
      "  if (items.length === 0) return undefined;",
      "  return items[0];",
      "}",
      "",
    ].join("\n");
    expect(await formatFile("functions.ts", emitted)).toBe(
      [
        "export type Event = { data: string; id: number };",
        'const pagination = { style: "page", "page-size": 20 };',
        "function first(items: string[]) {",
        "  if (items.length === 0) return undefined;",
        "  return items[0];",
        "}",
        "",
      ].join("\n"),
    );
  });

  it("gives the same bytes every time, and formatted code comes back unchanged", async () => {
    const emitted = `export interface BrandListResponse extends Members<operations["GetBrands"]["responses"][200]["content"]["application/json"]>, Named {}\nexport const x = {a:1,b:[1,2,3]}\n`;
    const once = await formatFile("functions.ts", emitted);
    expect(await formatFile("functions.ts", emitted)).toBe(once);
    expect(await formatFile("functions.ts", once)).toBe(once);
    expect(once).not.toBe(emitted);
  });

  it("answers each of many files sent at once with its own text; one that does not parse fails alone", async () => {
    const names = Array.from({ length: 40 }, (_, i) => `module${i}.ts`);
    const results = await Promise.allSettled(
      names.map((name, i) => formatFile(name, i === 17 ? "export const = 1;\n" : `export const value${i}='${name}'\n`, `generated/acme/${name}`)),
    );
    results.forEach((result, i) => {
      if (i === 17) {
        expect(result.status).toBe("rejected");
        expect(((result as PromiseRejectedResult).reason as SpecError).problems[0]).toMatchObject({ file: "generated/acme/module17.ts" });
      } else {
        expect(result).toEqual({ status: "fulfilled", value: `export const value${i} = "module${i}.ts";\n` });
      }
    });
  });

  it("after a pause, formats the next files in a new worker; the idle one stopping fails none of them", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    try {
      expect(await formatFile("before.ts", "let a = 'x'\n")).toBe('let a = "x";\n');
      vi.advanceTimersByTime(60_000); // long enough for the idle worker to be stopped
      const after = await Promise.all(["one.ts", "two.ts"].map((name) => formatFile(name, `export const name='${name}'\n`)));
      expect(after).toEqual(['export const name = "one.ts";\n', 'export const name = "two.ts";\n']);
    } finally {
      vi.useRealTimers();
    }
  });

  it("turns code it cannot parse into a SpecError naming the output file, line and column, not a stack", async () => {
    const broken = "export type Fine = 1;\nexport type Fax.deliveredWebhook = string;\n";
    const error = await formatError("client.ts", broken, "generated/acme/client.ts");
    expect(error.problems).toEqual([
      expect.objectContaining({ file: "generated/acme/client.ts", line: 2, column: 13, rule: "format" }),
    ]);
    expect(error.message).toMatch(/^generated\/acme\/client\.ts:2:13: error \[format\] the generated code does not parse \(Expected '\{', got 'Fax'\); a name or value in the spec/);
    expect(error.message).toContain("    2 | export type Fax.deliveredWebhook = string;");
    expect(error.message).not.toMatch(/^\s+at /m);
    expect(error.message).not.toContain("file://");
  });

  it("counts the column in characters, after accented names and a line separator inside a string", async () => {
    const broken = 'export const café = "a\u2028b";\nexport const façade = ;\n';
    const error = await formatError("functions.ts", broken, "generated/acme/functions.ts");
    expect(error.problems[0]).toMatchObject({ line: 2, column: 23, excerpt: "export const façade = ;" });
  });

  it("names the output file, not the path the generator was handed, in every message", async () => {
    const buildFolder = path.join(os.tmpdir(), "build");
    const error = await formatError(path.join(buildFolder, "acme/query.ts"), "export const s = `${;\n", "generated/acme/query.ts");
    expect(error.problems[0]!.file).toBe("generated/acme/query.ts");
    expect(error.message).not.toContain(buildFolder);
  });

  it("leaves files that are not TypeScript as the templates wrote them", async () => {
    const table = "| Value | Meaning |\n|---|---|\n| `a` | the first |\n";
    expect(await formatFile("README.md", table)).toBe(table);
  });
});

describe("formatting a large file in pieces", () => {
  const WHOLE = Number.POSITIVE_INFINITY;

  /** n exported declarations, each with a doc comment, in the shape the templates emit. */
  function declarations(n: number, body: (i: number) => string = (i) => `export const value${i}='${i}'`): string {
    return Array.from({ length: n }, (_, i) => `/** Value ${i}. */\n${body(i)}\n`).join("\n");
  }

  it("cuts only after a blank line, before an export or the doc comment right above one", () => {
    const content = "import { a } from './a.js';\n\n/** One. */\nexport const one = 1;\n\nconst two = 2;\n\n/* not a doc */\nexport const three = 3;\n\nexport const four = 4;\n";
    expect(splitIntoPieces(content, 1)).toEqual([
      "import { a } from './a.js';\n\n",
      "/** One. */\nexport const one = 1;\n\nconst two = 2;\n\n/* not a doc */\nexport const three = 3;\n\n",
      "export const four = 4;\n",
    ]);
    expect(splitIntoPieces(content, content.length)).toEqual([content]);
  });

  it("gives the same bytes as formatting the whole file, on the acme fixture's emitted code cut small", async () => {
    const entry = path.resolve(fixtureRoot, acme.entry);
    const model = buildModel(await loadSpec(entry));
    for (const [file, code] of emitClientModules(model, acme, "specs/acme/openapi.yaml")) {
      expect(splitIntoPieces(code, 128).length, file).toBeGreaterThan(3);
      expect(await formatFile(file, code, file, { pieceLength: 128 }), file).toBe(await formatFile(file, code, file, { pieceLength: WHOLE }));
    }
  });

  it("gives the same bytes as formatting the whole file, on Telnyx's generated client modules", async () => {
    for (const file of ["client.ts", "functions.ts", "query.ts"]) {
      const code = readFileSync(path.join(repoRoot, "generated/telnyx", file), "utf8");
      expect(await formatFile(file, code, file, { pieceLength: 16 * 1024 }), file).toBe(await formatFile(file, code, file, { pieceLength: WHOLE }));
    }
  });

  it("formats the file whole when a cut falls inside a template literal or a comment", async () => {
    const inTemplate = `${declarations(30)}\nexport const page = \`\n\nexport const notCode = 1;\n\`;\n\n${declarations(30)}`;
    const inComment = `${declarations(30)}\n/* a comment\n\nexport const notCode = 1;\n*/\n\n${declarations(30)}`;
    for (const code of [inTemplate, inComment]) {
      // The first cut is made at the first declaration-like line after this many characters.
      const pieceLength = code.indexOf("\n\nexport const notCode");
      expect(splitIntoPieces(code, pieceLength)[1]).toMatch(/^export const notCode/);
      const formatted = await formatFile("functions.ts", code, "functions.ts", { pieceLength });
      expect(formatted).toBe(await formatFile("functions.ts", code, "functions.ts", { pieceLength: WHOLE }));
      expect(formatted).toContain("\n\nexport const notCode = 1;\n");
    }
  });

  it("places an error in a late piece at its line in the whole file", async () => {
    const code = declarations(200, (i) => (i === 150 ? "export const = 150;" : `export const value${i}='${i}'`));
    expect(splitIntoPieces(code, 1000).length).toBeGreaterThan(5);
    const error = await formatError("functions.ts", code, "generated/acme/functions.ts");
    expect(error.problems[0]).toMatchObject({ line: 150 * 3 + 2, excerpt: "export const = 150;" });
  });
});

