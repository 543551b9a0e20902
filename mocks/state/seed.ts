// The spec's own examples as the starting data of the stateful mocks: for every kept resource,
// the example answer of its item GET. Example ids then keep working, and lists are not empty.
import type { ResourceDef } from "./resource-def.js";

type Json = Record<string, unknown>;

export function examplesOf(document: Json, defs: ResourceDef[]): Array<{ resource: string; object: Json }> {
  const seeds: Array<{ resource: string; object: Json }> = [];
  const resolve = (value: unknown): Json => {
    const ref = (value as { $ref?: string } | undefined)?.$ref;
    if (!ref) return (value ?? {}) as Json;
    return resolve(ref.slice(2).split("/").map((k) => k.replaceAll("~1", "/").replaceAll("~0", "~")).reduce<unknown>((n, k) => (n as Json)[k], document));
  };
  for (const def of defs) {
    if (def.item === undefined) continue;
    const operation = ((document.paths as Json)[def.item] as Json | undefined)?.get as Json | undefined;
    const responses = (operation?.responses ?? {}) as Json;
    const success = Object.entries(responses).find(([status]) => status.startsWith("2"));
    if (!success) continue;
    const media = Object.values((resolve(success[1]).content ?? {}) as Json)[0] as Json | undefined;
    const example = media && (Object.values((media.examples ?? {}) as Json)[0] as Json | undefined);
    const value = example ? resolve(example).value : media?.example;
    const object = def.envelope === "data" ? (value as Json | undefined)?.data : value;
    if (object && typeof object === "object" && !Array.isArray(object) && (object as Json)[def.idField] !== undefined) {
      seeds.push({ resource: def.name, object: structuredClone(object as Json) });
    }
  }
  return seeds;
}
