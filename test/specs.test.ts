// The curated specs themselves: Redocly lint (recommended + toolkit rules) must be clean, and
// every example must validate against its schema, checked here independently with Ajv.
import path from "node:path";
import { describe, expect, it } from "vitest";
import { providers } from "../codegen/providers.js";
import { RefResolver } from "../codegen/refs.js";
import { lintSpec } from "../codegen/validate.js";
import type { ExampleObject, MediaTypeObject, ParameterObject, RequestBodyObject, ResponseObject } from "../codegen/openapi-types.js";
import { escapePointer, loadProvider, operationPointer, repoRoot, SchemaValidator } from "./support/spec.js";

for (const provider of providers) {
  describe(`${provider.id} spec`, () => {
    it("lints clean: no errors and no warnings", async () => {
      const { errors, warnings } = await lintSpec(path.join(repoRoot, provider.entry));
      expect([...errors, ...warnings].map((p) => `${p.file}:${p.line} [${p.rule}] ${p.message}`)).toEqual([]);
    });

    it("has examples that validate against their schemas (checked with Ajv)", async () => {
      const { spec } = await loadProvider(provider.id);
      const doc = spec.document;
      const validator = new SchemaValidator(doc);
      const refs = new RefResolver(doc);
      const failures: string[] = [];
      let checked = 0;
      const checkMedia = (where: string, pointer: string, media: MediaTypeObject) => {
        const examples = Object.entries(media.examples ?? {}).map(([name, e]) => [name, refs.resolve<ExampleObject>(e).value] as const);
        if (media.example !== undefined) examples.push(["example", media.example]);
        for (const [name, value] of examples) {
          checked++;
          const error = validator.check(`${pointer}/schema`, value);
          if (error) failures.push(`${where} example "${name}": ${error}`);
        }
      };
      for (const [route, item] of Object.entries(doc.paths)) {
        for (const method of ["get", "post", "put", "patch", "delete"] as const) {
          const op = item[method];
          if (!op) continue;
          const base = operationPointer(route, method);
          const where = `${method.toUpperCase()} ${route}`;
          for (const [index, raw] of (op.parameters ?? []).entries()) {
            const param = refs.resolve<ParameterObject>(raw);
            if (param.example === undefined) continue;
            checked++;
            const error = validator.check(`${base}/parameters/${index}/schema`, param.example);
            if (error) failures.push(`${where} parameter ${param.name}: ${error}`);
          }
          const body = op.requestBody ? refs.resolve<RequestBodyObject>(op.requestBody) : undefined;
          for (const [type, media] of Object.entries(body?.content ?? {})) {
            if (/json/.test(type)) checkMedia(`${where} request ${type}`, `${base}/requestBody/content/${escapePointer(type)}`, media);
          }
          for (const [status, raw] of Object.entries(op.responses)) {
            for (const [type, media] of Object.entries(refs.resolve<ResponseObject>(raw).content ?? {})) {
              if (/json/.test(type)) {
                checkMedia(`${where} ${status} ${type}`, `${base}/responses/${status}/content/${escapePointer(type)}`, media);
              }
            }
          }
        }
      }
      expect(failures).toEqual([]);
      // Every operation has at least a success example, so an empty run would mean a broken walk.
      expect(checked).toBeGreaterThan(Object.keys(doc.paths).length);
    });
  });
}
