// The spec-file checks read most files with a fast line scanner (codegen/spec-files-scan.ts)
// instead of the full YAML AST. These tests hold the scanner to the AST: on the places where a
// shortcut could misread YAML, on our real specs, and on seeded random (and randomly broken) texts,
// the scanner either says it cannot read a file (which then goes to the AST) or finds exactly what
// the AST finds, so every finding keeps its rule, message, file, line and column.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { writeSyntheticSpec } from "../../bench/synthetic/spec.js";
import { LineIndex } from "../../codegen/line-index.js";
import type { SpecProblem } from "../../codegen/spec-error.js";
import { readFactsFromAst } from "../../codegen/spec-files-ast.js";
import type { FileFacts } from "../../codegen/spec-files-facts.js";
import { scanJson } from "../../codegen/spec-files-json.js";
import { scanBlockYaml } from "../../codegen/spec-files-scan.js";
import { checkSpecFiles } from "../../codegen/spec-files.js";

/** The facts as plain data, to compare the two readers. */
function comparable(facts: FileFacts) {
  return {
    refs: facts.refs.map((site) => [site.offset, site.ref]),
    components: [...facts.components].map(([name, site]) => [name, site.place.offset, site.aliasOf?.offset ?? null, site.aliasOf?.ref ?? null]),
    aliases: facts.aliases.map((place) => place.offset),
  };
}

/** The scanner's facts, or undefined where it leaves the file to the AST. */
function scanned(text: string) {
  const result = scanBlockYaml("spec.yaml", text);
  return "facts" in result ? comparable(result.facts) : undefined;
}

/** The JSON scanner's facts, or undefined where it leaves the file to the AST. */
function scanJsonFacts(text: string) {
  const result = scanJson("spec.yaml", text, new LineIndex(text));
  return "facts" in result ? comparable(result.facts) : undefined;
}

function fromAst(text: string) {
  return comparable(readFactsFromAst("spec.yaml", text));
}

/** A spec folder with these files; the entry is openapi.yaml. */
function specFolder(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), "spec-files-"));
  const folder = path.join(root, "spec");
  mkdirSync(folder);
  writeFileSync(path.join(root, "outside.yaml"), "secret: do not read\n");
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(folder, name), text);
  return path.join(folder, "openapi.yaml");
}

/** `file:line:col rule` of each finding, with the line and column of `at` in that file's text. */
function where(problems: SpecProblem[]): string[] {
  return problems.map((p) => `${path.basename(p.file)}:${p.line}:${p.column} ${p.rule}`);
}

function placeOf(text: string, at: string): string {
  const offset = text.indexOf(at);
  expect(offset).toBeGreaterThanOrEqual(0);
  const before = text.slice(0, offset).split("\n");
  return `${before.length}:${before.at(-1)!.length + 1}`;
}

const HEAD = "openapi: 3.1.0\ninfo:\n  title: T\n  version: '1'\n";

describe("places where reading YAML line by line could go wrong", () => {
  const cases: Array<{ name: string; text: string; scans: boolean; findings: Array<{ at: string; rule: string }> }> = [
    {
      name: "a $ref in a flow mapping, and one in a flow sequence of mappings",
      text: `${HEAD}paths:\n  /a:\n    get:\n      responses:\n        '200': { $ref: '../outside.yaml' }\n      parameters: [{ in: query }, { $ref: "http://x/p" }, [a, b]]\n`,
      scans: true,
      findings: [
        { at: "'../outside.yaml'", rule: "ref-outside-spec" },
        { at: '"http://x/p"', rule: "ref-outside-spec" },
      ],
    },
    {
      name: "flow mappings as components: aliases and a cycle",
      text: `${HEAD}paths: {}\ncomponents: { schemas: { Alpha: { $ref: '#/components/schemas/Beta' }, Beta: { $ref: '#/components/schemas/Alpha', description: x } } }\n`,
      scans: true,
      findings: [],
    },
    {
      name: "a flow mapping over several lines, which the scanner leaves to the AST",
      text: `${HEAD}paths:\n  /a: { get: {},\n    $ref: '../outside.yaml' }\n`,
      scans: false,
      findings: [{ at: "'../outside.yaml'", rule: "ref-outside-spec" }],
    },
    {
      name: "a quoted $ref key",
      text: `${HEAD}paths:\n  /a:\n    get:\n      responses:\n        '200':\n          '$ref': ../outside.yaml\n        '404':\n          "$ref": "../outside.yaml#/x"\n`,
      scans: true,
      findings: [
        { at: "../outside.yaml\n", rule: "ref-outside-spec" },
        { at: '"../outside.yaml#/x"', rule: "ref-outside-spec" },
      ],
    },
    {
      name: "a block scalar that contains the text `$ref: ../x.yaml`",
      text: `${HEAD}  description: |\n    Do not write\n      $ref: ../outside.yaml\n    in a description.\n  summary: >-\n    $ref: ../outside.yaml\npaths: {}\n`,
      scans: true,
      findings: [],
    },
    {
      name: "an anchor and an alias only inside strings",
      text: `${HEAD}  description: AT&T and *bold* text, &amp; more\n  summary: '*not an alias*'\npaths: {}\n`,
      scans: true,
      findings: [],
    },
    {
      name: "a plain scalar over several lines that mentions $ref",
      text: `${HEAD}  description: a long text\n    $ref ../outside.yaml is only words\n    here\npaths: {}\n`,
      scans: true,
      findings: [],
    },
    {
      name: "a comment that looks like a $ref, and a $ref after a comment",
      text: `${HEAD}paths:\n  # $ref: ../outside.yaml\n  /a:\n    $ref: ../outside.yaml # a comment\n`,
      scans: true,
      findings: [{ at: "../outside.yaml #", rule: "ref-outside-spec" }],
    },
    {
      name: "a $ref that YAML reads as a number, and one that is null",
      text: `${HEAD}paths:\n  /a:\n    $ref: 0x1f\n  /b:\n    $ref: ~\n  /c:\n    $ref: ../outside.yaml\n`,
      scans: true,
      findings: [{ at: "../outside.yaml", rule: "ref-outside-spec" }],
    },
    {
      name: "a sequence at the same column as its key, then more keys",
      text: `${HEAD}tags:\n- name: a\n  x: 1\n- name: b\ncomponents:\n  examples:\n    E:\n      externalValue: 'http://169.254.169.254/latest/'\n`,
      scans: true,
      findings: [{ at: "'http://169.254.169.254/latest/'", rule: "ref-outside-spec" }],
    },
    {
      name: "a prototype-named component and an alias cycle",
      text: `${HEAD}paths: {}\ncomponents:\n  schemas:\n    constructor:\n      type: string\n    Alpha:\n      $ref: '#/components/schemas/Beta'\n    Beta:\n      $ref: "#/components/schemas/Alpha"\n    Gamma:\n      $ref: '#/components/schemas/Alpha'\n      description: not only an alias\n`,
      scans: true,
      findings: [
        { at: "constructor:", rule: "toolkit/component-names" },
        { at: "'#/components/schemas/Beta'", rule: "toolkit/alias-cycle" },
      ],
    },
    {
      name: "a YAML alias, which the scanner leaves to the AST",
      text: `${HEAD}x-a: &a ../outside.yaml\npaths:\n  /a:\n    $ref: *a\n`,
      scans: false,
      findings: [],
    },
  ];

  for (const { name, text, scans, findings } of cases) {
    it(`${name}: ${findings.length === 0 ? "no finding" : findings.map((f) => f.rule).join(", ")}, at the right line and column`, () => {
      expect(scanned(text) !== undefined).toBe(scans);
      if (scans) expect(scanned(text)).toEqual(fromAst(text));
      const entry = specFolder({ "openapi.yaml": text });
      expect(where(checkSpecFiles(entry))).toEqual(findings.map((f) => `openapi.yaml:${placeOf(text, f.at)} ${f.rule}`));
    });
  }

  it("nesting deeper than Redocly reads (a line of 100,000 dashes) is left to the AST, without a crash", () => {
    const deep = `${HEAD}x:\n${"- ".repeat(100_000)}$ref: ../outside.yaml\n`;
    expect(scanned(deep)).toBeUndefined();
    const shallow = `${HEAD}x:\n${"- ".repeat(50)}$ref: ../outside.yaml\n`;
    expect(scanned(shallow)).toEqual(fromAst(shallow));
    expect(scanned(shallow)!.refs).toHaveLength(1);
    const entry = specFolder({ "openapi.yaml": deep });
    expect(() => checkSpecFiles(entry)).not.toThrow();
  });

  it("the same component in two files: reported in the second file read, naming the first", () => {
    const entry = specFolder({
      "openapi.yaml": `${HEAD}paths:\n  /a:\n    $ref: ./b.yaml#/paths/~1a\n  /c:\n    $ref: ./c.yaml#/x\ncomponents:\n  schemas:\n    Thing:\n      type: string\n`,
      "b.yaml": "paths:\n  /a:\n    get:\n      responses: {}\ncomponents:\n  schemas:\n    Other:\n      type: string\n    Thing:\n      type: number\n",
      "c.yaml": "x:\n  $ref: '../../outside.yaml'\n",
    });
    const problems = checkSpecFiles(entry);
    expect(where(problems)).toEqual(["c.yaml:2:9 ref-outside-spec", "b.yaml:9:5 toolkit/unique-components"]);
    expect(problems[1]!.message).toMatch(/components\/schemas\/Thing is also defined at \S*openapi\.yaml:12:5;/);
    expect(problems.map((p) => p.message).join("\n")).not.toContain("do not read");
  });
});

describe("our specs are read by the scanner, with the AST's facts", () => {
  function filesOf(entry: string): string[] {
    const files = new Set([path.resolve(entry)]);
    for (const file of files) {
      const facts = readFactsFromAst(file, readFileSync(file, "utf8"));
      for (const site of facts.refs) {
        const target = site.ref.split("#")[0]!;
        if (target !== "") files.add(path.resolve(path.dirname(file), target));
      }
    }
    return [...files];
  }

  const synthetic = mkdtempSync(path.join(tmpdir(), "spec-files-synthetic-"));
  writeSyntheticSpec({ root: synthetic, seed: 1313, products: 3, resourcesPerProduct: 3 });
  const entries = ["specs/telnyx/openapi.yaml", "specs/vonage/openapi.yaml", path.join(synthetic, "specs/synthetic/openapi.yaml")];
  for (const entry of entries) {
    it(`${path.basename(path.dirname(entry))}: every file scans, and the facts equal the AST's`, () => {
      const files = filesOf(entry);
      expect(files.length).toBeGreaterThan(1);
      for (const file of files) {
        const text = readFileSync(file, "utf8");
        const result = scanBlockYaml(file, text);
        expect("unsupported" in result ? `${file}: ${result.unsupported}` : "scanned").toBe("scanned");
        const facts = scanned(text)!;
        expect(facts).toEqual(fromAst(text));
      }
    });
  }
});

// Random documents in the shapes the scanner reads, with now and then one it must refuse.
const KEYS = ["$ref", "'$ref'", '"$ref"', "externalValue", "components", "schemas", "examples", "Alpha", "Beta", "constructor", "'a key'", "200", "a:b", "-d", "description", "'it''s'"];
const ODD_KEYS = ["0x1f", "~", "x #y", "? q", "[k]", '"e\\"s"', "&k key", "*k", "a: b"];
const SCALARS = [
  "./b.yaml#/components/schemas/Alpha",
  "'#/components/schemas/Alpha'",
  '"#/components/schemas/Beta"',
  "../outside.yaml",
  "http://example.com/x",
  "12",
  "0x1f",
  "~",
  "null",
  "true",
  ".inf",
  "AT&T *bold* text",
  "value # comment",
  "a #c: d",
  "'it''s'",
  "[]",
  "{}",
  "[a, b]",
  "{ $ref: '../outside.yaml' }",
  "{ $ref: \"#/components/schemas/Alpha\" }",
  "{ $ref: '#/components/schemas/Beta', a: 1 }",
  "[{ $ref: ./b.yaml }, [], { a: [1, 'x'] }]",
  "{ 'q': \"v\", x: [a:b, 12, ~], y: {} }",
  "{ externalValue: http://example.com/x }",
  "|\n  $ref: ../outside.yaml\n",
  "|-\n\n    text\n    more",
  ">+\n  folded\n\n  more\n",
  "first line\n  second line\n  $ref no",
  "first line\n  - not an item",
  "-1",
  ":x",
  "",
];
const ODD_SCALARS = [
  '"a\\"b"',
  "'open",
  '"two\n  lines"',
  "[a: b]",
  "[a, b,]",
  "{ a }",
  "{a:b}",
  '{"a":b}',
  "[-]",
  "[a #c]",
  "[a, b]: c",
  "{ a: b: c }",
  "[ 'x' y ]",
  "[*a, &b c]",
  "{ ? a : b }",
  "&anchor x",
  "*anchor",
  "!!str 12",
  "|2\n   x",
  "|-\n    text\n  less",
  "first line\n  $ref: no",
  "first # c\n  more",
  "key: nested",
  "- item",
  "@reserved",
  "`code`",
];

/** Mostly shapes the scanner reads; one in ten it must refuse (so whole documents are often read). */
function mostly(common: string[], odd: string[]): fc.Arbitrary<string> {
  return fc.oneof({ weight: 9, arbitrary: fc.constantFrom(...common) }, { weight: 1, arbitrary: fc.constantFrom(...odd) });
}
const key = mostly(KEYS, ODD_KEYS);
const scalar = mostly(SCALARS, ODD_SCALARS);

type Tree = { map: Array<[string, Tree]> } | { seq: Tree[] } | { scalar: string };

const tree: fc.Arbitrary<Tree> = fc.letrec<{ node: Tree }>((tie) => ({
  node: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    scalar.map((scalar): Tree => ({ scalar })),
    fc.array(fc.tuple(key, tie("node")), { minLength: 1, maxLength: 4 }).map((map): Tree => ({ map })),
    fc.array(tie("node"), { minLength: 1, maxLength: 3 }).map((seq): Tree => ({ seq })),
  ),
})).node;

/** A document with a components section, so component names and aliases are exercised too. */
const documentTree = fc
  .tuple(
    fc.array(fc.tuple(key, tree), { maxLength: 3 }),
    fc.array(fc.tuple(fc.constantFrom("schemas", "examples", "constructor"), fc.array(fc.tuple(key, tree), { minLength: 1, maxLength: 3 })), { maxLength: 2 }),
    fc.array(fc.nat(), { minLength: 8, maxLength: 8 }),
  )
  .map(([entries, kinds, choices]) => ({
    tree: { map: [...entries, ["components", { map: kinds.map(([kind, names]) => [kind, { map: names }] as [string, Tree]) }]] } as Tree,
    choices,
  }));

/** Renders a tree as block YAML; `choices` vary the layout (indent steps, aligned sequences, comments). */
function render(node: Tree, indent: number, choices: number[], out: string[] = []): string[] {
  const pad = " ".repeat(indent);
  const step = 2 + (choices[indent % choices.length]! % 2) * 2;
  if ("scalar" in node) return out;
  if ("map" in node) {
    node.map.forEach(([key, value], i) => {
      if (choices[(indent + i) % choices.length]! % 7 === 0) out.push(`${pad}# a comment`, "");
      if ("scalar" in value) {
        const [first, ...rest] = value.scalar.split("\n");
        out.push(`${pad}${key}:${first === "" ? "" : ` ${first}`}`, ...rest.map((line) => (line === "" ? "" : `${pad}${line}`)));
      } else {
        out.push(`${pad}${key}:`);
        const aligned = "seq" in value && choices[(indent + i + 1) % choices.length]! % 3 === 0;
        render(value, aligned ? indent : indent + step, choices, out);
      }
    });
    return out;
  }
  for (const item of node.seq) {
    if ("scalar" in item) {
      const [first, ...rest] = item.scalar.split("\n");
      out.push(`${pad}-${first === "" ? "" : ` ${first}`}`, ...rest.map((line) => (line === "" ? "" : `${pad}${line}`)));
    } else {
      const inner: string[] = [];
      render(item, indent + 2, choices, inner);
      out.push(`${pad}- ${inner[0]!.trimStart()}`, ...inner.slice(1));
    }
  }
  return out;
}

/** Random edits that break or bend a document: a character inserted or removed, a line re-indented. */
const edits = fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom("insert", "delete", "indent", "dedent"), fc.constantFrom(..." \t\r#:-'\"&*|>[]{}\n?!x")), { maxLength: 3 });

function edit(text: string, changes: Array<[number, string, string]>): string {
  let result = text;
  for (const [where, kind, char] of changes) {
    const at = Math.floor(where * result.length);
    const lineStart = result.lastIndexOf("\n", at - 1) + 1;
    if (kind === "insert") result = result.slice(0, at) + char + result.slice(at);
    else if (kind === "delete") result = result.slice(0, at) + result.slice(at + 1);
    else if (kind === "indent") result = `${result.slice(0, lineStart)} ${result.slice(lineStart)}`;
    else if (result[lineStart] === " ") result = result.slice(0, lineStart) + result.slice(lineStart + 1);
  }
  return result;
}

describe("the scanner agrees with the AST on random texts (property, seeded)", () => {
  const seed = Number(process.env.SPEC_FILES_SEED ?? 20261202);
  console.log(`spec-files scanner property seed ${seed} (replay: SPEC_FILES_SEED=${seed} npx vitest run test/generator/spec-files.test.ts)`);

  it("documents in block style: scanned ones have the AST's facts, and many are scanned", () => {
    let scannedCount = 0;
    let withFacts = 0;
    fc.assert(
      fc.property(documentTree, ({ tree: document, choices }) => {
        const text = `${render(document, 0, choices).join("\n")}\n`;
        const facts = scanned(text);
        if (facts === undefined) return;
        scannedCount++;
        if (facts.refs.length + facts.components.length > 0) withFacts++;
        expect(facts, text).toEqual(fromAst(text));
      }),
      { seed, numRuns: 600 },
    );
    // The property says nothing if the scanner refuses everything: most shapes must go through it.
    expect(scannedCount).toBeGreaterThan(60);
    expect(withFacts).toBeGreaterThan(30);
  });

  it("randomly broken documents: scanned ones still have the AST's facts", () => {
    let scannedCount = 0;
    fc.assert(
      fc.property(documentTree, edits, ({ tree: document, choices }, changes) => {
        const text = edit(`${render(document, 0, choices).join("\n")}\n`, changes);
        const facts = scanned(text);
        if (facts === undefined) return;
        scannedCount++;
        expect(facts, JSON.stringify(text)).toEqual(fromAst(text));
      }),
      { seed: seed + 1, numRuns: 1500 },
    );
    expect(scannedCount).toBeGreaterThan(100);
  });
});

describe("JSON files are read without a YAML parser, with the AST's facts", () => {
  const spec = {
    openapi: "3.1.0",
    info: { title: "T", version: "1" },
    paths: { "/a": { $ref: "../outside.json" }, "/b": { get: { responses: { "200": { $ref: "#/components/responses/Ok" } } } } },
    components: { responses: { Ok: { description: "ok" } }, schemas: { Alpha: { $ref: "#/components/schemas/Beta" }, Beta: { $ref: "#/components/schemas/Alpha" }, constructor: { type: "string" } } },
  };

  it("a JSON spec: every finding at its line and column, as from YAML", () => {
    const text = JSON.stringify(spec, null, 2);
    expect(scanned(text)).toBeUndefined(); // JSON is not block YAML
    const facts = scanJsonFacts(text)!;
    expect(facts).toEqual(fromAst(text));
    const entry = specFolder({ "openapi.yaml": text });
    expect(where(checkSpecFiles(entry))).toEqual([
      `openapi.yaml:${placeOf(text, '"../outside.json"')} ref-outside-spec`,
      `openapi.yaml:${placeOf(text, '"constructor"')} toolkit/component-names`,
      `openapi.yaml:${placeOf(text, '"#/components/schemas/Beta"')} toolkit/alias-cycle`,
    ]);
  });

  it("escaped keys and values are decoded, duplicate keys are both seen", () => {
    const text = '{"paths": {"/a": {"\\u0024ref": "..\\/outside.json", "$ref": "#/x", "$ref": "../outside.json"}}}';
    const facts = scanJsonFacts(text)!;
    expect(facts.refs.map(([, ref]) => ref)).toEqual(["../outside.json", "#/x", "../outside.json"]);
    expect(facts).toEqual(fromAst(text));
  });

  it("text that is not valid JSON, or nested deeper than Redocly reads, is left to the AST", () => {
    expect(scanJsonFacts('{"a": [1, 2,], "$ref": "../outside.json"}')).toBeUndefined();
    expect(scanJsonFacts('{"a"\n: 1}')).toBeUndefined();
    const deep = `${'{"a": '.repeat(5000)}{"$ref": "../outside.json"}${"}".repeat(5000)}`;
    expect(scanJsonFacts(deep)).toBeUndefined();
    const entry = specFolder({ "openapi.yaml": deep });
    expect(() => checkSpecFiles(entry)).not.toThrow();
  });

  it("random JSON, pretty or not, with tabs or line breaks, and randomly broken: scanned ones have the AST's facts", () => {
    const seed = Number(process.env.SPEC_FILES_SEED ?? 20261202) + 2;
    const keys = ["$ref", "\\u0024ref", "externalValue", "components", "schemas", "Alpha", "constructor", "a b", "é", "\\n", ""];
    type Json = { scalar: unknown } | { array: Json[] } | { object: Array<[string, Json]> };
    const json: fc.Arbitrary<Json> = fc.letrec<{ value: Json }>((tie) => ({
      value: fc.oneof(
        { depthSize: "small", withCrossShrink: true },
        fc.constantFrom("../outside.json", "#/components/schemas/Alpha", 'x"y', 12, -0.5e3, true, null).map((scalar): Json => ({ scalar })),
        fc.array(tie("value"), { maxLength: 3 }).map((array): Json => ({ array })),
        fc.array(fc.tuple(fc.constantFrom(...keys), tie("value")), { maxLength: 4 }).map((object): Json => ({ object })),
      ),
    })).value;
    /** JSON text by hand, so keys may repeat and stay escaped as written. */
    function write(value: Json, indent: string, depth: number): string {
      const pad = indent === "" ? "" : `\n${indent.repeat(depth + 1)}`;
      const end = indent === "" ? "" : `\n${indent.repeat(depth)}`;
      if ("scalar" in value) return JSON.stringify(value.scalar);
      if ("object" in value) return `{${value.object.map(([key, inner]) => `${pad}"${key}": ${write(inner, indent, depth + 1)}`).join(",")}${end}}`;
      return `[${value.array.map((inner) => `${pad}${write(inner, indent, depth + 1)}`).join(",")}${end}]`;
    }
    let scannedCount = 0;
    fc.assert(
      fc.property(json, fc.constantFrom("", "  ", "\t", " \r"), fc.boolean(), edits, fc.boolean(), (value, indent, crlf, changes, broken) => {
        const document: Json = { object: [["components", { object: [["schemas", { object: [["Alpha", value]] }]] }], ["paths", value]] };
        const lines = write(document, indent, 0);
        const written = crlf ? lines.replaceAll("\n", "\r\n") : lines;
        const text = broken ? edit(written, changes) : written;
        const facts = scanJsonFacts(text);
        if (facts === undefined) return;
        scannedCount++;
        expect(facts, JSON.stringify(text)).toEqual(fromAst(text));
      }),
      { seed, numRuns: 1500 },
    );
    expect(scannedCount).toBeGreaterThan(500);
  });
});

describe("how much YAML aliases expand", () => {
  it("lets a spec reuse a value through a few aliases", () => {
    const shared = "  shared: &shared\n    type: object\n    properties:\n      id: { type: string }\n      name: { type: string }\n";
    const text = `${HEAD}x-shared:\n${shared}paths: {}\ncomponents:\n  schemas:\n${["A", "B", "C", "D"].map((n) => `    ${n}: *shared\n`).join("")}`;
    expect(readFactsFromAst("spec.yaml", text).aliasExpansion?.nodes).toBeLessThan(100);
    expect(checkSpecFiles(specFolder({ "openapi.yaml": text }))).toEqual([]);
  });

  it("refuses aliases that double at every level, at the alias that adds the most, though they are few", () => {
    const levels = ["  d1: &d1 [x, x]", ...Array.from({ length: 24 }, (_, i) => `  d${i + 2}: &d${i + 2} [*d${i + 1}, *d${i + 1}]`)];
    const text = `${HEAD}x-bomb:\n${levels.join("\n")}\npaths: {}\n`;
    const problems = checkSpecFiles(specFolder({ "openapi.yaml": text }));
    expect(where(problems)).toEqual([`openapi.yaml:${placeOf(text, "*d24, *d24]")} yaml-aliases`]);
    expect(problems[0]!.message).toMatch(/add [\d,]+ values once expanded \(at most 100,000\)/);
  });

  it("refuses an alias inside the value it names, which never ends once expanded", () => {
    const text = `${HEAD}x-loop: &loop\n  again: *loop\npaths: {}\n`;
    const problems = checkSpecFiles(specFolder({ "openapi.yaml": text }));
    expect(problems.map((p) => [p.rule, p.message.includes("unboundedly many")])).toEqual([["yaml-aliases", true]]);
  });
});
