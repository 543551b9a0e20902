// Stage 2: bundle the entry document and its product files into one OpenAPI document, and read
// the per-product metadata (`x-product`) that the bundle does not keep.
import { readFileSync } from "node:fs";
import path from "node:path";
import { bundle } from "@redocly/openapi-core";
import { parse } from "yaml";
import { lintConfig } from "./rules.js";
import { relativeFile, SpecError } from "./spec-error.js";
import type { OpenAPIDocument } from "./openapi-types.js";

export interface ProductInfo {
  /** File name without extension, e.g. "10dlc". */
  id: string;
  title: string;
  description: string;
  /** Source file, relative to the working directory. */
  file: string;
}

export interface LoadedSpec {
  entry: string;
  document: OpenAPIDocument;
  /** Products in the order the entry document first references them. */
  products: ProductInfo[];
  /** Which product each path belongs to. */
  productOfPath: Map<string, string>;
}

export async function loadSpec(entry: string): Promise<LoadedSpec> {
  const { bundle: result, problems } = await bundle({ ref: entry, config: await lintConfig(), dereference: false });
  const unresolved = problems.filter((problem) => problem.severity === "error");
  if (unresolved.length > 0) {
    throw new SpecError(
      unresolved.map((p) => ({ file: relativeFile(entry), rule: p.ruleId, message: p.message })),
    );
  }
  const document = result.parsed as OpenAPIDocument;
  const { products, productOfPath } = readProducts(entry);
  return { entry, document, products, productOfPath };
}

function readProducts(entry: string) {
  const raw = parse(readFileSync(entry, "utf8")) as { paths?: Record<string, { $ref?: string }> };
  const products: ProductInfo[] = [];
  const productOfPath = new Map<string, string>();
  for (const [route, item] of Object.entries(raw.paths ?? {})) {
    const ref = item?.$ref;
    // Paths defined inline in the entry belong to a catch-all product named after the provider.
    const file = ref && !ref.startsWith("#") ? path.resolve(path.dirname(entry), ref.split("#")[0]!) : entry;
    const id = path.basename(file).replace(/\.ya?ml$/, "");
    if (!products.some((product) => product.id === id)) {
      const meta = (parse(readFileSync(file, "utf8")) as { "x-product"?: { title?: string; description?: string } })[
        "x-product"
      ];
      products.push({ id, title: meta?.title ?? id, description: meta?.description ?? "", file: relativeFile(file) });
    }
    productOfPath.set(route, id);
  }
  return { products, productOfPath };
}
