// Small measuring helpers shared by the benchmarks: bounded load loops and percentiles.

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
