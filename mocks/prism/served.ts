// The spec a mock serves: the document, Prism's operations made from it, the router over them,
// and the base path. Made from a parsed document only, so it works in a browser as well.
import type { IHttpOperation } from "@stoplight/types";
import { Router } from "../router.js";
import { operationsOf } from "./operations.js";

export interface ServedSpec {
  document: Record<string, unknown>;
  operations: IHttpOperation[];
  router: Router;
  /** The path prefix of the spec's first server URL (e.g. "/v2"), accepted but not required. */
  basePath: string;
}

export async function fromDocument(document: Record<string, unknown>): Promise<ServedSpec> {
  const operations = await operationsOf(document);
  return servedFrom(document, operations);
}

/** A served spec from operations made elsewhere (precomputed, or shared by several mocks). */
export function servedFrom(document: Record<string, unknown>, operations: IHttpOperation[]): ServedSpec {
  const servers = document.servers as Array<{ url?: string }> | undefined;
  const basePath = new URL(servers?.[0]?.url ?? "http://localhost", "http://localhost").pathname.replace(/\/+$/, "");
  return { document, operations, router: new Router(operations), basePath };
}
