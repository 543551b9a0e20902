// Webhook signature verification. Telnyx signs `<timestamp>|<raw body>` with Ed25519 and sends
// the base64 signature and the Unix timestamp in headers. The check uses WebCrypto's Ed25519
// (Node 20+, modern browsers and edge runtimes); no cryptography is implemented here.

export type WebhookFailure =
  | "missing-header"
  | "missing-key"
  | "invalid-signature"
  | "stale-timestamp"
  | "future-timestamp"
  | "invalid-payload";

export class WebhookVerificationError extends Error {
  override readonly name = "WebhookVerificationError";
  constructor(
    readonly reason: WebhookFailure,
    message: string,
  ) {
    super(message);
  }
}

export type HeaderSource = Headers | Record<string, string | string[] | undefined>;

export interface Ed25519WebhookOptions {
  /** The provider's public key: base64 of the 32 raw key bytes, or the bytes themselves. */
  publicKey: string | Uint8Array | undefined;
  /** How old (or how far in the future) the timestamp may be, in seconds. Default 300. */
  tolerance?: number;
  /** Current time in Unix seconds; for tests. */
  now?: number;
  signatureHeader: string;
  timestampHeader: string;
}

/**
 * Checks the signature over `timestamp|rawBody` and the timestamp's age, then parses the body.
 * Pass the body exactly as received (before any JSON parsing): re-serialised JSON does not match.
 */
export async function verifyEd25519Webhook<Event>(rawBody: string | Uint8Array, headers: HeaderSource, options: Ed25519WebhookOptions): Promise<Event> {
  const signature = header(headers, options.signatureHeader);
  const timestamp = header(headers, options.timestampHeader);
  if (!signature) throw new WebhookVerificationError("missing-header", `Missing ${options.signatureHeader} header.`);
  if (!timestamp) throw new WebhookVerificationError("missing-header", `Missing ${options.timestampHeader} header.`);
  if (!options.publicKey) throw new WebhookVerificationError("missing-key", "No public key to verify the webhook with.");

  const sent = Number(timestamp);
  if (!Number.isInteger(sent)) throw new WebhookVerificationError("invalid-signature", `${options.timestampHeader} is not a Unix timestamp.`);
  const tolerance = options.tolerance ?? 300;
  const now = options.now ?? Math.floor(Date.now() / 1000);
  if (now - sent > tolerance) throw new WebhookVerificationError("stale-timestamp", `Webhook timestamp is ${now - sent} s old (tolerance ${tolerance} s).`);
  if (sent - now > tolerance) throw new WebhookVerificationError("future-timestamp", `Webhook timestamp is ${sent - now} s in the future (tolerance ${tolerance} s).`);

  const body = typeof rawBody === "string" ? rawBody : new TextDecoder().decode(rawBody);
  const keyBytes = typeof options.publicKey === "string" ? base64ToBytes(options.publicKey) : options.publicKey;
  const signatureBytes = base64ToBytes(signature);
  let valid = false;
  try {
    const key = await crypto.subtle.importKey("raw", keyBytes as Uint8Array<ArrayBuffer>, { name: "Ed25519" }, false, ["verify"]);
    const signed = new TextEncoder().encode(`${timestamp}|${body}`);
    valid = await crypto.subtle.verify({ name: "Ed25519" }, key, signatureBytes as Uint8Array<ArrayBuffer>, signed);
  } catch (error) {
    throw new WebhookVerificationError("missing-key", `The public key is not a valid Ed25519 key: ${(error as Error).message}`);
  }
  if (!valid) throw new WebhookVerificationError("invalid-signature", "Webhook signature does not match the body, timestamp and public key.");

  try {
    return JSON.parse(body) as Event;
  } catch {
    throw new WebhookVerificationError("invalid-payload", "Webhook body is not valid JSON.");
  }
}

function header(headers: HeaderSource, name: string): string | undefined {
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const key = Object.keys(headers).find((k) => k.toLowerCase() === name.toLowerCase());
  const value = key === undefined ? undefined : headers[key];
  return Array.isArray(value) ? value[0] : value;
}

function base64ToBytes(text: string): Uint8Array {
  try {
    const binary = atob(text.trim().replace(/-/g, "+").replace(/_/g, "/"));
    return Uint8Array.from(binary, (c) => c.charCodeAt(0));
  } catch {
    return new Uint8Array();
  }
}
