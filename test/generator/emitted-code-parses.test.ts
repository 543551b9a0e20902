// Names and texts of a spec reach the client modules as identifiers, property names, string
// literals and comments. format.ts keeps the declarations the emitters lay out without parsing
// them (emit/layout.ts), so a name that broke the code would no longer be caught there: this
// property holds the emitters to code that parses, whatever a spec without our extensions names
// its API, servers, operations, tags, paths, parameters and properties. A spec the model refuses must be
// refused with a SpecError, never a crash.
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { emitClientModules, LAID_OUT_MODULES } from "../../codegen/emit/client.js";
import { formatFile } from "../../codegen/format.js";
import { loadSpec } from "../../codegen/load.js";
import { buildModel } from "../../codegen/model.js";
import { providerFromSpec } from "../../codegen/providers.js";
import { SpecError } from "../../codegen/spec-error.js";
import { repoRoot } from "../support/spec.js";

// What specs write where a name goes, and what breaks code: comment ends, template literals,
// quotes and backslashes, reserved and prototype names, leading digits, separators, wide and
// combining characters, line separators, a tag of JSDoc, a name longer than a line.
const tricky = fc.constantFrom(
  "*/", "/*", "`${x}`", "\\", '"', "'", "constructor", "__proto__", "class", "default", "1abc", "a-b", "a.b", "a b",
  "ünï", "番号", "e\u0301", "\u2028", "@param", "</script>", "${", "x".repeat(120), "_", "$",
);
const text = fc.array(fc.oneof(tricky, fc.string({ unit: "grapheme", maxLength: 6 })), { minLength: 1, maxLength: 3 }).map((parts) => parts.join(""));
// A name that can sit in a path template: no braces, slashes or query and fragment marks.
const pathSafe = text.map((t) => t.replace(/[{}/?#%]/g, "")).filter((t) => t.trim() !== "");

const spec = fc.record({
  title: text,
  tag: text,
  operationId: text,
  summary: text,
  description: text,
  segment: pathSafe,
  pathParam: pathSafe,
  queryParam: text,
  property: text,
  enumValue: text,
  server: text,
});

type Names = typeof spec extends fc.Arbitrary<infer T> ? T : never;

/** A 3.0 document without our extensions, naming everything a client method is made of from `names`. */
function document(names: Names) {
  const schema = { type: "object", properties: { [names.property]: { type: "string", enum: [names.enumValue], description: names.description } } };
  const json = (status: string) => ({ [status]: { description: names.summary, content: { "application/json": { schema } } } });
  return {
    openapi: "3.0.3",
    info: { title: names.title, version: "1", description: names.description },
    servers: [{ url: `https://${names.server}` }],
    paths: {
      [`/${names.segment}/{${names.pathParam}}`]: {
        parameters: [{ name: names.pathParam, in: "path", required: true, schema: { type: "string" }, description: names.description }],
        get: {
          operationId: names.operationId,
          tags: [names.tag],
          summary: names.summary,
          description: names.description,
          parameters: [{ name: names.queryParam, in: "query", schema: { type: "string" } }],
          responses: json("200"),
        },
        post: {
          operationId: `${names.operationId}2`,
          tags: [names.tag],
          summary: names.summary,
          requestBody: { required: true, content: { "application/json": { schema } } },
          responses: json("201"),
        },
      },
    },
  };
}

describe("the client modules of a spec with hostile names", () => {
  it("parse, as written by the generator, or the spec is refused with a SpecError (property, seeded)", async () => {
    const seed = 5151;
    console.log(`emitted-code property seed: ${seed}`);
    const scratch = mkdtempSync(path.join(os.tmpdir(), "emitted-code-"));
    const outcomes = { emitted: 0, refused: 0 };
    await fc.assert(
      fc.asyncProperty(spec, async (names) => {
        const file = path.join(scratch, "hostile.json");
        writeFileSync(file, JSON.stringify(document(names)));
        const provider = providerFromSpec(file, repoRoot, { id: "hostile" });
        let modules: Array<[string, string]>;
        try {
          modules = emitClientModules(buildModel(await loadSpec(file), { deriveNames: true }), provider, "hostile.json");
        } catch (error) {
          expect(error).toBeInstanceOf(SpecError);
          outcomes.refused++;
          return;
        }
        outcomes.emitted++;
        for (const [name, code] of modules) {
          const written = await formatFile(name, code, name, { laidOut: LAID_OUT_MODULES.has(name) });
          // Formatting it again parses every declaration, the kept ones included.
          await expect(formatFile(name, written, name)).resolves.toBeTypeOf("string");
        }
      }),
      { seed, numRuns: 200 },
    );
    console.log(`emitted ${outcomes.emitted}, refused ${outcomes.refused}`);
    expect(outcomes.emitted).toBeGreaterThan(100);
  });
});
