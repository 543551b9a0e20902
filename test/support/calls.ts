// How tests call an operation: with the spec's examples (the happy path the docs show), or with
// one input that breaks the contract (the invalid call).
import type { OperationModel } from "../../codegen/model.js";
import type { JSONSchema } from "../../codegen/openapi-types.js";

/** Path parameter examples, then the body example (files as real Blobs) or the query examples. */
export function exampleArgs(op: OperationModel): unknown[] {
  const args: unknown[] = op.pathParams.map((p) => p.example);
  if (op.body) args.push(withFiles(structuredClone(op.body.example), op.body.binaryFields));
  else if (op.queryParams.length > 0) {
    args.push(Object.fromEntries(op.queryParams.filter((p) => p.example !== undefined).map((p) => [p.name, p.example])));
  }
  return args;
}

export interface InvalidCall {
  what: string;
  /** The input the error must name. */
  name: string;
  args: unknown[];
}

/**
 * One call that breaks the operation's contract: a required body field left out, else a required
 * query parameter left out, else a path parameter outside its schema. Undefined when the spec
 * accepts every value of every input (e.g. an unconstrained string id).
 */
export function invalidCall(op: OperationModel): InvalidCall | undefined {
  const pathArgs = op.pathParams.map((p) => p.example);
  const requiredField = op.body?.fields.find((f) => f.required);
  if (op.body && requiredField) {
    const body = withFiles(structuredClone(op.body.example), op.body.binaryFields) as Record<string, unknown>;
    delete body[requiredField.name];
    return { what: `a body without ${requiredField.name}`, name: requiredField.name, args: [...pathArgs, body] };
  }
  // A body with only optional fields: send one of them with a value of the wrong type.
  const typedField = op.body?.fields.find((f) => wrongType(f.schema) !== undefined);
  if (op.body && typedField) {
    const body = withFiles(structuredClone(op.body.example), op.body.binaryFields) as Record<string, unknown>;
    body[typedField.name] = wrongType(typedField.schema);
    return { what: `${typedField.name} of the wrong type`, name: typedField.name, args: [...pathArgs, body] };
  }
  const requiredQuery = op.queryParams.find((p) => p.required);
  if (!op.body && requiredQuery) {
    const query = Object.fromEntries(
      op.queryParams.filter((p) => p !== requiredQuery && p.example !== undefined).map((p) => [p.name, p.example]),
    );
    return { what: `a call without ${requiredQuery.name}`, name: requiredQuery.name, args: [...pathArgs, query] };
  }
  for (const [index, param] of op.pathParams.entries()) {
    const bad = outOfSchema(param.schema);
    if (bad === undefined) continue;
    const args = [...pathArgs];
    args[index] = bad;
    return { what: `${param.name}=${JSON.stringify(bad)}`, name: param.name, args: [...args, ...exampleArgs(op).slice(op.pathParams.length)] };
  }
  return undefined;
}

/** True when the operation has an input a caller could get wrong: a body or a required parameter. */
export function takesInput(op: OperationModel): boolean {
  return op.body !== undefined || op.pathParams.length > 0 || op.queryParams.some((p) => p.required);
}

/** A value its schema rejects, when the schema constrains anything. */
function outOfSchema(schema: JSONSchema | undefined): unknown {
  if (!schema) return undefined;
  if (schema.enum) return "NOT_A_VALID_VALUE";
  if (schema.type === "integer" || schema.type === "number") return "not-a-number";
  if (schema.maxLength !== undefined) return "x".repeat(schema.maxLength + 1);
  if (schema.pattern !== undefined) return "!!invalid!!";
  if (schema.format === "uuid") return "not-a-uuid";
  return undefined;
}

/** A value of another JSON type than the schema allows, when the schema fixes one type. */
function wrongType(schema: JSONSchema): unknown {
  switch (schema.type) {
    case "string":
      return 12345;
    case "integer":
    case "number":
    case "boolean":
    case "array":
    case "object":
      return "not-the-right-type";
    default:
      return undefined;
  }
}

/** Upload examples hold placeholder strings for file content; send real Blobs in their place. */
export function withFiles(example: unknown, binaryFields: string[]): unknown {
  if (binaryFields.length === 0 || typeof example !== "object" || example === null) return example;
  const body = example as Record<string, unknown>;
  const file = (placeholder: unknown) => new Blob([String(placeholder)], { type: "text/plain" });
  for (const field of binaryFields) {
    body[field] = Array.isArray(body[field]) ? (body[field] as unknown[]).map(file) : file(body[field]);
  }
  return body;
}
