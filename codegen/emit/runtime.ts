// Emits generated/runtime/: the hand-written runtime in codegen/runtime, copied verbatim so the
// generated clients need nothing from codegen/ at run time.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const runtimeDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../runtime");

export function emitRuntime(): Map<string, string> {
  const header = "// Copied from codegen/runtime by `npm run generate`. Do not edit this copy.\n";
  return new Map(
    readdirSync(runtimeDir)
      .filter((file) => file.endsWith(".ts"))
      .sort()
      .map((file) => [file, header + readFileSync(path.join(runtimeDir, file), "utf8")]),
  );
}
