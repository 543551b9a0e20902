// What a change means for the generated client: its method names, signatures and exported types
// (the model's operationSignature, which the client emitters print, so the names are the emitted
// ones) and the pagination helper a method returns.
import { operationSignature, type OperationModel } from "../model.js";
import type { Emit } from "./spec-diff.js";

/** Compares the client surface of one operation present on both sides (same route, or moved). */
export function diffClientOperation(a: OperationModel, b: OperationModel, emit: Emit): void {
  const viewA = operationSignature(a);
  const viewB = operationSignature(b);
  // Types are named <typeBase><Suffix>; compare suffixes so a rename is not also "types removed".
  const suffixes = (names: string[], base: string) => new Map(names.map((n) => [n.slice(base.length), n]));
  const typesA = suffixes(viewA.types.map((t) => t.name), a.typeBase);
  const typesB = suffixes(viewB.types.map((t) => t.name), b.typeBase);
  if (a.sdkName !== b.sdkName) {
    const renamed = [...typesA].filter(([suffix]) => typesB.has(suffix)).map(([suffix, name]) => `${name} → ${typesB.get(suffix)}`);
    emit("client-method-renamed", "", `method ${a.sdkName} renamed to ${b.sdkName}${renamed.length ? `; exported types renamed: ${renamed.join(", ")}` : ""}`);
  }
  for (const [suffix, name] of typesA) if (!typesB.has(suffix)) emit("client-type-removed", "", `exported type ${name} removed`);
  for (const [suffix, name] of typesB) if (!typesA.has(suffix)) emit("client-type-added", "", `exported type ${name} added`);

  const signatureA = renameTypes(`(${viewA.parameters}): ${viewA.resultType}`, a.typeBase, b.typeBase);
  const signatureB = `(${viewB.parameters}): ${viewB.resultType}`;
  if (signatureA !== signatureB) emit("client-signature-changed", "", `signature ${signatureA} → ${signatureB}`);
  diffPagination(paginationOf(a), paginationOf(b), emit);
}

function paginationOf(op: OperationModel): Record<string, string> | undefined {
  const value: unknown = op.pagination;
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, string>) : undefined;
}

function renameTypes(text: string, from: string, to: string): string {
  return from === to ? text : text.replace(new RegExp(`\\b${from}(?=[A-Z])`, "g"), to);
}

type Pagination = Record<string, string> | undefined;

/** x-pagination.style ("page" or "cursor"); older specs without it are told by their fields. */
function styleOf(p: Record<string, string>): string {
  if (p.style) return p.style;
  if (p.cursorParam) return "cursor";
  return "page";
}

function diffPagination(a: Pagination, b: Pagination, emit: Emit): void {
  if (!a && !b) return;
  if (!a && b) return emit("pagination-added", "x-pagination", `now paginated (${styleOf(b)})`);
  if (a && !b) return emit("pagination-removed", "x-pagination", `no longer paginated (was ${styleOf(a)})`);
  if (styleOf(a!) !== styleOf(b!)) return emit("pagination-style-changed", "x-pagination", `pagination ${styleOf(a!)} → ${styleOf(b!)}`);
  const fields = [...new Set([...Object.keys(a!), ...Object.keys(b!)])].sort().filter((k) => a![k] !== b![k]);
  if (fields.length > 0) emit("pagination-changed", "x-pagination", fields.map((k) => `${k} ${a![k] ?? "(none)"} → ${b![k] ?? "(none)"}`).join(", "));
}
