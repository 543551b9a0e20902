// The checks a schema must pass before any example can be judged against it: the ones Redocly's
// Ajv made when it compiled a schema (a keyword whose value has the wrong type, a pattern that is
// not a regular expression, a `$ref` that does not resolve, a discriminator it cannot map).
// Ajv compiled everything reachable from the schema, so one broken subschema made every example
// of it fail with "Example validation errored: …", whichever branch the example takes; the same
// verdict comes from here, found once per schema instead of once per compile.
//
// Two things Ajv refused are valid OpenAPI 3.0 and accepted here (the accepted differences):
// `nullable` without `type` (OpenAPI 3.0.3: it then has no effect) and boolean
// `exclusiveMinimum`/`exclusiveMaximum` (OpenAPI 3.0's draft-04 form, applied to minimum/maximum).

export type Obj = Record<string, unknown>;

/** A schema node and the file it was read from (a `$ref` inside it is relative to that file). */
export interface Located {
  node: unknown;
  file: string;
}

/** Redocly's resolver: the node a `$ref` points to, or undefined when it cannot be resolved. */
export type ResolveRef = (ref: { $ref: string }, fromFile: string) => Located | undefined;

/** A schema that cannot be used at all; every example checked against it is reported with this. */
export class SchemaError extends Error {}

/** Ajv's silent case: Redocly skips the example when a discriminator has no oneOf/anyOf. */
export class DiscriminatorWithoutAlternatives extends Error {}

export const isObject = (value: unknown): value is Obj => typeof value === "object" && value !== null && !Array.isArray(value);
export const own = (value: Obj, key: string): unknown => (Object.hasOwn(value, key) ? value[key] : undefined);

export const JSON_TYPES = new Set(["string", "number", "integer", "boolean", "null", "object", "array"]);

type ValueType = "number" | "string" | "boolean" | "array" | "object" | "null";
const SCHEMA = ["object", "boolean"] as const;
const BOOLEAN_OR_SCHEMA = ["boolean", "object"] as const;

/** What type each keyword's value must have (Ajv's `schemaType` of the keyword, in its order). */
const KEYWORD_TYPES: Readonly<Record<string, readonly ValueType[]>> = {
  $ref: ["string"],
  type: ["string", "array"],
  nullable: ["boolean"],
  format: ["string"],
  minLength: ["number"],
  maxLength: ["number"],
  minItems: ["number"],
  maxItems: ["number"],
  minProperties: ["number"],
  maxProperties: ["number"],
  minContains: ["number"],
  maxContains: ["number"],
  minimum: ["number"],
  maximum: ["number"],
  multipleOf: ["number"],
  // Ajv: ["number"]; the boolean is OpenAPI 3.0's form (an accepted difference, see above).
  exclusiveMinimum: ["number", "boolean"],
  exclusiveMaximum: ["number", "boolean"],
  pattern: ["string"],
  required: ["array"],
  enum: ["array"],
  uniqueItems: ["boolean"],
  properties: ["object"],
  patternProperties: ["object"],
  dependentSchemas: ["object"],
  dependentRequired: ["object"],
  dependencies: ["object"],
  discriminator: ["object"],
  allOf: ["array"],
  anyOf: ["array"],
  oneOf: ["array"],
  prefixItems: ["array"],
  additionalProperties: BOOLEAN_OR_SCHEMA,
  unevaluatedProperties: BOOLEAN_OR_SCHEMA,
  unevaluatedItems: BOOLEAN_OR_SCHEMA,
  items: SCHEMA,
  contains: SCHEMA,
  propertyNames: SCHEMA,
  not: SCHEMA,
  if: SCHEMA,
  then: SCHEMA,
  else: SCHEMA,
};

function valueType(value: unknown): ValueType {
  if (Array.isArray(value)) return "array";
  if (value === null) return "null";
  return typeof value as ValueType;
}

/** The types a schema allows, `nullable` included (as Ajv's getSchemaTypes, less its refusal above). */
export function schemaTypes(schema: Obj): string[] {
  const type = own(schema, "type");
  const types = Array.isArray(type) ? (type as unknown[]) : type === undefined ? [] : [type];
  if (!types.every((t) => typeof t === "string" && JSON_TYPES.has(t))) {
    throw new SchemaError(`type must be JSONType or JSONType[]: ${types.join(",")}`);
  }
  const names = types as string[];
  const nullable = own(schema, "nullable");
  if (names.includes("null")) {
    if (nullable === false) throw new SchemaError("type: null contradicts nullable: false");
    return names;
  }
  return nullable === true && names.length > 0 ? [...names, "null"] : names;
}

const patterns = new Map<string, RegExp>();

/** The compiled `pattern` (unicode, as Ajv's default), or a SchemaError naming it. */
export function patternOf(source: string): RegExp {
  let regExp = patterns.get(source);
  if (!regExp) {
    try {
      regExp = new RegExp(source, "u");
    } catch (error) {
      throw new SchemaError((error as Error).message);
    }
    patterns.set(source, regExp);
  }
  return regExp;
}

/** The subschemas Ajv compiles with a schema, each read from the same file. */
function* subschemas(schema: Obj): Generator<unknown> {
  for (const keyword of ["properties", "patternProperties", "dependentSchemas"]) {
    const map = own(schema, keyword);
    if (isObject(map)) yield* Object.values(map);
  }
  const dependencies = own(schema, "dependencies");
  if (isObject(dependencies)) yield* Object.values(dependencies).filter((d) => !Array.isArray(d));
  for (const keyword of ["allOf", "anyOf", "oneOf", "prefixItems"]) {
    const list = own(schema, keyword);
    if (Array.isArray(list)) yield* list;
  }
  for (const keyword of ["additionalProperties", "unevaluatedProperties", "unevaluatedItems", "items", "contains", "propertyNames", "not"]) {
    const sub = own(schema, keyword);
    if (sub !== undefined) yield sub;
  }
  // Ajv ignores `if` without `then`/`else`, and `then`/`else` without `if`.
  if (own(schema, "if") !== undefined && (own(schema, "then") !== undefined || own(schema, "else") !== undefined)) {
    yield own(schema, "if");
    if (own(schema, "then") !== undefined) yield own(schema, "then");
    if (own(schema, "else") !== undefined) yield own(schema, "else");
  }
}

/** Keywords Ajv knows besides those above (annotations included); anything else it ignores. */
const OTHER_KEYWORDS = new Set([
  "type", "const", "format", "title", "description", "default", "deprecated", "readOnly", "writeOnly", "examples",
  "$comment", "$id", "$schema", "$defs", "definitions", "$anchor", "$dynamicRef", "$dynamicAnchor", "$vocabulary",
  "contentMediaType", "contentEncoding", "contentSchema",
]);

/** Ajv's schemaHasRulesButRef: does a `$ref` schema say anything else Ajv would apply? */
function hasKeywordsBesideRef(schema: Obj): boolean {
  return Object.keys(schema).some((key) => key !== "$ref" && (Object.hasOwn(KEYWORD_TYPES, key) || OTHER_KEYWORDS.has(key)));
}

/** Where a discriminator sends each tag value: the index of the oneOf/anyOf alternative. */
export type DiscriminatorMapping = Map<string, number>;

export class SchemaIndex {
  /** Schemas whose whole reachable graph was found usable; not checked again. */
  private readonly usable = new WeakSet<object>();
  private readonly mappings = new WeakMap<object, DiscriminatorMapping>();

  constructor(readonly resolve: ResolveRef) {}

  /**
   * The target of a `$ref`. As in Redocly's Ajv: a pointer that finds nothing in a file that was
   * read is an empty schema (no-unresolved-refs reports it), a file that cannot be read is a
   * SchemaError ("can't resolve reference").
   */
  target(schema: Obj, file: string): Located {
    const ref = own(schema, "$ref") as string;
    const found = this.resolve({ $ref: ref }, file);
    // The problem is reported in the file holding the schema: no machine path in the message.
    if (!found) throw new SchemaError(`can't resolve reference ${ref}`);
    return found.node === undefined ? { node: {}, file: found.file } : found;
  }

  /** Throws the first problem found in the schema or anything it reaches. */
  assertUsable(schema: unknown, file: string): void {
    if (typeof schema === "object" && schema !== null && this.usable.has(schema)) return;
    const seen = new Set<object>();
    const pending: Located[] = [{ node: schema, file }];
    while (pending.length > 0) {
      const { node, file: from } = pending.pop()!;
      if (!isObject(node) || seen.has(node) || this.usable.has(node)) continue;
      seen.add(node);
      this.checkOwnKeywords(node, from);
      for (const sub of subschemas(node)) pending.push({ node: sub, file: from });
      if (typeof own(node, "$ref") === "string") pending.push(this.target(node, from));
    }
    // Every node seen had its whole reachable graph seen too, without a problem.
    for (const node of seen) this.usable.add(node);
  }

  /** The discriminator's tag → alternative table, built (and checked) as Ajv builds it. */
  mapping(schema: Obj, file: string): DiscriminatorMapping {
    let mapping = this.mappings.get(schema);
    if (!mapping) {
      mapping = this.buildMapping(schema, file);
      this.mappings.set(schema, mapping);
    }
    return mapping;
  }

  private checkOwnKeywords(schema: Obj, file: string): void {
    for (const keyword of Object.keys(schema)) {
      const allowed = Object.hasOwn(KEYWORD_TYPES, keyword) ? KEYWORD_TYPES[keyword]! : undefined;
      const value = schema[keyword];
      if (allowed && value !== undefined && !allowed.includes(valueType(value))) {
        const ajvTypes = keyword.startsWith("exclusiveM") ? ["number"] : allowed;
        throw new SchemaError(`${keyword} value must be ${JSON.stringify(ajvTypes)}`);
      }
    }
    schemaTypes(schema);
    const pattern = own(schema, "pattern");
    if (typeof pattern === "string") patternOf(pattern);
    const patternProperties = own(schema, "patternProperties");
    if (isObject(patternProperties)) Object.keys(patternProperties).forEach(patternOf);
    if (own(schema, "discriminator") !== undefined) this.mapping(schema, file);
  }

  private buildMapping(schema: Obj, file: string): DiscriminatorMapping {
    const discriminator = own(schema, "discriminator") as Obj;
    const keyword = own(schema, "oneOf") ? "oneOf" : own(schema, "anyOf") ? "anyOf" : undefined;
    const tagName = own(discriminator, "propertyName");
    if (typeof tagName !== "string") throw new SchemaError("discriminator: requires propertyName");
    if (!keyword) throw new DiscriminatorWithoutAlternatives("discriminator: requires oneOf or anyOf composite keyword");
    const explicit = own(discriminator, "mapping");
    const mapping: DiscriminatorMapping = new Map();
    const add = (tag: unknown, index: number) => {
      if (typeof tag !== "string" || mapping.has(tag)) throw new SchemaError(`discriminator: "${tagName}" values must be unique strings`);
      mapping.set(tag, index);
    };
    const hasTag = (s: Obj) => Array.isArray(own(s, "required")) && (own(s, "required") as unknown[]).includes(tagName);
    let tagRequired = true;
    (own(schema, keyword) as unknown[]).forEach((alternative, index) => {
      let variant = alternative;
      const ref = isObject(variant) ? own(variant, "$ref") : undefined;
      if (typeof ref === "string" && isObject(explicit)) {
        // Ajv compares the mapping's values with the alternatives' `$ref` strings as written.
        const tags = Object.keys(explicit).filter((tag) => explicit[tag] === ref);
        if (tags.length > 0) return tags.forEach((tag) => add(tag, index));
      }
      if (typeof ref === "string" && !hasKeywordsBesideRef(variant as Obj)) variant = this.target(variant as Obj, file).node;
      const properties = isObject(variant) ? own(variant, "properties") : undefined;
      const tagSchema = isObject(properties) ? own(properties, tagName) : undefined;
      if (!isObject(tagSchema)) {
        throw new SchemaError(`discriminator: ${keyword} subschemas (or referenced schemas) must have "properties/${tagName}" or match mapping`);
      }
      tagRequired = tagRequired && (hasTag(schema) || hasTag(variant as Obj));
      const constant = own(tagSchema, "const");
      const values = own(tagSchema, "enum");
      if (constant) add(constant, index);
      else if (values) (values as unknown[]).forEach((tag) => add(tag, index));
      else throw new SchemaError(`discriminator: "properties/${tagName}" must have "const" or "enum"`);
    });
    if (!tagRequired) throw new SchemaError(`discriminator: "${tagName}" must be required`);
    return mapping;
  }
}
