// CORS. The API routes stay open (frontends on any dev origin call them with credentials), but
// the control API under /__mock/ answers CORS only to loopback origins and those named with
// `--cors-origin`: any other page could otherwise reset state, queue faults or redirect webhooks.
import type { IncomingMessage, ServerResponse } from "node:http";
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
export function setApiCors(req: IncomingMessage, res: ServerResponse): void {
  const origin = req.headers.origin;
  if (origin === undefined || origin === "null") {
    res.setHeader("Access-Control-Allow-Origin", "*");
  } else {
    res.setHeader("Access-Control-Allow-Origin", origin);
    res.setHeader("Access-Control-Allow-Credentials", "true");
    res.setHeader("Vary", "Origin");
  }
  res.setHeader("Access-Control-Allow-Headers", req.headers["access-control-request-headers"] ?? "*");
  res.setHeader("Access-Control-Expose-Headers", "*");
}

/** Control routes: CORS headers only for an allowed origin (the caller refuses the others). */
export function setControlCors(req: IncomingMessage, res: ServerResponse): void {
  const origin = req.headers.origin;
  if (origin === undefined) return;
  res.setHeader("Access-Control-Allow-Origin", origin);
  res.setHeader("Access-Control-Allow-Credentials", "true");
  res.setHeader("Access-Control-Allow-Headers", req.headers["access-control-request-headers"] ?? "content-type, authorization, x-mock-token");
  res.setHeader("Vary", "Origin");
}

export function isPreflight(req: IncomingMessage): boolean {
  return req.method === "OPTIONS" && req.headers["access-control-request-method"] !== undefined;
}

export function answerPreflight(res: ServerResponse): void {
  res.setHeader("Access-Control-Allow-Methods", "GET,POST,PUT,PATCH,DELETE,OPTIONS");
  res.setHeader("Access-Control-Max-Age", "600");
  res.writeHead(204).end();
}
