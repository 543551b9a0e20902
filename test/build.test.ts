// Packaging: `npm run build` compiles the generated clients to dist/ (ESM + .d.ts), and the
// package's `./telnyx` and `./vonage` entry points import and work from plain Node.
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startScriptedServer, type ScriptedServer } from "./support/server.js";
import { repoRoot } from "./support/spec.js";

const run = (args: string[], input?: string) =>
  new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    const child = execFile(process.execPath, args, { cwd: repoRoot }, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
    if (input !== undefined) child.stdin!.end(input);
  });

let server: ScriptedServer;
beforeAll(async () => {
  server = await startScriptedServer();
});
afterAll(() => server.close());

describe("npm run build", () => {
  it("emits ESM and declarations whose entry points import by package name", async () => {
    const build = await run([path.join(repoRoot, "node_modules/typescript/bin/tsc"), "-p", "tsconfig.build.json"]);
    expect(build.stdout + build.stderr).toBe("");
    for (const file of ["telnyx/index.js", "telnyx/index.d.ts", "vonage/index.js", "vonage/index.d.ts", "runtime/transport.js"]) {
      expect(existsSync(path.join(repoRoot, "dist", file)), file).toBe(true);
    }
    server.handle(() => ({ body: { brandId: "b-1" } }));
    const script = `
      const { createTelnyxClient, NotFoundError } = await import("telecom-openapi-toolkit/telnyx");
      const { createVonageClient } = await import("telecom-openapi-toolkit/vonage");
      const telnyx = createTelnyxClient({ apiKey: "k", baseUrl: ${JSON.stringify(server.url)} });
      const brand = await telnyx.messaging10dlc.brand.retrieve("b-1");
      console.log(JSON.stringify({ brandId: brand.brandId, vonage: typeof createVonageClient, error: typeof NotFoundError }));
    `;
    const result = await run(["--input-type=module", "-"], script);
    expect(result.stderr).toBe("");
    expect(JSON.parse(result.stdout)).toEqual({ brandId: "b-1", vonage: "function", error: "function" });
    expect(server.requests[0]?.headers.authorization).toBe("Bearer k");
  });
});
