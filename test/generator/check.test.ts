// generated/ is committed: `npm run generate -- --check` must pass on the repository, must fail
// (naming the file) when the output is stale, and generation must be deterministic.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { folderHash, openCache, providerInputs } from "../../codegen/cache.js";
import { buildProvider } from "../../codegen/pipeline.js";
import { discoverProviders } from "../../codegen/providers.js";
import { SpecError } from "../../codegen/spec-error.js";
import { readFolder } from "../../codegen/write.js";
import { runCli, scratchCopy } from "../support/cli.js";
import { providerConfig, repoRoot } from "../support/spec.js";
import { caseFiles, rootWithVonageSpec } from "./hostile-support.js";

describe("generate --check", () => {
  it.concurrent("passes on the repository: generated/ is what the specs produce", async () => {
    const result = await runCli("commands/generate.ts", ["--check"]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("generated/ is up to date.");
  });

  it.concurrent("fails and names the stale and extra files when generated/ was edited", async () => {
    const root = scratchCopy();
    writeFileSync(path.join(root, "generated/vonage/client.ts"), "// edited by hand\n");
    writeFileSync(path.join(root, "generated/telnyx/leftover.ts"), "export {};\n");
    const result = await runCli("commands/generate.ts", ["--check", "--root", root]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("changed  vonage/client.ts");
    expect(result.stderr).toContain("extra    telnyx/leftover.ts");
  });

  it.concurrent("recomputes even where generate's cache vouches for a hand-edited folder", async () => {
    const root = scratchCopy();
    const dir = path.join(root, "generated/vonage");
    writeFileSync(path.join(dir, "client.ts"), "// edited by hand\n");
    const forged = { inputs: providerInputs(providerConfig("vonage"), root), outputs: folderHash(readFolder(dir)), files: 1, operations: 1, warnings: [] };
    openCache().record(dir, forged);
    const result = await runCli("commands/generate.ts", ["--check", "--root", root, "--provider", "vonage"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("changed  vonage/client.ts");
  });
});

describe("determinism", () => {
  it("builds byte-identical output twice in a row", async () => {
    const first = await buildProvider(providerConfig("vonage"), repoRoot);
    const second = await buildProvider(providerConfig("vonage"), repoRoot);
    expect(first.files.size).toBeGreaterThan(0);
    expect([...second.files]).toEqual([...first.files]);
  });

  it("builds the same output when types.ts is emitted on the main thread, as in watch mode, and stops on the same lint errors", async () => {
    const inSpecThread = await buildProvider(providerConfig("vonage"), repoRoot);
    const onMainThread = await buildProvider(providerConfig("vonage"), repoRoot, { repeated: true });
    expect(onMainThread.files.get("types.ts")).toMatch(/^export interface paths/m);
    expect([...onMainThread.files]).toEqual([...inSpecThread.files]);
    // A spec the lint rejects stops both ways with the same problems.
    const root = rootWithVonageSpec(caseFiles("prototype-property-bad-example"));
    const vonage = discoverProviders(root).find((p) => p.id === "vonage")!;
    const refusal = (options: { repeated?: boolean }) => buildProvider(vonage, root, options).then(() => undefined, (error: unknown) => error);
    const [inThread, onMain] = await Promise.all([refusal({}), refusal({ repeated: true })]);
    expect(inThread).toBeInstanceOf(SpecError);
    expect((inThread as SpecError).problems.length).toBeGreaterThan(0);
    expect((onMain as SpecError).problems).toEqual((inThread as SpecError).problems);
  });
});
