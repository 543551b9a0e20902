// Renders a drift report as terminal text, Markdown (for an issue or a CI summary) or JSON.
// Differences are listed in our spec's operation order, each with its drift id.
import type { Allowed } from "./allow.js";
import type { Drift } from "./drift.js";

export type Format = "text" | "markdown" | "json";

export interface DriftReport {
  provider: string;
  /** The published spec's file as the user named it. */
  published: string;
  compared: number;
  differences: Drift[];
  allowed: Allowed[];
}

export function renderDrift(report: DriftReport, format: Format): string {
  if (format === "json") return `${JSON.stringify({ ...report, failed: report.differences.length > 0 }, null, 2)}\n`;
  return format === "markdown" ? markdown(report) : text(report);
}

function describe(d: Drift): string {
  return `${d.operation}${d.at ? `, ${d.at}` : ""}: ${d.message}`;
}

function text(r: DriftReport): string {
  const lines = [`Drift of ${r.provider} against ${r.published}`, "", `${r.provider}: ${summary(r)}`];
  const width = Math.max(0, ...r.differences.map((d) => d.id.length));
  for (const d of r.differences) lines.push(`  ${d.id.padEnd(width)}  ${describe(d)}`);
  for (const d of r.allowed) lines.push(`  allowed  ${d.id}  ${describe(d)} (reason: ${d.reason})`);
  lines.push("", verdict(r));
  return `${lines.join("\n")}\n`;
}

function markdown(r: DriftReport): string {
  const cell = (value: string) => value.replaceAll("|", "\\|").replaceAll("\n", " ");
  const out = [`## Drift of ${r.provider} against \`${r.published}\``, "", summary(r)];
  if (r.differences.length + r.allowed.length > 0) {
    out.push("", "| Drift | Operation | Where | Difference |", "|---|---|---|---|");
    for (const d of r.differences) out.push(`| \`${d.id}\` | ${cell(d.operation)} | ${cell(d.at)} | ${cell(d.message)} |`);
    for (const d of r.allowed) out.push(`| allowed: \`${d.id}\` | ${cell(d.operation)} | ${cell(d.at)} | ${cell(`${d.message} (reason: ${d.reason})`)} |`);
  }
  out.push("", r.differences.length > 0 ? `**${verdict(r)}**` : verdict(r));
  return `${out.join("\n")}\n`;
}

function summary(r: DriftReport): string {
  const allowed = r.allowed.length > 0 ? `, ${r.allowed.length} allowed` : "";
  return `${r.compared} operation(s) compared, ${r.differences.length} difference(s)${allowed}`;
}

function verdict(r: DriftReport): string {
  return r.differences.length > 0 ? `Failing: ${r.differences.length} difference(s) not in the allowlist.` : "No difference outside the allowlist.";
}
