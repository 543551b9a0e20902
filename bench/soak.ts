// `npm run soak`: a bounded robustness run against the stateful Telnyx mock in its own process.
// N clients for T seconds (loopback only; it stops by itself) send a mix of valid reads, creations,
// malformed JSON, oversized bodies, wrong content types and fault headers. It fails (exit 1) if the
// mock process dies or stops answering, or if its memory keeps growing.
import { spawn } from "node:child_process";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const clients = Number(process.env.SOAK_CLIENTS ?? 16);
const seconds = Number(process.env.SOAK_SECONDS ?? 20);
const port = 4900 + Math.floor(Math.random() * 90);
const base = `http://127.0.0.1:${port}`;
const auth = { Authorization: "Bearer soak" };

const child = spawn(process.execPath, ["--import", "tsx", path.join(root, "mocks/cli.ts"), "--provider", "telnyx", "--telnyx-port", String(port), "--quiet"], {
  cwd: root,
  stdio: ["ignore", "ignore", "inherit"],
});
let crashed = false;
child.once("exit", (code) => (crashed = code !== null));

async function health(): Promise<{ rssBytes: number }> {
  const response = await fetch(`${base}/__mock/health`);
  return (await response.json()) as { rssBytes: number };
}

for (let i = 0; ; i++) {
  try {
    await health();
    break;
  } catch {
    if (i > 300 || crashed) throw new Error("mock did not start");
    await new Promise((r) => setTimeout(r, 50));
  }
}

const requests: Array<() => Promise<Response>> = [
  () => fetch(`${base}/10dlc/brand`, { headers: auth }),
  () => fetch(`${base}/v2/number_orders`, { headers: auth }),
  () =>
    fetch(`${base}/10dlc/brand`, {
      method: "POST",
      headers: { ...auth, "content-type": "application/json" },
      body: JSON.stringify({ entityType: "PRIVATE_PROFIT", displayName: "Soak", country: "US", email: "s@example.com", vertical: "RETAIL" }),
    }),
  () => fetch(`${base}/10dlc/brand`, { method: "POST", headers: { ...auth, "content-type": "application/json" }, body: "{broken" }),
  () => fetch(`${base}/10dlc/brand`, { method: "POST", headers: { ...auth, "content-type": "application/json" }, body: "x".repeat(2 * 1024 * 1024) }),
  () => fetch(`${base}/10dlc/brand`, { method: "POST", headers: { ...auth, "content-type": "text/plain" }, body: "hello" }),
  () => fetch(`${base}/10dlc/brand`, { headers: { ...auth, "x-mock-fault": "503" } }),
  () => fetch(`${base}/10dlc/brand/does-not-exist`, { headers: auth }),
];

const statuses = new Map<number, number>();
let failures = 0;
let sent = 0;
const deadline = Date.now() + seconds * 1000;
const rssStart = (await health()).rssBytes;
const samples: number[] = [];
const sampler = setInterval(() => void health().then((h) => samples.push(h.rssBytes), () => undefined), 1000);

await Promise.all(
  Array.from({ length: clients }, async (_, c) => {
    for (let i = c; Date.now() < deadline && !crashed; i++) {
      sent++;
      try {
        const response = await requests[i % requests.length]!();
        await response.arrayBuffer();
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
      } catch {
        failures++;
      }
    }
  }),
);
clearInterval(sampler);
const rssEnd = crashed ? Number.NaN : (await health()).rssBytes;
child.kill("SIGTERM");

// Memory is "stable" when the second half of the run grows less than 25 % over the first half's peak.
const half = Math.floor(samples.length / 2);
const firstPeak = Math.max(rssStart, ...samples.slice(0, half));
const secondPeak = Math.max(...samples.slice(half), rssEnd);
const stable = Number.isFinite(secondPeak) && secondPeak <= firstPeak * 1.25;

console.log(`Soak: ${clients} clients for ${seconds}s against the stateful Telnyx mock on ${base}`);
console.log(`requests ${sent}, connection failures ${failures}, statuses ${JSON.stringify(Object.fromEntries([...statuses].sort()))}`);
console.log(`rss start ${(rssStart / 1e6).toFixed(1)} MB, first-half peak ${(firstPeak / 1e6).toFixed(1)} MB, second-half peak ${(secondPeak / 1e6).toFixed(1)} MB, end ${(rssEnd / 1e6).toFixed(1)} MB`);
console.log(crashed ? "FAILED: the mock process died." : stable ? "OK: no crash, memory stable." : "FAILED: memory kept growing.");
process.exit(crashed || !stable || failures > 0 ? 1 : 0);
