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
  /** Markdown written for the product's guide: the flow and the rules a user must follow. */
  guide: string;
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
  /** Which product each webhook belongs to. */
  productOfWebhook: Map<string, string>;
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
  const { products, productOfPath, productOfWebhook } = readProducts(entry);
  return { entry, document, products, productOfPath, productOfWebhook };
}

function readProducts(entry: string) {
  const raw = parse(readFileSync(entry, "utf8")) as {
    paths?: Record<string, { $ref?: string }>;
    webhooks?: Record<string, { $ref?: string }>;
  };
  const products: ProductInfo[] = [];
  const productOf = (ref: string | undefined): string => {
    // Items defined inline in the entry belong to a catch-all product named after the entry file.
    const file = ref && !ref.startsWith("#") ? path.resolve(path.dirname(entry), ref.split("#")[0]!) : entry;
    const id = path.basename(file).replace(/\.ya?ml$/, "");
    if (!products.some((product) => product.id === id)) {
      const meta = (
        parse(readFileSync(file, "utf8")) as { "x-product"?: { title?: string; description?: string; guide?: string } }
      )["x-product"];
      products.push({
        id,
        title: meta?.title ?? id,
        description: meta?.description ?? "",
        guide: (meta?.guide ?? "").trim(),
        file: relativeFile(file),
      });
    }
    return id;
  };
  const productOfPath = new Map(Object.entries(raw.paths ?? {}).map(([route, item]) => [route, productOf(item?.$ref)]));
  const productOfWebhook = new Map(Object.entries(raw.webhooks ?? {}).map(([name, item]) => [name, productOf(item?.$ref)]));
  return { products, productOfPath, productOfWebhook };
}
