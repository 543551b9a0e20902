// Golden test: the complete output for the acme fixture spec, file by file. A change to the
// templates or emitters shows up here as a reviewable diff (update with `vitest -u`).
import { describe, expect, it } from "vitest";
import { buildProvider } from "../../codegen/pipeline.js";
import { acme, fixtureRoot } from "../support/fixture.js";

describe("golden output of the acme fixture", async () => {
  const built = await buildProvider(acme, fixtureRoot);

  it("emits the expected set of files", () => {
    expect([...built.files.keys()]).toEqual(["client.ts", "docs/numbers.md", "functions.ts", "index.ts", "openapi.json", "query.ts", "types.ts", "validators.ts"]);
  });

  for (const [file, content] of built.files) {
    it(`${file} matches the golden copy`, async () => {
      await expect(content).toMatchFileSnapshot(`../fixtures/acme/golden/${file}.snap`);
    });
  }
});
