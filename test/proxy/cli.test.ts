// `npm run proxy` as CI runs it: started, sent traffic, stopped with a signal; the report files
// written at shutdown and, with --ci, the exit code saying whether anything violated the spec.
import type { ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { ReportData } from "../../mocks/proxy/report.js";
import { runCli, spawnCli } from "../support/cli.js";
import { bundledSpec, exampleOf, startFakeUpstream, type FakeUpstream } from "./fake-upstream.js";

const SCRIPT = "commands/proxy.ts";
const brand = exampleOf(bundledSpec("telnyx"), "/10dlc/brand/{brandId}", "get");
const upstreams: FakeUpstream[] = [];
afterEach(async () => {
  await Promise.all(upstreams.splice(0).map((upstream) => upstream.close()));
});

interface Run {
  child: ChildProcess;
  url: string;
  output: () => string;
}

async function startCli(args: string[]): Promise<Run> {
  const child = spawnCli(SCRIPT, args);
  let output = "";
  child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
  child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
  const url = await new Promise<string>((resolve, reject) => {
    const onData = () => {
      const match = /validating proxy: (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (match) resolve(match[1]!);
    };
    child.stdout!.on("data", onData);
    child.once("exit", (code) => reject(new Error(`proxy exited early (${code}): ${output}`)));
  });
  return { child, url, output: () => output };
}

function stop(run: Run, signal: NodeJS.Signals = "SIGTERM"): Promise<number | null> {
  return new Promise((resolve) => {
    run.child.once("exit", (code) => resolve(code));
    run.child.kill(signal);
  });
}

async function fakeTelnyx(): Promise<FakeUpstream> {
  const upstream = await startFakeUpstream("/v2", {
    "GET /v2/10dlc/brand/good": { status: 200, body: brand },
    "GET /v2/10dlc/brand/bad": { status: 200, body: { ...brand, entityType: "PIRATE" } },
  });
  upstreams.push(upstream);
  return upstream;
}

const secret = { authorization: "Bearer sk-SECRET" };

describe("npm run proxy --ci", () => {
  it("exits 0 after conformant traffic, and writes an empty report", async () => {
    const upstream = await fakeTelnyx();
    const dir = mkdtempSync(path.join(os.tmpdir(), "proxy-cli-"));
    const run = await startCli(["--provider", "telnyx", "--target", upstream.url, "--port", "0", "--ci", "--report", path.join(dir, "contract")]);
    expect((await fetch(`${run.url}/v2/10dlc/brand/good?api_key=SECRET`, { headers: secret })).status).toBe(200);
    expect(await stop(run)).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(["contract.json", "contract.md", "contract.xml"]);
    const data = JSON.parse(readFileSync(path.join(dir, "contract.json"), "utf8")) as ReportData;
    expect(data.exchanges).toBe(1);
    expect(data.violations).toEqual([]);
    expect(run.output()).not.toContain("SECRET");
  });

  it("exits 1 after a violation (on SIGINT too), with the violation in the JUnit file", async () => {
    const upstream = await fakeTelnyx();
    const dir = mkdtempSync(path.join(os.tmpdir(), "proxy-cli-"));
    const junit = path.join(dir, "contract.xml");
    const run = await startCli(["--provider", "telnyx", "--target", upstream.url, "--port", "0", "--ci", "--report", junit]);
    await (await fetch(`${run.url}/v2/10dlc/brand/bad`, { headers: secret })).arrayBuffer();
    expect(await stop(run, "SIGINT")).toBe(1);
    expect(readdirSync(dir)).toEqual(["contract.xml"]);
    const xml = readFileSync(junit, "utf8");
    expect(xml).toContain('<failure message="/response/body/entityType ');
    expect(xml).not.toContain("SECRET");
  });

  it("stops on POST /__proxy/stop as on a signal (npm run does not always pass signals on)", async () => {
    const upstream = await fakeTelnyx();
    const run = await startCli(["--provider", "telnyx", "--target", upstream.url, "--port", "0", "--ci"]);
    await (await fetch(`${run.url}/v2/10dlc/brand/bad`, { headers: secret })).arrayBuffer();
    const exited = new Promise<number | null>((resolve) => run.child.once("exit", (code) => resolve(code)));
    const response = await fetch(`${run.url}/__proxy/stop`, { method: "POST" });
    expect(response.status).toBe(202);
    expect(await exited).toBe(1);
    expect(run.output()).toContain("POST /__proxy/stop: 1 exchanges, 1 distinct violations");
  });

  it("exits 0 after a violation without --ci", async () => {
    const upstream = await fakeTelnyx();
    const run = await startCli(["--provider", "telnyx", "--target", upstream.url, "--port", "0"]);
    await (await fetch(`${run.url}/v2/10dlc/brand/bad`, { headers: secret })).arrayBuffer();
    expect(await stop(run)).toBe(0);
    expect(run.output()).toContain("1 exchanges, 1 distinct violations");
  });
});

describe("usage errors", () => {
  it.each([
    [["--provider", "telnyx"], "--target is required"],
    [["--target", "http://127.0.0.1:1/v2"], "--provider is required"],
    [["--provider", "acme", "--target", "http://127.0.0.1:1/v2"], "Unknown provider: acme"],
    [["--provider", "telnyx", "--target", "file:///etc/passwd"], "--target must be an http or https URL"],
    [["--provider", "telnyx", "--target", "not a url"], "not a URL"],
    [["--provider", "telnyx", "--target", "http://127.0.0.1:1/v2", "--port", "99999"], "--port 99999"],
    [["--provider", "telnyx", "--target", "http://127.0.0.1:1/v2", "--bogus"], "Unknown option '--bogus'"],
  ])("%j exits 2 with the problem and the usage", async (args, problem) => {
    const result = await runCli(SCRIPT, args);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(problem);
    expect(result.stderr).toContain("Usage: npm run proxy --");
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});
