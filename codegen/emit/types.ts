// Emits types.ts: the whole spec as TypeScript types, by openapi-typescript.
//
// openapi-typescript and TypeScript are loaded through require (their CommonJS builds, the same
// code as the ESM ones): under tsx, an ESM import of these big CommonJS-backed packages goes
// through its loader hooks and costs about 160 MB more memory and most of a second more start-up
// than require does, for the same modules.
import { createRequire } from "node:module";
import type * as OpenapiTypescript from "openapi-typescript";
import type * as TypeScript from "typescript";

const require = createRequire(import.meta.url);
const { transformSchema, scanDiscriminators, resolveRef, astToString } = require("openapi-typescript") as typeof OpenapiTypescript;
const ts = require("typescript") as typeof TypeScript;

type TransformContext = Parameters<typeof transformSchema>[1];

/**
 * openapi-typescript's transform, called directly. Its `openapiTS()` entry first runs Redocly
 * over the document again (a "minimal" lint, examples included, then a bundle): on an already
 * linted and bundled document that is two thirds of its time (1.0 s of 1.4 s on a 1,120-operation
 * spec) for the same output, byte for byte. The context below is the one `openapiTS()` builds
 * (openapi-typescript 7.13) with our options set; the rest are its defaults.
 */
export async function emitTypes(openapiJson: string): Promise<string> {
  // The transform annotates the document it is given (discriminator mappings), so it gets a copy
  // of its own: parsed again from openapi.json's text, which is about a quarter of the time a
  // structured clone of the parsed document takes (4 MB: 11 against 45 ms).
  const schema = JSON.parse(openapiJson) as Parameters<typeof transformSchema>[0];
  const ast = transformSchema(schema, typesContext(schema));
  return `// Generated from the curated OpenAPI spec by openapi-typescript. Do not edit.\n\n${astToString(ast)}`;
}

function typesContext(schema: Parameters<typeof transformSchema>[0]): TransformContext {
  return {
    additionalProperties: false,
    alphabetize: false,
    arrayLength: false,
    // A field with a default is still optional for the caller to send (openapi-typescript 7
    // otherwise makes it required, and docs examples stop compiling).
    defaultNonNullable: false,
    discriminators: scanDiscriminators(schema, {}),
    // An object schema without properties is any object, not one with no keys: openapi-typescript
    // otherwise writes Record<string, never>, so a free-form field ("no fixed structure") cannot be
    // read, and allOf [X, {required: [...]}] (a common way to tighten X) becomes X & Record<string,
    // never>, which no value of X fits and an interface cannot extend (TS2411).
    emptyObjectsUnknown: true,
    enum: false,
    enumValues: false,
    conditionalEnums: false,
    dedupeEnums: false,
    excludeDeprecated: false,
    exportType: false,
    immutable: false,
    rootTypes: false,
    rootTypesNoSchemaPrefix: false,
    rootTypesKeepCasing: false,
    injectFooter: [],
    pathParamsAsTypes: false,
    postTransform: undefined,
    propertiesRequiredByDefault: false,
    redoc: undefined as never, // only openapiTS()'s own lint and bundle read it
    silent: true,
    inject: undefined,
    transform: bytesAsBlob,
    transformProperty: undefined,
    makePathsEnum: false,
    generatePathParams: false,
    readWriteMarkers: false,
    resolve: ($ref) => resolveRef(schema, $ref, { silent: true }),
  };
}

/** File content is bytes, not a string: uploads take a Blob/File or a Uint8Array (Node Buffer). */
function bytesAsBlob(schema: Parameters<NonNullable<TransformContext["transform"]>>[0]) {
  if ("format" in schema && schema.format === "binary") {
    return ts.factory.createUnionTypeNode([ts.factory.createTypeReferenceNode("Blob"), ts.factory.createTypeReferenceNode("Uint8Array")]);
  }
  return undefined;
}
