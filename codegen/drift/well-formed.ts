// The published document is not validated, so a schema keyword may hold anything (a string for
// `properties`, an object for `enum`). The walker reads schemas through this view, which keeps
// only keywords of the right shape, so a malformed published schema reads as a looser one
// instead of crashing the comparison.
import type { JSONSchema } from "../diff/schema-types.js";

const views = new WeakMap<object, JSONSchema>();

export function wellFormed(value: unknown): JSONSchema {
  if (!isObject(value)) return {};
  const cached = views.get(value);
  if (cached) return cached;
  const schema = value as Record<string, unknown>;
  const view: Record<string, unknown> = {};
  for (const key of ["$ref", "format", "title"]) if (typeof schema[key] === "string") view[key] = schema[key];
  for (const key of ["readOnly", "writeOnly", "nullable", "deprecated"]) if (typeof schema[key] === "boolean") view[key] = schema[key];
  if (typeof schema.type === "string" || (Array.isArray(schema.type) && schema.type.every((t) => typeof t === "string"))) view.type = schema.type;
  if (Array.isArray(schema.enum)) view.enum = schema.enum;
  if ("const" in schema) view.const = schema.const;
  if (Array.isArray(schema.required)) view.required = schema.required.filter((name) => typeof name === "string");
  if (isObject(schema.properties)) view.properties = Object.fromEntries(Object.entries(schema.properties).filter(([, p]) => isObject(p)));
  if (isObject(schema.items)) view.items = schema.items;
  if (isObject(schema.additionalProperties) || typeof schema.additionalProperties === "boolean") view.additionalProperties = schema.additionalProperties;
  for (const key of ["allOf", "oneOf", "anyOf"]) if (Array.isArray(schema[key])) view[key] = (schema[key] as unknown[]).filter(isObject);
  const discriminator = schema.discriminator as { propertyName?: unknown; mapping?: unknown } | undefined;
  if (isObject(discriminator) && typeof discriminator.propertyName === "string") {
    view.discriminator = { propertyName: discriminator.propertyName, mapping: isObject(discriminator.mapping) ? discriminator.mapping : undefined };
  }
  views.set(value, view as JSONSchema);
  return view as JSONSchema;
}

function isObject(value: unknown): value is object {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
