// Which resources the stateful mocks keep, and how each one lives: where it is created, read,
// listed, changed and deleted; what it starts as; how its status moves on the virtual clock;
// which rules the real API enforces; which webhook its changes send.
import { randomUUID } from "node:crypto";

export interface Transition {
  /** Virtual seconds after the lifecycle started. */
  after: number;
  /** Fields to set (dot paths allowed). */
  set: Record<string, unknown>;
  /** A webhook to send when this transition happens. */
  webhook?: string;
}

export interface ResourceDef {
  name: string;
  /** `METHOD /template` creating the resource. */
  create?: string;
  /** GET template listing the resources (may be the create path). */
  list?: string;
  /** Template of the single resource; its last path parameter is the id. */
  item: string;
  /** Field holding the id in the stored object. */
  idField: string;
  /** Success bodies wrap the object in `data` (Telnyx non-10DLC) or not. */
  envelope: "flat" | "data";
  /** New ids: generated, or taken from a body field (e.g. the phone number). */
  newId: (body: Record<string, unknown>) => string;
  /** The parent that must exist: from a path parameter or a body field, matched to the parent's id. */
  parent?: { resource: string; from: "path" | "body"; key: string };
  /** Fields every new resource starts with. */
  initial?: Record<string, unknown>;
  /** Status changes on the virtual clock. */
  lifecycle?: Transition[];
  /** The lifecycle starts on creation (default) or on one of the actions. */
  lifecycleStartsOn?: "create" | "action";
  /** `POST /template` actions on the resource and the fields they set. */
  actions?: Record<string, { set: Record<string, unknown>; startsLifecycle?: boolean }>;
  /** A reason to refuse DELETE, or undefined to allow it. */
  refuseDelete?: (object: Record<string, unknown>) => string | undefined;
  /** Field with the URL that receives this resource's webhooks. */
  webhookUrlField?: string;
}

const upperId = (prefix: string, length: number) => () =>
  prefix + Array.from({ length }, () => "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"[Math.floor(Math.random() * 32)]).join("");

export const telnyxResources: ResourceDef[] = [
  {
    name: "brand",
    create: "POST /10dlc/brand",
    list: "/10dlc/brand",
    item: "/10dlc/brand/{brandId}",
    idField: "brandId",
    envelope: "flat",
    newId: () => randomUUID(),
    initial: { status: "REGISTRATION_PENDING", identityStatus: "UNVERIFIED" },
    lifecycle: [{ after: 60, set: { status: "OK", identityStatus: "VERIFIED" } }],
    webhookUrlField: "webhookURL",
  },
  {
    name: "campaign",
    create: "POST /10dlc/campaignBuilder",
    list: "/10dlc/campaign",
    item: "/10dlc/campaign/{campaignId}",
    idField: "campaignId",
    envelope: "flat",
    newId: () => randomUUID(),
    parent: { resource: "brand", from: "body", key: "brandId" },
    initial: { campaignStatus: "TCR_PENDING", submissionStatus: "PENDING" },
    lifecycle: [
      { after: 30, set: { campaignStatus: "TCR_ACCEPTED", submissionStatus: "CREATED" }, webhook: "campaignStatusUpdate" },
      { after: 120, set: { campaignStatus: "TELNYX_ACCEPTED" }, webhook: "campaignStatusUpdate" },
      { after: 240, set: { campaignStatus: "MNO_PENDING" } },
      { after: 600, set: { campaignStatus: "MNO_ACCEPTED" } },
      { after: 900, set: { campaignStatus: "MNO_PROVISIONED" }, webhook: "campaignStatusUpdate" },
    ],
    webhookUrlField: "webhookURL",
  },
  {
    name: "phoneNumberCampaign",
    create: "POST /10dlc/phone_number_campaigns",
    list: "/10dlc/phone_number_campaigns",
    item: "/10dlc/phone_number_campaigns/{phoneNumber}",
    idField: "phoneNumber",
    envelope: "flat",
    newId: (body) => String(body.phoneNumber),
    parent: { resource: "campaign", from: "body", key: "campaignId" },
    initial: { assignmentStatus: "PENDING_ASSIGNMENT" },
    lifecycle: [{ after: 60, set: { assignmentStatus: "ASSIGNED" } }],
  },
  {
    name: "numberOrder",
    create: "POST /number_orders",
    list: "/number_orders",
    item: "/number_orders/{number_order_id}",
    idField: "id",
    envelope: "data",
    newId: () => randomUUID(),
    initial: { status: "pending" },
    lifecycle: [{ after: 30, set: { status: "success", requirements_met: true }, webhook: "numberOrderStatusUpdate" }],
  },
  {
    name: "numberReservation",
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
    name: "portingOrder",
    create: "POST /porting_orders",
    list: "/porting_orders",
    item: "/porting_orders/{id}",
    idField: "id",
    envelope: "data",
    newId: () => randomUUID(),
    initial: { "status.value": "draft", "status.details": [] },
    lifecycleStartsOn: "action",
    actions: {
      "/porting_orders/{id}/actions/confirm": { set: { "status.value": "submitted" }, startsLifecycle: true },
      "/porting_orders/{id}/actions/cancel": { set: { "status.value": "cancel-pending" } },
    },
    lifecycle: [
      { after: 3600, set: { "status.value": "foc-date-confirmed" }, webhook: "porting_order.status_changed" },
      { after: 7200, set: { "status.value": "ported" }, webhook: "porting_order.status_changed" },
    ],
    refuseDelete: (order) => {
      const status = (order.status as { value?: string } | undefined)?.value;
      return status === "draft" ? undefined : `Only porting orders in draft can be deleted; this one is ${status}.`;
    },
    webhookUrlField: "webhook_url",
  },
  {
    name: "document",
    create: "POST /documents",
    list: "/documents",
    item: "/documents/{id}",
    idField: "id",
    envelope: "data",
    newId: () => randomUUID(),
    initial: { status: "pending", av_scan_status: "pending_scan" },
    lifecycle: [{ after: 30, set: { status: "verified", av_scan_status: "scanned" } }],
  },
  {
    name: "requirementGroup",
    create: "POST /requirement_groups",
    list: "/requirement_groups",
    item: "/requirement_groups/{id}",
    idField: "id",
    envelope: "flat",
    newId: () => randomUUID(),
    initial: { status: "unapproved" },
    lifecycleStartsOn: "action",
    actions: { "/requirement_groups/{id}/submit_for_approval": { set: { status: "pending-approval" }, startsLifecycle: true } },
    lifecycle: [{ after: 3600, set: { status: "approved" } }],
  },
];

export const vonageResources: ResourceDef[] = [
  {
    name: "brand",
    create: "POST /brands",
    list: "/brands",
    item: "/brands/{brand_id}",
    idField: "brand_id",
    envelope: "flat",
    newId: upperId("B", 6),
    initial: { status: "ACTIVE" },
  },
  {
    name: "campaign",
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
    name: "number",
    create: "POST /brands/{brand_id}/campaigns/{campaign_id}/numbers",
    list: "/brands/{brand_id}/campaigns/{campaign_id}/numbers",
    item: "/brands/{brand_id}/campaigns/{campaign_id}/numbers/{number}",
    idField: "number",
    envelope: "flat",
    newId: (body) => String(body.number),
    parent: { resource: "campaign", from: "path", key: "campaign_id" },
    initial: { status: "LINKING" },
    lifecycle: [{ after: 120, set: { status: "LINKED" } }],
  },
];
