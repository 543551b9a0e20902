// toolkit/pagination: an operation's `x-pagination` tells the client runtime how to page, so every
// name in it must exist. `items`, `total`, `totalPages` and `next` are dot paths into the first 2xx
// JSON response ("_embedded.brands", "meta.total_pages"), and `items` must be an array;
// `pageParam`, `sizeParam` and `cursorParam` name query parameters, possibly a deepObject member
// ("page[number]"). A wrong name used to generate code that failed to type-check and, at run
// time, a `for await` that silently yielded nothing.

import { PAGINATION_QUERY_FIELDS, PAGINATION_REQUIRED, PAGINATION_RESPONSE_FIELDS } from "./runtime/x-pagination.js";

interface Location {
  source: { absoluteRef: string };
  child(path: Array<string | number>): unknown;
}
export interface PaginationContext {
  report(problem: { message: string; location?: unknown }): void;
  location: Location;
  resolve(node: unknown, from?: string): { node: unknown; location?: { source: { absoluteRef: string } } };
}

type Obj = Record<string, unknown>;
/** A node and the file it was read from (a `$ref` inside it is relative to that file). */
interface Located {
  node: unknown;
  from: string;
}

// The shape itself is declared once, in runtime/x-pagination.ts.
const REQUIRED: Readonly<Record<string, readonly string[]>> = PAGINATION_REQUIRED;
const RESPONSE_FIELDS: readonly string[] = PAGINATION_RESPONSE_FIELDS;
const QUERY_FIELDS: readonly string[] = PAGINATION_QUERY_FIELDS;

const isObject = (value: unknown): value is Obj => typeof value === "object" && value !== null && !Array.isArray(value);
const own = (value: Obj, key: string): unknown => (Object.hasOwn(value, key) ? value[key] : undefined);

export function checkPagination(operation: Obj, ctx: PaginationContext, pathItem: Obj | undefined): void {
  const pagination = own(operation, "x-pagination");
  if (pagination === undefined) return;
  const location = ctx.location.child(["x-pagination"]);
  if (!isObject(pagination)) {
    ctx.report({ message: "x-pagination must be an object.", location });
    return;
  }
  const required = REQUIRED[String(pagination.style)];
  if (!required) {
    ctx.report({ message: `x-pagination.style must be "page" or "cursor", not ${JSON.stringify(pagination.style)}.`, location });
    return;
  }
  let complete = true;
  for (const key of required) {
    if (typeof own(pagination, key) !== "string") {
      ctx.report({ message: `x-pagination.${key} is required (a string).`, location });
      complete = false;
    }
  }
  if (!complete) return;

  const from = ctx.location.source.absoluteRef;
  const response = successSchema(ctx, { node: operation, from });
  for (const key of RESPONSE_FIELDS) {
    const field = own(pagination, key);
    if (typeof field !== "string") continue;
    const at = ctx.location.child(["x-pagination", key]);
    if (!response) {
      ctx.report({ message: `x-pagination.${key} "${field}" needs a JSON 2xx response to read it from; the operation has none.`, location: at });
      continue;
    }
    const found = schemaAtPath(ctx, response, field.split("."));
    if ("missing" in found) {
      ctx.report({ message: `x-pagination.${key} "${field}": the response has no field "${found.missing}".`, location: at });
    } else if (key === "items" && !isArraySchema(ctx, found)) {
      ctx.report({ message: `x-pagination.items "${field}" must be an array in the response.`, location: at });
    }
  }

  const query = queryParameters(ctx, operation, pathItem, from);
  for (const key of QUERY_FIELDS) {
    const name = own(pagination, key);
    if (typeof name !== "string") continue;
    const at = ctx.location.child(["x-pagination", key]);
    const [head = "", ...members] = name.split(/[[\]]+/).filter(Boolean);
    const parameter = query.get(head);
    if (!parameter) {
      const known = [...query.keys()];
      ctx.report({
        message: `x-pagination.${key} "${name}": the operation has no query parameter "${head}"${known.length ? ` (it has ${known.join(", ")})` : ""}.`,
        location: at,
      });
      continue;
    }
    const found = schemaAtPath(ctx, { node: own(parameter.node as Obj, "schema"), from: parameter.from }, members);
    if ("missing" in found) ctx.report({ message: `x-pagination.${key} "${name}": query parameter "${head}" has no member "${found.missing}".`, location: at });
  }
}

function deref(ctx: PaginationContext, value: Located): Located {
  let current = value;
  for (let hops = 0; hops < 64 && isObject(current.node) && typeof current.node.$ref === "string"; hops++) {
    const resolved = ctx.resolve(current.node, current.from);
    current = { node: resolved.node, from: resolved.location?.source.absoluteRef ?? current.from };
  }
  return current;
}

function child(parent: Located, key: string): Located {
  return { node: isObject(parent.node) ? own(parent.node, key) : undefined, from: parent.from };
}

/** The schema of the first 2xx response's JSON content. */
function successSchema(ctx: PaginationContext, operation: Located): Located | undefined {
  const responses = deref(ctx, child(operation, "responses"));
  if (!isObject(responses.node)) return undefined;
  const status = Object.keys(responses.node).find((code) => code.startsWith("2"));
  if (!status) return undefined;
  const content = child(deref(ctx, child(responses, status)), "content");
  if (!isObject(content.node)) return undefined;
  const type = Object.keys(content.node).find((t) => /json/i.test(t));
  return type ? child(deref(ctx, child(content, type)), "schema") : undefined;
}

/** Follows property names through a schema (and its allOf/oneOf/anyOf parts). */
function schemaAtPath(ctx: PaginationContext, schema: Located, names: string[]): Located | { missing: string } {
  let current = schema;
  for (const name of names) {
    const next = property(ctx, current, name, 0);
    if (!next) return { missing: name };
    current = next;
  }
  return current;
}

function property(ctx: PaginationContext, schemaOrRef: Located, name: string, depth: number): Located | undefined {
  if (depth > 16) return undefined;
  const schema = deref(ctx, schemaOrRef);
  if (!isObject(schema.node)) return undefined;
  const properties = child(schema, "properties");
  if (isObject(properties.node) && Object.hasOwn(properties.node, name)) return child(properties, name);
  for (const keyword of ["allOf", "oneOf", "anyOf"]) {
    const parts = own(schema.node, keyword);
    if (!Array.isArray(parts)) continue;
    for (const part of parts) {
      const found = property(ctx, { node: part, from: schema.from }, name, depth + 1);
      if (found) return found;
    }
  }
  return undefined;
}

function isArraySchema(ctx: PaginationContext, schemaOrRef: Located): boolean {
  const schema = deref(ctx, schemaOrRef).node;
  if (!isObject(schema)) return false;
  const type = own(schema, "type");
  return type === "array" || (Array.isArray(type) && type.includes("array")) || own(schema, "items") !== undefined;
}

/** Query parameters by name: the operation's, over the path item's. */
function queryParameters(ctx: PaginationContext, operation: Obj, pathItem: Obj | undefined, from: string): Map<string, Located> {
  const found = new Map<string, Located>();
  for (const list of [pathItem ? own(pathItem, "parameters") : undefined, own(operation, "parameters")]) {
    if (!Array.isArray(list)) continue;
    for (const raw of list) {
      const parameter = deref(ctx, { node: raw, from });
      if (isObject(parameter.node) && parameter.node.in === "query" && typeof parameter.node.name === "string") {
        found.set(parameter.node.name, parameter);
      }
    }
  }
  return found;
}
