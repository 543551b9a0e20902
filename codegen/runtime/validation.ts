// Optional checks of response bodies against the spec, off unless a client asks for them. Each
// operation's check is its lean response schema, emitted as data at generation time
// (generated/<provider>/validators.ts) and run by the small schema checker beside this file
// (schema-check.ts); this file looks one up by operation and turns its findings into an error or
// a report. An app that does not validate bundles neither, nor any schema.
import type { OperationSpec, ValidateResponse } from "./transport.js";

/** One validator (schema-check.ts `schemaCheck`): true when valid, else `errors` holds the first error, in Ajv's form. */
export type ResponseValidator = ((data: unknown) => boolean) & {
  errors?: Array<{ instancePath: string; message?: string; keyword?: string; params?: object }> | null;
};

/** One operation's validator, as validators.ts exports it: `{ name, operation, validate }`. */
export interface ResponseCheck {
  /** The operation's function name, e.g. "messaging10dlcBrandRetrieve". */
  readonly name: string;
  /** "METHOD /path template": how a call finds its check. */
  readonly operation: string;
  readonly validate: ResponseValidator;
}

/** Checks given by name (`{ messaging10dlcBrandRetrieve }`) or as a list. */
export type ResponseChecks = Readonly<Record<string, ResponseCheck>> | readonly ResponseCheck[];

/** What a response broke, at a JSON pointer into its body. */
export interface ValidationIssue {
  /** JSON pointer into the body; "" for the body itself. */
  pointer: string;
  message: string;
}

/**
 * A response body that does not match the operation's schema: the provider answered something
 * the spec does not describe (drift), or a proxy or mock changed it.
 */
export class ResponseValidationError extends Error {
  override readonly name = "ResponseValidationError";
  constructor(
    /** The operation's function name, e.g. "messaging10dlcBrandRetrieve". */
    readonly operation: string,
    readonly method: string,
    readonly path: string,
    readonly status: number,
    readonly issues: ValidationIssue[],
  ) {
    const first = issues[0];
    const where = first ? `${first.pointer === "" ? "the body" : first.pointer} ${first.message}` : "the body does not match";
    super(`${operation} (${method} ${path}): the ${status} response does not match the spec: ${where}`);
  }
}

export interface ValidationOptions {
  /** "throw" (default): the call rejects with ResponseValidationError. "report": it resolves, and `onInvalid` hears of it. */
  mode?: "throw" | "report";
  /** Called with every mismatch (in both modes). */
  onInvalid?: (error: ResponseValidationError) => void;
}

/** Checks responses with the given checks, e.g. `responseValidation({ messaging10dlcBrandRetrieve })`. */
export function responseValidation(checks: ResponseChecks, options: ValidationOptions = {}): ValidateResponse {
  const byOperation = indexed(checks);
  return (operation, data, response) => check(byOperation, operation, data, response, options);
}

/**
 * The same, with every validator of a provider loaded on first use (a dynamic import: bundlers
 * put the validators in a chunk of their own that only a validating client fetches).
 */
export function lazyResponseValidation(load: () => Promise<ResponseChecks>, options: ValidationOptions = {}): ValidateResponse {
  let loaded: Promise<Map<string, ResponseCheck>> | undefined;
  return async (operation, data, response) => {
    loaded ??= load().then(indexed);
    check(await loaded, operation, data, response, options);
  };
}

function indexed(checks: ResponseChecks): Map<string, ResponseCheck> {
  const list: readonly ResponseCheck[] = Array.isArray(checks) ? checks : Object.values(checks);
  return new Map(list.map((entry) => [entry.operation, entry]));
}

function check(checks: Map<string, ResponseCheck>, operation: OperationSpec, data: unknown, response: Response, options: ValidationOptions): void {
  // Only JSON bodies have checks; an operation without one is not checked.
  const found = checks.get(`${operation.method} ${operation.path}`);
  if (!found || found.validate(data)) return;
  const issues = (found.validate.errors ?? []).map((error) => ({ pointer: error.instancePath, message: error.message ?? "is invalid" }));
  const error = new ResponseValidationError(found.name, operation.method, operation.path, response.status, issues);
  options.onInvalid?.(error);
  if ((options.mode ?? "throw") === "throw") throw error;
}
