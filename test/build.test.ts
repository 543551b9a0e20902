// Packaging: `npm run build` compiles the generated clients into packages/clients/dist (ESM +
// .d.ts), and the client package's entry points (the facades, the per-operation functions and the
// TanStack Query options) import by package name and work from plain Node. test/packages/pack.test.ts installs the packed
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
      for (const file of [`${id}/index.js`, `${id}/index.d.ts`, `${id}/functions.js`, `${id}/functions.d.ts`, `${id}/query.js`, `${id}/query.d.ts`, `${id}/validators.js`, `${id}/validators.d.ts`]) {
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
      const { messaging10dlcBrandRetrieveQueryOptions } = await import("telecom-openapi-clients/telnyx/query");
      const { accountRetrieveQueryOptions } = await import("telecom-openapi-clients/vonage/query");
      const { responseValidation } = await import("telecom-openapi-clients/telnyx");
      const validators = await import("telecom-openapi-clients/telnyx/validators");
      const { responseValidators: vonageValidators } = await import("telecom-openapi-clients/vonage/validators");
      const options = { apiKey: "k", baseUrl: ${JSON.stringify(server.url)} };
      const brand = await createTelnyxClient(options).messaging10dlc.brand.retrieve("b-1");
      const same = await messaging10dlcBrandRetrieve(createTelnyxConfig(options), "b-1");
      const query = messaging10dlcBrandRetrieveQueryOptions(createTelnyxConfig(options), "b-1");
      const queried = await query.queryFn({});
      // The scripted answer lacks the brand's required fields: a validating config refuses it.
      const strict = createTelnyxConfig({ ...options, validateResponse: responseValidation({ messaging10dlcBrandRetrieve: validators.messaging10dlcBrandRetrieve }) });
      const refused = await messaging10dlcBrandRetrieve(strict, "b-1").then(() => "accepted", (error) => error.name);
      console.log(JSON.stringify({ brandId: brand.brandId, same: same.brandId, queried: queried.brandId, key: query.queryKey, refused, vonageValidators: typeof vonageValidators.brandsRetrieve, vonage: [typeof createVonageClient, typeof createVonageConfig, typeof accountRetrieveQueryOptions], error: typeof NotFoundError }));
    `;
    const result = await run(["--input-type=module", "-"], script);
    expect(result.stderr).toBe("");
    expect(JSON.parse(result.stdout)).toEqual({
      brandId: "b-1",
      same: "b-1",
      queried: "b-1",
      key: ["telnyx", "messaging10dlc", "brand", "retrieve", { brandId: "b-1" }],
      refused: "ResponseValidationError",
      vonageValidators: "function",
      vonage: ["function", "function", "function"],
      error: "function",
    });
    expect(server.requests.map((request) => [request.url, request.headers.authorization])).toEqual([
      ["/10dlc/brand/b-1", "Bearer k"],
      ["/10dlc/brand/b-1", "Bearer k"],
      ["/10dlc/brand/b-1", "Bearer k"],
      ["/10dlc/brand/b-1", "Bearer k"],
    ]);
  });
});
