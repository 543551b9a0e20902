// Copied from codegen/runtime by `npm run generate`. Do not edit this copy.
// Auto-pagination for list operations. Which style an operation uses comes from the spec's
// `x-pagination` (emitted into the operation table), never from guessing at run time:
// - page: a page-number query parameter (`page`, `page[number]`) and a size parameter; the end
//   is known from a total page count, a total item count, or a short/empty page;
// - cursor: a token parameter (`page_token`) fed from a field of the previous page (`next_page`).
// Only list functions import this module, so an app that lists nothing does not bundle it.
import { APIPromise, type WithResponse } from "./api-promise.js";
import {
  send,
  type ClientConfig,
  type OperationInput,
  type OperationSpec,
  type RequestOptions,
} from "./transport.js";

import type { Pagination } from "./x-pagination.js";

export type { Pagination } from "./x-pagination.js";

/** A list call: awaitable as the first page, async-iterable over every item of every page. */
export function list<P, Item>(
  config: ClientConfig,
  operation: OperationSpec,
  input: OperationInput,
  options: RequestOptions = {},
): PagePromise<P, Item> {
  const pagination = operation.pagination as Pagination | undefined;
  if (!pagination) throw new Error(`${operation.method} ${operation.path} has no x-pagination`);
  const query = { ...((input.query ?? {}) as Record<string, unknown>) };
  const fetchPage = (pageQuery: Record<string, unknown>) =>
    send<P>(config, operation, { ...input, query: pageQuery }, options);
  return new PagePromise<P, Item>(fetchPage, pagination, query);
}

/** Fetches one page given the query to send. */
export type PageFetcher<P> = (query: Record<string, unknown>) => Promise<WithResponse<P>>;

/**
 * Awaitable as the first page (typed like the operation's response), and async-iterable over
 * every item of every page. `pages()` walks page by page.
 */
export class PagePromise<P, Item> extends APIPromise<P> implements AsyncIterable<Item> {
  constructor(
    private readonly fetchPage: PageFetcher<P>,
    private readonly pagination: Pagination,
    private readonly query: Record<string, unknown>,
  ) {
    super(fetchPage(query));
  }

  /** Every page, starting with the first, until the last one. */
  async *pages(): AsyncGenerator<P> {
    let query = this.query;
    let current = await this.withResponse();
    let seen = 0;
    for (;;) {
      yield current.data;
      const items = itemsOf<unknown>(current.data, this.pagination);
      seen += items.length;
      const next = nextQuery(this.pagination, query, current.data, items.length, seen);
      if (!next) return;
      query = next;
      current = await this.fetchPage(query);
    }
  }

  async *[Symbol.asyncIterator](): AsyncIterator<Item> {
    for await (const page of this.pages()) yield* itemsOf<Item>(page, this.pagination);
  }
}

export function itemsOf<Item>(page: unknown, pagination: Pagination): Item[] {
  const items = get(page, pagination.items);
  return Array.isArray(items) ? (items as Item[]) : [];
}

/** The query of the page after `page`, or undefined when `page` was the last one. */
export function nextQuery(
  pagination: Pagination,
  query: Record<string, unknown>,
  page: unknown,
  itemCount: number,
  seenSoFar: number,
): Record<string, unknown> | undefined {
  if (pagination.style === "cursor") {
    const token = get(page, pagination.next);
    return typeof token === "string" && token !== ""
      ? setParam(query, pagination.cursorParam, token)
      : undefined;
  }
  if (itemCount === 0) return undefined;
  const current = Number(getParam(query, pagination.pageParam) ?? 1);
  const totalPages = pagination.totalPages ? Number(get(page, pagination.totalPages)) : NaN;
  const total = pagination.total ? Number(get(page, pagination.total)) : NaN;
  if (Number.isFinite(totalPages)) {
    if (current >= totalPages) return undefined;
  } else if (Number.isFinite(total)) {
    if (seenSoFar >= total) return undefined;
  } else {
    // No totals: a page shorter than the requested size is the last one.
    const size = Number(getParam(query, pagination.sizeParam));
    if (Number.isFinite(size) && itemCount < size) return undefined;
  }
  return setParam(query, pagination.pageParam, current + 1);
}

/** Reads a dot path such as "_embedded.brands" or "meta.total_pages". */
function get(value: unknown, path: string): unknown {
  return path.split(".").reduce<unknown>(
    (node, key) => (node as Record<string, unknown> | undefined)?.[key],
    value,
  );
}

/** "page[number]" → ["page", "number"]; "page_token" → ["page_token"]. */
function paramPath(name: string): string[] {
  return name.split(/[[\]]+/).filter(Boolean);
}

function getParam(query: Record<string, unknown>, name: string): unknown {
  return paramPath(name).reduce<unknown>(
    (node, key) => (node as Record<string, unknown> | undefined)?.[key],
    query,
  );
}

/** A copy of `query` with the (possibly nested, deepObject) parameter set. */
function setParam(query: Record<string, unknown>, name: string, value: unknown): Record<string, unknown> {
  const [head, ...rest] = paramPath(name);
  if (head === undefined) return query;
  if (rest.length === 0) return { ...query, [head]: value };
  const child = (query[head] ?? {}) as Record<string, unknown>;
  return { ...query, [head]: setParam(child, rest.map((k) => `[${k}]`).join(""), value) };
}
