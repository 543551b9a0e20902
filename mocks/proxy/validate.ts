// Checks one exchange between a client and the real API against the operation the router found,
// with Prism's own validators (the ones the mock runs on requests), so the proxy and the mock
// agree on what "valid" means. Each finding is located by a JSON pointer into the exchange:
// "/request/query/page[size]", "/response/status", "/response/headers/content-type",
// "/response/body/data/0/status".
import { createRequire } from "node:module";
import type { IPrismDiagnostic } from "@stoplight/prism-core";
import type { IHttpRequest, IHttpResponse } from "@stoplight/prism-http";
import type { IHttpOperation } from "@stoplight/types";

interface ValidatorInput<E> {
  resource: IHttpOperation;
  element: E;
}
type Validation = { _tag: "Left"; left: IPrismDiagnostic[] } | { _tag: "Right" };
interface PrismValidators {
  validateInput(input: ValidatorInput<IHttpRequest>): Validation;
  validateOutput(input: ValidatorInput<IHttpResponse>): Validation;
}

// Prism's validators are not re-exported by the package index; they are loaded with require, as
// the adapter loads Prism's mocker (ESM loaders disagree on default imports of CommonJS).
const prism = createRequire(import.meta.url)("@stoplight/prism-http/dist/validator/index.js") as PrismValidators;

export interface Finding {
  /** JSON pointer into the exchange: /request/..., /response/... */
  pointer: string;
  message: string;
}

export function validateRequest(operation: IHttpOperation, request: IHttpRequest): Finding[] {
  const result = prism.validateInput({ resource: operation, element: request });
  return result._tag === "Left" ? result.left.map((d) => toFinding("request", withParameterName(operation, d))) : [];
}

export function validateResponse(operation: IHttpOperation, response: IHttpResponse): Finding[] {
  const result = prism.validateOutput({ resource: operation, element: response });
  if (result._tag === "Right") return [];
  return result.left.map((d) => {
    const finding = toFinding("response", d);
    return finding.pointer === "/response/status" ? { ...finding, message: `${response.statusCode} ${finding.message}` } : finding;
  });
}

/**
 * Prism splits a deepObject member ("page[size]") into ["query", "page", "size"]; the pointer
 * names the parameter as the spec and the client write it.
 */
function withParameterName(operation: IHttpOperation, diagnostic: IPrismDiagnostic): IPrismDiagnostic {
  const [where, first, ...rest] = (diagnostic.path ?? []).map(String);
  if (where !== "query" || first === undefined || rest.length === 0) return diagnostic;
  const bracketed = `${first}${rest.map((segment) => `[${segment}]`).join("")}`;
  const declared = (operation.request?.query ?? []).some((parameter) => parameter.name === bracketed || (parameter.name === first && parameter.style === "deepObject"));
  return declared ? { ...diagnostic, path: [where, bracketed] } : diagnostic;
}

/** Prism's path (["body", "data", "0", "status"]) as a pointer, its message without Prism's prefix. */
function toFinding(side: "request" | "response", diagnostic: IPrismDiagnostic): Finding {
  const message = diagnostic.message;
  if ((diagnostic.path ?? []).length === 0 && /status code/i.test(message)) {
    return { pointer: `/${side}/status`, message: `is not a declared status; the spec declares ${declaredCodes(message)}` };
  }
  const supported = /^Supported content types: (.*)$/.exec(message)?.[1];
  if (supported !== undefined) return { pointer: `/${side}/headers/content-type`, message: `is not a declared content type; the spec declares ${supported.split(",").join(", ")}` };
  const segments = locate(diagnostic);
  return { pointer: `/${[side, ...segments].map(escapePointer).join("/")}`, message: plain(message) };
}

/** Where in the request or answer a finding is: ["body", "data", "0", "status"], ["headers", "content-type"]. */
function locate(diagnostic: IPrismDiagnostic): string[] {
  const message = diagnostic.message;
  const [where, ...rest] = (diagnostic.path ?? []).map(String);
  if (where === undefined) {
    if (/media type|content types/i.test(message) || diagnostic.code === 415) return ["headers", "content-type"];
    return ["body"];
  }
  // Ajv's instance path is already a JSON pointer: its segments are unescaped here, escaped once later.
  const fields = where === "body" ? rest.map((segment) => segment.replaceAll("~1", "/").replaceAll("~0", "~")) : rest;
  // "required property 'x'" and "additional properties; found 'x'" are reported on the parent.
  const field = /required property '([^']+)'/.exec(message)?.[1] ?? /additional properties; found '([^']+)'|unevaluated properties: '([^']+)'/.exec(message)?.slice(1).find(Boolean);
  return [where === "header" ? "headers" : where, ...fields, ...(field ? [field] : [])];
}

function escapePointer(segment: string): string {
  return segment.replaceAll("~", "~0").replaceAll("/", "~1");
}

/** Ajv's words without Prism's "Response body property x " prefix (the pointer says where). */
function plain(message: string): string {
  return message.replace(/^(?:Request|Response) (?:(?:body|query|path|header|headers|cookie) )?(?:(?:property|parameter) )?(?:[^\s]+ (?=must ))?/, "").trim();
}

function declaredCodes(message: string): string {
  return /defined in the document: (.*)$/.exec(message)?.[1]?.split(",").join(", ") ?? "other statuses";
}
