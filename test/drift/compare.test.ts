// The comparison itself: each refactoring the issue names is not a difference (and the same setup
// with a real change is one, so the tests cannot pass on an empty result), operation matching,
// and published documents that are hostile or much larger than the part we read.
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadSide } from "../../codegen/diff/load-side.js";
import type { SpecSide } from "../../codegen/diff/spec-diff.js";
import type { JSONSchema } from "../../codegen/diff/schema-types.js";
import { driftProvider } from "../../codegen/drift/drift.js";
import { serverPath, templateKey } from "../../codegen/drift/match.js";
import { RefResolver } from "../../codegen/drift/published.js";
import { driftSchemas } from "../../codegen/drift/schema-drift.js";
import { wellFormed } from "../../codegen/drift/well-formed.js";
import { providerConfig, repoRoot } from "../support/spec.js";

type Doc = Record<string, unknown>;

/** Compares `ours` with `theirs` (each resolved against its own components) in a request or a response. */
function compare(ours: JSONSchema, theirs: JSONSchema, scope: "request" | "response", components: { ours?: Doc; theirs?: Doc } = {}) {
  const a = new RefResolver({ components: { schemas: components.ours ?? {} } });
  const b = new RefResolver({ components: { schemas: components.theirs ?? {} } });
  return driftSchemas(ours, theirs, scope, "body", (s) => a.resolve<JSONSchema>(s ?? {}), (s) => wellFormed(b.resolve(s ?? {}))).map((d) => `${d.id} ${d.at}: ${d.message}`);
}

const flat: JSONSchema = { type: "object", required: ["name"], properties: { name: { type: "string" }, size: { type: "integer" } } };

describe("refactoring is not drift", () => {
  it("allOf against a flat schema", () => {
    const composed: JSONSchema = { allOf: [{ type: "object", required: ["name"], properties: { name: { type: "string" } } }, { properties: { size: { type: "integer" } } }] };
    expect(compare(flat, composed, "request")).toEqual([]);
    const changed: JSONSchema = { allOf: [{ type: "object", properties: { name: { type: "string" } } }, { properties: { size: { type: "string" } } }] };
    expect(compare(flat, changed, "request")).toEqual([
      "request-required-differs body.name: required here, optional in the published spec",
      "request-type-differs body.size: type is integer here, string in the published spec",
    ]);
  });

  it("$ref against inline, on either side and nested", () => {
    const theirs = { Widget: { type: "object", required: ["name"], properties: { name: { $ref: "#/components/schemas/Name" }, size: { type: "integer" } } }, Name: { type: "string" } };
    expect(compare(flat, { $ref: "#/components/schemas/Widget" }, "response", { theirs })).toEqual([]);
    expect(compare({ $ref: "#/components/schemas/Flat" }, flat, "response", { ours: { Flat: flat } })).toEqual([]);
    const renamed = { ...theirs, Name: { type: "string", format: "uuid" } };
    expect(compare(flat, { $ref: "#/components/schemas/Widget" }, "response", { theirs: renamed })).toEqual(["response-format-differs body.name: format is (none) here, uuid in the published spec"]);
  });

  it("readOnly fields in requests (on the property or its $ref target), but not in responses", () => {
    const theirs = { Id: { type: "string", readOnly: true } };
    const withIds: JSONSchema = { ...flat, required: ["id", "name"], properties: { ...flat.properties, id: { $ref: "#/components/schemas/Id" }, created_at: { type: "string", readOnly: true } } };
    expect(compare(flat, withIds, "request", { theirs })).toEqual([]);
    expect(compare(flat, withIds, "response", { theirs })).toEqual([
      "response-field-only-published body.id: field (required) in the published spec only",
      "response-field-only-published body.created_at: field in the published spec only",
    ]);
  });

  it("documentation text: descriptions, summaries, titles and examples", () => {
    const documented = {
      ...flat,
      title: "Widget",
      description: "Something else entirely.",
      example: { name: "x" },
      properties: { name: { type: "string", description: "Its name.", examples: ["a"] }, size: { type: "integer", title: "Size", example: 3 } },
    } as JSONSchema;
    expect(compare(flat, documented, "request")).toEqual([]);
  });

  it("a oneOf of one branch, enum order, and OpenAPI 3.1 null types", () => {
    expect(compare(flat, { oneOf: [flat] }, "response")).toEqual([]);
    expect(compare({ type: "string", enum: ["a", "b"] }, { type: ["string", "null"], enum: ["b", "a", null] } as JSONSchema, "response")).toEqual([]);
    expect(compare({ type: "string", enum: ["a", "b"] }, { type: "string", enum: ["b", "c"] }, "response")).toEqual([
      'response-enum-value-only-ours body: enum value "a" here only',
      'response-enum-value-only-published body: enum value "c" in the published spec only',
    ]);
  });

  it("a oneOf against an anyOf of the same branches, in any order; a branch only one side has is reported", () => {
    const sms: JSONSchema = { type: "object", properties: { type: { type: "string", enum: ["sms"] }, text: { type: "string" } } };
    const mms: JSONSchema = { type: "object", properties: { type: { type: "string", enum: ["mms"] }, media: { type: "array", items: { type: "string" } } } };
    const fax: JSONSchema = { type: "object", properties: { type: { type: "string", enum: ["fax"] }, pages: { type: "integer" } } };
    expect(compare({ anyOf: [sms, mms] }, { oneOf: [mms, sms] }, "response")).toEqual([]);
    // A branch written as allOf pairs with its flat twin (found by the seeded refactor test).
    const smsComposed: JSONSchema = { allOf: [{ type: "object", properties: { type: sms.properties!.type! } }, { properties: { text: { type: "string" } } }] };
    expect(compare({ anyOf: [sms, mms] }, { oneOf: [mms, smsComposed] }, "response")).toEqual([]);
    expect(compare({ anyOf: [sms, mms] }, { oneOf: [mms, fax] }, "response")).toEqual([
      "response-branch-only-ours body: anyOf branch #1 here only",
      "response-branch-only-published body: oneOf branch #2 in the published spec only",
    ]);
  });

  it("compares a $ref of ours met twice against two different inline published schemas both times", () => {
    const ours = { Name: { type: "string" } };
    const twice: JSONSchema = { type: "object", properties: { first: { $ref: "#/components/schemas/Name" }, second: { $ref: "#/components/schemas/Name" } } };
    const inline: JSONSchema = { type: "object", properties: { first: { type: "string" }, second: { type: "integer" } } };
    expect(compare(twice, inline, "response", { ours })).toEqual(["response-type-differs body.second: type is string here, integer in the published spec"]);
  });

  it("ends on recursive schemas and reports a recursive pair once", () => {
    const node = { type: "object", properties: { children: { type: "array", items: { $ref: "#/components/schemas/Node" } }, label: { type: "string" } } };
    const theirs = { Node: { ...node, properties: { ...node.properties, label: { type: "integer" } } } };
    expect(compare({ $ref: "#/components/schemas/Node" }, { $ref: "#/components/schemas/Node" }, "response", { ours: { Node: node }, theirs })).toEqual([
      "response-type-differs body.label: type is string here, integer in the published spec",
    ]);
  });

  it("reads malformed published keywords as absent instead of crashing", () => {
    const broken = { type: "object", required: "name", properties: { name: "string", size: { type: 7 } }, enum: { a: 1 }, items: [], allOf: "x", oneOf: [null] };
    // `properties.name` is not a schema, so name is missing there; `size` has no usable type, so it matches.
    expect(compare(flat, broken as unknown as JSONSchema, "request")).toEqual(["request-field-only-ours body.name: field (required) here only"]);
  });
});

describe("operations", () => {
  let ours: SpecSide;
  beforeAll(async () => {
    ours = await loadSide(path.join(repoRoot, "test/fixtures/drift"), providerConfig("telnyx"));
  });
  const published = (paths: Doc, extra: Doc = {}) => ({ file: "published.yaml", document: { openapi: "3.0.3", paths, ...extra } });
  const noContent = { parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }], responses: { "204": { description: "gone" } } };

  it("matches by template with other parameter names and another base path, else by operationId", () => {
    const byPath = driftProvider(ours, published({ "/v2/widgets/{id}/": { delete: noContent } }, { servers: [{ url: "https://other.example.test" }] }));
    expect(byPath.differences.filter((d) => d.operation === "DELETE /widgets/{widgetId}")).toEqual([]);
    const byId = driftProvider(ours, published({ "/v2/things/{id}": { delete: { operationId: "deleteWidget", ...noContent } } }));
    expect(byId.differences.filter((d) => d.operation === "DELETE /widgets/{widgetId}")).toEqual([]);
    const itemServers = driftProvider(ours, published({ "/v2/widgets/{id}": { servers: [{ url: "https://api.example.test" }], delete: noContent } }, { servers: [{ url: "https://api.example.test/v9" }] }));
    expect(itemServers.differences.filter((d) => d.operation === "DELETE /widgets/{widgetId}")).toEqual([]);
    const missing = driftProvider(ours, published({ "/v2/things/{id}": { delete: { operationId: "removeThing", ...noContent } } }));
    expect(missing.differences.filter((d) => d.operation === "DELETE /widgets/{widgetId}").map((d) => d.id)).toEqual(["operation-not-published"]);
    expect(missing.compared).toBe(0);
  });

  it("pairs path parameters by position, so a renamed one is not missing on both sides", () => {
    const result = driftProvider(ours, published({ "/v2/widgets/{widget_id}": { parameters: [{ name: "widget_id", in: "path", required: true, schema: { type: "integer" } }], delete: { responses: noContent.responses } } }));
    expect(result.differences.filter((d) => d.operation === "DELETE /widgets/{widgetId}").map((d) => `${d.id} ${d.at}`)).toEqual([
      "parameter-type-differs path parameter widgetId",
    ]);
  });

  it("compares a deepObject parameter as its members, so `filter` {status} against `filter[status]` is no drift", () => {
    const list = (status: string[]) => ({
      get: {
        parameters: [
          { name: "page", in: "query", schema: { type: "integer" } },
          { name: "sort", in: "query", required: true, schema: { type: "string" } },
          { name: "filter", in: "query", style: "deepObject", explode: true, schema: { type: "object", properties: { status: { type: "string", enum: status } } } },
        ],
        responses: { "200": { description: "ok" }, "401": { description: "no" } },
      },
    });
    const onList = (result: ReturnType<typeof driftProvider>) => result.differences.filter((d) => d.operation === "GET /widgets").map((d) => `${d.id} ${d.at}`);
    expect(onList(driftProvider(ours, published({ "/v2/widgets": list(["active", "retired"]) })))).toEqual([
      "response-content-type-only-ours response 200",
      "response-content-type-only-ours response 401",
    ]);
    expect(onList(driftProvider(ours, published({ "/v2/widgets": list(["active"]) })))).toEqual([
      "parameter-enum-value-only-ours query parameter filter[status]",
      "response-content-type-only-ours response 200",
      "response-content-type-only-ours response 401",
    ]);
  });

  it("ignores Accept, Content-Type and Authorization header parameters, as OpenAPI says, but not other headers", () => {
    const headers = ["Authorization", "accept", "Content-Type", "X-Request-Id"].map((name) => ({ name, in: "header", required: true, schema: { type: "string" } }));
    const result = driftProvider(ours, published({ "/v2/widgets/{id}": { delete: { ...noContent, parameters: [...noContent.parameters, ...headers] } } }));
    expect(result.differences.filter((d) => d.operation === "DELETE /widgets/{widgetId}").map((d) => `${d.id} ${d.at}`)).toEqual(["parameter-only-published header parameter X-Request-Id"]);
  });

  it("never reads the parts of a large published document that our operations do not reach", () => {
    // Thousands of operations we do not curate, each with a $ref that resolves nowhere: reading
    // or dereferencing any of them would fail the run.
    const paths: Doc = { "/v2/widgets/{id}": { delete: noContent } };
    for (let i = 0; i < 5000; i++) paths[`/v2/other/${i}`] = { get: { responses: { "200": { $ref: `#/components/responses/Missing${i}` } } } };
    const result = driftProvider(ours, published(paths, { components: { schemas: { Broken: { $ref: "#/nowhere" } } } }));
    expect(result.compared).toBe(1);
    expect(result.differences.filter((d) => d.operation === "DELETE /widgets/{widgetId}")).toEqual([]);
  });
});

describe("path helpers", () => {
  it("blanks parameter names and trailing slashes, and reads the server's path", () => {
    expect(templateKey("/10dlc/brand/{brandId}/")).toBe(templateKey("/10dlc/brand/{brand_id}"));
    expect(templateKey("/")).toBe("/");
    expect(serverPath({ servers: [{ url: "https://api.telnyx.com/v2" }] })).toBe("/v2");
    expect(serverPath({ servers: [{ url: "/v2/" }] })).toBe("/v2");
    expect(serverPath({})).toBe("");
  });
});
