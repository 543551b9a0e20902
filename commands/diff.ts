// `npm run diff -- [--base <git ref>] [--format text|markdown|json] [--fail-on error|warning] [--ignore <file>] ...`
// Compares each provider's spec in the working tree with the same spec at the base ref (default:
// the last commit on main). Exit 1 when a change at the --fail-on level or above is found (and
// not accepted by the ignore file), unless --allow-breaking; exit 2 on bad usage or a spec that
// cannot be compared.
import { existsSync, statSync } from "node:fs";
import path from "node:path";
import { type Command, CommandError, parseCommand, runIfEntryPoint, selectProviders, USAGE_ERROR } from "./args.js";
import { catalog } from "./catalog.js";
import { defaultBase, shortCommit } from "../codegen/diff/base.js";
import { applyIgnores, readIgnoreFile, type IgnoreEntry } from "../codegen/diff/ignore.js";
import { loadFileSide, loadSide } from "../codegen/diff/load-side.js";
import { failed, renderReport, type Format, type ProviderReport } from "../codegen/diff/report.js";
import { parsePolicy, policyHelp, policyOptions } from "../codegen/diff/policy-options.js";
import { diffProvider } from "../codegen/diff/spec-diff.js";
import { providerFromSpec, providers, providersAt } from "../codegen/providers.js";
import { SpecError } from "../codegen/spec-error.js";

const FORMATS: Format[] = ["text", "markdown", "json"];

const options = {
  base: { type: "string" },
  format: { type: "string", default: "text" },
  provider: { type: "string", multiple: true },
  spec: { type: "string" },
  root: { type: "string" },
  "fail-on": { type: "string", default: "error" },
  ignore: { type: "string" },
  ...policyOptions,
  "allow-breaking": { type: "boolean", default: false },
} as const;

const DEFAULT_IGNORE = ".diffignore.yaml";

export const command: Command<typeof options> = {
  name: "diff",
  summary: catalog.diff.summary,
  options,
  crashCode: USAGE_ERROR,
  help: {
    base: { value: "ref|file", text: "Git ref to compare with (default: main, HEAD when there is no main); with --spec also a spec file." },
    spec: { value: "file", text: "Compare this OpenAPI document (any, as generate --spec takes it) instead of specs/: with --base <file> or the same file at --base <ref>." },
    format: { value: "format", text: "text, markdown (for a pull request) or json. Default: text." },
    provider: { value: "id", text: `Only this provider (${providers.map((p) => p.id).join(", ")}).` },
    root: { value: "dir", text: "Repository root. Default: the current folder." },
    "fail-on": { value: "level", text: "error or warning: exit 1 when a change at this level or above is found. Default: error." },
    ignore: { value: "file", text: `Accepted changes, each with a reason. Default: ${DEFAULT_IGNORE} in the root, if present.` },
    ...policyHelp,
    "allow-breaking": { text: "Exit 0 whatever is found (the report still says so)." },
  },
  exitCodes: [
    [0, "nothing at the --fail-on level or above (or --allow-breaking)"],
    [1, "changes at the --fail-on level or above found"],
    [2, "bad usage, a bad ignore file, or a spec that cannot be read or compared (file:line:col printed)"],
  ],
};

export function main(argv: string[]): Promise<number> {
  return compare(argv).catch(asCommandError);
}

async function compare(argv: string[]): Promise<number> {
  const parsed = parseCommand(command, argv);
  if ("exit" in parsed) return parsed.exit;
  const { values } = parsed;
  const format = values.format as Format;
  if (!FORMATS.includes(format)) throw new CommandError(`--format must be text, markdown or json, not "${format}".`, USAGE_ERROR);
  const failOn = values["fail-on"];
  if (failOn !== "error" && failOn !== "warning") throw new CommandError(`--fail-on must be error or warning, not "${failOn}".`, USAGE_ERROR);
  const root = path.resolve(values.root ?? process.cwd());
  const options = parsePolicy(values.today, values["min-notice-days"]);
  const ignores = ignoreEntries(root, values.ignore);
  if (values.spec && values.provider) throw new CommandError("Use --spec or --provider, not both.", USAGE_ERROR);
  const selected = values.spec ? [providerFromSpec(values.spec, root)] : selectProviders(providersAt(root), values.provider);
  const base = values.base ?? defaultBase(root);
  // With --spec, a --base naming a file compares two files; anything else is a git ref.
  const baseFile = values.spec && existsSync(path.resolve(base)) && statSync(path.resolve(base)).isFile() ? base : undefined;
  const reports: ProviderReport[] = [];
  const used = new Set<IgnoreEntry>();
  for (const provider of selected) {
    const baseSide = baseFile ? await loadFileSide(baseFile, provider) : await loadSide(root, provider, base);
    const headSide = values.spec ? await loadFileSide(values.spec, provider) : await loadSide(root, provider);
    const { kept, ignored, unused } = applyIgnores(diffProvider(provider.id, baseSide, headSide, options).changes, ignores);
    for (const entry of ignores) if (!unused.includes(entry)) used.add(entry);
    reports.push({ provider: provider.id, changes: kept, ignored });
  }
  // A stale entry would silently accept a future change of the same kind: say so.
  for (const entry of ignores) if (!used.has(entry)) process.stderr.write(`${entry.where}: note: ignore entry ${entry.id} for ${entry.operation} matched no change\n`);
  process.stdout.write(renderReport(reports, format, baseFile ?? `${base} (${shortCommit(root, base)})`, failOn));
  return failed(reports, failOn) && !values["allow-breaking"] ? 1 : 0;
}

/** The ignore file named by --ignore must exist; the default one is optional. */
function ignoreEntries(root: string, named: string | undefined): IgnoreEntry[] {
  const file = named !== undefined ? path.resolve(named) : path.join(root, DEFAULT_IGNORE);
  if (named === undefined && !existsSync(file)) return [];
  try {
    return readIgnoreFile(file, named ?? (path.relative(process.cwd(), file) || DEFAULT_IGNORE));
  } catch (error) {
    if (!(error instanceof SpecError)) throw error;
    throw new CommandError(`${error.message}\nIgnore file refused: ${error.problems.length} problem(s); nothing compared.`, USAGE_ERROR);
  }
}

runIfEntryPoint(import.meta.url, { command, main });

/** A broken spec on either side cannot be compared: print its problems, exit 2. */
function asCommandError(error: unknown): never {
  if (error instanceof SpecError) throw new CommandError(`${error.message}\nCannot compare: ${error.problems.length} problem(s).`, USAGE_ERROR);
  throw error;
}
