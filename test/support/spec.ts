// Loads a provider's spec through the generator's own stages, and validates values against its
// schemas with Ajv (OpenAPI 3.1 schemas are JSON Schema 2020-12).
import path from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { loadSpec, type LoadedSpec } from "../../codegen/load.js";
import { buildModel, type ProviderModel } from "../../codegen/model.js";
import { providers, type ProviderConfig } from "../../codegen/providers.js";
import { RefResolver } from "../../codegen/refs.js";

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
  private readonly refs: RefResolver;

  constructor(document: object) {
    this.refs = new RefResolver(document);
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
    const fragment = this.refs.at(pointer).pointer.split("/").map(encodeURIComponent).join("/");
    const validate = this.ajv.getSchema(`spec#${fragment}`);
    if (!validate) throw new Error(`No schema at ${pointer}`);
    return validate(value) ? undefined : this.ajv.errorsText(validate.errors);
  }
}

export { escapePointer, operationPointer } from "../../codegen/refs.js";
