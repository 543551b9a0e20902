// The schema keywords the differ compares beyond those the generator reads (openapi-types.ts is
// the generator's slice of OpenAPI; the differ needs every constraint keyword).
import type { JSONSchema as GeneratorSchema } from "../openapi-types.js";

export type JSONSchema = Omit<GeneratorSchema, "items" | "properties" | "oneOf" | "anyOf" | "allOf" | "additionalProperties"> & {
  items?: JSONSchema;
  properties?: Record<string, JSONSchema>;
  oneOf?: JSONSchema[];
  anyOf?: JSONSchema[];
  allOf?: JSONSchema[];
  additionalProperties?: boolean | JSONSchema;
  title?: string;
  nullable?: boolean;
  exclusiveMaximum?: number | boolean;
  exclusiveMinimum?: number | boolean;
  multipleOf?: number;
  minItems?: number;
  maxItems?: number;
  uniqueItems?: boolean;
  readOnly?: boolean;
  writeOnly?: boolean;
  deprecated?: boolean;
  discriminator?: { propertyName: string; mapping?: Record<string, string> };
};
