// Numeric parameters (query, path, header) of an operation, and the first whose value is a
// number no double can hold. Prism's validator coerces "1e309" to Infinity, which passes its
// integer check (Infinity % 1 is NaN, not non-zero), so the mock checks these itself.
import type { IHttpOperation } from "@stoplight/types";

export type ParameterPlace = "query" | "path" | "header";

interface NumericParameter {
  where: ParameterPlace;
  name: string;
}

const byOperation = new WeakMap<IHttpOperation, NumericParameter[]>();

function isNumericSchema(schema: unknown): boolean {
  const type = (schema as { type?: unknown } | undefined)?.type;
  const types = Array.isArray(type) ? type : [type];
  return types.includes("integer") || types.includes("number");
}

export function numericParametersOf(operation: IHttpOperation): NumericParameter[] {
  let found = byOperation.get(operation);
  if (found) return found;
  const request = operation.request;
  const places: Array<[ParameterPlace, Array<{ name: string; schema?: unknown }> | undefined]> = [
    ["query", request?.query],
    ["path", request?.path],
    ["header", request?.headers],
  ];
  found = places.flatMap(([where, params]) => (params ?? []).filter((p) => isNumericSchema(p.schema)).map((p) => ({ where, name: p.name })));
  byOperation.set(operation, found);
  return found;
}

// What Number() would read as a (possibly overflowing) decimal number.
const DECIMAL = /^\s*[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?\s*$/i;

function isNonFinite(value: string | string[] | undefined): boolean {
  if (value === undefined) return false;
  const values = Array.isArray(value) ? value : value.split(",");
  return values.some((v) => DECIMAL.test(v) && !Number.isFinite(Number(v)));
}

/** The first numeric parameter whose value overflows to ±Infinity, if any. */
export function findNonFiniteParameter(
  operation: IHttpOperation,
  values: { query: Record<string, string | string[]>; path: Record<string, string>; header: Record<string, string> },
): NumericParameter | undefined {
  for (const parameter of numericParametersOf(operation)) {
    const source = values[parameter.where] as Record<string, string | string[]>;
    const value = Object.hasOwn(source, parameter.name) ? source[parameter.name] : parameter.where === "header" ? source[parameter.name.toLowerCase()] : undefined;
    if (isNonFinite(value)) return parameter;
  }
  return undefined;
}
