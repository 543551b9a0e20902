// One side of a comparison: a provider's spec from the working tree, or from a git ref. Neither
// is linted (a work-in-progress spec can be compared before it is lint-clean); the file checks
// and what the differ needs (a bundle, an x-sdk-name per operation) are, and problems in a spec
// at a ref name the file as "<ref>:<path>".
import path from "node:path";
import { loadSpec } from "../load.js";
import { buildModel } from "../model.js";
import type { ProviderConfig } from "../providers.js";
import { SpecError } from "../spec-error.js";
import { checkSpecFiles } from "../spec-files.js";
import { checkoutSpecs } from "./base.js";
import type { SpecSide } from "./spec-diff.js";

export async function loadSide(root: string, provider: ProviderConfig, ref?: string): Promise<SpecSide> {
  if (ref === undefined) return load(path.join(root, provider.entry), provider);
  const scratch = checkoutSpecs(root, ref, path.dirname(provider.entry));
  try {
    return await load(path.join(scratch, provider.entry), provider);
  } catch (error) {
    if (!(error instanceof SpecError)) throw error;
    throw new SpecError(error.problems.map((p) => ({ ...p, file: atRef(p.file, scratch, ref) })));
  }
}

/**
 * The file checks of the generator come first: they refuse what must not be read (files outside
 * the spec folder, URLs, alias bombs) and the duplicate component names bundling would rename
 * silently, which would make renamed schemas look like "no changes".
 */
async function load(entry: string, provider: ProviderConfig): Promise<SpecSide> {
  const problems = checkSpecFiles(entry);
  if (problems.length > 0) throw new SpecError(problems);
  const spec = await loadSpec(entry);
  // A spec without our extensions names its methods as the generator does for it (sdk-names.ts).
  return { spec, model: buildModel(spec, { deriveNames: provider.lint === "standard" }) };
}

/** One side from a spec file anywhere (`diff --spec new.yaml --base old.yaml`). */
export function loadFileSide(file: string, provider: ProviderConfig): Promise<SpecSide> {
  return load(path.resolve(file), provider);
}

function atRef(file: string, scratch: string, ref: string): string {
  const absolute = path.resolve(file);
  const relative = path.relative(scratch, absolute);
  return relative.startsWith("..") ? file : `${ref}:${relative.split(path.sep).join("/")}`;
}
