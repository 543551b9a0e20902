// `npm run soak`: a bounded robustness run against the stateful Telnyx mock in its own process.
// N clients for T seconds (loopback only; it stops by itself) send a mix of valid reads, creations,
// malformed JSON, oversized bodies, wrong content types and fault headers. Every kind of request
// has the status it must get; the run passes (prints OK, exits 0) only when every check holds:
// the process stayed up, every request was answered (no reset or refused connection), each kind
// got its expected status every time, and memory did not keep growing. Otherwise it prints each
// failed check and exits 1.
import { spawn } from "node:child_process";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const clients = Number(process.env.SOAK_CLIENTS ?? 16);
const seconds = Number(process.env.SOAK_SECONDS ?? 20);
const port = 4900 + Math.floor(Math.random() * 90);
const base = `http://127.0.0.1:${port}`;
const auth = { Authorization: "Bearer soak" };
const json = { ...auth, "content-type": "application/json" };
/** Larger than the mock's 1 MiB default limit, so the answer must be a 413. */
const OVERSIZED_BYTES = 2 * 1024 * 1024;

interface Scenario {
  name: string;
  send: () => Promise<Response>;
  /** The statuses this request may get; anything else is a failed check. */
  expect: (status: number) => boolean;
  expected: string;
}

const scenarios: Scenario[] = [
  { name: "list brands", send: () => fetch(`${base}/10dlc/brand`, { headers: auth }), expect: (s) => s === 200, expected: "200" },
  { name: "list number orders under /v2", send: () => fetch(`${base}/v2/number_orders`, { headers: auth }), expect: (s) => s === 200, expected: "200" },
  {
    name: "create a brand",
    send: () =>
      fetch(`${base}/10dlc/brand`, {
        method: "POST",
        headers: json,
        body: JSON.stringify({ entityType: "PRIVATE_PROFIT", displayName: "Soak", country: "US", email: "s@example.com", vertical: "RETAIL" }),
      }),
    expect: (s) => s === 200,
    expected: "200",
  },
  { name: "malformed JSON", send: () => fetch(`${base}/10dlc/brand`, { method: "POST", headers: json, body: "{broken" }), expect: (s) => s === 400, expected: "400" },
  {
    name: "oversized body",
    send: () => fetch(`${base}/10dlc/brand`, { method: "POST", headers: json, body: "x".repeat(OVERSIZED_BYTES) }),
    expect: (s) => s === 413,
    expected: "413",
  },
  {
    name: "wrong content type",
    send: () => fetch(`${base}/10dlc/brand`, { method: "POST", headers: { ...auth, "content-type": "text/plain" }, body: "hello" }),
    expect: (s) => s >= 400 && s < 500,
    expected: "4xx",
  },
  { name: "fault header 503", send: () => fetch(`${base}/10dlc/brand`, { headers: { ...auth, "x-mock-fault": "503" } }), expect: (s) => s === 503, expected: "503" },
  { name: "unknown brand id", send: () => fetch(`${base}/10dlc/brand/does-not-exist`, { headers: auth }), expect: (s) => s === 404, expected: "404" },
];

interface Tally {
  statuses: Map<number, number>;
  unexpected: number;
  /** Requests that got no answer at all (reset, refused, EPIPE), with one sample error. */
  dropped: number;
  sampleError?: string;
}

function startMock() {
  const child = spawn(process.execPath, ["--import", "tsx", path.join(root, "commands/mock.ts"), "--provider", "telnyx", "--telnyx-port", String(port), "--quiet"], {
    cwd: root,
    stdio: ["ignore", "ignore", "inherit"],
  });
  const status = { exited: false, code: null as number | null, signal: null as NodeJS.Signals | null };
  child.once("exit", (code, signal) => Object.assign(status, { exited: true, code, signal }));
  return { child, status };
}

async function health(): Promise<{ rssBytes: number }> {
  const response = await fetch(`${base}/__mock/health`);
  return (await response.json()) as { rssBytes: number };
}

async function waitUntilUp(isDead: () => boolean): Promise<void> {
  for (let i = 0; i <= 300; i++) {
    try {
      await health();
      return;
    } catch {
      if (isDead()) break;
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  throw new Error("the mock did not start");
}

/** One client: sends the scenarios in turn (offset by its number) until the deadline. */
async function client(index: number, deadline: number, tallies: Tally[], isDead: () => boolean): Promise<number> {
  let sent = 0;
  for (let i = index; Date.now() < deadline && !isDead(); i++) {
    const which = i % scenarios.length;
    const scenario = scenarios[which]!;
    const tally = tallies[which]!;
    sent++;
    try {
      const response = await scenario.send();
      await response.arrayBuffer();
      tally.statuses.set(response.status, (tally.statuses.get(response.status) ?? 0) + 1);
      if (!scenario.expect(response.status)) tally.unexpected++;
    } catch (error) {
      tally.dropped++;
      tally.sampleError ??= describeError(error);
    }
  }
  return sent;
}

function describeError(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? (error as Error).message;
}

/** Memory is "stable" when the second half of the run grows less than 25 % over the first half's peak. */
function memoryVerdict(rssStart: number, samples: number[], rssEnd: number) {
  const half = Math.floor(samples.length / 2);
  const firstPeak = Math.max(rssStart, ...samples.slice(0, half));
  const secondPeak = Math.max(...samples.slice(half), rssEnd);
  return { firstPeak, secondPeak, stable: Number.isFinite(secondPeak) && secondPeak <= firstPeak * 1.25 };
}

async function main(): Promise<number> {
  const { child, status } = startMock();
  const isDead = () => status.exited;
  try {
    await waitUntilUp(isDead);
    const tallies: Tally[] = scenarios.map(() => ({ statuses: new Map(), unexpected: 0, dropped: 0 }));
    const deadline = Date.now() + seconds * 1000;
    const rssStart = (await health()).rssBytes;
    const samples: number[] = [];
    const sampler = setInterval(() => void health().then((h) => samples.push(h.rssBytes), () => undefined), 1000);
    const sent = (await Promise.all(Array.from({ length: clients }, (_, c) => client(c, deadline, tallies, isDead)))).reduce((a, b) => a + b, 0);
    clearInterval(sampler);
    const rssEnd = isDead() ? Number.NaN : await health().then((h) => h.rssBytes, () => Number.NaN);
    const memory = memoryVerdict(rssStart, samples, rssEnd);

    console.log(`Soak: ${clients} clients for ${seconds}s against the stateful Telnyx mock on ${base}; ${sent} requests.`);
    console.table(
      scenarios.map((scenario, i) => ({
        request: scenario.name,
        expected: scenario.expected,
        statuses: JSON.stringify(Object.fromEntries([...tallies[i]!.statuses].sort((a, b) => a[0] - b[0]))),
        unexpected: tallies[i]!.unexpected,
        "no answer": tallies[i]!.dropped,
      })),
    );
    console.log(
      `rss start ${(rssStart / 1e6).toFixed(1)} MB, first-half peak ${(memory.firstPeak / 1e6).toFixed(1)} MB, second-half peak ${(memory.secondPeak / 1e6).toFixed(1)} MB, end ${(rssEnd / 1e6).toFixed(1)} MB`,
    );

    const failed: string[] = [];
    if (isDead()) failed.push(`the mock process died (exit code ${status.code}, signal ${status.signal}).`);
    scenarios.forEach((scenario, i) => {
      const tally = tallies[i]!;
      const total = tally.dropped + [...tally.statuses.values()].reduce((a, b) => a + b, 0);
      if (total === 0) failed.push(`"${scenario.name}" was never sent.`);
      if (tally.dropped > 0) failed.push(`"${scenario.name}": ${tally.dropped} of ${total} requests got no answer (${tally.sampleError}).`);
      if (tally.unexpected > 0) failed.push(`"${scenario.name}": ${tally.unexpected} of ${total} answers were not ${scenario.expected}.`);
    });
    if (!isDead() && !memory.stable) failed.push("memory kept growing (second-half peak more than 25 % over the first half's).");

    if (failed.length === 0) {
      console.log("OK: no crash, every request answered with its expected status, memory stable.");
      return 0;
    }
    console.log(`FAILED (${failed.length} check${failed.length === 1 ? "" : "s"}):`);
    for (const line of failed) console.log(`  - ${line}`);
    return 1;
  } finally {
    child.kill("SIGTERM");
  }
}

process.exitCode = await main().catch((error: unknown) => {
  console.log(`FAILED: ${(error as Error).message}`);
  return 1;
});
