// Issue 11, defect 3: webhook targets come from API bodies and the control API, so the sender
// must not reach machines other than the developer's own: only http(s), only loopback unless the
// user allowed more, never a redirect followed, and a log without the remote's answer.
// Every receiver here listens on 127.0.0.1; refused hosts are asserted without any traffic by
// watching fetch.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { checkWebhookTarget, WebhookSender, type Delivery } from "../../mocks/state/webhooks.js";
import type { RunningMock } from "../../mocks/server.js";
import { startMock } from "../support/mocks.js";
import { startScriptedServer, type ScriptedServer } from "../support/server.js";

let first: ScriptedServer;
let second: ScriptedServer;
beforeAll(async () => {
  [first, second] = await Promise.all([startScriptedServer(), startScriptedServer()]);
});
afterAll(() => Promise.all([first.close(), second.close()]));
afterEach(() => vi.restoreAllMocks());

/** The URLs fetch was asked for while `run` ran (the spy passes calls through unchanged). */
async function fetchedDuring(run: () => Promise<void>): Promise<string[]> {
  const spy = vi.spyOn(globalThis, "fetch");
  await run();
  const urls = spy.mock.calls.map(([input]) => (input instanceof Request ? input.url : String(input)));
  spy.mockRestore();
  return urls;
}

async function sendAndSettle(sender: WebhookSender, url: string, payload: unknown = { hello: "world" }): Promise<Delivery> {
  sender.send("test.event", url, payload);
  await sender.settle();
  return sender.deliveries().at(-1)!;
}

describe("checkWebhookTarget", () => {
  it.each(["file:///etc/passwd", "ftp://127.0.0.1/hook", "data:text/plain,hi", "javascript:alert(1)", "gopher://127.0.0.1:70/", "ws://127.0.0.1/"])(
    "refuses the non-http URL %s",
    (url) => {
      expect(checkWebhookTarget(url, [])).toMatch(/must use http or https/);
    },
  );

  it.each(["http://127.0.0.1:8080/hooks", "https://localhost/hooks", "http://[::1]:3000/", "http://127.9.8.7/", "http://0x7f000001/", "http://2130706433/", "http://app.localhost/"])(
    "accepts the loopback target %s",
    (url) => {
      expect(checkWebhookTarget(url, [])).toBeUndefined();
    },
  );

  it.each(["http://10.1.2.3/hook", "http://example.com/hook", "http://169.254.169.254/latest/meta-data", "http://[fe80::1]/", "http://127.0.0.1.nip.io/", "http://0.0.0.0/"])(
    "refuses the non-loopback target %s unless allowed",
    (url) => {
      expect(checkWebhookTarget(url, [])).toMatch(/only sends webhooks to loopback hosts .*--webhook-allow/);
    },
  );

  it("accepts hosts on the allow list, compared as parsed hosts", () => {
    expect(checkWebhookTarget("https://Hooks.Example.com/in", ["hooks.example.com"])).toBeUndefined();
    expect(checkWebhookTarget("http://10.1.2.3:9000/", ["10.1.2.3"])).toBeUndefined();
    expect(checkWebhookTarget("http://10.1.2.4/", ["10.1.2.3"])).toMatch(/10\.1\.2\.4 is neither/);
    expect(checkWebhookTarget("http://evil.example.com/", ["example.com"])).toBeDefined();
  });

  it("says when the URL does not parse", () => {
    expect(checkWebhookTarget("not a url", [])).toBe("The webhook URL is not a valid absolute URL.");
  });
});

describe("WebhookSender", () => {
  it("refuses a file: URL without attempting it", async () => {
    const sender = new WebhookSender({ backoffMs: 1 });
    const urls = await fetchedDuring(async () => {
      const delivery = await sendAndSettle(sender, "file:///etc/passwd");
      expect(delivery.delivered).toBe(false);
      expect(delivery.refused).toMatch(/must use http or https, not file/);
      expect(delivery.attempts).toEqual([]);
    });
    expect(urls).toEqual([]);
  });

  it("refuses hosts that are not loopback or allowed, without contacting them", async () => {
    const sender = new WebhookSender({ backoffMs: 1 });
    const urls = await fetchedDuring(async () => {
      for (const url of ["http://10.1.2.3/hook", "http://example.com/hook"]) {
        const delivery = await sendAndSettle(sender, url);
        expect(delivery.refused).toMatch(/is neither/);
        expect(delivery.attempts).toEqual([]);
      }
    });
    expect(urls).toEqual([]);
  });

  it("sends to a host given in allowHosts", async () => {
    const sender = new WebhookSender({ allowHosts: ["hooks.example.test"], backoffMs: 1 });
    // No real network: fetch answers as a receiver that accepts the delivery would.
    const spy = vi.spyOn(globalThis, "fetch").mockResolvedValue(new Response(null, { status: 204 }));
    const delivery = await sendAndSettle(sender, "https://hooks.example.test/in");
    expect(spy).toHaveBeenCalledTimes(1);
    expect(String(spy.mock.calls[0]![0])).toBe("https://hooks.example.test/in");
    expect(spy.mock.calls[0]![1]).toMatchObject({ method: "POST", redirect: "manual" });
    expect(delivery).toMatchObject({ delivered: true, attempts: [{ status: 204 }] });
    expect(delivery.refused).toBeUndefined();
  });

  it("rejects an allow-list entry that is not a host", () => {
    expect(() => new WebhookSender({ allowHosts: ["http://hooks.example.test/"] })).toThrow(/not a host name or IP address/);
    expect(() => new WebhookSender({ allowHosts: ["hooks.example.test:8080"] })).toThrow(/not a host name or IP address/);
  });

  it("treats a 307 as a failed delivery and never follows it to the second receiver", async () => {
    first.handle(() => ({ status: 307, headers: { location: `${second.url}/stolen` }, body: "" }));
    second.handle(() => ({ status: 200, body: {} }));
    const sender = new WebhookSender({ backoffMs: 1 });
    const delivery = await sendAndSettle(sender, `${first.url}/hooks`);
    expect(first.requests.length).toBeGreaterThan(0);
    expect(second.requests).toHaveLength(0);
    expect(delivery.delivered).toBe(false);
    expect(delivery.attempts[0]).toMatchObject({ status: 307, error: "redirect" });
  });

  it("logs status, timing and an error kind, never the remote's body", async () => {
    first.handle(() => ({ status: 500, body: "REMOTE-SECRET-BODY with internal details" }));
    const sender = new WebhookSender({ backoffMs: 1 });
    const delivery = await sendAndSettle(sender, `${first.url}/hooks`);
    expect(delivery.delivered).toBe(false);
    expect(delivery.attempts.length).toBeGreaterThan(1);
    for (const attempt of delivery.attempts) {
      expect(attempt).toMatchObject({ status: 500, error: "http-status" });
      expect(typeof attempt.ms).toBe("number");
      expect(Object.keys(attempt).sort()).toEqual(["at", "error", "ms", "status"]);
    }
    expect(JSON.stringify(sender.deliveries())).not.toContain("REMOTE-SECRET-BODY");
  });

  it("reports a closed port only as a network failure, with no error text", async () => {
    const closed = await startScriptedServer();
    const url = `${closed.url}/hooks`;
    await closed.close();
    const delivery = await sendAndSettle(new WebhookSender({ backoffMs: 1 }), url);
    expect(delivery.delivered).toBe(false);
    for (const attempt of delivery.attempts) expect(Object.keys(attempt).sort()).toEqual(["at", "error", "ms"]);
    expect(delivery.attempts[0]!.error).toBe("network");
  });

  it("keeps credentials in a target URL out of the log", async () => {
    first.handle(() => ({ status: 200, body: {} }));
    const sender = new WebhookSender({ backoffMs: 1 });
    const delivered = await sendAndSettle(sender, `${first.url}/hooks?token=abc123&event=all`);
    expect(delivered.delivered).toBe(true);
    expect(first.requests.at(-1)!.url).toBe("/hooks?token=abc123&event=all");
    expect(delivered.url).not.toContain("abc123");
    expect(delivered.url).toContain("event=all");
    const withUser = await sendAndSettle(sender, `${first.url.replace("http://", "http://user:hunter2@")}/hooks`);
    expect(withUser.refused).toBe("Webhook URLs may not contain a user name or password.");
    expect(withUser.url).not.toContain("hunter2");
  });
});

describe("webhook targets from API bodies (stateful Telnyx mock over HTTP)", () => {
  let mock: RunningMock;
  const auth = { authorization: "Bearer test-key", "content-type": "application/json" };
  beforeAll(async () => {
    mock = await startMock("telnyx", { stateful: true, clockScale: 0 });
  });
  afterAll(() => mock.close());

  /** Registers a brand and a campaign whose webhooks go to `webhookURL`, then lets their first status change happen. */
  async function campaignNotifying(webhookURL: string): Promise<{ status: number; campaignId: string }> {
    const brand = (await (
      await fetch(`${mock.url}/10dlc/brand`, {
        method: "POST",
        headers: auth,
        body: JSON.stringify({ entityType: "PRIVATE_PROFIT", displayName: "Hook Co", country: "US", email: "ops@hook.example.com", vertical: "TECHNOLOGY" }),
      })
    ).json()) as { brandId: string };
    // Telnyx takes campaigns only for a verified brand; verification takes virtual time.
    await fetch(`${mock.url}/__mock/clock`, { method: "POST", headers: { "content-type": "application/json" }, body: '{"advance": 1000}' });
    const response = await fetch(`${mock.url}/10dlc/campaignBuilder`, {
      method: "POST",
      headers: auth,
      body: JSON.stringify({ brandId: brand.brandId, usecase: "CUSTOMER_CARE", description: "Order updates and support replies for Hook Co customers.", webhookURL }),
    });
    const { campaignId } = (await response.json()) as { campaignId: string };
    await fetch(`${mock.url}/__mock/clock`, { method: "POST", headers: { "content-type": "application/json" }, body: '{"advance": 60}' });
    await mock.state!.webhooks.settle();
    return { status: response.status, campaignId };
  }

  const deliveriesTo = async (fragment: string) =>
    ((await (await fetch(`${mock.url}/__mock/webhooks`)).json()) as { deliveries: Delivery[] }).deliveries.filter((d) => d.url.includes(fragment));

  it("accepts the API call, records a non-loopback target as refused and never contacts it", async () => {
    let status = 0;
    const urls = await fetchedDuring(async () => {
      ({ status } = await campaignNotifying("http://10.1.2.3/hooks"));
    });
    expect(status).toBe(200);
    expect(urls.filter((url) => url.includes("10.1.2.3"))).toEqual([]);
    const [delivery] = await deliveriesTo("10.1.2.3");
    expect(delivery).toMatchObject({ delivered: false, attempts: [] });
    expect(delivery!.refused).toMatch(/loopback/);
  });

  it("records a file: target as refused", async () => {
    const { status } = await campaignNotifying("file:///etc/passwd");
    expect(status).toBe(200);
    const [delivery] = await deliveriesTo("file:");
    expect(delivery).toMatchObject({ delivered: false, attempts: [] });
    expect(delivery!.refused).toMatch(/http or https/);
  });

  it("does not follow a receiver's redirect to a second receiver", async () => {
    first.handle(() => ({ status: 307, headers: { location: `${second.url}/stolen` }, body: "" }));
    second.handle(() => ({ status: 200, body: {} }));
    await campaignNotifying(`${first.url}/redirecting`);
    expect(first.requests.length).toBeGreaterThan(0);
    expect(second.requests).toHaveLength(0);
    const [delivery] = await deliveriesTo("/redirecting");
    expect(delivery!.delivered).toBe(false);
    expect(delivery!.attempts.every((a) => a.status === 307 && a.error === "redirect")).toBe(true);
  });
});
