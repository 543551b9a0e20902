// Text helpers of the core that node would do with Buffer and node:crypto; these run anywhere.
import type { RequestContext } from "./context.js";

const decoder = new TextDecoder();
const encoder = new TextEncoder();

/** The request body as UTF-8 text, decoded once however many steps ask. */
export function bodyText(context: RequestContext): string {
  context.rawText ??= decoder.decode(context.raw);
  return context.rawText;
}

/**
 * Whether `given` equals `secret`, in time that depends only on their lengths (the control
 * token must not be guessable byte by byte from response times).
 */
export function tokenMatches(given: string, secret: string): boolean {
  const a = encoder.encode(given);
  const b = encoder.encode(secret);
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let i = 0; i < a.length; i++) difference |= a[i]! ^ b[i]!;
  return difference === 0;
}
