// The mock profile of a provider known only from its declaration (specs/<id>/toolkit.yaml) or
// from a spec given with --spec: the resources the declaration lists (none: stateless), with the
// error format the declaration names (one
// of the built-in providers' formats, or RFC 7807 problem details). Our own providers have code
// of their own in telnyx/ and vonage/; this is what any other API gets.
import { PROBLEM_JSON, problemJsonErrorBody } from "./problem-json.js";
import { telnyxErrorBody } from "./telnyx/errors.js";
import type { ResourceDeclaration } from "../../codegen/provider-declaration.js";
import { randomUUID } from "../state/ids.js";
import type { MockProfile, ResourceDef } from "./types.js";
import { vonageErrorBody } from "./vonage/errors.js";

/** A resource declared as data: its one definition is the declaration's (codegen/provider-declaration.ts). */
export type DeclaredResource = ResourceDeclaration;

export interface DeclaredMock {
  id: string;
  name: string;
  /** The bundled spec to serve: relative to the root, or absolute. */
  specFile: string;
  port: number;
  portEnv: string;
  errorFormat: "telnyx" | "vonage" | "problem+json";
  /** Kept in stateful mode; none makes the mock stateless. */
  resources?: DeclaredResource[];
}

/** The engine's definition of a declared resource: new ids are UUIDs, every hook the engine's default. */
function resourceDef(declared: DeclaredResource): ResourceDef {
  return {
    ...declared,
    envelope: declared.envelope ?? "flat",
    newId: () => randomUUID(),
    ...(declared.lifecycle ? { lifecycle: declared.lifecycle.map((step) => ({ ...step })) } : {}),
  };
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
    resources: (declared.resources ?? []).map(resourceDef),
    // Public specs often carry no examples; Prism's placeholders would break their patterns.
    synthesizeExamples: true,
    sampleCurl: (baseUrl) => `curl -i ${baseUrl}/__mock/`,
    ...errors,
    responseHeaders: () => ({}),
  };
}
