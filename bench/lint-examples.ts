// Benchmark of the lint with the toolkit's example rules against the lint with Redocly's (and,
// for scale, with no example rules at all), on the same specs in the same run:
//   npm run bench:lint-examples -- [--runs N] [SPEC...]
// Each variant lints in a process of its own (one warm-up lint, then N timed ones), so the peak
// RSS printed is that variant's alone. Prints the median wall and CPU time of a lint and the peak
// RSS, each with its ratio to Redocly's rules. Defaults: Telnyx's spec and the synthetic spec `npm run bench:generate` writes.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";
import { lint, type Config } from "@redocly/openapi-core";
import { lintConfig, lintConfigWithExampleRules } from "../codegen/rules.js";

type Variant = "redocly" | "toolkit" | "none";
// Redocly keeps its Ajv (and every schema compiled) until told otherwise, as validate.ts does after each lint.
const requireFromRedocly = createRequire(createRequire(import.meta.url).resolve("@redocly/openapi-core/lib/lint.js"));
const { releaseAjvInstance } = requireFromRedocly("./rules/ajv.js") as { releaseAjvInstance: () => void };
const VARIANTS: Variant[] = ["redocly", "toolkit", "none"];
const DEFAULT_SPECS = ["specs/telnyx/openapi.yaml", ".tmp/bench-generate/synthetic/specs/synthetic/openapi.yaml"];

interface Measurement {
  medianMs: number;
  /** CPU time (user + system) of the median lint: steadier than wall time on a shared machine. */
  medianCpuMs: number;
  peakRssMiB: number;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

function configFor(variant: Variant): Promise<Config> {
  return variant === "toolkit" ? lintConfig("strict") : lintConfigWithExampleRules("strict", variant);
}

/** In the child process: lint `spec` once to warm up, then `runs` times; print the measurement as JSON. */
async function measure(variant: Variant, spec: string, runs: number): Promise<void> {
  const config = await configFor(variant);
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let run = 0; run <= runs; run++) {
    const start = performance.now();
    const startCpu = process.cpuUsage();
    await lint({ ref: spec, config });
    releaseAjvInstance();
    const used = process.cpuUsage(startCpu);
    if (run === 0) continue;
    wall.push(performance.now() - start);
    cpu.push((used.user + used.system) / 1000);
  }
  const result: Measurement = { medianMs: median(wall), medianCpuMs: median(cpu), peakRssMiB: process.resourceUsage().maxRSS / 1024 };
  process.stdout.write(JSON.stringify(result));
}

function inChild(variant: Variant, spec: string, runs: number): Measurement {
  const self = fileURLToPath(import.meta.url);
  const output = execFileSync(process.execPath, ["--import", "tsx", self, "--child", variant, spec, String(runs)], { encoding: "utf8" });
  return JSON.parse(output) as Measurement;
}

function main(args: string[]): void {
  const runsAt = args.indexOf("--runs");
  const runs = runsAt >= 0 ? Number(args[runsAt + 1]) : 3;
  const specs = args.filter((arg, i) => !arg.startsWith("--") && i !== runsAt + 1);
  for (const spec of specs.length > 0 ? specs : DEFAULT_SPECS) {
    if (!existsSync(spec)) {
      console.log(`${spec}: not found (the synthetic spec is written by \`npm run bench:generate -- --runs 1\`)`);
      continue;
    }
    const results = new Map(VARIANTS.map((variant) => [variant, inChild(variant, spec, runs)]));
    const redocly = results.get("redocly")!;
    console.log(`${spec} (median of ${runs} lints, strict; ratios to Redocly's example rules)`);
    for (const [variant, { medianMs, medianCpuMs, peakRssMiB }] of results) {
      const wall = `wall ${(medianMs / 1000).toFixed(2)} s (${(medianMs / redocly.medianMs).toFixed(2)}×)`;
      const cpu = `CPU ${(medianCpuMs / 1000).toFixed(2)} s (${(medianCpuMs / redocly.medianCpuMs).toFixed(2)}×)`;
      const rss = `peak RSS ${peakRssMiB.toFixed(0)} MiB (${(peakRssMiB / redocly.peakRssMiB).toFixed(2)}×)`;
      console.log(`  ${variant.padEnd(8)} ${wall}  ${cpu}  ${rss}`);
    }
  }
}

const args = process.argv.slice(2);
if (args[0] === "--child") await measure(args[1] as Variant, args[2]!, Number(args[3]));
else main(args);
