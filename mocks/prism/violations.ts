// Prism's validation and security findings, rewritten as the provider would say them: parameter
// names as the spec declares them, JSON pointers into the body, and what credentials to send.
import type { IPrismDiagnostic } from "@stoplight/prism-core";
import type { IHttpOperation } from "@stoplight/types";
import type { MockProblem } from "../providers/index.js";

const namesByOperation = new WeakMap<IHttpOperation, Map<string, string>>();

/**
 * Prism matches parameter names case-insensitively and reports them lower-cased ("brandid");
 * this maps them back to the names the spec declares ("brandId").
 */
export function parameterNames(operation: IHttpOperation): Map<string, string> {
  let names = namesByOperation.get(operation);
  if (names) return names;
  names = new Map<string, string>();
  const request = operation.request;
  for (const param of [...(request?.query ?? []), ...(request?.path ?? []), ...(request?.headers ?? [])]) {
    names.set(param.name.toLowerCase(), param.name);
  }
  namesByOperation.set(operation, names);
  return names;
}

/** The violation with parameter names as the spec declares them, in its path and its message. */
export function withDeclaredNames(violation: IPrismDiagnostic, names: Map<string, string>): IPrismDiagnostic {
  const [where, ...rest] = violation.path ?? [];
  if (where !== "query" && where !== "path" && where !== "header") return violation;
  const declared = (word: string) => names.get(word) ?? word;
  return {
    ...violation,
    path: [where, ...rest.map(declared)],
    message: violation.message.replace(/[A-Za-z0-9_\-[\].]+/g, declared),
  };
}

/** Prism locates a violation as ["body", "field", ...] or ["query", "name"]; say it as the provider would. */
export function toProblem(violation: IPrismDiagnostic): MockProblem {
  const [where, ...rest] = violation.path ?? [];
  // "must have required property 'x'" is reported on the parent; point at the missing field.
  const missing = /required property '([^']+)'/.exec(violation.message)?.[1];
  const segments = missing ? [...rest, missing] : rest;
  const detail = `${where ? `${where}${rest.length ? `.${rest.join(".")}` : ""} ` : ""}${violation.message}`.trim();
  if (where === "body") {
    return { title: missing ? "Missing required field" : "Invalid field", detail, pointer: `/${segments.join("/")}` };
  }
  return { title: "Invalid parameter", detail, parameter: segments.join(".") || undefined };
}

/** A violation as Prism lists it in a problem+json error. */
export interface PrismViolation {
  location?: string[];
  code?: string | number;
  message: string;
}

export function fromProblemJson(violation: PrismViolation): IPrismDiagnostic {
  return { path: violation.location ?? [], code: violation.code, message: violation.message, severity: 0 };
}

/** The `sl-violations` header entry, in the shape Prism's own server sends. */
export function toViolationHeader(violation: IPrismDiagnostic) {
  return { location: ["request", ...(violation.path ?? [])], severity: "Error", code: violation.code, message: violation.message };
}

function securitySchemes(operation: IHttpOperation) {
  return (operation.security ?? []).flat();
}

export function challengeFor(operation: IHttpOperation): string {
  const schemes = securitySchemes(operation).map((s) => ("scheme" in s ? String(s.scheme) : s.type));
  return [...new Set(schemes.map((s) => (s.toLowerCase() === "basic" ? 'Basic realm="mock"' : "Bearer")))].join(", ") || "Bearer";
}

export function describeSecurity(operation: IHttpOperation): string {
  const schemes = [...new Set(securitySchemes(operation).map((s) => ("scheme" in s ? String(s.scheme).toLowerCase() : s.type)))];
  const described = schemes.map((s) => (s === "basic" ? "Authorization: Basic base64(key:secret)" : s === "bearer" ? "Authorization: Bearer <token>" : s));
  return described.join(" or ") || "credentials";
}

/** The status the operation documents for invalid input: 422, else 400, else 422. */
export function validationStatusOf(operation: IHttpOperation): number {
  const codes = new Set(operation.responses.map((r) => r.code));
  if (codes.has("422")) return 422;
  if (codes.has("400")) return 400;
  return 422;
}
