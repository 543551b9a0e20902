// `npm run mock` as a user runs it: both servers come up (readiness read from its output, never
// slept for), answer with credentials, and SIGTERM/SIGINT stop everything with exit code 0.
import { once } from "node:events";
import { describe, expect, it } from "vitest";
import { spawnCli } from "../support/cli.js";

async function startCli(args: string[]) {
  const child = spawnCli("mocks/cli.ts", args);
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
    const child = spawnCli("mocks/cli.ts", ["--telnyx-port", "http"]);
    let stderr = "";
    child.stderr!.on("data", (chunk) => (stderr += chunk));
    const [code] = await once(child, "exit");
    expect(code).toBe(2);
    expect(stderr).toContain('Invalid port for telnyx: "http"');
  });
});
