// The response validators (validators.ts), compiled in a worker thread (thread.ts). Ajv's code
// generation is the largest single cost of a build after the lint (about 1 s on our Telnyx spec,
// 3 s on the 1,120-operation synthetic one) and needs nothing but the lean schemas it compiles.
import { runInThread, type ThreadRun } from "../thread.js";
import { validatorInputs, type ValidatorTargets } from "./validator-inputs.js";
import type { ValidatorsModule } from "./validators.js";

/**
 * emitValidators(document, model, sourceFile), with the compiling in its own thread: the schemas
 * Ajv needs are picked and leaned here (validatorInputs) and cross as JSON text.
 */
export function emitValidatorsInThread(document: Record<string, unknown>, model: ValidatorTargets, sourceFile: string): ThreadRun<ValidatorsModule> {
  const inputs = JSON.stringify(validatorInputs(document, model));
  return runInThread("compiling the response validators", new URL("./validators.ts", import.meta.url), "compileValidatorsFromJson", [inputs, sourceFile]);
}
