// CORS. The API routes stay open (frontends on any dev origin call them with credentials), but
// the control API under /__mock/ answers CORS only to loopback origins and those named with
// `--cors-origin`: any other page could otherwise reset state, queue faults or redirect webhooks.
import { isLoopbackHostname } from "./host.js";

/** Origins that may use the control API from a browser: loopback ones plus `extra`. */
export class ControlOrigins {
  private readonly extra: ReadonlySet<string>;

  constructor(extra: readonly string[] = []) {
    this.extra = new Set(extra.map(normaliseOrigin));
  }

  allows(origin: string): boolean {
    return isLoopbackOrigin(origin) || this.extra.has(normaliseOrigin(origin));
  }
}

export function isLoopbackOrigin(origin: string): boolean {
  if (origin === "null") return false;
  try {
    const url = new URL(origin);
    return (url.protocol === "http:" || url.protocol === "https:") && isLoopbackHostname(url.hostname);
  } catch {
    return false;
  }
}

function normaliseOrigin(origin: string): string {
  return origin.trim().replace(/\/+$/, "").toLowerCase();
}

/** API routes: the origin echoed with credentials; an opaque ("null") origin gets `*` without. */
export function apiCorsHeaders(request: Record<string, string>): Record<string, string> {
  const origin = request.origin;
  const allowHeaders = request["access-control-request-headers"] ?? "*";
  if (origin === undefined || origin === "null") {
    return { "access-control-allow-origin": "*", "access-control-allow-headers": allowHeaders, "access-control-expose-headers": "*" };
  }
  return {
    "access-control-allow-origin": origin,
    "access-control-allow-credentials": "true",
    vary: "Origin",
    "access-control-allow-headers": allowHeaders,
    "access-control-expose-headers": "*",
  };
}

/** Control routes: CORS headers only for an allowed origin (the caller refuses the others). */
export function controlCorsHeaders(request: Record<string, string>): Record<string, string> | undefined {
  const origin = request.origin;
  if (origin === undefined) return undefined;
  return {
    "access-control-allow-origin": origin,
    "access-control-allow-credentials": "true",
    "access-control-allow-headers": request["access-control-request-headers"] ?? "content-type, authorization, x-mock-token",
    vary: "Origin",
  };
}

export function isPreflight(method: string, request: Record<string, string>): boolean {
  return method === "OPTIONS" && request["access-control-request-method"] !== undefined;
}

/** What a preflight's 204 adds to the CORS headers. */
export function answerPreflight(): Record<string, string> {
  return { "access-control-allow-methods": "GET,POST,PUT,PATCH,DELETE,OPTIONS", "access-control-max-age": "600" };
}
