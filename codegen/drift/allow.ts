// The drift allowlist (specs/<provider>/drift-allow.yaml): the differences from the provider's
// published spec that we keep on purpose, each with its reason. An entry names a drift id, our
// operation as the report prints it and, optionally, the place inside it:
//
//   - id: request-required-differs
//     operation: POST /number_orders
//     location: body.phone_numbers
//     reason: optional here so an order can be placed by search criteria alone.
//
// An entry without a reason, with an unknown id or key, or a file that is not a list is a
// usage error with file:line:col.
import { readFileSync } from "node:fs";
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from "yaml";
import { SpecError, type SpecProblem } from "../spec-error.js";
import { isDriftId } from "./checks.js";
import type { Drift } from "./drift.js";

export interface AllowEntry {
  id: string;
  operation: string;
  location?: string;
  reason: string;
  /** file:line:col of the entry, for the note on entries that matched nothing. */
  where: string;
}

export interface Allowed extends Drift {
  reason: string;
}

const KEYS = ["id", "operation", "location", "reason"];
const RULE = "drift/allow-file";

export function readAllowFile(file: string, display = file): AllowEntry[] {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    throw new SpecError([{ file: display, rule: RULE, message: `cannot read the allowlist: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` }]);
  }
  return parseAllowFile(text, display);
}

export function parseAllowFile(text: string, file: string): AllowEntry[] {
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
  if (doc.contents === null) return [];
  if (!isSeq(doc.contents)) {
    at(doc.contents, "the allowlist must be a list of entries (id, operation, location, reason)");
    throw new SpecError(problems);
  }
  const entries = doc.contents.items.map((item, index) => readEntry(item as Node, `entry ${index + 1}`, at, lines, file));
  if (problems.length > 0) throw new SpecError(problems);
  return entries.filter((entry): entry is AllowEntry => entry !== undefined);
}

function readEntry(item: Node, name: string, at: (node: Node | null | undefined, message: string) => void, lines: LineCounter, file: string): AllowEntry | undefined {
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
  const has = (key: string) => item.items.some((p) => isScalar(p.key) && p.key.value === key);
  if (!has("reason")) at(item, `${name} has no reason; say why we differ from the published spec`);
  if (!has("id")) at(item, `${name} has no id (a drift id, e.g. request-required-differs)`);
  if (!has("operation")) at(item, `${name} has no operation (ours, as the report prints it, e.g. "POST /number_orders")`);
  if (values.id && !isDriftId(values.id)) at(item.items.find((p) => isScalar(p.key) && p.key.value === "id")!.value as Node, `${name}: unknown drift id "${values.id}" (copy it from the drift report, e.g. request-required-differs)`);
  const position = lines.linePos(item.range?.[0] ?? 0);
  return { id: values.id!, operation: values.operation!, location: values.location, reason: values.reason!, where: `${file}:${position.line}:${position.col}` };
}

/** Splits differences into those that count and those an entry allows; also returns the entries that matched nothing. */
export function applyAllowlist(differences: Drift[], entries: AllowEntry[]): { kept: Drift[]; allowed: Allowed[]; unused: AllowEntry[] } {
  const kept: Drift[] = [];
  const allowed: Allowed[] = [];
  const used = new Set<AllowEntry>();
  for (const difference of differences) {
    const entry = entries.find((e) => e.id === difference.id && e.operation === difference.operation && (e.location === undefined || e.location === difference.at));
    if (!entry) {
      kept.push(difference);
      continue;
    }
    used.add(entry);
    allowed.push({ ...difference, reason: entry.reason });
  }
  return { kept, allowed, unused: entries.filter((e) => !used.has(e)) };
}
