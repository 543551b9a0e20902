// Examples for a spec that has none (`mock --spec` on a public spec): Prism answers from examples,
// and without one writes placeholder values ("string") that break the schema's own patterns,
// formats and enums. So each JSON response without an example gets one, made once from its
// schema by json-schema-faker (the generator Prism uses for its dynamic mode) with a fixed seed:
// answers are valid, and the same on every request and every run.
import { createRequire } from "node:module";
import { RefResolver } from "../../codegen/refs.js";

const require = createRequire(import.meta.url);

type Json = Record<string, unknown>;
interface Faker {
  option(options: Record<string, unknown>): void;
  generate(schema: unknown): unknown;
}

const SEED = "telecom-openapi-toolkit";
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
  for (const item of Object.values((document.paths ?? {}) as Record<string, Json>)) {
    for (const method of METHODS) {
      const responses = (refs.resolve<Json | undefined>(item?.[method])?.responses ?? {}) as Record<string, unknown>;
      for (const raw of Object.values(responses)) {
        const content = (refs.resolve<Json>(raw)?.content ?? {}) as Record<string, Json>;
        for (const [type, media] of Object.entries(content)) {
          if (!/json/i.test(type) || media.example !== undefined || media.examples !== undefined || media.schema === undefined) continue;
          // The schema's $refs point into the document's components: generate with them beside it.
          const value = JSONSchemaFaker.generate({ ...(media.schema as Json), components });
          media.examples = { synthesized: { summary: "Made from the schema by the mock (no example in the spec)", value } };
        }
      }
    }
  }
  return document;
}
