// `npm run drift -- --provider <id> --published <file> [--allow <file>] [--format text|markdown|json] [--root <dir>]`
// Compares our curated spec of a provider with the provider's published OpenAPI document (a file
// the user downloaded), for the operations we curate only. Exit 1 on any difference the allowlist
// does not list; 0 when everything is equal or allowed; 2 on bad usage, a bad allowlist or a
// published spec that cannot be read (file:line:col printed).
import { existsSync } from "node:fs";
import path from "node:path";
import { type Command, CommandError, parseCommand, runIfEntryPoint, selectProviders, USAGE_ERROR } from "./args.js";
import { catalog } from "./catalog.js";
import { loadSide } from "../codegen/diff/load-side.js";
import { applyAllowlist, readAllowFile, type AllowEntry } from "../codegen/drift/allow.js";
import { driftProvider } from "../codegen/drift/drift.js";
import { readPublishedSpec } from "../codegen/drift/published.js";
import { renderDrift, type Format } from "../codegen/drift/report.js";
import { providers, providersAt } from "../codegen/providers.js";
import { relativeFile, SpecError } from "../codegen/spec-error.js";

const FORMATS: Format[] = ["text", "markdown", "json"];

const options = {
  provider: { type: "string" },
  published: { type: "string" },
  allow: { type: "string" },
  format: { type: "string", default: "text" },
  root: { type: "string" },
} as const;

export const command: Command<typeof options> = {
  name: "drift",
  summary: catalog.drift.summary,
  options,
  crashCode: USAGE_ERROR,
  help: {
    provider: { value: "id", text: `The provider (${providers.map((p) => p.id).join(", ")}). Required.` },
    published: { value: "file", text: "The provider's published OpenAPI document (YAML or JSON, 3.0 or 3.1), downloaded. Required." },
    allow: { value: "file", text: "Differences we keep on purpose, each with a reason. Default: specs/<provider>/drift-allow.yaml, if present." },
    format: { value: "format", text: "text, markdown or json. Default: text." },
    root: { value: "dir", text: "Repository root. Default: the current folder." },
  },
  exitCodes: [
    [0, "no difference outside the allowlist"],
    [1, "differences not in the allowlist found"],
    [2, "bad usage, a bad allowlist, or a spec that cannot be read (file:line:col printed)"],
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
  if (values.provider === undefined) throw new CommandError("--provider is required (one provider per run).", USAGE_ERROR);
  if (values.published === undefined) throw new CommandError("--published is required: the provider's published OpenAPI document, downloaded.", USAGE_ERROR);
  const root = path.resolve(values.root ?? process.cwd());
  const [provider] = selectProviders(providersAt(root), [values.provider]);
  if (!existsSync(path.join(root, provider!.entry))) {
    throw new CommandError(`No curated spec for ${provider!.id} at ${path.join(root, provider!.entry)}; --root must be the repository root.`, USAGE_ERROR);
  }
  const allowlist = allowEntries(root, provider!.entry, values.allow);
  const published = readPublishedSpec(path.resolve(values.published), values.published);
  const ours = await loadSide(root, provider!);
  const result = driftProvider(ours, published);
  const { kept, allowed, unused } = applyAllowlist(result.differences, allowlist);
  // A stale entry would silently allow a future difference of the same kind: say so.
  for (const entry of unused) process.stderr.write(`${entry.where}: note: allow entry ${entry.id} for ${entry.operation} matched no difference\n`);
  process.stdout.write(renderDrift({ provider: provider!.id, published: values.published, compared: result.compared, differences: kept, allowed }, format));
  return kept.length > 0 ? 1 : 0;
}

/** The allowlist named by --allow must exist; the default one is optional. */
function allowEntries(root: string, entry: string, named: string | undefined): AllowEntry[] {
  const file = named !== undefined ? path.resolve(named) : path.join(root, path.dirname(entry), "drift-allow.yaml");
  if (named === undefined && !existsSync(file)) return [];
  try {
    return readAllowFile(file, named ?? relativeFile(file));
  } catch (error) {
    if (!(error instanceof SpecError)) throw error;
    throw new CommandError(`${error.message}\nAllowlist refused: ${error.problems.length} problem(s); nothing compared.`, USAGE_ERROR);
  }
}

runIfEntryPoint(import.meta.url, { command, main });

/** A spec on either side that cannot be read: print its problems, exit 2. */
function asCommandError(error: unknown): never {
  if (error instanceof SpecError) throw new CommandError(`${error.message}\nCannot compare: ${error.problems.length} problem(s).`, USAGE_ERROR);
  throw error;
}
