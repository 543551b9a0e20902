// Copied from codegen/runtime by `npm run generate`. Do not edit this copy.
// The one definition of `x-pagination`, the extension that tells the client how a list operation
// pages. The client runtime (pagination.ts), the lint (codegen/lint-pagination.ts), the spec types
// (codegen/openapi-types.ts) and the stateful mocks (mocks/state/) all take its shape from here.
// No imports: it is copied into generated/runtime/ and also runs in the browser mock.

/** Numbered pages: a page-number and a page-size query parameter; the end from totals or a short page. */
export interface PagePagination {
  style: "page";
  pageParam: string;
  sizeParam: string;
  /** Dot path of the items array in the response, e.g. "records" or "_embedded.brands". */
  items: string;
  /** Dot path of the total item count, when the response has one. */
  total?: string;
  /** Dot path of the total page count, when the response has one. */
  totalPages?: string;
}

/** A token per page: sent in `cursorParam`, the next one read from the response's `next`. */
export interface CursorPagination {
  style: "cursor";
  cursorParam: string;
  sizeParam?: string;
  items: string;
  next: string;
}

export type Pagination = PagePagination | CursorPagination;

/** The fields each style must have: what the lint requires. */
export const PAGINATION_REQUIRED: Readonly<Record<Pagination["style"], readonly string[]>> = {
  page: ["pageParam", "sizeParam", "items"],
  cursor: ["cursorParam", "items", "next"],
};

/** Fields naming dot paths into the first 2xx JSON response. */
export const PAGINATION_RESPONSE_FIELDS = ["items", "total", "totalPages", "next"] as const;

/** Fields naming query parameters (possibly a deepObject member, "page[number]"). */
export const PAGINATION_QUERY_FIELDS = ["pageParam", "sizeParam", "cursorParam"] as const;

/** Any field of either style, loosely: what a spec may hold before the lint has checked it. */
export type LoosePagination = Partial<Omit<PagePagination, "style"> & Omit<CursorPagination, "style">> & {
  style?: string;
};
