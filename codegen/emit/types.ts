// Emits types.ts: the whole spec as TypeScript types, by openapi-typescript.
//
// openapi-typescript and TypeScript are loaded through require (their CommonJS builds, the same
// code as the ESM ones): under tsx, an ESM import of these big CommonJS-backed packages goes
// through its loader hooks and costs about 160 MB more memory and most of a second more start-up
// than require does, for the same modules.
import { createRequire } from "node:module";
import type * as OpenapiTypescript from "openapi-typescript";
import type * as TypeScript from "typescript";
import type { OpenAPIDocument } from "../openapi-types.js";

const require = createRequire(import.meta.url);
const { default: openapiTS, astToString } = require("openapi-typescript") as typeof OpenapiTypescript;
const ts = require("typescript") as typeof TypeScript;

export async function emitTypes(document: OpenAPIDocument): Promise<string> {
  // openapi-typescript mutates nothing we rely on, but it does annotate; give it a copy.
  // defaultNonNullable off: a field with a default is still optional for the caller to send
  // (openapi-typescript 7 otherwise makes it required, and docs examples stop compiling).
  const ast = await openapiTS(structuredClone(document) as never, {
    silent: true,
    defaultNonNullable: false,
    // An object schema without properties is any object, not one with no keys: openapi-typescript
    // otherwise writes Record<string, never>, so a free-form field ("no fixed structure") cannot be
    // read, and allOf [X, {required: [...]}] (a common way to tighten X) becomes X & Record<string,
    // never>, which no value of X fits and an interface cannot extend (TS2411).
    emptyObjectsUnknown: true,
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
