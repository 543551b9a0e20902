// A scripted local HTTP server for runtime tests: each request is recorded (with its arrival
// time and raw body) and answered by the test's handler, which may delay or fail on purpose.
import http from "node:http";
import type { AddressInfo } from "node:net";

export interface Recorded {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
  at: number;
}

export interface Reply {
  status?: number;
  headers?: Record<string, string>;
  body?: string | Buffer | object;
  /** Milliseconds to wait before answering. */
  delay?: number;
}

export interface ScriptedServer {
  url: string;
  requests: Recorded[];
  handle(handler: (request: Recorded, index: number) => Reply): void;
  close(): Promise<void>;
}

export async function startScriptedServer(): Promise<ScriptedServer> {
  const requests: Recorded[] = [];
  let handler: (request: Recorded, index: number) => Reply = () => ({ body: {} });
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const recorded = { method: req.method!, url: req.url!, headers: req.headers, body: Buffer.concat(chunks), at: performance.now() };
      requests.push(recorded);
      const reply = handler(recorded, requests.length - 1);
      const send = () => {
        if (res.destroyed) return;
        const body = reply.body === undefined ? "" : typeof reply.body === "string" || Buffer.isBuffer(reply.body) ? reply.body : JSON.stringify(reply.body);
        res.writeHead(reply.status ?? 200, { "content-type": "application/json", ...reply.headers });
        res.end(body);
      };
      if (reply.delay) setTimeout(send, reply.delay);
      else send();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    handle(next) {
      handler = next;
      requests.length = 0;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
