// Auto-pagination in each style the providers use, across several pages of a local server.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type OperationSpec, type Pagination } from "../../codegen/runtime/index.js";
import { boundTo } from "./bound.js";
import { startScriptedServer, type ScriptedServer } from "../support/server.js";

let server: ScriptedServer;
beforeAll(async () => {
  server = await startScriptedServer();
});
afterAll(() => server.close());

const ITEMS = Array.from({ length: 7 }, (_, i) => ({ id: `item-${i + 1}` }));
const transport = () => boundTo({ baseUrl: server.url, headers: {} });
const list = (pagination: Pagination): OperationSpec => ({ method: "GET", path: "/items", response: "json", pagination });
const query = (url: string) => new URL(url, "http://x").searchParams;

/** Serves ITEMS `size` at a time; `shape` builds the body of page `n` from its slice. */
function servePages(pageOf: (params: URLSearchParams) => number, size: number, shape: (slice: unknown[], n: number, pages: number) => object) {
  const pages = Math.ceil(ITEMS.length / size);
  server.handle((request) => {
    const n = pageOf(query(request.url));
    return { body: shape(ITEMS.slice((n - 1) * size, n * size), n, pages) };
  });
}

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of iterable) out.push(item);
  return out;
}

describe("auto-pagination", () => {
  it("Telnyx page[number]/page[size] with meta.total_pages", async () => {
    servePages((q) => Number(q.get("page[number]") ?? 1), 3, (data, n, pages) => ({
      data,
      meta: { page_number: n, page_size: 3, total_pages: pages, total_results: ITEMS.length },
    }));
    const op = list({ style: "page", pageParam: "page[number]", sizeParam: "page[size]", items: "data", total: "meta.total_results", totalPages: "meta.total_pages" });
    const items = await collect(transport().list<unknown, { id: string }>(op, { query: { page: { size: 3 }, filter: { country_code: "US" } } }));
    expect(items).toEqual(ITEMS);
    expect(server.requests.map((r) => decodeURIComponent(r.url))).toEqual([
      "/items?page[size]=3&filter[country_code]=US",
      "/items?page[size]=3&page[number]=2&filter[country_code]=US",
      "/items?page[size]=3&page[number]=3&filter[country_code]=US",
    ]);
  });

  it("Telnyx 10DLC page/recordsPerPage with records and totalRecords", async () => {
    servePages((q) => Number(q.get("page") ?? 1), 2, (records, n) => ({ page: n, records, totalRecords: ITEMS.length }));
    const op = list({ style: "page", pageParam: "page", sizeParam: "recordsPerPage", items: "records", total: "totalRecords" });
    expect(await collect(transport().list(op, { query: { recordsPerPage: 2 } }))).toEqual(ITEMS);
    expect(server.requests).toHaveLength(4);
  });

  it("Vonage page/page_size with _embedded and total_pages, page by page too", async () => {
    servePages((q) => Number(q.get("page") ?? 1), 4, (brands, n, pages) => ({
      page: n,
      page_size: 4,
      total_pages: pages,
      total_items: ITEMS.length,
      _embedded: { brands },
      _links: { self: { href: `/brands?page=${n}` } },
    }));
    const op = list({ style: "page", pageParam: "page", sizeParam: "page_size", items: "_embedded.brands", totalPages: "total_pages" });
    const pages = await collect(transport().list<{ page: number }, unknown>(op, { query: { page_size: 4 } }).pages());
    expect(pages.map((p) => p.page)).toEqual([1, 2]);
    expect(await collect(transport().list(op, { query: { page_size: 4 } }))).toEqual(ITEMS);
  });

  it("Vonage cursor page_token fed from next_page, ending when no token comes back", async () => {
    server.handle((request) => {
      const token = query(request.url).get("page_token");
      const n = token ? Number(token.replace("tok-", "")) : 1;
      const slice = ITEMS.slice((n - 1) * 3, n * 3);
      return { body: { page_size: 3, _embedded: { evidences: slice }, ...(n * 3 < ITEMS.length ? { next_page: `tok-${n + 1}` } : {}) } };
    });
    const op = list({ style: "cursor", cursorParam: "page_token", sizeParam: "page_size", items: "_embedded.evidences", next: "next_page" });
    expect(await collect(transport().list(op, { query: { page_size: 3 } }))).toEqual(ITEMS);
    expect(server.requests.map((r) => query(r.url).get("page_token"))).toEqual([null, "tok-2", "tok-3"]);
  });

  it("stops on a short page when the response carries no totals", async () => {
    servePages((q) => Number(q.get("page") ?? 1), 5, (data) => ({ data }));
    const op = list({ style: "page", pageParam: "page", sizeParam: "size", items: "data" });
    expect(await collect(transport().list(op, { query: { size: 5 } }))).toEqual(ITEMS);
    expect(server.requests).toHaveLength(2);
  });

  it("is awaitable as the first page only, with one request", async () => {
    servePages((q) => Number(q.get("page") ?? 1), 2, (records, n) => ({ page: n, records, totalRecords: ITEMS.length }));
    const op = list({ style: "page", pageParam: "page", sizeParam: "recordsPerPage", items: "records", total: "totalRecords" });
    const first = await transport().list<{ page: number; records: unknown[] }, unknown>(op, { query: { recordsPerPage: 2 } });
    expect(first.page).toBe(1);
    expect(first.records).toEqual(ITEMS.slice(0, 2));
    expect(server.requests).toHaveLength(1);
  });
});
