// Sends one fuzz request over a fresh loopback connection, so a reset or a hang is seen as such
// (no pooled socket hides it) and the bytes are exactly what the fuzzer built.
import http from "node:http";
import type { WireRequest } from "./requests.js";

export interface WireResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  text: string;
}

export type Exchange = { response: WireResponse } | { error: string };

const TIMEOUT_MS = 15_000;

export function send(baseUrl: string, request: WireRequest): Promise<Exchange> {
  const url = new URL(baseUrl);
  return new Promise((resolve) => {
    const outgoing = http.request(
      {
        host: url.hostname,
        port: url.port,
        method: request.method,
        path: request.path,
        headers: { ...request.headers, ...(request.body ? { "content-length": String(request.body.length) } : {}) },
        agent: false,
        timeout: TIMEOUT_MS,
      },
      (incoming) => {
        const chunks: Buffer[] = [];
        incoming.on("data", (chunk: Buffer) => chunks.push(chunk));
        incoming.on("end", () => resolve({ response: { status: incoming.statusCode ?? 0, headers: incoming.headers, text: Buffer.concat(chunks).toString("utf8") } }));
        incoming.on("error", (error) => resolve({ error: `connection dropped mid-answer: ${error.message}` }));
      },
    );
    outgoing.on("timeout", () => outgoing.destroy(new Error(`no answer within ${TIMEOUT_MS} ms`)));
    outgoing.on("error", (error: NodeJS.ErrnoException) => resolve({ error: `no answer: ${error.code ?? ""} ${error.message}`.trim() }));
    outgoing.end(request.body);
  });
}
