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
import { type Json, lean, mapValues, type Skipped, type ValidatorInputs, validatorInputs, type ValidatorTargets } from "./validator-inputs.js";

export { exportName, MAX_ALTERNATIVES, type ValidatorInputs, validatorInputs, type ValidatorTargets } from "./validator-inputs.js";

// CommonJS under NodeNext typing: the function is the module's default export.
const standaloneCode = ((standaloneModule as { default?: unknown }).default ?? standaloneModule) as (ajv: Ajv, refs: Record<string, string>) => string;


export interface ValidatorsModule {
  source: string;
  /** Operations that got a validator, by export name. */
  exports: string[];
  /** Operations left without one, and why. */
  skipped: Skipped;
}

/** Ajv's standalone code for the inputs, as the module validators.ts. */
export function compileValidators(inputs: ValidatorInputs, sourceFile: string): ValidatorsModule {
  const compiled: Json = { $id: "spec", components: { schemas: inputs.components }, responses: inputs.responses };
  const ajv = compilerFor(inputs.openapi);
  ajv.addSchema(compiled);
  const names = Object.keys(inputs.responses).sort();
  const code = standaloneCode(ajv, Object.fromEntries(names.map((name) => [name, `spec#/responses/${name}`])));
  return { source: moduleSource(code, names, new Map(Object.entries(inputs.operations)), inputs.skipped, sourceFile), exports: names, skipped: inputs.skipped };
}

/** The module for one provider; each validator is named like the operation's function. */
export function emitValidators(document: Json, model: ValidatorTargets, sourceFile: string): ValidatorsModule {
  return compileValidators(validatorInputs(document, model), sourceFile);
}

/**
 * compileValidators for inputs given as JSON text: what the validators' thread runs. Parsing gives
 * plain objects; the schemas are leaned again so that every map of names is null-prototype once
 * more (a property named `constructor` must not find Object.prototype's).
 */
export function compileValidatorsFromJson(inputsJson: string, sourceFile: string): ValidatorsModule {
  const inputs = JSON.parse(inputsJson) as ValidatorInputs;
  const responses = mapValues(inputs.responses, lean);
  const components = mapValues(inputs.components, lean);
  return compileValidators({ ...inputs, responses, components }, sourceFile);
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

function moduleSource(code: string, names: string[], operations: Map<string, string>, skipped: Skipped, sourceFile: string): string {
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

