// The one `$ref` resolver: what it lands on, the pointer it reports (Ajv addresses schemas by
// it), and the references it must refuse without crashing or reaching Object.prototype.
import { describe, expect, it } from "vitest";
import { RefError, RefResolver, escapePointer, operationPointer, splitPointer } from "../../codegen/refs.js";

const brand = { type: "object", properties: { brandId: { type: "string" } } };
const document = {
  paths: {
    "/10dlc/brand/{brandId}": {
      get: { responses: { "200": { $ref: "#/components/responses/Brand" } } },
    },
  },
  components: {
    responses: { Brand: { content: { "application/json": { schema: { $ref: "#/components/schemas/BrandAlias" } } } } },
    schemas: {
      Brand: brand,
      BrandAlias: { $ref: "#/components/schemas/Brand" },
      "a/b~c": { type: "integer" },
      "with space": { type: "boolean" },
      Loop1: { $ref: "#/components/schemas/Loop2" },
      Loop2: { $ref: "#/components/schemas/Loop1" },
    },
  },
};

describe("RefResolver", () => {
  const refs = new RefResolver(document);

  it("follows a chain of references to the node without one", () => {
    expect(refs.resolve({ $ref: "#/components/schemas/BrandAlias" })).toBe(brand);
    expect(refs.resolve(brand)).toBe(brand);
  });

  it("locates a reference's target one hop away, a target that is a reference included, at its canonical pointer", () => {
    expect(refs.locate("#/components/schemas/BrandAlias")).toEqual({ node: { $ref: "#/components/schemas/Brand" }, pointer: "/components/schemas/BrandAlias" });
    expect(refs.locate("#/components/schemas/a~1b~0c")).toEqual({ node: { type: "integer" }, pointer: "/components/schemas/a~1b~0c" });
    expect(refs.locate("#/components/schemas/with%20space").pointer).toBe("/components/schemas/with space");
    expect(refs.locate("#/components/schemas/Loop1").node).toEqual({ $ref: "#/components/schemas/Loop2" });
    expect(() => refs.locate("#/components/schemas/constructor")).toThrow(RefError);
  });

  it("reports the canonical pointer of a location reached through references", () => {
    const pointer = `${operationPointer("/10dlc/brand/{brandId}", "GET")}/responses/200/content/${escapePointer("application/json")}/schema`;
    const located = refs.at(pointer);
    expect(located.node).toBe(brand);
    expect(located.pointer).toBe("/components/schemas/Brand");
  });

  it("unescapes ~0 and ~1, and percent-decoding of $ref fragments, in that order", () => {
    expect(refs.resolve({ $ref: "#/components/schemas/a~1b~0c" })).toEqual({ type: "integer" });
    expect(refs.resolve({ $ref: "#/components/schemas/with%20space" })).toEqual({ type: "boolean" });
    expect(refs.at("/components/schemas/a~1b~0c").pointer).toBe("/components/schemas/a~1b~0c");
    expect(splitPointer("/a~1b/c~0d")).toEqual(["a/b", "c~d"]);
  });

  it("returns undefined from child() for a missing step, and the resolved child otherwise", () => {
    const root = refs.at("/components/responses/Brand");
    expect(refs.child(root, "content", "application/json", "schema")?.node).toBe(brand);
    expect(refs.child(root, "content", "text/plain")).toBeUndefined();
  });

  it.each([
    ["a loop", "#/components/schemas/Loop1", /refers back to itself/],
    ["a dangling pointer", "#/components/schemas/Nope", /points to nothing/],
    ["another file", "other.yaml#/components/schemas/Brand", /points outside the document/],
    ["a URL", "https://example.com/spec.json#/x", /points outside the document/],
    ["Object.prototype through __proto__", "#/__proto__/constructor", /points to nothing/],
    ["an inherited member", "#/components/schemas/constructor", /points to nothing/],
    ["a fragment that is not a pointer", "#components", /not a JSON pointer/],
  ])("refuses %s with a RefError that names the reference", (_, ref, message) => {
    let thrown: unknown;
    try {
      refs.resolve({ $ref: ref });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(RefError);
    expect((thrown as Error).message).toMatch(message);
    expect((thrown as Error).message).toContain(ref.split("#")[0] || ref);
  });

  it("refuses a plain pointer to nothing with the part that is missing", () => {
    expect(() => refs.at("/components/schemas/Brand/properties/nope")).toThrow(/has no "nope"/);
  });
});
