// Dot-path access into JSON values ("status.value", "_embedded.brands"). Paths come from resource
// definitions and the spec's x-pagination, but are still treated as data: reads follow own
// properties only and writes create own properties, so a `__proto__` or `constructor` segment can
// neither read nor change a prototype.
import { ownValue, setOwn, type Json } from "./data.js";

export function getPath(value: unknown, path: string): unknown {
  return path.split(".").reduce<unknown>((node, key) => ownValue(node, key), value);
}

export function setPath(value: Json, path: string, next: unknown): void {
  const keys = path.split(".");
  let node = value;
  for (const key of keys.slice(0, -1)) {
    const child = ownValue(node, key);
    if (typeof child === "object" && child !== null && !Array.isArray(child)) {
      node = child as Json;
    } else {
      const fresh: Json = Object.create(null);
      setOwn(node, key, fresh);
      node = fresh;
    }
  }
  setOwn(node, keys[keys.length - 1]!, next);
}

/** Removes the field at `path` if it is there (own properties only). */
export function deletePath(value: Json, path: string): void {
  const keys = path.split(".");
  const parent = keys.length === 1 ? value : getPath(value, keys.slice(0, -1).join("."));
  const last = keys[keys.length - 1]!;
  if (typeof parent === "object" && parent !== null && Object.hasOwn(parent, last)) delete (parent as Json)[last];
}
