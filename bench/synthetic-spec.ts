// `npx tsx bench/synthetic-spec.ts [--seed N] [--out DIR]`: writes the synthetic large spec
// (1,120 operations, a few MB) to .tmp/synthetic/specs/synthetic/ for the generator benchmark.
// The output is scratch: .tmp/ is ignored by git, and the same seed rebuilds the same bytes.
import path from "node:path";
import { parseArgs } from "node:util";
import { writeSyntheticSpec } from "./synthetic/spec.js";

/** 14 products of 10 resources of 8 operations: 1,120 operations. */
export const LARGE = { products: 14, resourcesPerProduct: 10 };
export const DEFAULT_SEED = 1313;

function main(): void {
  const { values } = parseArgs({ options: { seed: { type: "string" }, out: { type: "string" } } });
  const seed = values.seed === undefined ? DEFAULT_SEED : Number(values.seed);
  if (!Number.isInteger(seed)) throw new Error(`--seed must be an integer, not ${values.seed}`);
  const root = path.resolve(values.out ?? ".tmp/synthetic");
  const spec = writeSyntheticSpec({ root, seed, ...LARGE });
  console.log(`seed ${seed}: ${spec.operations} operations, ${(spec.bytes / 1024 / 1024).toFixed(1)} MiB in ${path.relative(process.cwd(), root)}/specs/synthetic/`);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
