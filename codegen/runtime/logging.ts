// The opt-in debug log. It shows what was sent and received without ever writing a credential:
// credential-bearing headers and query parameters are replaced by "[redacted]", bodies are not logged.

export type Logger = (line: string) => void;

const SECRET_HEADERS = new Set(["authorization", "proxy-authorization", "cookie", "set-cookie", "x-api-key"]);
const SECRET_PARAM = /(key|secret|token|password|signature|auth)/i;

export function describeRequest(request: Request): string {
  return `→ ${request.method} ${redactUrl(request.url)} ${formatHeaders(request.headers)}`;
}

export function describeResponse(request: Request, response: Response, ms: number): string {
  return `← ${response.status} ${request.method} ${redactUrl(request.url)} (${ms.toFixed(0)} ms) ${formatHeaders(response.headers)}`;
}

function formatHeaders(headers: Headers): string {
  const parts: string[] = [];
  headers.forEach((value, name) => parts.push(`${name}: ${SECRET_HEADERS.has(name.toLowerCase()) ? "[redacted]" : value}`));
  return `{${parts.join(", ")}}`;
}

function redactUrl(raw: string): string {
  const url = new URL(raw);
  url.username = "";
  url.password = "";
  for (const name of [...url.searchParams.keys()]) {
    if (SECRET_PARAM.test(name)) url.searchParams.set(name, "[redacted]");
  }
  return url.toString();
}
