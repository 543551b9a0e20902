// The kinds of drift, one id each. Allowlist entries name these ids; the report prints them.
// "ours" is our curated spec, "published" the provider's published OpenAPI document.

/** Where a schema difference sits: a parameter's schema, the request body, a response body. */
export type Scope = "parameter" | "request" | "response";

const SCHEMA_KINDS = [
  "field-only-ours",
  "field-only-published",
  "required-differs",
  "type-differs",
  "format-differs",
  "enum-value-only-ours",
  "enum-value-only-published",
  "enum-only-ours",
  "enum-only-published",
  "branch-only-ours",
  "branch-only-published",
] as const;

export type SchemaKind = (typeof SCHEMA_KINDS)[number];

const OPERATION_KINDS = [
  "operation-not-published",
  "parameter-only-ours",
  "parameter-only-published",
  "request-body-only-ours",
  "request-body-only-published",
  "request-body-required-differs",
  "request-content-type-only-ours",
  "request-content-type-only-published",
  "response-status-only-ours",
  "response-status-only-published",
  "response-content-type-only-ours",
  "response-content-type-only-published",
] as const;

export const DRIFT_IDS: readonly string[] = [
  ...OPERATION_KINDS,
  ...(["parameter", "request", "response"] as const).flatMap((scope) => SCHEMA_KINDS.map((kind) => `${scope}-${kind}`)),
];

export function isDriftId(id: string): boolean {
  return DRIFT_IDS.includes(id);
}
