// The fuzzer resolves $refs with the toolkit's one resolver (codegen/refs.ts), which keeps the
// canonical JSON pointer of what it lands on, so Ajv can address the same schema by pointer.
import { RefResolver as Resolver, type Located as Place } from "../../../codegen/refs.js";

export { escapePointer, unescapePointer } from "../../../codegen/refs.js";
export type Json = Record<string, unknown>;
export type Located<T = Json> = Place<T>;

/** The same, typed for the fuzzer: what it addresses are schema and operation objects. */
export class RefResolver extends Resolver {
  declare readonly document: Json;

  override at<T = Json>(pointer: string): Located<T> {
    return super.at<T>(pointer);
  }

  override child<T = Json>(parent: Located, ...segments: Array<string | number>): Located<T> | undefined {
    return super.child<T>(parent, ...segments);
  }

  /** Follows `$ref` chains (local ones only; a bundled document has no others). */
  deref<T>(located: Located<T>): Located<T> {
    return this.follow<T>(located);
  }
}
