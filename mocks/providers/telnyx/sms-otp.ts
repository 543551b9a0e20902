// The sole proprietor's PIN, as Telnyx's 10DLC guide describes it: a SOLE_PROPRIETOR brand is
// registered SELF_DECLARED and its campaigns stay blocked until `brand.triggerSmsOtp` has texted
// a PIN and `brand.verifySmsOtp` has checked it; the brand is then VERIFIED (and notified). The
// mock texts nothing: every PIN is correct except 000000, which it answers as wrong.
import { ownValue, scalarText } from "../../state/data.js";
import type { Json, OperationAnswer, OperationRequest, Refusal, StateAccess } from "../../state/resource-def.js";

export const OTP_RESOURCE = "brandSmsOtp";
const WRONG_PIN = "000000";

function refuse(status: number, detail: string, pointer?: string): { refuse: Refusal } {
  return { refuse: { status, title: status === 404 ? "Resource not found" : "SMS OTP refused", detail, code: status === 404 ? "10005" : "10015", ...(pointer ? { pointer } : {}) } };
}

function soleProprietor(request: OperationRequest, state: StateAccess): { brand: Json } | { refuse: Refusal } {
  const brandId = request.params.brandId ?? "";
  const brand = state.get("brand", brandId);
  if (!brand) return refuse(404, `Nothing matches the identifier ${JSON.stringify(brandId)} given in the path.`);
  if (ownValue(brand, "entityType") !== "SOLE_PROPRIETOR") return refuse(422, `Brand ${brandId} is not a SOLE_PROPRIETOR brand; only sole proprietors verify a mobile number.`);
  return { brand };
}

/** POST /10dlc/brand/{brandId}/smsOtp: the PIN is "sent"; the request is kept for its reference. */
export function triggerSmsOtp(request: OperationRequest, state: StateAccess): OperationAnswer {
  const found = soleProprietor(request, state);
  if ("refuse" in found) return found;
  const { brand } = found;
  if (!(scalarText(request.body.pinSms) ?? "").includes("@OTP_PIN@")) return refuse(422, "pinSms must contain the @OTP_PIN@ placeholder, which is replaced by the PIN.", "/pinSms");
  const brandId = String(ownValue(brand, "brandId"));
  const now = new Date(state.now()).toISOString();
  const otp = state.add(OTP_RESOURCE, {
    brandId,
    mobilePhone: scalarText(ownValue(brand, "mobilePhone")) || "+13125550002",
    requestDate: now,
    deliveryStatus: "DELIVERED_HANDSET",
    deliveryStatusDate: now,
    deliveryStatusDetails: "Message delivered to the handset.",
  });
  return { status: request.status, body: { brandId, referenceId: otp.referenceId } };
}

/** PUT /10dlc/brand/{brandId}/smsOtp: a PIN sent before, and not the wrong one, verifies the brand. */
export function verifySmsOtp(request: OperationRequest, state: StateAccess): OperationAnswer {
  const found = soleProprietor(request, state);
  if ("refuse" in found) return found;
  const { brand } = found;
  const brandId = String(ownValue(brand, "brandId"));
  const sent = state.all(OTP_RESOURCE).filter((otp) => otp.brandId === brandId);
  if (sent.length === 0) return refuse(422, `No PIN was sent for brand ${brandId}; call triggerSmsOtp first.`);
  if (scalarText(request.body.otpPin) === WRONG_PIN) return refuse(422, "The PIN does not match the one sent.", "/otpPin");
  const last = sent.at(-1)!;
  last.verifyDate = new Date(state.now()).toISOString();
  brand.identityStatus = "VERIFIED";
  state.notify("brand", brandId, "brandStatusUpdate");
  return { status: 204, body: undefined };
}

/** GET /10dlc/brand/smsOtp/{referenceId}: the PIN request's delivery. */
export function smsOtpStatus(request: OperationRequest, state: StateAccess): OperationAnswer {
  const referenceId = request.params.referenceId ?? "";
  const otp = state.get(OTP_RESOURCE, referenceId);
  return otp ? { status: request.status, body: otp } : refuse(404, `Nothing matches the identifier ${JSON.stringify(referenceId)} given in the path.`);
}
