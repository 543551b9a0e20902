// `npm run generate [-- --check | --watch] [--provider <id> | --spec <file>] [--out <dir>] [--root <dir>] [--quiet]`
// Exit codes: 0 done (or up to date with --check), 1 broken spec or stale output, 2 bad usage.
// With --watch it keeps running and regenerates on every spec or template change.
import path from "node:path";
import { type Command, commandLine, parseCommand, runIfEntryPoint, selectProviders } from "./args.js";
import { catalog } from "./catalog.js";
import { generate } from "../codegen/pipeline.js";
import { discoverProviders, providerFromSpec, providers } from "../codegen/providers.js";
import { formatProblem, SpecError } from "../codegen/spec-error.js";
import { isStale } from "../codegen/write.js";

const options = {
  check: { type: "boolean", default: false },
  provider: { type: "string", multiple: true },
  spec: { type: "string" },
  out: { type: "string" },
  root: { type: "string" },
  quiet: { type: "boolean", default: false },
  watch: { type: "boolean", default: false },
  "no-cache": { type: "boolean", default: false },
} as const;

export const command: Command<typeof options> = {
  name: "generate",
  summary: catalog.generate.summary,
  options,
  help: {
    check: { text: "Write nothing; exit 1 and list the files when the output is stale." },
    provider: { value: "id", text: `Only this provider (${providers.map((p) => p.id).join(", ")}).` },
    spec: {
      value: "file",
      text: "Any OpenAPI 3.0/3.1 document (YAML or JSON) instead of specs/: names from operationIds and tags, missing examples as warnings. Writes <out>/<file name>/ and <out>/runtime/.",
    },
    out: { value: "dir", text: "Output folder, relative to the root. Default: generated." },
    root: { value: "dir", text: "Repository root holding specs/. Default: the current folder." },
    quiet: { text: "Print only problems." },
    watch: { text: "Keep running; regenerate the provider whose spec or template changed." },
    "no-cache": { text: "Rebuild even where the content-hash cache says the output is up to date (--check never trusts it)." },
  },
  exitCodes: [
    [0, "done (with --check: the output is up to date)"],
    [1, "a spec is broken (file:line:col printed; nothing written), or with --check the output is stale"],
    [2, "bad usage"],
  ],
};

export async function main(argv: string[]): Promise<number> {
  const parsed = parseCommand(command, argv);
  if ("exit" in parsed) return parsed.exit;
  const { values } = parsed;
  const root = path.resolve(values.root ?? process.cwd());
  const outDir = path.resolve(root, values.out ?? "generated");
  if (values.spec && values.provider) {
    console.error("Use --spec or --provider, not both.");
    return 2;
  }
  let selected;
  try {
    // Our providers when run in this repository; in any other folder, those its specs/<id>/toolkit.yaml declare.
    selected = values.spec ? [providerFromSpec(values.spec, root)] : selectProviders(discoverProviders(root), values.provider);
  } catch (error) {
    if (!(error instanceof SpecError)) throw error;
    console.error(error.message);
    return 1;
  }
  if (selected.length === 0) {
    console.error(`No provider in ${path.join(root, "specs")}: each needs a specs/<id>/toolkit.yaml beside its spec. Or generate one file with --spec FILE.`);
    return 1;
  }
  const log = values.quiet ? () => undefined : (line: string) => console.log(line);
  if (values.watch) {
    // Loaded only here: the watcher's modules are not worth loading on every run.
    const { watchAndGenerate } = await import("../codegen/watch.js");
    const stop = watchAndGenerate({ root, outDir, providers: selected, log: (line) => console.log(line) });
    process.once("SIGINT", () => (stop(), process.exit(0)));
    process.once("SIGTERM", () => (stop(), process.exit(0)));
    return new Promise<number>(() => undefined);
  }

  try {
    const { built, cached, reports } = await generate({ root, outDir, providers: selected, check: values.check, ...(values["no-cache"] ? { cache: false } : {}) });
    for (const b of built) {
      for (const warning of b.warnings) log(formatProblem(warning).replace(": error [", ": warning ["));
      log(`${b.provider.id}: ${b.model.operations.length} operations, ${b.files.size} files in ${Math.round(b.milliseconds)} ms`);
    }
    // An unchanged folder is not rebuilt, but its warnings still count: show them again.
    for (const c of cached) {
      for (const warning of c.warnings) log(formatProblem(warning).replace(": error [", ": warning ["));
      log(`${c.provider.id}: unchanged (${c.operations} operations, ${c.files} files; from the cache)`);
    }
    const stale = [...reports].filter(([, report]) => isStale(report));
    if (values.check) {
      if (stale.length === 0) {
        log(`${path.relative(root, outDir) || outDir}/ is up to date.`);
        return 0;
      }
      console.error(`${path.relative(root, outDir)}/ is stale; run \`${commandLine("generate")}\` and commit the result:`);
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

runIfEntryPoint(import.meta.url, { command, main });
