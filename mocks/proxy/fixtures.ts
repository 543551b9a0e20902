// Loads a directory of recordings (see record.ts) as one set of fixtures for the stateful mock.
// Files are read in name order, which is time order for one provider's runs, and an object seen in
// several runs keeps its newest copy.
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { profiles, type MockProfile } from "../providers/index.js";

/** A recording that cannot be read or is not `{ "<resource>": [objects] }`, naming the file. */
export class RecordingError extends Error {
  override readonly name = "RecordingError";
}

/**
 * The recordings in `dir` merged: `{ "<resource>": [objects] }`, the format `engine.load` takes.
 * With `provider`, only that provider's recordings (`<provider>-*.json`) are read.
 */
export function loadRecordedFixtures(dir: string, provider?: MockProfile["id"]): Record<string, unknown[]> {
  let names: string[];
  try {
    names = readdirSync(dir).filter((name) => name.endsWith(".json")).sort();
  } catch (error) {
    throw new RecordingError(`Cannot read recordings from ${dir}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  if (provider !== undefined) names = names.filter((name) => name.startsWith(`${provider}-`));
  const merged = new Map<string, Map<string, unknown>>();
  for (const name of names) {
    const file = path.join(dir, name);
    const owner = providerOf(name);
    for (const [resource, objects] of Object.entries(readRecording(file))) {
      let store = merged.get(resource);
      if (!store) merged.set(resource, (store = new Map()));
      const idField = owner?.resources.find((def) => def.name === resource)?.idField;
      for (const [index, object] of objects.entries()) {
        const id = idField === undefined ? undefined : (object as Record<string, unknown> | null)?.[idField];
        // Without a known id field, objects are kept as they come (the engine replaces same ids).
        const key = typeof id === "string" || typeof id === "number" ? `id:${id}` : `${file}#${index}`;
        store.delete(key);
        store.set(key, object);
      }
    }
  }
  const fixtures: Record<string, unknown[]> = {};
  for (const [resource, store] of merged) fixtures[resource] = [...store.values()];
  return fixtures;
}

/**
 * Every provider's recordings in `dir`, keyed by provider, as `npm run mock -- --fixtures` takes
 * a fixtures file: `{ "telnyx": { "brand": [...] }, "vonage": {...} }`. Providers without
 * recordings are left out.
 */
export function loadRecordingsByProvider(dir: string): Record<string, Record<string, unknown[]>> {
  const byProvider: Record<string, Record<string, unknown[]>> = {};
  for (const id of Object.keys(profiles) as Array<MockProfile["id"]>) {
    const fixtures = loadRecordedFixtures(dir, id);
    if (Object.keys(fixtures).length > 0) byProvider[id] = fixtures;
  }
  return byProvider;
}

function providerOf(name: string): MockProfile | undefined {
  return Object.values(profiles).find((profile) => name.startsWith(`${profile.id}-`));
}

function readRecording(file: string): Record<string, unknown[]> {
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new RecordingError(`${file}: not a readable JSON recording (${(error as Error).message.split("\n")[0]})`);
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) throw new RecordingError(`${file}: a recording must be an object of resource name to array of objects.`);
  for (const [resource, objects] of Object.entries(value)) {
    if (resource === "__proto__") throw new RecordingError(`${file}: "__proto__" is not a resource name.`);
    if (!Array.isArray(objects)) throw new RecordingError(`${file}: "${resource}" must be an array of objects.`);
  }
  return value as Record<string, unknown[]>;
}
