// Compares two JSON schemas field by field and classifies every difference by the direction the
// data flows: in a request, the client sends and the server must accept; in a response, the
// server sends and the client must cope. The same change (say, a new enum value) is harmless in
// one direction and breaking in the other.
import type { JSONSchema } from "../openapi-types.js";

export type Direction = "request" | "response";

export interface SchemaChange {
  /** Where in the payload, e.g. "body.address.city" or "response 200.data[].status". */
  at: string;
  breaking: boolean;
  message: string;
}

type Resolve = (schema: JSONSchema | undefined) => JSONSchema;

export function diffSchemas(
  base: JSONSchema | undefined,
  head: JSONSchema | undefined,
  direction: Direction,
  at: string,
  resolveBase: Resolve,
  resolveHead: Resolve,
): SchemaChange[] {
  const changes: SchemaChange[] = [];
  const seen = new Set<string>();

  const walk = (a: JSONSchema | undefined, b: JSONSchema | undefined, where: string, depth: number): void => {
    if (!a || !b || depth > 12) return;
    // Recursive schemas: compare each pair of referenced schemas once.
    const key = `${a.$ref ?? ""}|${b.$ref ?? ""}|${where}`;
    if ((a.$ref || b.$ref) && seen.has(key)) return;
    seen.add(key);
    const x = flatten(resolveBase(a), resolveBase);
    const y = flatten(resolveHead(b), resolveHead);

    const typeA = typeOf(x);
    const typeB = typeOf(y);
    if (typeA && typeB && typeA !== typeB) {
      changes.push({ at: where, breaking: true, message: `type changed from ${typeA} to ${typeB}` });
      return;
    }

    if (x.enum || y.enum) {
      const before = new Set((x.enum ?? []).map((v) => JSON.stringify(v)));
      const after = new Set((y.enum ?? []).map((v) => JSON.stringify(v)));
      const removed = [...before].filter((v) => !after.has(v));
      const added = [...after].filter((v) => !before.has(v));
      if (!x.enum && y.enum) changes.push({ at: where, breaking: direction === "request", message: `now restricted to ${[...after].join(", ")}` });
      if (x.enum && !y.enum) changes.push({ at: where, breaking: direction === "response", message: "no longer restricted to an enum" });
      if (x.enum && y.enum && removed.length > 0) {
        // Fewer accepted values breaks senders; fewer possible values is fine for receivers.
        changes.push({ at: where, breaking: direction === "request", message: `enum narrowed: ${removed.join(", ")} removed` });
      }
      if (x.enum && y.enum && added.length > 0) {
        // New values a client may receive but not handle break receivers.
        changes.push({ at: where, breaking: direction === "response", message: `enum widened: ${added.join(", ")} added` });
      }
    }

    const propsA = x.properties ?? {};
    const propsB = y.properties ?? {};
    const requiredA = new Set(x.required ?? []);
    const requiredB = new Set(y.required ?? []);
    for (const name of Object.keys(propsA)) {
      const field = `${where}.${name}`;
      if (!(name in propsB)) {
        changes.push({
          at: field,
          breaking: true,
          message: direction === "request" ? "field removed from the accepted request fields" : "field removed from the response",
        });
        continue;
      }
      if (direction === "request" && !requiredA.has(name) && requiredB.has(name)) {
        changes.push({ at: field, breaking: true, message: "field made required" });
      }
      if (direction === "request" && requiredA.has(name) && !requiredB.has(name)) {
        changes.push({ at: field, breaking: false, message: "field made optional" });
      }
      if (direction === "response" && requiredA.has(name) && !requiredB.has(name)) {
        changes.push({ at: field, breaking: true, message: "field made optional (may be missing now)" });
      }
      walk(propsA[name], propsB[name], field, depth + 1);
    }
    for (const name of Object.keys(propsB)) {
      if (name in propsA) continue;
      const required = requiredB.has(name);
      changes.push({
        at: `${where}.${name}`,
        breaking: direction === "request" && required,
        message: direction === "request" ? (required ? "required field added" : "optional field added") : "field added",
      });
    }

    if (x.items || y.items) walk(x.items, y.items, `${where}[]`, depth + 1);

    const altA = x.oneOf ?? x.anyOf;
    const altB = y.oneOf ?? y.anyOf;
    if (altA && altB && altA.length !== altB.length) {
      // Fewer alternatives breaks senders, more breaks receivers.
      const fewer = altB.length < altA.length;
      changes.push({
        at: where,
        breaking: direction === "request" ? fewer : !fewer,
        message: `alternatives ${fewer ? "removed" : "added"} (${altA.length} → ${altB.length})`,
      });
    } else if (altA && altB) {
      altA.forEach((alt, i) => walk(alt, altB[i], `${where}<${i + 1}>`, depth + 1));
    }
  };

  walk(base, head, at, 0);
  return changes;
}

/** Merges allOf parts into one schema, so composition changes do not look like type changes. */
function flatten(schema: JSONSchema, resolve: Resolve): JSONSchema {
  if (!schema.allOf) return schema;
  const parts = schema.allOf.map((part) => flatten(resolve(part), resolve));
  return {
    ...schema,
    allOf: undefined,
    type: schema.type ?? parts.find((p) => p.type)?.type,
    properties: Object.assign({}, ...parts.map((p) => p.properties ?? {}), schema.properties ?? {}),
    required: [...new Set([...parts.flatMap((p) => p.required ?? []), ...(schema.required ?? [])])],
  };
}

function typeOf(schema: JSONSchema): string | undefined {
  if (Array.isArray(schema.type)) return schema.type.filter((t) => t !== "null").sort().join("|") || undefined;
  if (schema.type) return schema.type;
  if (schema.properties) return "object";
  return undefined;
}
