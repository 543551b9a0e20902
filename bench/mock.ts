// `npm run bench:mock [-- --duration 8] [--connections 16]`
// Mock server speed under autocannon, over loopback: our mock (stateless and stateful) against the
// plain `prism mock` CLI on the same bundled Telnyx spec with its default validation, and a bare
// node:http server replaying the same bytes (the ceiling of this load generator on this machine).
// Every server runs in its own child process, so the load generator never shares its event loop.
// Mixes: one repeated GET; GETs of a different brand id each time (no response cache helps);
// brand creations with a different body each time. Non-2xx answers are counted and printed: a
// mock that answers 404 quickly is not fast.
import { spawn, type ChildProcess } from "node:child_process";
import { createRequire } from "node:module";
import net from "node:net";
import path from "node:path";
import { parseArgs } from "node:util";
import { profiles } from "../mocks/providers/index.js";
import { cannon, cpuSecondsOf, ratio, table, type CannonRequest, type CannonResult } from "./lib.js";

const root = path.resolve(import.meta.dirname, "..");
const spec = path.join(root, profiles.telnyx.specFile);
const auth = { authorization: "Bearer bench" };
/** A brand of the spec's examples: the stateful mock is seeded with it. */
const EXAMPLE_BRAND = "4b20019b-043a-78f8-0657-b3be3f4b4002";
/** More distinct ids than the mock's Prism answer cache holds (1,000), so cycling never hits it. */
const STATEFUL_BRANDS = 2000;

type MixName = "repeated GET" | "varied GET" | "varied POST";

interface Server {
  name: string;
  url: string;
  child: ChildProcess;
}

function settings() {
  const { values } = parseArgs({ options: { duration: { type: "string", default: "3" }, connections: { type: "string", default: "16" } } });
  const seconds = Number(values.duration);
  const connections = Number(values.connections);
  if (!(seconds > 0 && seconds <= 120)) throw new Error(`--duration takes seconds from 1 to 120, not "${values.duration}".`);
  if (!(Number.isInteger(connections) && connections > 0 && connections <= 256)) throw new Error(`--connections takes 1 to 256, not "${values.connections}".`);
  return { seconds, connections };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function waitUntilUp(url: string, child: ChildProcess, timeoutMs = 60_000): Promise<void> {
  const since = performance.now();
  while (performance.now() - since < timeoutMs) {
    if (child.exitCode !== null) throw new Error(`${url}: the server exited with ${child.exitCode}`);
    try {
      await fetch(url, { headers: auth }).then((r) => r.arrayBuffer());
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  throw new Error(`${url} did not come up within ${timeoutMs} ms`);
}

async function startOurs(stateful: boolean): Promise<Server> {
  const port = await freePort();
  const flags = stateful ? ["--clock-scale", "0"] : ["--stateless"];
  const child = spawn(process.execPath, ["--import", "tsx", path.join(root, "commands/mock.ts"), "--provider", "telnyx", "--telnyx-port", String(port), "--quiet", ...flags], { cwd: root, stdio: "ignore" });
  const url = `http://127.0.0.1:${port}`;
  await waitUntilUp(`${url}/10dlc/brand`, child);
  return { name: stateful ? "ours, stateful" : "ours, stateless", url, child };
}

async function startPrism(): Promise<Server> {
  const port = await freePort();
  const prismBin = createRequire(import.meta.url).resolve("@stoplight/prism-cli/dist/index.js");
  const child = spawn(process.execPath, [prismBin, "mock", "-p", String(port), "-h", "127.0.0.1", spec], { stdio: "ignore" });
  const url = `http://127.0.0.1:${port}`;
  await waitUntilUp(`${url}/10dlc/brand`, child);
  return { name: "plain prism mock", url, child };
}

/** A bare node:http server in its own process that answers every request with the given bytes. */
async function startCeiling(status: number, body: Buffer): Promise<Server> {
  const port = await freePort();
  const script = `require("node:http").createServer((q,s)=>{q.resume();q.on("end",()=>s.writeHead(${status},{"content-type":"application/json"}).end(Buffer.from(process.env.BODY,"base64")))}).listen(${port},"127.0.0.1")`;
  const child = spawn(process.execPath, ["-e", script], { env: { ...process.env, BODY: body.toString("base64") }, stdio: "ignore" });
  const url = `http://127.0.0.1:${port}`;
  await waitUntilUp(url, child);
  return { name: "ceiling: bare node:http", url, child };
}

function stop(server: Server): Promise<void> {
  return new Promise((resolve) => {
    if (server.child.exitCode !== null) return resolve();
    server.child.once("exit", () => resolve());
    server.child.kill("SIGTERM");
  });
}

/** A unique, well-formed UUID per call: brand ids the response cache has never seen. */
function uniqueIds(): () => string {
  let n = 0;
  const run = Date.now().toString(16).slice(-8).padStart(8, "0");
  return () => `${run}-0000-4000-8000-${(n++).toString(16).padStart(12, "0")}`;
}

function brandBody(name: string): string {
  return JSON.stringify({ entityType: "PRIVATE_PROFIT", displayName: name, country: "US", email: "bench@example.com", vertical: "RETAIL" });
}

function mixes(brandIds?: string[]): Record<MixName, CannonRequest[]> {
  const next = uniqueIds();
  let cycle = 0;
  const variedPath = brandIds ? () => `/10dlc/brand/${brandIds[cycle++ % brandIds.length]}` : () => `/10dlc/brand/${next()}`;
  return {
    "repeated GET": [{ method: "GET", path: `/10dlc/brand/${EXAMPLE_BRAND}`, headers: auth }],
    "varied GET": [{ method: "GET", path: "/", headers: auth, setupRequest: (request) => ({ ...request, path: variedPath() }) }],
    "varied POST": [
      {
        method: "POST",
        path: "/10dlc/brand",
        headers: { ...auth, "content-type": "application/json" },
        setupRequest: (request) => ({ ...request, body: brandBody(`Bench ${next()}`) }),
      },
    ],
  };
}

/** Creates brands in the stateful mock (outside the measurement) and returns their ids. */
async function createBrands(url: string, count: number): Promise<string[]> {
  const ids: string[] = [];
  const worker = async () => {
    while (ids.length < count) {
      const response = await fetch(`${url}/10dlc/brand`, { method: "POST", headers: { ...auth, "content-type": "application/json" }, body: brandBody(`Seed ${ids.length}`) });
      const body = (await response.json()) as { brandId?: string };
      if (response.status !== 200 || !body.brandId) throw new Error(`creating a brand answered ${response.status}`);
      ids.push(body.brandId);
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
  return ids;
}

/** The bytes our mock answers a mix with, for the ceiling server to replay. */
async function sampleAnswer(url: string, mix: CannonRequest[]): Promise<{ status: number; body: Buffer }> {
  const request = mix[0]!.setupRequest ? mix[0]!.setupRequest(mix[0]!) : mix[0]!;
  const response = await fetch(`${url}${request.path}`, { method: request.method ?? "GET", headers: request.headers ?? {}, ...(request.body ? { body: request.body } : {}) });
  return { status: response.status, body: Buffer.from(await response.arrayBuffer()) };
}

interface Row {
  server: string;
  mix: MixName;
  result: CannonResult;
  /** CPU milliseconds the server spent per 1,000 answers, if the OS tells. */
  cpuMsPerThousand?: number;
}

async function measureServer(server: Server, requests: Record<MixName, CannonRequest[]>, names: MixName[], options: { connections: number; seconds: number }): Promise<Row[]> {
  // Warm-up: JIT and schema compilation are one-off costs, not throughput.
  await cannon(server.url, requests["repeated GET"], { connections: options.connections, seconds: 1 });
  const rows: Row[] = [];
  for (const mix of names) {
    const cpuBefore = cpuSecondsOf(server.child.pid);
    const result = await cannon(server.url, requests[mix], options);
    const cpuAfter = cpuSecondsOf(server.child.pid);
    const cpu = cpuBefore !== undefined && cpuAfter !== undefined && result.requests > 0 ? ((cpuAfter - cpuBefore) * 1e6) / result.requests : undefined;
    rows.push({ server: server.name, mix, result, ...(cpu !== undefined ? { cpuMsPerThousand: cpu } : {}) });
  }
  return rows;
}

async function main(): Promise<void> {
  const options = settings();
  console.log(`Mock benchmark (autocannon, ${options.connections} connections, ${options.seconds}s per mix, loopback) on ${spec}`);
  console.log("Numbers depend on what else uses the CPU; compare the ratios within one run.\n");
  const all: MixName[] = ["repeated GET", "varied GET", "varied POST"];
  const rows: Row[] = [];
  const samples = new Map<MixName, { status: number; body: Buffer }>();

  const stateless = await startOurs(false);
  try {
    for (const mix of all) samples.set(mix, await sampleAnswer(stateless.url, mixes()[mix]));
    rows.push(...(await measureServer(stateless, mixes(), all, options)));
  } finally {
    await stop(stateless);
  }

  const stateful = await startOurs(true);
  try {
    const ids = await createBrands(stateful.url, STATEFUL_BRANDS);
    rows.push(...(await measureServer(stateful, mixes(ids), all, options)));
  } finally {
    await stop(stateful);
  }

  const prism = await startPrism();
  try {
    rows.push(...(await measureServer(prism, mixes(), all, options)));
  } finally {
    await stop(prism);
  }

  for (const mix of all) {
    const sample = samples.get(mix)!;
    const ceiling = await startCeiling(sample.status, sample.body);
    try {
      rows.push(...(await measureServer(ceiling, mixes(), [mix], options)));
    } finally {
      await stop(ceiling);
    }
  }

  table(
    rows.map(({ server, mix, result, cpuMsPerThousand }) => ({
      server,
      mix,
      "req/s": Math.round(result.perSecond),
      "p50 ms": result.p50,
      "p99 ms": result.p99,
      "CPU ms/1k": cpuMsPerThousand === undefined ? "n/a" : Math.round(cpuMsPerThousand),
      requests: result.requests,
      "non-2xx": result.non2xx,
      statuses: JSON.stringify(result.statuses),
      errors: result.errors,
    })),
  );

  const row = (server: string, mix: MixName) => rows.find((r) => r.server === server && r.mix === mix);
  const find = (server: string, mix: MixName) => row(server, mix)?.result;
  const cpuRatio = (server: string, mix: MixName) => {
    const theirs = row("plain prism mock", mix)?.cpuMsPerThousand;
    const ours = row(server, mix)?.cpuMsPerThousand;
    return theirs !== undefined && ours !== undefined ? ratio(theirs, ours) : "n/a";
  };
  const ratios = all.map((mix) => {
    const ours = find("ours, stateless", mix)!;
    const oursStateful = find("ours, stateful", mix)!;
    const prismResult = find("plain prism mock", mix)!;
    const ceilingResult = find("ceiling: bare node:http", mix)!;
    return {
      mix,
      "stateless/prism": ratio(ours.perSecond, prismResult.perSecond),
      "stateful/prism": ratio(oursStateful.perSecond, prismResult.perSecond),
      "stateless/ceiling": ratio(ours.perSecond, ceilingResult.perSecond),
      "p99 prism/stateless": ratio(prismResult.p99, ours.p99),
      // Prism's CPU per answer over ours: what the throughput ratio would be on an idle machine.
      "CPU/answer prism/stateless": cpuRatio("ours, stateless", mix),
      "CPU/answer prism/stateful": cpuRatio("ours, stateful", mix),
    };
  });
  console.log("\nThroughput ratios (issue targets: stateless ≥ 10× prism on varied requests, stateful ≥ 5×); on a busy");
  console.log("machine, the CPU-per-answer ratios are the steadier comparison:");
  table(ratios);
  const wrong = rows.filter((r) => r.result.non2xx > 0 || r.result.errors > 0);
  if (wrong.length > 0) {
    console.log("\nNOT ALL 2xx — these rates include failed answers and do not count as throughput:");
    for (const r of wrong) console.log(`  ${r.server} / ${r.mix}: ${r.result.non2xx} non-2xx ${JSON.stringify(r.result.statuses)}, ${r.result.errors} errors`);
    process.exitCode = 1;
  }
}

await main();
