// Renders provider diffs as terminal text, Markdown (for a pull-request comment) or JSON. Every
// line shows the level and the check id (see generated/diff-checks.md), errors first.
import { atLeast, LEVELS, type Level } from "./checks.js";
import type { Ignored } from "./ignore.js";
import { countByLevel, type Change } from "./spec-diff.js";

export type Format = "text" | "markdown" | "json";

export interface ProviderReport {
  provider: string;
  changes: Change[];
  ignored: Ignored[];
}

export function failed(reports: ProviderReport[], failOn: Level): boolean {
  return reports.some((r) => r.changes.some((c) => atLeast(c.level, failOn)));
}

export function renderReport(reports: ProviderReport[], format: Format, base: string, failOn: Level = "error"): string {
  const sorted = reports.map((r) => ({ ...r, changes: byLevel(r.changes) }));
  if (format === "json") return json(sorted, base, failOn);
  return format === "markdown" ? markdown(sorted, base, failOn) : text(sorted, base, failOn);
}

/** Errors first, then warnings, then infos; the differ's order (by subject) within a level. */
function byLevel(changes: Change[]): Change[] {
  return LEVELS.flatMap((level) => changes.filter((c) => c.level === level));
}

function describe(c: Change): string {
  return `${c.subject}${c.at ? `, ${c.at}` : ""}: ${c.message}`;
}

function text(reports: ProviderReport[], base: string, failOn: Level): string {
  const lines: string[] = [`Spec changes since ${base}`];
  for (const r of reports) {
    lines.push("", `${r.provider}: ${summary(r)}`);
    const width = Math.max(0, ...r.changes.map((c) => c.id.length));
    for (const c of r.changes) lines.push(`  ${c.level.padEnd(7)}  ${c.id.padEnd(width)}  ${describe(c)}`);
    for (const c of r.ignored) lines.push(`  ignored  ${c.id}  ${describe(c)} (reason: ${c.reason})`);
  }
  lines.push("", verdict(reports, failOn));
  return `${lines.join("\n")}\n`;
}

function markdown(reports: ProviderReport[], base: string, failOn: Level): string {
  const out: string[] = [`## Spec changes since \`${base}\``];
  const cell = (value: string) => value.replaceAll("|", "\\|");
  for (const r of reports) {
    out.push("", `### ${r.provider}: ${summary(r)}`);
    if (r.changes.length + r.ignored.length === 0) continue;
    out.push("", "| Level | Check | Subject | Change |", "|---|---|---|---|");
    for (const c of r.changes) out.push(`| ${LEVEL_BADGE[c.level]} | \`${c.id}\` | ${cell(c.subject)} | ${cell(`${c.at ? `${c.at}: ` : ""}${c.message}`)} |`);
    for (const c of r.ignored) out.push(`| ignored | \`${c.id}\` | ${cell(c.subject)} | ${cell(`${c.at ? `${c.at}: ` : ""}${c.message} (reason: ${c.reason})`)} |`);
  }
  out.push("", failed(reports, failOn) ? `**${verdict(reports, failOn)}**` : verdict(reports, failOn));
  return `${out.join("\n")}\n`;
}

const LEVEL_BADGE: Record<Level, string> = { error: "🛑 error", warning: "⚠️ warning", info: "info" };

function json(reports: ProviderReport[], base: string, failOn: Level): string {
  const body = {
    base,
    failOn,
    failed: failed(reports, failOn),
    providers: reports.map((r) => ({ provider: r.provider, counts: countByLevel(r.changes), changes: r.changes, ignored: r.ignored })),
  };
  return `${JSON.stringify(body, null, 2)}\n`;
}

function summary(r: ProviderReport): string {
  const counts = countByLevel(r.changes);
  const ignored = r.ignored.length > 0 ? `, ${r.ignored.length} ignored` : "";
  if (r.changes.length === 0) return `no changes${ignored}`;
  return `${r.changes.length} change(s): ${counts.error} error, ${counts.warning} warning, ${counts.info} info${ignored}`;
}

function verdict(reports: ProviderReport[], failOn: Level): string {
  const count = reports.reduce((n, r) => n + r.changes.filter((c) => atLeast(c.level, failOn)).length, 0);
  return count > 0 ? `Failing: ${count} change(s) at level ${failOn} or above.` : `Nothing at level ${failOn} or above.`;
}
