// A bound on open connections. At the bound, a new connection replaces the oldest one that is
// not serving a request (stalled before its headers, or idle keep-alive), so a flood of
// half-open sockets cannot lock out a real client; if every connection is busy, it is refused.
import type { Server, ServerResponse } from "node:http";
import type { Socket } from "node:net";

export class ConnectionLimiter {
  /** Open sockets in arrival order, with whether a request is being served on them. */
  private readonly open = new Map<Socket, boolean>();

  constructor(private readonly max: number) {}

  attach(server: Server): void {
    server.on("connection", (socket: Socket) => this.admit(socket));
  }

  get size(): number {
    return this.open.size;
  }

  private admit(socket: Socket): void {
    if (this.open.size >= this.max && !this.evictIdle()) {
      socket.destroy();
      return;
    }
    this.open.set(socket, false);
    socket.once("close", () => this.open.delete(socket));
  }

  private evictIdle(): boolean {
    for (const [socket, busy] of this.open) {
      if (!busy) {
        this.open.delete(socket);
        socket.destroy();
        return true;
      }
    }
    return false;
  }

  /** Marks the socket busy until the response is done. */
  serving(socket: Socket, res: ServerResponse): void {
    if (!this.open.has(socket)) return;
    this.open.set(socket, true);
    res.once("close", () => {
      if (this.open.has(socket)) this.open.set(socket, false);
    });
  }
}
