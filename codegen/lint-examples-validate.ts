// Judges one example value against a schema by walking both, with Ajv's verdicts and messages
// (Redocly's example rules ran Ajv with allErrors, discriminator support, no format checks and
// `nullable`). Ajv compiled every schema into JavaScript first, which is most of a lint's time;
// an example is checked a handful of times, so interpreting it costs far less.
//
// "Undeclared properties" is the strict lint's `allowAdditionalProperties: false`, which Redocly
// implements with Ajv's defaultUnevaluatedProperties: every schema that has `properties` or
// `patternProperties` (and no `unevaluatedProperties` of its own) refuses a property no keyword
// of it evaluated, except a schema that is itself a member of an `allOf` (the schema holding the
// allOf judges the merged members), where a member reached through one `$ref` counts as a member.

import {
  DiscriminatorWithoutAlternatives,
  isObject,
  own,
  patternOf,
  SchemaError,
  SchemaIndex,
  schemaTypes,
  type Obj,
  type ResolveRef,
} from "./lint-examples-schema.js";

export { DiscriminatorWithoutAlternatives, SchemaError, SchemaIndex, type ResolveRef };

/** One reason an example does not conform, addressed inside the example. */
export interface ExampleError {
  /** Path of the offending value inside the example (keys and indexes, unescaped). */
  path: Array<string | number>;
  keyword: string;
  /** Ajv's wording, e.g. "must be string". */
  message: string;
  /** The property an additionalProperties/unevaluatedProperties error is about. */
  property?: string;
  /** The allowed values of a failed `enum`. */
  allowed?: unknown[];
}

export interface ValidateOptions {
  /** Refuse properties the schema does not declare (the strict lint). */
  forbidUndeclared: boolean;
}

/** Which properties and leading items the keywords of a schema evaluated (for unevaluated*). */
interface Evaluated {
  props: Set<string> | true;
  items: number | true;
}

/** Where a schema is applied, as far as forced unevaluatedProperties are concerned. */
interface Scope {
  /** The schema is a direct member of an allOf. */
  allOfMember: boolean;
  /** The `$ref` that led to the current referenced schema was an allOf member. */
  refFromAllOf: boolean;
  /** The data is the same value the current referenced schema was entered with. */
  atRefEntry: boolean;
}

/**
 * How many times one example may apply a schema to a value. YAML aliases make a value that is
 * small on disk and exponential to walk (30 lines of `&a [*b, *b]` are 2^30 values); the largest
 * example of our specs and of the synthetic 1,120-operation one needs 149. (Today Redocly's own
 * walk of such an example runs out of memory before any rule sees it, so the file checks must
 * refuse it first; this check does not rely on that.)
 */
export const MAX_STEPS = 1_000_000;

/** An example too large to check (see MAX_STEPS); it is reported, not judged. */
export class ExampleTooLarge extends Error {
  constructor() {
    super(`checking it took more than ${MAX_STEPS.toLocaleString("en-US")} steps (YAML aliases that repeat values make an example larger than it looks), so it was not checked`);
  }
}

const ROOT_SCOPE: Scope = { allOfMember: false, refFromAllOf: false, atRefEntry: true };

/**
 * The errors of `value` against `schema` (read from `file`), in the order Ajv finds them.
 * Throws SchemaError when the schema itself is unusable, DiscriminatorWithoutAlternatives when
 * Redocly would skip the example.
 */
export function validateExampleValue(value: unknown, schema: unknown, file: string, index: SchemaIndex, options: ValidateOptions): ExampleError[] {
  index.assertUsable(schema, file);
  const run = new ExampleRun(index, options.forbidUndeclared);
  run.check(value, schema, file, [], ROOT_SCOPE);
  return run.errors;
}

function none(): Evaluated {
  return { props: new Set(), items: 0 };
}

function merge(into: Evaluated, from: Evaluated): void {
  if (into.props !== true) {
    if (from.props === true) into.props = true;
    else for (const key of from.props) into.props.add(key);
  }
  if (into.items !== true) into.items = from.items === true ? true : Math.max(into.items, from.items);
}

function jsonType(value: unknown): string {
  if (Array.isArray(value)) return "array";
  if (value === null) return "null";
  return typeof value;
}

/** Ajv's type test; `integer` is its `!(x % 1) && !isNaN(x)`. */
function hasType(value: unknown, type: string): boolean {
  switch (type) {
    case "integer":
      return typeof value === "number" && !(value % 1) && !Number.isNaN(value);
    case "object":
      return isObject(value);
    default:
      return jsonType(value) === type;
  }
}

function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return Number.isNaN(a) && Number.isNaN(b);
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) return a.length === (b as unknown[]).length && a.every((item, i) => deepEqual(item, (b as unknown[])[i]));
  const keysA = Object.keys(a);
  if (keysA.length !== Object.keys(b).length) return false;
  return keysA.every((key) => Object.hasOwn(b, key) && deepEqual((a as Obj)[key], (b as Obj)[key]));
}

/** Counts code points, as Ajv does for minLength/maxLength. */
function codePoints(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
}

class ExampleRun {
  readonly errors: ExampleError[] = [];
  /** Schemas applied to values so far, against MAX_STEPS. */
  private steps = 0;
  /** Objects being checked against each referenced schema: Ajv stops a `$ref` that loops on the same object. */
  private readonly onStack = new Map<object, Set<object>>();

  constructor(
    private readonly index: SchemaIndex,
    private readonly forbidUndeclared: boolean,
  ) {}

  private fail(path: Array<string | number>, keyword: string, message: string, extra: Partial<ExampleError> = {}): void {
    this.errors.push({ path, keyword, message, ...extra });
  }

  /** Checks without keeping errors; true when the value passes. */
  private passes(value: unknown, schema: unknown, file: string, path: Array<string | number>, scope: Scope): { valid: boolean; evaluated: Evaluated } {
    const mark = this.errors.length;
    const evaluated = this.check(value, schema, file, path, scope);
    const valid = this.errors.length === mark;
    this.errors.length = mark;
    return { valid, evaluated };
  }

  check(value: unknown, schema: unknown, file: string, path: Array<string | number>, scope: Scope): Evaluated {
    if (++this.steps > MAX_STEPS) throw new ExampleTooLarge();
    const evaluated = none();
    if (schema === false) {
      this.fail(path, "false schema", "boolean schema is false");
      return evaluated;
    }
    if (!isObject(schema)) return evaluated;
    // Ajv's order: keywords for any type first, then those of the value's type; the discriminator
    // was added to Ajv after the unevaluated keywords, so it comes last and what it evaluates is
    // not seen by the (forced) unevaluatedProperties of its own schema.
    if (typeof own(schema, "$ref") === "string") this.checkRef(value, schema, file, path, scope, evaluated);
    this.checkType(value, schema, path);
    this.checkComposition(value, schema, file, path, scope, evaluated);
    this.checkValue(value, schema, path);
    if (typeof value === "number") this.checkNumber(value, schema, path);
    else if (typeof value === "string") this.checkString(value, schema, path);
    else if (Array.isArray(value)) {
      this.checkArray(value, schema, file, path, evaluated);
      this.checkUnevaluatedItems(value, schema, file, path, evaluated);
    } else if (isObject(value)) {
      this.checkObject(value, schema, file, path, evaluated);
      this.checkUnevaluatedProperties(value, schema, file, path, scope, evaluated);
      if (own(schema, "discriminator") !== undefined) this.checkDiscriminator(value, schema, file, path, { ...scope, allOfMember: false }, evaluated);
    }
    return evaluated;
  }

  private checkRef(value: unknown, schema: Obj, file: string, path: Array<string | number>, scope: Scope, evaluated: Evaluated): void {
    const target = this.index.target(schema, file);
    const key = isObject(target.node) ? target.node : schema;
    let active = this.onStack.get(key);
    if (!active) this.onStack.set(key, (active = new Set()));
    const isObjectValue = typeof value === "object" && value !== null;
    if (isObjectValue && active.has(value)) return;
    if (isObjectValue) active.add(value);
    const scopeOfTarget: Scope = { allOfMember: false, refFromAllOf: scope.allOfMember, atRefEntry: true };
    const mark = this.errors.length;
    const fromTarget = this.check(value, target.node, target.file, path, scopeOfTarget);
    if (isObjectValue) active.delete(value);
    if (this.errors.length === mark) merge(evaluated, fromTarget);
  }

  private checkType(value: unknown, schema: Obj, path: Array<string | number>): void {
    const types = schemaTypes(schema);
    if (types.length > 0 && !types.some((type) => hasType(value, type))) this.fail(path, "type", `must be ${types.join(",")}`);
  }

  private checkNumber(value: number, schema: Obj, path: Array<string | number>): void {
    const minimum = own(schema, "minimum");
    const maximum = own(schema, "maximum");
    const exclusiveMinimum = own(schema, "exclusiveMinimum");
    const exclusiveMaximum = own(schema, "exclusiveMaximum");
    // OpenAPI 3.0 (draft-04): a boolean exclusiveMinimum/Maximum makes minimum/maximum exclusive.
    if (typeof minimum === "number") {
      if (exclusiveMinimum === true ? value <= minimum : value < minimum) {
        this.fail(path, "minimum", `must be ${exclusiveMinimum === true ? ">" : ">="} ${minimum}`);
      }
    }
    if (typeof maximum === "number") {
      if (exclusiveMaximum === true ? value >= maximum : value > maximum) {
        this.fail(path, "maximum", `must be ${exclusiveMaximum === true ? "<" : "<="} ${maximum}`);
      }
    }
    if (typeof exclusiveMinimum === "number" && value <= exclusiveMinimum) this.fail(path, "exclusiveMinimum", `must be > ${exclusiveMinimum}`);
    if (typeof exclusiveMaximum === "number" && value >= exclusiveMaximum) this.fail(path, "exclusiveMaximum", `must be < ${exclusiveMaximum}`);
    const multipleOf = own(schema, "multipleOf");
    if (typeof multipleOf === "number") {
      // Ajv's test, kept as is: the quotient must survive parseInt.
      const quotient = value / multipleOf;
      if (quotient !== parseInt(quotient as unknown as string)) this.fail(path, "multipleOf", `must be multiple of ${multipleOf}`);
    }
  }

  private checkString(value: string, schema: Obj, path: Array<string | number>): void {
    const maxLength = own(schema, "maxLength");
    const minLength = own(schema, "minLength");
    if (typeof maxLength === "number" || typeof minLength === "number") {
      const length = codePoints(value);
      if (typeof maxLength === "number" && length > maxLength) this.fail(path, "maxLength", `must NOT have more than ${maxLength} characters`);
      if (typeof minLength === "number" && length < minLength) this.fail(path, "minLength", `must NOT have fewer than ${minLength} characters`);
    }
    const pattern = own(schema, "pattern");
    if (typeof pattern === "string" && !patternOf(pattern).test(value)) this.fail(path, "pattern", `must match pattern "${pattern}"`);
  }

  private checkArray(value: unknown[], schema: Obj, file: string, path: Array<string | number>, evaluated: Evaluated): void {
    const maxItems = own(schema, "maxItems");
    const minItems = own(schema, "minItems");
    if (typeof maxItems === "number" && value.length > maxItems) this.fail(path, "maxItems", `must NOT have more than ${maxItems} items`);
    if (typeof minItems === "number" && value.length < minItems) this.fail(path, "minItems", `must NOT have fewer than ${minItems} items`);
    if (own(schema, "uniqueItems") === true) this.checkUniqueItems(value, path);
    const itemScope: Scope = { ...ROOT_SCOPE, atRefEntry: false };
    const prefixItems = own(schema, "prefixItems");
    const prefixLength = Array.isArray(prefixItems) ? Math.min(prefixItems.length, value.length) : 0;
    for (let i = 0; i < prefixLength; i++) this.check(value[i], (prefixItems as unknown[])[i], file, [...path, i], itemScope);
    if (Array.isArray(prefixItems)) evaluated.items = mergeCount(evaluated.items, prefixItems.length);
    const items = own(schema, "items");
    if (items !== undefined) {
      const start = Array.isArray(prefixItems) ? prefixItems.length : 0;
      if (items === false && value.length > start) this.fail(path, "items", `must NOT have more than ${start} items`);
      else for (let i = start; i < value.length; i++) this.check(value[i], items, file, [...path, i], itemScope);
      evaluated.items = true;
    }
    const contains = own(schema, "contains");
    if (contains !== undefined) this.checkContains(value, schema, contains, file, path);
  }

  private checkUniqueItems(value: unknown[], path: Array<string | number>): void {
    for (let i = value.length - 1; i > 0; i--) {
      for (let j = i - 1; j >= 0; j--) {
        if (deepEqual(value[i], value[j])) {
          this.fail(path, "uniqueItems", `must NOT have duplicate items (items ## ${j} and ${i} are identical)`);
          return;
        }
      }
    }
  }

  private checkContains(value: unknown[], schema: Obj, contains: unknown, file: string, path: Array<string | number>): void {
    const min = typeof own(schema, "minContains") === "number" ? (own(schema, "minContains") as number) : 1;
    const max = typeof own(schema, "maxContains") === "number" ? (own(schema, "maxContains") as number) : undefined;
    const matching = value.filter((item, i) => this.passes(item, contains, file, [...path, i], { ...ROOT_SCOPE, atRefEntry: false }).valid).length;
    if (matching < min || (max !== undefined && matching > max)) {
      const message = max === undefined ? `must contain at least ${min} valid item(s)` : `must contain at least ${min} and no more than ${max} valid item(s)`;
      this.fail(path, "contains", message);
    }
  }

  private checkObject(value: Obj, schema: Obj, file: string, path: Array<string | number>, evaluated: Evaluated): void {
    const keys = Object.keys(value);
    const maxProperties = own(schema, "maxProperties");
    const minProperties = own(schema, "minProperties");
    if (typeof maxProperties === "number" && keys.length > maxProperties) this.fail(path, "maxProperties", `must NOT have more than ${maxProperties} properties`);
    if (typeof minProperties === "number" && keys.length < minProperties) this.fail(path, "minProperties", `must NOT have fewer than ${minProperties} properties`);
    const required = own(schema, "required");
    if (Array.isArray(required)) {
      for (const name of required) {
        if (!Object.hasOwn(value, String(name))) this.fail(path, "required", `must have required property '${String(name)}'`);
      }
    }
    this.checkDependencies(value, schema, file, path, evaluated);
    const propertyScope: Scope = { ...ROOT_SCOPE, atRefEntry: false };
    const propertyNames = own(schema, "propertyNames");
    if (propertyNames !== undefined) {
      for (const key of keys) {
        const mark = this.errors.length;
        this.check(key, propertyNames, file, path, propertyScope);
        if (this.errors.length > mark) this.fail(path, "propertyNames", "property name must be valid");
      }
    }
    const properties = own(schema, "properties");
    const declared = isObject(properties) ? properties : {};
    const patternProperties = own(schema, "patternProperties");
    const patterns = isObject(patternProperties) ? Object.keys(patternProperties) : [];
    for (const key of keys) {
      if (Object.hasOwn(declared, key)) {
        this.check(value[key], declared[key], file, [...path, key], propertyScope);
        if (evaluated.props !== true) evaluated.props.add(key);
      }
    }
    for (const pattern of patterns) {
      const regExp = patternOf(pattern);
      for (const key of keys) {
        if (!regExp.test(key)) continue;
        this.check(value[key], (patternProperties as Obj)[pattern], file, [...path, key], propertyScope);
        if (evaluated.props !== true) evaluated.props.add(key);
      }
    }
    const additional = own(schema, "additionalProperties");
    if (additional === undefined) return;
    for (const key of keys) {
      if (Object.hasOwn(declared, key) || patterns.some((p) => patternOf(p).test(key))) continue;
      if (additional === false) this.fail(path, "additionalProperties", "must NOT have additional properties", { property: key });
      else this.check(value[key], additional, file, [...path, key], propertyScope);
    }
    evaluated.props = true;
  }

  private checkDependencies(value: Obj, schema: Obj, file: string, path: Array<string | number>, evaluated: Evaluated): void {
    const requiring: Array<[string, unknown]> = [];
    const applying: Array<[string, unknown]> = [];
    const dependencies = own(schema, "dependencies");
    if (isObject(dependencies)) {
      for (const [key, dependency] of Object.entries(dependencies)) (Array.isArray(dependency) ? requiring : applying).push([key, dependency]);
    }
    const dependentRequired = own(schema, "dependentRequired");
    if (isObject(dependentRequired)) requiring.push(...Object.entries(dependentRequired));
    const dependentSchemas = own(schema, "dependentSchemas");
    if (isObject(dependentSchemas)) applying.push(...Object.entries(dependentSchemas));
    for (const [key, names] of requiring) {
      if (!Object.hasOwn(value, key) || !Array.isArray(names)) continue;
      const missing = names.filter((name) => !Object.hasOwn(value, String(name)));
      for (const name of missing) this.fail(path, "dependentRequired", `must have property ${String(name)} when property ${key} is present`);
    }
    for (const [key, sub] of applying) {
      if (Object.hasOwn(value, key)) merge(evaluated, this.check(value, sub, file, path, { ...ROOT_SCOPE, atRefEntry: false }));
    }
  }

  private checkValue(value: unknown, schema: Obj, path: Array<string | number>): void {
    if (Object.hasOwn(schema, "const") && !deepEqual(value, schema.const)) this.fail(path, "const", "must be equal to constant");
    const allowed = own(schema, "enum");
    if (Array.isArray(allowed) && !allowed.some((candidate) => deepEqual(value, candidate))) {
      this.fail(path, "enum", "must be equal to one of the allowed values", { allowed });
    }
  }

  private checkComposition(value: unknown, schema: Obj, file: string, path: Array<string | number>, scope: Scope, evaluated: Evaluated): void {
    const sameData: Scope = { ...scope, allOfMember: false };
    const allOf = own(schema, "allOf");
    if (Array.isArray(allOf)) {
      for (const member of allOf) merge(evaluated, this.check(value, member, file, path, { ...scope, allOfMember: true }));
    }
    // With a discriminator, Ajv skips oneOf/anyOf and checks only the alternative the tag names.
    const discriminated = own(schema, "discriminator") !== undefined;
    const anyOf = own(schema, "anyOf");
    if (Array.isArray(anyOf) && !discriminated) this.checkAnyOf(value, anyOf, file, path, sameData, evaluated);
    const oneOf = own(schema, "oneOf");
    if (Array.isArray(oneOf) && !discriminated) this.checkOneOf(value, oneOf, file, path, sameData, evaluated);
    const not = own(schema, "not");
    if (not !== undefined && this.passes(value, not, file, path, sameData).valid) this.fail(path, "not", "must NOT be valid");
    this.checkCondition(value, schema, file, path, sameData, evaluated);
  }

  /** anyOf: every alternative is tried (so each passing one marks what it evaluated). */
  private checkAnyOf(value: unknown, alternatives: unknown[], file: string, path: Array<string | number>, scope: Scope, evaluated: Evaluated): void {
    const mark = this.errors.length;
    let valid = false;
    for (const alternative of alternatives) {
      const before = this.errors.length;
      const fromAlternative = this.check(value, alternative, file, path, scope);
      if (this.errors.length === before) {
        valid = true;
        merge(evaluated, fromAlternative);
      }
    }
    if (valid) this.errors.length = mark;
    else this.fail(path, "anyOf", "must match a schema in anyOf");
  }

  /** oneOf: the search ends at a second passing alternative, as in Ajv. */
  private checkOneOf(value: unknown, alternatives: unknown[], file: string, path: Array<string | number>, scope: Scope, evaluated: Evaluated): void {
    const mark = this.errors.length;
    let passing = 0;
    let fromPassing: Evaluated | undefined;
    for (const alternative of alternatives) {
      const before = this.errors.length;
      const fromAlternative = this.check(value, alternative, file, path, scope);
      if (this.errors.length !== before) continue;
      passing++;
      if (passing === 2) break;
      fromPassing = fromAlternative;
    }
    if (passing === 1) {
      this.errors.length = mark;
      merge(evaluated, fromPassing!);
    } else {
      this.fail(path, "oneOf", "must match exactly one schema in oneOf");
    }
  }

  private checkDiscriminator(value: Obj, schema: Obj, file: string, path: Array<string | number>, scope: Scope, evaluated: Evaluated): void {
    const mapping = this.index.mapping(schema, file);
    const tagName = own(own(schema, "discriminator") as Obj, "propertyName") as string;
    const tag = own(value, tagName);
    if (typeof tag !== "string") {
      this.fail(path, "discriminator", `tag "${tagName}" must be string`);
      return;
    }
    const index = mapping.get(tag);
    if (index === undefined) {
      this.fail(path, "discriminator", `value of tag "${tagName}" must be in oneOf or anyOf`);
      return;
    }
    const alternatives = (own(schema, "oneOf") ?? own(schema, "anyOf")) as unknown[];
    const mark = this.errors.length;
    const fromAlternative = this.check(value, alternatives[index], file, path, scope);
    if (this.errors.length === mark) merge(evaluated, fromAlternative);
  }

  private checkCondition(value: unknown, schema: Obj, file: string, path: Array<string | number>, scope: Scope, evaluated: Evaluated): void {
    const condition = own(schema, "if");
    const then = own(schema, "then");
    const otherwise = own(schema, "else");
    if (condition === undefined || (then === undefined && otherwise === undefined)) return;
    const tested = this.passes(value, condition, file, path, scope);
    const branch = tested.valid ? then : otherwise;
    if (tested.valid) merge(evaluated, tested.evaluated);
    if (branch === undefined) return;
    const mark = this.errors.length;
    const fromBranch = this.check(value, branch, file, path, scope);
    if (this.errors.length === mark) merge(evaluated, fromBranch);
    else this.fail(path, "if", `must match "${tested.valid ? "then" : "else"}" schema`);
  }

  private checkUnevaluatedProperties(value: Obj, schema: Obj, file: string, path: Array<string | number>, scope: Scope, evaluated: Evaluated): void {
    const explicit = own(schema, "unevaluatedProperties");
    const declares = own(schema, "properties") !== undefined || own(schema, "patternProperties") !== undefined;
    const forced = explicit === undefined && this.forbidUndeclared && declares && !scope.allOfMember && !(scope.atRefEntry && scope.refFromAllOf);
    if (explicit === undefined && !forced) return;
    if (evaluated.props === true) return;
    const seen = evaluated.props;
    for (const key of Object.keys(value)) {
      if (seen.has(key)) continue;
      if (forced || explicit === false) this.fail(path, "unevaluatedProperties", "must NOT have unevaluated properties", { property: key });
      else this.check(value[key], explicit, file, [...path, key], { ...ROOT_SCOPE, atRefEntry: false });
    }
    if (!forced) evaluated.props = true;
  }

  private checkUnevaluatedItems(value: unknown[], schema: Obj, file: string, path: Array<string | number>, evaluated: Evaluated): void {
    const explicit = own(schema, "unevaluatedItems");
    if (explicit === undefined || evaluated.items === true) return;
    const start = evaluated.items;
    if (explicit === false && value.length > start) this.fail(path, "unevaluatedItems", `must NOT have more than ${start} items`);
    else for (let i = start; i < value.length; i++) this.check(value[i], explicit, file, [...path, i], { ...ROOT_SCOPE, atRefEntry: false });
    evaluated.items = true;
  }
}

function mergeCount(items: number | true, count: number): number | true {
  return items === true ? true : Math.max(items, count);
}
