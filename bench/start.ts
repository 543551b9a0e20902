// `npm run bench:start [-- --runs 5] [--only "mock CLI"]` (--only: cases whose name contains it; repeatable)
// Start-up time of the mocks: from spawning a process to the first answered request on each
// provider's mock, with the generator's cache warm (nothing changed). Cases:
//   npm start          the script as a user runs it (whatever package.json says today);
//   start command      the one-process start (generate in-process, then the mocks), run directly;
//   mock CLI           `node --import tsx commands/mock.ts`, the mocks alone;
//   plain prism        `prism mock generated/<id>/openapi.json`, one process per spec.
// Ratios are ours / plain prism, per provider. Every process listens on 127.0.0.1 on a free port,
// is bounded in time, and is killed (its whole process group) after each run.
import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { createRequire } from "node:module";
import net from "node:net";
import path from "node:path";
import { parseArgs } from "node:util";
import { ratio, table } from "./lib.js";

const root = path.resolve(import.meta.dirname, "..");
const require = createRequire(import.meta.url);
const prismBin = path.join(path.dirname(require.resolve("@stoplight/prism-cli/package.json")), "dist/index.js");
/** An answer later than this is a failed run, not a slow one: the child is killed and the bench stops. */
const RUN_TIMEOUT_MS = 60_000;
const POLL_MS = 10;

type ProviderId = "telnyx" | "vonage";

/** One request per provider that goes through the spec (routing, security, an example answer). */
const PROBES: Record<ProviderId, { path: string; headers: Record<string, string> }> = {
  telnyx: { path: "/10dlc/brand", headers: { authorization: "Bearer test-key" } },
  vonage: { path: "/brands", headers: { authorization: `Basic ${btoa("key:secret")}` } },
};

interface Case {
  name: string;
  providers: ProviderId[];
  /** The command line, given the ports to listen on. */
  command(ports: Record<ProviderId, number>): { file: string; args: string[]; env: Record<string, string> };
}

const tsxLoader = require.resolve("tsx");

function portsEnv(ports: Record<ProviderId, number>): Record<string, string> {
  return { TELNYX_MOCK_PORT: String(ports.telnyx), VONAGE_MOCK_PORT: String(ports.vonage) };
}

const CASES: Case[] = [
  {
    name: "npm start",
    providers: ["telnyx", "vonage"],
    command: (ports) => ({ file: "npm", args: ["start", "--silent"], env: portsEnv(ports) }),
  },
  {
    name: "start command",
    providers: ["telnyx", "vonage"],
    command: (ports) => ({ file: process.execPath, args: ["--import", tsxLoader, "commands/start.ts", "--quiet"], env: portsEnv(ports) }),
  },
  {
    name: "mock CLI",
    providers: ["telnyx", "vonage"],
    command: (ports) => ({ file: process.execPath, args: ["--import", tsxLoader, "commands/mock.ts", "--quiet"], env: portsEnv(ports) }),
  },
  ...(["telnyx", "vonage"] as const).map(
    (id): Case => ({
      name: `plain prism (${id})`,
      providers: [id],
      command: (ports) => ({
        file: process.execPath,
        args: [prismBin, "mock", "--host", "127.0.0.1", "--port", String(ports[id]), `generated/${id}/openapi.json`],
        env: {},
      }),
    }),
  ),
];

function settings(): { runs: number; only: string[] } {
  const { values } = parseArgs({ options: { runs: { type: "string", default: "5" }, only: { type: "string", multiple: true } } });
  const runs = Number(values.runs);
  if (!(Number.isInteger(runs) && runs >= 1 && runs <= 20)) throw new Error(`--runs takes 1 to 20, not "${values.runs}".`);
  return { runs, only: values.only ?? [] };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = (server.address() as net.AddressInfo);
      server.close(() => resolve(port));
    });
  });
}

/** Children still running, killed on the way out whatever happens. */
const live = new Set<ChildProcess>();

/** The child and everything it spawned (npm → sh → node): it leads its own process group. */
function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // already gone
  }
}

async function stop(child: ChildProcess): Promise<void> {
  const exited = child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : once(child, "exit").then(() => undefined);
  killGroup(child, "SIGTERM");
  const timer = setTimeout(() => killGroup(child, "SIGKILL"), 5_000);
  await exited;
  clearTimeout(timer);
  live.delete(child);
}

/** Milliseconds from `since` until `url` gives an HTTP 2xx answer (connection refused is retried). */
async function firstAnswer(url: string, headers: Record<string, string>, since: number, child: ChildProcess, output: () => string): Promise<number> {
  while (performance.now() - since < RUN_TIMEOUT_MS) {
    if (child.exitCode !== null) throw new Error(`${url}: the process exited with ${child.exitCode} before answering:\n${output()}`);
    try {
      const response = await fetch(url, { headers });
      await response.arrayBuffer();
      if (response.ok) return performance.now() - since;
      throw new Error(`${url}: answered ${response.status}; the probe must get a 2xx`);
    } catch (error) {
      if ((error as Error).message.includes("the probe must")) throw error;
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  }
  throw new Error(`${url}: no answer within ${RUN_TIMEOUT_MS / 1000} s:\n${output()}`);
}

/** One run: spawn, time the first answer of each provider, kill. */
async function runOnce(testCase: Case): Promise<Record<ProviderId, number>> {
  const ports = { telnyx: await freePort(), vonage: await freePort() };
  const { file, args, env } = testCase.command(ports);
  const since = performance.now();
  const child = spawn(file, args, { cwd: root, env: { ...process.env, ...env, FORCE_COLOR: "0" }, stdio: ["ignore", "pipe", "pipe"], detached: true });
  live.add(child);
  let output = "";
  const collect = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000));
  child.stdout!.on("data", collect);
  child.stderr!.on("data", collect);
  try {
    const times = await Promise.all(
      testCase.providers.map((id) => firstAnswer(`http://127.0.0.1:${ports[id]}${PROBES[id].path}`, PROBES[id].headers, since, child, () => output)),
    );
    return Object.fromEntries(testCase.providers.map((id, i) => [id, times[i]!])) as Record<ProviderId, number>;
  } finally {
    await stop(child);
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Generates once, so that every measured start finds the cache warm (and prints what it did). */
async function warmCache(): Promise<void> {
  const child = spawn(process.execPath, ["--import", tsxLoader, "commands/generate.ts", "--quiet"], { cwd: root, stdio: ["ignore", "inherit", "inherit"] });
  const [code] = await once(child, "exit");
  if (code !== 0) throw new Error(`npm run generate failed (exit ${code}); the bench needs generated/ up to date`);
}

async function main(): Promise<void> {
  const { runs, only } = settings();
  await warmCache();
  const medians = new Map<string, Partial<Record<ProviderId, number>>>();
  // Plain prism is always run: the ratios are against it.
  const cases = only.length === 0 ? CASES : CASES.filter((c) => c.name.startsWith("plain prism") || only.some((name) => c.name.includes(name)));
  for (const testCase of cases) {
    const samples: Record<ProviderId, number[]> = { telnyx: [], vonage: [] };
    for (let run = 0; run < runs; run++) {
      const times = await runOnce(testCase);
      for (const id of testCase.providers) samples[id].push(times[id]);
    }
    medians.set(testCase.name, Object.fromEntries(testCase.providers.map((id) => [id, median(samples[id])])));
    process.stdout.write(`${testCase.name}: ${testCase.providers.map((id) => `${id} ${samples[id].map((ms) => Math.round(ms)).join("/")} ms`).join(", ")}\n`);
  }
  const prism = (id: ProviderId) => medians.get(`plain prism (${id})`)![id]!;
  table(
    [...medians].map(([name, times]) => ({
      case: name,
      "telnyx ms (median)": times.telnyx === undefined ? "" : Math.round(times.telnyx),
      "vonage ms (median)": times.vonage === undefined ? "" : Math.round(times.vonage),
      "telnyx / plain prism": times.telnyx === undefined ? "" : ratio(times.telnyx, prism("telnyx")),
      "vonage / plain prism": times.vonage === undefined ? "" : ratio(times.vonage, prism("vonage")),
    })),
  );
  console.log(`Medians of ${runs} runs; time from spawn to the first 2xx answer on each mock, generator cache warm.`);
}

function killAll(): void {
  for (const child of live) killGroup(child, "SIGKILL");
}

process.once("exit", killAll);
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    killAll();
    process.exit(130);
  });
}

main().catch((error: unknown) => {
  console.error(`bench:start: ${(error as Error).message}`);
  killAll();
  process.exitCode = 1;
});
