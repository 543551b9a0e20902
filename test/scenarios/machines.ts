// The status machines the providers' guides document (x-product.guide in specs/), written out so
// the scenarios check every status they see against them rather than against the mock's own code.
import type { Machine } from "./support.js";

export const telnyxBrand: Machine = {
  REGISTRATION_PENDING: ["OK", "REGISTRATION_FAILED"],
  REGISTRATION_FAILED: ["REGISTRATION_PENDING"],
};

export const telnyxCampaign: Machine = {
  TCR_PENDING: ["TCR_ACCEPTED", "TCR_FAILED"],
  TCR_ACCEPTED: ["TELNYX_ACCEPTED", "TELNYX_FAILED"],
  TELNYX_ACCEPTED: ["MNO_PENDING"],
  MNO_PENDING: ["MNO_ACCEPTED", "MNO_REJECTED"],
  MNO_ACCEPTED: ["MNO_PROVISIONED", "MNO_PROVISIONING_FAILED"],
  // campaign.submitAppeal: "the status then returns to TCR_ACCEPTED".
  TELNYX_FAILED: ["TCR_ACCEPTED"],
  MNO_REJECTED: ["TCR_ACCEPTED"],
};

export const telnyxAssignment: Machine = { PENDING_ASSIGNMENT: ["ASSIGNED", "FAILED_ASSIGNMENT"] };

export const telnyxNumberOrder: Machine = { pending: ["success", "failure"] };

export const telnyxPortingOrder: Machine = {
  draft: ["submitted"],
  submitted: ["in-process", "exception", "cancel-pending"],
  "in-process": ["foc-date-confirmed", "exception", "cancel-pending"],
  exception: ["in-process", "cancel-pending"],
  "foc-date-confirmed": ["ported", "cancel-pending"],
  "cancel-pending": ["cancelled"],
};

export const vonageCampaign: Machine = {
  PENDING_REVIEW: ["CARRIERS_REVIEW", "UPDATES_REQUIRED"],
  CARRIERS_REVIEW: ["ACTIVE", "REJECTED"],
  UPDATES_REQUIRED: ["PENDING_REVIEW"],
};

export const vonageNumber: Machine = { LINKING: ["LINKED", "REJECTED"] };

// "A failed vet can be appealed with evidence": the appeal reviews it again.
export const vonageVetting: Machine = { PENDING: ["ACTIVE", "FAILED"], FAILED: ["PENDING"] };
