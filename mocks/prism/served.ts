// The spec a mock serves: the document, Prism's operations made from it, the router over them,
// and the base path. Made from a parsed document only, so it works in a browser as well.
import type { IHttpOperation } from "@stoplight/types";
import { Router, type RouteResult } from "../router.js";
import { type Endpoint, OperationSource, operationsOf } from "./operations.js";

export interface ServedSpec {
  document: Record<string, unknown>;
  /** Every operation (made on first read when the spec is served lazily). */
  readonly operations: IHttpOperation[];
  router: { match(method: string, path: string): RouteResult };
  /** The path prefix of the spec's first server URL (e.g. "/v2"), accepted but not required. */
  basePath: string;
}

/** A served spec with every operation made now: a document that cannot be served fails here. */
export async function fromDocument(document: Record<string, unknown>): Promise<ServedSpec> {
  const operations = await operationsOf(document);
  return servedFrom(document, operations);
}

/** A served spec from operations made elsewhere (precomputed, or shared by several mocks). */
export function servedFrom(document: Record<string, unknown>, operations: IHttpOperation[]): ServedSpec {
  return { document, operations, router: new Router(operations), basePath: basePathOf(document) };
}

/**
 * A served spec whose operations are made as requests first reach them (a mock's start: the
 * router needs only each operation's method and path). A request that needs an operation gets
 * it made before it is answered, so it gets the same answer as from fromDocument's spec.
 */
export function lazyFromDocument(document: Record<string, unknown>): ServedSpec {
  const source = new OperationSource(document);
  const endpoints = new Router<Endpoint>(source.endpoints);
  return {
    document,
    get operations() {
      return source.all();
    },
    router: {
      match(method, path) {
        const found = endpoints.match(method, path);
        return found.kind === "found" ? { ...found, operation: source.operation(found.operation) } : found;
      },
    },
    basePath: basePathOf(document),
  };
}

function basePathOf(document: Record<string, unknown>): string {
  const servers = document.servers as Array<{ url?: string }> | undefined;
  return new URL(servers?.[0]?.url ?? "http://localhost", "http://localhost").pathname.replace(/\/+$/, "");
}
