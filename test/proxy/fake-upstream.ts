// A scripted stand-in for a provider's real API, on loopback: each "METHOD /path" answers what the
// test says, byte for byte, and every request it receives is kept for the test to inspect.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { readFileSync } from "node:fs";
import path from "node:path";
import { repoRoot } from "../support/spec.js";

export interface Scripted {
  status: number;
  /** Sent as given; a JSON body gets `content-type: application/json` unless headers say otherwise. */
  headers?: Record<string, string>;
  body?: unknown;
}

export interface Received {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
  body: string;
}

export interface FakeUpstream {
  /** Base URL including the provider's base path, e.g. http://127.0.0.1:1234/v2. */
  url: string;
  received: Received[];
  close(): Promise<void>;
}

export async function startFakeUpstream(basePath: string, routes: Record<string, Scripted>): Promise<FakeUpstream> {
  const received: Received[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      received.push({ method: req.method ?? "", url: req.url ?? "", headers: req.headers, body: Buffer.concat(chunks).toString("utf8") });
      const pathname = (req.url ?? "/").split("?")[0]!;
      const scripted = routes[`${req.method} ${pathname}`] ?? { status: 404, body: { errors: [{ code: "10005", title: "Resource not found", detail: "Nothing here." }] } };
      const bytes = bodyBytes(scripted.body);
      const headers: Record<string, string> = { ...(isJsonBody(scripted.body) ? { "content-type": "application/json" } : {}), ...scripted.headers };
      res.writeHead(scripted.status, headers);
      res.end(bytes);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${basePath}`,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function isJsonBody(body: unknown): boolean {
  return body !== undefined && typeof body !== "string" && !Buffer.isBuffer(body);
}

export function bodyBytes(body: unknown): Buffer {
  if (body === undefined) return Buffer.alloc(0);
  if (Buffer.isBuffer(body)) return body;
  return Buffer.from(typeof body === "string" ? body : JSON.stringify(body));
}

type Document = { paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, { examples?: Record<string, { value: unknown }> }> }> }>> };

export function bundledSpec(provider: "telnyx" | "vonage"): Document & Record<string, unknown> {
  return JSON.parse(readFileSync(path.join(repoRoot, "generated", provider, "openapi.json"), "utf8")) as Document & Record<string, unknown>;
}

/** The first example of an operation's JSON answer, a copy the test may change. */
export function exampleOf(document: Document, template: string, method: string, status = "200"): Record<string, unknown> {
  const examples = document.paths[template]?.[method]?.responses[status]?.content?.["application/json"]?.examples ?? {};
  const first = Object.values(examples)[0];
  if (!first) throw new Error(`no example for ${method} ${template} ${status}`);
  return structuredClone(first.value) as Record<string, unknown>;
}
