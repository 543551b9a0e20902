// The resources Vonage's stateful 10DLC mock keeps: brands, their vettings and campaigns, and the
// numbers linked to a campaign, with the statuses and rules Vonage's 10DLC reference describes
// (ten-dlc.ts; failure branches by marker values, ../markers.ts).
import { randomUUID } from "../../state/ids.js";
import type { ResourceDef } from "../../state/resource-def.js";
import { vonageConventions } from "./conventions.js";
import { appealVetting, downloadEvidence, EVIDENCE, uploadEvidence } from "./evidence.js";
import {
  brandInitial,
  brandLinks,
  campaignLifecycle,
  campaignLinks,
  campaignReview,
  deletedBrand,
  numberLifecycle,
  numberLinks,
  qualifyUsecase,
  refuseCampaign,
  refuseLink,
  vettingLifecycle,
  vettingLinks,
} from "./ten-dlc.js";

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
    initial: { status: "ACTIVE", campaign_count: 0 },
    onCreate: (brand) => {
      brandInitial(brand);
      brandLinks(brand);
    },
    operations: { "GET /brands/{brand_id}/usecases/{usecase}": qualifyUsecase },
    // "Moves a brand … to the DELETED state, which cannot be undone"; every other call on it answers 502.
    deleteKeeps: { status: "DELETED" },
    gone: deletedBrand,
  },
  {
    ...vonageConventions,
    name: "vetting",
    label: "vetting request",
    create: "POST /brands/{brand_id}/vetting/requests",
    list: "/brands/{brand_id}/vetting/requests",
    idField: "vetting_id",
    envelope: "flat",
    newId: upperId("V", 7),
    parent: { resource: "brand", from: "path", key: "brand_id" },
    initial: { vetting_status: "PENDING", failed_reasons: [] },
    onCreate: vettingLinks,
    lifecycle: vettingLifecycle,
    operations: { "POST /brands/{brand_id}/vetting/requests/{vetting_id}/appeal": appealVetting },
  },
  {
    ...vonageConventions,
    name: EVIDENCE,
    label: "evidence file",
    list: "/brands/{brand_id}/appeal/evidence",
    item: "/brands/{brand_id}/appeal/evidence/{evidence_id}",
    idField: "id",
    envelope: "flat",
    // Vonage's evidence ids are long base64 strings (OWUwZTA5MmUt…): a UUID, base64.
    newId: () => btoa(randomUUID()).replace(/=+$/, ""),
    parent: { resource: "brand", from: "path", key: "brand_id" },
    operations: { "POST /brands/{brand_id}/appeal/evidence": uploadEvidence, "GET /brands/{brand_id}/appeal/evidence/{evidence_id}": downloadEvidence },
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
    refuseCreate: refuseCampaign,
    onCreate: campaignLinks,
    initial: { status: "PENDING_REVIEW", traffic_enabled: false },
    lifecycle: campaignLifecycle,
    lifecycleOnUpdate: campaignReview,
    // DELETE "cancels the renewal of the campaign"; the campaign itself stays until it expires.
    deleteKeeps: { auto_renewal: false },
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
    refuseCreate: refuseLink,
    onCreate: numberLinks,
    initial: { status: "LINKING" },
    lifecycle: numberLifecycle,
  },
];
