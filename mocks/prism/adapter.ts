// The one Prism instance of a mock server, asked about one operation at a time (the router has
// already picked it), with two bounded caches in front:
// - whole answers for identical requests (a frontend polling the same GET);
// - Prism's mocker output for valid requests. For a valid request with static examples, what
//   the mocker answers depends only on the operation, the method, the Accept header and the
//   `Prefer` choices, not on the ids or body values; validation (security, parameters, body)
//   still runs on every request, unchanged, so varied requests (unique ids, POST bodies) skip
//   only the negotiation and example assembly.
import { createLogger } from "@stoplight/prism-core";
import { createInstance, type IHttpRequest, type PrismHttpComponents } from "@stoplight/prism-http";
import { createRequire } from "node:module";
import type { IHttpOperation } from "@stoplight/types";
import { BoundedCache } from "./cache.js";
import { configFor, type Preferences } from "./config.js";

type PrismInstance = ReturnType<typeof createInstance>;
export type PrismResult = Awaited<ReturnType<ReturnType<PrismInstance["request"]>>>;
type MockComponent = PrismHttpComponents["mock"];
// Prism's own mocker, the component createInstance uses by default. It is loaded with require:
// ESM loaders (Node, vitest) disagree on what a default import of this CommonJS module is.
const prismMock = (createRequire(import.meta.url)("@stoplight/prism-http/dist/mocker/index.js") as { default: MockComponent }).default;
type MockOptions = Parameters<MockComponent>[0];
type MockOutput = ReturnType<ReturnType<MockComponent>>;

export class PrismAdapter {
  private readonly prism: PrismInstance;
  private readonly answers: BoundedCache<PrismResult>;
  private readonly mocked = new BoundedCache<MockOutput>(1000);

  constructor(cacheSize = 1000) {
    this.prism = createInstance(configFor({}), { logger: createLogger("mock", { level: "silent" }), mock: this.memoizedMock });
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

/** Undefined when the mocker's answer may depend on more than operation, method, Accept and Prefer. */
export function mockKeyOf({ resource, input, config }: MockOptions): string | undefined {
  if (input.validations.length > 0 || config.dynamic || (resource.callbacks?.length ?? 0) > 0 || config.mediaTypes !== undefined) return undefined;
  const headers = input.data.headers ?? {};
  let accept = "";
  for (const name in headers) if (name.toLowerCase() === "accept") accept = headers[name] ?? "";
  return `${resource.id}\n${input.data.method}\n${accept}\n${config.code ?? ""}\n${config.exampleKey ?? ""}`;
}
