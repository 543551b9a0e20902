// How Telnyx writes an error: `{"errors": [{code, title, detail, source}]}` with its numeric codes.
import type { Refusal } from "../../state/resource-def.js";
import type { MockErrorKind, MockProblem } from "../types.js";

// Telnyx error codes used by the real API for these situations.
const codes: Record<MockErrorKind, string> = {
  validation: "10015",
  unauthorized: "10009",
  "not-found": "10005",
  "method-not-allowed": "10005",
  "invalid-json": "10015",
  other: "10015",
};

export function telnyxErrorBody(kind: MockErrorKind, _status: number, problems: MockProblem[]): unknown {
  return {
    errors: problems.map((problem) => ({
      code: problem.code ?? codes[kind],
      title: problem.title,
      detail: problem.detail,
      ...(problem.pointer || problem.parameter
        ? { source: { ...(problem.pointer ? { pointer: problem.pointer } : {}), ...(problem.parameter ? { parameter: problem.parameter } : {}) } }
        : {}),
    })),
  };
}

/** A refusal by one of Telnyx's rules (a porting order confirmed too early...), in Telnyx's body. */
export function telnyxRefusalBody(refusal: Refusal): unknown {
  const kind: MockErrorKind = refusal.status === 404 ? "not-found" : "validation";
  return telnyxErrorBody(kind, refusal.status, [refusal]);
}
