// The mock's request pipeline: named steps run in this order, each answering or handing on.
//   guardHost → cors → preflight → guardControl → readBody → control → route → fault
//   → parameters → parse → prism → state → reply
// server.ts only wires options into the deps and the pipeline into a node:http server.
import type { IncomingMessage, ServerResponse } from "node:http";
import { redactUrl } from "../../codegen/runtime/redact.js";
import { isControlPath, splitTarget } from "../http/paths.js";
import * as P from "../http/problems.js";
import type { Outcome, PipelineDeps, RequestContext, Step } from "./context.js";
import { fail } from "./fail.js";
import * as steps from "./steps.js";

export const STEPS: ReadonlyArray<readonly [name: string, step: Step]> = [
  ["guardHost", steps.guardHost],
  ["cors", steps.cors],
  ["preflight", steps.preflight],
  ["guardControl", steps.guardControl],
  ["readBody", steps.readRequestBody],
  ["control", steps.control],
  ["route", steps.route],
  ["fault", steps.fault],
  ["parameters", steps.parameters],
  ["parse", steps.parse],
  ["prism", steps.prism],
  ["state", steps.state],
  ["reply", steps.reply],
];

const EMPTY = Buffer.alloc(0);

/** A fresh context for one request; logs and records it when the answer has gone out. */
export function beginRequest(req: IncomingMessage, res: ServerResponse, deps: PipelineDeps): RequestContext {
  const target = splitTarget(req.url ?? "/");
  const context: RequestContext = {
    req,
    res,
    deps,
    spec: deps.spec(),
    method: (req.method ?? "GET").toUpperCase(),
    target,
    control: isControlPath(target.pathname),
    path: "",
    raw: EMPTY,
    body: undefined,
    headers: {},
    query: {},
    params: {},
    preferences: {},
    record: { violations: [] },
  };
  if (!context.control) {
    // What the provider sends on every response (Telnyx: a fresh x-request-id), errors included.
    const headers = deps.profile.responseHeaders();
    for (const name in headers) res.setHeader(name, headers[name]!);
  }
  if (deps.log || !context.control) {
    const started = performance.now();
    res.once("finish", () => finished(context, started));
  }
  return context;
}

function finished(context: RequestContext, started: number): void {
  const { deps, method, target, res } = context;
  const search = redactedSearch(target.search);
  deps.log?.(`${method} ${target.pathname}${search} → ${res.statusCode} (${(performance.now() - started).toFixed(1)} ms)`);
  if (!context.control) {
    deps.requests.add({ at: new Date().toISOString(), method, path: `${context.path || target.pathname}${search}`, status: res.statusCode, ...context.record });
  }
}

/** The query string with credential values replaced (api_key, api_secret, token, signature, …). */
export function redactedSearch(search: string): string {
  return search.length > 1 ? redactUrl(`/${search}`).slice(1) : "";
}

export async function runSteps(context: RequestContext, list: ReadonlyArray<readonly [string, Step]> = STEPS): Promise<Outcome> {
  for (const [, step] of list) {
    const outcome = step(context);
    if ((typeof outcome === "string" ? outcome : await outcome) === "done") return "done";
  }
  return "next";
}

export function createPipeline(deps: PipelineDeps): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
  return async function handle(req, res) {
    const context = beginRequest(req, res, deps);
    try {
      if ((await runSteps(context)) === "next") {
        fail(context, P.MOCK_SERVER_ERROR, [P.problem(P.MOCK_SERVER_ERROR, "No step of the mock answered this request.")]);
      }
    } catch (error) {
      // A defect of the mock, never of the input: say so, keep serving, log it (without the request's secrets).
      deps.log?.(`error answering ${context.method} ${context.target.pathname}: ${(error as Error).message}`);
      if (!res.headersSent) fail(context, P.MOCK_SERVER_ERROR, [P.problem(P.MOCK_SERVER_ERROR, `The mock failed on this request: ${(error as Error).message}`)]);
      else res.destroy();
    }
  };
}
