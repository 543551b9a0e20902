// What the response validators are made of (emit/validators.ts): the lean schemas of each
// operation's JSON success body and of every schema they reach through `$ref`, picked from the
// bundled document, each `$ref` resolved here (refs.ts) and rewritten to its target's canonical
// pointer. The emitter writes them out as data.
import type { OperationModel, SuccessModel } from "../model.js";
import { identifier } from "../names.js";
import { escapePointer, RefResolver } from "../refs.js";

/** Keywords that change what a schema accepts; everything else (docs, examples, x-*) is dropped. */
const SCHEMA_MAPS = ["properties", "patternProperties", "$defs", "definitions", "dependentSchemas"] as const;
const SCHEMA_LISTS = ["allOf", "anyOf", "oneOf", "prefixItems"] as const;
const SCHEMA_VALUES = ["items", "additionalProperties", "not", "if", "then", "else", "contains", "propertyNames", "additionalItems"] as const;
const PLAIN = [
  "$ref", "type", "enum", "const", "required", "nullable", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum",
  "multipleOf", "minLength", "maxLength", "pattern", "minItems", "maxItems", "uniqueItems", "minContains", "maxContains",
  "minProperties", "maxProperties", "dependentRequired", "discriminator",
] as const;

/** The keywords lean() keeps, by kind: what the emitter prints and the run-time checker reads. */
export const KEYWORDS = { SCHEMA_MAPS, SCHEMA_LISTS, SCHEMA_VALUES, PLAIN } as const;

export type Json = Record<string, unknown>;

/**
 * What the emitter reads of the model: the operations and where their success body is.
 */
export interface ValidatorTargets {
  operations: Array<Pick<OperationModel, "sdkName" | "method" | "path"> & { success: Pick<SuccessModel, "kind" | "contentType" | "status"> }>;
}

/**
 * What validators.ts is made of, and nothing else of the document: kilobytes of schemas instead of
 * the whole document with its examples and prose. Plain JSON, so it can cross to a thread.
 */
export interface ValidatorInputs {
  openapi: string;
  /**
   * Every schema the validators reach, lean, by canonical JSON pointer into the document: the
   * response schemas and the target of each `$ref` in them. Each `$ref` is `#` + one of these keys.
   */
  schemas: Json;
  /** Each export's response schema: a key of `schemas`. */
  responses: Record<string, string>;
  /** "METHOD /path" of each export: how the runtime matches a call to its check. */
  operations: Record<string, string>;
}

export function validatorInputs(document: Json, model: ValidatorTargets): ValidatorInputs {
  const refs = new RefResolver(document);
  const schemas = Object.create(null) as Json;
  const responses = Object.create(null) as Record<string, string>;
  const operations = Object.create(null) as Record<string, string>;
  const pending: Array<{ pointer: string; node: unknown }> = [];
  const reach = (pointer: string, node: unknown) => {
    if (Object.hasOwn(schemas, pointer)) return;
    schemas[pointer] = null; // taken: leaned below
    pending.push({ pointer, node });
  };
  for (const operation of model.operations) {
    if (operation.success.kind !== "json" || !operation.success.contentType) continue;
    const media = refs.child<Json>(refs.at(`/paths/${escapePointer(operation.path)}/${operation.method.toLowerCase()}/responses/${operation.success.status}`), "content", operation.success.contentType);
    // The schema as written: a `$ref` with keywords beside it keeps them.
    if (!media || !Object.hasOwn(media.node, "schema")) continue;
    const pointer = `${media.pointer}/schema`;
    reach(pointer, media.node.schema);
    responses[exportName(operation.sdkName)] = pointer;
    operations[exportName(operation.sdkName)] = `${operation.method} ${operation.path}`;
  }
  // Each target one hop away (refs.locate): a target that is a `$ref` with keywords beside it is a schema of its own.
  const rewrite = (ref: string) => {
    const target = refs.locate(ref);
    reach(target.pointer, target.node);
    return `#${target.pointer}`;
  };
  for (let next = pending.pop(); next; next = pending.pop()) schemas[next.pointer] = lean(next.node, rewrite);
  return { openapi: String(document.openapi ?? "3.1.0"), schemas, responses, operations };
}

/**
 * A schema with only the keywords that decide validity; `rewrite`, when given, replaces each
 * `$ref` string (validatorInputs: with its target's canonical pointer).
 */
export function lean(schema: unknown, rewrite?: (ref: string) => string): unknown {
  if (typeof schema === "boolean") return schema;
  if (typeof schema !== "object" || schema === null || Array.isArray(schema)) return {};
  const source = schema as Json;
  const out: Json = {};
  const sub = (value: unknown) => lean(value, rewrite);
  for (const key of PLAIN) if (Object.hasOwn(source, key)) out[key] = source[key];
  if (rewrite && typeof out.$ref === "string") out.$ref = rewrite(out.$ref);
  // `items` may be a list (OpenAPI 3.0's tuple, as in draft-07).
  for (const key of SCHEMA_VALUES) if (Object.hasOwn(source, key)) out[key] = Array.isArray(source[key]) ? (source[key] as unknown[]).map(sub) : sub(source[key]);
  for (const key of SCHEMA_LISTS) if (Array.isArray(source[key])) out[key] = (source[key] as unknown[]).map(sub);
  for (const key of SCHEMA_MAPS) {
    // With refs resolved, $defs and definitions are no longer needed: what a `$ref` finds in them is a schema of its own.
    if (rewrite && (key === "$defs" || key === "definitions")) continue;
    const map = source[key];
    if (typeof map === "object" && map !== null && !Array.isArray(map)) out[key] = mapValues(map as Json, sub);
  }
  return out;
}

export function mapValues(map: Json, f: (value: unknown) => unknown): Json {
  // Null prototype: a property or component named __proto__ stays a plain key.
  const out = Object.create(null) as Json;
  for (const key of Object.keys(map)) out[key] = f(map[key]);
  return out;
}

/** The operation's function name (messaging10dlc.brand.create → messaging10dlcBrandCreate). */
export function exportName(sdkName: string): string {
  return identifier(sdkName);
}
