// Runs one exported function of one of the generator's TypeScript modules in a worker thread.
// The build uses three: the lint (validate.ts) runs while the main thread bundles and emits, Ajv
// compiles the response validators (emit/validators.ts) and openapi-typescript writes types.ts
// (emit/types.ts) while the main thread emits client and docs. On a 2-core machine that turns
// most of the generator's largest costs into waiting the main thread does not do.
//
// A thread does not load TypeScript through tsx. Registering tsx in a worker and importing a
// module through its hooks costs about 0.25 s of CPU per thread (its loader thread, a round trip
// per module, source maps for every file), more than some of the work itself. Instead the module
// and what it imports from the generator is bundled by esbuild (the one tsx itself runs on) into
// one ES module in the toolkit's node_modules/.cache, where its packages resolve as they would
// from codegen/, and the worker runs that file with plain Node. `import.meta.url` and
// `import.meta.dirname` keep meaning the source file's place. Where that file cannot be written
// (a read-only install), the worker registers tsx and imports the module as it is.
//
// Arguments and results cross by structured clone: plain data only.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import type * as Esbuild from "esbuild";

const requireHere = createRequire(import.meta.url);
/** Where the bundled thread entries are written (one per module and content). */
export const BUNDLE_FOLDER = path.resolve(import.meta.dirname, "../node_modules/.cache/telecom-openapi-toolkit/threads");

export interface ThreadRun<T> {
  result: Promise<T>;
  /** Ends the thread without waiting for it (a build that failed elsewhere no longer needs it). */
  stop(): void;
}

/** What the worker posts back: the function's value, or the error it threw, as text. */
type Answer<T> = { value: T } | { error: string };

/**
 * `(await import(module))[exportName](...args)` in a worker thread. `label` names the work in the
 * error a failure of the thread becomes (a bug of the generator, never a problem of the spec:
 * those are returned as data by the function itself).
 */
export function runInThread<T>(label: string, module: URL, exportName: string, args: unknown[], options: { bundled?: boolean } = {}): ThreadRun<T> {
  let stopped = false;
  let worker: Worker | undefined;
  const result = (async () => {
    const bundle = options.bundled === false ? undefined : await bundledEntry(module);
    if (stopped) throw new Error(`${label}: stopped`);
    worker = bundle
      ? new Worker(pathToFileURL(bundle), { execArgv: [], workerData: { exportName, args } })
      : new Worker(TSX_WORKER_SOURCE, { eval: true, execArgv: [], workerData: { tsxApi: tsxEsmApi(), module: module.href, exportName, args } });
    return answerOf<T>(worker, label);
  })();
  result.catch(() => undefined); // awaited by the caller; this only keeps an early failure from going unhandled
  return {
    result,
    stop: () => {
      stopped = true;
      void worker?.terminate();
    },
  };
}

function answerOf<T>(worker: Worker, label: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    worker.once("message", (answer: Answer<T>) => {
      void worker.terminate();
      if ("value" in answer) resolve(answer.value);
      else reject(new Error(`${label} failed: ${answer.error}`));
    });
    worker.once("error", (error) => reject(new Error(`${label}: the thread stopped: ${error.message}`)));
    worker.once("exit", (code) => reject(new Error(`${label}: the thread exited (code ${code}) without an answer`)));
  });
}

// ---- the bundled entry -------------------------------------------------------------------------

/** The worker side: call the export, post its value or its error. Bundled with the module. */
function entrySource(modulePath: string): string {
  return `import { parentPort, workerData } from "node:worker_threads";
import * as target from ${JSON.stringify(modulePath)};
Promise.resolve()
  .then(() => target[workerData.exportName](...workerData.args))
  .then(
    (value) => parentPort.postMessage({ value }),
    (error) => parentPort.postMessage({ error: String((error && error.stack) || error) }),
  );
`;
}

/**
 * The path of `module` bundled for a worker, written once per content (the name carries its
 * hash; older bundles of the same module are removed). Undefined when it cannot be made.
 */
async function bundledEntry(module: URL): Promise<string | undefined> {
  const modulePath = fileURLToPath(module);
  const name = path.basename(modulePath).replace(/\.[cm]?[jt]s$/, "");
  let code: string;
  try {
    code = await bundle(modulePath);
  } catch {
    return undefined;
  }
  const file = path.join(BUNDLE_FOLDER, `${name}-${createHash("sha256").update(code).digest("hex").slice(0, 16)}.mjs`);
  if (existsSync(file)) return file;
  try {
    mkdirSync(BUNDLE_FOLDER, { recursive: true });
    const staging = `${file}.${process.pid}.tmp`;
    writeFileSync(staging, code);
    renameSync(staging, file);
    for (const old of readdirSync(BUNDLE_FOLDER)) {
      if (old.startsWith(`${name}-`) && old.endsWith(".mjs") && path.join(BUNDLE_FOLDER, old) !== file) rmSync(path.join(BUNDLE_FOLDER, old), { force: true });
    }
    return file;
  } catch {
    return undefined;
  }
}

async function bundle(modulePath: string): Promise<string> {
  const esbuild = createRequire(requireHere.resolve("tsx/esm/api"))("esbuild") as typeof Esbuild;
  const output = await esbuild.build({
    stdin: { contents: entrySource(modulePath), resolveDir: path.dirname(modulePath), loader: "js", sourcefile: "thread-entry.js" },
    bundle: true,
    write: false,
    format: "esm",
    platform: "node",
    target: "node20",
    // Packages are imported from where they are installed, not copied into the bundle.
    packages: "external",
    plugins: [sourcePlaces],
    logLevel: "silent",
    legalComments: "none",
  });
  return output.outputFiles[0]!.text;
}

/** Each source file's `import.meta.url`/`dirname`/`filename` stay its own, not the bundle's. */
const sourcePlaces: Esbuild.Plugin = {
  name: "source-places",
  setup(build) {
    build.onLoad({ filter: /\.ts$/ }, (args) => {
      const text = readFileSync(args.path, "utf8")
        .replaceAll("import.meta.url", JSON.stringify(pathToFileURL(args.path).href))
        .replaceAll("import.meta.dirname", JSON.stringify(path.dirname(args.path)))
        .replaceAll("import.meta.filename", JSON.stringify(args.path));
      return { contents: text, loader: "ts" };
    });
  },
};

// ---- the fallback: tsx inside the worker -------------------------------------------------------

const TSX_WORKER_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
async function run() {
  const { register } = await import(workerData.tsxApi);
  register();
  const module = await import(workerData.module);
  return module[workerData.exportName](...workerData.args);
}
run().then(
  (value) => parentPort.postMessage({ value }),
  (error) => parentPort.postMessage({ error: String((error && error.stack) || error) }),
);
`;

/**
 * The URL of tsx's ESM API. Its CommonJS build (what require.resolve finds) registers its hooks
 * from a path relative to itself that does not exist (tsx 4.23), so the worker imports the ESM
 * build, which sits beside it.
 */
function tsxEsmApi(): string {
  return pathToFileURL(requireHere.resolve("tsx/esm/api").replace(/index\.cjs$/, "index.mjs")).href;
}
