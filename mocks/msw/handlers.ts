// MSW 2.x request handlers answering from a provider's spec through the mock's core: the same
// validation, examples, state engine, virtual clock, control API, fault headers and error bodies
// as `npm run mock`, without a server. `setupWorker(...telnyxHandlers())` in a browser or
// `setupServer(...telnyxHandlers())` in node tests; each call is a fresh mock with its own state.
import { PROCESS_SHIMMED } from "./browser-globals.js";
import { http, HttpResponse, type HttpHandler } from "msw";
import { answerFetch } from "../core/fetch.js";
import { createMockCore, type MockCore } from "../core/mock.js";
import type { FaultConfig } from "../faults.js";
import type { MockProfile } from "../providers/index.js";
import { fromDocument, type ServedSpec } from "../prism/served.js";
import type { OutgoingWebhook } from "../state/webhooks.js";

export type { OutgoingWebhook } from "../state/webhooks.js";

export interface MockHandlerOptions {
  /**
   * Where the API is, as the client is configured (default: the spec's server URL, e.g.
   * "https://api.telnyx.com/v2"). Requests under it are answered; the control API is under
   * `<baseUrl>/__mock/`.
   */
  baseUrl?: string;
  /** Keep created resources and move their statuses on the virtual clock (default true). */
  stateful?: boolean;
  /** Virtual seconds per real second (default 1; 0 freezes time except for `advance`). */
  clockScale?: number;
  /**
   * Receives each webhook the lifecycles send (signed as the provider signs them) instead of
   * it being sent with fetch. Without it, webhooks are POSTed with fetch to the resource's
   * webhook URL, loopback hosts (and `webhookAllow` ones) only; in a browser another MSW
   * handler of the page can answer them.
   */
  onWebhook?: (webhook: OutgoingWebhook) => void | Promise<void>;
  /** Where webhooks of resources without their own URL go. */
  webhookUrl?: string;
  /** Hosts fetch may send webhooks to besides loopback ones. */
  webhookAllow?: string[];
  /** Objects to start with, by resource name (as `POST /__mock/fixtures`). */
  fixtures?: Record<string, unknown>;
  /** Latency and fault rate applied to every request (seeded, so runs repeat). */
  faults?: FaultConfig;
  /** Larger request bodies get a 413 (default 1 MiB). */
  maxBodyBytes?: number;
  /** One line per request, as the node mock logs. */
  log?: (line: string) => void;
}

/** The control API without HTTP: each call goes through `<baseUrl>/__mock/…`, checked the same way. */
export interface MockControl {
  /** Moves the virtual clock; statuses that fall due move and their webhooks go out. Returns the new time. */
  advance(seconds: number): Promise<string>;
  /** Forgets recorded requests, queued faults and kept objects (back to the spec's examples). */
  reset(): Promise<void>;
  /** Any control endpoint: `call("POST", "/faults", { fault: 503, times: 1 })`. Throws on a 4xx/5xx with the control API's reason. */
  call<T = Record<string, unknown>>(method: string, path: string, body?: unknown): Promise<T>;
  /** Resolves when every webhook in flight has been delivered or given up. */
  settle(): Promise<void>;
}

export type MockHandlers = HttpHandler[] & { control: MockControl };

/** Served specs by document: several handler sets over one spec share Prism's operations. */
const served = new WeakMap<object, Promise<ServedSpec>>();

function servedSpecOf(document: Record<string, unknown>): Promise<ServedSpec> {
  let spec = served.get(document);
  if (!spec) {
    spec = fromDocument(document);
    served.set(document, spec);
  }
  return spec;
}

const TICK_MS = 250;
/** Read so that bundlers keep browser-globals.ts, which must run before Prism's modules load. */
export const BROWSER_PROCESS_SHIMMED = PROCESS_SHIMMED;

export function createMockHandlers(profile: MockProfile, document: Record<string, unknown>, options: MockHandlerOptions = {}): MockHandlers {
  const base = apiBase(options.baseUrl ?? specServerUrl(document));
  const core = lazyCore(profile, document, options);
  const answer = async (request: Request): Promise<Response> => {
    const response = await answerFetch((await core()).deps, request, base.prefix, options.maxBodyBytes ? { maxBodyBytes: options.maxBodyBytes } : {});
    return response.type === "error" ? HttpResponse.error() : response;
  };
  const handler = http.all(({ request }) => base.covers(request.url), ({ request }) => answer(request));
  const handlers = [handler] as MockHandlers;
  handlers.control = controlOf(base.url, answer, core);
  return handlers;
}

/** The core is made on the first request: Prism's operations come from the spec asynchronously. */
function lazyCore(profile: MockProfile, document: Record<string, unknown>, options: MockHandlerOptions): () => Promise<MockCore> {
  let made: Promise<MockCore> | undefined;
  return () => {
    made ??= servedSpecOf(document).then((spec) => {
      const core = createMockCore({
        profile,
        spec,
        stateful: options.stateful ?? true,
        ...(options.clockScale !== undefined ? { clockScale: options.clockScale } : {}),
        ...(options.onWebhook ? { onWebhook: options.onWebhook } : {}),
        ...(options.webhookUrl ? { webhookUrl: options.webhookUrl } : {}),
        ...(options.webhookAllow ? { webhookAllow: options.webhookAllow } : {}),
        ...(options.fixtures ? { fixtures: options.fixtures } : {}),
        ...(options.faults ? { faults: options.faults } : {}),
        ...(options.log ? { log: options.log } : {}),
      });
      startTicker(core);
      return core;
    });
    return made;
  };
}

/** Webhooks go out on time even when no request comes; the timer never keeps a node process alive. */
function startTicker(core: MockCore): void {
  if (!core.state) return;
  const timer = setInterval(core.tick, TICK_MS) as unknown as { unref?: () => void };
  timer.unref?.();
}

function controlOf(baseUrl: string, answer: (request: Request) => Promise<Response>, core: () => Promise<MockCore>): MockControl {
  const call = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const init: RequestInit = { method, ...(body !== undefined ? { body: JSON.stringify(body), headers: { "content-type": "application/json" } } : {}) };
    const response = await answer(new Request(`${baseUrl}/__mock${path}`, init));
    const value = (await response.json()) as T & { error?: string };
    if (!response.ok) throw new Error(`${method} /__mock${path}: ${value.error ?? response.status}`);
    return value;
  };
  return {
    call,
    advance: async (seconds) => (await call<{ now: string }>("POST", "/clock", { advance: seconds })).now,
    reset: async () => void (await call("POST", "/reset", {})),
    settle: async () => (await core()).state?.webhooks.settle(),
  };
}

function specServerUrl(document: Record<string, unknown>): string {
  const servers = document.servers as Array<{ url?: string }> | undefined;
  return servers?.[0]?.url ?? "http://localhost";
}

interface ApiBase {
  /** The base URL without a trailing slash. */
  url: string;
  /** Its path ("/v2", or "" at the origin's root): not part of the API's paths. */
  prefix: string;
  covers(url: string): boolean;
}

function apiBase(baseUrl: string): ApiBase {
  const parsed = new URL(baseUrl, globalThis.location?.href);
  const prefix = parsed.pathname.replace(/\/+$/, "");
  const url = `${parsed.origin}${prefix}`;
  return {
    url,
    prefix,
    // The base itself, or anything under it; "https://api.telnyx.com/v2x" is not under ".../v2".
    covers: (candidate) => candidate.startsWith(url) && (candidate.length === url.length || "/?#".includes(candidate[url.length]!)),
  };
}

