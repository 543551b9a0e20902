// Signed webhook delivery from the mocks. The key pair (Ed25519) is made at start and its public
// key is served by the control API; what is signed and under which headers is the provider's
// (a WebhookSigner from the resource definition: Telnyx signs `<timestamp>|<body>` into
// `telnyx-signature-ed25519`), so the generated client's `webhooks.verify` accepts the deliveries
// end to end. Without one, the neutral `webhook-timestamp` / `webhook-signature` pair is sent.
//
// Targets come from API bodies (`webhookURL`, `webhook_url`) and the control API, that is from
// anyone who can reach the mock, so the sender must not become a way to reach other machines:
// only http(s) URLs, only loopback hosts unless the user allowed more (`--webhook-allow`), no
// redirects followed, and a log that records status, timing and a coarse error kind but never
// what the remote answered. A refused target is never contacted.
//
// Only the Fetch API and WebCrypto are used, so the same sender runs in the node mock and in the
// browser (MSW handlers), where fetch reaches the page's own origin or a service the user runs.
import { redactUrl } from "../../codegen/runtime/redact.js";
import type { WebhookSigner } from "./resource-def.js";

/** Why an attempt failed, coarse on purpose: the log must not describe the remote beyond this. */
export type DeliveryErrorKind = "redirect" | "http-status" | "timeout" | "network" | "signing" | "handler";

/** A signed webhook as it would be sent: what `onWebhook` receives. */
export interface OutgoingWebhook {
  event: string;
  url: string;
  /** The signature headers and content-type, as a receiver would get them. */
  headers: Record<string, string>;
  /** The JSON body, exactly as signed. */
  body: string;
}

export interface DeliveryAttempt {
  at: string;
  /** Milliseconds the attempt took. */
  ms: number;
  status?: number;
  error?: DeliveryErrorKind;
}

export interface Delivery {
  event: string;
  /** The target, with credentials in it redacted. */
  url: string;
  attempts: DeliveryAttempt[];
  delivered: boolean;
  /** Why the target was refused without being contacted. */
  refused?: string;
}

export interface WebhookSenderOptions {
  /** Hosts allowed besides loopback (names or IP addresses, e.g. from `--webhook-allow`). */
  allowHosts?: readonly string[];
  /** First retry delay; later ones double. Default 200 ms. */
  backoffMs?: number;
  /** Per-attempt timeout. Default 5 s. */
  timeoutMs?: number;
  /**
   * Hands each webhook to this function instead of sending it over the network (the MSW handlers'
   * option, where a test or page wants the events without running a receiver). Nothing is
   * contacted, so the URL is not checked; a throw or rejection counts as a failed attempt.
   */
  onWebhook?: (webhook: OutgoingWebhook) => void | Promise<void>;
}

const MAX_ATTEMPTS = 4;
const MAX_LOG = 200;
/** Deliveries in flight at once; beyond this a delivery is dropped (and logged), not queued without end. */
const MAX_IN_FLIGHT = 64;

/**
 * Whether the mock may send a webhook to `url`: undefined when it may, otherwise the reason it
 * may not (suitable for a 400 from the control API).
 */
export function checkWebhookTarget(url: string, allowHosts: readonly string[]): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return "The webhook URL is not a valid absolute URL.";
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") {
    return `Webhook URLs must use http or https, not ${parsed.protocol.replace(/:$/, "")}.`;
  }
  // fetch cannot send them, and a log line would carry them.
  if (parsed.username || parsed.password) return "Webhook URLs may not contain a user name or password.";
  const host = bareHost(parsed.hostname);
  if (isLoopback(host)) return undefined;
  if (allowHosts.some((allowed) => normalizeHost(allowed) === host)) return undefined;
  return `The mock only sends webhooks to loopback hosts (localhost, 127.0.0.0/8, ::1) and hosts allowed with --webhook-allow; ${host} is neither.`;
}

/** A host as URLs spell it after parsing (lower case, IPv4 in dotted form, IPv6 without brackets); undefined if it is not a host. */
export function normalizeHost(host: string): string | undefined {
  const trimmed = host.trim();
  if (trimmed === "" || /[/?#@\s]/.test(trimmed)) return undefined;
  // An IPv6 address is written in brackets inside a URL; anything else with a colon (a port) or
  // not an address at all fails to parse there and is refused.
  const literal = trimmed.includes(":") && !trimmed.startsWith("[") ? `[${trimmed}]` : trimmed;
  try {
    const parsed = new URL(`http://${literal}/`);
    return parsed.port === "" ? bareHost(parsed.hostname) : undefined;
  } catch {
    return undefined;
  }
}

function bareHost(hostname: string): string {
  return hostname.replace(/^\[(.*)\]$/, "$1").toLowerCase();
}

/**
 * `host` is a URL's parsed host name: WHATWG URL parsing has already turned every IPv4 spelling
 * ("127.1", "0x7f.0.0.1", "2130706433") into dotted decimal and IPv6 into its compressed lower
 * case form, so plain patterns suffice.
 */
function isLoopback(host: string): boolean {
  if (host === "localhost" || host.endsWith(".localhost")) return true;
  if (IPV4.test(host)) return host.startsWith("127.");
  if (host.includes(":")) return host === "::1" || /^::ffff:7f[0-9a-f]{2}:[0-9a-f]{1,4}$/.test(host);
  return false;
}

const IPV4 = /^\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}$/;

/** Signs `<unix seconds>.<body>` into `webhook-signature`, with `webhook-timestamp`. */
const neutralSigner: WebhookSigner = (body, sign) => {
  const timestamp = String(Math.floor(Date.now() / 1000));
  return { "webhook-timestamp": timestamp, "webhook-signature": sign(`${timestamp}.${body}`) };
};

export class WebhookSender {
  /** The hosts allowed besides loopback, normalised. */
  readonly allowHosts: readonly string[];
  /** WebCrypto makes keys asynchronously; the pair is made once, on first use. */
  private keys: Promise<CryptoKeyPair> | undefined;
  private readonly log: Delivery[] = [];
  private readonly pending = new Set<Promise<void>>();
  private readonly backoffMs: number;
  private readonly timeoutMs: number;
  private readonly onWebhook: WebhookSenderOptions["onWebhook"];

  constructor(options: WebhookSenderOptions = {}) {
    const hosts: string[] = [];
    for (const entry of options.allowHosts ?? []) {
      const host = normalizeHost(entry);
      if (host === undefined) throw new Error(`"${entry}" is not a host name or IP address (give hosts only, no scheme, port or path).`);
      hosts.push(host);
    }
    this.allowHosts = hosts;
    this.backoffMs = options.backoffMs ?? 200;
    this.timeoutMs = options.timeoutMs ?? 5000;
    this.onWebhook = options.onWebhook;
  }

  /** The Ed25519 public key deliveries are signed with: the 32 raw bytes, base64 (as Telnyx publishes its key). */
  async publicKey(): Promise<string> {
    const { publicKey } = await this.keyPair();
    return bytesToBase64(new Uint8Array(await crypto.subtle.exportKey("raw", publicKey)));
  }

  private keyPair(): Promise<CryptoKeyPair> {
    this.keys ??= crypto.subtle.generateKey({ name: "Ed25519" }, true, ["sign", "verify"]) as Promise<CryptoKeyPair>;
    return this.keys;
  }

  /** undefined when the mock may send to `url`, else why not. */
  checkTarget(url: string): string | undefined {
    return checkWebhookTarget(url, this.allowHosts);
  }

  deliveries(): Delivery[] {
    return this.log.map((d) => ({ ...d, attempts: d.attempts.map((a) => ({ ...a })) }));
  }

  /** Sends in the background, retrying with backoff on failure (bounded); never throws. */
  send(event: string, url: string, payload: unknown, signer: WebhookSigner = neutralSigner): void {
    const delivery: Delivery = { event, url: redactUrl(String(url)), attempts: [], delivered: false };
    this.record(delivery);
    const refusal = typeof url !== "string" ? "The webhook URL is not a string." : this.onWebhook ? undefined : this.checkTarget(url);
    if (refusal) {
      delivery.refused = refusal;
      return;
    }
    if (this.pending.size >= MAX_IN_FLIGHT) {
      delivery.refused = `Dropped: ${MAX_IN_FLIGHT} deliveries are already in flight.`;
      return;
    }
    let body: string;
    try {
      body = JSON.stringify(payload) ?? "null";
    } catch {
      delivery.refused = "The webhook body could not be serialised.";
      return;
    }
    const task = this.deliver(delivery, event, url, body, signer).catch(() => undefined);
    this.pending.add(task);
    void task.finally(() => this.pending.delete(task));
  }

  /** Resolves when every delivery in flight has finished (for shutdown and tests). */
  async settle(): Promise<void> {
    while (this.pending.size > 0) await Promise.all([...this.pending]);
  }

  private record(delivery: Delivery): void {
    this.log.push(delivery);
    if (this.log.length > MAX_LOG) this.log.shift();
  }

  private async deliver(delivery: Delivery, event: string, url: string, body: string, signer: WebhookSigner): Promise<void> {
    for (let attempt = 0; attempt < MAX_ATTEMPTS && !delivery.delivered; attempt++) {
      if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, this.backoffMs * 2 ** (attempt - 1)));
      delivery.attempts.push(await this.attempt(event, url, body, signer));
      const last = delivery.attempts[delivery.attempts.length - 1]!;
      delivery.delivered = last.error === undefined;
    }
  }

  private async attempt(event: string, url: string, body: string, signer: WebhookSigner): Promise<DeliveryAttempt> {
    const at = new Date().toISOString();
    const started = performance.now();
    const elapsed = () => Math.round(performance.now() - started);
    let signatureHeaders: Record<string, string>;
    try {
      // Signed per attempt: the timestamp in the signature is the time of this attempt.
      signatureHeaders = await this.signatureHeaders(body, signer);
    } catch {
      return { at, ms: elapsed(), error: "signing" };
    }
    const headers = { ...signatureHeaders, "content-type": "application/json" };
    if (this.onWebhook) {
      try {
        await this.onWebhook({ event, url, headers, body });
        return { at, ms: elapsed() };
      } catch {
        return { at, ms: elapsed(), error: "handler" };
      }
    }
    try {
      const response = await fetch(url, {
        method: "POST",
        headers,
        body,
        // A redirect would send the signed body somewhere the target check never saw.
        redirect: "manual",
        signal: AbortSignal.timeout(this.timeoutMs),
      });
      // The remote's answer is not read, kept or logged; only its status matters.
      await response.body?.cancel().catch(() => undefined);
      const status = response.status;
      if (status >= 200 && status < 300) return { at, ms: elapsed(), status };
      return { at, ms: elapsed(), status, error: status >= 300 && status < 400 ? "redirect" : "http-status" };
    } catch (error) {
      const kind = (error as Error).name === "TimeoutError" ? "timeout" : "network";
      return { at, ms: elapsed(), error: kind };
    }
  }

  /**
   * The provider's signer is synchronous (it only says what is signed and under which header),
   * while WebCrypto signs asynchronously: the signer is given placeholders, the messages it asked
   * for are signed, and each placeholder is replaced by its signature.
   */
  private async signatureHeaders(body: string, signer: WebhookSigner): Promise<Record<string, string>> {
    const messages: string[] = [];
    const headers = signer(body, (message) => `\u0000signature-${messages.push(message) - 1}\u0000`);
    const { privateKey } = await this.keyPair();
    const encoder = new TextEncoder();
    const signatures = await Promise.all(
      messages.map(async (message) => bytesToBase64(new Uint8Array(await crypto.subtle.sign({ name: "Ed25519" }, privateKey, encoder.encode(message))))),
    );
    const filled: Record<string, string> = {};
    for (const [name, value] of Object.entries(headers)) {
      filled[name] = value.replace(/\u0000signature-(\d+)\u0000/g, (_, index: string) => signatures[Number(index)]!);
    }
    return filled;
  }
}

function bytesToBase64(bytes: Uint8Array): string {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}
