// The one registry of everything `npm run diff` can report. Each check has a stable id (kebab-case,
// named like oasdiff's where oasdiff has the same check), a level and an example. Reports, the
// ignore file, `--fail-on` and the generated table (generated/diff-checks.md) all read this list.
//
// Levels: error = breaks a compiled client (TypeScript with strict null checks) or a running
// integration; warning = breaks consumers that validate strictly or rely on documented behaviour;
// info = safe, reported for the changelog.

export type Level = "error" | "warning" | "info";
export const LEVELS: Level[] = ["error", "warning", "info"];

export interface Check {
  id: string;
  level: Level;
  description: string;
  /** A base → head change that triggers the check. */
  example: string;
}

/** Where a schema sits, which decides the direction data flows and so the level of a change. */
export type SchemaScope = "request-parameter" | "request-property" | "response-property" | "response-header" | "webhook-property";
export const SCHEMA_SCOPES: SchemaScope[] = ["request-parameter", "request-property", "response-property", "response-header", "webhook-property"];

/** Request: the client sends, the server must accept. Response and webhook: the provider sends, the client must cope. */
export function isRequestScope(scope: SchemaScope): boolean {
  return scope === "request-parameter" || scope === "request-property";
}

const SCOPE_NOUN: Record<SchemaScope, string> = {
  "request-parameter": "a request parameter's schema",
  "request-property": "a request body (or a property in it, or in a parameter's object)",
  "response-property": "a response body (or a property in it, or in a header's object)",
  "response-header": "a response header's schema",
  "webhook-property": "a webhook payload (or a property in it)",
};

/**
 * A schema keyword check, registered once per scope it applies to. `levels` is [request, response]:
 * narrowing what is accepted breaks senders, widening what may arrive breaks receivers.
 */
export interface SchemaRule {
  suffix: string;
  levels: [Level, Level];
  what: string;
  example: string;
  /** Only for schemas that are properties (not a parameter's or header's own schema). */
  propertyOnly?: boolean;
  /** Only in one direction. */
  only?: "request" | "response";
}

const E: Level = "error";
const W: Level = "warning";
const I: Level = "info";

export const SCHEMA_RULES: SchemaRule[] = [
  { suffix: "type-changed", levels: [E, E], what: "the type changed", example: "type: string → type: integer" },
  { suffix: "became-nullable", levels: [I, E], what: "null became a valid value", example: "type: string → type: [string, 'null']" },
  { suffix: "became-not-nullable", levels: [E, I], what: "null is no longer a valid value", example: "type: [string, 'null'] → type: string" },
  { suffix: "enum-value-removed", levels: [E, I], what: "an enum value was removed", example: "enum: [a, b] → enum: [a]" },
  { suffix: "enum-value-added", levels: [I, W], what: "an enum value was added", example: "enum: [a] → enum: [a, b]" },
  { suffix: "enum-added", levels: [E, I], what: "the value became restricted to an enum", example: "type: string → enum: [a, b]" },
  { suffix: "enum-removed", levels: [I, W], what: "the value is no longer restricted to an enum", example: "enum: [a, b] → type: string" },
  { suffix: "max-decreased", levels: [E, I], what: "maximum (or exclusiveMaximum) was lowered or added", example: "maximum: 10 → maximum: 5" },
  { suffix: "max-increased", levels: [I, W], what: "maximum (or exclusiveMaximum) was raised or removed", example: "maximum: 5 → maximum: 10" },
  { suffix: "min-increased", levels: [E, I], what: "minimum (or exclusiveMinimum) was raised or added", example: "minimum: 1 → exclusiveMinimum: 1" },
  { suffix: "min-decreased", levels: [I, W], what: "minimum (or exclusiveMinimum) was lowered or removed", example: "minimum: 5 → minimum: 0" },
  { suffix: "max-length-decreased", levels: [E, I], what: "maxLength was lowered or added", example: "maxLength: 40 → maxLength: 20" },
  { suffix: "max-length-increased", levels: [I, W], what: "maxLength was raised or removed", example: "maxLength: 20 → maxLength: 40" },
  { suffix: "min-length-increased", levels: [E, I], what: "minLength was raised or added", example: "minLength: 1 → minLength: 3" },
  { suffix: "min-length-decreased", levels: [I, W], what: "minLength was lowered or removed", example: "minLength: 3 → minLength: 1" },
  { suffix: "max-items-decreased", levels: [E, I], what: "maxItems was lowered or added", example: "maxItems: 10 → maxItems: 5" },
  { suffix: "max-items-increased", levels: [I, W], what: "maxItems was raised or removed", example: "maxItems: 5 → maxItems: 10" },
  { suffix: "min-items-increased", levels: [E, I], what: "minItems was raised or added", example: "minItems: 0 → minItems: 1" },
  { suffix: "min-items-decreased", levels: [I, W], what: "minItems was lowered or removed", example: "minItems: 2 → minItems: 1" },
  { suffix: "pattern-added", levels: [E, I], what: "a pattern was added", example: "(none) → pattern: ^\\+\\d+$" },
  { suffix: "pattern-removed", levels: [I, W], what: "the pattern was removed", example: "pattern: ^\\+\\d+$ → (none)" },
  { suffix: "pattern-changed", levels: [W, W], what: "the pattern changed (narrower or wider cannot be told)", example: "pattern: ^\\d+$ → pattern: ^\\d{4}$" },
  { suffix: "format-added", levels: [W, I], what: "a format was added", example: "type: string → format: uuid" },
  { suffix: "format-removed", levels: [I, W], what: "the format was removed", example: "format: uuid → (none)" },
  { suffix: "format-changed", levels: [E, E], what: "the format changed", example: "format: date-time → format: date" },
  { suffix: "multiple-of-changed", levels: [W, W], what: "multipleOf changed, added or removed", example: "multipleOf: 1 → multipleOf: 5" },
  { suffix: "unique-items-added", levels: [E, I], what: "uniqueItems became true", example: "(none) → uniqueItems: true" },
  { suffix: "unique-items-removed", levels: [I, W], what: "uniqueItems is no longer true", example: "uniqueItems: true → (none)" },
  { suffix: "additional-properties-restricted", levels: [E, I], what: "additionalProperties became false", example: "(none) → additionalProperties: false" },
  { suffix: "additional-properties-allowed", levels: [I, W], what: "additionalProperties is no longer false", example: "additionalProperties: false → (none)" },
  { suffix: "default-changed", levels: [W, I], what: "the default value changed, was added or removed", example: "default: 10 → default: 20" },
  { suffix: "one-of-added", levels: [I, W], what: "a oneOf branch was added", example: "oneOf: [A] → oneOf: [A, B]" },
  { suffix: "one-of-removed", levels: [E, I], what: "a oneOf branch was removed", example: "oneOf: [A, B] → oneOf: [A]" },
  { suffix: "any-of-added", levels: [I, W], what: "an anyOf branch was added", example: "anyOf: [A] → anyOf: [A, B]" },
  { suffix: "any-of-removed", levels: [E, I], what: "an anyOf branch was removed", example: "anyOf: [A, B] → anyOf: [A]" },
  { suffix: "deprecated", levels: [I, I], what: "the property was marked deprecated", example: "(none) → deprecated: true", propertyOnly: true },
  { suffix: "became-read-only", levels: [E, I], what: "the property became readOnly (clients may no longer send it)", example: "(none) → readOnly: true", propertyOnly: true },
  { suffix: "read-only-removed", levels: [I, I], what: "the property is no longer readOnly", example: "readOnly: true → (none)", propertyOnly: true },
  { suffix: "became-write-only", levels: [I, E], what: "the property became writeOnly (it is no longer returned)", example: "(none) → writeOnly: true", propertyOnly: true },
  { suffix: "write-only-removed", levels: [I, I], what: "the property is no longer writeOnly", example: "writeOnly: true → (none)", propertyOnly: true },
  // Membership of properties in an object: only in the property scopes.
  { suffix: "removed", levels: [E, E], what: "a property was removed", example: "properties: {a, b} → properties: {a}", propertyOnly: true },
  { suffix: "added", levels: [I, I], what: "an optional property was added (in a response: any property)", example: "properties: {a} → properties: {a, b}", propertyOnly: true },
  { suffix: "added-required", levels: [E, E], what: "a required property was added", example: "required: [a] → required: [a, b] with b new", propertyOnly: true, only: "request" },
  { suffix: "became-required", levels: [E, I], what: "an existing property became required", example: "required: [] → required: [a]", propertyOnly: true },
  // A response field that may now be missing breaks code that reads it without a check: with strict
  // null checks the generated type becomes `T | undefined` and such code no longer compiles.
  { suffix: "became-optional", levels: [I, E], what: "a required property became optional", example: "required: [a] → required: []", propertyOnly: true },
];

const PROPERTY_SCOPES: SchemaScope[] = ["request-property", "response-property", "webhook-property"];

/** Whether a schema rule is registered in a scope (property rules only where schemas are properties). */
export function ruleApplies(rule: SchemaRule, scope: SchemaScope): boolean {
  if (rule.propertyOnly && !PROPERTY_SCOPES.includes(scope)) return false;
  return !rule.only || rule.only === (isRequestScope(scope) ? "request" : "response");
}

function schemaChecks(): Check[] {
  const checks: Check[] = [];
  for (const scope of SCHEMA_SCOPES) {
    const request = isRequestScope(scope);
    for (const rule of SCHEMA_RULES) {
      if (!ruleApplies(rule, scope)) continue;
      checks.push({
        id: `${scope}-${rule.suffix}`,
        level: rule.levels[request ? 0 : 1],
        description: `In ${SCOPE_NOUN[scope]}: ${rule.what}.`,
        example: rule.example,
      });
    }
  }
  return checks;
}

const OTHER_CHECKS: Check[] = [
  // Operations.
  { id: "api-added", level: I, description: "An operation was added.", example: "(none) → GET /numbers/{id}/history" },
  { id: "api-removed-without-deprecation", level: E, description: "An operation was removed without being deprecated first.", example: "DELETE /numbers/{id} → (none)" },
  { id: "api-removed-before-sunset", level: E, description: "A deprecated operation was removed before its x-sunset date.", example: "deprecated: true, x-sunset: 2099-01-01 → (none)" },
  { id: "api-removed-after-deprecation", level: W, description: "A deprecated operation without an x-sunset date was removed.", example: "deprecated: true → (none)" },
  { id: "api-removed-after-sunset", level: I, description: "A deprecated operation was removed after its x-sunset date.", example: "deprecated: true, x-sunset: 2020-01-01 → (none)" },
  { id: "api-moved", level: E, description: "An operation moved to another method or path; the client method keeps its name, callers of the old URL break.", example: "GET /numbers/{id}/usage → GET /usage/{id} (same x-sdk-name)" },
  { id: "api-deprecated", level: I, description: "An operation was deprecated with an x-sunset date at least the minimum notice ahead.", example: "(none) → deprecated: true, x-sunset: 2099-01-01" },
  { id: "api-deprecated-without-sunset", level: W, description: "An operation was deprecated without an x-sunset date, so clients cannot plan.", example: "(none) → deprecated: true" },
  { id: "api-sunset-too-soon", level: E, description: "An operation's x-sunset date is closer than the minimum notice (--min-notice-days, default 180).", example: "(none) → deprecated: true, x-sunset: tomorrow" },
  { id: "api-sunset-moved-earlier", level: E, description: "An operation's x-sunset date moved earlier.", example: "x-sunset: 2099-06-01 → x-sunset: 2099-01-01" },
  { id: "api-undeprecated", level: I, description: "An operation is no longer deprecated.", example: "deprecated: true → (none)" },
  { id: "api-operation-id-changed", level: I, description: "The operationId changed (the client keys methods by x-sdk-name).", example: "operationId: getNumber → operationId: retrieveNumber" },
  { id: "api-description-changed", level: I, description: "The summary or description of an operation changed.", example: "summary: Get a number → summary: Retrieve a number" },
  // Parameters.
  { id: "new-required-request-parameter", level: E, description: "A required parameter was added.", example: "(none) → header x-account, required" },
  { id: "new-optional-request-parameter", level: I, description: "An optional parameter was added.", example: "(none) → query sort" },
  { id: "request-parameter-removed", level: E, description: "A parameter was removed (clients that pass it no longer compile).", example: "query page → (none)" },
  { id: "request-parameter-became-required", level: E, description: "An optional parameter became required.", example: "required: false → required: true" },
  { id: "request-parameter-became-optional", level: I, description: "A required parameter became optional.", example: "required: true → required: false" },
  { id: "request-parameter-location-changed", level: E, description: "A parameter moved to another location (query, header, path).", example: "in: query → in: header" },
  { id: "request-parameter-style-changed", level: E, description: "A parameter's serialization style changed.", example: "style: form → style: deepObject" },
  { id: "request-parameter-explode-changed", level: E, description: "A parameter's explode flag changed.", example: "explode: true → explode: false" },
  { id: "request-parameter-deprecated", level: I, description: "A parameter was marked deprecated.", example: "(none) → deprecated: true" },
  // Bodies and content types.
  { id: "request-body-added-required", level: E, description: "A required request body was added.", example: "(none) → requestBody, required" },
  { id: "request-body-added-optional", level: I, description: "An optional request body was added.", example: "(none) → requestBody" },
  { id: "request-body-removed", level: E, description: "The request body was removed.", example: "requestBody → (none)" },
  { id: "request-body-became-required", level: E, description: "The request body became required.", example: "required: false → required: true" },
  { id: "request-body-became-optional", level: I, description: "The request body became optional.", example: "required: true → required: false" },
  { id: "request-media-type-removed", level: E, description: "A request content type is no longer accepted.", example: "application/json, text/csv → application/json" },
  { id: "request-media-type-added", level: I, description: "A request content type is now accepted.", example: "application/json → application/json, text/csv" },
  { id: "response-media-type-removed", level: E, description: "A response no longer comes in a content type.", example: "application/json, text/csv → application/json" },
  { id: "response-media-type-added", level: W, description: "A response may now come in another content type.", example: "application/json → application/json, text/csv" },
  // Status codes and headers.
  { id: "response-success-status-removed", level: E, description: "A 2xx response was removed.", example: "201 → (none)" },
  { id: "response-success-status-added", level: W, description: "A 2xx response was added (clients may get a body they do not expect).", example: "(none) → 202" },
  { id: "response-non-success-status-removed", level: W, description: "A non-2xx response was removed from the documentation.", example: "404 → (none)" },
  { id: "response-non-success-status-added", level: I, description: "A non-2xx response was documented.", example: "(none) → 409" },
  { id: "response-header-removed", level: E, description: "A response header was removed.", example: "X-RateLimit-Remaining → (none)" },
  { id: "response-header-added", level: I, description: "A response header was added.", example: "(none) → X-Request-Id" },
  { id: "response-header-became-optional", level: E, description: "A required response header became optional.", example: "required: true → required: false" },
  { id: "response-header-became-required", level: I, description: "An optional response header became required.", example: "required: false → required: true" },
  // Security.
  { id: "api-security-added", level: E, description: "An operation that needed no authentication now needs it.", example: "security: [] → security: [bearerAuth]" },
  { id: "api-security-removed", level: I, description: "An operation no longer needs authentication.", example: "security: [bearerAuth] → security: []" },
  { id: "api-security-requirement-removed", level: E, description: "A way to authenticate an operation was removed.", example: "[bearerAuth] or [basicAuth] → [bearerAuth]" },
  { id: "api-security-requirement-added", level: I, description: "Another way to authenticate an operation was added.", example: "[bearerAuth] → [bearerAuth] or [basicAuth]" },
  { id: "api-security-scope-added", level: E, description: "A security requirement needs another scope.", example: "oauth: [read] → oauth: [read, write]" },
  { id: "api-security-scope-removed", level: I, description: "A security requirement needs fewer scopes.", example: "oauth: [read, write] → oauth: [read]" },
  { id: "security-scheme-removed", level: E, description: "A security scheme was removed from components.", example: "securitySchemes: {bearerAuth, basicAuth} → {bearerAuth}" },
  { id: "security-scheme-added", level: I, description: "A security scheme was added to components.", example: "securitySchemes: {bearerAuth} → {bearerAuth, basicAuth}" },
  { id: "security-scheme-changed", level: E, description: "A security scheme's type, scheme, location or name changed.", example: "scheme: bearer → scheme: basic" },
  // Servers.
  { id: "base-path-changed", level: E, description: "The path of the first server (the client's default base URL) changed.", example: "https://api.example.test/v1 → https://api.example.test/v2" },
  { id: "server-url-changed", level: W, description: "The host of the first server (the client's default base URL) changed, its path did not.", example: "https://api.example.test/v1 → https://api.example.com/v1" },
  { id: "server-removed", level: W, description: "A server other than the first was removed.", example: "[prod, sandbox] → [prod]" },
  { id: "server-added", level: I, description: "A server was added.", example: "[prod] → [prod, sandbox]" },
  // Webhooks (oasdiff does not look inside webhooks).
  { id: "webhook-added", level: I, description: "A webhook was added.", example: "(none) → webhooks.numberPorted" },
  { id: "webhook-removed", level: E, description: "A webhook was removed (its payload type disappears from the client).", example: "webhooks.numberPorted → (none)" },
  { id: "webhook-header-removed", level: E, description: "A webhook no longer carries a header (handlers that read it break).", example: "webhook-signature → (none)" },
  { id: "webhook-header-added", level: I, description: "A webhook carries another header.", example: "(none) → webhook-id" },
  { id: "webhook-media-type-changed", level: E, description: "A webhook's payload content type changed.", example: "application/json → application/x-www-form-urlencoded" },
  // The generated client.
  { id: "client-method-renamed", level: E, description: "An x-sdk-name changed: the client method and its exported types are renamed (one change).", example: "x-sdk-name: numbers.usage → numbers.getUsage" },
  { id: "client-signature-changed", level: E, description: "A client method's parameters or result type changed.", example: "(query?: Q) → (query: Q)" },
  { id: "client-type-removed", level: E, description: "An exported type of the client disappeared (not by a rename).", example: "NumbersListQuery → (none) when the last query parameter goes" },
  { id: "client-type-added", level: I, description: "An exported type was added to the client.", example: "(none) → NumbersListQuery" },
  { id: "pagination-added", level: E, description: "An operation became paginated (x-pagination): the method returns a paginated list.", example: "(none) → x-pagination: {items: data, pageParam: page}" },
  { id: "pagination-removed", level: E, description: "An operation is no longer paginated.", example: "x-pagination: {...} → (none)" },
  { id: "pagination-style-changed", level: E, description: "The pagination style changed (page numbers, cursor, next link).", example: "pageParam: page → cursorParam: cursor" },
  { id: "pagination-changed", level: W, description: "The same pagination style reads other fields or parameters.", example: "items: data → items: results" },
];

export const CHECKS: Check[] = [...OTHER_CHECKS, ...schemaChecks()];
const BY_ID = new Map(CHECKS.map((c) => [c.id, c]));

export function check(id: string): Check {
  const found = BY_ID.get(id);
  // A typo in the differ is a bug, not a user error; failing loudly keeps the registry the one source.
  if (!found) throw new Error(`Unregistered diff check: ${id}`);
  return found;
}

export function isCheckId(id: string): boolean {
  return BY_ID.has(id);
}

/** True when `level` is at `threshold` or more severe. */
export function atLeast(level: Level, threshold: Level): boolean {
  return LEVELS.indexOf(level) <= LEVELS.indexOf(threshold);
}
