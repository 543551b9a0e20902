// The exact reader of a spec file's facts: the `yaml` package's full document AST, with positions.
// It reads any YAML (flow collections, anchors and aliases, tags, escapes, broken files), at about
// ten times the cost of the line scanner (spec-files-scan.ts), which hands every file it cannot
// prove it reads correctly to this one.
import { isAlias, isMap, isPair, isScalar, isSeq, parseDocument, type Node } from "yaml";
import type { FileFacts, RefSite } from "./spec-files-facts.js";
import { LineIndex } from "./line-index.js";

export function readFactsFromAst(file: string, text: string, index = new LineIndex(text)): FileFacts {
  const facts: FileFacts = { file, index, refs: [], components: new Map(), aliases: [] };
  // Syntax errors are left to Redocly, which reports them with their place; walk what parses.
  const document = parseDocument(text, { uniqueKeys: false, strict: false });
  walk(document.contents, facts, []);
  return facts;
}

function walk(node: unknown, facts: FileFacts, keys: string[]): void {
  if (isAlias(node)) {
    facts.aliases.push({ file: facts.file, offset: node.range?.[0] ?? 0 });
    return;
  }
  if (isSeq(node)) {
    node.items.forEach((item, i) => walk(item, facts, [...keys, String(i)]));
    return;
  }
  if (!isMap(node)) return;
  for (const pair of node.items) {
    if (!isPair(pair) || !isScalar(pair.key)) continue;
    const key = String(pair.key.value);
    const keyPlace = { file: facts.file, offset: pair.key.range?.[0] ?? 0 };
    // Redocly follows an example's externalValue like a $ref (and fetches URLs): same checks.
    if ((key === "$ref" || key === "externalValue") && isScalar(pair.value) && typeof pair.value.value === "string") {
      facts.refs.push({ file: facts.file, offset: (pair.value as Node).range?.[0] ?? keyPlace.offset, ref: pair.value.value });
    }
    const at = [...keys, key];
    if (at.length === 3 && at[0] === "components") {
      facts.components.set(`${at[1]}/${at[2]}`, { place: keyPlace, aliasOf: onlyRef(pair.value, facts) });
    }
    walk(pair.value, facts, at);
  }
}

/** The `$ref` of a map that holds nothing else (a pure alias), if it is one. */
function onlyRef(node: unknown, facts: FileFacts): RefSite | undefined {
  if (!isMap(node) || node.items.length !== 1) return undefined;
  const pair = node.items[0]!;
  if (!isPair(pair) || !isScalar(pair.key) || pair.key.value !== "$ref" || !isScalar(pair.value)) return undefined;
  return typeof pair.value.value === "string"
    ? { file: facts.file, offset: (pair.value as Node).range?.[0] ?? 0, ref: pair.value.value }
    : undefined;
}
