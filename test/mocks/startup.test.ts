// What a mock does before its first answer, and what it leaves for later: faker (Prism's dynamic
// mode only) is not loaded at start, in-process or as `npm run mock` runs it (from a bundle of the
// sources), yet a dynamic answer that asks faker for a value still gets one from the real faker.
import { spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtempSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
// The server first, as an application imports it: it must install faker's stand-in itself.
import { startMockServer, type RunningMock } from "../../mocks/server.js";
import { repoRoot } from "../support/spec.js";
import { declaredProfile } from "../../mocks/providers/index.js";
import { fakerLoaded } from "../../mocks/prism/defer-faker.js";

const require = createRequire(import.meta.url);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** A spec whose answer has one property made by faker (json-schema-faker's x-faker keyword). */
function writeSpec(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "mock-startup-"));
  const file = path.join(dir, "openapi.json");
  const document = {
    openapi: "3.0.3",
    info: { title: "Faker check", version: "1" },
    servers: [{ url: "http://localhost" }],
    paths: {
      "/tokens": {
        get: {
          operationId: "getToken",
          responses: {
            "200": {
              description: "A token",
              content: {
                "application/json": {
                  schema: { type: "object", required: ["id"], properties: { id: { type: "string", "x-faker": "datatype.uuid" } } },
                  example: { id: "static" },
                },
              },
            },
          },
        },
      },
    },
  };
  writeFileSync(file, JSON.stringify(document));
  return file;
}

/** Files of faker's locales in node's module cache: 58 locales' worth once the full faker is loaded. */
function fakerLocaleFiles(): number {
  return Object.keys(require.cache).filter((file) => file.includes(`${path.sep}@faker-js${path.sep}faker${path.sep}dist${path.sep}cjs${path.sep}locales${path.sep}`)).length;
}

describe("mock start-up", () => {
  let mock: RunningMock;
  beforeAll(async () => {
    const specFile = writeSpec();
    const profile = declaredProfile({ id: "faker-check", name: "Faker check", specFile, port: 0, portEnv: "FAKER_CHECK_PORT", errorFormat: "problem+json" });
    mock = await startMockServer({ profile, port: 0 });
  });
  afterAll(() => mock?.close());

  it("listens without having loaded faker or its locales", async () => {
    const answer = await fetch(`${mock.url}/tokens`);
    expect(answer.status).toBe(200);
    expect(await answer.json()).toEqual({ id: "static" });
    expect(fakerLoaded()).toBe(false);
    expect(fakerLocaleFiles()).toBe(0);
  });

  it("answers a dynamic request from the real faker, loaded on that first use", async () => {
    const answer = await fetch(`${mock.url}/tokens`, { headers: { prefer: "dynamic=true" } });
    expect(answer.status).toBe(200);
    const body = (await answer.json()) as { id: string };
    expect(body.id).toMatch(UUID);
    expect(fakerLoaded()).toBe(true);
    // The real faker, every locale included, as Prism always had it.
    expect(fakerLocaleFiles()).toBeGreaterThan(50);
    const again = (await (await fetch(`${mock.url}/tokens`, { headers: { prefer: "dynamic=true" } })).json()) as { id: string };
    expect(again.id).toMatch(UUID);
    expect(again.id).not.toBe(body.id);
  });
});

/**
 * A module preloaded into the mock command's process: once it prints "Mocks ready", it writes how
 * many of faker's locale files node has loaded and ends the process.
 */
function writeLocaleCounter(): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "mock-startup-")), "count-faker.mjs");
  writeFileSync(
    file,
    `import { createRequire } from "node:module";
const require = createRequire(import.meta.url);
const write = process.stdout.write.bind(process.stdout);
process.stdout.write = (chunk, ...rest) => {
  const written = write(chunk, ...rest);
  if (String(chunk).includes("Mocks ready")) {
    const locales = Object.keys(require.cache).filter((file) => /[\\\\/]@faker-js[\\\\/]faker[\\\\/]dist[\\\\/]cjs[\\\\/]locales[\\\\/]/.test(file)).length;
    process.stderr.write("faker locale files: " + locales + "\\n");
    process.exit(0);
  }
  return written;
};
`,
  );
  return file;
}

describe("npm run mock (node commands/run.js mock)", () => {
  it("listens without having loaded faker's locales, also when it runs from a bundle of the sources", async () => {
    const child = spawn(process.execPath, ["--import", writeLocaleCounter(), path.join(repoRoot, "commands/run.js"), "mock", "--provider", "vonage", "--vonage-port", "0", "--quiet"], {
      cwd: repoRoot,
      env: { ...process.env, FORCE_COLOR: "0" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout!.on("data", (chunk) => (output += chunk));
    child.stderr!.on("data", (chunk) => (output += chunk));
    const [code] = await once(child, "exit");
    expect(output).toContain("Vonage mock: http://127.0.0.1:");
    expect(code, output).toBe(0);
    expect(output).toContain("faker locale files: 0");
  });
});
