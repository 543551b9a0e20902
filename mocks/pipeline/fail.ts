// Answering a request with one of the mock's own errors: in the provider's error format on API
// routes, as `{"error": ...}` on the control API.
import { sendJson } from "../http/send.js";
import type { ProblemType } from "../http/problems.js";
import type { MockProblem } from "../providers/index.js";
import type { Outcome, RequestContext } from "./context.js";

export function fail(
  context: RequestContext,
  type: ProblemType,
  problems: MockProblem[],
  options: { status?: number; headers?: Record<string, string> } = {},
): Outcome {
  const status = options.status ?? type.status;
  const body = context.control
    ? { error: problems.map((p) => p.detail).join(" "), type: type.type }
    : context.deps.profile.errorBody(type.kind, status, problems, context.path || context.target.pathname);
  sendJson(context.res, status, body, options.headers);
  return "done";
}

/** The error body alone, for answers written outside `fail` (413 while draining, raw 408). */
export function errorBodyOf(context: RequestContext, type: ProblemType, problems: MockProblem[]): unknown {
  return context.control
    ? { error: problems.map((p) => p.detail).join(" "), type: type.type }
    : context.deps.profile.errorBody(type.kind, type.status, problems, context.path || context.target.pathname);
}
