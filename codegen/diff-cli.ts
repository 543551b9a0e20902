// `npm run diff -- [--base <git ref>] [--format text|markdown|json] [--provider <id>] [--root <dir>] [--allow-breaking]`
// Compares each provider's spec in the working tree with the same spec at the base ref (default:
// the last commit on main). Exit 1 when anything breaking is found, unless --allow-breaking;
// exit 2 on bad usage or a spec that cannot be compared.
import path from "node:path";
import { type Command, CommandError, parseCommand, runCommand, selectProviders, USAGE_ERROR } from "./cli-args.js";
import { defaultBase, shortCommit } from "./diff/base.js";
import { loadSide } from "./diff/load-side.js";
import { renderReport, type Format } from "./diff/report.js";
import { diffProvider, isBreaking } from "./diff/spec-diff.js";
import { providers } from "./providers.js";
import { SpecError } from "./spec-error.js";

const FORMATS: Format[] = ["text", "markdown", "json"];

const options = {
  base: { type: "string" },
  format: { type: "string", default: "text" },
  provider: { type: "string", multiple: true },
  root: { type: "string" },
  "allow-breaking": { type: "boolean", default: false },
} as const;

export const diffCommand: Command<typeof options> = {
  invocation: "npm run diff --",
  summary: "Breaking-change report of each provider's spec against a git ref.",
  options,
  help: {
    base: { value: "ref", text: "Git ref to compare with. Default: main (HEAD when there is no main)." },
    format: { value: "format", text: "text, markdown (for a pull request) or json. Default: text." },
    provider: { value: "id", text: `Only this provider (${providers.map((p) => p.id).join(", ")}).` },
    root: { value: "dir", text: "Repository root. Default: the current folder." },
    "allow-breaking": { text: "Exit 0 even when something breaks (the report still says so)." },
  },
  exitCodes: [
    [0, "no breaking changes (or --allow-breaking)"],
    [1, "breaking changes found"],
    [2, "bad usage, or a spec that cannot be read or compared (file:line:col printed)"],
  ],
};

async function main(): Promise<number> {
  const parsed = parseCommand(diffCommand);
  if ("exit" in parsed) return parsed.exit;
  const { values } = parsed;
  const format = values.format as Format;
  if (!FORMATS.includes(format)) throw new CommandError(`--format must be text, markdown or json, not "${format}".`, USAGE_ERROR);
  const root = path.resolve(values.root ?? process.cwd());
  const selected = selectProviders(providers, values.provider);
  const base = values.base ?? defaultBase(root);
  const diffs = [];
  for (const provider of selected) {
    const baseSide = await loadSide(root, provider, base);
    const headSide = await loadSide(root, provider);
    diffs.push(diffProvider(provider.id, baseSide, headSide));
  }
  process.stdout.write(renderReport(diffs, format, `${base} (${shortCommit(root, base)})`));
  return diffs.some(isBreaking) && !values["allow-breaking"] ? 1 : 0;
}

runCommand(() => main().catch(asCommandError), USAGE_ERROR);

/** A broken spec on either side cannot be compared: print its problems, exit 2. */
function asCommandError(error: unknown): never {
  if (error instanceof SpecError) throw new CommandError(`${error.message}\nCannot compare: ${error.problems.length} problem(s).`, USAGE_ERROR);
  throw error;
}
