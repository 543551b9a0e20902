// A provider's declaration: the facts about a provider that are not in its spec (the client's
// factory name, how credentials are passed and read from the environment, how webhooks are
// signed, the mock's port and error format), written as data in `specs/<id>/toolkit.yaml` beside
// the spec. This file is the one definition of that file's shape: the JSON Schema below, checked
// with Ajv, with every problem reported at the file:line:col of the YAML node at fault.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Ajv as AjvClass, ErrorObject, ValidateFunction } from "ajv";
import type * as Yaml from "yaml";
import { memo } from "./cache.js";
import { SpecError, type SpecProblem } from "./spec-error.js";

const RULE = "toolkit/declaration";

/** How a client option gets its value: passed in code, or read from an environment variable. */
export interface CredentialDeclaration {
  option: string;
  env?: string;
  description: string;
}

/**
 * A resource the provider's mock keeps (stateful mode), as data: where it is created, read and
 * listed, what it starts as, how its fields move on the virtual clock and which webhook each step
 * sends. Providers with code of their own (mocks/providers/<id>/) do more; this is the common part.
 */
export interface ResourceDeclaration {
  name: string;
  label: string;
  /** "POST /orders". */
  create?: string;
  list?: string;
  /** "/orders/{orderId}": its last parameter is the id. */
  item: string;
  idField: string;
  envelope?: "flat" | "data";
  parent?: { resource: string; from: "path" | "body"; key: string };
  initial?: Record<string, string | number | boolean | null>;
  lifecycle?: Array<{ after: number; set: Record<string, string | number | boolean | null>; webhook?: string }>;
  webhookUrlField?: string;
}

/** The error bodies a mock writes: one of the providers' own formats, or RFC 7807 for any other API. */
export type ErrorFormat = "telnyx" | "vonage" | "problem+json";

export interface ProviderDeclaration {
  name: string;
  /** The entry document, relative to the declaration's folder. Default: openapi.yaml. */
  entry: string;
  client: { factory: string; variable: string };
  auth: {
    bearer?: CredentialDeclaration;
    basic?: { user: CredentialDeclaration; password: CredentialDeclaration };
    jwtMint?: { applicationId: CredentialDeclaration; privateKey: CredentialDeclaration };
  };
  webhookSignature?: {
    scheme: "ed25519";
    signatureHeader: string;
    timestampHeader: string;
    publicKey: CredentialDeclaration;
    /** Events posted to webhook URLs that the spec models as schemas rather than under `webhooks`. */
    extraEvents?: Array<{ name: string; schema: string; envelope?: "data"; description: string }>;
  };
  mock: { port: number; portEnv: string; errors: ErrorFormat; resources?: ResourceDeclaration[] };
  /**
   * `strict`: our own rules on top of Redocly's (an x-sdk-name on every operation, examples that
   * validate, declared pagination). `standard`: what any valid OpenAPI document passes.
   */
  lint: "strict" | "standard";
}

const identifier = { type: "string", pattern: "^[A-Za-z_$][A-Za-z0-9_$]{0,63}$" };
const envName = { type: "string", pattern: "^[A-Z_][A-Z0-9_]{0,63}$" };
const headerName = { type: "string", pattern: "^[A-Za-z0-9-]{1,64}$" };
const text = { type: "string", minLength: 1, maxLength: 500 };
const pathTemplate = { type: "string", pattern: "^/[A-Za-z0-9._~{}/-]{0,300}$" };
/** Field values a declaration may set: scalars, under names that cannot reach object machinery. */
const fields = {
  type: "object",
  maxProperties: 50,
  propertyNames: { type: "string", maxLength: 100, not: { enum: ["__proto__", "constructor", "prototype"] } },
  additionalProperties: { type: ["string", "number", "boolean", "null"] },
};
const resource = {
  type: "object",
  additionalProperties: false,
  required: ["name", "label", "item", "idField"],
  properties: {
    name: identifier,
    label: text,
    create: { type: "string", pattern: "^(POST|PUT) /[A-Za-z0-9._~{}/-]{0,300}$" },
    list: pathTemplate,
    item: pathTemplate,
    idField: { type: "string", pattern: "^[A-Za-z_][A-Za-z0-9_.]{0,63}$" },
    envelope: { enum: ["flat", "data"] },
    parent: {
      type: "object",
      additionalProperties: false,
      required: ["resource", "from", "key"],
      properties: { resource: identifier, from: { enum: ["path", "body"] }, key: { type: "string", maxLength: 100 } },
    },
    initial: fields,
    lifecycle: {
      type: "array",
      maxItems: 50,
      items: {
        type: "object",
        additionalProperties: false,
        required: ["after", "set"],
        properties: { after: { type: "number", minimum: 0, maximum: 315360000 }, set: fields, webhook: { type: "string", maxLength: 200 } },
      },
    },
    webhookUrlField: { type: "string", maxLength: 100 },
  },
};
const credential = {
  type: "object",
  additionalProperties: false,
  required: ["option", "description"],
  properties: { option: identifier, env: envName, description: text },
};

/** The shape of toolkit.yaml, as JSON Schema (draft-07, Ajv's default). */
export const declarationSchema = {
  type: "object",
  additionalProperties: false,
  required: ["name", "client", "auth", "mock"],
  properties: {
    name: { type: "string", minLength: 1, maxLength: 64 },
    entry: { type: "string", pattern: "^(?!/)(?!.*(^|/)\\.\\.(/|$))[A-Za-z0-9._/-]{1,200}\\.(ya?ml|json)$" },
    client: {
      type: "object",
      additionalProperties: false,
      required: ["factory", "variable"],
      properties: { factory: identifier, variable: identifier },
    },
    auth: {
      type: "object",
      additionalProperties: false,
      properties: {
        bearer: credential,
        basic: {
          type: "object",
          additionalProperties: false,
          required: ["user", "password"],
          properties: { user: credential, password: credential },
        },
        jwtMint: {
          type: "object",
          additionalProperties: false,
          required: ["applicationId", "privateKey"],
          properties: { applicationId: credential, privateKey: credential },
        },
      },
    },
    webhookSignature: {
      type: "object",
      additionalProperties: false,
      required: ["scheme", "signatureHeader", "timestampHeader", "publicKey"],
      properties: {
        scheme: { enum: ["ed25519"] },
        signatureHeader: headerName,
        timestampHeader: headerName,
        publicKey: credential,
        extraEvents: {
          type: "array",
          maxItems: 100,
          items: {
            type: "object",
            additionalProperties: false,
            required: ["name", "schema", "description"],
            properties: { name: identifier, schema: identifier, envelope: { enum: ["data"] }, description: text },
          },
        },
      },
    },
    mock: {
      type: "object",
      additionalProperties: false,
      required: ["port", "portEnv", "errors"],
      properties: {
        port: { type: "integer", minimum: 1, maximum: 65535 },
        portEnv: envName,
        errors: { enum: ["telnyx", "vonage", "problem+json"] },
        resources: { type: "array", maxItems: 100, items: resource },
      },
    },
    lint: { enum: ["strict", "standard"] },
  },
} as const;

// Compiled on first use, not on import: every command imports the providers, and most runs
// (a cache hit, --help) need no more than the two declarations' values.
let compiled: ValidateFunction | undefined;
function validateShape(value: unknown): ValidateFunction {
  if (!compiled) {
    const { Ajv } = createRequire(import.meta.url)("ajv") as { Ajv: typeof AjvClass };
    compiled = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true }).compile(declarationSchema);
  }
  compiled(value);
  return compiled;
}

/** Reads and checks one toolkit.yaml; `display` is the name used in messages. */
export function readDeclaration(file: string, display = file): ProviderDeclaration {
  let source: string;
  try {
    source = readFileSync(file, "utf8");
  } catch (error) {
    throw new SpecError([{ file: display, rule: RULE, message: `cannot read the provider declaration: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` }]);
  }
  // A declaration that was valid as it is now needs neither YAML nor Ajv again: keyed by its text
  // and the shape it was checked against. Problems are never stored, so they are always reported.
  return memo("declaration", `${JSON.stringify(declarationSchema)}\0${source}`, () => parseDeclaration(source, display), isDeclarationLike);
}

/** What a stored declaration must at least look like to be used (it was valid when stored). */
function isDeclarationLike(value: unknown): value is ProviderDeclaration {
  const v = value as Partial<ProviderDeclaration> | null;
  return typeof v === "object" && v !== null && typeof v.name === "string" && typeof v.entry === "string" && typeof v.mock === "object";
}

// YAML is loaded only to read a declaration that is new or changed (see readDeclaration).
const yaml = (): typeof Yaml => createRequire(import.meta.url)("yaml") as typeof Yaml;

export function parseDeclaration(source: string, file: string): ProviderDeclaration {
  const { isNode, LineCounter, parseDocument } = yaml();
  const lines = new LineCounter();
  // A declaration is a few dozen lines: no aliases are needed, so none are expanded (no alias bombs).
  const doc = parseDocument(source, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const at = (node: unknown, message: string): SpecProblem => {
    const offset = isNode(node) ? (node.range?.[0] ?? 0) : 0;
    const { line, col } = lines.linePos(offset);
    return { file, line, column: col, rule: RULE, message };
  };
  const syntax = doc.errors.map((error) => {
    const { line, col } = lines.linePos(error.pos[0]);
    return { file, line, column: col, rule: RULE, message: error.message.split("\n")[0]! };
  });
  if (syntax.length > 0) throw new SpecError(syntax);

  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 0 });
  } catch (error) {
    throw new SpecError([at(doc.contents, `the provider declaration cannot use YAML aliases (${(error as Error).message})`)]);
  }
  const checked = validateShape(value);
  if (checked.errors && checked.errors.length > 0) {
    const problems = checked.errors.map((error) => at(nodeAt(doc.contents, error), describe(error)));
    throw new SpecError(problems);
  }
  const declared = value as Partial<ProviderDeclaration> & Omit<ProviderDeclaration, "entry" | "lint">;
  return { ...declared, entry: declared.entry ?? "openapi.yaml", lint: declared.lint ?? "standard" };
}

/** The YAML node an Ajv error is about: the offending key for unknown properties, else the value. */
function nodeAt(root: unknown, error: ErrorObject): unknown {
  const path = error.instancePath.split("/").slice(1).map((s) => s.replaceAll("~1", "/").replaceAll("~0", "~"));
  let node = root;
  for (const key of path) {
    const next = (node as { get?: (key: unknown, keepScalar: boolean) => unknown })?.get?.(/^\d+$/.test(key) ? Number(key) : key, true);
    if (next === undefined) break;
    node = next;
  }
  if (error.keyword === "additionalProperties") {
    const extra = (error.params as { additionalProperty: string }).additionalProperty;
    const pair = (node as { items?: Array<{ key: Yaml.Node }> }).items?.find((p) => (p.key as { value?: unknown })?.value === extra);
    if (pair) return pair.key;
  }
  return node;
}

function describe(error: ErrorObject): string {
  const where = error.instancePath === "" ? "the declaration" : error.instancePath.slice(1).replaceAll("/", ".");
  switch (error.keyword) {
    case "additionalProperties":
      return `${where}: unknown key "${(error.params as { additionalProperty: string }).additionalProperty}"`;
    case "required":
      return `${where} needs "${(error.params as { missingProperty: string }).missingProperty}"`;
    case "enum":
      return `${where} must be one of ${((error.params as { allowedValues: unknown[] }).allowedValues).map((v) => JSON.stringify(v)).join(", ")}`;
    case "pattern":
      return `${where} ${patternHint(error.schemaPath)}`;
    default:
      return `${where} ${error.message ?? "is invalid"}`;
  }
}

/** Patterns are regular expressions; say in words what they ask for. */
function patternHint(schemaPath: string): string {
  if (schemaPath.includes("/entry/")) return "must be a .yaml, .yml or .json file inside the provider's folder (no leading / and no ..)";
  if (/\/(env|portEnv)\//.test(schemaPath)) return "must be an environment variable name (A-Z, 0-9, _)";
  if (/Header\//.test(schemaPath)) return "must be an HTTP header name (letters, digits, -)";
  return "must be a JavaScript identifier (letters, digits, _ and $, not starting with a digit)";
}
