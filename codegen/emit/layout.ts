// Lays out the code the client templates repeat once per operation the way the formatter
// (dprint, format.ts) lays it out, so that format.ts can pass those declarations as they are:
// formatting them was nearly all of the formatter's work (1.2 s of CPU for the 1,120-operation
// synthetic spec's client modules), and the last thing a build waited for.
//
// The rule, dprint's for lists (parameters, arguments, object literals): a list goes on one line
// when that line fits in LINE_WIDTH columns, else one item per line, each followed by a comma,
// the items laid out by the same rule one level deeper. dprint keeps a list that is already one
// item per line as it is, so the layouts below are also what it gives back when it formats them.
// Anything this file does not lay out is written on one line: a line that does not fit then
// sends its declaration to the formatter, as before. test/generator/layout.test.ts holds every
// layout here to dprint, with names of random lengths, and every declaration of the generated
// client modules that format.ts would keep.

/** The formatter's line width (format.ts): a line of at most this many characters fits. */
export const LINE_WIDTH = 110;

/** A list: on one line `open + items joined by ", " + close`, else one item per line. */
export interface List {
  kind: "list";
  open: string;
  items: Code[];
  close: string;
  /** What follows each item: "," (parameters, arguments, object literals) or ";" (members of a type literal). */
  separator: "," | ";";
  /** Whether the last item of a broken list is followed by the separator too (not in type arguments). */
  lastSeparator: boolean;
}

/** `head tail` (a parameter and its type), else the tail on the next line, one level deeper. */
export interface Hang {
  kind: "hang";
  head: string;
  tail: Code;
}

/**
 * An arrow function `head => body`, as dprint lays it out: on one line; else broken after the
 * arrow, the body on the next line one level deeper (and laid out there); else, when not even
 * `head =>` fits, the head's parameter list one per line and `) => body` after it, or, when that
 * does not fit either, `) =>` and the body on the next line.
 */
export interface Arrow {
  kind: "arrow";
  /** Text, the parameter list, text: `["async ", list("(", params, ")")]`, `[list("(", params, ")"), ": Type"]`. */
  head: Code;
  body: Code;
}

/**
 * Code to lay out: text (one line), a list, an arrow function, a parameter, or a sequence of
 * these. In a sequence, a part fits when its line fits with everything after it written on one
 * line: the first list that does not fit breaks, then the next (`(…): PagePromise<…> =>`), as
 * in dprint.
 */
export type Code = string | List | Arrow | Hang | Code[];

/** A parameter or argument list, e.g. `list("(", ["a: A", "b: B"], ")")`. */
export function list(open: string, items: Code[], close: string): List {
  return { kind: "list", open, items, close, separator: ",", lastSeparator: true };
}

/** A type literal, e.g. `{ brandId: string; body: Body }`; broken, each member ends with a semicolon. */
export function typeLiteral(members: string[]): List {
  return { kind: "list", open: "{ ", items: members, close: " }", separator: ";", lastSeparator: true };
}

/** A generic type, e.g. `PagePromise<Page, Item>`; broken, one argument per line and no comma after the last. */
export function genericType(name: string, typeArguments: string[]): List {
  return { kind: "list", open: `${name}<`, items: typeArguments, close: ">", separator: ",", lastSeparator: false };
}

/** A parameter with its type, `name: Type` (name with its `?`); the type goes to the next line when they do not fit. */
export function parameter(name: string, type: Code): Hang {
  return { kind: "hang", head: `${name}:`, tail: type };
}

/** `import { a, b } from "module";`, or `import type`, the names one per line when they do not fit. */
export function importDeclaration(names: string[], from: string, typeOnly = false): string {
  return layout(list(`import ${typeOnly ? "type " : ""}{ `, names, ` } from ${JSON.stringify(from)};`));
}

/** An arrow function, e.g. `arrow(["async ", list("(", [], ")")], "await call()")`. */
export function arrow(head: Code, body: Code): Arrow {
  return { kind: "arrow", head, body };
}

/** An object literal of `key: value` entries (a value may be a list itself), keys quoted only where needed. */
export function objectLiteral(entries: Array<[key: string, value: Code]>): List {
  return list("{ ", entries.map(([key, value]) => [`${propertyKey(key)}: `, value]), " }");
}

/** A value of plain data (what JSON.stringify takes) as an object literal dprint would leave as it is. */
export function dataLiteral(value: unknown): Code {
  if (typeof value !== "object" || value === null) return JSON.stringify(value);
  if (Array.isArray(value)) return list("[", value.map(dataLiteral), "]");
  return objectLiteral(Object.entries(value).map(([key, item]) => [key, dataLiteral(item)]));
}

// An IdentifierName of the language (reserved words included: they are valid property names).
const IDENTIFIER_NAME = /^[\p{ID_Start}$_][\p{ID_Continue}$\u200C\u200D]*$/u;

/** A property name as dprint writes it (quoteProps "asNeeded"): bare when it is an identifier name. */
export function propertyKey(name: string): string {
  return IDENTIFIER_NAME.test(name) ? name : JSON.stringify(name);
}

/**
 * `code` laid out with its first line starting at column `column` (the caller writes whatever
 * comes before it; further lines are indented from `indent`), followed on its last line by
 * `trailing` more characters. Where some line would still be too long (a name longer than a
 * line, a construct this file does not break), the code is written on one line instead: the
 * formatter then lays out the whole declaration, from the same text as before this file existed.
 */
export function layout(code: Code, { column = 0, indent = column, trailing = 0 }: { column?: number; indent?: number; trailing?: number } = {}): string {
  const text = render(code, indent, column, trailing);
  const lines = text.split("\n");
  const fits = lines.every((line, i) => (i === 0 ? column : 0) + line.length + (i === lines.length - 1 ? trailing : 0) <= LINE_WIDTH);
  return fits ? text : flat(code);
}

function render(code: Code, indent: number, column: number, trailing: number): string {
  if (typeof code === "string") return code;
  if (!Array.isArray(code)) {
    if (code.kind === "list") return renderList(code, indent, column, trailing);
    if (code.kind === "arrow") return renderArrow(code, indent, column, trailing);
    return renderHang(code, indent, column, trailing);
  }
  // What follows each part on its line: the rest of the sequence, as if on one line.
  let after = flat(code).length;
  let text = "";
  for (const part of code) {
    after -= flat(part).length;
    const rendered = render(part, indent, column, after + trailing);
    text += rendered;
    const lastBreak = rendered.lastIndexOf("\n");
    column = lastBreak === -1 ? column + rendered.length : rendered.length - lastBreak - 1;
  }
  return text;
}

function renderList(code: List, indent: number, column: number, trailing: number): string {
  const oneLine = flat(code);
  if (column + oneLine.length + trailing <= LINE_WIDTH) return oneLine;
  const itemIndent = indent + 2;
  const pad = " ".repeat(itemIndent);
  const items = code.items.map((item, i) => {
    const separator = code.lastSeparator || i < code.items.length - 1 ? code.separator : "";
    return `${pad}${render(item, itemIndent, itemIndent, separator.length)}${separator}`;
  });
  return `${code.open.trimEnd()}\n${items.join("\n")}\n${" ".repeat(indent)}${code.close.trimStart()}`;
}

function renderHang(code: Hang, indent: number, column: number, trailing: number): string {
  const oneLine = flat(code);
  if (column + oneLine.length + trailing <= LINE_WIDTH) return oneLine;
  const tailIndent = indent + 2;
  return `${code.head}\n${" ".repeat(tailIndent)}${render(code.tail, tailIndent, tailIndent, trailing)}`;
}

function renderArrow(code: Arrow, indent: number, column: number, trailing: number): string {
  const oneLine = flat(code);
  if (column + oneLine.length + trailing <= LINE_WIDTH) return oneLine;
  const head = flat(code.head);
  const bodyIndent = indent + 2;
  const bodyOnNextLine = (headText: string) => `${headText} =>\n${" ".repeat(bodyIndent)}${render(code.body, bodyIndent, bodyIndent, trailing)}`;
  if (column + head.length + " =>".length <= LINE_WIDTH) return bodyOnNextLine(head);
  const brokenHead = render(code.head, indent, column, " =>".length);
  const lastLine = brokenHead.slice(brokenHead.lastIndexOf("\n") + 1);
  if (lastLine.length + " => ".length + flat(code.body).length + trailing <= LINE_WIDTH) return `${brokenHead} => ${flat(code.body)}`;
  return bodyOnNextLine(brokenHead);
}

/** The code on one line. */
function flat(code: Code): string {
  if (typeof code === "string") return code;
  let line = flatLines.get(code);
  if (line === undefined) {
    line = flatLine(code);
    flatLines.set(code, line);
  }
  return line;
}

// A piece's line is asked for again at each level above it (to see whether it fits): worked out once.
const flatLines = new WeakMap<Exclude<Code, string>, string>();

function flatLine(code: Exclude<Code, string>): string {
  if (Array.isArray(code)) return code.map(flat).join("");
  if (code.kind === "arrow") return `${flat(code.head)} => ${flat(code.body)}`;
  if (code.kind === "hang") return `${code.head} ${flat(code.tail)}`;
  if (code.items.length === 0) return `${code.open.trim()}${code.close.trim()}`;
  return `${code.open}${code.items.map(flat).join(`${code.separator} `)}${code.close}`;
}

/**
 * `export interface Name extends A, B {}` as dprint lays it out: on one line; else the heritage
 * clause on the next line; else each base on a line of its own. A base too long even for that
 * (dprint would break its type arguments) leaves the declaration on one line, for the formatter.
 */
export function interfaceDeclaration(name: string, bases: string[]): string {
  const head = `export interface ${name}`;
  const clause = `extends ${bases.join(", ")} {}`;
  if (head.length + 1 + clause.length <= LINE_WIDTH) return `${head} ${clause}`;
  if (2 + clause.length <= LINE_WIDTH) return `${head}\n  ${clause}`;
  const lines = bases.map((base, i) => `    ${base}${i === bases.length - 1 ? " {}" : ","}`);
  if (lines.every((line) => line.length <= LINE_WIDTH)) return [head, "  extends", ...lines].join("\n");
  return `${head} ${clause}`;
}
