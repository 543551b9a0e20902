// The one Prism instance of a mock server, asked about one operation at a time (the router has
// already picked it), with two bounded caches in front:
// - whole answers for identical requests (a frontend polling the same GET);
// - Prism's mocker output for valid requests. For a valid request with static examples, what
//   the mocker answers depends only on the operation, the method, the Accept header and the
//   `Prefer` choices, not on the ids or body values; validation (security, parameters, body)
//   still runs on every request, unchanged, so varied requests (unique ids, POST bodies) skip
//   only the negotiation and example assembly.
import { factory } from "@stoplight/prism-core";
import type { IHttpConfig, IHttpRequest, IHttpResponse, PrismHttpComponents, PrismHttpInstance } from "@stoplight/prism-http";
import * as prismMocker from "@stoplight/prism-http/dist/mocker/index.js";
import * as prismRouter from "@stoplight/prism-http/dist/router/index.js";
import { validateInput, validateOutput, validateSecurity } from "@stoplight/prism-http/dist/validator/index.js";
import type { IHttpOperation } from "@stoplight/types";
import { BoundedCache } from "./cache.js";
import { configFor, type Preferences } from "./config.js";

type PrismInstance = PrismHttpInstance;
export type PrismResult = Awaited<ReturnType<ReturnType<PrismInstance["request"]>>>;
type MockComponent = PrismHttpComponents["mock"];
type RouteComponent = PrismHttpComponents["route"];
type Logger = PrismHttpComponents["logger"];
// Prism's own mocker and router, the components createInstance uses by default. They are
// CommonJS modules, and loaders disagree on what their default import is: Node (and vitest)
// give `module.exports`, whose `default` is the function; bundlers (esbuild, Vite) give the
// function itself. Plain ESM imports keep this file loadable in a browser bundle.
const prismMock = commonJsDefault<MockComponent>(prismMocker);
const prismRoute = commonJsDefault<RouteComponent>(prismRouter);
type MockOptions = Parameters<MockComponent>[0];
type MockOutput = ReturnType<ReturnType<MockComponent>>;

export class PrismAdapter {
  private readonly prism: PrismInstance;
  private readonly answers: BoundedCache<PrismResult>;
  private readonly mocked = new BoundedCache<MockOutput>(1000);

  constructor(cacheSize = 1000) {
    // Prism's createInstance with its own validators, its mocker (memoized) and the given route,
    // built here from the same parts: createInstance's module also loads Prism's forwarder
    // (node's url, path, net and tls), which a mock that never proxies does not need and a
    // browser cannot load.
    this.prism = factory<IHttpOperation, IHttpRequest, IHttpResponse, IHttpConfig>(configFor({}), {
      logger: silentLogger(),
      mock: this.memoizedMock,
      route: routeToGiven,
      validateInput,
      validateOutput,
      // Prism's own index passes it the same way; its type asks only for what it reads.
      validateSecurity: validateSecurity as unknown as PrismHttpComponents["validateSecurity"],
      forward: neverForward,
    });
    this.answers = new BoundedCache(cacheSize);
  }

  async request(input: IHttpRequest, operation: IHttpOperation, preferences: Preferences, cacheKey: string | undefined): Promise<PrismResult> {
    const cached = cacheKey === undefined ? undefined : this.answers.get(cacheKey);
    if (cached !== undefined) return cached;
    const result = await this.prism.request(input, [operation], configFor(preferences))();
    if (cacheKey !== undefined) this.answers.set(cacheKey, result);
    return result;
  }

  /** After a spec reload, cached answers belong to the old operations. */
  clear(): void {
    this.answers.clear();
    this.mocked.clear();
  }

  /** Prism's own mocker, its output reused for valid requests that only differ in values. */
  private readonly memoizedMock: MockComponent = (options) => {
    const key = mockKeyOf(options);
    if (key === undefined) return prismMock(options);
    const hit = this.mocked.get(key);
    if (hit !== undefined) return () => hit;
    const reader = prismMock(options);
    return (logger) => {
      const output = reader(logger);
      if (output._tag === "Right") this.mocked.set(key, output);
      return output;
    };
  };
}

/**
 * The mock's router (router.ts) has already matched method and path to the one operation it
 * hands Prism. Prism's router would sort that list of one and match the path again, fragment
 * by fragment with a RegExp built per request: the same answer, about a tenth of a request's
 * time. A path with a trailing slash, which the mock's router accepts and Prism's does not,
 * still goes through Prism's router, so Prism's answer to it is unchanged.
 */
const routeToGiven: RouteComponent = (options) => {
  const [only] = options.resources;
  const path = options.input.url.path;
  if (options.resources.length === 1 && only!.method === options.input.method && (path === "/" || !path.endsWith("/"))) {
    // fp-ts's Right, as Prism's own router returns it (Prism only reads `_tag` and `right`).
    return { _tag: "Right", right: only! } as ReturnType<RouteComponent>;
  }
  return prismRoute(options);
};

/** The mock never proxies (`isProxy` is always false), so Prism never calls this. */
const neverForward: PrismHttpComponents["forward"] = () => () => {
  throw new Error("The mock does not forward requests.");
};

function commonJsDefault<T>(namespace: unknown): T {
  const value = (namespace as { default: unknown }).default;
  return (typeof value === "function" ? value : (value as { default: T }).default) as T;
}

/**
 * A logger that drops everything, as the level "silent" pino logger did, without pino building a
 * child logger for every request (Prism asks for one per mock call).
 */
function silentLogger(): Logger {
  const drop = () => undefined;
  const logger = { level: "silent", trace: drop, debug: drop, info: drop, success: drop, warn: drop, error: drop, fatal: drop, child: () => logger };
  return logger as unknown as Logger;
}

/** Undefined when the mocker's answer may depend on more than operation, method, Accept and Prefer. */
export function mockKeyOf({ resource, input, config }: MockOptions): string | undefined {
  if (input.validations.length > 0 || config.dynamic || (resource.callbacks?.length ?? 0) > 0 || config.mediaTypes !== undefined) return undefined;
  const headers = input.data.headers ?? {};
  let accept = "";
  for (const name in headers) if (name.toLowerCase() === "accept") accept = headers[name] ?? "";
  return `${resource.id}\n${input.data.method}\n${accept}\n${config.code ?? ""}\n${config.exampleKey ?? ""}`;
}
