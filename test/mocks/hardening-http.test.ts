// Slow and oversized clients: headers or bodies that never finish are answered 408 and closed
// within the configured deadlines, stalled connections cannot crowd out a real client, and an
// oversized body always gets its 413 (never EPIPE/ECONNRESET while the client is still writing).
import http from "node:http";
import net from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningMock } from "../../mocks/server.js";
import { startMock } from "../support/mocks.js";

const bearer = "Bearer test-key";

/** Opens a raw socket, writes `data`, and resolves with everything received once the server closes it. */
function sendAndWaitForClose(port: number, data: string, giveUpMs: number): Promise<{ received: string; closedByServer: boolean }> {
  return new Promise((resolve) => {
    const socket = net.connect(port, "127.0.0.1", () => socket.write(data));
    let received = "";
    socket.setEncoding("utf8");
    socket.on("data", (chunk: string) => (received += chunk));
    socket.on("error", () => undefined);
    // The deadline here only stops a hanging test; the mock's own deadline is far shorter.
    const timer = setTimeout(() => {
      socket.destroy();
      resolve({ received, closedByServer: false });
    }, giveUpMs);
    socket.on("close", () => {
      clearTimeout(timer);
      resolve({ received, closedByServer: true });
    });
  });
}

describe("slow clients", () => {
  let mock: RunningMock;
  beforeAll(async () => {
    mock = await startMock("telnyx", { headersTimeoutMs: 300, requestTimeoutMs: 600 });
  });
  afterAll(() => mock.close());
  // Ten times the configured deadline: before the fix these connections stayed open for 70–309 s.
  const giveUp = 6000;

  it("closes a connection whose headers never finish, with a 408", async () => {
    const { received, closedByServer } = await sendAndWaitForClose(mock.port, "GET /10dlc/brand HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ", giveUp);
    expect(closedByServer).toBe(true);
    expect(received).toMatch(/^HTTP\/1\.1 408/);
  });

  it("answers a Content-Length of 100 with no bytes sent with the provider's 408 and closes", async () => {
    const request = `POST /10dlc/brand HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: ${bearer}\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n`;
    const { received, closedByServer } = await sendAndWaitForClose(mock.port, request, giveUp);
    expect(closedByServer).toBe(true);
    expect(received).toMatch(/^HTTP\/1\.1 408/);
    expect(received).toContain('"errors"');
  });

  it("answers a chunked body that never ends with a 408 and closes", async () => {
    const request = `POST /10dlc/brand HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: ${bearer}\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n5\r\n{"a":\r\n`;
    const { received, closedByServer } = await sendAndWaitForClose(mock.port, request, giveUp);
    expect(closedByServer).toBe(true);
    expect(received).toMatch(/^HTTP\/1\.1 408/);
    expect(received).toContain("did not arrive");
  });
});

describe("connection bound", () => {
  it("closes stalled connections beyond the bound while a real request still succeeds", async () => {
    // Deadlines far away: only the bound can close these sockets within the test.
    const mock = await startMock("telnyx", { maxConnections: 4, headersTimeoutMs: 60_000, requestTimeoutMs: 60_000 });
    const stalled: net.Socket[] = [];
    let closed = 0;
    try {
      for (let i = 0; i < 10; i++) {
        const socket = net.connect(mock.port, "127.0.0.1");
        socket.on("error", () => undefined);
        socket.on("close", () => closed++);
        await new Promise((resolve) => socket.once("connect", resolve));
        socket.write("GET /10dlc/brand HTTP/1.1\r\n"); // and never more
        stalled.push(socket);
      }
      const response = await fetch(`${mock.url}/10dlc/brand`, { headers: { Authorization: bearer } });
      expect(response.status).toBe(200);
      for (let i = 0; i < 100 && closed < 7; i++) await new Promise((resolve) => setTimeout(resolve, 20));
      // 10 stalled + 1 real connection, at most 4 open: at least 7 stalled ones were closed.
      expect(closed).toBeGreaterThanOrEqual(7);
    } finally {
      for (const socket of stalled) socket.destroy();
      await mock.close();
    }
  });
});

describe("oversized bodies", () => {
  let mock: RunningMock;
  beforeAll(async () => {
    mock = await startMock("telnyx");
  });
  afterAll(() => mock.close());

  const eightMegabytes = Buffer.alloc(8 * 1024 * 1024, "a");

  /**
   * One POST of 8 MB with node:http. Resolves once the socket is closed with the status, or with
   * the connection error's code if the client saw one at any point (also after the answer: a
   * client whose upload fails with EPIPE reports the request as failed).
   */
  function postLarge(chunked: boolean): Promise<number | string> {
    return new Promise((resolve) => {
      const headers: Record<string, string | number> = { Authorization: bearer, "content-type": "application/json" };
      if (!chunked) headers["content-length"] = eightMegabytes.length;
      let status: number | undefined;
      let failure: string | undefined;
      const req = http.request({ host: "127.0.0.1", port: mock.port, method: "POST", path: "/10dlc/brand", headers, agent: false }, (res) => {
        status = res.statusCode;
        res.resume();
      });
      req.on("error", (error: NodeJS.ErrnoException) => (failure ??= error.code ?? error.message));
      req.on("close", () => resolve(failure ?? status ?? "no answer"));
      if (chunked) {
        // Chunked: the size is only known from the bytes, in 1 MB pieces.
        for (let offset = 0; offset < eightMegabytes.length; offset += 1024 * 1024) req.write(eightMegabytes.subarray(offset, offset + 1024 * 1024));
        req.end();
      } else {
        req.end(eightMegabytes);
      }
    });
  }

  it("answers 100 bodies of 8 MB (declared and chunked) with 413 every time, and keeps serving", async () => {
    const statuses: Array<number | string> = [];
    for (let round = 0; round < 25; round++) {
      statuses.push(...(await Promise.all([postLarge(false), postLarge(false), postLarge(true), postLarge(true)])));
    }
    expect(statuses).toHaveLength(100);
    expect(statuses.filter((s) => s !== 413)).toEqual([]);
    expect((await fetch(`${mock.url}/10dlc/brand`, { headers: { Authorization: bearer } })).status).toBe(200);
  });

  it("says which limit was exceeded, in the provider's format", async () => {
    const small = await startMock("vonage", { maxBodyBytes: 1000 });
    try {
      const response = await fetch(`${small.url}/brands`, {
        method: "POST",
        headers: { Authorization: `Basic ${btoa("k:s")}`, "content-type": "application/json" },
        body: JSON.stringify({ display_name: "x".repeat(5000) }),
      });
      expect(response.status).toBe(413);
      const body = (await response.json()) as { type: string; detail: string };
      expect(body.detail).toContain("exceeds 1000 bytes");
      expect(body.type).toMatch(/developer\.vonage\.com/);
    } finally {
      await small.close();
    }
  });
});
