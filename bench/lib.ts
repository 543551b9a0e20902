// Small measuring helpers shared by the benchmarks: bounded load loops, autocannon runs,
// percentiles, ratios and tables.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

export interface LoadResult {
  requests: number;
  failures: number;
  seconds: number;
  perSecond: number;
  p50: number;
  p99: number;
}

/**
 * Sends `send()` from `concurrency` loops until `count` requests are done or `maxSeconds` pass,
 * whichever comes first (every load here targets loopback only, and always stops by itself).
 */
export async function load(send: () => Promise<boolean>, options: { count: number; concurrency: number; maxSeconds: number }): Promise<LoadResult> {
  const latencies: number[] = [];
  let started = 0;
  let failures = 0;
  const deadline = performance.now() + options.maxSeconds * 1000;
  const begin = performance.now();
  const worker = async () => {
    while (started < options.count && performance.now() < deadline) {
      started++;
      const t0 = performance.now();
      const ok = await send().catch(() => false);
      latencies.push(performance.now() - t0);
      if (!ok) failures++;
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  const seconds = (performance.now() - begin) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    failures,
    seconds,
    perSecond: latencies.length / seconds,
    p50: percentile(latencies, 0.5),
    p99: percentile(latencies, 0.99),
  };
}

export function percentile(sorted: number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

export function ratio(ours: number, theirs: number): string {
  return `${(ours / theirs).toFixed(2)}×`;
}

export function table(rows: Array<Record<string, string | number>>): void {
  console.table(rows);
}

// ---- autocannon ----

/** One request of an autocannon mix; `setupRequest` may rewrite it per request (unique ids). */
export interface CannonRequest {
  method?: string;
  path: string;
  headers?: Record<string, string>;
  body?: string;
  setupRequest?: (request: CannonRequest) => CannonRequest;
}

export interface CannonResult {
  perSecond: number;
  p50: number;
  p99: number;
  requests: number;
  /** Answered requests by status code. */
  statuses: Record<string, number>;
  non2xx: number;
  errors: number;
  timeouts: number;
}

interface AutocannonOutput {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number };
  statusCodeStats: Record<string, { count: number }>;
  non2xx: number;
  errors: number;
  timeouts: number;
}

type Autocannon = (options: Record<string, unknown>) => Promise<AutocannonOutput>;

// autocannon ships no types; this is the part of its API the benchmarks use.
const autocannon = createRequire(import.meta.url)("autocannon") as Autocannon;

/** Runs autocannon against a loopback URL for `seconds`; the server must be in another process. */
export async function cannon(url: string, requests: CannonRequest[], options: { connections: number; seconds: number }): Promise<CannonResult> {
  if (!/^http:\/\/127\.0\.0\.1:\d+$/.test(url)) throw new Error(`benchmarks load loopback only, not ${url}`);
  const output = await autocannon({ url, connections: options.connections, duration: options.seconds, requests, timeout: 10 });
  return {
    perSecond: output.requests.average,
    p50: output.latency.p50,
    p99: output.latency.p99,
    requests: output.requests.total,
    statuses: Object.fromEntries(Object.entries(output.statusCodeStats ?? {}).map(([code, stats]) => [code, stats.count])),
    non2xx: output.non2xx,
    errors: output.errors,
    timeouts: output.timeouts,
  };
}

// ---- CPU time of a server process ----

/** Linux reports process times in clock ticks; 100 per second on every common kernel config. */
const CLOCK_TICKS_PER_SECOND = 100;

/**
 * CPU seconds (user + system) a process has used so far, from /proc; undefined where there is
 * no /proc. On a shared machine, throughput follows whatever else runs, but the CPU a server
 * spends per request does not: it is the steadier way to compare two servers.
 */
export function cpuSecondsOf(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // Fields after the command name (which may hold spaces, so split after its closing paren).
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS_PER_SECOND;
  } catch {
    return undefined;
  }
}
