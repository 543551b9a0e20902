// The JSDoc of the client's methods and named types: what an editor shows on hover. Everything
// comes from the spec (summary, description, parameter descriptions, deprecation) or from the
// guide (its anchor and its example call), so the hover and the guide never disagree.
import type { OperationModel } from "../model.js";
import { identifier } from "../names.js";
import type { ProviderConfig } from "../providers.js";
import { anchorFor, exampleCall } from "./docs.js";

/**
 * A block comment of the given lines; one line stays on one line. `*\/` inside the text would end
 * the comment early (and turn the rest into code), so it is broken up.
 */
export function blockComment(lines: string[]): string {
  const safe = lines.map((line) => line.replaceAll("*/", "*\\/").trimEnd());
  if (safe.length === 1) return `/** ${safe[0]} */`;
  return ["/**", ...safe.map((line) => (line === "" ? " *" : ` * ${line}`)), " */"].join("\n");
}

/**
 * Why the operation is deprecated: the sentence of its description that says so (e.g. what to use
 * instead), else a plain statement.
 */
export function deprecationNote(op: OperationModel): string {
  const sentences = op.description.replace(/\s+/g, " ").split(/(?<=[.!?])\s+/);
  return sentences.find((sentence) => /deprecat/i.test(sentence)) ?? "This operation is deprecated.";
}

/**
 * Spec text inside a JSDoc block: an `@` after a space or at a line start would begin a tag (the
 * example `"your PIN is @OTP_PIN@"` became an `@OTP_PIN` tag, cutting the example short), and
 * TypeScript reads `\@` as a plain `@` sign there.
 */
function text(value: string): string {
  return value.replace(/(^|\s)@/g, "$1\\@");
}

/** The comment of one of the operation's named types: what it is, and the operation's deprecation. */
export function typeComment(op: OperationModel, what: string): string {
  return blockComment(op.deprecated ? [text(what), `@deprecated ${text(deprecationNote(op))}`] : [text(what)]);
}

/**
 * Summary and route, description, parameters, deprecation, a link to the guide and an example
 * (the guide's own by default; the functions show it as a function call).
 */
export function methodComment(op: OperationModel, provider: ProviderConfig, listNote: string, example = exampleCall(op, provider)): string {
  const lines = [`${text(op.summary)} \`${op.method} ${op.path}\`${listNote}`];
  if (op.description) lines.push("", ...op.description.split("\n").map((line) => text(line.trim())));
  lines.push("", ...paramLines(op));
  if (op.deprecated) lines.push(`@deprecated ${text(deprecationNote(op))}`);
  lines.push(`@see [${text(op.summary || op.sdkName)} in the guide](./docs/${op.product}.md#${anchorFor(op)})`);
  lines.push("@example", "```ts", ...example.split("\n").map(text), "```");
  return blockComment(lines);
}

/** One `@param` line per argument of the method, in the order of its signature. */
function paramLines(op: OperationModel): string[] {
  const lines = op.pathParams.map(
    (param) =>
      `@param ${identifier(param.name)} - ${param.deprecated ? "Deprecated. " : ""}${text(param.description || `The ${param.name} path parameter.`)}`,
  );
  const queryNames = op.queryParams.map((param) => `\`${param.name}\`${param.deprecated ? " (deprecated)" : ""}`).join(", ");
  if (op.body) {
    lines.push(`@param body - ${text(op.body.description || "The request body.")}`);
    // With a body, the query parameters travel in the per-call options (see operationSignature).
    if (queryNames) lines.push(`@param options - Per-call options; \`query\` takes the query parameters ${queryNames}.`);
  } else if (queryNames) {
    lines.push(`@param query - The query parameters ${queryNames}; each is described on its field.`);
  }
  return lines;
}
