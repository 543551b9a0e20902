// The two packages as another team gets them: `npm pack`, then `npm install --offline` of the
// tarballs into scratch projects. The client package must bring little beyond its own files, work
// by package name and type-check under the NodeNext, Bundler and node10 resolution modes; the
// toolkit's bin must answer through npx and serve a mock.
//
// The scratch projects live in the system's temporary folder, not in the repository's .tmp/: Node,
// tsc and npx look for packages in every node_modules above a project, and the repository's own
// (with its workspace link to packages/clients) would answer for anything the install lacks.
import { spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startScriptedServer, type ScriptedServer } from "../support/server.js";
import { repoRoot } from "../support/spec.js";
import { installedPackages, installInto, pack, run, treeBytes, type Packed } from "./scratch-project.js";

const scratch = mkdtempSync(path.join(os.tmpdir(), "packages-test-"));
const tsc = path.join(repoRoot, "node_modules/typescript/bin/tsc");
const noStack = /^\s+at /m;

let clients: Packed;
let toolkit: Packed;

beforeAll(async () => {
  // One after the other: packing the clients builds them (prepack), which the 2 cores feel.
  clients = await pack(scratch, "telecom-openapi-clients");
  toolkit = await pack(scratch);
});

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("telecom-openapi-clients, installed from its tarball", () => {
  const app = path.join(scratch, "clients-app");
  let server: ScriptedServer;

  beforeAll(async () => {
    server = await startScriptedServer();
    const install = await installInto(app, [clients], { type: "module" });
    expect(install.stderr).not.toMatch(/ERR!|npm error/);
    expect(install.code).toBe(0);
    console.log(`npm install --offline of the client package: ${(install.milliseconds / 1000).toFixed(1)} s`);
  });

  afterAll(() => server?.close());

  it("depends on openapi-fetch and jose only, and brings at most 1 MB beyond its own files", () => {
    expect(Object.keys(clients.manifest.dependencies ?? {}).sort()).toEqual(["jose", "openapi-fetch"]);
    const own = treeBytes(path.join(app, "node_modules/telecom-openapi-clients"));
    const dependencies = treeBytes(path.join(app, "node_modules")) - own;
    const installed = installedPackages(app).filter((name) => name !== "telecom-openapi-clients");
    console.log(`client package: ${kb(own)} of its own, ${kb(dependencies)} of dependencies (${installed.join(", ")})`);
    expect(dependencies).toBeLessThanOrEqual(1024 * 1024);
    // What the toolkit needs to generate and mock stays out of a client install.
    for (const tool of ["@stoplight/prism-http", "@redocly/openapi-core", "@dprint/formatter", "@dprint/typescript", "prettier", "tsx", "openapi-typescript", "handlebars", "typescript"]) {
      expect(installed).not.toContain(tool);
    }
  });

  it("imports by package name in Node: a facade call, the matching function and its query options send the same request", async () => {
    server.handle(() => ({ body: { brandId: "b-7", displayName: "Acme" } }));
    writeFileSync(
      path.join(app, "call.js"),
      `import { createTelnyxClient } from "telecom-openapi-clients/telnyx";
import { createTelnyxConfig, messaging10dlcBrandRetrieve } from "telecom-openapi-clients/telnyx/functions";
import { createVonageClient } from "telecom-openapi-clients/vonage";
import { createVonageConfig } from "telecom-openapi-clients/vonage/functions";
import { messaging10dlcBrandRetrieveQueryOptions } from "telecom-openapi-clients/telnyx/query";
import { accountRetrieveQueryOptions } from "telecom-openapi-clients/vonage/query";
const options = { apiKey: "key-1", baseUrl: ${JSON.stringify(server.url)} };
const facade = await createTelnyxClient(options).messaging10dlc.brand.retrieve("b-7");
const single = await messaging10dlcBrandRetrieve(createTelnyxConfig(options), "b-7");
const queried = await messaging10dlcBrandRetrieveQueryOptions(createTelnyxConfig(options), "b-7").queryFn({});
console.log(JSON.stringify([facade.displayName, single.displayName, queried.displayName, typeof createVonageClient, typeof createVonageConfig, typeof accountRetrieveQueryOptions]));
`,
    );
    const result = await run(process.execPath, ["call.js"], app);
    expect(result.stderr).toBe("");
    expect(JSON.parse(result.stdout)).toEqual(["Acme", "Acme", "Acme", "function", "function", "function"]);
    expect(server.requests.map((request) => [request.method, request.url, request.headers.authorization])).toEqual([
      ["GET", "/10dlc/brand/b-7", "Bearer key-1"],
      ["GET", "/10dlc/brand/b-7", "Bearer key-1"],
      ["GET", "/10dlc/brand/b-7", "Bearer key-1"],
    ]);
  });

  const modes = [
    { module: "NodeNext", moduleResolution: "NodeNext" },
    { module: "ESNext", moduleResolution: "Bundler" },
    { module: "CommonJS", moduleResolution: "node10" },
  ];
  for (const mode of modes) {
    it(`type-checks a consumer under module ${mode.module}, moduleResolution ${mode.moduleResolution}, and refuses a wrong call`, async () => {
      writeFileSync(path.join(app, "consumer.ts"), CONSUMER);
      writeFileSync(path.join(app, "wrong.ts"), WRONG);
      const config = (file: string) => {
        const name = `tsconfig.${mode.moduleResolution}.${file}.json`;
        const compilerOptions = { ...mode, target: "ES2022", lib: ["ES2022", "DOM"], types: [], strict: true, noEmit: true, skipLibCheck: false };
        writeFileSync(path.join(app, name), JSON.stringify({ compilerOptions, files: [file] }));
        return name;
      };
      const good = await run(process.execPath, [tsc, "-p", config("consumer.ts")], app);
      expect(good.stdout + good.stderr).toBe("");
      expect(good.code).toBe(0);
      const wrong = await run(process.execPath, [tsc, "-p", config("wrong.ts")], app);
      expect(wrong.code).not.toBe(0);
      // The brand id is a string: tsc names the file, the position and the argument.
      expect(wrong.stdout).toMatch(/wrong\.ts\(4,\d+\): error TS2345: Argument of type 'number' is not assignable to parameter of type 'string'/);
    });
  }
});

describe("telecom-openapi-toolkit, installed from its tarball", () => {
  const app = path.join(scratch, "toolkit-app");
  const npx = (args: string[]) => run("npx", ["--offline", "telecom-openapi-toolkit", ...args], app);

  beforeAll(async () => {
    const install = await installInto(app, [toolkit]);
    expect(install.stderr).not.toMatch(/ERR!|npm error/);
    expect(install.code).toBe(0);
    console.log(
      `npm install --offline of the toolkit: ${(install.milliseconds / 1000).toFixed(1)} s, ` +
        `${installedPackages(app).length} packages, ${(treeBytes(path.join(app, "node_modules")) / 1024 / 1024).toFixed(1)} MB in node_modules`,
    );
  });

  it("npx telecom-openapi-toolkit --help lists every command", async () => {
    const result = await npx(["--help"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Usage: telecom-openapi-toolkit <command> [options]");
    for (const name of ["generate", "mock", "diff", "changelog", "docs", "drift", "proxy"]) expect(result.stdout).toMatch(new RegExp(`^  ${name} +\\S`, "m"));
  });

  it("npx telecom-openapi-toolkit <command> --help prints that command's usage and exits 0", async () => {
    for (const name of ["generate", "mock", "diff", "changelog", "docs"]) {
      const result = await npx([name, "--help"]);
      expect(result.code, name).toBe(0);
      expect(result.stdout, name).toContain(`Usage: telecom-openapi-toolkit ${name} [options]`);
      expect(result.stdout, name).toContain("--help");
      expect(result.stderr, name).not.toMatch(noStack);
    }
  });

  it("an unknown command or a flag before the command exits 2 with the list of commands, without a stack", async () => {
    for (const args of [["bogus"], ["--bogus"], [], ["__proto__"]]) {
      const result = await npx(args);
      expect(result.code, args.join(" ")).toBe(2);
      expect(result.stderr).toContain("Usage: telecom-openapi-toolkit <command> [options]");
      expect(result.stderr).not.toMatch(noStack);
      expect(result.stdout).toBe("");
    }
    expect((await npx(["bogus"])).stderr).toContain('Unknown command "bogus".');
  });

  it("an unknown flag of a command exits 2 with the command's usage", async () => {
    const result = await npx(["diff", "--bogus"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("Unknown option '--bogus'");
    expect(result.stderr).toContain("Usage: telecom-openapi-toolkit diff [options]");
    expect(result.stderr).not.toMatch(noStack);
  });

  it("the installed mock serves the curated spec it ships, in a project that has none", async () => {
    // The bin npx runs, started directly so that the signal reaches it.
    const child = spawn(path.join(app, "node_modules/.bin/telecom-openapi-toolkit"), ["mock", "--provider", "telnyx", "--telnyx-port", "0", "--quiet"], {
      cwd: app,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    const ready = new Promise<void>((resolve, reject) => {
      const read = (chunk: Buffer) => {
        output += chunk;
        if (output.includes("Mocks ready")) resolve();
      };
      child.stdout.on("data", read);
      child.stderr.on("data", read);
      child.once("exit", (code) => reject(new Error(`the mock exited early (${code}):\n${output}`)));
    });
    try {
      await ready;
      expect(output).toContain(path.join("node_modules", "telecom-openapi-toolkit", "generated", "telnyx", "openapi.json"));
      const url = /Telnyx mock: (http:\/\/\S+)/.exec(output)?.[1];
      const answer = await fetch(`${url}/10dlc/brand`, { headers: { Authorization: "Bearer test-key" } });
      expect(answer.status).toBe(200);
      expect(await answer.json()).toHaveProperty("records");
    } finally {
      const exited = once(child, "exit");
      child.kill("SIGTERM");
      const [code] = await exited;
      expect(code).toBe(0);
    }
  });
});

function kb(bytes: number): string {
  return `${Math.round(bytes / 1024)} KB`;
}

const CONSUMER = `import { createTelnyxClient, NotFoundError, responseValidation } from "telecom-openapi-clients/telnyx";
import { messaging10dlcBrandRetrieve as brandValidator } from "telecom-openapi-clients/telnyx/validators";
import { createTelnyxConfig, messaging10dlcBrandRetrieve, type Messaging10dlcBrandRetrieveResponse } from "telecom-openapi-clients/telnyx/functions";
import { createVonageClient } from "telecom-openapi-clients/vonage";
import { createVonageConfig } from "telecom-openapi-clients/vonage/functions";
import { messaging10dlcBrandRetrieveQueryOptions } from "telecom-openapi-clients/telnyx/query";
import { accountRetrieveQueryOptions } from "telecom-openapi-clients/vonage/query";

export const brandKey: readonly unknown[] = messaging10dlcBrandRetrieveQueryOptions(createTelnyxConfig(), "b-1").queryKey;
export const accountQuery = accountRetrieveQueryOptions(createVonageConfig());
export const validated = createTelnyxConfig({ validateResponse: responseValidation({ messaging10dlcBrandRetrieve: brandValidator }) });

export async function brandName(id: string): Promise<string | undefined> {
  try {
    const brand = await createTelnyxClient({ apiKey: "key" }).messaging10dlc.brand.retrieve(id);
    const same: Messaging10dlcBrandRetrieveResponse = await messaging10dlcBrandRetrieve(createTelnyxConfig({ apiKey: "key" }), id);
    return brand.displayName ?? same.displayName;
  } catch (error) {
    if (error instanceof NotFoundError) return undefined;
    throw error;
  }
}

export const vonage = [createVonageClient({ apiKey: "k", apiSecret: "s" }), createVonageConfig({ apiKey: "k", apiSecret: "s" })] as const;
`;

const WRONG = `import { createTelnyxConfig, messaging10dlcBrandRetrieve } from "telecom-openapi-clients/telnyx/functions";

const telnyx = createTelnyxConfig({ apiKey: "key" });
export const brand = messaging10dlcBrandRetrieve(telnyx, 42);
`;
