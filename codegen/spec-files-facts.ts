// What the spec-file checks (spec-files.ts) need to know about one file, whichever reader found it:
// the full YAML AST (spec-files-ast.ts, any YAML) or the fast line scanner (spec-files-scan.ts, the
// plain block YAML our specs are written in). Both must produce the same facts for the same text.
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
}
