// The mock never lies: a seeded, bounded property-based fuzzer over every operation of both
// bundled specs, in stateless and stateful mode, over real HTTP. Valid requests (generated from
// the request schemas) must get a declared 2xx matching the response schema; mutated ones a 4xx
// in the provider's error format naming what was wrong; nothing may get a 5xx or lose its
// connection. The budget here is one run (two requests) per operation and mode; `npm run fuzz`
// runs the same properties for longer. Set FUZZ_SEED to replay another seed.
import { afterAll, describe, expect, it } from "vitest";
import type { RunningMock } from "../../mocks/server.js";
import { loadFuzzSpec, type ProviderId } from "../support/fuzz/operations.js";
import { Fuzzer, type FuzzMode } from "../support/fuzz/run.js";
import { startFuzzTarget } from "../support/fuzz/target.js";
import { repoRoot } from "../support/spec.js";

const seed = Number(process.env.FUZZ_SEED ?? 20261101);
const runsPerOperation = 1;
console.log(`mock fuzzer seed ${seed} (replay: FUZZ_SEED=${seed} npx vitest run test/mocks/fuzz.test.ts, or npm run fuzz -- --seed ${seed})`);

const started: RunningMock[] = [];
afterAll(() => Promise.all(started.map((mock) => mock.close())));

describe.each<ProviderId>(["telnyx", "vonage"])("%s mock under the fuzzer", (provider) => {
  const spec = loadFuzzSpec(repoRoot, provider);

  it.each<FuzzMode>(["stateless", "stateful"])("answers every operation's valid and mutated requests as its spec says (%s)", async (mode) => {
    const { target, mock } = await startFuzzTarget(repoRoot, provider, mode);
    started.push(mock);
    const summary = await new Fuzzer(spec).run(target, { seed, runsPerOperation });

    // The fuzzer itself must have done its job: every operation driven, both kinds of request sent.
    expect(summary.operations).toBe(spec.operations.length);
    expect(summary.requests).toBeGreaterThanOrEqual(2 * spec.operations.length);
    expect(summary.byOutcome.accepted + summary.byOutcome["state-rejected"]).toBeGreaterThan(0);
    expect(summary.byOutcome.rejected).toBeGreaterThan(0);

    const report = summary.failures.map((failure) => failure.report).join("\n\n");
    expect(summary.failures, `seed ${seed}: ${summary.failures.length} ${provider} operation(s) answered wrongly in ${mode} mode\n\n${report}`).toEqual([]);
  });
});
