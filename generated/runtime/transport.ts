// Copied from codegen/runtime by `npm run generate`. Do not edit this copy.
// The one place where a generated SDK method turns into HTTP. Generated code passes a static
// description of the operation plus the caller's arguments; this file adds authentication,
// per-attempt timeouts, retries with backoff, logging and error mapping, on top of openapi-fetch.
import createClient, { type Client, type ClientOptions } from "openapi-fetch";
import { APIPromise, type WithResponse } from "./api-promise.js";
import { holdsFile, isStreaming, toFile, toFormData } from "./binary.js";
import { APIConnectionError, APIConnectionTimeoutError, errorFromResponse } from "./errors.js";
import { describeRequest, describeResponse, type Logger } from "./logging.js";
import { PagePromise, type Pagination } from "./pagination.js";
import { serializeQuery } from "./query.js";
import { isRetryableStatus, retryDelay, sleep } from "./retry.js";

export type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

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
  /** Retries after a connection error, timeout, 408, 409, 429 or 5xx (default: the client's, 2). */
  maxRetries?: number;
  /** Milliseconds each attempt may take (default: the client's, 60000). */
  timeout?: number;
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
        try {
          const response = await baseFetch(request);
          logger?.(describeResponse(request, response, performance.now() - started));
          return response;
        } catch (error) {
          if (error instanceof Error && error.name === "AbortError") throw error;
          throw new APIConnectionError(`Connection error: ${describe(error)}`, { cause: error });
        }
      },
    };
    this.raw = createClient<any>(clientOptions);
  }

  /** One call: the parsed body, with `.withResponse()` for the raw Response. */
  request<T>(operation: OperationSpec, input: OperationInput, options: RequestOptions = {}): APIPromise<T> {
    return new APIPromise(this.send<T>(operation, input, options));
  }

  /** A list call: awaitable as the first page, async-iterable over every item of every page. */
  list<P, Item>(
    operation: OperationSpec,
    input: OperationInput,
    options: RequestOptions = {},
  ): PagePromise<P, Item> {
    if (!operation.pagination) throw new Error(`${operation.method} ${operation.path} has no x-pagination`);
    const query = { ...((input.query ?? {}) as Record<string, unknown>) };
    return new PagePromise<P, Item>(
      (pageQuery) => this.send<P>(operation, { ...input, query: pageQuery }, options),
      operation.pagination,
      query,
    );
  }

  private async send<T>(
    operation: OperationSpec,
    input: OperationInput,
    options: RequestOptions,
  ): Promise<WithResponse<T>> {
    const maxRetries = options.maxRetries ?? this.options.maxRetries ?? DEFAULT_MAX_RETRIES;
    // A one-shot stream cannot be sent twice: such a request gets a single attempt.
    const retryable = !isStreaming(input.body);
    const multipart =
      operation.request === "multipart" || (operation.request === "auto" && holdsFile(input.body));
    const body =
      multipart && input.body !== undefined
        ? await toFormData(input.body as Record<string, unknown>)
        : input.body;

    for (let attempt = 0; ; attempt++) {
      const canRetry = retryable && attempt < maxRetries;
      let response: Response;
      let data: unknown;
      let error: unknown;
      try {
        ({ response, data, error } = await this.attempt(operation, input, body, options));
      } catch (failure) {
        if (failure instanceof APIConnectionError && canRetry) {
          await sleep(retryDelay(attempt + 1, undefined), options.signal);
          continue;
        }
        throw failure;
      }
      if (!response.ok) {
        if (canRetry && isRetryableStatus(response.status)) {
          await sleep(retryDelay(attempt + 1, response.headers), options.signal);
          continue;
        }
        throw errorFromResponse(response.status, response.headers, error);
      }
      return { data: this.parse<T>(operation, data, response), response };
    }
  }

  /** One attempt, bounded by the timeout and the caller's signal. */
  private async attempt(
    operation: OperationSpec,
    input: OperationInput,
    body: unknown,
    options: RequestOptions,
  ) {
    const timeout = options.timeout ?? this.options.timeout ?? DEFAULT_TIMEOUT_MS;
    const timer = new AbortController();
    const handle = setTimeout(() => timer.abort(), timeout);
    const signal = options.signal ? AbortSignal.any([options.signal, timer.signal]) : timer.signal;
    const authorization = await this.options.authorization?.();
    try {
      return await (this.raw.request as unknown as LooseRequest)(operation.method, operation.path, {
        params: { path: input.path ?? {}, query: input.query ?? options.query ?? {} },
        body,
        headers: { ...(authorization ? { Authorization: authorization } : {}), ...options.headers },
        signal,
        parseAs: parseAsFor(operation.response),
      });
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

  private parse<T>(operation: OperationSpec, data: unknown, response: Response): T {
    if (operation.response === "none") return undefined as T;
    if (operation.response === "binary") {
      const fallbackName = decodeURIComponent(
        new URL(response.url || "http://x/download").pathname.split("/").pop() || "download",
      );
      return toFile(data instanceof Blob ? data : new Blob([]), response, fallbackName) as T;
    }
    return data as T;
  }
}

function parseAsFor(kind: OperationSpec["response"]): string {
  return kind === "binary" ? "blob" : kind === "text" ? "text" : "json";
}

function describe(error: unknown): string {
  if (error instanceof Error) {
    const cause = (error as { cause?: unknown }).cause;
    return cause instanceof Error ? `${error.message} (${cause.message})` : error.message;
  }
  return String(error);
}
