// A scripted local HTTP server for runtime tests: each request is recorded (with its arrival
// time and raw body) and answered by the test's handler, which may delay, fail on purpose, drop
// the connection at a chosen moment, or stream a body until the client stops reading.
import http from "node:http";
import type { AddressInfo, Socket } from "node:net";

export interface Recorded {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
  at: number;
  /** How the answer went: bytes of body written, and whether all of it was. */
  answer: { bytesWritten: number; finished: boolean };
}

export interface Reply {
  status?: number;
  headers?: Record<string, string>;
  body?: string | Buffer | object;
  /** Milliseconds to wait before answering. */
  delay?: number;
  /**
   * Drop the connection after the request was read instead of answering: `reset` with a TCP RST,
   * `hang-up` with a plain close. Either way the server did receive (and may have acted on) it.
   */
  drop?: "reset" | "hang-up";
  /** Stream `body` (a string) then `repeat` copies of `chunk`, waiting whenever the client is slow to read. */
  stream?: { chunk: string; repeat: number };
}

export interface ScriptedServer {
  url: string;
  requests: Recorded[];
  handle(handler: (request: Recorded, index: number) => Reply): void;
  /** The next `count` TCP connections are reset as soon as they are accepted, before any request is read. */
  resetConnections(count: number): void;
  /** TCP connections accepted so far (including reset ones). */
  readonly connections: number;
  close(): Promise<void>;
}

export async function startScriptedServer(): Promise<ScriptedServer> {
  const requests: Recorded[] = [];
  let handler: (request: Recorded, index: number) => Reply = () => ({ body: {} });
  let toReset = 0;
  let connections = 0;
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const recorded: Recorded = {
        method: req.method!,
        url: req.url!,
        headers: req.headers,
        body: Buffer.concat(chunks),
        at: performance.now(),
        answer: { bytesWritten: 0, finished: false },
      };
      requests.push(recorded);
      const reply = handler(recorded, requests.length - 1);
      const send = () => {
        if (res.destroyed) return;
        if (reply.drop === "reset") return req.socket.resetAndDestroy();
        if (reply.drop === "hang-up") return req.socket.destroy();
        res.writeHead(reply.status ?? 200, { "content-type": "application/json", ...reply.headers });
        if (reply.stream) return void streamBody(res, String(reply.body ?? ""), reply.stream, recorded.answer);
        const body = reply.body === undefined ? "" : typeof reply.body === "string" || Buffer.isBuffer(reply.body) ? reply.body : JSON.stringify(reply.body);
        res.end(body, () => Object.assign(recorded.answer, { bytesWritten: Buffer.byteLength(body), finished: true }));
      };
      if (reply.delay) setTimeout(send, reply.delay);
      else send();
    });
  });
  server.on("connection", (socket: Socket) => {
    connections++;
    if (toReset > 0) {
      toReset--;
      socket.resetAndDestroy();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    handle(next) {
      handler = next;
      requests.length = 0;
    },
    resetConnections(count) {
      toReset = count;
    },
    get connections() {
      return connections;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Writes the body piece by piece, honouring backpressure, and stops when the client goes away. */
async function streamBody(res: http.ServerResponse, head: string, stream: { chunk: string; repeat: number }, answer: Recorded["answer"]): Promise<void> {
  const write = (text: string) =>
    new Promise<boolean>((resolve) => {
      if (res.destroyed) return resolve(false);
      answer.bytesWritten += Buffer.byteLength(text);
      if (res.write(text)) return resolve(true);
      const settle = () => {
        res.off("drain", settle);
        res.off("close", settle);
        resolve(!res.destroyed);
      };
      res.once("drain", settle);
      res.once("close", settle);
    });
  if (head && !(await write(head))) return;
  for (let i = 0; i < stream.repeat; i++) if (!(await write(stream.chunk))) return;
  res.end(() => (answer.finished = true));
}
