// The minimum-notice rule at its edges, and sunset values that are not dates.
import { describe, expect, it } from "vitest";
import { diffProvider } from "../../codegen/diff/spec-diff.js";
import { baseDocument, type Doc, sideOf } from "./spec-builder.js";

const policy = { today: "2026-12-01", minNoticeDays: 180 };
const del = (doc: Doc) => doc.paths["/things/{id}"].delete;

function diff(base: (doc: Doc) => void, head: (doc: Doc) => void): string[] {
  const [a, b] = [baseDocument(), baseDocument()];
  base(a);
  head(b);
  return diffProvider("things", sideOf(a), sideOf(b), policy).changes.map((c) => `${c.id}: ${c.message}`);
}

const deprecate = (sunset?: unknown) => (doc: Doc) => Object.assign(del(doc), { deprecated: true }, sunset === undefined ? {} : { "x-sunset": sunset });
const remove = (doc: Doc) => delete doc.paths["/things/{id}"].delete;
const none = () => {};

describe("deprecation and x-sunset", () => {
  it("a sunset exactly the minimum notice away is enough; one day less is too soon", () => {
    expect(diff(none, deprecate("2027-05-30"))).toEqual(["api-deprecated: deprecated, sunset 2027-05-30"]);
    expect(diff(none, deprecate("2027-05-29"))).toEqual(["api-sunset-too-soon: x-sunset 2027-05-29 gives less than the minimum notice of 180 days"]);
  });

  it("reads an unquoted YAML date (a Date) like the string", () => {
    expect(diff(none, deprecate(new Date("2099-01-01T00:00:00Z")))).toEqual(["api-deprecated: deprecated, sunset 2099-01-01"]);
  });

  it("a sunset that is not a date counts as none, and says so", () => {
    expect(diff(none, deprecate("soon"))).toEqual(['api-deprecated-without-sunset: deprecated with x-sunset "soon", which is not a date (YYYY-MM-DD)']);
    expect(diff(none, deprecate("2026-13-45"))).toEqual(['api-deprecated-without-sunset: deprecated with x-sunset "2026-13-45", which is not a date (YYYY-MM-DD)']);
    expect(diff(deprecate(42), remove)).toEqual(["api-removed-after-deprecation: deprecated operation removed; it had x-sunset 42, which is not a date (YYYY-MM-DD) (things.delete)"]);
  });

  it("removal on the sunset day is allowed; the day before is not", () => {
    expect(diff(deprecate("2026-12-01"), remove)).toEqual(["api-removed-after-sunset: operation removed after its sunset 2026-12-01 (things.delete)"]);
    expect(diff(deprecate("2026-12-02"), remove)).toEqual(["api-removed-before-sunset: operation removed before its sunset 2026-12-02 (things.delete)"]);
  });

  it("moving a sunset later is fine (even when still close); earlier is an error; a first date must give the notice", () => {
    expect(diff(deprecate("2099-01-01"), deprecate("2099-06-01"))).toEqual([]);
    expect(diff(deprecate("2026-12-10"), deprecate("2026-12-20"))).toEqual([]);
    expect(diff(deprecate(), deprecate("2026-12-20"))).toEqual(["api-sunset-too-soon: x-sunset 2026-12-20 gives less than the minimum notice of 180 days"]);
    expect(diff(deprecate("2027-01-01"), deprecate("2026-12-20"))).toEqual([
      "api-sunset-moved-earlier: x-sunset 2027-01-01 → 2026-12-20",
      "api-sunset-too-soon: x-sunset 2026-12-20 gives less than the minimum notice of 180 days",
    ]);
  });
});
