// A broken spec must stop `npm run generate` with the file, the place and the problem, exit 1,
// and leave generated/ exactly as it was.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { hashTree, runCli, scratchCopy } from "../support/cli.js";

interface Breakage {
  name: string;
  file: string;
  edit: (text: string) => string;
  /** Fragments the error output must contain, besides the file name. */
  expected: RegExp[];
}

const replaceOnce = (from: string, to: string) => (text: string) => {
  if (!text.includes(from)) throw new Error(`fixture drifted: "${from}" not found`);
  return text.replace(from, to);
};

const breakages: Breakage[] = [
  {
    name: "invalid YAML",
    file: "specs/telnyx/10dlc.yaml",
    edit: replaceOnce("      operationId: GetBrand\n", "      operationId: [GetBrand\n"),
    expected: [/10dlc\.yaml:\d+:\d+/, /yaml-syntax/, /flow collection/],
  },
  {
    // Redocly throws instead of reporting when the entry document itself does not parse.
    name: "invalid YAML at the end of the entry document",
    file: "specs/vonage/openapi.yaml",
    edit: (text) => `${text}\npaths: [unclosed\n`,
    expected: [/specs\/vonage\/openapi\.yaml:\d+:1: error \[yaml-syntax\] unexpected end of the stream within a flow collection\n/],
  },
  {
    name: "dangling $ref",
    file: "specs/telnyx/10dlc.yaml",
    edit: replaceOnce("$ref: '#/components/schemas/Brand'", "$ref: '#/components/schemas/NoSuchBrand'"),
    expected: [/10dlc\.yaml:\d+:\d+/, /no-unresolved-refs/, /NoSuchBrand/],
  },
  {
    name: "duplicate operationId",
    file: "specs/telnyx/10dlc.yaml",
    edit: replaceOnce("operationId: GetBrand\n", "operationId: GetBrands\n"),
    expected: [/10dlc\.yaml:\d+:\d+/, /operation-operationId-unique/, /GetBrands/],
  },
  {
    name: "missing SDK name",
    file: "specs/telnyx/10dlc.yaml",
    edit: replaceOnce("      x-sdk-name: messaging10dlc.brand.retrieve\n", ""),
    expected: [/10dlc\.yaml:\d+:\d+/, /toolkit\/sdk-name/, /GetBrand has no x-sdk-name/],
  },
  {
    name: "two operations with one SDK name",
    file: "specs/telnyx/10dlc.yaml",
    edit: replaceOnce("x-sdk-name: messaging10dlc.brand.retrieve\n", "x-sdk-name: messaging10dlc.brand.list\n"),
    expected: [/10dlc\.yaml:\d+:\d+/, /toolkit\/sdk-name/, /"messaging10dlc\.brand\.list" is already used/],
  },
];

describe("generate with a broken spec", () => {
  for (const breakage of breakages) {
    it.concurrent(`${breakage.name}: exits 1, names file and problem, leaves generated/ untouched`, async () => {
      const root = scratchCopy();
      const target = path.join(root, breakage.file);
      writeFileSync(target, breakage.edit(readFileSync(target, "utf8")));
      const before = hashTree(path.join(root, "generated"));

      const result = await runCli("commands/generate.ts", ["--root", root, "--out", path.join(root, "generated")]);

      expect(result.code).toBe(1);
      expect(result.stderr).toContain(breakage.file);
      for (const pattern of breakage.expected) expect(result.stderr).toMatch(pattern);
      expect(result.stderr).toContain("generated/ was not modified");
      expect(hashTree(path.join(root, "generated"))).toBe(before);
    });
  }
});
