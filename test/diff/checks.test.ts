// One fixture pair per check: the base spec of spec-builder.ts and a copy with one tiny mutation.
// Each pair must produce exactly the listed check ids; the full JSON of every pair is compared
// with test/fixtures/diff/checks.expected.json, and a representative set with exact text and
// Markdown reports.
import { describe, expect, it } from "vitest";
import { CHECKS, check, isRequestScope, ruleApplies, SCHEMA_RULES, SCHEMA_SCOPES, type SchemaScope } from "../../codegen/diff/checks.js";
import { renderReport } from "../../codegen/diff/report.js";
import { diffProvider, type Change } from "../../codegen/diff/spec-diff.js";
import type { JSONSchema } from "../../codegen/diff/schema-types.js";
import { baseDocument, type Doc, sideOf, SLOT_LOCATION } from "./spec-builder.js";

const policy = { today: "2026-12-01", minNoticeDays: 180 };
const obj = (properties: Record<string, JSONSchema>, required?: string[]): JSONSchema => ({ type: "object", properties, ...(required ? { required } : {}) });
const str: JSONSchema = { type: "string" };
const SMS = { $ref: "#/components/schemas/Sms" };
const VOICE = { $ref: "#/components/schemas/Voice" };

/** Per schema rule: the slot before and after. Membership rules are seen at slot.b. */
const SCHEMA_PAIRS: Record<string, [JSONSchema, JSONSchema, string?]> = {
  "type-changed": [str, { type: "integer" }],
  "became-nullable": [str, { type: ["string", "null"] }],
  "became-not-nullable": [{ type: ["string", "null"] }, str],
  "enum-value-removed": [{ type: "string", enum: ["a", "b"] }, { type: "string", enum: ["a"] }],
  "enum-value-added": [{ type: "string", enum: ["a"] }, { type: "string", enum: ["a", "b"] }],
  "enum-added": [str, { type: "string", enum: ["a", "b"] }],
  "enum-removed": [{ type: "string", enum: ["a", "b"] }, str],
  "max-decreased": [{ type: "integer", maximum: 10 }, { type: "integer", maximum: 5 }],
  "max-increased": [{ type: "integer", exclusiveMaximum: 5 }, { type: "integer", maximum: 5 }],
  "min-increased": [{ type: "integer", minimum: 1 }, { type: "integer", exclusiveMinimum: 1 }],
  "min-decreased": [{ type: "integer", minimum: 5 }, { type: "integer" }],
  "max-length-decreased": [{ type: "string", maxLength: 40 }, { type: "string", maxLength: 20 }],
  "max-length-increased": [{ type: "string", maxLength: 20 }, str],
  "min-length-increased": [str, { type: "string", minLength: 3 }],
  "min-length-decreased": [{ type: "string", minLength: 3 }, { type: "string", minLength: 1 }],
  "max-items-decreased": [{ type: "array", items: str }, { type: "array", items: str, maxItems: 5 }],
  "max-items-increased": [{ type: "array", items: str, maxItems: 5 }, { type: "array", items: str, maxItems: 10 }],
  "min-items-increased": [{ type: "array", items: str }, { type: "array", items: str, minItems: 1 }],
  "min-items-decreased": [{ type: "array", items: str, minItems: 2 }, { type: "array", items: str, minItems: 1 }],
  "pattern-added": [str, { type: "string", pattern: "^\\+\\d+$" }],
  "pattern-removed": [{ type: "string", pattern: "^\\+\\d+$" }, str],
  "pattern-changed": [{ type: "string", pattern: "^\\d+$" }, { type: "string", pattern: "^\\d{4}$" }],
  "format-added": [str, { type: "string", format: "uuid" }],
  "format-removed": [{ type: "string", format: "uuid" }, str],
  "format-changed": [{ type: "string", format: "date-time" }, { type: "string", format: "date" }],
  "multiple-of-changed": [{ type: "integer", multipleOf: 1 }, { type: "integer", multipleOf: 5 }],
  "unique-items-added": [{ type: "array", items: str }, { type: "array", items: str, uniqueItems: true }],
  "unique-items-removed": [{ type: "array", items: str, uniqueItems: true }, { type: "array", items: str }],
  "additional-properties-restricted": [obj({ a: str }), { ...obj({ a: str }), additionalProperties: false }],
  "additional-properties-allowed": [{ ...obj({ a: str }), additionalProperties: false }, obj({ a: str })],
  "default-changed": [{ type: "integer", default: 10 }, { type: "integer", default: 20 }],
  "one-of-added": [{ oneOf: [SMS] }, { oneOf: [VOICE, SMS] }],
  "one-of-removed": [{ oneOf: [SMS, VOICE] }, { oneOf: [VOICE] }],
  "any-of-added": [{ anyOf: [str] }, { anyOf: [str, { type: "integer" }] }],
  "any-of-removed": [{ anyOf: [str, { type: "integer" }] }, { anyOf: [{ type: "integer" }] }],
  deprecated: [str, { type: "string", deprecated: true }],
  "became-read-only": [str, { type: "string", readOnly: true }],
  "read-only-removed": [{ type: "string", readOnly: true }, str],
  "became-write-only": [str, { type: "string", writeOnly: true }],
  "write-only-removed": [{ type: "string", writeOnly: true }, str],
  removed: [obj({ a: str, b: str }), obj({ a: str }), ".b"],
  added: [obj({ a: str }), obj({ a: str, b: str }), ".b"],
  "added-required": [obj({ a: str }), obj({ a: str, b: str }, ["b"]), ".b"],
  "became-required": [obj({ a: str, b: str }), obj({ a: str, b: str }, ["b"]), ".b"],
  "became-optional": [obj({ a: str, b: str }, ["b"]), obj({ a: str, b: str }), ".b"],
};

interface Case {
  /** The check this pair exists for. */
  check: string;
  base?: (doc: Doc) => void;
  head: (doc: Doc) => void;
  /** Every check id the pair produces, in the differ's order. */
  ids: string[];
}

const op = (doc: Doc, path: string, method: string) => doc.paths[path][method];
const del = (doc: Doc) => op(doc, "/things/{id}", "delete");
const list = (doc: Doc) => op(doc, "/things", "get");
const create = (doc: Doc) => op(doc, "/things", "post");
const trace = (doc: Doc) => list(doc).parameters.find((p: { name: string }) => p.name === "x-trace");
const optParam = (doc: Doc) => list(doc).parameters.find((p: { name: string }) => p.name === "opt");
const headers = (doc: Doc) => list(doc).responses["200"].headers;
const deprecate = (sunset?: string) => (doc: Doc) => Object.assign(del(doc), { deprecated: true }, sunset ? { "x-sunset": sunset } : {});
const paged = { style: "page", pageParam: "opt", sizeParam: "slot", items: "data" };

const CASES: Case[] = [
  { check: "api-added", head: (d) => (d.paths["/extra"] = { get: { operationId: "extra", "x-sdk-name": "extra.get", responses: { "204": { description: "ok" } } } }), ids: ["api-added"] },
  { check: "api-removed-without-deprecation", head: (d) => delete d.paths["/things/{id}"].delete, ids: ["api-removed-without-deprecation"] },
  { check: "api-removed-before-sunset", base: deprecate("2099-01-01"), head: (d) => delete d.paths["/things/{id}"].delete, ids: ["api-removed-before-sunset"] },
  { check: "api-removed-after-deprecation", base: deprecate(), head: (d) => delete d.paths["/things/{id}"].delete, ids: ["api-removed-after-deprecation"] },
  { check: "api-removed-after-sunset", base: deprecate("2020-01-01"), head: (d) => delete d.paths["/things/{id}"].delete, ids: ["api-removed-after-sunset"] },
  {
    check: "api-moved",
    head: (d) => {
      d.paths["/items/{id}"] = { parameters: d.paths["/things/{id}"].parameters, delete: del(d) };
      delete d.paths["/things/{id}"].delete;
    },
    ids: ["api-moved"],
  },
  { check: "api-deprecated", head: deprecate("2099-01-01"), ids: ["api-deprecated"] },
  { check: "api-deprecated-without-sunset", head: deprecate(), ids: ["api-deprecated-without-sunset"] },
  { check: "api-sunset-too-soon", head: deprecate("2026-12-15"), ids: ["api-sunset-too-soon"] },
  { check: "api-sunset-moved-earlier", base: deprecate("2099-06-01"), head: deprecate("2099-01-01"), ids: ["api-sunset-moved-earlier"] },
  { check: "api-undeprecated", base: deprecate("2099-01-01"), head: () => {}, ids: ["api-undeprecated"] },
  { check: "api-operation-id-changed", head: (d) => (del(d).operationId = "removeThing"), ids: ["api-operation-id-changed"] },
  { check: "api-description-changed", head: (d) => (del(d).summary = "Remove a thing"), ids: ["api-description-changed"] },
  { check: "new-required-request-parameter", head: (d) => list(d).parameters.push({ name: "x-account", in: "header", required: true, schema: str }), ids: ["new-required-request-parameter"] },
  { check: "new-optional-request-parameter", head: (d) => list(d).parameters.push({ name: "sort", in: "query", schema: str }), ids: ["new-optional-request-parameter"] },
  { check: "request-parameter-removed", head: (d) => list(d).parameters.pop(), ids: ["request-parameter-removed"] },
  { check: "request-parameter-became-required", head: (d) => (trace(d).required = true), ids: ["request-parameter-became-required"] },
  { check: "request-parameter-became-optional", base: (d) => (trace(d).required = true), head: () => {}, ids: ["request-parameter-became-optional"] },
  { check: "request-parameter-location-changed", head: (d) => (trace(d).in = "query"), ids: ["request-parameter-location-changed"] },
  { check: "request-parameter-style-changed", base: (d) => (optParam(d).explode = true), head: (d) => Object.assign(optParam(d), { style: "pipeDelimited", explode: true }), ids: ["request-parameter-style-changed"] },
  { check: "request-parameter-explode-changed", head: (d) => (optParam(d).explode = false), ids: ["request-parameter-explode-changed"] },
  { check: "request-parameter-deprecated", head: (d) => (optParam(d).deprecated = true), ids: ["request-parameter-deprecated"] },
  {
    check: "request-body-added-required",
    head: (d) => (del(d).requestBody = { required: true, content: { "application/json": { schema: obj({ why: str }) } } }),
    ids: ["request-body-added-required", "client-type-added", "client-signature-changed"],
  },
  {
    check: "request-body-added-optional",
    head: (d) => (del(d).requestBody = { content: { "application/json": { schema: obj({ why: str }) } } }),
    ids: ["request-body-added-optional", "client-type-added", "client-signature-changed"],
  },
  { check: "request-body-removed", head: (d) => delete create(d).requestBody, ids: ["request-body-removed", "client-type-removed", "client-signature-changed"] },
  { check: "request-body-became-required", base: (d) => (create(d).requestBody.required = false), head: () => {}, ids: ["request-body-became-required", "client-signature-changed"] },
  { check: "request-body-became-optional", head: (d) => (create(d).requestBody.required = false), ids: ["request-body-became-optional", "client-signature-changed"] },
  {
    check: "request-media-type-removed",
    base: (d) => (create(d).requestBody.content["text/csv"] = { schema: str }),
    head: () => {},
    ids: ["request-media-type-removed"],
  },
  { check: "request-media-type-added", head: (d) => (create(d).requestBody.content["text/csv"] = { schema: str }), ids: ["request-media-type-added"] },
  { check: "response-media-type-removed", base: (d) => (create(d).responses["201"].content["text/csv"] = { schema: str }), head: () => {}, ids: ["response-media-type-removed"] },
  { check: "response-media-type-added", head: (d) => (create(d).responses["201"].content["text/csv"] = { schema: str }), ids: ["response-media-type-added"] },
  { check: "response-success-status-removed", base: (d) => (del(d).responses["202"] = { description: "Accepted." }), head: () => {}, ids: ["response-success-status-removed"] },
  { check: "response-success-status-added", head: (d) => (del(d).responses["202"] = { description: "Accepted." }), ids: ["response-success-status-added"] },
  { check: "response-non-success-status-removed", head: (d) => delete list(d).responses["404"], ids: ["response-non-success-status-removed"] },
  { check: "response-non-success-status-added", head: (d) => (create(d).responses["409"] = { description: "Conflict." }), ids: ["response-non-success-status-added"] },
  { check: "response-header-removed", head: (d) => delete headers(d)["X-Rate"], ids: ["response-header-removed"] },
  { check: "response-header-added", head: (d) => (headers(d)["X-Request-Id"] = { schema: str }), ids: ["response-header-added"] },
  { check: "response-header-became-optional", head: (d) => (headers(d)["X-Rate"].required = false), ids: ["response-header-became-optional"] },
  { check: "response-header-became-required", head: (d) => (headers(d)["X-Slot"].required = true), ids: ["response-header-became-required"] },
  { check: "api-security-added", head: (d) => delete op(d, "/things/{id}", "get").security, ids: ["api-security-added"] },
  { check: "api-security-removed", head: (d) => (list(d).security = []), ids: ["api-security-removed"] },
  { check: "api-security-requirement-removed", base: (d) => (create(d).security = [{ bearerAuth: [] }, { oauth: ["write"] }]), head: (d) => (create(d).security = [{ bearerAuth: [] }]), ids: ["api-security-requirement-removed"] },
  { check: "api-security-requirement-added", head: (d) => (create(d).security = [{ bearerAuth: [] }, { oauth: ["write"] }]), ids: ["api-security-requirement-added"] },
  { check: "api-security-scope-added", base: (d) => (create(d).security = [{ oauth: ["write"] }]), head: (d) => (create(d).security = [{ oauth: ["write", "admin"] }]), ids: ["api-security-scope-added"] },
  { check: "api-security-scope-removed", base: (d) => (create(d).security = [{ oauth: ["write", "admin"] }]), head: (d) => (create(d).security = [{ oauth: ["write"] }]), ids: ["api-security-scope-removed"] },
  { check: "security-scheme-removed", head: (d) => delete d.components.securitySchemes.basicAuth, ids: ["security-scheme-removed"] },
  { check: "security-scheme-added", head: (d) => (d.components.securitySchemes.apiKey = { type: "apiKey", in: "header", name: "X-Key" }), ids: ["security-scheme-added"] },
  { check: "security-scheme-changed", head: (d) => (d.components.securitySchemes.basicAuth.scheme = "digest"), ids: ["security-scheme-changed"] },
  { check: "base-path-changed", head: (d) => (d.servers[0].url = "https://api.example.test/v2"), ids: ["base-path-changed"] },
  { check: "server-url-changed", head: (d) => (d.servers[0].url = "https://api.example.com/v1/"), ids: ["server-url-changed"] },
  { check: "server-removed", head: (d) => d.servers.pop(), ids: ["server-removed"] },
  { check: "server-added", head: (d) => d.servers.push({ url: "https://eu.example.test/v1" }), ids: ["server-added"] },
  { check: "webhook-added", head: (d) => (d.webhooks.thingDeleted = structuredClone(d.webhooks.thingUpdated)), ids: ["webhook-added"] },
  { check: "webhook-header-removed", base: (d) => (d.webhooks.thingUpdated.post.parameters = [{ name: "webhook-signature", in: "header", required: true, schema: str }]), head: () => {}, ids: ["webhook-header-removed"] },
  { check: "webhook-header-added", head: (d) => (d.webhooks.thingUpdated.post.parameters = [{ name: "Webhook-Id", in: "header", schema: str }]), ids: ["webhook-header-added"] },
  { check: "webhook-removed", head: (d) => delete d.webhooks.thingUpdated, ids: ["webhook-removed"] },
  {
    check: "webhook-media-type-changed",
    head: (d) => {
      const body = d.webhooks.thingUpdated.post.requestBody;
      body.content = { "application/x-www-form-urlencoded": body.content["application/json"] };
    },
    ids: ["webhook-media-type-changed"],
  },
  { check: "client-method-renamed", head: (d) => (op(d, "/things/{id}", "get")["x-sdk-name"] = "things.fetch"), ids: ["client-method-renamed"] },
  { check: "client-signature-changed", head: (d) => (optParam(d).required = true), ids: ["request-parameter-became-required", "client-signature-changed"] },
  { check: "client-type-removed", head: (d) => (del(d).parameters = []), ids: ["request-parameter-removed", "client-type-removed", "client-signature-changed"] },
  { check: "client-type-added", head: (d) => (op(d, "/things/{id}", "get").parameters = [{ name: "expand", in: "query", schema: str }]), ids: ["new-optional-request-parameter", "client-type-added", "client-signature-changed"] },
  { check: "pagination-added", head: (d) => (list(d)["x-pagination"] = paged), ids: ["client-type-added", "pagination-added"] },
  { check: "pagination-removed", base: (d) => (list(d)["x-pagination"] = paged), head: () => {}, ids: ["client-type-removed", "pagination-removed"] },
  {
    check: "pagination-style-changed",
    base: (d) => (list(d)["x-pagination"] = paged),
    head: (d) => (list(d)["x-pagination"] = { style: "cursor", cursorParam: "opt", items: "data", next: "next" }),
    ids: ["pagination-style-changed"],
  },
  { check: "pagination-changed", base: (d) => (list(d)["x-pagination"] = paged), head: (d) => (list(d)["x-pagination"] = { ...paged, sizeParam: "opt" }), ids: ["pagination-changed"] },
];

function runCase(base: (doc: Doc) => void, head: (doc: Doc) => void, slots?: [Partial<Record<SchemaScope, JSONSchema>>, Partial<Record<SchemaScope, JSONSchema>>]): Change[] {
  // The base mutation makes the base side only; the head side is the spec with the head mutation.
  const a = baseDocument(slots?.[0]);
  const b = baseDocument(slots?.[1]);
  base(a);
  head(b);
  return diffProvider("things", sideOf(a), sideOf(b), policy).changes;
}

/** One schema case per registered (scope, rule): the slot of that scope changes, nothing else. */
function schemaCases(): Array<{ check: string; scope: SchemaScope; pair: [JSONSchema, JSONSchema, string?] }> {
  const cases = [];
  for (const scope of SCHEMA_SCOPES) {
    for (const rule of SCHEMA_RULES) {
      if (ruleApplies(rule, scope)) cases.push({ check: `${scope}-${rule.suffix}`, scope, pair: SCHEMA_PAIRS[rule.suffix]! });
    }
  }
  return cases;
}

describe("every check has a fixture pair", () => {
  const all: Record<string, Change[]> = {};
  const schema = schemaCases();

  it("covers each registered check id by a case", () => {
    const covered = new Set([...CASES.map((c) => c.check), ...schema.map((c) => c.check)]);
    expect(CHECKS.filter((c) => !covered.has(c.id)).map((c) => c.id)).toEqual([]);
    expect(Object.keys(SCHEMA_PAIRS).sort()).toEqual(SCHEMA_RULES.map((r) => r.suffix).sort());
  });

  it("finds nothing between the base spec and itself", () => {
    expect(runCase(() => {}, () => {})).toEqual([]);
  });

  for (const c of CASES) {
    it(`${c.check}: the pair produces exactly ${c.ids.join(", ")}`, () => {
      const changes = runCase(c.base ?? (() => {}), c.head);
      all[c.check] = changes;
      expect(changes.map((x) => x.id)).toEqual(c.ids);
      for (const x of changes) expect(x.level, x.id).toBe(check(x.id).level);
    });
  }

  for (const { check: id, scope, pair } of schema) {
    it(`${id}: the slot of ${scope} changes and only that is reported, at ${SLOT_LOCATION[scope]}${pair[2] ?? ""}`, () => {
      const [before, after, suffix] = pair;
      const changes = runCase(() => {}, () => {}, [{ [scope]: before }, { [scope]: after }]);
      all[id] = changes;
      expect(changes.map((x) => [x.id, x.at])).toEqual([[id, `${SLOT_LOCATION[scope]}${suffix ?? ""}`]]);
      expect(changes[0]!.level).toBe(check(id).level);
      expect(changes[0]!.level).toBe(SCHEMA_RULES.find((r) => id === `${scope}-${r.suffix}`)!.levels[isRequestScope(scope) ? 0 : 1]);
    });
  }

  it("produces exactly the JSON recorded for every pair", async () => {
    expect(Object.keys(all)).toHaveLength(CASES.length + schema.length);
    await expect(`${JSON.stringify(all, null, 2)}\n`).toMatchFileSnapshot("../fixtures/diff/checks.expected.json");
  });
});

describe("exact text and Markdown for a representative set", () => {
  const representative = ["api-removed-before-sunset", "client-method-renamed", "api-security-scope-added", "pagination-style-changed", "request-parameter-location-changed"];
  const changes = CASES.filter((c) => representative.includes(c.check)).flatMap((c) => runCase(c.base ?? (() => {}), c.head));
  const slotChanges = runCase(() => {}, () => {}, [
    { "response-property": { type: "string" }, "webhook-property": obj({ a: str }, ["a"]) },
    { "response-property": { type: ["string", "null"] }, "webhook-property": obj({ a: str }) },
  ]);
  const reports = [{ provider: "things", changes: [...changes, ...slotChanges], ignored: [] }];

  it("text", async () => {
    await expect(renderReport(reports, "text", "main (abc1234)")).toMatchFileSnapshot("../fixtures/diff/representative.expected.txt");
  });

  it("Markdown", async () => {
    await expect(renderReport(reports, "markdown", "main (abc1234)")).toMatchFileSnapshot("../fixtures/diff/representative.expected.md");
  });
});
