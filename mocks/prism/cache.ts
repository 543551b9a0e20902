// Prism's answer depends only on the request, the operation and the config: identical requests
// (a frontend polling the same GET) reuse it instead of validating and negotiating again.

/** A small least-recently-used cache. */
export class BoundedCache<V> {
  private readonly entries = new Map<string, V>();
  constructor(private readonly limit: number) {}

  get(key: string): V | undefined {
    const value = this.entries.get(key);
    if (value !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, value);
    }
    return value;
  }

  set(key: string, value: V): void {
    this.entries.delete(key);
    this.entries.set(key, value);
    if (this.entries.size > this.limit) this.entries.delete(this.entries.keys().next().value!);
  }

  clear(): void {
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }
}

/** Bodies above this are not cached: 1,000 entries of megabyte bodies would hold gigabytes. */
export const MAX_CACHED_BODY_BYTES = 4096;

export interface CacheKeyParts {
  operationId: string;
  method: string;
  /** The raw request target (path and query as sent). */
  target: string;
  headers: Record<string, string | undefined>;
  body: Uint8Array;
  /** The body as text (decoded once per request by the caller). */
  text: () => string;
}

/**
 * A key for everything Prism's answer depends on, or undefined when the request should not be
 * cached (dynamic answers are random by design; large bodies would bloat memory). A string join
 * with a separator that cannot occur in headers, cheaper than JSON.stringify of an array.
 */
export function cacheKeyOf(parts: CacheKeyParts, dynamic: boolean): string | undefined {
  if (dynamic || parts.body.length > MAX_CACHED_BODY_BYTES) return undefined;
  const h = parts.headers;
  return `${parts.operationId}\n${parts.method}\n${parts.target}\n${h.authorization ?? ""}\n${h["content-type"] ?? ""}\n${h.accept ?? ""}\n${h.prefer ?? ""}\n${parts.body.length > 0 ? parts.text() : ""}`;
}
