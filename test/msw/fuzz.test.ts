// The mock fuzzer of test/mocks/fuzz.test.ts, driving the MSW handlers instead of the node
// server: the fuzzer's node:http requests to an address nothing listens on are intercepted by
// msw/node and answered through the Fetch front. Valid requests must get a declared 2xx
// matching the response schema, mutated ones the provider's 4xx naming the problem, nothing a
// 5xx or a lost answer. Same seed as the node fuzz test (FUZZ_SEED replays another).
import { setupServer } from "msw/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { telnyxHandlers } from "../../mocks/msw/telnyx.js";
import { vonageHandlers } from "../../mocks/msw/vonage.js";
import type { MockHandlers } from "../../mocks/msw/index.js";
import { loadFuzzSpec, type ProviderId } from "../support/fuzz/operations.js";
import { Fuzzer, type FuzzMode, type FuzzTarget } from "../support/fuzz/run.js";
import { repoRoot } from "../support/spec.js";

const seed = Number(process.env.FUZZ_SEED ?? 20261101);
console.log(`MSW fuzzer seed ${seed} (replay: FUZZ_SEED=${seed} npx vitest run test/msw/fuzz.test.ts)`);

const factories: Record<ProviderId, (options: { baseUrl: string; stateful: boolean; clockScale: number }) => MockHandlers> = {
  telnyx: telnyxHandlers,
  vonage: vonageHandlers,
};

/** One loopback port per provider and mode that nothing listens on: only the handlers can answer. */
const PORTS: Record<ProviderId, Record<FuzzMode, number>> = { telnyx: { stateless: 9, stateful: 13 }, vonage: { stateless: 17, stateful: 19 } };

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterAll(() => server.close());

describe.each<ProviderId>(["telnyx", "vonage"])("%s MSW handlers under the fuzzer", (provider) => {
  const spec = loadFuzzSpec(repoRoot, provider);

  it.each<FuzzMode>(["stateless", "stateful"])("answer every operation's valid and mutated requests as its spec says (%s)", async (mode) => {
    const baseUrl = `http://127.0.0.1:${PORTS[provider][mode]}`;
    const handlers = factories[provider]({ baseUrl, stateful: mode === "stateful", clockScale: 0 });
    server.use(...handlers);
    const target: FuzzTarget = { baseUrl, mode, reset: () => handlers.control.reset() };
    const summary = await new Fuzzer(spec).run(target, { seed, runsPerOperation: 1 });

    expect(summary.operations).toBe(spec.operations.length);
    expect(summary.requests).toBeGreaterThanOrEqual(2 * spec.operations.length);
    expect(summary.byOutcome.rejected).toBeGreaterThan(0);
    const report = summary.failures.map((failure) => failure.report).join("\n\n");
    expect(summary.failures, `seed ${seed}: ${summary.failures.length} ${provider} operation(s) answered wrongly through MSW in ${mode} mode\n\n${report}`).toEqual([]);
  });
});
