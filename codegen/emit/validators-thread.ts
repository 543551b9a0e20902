// Compiles the response validators (validators.ts) in a worker thread. Ajv's code generation is
// the largest single cost of a build after the lint (about 1 s on our Telnyx spec, 3 s on the
// 1,120-operation synthetic one) and needs nothing but the bundled document and the list of
// operations: in its own thread it runs while the main thread emits types, client and docs.
//
// The worker is plain CommonJS (eval) that registers tsx itself before importing validators.ts,
// so it works the same under `npm run generate` (tsx), vitest, or any other host, and never
// depends on the parent's module hooks being inherited.
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import type { ValidatorsModule, ValidatorTargets } from "./validators.js";

const WORKER_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
async function compile() {
  const { register } = await import(workerData.tsxApi);
  register();
  const { emitValidators } = await import(workerData.emitter);
  return emitValidators(JSON.parse(workerData.document), workerData.targets, workerData.sourceFile);
}
compile().then(
  (module) => parentPort.postMessage({ module }),
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

/**
 * emitValidators(JSON.parse(documentJson), targets, sourceFile), in a worker thread. The document
 * is passed as the JSON text the build writes as openapi.json anyway: one string copy instead of
 * a structured clone of the object graph.
 */
export function emitValidatorsInThread(documentJson: string, model: ValidatorTargets, sourceFile: string): Promise<ValidatorsModule> {
  const targets: ValidatorTargets = { operations: model.operations.map(({ sdkName, method, path, success }) => ({ sdkName, method, path, success: { kind: success.kind, contentType: success.contentType, status: success.status } })) };
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    execArgv: [],
    workerData: {
      tsxApi: tsxEsmApi(),
      emitter: new URL("./validators.ts", import.meta.url).href,
      document: documentJson,
      targets,
      sourceFile,
    },
  });
  return new Promise((resolve, reject) => {
    worker.once("message", (answer: { module?: ValidatorsModule; error?: string }) => {
      void worker.terminate();
      if (answer.module) resolve(answer.module);
      else reject(new Error(`compiling the response validators failed: ${answer.error}`));
    });
    worker.once("error", (error) => reject(new Error(`the validators thread stopped: ${error.message}`)));
    worker.once("exit", (code) => reject(new Error(`the validators thread exited (code ${code}) without an answer`)));
  });
}
