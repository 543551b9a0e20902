// Starts the mock the fuzzer drives: in this process, on a free loopback port, stateless or
// stateful; the stateful one is reset to its seeded data before every run.
import { profiles } from "../../../mocks/providers/index.js";
import { startMockServer, type RunningMock } from "../../../mocks/server.js";
import type { ProviderId } from "./operations.js";
import type { FuzzMode, FuzzTarget } from "./run.js";

export async function startFuzzTarget(root: string, provider: ProviderId, mode: FuzzMode): Promise<{ target: FuzzTarget; mock: RunningMock }> {
  // Frozen clock: statuses only move when a run asks, so a replay sees the same objects.
  const mock = await startMockServer({ profile: profiles[provider], root, port: 0, host: "127.0.0.1", stateful: mode === "stateful", clockScale: 0 });
  const target: FuzzTarget = { baseUrl: mock.url, mode, reset: () => mock.state?.engine.reset() };
  return { target, mock };
}
