// The escape hatch: an openapi-fetch client on the same base URL, headers, credentials and fetch
// as the generated calls, for anything they do not cover. Only the facade (`client.raw`) imports
// it, so the tree-shakeable functions do not bundle openapi-fetch.
import createClient, { type Client, type Middleware } from "openapi-fetch";
import { serializeQuery } from "./query.js";
import type { ClientConfig } from "./transport.js";

/** An untyped openapi-fetch client; each generated facade types it as `Client<paths>`. */
export function rawClient(config: ClientConfig): Client<any> {
  const fetchFn = config.fetch;
  const client = createClient<any>({
    baseUrl: config.baseUrl.replace(/\/+$/, ""),
    ...(config.headers ? { headers: config.headers } : {}),
    querySerializer: (query) => serializeQuery(query as Record<string, unknown>),
    // Called as a plain function: browsers refuse `fetch` called as a method of another object.
    fetch: (request: Request) => (fetchFn ?? globalThis.fetch)(request),
  });
  if (config.authorization) client.use(credentials(config.authorization));
  return client;
}

/** Adds the client's Authorization header to a raw request that does not set its own. */
function credentials(authorization: NonNullable<ClientConfig["authorization"]>): Middleware {
  return {
    async onRequest({ request }) {
      const header = await authorization();
      if (header && !request.headers.has("authorization")) request.headers.set("authorization", header);
      return request;
    },
  };
}
