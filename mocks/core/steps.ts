// The core's steps, in order (see index.ts). Each reads and fills the request context and either
// answers ("done") or hands on ("next"); each can be tested alone. They see only the
// transport-neutral context: the node mock and the MSW handlers run these same functions.
import type { IHttpRequest } from "@stoplight/prism-http";
import type { IPrismDiagnostic } from "@stoplight/prism-core";
import { handleControl } from "../control.js";
import { findNonFinite, parseJsonBody } from "../http/json.js";
import { hasDotSegments, queryOf, stripBasePath } from "../http/paths.js";
import * as P from "../http/problems.js";
import { cacheKeyOf } from "../prism/cache.js";
import { parsePrefer } from "../prism/config.js";
import { findDeepObjectProblem } from "../prism/deep-objects.js";
import { findNonFiniteParameter } from "../prism/parameters.js";
import {
  challengeFor,
  describeSecurity,
  fromProblemJson,
  parameterNames,
  toProblem,
  toViolationHeader,
  validationStatusOf,
  withDeclaredNames,
  type PrismViolation,
} from "../prism/violations.js";
import { answer, answerJson, serialize, setHeader, setHeaders } from "./answer.js";
import type { Outcome, RequestContext } from "./context.js";
import { fail } from "./fail.js";
import { bodyText, tokenMatches } from "./text.js";
import type { LoosePagination } from "../../codegen/runtime/x-pagination.js";

/** The control API: the token when one is set, and JSON on POSTs (a cross-site form cannot send it). */
export function guardControl(context: RequestContext): Outcome {
  if (!context.control) return "next";
  const { headers } = context;
  const token = context.deps.controlToken;
  if (token !== undefined && !presentsToken(headers.authorization, headers["x-mock-token"], token)) {
    return fail(context, P.CONTROL_UNAUTHORIZED, [
      P.problem(P.CONTROL_UNAUTHORIZED, "This mock's control API needs its token: send Authorization: Bearer <token> or X-Mock-Token: <token>."),
    ]);
  }
  if (context.method !== "GET" && context.method !== "HEAD" && !isJsonMediaType(headers["content-type"])) {
    return fail(context, P.CONTROL_UNSUPPORTED_MEDIA_TYPE, [
      P.problem(P.CONTROL_UNSUPPORTED_MEDIA_TYPE, `Control requests other than GET must have Content-Type: application/json, not ${headers["content-type"] ?? "none"}.`),
    ]);
  }
  return "next";
}

function isJsonMediaType(contentType: string | undefined): boolean {
  return contentType !== undefined && /^application\/json\s*(;|$)/i.test(contentType.trim());
}

function presentsToken(authorization: string | undefined, header: string | undefined, token: string): boolean {
  const bearer = /^Bearer\s+(.+)$/i.exec(authorization ?? "")?.[1]?.trim();
  const given = bearer ?? header?.trim();
  return given !== undefined && tokenMatches(given, token);
}

export function control(context: RequestContext): Outcome | Promise<Outcome> {
  return context.control ? handleControl(context) : "next";
}

/** The one operation for method and path; 404 (also for dot segments) and 405 otherwise. */
export function route(context: RequestContext): Outcome {
  const { spec, method, target } = context;
  context.path = stripBasePath(target.pathname, spec.basePath);
  const notFound = () =>
    fail(context, P.PATH_NOT_FOUND, [P.problem(P.PATH_NOT_FOUND, `No operation of the ${context.deps.profile.name} spec matches ${method} ${target.pathname}.`)]);
  if (hasDotSegments(target.pathname)) return notFound();
  const found = spec.router.match(method, context.path);
  if (found.kind === "not-found") return notFound();
  if (found.kind === "method-not-allowed") {
    const allowed = found.allowed.join(", ");
    return fail(context, P.METHOD_NOT_ALLOWED, [P.problem(P.METHOD_NOT_ALLOWED, `${target.pathname} accepts ${allowed}, not ${method}.`)], { headers: { Allow: allowed } });
  }
  context.operation = found.operation;
  context.params = found.params;
  context.query = queryOf(target.search);
  return "next";
}

const FAULT_PROBLEMS = {
  429: P.problem(P.FAULT_RATE_LIMITED, "Rate limit hit (mock fault); retry after the Retry-After delay."),
  500: P.problem(P.FAULT_SERVER_ERROR, "The server failed (mock fault)."),
  503: P.problem(P.FAULT_UNAVAILABLE, "The service is unavailable (mock fault)."),
};
const FAULT_TYPES = { 429: P.FAULT_RATE_LIMITED, 500: P.FAULT_SERVER_ERROR, 503: P.FAULT_UNAVAILABLE };

/** Faults come after routing (an unknown path is still a 404) and before validation. */
export async function fault(context: RequestContext): Promise<Outcome> {
  const decision = context.deps.faults.decide(context.path, context.headers);
  if ("error" in decision) return fail(context, P.INVALID_MOCK_HEADER, [P.problem(P.INVALID_MOCK_HEADER, decision.error)]);
  if (decision.latency > 0) await new Promise((resolve) => setTimeout(resolve, decision.latency));
  if (decision.fault === undefined) return "next";
  context.record.fault = String(decision.fault);
  if (decision.fault === "reset") {
    context.reply.drop = true;
    return "done";
  }
  return fail(context, FAULT_TYPES[decision.fault], [FAULT_PROBLEMS[decision.fault]], decision.fault === 429 ? { headers: { "Retry-After": "1" } } : {});
}

/**
 * What Prism's parameter validation lets through. Numeric parameters must be finite: Prism's
 * validator coerces "1e309" to Infinity and counts it as an integer, so `?page_size=1e309` would
 * pass. deepObject members with a capital letter (`filter[groupBy]`) are never validated by Prism
 * (prism/deep-objects.ts), so the mock checks every deepObject member against its schema.
 */
export function parameters(context: RequestContext): Outcome {
  const operation = context.operation!;
  const bad = findNonFiniteParameter(operation, { query: context.query, path: context.params, header: context.headers });
  if (bad) {
    context.record.violations = [`${bad.where}.${bad.name} must be a finite number`];
    const problem = P.problem(P.NON_FINITE_PARAMETER, `${bad.name} must be a finite number.`, { parameter: bad.name });
    return fail(context, P.NON_FINITE_PARAMETER, [problem], { status: validationStatusOf(operation) });
  }
  const member = findDeepObjectProblem(operation, context.query);
  if (member) {
    context.record.violations = [`query ${member.message}`];
    const problem = P.problem(P.INVALID_PARAMETER, `${member.message}.`, { parameter: member.parameter });
    return fail(context, P.INVALID_PARAMETER, [problem], { status: validationStatusOf(operation) });
  }
  return "next";
}

/** JSON bodies parsed; invalid JSON is a 400, a number JSON cannot hold (1e309) the provider's validation error. */
export function parse(context: RequestContext): Outcome {
  if (context.raw.length === 0) {
    context.body = undefined;
    return "next";
  }
  const text = bodyText(context);
  if (!/json/i.test(context.headers["content-type"] ?? "")) {
    context.body = text;
    return "next";
  }
  const parsed = parseJsonBody(text);
  if (!parsed.ok) return fail(context, P.INVALID_JSON, [P.problem(P.INVALID_JSON, `The request body is not valid JSON: ${parsed.message}`)]);
  const nonFinite = findNonFinite(parsed.value, text);
  if (nonFinite) {
    const problem = P.problem(P.NON_FINITE_NUMBER, `${nonFinite.name} must be a finite number.`, { pointer: nonFinite.pointer });
    context.record.violations = [`body${nonFinite.pointer.replaceAll("/", ".")} must be a finite number`];
    return fail(context, P.NON_FINITE_NUMBER, [problem], { status: validationStatusOf(context.operation!) });
  }
  context.body = parsed.value;
  return "next";
}

/** Prism validates (request, security) and picks the response; the answer is cached when it can be. */
export async function prism(context: RequestContext): Promise<Outcome> {
  const { method, operation, headers } = context;
  const input: IHttpRequest = {
    method: method.toLowerCase() as IHttpRequest["method"],
    url: { path: context.path, query: context.query },
    headers,
    body: context.body,
  };
  context.input = input;
  context.preferences = parsePrefer(headers.prefer);
  const key = cacheKeyOf({ operationId: operation!.id, method, target: context.url, headers, body: context.raw, text: () => bodyText(context) }, context.preferences.dynamic === true);
  const result = await context.deps.prism.request(input, operation!, context.preferences, key);
  context.result = result;

  // Prism either answers with the spec's (static) error example for invalid input, or, when the
  // spec has none for that status, fails with a problem+json error. Either way the body is
  // rewritten in the provider's format and says what was actually wrong.
  if (result._tag === "Left") {
    const error = result.left as Error & { status?: number; detail?: string; additional?: { validation?: PrismViolation[] } };
    const status = error.status ?? 500;
    const violations = (error.additional?.validation ?? []).map(fromProblemJson);
    if (violations.length > 0 || status === 401) return rejectInput(context, status, violations);
    return fail(context, P.MOCK_SERVER_ERROR, [{ title: error.message, detail: error.detail ?? error.message }], { status });
  }
  const { output, validations } = result.right;
  const violations = validations.input.filter((v) => v.severity === 0);
  if (violations.length > 0 && output.statusCode >= 400) return rejectInput(context, output.statusCode, violations);
  return "next";
}

function rejectInput(context: RequestContext, status: number, reported: IPrismDiagnostic[]): Outcome {
  const operation = context.operation!;
  const names = parameterNames(operation);
  const violations = reported.map((v) => withDeclaredNames(v, names));
  context.record.violations = violations.map((v) => `${(v.path ?? []).join(".")} ${v.message}`.trim());
  setHeader(context.reply, "sl-violations", JSON.stringify(violations.map(toViolationHeader)).slice(0, 8000));
  if (status === 401) {
    const detail = `Missing or malformed credentials: send ${describeSecurity(operation)}.`;
    return fail(context, P.AUTHENTICATION_FAILED, [P.problem(P.AUTHENTICATION_FAILED, detail)], { headers: { "WWW-Authenticate": challengeFor(operation) } });
  }
  return fail(context, P.VALIDATION_FAILED, violations.filter((v) => v.code !== 401).map(toProblem), { status });
}

/** The stateful layer answers for the resources it keeps, after Prism found the request valid. */
export function state(context: RequestContext): Outcome {
  const engine = context.deps.state?.engine;
  const output = context.result?._tag === "Right" ? context.result.right.output : undefined;
  if (!engine || !output || output.statusCode >= 300) return "next";
  const template = context.operation!.path;
  const paths = context.spec.document.paths as Record<string, Record<string, Record<string, unknown>> | undefined>;
  const declared = paths[template]?.[context.method.toLowerCase()];
  const result = engine.handle({
    method: context.method,
    template,
    params: context.params,
    query: context.input?.url.query ?? {},
    body: context.body,
    headers: context.headers,
    raw: context.raw,
    status: output.statusCode,
    output: output.body,
    ...(declared?.["x-pagination"] ? { pagination: declared["x-pagination"] as LoosePagination } : {}),
  });
  if (!result) return "next";
  if ("error" in result) {
    const { status, title, detail, pointer } = result.error;
    const type = status === 404 ? P.PATH_NOT_FOUND : P.STATE_RULE_BROKEN;
    return fail(context, type, [{ title, detail, ...(pointer ? { pointer } : {}) }], { status });
  }
  setHeaders(context.reply, result.headers);
  if (result.body === undefined || result.status === 204) return answer(context, result.status, undefined);
  if (result.body instanceof Uint8Array) return answer(context, result.status, result.body);
  return answerJson(context, result.status, result.body);
}

/** Prism's answer as it is. */
export function reply(context: RequestContext): Outcome {
  const { result } = context;
  if (result?._tag !== "Right") return "next";
  const { output } = result.right;
  const headers = output.headers ?? {};
  for (const name in headers) setHeader(context.reply, name, String(headers[name]));
  return answer(context, output.statusCode, serialize(output.body, context.reply.headers["content-type"]));
}
