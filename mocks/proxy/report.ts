// What the proxy found, per operation and field: every violation is counted under
// (operation, JSON pointer, message), so a thousand identical responses make one entry with a
// count, and the report stays small whatever the traffic. Written at shutdown as Markdown (for
// people), JUnit XML (for CI dashboards: one test case per operation seen) and JSON (for tools).
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Finding } from "./validate.js";

/** The operation an exchange belongs to, or the method and path of an undeclared one. */
export interface OperationRef {
  /** The spec's operationId, or "undeclared operation". */
  operation: string;
  method: string;
  /** The path template, or the path as sent (no query) for an undeclared operation. */
  path: string;
}

export interface ReportEntry extends OperationRef {
  pointer: string;
  message: string;
  /** How many exchanges showed it. */
  count: number;
  /** The statuses of the responses that showed it (none when the target did not answer). */
  statuses: number[];
}

export interface ReportData {
  /** The provider's id ("telnyx") and name ("Telnyx"). */
  provider: string;
  providerName: string;
  /** Exchanges seen, and those with at least one violation. */
  exchanges: number;
  failedExchanges: number;
  /** Every operation seen, with how many exchanges it had (the JUnit test cases). */
  operations: Array<OperationRef & { exchanges: number }>;
  violations: ReportEntry[];
  /** Distinct entries dropped beyond the bound (a flood of distinct undeclared paths). */
  omitted: number;
}

export const UNDECLARED = "undeclared operation";
const MAX_ENTRIES = 2000;
const MAX_OPERATIONS = 2000;

export class ViolationReport {
  private readonly entries = new Map<string, ReportEntry>();
  private readonly operations = new Map<string, OperationRef & { exchanges: number }>();
  private exchanges = 0;
  private failed = 0;
  private omitted = 0;

  constructor(
    private readonly provider: string,
    private readonly providerName: string,
  ) {}

  /** One exchange and what was found in it. */
  add(ref: OperationRef, findings: Finding[], status: number | undefined): void {
    this.exchanges += 1;
    if (findings.length > 0) this.failed += 1;
    const opKey = `${ref.operation}\n${ref.method}\n${ref.path}`;
    const seen = this.operations.get(opKey);
    if (seen) seen.exchanges += 1;
    else if (this.operations.size < MAX_OPERATIONS) this.operations.set(opKey, { ...ref, exchanges: 1 });
    for (const finding of findings) {
      const key = `${opKey}\n${finding.pointer}\n${finding.message}`;
      const entry = this.entries.get(key);
      if (entry) {
        entry.count += 1;
        if (status !== undefined && !entry.statuses.includes(status)) entry.statuses.push(status);
      } else if (this.entries.size < MAX_ENTRIES) {
        this.entries.set(key, { ...ref, pointer: finding.pointer, message: finding.message, count: 1, statuses: status === undefined ? [] : [status] });
      } else {
        this.omitted += 1;
      }
    }
  }

  get violationCount(): number {
    return this.entries.size + this.omitted;
  }

  data(): ReportData {
    const byOperation = (a: OperationRef, b: OperationRef) => a.operation.localeCompare(b.operation) || a.path.localeCompare(b.path) || a.method.localeCompare(b.method);
    return {
      provider: this.provider,
      providerName: this.providerName,
      exchanges: this.exchanges,
      failedExchanges: this.failed,
      operations: [...this.operations.values()].sort(byOperation).map((op) => ({ ...op })),
      violations: [...this.entries.values()]
        .sort((a, b) => byOperation(a, b) || a.pointer.localeCompare(b.pointer) || a.message.localeCompare(b.message))
        .map((entry) => ({ ...entry, statuses: [...entry.statuses].sort((x, y) => x - y) })),
      omitted: this.omitted,
    };
  }
}

export function renderJson(data: ReportData): string {
  return `${JSON.stringify(data, null, 2)}\n`;
}

export function renderMarkdown(data: ReportData): string {
  const lines = [`# ${data.providerName}: the real API against the curated spec`, ""];
  lines.push(`${data.exchanges} exchanges, ${data.failedExchanges} with violations; ${data.violations.length + data.omitted} distinct violations.`, "");
  if (data.violations.length === 0 && data.omitted === 0) {
    lines.push("No violations: every request and response matched the curated spec.", "");
    return lines.join("\n");
  }
  lines.push("| Operation | Method | Path | Field | Violation | Count | Statuses |", "| --- | --- | --- | --- | --- | --- | --- |");
  for (const v of data.violations) {
    const cells = [v.operation, v.method, v.path, `\`${v.pointer}\``, v.message, String(v.count), v.statuses.join(", ") || "none"];
    lines.push(`| ${cells.map(markdownCell).join(" | ")} |`);
  }
  if (data.omitted > 0) lines.push("", `${data.omitted} more distinct violations were not listed (the report keeps ${MAX_ENTRIES}).`);
  lines.push("");
  return lines.join("\n");
}

function markdownCell(text: string): string {
  return text.replaceAll("\\", "\\\\").replaceAll("|", "\\|").replace(/[\r\n]+/g, " ");
}

/** One test suite; one test case per operation seen; a failure per violation of that operation. */
export function renderJunit(data: ReportData): string {
  const failures = data.operations.filter((op) => data.violations.some((v) => sameOperation(v, op))).length;
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="proxy ${xml(data.provider)}" tests="${data.operations.length}" failures="${failures}">`,
    `  <testsuite name="${xml(data.provider)} contract" tests="${data.operations.length}" failures="${failures}" errors="0" skipped="0">`,
  ];
  for (const op of data.operations) {
    const found = data.violations.filter((v) => sameOperation(v, op));
    const name = `${op.operation} (${op.method} ${op.path})`;
    if (found.length === 0) {
      lines.push(`    <testcase classname="${xml(data.provider)}" name="${xml(name)}"/>`);
      continue;
    }
    lines.push(`    <testcase classname="${xml(data.provider)}" name="${xml(name)}">`);
    for (const v of found) {
      lines.push(`      <failure message="${xml(`${v.pointer} ${v.message}`)}" type="${v.pointer.split("/")[1] ?? "exchange"}">${xml(`${v.pointer}: ${v.message} (${v.count}x; statuses ${v.statuses.join(", ") || "none"})`)}</failure>`);
    }
    lines.push("    </testcase>");
  }
  lines.push("  </testsuite>", "</testsuites>", "");
  return lines.join("\n");
}

function sameOperation(a: OperationRef, b: OperationRef): boolean {
  return a.operation === b.operation && a.method === b.method && a.path === b.path;
}

function xml(text: string): string {
  // Control characters other than tab and newlines are not allowed in XML 1.0 at all.
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, "").replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;");
}

/**
 * Where `--report FILE` writes: FILE.md, FILE.xml and FILE.json; a FILE ending in .md, .xml or
 * .json writes only that format.
 */
export function reportTargets(file: string): Array<{ file: string; render: (data: ReportData) => string }> {
  const formats = { ".md": renderMarkdown, ".xml": renderJunit, ".json": renderJson };
  const ext = path.extname(file).toLowerCase();
  if (ext in formats) return [{ file, render: formats[ext as keyof typeof formats] }];
  return Object.entries(formats).map(([suffix, render]) => ({ file: `${file}${suffix}`, render }));
}

export function writeReport(file: string, data: ReportData): string[] {
  const written: string[] = [];
  for (const target of reportTargets(file)) {
    mkdirSync(path.dirname(path.resolve(target.file)), { recursive: true });
    writeFileSync(target.file, target.render(data));
    written.push(target.file);
  }
  return written;
}
