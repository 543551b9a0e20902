// Ajv (JSON Schema 2020-12, the dialect of OpenAPI 3.1, formats on) over the bundled spec: the
// fuzzer's judge of what is valid, for request parts and for the mock's answers alike.
import { Ajv2020, type ErrorObject, type ValidateFunction } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import type { Json } from "./refs.js";

/** One reason a value does not match its schema, located by JSON pointer into the value. */
export interface SchemaProblem {
  /** e.g. "/address/city"; a missing or extra property is named in the pointer. */
  pointer: string;
  message: string;
}

export class SpecSchemas {
  private readonly ajv: Ajv2020;
  private readonly compiled = new Map<string, ValidateFunction>();

  constructor(document: Json) {
    // strictNumbers: JSON has no Infinity or NaN, so a number that parses to one is not a number.
    this.ajv = new Ajv2020({ strict: false, strictNumbers: true, allErrors: true, validateFormats: true });
    // ajv-formats is CommonJS: its default export is the module object under NodeNext typing.
    const addFormats = ((addFormatsModule as { default?: unknown }).default ?? addFormatsModule) as (ajv: Ajv2020) => void;
    addFormats(this.ajv);
    // OpenAPI formats with no JSON Schema meaning: accept anything of the right type.
    for (const format of ["binary", "byte", "int32", "int64", "float", "double", "password"]) this.ajv.addFormat(format, true);
    this.ajv.addSchema({ ...document, $id: "spec" });
  }

  /** Problems of `value` against the schema at the canonical `pointer`; empty when valid. */
  check(pointer: string, value: unknown): SchemaProblem[] {
    const validate = this.validator(pointer);
    if (validate(value)) return [];
    return (validate.errors ?? []).map(problemOf);
  }

  /** Validates against an ad-hoc schema (e.g. the provider error format's own requirements). */
  checkSchema(schema: object, value: unknown): SchemaProblem[] {
    const key = JSON.stringify(schema);
    let validate = this.compiled.get(key);
    if (!validate) {
      validate = this.ajv.compile(schema);
      this.compiled.set(key, validate);
    }
    return validate(value) ? [] : (validate.errors ?? []).map(problemOf);
  }

  private validator(pointer: string): ValidateFunction {
    let validate = this.compiled.get(pointer);
    if (!validate) {
      // A JSON pointer inside a URI fragment must be percent-encoded ("{brand_id}" included).
      const fragment = pointer.split("/").map(encodeURIComponent).join("/");
      validate = this.ajv.getSchema(`spec#${fragment}`);
      if (!validate) throw new Error(`No schema at ${pointer}`);
      this.compiled.set(pointer, validate);
    }
    return validate;
  }
}

function problemOf(error: ErrorObject): SchemaProblem {
  const params = error.params as { missingProperty?: string; additionalProperty?: string; unevaluatedProperty?: string };
  const named = params.missingProperty ?? params.additionalProperty ?? params.unevaluatedProperty;
  const pointer = named === undefined ? error.instancePath : `${error.instancePath}/${named.replaceAll("~", "~0").replaceAll("/", "~1")}`;
  return { pointer, message: `${error.instancePath || "/"} ${error.message ?? "is invalid"}` };
}
