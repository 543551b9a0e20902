// The control API under /__mock/ on each mock port: what a frontend developer or a test needs to
// steer the mock without restarting it. Every body value is checked before anything changes:
// a bad value is a 400 naming the field and the rule, never a half-applied change or a crash.
//   GET  /__mock/                 this index
//   GET  /__mock/health           liveness (and, in the node mock, memory use of the process)
//   GET  /__mock/requests         recorded requests (newest last) with their validation problems
//   POST /__mock/reset            forget recorded requests and queued faults (and state)
//   GET  /__mock/faults           queued faults
//   POST /__mock/faults           queue a fault: {"fault": 429|500|503|"reset", "times": 1, "path": "/10dlc/brand"}
// Stateful mode adds:
//   GET  /__mock/state            how many objects of each resource are kept
//   GET  /__mock/clock            the virtual time; POST {"advance": <seconds>} moves it
//   GET  /__mock/webhooks         the public key deliveries are signed with, the default URL, the delivery log
//   POST /__mock/webhooks         {"url": "..."} where resources without their own webhook URL send
//   POST /__mock/fixtures         {"brand": [{...}], ...} adds objects (the CLI's --fixtures loads a file at start)
import { parseFault, type Fault } from "./faults.js";
import { CONTROL_PREFIX } from "./http/paths.js";
import * as P from "./http/problems.js";
import { answerJson } from "./core/answer.js";
import type { Outcome, RequestContext } from "./core/context.js";
import { fail } from "./core/fail.js";
import { bodyText } from "./core/text.js";
import { checkWebhookTarget } from "./state/webhooks.js";

export { CONTROL_PREFIX };

export interface RecordedRequest {
  at: string;
  method: string;
  /** Path and query, credentials in the query redacted. */
  path: string;
  status: number;
  /** Validation problems Prism found in the request (empty for valid requests). */
  violations: string[];
  fault?: string;
}

const MAX_RECORDED = 500;

export class RequestLog {
  private entries: RecordedRequest[] = [];

  add(entry: RecordedRequest): void {
    this.entries.push(entry);
    if (this.entries.length > MAX_RECORDED) this.entries.splice(0, this.entries.length - MAX_RECORDED);
  }

  list(): RecordedRequest[] {
    return [...this.entries];
  }

  clear(): void {
    this.entries = [];
  }
}

/** Bounds of control values; README's control API table quotes them. */
export const CONTROL_LIMITS = {
  /** Ten years, in seconds: far beyond any lifecycle, far below what dates can hold. */
  maxAdvanceSeconds: 10 * 365 * 24 * 3600,
  maxFaultTimes: 10_000,
  maxPathLength: 2048,
  maxUrlLength: 2048,
} as const;

type Checked<T> = { ok: true; value: T } | { ok: false; error: string };
type Json = Record<string, unknown>;

/** The body as a JSON object; an empty body is `{}`. */
export function controlBody(text: string): Checked<Json> {
  if (text.trim() === "") return { ok: true, value: {} };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: `The body is not valid JSON: ${(error as Error).message}` };
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) return { ok: false, error: "The body must be a JSON object." };
  return { ok: true, value: value as Json };
}

function unknownField(body: Json, endpoint: string, allowed: readonly string[]): string | undefined {
  const extra = Object.keys(body).find((key) => !allowed.includes(key));
  if (extra === undefined) return undefined;
  return allowed.length === 0
    ? `${endpoint} takes no fields, got "${extra}".`
    : `Unknown field "${extra}"; ${endpoint} takes ${allowed.map((k) => `"${k}"`).join(", ")}.`;
}

export interface FaultRequest {
  fault: Fault;
  times: number;
  path?: string;
}

export function checkFaultRequest(body: Json): Checked<FaultRequest> {
  const extra = unknownField(body, "POST /__mock/faults", ["fault", "times", "path"]);
  if (extra) return { ok: false, error: extra };
  const raw = body.fault;
  const fault = typeof raw === "number" || typeof raw === "string" ? parseFault(String(raw)) : undefined;
  if (fault === undefined) return { ok: false, error: `fault must be 429, 500, 503 or "reset", not ${describe(raw)}.` };
  const times = body.times ?? 1;
  if (typeof times !== "number" || !Number.isInteger(times) || times < 1 || times > CONTROL_LIMITS.maxFaultTimes) {
    return { ok: false, error: `times must be a whole number from 1 to ${CONTROL_LIMITS.maxFaultTimes}, not ${describe(times)}.` };
  }
  const path = body.path;
  if (path !== undefined && (typeof path !== "string" || !path.startsWith("/") || path.length > CONTROL_LIMITS.maxPathLength)) {
    return { ok: false, error: `path must be a string starting with "/" (at most ${CONTROL_LIMITS.maxPathLength} characters), not ${describe(path)}.` };
  }
  return { ok: true, value: { fault, times, ...(path !== undefined ? { path } : {}) } };
}

/** Seconds to advance the virtual clock: finite, at least 0, at most ten years. */
export function checkAdvance(body: Json): Checked<number> {
  const extra = unknownField(body, "POST /__mock/clock", ["advance"]);
  if (extra) return { ok: false, error: extra };
  const seconds = body.advance;
  if (typeof seconds !== "number" || !Number.isFinite(seconds) || seconds < 0 || seconds > CONTROL_LIMITS.maxAdvanceSeconds) {
    return {
      ok: false,
      error: `advance must be a finite number of seconds from 0 to ${CONTROL_LIMITS.maxAdvanceSeconds} (ten years), not ${describe(seconds)}.`,
    };
  }
  return { ok: true, value: seconds };
}

/** The default webhook target: an http(s) URL the sender may reach, or null to clear it. */
export function checkWebhookUrl(body: Json, allowHosts: readonly string[]): Checked<string | undefined> {
  const extra = unknownField(body, "POST /__mock/webhooks", ["url"]);
  if (extra) return { ok: false, error: extra };
  const url = body.url;
  if (url === null) return { ok: true, value: undefined };
  if (typeof url !== "string" || url.length > CONTROL_LIMITS.maxUrlLength) {
    return { ok: false, error: `url must be an http(s) URL string (at most ${CONTROL_LIMITS.maxUrlLength} characters) or null, not ${describe(url)}.` };
  }
  const refused = checkWebhookTarget(url, allowHosts);
  return refused === undefined ? { ok: true, value: url } : { ok: false, error: `url: ${refused}` };
}

/** Fixtures: an object of resource name to an array of objects (the engine checks names and ids). */
export function checkFixtures(body: Json): Checked<Json> {
  for (const [name, objects] of Object.entries(body)) {
    if (!Array.isArray(objects)) return { ok: false, error: `"${name}" must be an array of objects, not ${describe(objects)}.` };
    const index = objects.findIndex((o) => typeof o !== "object" || o === null || Array.isArray(o));
    if (index >= 0) return { ok: false, error: `${name}[${index}] must be an object, not ${describe(objects[index])}.` };
  }
  return { ok: true, value: body };
}

function describe(value: unknown): string {
  if (value === undefined) return "missing";
  if (typeof value === "number" && !Number.isFinite(value)) return String(value);
  const text = JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

function send(context: RequestContext, status: number, value: unknown): Outcome {
  return answerJson(context, status, value, { "cache-control": "no-store" });
}

function invalid(context: RequestContext, error: string): Outcome {
  return fail(context, P.CONTROL_INVALID_BODY, [P.problem(P.CONTROL_INVALID_BODY, error)]);
}

/** Answers a control request (the pipeline has checked the origin, the token and the media type). */
export async function handleControl(context: RequestContext): Promise<Outcome> {
  const { deps, method, target } = context;
  const route = `${method} ${target.pathname.slice(CONTROL_PREFIX.length) || "/"}`;
  const isPost = method === "POST";
  const parsed = isPost ? controlBody(bodyText(context)) : ({ ok: true, value: {} } as const);
  if (!parsed.ok) return invalid(context, parsed.error);
  const body = parsed.value;
  const stateful = deps.state;

  if (stateful) {
    switch (route) {
      case "GET /state":
        return send(context, 200, { resources: stateful.engine.resources() });
      case "GET /clock":
        return send(context, 200, { now: new Date(stateful.clock.now()).toISOString() });
      case "POST /clock": {
        const seconds = checkAdvance(body);
        if (!seconds.ok) return invalid(context, seconds.error);
        try {
          stateful.clock.advance(seconds.value * 1000);
        } catch (error) {
          // The clock refuses to pass the latest date it can write (year 9999).
          if ((error as Error).name === "ClockError") return invalid(context, (error as Error).message);
          throw error;
        }
        stateful.engine.tick();
        return send(context, 200, { now: new Date(stateful.clock.now()).toISOString() });
      }
      case "GET /webhooks":
        return send(context, 200, { publicKey: await stateful.webhooks.publicKey(), defaultUrl: stateful.engine.defaultWebhookUrl ?? null, deliveries: stateful.webhooks.deliveries() });
      case "POST /webhooks": {
        const url = checkWebhookUrl(body, deps.webhookAllow);
        if (!url.ok) return invalid(context, url.error);
        stateful.engine.defaultWebhookUrl = url.value;
        return send(context, 200, { defaultUrl: url.value ?? null });
      }
      case "POST /fixtures": {
        const fixtures = checkFixtures(body);
        if (!fixtures.ok) return invalid(context, fixtures.error);
        try {
          return send(context, 201, { loaded: stateful.engine.load(fixtures.value), resources: stateful.engine.resources() });
        } catch (error) {
          if ((error as Error).name === "FixtureError") return invalid(context, (error as Error).message);
          throw error;
        }
      }
    }
  }
  switch (route) {
    case "GET /":
      return send(context, 200, {
        provider: deps.profile.id,
        endpoints: {
          "GET /__mock/health": "liveness and memory use",
          "GET /__mock/requests": "recorded requests with their validation problems",
          "POST /__mock/reset": "forget recorded requests and queued faults",
          "GET /__mock/faults": "queued faults",
          "POST /__mock/faults": `queue a fault: {"fault": 429 | 500 | 503 | "reset", "times": 1..${CONTROL_LIMITS.maxFaultTimes}, "path": "/prefix"}`,
          ...(stateful
            ? {
                "GET /__mock/state": "objects kept per resource",
                "GET /__mock/clock": "the virtual time",
                "POST /__mock/clock": `{"advance": 0..${CONTROL_LIMITS.maxAdvanceSeconds}} seconds moves the virtual clock (statuses move, webhooks go out)`,
                "GET /__mock/webhooks": "signing public key, default URL, delivery log",
                "POST /__mock/webhooks": '{"url": "http(s)://..." | null} default webhook target (loopback or --webhook-allow hosts)',
                "POST /__mock/fixtures": '{"<resource>": [objects]} adds starting data',
              }
            : {}),
        },
        headers: { "x-mock-latency": "<ms> delays this response", "x-mock-fault": "429 | 500 | 503 | reset fails this request" },
        rules: "POSTs need Content-Type: application/json; browsers only from loopback origins or --cors-origin ones; the token, when set, as Authorization: Bearer or X-Mock-Token",
      });
    case "GET /health":
      return send(context, 200, { ok: true, ...deps.health?.() });
    case "GET /requests":
      return send(context, 200, { requests: deps.requests.list() });
    case "POST /reset": {
      const extra = unknownField(body, "POST /__mock/reset", []);
      if (extra) return invalid(context, extra);
      deps.requests.clear();
      deps.faults.clear();
      stateful?.engine.reset();
      return send(context, 200, { reset: true });
    }
    case "GET /faults":
      return send(context, 200, { faults: deps.faults.pending() });
    case "POST /faults": {
      const fault = checkFaultRequest(body);
      if (!fault.ok) return invalid(context, fault.error);
      deps.faults.enqueue(fault.value);
      return send(context, 201, { faults: deps.faults.pending() });
    }
    default:
      return fail(context, P.CONTROL_NOT_FOUND, [P.problem(P.CONTROL_NOT_FOUND, `No control endpoint ${route}; GET /__mock/ lists them.`)]);
  }
}
