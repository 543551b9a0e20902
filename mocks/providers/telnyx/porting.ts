// A Telnyx porting order in the mock, as Telnyx's porting guide describes it:
//   - a new order is an empty `draft` for the numbers sent (one row each); `mock:verification-codes`
//     or `mock:associated-numbers` in its `customer_reference` adds that extra step to
//     `additional_steps`, and the step then counts among its requirements;
//   - `requirements_met` turns true once the end user's details (`end_user.admin` entity name,
//     authorised person, account number; `end_user.location` street, locality, administrative
//     area, postal code, country) are filled in and `documents.loa` names a document uploaded to
//     the mock; `portingOrders.actions.confirm` is refused (422) before that, and for any order
//     that is no longer a draft;
//   - a confirmed order goes `submitted` → `in-process` → `foc-date-confirmed` → `ported`, or to
//     `exception` (ACCOUNT_NUMBER_MISMATCH) when its `customer_reference` holds `mock:exception`;
//     an update of an order in exception resumes it (`in-process`, then on to `ported`);
//   - `portingOrders.actions.cancel` withdraws a submitted order: `cancel-pending`, then
//     `cancelled`; drafts are deleted instead, and ported or cancelled orders cannot be cancelled.
// Every status change sends `porting_order.status_changed` to the order's `webhook_url`.
import { isPlainObject, ownValue, scalarText, toData } from "../../state/data.js";
import { getPath, setPath } from "../../state/paths.js";
import type { Json, OperationRequest, Refusal, StateView, Transition } from "../../state/resource-def.js";
import { markerIn } from "../markers.js";
import { portabilityOf } from "./portability.js";

export const STATUS_CHANGED = "porting_order.status_changed";

const REQUIRED_FIELDS = [
  "end_user.admin.entity_name",
  "end_user.admin.auth_person_name",
  "end_user.admin.account_number",
  "end_user.location.street_address",
  "end_user.location.locality",
  "end_user.location.administrative_area",
  "end_user.location.postal_code",
  "end_user.location.country_code",
];

/** Fields a fresh draft has empty, whatever the spec's example holds. */
export const DRAFT_FIELDS: Record<string, unknown> = {
  "status.value": "draft",
  "status.details": [],
  requirements_met: false,
  "documents.loa": null,
  "documents.invoice": null,
  "activation_settings.foc_datetime_requested": null,
  "activation_settings.foc_datetime_actual": null,
  ...Object.fromEntries(REQUIRED_FIELDS.map((field) => [field, null])),
};

/** The order's rows: one per number sent, built over the example's row. */
export function portingRows(order: Json, request: OperationRequest): void {
  const existing = ownValue(order, "phone_numbers");
  const model = Array.isArray(existing) && isPlainObject(existing[0]) ? existing[0] : {};
  const sent = Array.isArray(request.body.phone_numbers) ? request.body.phone_numbers : [];
  const rows = sent.map((number) => {
    const row = toData(model);
    row.phone_number = scalarText(number) ?? "";
    row.portability_status = "pending";
    row.requirements_status = "requirement-info-pending";
    row.activation_status = "New";
    return row;
  });
  order.phone_numbers = rows;
  order.porting_phone_numbers_count = rows.length;
  // FastPort when every number is, by the portability rule (portability.ts).
  setPath(order, "activation_settings.fast_port_eligible", rows.length > 0 && rows.every((row) => portabilityOf(String(row.phone_number)).fast_portable === true));
  // The extra steps some losing carriers ask for, on request (README lists the markers).
  const marker = markerIn(request.body.customer_reference);
  order.additional_steps = marker === "verification-codes" ? ["phone_number_verification_codes"] : marker === "associated-numbers" ? ["associated_phone_numbers"] : [];
}

/** What a draft still lacks before it can be confirmed, in the order a form asks for it. */
export function missingRequirements(order: Json, view: StateView): string[] {
  const missing = REQUIRED_FIELDS.filter((field) => {
    const value = getPath(order, field);
    return typeof value !== "string" || value.trim() === "";
  });
  const loa = scalarText(getPath(order, "documents.loa"));
  if (!loa || !view.get("document", loa)) missing.push("documents.loa (the ID of an uploaded, signed LOA)");
  const steps = ownValue(order, "additional_steps");
  const id = scalarText(ownValue(order, "id")) ?? "";
  if (Array.isArray(steps) && steps.includes("phone_number_verification_codes")) {
    const verified = new Set(view.children("portingVerificationCode", id).filter((code) => code.verified === true).map((code) => code.phone_number));
    const unverified = numbersOf(order).filter((number) => !verified.has(number));
    if (unverified.length) missing.push(`verified codes for ${unverified.join(", ")} (verificationCodes.send, then verify)`);
  }
  if (Array.isArray(steps) && steps.includes("associated_phone_numbers") && view.children("portingAssociatedNumber", id).length === 0) {
    missing.push("the associated phone numbers to keep or disconnect (associatedPhoneNumbers.create)");
  }
  return missing;
}

/** The order's numbers, as E.164 strings. */
export function numbersOf(order: Json): string[] {
  const rows = ownValue(order, "phone_numbers");
  return Array.isArray(rows) ? rows.map((row) => scalarText(ownValue(row, "phone_number")) ?? "") : [];
}

/** Keeps `requirements_met`, the rows' statuses and their order id in step with the order. */
export function refreshPortingOrder(order: Json, view: StateView): void {
  const status = getPath(order, "status.value");
  const met = missingRequirements(order, view).length === 0;
  order.requirements_met = met;
  const rows = ownValue(order, "phone_numbers");
  if (!Array.isArray(rows)) return;
  for (const row of rows) {
    if (!isPlainObject(row)) continue;
    row.porting_order_id = ownValue(order, "id");
    row.porting_order_status = status;
    row.requirements_status = met ? "approved" : "requirement-info-pending";
    if (status === "ported") row.activation_status = "Active";
    if (status === "foc-date-confirmed" || status === "ported") row.portability_status = "confirmed";
  }
}

function refusal(detail: string): Refusal {
  return { status: 422, title: "Porting order cannot change this way", detail, code: "10015" };
}

/** confirm: only a draft, and only once its requirements are met. */
export function refuseConfirm(order: Json, view: StateView): Refusal | undefined {
  const status = scalarText(getPath(order, "status.value"));
  if (status !== "draft") return refusal(`Only draft porting orders can be confirmed; this one is ${status} already.`);
  const missing = missingRequirements(order, view);
  return missing.length ? refusal(`The porting order does not meet its requirements yet; missing: ${missing.join(", ")}.`) : undefined;
}

const CANCELLABLE = new Set(["submitted", "in-process", "exception", "foc-date-confirmed"]);

/** cancel: only an order handed to the carrier and not finished. */
export function refuseCancel(order: Json): Refusal | undefined {
  const status = scalarText(getPath(order, "status.value")) ?? "";
  if (status === "draft") return refusal("A draft porting order is not submitted, so there is nothing to cancel; delete it instead.");
  return CANCELLABLE.has(status) ? undefined : refusal(`A porting order that is ${status} cannot be cancelled.`);
}

const step = (after: number, set: Record<string, unknown>): Transition => ({ after, set, webhook: STATUS_CHANGED });

/** From in-process on: the carrier commits to a date, then the numbers move. */
function toPorted(start: number): Transition[] {
  return [
    step(start, { "status.value": "in-process", "status.details": [] }),
    step(start + 1800, { "status.value": "foc-date-confirmed", "activation_settings.foc_datetime_actual": "" }),
    step(start + 5400, { "status.value": "ported" }),
  ];
}

/** The lifecycle confirm starts: to ported, or to an exception when the order asks for one. */
export function portingLifecycle(order: Json): Transition[] {
  if (markerIn(ownValue(order, "customer_reference")) === "exception") {
    return [
      step(1800, {
        "status.value": "exception",
        "status.details": [{ code: "ACCOUNT_NUMBER_MISMATCH", description: "The account number does not match the losing carrier's records." }],
      }),
    ];
  }
  return toPorted(1800);
}

/** An update of an order in exception is the correction: it resumes at once. */
export function portingResumption(order: Json): Transition[] | undefined {
  return getPath(order, "status.value") === "exception" ? toPorted(0) : undefined;
}

export const CANCELLATION: Transition[] = [step(600, { "status.value": "cancelled" })];

/** The date the carrier committed to, once there is one (the transition leaves a placeholder). */
export function stampFocDate(order: Json, view: StateView): void {
  if (getPath(order, "activation_settings.foc_datetime_actual") === "") {
    setPath(order, "activation_settings.foc_datetime_actual", new Date(view.now() + 86_400_000).toISOString());
  }
}
