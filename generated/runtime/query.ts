// Copied from codegen/runtime by `npm run generate`. Do not edit this copy.
// Query-string serialisation for both providers. Plain values and arrays use the form style
// (`status=a&status=b`); objects use the deepObject style Telnyx's `filter[...]`, `page[...]` and
// `sort[...]` parameters need, including arrays and nesting inside them
// (`filter[features]=sms&filter[features]=voice`, `filter[phone_number][starts_with]=312`),
// which openapi-fetch's default serialiser rejects.
export function serializeQuery(query: Record<string, unknown> | undefined): string {
  const parts: string[] = [];
  const add = (key: string, value: unknown): void => {
    if (value === undefined || value === null) return;
    if (Array.isArray(value)) {
      for (const item of value) add(key, item);
    } else if (typeof value === "object" && !(value instanceof Date)) {
      for (const [child, item] of Object.entries(value)) add(`${key}[${child}]`, item);
    } else {
      const text = value instanceof Date ? value.toISOString() : String(value);
      // Brackets stay readable: servers accept them encoded or not, and logs are easier to read.
      parts.push(
        `${encodeURIComponent(key).replace(/%5B/g, "[").replace(/%5D/g, "]")}=${encodeURIComponent(text)}`,
      );
    }
  };
  for (const [key, value] of Object.entries(query ?? {})) add(key, value);
  return parts.join("&");
}
