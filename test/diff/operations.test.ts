// Operations that move: one change for the move, plus one for a rename when the name changed too.
import { describe, expect, it } from "vitest";
import { diffProvider } from "../../codegen/diff/spec-diff.js";
import { baseDocument, type Doc, sideOf } from "./spec-builder.js";

const policy = { today: "2026-12-01", minNoticeDays: 180 };

function diff(head: (doc: Doc) => void): string[] {
  const b = baseDocument();
  head(b);
  return diffProvider("things", sideOf(baseDocument()), sideOf(b), policy).changes.map((c) => `${c.id} ${c.subject}: ${c.message}`);
}

const moveDelete = (sdkName?: string) => (doc: Doc) => {
  const op = doc.paths["/things/{id}"].delete;
  if (sdkName) op["x-sdk-name"] = sdkName;
  doc.paths["/items/{id}"] = { parameters: doc.paths["/things/{id}"].parameters, delete: op };
  delete doc.paths["/things/{id}"].delete;
};

describe("moved operations", () => {
  it("a move keeping the x-sdk-name is one change", () => {
    expect(diff(moveDelete())).toEqual(["api-moved DELETE /things/{id}: moved to DELETE /items/{id} (client method things.delete kept)"]);
  });

  it("a move that also renames (same operationId) is the move and the rename, not a removal and an addition", () => {
    expect(diff(moveDelete("items.delete"))).toEqual([
      "api-moved DELETE /things/{id}: moved to DELETE /items/{id} (client method things.delete is now items.delete)",
      "client-method-renamed items.delete: method things.delete renamed to items.delete; exported types renamed: ThingsDeletePathParams → ItemsDeletePathParams, ThingsDeleteQuery → ItemsDeleteQuery, ThingsDeleteResponse → ItemsDeleteResponse",
    ]);
  });

  it("a removal and an unrelated addition stay a removal and an addition", () => {
    const changes = diff((doc) => {
      delete doc.paths["/things/{id}"].delete;
      doc.paths["/items"] = { post: { operationId: "createItem", "x-sdk-name": "items.create", responses: { "204": { description: "ok" } } } };
    });
    expect(changes).toEqual([
      "api-removed-without-deprecation DELETE /things/{id}: operation removed without deprecation (things.delete)",
      "api-added POST /items: operation added (items.create)",
    ]);
  });
});

describe("an x-pagination the generator would refuse (specs at old commits are not linted)", () => {
  it("does not crash the comparison: a string is no pagination, an object without items is still pagination", () => {
    expect(diff((doc) => (doc.paths["/things"].get["x-pagination"] = "yes"))).toEqual([]);
    expect(diff((doc) => (doc.paths["/things"].get["x-pagination"] = { style: "page" }))).toEqual(["pagination-added things.list: now paginated (page)"]);
  });
});

describe("structure a linter would refuse, in a spec the differ reads unlinted", () => {
  it("a webhook body without content is compared, not a crash", () => {
    expect(diff((doc) => delete doc.webhooks.thingUpdated.post.requestBody.content)).toEqual(["webhook-media-type-changed webhook thingUpdated: application/json → (none)"]);
  });
});
