// The MSW handlers in a real browser: the page (page/main.ts), bundled here with esbuild as a
// frontend's bundler would (Prism's unused node builtins aliased to mocks/msw/node-builtins.ts),
// is served from 127.0.0.1 with msw's mockServiceWorker.js, and uses the generated Telnyx client
// against `setupWorker(...telnyxHandlers())`: it creates a brand, advances the clock over the
// control API, creates a campaign, advances again and reads the campaign's new status. The test
// reads what the page reports.
import { readFile } from "node:fs/promises";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { createRequire } from "node:module";
import path from "node:path";
import { build } from "esbuild";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mswBrowserAliases } from "../../mocks/msw/bundling.js";
import { repoRoot } from "../support/spec.js";
import { launchChromium } from "./chromium.js";

const here = path.join(repoRoot, "test/browser");

async function bundlePage(): Promise<string> {
  const stub = path.join(repoRoot, "mocks/msw/node-builtins.ts");
  const alias = mswBrowserAliases(stub);
  const result = await build({
    entryPoints: [path.join(here, "page/main.ts")],
    bundle: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    alias,
    write: false,
    logLevel: "silent",
    outfile: "main.js",
  });
  return result.outputFiles[0]!.text;
}

const PAGE = `<!doctype html><html><head><meta charset="utf-8"><title>MSW browser test</title></head>
<body><pre id="report"></pre><script type="module" src="/main.js"></script></body></html>`;

interface Served {
  url: string;
  close(): Promise<void>;
}

async function serve(files: Record<string, { type: string; body: string }>): Promise<Served> {
  const server = http.createServer((req, res) => {
    const file = files[new URL(req.url ?? "/", "http://127.0.0.1").pathname];
    if (!file) return res.writeHead(404).end();
    res.writeHead(200, { "content-type": file.type, "cache-control": "no-store" }).end(file.body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

interface Report {
  steps: string[];
  brand?: { id: string; status?: string; identityStatus?: string };
  campaign?: { id: string; statusBefore?: string; statusAfter?: string };
  clock?: string;
  invalid?: { status: number; field: boolean };
  error?: string;
}

describe("MSW handlers in headless Chromium", () => {
  let browser: Browser;
  let site: Served;
  beforeAll(async () => {
    const worker = await readFile(createRequire(import.meta.url).resolve("msw/mockServiceWorker.js"), "utf8");
    site = await serve({
      "/": { type: "text/html", body: PAGE },
      "/main.js": { type: "text/javascript", body: await bundlePage() },
      "/mockServiceWorker.js": { type: "text/javascript", body: worker },
    });
    browser = await launchChromium();
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  it("creates a brand and a campaign with the generated client, advances the clock and sees the status move", async () => {
    const page = await browser.newPage();
    const external: string[] = [];
    // Nothing may leave the machine: the worker answers api.telnyx.com inside the browser.
    await page.route("**/*", (route) => {
      const url = route.request().url();
      if (url.startsWith(site.url)) return route.continue();
      external.push(url);
      return route.abort();
    });
    const consoleErrors: string[] = [];
    page.on("pageerror", (error) => consoleErrors.push(error.message));
    await page.goto(`${site.url}/`);
    await page.waitForFunction(() => document.querySelector("#report")?.textContent !== "", undefined, { timeout: 120_000 });
    const report = JSON.parse((await page.textContent("#report"))!) as Report;
    expect(report.error, JSON.stringify({ report, consoleErrors })).toBeUndefined();
    expect(report.steps).toEqual(["worker started", "brand created", "campaign created", "clock advanced", "done"]);
    expect(report.brand?.status).toBe("REGISTRATION_PENDING");
    expect(report.brand?.identityStatus).toBe("VERIFIED");
    expect(report.campaign?.statusBefore).toBe("TCR_PENDING");
    expect(report.campaign?.statusAfter).toBe("MNO_PROVISIONED");
    // Two advances of 1000 s on a frozen clock: the page's virtual time is over half an hour ahead.
    expect(Date.parse(report.clock!)).toBeGreaterThan(Date.now() + 1_900_000);
    expect(report.invalid).toEqual({ status: 422, field: true });
    expect(external).toEqual([]);
    await page.close();
  }, 180_000);
});
