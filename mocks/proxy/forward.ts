// Forwarding one request to the real API and reading its answer within a bound. What the proxy
// sends on is the client's request as it was (method, query, headers with credentials, body
// bytes) minus the hop-by-hop headers that describe only the client's connection to the proxy.
import http, { type IncomingHttpHeaders, type OutgoingHttpHeaders } from "node:http";
import https from "node:https";

// RFC 9110 §7.6.1: meaningful for one connection only, never forwarded (plus those named in Connection).
const HOP_BY_HOP = new Set(["connection", "keep-alive", "proxy-connection", "proxy-authenticate", "proxy-authorization", "te", "trailer", "transfer-encoding", "upgrade"]);

export interface Upstream {
  status: number;
  statusMessage: string;
  /** Header name/value pairs as the target sent them (names' case and repeats kept). */
  rawHeaders: string[];
  headers: IncomingHttpHeaders;
  body: Buffer;
}

export type ForwardResult = { kind: "ok"; upstream: Upstream } | { kind: "failed"; reason: string };

export interface ForwardRequest {
  method: string;
  url: URL;
  rawHeaders: string[];
  body: Buffer;
  maxBytes: number;
  timeoutMs: number;
}

export function forward(request: ForwardRequest): Promise<ForwardResult> {
  const client = request.url.protocol === "https:" ? https : http;
  return new Promise((resolve) => {
    let settled = false;
    const done = (result: ForwardResult) => {
      if (settled) return;
      settled = true;
      resolve(result);
    };
    const outgoing = client.request(request.url, { method: request.method, headers: forwardedHeaders(request.rawHeaders, request.url, request.body.length) }, (response) => {
      const chunks: Buffer[] = [];
      let size = 0;
      response.on("data", (chunk: Buffer) => {
        size += chunk.length;
        if (size > request.maxBytes) {
          // Settled first: destroying the answer emits "aborted" at once, with a vaguer reason.
          done({ kind: "failed", reason: `its answer exceeded ${request.maxBytes} bytes` });
          response.destroy();
          return;
        }
        chunks.push(chunk);
      });
      response.on("end", () =>
        done({
          kind: "ok",
          upstream: { status: response.statusCode ?? 502, statusMessage: response.statusMessage ?? "", rawHeaders: response.rawHeaders, headers: response.headers, body: Buffer.concat(chunks) },
        }),
      );
      response.on("error", (error) => done({ kind: "failed", reason: describe(error) }));
      response.on("aborted", () => done({ kind: "failed", reason: "it closed the connection mid-answer" }));
    });
    outgoing.setTimeout(request.timeoutMs, () => {
      outgoing.destroy();
      done({ kind: "failed", reason: `it did not answer within ${request.timeoutMs} ms` });
    });
    outgoing.on("error", (error) => done({ kind: "failed", reason: describe(error) }));
    outgoing.end(request.body);
  });
}

/** Client headers for the target: hop-by-hop ones dropped, Host the target's, the body's length. */
function forwardedHeaders(rawHeaders: string[], target: URL, bodyLength: number): OutgoingHttpHeaders {
  const dropped = connectionListed(rawHeaders);
  const headers: Record<string, string | string[]> = {};
  for (let i = 0; i + 1 < rawHeaders.length; i += 2) {
    const name = rawHeaders[i]!.toLowerCase();
    if (HOP_BY_HOP.has(name) || dropped.has(name) || name === "host" || name === "content-length") continue;
    const previous = headers[name];
    headers[name] = previous === undefined ? rawHeaders[i + 1]! : [...(Array.isArray(previous) ? previous : [previous]), rawHeaders[i + 1]!];
  }
  headers.host = target.host;
  if (bodyLength > 0) headers["content-length"] = String(bodyLength);
  return headers;
}

/** The target's headers for the client: hop-by-hop ones dropped, the (buffered) body's length. */
export function answeredHeaders(upstream: Upstream): string[] {
  const dropped = connectionListed(upstream.rawHeaders);
  const out: string[] = [];
  for (let i = 0; i + 1 < upstream.rawHeaders.length; i += 2) {
    const name = upstream.rawHeaders[i]!.toLowerCase();
    if (HOP_BY_HOP.has(name) || dropped.has(name) || name === "content-length") continue;
    out.push(upstream.rawHeaders[i]!, upstream.rawHeaders[i + 1]!);
  }
  // An empty body keeps the target's own length (a HEAD answer states the GET's length).
  const length = upstream.body.length > 0 ? String(upstream.body.length) : upstream.headers["content-length"];
  if (length !== undefined) out.push("Content-Length", length);
  return out;
}

function connectionListed(rawHeaders: string[]): Set<string> {
  const names = new Set<string>();
  for (let i = 0; i + 1 < rawHeaders.length; i += 2) {
    if (rawHeaders[i]!.toLowerCase() !== "connection") continue;
    for (const name of rawHeaders[i + 1]!.split(",")) names.add(name.trim().toLowerCase());
  }
  return names;
}

function describe(error: Error): string {
  const code = (error as NodeJS.ErrnoException).code;
  return code ? `${code}` : error.message;
}
