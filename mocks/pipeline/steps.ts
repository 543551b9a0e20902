// The request pipeline's steps, in order (see index.ts). Each reads and fills the request
// context and either answers ("done") or hands on ("next"); each can be tested alone.
import { timingSafeEqual } from "node:crypto";
import type { IHttpRequest } from "@stoplight/prism-http";
import type { IPrismDiagnostic } from "@stoplight/prism-core";
import { handleControl } from "../control.js";
import { answerThenDrain, readBody } from "../http/body.js";
import { answerPreflight, isPreflight, setApiCors, setControlCors } from "../http/cors.js";
import { isHostAllowed } from "../http/host.js";
import { findNonFinite, parseJsonBody } from "../http/json.js";
import { hasDotSegments, queryOf, setOwn, stripBasePath } from "../http/paths.js";
import * as P from "../http/problems.js";
import { serialize } from "../http/send.js";
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
import type { Outcome, RequestContext } from "./context.js";
import { errorBodyOf, fail } from "./fail.js";

/** A Host that is not loopback (DNS rebinding) is refused unless the mock is exposed or the host allowed. */
export function guardHost(context: RequestContext): Outcome {
  const host = context.req.headers.host;
  if (isHostAllowed(host, context.deps.hosts)) return "next";
  return fail(context, P.HOST_NOT_ALLOWED, [
    P.problem(
      P.HOST_NOT_ALLOWED,
      `The Host "${String(host).slice(0, 100)}" is not a loopback name; the mock answers localhost, 127.0.0.1 and [::1] only. Start it with --allow-host ${hostName(host)} or --host 0.0.0.0 to serve this name.`,
    ),
  ]);
}

function hostName(host: string | undefined): string {
  return (host ?? "").slice(0, 100).replace(/:\d+$/, "") || "<name>";
}

/** CORS: open on API routes; on the control API only for allowed origins, others are refused. */
export function cors(context: RequestContext): Outcome {
  const { req, res } = context;
  if (!context.control) {
    setApiCors(req, res);
    return "next";
  }
  const origin = req.headers.origin;
  if (origin !== undefined && !context.deps.controlOrigins.allows(origin)) {
    return fail(context, P.CONTROL_FORBIDDEN, [
      P.problem(P.CONTROL_FORBIDDEN, `The control API is not open to pages from ${origin}; only loopback origins and those given with --cors-origin may use it.`),
    ]);
  }
  setControlCors(req, res);
  return "next";
}

export function preflight(context: RequestContext): Outcome {
  if (!isPreflight(context.req)) return "next";
  answerPreflight(context.res);
  return "done";
}

/** The control API: the token when one is set, and JSON on POSTs (a cross-site form cannot send it). */
export function guardControl(context: RequestContext): Outcome {
  if (!context.control) return "next";
  const { req } = context;
  const token = context.deps.controlToken;
  if (token !== undefined && !presentsToken(req.headers.authorization, req.headers["x-mock-token"], token)) {
    return fail(context, P.CONTROL_UNAUTHORIZED, [
      P.problem(P.CONTROL_UNAUTHORIZED, "This mock's control API needs its token: send Authorization: Bearer <token> or X-Mock-Token: <token>."),
    ]);
  }
  if (context.method !== "GET" && context.method !== "HEAD" && !isJsonMediaType(req.headers["content-type"])) {
    return fail(context, P.CONTROL_UNSUPPORTED_MEDIA_TYPE, [
      P.problem(P.CONTROL_UNSUPPORTED_MEDIA_TYPE, `Control requests other than GET must have Content-Type: application/json, not ${req.headers["content-type"] ?? "none"}.`),
    ]);
  }
  return "next";
}

function isJsonMediaType(contentType: string | undefined): boolean {
  return contentType !== undefined && /^application\/json\s*(;|$)/i.test(contentType.trim());
}

function presentsToken(authorization: string | undefined, header: string | string[] | undefined, token: string): boolean {
  const bearer = /^Bearer\s+(.+)$/i.exec(authorization ?? "")?.[1]?.trim();
  const given = bearer ?? (typeof header === "string" ? header.trim() : undefined);
  if (given === undefined) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The body, within the size and time limits; 413 and 408 otherwise. */
export async function readRequestBody(context: RequestContext): Promise<Outcome> {
  const { req, res, deps } = context;
  const { maxBodyBytes, requestTimeoutMs, drainMaxBytes } = deps.limits;
  const result = await readBody(req, { maxBytes: maxBodyBytes, timeoutMs: requestTimeoutMs });
  if (result.kind === "ok") {
    context.raw = result.body;
    return "next";
  }
  if (result.kind === "too-large") {
    const problems = [P.problem(P.PAYLOAD_TOO_LARGE, `The request body exceeds ${maxBodyBytes} bytes.`)];
    answerThenDrain(req, res, P.PAYLOAD_TOO_LARGE.status, errorBodyOf(context, P.PAYLOAD_TOO_LARGE, problems), { maxBytes: drainMaxBytes, timeoutMs: requestTimeoutMs });
    return "done";
  }
  if (result.kind === "timeout") {
    res.setHeader("Connection", "close");
    fail(context, P.REQUEST_TIMEOUT, [P.problem(P.REQUEST_TIMEOUT, `The request body did not arrive within ${requestTimeoutMs} ms.`)]);
    // The client stopped sending; nothing more will come on this connection.
    res.once("finish", () => req.socket.destroySoon());
    return "done";
  }
  return "done"; // the client went away
}

export function control(context: RequestContext): Outcome {
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
  context.headers = headersOf(context.req.headers);
  context.query = queryOf(target.search);
  return "next";
}

function headersOf(raw: NodeJS.Dict<string | string[]>): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const name in raw) {
    const value = raw[name];
    if (value !== undefined) setOwn(headers, name, Array.isArray(value) ? value.join(", ") : value);
  }
  return headers;
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
    context.req.socket.destroy();
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
  const { raw } = context;
  if (raw.length === 0) {
    context.body = undefined;
    return "next";
  }
  const text = raw.toString("utf8");
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
  const { method, operation, headers, raw } = context;
  const input: IHttpRequest = {
    method: method.toLowerCase() as IHttpRequest["method"],
    url: { path: context.path, query: context.query },
    headers,
    body: context.body,
  };
  context.input = input;
  context.preferences = parsePrefer(headers.prefer);
  const key = cacheKeyOf({ operationId: operation!.id, method, target: context.req.url ?? "/", headers, body: raw }, context.preferences.dynamic === true);
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
  context.res.setHeader("sl-violations", JSON.stringify(violations.map(toViolationHeader)).slice(0, 8000));
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
  const reply = engine.handle({
    method: context.method,
    template,
    params: context.params,
    query: context.input?.url.query ?? {},
    body: context.body,
    headers: context.headers,
    raw: context.raw,
    status: output.statusCode,
    output: output.body,
    ...(declared?.["x-pagination"] ? { pagination: declared["x-pagination"] as Record<string, string> } : {}),
  });
  if (!reply) return "next";
  if ("error" in reply) {
    const { status, title, detail, pointer } = reply.error;
    const type = status === 404 ? P.PATH_NOT_FOUND : P.STATE_RULE_BROKEN;
    return fail(context, type, [{ title, detail, ...(pointer ? { pointer } : {}) }], { status });
  }
  const { res } = context;
  res.statusCode = reply.status;
  for (const [name, value] of Object.entries(reply.headers ?? {})) res.setHeader(name, value);
  if (reply.body === undefined || reply.status === 204) {
    res.end();
    return "done";
  }
  if (reply.body instanceof Uint8Array) {
    res.end(reply.body);
    return "done";
  }
  res.setHeader("content-type", "application/json");
  res.end(JSON.stringify(reply.body));
  return "done";
}

/** Prism's answer as it is. */
export function reply(context: RequestContext): Outcome {
  const { res, result } = context;
  if (result?._tag !== "Right") return "next";
  const { output } = result.right;
  const headers = output.headers ?? {};
  for (const name in headers) res.setHeader(name, headers[name] as string);
  res.statusCode = output.statusCode;
  res.end(serialize(output.body, res.getHeader("content-type")));
  return "done";
}
