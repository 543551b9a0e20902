// Response validators emitted at generation time (codegen/emit/validators.ts: lean schemas as
// data, checked by runtime/schema-check.ts): they accept the spec's own examples, agree with a
// full Ajv on the bundled document on seeded random mutations (Ajv2020 for OpenAPI 3.1, Ajv's
// draft-07 class for 3.0, as for the foreign-shaped fixtures), refuse broken bodies, are
// byte-identical on rerun, and a bundler keeps only the validators an app imports.
import { cpSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { Ajv } from "ajv";
import { Ajv2020 } from "ajv/dist/2020.js";
import { build } from "esbuild";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { emitValidators, exportName } from "../../codegen/emit/validators.js";
import { loadSpec, type LoadedSpec } from "../../codegen/load.js";
import { buildModel, type OperationModel, type ProviderModel } from "../../codegen/model.js";
import { RefResolver } from "../../codegen/refs.js";
import { loadProvider, repoRoot } from "../support/spec.js";

type Validator = ((data: unknown) => boolean) & { errors?: Array<{ instancePath: string }> | null };
type Check = { name: string; operation: string; validate: Validator };
type Json = Record<string, unknown>;

const seed = Number(process.env.VALIDATORS_SEED ?? 20261201);
console.log(`validator property seed ${seed} (replay: VALIDATORS_SEED=${seed} npx vitest run test/generator/validators.test.ts)`);

const scratch = path.join(repoRoot, ".tmp/validators-test");
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The module written where it can import the runtime beside it (../runtime/, as in generated/), then imported. */
async function imported(id: string, source: string) {
  const dir = path.join(scratch, id);
  mkdirSync(dir, { recursive: true });
  cpSync(path.join(repoRoot, "codegen/runtime"), path.join(scratch, "runtime"), { recursive: true });
  const file = path.join(dir, "validators.ts");
  writeFileSync(file, source);
  return { file, checks: (await import(pathToFileURL(file).href)) as Record<string, Check> };
}

async function compiledFrom(id: string, spec: LoadedSpec, model: ProviderModel, sourceFile: string) {
  const module = emitValidators(spec.document as unknown as Json, model, sourceFile);
  const { file, checks } = await imported(id, module.source);
  const validators = Object.fromEntries(module.exports.map((name) => [name, checks[name]!.validate]));
  return { spec, model, module, file, validators, checks };
}

async function compiled(id: string) {
  const { spec, model } = await loadProvider(id);
  return compiledFrom(id, spec, model, `specs/${id}/openapi.yaml`);
}

const FOREIGN = ["petstore-3.0.yaml", "warehouse-3.0.json", "events-3.1.yaml", "member-names-3.1.yaml"];

async function compiledForeign(fixture: string) {
  const spec = await loadSpec(path.join(repoRoot, "test/fixtures/foreign", fixture));
  // Written without x-sdk-name: names derived as for a --spec file.
  return compiledFrom(fixture.replace(/\W+/g, "-"), spec, buildModel(spec, { deriveNames: true }), `test/fixtures/foreign/${fixture}`);
}

/** The success schema of an operation, located (its JSON pointer canonical, its `$ref`s followed). */
function successSchema(refs: RefResolver, op: OperationModel) {
  return refs.at(`/paths/${op.path.replaceAll("~", "~0").replaceAll("/", "~1")}/${op.method.toLowerCase()}/responses/${op.success.status}/content/${op.success.contentType!.replaceAll("/", "~1")}/schema`);
}

/**
 * A full Ajv on the bundled document, formats off as in the emitted validators: the oracle. Ajv's
 * draft-07 class for OpenAPI 3.0. `ownProperties`: a body's properties are its own keys (so
 * `{}` has no `hasOwnProperty`), as the checker reads them; Ajv otherwise sees inherited ones.
 */
function oracle(document: Json) {
  const options = { strict: false, allErrors: false, validateFormats: false, ownProperties: true };
  const ajv = String(document.openapi).startsWith("3.0") ? new Ajv(options) : new Ajv2020(options);
  ajv.addSchema({ ...document, $id: "spec" });
  const refs = new RefResolver(document);
  return (op: OperationModel) => ajv.getSchema(`spec#${successSchema(refs, op).pointer.split("/").map(encodeURIComponent).join("/")}`)!;
}

/** A random change deep inside a value: a key removed, a value replaced, a key added. */
function mutation(value: unknown): fc.Arbitrary<unknown> {
  const paths: string[][] = [];
  (function walk(node: unknown, at: string[]) {
    if (paths.length > 200) return;
    paths.push(at);
    if (node && typeof node === "object") for (const [key, child] of Object.entries(node)) walk(child, [...at, key]);
  })(value, []);
  const replacement = fc.oneof(fc.constant(null), fc.integer(), fc.string({ maxLength: 8 }), fc.boolean(), fc.constant([]), fc.constant({}));
  return fc.tuple(fc.constantFrom(...paths), fc.constantFrom("delete", "replace", "add"), replacement).map(([at, kind, next]) => {
    const copy = structuredClone(value) as Json;
    if (at.length === 0) return kind === "replace" ? next : copy;
    const parent = at.slice(0, -1).reduce<unknown>((node, key) => (node as Json)[key], copy) as Json;
    const key = at[at.length - 1]!;
    if (kind === "delete") Array.isArray(parent) ? parent.splice(Number(key), 1) : delete parent[key];
    else if (kind === "replace") parent[key] = next;
    else if (!Array.isArray(parent[key]) && parent[key] && typeof parent[key] === "object") (parent[key] as Json)["unexpected_field"] = next;
    return copy;
  });
}

describe.each(["telnyx", "vonage"])("%s response validators", (id) => {
  it("cover every operation with a JSON success body, named like its function, with its method and path", async () => {
    const { model, module, checks } = await compiled(id);
    const json = model.operations.filter((op) => op.success.kind === "json");
    expect(json.length).toBeGreaterThan(10);
    expect(module.exports).toEqual(json.map((op) => exportName(op.sdkName)).sort());
    for (const op of json) expect(checks[exportName(op.sdkName)]).toMatchObject({ name: exportName(op.sdkName), operation: `${op.method} ${op.path}` });
    expect(Object.keys(checks.responseValidators as unknown as object).sort()).toEqual(module.exports);
  });

  it("accept every example of the spec's success responses", async () => {
    const { model, validators } = await compiled(id);
    const failures: string[] = [];
    let checked = 0;
    for (const op of model.operations.filter((o) => o.success.kind === "json" && o.success.example !== undefined)) {
      checked++;
      const validate = validators[exportName(op.sdkName)]!;
      if (!validate(op.success.example)) failures.push(`${op.sdkName}: ${JSON.stringify(validate.errors)}`);
    }
    expect(checked).toBeGreaterThan(10);
    expect(failures).toEqual([]);
  });

  it("agree with a full Ajv on seeded random mutations of the examples", async () => {
    const { spec, model, validators } = await compiled(id);
    const reference = oracle(spec.document as unknown as Json);
    let refused = 0;
    for (const op of model.operations.filter((o) => o.success.kind === "json" && o.success.example !== undefined)) {
      const validate = validators[exportName(op.sdkName)]!;
      const full = reference(op);
      fc.assert(
        fc.property(mutation(op.success.example), (body) => {
          const ours = validate(body);
          if (!ours) refused++;
          expect(ours, `${op.sdkName} on ${JSON.stringify(body).slice(0, 300)}`).toBe(full(body));
        }),
        { seed, numRuns: 25 },
      );
    }
    // The mutations must reach invalid bodies, or the agreement says nothing.
    expect(refused).toBeGreaterThan(50);
  });

  it("refuse a body of the wrong type and name where it is wrong", async () => {
    const { model, validators } = await compiled(id);
    const isString = (f: { schema: { type?: unknown } }) => f.schema.type === "string";
    const op = model.operations.find((o) => o.success.kind === "json" && o.success.isObject && !o.success.isChoice && o.success.fields.some(isString))!;
    const validate = validators[exportName(op.sdkName)]!;
    expect(validate(42)).toBe(false);
    const field = op.success.fields.find(isString)!;
    expect(validate({ ...(op.success.example as Json), [field.name]: { not: "a string" } })).toBe(false);
    expect(validate.errors?.[0]?.instancePath).toBe(`/${field.name}`);
  });

  it("are byte-identical when emitted again", async () => {
    const { spec, model, module } = await compiled(id);
    expect(emitValidators(spec.document as unknown as Json, model, `specs/${id}/openapi.yaml`).source).toBe(module.source);
  });
});

/**
 * Values made to match a schema (the foreign fixtures have no examples): every required property
 * and some of the others, `null` where the schema allows it, one alternative of a oneOf/anyOf.
 * Close enough that their mutations land on both sides of the verdict.
 */
function matching(refs: RefResolver, schema: unknown, depth = 0): fc.Arbitrary<unknown> {
  const node = refs.resolve<Json>(schema);
  if (typeof node !== "object" || node === null || depth > 6) return fc.constant(null);
  const nullable = node.nullable === true || (Array.isArray(node.type) && node.type.includes("null"));
  const made = ((): fc.Arbitrary<unknown> => {
    if (node.const !== undefined) return fc.constant(node.const);
    if (Array.isArray(node.enum)) return fc.constantFrom(...(node.enum as unknown[]));
    for (const key of ["oneOf", "anyOf"]) if (Array.isArray(node[key])) return fc.oneof(...(node[key] as unknown[]).map((s) => matching(refs, s, depth + 1)));
    if (Array.isArray(node.allOf)) {
      const rest = matching(refs, { ...node, allOf: undefined }, depth + 1);
      return fc.tuple(rest, ...(node.allOf as unknown[]).map((s) => matching(refs, s, depth + 1))).map((parts) => Object.assign({}, ...parts.filter((p) => typeof p === "object" && p !== null && !Array.isArray(p))));
    }
    const type = (Array.isArray(node.type) ? node.type.find((t) => t !== "null") : node.type) ?? (node.properties ? "object" : node.items ? "array" : undefined);
    switch (type) {
      case "object": {
        const properties = (node.properties ?? {}) as Json;
        const required = new Set((node.required ?? []) as string[]);
        // Not `__proto__`: Ajv does not check a property of that name (schema-check.test.ts shows the difference).
        const entries = Object.keys(properties).filter((key) => key !== "__proto__").map((key) => matching(refs, properties[key], depth + 1).map((value) => [key, value] as const));
        return fc.tuple(fc.tuple(...entries), fc.array(fc.boolean(), { minLength: entries.length, maxLength: entries.length })).map(([pairs, keep]) =>
          Object.fromEntries(pairs.filter(([key], i) => required.has(key) || keep[i])),
        );
      }
      case "array":
        return fc.array(matching(refs, node.items ?? {}, depth + 1), { minLength: Number(node.minItems ?? 0), maxLength: Math.min(3, Number(node.maxItems ?? 3)) });
      case "integer":
        return fc.integer({ min: Number(node.minimum ?? -5), max: Number(node.maximum ?? 50) });
      case "number":
        return fc.double({ min: Number(node.minimum ?? -5), max: Number(node.maximum ?? 50), noNaN: true });
      case "boolean":
        return fc.boolean();
      case "string":
        return fc.string({ minLength: Number(node.minLength ?? 0), maxLength: Math.min(12, Number(node.maxLength ?? 12)) });
      default:
        return fc.constant(null);
    }
  })();
  return nullable ? fc.oneof(made, fc.constant(null)) : made;
}

describe.each(FOREIGN)("response validators of the foreign-shaped %s", (fixture) => {
  it("agree with a full Ajv (its draft-07 class for OpenAPI 3.0) on values made from the schemas and on their mutations", async () => {
    const { spec, model, validators } = await compiledForeign(fixture);
    const document = spec.document as unknown as Json;
    const reference = oracle(document);
    const refs = new RefResolver(document);
    const json = model.operations.filter((o) => o.success.kind === "json");
    expect(json.length).toBeGreaterThan(2);
    let accepted = 0;
    let refused = 0;
    for (const op of json) {
      const validate = validators[exportName(op.sdkName)]!;
      const full = reference(op);
      const values = matching(refs, successSchema(refs, op).node).chain((value) => fc.oneof(fc.constant(value), mutation(value)));
      fc.assert(
        fc.property(values, (body) => {
          const ours = validate(body);
          if (ours) accepted++;
          else refused++;
          expect(ours, `${op.sdkName} on ${JSON.stringify(body).slice(0, 300)}`).toBe(full(body));
        }),
        { seed, numRuns: 60 },
      );
    }
    // Both verdicts must be reached, or the agreement says nothing.
    expect(accepted).toBeGreaterThan(json.length * 10);
    expect(refused).toBeGreaterThan(json.length * 5);
  });
});

describe("a response schema with 2,000 alternatives", () => {
  it("gets a validator that checks it, in a module of about the schema's size", async () => {
    const wide = { oneOf: Array.from({ length: 2000 }, (_, i) => ({ type: "object", required: [`f${i}`], additionalProperties: false, properties: { [`f${i}`]: { type: "integer" } } })) };
    const document = {
      openapi: "3.1.0",
      paths: {
        "/wide": { get: { responses: { "200": { content: { "application/json": { schema: { $ref: "#/components/schemas/Wide" } } } } } } },
        "/narrow": { get: { responses: { "200": { content: { "application/json": { schema: { type: "string" } } } } } } },
      },
      components: { schemas: { Wide: wide } },
    };
    const operation = (path: string, sdkName: string) =>
      ({ path, method: "GET", sdkName, success: { kind: "json", contentType: "application/json", status: "200" } }) as unknown as OperationModel;
    const model = { operations: [operation("/wide", "wide.get"), operation("/narrow", "narrow.get")] } as never;
    const module = emitValidators(document, model, "specs/wide/openapi.yaml");
    expect(module.exports).toEqual(["narrowGet", "wideGet"]);
    expect(module.source).not.toContain("Not validated");
    expect(module.source.length).toBeLessThan(JSON.stringify(wide).length * 1.2);
    const { checks } = await imported("wide", module.source);
    const validate = checks.wideGet!.validate;
    // Ajv itself overflows the stack on this oneOf (one nested block per alternative): the verdicts are written out.
    const cases: Array<[unknown, boolean]> = [[{ f0: 1 }, true], [{ f1999: 7 }, true], [{ f1999: "7" }, false], [{ f0: 1, f1: 2 }, false], [{}, false], [{ f2000: 1 }, false], [[], false], ["f0", false]];
    for (const [body, valid] of cases) expect(validate(body), JSON.stringify(body)).toBe(valid);
    expect(validate({ f0: 1, f1: 2 })).toBe(false);
    expect(validate.errors).toEqual([expect.objectContaining({ instancePath: "", keyword: "oneOf", message: "must match exactly one schema in oneOf" })]);
  });
});

describe("a bundle of one validator", () => {
  it("keeps that validator and drops the others", async () => {
    const { file, model } = await compiled("telnyx");
    const brand = exportName(model.operations.find((op) => op.sdkName === "messaging10dlc.brand.retrieve")!.sdkName);
    const porting = exportName(model.operations.find((op) => op.path === "/porting_orders/{id}" && op.method === "GET")!.sdkName);
    const bundleOf = async (name: string) => {
      const result = await build({
        stdin: { contents: `import { ${name} } from ${JSON.stringify(file)}; console.log(${name}({}));`, resolveDir: scratch, loader: "ts" },
        bundle: true,
        minify: true,
        format: "esm",
        write: false,
        logLevel: "silent",
      });
      return result.outputFiles[0]!.text;
    };
    const brandOnly = await bundleOf(brand);
    const portingOnly = await bundleOf(porting);
    // Enum values that only one side's schemas hold.
    expect(brandOnly).toContain("REGISTRATION_PENDING");
    expect(brandOnly).not.toContain("foc-date-confirmed");
    expect(portingOnly).toContain("foc-date-confirmed");
    expect(portingOnly).not.toContain("REGISTRATION_PENDING");
  });
});
