// What the node:http front adds to the core's context (mocks/core/context.ts): the node request
// and response, and the limits and guards only a server listening on a port needs.
import type { IncomingMessage, ServerResponse } from "node:http";
import type { CoreDeps, RequestContext } from "../core/context.js";
import type { ControlOrigins } from "../http/cors.js";
import type { HostPolicy } from "../http/host.js";

export type { MockState, Outcome, Step } from "../core/context.js";

export interface Limits {
  maxBodyBytes: number;
  /** The whole request (headers and body) must arrive within this. */
  requestTimeoutMs: number;
  /** After a 413, at most this much more of the body is read and dropped before closing. */
  drainMaxBytes: number;
}

export interface PipelineDeps extends CoreDeps {
  limits: Limits;
  hosts: HostPolicy;
  controlOrigins: ControlOrigins;
}

export interface NodeContext extends RequestContext {
  deps: PipelineDeps;
  req: IncomingMessage;
  res: ServerResponse;
  /** The answer went out on `res` already (the 413 written while the body drains). */
  written?: boolean;
  /** Close the connection once the answer is out (the client stopped sending mid-body). */
  closeAfter?: boolean;
}
