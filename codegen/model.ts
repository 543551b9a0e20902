// Stage 3: turn the bundled document into the model the emitters render. Everything a
// template needs is computed here, so templates contain no logic beyond loops and ifs.
import type { LoadedSpec, ProductInfo } from "./load.js";
import type { LoosePagination } from "./runtime/x-pagination.js";
import { typeName } from "./names.js";
import { RefResolver } from "./refs.js";
import { assignSdkNames, operationKey, type SdkNaming } from "./sdk-names.js";
import { relativeFile, SpecError } from "./spec-error.js";
import { locateKey } from "./spec-files.js";
import type {
  JSONSchema,
  MediaTypeObject,
  OpenAPIDocument,
  OperationObject,
  ParameterObject,
  ResponseObject,
} from "./openapi-types.js";

export { operationSignature, type NamedType, type Signature } from "./model/signature.js";

export const HTTP_METHODS = ["get", "post", "put", "patch", "delete"] as const;

export interface FieldModel {
  name: string;
  type: string;
  required: boolean;
  description: string;
  /** Marked `deprecated: true` in the spec. */
  deprecated: boolean;
  /** The field's schema, references resolved at the top level. */
  schema: JSONSchema;
}

export interface ParamModel extends FieldModel {
  in: "path" | "query" | "header";
  example: unknown;
  /** The parameter's schema, references resolved at the top level. */
  schema: JSONSchema;
}

export interface BodyModel {
  contentType: string;
  /**
   * JSON; multipart/form-data for uploads; or both, when the spec accepts JSON first and
   * multipart too (the client then sends multipart only when the body holds a file).
   */
  kind: "json" | "multipart" | "json-or-multipart";
  required: boolean;
  /** The request body's description in the spec, else its schema's. */
  description: string;
  /** True when the body's type is an object type (not a union, array or scalar): see `isObjectSchema`. */
  isObject: boolean;
  fields: FieldModel[];
  /** Top-level fields that carry file content (binary strings, or arrays of them). */
  binaryFields: string[];
  example: unknown;
  /** The multipart alternative of a JSON body, when the spec offers one. */
  multipart?: { contentType: string; binaryFields: string[]; example: unknown };
}

export interface SuccessModel {
  status: string;
  /** How the runtime reads it: JSON, nothing, text or bytes. */
  kind: "json" | "none" | "text" | "binary";
  contentType?: string;
  /** True when the body is a bare JSON array; `fields` then describe one item. */
  isArray: boolean;
  /** True when the body is one of several shapes (oneOf/anyOf): no field is sure to be there. */
  isChoice: boolean;
  /** True when the JSON body's type is an object type: see `isObjectSchema`. */
  isObject: boolean;
  fields: FieldModel[];
  example: unknown;
}

export interface OperationModel {
  operationId: string;
  /**
   * Where types.ts has the operation: `operations["GetBrand"]`, or, for an operation without an
   * operationId (openapi-typescript then writes it inline), `paths["/items/{id}"]["delete"]`.
   */
  typesRef: string;
  sdkName: string;
  /** Namespaces then the method name: "messaging10dlc.brand.create" → ["messaging10dlc", "brand", "create"]. */
  sdkPath: string[];
  /** PascalCase base for the named types, e.g. "Messaging10dlcBrandCreate". */
  typeBase: string;
  method: Uppercase<(typeof HTTP_METHODS)[number]>;
  path: string;
  summary: string;
  description: string;
  /** Marked `deprecated: true` in the spec. */
  deprecated: boolean;
  product: string;
  docSection: "core" | "supporting" | "other";
  pathParams: ParamModel[];
  queryParams: ParamModel[];
  headerParams: ParamModel[];
  body?: BodyModel;
  success: SuccessModel;
  errorStatuses: Array<{ status: string; description: string }>;
  pagination?: LoosePagination;
}

/** A request the provider sends to the user's server (OpenAPI 3.1 `webhooks`). */
export interface WebhookModel {
  /** Key under `webhooks`, e.g. "campaignStatusUpdate". */
  name: string;
  /** PascalCase base for the named payload type, e.g. "CampaignStatusUpdate". */
  typeBase: string;
  summary: string;
  description: string;
  product: string;
  headers: ParamModel[];
  contentType?: string;
  fields: FieldModel[];
  example: unknown;
}

export interface SecurityModel {
  bearer: boolean;
  basic: boolean;
}

export interface ProviderModel {
  title: string;
  version: string;
  description: string;
  serverUrl: string;
  security: SecurityModel;
  products: Array<ProductInfo & { operations: OperationModel[]; webhooks: WebhookModel[] }>;
  operations: OperationModel[];
  webhooks: WebhookModel[];
  /** Operations whose derived SDK name was taken, and the name they got instead (sdk-names.ts). */
  renamed: SdkNaming["renamed"];
}

export interface ModelOptions {
  /**
   * Name operations without an x-sdk-name from their operationId and tags (sdk-names.ts), as for
   * a spec written without our extensions. Off, such an operation is an error: our own specs, and
   * the old commits the differ reads, must name every method.
   */
  deriveNames?: boolean;
}

export function buildModel(spec: LoadedSpec, options: ModelOptions = {}): ProviderModel {
  const doc = spec.document;
  const resolve = resolver(doc);
  const declared = (operation: OperationObject) => {
    const name = operation["x-sdk-name"];
    return typeof name === "string" && name.includes(".") ? name : undefined;
  };
  const found: Array<{ route: string; method: (typeof HTTP_METHODS)[number]; operation: OperationObject }> = [];
  for (const [route, item] of Object.entries(doc.paths)) {
    for (const method of HTTP_METHODS) {
      const operation = item[method];
      if (!operation) continue;
      if (!options.deriveNames) requireSdkName(spec, route, method, operation);
      found.push({ route, method, operation });
    }
  }
  const naming = assignSdkNames(
    found.map(({ route, method, operation }) => ({
      method,
      path: route,
      ...(operation.operationId ? { operationId: operation.operationId } : {}),
      ...(operation.tags ? { tags: operation.tags } : {}),
      ...(declared(operation) ? { sdkName: declared(operation) } : {}),
    })),
  );
  const operations = found.map(({ route, method, operation }) => {
    const shared = (doc.paths[route]!.parameters ?? []).map((p) => resolve<ParameterObject>(p));
    const sdkName = naming.names.get(operationKey(method, route))!;
    return buildOperation(resolve, route, method, operation, sdkName, shared, spec.productOfPath.get(route) ?? "api");
  });
  const webhooks = Object.entries(doc.webhooks ?? {}).flatMap(([name, item]) =>
    item.post ? [buildWebhook(resolve, name, item.post, spec.productOfWebhook.get(name) ?? "api")] : [],
  );
  const schemes = Object.values(doc.components?.securitySchemes ?? {});
  return {
    title: doc.info.title,
    version: doc.info.version,
    description: doc.info.description ?? "",
    serverUrl: doc.servers?.[0]?.url ?? "",
    security: {
      bearer: schemes.some((s) => s.type === "http" && s.scheme?.toLowerCase() === "bearer"),
      basic: schemes.some((s) => s.type === "http" && s.scheme?.toLowerCase() === "basic"),
    },
    products: spec.products.map((product) => ({
      ...product,
      operations: operations.filter((op) => op.product === product.id),
      webhooks: webhooks.filter((hook) => hook.product === product.id),
    })),
    operations,
    webhooks,
    renamed: naming.renamed,
  };
}

/**
 * The generator lints x-sdk-name first; the differ reads specs at old commits it does not lint,
 * so an operation without one is reported here, naming the operation and its product file.
 */
function requireSdkName(spec: LoadedSpec, route: string, method: string, operation: OperationObject): void {
  const name = operation["x-sdk-name"];
  if (typeof name === "string" && name.includes(".")) return;
  const product = spec.products.find((p) => p.id === spec.productOfPath.get(route));
  const file = product?.file ?? relativeFile(spec.entry);
  throw new SpecError([
    {
      file,
      ...locateKey(file, ["paths", route, method]),
      rule: "toolkit/sdk-name",
      message: `${method.toUpperCase()} ${route} (${operation.operationId ?? "no operationId"}) has ${name === undefined ? "no x-sdk-name" : `an invalid x-sdk-name ${JSON.stringify(name)}`}; every operation needs one, e.g. "brands.create".`,
    },
  ]);
}

export type Resolve = <T>(value: T | { $ref?: string }) => T;

/** Follows local references of the bundled document, with the toolkit's one resolver (refs.ts). */
export function resolver(doc: OpenAPIDocument): Resolve {
  const refs = new RefResolver(doc);
  return <T>(value: T | { $ref?: string }): T => refs.resolve<T>(value);
}

function buildOperation(
  resolve: Resolve,
  route: string,
  method: (typeof HTTP_METHODS)[number],
  operation: OperationObject,
  sdkName: string,
  sharedParams: ParameterObject[],
  product: string,
): OperationModel {
  const sdkPath = sdkName.split(".");
  const params = mergeParameters(sharedParams, (operation.parameters ?? []).map((p) => resolve<ParameterObject>(p)));
  const toParam = (p: ParameterObject): ParamModel => ({
    name: p.name,
    in: p.in as ParamModel["in"],
    type: describeType(resolve, p.schema),
    required: p.required === true,
    description: oneLine(p.description ?? resolve<JSONSchema>(p.schema ?? {}).description ?? ""),
    deprecated: isDeprecated(p) || isDeprecated(resolve<JSONSchema>(p.schema ?? {})),
    example: p.example ?? resolve<JSONSchema>(p.schema ?? {}).default,
    schema: resolve<JSONSchema>(p.schema ?? {}),
  });
  // Path parameters keep the order they appear in the path: that is the order of the method's arguments.
  const pathOrder = [...route.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
  const pathParams = params
    .filter((p) => p.in === "path")
    .sort((a, b) => pathOrder.indexOf(a.name) - pathOrder.indexOf(b.name))
    .map(toParam);
  return {
    operationId: operation.operationId ?? `${method}${route}`,
    typesRef: operation.operationId ? `operations[${JSON.stringify(operation.operationId)}]` : `paths[${JSON.stringify(route)}][${JSON.stringify(method)}]`,
    sdkName,
    sdkPath,
    typeBase: sdkPath.map(pascal).join(""),
    method: method.toUpperCase() as OperationModel["method"],
    path: route,
    summary: oneLine(operation.summary ?? ""),
    description: (operation.description ?? "").trim(),
    deprecated: isDeprecated(operation),
    product,
    docSection: operation["x-doc-section"] ?? "other",
    pathParams,
    queryParams: params.filter((p) => p.in === "query").map(toParam),
    headerParams: params.filter((p) => p.in === "header").map(toParam),
    body: buildBody(resolve, operation),
    success: buildSuccess(resolve, operation),
    // An old commit's spec may lack what the lint now requires (the differ models those too).
    errorStatuses: Object.entries(operation.responses ?? {})
      .filter(([status]) => !status.startsWith("2"))
      .map(([status, response]) => ({ status, description: oneLine(resolve<ResponseObject>(response).description) })),
    pagination: operation["x-pagination"],
  };
}

function buildWebhook(resolve: Resolve, name: string, operation: OperationObject, product: string): WebhookModel {
  const body = operation.requestBody ? resolve(operation.requestBody) : undefined;
  const [contentType, media] = Object.entries(body?.content ?? {})[0] ?? [];
  return {
    name,
    typeBase: typeName(name),
    summary: oneLine(operation.summary ?? name),
    description: (operation.description ?? "").trim(),
    product,
    headers: (operation.parameters ?? [])
      .map((p) => resolve<ParameterObject>(p))
      .filter((p) => p.in === "header")
      .map((p) => ({
        name: p.name,
        in: "header" as const,
        type: describeType(resolve, p.schema),
        required: p.required === true,
        description: oneLine(p.description ?? ""),
        deprecated: isDeprecated(p),
        example: p.example,
        schema: resolve<JSONSchema>(p.schema ?? {}),
      })),
    contentType,
    fields: media ? describeFields(resolve, media.schema) : [],
    example: media ? firstExample(resolve, media) : undefined,
  };
}

/** Operation-level parameters override path-level ones with the same name and location. */
function mergeParameters(shared: ParameterObject[], own: ParameterObject[]): ParameterObject[] {
  const key = (p: ParameterObject) => `${p.in}:${p.name}`;
  const ownKeys = new Set(own.map(key));
  return [...shared.filter((p) => !ownKeys.has(key(p))), ...own];
}

function buildBody(resolve: Resolve, operation: OperationObject): BodyModel | undefined {
  if (!operation.requestBody) return undefined;
  const body = resolve(operation.requestBody);
  const entries = Object.entries(body.content ?? {});
  const [contentType, media] = entries[0] ?? [];
  if (!contentType || !media) return undefined;
  const isMultipart = (type: string) => /multipart\/form-data/i.test(type);
  const fileFields = (m: MediaTypeObject) =>
    Object.entries(resolve<JSONSchema>(m.schema ?? {}).properties ?? {})
      .filter(([, prop]) => isBinary(resolve, prop))
      .map(([name]) => name);
  const alternative = isMultipart(contentType) ? undefined : entries.find(([type]) => isMultipart(type));
  return {
    contentType,
    kind: isMultipart(contentType) ? "multipart" : alternative ? "json-or-multipart" : "json",
    required: body.required === true,
    description: oneLine(body.description ?? resolve<JSONSchema>(media.schema ?? {}).description ?? ""),
    isObject: isObjectSchema(resolve, media.schema),
    fields: describeFields(resolve, media.schema),
    binaryFields: fileFields(media),
    example: firstExample(resolve, media),
    ...(alternative
      ? { multipart: { contentType: alternative[0], binaryFields: fileFields(alternative[1]), example: firstExample(resolve, alternative[1]) } }
      : {}),
  };
}

function buildSuccess(resolve: Resolve, operation: OperationObject): SuccessModel {
  const entry = Object.entries(operation.responses ?? {}).find(([status]) => status.startsWith("2"));
  if (!entry) return { status: "200", kind: "none", isArray: false, isChoice: false, isObject: false, fields: [], example: undefined };
  const [status, raw] = entry;
  const response = resolve<ResponseObject>(raw);
  const [contentType, media] = Object.entries(response.content ?? {})[0] ?? [];
  if (!contentType || !media)
    return { status, kind: "none", isArray: false, isChoice: false, isObject: false, fields: [], example: undefined };
  const schema = resolve<JSONSchema>(media.schema ?? {});
  // text/csv declared as binary is still bytes to the caller; only a plain string schema is text.
  const kind = /json/.test(contentType)
    ? "json"
    : /^text\//.test(contentType) && schema.format !== "binary"
      ? "text"
      : "binary";
  const isArray = kind === "json" && schema.type === "array";
  return {
    status,
    kind,
    contentType,
    isArray,
    isChoice: kind === "json" && Boolean(schema.oneOf ?? schema.anyOf),
    isObject: kind === "json" && isObjectSchema(resolve, schema),
    fields: kind === "json" ? describeFields(resolve, isArray ? schema.items : schema) : [],
    example: firstExample(resolve, media),
  };
}

function firstExample(resolve: Resolve, media: MediaTypeObject): unknown {
  if (media.example !== undefined) return media.example;
  const first = Object.values(media.examples ?? {})[0];
  return first ? resolve(first).value : undefined;
}

/** A schema of file content: a binary string, an array of them, or a choice including one. */
function isBinary(resolve: Resolve, schemaOrRef: JSONSchema | undefined): boolean {
  if (!schemaOrRef) return false;
  const schema = resolve<JSONSchema>(schemaOrRef);
  if (schema.format === "binary" || schema.contentMediaType !== undefined) return true;
  if (schema.type === "array") return isBinary(resolve, schema.items);
  return [...(schema.oneOf ?? []), ...(schema.anyOf ?? [])].some((part) => isBinary(resolve, part));
}

/** `deprecated: true` on an operation, parameter or schema (not in the slice openapi-types.ts models). */
function isDeprecated(node: object): boolean {
  return (node as { deprecated?: unknown }).deprecated === true;
}

/**
 * Whether openapi-typescript turns the schema into an object type or an intersection of them
 * (never a union, array, scalar or nullable object), so the client can name it with an interface.
 * Conservative: anything unsure stays a type alias.
 */
export function isObjectSchema(resolve: Resolve, schemaOrRef: JSONSchema | undefined): boolean {
  if (!schemaOrRef) return false;
  const schema = resolve<JSONSchema>(schemaOrRef);
  if (schema.oneOf || schema.anyOf || schema.enum || schema.const !== undefined) return false;
  const typed = schema.type === "object" || (schema.type === undefined && (schema.properties !== undefined || schema.allOf !== undefined));
  if (!typed) return false;
  // Named properties beside an index signature: an interface re-checks each optional property
  // against the index type (TS2411), where openapi-typescript's type literal passes.
  if (schema.properties && schema.additionalProperties !== undefined && schema.additionalProperties !== false) return false;
  return (schema.allOf ?? []).every((part) => isObjectSchema(resolve, part));
}

/** Top-level properties of an object schema (merging allOf and the branches of oneOf/anyOf). */
export function describeFields(resolve: Resolve, schemaOrRef: JSONSchema | undefined): FieldModel[] {
  if (!schemaOrRef) return [];
  const schema = resolve<JSONSchema>(schemaOrRef);
  const fields = new Map<string, FieldModel>();
  const add = (s: JSONSchema, requiredAllowed: boolean) => {
    const resolved = resolve<JSONSchema>(s);
    const required = new Set(requiredAllowed ? (resolved.required ?? []) : []);
    for (const [name, prop] of Object.entries(resolved.properties ?? {})) {
      if (fields.has(name)) continue;
      fields.set(name, {
        name,
        type: describeType(resolve, prop),
        required: required.has(name),
        description: oneLine(resolve<JSONSchema>(prop).description ?? ""),
        deprecated: isDeprecated(resolve<JSONSchema>(prop)),
        schema: resolve<JSONSchema>(prop),
      });
    }
    for (const part of resolved.allOf ?? []) add(part, requiredAllowed);
    // A field required in only one alternative is not required overall.
    for (const part of [...(resolved.oneOf ?? []), ...(resolved.anyOf ?? [])]) add(part, false);
  };
  add(schema, true);
  return [...fields.values()];
}

/** A short human-readable type, as shown in parameter tables. */
export function describeType(resolve: Resolve, schemaOrRef: JSONSchema | undefined): string {
  if (!schemaOrRef) return "unknown";
  const refName = schemaOrRef.$ref?.split("/").pop();
  const schema = resolve<JSONSchema>(schemaOrRef);
  if (schema.enum) return schema.enum.map((value) => JSON.stringify(value)).join(" | ");
  if (schema.const !== undefined) return JSON.stringify(schema.const);
  const type = Array.isArray(schema.type) ? schema.type.filter((t) => t !== "null").join(" | ") : schema.type;
  if (type === "array") {
    const item = describeType(resolve, schema.items);
    // `"a" | "b"[]` would read as "a, or an array of b".
    return item.includes(" | ") ? `(${item})[]` : `${item}[]`;
  }
  if (refName && (type === "object" || !type)) return refName;
  if (type === "string" && schema.format) return `string (${schema.format})`;
  if (type) return type;
  const alternatives = schema.oneOf ?? schema.anyOf;
  if (alternatives) return alternatives.map((alt) => describeType(resolve, alt)).join(" | ");
  return "object";
}

export function pascal(segment: string): string {
  return segment.charAt(0).toUpperCase() + segment.slice(1);
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
