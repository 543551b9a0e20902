// Enumerates every operation of every spec and fails when one lacks what the toolkit promises:
// an SDK method, examples to call it with, a success example, and a contract test (happy path,
// plus an invalid call wherever the spec rejects some input).
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { providers } from "../codegen/providers.js";
import { exampleArgs, invalidCall, takesInput } from "./support/calls.js";
import { loadProvider, repoRoot } from "./support/spec.js";

for (const provider of providers) {
  describe(`${provider.id} operation coverage`, async () => {
    const { model } = await loadProvider(provider.id);

    it("has operations, each with an SDK name unique in the spec", () => {
      expect(model.operations.length).toBeGreaterThan(0);
      const names = model.operations.map((op) => op.sdkName);
      expect(names.filter((name) => !name)).toEqual([]);
      expect(new Set(names).size).toBe(names.length);
    });

    it("can call every operation with examples from the spec", () => {
      const missing = model.operations.flatMap((op) => {
        const problems: string[] = [];
        for (const p of op.pathParams) if (p.example === undefined) problems.push(`path parameter ${p.name} has no example`);
        for (const p of op.queryParams) if (p.required && p.example === undefined) problems.push(`query parameter ${p.name} has no example`);
        if (op.body && op.body.example === undefined && op.body.kind === "json") problems.push("request body has no example");
        if (op.success.kind === "json" && op.success.example === undefined) problems.push("success response has no example");
        return problems.map((problem) => `${op.sdkName}: ${problem}`);
      });
      expect(missing).toEqual([]);
      expect(model.operations.every((op) => exampleArgs(op).length >= op.pathParams.length)).toBe(true);
    });

    it("has an invalid-input contract test for every operation whose spec rejects some input", () => {
      const withInput = model.operations.filter(takesInput);
      const covered = withInput.filter((op) => invalidCall(op) !== undefined);
      // Without a body, the only inputs left are unconstrained ids: any string is valid to the
      // spec, so no call can break the contract (an unknown id is a 404, not a validation error).
      const uncovered = withInput.filter((op) => invalidCall(op) === undefined);
      for (const op of uncovered) {
        expect(op.body, `${op.sdkName} takes a body but has no invalid call`).toBeUndefined();
        expect(op.queryParams.some((p) => p.required), `${op.sdkName} has a required query parameter`).toBe(false);
      }
      expect(covered.length).toBeGreaterThan(0);
      console.log(`${provider.id}: ${model.operations.length} operations; ${covered.length} with an invalid-input test; ${uncovered.length} take only unconstrained ids`);
    });
  });
}

describe("README", () => {
  it("lists every Vonage SDK method with its HTTP method and path", async () => {
    const readme = readFileSync(path.join(repoRoot, "README.md"), "utf8");
    const { model } = await loadProvider("vonage");
    const missing = model.operations.filter((op) => !readme.includes(`| \`${op.sdkName}\` | \`${op.method} ${op.path}\` |`));
    expect(missing.map((op) => op.sdkName)).toEqual([]);
  });
});
