// The checker behind the response validators: validators.ts holds each operation's lean schema
// as data (written by codegen/emit/validators.ts: only the keywords that decide validity, every
// `$ref` already turned into a function returning its target), and schemaCheck makes it a
// validator. It gives the verdicts of Ajv run with { strict: false, allErrors: false,
// validateFormats: false } (tested to agree: test/generator/schema-check.test.ts), and stops at
// the first error as that Ajv does, reporting it in Ajv's words at a JSON pointer into the value.
//
// A schema is turned into a tree of small functions on its first check (a `$ref` on the first
// value that reaches it, so recursive schemas are fine), and kept for the next checks.
//
// Dialects: OpenAPI 3.1 schemas are JSON Schema 2020-12 (prefixItems, `items` for the rest,
// minContains/maxContains, dependentRequired/dependentSchemas); OpenAPI 3.0 ones are draft-07
// with `nullable` (`items` as a list with additionalItems, and no 2019+ keyword), as Ajv's
// draft-07 class reads them. Where Ajv refused a schema outright (the generator then failed), it
// is read as OpenAPI defines it: a boolean exclusiveMinimum/exclusiveMaximum (OpenAPI 3.0's
// form) makes minimum/maximum exclusive, and `nullable` without `type` has no effect.
//
// Not checked: `format` (not in the lean schemas), `discriminator` (it does not change the
// verdict of oneOf/anyOf), and a `pattern` that is not a valid regular expression (Ajv would
// have refused the schema; a validator must not throw when it is imported or run).
//
// Differences from Ajv, on purpose: properties are the value's own keys (a body's `constructor`,
// `toString` or `__proto__` is a plain key, where Ajv read inherited ones), and a property the
// schema declares as `__proto__` is checked like any other (Ajv skipped it). A value nested so
// deep that the stack runs out fails its check with a message saying so, instead of throwing.
// Where Ajv's code is wrong (`contains`/`uniqueItems` beside a tuple, on arrays too short to
// reach it; a `contains` inside a loop, on an empty array), the checker gives the right verdict.
import type { ResponseValidator } from "./validation.js";

/** A lean schema: JSON Schema keywords, or a `$ref` as a function returning its target. */
export type Schema = boolean | { readonly [keyword: string]: unknown } | (() => Schema);

/** "3.1": JSON Schema 2020-12. "3.0": draft-07 with `nullable`. */
export type Dialect = "3.0" | "3.1";

/** The first error found, as Ajv reports one. */
export interface SchemaError {
  /** JSON pointer into the value; "" for the value itself. */
  instancePath: string;
  keyword: string;
  message: string;
  params: Record<string, unknown>;
}

type Obj = Record<string, unknown>;
type Test = (value: unknown, run: Run) => boolean;

interface Run {
  /** Above 0 inside anyOf, oneOf, not, if, contains and propertyNames: failing is expected there, and no error is made. */
  muted: number;
  failure?: { keyword: string; message: string; params: Record<string, unknown>; path: Array<string | number> };
}

/** A validator for the schema: `validate(value)` is true or false, and `validate.errors` holds the first error. */
export function schemaCheck(schema: Schema, dialect: Dialect = "3.1"): ResponseValidator {
  let test: Test | undefined;
  const validate: ResponseValidator = (value: unknown): boolean => {
    const run: Run = { muted: 0 };
    let valid: boolean;
    try {
      test ??= compile(schema, dialect);
      valid = test(value, run);
    } catch (error) {
      // Only a stack overflow is expected: a value nested deeper than the stack allows.
      if (!(error instanceof RangeError)) throw error;
      valid = false;
      run.failure = { keyword: "depth", message: "is nested too deeply to be checked (the stack ran out)", params: {}, path: [] };
    }
    const failure = run.failure ?? { keyword: "schema", message: "does not match the schema", params: {}, path: [] };
    validate.errors = valid ? null : [{ instancePath: pointer(failure.path), keyword: failure.keyword, message: failure.message, params: failure.params }];
    return valid;
  };
  validate.errors = null;
  return validate;
}

function pointer(reversed: Array<string | number>): string {
  let path = "";
  for (let i = reversed.length - 1; i >= 0; i--) path += "/" + String(reversed[i]).replaceAll("~", "~0").replaceAll("/", "~1");
  return path;
}

function fail(run: Run, keyword: string, message: string, params: Record<string, unknown> = {}): false {
  if (run.muted === 0) run.failure = { keyword, message, params, path: [] };
  return false;
}

/** A child failed: its key joins the error's path (nothing to do inside anyOf and the like). */
function at(run: Run, key: string | number): false {
  run.failure?.path.push(key);
  return false;
}

/** Runs a test where failing is expected (no error made); true when the value passes. */
function passes(test: Test, value: unknown, run: Run): boolean {
  run.muted++;
  const valid = test(value, run);
  run.muted--;
  return valid;
}

const ALWAYS: Test = () => true;
const NEVER: Test = (_, run) => fail(run, "false schema", "boolean schema is false");
const compiled: Record<Dialect, WeakMap<object, Test>> = { "3.0": new WeakMap(), "3.1": new WeakMap() };

function compile(schema: unknown, dialect: Dialect): Test {
  if (schema === false) return NEVER;
  if (typeof schema !== "function" && (typeof schema !== "object" || schema === null || Array.isArray(schema))) return ALWAYS;
  const cache = compiled[dialect];
  let test = cache.get(schema);
  if (!test) {
    test = typeof schema === "function" ? reference(schema as () => Schema, dialect) : compileObject(schema as Obj, dialect);
    cache.set(schema, test);
  }
  return test;
}

/** A `$ref`: its target is compiled when a value first reaches it. */
function reference(target: () => Schema, dialect: Dialect): Test {
  let test: Test | undefined;
  return (value, run) => (test ??= compile(target(), dialect))(value, run);
}

const own = (schema: Obj, keyword: string): unknown => (Object.hasOwn(schema, keyword) ? schema[keyword] : undefined);
const isObject = (value: unknown): value is Obj => typeof value === "object" && value !== null && !Array.isArray(value);
const present = (value: Obj, key: string): boolean => Object.hasOwn(value, key) && value[key] !== undefined;

function compileObject(schema: Obj, dialect: Dialect): Test {
  const next = dialect === "3.1";
  const get = (keyword: string) => own(schema, keyword);
  const number = (keyword: string) => (typeof get(keyword) === "number" ? (get(keyword) as number) : undefined);
  const sub = (keyword: string) => (get(keyword) === undefined ? undefined : compile(get(keyword), dialect));
  const list = (keyword: string) => (Array.isArray(get(keyword)) ? (get(keyword) as unknown[]).map((s) => compile(s, dialect)) : undefined);
  const map = (keyword: string) => (isObject(get(keyword)) ? (get(keyword) as Obj) : undefined);
  // Keywords for any value first (the type, then Ajv's order), then those of the value's type.
  const anyTests: Test[] = [];
  const numberTests: Test[] = [];
  const stringTests: Test[] = [];
  const arrayTests: Test[] = [];
  const objectTests: Test[] = [];

  const type = get("type");
  const types = (Array.isArray(type) ? type : type === undefined ? [] : [type]) as string[];
  if (types.length > 0) {
    const allowed = own(schema, "nullable") === true && !types.includes("null") ? [...types, "null"] : types;
    const message = `must be ${String(type)}`;
    const [only] = allowed;
    anyTests.push(
      allowed.length === 1
        ? (value, run) => hasType(value, only!) || fail(run, "type", message, { type })
        : (value, run) => allowed.some((t) => hasType(value, t)) || fail(run, "type", message, { type }),
    );
  }
  const ref = get("$ref");
  if (typeof ref === "function") anyTests.push(compile(ref, dialect));
  if (Object.hasOwn(schema, "const")) {
    const constant = schema.const;
    anyTests.push((value, run) => equal(value, constant) || fail(run, "const", "must be equal to constant", { allowedValue: constant }));
  }
  const allowedValues = get("enum");
  if (Array.isArray(allowedValues)) anyTests.push(enumTest(allowedValues));
  const not = sub("not");
  if (not) anyTests.push((value, run) => !passes(not, value, run) || fail(run, "not", "must NOT be valid"));
  const anyOf = list("anyOf");
  if (anyOf) anyTests.push((value, run) => anyOf.some((test) => passes(test, value, run)) || fail(run, "anyOf", "must match a schema in anyOf"));
  const oneOf = list("oneOf");
  if (oneOf) anyTests.push(oneOfTest(oneOf));
  const allOf = list("allOf");
  if (allOf) anyTests.push((value, run) => allOf.every((test) => test(value, run)));
  const condition = sub("if");
  const branchOf = (keyword: string) => (sub(keyword) === ALWAYS ? undefined : sub(keyword));
  const then = branchOf("then");
  const otherwise = branchOf("else");
  // Without a branch that can fail, `if` is not evaluated at all (as in Ajv: a `$ref` loop there is harmless).
  if (condition && (then || otherwise)) {
    // The branch's own error is the one reported, as in Ajv.
    anyTests.push((value, run) => {
      const branch = passes(condition, value, run) ? then : otherwise;
      return !branch || branch(value, run);
    });
  }

  numberTests.push(...numberKeywords(schema));
  const counted = (tests: Test[], keyword: string, unit: string, size: (value: never) => number) => {
    const bound = number(keyword);
    if (bound === undefined) return;
    const more = keyword.startsWith("max");
    const message = `must NOT have ${more ? "more" : "fewer"} than ${bound} ${unit}`;
    tests.push((value, run) => (more ? size(value as never) <= bound : size(value as never) >= bound) || fail(run, keyword, message, { limit: bound }));
  };
  // maxLength and minLength count code points, as Ajv does (a string has at most one per UTF-16 unit, at least one per two).
  const maxLength = number("maxLength");
  if (maxLength !== undefined) {
    const message = `must NOT have more than ${maxLength} characters`;
    stringTests.push((value, run) => (value as string).length <= maxLength || codePoints(value as string) <= maxLength || fail(run, "maxLength", message, { limit: maxLength }));
  }
  const minLength = number("minLength");
  if (minLength !== undefined) {
    const message = `must NOT have fewer than ${minLength} characters`;
    stringTests.push((value, run) => (value as string).length >= 2 * minLength || codePoints(value as string) >= minLength || fail(run, "minLength", message, { limit: minLength }));
  }
  const pattern = get("pattern");
  const regExp = typeof pattern === "string" ? patternOf(pattern) : undefined;
  if (regExp) {
    const message = `must match pattern "${String(pattern)}"`;
    stringTests.push((value, run) => regExp.test(value as string) || fail(run, "pattern", message, { pattern }));
  }

  const length = (array: unknown[]) => array.length;
  counted(arrayTests, "maxItems", "items", length);
  counted(arrayTests, "minItems", "items", length);
  // 2020-12: prefixItems, then `items` for the rest. Draft-07: `items` as a list, then additionalItems; or `items` for all.
  const items = get("items");
  const tupleKeyword = next ? "prefixItems" : Array.isArray(items) ? "items" : undefined;
  const restKeyword = next ? (Array.isArray(items) ? undefined : "items") : Array.isArray(items) ? "additionalItems" : "items";
  const tuple = tupleKeyword ? list(tupleKeyword) : undefined;
  const rest = restKeyword ? get(restKeyword) : undefined;
  if (tuple || rest !== undefined) arrayTests.push(itemsTest(tuple, rest === undefined ? undefined : compile(rest, dialect), restKeyword!));
  const contains = sub("contains");
  if (contains) {
    const min = next ? (number("minContains") ?? 1) : 1;
    const max = next ? number("maxContains") : undefined;
    if (max !== undefined || min !== 0) arrayTests.push(containsTest(contains, min, max));
  }
  if (get("uniqueItems") === true) arrayTests.push(uniqueItems);

  const size = (object: Obj) => Object.keys(object).length;
  counted(objectTests, "maxProperties", "properties", size);
  counted(objectTests, "minProperties", "properties", size);
  const required = get("required");
  if (Array.isArray(required) && required.length > 0) {
    const names = required.map(String);
    objectTests.push((value, run) => {
      for (const name of names) if (!present(value as Obj, name)) return fail(run, "required", `must have required property '${name}'`, { missingProperty: name });
      return true;
    });
  }
  const dependentRequired = next ? map("dependentRequired") : undefined;
  if (dependentRequired) objectTests.push(dependentRequiredTest(dependentRequired));
  const propertyNames = sub("propertyNames");
  if (propertyNames && propertyNames !== ALWAYS) {
    objectTests.push((value, run) => {
      for (const key of Object.keys(value as Obj)) if (!passes(propertyNames, key, run)) return fail(run, "propertyNames", "property name must be valid", { propertyName: key });
      return true;
    });
  }
  const properties = map("properties");
  const patternProperties = map("patternProperties");
  const patterns = patternProperties ? Object.keys(patternProperties).flatMap((p) => patternOf(p) ?? []) : [];
  const additional = get("additionalProperties");
  if (additional !== undefined) {
    const test = additional === false ? undefined : compile(additional, dialect);
    if (test !== ALWAYS) objectTests.push(additionalTest(properties, patterns, test));
  }
  if (properties) {
    const keys = Object.keys(properties).filter((key) => compile(properties[key], dialect) !== ALWAYS);
    const tests = keys.map((key) => compile(properties[key], dialect));
    if (keys.length > 0) {
      objectTests.push((value, run) => {
        const object = value as Obj;
        for (let i = 0; i < keys.length; i++) {
          const key = keys[i]!;
          if (present(object, key) && !tests[i]!(object[key], run)) return at(run, key);
        }
        return true;
      });
    }
  }
  if (patternProperties) {
    const tests = Object.keys(patternProperties).flatMap((p) => {
      const test = compile(patternProperties[p], dialect);
      const regExp = patternOf(p);
      return regExp && test !== ALWAYS ? [{ regExp, test }] : [];
    });
    if (tests.length > 0) {
      objectTests.push((value, run) => {
        const object = value as Obj;
        for (const { regExp, test } of tests) {
          for (const key of Object.keys(object)) if (regExp.test(key) && !test(object[key], run)) return at(run, key);
        }
        return true;
      });
    }
  }
  const dependentSchemas = next ? map("dependentSchemas") : undefined;
  if (dependentSchemas) {
    const tests = Object.keys(dependentSchemas).map((key) => ({ key, test: compile(dependentSchemas[key], dialect) }));
    objectTests.push((value, run) => tests.every(({ key, test }) => !present(value as Obj, key) || test(value, run)));
  }
  return node(anyTests, numberTests, stringTests, arrayTests, objectTests);
}

function node(anyTests: Test[], numberTests: Test[], stringTests: Test[], arrayTests: Test[], objectTests: Test[]): Test {
  const any = all(anyTests);
  if (numberTests.length + stringTests.length + arrayTests.length + objectTests.length === 0) return any;
  const [number, string, array, object] = [numberTests, stringTests, arrayTests, objectTests].map(all) as [Test, Test, Test, Test];
  return (value, run) => {
    if (!any(value, run)) return false;
    switch (typeof value) {
      case "number":
        return number(value, run);
      case "string":
        return string(value, run);
      case "object":
        return value === null || (Array.isArray(value) ? array(value, run) : object(value, run));
      default:
        return true;
    }
  };
}

/** One test for a list of them: the list's only one (`{ type: "string" }`'s), or each in turn. */
function all(tests: Test[]): Test {
  if (tests.length <= 1) return tests[0] ?? ALWAYS;
  return (value, run) => {
    for (let i = 0; i < tests.length; i++) if (!tests[i]!(value, run)) return false;
    return true;
  };
}

/** Ajv's type tests: `integer` is its `!(x % 1) && !isNaN(x)`. */
function hasType(value: unknown, type: string): boolean {
  switch (type) {
    case "string":
    case "boolean":
    case "number":
      return typeof value === type;
    case "integer":
      return typeof value === "number" && !(value % 1) && !Number.isNaN(value);
    case "null":
      return value === null;
    case "array":
      return Array.isArray(value);
    case "object":
      return isObject(value);
    default:
      return false;
  }
}

function numberKeywords(schema: Obj): Test[] {
  const tests: Test[] = [];
  const limit = (keyword: string, bound: unknown, comparison: string, ok: (value: number, bound: number) => boolean) => {
    if (typeof bound !== "number") return;
    const message = `must be ${comparison} ${bound}`;
    // NaN passes no comparison, so it fails every limit, as in Ajv.
    tests.push((value, run) => ok(value as number, bound) || fail(run, keyword, message, { comparison, limit: bound }));
  };
  const exclusiveMaximum = own(schema, "exclusiveMaximum");
  const exclusiveMinimum = own(schema, "exclusiveMinimum");
  // OpenAPI 3.0's boolean form makes maximum/minimum exclusive.
  if (exclusiveMaximum === true) limit("maximum", own(schema, "maximum"), "<", (v, b) => v < b);
  else limit("maximum", own(schema, "maximum"), "<=", (v, b) => v <= b);
  if (exclusiveMinimum === true) limit("minimum", own(schema, "minimum"), ">", (v, b) => v > b);
  else limit("minimum", own(schema, "minimum"), ">=", (v, b) => v >= b);
  limit("exclusiveMaximum", exclusiveMaximum, "<", (v, b) => v < b);
  limit("exclusiveMinimum", exclusiveMinimum, ">", (v, b) => v > b);
  const multipleOf = own(schema, "multipleOf");
  if (typeof multipleOf === "number") {
    const message = `must be multiple of ${multipleOf}`;
    // Ajv's test, kept as it is: the quotient must survive parseInt.
    tests.push((value, run) => {
      const quotient = (value as number) / multipleOf;
      return (multipleOf !== 0 && quotient === parseInt(String(quotient))) || fail(run, "multipleOf", message, { multipleOf });
    });
  }
  return tests;
}

function enumTest(allowedValues: unknown[]): Test {
  // Scalars are looked up in a set (a spec may list thousands); objects and arrays are compared.
  const scalars = new Set(allowedValues.filter((v) => typeof v !== "object" || v === null));
  const structured = allowedValues.filter((v) => typeof v === "object" && v !== null);
  const params = { allowedValues };
  return (value, run) =>
    (typeof value === "object" && value !== null ? structured.some((allowed) => equal(value, allowed)) : scalars.has(value)) ||
    fail(run, "enum", "must be equal to one of the allowed values", params);
}

/** oneOf: the search stops at a second passing alternative, as in Ajv. */
function oneOfTest(alternatives: Test[]): Test {
  return (value, run) => {
    let passing = -1;
    for (let i = 0; i < alternatives.length; i++) {
      if (!passes(alternatives[i]!, value, run)) continue;
      if (passing >= 0) return fail(run, "oneOf", "must match exactly one schema in oneOf", { passingSchemas: [passing, i] });
      passing = i;
    }
    return passing >= 0 || fail(run, "oneOf", "must match exactly one schema in oneOf", { passingSchemas: null });
  };
}

function itemsTest(tuple: Test[] | undefined, rest: Test | undefined, restKeyword: string): Test {
  const start = tuple?.length ?? 0;
  return (value, run) => {
    const array = value as unknown[];
    const prefix = Math.min(start, array.length);
    for (let i = 0; i < prefix; i++) if (!tuple![i]!(array[i], run)) return at(run, i);
    if (!rest || rest === ALWAYS) return true;
    // `false` after a tuple is a length limit; without a tuple, each item fails the false schema.
    if (rest === NEVER && tuple) return array.length <= start || fail(run, restKeyword, `must NOT have more than ${start} items`, { limit: start });
    for (let i = start; i < array.length; i++) if (!rest(array[i], run)) return at(run, i);
    return true;
  };
}

function containsTest(contains: Test, min: number, max: number | undefined): Test {
  const message = max === undefined ? `must contain at least ${min} valid item(s)` : `must contain at least ${min} and no more than ${max} valid item(s)`;
  const params = max === undefined ? { minContains: min } : { minContains: min, maxContains: max };
  return (value, run) => {
    let count = 0;
    for (const item of value as unknown[]) {
      if (passes(contains, item, run)) count++;
      if (max === undefined ? count >= min : count > max) break;
    }
    return (count >= min && (max === undefined || count <= max)) || fail(run, "contains", message, params);
  };
}

const uniqueItems: Test = (value, run) => {
  const array = value as unknown[];
  const scalars = new Map<unknown, number>();
  const structured: number[] = [];
  for (let i = 0; i < array.length; i++) {
    const item = array[i];
    let j: number | undefined;
    if (typeof item === "object" && item !== null) {
      j = structured.find((k) => equal(array[k], item));
      structured.push(i);
    } else {
      j = scalars.get(item);
      scalars.set(item, i);
    }
    if (j !== undefined) return fail(run, "uniqueItems", `must NOT have duplicate items (items ## ${j} and ${i} are identical)`, { i, j });
  }
  return true;
};

function dependentRequiredTest(dependencies: Obj): Test {
  const entries = Object.keys(dependencies).flatMap((key) => {
    const names = dependencies[key];
    return Array.isArray(names) && names.length > 0 ? [{ key, names: names.map(String) }] : [];
  });
  return (value, run) => {
    const object = value as Obj;
    for (const { key, names } of entries) {
      if (!present(object, key)) continue;
      const missing = names.find((name) => !present(object, name));
      if (missing !== undefined) {
        const deps = names.join(", ");
        return fail(run, "dependentRequired", `must have ${names.length === 1 ? "property" : "properties"} ${deps} when property ${key} is present`, {
          property: key,
          missingProperty: missing,
          depsCount: names.length,
          deps,
        });
      }
    }
    return true;
  };
}

function additionalTest(properties: Obj | undefined, patterns: RegExp[], test: Test | undefined): Test {
  return (value, run) => {
    const object = value as Obj;
    for (const key of Object.keys(object)) {
      if ((properties && Object.hasOwn(properties, key)) || patterns.some((p) => p.test(key))) continue;
      if (!test) return fail(run, "additionalProperties", "must NOT have additional properties", { additionalProperty: key });
      if (!test(object[key], run)) return at(run, key);
    }
    return true;
  };
}

const patterns = new Map<string, RegExp | null>();

/** The `pattern` as Ajv compiles it (with the `u` flag); null when it is not a valid regular expression. */
function patternOf(source: string): RegExp | null {
  let regExp = patterns.get(source);
  if (regExp === undefined) {
    try {
      regExp = new RegExp(source, "u");
    } catch {
      regExp = null;
    }
    patterns.set(source, regExp);
  }
  return regExp;
}

/** Length in code points, as Ajv counts minLength/maxLength: a surrogate pair is one. */
function codePoints(text: string): number {
  let length = text.length;
  for (let i = 0; i < text.length - 1; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      length--;
      i++;
    }
  }
  return length;
}

/** Deep equality of JSON values (Ajv's, without its prototype checks). */
function equal(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return Number.isNaN(a) && Number.isNaN(b);
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!equal(a[i], b[i])) return false;
    return true;
  }
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  for (const key of keys) if (!Object.hasOwn(b, key) || !equal((a as Obj)[key], (b as Obj)[key])) return false;
  return true;
}
