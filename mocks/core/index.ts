// The mock's transport-neutral core: named steps run in this order, each answering or handing on.
//   guardControl → (the front reads the body) → control → route → fault → parameters → parse
//   → prism → state → reply
// The node:http front (mocks/pipeline/) runs its own guards first (Host, CORS, preflight) and
// reads the body with its limits between the two halves; the Fetch front (fetch.ts, used by the
// MSW handlers) takes the body from the Request. Both run these same steps, so they cannot drift.
import { redactUrl } from "../../codegen/runtime/redact.js";
import { isControlPath, splitTarget } from "../http/paths.js";
import * as P from "../http/problems.js";
import type { CoreDeps, CoreRequest, Outcome, RequestContext, Step } from "./context.js";
import { fail } from "./fail.js";
import * as steps from "./steps.js";

type NamedSteps<C extends RequestContext = RequestContext> = ReadonlyArray<readonly [name: string, step: Step<C>]>;

/** The steps before the body is read: nothing is read for a request that is refused anyway. */
export const BEFORE_BODY: NamedSteps = [["guardControl", steps.guardControl]];

export const AFTER_BODY: NamedSteps = [
  ["control", steps.control],
  ["route", steps.route],
  ["fault", steps.fault],
  ["parameters", steps.parameters],
  ["parse", steps.parse],
  ["prism", steps.prism],
  ["state", steps.state],
  ["reply", steps.reply],
];

const EMPTY = new Uint8Array(0);

/** A fresh context for one request; its reply starts with the provider's per-response headers. */
export function beginRequest(request: CoreRequest, deps: CoreDeps): RequestContext {
  const target = splitTarget(request.url);
  const context: RequestContext = {
    deps,
    spec: deps.spec(),
    method: request.method.toUpperCase(),
    url: request.url,
    target,
    control: isControlPath(target.pathname),
    path: "",
    headers: request.headers,
    raw: EMPTY,
    body: undefined,
    query: {},
    params: {},
    preferences: {},
    record: { violations: [] },
    reply: { status: 200, headers: {}, body: undefined },
  };
  if (!context.control) {
    // What the provider sends on every response (Telnyx: a fresh x-request-id), errors included.
    const headers = deps.profile.responseHeaders();
    for (const name in headers) context.reply.headers[name.toLowerCase()] = headers[name]!;
  }
  return context;
}

export async function runSteps<C extends RequestContext>(context: C, list: NamedSteps<C>): Promise<Outcome> {
  for (const [, step] of list) {
    const outcome = step(context);
    if ((typeof outcome === "string" ? outcome : await outcome) === "done") return "done";
  }
  return "next";
}

/** Runs the steps; a step that throws is a defect of the mock, answered as one (never the input's fault). */
export async function runSafely<C extends RequestContext>(context: C, list: NamedSteps<C>): Promise<void> {
  try {
    if ((await runSteps(context, list)) === "next") {
      fail(context, P.MOCK_SERVER_ERROR, [P.problem(P.MOCK_SERVER_ERROR, "No step of the mock answered this request.")]);
    }
  } catch (error) {
    // Keep serving; log it without the request's secrets (the query is not part of the line).
    context.deps.log?.(`error answering ${context.method} ${context.target.pathname}: ${(error as Error).message}`);
    context.reply.drop = false;
    fail(context, P.MOCK_SERVER_ERROR, [P.problem(P.MOCK_SERVER_ERROR, `The mock failed on this request: ${(error as Error).message}`)]);
  }
}

/** Logs the request and records it for GET /__mock/requests once its answer is known. */
export function finished(context: RequestContext, started: number, status: number): void {
  const { deps, method, target } = context;
  if (!deps.log && context.control) return;
  const search = redactedSearch(target.search);
  deps.log?.(`${method} ${target.pathname}${search} → ${status} (${(performance.now() - started).toFixed(1)} ms)`);
  if (!context.control) {
    deps.requests.add({ at: new Date().toISOString(), method, path: `${context.path || target.pathname}${search}`, status, ...context.record });
  }
}

/** The query string with credential values replaced (api_key, api_secret, token, signature, …). */
export function redactedSearch(search: string): string {
  return search.length > 1 ? redactUrl(`/${search}`).slice(1) : "";
}
