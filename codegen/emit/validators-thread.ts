// The response validators (validators.ts), compiled in a worker thread (thread.ts). Ajv's code
// generation is the largest single cost of a build after the lint (about 1 s on our Telnyx spec,
// 3 s on the 1,120-operation synthetic one) and needs nothing but the bundled document and the
// list of operations.
import { runInThread, type ThreadRun } from "../thread.js";
import type { ValidatorsModule, ValidatorTargets } from "./validators.js";

/**
 * emitValidators(document, targets, sourceFile) in its own thread, for the document whose JSON
 * text the build writes as openapi.json anyway: one string copy instead of a structured clone of
 * the object graph.
 */
export function emitValidatorsInThread(documentJson: string, model: ValidatorTargets, sourceFile: string): ThreadRun<ValidatorsModule> {
  const targets: ValidatorTargets = {
    operations: model.operations.map(({ sdkName, method, path, success }) => ({
      sdkName,
      method,
      path,
      success: { kind: success.kind, contentType: success.contentType, status: success.status },
    })),
  };
  return runInThread("compiling the response validators", new URL("./validators.ts", import.meta.url), "emitValidatorsFromJson", [documentJson, targets, sourceFile]);
}
