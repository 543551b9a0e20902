// Unit tests of the generator's stages on the small acme fixture: model, client and docs emitters,
// and the writer.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { emitClient } from "../../codegen/emit/client.js";
import { emitFunctions } from "../../codegen/emit/functions.js";
import { emitDocs, literal } from "../../codegen/emit/docs.js";
import { loadSpec } from "../../codegen/load.js";
import { buildModel } from "../../codegen/model.js";
import { diffFolder, replaceFolder } from "../../codegen/write.js";
import { acme, fixtureRoot } from "../support/fixture.js";

const spec = await loadSpec(path.join(fixtureRoot, acme.entry));
const model = buildModel(spec);
const op = (sdkName: string) => model.operations.find((o) => o.sdkName === sdkName)!;

describe("model", () => {
  it("finds every operation with its SDK path, types base and product", () => {
    expect(model.operations.map((o) => o.sdkName)).toEqual(["numbers.list", "numbers.order", "numbers.retrieve", "numbers.release"]);
    expect(op("numbers.order").typeBase).toBe("NumbersOrder");
    expect(model.products.map((p) => [p.id, p.title, p.operations.length])).toEqual([["numbers", "Numbers", 4]]);
    expect(model.serverUrl).toBe("https://api.acme.example/v9");
    expect(model.security).toEqual({ bearer: true, basic: false });
  });

  it("takes path-level parameters, required flags, examples and enums into account", () => {
    expect(op("numbers.retrieve").pathParams.map((p) => [p.name, p.required, p.example])).toEqual([["number_id", true, "num_1"]]);
    const country = op("numbers.list").queryParams.find((p) => p.name === "country")!;
    expect(country).toMatchObject({ required: true, type: '"US" | "CA"', example: "US" });
    expect(op("numbers.list").queryParams.find((p) => p.name === "page")).toMatchObject({ required: false, example: 1 });
  });

  it("describes bodies and successes: first 2xx, no-content, fields with required flags", () => {
    expect(op("numbers.order").body?.fields.map((f) => [f.name, f.required])).toEqual([
      ["phone_number", true],
      ["label", false],
    ]);
    expect(op("numbers.order").success).toMatchObject({ status: "201", kind: "json", contentType: "application/json" });
    expect(op("numbers.release").success).toMatchObject({ status: "204", kind: "none" });
    expect(op("numbers.list").success.fields.map((f) => [f.name, f.type])).toEqual([
      ["data", "Number[]"],
      ["total_pages", "integer"],
    ]);
    expect(op("numbers.list").pagination).toMatchObject({ style: "page", pageParam: "page", items: "data" });
    expect(op("numbers.order").docSection).toBe("core");
    expect(op("numbers.retrieve").docSection).toBe("other");
  });
});

describe("client emitters", () => {
  const client = emitClient(model, acme, "specs/acme/openapi.yaml");
  const functions = emitFunctions(model, acme, "specs/acme/openapi.yaml");

  it("exports a named type per operation input and result, beside the functions", () => {
    for (const name of ["NumbersListQuery", "NumbersListResponse", "NumbersOrderParams", "NumbersOrderResponse", "NumbersRetrievePathParams"]) {
      // Object types are interfaces (named in tsc's messages), the rest type aliases.
      expect(functions).toMatch(new RegExp(`export (type ${name} =|interface ${name}\\s)`));
    }
    expect(functions).toContain(`export type NumbersReleaseResponse = void;`);
  });

  it("puts path parameters first, then body or query, then options, in the functions and the facade alike", () => {
    expect(client).toMatch(/retrieve: \(\s*numberId: NumbersRetrievePathParams\["number_id"\],\s*options\?: RequestOptions,?\s*\)/);
    // functions.ts is laid out as the formatter would (one parameter per line when they do not fit).
    expect(functions).toMatch(/export function numbersRetrieve\(\s*client: ClientConfig,\s*numberId: NumbersRetrievePathParams\["number_id"\],\s*options\?: RequestOptions,?\s*\)/);
    expect(functions).toContain("{ path: { number_id: numberId } }");
    expect(client).toMatch(/order: \(\s*body: NumbersOrderParams,\s*options\?: RequestOptions,?\s*\)/);
    // A required query parameter makes the query argument required.
    expect(client).toMatch(/list: \(\s*query: NumbersListQuery,\s*options\?: RequestOptions,?\s*\)/);
    expect(functions).toMatch(/export function numbersList\(\s*client: ClientConfig,\s*query: NumbersListQuery,\s*options\?: RequestOptions,?\s*\)/);
  });

  it("builds each facade method from the operation's function", () => {
    expect(client).toMatch(/retrieve: \([^)]*\): APIPromise<NumbersRetrieveResponse> => numbersRetrieve\(config, numberId, options\)/);
    expect(client).toMatch(/list: \([^)]*\): PagePromise<NumbersListResponse, NumbersListItem> => numbersList\(config, query, options\)/);
  });

  it("builds the config and the facade's factory from the provider's credentials", () => {
    expect(functions).toContain("export function createAcmeConfig(options: AcmeConfigOptions = {}): ClientConfig");
    expect(functions).toContain('options.apiKey ?? env("ACME_API_KEY")');
    expect(functions).toContain('export const DEFAULT_BASE_URL = "https://api.acme.example/v9";');
    expect(client).toContain("export function createAcmeClient(options: AcmeClientOptions = {})");
    expect(client).toContain("createAcmeConfig(");
  });

  it("refuses two operations whose x-sdk-names give one function name", () => {
    const [first, second] = model.operations;
    const clash = { ...model, operations: [{ ...first!, sdkName: "numbers.bulkOrder" }, { ...second!, sdkName: "numbers.bulk.order" }] };
    expect(() => emitFunctions(clash, acme, "specs/acme/openapi.yaml")).toThrow(
      /x-sdk-name numbers\.bulk\.order \(.+\) gives the function name numbersBulkOrder, already the function of numbers\.bulkOrder/,
    );
  });
});

describe("docs emitter", () => {
  const doc = emitDocs(model, acme).get("docs/numbers.md")!;

  it("orders core tasks, supporting operations, the rest, then the index", () => {
    const positions = ["## Core tasks", "## Supporting operations", "## More operations", "## Index of operations"].map((h) => doc.indexOf(h));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it("lists every parameter in the tables and shows a complete example call", () => {
    for (const name of ["page", "page_size", "country", "phone_number", "label", "number_id"]) expect(doc).toContain(`| \`${name}\` |`);
    expect(doc).toContain('const result = await acme.numbers.order({\n  phone_number: "+13125550001",');
    expect(doc).toContain('await acme.numbers.release("num_1");');
    expect(doc).toContain("Response `204`: no body.");
  });

  it("writes literals the way a person would", () => {
    expect(literal({ a: 1, "b-c": ["x", "y"], d: {} })).toBe('{\n  a: 1,\n  "b-c": ["x", "y"],\n  d: {},\n}');
  });
});

describe("writer", () => {
  it("replaces a folder whole: new files written, stale ones removed, and reports the difference first", () => {
    const dir = path.join(mkdtempSync(path.join(os.tmpdir(), "writer-")), "out");
    replaceFolder(dir, new Map([["a.ts", "one"], ["docs/old.md", "old"]]));
    const next = new Map([["a.ts", "two"], ["b.ts", "new"]]);
    expect(diffFolder(dir, next)).toEqual({ changed: ["a.ts"], added: ["b.ts"], removed: ["docs/old.md"] });
    replaceFolder(dir, next);
    expect(readFileSync(path.join(dir, "a.ts"), "utf8")).toBe("two");
    expect(existsSync(path.join(dir, "docs/old.md"))).toBe(false);
    expect(diffFolder(dir, next)).toEqual({ changed: [], added: [], removed: [] });
    writeFileSync(path.join(dir, "b.ts"), "edited by hand");
    expect(diffFolder(dir, next).changed).toEqual(["b.ts"]);
  });

  it("keeps the changelog that npm run changelog appends to, and does not call it stale", () => {
    const dir = path.join(mkdtempSync(path.join(os.tmpdir(), "writer-")), "out");
    const files = new Map([["client.ts", "v1"]]);
    replaceFolder(dir, files);
    writeFileSync(path.join(dir, "CHANGELOG.md"), "# changes\n");
    expect(diffFolder(dir, files)).toEqual({ changed: [], added: [], removed: [] });
    replaceFolder(dir, new Map([["client.ts", "v2"]]));
    expect(readFileSync(path.join(dir, "CHANGELOG.md"), "utf8")).toBe("# changes\n");
    expect(readFileSync(path.join(dir, "client.ts"), "utf8")).toBe("v2");
  });
});
