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
// usage error with file:line:col (the list format is codegen/reasoned-list.ts, shared with the
// differ's ignore file).
import { applyReasonedList, readReasonedList, parseReasonedList, type ListKind, type ReasonedEntry } from "../reasoned-list.js";
import { isDriftId } from "./checks.js";
import type { Drift } from "./drift.js";

export type AllowEntry = ReasonedEntry;

export interface Allowed extends Drift {
  reason: string;
}

const ALLOWLIST: ListKind = {
  rule: "drift/allow-file",
  name: "the allowlist",
  isKnownId: isDriftId,
  noReason: "say why we differ from the published spec",
  noId: "a drift id, e.g. request-required-differs",
  noOperation: 'ours, as the report prints it, e.g. "POST /number_orders"',
  unknownId: (id) => `unknown drift id "${id}" (copy it from the drift report, e.g. request-required-differs)`,
};

export function readAllowFile(file: string, display = file): AllowEntry[] {
  return readReasonedList(file, ALLOWLIST, display);
}

export function parseAllowFile(text: string, file: string): AllowEntry[] {
  return parseReasonedList(text, file, ALLOWLIST);
}

/** Splits differences into those that count and those an entry allows; also returns the entries that matched nothing. */
export function applyAllowlist(differences: Drift[], entries: AllowEntry[]): { kept: Drift[]; allowed: Allowed[]; unused: AllowEntry[] } {
  const { kept, accepted, unused } = applyReasonedList(differences, entries, (d) => ({ id: d.id, operation: d.operation, at: d.at }));
  return { kept, allowed: accepted, unused };
}
