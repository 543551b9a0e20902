// Copied from codegen/runtime by `npm run generate`. Do not edit this copy.
// Credential helpers used by the generated client factories: Authorization header values and
// environment defaults.

/** `Authorization: Bearer <token>`. */
export function bearer(token: string): string {
  return `Bearer ${token}`;
}

/** `Authorization: Basic base64(user:password)`, encoded as UTF-8. */
export function basic(user: string, password: string): string {
  const bytes = new TextEncoder().encode(`${user}:${password}`);
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return `Basic ${btoa(binary)}`;
}

/** Reads an environment variable when running on Node; undefined in browsers. */
export function env(name: string): string | undefined {
  const proc = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process;
  const value = proc?.env?.[name];
  return value === "" ? undefined : value;
}
