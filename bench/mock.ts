// Mock server speed: our mock (router + Prism's engine) against the plain `prism mock` CLI, on the
// same bundled spec and the same requests, over loopback. Prints requests/s, p50/p99 latency and
// start-up time of both, and the ratios.
import { spawn, type ChildProcess } from "node:child_process";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { createRequire } from "node:module";
import path from "node:path";
import { profiles } from "../mocks/profiles.js";
import { load, ratio, table } from "./lib.js";

const root = path.resolve(import.meta.dirname, "..");
const count = Number(process.env.BENCH_REQUESTS ?? 3000);
const concurrency = Number(process.env.BENCH_CONCURRENCY ?? 16);
const maxSeconds = Number(process.env.BENCH_SECONDS ?? 20);

/** Polls `url` until it answers (any status), returning the milliseconds it took. */
async function waitUntilUp(url: string, since: number, timeoutMs = 30_000): Promise<number> {
  while (performance.now() - since < timeoutMs) {
    try {
      await fetch(url);
      return performance.now() - since;
    } catch {
      await new Promise((r) => setTimeout(r, 20));
    }
  }
  throw new Error(`${url} did not come up within ${timeoutMs} ms`);
}

// Both servers run in their own process, as users run them, so neither shares the event loop
// with the load generator.
function startOurMock(port: number, stateless: boolean): ChildProcess {
  const flags = stateless ? ["--stateless"] : [];
  return spawn(process.execPath, ["--import", "tsx", path.join(root, "mocks/cli.ts"), "--provider", "telnyx", "--telnyx-port", String(port), "--quiet", ...flags], {
    cwd: root,
    stdio: "ignore",
  });
}

function startPrismCli(spec: string, port: number): ChildProcess {
  const prismBin = createRequire(import.meta.url).resolve("@stoplight/prism-cli/dist/index.js");
  return spawn(process.execPath, [prismBin, "mock", spec, "--port", String(port), "--host", "127.0.0.1", "--errors", "false"], {
    stdio: "ignore",
  });
}

async function measure(name: string, baseUrl: string, startupMs: number) {
  const headers = { Authorization: "Bearer bench" };
  const paths = ["/10dlc/brand", "/10dlc/brand/4b20019b-043a-78f8-0657-b3be3f4b4002", "/10dlc/campaign/4b30018f-5e2c-6a1d-9b07-3c2f1e4d8a90"];
  let i = 0;
  // Warm-up: JIT and Prism's schema compilation are one-off costs, not throughput.
  for (const p of paths) await fetch(`${baseUrl}${p}`, { headers }).then((r) => r.arrayBuffer());
  const result = await load(
    async () => {
      const response = await fetch(`${baseUrl}${paths[i++ % paths.length]}`, { headers });
      await response.arrayBuffer();
      return response.status === 200;
    },
    { count, concurrency, maxSeconds },
  );
  return { name, startupMs, ...result };
}

/** Replays the mock's answer from a bare node:http server: the most this load generator can measure. */
async function measureCeiling(source: string) {
  const response = await fetch(`${source}/10dlc/brand`, { headers: { Authorization: "Bearer bench" } });
  const body = Buffer.from(await response.arrayBuffer());
  const server = http.createServer((_req, res) => res.writeHead(200, { "content-type": "application/json" }).end(body));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  try {
    return await measure("ceiling: bare node:http, same bytes", `http://127.0.0.1:${(server.address() as AddressInfo).port}`, 0);
  } finally {
    server.close();
  }
}

async function main() {
  const spec = path.join(root, profiles.telnyx.specFile);
  console.log(`Mock benchmark: ${spec}, up to ${count} GET requests, ${concurrency} concurrent, at most ${maxSeconds}s each.\n`);

  const base = 4600 + Math.floor(Math.random() * 300);
  const rows = [];
  for (const [name, stateless, port] of [["ours, stateless (router + Prism engine)", true, base], ["ours, stateful (default of npm run mock)", false, base + 2]] as const) {
    const started = performance.now();
    const ours = startOurMock(port, stateless);
    try {
      const startup = await waitUntilUp(`http://127.0.0.1:${port}/10dlc/brand`, started);
      rows.push(await measure(name, `http://127.0.0.1:${port}`, startup));
    } finally {
      ours.kill("SIGTERM");
    }
  }
  const oursResult = rows[0]!;

  const port = base + 1;
  const t1 = performance.now();
  const prism = startPrismCli(spec, port);
  try {
    const prismStartup = await waitUntilUp(`http://127.0.0.1:${port}/10dlc/brand`, t1);
    const prismResult = await measure("plain prism mock CLI", `http://127.0.0.1:${port}`, prismStartup);
    const ceiling = await measureCeiling(`http://127.0.0.1:${port}`);
    rows.push(prismResult, ceiling);
    table(
      rows.map((r) => ({
        server: r.name,
        "startup ms": Math.round(r.startupMs),
        requests: r.requests,
        failures: r.failures,
        "req/s": Math.round(r.perSecond),
        "p50 ms": r.p50.toFixed(2),
        "p99 ms": r.p99.toFixed(2),
      })),
    );
    console.log(`throughput ours (stateless)/prism: ${ratio(oursResult.perSecond, prismResult.perSecond)}; ours/ceiling of this load generator: ${ratio(oursResult.perSecond, ceiling.perSecond)}`);
    console.log(`p99 latency prism/ours: ${ratio(prismResult.p99, oursResult.p99)}`);
    console.log(`startup prism/ours: ${ratio(prismResult.startupMs, oursResult.startupMs)}`);
  } finally {
    prism.kill("SIGTERM");
  }
}

await main();
