// `npm run bench:generate [-- --runs N]`: the whole generator (lint, bundle, types, client, docs,
// format, write) against openapi-typescript alone on the same bundled document, for our Telnyx
// spec and the synthetic 1,120-operation spec (bench/synthetic), in the same run. Every
// measurement is its own child process: wall time from here, peak RSS and CPU time reported by
// the child as it exits; our side runs from a bundle of the sources, as `npm run generate` does
// (run-bundled.js). Also: a regeneration with nothing changed (cache hit), through the API and
// through the CLI, and the per-stage times of the pipeline. Medians of N runs, interleaved
// so both sides see the same machine load; the ratios are the result, not the milliseconds.
import { execFile } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import type { ProviderConfig } from "../codegen/providers.js";
// The measured child imports only the generator: the benchmark's own helpers (autocannon among
// them, in lib.ts) are loaded by the parent, below, so they add nothing to the child's start-up.

const repoRoot = path.resolve(import.meta.dirname, "..");
const scratch = path.join(repoRoot, ".tmp/bench-generate");
const openapiTypescriptCli = path.join(repoRoot, "node_modules/openapi-typescript/bin/cli.js");

/** What a child reports about itself when it exits (Node's own counters, no /usr/bin/time needed). */
interface ChildUsage {
  wallMs: number;
  maxRssMiB: number;
  cpuMs: number;
}

/** Preloaded into every measured child: writes its peak RSS and CPU time to BENCH_USAGE_FILE at exit. */
const USAGE_PRELOAD = `data:text/javascript,${encodeURIComponent(
  `import { writeFileSync } from "node:fs";
process.on("exit", () => {
  const usage = process.resourceUsage();
  writeFileSync(process.env.BENCH_USAGE_FILE, JSON.stringify({ maxRSS: usage.maxRSS, cpu: usage.userCPUTime + usage.systemCPUTime }));
});`,
)}`;

let childCount = 0;

/**
 * Runs `node args` with the usage preload; rejects on a non-zero exit. `bundled`: the first
 * argument is a TypeScript module, run from a bundle as the toolkit's commands are (run-bundled.js).
 */
function measure(args: string[], options: { bundled: boolean }): Promise<ChildUsage & { stdout: string }> {
  const usageFile = path.join(scratch, `usage-${process.pid}-${childCount++}.json`);
  const nodeArgs = ["--import", USAGE_PRELOAD, ...(options.bundled ? [path.join(repoRoot, "bench/run-bundled.js")] : []), ...args];
  const started = performance.now();
  return new Promise((resolve, reject) => {
    execFile(process.execPath, nodeArgs, { cwd: repoRoot, env: { ...process.env, BENCH_USAGE_FILE: usageFile }, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const wallMs = performance.now() - started;
      if (error) return reject(new Error(`${args.join(" ")} failed: ${stderr || error.message}`));
      const usage = JSON.parse(readFileSync(usageFile, "utf8")) as { maxRSS: number; cpu: number };
      rmSync(usageFile, { force: true });
      resolve({ wallMs, maxRssMiB: usage.maxRSS / 1024, cpuMs: usage.cpu / 1000, stdout });
    });
  });
}

// ---- the child side: one generate() call, its timings printed as JSON ----

interface ChildReport {
  generateMs: number;
  cached: number;
  stages: Record<string, number>;
}

async function childGenerate(caseId: string, root: string, outDir: string, cache: boolean): Promise<void> {
  const { generate } = await import("../codegen/pipeline.js");
  const provider = await providerOf(caseId, root);
  if (!provider) throw new Error(`no provider ${caseId} under ${root}`);
  const started = performance.now();
  const result = await generate({ root, outDir, providers: [provider], check: false, cache });
  const report: ChildReport = { generateMs: performance.now() - started, cached: result.cached.length, stages: { ...(result.built[0]?.stages ?? {}) } };
  process.stdout.write(JSON.stringify(report));
}

async function providerOf(caseId: string, root: string): Promise<ProviderConfig | undefined> {
  if (caseId === SYNTHETIC_ID) return (await import("./synthetic/spec.js")).syntheticProvider;
  const { discoverProviders } = await import("../codegen/providers.js");
  return discoverProviders(root).find((p) => p.id === caseId);
}

const SYNTHETIC_ID = "synthetic";

// ---- the parent side ----

interface Case {
  id: string;
  label: string;
  root: string;
  outDir: string;
}

interface Sample {
  ours: ChildUsage & ChildReport;
  theirs: ChildUsage;
  cachedApi: ChildUsage & ChildReport;
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

function runPipeline(c: Case, cache: boolean) {
  return measure([path.join(repoRoot, "bench/generate.ts"), "--child", c.id, c.root, c.outDir, cache ? "cache" : "no-cache"], { bundled: true }).then(
    (usage) => ({ ...usage, ...(JSON.parse(usage.stdout) as ChildReport) }),
  );
}

function runOpenapiTypescript(c: Case) {
  const bundled = path.join(c.outDir, c.id, "openapi.json");
  return measure([openapiTypescriptCli, bundled, "--output", path.join(scratch, `${c.id}-openapi-typescript.ts`), "--default-non-nullable=false"], { bundled: false });
}

async function sampleCase(c: Case): Promise<Sample> {
  rmSync(c.outDir, { recursive: true, force: true });
  const ours = await runPipeline(c, false);
  const theirs = await runOpenapiTypescript(c);
  await runPipeline(c, true); // records the cache
  return { ours, theirs, cachedApi: await cacheHit(c) };
}

/**
 * A regeneration with nothing changed. In a working tree that someone edits meanwhile (codegen/,
 * templates/), the first try may rightly miss and rebuild: it is tried again, up to three times.
 */
async function cacheHit(c: Case) {
  for (let attempt = 1; ; attempt++) {
    const run = await runPipeline(c, true);
    if (run.cached === 1) return run;
    if (attempt === 3) throw new Error(`${c.label}: three regenerations in a row were not cache hits; is something editing codegen/ or templates/?`);
    console.log(`  (the generator's inputs changed during the run; measuring the cache hit again)`);
  }
}

/** What `npm run generate` runs (node commands/run.js generate, without npm's own start-up) with nothing changed. */
async function cliUnchanged(c: Case): Promise<ChildUsage> {
  const args = [path.join(repoRoot, "commands/run.js"), "generate", "--provider", c.id, "--root", c.root, "--out", c.outDir, "--quiet"];
  await measure(args, { bundled: false });
  return measure(args, { bundled: false });
}

const seconds = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;
const mib = (value: number): string => `${Math.round(value)} MiB`;

async function main(): Promise<void> {
  const { DEFAULT_SEED, LARGE } = await import("./synthetic-spec.js");
  const { syntheticProvider, writeSyntheticSpec } = await import("./synthetic/spec.js");
  const { ratio, table } = await import("./lib.js");
  const { values } = parseArgs({ options: { runs: { type: "string", default: "3" } } });
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1 || runs > 20) throw new Error(`--runs must be an integer from 1 to 20, not ${values.runs}`);
  mkdirSync(scratch, { recursive: true });
  const syntheticRoot = path.join(scratch, "synthetic");
  const synthetic = writeSyntheticSpec({ root: syntheticRoot, seed: DEFAULT_SEED, ...LARGE });
  console.log(`Synthetic spec (seed ${DEFAULT_SEED}): ${synthetic.operations} operations, ${(synthetic.bytes / 1024 / 1024).toFixed(1)} MiB of YAML.`);
  const cases: Case[] = [
    { id: "telnyx", label: "Telnyx spec", root: repoRoot, outDir: path.join(scratch, "telnyx-out") },
    { id: syntheticProvider.id, label: `Synthetic, ${synthetic.operations} operations`, root: syntheticRoot, outDir: path.join(syntheticRoot, "generated") },
  ];

  const samples = new Map<string, Sample[]>(cases.map((c) => [c.id, []]));
  for (let run = 1; run <= runs; run++) {
    for (const c of cases) {
      process.stdout.write(`run ${run}/${runs}: ${c.label}…\n`);
      samples.get(c.id)!.push(await sampleCase(c));
    }
  }

  const rows: Array<Record<string, string>> = [];
  const stageRows: Array<Record<string, string>> = [];
  for (const c of cases) {
    const list = samples.get(c.id)!;
    const ours = { wall: median(list.map((s) => s.ours.wallMs)), rss: median(list.map((s) => s.ours.maxRssMiB)), cpu: median(list.map((s) => s.ours.cpuMs)) };
    const theirs = { wall: median(list.map((s) => s.theirs.wallMs)), rss: median(list.map((s) => s.theirs.maxRssMiB)), cpu: median(list.map((s) => s.theirs.cpuMs)) };
    const cachedWall = median(list.map((s) => s.cachedApi.wallMs));
    const cachedInProcess = median(list.map((s) => s.cachedApi.generateMs));
    // The CLI knows the repository's own providers only; the synthetic one is measured through the API.
    const cli = c.root === repoRoot ? await cliUnchanged(c).catch((error: unknown) => (console.log(`CLI run skipped: ${String(error)}`), undefined)) : undefined;
    rows.push(
      { case: c.label, measure: "wall, whole pipeline vs openapi-typescript CLI", ours: seconds(ours.wall), "openapi-typescript": seconds(theirs.wall), ratio: ratio(ours.wall, theirs.wall) },
      { case: c.label, measure: "CPU time (user + system)", ours: seconds(ours.cpu), "openapi-typescript": seconds(theirs.cpu), ratio: ratio(ours.cpu, theirs.cpu) },
      { case: c.label, measure: "peak RSS", ours: mib(ours.rss), "openapi-typescript": mib(theirs.rss), ratio: ratio(ours.rss, theirs.rss) },
      { case: c.label, measure: "unchanged: generate() call (cache hit)", ours: seconds(cachedInProcess), "openapi-typescript": "", ratio: ratio(cachedInProcess, theirs.wall) },
      { case: c.label, measure: "unchanged: process wall (API)", ours: seconds(cachedWall), "openapi-typescript": "", ratio: ratio(cachedWall, theirs.wall) },
      ...(cli ? [{ case: c.label, measure: "unchanged: node commands/run.js generate, wall", ours: seconds(cli.wallMs), "openapi-typescript": "", ratio: ratio(cli.wallMs, theirs.wall) }] : []),
    );
    const stageNames = Object.keys(list[0]!.ours.stages);
    const stageMedians = Object.fromEntries(stageNames.map((name) => [name, median(list.map((s) => s.ours.stages[name] ?? 0))]));
    const inStages = Object.values(stageMedians).reduce((a, b) => a + b, 0);
    const generateMs = median(list.map((s) => s.ours.generateMs));
    stageRows.push({
      case: c.label,
      ...Object.fromEntries(Object.entries(stageMedians).map(([name, ms]) => [name, seconds(ms)])),
      "write + runtime": seconds(Math.max(0, generateMs - inStages)),
      "start-up": seconds(Math.max(0, ours.wall - generateMs)),
    });
  }
  console.log("\nWhole pipeline against openapi-typescript alone on the same bundled document (medians):");
  table(rows);
  console.log(
    "Pipeline stages, main thread (medians). The spec thread bundles and lints in one walk, hands the bundle over, then emits\n" +
      "types.ts; the formatter has a thread too. Their columns are the time the main thread waited for them (bundle: after\n" +
      "loading the emitters, modules; types and format: after the other emitters; lint: at the end, plus the file checks on\n" +
      "the main thread before the spec thread may read the files).",
  );
  table(stageRows);
  writeFileSync(path.join(scratch, "last-run.json"), JSON.stringify({ runs, rows, stageRows }, null, 2));
}

if (process.argv[2] === "--child") {
  const [caseId, root, outDir, cache] = process.argv.slice(3);
  await childGenerate(caseId!, root!, outDir!, cache === "cache");
} else {
  await main();
}
