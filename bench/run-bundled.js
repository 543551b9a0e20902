// `node bench/run-bundled.js <module.ts> [args]`: runs a TypeScript module the way the toolkit's
// commands run (from an esbuild bundle of the sources, commands/bundling.js), so a benchmark
// measures the generator as `npm run generate` runs it, not tsx's loader. The module sees
// process.argv as if Node had been started with it.
import path from "node:path";
import { pathToFileURL } from "node:url";
import { bundledEntry } from "../commands/bundling.js";

const [file, ...rest] = process.argv.slice(2);
const modulePath = path.resolve(file);
process.argv = [process.argv[0], modulePath, ...rest];
const entry = await bundledEntry(`bench-${path.basename(modulePath, ".ts")}`, `import ${JSON.stringify(modulePath)};\n`);
if (!entry) throw new Error(`${file} could not be bundled; run it with tsx instead`);
await import(pathToFileURL(entry).href);
