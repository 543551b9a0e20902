// Routes a request to its one operation before Prism sees it. Prism, given the full list, tries
// every operation on every request (and slows as specs grow); given one, it only validates and
// mocks. Paths are compiled once to regular expressions, literal segments winning over templates.
import type { IHttpOperation } from "@stoplight/types";

interface Route {
  operation: IHttpOperation;
  pattern: RegExp;
  /** Number of literal segments: "/brands/feedback" beats "/brands/{id}". */
  specificity: number;
}

export type RouteResult =
  | { kind: "found"; operation: IHttpOperation }
  | { kind: "method-not-allowed"; allowed: string[] }
  | { kind: "not-found" };

export class Router {
  private readonly routes: Route[];

  constructor(operations: IHttpOperation[]) {
    this.routes = operations
      .map((operation) => compile(operation))
      .sort((a, b) => b.specificity - a.specificity);
  }

  match(method: string, path: string): RouteResult {
    const allowed: string[] = [];
    const lower = method.toLowerCase();
    for (const route of this.routes) {
      if (!route.pattern.test(path)) continue;
      if (route.operation.method === lower) return { kind: "found", operation: route.operation };
      allowed.push(route.operation.method.toUpperCase());
    }
    return allowed.length > 0 ? { kind: "method-not-allowed", allowed } : { kind: "not-found" };
  }
}

function compile(operation: IHttpOperation): Route {
  const segments = operation.path.split("/").filter(Boolean);
  const source = segments
    .map((segment) =>
      // A segment may mix literal text and templates, e.g. "{id}.json"; each template matches one segment.
      segment
        .split(/(\{[^}]+\})/)
        .map((part) => (part.startsWith("{") ? "[^/]+" : escapeRegExp(part)))
        .join(""),
    )
    .join("/");
  return {
    operation,
    pattern: new RegExp(`^/${source}/?$`),
    specificity: segments.filter((segment) => !segment.includes("{")).length,
  };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
