// Fault injection, so frontends and clients can be tried against slow and failing APIs:
// - per request, by header: `x-mock-latency: <ms>`, `x-mock-fault: 429 | 500 | 503 | reset`;
// - queued through the control API: the next N matching requests fail (`POST /__mock/faults`);
// - per run, by config: a latency range and a fault rate, from a seeded generator so runs repeat.

export type Fault = 429 | 500 | 503 | "reset";

export interface FaultConfig {
  /** Added latency in ms, drawn uniformly from [min, max] for every request. */
  latency?: [number, number];
  /** Share of requests (0..1) that fail with a random fault. */
  rate?: number;
  /** Seed of the random generator (default 1). */
  seed?: number;
}

export interface QueuedFault {
  fault: Fault;
  /** How many more requests it applies to. */
  times: number;
  /** Only requests whose path (without base path) starts with this. */
  path?: string;
}

export interface FaultDecision {
  latency: number;
  fault?: Fault;
}

const MAX_LATENCY_MS = 30_000;
const FAULTS: Fault[] = [429, 500, 503, "reset"];

export function parseFault(value: string | undefined): Fault | undefined {
  if (value === undefined) return undefined;
  const text = value.trim().toLowerCase();
  if (text === "reset") return "reset";
  const status = Number(text);
  return status === 429 || status === 500 || status === 503 ? status : undefined;
}

export class FaultInjector {
  private queue: QueuedFault[] = [];
  private readonly random: () => number;

  constructor(private readonly config: FaultConfig = {}) {
    this.random = mulberry32(config.seed ?? 1);
  }

  enqueue(fault: QueuedFault): void {
    this.queue.push({ ...fault });
  }

  pending(): QueuedFault[] {
    return this.queue.map((q) => ({ ...q }));
  }

  clear(): void {
    this.queue = [];
  }

  /** What happens to this request: headers win, then queued faults, then the run's configuration. */
  decide(path: string, headers: Record<string, string | undefined>): FaultDecision | { error: string } {
    const rawLatency = headers["x-mock-latency"];
    let latency = 0;
    if (rawLatency !== undefined) {
      latency = Number(rawLatency);
      if (!Number.isFinite(latency) || latency < 0) return { error: `x-mock-latency must be a number of milliseconds, not "${rawLatency}".` };
    } else if (this.config.latency) {
      const [min, max] = this.config.latency;
      latency = min + this.random() * (max - min);
    }
    latency = Math.min(latency, MAX_LATENCY_MS);

    const rawFault = headers["x-mock-fault"];
    if (rawFault !== undefined) {
      const fault = parseFault(rawFault);
      return fault === undefined ? { error: `x-mock-fault must be 429, 500, 503 or reset, not "${rawFault}".` } : { latency, fault };
    }
    const queued = this.queue.find((q) => q.times > 0 && (!q.path || path.startsWith(q.path)));
    if (queued) {
      queued.times--;
      this.queue = this.queue.filter((q) => q.times > 0);
      return { latency, fault: queued.fault };
    }
    if (this.config.rate && this.random() < this.config.rate) {
      return { latency, fault: FAULTS[Math.floor(this.random() * FAULTS.length)]! };
    }
    return { latency };
  }
}

/** A small, fast seeded generator (mulberry32): the same seed gives the same run. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
