// What the mock's transport-neutral core works with: the shared parts of one mock (deps) and one
// request's context, filled in step by step, with the answer it builds (a status, headers and a
// body, written out by whichever front received the request: node:http or a Fetch-API handler
// such as MSW's). Nothing here may need a node builtin: the core also runs in browsers.
import type { IHttpRequest } from "@stoplight/prism-http";
import type { IHttpOperation } from "@stoplight/types";
import type { RequestLog } from "../control.js";
import type { FaultInjector } from "../faults.js";
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

export interface CoreDeps {
  profile: MockProfile;
  /** The spec being served now (replaced as a whole on reload). */
  spec(): ServedSpec;
  prism: PrismAdapter;
  faults: FaultInjector;
  requests: RequestLog;
  log?: (line: string) => void;
  /** When set, /__mock/* needs `Authorization: Bearer <token>` or `X-Mock-Token: <token>`. */
  controlToken?: string;
  /** Hosts webhook targets may point at besides loopback (`--webhook-allow`). */
  webhookAllow: readonly string[];
  state?: MockState;
  /** What GET /__mock/health adds to `{"ok": true}` (the node mock: uptime and memory). */
  health?: () => Record<string, unknown>;
}

/** The answer being built. Header names are lower case (one entry per name). */
export interface Reply {
  status: number;
  headers: Record<string, string>;
  body: string | Uint8Array | undefined;
  /** Drop the connection instead of answering (the `reset` fault); a Fetch front answers a network error. */
  drop?: boolean;
}

/** A request as the core takes it, whatever received it. */
export interface CoreRequest {
  method: string;
  /** The target exactly as sent: path and query ("/v2/10dlc/brand?page=1"). */
  url: string;
  /** Single-string values under lower-case names. */
  headers: Record<string, string>;
}

export interface RequestContext {
  deps: CoreDeps;
  /** The spec as it was when the request arrived; a reload mid-request does not mix versions. */
  spec: ServedSpec;
  method: string;
  /** The target exactly as sent (also the cache key's). */
  url: string;
  target: RequestTarget;
  /** Addressed to the control API (decided on the raw path). */
  control: boolean;
  /** The API path without the base path (set by the route step). */
  path: string;
  /** Request headers as single strings under lower-case names. */
  headers: Record<string, string>;
  /** The body's bytes (read by the front, within its limits). */
  raw: Uint8Array;
  /** `raw` decoded as UTF-8, once (see text.ts). */
  rawText?: string;
  body: unknown;
  /** Query parameters, a repeated name as an array (set by the route step). */
  query: Record<string, string | string[]>;
  operation?: IHttpOperation;
  params: Record<string, string>;
  preferences: Preferences;
  input?: IHttpRequest;
  result?: PrismResult;
  /** What /__mock/requests keeps about this request besides method, path and status. */
  record: { violations: string[]; fault?: string };
  reply: Reply;
}

/** A step either answers the request ("done", the reply is complete) or hands it on ("next"). */
export type Outcome = "next" | "done";
export type Step<C extends RequestContext = RequestContext> = (context: C) => Outcome | Promise<Outcome>;
