// The control API under /__mock/ on each mock port: what a frontend developer or a test needs to
// steer the mock without restarting it.
//   GET  /__mock/                 this index
//   GET  /__mock/health           liveness and memory use of the mock process
//   GET  /__mock/requests         recorded requests (newest last) with their validation problems
//   POST /__mock/reset            forget recorded requests and queued faults
//   GET  /__mock/faults           queued faults
//   POST /__mock/faults           queue a fault: {"fault": 429|500|503|"reset", "times": 1, "path": "/10dlc/brand"}
// Stateful mode adds:
//   GET  /__mock/state            how many objects of each resource are kept
//   GET  /__mock/clock            the virtual time; POST {"advance": <seconds>} moves it
//   GET  /__mock/webhooks         the public key deliveries are signed with, the default URL, the delivery log
//   POST /__mock/webhooks         {"url": "..."} where resources without their own webhook URL send
//   POST /__mock/fixtures         {"brand": [{...}], ...} adds objects (the CLI's --fixtures loads a file at start)
import type { IncomingMessage, ServerResponse } from "node:http";
import { parseFault, type FaultInjector } from "./faults.js";
import type { VirtualClock } from "./state/clock.js";
import type { StateEngine } from "./state/engine.js";
import type { WebhookSender } from "./state/webhooks.js";

export interface RecordedRequest {
  at: string;
  method: string;
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

export const CONTROL_PREFIX = "/__mock";

/** Answers a control request; the caller has already checked the path starts with /__mock. */
export async function handleControl(
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
  body: string,
  state: {
    log: RequestLog;
    faults: FaultInjector;
    provider: string;
    state?: { engine: StateEngine; clock: VirtualClock; webhooks: WebhookSender };
  },
): Promise<void> {
  const send = (status: number, value: unknown) => {
    res.statusCode = status;
    res.setHeader("content-type", "application/json");
    res.end(JSON.stringify(value, null, 2));
  };
  const route = `${req.method} ${path.slice(CONTROL_PREFIX.length) || "/"}`;
  const json = (): Record<string, unknown> | undefined => {
    try {
      const value: unknown = JSON.parse(body || "{}");
      return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
    } catch {
      return undefined;
    }
  };
  const stateful = state.state;
  if (stateful) {
    switch (route) {
      case "GET /state":
        return send(200, { resources: stateful.engine.resources() });
      case "GET /clock":
        return send(200, { now: new Date(stateful.clock.now()).toISOString() });
      case "POST /clock": {
        const seconds = Number(json()?.advance);
        if (!Number.isFinite(seconds) || seconds < 0) return send(400, { error: 'Send {"advance": <seconds>} with a non-negative number.' });
        stateful.clock.advance(seconds * 1000);
        stateful.engine.tick();
        return send(200, { now: new Date(stateful.clock.now()).toISOString() });
      }
      case "GET /webhooks":
        return send(200, { publicKey: stateful.webhooks.publicKey, defaultUrl: stateful.engine.defaultWebhookUrl ?? null, deliveries: stateful.webhooks.deliveries() });
      case "POST /webhooks": {
        const url = json()?.url;
        if (typeof url !== "string" || !/^https?:\/\//.test(url)) return send(400, { error: 'Send {"url": "http(s)://..."}.' });
        stateful.engine.defaultWebhookUrl = url;
        return send(200, { defaultUrl: url });
      }
      case "POST /fixtures": {
        const fixtures = json();
        if (!fixtures) return send(400, { error: "The body must be a JSON object of resource name to array of objects." });
        try {
          return send(201, { loaded: stateful.engine.load(fixtures), resources: stateful.engine.resources() });
        } catch (error) {
          return send(400, { error: (error as Error).message });
        }
      }
    }
  }
  switch (route) {
    case "GET /":
      return send(200, {
        provider: state.provider,
        endpoints: {
          "GET /__mock/health": "liveness and memory use",
          "GET /__mock/requests": "recorded requests with their validation problems",
          "POST /__mock/reset": "forget recorded requests and queued faults",
          "GET /__mock/faults": "queued faults",
          "POST /__mock/faults": 'queue a fault: {"fault": 429 | 500 | 503 | "reset", "times": 1, "path": "/prefix"}',
          ...(stateful
            ? {
                "GET /__mock/state": "objects kept per resource",
                "GET /__mock/clock": "the virtual time",
                "POST /__mock/clock": '{"advance": <seconds>} moves the virtual clock (statuses move, webhooks go out)',
                "GET /__mock/webhooks": "signing public key, default URL, delivery log",
                "POST /__mock/webhooks": '{"url": "..."} default webhook target',
                "POST /__mock/fixtures": '{"<resource>": [objects]} adds starting data',
              }
            : {}),
        },
        headers: { "x-mock-latency": "<ms> delays this response", "x-mock-fault": "429 | 500 | 503 | reset fails this request" },
      });
    case "GET /health": {
      const memory = process.memoryUsage();
      return send(200, { ok: true, uptimeSeconds: Math.round(process.uptime()), rssBytes: memory.rss, heapUsedBytes: memory.heapUsed });
    }
    case "GET /requests":
      return send(200, { requests: state.log.list() });
    case "POST /reset":
      state.log.clear();
      state.faults.clear();
      stateful?.engine.reset();
      return send(200, { reset: true });
    case "GET /faults":
      return send(200, { faults: state.faults.pending() });
    case "POST /faults": {
      let input: { fault?: unknown; times?: unknown; path?: unknown };
      try {
        input = JSON.parse(body || "{}");
      } catch {
        return send(400, { error: "The body must be JSON." });
      }
      const fault = parseFault(input.fault === undefined ? undefined : String(input.fault));
      const times = input.times === undefined ? 1 : Number(input.times);
      if (!fault) return send(400, { error: 'fault must be 429, 500, 503 or "reset".' });
      if (!Number.isInteger(times) || times < 1) return send(400, { error: "times must be a positive integer." });
      if (input.path !== undefined && typeof input.path !== "string") return send(400, { error: "path must be a string." });
      state.faults.enqueue({ fault, times, ...(typeof input.path === "string" ? { path: input.path } : {}) });
      return send(201, { faults: state.faults.pending() });
    }
    default:
      return send(404, { error: `No control endpoint ${route}; GET /__mock/ lists them.` });
  }
}
