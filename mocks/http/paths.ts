// The request target as the client sent it. The control API is matched on the raw path (no
// normalisation), and API paths with dot segments are refused: WHATWG URL parsing would turn
// "/v2/../__mock/reset" or "/%2e%2e/__mock/reset" into "/__mock/reset", and "//__mock/reset"
// into a host named "__mock".

export const CONTROL_PREFIX = "/__mock";

export interface RequestTarget {
  /** The path exactly as sent (percent-encoding kept). */
  pathname: string;
  /** "?a=1" or "". */
  search: string;
}

/** Splits "path?query"; an absolute-form target ("http://host/path") keeps only its path. */
export function splitTarget(url: string): RequestTarget {
  let target = url;
  if (!target.startsWith("/")) {
    const authority = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i.exec(target);
    target = authority ? target.slice(authority[0].length) || "/" : `/${target}`;
  }
  const hash = target.indexOf("#");
  if (hash >= 0) target = target.slice(0, hash);
  const question = target.indexOf("?");
  return question < 0 ? { pathname: target, search: "" } : { pathname: target.slice(0, question), search: target.slice(question) };
}

/** `/__mock` or `/__mock/...` on the raw path, nothing else (no base path, no "..", no "//"). */
export function isControlPath(pathname: string): boolean {
  return pathname === CONTROL_PREFIX || pathname.startsWith(`${CONTROL_PREFIX}/`);
}

// "." or ".." as a segment, also percent-encoded ("%2e", "%2E%2e", "..%2f"), or a backslash some
// stacks treat as a separator.
const DOT_SEGMENT = /(?:^|\/|%2f)(?:\.|%2e){1,2}(?:\/|%2f|$)|\\|%5c/i;

export function hasDotSegments(pathname: string): boolean {
  return DOT_SEGMENT.test(pathname);
}

export function stripBasePath(pathname: string, basePath: string): string {
  if (basePath && (pathname === basePath || pathname.startsWith(`${basePath}/`))) {
    return pathname.slice(basePath.length) || "/";
  }
  return pathname;
}

/** Query parameters as Prism takes them; a repeated name becomes an array. */
export function queryOf(search: string): Record<string, string | string[]> {
  const query: Record<string, string | string[]> = {};
  if (search.length <= 1) return query;
  for (const [key, value] of new URLSearchParams(search)) {
    const previous = Object.hasOwn(query, key) ? query[key] : undefined;
    const next = previous === undefined ? value : Array.isArray(previous) ? [...previous, value] : [previous, value];
    setOwn(query, key, next);
  }
  return query;
}

/**
 * Sets a key as plain data: `record["__proto__"] = [...]` would replace the record's
 * prototype, so that one key is defined as an own property instead.
 */
export function setOwn<V>(record: Record<string, V>, key: string, value: V): void {
  if (key === "__proto__") Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true });
  else record[key] = value;
}
