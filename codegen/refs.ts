// The toolkit's one `$ref` resolver, for documents already in memory: a bundled spec (the
// generator's model, the mocks' seed data, tests) or a provider's published spec (drift).
// Only local references ("#/..."): bundling has already inlined or renamed every other kind.
// No imports, so the mocks can use it in a browser.

/** A reference that cannot be followed: into another file, to nothing, or in a loop. */
export class RefError extends Error {
  override readonly name: string = "RefError";
}

/** A node of the document and its JSON pointer, with every `$ref` on the way followed. */
export interface Located<T = unknown> {
  node: T;
  pointer: string;
}

/** How many references in a row may be followed before the chain counts as a loop. */
const MAX_HOPS = 64;

export class RefResolver {
  /** Targets by reference: a published spec follows the same few references thousands of times. */
  private readonly targets = new Map<string, Located>();

  constructor(readonly document: unknown) {}

  /** `value`, or what its `$ref` chain ends at. */
  resolve<T>(value: unknown): T {
    return this.follow({ node: value, pointer: "" }).node as T;
  }

  /** Follows the `$ref` chain of a located node; the pointer becomes the target's. */
  follow<T>(located: Located<T | { $ref?: string }>): Located<T> {
    let current = located as Located;
    const seen: string[] = [];
    while (isRef(current.node)) {
      const ref = current.node.$ref;
      if (seen.includes(ref) || seen.length >= MAX_HOPS) throw new RefError(`$ref ${ref} refers back to itself (through ${seen.join(" → ")})`);
      seen.push(ref);
      current = this.target(ref);
    }
    return current as Located<T>;
  }

  /** The node at a JSON pointer, with `$ref`s followed on the way and at the end. */
  at<T = unknown>(pointer: string): Located<T> {
    let located: Located = { node: this.document, pointer: "" };
    for (const segment of splitPointer(pointer)) {
      located = this.follow(located);
      const child = ownChild(located.node, segment);
      if (child === undefined) throw new RefError(`Nothing at ${pointer}: ${located.pointer || "the document"} has no "${segment}"`);
      located = { node: child, pointer: `${located.pointer}/${escapePointer(segment)}` };
    }
    return this.follow(located) as Located<T>;
  }

  /** A descendant of a located node, each step resolved; undefined when a step is missing. */
  child<T = unknown>(parent: Located, ...segments: Array<string | number>): Located<T> | undefined {
    let located = this.follow(parent);
    for (const raw of segments) {
      const segment = String(raw);
      const node = ownChild(located.node, segment);
      if (node === undefined) return undefined;
      located = this.follow({ node, pointer: `${located.pointer}/${escapePointer(segment)}` });
    }
    return located as Located<T>;
  }

  /**
   * The node a `$ref` points to, one hop only: a target that is itself a `$ref` (perhaps with
   * keywords beside it) is returned as it is. Its pointer is the canonical one.
   */
  locate<T = unknown>(ref: string): Located<T> {
    return this.target(ref) as Located<T>;
  }

  private target(ref: string): Located {
    const cached = this.targets.get(ref);
    if (cached) return cached;
    if (!ref.startsWith("#")) throw new RefError(`$ref ${ref} points outside the document`);
    const fragment = ref.slice(1);
    if (fragment !== "" && !fragment.startsWith("/")) throw new RefError(`$ref ${ref} is not a JSON pointer`);
    // Split first, then percent-decode, then unescape: "%2F" and "~1" both stay inside one segment.
    const segments = fragment === "" ? [] : fragment.slice(1).split("/").map(decodeFragment).map(unescapePointer);
    let node: unknown = this.document;
    for (const segment of segments) {
      node = ownChild(node, segment);
      if (node === undefined) throw new RefError(`$ref ${ref} points to nothing`);
    }
    const located = { node, pointer: segments.map(escapePointer).map((s) => `/${s}`).join("") };
    this.targets.set(ref, located);
    return located;
  }
}

/** A child by own key only: `#/__proto__` or `#/components/constructor` must not reach Object.prototype. */
function ownChild(node: unknown, key: string): unknown {
  if (typeof node !== "object" || node === null || !Object.hasOwn(node, key)) return undefined;
  return (node as Record<string, unknown>)[key];
}

function isRef(value: unknown): value is { $ref: string } {
  return typeof value === "object" && value !== null && typeof (value as { $ref?: unknown }).$ref === "string";
}

/** Unescaped segments of a JSON pointer ("" is the whole document). */
export function splitPointer(pointer: string): string[] {
  if (pointer === "") return [];
  if (!pointer.startsWith("/")) throw new RefError(`${JSON.stringify(pointer)} is not a JSON pointer (it must start with "/")`);
  return pointer.slice(1).split("/").map(unescapePointer);
}

/** A `$ref` is a URI fragment, so its segments may be percent-encoded (RFC 6901, section 6). */
function decodeFragment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment; // a lone "%": not encoded, taken as written
  }
}

export function escapePointer(segment: string): string {
  return segment.replaceAll("~", "~0").replaceAll("/", "~1");
}

export function unescapePointer(segment: string): string {
  return segment.replaceAll("~1", "/").replaceAll("~0", "~");
}

/** JSON pointer of a path item's operation, e.g. operationPointer("/10dlc/brand", "post"). */
export function operationPointer(route: string, method: string): string {
  return `/paths/${escapePointer(route)}/${method.toLowerCase()}`;
}
