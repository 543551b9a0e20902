// The Fetch-API front of the core: a `Request` in, a `Response` out, for MSW handlers (in a
// browser's service worker or in node tests) and anything else that speaks fetch. The node
// server's guards (Host, CORS, connection bounds, body time limits) have no meaning here: the
// request never left the page or the test. The body size limit still applies.
import { setOwn } from "../http/paths.js";
import * as P from "../http/problems.js";
import type { CoreDeps, Reply, Step } from "./context.js";
import { fail } from "./fail.js";
import { AFTER_BODY, BEFORE_BODY, beginRequest, finished, runSafely } from "./index.js";

export interface FetchFrontOptions {
  /** Larger request bodies get a 413 (default 1 MiB, as the node mock). */
  maxBodyBytes?: number;
}

const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;
/** Statuses whose Response may not have a body. */
const NULL_BODY = new Set([204, 205, 304]);

/**
 * Answers `request` as the node mock would. `basePrefix` is the path the API is mounted under on
 * the request's origin ("/v2", or "" for the origin's root); it is not part of the API's paths.
 * A Request's URL is already normalised ("/a/../b" is "/b"), so the raw-path rules of the node
 * front (dot segments refused) never see such a path here.
 */
export async function answerFetch(deps: CoreDeps, request: Request, basePrefix = "", options: FetchFrontOptions = {}): Promise<Response> {
  const started = performance.now();
  const url = new URL(request.url);
  const headers: Record<string, string> = {};
  // Headers are already lower case and repeated ones joined.
  request.headers.forEach((value, name) => setOwn(headers, name, value));
  const pathname = underPrefix(url.pathname, basePrefix) ? url.pathname.slice(basePrefix.length) || "/" : url.pathname;
  const context = beginRequest({ method: request.method, url: `${pathname}${url.search}`, headers }, deps);
  await runSafely(context, [...BEFORE_BODY, ["readBody", bodyReader(request, options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES)], ...AFTER_BODY]);
  // A dropped connection is neither logged nor recorded, as on node (the answer never finishes).
  if (!context.reply.drop) finished(context, started, context.reply.status);
  return toResponse(context.reply);
}

/** "/v2/10dlc" is under "/v2"; "/v2x" is not. */
function underPrefix(pathname: string, prefix: string): boolean {
  return prefix !== "" && pathname.startsWith(prefix) && (pathname.length === prefix.length || pathname[prefix.length] === "/");
}

/** The body step of this front: the Request's bytes, or a 413 beyond the limit. */
function bodyReader(request: Request, maxBytes: number): Step {
  return async function readFetchBody(context) {
    const raw = new Uint8Array(await request.arrayBuffer());
    if (raw.length > maxBytes) return fail(context, P.PAYLOAD_TOO_LARGE, [P.problem(P.PAYLOAD_TOO_LARGE, `The request body exceeds ${maxBytes} bytes.`)]);
    context.raw = raw;
    return "next";
  };
}

export function toResponse(reply: Reply): Response {
  // The `reset` fault: the client sees a failed fetch, as with a dropped connection.
  if (reply.drop) return Response.error();
  // The Fetch API cannot make a Response outside 200–599 (a `Prefer: code=` a spec declares oddly).
  if (reply.status < 200 || reply.status > 599) {
    return Response.json({ error: `The mock's answer has status ${reply.status}, which a Fetch Response cannot carry.` }, { status: 500 });
  }
  const body = NULL_BODY.has(reply.status) || reply.body === undefined ? null : reply.body;
  return new Response(body as BodyInit | null, { status: reply.status, headers: reply.headers });
}
