// commands/bundling.js: how the commands and the generator's threads run our TypeScript with
// plain Node. What a user relies on: an edited source is never run from an old bundle, an
// unchanged one is not bundled again, a module still finds files beside its source
// (import.meta), and a source that cannot be bundled leaves the caller to fall back to tsx.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { BUNDLE_ROOT, bundledEntry, bundlingWanted } from "../../commands/bundling.js";

const folder = mkdtempSync(path.join(os.tmpdir(), "toolkit-bundling-"));
const name = `test-${process.pid}`;
afterAll(() => {
  rmSync(folder, { recursive: true, force: true });
  for (const made of [name, `${name}-broken`, `${name}-js`]) rmSync(path.join(BUNDLE_ROOT, made), { recursive: true, force: true });
});

const source = path.join(folder, "answer.ts");
const entry = `import { answer } from ${JSON.stringify(source)};\nexport default answer();\n`;

function writeSource(value: number): void {
  writeFileSync(source, `export function answer(): { value: number; url: string } {\n  return { value: ${value} as number, url: import.meta.url };\n}\n`);
}

async function run(file: string): Promise<{ value: number; url: string }> {
  return ((await import(`${pathToFileURL(file).href}?t=${Date.now()}`)) as { default: { value: number; url: string } }).default;
}

describe("bundledEntry", () => {
  it("runs the sources as they are now: reused while unchanged, made again after an edit", async () => {
    writeSource(1);
    const first = await bundledEntry(name, entry);
    expect(first).toBeDefined();
    expect(await run(first!)).toEqual({ value: 1, url: pathToFileURL(source).href });
    expect(await bundledEntry(name, entry)).toBe(first);

    writeSource(2);
    const second = await bundledEntry(name, entry);
    expect(second).toBeDefined();
    expect(second).not.toBe(first);
    expect((await run(second!)).value).toBe(2);
  });

  it("keeps a plain JavaScript source's own place too, so the toolkit's own .js modules find the cache from inside a bundle", async () => {
    const jsSource = path.join(folder, "where.js");
    writeFileSync(jsSource, "export const url = import.meta.url;\n");
    const made = await bundledEntry(`${name}-js`, `import { url } from ${JSON.stringify(jsSource)};\nexport default { value: 0, url };\n`);
    expect((await run(made!)).url).toBe(pathToFileURL(jsSource).href);
    // bundling.js itself, bundled into a command, still names the cache inside the toolkit's node_modules.
    const probe = await bundledEntry(`${name}-js`, `export { BUNDLE_ROOT as default } from ${JSON.stringify(path.resolve("commands/bundling.js"))};\n`);
    const root = ((await import(`${pathToFileURL(probe!).href}?t=${Date.now()}`)) as { default: string }).default;
    expect(root).toBe(BUNDLE_ROOT);
  });

  it("gives no bundle for a source that does not compile, so the caller falls back to tsx", async () => {
    writeFileSync(source, "export function answer( {\n");
    expect(await bundledEntry(`${name}-broken`, entry)).toBeUndefined();
  });
});

describe("bundlingWanted", () => {
  it("is on unless TOOLKIT_TSX asks for tsx", () => {
    expect(bundlingWanted({})).toBe(true);
    expect(bundlingWanted({ TOOLKIT_TSX: "0" })).toBe(true);
    expect(bundlingWanted({ TOOLKIT_TSX: "1" })).toBe(false);
    expect(bundlingWanted({ TOOLKIT_TSX: "true" })).toBe(false);
  });
});
