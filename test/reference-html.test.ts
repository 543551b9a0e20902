// The HTML API reference (`npm run docs`): built through the CLI, then opened in headless Chromium
// from file:// with the network unused, to check that Redoc really rendered the spec's operations,
// paths and response schemas. A screenshot of each page is kept in test-results/reference-<id>.png.
// Needs Debian's `chromium` on PATH (`.ci/run` must install it); without it the test fails, never skips.
import { execFile } from "node:child_process";
import { accessSync, constants, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { providers } from "../codegen/providers.js";
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
  run(process.execPath, ["--import", "tsx", path.join(repoRoot, "codegen/docs-cli.ts"), ...args], cwd);

/** Debian's `chromium` on PATH, or a failure saying how to install it. */
function chromium(): string {
  for (const dir of (process.env.PATH ?? "").split(path.delimiter).filter(Boolean)) {
    const candidate = path.join(dir, "chromium");
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not in this directory
    }
  }
  throw new Error(
    "Headless Chromium is required by test/reference-html.test.ts but `chromium` is not on PATH. " +
      "Install Debian's package: `apt-get install -y chromium` (CI's .ci/run must do so).",
  );
}

function chromiumArgs(): string[] {
  return [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    `--user-data-dir=${tempDir("reference-chromium-")}`,
    "--virtual-time-budget=15000",
  ];
}

/** The serialised DOM after Redoc ran, without <script> elements (they hold the spec's own text). */
async function renderedDom(file: string): Promise<string> {
  const result = await run(chromium(), [...chromiumArgs(), "--dump-dom", `file://${file}`]);
  if (result.code !== 0) throw new Error(`chromium --dump-dom exited ${result.code}:\n${result.stderr.slice(-4000)}`);
  return result.stdout.replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, "");
}

async function screenshot(file: string, png: string): Promise<void> {
  rmSync(png, { force: true });
  const result = await run(chromium(), [...chromiumArgs(), `--screenshot=${png}`, "--window-size=1400,2400", `file://${file}`]);
  if (result.code !== 0) throw new Error(`chromium --screenshot exited ${result.code}:\n${result.stderr.slice(-4000)}`);
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

function resolve(spec: Json, schema: Json | undefined): Json | undefined {
  let current = schema;
  for (let depth = 0; current?.$ref && depth < 10; depth++) {
    current = current.$ref
      .replace(/^#\//, "")
      .split("/")
      .map((part: string) => part.replaceAll("~1", "/").replaceAll("~0", "~"))
      .reduce((node: Json | undefined, part: string) => node?.[part], spec);
  }
  return current;
}

/**
 * The first operation whose first 2xx JSON response is an object with a property that is itself a
 * named schema (`$ref` to an object, or an array of them): Redoc shows that property's name and,
 * in its type, the schema's name (or title).
 */
function responseSchemaExample(spec: Json): { operation: Operation; property: string; schemaLabel: string } {
  for (const operation of operations(spec)) {
    const status = Object.keys(operation.op.responses ?? {}).find((code) => /^2\d\d$/.test(code));
    if (!status) continue;
    const response = resolve(spec, operation.op.responses[status]);
    const body = resolve(spec, response?.content?.["application/json"]?.schema);
    if (!body?.properties || body.oneOf || body.anyOf || body.allOf) continue;
    for (const [property, raw] of Object.entries<Json>(body.properties)) {
      const named = raw.$ref ? raw : raw.type === "array" && raw.items?.$ref ? raw.items : undefined;
      const target = resolve(spec, named);
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

  // One provider after the other: each Chromium run takes a core or two.
  for (const provider of providers) {
    it(
      `${provider.id}: Chromium renders operations, paths and response schemas offline`,
      async () => {
        const file = path.join(outDir, `${provider.id}.html`);
        const spec: Json = JSON.parse(readFileSync(path.join(repoRoot, "generated", provider.id, "openapi.json"), "utf8"));
        const dom = await renderedDom(file);

        expect(dom).toContain('id="redoc-container"');
        expect(dom).toContain("redoc-wrap");
        expect(dom).not.toMatch(/Something went wrong/i);
        expect(dom).toContain(htmlText(spec.info.title));

        // Three operations spread over the spec: each has its own section with its summary as heading.
        const all = operations(spec);
        expect(all.length).toBeGreaterThanOrEqual(3);
        const picked = [all[0], all[Math.floor(all.length / 2)], all[all.length - 1]];
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
        const example = responseSchemaExample(spec);
        const section = operationSection(dom, example.operation.operationId);
        expect(section).toContain(`<span class="property-name">${htmlText(example.property)}</span>`);
        expect(section).toMatch(new RegExp(`>\\s*\\(${regexText(example.schemaLabel)}\\)\\s*<`));

        const resultsDir = path.join(repoRoot, "test-results");
        mkdirSync(resultsDir, { recursive: true });
        const png = path.join(resultsDir, `reference-${provider.id}.png`);
        await screenshot(file, png);
        expect(existsSync(png), `${png} was not written`).toBe(true);
        expect(statSync(png).size).toBeGreaterThan(20_000);
      },
      timeout,
    );
  }
});
