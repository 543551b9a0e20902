// The one rule by which names taken from a spec (webhook names, parameter names, x-sdk-name
// segments) become TypeScript identifiers. Specs use names such as `fax.delivered`,
// `advanced-order-id`, `10dlc` or `class`; emitted code must compile whatever they are, and the
// same spec name must always give the same identifier (so generated code is stable):
//
// 1. Split the name into words at every character that cannot appear in an identifier
//    (anything but A-Z, a-z, 0-9): "fax.delivered" → ["fax", "delivered"].
// 2. Join them camelCase (values, parameters) or PascalCase (types); the letters inside a word are
//    kept as written: "campaignStatusUpdate" stays "campaignStatusUpdate".
// 3. A name that starts with a digit gets a leading underscore: "10dlc" → "_10dlc".
// 4. A value name that is a reserved word of JavaScript or TypeScript gets a trailing
//    underscore: "class" → "class_". (Type names are PascalCase, so never reserved.)
// 5. A name with no letters or digits at all becomes "_".
//
// Two different spec names can map to one identifier ("fax.delivered" and "fax_delivered"); the
// lint rule toolkit/names refuses such pairs where they would collide.

/** Words that cannot name a variable or parameter in an ES module (strict mode) or in TypeScript. */
export const RESERVED_WORDS = new Set([
  "arguments", "await", "break", "case", "catch", "class", "const", "continue", "debugger", "default", "delete",
  "do", "else", "enum", "eval", "export", "extends", "false", "finally", "for", "function", "if", "implements",
  "import", "in", "instanceof", "interface", "let", "new", "null", "package", "private", "protected", "public",
  "return", "static", "super", "switch", "this", "throw", "true", "try", "typeof", "var", "void", "while", "with",
  "yield",
]);

function words(name: string): string[] {
  return name.split(/[^A-Za-z0-9]+/).filter(Boolean);
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function leadingDigitSafe(name: string): string {
  if (name === "") return "_";
  return /^[0-9]/.test(name) ? `_${name}` : name;
}

/** A camelCase value identifier for a spec name: "advanced-order-id" → "advancedOrderId", "class" → "class_". */
export function identifier(name: string): string {
  const [first = "", ...rest] = words(name);
  const joined = leadingDigitSafe(first + rest.map(capitalize).join(""));
  return RESERVED_WORDS.has(joined) ? `${joined}_` : joined;
}

/** A PascalCase type name for a spec name: "fax.delivered" → "FaxDelivered", "10dlc.brand" → "_10dlcBrand". */
export function typeName(name: string): string {
  return leadingDigitSafe(words(name).map(capitalize).join(""));
}
