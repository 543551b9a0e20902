// Copied from codegen/runtime by `npm run generate`. Do not edit this copy.
// What the generated TanStack Query options (generated/<provider>/query.ts) share: the next page of
// an infinite query from the operation's `x-pagination` (the same rule the client's `for await`
// follows), and the invalidation after a mutation. Written against the shapes TanStack Query v5
// passes and expects, not its types, so the client does not depend on @tanstack/query-core and
// the same options work with its React, Vue, Svelte and Solid adapters.
import { itemsOf, nextQuery, type Pagination } from "./pagination.js";
import type { RequestOptions } from "./transport.js";

/** A query key, as TanStack Query takes it. */
export type QueryKey = readonly unknown[];

/** The part of a QueryClient a mutation's invalidation needs. */
export interface InvalidatingClient {
  invalidateQueries(filters: { queryKey: QueryKey }): Promise<unknown>;
}

/** How a generated mutation runs and what it invalidates when it succeeds. */
export interface MutationSettings {
  /** The QueryClient whose queries to invalidate on success. Without it, nothing is invalidated. */
  queryClient?: InvalidatingClient;
  /** Keys to invalidate instead of the mutation's own namespace (see `invalidates` of the options). */
  invalidates?: QueryKey[];
  /** Options of the underlying call: timeout, retries, headers, signal. */
  request?: RequestOptions;
}

/**
 * `getNextPageParam` for an operation's x-pagination. Page params are whole query objects, so a
 * page number nested in a deepObject (`page[number]`) and a cursor travel the same way.
 */
export function nextPageParam<Page, Query>(pagination: Pagination) {
  return (lastPage: Page, allPages: Page[], lastPageParam: Query | undefined): Query | undefined => {
    const seen = allPages.reduce((count, page) => count + itemsOf(page, pagination).length, 0);
    const query = (lastPageParam ?? {}) as Record<string, unknown>;
    return nextQuery(pagination, query, lastPage, itemsOf(lastPage, pagination).length, seen) as
      | Query
      | undefined;
  };
}

/** Invalidates the keys a mutation changes, once it has succeeded. */
export async function invalidate(settings: MutationSettings | undefined, keys: QueryKey[]): Promise<void> {
  const client = settings?.queryClient;
  if (!client) return;
  await Promise.all((settings.invalidates ?? keys).map((queryKey) => client.invalidateQueries({ queryKey })));
}

/** The call's options with TanStack Query's abort signal, which cancels it when the query is dropped. */
export function withSignal<O extends RequestOptions>(
  options: O | undefined,
  signal: AbortSignal | undefined,
): O {
  const own = options?.signal;
  const both = own && signal && typeof AbortSignal.any === "function"
    ? AbortSignal.any([own, signal])
    : undefined;
  return { ...(options ?? ({} as O)), ...((both ?? signal) ? { signal: both ?? signal } : {}) };
}
