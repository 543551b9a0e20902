// How a request's values enter a stored object. The engine has no schemas: Prism checked the
// request against the request schema, but the answer must match the response schema, and the
// two differ (a request lists phone numbers as strings where the answer has objects; a request
// `null` means "leave it" where the answer needs a string). So a sent value replaces the stored
// (or example) value only where it has the same shape: the same JSON kind (a scalar may fill a
// null), and for strings the same recognisable format (uuid, date-time, date, email, URI, E.164)
// when the stored one has one.
// Objects merge field by field over the fields the stored object has; arrays take the sent items
// when each fits the shape of the stored array's first item.
import { isPlainObject, setOwn, toData, type Json } from "./data.js";

const FORMATS: Array<[name: string, pattern: RegExp]> = [
  ["uuid", /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i],
  ["date-time", /^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:?\d\d)$/],
  ["date", /^\d{4}-\d\d-\d\d$/],
  ["email", /^[^@\s]+@[^@\s]+\.[^@\s]+$/],
  ["uri", /^[a-z][a-z0-9+.-]*:\/\/\S+$/i],
  ["e164", /^\+[1-9]\d{1,14}$/],
];

function formatOf(text: string): string | undefined {
  return FORMATS.find(([, pattern]) => pattern.test(text))?.[0];
}

function kindOf(value: unknown): string {
  return value === null ? "null" : Array.isArray(value) ? "array" : typeof value;
}

/**
 * The value to store when `sent` arrives for a field currently holding `current`, or undefined
 * to keep `current`. Never returns a value of another shape than `current`.
 */
export function mergeValue(current: unknown, sent: unknown): unknown {
  // A null field is one not set yet (a nullable string, say): a scalar may fill it.
  if (current === null && ["string", "number", "boolean"].includes(typeof sent)) return typeof sent === "number" && !Number.isFinite(sent) ? undefined : sent;
  if (kindOf(current) !== kindOf(sent)) return undefined;
  if (typeof sent === "number") return Number.isFinite(sent) ? sent : undefined;
  if (typeof sent === "string") {
    const format = formatOf(current as string);
    return format === undefined || formatOf(sent) === format ? sent : undefined;
  }
  if (Array.isArray(sent)) {
    const model = (current as unknown[])[0];
    // An empty example says nothing about its items' shape: keep it rather than guess.
    if (model === undefined) return undefined;
    const items: unknown[] = [];
    for (const item of sent) {
      const next = mergeValue(model, item);
      if (next === undefined && kindOf(item) !== kindOf(model)) return undefined;
      items.push(next === undefined ? toData(model) : next);
    }
    return items;
  }
  if (isPlainObject(sent)) return mergeObject(current as Json, sent);
  return sent; // boolean or null, same kind
}

/** A copy of `current` with the fields of `sent` it has merged in (see mergeValue). */
export function mergeObject(current: Json, sent: Json): Json {
  const result = toData(current);
  mergeInto(result, sent);
  return result;
}

/** Merges the own fields of `sent` into `target` in place, for the fields `target` has. */
export function mergeInto(target: Json, sent: Json, skip: ReadonlySet<string> = new Set()): void {
  for (const key of Object.keys(sent)) {
    if (skip.has(key) || !Object.hasOwn(target, key)) continue;
    const next = mergeValue(target[key], sent[key]);
    if (next !== undefined) setOwn(target, key, toData(next));
  }
}
