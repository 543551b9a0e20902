// Webhook signature verification (every rejection case) and per-request JWT minting, through
// the generated clients against a local server.
import { generateKeyPairSync, sign } from "node:crypto";
import { importSPKI, jwtVerify } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyEd25519Webhook, WebhookReplayGuard, type Ed25519WebhookOptions } from "../../codegen/runtime/index.js";
import { createTelnyxClient, WebhookVerificationError } from "../../generated/telnyx/index.js";
import { createVonageClient } from "../../generated/vonage/index.js";
import { startScriptedServer, type ScriptedServer } from "../support/server.js";

const ed = generateKeyPairSync("ed25519");
const publicKey = Buffer.from(ed.publicKey.export({ format: "jwk" }).x!, "base64url").toString("base64");
const other = generateKeyPairSync("ed25519");
const otherKey = Buffer.from(other.publicKey.export({ format: "jwk" }).x!, "base64url").toString("base64");

const event = { brandId: "b1", campaignId: "c1", type: "MNO_REVIEW", status: "ACCEPTED", description: "approved" };
const rawBody = JSON.stringify(event);
const now = () => Math.floor(Date.now() / 1000);
const signed = (body: string, timestamp: number) => ({
  "telnyx-signature-ed25519": sign(null, Buffer.from(`${timestamp}|${body}`), ed.privateKey).toString("base64"),
  "telnyx-timestamp": String(timestamp),
});

describe("telnyx.webhooks.verify / unwrap", () => {
  const telnyx = createTelnyxClient({ apiKey: "k", publicKey });

  it("returns the typed event for a genuine webhook (headers as object or Headers)", async () => {
    const headers = signed(rawBody, now());
    const verified = await telnyx.webhooks.verify(rawBody, headers);
    expect(verified).toEqual(event);
    expect(await telnyx.webhooks.unwrap(Buffer.from(rawBody), new Headers(headers))).toEqual(event);
  });

  const rejections: Array<[string, () => Promise<unknown>, string]> = [
    ["a tampered body", () => telnyx.webhooks.verify(rawBody.replace("ACCEPTED", "REJECTED"), signed(rawBody, now())), "invalid-signature"],
    ["another key", () => telnyx.webhooks.verify(rawBody, signed(rawBody, now()), { publicKey: otherKey }), "invalid-signature"],
    ["a missing signature header", () => telnyx.webhooks.verify(rawBody, { "telnyx-timestamp": String(now()) }), "missing-header"],
    ["a missing timestamp header", () => telnyx.webhooks.verify(rawBody, { "telnyx-signature-ed25519": signed(rawBody, now())["telnyx-signature-ed25519"] }), "missing-header"],
    ["a stale timestamp", () => telnyx.webhooks.verify(rawBody, signed(rawBody, now() - 301)), "stale-timestamp"],
    ["a future timestamp", () => telnyx.webhooks.verify(rawBody, signed(rawBody, now() + 301)), "future-timestamp"],
    ["a timestamp changed after signing", () => telnyx.webhooks.verify(rawBody, { ...signed(rawBody, now()), "telnyx-timestamp": String(now() - 5) }), "invalid-signature"],
    ["no public key", () => createTelnyxClient({ apiKey: "k" }).webhooks.verify(rawBody, signed(rawBody, now())), "missing-key"],
    ["a timestamp that is not a number", () => telnyx.webhooks.verify(rawBody, { ...signed(rawBody, now()), "telnyx-timestamp": "yesterday" }), "invalid-timestamp"],
    ["a timestamp in exponent notation", () => telnyx.webhooks.verify(rawBody, { ...signed(rawBody, now()), "telnyx-timestamp": "1e9" }), "invalid-timestamp"],
    ["a public key that is not base64", () => telnyx.webhooks.verify(rawBody, signed(rawBody, now()), { publicKey: "not a key!" }), "invalid-key"],
    ["a public key of the wrong length", () => telnyx.webhooks.verify(rawBody, signed(rawBody, now()), { publicKey: publicKey.slice(0, 20) }), "invalid-key"],
  ];
  for (const [what, call, reason] of rejections) {
    it(`rejects ${what} with WebhookVerificationError(${reason})`, async () => {
      delete process.env.TELNYX_PUBLIC_KEY;
      const error = await call().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(WebhookVerificationError);
      expect((error as WebhookVerificationError).reason).toBe(reason);
    });
  }

  it("accepts a wider tolerance when asked", async () => {
    await expect(telnyx.webhooks.verify(rawBody, signed(rawBody, now() - 600), { tolerance: 900 })).resolves.toEqual(event);
  });
});

describe("Vonage JWT minted per request", () => {
  let server: ScriptedServer;
  beforeAll(async () => {
    server = await startScriptedServer();
  });
  afterAll(() => server.close());

  it("sends a fresh RS256 token with the application id on every request", async () => {
    const rsa = generateKeyPairSync("rsa", { modulusLength: 2048 });
    const pem = rsa.privateKey.export({ type: "pkcs8", format: "pem" }).toString();
    server.handle(() => ({ body: { page: 1, _embedded: { brands: [] } } }));
    const vonage = createVonageClient({ applicationId: "app-123", privateKey: pem, baseUrl: server.url });
    await vonage.brands.retrieve("BLQKOPK");
    await vonage.brands.retrieve("BLQKOPK");
    const tokens = server.requests.map((r) => String(r.headers.authorization).replace(/^Bearer /, ""));
    expect(tokens).toHaveLength(2);
    const key = await importSPKI(rsa.publicKey.export({ type: "spki", format: "pem" }).toString(), "RS256");
    const claims = await Promise.all(tokens.map(async (t) => (await jwtVerify(t, key)).payload));
    for (const c of claims) {
      expect(c.application_id).toBe("app-123");
      expect(c.exp! - c.iat!).toBeLessThanOrEqual(15 * 60);
    }
    expect(claims[0]!.jti).not.toBe(claims[1]!.jti);
  });

  it("prefers a given JWT, then key and secret as Basic", async () => {
    server.handle(() => ({ body: {} }));
    await createVonageClient({ jwt: "given.jwt.token", apiKey: "k", apiSecret: "s", baseUrl: server.url }).enums.retrieve();
    expect(server.requests.at(-1)!.headers.authorization).toBe("Bearer given.jwt.token");
    await createVonageClient({ apiKey: "k", apiSecret: "s", baseUrl: server.url }).enums.retrieve();
    expect(server.requests.at(-1)!.headers.authorization).toBe(`Basic ${Buffer.from("k:s").toString("base64")}`);
  });
});

describe("webhook replay guard", () => {
  const options = (guard?: WebhookReplayGuard, at = now()): Ed25519WebhookOptions => ({
    publicKey,
    signatureHeader: "telnyx-signature-ed25519",
    timestampHeader: "telnyx-timestamp",
    tolerance: 300,
    now: at,
    ...(guard ? { replayGuard: guard } : {}),
  });
  const reason = (promise: Promise<unknown>) => promise.then(() => "accepted", (e: unknown) => (e as WebhookVerificationError).reason);

  it("without a guard, a replay inside the tolerance is accepted (the documented default)", async () => {
    const headers = signed(rawBody, now());
    expect(await reason(verifyEd25519Webhook(rawBody, headers, options()))).toBe("accepted");
    expect(await reason(verifyEd25519Webhook(rawBody, headers, options()))).toBe("accepted");
  });

  it("with a guard, the second delivery of the same webhook is rejected as replayed, however its signature is encoded", async () => {
    const guard = new WebhookReplayGuard();
    const headers = signed(rawBody, now());
    expect(await reason(verifyEd25519Webhook(rawBody, headers, options(guard)))).toBe("accepted");
    expect(await reason(verifyEd25519Webhook(rawBody, headers, options(guard)))).toBe("replayed");
    const urlSafe = headers["telnyx-signature-ed25519"].replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
    expect(await reason(verifyEd25519Webhook(rawBody, { ...headers, "telnyx-signature-ed25519": ` ${urlSafe} ` }, options(guard)))).toBe("replayed");
    // Another genuine webhook (another timestamp, so another signature) still passes.
    expect(await reason(verifyEd25519Webhook(rawBody, signed(rawBody, now() - 1), options(guard)))).toBe("accepted");
  });

  it("a forged signature is not remembered: the genuine webhook still passes after it", async () => {
    const guard = new WebhookReplayGuard();
    const headers = signed(rawBody, now());
    expect(await reason(verifyEd25519Webhook(rawBody.replace("ACCEPTED", "REJECTED"), headers, options(guard)))).toBe("invalid-signature");
    expect(guard.size).toBe(0);
    expect(await reason(verifyEd25519Webhook(rawBody, headers, options(guard)))).toBe("accepted");
  });

  it("forgets a signature once its timestamp is out of the tolerance, and never holds more than maxEntries", async () => {
    const guard = new WebhookReplayGuard({ maxEntries: 2 });
    const start = now();
    await verifyEd25519Webhook(rawBody, signed(rawBody, start), options(guard, start));
    expect(guard.size).toBe(1);
    // 301 s later the first one has expired (a replay of it would be stale-timestamp): dropped.
    await verifyEd25519Webhook(rawBody, signed(rawBody, start + 301), options(guard, start + 301));
    expect(guard.size).toBe(1);
    for (let i = 0; i < 5; i++) await verifyEd25519Webhook(rawBody, signed(rawBody, start + 302 + i), options(guard, start + 310));
    expect(guard.size).toBe(2);
  });
});
