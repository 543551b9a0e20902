// `npx tsx bench/format.ts [--runs N]`: the formatter's CPU time on the code the templates emit
// (client.ts, functions.ts, query.ts, index.ts) and on the runtime copy, for our Telnyx spec and
// the synthetic 1,120-operation spec, each measured in its own child process. The generator's
// formatter (codegen/format.ts, dprint's TypeScript plugin) is measured through its real
// `formatFile`; Prettier 3 with the options the generator used before (Babel's TypeScript parser,
// print width 110, LF) is measured beside it while it is still installed, in the same run. CPU
// time covers loading the formatter and formatting every file; medians of N interleaved runs.
// Also checks that every dprint run gives byte-identical output.
import { execFile } from "node:child_process";
import { createRequire } from "node:module";
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";

const repoRoot = path.resolve(import.meta.dirname, "..");
const scratch = path.join(repoRoot, ".tmp/bench-format");

/**
 * What a child prints: CPU and wall milliseconds from before the formatter loads to the last file,
 * and how far the formatting raised the process's peak resident memory above what it had then.
 */
interface ChildReport {
  cpuMs: number;
  wallMs: number;
  addedMiB: number;
}

// ---- the child side ----

/**
 * Formats every file of `rawDir` with the generator's formatter into `outDir`, as the generator
 * does: functions.ts's laid-out declarations are kept as they are (emit/layout.ts).
 */
async function childDprint(rawDir: string, outDir: string): Promise<void> {
  const { LAID_OUT_MODULES } = await import("../codegen/emit/client.js");
  const rss = process.memoryUsage.rss();
  const cpu = process.cpuUsage();
  const started = performance.now();
  const { formatFile } = await import("../codegen/format.js");
  const names = readdirSync(rawDir).sort();
  const texts = await Promise.all(names.map((name) => formatFile(name, readFileSync(path.join(rawDir, name), "utf8"), name, { laidOut: LAID_OUT_MODULES.has(name) })));
  report(cpu, started, rss);
  names.forEach((name, i) => writeFileSync(path.join(outDir, name), texts[i]!));
}

// Prettier runs in plain Node (no tsx loader), as the generator ran it: in a loader-free thread.
const PRETTIER_CHILD = `
const { readdirSync, readFileSync, writeFileSync } = require("node:fs");
const path = require("node:path");
const [rawDir, outDir, prettierPath] = process.argv.slice(1);
const rss = process.memoryUsage.rss();
const cpu = process.cpuUsage();
const started = performance.now();
const prettier = require(prettierPath);
const names = readdirSync(rawDir).sort();
Promise.all(names.map((name) => prettier.format(readFileSync(path.join(rawDir, name), "utf8"), { parser: "babel-ts", printWidth: 110, endOfLine: "lf" }))).then((texts) => {
  const used = process.cpuUsage(cpu);
  const addedMiB = (process.resourceUsage().maxRSS * 1024 - rss) / 1024 / 1024;
  process.stdout.write(JSON.stringify({ cpuMs: (used.user + used.system) / 1000, wallMs: performance.now() - started, addedMiB }));
  names.forEach((name, i) => writeFileSync(path.join(outDir, name), texts[i]));
});
`;

function report(cpu: NodeJS.CpuUsage, started: number, rss: number): void {
  const used = process.cpuUsage(cpu);
  const addedMiB = (process.resourceUsage().maxRSS * 1024 - rss) / 1024 / 1024;
  const result: ChildReport = { cpuMs: (used.user + used.system) / 1000, wallMs: performance.now() - started, addedMiB };
  process.stdout.write(JSON.stringify(result));
}

// ---- the parent side ----

interface Case {
  id: string;
  label: string;
  rawDir: string;
}

function run(args: string[]): Promise<ChildReport> {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, args, { cwd: repoRoot, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) return reject(new Error(`${args.slice(0, 3).join(" ")} failed: ${stderr || error.message}`));
      resolve(JSON.parse(stdout) as ChildReport);
    });
  });
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

/** Where Prettier is installed, or undefined once it is not. */
function prettierPath(): string | undefined {
  try {
    return createRequire(import.meta.url).resolve("prettier");
  } catch {
    return undefined;
  }
}

/** Writes what the templates emit for one provider, unformatted, as the formatter receives it. */
async function writeRawCode(id: string, root: string, provider: import("../codegen/providers.js").ProviderConfig): Promise<Case> {
  const { loadSpec } = await import("../codegen/load.js");
  const { buildModel } = await import("../codegen/model.js");
  const { emitClientModules } = await import("../codegen/emit/client.js");
  const { render } = await import("../codegen/emit/render.js");
  const entry = path.resolve(root, provider.entry);
  const spec = await loadSpec(entry);
  const model = buildModel(spec, { deriveNames: provider.lint === "standard" });
  const sourceFile = path.relative(root, entry).split(path.sep).join("/");
  const files: Array<[string, string]> = [
    ...emitClientModules(model, provider, sourceFile),
    ["index.ts", render("index.ts.hbs", { provider, hasWebhooks: model.webhooks.length > 0 })],
  ];
  return writeCase(id, `${provider.name}, ${model.operations.length} operations`, files);
}

function writeCase(id: string, label: string, files: Array<[string, string]>): Case {
  const rawDir = path.join(scratch, id, "raw");
  rmSync(path.join(scratch, id), { recursive: true, force: true });
  mkdirSync(rawDir, { recursive: true });
  for (const [name, text] of files) writeFileSync(path.join(rawDir, name), text);
  return { id, label, rawDir };
}

async function main(runs: number): Promise<void> {
  if (!Number.isInteger(runs) || runs < 1) throw new Error("--runs takes a whole number of at least 1");
  const { discoverProviders } = await import("../codegen/providers.js");
  const { DEFAULT_SEED, LARGE } = await import("./synthetic-spec.js");
  const { writeSyntheticSpec } = await import("./synthetic/spec.js");
  const { emitRuntime } = await import("../codegen/emit/runtime.js");
  const { ratio, table } = await import("./lib.js");

  const telnyx = discoverProviders(repoRoot).find((p) => p.id === "telnyx")!;
  const synthetic = writeSyntheticSpec({ root: path.join(scratch, "synthetic-spec"), seed: DEFAULT_SEED, ...LARGE });
  const cases = [
    await writeRawCode("telnyx", repoRoot, telnyx),
    await writeRawCode("synthetic", synthetic.root, synthetic.provider),
    writeCase("runtime", "generated/runtime", [...emitRuntime()]),
  ];
  const prettier = prettierPath();
  if (!prettier) console.log("Prettier is not installed: measuring dprint alone.");

  const rows: Array<Record<string, string | number>> = [];
  for (const c of cases) {
    const bytes = readdirSync(c.rawDir).reduce((sum, name) => sum + readFileSync(path.join(c.rawDir, name)).length, 0);
    const dprint: ChildReport[] = [];
    const pretty: ChildReport[] = [];
    for (let i = 0; i < runs; i++) {
      const out = path.join(scratch, c.id, `dprint-${i}`);
      mkdirSync(out, { recursive: true });
      dprint.push(await run(["--import", "tsx", path.join(repoRoot, "bench/format.ts"), "--child", "dprint", c.rawDir, out]));
      if (!prettier) continue;
      const prettierOut = path.join(scratch, c.id, `prettier-${i}`);
      mkdirSync(prettierOut, { recursive: true });
      pretty.push(await run(["-e", PRETTIER_CHILD, c.rawDir, prettierOut, prettier]));
    }
    assertIdentical(c, runs);
    const dprintCpu = median(dprint.map((r) => r.cpuMs));
    const dprintMiB = median(dprint.map((r) => r.addedMiB));
    const row: Record<string, string | number> = { case: c.label, "input KiB": Math.round(bytes / 1024), "dprint CPU ms": Math.round(dprintCpu) };
    if (prettier) {
      const prettierCpu = median(pretty.map((r) => r.cpuMs));
      row["Prettier CPU ms"] = Math.round(prettierCpu);
      row["CPU dprint / Prettier"] = ratio(dprintCpu, prettierCpu);
    }
    row["dprint +MiB"] = Math.round(dprintMiB);
    if (prettier) {
      const prettierMiB = median(pretty.map((r) => r.addedMiB));
      row["Prettier +MiB"] = Math.round(prettierMiB);
      row["memory dprint / Prettier"] = ratio(dprintMiB, prettierMiB);
    }
    rows.push(row);
  }
  console.log(
    `Formatter CPU time (load + format every file) and peak memory it added, median of ${runs} runs; dprint output byte-identical across runs.`,
  );
  table(rows);
}

/** Every dprint run of a case must have written the same bytes. */
function assertIdentical(c: Case, runs: number): void {
  const first = path.join(scratch, c.id, "dprint-0");
  for (let i = 1; i < runs; i++) {
    for (const name of readdirSync(first)) {
      const other = path.join(scratch, c.id, `dprint-${i}`, name);
      if (!readFileSync(other).equals(readFileSync(path.join(first, name)))) throw new Error(`${c.label}: dprint run ${i} wrote a different ${name}`);
    }
  }
}

const { values, positionals } = parseArgs({ options: { runs: { type: "string", default: "3" }, child: { type: "string" } }, allowPositionals: true });
if (values.child === "dprint") await childDprint(positionals[0]!, positionals[1]!);
else await main(Number(values.runs));
