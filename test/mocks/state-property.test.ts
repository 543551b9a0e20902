// A seeded property test of the state engine alone: whatever sequence of creations, merges,
// lists, actions, deletions and clock steps hostile clients send (prototype-named keys, nested
// junk, non-finite numbers, odd ids and queries), the engine never throws, every answer
// serialises to JSON, no prototype changes, and every object read back keeps its id.
// Replay a failure with STATE_PROPERTY_SEED=<seed printed below>.
import { readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { profiles } from "../../mocks/providers/index.js";
import { VirtualClock } from "../../mocks/state/clock.js";
import { StateEngine, type StateReply, type StateRequest } from "../../mocks/state/engine.js";
import type { Json, ResourceDef } from "../../mocks/state/resource-def.js";
import { examplesOf } from "../../mocks/state/seed.js";
import { WebhookSender } from "../../mocks/state/webhooks.js";
import { repoRoot } from "../support/spec.js";

const SEED = Number(process.env.STATE_PROPERTY_SEED ?? 20261201);
const RUNS = 150;
const prototypeNames = Object.getOwnPropertyNames(Object.prototype).sort();

const hostileKey = fc.constantFrom(
  "__proto__",
  "constructor",
  "toString",
  "hasOwnProperty",
  "valueOf",
  "prototype",
  "status",
  "id",
  "brandId",
  "status.value",
  "",
);
const key = fc.oneof(hostileKey, fc.constantFrom("status", "brandId", "webhookURL", "phone_numbers"), fc.string({ maxLength: 8 }));
const scalar = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom(Number.POSITIVE_INFINITY, Number.NaN, 1e309),
);
const value = fc.letrec((tie) => ({
  node: fc.oneof({ depthSize: "small" }, scalar, fc.array(tie("node"), { maxLength: 3 }), fc.dictionary(key, tie("node"), { maxKeys: 4 })),
})).node;
const body = fc.oneof(fc.dictionary(key, value, { maxKeys: 6 }), value);
// Field names the kept resources really have, so filters meet stored values (objects included).
const fieldKey = fc.constantFrom("status", "brandId", "campaignId", "brand_id", "campaign_id", "phoneNumber", "number", "display_name", "webhook_url");
const query = fc.dictionary(
  fc.oneof({ arbitrary: fieldKey, weight: 3 }, { arbitrary: hostileKey, weight: 2 }, { arbitrary: fc.string({ maxLength: 6 }), weight: 1 }),
  fc.oneof(fc.string({ maxLength: 6 }), fc.array(fc.string({ maxLength: 6 }), { maxLength: 2 })),
  { maxKeys: 3 },
);

type Step =
  | {
      kind: "create" | "patch" | "list" | "action" | "delete" | "get";
      resource: number;
      body: unknown;
      query: Record<string, string | string[]>;
      id: number;
    }
  | { kind: "advance"; ms: number };

const step: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constantFrom("create", "patch", "list", "action", "delete", "get") as fc.Arbitrary<"create" | "patch" | "list" | "action" | "delete" | "get">,
      resource: fc.nat(20),
      body,
      query,
      id: fc.nat(5),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant("advance" as const),
      ms: fc.oneof(fc.nat(10_000_000), fc.double(), fc.constant(1e16)),
    }),
  },
);

function example(def: ResourceDef, seeds: Array<{ resource: string; object: Json }>): Json {
  const object = seeds.find((s) => s.resource === def.name)?.object ?? {
    [def.idField]: "example",
  };
  return def.envelope === "data" ? { data: object } : object;
}

function params(template: string, id: string): Record<string, string> {
  return Object.fromEntries([...template.matchAll(/\{([^}]+)\}/g)].map((m) => [m[1]!, id]));
}

describe.each(Object.values(profiles))("StateEngine with $name's resources under hostile sequences", (profile) => {
  const document = JSON.parse(readFileSync(path.join(repoRoot, profile.specFile), "utf8")) as Json;
  const seeds = examplesOf(document, profile.resources);

  it(`never throws, always answers JSON, keeps prototypes intact (seed ${SEED})`, () => {
    console.log(`state-property ${profile.id}: seed ${SEED}, ${RUNS} runs (replay with STATE_PROPERTY_SEED=${SEED})`);
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 25 }), (steps) => {
        const clock = new VirtualClock(0);
        const engine = new StateEngine(profile.resources, clock, new WebhookSender(), { log: () => undefined });
        engine.seed(seeds);
        const ids: string[] = seeds.map((s) => String(s.object[profile.resources.find((d) => d.name === s.resource)!.idField]));
        for (const next of steps) {
          if (next.kind === "advance") {
            try {
              clock.advance(next.ms);
            } catch (error) {
              expect((error as Error).name).toBe("ClockError");
            }
            engine.tick();
            continue;
          }
          const def = profile.resources[next.resource % profile.resources.length]!;
          const id = ids[next.id % Math.max(1, ids.length)] ?? "none";
          const request = requestFor(def, next, id, example(def, seeds));
          if (!request) continue;
          const reply = engine.handle(request);
          expect(() => JSON.stringify(reply)).not.toThrow();
          if (reply && "body" in reply && reply.status < 300 && next.kind === "create") {
            const created = (def.envelope === "data" ? (reply.body as Json).data : reply.body) as Json;
            const newId = created[def.idField];
            expect(typeof newId).toBe("string");
            ids.push(newId as string);
          }
          expectReadable(reply);
        }
        expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeNames);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });
});

function requestFor(def: ResourceDef, next: Exclude<Step, { kind: "advance" }>, id: string, output: Json): StateRequest | undefined {
  const base = { query: next.query, body: next.body, status: 200, output };
  switch (next.kind) {
    case "create":
      if (!def.create) return undefined;
      return {
        ...base,
        method: "POST",
        template: def.create.slice(5),
        params: params(def.create, id),
      };
    case "list":
      if (!def.list) return undefined;
      return {
        ...base,
        method: "GET",
        template: def.list,
        params: params(def.list, id),
        output: {
          records: [],
          meta: { page_number: 1, page_size: 1, total_results: 0 },
          page: 1,
          page_size: 1,
          total_items: 0,
        },
      };
    case "action": {
      const template = Object.keys(def.actions ?? {})[0];
      return template ? { ...base, method: "POST", template, params: params(template, id) } : undefined;
    }
    case "patch":
      if (!def.item) return undefined;
      return {
        ...base,
        method: "PATCH",
        template: def.item,
        params: params(def.item, id),
      };
    case "delete":
      if (!def.item) return undefined;
      return {
        ...base,
        method: "DELETE",
        template: def.item,
        params: params(def.item, id),
      };
    case "get":
      if (!def.item) return undefined;
      return {
        ...base,
        method: "GET",
        template: def.item,
        params: params(def.item, id),
      };
  }
}

/** An error says why in words; an answer's body survives a JSON round trip. */
function expectReadable(reply: StateReply | undefined): void {
  if (reply && "error" in reply) {
    expect(typeof reply.error.detail).toBe("string");
    expect(reply.error.status).toBeGreaterThanOrEqual(400);
    expect(reply.error.status).toBeLessThan(500);
    return;
  }
  if (reply && reply.status >= 400) {
    // A rule's refusal, already in the provider's error body: it must say why, in words. A 4xx,
    // or the 502 Vonage's reference documents for every call on a deleted brand.
    expect(reply.status < 500 || reply.status === 502).toBe(true);
    expect(JSON.stringify(reply.body)).toMatch(/"detail":"[^"]{10,}/);
    return;
  }
  if (reply) expect(typeof JSON.parse(JSON.stringify(reply.body ?? null))).not.toBe("undefined");
}
