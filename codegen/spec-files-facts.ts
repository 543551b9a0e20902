// What the spec-file checks (spec-files.ts) need to know about one file, whichever reader found it:
// the full YAML AST (spec-files-ast.ts, any YAML), or a fast scanner: spec-files-scan.ts for the
// plain block YAML our specs are written in, spec-files-json.ts for JSON. All must produce the same
// facts for the same text.
import type { LineIndex } from "./line-index.js";

export interface Place {
  file: string;
  /** 0-based character offset in the file's text. */
  offset: number;
}

/** A `$ref` (or example `externalValue`) with a string value; the place is that of the value. */
export interface RefSite extends Place {
  ref: string;
}

export interface ComponentSite {
  /** Where the component's name (its key under `components/<kind>/`) is. */
  place: Place;
  /** The `$ref` the component is, when it is nothing else (a pure alias). */
  aliasOf?: RefSite;
}

export interface FileFacts {
  file: string;
  index: LineIndex;
  /** In document order: the order decides which files are read first. */
  refs: RefSite[];
  /** "schemas/Brand" → its site; a name defined twice in one file keeps the last definition. */
  components: Map<string, ComponentSite>;
  /** Every YAML alias (`*name`) in the file. */
  aliases: Place[];
  /**
   * How many nodes the aliases add when the file is read as data (every alias replaced by what it
   * names, as Redocly's walk and the bundle see it), and the alias that adds the most. Only the
   * full reader sets it: the scanners give up on any alias. Infinity for a recursive structure.
   */
  aliasExpansion?: { nodes: number; largest: Place };
}

/** The facts of a file before its reader has found any. */
export function emptyFacts(file: string, index: LineIndex): FileFacts {
  return { file, index, refs: [], components: new Map(), aliases: [] };
}

/**
 * The first keys (at most three) from the root to a collection: as much of its path as the checks
 * look at (`components/<kind>/<name>`). A deeper collection shares its parent's prefix instead of
 * copying a longer path, so nesting costs no memory per level beyond the stack entry.
 */
export function childPrefix(prefix: readonly string[], key: string): readonly string[] {
  return prefix.length >= 3 ? prefix : [...prefix, key];
}

/**
 * Deeper nesting is left to the AST: Redocly's YAML parser refuses more than 100 levels, and the
 * `yaml` package gives up at about 900, so below this the AST and the scanners read alike.
 */
export const MAX_SCANNED_DEPTH = 100;

/** Is this collection `components/<kind>`, whose keys name components? */
export function holdsComponents(prefix: readonly string[]): boolean {
  return prefix.length === 2 && prefix[0] === "components";
}

/** What a fast reader returns: the facts, or why it leaves the file to the full AST. */
export type ScanResult = { facts: FileFacts } | { unsupported: string };

/** Thrown by a fast reader where it cannot prove it reads the text as the AST would. */
export class Unsupported {
  constructor(
    readonly message: string,
    readonly offset: number,
  ) {}
}

/** Runs a fast reader, turning its Unsupported into the reason it gave up. */
export function scanOrGiveUp(scan: () => FileFacts): ScanResult {
  try {
    return { facts: scan() };
  } catch (error) {
    if (error instanceof Unsupported) return { unsupported: `${error.message} at offset ${error.offset}` };
    throw error;
  }
}
