// How schemas are compared beyond single keywords: oneOf/anyOf branches matched by content (the
// shortcomings the issue found on a real spec), allOf merged, shared components, parameter content.
import { describe, expect, it } from "vitest";
import { diffProvider } from "../../codegen/diff/spec-diff.js";
import type { JSONSchema } from "../../codegen/diff/schema-types.js";
import { baseDocument, sideOf } from "./spec-builder.js";

const policy = { today: "2026-12-01", minNoticeDays: 180 };
const SMS = { $ref: "#/components/schemas/Sms" };
const VOICE = { $ref: "#/components/schemas/Voice" };

/** The response slot of POST /things holds `before` on the base side and `after` on the head side. */
function responseDiff(before: JSONSchema, after: JSONSchema, editHead?: (doc: ReturnType<typeof baseDocument>) => void) {
  const head = baseDocument({ "response-property": after });
  editHead?.(head);
  const changes = diffProvider("things", sideOf(baseDocument({ "response-property": before })), sideOf(head), policy).changes;
  return changes.map((c) => `${c.id} ${c.at}: ${c.message}`);
}

const inline = (kind: string, extra: Record<string, JSONSchema> = {}): JSONSchema => ({
  type: "object",
  required: ["kind"],
  properties: { kind: { type: "string", enum: [kind] }, ...extra },
});

describe("oneOf/anyOf branches", () => {
  it("reordering $ref branches is no change", () => {
    expect(responseDiff({ oneOf: [SMS, VOICE] }, { oneOf: [VOICE, SMS] })).toEqual([]);
  });

  it("reordering inline branches is no change (paired by discriminator value)", () => {
    const discriminator = { propertyName: "kind" };
    expect(responseDiff({ oneOf: [inline("sms"), inline("voice")], discriminator }, { oneOf: [inline("voice"), inline("sms")], discriminator })).toEqual([]);
  });

  it("reordering inline branches without discriminator or title is no change (paired by shape)", () => {
    const a: JSONSchema = { type: "object", properties: { to: { type: "string" } } };
    const b: JSONSchema = { type: "object", properties: { number: { type: "string" } } };
    expect(responseDiff({ anyOf: [a, b] }, { anyOf: [b, a] })).toEqual([]);
  });

  it("a branch added beside others: the added branch and a field added inside an existing branch are both reported", () => {
    const changes = responseDiff({ oneOf: [SMS] }, { oneOf: [VOICE, SMS] }, (head) => {
      head.components.schemas.Sms.properties.note = { type: "string" };
    });
    expect(changes).toEqual(["response-property-one-of-added response 201.slot: oneOf branch Voice added", "response-property-added response 201.slot<Sms>.note: property added"]);
  });

  it("a branch removed beside others: a field removed inside a remaining branch is still reported", () => {
    const discriminator = { propertyName: "kind" };
    const changes = responseDiff(
      { oneOf: [inline("sms", { to: { type: "string" } }), inline("voice"), inline("fax")], discriminator },
      { oneOf: [inline("fax"), inline("sms")], discriminator },
    );
    expect(changes).toEqual([
      "response-property-one-of-removed response 201.slot: oneOf branch kind=voice removed",
      "response-property-removed response 201.slot<kind=sms>.to: property removed",
    ]);
  });

  it("an edited branch is compared with the branch it was, not the one in its old position", () => {
    const a: JSONSchema = { type: "object", title: "Card", properties: { number: { type: "string" }, cvc: { type: "string" } } };
    const b: JSONSchema = { type: "object", title: "Bank", properties: { iban: { type: "string" } } };
    const edited: JSONSchema = { ...a, properties: { number: { type: "string" }, cvc: { type: "string", maxLength: 4 } } };
    expect(responseDiff({ oneOf: [a, b] }, { oneOf: [b, edited] })).toEqual(["response-property-max-length-decreased response 201.slot<Card>.cvc: maxLength (none) → 4"]);
    expect(responseDiff({ oneOf: [a, b] }, { oneOf: [b, { ...edited, properties: { ...edited.properties, cvc: { type: "integer" } } }] })).toEqual([
      "response-property-type-changed response 201.slot<Card>.cvc: type changed from string to integer",
    ]);
  });
});

describe("schemas that reach the same component many times", () => {
  it("a component at 2^30 places (a chain of schemas with two fields each) is compared once, at the first place", () => {
    const head = baseDocument({ "response-property": { $ref: "#/components/schemas/L0" } });
    const base = baseDocument({ "response-property": { $ref: "#/components/schemas/L0" } });
    for (const doc of [base, head]) {
      for (let i = 0; i < 30; i++) {
        const next = { $ref: `#/components/schemas/L${i + 1}` };
        doc.components.schemas[`L${i}`] = { type: "object", properties: { left: next, right: next } };
      }
      doc.components.schemas.L30 = { type: "object", properties: { leaf: { type: "string" } } };
    }
    head.components.schemas.L30.properties.leaf = { type: "integer" };
    const changes = diffProvider("things", sideOf(base), sideOf(head), policy).changes;
    expect(changes.map((c) => `${c.id} ${c.at}`)).toEqual([`response-property-type-changed response 201.slot${".left".repeat(30)}.leaf`]);
  });
});

describe("allOf", () => {
  const requestDiff = (before: JSONSchema, after: JSONSchema) =>
    diffProvider("things", sideOf(baseDocument({ "request-property": before })), sideOf(baseDocument({ "request-property": after })), policy).changes.map((c) => `${c.id} ${c.at}`);
  const named: JSONSchema = { type: "object", properties: { name: { type: "string" } } };
  const tagged: JSONSchema = { type: "object", required: ["tag"], properties: { tag: { type: "string" } } };

  it("is compared as the merged schema: reordering or splitting parts is no change", () => {
    expect(requestDiff({ allOf: [named, tagged] }, { allOf: [tagged, named] })).toEqual([]);
    expect(requestDiff({ allOf: [named, tagged] }, { type: "object", required: ["tag"], properties: { name: { type: "string" }, tag: { type: "string" } } })).toEqual([]);
  });

  it("a part added with a required property is a new required request property", () => {
    expect(requestDiff({ allOf: [named] }, { allOf: [named, tagged] })).toEqual(["request-property-added-required body.slot.tag"]);
  });

  it("a component that includes itself through allOf is compared, not recursed into until the stack overflows", () => {
    const withLoop = (extra: JSONSchema) => {
      const doc = baseDocument({ "request-property": { $ref: "#/components/schemas/Looped" } });
      (doc.components as { schemas: Record<string, JSONSchema> }).schemas.Looped = { allOf: [{ $ref: "#/components/schemas/Looped" }, extra] };
      return doc;
    };
    const changes = diffProvider("things", sideOf(withLoop(named)), sideOf(withLoop(tagged)), policy).changes.map((c) => `${c.id} ${c.at}`);
    expect(changes).toContain("request-property-added-required body.slot.tag");
  });
});

describe("parameters described by content instead of schema", () => {
  it("compares the content's schema", () => {
    const withFilter = (schema: JSONSchema) => (doc: ReturnType<typeof baseDocument>) =>
      doc.paths["/things"].get.parameters.push({ name: "filter", in: "query", content: { "application/json": { schema } } });
    const [a, b] = [baseDocument(), baseDocument()];
    withFilter({ type: "object", properties: { status: { type: "string" } } })(a);
    withFilter({ type: "object", properties: { status: { type: "string", enum: ["active"] } } })(b);
    const changes = diffProvider("things", sideOf(a), sideOf(b), policy).changes;
    expect(changes.map((c) => `${c.id} ${c.at}: ${c.message}`)).toEqual(['request-property-enum-added query parameter filter.status: now restricted to "active"']);
  });
});
