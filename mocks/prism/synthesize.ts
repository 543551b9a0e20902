// Examples for a spec that has none (`mock --spec` on a public spec): Prism answers from examples,
// and without one writes placeholder values ("string") that break the schema's own patterns,
// formats and enums. So each JSON response without an example gets one, made once from its
// schema by json-schema-faker (the generator Prism uses for its dynamic mode) with a fixed seed:
// answers are valid, and the same on every request and every run.
import { createRequire } from "node:module";
import { Ajv2020 } from "ajv/dist/2020.js";
import { Ajv } from "ajv";
import { RefResolver, escapePointer } from "../../codegen/refs.js";

const require = createRequire(import.meta.url);

type Json = Record<string, unknown>;
interface Faker {
  option(options: Record<string, unknown>): void;
  generate(schema: unknown): unknown;
}

const SEED = "telecom-openapi-toolkit";
/** Draws per schema before giving up: json-schema-faker's values do not always fit (oneOf, patterns). */
const ATTEMPTS = 8;
const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

/** The document with a `synthesized` example on every JSON response media type that has none. */
export function synthesizeExamples(document: Json): Json {
  const { JSONSchemaFaker } = require("json-schema-faker") as { JSONSchemaFaker: Faker };
  const seedrandom = require("seedrandom") as (seed: string) => () => number;
  JSONSchemaFaker.option({
    alwaysFakeOptionals: true,
    fillProperties: false,
    failOnInvalidFormat: false,
    failOnInvalidTypes: false,
    useExamplesValue: true,
    refDepthMax: 3,
    maxItems: 3,
    random: seedrandom(SEED),
  });
  const refs = new RefResolver(document);
  const components = document.components;
  // Each draw is checked against its schema; a value that does not fit is drawn again, and a
  // schema no draw fits gets no example (Prism then answers from the schema as usual).
  const ajv = String(document.openapi ?? "").startsWith("3.0") ? new Ajv({ strict: false, validateFormats: false }) : new Ajv2020({ strict: false, validateFormats: false });
  ajv.addSchema({ ...structuredClone(document), $id: "spec" });
  for (const [route, item] of Object.entries((document.paths ?? {}) as Record<string, Json>)) {
    for (const method of METHODS) {
      if (!refs.resolve<Json | undefined>(item?.[method])) continue;
      const responses = (refs.resolve<Json>(item[method]).responses ?? {}) as Record<string, unknown>;
      for (const [status, raw] of Object.entries(responses)) {
        const content = (refs.resolve<Json>(raw)?.content ?? {}) as Record<string, Json>;
        for (const [type, media] of Object.entries(content)) {
          if (!/json/i.test(type) || media.example !== undefined || media.examples !== undefined || media.schema === undefined) continue;
          const pointer = refs.at(`/paths/${escapePointer(route)}/${method}/responses/${escapePointer(status)}/content/${escapePointer(type)}/schema`).pointer;
          const validate = ajv.getSchema(`spec#${pointer.split("/").map(encodeURIComponent).join("/")}`);
          for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
            // The schema's $refs point into the document's components: generate with them beside it.
            const value = JSONSchemaFaker.generate({ ...(media.schema as Json), components });
            if (validate && !validate(value)) continue;
            media.examples = { synthesized: { summary: "Made from the schema by the mock (no example in the spec)", value } };
            break;
          }
        }
      }
    }
  }
  return document;
}
