// Loads a provider's spec through the generator's own stages, and validates values against its
// schemas with Ajv (OpenAPI 3.1 schemas are JSON Schema 2020-12).
import path from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { loadSpec, type LoadedSpec } from "../../codegen/load.js";
import { buildModel, type ProviderModel } from "../../codegen/model.js";
import { providers, type ProviderConfig } from "../../codegen/providers.js";

export const repoRoot = path.resolve(import.meta.dirname, "../..");

export function providerConfig(id: string): ProviderConfig {
  const provider = providers.find((p) => p.id === id);
  if (!provider) throw new Error(`No provider ${id}`);
  return provider;
}

const cache = new Map<string, Promise<{ spec: LoadedSpec; model: ProviderModel }>>();

export function loadProvider(id: string): Promise<{ spec: LoadedSpec; model: ProviderModel }> {
  let loaded = cache.get(id);
  if (!loaded) {
    loaded = loadSpec(path.join(repoRoot, providerConfig(id).entry)).then((spec) => ({ spec, model: buildModel(spec) }));
    cache.set(id, loaded);
  }
  return loaded;
}

/** Validates values against schemas addressed by JSON pointer into a bundled document. */
export class SchemaValidator {
  private readonly ajv: Ajv2020;

  constructor(private readonly document: object) {
    this.ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: true });
    // ajv-formats is CommonJS: its default export is the module object under NodeNext typing.
    const addFormats = ((addFormatsModule as { default?: unknown }).default ?? addFormatsModule) as (ajv: Ajv2020) => void;
    addFormats(this.ajv);
    // OpenAPI formats with no JSON Schema meaning: accept anything of the right type.
    for (const format of ["binary", "byte", "int32", "int64", "float", "double", "password"]) this.ajv.addFormat(format, true);
    this.ajv.addSchema({ ...document, $id: "spec" });
  }

  /** Returns Ajv's error text, or undefined when the value is valid. */
  check(pointer: string, value: unknown): string | undefined {
    // A JSON pointer inside a URI fragment must be percent-encoded ("{brand_id}" included).
    const fragment = canonicalPointer(this.document, pointer).split("/").map(encodeURIComponent).join("/");
    const validate = this.ajv.getSchema(`spec#${fragment}`);
    if (!validate) throw new Error(`No schema at ${pointer}`);
    return validate(value) ? undefined : this.ajv.errorsText(validate.errors);
  }
}

/** JSON pointer of a path item's operation, e.g. pointerTo("/10dlc/brand", "post"). */
export function operationPointer(route: string, method: string): string {
  return `/paths/${route.replaceAll("~", "~0").replaceAll("/", "~1")}/${method.toLowerCase()}`;
}

export function escapePointer(segment: string): string {
  return segment.replaceAll("~", "~0").replaceAll("/", "~1");
}

/** The same location with every `$ref` on the way followed, so Ajv can address it directly. */
function canonicalPointer(document: object, pointer: string): string {
  let node: unknown = document;
  let canonical: string[] = [];
  for (const raw of pointer.split("/").slice(1)) {
    const ref = (node as { $ref?: unknown }).$ref;
    if (typeof ref === "string" && ref.startsWith("#/")) {
      canonical = ref.slice(2).split("/");
      node = canonical.reduce<unknown>((n, s) => (n as Record<string, unknown>)[unescape(s)], document);
    }
    const key = unescape(raw);
    node = (node as Record<string, unknown>)[key];
    canonical.push(raw);
  }
  return `/${canonical.join("/")}`;
}

function unescape(segment: string): string {
  return segment.replaceAll("~1", "/").replaceAll("~0", "~");
}
