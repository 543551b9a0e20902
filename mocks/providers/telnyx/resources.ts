// The resources Telnyx's stateful mock keeps, and how each one lives: where it is created, read,
// listed, changed and deleted; what it starts as; how its status moves on the virtual clock
// (failure branches chosen by marker values, see ../markers.ts); which rules the real API
// enforces; which webhook its changes send. The behaviour of each product sits in its own module
// (ten-dlc.ts, number-pool.ts, number-orders.ts, portability.ts, porting.ts, documents.ts).
import { randomUUID } from "../../state/ids.js";
import { ownValue, scalarText } from "../../state/data.js";
import { getPath } from "../../state/paths.js";
import type { Json, ResourceDef, StateView } from "../../state/resource-def.js";
import { markerIn } from "../markers.js";
import { TEN_DLC_PAGING, telnyxConventions } from "./conventions.js";
import { DOCUMENT_LIFECYCLE, describeUpload, documentUpload, downloadDocument, refuseDocumentDelete } from "./documents.js";
import { numberOrderLifecycle, orderRows, syncRows } from "./number-orders.js";
import { searchAvailableNumbers } from "./number-pool.js";
import { runPortabilityCheck } from "./portability.js";
import { assignProfile, TASK, taskLifecycle, taskNumbers, taskStatus } from "./profile-assignment.js";
import { OTP_RESOURCE, smsOtpStatus, triggerSmsOtp, verifySmsOtp } from "./sms-otp.js";
import {
  CANCELLATION,
  DRAFT_FIELDS,
  portingLifecycle,
  portingResumption,
  portingRows,
  refreshPortingOrder,
  refuseCancel,
  refuseConfirm,
  STATUS_CHANGED,
  stampFocDate,
} from "./porting.js";
import { portingSubResources } from "./porting-children.js";
import {
  appealCampaign,
  assignmentLifecycle,
  brandLifecycle,
  brandResubmission,
  linkAssignment,
  qualifyByUsecase,
  refuseAssignment,
  refuseBrandDelete,
  refuseCampaign,
  campaignLifecycle,
  stampVetting,
  vettingLifecycle,
} from "./ten-dlc.js";

/** A number's webhooks go where its campaign's go. */
function campaignWebhookUrl(assignment: Json, view: StateView): string | undefined {
  const campaign = view.get("campaign", scalarText(ownValue(assignment, "campaignId")) ?? "");
  const url = ownValue(campaign, "webhookURL");
  return typeof url === "string" ? url : undefined;
}

export const telnyxResources: ResourceDef[] = [
  {
    ...telnyxConventions,
    pagination: TEN_DLC_PAGING,
    name: "brand",
    label: "brand",
    create: "POST /10dlc/brand",
    list: "/10dlc/brand",
    item: "/10dlc/brand/{brandId}",
    idField: "brandId",
    envelope: "flat",
    newId: () => randomUUID(),
    initial: { status: "REGISTRATION_PENDING", identityStatus: "UNVERIFIED", failureReasons: "" },
    lifecycle: brandLifecycle,
    lifecycleOnUpdate: brandResubmission,
    refuseDelete: refuseBrandDelete,
    operations: {
      "GET /10dlc/campaignBuilder/brand/{brandId}/usecase/{usecase}": qualifyByUsecase,
      "POST /10dlc/brand/{brandId}/smsOtp": triggerSmsOtp,
      "PUT /10dlc/brand/{brandId}/smsOtp": verifySmsOtp,
      "GET /10dlc/brand/smsOtp/{referenceId}": smsOtpStatus,
    },
    webhookUrlField: "webhookURL",
  },
  {
    // A sole proprietor's PIN requests: kept for their reference, answered by the brand's operations.
    ...telnyxConventions,
    name: OTP_RESOURCE,
    label: "sms pin request",
    idField: "referenceId",
    envelope: "flat",
    newId: () => `OTP${randomUUID().replace(/-/g, "").slice(0, 10).toUpperCase()}`,
  },
  {
    ...telnyxConventions,
    name: "externalVetting",
    label: "external vetting",
    create: "POST /10dlc/brand/{brandId}/externalVetting",
    list: "/10dlc/brand/{brandId}/externalVetting",
    idField: "vettingId",
    envelope: "flat",
    newId: () => randomUUID(),
    parent: { resource: "brand", from: "path", key: "brandId" },
    lifecycle: vettingLifecycle,
    refresh: stampVetting,
  },
  {
    ...telnyxConventions,
    pagination: TEN_DLC_PAGING,
    name: "campaign",
    label: "campaign",
    create: "POST /10dlc/campaignBuilder",
    list: "/10dlc/campaign",
    item: "/10dlc/campaign/{campaignId}",
    idField: "campaignId",
    envelope: "flat",
    newId: () => randomUUID(),
    parent: { resource: "brand", from: "body", key: "brandId" },
    refuseCreate: refuseCampaign,
    initial: { campaignStatus: "TCR_PENDING", submissionStatus: "PENDING", failureReasons: "", isTMobileRegistered: false },
    lifecycle: campaignLifecycle,
    operations: { "POST /10dlc/campaign/{campaignId}/appeal": appealCampaign },
    webhookUrlField: "webhookURL",
  },
  {
    ...telnyxConventions,
    pagination: TEN_DLC_PAGING,
    name: "phoneNumberCampaign",
    label: "phone number assignment",
    create: "POST /10dlc/phone_number_campaigns",
    list: "/10dlc/phone_number_campaigns",
    item: "/10dlc/phone_number_campaigns/{phoneNumber}",
    idField: "phoneNumber",
    envelope: "flat",
    newId: (body) => (typeof body.phoneNumber === "string" ? body.phoneNumber : randomUUID()),
    parent: { resource: "campaign", from: "body", key: "campaignId" },
    refuseCreate: refuseAssignment,
    onCreate: linkAssignment,
    initial: { assignmentStatus: "PENDING_ASSIGNMENT", failureReasons: "" },
    lifecycle: assignmentLifecycle,
    webhookUrl: campaignWebhookUrl,
  },
  {
    // Profile-wide assignment tasks: created and answered by the operations (profile-assignment.ts).
    ...telnyxConventions,
    name: TASK,
    label: "assignment task",
    idField: "taskId",
    envelope: "flat",
    newId: () => randomUUID(),
    lifecycle: taskLifecycle,
    operations: {
      "POST /10dlc/phoneNumberAssignmentByProfile": assignProfile,
      "GET /10dlc/phoneNumberAssignmentByProfile/{taskId}": taskStatus,
      "GET /10dlc/phoneNumberAssignmentByProfile/{taskId}/phoneNumbers": taskNumbers,
    },
  },
  {
    ...telnyxConventions,
    name: "numberOrder",
    label: "number order",
    create: "POST /number_orders",
    list: "/number_orders",
    item: "/number_orders/{number_order_id}",
    idField: "id",
    envelope: "data",
    newId: () => randomUUID(),
    initial: { status: "pending", requirements_met: true },
    onCreate: orderRows,
    refresh: syncRows,
    lifecycle: numberOrderLifecycle,
    // Numbers searched for are offered from the pool minus those ordered: the search belongs here.
    operations: { "GET /available_phone_numbers": searchAvailableNumbers },
  },
  {
    ...telnyxConventions,
    name: "numberReservation",
    label: "number reservation",
    create: "POST /number_reservations",
    list: "/number_reservations",
    item: "/number_reservations/{number_reservation_id}",
    idField: "id",
    envelope: "data",
    newId: () => randomUUID(),
    initial: { status: "pending" },
    lifecycle: [{ after: 10, set: { status: "success" } }],
  },
  {
    ...telnyxConventions,
    name: "portingOrder",
    label: "porting order",
    create: "POST /porting_orders",
    list: "/porting_orders",
    item: "/porting_orders/{id}",
    idField: "id",
    envelope: "data",
    newId: () => randomUUID(),
    initial: DRAFT_FIELDS,
    onCreate: portingRows,
    refresh: (order, view) => {
      stampFocDate(order, view);
      refreshPortingOrder(order, view);
    },
    lifecycleStartsOn: "action",
    actions: {
      "/porting_orders/{id}/actions/confirm": { set: { "status.value": "submitted" }, refuse: refuseConfirm, webhook: STATUS_CHANGED, startsLifecycle: portingLifecycle },
      "/porting_orders/{id}/actions/cancel": { set: { "status.value": "cancel-pending" }, refuse: refuseCancel, webhook: STATUS_CHANGED, startsLifecycle: CANCELLATION },
    },
    lifecycleOnUpdate: portingResumption,
    refuseDelete: (order) => {
      const status = scalarText(getPath(order, "status.value"));
      return status === "draft" ? undefined : `Only porting orders in draft can be deleted; this one is ${status}.`;
    },
    operations: { "POST /portability_checks": runPortabilityCheck },
    webhookUrlField: "webhook_url",
  },
  ...portingSubResources,
  {
    ...telnyxConventions,
    name: "document",
    label: "document",
    create: "POST /documents",
    list: "/documents",
    item: "/documents/{id}",
    idField: "id",
    envelope: "data",
    newId: () => randomUUID(),
    // No example reference: a document has the one it was uploaded with, or none.
    initial: { status: "pending", av_scan_status: "pending_scan", customer_reference: "" },
    upload: documentUpload,
    describeUpload,
    refuseDelete: refuseDocumentDelete,
    operations: { "GET /documents/{id}/download": downloadDocument },
    lifecycle: DOCUMENT_LIFECYCLE,
  },
  {
    ...telnyxConventions,
    name: "requirementGroup",
    label: "requirement group",
    create: "POST /requirement_groups",
    list: "/requirement_groups",
    item: "/requirement_groups/{id}",
    idField: "id",
    envelope: "flat",
    newId: () => randomUUID(),
    initial: { status: "unapproved" },
    lifecycleStartsOn: "action",
    // Submitted once, from unapproved (or again after a decline); approved after an hour, or
    // declined when its customer_reference holds `mock:declined`.
    actions: {
      "/requirement_groups/{id}/submit_for_approval": {
        set: { status: "pending-approval" },
        refuse: (group) => {
          const status = String(ownValue(group, "status"));
          return status === "unapproved" || status === "declined"
            ? undefined
            : { status: 422, title: "Requirement group already submitted", detail: `The requirement group is ${status}; only unapproved or declined groups can be submitted.`, code: "10015" };
        },
        startsLifecycle: true,
      },
    },
    lifecycle: (group) => [{ after: 3600, set: { status: markerIn(ownValue(group, "customer_reference")) === "declined" ? "declined" : "approved" } }],
  },
];
