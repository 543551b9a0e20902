// Reading request bodies within a size limit and a time limit. An oversized body is answered
// with the 413 at once and the rest is then read and dropped (bounded) before the connection is
// closed: closing while the client is still writing resets the connection, and the client sees
// EPIPE/ECONNRESET instead of the 413.
import type { IncomingMessage, ServerResponse } from "node:http";

export type BodyResult = { kind: "ok"; body: Buffer } | { kind: "too-large" } | { kind: "timeout" } | { kind: "aborted" };

export interface BodyLimits {
  maxBytes: number;
  /** The whole body must arrive within this (slowloris bodies, a Content-Length never sent). */
  timeoutMs: number;
}

const EMPTY: BodyResult = { kind: "ok", body: Buffer.alloc(0) };

/** True when the request says it has no body (no Content-Length, no Transfer-Encoding, or 0). */
function hasNoBody(req: IncomingMessage): boolean {
  const length = req.headers["content-length"];
  return req.headers["transfer-encoding"] === undefined && (length === undefined || length === "0");
}

export function readBody(req: IncomingMessage, limits: BodyLimits): Promise<BodyResult> {
  if (hasNoBody(req)) return Promise.resolve(EMPTY);
  const declared = Number(req.headers["content-length"]);
  if (declared > limits.maxBytes) return Promise.resolve({ kind: "too-large" });
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const finish = (result: BodyResult) => {
      clearTimeout(timer);
      req.off("data", onData);
      req.off("end", onEnd);
      req.off("close", onClose);
      req.off("error", onClose);
      resolve(result);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limits.maxBytes) return finish({ kind: "too-large" });
      chunks.push(chunk);
    };
    const onEnd = () => finish({ kind: "ok", body: chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks) });
    const onClose = () => finish({ kind: "aborted" });
    const timer = setTimeout(() => finish({ kind: "timeout" }), limits.timeoutMs);
    req.on("data", onData);
    req.on("end", onEnd);
    req.on("close", onClose);
    req.on("error", onClose);
  });
}

export interface DrainLimits {
  /** At most this many more bytes are read and dropped. */
  maxBytes: number;
  timeoutMs: number;
}

/**
 * Sends a complete JSON answer now and ends the response once the client has finished sending
 * its body (or the drain limits are hit), then the connection closes. The client reads the
 * answer whether it reads early (curl, undici) or only after writing everything (node:http).
 */
export function answerThenDrain(req: IncomingMessage, res: ServerResponse, status: number, body: unknown, limits: DrainLimits): void {
  const payload = JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(payload), connection: "close" });
  res.write(payload);
  if (req.complete) {
    res.end();
    return;
  }
  let dropped = 0;
  const done = () => {
    clearTimeout(timer);
    req.off("data", onData);
    req.off("end", done);
    req.off("close", done);
    req.off("error", done);
    if (!res.writableEnded) res.end();
  };
  const onData = (chunk: Buffer) => {
    dropped += chunk.length;
    if (dropped > limits.maxBytes) done();
  };
  const timer = setTimeout(done, limits.timeoutMs);
  req.on("data", onData);
  req.on("end", done);
  req.on("close", done);
  req.on("error", done);
  req.resume();
}
