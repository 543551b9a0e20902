// What users read must name sources as they know them ("Telnyx's API reference", "Telnyx's
// published OpenAPI spec", "Vonage's 10DLC reference"), never by the internal names of our
// curation material (the seeds, the upstream digest, the skill, the seed inventory). This test
// reads every user-facing generated text (guides, README, JSDoc, the bundled spec's prose) and
// lists each slip as file:line and the phrase.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot } from "./support/spec.js";

interface Slip {
  where: string;
  phrase: string;
}

/**
 * Internal source names, each with what it must not be confused with:
 * - seed/seeds/seed's as a word, but not a random seed: `--seed 42`, `MOCK_SEED`, "seeded", "seed: 7";
 * - upstream as a source, but not the wire names upstream_cnp_id/upstreamCnpId or the telecom
 *   term "upstream connectivity partner";
 * - digest, "the skill", and the seed inventory file.
 */
const INTERNAL_NAMES: RegExp[] = [
  /(?<![\w-])seeds?(?:['’]s)?(?![\w'’])(?!\s*[:=]?\s*\d)/gi,
  /\bupstream(?:['’]s)?\b(?!\s+connectivity\s+partner)/gi,
  /\bdigests?\b/gi,
  /\b(?:the|a|this|our)\s+skills?\b|\bskill['’]s\b/gi,
  /seed[-_ ]inventory/gi,
];

/** Every internal source name in one line of prose. */
export function internalNames(line: string): string[] {
  const found = INTERNAL_NAMES.flatMap((pattern) => [...line.matchAll(pattern)].map((match) => match[0]));
  return [...new Set(found)];
}

/** Comment text of a TypeScript file (JSDoc and line comments), line by line with line numbers. */
function commentLines(source: string): Array<{ line: number; text: string }> {
  const lines: Array<{ line: number; text: string }> = [];
  for (const match of source.matchAll(/\/\*[\s\S]*?\*\/|\/\/[^\n]*/g)) {
    const first = source.slice(0, match.index).split("\n").length;
    match[0].split("\n").forEach((text, offset) => lines.push({ line: first + offset, text }));
  }
  return lines;
}

function slipsIn(file: string, lines: Array<{ line: number; text: string }>): Slip[] {
  const relative = path.relative(repoRoot, file);
  return lines.flatMap(({ line, text }) => internalNames(text).map((phrase) => ({ where: `${relative}:${line}`, phrase })));
}

function proseLines(file: string): Array<{ line: number; text: string }> {
  return readFileSync(file, "utf8")
    .split("\n")
    .map((text, index) => ({ line: index + 1, text }));
}

/** The generated provider folders (generated/telnyx, generated/vonage, ...), not the shared runtime. */
function providerFolders(): string[] {
  const generated = path.join(repoRoot, "generated");
  return readdirSync(generated, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name !== "runtime")
    .map((entry) => path.join(generated, entry.name));
}

/** The prose of a bundled spec: its description, summary and title strings (one per line in the JSON). */
function specProseLines(file: string): Array<{ line: number; text: string }> {
  return proseLines(file).filter(({ text }) => /^\s*"(?:description|summary|title)":/.test(text));
}

/** Every user-facing text: the guides, the README, the comments of the generated code, the bundled spec. */
function userFacingTexts(): Array<{ file: string; lines: Array<{ line: number; text: string }> }> {
  const texts = [{ file: path.join(repoRoot, "README.md"), lines: proseLines(path.join(repoRoot, "README.md")) }];
  for (const folder of providerFolders()) {
    const docs = path.join(folder, "docs");
    for (const name of readdirSync(docs).filter((n) => n.endsWith(".md"))) {
      texts.push({ file: path.join(docs, name), lines: proseLines(path.join(docs, name)) });
    }
    for (const name of ["types.ts", "client.ts"]) {
      const file = path.join(folder, name);
      texts.push({ file, lines: commentLines(readFileSync(file, "utf8")) });
    }
    const bundled = path.join(folder, "openapi.json");
    texts.push({ file: bundled, lines: specProseLines(bundled) });
  }
  return texts;
}

describe("the internal-name matcher", () => {
  it.each([
    ["Legal form of the brand (the seed calls it an object).", "seed"],
    ["The seeds tell clients to honour Retry-After.", "seeds"],
    ["Samples are not the seed's `sample_messages` list.", "seed's"],
    ["The seed lists four required fields.", "seed"],
    ["Seeds disagree with the spec here.", "Seeds"],
    ["upstream declares no format.", "upstream"],
    ["Upstream's enum also lists null.", "Upstream's"],
    ["as the upstream spec declares", "upstream"],
    ["see the upstream digest", "upstream"],
    ["the facts digest says so", "digest"],
    ["The skill names the event differently.", "The skill"],
    ["under the skill's event name", "the skill"],
    ["listed in seed-inventory.md", "seed-inventory"],
  ])("catches %j", (sentence, phrase) => {
    expect(internalNames(sentence)).toContain(phrase);
  });

  it.each([
    "Start the mock with `npm run mock -- --seed 42`.",
    "Faults are seeded, so runs repeat.",
    "Set MOCK_SEED to repeat a run.",
    "The property test prints seed: 1234 on failure.",
    "Upstream connectivity partner ID; GET /enum lists them under `cnp`.",
    "`upstream_cnp_id` and `upstreamCnpId` name the connectivity partner.",
    "Telnyx's API reference calls it a UUID; its published OpenAPI spec declares no format.",
    "Vonage's 10DLC reference lists eleven values.",
    "Skills-based routing and seedless numbers are unrelated words.",
  ])("leaves %j alone", (sentence) => {
    expect(internalNames(sentence)).toEqual([]);
  });

  it("finds the slip in the comments of generated code and reports its line", () => {
    const source = 'export type A = string;\n/**\n * Brand ID (the seed calls it a UUID).\n */\nexport type B = number; // "seed" in code is not prose\n';
    const lines = commentLines(source);
    expect(lines.find((l) => l.text.includes("the seed calls"))?.line).toBe(3);
    // Code outside comments is not read, the line comment after it is.
    expect(lines.some((l) => l.text.includes("export type A"))).toBe(false);
    expect(slipsIn(path.join(repoRoot, "x.ts"), lines).map((s) => s.where)).toEqual(["x.ts:3", "x.ts:5"]);
  });
});

describe("user-facing generated text", () => {
  const texts = userFacingTexts();

  it("reads the guides, the README and the JSDoc of every generated client", () => {
    const files = texts.map((t) => path.relative(repoRoot, t.file));
    expect(files).toContain("README.md");
    expect(files).toContain(path.join("generated", "telnyx", "docs", "10dlc.md"));
    expect(files).toContain(path.join("generated", "vonage", "types.ts"));
    expect(files).toContain(path.join("generated", "telnyx", "client.ts"));
    expect(files).toContain(path.join("generated", "vonage", "openapi.json"));
    for (const text of texts) expect(text.lines.length, path.relative(repoRoot, text.file)).toBeGreaterThan(0);
  });

  it("never names our curation sources by an internal name", () => {
    const slips = texts.flatMap((text) => slipsIn(text.file, text.lines));
    expect(slips.map((slip) => `${slip.where}: "${slip.phrase}"`)).toEqual([]);
  });
});
