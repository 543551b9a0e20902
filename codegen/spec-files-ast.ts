// The exact reader of a spec file's facts: the `yaml` package's full document AST, with positions.
// It reads any YAML (flow collections, anchors and aliases, tags, escapes, broken files), at about
// ten times the cost of the line scanner (spec-files-scan.ts), which hands every file it cannot
// prove it reads correctly to this one.
import { type Document, isAlias, isMap, isPair, isScalar, isSeq, parseDocument, type Node } from "yaml";
import { emptyFacts, type FileFacts, type Place, type RefSite } from "./spec-files-facts.js";
import { LineIndex } from "./line-index.js";

export function readFactsFromAst(file: string, text: string, index = new LineIndex(text)): FileFacts {
  const facts: FileFacts = emptyFacts(file, index);
  // Syntax errors are left to Redocly, which reports them with their place; walk what parses.
  const document = parseDocument(text, { uniqueKeys: false, strict: false });
  walk(document.contents, facts, []);
  if (facts.aliases.length > 0) facts.aliasExpansion = aliasExpansion(document, file);
  return facts;
}

/**
 * The nodes aliases add once expanded. A few aliases of aliases (`&b [*a, *a]`, `&c [*b, *b]`, …)
 * double the data at each step: 58 aliases in 29 steps make half a billion nodes, which Redocly
 * walks one by one. Sizes are computed once per anchored node, so this costs one pass; an alias
 * inside what it names (a recursive structure) counts as unbounded.
 */
function aliasExpansion(document: Document, file: string): { nodes: number; largest: Place } {
  const sizes = new Map<Node, number>();
  const inProgress = new Set<Node>();
  let largest = { nodes: -1, offset: 0 };
  let added = 0;
  const sizeOf = (node: unknown): number => {
    if (isAlias(node)) {
      const target = node.resolve(document) as Node | undefined;
      const size = target ? expandedSize(target) : 1;
      added += size - 1;
      if (size > largest.nodes) largest = { nodes: size, offset: node.range?.[0] ?? 0 };
      return size;
    }
    if (isSeq(node)) return node.items.reduce<number>((sum, item) => sum + sizeOf(item), 1);
    if (isMap(node)) return node.items.reduce<number>((sum, pair) => sum + (isPair(pair) ? sizeOf(pair.key) + sizeOf(pair.value) : 1), 1);
    return 1;
  };
  // The size of an anchored node as data, without counting it into `added` again.
  const expandedSize = (node: Node): number => {
    const known = sizes.get(node);
    if (known !== undefined) return known;
    if (inProgress.has(node)) return Number.POSITIVE_INFINITY;
    inProgress.add(node);
    const before = added;
    const size = sizeOf(node);
    added = before;
    inProgress.delete(node);
    sizes.set(node, size);
    return size;
  };
  sizeOf(document.contents);
  // Infinity for a recursive structure.
  return { nodes: added, largest: { file, offset: largest.offset } };
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
