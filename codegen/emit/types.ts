// Emits types.ts: the whole spec as TypeScript types, by openapi-typescript.
import openapiTS, { astToString } from "openapi-typescript";
import ts from "typescript";
import type { OpenAPIDocument } from "../openapi-types.js";

export async function emitTypes(document: OpenAPIDocument): Promise<string> {
  // openapi-typescript mutates nothing we rely on, but it does annotate; give it a copy.
  // defaultNonNullable off: a field with a default is still optional for the caller to send
  // (openapi-typescript 7 otherwise makes it required, and docs examples stop compiling).
  const ast = await openapiTS(structuredClone(document) as never, {
    silent: true,
    defaultNonNullable: false,
    // File content is bytes, not a string: uploads take a Blob/File or a Uint8Array (Node Buffer).
    transform(schema) {
      if ("format" in schema && schema.format === "binary") {
        return ts.factory.createUnionTypeNode([
          ts.factory.createTypeReferenceNode("Blob"),
          ts.factory.createTypeReferenceNode("Uint8Array"),
        ]);
      }
      return undefined;
    },
  });
  return `// Generated from the curated OpenAPI spec by openapi-typescript. Do not edit.\n\n${astToString(ast)}`;
}
