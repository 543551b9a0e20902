// The content-hash cache of `npm run generate`: unchanged inputs leave the output folder alone;
// a changed spec, template, runtime or generator file, or a hand edit of the output, rebuilds;
// `--check` and CI never trust a record, even one that vouches for a tampered folder.
import { appendFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { cacheEnabled, folderHash, generatorInputs, openCache, providerInputs } from "../../codegen/cache.js";
import { generate, type GenerateResult } from "../../codegen/pipeline.js";
import { readFolder } from "../../codegen/write.js";
import { scratchCopy } from "../support/cli.js";
import { providerConfig, repoRoot } from "../support/spec.js";

const vonage = providerConfig("vonage");

function scratch() {
  const root = scratchCopy();
  const outDir = path.join(root, "generated");
  const run = (options: { check?: boolean; cache?: boolean } = {}) =>
    generate({ root, outDir, providers: [vonage], check: options.check ?? false, cache: options.cache ?? true });
  return { root, outDir, run, dir: path.join(outDir, "vonage") };
}

const builtIds = (result: GenerateResult) => result.built.map((b) => b.provider.id);
const cachedIds = (result: GenerateResult) => result.cached.map((c) => c.provider.id);

/** Inode and modification time of a folder and every file in it: any rewrite changes them. */
function fingerprint(dir: string): string[] {
  return [dir, ...readdirSync(dir, { recursive: true, encoding: "utf8" }).map((file) => path.join(dir, file))]
    .sort()
    .map((file) => {
      const stats = statSync(file);
      return `${path.relative(dir, file)} ${stats.ino} ${stats.mtimeMs}`;
    });
}

describe("generate's content-hash cache", () => {
  it("an unchanged spec is a hit that leaves the folder untouched; one changed spec byte rebuilds", async () => {
    const { root, run, dir, outDir } = scratch();
    const first = await run();
    expect(builtIds(first)).toEqual(["vonage"]);
    const operations = first.built[0]!.model.operations.length;
    const before = { vonage: fingerprint(dir), runtime: fingerprint(path.join(outDir, "runtime")) };

    const second = await run();
    expect(builtIds(second)).toEqual([]);
    expect(cachedIds(second)).toEqual(["vonage"]);
    expect(second.cached[0]).toMatchObject({ operations, files: first.built[0]!.files.size });
    expect([...second.reports.values()].every((r) => r.changed.length + r.added.length + r.removed.length === 0)).toBe(true);
    expect({ vonage: fingerprint(dir), runtime: fingerprint(path.join(outDir, "runtime")) }).toEqual(before);

    appendFileSync(path.join(root, "specs/vonage/10dlc.yaml"), "\n# one more byte of spec\n");
    const third = await run();
    expect(builtIds(third)).toEqual(["vonage"]);
    expect(cachedIds(third)).toEqual([]);
  });

  it("an output file edited by hand, or a stray file added, is rebuilt and put back", async () => {
    const { run, dir } = scratch();
    await run();
    const client = readFileSync(path.join(dir, "client.ts"), "utf8");
    writeFileSync(path.join(dir, "client.ts"), `${client}// edited by hand\n`);
    const afterEdit = await run();
    expect(builtIds(afterEdit)).toEqual(["vonage"]);
    expect(afterEdit.reports.get("vonage")!.changed).toEqual(["client.ts"]);
    expect(readFileSync(path.join(dir, "client.ts"), "utf8")).toBe(client);

    writeFileSync(path.join(dir, "leftover.ts"), "export {};\n");
    const afterStray = await run();
    expect(builtIds(afterStray)).toEqual(["vonage"]);
    expect(afterStray.reports.get("vonage")!.removed).toEqual(["leftover.ts"]);
  });

  it("--check and CI ignore a record that vouches for a tampered folder; a normal run trusts it", async () => {
    const { root, run, dir } = scratch();
    await run();
    writeFileSync(path.join(dir, "client.ts"), "// tampered\n");
    // A record that claims the tampered folder is what the inputs produce.
    openCache().record(dir, { inputs: providerInputs(vonage, root), outputs: folderHash(readFolder(dir)), files: 1, operations: 1, warnings: [] });

    const trusted = await run();
    expect(cachedIds(trusted)).toEqual(["vonage"]);
    expect(readFileSync(path.join(dir, "client.ts"), "utf8")).toBe("// tampered\n");

    const checked = await run({ check: true });
    expect(builtIds(checked)).toEqual(["vonage"]);
    expect(checked.reports.get("vonage")!.changed).toEqual(["client.ts"]);
    expect(readFileSync(path.join(dir, "client.ts"), "utf8")).toBe("// tampered\n"); // --check writes nothing

    const previous = process.env.CI;
    process.env.CI = "true";
    try {
      const inCi = await generate({ root, outDir: path.dirname(dir), providers: [vonage], check: false });
      expect(builtIds(inCi)).toEqual(["vonage"]);
      expect(readFileSync(path.join(dir, "client.ts"), "utf8")).not.toBe("// tampered\n");
    } finally {
      if (previous === undefined) delete process.env.CI;
      else process.env.CI = previous;
    }
  });

  it("a record that is not JSON, or of another shape, is a miss and is replaced", async () => {
    const { run, dir } = scratch();
    await run();
    const record = openCache().fileOf(dir);
    for (const garbage of ["{ not json", '{"version":1,"inputs":7}', "[]"]) {
      writeFileSync(record, garbage);
      expect(builtIds(await run())).toEqual(["vonage"]);
    }
    expect(cachedIds(await run())).toEqual(["vonage"]);
  });

  it("creates nothing inside the root it generates for (tests link node_modules there)", async () => {
    const { root, run } = scratch();
    await run();
    expect(readdirSync(root).sort()).toEqual(["generated", "specs"]);
  });
});

describe("what the cache hashes", () => {
  /** A stand-in generator folder: sources, templates, runtime and the lock file. */
  function generatorCopy(): string {
    const base = mkdtempSync(path.join(os.tmpdir(), "toolkit-generator-"));
    cpSync(path.join(repoRoot, "templates"), path.join(base, "templates"), { recursive: true });
    cpSync(path.join(repoRoot, "codegen"), path.join(base, "codegen"), { recursive: true });
    cpSync(path.join(repoRoot, "package-lock.json"), path.join(base, "package-lock.json"));
    return base;
  }

  it("changes with one byte of a template, a runtime file, a generator source or the lock file", () => {
    const base = generatorCopy();
    const hashes = new Set([generatorInputs(base)]);
    expect(generatorInputs(base)).toBe([...hashes][0]); // stable when nothing changed
    for (const file of ["templates/client.ts.hbs", "codegen/runtime/retry.ts", "codegen/model.ts", "package-lock.json"]) {
      appendFileSync(path.join(base, file), " ");
      hashes.add(generatorInputs(base));
    }
    writeFileSync(path.join(base, "templates/partials/new.hbs"), "");
    hashes.add(generatorInputs(base));
    renameSync(path.join(base, "templates/partials/new.hbs"), path.join(base, "templates/partials/renamed.hbs"));
    hashes.add(generatorInputs(base));
    expect(hashes.size).toBe(7);
  });

  it("changes with the provider's spec folder and its settings, and differs between providers", () => {
    const root = scratchCopy();
    const generator = "fixed";
    const original = providerInputs(vonage, root, generator);
    expect(providerInputs(vonage, root, generator)).toBe(original);
    expect(providerInputs({ ...vonage, factory: "createOtherClient" }, root, generator)).not.toBe(original);
    expect(providerInputs(providerConfig("telnyx"), root, generator)).not.toBe(original);
    expect(providerInputs(vonage, root, "other generator")).not.toBe(original);
    writeFileSync(path.join(root, "specs/vonage/new-product.yaml"), "x-product: {}\n");
    expect(providerInputs(vonage, root, generator)).not.toBe(original);
  });

  it("is trusted only outside --check and CI, unless asked for explicitly", () => {
    expect(cacheEnabled({ check: false }, {})).toBe(true);
    expect(cacheEnabled({ check: false }, { CI: "true" })).toBe(false);
    expect(cacheEnabled({ check: false }, { CI: "1" })).toBe(false);
    expect(cacheEnabled({ check: false }, { CI: "false" })).toBe(true);
    expect(cacheEnabled({ check: true, cache: true }, {})).toBe(false);
    expect(cacheEnabled({ check: false, cache: false }, {})).toBe(false);
    expect(cacheEnabled({ check: false, cache: true }, { CI: "true" })).toBe(true);
  });
});
