// The control API under /__mock/ on each mock port: what a frontend developer or a test needs to
// steer the mock without restarting it.
//   GET  /__mock/                 this index
//   GET  /__mock/requests         recorded requests (newest last) with their validation problems
//   POST /__mock/reset            forget recorded requests and queued faults
//   GET  /__mock/faults           queued faults
//   POST /__mock/faults           queue a fault: {"fault": 429|500|503|"reset", "times": 1, "path": "/10dlc/brand"}
import type { IncomingMessage, ServerResponse } from "node:http";
import { parseFault, type FaultInjector } from "./faults.js";

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
  state: { log: RequestLog; faults: FaultInjector; provider: string },
): Promise<void> {
  const send = (status: number, value: unknown) => {
    res.statusCode = status;
    res.setHeader("content-type", "application/json");
    res.end(JSON.stringify(value, null, 2));
  };
  const route = `${req.method} ${path.slice(CONTROL_PREFIX.length) || "/"}`;
  switch (route) {
    case "GET /":
      return send(200, {
        provider: state.provider,
        endpoints: {
          "GET /__mock/requests": "recorded requests with their validation problems",
          "POST /__mock/reset": "forget recorded requests and queued faults",
          "GET /__mock/faults": "queued faults",
          "POST /__mock/faults": 'queue a fault: {"fault": 429 | 500 | 503 | "reset", "times": 1, "path": "/prefix"}',
        },
        headers: { "x-mock-latency": "<ms> delays this response", "x-mock-fault": "429 | 500 | 503 | reset fails this request" },
      });
    case "GET /requests":
      return send(200, { requests: state.log.list() });
    case "POST /reset":
      state.log.clear();
      state.faults.clear();
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
