// The operations the fuzzer drives, read from the bundled spec the mock serves
// (generated/<provider>/openapi.json): parameters, request body media types, responses and the
// credentials each operation accepts, all with `$ref`s resolved once.
import { readFileSync } from "node:fs";
import path from "node:path";
import { RefResolver, escapePointer, type Json, type Located } from "./refs.js";

export type ProviderId = "telnyx" | "vonage";

export interface FuzzParameter {
  name: string;
  in: "path" | "query" | "header" | "cookie";
  required: boolean;
  style?: string;
  explode?: boolean;
  schema: Located;
  example?: unknown;
}

export interface FuzzBody {
  mediaType: string;
  required: boolean;
  schema: Located;
  /** The spec's examples for this body, in order. */
  examples: unknown[];
}

export interface FuzzOperation {
  /** "POST /10dlc/brand" */
  key: string;
  method: string;
  template: string;
  parameters: FuzzParameter[];
  /** The body media types the operation accepts, JSON first. */
  bodies: FuzzBody[];
  bodyRequired: boolean;
  /** Status (or "2XX", "default") → response object, resolved. */
  responses: Map<string, Located>;
  /** Alternatives of the `security` requirement: each a list of scheme types ("basic", "bearer"). */
  security: string[][];
}

export interface FuzzSpec {
  provider: ProviderId;
  resolver: RefResolver;
  document: Json;
  operations: FuzzOperation[];
}

const METHODS = ["get", "put", "post", "delete", "patch"] as const;

export function loadFuzzSpec(root: string, provider: ProviderId): FuzzSpec {
  const document = JSON.parse(readFileSync(path.join(root, "generated", provider, "openapi.json"), "utf8")) as Json;
  const resolver = new RefResolver(document);
  const operations: FuzzOperation[] = [];
  for (const [template, item] of Object.entries(document.paths as Json)) {
    const itemPointer = `/paths/${escapePointer(template)}`;
    for (const method of METHODS) {
      const operation = resolver.child({ node: item as Json, pointer: itemPointer }, method);
      if (!operation) continue;
      operations.push(readOperation(resolver, method, template, { node: item as Json, pointer: itemPointer }, operation));
    }
  }
  return { provider, resolver, document, operations };
}

function readOperation(resolver: RefResolver, method: string, template: string, item: Located, operation: Located): FuzzOperation {
  const parameters = new Map<string, FuzzParameter>();
  // Operation-level parameters override path-level ones of the same name and location.
  for (const owner of [item, operation]) {
    const list = (owner.node.parameters ?? []) as unknown[];
    list.forEach((_, index) => {
      const located = resolver.child(owner, "parameters", index)!;
      const p = located.node;
      const schema = resolver.child(located, "schema") ?? { node: {}, pointer: `${located.pointer}/schema` };
      const example = p.example ?? firstExample(resolver, located);
      parameters.set(`${p.in}:${p.name}`, {
        name: String(p.name),
        in: p.in as FuzzParameter["in"],
        required: p.required === true || p.in === "path",
        ...(typeof p.style === "string" ? { style: p.style } : {}),
        ...(typeof p.explode === "boolean" ? { explode: p.explode } : {}),
        schema,
        ...(example !== undefined ? { example } : {}),
      });
    });
  }
  const requestBody = resolver.child(operation, "requestBody");
  const bodies: FuzzBody[] = [];
  for (const mediaType of Object.keys((requestBody?.node.content ?? {}) as Json)) {
    const media = resolver.child(requestBody!, "content", mediaType)!;
    const schema = resolver.child(media, "schema") ?? { node: {}, pointer: `${media.pointer}/schema` };
    const examples = media.node.example !== undefined ? [media.node.example] : [];
    for (const name of Object.keys((media.node.examples ?? {}) as Json)) {
      const example = resolver.child(media, "examples", name)!;
      if (example.node.value !== undefined) examples.push(example.node.value);
    }
    bodies.push({ mediaType, required: requestBody!.node.required === true, schema, examples });
  }
  bodies.sort((a, b) => Number(!/json/i.test(a.mediaType)) - Number(!/json/i.test(b.mediaType)));
  const responses = new Map<string, Located>();
  for (const status of Object.keys((operation.node.responses ?? {}) as Json)) responses.set(status, resolver.child(operation, "responses", status)!);
  return {
    key: `${method.toUpperCase()} ${template}`,
    method: method.toUpperCase(),
    template,
    parameters: [...parameters.values()],
    bodies,
    bodyRequired: requestBody?.node.required === true,
    responses,
    security: securityOf(resolver, (operation.node.security ?? resolver.document.security ?? []) as Array<Record<string, unknown>>),
  };
}

function firstExample(resolver: RefResolver, parameter: Located): unknown {
  const examples = (parameter.node.examples ?? {}) as Json;
  const name = Object.keys(examples)[0];
  return name === undefined ? undefined : resolver.child(parameter, "examples", name)?.node.value;
}

function securityOf(resolver: RefResolver, requirements: Array<Record<string, unknown>>): string[][] {
  const schemes = (resolver.document.components as Json | undefined)?.securitySchemes as Json | undefined;
  return requirements.map((requirement) =>
    Object.keys(requirement).map((name) => {
      const scheme = resolver.deref({ node: (schemes?.[name] ?? {}) as Json, pointer: "" }).node;
      return scheme.type === "http" ? String(scheme.scheme).toLowerCase() : String(scheme.type);
    }),
  );
}
