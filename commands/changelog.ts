// `npm run changelog -- [--since <git ref>] [--provider <id>] [--root <dir>] [--out <dir>] [--today <day>] [--min-notice-days <n>]`
// Appends the classified spec changes since a ref (default: the last commit on main) to
// generated/<provider>/CHANGELOG.md, newest last, in a stable format (no dates: the same changes
// always produce the same text, and appending the same section twice is refused).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { type Command, CommandError, parseCommand, runIfEntryPoint, selectProviders, USAGE_ERROR } from "./args.js";
import { catalog } from "./catalog.js";
import { defaultBase, shortCommit } from "../codegen/diff/base.js";
import { changelogSection } from "../codegen/diff/changelog.js";
import { loadSide } from "../codegen/diff/load-side.js";
import { parsePolicy, policyHelp, policyOptions } from "../codegen/diff/policy-options.js";
import { diffProvider } from "../codegen/diff/spec-diff.js";
import { providers, providersAt } from "../codegen/providers.js";
import { SpecError } from "../codegen/spec-error.js";

const options = {
  since: { type: "string" },
  provider: { type: "string", multiple: true },
  root: { type: "string" },
  out: { type: "string" },
  ...policyOptions,
} as const;

export const command: Command<typeof options> = {
  name: "changelog",
  summary: catalog.changelog.summary,
  options,
  crashCode: USAGE_ERROR,
  help: {
    since: { value: "ref", text: "Git ref to compare with. Default: main (HEAD when there is no main)." },
    provider: { value: "id", text: `Only this provider (${providers.map((p) => p.id).join(", ")}).` },
    root: { value: "dir", text: "Repository root. Default: the current folder." },
    out: { value: "dir", text: "Output folder, relative to the root. Default: generated." },
    ...policyHelp,
  },
  exitCodes: [
    [0, "appended, or nothing to append"],
    [2, "bad usage, or a spec that cannot be read or compared (file:line:col printed)"],
  ],
};

export function main(argv: string[]): Promise<number> {
  return append(argv).catch(asCommandError);
}

async function append(argv: string[]): Promise<number> {
  const parsed = parseCommand(command, argv);
  if ("exit" in parsed) return parsed.exit;
  const { values } = parsed;
  const root = path.resolve(values.root ?? process.cwd());
  const outDir = path.resolve(root, values.out ?? "generated");
  const policy = parsePolicy(values.today, values["min-notice-days"]);
  const selected = selectProviders(providersAt(root), values.provider);
  const since = values.since ?? defaultBase(root);
  const label = `${since} (${shortCommit(root, since)})`;
  for (const provider of selected) {
    const head = await loadSide(root, provider);
    const diff = diffProvider(provider.id, await loadSide(root, provider, since), head, policy);
    const section = changelogSection(diff.changes, head.model.version, label);
    const file = path.join(outDir, provider.id, "CHANGELOG.md");
    if (!section) {
      console.log(`${provider.id}: no spec changes since ${label}.`);
      continue;
    }
    const current = existsSync(file) ? readFileSync(file, "utf8") : `# ${provider.name} client changelog\n\nSpec changes, classified by \`npm run changelog\`. Newest last.\n`;
    if (current.trimEnd().endsWith(section.trimEnd())) {
      console.log(`${provider.id}: ${path.relative(root, file)} already ends with these changes.`);
      continue;
    }
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, `${current.trimEnd()}\n\n${section}`);
    console.log(`${provider.id}: appended ${diff.changes.length} change(s) to ${path.relative(root, file)}.`);
  }
  return 0;
}

runIfEntryPoint(import.meta.url, { command, main });

/** A spec on either side that cannot be read: print its problems, append nothing, exit 2. */
function asCommandError(error: unknown): never {
  if (error instanceof SpecError) throw new CommandError(`${error.message}\nNothing appended: ${error.problems.length} problem(s).`, USAGE_ERROR);
  throw error;
}
