// `npm run bench:start [-- --runs 5] [--only "mock CLI"]` (--only: cases whose name contains it; repeatable)
// Start-up time of the mocks: from spawning a process to the first answered request on each
// provider's mock, with the generator's cache warm (nothing changed). Cases:
//   npm start          the script as a user runs it (whatever package.json says);
//   npm run mock       the same for the mocks alone;
//   start command      `node commands/run.js start` (what npm start runs, without npm): generate
//                      in-process, then the mocks;
//   mock CLI           `node commands/run.js mock`, the mocks alone;
//   plain prism        `prism mock generated/<id>/openapi.json`, one process per spec.
// Ratios are ours / plain prism, per provider. Every process listens on 127.0.0.1 on a free port,
// is bounded in time, and is killed (its whole process group) after each run.
import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { readdirSync, readFileSync } from "node:fs";
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
/** Linux's USER_HZ, the unit of /proc/<pid>/stat's times. */
const CLOCK_TICKS_PER_SECOND = 100;

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
    name: "npm run mock",
    providers: ["telnyx", "vonage"],
    command: (ports) => ({ file: "npm", args: ["run", "mock", "--silent", "--", "--quiet"], env: portsEnv(ports) }),
  },
  {
    name: "start command",
    providers: ["telnyx", "vonage"],
    command: (ports) => ({ file: process.execPath, args: ["commands/run.js", "start", "--quiet"], env: portsEnv(ports) }),
  },
  {
    name: "mock CLI",
    providers: ["telnyx", "vonage"],
    command: (ports) => ({ file: process.execPath, args: ["commands/run.js", "mock", "--quiet"], env: portsEnv(ports) }),
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

/**
 * CPU seconds (user + system) spent so far by a process group: every live member, and the
 * children each has waited for (npm's finished `generate` step is in its shell's count). Wall
 * time on a shared 2-core machine swings with the load; CPU time much less.
 */
function groupCpuSeconds(group: number): number {
  let ticks = 0;
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${entry}/stat`, "utf8");
    } catch {
      continue; // ended meanwhile
    }
    // Fields after the command name (which may hold spaces): state, ppid, pgrp, … utime at 11.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    if (Number(fields[2]) !== group) continue;
    ticks += Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14]);
  }
  return ticks / CLOCK_TICKS_PER_SECOND;
}

interface RunResult {
  ms: Record<ProviderId, number>;
  /** CPU seconds of the whole process group once every mock of the case has answered. */
  cpu: number;
}

/** One run: spawn, time the first answer of each provider, kill. */
async function runOnce(testCase: Case): Promise<RunResult> {
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
    const cpu = groupCpuSeconds(child.pid!);
    return { ms: Object.fromEntries(testCase.providers.map((id, i) => [id, times[i]!])) as Record<ProviderId, number>, cpu };
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
  const child = spawn(process.execPath, ["commands/run.js", "generate", "--quiet"], { cwd: root, stdio: ["ignore", "inherit", "inherit"] });
  const [code] = await once(child, "exit");
  if (code !== 0) throw new Error(`npm run generate failed (exit ${code}); the bench needs generated/ up to date`);
}

async function main(): Promise<void> {
  const { runs, only } = settings();
  await warmCache();
  const medians = new Map<string, { times: Partial<Record<ProviderId, number>>; cpu: number }>();
  // Plain prism is always run: the ratios are against it.
  const cases = only.length === 0 ? CASES : CASES.filter((c) => c.name.startsWith("plain prism") || only.some((name) => c.name.includes(name)));
  for (const testCase of cases) {
    const samples: Record<ProviderId, number[]> = { telnyx: [], vonage: [] };
    const cpu: number[] = [];
    for (let run = 0; run < runs; run++) {
      const result = await runOnce(testCase);
      for (const id of testCase.providers) samples[id].push(result.ms[id]);
      cpu.push(result.cpu);
    }
    medians.set(testCase.name, { times: Object.fromEntries(testCase.providers.map((id) => [id, median(samples[id])])), cpu: median(cpu) });
    process.stdout.write(`${testCase.name}: ${testCase.providers.map((id) => `${id} ${samples[id].map((ms) => Math.round(ms)).join("/")} ms`).join(", ")}; CPU ${cpu.map((s) => s.toFixed(2)).join("/")} s\n`);
  }
  const prism = (id: ProviderId) => medians.get(`plain prism (${id})`)!.times[id]!;
  // Both plain prisms together do what one of our processes does: serve both specs.
  const prismCpu = medians.get("plain prism (telnyx)")!.cpu + medians.get("plain prism (vonage)")!.cpu;
  table(
    [...medians].map(([name, { times, cpu }]) => ({
      case: name,
      "telnyx ms": times.telnyx === undefined ? "" : Math.round(times.telnyx),
      "vonage ms": times.vonage === undefined ? "" : Math.round(times.vonage),
      "telnyx / prism": times.telnyx === undefined ? "" : ratio(times.telnyx, prism("telnyx")),
      "vonage / prism": times.vonage === undefined ? "" : ratio(times.vonage, prism("vonage")),
      "CPU s": cpu.toFixed(2),
      "CPU / both prisms": name.startsWith("plain prism") ? "" : ratio(cpu, prismCpu),
    })),
  );
  console.log(`Medians of ${runs} runs: time from spawn to the first 2xx answer on each mock, and CPU seconds of all the case's processes by then; generator cache warm.`);
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
