// Emits types.ts: the whole spec as TypeScript types, by openapi-typescript.
import openapiTS, { astToString } from "openapi-typescript";
import type { OpenAPIDocument } from "../openapi-types.js";

export async function emitTypes(document: OpenAPIDocument): Promise<string> {
  // openapi-typescript mutates nothing we rely on, but it does annotate; give it a copy.
  // defaultNonNullable off: a field with a default is still optional for the caller to send
  // (openapi-typescript 7 otherwise makes it required, and docs examples stop compiling).
  const ast = await openapiTS(structuredClone(document) as never, { silent: true, defaultNonNullable: false });
  return `// Generated from the curated OpenAPI spec by openapi-typescript. Do not edit.\n\n${astToString(ast)}`;
}
