// What the response validators are compiled from (emit/validators.ts): the lean schemas of each
// operation's JSON success body and of the components, picked from the bundled document. Kept
// apart from the compiler so the main thread can make them without loading Ajv, and hand the
// validators' thread only what it compiles (emit/validators-thread.ts).
import type { OperationModel, SuccessModel } from "../model.js";
import { identifier } from "../names.js";
import { escapePointer, RefResolver, unescapePointer } from "../refs.js";

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

/** Operations left without a validator, and why. */
export type Skipped = Array<{ name: string; reason: string }>;

/**
 * Ajv writes one nested block per oneOf/anyOf alternative; past a few hundred, the code is nested
 * deeper than JavaScript parsers (TypeScript's among them) can recurse. Such an operation gets no
 * validator, and validators.ts says so.
 */
export const MAX_ALTERNATIVES = 200;

/**
 * What the emitter reads of the model: the operations and where their success body is. Small and
 * plain, so it can be sent to the thread that compiles (validators-thread.ts).
 */
export interface ValidatorTargets {
  operations: Array<Pick<OperationModel, "sdkName" | "method" | "path"> & { success: Pick<SuccessModel, "kind" | "contentType" | "status"> }>;
}

/**
 * What Ajv compiles, and nothing else of the document: the lean response schemas by export name,
 * the lean component schemas, and each export's "METHOD /path". Made in the main thread, so the
 * validators' thread receives kilobytes of schemas instead of the whole document with its
 * examples and prose (on the synthetic 1,120-operation spec that thread held 160 MB at its peak).
 */
export interface ValidatorInputs {
  openapi: string;
  responses: Json;
  components: Json;
  /** "METHOD /path" of each export: how the runtime matches a call to its check. */
  operations: Record<string, string>;
  skipped: Skipped;
}

export function validatorInputs(document: Json, model: ValidatorTargets): ValidatorInputs {
  const refs = new RefResolver(document);
  const responses: Json = Object.create(null) as Json;
  const operations: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const operation of model.operations) {
    if (operation.success.kind !== "json" || !operation.success.contentType) continue;
    const media = refs.child<Json>(refs.at(`/paths/${escapePointer(operation.path)}/${operation.method.toLowerCase()}/responses/${operation.success.status}`), "content", operation.success.contentType);
    const schema = media && refs.child<Json>(media, "schema");
    if (!schema) continue;
    responses[exportName(operation.sdkName)] = lean(schema.node);
    operations[exportName(operation.sdkName)] = `${operation.method} ${operation.path}`;
  }
  const components = mapValues(((document.components as Json | undefined)?.schemas ?? {}) as Json, lean);
  const skipped = dropOversized(responses, components);
  return { openapi: String(document.openapi ?? "3.1.0"), responses, components, operations, skipped };
}

/** Removes the responses whose schemas reach a oneOf/anyOf longer than MAX_ALTERNATIVES. */
function dropOversized(responses: Json, components: Json): Skipped {
  const widest = new Map<string, number>();
  const widthOf = (schema: unknown, seen: Set<string>): number => {
    if (typeof schema !== "object" || schema === null) return 0;
    const node = schema as Json;
    let width = 0;
    const ref = node.$ref;
    if (typeof ref === "string" && ref.startsWith("#/components/schemas/")) {
      const name = unescapePointer(ref.slice("#/components/schemas/".length));
      if (!widest.has(name) && !seen.has(name)) {
        seen.add(name);
        widest.set(name, widthOf(components[name], seen));
      }
      width = widest.get(name) ?? 0;
    }
    for (const key of ["oneOf", "anyOf"]) if (Array.isArray(node[key])) width = Math.max(width, (node[key] as unknown[]).length);
    for (const value of Object.values(node)) {
      if (Array.isArray(value)) for (const item of value) width = Math.max(width, widthOf(item, seen));
      else if (typeof value === "object" && value !== null) width = Math.max(width, widthOf(value, seen));
    }
    return width;
  };
  const skipped: Skipped = [];
  for (const name of Object.keys(responses)) {
    const width = widthOf(responses[name], new Set());
    if (width <= MAX_ALTERNATIVES) continue;
    delete responses[name];
    skipped.push({ name, reason: `its response schema has a oneOf/anyOf of ${width} alternatives (at most ${MAX_ALTERNATIVES} are compiled)` });
  }
  return skipped;
}

/** A schema with only the keywords that decide validity. */
export function lean(schema: unknown): unknown {
  if (typeof schema === "boolean") return schema;
  if (typeof schema !== "object" || schema === null || Array.isArray(schema)) return {};
  const source = schema as Json;
  const out: Json = {};
  for (const key of PLAIN) if (Object.hasOwn(source, key)) out[key] = source[key];
  for (const key of SCHEMA_VALUES) if (Object.hasOwn(source, key)) out[key] = lean(source[key]);
  for (const key of SCHEMA_LISTS) if (Array.isArray(source[key])) out[key] = (source[key] as unknown[]).map(lean);
  for (const key of SCHEMA_MAPS) {
    const map = source[key];
    if (typeof map === "object" && map !== null && !Array.isArray(map)) out[key] = mapValues(map as Json, lean);
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
