// Stored state is data, never object machinery. Request bodies, fixtures and Prism's answers are
// copied into null-prototype objects before the engine keeps them, so a key such as `__proto__`,
// `constructor` or `toString` is an ordinary field name: it cannot replace a prototype, and no
// inherited member makes `key in object` true for a field the object does not have.

export type Json = Record<string, unknown>;

/** A plain JSON object: not null, not an array, not a class instance (Buffer, Date, Blob...). */
export function isPlainObject(value: unknown): value is Json {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === null || prototype === Object.prototype;
}

/** A deep copy of a JSON value in which every object has a null prototype. */
export function toData<T>(value: T): T {
  if (Array.isArray(value)) return value.map((item) => toData(item)) as T;
  if (!isPlainObject(value)) return value;
  const copy: Json = Object.create(null);
  for (const key of Object.keys(value)) setOwn(copy, key, toData(value[key]));
  return copy as T;
}

/** Sets an own data property, whatever the key (a plain `obj[key] = v` with `__proto__` would not). */
export function setOwn(object: Json, key: string, value: unknown): void {
  Object.defineProperty(object, key, { value, writable: true, enumerable: true, configurable: true });
}

/** The value of an own property only; inherited members read as absent. */
export function ownValue(object: unknown, key: string): unknown {
  return typeof object === "object" && object !== null && Object.hasOwn(object, key) ? (object as Json)[key] : undefined;
}

/** Text of a scalar (string, finite number, boolean); undefined for anything else, so no object is ever stringified. */
export function scalarText(value: unknown): string | undefined {
  if (typeof value === "string") return value;
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : undefined;
  if (typeof value === "boolean") return String(value);
  return undefined;
}

/** Keys that name object machinery rather than data; fixtures containing them are refused. */
export const PROTOTYPE_KEYS: ReadonlySet<string> = new Set(["__proto__", "constructor", "prototype"]);

/** The dot path of the first `__proto__` key inside a JSON value, if any. */
export function findProtoKey(value: unknown, at = ""): string | undefined {
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = findProtoKey(item, `${at}[${index}]`);
      if (found) return found;
    }
    return undefined;
  }
  if (typeof value !== "object" || value === null) return undefined;
  for (const key of Object.keys(value)) {
    const path = at ? `${at}.${key}` : key;
    if (key === "__proto__") return path;
    const found = findProtoKey((value as Json)[key], path);
    if (found) return found;
  }
  return undefined;
}
