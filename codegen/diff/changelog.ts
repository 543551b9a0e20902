// One changelog section from a provider diff: breaking changes first, then additions, then the rest.
import type { ProviderDiff } from "./spec-diff.js";

export function changelogSection(diff: ProviderDiff, version: string, since: string): string | undefined {
  const breaking = [
    ...diff.removed.map((op) => `Removed \`${op}\``),
    ...diff.changed.filter((c) => c.breaking).map((c) => `\`${c.subject}\`: ${c.message}`),
    ...diff.client.filter((c) => c.breaking).map((c) => `Client \`${c.subject}\`: ${c.message}`),
  ];
  const added = diff.added.map((op) => `Added \`${op}\``);
  const other = [
    ...diff.changed.filter((c) => !c.breaking).map((c) => `\`${c.subject}\`: ${c.message}`),
    ...diff.client.filter((c) => !c.breaking).map((c) => `Client \`${c.subject}\`: ${c.message}`),
  ];
  if (breaking.length + added.length + other.length === 0) return undefined;
  const block = (title: string, lines: string[]) => (lines.length ? [`### ${title}`, "", ...lines.map((l) => `- ${l}`), ""] : []);
  return [`## Spec ${version}, changes since ${since}`, "", ...block("Breaking", breaking), ...block("Added", added), ...block("Other", other)].join("\n");
}
