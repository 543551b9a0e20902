// Telnyx's ways, shared by every resource it keeps: page metadata in list answers, the words of a
// 404, timestamp fields. Telnyx's API reference words a missing id as "Resource not found" with a
// detail about the identifier; the mock names the id the client sent.
import type { Json, PageInfo, ResourceDef, ResourceHooks } from "../../state/resource-def.js";
import { getPath, setPath } from "../../state/paths.js";
import { telnyxRefusalBody } from "./errors.js";
import { signTelnyxWebhook, telnyxWebhookPayload } from "./webhooks.js";

/**
 * How Telnyx lists page when an operation declares no x-pagination (the guides' words): 10DLC
 * lists with `page` and `recordsPerPage` into `{ page, records, totalRecords }`, the v2 APIs with
 * `page[number]` and `page[size]` into `{ data, meta: { page_number, page_size, total_pages,
 * total_results } }`.
 */
export const TEN_DLC_PAGING = { pageParam: "page", sizeParam: "recordsPerPage", items: "records", total: "totalRecords" };
export const V2_PAGING = { pageParam: "page[number]", sizeParam: "page[size]", items: "data", total: "meta.total_results", totalPages: "meta.total_pages" };

/** 10DLC lists say `page`; the v2 APIs say `meta.page_number` and `meta.page_size`. */
function writePage(envelope: Json, info: PageInfo): void {
  for (const field of ["page", "meta.page_number"]) if (getPath(envelope, field) !== undefined) setPath(envelope, field, info.page);
  if (getPath(envelope, "meta.page_size") !== undefined) setPath(envelope, "meta.page_size", info.size);
  if (getPath(envelope, "meta.total_results") !== undefined) setPath(envelope, "meta.total_results", info.total);
}

export const telnyxConventions: ResourceHooks = {
  listItems: "records",
  page: writePage,
  timestamps: { created: ["created_at", "createdAt"], updated: ["updated_at", "updatedAt"] },
  notFound: (_def: ResourceDef, id: string) => ({
    title: "Resource not found",
    detail: `Nothing matches the identifier ${JSON.stringify(id)} given in the path.`,
  }),
  missingParent: (parent: ResourceDef, id: string | undefined, key: string) => ({
    title: "Resource not found",
    detail: `The ${parent.label} ${JSON.stringify(id ?? "")} given in ${key} does not exist; create it first.`,
  }),
  webhookPayload: telnyxWebhookPayload,
  signWebhook: signTelnyxWebhook,
  errorBody: telnyxRefusalBody,
  pagination: V2_PAGING,
};
