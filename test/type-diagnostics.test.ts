// What a user sees from tsc when a call is wrong: the message must name the client's exported type
// ("parameter of type 'BrandsCreateParams'"), not spell out its members ("'{ account_id: string;
// … 22 more …}'"); deprecations must reach the editor through the client's methods and types; and
// the declaration files a built package ships must parse. One TypeScript program over a scratch
// file of wrong and deprecated calls.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { repoRoot } from "./support/spec.js";

const scratch = path.join(repoRoot, ".tmp/type-diagnostics");
const consumer = path.join(scratch, "consumer.ts");

/** Each case marks the line tsc must complain about with a comment naming the case. */
const CONSUMER = `import { createTelnyxClient } from "../../generated/telnyx/index.js";
import { createVonageClient, type BrandsCampaignsUpdateParams } from "../../generated/vonage/index.js";

const telnyx = createTelnyxClient();
const vonage = createVonageClient();

export async function wrongCalls() {
  await vonage.brands.create({ display_name: "Acme" }); // case: missing-body-fields
  await vonage.brands.list({ colour: "blue" }); // case: unknown-query-field
  await telnyx.messaging10dlc.brand.create({ displayName: "Acme" }); // case: telnyx-body
  const brand = await vonage.brands.retrieve("BLQKOPK");
  brand.colour; // case: unknown-result-field
}

export async function deprecatedUse(update: BrandsCampaignsUpdateParams) {
  await vonage.brands.campaigns.delete("BLQKOPK", "VC987XYZ");
  return update.message_flow;
}
`;

/** tsc's full message (all elaboration lines) for each marked case. */
function messagesByCase(program: ts.Program, file: ts.SourceFile): Map<string, string> {
  const messages = new Map<string, string>();
  const lines = file.text.split("\n");
  for (const diagnostic of ts.getPreEmitDiagnostics(program, file)) {
    const { line } = file.getLineAndCharacterOfPosition(diagnostic.start ?? 0);
    const name = /\/\/ case: (\S+)/.exec(lines[line] ?? "")?.[1] ?? `unmarked line ${line + 1}`;
    messages.set(name, `${messages.get(name) ?? ""}${ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n")}\n`);
  }
  return messages;
}

/** The JSDoc tag names tsc gives the symbol of the property access `text` (e.g. `a.b.c`: of `c`) in the file. */
function tagsAt(checker: ts.TypeChecker, file: ts.SourceFile, text: string): string[] {
  const start = file.text.indexOf(text);
  expect(start, text).toBeGreaterThanOrEqual(0);
  let found: ts.PropertyAccessExpression | undefined;
  const visit = (node: ts.Node): void => {
    // The outermost access inside the text is the whole of it; inner ones are its prefixes.
    const inside = node.getStart() >= start && node.getEnd() <= start + text.length;
    if (!found && inside && ts.isPropertyAccessExpression(node)) found = node;
    ts.forEachChild(node, visit);
  };
  visit(file);
  const symbol = checker.getSymbolAtLocation(found!.name);
  return (symbol?.getJsDocTags(checker) ?? []).map((tag) => tag.name);
}

describe("tsc diagnostics against the generated clients", () => {
  rmSync(scratch, { recursive: true, force: true });
  mkdirSync(scratch, { recursive: true });
  writeFileSync(consumer, CONSUMER);
  const program = ts.createProgram([consumer], {
    strict: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    lib: ["lib.es2022.d.ts", "lib.dom.d.ts", "lib.dom.iterable.d.ts"],
    types: [],
    skipLibCheck: true,
    declaration: true,
    noEmit: false,
    outDir: path.join(scratch, "out"),
  });
  const file = program.getSourceFile(consumer)!;
  const messages = messagesByCase(program, file);

  it.each([
    ["missing-body-fields", "BrandsCreateParams"],
    ["unknown-query-field", "BrandsListQuery"],
    ["telnyx-body", "Messaging10dlcBrandCreateParams"],
    ["unknown-result-field", "BrandsRetrieveResponse"],
  ])("%s: the message names %s", (name, typeName) => {
    const message = messages.get(name);
    expect(message, [...messages].join("\n")).toBeDefined();
    expect(message).toContain(`'${typeName}'`);
    // tsc's abbreviation of a spelled-out object type: "… 22 more …" (or "... 22 more ...").
    expect(message).not.toMatch(/(…|\.\.\.) \d+ more (…|\.\.\.)/);
    expect(message).not.toMatch(/(parameter of|from|in|on) type '\{/);
  });

  it("reports nothing on the lines that are right", () => {
    expect([...messages.keys()].filter((name) => name.startsWith("unmarked")), [...messages].join("\n")).toEqual([]);
  });

  it("marks a deprecated operation and a deprecated field for the editor", () => {
    const checker = program.getTypeChecker();
    expect(tagsAt(checker, file, "vonage.brands.campaigns.delete")).toContain("deprecated");
    expect(tagsAt(checker, file, "update.message_flow")).toContain("deprecated");
    // And a method that is not deprecated is not marked.
    expect(tagsAt(checker, file, "vonage.brands.create")).not.toContain("deprecated");
  });

  it("emits declaration files of the clients that parse", () => {
    const outputs = new Map<string, string>();
    const result = program.emit(undefined, (name, text) => outputs.set(name, text), undefined, true);
    expect(result.diagnostics.map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"))).toEqual([]);
    const clients = [...outputs].filter(([name]) => /generated\/(telnyx|vonage)\/client\.d\.ts$/.test(name));
    expect(clients).toHaveLength(2);
    for (const [name, text] of clients) {
      // transpileModule reports syntax errors only: exactly "does it parse" (it takes no .d.ts name).
      const { diagnostics = [] } = ts.transpileModule(text, { fileName: name.replace(/\.d\.ts$/, ".ts"), reportDiagnostics: true });
      expect(diagnostics.map((d) => `${name}: ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`)).toEqual([]);
    }
  });
});
