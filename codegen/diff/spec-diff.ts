// Compares one provider's spec at two points in time: operations added and removed, every change
// inside the operations both have (parameters, bodies, responses, security, SDK name), and the
// public API of the generated client (methods and their signatures).
import { describeOperation } from "../emit/client.js";
import type { LoadedSpec } from "../load.js";
import { resolver, type OperationModel, type ProviderModel } from "../model.js";
import type { JSONSchema, OpenAPIDocument, OperationObject, RequestBodyObject, ResponseObject } from "../openapi-types.js";
import { diffSchemas, type Direction } from "./schema-diff.js";

export interface Change {
  /** The operation, e.g. "POST /10dlc/brand", or the client method for client changes. */
  subject: string;
  breaking: boolean;
  message: string;
}

export interface ProviderDiff {
  provider: string;
  added: string[];
  removed: string[];
  /** Changes inside operations present on both sides. */
  changed: Change[];
  /** The generated client's public API: methods added, removed, signatures changed. */
  client: Change[];
}

export interface SpecSide {
  spec: LoadedSpec;
  model: ProviderModel;
}

export function diffProvider(provider: string, base: SpecSide, head: SpecSide): ProviderDiff {
  const key = (op: OperationModel) => `${op.method} ${op.path}`;
  const baseOps = new Map(base.model.operations.map((op) => [key(op), op]));
  const headOps = new Map(head.model.operations.map((op) => [key(op), op]));
  const diff: ProviderDiff = { provider, added: [], removed: [], changed: [], client: [] };

  for (const [id, op] of baseOps) if (!headOps.has(id)) diff.removed.push(`${id} (${op.sdkName})`);
  for (const [id, op] of headOps) if (!baseOps.has(id)) diff.added.push(`${id} (${op.sdkName})`);
  for (const [id, a] of baseOps) {
    const b = headOps.get(id);
    if (b) diff.changed.push(...diffOperation(id, a, b, base.spec.document, head.spec.document));
  }
  diff.client = diffClient(base.model, head.model);
  return diff;
}

export function isBreaking(diff: ProviderDiff): boolean {
  return diff.removed.length > 0 || diff.changed.some((c) => c.breaking) || diff.client.some((c) => c.breaking);
}

function diffOperation(id: string, a: OperationModel, b: OperationModel, docA: OpenAPIDocument, docB: OpenAPIDocument): Change[] {
  const changes: Change[] = [];
  const add = (breaking: boolean, message: string) => changes.push({ subject: id, breaking, message });
  const resolveA = resolver(docA);
  const resolveB = resolver(docB);
  const schemaDiff = (x: JSONSchema | undefined, y: JSONSchema | undefined, direction: Direction, at: string) => {
    for (const c of diffSchemas(x, y, direction, at, (s) => resolveA<JSONSchema>(s ?? {}), (s) => resolveB<JSONSchema>(s ?? {}))) {
      add(c.breaking, `${c.at}: ${c.message}`);
    }
  };

  if (a.sdkName !== b.sdkName) add(true, `SDK name changed from ${a.sdkName} to ${b.sdkName} (the generated method ${a.sdkName} disappears)`);

  // Parameters, by location and name.
  const params = (op: OperationModel) => new Map([...op.pathParams, ...op.queryParams, ...op.headerParams].map((p) => [`${p.in} parameter ${p.name}`, p]));
  const paramsA = params(a);
  const paramsB = params(b);
  for (const [name, p] of paramsA) {
    const q = paramsB.get(name);
    if (!q) {
      add(true, `${name} removed`);
      continue;
    }
    if (!p.required && q.required) add(true, `${name} made required`);
    if (p.required && !q.required) add(false, `${name} made optional`);
    schemaDiff(p.schema, q.schema, "request", name);
  }
  for (const [name, q] of paramsB) {
    if (!paramsA.has(name)) add(q.required, `${name} added (${q.required ? "required" : "optional"})`);
  }

  // Request body.
  const opA = rawOperation(docA, a);
  const opB = rawOperation(docB, b);
  const bodyA = opA.requestBody ? resolveA<RequestBodyObject>(opA.requestBody) : undefined;
  const bodyB = opB.requestBody ? resolveB<RequestBodyObject>(opB.requestBody) : undefined;
  if (!bodyA && bodyB) add(bodyB.required === true, `request body added (${bodyB.required ? "required" : "optional"})`);
  if (bodyA && !bodyB) add(true, "request body removed");
  if (bodyA && bodyB) {
    if (!bodyA.required && bodyB.required) add(true, "request body made required");
    for (const [type, media] of Object.entries(bodyA.content)) {
      const other = bodyB.content[type];
      if (!other) add(true, `request content type ${type} no longer accepted`);
      else schemaDiff(media.schema, other.schema, "request", "body");
    }
    for (const type of Object.keys(bodyB.content)) if (!(type in bodyA.content)) add(false, `request content type ${type} now accepted`);
  }

  // Responses, by status.
  for (const [status, rawA] of Object.entries(opA.responses)) {
    const rawB = opB.responses[status];
    if (!rawB) {
      add(true, `response ${status} removed`);
      continue;
    }
    const resA = resolveA<ResponseObject>(rawA);
    const resB = resolveB<ResponseObject>(rawB);
    for (const [type, media] of Object.entries(resA.content ?? {})) {
      const other = resB.content?.[type];
      if (!other) add(true, `response ${status} no longer returns ${type}`);
      else schemaDiff(media.schema, other.schema, "response", `response ${status}`);
    }
    for (const type of Object.keys(resB.content ?? {})) if (!resA.content?.[type]) add(false, `response ${status} may now return ${type}`);
  }
  for (const status of Object.keys(opB.responses)) if (!(status in opA.responses)) add(false, `response ${status} added`);

  // Security: the operation's own, else the document's.
  const securityA = JSON.stringify(opA.security ?? docA.security ?? []);
  const securityB = JSON.stringify(opB.security ?? docB.security ?? []);
  if (securityA !== securityB) add(true, `security changed from ${securityA} to ${securityB}`);

  if (a.summary !== b.summary || a.description !== b.description) add(false, "description changed");
  return changes;
}

function rawOperation(doc: OpenAPIDocument, op: OperationModel): OperationObject {
  return doc.paths[op.path]![op.method.toLowerCase() as "get"]!;
}

/** The generated client's methods, compared by name and by their emitted signature. */
function diffClient(a: ProviderModel, b: ProviderModel): Change[] {
  const signatures = (model: ProviderModel) =>
    new Map(model.operations.map((op) => [op.sdkName, `(${describeOperation(op).method.signature}): ${describeOperation(op).method.resultType}`]));
  const sigA = signatures(a);
  const sigB = signatures(b);
  const changes: Change[] = [];
  for (const [name, sig] of sigA) {
    const other = sigB.get(name);
    if (other === undefined) changes.push({ subject: name, breaking: true, message: "method removed" });
    else if (other !== sig) changes.push({ subject: name, breaking: true, message: `signature changed from ${sig} to ${other}` });
  }
  for (const [name, sig] of sigB) if (!sigA.has(name)) changes.push({ subject: name, breaking: false, message: `method added ${sig}` });
  return changes;
}
