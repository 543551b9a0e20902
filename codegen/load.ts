// Stage 2: bundle the entry document and its product files into one OpenAPI document, and read
// the per-product metadata (`x-product`) that the bundle does not keep.
import path from "node:path";
import { BaseResolver, bundle, type Config, type NormalizedProblem } from "@redocly/openapi-core";
import { BUNDLER_RULE, bundleConfigWithRules } from "./lint-in-bundle.js";
import { lintConfig, type LintLevel } from "./rules.js";
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

/**
 * Bundles the spec. Pass the resolver the lint used (validate.ts `specResolver`) to reuse the
 * files it parsed; without one, the files are read here.
 */
export async function loadSpec(entry: string, resolver?: BaseResolver): Promise<LoadedSpec> {
  const config = await lintConfig();
  const { spec } = await bundled(entry, config, resolver ?? new BaseResolver(config.resolve));
  if (spec instanceof SpecError) throw spec;
  return spec;
}

/**
 * Bundles the spec and lints it at `level` in the same walk (lint-in-bundle.ts): the bundle (or
 * the problems that kept it from being made) and the lint's own problems, the same as loadSpec's
 * and a separate lint's. Throws what Redocly throws when the entry cannot be read or parsed.
 */
export async function lintAndLoadSpec(entry: string, level: LintLevel): Promise<{ spec: LoadedSpec | SpecError; problems: NormalizedProblem[] }> {
  const config = await lintConfig(level);
  const { spec, problems } = await bundled(entry, bundleConfigWithRules(config), new BaseResolver(config.resolve));
  // The bundler's own reports (a `$ref` it cannot resolve) are the lint's no-unresolved-refs again.
  return { spec, problems: problems.filter((problem) => problem.ruleId !== BUNDLER_RULE) };
}

async function bundled(entry: string, config: Config, files: BaseResolver): Promise<{ spec: LoadedSpec | SpecError; problems: NormalizedProblem[] }> {
  // Products are read first: bundling rewrites the entry's parsed document in place, and the
  // entry's own `$ref`s are what say which product file each path and webhook comes from.
  const { products, productOfPath, productOfWebhook } = await readProducts(entry, files);
  const { bundle: result, problems } = await bundle({ ref: entry, config, dereference: false, externalRefResolver: files });
  const unresolved = problems.filter((problem) => problem.ruleId === BUNDLER_RULE && problem.severity === "error");
  if (unresolved.length > 0) {
    const error = new SpecError(unresolved.map((p) => ({ file: relativeFile(entry), rule: p.ruleId, message: p.message })));
    return { spec: error, problems };
  }
  const document = result.parsed as OpenAPIDocument;
  return { spec: { entry, document, products, productOfPath, productOfWebhook }, problems };
}

type XProduct = { title?: string; description?: string; guide?: string };
type EntryItem = { $ref?: string } & Record<string, { tags?: unknown } | unknown>;
type EntryRefs = { paths?: Record<string, EntryItem>; webhooks?: Record<string, EntryItem>; tags?: Array<{ name?: unknown; description?: unknown }> };

/** The first tag of a path item's operations: how a spec without product files is split into guides. */
function firstTag(item: EntryItem | undefined): string | undefined {
  for (const value of Object.values(item ?? {})) {
    const tags = (value as { tags?: unknown } | undefined)?.tags;
    if (Array.isArray(tags) && typeof tags[0] === "string" && tags[0].trim() !== "") return tags[0];
  }
  return undefined;
}

/** The parsed content of a spec file, from the resolver's cache (undefined when it does not parse). */
async function parsedFile(files: BaseResolver, file: string): Promise<unknown> {
  const document = await files.resolveDocument(null, file, true);
  return "parsed" in document ? document.parsed : undefined;
}

async function readProducts(entry: string, files: BaseResolver) {
  const raw = ((await parsedFile(files, entry)) ?? {}) as EntryRefs;
  const products: ProductInfo[] = [];
  const productFiles = new Map<string, string>();
  const tagProducts = new Map<string, string>();
  const productOf = (item: EntryItem | undefined): string => {
    const ref = item?.$ref;
    if (!ref || ref.startsWith("#")) {
      // Inline in the entry (a spec without product files): one guide per first tag, so a large
      // public spec is not one page; untagged items go to a guide named after the entry file.
      const tag = firstTag(item);
      const id = tag === undefined ? "" : `tag-${tag.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "") || "untitled"}`;
      if (tag !== undefined && id !== "" && !tagProducts.has(id)) tagProducts.set(id, tag);
      if (id !== "") return id;
    }
    const file = ref && !ref.startsWith("#") ? path.resolve(path.dirname(entry), ref.split("#")[0]!) : entry;
    const id = path.basename(file).replace(/\.(ya?ml|json)$/, "");
    if (!productFiles.has(id)) productFiles.set(id, file);
    return id;
  };
  const productOfPath = new Map(Object.entries(raw.paths ?? {}).map(([route, item]) => [route, productOf(item)]));
  const productOfWebhook = new Map(Object.entries(raw.webhooks ?? {}).map(([name, item]) => [name, productOf(item)]));
  for (const [id, file] of productFiles) {
    const meta = ((await parsedFile(files, file)) as { "x-product"?: XProduct } | undefined)?.["x-product"];
    products.push({
      id,
      title: meta?.title ?? id,
      description: meta?.description ?? "",
      guide: (meta?.guide ?? "").trim(),
      file: relativeFile(file),
    });
  }
  for (const [id, tag] of tagProducts) {
    const declared = raw.tags?.find((t) => t.name === tag);
    products.push({ id, title: tag, description: typeof declared?.description === "string" ? declared.description : "", guide: "", file: relativeFile(entry) });
  }
  return { products, productOfPath, productOfWebhook };
}
