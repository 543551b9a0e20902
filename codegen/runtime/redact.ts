// The one list of what counts as a credential, shared by the client's debug log and the mock
// servers' request log and stdout, so neither ever writes a key, token or signature.

/** Header names whose values are credentials (compared lower-cased). */
export const SECRET_HEADERS: ReadonlySet<string> = new Set([
  "authorization",
  "proxy-authorization",
  "cookie",
  "set-cookie",
  "x-api-key",
  "api-key",
  "x-auth-token",
  "telnyx-signature-ed25519",
  "x-vonage-signature",
]);

/** Query parameter (and form field) names that carry credentials: api_key, api_secret, token, … */
export const SECRET_PARAM = /(key|secret|token|password|passwd|signature|auth|credential|session)/i;

export const REDACTED = "[redacted]";

export function isSecretHeader(name: string): boolean {
  return SECRET_HEADERS.has(name.toLowerCase());
}

/**
 * The URL (absolute, or a path with a query string) with user info and credential-bearing query
 * values replaced. Input that does not parse as a URL is returned with its query string dropped,
 * never echoed whole.
 */
export function redactUrl(raw: string): string {
  const relative = !/^[a-z][a-z0-9+.-]*:/i.test(raw);
  let url: URL;
  try {
    url = new URL(raw, "http://relative.invalid");
  } catch {
    return raw.split("?")[0] ?? "";
  }
  url.username = "";
  url.password = "";
  for (const name of [...new Set(url.searchParams.keys())]) {
    if (SECRET_PARAM.test(name)) url.searchParams.set(name, REDACTED);
  }
  return relative ? `${url.pathname}${url.search}` : url.toString();
}

/** Headers as a plain record, credential values replaced. */
export function redactHeaders(headers: Iterable<[string, string]>): Record<string, string> {
  const out: Record<string, string> = Object.create(null);
  for (const [name, value] of headers) out[name] = isSecretHeader(name) ? REDACTED : value;
  return out;
}
