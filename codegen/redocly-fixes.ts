// Fixes for three flaws of Redocly (and the Ajv it bundles) that made valid specs fail to lint,
// and one setting that makes its example checks faster.
// Imported for its effect by rules.ts, which every Redocly call of the toolkit goes through.
//
// Fixes 2 to 4 concern Redocly's example rules, which the lint no longer runs: the toolkit's own
// (lint-examples.ts) judge examples without Ajv. They stay so that the differential tests and the
// lint benchmark compare with Redocly's rules as the lint ran them. One flaw of fix 2 is left as
// it was, for the same reason: Ajv's deep equality (uniqueItems, enum or const with objects) calls
// `valueOf` on the copies, which have none, and throws "a.valueOf is not a function".
//
// 1. Keys that are also Object.prototype names. Redocly finds the type of every key it walks with
//    `type.properties[key]` on plain objects, so a schema property named `constructor`, `toString`
//    or `hasOwnProperty` (legal OpenAPI) finds a prototype method: it then reports
//    `[struct] Expected type string but got object` on a correct line, or throws "Cannot convert
//    undefined or null to object". Redocly builds those tables in `normalizeTypes`, which lint and
//    bundle call through the module's exports object at run time; wrapping it to give every table
//    a null prototype makes the lookups plain again.
// 2. The same flaw in example validation: Ajv checks `data.constructor !== undefined`, which every
//    object passes, so example values are handed to it as null-prototype copies.
// 3. Size. Ajv compiles `oneOf`/`anyOf` into code nested one block deeper per alternative; with
//    ~2,000 alternatives V8 overflows its stack compiling that code ("Example validation errored:
//    Maximum call stack size exceeded"). The two keywords are given code generators that produce
//    one closed block per alternative, with the same results.
// 4. Speed. Example validation compiles every schema an example is checked against into code, and
//    Ajv then runs an optimiser over that code; for a 1,000-operation spec the optimiser costs about
//    a fifth of the lint and makes each example check faster by far less than it costs, since each
//    compiled schema checks a handful of examples once. It changes how the code reads, never what
//    it accepts, so it is turned off for the Ajv that Redocly creates.
import { createRequire } from "node:module";

// Resolve from Redocly's own location, so the modules patched are the very ones it loads.
const requireFromRedocly = createRequire(createRequire(import.meta.url).resolve("@redocly/openapi-core/lib/lint.js"));

type Patched<F> = F & { toolkitFixed?: true };

// --- 1. Type tables without prototypes -------------------------------------------------------
interface TypeTable {
  properties?: Record<string, unknown>;
}
type NormalizeTypes = (types: unknown, options?: unknown) => Record<string, TypeTable>;
const typesModule = requireFromRedocly("./types/index.js") as { normalizeTypes: Patched<NormalizeTypes> };

function withNullPrototypes(normalize: NormalizeTypes): Patched<NormalizeTypes> {
  const fixed = (types: unknown, options?: unknown) => {
    const normalized = normalize(types, options);
    for (const type of Object.values(normalized)) {
      if (type.properties && Object.getPrototypeOf(type.properties) !== null) Object.setPrototypeOf(type.properties, null);
    }
    return normalized;
  };
  return Object.assign(fixed, { toolkitFixed: true as const });
}

// --- 2. Example values without prototypes ----------------------------------------------------
type ValidateJsonSchema = (data: unknown, ...rest: unknown[]) => unknown;
const ajvRules = requireFromRedocly("./rules/ajv.js") as { validateJsonSchema: Patched<ValidateJsonSchema> };

/** A deep copy of parsed JSON/YAML data whose objects have no prototype (so no inherited keys). */
function withoutPrototypes(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutPrototypes);
  if (value === null || typeof value !== "object") return value;
  const copy = Object.create(null) as Record<string, unknown>;
  for (const [key, item] of Object.entries(value)) copy[key] = withoutPrototypes(item);
  return copy;
}

function validatingOwnKeys(validate: ValidateJsonSchema): Patched<ValidateJsonSchema> {
  const fixed = (data: unknown, ...rest: unknown[]) => validate(withoutPrototypes(data), ...rest);
  return Object.assign(fixed, { toolkitFixed: true as const });
}

// --- 3. Flat code for oneOf and anyOf --------------------------------------------------------
// Ajv's code generator API (the subset used here; see @redocly/ajv/dist/compile/codegen).
interface CodeGen {
  let(prefix: string, value: unknown): unknown;
  name(prefix: string): unknown;
  var(name: unknown, value: unknown): void;
  assign(name: unknown, value: unknown): CodeGen;
  block(body: () => void): void;
  if(condition: unknown, then: () => void, otherwise?: () => void): CodeGen;
}
interface KeywordContext {
  gen: CodeGen;
  schema: unknown[];
  keyword: string;
  parentSchema: { discriminator?: unknown };
  it: { opts: { discriminator?: boolean } };
  setParams(params: object): void;
  subschema(where: { keyword: string; schemaProp: number; compositeRule: true }, valid: unknown): unknown;
  mergeEvaluated(schemaContext: unknown, to: unknown): void;
  mergeValidEvaluated(schemaContext: unknown, valid: unknown): boolean;
  result(valid: unknown, onValid: () => void, onInvalid: () => void): void;
  reset(): void;
  error(append: boolean): void;
}
type KeywordCode = Patched<(cxt: KeywordContext) => void>;

const codegen = requireFromRedocly("@redocly/ajv/dist/compile/codegen/index.js") as {
  _: (strings: TemplateStringsArray, ...values: unknown[]) => unknown;
  Name: unknown;
};
const { alwaysValidSchema } = requireFromRedocly("@redocly/ajv/dist/compile/util.js") as {
  alwaysValidSchema: (it: unknown, schema: unknown) => boolean;
};
const oneOfKeyword = (requireFromRedocly("@redocly/ajv/dist/vocabularies/applicator/oneOf.js") as { default: { code: KeywordCode } }).default;
const anyOfKeyword = (requireFromRedocly("@redocly/ajv/dist/vocabularies/applicator/anyOf.js") as { default: { code: KeywordCode } }).default;

/**
 * oneOf: alternatives are tried in order until a second one matches; `passing` holds the index
 * of the match, or the pair of matches once there are two (which ends the search, as in Ajv).
 */
function flatOneOf(cxt: KeywordContext): void {
  const { gen, schema, parentSchema, it } = cxt;
  if (it.opts.discriminator && parentSchema.discriminator) return;
  const { _, Name } = codegen;
  const valid = gen.let("valid", false);
  const passing = gen.let("passing", null);
  const schValid = gen.name("_valid");
  cxt.setParams({ passing });
  gen.block(() =>
    schema.forEach((sch, i) => {
      gen.if(_`!Array.isArray(${passing})`, () => {
        const schCxt = alwaysValidSchema(it, sch)
          ? (gen.var(schValid, true), undefined)
          : cxt.subschema({ keyword: "oneOf", schemaProp: i, compositeRule: true }, schValid);
        gen.if(schValid, () =>
          gen.if(
            valid,
            () => gen.assign(valid, false).assign(passing, _`[${passing}, ${i}]`),
            () => {
              gen.assign(valid, true).assign(passing, i);
              if (schCxt) cxt.mergeEvaluated(schCxt, Name);
            },
          ),
        );
      });
    }),
  );
  cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
}

/**
 * anyOf: as Ajv does, an alternative whose evaluated properties cannot be merged statically ends
 * the search once one has matched; later alternatives then run only while `open` (Ajv nests them
 * in an `if (!valid)` opened at that point instead).
 */
function flatAnyOf(cxt: KeywordContext): void {
  const { gen, schema, parentSchema, it } = cxt;
  if (it.opts.discriminator && parentSchema.discriminator) return;
  const { _ } = codegen;
  const valid = gen.let("valid", false);
  const open = gen.let("open", true);
  const schValid = gen.name("_valid");
  gen.block(() =>
    schema.forEach((_sch, i) => {
      gen.if(open, () => {
        const schCxt = cxt.subschema({ keyword: cxt.keyword, schemaProp: i, compositeRule: true }, schValid);
        gen.assign(valid, _`${valid} || ${schValid}`);
        if (!cxt.mergeValidEvaluated(schCxt, schValid)) gen.assign(open, _`!${valid}`);
      });
    }),
  );
  cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
}

// --- 4. No code optimiser -----------------------------------------------------------------------
type AjvClass = Patched<new (options?: { code?: object }) => object>;
const ajv2020 = requireFromRedocly("@redocly/ajv/dist/2020") as { default: AjvClass };

function withoutOptimiser(Ajv: AjvClass): AjvClass {
  class AjvWithoutOptimiser extends Ajv {
    constructor(options: { code?: object } = {}) {
      super({ ...options, code: { ...options.code, optimize: false } });
    }
  }
  return Object.assign(AjvWithoutOptimiser, { toolkitFixed: true as const });
}

function fixed<F extends (...args: never[]) => unknown>(code: F): Patched<F> {
  return Object.assign(code, { toolkitFixed: true as const });
}

if (!typesModule.normalizeTypes.toolkitFixed) typesModule.normalizeTypes = withNullPrototypes(typesModule.normalizeTypes);
if (!ajvRules.validateJsonSchema.toolkitFixed) ajvRules.validateJsonSchema = validatingOwnKeys(ajvRules.validateJsonSchema);
if (!oneOfKeyword.code.toolkitFixed) oneOfKeyword.code = fixed(flatOneOf);
if (!anyOfKeyword.code.toolkitFixed) anyOfKeyword.code = fixed(flatAnyOf);
if (!ajv2020.default.toolkitFixed) ajv2020.default = withoutOptimiser(ajv2020.default);
