// Every TypeScript example in the generated docs and the README must compile against the generated
// client, and the whole project (generated code, runtime, mocks, tests) must type-check. One tsc run.
import { execFile } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { providers } from "../codegen/providers.js";
import { repoRoot } from "./support/spec.js";

const scratch = path.join(repoRoot, ".tmp/doc-examples");

/** The ```ts blocks of a Markdown file. */
function codeBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]!);
}

describe("docs examples and project types", () => {
  it("type-check with tsc", async () => {
    rmSync(scratch, { recursive: true, force: true });
    mkdirSync(scratch, { recursive: true });
    let count = 0;
    for (const provider of providers) {
      const docsDir = path.join(repoRoot, "generated", provider.id, "docs");
      for (const file of readdirSync(docsDir).filter((f) => f.endsWith(".md"))) {
        for (const [index, block] of codeBlocks(readFileSync(path.join(docsDir, file), "utf8")).entries()) {
          // Docs import from "./generated/...", as seen from the repository root.
          const code = block.replaceAll('"./generated/', '"../../generated/');
          // Blocks after the setup block use its client variable: give each one its own client.
          const prelude = code.includes("import ")
            ? ""
            : `import { ${provider.factory} } from "../../generated/${provider.id}/index.js";\nconst ${provider.clientVar} = ${provider.factory}();\n`;
          writeFileSync(path.join(scratch, `${provider.id}-${file.replace(".md", "")}-${index}.ts`), `${prelude}${code}\nexport {};\n`);
          count++;
        }
      }
    }
    // The README's TypeScript snippets too; the variables they assume get declared.
    // Each snippet gets the clients and variables it uses but does not make itself.
    const readmePrelude = (code: string) =>
      [
        ...providers
          .filter((p) => !code.includes(`const ${p.clientVar} =`))
          .map((p) => `import { ${p.factory} as ${p.factory}_ } from "../../generated/${p.id}/index.js";\nconst ${p.clientVar} = ${p.factory}_();`),
        "declare const brandId: string;",
        "declare const rawBody: string;",
        "declare const request: { headers: Headers };",
      ].join("\n");
    for (const [index, block] of codeBlocks(readFileSync(path.join(repoRoot, "README.md"), "utf8")).entries()) {
      // The README imports the generated clients and the MSW handlers by their repository paths.
      const code = block.replaceAll('"./generated/', '"../../generated/').replaceAll('"./mocks/', '"../../mocks/');
      writeFileSync(path.join(scratch, `readme-${index}.ts`), `${readmePrelude(code)}\n${code}\nexport {};\n`);
      count++;
    }
    expect(count).toBeGreaterThan(providers.length * 3);
    // A canary that must fail: proves the scratch files are really compiled (the project's
    // tsconfig excludes .tmp/, and an inherited exclude once silently dropped every example).
    writeFileSync(path.join(scratch, "canary.ts"), 'export const canary: number = "not a number";\n');
    writeFileSync(
      path.join(scratch, "tsconfig.json"),
      JSON.stringify({
        extends: "../../tsconfig.json",
        include: ["../../codegen", "../../mocks", "../../generated", "../../test", "../../bench", "./*.ts"],
        exclude: [],
      }),
    );
    const tsc = path.join(repoRoot, "node_modules/typescript/bin/tsc");
    const output = await new Promise<string>((resolve) =>
      execFile(process.execPath, [tsc, "-p", path.join(scratch, "tsconfig.json")], (error, stdout) => resolve(error ? stdout || String(error) : "")),
    );
    const errors = output.split("\n").filter((line) => line.includes("error TS"));
    expect(errors.filter((line) => !line.includes("canary.ts")), output).toEqual([]);
    expect(errors.some((line) => line.includes("canary.ts") && line.includes("TS2322"))).toBe(true);
  });
});
