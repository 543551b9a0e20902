// A YAML list of accepted findings, each naming a check id, the subject it applies to and, as an
// option, the place inside it, and each saying why: the differ's ignore file and drift's
// allowlist are both this shape. An entry without a reason, with an unknown id or key, or a file
// that is not a list is a usage error with file:line:col; nothing is accepted silently.
import { readFileSync } from "node:fs";
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from "yaml";
import { SpecError, type SpecProblem } from "./spec-error.js";

export interface ReasonedEntry {
  id: string;
  operation: string;
  location?: string;
  reason: string;
  /** file:line:col of the entry, for the note on entries that matched nothing. */
  where: string;
}

/** What differs between the lists: their rule name, what they are called, and their hints. */
export interface ListKind {
  rule: string;
  /** "the ignore file", "the allowlist". */
  name: string;
  isKnownId(id: string): boolean;
  noReason: string;
  noId: string;
  noOperation: string;
  unknownId(id: string): string;
}

const KEYS = ["id", "operation", "location", "reason"];

export function readReasonedList(file: string, kind: ListKind, display = file): ReasonedEntry[] {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    throw new SpecError([{ file: display, rule: kind.rule, message: `cannot read ${kind.name}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` }]);
  }
  return parseReasonedList(text, display, kind);
}

export function parseReasonedList(text: string, file: string, kind: ListKind): ReasonedEntry[] {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const problems: SpecProblem[] = [];
  const at = (node: Node | null | undefined, message: string) => {
    const position = lines.linePos(node?.range?.[0] ?? 0);
    problems.push({ file, line: position.line, column: position.col, rule: kind.rule, message });
  };
  for (const error of doc.errors) {
    const position = lines.linePos(error.pos[0]);
    problems.push({ file, line: position.line, column: position.col, rule: kind.rule, message: error.message.split("\n")[0]! });
  }
  if (problems.length > 0) throw new SpecError(problems);
  if (doc.contents === null) return [];
  if (!isSeq(doc.contents)) {
    at(doc.contents, `${kind.name} must be a list of entries (id, operation, location, reason)`);
    throw new SpecError(problems);
  }
  const entries = doc.contents.items.map((item, index) => readEntry(item as Node, `entry ${index + 1}`, { at, lines, file, kind }));
  if (problems.length > 0) throw new SpecError(problems);
  return entries.filter((entry): entry is ReasonedEntry => entry !== undefined);
}

interface EntryContext {
  at: (node: Node | null | undefined, message: string) => void;
  lines: LineCounter;
  file: string;
  kind: ListKind;
}

function readEntry(item: Node, name: string, { at, lines, file, kind }: EntryContext): ReasonedEntry | undefined {
  if (!isMap(item)) {
    at(item, `${name} must be a mapping with id, operation and reason`);
    return undefined;
  }
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
  const pairOf = (key: string) => item.items.find((p) => isScalar(p.key) && p.key.value === key);
  if (!pairOf("reason")) at(item, `${name} has no reason; ${kind.noReason}`);
  if (!pairOf("id")) at(item, `${name} has no id (${kind.noId})`);
  if (!pairOf("operation")) at(item, `${name} has no operation (${kind.noOperation})`);
  if (values.id && !kind.isKnownId(values.id)) at(pairOf("id")!.value as Node, `${name}: ${kind.unknownId(values.id)}`);
  const position = lines.linePos(item.range?.[0] ?? 0);
  return { id: values.id!, operation: values.operation!, location: values.location, reason: values.reason!, where: `${file}:${position.line}:${position.col}` };
}

/**
 * Splits findings into those that count and those an entry accepts (with the entry's reason);
 * also returns the entries that matched nothing.
 */
export function applyReasonedList<T>(
  findings: T[],
  entries: ReasonedEntry[],
  subjectOf: (finding: T) => { id: string; operation: string; at: string },
): { kept: T[]; accepted: Array<T & { reason: string }>; unused: ReasonedEntry[] } {
  const kept: T[] = [];
  const accepted: Array<T & { reason: string }> = [];
  const used = new Set<ReasonedEntry>();
  for (const finding of findings) {
    const { id, operation, at } = subjectOf(finding);
    const entry = entries.find((e) => e.id === id && e.operation === operation && (e.location === undefined || e.location === at));
    if (!entry) {
      kept.push(finding);
      continue;
    }
    used.add(entry);
    accepted.push({ ...finding, reason: entry.reason });
  }
  return { kept, accepted, unused: entries.filter((e) => !used.has(e)) };
}
