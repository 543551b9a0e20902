// Webhook signatures come from the provider's signer on the resource definition; the sender only
// holds the key. A receiver can check each delivery with the public key the control API serves.
import { createPublicKey, verify } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signTelnyxWebhook } from "../../mocks/providers/telnyx/webhooks.js";
import { WebhookSender } from "../../mocks/state/webhooks.js";
import { startScriptedServer, type ScriptedServer } from "../support/server.js";

let receiver: ScriptedServer;
beforeAll(async () => {
  receiver = await startScriptedServer();
  receiver.handle(() => ({ status: 204 }));
});
afterAll(() => receiver.close());

function verifies(publicKey: string, message: string, signature: string): boolean {
  const key = createPublicKey({ key: { kty: "OKP", crv: "Ed25519", x: Buffer.from(publicKey, "base64").toString("base64url") }, format: "jwk" });
  return verify(null, Buffer.from(message), key, Buffer.from(signature, "base64"));
}

async function deliver(sender: WebhookSender, signer?: Parameters<WebhookSender["send"]>[3]) {
  receiver.handle(() => ({ status: 204 }));
  sender.send("test.event", `${receiver.url}/hooks`, { id: "evt-1" }, signer);
  await sender.settle();
  return { request: receiver.requests.at(-1), delivery: sender.deliveries().at(-1)! };
}

describe("webhook signatures", () => {
  it("signs Telnyx deliveries the Telnyx way: Ed25519 over <timestamp>|<body>", async () => {
    const sender = new WebhookSender({ backoffMs: 1 });
    const { request, delivery } = await deliver(sender, signTelnyxWebhook);
    expect(delivery.delivered).toBe(true);
    const timestamp = String(request!.headers["telnyx-timestamp"]);
    expect(timestamp).toMatch(/^\d{10}$/);
    expect(verifies(await sender.publicKey(), `${timestamp}|${request!.body.toString("utf8")}`, String(request!.headers["telnyx-signature-ed25519"]))).toBe(true);
    expect(verifies(await sender.publicKey(), `${timestamp}|{"id":"evt-2"}`, String(request!.headers["telnyx-signature-ed25519"]))).toBe(false);
    expect(request!.headers["content-type"]).toBe("application/json");
  });

  it("uses neutral webhook-timestamp / webhook-signature headers when the resource names no signer", async () => {
    const sender = new WebhookSender({ backoffMs: 1 });
    const { request } = await deliver(sender);
    expect(request!.headers["telnyx-signature-ed25519"]).toBeUndefined();
    const timestamp = String(request!.headers["webhook-timestamp"]);
    expect(verifies(await sender.publicKey(), `${timestamp}.${request!.body.toString("utf8")}`, String(request!.headers["webhook-signature"]))).toBe(true);
  });

  it("records a signer that fails as a signing error and sends nothing", async () => {
    const sender = new WebhookSender({ backoffMs: 1 });
    const before = receiver.requests.length;
    sender.send("test.event", `${receiver.url}/hooks`, {}, () => {
      throw new Error("no key");
    });
    await sender.settle();
    const delivery = sender.deliveries().at(-1)!;
    expect(delivery.delivered).toBe(false);
    expect(delivery.attempts.every((a) => a.error === "signing")).toBe(true);
    expect(receiver.requests.length).toBe(before);
  });
});
