#!/usr/bin/env node
// The installed toolkit's executable (`npx telecom-openapi-toolkit …`). The commands are
// TypeScript run as they are in the repository; this shim registers tsx's ESM loader (a runtime
// dependency) so that Node alone runs them, then hands the arguments to commands/toolkit.ts.
// Compiling the commands instead would save about a third of a second of start-up, but the
// generator reads its templates and runtime sources beside its own modules; see the README.
import { register } from "tsx/esm/api";

register();
const { main } = await import("./toolkit.ts");
process.exitCode = await main(process.argv.slice(2));
