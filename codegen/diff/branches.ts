// Pairs the branches of a oneOf/anyOf across two versions by what they are, not where they sit:
// first identical content, then the discriminator value, then the $ref name, then the title, then
// the exact shape (type, property names, required set), and last the closest shape. Reordering branches is then no
// change, and a branch added beside others still lets the differ compare the ones that stayed.
import type { JSONSchema } from "./schema-types.js";

export interface Branch {
  schema: JSONSchema;
  /** How reports name it: "type=sms", "SmsMessage", or "#2" (its position) when nothing better exists. */
  label: string;
}

type Resolve = (schema: JSONSchema | undefined) => JSONSchema;
type Discriminator = JSONSchema["discriminator"];

/** Identical content, discriminator value, $ref name, title, exact shape. */
const KEY_LEVELS = 5;

interface Candidate {
  branch: Branch;
  keys: Array<string | undefined>;
  properties: Set<string>;
  type: string | undefined;
}

export function pairBranches(
  base: JSONSchema[],
  head: JSONSchema[],
  discriminatorA: Discriminator,
  discriminatorB: Discriminator,
  resolveA: Resolve,
  resolveB: Resolve,
): { pairs: Array<[Branch, Branch]>; removed: Branch[]; added: Branch[] } {
  const left = base.map((schema, i) => candidate(schema, i, discriminatorA, resolveA));
  const right = head.map((schema, i) => candidate(schema, i, discriminatorB, resolveB));
  const pairs: Array<[Branch, Branch]> = [];
  const take = (a: Candidate, b: Candidate) => {
    pairs.push([a.branch, b.branch]);
    left.splice(left.indexOf(a), 1);
    right.splice(right.indexOf(b), 1);
  };
  for (let level = 0; level < KEY_LEVELS; level++) {
    for (const a of [...left]) {
      const key = a.keys[level];
      const b = key === undefined ? undefined : right.find((r) => r.keys[level] === key);
      if (b) take(a, b);
    }
  }
  // What is left: pair the closest shapes, so an edited branch is compared rather than swapped.
  for (const a of [...left]) {
    let best: Candidate | undefined;
    let bestScore = 0;
    for (const b of right) {
      const score = similarity(a, b);
      if (score > bestScore) [best, bestScore] = [b, score];
    }
    if (best && bestScore >= 0.5) take(a, best);
  }
  return { pairs, removed: left.map((c) => c.branch), added: right.map((c) => c.branch) };
}

function candidate(schema: JSONSchema, index: number, discriminator: Discriminator, resolve: Resolve): Candidate {
  const resolved = resolve(schema);
  const refName = schema.$ref?.split("/").pop();
  const value = discriminatorValue(schema, resolved, discriminator);
  const properties = new Set(Object.keys(resolved.properties ?? {}));
  const type = Array.isArray(resolved.type) ? [...resolved.type].sort().join("|") : (resolved.type ?? (resolved.properties ? "object" : undefined));
  const shape = `${type}:${[...properties].sort().join(",")}:${[...(resolved.required ?? [])].sort().join(",")}`;
  const label = value !== undefined ? `${discriminator!.propertyName}=${value}` : (refName ?? resolved.title ?? `#${index + 1}`);
  return {
    branch: { schema, label },
    keys: [canonical(schema), value, refName, resolved.title, shape],
    properties,
    type,
  };
}

/** Keywords whose arrays are sets: their order means nothing. */
const UNORDERED = new Set(["oneOf", "anyOf", "allOf", "enum", "required", "type"]);

/** JSON with sorted keys and sorted set-like arrays, so two branches that mean the same compare equal. */
function canonical(value: unknown, unordered = false): string {
  if (Array.isArray(value)) {
    const items = value.map((item) => canonical(item));
    return `[${(unordered ? items.sort() : items).join(",")}]`;
  }
  if (typeof value === "object" && value !== null) {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v, UNORDERED.has(k))}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "undefined";
}

function discriminatorValue(schema: JSONSchema, resolved: JSONSchema, discriminator: Discriminator): string | undefined {
  if (!discriminator) return undefined;
  const mapped = Object.entries(discriminator.mapping ?? {}).find(([, ref]) => ref === schema.$ref);
  if (mapped) return mapped[0];
  const property = resolved.properties?.[discriminator.propertyName];
  if (property?.const !== undefined) return String(property.const);
  if (property?.enum?.length === 1) return String(property.enum[0]);
  return undefined;
}

function similarity(a: Candidate, b: Candidate): number {
  if (a.type !== b.type) return 0;
  if (a.properties.size === 0 && b.properties.size === 0) return 1;
  const shared = [...a.properties].filter((p) => b.properties.has(p)).length;
  return shared / new Set([...a.properties, ...b.properties]).size;
}
