// A small spec built in code, and the way to make a side of a comparison from it without files:
// each check's fixture pair is this spec and a copy with one tiny mutation.
import { buildModel } from "../../codegen/model.js";
import type { OpenAPIDocument } from "../../codegen/openapi-types.js";
import type { SpecSide } from "../../codegen/diff/spec-diff.js";
import type { JSONSchema } from "../../codegen/diff/schema-types.js";
import type { SchemaScope } from "../../codegen/diff/checks.js";

/** Loose access for mutations: tests poke anywhere in the document. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Doc = any;

const json = (schema: unknown) => ({ "application/json": { schema } });

/** The schema every scope's slot holds unless a case says otherwise. */
export const SLOT: JSONSchema = { type: "string" };

export function baseDocument(slot: Partial<Record<SchemaScope, JSONSchema>> = {}): Doc {
  const at = (scope: SchemaScope) => structuredClone(slot[scope] ?? SLOT);
  return {
    openapi: "3.1.0",
    info: { title: "Checks fixture", version: "1.0.0" },
    servers: [{ url: "https://api.example.test/v1" }, { url: "https://sandbox.example.test/v1" }],
    security: [{ bearerAuth: [] }],
    paths: {
      "/things": {
        get: {
          operationId: "listThings",
          summary: "List things",
          "x-sdk-name": "things.list",
          parameters: [
            { name: "slot", in: "query", schema: at("request-parameter") },
            { name: "opt", in: "query", schema: { type: "string" } },
            { name: "x-trace", in: "header", schema: { type: "string" } },
          ],
          responses: {
            "200": {
              description: "Things.",
              headers: {
                "X-Slot": { schema: at("response-header") },
                "X-Rate": { required: true, schema: { type: "integer" } },
              },
              content: json({ type: "object", properties: { data: { type: "array", items: { $ref: "#/components/schemas/Thing" } }, next: { type: "string" } } }),
            },
            "404": { description: "Not found." },
          },
        },
        post: {
          operationId: "createThing",
          summary: "Create a thing",
          "x-sdk-name": "things.create",
          requestBody: { required: true, content: json({ type: "object", required: ["name"], properties: { name: { type: "string" }, slot: at("request-property") } }) },
          responses: {
            "201": { description: "Created.", content: json({ type: "object", required: ["id"], properties: { id: { type: "string" }, slot: at("response-property") } }) },
          },
        },
      },
      "/things/{id}": {
        parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }],
        get: {
          operationId: "getThing",
          summary: "Get a thing",
          "x-sdk-name": "things.get",
          security: [],
          responses: { "200": { description: "A thing.", content: json({ $ref: "#/components/schemas/Thing" }) } },
        },
        delete: {
          operationId: "deleteThing",
          summary: "Delete a thing",
          "x-sdk-name": "things.delete",
          parameters: [{ name: "force", in: "query", schema: { type: "boolean" } }],
          responses: { "204": { description: "Deleted." } },
        },
      },
    },
    webhooks: {
      thingUpdated: {
        post: {
          summary: "A thing changed",
          requestBody: { content: json({ type: "object", properties: { id: { type: "string" }, slot: at("webhook-property") } }) },
          responses: { "200": { description: "Received." } },
        },
      },
    },
    components: {
      schemas: {
        Thing: { type: "object", required: ["id"], properties: { id: { type: "string" }, name: { type: "string" } } },
        Sms: { type: "object", required: ["kind", "to"], properties: { kind: { const: "sms" }, to: { type: "string" } } },
        Voice: { type: "object", required: ["kind", "number"], properties: { kind: { const: "voice" }, number: { type: "string" } } },
      },
      securitySchemes: {
        bearerAuth: { type: "http", scheme: "bearer" },
        basicAuth: { type: "http", scheme: "basic" },
        oauth: { type: "oauth2", flows: {} },
      },
    },
  };
}

/** Where each scope's slot shows in reports. */
export const SLOT_LOCATION: Record<SchemaScope, string> = {
  "request-parameter": "query parameter slot",
  "request-property": "body.slot",
  "response-property": "response 201.slot",
  "response-header": "response 200 header X-Slot",
  "webhook-property": "payload.slot",
};

export function sideOf(document: OpenAPIDocument): SpecSide {
  const paths = Object.keys(document.paths);
  const webhooks = Object.keys(document.webhooks ?? {});
  const spec = {
    entry: "checks-fixture.yaml",
    document,
    products: [{ id: "things", title: "Things", description: "", guide: "", file: "things.yaml" }],
    productOfPath: new Map(paths.map((p) => [p, "things"])),
    productOfWebhook: new Map(webhooks.map((w) => [w, "things"])),
  };
  return { spec, model: buildModel(spec) };
}
