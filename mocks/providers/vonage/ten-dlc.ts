// How Vonage's 10DLC resources live in the mock, as Vonage's 10DLC guide and reference tell it:
// links name the real brand, campaign and number; a use case is qualified by the rule in
// ../usecases.ts and a campaign is refused for one the brand does not qualify for; a number is
// linked to one campaign at a time; campaigns go through review to ACTIVE, numbers to LINKED.
// Failure branches are chosen with a marker value (../markers.ts): `mock:unverified` or
// `mock:vetting-failed` in the brand's `display_name`, `mock:updates-required` or `mock:rejected`
// in the campaign's `description`, a number ending in 9999 for a link Vonage rejects.
// Vonage's 10DLC reference documents no webhooks for these changes, so the mock sends none: a
// frontend polls, as the guide says.
import { isPlainObject, ownValue, scalarText, toData } from "../../state/data.js";
import { setPath } from "../../state/paths.js";
import type { Json, LifecycleContext, OperationAnswer, OperationRequest, Refusal, StateView, Transition } from "../../state/resource-def.js";
import { isFailingNumber, markerIn } from "../markers.js";
import { qualificationProblem, termsOf } from "../usecases.js";

const BASE = "https://api.nexmo.com/v1/10dlc";

function link(object: Json, name: string, href: string): void {
  if (isPlainObject(ownValue(object, "_links"))) setPath(object, `_links.${name}`, { href });
}

export function brandLinks(brand: Json): void {
  const self = `${BASE}/brands/${String(ownValue(brand, "brand_id"))}`;
  link(brand, "self", self);
  link(brand, "campaigns", `${self}/campaigns`);
}

export function campaignLinks(campaign: Json, request: OperationRequest): void {
  const brand = `${BASE}/brands/${request.params.brand_id ?? ""}`;
  const self = `${brand}/campaigns/${String(ownValue(campaign, "campaign_id"))}`;
  campaign.brand_id = request.params.brand_id ?? ownValue(campaign, "brand_id");
  link(campaign, "self", self);
  link(campaign, "brand", brand);
  link(campaign, "numbers", `${self}/numbers`);
}

export function numberLinks(number: Json, request: OperationRequest): void {
  const brand = `${BASE}/brands/${request.params.brand_id ?? ""}`;
  const campaign = `${brand}/campaigns/${request.params.campaign_id ?? ""}`;
  link(number, "self", `${campaign}/numbers/${String(ownValue(number, "number"))}`);
  link(number, "campaign", campaign);
  link(number, "brand", brand);
}

export function vettingLinks(vetting: Json, request: OperationRequest): void {
  const brand = `${BASE}/brands/${request.params.brand_id ?? ""}`;
  link(vetting, "self", `${brand}/vetting/requests/${String(ownValue(vetting, "vetting_id"))}`);
  link(vetting, "brand", brand);
}

function refusal(status: number, slug: string, title: string, detail: string, pointer?: string): Refusal {
  return { status, title, detail, code: slug, ...(pointer ? { pointer } : {}) };
}

// ---- brands and vetting -------------------------------------------------------------------

/** A brand's identity, for the qualification rule: its status, and a successful vet among its vettings. */
function identityOf(brand: Json, view: StateView): { verified: boolean; vetted: boolean; label: string } {
  const id = scalarText(ownValue(brand, "brand_id")) ?? "";
  return {
    verified: ownValue(brand, "status") !== "UNVERIFIED",
    vetted: view.children("vetting", id).some((vetting) => ownValue(vetting, "vetting_status") === "ACTIVE"),
    label: id,
  };
}

/** A deleted brand stays (status DELETED), and every call on it, or under it, answers 502. */
export function deletedBrand(brand: Json): Refusal | undefined {
  if (ownValue(brand, "status") !== "DELETED") return undefined;
  return refusal(502, "bad-gateway", "Brand not found", `Brand ${String(ownValue(brand, "brand_id"))} is in DELETED state.`);
}

/** `mock:unverified` in the display name: Vonage could not verify the brand. */
export function brandInitial(brand: Json): void {
  if (markerIn(ownValue(brand, "display_name")) === "unverified") brand.status = "UNVERIFIED";
}

/** A vet is scored after ten minutes, or fails when its brand's display name asks for it. */
export function vettingLifecycle(_vetting: Json, { view, parentId }: LifecycleContext): Transition[] {
  const brand = view.get("brand", parentId ?? "");
  const fails = markerIn(ownValue(brand, "display_name")) === "vetting-failed";
  return [
    fails
      ? { after: 600, set: { vetting_status: "FAILED", vetting_score: 0, failed_reasons: ["The business could not be matched to the registry records supplied."] } }
      : { after: 600, set: { vetting_status: "ACTIVE", vetting_score: 80, failed_reasons: [] } },
  ];
}

/** GET /brands/{brand_id}/usecases/{usecase}: the terms of the use case asked for, or use-case-denied. */
export function qualifyUsecase(request: OperationRequest, view: StateView): OperationAnswer {
  const brandId = request.params.brand_id ?? "";
  const usecase = request.params.usecase ?? "";
  const brand = view.get("brand", brandId);
  if (!brand) return { refuse: refusal(404, "not-found", "Not Found", `No brand ${brandId} was found.`) };
  const deleted = deletedBrand(brand);
  if (deleted) return { refuse: deleted };
  const problem = qualificationProblem(usecase, identityOf(brand, view));
  if (problem) return { refuse: refusal(422, "use-case-denied", "Use case denied", problem) };
  const terms = termsOf(usecase);
  const answer: Json = isPlainObject(request.output) ? toData(request.output) : Object.create(null);
  answer.usecase = usecase;
  answer.quarterly_fee = Math.round(terms.monthlyFee * 3);
  answer.annual_fee = Math.round(terms.monthlyFee * 12);
  return { status: request.status, body: answer };
}

// ---- campaigns ----------------------------------------------------------------------------

/** A campaign needs a brand that qualifies for its use case and exactly one message flow. */
export function refuseCampaign(request: OperationRequest, view: StateView): Refusal | undefined {
  const flows = ["message_flow", "message_flow_details"].filter((field) => request.body[field] !== undefined);
  if (flows.length !== 1) {
    return refusal(422, "invalid-campaign-data", "There are errors in the campaign data submitted.", "Exactly one of message_flow or message_flow_details must be provided.");
  }
  const brand = view.get("brand", request.params.brand_id ?? "");
  if (!brand) return undefined; // the engine answers a missing parent
  const problem = qualificationProblem(scalarText(request.body.usecase) ?? "", identityOf(brand, view));
  return problem ? refusal(422, "brand-not-qualified", "Brand not qualified", problem, "/usecase") : undefined;
}

export function campaignLifecycle(campaign: Json): Transition[] {
  switch (markerIn(ownValue(campaign, "description"))) {
    case "updates-required":
      return [{ after: 300, set: { status: "UPDATES_REQUIRED", traffic_enabled: false } }];
    case "rejected":
      return [
        { after: 300, set: { status: "CARRIERS_REVIEW" } },
        { after: 1800, set: { status: "REJECTED", traffic_enabled: false } },
      ];
    default:
      return [
        { after: 300, set: { status: "CARRIERS_REVIEW" } },
        { after: 1800, set: { status: "ACTIVE", traffic_enabled: true } },
      ];
  }
}

/** The fields carriers review; a change of any other (`label`, `status`) starts no review. */
const REVIEWED = /^(description|usecase|sub_usecases|message_flow|message_flow_details|sample_\w+|help_\w+|opt_in_\w+|opt_out_\w+|embedded_\w+|age_gated|direct_lending)$/;

/**
 * "Updating it starts a new review": a change of what carriers review puts the campaign back in
 * PENDING_REVIEW, then on the branch its description asks for now.
 */
export function campaignReview(campaign: Json, request: OperationRequest): Transition[] | undefined {
  if (!Object.keys(request.body).some((field) => REVIEWED.test(field))) return undefined;
  return [{ after: 0, set: { status: "PENDING_REVIEW", traffic_enabled: false } }, ...campaignLifecycle(campaign)];
}

// ---- numbers ------------------------------------------------------------------------------

const FREE = new Set(["UNLINKED", "REJECTED"]);

/** A number linked (or being linked) to a campaign cannot be linked to another: numbers-already-linked. */
export function refuseLink(request: OperationRequest, view: StateView): Refusal | undefined {
  const number = scalarText(request.body.number) ?? "";
  const existing = view.get("number", number);
  if (!existing || FREE.has(String(ownValue(existing, "status")))) return undefined;
  return refusal(422, "numbers-already-linked", "Number already linked", `Number ${number} is already linked to a campaign; unlink it there first.`, "/number");
}

export function numberLifecycle(number: Json): Transition[] {
  if (isFailingNumber(ownValue(number, "number"))) return [{ after: 120, set: { status: "REJECTED" } }];
  return [{ after: 120, set: { status: "LINKED" } }];
}
