// Client overhead: the generated client (facade → runtime → openapi-fetch) against a raw fetch
// call doing the same request, both against the same local HTTP server.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { createTelnyxClient } from "../generated/telnyx/index.js";
import { load, ratio, table } from "./lib.js";

const count = Number(process.env.BENCH_REQUESTS ?? 5000);
const body = JSON.stringify({ brandId: "4b20019b-043a-78f8-0657-b3be3f4b4002", displayName: "ABC Mobile", status: "OK" });

const server = http.createServer((_req, res) => {
  res.writeHead(200, { "content-type": "application/json" }).end(body);
});
await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const brandId = "4b20019b-043a-78f8-0657-b3be3f4b4002";

const telnyx = createTelnyxClient({ apiKey: "bench", baseUrl });
const options = { count, concurrency: 8, maxSeconds: 20 };

// Alternate the order once so neither side always gets the warmer JIT.
const rawFetch = () =>
  load(async () => {
    const response = await fetch(`${baseUrl}/10dlc/brand/${encodeURIComponent(brandId)}`, { headers: { Authorization: "Bearer bench" } });
    if (!response.ok) throw new Error(String(response.status));
    return typeof ((await response.json()) as { brandId?: string }).brandId === "string";
  }, options);
const generated = () =>
  load(async () => typeof (await telnyx.messaging10dlc.brand.retrieve(brandId)).brandId === "string", options);

await rawFetch();
await generated();
const [raw1, gen1, gen2, raw2] = [await rawFetch(), await generated(), await generated(), await rawFetch()];
const raw = raw1.perSecond > raw2.perSecond ? raw1 : raw2;
const gen = gen1.perSecond > gen2.perSecond ? gen1 : gen2;

console.log(`Client benchmark: GET /10dlc/brand/{brandId} against a local server, ${count} calls, 8 concurrent (best of 2).\n`);
table([
  { client: "raw fetch", "calls/s": Math.round(raw.perSecond), "p50 ms": raw.p50.toFixed(3), "p99 ms": raw.p99.toFixed(3) },
  { client: "generated client", "calls/s": Math.round(gen.perSecond), "p50 ms": gen.p50.toFixed(3), "p99 ms": gen.p99.toFixed(3) },
]);
console.log(`throughput generated/raw: ${ratio(gen.perSecond, raw.perSecond)}`);
server.close();
