// How Telnyx's 10DLC resources live in the mock, as Telnyx's 10DLC guide and API reference tell
// it: the brand is registered and its identity verified, campaigns are submitted only for a
// registered, verified brand and go through TCR, Telnyx and carrier review, and numbers are
// assigned only to a provisioned campaign. Failure branches are chosen with a marker value in the
// request (markers.ts): `mock:<branch>` in the brand's `displayName` or the campaign's
// `description`, a phone number ending in 9999 for an assignment that fails.
import { ownValue, scalarText } from "../../state/data.js";
import type { Json, LifecycleContext, OperationAnswer, OperationRequest, Refusal, StateAccess, StateView, Transition } from "../../state/resource-def.js";
import { isFailingNumber, markerIn } from "../markers.js";
import { qualificationProblem, termsOf } from "../usecases.js";

// ---- brands -------------------------------------------------------------------------------

const BRAND_VERIFIED = "brandStatusUpdate";

/** A brand's registration: verified after a minute, or the branch its display name asks for. */
export function brandLifecycle(brand: Json): Transition[] {
  const verify = (set: Record<string, unknown>): Transition[] => [{ after: 60, set, webhook: BRAND_VERIFIED }];
  switch (markerIn(ownValue(brand, "displayName"))) {
    case "registration-failed":
      return verify({ status: "REGISTRATION_FAILED", identityStatus: "UNVERIFIED", failureReasons: "TCR could not verify the business identity (EIN and legal name do not match)." });
    case "unverified":
      return verify({ status: "OK", identityStatus: "UNVERIFIED", failureReasons: "Identity verification failed: the business could not be matched to its tax record." });
    case "self-declared":
      return verify({ status: "OK", identityStatus: "SELF_DECLARED" });
    case "vetted":
      return verify({ status: "OK", identityStatus: "VETTED_VERIFIED" });
    default:
      // A sole proprietor's identity is verified by the PIN texted to its mobile (sms-otp.ts).
      if (ownValue(brand, "entityType") === "SOLE_PROPRIETOR") return verify({ status: "OK", identityStatus: "SELF_DECLARED" });
      return verify({ status: "OK", identityStatus: "VERIFIED" });
  }
}

/**
 * `brand.update` of a brand whose registration failed resubmits it (the guide's "fix,
 * `brand.update`"): pending again at once, then the branch its display name asks for now.
 */
export function brandResubmission(brand: Json): Transition[] | undefined {
  if (ownValue(brand, "status") !== "REGISTRATION_FAILED") return undefined;
  return [{ after: 0, set: { status: "REGISTRATION_PENDING", identityStatus: "UNVERIFIED", failureReasons: "" } }, ...brandLifecycle(brand)];
}

/** A brand may be deleted only when it has no campaign the mock keeps (deactivated ones are gone). */
export function refuseBrandDelete(brand: Json, view: StateView): Refusal | undefined {
  const id = scalarText(ownValue(brand, "brandId"));
  const count = view.all("campaign").filter((campaign) => ownValue(campaign, "brandId") === id).length;
  if (count === 0) return undefined;
  return { status: 422, title: "Brand has active campaigns", detail: `Brand ${id} has ${count} active campaign${count === 1 ? "" : "s"}; deactivate them before deleting the brand.`, code: "10015" };
}

// ---- external vetting ---------------------------------------------------------------------

/** A score from which a vet counts as passed (TCR's tiers start there). */
const PASSING_SCORE = 75;

/**
 * `brand.externalVetting.order`: scored after ten minutes, 75 (passed), or 20 (failed) when the
 * brand's display name holds `mock:vetting-failed`.
 */
export function vettingLifecycle(_vetting: Json, { view, parentId }: LifecycleContext): Transition[] {
  const fails = markerIn(ownValue(view.get("brand", parentId ?? ""), "displayName")) === "vetting-failed";
  return [{ after: 600, set: fails ? { vettingScore: 20 } : { vettingScore: PASSING_SCORE, vettingToken: "MOCKVET01" } }];
}

/** A scored vet names when it was scored. */
export function stampVetting(vetting: Json, view: StateView): void {
  if (typeof ownValue(vetting, "vettingScore") === "number" && ownValue(vetting, "vettedDate") === undefined) vetting.vettedDate = new Date(view.now()).toISOString();
}

/** Vetted: by identity (VETTED_VERIFIED) or by an external vet that passed. */
function isVetted(brand: Json, view: StateView): boolean {
  if (ownValue(brand, "identityStatus") === "VETTED_VERIFIED") return true;
  const id = scalarText(ownValue(brand, "brandId")) ?? "";
  return view.children("externalVetting", id).some((vetting) => Number(ownValue(vetting, "vettingScore")) >= PASSING_SCORE);
}

/** Whether a brand may register campaigns at all, and for which use case: usecases.ts's rule. */
function brandProblem(brand: Json, usecase: string, view: StateView): string | undefined {
  const id = scalarText(ownValue(brand, "brandId")) ?? "";
  const status = ownValue(brand, "status");
  if (status !== "OK") return `Brand ${id} is ${String(status)}; submit campaigns once its status is OK.`;
  const identity = ownValue(brand, "identityStatus");
  if (ownValue(brand, "entityType") === "SOLE_PROPRIETOR" && identity !== "VERIFIED") {
    return `Brand ${id} is a sole proprietor whose mobile number is not verified yet; send the PIN (triggerSmsOtp) and verify it (verifySmsOtp) first.`;
  }
  return qualificationProblem(usecase, { verified: identity !== "UNVERIFIED", vetted: isVetted(brand, view), label: id });
}

/** GET /10dlc/campaignBuilder/brand/{brandId}/usecase/{usecase}: the terms of the use case asked for. */
export function qualifyByUsecase(request: OperationRequest, view: StateView): OperationAnswer {
  const brandId = request.params.brandId ?? "";
  const usecase = request.params.usecase ?? "";
  const brand = view.get("brand", brandId);
  if (!brand) return { refuse: { status: 404, title: "Resource not found", detail: `Nothing matches the identifier ${JSON.stringify(brandId)} given in the path.`, code: "10005" } };
  const problem = brandProblem(brand, usecase, view);
  if (problem) return { refuse: { status: 422, title: "Brand does not qualify", detail: problem, code: "10015" } };
  const terms = termsOf(usecase);
  return {
    status: request.status,
    body: {
      usecase,
      minSubUsecases: terms.minSubUsecases,
      maxSubUsecases: terms.maxSubUsecases,
      monthlyFee: terms.monthlyFee,
      quarterlyFee: terms.monthlyFee * 3,
      annualFee: terms.monthlyFee * 12,
      mnoMetadata: { "10017": { mno: "AT&T", qualify: true }, "10035": { mno: "T-Mobile", qualify: true } },
    },
  };
}

// ---- campaigns ----------------------------------------------------------------------------

const CAMPAIGN_UPDATE = "campaignStatusUpdate";

/** Campaign submission needs a registered brand that qualifies for the use case. */
export function refuseCampaign(request: OperationRequest, view: StateView): Refusal | undefined {
  const brand = view.get("brand", scalarText(request.body.brandId) ?? "");
  if (!brand) return undefined; // the engine answers a missing parent
  const problem = brandProblem(brand, scalarText(request.body.usecase) ?? "", view);
  return problem ? { status: 422, title: "Brand not ready for campaigns", detail: problem, pointer: "/brandId", code: "10015" } : undefined;
}

/** The campaign's review: TCR, then Telnyx, then the carriers; each step notifies. */
export function campaignLifecycle(campaign: Json): Transition[] {
  const step = (after: number, set: Record<string, unknown>): Transition => ({ after, set, webhook: CAMPAIGN_UPDATE });
  const accepted = [
    step(30, { campaignStatus: "TCR_ACCEPTED", submissionStatus: "CREATED" }),
    step(120, { campaignStatus: "TELNYX_ACCEPTED" }),
    step(240, { campaignStatus: "MNO_PENDING" }),
    step(600, { campaignStatus: "MNO_ACCEPTED" }),
    step(900, { campaignStatus: "MNO_PROVISIONED", isTMobileRegistered: true }),
  ];
  switch (markerIn(ownValue(campaign, "description"))) {
    case "tcr-failed":
      return [step(30, { campaignStatus: "TCR_FAILED", submissionStatus: "FAILED", failureReasons: "TCR rejected the campaign: the description does not match the brand's business." })];
    case "telnyx-failed":
      return [accepted[0]!, step(120, { campaignStatus: "TELNYX_FAILED", failureReasons: "Telnyx review: the sample messages do not show how to opt out." })];
    case "mno-rejected":
      return [...accepted.slice(0, 3), step(600, { campaignStatus: "MNO_REJECTED", failureReasons: "T-Mobile rejected the campaign: the opt-in flow is not described." })];
    case "provisioning-failed":
      return [...accepted.slice(0, 4), step(900, { campaignStatus: "MNO_PROVISIONING_FAILED", failureReasons: "A carrier could not provision the campaign." })];
    default:
      return accepted;
  }
}

const APPEALABLE = new Set(["TELNYX_FAILED", "MNO_REJECTED"]);

/**
 * POST /10dlc/campaign/{campaignId}/appeal: a campaign Telnyx or a carrier rejected goes back to
 * `TCR_ACCEPTED` for a manual review, which in the mock succeeds: on to `MNO_PROVISIONED`,
 * notifying each step as a first review does.
 */
export function appealCampaign(request: OperationRequest, state: StateAccess): OperationAnswer {
  const campaignId = request.params.campaignId ?? "";
  const campaign = state.get("campaign", campaignId);
  if (!campaign) return { refuse: { status: 404, title: "Resource not found", detail: `Nothing matches the identifier ${JSON.stringify(campaignId)} given in the path.`, code: "10005" } };
  const status = String(ownValue(campaign, "campaignStatus"));
  if (!APPEALABLE.has(status)) {
    return { refuse: { status: 422, title: "Campaign cannot be appealed", detail: `Only campaigns in TELNYX_FAILED or MNO_REJECTED can be appealed; this one is ${status}.`, code: "10015" } };
  }
  const step = (after: number, set: Record<string, unknown>): Transition => ({ after, set, webhook: CAMPAIGN_UPDATE });
  state.startLifecycle("campaign", campaignId, [
    step(0, { campaignStatus: "TCR_ACCEPTED", failureReasons: "" }),
    step(120, { campaignStatus: "TELNYX_ACCEPTED" }),
    step(240, { campaignStatus: "MNO_PENDING" }),
    step(600, { campaignStatus: "MNO_ACCEPTED" }),
    step(900, { campaignStatus: "MNO_PROVISIONED", isTMobileRegistered: true }),
  ]);
  return { status: request.status, body: { appealed_at: new Date(state.now()).toISOString().replace(/\.\d{3}Z$/, "Z") } };
}

// ---- phone number assignment --------------------------------------------------------------

const ASSIGNMENT_UPDATE = "numberAssignmentUpdate";

/** A number is assigned only to a provisioned campaign, and to one campaign at a time. */
export function refuseAssignment(request: OperationRequest, view: StateView): Refusal | undefined {
  const phoneNumber = scalarText(request.body.phoneNumber) ?? "";
  const existing = view.get("phoneNumberCampaign", phoneNumber);
  if (existing) {
    return { status: 422, title: "Number already assigned", detail: `${phoneNumber} is already assigned to campaign ${String(ownValue(existing, "campaignId"))}; delete that assignment first.`, pointer: "/phoneNumber", code: "10015" };
  }
  const campaignId = scalarText(request.body.campaignId) ?? "";
  const campaign = view.get("campaign", campaignId);
  const status = campaign ? ownValue(campaign, "campaignStatus") : undefined;
  if (campaign && status !== "MNO_PROVISIONED") {
    return { status: 422, title: "Campaign not provisioned", detail: `Campaign ${campaignId} is ${String(status)}; numbers can be assigned once it is MNO_PROVISIONED.`, pointer: "/campaignId", code: "10015" };
  }
  return undefined;
}

/** The assignment names the campaign's brand. */
export function linkAssignment(assignment: Json, _request: OperationRequest, view: StateView): void {
  const campaign = view.get("campaign", scalarText(ownValue(assignment, "campaignId")) ?? "");
  if (!campaign) return;
  for (const field of ["brandId", "tcrBrandId", "tcrCampaignId"]) {
    const value = ownValue(campaign, field);
    if (typeof value === "string" && Object.hasOwn(assignment, field)) assignment[field] = value;
  }
  if (Object.hasOwn(assignment, "telnyxCampaignId")) assignment.telnyxCampaignId = ownValue(assignment, "campaignId");
}

export function assignmentLifecycle(assignment: Json): Transition[] {
  if (isFailingNumber(ownValue(assignment, "phoneNumber"))) {
    return [{ after: 60, set: { assignmentStatus: "FAILED_ASSIGNMENT", failureReasons: "The carrier refused the number for this campaign." }, webhook: ASSIGNMENT_UPDATE }];
  }
  return [{ after: 60, set: { assignmentStatus: "ASSIGNED", failureReasons: "" }, webhook: ASSIGNMENT_UPDATE }];
}
