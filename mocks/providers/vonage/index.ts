// The Vonage 10DLC mock: port, spec, error format and kept resources.
import type { MockProfile } from "../types.js";
import { vonageErrorBody } from "./errors.js";
import { vonageResources } from "./resources.js";

export const vonageProfile: MockProfile = {
  id: "vonage",
  name: "Vonage",
  specFile: "generated/vonage/openapi.json",
  defaultPort: 4011, // keep in step with codegen/providers.ts (mockPort)
  portEnv: "VONAGE_MOCK_PORT",
  resources: vonageResources,
  sampleCurl: (baseUrl) => `curl -u test-key:test-secret ${baseUrl}/brands`,
  errorBody: vonageErrorBody,
  // No header on every response is documented in Vonage's 10DLC reference; the body's `instance` is its trace id.
  responseHeaders: () => ({}),
};
