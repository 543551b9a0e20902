// The node:http front's own steps: what only a server on a port needs (Host checks against DNS
// rebinding, CORS for pages on other origins, preflights, reading the body within size and time
// limits). Everything else is the core's (mocks/core/steps.ts).
import { answerThenDrain, readBody } from "../http/body.js";
import { answerPreflight, isPreflight, apiCorsHeaders, controlCorsHeaders } from "../http/cors.js";
import { isHostAllowed } from "../http/host.js";
import * as P from "../http/problems.js";
import { answer, setHeader, setHeaders } from "../core/answer.js";
import { errorBodyOf, fail } from "../core/fail.js";
import type { NodeContext, Outcome } from "./context.js";

/** A Host that is not loopback (DNS rebinding) is refused unless the mock is exposed or the host allowed. */
export function guardHost(context: NodeContext): Outcome {
  const host = context.headers.host;
  if (isHostAllowed(host, context.deps.hosts)) return "next";
  return fail(context, P.HOST_NOT_ALLOWED, [
    P.problem(
      P.HOST_NOT_ALLOWED,
      `The Host "${String(host).slice(0, 100)}" is not a loopback name; the mock answers localhost, 127.0.0.1 and [::1] only. Start it with --allow-host ${hostName(host)} or --host 0.0.0.0 to serve this name.`,
    ),
  ]);
}

function hostName(host: string | undefined): string {
  return (host ?? "").slice(0, 100).replace(/:\d+$/, "") || "<name>";
}

/** CORS: open on API routes; on the control API only for allowed origins, others are refused. */
export function cors(context: NodeContext): Outcome {
  const { headers, reply } = context;
  if (!context.control) {
    setHeaders(reply, apiCorsHeaders(headers));
    return "next";
  }
  const origin = headers.origin;
  if (origin !== undefined && !context.deps.controlOrigins.allows(origin)) {
    return fail(context, P.CONTROL_FORBIDDEN, [
      P.problem(P.CONTROL_FORBIDDEN, `The control API is not open to pages from ${origin}; only loopback origins and those given with --cors-origin may use it.`),
    ]);
  }
  setHeaders(reply, controlCorsHeaders(headers));
  return "next";
}

export function preflight(context: NodeContext): Outcome {
  if (!isPreflight(context.method, context.headers)) return "next";
  setHeaders(context.reply, answerPreflight());
  return answer(context, 204, undefined);
}

/** The body, within the size and time limits; 413 and 408 otherwise. */
export async function readRequestBody(context: NodeContext): Promise<Outcome> {
  const { req, res, deps } = context;
  const { maxBodyBytes, requestTimeoutMs, drainMaxBytes } = deps.limits;
  const result = await readBody(req, { maxBytes: maxBodyBytes, timeoutMs: requestTimeoutMs });
  if (result.kind === "ok") {
    context.raw = result.body;
    return "next";
  }
  if (result.kind === "too-large") {
    const problems = [P.problem(P.PAYLOAD_TOO_LARGE, `The request body exceeds ${maxBodyBytes} bytes.`)];
    for (const name in context.reply.headers) res.setHeader(name, context.reply.headers[name]!);
    answerThenDrain(req, res, P.PAYLOAD_TOO_LARGE.status, errorBodyOf(context, P.PAYLOAD_TOO_LARGE, problems), { maxBytes: drainMaxBytes, timeoutMs: requestTimeoutMs });
    context.written = true;
    return "done";
  }
  if (result.kind === "timeout") {
    setHeader(context.reply, "connection", "close");
    // The client stopped sending; nothing more will come on this connection.
    context.closeAfter = true;
    return fail(context, P.REQUEST_TIMEOUT, [P.problem(P.REQUEST_TIMEOUT, `The request body did not arrive within ${requestTimeoutMs} ms.`)]);
  }
  context.written = true; // the client went away: nothing to answer
  return "done";
}
