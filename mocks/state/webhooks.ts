// Signed webhook delivery from the mocks, exactly as Telnyx signs: Ed25519 over
// `<timestamp>|<body>`, base64, in `telnyx-signature-ed25519`, with `telnyx-timestamp`. The key
// pair is made at start; its public key is served by the control API, so the generated client's
// `webhooks.verify` accepts the deliveries end to end.
import { generateKeyPairSync, sign, type KeyObject } from "node:crypto";

export interface Delivery {
  event: string;
  url: string;
  attempts: Array<{ at: string; status?: number; error?: string }>;
  delivered: boolean;
}

const MAX_ATTEMPTS = 4;
const MAX_LOG = 200;

export class WebhookSender {
  readonly publicKey: string;
  private readonly privateKey: KeyObject;
  private readonly log: Delivery[] = [];
  private readonly pending = new Set<Promise<void>>();

  constructor(private readonly backoffMs = 200) {
    const pair = generateKeyPairSync("ed25519");
    this.privateKey = pair.privateKey;
    this.publicKey = Buffer.from(pair.publicKey.export({ format: "jwk" }).x!, "base64url").toString("base64");
  }

  deliveries(): Delivery[] {
    return this.log.map((d) => ({ ...d, attempts: [...d.attempts] }));
  }

  /** Sends in the background, retrying with backoff on failure (bounded); never throws. */
  send(event: string, url: string, payload: unknown): void {
    const delivery: Delivery = { event, url, attempts: [], delivered: false };
    this.log.push(delivery);
    if (this.log.length > MAX_LOG) this.log.shift();
    const body = JSON.stringify(payload);
    const task = (async () => {
      for (let attempt = 0; attempt < MAX_ATTEMPTS && !delivery.delivered; attempt++) {
        if (attempt > 0) await new Promise((r) => setTimeout(r, this.backoffMs * 2 ** (attempt - 1)));
        const timestamp = String(Math.floor(Date.now() / 1000));
        const signature = sign(null, Buffer.from(`${timestamp}|${body}`), this.privateKey).toString("base64");
        const at = new Date().toISOString();
        try {
          const response = await fetch(url, {
            method: "POST",
            headers: { "content-type": "application/json", "telnyx-signature-ed25519": signature, "telnyx-timestamp": timestamp },
            body,
            signal: AbortSignal.timeout(5000),
          });
          await response.arrayBuffer();
          delivery.attempts.push({ at, status: response.status });
          delivery.delivered = response.status >= 200 && response.status < 300;
        } catch (error) {
          delivery.attempts.push({ at, error: (error as Error).message });
        }
      }
    })();
    this.pending.add(task);
    void task.finally(() => this.pending.delete(task));
  }

  /** Resolves when every delivery in flight has finished (for shutdown and tests). */
  async settle(): Promise<void> {
    await Promise.all([...this.pending]);
  }
}
