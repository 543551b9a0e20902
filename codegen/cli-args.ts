// The commands' shared argument module moved to commands/args.ts. Kept as a re-export only until
// codegen/format.ts and codegen/diff/policy-options.ts import from there; then delete this file.
export { CommandError, firstLine, USAGE_ERROR } from "../commands/args.js";
