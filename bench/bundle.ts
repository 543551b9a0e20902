// Bundle size for a browser app that imports the Telnyx client and calls one method, against the
// same app written with plain openapi-fetch + openapi-typescript types. esbuild, minified, gzip.
import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { ratio, table } from "./lib.js";

const root = path.resolve(import.meta.dirname, "..");
const dir = path.join(root, ".tmp/bench-bundle");
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });

// The generated client as a package consumer gets it: compiled by `npm run build`.
execFileSync(process.execPath, [path.join(root, "node_modules/typescript/bin/tsc"), "-p", path.join(root, "tsconfig.build.json")], { stdio: "inherit" });

const apps: Record<string, string> = {
  "generated client": `
    import { createTelnyxClient } from "telecom-openapi-toolkit/telnyx";
    const telnyx = createTelnyxClient({ apiKey: "key", baseUrl: "/api" });
    telnyx.messaging10dlc.brand.retrieve("b-1").then((brand) => console.log(brand.displayName));
  `,
  "plain openapi-fetch": `
    import createClient from "openapi-fetch";
    const client = createClient({ baseUrl: "/api", headers: { Authorization: "Bearer key" } });
    client.GET("/10dlc/brand/{brandId}", { params: { path: { brandId: "b-1" } } }).then(({ data }) => console.log(data?.displayName));
  `,
};

const sizes: Record<string, { min: number; gzip: number }> = {};
for (const [name, source] of Object.entries(apps)) {
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
    // jose is only loaded for Vonage JWT minting; keep dynamic imports out of the main chunk.
    splitting: true,
    outdir: path.join(dir, "out"),
    logLevel: "silent",
  });
  const main = result.outputFiles.find((f) => f.path.endsWith(".js") && f.path.includes(path.basename(file, ".ts")))!;
  sizes[name] = { min: main.contents.byteLength, gzip: gzipSync(main.contents).byteLength };
}

console.log("Bundle benchmark: a browser app calling one Telnyx method, esbuild --minify, main chunk.\n");
table(Object.entries(sizes).map(([name, s]) => ({ app: name, "min bytes": s.min, "gzip bytes": s.gzip })));
const ours = sizes["generated client"]!;
const plain = sizes["plain openapi-fetch"]!;
console.log(`gzip size generated/plain: ${ratio(ours.gzip, plain.gzip)} (+${ours.gzip - plain.gzip} bytes for errors, retries, pagination, webhooks, auth)`);
rmSync(dir, { recursive: true, force: true });
