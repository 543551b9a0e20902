// The state engine and the provider folders also run in a browser (under MSW): none of their
// files may reach for Node's own modules or globals. mocks/state/webhooks.ts is the exception, as
// the MSW build swaps in its own sender.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot } from "../support/spec.js";

function sources(folder: string): string[] {
  const root = path.join(repoRoot, folder);
  return readdirSync(root, { recursive: true, encoding: "utf8" })
    .filter((name) => name.endsWith(".ts"))
    .map((name) => path.join(folder, name));
}

const NODE_ONLY = [/from "node:/, /\bprocess\./, /\bBuffer\b/, /require\(/];

describe("browser safety of the state engine and providers", () => {
  const files = [...sources("mocks/state"), ...sources("mocks/providers")].filter((file) => !file.endsWith(path.join("state", "webhooks.ts")));

  it("finds the files it checks", () => {
    expect(files).toContain(path.join("mocks", "state", "engine.ts"));
    expect(files.length).toBeGreaterThan(10);
  });

  it.each(files)("%s uses no Node module or global", (file) => {
    const code = readFileSync(path.join(repoRoot, file), "utf8")
      .split("\n")
      .filter((line) => !line.trim().startsWith("//") && !line.trim().startsWith("*") && !line.trim().startsWith("/*"))
      .join("\n");
    const found = NODE_ONLY.filter((pattern) => pattern.test(code)).map(String);
    expect(found, file).toEqual([]);
  });
});
