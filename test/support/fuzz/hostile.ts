// What a careless or hostile client puts in a request: strings and object keys that break naive
// servers. Free-text fields must accept the strings as data; keys must never become object
// machinery (prototype, constructor) in the mock.
import fc from "fast-check";

export const HOSTILE_KEYS = ["__proto__", "constructor", "toString", "hasOwnProperty", "valueOf"] as const;

/** Marker values: a mock that lets a key reach Object.prototype makes this field appear on `{}`. */
export const POLLUTION_FIELD = "fuzzPolluted";

const fixedHostile = [
  "../../__mock/reset",
  "..%2F..%2F__mock%2Freset",
  "%00",
  "a\u0000b",
  "\u0007\b\f\v\u001b[31m",
  "line\r\nX-Injected: 1",
  "<script>alert(1)</script>",
  "' OR '1'='1",
  "${jndi:ldap://127.0.0.1/a}",
  "{{7*7}}",
  "\u202Eevil\u202C",
  "\uFEFFbom",
  "😀👍🏽🇺🇸",
  "Zа̀лго",
  "\uD800",
  "null",
  "undefined",
  "__proto__",
  "NaN",
];

/** Free text in every flavour: ordinary words, hostile fixed strings, arbitrary unicode, huge. */
export function freeText(maxLength = 10_000_000): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 4, arbitrary: fc.stringMatching(/^[A-Za-z][A-Za-z0-9 ]{0,19}$/) },
    { weight: 2, arbitrary: fc.constantFrom(...fixedHostile) },
    { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 24 }) },
    { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom("\u0000", "\u0001", "\u001f", "\u007f", "/", "%", "\\"), minLength: 1, maxLength: 12 }) },
    // Large but well under the mock's 1 MiB body limit (the oversized case is the soak's).
    { weight: 1, arbitrary: fc.integer({ min: 10_000, max: 200_000 }).map((n) => "x".repeat(n)) },
  ).map((text) => truncateCodePoints(text, maxLength));
}

/** JSON Schema lengths count code points, not UTF-16 units. */
export function truncateCodePoints(text: string, maxLength: number): string {
  const points = [...text];
  return points.length <= maxLength ? text : points.slice(0, maxLength).join("");
}

export function codePointLength(text: string): number {
  return [...text].length;
}

/** Strings that break constrained fields (formats, patterns, enums, lengths). */
export const hostileString = fc.oneof(fc.constantFrom(...fixedHostile), fc.constant("x".repeat(300_000)));

/** Hostile values for constrained query parameters (URL-sized). */
export const HOSTILE_PARAMS = ["../../__mock/reset", "%00", "a\u0000b", "<script>", "' OR '1'='1", "😀", "\u202Eevil"];
