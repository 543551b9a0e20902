// What a change means for the generated client: its method names, signatures and exported types
// (derived with the client emitter's own describeOperation, so the names are the emitted ones)
// and the pagination helper a method returns.
import { describeOperation } from "../emit/client.js";
import type { OperationModel } from "../model.js";
import type { Emit } from "./spec-diff.js";

/** Compares the client surface of one operation present on both sides (same route, or moved). */
export function diffClientOperation(a: OperationModel, b: OperationModel, emit: Emit): void {
  const viewA = describeOperation(forEmitter(a));
  const viewB = describeOperation(forEmitter(b));
  // Types are named <typeBase><Suffix>; compare suffixes so a rename is not also "types removed".
  const suffixes = (names: string[], base: string) => new Map(names.map((n) => [n.slice(base.length), n]));
  const typesA = suffixes(viewA.typeViews.map((t) => t.name), a.typeBase);
  const typesB = suffixes(viewB.typeViews.map((t) => t.name), b.typeBase);
  if (a.sdkName !== b.sdkName) {
    const renamed = [...typesA].filter(([suffix]) => typesB.has(suffix)).map(([suffix, name]) => `${name} → ${typesB.get(suffix)}`);
    emit("client-method-renamed", "", `method ${a.sdkName} renamed to ${b.sdkName}${renamed.length ? `; exported types renamed: ${renamed.join(", ")}` : ""}`);
  }
  for (const [suffix, name] of typesA) if (!typesB.has(suffix)) emit("client-type-removed", "", `exported type ${name} removed`);
  for (const [suffix, name] of typesB) if (!typesA.has(suffix)) emit("client-type-added", "", `exported type ${name} added`);

  const signatureA = renameTypes(`(${viewA.method.signature}): ${viewA.method.resultType}`, a.typeBase, b.typeBase);
  const signatureB = `(${viewB.method.signature}): ${viewB.method.resultType}`;
  if (signatureA !== signatureB) emit("client-signature-changed", "", `signature ${signatureA} → ${signatureB}`);
  diffPagination(paginationOf(a), paginationOf(b), emit);
}

/**
 * The differ reads specs it does not lint (old commits, work in progress), so an x-pagination the
 * generator would refuse must not crash the emitter's helper: without a string `items` there is
 * no item type to name.
 */
function forEmitter(op: OperationModel): OperationModel {
  return typeof paginationOf(op)?.items === "string" ? op : { ...op, pagination: undefined };
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
