// Starts a command module the way bin.js and run.js both do: `start(module, argv)` from args.ts,
// loaded from a bundle of the sources (bundling.js), or through tsx when no bundle can be made
// or TOOLKIT_TSX=1 asks for it.
import { pathToFileURL } from "node:url";
import { bundledEntry, bundlingWanted } from "./bundling.js";

/** How the arguments reach the bundled entry, which is the same file for every call. */
const ARGV = Symbol.for("telecom-openapi-toolkit.argv");

/**
 * @param {string} name the bundle's name (one per entry)
 * @param {string} argsModule absolute path of commands/args.ts
 * @param {string} commandModule absolute path of the module to start
 * @param {string[]} argv
 */
export async function startCommand(name, argsModule, commandModule, argv) {
  /** @type {Record<symbol, unknown>} */ (globalThis)[ARGV] = argv;
  const entrySource = [
    `import { start } from ${JSON.stringify(argsModule)};`,
    `start(await import(${JSON.stringify(commandModule)}), globalThis[Symbol.for("telecom-openapi-toolkit.argv")]);`,
    "",
  ].join("\n");
  const entry = bundlingWanted() ? await bundledEntry(name, entrySource) : undefined;
  if (entry) {
    await import(pathToFileURL(entry).href);
    return;
  }
  const { register } = await import("tsx/esm/api");
  register();
  const { start } = await import(pathToFileURL(argsModule).href);
  start(await import(pathToFileURL(commandModule).href), argv);
}
