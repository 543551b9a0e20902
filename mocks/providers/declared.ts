// The mock profile of a provider known only from its declaration (specs/<id>/toolkit.yaml) or
// from a spec given with --spec: stateless, with the error format the declaration names (one
// of the built-in providers' formats, or RFC 7807 problem details). Our own providers have code
// of their own in telnyx/ and vonage/; this is what any other API gets.
import { PROBLEM_JSON, problemJsonErrorBody } from "./problem-json.js";
import { telnyxErrorBody } from "./telnyx/errors.js";
import type { MockProfile } from "./types.js";
import { vonageErrorBody } from "./vonage/errors.js";

export interface DeclaredMock {
  id: string;
  name: string;
  /** The bundled spec to serve: relative to the root, or absolute. */
  specFile: string;
  port: number;
  portEnv: string;
  errorFormat: "telnyx" | "vonage" | "problem+json";
}

export function declaredProfile(declared: DeclaredMock): MockProfile {
  const errors = {
    telnyx: { errorBody: telnyxErrorBody },
    vonage: { errorBody: vonageErrorBody },
    "problem+json": { errorBody: problemJsonErrorBody, errorContentType: PROBLEM_JSON },
  }[declared.errorFormat];
  return {
    id: declared.id,
    name: declared.name,
    specFile: declared.specFile,
    defaultPort: declared.port,
    portEnv: declared.portEnv,
    resources: [],
    sampleCurl: (baseUrl) => `curl -i ${baseUrl}/__mock/`,
    ...errors,
    responseHeaders: () => ({}),
  };
}
