// Copied from codegen/runtime by `npm run generate`. Do not edit this copy.
// Webhook signature verification. Telnyx signs `<timestamp>|<raw body>` with Ed25519 and sends
// the base64 signature and the Unix timestamp in headers. The check uses WebCrypto's Ed25519
// (Node 20+, modern browsers and edge runtimes); no cryptography is implemented here.

export type WebhookFailure =
  | "missing-header"
  | "missing-key"
  | "invalid-key"
  | "invalid-signature"
  | "invalid-timestamp"
  | "stale-timestamp"
  | "future-timestamp"
  | "replayed"
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
  /** Rejects a genuine webhook seen before (reason `replayed`); without one, replays inside the tolerance pass. */
  replayGuard?: WebhookReplayGuard;
}

/**
 * Remembers the signatures of verified webhooks until their timestamp leaves the tolerance window
 * (after that the timestamp check rejects a replay anyway), so that a webhook captured and sent
 * again inside the window is refused. One guard per process; share it between calls. It holds at
 * most `maxEntries` signatures: past that the oldest are forgotten first, so size it above the
 * number of webhooks you receive within the tolerance (default 10,000).
 */
export class WebhookReplayGuard {
  /** Canonical signature → Unix second after which it is forgotten; in arrival order. */
  private readonly seen = new Map<string, number>();
  private readonly maxEntries: number;

  constructor(options: { maxEntries?: number } = {}) {
    this.maxEntries = Math.max(1, options.maxEntries ?? 10_000);
  }

  /** Records a verified signature; false when it was already recorded and not yet forgotten. */
  remember(signature: string, forgetAt: number, now: number): boolean {
    const previous = this.seen.get(signature);
    if (previous !== undefined && previous >= now) return false;
    this.seen.delete(signature);
    this.forgetExpired(now);
    while (this.seen.size >= this.maxEntries) this.seen.delete(this.seen.keys().next().value!);
    this.seen.set(signature, forgetAt);
    return true;
  }

  /** How many signatures are remembered. */
  get size(): number {
    return this.seen.size;
  }

  private forgetExpired(now: number): void {
    // Arrival order is close to timestamp order: the expired ones sit at the front.
    for (const [signature, forgetAt] of this.seen) {
      if (forgetAt >= now) return;
      this.seen.delete(signature);
    }
  }
}

/**
 * Checks the signature over `timestamp|rawBody` and the timestamp's age, then parses the body.
 * Pass the body exactly as received (before any JSON parsing): re-serialised JSON does not match.
 */
export async function verifyEd25519Webhook<Event>(
  rawBody: string | Uint8Array,
  headers: HeaderSource,
  options: Ed25519WebhookOptions,
): Promise<Event> {
  const signature = header(headers, options.signatureHeader);
  const timestamp = header(headers, options.timestampHeader);
  if (!signature)
    throw new WebhookVerificationError("missing-header", `Missing ${options.signatureHeader} header.`);
  if (!timestamp)
    throw new WebhookVerificationError("missing-header", `Missing ${options.timestampHeader} header.`);
  if (!options.publicKey)
    throw new WebhookVerificationError("missing-key", "No public key to verify the webhook with.");

  const sent = /^\d{1,12}$/.test(timestamp.trim()) ? Number(timestamp) : NaN;
  if (!Number.isInteger(sent))
    throw new WebhookVerificationError(
      "invalid-timestamp",
      `${options.timestampHeader} is not a Unix timestamp in seconds.`,
    );
  const tolerance = options.tolerance ?? 300;
  const now = options.now ?? Math.floor(Date.now() / 1000);
  if (now - sent > tolerance)
    throw new WebhookVerificationError(
      "stale-timestamp",
      `Webhook timestamp is ${now - sent} s old (tolerance ${tolerance} s).`,
    );
  if (sent - now > tolerance)
    throw new WebhookVerificationError(
      "future-timestamp",
      `Webhook timestamp is ${sent - now} s in the future (tolerance ${tolerance} s).`,
    );

  const body = typeof rawBody === "string" ? rawBody : new TextDecoder().decode(rawBody);
  const keyBytes = typeof options.publicKey === "string"
    ? base64ToBytes(options.publicKey)
    : options.publicKey;
  const signatureBytes = base64ToBytes(signature);
  let key: CryptoKey;
  try {
    if (keyBytes.byteLength !== 32) throw new Error(`expected 32 bytes, got ${keyBytes.byteLength}`);
    key = await crypto.subtle.importKey(
      "raw",
      keyBytes as Uint8Array<ArrayBuffer>,
      { name: "Ed25519" },
      false,
      ["verify"],
    );
  } catch (error) {
    throw new WebhookVerificationError(
      "invalid-key",
      `The public key is not a base64 Ed25519 public key: ${(error as Error).message}`,
    );
  }
  let valid = false;
  try {
    const signed = new TextEncoder().encode(`${timestamp}|${body}`);
    valid = await crypto.subtle.verify(
      { name: "Ed25519" },
      key,
      signatureBytes as Uint8Array<ArrayBuffer>,
      signed,
    );
  } catch {
    // A signature of the wrong shape is simply not a valid signature.
  }
  if (!valid)
    throw new WebhookVerificationError(
      "invalid-signature",
      "Webhook signature does not match the body, timestamp and public key.",
    );
  // Keyed on the decoded bytes: re-encoding the same signature (URL-safe alphabet, padding) is the same webhook.
  if (
    options.replayGuard && !options.replayGuard.remember(bytesToBase64(signatureBytes), sent + tolerance, now)
  ) {
    throw new WebhookVerificationError(
      "replayed",
      "This webhook was already received (same signature) within the tolerance window.",
    );
  }

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

function bytesToBase64(bytes: Uint8Array): string {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

function base64ToBytes(text: string): Uint8Array {
  try {
    const binary = atob(text.trim().replace(/-/g, "+").replace(/_/g, "/"));
    return Uint8Array.from(binary, (c) => c.charCodeAt(0));
  } catch {
    return new Uint8Array();
  }
}
