// Prism's operations from our local-$ref dereferencer (mocks/prism/operations.ts) must be what
// Prism's own getHttpOperationsFromSpec makes, or the node mock would validate differently than
// before; and hostile documents (cycles, $ref loops, dangling refs, `__proto__` keys) must end.
import { readFileSync } from "node:fs";
import path from "node:path";
import { getHttpOperationsFromSpec } from "@stoplight/prism-http";
import { decycle as stoplightDecycle } from "@stoplight/json";
import { describe, expect, it } from "vitest";
import { decycle, dereferenceLocal, operationsOf } from "../../mocks/prism/operations.js";
import { fromDocument, lazyFromDocument } from "../../mocks/prism/served.js";
import { repoRoot } from "../support/spec.js";

const bundled = (provider: string) => JSON.parse(readFileSync(path.join(repoRoot, `generated/${provider}/openapi.json`), "utf8")) as Record<string, unknown>;

describe("operationsOf", () => {
  for (const provider of ["telnyx", "vonage"]) {
    it(`makes the same operations as Prism's getHttpOperationsFromSpec for ${provider}'s bundled spec`, async () => {
      const ours = await operationsOf(bundled(provider));
      const prisms = await getHttpOperationsFromSpec(bundled(provider));
      expect(ours.length).toBeGreaterThan(10);
      expect(JSON.stringify(ours)).toBe(JSON.stringify(prisms));
    });
  }

  it("keeps a schema property named __proto__ as a property, not as the prototype of the properties", async () => {
    const document = JSON.parse(
      '{"openapi":"3.0.3","info":{"title":"t","version":"1"},"paths":{"/x":{"get":{"responses":{"200":{"description":"ok","content":{"application/json":{"schema":{"type":"object","properties":{"__proto__":{"type":"string"},"a":{"type":"integer"}}}}}}}}}}}',
    );
    const [operation] = await operationsOf(document);
    const properties = (operation!.responses[0]!.contents![0]!.schema as { properties: Record<string, unknown> }).properties;
    expect(Object.getPrototypeOf(properties)).toBe(Object.prototype);
    expect(Object.keys(properties)).toEqual(["__proto__", "a"]);
    expect(Object.getOwnPropertyDescriptor(properties, "__proto__")?.value).toMatchObject({ type: "string" });
  });

  it("refuses a document that is not OpenAPI 3", async () => {
    await expect(operationsOf({ swagger: "2.0", paths: {} })).rejects.toThrow(/OpenAPI 3/);
  });
});

describe("lazyFromDocument", () => {
  for (const provider of ["telnyx", "vonage"]) {
    it(`routes every request of ${provider}'s spec to the operation fromDocument's spec gives, made on first use`, async () => {
      const eager = await fromDocument(bundled(provider));
      const lazy = lazyFromDocument(bundled(provider));
      const concrete = (template: string) => template.replace(/\{[^}]+\}/g, "x1");
      for (const operation of eager.operations) {
        const path = concrete(operation.path);
        const want = eager.router.match(operation.method, path);
        const got = lazy.router.match(operation.method, path);
        expect(got.kind, `${operation.method} ${path}`).toBe("found");
        expect(JSON.stringify(got)).toBe(JSON.stringify(want));
        // Made once: the same object for the next request.
        expect(lazy.router.match(operation.method, path)).toEqual(got);
        if (got.kind === "found" && want.kind === "found") expect(lazy.router.match(operation.method, path)).toHaveProperty("operation", got.operation);
      }
      expect(lazy.router.match("DELETE", "/no/such/path")).toEqual({ kind: "not-found" });
      expect(JSON.stringify(lazy.operations)).toBe(JSON.stringify(eager.operations));
      expect(lazy.basePath).toBe(eager.basePath);
    });
  }

  it("reads the methods of a path item that is a $ref from its target, as Prism does", async () => {
    const document = {
      openapi: "3.1.0",
      info: { title: "t", version: "1" },
      paths: { "/a": { $ref: "#/components/pathItems/A" } },
      components: { pathItems: { A: { get: { operationId: "getA", responses: { "200": { description: "ok" } } } } } },
    };
    const lazy = lazyFromDocument(structuredClone(document));
    const found = lazy.router.match("GET", "/a");
    expect(found.kind).toBe("found");
    expect(JSON.stringify(lazy.operations)).toBe(JSON.stringify(await getHttpOperationsFromSpec(structuredClone(document))));
  });

  it("refuses a document that is not OpenAPI 3 when it is served, not at its first request", () => {
    expect(() => lazyFromDocument({ swagger: "2.0", paths: {} })).toThrow(/OpenAPI 3/);
  });
});

describe("decycle", () => {
  it("copies a graph as @stoplight/json's decycle does: a cycle is a $ref to where it was first met, a shared object is copied at each use", () => {
    const node: Record<string, unknown> = { type: "object" };
    node.properties = { self: node, list: { type: "array", items: node } };
    const shared = { type: "string", enum: ["a", "b"] };
    const graph = { paths: { "/a~b": { get: { schema: node } }, "/c": [shared, shared, { nested: node }] }, shared };
    const ours = decycle(graph) as any;
    expect(JSON.stringify(ours)).toBe(JSON.stringify(stoplightDecycle(graph)));
    expect(ours.paths["/a~b"].get.schema.properties.self).toEqual({ $ref: "#/paths/~1a~0b/get/schema" });
    expect(ours.paths["/c"][2].nested.properties.list.items).toEqual({ $ref: "#/paths/~1c/2/nested" });
    expect(ours.paths["/c"][0]).toEqual(shared);
    expect(ours.paths["/c"][0]).not.toBe(ours.paths["/c"][1]);
  });

  it("leaves values that are not plain objects or arrays as they are", () => {
    const date = new Date(0);
    expect(decycle({ date, n: 1, s: "x", none: null })).toEqual({ date, n: 1, s: "x", none: null });
    expect((decycle({ date }) as { date: Date }).date).toBe(date);
  });
});

describe("dereferenceLocal", () => {
  it("makes one object per target, and a schema that contains itself a cycle", () => {
    const out = dereferenceLocal({
      a: { $ref: "#/components/schemas/Node" },
      b: { $ref: "#/components/schemas/Node" },
      components: { schemas: { Node: { type: "object", properties: { children: { type: "array", items: { $ref: "#/components/schemas/Node" } } } } } },
    }) as any;
    expect(out.a).toBe(out.b);
    expect(out.a.properties.children.items).toBe(out.a);
  });

  it("ends on a loop of bare $refs and keeps dangling and external ones as written", () => {
    const out = dereferenceLocal({
      loop: { $ref: "#/x" },
      x: { $ref: "#/y" },
      y: { $ref: "#/x" },
      dangling: { $ref: "#/nowhere" },
      external: { $ref: "other.yaml#/a" },
    }) as any;
    expect(out.dangling).toEqual({ $ref: "#/nowhere" });
    expect(out.external).toEqual({ $ref: "other.yaml#/a" });
    expect(JSON.stringify(out.loop)).toMatch(/\$ref/);
  });

  it("extends a $ref with its sibling keys in a new object, as the ref parser does", () => {
    const out = dereferenceLocal({
      status: { $ref: "#/Status", default: "pending" },
      plain: { $ref: "#/Status" },
      Status: { type: "string", enum: ["pending", "done"] },
    }) as any;
    expect(out.status).toEqual({ type: "string", enum: ["pending", "done"], default: "pending" });
    expect(out.plain).not.toHaveProperty("default");
  });

  it("keeps `__proto__` and escaped names as data", () => {
    const document = JSON.parse('{"schema":{"properties":{"__proto__":{"type":"string"},"a/b":{"$ref":"#/defs/a~1b"}}},"defs":{"a/b":{"type":"integer"}}}');
    const out = dereferenceLocal(document) as any;
    expect(Object.getPrototypeOf(out.schema.properties)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(out.schema.properties, "__proto__")?.value).toEqual({ type: "string" });
    expect(out.schema.properties["a/b"]).toEqual({ type: "integer" });
  });
});
