// One side of a comparison: a provider's spec from the working tree, or from a git ref. Neither
// is linted (a work-in-progress spec can be compared before it is lint-clean); what the differ
// needs (a bundle, an x-sdk-name per operation) is checked, and problems in a spec at a ref name
// the file as "<ref>:<path>".
import path from "node:path";
import { loadSpec } from "../load.js";
import { buildModel } from "../model.js";
import type { ProviderConfig } from "../providers.js";
import { SpecError } from "../spec-error.js";
import { checkoutSpecs } from "./base.js";
import type { SpecSide } from "./spec-diff.js";

export async function loadSide(root: string, provider: ProviderConfig, ref?: string): Promise<SpecSide> {
  if (ref === undefined) {
    const spec = await loadSpec(path.join(root, provider.entry));
    return { spec, model: buildModel(spec) };
  }
  const scratch = checkoutSpecs(root, ref, path.dirname(provider.entry));
  try {
    const spec = await loadSpec(path.join(scratch, provider.entry));
    return { spec, model: buildModel(spec) };
  } catch (error) {
    if (!(error instanceof SpecError)) throw error;
    throw new SpecError(error.problems.map((p) => ({ ...p, file: atRef(p.file, scratch, ref) })));
  }
}

function atRef(file: string, scratch: string, ref: string): string {
  const absolute = path.resolve(file);
  const relative = path.relative(scratch, absolute);
  return relative.startsWith("..") ? file : `${ref}:${relative.split(path.sep).join("/")}`;
}
