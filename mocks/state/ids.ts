// Random ids for the mocks. The state engine and the provider folders also run inside a browser
// (under MSW), so they use the Web Crypto API every runtime has instead of node:crypto.

/** A random RFC 4122 version 4 UUID. */
export function randomUUID(): string {
  return globalThis.crypto.randomUUID();
}
