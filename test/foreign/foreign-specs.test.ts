// Specs written without our extensions (test/fixtures/foreign/): each one generates with the
// standard lint, type-checks (and a wrong call does not), and is mocked from its schemas alone
// with RFC 7807 errors; the generated client, validating every response against the spec, gets
// answers from that mock. Then a third provider is added as a folder and found by discovery.
import { execFile } from "node:child_process";
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bundleForMock, profileOf } from "../../commands/mock-spec.js";
import { generate } from "../../codegen/pipeline.js";
import { parseDeclaration } from "../../codegen/provider-declaration.js";
import { discoverProviders, providerFromSpec, type ProviderConfig } from "../../codegen/providers.js";
import type { OperationModel } from "../../codegen/model.js";
import { startMockServer, type RunningMock } from "../../mocks/server.js";
import { runCli } from "../support/cli.js";
import { repoRoot } from "../support/spec.js";

const FIXTURES = ["petstore-3.0.yaml", "warehouse-3.0.json", "events-3.1.yaml", "member-names-3.1.yaml"];
// Inside the repository, so the generated code resolves openapi-fetch and the runtime's imports.
const scratch = path.join(repoRoot, ".tmp/foreign-specs-test");
const tsc = path.join(repoRoot, "node_modules/typescript/bin/tsc");

function typeCheck(project: string): Promise<{ code: number; output: string }> {
  return new Promise((resolve) =>
    execFile(process.execPath, [tsc, "-p", project], { cwd: repoRoot }, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code ?? 1) : 0, output: stdout + stderr }),
    ),
  );
}

const built = new Map<string, { provider: ProviderConfig; operations: OperationModel[]; warnings: string[] }>();

beforeAll(async () => {
  rmSync(scratch, { recursive: true, force: true });
  mkdirSync(scratch, { recursive: true });
  for (const fixture of FIXTURES) {
    const provider = providerFromSpec(path.join(repoRoot, "test/fixtures/foreign", fixture), repoRoot);
    const result = await generate({ root: repoRoot, outDir: path.join(scratch, "out"), providers: [provider], check: false });
    const [only] = result.built;
    built.set(fixture, { provider, operations: only!.model.operations, warnings: only!.warnings.map((w) => w.message) });
  }
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("foreign-shaped specs", () => {
  it("generate under the standard lint, missing examples only warned about, collisions reported", () => {
    for (const fixture of FIXTURES) {
      const { operations, warnings } = built.get(fixture)!;
      expect(operations.length, fixture).toBeGreaterThan(3);
      expect(warnings.some((w) => /has no example/.test(w)), fixture).toBe(true);
    }
    // A spec without product files gets one guide per tag, not one page of everything.
    expect(readdirSync(path.join(scratch, "out/warehouse-3-0/docs")).sort()).toEqual(["tag-items.md", "tag-request.md", "tag-webhooks.md"]);
    expect(readdirSync(path.join(scratch, "out/petstore-3-0/docs")).sort()).toEqual(["tag-pets.md", "tag-store.md"]);
    expect(built.get("warehouse-3.0.json")!.warnings).toContain(
      "GET /items/{id}/detail (get_item) would be items.getItem, which another operation has; it is items.getItem2. Set x-sdk-name on it to choose.",
    );
  });

  it("type-check, and a call with a wrong argument does not", async () => {
    const calls = FIXTURES.map((fixture, i) => {
      const { provider } = built.get(fixture)!;
      return `import { ${provider.factory} } from "./out/${provider.id}/index.js";\nexport const client${i} = ${provider.factory}({ baseUrl: "http://127.0.0.1:1" });\n`;
    });
    // An allOf that only adds `required`, and a free-form object, must stay usable.
    calls.push(
      `import { createOrdersAndEventsClient as createEvents } from "./out/events-3-1/index.js";\n` +
        `export const created = createEvents().orders.createOrder({ lines: [{ sku: "a", quantity: 1 }], note: null, metadata: { source: "web" } });\n`,
    );
    writeFileSync(path.join(scratch, "consumer.ts"), calls.join(""));
    writeFileSync(path.join(scratch, "wrong.ts"), `import { createPetStoreClient } from "./out/petstore-3-0/index.js";\nvoid createPetStoreClient().pets.createPets({ name: 42 });\n`);
    const config = (files: string[]) => JSON.stringify({ extends: "../../tsconfig.json", compilerOptions: { noEmit: true, types: [] }, include: files, exclude: [] });
    writeFileSync(path.join(scratch, "tsconfig.json"), config(["out/**/*.ts", "consumer.ts"]));
    writeFileSync(path.join(scratch, "tsconfig.wrong.json"), config(["wrong.ts"]));
    const good = await typeCheck(path.join(scratch, "tsconfig.json"));
    expect(good.output).toBe("");
    expect(good.code).toBe(0);
    const wrong = await typeCheck(path.join(scratch, "tsconfig.wrong.json"));
    expect(wrong.code).not.toBe(0);
    expect(wrong.output).toMatch(/wrong\.ts\(2,\d+\): error TS2322: Type 'number' is not assignable to type 'string'/);
  });

  describe.each(FIXTURES)("%s mocked from its schemas", (fixture) => {
    let mock: RunningMock;
    let stop: () => void;
    beforeAll(async () => {
      const { provider } = built.get(fixture)!;
      const bundled = await bundleForMock(path.join(repoRoot, "test/fixtures/foreign", fixture), () => undefined);
      stop = bundled.stop;
      mock = await startMockServer({ profile: profileOf(provider, bundled.file), root: repoRoot, port: 0 });
    });
    afterAll(async () => {
      stop();
      await mock.close();
    });

    it("answers a GET through the generated client, the answer valid for the spec", async () => {
      const { provider, operations } = built.get(fixture)!;
      const module = (await import(pathToFileURL(path.join(scratch, "out", provider.id, "index.ts")).href)) as Record<string, (options: object) => unknown>;
      const client = module[provider.factory]!({ baseUrl: mock.url, maxRetries: 0, validate: "responses", headers: { authorization: "Bearer t", api_key: "k" } });
      const get = operations.find((op) => op.method === "GET" && op.success.kind === "json" && op.queryParams.every((p) => !p.required))!;
      const method = get.sdkPath.reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], client) as (...args: unknown[]) => Promise<unknown>;
      const answer = await method(...get.pathParams.map(() => "1"));
      expect(answer).toBeDefined();
    });

    it("refuses an invalid request with an RFC 7807 problem", async () => {
      const { operations } = built.get(fixture)!;
      const post = operations.find((op) => op.method === "POST" && op.body?.kind === "json" && op.pathParams.length === 0);
      const target = post ? `${mock.url}${post.path}` : `${mock.url}/no/such/path`;
      const response = await fetch(target, { method: post ? "POST" : "GET", headers: { "content-type": "application/json", authorization: "Bearer t" }, body: post ? "[1, 2" : undefined });
      expect(response.status).toBeGreaterThanOrEqual(400);
      expect(response.status).toBeLessThan(500);
      expect(response.headers.get("content-type")).toBe("application/problem+json");
      const problem = (await response.json()) as { status: number; title: string; detail: string };
      expect(problem.status).toBe(response.status);
      expect(problem.detail.length).toBeGreaterThan(0);
    });
  });
});

describe("a third provider added as a folder", () => {
  const root = path.join(scratch, "third");
  let mock: RunningMock | undefined;
  afterAll(async () => mock?.close());

  it("is found by the generate command and the mock, and its client talks to its mock", async () => {
    mkdirSync(path.join(root, "specs/petshop"), { recursive: true });
    cpSync(path.join(repoRoot, "test/fixtures/foreign/petstore-3.0.yaml"), path.join(root, "specs/petshop/openapi.yaml"));
    writeFileSync(
      path.join(root, "specs/petshop/toolkit.yaml"),
      ["name: PetShop", "client:", "  factory: createPetShopClient", "  variable: petShop", "auth: {}", "mock:", "  port: 4300", "  portEnv: PETSHOP_MOCK_PORT", "  errors: vonage", ""].join("\n"),
    );
    const [provider] = discoverProviders(root);
    expect(provider).toMatchObject({ id: "petshop", factory: "createPetShopClient", errorFormat: "vonage", lint: "standard" });

    const generated = await runCli("commands/generate.ts", ["--root", root, "--quiet"]);
    expect(generated.stderr).toBe("");
    expect(generated.code).toBe(0);

    mock = await startMockServer({ profile: profileOf(provider!), root, port: 0 });
    const module = (await import(pathToFileURL(path.join(root, "generated/petshop/index.ts")).href)) as Record<string, (options: object) => { pets: { listPets(): Promise<unknown[]>; createPets(body: object): Promise<unknown> } }>;
    const client = module.createPetShopClient!({ baseUrl: mock.url, maxRetries: 0, validate: "responses" });
    expect(Array.isArray(await client.pets.listPets())).toBe(true);
    // The declared error format: Vonage's body, for a provider that is not Vonage.
    const refused = await client.pets.createPets({ name: 42 }).then(() => undefined, (error: { status?: number; body?: { type?: string } }) => error);
    expect(refused?.status).toBe(422);
    expect(refused?.body?.type).toMatch(/^https:\/\/developer\.vonage\.com\/api-errors/);
  });
});

describe("--spec given something that is not a usable spec", () => {
  it("names a missing file, for generate and mock, without a stack", async () => {
    for (const script of ["commands/generate.ts", "commands/mock.ts"]) {
      const result = await runCli(script, ["--spec", "no/such/spec.yaml", ...(script.endsWith("mock.ts") ? ["--port", "0"] : [])]);
      expect(result.code, script).toBe(1);
      expect(result.stderr).toMatch(/no\/such\/spec\.yaml: error \[toolkit\/spec\] cannot read the spec: ENOENT/);
      expect(result.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it("refuses a $ref out of the spec's folder with file:line:col before serving anything", async () => {
    const dir = path.join(scratch, "escape");
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      path.join(dir, "openapi.yaml"),
      'openapi: 3.1.0\ninfo: { title: Escape, version: "1" }\npaths:\n  /x:\n    get:\n      responses:\n        "200":\n          $ref: "../../../../etc/passwd"\n',
    );
    const result = await runCli("commands/mock.ts", ["--spec", path.join(dir, "openapi.yaml"), "--port", "0"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/openapi\.yaml:8:\d+: error \[ref-outside-spec\]/);
    expect(result.stdout).not.toContain("Mocks ready");
  });

  it("is a usage error next to --provider", async () => {
    const result = await runCli("commands/mock.ts", ["--spec", "x.yaml", "--provider", "telnyx"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("Use --spec or --provider, not both.");
  });
});

describe("diff --spec", () => {
  it("compares two versions of a foreign spec, with its derived method names", async () => {
    const dir = path.join(scratch, "diff");
    mkdirSync(dir, { recursive: true });
    const old = path.join(repoRoot, "test/fixtures/foreign/petstore-3.0.yaml");
    const changed = readFileSync(old, "utf8").replace("operationId: showPetById", "operationId: getPet").replace(/ {8}tag:\n {10}type: string\n {10}nullable: true\n/, "");
    writeFileSync(path.join(dir, "petstore.yaml"), changed);
    const result = await runCli("commands/diff.ts", ["--spec", path.join(dir, "petstore.yaml"), "--base", old, "--format", "json"]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(1);
    const ids = (JSON.parse(result.stdout) as { providers: Array<{ changes: Array<{ id: string; message: string }> }> }).providers[0]!.changes.map((c) => c.id);
    expect(ids).toContain("client-method-renamed");
    expect(ids).toContain("request-property-removed");
    const same = await runCli("commands/diff.ts", ["--spec", old, "--base", old]);
    expect(same.code).toBe(0);
  });
});

describe("a declared provider with resources as data", () => {
  const root = path.join(scratch, "stateful");
  let mock: RunningMock | undefined;
  afterAll(async () => mock?.close());

  it("keeps what is created and moves its status on the virtual clock, as the declaration says", async () => {
    mkdirSync(path.join(root, "specs/shop"), { recursive: true });
    cpSync(path.join(repoRoot, "test/fixtures/foreign/events-3.1.yaml"), path.join(root, "specs/shop/openapi.yaml"));
    writeFileSync(
      path.join(root, "specs/shop/toolkit.yaml"),
      [
        "name: Shop",
        "client: { factory: createShopClient, variable: shop }",
        "auth: {}",
        "mock:",
        "  port: 4301",
        "  portEnv: SHOP_MOCK_PORT",
        "  errors: problem+json",
        "  resources:",
        "    - name: order",
        "      label: order",
        "      create: POST /orders",
        "      list: /orders",
        "      item: /orders/{orderId}",
        "      idField: id",
        "      initial: { state: open }",
        "      lifecycle:",
        "        - { after: 60, set: { state: paid } }",
        "        - { after: 600, set: { state: shipped } }",
        "",
      ].join("\n"),
    );
    const [provider] = discoverProviders(root);
    expect(provider!.mockResources?.map((r) => r.name)).toEqual(["order"]);
    const generated = await runCli("commands/generate.ts", ["--root", root, "--quiet"]);
    expect(generated.code).toBe(0);
    mock = await startMockServer({ profile: profileOf(provider!), root, port: 0, stateful: true, clockScale: 0 });
    type Order = { id: string; state: string };
    const module = (await import(pathToFileURL(path.join(root, "generated/shop/index.ts")).href)) as Record<
      string,
      (options: object) => { orders: { createOrder(body: object): Promise<Order>; getOrder(id: string): Promise<Order> } }
    >;
    const shop = module.createShopClient!({ baseUrl: mock.url, maxRetries: 0, validate: "responses" });
    const created = await shop.orders.createOrder({ lines: [{ sku: "A-1", quantity: 2 }], note: null });
    expect(created.state).toBe("open");
    expect((await shop.orders.getOrder(created.id)).state).toBe("open");
    const advance = (seconds: number) =>
      fetch(`${mock!.url}/__mock/clock`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ advance: seconds }) });
    expect((await advance(61)).status).toBe(200);
    expect((await shop.orders.getOrder(created.id)).state).toBe("paid");
    await advance(600);
    expect((await shop.orders.getOrder(created.id)).state).toBe("shipped");
  });

  it("refuses a resource that would set object machinery or run code", () => {
    const base = "name: Shop\nclient: { factory: createShopClient, variable: shop }\nauth: {}\nmock:\n  port: 4301\n  portEnv: SHOP_MOCK_PORT\n  errors: problem+json\n  resources:\n";
    const refused = (resource: string) => {
      try {
        parseDeclaration(base + resource, "specs/shop/toolkit.yaml");
        return "";
      } catch (error) {
        return (error as Error).message;
      }
    };
    expect(refused("    - { name: order, label: order, item: '/orders/{id}', idField: id, initial: { __proto__: x } }\n")).toMatch(/specs\/shop\/toolkit\.yaml:\d+:\d+/);
    expect(refused("    - { name: order, label: order, item: '/orders/{id}', idField: id, initial: { state: { nested: true } } }\n")).toMatch(/must be string,number,boolean,null/);
    expect(refused("    - { name: order, label: order, item: '/orders/{id}', idField: id, lifecycle: [{ after: .inf, set: {} }] }\n")).toMatch(/lifecycle\.0\.after must be number/);
    expect(refused("    - { name: order, label: order, item: '/orders/{id}', idField: id, lifecycle: [{ after: 999999999999, set: {} }] }\n")).toMatch(/after must be <= 315360000/);
  });
});
