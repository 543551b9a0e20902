// The resources Vonage's stateful 10DLC mock keeps: brands, their campaigns, and the numbers
// linked to a campaign, with the statuses Vonage's 10DLC reference describes.
import { randomUUID } from "../../state/ids.js";
import type { ResourceDef } from "../../state/resource-def.js";
import { vonageConventions } from "./conventions.js";

/** Vonage ids: a prefix and upper-case letters and digits without look-alikes (BLQKOPK, VC987XYZ). */
const upperId = (prefix: string, length: number) => () =>
  prefix + Array.from({ length }, () => "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"[Math.floor(Math.random() * 32)]).join("");

export const vonageResources: ResourceDef[] = [
  {
    ...vonageConventions,
    name: "brand",
    label: "brand",
    create: "POST /brands",
    list: "/brands",
    item: "/brands/{brand_id}",
    idField: "brand_id",
    envelope: "flat",
    newId: upperId("B", 6),
    initial: { status: "ACTIVE" },
  },
  {
    ...vonageConventions,
    name: "campaign",
    label: "campaign",
    create: "POST /brands/{brand_id}/campaigns",
    list: "/brands/{brand_id}/campaigns",
    item: "/brands/{brand_id}/campaigns/{campaign_id}",
    idField: "campaign_id",
    envelope: "flat",
    newId: upperId("VC", 6),
    parent: { resource: "brand", from: "path", key: "brand_id" },
    initial: { status: "PENDING_REVIEW", traffic_enabled: false },
    lifecycle: [
      { after: 300, set: { status: "CARRIERS_REVIEW" } },
      { after: 1800, set: { status: "ACTIVE", traffic_enabled: true } },
    ],
  },
  {
    ...vonageConventions,
    name: "number",
    label: "number",
    create: "POST /brands/{brand_id}/campaigns/{campaign_id}/numbers",
    list: "/brands/{brand_id}/campaigns/{campaign_id}/numbers",
    item: "/brands/{brand_id}/campaigns/{campaign_id}/numbers/{number}",
    idField: "number",
    envelope: "flat",
    newId: (body) => (typeof body.number === "string" ? body.number : randomUUID()),
    parent: { resource: "campaign", from: "path", key: "campaign_id" },
    initial: { status: "LINKING" },
    lifecycle: [{ after: 120, set: { status: "LINKED" } }],
  },
];
