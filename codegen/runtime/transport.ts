// The one place where a generated SDK method turns into HTTP. Generated code passes a static
// description of the operation plus the caller's arguments; this file adds authentication,
// per-attempt timeouts, retries with backoff, logging and error mapping, on top of openapi-fetch.
import createClient, { type Client, type ClientOptions } from "openapi-fetch";
import { APIPromise, type WithResponse } from "./api-promise.js";
import { holdsFile, isStreaming, toFile, toFormData } from "./binary.js";
import {
  APIConnectionError,
  APIConnectionTimeoutError,
  errorFromResponse,
  InvalidResponseError,
  MAX_ERROR_BODY_BYTES,
} from "./errors.js";
import { describeRequest, describeResponse, type Logger } from "./logging.js";
import { PagePromise, type Pagination } from "./pagination.js";
import { serializeQuery } from "./query.js";
import { isIdempotentMethod, retryDelay, shouldRetryResponse, sleep, wasNeverSent } from "./retry.js";

export type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE" | "HEAD" | "OPTIONS";

/** Header carrying the attempt number of every request: 0 for the first, 1 for the first retry... */
export const RETRY_COUNT_HEADER = "X-Retry-Count";

/** What the generator knows about one operation; emitted as a constant next to each SDK method. */
export interface OperationSpec {
  readonly method: HttpMethod;
  /** OpenAPI path template relative to the base URL, e.g. "/10dlc/brand/{brandId}". */
  readonly path: string;
  /** How the success body is read: JSON, nothing (204), text, or bytes (returned as a File). */
  readonly response: "json" | "none" | "binary" | "text";
  /**
   * How the body is sent: JSON (default), multipart/form-data, or `auto` for operations that
   * accept both (multipart exactly when the body holds a file).
   */
  readonly request?: "json" | "multipart" | "auto";
  /** The spec's `x-pagination`, for list operations. */
  readonly pagination?: Pagination;
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

export interface TransportOptions {
  baseUrl: string;
  /** Headers sent with every request. */
  headers: Record<string, string>;
  /** The Authorization header, computed per attempt (so a minted token is always fresh). */
  authorization?: () => string | undefined | Promise<string | undefined>;
  /** Custom fetch, e.g. for tests or proxies. */
  fetch?: (input: Request) => Promise<Response>;
  maxRetries?: number;
  timeout?: number;
  /** Default of RequestOptions.retryNonIdempotent. */
  retryNonIdempotent?: boolean;
  /** Opt-in debug log; credentials are never written to it. */
  logger?: Logger;
}

export const DEFAULT_MAX_RETRIES = 2;
export const DEFAULT_TIMEOUT_MS = 60_000;

// openapi-fetch's methods are generic over every path of the spec. The facade already has
// precise per-operation types, so it calls through this loose view to keep type-checking cheap.
type LooseRequest = (
  method: string,
  path: string,
  init: Record<string, unknown>,
) => Promise<{ data?: unknown; error?: unknown; response: Response }>;

export class Transport {
  /** The underlying openapi-fetch client; typed by each generated module as `Client<paths>`. */
  readonly raw: Client<any>;
  private readonly options: TransportOptions;

  constructor(options: TransportOptions) {
    this.options = options;
    const baseFetch = options.fetch ?? ((request: Request) => globalThis.fetch(request));
    const logger = options.logger;
    const clientOptions: ClientOptions = {
      baseUrl: options.baseUrl.replace(/\/+$/, ""),
      headers: options.headers,
      querySerializer: (query) => serializeQuery(query as Record<string, unknown>),
      // Only a failure of fetch itself is a connection error; mistakes before it (serialising
      // the request) surface as they are, and aborts are sorted out by the caller.
      fetch: async (request: Request) => {
        const started = performance.now();
        logger?.(describeRequest(request));
        let response: Response;
        try {
          response = await baseFetch(request);
        } catch (error) {
          if (error instanceof Error && error.name === "AbortError") throw error;
          throw new APIConnectionError(`Connection error: ${describe(error)}`, { cause: error });
        }
        logger?.(describeResponse(request, response, performance.now() - started));
        // openapi-fetch reads an error body whole; hand it one that cannot be larger than the cap.
        return response.ok ? response : await withBoundedBody(response, MAX_ERROR_BODY_BYTES);
      },
    };
    this.raw = createClient<any>(clientOptions);
  }

  /** One call: the parsed body, with `.withResponse()` for the raw Response. */
  request<T>(operation: OperationSpec, input: OperationInput, options: RequestOptions = {}): APIPromise<T> {
    return new APIPromise(this.send<T>(operation, input, options));
  }

  /** A list call: awaitable as the first page, async-iterable over every item of every page. */
  list<P, Item>(operation: OperationSpec, input: OperationInput, options: RequestOptions = {}): PagePromise<P, Item> {
    if (!operation.pagination) throw new Error(`${operation.method} ${operation.path} has no x-pagination`);
    const query = { ...((input.query ?? {}) as Record<string, unknown>) };
    return new PagePromise<P, Item>((pageQuery) => this.send<P>(operation, { ...input, query: pageQuery }, options), operation.pagination, query);
  }

  private async send<T>(operation: OperationSpec, input: OperationInput, options: RequestOptions): Promise<WithResponse<T>> {
    const maxRetries = options.maxRetries ?? this.options.maxRetries ?? DEFAULT_MAX_RETRIES;
    // A one-shot stream cannot be sent twice: such a request gets a single attempt.
    const resendable = !isStreaming(input.body);
    const idempotencyKey = this.idempotencyKey(operation, options);
    // Sending it again cannot do the work twice (or the caller accepts that it might).
    const replayable =
      isIdempotentMethod(operation.method) ||
      idempotencyKey !== undefined ||
      (options.retryNonIdempotent ?? this.options.retryNonIdempotent ?? false);
    const multipart = operation.request === "multipart" || (operation.request === "auto" && holdsFile(input.body));
    const body = multipart && input.body !== undefined ? await toFormData(input.body as Record<string, unknown>) : input.body;

    for (let attempt = 0; ; attempt++) {
      const canRetry = resendable && attempt < maxRetries;
      let response: Response;
      let data: unknown;
      let error: unknown;
      try {
        ({ response, data, error } = await this.attempt(operation, input, body, options, attempt, idempotencyKey));
      } catch (failure) {
        if (canRetry && failure instanceof APIConnectionError && (replayable || wasNeverSent(failure.cause))) {
          await sleep(retryDelay(attempt + 1, undefined), options.signal);
          continue;
        }
        throw failure;
      }
      if (!response.ok) {
        if (canRetry && shouldRetryResponse(response.status, response.headers, replayable)) {
          await sleep(retryDelay(attempt + 1, response.headers), options.signal);
          continue;
        }
        throw errorFromResponse(response.status, response.headers, error);
      }
      return { data: this.parse<T>(operation, data, response), response };
    }
  }

  /**
   * The key of one logical call, when the operation declares an idempotency header: the caller's
   * own (from `options.headers`, any letter case) is kept and sent as given; else a fresh one.
   */
  private idempotencyKey(operation: OperationSpec, options: RequestOptions): string | undefined {
    const name = operation.idempotencyHeader;
    if (!name) return undefined;
    if (options.headers) {
      const lower = name.toLowerCase();
      for (const key in options.headers) if (key.toLowerCase() === lower) return options.headers[key];
    }
    return crypto.randomUUID();
  }

  /** One attempt, bounded by the timeout and the caller's signal. */
  private async attempt(operation: OperationSpec, input: OperationInput, body: unknown, options: RequestOptions, attempt: number, idempotencyKey: string | undefined) {
    const timeout = options.timeout ?? this.options.timeout ?? DEFAULT_TIMEOUT_MS;
    const timer = new AbortController();
    const handle = setTimeout(() => timer.abort(), timeout);
    const signal = options.signal ? AbortSignal.any([options.signal, timer.signal]) : timer.signal;
    const authorization = await this.options.authorization?.();
    const headers: Record<string, string> = { [RETRY_COUNT_HEADER]: String(attempt) };
    if (authorization) headers.Authorization = authorization;
    if (idempotencyKey !== undefined) headers[operation.idempotencyHeader!] = idempotencyKey;
    if (options.headers) Object.assign(headers, options.headers);
    try {
      return await (this.raw.request as unknown as LooseRequest)(operation.method, operation.path, {
        params: { path: input.path ?? {}, query: input.query ?? options.query ?? {} },
        body,
        headers,
        signal,
        parseAs: parseAsFor(operation.response),
      });
    } catch (error) {
      if (timer.signal.aborted && !options.signal?.aborted) {
        throw new APIConnectionTimeoutError(`Request timed out after ${timeout} ms: ${operation.method} ${operation.path}`, { cause: error });
      }
      // The caller's abort (or anything else) goes through untouched: it is not a retry case.
      throw error;
    } finally {
      clearTimeout(handle);
    }
  }

  private parse<T>(operation: OperationSpec, data: unknown, response: Response): T {
    if (operation.response === "none") return undefined as T;
    if (operation.response === "binary") {
      const fallbackName = decodeURIComponent(new URL(response.url || "http://x/download").pathname.split("/").pop() || "download");
      return toFile(data instanceof Blob ? data : new Blob([]), response, fallbackName) as T;
    }
    if (operation.response === "json") return parseJson<T>(operation, data, response);
    return data as T;
  }
}

/**
 * The JSON body of a success response, read as text by openapi-fetch. 204 and 205 carry no body
 * by definition; any other empty or non-JSON body is an InvalidResponseError, not a bare
 * SyntaxError or an `undefined` where the operation's type promises an object.
 */
function parseJson<T>(operation: OperationSpec, text: unknown, response: Response): T {
  if (response.status === 204 || response.status === 205) return undefined as T;
  const where = `${response.status} response of ${operation.method} ${operation.path}`;
  if (typeof text !== "string" || text === "") {
    throw new InvalidResponseError(response.status, response.headers, "", `${where} has an empty body where JSON was expected`);
  }
  try {
    return JSON.parse(text) as T;
  } catch {
    const type = response.headers.get("content-type") ?? "no content-type";
    throw new InvalidResponseError(response.status, response.headers, text, `${where} is not valid JSON (${type})`);
  }
}

/** Reads at most `limit` bytes of the body, cancels the rest, and returns a Response holding them. */
async function withBoundedBody(response: Response, limit: number): Promise<Response> {
  const init = { status: response.status, statusText: response.statusText, headers: response.headers };
  // These statuses may not carry a body, not even an empty one.
  if (!response.body || response.status === 304) return new Response(null, init);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    const room = limit - size;
    chunks.push(value.byteLength > room ? value.subarray(0, room) : value);
    size += Math.min(value.byteLength, room);
    if (size >= limit) {
      // Past the cap: stop the download instead of reading (and buffering) what nobody will see.
      reader.cancel().catch(() => undefined);
      break;
    }
  }
  return new Response(concat(chunks, size), init);
}

function concat(chunks: Uint8Array[], size: number): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

function parseAsFor(kind: OperationSpec["response"]): string {
  // JSON is read as text and parsed here, so that a malformed body becomes a typed error.
  return kind === "binary" ? "blob" : "text";
}

function describe(error: unknown): string {
  if (error instanceof Error) {
    const cause = (error as { cause?: unknown }).cause;
    return cause instanceof Error ? `${error.message} (${cause.message})` : error.message;
  }
  return String(error);
}
