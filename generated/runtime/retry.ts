// Copied from codegen/runtime by `npm run generate`. Do not edit this copy.
// When and how long to wait before trying a request again. Pure functions, so the policy is
// tested without any clock or server.

/** Statuses worth another attempt: the server may answer differently next time. */
export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 409 || status === 429 || status >= 500;
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
export function retryDelay(
  retry: number,
  headers: Headers | undefined,
  random: () => number = Math.random,
  now = Date.now(),
): number {
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
