// Writing answers on node: JSON bodies (the proxy's), and a last raw answer on a socket that
// has no response object (a request that timed out before its headers were complete). The
// mock's answers are the core's reply (mocks/core/answer.ts), written by pipeline/index.ts.
import type { ServerResponse } from "node:http";
import type { Socket } from "node:net";

export function sendJson(res: ServerResponse, status: number, body: unknown, headers?: Record<string, string>): void {
  if (headers) for (const name in headers) res.setHeader(name, headers[name]!);
  res.statusCode = status;
  res.setHeader("content-type", "application/json");
  res.end(JSON.stringify(body));
}

const REASONS: Record<number, string> = { 400: "Bad Request", 408: "Request Timeout", 413: "Payload Too Large", 431: "Request Header Fields Too Large" };

/** A complete JSON response written straight to the socket, then the connection is closed. */
export function sendRawJson(socket: Socket, status: number, body: unknown): void {
  if (!socket.writable || socket.bytesWritten > 0) {
    socket.destroy();
    return;
  }
  const payload = JSON.stringify(body);
  socket.end(
    `HTTP/1.1 ${status} ${REASONS[status] ?? "Error"}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(payload)}\r\nConnection: close\r\n\r\n${payload}`,
  );
  // A client that never reads must not keep the socket forever.
  setTimeout(() => socket.destroy(), 1000).unref();
}
