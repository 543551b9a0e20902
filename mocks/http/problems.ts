// The mock's own errors, named once (as Prism names its problems), so every step answers the
// same situation with the same status, title and error kind, in the provider's format.
import type { MockErrorKind, MockProblem } from "../providers/index.js";

export interface ProblemType {
  type: string;
  status: number;
  title: string;
  /** How the provider's error profile writes it. */
  kind: MockErrorKind;
}

const define = (type: string, status: number, title: string, kind: MockErrorKind = "other"): ProblemType => ({ type, status, title, kind });

export const PAYLOAD_TOO_LARGE = define("PAYLOAD_TOO_LARGE", 413, "Payload too large");
export const REQUEST_TIMEOUT = define("REQUEST_TIMEOUT", 408, "Request timeout");
export const BAD_REQUEST = define("BAD_REQUEST", 400, "Bad request");
export const HEADERS_TOO_LARGE = define("HEADERS_TOO_LARGE", 431, "Request headers too large");
export const INVALID_JSON = define("INVALID_JSON", 400, "Invalid JSON", "invalid-json");
/** Status is the operation's declared validation status; 422 is the fallback. */
export const NON_FINITE_NUMBER = define("NON_FINITE_NUMBER", 422, "Invalid field", "validation");
export const NON_FINITE_PARAMETER = define("NON_FINITE_PARAMETER", 422, "Invalid parameter", "validation");
/** A parameter Prism's validator does not check (deepObject members); status as NON_FINITE_PARAMETER. */
export const INVALID_PARAMETER = define("INVALID_PARAMETER", 422, "Invalid parameter", "validation");
export const VALIDATION_FAILED = define("VALIDATION_FAILED", 422, "Invalid request", "validation");
/** A rule of the real API the stateful layer enforces (status from the engine). */
export const STATE_RULE_BROKEN = define("STATE_RULE_BROKEN", 422, "Request breaks a rule of the API", "validation");
export const HOST_NOT_ALLOWED = define("HOST_NOT_ALLOWED", 403, "Host not allowed");
export const PATH_NOT_FOUND = define("PATH_NOT_FOUND", 404, "Resource not found", "not-found");
export const METHOD_NOT_ALLOWED = define("METHOD_NOT_ALLOWED", 405, "Method not allowed", "method-not-allowed");
export const INVALID_MOCK_HEADER = define("INVALID_MOCK_HEADER", 400, "Invalid mock header");
export const AUTHENTICATION_FAILED = define("AUTHENTICATION_FAILED", 401, "Authentication failed", "unauthorized");
export const MOCK_SERVER_ERROR = define("MOCK_SERVER_ERROR", 500, "Mock server error");
export const FAULT_RATE_LIMITED = define("FAULT_RATE_LIMITED", 429, "Too many requests");
export const FAULT_SERVER_ERROR = define("FAULT_SERVER_ERROR", 500, "Internal server error");
export const FAULT_UNAVAILABLE = define("FAULT_UNAVAILABLE", 503, "Service unavailable");

// The control API answers in its own `{"error": ...}` shape; these name its refusals.
export const CONTROL_FORBIDDEN = define("CONTROL_FORBIDDEN", 403, "Control API forbidden for this origin");
export const CONTROL_UNAUTHORIZED = define("CONTROL_UNAUTHORIZED", 401, "Control token required");
export const CONTROL_UNSUPPORTED_MEDIA_TYPE = define("CONTROL_UNSUPPORTED_MEDIA_TYPE", 415, "Control requests must be JSON");
export const CONTROL_INVALID_BODY = define("CONTROL_INVALID_BODY", 400, "Invalid control request");
export const CONTROL_NOT_FOUND = define("CONTROL_NOT_FOUND", 404, "No such control endpoint");

/** One problem of `type`, with the detail that says what exactly was wrong. */
export function problem(type: ProblemType, detail: string, where: { pointer?: string; parameter?: string } = {}): MockProblem {
  return { title: type.title, detail, ...where };
}
