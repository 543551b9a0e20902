// Routes a request to its one operation before Prism sees it. Prism, given the full list, tries
// every operation on every request (and slows as specs grow); given one, it only validates and
// mocks. Paths are compiled once to regular expressions, literal segments winning over templates.
import type { IHttpOperation } from "@stoplight/types";

/** What a route needs of an operation: Prism's whole IHttpOperation, or an endpoint whose operation is made later. */
export interface Routable {
  method: string;
  path: string;
}

interface Route<T extends Routable> {
  operation: T;
  pattern: RegExp;
  /** Names of the path parameters, in the order of the pattern's groups. */
  params: string[];
  /** Number of literal segments: "/brands/feedback" beats "/brands/{id}". */
  specificity: number;
}

export type RouteResult<T extends Routable = IHttpOperation> =
  | { kind: "found"; operation: T; params: Record<string, string> }
  | { kind: "method-not-allowed"; allowed: string[] }
  | { kind: "not-found" };

export class Router<T extends Routable = IHttpOperation> {
  private readonly routes: Route<T>[];

  constructor(operations: T[]) {
    this.routes = operations
      .map((operation) => compile(operation))
      .sort((a, b) => b.specificity - a.specificity);
  }

  match(method: string, path: string): RouteResult<T> {
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

function compile<T extends Routable>(operation: T): Route<T> {
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
