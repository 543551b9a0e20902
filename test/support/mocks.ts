// Starts the real mock servers in-process on free ports, for tests, and talks to their control API.
import { profiles, type MockProfile } from "../../mocks/providers/index.js";
import { startMockServer, type MockServerOptions, type RunningMock } from "../../mocks/server.js";
import { repoRoot } from "./spec.js";

export async function startMock(id: MockProfile["id"], options: Partial<MockServerOptions> = {}): Promise<RunningMock> {
  return startMockServer({ profile: profiles[id], root: repoRoot, port: 0, ...options });
}

/** A control API call as a script sends it: POSTs as JSON (the control API refuses anything else). */
export async function controlCall<T = Record<string, unknown>>(
  mock: RunningMock,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: T; headers: Headers }> {
  const init: RequestInit = { method, headers: { ...(method === "GET" ? {} : { "content-type": "application/json" }), ...headers } };
  if (body !== undefined) init.body = typeof body === "string" ? body : JSON.stringify(body);
  const response = await fetch(`${mock.url}/__mock${path}`, init);
  return { status: response.status, body: (await response.json()) as T, headers: response.headers };
}
