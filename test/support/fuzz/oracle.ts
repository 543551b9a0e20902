// Whether a fuzz request is valid for its operation, decided independently of the mock: Ajv on
// the body as the server will parse it and on each parameter as OpenAPI deserialises it, plus the
// rules JSON Schema cannot say (credentials present, no non-finite numbers). A generator that
// slips or a mutation that happens to stay valid is then judged by what was actually sent.
import type { FuzzOperation, FuzzParameter, FuzzSpec } from "./operations.js";
import type { Json, Located } from "./refs.js";
import { chosenBody, type FuzzRequest } from "./requests.js";
import type { SpecSchemas } from "./schemas.js";

export interface RequestProblem {
  where: "body" | "path" | "query" | "header";
  /** Parameter name, or the last segment of the body pointer. */
  name: string;
  /** JSON pointer into the body, for body problems. */
  pointer?: string;
  message: string;
}

export class RequestOracle {
  constructor(
    private readonly spec: FuzzSpec,
    private readonly schemas: SpecSchemas,
  ) {}

  problems(operation: FuzzOperation, request: FuzzRequest): RequestProblem[] {
    return [...this.credentialProblems(operation, request), ...this.parameterProblems(operation, request), ...this.bodyProblems(operation, request)];
  }

  private credentialProblems(operation: FuzzOperation, request: FuzzRequest): RequestProblem[] {
    if (operation.security.length === 0 || operation.security.some((alternative) => alternative.length === 0)) return [];
    const header = request.headers.authorization ?? "";
    const accepted = operation.security.some((alternative) =>
      alternative.every((scheme) => (scheme === "basic" ? /^Basic [A-Za-z0-9+/=]+$/.test(header) : scheme === "bearer" ? /^Bearer \S+$/.test(header) : false)),
    );
    return accepted ? [] : [{ where: "header", name: "Authorization", message: "no accepted credentials" }];
  }

  private parameterProblems(operation: FuzzOperation, request: FuzzRequest): RequestProblem[] {
    const problems: RequestProblem[] = [];
    for (const parameter of operation.parameters) {
      if (parameter.in === "cookie") continue;
      const sent = parameter.in === "path" ? request.path : parameter.in === "query" ? request.query : headerValues(request.headers);
      const value = sent[parameter.in === "header" ? parameter.name.toLowerCase() : parameter.name];
      if (value === undefined) {
        if (parameter.required) problems.push({ where: parameter.in, name: parameter.name, message: "required parameter missing" });
        continue;
      }
      for (const problem of this.schemas.check(parameter.schema.pointer, this.deserialize(parameter, value))) {
        problems.push({ where: parameter.in, name: parameter.name, message: problem.message });
      }
    }
    return problems;
  }

  /** The parameter as the server sees it: text, turned into the schema's type where it says one. */
  private deserialize(parameter: FuzzParameter, value: unknown): unknown {
    if (parameter.style === "deepObject" && value && typeof value === "object" && !Array.isArray(value)) {
      return Object.fromEntries(Object.entries(value as Json).map(([key, inner]) => [key, coerce(this.propertySchema(parameter.schema, key), inner)]));
    }
    return coerce(this.spec.resolver.deref(parameter.schema).node, value);
  }

  private propertySchema(schema: Located, key: string): Json {
    return this.spec.resolver.child(schema, "properties", key)?.node ?? {};
  }

  private bodyProblems(operation: FuzzOperation, request: FuzzRequest): RequestProblem[] {
    const declared = chosenBody(operation);
    if (!request.body) {
      return declared && operation.bodyRequired ? [{ where: "body", name: "body", pointer: "", message: "required body missing" }] : [];
    }
    if (!declared) return [];
    let value: unknown;
    if ("raw" in request.body) {
      try {
        value = JSON.parse(request.body.raw);
      } catch {
        return [{ where: "body", name: "body", pointer: "", message: "not valid JSON" }];
      }
    } else {
      value = request.body.value;
    }
    const nonFinite = nonFinitePointers(value).map((pointer): RequestProblem => ({ where: "body", name: lastSegment(pointer), pointer, message: "non-finite number" }));
    const schemaProblems = this.schemas.check(declared.schema.pointer, value).map((problem): RequestProblem => ({ where: "body", name: lastSegment(problem.pointer), pointer: problem.pointer, message: problem.message }));
    return [...nonFinite, ...schemaProblems];
  }
}

function headerValues(headers: Record<string, string>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
}

const NUMBER_TEXT = /^-?(?:\d+|\d*\.\d+)(?:[eE][+-]?\d+)?$/;

function coerce(schema: Json, value: unknown): unknown {
  if (Array.isArray(value)) {
    const items = (schema.items ?? {}) as Json;
    return value.map((item) => coerce(items, item));
  }
  const text = value !== null && typeof value === "object" ? JSON.stringify(value) : String(value);
  const type = schema.type;
  if (type === "integer" || type === "number") return NUMBER_TEXT.test(text) ? Number(text) : text;
  if (type === "boolean") return text === "true" ? true : text === "false" ? false : text;
  if (type === "array") return [coerce((schema.items ?? {}) as Json, value)];
  return text;
}

function nonFinitePointers(value: unknown, pointer = ""): string[] {
  if (typeof value === "number") return Number.isFinite(value) ? [] : [pointer];
  if (Array.isArray(value)) return value.flatMap((item, i) => nonFinitePointers(item, `${pointer}/${i}`));
  if (value && typeof value === "object") return Object.entries(value).flatMap(([key, item]) => nonFinitePointers(item, `${pointer}/${key.replaceAll("~", "~0").replaceAll("/", "~1")}`));
  return [];
}

export function lastSegment(pointer: string): string {
  const segments = pointer.split("/");
  return (segments[segments.length - 1] ?? "").replaceAll("~1", "/").replaceAll("~0", "~") || "body";
}
