// Finds the published operation for each one we curate. Paths are compared as templates with the
// parameter names blanked (ours `/brand/{brandId}`, theirs `/brand/{brand_id}`), with each side's
// server path in front (ours `https://api.telnyx.com/v2` + `/brand`, theirs `/v2/brand` under
// `https://api.telnyx.com`; `servers` on a path item or an operation replace the document's).
// Failing that, the bare paths; failing that, the operationId.
// Only the published document's `paths` keys and their method entries are read.
import { SpecError } from "../spec-error.js";
import { isDefect, type RefResolver } from "./published.js";

export const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;

export interface PublishedOperation {
  method: string;
  path: string;
  /** The operation object as written (not resolved further). */
  operation: Record<string, unknown>;
  /** The path item, for its shared parameters. */
  item: Record<string, unknown>;
}

export class PublishedIndex {
  private readonly byFullPath = new Map<string, PublishedOperation>();
  private readonly byPath = new Map<string, PublishedOperation>();
  private readonly byOperationId = new Map<string, PublishedOperation>();

  constructor(document: Record<string, unknown>, resolver: RefResolver, file: string) {
    const base = serverPath(document);
    for (const [route, rawItem] of Object.entries(document.paths as Record<string, unknown>)) {
      const item = pathItem(route, rawItem, resolver, file);
      if (typeof item !== "object" || item === null) continue;
      for (const method of METHODS) {
        const operation = item[method];
        if (typeof operation !== "object" || operation === null) continue;
        const found: PublishedOperation = { method: method.toUpperCase(), path: route, operation: operation as Record<string, unknown>, item };
        const key = (p: string) => `${found.method} ${templateKey(p)}`;
        // `servers` on the operation or its path item replace the document's (OpenAPI's rule).
        const full = (hasServers(operation) ? serverPath(operation) : hasServers(item) ? serverPath(item) : base) + route;
        if (!this.byFullPath.has(key(full))) this.byFullPath.set(key(full), found);
        if (!this.byPath.has(key(route))) this.byPath.set(key(route), found);
        const id = (operation as { operationId?: unknown }).operationId;
        if (typeof id === "string" && !this.byOperationId.has(id)) this.byOperationId.set(id, found);
      }
    }
  }

  find(method: string, route: string, ourBase: string, operationId: string): PublishedOperation | undefined {
    const key = (p: string) => `${method} ${templateKey(p)}`;
    return this.byFullPath.get(key(ourBase + route)) ?? this.byPath.get(key(route)) ?? this.byOperationId.get(operationId);
  }
}

/** Path items are read one level deep only; one that cannot be resolved makes every match doubtful. */
function pathItem(route: string, raw: unknown, resolver: RefResolver, file: string): Record<string, unknown> | undefined {
  try {
    return resolver.resolve<Record<string, unknown>>(raw);
  } catch (error) {
    if (!isDefect(error)) throw error;
    throw new SpecError([{ file, rule: "drift/published-spec", message: `path ${route}: ${error.message}` }]);
  }
}

/** A path template with its parameter names blanked and no trailing slash: "/a/{}/b". */
export function templateKey(route: string): string {
  const blanked = route.replace(/\{[^}]*\}/g, "{}").replace(/\/{2,}/g, "/");
  return blanked.length > 1 ? blanked.replace(/\/$/, "") : blanked;
}

/** The path part of the first server's URL ("" when there is none or it is "/"). */
export function serverPath(document: { servers?: unknown }): string {
  const url = Array.isArray(document.servers) ? (document.servers[0] as { url?: unknown } | undefined)?.url : undefined;
  if (typeof url !== "string") return "";
  const withoutOrigin = url.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*/i, "");
  return withoutOrigin.replace(/\/$/, "");
}

function hasServers(node: object): boolean {
  const servers = (node as { servers?: unknown }).servers;
  return Array.isArray(servers) && servers.length > 0;
}

/** The names of a template's path parameters, in order. */
export function templateNames(route: string): string[] {
  return [...route.matchAll(/\{([^}]*)\}/g)].map((m) => m[1]!);
}
