// The HTML API reference (`npm run docs`): built through the CLI, then opened in headless Chromium
// from file:// with every non-file request refused (and recorded), to check that Redoc really
// rendered the spec's operations, paths and response schemas. A screenshot of each page is kept in
// test-results/reference-<id>.png.
// The browser is CHROMIUM_PATH when set, else a `chromium` on PATH, else the one shipped inside the
// @sparticuz/chromium npm package (unpacked to the temp directory on first use), driven by
// playwright-core: `npm install && npm test` needs nothing but Node. Without a browser the test
// fails, never skips.
import { execFile } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from "vitest";
import { providers } from "../codegen/providers.js";
import { RefResolver } from "../codegen/refs.js";
import { launchChromium } from "./browser/chromium.js";
import { repoRoot } from "./support/spec.js";

const timeout = 120_000;
const scratch: string[] = [];
const tempDir = (prefix: string) => {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  scratch.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
});

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function run(command: string, args: string[], cwd = repoRoot): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      command,
      args,
      { cwd, env: { ...process.env, FORCE_COLOR: "0" }, maxBuffer: 256 * 1024 * 1024, timeout: timeout - 10_000 },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) || 1 : 0, stdout, stderr }),
    );
  });
}

const docsCli = (args: string[], cwd = repoRoot) =>
  run(process.execPath, ["--import", "tsx", path.join(repoRoot, "commands/docs.ts"), ...args], cwd);

/**
 * Opens the file with every request that would leave the machine refused and recorded in
 * `external`, then waits until Redoc has rendered the section of each given operation: a page that
 * renders nothing fails here.
 */
async function openReference(browser: Browser, file: string, operationIds: string[]): Promise<{ page: Page; external: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 2400 } });
  const external: string[] = [];
  await page.route("**/*", (route) => {
    const url = route.request().url();
    if (/^(file|data|blob):/.test(url)) return route.continue();
    external.push(url);
    return route.abort();
  });
  await page.goto(`file://${file}`, { waitUntil: "load" });
  for (const id of operationIds) {
    const rendered = await page.waitForSelector(`[id="operation/${id}"]`, { state: "attached", timeout: 30_000 }).catch(() => null);
    if (!rendered) throw new Error(`Redoc rendered no section for operation ${id} within 30 s`);
  }
  return { page, external };
}

/** The serialised DOM after Redoc ran, without <script> elements (they hold the spec's own text). */
async function renderedDom(page: Page): Promise<string> {
  return (await page.content()).replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, "");
}

/** Text as Chromium serialises it inside an element. */
const htmlText = (text: string) =>
  text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll("\u00a0", "&nbsp;");
const regexText = (text: string) => htmlText(text).replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

type Json = Record<string, any>;
interface Operation {
  method: string;
  path: string;
  operationId: string;
  summary: string;
  op: Json;
}

const methods = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

function operations(spec: Json): Operation[] {
  const list: Operation[] = [];
  for (const [p, item] of Object.entries<Json>(spec.paths ?? {})) {
    for (const method of methods) {
      const op = item[method];
      if (op?.operationId && op.summary) list.push({ method, path: p, operationId: op.operationId, summary: op.summary, op });
    }
  }
  return list;
}

/**
 * The first operation whose first 2xx JSON response is an object with a property that is itself a
 * named schema (`$ref` to an object, or an array of them): Redoc shows that property's name and,
 * in its type, the schema's name (or title).
 */
function responseSchemaExample(spec: Json): { operation: Operation; property: string; schemaLabel: string } {
  const refs = new RefResolver(spec);
  const resolve = (value: Json | undefined): Json | undefined => (value === undefined ? undefined : refs.resolve<Json>(value));
  for (const operation of operations(spec)) {
    const status = Object.keys(operation.op.responses ?? {}).find((code) => /^2\d\d$/.test(code));
    if (!status) continue;
    const response = resolve(operation.op.responses[status]);
    const body = resolve(response?.content?.["application/json"]?.schema);
    if (!body?.properties || body.oneOf || body.anyOf || body.allOf) continue;
    for (const [property, raw] of Object.entries<Json>(body.properties)) {
      const named = raw.$ref ? raw : raw.type === "array" && raw.items?.$ref ? raw.items : undefined;
      const target = resolve(named);
      if (!named || !target?.properties || target.oneOf || target.anyOf || target.allOf) continue;
      return { operation, property, schemaLabel: target.title ?? named.$ref.split("/").pop() };
    }
  }
  throw new Error("No operation with a named object schema in its 2xx JSON response");
}

/** The rendered section of one operation, from its anchor to the next section. */
function operationSection(dom: string, operationId: string): string {
  const start = dom.indexOf(`id="operation/${operationId}"`);
  expect(start, `no rendered section for operation ${operationId}`).toBeGreaterThan(-1);
  const next = dom.indexOf("data-section-id=", start + operationId.length + 20);
  return dom.slice(start, next === -1 ? undefined : next);
}

describe("HTML API reference (npm run docs)", () => {
  const outDir = tempDir("reference-html-");
  let cli: Run;

  beforeAll(async () => {
    cli = await docsCli(["--out", outDir]);
  }, timeout);

  it("the CLI writes one self-contained file per provider", () => {
    expect(cli.stderr).not.toMatch(/error/i);
    expect(cli.code).toBe(0);
    for (const provider of providers) {
      const file = path.join(outDir, `${provider.id}.html`);
      expect(existsSync(file)).toBe(true);
      expect(cli.stdout).toContain(`${provider.id}.html`);
      // The page around the inlined script bodies (kept out of failure messages: they are megabytes).
      const html = readFileSync(file, "utf8");
      const shell = html.replace(/(<script\b[^>]*>)([\s\S]*?)(<\/script>)/gi, (_, open: string, body: string, close: string) =>
        body.includes("Redoc.init") ? open + body + close : `${open}…${close}`,
      );
      expect(shell).toContain('<div id="redoc-container">');
      expect(shell).toContain("Redoc.init(spec, options");
      expect(shell.match(/<script\b/g)).toHaveLength(3);
      // Nothing is loaded from elsewhere: no external scripts, styles, spec URL or any URL at all.
      expect(shell).not.toMatch(/\bsrc=|<link\b|specUrl|https?:/i);
    }
  });

  it(
    "gives byte-identical files when run again",
    async () => {
      const again = tempDir("reference-html-again-");
      const second = await docsCli(["--out", again, "--provider", providers[0].id]);
      expect(second.code).toBe(0);
      const file = `${providers[0].id}.html`;
      expect(readFileSync(path.join(again, file)).equals(readFileSync(path.join(outDir, file)))).toBe(true);
      expect(existsSync(path.join(again, `${providers[1].id}.html`))).toBe(false);
    },
    timeout,
  );

  it(
    "names the missing bundled spec and says to run npm run generate",
    async () => {
      // An empty project root (node_modules linked so that tsx loads): no generated/ at all.
      const root = tempDir("reference-html-empty-");
      symlinkSync(path.join(repoRoot, "node_modules"), path.join(root, "node_modules"), "dir");
      const result = await docsCli([], root);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain(path.join("generated", providers[0].id, "openapi.json"));
      expect(result.stderr).toContain("npm run generate");
      expect(existsSync(path.join(root, "generated"))).toBe(false);
    },
    timeout,
  );

  // One provider after the other, each in its own browser: a render takes a core or two, and the
  // packaged Chromium runs single-process, so closing its page ends it.
  for (const provider of providers) {
    it(
      `${provider.id}: Chromium renders operations, paths and response schemas offline`,
      async () => {
        const file = path.join(outDir, `${provider.id}.html`);
        const spec: Json = JSON.parse(readFileSync(path.join(repoRoot, "generated", provider.id, "openapi.json"), "utf8"));
        // Three operations spread over the spec, and one whose 2xx response has a named schema.
        const all = operations(spec);
        expect(all.length).toBeGreaterThanOrEqual(3);
        const picked = [all[0], all[Math.floor(all.length / 2)], all[all.length - 1]];
        const example = responseSchemaExample(spec);
        const browser = await launchChromium();
        onTestFinished(() => browser.close());
        const { page, external } = await openReference(browser, file, [...picked, example.operation].map((o) => o.operationId));
        const dom = await renderedDom(page);
        expect(external, "requests that would have left the machine").toEqual([]);

        expect(dom).toContain('id="redoc-container"');
        expect(dom).toContain("redoc-wrap");
        expect(dom).not.toMatch(/Something went wrong/i);
        expect(dom).toContain(htmlText(spec.info.title));

        // Each picked operation has its own section with its summary as heading.
        for (const operation of picked) {
          const section = operationSection(dom, operation.operationId);
          expect(section, `summary of ${operation.operationId}`).toMatch(
            new RegExp(`<h2[^>]*>(?:<a[^>]*></a>)?${regexText(operation.summary)}\\s*</h2>`),
          );
        }

        // The path of an operation, next to its verb, in the middle panel.
        const middle = picked[1];
        expect(operationSection(dom, middle.operationId), `path of ${middle.operationId}`).toMatch(
          new RegExp(`>${middle.method}</span><span[^>]*>${regexText(middle.path)}</span>`),
        );

        // A response schema: its property (expanded 2xx response) and the named schema in its type.
        const section = operationSection(dom, example.operation.operationId);
        expect(section).toContain(`<span class="property-name">${htmlText(example.property)}</span>`);
        expect(section).toMatch(new RegExp(`>\\s*\\(${regexText(example.schemaLabel)}\\)\\s*<`));

        const resultsDir = path.join(repoRoot, "test-results");
        mkdirSync(resultsDir, { recursive: true });
        const png = path.join(resultsDir, `reference-${provider.id}.png`);
        rmSync(png, { force: true });
        await page.screenshot({ path: png });
        expect(existsSync(png), `${png} was not written`).toBe(true);
        expect(statSync(png).size).toBeGreaterThan(20_000);
      },
      timeout,
    );
  }
});
