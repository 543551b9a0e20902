// The curated spec as the proxy checks it. Prism's HTTP operations mark every schema as JSON
// Schema draft-07, also for an OpenAPI 3.1 document, whose schemas are JSON Schema 2020-12; Prism
// then validates with its draft-07 Ajv, which silently ignores 2020-12 keywords such as
// `unevaluatedProperties: false`, so a closed schema let an extra field through. The proxy keeps
// its own copy of the operations with the 2020-12 dialect declared, so Prism picks its 2020-12
// Ajv, and routes with its own Router over that copy.
import type { IHttpOperation } from "@stoplight/types";
import { Router } from "../router.js";
import { loadServedSpec, type ServedSpec } from "../prism/spec.js";

const DRAFT_07 = /^https?:\/\/json-schema\.org\/draft-07\/schema#?$/;
const DRAFT_2020_12 = "https://json-schema.org/draft/2020-12/schema";

export async function loadCheckedSpec(file: string): Promise<ServedSpec> {
  const { spec } = await loadServedSpec(file);
  const version = String(spec.document.openapi ?? "");
  if (!version.startsWith("3.1")) return spec;
  const operations = spec.operations.map((operation) => withDialect(operation) as IHttpOperation);
  return { ...spec, operations, router: new Router(operations) };
}

/** A copy with every draft-07 `$schema` replaced by 2020-12 (operations are plain JSON data). */
function withDialect(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withDialect);
  if (typeof value !== "object" || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(value)) {
    const next = key === "$schema" && typeof child === "string" && DRAFT_07.test(child) ? DRAFT_2020_12 : withDialect(child);
    Object.defineProperty(out, key, { value: next, enumerable: true, writable: true, configurable: true });
  }
  return out;
}
