// Tree shaking, proved on the bundle itself rather than by its size: a browser app that imports
// one function is bundled with esbuild as a consumer would, and the code of everything it does
// not use must be absent (other operations, pagination, webhooks, uploads, the debug log,
// openapi-fetch). The facade app is the control: the same markers are found in it, so their
// absence elsewhere means something.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { build } from "esbuild";
import { afterAll, describe, expect, it } from "vitest";
import { repoRoot } from "../support/spec.js";

const dir = path.join(repoRoot, ".tmp", `tree-shaking-${process.pid}`);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Bundles an app (ESM, browser, not minified so names stay readable) and returns its chunks' text, entry first. */
async function bundle(name: string, source: string): Promise<{ main: string; chunks: string[] }> {
  mkdirSync(dir, { recursive: true });
  const entry = path.join(dir, `${name}.ts`);
  writeFileSync(entry, source.replaceAll("@generated", path.join(repoRoot, "generated")));
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    splitting: true,
    outdir: path.join(dir, `out-${name}`),
    write: false,
    logLevel: "silent",
  });
  const texts = result.outputFiles.map((file) => ({ path: file.path, text: file.text }));
  const main = texts.find((file) => path.basename(file.path) === `${name}.js`)!;
  return { main: main.text, chunks: texts.filter((file) => file !== main).map((file) => file.text) };
}

/** A piece of code only the named feature carries: a string or a name that survives bundling. */
const markers = {
  "other operations": "/10dlc/campaign",
  pagination: "has no x-pagination",
  "webhook verification": "telnyx-signature-ed25519",
  "multipart uploads": "function toFormData",
  "file downloads": "content-disposition",
  "debug log": "function describeRequest",
  "openapi-fetch": "onRequest: must return new Request()",
};

const oneCall = `
  import { createTelnyxConfig, messaging10dlcBrandRetrieve } from "@generated/telnyx/functions.js";
  const telnyx = createTelnyxConfig({ apiKey: "key", baseUrl: "/api" });
  messaging10dlcBrandRetrieve(telnyx, "b-1").then((brand) => console.log(brand.displayName));
`;

describe("a one-call app bundles only what one call needs", () => {
  it("the facade app carries every marker (the control)", async () => {
    const { main } = await bundle(
      "facade",
      `import { createTelnyxClient } from "@generated/telnyx/index.js";
       const telnyx = createTelnyxClient({ apiKey: "key", baseUrl: "/api" });
       telnyx.messaging10dlc.brand.retrieve("b-1").then((brand) => console.log(brand.displayName));`,
    );
    for (const [feature, marker] of Object.entries(markers)) expect(main.includes(marker), feature).toBe(true);
  });

  it("the one-call functions app has the call, its credentials and error mapping, and none of the rest", async () => {
    const { main } = await bundle("one-call", oneCall);
    for (const needed of ["/10dlc/brand/{brandId}", "X-Retry-Count", "Bearer ", "AuthenticationError", "is not valid JSON"]) {
      expect(main, needed).toContain(needed);
    }
    for (const [feature, marker] of Object.entries(markers)) expect(main.includes(marker), feature).toBe(false);
  });

  it("a list call brings pagination, and still no webhooks, uploads or other operations", async () => {
    const { main } = await bundle(
      "list-call",
      `import { createTelnyxConfig, messaging10dlcBrandList } from "@generated/telnyx/functions.js";
       for await (const brand of messaging10dlcBrandList(createTelnyxConfig({ baseUrl: "/api" }))) console.log(brand.brandId);`,
    );
    expect(main).toContain(markers.pagination);
    for (const feature of ["webhook verification", "multipart uploads", "other operations", "openapi-fetch"] as const) {
      expect(main.includes(markers[feature]), feature).toBe(false);
    }
  });

  it("a Vonage call loads jose for JWTs in a chunk of its own, only when a JWT is minted", async () => {
    const { main, chunks } = await bundle(
      "vonage-call",
      `import { createVonageConfig, brandsRetrieve } from "@generated/vonage/functions.js";
       brandsRetrieve(createVonageConfig({ baseUrl: "/api" }), "b-1").then((brand) => console.log(brand));`,
    );
    expect(main).toContain('import("');
    expect(main).not.toContain("class SignJWT");
    expect(chunks.some((chunk) => chunk.includes("SignJWT"))).toBe(true);
  });
});
