// The response validators (validators.ts), compiled in a worker thread (thread.ts). Ajv's code
// generation is the largest single cost of a build after the lint (about 1 s on our Telnyx spec,
// 3 s on the 1,120-operation synthetic one) and needs nothing but the lean schemas it compiles.
// The thread starts with the build, so Ajv is loaded by the time the model says what to compile.
import { runInThread } from "../thread.js";
import { validatorInputs, type ValidatorTargets } from "./validator-inputs.js";
import type { ValidatorsModule } from "./validators.js";

export interface ValidatorsThread {
  /**
   * emitValidators(document, model, sourceFile), compiled in the thread: the schemas Ajv needs
   * are picked and leaned here (validatorInputs) and cross as JSON text. Call it once; await
   * `posted` before other long work, so the thread has its inputs meanwhile (thread.ts).
   */
  compile(document: Record<string, unknown>, model: ValidatorTargets, sourceFile: string): { posted: Promise<void>; result: Promise<ValidatorsModule> };
  /** Ends the thread (also one that was never given anything to compile). */
  stop(): void;
}

export function startValidatorsThread(): ValidatorsThread {
  let send: (args: unknown[]) => void = () => undefined;
  let fail: (error: unknown) => void = () => undefined;
  const args = new Promise<unknown[]>((resolve, reject) => {
    send = resolve;
    fail = reject;
  });
  const run = runInThread<ValidatorsModule>("compiling the response validators", new URL("./validators.ts", import.meta.url), "compileValidatorsFromJson", args);
  return {
    compile(document, model, sourceFile) {
      try {
        send([JSON.stringify(validatorInputs(document, model)), sourceFile]);
      } catch (error) {
        fail(error);
      }
      return { posted: run.posted, result: run.result };
    },
    stop: run.stop,
  };
}
