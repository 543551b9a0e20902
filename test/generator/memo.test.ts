// The memo beside the generate cache (cache.ts `memo`): a value stored under a hash of what it
// depends on. What a user relies on: a changed input is computed again, a stored value of the
// wrong shape (or an unreadable file) is never used, CI never reads it, and a failure is not stored.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { memo } from "../../codegen/cache.js";

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function scratch(): string {
  const folder = mkdtempSync(path.join(os.tmpdir(), "toolkit-memo-"));
  folders.push(folder);
  return folder;
}

const isCount = (value: unknown): value is { count: number } => typeof (value as { count?: unknown } | null)?.count === "number";
const local = { env: {} as NodeJS.ProcessEnv };

describe("memo", () => {
  it("computes once per key and again when the key changes", () => {
    const folder = scratch();
    let calls = 0;
    const compute = () => ({ count: ++calls });
    expect(memo("t", "a", compute, isCount, { folder, ...local })).toEqual({ count: 1 });
    expect(memo("t", "a", compute, isCount, { folder, ...local })).toEqual({ count: 1 });
    expect(memo("t", "b", compute, isCount, { folder, ...local })).toEqual({ count: 2 });
    expect(calls).toBe(2);
  });

  it("ignores a stored value of the wrong shape, or a file that is not JSON, and replaces it", () => {
    const folder = scratch();
    memo("t", "a", () => ({ count: 1 }), isCount, { folder, ...local });
    const [file] = readdirSync(path.join(folder, "t"));
    const stored = path.join(folder, "t", file!);
    for (const broken of ['{"count":"1"}', "{not json", ""]) {
      writeFileSync(stored, broken);
      expect(memo("t", "a", () => ({ count: 7 }), isCount, { folder, ...local })).toEqual({ count: 7 });
      expect(JSON.parse(readFileSync(stored, "utf8"))).toEqual({ count: 7 });
    }
  });

  it("never reads or writes in CI", () => {
    const folder = scratch();
    memo("t", "a", () => ({ count: 1 }), isCount, { folder, ...local });
    let calls = 0;
    const ci = { folder, env: { CI: "true" } as NodeJS.ProcessEnv };
    expect(memo("t", "a", () => ({ count: 10 + ++calls }), isCount, ci)).toEqual({ count: 11 });
    expect(memo("t", "new", () => ({ count: 10 + ++calls }), isCount, ci)).toEqual({ count: 12 });
    expect(readdirSync(path.join(folder, "t"))).toHaveLength(1);
  });

  it("stores nothing when the computation throws, so the error comes back every time", () => {
    const folder = scratch();
    const failing = () => {
      throw new Error("broken declaration");
    };
    expect(() => memo("t", "a", failing, isCount, { folder, ...local })).toThrow("broken declaration");
    expect(() => memo("t", "a", failing, isCount, { folder, ...local })).toThrow("broken declaration");
  });
});
