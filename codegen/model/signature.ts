// The client surface of one operation: the types it exports, its parameter list and what it
// returns. Part of the model (not of an emitter) because two readers need the same answer: the
// client emitters print it, and the differ compares it between two versions of a spec to report
// renamed methods, changed signatures and added or removed types.
import { identifier } from "../names.js";
import type { OperationModel } from "../model.js";

/** A type exported beside the method, named `<typeBase><Suffix>`. */
export interface NamedType {
  name: string;
  /** The TypeScript type it stands for, in terms of types.ts (`operations[...]`). */
  expression: string;
  /**
   * Emit `interface Name extends Members<expression>, Named {}` instead of a type alias: tsc then names the
   * type in its messages ("parameter of type 'BrandsCreateParams'") where it would print an alias's
   * members ("'{ account_id: string; … 22 more …}'"). Only for object types: an interface cannot
   * extend a union.
   */
  isInterface: boolean;
  /** One sentence saying what it is, e.g. "Path parameters of GET /brands/{id}." (the JSDoc's first line). */
  description: string;
}

export interface SignatureParam {
  name: string;
  /** e.g. `brandId: Messaging10dlcBrandRetrievePathParams["brandId"]` or `query?: X`. */
  declaration: string;
  /** The type alone, e.g. `Messaging10dlcBrandRetrievePathParams["brandId"]`. */
  type: string;
  optional: boolean;
}

export interface RuntimeInput {
  path: Array<{ name: string; variable: string }>;
  body: boolean;
  query: boolean;
}

export interface Signature {
  /** The types the method's parameters and result are written with, in emission order. */
  types: NamedType[];
  /** The method's name in its namespace: the last segment of x-sdk-name. */
  name: string;
  /** The parameter list, e.g. `brandId: X, body: Y, options?: RequestOptions` (what the differ compares). */
  parameters: string;
  /** The same parameters one by one, for the emitters. */
  params: SignatureParam[];
  /**
   * What the function hands the runtime (`{ path: { brand_id: brandId }, body }`): each path
   * parameter's wire name and the argument holding it, and whether the body or the query goes.
   */
  input: RuntimeInput;
  resultType: string;
  /** `request` for one call, `list` for auto-paginated list operations. */
  call: "request" | "list";
  /**
   * The declared return type, e.g. `PagePromise` of `["BrandListResponse", "BrandListItem"]`, whose
   * type arguments are the runtime call's too. Written out so that declaration files name it:
   * inferred, tsc's .d.ts spelled out item types, copying nodes of types.ts and, with them,
   * comments of client.ts at the same offsets into the middle of a type.
   */
  returns: { promise: "APIPromise" | "PagePromise"; typeArguments: string[] };
}

// Every client emitter asks for each operation's signature (four times per build): worked out once.
const signatures = new WeakMap<OperationModel, Readonly<Signature>>();

/**
 * The signature of an operation's method (the same object on every call for the same operation:
 * read it, do not change it). Robust to specs the generator would refuse (the differ reads old
 * commits it does not lint): an x-pagination without a string `items` has no item type to name,
 * so such an operation is described as a plain call.
 */
export function operationSignature(op: OperationModel): Readonly<Signature> {
  let signature = signatures.get(op);
  if (signature === undefined) {
    signature = signatureOf(op);
    signatures.set(op, signature);
  }
  return signature;
}

function signatureOf(op: OperationModel): Signature {
  const opRef = op.typesRef;
  const types: NamedType[] = [];
  const params: SignatureParam[] = [];
  const addParam = (name: string, type: string, optional: boolean) =>
    params.push({ name, type, optional, declaration: `${name}${optional ? "?" : ""}: ${type}` });
  const input: RuntimeInput = { path: [], body: false, query: false };
  const where = `${op.method} ${op.path}`;

  if (op.pathParams.length > 0) {
    const pathTypeName = `${op.typeBase}PathParams`;
    types.push({
      name: pathTypeName,
      expression: `${opRef}["parameters"]["path"]`,
      description: `Path parameters of ${where}.`,
      isInterface: true,
    });
    for (const param of op.pathParams) {
      const variable = identifier(param.name);
      addParam(variable, `${pathTypeName}[${JSON.stringify(param.name)}]`, false);
      input.path.push({ name: param.name, variable });
    }
  }

  const queryType = `${op.typeBase}Query`;
  if (op.queryParams.length > 0) {
    types.push({
      name: queryType,
      expression: `NonNullable<${opRef}["parameters"]["query"]>`,
      description: `Query parameters of ${where}.`,
      isInterface: true,
    });
  }

  let optionsType = "RequestOptions";
  if (op.body) {
    const bodyType = `${op.typeBase}Params`;
    const content = `NonNullable<${opRef}["requestBody"]>["content"]`;
    const alternatives = [op.body.contentType, ...(op.body.multipart ? [op.body.multipart.contentType] : [])];
    types.push({
      name: bodyType,
      expression: alternatives.map((type) => `${content}[${JSON.stringify(type)}]`).join(" | "),
      description: op.body.multipart
        ? `Request body of ${where}: JSON, or multipart/form-data when a field holds a file.`
        : `Request body of ${where}.`,
      // JSON or multipart is a union of two types.
      isInterface: op.body.isObject && !op.body.multipart,
    });
    addParam("body", bodyType, !op.body.required);
    input.body = true;
    // With a body taking the main argument, query parameters travel in the options.
    if (op.queryParams.length > 0) optionsType = `RequestOptions & { query?: ${queryType} }`;
  } else if (op.queryParams.length > 0) {
    const required = op.queryParams.some((p) => p.required);
    addParam("query", queryType, !required);
    input.query = true;
  }
  addParam("options", optionsType, true);

  const resultType = `${op.typeBase}Response`;
  types.push({
    name: resultType,
    expression: successExpression(op, opRef),
    description: `Result of ${where}.`,
    isInterface: op.success.kind === "json" && op.success.isObject,
  });
  const items = itemsPathOf(op);
  const typeArguments = [resultType];
  if (items !== undefined) {
    const itemType = `${op.typeBase}Item`;
    types.push({
      name: itemType,
      expression: itemExpression(resultType, items),
      description: `One item of the list returned by ${where}.`,
      isInterface: false,
    });
    typeArguments.push(itemType);
  }

  return {
    types,
    name: op.sdkPath[op.sdkPath.length - 1]!,
    parameters: params.map((p) => p.declaration).join(", "),
    params,
    input,
    resultType,
    call: items !== undefined ? "list" : "request",
    returns: { promise: items !== undefined ? "PagePromise" : "APIPromise", typeArguments },
  };
}

/** The dot path of the items in a list response, when the operation is paginated (and well formed). */
function itemsPathOf(op: OperationModel): string | undefined {
  const pagination: unknown = op.pagination;
  if (typeof pagination !== "object" || pagination === null || Array.isArray(pagination)) return undefined;
  const items = (pagination as Record<string, unknown>).items;
  return typeof items === "string" ? items : undefined;
}

function successExpression(op: OperationModel, opRef: string): string {
  switch (op.success.kind) {
    case "none":
      return "void";
    case "binary":
      return "File";
    case "text":
      return "string";
    case "json":
      return `${opRef}["responses"][${op.success.status}]["content"][${JSON.stringify(op.success.contentType)}]`;
  }
}

/** The element type at a dot path of the response: "_embedded.brands" → NonNullable<NonNullable<R["_embedded"]>["brands"]>[number]. */
function itemExpression(resultType: string, itemsPath: string): string {
  const access = itemsPath.split(".").reduce((expr, key) => `NonNullable<${expr}[${JSON.stringify(key)}]>`, resultType);
  return `${access}[number]`;
}
