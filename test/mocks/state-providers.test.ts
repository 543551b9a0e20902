// The generic engine and the provider folders: a missing resource is worded the provider's way
// and names the id the client sent (not an internal resource name), list pages carry each
// provider's metadata, the profile gives the headers the provider sends on every response, and
// the engine reaches provider behaviour only through the resource definitions.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { profiles } from "../../mocks/providers/index.js";
import type { RunningMock } from "../../mocks/server.js";
import { startMock } from "../support/mocks.js";
import { repoRoot } from "../support/spec.js";

const telnyxAuth = { authorization: "Bearer test-key", "content-type": "application/json" };
const vonageAuth = { authorization: `Basic ${Buffer.from("test-key:test-secret").toString("base64")}`, "content-type": "application/json" };
const internalNames = [...profiles.telnyx.resources, ...profiles.vonage.resources].map((def) => def.name).filter((name) => /[A-Z]/.test(name));

describe("Telnyx: missing resources in Telnyx's words", () => {
  let mock: RunningMock;
  beforeAll(async () => {
    mock = await startMock("telnyx", { stateful: true, clockScale: 0 });
  });
  afterAll(() => mock.close());

  it.each(["/number_orders/nope", "/number_reservations/nope", "/porting_orders/00000000-0000-4000-8000-000000000000", "/10dlc/phone_number_campaigns/+15550000000"])(
    "GET %s is a 404 naming the id sent, not the engine's resource name",
    async (target) => {
      const response = await fetch(`${mock.url}${target}`, { headers: telnyxAuth });
      expect(response.status).toBe(404);
      const text = await response.text();
      const [error] = (JSON.parse(text) as { errors: Array<{ code: string; title: string; detail: string }> }).errors;
      expect(error).toMatchObject({ code: "10005", title: "Resource not found" });
      expect(error!.detail).toContain(JSON.stringify(decodeURIComponent(target.split("/").pop()!)));
      for (const name of internalNames) expect(text).not.toContain(name);
    },
  );

  it("names the missing brand and the field it was given in", async () => {
    const response = await fetch(`${mock.url}/10dlc/campaignBuilder`, {
      method: "POST",
      headers: telnyxAuth,
      body: JSON.stringify({ brandId: "no-such-brand", usecase: "CUSTOMER_CARE", description: "A campaign for a brand that was never registered at all." }),
    });
    expect(response.status).toBe(422);
    const [error] = ((await response.json()) as { errors: Array<{ detail: string; source?: { pointer?: string } }> }).errors;
    expect(error!.detail).toBe('The brand "no-such-brand" given in brandId does not exist; create it first.');
    expect(error!.source?.pointer).toBe("/brandId");
  });

  it("sends a fresh x-request-id on every answer, errors included", async () => {
    const ids = [];
    for (const target of ["/10dlc/brand", "/number_orders/nope", "/no/such/path"]) {
      const response = await fetch(`${mock.url}${target}`, { headers: telnyxAuth });
      await response.arrayBuffer();
      ids.push(response.headers.get("x-request-id"));
    }
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("fills the v2 list meta from the kept objects", async () => {
    for (const n of [1, 2, 3]) {
      await fetch(`${mock.url}/number_orders`, { method: "POST", headers: telnyxAuth, body: JSON.stringify({ phone_numbers: [{ phone_number: `+1970555100${n}` }] }) });
    }
    const list = (await (await fetch(`${mock.url}/number_orders?page[number]=2&page[size]=2`, { headers: telnyxAuth })).json()) as {
      data: unknown[];
      meta: { page_number: number; page_size: number; total_results: number; total_pages: number };
    };
    const total = list.meta.total_results;
    expect(total).toBeGreaterThanOrEqual(3);
    expect(list.meta).toEqual({ page_number: 2, page_size: 2, total_results: total, total_pages: Math.ceil(total / 2) });
    expect(list.data).toHaveLength(Math.min(2, total - 2));
  });
});

describe("Vonage: missing resources in Vonage's words", () => {
  let mock: RunningMock;
  beforeAll(async () => {
    mock = await startMock("vonage", { stateful: true, clockScale: 0 });
  });
  afterAll(() => mock.close());

  it("GET /brands/BNOPE00 is a 404 saying which brand was not found", async () => {
    const response = await fetch(`${mock.url}/brands/BNOPE00`, { headers: vonageAuth });
    expect(response.status).toBe(404);
    const body = (await response.json()) as { type: string; title: string; detail: string };
    expect(body).toMatchObject({ title: "Not Found", detail: "No brand BNOPE00 was found." });
    expect(body.type).toMatch(/#not-found$/);
  });

  it("a campaign under an unknown brand is a 404 naming that brand", async () => {
    const response = await fetch(`${mock.url}/brands/BNOPE00/campaigns`, {
      method: "POST",
      headers: vonageAuth,
      body: JSON.stringify({
        account_id: "abcd1234",
        usecase: "ACCOUNT_NOTIFICATION",
        description: "Appointment reminders and delivery notices for our customers.",
        help_message: "Reply HELP for help.",
        opt_in_message: "You are now subscribed.",
        opt_out_message: "You are unsubscribed.",
        tc_agreed: true,
        message_flow: "Customers opt in on the checkout page by ticking a box that explains the messages.",
      }),
    });
    expect(response.status).toBe(404);
    expect(((await response.json()) as { detail: string }).detail).toBe("No brand BNOPE00 was found.");
  });

  it("fills page, page_size, total_items and total_pages of a brand list", async () => {
    const list = (await (await fetch(`${mock.url}/brands?page=1&page_size=1`, { headers: vonageAuth })).json()) as {
      page: number;
      page_size: number;
      total_items: number;
      total_pages: number;
      _embedded: { brands: unknown[] };
    };
    expect(list.total_items).toBeGreaterThan(0);
    expect(list).toMatchObject({ page: 1, page_size: 1, total_pages: list.total_items });
    expect(list._embedded.brands).toHaveLength(1);
  });
});

describe("profiles", () => {
  it("give Telnyx a fresh x-request-id for every response", () => {
    const first = profiles.telnyx.responseHeaders();
    const second = profiles.telnyx.responseHeaders();
    expect(first["x-request-id"]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(second["x-request-id"]).not.toBe(first["x-request-id"]);
  });

  it("send no invented headers for Vonage", () => {
    expect(profiles.vonage.responseHeaders()).toEqual({});
  });

  it("every kept resource has a user-facing label", () => {
    for (const profile of Object.values(profiles)) for (const def of profile.resources) expect(def.label).toMatch(/^[a-z][a-z ]+$/);
  });
});

describe("layout", () => {
  it("mocks/state imports no provider module: provider behaviour arrives through the resource definitions", () => {
    const dir = path.join(repoRoot, "mocks/state");
    const files = readdirSync(dir).filter((file) => file.endsWith(".ts"));
    expect(files).toContain("engine.ts");
    for (const file of files) {
      const source = readFileSync(path.join(dir, file), "utf8");
      const imports = [...source.matchAll(/from "([^"]+)"/g)].map((m) => m[1]!);
      expect(imports.filter((spec) => /providers|profiles/.test(spec)), file).toEqual([]);
    }
  });
});
