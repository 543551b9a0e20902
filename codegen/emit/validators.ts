// Emits validators.ts: one response validator per operation with a JSON success body, compiled
// from the spec's schemas by Ajv at generation time (Ajv's "standalone" code), so a client that
// turns response validation on runs plain functions: no Ajv, no schema compilation, no `eval`
// in the browser, and a bundler keeps only the validators of the operations an app calls.
//
// Why Ajv and not generated Zod schemas: the same validator (same keywords, same results) already
// checks the mocks, the proxy and the tests; its output has no runtime dependency, where Zod would
// add one to the client package; and the compiled functions are faster than walking a schema.
//
// What is not checked at run time: `format` (dates, e-mails, UUIDs: providers are loose there,
// and the checks would need a formats library in the bundle), and unevaluatedProperties /
// unevaluatedItems (tracking them keeps every validator alive in a bundle; the specs use none).
import { Ajv, type Options } from "ajv";
import { Ajv2020 } from "ajv/dist/2020.js";
import standaloneModule from "ajv/dist/standalone/index.js";
import type { OperationModel, SuccessModel } from "../model.js";
import { identifier } from "../names.js";
import { escapePointer, RefResolver, unescapePointer } from "../refs.js";

// CommonJS under NodeNext typing: the function is the module's default export.
const standaloneCode = ((standaloneModule as { default?: unknown }).default ?? standaloneModule) as (ajv: Ajv, refs: Record<string, string>) => string;

/** Keywords that change what a schema accepts; everything else (docs, examples, x-*) is dropped. */
const SCHEMA_MAPS = ["properties", "patternProperties", "$defs", "definitions", "dependentSchemas"] as const;
const SCHEMA_LISTS = ["allOf", "anyOf", "oneOf", "prefixItems"] as const;
const SCHEMA_VALUES = ["items", "additionalProperties", "not", "if", "then", "else", "contains", "propertyNames", "additionalItems"] as const;
const PLAIN = [
  "$ref", "type", "enum", "const", "required", "nullable", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum",
  "multipleOf", "minLength", "maxLength", "pattern", "minItems", "maxItems", "uniqueItems", "minContains", "maxContains",
  "minProperties", "maxProperties", "dependentRequired", "discriminator",
] as const;

type Json = Record<string, unknown>;

export interface ValidatorsModule {
  source: string;
  /** Operations that got a validator, by export name. */
  exports: string[];
  /** Operations left without one, and why. */
  skipped: Array<{ name: string; reason: string }>;
}

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

/** The module for one provider; each validator is named like the operation's function. */
export function emitValidators(document: Json, model: ValidatorTargets, sourceFile: string): ValidatorsModule {
  const refs = new RefResolver(document);
  const responses: Json = {};
  /** "METHOD /path" of each export: how the runtime matches a call to its check. */
  const operations = new Map<string, string>();
  for (const operation of model.operations) {
    if (operation.success.kind !== "json" || !operation.success.contentType) continue;
    const media = refs.child<Json>(refs.at(`/paths/${escapePointer(operation.path)}/${operation.method.toLowerCase()}/responses/${operation.success.status}`), "content", operation.success.contentType);
    const schema = media && refs.child<Json>(media, "schema");
    if (!schema) continue;
    responses[exportName(operation.sdkName)] = lean(schema.node);
    operations.set(exportName(operation.sdkName), `${operation.method} ${operation.path}`);
  }
  const components = mapValues(((document.components as Json | undefined)?.schemas ?? {}) as Json, lean);
  const skipped = dropOversized(responses, components);
  const compiled: Json = { $id: "spec", components: { schemas: components }, responses };

  const ajv = compilerFor(String(document.openapi ?? "3.1.0"));
  ajv.addSchema(compiled);
  const names = Object.keys(responses).sort();
  const code = standaloneCode(ajv, Object.fromEntries(names.map((name) => [name, `spec#/responses/${name}`])));
  return { source: moduleSource(code, names, operations, skipped, sourceFile), exports: names, skipped };
}

/** emitValidators for a document given as JSON text: what the validators' thread runs. */
export function emitValidatorsFromJson(documentJson: string, model: ValidatorTargets, sourceFile: string): ValidatorsModule {
  return emitValidators(JSON.parse(documentJson) as Json, model, sourceFile);
}

/** OpenAPI 3.1 schemas are JSON Schema 2020-12; 3.0 ones are close to draft-07 with `nullable`. */
function compilerFor(openapi: string): Ajv {
  const options: Options = {
    strict: false,
    allErrors: false,
    validateFormats: false,
    // Shared functions for shared schemas: each component is compiled once, not inlined everywhere.
    inlineRefs: false,
    code: { source: true, esm: true, lines: false, optimize: true },
  };
  if (openapi.startsWith("3.0")) return new Ajv(options);
  const ajv = new Ajv2020(options);
  // Ajv2020 forces the tracking of evaluated properties; its bookkeeping assignments are
  // statements at the top of the module that keep every validator in a bundle.
  (ajv.opts as { unevaluated?: boolean }).unevaluated = false;
  return ajv as unknown as Ajv;
}

/** Removes the responses whose schemas reach a oneOf/anyOf longer than MAX_ALTERNATIVES. */
function dropOversized(responses: Json, components: Json): ValidatorsModule["skipped"] {
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
  const skipped: ValidatorsModule["skipped"] = [];
  for (const name of Object.keys(responses)) {
    const width = widthOf(responses[name], new Set());
    if (width <= MAX_ALTERNATIVES) continue;
    delete responses[name];
    skipped.push({ name, reason: `its response schema has a oneOf/anyOf of ${width} alternatives (at most ${MAX_ALTERNATIVES} are compiled)` });
  }
  return skipped;
}

function moduleSource(code: string, names: string[], operations: Map<string, string>, skipped: ValidatorsModule["skipped"], sourceFile: string): string {
  const body = code
    .replace(/^"use strict";/, "")
    // The one runtime helper Ajv's code imports: string length in code points, inlined.
    .replaceAll('require("ajv/dist/runtime/ucs2length").default', "ucs2length")
    // Each export becomes a check naming its operation, an object literal a bundler can drop.
    .replace(/export const (\w+) = (\w+);/g, (_, name: string, fn: string) => `export const ${name}: ResponseCheck = { name: ${JSON.stringify(name)}, operation: ${JSON.stringify(operations.get(name))}, validate: ${fn} };`);
  if (/\brequire\(/.test(body)) throw new Error("Ajv's standalone code needs a runtime module the generator does not inline");
  return [
    `// Generated from ${sourceFile} by \`npm run generate\`. Do not edit.`,
    "// Response validators compiled by Ajv from the spec's schemas (codegen/emit/validators.ts);",
    "// formats and unevaluated* keywords are not checked.",
    ...skipped.map((entry) => `// Not validated: ${entry.name}, as ${entry.reason}.`),
    "// @ts-nocheck: Ajv's code is plain JavaScript; only the exports below are typed.",
    'import type { ResponseCheck } from "../runtime/validation.js";',
    "// What a lean client needs beside the checks: createXConfig({ validateResponse: responseValidation({ ... }) }).",
    'export { responseValidation, ResponseValidationError } from "../runtime/validation.js";',
    "",
    "function ucs2length(text) {",
    "  let length = 0;",
    "  for (const _ of text) length++;",
    "  return length;",
    "}",
    "",
    body.trim(),
    "",
    `/** Every check of this module (${names.length}): what \`validate: "responses"\` loads. */`,
    `export const responseValidators: Readonly<Record<string, ResponseCheck>> = { ${names.join(", ")} };`,
    "",
  ].join("\n");
}

/** A schema with only the keywords that decide validity. */
function lean(schema: unknown): unknown {
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

function mapValues(map: Json, f: (value: unknown) => unknown): Json {
  // Null prototype: a property or component named __proto__ stays a plain key.
  const out = Object.create(null) as Json;
  for (const key of Object.keys(map)) out[key] = f(map[key]);
  return out;
}

/** The operation's function name (messaging10dlc.brand.create → messaging10dlcBrandCreate). */
export function exportName(sdkName: string): string {
  return identifier(sdkName);
}
