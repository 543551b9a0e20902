// The one Prism instance of a mock server, asked about one operation at a time (the router has
// already picked it), with the bounded answer cache in front.
import { createLogger } from "@stoplight/prism-core";
import { createInstance, type IHttpRequest } from "@stoplight/prism-http";
import type { IHttpOperation } from "@stoplight/types";
import { BoundedCache } from "./cache.js";
import { configFor, type Preferences } from "./config.js";

type PrismInstance = ReturnType<typeof createInstance>;
export type PrismResult = Awaited<ReturnType<ReturnType<PrismInstance["request"]>>>;

export class PrismAdapter {
  private readonly prism: PrismInstance;
  private readonly cache: BoundedCache<PrismResult>;

  constructor(cacheSize = 1000) {
    this.prism = createInstance(configFor({}), { logger: createLogger("mock", { level: "silent" }) });
    this.cache = new BoundedCache(cacheSize);
  }

  async request(input: IHttpRequest, operation: IHttpOperation, preferences: Preferences, cacheKey: string | undefined): Promise<PrismResult> {
    const cached = cacheKey === undefined ? undefined : this.cache.get(cacheKey);
    if (cached !== undefined) return cached;
    const result = await this.prism.request(input, [operation], configFor(preferences))();
    if (cacheKey !== undefined) this.cache.set(cacheKey, result);
    return result;
  }

  /** After a spec reload, cached answers belong to the old operations. */
  clear(): void {
    this.cache.clear();
  }
}
