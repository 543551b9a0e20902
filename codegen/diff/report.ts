// Renders provider diffs as terminal text, Markdown (for a pull-request comment) or JSON.
import type { Change, ProviderDiff } from "./spec-diff.js";
import { isBreaking } from "./spec-diff.js";

export type Format = "text" | "markdown" | "json";

export function renderReport(diffs: ProviderDiff[], format: Format, base: string): string {
  if (format === "json") {
    return `${JSON.stringify({ base, breaking: diffs.some(isBreaking), providers: diffs.map((d) => ({ ...d, breaking: isBreaking(d) })) }, null, 2)}\n`;
  }
  return format === "markdown" ? markdown(diffs, base) : text(diffs, base);
}

function text(diffs: ProviderDiff[], base: string): string {
  const lines: string[] = [`Spec changes since ${base}`];
  for (const d of diffs) {
    lines.push("", `${d.provider}: ${summary(d)}`);
    for (const op of d.removed) lines.push(`  BREAKING  removed   ${op}`);
    for (const op of d.added) lines.push(`            added     ${op}`);
    for (const c of d.changed) lines.push(`  ${c.breaking ? "BREAKING" : "        "}  changed   ${c.subject}: ${c.message}`);
    for (const c of d.client) lines.push(`  ${c.breaking ? "BREAKING" : "        "}  client    ${c.subject}: ${c.message}`);
  }
  lines.push("", diffs.some(isBreaking) ? "Breaking changes found." : "No breaking changes.");
  return `${lines.join("\n")}\n`;
}

function markdown(diffs: ProviderDiff[], base: string): string {
  const out: string[] = [`## Spec changes since \`${base}\``];
  for (const d of diffs) {
    out.push("", `### ${d.provider}: ${summary(d)}`);
    const rows: Array<[string, string, string]> = [
      ...d.removed.map((op): [string, string, string] => ["💥 breaking", "removed", op]),
      ...d.added.map((op): [string, string, string] => ["", "added", op]),
      ...d.changed.map((c): [string, string, string] => [c.breaking ? "💥 breaking" : "", "changed", `${c.subject}: ${c.message}`]),
      ...d.client.map((c): [string, string, string] => [c.breaking ? "💥 breaking" : "", "client", `\`${c.subject}\`: ${c.message}`]),
    ];
    if (rows.length === 0) continue;
    out.push("", "| | Kind | Change |", "|---|---|---|");
    for (const [flag, kind, what] of rows) out.push(`| ${flag} | ${kind} | ${what.replaceAll("|", "\\|")} |`);
  }
  out.push("", diffs.some(isBreaking) ? "**Breaking changes found.**" : "No breaking changes.");
  return `${out.join("\n")}\n`;
}

function summary(d: ProviderDiff): string {
  const count = (list: Change[]) => list.filter((c) => c.breaking).length;
  const breaking = d.removed.length + count(d.changed) + count(d.client);
  const total = d.removed.length + d.added.length + d.changed.length + d.client.length;
  return total === 0 ? "no changes" : `${total} change(s), ${breaking} breaking`;
}
