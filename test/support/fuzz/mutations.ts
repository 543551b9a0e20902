// Invalid requests, made by breaking one thing in a valid one: a required field removed, a value
// of the wrong type, outside its enum or nested one level too deep, a hostile string where the
// schema constrains the text, a hostile key, a non-finite number, a bad parameter, missing
// credentials, malformed JSON. The oracle still judges the result: a mutation that happens to
// stay valid (a hostile key where any key is allowed) is expected to succeed.
import fc from "fast-check";
import { HOSTILE_KEYS, HOSTILE_PARAMS, POLLUTION_FIELD, hostileString } from "./hostile.js";
import type { FuzzOperation, FuzzParameter, FuzzSpec } from "./operations.js";
import type { Json, RefResolver } from "./refs.js";
import { chosenBody, type FuzzRequest } from "./requests.js";

export interface Mutated {
  request: FuzzRequest;
  /** What was broken, e.g. "wrong type at /range". */
  mutation: string;
}

/** A place in a JSON body, with the schema that governs it (when the fuzzer can tell). */
interface Site {
  pointer: string;
  path: Array<string | number>;
  value: unknown;
  schema: Json | undefined;
}

const NON_FINITE_MARK = "\u0000fuzz-non-finite\u0000";

export function mutationArbitrary(spec: FuzzSpec, operation: FuzzOperation, valid: fc.Arbitrary<FuzzRequest>): fc.Arbitrary<Mutated> {
  return valid.chain((request) => {
    const options = mutationsOf(spec, operation, request);
    return fc.oneof(...options);
  });
}

function mutationsOf(spec: FuzzSpec, operation: FuzzOperation, request: FuzzRequest): Array<fc.Arbitrary<Mutated>> {
  const options: Array<fc.Arbitrary<Mutated>> = [];
  if (request.headers.authorization !== undefined) {
    options.push(
      fc.constantFrom("", "Bearer", "Basic !!!", "Token x").map((value) => {
        const headers = { ...request.headers };
        if (value === "") delete headers.authorization;
        else headers.authorization = value;
        return { request: { ...request, headers }, mutation: value === "" ? "no credentials" : `malformed credentials "${value}"` };
      }),
    );
  }
  options.push(...parameterMutations(spec, operation, request));
  const body = chosenBody(operation);
  if (request.body && "value" in request.body && body) {
    const sites = sitesOf(spec.resolver, body.schema.node, request.body.value, [], "");
    options.push(...bodyMutations(request, sites, request.body.mediaType));
  }
  return options;
}

// ---- parameters ----

function parameterMutations(spec: FuzzSpec, operation: FuzzOperation, request: FuzzRequest): Array<fc.Arbitrary<Mutated>> {
  const options: Array<fc.Arbitrary<Mutated>> = [];
  for (const parameter of operation.parameters) {
    if (parameter.in === "cookie" || parameter.in === "header") continue;
    const schema = spec.resolver.deref(parameter.schema).node;
    const where = parameter.in === "path" ? "path" : "query";
    const replace = (value: unknown, mutation: string): Mutated => ({ request: { ...request, [where]: { ...request[where], [parameter.name]: value } }, mutation });
    if (parameter.in === "query" && parameter.required) {
      const rest = { ...request.query };
      delete rest[parameter.name];
      options.push(fc.constant({ request: { ...request, query: rest }, mutation: `required query parameter ${parameter.name} left out` }));
    }
    if (schema.type === "integer" || schema.type === "number" || schema.type === "boolean") {
      options.push(fc.constantFrom("fuzz", "1e309", "NaN", "12abc").map((value) => replace(value, `wrong type in ${where} parameter ${parameter.name}`)));
    }
    if (schema.type === "integer") options.push(fc.constant(replace("1.5", `fraction in integer ${where} parameter ${parameter.name}`)));
    if (Array.isArray(schema.enum)) options.push(fc.constant(replace("FUZZ_NOT_IN_ENUM", `${where} parameter ${parameter.name} outside its enum`)));
    if (schema.type === "string" && isConstrained(schema) && parameter.in === "query") {
      // Over maxLength by a little: a huge query string would only meet Node's header limit (431).
      const tooLong = typeof schema.maxLength === "number" ? ["x".repeat(schema.maxLength + 1)] : [];
      options.push(fc.constantFrom(...HOSTILE_PARAMS, ...tooLong).map((value) => replace(value, `hostile string in constrained ${where} parameter ${parameter.name}`)));
    }
    if (parameter.style === "deepObject") options.push(...deepObjectMutations(spec, parameter, request));
  }
  return options;
}

function deepObjectMutations(spec: FuzzSpec, parameter: FuzzParameter, request: FuzzRequest): Array<fc.Arbitrary<Mutated>> {
  const options: Array<fc.Arbitrary<Mutated>> = [];
  const properties = (spec.resolver.deref(parameter.schema).node.properties ?? {}) as Json;
  for (const key of Object.keys(properties)) {
    const schema = spec.resolver.deref({ node: properties[key] as Json, pointer: "" }).node;
    const current = (request.query[parameter.name] ?? {}) as Json;
    const replace = (value: unknown, mutation: string): Mutated => ({ request: { ...request, query: { ...request.query, [parameter.name]: { ...current, [key]: value } } }, mutation });
    if (schema.type === "integer" || schema.type === "number" || schema.type === "boolean") options.push(fc.constant(replace("fuzz", `wrong type in ${parameter.name}[${key}]`)));
    if (Array.isArray(schema.enum) && schema.type === "string") options.push(fc.constant(replace("FUZZ_NOT_IN_ENUM", `${parameter.name}[${key}] outside its enum`)));
  }
  return options;
}

// ---- bodies ----

function bodyMutations(request: FuzzRequest, sites: Site[], mediaType: string): Array<fc.Arbitrary<Mutated>> {
  const options: Array<fc.Arbitrary<Mutated>> = [];
  const body = (request.body as { value: unknown }).value;
  const withValue = (value: unknown, mutation: string): Mutated => ({ request: { ...request, body: { mediaType, value } }, mutation });
  const withRaw = (raw: string, mutation: string): Mutated => ({ request: { ...request, body: { mediaType, raw } }, mutation });

  const objects = sites.filter((s) => isObject(s.value) && s.schema && Array.isArray(s.schema.required) && (s.schema.required as string[]).some((k) => k in (s.value as Json)));
  if (objects.length > 0) {
    options.push(
      fc.constantFrom(...objects).chain((site) =>
        fc.constantFrom(...(site.schema!.required as string[]).filter((k) => k in (site.value as Json))).map((key) =>
          withValue(
            edit(body, site.path, (object) => omit(object as Json, key)),
            `required field ${site.pointer}/${key} left out`,
          ),
        ),
      ),
    );
  }
  const typed = sites.filter((s) => s.schema && typeof s.schema.type === "string");
  if (typed.length > 0) {
    options.push(
      fc.constantFrom(...typed).chain((site) =>
        fc.constantFrom(...wrongTypeValues(site.schema!.type as string)).map((value) => withValue(edit(body, site.path, () => value), `wrong type at ${site.pointer || "/"}`)),
      ),
    );
  }
  const enums = sites.filter((s) => s.schema && Array.isArray(s.schema.enum));
  if (enums.length > 0) {
    options.push(
      fc.constantFrom(...enums).map((site) => {
        const numeric = (site.schema!.enum as unknown[]).every((v) => typeof v === "number");
        return withValue(edit(body, site.path, () => (numeric ? 987654321 : "FUZZ_NOT_IN_ENUM")), `value outside the enum at ${site.pointer}`);
      }),
    );
  }
  const scalars = sites.filter((s) => s.path.length > 0 && (s.value === null || typeof s.value !== "object") && s.schema && typeof s.schema.type === "string");
  if (scalars.length > 0) {
    options.push(
      fc.constantFrom(...scalars).chain((site) =>
        fc.boolean().map((asArray) => withValue(edit(body, site.path, (value) => (asArray ? [value] : { value })), `extra nesting at ${site.pointer}`)),
      ),
    );
  }
  const constrained = sites.filter((s) => typeof s.value === "string" && s.schema && isConstrained(s.schema));
  if (constrained.length > 0) {
    options.push(fc.tuple(fc.constantFrom(...constrained), hostileString).map(([site, text]) => withValue(edit(body, site.path, () => text), `hostile string in constrained field ${site.pointer}`)));
  }
  const objectSites = sites.filter((s) => isObject(s.value));
  if (objectSites.length > 0) {
    options.push(
      fc.tuple(fc.constantFrom(...objectSites), fc.constantFrom(...HOSTILE_KEYS)).map(([site, key]) =>
        withValue(
          edit(body, site.path, (object) => withOwnKey(object as Json, key, { [POLLUTION_FIELD]: "yes" })),
          `hostile key "${key}" at ${site.pointer || "/"}`,
        ),
      ),
    );
  }
  if (mediaType !== "multipart/form-data") {
    const numbers = sites.filter((s) => typeof s.value === "number" || s.schema?.type === "number" || s.schema?.type === "integer");
    const targets = numbers.length > 0 ? numbers : sites.filter((s) => s.path.length > 0);
    if (targets.length > 0) {
      options.push(
        fc.tuple(fc.constantFrom(...targets), fc.constantFrom("1e309", "-1e309", "1e400")).map(([site, literal]) =>
          withRaw(JSON.stringify(edit(body, site.path, () => NON_FINITE_MARK)).replace(JSON.stringify(NON_FINITE_MARK), literal), `non-finite number ${literal} at ${site.pointer}`),
        ),
      );
    }
    options.push(fc.constantFrom("{", '{"a":', "[1,2", "nul", "{'single':1}").map((raw) => withRaw(raw, "malformed JSON")));
  }
  return options;
}

function wrongTypeValues(type: string): unknown[] {
  const candidates: Array<[string, unknown]> = [
    ["string", "fuzz"],
    ["number", 12345.5],
    ["integer", 12345],
    ["boolean", true],
    ["object", { fuzz: 1 }],
    ["array", ["fuzz"]],
    ["null", null],
  ];
  const allowed = new Set([type, ...(type === "number" ? ["integer"] : [])]);
  return candidates.filter(([name]) => !allowed.has(name)).map(([, value]) => value);
}

function isConstrained(schema: Json): boolean {
  return typeof schema.format === "string" || typeof schema.pattern === "string" || Array.isArray(schema.enum) || typeof schema.maxLength === "number";
}

/** Every place in the body, with its schema when the schema says it plainly (no oneOf/anyOf). */
function sitesOf(resolver: RefResolver, rawSchema: Json | undefined, value: unknown, path: Array<string | number>, pointer: string): Site[] {
  const schema = rawSchema ? mergedAllOf(resolver, resolver.deref({ node: rawSchema, pointer: "" }).node) : undefined;
  const ambiguous = schema && (schema.oneOf || schema.anyOf || schema.not);
  const sites: Site[] = [{ pointer, path, value, schema: ambiguous ? undefined : schema }];
  if (Array.isArray(value)) {
    value.forEach((item, i) => sites.push(...sitesOf(resolver, ambiguous ? undefined : (schema?.items as Json | undefined), item, [...path, i], `${pointer}/${i}`)));
  } else if (isObject(value)) {
    for (const [key, item] of Object.entries(value)) {
      const property = ambiguous ? undefined : ((schema?.properties as Json | undefined)?.[key] as Json | undefined);
      sites.push(...sitesOf(resolver, property, item, [...path, key], `${pointer}/${key.replaceAll("~", "~0").replaceAll("/", "~1")}`));
    }
  }
  return sites;
}

function mergedAllOf(resolver: RefResolver, schema: Json): Json {
  if (!Array.isArray(schema.allOf)) return schema;
  const merged: Json = { ...schema, properties: { ...((schema.properties ?? {}) as Json) }, required: [...((schema.required ?? []) as string[])] };
  delete merged.allOf;
  for (const raw of schema.allOf as Json[]) {
    const part = mergedAllOf(resolver, resolver.deref({ node: raw, pointer: "" }).node);
    Object.assign(merged.properties as Json, part.properties ?? {});
    (merged.required as string[]).push(...((part.required ?? []) as string[]));
    if (part.type && !merged.type) merged.type = part.type;
  }
  return merged;
}

function isObject(value: unknown): value is Json {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/** A copy of `root` with the value at `path` replaced by `change(old)`. */
function edit(root: unknown, path: Array<string | number>, change: (value: unknown) => unknown): unknown {
  if (path.length === 0) return change(root);
  const [head, ...rest] = path;
  if (Array.isArray(root)) return root.map((item, i) => (i === head ? edit(item, rest, change) : item));
  const copy = copyObject(root as Json);
  Object.defineProperty(copy, head!, { value: edit((root as Json)[head as string], rest, change), enumerable: true, writable: true, configurable: true });
  return copy;
}

function omit(object: Json, key: string): Json {
  const copy = copyObject(object);
  delete copy[key];
  return copy;
}

/** Copies own keys as data, so a "__proto__" key stays a key and never sets the prototype. */
function copyObject(object: Json): Json {
  const copy: Json = {};
  for (const [key, value] of Object.entries(object)) Object.defineProperty(copy, key, { value, enumerable: true, writable: true, configurable: true });
  return copy;
}

function withOwnKey(object: Json, key: string, value: unknown): Json {
  const copy = copyObject(object);
  Object.defineProperty(copy, key, { value, enumerable: true, writable: true, configurable: true });
  return copy;
}
