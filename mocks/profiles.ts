// What differs between the providers' mock servers: default port, and how an error the mock
// itself produces (validation, auth, routing) is written in the provider's own error format, so
// the generated clients parse mock errors exactly like real ones.
import { randomUUID } from "node:crypto";
import { telnyxResources, vonageResources, type ResourceDef } from "./state/resources.js";

/** One problem found in a request, in a provider-neutral form. */
export interface MockProblem {
  title: string;
  detail: string;
  /** JSON pointer into the request body, e.g. "/displayName". */
  pointer?: string;
  /** Name of the offending query, path or header parameter. */
  parameter?: string;
}

export type MockErrorKind = "validation" | "unauthorized" | "not-found" | "method-not-allowed" | "invalid-json" | "other";

export interface MockProfile {
  id: "telnyx" | "vonage";
  name: string;
  /** The bundled spec written by `npm run generate`, relative to the repository root. */
  specFile: string;
  defaultPort: number;
  portEnv: string;
  /** The resources the stateful mode keeps. */
  resources: ResourceDef[];
  /** A curl line for the startup banner, with working credentials for the mock. */
  sampleCurl(baseUrl: string): string;
  errorBody(kind: MockErrorKind, status: number, problems: MockProblem[], path: string): unknown;
}

// Telnyx error codes used by the real API for these situations.
const telnyxCodes: Record<MockErrorKind, string> = {
  validation: "10015",
  unauthorized: "10009",
  "not-found": "10005",
  "method-not-allowed": "10005",
  "invalid-json": "10015",
  other: "10015",
};

export const telnyxProfile: MockProfile = {
  id: "telnyx",
  name: "Telnyx",
  specFile: "generated/telnyx/openapi.json",
  defaultPort: 4010, // keep in step with codegen/providers.ts (mockPort), which the docs quote
  portEnv: "TELNYX_MOCK_PORT",
  resources: telnyxResources,
  sampleCurl: (baseUrl) => `curl -H "Authorization: Bearer test-key" ${baseUrl}/10dlc/brand`,
  errorBody: (kind, _status, problems) => ({
    errors: problems.map((problem) => ({
      code: telnyxCodes[kind],
      title: problem.title,
      detail: problem.detail,
      ...(problem.pointer || problem.parameter
        ? { source: { ...(problem.pointer ? { pointer: problem.pointer } : {}), ...(problem.parameter ? { parameter: problem.parameter } : {}) } }
        : {}),
    })),
  }),
};

/** Vonage's 10DLC error slugs for invalid input, by the resource the path addresses. */
function vonageSlug(kind: MockErrorKind, path: string): string {
  if (kind === "invalid-json") return "invalid-json";
  if (kind === "unauthorized") return "unauthorized";
  if (kind === "not-found" || kind === "method-not-allowed") return "not-found";
  if (/\/numbers/.test(path)) return "invalid-number-data";
  if (/\/usecases\//.test(path)) return "invalid-usecase-data";
  if (/\/vetting/.test(path)) return "invalid-vetting-data";
  if (/\/campaigns/.test(path)) return "invalid-campaign-data";
  return "brand-parameters";
}

export const vonageProfile: MockProfile = {
  id: "vonage",
  name: "Vonage",
  specFile: "generated/vonage/openapi.json",
  defaultPort: 4011, // keep in step with codegen/providers.ts (mockPort)
  portEnv: "VONAGE_MOCK_PORT",
  resources: vonageResources,
  sampleCurl: (baseUrl) => `curl -u test-key:test-secret ${baseUrl}/brands`,
  errorBody: (kind, _status, problems, path) => ({
    type: `https://developer.vonage.com/api-errors/10dlc#${vonageSlug(kind, path)}`,
    title: problems[0]?.title ?? "Request failed",
    // Vonage's body has one detail string: list every problem in it, with where it was found.
    detail: problems
      .map((p) => (p.pointer || p.parameter ? `${p.pointer ?? p.parameter}: ${p.detail}` : p.detail))
      .join("; "),
    instance: randomUUID(),
  }),
};

export const profiles: Record<MockProfile["id"], MockProfile> = { telnyx: telnyxProfile, vonage: vonageProfile };
