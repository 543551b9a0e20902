// JSON request bodies. JSON.parse keeps "__proto__", "constructor" and the like as own data
// properties (and the pipeline never copies bodies with Object.assign or spread into plain
// objects, which would turn them into prototype changes). JSON also lets a client write numbers
// no double can hold: 1e309 parses to Infinity, which no schema means and must be refused.

export type ParsedJson = { ok: true; value: unknown } | { ok: false; message: string };

export function parseJsonBody(text: string): ParsedJson {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    return { ok: false, message: (error as Error).message };
  }
}

// Only a number with a three-digit exponent or 309+ digits can overflow to ±Infinity; bodies
// without one (nearly all) skip the walk.
const MAY_OVERFLOW = /\d[eE][+]?\d{3}|\d{309}/;

export interface NonFinite {
  /** JSON pointer of the value, e.g. "/range" or "/numbers/0". */
  pointer: string;
  /** The same location for a sentence: "range", "numbers.0". */
  name: string;
}

/** The first value that parsed to a non-finite number, if any. */
export function findNonFinite(value: unknown, text: string): NonFinite | undefined {
  if (!MAY_OVERFLOW.test(text)) return undefined;
  const stack: Array<{ value: unknown; path: string[] }> = [{ value, path: [] }];
  while (stack.length > 0) {
    const { value: current, path } = stack.pop()!;
    if (typeof current === "number") {
      if (!Number.isFinite(current)) return { pointer: `/${path.map(escapePointer).join("/")}`, name: path.join(".") || "the body" };
    } else if (Array.isArray(current)) {
      for (let i = current.length - 1; i >= 0; i--) stack.push({ value: current[i], path: [...path, String(i)] });
    } else if (current !== null && typeof current === "object") {
      const keys = Object.keys(current);
      for (let i = keys.length - 1; i >= 0; i--) stack.push({ value: (current as Record<string, unknown>)[keys[i]!], path: [...path, keys[i]!] });
    }
  }
  return undefined;
}

function escapePointer(segment: string): string {
  return segment.replaceAll("~", "~0").replaceAll("/", "~1");
}
