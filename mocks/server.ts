// The mock HTTP server: options → the request pipeline (mocks/pipeline/) → a node:http server,
// and the server's lifecycle (listen, spec reload, close). Prism's HTTP engine does validation,
// security checks, negotiation and examples (mocks/prism/); Prism's own server is not used
// because it matches every operation on every request and ignores the base path.
// First: Prism's mocker, loaded below, must find faker's stand-in (see defer-faker.ts). This
// holds where the sources run as they are; a bundle evaluates its package imports before any of
// its own code, so commands/mock.ts imports the stand-in, then this module, dynamically.
import "./prism/defer-faker.js";
import http from "node:http";
import type { AddressInfo, Socket } from "node:net";
import path from "node:path";
import { createMockCore } from "./core/mock.js";
import type { FaultConfig } from "./faults.js";
import { ConnectionLimiter } from "./http/connections.js";
import { ControlOrigins } from "./http/cors.js";
import { hostPolicy } from "./http/host.js";
import { DEFAULT_LIMITS } from "./http/limits.js";
import * as P from "./http/problems.js";
import { sendRawJson } from "./http/send.js";
import type { MockState, PipelineDeps } from "./pipeline/context.js";
import { createPipeline } from "./pipeline/index.js";
import { type MockProfile } from "./providers/index.js";
import { loadServedSpec, watchSpec, type ServedSpec } from "./prism/spec.js";
import { synthesizeExamples } from "./prism/synthesize.js";

export interface MockServerOptions {
  profile: MockProfile;
  /** Repository root, to find the bundled spec. Defaults to the working directory. */
  root?: string;
  /** 0 picks a free port. */
  port?: number;
  /** Interface to listen on (default 127.0.0.1). A non-loopback one serves every Host name. */
  host?: string;
  /** Called once per request with a one-line summary (credentials in the query redacted). */
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
  /** Hosts webhooks may be sent to besides loopback ones. */
  webhookAllow?: string[];
  /** Objects to start with, by resource name (see `POST /__mock/fixtures`). */
  fixtures?: Record<string, unknown>;
  /** Browser origins, besides loopback ones, that may use the control API. */
  corsOrigins?: string[];
  /** Host header names, besides loopback ones, that are served (e.g. a name in /etc/hosts). */
  allowHosts?: string[];
  /** When set, /__mock/* needs `Authorization: Bearer <token>` or `X-Mock-Token: <token>`. */
  controlToken?: string;
  /** The request headers must arrive within this. Default 10 s. */
  headersTimeoutMs?: number;
  /** The whole request (headers and body) must arrive within this. Default 30 s. */
  requestTimeoutMs?: number;
  /** An idle keep-alive connection is closed after this. Default 5 s. */
  keepAliveTimeoutMs?: number;
  /** Open connections at most; beyond, idle ones make room or new ones are refused. Default 256. */
  maxConnections?: number;
}

export interface RunningMock {
  url: string;
  port: number;
  /** The stateful layer, when on. */
  state?: MockState;
  /** The path prefix of the spec's server URL (e.g. "/v2"), accepted but not required. */
  basePath: string;
  close(): Promise<void>;
}

export { DEFAULT_LIMITS } from "./http/limits.js";

const TICK_MS = 250;

export async function startMockServer(options: MockServerOptions): Promise<RunningMock> {
  const root = options.root ?? process.cwd();
  const specPath = path.resolve(root, options.profile.specFile);
  // A provider known only from its declaration may have no examples: its answers come from its schemas.
  const prepare = options.profile.synthesizeExamples ? synthesizeExamples : undefined;
  let loaded: { spec: ServedSpec; text: string };
  try {
    loaded = await loadServedSpec(specPath, prepare);
  } catch (error) {
    throw new Error(`Cannot read ${options.profile.specFile} (${(error as Error).message}); run \`npm run generate\` first.`);
  }
  const core = createMockCore({
    profile: options.profile,
    spec: loaded.spec,
    ...pick(options, ["log", "faults", "stateful", "clockScale", "webhookUrl", "webhookAllow", "fixtures", "controlToken"]),
    health: processHealth,
  });
  const { state } = core;
  const limits = {
    maxBodyBytes: options.maxBodyBytes ?? DEFAULT_LIMITS.maxBodyBytes,
    requestTimeoutMs: options.requestTimeoutMs ?? DEFAULT_LIMITS.requestTimeoutMs,
    drainMaxBytes: DEFAULT_LIMITS.drainMaxBytes,
  };
  const headersTimeoutMs = Math.min(options.headersTimeoutMs ?? DEFAULT_LIMITS.headersTimeoutMs, limits.requestTimeoutMs);
  const bindHost = options.host ?? "127.0.0.1";
  const deps: PipelineDeps = {
    ...core.deps,
    limits,
    hosts: hostPolicy(bindHost, options.allowHosts),
    controlOrigins: new ControlOrigins(options.corsOrigins),
  };
  const handle = createPipeline(deps);
  const specWatcher = watchSpec(specPath, loaded.text, options.log, (next: ServedSpec) => core.setSpec(next), undefined, prepare);
  // Statuses move even when nobody asks: webhooks go out on time. A failing tick is logged and
  // the next one tries again; it must never take the process down.
  const ticker = state ? setInterval(core.tick, TICK_MS) : undefined;
  ticker?.unref();

  const connections = new ConnectionLimiter(options.maxConnections ?? DEFAULT_LIMITS.maxConnections);
  const server = http.createServer(
    // Node checks header and request deadlines on this interval; keep it well under the deadlines.
    { connectionsCheckingInterval: Math.max(50, Math.min(1000, Math.floor(headersTimeoutMs / 4))), headersTimeout: headersTimeoutMs, requestTimeout: limits.requestTimeoutMs },
    (req, res) => {
      connections.serving(req.socket, res);
      void handle(req, res);
    },
  );
  server.keepAliveTimeout = options.keepAliveTimeoutMs ?? DEFAULT_LIMITS.keepAliveTimeoutMs;
  connections.attach(server);
  server.on("clientError", (error: NodeJS.ErrnoException, socket: Socket) => answerClientError(error, socket, options.profile));
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? options.profile.defaultPort, bindHost, resolve);
  });
  const address = server.address() as AddressInfo;
  const host = address.family === "IPv6" ? `[${address.address}]` : address.address;
  return {
    url: `http://${host}:${address.port}`,
    port: address.port,
    basePath: loaded.spec.basePath,
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

/** What GET /__mock/health adds on node: how long the process has run and its memory use. */
function processHealth(): Record<string, unknown> {
  const memory = process.memoryUsage();
  return { uptimeSeconds: Math.round(process.uptime()), rssBytes: memory.rss, heapUsedBytes: memory.heapUsed };
}

function pick<T extends object, K extends keyof T>(object: T, keys: readonly K[]): Pick<T, K> {
  const picked = {} as Pick<T, K>;
  for (const key of keys) if (object[key] !== undefined) picked[key] = object[key];
  return picked;
}

/**
 * Errors Node finds before a request reaches the pipeline: headers too slow or too large,
 * unparseable requests. Answered in the provider's format when nothing has been written yet.
 */
function answerClientError(error: NodeJS.ErrnoException, socket: Socket, profile: MockProfile): void {
  if (error.code === "ECONNRESET" || !socket.writable) {
    socket.destroy();
    return;
  }
  const timeout = error.code === "ERR_HTTP_REQUEST_TIMEOUT";
  const tooLarge = error.code === "HPE_HEADER_OVERFLOW";
  const type = timeout ? P.REQUEST_TIMEOUT : tooLarge ? P.HEADERS_TOO_LARGE : P.BAD_REQUEST;
  const detail = timeout
    ? "The request did not arrive in time (headers or body too slow)."
    : tooLarge
      ? "The request headers are too large."
      : "The request is not valid HTTP/1.1.";
  sendRawJson(socket, type.status, profile.errorBody(type.kind, type.status, [P.problem(type, detail)], "/"));
}
