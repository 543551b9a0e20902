// `npm run mock [-- --provider telnyx] [--telnyx-port 4010] [--vonage-port 4011] [--host 127.0.0.1] [--quiet]
//                 [--latency 50-200] [--fault-rate 0.05] [--seed 42]
//                 [--stateless] [--clock-scale 60] [--fixtures file.json] [--webhook-url http://...]`
// Stateful by default: created resources are kept and their statuses move on a virtual clock.
// Ports also come from TELNYX_MOCK_PORT / VONAGE_MOCK_PORT, the host from MOCK_HOST, the fault
// settings from MOCK_LATENCY / MOCK_FAULT_RATE / MOCK_SEED.
// Prints "Mocks ready" once every server listens; SIGINT/SIGTERM close them and exit 0.
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import type { FaultConfig } from "./faults.js";
import { profiles, type MockProfile } from "./profiles.js";
import { startMockServer, type RunningMock } from "./server.js";

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      provider: { type: "string", multiple: true },
      "telnyx-port": { type: "string" },
      "vonage-port": { type: "string" },
      host: { type: "string" },
      quiet: { type: "boolean", default: false },
      latency: { type: "string" },
      "fault-rate": { type: "string" },
      seed: { type: "string" },
      stateless: { type: "boolean", default: false },
      "clock-scale": { type: "string" },
      fixtures: { type: "string" },
      "webhook-url": { type: "string" },
    },
  });
  const clockScale = values["clock-scale"] === undefined ? 1 : Number(values["clock-scale"]);
  if (!(clockScale >= 0)) throw new UsageError(`--clock-scale takes a non-negative number, not "${values["clock-scale"]}".`);
  const fixtures = values.fixtures ? readFixtures(values.fixtures) : undefined;
  const faults = parseFaultConfig(values.latency ?? process.env.MOCK_LATENCY, values["fault-rate"] ?? process.env.MOCK_FAULT_RATE, values.seed ?? process.env.MOCK_SEED);
  const selected: MockProfile[] = values.provider
    ? values.provider.map((id) => {
        const profile = profiles[id as MockProfile["id"]];
        if (!profile) throw new UsageError(`Unknown provider "${id}". Known: ${Object.keys(profiles).join(", ")}`);
        return profile;
      })
    : Object.values(profiles);
  const host = values.host ?? process.env.MOCK_HOST ?? "127.0.0.1";
  const flagPorts: Record<string, string | undefined> = { telnyx: values["telnyx-port"], vonage: values["vonage-port"] };

  const running: RunningMock[] = [];
  const stop = async (signal: string) => {
    console.log(`\n${signal}: stopping mock servers.`);
    await Promise.allSettled(running.map((mock) => mock.close()));
    process.exit(0);
  };
  process.once("SIGINT", () => void stop("SIGINT"));
  process.once("SIGTERM", () => void stop("SIGTERM"));

  for (const profile of selected) {
    const port = parsePort(flagPorts[profile.id] ?? process.env[profile.portEnv], profile);
    const mock = await startMockServer({
      profile,
      port,
      host,
      faults,
      stateful: !values.stateless,
      clockScale,
      ...(values["webhook-url"] ? { webhookUrl: values["webhook-url"] } : {}),
      ...(fixtures?.[profile.id] ? { fixtures: fixtures[profile.id] as Record<string, unknown> } : {}),
      log: values.quiet ? undefined : (line) => console.log(`[${profile.id}] ${line}`),
    });
    running.push(mock);
    console.log(`${profile.name} mock: ${mock.url}  (also under ${mock.url}${mock.basePath})`);
    console.log(`  try: ${profile.sampleCurl(mock.url)}`);
    console.log(`  control: ${mock.url}/__mock/ (${values.stateless ? "stateless" : `stateful, clock x${clockScale}`})`);
  }
  console.log("Mocks ready. Ctrl+C stops them.");
}

class UsageError extends Error {}

/** A fixtures file: `{ "telnyx": { "brand": [...] }, "vonage": { "brand": [...] } }`. */
function readFixtures(file: string): Record<string, unknown> {
  try {
    return JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>;
  } catch (error) {
    throw new UsageError(`Cannot read fixtures from ${file}: ${(error as Error).message}`);
  }
}

function parseFaultConfig(latency: string | undefined, rate: string | undefined, seed: string | undefined): FaultConfig {
  const config: FaultConfig = {};
  if (latency) {
    const match = /^(\d+)(?:-(\d+))?$/.exec(latency.trim());
    if (!match) throw new UsageError(`--latency takes milliseconds or a range like 50-200, not "${latency}".`);
    const min = Number(match[1]);
    config.latency = [min, match[2] === undefined ? min : Number(match[2])];
  }
  if (rate) {
    const value = Number(rate);
    if (!(value >= 0 && value <= 1)) throw new UsageError(`--fault-rate takes a number from 0 to 1, not "${rate}".`);
    config.rate = value;
  }
  if (seed) {
    if (!/^\d+$/.test(seed)) throw new UsageError(`--seed takes a whole number, not "${seed}".`);
    config.seed = Number(seed);
  }
  return config;
}

function parsePort(value: string | undefined, profile: MockProfile): number {
  if (value === undefined || value === "") return profile.defaultPort;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new UsageError(`Invalid port for ${profile.id}: "${value}" (use --${profile.id}-port or ${profile.portEnv}).`);
  }
  return port;
}

main().catch((error: unknown) => {
  const err = error as NodeJS.ErrnoException;
  if (err.code === "EADDRINUSE") console.error(`Port already in use: ${err.message}. Pick another with --telnyx-port/--vonage-port.`);
  else console.error(error instanceof UsageError ? error.message : error);
  process.exit(error instanceof UsageError ? 2 : 1);
});
