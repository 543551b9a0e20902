// Answering a request with one of the mock's own errors: in the provider's error format on API
// routes, as `{"error": ..., "type": ...}` on the control API.
import type { ProblemType } from "../http/problems.js";
import type { MockProblem } from "../providers/index.js";
import { answerJson } from "./answer.js";
import type { Outcome, RequestContext } from "./context.js";

export function fail(
  context: RequestContext,
  type: ProblemType,
  problems: MockProblem[],
  options: { status?: number; headers?: Record<string, string> } = {},
): Outcome {
  const status = options.status ?? type.status;
  const contentType = context.control ? undefined : context.deps.profile.errorContentType;
  const headers = contentType ? { "content-type": contentType, ...options.headers } : options.headers;
  return answerJson(context, status, errorBodyOf(context, type, problems, status), headers);
}

/** The error body alone, for answers written outside `fail` (the 413 sent while draining). */
export function errorBodyOf(context: RequestContext, type: ProblemType, problems: MockProblem[], status = type.status): unknown {
  return context.control
    ? { error: problems.map((p) => p.detail).join(" "), type: type.type }
    : context.deps.profile.errorBody(type.kind, status, problems, context.path || context.target.pathname);
}
