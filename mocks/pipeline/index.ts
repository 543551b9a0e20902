// The node:http front of the mock: its own steps (Host, CORS, preflight, the body read with
// limits) around the transport-neutral core's (mocks/core/), in this order:
//   guardHost → cors → preflight → guardControl → readBody → control → route → fault
//   → parameters → parse → prism → state → reply
// then the reply written to the node response. server.ts wires options into the deps and this
// handler into a node:http server.
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Reply, Step } from "../core/context.js";
import { AFTER_BODY, BEFORE_BODY, beginRequest, finished, runSafely } from "../core/index.js";
import { setOwn } from "../http/paths.js";
import type { NodeContext, PipelineDeps } from "./context.js";
import * as steps from "./steps.js";

export { redactedSearch } from "../core/index.js";

export const STEPS: ReadonlyArray<readonly [name: string, step: Step<NodeContext>]> = [
  ["guardHost", steps.guardHost],
  ["cors", steps.cors],
  ["preflight", steps.preflight],
  ...BEFORE_BODY,
  ["readBody", steps.readRequestBody],
  ...AFTER_BODY,
];

/** A fresh context for one request; logs and records it when the answer has gone out. */
export function beginNodeRequest(req: IncomingMessage, res: ServerResponse, deps: PipelineDeps): NodeContext {
  const core = beginRequest({ method: req.method ?? "GET", url: req.url ?? "/", headers: headersOf(req.headers) }, deps);
  const context = core as NodeContext;
  context.deps = deps;
  context.req = req;
  context.res = res;
  if (deps.log || !context.control) {
    const started = performance.now();
    res.once("finish", () => finished(context, started, res.statusCode));
  }
  return context;
}

/** Node's headers as single strings (a repeated header joined, as HTTP allows). */
function headersOf(raw: NodeJS.Dict<string | string[]>): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const name in raw) {
    const value = raw[name];
    if (value !== undefined) setOwn(headers, name, Array.isArray(value) ? value.join(", ") : value);
  }
  return headers;
}

export function createPipeline(deps: PipelineDeps): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
  return async function handle(req, res) {
    const context = beginNodeRequest(req, res, deps);
    await runSafely(context, STEPS);
    if (context.written) return;
    if (res.headersSent) {
      res.destroy();
      return;
    }
    writeReply(context, context.reply);
  };
}

function writeReply(context: NodeContext, reply: Reply): void {
  const { req, res } = context;
  if (reply.drop) {
    req.socket.destroy();
    return;
  }
  res.writeHead(reply.status, reply.headers);
  res.end(reply.body);
  if (context.closeAfter) res.once("finish", () => req.socket.destroySoon());
}
