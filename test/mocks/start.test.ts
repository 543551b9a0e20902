// `npm start` (commands/start.ts, through commands/run.js as the script runs it), in a scratch
// copy of the repository so that generating writes nothing here: it regenerates, then both mocks
// answer; a request sent while it starts gets either no connection or the right answer, never a
// wrong one; Ctrl+C stops it with exit code 0; a broken spec stops it before any mock listens;
// --help and bad options behave as the mock's.
import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { scratchCopy } from "../support/cli.js";
import { repoRoot } from "../support/spec.js";

const TELNYX_AUTH = { authorization: "Bearer test-key" };
const VONAGE_AUTH = { authorization: `Basic ${btoa("key:secret")}` };

interface Started {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

/** `npm start -- <args>` without npm: what the script runs. */
function startCommand(cwd: string, args: string[]): Started {
  const child = spawn(process.execPath, [path.join(repoRoot, "commands/run.js"), "start", ...args], {
    cwd,
    env: { ...process.env, FORCE_COLOR: "0" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));
  const exited = once(child, "exit").then(([code]) => code as number | null);
  return { child, output: () => output, exited };
}

function ready(started: Started): Promise<void> {
  return new Promise((resolve, reject) => {
    const check = () => {
      if (started.output().includes("Mocks ready")) resolve();
    };
    started.child.stdout!.on("data", check);
    void started.exited.then((code) => reject(new Error(`npm start exited early (${code}):\n${started.output()}`)));
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

interface Answer {
  status: number;
  body: string;
}

/**
 * Sends `url` again and again from the moment the command is spawned until `stop` resolves and
 * one answer came; keeps every answer (a refused connection is no answer: nothing listens yet).
 */
async function pollDuringStart(url: string, headers: Record<string, string>, stop: Promise<unknown>): Promise<Answer[]> {
  const answers: Answer[] = [];
  let stopped = false;
  void stop.finally(() => (stopped = true));
  while (!stopped || answers.length === 0) {
    try {
      const response = await fetch(url, { headers });
      answers.push({ status: response.status, body: await response.text() });
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  }
  return answers;
}

let scratch: string;
beforeAll(() => {
  scratch = scratchCopy();
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("npm start", () => {
  it("regenerates, then serves both providers; requests sent while it starts get right answers; SIGINT stops it with 0", async () => {
    const [telnyxPort, vonagePort] = [await freePort(), await freePort()];
    const started = startCommand(scratch, ["--telnyx-port", String(telnyxPort), "--vonage-port", String(vonagePort), "--quiet"]);
    const up = ready(started);
    const early = pollDuringStart(`http://127.0.0.1:${telnyxPort}/10dlc/brand`, TELNYX_AUTH, up);
    try {
      await up;
      const output = started.output();
      // The generator's report for each provider comes first, then the mocks.
      for (const id of ["telnyx", "vonage"]) expect(output).toMatch(new RegExp(`^${id}: (\\d+ operations|unchanged)`, "m"));
      expect(output.indexOf("vonage: ")).toBeLessThan(output.indexOf("Telnyx mock: "));
      expect(output).toContain(`Telnyx mock: http://127.0.0.1:${telnyxPort}`);
      expect(output).toContain(`Vonage mock: http://127.0.0.1:${vonagePort}`);

      const reference = await fetch(`http://127.0.0.1:${telnyxPort}/10dlc/brand`, { headers: TELNYX_AUTH });
      expect(reference.status).toBe(200);
      const referenceBody = await reference.text();
      expect(JSON.parse(referenceBody)).toHaveProperty("records");
      // The first answers, from the moment the port listens, are the answer given once it is ready.
      const answers = await early;
      expect(answers.length).toBeGreaterThan(0);
      for (const answer of answers) expect(answer).toEqual({ status: 200, body: referenceBody });

      const vonage = await fetch(`http://127.0.0.1:${vonagePort}/brands`, { headers: VONAGE_AUTH });
      expect(vonage.status).toBe(200);
    } finally {
      started.child.kill("SIGINT");
    }
    expect(await started.exited).toBe(0);
    await expect(fetch(`http://127.0.0.1:${telnyxPort}/10dlc/brand`)).rejects.toThrow();
  });

  it("stops before any mock starts when a spec is broken, with file:line:col and exit code 1", async () => {
    const file = path.join(scratch, "specs/telnyx/10dlc.yaml");
    const original = readFileSync(file, "utf8");
    const dangling = "$ref: '#/components/schemas/NoSuchBrand'";
    writeFileSync(file, original.replace("$ref: '#/components/schemas/Brand'", dangling));
    try {
      expect(readFileSync(file, "utf8")).toContain(dangling);
      const started = startCommand(scratch, ["--telnyx-port", "0", "--vonage-port", "0", "--quiet"]);
      expect(await started.exited).toBe(1);
      expect(started.output()).toMatch(/10dlc\.yaml:\d+:\d+/);
      expect(started.output()).toContain("NoSuchBrand");
      expect(started.output()).not.toContain("mock: http");
      expect(started.output()).not.toMatch(/^\s+at /m);
    } finally {
      writeFileSync(file, original);
    }
  });

  it("prints its usage with the mock's options for --help, and exits 2 without generating for an unknown option", async () => {
    const help = startCommand(scratch, ["--help"]);
    expect(await help.exited).toBe(0);
    expect(help.output()).toContain("Usage: npm start [-- options]");
    for (const option of ["--provider", "--telnyx-port", "--stateless", "--control-token"]) expect(help.output()).toContain(option);

    const bogus = startCommand(scratch, ["--bogus"]);
    expect(await bogus.exited).toBe(2);
    expect(bogus.output()).toContain("Unknown option '--bogus'");
    expect(bogus.output()).not.toMatch(/^(telnyx|vonage): /m);
    expect(bogus.output()).not.toMatch(/^\s+at /m);
  });
});
