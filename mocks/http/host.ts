// Host header checks against DNS rebinding: a page on evil.example whose name resolves to
// 127.0.0.1 reaches the mock with `Host: evil.example`. Only loopback names are accepted unless
// the mock is exposed on another interface (`--host`) or the host is allowed by name.

export interface HostPolicy {
  /** Every Host is accepted (the mock listens on a non-loopback address). */
  any: boolean;
  /** Extra host names accepted (lower-case, without port). */
  allowed: ReadonlySet<string>;
}

/** localhost (and *.localhost), 127.0.0.0/8, ::1. */
export function isLoopbackHostname(hostname: string): boolean {
  const name = hostname.toLowerCase().replace(/^\[|\]$/g, "").replace(/\.$/, "");
  if (name === "localhost" || name.endsWith(".localhost")) return true;
  if (name === "::1" || name === "0:0:0:0:0:0:0:1") return true;
  return /^127(?:\.(?:25[0-5]|2[0-4]\d|1?\d?\d)){3}$/.test(name);
}

/** The name in a Host header, without its port ("[::1]:8080" → "[::1]"). */
export function hostnameOf(host: string): string {
  const trimmed = host.trim().toLowerCase();
  if (trimmed.startsWith("[")) {
    const end = trimmed.indexOf("]");
    return end < 0 ? trimmed : trimmed.slice(0, end + 1);
  }
  const colon = trimmed.lastIndexOf(":");
  return colon < 0 ? trimmed : trimmed.slice(0, colon);
}

export function hostPolicy(bindHost: string, allowHosts: readonly string[] = []): HostPolicy {
  const bound = bindHost.trim();
  return {
    any: !isLoopbackHostname(bound),
    allowed: new Set(allowHosts.map((h) => hostnameOf(h))),
  };
}

/** Whether a request with this Host header may be served. HTTP/1.0 without Host is served. */
export function isHostAllowed(host: string | undefined, policy: HostPolicy): boolean {
  if (policy.any || host === undefined) return true;
  const name = hostnameOf(host);
  return isLoopbackHostname(name) || policy.allowed.has(name);
}
