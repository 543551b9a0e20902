// A fast reader of a spec file's facts (spec-files-facts.ts) for JSON, which needs no YAML parser:
// one pass over the tokens, keeping only a stack of the open objects and arrays, and decoding a
// string only when it is a key or a reference (JSON.parse of that one token). It builds no tree,
// so a large JSON spec costs no more memory than its text.
//
// YAML reads a valid JSON text as the same objects, arrays and strings, which is why the facts are
// those the full AST (spec-files-ast.ts) finds. Where YAML differs it gives up, and the file goes
// to the AST: text that is not valid JSON, a key longer than YAML allows or with a line break
// before its `:`, a carriage return without a line feed, and characters YAML does not print
// (DEL, C1 controls, U+2028/2029, a BOM).
import type { LineIndex } from "./line-index.js";
import { childPrefix, emptyFacts, holdsComponents, MAX_SCANNED_DEPTH, scanOrGiveUp, Unsupported, type ComponentSite, type FileFacts, type RefSite, type ScanResult } from "./spec-files-facts.js";

export function scanJson(file: string, text: string, index: LineIndex): ScanResult {
  const odd = NOT_PRINTED_BY_YAML.exec(text) ?? LONE_CARRIAGE_RETURN.exec(text);
  if (odd) return { unsupported: `character U+${odd[0].charCodeAt(0).toString(16).padStart(4, "0")} at offset ${odd.index}` };
  return scanOrGiveUp(() => new JsonScanner(file, text, index).scan());
}

/** Does the text look like JSON (an object or an array first)? Only then is scanJson worth trying. */
export function looksLikeJson(text: string): boolean {
  const first = /\S/.exec(text);
  return first?.[0] === "{" || first?.[0] === "[";
}

const NOT_PRINTED_BY_YAML = /[\x7f-\x9f\u2028\u2029\ufeff]/;
/** JSON reads a lone "\r" as a space, YAML as a line break (which would split a key from its colon). */
const LONE_CARRIAGE_RETURN = /\r(?!\n)/;

/** JSON's tokens, matched at a position (sticky). Strings exclude raw control characters, as JSON does. */
const STRING = /"(?:[^"\\\x00-\x1f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;
const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?/y;
const LITERAL = /true|false|null/y;
const WHITESPACE = /[ \t\n\r]*/y;

/** YAML errors on implicit keys longer than 1024 characters; leave those to the AST. */
const MAX_KEY_LENGTH = 1000;

interface Container {
  kind: "object" | "array";
  /** The first keys (and item numbers) from the root to this container (childPrefix). */
  path: readonly string[];
  entries: number;
  /** Nothing read in it yet: next is its first entry or its end. */
  empty: boolean;
  /** Set when this object is the value of a component: its first and only `$ref` makes it an alias. */
  component?: ComponentSite;
}

/** The key whose value comes next. */
interface Key {
  text: string;
  component?: ComponentSite;
}

class JsonScanner {
  private readonly facts: FileFacts;
  private readonly stack: Container[] = [];
  private at = 0;

  constructor(
    file: string,
    private readonly text: string,
    index: LineIndex,
  ) {
    this.facts = emptyFacts(file, index);
  }

  scan(): FileFacts {
    this.readValue(undefined);
    while (this.stack.length > 0) this.readNext();
    this.skipWhitespace();
    if (this.at !== this.text.length) throw new Unsupported("text after the JSON value", this.at);
    return this.facts;
  }

  /** One value: a scalar is read whole, an object or array is opened (its contents come next). */
  private readValue(key: Key | undefined): void {
    this.skipWhitespace();
    const start = this.at;
    const char = this.text[start];
    if (char === "{" || char === "[") return this.open(char === "{" ? "object" : "array", key);
    if (char === '"') {
      const value = this.readString();
      if (key && (key.text === "$ref" || key.text === "externalValue")) this.addRef(key, { file: this.facts.file, offset: start, ref: value });
      return;
    }
    if (!this.match(NUMBER) && !this.match(LITERAL)) throw new Unsupported("text that is not a JSON value", start);
  }

  private addRef(key: Key, site: RefSite): void {
    this.facts.refs.push(site);
    const container = this.stack.at(-1)!;
    if (container.component && container.entries === 1 && key.text === "$ref") container.component.aliasOf = site;
  }

  private open(kind: Container["kind"], key: Key | undefined): void {
    this.at++;
    const parent = this.stack.at(-1);
    const path = parent ? childPrefix(parent.path, key ? key.text : String(parent.entries - 1)) : [];
    if (this.stack.length >= MAX_SCANNED_DEPTH) throw new Unsupported("nesting deeper than the scanner reads", this.at);
    // Its contents are read by the loop in scan(), not here: nesting costs no call stack.
    this.stack.push({ kind, path, entries: 0, empty: true, component: kind === "object" ? key?.component : undefined });
  }

  /** The next entry of the innermost container (after a `,` unless it is the first), or its end. */
  private readNext(): void {
    const container = this.stack.at(-1)!;
    this.skipWhitespace();
    const char = this.text[this.at];
    if (char === (container.kind === "object" ? "}" : "]")) {
      this.at++;
      this.stack.pop();
      return;
    }
    if (!container.empty) {
      if (char !== ",") throw new Unsupported("a missing comma", this.at);
      this.at++;
    }
    container.empty = false;
    if (container.kind === "object") this.readValue(this.readKey());
    else this.readItem();
  }

  private readItem(): void {
    this.stack.at(-1)!.entries++;
    this.readValue(undefined);
  }

  /** `"key":`, counted as an entry of the innermost object; registers `components/<kind>/<name>`. */
  private readKey(): Key {
    const container = this.stack.at(-1)!;
    this.skipWhitespace();
    const start = this.at;
    if (this.text[start] !== '"') throw new Unsupported("an object key that is not a string", start);
    const text = this.readString();
    if (this.at - start > MAX_KEY_LENGTH) throw new Unsupported("a very long key", start);
    const gap = this.at;
    this.skipWhitespace();
    // YAML wants an implicit key and its `:` on one line.
    if (/[\n\r]/.test(this.text.slice(gap, this.at))) throw new Unsupported("a line break between a key and its colon", gap);
    if (this.text[this.at] !== ":") throw new Unsupported("a key without a colon", this.at);
    this.at++;
    container.entries++;
    // The component's value object is an alias only while its one entry is a string $ref.
    if (container.component && container.entries > 1) container.component.aliasOf = undefined;
    if (!holdsComponents(container.path)) return { text };
    const component: ComponentSite = { place: { file: this.facts.file, offset: start } };
    this.facts.components.set(`${container.path[1]}/${text}`, component);
    return { text, component };
  }

  private readString(): string {
    const start = this.at;
    if (!this.match(STRING)) throw new Unsupported("a string that is not valid JSON", start);
    const token = this.text.slice(start, this.at);
    return token.includes("\\") ? (JSON.parse(token) as string) : token.slice(1, -1);
  }

  private match(token: RegExp): boolean {
    token.lastIndex = this.at;
    if (!token.test(this.text)) return false;
    this.at = token.lastIndex;
    return true;
  }

  private skipWhitespace(): void {
    this.match(WHITESPACE);
  }
}
