// Copied from codegen/runtime by `npm run generate`. Do not edit this copy.
// The one place where a generated call turns into HTTP. Generated code passes the client's
// config, a static description of the operation and the caller's arguments; this file builds the
// URL, adds authentication, per-attempt timeouts, retries with backoff and error mapping, calls
// fetch once per attempt and parses the answer.
//
// It calls fetch itself instead of going through openapi-fetch: a one-call browser app then
// bundles only what one call needs (about a third of openapi-fetch's size is its middleware,
// serialisers and body parsers, none of which a generated call uses), and each call skips
// openapi-fetch's per-request header merging and option copying (`npm run bench:client`).
// openapi-fetch stays as the typed escape hatch (`client.raw`, built by raw.ts).
//
// Everything only some operations need is passed in by the generated code, so a bundler keeps it
// only when an operation that needs it is imported: multipart bodies and file downloads
// (binary.ts, through OperationSpec.request/response), pagination (pagination.ts calls `send`),
// the debug log (logging.ts wraps `fetch`) and Vonage JWTs (jwt.ts, jose loaded lazily).
import { APIPromise, type WithResponse } from "./api-promise.js";
import {
  APIConnectionError,
  APIConnectionTimeoutError,
  errorFromResponse,
  InvalidResponseError,
  MAX_ERROR_BODY_BYTES,
} from "./errors.js";
import { serializeQuery } from "./query.js";
import { isIdempotentMethod, retryDelay, shouldRetryResponse, sleep, wasNeverSent } from "./retry.js";

export type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE" | "HEAD" | "OPTIONS";

/** Header carrying the attempt number of every request: 0 for the first, 1 for the first retry... */
export const RETRY_COUNT_HEADER = "X-Retry-Count";
const RETRY_COUNT_KEY = RETRY_COUNT_HEADER.toLowerCase();

/** A body sent as something other than JSON, and whether it may be sent a second time. */
export interface EncodedBody {
  body: BodyInit;
  /** True when the body was built from a one-shot stream: the request then gets a single attempt. */
  once: boolean;
}

/**
 * Encodes a request body that is not sent as JSON (multipart uploads, see binary.ts); undefined
 * to send this particular body as JSON after all (an operation accepting both, given no file).
 */
export type BodyEncoder = (body: unknown) => Promise<EncodedBody | undefined>;

/** Reads a success response that is neither JSON, text nor empty (downloads, see binary.ts). */
export type ResponseReader = (response: Response) => Promise<unknown>;

/** What the generator knows about one operation; emitted as a constant next to each function. */
export interface OperationSpec {
  readonly method: HttpMethod;
  /** OpenAPI path template relative to the base URL, e.g. "/10dlc/brand/{brandId}". */
  readonly path: string;
  /** How the success body is read: JSON, nothing (204), text, or by a reader (e.g. bytes as a File). */
  readonly response: "json" | "none" | "text" | ResponseReader;
  /** How the body is sent: JSON when absent, else by this encoder (e.g. multipart/form-data). */
  readonly request?: BodyEncoder;
  /** The spec's `x-pagination`, for list operations. */
  readonly pagination?: object;
  /**
   * The idempotency-key header the operation declares (e.g. "Idempotency-Key"). Each call then
   * sends one fresh key, the same on every attempt, so its retries cannot do the work twice.
   */
  readonly idempotencyHeader?: string;
}

/** The caller's arguments, already split by where they travel. */
export interface OperationInput {
  path?: Record<string, string | number>;
  query?: object;
  body?: unknown;
}

/** Options every call accepts as its last argument; they override the client's for that call. */
export interface RequestOptions {
  /** Extra headers for this call only. */
  headers?: Record<string, string>;
  /** Cancels the call at once (no retry); the promise rejects with the signal's abort error. */
  signal?: AbortSignal;
  /** Query parameters for operations that take a body and a query string. */
  query?: object;
  /**
   * How many times a failed attempt may be retried (default: the client's, 2). GET, PUT, DELETE
   * are retried after a connection error, timeout, 408, 409, 429 or 5xx; POST and PATCH only when
   * the request was not processed (see `retryNonIdempotent`).
   */
  maxRetries?: number;
  /** Milliseconds each attempt may take (default: the client's, 60000). */
  timeout?: number;
  /**
   * Retry this POST or PATCH like a GET, accepting that the server may act on it twice (default:
   * the client's, false). Leave it off for anything that creates or changes something billable.
   */
  retryNonIdempotent?: boolean;
}

/** Everything a call needs from its client: where to send it, with which credentials and policy. */
export interface ClientConfig {
  /** Base URL of the API; trailing slashes are ignored. */
  readonly baseUrl: string;
  /** Headers sent with every request. */
  readonly headers?: Record<string, string>;
  /** The Authorization header, computed per attempt (so a minted token is always fresh). */
  readonly authorization?: () => string | undefined | Promise<string | undefined>;
  /** Custom fetch, e.g. for tests, proxies or the debug log (logging.ts). */
  readonly fetch?: (input: Request) => Promise<Response>;
  readonly maxRetries?: number;
  readonly timeout?: number;
  /** Default of RequestOptions.retryNonIdempotent. */
  readonly retryNonIdempotent?: boolean;
  /** Checks each success body against the spec (validation.ts); it throws to reject the call. */
  readonly validateResponse?: ValidateResponse;
}

/** A check of a success body, given the operation, the parsed body and the Response. */
export type ValidateResponse = (
  operation: OperationSpec,
  data: unknown,
  response: Response,
) => void | Promise<void>;

export const DEFAULT_MAX_RETRIES = 2;
export const DEFAULT_TIMEOUT_MS = 60_000;

/** One call: the parsed body, with `.withResponse()` for the raw Response. */
export function request<T>(
  config: ClientConfig,
  operation: OperationSpec,
  input: OperationInput,
  options: RequestOptions = {},
): APIPromise<T> {
  return new APIPromise(send<T>(config, operation, input, options));
}

/** One call with its retries: the parsed body and the Response it came from. */
export async function send<T>(
  config: ClientConfig,
  operation: OperationSpec,
  input: OperationInput,
  options: RequestOptions = {},
): Promise<WithResponse<T>> {
  const url = urlOf(config, operation, input, options);
  const maxRetries = options.maxRetries ?? config.maxRetries ?? DEFAULT_MAX_RETRIES;
  const idempotencyKey = idempotencyKeyOf(operation, options);
  // Sending it again cannot do the work twice (or the caller accepts that it might).
  const replayable = isIdempotentMethod(operation.method) ||
    idempotencyKey !== undefined ||
    (options.retryNonIdempotent ?? config.retryNonIdempotent ?? false);
  // Only encoders (multipart) are asynchronous: a JSON call does not wait a turn for its body.
  const body = operation.request && input.body !== undefined
    ? await encodeWith(operation.request, input.body)
    : jsonBody(input.body);

  for (let attempt = 0;; attempt++) {
    // A one-shot stream cannot be sent twice: such a request gets a single attempt.
    const canRetry = !body.once && attempt < maxRetries;
    let outcome: Outcome<T>;
    try {
      outcome = await attemptOnce<T>(config, operation, url, body, options, attempt, idempotencyKey);
    } catch (failure) {
      if (canRetry && failure instanceof APIConnectionError && (replayable || wasNeverSent(failure.cause))) {
        await sleep(retryDelay(attempt + 1, undefined), options.signal);
        continue;
      }
      throw failure;
    }
    const { response } = outcome;
    if ("failed" in outcome) {
      if (canRetry && shouldRetryResponse(response.status, response.headers, replayable)) {
        await sleep(retryDelay(attempt + 1, response.headers), options.signal);
        continue;
      }
      throw errorFromResponse(response.status, response.headers, outcome.failed);
    }
    // After the retries: a body that does not match the spec is not a reason to ask again.
    if (config.validateResponse) await config.validateResponse(operation, outcome.data, response);
    return outcome;
  }
}

/** A body ready to send on every attempt, with its content type when the runtime sets one. */
interface PreparedBody {
  body: BodyInit | undefined;
  contentType: string | undefined;
  once: boolean;
}

const NO_BODY: PreparedBody = { body: undefined, contentType: undefined, once: false };

function jsonBody(body: unknown): PreparedBody {
  return body === undefined
    ? NO_BODY
    : { body: JSON.stringify(body), contentType: "application/json", once: false };
}

async function encodeWith(encoder: BodyEncoder, body: unknown): Promise<PreparedBody> {
  const encoded = await encoder(body);
  // fetch sets the multipart content type itself, with the boundary it chose.
  return encoded ? { body: encoded.body, contentType: undefined, once: encoded.once } : jsonBody(body);
}

/** A success (the parsed body), or a failed response with its error body (parsed when JSON). */
type Outcome<T> = WithResponse<T> | { response: Response; failed: unknown };

/** One attempt, bounded by the timeout and the caller's signal: fetch, then read the body. */
async function attemptOnce<T>(
  config: ClientConfig,
  operation: OperationSpec,
  url: string,
  body: PreparedBody,
  options: RequestOptions,
  attempt: number,
  idempotencyKey: string | undefined,
): Promise<Outcome<T>> {
  const timeout = options.timeout ?? config.timeout ?? DEFAULT_TIMEOUT_MS;
  const timer = new AbortController();
  const handle = setTimeout(abortTimer, timeout, timer);
  const signal = options.signal ? AbortSignal.any([options.signal, timer.signal]) : timer.signal;
  try {
    const headers = headersOf(config, operation, body, options, attempt, idempotencyKey);
    // Most clients hold a fixed header: no await (a turn of the event loop) unless it is a promise.
    const pending = config.authorization?.();
    const authorization = typeof pending === "object" ? await pending : pending;
    // Ours replaces the client's headers' Authorization; the call's own (options.headers) replaces ours.
    if (authorization && headerIn(options.headers, "authorization") === undefined)
      headers.authorization = authorization;
    const response = await callFetch(config, operation, url, {
      method: operation.method,
      headers,
      body: body.body,
      signal,
    });
    if (!response.ok)
      return { response, failed: parseErrorBody(await readBounded(response, MAX_ERROR_BODY_BYTES)) };
    return { data: (await readSuccess(operation, response)) as T, response };
  } catch (error) {
    if (timer.signal.aborted && !options.signal?.aborted) {
      throw new APIConnectionTimeoutError(
        `Request timed out after ${timeout} ms: ${operation.method} ${operation.path}`,
        { cause: error },
      );
    }
    // The caller's abort (or anything else) goes through untouched: it is not a retry case.
    throw error;
  } finally {
    clearTimeout(handle);
  }
}

function abortTimer(timer: AbortController): void {
  timer.abort();
}

/**
 * The headers of one attempt but credentials, later ones winning: the JSON content type, the
 * client's headers, the attempt number, the idempotency key, the call's own headers. Names are
 * lower-cased (HTTP header names are case-insensitive), so `Authorization` from the caller
 * replaces ours instead of being sent beside it; a plain object, as fetch copies it anyway.
 */
function headersOf(
  config: ClientConfig,
  operation: OperationSpec,
  body: PreparedBody,
  options: RequestOptions,
  attempt: number,
  idempotencyKey: string | undefined,
): Record<string, string> {
  const headers: Record<string, string> = {};
  if (body.contentType) headers["content-type"] = body.contentType;
  if (config.headers) { for (const name in config.headers) headers[name.toLowerCase()] = config
        .headers[name]!; }
  headers[RETRY_COUNT_KEY] = String(attempt);
  if (idempotencyKey !== undefined) headers[operation.idempotencyHeader!.toLowerCase()] = idempotencyKey;
  if (options.headers) {
    for (const name in options.headers) headers[name.toLowerCase()] = options.headers[name]!;
  }
  return headers;
}

/** The value a header record gives the (lower-case) name, in any letter case. */
function headerIn(headers: Record<string, string> | undefined, lowerName: string): string | undefined {
  if (headers) { for (const name in headers) if (name.toLowerCase() === lowerName) return headers[name]; }
  return undefined;
}

/**
 * Sends one attempt. Only a failure of fetch itself is a connection error; aborts are sorted out
 * by the caller. A custom fetch gets a Request (its documented signature); the global one gets
 * the URL and init, which saves building a Request that fetch would copy into a new one anyway.
 */
async function callFetch(
  config: ClientConfig,
  operation: OperationSpec,
  url: string,
  init: RequestInit,
): Promise<Response> {
  // Called as plain functions: browsers refuse `fetch` called as a method of another object.
  const custom = config.fetch;
  const request = custom ? requestOf(operation, url, init) : undefined;
  try {
    if (custom) return await custom(request!);
    const fetchFn = globalThis.fetch;
    return await fetchFn(url, init);
  } catch (error) {
    if (error instanceof Error && error.name === "AbortError") throw error;
    // fetch reports a request it refuses like a network failure ("TypeError: fetch failed"):
    // tell them apart, so that an invalid request is not retried as a connection error.
    if (!custom) requestOf(operation, url, init);
    throw new APIConnectionError(`Connection error: ${describe(error)}`, { cause: error });
  }
}

/**
 * The Request fetch would build, or a TypeError saying what is wrong with it: a base URL that is
 * not a URL, or a header whose name or value fetch refuses (a line break in a value, say). The
 * platform's own message is not passed on: it quotes the header's value, which may be a secret.
 */
function requestOf(operation: OperationSpec, url: string, init: RequestInit): Request {
  try {
    return new Request(url, init);
  } catch {
    throw new TypeError(
      `${operation.method} ${operation.path}: fetch refuses the request: the base URL or a header is not valid`,
    );
  }
}

async function readSuccess(operation: OperationSpec, response: Response): Promise<unknown> {
  const kind = operation.response;
  if (typeof kind === "function") return kind(response);
  if (kind === "none") {
    // Nothing to read; a body sent anyway is dropped instead of downloaded.
    await response.body?.cancel();
    return undefined;
  }
  const text = await response.text();
  return kind === "json" ? parseJson(operation, text, response) : text;
}

/**
 * The JSON body of a success response. 204 and 205 carry no body by definition; any other empty
 * or non-JSON body is an InvalidResponseError, not a bare SyntaxError or an `undefined` where the
 * operation's type promises an object.
 */
function parseJson(operation: OperationSpec, text: string, response: Response): unknown {
  if (response.status === 204 || response.status === 205) return undefined;
  const where = `${response.status} response of ${operation.method} ${operation.path}`;
  if (text === "") {
    throw new InvalidResponseError(
      response.status,
      response.headers,
      "",
      `${where} has an empty body where JSON was expected`,
    );
  }
  try {
    return JSON.parse(text);
  } catch {
    const type = response.headers.get("content-type") ?? "no content-type";
    throw new InvalidResponseError(
      response.status,
      response.headers,
      text,
      `${where} is not valid JSON (${type})`,
    );
  }
}

/** An error body: parsed when it is JSON, else the text, undefined when empty. */
function parseErrorBody(text: string): unknown {
  if (text === "") return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/**
 * The body as text, at most `limit` bytes of it; the rest is cancelled, not downloaded: a 10 MB
 * error body must not become a 10 MB message or hundreds of MB of parsed JSON.
 */
async function readBounded(response: Response, limit: number): Promise<string> {
  if (!response.body) return "";
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let text = "";
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    const room = limit - size;
    text += decoder.decode(value.byteLength > room ? value.subarray(0, room) : value, { stream: true });
    size += Math.min(value.byteLength, room);
    if (size >= limit) {
      reader.cancel().catch(ignore);
      break;
    }
  }
  return text + decoder.decode();
}

function ignore(): void {}

/** The absolute URL of one call: base URL, path with its parameters filled in, query string. */
function urlOf(
  config: ClientConfig,
  operation: OperationSpec,
  input: OperationInput,
  options: RequestOptions,
): string {
  let url = config.baseUrl.replace(/\/+$/, "") +
    (input.path ? fillPath(operation, input.path) : operation.path);
  const query = input.query ?? options.query;
  if (query) {
    const search = serializeQuery(query as Record<string, unknown>);
    if (search) url += `?${search}`;
  }
  return url;
}

/**
 * Puts each path parameter into its `{name}` slot, percent-encoded. A value that would change
 * which resource is addressed is refused before anything is sent: an empty one turns
 * `/brand/{brandId}` into the list `/brand/`, and `.` and `..`, which percent-encoding leaves as
 * they are, are dot segments a URL parser resolves, so `..` would address the parent resource.
 */
function fillPath(operation: OperationSpec, values: Record<string, string | number>): string {
  return operation.path.replace(/\{([^}]+)\}/g, (slot: string, name: string) => {
    const value = values[name];
    const text = value === undefined || value === null ? "" : String(value);
    if (text === "" || text === "." || text === "..") {
      throw new TypeError(
        `${operation.method} ${operation.path}: the path parameter ${name} may not be ${
          JSON.stringify(text)
        }, which would address another resource`,
      );
    }
    return encodeURIComponent(text);
  });
}

/**
 * The key of one logical call, when the operation declares an idempotency header: the caller's
 * own (from `options.headers`, any letter case) is kept and sent as given; else a fresh one.
 */
function idempotencyKeyOf(operation: OperationSpec, options: RequestOptions): string | undefined {
  const name = operation.idempotencyHeader;
  if (!name) return undefined;
  return headerIn(options.headers, name.toLowerCase()) ?? crypto.randomUUID();
}

function describe(error: unknown): string {
  if (error instanceof Error) {
    const cause = (error as { cause?: unknown }).cause;
    return cause instanceof Error ? `${error.message} (${cause.message})` : error.message;
  }
  return String(error);
}
