// Copied from codegen/runtime by `npm run generate`. Do not edit this copy.
// The one place where a generated SDK method turns into an HTTP call. Generated code passes a
// static description of the operation plus the caller's arguments; everything else (URL
// building, serialisation, error mapping) happens here, on top of openapi-fetch.
import createClient, { type Client, type ClientOptions } from "openapi-fetch";
import { toFile, toFormData } from "./binary.js";
import { APIConnectionError, errorFromResponse } from "./errors.js";
import { serializeQuery } from "./query.js";

export type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/** What the generator knows about one operation; emitted as a constant next to each SDK method. */
export interface OperationSpec {
  readonly method: HttpMethod;
  /** OpenAPI path template relative to the base URL, e.g. "/10dlc/brand/{brandId}". */
  readonly path: string;
  /** How the success body is read: JSON, nothing (204), text, or bytes (returned as a File). */
  readonly response: "json" | "none" | "binary" | "text";
  /** How the body is sent; JSON unless the operation uploads files. */
  readonly request?: "json" | "multipart";
}

/** The caller's arguments, already split by where they travel. */
export interface OperationInput {
  path?: Record<string, string | number>;
  query?: object;
  body?: unknown;
}

/** Options every call accepts as its last argument. */
export interface RequestOptions {
  /** Extra headers for this call only. */
  headers?: Record<string, string>;
  /** Cancels the call. */
  signal?: AbortSignal;
  /** Query parameters for operations that take a body and a query string. */
  query?: object;
}

export interface TransportOptions {
  baseUrl: string;
  /** Headers sent with every request (authentication is added here by the generated factory). */
  headers: Record<string, string>;
  /** Custom fetch, e.g. for tests or proxies. */
  fetch?: (input: Request) => Promise<Response>;
}

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

  constructor(options: TransportOptions) {
    const baseFetch = options.fetch ?? ((request: Request) => globalThis.fetch(request));
    const clientOptions: ClientOptions = {
      baseUrl: options.baseUrl.replace(/\/+$/, ""),
      headers: options.headers,
      querySerializer: (query) => serializeQuery(query as Record<string, unknown>),
      // Only a failure of fetch itself is a connection error; mistakes before it (serialising
      // the request) surface as they are.
      fetch: async (request: Request) => {
        try {
          return await baseFetch(request);
        } catch (error) {
          // An abort is the caller's decision, not a connection problem: let it through as is.
          if (error instanceof Error && error.name === "AbortError") throw error;
          throw new APIConnectionError(`Connection error: ${describe(error)}`, { cause: error });
        }
      },
    };
    this.raw = createClient<any>(clientOptions);
  }

  async request<T>(
    operation: OperationSpec,
    input: OperationInput,
    options: RequestOptions = {},
  ): Promise<T> {
    const send = this.raw.request as unknown as LooseRequest;
    const body =
      operation.request === "multipart" && input.body !== undefined
        ? toFormData(input.body as Record<string, unknown>)
        : input.body;
    const { data, error, response } = await send(operation.method, operation.path, {
      params: { path: input.path ?? {}, query: input.query ?? options.query ?? {} },
      body,
      headers: options.headers,
      signal: options.signal,
      parseAs: parseAsFor(operation.response),
    });
    if (!response.ok) throw errorFromResponse(response.status, response.headers, error);
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
