// The Telnyx mock: port, spec, error format, per-response headers and kept resources.
import { randomUUID } from "../../state/ids.js";
import type { MockProfile } from "../types.js";
import { telnyxErrorBody } from "./errors.js";
import { telnyxResources } from "./resources.js";

export const telnyxProfile: MockProfile = {
  id: "telnyx",
  name: "Telnyx",
  specFile: "generated/telnyx/openapi.json",
  defaultPort: 4010, // keep in step with codegen/providers.ts (mockPort), which the docs quote
  portEnv: "TELNYX_MOCK_PORT",
  resources: telnyxResources,
  sampleCurl: (baseUrl) => `curl -H "Authorization: Bearer test-key" ${baseUrl}/10dlc/brand`,
  errorBody: telnyxErrorBody,
  // Telnyx answers every request with an `x-request-id` (quote it to Telnyx support); a fresh one each time.
  responseHeaders: () => ({ "x-request-id": randomUUID() }),
};
