// Compares one provider's spec at two points in time: servers and security schemes, operations
// added, removed, moved and deprecated, every change inside the operations both have
// (parameters, bodies, responses, security, pagination), webhooks and their payloads, and the
// public API of the generated client (method names, signatures, exported types).
import type { LoadedSpec } from "../load.js";
import { resolver, type OperationModel, type ProviderModel } from "../model.js";
import type { OpenAPIDocument, OperationObject, ParameterObject, RequestBodyObject, ResponseObject } from "../openapi-types.js";
import { check, type Level, type SchemaScope } from "./checks.js";
import { diffClientOperation } from "./client-diff.js";
import { diffDeprecation, diffRemoval, type DeprecationPolicy } from "./deprecation.js";
import { diffSchemas, type Resolve } from "./schema-diff.js";
import type { JSONSchema } from "./schema-types.js";
import { diffSecurity, diffSecuritySchemes, diffServers } from "./security-diff.js";

export interface Change {
  /** A check id of the registry (checks.ts). */
  id: string;
  level: Level;
  /** The product (spec file) the change belongs to; "api" for document-wide changes. */
  product: string;
  /** The operation ("POST /10dlc/brand"), webhook ("webhook brandUpdated"), client method or document part. */
  subject: string;
  /** Where inside the subject, e.g. "body.address.city"; empty when the subject itself changed. */
  at: string;
  message: string;
}

export interface ProviderDiff {
  provider: string;
  changes: Change[];
}

export interface SpecSide {
  spec: LoadedSpec;
  model: ProviderModel;
}

export type DiffOptions = DeprecationPolicy;

/** Collects changes for one subject. */
export type Emit = (id: string, at: string, message: string) => void;

export function emitterFor(changes: Change[], product: string, subject: string): Emit {
  return (id, at, message) => changes.push({ id, level: check(id).level, product, subject, at, message });
}

export function defaultOptions(): DiffOptions {
  return { today: new Date().toISOString().slice(0, 10), minNoticeDays: 180 };
}

export function diffProvider(provider: string, base: SpecSide, head: SpecSide, options: DiffOptions = defaultOptions()): ProviderDiff {
  const changes: Change[] = [];
  const docA = base.spec.document;
  const docB = head.spec.document;
  diffServers(docA, docB, emitterFor(changes, "api", "servers"));
  diffSecuritySchemes(docA, docB, (name) => emitterFor(changes, "api", `security scheme ${name}`));

  const key = (op: OperationModel) => `${op.method} ${op.path}`;
  const baseOps = new Map(base.model.operations.map((op) => [key(op), op]));
  const headOps = new Map(head.model.operations.map((op) => [key(op), op]));
  const gone = [...baseOps.values()].filter((op) => !headOps.has(key(op)));
  const fresh = [...headOps.values()].filter((op) => !baseOps.has(key(op)));

  for (const a of gone) {
    const b = movedTo(a, fresh, gone);
    const emit = emitterFor(changes, a.product, key(a));
    if (b) {
      emit("api-moved", "", `moved to ${key(b)} (${a.sdkName === b.sdkName ? `client method ${a.sdkName} kept` : `client method ${a.sdkName} is now ${b.sdkName}`})`);
      fresh.splice(fresh.indexOf(b), 1);
      diffOperation(a, b, docA, docB, changes, options);
      continue;
    }
    diffRemoval(rawOperation(docA, a), options, emit, a.sdkName);
  }
  for (const b of fresh) emitterFor(changes, b.product, key(b))("api-added", "", `operation added (${b.sdkName})`);
  for (const [id, a] of baseOps) {
    const b = headOps.get(id);
    if (b) diffOperation(a, b, docA, docB, changes, options);
  }
  diffWebhooks(docA, docB, base.model, head.model, changes);
  return { provider, changes };
}

/**
 * Where a vanished operation went: the new operation with its x-sdk-name, or failing that with its
 * operationId (a move and a rename at once; the client diff then reports the rename).
 */
function movedTo(a: OperationModel, fresh: OperationModel[], gone: OperationModel[]): OperationModel | undefined {
  const sameName = fresh.find((op) => op.sdkName === a.sdkName);
  if (sameName) return sameName;
  return fresh.find((op) => op.operationId === a.operationId && !gone.some((g) => g.sdkName === op.sdkName));
}

function diffOperation(a: OperationModel, b: OperationModel, docA: OpenAPIDocument, docB: OpenAPIDocument, changes: Change[], options: DiffOptions): void {
  const emit = emitterFor(changes, b.product, `${b.method} ${b.path}`);
  const resolveA = schemaResolver(docA);
  const resolveB = schemaResolver(docB);
  const schemas = (x: JSONSchema | undefined, y: JSONSchema | undefined, scope: SchemaScope, at: string) => {
    for (const c of diffSchemas(x, y, scope, at, resolveA, resolveB)) emit(c.id, c.at, c.message);
  };
  const opA = rawOperation(docA, a);
  const opB = rawOperation(docB, b);

  diffDeprecation(opA, opB, options, emit);
  if (a.operationId !== b.operationId) emit("api-operation-id-changed", "", `operationId ${a.operationId} → ${b.operationId}`);
  if (a.summary !== b.summary || a.description !== b.description) emit("api-description-changed", "", "summary or description changed");

  diffParameters(rawParameters(docA, a), rawParameters(docB, b), emit, schemas);
  diffRequestBody(docA, docB, opA, opB, emit, schemas);
  diffResponses(docA, docB, opA, opB, emit, schemas);
  diffSecurity(opA.security ?? docA.security ?? [], opB.security ?? docB.security ?? [], emit);
  diffClientOperation(a, b, emitterFor(changes, b.product, b.sdkName));
}

type SchemaDiff = (x: JSONSchema | undefined, y: JSONSchema | undefined, scope: SchemaScope, at: string) => void;

function diffParameters(paramsA: ParameterObject[], paramsB: ParameterObject[], emit: Emit, schemas: SchemaDiff): void {
  const label = (p: ParameterObject) => `${p.in} parameter ${p.name}`;
  const find = (list: ParameterObject[], p: ParameterObject) => list.find((q) => q.name === p.name && q.in === p.in);
  const moved = new Set<ParameterObject>();
  for (const p of paramsA) {
    const q = find(paramsB, p);
    if (!q) {
      const elsewhere = paramsB.find((other) => other.name === p.name && !find(paramsA, other));
      if (elsewhere) {
        moved.add(elsewhere);
        emit("request-parameter-location-changed", label(p), `moved from ${p.in} to ${elsewhere.in}`);
      } else {
        emit("request-parameter-removed", label(p), "parameter removed");
      }
      continue;
    }
    if (!p.required && q.required) emit("request-parameter-became-required", label(p), "became required");
    if (p.required && !q.required) emit("request-parameter-became-optional", label(p), "became optional");
    if (styleOf(p) !== styleOf(q)) emit("request-parameter-style-changed", label(p), `style ${styleOf(p)} → ${styleOf(q)}`);
    if (explodeOf(p) !== explodeOf(q)) emit("request-parameter-explode-changed", label(p), `explode ${explodeOf(p)} → ${explodeOf(q)}`);
    if (!deprecated(p) && deprecated(q)) emit("request-parameter-deprecated", label(p), "deprecated");
    schemas(parameterSchema(p), parameterSchema(q), "request-parameter", label(p));
  }
  for (const q of paramsB) {
    if (find(paramsA, q) || moved.has(q)) continue;
    emit(q.required ? "new-required-request-parameter" : "new-optional-request-parameter", label(q), q.required ? "required parameter added" : "optional parameter added");
  }
}

/** A parameter's schema, or that of its first `content` entry (parameters may use either). */
function parameterSchema(p: ParameterObject): JSONSchema | undefined {
  if (p.schema) return p.schema as JSONSchema;
  const content = (p as ParameterObject & { content?: Record<string, { schema?: JSONSchema }> }).content;
  return Object.values(content ?? {})[0]?.schema;
}

function deprecated(p: ParameterObject): boolean {
  return (p as ParameterObject & { deprecated?: boolean }).deprecated === true;
}

/** OpenAPI's defaults: form for query, simple for path and header; explode only for form. */
function styleOf(p: ParameterObject): string {
  return p.style ?? (p.in === "query" || p.in === "cookie" ? "form" : "simple");
}

function explodeOf(p: ParameterObject): boolean {
  return p.explode ?? styleOf(p) === "form";
}

function diffRequestBody(docA: OpenAPIDocument, docB: OpenAPIDocument, opA: OperationObject, opB: OperationObject, emit: Emit, schemas: SchemaDiff): void {
  const bodyA = opA.requestBody ? resolver(docA)<RequestBodyObject>(opA.requestBody) : undefined;
  const bodyB = opB.requestBody ? resolver(docB)<RequestBodyObject>(opB.requestBody) : undefined;
  if (!bodyA && bodyB) emit(bodyB.required ? "request-body-added-required" : "request-body-added-optional", "body", "request body added");
  if (bodyA && !bodyB) emit("request-body-removed", "body", "request body removed");
  if (!bodyA || !bodyB) return;
  if (!bodyA.required && bodyB.required) emit("request-body-became-required", "body", "request body became required");
  if (bodyA.required && !bodyB.required) emit("request-body-became-optional", "body", "request body became optional");
  const contentA = bodyA.content ?? {};
  const contentB = bodyB.content ?? {};
  for (const [type, media] of Object.entries(contentA)) {
    const other = contentB[type];
    if (!other) emit("request-media-type-removed", "body", `${type} no longer accepted`);
    else schemas(media.schema as JSONSchema, other.schema as JSONSchema, "request-property", "body");
  }
  for (const type of Object.keys(contentB)) if (!(type in contentA)) emit("request-media-type-added", "body", `${type} now accepted`);
}

interface HeaderObject {
  required?: boolean;
  schema?: JSONSchema;
}

function diffResponses(docA: OpenAPIDocument, docB: OpenAPIDocument, opA: OperationObject, opB: OperationObject, emit: Emit, schemas: SchemaDiff): void {
  const success = (status: string) => status.startsWith("2");
  const responsesA = opA.responses ?? {};
  const responsesB = opB.responses ?? {};
  for (const [status, rawA] of Object.entries(responsesA)) {
    const at = `response ${status}`;
    const rawB = responsesB[status];
    if (!rawB) {
      emit(success(status) ? "response-success-status-removed" : "response-non-success-status-removed", at, "response removed");
      continue;
    }
    const resA = resolver(docA)<ResponseObject>(rawA);
    const resB = resolver(docB)<ResponseObject>(rawB);
    for (const [type, media] of Object.entries(resA.content ?? {})) {
      const other = resB.content?.[type];
      if (!other) emit("response-media-type-removed", at, `${type} no longer returned`);
      else schemas(media.schema as JSONSchema, other.schema as JSONSchema, "response-property", at);
    }
    for (const type of Object.keys(resB.content ?? {})) if (!resA.content?.[type]) emit("response-media-type-added", at, `may now return ${type}`);
    diffHeaders(docA, docB, resA, resB, at, emit, schemas);
  }
  for (const status of Object.keys(responsesB)) {
    if (!(status in responsesA)) emit(success(status) ? "response-success-status-added" : "response-non-success-status-added", `response ${status}`, "response added");
  }
}

function diffHeaders(docA: OpenAPIDocument, docB: OpenAPIDocument, resA: ResponseObject, resB: ResponseObject, at: string, emit: Emit, schemas: SchemaDiff): void {
  const headersA = resA.headers ?? {};
  const headersB = resB.headers ?? {};
  // Header names are case-insensitive.
  const lookup = (headers: Record<string, unknown>, name: string) => Object.entries(headers).find(([n]) => n.toLowerCase() === name.toLowerCase())?.[1];
  for (const [name, rawA] of Object.entries(headersA)) {
    const where = `${at} header ${name}`;
    const rawB = lookup(headersB, name);
    if (!rawB) {
      emit("response-header-removed", where, "header removed");
      continue;
    }
    const a = resolver(docA)<HeaderObject>(rawA as HeaderObject);
    const b = resolver(docB)<HeaderObject>(rawB as HeaderObject);
    if (a.required && !b.required) emit("response-header-became-optional", where, "became optional");
    if (!a.required && b.required) emit("response-header-became-required", where, "became required");
    schemas(a.schema, b.schema, "response-header", where);
  }
  for (const name of Object.keys(headersB)) if (!lookup(headersA, name)) emit("response-header-added", `${at} header ${name}`, "header added");
}

/** Webhooks are requests the provider sends: their payloads are compared like responses. */
function diffWebhooks(docA: OpenAPIDocument, docB: OpenAPIDocument, modelA: ProviderModel, modelB: ProviderModel, changes: Change[]): void {
  const hooksA = docA.webhooks ?? {};
  const hooksB = docB.webhooks ?? {};
  const productOf = (model: ProviderModel, name: string) => model.webhooks.find((w) => w.name === name)?.product ?? "api";
  for (const [name, itemA] of Object.entries(hooksA)) {
    const emit = emitterFor(changes, productOf(modelA, name), `webhook ${name}`);
    const itemB = hooksB[name];
    if (!itemB) {
      emit("webhook-removed", "", "webhook removed");
      continue;
    }
    diffWebhookHeaders(docA, docB, itemA.post?.parameters ?? [], itemB.post?.parameters ?? [], emit);
    const bodyA = itemA.post?.requestBody ? resolver(docA)<RequestBodyObject>(itemA.post.requestBody) : undefined;
    const bodyB = itemB.post?.requestBody ? resolver(docB)<RequestBodyObject>(itemB.post.requestBody) : undefined;
    const typesA = Object.keys(bodyA?.content ?? {});
    const typesB = Object.keys(bodyB?.content ?? {});
    if (typesA.join() !== typesB.join()) emit("webhook-media-type-changed", "payload", `${typesA.join(", ") || "(none)"} → ${typesB.join(", ") || "(none)"}`);
    const [mediaA, mediaB] = [bodyA?.content?.[typesA[0] ?? ""], bodyB?.content?.[typesB[0] ?? ""]];
    for (const c of diffSchemas(mediaA?.schema as JSONSchema, mediaB?.schema as JSONSchema, "webhook-property", "payload", schemaResolver(docA), schemaResolver(docB))) {
      emit(c.id, c.at, c.message);
    }
  }
  for (const name of Object.keys(hooksB)) if (!(name in hooksA)) emitterFor(changes, productOf(modelB, name), `webhook ${name}`)("webhook-added", "", "webhook added");
}

/** The headers the provider sends with a webhook; names are case-insensitive. */
function diffWebhookHeaders(docA: OpenAPIDocument, docB: OpenAPIDocument, rawA: ParameterObject[], rawB: ParameterObject[], emit: Emit): void {
  const names = (doc: OpenAPIDocument, list: ParameterObject[]) =>
    list.map((p) => resolver(doc)<ParameterObject>(p)).filter((p) => p.in === "header").map((p) => p.name);
  const [a, b] = [names(docA, rawA), names(docB, rawB)];
  const has = (list: string[], name: string) => list.some((n) => n.toLowerCase() === name.toLowerCase());
  for (const name of a) if (!has(b, name)) emit("webhook-header-removed", `header ${name}`, "header no longer sent");
  for (const name of b) if (!has(a, name)) emit("webhook-header-added", `header ${name}`, "header now sent");
}

function schemaResolver(doc: OpenAPIDocument): Resolve {
  const resolve = resolver(doc);
  return (schema) => resolve<JSONSchema>(schema ?? {});
}

function rawOperation(doc: OpenAPIDocument, op: OperationModel): OperationObject {
  return doc.paths[op.path]![op.method.toLowerCase() as "get"]!;
}

/** Path-level parameters, overridden by the operation's own of the same name and location. */
function rawParameters(doc: OpenAPIDocument, op: OperationModel): ParameterObject[] {
  const resolve = resolver(doc);
  const shared = (doc.paths[op.path]!.parameters ?? []).map((p) => resolve<ParameterObject>(p));
  const own = (rawOperation(doc, op).parameters ?? []).map((p) => resolve<ParameterObject>(p));
  return [...shared.filter((p) => !own.some((q) => q.name === p.name && q.in === p.in)), ...own];
}

export function countByLevel(changes: Change[]): Record<Level, number> {
  const counts: Record<Level, number> = { error: 0, warning: 0, info: 0 };
  for (const c of changes) counts[c.level]++;
  return counts;
}
