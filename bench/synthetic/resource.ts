// One synthetic resource: eight operations in the shapes our specs use, with their schemas and
// examples. A paged list with deepObject `page` and `filter` parameters and `x-pagination`,
// create (allOf of the writable part), retrieve, update, delete, a multipart upload, an action
// whose body is a oneOf, and a cursor-paged list of events.
import { type Field, resourceFields } from "./fields.js";
import type { Random } from "./random.js";

type Obj = Record<string, unknown>;

export interface ResourceNames {
  /** Product id, e.g. "messaging". */
  product: string;
  /** snake_case singular, e.g. "call_queue". */
  singular: string;
}

export interface BuiltResource {
  tag: { name: string; description: string };
  /** Path → path item, relative to the product file. */
  paths: Map<string, Obj>;
  schemas: Map<string, Obj>;
  parameters: Map<string, Obj>;
  /** The resource's schema name and an example of it, for the product's webhook. */
  schemaName: string;
  example: Obj;
  operationCount: number;
}

const pascal = (snake: string): string => snake.split(/[_-]/).map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join("");
const camel = (snake: string): string => pascal(snake).charAt(0).toLowerCase() + pascal(snake).slice(1);
const schemaRef = (name: string): Obj => ({ $ref: `#/components/schemas/${name}` });
const entryResponse = (name: string): Obj => ({ $ref: `./openapi.yaml#/components/responses/${name}` });

/** The error answers every operation declares, from the entry document. */
function errorResponses(withNotFound: boolean, withInvalid: boolean): Obj {
  return {
    "401": entryResponse("Unauthorized"),
    ...(withNotFound ? { "404": entryResponse("NotFound") } : {}),
    ...(withInvalid ? { "422": entryResponse("Unprocessable") } : {}),
    "429": entryResponse("TooManyRequests"),
  };
}

function jsonContent(schema: Obj, exampleName: string, summary: string, value: unknown): Obj {
  return { "application/json": { schema, examples: { [exampleName]: { summary, value } } } };
}

export function buildResource(names: ResourceNames, random: Random): BuiltResource {
  const prefix = `${pascal(names.product)}${pascal(names.singular)}`;
  const plural = `${names.singular}s`;
  const collection = `/${names.product}/${plural}`;
  const idName = `${names.singular}_id`;
  const item = `${collection}/{${idName}}`;
  const sdk = `${camel(names.product)}.${camel(plural)}`;
  const tag = { name: `${pascal(names.product)} ${pascal(plural)}`, description: random.sentence(random.int(10, 18)) };
  const fields = resourceFields(random);
  const writable = writableSchema(fields);
  const id = `${names.singular.slice(0, 3)}_${String(random.int(100000, 999999))}`;
  const resourceExample: Obj = {
    id,
    record_type: names.singular,
    status: "active",
    created_at: "2026-03-01T09:30:00Z",
    ...Object.fromEntries(fields.map((f) => [f.name, f.example])),
  };
  const createExample = Object.fromEntries(fields.filter((f) => writable.required.includes(f.name)).map((f) => [f.name, f.example]));

  const schemas = new Map<string, Obj>([
    [`${prefix}Writable`, { type: "object", description: `The fields of a ${names.singular} that a client sets.`, properties: writable.properties }],
    [`${prefix}Create`, { description: `A new ${names.singular}.`, allOf: [schemaRef(`${prefix}Writable`), { type: "object", required: writable.required }] }],
    [
      prefix,
      {
        description: random.sentence(random.int(8, 16)),
        allOf: [
          schemaRef(`${prefix}Writable`),
          {
            type: "object",
            required: ["id", "record_type", "status", "created_at"],
            properties: {
              id: { type: "string", description: `Identifier of the ${names.singular}.` },
              record_type: { type: "string", enum: [names.singular], description: "Always the resource's type." },
              status: { type: "string", enum: ["pending", "active", "disabled"], description: random.sentence(random.int(6, 12)) },
              created_at: { type: "string", format: "date-time", description: "When it was created." },
            },
          },
        ],
      },
    ],
    [`${prefix}Response`, { type: "object", required: ["data"], properties: { data: schemaRef(prefix) } }],
    [
      `${prefix}List`,
      { type: "object", required: ["data", "meta"], properties: { data: { type: "array", items: schemaRef(prefix) }, meta: schemaRef(`${pascal(names.product)}PageMeta`) } },
    ],
    [
      `${prefix}File`,
      {
        type: "object",
        required: ["data"],
        properties: {
          data: {
            type: "object",
            required: ["id", "filename", "size"],
            properties: {
              id: { type: "string", description: "Identifier of the stored file." },
              filename: { type: "string", description: "The name the file was uploaded with." },
              size: { type: "integer", minimum: 0, description: "Size in bytes." },
            },
          },
        },
      },
    ],
    [
      `${prefix}Verification`,
      {
        description: `How to prove control of the ${names.singular}'s number.`,
        oneOf: [
          {
            type: "object",
            title: "By SMS",
            required: ["method", "phone_number"],
            properties: { method: { type: "string", enum: ["sms"] }, phone_number: { type: "string", pattern: "^\\+[1-9]\\d{6,14}$" } },
            additionalProperties: false,
          },
          {
            type: "object",
            title: "By call",
            required: ["method", "phone_number"],
            properties: {
              method: { type: "string", enum: ["call"] },
              phone_number: { type: "string", pattern: "^\\+[1-9]\\d{6,14}$" },
              extension: { type: "string", pattern: "^[0-9*#]{1,10}$", description: "DTMF digits that reach the number behind a menu." },
            },
            additionalProperties: false,
          },
        ],
      },
    ],
    [
      `${prefix}Event`,
      {
        type: "object",
        required: ["id", "event_type", "occurred_at"],
        properties: {
          id: { type: "string" },
          event_type: { type: "string", enum: [`${names.singular}.created`, `${names.singular}.updated`, `${names.singular}.deleted`] },
          occurred_at: { type: "string", format: "date-time" },
        },
      },
    ],
    [
      `${prefix}EventList`,
      {
        type: "object",
        required: ["data", "meta"],
        properties: {
          data: { type: "array", items: schemaRef(`${prefix}Event`) },
          meta: { type: "object", properties: { next_cursor: { type: ["string", "null"], description: "Pass as `cursor` for the next page; null on the last." } } },
        },
      },
    ],
  ]);

  const idParameter = `${prefix}Id`;
  const parameters = new Map<string, Obj>([
    [idParameter, { name: idName, in: "path", required: true, description: `Identifier of the ${names.singular}.`, schema: { type: "string" }, example: id }],
  ]);
  const idRef = { $ref: `#/components/parameters/${idParameter}` };
  const statusEnum = ["pending", "active", "disabled"];
  const listExample = { data: [resourceExample], meta: { page_number: 1, page_size: 20, total_pages: 1, total_results: 1 } };

  const paths = new Map<string, Obj>([
    [
      collection,
      {
        get: {
          operationId: `List${prefix}s`,
          summary: `List ${plural.replaceAll("_", " ")}`,
          description: random.sentence(random.int(12, 30)),
          tags: [tag.name],
          "x-sdk-name": `${sdk}.list`,
          "x-doc-section": "core",
          "x-pagination": { style: "page", pageParam: "page[number]", sizeParam: "page[size]", items: "data", total: "meta.total_results", totalPages: "meta.total_pages" },
          parameters: [
            { $ref: `#/components/parameters/${pascal(names.product)}Page` },
            {
              name: "filter",
              in: "query",
              required: false,
              description: "Narrows the list, sent as `filter[status]=active` and `filter[created_at][gte]=...`.",
              style: "deepObject",
              explode: true,
              schema: {
                type: "object",
                properties: {
                  status: { type: "string", enum: statusEnum, description: "Only items in this state." },
                  created_at: { type: "object", properties: { gte: { type: "string", format: "date-time" }, lte: { type: "string", format: "date-time" } } },
                },
              },
              example: { status: "active" },
            },
          ],
          responses: {
            "200": { description: `One page of ${plural.replaceAll("_", " ")}.`, content: jsonContent(schemaRef(`${prefix}List`), "onePage", "A page with one item", listExample) },
            ...errorResponses(false, false),
          },
        },
        post: {
          operationId: `Create${prefix}`,
          summary: `Create a ${names.singular.replaceAll("_", " ")}`,
          description: random.sentence(random.int(12, 30)),
          tags: [tag.name],
          "x-sdk-name": `${sdk}.create`,
          "x-doc-section": "core",
          requestBody: { required: true, content: jsonContent(schemaRef(`${prefix}Create`), "minimal", "Only the required fields", createExample) },
          responses: {
            "201": { description: "Created.", content: jsonContent(schemaRef(`${prefix}Response`), "created", "The new item", { data: resourceExample }) },
            ...errorResponses(false, true),
          },
        },
      },
    ],
    [
      item,
      {
        parameters: [idRef],
        get: {
          operationId: `Retrieve${prefix}`,
          summary: `Retrieve a ${names.singular.replaceAll("_", " ")}`,
          description: random.sentence(random.int(8, 20)),
          tags: [tag.name],
          "x-sdk-name": `${sdk}.retrieve`,
          responses: {
            "200": { description: "The item.", content: jsonContent(schemaRef(`${prefix}Response`), "found", "One item", { data: resourceExample }) },
            ...errorResponses(true, false),
          },
        },
        patch: {
          operationId: `Update${prefix}`,
          summary: `Update a ${names.singular.replaceAll("_", " ")}`,
          description: random.sentence(random.int(8, 20)),
          tags: [tag.name],
          "x-sdk-name": `${sdk}.update`,
          requestBody: { required: true, content: jsonContent(schemaRef(`${prefix}Writable`), "rename", "Change one field", firstFieldOf(fields)) },
          responses: {
            "200": { description: "The changed item.", content: jsonContent(schemaRef(`${prefix}Response`), "updated", "After the change", { data: resourceExample }) },
            ...errorResponses(true, true),
          },
        },
        delete: {
          operationId: `Delete${prefix}`,
          summary: `Delete a ${names.singular.replaceAll("_", " ")}`,
          description: random.sentence(random.int(8, 20)),
          tags: [tag.name],
          "x-sdk-name": `${sdk}.delete`,
          responses: { "204": { description: "Deleted; no body." }, ...errorResponses(true, false) },
        },
      },
    ],
    [
      `${item}/files`,
      {
        parameters: [idRef],
        post: {
          operationId: `Upload${prefix}File`,
          summary: `Attach a file to a ${names.singular.replaceAll("_", " ")}`,
          description: random.sentence(random.int(8, 20)),
          tags: [tag.name],
          "x-sdk-name": `${sdk}.files.upload`,
          requestBody: {
            required: true,
            content: {
              "multipart/form-data": {
                schema: {
                  type: "object",
                  required: ["file"],
                  properties: {
                    file: { type: "string", format: "binary", description: "The file's bytes." },
                    description: { type: "string", maxLength: 200, description: "What the file shows." },
                  },
                },
              },
            },
          },
          responses: {
            "201": {
              description: "Stored.",
              content: jsonContent(schemaRef(`${prefix}File`), "stored", "A stored PDF", { data: { id: `file_${id}`, filename: "evidence.pdf", size: random.int(1000, 900000) } }),
            },
            ...errorResponses(true, true),
          },
        },
      },
    ],
    [
      `${item}/actions/verify`,
      {
        parameters: [idRef],
        post: {
          operationId: `Verify${prefix}`,
          summary: `Verify a ${names.singular.replaceAll("_", " ")}`,
          description: random.sentence(random.int(8, 20)),
          tags: [tag.name],
          "x-sdk-name": `${sdk}.actions.verify`,
          requestBody: { required: true, content: jsonContent(schemaRef(`${prefix}Verification`), "bySms", "A code by SMS", { method: "sms", phone_number: "+13125550123" }) },
          responses: {
            "202": { description: "The code is on its way.", content: jsonContent(schemaRef(`${prefix}Response`), "verifying", "The item, pending", { data: { ...resourceExample, status: "pending" } }) },
            ...errorResponses(true, true),
          },
        },
      },
    ],
    [
      `${item}/events`,
      {
        parameters: [idRef],
        get: {
          operationId: `List${prefix}Events`,
          summary: `List the events of a ${names.singular.replaceAll("_", " ")}`,
          description: random.sentence(random.int(8, 20)),
          tags: [tag.name],
          "x-sdk-name": `${sdk}.events.list`,
          "x-pagination": { style: "cursor", cursorParam: "cursor", items: "data", next: "meta.next_cursor" },
          parameters: [
            { name: "cursor", in: "query", required: false, description: "Where the previous page ended.", schema: { type: "string" } },
            { name: "limit", in: "query", required: false, description: "Events per page.", schema: { type: "integer", minimum: 1, maximum: 100, default: 25 } },
          ],
          responses: {
            "200": {
              description: "One page of events, oldest first.",
              content: jsonContent(schemaRef(`${prefix}EventList`), "lastPage", "The last page", {
                data: [{ id: `evt_${id}`, event_type: `${names.singular}.created`, occurred_at: "2026-03-01T09:30:00Z" }],
                meta: { next_cursor: null },
              }),
            },
            ...errorResponses(true, false),
          },
        },
      },
    ],
  ]);
  return { tag, paths, schemas, parameters, schemaName: prefix, example: resourceExample, operationCount: 8 };
}

/** The writable part of the resource: all fields, the first few of them required on create. */
function writableSchema(fields: Field[]): { properties: Obj; required: string[] } {
  return {
    properties: Object.fromEntries(fields.map((f) => [f.name, f.schema])),
    required: fields.slice(0, 3).map((f) => f.name),
  };
}

function firstFieldOf(fields: Field[]): Obj {
  const [first] = fields;
  return first ? { [first.name]: first.example } : {};
}
