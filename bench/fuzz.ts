// `npm run fuzz -- --runs N --seed S [--provider telnyx|vonage] [--stateful|--stateless]
//                  [--operation "POST /10dlc/brand"] [--path P] [--shrink]`
// The mock fuzzer of test/mocks/fuzz.test.ts for long runs: the same properties and judges
// (test/support/fuzz/), N runs per operation, against mocks started in this process on loopback.
// Prints the seed first, every failure with its replay line, and a summary; exits 1 on failures.
import path from "node:path";
import { parseArgs } from "node:util";
import { loadFuzzSpec, type ProviderId } from "../test/support/fuzz/operations.js";
import { Fuzzer, type FuzzMode } from "../test/support/fuzz/run.js";
import { startFuzzTarget } from "../test/support/fuzz/target.js";

const root = path.resolve(import.meta.dirname, "..");

class UsageError extends Error {}

function options() {
  const { values } = parseArgs({
    options: {
      runs: { type: "string", default: "20" },
      seed: { type: "string" },
      provider: { type: "string" },
      stateful: { type: "boolean", default: false },
      stateless: { type: "boolean", default: false },
      operation: { type: "string" },
      path: { type: "string" },
      shrink: { type: "boolean", default: false },
    },
  });
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1 || runs > 100_000) throw new UsageError(`--runs takes a whole number from 1 to 100000, not "${values.runs}".`);
  const seed = values.seed === undefined ? Math.floor(Math.random() * 2 ** 31) : Number(values.seed);
  if (!Number.isInteger(seed)) throw new UsageError(`--seed takes an integer, not "${values.seed}".`);
  if (values.provider !== undefined && values.provider !== "telnyx" && values.provider !== "vonage") throw new UsageError(`--provider is telnyx or vonage, not "${values.provider}".`);
  const providers: ProviderId[] = values.provider ? [values.provider as ProviderId] : ["telnyx", "vonage"];
  const modes: FuzzMode[] = values.stateful === values.stateless ? ["stateless", "stateful"] : values.stateful ? ["stateful"] : ["stateless"];
  return { runs, seed, providers, modes, operation: values.operation, path: values.path, shrink: values.shrink };
}

async function main(): Promise<number> {
  const settings = options();
  console.log(`fuzz seed ${settings.seed} (replay with --seed ${settings.seed}), ${settings.runs} runs per operation, ${settings.providers.join("+")} × ${settings.modes.join("+")}`);
  let failed = 0;
  const rows = [];
  for (const provider of settings.providers) {
    const spec = loadFuzzSpec(root, provider);
    for (const mode of settings.modes) {
      const { target, mock } = await startFuzzTarget(root, provider, mode);
      const started = performance.now();
      try {
        const fuzzer = new Fuzzer(spec);
        const summary = await fuzzer.run(target, {
          seed: settings.seed,
          runsPerOperation: settings.runs,
          ...(settings.operation ? { operation: settings.operation } : {}),
          ...(settings.path ? { path: settings.path } : {}),
          shrink: settings.shrink,
        });
        for (const failure of summary.failures) console.log(`\nFAILURE ${failure.report}`);
        failed += summary.failures.length;
        rows.push({
          provider,
          mode,
          operations: summary.operations,
          requests: summary.requests,
          ...Object.fromEntries(["2xx", "4xx", "5xx", "no answer"].map((k) => [k, summary.byStatusClass[k] ?? 0])),
          accepted: summary.byOutcome.accepted,
          rejected: summary.byOutcome.rejected,
          "state-rejected": summary.byOutcome["state-rejected"],
          "failed answers": summary.byOutcome.failed,
          "failing operations": summary.failures.length,
          "valid→invalid": summary.misclassified.validBecameInvalid,
          "mutation stayed valid": summary.misclassified.mutationStayedValid,
          seconds: ((performance.now() - started) / 1000).toFixed(1),
        });
      } finally {
        await mock.close();
      }
    }
  }
  console.log(`\nfuzz seed ${settings.seed}`);
  console.table(rows);
  console.log(failed === 0 ? "OK: every answer matched the spec." : `FAILED: ${failed} operation(s) with a wrong answer (details above).`);
  return failed === 0 ? 0 : 1;
}

process.exitCode = await main().catch((error: unknown) => {
  console.error(error instanceof UsageError ? `fuzz: ${error.message}` : error);
  return 2;
});
