// The validating proxy: a node:http server that forwards every request to the real API, answers
// the client exactly as the API did (plus one diagnostic header, `x-toolkit-violations`), and
// checks both sides of the exchange against the curated spec, collecting what differs in a
// report. Credentials pass through to the target and nowhere else: the log line carries the
// redacted URL only, the report carries paths, pointers and messages scrubbed of the request's secrets,
// and recordings drop credential fields.
import http, { type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { REDACTED, SECRET_PARAM, isSecretHeader, redactUrl } from "../../codegen/runtime/redact.js";
import { readBody } from "../http/body.js";
import { hasDotSegments, splitTarget } from "../http/paths.js";
import { sendJson } from "../http/send.js";
import type { ServedSpec } from "../prism/spec.js";
import type { MockErrorKind, MockProfile } from "../providers/index.js";
import { checkRequest, checkResponse, routeRequest, undeclaredFinding, type ClientRequest, type Routed } from "./exchange.js";
import { answeredHeaders, forward } from "./forward.js";
import { Recorder } from "./record.js";
import { loadCheckedSpec } from "./spec.js";
import { ViolationReport } from "./report.js";
import type { Finding } from "./validate.js";
import type { LoosePagination } from "../../codegen/runtime/x-pagination.js";

export const REPORT_PATH = "/__proxy/report";
export const STOP_PATH = "/__proxy/stop";
export const VIOLATIONS_HEADER = "x-toolkit-violations";

export interface ProxyOptions {
  profile: MockProfile;
  /** The real API's base URL, e.g. https://api.telnyx.com/v2 (http or https). */
  target: string;
  /** Repository root the profile's spec file is relative to. */
  root: string;
  /** A bundled spec other than the profile's (tests use a closed-schema variant). */
  specFile?: string;
  port?: number;
  host?: string;
  /** Directory for recordings; none when undefined. */
  record?: string;
  keepPii?: boolean;
  /** Bound on request and answer bodies (default 10 MB). */
  maxBodyBytes?: number;
  /** How long the target may take to answer (default 30 s). */
  upstreamTimeoutMs?: number;
  log?: (line: string) => void;
  /**
   * Called on `POST /__proxy/stop` from a loopback address: CI stops the proxy over HTTP, because
   * a signal sent to `npm run`'s process id does not always reach the proxy behind it.
   */
  onStop?: () => void;
}

export interface RunningProxy {
  url: string;
  report: ViolationReport;
  recordingFile: string | undefined;
  close(): Promise<void>;
}

const MB = 1024 * 1024;

export async function startProxy(options: ProxyOptions): Promise<RunningProxy> {
  const target = new URL(options.target);
  if (target.protocol !== "http:" && target.protocol !== "https:") throw new Error(`--target must be an http or https URL, not ${target.protocol}`);
  const spec = await loadCheckedSpec(path.resolve(options.root, options.specFile ?? options.profile.specFile));
  const context: ProxyContext = {
    options,
    spec,
    target,
    report: new ViolationReport(options.profile.id, options.profile.name),
    recorder: options.record === undefined ? undefined : new Recorder(options.record, options.profile, options.keepPii === true),
    maxBytes: options.maxBodyBytes ?? 10 * MB,
    timeoutMs: options.upstreamTimeoutMs ?? 30_000,
  };
  const server = http.createServer((req, res) => {
    handle(context, req, res).catch((error: unknown) => {
      // A defect must not take the proxy down or leak a stack; the client gets the provider's 502.
      options.log?.(`proxy: unexpected error: ${(error as Error)?.message ?? String(error)}`);
      if (!res.headersSent) answerError(context, res, 502, "other", "Proxy error", "The validating proxy failed on this request.", "/");
      else res.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, options.host ?? "127.0.0.1", () => resolve());
  });
  const address = server.address() as AddressInfo;
  const host = address.family === "IPv6" ? `[${address.address}]` : address.address;
  return {
    url: `http://${host}:${address.port}`,
    report: context.report,
    recordingFile: context.recorder?.file,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

interface ProxyContext {
  options: ProxyOptions;
  spec: ServedSpec;
  target: URL;
  report: ViolationReport;
  recorder: Recorder | undefined;
  maxBytes: number;
  timeoutMs: number;
}

async function handle(context: ProxyContext, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const method = req.method ?? "GET";
  const { pathname, search } = splitTarget(req.url ?? "/");
  if (method === "GET" && pathname === REPORT_PATH) return sendJson(res, 200, context.report.data());
  if (method === "POST" && pathname === STOP_PATH && context.options.onStop) return stopOnRequest(context.options.onStop, req, res);

  const body = await readBody(req, { maxBytes: context.maxBytes, timeoutMs: context.timeoutMs });
  if (body.kind === "too-large") {
    res.setHeader("Connection", "close");
    return answerError(context, res, 413, "other", "Request too large", `The proxy forwards request bodies up to ${context.maxBytes} bytes.`, pathname);
  }
  if (body.kind !== "ok") return void req.socket.destroy();

  const client: ClientRequest = { method, pathname, search, headers: req.headers, body: body.body };
  const exchange = openExchange(context, req, client);

  // WHATWG URL parsing would resolve "/v2/../admin" to "/admin" on the target: not forwarded.
  if (hasDotSegments(pathname)) {
    exchange.close(404, undefined);
    return answerError(context, res, 404, "not-found", "Not forwarded", `Paths with "." or ".." segments are not forwarded: ${pathname.slice(0, 200)}`, pathname);
  }

  const { routed, findings } = exchange;
  const result = await forward({ method, url: targetUrl(context.target, routed, search), rawHeaders: req.rawHeaders, body: body.body, maxBytes: context.maxBytes, timeoutMs: context.timeoutMs });
  if (result.kind === "failed") {
    findings.push({ pointer: "/response", message: `the exchange with ${context.target.origin} failed: ${result.reason}` });
    exchange.close(502, undefined);
    res.setHeader(VIOLATIONS_HEADER, String(findings.length));
    return answerError(context, res, 502, "other", "Bad gateway", `The exchange between the proxy and the API at ${context.target.origin} failed: ${result.reason}.`, pathname);
  }

  const { upstream } = result;
  if (routed.operation) {
    const checked = checkResponse(routed.operation, upstream, context.maxBytes);
    findings.push(...checked.findings);
    if (checked.body !== undefined) recordSafely(context, routed, upstream.status, checked.body);
  }
  exchange.close(upstream.status, upstream.status);
  res.writeHead(upstream.status, upstream.statusMessage, [...answeredHeaders(upstream), VIOLATIONS_HEADER, String(findings.length)]);
  res.end(upstream.body);
}

interface OpenExchange {
  routed: Routed;
  /** What was found so far; the response's findings are added before `close`. */
  findings: Finding[];
  /** Files the findings in the report and writes the log line, both without the request's secrets. */
  close(logStatus: number, reportStatus: number | undefined): void;
}

/** The request routed and checked; the report entry and the log line wait for the answer. */
function openExchange(context: ProxyContext, req: IncomingMessage, client: ClientRequest): OpenExchange {
  const routed = routeRequest(context.spec, client);
  const findings = routed.operation ? checkRequest(routed.operation, routed, client) : [undeclaredFinding(context.spec, routed, context.options.profile.name)];
  const clean = scrubber(secretsOf(req, client.search));
  return {
    routed,
    findings,
    close(logStatus, reportStatus) {
      // A key the client put in the path (not only in a header or the query) is kept out as well.
      const ref = { ...routed.ref, path: clean(routed.ref.path) };
      context.report.add(ref, findings.map((f) => ({ pointer: clean(f.pointer), message: clean(f.message) })), reportStatus);
      const violations = findings.length > 0 ? ` (${findings.length} violations)` : "";
      context.options.log?.(clean(`${client.method} ${redactUrl(req.url ?? "/")} -> ${logStatus} ${routed.ref.operation}${violations}`));
    },
  };
}

/** A full disk must not cost the client the API's answer: the recording is skipped and said so. */
function recordSafely(context: ProxyContext, routed: Routed, status: number, body: unknown): void {
  if (!context.recorder) return;
  try {
    record(context, context.recorder, routed, status, body);
  } catch (error) {
    context.options.log?.(`proxy: not recorded (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
}

function stopOnRequest(onStop: () => void, req: IncomingMessage, res: ServerResponse): void {
  const remote = req.socket.remoteAddress ?? "";
  if (!/^(?:127\.|::1$|::ffff:127\.)/.test(remote)) return sendJson(res, 403, { error: "Only a client on this machine may stop the proxy." });
  res.once("finish", onStop);
  sendJson(res, 202, { stopping: true });
}

/** The target's base path, then the operation's path (the client may send the spec's base path or not). */
function targetUrl(target: URL, routed: Routed, search: string): URL {
  const base = target.pathname.replace(/\/+$/, "");
  return new URL(`${target.origin}${base}${routed.path === "/" && base ? "" : routed.path}${search}`);
}

function record(context: ProxyContext, recorder: Recorder, routed: Routed, status: number, body: unknown): void {
  const paths = context.spec.document.paths as Record<string, Record<string, Record<string, unknown>> | undefined>;
  const pagination = paths[routed.ref.path]?.[routed.ref.method.toLowerCase()]?.["x-pagination"] as LoosePagination | undefined;
  recorder.offer({ method: routed.ref.method, template: routed.ref.path, status, body, ...(pagination ? { pagination } : {}) });
}

/** The request's credential values (header values, bearer tokens, secret query values), to keep out of the report. */
function secretsOf(req: IncomingMessage, search: string): string[] {
  const secrets: string[] = [];
  for (const [name, value] of Object.entries(req.headers)) {
    if (!isSecretHeader(name) || value === undefined) continue;
    for (const text of Array.isArray(value) ? value : [value]) secrets.push(text, ...text.split(/\s+/).slice(1));
  }
  for (const [name, value] of new URLSearchParams(search)) if (SECRET_PARAM.test(name)) secrets.push(value);
  return secrets.filter((secret) => secret.length >= 4);
}

/** Replaces each of the request's secrets in a text the proxy writes (report, log). */
function scrubber(secrets: string[]): (text: string) => string {
  if (secrets.length === 0) return (text) => text;
  return (text) => secrets.reduce((out, secret) => out.split(secret).join(REDACTED), text);
}

function answerError(context: ProxyContext, res: ServerResponse, status: number, kind: MockErrorKind, title: string, detail: string, pathname: string): void {
  sendJson(res, status, context.options.profile.errorBody(kind, status, [{ title, detail }], pathname));
}
