// SDK names for specs without x-sdk-name: the documented rule (codegen/sdk-names.ts) applied to
// the foreign-shaped fixtures, collisions resolved and reported, names that would break an
// object (then, __proto__, constructor) or shadow the client's members made safe.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { HTTP_METHODS } from "../../codegen/model.js";
import { assignSdkNames, type NamedOperation } from "../../codegen/sdk-names.js";
import { repoRoot } from "../support/spec.js";

function operationsOf(fixture: string): NamedOperation[] {
  const text = readFileSync(path.join(repoRoot, "test/fixtures/foreign", fixture), "utf8");
  const doc = (fixture.endsWith(".json") ? JSON.parse(text) : parse(text)) as { paths: Record<string, Record<string, { operationId?: string; tags?: string[] }>> };
  const operations: NamedOperation[] = [];
  for (const [route, item] of Object.entries(doc.paths)) {
    for (const method of HTTP_METHODS) {
      const op = item[method];
      if (op) operations.push({ method, path: route, ...(op.operationId ? { operationId: op.operationId } : {}), ...(op.tags ? { tags: op.tags } : {}) });
    }
  }
  return operations;
}

const namesOf = (operations: NamedOperation[]) => Object.fromEntries(assignSdkNames(operations).names);

describe("SDK names from operationIds and tags", () => {
  it("names the pet store's operations by tag and operationId", () => {
    expect(namesOf(operationsOf("petstore-3.0.yaml"))).toEqual({
      "GET /pets": "pets.listPets",
      "POST /pets": "pets.createPets",
      "GET /pets/{petId}": "pets.showPetById",
      "DELETE /pets/{petId}": "pets.deletePet",
      "GET /store/inventory": "store.getInventory",
    });
  });

  it("treats dots as namespaces, names a missing operationId from method and path, and suffixes a collision", () => {
    const { names, renamed } = assignSdkNames(operationsOf("warehouse-3.0.json"));
    expect(Object.fromEntries(names)).toEqual({
      "GET /items": "items.list",
      "POST /items": "items.create",
      "GET /items/{id}": "items.getItem",
      "DELETE /items/{id}": "items.deleteItemsById",
      "GET /items/{id}/detail": "items.getItem2",
      "PUT /items/{id}/photo": "items.uploadPhoto",
      "GET /webhook_endpoints": "webhooks_.list",
      "GET /requests/{requestId}": "request.request",
    });
    expect(renamed).toEqual([{ operation: "GET /items/{id}/detail (get_item)", wanted: "items.getItem", given: "items.getItem2" }]);
  });

  it("keeps names like then, constructor and toString away from the client's objects", () => {
    const { names, renamed } = assignSdkNames(operationsOf("member-names-3.1.yaml"));
    expect(Object.fromEntries(names)).toEqual({
      "GET /constructor": "constructor_.toString_",
      "GET /then": "then_.then_",
      "POST /proto/{valueOf}": "proto.proto",
      "GET /hooks": "webHooks.withResponse_",
      "GET /hooks/{id}": "webHooks.withResponse_2",
      "DELETE /hooks/{id}": "webHooks.withResponse_3",
    });
    expect(renamed.map((r) => r.given)).toEqual(["webHooks.withResponse_2", "webHooks.withResponse_3"]);
  });

  it("never renames a declared x-sdk-name, and never lets a method and a namespace share a name", () => {
    const { names } = assignSdkNames([
      { method: "get", path: "/a", operationId: "items", tags: [] },
      { method: "get", path: "/b", operationId: "items.list" },
      { method: "post", path: "/c", operationId: "list", tags: ["items"] },
      { method: "get", path: "/d", sdkName: "items.list" },
    ]);
    expect(Object.fromEntries(names)).toEqual({
      "GET /d": "items.list",
      "GET /a": "items2",
      "GET /b": "items.list2",
      "POST /c": "items.list3",
    });
  });

  it("gives the same names on every run", () => {
    const operations = operationsOf("warehouse-3.0.json");
    expect(namesOf(operations)).toEqual(namesOf(structuredClone(operations)));
  });
});
