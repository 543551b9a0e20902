// A fuzz request in structured form (what each parameter and the body are), how the valid ones
// are generated from an operation's schemas, and how any of them becomes bytes on the wire.
import fc from "fast-check";
import type { FuzzOperation, FuzzParameter, FuzzSpec } from "./operations.js";
import type { Json } from "./refs.js";
import { valueArbitrary } from "./values.js";

export interface FuzzRequest {
  operation: string;
  method: string;
  template: string;
  path: Record<string, unknown>;
  query: Record<string, unknown>;
  /** Header parameters and credentials, as sent. */
  headers: Record<string, string>;
  body?: FuzzBodyValue;
}

export type FuzzBodyValue =
  /** A JSON (or multipart) body from a structured value. */
  | { mediaType: string; value: unknown }
  /** Raw text, for what JSON.stringify cannot write (1e309) or malformed JSON. */
  | { mediaType: string; raw: string; parsed?: unknown };

export interface WireRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: Buffer;
}

export interface GenerateContext {
  spec: FuzzSpec;
  /** Stateful mocks know the spec's example objects: their ids make item paths resolve. */
  preferExampleIds: boolean;
}

/** Credentials the mock accepts for the operation, for one of its security alternatives. */
export function credentialsArbitrary(operation: FuzzOperation): fc.Arbitrary<Record<string, string>> {
  const alternatives = operation.security.filter((alternative) => alternative.every((scheme) => scheme === "basic" || scheme === "bearer"));
  if (operation.security.length === 0 || alternatives.some((alternative) => alternative.length === 0)) return fc.constant({});
  return fc.constantFrom(...alternatives).map((alternative) =>
    alternative[0] === "basic" ? { authorization: `Basic ${Buffer.from("fuzz-key:fuzz-secret").toString("base64")}` } : { authorization: "Bearer x" },
  );
}

export function validRequestArbitrary(context: GenerateContext, operation: FuzzOperation): fc.Arbitrary<FuzzRequest> {
  const parts: Record<string, fc.Arbitrary<unknown>> = {
    path: parametersArbitrary(context, operation.parameters.filter((p) => p.in === "path"), true),
    query: parametersArbitrary(context, operation.parameters.filter((p) => p.in === "query"), false),
    headers: fc
      .tuple(parametersArbitrary(context, operation.parameters.filter((p) => p.in === "header"), false), credentialsArbitrary(operation))
      .map(([params, credentials]) => ({ ...Object.fromEntries(Object.entries(params).map(([k, v]) => [k.toLowerCase(), String(v)])), ...credentials })),
  };
  const body = bodyArbitrary(context, operation);
  if (body) parts.body = body;
  return fc.record(parts).map((values) => ({ operation: operation.key, method: operation.method, template: operation.template, ...(values as Omit<FuzzRequest, "operation" | "method" | "template">) }));
}

/** The first body media type the fuzzer can write: JSON, else multipart. */
export function chosenBody(operation: FuzzOperation) {
  return operation.bodies.find((b) => /json/i.test(b.mediaType)) ?? operation.bodies.find((b) => b.mediaType === "multipart/form-data");
}

function bodyArbitrary(context: GenerateContext, operation: FuzzOperation): fc.Arbitrary<FuzzBodyValue> | undefined {
  const body = chosenBody(operation);
  if (!body) return undefined;
  const generated = valueArbitrary(context.spec.resolver, body.schema, { hostileText: body.mediaType !== "multipart/form-data", maxDepth: 6 });
  // Half from the generator, half from the spec's own examples (which the mock must accept too).
  const value = body.examples.length > 0 ? fc.oneof(generated, fc.constantFrom(...body.examples).map((e) => structuredClone(e))) : generated;
  return value.map((v) => ({ mediaType: body.mediaType, value: v }));
}

function parametersArbitrary(context: GenerateContext, parameters: FuzzParameter[], inPath: boolean): fc.Arbitrary<Record<string, unknown>> {
  const model: Record<string, fc.Arbitrary<unknown>> = {};
  for (const parameter of parameters) {
    if (parameter.in === "cookie") continue;
    model[parameter.name] = parameterValueArbitrary(context, parameter, inPath);
  }
  const required = parameters.filter((p) => p.required).map((p) => p.name);
  return fc.record(model, { requiredKeys: required }) as fc.Arbitrary<Record<string, unknown>>;
}

function parameterValueArbitrary(context: GenerateContext, parameter: FuzzParameter, inPath: boolean): fc.Arbitrary<unknown> {
  if (inPath && context.preferExampleIds && parameter.example !== undefined) return fc.constant(parameter.example);
  const generated = valueArbitrary(context.spec.resolver, parameter.schema, {
    hostileText: parameter.in !== "header",
    maxDepth: 2,
    maxTextLength: 64,
    // An encoded "/" or "\\" inside one segment is refused by the mock by design (path tricks:
    // some stacks decode it into a separator), so path values leave them out.
    ...(inPath ? { excludeChars: /[\\/]/g } : {}),
  })
    .map((value) => (parameter.style === "deepObject" ? scalarProperties(value) : wellFormed(value)))
    // A path segment cannot be empty, "." or ".." (URLs normalise those away).
    .filter((value) => !inPath || !["", ".", ".."].includes(String(value)));
  if (parameter.example === undefined) return generated;
  const example = parameter.style === "deepObject" ? scalarProperties(parameter.example) : parameter.example;
  return fc.oneof(generated, fc.constant(example));
}

/** deepObject is defined for one level of scalar properties; deeper ones have no agreed form. */
function scalarProperties(value: unknown): unknown {
  if (!value || typeof value !== "object" || Array.isArray(value)) return value;
  return Object.fromEntries(Object.entries(value as Json).filter(([, v]) => v === null || typeof v !== "object").map(([k, v]) => [k, wellFormed(v)]));
}

/** URLs carry UTF-8: a lone surrogate cannot be percent-encoded, so it becomes U+FFFD. */
function wellFormed(value: unknown): unknown {
  if (typeof value === "string") return value.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD");
  if (Array.isArray(value)) return value.map(wellFormed);
  return value;
}

// ---- on the wire ----

export function toWire(request: FuzzRequest, operation: FuzzOperation): WireRequest {
  const path = operation.template.replace(/\{([^}]+)\}/g, (_, name: string) => encodeURIComponent(String(request.path[name] ?? "")));
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(request.query)) {
    const parameter = operation.parameters.find((p) => p.in === "query" && p.name === name);
    appendQuery(search, name, value, parameter);
  }
  const query = search.toString();
  const headers: Record<string, string> = { accept: acceptFor(operation), ...request.headers };
  let body: Buffer | undefined;
  if (request.body) {
    const encoded = encodeBody(request.body);
    body = encoded.bytes;
    headers["content-type"] = encoded.contentType;
  }
  return { method: request.method, path: `${path}${query ? `?${query}` : ""}`, headers, ...(body ? { body } : {}) };
}

/** The media types of the operation's success answers (a PDF download is not JSON). */
function acceptFor(operation: FuzzOperation): string {
  const types = new Set<string>();
  for (const [status, response] of operation.responses) {
    if (!status.startsWith("2")) continue;
    for (const type of Object.keys((response.node.content ?? {}) as Json)) types.add(type);
  }
  return types.size === 0 ? "application/json" : [...types].join(", ");
}

function appendQuery(search: URLSearchParams, name: string, value: unknown, parameter: FuzzParameter | undefined): void {
  if (value === undefined) return;
  if (parameter?.style === "deepObject" && value && typeof value === "object" && !Array.isArray(value)) {
    for (const [key, inner] of Object.entries(value as Json)) appendQuery(search, `${name}[${key}]`, inner, undefined);
    return;
  }
  if (Array.isArray(value)) {
    // form style: exploded (the default) repeats the name, otherwise one comma-separated value.
    if (parameter?.explode === false) search.append(name, value.map(String).join(","));
    else for (const item of value) search.append(name, scalarText(item));
    return;
  }
  search.append(name, scalarText(value));
}

function scalarText(value: unknown): string {
  return value !== null && typeof value === "object" ? JSON.stringify(value) : String(value);
}

const BOUNDARY = "----fuzz-boundary-7d3c";

function encodeBody(body: FuzzBodyValue): { bytes: Buffer; contentType: string } {
  if ("raw" in body) return { bytes: Buffer.from(body.raw, "utf8"), contentType: body.mediaType };
  if (body.mediaType === "multipart/form-data") return { bytes: multipart(body.value), contentType: `multipart/form-data; boundary=${BOUNDARY}` };
  return { bytes: Buffer.from(JSON.stringify(body.value), "utf8"), contentType: body.mediaType };
}

/** Object fields as form parts; strings under "file"-like binary fields are sent as files. */
function multipart(value: unknown): Buffer {
  const chunks: string[] = [];
  for (const [name, field] of Object.entries((value ?? {}) as Json)) {
    for (const item of Array.isArray(field) ? field : [field]) {
      const text = typeof item === "string" ? item : JSON.stringify(item);
      const file = name === "file" ? `; filename="${name}.txt"\r\nContent-Type: text/plain` : "";
      chunks.push(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="${name}"${file}\r\n\r\n${text}\r\n`);
    }
  }
  chunks.push(`--${BOUNDARY}--\r\n`);
  return Buffer.from(chunks.join(""), "utf8");
}
