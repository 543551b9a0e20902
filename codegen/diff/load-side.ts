// One side of a comparison: a provider's spec from the working tree, or from a git ref.
import path from "node:path";
import { loadSpec } from "../load.js";
import { buildModel } from "../model.js";
import type { ProviderConfig } from "../providers.js";
import { checkoutSpecs } from "./base.js";
import type { SpecSide } from "./spec-diff.js";

export async function loadSide(root: string, provider: ProviderConfig, ref?: string): Promise<SpecSide> {
  const specRoot = ref === undefined ? root : checkoutSpecs(root, ref, path.dirname(provider.entry));
  const spec = await loadSpec(path.join(specRoot, provider.entry));
  return { spec, model: buildModel(spec) };
}
