// The ignore file (.diffignore.yaml): accepted changes that should not fail CI. Each entry names
// a check id and the subject it applies to (as the report prints it: "GET /numbers", "webhook
// brandUpdated", a client method), optionally the location inside it, and must say why:
//
//   - id: response-property-became-optional
//     operation: GET /numbers
//     location: response 200.data[].label
//     reason: label was never sent for ported numbers; clients already treat it as optional.
//
// Anything else (no reason, an unknown id or key, not a list) is a usage error with file:line:col
// (the list format is codegen/reasoned-list.ts, shared with drift's allowlist).
import { isCheckId } from "./checks.js";
import type { Change } from "./spec-diff.js";
import { applyReasonedList, parseReasonedList, readReasonedList, type ListKind, type ReasonedEntry } from "../reasoned-list.js";

export type IgnoreEntry = ReasonedEntry;

const IGNORE_FILE: ListKind = {
  rule: "diff/ignore-file",
  name: "the ignore file",
  isKnownId: isCheckId,
  noReason: "say why this change is accepted",
  noId: "a check id from generated/diff-checks.md",
  noOperation: 'the subject as the report prints it, e.g. "GET /numbers"',
  unknownId: (id) => `unknown check id "${id}"`,
};

export function readIgnoreFile(file: string, display = file): IgnoreEntry[] {
  return readReasonedList(file, IGNORE_FILE, display);
}

export function parseIgnoreFile(text: string, file: string): IgnoreEntry[] {
  return parseReasonedList(text, file, IGNORE_FILE);
}

export interface Ignored extends Change {
  reason: string;
}

/** Splits changes into those that count and those an entry accepts; also returns the entries that matched nothing. */
export function applyIgnores(changes: Change[], entries: IgnoreEntry[]): { kept: Change[]; ignored: Ignored[]; unused: IgnoreEntry[] } {
  const { kept, accepted, unused } = applyReasonedList(changes, entries, (change) => ({ id: change.id, operation: change.subject, at: change.at }));
  return { kept, ignored: accepted, unused };
}
