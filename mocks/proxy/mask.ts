// What a recording keeps of a real account's data. Credentials are removed outright; phone
// numbers and e-mail addresses are replaced with stand-ins of the same shape, derived from a hash
// of the original, so the same number always becomes the same stand-in (an assignment still
// points at its number) and the objects still match their schemas (E.164, email format).
import { createHash } from "node:crypto";
import { SECRET_PARAM, isSecretHeader, redactUrl } from "../../codegen/runtime/redact.js";

// E.164: "+", a country code and up to 15 digits; found anywhere inside a string.
const E164 = /\+[1-9]\d{6,14}(?!\d)/g;
const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;

export interface MaskOptions {
  /** Keep phone numbers and e-mail addresses as the API sent them (credentials are still removed). */
  keepPii: boolean;
}

/** A copy of a JSON value with credential fields removed, URLs' credentials redacted and, unless kept, PII masked. */
export function sanitize(value: unknown, options: MaskOptions): unknown {
  if (typeof value === "string") {
    // A webhook URL may carry a token in its query or a password in its user info.
    const text = /^https?:\/\//i.test(value) ? redactUrl(value) : value;
    return options.keepPii ? text : maskText(text);
  }
  if (Array.isArray(value)) return value.map((item) => sanitize(item, options));
  if (typeof value !== "object" || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(value)) {
    if (isCredentialField(key)) continue;
    // Plain data: a "__proto__" key in an API answer must not become a prototype here.
    Object.defineProperty(out, key, { value: sanitize(child, options), enumerable: true, writable: true, configurable: true });
  }
  return out;
}

/**
 * A field holding a credential: a credential header's name ("authorization", "x-api-key"), or a
 * name whose last word is one of redact.ts's credential words ("webhook_secret", "apiKey",
 * "vettingToken", "signature"). The last word, not any part: "optinKeywords" or
 * "auth_person_name" are data.
 */
export function isCredentialField(name: string): boolean {
  if (isSecretHeader(name)) return true;
  const words = name.replace(/([a-z0-9])([A-Z])/g, "$1 $2").split(/[\s_\-.]+/).filter(Boolean);
  const last = (words[words.length - 1] ?? "").toLowerCase().replace(/s$/, "");
  const match = SECRET_PARAM.exec(last);
  return match !== null && match[0].length === last.length;
}

export function maskText(text: string): string {
  return text.replace(EMAIL, maskEmail).replace(E164, maskPhone);
}

/** "+13125550001" → "+1555" and 7 hash digits (a fictional NANP 555 number); others keep their first two digits. */
export function maskPhone(number: string): string {
  const digits = number.slice(1);
  const keep = digits.startsWith("1") ? "1555" : digits.slice(0, 2);
  return `+${keep}${hashDigits(number, digits.length - keep.length)}`;
}

/** "jane.doe@corp.com" → "user-1a2b3c4d@example.com". */
export function maskEmail(address: string): string {
  return `user-${hash(address.toLowerCase()).slice(0, 8)}@example.com`;
}

function hash(text: string): string {
  return createHash("sha256").update(`toolkit-mask\0${text}`).digest("hex");
}

function hashDigits(text: string, count: number): string {
  let digits = "";
  for (let round = 0; digits.length < count; round += 1) digits += BigInt(`0x${hash(`${round}\0${text}`)}`).toString().slice(1);
  return digits.slice(0, Math.max(0, count));
}
