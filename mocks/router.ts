// Routes a request to its one operation before Prism sees it. Prism, given the full list, tries
// every operation on every request (and slows as specs grow); given one, it only validates and
// mocks. Paths are compiled once to regular expressions, literal segments winning over templates.
import type { IHttpOperation } from "@stoplight/types";

interface Route {
  operation: IHttpOperation;
  pattern: RegExp;
  /** Names of the path parameters, in the order of the pattern's groups. */
  params: string[];
  /** Number of literal segments: "/brands/feedback" beats "/brands/{id}". */
  specificity: number;
}

export type RouteResult =
  | { kind: "found"; operation: IHttpOperation; params: Record<string, string> }
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
      const match = route.pattern.exec(path);
      if (!match) continue;
      if (route.operation.method === lower) {
        const params = Object.fromEntries(route.params.map((name, i) => [name, safeDecode(match[i + 1]!)]));
        return { kind: "found", operation: route.operation, params };
      }
      allowed.push(route.operation.method.toUpperCase());
    }
    return allowed.length > 0 ? { kind: "method-not-allowed", allowed } : { kind: "not-found" };
  }
}

function compile(operation: IHttpOperation): Route {
  const segments = operation.path.split("/").filter(Boolean);
  const params: string[] = [];
  const source = segments
    .map((segment) =>
      // A segment may mix literal text and templates, e.g. "{id}.json"; each template matches one segment.
      segment
        .split(/(\{[^}]+\})/)
        .map((part) => {
          if (!part.startsWith("{")) return escapeRegExp(part);
          params.push(part.slice(1, -1));
          return "([^/]+)";
        })
        .join(""),
    )
    .join("/");
  return {
    operation,
    params,
    pattern: new RegExp(`^/${source}/?$`),
    specificity: segments.filter((segment) => !segment.includes("{")).length,
  };
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
