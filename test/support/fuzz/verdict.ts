// What the mock's answer to a fuzz request must be, and every way it can fall short:
// never a 5xx or a dropped connection; a valid request gets a declared 2xx whose body matches the
// operation's response schema; an invalid one gets a 4xx in the provider's error format that names
// a field the oracle found wrong. Stateful mocks may also refuse a valid-shaped request because of
// what they hold (an unknown id, a missing parent), but only in the provider's format.
import type { Exchange, WireResponse } from "./http.js";
import type { FuzzOperation, FuzzSpec, ProviderId } from "./operations.js";
import type { RequestProblem } from "./oracle.js";
import type { SpecSchemas } from "./schemas.js";

export type Outcome = "accepted" | "rejected" | "state-rejected" | "failed";

export interface Verdict {
  outcome: Outcome;
  status?: number;
  failures: string[];
}

/** The provider error formats, as the issue and mocks/profiles.ts define them. */
const errorFormats: Record<ProviderId, object> = {
  telnyx: {
    type: "object",
    required: ["errors"],
    properties: {
      errors: {
        type: "array",
        minItems: 1,
        items: {
          type: "object",
          required: ["code", "title", "detail"],
          properties: {
            code: { type: "string", pattern: "^\\d+$" },
            title: { type: "string", minLength: 1 },
            detail: { type: "string", minLength: 1 },
            source: { type: "object", properties: { pointer: { type: "string" }, parameter: { type: "string" } } },
          },
        },
      },
    },
  },
  vonage: {
    type: "object",
    required: ["type", "title", "detail", "instance"],
    properties: {
      type: { type: "string", format: "uri" },
      title: { type: "string", minLength: 1 },
      detail: { type: "string", minLength: 1 },
      instance: { type: "string", minLength: 1 },
    },
  },
};

export interface JudgeInput {
  spec: FuzzSpec;
  schemas: SpecSchemas;
  operation: FuzzOperation;
  problems: RequestProblem[];
  exchange: Exchange;
  stateful: boolean;
}

export function judge(input: JudgeInput): Verdict {
  const { exchange } = input;
  if ("error" in exchange) return { outcome: "failed", failures: [exchange.error] };
  const { response } = exchange;
  if (response.status >= 500) return { outcome: "failed", status: response.status, failures: [`answered ${response.status}: ${excerpt(response.text)}`] };
  return input.problems.length === 0 ? judgeValid(input, response) : judgeInvalid(input, response);
}

function judgeValid(input: JudgeInput, response: WireResponse): Verdict {
  const { status } = response;
  if (status >= 200 && status < 300) {
    const failures = responseSchemaFailures(input, response);
    return { outcome: failures.length ? "failed" : "accepted", status, failures };
  }
  const itemPath = input.operation.template.includes("{");
  const stateRefusal = input.stateful && ((status === 404 && itemPath) || status === 409 || status === 422);
  if (stateRefusal) {
    const failures = errorFormatFailures(input, response);
    return { outcome: failures.length ? "failed" : "state-rejected", status, failures };
  }
  return { outcome: "failed", status, failures: [`a valid request was answered ${status}: ${excerpt(response.text)}`] };
}

function judgeInvalid(input: JudgeInput, response: WireResponse): Verdict {
  const { status } = response;
  const wrong = input.problems.map(describeProblem).join("; ");
  if (status < 400 || status >= 500) return { outcome: "failed", status, failures: [`an invalid request (${wrong}) was answered ${status}: ${excerpt(response.text)}`] };
  const failures = errorFormatFailures(input, response);
  if (failures.length === 0 && !namesAField(input, response)) {
    failures.push(`the ${status} answer does not name what was wrong (${wrong}): ${excerpt(response.text)}`);
  }
  return { outcome: failures.length ? "failed" : "rejected", status, failures };
}

/** A 2xx must be declared and, for JSON, match the response schema of that status. */
function responseSchemaFailures(input: JudgeInput, response: WireResponse): string[] {
  const { operation, schemas, spec } = input;
  const status = String(response.status);
  const declared = operation.responses.get(status) ?? operation.responses.get(`${status[0]}XX`) ?? operation.responses.get("default");
  if (!declared) return [`${status} is not a status the spec declares for ${operation.key} (declared: ${[...operation.responses.keys()].join(", ")})`];
  const content = (declared.node.content ?? {}) as Record<string, unknown>;
  const mediaTypes = Object.keys(content);
  if (mediaTypes.length === 0) return response.text.length === 0 ? [] : [`${status} declares no body, but one was sent: ${excerpt(response.text)}`];
  const jsonType = mediaTypes.find((type) => /json/i.test(type));
  if (!jsonType) return [];
  const schema = spec.resolver.child(declared, "content", jsonType, "schema");
  if (!schema) return [];
  let body: unknown;
  try {
    body = JSON.parse(response.text);
  } catch {
    return [`${status} body is not JSON: ${excerpt(response.text)}`];
  }
  const problems = schemas.check(schema.pointer, body);
  return problems.length === 0 ? [] : [`${status} body does not match the response schema: ${problems.slice(0, 5).map((p) => p.message).join("; ")}`];
}

function errorFormatFailures(input: JudgeInput, response: WireResponse): string[] {
  let body: unknown;
  try {
    body = JSON.parse(response.text);
  } catch {
    return [`the ${response.status} answer is not JSON: ${excerpt(response.text)}`];
  }
  const problems = input.schemas.checkSchema(errorFormats[input.spec.provider], body);
  return problems.length === 0 ? [] : [`the ${response.status} answer is not in ${input.spec.provider}'s error format (${problems.map((p) => p.message).join("; ")}): ${excerpt(response.text)}`];
}

/** The error body points at, or mentions, at least one field the oracle found wrong. */
function namesAField(input: JudgeInput, response: WireResponse): boolean {
  const body = JSON.parse(response.text) as { errors?: Array<{ detail?: string; title?: string; source?: { pointer?: string; parameter?: string } }>; detail?: string };
  const errors = input.spec.provider === "telnyx" ? (body.errors ?? []) : [{ detail: body.detail ?? "" }];
  return input.problems.some((problem) =>
    errors.some((error) => {
      const text = `${error.title ?? ""} ${error.detail ?? ""}`.toLowerCase();
      if (problem.where === "body") {
        // A problem with the body as a whole (not JSON, wrong top-level type) has no field to name.
        if (!problem.pointer) return true;
        const pointer = error.source?.pointer;
        if (pointer !== undefined && related(pointer, problem.pointer)) return true;
        return text.includes(problem.pointer.toLowerCase()) || text.includes(problem.name.toLowerCase());
      }
      if (error.source?.parameter?.toLowerCase() === problem.name.toLowerCase()) return true;
      return text.includes(problem.name.toLowerCase());
    }),
  );
}

/** Same field, or one inside the other (a oneOf is reported on its parent, a type on its child). */
function related(a: string, b: string): boolean {
  if (a === b) return true;
  const [outer, inner] = a.length < b.length ? [a, b] : [b, a];
  return outer !== "" && outer !== "/" && inner.startsWith(`${outer}/`);
}

export function describeProblem(problem: RequestProblem): string {
  return problem.where === "body" ? `body ${problem.pointer || "/"}: ${problem.message}` : `${problem.where} ${problem.name}: ${problem.message}`;
}

export function excerpt(text: string, limit = 400): string {
  return text.length <= limit ? text : `${text.slice(0, limit)}… (${text.length} chars)`;
}
