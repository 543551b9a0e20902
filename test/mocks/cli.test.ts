// `npm run mock` as a user runs it: both servers come up (readiness read from its output, never
// slept for), answer with credentials, and SIGTERM/SIGINT stop everything with exit code 0.
import { once } from "node:events";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runCli, spawnCli } from "../support/cli.js";

async function startCli(args: string[]) {
  const child = spawnCli("commands/mock.ts", args);
  let output = "";
  child.stderr!.on("data", (chunk) => (output += chunk));
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on("data", (chunk) => {
      output += chunk;
      if (output.includes("Mocks ready")) resolve();
    });
    child.once("exit", (code) => reject(new Error(`mock CLI exited early (${code}):\n${output}`)));
  });
  const url = (name: string) => new RegExp(`${name} mock: (http://\\S+)`).exec(output)?.[1];
  return { child, output: () => output, telnyx: url("Telnyx"), vonage: url("Vonage") };
}

describe("npm run mock", () => {
  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    it(`serves both providers, prints URLs and a curl line, and stops on ${signal}`, async () => {
      const cli = await startCli(["--telnyx-port", "0", "--vonage-port", "0", "--quiet"]);
      expect(cli.telnyx).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(cli.vonage).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(cli.output()).toContain("try: curl");

      const telnyx = await fetch(`${cli.telnyx}/10dlc/brand`, { headers: { Authorization: "Bearer test-key" } });
      expect(telnyx.status).toBe(200);
      expect(telnyx.headers.get("content-type")).toContain("application/json");
      const vonage = await fetch(`${cli.vonage}/brands`, { headers: { Authorization: `Basic ${btoa("key:secret")}` } });
      expect(vonage.status).toBe(200);

      const exited = once(cli.child, "exit");
      cli.child.kill(signal);
      const [code] = await exited;
      expect(code).toBe(0);
      // Nothing keeps listening once the process is gone.
      await expect(fetch(`${cli.telnyx}/10dlc/brand`)).rejects.toThrow();
    });
  }

  it("exits 2 with a clear message for a bad port", async () => {
    const child = spawnCli("commands/mock.ts", ["--telnyx-port", "http"]);
    let stderr = "";
    child.stderr!.on("data", (chunk) => (stderr += chunk));
    const [code] = await once(child, "exit");
    expect(code).toBe(2);
    expect(stderr).toContain('Invalid port for telnyx: "http"');
  });

  it("prints its usage for --help and -h and exits 0", async () => {
    for (const flag of ["--help", "-h"]) {
      const result = await runCli("commands/mock.ts", [flag]);
      expect(result.code).toBe(0);
      expect(result.stdout).toContain("Usage: npm run mock -- [options]");
      for (const option of ["--cors-origin", "--allow-host", "--control-token", "--webhook-allow", "--header-timeout", "--request-timeout", "--max-connections"]) {
        expect(result.stdout).toContain(option);
      }
    }
  });

  it("exits 2 with the reason and the usage, without a stack trace, for an unknown or bad option", async () => {
    const unknown = await runCli("commands/mock.ts", ["--bogus"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("Unknown option '--bogus'");
    expect(unknown.stderr).toContain("Usage: npm run mock");
    expect(unknown.stderr).not.toMatch(/^\s+at /m);
    const foreignHook = await runCli("commands/mock.ts", ["--webhook-url", "http://hooks.example.com/in"]);
    expect(foreignHook.code).toBe(2);
    expect(foreignHook.stderr).toContain("--webhook-url http://hooks.example.com/in:");
    const badTimeout = await runCli("commands/mock.ts", ["--header-timeout", "soon"]);
    expect(badTimeout.code).toBe(2);
    expect(badTimeout.stderr).toContain('--header-timeout takes a duration from 100ms to 3600s (e.g. "10s" or "500ms"), not "soon".');
  });

  it("exits 2 naming the file and the reason, without a stack trace, for fixtures it cannot load", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "mock-fixtures-"));
    const write = (name: string, text: string) => {
      writeFileSync(path.join(dir, name), text);
      return path.join(dir, name);
    };
    const cases: Array<[file: string, expected: string]> = [
      [write("no-id.json", '{"telnyx": {"brand": [{"displayName": "No Id Co"}]}}'), "no-id.json: brand[0] has no brandId"],
      [write("proto.json", '{"telnyx": {"__proto__": {}}}'), 'proto.json: Fixtures may not contain a "__proto__" key'],
      [write("syntax.json", '{\n  "telnyx": {\n    "brand": [ }\n}'), "syntax.json:3:16: not valid JSON"],
      [write("list.json", "[]"), "list.json: fixtures must be a JSON object keyed by provider"],
      [write("typo.json", '{"telnix": {}}'), 'typo.json: unknown provider "telnix"'],
    ];
    for (const [file, expected] of cases) {
      const result = await runCli("commands/mock.ts", ["--provider", "telnyx", "--telnyx-port", "0", "--quiet", "--fixtures", file]);
      expect(result.code, file).toBe(2);
      expect(result.stderr).toContain(expected);
      expect(result.stderr).not.toMatch(/^\s+at /m);
      expect(result.stdout).not.toContain("Mocks ready");
    }
  });

  it("exits 2 for a --clock-scale that is not a plain number from 0 to 1000000", async () => {
    for (const scale of ["0x10", "", "1e7"]) {
      const result = await runCli("commands/mock.ts", ["--provider", "telnyx", "--telnyx-port", "0", "--quiet", `--clock-scale=${scale}`]);
      expect(result.code, scale).toBe(2);
      expect(result.stderr).toContain(`--clock-scale takes a number from 0 to 1000000, not "${scale}".`);
      expect(result.stderr).not.toMatch(/^\s+at /m);
    }
  });

  it("guards the control API with --control-token", async () => {
    const cli = await startCli(["--provider", "telnyx", "--telnyx-port", "0", "--quiet", "--control-token", "tok-123", "--header-timeout", "2s"]);
    try {
      expect(cli.output()).toContain("token required");
      expect((await fetch(`${cli.telnyx}/__mock/requests`)).status).toBe(401);
      expect((await fetch(`${cli.telnyx}/__mock/requests`, { headers: { "X-Mock-Token": "tok-123" } })).status).toBe(200);
    } finally {
      const exited = once(cli.child, "exit");
      cli.child.kill("SIGTERM");
      await exited;
    }
  });
});
