// Writes generated/diff-checks.md, the table of every check `npm run diff` knows, from the registry
// (checks.ts). Run `npx tsx codegen/diff/checks-table.ts` after changing the registry; a test fails
// while the file is stale.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { CHECKS, LEVELS } from "./checks.js";

export const CHECKS_TABLE_FILE = "generated/diff-checks.md";

export function renderChecksTable(): string {
  const counts = LEVELS.map((level) => `${CHECKS.filter((c) => c.level === level).length} ${level}`).join(", ");
  const cell = (value: string) => value.replaceAll("|", "\\|");
  return [
    "# Checks of `npm run diff`",
    "",
    "Generated from `codegen/diff/checks.ts` by `npx tsx codegen/diff/checks-table.ts`; do not edit.",
    "",
    `${CHECKS.length} checks: ${counts}. \`--fail-on error\` (the default) fails on errors; \`--fail-on warning\` on warnings too.`,
    "Levels: **error** breaks a compiled client (TypeScript, strict null checks) or a running integration; **warning**",
    "breaks consumers that validate strictly or rely on documented behaviour; **info** is safe and goes to the changelog.",
    "Schema checks are named by where the schema sits: `request-parameter`, `request-property` (request bodies),",
    "`response-property`, `response-header`, `webhook-property` (payloads the provider sends to your server).",
    "",
    "| Id | Level | Description | Example (base → head) |",
    "|---|---|---|---|",
    ...CHECKS.map((c) => `| \`${c.id}\` | ${c.level} | ${cell(c.description)} | ${cell(c.example)} |`),
    "",
  ].join("\n");
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
  writeFileSync(path.join(root, CHECKS_TABLE_FILE), renderChecksTable());
  console.log(`wrote ${CHECKS_TABLE_FILE} (${CHECKS.length} checks)`);
}
