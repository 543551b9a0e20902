// The toolkit's example rules (codegen/lint-examples.ts) through the real lint: what is reported,
// where (file:line:col of the offending value), in Redocly's words, at both levels; the inputs
// Redocly's own rules crashed or misjudged on; and the accepted differences from them. Every spec
// is linted with Redocly's example rules too, and what they report must be the same (file, place,
// message), except where a test says what Redocly reported instead.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { lint } from "@redocly/openapi-core";
import { EXAMPLE_RULES, lintConfigWithExampleRules, type LintLevel } from "../../codegen/rules.js";
import { ExampleTooLarge, SchemaIndex, validateExampleValue } from "../../codegen/lint-examples-validate.js";
import { lintSpec, place } from "../../codegen/validate.js";
import { resetRedoclyAjv as releaseRedoclyAjv } from "./lint-examples-support.js";

const root = mkdtempSync(path.join(tmpdir(), "lint-examples-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let specs = 0;

/** The text a problem points at: its line from its column on. */
function restOfLine(file: string, line = 0, column = 0): string {
  return (readFileSync(file, "utf8").split("\n")[line - 1] ?? "").slice(column - 1);
}

interface SpecOptions {
  openapi?: string;
  operation: string;
  components?: string;
  files?: Record<string, string>;
  level?: LintLevel;
  /** What Redocly's own example rules reported instead, where the toolkit's differ on purpose; otherwise they must agree. */
  redocly?: string[];
}

/**
 * Writes a one-operation spec (plus extra files) and lints it; returns the example problems as
 * `file rule message @ text at its line:col`. The same spec is linted with Redocly's example rules
 * too, and their problems (file, place and message) must be the same, or `options.redocly`.
 */
async function exampleProblems(options: SpecOptions): Promise<string[]> {
  const dir = path.join(root, `spec-${++specs}`);
  const document = [
    `openapi: ${options.openapi ?? "3.1.0"}`,
    "info: { title: Examples, version: 1.0.0 }",
    "paths:",
    "  /things:",
    "    get:",
    "      operationId: listThings",
    ...options.operation.split("\n").map((line) => `      ${line}`),
    ...(options.components ? ["components:", ...options.components.split("\n").map((line) => `  ${line}`)] : []),
  ].join("\n");
  mkdirSync(dir);
  const entry = path.join(dir, "openapi.yaml");
  writeFileSync(entry, document + "\n");
  for (const [name, text] of Object.entries(options.files ?? {})) writeFileSync(path.join(dir, name), text);
  const level = options.level ?? "standard";
  const result = await lintSpec(entry, undefined, level);
  const toolkit = [...result.errors, ...result.warnings]
    .filter((p) => p.rule.startsWith("toolkit/") && (EXAMPLE_RULES as readonly string[]).includes(p.rule.slice("toolkit/".length)))
    .map((p) => `${path.basename(p.file)} ${p.rule} ${p.message} @ ${restOfLine(path.join(dir, path.basename(p.file)), p.line, p.column)}`);
  expect(await redoclyProblems(entry, level)).toEqual(options.redocly ?? toolkit);
  return toolkit;
}

/** Redocly's example rules on the same spec, written as the toolkit's are (its rule names prefixed with toolkit/). */
async function redoclyProblems(entry: string, level: LintLevel): Promise<string[]> {
  try {
    const problems = await lint({ ref: entry, config: await lintConfigWithExampleRules(level, "redocly") });
    return problems
      .filter((p) => (EXAMPLE_RULES as readonly string[]).includes(p.ruleId))
      .map((p) => {
        const { line, column } = place(p.location[0]!);
        const file = p.location[0]!.source.absoluteRef;
        return `${path.basename(file)} toolkit/${p.ruleId} ${p.message} @ ${restOfLine(file, line, column)}`;
      });
  } catch (error) {
    return [`lint threw: ${(error as Error).message}`];
  } finally {
    releaseRedoclyAjv();
  }
}

const response = (schema: string, example: string) =>
  ["responses:", "  '200':", "    description: OK", "    content:", "      application/json:", "        schema:", ...schema.split("\n").map((l) => `          ${l}`), ...example.split("\n").map((l) => `        ${l}`)].join("\n");

describe("example rules: messages and places", () => {
  it("reports a wrong property type at the value, in Redocly's words", async () => {
    const problems = await exampleProblems({
      operation: response("type: object\nproperties:\n  name: { type: string }", "example:\n  name: 42"),
    });
    expect(problems).toEqual(["openapi.yaml toolkit/no-invalid-media-type-examples Example value must conform to the schema: `name` property type must be string. @ 42"]);
  });

  it("follows $refs into other files and reports in the example's file", async () => {
    const problems = await exampleProblems({
      operation: response("$ref: './schemas.yaml#/Thing'", "examples:\n  one:\n    $ref: './examples.yaml#/one'"),
      files: {
        "schemas.yaml": "Thing:\n  type: object\n  required: [id]\n  properties:\n    id: { type: integer }\n    status: { $ref: '#/Status' }\nStatus:\n  type: string\n  enum: [active, closed]\n",
        "examples.yaml": "one:\n  value:\n    status: activ\n",
      },
    });
    expect(problems).toEqual([
      "examples.yaml toolkit/no-invalid-media-type-examples Example value must conform to the schema: must have required property 'id'. @ status: activ",
      'examples.yaml toolkit/no-invalid-media-type-examples Example value must conform to the schema: `status` property must be equal to one of the allowed values "active", "closed". @ activ',
    ]);
  });

  it("strict refuses an undeclared property, at its key; standard allows it", async () => {
    const operation = response("type: object\nproperties:\n  name: { type: string }", "example:\n  name: a\n  nmae: b");
    expect(await exampleProblems({ operation, level: "strict" })).toEqual([
      "openapi.yaml toolkit/no-invalid-media-type-examples Example value must conform to the schema: must NOT have unevaluated properties `nmae`. @ nmae: b",
    ]);
    expect(await exampleProblems({ operation, level: "standard" })).toEqual([]);
  });

  it("strict judges allOf members together: a property of one member is not undeclared for another", async () => {
    const operation = response(
      "allOf:\n  - $ref: '#/components/schemas/Base'\n  - type: object\n    properties:\n      extra: { type: string }",
      "example:\n  id: 1\n  extra: x",
    );
    const components = "schemas:\n  Base:\n    type: object\n    properties:\n      id: { type: integer }";
    expect(await exampleProblems({ operation, components, level: "strict" })).toEqual([]);
  });

  it("checks parameter examples (example and examples.<name>.value) against the parameter's schema", async () => {
    const problems = await exampleProblems({
      operation: [
        "parameters:",
        "  - name: limit",
        "    in: query",
        "    schema: { type: integer, maximum: 100 }",
        "    example: 500",
        "  - name: sort",
        "    in: query",
        "    schema: { type: string, enum: [asc, desc] }",
        "    examples:",
        "      bad: { value: up }",
        "responses:",
        "  '200': { description: OK }",
      ].join("\n"),
      // Redocly addressed an `examples` entry's problems from the entry, not its value.
      redocly: [
        "openapi.yaml toolkit/no-invalid-parameter-examples Example value must conform to the schema: must be <= 100. @ 500",
        'openapi.yaml toolkit/no-invalid-parameter-examples Example value must conform to the schema: must be equal to one of the allowed values "asc", "desc". @ { value: up }',
      ],
    });
    expect(problems).toEqual([
      "openapi.yaml toolkit/no-invalid-parameter-examples Example value must conform to the schema: must be <= 100. @ 500",
      'openapi.yaml toolkit/no-invalid-parameter-examples Example value must conform to the schema: must be equal to one of the allowed values "asc", "desc". @ up }',
    ]);
  });

  it("checks a schema's own example, and a header's schema example", async () => {
    const problems = await exampleProblems({
      operation: [
        "responses:",
        "  '200':",
        "    description: OK",
        "    headers:",
        "      X-Rate-Limit:",
        "        schema: { type: integer, example: many }",
        "    content:",
        "      application/json:",
        "        schema:",
        "          type: object",
        "          properties:",
        "            count: { type: integer, minimum: 0, example: -1 }",
      ].join("\n"),
    });
    expect(problems).toEqual([
      "openapi.yaml toolkit/no-invalid-schema-examples Example value must conform to the schema: type must be integer. @ many }",
      "openapi.yaml toolkit/no-invalid-schema-examples Example value must conform to the schema: must be >= 0. @ -1 }",
    ]);
  });

  it("checks each of a 3.1 schema's `examples`", async () => {
    const problems = await exampleProblems({
      operation: ["responses:", "  '200':", "    description: OK", "    headers:", "      X-Count:", "        schema: { type: integer, examples: [1, two, 3] }"].join("\n"),
    });
    expect(problems).toEqual(["openapi.yaml toolkit/no-invalid-schema-examples Example value must conform to the schema: type must be integer. @ two, 3] }"]);
  });

  it("follows a discriminator to the alternative the tag names", async () => {
    const operation = response(
      "oneOf:\n  - $ref: '#/components/schemas/Cat'\n  - $ref: '#/components/schemas/Dog'\ndiscriminator:\n  propertyName: kind\n  mapping:\n    cat: '#/components/schemas/Cat'\n    dog: '#/components/schemas/Dog'",
      "examples:\n  cat: { value: { kind: cat, lives: 9 } }\n  dog: { value: { kind: dog, lives: 9 } }\n  bird: { value: { kind: bird } }",
    );
    const components = [
      "schemas:",
      "  Cat: { type: object, required: [kind], properties: { kind: { type: string }, lives: { type: integer } } }",
      "  Dog: { type: object, required: [kind], properties: { kind: { type: string }, barks: { type: boolean } } }",
    ].join("\n");
    expect(await exampleProblems({ operation, components, level: "strict" })).toEqual([
      "openapi.yaml toolkit/no-invalid-media-type-examples Example value must conform to the schema: must NOT have unevaluated properties `lives`. @ lives: 9 } }",
      'openapi.yaml toolkit/no-invalid-media-type-examples Example value must conform to the schema: value of tag "kind" must be in oneOf or anyOf. @ { kind: bird } }',
    ]);
  });

  it("OpenAPI 3.0: nullable allows null, type arrays are 3.1's way", async () => {
    const operation = response("type: object\nproperties:\n  note: { type: string, nullable: true }\n  size: { type: integer }", "example:\n  note: null\n  size: null");
    expect(await exampleProblems({ openapi: "3.0.3", operation })).toEqual([
      "openapi.yaml toolkit/no-invalid-media-type-examples Example value must conform to the schema: `size` property type must be integer. @ null",
    ]);
  });
});

describe("example rules: schemas Redocly could not judge", () => {
  it("reports a schema it cannot use (a pattern that is no regular expression) once per example, at the schema", async () => {
    const problems = await exampleProblems({ operation: response("type: string\npattern: '(['", "example: abc") });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^openapi\.yaml toolkit\/no-invalid-media-type-examples Example validation errored: .*Invalid regular expression.* @ type: string$/);
  });

  it("takes a $ref that finds nothing as an empty schema, and one into a missing file as a schema it cannot use", async () => {
    // no-unresolved-refs reports both $refs; these are the example rules' findings beside it.
    const schema = "type: object\nproperties:\n  a: { $ref: '#/components/schemas/Missing' }\n  b: { type: string }";
    expect(await exampleProblems({ operation: response(schema, "example: { a: 1, b: 2 }") })).toEqual([
      "openapi.yaml toolkit/no-invalid-media-type-examples Example value must conform to the schema: `b` property type must be string. @ 2 }",
    ]);
    const elsewhere = "type: object\nproperties:\n  a: { $ref: './missing.yaml#/A' }";
    // Redocly's wording named the schema by its absolute path ("… from id /home/…/openapi.yaml#/paths/…").
    const redocly = [expect.stringMatching(/Example validation errored: can't resolve reference \.\/missing\.yaml#\/A from id \/.*openapi\.yaml#\/paths\/.* @ type: object$/)];
    const problems = await exampleProblems({ operation: response(elsewhere, "example: { a: 1 }"), redocly });
    expect(problems).toEqual(["openapi.yaml toolkit/no-invalid-media-type-examples Example validation errored: can't resolve reference ./missing.yaml#/A. @ type: object"]);
  });

  it("does not crash on a parameter example that is not an object, or schema examples that are not a list", async () => {
    // Redocly's rules threw a TypeError here ("Cannot use 'in' operator", "examples is not iterable").
    const problems = await exampleProblems({
      operation: [
        "parameters:",
        "  - name: q",
        "    in: query",
        "    schema: { type: string, examples: { a: 1 } }",
        "    examples: { a: 5 }",
        "responses:",
        "  '200': { description: OK }",
      ].join("\n"),
      redocly: ["lint threw: Cannot use 'in' operator to search for 'value' in 5"],
    });
    expect(problems).toEqual([]);
  });

  it("compares objects in uniqueItems and enum (Redocly's Ajv threw 'a.valueOf is not a function')", async () => {
    const operation = response(
      "type: array\nuniqueItems: true\nitems: { type: object, enum: [{ a: 1 }, { a: 2 }] }",
      "examples:\n  fine: { value: [{ a: 1 }, { a: 2 }] }\n  twice: { value: [{ a: 1 }, { a: 1 }] }",
    );
    const redocly = Array(2).fill("openapi.yaml toolkit/no-invalid-media-type-examples Example validation errored: a.valueOf is not a function. @ type: array");
    expect(await exampleProblems({ operation, redocly })).toEqual([
      "openapi.yaml toolkit/no-invalid-media-type-examples Example value must conform to the schema: must NOT have duplicate items (items ## 0 and 1 are identical). @ [{ a: 1 }, { a: 1 }] }",
    ]);
  });

  it("does not loop on a schema that refers to itself (a tree) and judges every level", async () => {
    const operation = response("$ref: '#/components/schemas/Node'", "example:\n  name: root\n  children:\n    - name: leaf\n      children:\n        - name: 7");
    const components = "schemas:\n  Node:\n    type: object\n    properties:\n      name: { type: string }\n      children: { type: array, items: { $ref: '#/components/schemas/Node' } }";
    expect(await exampleProblems({ operation, components })).toEqual([
      "openapi.yaml toolkit/no-invalid-media-type-examples Example value must conform to the schema: `name` property type must be string. @ 7",
    ]);
  });
});

describe("example rules: hostile keys", () => {
  it("judges properties named __proto__, constructor and toString as any other", async () => {
    const operation = response(
      "type: object\nproperties:\n  __proto__: { type: string }\n  constructor: { type: string }",
      "example:\n  __proto__: 5\n  constructor: ok\n  toString: x",
    );
    // Ajv leaves a declared property named __proto__ out of `properties` (an accepted difference).
    const redocly = [
      "openapi.yaml toolkit/no-invalid-media-type-examples Example value must conform to the schema: must NOT have unevaluated properties `__proto__`. @ __proto__: 5",
      "openapi.yaml toolkit/no-invalid-media-type-examples Example value must conform to the schema: must NOT have unevaluated properties `toString`. @ toString: x",
    ];
    expect(await exampleProblems({ operation, level: "strict", redocly })).toEqual([
      "openapi.yaml toolkit/no-invalid-media-type-examples Example value must conform to the schema: `__proto__` property type must be string. @ 5",
      "openapi.yaml toolkit/no-invalid-media-type-examples Example value must conform to the schema: must NOT have unevaluated properties `toString`. @ toString: x",
    ]);
  });
});

describe("example rules: accepted differences from Redocly's (valid OpenAPI 3.0 it refused)", () => {
  it("applies a boolean exclusiveMinimum to minimum (Redocly: 'exclusiveMinimum value must be \"number\"' on every example)", async () => {
    const operation = response("type: object\nproperties:\n  price: { type: number, minimum: 0, exclusiveMinimum: true }", "examples:\n  free: { value: { price: 0 } }\n  paid: { value: { price: 1 } }");
    const redocly = Array(2).fill('openapi.yaml toolkit/no-invalid-media-type-examples Example validation errored: exclusiveMinimum value must be ["number"]. @ type: object');
    expect(await exampleProblems({ openapi: "3.0.3", operation, redocly })).toEqual([
      "openapi.yaml toolkit/no-invalid-media-type-examples Example value must conform to the schema: `price` property must be > 0. @ 0 } }",
    ]);
  });

  it("ignores nullable without type, as OpenAPI 3.0.3 says (Redocly: '\"nullable\" cannot be used without \"type\"')", async () => {
    const operation = response(
      "type: object\nproperties:\n  owner:\n    nullable: true\n    allOf: [{ $ref: '#/components/schemas/Owner' }]",
      "example:\n  owner: { name: 3 }",
    );
    const components = "schemas:\n  Owner: { type: object, properties: { name: { type: string } } }";
    const redocly = ['openapi.yaml toolkit/no-invalid-media-type-examples Example validation errored: "nullable" cannot be used without "type". @ type: object'];
    expect(await exampleProblems({ openapi: "3.0.3", operation, components, redocly })).toEqual([
      "openapi.yaml toolkit/no-invalid-media-type-examples Example value must conform to the schema: `name` property type must be string. @ 3 }",
    ]);
  });
});

describe("example validation: values that repeat themselves", () => {
  it("gives up on an example of 2^30 values made of shared parts (YAML aliases), with a reason", () => {
    // Built as YAML aliases build it: each level is an array holding the level below twice.
    let value: unknown = ["lol", "lol"];
    for (let level = 2; level <= 30; level++) value = [value, value];
    const nested = { type: ["array", "string"], items: { $ref: "#/Nested" } };
    const index = new SchemaIndex((ref) => (ref.$ref === "#/Nested" ? { node: nested, file: "memory.yaml" } : undefined));
    expect(() => validateExampleValue(value, nested, "memory.yaml", index, { forbidUndeclared: false })).toThrow(ExampleTooLarge);
    expect(new ExampleTooLarge().message).toBe(
      "checking it took more than 1,000,000 steps (YAML aliases that repeat values make an example larger than it looks), so it was not checked",
    );
  });
});
