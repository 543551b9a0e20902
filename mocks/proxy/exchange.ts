// One exchange as the validators see it: the client's request and the target's answer, parsed
// (JSON bodies, compressed answers decoded within a bound), routed to the spec's operation.
import { brotliDecompressSync, gunzipSync, inflateSync } from "node:zlib";
import type { IHttpRequest, IHttpResponse } from "@stoplight/prism-http";
import type { IHttpOperation } from "@stoplight/types";
import { queryOf, setOwn, stripBasePath } from "../http/paths.js";
import type { ServedSpec } from "../prism/spec.js";
import type { Upstream } from "./forward.js";
import { UNDECLARED, type OperationRef } from "./report.js";
import { validateRequest, validateResponse, type Finding } from "./validate.js";

export interface ClientRequest {
  method: string;
  /** The path as sent, without the query. */
  pathname: string;
  /** "?a=1" or "". */
  search: string;
  headers: NodeJS.Dict<string | string[]>;
  body: Buffer;
}

export interface Routed {
  ref: OperationRef;
  operation?: IHttpOperation;
  /** The path without the spec's base path, e.g. "/10dlc/brand/abc". */
  path: string;
}

/** The operation a request is for; an unknown method and path is an undeclared operation. */
export function routeRequest(spec: ServedSpec, request: ClientRequest): Routed {
  const path = stripBasePath(request.pathname, spec.basePath);
  const found = spec.router.match(request.method, path);
  if (found.kind !== "found") return { ref: { operation: UNDECLARED, method: request.method, path }, path };
  return { ref: { operation: found.operation.iid ?? found.operation.id, method: request.method, path: found.operation.path }, operation: found.operation, path };
}

export function undeclaredFinding(spec: ServedSpec, routed: Routed, providerName: string): Finding {
  const allowed = spec.router.match(routed.ref.method, routed.path);
  const detail = allowed.kind === "method-not-allowed" ? `; the path accepts ${allowed.allowed.join(", ")}` : "";
  return { pointer: "/request", message: `${routed.ref.method} ${routed.path} is not an operation of the curated ${providerName} spec${detail}` };
}

export function checkRequest(operation: IHttpOperation, routed: Routed, request: ClientRequest): Finding[] {
  const headers = flatHeaders(request.headers);
  const input: IHttpRequest = {
    method: request.method.toLowerCase() as IHttpRequest["method"],
    url: { path: routed.path, query: queryOf(request.search) },
    headers,
  };
  const parsed = parseBody(request.body, headers["content-type"]);
  if ("error" in parsed) return [{ pointer: "/request/body", message: parsed.error }];
  if (parsed.value !== undefined) input.body = parsed.value;
  return validateRequest(operation, input);
}

export function checkResponse(operation: IHttpOperation, upstream: Upstream, maxBytes: number): { findings: Finding[]; body: unknown } {
  const headers = flatHeaders(upstream.headers);
  const decoded = decode(upstream.body, headers["content-encoding"], maxBytes);
  if ("error" in decoded) return { findings: [{ pointer: "/response/body", message: decoded.error }], body: undefined };
  const parsed = parseBody(decoded.bytes, headers["content-type"]);
  if ("error" in parsed) return { findings: [{ pointer: "/response/body", message: parsed.error }], body: undefined };
  const response: IHttpResponse = { statusCode: upstream.status, headers, ...(parsed.value === undefined ? {} : { body: parsed.value }) };
  return { findings: validateResponse(operation, response), body: parsed.value };
}

function flatHeaders(raw: NodeJS.Dict<string | string[]>): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const name in raw) {
    const value = raw[name];
    if (value !== undefined) setOwn(headers, name.toLowerCase(), Array.isArray(value) ? value.join(", ") : value);
  }
  return headers;
}

function parseBody(bytes: Buffer, contentType: string | undefined): { value: unknown } | { error: string } {
  if (bytes.length === 0) return { value: undefined };
  const text = bytes.toString("utf8");
  if (!/[/+]json\s*(;|$)/i.test(contentType ?? "")) return { value: text };
  try {
    return { value: JSON.parse(text) as unknown };
  } catch (error) {
    return { error: `is not valid JSON (${(error as Error).message.split("\n")[0]})` };
  }
}

/** The body as the target meant it: gzip, deflate and br are undone (bounded, a zip bomb is refused). */
function decode(bytes: Buffer, encoding: string | undefined, maxBytes: number): { bytes: Buffer } | { error: string } {
  const name = (encoding ?? "identity").trim().toLowerCase();
  if (bytes.length === 0 || name === "identity" || name === "") return { bytes };
  const options = { maxOutputLength: maxBytes };
  try {
    if (name === "gzip" || name === "x-gzip") return { bytes: gunzipSync(bytes, options) };
    if (name === "deflate") return { bytes: inflateSync(bytes, options) };
    if (name === "br") return { bytes: brotliDecompressSync(bytes, options) };
  } catch (error) {
    return { error: `could not be decoded as ${name} (${(error as Error).message})` };
  }
  return { error: `has a Content-Encoding the proxy cannot read (${name}); not validated` };
}
