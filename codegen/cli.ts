// `npm run generate [-- --check | --watch] [--provider <id>] [--out <dir>] [--root <dir>]`
// Exit codes: 0 done (or up to date with --check), 1 broken spec or stale output, 2 bad usage.
// With --watch it keeps running and regenerates on every spec or template change.
import path from "node:path";
import { parseArgs } from "node:util";
import { generate } from "./pipeline.js";
import { providers } from "./providers.js";
import { formatProblem, SpecError } from "./spec-error.js";
import { watchAndGenerate } from "./watch.js";
import { isStale } from "./write.js";

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      check: { type: "boolean", default: false },
      provider: { type: "string", multiple: true },
      out: { type: "string" },
      root: { type: "string" },
      quiet: { type: "boolean", default: false },
      watch: { type: "boolean", default: false },
    },
  });
  const root = path.resolve(values.root ?? process.cwd());
  const outDir = path.resolve(root, values.out ?? "generated");
  const selected = values.provider ? providers.filter((p) => values.provider!.includes(p.id)) : providers;
  if (values.provider && selected.length !== values.provider.length) {
    console.error(`Unknown provider. Known: ${providers.map((p) => p.id).join(", ")}`);
    return 2;
  }
  const log = values.quiet ? () => undefined : (line: string) => console.log(line);
  if (values.watch) {
    const stop = watchAndGenerate({ root, outDir, providers: selected, log: (line) => console.log(line) });
    process.once("SIGINT", () => (stop(), process.exit(0)));
    process.once("SIGTERM", () => (stop(), process.exit(0)));
    return new Promise<number>(() => undefined);
  }

  try {
    const { built, reports } = await generate({ root, outDir, providers: selected, check: values.check });
    for (const b of built) {
      for (const warning of b.warnings) log(formatProblem(warning).replace(": error [", ": warning ["));
      log(`${b.provider.id}: ${b.model.operations.length} operations, ${b.files.size} files in ${Math.round(b.milliseconds)} ms`);
    }
    const stale = [...reports].filter(([, report]) => isStale(report));
    if (values.check) {
      if (stale.length === 0) {
        log(`${path.relative(root, outDir) || outDir}/ is up to date.`);
        return 0;
      }
      console.error(`${path.relative(root, outDir)}/ is stale; run \`npm run generate\` and commit the result:`);
      for (const [folder, report] of stale) {
        for (const file of report.changed) console.error(`  changed  ${folder}/${file}`);
        for (const file of report.added) console.error(`  missing  ${folder}/${file}`);
        for (const file of report.removed) console.error(`  extra    ${folder}/${file}`);
      }
      return 1;
    }
    log(stale.length === 0 ? "Nothing changed." : `Updated: ${stale.map(([folder]) => `${folder}/`).join(", ")}`);
    return 0;
  } catch (error) {
    if (error instanceof SpecError) {
      console.error(error.message);
      console.error(`Generation stopped: ${error.problems.length} problem(s); generated/ was not modified.`);
      return 1;
    }
    throw error;
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
