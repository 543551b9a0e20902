// What a provider folder gives the mocks: its profile (port, spec, how errors are written, the
// headers it sends on every response) and the resources its stateful mode keeps. The resource
// shape itself lives with the engine (mocks/state/resource-def.ts), which must not import this.
import type { ResourceDef } from "../state/resource-def.js";

export type { ResourceDef } from "../state/resource-def.js";

/** One problem found in a request, in a provider-neutral form. */
export interface MockProblem {
  title: string;
  detail: string;
  /** JSON pointer into the request body, e.g. "/displayName". */
  pointer?: string;
  /** Name of the offending query, path or header parameter. */
  parameter?: string;
  /** The provider's own code (Telnyx) or slug (Vonage) for this problem, when it has one. */
  code?: string;
}

export type MockErrorKind = "validation" | "unauthorized" | "not-found" | "method-not-allowed" | "invalid-json" | "other";

export interface MockProfile {
  /** The provider's id: its folder under specs/ ("telnyx"), or a --spec file's name. */
  id: string;
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
  /** Content type of those error bodies; default application/json. */
  errorContentType?: string;
  /** Give every JSON response without an example one made from its schema (node mock; prism/synthesize.ts). */
  synthesizeExamples?: boolean;
  /** Headers the provider sends on every response (fresh values per call, e.g. a request id). */
  responseHeaders(): Record<string, string>;
}
