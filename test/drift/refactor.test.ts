// Drift of our real specs against themselves, rewritten the ways a provider's published spec is
// written (seeded; the seed is printed so a failure replays with DRIFT_REFACTOR_SEED): object
// schemas split into allOf parts, inline schemas moved to components behind $refs, body schemas
// wrapped in a one-branch oneOf, deepObject parameters written as `name[member]` parameters,
// path parameters renamed to snake_case, the server's base path moved into the paths, other
// operationIds, and documentation text changed. None of that is drift; one real change beside it is.
import { describe, expect, it } from "vitest";
import type { SpecSide } from "../../codegen/diff/spec-diff.js";
import { driftProvider } from "../../codegen/drift/drift.js";
import { loadProvider } from "../support/spec.js";

const SEED = Number(process.env.DRIFT_REFACTOR_SEED ?? 20261201);
const RUNS = 4;

type Json = Record<string, unknown>;

/** mulberry32: a small seeded generator, so a run replays exactly. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Refactor {
  private extracted = 0;
  constructor(
    private readonly doc: Json,
    private readonly chance: () => number,
  ) {}

  private maybe(p = 0.5): boolean {
    return this.chance() < p;
  }

  run(): Json {
    const schemas = ((this.doc.components as Json).schemas ??= {}) as Json;
    for (const name of Object.keys(schemas)) schemas[name] = this.schema(schemas[name] as Json, 0);
    const basePath = new URL(((this.doc.servers as Json[])[0]!.url as string)).pathname.replace(/\/$/, "");
    this.doc.servers = [{ url: "https://provider.example.test" }];
    const paths: Json = {};
    for (const [route, item] of Object.entries(this.doc.paths as Json)) {
      const renamed = route.replace(/\{([^}]+)\}/g, (_, name: string) => `{${snake(name)}}`);
      paths[basePath + renamed] = this.pathItem(item as Json);
    }
    this.doc.paths = paths;
    return this.doc;
  }

  private pathItem(item: Json): Json {
    if (Array.isArray(item.parameters)) item.parameters = this.parameters(item.parameters as Json[]);
    for (const [key, value] of Object.entries(item)) {
      if (key === "parameters" || typeof value !== "object" || value === null) continue;
      const operation = value as Json;
      operation.description = `Reworded: ${String(operation.description ?? "")}`;
      // Other operationIds, so operations are found by their paths, not by the fallback.
      operation.operationId = `published_${String(operation.operationId)}`;
      if (Array.isArray(operation.parameters)) operation.parameters = this.parameters(operation.parameters as Json[]);
      for (const media of this.media(operation.requestBody)) this.bodySchema(media);
      for (const response of Object.values((operation.responses ?? {}) as Json)) for (const media of this.media(response)) this.bodySchema(media);
    }
    return item;
  }

  /** Inline media objects of a body or response (referenced ones are shared: rewritten through their schemas). */
  private media(holder: unknown): Json[] {
    const content = (holder as Json | undefined)?.content as Json | undefined;
    return content ? (Object.values(content) as Json[]) : [];
  }

  private bodySchema(media: Json): void {
    if (!media.schema) return;
    media.schema = this.schema(media.schema as Json, 0);
    if (this.maybe(0.3)) media.schema = { oneOf: [media.schema] };
  }

  private parameters(list: Json[]): Json[] {
    return list.flatMap((raw) => {
      const p = this.resolveParameter(raw);
      if (p.in === "path") return [{ ...p, name: snake(p.name as string), description: "Renamed." }];
      const schema = p.schema as Json | undefined;
      if (p.style === "deepObject" && schema?.properties && !schema.$ref && !p.required) {
        // Written as one parameter per member; an optional object has optional members.
        return Object.entries(schema.properties as Json).map(([member, memberSchema]) => ({ name: `${p.name as string}[${member}]`, in: "query", schema: memberSchema }));
      }
      return [raw];
    });
  }

  private resolveParameter(raw: Json): Json {
    const ref = raw.$ref as string | undefined;
    if (!ref) return raw;
    return ref.slice(2).split("/").reduce<Json>((node, key) => node[key] as Json, this.doc);
  }

  private schema(schema: Json, depth: number): Json {
    if (typeof schema !== "object" || schema === null || schema.$ref || depth > 20) return schema;
    const out: Json = { ...schema };
    if (this.maybe(0.2)) out.description = "Other words.";
    if (out.properties) {
      const properties: Json = {};
      for (const [name, property] of Object.entries(out.properties as Json)) properties[name] = this.property(property as Json, depth + 1);
      out.properties = properties;
    }
    if (out.items) out.items = this.schema(out.items as Json, depth + 1);
    for (const keyword of ["oneOf", "anyOf", "allOf"]) if (Array.isArray(out[keyword])) out[keyword] = (out[keyword] as Json[]).map((s) => this.schema(s, depth + 1));
    if (out.properties && !out.allOf && this.maybe()) return this.split(out);
    return out;
  }

  /** A property schema, sometimes moved to components and referenced. */
  private property(schema: Json, depth: number): Json {
    const rewritten = this.schema(schema, depth);
    if (rewritten.$ref || !this.maybe(0.2)) return rewritten;
    const name = `Extracted${++this.extracted}`;
    ((this.doc.components as Json).schemas as Json)[name] = rewritten;
    return { $ref: `#/components/schemas/${name}` };
  }

  /** { type, properties, required } → allOf of two parts, each with its own properties and required. */
  private split(schema: Json): Json {
    const { properties, required, type, ...rest } = schema;
    const names = Object.keys(properties as Json);
    const half = Math.ceil(names.length / 2);
    const part = (keys: string[]): Json => ({
      properties: Object.fromEntries(keys.map((k) => [k, (properties as Json)[k]])),
      ...(Array.isArray(required) ? { required: (required as string[]).filter((r) => keys.includes(r)) } : {}),
    });
    return { ...rest, allOf: [{ type, ...part(names.slice(0, half)) }, part(names.slice(half))] };
  }
}

function snake(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toLowerCase();
}

describe("drift of our specs against refactored copies of themselves", () => {
  for (const provider of ["telnyx", "vonage"]) {
    it(`${provider}: nothing reported for ${RUNS} seeded refactorings, and a real change is`, async () => {
      const side = (await loadProvider(provider)) as SpecSide;
      for (let run = 0; run < RUNS; run++) {
        const seed = SEED + run;
        console.log(`drift refactor ${provider}: seed ${seed} (replay with DRIFT_REFACTOR_SEED=${seed})`);
        const published = new Refactor(structuredClone(side.spec.document) as unknown as Json, random(seed)).run();
        const result = driftProvider(side, { file: "refactored.json", document: published });
        expect(result.compared, `seed ${seed}`).toBe(side.model.operations.length);
        expect(result.differences, `seed ${seed}`).toEqual([]);
      }
      const changed = structuredClone(side.spec.document) as unknown as Json;
      const [route, item] = Object.entries(changed.paths as Json)[0]!;
      const method = Object.keys(item as Json).find((k) => k !== "parameters")!;
      ((item as Json)[method] as Json).responses = { "299": { description: "Not one of ours." } };
      const result = driftProvider(side, { file: "changed.json", document: changed });
      expect(result.differences.filter((d) => d.operation === `${method.toUpperCase()} ${route}` && d.id === "response-status-only-published").map((d) => d.at)).toEqual(["response 299"]);
    });
  }
});
