// `npm run diff -- [--base <git ref>] [--format text|markdown|json] [--provider <id>] [--allow-breaking]`
// Compares each provider's spec in the working tree with the same spec at the base ref (default:
// the last commit on main). Exit 1 when anything breaking is found, unless --allow-breaking.
import path from "node:path";
import { parseArgs } from "node:util";
import { defaultBase, shortCommit } from "./diff/base.js";
import { loadSide } from "./diff/load-side.js";
import { renderReport, type Format } from "./diff/report.js";
import { diffProvider, isBreaking } from "./diff/spec-diff.js";
import { providers } from "./providers.js";
import { SpecError } from "./spec-error.js";

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      base: { type: "string" },
      format: { type: "string", default: "text" },
      provider: { type: "string", multiple: true },
      root: { type: "string" },
      "allow-breaking": { type: "boolean", default: false },
    },
  });
  const format = values.format as Format;
  if (!["text", "markdown", "json"].includes(format)) {
    console.error(`--format must be text, markdown or json, not "${format}".`);
    return 2;
  }
  const root = path.resolve(values.root ?? process.cwd());
  const base = values.base ?? defaultBase(root);
  const selected = values.provider ? providers.filter((p) => values.provider!.includes(p.id)) : providers;
  const diffs = [];
  for (const provider of selected) {
    const baseSide = await loadSide(root, provider, base);
    const headSide = await loadSide(root, provider);
    diffs.push(diffProvider(provider.id, baseSide, headSide));
  }
  process.stdout.write(renderReport(diffs, format, `${base} (${shortCommit(root, base)})`));
  return diffs.some(isBreaking) && !values["allow-breaking"] ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof SpecError ? error.message : error instanceof Error ? error.message : error);
    process.exit(2);
  },
);
