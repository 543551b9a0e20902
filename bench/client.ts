// Client overhead: a generated call (the facade's method, and the same operation's function from
// functions.ts, both → runtime → fetch) against a raw fetch call doing the same request, all
// against the same local HTTP server on 127.0.0.1.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { readFileSync } from "node:fs";
import { RefResolver } from "../codegen/refs.js";
import { createTelnyxClient, createTelnyxConfig, messaging10dlcBrandRetrieve } from "../generated/telnyx/index.js";
import { messaging10dlcBrandRetrieve as brandCheck, responseValidation } from "../generated/telnyx/validators.js";
import { load, ratio, table, type LoadResult } from "./lib.js";

const count = Number(process.env.BENCH_REQUESTS ?? 5000);
// The spec's own example brand, so the validating client checks a real, valid answer.
const spec = JSON.parse(readFileSync(new URL("../generated/telnyx/openapi.json", import.meta.url), "utf8")) as Record<string, unknown>;
const refs = new RefResolver(spec);
const media = refs.at<{ examples?: Record<string, unknown>; example?: unknown }>("/paths/~110dlc~1brand~1{brandId}/get/responses/200/content/application~1json").node;
const example = media.example ?? refs.resolve<{ value: unknown }>(Object.values(media.examples ?? {})[0]).value;
const body = JSON.stringify(example);

const server = http.createServer((_req, res) => {
  res.writeHead(200, { "content-type": "application/json" }).end(body);
});
await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const brandId = "4b20019b-043a-78f8-0657-b3be3f4b4002";

const telnyx = createTelnyxClient({ apiKey: "bench", baseUrl });
const config = createTelnyxConfig({ apiKey: "bench", baseUrl });
const validating = createTelnyxConfig({ apiKey: "bench", baseUrl, validateResponse: responseValidation({ brandCheck }) });
const options = { count, concurrency: 8, maxSeconds: 20 };

const clients: Record<string, () => Promise<boolean>> = {
  "raw fetch": async () => {
    const response = await fetch(`${baseUrl}/10dlc/brand/${encodeURIComponent(brandId)}`, { headers: { Authorization: "Bearer bench" } });
    if (!response.ok) throw new Error(String(response.status));
    return typeof ((await response.json()) as { brandId?: string }).brandId === "string";
  },
  // The same, bounded by a timeout the way each generated attempt is: most of what a generated
  // call costs beyond raw fetch is undici's handling of that AbortSignal, and this row shows it.
  "raw fetch + timeout": async () => {
    const timer = new AbortController();
    const handle = setTimeout(() => timer.abort(), 60_000);
    try {
      const response = await fetch(`${baseUrl}/10dlc/brand/${encodeURIComponent(brandId)}`, { headers: { Authorization: "Bearer bench" }, signal: timer.signal });
      if (!response.ok) throw new Error(String(response.status));
      return typeof ((await response.json()) as { brandId?: string }).brandId === "string";
    } finally {
      clearTimeout(handle);
    }
  },
  "generated facade": async () => typeof (await telnyx.messaging10dlc.brand.retrieve(brandId)).brandId === "string",
  "generated function": async () => typeof (await messaging10dlcBrandRetrieve(config, brandId)).brandId === "string",
  // The same call with its answer checked against the spec (validators.ts): what validation costs.
  "generated function + validation": async () => typeof (await messaging10dlcBrandRetrieve(validating, brandId)).brandId === "string",
};

/** One load run, with the CPU this process spent per call (client and server alike, the same server work for every client). */
async function measure(send: () => Promise<boolean>): Promise<LoadResult & { cpuMicros: number }> {
  const cpu = process.cpuUsage();
  const result = await load(send, options);
  const used = process.cpuUsage(cpu);
  return { ...result, cpuMicros: (used.user + used.system) / result.requests };
}

// Warm every path up, then run five rounds, each running all four back to back in a rotating
// order (so none always gets the warmest JIT). Ratios are taken within a round, where all four
// met the same load of this shared machine, and the median round is printed: wall time follows
// whatever else runs, CPU per call much less so.
const names = Object.keys(clients);
for (const name of names) await measure(clients[name]!);
const ROUNDS = 5;
const rounds: Array<Record<string, LoadResult & { cpuMicros: number }>> = [];
for (let round = 0; round < ROUNDS; round++) {
  const results: Record<string, LoadResult & { cpuMicros: number }> = {};
  for (const name of [...names.slice(round % names.length), ...names.slice(0, round % names.length)]) results[name] = await measure(clients[name]!);
  rounds.push(results);
}

function median(values: number[]): number {
  const sorted = [...values].sort((x, y) => x - y);
  return sorted[Math.floor(sorted.length / 2)]!;
}

console.log(`Client benchmark: GET /10dlc/brand/{brandId} against a local server, ${count} calls, 8 concurrent, median of ${ROUNDS} rounds.\n`);
table(
  names.map((name) => ({
    client: name,
    "calls/s": Math.round(median(rounds.map((r) => r[name]!.perSecond))),
    "CPU µs/call": Math.round(median(rounds.map((r) => r[name]!.cpuMicros))),
    "p50 ms": median(rounds.map((r) => r[name]!.p50)).toFixed(3),
    "p99 ms": median(rounds.map((r) => r[name]!.p99)).toFixed(3),
  })),
);
// Overhead per call against raw fetch (1.00× = none): wall time (from throughput) and CPU time.
for (const name of ["raw fetch + timeout", "generated facade", "generated function", "generated function + validation"]) {
  const wall = median(rounds.map((r) => r["raw fetch"]!.perSecond / r[name]!.perSecond));
  const cpu = median(rounds.map((r) => r[name]!.cpuMicros / r["raw fetch"]!.cpuMicros));
  console.log(`${name}/raw fetch: wall time per call ${ratio(wall, 1)}, CPU per call ${ratio(cpu, 1)}`);
}
server.close();
