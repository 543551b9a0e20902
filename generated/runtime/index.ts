// Copied from codegen/runtime by `npm run generate`. Do not edit this copy.
// Hand-written runtime shared by every generated client. The generator copies this folder
// verbatim to generated/runtime/, so generated clients are self-contained.
export * from "./errors.js";
export * from "./transport.js";
export * from "./auth.js";
export * from "./binary.js";
export * from "./query.js";
export * from "./api-promise.js";
export * from "./pagination.js";
export * from "./retry.js";
export * from "./logging.js";
export * from "./redact.js";
export * from "./webhooks.js";
export * from "./jwt.js";
export * from "./raw.js";
export * from "./validation.js";
export * from "./tanstack.js";
