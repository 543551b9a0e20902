// Servers, security schemes and the security requirements of an operation.
import type { OpenAPIDocument } from "../openapi-types.js";
import type { Emit } from "./spec-diff.js";

type Requirement = Record<string, string[]>;

/**
 * A security list is a set of alternatives; each alternative names schemes (with scopes) that must
 * all be satisfied. Alternatives are matched by their set of scheme names.
 */
export function diffSecurity(a: Requirement[], b: Requirement[], emit: Emit): void {
  const open = (list: Requirement[]) => list.length === 0 || list.some((r) => Object.keys(r).length === 0);
  if (open(a) && !open(b)) return emit("api-security-added", "security", `authentication now required: ${show(b)}`);
  if (!open(a) && open(b)) return emit("api-security-removed", "security", "authentication no longer required");
  const key = (r: Requirement) => Object.keys(r).sort().join(" + ");
  for (const ra of a) {
    const rb = b.find((r) => key(r) === key(ra));
    if (!rb) {
      if (key(ra)) emit("api-security-requirement-removed", "security", `${key(ra)} no longer accepted`);
      continue;
    }
    for (const [scheme, scopes] of Object.entries(rb)) {
      const before = ra[scheme] ?? [];
      const added = scopes.filter((s) => !before.includes(s));
      const removed = before.filter((s) => !scopes.includes(s));
      if (added.length > 0) emit("api-security-scope-added", `security ${scheme}`, `scope ${added.join(", ")} now needed`);
      if (removed.length > 0) emit("api-security-scope-removed", `security ${scheme}`, `scope ${removed.join(", ")} no longer needed`);
    }
  }
  for (const rb of b) if (key(rb) && !a.some((r) => key(r) === key(rb))) emit("api-security-requirement-added", "security", `${key(rb)} now accepted`);
}

function show(list: Requirement[]): string {
  return list.map((r) => Object.keys(r).sort().join(" + ")).join(" or ");
}

export function diffSecuritySchemes(a: OpenAPIDocument, b: OpenAPIDocument, emitFor: (name: string) => Emit): void {
  const schemesA = (a.components?.securitySchemes ?? {}) as Record<string, Record<string, unknown>>;
  const schemesB = (b.components?.securitySchemes ?? {}) as Record<string, Record<string, unknown>>;
  for (const [name, sa] of Object.entries(schemesA)) {
    const sb = schemesB[name];
    if (!sb) {
      emitFor(name)("security-scheme-removed", "", "security scheme removed");
      continue;
    }
    const fields = ["type", "scheme", "in", "name"].filter((f) => sa[f] !== sb[f]);
    if (fields.length > 0) emitFor(name)("security-scheme-changed", "", fields.map((f) => `${f} ${String(sa[f] ?? "(none)")} → ${String(sb[f] ?? "(none)")}`).join(", "));
  }
  for (const name of Object.keys(schemesB)) if (!(name in schemesA)) emitFor(name)("security-scheme-added", "", "security scheme added");
}

/** The first server is the client's default base URL; the others are alternatives a user may pick. */
export function diffServers(a: OpenAPIDocument, b: OpenAPIDocument, emit: Emit): void {
  const urlsA = (a.servers ?? []).map((s) => s.url);
  const urlsB = (b.servers ?? []).map((s) => s.url);
  const [firstA, firstB] = [urlsA[0], urlsB[0]];
  if (firstA !== undefined && firstB !== undefined && firstA !== firstB) {
    const [pathA, pathB] = [pathOf(firstA), pathOf(firstB)];
    if (pathA !== pathB) emit("base-path-changed", "", `base path ${pathA} → ${pathB} (${firstA} → ${firstB})`);
    else emit("server-url-changed", "", `${firstA} → ${firstB}`);
  }
  for (const url of urlsA.slice(1)) if (!urlsB.includes(url)) emit("server-removed", "", `${url} removed`);
  for (const url of urlsB) if (!urlsA.includes(url) && !(url === firstB && firstA !== undefined)) emit("server-added", "", `${url} added`);
}

function pathOf(url: string): string {
  const match = /^[a-z][a-z0-9+.-]*:\/\/[^/]*(\/.*)?$/i.exec(url);
  const path = match ? (match[1] ?? "/") : url;
  return path.replace(/\/+$/, "") || "/";
}
