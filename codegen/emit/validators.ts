// Emits validators.ts: one response validator per operation with a JSON success body. The lean
// schemas (emit/validator-inputs.ts: only the keywords that decide validity) are written as data,
// one `const` object literal per schema, each `$ref` a function returning its target's const
// (`() => s_Brand`, so recursive schemas work); each export hands its schema to the runtime's
// checker (runtime/schema-check.ts), which gives Ajv's verdicts. A bundler keeps only the
// validators an app imports and the schemas they reach: the schemas are plain literals and each
// check is a pure call.
//
// Why data and not compiled code (this file emitted Ajv's standalone code before): compiling cost
// about a second of a Telnyx build and gave a 1 MB file; the data is a tenth of that, emitted in
// milliseconds, and the checker is tested to agree with the Ajv that checks the mocks, the proxy
// and the tests (test/generator/schema-check.test.ts, validators.test.ts). No Zod either: no
// runtime dependency for the client package.
//
// What is not checked at run time: `format` (dates, e-mails, UUIDs: providers are loose there,
// and the checks would need a formats library in the bundle), `discriminator` (it does not change
// oneOf's verdict), and unevaluatedProperties / unevaluatedItems (not kept; the specs use none).
import { typeName } from "../names.js";
import { RefError, unescapePointer } from "../refs.js";
import { type Json, KEYWORDS, type ValidatorInputs, validatorInputs, type ValidatorTargets } from "./validator-inputs.js";

export { exportName, type ValidatorInputs, validatorInputs, type ValidatorTargets } from "./validator-inputs.js";

export interface ValidatorsModule {
  source: string;
  /** Operations that got a validator (every one with a JSON success body), by export name. */
  exports: string[];
}

/** The module validators.ts for the inputs. */
export function compileValidators(inputs: ValidatorInputs, sourceFile: string): ValidatorsModule {
  const names = Object.keys(inputs.responses).sort();
  return { source: moduleSource(inputs, names, sourceFile), exports: names };
}

/** The module for one provider; each validator is named like the operation's function. */
export function emitValidators(document: Json, model: ValidatorTargets, sourceFile: string): ValidatorsModule {
  return compileValidators(validatorInputs(document, model), sourceFile);
}

const SCHEMA_VALUES: ReadonlySet<string> = new Set(KEYWORDS.SCHEMA_VALUES);
const SCHEMA_LISTS: ReadonlySet<string> = new Set(KEYWORDS.SCHEMA_LISTS);
const SCHEMA_MAPS: ReadonlySet<string> = new Set(KEYWORDS.SCHEMA_MAPS);
/** Kept by lean() but not printed: they do not change the verdict (refs into $defs are resolved already). */
const NOT_PRINTED: ReadonlySet<string> = new Set(["discriminator", "$defs", "definitions"]);

const isObject = (value: unknown): value is Json => typeof value === "object" && value !== null && !Array.isArray(value);
const isRefOnly = (schema: unknown): schema is { $ref: string } => isObject(schema) && typeof schema.$ref === "string" && Object.keys(schema).length === 1;

function moduleSource(inputs: ValidatorInputs, names: string[], sourceFile: string): string {
  const schemas = inputs.schemas;
  const constOf = new Map<string, string>();
  const taken = new Set<string>();
  const order: string[] = [];
  // An inline response schema is named after its operation.
  const rootName = new Map<string, string>();
  for (const name of names) if (!rootName.has(inputs.responses[name]!)) rootName.set(inputs.responses[name]!, name);

  /** The pointer whose const holds a schema: a schema that is only a `$ref` is its target's. */
  const target = (pointer: string): string => {
    const seen: string[] = [];
    let at = pointer;
    for (let schema = schemas[at]; isRefOnly(schema); schema = schemas[at]) {
      if (seen.includes(at)) throw new RefError(`$ref #${at} refers back to itself (through ${seen.map((p) => `#${p}`).join(" → ")})`);
      seen.push(at);
      at = schema.$ref.slice(1);
    }
    if (!Object.hasOwn(schemas, at)) throw new RefError(`$ref #${at} has no schema among the validators' inputs`);
    return at;
  };
  const constName = (pointer: string): string => {
    const at = target(pointer);
    let name = constOf.get(at);
    if (name === undefined) {
      const base = `s_${baseName(at, rootName.get(at))}`;
      name = base;
      for (let n = 2; taken.has(name); n++) name = `${base}_${n}`;
      taken.add(name);
      constOf.set(at, name);
      order.push(at);
    }
    return name;
  };
  const refTo = (ref: string) => constName(ref.slice(1));

  const print = (schema: unknown): string => {
    if (typeof schema === "boolean") return String(schema);
    if (!isObject(schema)) return "{}";
    if (isRefOnly(schema)) return `()=>${refTo(schema.$ref)}`;
    const parts: string[] = [];
    for (const key of Object.keys(schema)) {
      const value = schema[key];
      if (NOT_PRINTED.has(key)) continue;
      if (key === "$ref") {
        if (typeof value === "string") parts.push(`$ref:()=>${refTo(value)}`);
      } else if (SCHEMA_LISTS.has(key) || (SCHEMA_VALUES.has(key) && Array.isArray(value))) {
        // A list of schemas (also OpenAPI 3.0's `items` as a tuple).
        parts.push(`${key}:[${(Array.isArray(value) ? value : []).map(print).join(",")}]`);
      } else if (SCHEMA_VALUES.has(key)) parts.push(`${key}:${print(value)}`);
      else if (SCHEMA_MAPS.has(key)) {
        const map = isObject(value) ? value : {};
        parts.push(`${key}:{${Object.keys(map).map((name) => `${propertyKey(name)}:${print(map[name])}`).join(",")}}`);
      } else parts.push(`${key}:${literal(value)}`);
    }
    return `{${parts.join(",")}}`;
  };

  const checks = names.map((name) => ({ name, schema: constName(inputs.responses[name]!) }));
  const consts: string[] = [];
  // Printing a schema names the schemas it refers to, which are printed in turn.
  for (let i = 0; i < order.length; i++) consts.push(`const ${constOf.get(order[i]!)!} = ${print(schemas[order[i]!])};`);

  const checker = names.includes("schemaCheck") ? "schemaCheck_" : "schemaCheck";
  const dialect = inputs.openapi.startsWith("3.0") ? ', "3.0"' : "";
  return [
    `// Generated from ${sourceFile} by \`npm run generate\`. Do not edit.`,
    "// Response validators: the lean schema of each operation's JSON success body, as data",
    "// (codegen/emit/validators.ts), checked at run time by runtime/schema-check.ts; formats are not checked.",
    "// @ts-nocheck: the schemas are plain data; only the exports below are typed.",
    'import type { ResponseCheck } from "../runtime/validation.js";',
    `import { schemaCheck${checker === "schemaCheck" ? "" : ` as ${checker}`} } from "../runtime/schema-check.js";`,
    "// What a lean client needs beside the checks: createXConfig({ validateResponse: responseValidation({ ... }) }).",
    'export { responseValidation, ResponseValidationError } from "../runtime/validation.js";',
    "",
    ...consts,
    "",
    ...checks.map(
      ({ name, schema }) =>
        `export const ${name}: ResponseCheck = { name: ${JSON.stringify(name)}, operation: ${JSON.stringify(inputs.operations[name])}, validate: /* @__PURE__ */ ${checker}(${schema}${dialect}) };`,
    ),
    "",
    `/** Every check of this module (${names.length}): what \`validate: "responses"\` loads. */`,
    `export const responseValidators: Readonly<Record<string, ResponseCheck>> = { ${names.join(", ")} };`,
    "",
  ].join("\n");
}

/** A readable name for the const of the schema at a pointer: its component's, or its operation's. */
function baseName(pointer: string, operation: string | undefined): string {
  const component = "/components/schemas/";
  if (pointer.startsWith(component)) return pointer.slice(component.length).split("/").map(unescapePointer).map(typeName).join("_");
  if (operation !== undefined) return operation;
  return pointer.slice(1).split("/").map(unescapePointer).map(typeName).join("_");
}

/** An object key as JavaScript source: a name as it is, anything else quoted; `__proto__` computed, so it stays an own key. */
function propertyKey(key: string): string {
  if (key === "__proto__") return '["__proto__"]';
  return /^[A-Za-z_$][\w$]*$/.test(key) ? key : JSON.stringify(key);
}

/** A JSON value (an enum's, a const's) as JavaScript source. */
function literal(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(literal).join(",")}]`;
  if (isObject(value)) return `{${Object.keys(value).map((key) => `${propertyKey(key)}:${literal(value[key])}`).join(",")}}`;
  return JSON.stringify(value) ?? "null";
}
