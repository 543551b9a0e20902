// Runs one exported function of one of the generator's TypeScript modules in a worker thread.
// The build uses one: the spec thread bundles and lints the spec, hands the bundle over and emits
// types.ts from it (spec-thread.ts) while the main thread loads the emitters and then emits the
// rest (the formatter has its own worker, format.ts). A third thread for types.ts alone was
// measured, when the lint still ran after the bundle, to gain nothing on 2 cores and to hold 75 MB
// more: the spec thread is idle once the walk is done, so it does that work instead.
//
// A thread does not load TypeScript through tsx. Registering tsx in a worker and importing a
// module through its hooks costs about 0.25 s of CPU per thread (its loader thread, a round trip
// per module, source maps for every file), more than some of the work itself. Instead the module
// is bundled (commands/bundling.js) and the worker runs the bundle with plain Node. Where no
// bundle can be made (a read-only install) or TOOLKIT_TSX=1 asks, the worker registers tsx and
// imports the module as it is.
//
// Arguments and results cross by structured clone: plain data only. The arguments may be a
// promise: the thread starts at once and loads its module (Redocly: a few hundred milliseconds
// of compiling) while the main thread works out what to send it. They are posted in a callback
// of that promise, so at the main thread's next wait: a caller should not start long
// synchronous work right after settling it. A function can also hand over a first value before
// it returns (`handsOver`): the spec thread hands over the bundled spec, which the main thread
// goes on with, and then emits types.ts.
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import { bundledEntry, bundlingWanted } from "../commands/bundling.js";

const requireHere = createRequire(import.meta.url);

export interface ThreadRun<T, E = never> {
  result: Promise<T>;
  /**
   * With `handsOver`: the value the function passed to its last argument, `handOver(value)`,
   * before it returned. Rejects if the thread failed or returned without handing anything over.
   */
  handedOver: Promise<E>;
  /** Settles once the worker exists (its module loads from then on), or the run failed first. */
  started: Promise<void>;
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
export function runInThread<T, E = never>(
  label: string,
  module: URL,
  exportName: string,
  args: unknown[] | Promise<unknown[]>,
  options: { bundled?: boolean; handsOver?: boolean } = {},
): ThreadRun<T, E> {
  let stopped = false;
  let worker: Worker | undefined;
  let markStarted = (): void => undefined;
  const started = new Promise<void>((resolve) => (markStarted = resolve));
  let handOver: { resolve: (value: E) => void; reject: (error: unknown) => void } = { resolve: () => undefined, reject: () => undefined };
  const handedOver = new Promise<E>((resolve, reject) => (handOver = { resolve, reject }));
  // A promise of arguments that rejects before it is awaited below is not an unhandled rejection.
  if (!Array.isArray(args)) args.catch(() => undefined);
  const result = (async () => {
    const bundle = options.bundled === false || !bundlingWanted() ? undefined : await bundledThreadEntry(module);
    if (stopped) throw new Error(`${label}: stopped`);
    // Arguments known now travel with the worker; a promise's value is posted once it settles.
    const given = { ...(Array.isArray(args) ? { args } : {}), handsOver: options.handsOver === true };
    const thread = bundle
      ? new Worker(pathToFileURL(bundle), { execArgv: [], workerData: { exportName, ...given } })
      : new Worker(TSX_WORKER_SOURCE, { eval: true, execArgv: [], workerData: { tsxApi: tsxEsmApi(), module: module.href, exportName, ...given } });
    worker = thread;
    markStarted();
    const answer = answerOf<T, E>(thread, label, handOver.resolve);
    answer.catch(() => undefined); // returned below; a failure while the arguments are awaited is not unhandled
    if (!Array.isArray(args)) {
      // A rejected promise ends the run with its own error, and the thread with it.
      const values = await args.catch((error: unknown) => {
        void thread.terminate();
        throw error;
      });
      thread.postMessage({ args: values });
    }
    return answer;
  })();
  result.catch(() => undefined); // awaited by the caller; this only keeps an early failure from going unhandled
  void result.finally(markStarted).catch(() => undefined);
  // Settled by the handed-over value first, if any; a later settlement is a no-op.
  result.then(
    () => handOver.reject(new Error(`${label}: returned without handing over a value`)),
    (error: unknown) => handOver.reject(error),
  );
  handedOver.catch(() => undefined); // awaited by the caller when it asked for a handed-over value
  return {
    result,
    handedOver,
    started,
    stop: () => {
      stopped = true;
      void worker?.terminate();
    },
  };
}

/** What the worker posts: a handed-over value (optional, first), then the answer. */
type Message<T, E> = Answer<T> | { handedOver: E };

function answerOf<T, E>(worker: Worker, label: string, handedOver: (value: E) => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    worker.on("message", (message: Message<T, E>) => {
      if ("handedOver" in message) return handedOver(message.handedOver);
      void worker.terminate();
      if ("value" in message) resolve(message.value);
      else reject(new Error(`${label} failed: ${message.error}`));
    });
    worker.once("error", (error) => reject(new Error(`${label}: the thread stopped: ${error.message}`)));
    worker.once("exit", (code) => reject(new Error(`${label}: the thread exited (code ${code}) without an answer`)));
  });
}

/**
 * The worker's side, the same for both ways of loading the module: wait for the arguments if
 * they were not given with the worker, call the export (with `handOver` last when asked), post
 * its value or its error. Defines `call(target)`.
 */
const CALL_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
function argsOf() {
  return workerData.args ?? new Promise((resolve) => parentPort.once("message", (message) => resolve(message.args)));
}
const handOver = (value) => parentPort.postMessage({ handedOver: value });
function call(target) {
  return Promise.resolve()
    .then(argsOf)
    .then((args) => target[workerData.exportName](...args, ...(workerData.handsOver ? [handOver] : [])))
    .then(
      (value) => parentPort.postMessage({ value }),
      (error) => parentPort.postMessage({ error: String((error && error.stack) || error) }),
    );
}
`;

// ---- the bundled entry -------------------------------------------------------------------------

/** The bundled worker: the module is imported statically, so it loads as the worker starts. */
function entrySource(modulePath: string): string {
  return `import { createRequire } from "node:module";
import * as target from ${JSON.stringify(modulePath)};
const require = createRequire(import.meta.url);
${CALL_SOURCE}
call(target);
`;
}

/** The module bundled for a worker (commands/bundling.js), or undefined when none can be made. */
function bundledThreadEntry(module: URL): Promise<string | undefined> {
  const modulePath = fileURLToPath(module);
  return bundledEntry(`thread-${path.basename(modulePath).replace(/\.[cm]?[jt]s$/, "")}`, entrySource(modulePath));
}

// ---- the fallback: tsx inside the worker -------------------------------------------------------

const TSX_WORKER_SOURCE = `${CALL_SOURCE}
import(workerData.tsxApi)
  .then(({ register }) => (register(), import(workerData.module)))
  .then(call, (error) => parentPort.postMessage({ error: String((error && error.stack) || error) }));
`;

/**
 * The URL of tsx's ESM API. Its CommonJS build (what require.resolve finds) registers its hooks
 * from a path relative to itself that does not exist (tsx 4.23), so the worker imports the ESM
 * build, which sits beside it.
 */
function tsxEsmApi(): string {
  return pathToFileURL(requireHere.resolve("tsx/esm/api").replace(/index\.cjs$/, "index.mjs")).href;
}
