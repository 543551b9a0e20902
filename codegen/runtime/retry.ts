// When and how long to wait before trying a request again. Pure functions, so the policy is
// tested without any clock or server.
//
// The policy follows the Stainless-built SDKs, made safe for orders: a request that can be sent
// twice without doing the work twice ("replayable": GET, HEAD, OPTIONS, PUT, DELETE, or a POST or
// PATCH carrying an idempotency key, or one the caller opted in) is retried after any connection
// error, timeout, 408, 409, 429 or 5xx. Any other POST or PATCH is retried only when the failure
// shows the server did not act on it: the connection was refused or reset before the request was
// written, 429, or 503 with a Retry-After. The server's `x-should-retry: true|false` overrides both.

/** Methods RFC 9110 defines as idempotent: sending them twice has the effect of sending them once. */
const IDEMPOTENT_METHODS: ReadonlySet<string> = new Set(["GET", "HEAD", "OPTIONS", "PUT", "DELETE"]);

export function isIdempotentMethod(method: string): boolean {
  return IDEMPOTENT_METHODS.has(method);
}

/** Statuses worth another attempt of a replayable request: the server may answer differently next time. */
export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 409 || status === 429 || status >= 500;
}

/**
 * Whether a failed response gets another attempt (when attempts are left). A request that is not
 * replayable is retried only when the server says it did not act on it.
 */
export function shouldRetryResponse(status: number, headers: Headers, replayable: boolean): boolean {
  const verdict = headers.get("x-should-retry");
  if (verdict === "true") return true;
  if (verdict === "false") return false;
  if (replayable) return isRetryableStatus(status);
  return status === 429 || (status === 503 && (headers.has("retry-after") || headers.has("retry-after-ms")));
}

/** Error codes of failures that happen before a single byte of the request leaves the client. */
const UNSENT_CODES: ReadonlySet<string> = new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "UND_ERR_CONNECT_TIMEOUT"]);

/**
 * True when a fetch failure shows that the request was never written, so the server cannot have
 * acted on it: refused, unresolvable, reset or unreachable while connecting (Node reports the
 * `connect` syscall), or a socket closed with nothing written. Anything else (a reset or hang-up
 * after the request went out, a timeout, a browser's opaque "Failed to fetch") may have reached
 * the server. Reads the error's cause chain as Node's fetch (undici) builds it.
 */
export function wasNeverSent(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && typeof current === "object" && current !== null; depth++) {
    const failure = current as { code?: unknown; syscall?: unknown; socket?: { bytesWritten?: unknown }; errors?: unknown; cause?: unknown };
    if (typeof failure.code === "string" && UNSENT_CODES.has(failure.code)) return true;
    if (failure.syscall === "connect") return true;
    if (failure.socket && failure.socket.bytesWritten === 0) return true;
    // Node tries each address of a host in turn and reports all failures together.
    if (Array.isArray(failure.errors) && failure.errors.length > 0) return failure.errors.every(wasNeverSent);
    current = failure.cause;
  }
  return false;
}

const INITIAL_DELAY_MS = 500;
const MAX_DELAY_MS = 8000;
/** Server-requested waits longer than this are not honoured; we back off normally instead. */
const MAX_SERVER_DELAY_MS = 60_000;

/**
 * Milliseconds to wait before retry number `retry` (1 for the first retry). The server's
 * `retry-after-ms` or `Retry-After` (seconds or an HTTP date) wins when present and sensible;
 * otherwise exponential backoff from 0.5 s, capped at 8 s, with up to 25 % jitter downwards so
 * many clients do not retry in lockstep.
 */
export function retryDelay(retry: number, headers: Headers | undefined, random: () => number = Math.random, now = Date.now()): number {
  const fromServer = serverDelay(headers, now);
  if (fromServer !== undefined && fromServer >= 0 && fromServer <= MAX_SERVER_DELAY_MS) return fromServer;
  const base = Math.min(INITIAL_DELAY_MS * 2 ** (retry - 1), MAX_DELAY_MS);
  return base * (1 - 0.25 * random());
}

function serverDelay(headers: Headers | undefined, now: number): number | undefined {
  if (!headers) return undefined;
  const ms = headers.get("retry-after-ms");
  if (ms !== null && ms.trim() !== "" && Number.isFinite(Number(ms))) return Number(ms);
  const after = headers.get("retry-after");
  if (after === null || after.trim() === "") return undefined;
  if (/^\d+(\.\d+)?$/.test(after.trim())) return Number(after) * 1000;
  const date = Date.parse(after);
  return Number.isNaN(date) ? undefined : date - now;
}

export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal!.reason);
    };
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}
