// Vonage's ways, shared by the 10DLC resources it keeps: HAL-style list pages (`page`,
// `page_size`, `total_items`; the items and `total_pages` come from the spec's x-pagination),
// its timestamp fields, and a 404 worded as Vonage's 10DLC reference does
// ("No campaign VC987XYZ was found.").
import { isPlainObject, ownValue } from "../../state/data.js";
import { getPath, setPath } from "../../state/paths.js";
import type { Json, PageInfo, ResourceDef, ResourceHooks } from "../../state/resource-def.js";
import { vonageRefusalBody } from "./errors.js";

const BASE = "https://api.nexmo.com/v1/10dlc";

function writePage(envelope: Json, info: PageInfo): void {
  const fields: Array<[string, number]> = [["page", info.page], ["page_size", info.size], ["total_items", info.total]];
  for (const [field, value] of fields) if (getPath(envelope, field) !== undefined) setPath(envelope, field, value);
  if (info.tokens) writeCursorLinks(envelope, info.path, info.tokens);
}

/** A cursor page's `_links` point at this list's pages, and only at pages that exist. */
function writeCursorLinks(envelope: Json, path: string, tokens: NonNullable<PageInfo["tokens"]>): void {
  const links = ownValue(envelope, "_links");
  if (!isPlainObject(links)) return;
  const hrefs: Array<[string, string | undefined]> = [["next", tokens.next], ["previous", tokens.previous], ["first", tokens.first], ["last", tokens.last]];
  for (const [name, token] of hrefs) {
    if (token === undefined) delete links[name];
    else links[name] = { href: `${BASE}${path}?page_token=${token}` };
  }
}

export const vonageConventions: ResourceHooks = {
  page: writePage,
  timestamps: { created: ["created_date", "created_at"], updated: ["last_updated"] },
  notFound: (def: ResourceDef, id: string) => ({ title: "Not Found", detail: `No ${def.label} ${id} was found.` }),
  missingParent: (parent: ResourceDef, id: string | undefined) => ({ title: "Not Found", detail: `No ${parent.label} ${id ?? ""} was found.` }),
  errorBody: vonageRefusalBody,
  // Lists without x-pagination page like the brand, campaign and number lists (the guide's words).
  pagination: { pageParam: "page", sizeParam: "page_size", totalPages: "total_pages" },
};
