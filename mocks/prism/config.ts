// How the mock runs Prism's HTTP engine: validate requests and security, answer from the spec's
// static examples, never proxy. `Prefer` picks a response per request, as with Prism's server.
import type { IHttpConfig } from "@stoplight/prism-http";

export const baseConfig: IHttpConfig = {
  mock: { dynamic: false },
  checkSecurity: true,
  validateRequest: true,
  validateResponse: false,
  errors: false,
  upstreamProxy: undefined,
  isProxy: false,
};

export interface Preferences {
  code?: number;
  exampleKey?: string;
  dynamic?: boolean;
}

const NO_PREFERENCES: Readonly<Preferences> = Object.freeze({});

/** `Prefer: code=404, example=notFound, dynamic=true` picks a response, as with Prism's own server. */
export function parsePrefer(header: string | undefined): Preferences {
  if (!header) return NO_PREFERENCES;
  const preferences: Preferences = {};
  for (const part of header.split(/[,;]/)) {
    const [key, value] = part.split("=").map((s) => s?.trim());
    if (!key || value === undefined) continue;
    if (key === "code" && /^\d{3}$/.test(value)) preferences.code = Number(value);
    if (key === "example") preferences.exampleKey = value;
    if (key === "dynamic") preferences.dynamic = value === "true";
  }
  return preferences;
}

/**
 * The config for one request, always a fresh object: Prism writes the request's Accept types
 * into `config.mock.mediaTypes` when none are set, so a shared config would answer every later
 * request as if it had sent the first request's Accept header (a PDF download became a 406).
 */
export function configFor(preferences: Preferences): IHttpConfig {
  return { ...baseConfig, mock: { ...(baseConfig.mock as object), ...preferences } } as IHttpConfig;
}
