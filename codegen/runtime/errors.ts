// Typed errors shared by every generated client. A non-2xx response becomes one of the
// APIError subclasses below, chosen by status code, with the provider's error body parsed
// into `details` so callers never have to know each provider's error format.

/** One problem reported by the API, normalised across the providers' error formats. */
export interface ErrorDetail {
  /** Provider error code: Telnyx `code` (e.g. "10015"), Vonage error slug (e.g. "brand-parameters"). */
  code?: string;
  title?: string;
  detail?: string;
  /** JSON pointer into the request that caused the problem, e.g. "/displayName". */
  pointer?: string;
  /** Name of the offending query or path parameter, when the provider names one. */
  parameter?: string;
}

/** A request-validation violation as reported by a Prism-based mock in the `sl-violations` header. */
export interface Violation {
  location: string[];
  severity: string;
  code?: string | number;
  message: string;
}

export class APIError extends Error {
  override readonly name: string = "APIError";
  /** HTTP status, or undefined when no response was received. */
  readonly status: number | undefined;
  readonly headers: Headers;
  /** The response body, parsed as JSON when possible. */
  readonly body: unknown;
  /** The provider's error entries, normalised. Empty when the body carried none. */
  readonly details: ErrorDetail[];
  /** Request-validation violations reported by a mock server (empty against the real APIs). */
  readonly violations: Violation[];
  /** The provider's request id, when a response header carries one. */
  readonly requestId: string | undefined;

  constructor(status: number | undefined, headers: Headers, body: unknown, message?: string) {
    const details = parseErrorDetails(body);
    super(message ?? formatMessage(status, body, details));
    this.status = status;
    this.headers = headers;
    this.body = body;
    this.details = details;
    this.violations = parseViolations(headers.get("sl-violations"));
    this.requestId = headers.get("x-request-id") ?? headers.get("x-telnyx-request-id") ?? undefined;
  }
}

export class BadRequestError extends APIError {
  override readonly name = "BadRequestError";
}
export class AuthenticationError extends APIError {
  override readonly name = "AuthenticationError";
}
export class PermissionDeniedError extends APIError {
  override readonly name = "PermissionDeniedError";
}
export class NotFoundError extends APIError {
  override readonly name = "NotFoundError";
}
export class ConflictError extends APIError {
  override readonly name = "ConflictError";
}
export class UnprocessableEntityError extends APIError {
  override readonly name = "UnprocessableEntityError";
}
export class RateLimitError extends APIError {
  override readonly name = "RateLimitError";
}
export class InternalServerError extends APIError {
  override readonly name = "InternalServerError";
}

/**
 * A 2xx response whose body is not what the operation returns: not JSON where JSON is expected,
 * or empty where a body is expected. Carries the status, headers, request id and the raw text.
 */
export class InvalidResponseError extends APIError {
  override readonly name = "InvalidResponseError";
  /** The body as received, cut to its first MAX_ERROR_BODY_BYTES characters. */
  readonly rawText: string;

  constructor(status: number, headers: Headers, rawText: string, problem: string) {
    const kept = rawText.length > MAX_ERROR_BODY_BYTES ? rawText.slice(0, MAX_ERROR_BODY_BYTES) : rawText;
    super(status, headers, kept, oneLine(kept ? `${problem}: ${kept.slice(0, MAX_ERROR_MESSAGE_LENGTH * 2)}` : problem));
    this.rawText = kept;
  }
}

/** The request never produced a response (DNS, refused connection, reset...). */
export class APIConnectionError extends APIError {
  override readonly name: string = "APIConnectionError";
  constructor(message: string, options?: { cause?: unknown }) {
    super(undefined, new Headers(), undefined, message);
    if (options?.cause !== undefined) (this as { cause?: unknown }).cause = options.cause;
  }
}

/** The request timed out before a response arrived. */
export class APIConnectionTimeoutError extends APIConnectionError {
  override readonly name = "APIConnectionTimeoutError";
}

/**
 * At most this many bytes of an error body are read (the rest is cancelled): a 10 MB error body
 * must not become a 10 MB message or hundreds of MB of parsed JSON.
 */
export const MAX_ERROR_BODY_BYTES = 2 * 1024 * 1024;
/** Error messages are one line of at most this many characters, cut with an ellipsis. */
export const MAX_ERROR_MESSAGE_LENGTH = 500;

const byStatus: Record<number, typeof APIError> = {
  400: BadRequestError,
  401: AuthenticationError,
  403: PermissionDeniedError,
  404: NotFoundError,
  409: ConflictError,
  422: UnprocessableEntityError,
  429: RateLimitError,
};

/** Builds the most specific error class for a failed response. */
export function errorFromResponse(status: number, headers: Headers, body: unknown): APIError {
  const ErrorClass = byStatus[status] ?? (status >= 500 ? InternalServerError : APIError);
  return new ErrorClass(status, headers, body);
}

/**
 * Recognises the error shapes our providers use:
 * - Telnyx `{errors: [{code, title, detail, source: {pointer, parameter}}]}`
 * - Telnyx 10DLC's FastAPI variant `{detail: [{loc, msg, type}]}`
 * - Vonage `{type, title, detail}` where `type` is a URI whose fragment is the error slug.
 */
export function parseErrorDetails(body: unknown): ErrorDetail[] {
  if (!isRecord(body)) return [];
  if (Array.isArray(body.errors)) {
    return body.errors.filter(isRecord).map((entry) => {
      const source = isRecord(entry.source) ? entry.source : {};
      return compact({
        code: asString(entry.code),
        title: asString(entry.title),
        detail: asString(entry.detail),
        pointer: asString(source.pointer),
        parameter: asString(source.parameter),
      });
    });
  }
  if (Array.isArray(body.detail)) {
    return body.detail.filter(isRecord).map((entry) => {
      const loc = Array.isArray(entry.loc) ? entry.loc.map(String) : [];
      // FastAPI prefixes the location with where it was found ("body", "query", "path").
      const [where, ...rest] = loc;
      return compact({
        code: asString(entry.type),
        detail: asString(entry.msg),
        pointer: where === "body" ? `/${rest.join("/")}` : undefined,
        parameter: where === "query" || where === "path" ? rest.join(".") : undefined,
      });
    });
  }
  if (typeof body.title === "string" || typeof body.type === "string") {
    const type = asString(body.type);
    const slug = type?.includes("#") ? type.slice(type.indexOf("#") + 1) : type;
    return [compact({ code: slug, title: asString(body.title), detail: asString(body.detail) })];
  }
  return [];
}

function parseViolations(header: string | null): Violation[] {
  if (!header) return [];
  try {
    const parsed: unknown = JSON.parse(header);
    return Array.isArray(parsed) ? (parsed as Violation[]) : [];
  } catch {
    return [];
  }
}

function formatMessage(status: number | undefined, body: unknown, details: ErrorDetail[]): string {
  const head = status === undefined ? "Request failed" : `${status} ${statusText(status)}`;
  let tail = "";
  for (const d of details) {
    const text = d.detail ?? d.title ?? d.code ?? "";
    const where = d.pointer ?? d.parameter;
    const part = where && !text.includes(where) ? `${text} (at ${where})` : text;
    if (part) tail += tail ? `; ${part}` : part;
    // Enough for the message: a 10 MB detail is not copied into it.
    if (tail.length > MAX_ERROR_MESSAGE_LENGTH) break;
  }
  if (!tail && typeof body === "string") tail = body.slice(0, MAX_ERROR_MESSAGE_LENGTH + 1);
  return oneLine(tail ? `${head}: ${tail}` : head);
}

/** One line (logs and test output read better), at most MAX_ERROR_MESSAGE_LENGTH characters. */
function oneLine(text: string): string {
  // Collapse only the part that can be shown: the input may be megabytes long.
  const flat = text.slice(0, MAX_ERROR_MESSAGE_LENGTH * 2).replace(/\s*\n\s*/g, " ");
  return flat.length > MAX_ERROR_MESSAGE_LENGTH || text.length > MAX_ERROR_MESSAGE_LENGTH * 2
    ? `${flat.slice(0, MAX_ERROR_MESSAGE_LENGTH - 1).trimEnd()}…`
    : flat;
}

function statusText(status: number): string {
  const texts: Record<number, string> = {
    400: "Bad Request",
    401: "Unauthorized",
    403: "Forbidden",
    404: "Not Found",
    409: "Conflict",
    422: "Unprocessable Entity",
    429: "Too Many Requests",
    500: "Internal Server Error",
    502: "Bad Gateway",
    503: "Service Unavailable",
  };
  return texts[status] ?? "Error";
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function asString(value: unknown): string | undefined {
  return typeof value === "string" ? value : typeof value === "number" ? String(value) : undefined;
}

function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
