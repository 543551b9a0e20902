// codegen/thread.ts runs a generator module's function in a worker thread, bundled by esbuild or,
// where no bundle can be written, through tsx. What the build relies on: the value comes back
// the same either way, the module still knows its own place (import.meta), packages resolve, a
// thrown error names the work, and a stopped thread never leaves the caller waiting.
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { BUNDLE_ROOT } from "../../commands/bundling.js";
import { runInThread } from "../../codegen/thread.js";

const work = new URL("../fixtures/thread/work.ts", import.meta.url);

describe.each([
  { way: "bundled", bundled: true },
  { way: "through tsx", bundled: false },
])("runInThread ($way)", ({ bundled }) => {
  it("returns the function's value, with import.meta pointing at the module's own file", async () => {
    const run = runInThread<{ url: string; dirname: string; parsed: unknown }>("the test work", work, "describeSelf", ["a: [1, 2]"], { bundled });
    const value = await run.result;
    expect(value).toEqual({ url: work.href, dirname: "thread", parsed: { a: [1, 2] } });
    // The bundled way really ran a bundle (it falls back to tsx silently when it cannot write one).
    if (bundled) {
      const manifest = JSON.parse(readFileSync(path.join(BUNDLE_ROOT, "thread-work", "manifest.json"), "utf8")) as { inputs: Record<string, string> };
      expect(Object.keys(manifest.inputs)).toContain(fileURLToPath(work));
    }
  });

  it("turns an error thrown in the thread into one that names the work and the cause", async () => {
    const run = runInThread("the test work", work, "fail", ["the spec broke the emitter"], { bundled });
    await expect(run.result).rejects.toThrow(/^the test work failed: Error: the spec broke the emitter/);
  });

  it("starts before its arguments are known, and runs on them once they arrive", async () => {
    let give: (args: unknown[]) => void = () => undefined;
    const run = runInThread<{ parsed: unknown }>("the test work", work, "describeSelf", new Promise<unknown[]>((resolve) => (give = resolve)), { bundled });
    await run.started;
    give(["late: {b: true}"]);
    expect((await run.result).parsed).toEqual({ late: { b: true } });
  });

  it("ends with the arguments' own error when they cannot be worked out", async () => {
    const run = runInThread("the test work", work, "describeSelf", Promise.reject(new Error("the spec files did not pass their checks")), { bundled });
    await expect(run.result).rejects.toThrow(/^the spec files did not pass their checks$/);
  });

  it("hands over a first value before it returns, when asked to", async () => {
    const run = runInThread<string, unknown>("the test work", work, "handOverFirst", ["bundled: yes"], { bundled, handsOver: true });
    const order: string[] = [];
    await Promise.all([run.handedOver.then((value) => order.push(`handed ${JSON.stringify(value)}`)), run.result.then((value) => order.push(value))]);
    expect(order).toEqual(['handed {"bundled":"yes"}', "linted"]);
  });

  it("rejects the handed-over value of a function that returned without one", async () => {
    const run = runInThread<unknown, unknown>("the test work", work, "describeSelf", ["a: 1"], { bundled, handsOver: true });
    await expect(run.handedOver).rejects.toThrow(/returned without handing over a value/);
    await expect(run.result).resolves.toMatchObject({ parsed: { a: 1 } });
  });

  it("stop() ends a thread that would never answer, and the caller is told", async () => {
    const run = runInThread("the test work", work, "never", [], { bundled });
    setTimeout(() => run.stop(), 200);
    await expect(run.result).rejects.toThrow(/the test work/);
  });
});
