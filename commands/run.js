#!/usr/bin/env node
// `node commands/run.js <command> [options]`: what the npm scripts run (`npm run generate` is
// `node commands/run.js generate`). The same as `tsx commands/<command>.ts`, started from a
// bundle of the sources (bundling.js) when one can be made: no TypeScript loader on the way.
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { startCommand } from "./launch.js";

const [name = "", ...argv] = process.argv.slice(2);
const folder = path.dirname(fileURLToPath(import.meta.url));
if (!/^[a-z][a-z-]*$/.test(name) || !existsSync(path.join(folder, `${name}.ts`))) {
  process.stderr.write(`Usage: node commands/run.js <command> [options]; "${name}" is not a command in ${folder}.\n`);
  process.exit(2);
}
await startCommand(`command-${name}`, path.join(folder, "args.ts"), path.join(folder, `${name}.ts`), argv);
