// Builds the synthetic large spec: an entry document and one product file per product, laid out
// like specs/telnyx/ (x-product metadata, paths and webhooks referenced from the entry, shared
// error responses in the entry), with our extensions on every operation. Deterministic: the same
// seed and size give the same bytes.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { stringify } from "yaml";
import type { ProviderConfig } from "../../codegen/providers.js";
import { seededRandom, type Random } from "./random.js";
import { buildResource, type BuiltResource } from "./resource.js";

type Obj = Record<string, unknown>;

const PRODUCTS = ["messaging", "voice", "fax", "numbers", "porting", "compliance", "billing", "identity", "trunking", "storage", "video", "wireless", "reporting", "routing"];
const RESOURCES = [
  "call_queue", "routing_rule", "profile", "schedule", "template", "channel", "policy", "group", "quota", "agent",
  "export", "address", "document", "location", "contact", "device", "session", "recording", "label", "tariff",
];

export interface SyntheticOptions {
  /** Folder that becomes the repository root of the spec (specs/synthetic/ is written under it). */
  root: string;
  seed: number;
  products: number;
  resourcesPerProduct: number;
}

export interface SyntheticSpec {
  root: string;
  provider: ProviderConfig;
  operations: number;
  bytes: number;
}

/** The provider the synthetic spec is generated as (bearer auth, no webhook signature). */
export const syntheticProvider: ProviderConfig = {
  id: "synthetic",
  name: "Synthetic",
  entry: "specs/synthetic/openapi.yaml",
  factory: "createSyntheticClient",
  clientVar: "synthetic",
  mockPort: 4099,
  mockPortEnv: "SYNTHETIC_MOCK_PORT",
  errorFormat: "telnyx",
  lint: "strict",
  auth: { bearer: { option: "apiKey", env: "SYNTHETIC_API_KEY", description: "API key of the synthetic provider." } },
};

const escapePointer = (segment: string): string => segment.replaceAll("~", "~0").replaceAll("/", "~1");
const pascal = (snake: string): string => snake.split(/[_-]/).map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join("");

export function writeSyntheticSpec(options: SyntheticOptions): SyntheticSpec {
  const random = seededRandom(options.seed);
  const folder = path.join(options.root, "specs/synthetic");
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });

  const entryPaths: Obj = {};
  const entryWebhooks: Obj = {};
  const tags: Obj[] = [];
  let operations = 0;
  let bytes = 0;
  for (const product of PRODUCTS.slice(0, options.products)) {
    const resources = random.sample(RESOURCES, options.resourcesPerProduct).map((singular) => buildResource({ product, singular }, random));
    const file = `${product}.yaml`;
    const text = stringify(productDocument(product, resources, random), { lineWidth: 0, aliasDuplicateObjects: false });
    writeFileSync(path.join(folder, file), text);
    bytes += Buffer.byteLength(text);
    for (const resource of resources) {
      tags.push(resource.tag);
      operations += resource.operationCount;
      for (const route of resource.paths.keys()) entryPaths[route] = { $ref: `./${file}#/paths/${escapePointer(route)}` };
    }
    entryWebhooks[webhookName(product)] = { $ref: `./${file}#/webhooks/${webhookName(product)}` };
  }
  const entry = stringify(entryDocument(tags, entryPaths, entryWebhooks), { lineWidth: 0, aliasDuplicateObjects: false });
  writeFileSync(path.join(folder, "openapi.yaml"), entry);
  bytes += Buffer.byteLength(entry);
  return { root: options.root, provider: syntheticProvider, operations, bytes };
}

const webhookName = (product: string): string => `${product}StatusUpdate`;

function productDocument(product: string, resources: BuiltResource[], random: Random): Obj {
  const title = pascal(product);
  const first = resources[0]!;
  const sdkNames = resources.map((r) => `\`${String((r.paths.values().next().value as { get: Obj }).get["x-sdk-name"])}\``);
  return {
    "x-product": {
      title,
      description: random.sentence(random.int(20, 40)),
      guide: [
        `Every ${product} resource follows **list → create → verify**:`,
        "",
        `1. **List** with ${sdkNames.slice(0, 3).join(", ")}; lists page with \`page[number]\` and \`page[size]\`.`,
        "2. **Create** one, then **verify** it with the code sent by SMS or call.",
        "",
        random.sentence(random.int(20, 40)),
      ].join("\n"),
    },
    paths: Object.fromEntries(resources.flatMap((r) => [...r.paths])),
    webhooks: { [webhookName(product)]: webhookItem(product, first, random) },
    components: {
      parameters: {
        [`${title}Page`]: {
          name: "page",
          in: "query",
          required: false,
          description: "Paging, sent as `page[number]` (starting at 1) and `page[size]` (1 to 250 results).",
          style: "deepObject",
          explode: true,
          schema: {
            type: "object",
            properties: {
              number: { type: "integer", minimum: 1, default: 1, description: "Page to return, starting at 1." },
              size: { type: "integer", minimum: 1, maximum: 250, default: 20, description: "Results per page." },
            },
          },
          example: { number: 1, size: 20 },
        },
        ...Object.fromEntries(resources.flatMap((r) => [...r.parameters])),
      },
      schemas: {
        [`${title}PageMeta`]: {
          type: "object",
          required: ["page_number", "page_size", "total_pages", "total_results"],
          properties: {
            page_number: { type: "integer", minimum: 1 },
            page_size: { type: "integer", minimum: 1 },
            total_pages: { type: "integer", minimum: 0 },
            total_results: { type: "integer", minimum: 0 },
          },
        },
        [`${title}StatusEvent`]: {
          type: "object",
          required: ["data"],
          properties: {
            data: {
              type: "object",
              required: ["event_type", "id", "occurred_at", "payload"],
              properties: {
                event_type: { type: "string", enum: [`${product}.status.updated`] },
                id: { type: "string" },
                occurred_at: { type: "string", format: "date-time" },
                payload: { $ref: `#/components/schemas/${first.schemaName}` },
              },
            },
          },
        },
        ...Object.fromEntries(resources.flatMap((r) => [...r.schemas])),
      },
    },
  };
}

function webhookItem(product: string, resource: BuiltResource, random: Random): Obj {
  return {
    post: {
      operationId: `${pascal(product)}StatusUpdate`,
      summary: `${pascal(product)} status update`,
      description: random.sentence(random.int(15, 30)),
      tags: [(resource.tag as { name: string }).name],
      requestBody: {
        required: true,
        content: {
          "application/json": {
            schema: { $ref: `#/components/schemas/${pascal(product)}StatusEvent` },
            examples: {
              updated: {
                summary: "An item changed state",
                value: { data: { event_type: `${product}.status.updated`, id: "evt_0001", occurred_at: "2026-03-01T09:30:00Z", payload: resource.example } },
              },
            },
          },
        },
      },
      responses: { "200": { description: "Accepted; answer quickly or the event is sent again." } },
    },
  };
}

function entryDocument(tags: Obj[], paths: Obj, webhooks: Obj): Obj {
  const errors = (code: string, title: string) => ({ errors: [{ code, title, detail: `${title}.` }] });
  const errorResponse = (description: string, name: string, code: string, title: string, headers?: Obj) => ({
    description,
    ...(headers ? { headers } : {}),
    content: { "application/json": { schema: { $ref: "#/components/schemas/Errors" }, examples: { [name]: { summary: title, value: errors(code, title) } } } },
  });
  return {
    openapi: "3.1.0",
    info: {
      title: "Synthetic provisioning API",
      version: "1.0.0",
      description: "A large spec built by bench/synthetic from the shapes of our curated specs, for the generator benchmark.",
      license: { name: "MIT", identifier: "MIT" },
    },
    servers: [{ url: "https://api.synthetic.test/v1", description: "Never called: the benchmark only generates." }],
    security: [{ bearerAuth: [] }],
    tags,
    paths,
    webhooks,
    components: {
      securitySchemes: { bearerAuth: { type: "http", scheme: "bearer", description: "Send `Authorization: Bearer <API key>`." } },
      schemas: {
        Error: {
          type: "object",
          required: ["code", "title"],
          properties: { code: { type: "string" }, title: { type: "string" }, detail: { type: "string" } },
        },
        Errors: { type: "object", required: ["errors"], properties: { errors: { type: "array", items: { $ref: "#/components/schemas/Error" } } } },
      },
      responses: {
        Unauthorized: errorResponse("The API key is missing or revoked.", "invalidKey", "10009", "Authentication failed"),
        NotFound: errorResponse("Nothing has that identifier.", "notFound", "10005", "Resource not found"),
        Unprocessable: errorResponse("The body breaks a rule; `source.pointer` names the field.", "invalid", "10015", "Invalid value"),
        TooManyRequests: errorResponse("Rate limit hit; wait Retry-After seconds.", "rateLimited", "10011", "Too many requests", {
          "Retry-After": { description: "Seconds to wait.", schema: { type: "integer", minimum: 0 }, example: 1 },
        }),
      },
    },
  };
}
