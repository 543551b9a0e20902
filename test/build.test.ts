// Packaging: `npm run build` compiles the generated clients into packages/clients/dist (ESM +
// .d.ts), and the client package's entry points (the facades and the per-operation functions)
// import by package name and work from plain Node. test/packages/pack.test.ts installs the packed
// tarballs into a scratch project.
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
    const dist = path.join(repoRoot, "packages/clients/dist");
    for (const id of ["telnyx", "vonage"]) {
      for (const file of [`${id}/index.js`, `${id}/index.d.ts`, `${id}/functions.js`, `${id}/functions.d.ts`]) {
        expect(existsSync(path.join(dist, file)), file).toBe(true);
      }
    }
    expect(existsSync(path.join(dist, "runtime/transport.js"))).toBe(true);
    server.handle(() => ({ body: { brandId: "b-1" } }));
    const script = `
      const { createTelnyxClient, NotFoundError } = await import("telecom-openapi-clients/telnyx");
      const { createTelnyxConfig, messaging10dlcBrandRetrieve } = await import("telecom-openapi-clients/telnyx/functions");
      const { createVonageClient } = await import("telecom-openapi-clients/vonage");
      const { createVonageConfig } = await import("telecom-openapi-clients/vonage/functions");
      const options = { apiKey: "k", baseUrl: ${JSON.stringify(server.url)} };
      const brand = await createTelnyxClient(options).messaging10dlc.brand.retrieve("b-1");
      const same = await messaging10dlcBrandRetrieve(createTelnyxConfig(options), "b-1");
      console.log(JSON.stringify({ brandId: brand.brandId, same: same.brandId, vonage: [typeof createVonageClient, typeof createVonageConfig], error: typeof NotFoundError }));
    `;
    const result = await run(["--input-type=module", "-"], script);
    expect(result.stderr).toBe("");
    expect(JSON.parse(result.stdout)).toEqual({ brandId: "b-1", same: "b-1", vonage: ["function", "function"], error: "function" });
    expect(server.requests.map((request) => request.headers.authorization)).toEqual(["Bearer k", "Bearer k"]);
  });
});
