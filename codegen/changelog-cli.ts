// `npm run changelog -- [--since <git ref>] [--provider <id>]`
// Appends the classified spec changes since a ref (default: the last commit on main) to
// generated/<provider>/CHANGELOG.md, newest last, in a stable format (no dates: the same changes
// always produce the same text, and appending the same section twice is refused).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { defaultBase, shortCommit } from "./diff/base.js";
import { changelogSection } from "./diff/changelog.js";
import { loadSide } from "./diff/load-side.js";
import { diffProvider } from "./diff/spec-diff.js";
import { providers } from "./providers.js";

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { since: { type: "string" }, provider: { type: "string", multiple: true }, root: { type: "string" }, out: { type: "string" } },
  });
  const root = path.resolve(values.root ?? process.cwd());
  const outDir = path.resolve(root, values.out ?? "generated");
  const since = values.since ?? defaultBase(root);
  const label = `${since} (${shortCommit(root, since)})`;
  for (const provider of values.provider ? providers.filter((p) => values.provider!.includes(p.id)) : providers) {
    const head = await loadSide(root, provider);
    const diff = diffProvider(provider.id, await loadSide(root, provider, since), head);
    const section = changelogSection(diff, head.model.version, label);
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
    console.log(`${provider.id}: appended ${section.split("\n").filter((l) => l.startsWith("- ")).length} change(s) to ${path.relative(root, file)}.`);
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(2);
  },
);
