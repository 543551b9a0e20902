#!/usr/bin/env node
// The installed toolkit's executable (`npx telecom-openapi-toolkit …`): starts commands/toolkit.ts
// with the arguments. The commands are TypeScript; launch.js runs them from a bundle of the
// sources made with esbuild (bundling.js), or through tsx (a runtime dependency) where no bundle
// can be made, so that Node alone runs them either way.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { startCommand } from "./launch.js";

const folder = path.dirname(fileURLToPath(import.meta.url));
await startCommand("toolkit", path.join(folder, "args.ts"), path.join(folder, "toolkit.ts"), process.argv.slice(2));
