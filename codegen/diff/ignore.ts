// The ignore file (.diffignore.yaml): accepted changes that should not fail CI. Each entry names
// a check id and the subject it applies to (as the report prints it: "GET /numbers", "webhook
// brandUpdated", a client method), optionally the location inside it, and must say why:
//
//   - id: response-property-became-optional
//     operation: GET /numbers
//     location: response 200.data[].label
//     reason: label was never sent for ported numbers; clients already treat it as optional.
//
// Anything else (no reason, an unknown id or key, not a list) is a usage error with file:line:col.
import { readFileSync } from "node:fs";
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from "yaml";
import { isCheckId } from "./checks.js";
import type { Change } from "./spec-diff.js";
import { SpecError, type SpecProblem } from "../spec-error.js";

export interface IgnoreEntry {
  id: string;
  operation: string;
  location?: string;
  reason: string;
  /** file:line:col of the entry, for the note on entries that matched nothing. */
  where: string;
}

const KEYS = ["id", "operation", "location", "reason"];
const RULE = "diff/ignore-file";

export function readIgnoreFile(file: string, display = file): IgnoreEntry[] {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    throw new SpecError([{ file: display, rule: RULE, message: `cannot read the ignore file: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` }]);
  }
  return parseIgnoreFile(text, display);
}

export function parseIgnoreFile(text: string, file: string): IgnoreEntry[] {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const problems: SpecProblem[] = [];
  const at = (node: Node | null | undefined, message: string) => {
    const position = lines.linePos(node?.range?.[0] ?? 0);
    problems.push({ file, line: position.line, column: position.col, rule: RULE, message });
  };
  for (const error of doc.errors) {
    const position = lines.linePos(error.pos[0]);
    problems.push({ file, line: position.line, column: position.col, rule: RULE, message: error.message.split("\n")[0]! });
  }
  if (problems.length > 0) throw new SpecError(problems);
  const entries: IgnoreEntry[] = [];
  if (doc.contents === null) return entries;
  if (!isSeq(doc.contents)) {
    at(doc.contents, "the ignore file must be a list of entries (id, operation, location, reason)");
    throw new SpecError(problems);
  }
  doc.contents.items.forEach((item, index) => {
    const name = `entry ${index + 1}`;
    if (!isMap(item)) return at(item as Node, `${name} must be a mapping with id, operation and reason`);
    const values: Record<string, string> = {};
    for (const pair of item.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : "";
      if (!KEYS.includes(key)) {
        at(pair.key as Node, `${name}: unknown key "${key}" (allowed: ${KEYS.join(", ")})`);
        continue;
      }
      if (!isScalar(pair.value) || typeof pair.value.value !== "string" || pair.value.value.trim() === "") {
        at((pair.value ?? pair.key) as Node, `${name}: ${key} must be a non-empty string`);
        continue;
      }
      values[key] = pair.value.value.trim();
    }
    const has = (key: string) => item.items.some((p) => isScalar(p.key) && p.key.value === key);
    if (!has("reason")) at(item, `${name} has no reason; say why this change is accepted`);
    if (!has("id")) at(item, `${name} has no id (a check id from generated/diff-checks.md)`);
    if (!has("operation")) at(item, `${name} has no operation (the subject as the report prints it, e.g. "GET /numbers")`);
    if (values.id && !isCheckId(values.id)) at(item.items.find((p) => isScalar(p.key) && p.key.value === "id")!.value as Node, `${name}: unknown check id "${values.id}"`);
    const position = lines.linePos(item.range?.[0] ?? 0);
    entries.push({ id: values.id!, operation: values.operation!, location: values.location, reason: values.reason!, where: `${file}:${position.line}:${position.col}` });
  });
  if (problems.length > 0) throw new SpecError(problems);
  return entries;
}

export function matches(entry: IgnoreEntry, change: Change): boolean {
  return entry.id === change.id && entry.operation === change.subject && (entry.location === undefined || entry.location === change.at);
}

export interface Ignored extends Change {
  reason: string;
}

/** Splits changes into those that count and those an entry accepts; also returns the entries that matched nothing. */
export function applyIgnores(changes: Change[], entries: IgnoreEntry[]): { kept: Change[]; ignored: Ignored[]; unused: IgnoreEntry[] } {
  const kept: Change[] = [];
  const ignored: Ignored[] = [];
  const used = new Set<IgnoreEntry>();
  for (const change of changes) {
    const entry = entries.find((e) => matches(e, change));
    if (!entry) {
      kept.push(change);
      continue;
    }
    used.add(entry);
    ignored.push({ ...change, reason: entry.reason });
  }
  return { kept, ignored, unused: entries.filter((e) => !used.has(e)) };
}
