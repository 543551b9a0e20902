// The layout the client emitters give their per-operation code (codegen/emit/layout.ts), held to
// dprint's. format.ts keeps a declaration that looks laid out without formatting it, so code laid
// out in any way dprint would not leave as it is would be written so: these tests are what lets
// the formatter skip it. First with random names and lengths around the line width, then on the
// client modules of every spec the repository generates from.
import { existsSync, mkdtempSync, readdirSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { syntheticProvider, writeSyntheticSpec } from "../../bench/synthetic/spec.js";
import { emitClientModules, LAID_OUT_MODULES } from "../../codegen/emit/client.js";
import { arrow, type Code, dataLiteral, genericType, interfaceDeclaration, layout, LINE_WIDTH, list, objectLiteral, parameter, propertyKey, typeLiteral } from "../../codegen/emit/layout.js";
import { formatFile } from "../../codegen/format.js";
import { looksLaidOut, splitIntoDeclarations } from "../../codegen/format-pieces.js";
import { loadSpec } from "../../codegen/load.js";
import { buildModel } from "../../codegen/model.js";
import { checkFiles } from "../../codegen/spec-files.js";
import { discoverProviders, type ProviderConfig, providerFromSpec } from "../../codegen/providers.js";
import { acme, fixtureRoot } from "../support/fixture.js";
import { repoRoot } from "../support/spec.js";
import { hostileDir } from "./hostile-support.js";

/** dprint's output for a whole text (formatFile without `laidOut` formats every declaration). */
const dprint = (code: string) => formatFile("layout.ts", code);

// Names from 1 to 60 characters, so that lines land on both sides of the width.
const name = fc.tuple(fc.constantFrom("a", "b", "x", "Q"), fc.string({ unit: fc.constantFrom("a", "B", "c", "1", "_"), maxLength: 59 })).map(([first, rest]) => first + rest);
const typeText = fc.oneof(name, name.map((n) => `${n}["${n.toLowerCase()}"]`), fc.tuple(name, name).map(([a, b]) => `Page<${a}, ${b}>`));
// Keys as specs write them: identifiers, and some that need quotes.
const key = fc.oneof(name, fc.constantFrom("page[number]", "a-b", "123", "ünï", "$ref", "class", "x y"));
const data = fc.dictionary(key, fc.oneof(name, fc.integer({ min: 0, max: 500 }), fc.dictionary(key, name, { maxKeys: 6 })), { maxKeys: 8 });

/** A function as functions.ts.hbs writes one, from laid-out parts. */
function functionText(signature: string, call: string): string {
  return `export function ${signature} {\n  return ${call};\n}\n`;
}

describe("code laid out as dprint lays it out", () => {
  it("gives signatures and runtime calls dprint leaves as they are, within the width (property, seeded)", async () => {
    const seed = 4242;
    console.log(`layout property seed: ${seed}`);
    await fc.assert(
      fc.asyncProperty(name, fc.array(fc.tuple(name, typeText), { maxLength: 6 }), fc.array(typeText, { minLength: 1, maxLength: 2 }), data, fc.array(name, { maxLength: 3 }), async (fn, params, returned, pagination, path) => {
        const returnType = genericType("PagePromise", returned);
        const signature = layout([fn, list("(", params.map(([p, t]) => parameter(p, t)), ")"), ": ", returnType], { column: 16, indent: 0, trailing: 2 });
        const operation = objectLiteral([["method", '"GET"'], ["path", JSON.stringify(`/${path.join("/")}`)], ["pagination", dataLiteral(pagination)]]);
        const input: Code = list("{ ", [["path: ", list("{ ", path.map((p) => `${propertyKey(p.toLowerCase())}: ${p}`), " }")], "query"], " }");
        const call = layout([`request<${returned[0]}>`, list("(", ["client", operation, input, "options"], ")")], { column: 9, indent: 2, trailing: 1 });
        const text = functionText(signature, call);
        expect(await dprint(text)).toBe(text);
        // Every line fits unless one name alone is too long for it (then the formatter has it).
        const longest = Math.max(...[fn, ...params.flat(), ...returned].map((part) => part.length));
        if (longest < 40) for (const line of text.split("\n")) expect(line.length).toBeLessThanOrEqual(LINE_WIDTH);
      }),
      { seed, numRuns: 250 },
    );
  });

  it("gives query and mutation arrows dprint leaves as they are, within the width (property, seeded)", async () => {
    const seed = 4444;
    console.log(`arrow layout property seed: ${seed}`);
    await fc.assert(
      fc.asyncProperty(name, fc.array(fc.tuple(name, typeText), { maxLength: 4 }), fc.array(name, { maxLength: 4 }), async (fn, variables, args) => {
        const param = variables.length === 0 ? [] : [[`{ ${variables.map(([v]) => v).join(", ")} }: `, typeLiteral(variables.map(([v, t]) => `${v}: ${t}`))]];
        const value = arrow(["async ", list("(", param, ")")], [`await ${fn}`, list("(", ["config", ...args], ")")]);
        const laidOut = layout(value, { column: "    mutationFn: ".length, indent: 4, trailing: 1 });
        const text = `export function f() {\n  return {\n    mutationFn: ${laidOut},\n  };\n}\n`;
        expect(await dprint(text)).toBe(text);
      }),
      { seed, numRuns: 250 },
    );
  });

  it("gives the facade's methods dprint leaves as they are, within the width (property, seeded)", async () => {
    const seed = 4545;
    console.log(`method layout property seed: ${seed}`);
    await fc.assert(
      fc.asyncProperty(name, fc.array(fc.tuple(name, typeText), { maxLength: 4 }), fc.array(typeText, { minLength: 1, maxLength: 2 }), fc.integer({ min: 0, max: 4 }), async (method, params, returned, depth) => {
        const indent = 4 + 2 * depth;
        const key = `${" ".repeat(indent)}${method}: `;
        const value = arrow([list("(", params.map(([p, t]) => parameter(p, t)), ")"), ": ", genericType("APIPromise", returned)], [method, list("(", ["config", ...params.map(([p]) => p)], ")")]);
        const line = `${key}${layout(value, { column: key.length, indent, trailing: 1 })},`;
        // The method inside namespaces `depth` deep in the object the factory returns.
        const open = Array.from({ length: depth + 1 }, (_, i) => `${" ".repeat(2 + 2 * i)}${i === 0 ? "return" : `n${i}:`} {`);
        const close = Array.from({ length: depth + 1 }, (_, i) => `${" ".repeat(2 + 2 * (depth - i))}}${depth - i === 0 ? ";" : ","}`);
        const text = ["export function f() {", ...open, line, ...close, "}", ""].join("\n");
        expect(await dprint(text)).toBe(text);
      }),
      { seed, numRuns: 250 },
    );
  });

  it("writes a list on one line exactly when dprint does, at the width and one column past it", async () => {
    for (const width of [LINE_WIDTH - 1, LINE_WIDTH, LINE_WIDTH + 1]) {
      const padding = "x".repeat(width - "export function (a: A, b: B): R {".length);
      const signature = layout([`f${padding.slice(1)}`, list("(", ["a: A", "b: B"], ")"), ": R"], { column: 16, indent: 0, trailing: 2 });
      const text = functionText(signature, "1");
      expect(await dprint(text)).toBe(text);
      expect(signature.includes("\n")).toBe(width > LINE_WIDTH);
    }
  });

  it("writes interface declarations as dprint does, from the same declaration on one line (property, seeded)", async () => {
    const seed = 4343;
    console.log(`interface layout property seed: ${seed}`);
    await fc.assert(
      // Lengths spread evenly over each layout's boundary: the base alone from 40 to 120 characters.
      fc.asyncProperty(name, fc.array(name, { maxLength: 2 }), fc.integer({ min: 14, max: 94 }), async (interfaceName, keys, pad) => {
        const base = `Members<operations[${[...keys, "k".repeat(pad)].map((k) => JSON.stringify(k)).join("][")}]>`;
        const oneLine = `export interface ${interfaceName} extends ${base}, Named {}\n`;
        const laidOut = `${interfaceDeclaration(interfaceName, [base, "Named"])}\n`;
        // Where no layout of it fits, the declaration stays on one line, and the formatter has it.
        if (laidOut.split("\n").some((line) => line.length > LINE_WIDTH)) expect(laidOut).toBe(oneLine);
        else expect(laidOut).toBe(await dprint(oneLine));
      }),
      { seed, numRuns: 250 },
    );
  });

  it("leaves code with characters beyond ASCII to the formatter, which counts an East Asian character as two columns", async () => {
    // 40 such characters are 40 in layout.ts's count and 80 columns in dprint's.
    const operation = objectLiteral([["method", '"GET"'], ["path", JSON.stringify(`/numbers/${"番号".repeat(20)}`)]]);
    const call = layout(["request", list("(", ["client", operation, "{ query }", "options"], ")")], { column: 9, indent: 2, trailing: 1 });
    const emitted = functionText(layout(["f", list("(", [], ")"), ": R"], { column: 16, trailing: 2 }), call);
    expect(emitted).toContain('{ method: "GET", path: "/numbers/番号'); // on one line, by layout.ts's count
    const written = await formatFile("functions.ts", emitted, "functions.ts", { laidOut: true });
    expect(written).toBe(await dprint(emitted));
    expect(written).not.toBe(emitted);
  });

  it("quotes a property name only where dprint keeps the quotes", async () => {
    const names = ["address_id", "a-b", "1a", "123", "ünï", "$x", "_x", "class", "constructor", "page[size]", "é1", "x y", ""];
    const literal = `const keys = {\n${names.map((n) => `  ${propertyKey(n)}: 1,`).join("\n")}\n};\n`;
    expect(await dprint(literal)).toBe(literal);
  });
});

/** Every provider whose client modules the repository builds, with the spec entry to model. */
function providersToCheck(): Array<{ provider: ProviderConfig; entry: string; label: string; large?: boolean }> {
  const ours = discoverProviders(repoRoot).map((provider) => ({ provider, entry: path.join(repoRoot, provider.entry), label: provider.id, large: true }));
  const foreign = ["petstore-3.0.yaml", "warehouse-3.0.json", "events-3.1.yaml", "member-names-3.1.yaml"].map((file) => {
    const entry = path.join(repoRoot, "test/fixtures/foreign", file);
    const provider = providerFromSpec(entry, repoRoot);
    return { provider, entry, label: provider.id };
  });
  // The hostile cases that generate (the others are refused before anything is emitted), as Vonage's spec, as their tests run them.
  const vonage = ours.find((c) => c.provider.id === "vonage")!.provider;
  const hostile = readdirSync(hostileDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(hostileDir, entry.name, "openapi.yaml")))
    .map((entry) => ({ provider: vonage, entry: path.join(hostileDir, entry.name, "openapi.yaml"), label: `hostile/${entry.name}` }))
    .filter((c) => !checkFiles(c.entry).stop);
  const synthetic = mkdtempSync(path.join(os.tmpdir(), "layout-synthetic-"));
  writeSyntheticSpec({ root: synthetic, seed: 11, products: 3, resourcesPerProduct: 3 });
  // The webhook-signature code in client.ts is written in the template as laid out for any name: Telnyx under a short and a long one.
  const telnyx = ours.find((c) => c.provider.id === "telnyx")!;
  const renamed = ["T", "TelnyxProvisioningAndNumberingServicesAPI"].map((name) => ({
    provider: { ...telnyx.provider, name, factory: `create${name}Client` },
    entry: telnyx.entry,
    label: `telnyx named ${name}`,
    large: false,
  }));
  return [
    ...ours,
    ...renamed,
    { provider: acme, entry: path.resolve(fixtureRoot, acme.entry), label: "acme" },
    ...foreign,
    ...hostile,
    { provider: syntheticProvider, entry: path.join(synthetic, syntheticProvider.entry), label: "synthetic", large: true },
  ];
}

describe("the generated client modules", () => {
  const cases = providersToCheck();

  it("covers our specs, the fixtures and a synthetic spec", () => {
    expect(cases.map((c) => c.label)).toEqual(expect.arrayContaining(["telnyx", "vonage", "acme", "petstore-3-0", "synthetic", "hostile/reserved-word-parameters"]));
  });

  for (const { provider, entry, label, large = false } of cases) {
    it(`${label}: what the formatter keeps as laid out is dprint's output (for our specs and the synthetic one, most of each module)`, async () => {
      const model = await loadSpec(entry).then((spec) => buildModel(spec, { deriveNames: provider.lint === "standard" }));
      const modules = emitClientModules(model, provider, "spec.yaml").filter(([file]) => LAID_OUT_MODULES.has(file));
      expect(modules.length).toBeGreaterThan(0);
      for (const [file, code] of modules) {
        // The declarations the formatter keeps, one after the other: dprint formats them into themselves.
        const kept = splitIntoDeclarations(code)
          .filter((declaration) => looksLaidOut(declaration, LINE_WIDTH))
          .map((declaration) => declaration.replace(/\n*$/, "\n"))
          .join("\n");
        expect(await dprint(kept), `${label} ${file}`).toBe(kept);
        // What the laid-out emitters are for: the formatter has little left to do on a large spec.
        if (large) expect(kept.length, `${label} ${file}`).toBeGreaterThan(code.length * 0.8);
      }
    });
  }
});
