// One changelog section from a provider diff, grouped by severity (errors, warnings, infos) and
// within each by product, so a reader of one product sees what concerns them.
import { LEVELS, type Level } from "./checks.js";
import type { Change } from "./spec-diff.js";

const TITLES: Record<Level, string> = { error: "Breaking (error)", warning: "Warnings", info: "Other changes (info)" };

export function changelogSection(changes: Change[], version: string, since: string): string | undefined {
  if (changes.length === 0) return undefined;
  const out = [`## Spec ${version}, changes since ${since}`, ""];
  for (const level of LEVELS) {
    const atLevel = changes.filter((c) => c.level === level);
    if (atLevel.length === 0) continue;
    out.push(`### ${TITLES[level]}`, "");
    const products = [...new Set(atLevel.map((c) => c.product))].sort();
    for (const product of products) {
      out.push(`#### ${product}`, "");
      for (const c of atLevel.filter((x) => x.product === product)) out.push(`- \`${c.subject}\`${c.at ? ` ${c.at}` : ""}: ${c.message} (\`${c.id}\`)`);
      out.push("");
    }
  }
  return out.join("\n");
}
