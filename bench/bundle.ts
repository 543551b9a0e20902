// Bundle size of a browser app that makes one Telnyx call, three ways: through the per-operation
// functions (generated/telnyx/functions.ts), through the facade (createTelnyxClient), and with
// plain openapi-fetch + openapi-typescript types. esbuild --minify, ESM, browser; the main chunk
// (Vonage's jose is loaded lazily, in a chunk of its own). The generated TypeScript is bundled as
// it is: esbuild strips the types exactly as compiling it first would.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { ratio, table } from "./lib.js";

const root = path.resolve(import.meta.dirname, "..");
const dir = path.join(root, ".tmp/bench-bundle");
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
const generated = path.join(root, "generated");

const apps: Record<string, string> = {
  "one-call functions app": `
    import { createTelnyxConfig, messaging10dlcBrandRetrieve } from "${generated}/telnyx/functions.js";
    const telnyx = createTelnyxConfig({ apiKey: "key", baseUrl: "/api" });
    messaging10dlcBrandRetrieve(telnyx, "b-1").then((brand) => console.log(brand.displayName));
  `,
  "facade app": `
    import { createTelnyxClient } from "${generated}/telnyx/index.js";
    const telnyx = createTelnyxClient({ apiKey: "key", baseUrl: "/api" });
    telnyx.messaging10dlc.brand.retrieve("b-1").then((brand) => console.log(brand.displayName));
  `,
  // What the optional parts add to the one call: its TanStack Query options, and its response check.
  "one-call + query options": `
    import { createTelnyxConfig } from "${generated}/telnyx/functions.js";
    import { messaging10dlcBrandRetrieveQueryOptions } from "${generated}/telnyx/query.js";
    const telnyx = createTelnyxConfig({ apiKey: "key", baseUrl: "/api" });
    const options = messaging10dlcBrandRetrieveQueryOptions(telnyx, "b-1");
    options.queryFn({}).then((brand) => console.log(options.queryKey, brand.displayName));
  `,
  "one-call + response validation": `
    import { createTelnyxConfig, messaging10dlcBrandRetrieve } from "${generated}/telnyx/functions.js";
    import { messaging10dlcBrandRetrieve as check, responseValidation } from "${generated}/telnyx/validators.js";
    const telnyx = createTelnyxConfig({ apiKey: "key", baseUrl: "/api", validateResponse: responseValidation({ check }) });
    messaging10dlcBrandRetrieve(telnyx, "b-1").then((brand) => console.log(brand.displayName));
  `,
  "facade + validate: responses": `
    import { createTelnyxClient } from "${generated}/telnyx/index.js";
    const telnyx = createTelnyxClient({ apiKey: "key", baseUrl: "/api", validate: "responses" });
    telnyx.messaging10dlc.brand.retrieve("b-1").then((brand) => console.log(brand.displayName));
  `,
  "plain openapi-fetch": `
    import createClient from "openapi-fetch";
    const client = createClient({ baseUrl: "/api", headers: { Authorization: "Bearer key" } });
    client.GET("/10dlc/brand/{brandId}", { params: { path: { brandId: "b-1" } } }).then(({ data }) => console.log(data?.displayName));
  `,
};

/** Main chunk, and the chunks loaded only on demand (the facade's validators), gzip each. */
async function sizeOf(name: string, source: string): Promise<{ min: number; gzip: number; lazyGzip: number }> {
  const file = path.join(dir, `${name.replace(/\W+/g, "-")}.ts`);
  writeFileSync(file, source);
  const result = await build({
    entryPoints: [file],
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    write: false,
    absWorkingDir: root,
    splitting: true,
    outdir: path.join(dir, "out"),
    logLevel: "silent",
  });
  const main = result.outputFiles.find((f) => path.basename(f.path) === path.basename(file, ".ts") + ".js")!;
  const lazy = result.outputFiles.filter((f) => f !== main && f.path.endsWith(".js") && /validators/.test(f.text.slice(0, 4000) + f.path));
  return { min: main.contents.byteLength, gzip: gzipSync(main.contents).byteLength, lazyGzip: lazy.reduce((n, f) => n + gzipSync(f.contents).byteLength, 0) };
}

const sizes: Record<string, { min: number; gzip: number; lazyGzip: number }> = {};
for (const [name, source] of Object.entries(apps)) sizes[name] = await sizeOf(name, source);

console.log("Bundle benchmark: a browser app calling one Telnyx method, esbuild --minify, main chunk.\n");
table(Object.entries(sizes).map(([name, s]) => ({ app: name, "min bytes": s.min, "gzip bytes": s.gzip, "loaded on demand, gzip": s.lazyGzip })));
const functions = sizes["one-call functions app"]!;
const facade = sizes["facade app"]!;
const plain = sizes["plain openapi-fetch"]!;
console.log(`gzip functions/plain: ${ratio(functions.gzip, plain.gzip)}   min functions/plain: ${ratio(functions.min, plain.min)}`);
console.log(`gzip facade/plain:    ${ratio(facade.gzip, plain.gzip)}   min facade/plain:    ${ratio(facade.min, plain.min)}`);
console.log(`gzip functions/facade: ${ratio(functions.gzip, facade.gzip)}`);
const withQuery = sizes["one-call + query options"]!;
const withCheck = sizes["one-call + response validation"]!;
const validating = sizes["facade + validate: responses"]!;
console.log(`query options add ${withQuery.gzip - functions.gzip} bytes gzip to the one call (${ratio(withQuery.gzip, functions.gzip)}); its response check adds ${withCheck.gzip - functions.gzip} (${ratio(withCheck.gzip, functions.gzip)})`);
console.log(`validate: "responses" adds ${validating.gzip - facade.gzip} bytes gzip to the facade's main chunk, and loads ${validating.lazyGzip} bytes gzip of validators on first use`);
console.log(`one-call functions app: ${functions.gzip} bytes gzip = ${(functions.gzip / 1024).toFixed(2)} KiB (aim: at most 4 kB)`);
rmSync(dir, { recursive: true, force: true });
