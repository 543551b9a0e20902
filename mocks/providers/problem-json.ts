// The error format of a mock for any other API (a spec given with --spec, or a provider whose
// declaration says `errors: problem+json`): RFC 7807 problem details, served as
// application/problem+json, with every problem found listed under `errors`.
import type { MockErrorKind, MockProblem } from "./types.js";

const TITLES: Record<MockErrorKind, string> = {
  validation: "The request does not match the API's description",
  unauthorized: "Missing or invalid credentials",
  "not-found": "Not found",
  "method-not-allowed": "Method not allowed",
  "invalid-json": "The body is not valid JSON",
  other: "The request failed",
};

export const PROBLEM_JSON = "application/problem+json";

export function problemJsonErrorBody(kind: MockErrorKind, status: number, problems: MockProblem[], path: string): unknown {
  return {
    type: "about:blank",
    title: problems.length === 1 && problems[0]!.title ? problems[0]!.title : TITLES[kind],
    status,
    detail: problems.map((p) => (p.pointer || p.parameter ? `${p.pointer ?? p.parameter}: ${p.detail}` : p.detail)).join("; "),
    instance: path,
    errors: problems.map((p) => ({
      detail: p.detail,
      ...(p.pointer ? { pointer: p.pointer } : {}),
      ...(p.parameter ? { parameter: p.parameter } : {}),
    })),
  };
}
