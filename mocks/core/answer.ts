// Writing the reply of a request into its context; the front (node:http, Fetch) sends it.
import type { Outcome, Reply, RequestContext } from "./context.js";

/** Sets a header of the reply; names are kept lower case so a later set replaces an earlier one. */
export function setHeader(reply: Reply, name: string, value: string): void {
  reply.headers[name.toLowerCase()] = value;
}

export function setHeaders(reply: Reply, headers: Record<string, string> | undefined): void {
  if (headers) for (const name in headers) reply.headers[name.toLowerCase()] = headers[name]!;
}

export function answer(context: RequestContext, status: number, body: string | Uint8Array | undefined, headers?: Record<string, string>): Outcome {
  const { reply } = context;
  setHeaders(reply, headers);
  reply.status = status;
  reply.body = body;
  return "done";
}

export function answerJson(context: RequestContext, status: number, value: unknown, headers?: Record<string, string>): Outcome {
  context.reply.headers["content-type"] = "application/json";
  return answer(context, status, JSON.stringify(value), headers);
}

/** A body Prism or the engine produced, as bytes or text for its content type. */
export function serialize(body: unknown, contentType: string | undefined): string | Uint8Array {
  if (body === undefined || body === null) return "";
  if (typeof body === "string" || body instanceof Uint8Array) return body;
  return /json/i.test(contentType ?? "application/json") ? JSON.stringify(body) : String(body);
}
