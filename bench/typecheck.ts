// Type-checking cost for a user: the same calls written with the generated facade (named
// per-operation types) and with plain openapi-typescript + openapi-fetch (generic path lookups),
// each compiled by tsc in a fresh process. Also the size of what each needs at run time.
import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync, statSync, writeFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { loadSpec } from "../codegen/load.js";
import { buildModel } from "../codegen/model.js";
import { providers } from "../codegen/providers.js";
import { ratio, table } from "./lib.js";

const root = path.resolve(import.meta.dirname, "..");
const dir = path.join(root, ".tmp/bench-typecheck");
const provider = providers.find((p) => p.id === "telnyx")!;
const model = buildModel(await loadSpec(path.join(root, provider.entry)));
// 20 calls, as a consumer file of a real app might make (issue: "a consumer file that calls 20 methods").
const ops = model.operations.filter((op) => op.success.kind === "json").slice(0, 20);

const facadeCalls = ops.map((op, i) => {
  const args = op.pathParams.map((p) => JSON.stringify(p.example));
  if (op.body) args.push(JSON.stringify(op.body.example));
  else if (op.queryParams.some((p) => p.required)) args.push(JSON.stringify(Object.fromEntries(op.queryParams.filter((p) => p.required).map((p) => [p.name, p.example]))));
  return `  const r${i} = await telnyx.${op.sdkName}(${args.join(", ")});\n  void r${i};`;
});
const fetchCalls = ops.map((op, i) => {
  const params: string[] = [];
  if (op.pathParams.length) params.push(`path: ${JSON.stringify(Object.fromEntries(op.pathParams.map((p) => [p.name, p.example])))}`);
  const requiredQuery = op.queryParams.filter((p) => p.required);
  if (requiredQuery.length) params.push(`query: ${JSON.stringify(Object.fromEntries(requiredQuery.map((p) => [p.name, p.example])))}`);
  const init = [params.length ? `params: { ${params.join(", ")} }` : "", op.body ? `body: ${JSON.stringify(op.body.example)}` : ""].filter(Boolean).join(", ");
  return `  const { data: d${i} } = await client.${op.method}(${JSON.stringify(op.path)}${init ? `, { ${init} }` : ""});\n  void d${i};`;
});

rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
// Both consumers read declarations, as an app depending on the built package does (`npm run build`).
execFileSync(process.execPath, [path.join(root, "node_modules/typescript/bin/tsc"), "-p", path.join(root, "tsconfig.build.json")], { stdio: "inherit" });
writeFileSync(
  path.join(dir, "facade.ts"),
  `import { createTelnyxClient } from "telecom-openapi-clients/telnyx";\nconst telnyx = createTelnyxClient();\nexport async function run() {\n${facadeCalls.join("\n")}\n}\n`,
);
writeFileSync(
  path.join(dir, "openapi-fetch.ts"),
  `import createClient from "openapi-fetch";\nimport type { paths } from "../../packages/clients/dist/telnyx/types.js";\nconst client = createClient<paths>({ baseUrl: "https://api.telnyx.com/v2" });\nexport async function run() {\n${fetchCalls.join("\n")}\n}\n`,
);

const tsc = path.join(root, "node_modules/typescript/bin/tsc");
function compile(file: string): { ms: number; checkMs: number; types: number } {
  const args = [tsc, "--noEmit", "--strict", "--skipLibCheck", "--module", "NodeNext", "--moduleResolution", "NodeNext", "--target", "ES2022", "--lib", "ES2022,DOM", "--types", "node", "--extendedDiagnostics", path.join(dir, file)];
  const t0 = performance.now();
  const out = execFileSync(process.execPath, args, { encoding: "utf8" });
  const ms = performance.now() - t0;
  const checkMs = Number(/Check time:\s+([\d.]+)s/.exec(out)?.[1] ?? NaN) * 1000;
  const types = Number(/Types:\s+(\d+)/.exec(out)?.[1] ?? NaN);
  return { ms, checkMs, types };
}

const best = (file: string) => [compile(file), compile(file), compile(file)].sort((a, b) => a.ms - b.ms)[0]!;
const facade = best("facade.ts");
const plain = best("openapi-fetch.ts");

const sizeOf = (p: string): number => (statSync(p).isDirectory() ? readdirSync(p).reduce((n, f) => n + sizeOf(path.join(p, f)), 0) : statSync(p).size);
const runtimeBytes = sizeOf(path.join(root, "packages/clients/dist/runtime")) + sizeOf(path.join(root, "packages/clients/dist/telnyx/client.js"));

console.log(`Type-check benchmark: ${ops.length} calls of the Telnyx spec (${model.operations.length} operations), tsc best of 3.\n`);
table([
  { style: "generated facade", "tsc total ms": Math.round(facade.ms), "check ms": Math.round(facade.checkMs), types: facade.types },
  { style: "plain openapi-fetch", "tsc total ms": Math.round(plain.ms), "check ms": Math.round(plain.checkMs), types: plain.types },
]);
console.log(`check time openapi-fetch/facade: ${ratio(plain.checkMs, facade.checkMs)}; types instantiated: ${ratio(plain.types, facade.types)}`);
console.log(`facade JS on top of openapi-fetch (dist client.js + runtime, before minification): ${(runtimeBytes / 1024).toFixed(1)} KiB`);
rmSync(dir, { recursive: true, force: true });
