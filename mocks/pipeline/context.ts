// What the request pipeline works with: the server's shared parts (deps) and one request's
// context, filled in step by step.
import type { IncomingMessage, ServerResponse } from "node:http";
import type { IHttpRequest } from "@stoplight/prism-http";
import type { IHttpOperation } from "@stoplight/types";
import type { RequestLog } from "../control.js";
import type { FaultInjector } from "../faults.js";
import type { ControlOrigins } from "../http/cors.js";
import type { HostPolicy } from "../http/host.js";
import type { RequestTarget } from "../http/paths.js";
import type { MockProfile } from "../providers/index.js";
import type { PrismAdapter, PrismResult } from "../prism/adapter.js";
import type { Preferences } from "../prism/config.js";
import type { ServedSpec } from "../prism/spec.js";
import type { VirtualClock } from "../state/clock.js";
import type { StateEngine } from "../state/engine.js";
import type { WebhookSender } from "../state/webhooks.js";

export interface MockState {
  engine: StateEngine;
  clock: VirtualClock;
  webhooks: WebhookSender;
}

export interface Limits {
  maxBodyBytes: number;
  /** The whole request (headers and body) must arrive within this. */
  requestTimeoutMs: number;
  /** After a 413, at most this much more of the body is read and dropped before closing. */
  drainMaxBytes: number;
}

export interface PipelineDeps {
  profile: MockProfile;
  /** The spec being served now (replaced as a whole on reload). */
  spec(): ServedSpec;
  prism: PrismAdapter;
  faults: FaultInjector;
  requests: RequestLog;
  log?: (line: string) => void;
  limits: Limits;
  hosts: HostPolicy;
  controlOrigins: ControlOrigins;
  /** When set, /__mock/* needs `Authorization: Bearer <token>` or `X-Mock-Token: <token>`. */
  controlToken?: string;
  /** Hosts webhook targets may point at besides loopback (`--webhook-allow`). */
  webhookAllow: readonly string[];
  state?: MockState;
}

export interface RequestContext {
  req: IncomingMessage;
  res: ServerResponse;
  deps: PipelineDeps;
  /** The spec as it was when the request arrived; a reload mid-request does not mix versions. */
  spec: ServedSpec;
  method: string;
  /** The target exactly as sent. */
  target: RequestTarget;
  /** Addressed to the control API (decided on the raw path). */
  control: boolean;
  /** The API path without the base path (set by the route step). */
  path: string;
  raw: Buffer;
  body: unknown;
  /** Query parameters, a repeated name as an array (set by the route step). */
  query: Record<string, string | string[]>;
  /** Request headers as single strings (set by the route step). */
  headers: Record<string, string>;
  operation?: IHttpOperation;
  params: Record<string, string>;
  preferences: Preferences;
  input?: IHttpRequest;
  result?: PrismResult;
  /** What /__mock/requests keeps about this request besides method, path and status. */
  record: { violations: string[]; fault?: string };
}

/** A step either answers the request ("done") or hands it on ("next"). */
export type Outcome = "next" | "done";
export type Step = (context: RequestContext) => Outcome | Promise<Outcome>;
