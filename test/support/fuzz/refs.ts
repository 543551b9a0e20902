// The fuzzer's one `$ref` resolver: follows local references in a bundled OpenAPI document and
// keeps track of the canonical JSON pointer of what it lands on, so Ajv can address the same
// schema by pointer (a pointer through a `$ref`ed requestBody or response would not resolve).
export type Json = Record<string, unknown>;

export interface Located<T = Json> {
  node: T;
  /** JSON pointer into the document, with every `$ref` on the way followed. */
  pointer: string;
}

export class RefResolver {
  constructor(readonly document: Json) {}

  /** The node at `pointer`, with `$ref`s followed until a node without one is reached. */
  at(pointer: string): Located {
    let located: Located = { node: this.document, pointer: "" };
    for (const segment of pointer.split("/").slice(1)) {
      located = this.deref(located);
      const child = (located.node as Json)[unescapePointer(segment)];
      located = { node: child as Json, pointer: `${located.pointer}/${segment}` };
    }
    return this.deref(located);
  }

  /** Follows `$ref` chains (local ones only; a bundled document has no others). */
  deref<T>(located: Located<T>): Located<T> {
    let current = located as Located<unknown>;
    for (let hops = 0; hops < 32; hops++) {
      const ref = (current.node as { $ref?: unknown } | undefined)?.$ref;
      if (typeof ref !== "string") return current as Located<T>;
      if (!ref.startsWith("#/")) throw new Error(`Only local $refs are supported, not ${ref}`);
      const pointer = ref.slice(1);
      const node = pointer
        .split("/")
        .slice(1)
        .reduce<unknown>((n, s) => (n as Json | undefined)?.[unescapePointer(s)], this.document);
      if (node === undefined) throw new Error(`Dangling $ref ${ref}`);
      current = { node, pointer };
    }
    throw new Error(`$ref chain too long at ${located.pointer}`);
  }

  /** A child of a located node, itself resolved. */
  child(parent: Located, ...segments: Array<string | number>): Located | undefined {
    let located: Located | undefined = this.deref(parent);
    for (const segment of segments) {
      if (located === undefined) return undefined;
      const node: unknown = (located.node as Json)[String(segment)];
      if (node === undefined) return undefined;
      located = this.deref({ node: node as Json, pointer: `${located.pointer}/${escapePointer(String(segment))}` });
    }
    return located;
  }
}

export function escapePointer(segment: string): string {
  return segment.replaceAll("~", "~0").replaceAll("/", "~1");
}

export function unescapePointer(segment: string): string {
  return segment.replaceAll("~1", "/").replaceAll("~0", "~");
}
