// Starts the real mock servers in-process on free ports, for tests.
import { profiles, type MockProfile } from "../../mocks/profiles.js";
import { startMockServer, type MockServerOptions, type RunningMock } from "../../mocks/server.js";
import { repoRoot } from "./spec.js";

export async function startMock(id: MockProfile["id"], options: Partial<MockServerOptions> = {}): Promise<RunningMock> {
  return startMockServer({ profile: profiles[id], root: repoRoot, port: 0, ...options });
}
