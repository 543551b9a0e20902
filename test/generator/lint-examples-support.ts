// Shared by the example-lint tests: the places a spec's examples are checked (collected in one
// Redocly walk), and two judges of a value at such a place: Redocly's own (its Ajv, as its
// example rules call it) and the toolkit's (codegen/lint-examples-validate.ts).
import { createRequire } from "node:module";
import { createConfig, lint } from "@redocly/openapi-core";
import "../../codegen/redocly-fixes.js";
import { DiscriminatorWithoutAlternatives, SchemaIndex, validateExampleValue, type ResolveRef } from "../../codegen/lint-examples-validate.js";

const requireFromRedocly = createRequire(createRequire(import.meta.url).resolve("@redocly/openapi-core/lib/lint.js"));
// Read at call time: redocly-fixes.ts replaces this export with its null-prototype wrapper.
const ajvRules = requireFromRedocly("./rules/ajv.js") as {
  validateJsonSchema(data: unknown, schema: unknown, schemaLoc: unknown, instancePath: string, resolve: unknown, allowAdditional: boolean): { valid: boolean };
  releaseAjvInstance(): void;
};

type Obj = Record<string, unknown>;
interface Location {
  source: { absoluteRef: string };
  pointer: string;
  absolutePointer: string;
  child(path: string | Array<string | number>): Location;
}
type RedoclyResolve = (node: unknown, from?: string) => { node: unknown; location?: Location };

/** One example (or a place an example could be) and the schema it is judged against. */
export interface Site {
  kind: "media-type" | "parameter" | "schema";
  /** Where it is, for messages: file#pointer. */
  where: string;
  /** The example in the spec, when there is one. */
  value?: unknown;
  schema: unknown;
  /** Where Redocly's rule said the schema is: its Ajv caches the compiled schema under this. */
  schemaLocation: Location;
  resolve: RedoclyResolve;
}

const isObject = (value: unknown): value is Obj => typeof value === "object" && value !== null && !Array.isArray(value);

/** Every media type and parameter with a schema, and every schema with an example (or examples), of a spec. */
export async function collectSites(entry: string): Promise<Site[]> {
  const sites: Site[] = [];
  const add = (kind: Site["kind"], value: unknown, schema: unknown, at: Location, schemaLocation: Location, resolve: RedoclyResolve) =>
    sites.push({ kind, where: `${at.source.absoluteRef}${at.pointer}`, value, schema, schemaLocation, resolve });
  type Ctx = { location: Location; resolve: RedoclyResolve };
  const collector = {
    MediaType: {
      leave(media: Obj, ctx: Ctx) {
        if (!media.schema) return;
        const schemaAt = ctx.location.child("schema");
        const values: unknown[] = [];
        if (media.example !== undefined) values.push(media.example);
        else if (isObject(media.examples)) {
          for (const entry of Object.values(media.examples)) {
            const example = ctx.resolve(entry).node;
            if (isObject(example) && example.value !== undefined) values.push(example.value);
          }
        }
        if (values.length === 0) add("media-type", undefined, media.schema, ctx.location, schemaAt, ctx.resolve);
        for (const value of values) add("media-type", value, media.schema, ctx.location, schemaAt, ctx.resolve);
      },
    },
    Parameter: {
      leave(parameter: Obj, ctx: Ctx) {
        if (!parameter.schema) return;
        const schemaAt = ctx.location.child("schema");
        const values: unknown[] = parameter.example !== undefined ? [parameter.example] : [];
        if (isObject(parameter.examples)) {
          for (const example of Object.values(parameter.examples)) if (isObject(example) && Object.hasOwn(example, "value")) values.push(example.value);
        }
        if (values.length === 0) add("parameter", undefined, parameter.schema, ctx.location, schemaAt, ctx.resolve);
        for (const value of values) add("parameter", value, parameter.schema, ctx.location, schemaAt, ctx.resolve);
      },
    },
    Schema: {
      leave(schema: Obj, ctx: Ctx) {
        if (Array.isArray(schema.examples)) for (const example of schema.examples) add("schema", example, schema, ctx.location, ctx.location.child("schema"), ctx.resolve);
        if (schema.example === undefined) return;
        if (schema.nullable === true && schema.example === null && schema.type !== undefined) return;
        add("schema", schema.example, schema, ctx.location, ctx.location.child("schema"), ctx.resolve);
      },
    },
  };
  const plugin = { id: "collect", rules: { oas3: { sites: () => collector } } };
  const config = await createConfig({ plugins: [plugin as never], rules: { "collect/sites": "error" } } as never);
  await lint({ ref: entry, config });
  return sites;
}

/**
 * Redocly's verdict: its Ajv (patched by redocly-fixes.ts), as its rules call it; a thrown compile
 * error is a refusal too. "redocly-bug" is the one accepted difference met on values: Ajv's deep
 * equality (uniqueItems, enum and const with objects) calls `valueOf` on the null-prototype copies
 * that redocly-fixes.ts hands it, and throws instead of judging; the toolkit compares them.
 */
export function redoclyVerdict(site: Site, value: unknown, forbidUndeclared: boolean): "accepted" | "refused" | "redocly-bug" {
  try {
    return ajvRules.validateJsonSchema(value, site.schema, site.schemaLocation, "#/x", site.resolve, !forbidUndeclared).valid ? "accepted" : "refused";
  } catch (error) {
    const message = (error as Error).message;
    if (/\.valueOf is not a function/.test(message)) return "redocly-bug";
    return message === "discriminator: requires oneOf or anyOf composite keyword" ? "accepted" : "refused";
  }
}

/** Starts a fresh Redocly Ajv that refuses (or allows) undeclared properties, as a lint of that level does. */
export function resetRedoclyAjv(): void {
  ajvRules.releaseAjvInstance();
}

const indexes = new WeakMap<RedoclyResolve, SchemaIndex>();

/** The toolkit's verdict at the same site. */
export function toolkitAccepts(site: Site, value: unknown, forbidUndeclared: boolean): boolean {
  let index = indexes.get(site.resolve);
  if (!index) {
    const resolve: ResolveRef = (ref, fromFile) => {
      const found = site.resolve(ref, fromFile);
      return found.location ? { node: found.node, file: found.location.source.absoluteRef } : undefined;
    };
    indexes.set(site.resolve, (index = new SchemaIndex(resolve)));
  }
  try {
    return validateExampleValue(value, site.schema, site.schemaLocation.source.absoluteRef, index, { forbidUndeclared }).length === 0;
  } catch (error) {
    return error instanceof DiscriminatorWithoutAlternatives;
  }
}

/**
 * A plausible value for a schema (every property, the first alternative, the first enum value),
 * so that a spec without examples still gives the differential test values near the boundary.
 */
export function sampleOf(schema: unknown, file: string, resolve: RedoclyResolve, depth = 0): unknown {
  if (!isObject(schema) || depth > 8) return null;
  if (typeof schema.$ref === "string") {
    const found = resolve(schema, file);
    return found.location ? sampleOf(found.node, found.location.source.absoluteRef, resolve, depth + 1) : null;
  }
  if (Array.isArray(schema.enum) && schema.enum.length > 0) return schema.enum[0];
  if (schema.const !== undefined) return schema.const;
  if (schema.example !== undefined) return schema.example;
  for (const keyword of ["oneOf", "anyOf"]) {
    const alternatives = schema[keyword];
    if (Array.isArray(alternatives) && alternatives.length > 0) return sampleOf(alternatives[0], file, resolve, depth + 1);
  }
  if (Array.isArray(schema.allOf)) {
    const merged: Obj = {};
    for (const member of schema.allOf) {
      const part = sampleOf(member, file, resolve, depth + 1);
      if (isObject(part)) Object.assign(merged, part);
    }
    if (isObject(schema.properties)) Object.assign(merged, sampleOf({ ...schema, allOf: undefined }, file, resolve, depth + 1));
    return merged;
  }
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  if (type === "object" || isObject(schema.properties)) {
    const value: Obj = {};
    for (const [key, property] of Object.entries(isObject(schema.properties) ? schema.properties : {})) value[key] = sampleOf(property, file, resolve, depth + 1);
    return value;
  }
  if (type === "array") return [sampleOf(schema.items, file, resolve, depth + 1)];
  if (type === "integer") return typeof schema.minimum === "number" ? Math.ceil(schema.minimum) : 1;
  if (type === "number") return typeof schema.minimum === "number" ? schema.minimum : 1.5;
  if (type === "boolean") return true;
  if (type === "string") return "x".repeat(typeof schema.minLength === "number" ? schema.minLength : 1);
  return null;
}
