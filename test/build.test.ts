// Packaging: `npm run build` (tsconfig.build.json) compiles the generated clients to ESM and .d.ts
// for the client package; every file its exports map names exists, and its entry points (facades,
// per-operation functions, TanStack Query options, validators) import by package name and work
// from plain Node. test/packages/pack.test.ts installs the packed tarballs into a scratch project.
//
// The build goes into a package folder of its own under .tmp/ rather than packages/clients/dist:
// the pack test rebuilds that folder when it packs, possibly at the same time. Node still finds
// openapi-fetch and jose in the repository's node_modules above it.
import { execFile } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startScriptedServer, type ScriptedServer } from "./support/server.js";
import { repoRoot } from "./support/spec.js";

const scratch = path.join(repoRoot, ".tmp/build-test");
const packageDir = path.join(scratch, "node_modules/telecom-openapi-clients");

const run = (args: string[], input?: string) =>
  new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    const child = execFile(process.execPath, args, { cwd: scratch }, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
    if (input !== undefined) child.stdin!.end(input);
  });

let server: ScriptedServer;
beforeAll(async () => {
  rmSync(scratch, { recursive: true, force: true });
  mkdirSync(packageDir, { recursive: true });
  copyFileSync(path.join(repoRoot, "packages/clients/package.json"), path.join(packageDir, "package.json"));
  server = await startScriptedServer();
});
afterAll(async () => {
  await server.close();
  rmSync(scratch, { recursive: true, force: true });
});

type Exports = Record<string, string | { types: string; default: string }>;

describe("npm run build", () => {
  it("emits ESM and declarations whose entry points import by package name", async () => {
    const tsc = path.join(repoRoot, "node_modules/typescript/bin/tsc");
    const build = await run([tsc, "-p", path.join(repoRoot, "tsconfig.build.json"), "--outDir", path.join(packageDir, "dist")]);
    expect(build.stdout + build.stderr).toBe("");
    const { exports } = JSON.parse(readFileSync(path.join(packageDir, "package.json"), "utf8")) as { exports: Exports };
    const files = Object.values(exports).flatMap((target) => (typeof target === "string" ? [target] : [target.types, target.default]));
    expect(files.length).toBeGreaterThanOrEqual(16); // four subpaths per provider, types and code each
    for (const file of files) expect(existsSync(path.join(packageDir, file)), file).toBe(true);
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
      console.log(JSON.stringify({ brandId: brand.brandId, same: same.brandId, queried: queried.brandId, key: query.queryKey, refused, vonageValidators: typeof vonageValidators.brandsRetrieve.validate, vonage: [typeof createVonageClient, typeof createVonageConfig, typeof accountRetrieveQueryOptions], error: typeof NotFoundError }));
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
