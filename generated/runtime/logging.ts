// Copied from codegen/runtime by `npm run generate`. Do not edit this copy.
// The opt-in debug log. It shows what was sent and received without ever writing a credential:
// credential-bearing headers and query parameters are replaced by "[redacted]", bodies are not logged.
// It wraps fetch (one line per attempt, as sent), so the transport knows nothing of it and an app
// that logs nothing does not bundle it.

import { isSecretHeader, REDACTED, redactUrl } from "./redact.js";

export type Logger = (line: string) => void;

/** A fetch that logs each request and its response (status, time, headers) through `logger`. */
export function withLogging(
  logger: Logger,
  fetchFn?: (input: Request) => Promise<Response>,
): (input: Request) => Promise<Response> {
  return async function loggedFetch(request: Request): Promise<Response> {
    const started = performance.now();
    logger(describeRequest(request));
    const response = await (fetchFn ?? globalThis.fetch)(request);
    logger(describeResponse(request, response, performance.now() - started));
    return response;
  };
}

export function describeRequest(request: Request): string {
  return `→ ${request.method} ${redactUrl(request.url)} ${formatHeaders(request.headers)}`;
}

export function describeResponse(request: Request, response: Response, ms: number): string {
  return `← ${response.status} ${request.method} ${redactUrl(request.url)} (${ms.toFixed(0)} ms) ${
    formatHeaders(response.headers)
  }`;
}

function formatHeaders(headers: Headers): string {
  const parts: string[] = [];
  headers.forEach((value, name) => parts.push(`${name}: ${isSecretHeader(name) ? REDACTED : value}`));
  return `{${parts.join(", ")}}`;
}
