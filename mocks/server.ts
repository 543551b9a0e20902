// The mock HTTP server: our own node:http front (CORS, base paths, routing, error format) around
// Prism's HTTP engine (validation, security checks, negotiation, examples). Prism's own server is
// not used because it matches every operation on every request and ignores the base path.
import { readFileSync, watch, type FSWatcher } from "node:fs";
import http, { type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { createLogger } from "@stoplight/prism-core";
import { createInstance, getHttpOperationsFromSpec, type IHttpConfig, type IHttpRequest } from "@stoplight/prism-http";
import type { IHttpOperation } from "@stoplight/types";
import type { IPrismDiagnostic } from "@stoplight/prism-core";
import { CONTROL_PREFIX, handleControl, RequestLog } from "./control.js";
import { FaultInjector, type FaultConfig } from "./faults.js";
import { type MockErrorKind, type MockProblem, type MockProfile } from "./profiles.js";
import { Router } from "./router.js";
import { VirtualClock } from "./state/clock.js";
import { StateEngine } from "./state/engine.js";
import { examplesOf } from "./state/seed.js";
import { WebhookSender } from "./state/webhooks.js";

export interface MockServerOptions {
  profile: MockProfile;
  /** Repository root, to find the bundled spec. Defaults to the working directory. */
  root?: string;
  /** 0 picks a free port. */
  port?: number;
  host?: string;
  /** Called once per request with a one-line summary. */
  log?: (line: string) => void;
  /** Latency and fault rate applied to every request (seeded, so runs repeat). */
  faults?: FaultConfig;
  /** Larger request bodies get a 413. Default 1 MiB. */
  maxBodyBytes?: number;
  /** Keep created resources and move their statuses on a virtual clock (default off here; on in the CLI). */
  stateful?: boolean;
  /** Virtual seconds per real second (default 1; 0 freezes time except for explicit advances). */
  clockScale?: number;
  /** Where webhooks of resources without their own URL are sent. */
  webhookUrl?: string;
  /** Objects to start with, by resource name (see `POST /__mock/fixtures`). */
  fixtures?: Record<string, unknown>;
}

export interface RunningMock {
  url: string;
  port: number;
  /** The stateful layer, when on. */
  state?: { engine: StateEngine; clock: VirtualClock; webhooks: WebhookSender };
  /** The path prefix of the spec's server URL (e.g. "/v2"), accepted but not required. */
  basePath: string;
  close(): Promise<void>;
}

const baseConfig: IHttpConfig = {
  mock: { dynamic: false },
  checkSecurity: true,
  validateRequest: true,
  validateResponse: false,
  errors: false,
  upstreamProxy: undefined,
  isProxy: false,
};

export async function startMockServer(options: MockServerOptions): Promise<RunningMock> {
  const root = options.root ?? process.cwd();
  const specPath = path.resolve(root, options.profile.specFile);
  let document: { servers?: Array<{ url: string }> };
  try {
    document = JSON.parse(readFileSync(specPath, "utf8"));
  } catch (error) {
    throw new Error(`Cannot read ${options.profile.specFile} (${(error as Error).message}); run \`npm run generate\` first.`);
  }
  const operations = await getHttpOperationsFromSpec(document);
  const basePath = new URL(document.servers?.[0]?.url ?? "http://localhost").pathname.replace(/\/+$/, "");
  let state: RunningMock["state"];
  if (options.stateful) {
    const clock = new VirtualClock(options.clockScale ?? 1);
    const webhooks = new WebhookSender();
    const engine = new StateEngine(options.profile.resources, clock, webhooks);
    engine.seed(examplesOf(document as Record<string, unknown>, options.profile.resources));
    if (options.fixtures) engine.load(options.fixtures);
    engine.defaultWebhookUrl = options.webhookUrl;
    state = { engine, clock, webhooks };
  }
  const handler = createHandler({
    profile: options.profile,
    operations,
    basePath,
    log: options.log,
    faults: new FaultInjector(options.faults),
    requests: new RequestLog(),
    maxBodyBytes: options.maxBodyBytes ?? 1024 * 1024,
    document: document as Record<string, unknown>,
    ...(state ? { state } : {}),
  });
  const specWatcher = watchSpec(specPath, options.log, async (next) => {
    handler.reload(await getHttpOperationsFromSpec(next as object), next as Record<string, unknown>);
  });
  // Statuses move even when nobody asks: webhooks go out on time.
  const ticker = state ? setInterval(() => state.engine.tick(), 250) : undefined;
  ticker?.unref();

  const server = http.createServer((req, res) => {
    handler.handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) {
        sendJson(res, 500, options.profile.errorBody("other", 500, [{ title: "Mock server error", detail: String(error) }], req.url ?? "/"));
      } else {
        res.end();
      }
    });
  });
  // Keep-alive sockets would hold close() open for seconds; mocks are short-lived anyway.
  server.keepAliveTimeout = 1000;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? options.profile.defaultPort, options.host ?? "127.0.0.1", resolve);
  });
  const address = server.address() as AddressInfo;
  const host = address.family === "IPv6" ? `[${address.address}]` : address.address;
  return {
    url: `http://${host}:${address.port}`,
    port: address.port,
    basePath,
    ...(state ? { state } : {}),
    close: () =>
      new Promise<void>((resolve, reject) => {
        clearInterval(ticker);
        specWatcher.close();
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

interface HandlerContext {
  profile: MockProfile;
  operations: IHttpOperation[];
  basePath: string;
  log?: (line: string) => void;
  faults: FaultInjector;
  requests: RequestLog;
  maxBodyBytes: number;
  document: Record<string, unknown>;
  state?: RunningMock["state"];
}

class BodyTooLarge extends Error {}

function createHandler(context: HandlerContext) {
  const { profile, basePath, log, faults, requests, maxBodyBytes, state } = context;
  // Replaced as a whole when the spec file changes (see `reload`), never mutated in place.
  let spec = { router: new Router(context.operations), document: context.document };
  const prismCache = new BoundedCache<Awaited<ReturnType<ReturnType<typeof prism.request>>>>(1000);
  const prism = createInstance(baseConfig, { logger: createLogger("mock", { level: "silent" }) });

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const { router, document } = spec;
    const started = performance.now();
    const method = (req.method ?? "GET").toUpperCase();
    const url = new URL(req.url ?? "/", "http://mock.local");
    const path = stripBasePath(url.pathname, basePath);
    const fail = (kind: MockErrorKind, status: number, problems: MockProblem[], headers: Record<string, string> = {}) => {
      for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
      sendJson(res, status, profile.errorBody(kind, status, problems, path));
    };
    const record: { violations: string[]; fault?: string } = { violations: [] };
    res.on("finish", () => {
      log?.(`${method} ${url.pathname}${url.search} → ${res.statusCode} (${(performance.now() - started).toFixed(1)} ms)`);
      if (!path.startsWith(CONTROL_PREFIX)) {
        requests.add({ at: new Date().toISOString(), method, path: `${path}${url.search}`, status: res.statusCode, ...record });
      }
    });

    setCors(req, res);
    if (method === "OPTIONS" && req.headers["access-control-request-method"]) {
      res.setHeader("Access-Control-Allow-Methods", "GET,POST,PUT,PATCH,DELETE,OPTIONS");
      res.setHeader("Access-Control-Max-Age", "600");
      res.writeHead(204).end();
      return;
    }

    let raw: Buffer;
    try {
      raw = await readBody(req, maxBodyBytes);
    } catch (error) {
      if (!(error instanceof BodyTooLarge)) throw error;
      res.setHeader("Connection", "close");
      return fail("other", 413, [{ title: "Payload too large", detail: `The request body exceeds ${maxBodyBytes} bytes.` }]);
    }

    if (path === CONTROL_PREFIX || path.startsWith(`${CONTROL_PREFIX}/`)) {
      return handleControl(req, res, path, raw.toString("utf8"), { log: requests, faults, provider: profile.id, ...(state ? { state } : {}) });
    }

    const route = router.match(method, path);
    if (route.kind === "not-found") {
      return fail("not-found", 404, [{ title: "Resource not found", detail: `No operation of the ${profile.name} spec matches ${method} ${url.pathname}.` }]);
    }
    if (route.kind === "method-not-allowed") {
      return fail(
        "method-not-allowed",
        405,
        [{ title: "Method not allowed", detail: `${url.pathname} accepts ${route.allowed.join(", ")}, not ${method}.` }],
        { Allow: route.allowed.join(", ") },
      );
    }

    // Faults come after routing (an unknown path is still a 404) and before validation.
    const decision = faults.decide(path, headersOf(req));
    if ("error" in decision) return fail("other", 400, [{ title: "Invalid mock header", detail: decision.error }]);
    if (decision.latency > 0) await new Promise((resolve) => setTimeout(resolve, decision.latency));
    if (decision.fault !== undefined) {
      record.fault = String(decision.fault);
      if (decision.fault === "reset") {
        req.socket.destroy();
        return;
      }
      const problem = {
        429: { title: "Too many requests", detail: "Rate limit hit (mock fault); retry after the Retry-After delay." },
        500: { title: "Internal server error", detail: "The server failed (mock fault)." },
        503: { title: "Service unavailable", detail: "The service is unavailable (mock fault)." },
      }[decision.fault];
      return fail("other", decision.fault, [problem], decision.fault === 429 ? { "Retry-After": "1" } : {});
    }

    let body: unknown = raw.length > 0 ? raw.toString("utf8") : undefined;
    if (body !== undefined && /json/i.test(req.headers["content-type"] ?? "")) {
      try {
        body = JSON.parse(body as string);
      } catch (error) {
        return fail("invalid-json", 400, [{ title: "Invalid JSON", detail: `The request body is not valid JSON: ${(error as Error).message}` }]);
      }
    }

    const input: IHttpRequest = {
      method: method.toLowerCase() as IHttpRequest["method"],
      url: { path, query: queryOf(url) },
      headers: headersOf(req),
      body,
    };
    const preferences = parsePrefer(input.headers?.prefer);
    const config = { ...baseConfig, mock: { ...baseConfig.mock, ...preferences } } as IHttpConfig;
    // Prism's answer depends only on the request, the operation and the config: identical requests
    // (a frontend polling the same GET) reuse it instead of validating and negotiating again.
    // Dynamic responses are random by design and never cached.
    const cacheKey = preferences.dynamic ? undefined : JSON.stringify([route.operation.id, method, path, input.url.query, input.headers?.authorization, input.headers?.["content-type"], input.headers?.accept, input.headers?.prefer, raw.length > 0 ? raw.toString("utf8") : null]);
    let result = cacheKey === undefined ? undefined : prismCache.get(cacheKey);
    if (result === undefined) {
      result = await prism.request(input, [route.operation], config)();
      if (cacheKey !== undefined) prismCache.set(cacheKey, result);
    }

    // Prism either answers with the spec's (static) error example for invalid input, or, when the
    // spec has none for that status, fails with a problem+json error. Either way the body is
    // rewritten in the provider's format and says what was actually wrong.
    const rejectInput = (status: number, reported: IPrismDiagnostic[]) => {
      const names = parameterNames(route.operation);
      const violations = reported.map((v) => withDeclaredNames(v, names));
      record.violations = violations.map((v) => `${(v.path ?? []).join(".")} ${v.message}`.trim());
      res.setHeader("sl-violations", JSON.stringify(violations.map(toViolationHeader)).slice(0, 8000));
      if (status === 401) {
        const detail = `Missing or malformed credentials: send ${describeSecurity(route.operation)}.`;
        return fail("unauthorized", 401, [{ title: "Authentication failed", detail }], { "WWW-Authenticate": challengeFor(route.operation) });
      }
      return fail("validation", status, violations.filter((v) => v.code !== 401).map(toProblem));
    };

    if (result._tag === "Left") {
      const error = result.left as Error & { status?: number; detail?: string; additional?: { validation?: PrismViolation[] } };
      const status = error.status ?? 500;
      const violations = (error.additional?.validation ?? []).map(fromProblemJson);
      if (violations.length > 0 || status === 401) return rejectInput(status, violations);
      return fail("other", status, [{ title: error.message, detail: error.detail ?? error.message }]);
    }

    const { output, validations } = result.right;
    const violations = validations.input.filter((v) => v.severity === 0);
    if (violations.length > 0 && output.statusCode >= 400) return rejectInput(output.statusCode, violations);

    if (state && output.statusCode < 300) {
      const template = route.operation.path;
      const operation = ((document.paths as Record<string, Record<string, Record<string, unknown>>>)[template] ?? {})[method.toLowerCase()];
      const reply = state.engine.handle({
        method,
        template,
        params: route.params,
        query: input.url.query ?? {},
        body,
        status: output.statusCode,
        output: output.body,
        ...(operation?.["x-pagination"] ? { pagination: operation["x-pagination"] as Record<string, string> } : {}),
      });
      if (reply && "error" in reply) {
        const { status, title, detail, pointer } = reply.error;
        return fail(status === 404 ? "not-found" : "validation", status, [{ title, detail, ...(pointer ? { pointer } : {}) }]);
      }
      if (reply) {
        res.statusCode = reply.status;
        if (reply.body === undefined || reply.status === 204) return void res.end();
        res.setHeader("content-type", "application/json");
        return void res.end(JSON.stringify(reply.body));
      }
    }
    for (const [name, value] of Object.entries(output.headers ?? {})) res.setHeader(name, value);
    res.statusCode = output.statusCode;
    res.end(serialize(output.body, res.getHeader("content-type")));
  };
  return {
    handle,
    reload(operations: IHttpOperation[], document: Record<string, unknown>) {
      spec = { router: new Router(operations), document };
      prismCache.clear();
    },
  };
}

/** A small least-recently-used cache. */
class BoundedCache<V> {
  private readonly entries = new Map<string, V>();
  constructor(private readonly limit: number) {}

  get(key: string): V | undefined {
    const value = this.entries.get(key);
    if (value !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, value);
    }
    return value;
  }

  set(key: string, value: V): void {
    this.entries.delete(key);
    this.entries.set(key, value);
    if (this.entries.size > this.limit) this.entries.delete(this.entries.keys().next().value!);
  }

  clear(): void {
    this.entries.clear();
  }
}

/**
 * Reloads the spec when its file changes (e.g. after `npm run generate`), without a restart. A
 * file that does not parse or load keeps the last good spec serving, and the reason is logged.
 */
function watchSpec(file: string, log: ((line: string) => void) | undefined, apply: (document: unknown) => Promise<void>): FSWatcher {
  let timer: NodeJS.Timeout | undefined;
  const watcher = watch(path.dirname(file), (_event, name) => {
    if (name !== path.basename(file)) return;
    clearTimeout(timer);
    timer = setTimeout(async () => {
      try {
        await apply(JSON.parse(readFileSync(file, "utf8")));
        log?.(`spec reloaded from ${file}`);
      } catch (error) {
        log?.(`spec at ${file} failed to load (${(error as Error).message}); still serving the last good one`);
      }
    }, 200);
  });
  watcher.unref();
  return watcher;
}

function stripBasePath(pathname: string, basePath: string): string {
  if (basePath && (pathname === basePath || pathname.startsWith(`${basePath}/`))) {
    return pathname.slice(basePath.length) || "/";
  }
  return pathname;
}

function setCors(req: IncomingMessage, res: ServerResponse): void {
  res.setHeader("Access-Control-Allow-Origin", req.headers.origin ?? "*");
  res.setHeader("Access-Control-Allow-Headers", req.headers["access-control-request-headers"] ?? "*");
  res.setHeader("Access-Control-Allow-Credentials", "true");
  res.setHeader("Access-Control-Expose-Headers", "*");
  if (req.headers.origin) res.setHeader("Vary", "Origin");
}

function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        // Stop buffering; the rest of the body is drained and dropped.
        req.removeAllListeners("data");
        req.resume();
        reject(new BodyTooLarge());
        return;
      }
      chunks.push(chunk);
    });
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

function queryOf(url: URL): Record<string, string | string[]> {
  const query: Record<string, string | string[]> = {};
  for (const key of new Set(url.searchParams.keys())) {
    const values = url.searchParams.getAll(key);
    query[key] = values.length === 1 ? values[0]! : values;
  }
  return query;
}

function headersOf(req: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(", ") : value;
  }
  return headers;
}

/** `Prefer: code=404, example=notFound, dynamic=true` picks a response, as with Prism's own server. */
function parsePrefer(header: string | undefined): { code?: number; exampleKey?: string; dynamic?: boolean } {
  const preferences: { code?: number; exampleKey?: string; dynamic?: boolean } = {};
  for (const part of (header ?? "").split(/[,;]/)) {
    const [key, value] = part.split("=").map((s) => s?.trim());
    if (!key || value === undefined) continue;
    if (key === "code" && /^\d{3}$/.test(value)) preferences.code = Number(value);
    if (key === "example") preferences.exampleKey = value;
    if (key === "dynamic") preferences.dynamic = value === "true";
  }
  return preferences;
}

/**
 * Prism matches parameter names case-insensitively and reports them lower-cased ("brandid");
 * this maps them back to the names the spec declares ("brandId").
 */
function parameterNames(operation: IHttpOperation): Map<string, string> {
  const names = new Map<string, string>();
  const request = operation.request;
  for (const param of [...(request?.query ?? []), ...(request?.path ?? []), ...(request?.headers ?? [])]) {
    names.set(param.name.toLowerCase(), param.name);
  }
  return names;
}

/** The violation with parameter names as the spec declares them, in its path and its message. */
function withDeclaredNames(violation: IPrismDiagnostic, names: Map<string, string>): IPrismDiagnostic {
  const [where, ...rest] = violation.path ?? [];
  if (where !== "query" && where !== "path" && where !== "header") return violation;
  const declared = (word: string) => names.get(word) ?? word;
  return {
    ...violation,
    path: [where, ...rest.map(declared)],
    message: violation.message.replace(/[A-Za-z0-9_\-[\].]+/g, declared),
  };
}

/** Prism locates a violation as ["body", "field", ...] or ["query", "name"]; say it as the provider would. */
function toProblem(violation: IPrismDiagnostic): MockProblem {
  const [where, ...rest] = violation.path ?? [];
  // "must have required property 'x'" is reported on the parent; point at the missing field.
  const missing = /required property '([^']+)'/.exec(violation.message)?.[1];
  const segments = missing ? [...rest, missing] : rest;
  const detail = `${where ? `${where}${rest.length ? `.${rest.join(".")}` : ""} ` : ""}${violation.message}`.trim();
  if (where === "body") {
    return { title: missing ? "Missing required field" : "Invalid field", detail, pointer: `/${segments.join("/")}` };
  }
  return { title: "Invalid parameter", detail, parameter: segments.join(".") || undefined };
}

/** A violation as Prism lists it in a problem+json error. */
interface PrismViolation {
  location?: string[];
  code?: string | number;
  message: string;
}

function fromProblemJson(violation: PrismViolation): IPrismDiagnostic {
  return { path: violation.location ?? [], code: violation.code, message: violation.message, severity: 0 };
}

function toViolationHeader(violation: IPrismDiagnostic) {
  return { location: ["request", ...(violation.path ?? [])], severity: "Error", code: violation.code, message: violation.message };
}

function securitySchemes(operation: IHttpOperation) {
  return (operation.security ?? []).flat();
}

function challengeFor(operation: IHttpOperation): string {
  const schemes = securitySchemes(operation).map((s) => ("scheme" in s ? String(s.scheme) : s.type));
  return [...new Set(schemes.map((s) => (s.toLowerCase() === "basic" ? 'Basic realm="mock"' : "Bearer")))].join(", ") || "Bearer";
}

function describeSecurity(operation: IHttpOperation): string {
  const schemes = [...new Set(securitySchemes(operation).map((s) => ("scheme" in s ? String(s.scheme).toLowerCase() : s.type)))];
  const described = schemes.map((s) => (s === "basic" ? "Authorization: Basic base64(key:secret)" : s === "bearer" ? "Authorization: Bearer <token>" : s));
  return described.join(" or ") || "credentials";
}

function serialize(body: unknown, contentType: unknown): string | Buffer {
  if (body === undefined || body === null) return "";
  if (typeof body === "string" || Buffer.isBuffer(body)) return body;
  return /json/i.test(String(contentType ?? "application/json")) ? JSON.stringify(body) : String(body);
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.statusCode = status;
  res.setHeader("content-type", "application/json");
  res.end(JSON.stringify(body));
}
