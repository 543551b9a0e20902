// The properties a synthetic resource is made of. Each kind is a shape our specs use (free text,
// enums, bounded integers, E.164 numbers, timestamps, nullable values, string lists, nested
// settings), and each builds its schema and an example that the schema accepts, so the strict
// example lint passes without hand-written data.
import type { Random } from "./random.js";

export interface Field {
  name: string;
  schema: Record<string, unknown>;
  example: unknown;
}

type FieldMaker = (name: string, random: Random) => Field;

const ENUM_WORDS = ["pending", "active", "suspended", "failed", "archived", "queued", "approved", "declined", "expired", "draft"];

function textField(name: string, random: Random): Field {
  return {
    name,
    schema: { type: "string", maxLength: 200, description: random.sentence(random.int(6, 14)) },
    example: random.sentence(random.int(2, 5)),
  };
}

function enumField(name: string, random: Random): Field {
  const values = random.sample(ENUM_WORDS, random.int(3, 6));
  return { name, schema: { type: "string", enum: values, description: random.sentence(random.int(6, 12)) }, example: random.pick(values) };
}

function countField(name: string, random: Random): Field {
  const maximum = random.pick([10, 100, 1000, 100000]);
  return {
    name,
    schema: { type: "integer", minimum: 0, maximum, description: random.sentence(random.int(5, 10)) },
    example: random.int(0, maximum),
  };
}

function flagField(name: string, random: Random): Field {
  return { name, schema: { type: "boolean", description: random.sentence(random.int(5, 10)) }, example: random.next() < 0.5 };
}

function phoneField(name: string, random: Random): Field {
  return {
    name,
    schema: { type: "string", pattern: "^\\+[1-9]\\d{6,14}$", description: `${random.sentence(random.int(4, 8))} E.164, with the plus sign.` },
    example: `+1312555${String(random.int(0, 9999)).padStart(4, "0")}`,
  };
}

function timestampField(name: string, random: Random): Field {
  const day = String(random.int(1, 28)).padStart(2, "0");
  return {
    name,
    schema: { type: "string", format: "date-time", description: random.sentence(random.int(5, 9)) },
    example: `2026-0${random.int(1, 9)}-${day}T12:${String(random.int(0, 59)).padStart(2, "0")}:00Z`,
  };
}

function nullableField(name: string, random: Random): Field {
  return {
    name,
    schema: { type: ["string", "null"], maxLength: 64, description: `${random.sentence(random.int(5, 9))} Null when unset.` },
    example: random.next() < 0.5 ? null : random.pick(ENUM_WORDS),
  };
}

function listField(name: string, random: Random): Field {
  return {
    name,
    schema: { type: "array", maxItems: 20, items: { type: "string", maxLength: 40 }, description: random.sentence(random.int(5, 9)) },
    example: random.sample(ENUM_WORDS, random.int(0, 3)),
  };
}

function settingsField(name: string, random: Random): Field {
  return {
    name,
    schema: {
      type: "object",
      description: random.sentence(random.int(6, 10)),
      properties: {
        enabled: { type: "boolean", description: "Whether the setting applies." },
        limit: { type: "integer", minimum: 1, maximum: 500, description: "Upper bound the setting enforces." },
        note: { type: "string", maxLength: 120, description: "Free text for the account's operators." },
      },
      required: ["enabled"],
    },
    example: { enabled: true, limit: random.int(1, 500) },
  };
}

/** Property names per kind; a resource takes a few of each kind, never one name twice. */
const KINDS: Array<{ make: FieldMaker; names: string[] }> = [
  { make: textField, names: ["display_name", "description", "label", "customer_reference", "notes", "alias"] },
  { make: enumField, names: ["tier", "priority_class", "channel", "review_state", "region_code"] },
  { make: countField, names: ["capacity", "retry_limit", "weight", "daily_quota", "priority"] },
  { make: flagField, names: ["enabled", "auto_renew", "shared", "test_mode"] },
  { make: phoneField, names: ["phone_number", "caller_id", "fallback_number"] },
  { make: timestampField, names: ["expires_at", "starts_at", "reviewed_at"] },
  { make: nullableField, names: ["external_id", "parent_code", "failure_reason"] },
  { make: listField, names: ["labels", "features", "allowed_regions"] },
  { make: settingsField, names: ["throttling", "recording", "retention"] },
];

/** One or two properties of every kind, in kind order, at most 12 in all. */
export function resourceFields(random: Random): Field[] {
  const fields: Field[] = [];
  for (const kind of KINDS) {
    const count = random.int(0, 2) || 1;
    for (const name of random.sample(kind.names, count)) fields.push(kind.make(name, random));
  }
  return fields.slice(0, 12);
}
