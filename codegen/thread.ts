// Runs one exported function of one of the generator's TypeScript modules in a worker thread.
// The build uses two: the lint (validate.ts) runs while the main thread bundles and emits, and
// Ajv compiles the response validators (emit/validators.ts) while the main thread emits client,
// types and docs. On a 2-core machine that turns most of the generator's largest costs into
// waiting the main thread does not do.
//
// The worker is plain CommonJS (eval) that registers tsx itself before importing the module, so
// it works the same under `npm run generate` (tsx), vitest, or any other host, and never depends
// on the parent's module hooks being inherited. Arguments and results cross by structured clone:
// plain data only.
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";

const WORKER_SOURCE = `
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

const requireHere = createRequire(import.meta.url);

/**
 * The URL of tsx's ESM API. Its CommonJS build (what require.resolve finds) registers its hooks
 * from a path relative to itself that does not exist (tsx 4.23), so the worker imports the ESM
 * build, which sits beside it.
 */
function tsxEsmApi(): string {
  return pathToFileURL(requireHere.resolve("tsx/esm/api").replace(/index\.cjs$/, "index.mjs")).href;
}

export interface ThreadRun<T> {
  result: Promise<T>;
  /** Ends the thread without waiting for it (a build that failed elsewhere no longer needs it). */
  stop(): void;
}

/**
 * `(await import(module))[exportName](...args)` in a worker thread. `label` names the work in the
 * error a failure of the thread becomes (a bug of the generator, never a problem of the spec:
 * those are returned as data by the function itself).
 */
export function runInThread<T>(label: string, module: URL, exportName: string, args: unknown[]): ThreadRun<T> {
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    // Not the parent's flags: a profiler or inspector flag of the parent must not start a second one.
    execArgv: [],
    workerData: { tsxApi: tsxEsmApi(), module: module.href, exportName, args },
  });
  const result = new Promise<T>((resolve, reject) => {
    worker.once("message", (answer: { value?: T; error?: string }) => {
      void worker.terminate();
      if ("value" in answer) resolve(answer.value as T);
      else reject(new Error(`${label} failed: ${answer.error}`));
    });
    worker.once("error", (error) => reject(new Error(`${label}: the thread stopped: ${error.message}`)));
    worker.once("exit", (code) => reject(new Error(`${label}: the thread exited (code ${code}) without an answer`)));
  });
  result.catch(() => undefined); // awaited by the caller; this only keeps an early failure from going unhandled
  return { result, stop: () => void worker.terminate() };
}
