// Response validators compiled at generation time (codegen/emit/validators.ts): they accept the
// spec's own examples, agree with a full Ajv on seeded random mutations of them, refuse broken
// bodies, are byte-identical on rerun, and a bundler keeps only the validators an app imports.
import { cpSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { Ajv2020 } from "ajv/dist/2020.js";
import { build } from "esbuild";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { emitValidators, exportName } from "../../codegen/emit/validators.js";
import type { OperationModel } from "../../codegen/model.js";
import { RefResolver } from "../../codegen/refs.js";
import { loadProvider, repoRoot } from "../support/spec.js";

type Validator = ((data: unknown) => boolean) & { errors?: Array<{ instancePath: string }> | null };
type Check = { name: string; operation: string; validate: Validator };
type Json = Record<string, unknown>;

const seed = Number(process.env.VALIDATORS_SEED ?? 20261201);
console.log(`validator property seed ${seed} (replay: VALIDATORS_SEED=${seed} npx vitest run test/generator/validators.test.ts)`);

const scratch = path.join(repoRoot, ".tmp/validators-test");
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

async function compiled(id: string) {
  const { spec, model } = await loadProvider(id);
  const module = emitValidators(spec.document as unknown as Json, model, `specs/${id}/openapi.yaml`);
  const dir = path.join(scratch, id);
  mkdirSync(dir, { recursive: true });
  // The module re-exports responseValidation from the runtime beside it, as in generated/.
  cpSync(path.join(repoRoot, "generated/runtime"), path.join(scratch, "runtime"), { recursive: true });
  const file = path.join(dir, "validators.ts");
  writeFileSync(file, module.source);
  const checks = (await import(pathToFileURL(file).href)) as Record<string, Check>;
  const validators = Object.fromEntries(module.exports.map((name) => [name, checks[name]!.validate]));
  return { spec, model, module, file, validators, checks };
}

/** A full Ajv on the bundled document, formats off as in the compiled validators: the oracle. */
function oracle(document: Json) {
  const ajv = new Ajv2020({ strict: false, allErrors: false, validateFormats: false });
  ajv.addSchema({ ...document, $id: "spec" });
  const refs = new RefResolver(document);
  return (op: OperationModel) => {
    const pointer = refs.at(`/paths/${op.path.replaceAll("~", "~0").replaceAll("/", "~1")}/${op.method.toLowerCase()}/responses/${op.success.status}/content/${op.success.contentType!.replaceAll("/", "~1")}/schema`).pointer;
    return ajv.getSchema(`spec#${pointer.split("/").map(encodeURIComponent).join("/")}`)!;
  };
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
    expect(module.skipped).toEqual([]);
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

describe("a response schema too wide to compile", () => {
  it("gets no validator, and the module says why, instead of code no parser can read", () => {
    const wide = { oneOf: Array.from({ length: 2000 }, (_, i) => ({ type: "object", required: [`f${i}`] })) };
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
    expect(module.exports).toEqual(["narrowGet"]);
    expect(module.skipped).toEqual([{ name: "wideGet", reason: expect.stringContaining("2000 alternatives") }]);
    expect(module.source).toContain("// Not validated: wideGet");
    expect(module.source.length).toBeLessThan(5_000);
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
