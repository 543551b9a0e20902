// Unit tests of the generator's small building blocks: the line index behind every file:line:col,
// and the naming rule for identifiers. The formatter has its own file (format.test.ts).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LineIndex } from "../../codegen/line-index.js";
import { identifier, typeName } from "../../codegen/names.js";

/** Line and column by walking the text from its start: obviously right, and what the index replaces. */
function naiveLocate(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let column = 1;
  for (let i = 0; i < offset; i++) {
    if (text[i] === "\n") {
      line++;
      column = 1;
    } else column++;
  }
  return { line, column };
}

describe("LineIndex", () => {
  it("agrees with a walk from the start for every offset of random texts (property, seeded)", () => {
    const seed = 1212;
    console.log(`LineIndex property seed: ${seed}`);
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("a", "b", "\n", "\r", " ", "é") , maxLength: 200 }), (text) => {
        const index = new LineIndex(text);
        for (let offset = 0; offset <= text.length; offset++) expect(index.locate(offset)).toEqual(naiveLocate(text, offset));
      }),
      { seed, numRuns: 300 },
    );
  });

  it("returns each line's text without its line break", () => {
    const index = new LineIndex("first\r\nsecond\n\nlast");
    expect([1, 2, 3, 4, 5].map((line) => index.lineText(line))).toEqual(["first", "second", "", "last", undefined]);
    expect(index.lineCount).toBe(4);
  });
});

describe("names from a spec", () => {
  it("types: split at non-identifier characters, PascalCase, _ before a digit", () => {
    expect(["fax.delivered", "fax-failed", "campaignStatusUpdate", "10dlc.brand.updated", "a b/c", "..."].map(typeName)).toEqual([
      "FaxDelivered",
      "FaxFailed",
      "CampaignStatusUpdate",
      "_10dlcBrandUpdated",
      "ABC",
      "_",
    ]);
  });

  it("values: camelCase, _ before a digit, _ after a reserved word", () => {
    expect(["advanced-order-id", "page[number]", "brandId", "2nd-opinion", "class", "default", "delete", "await", "classes"].map(identifier)).toEqual([
      "advancedOrderId",
      "pageNumber",
      "brandId",
      "_2ndOpinion",
      "class_",
      "default_",
      "delete_",
      "await_",
      "classes",
    ]);
  });
});
