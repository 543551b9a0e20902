// A fast reader of a spec file's facts (spec-files-facts.ts) for plain block YAML: the YAML our
// specs are written in, and what `yaml`'s stringify writes. It reads the text line by line,
// keeping only a stack of the open block collections, and builds no AST: on the 3 MiB synthetic
// spec that is about ten times faster than the full AST (spec-files-ast.ts) and keeps no tree.
//
// It is only used where it is provably right. Anything outside the subset below makes it give up
// (`{ unsupported: why }`), and the caller reads that file with the full AST instead, so a file
// is never misread, only read more slowly. The subset:
// - block mappings and block sequences, indented with spaces; `- key: value` and `- - item`;
// - keys: plain, or quoted on one line ('…' or "…" without backslash escapes);
// - values: plain scalars (also over several more-indented lines), quoted scalars on one line,
//   `|`/`>` block scalars without an indentation digit, and flow collections closed on their line
//   (`[a, 'b']`, `{ $ref: '#/x' }`) whose scalars are plain or quoted and whose pairs are `key: value`;
// - comments on their own line or after a value.
// It gives up on tabs, carriage returns and other control characters, a byte-order mark,
// directives and document markers, anchors, aliases and tags (so a scanned file has no alias at
// all), flow collections over several lines, `?` keys, escapes, quoted scalars over several lines,
// nesting deeper than 100, and anything YAML calls an error, such as a `key: value` continuation.
// The property test in test/generator/spec-files.test.ts holds it to the AST on random texts.
import { Schema } from "yaml";
import { LineIndex } from "./line-index.js";
import { childPrefix, emptyFacts, holdsComponents, MAX_SCANNED_DEPTH, scanOrGiveUp, Unsupported, type ComponentSite, type FileFacts, type RefSite, type ScanResult } from "./spec-files-facts.js";

export function scanBlockYaml(file: string, text: string, index = new LineIndex(text)): ScanResult {
  const odd = UNSUPPORTED_CHARACTER.exec(text);
  if (odd) return { unsupported: `character U+${odd[0].charCodeAt(0).toString(16).padStart(4, "0")} at offset ${odd.index}` };
  return scanOrGiveUp(() => new BlockScanner(file, text, index).scan());
}

/**
 * Tabs and carriage returns change how YAML counts indentation and ends lines; the rest are
 * characters YAML refuses or treats as line breaks. Any of them sends the file to the full AST.
 */
const UNSUPPORTED_CHARACTER = /[\x00-\x09\x0b-\x1f\x7f\x85\u2028\u2029\ufeff]/;

/**
 * The YAML 1.2 core schema's tests for plain scalars that are not strings (null, true, 12, 0x1f,
 * 1e3, .inf), taken from the `yaml` package itself so both readers resolve a plain scalar alike:
 * `$ref: 12` is a number, which the checks ignore, not the path "12".
 */
const NON_STRING_TESTS = new Schema({}).tags.flatMap((tag) => ("test" in tag && tag.default === true && tag.test ? [tag.test] : []));

function isStringWhenPlain(text: string): boolean {
  return !NON_STRING_TESTS.some((test) => test.test(text));
}

/** YAML's indicators: a plain scalar cannot start with one (but `-`, `?` and `:` can before a non-space). */
const INDICATORS = new Set("-?:,[]{}#&*!|>'\"%@`");

/** They end a plain scalar inside a flow collection. */
const FLOW_INDICATORS = new Set(",[]{}");

/** YAML errors on implicit keys longer than 1024 characters; leave those to the AST. */
const MAX_KEY_LENGTH = 1000;

interface Frame {
  kind: "map" | "seq";
  /** Column of the keys, or of the dashes. */
  indent: number;
  /** The first keys (and item numbers) from the root to this collection (childPrefix). */
  path: readonly string[];
  entries: number;
  /** Set when this map is the value of a component: its first and only `$ref` makes it an alias. */
  component?: ComponentSite;
}

/** Where a node sits: the path prefix of a collection it starts, and the component it is the value of. */
interface FlowParent {
  path: readonly string[];
  component?: ComponentSite;
}

interface FlowFrame {
  kind: "map" | "seq";
  path: readonly string[];
  entries: number;
  component?: ComponentSite;
}

/** What reading a flow entry did: where it ended, and whether it opened a collection. */
interface FlowEntry {
  end: number;
  opened: boolean;
}

/** A `key:` or `-` with nothing after it: its value, if any, starts on a later line. */
interface Pending {
  /** Column of the key or dash: the value must be indented more (a sequence may start at it). */
  indent: number;
  path: readonly string[];
  sequenceMayAlign: boolean;
  isRefKey: boolean;
  component?: ComponentSite;
}

interface Key {
  text: string;
  plain: boolean;
  /** Offset just after the `:`. */
  end: number;
}

class BlockScanner {
  private readonly facts: FileFacts;
  private readonly stack: Frame[] = [];
  private pending: Pending | undefined;
  /** The line being read: [lineStart, lineEnd), lineEnd at its "\n" or the end of the text. */
  private lineStart = 0;
  private lineEnd = 0;

  constructor(
    file: string,
    private readonly text: string,
    index: LineIndex,
  ) {
    this.facts = emptyFacts(file, index);
  }

  scan(): FileFacts {
    for (let start = 0; start <= this.text.length; ) {
      this.setLine(start);
      const content = this.skipSpaces(this.lineStart);
      if (content < this.lineEnd && this.text[content] !== "#") this.readLine(content - this.lineStart, content);
      start = this.lineEnd + 1;
    }
    return this.facts;
  }

  private setLine(start: number): void {
    this.lineStart = start;
    const end = this.text.indexOf("\n", start);
    this.lineEnd = end === -1 ? this.text.length : end;
  }

  private readLine(indent: number, content: number): void {
    if (indent === 0 && this.isDocumentMarker(content)) throw new Unsupported("a document marker (--- or ...)", content);
    if (this.stack.length === 0) return this.readRoot(indent, content);
    if (this.pending && this.readPendingValue(this.pending, indent, content)) return;
    this.pending = undefined;
    while (this.stack.length > 0 && this.top().indent > indent) this.stack.pop();
    let frame = this.stack.at(-1);
    if (!frame || frame.indent !== indent) throw new Unsupported("indentation that matches no open collection", content);
    const dash = this.isDash(content);
    if (frame.kind === "seq" && !dash) {
      // The end of a sequence written at the same column as its mapping's key (`tags:\n- a`).
      this.stack.pop();
      frame = this.stack.at(-1);
      if (!frame || frame.kind !== "map" || frame.indent !== indent) throw new Unsupported("a key where a sequence item belongs", content);
    }
    if (frame.kind === "seq") this.readItem(frame, content);
    else if (dash) throw new Unsupported("a sequence item where a key belongs", content);
    else this.readEntry(frame, content);
  }

  private open(frame: Frame): void {
    if (this.stack.length >= MAX_SCANNED_DEPTH) throw new Unsupported("nesting deeper than the scanner reads", this.lineStart);
    this.stack.push(frame);
  }

  private top(): Frame {
    return this.stack[this.stack.length - 1]!;
  }

  private readRoot(indent: number, content: number): void {
    const key = this.readKey(content);
    if (!key) throw new Unsupported("a document that is not a block mapping", content);
    const root: Frame = { kind: "map", indent, path: [], entries: 0 };
    this.open(root);
    this.readEntry(root, content, key);
  }

  /** Starts the collection or scalar that a pending `key:` or `-` holds; false when it holds null. */
  private readPendingValue(pending: Pending, indent: number, content: number): boolean {
    this.pending = undefined;
    const dash = this.isDash(content);
    if (dash && (indent > pending.indent || (indent === pending.indent && pending.sequenceMayAlign))) {
      const frame: Frame = { kind: "seq", indent, path: pending.path, entries: 0 };
      this.open(frame);
      this.readItem(frame, content);
      return true;
    }
    if (indent <= pending.indent) return false;
    const key = this.readKey(content);
    if (key) {
      const frame: Frame = { kind: "map", indent, path: pending.path, entries: 0, component: pending.component };
      this.open(frame);
      this.readEntry(frame, content, key);
      return true;
    }
    if (pending.isRefKey) throw new Unsupported("a $ref value on the line after its key", content);
    this.readScalar(content, pending.indent, false, pending);
    return true;
  }

  private readItem(outer: Frame, dash: number): void {
    let frame = outer;
    let path = childPrefix(frame.path, String(frame.entries++));
    let content = this.skipSpaces(dash + 1);
    // `- - a`: a sequence in the item, whose dashes are at the inner dash's column (a loop, not a
    // call per level, so a line of a million dashes needs no call stack).
    while (this.isDash(content)) {
      frame = { kind: "seq", indent: content - this.lineStart, path, entries: 0 };
      this.open(frame);
      path = childPrefix(frame.path, String(frame.entries++));
      content = this.skipSpaces(content + 1);
    }
    if (content === this.lineEnd || this.text[content] === "#") {
      this.pending = { indent: frame.indent, path, sequenceMayAlign: false, isRefKey: false };
      return;
    }
    const key = this.readKey(content);
    if (key) {
      const map: Frame = { kind: "map", indent: content - this.lineStart, path, entries: 0 };
      this.open(map);
      this.readEntry(map, content, key);
      return;
    }
    this.readScalar(content, frame.indent, false, { path });
  }

  private readEntry(frame: Frame, content: number, key = this.readKey(content)): void {
    if (!key) throw new Unsupported("a line that is not `key: value` inside a mapping", content);
    frame.entries++;
    const component = this.componentAt(frame.path, key, content);
    const isRefKey = key.text === "$ref" || key.text === "externalValue";
    // The component's value map is an alias only while its one entry is a string $ref.
    if (frame.component && frame.entries > 1) frame.component.aliasOf = undefined;
    const value = this.skipSpaces(key.end);
    if (value === this.lineEnd || this.text[value] === "#") {
      this.pending = { indent: frame.indent, path: childPrefix(frame.path, key.text), sequenceMayAlign: true, isRefKey, component };
      return;
    }
    const string = this.readScalar(value, frame.indent, isRefKey, { path: childPrefix(frame.path, key.text), component });
    if (!isRefKey || string === undefined) return;
    const site: RefSite = { file: this.facts.file, offset: value, ref: string };
    this.facts.refs.push(site);
    if (frame.component && frame.entries === 1 && key.text === "$ref") frame.component.aliasOf = site;
  }

  /** Registers `components/<kind>/<name>` when this key is one. */
  private componentAt(path: readonly string[], key: Key, offset: number): ComponentSite | undefined {
    const underComponents = path.length === 0 ? key.text === "components" : path[0] === "components";
    if (!underComponents || path.length > 2) return undefined;
    // The AST reader names a key by its value: `0x1f:` is "31". Keep the names exact by not guessing.
    if (key.plain && !isStringWhenPlain(key.text)) throw new Unsupported("a component key that is not a string", offset);
    if (!holdsComponents(path)) return undefined;
    const component: ComponentSite = { place: { file: this.facts.file, offset } };
    this.facts.components.set(`${path[1]}/${key.text}`, component);
    return component;
  }

  /**
   * The key at `start` if the line is `key: …` (or `key:`), undefined if it is something else.
   * Gives up on keys whose reading is not obvious.
   */
  private readKey(start: number): Key | undefined {
    const first = this.text[start]!;
    if (first === "'" || first === '"') {
      const quoted = this.readQuoted(start);
      if (!quoted) return undefined;
      const colon = this.skipSpaces(quoted.end);
      return this.isValueIndicator(colon) ? { text: quoted.value, plain: false, end: colon + 1 } : undefined;
    }
    if (!this.canStartPlain(start)) return undefined;
    for (let at = start + 1; at < this.lineEnd; at++) {
      const char = this.text[at];
      if (char === "#" && this.text[at - 1] === " ") return undefined; // a comment: the line is a scalar
      if (char !== ":" || !this.isValueIndicator(at)) continue;
      if (at - start > MAX_KEY_LENGTH) throw new Unsupported("a very long key", start);
      return { text: this.text.slice(start, at).trimEnd(), plain: true, end: at + 1 };
    }
    return undefined;
  }

  /**
   * Reads the scalar (or one-line flow collection) at `start`; its string value, if it is a string
   * (a plain one is resolved only for a reference, which is all that needs it). `at` is where it
   * sits, for the refs and components inside a flow collection.
   */
  private readScalar(start: number, parentIndent: number, isRefValue: boolean, at: FlowParent): string | undefined {
    const first = this.text[start]!;
    if (first === "'" || first === '"') {
      const quoted = this.readQuoted(start);
      if (!quoted) throw new Unsupported("a quoted scalar over several lines, or with escapes", start);
      this.requireLineEnd(quoted.end);
      return quoted.value;
    }
    if (first === "[" || first === "{") {
      this.requireLineEnd(this.readFlow(start, at));
      return undefined;
    }
    if (first === "|" || first === ">") {
      if (isRefValue) throw new Unsupported("a block scalar as a $ref value", start);
      this.skipBlockScalar(start, parentIndent);
      return undefined;
    }
    if (!this.canStartPlain(start)) throw new Unsupported(`a node that starts with "${first}"`, start);
    return this.readPlain(start, parentIndent, isRefValue);
  }

  /**
   * A flow collection closed on its line (`[a, 'b']`, `{ $ref: '#/x' }`, nested), its refs and
   * components recorded as for block collections; returns the offset after it. Gives up on one
   * over several lines, a comment, an empty entry or trailing comma, a key without a value or
   * without a space after its `:`, and a `key: value` in a sequence (YAML's implicit map).
   */
  private readFlow(start: number, parent: FlowParent): number {
    const open: FlowFrame[] = [];
    this.openFlow(open, start, parent);
    let at = start + 1;
    let entryNext = true; // after `[`, `{` or `,`; otherwise a `,` or the end is next
    while (open.length > 0) {
      at = this.skipSpaces(at);
      if (at >= this.lineEnd) throw new Unsupported("a flow collection over several lines", start);
      const frame = open[open.length - 1]!;
      const char = this.text[at];
      if (char === (frame.kind === "map" ? "}" : "]") && (!entryNext || frame.entries === 0)) {
        open.pop();
        at++;
        entryNext = false;
        continue;
      }
      if (!entryNext) {
        if (char !== ",") throw new Unsupported("a flow entry that does not end at a comma", at);
        at++;
        entryNext = true;
        continue;
      }
      const entry = frame.kind === "map" ? this.readFlowPair(open, frame, at) : this.readFlowValue(open, frame, at, { path: childPrefix(frame.path, String(frame.entries++)) });
      at = entry.end;
      entryNext = entry.opened; // a collection was opened: its first entry (or its end) is next
    }
    return at;
  }

  /** `key: value` in a flow mapping. */
  private readFlowPair(open: FlowFrame[], frame: FlowFrame, start: number): FlowEntry {
    const key = this.readFlowKey(start);
    frame.entries++;
    if (frame.component && frame.entries > 1) frame.component.aliasOf = undefined;
    const component = this.componentAt(frame.path, key, start);
    const value = this.skipSpaces(key.end);
    const entry = this.readFlowValue(open, frame, value, { path: childPrefix(frame.path, key.text), component });
    if ((key.text === "$ref" || key.text === "externalValue") && entry.string !== undefined) {
      const site: RefSite = { file: this.facts.file, offset: value, ref: entry.string };
      this.facts.refs.push(site);
      if (frame.component && frame.entries === 1 && key.text === "$ref") frame.component.aliasOf = site;
    }
    return entry;
  }

  /** A value in a flow collection: a nested collection (opened, read next) or a scalar. */
  private readFlowValue(open: FlowFrame[], frame: FlowFrame, start: number, at: FlowParent): FlowEntry & { string?: string } {
    const char = this.text[start];
    if (char === "[" || char === "{") {
      this.openFlow(open, start, at);
      return { end: start + 1, opened: true };
    }
    if (char === "'" || char === '"') {
      const quoted = this.readQuoted(start);
      if (!quoted) throw new Unsupported("a quoted scalar over several lines, or with escapes", start);
      return { end: quoted.end, opened: false, string: quoted.value };
    }
    if (!this.canStartPlainInFlow(start)) throw new Unsupported("a flow entry that is not a plain scalar", start);
    const end = this.endOfFlowPlain(start);
    const stop = this.text[end];
    // A `:` here would make a `key: value` of a sequence item or a value: left to the AST.
    if (stop !== "," && stop !== (frame.kind === "map" ? "}" : "]")) throw new Unsupported("a flow scalar that does not end at , ] or }", end);
    const text = this.text.slice(start, end).trimEnd();
    return { end, opened: false, string: isStringWhenPlain(text) ? text : undefined };
  }

  /** The key of a flow pair: quoted, or plain up to a `:` and a space. */
  private readFlowKey(start: number): Key {
    const char = this.text[start];
    if (char === "'" || char === '"') {
      const quoted = this.readQuoted(start);
      const colon = quoted ? this.skipSpaces(quoted.end) : start;
      if (!quoted || !this.isFlowValueIndicator(colon)) throw new Unsupported("a quoted flow key without `: `", start);
      return { text: quoted.value, plain: false, end: colon + 1 };
    }
    if (!this.canStartPlainInFlow(start)) throw new Unsupported("a flow key that is not a plain scalar", start);
    const end = this.endOfFlowPlain(start);
    if (!this.isFlowValueIndicator(end)) throw new Unsupported("a flow key without `: `", end);
    if (end - start > MAX_KEY_LENGTH) throw new Unsupported("a very long key", start);
    return { text: this.text.slice(start, end).trimEnd(), plain: true, end: end + 1 };
  }

  /** Where a plain scalar in a flow collection stops: a flow indicator, `: `, or the line's end; gives up at a comment. */
  private endOfFlowPlain(start: number): number {
    for (let at = start + 1; at < this.lineEnd; at++) {
      const char = this.text[at]!;
      if (char === "#" && this.text[at - 1] === " ") throw new Unsupported("a comment inside a flow collection", at);
      if (FLOW_INDICATORS.has(char)) return at;
      if (char === ":" && (this.isBlankOrEnd(at + 1) || FLOW_INDICATORS.has(this.text[at + 1]!))) return at;
    }
    return this.lineEnd;
  }

  /** The `:` of a flow pair; only `: ` is read here (`{a:b}` and `{"a":b}` are left to the AST). */
  private isFlowValueIndicator(at: number): boolean {
    return this.text[at] === ":" && at + 1 < this.lineEnd && this.text[at + 1] === " ";
  }

  private openFlow(open: FlowFrame[], start: number, at: FlowParent): void {
    if (this.stack.length + open.length >= MAX_SCANNED_DEPTH) throw new Unsupported("nesting deeper than the scanner reads", start);
    const kind = this.text[start] === "{" ? "map" : "seq";
    open.push({ kind, path: at.path, entries: 0, component: kind === "map" ? at.component : undefined });
  }

  /** '…' or "…" closed on this line (a double-quoted one without backslashes); undefined otherwise. */
  private readQuoted(start: number): { value: string; end: number } | undefined {
    const quote = this.text[start]!;
    if (quote === '"') {
      const close = this.text.indexOf('"', start + 1);
      if (close === -1 || close > this.lineEnd) return undefined;
      const value = this.text.slice(start + 1, close);
      return value.includes("\\") ? undefined : { value, end: close + 1 };
    }
    for (let at = this.text.indexOf("'", start + 1); at !== -1 && at < this.lineEnd; at = this.text.indexOf("'", at + 2)) {
      if (this.text[at + 1] !== "'") return { value: this.text.slice(start + 1, at).replaceAll("''", "'"), end: at + 1 };
    }
    return undefined;
  }

  /** A plain scalar: the rest of the line up to a comment, then any more-indented lines. */
  private readPlain(start: number, parentIndent: number, isRefValue: boolean): string | undefined {
    const first = this.plainLineText(start, this.lineEnd);
    // Every later line indented more than the parent continues the scalar (folded into it).
    let last: number | undefined;
    for (let next = this.lineEnd + 1; next < this.text.length; ) {
      const nextEnd = this.endOfLine(next);
      const content = this.skipSpaces(next, nextEnd);
      if (content < nextEnd && (content - next <= parentIndent || this.text[content] === "#")) break;
      if (content < nextEnd) {
        if (isRefValue) throw new Unsupported("a $ref value over several lines", content);
        // A comment ends a plain scalar: a line after it would be an error, not more of the text.
        if (first.comment || this.plainLineText(content, nextEnd).comment) throw new Unsupported("a comment inside a plain scalar", content);
        last = next;
      }
      next = nextEnd + 1;
    }
    if (last !== undefined) this.setLine(last);
    // Only a reference's value is needed, so only it is resolved (null, numbers and booleans are not paths).
    return isRefValue && isStringWhenPlain(first.text) ? first.text : undefined;
  }

  /** The text of one line of a plain scalar, without a trailing comment; gives up where YAML errs. */
  private plainLineText(start: number, end: number): { text: string; comment: boolean } {
    const line = this.text.slice(start, end);
    const comment = line.indexOf(" #");
    const text = (comment === -1 ? line : line.slice(0, comment)).trimEnd();
    // "a: b" inside a value, or a value ending in ":", is a nested mapping: an error in YAML.
    if (text.includes(": ") || text.endsWith(":")) throw new Unsupported("a `key: value` inside a plain scalar", start);
    return { text, comment: comment !== -1 };
  }

  /** `|`, `|-`, `>+`…: skips its lines (blank, or indented more than the parent). */
  private skipBlockScalar(start: number, parentIndent: number): void {
    let header = start + 1;
    if (this.text[header] === "-" || this.text[header] === "+") header++;
    this.requireLineEnd(header); // an indentation digit (`|2`) is left to the AST
    let contentIndent: number | undefined;
    let deepestLeadingBlank = 0;
    let last: number | undefined;
    for (let next = this.lineEnd + 1; next < this.text.length; ) {
      const nextEnd = this.endOfLine(next);
      const indent = this.skipSpaces(next, nextEnd) - next;
      const blank = next + indent === nextEnd;
      if (!blank && indent <= parentIndent) break;
      if (blank && contentIndent === undefined) deepestLeadingBlank = Math.max(deepestLeadingBlank, indent);
      else if (contentIndent === undefined) contentIndent = indent;
      else if (!blank && indent < contentIndent) throw new Unsupported("a block scalar line indented less than its first line", next);
      last = next;
      next = nextEnd + 1;
    }
    if (contentIndent !== undefined && deepestLeadingBlank > contentIndent) {
      throw new Unsupported("a block scalar whose leading blank lines are indented more than its text", start);
    }
    if (last !== undefined) this.setLine(last);
  }

  /** Only spaces, then the end of the line or a comment, may follow `at`. */
  private requireLineEnd(at: number): void {
    const rest = this.skipSpaces(at);
    if (rest === this.lineEnd || (rest > at && this.text[rest] === "#")) return;
    throw new Unsupported("text after a complete value", rest);
  }

  private canStartPlain(at: number): boolean {
    const char = this.text[at]!;
    if (!INDICATORS.has(char)) return true;
    return (char === "-" || char === "?" || char === ":") && !this.isBlankOrEnd(at + 1);
  }

  /** In a flow collection, `-`, `?` and `:` start a plain scalar only before a character that is not a flow indicator either. */
  private canStartPlainInFlow(at: number): boolean {
    return this.canStartPlain(at) && !(INDICATORS.has(this.text[at]!) && FLOW_INDICATORS.has(this.text[at + 1]!));
  }

  /** A `:` that separates a key from its value: followed by a space or the end of the line. */
  private isValueIndicator(at: number): boolean {
    return this.text[at] === ":" && this.isBlankOrEnd(at + 1);
  }

  /** `---` or `...` at the start of a line: the start or end of a document. */
  private isDocumentMarker(at: number): boolean {
    const marker = this.text.slice(at, at + 3);
    return (marker === "---" || marker === "...") && this.isBlankOrEnd(at + 3);
  }

  /** A `-` that starts a sequence item. */
  private isDash(at: number): boolean {
    return this.text[at] === "-" && this.isBlankOrEnd(at + 1);
  }

  private isBlankOrEnd(at: number): boolean {
    return at >= this.lineEnd || this.text[at] === " ";
  }

  private skipSpaces(at: number, end = this.lineEnd): number {
    while (at < end && this.text.charCodeAt(at) === 32) at++;
    return at;
  }

  private endOfLine(start: number): number {
    const end = this.text.indexOf("\n", start);
    return end === -1 ? this.text.length : end;
  }
}
