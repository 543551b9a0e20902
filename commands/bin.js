#!/usr/bin/env node
// The installed toolkit's executable (`npx telecom-openapi-toolkit …`). The commands are
// TypeScript, run as they are in the repository: this shim registers tsx's ESM loader (a runtime
// dependency) so that Node alone runs them, then starts commands/toolkit.ts with the arguments.
// A compiled bundle would start faster, but the generator reads templates/ and its runtime
// sources from beside its own modules, which a bundle moves.
import { register } from "tsx/esm/api";

register();
const { start } = await import("./args.ts");
start(await import("./toolkit.ts"), process.argv.slice(2));
