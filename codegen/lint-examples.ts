// toolkit/no-invalid-media-type-examples, toolkit/no-invalid-parameter-examples and
// toolkit/no-invalid-schema-examples: every example must conform to its schema. They replace
// Redocly's rules of the same names, which cover the same places and give the same verdicts and
// messages, but compiled each schema into JavaScript with Ajv first (about two thirds of a lint);
// here the example is judged by walking it with its schema (lint-examples-validate.ts).
// They run in Redocly's walk, so a problem keeps its file:line:col.
//
// Covered, as Redocly covers them: a media type's `example` or each `examples.<name>.value`
// (a `$ref`'d example is followed), wherever the media type is (bodies, responses, a parameter's
// or header's `content`); a parameter's `example` and `examples.<name>.value` against its
// `schema`; a schema's own `example` and each of its `examples`.

import {
  DiscriminatorWithoutAlternatives,
  SchemaIndex,
  validateExampleValue,
  type ExampleError,
  type ResolveRef,
} from "./lint-examples-validate.js";
import { bundledComponents } from "./lint-in-bundle.js";
import { RefError, RefResolver } from "./refs.js";

type Obj = Record<string, unknown>;

interface Source {
  absoluteRef: string;
}
interface Location {
  source: Source;
  pointer: string;
  child(path: string | Array<string | number>): Location;
}
interface ExampleContext {
  report(problem: { message: string; location?: unknown; from?: unknown; suggest?: string[] }): void;
  location: Location;
  resolve(node: unknown, from?: string): { node: unknown; location?: Location };
}

export interface ExampleRuleOptions {
  /** Refuse properties the schema does not declare (the strict lint). */
  forbidUndeclaredProperties?: boolean;
}

const isObject = (value: unknown): value is Obj => typeof value === "object" && value !== null && !Array.isArray(value);
const isRef = (value: unknown): value is { $ref: string } => isObject(value) && typeof value.$ref === "string";

/** JSON pointer escaping of one segment (RFC 6901). */
function escapeSegment(segment: string | number): string {
  return String(segment).replace(/~/g, "~0").replace(/\//g, "~1");
}

/** One rule's judge: a schema index for the lint it runs in, and the reporting of its findings. */
class ExampleJudge {
  private index: SchemaIndex | undefined;
  /** The entry document (its file and root node), for `$ref`s the bundler rewrote (resolverOf). */
  entry: { file: string; root: Obj } | undefined;

  constructor(private readonly forbidUndeclared: boolean) {}

  /** Reports each way `value` (at `where`) fails `schema`; `schemaAt` is where a broken schema is reported. */
  judge(value: unknown, schema: unknown, where: Location, schemaAt: Location, ctx: ExampleContext): void {
    this.index ??= new SchemaIndex(resolverOf(ctx, () => this.entry));
    let errors: ExampleError[];
    try {
      errors = validateExampleValue(value, schema, schemaAt.source.absoluteRef, this.index, { forbidUndeclared: this.forbidUndeclared });
    } catch (error) {
      if (error instanceof DiscriminatorWithoutAlternatives) return;
      ctx.report({ message: `Example validation errored: ${(error as Error).message}.`, location: schemaAt, from: ctx.location });
      return;
    }
    for (const error of errors) report(error, where, ctx);
  }
}

/**
 * Redocly's resolution. In a lint that runs inside the bundle (lint-in-bundle.ts), a `$ref` the
 * bundler rewrote points into the entry's components, which Redocly's table of resolved `$ref`s
 * does not list for the entry: those are looked up in the components the bundler fills. In a
 * separate lint every local `$ref` of the entry is in the table, so this finds nothing more.
 */
function resolverOf(ctx: ExampleContext, entry: () => { file: string; root: Obj } | undefined): ResolveRef {
  return (ref, fromFile) => {
    const resolved = ctx.resolve(ref, fromFile);
    if (resolved.location) return { node: resolved.node, file: resolved.location.source.absoluteRef };
    const document = entry();
    const components = document && fromFile === document.file ? bundledComponents(document.root) : undefined;
    const node = components && componentAt(components, ref.$ref);
    return node === undefined ? undefined : { node, file: fromFile };
  };
}

/** The node a rewritten `#/components/<kind>/<name>` names in `components`, if there is one. */
function componentAt(components: Obj, ref: string): unknown {
  if (!ref.startsWith("#/components/")) return undefined;
  try {
    return new RefResolver({ components }).locate(ref).node;
  } catch (error) {
    if (error instanceof RefError) return undefined;
    throw error;
  }
}

/** Each example rule notes the entry document as the walk starts (resolverOf). */
function noteEntry(judge: ExampleJudge) {
  return {
    enter(root: Obj, ctx: ExampleContext) {
      judge.entry = { file: ctx.location.source.absoluteRef, root };
    },
  };
}

/** Redocly's wording: "`name` property type must be string", with the allowed values of an enum. */
function report(error: ExampleError, where: Location, ctx: ExampleContext): void {
  const segments = error.path.map(escapeSegment);
  const last = segments.at(-1);
  let message = error.keyword === "type" ? `type ${error.message}` : error.message;
  const allowed = error.allowed?.map(String);
  if (allowed) message += ` ${allowed.map((value) => `"${value}"`).join(", ")}`;
  if (last !== undefined) message = `\`${last}\` property ${message}`;
  const aboutKey = error.property !== undefined;
  if (aboutKey) {
    message += ` \`${error.property}\``;
    segments.push(escapeSegment(error.property!));
  }
  const pointer = where.pointer + segments.map((segment) => `/${segment}`).join("");
  ctx.report({
    message: `Example value must conform to the schema: ${message}.`,
    location: { source: where.source, pointer, reportOnKey: aboutKey },
    from: ctx.location,
    suggest: allowed,
  });
}

/** A media type's `example`, or each of its `examples` (followed when `$ref`'d), against its schema. */
export function mediaTypeExamplesRule(options: ExampleRuleOptions = {}) {
  const judge = new ExampleJudge(options.forbidUndeclaredProperties === true);
  return {
    Root: noteEntry(judge),
    MediaType: {
      leave(media: Obj, ctx: ExampleContext) {
        if (!media.schema) return;
        const schemaAt = ctx.location.child("schema");
        if (media.example !== undefined) {
          judge.judge(media.example, media.schema, ctx.location.child("example"), schemaAt, ctx);
          return;
        }
        if (!isObject(media.examples)) return;
        for (const [name, entry] of Object.entries(media.examples)) {
          let example: unknown = entry;
          let where = ctx.location.child(["examples", name, "value"]);
          if (isRef(entry)) {
            const resolved = ctx.resolve(entry);
            if (!resolved.location) continue;
            example = resolved.node;
            where = resolved.location.child("value");
          }
          if (!isObject(example) || example.value === undefined) continue;
          judge.judge(example.value, media.schema, where, schemaAt, ctx);
        }
      },
    },
  };
}

/** A parameter's `example` and each inline `examples.<name>.value`, against its schema. */
export function parameterExamplesRule(options: ExampleRuleOptions = {}) {
  const judge = new ExampleJudge(options.forbidUndeclaredProperties === true);
  return {
    Root: noteEntry(judge),
    Parameter: {
      leave(parameter: Obj, ctx: ExampleContext) {
        const schemaAt = ctx.location.child("schema");
        if (parameter.example !== undefined) judge.judge(parameter.example, parameter.schema, ctx.location.child("example"), schemaAt, ctx);
        if (!isObject(parameter.examples)) return;
        for (const [name, entry] of Object.entries(parameter.examples)) {
          // As Redocly: a `$ref`'d parameter example is not followed.
          if (!isObject(entry) || !Object.hasOwn(entry, "value")) continue;
          judge.judge(entry.value, parameter.schema, ctx.location.child(["examples", name, "value"]), schemaAt, ctx);
        }
      },
    },
  };
}

/** A schema's `example` and each of its `examples`, against the schema itself. */
export function schemaExamplesRule(options: ExampleRuleOptions = {}) {
  const judge = new ExampleJudge(options.forbidUndeclaredProperties === true);
  return {
    Root: noteEntry(judge),
    Schema: {
      leave(schema: Obj, ctx: ExampleContext) {
        if (Array.isArray(schema.examples)) {
          schema.examples.forEach((example, i) => judge.judge(example, schema, ctx.location.child(["examples", i]), ctx.location, ctx));
        }
        if (schema.example === undefined) return;
        // OpenAPI 3.0: `example: null` on a nullable schema is what nullable means.
        if (schema.nullable === true && schema.example === null && schema.type !== undefined) return;
        judge.judge(schema.example, schema, ctx.location.child("example"), ctx.location, ctx);
      },
    },
  };
}
