// The spec's own examples as the starting data of the stateful mocks: for every kept resource,
// the example answer of its item GET. Example ids then keep working, and lists are not empty.
// Each seed also names the fields the resource's creation answer declares (its response
// schema's top-level properties), so a creation reflects every request field the answer has,
// also those the example leaves out.
import type { ResourceDef } from "./resource-def.js";
import { RefResolver } from "../../codegen/refs.js";

type Json = Record<string, unknown>;

export interface Seed {
  resource: string;
  object: Json;
  /** Top-level fields of the resource's creation answer, as its response schema declares them. */
  fields?: string[];
}

export function examplesOf(document: Json, defs: ResourceDef[]): Seed[] {
  const seeds: Seed[] = [];
  // The toolkit's one resolver: own keys only, loops refused (a served spec may be anyone's).
  const refs = new RefResolver(document);
  const resolve = (value: unknown): Json => (refs.resolve<Json | undefined>(value) ?? {}) as Json;
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
      seeds.push({ resource: def.name, object: structuredClone(object as Json), fields: creationFields(document, def, resolve) });
    }
  }
  return seeds;
}

/** The properties of the creation answer's object (inside `data` for enveloped resources), allOf included. */
function creationFields(document: Json, def: ResourceDef, resolve: (value: unknown) => Json): string[] {
  if (!def.create) return [];
  const [method, route] = def.create.split(" ");
  const operation = ((document.paths as Json)[route!] as Json | undefined)?.[method!.toLowerCase()] as Json | undefined;
  const success = Object.entries((operation?.responses ?? {}) as Json).find(([status]) => status.startsWith("2"));
  const media = success && (Object.values((resolve(success[1]).content ?? {}) as Json)[0] as Json | undefined);
  let schema = resolve(media?.schema);
  if (def.envelope === "data") {
    schema = resolve(propertiesOf(schema, resolve).data);
    if (schema.type === "array") schema = resolve(schema.items);
  }
  return Object.keys(propertiesOf(schema, resolve));
}

function propertiesOf(schema: Json, resolve: (value: unknown) => Json, depth = 0): Json {
  if (depth > 8) return {};
  const own = (schema.properties ?? {}) as Json;
  const merged = ((schema.allOf ?? []) as unknown[]).reduce<Json>((all, part) => ({ ...all, ...propertiesOf(resolve(part), resolve, depth + 1) }), {});
  return { ...merged, ...own };
}
