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
  // "must have required property 'x'" and "must NOT have additional properties; found 'x'" are
  // reported on the parent object; point at the field itself.
  const field = /required property '([^']+)'/.exec(violation.message)?.[1] ?? /; found '([^']+)'$|unevaluated properties: '([^']+)'$/.exec(violation.message)?.slice(1).find(Boolean);
  const segments = field ? [...rest, field] : rest;
  const detail = readableDetail(where, rest, segments, violation.message);
  if (where === "body") {
    const title = /required property/.test(violation.message) ? "Missing required field" : "Invalid field";
    return { title, detail, pointer: `/${segments.join("/")}` };
  }
  return { title: "Invalid parameter", detail, parameter: segments.join(".") || undefined };
}

/** How a field path reads in a sentence: `address.city`, `items[0].name`. */
function fieldName(segments: string[]): string {
  return segments.map((s, i) => (/^\d+$/.test(s) ? `[${s}]` : i === 0 ? s : `.${s}`)).join("");
}

const TYPE_NAMES: Record<string, string> = {
  string: "a string",
  number: "a number",
  integer: "an integer",
  boolean: "a boolean",
  object: "an object",
  array: "an array",
  null: "null",
};

const FORMAT_NAMES: Record<string, string> = {
  email: "email address",
  uri: "URI",
  url: "URL",
  uuid: "UUID",
  "date-time": "date and time (RFC 3339, e.g. 2026-01-31T12:00:00Z)",
  date: "date (YYYY-MM-DD)",
  ipv4: "IPv4 address",
  ipv6: "IPv6 address",
  hostname: "host name",
};

const COMPARISONS: Record<string, string> = { "<=": "at most", ">=": "at least", "<": "less than", ">": "greater than" };

/**
 * Prism passes Ajv's wording on behind its own prefix ("Request body property status must be
 * equal to one of the allowed values: A, B"); a person writes "status must be one of A, B". The
 * sentence is rebuilt from the field and Ajv's message; an unknown message keeps Ajv's words.
 */
function readableDetail(where: string | number | undefined, rest: string[], segments: string[], message: string): string {
  const subject = segments.length > 0 ? fieldName(segments.map(String)) : where === "body" ? "The request body" : "The request";
  const parent = rest.length > 0 ? fieldName(rest.map(String)) : where === "body" ? "the request body" : "the request";
  return readableSentence(subject, parent, withoutPrismPrefix(message, rest.map(String)));
}

/**
 * "<subject> must be one of A, B" from Ajv's wording of one error ("must be equal to one of the
 * allowed values: A, B"); shared by every check that reports Ajv errors (body, parameters,
 * deepObject members), so the mock words a problem the same way wherever it is found.
 */
export function readableSentence(subject: string, parent: string, ajv: string): string {
  const rules: Array<[RegExp, (m: RegExpExecArray) => string]> = [
    [/^must have required property '[^']+'$/, () => `${subject} is required`],
    [/^must NOT have (?:additional|unevaluated) properties/, () => `${subject} is not a field of ${parent}`],
    [/^must be (<=|>=|<|>) (\S+)$/, (m) => `${subject} must be ${COMPARISONS[m[1]!]} ${m[2]}`],
    [/^must be equal to one of the allowed values(?:: (.*))?$/, (m) => (m[1] ? `${subject} must be one of ${m[1]}` : `${subject} has a value that is not allowed`)],
    [/^must be equal to constant$/, () => `${subject} has a value that is not allowed`],
    [/^must be ([a-z]+(?:,[a-z]+)*)$/, (m) => `${subject} must be ${m[1]!.split(",").map((t) => TYPE_NAMES[t] ?? t).join(" or ")}`],
    [/^must NOT have more than (\d+) characters$/, (m) => `${subject} must be at most ${m[1]} characters long`],
    [/^must NOT have fewer than (\d+) characters$/, (m) => `${subject} must be at least ${m[1]} characters long`],
    [/^must NOT have more than (\d+) (items|properties)$/, (m) => `${subject} must have at most ${m[1]} ${m[2]}`],
    [/^must NOT have fewer than (\d+) (items|properties)$/, (m) => `${subject} must have at least ${m[1]} ${m[2]}`],
    [/^must match format "([^"]+)"$/, (m) => `${subject} must be a valid ${FORMAT_NAMES[m[1]!] ?? m[1]}`],
    [/^must match pattern "(.*)"$/, (m) => `${subject} must match the pattern ${m[1]}`],
    [/^must be multiple of (\S+)$/, (m) => `${subject} must be a multiple of ${m[1]}`],
    [/^must NOT have duplicate items/, () => `${subject} must not repeat an item`],
    [/^must match exactly one schema in oneOf/, () => `${subject} must match exactly one of the allowed forms`],
    [/^must match a schema in anyOf/, () => `${subject} must match one of the allowed forms`],
  ];
  for (const [pattern, sentence] of rules) {
    const match = pattern.exec(ajv);
    if (match) return sentence(match);
  }
  return `${subject} ${ajv.replace(/\bNOT\b/g, "not")}`;
}

/**
 * Ajv's own words: Prism prefixes them with "Request", the location, "property"/"parameter" and
 * the dotted path (already in the spec's spelling, see withDeclaredNames).
 */
function withoutPrismPrefix(message: string, rest: string[]): string {
  let text = message.replace(/^(?:Request|Response) (?:(?:body|query|path|header|headers|cookie) )?(?:(?:property|parameter) )?/, "");
  const path = rest.join(".");
  if (path && text.toLowerCase().startsWith(`${path.toLowerCase()} `)) text = text.slice(path.length + 1);
  return text.trim();
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
