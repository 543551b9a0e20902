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

  it("fills every signature a signer asks for, also inside a longer header value", async () => {
    const sender = new WebhookSender({ backoffMs: 1 });
    const { request, delivery } = await deliver(sender, (body, sign) => ({ "x-sig": `t=1,v1=${sign(`1.${body}`)}`, "x-sig-2": sign(`2.${body}`) }));
    expect(delivery.delivered).toBe(true);
    const body = request!.body.toString("utf8");
    const first = /^t=1,v1=(.+)$/.exec(String(request!.headers["x-sig"]))?.[1];
    expect(verifies(await sender.publicKey(), `1.${body}`, first!)).toBe(true);
    expect(verifies(await sender.publicKey(), `2.${body}`, String(request!.headers["x-sig-2"]))).toBe(true);
    expect(String(request!.headers["x-sig"])).not.toContain("\u0000");
  });

  it("hands a delivery to onWebhook instead of the network, with the same signed headers", async () => {
    const handed: Array<{ url: string; headers: Record<string, string>; body: string }> = [];
    const sender = new WebhookSender({ backoffMs: 1, onWebhook: (webhook) => void handed.push(webhook) });
    const before = receiver.requests.length;
    sender.send("test.event", "https://hooks.example.test/not-contacted", { id: "evt-3" }, signTelnyxWebhook);
    await sender.settle();
    expect(receiver.requests.length).toBe(before);
    const delivery = sender.deliveries().at(-1)!;
    expect(delivery.delivered).toBe(true);
    expect(delivery.refused).toBeUndefined();
    const [webhook] = handed;
    expect(webhook!.url).toBe("https://hooks.example.test/not-contacted");
    expect(webhook!.headers["content-type"]).toBe("application/json");
    expect(verifies(await sender.publicKey(), `${webhook!.headers["telnyx-timestamp"]}|${webhook!.body}`, webhook!.headers["telnyx-signature-ed25519"]!)).toBe(true);
  });

  it("records an onWebhook that throws as a failed attempt, retried", async () => {
    const sender = new WebhookSender({ backoffMs: 1, onWebhook: () => Promise.reject(new Error("receiver down")) });
    sender.send("test.event", "https://hooks.example.test/x", {}, signTelnyxWebhook);
    await sender.settle();
    const delivery = sender.deliveries().at(-1)!;
    expect(delivery.delivered).toBe(false);
    expect(delivery.attempts.length).toBeGreaterThan(1);
    expect(delivery.attempts.every((a) => a.error === "handler")).toBe(true);
    expect(JSON.stringify(delivery)).not.toContain("receiver down");
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
