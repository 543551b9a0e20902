// The Telnyx webhook bodies the lifecycles send, and Telnyx's signature: Ed25519 over
// `<timestamp>|<body>`, base64, in `telnyx-signature-ed25519`, with the Unix-seconds timestamp in
// `telnyx-timestamp`.
//   - 10DLC: every brand, campaign and number assignment change sends the flat
//     `campaignStatusUpdate` body (specs/telnyx/10dlc.yaml notes which `type` each one carries);
//   - number orders: `numberOrderStatusUpdate`, the order in a `data` event envelope;
//   - porting: the porting event (`porting_order.status_changed`...) in a `data` envelope, as
//     `porting.events.list` shows it.
import { randomUUID } from "../../state/ids.js";
import { isoTime } from "../../state/clock.js";
import { ownValue, scalarText, type Json } from "../../state/data.js";
import type { WebhookSigner } from "../../state/resource-def.js";

export const signTelnyxWebhook: WebhookSigner = (body, sign) => {
  const timestamp = String(Math.floor(Date.now() / 1000));
  return { "telnyx-signature-ed25519": sign(`${timestamp}|${body}`), "telnyx-timestamp": timestamp };
};

type TenDlcType = "TELNYX_EVENT" | "REGISTRATION" | "MNO_REVIEW" | "TELNYX_REVIEW" | "TCR_EVENT" | "VERIFIED";
type TenDlcStatus = "ACCEPTED" | "REJECTED" | "success" | "failed";

/** What the campaignStatusUpdate body says for each campaign status: the pipeline step and its outcome. */
const CAMPAIGN_EVENTS: Record<string, [TenDlcType, TenDlcStatus, string]> = {
  TCR_ACCEPTED: ["REGISTRATION", "ACCEPTED", "TCR accepted the campaign."],
  TCR_FAILED: ["REGISTRATION", "REJECTED", "TCR rejected the campaign."],
  TELNYX_ACCEPTED: ["TELNYX_REVIEW", "ACCEPTED", "Telnyx approved the campaign."],
  TELNYX_FAILED: ["TELNYX_REVIEW", "REJECTED", "Telnyx rejected the campaign."],
  MNO_PENDING: ["TELNYX_EVENT", "ACCEPTED", "The campaign was sent to the carriers for review."],
  MNO_ACCEPTED: ["MNO_REVIEW", "ACCEPTED", "The carriers approved the campaign."],
  MNO_REJECTED: ["MNO_REVIEW", "REJECTED", "A carrier rejected the campaign."],
  MNO_PROVISIONED: ["MNO_REVIEW", "success", "The carriers provisioned the campaign; it can carry traffic."],
  MNO_PROVISIONING_FAILED: ["MNO_REVIEW", "failed", "A carrier could not provision the campaign."],
};

function unixSeconds(iso: string): string {
  return String(Math.floor(Date.parse(iso) / 1000));
}

/** The flat 10DLC body; `campaignId` is left out for brand events, which concern no campaign. */
function tenDlcEvent(object: Json, type: TenDlcType, status: TenDlcStatus, description: string, now: string, withCampaign: boolean): Json {
  const failure = scalarText(ownValue(object, "failureReasons"));
  return {
    brandId: ownValue(object, "brandId"),
    ...(withCampaign ? { campaignId: ownValue(object, "campaignId") } : {}),
    createDate: unixSeconds(scalarText(ownValue(object, "createDate")) ?? scalarText(ownValue(object, "createdAt")) ?? now),
    cspId: scalarText(ownValue(object, "cspId")) ?? "S0MOCK1",
    isTMobileRegistered: ownValue(object, "isTMobileRegistered") === true,
    type,
    description: failure && status !== "ACCEPTED" && status !== "success" ? `${description} ${failure}` : description,
    status,
  };
}

function campaignEvent(campaign: Json, now: string): Json {
  const status = scalarText(ownValue(campaign, "campaignStatus")) ?? "";
  const [type, outcome, description] = CAMPAIGN_EVENTS[status] ?? (["TCR_EVENT", "ACCEPTED", "The campaign changed."] as const);
  return tenDlcEvent(campaign, type, outcome, `${description} Campaign status: ${status}.`, now, true);
}

function brandEvent(brand: Json, now: string): Json {
  const status = scalarText(ownValue(brand, "status")) ?? "";
  const identity = scalarText(ownValue(brand, "identityStatus")) ?? "";
  const ok = status === "OK" && identity !== "UNVERIFIED";
  const type = status === "REGISTRATION_FAILED" ? "TCR_EVENT" : "VERIFIED";
  return tenDlcEvent(brand, type, ok ? "ACCEPTED" : "REJECTED", `Brand status: ${status}, identity: ${identity}.`, now, false);
}

function assignmentEvent(assignment: Json, now: string): Json {
  const status = scalarText(ownValue(assignment, "assignmentStatus")) ?? "";
  const phone = scalarText(ownValue(assignment, "phoneNumber")) ?? "";
  const failed = status.startsWith("FAILED");
  return tenDlcEvent(assignment, "TELNYX_EVENT", failed ? "failed" : "success", `Number ${phone} assignment status: ${status}.`, now, true);
}

/** A copy without null fields: the porting event schema has no nullable members. */
function withoutNulls(object: Record<string, unknown>): Json {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== null && value !== undefined));
}

function portingEvent(event: string, order: Json, context: { url: string; now: number }): Json {
  const now = isoTime(context.now);
  return {
    data: {
      id: randomUUID(),
      record_type: "porting_event",
      event_type: event,
      payload_status: "completed",
      available_notification_methods: ["webhook"],
      porting_order_id: ownValue(order, "id"),
      payload: withoutNulls({
        id: ownValue(order, "id"),
        status: ownValue(order, "status"),
        customer_reference: ownValue(order, "customer_reference"),
        support_key: ownValue(order, "support_key"),
        updated_at: now,
        webhook_url: context.url,
      }),
      created_at: now,
      updated_at: now,
    },
  };
}

/** `porting_order.new_comment`: the comment, for the order it was posted on. */
function commentEvent(comment: Json, context: { now: number }): Json {
  const now = isoTime(context.now);
  return {
    data: {
      id: randomUUID(),
      record_type: "porting_event",
      event_type: "porting_order.new_comment",
      payload_status: "completed",
      available_notification_methods: ["webhook"],
      porting_order_id: ownValue(comment, "porting_order_id"),
      payload: {
        porting_order_id: ownValue(comment, "porting_order_id"),
        comment: withoutNulls({ id: ownValue(comment, "id"), body: ownValue(comment, "body"), user_type: ownValue(comment, "user_type"), inserted_at: ownValue(comment, "created_at") }),
      },
      created_at: now,
      updated_at: now,
    },
  };
}

export function telnyxWebhookPayload(event: string, object: Json, context: { url: string; now: number }): unknown {
  const now = isoTime(context.now);
  switch (event) {
    case "campaignStatusUpdate":
      return campaignEvent(object, now);
    case "brandStatusUpdate":
      return brandEvent(object, now);
    case "numberAssignmentUpdate":
      return assignmentEvent(object, now);
    case "numberOrderStatusUpdate":
      return {
        data: {
          // Telnyx's reference names the event number.order.status.update; its spec's example, for a
          // fulfilled order, number_order.complete: the mock sends the latter for success only.
          event_type: ownValue(object, "status") === "success" ? "number_order.complete" : "number.order.status.update",
          id: randomUUID(),
          occurred_at: now,
          record_type: "event",
          payload: object,
        },
        meta: { attempt: 1, delivered_to: context.url },
      };
    case "porting_order.new_comment":
      return commentEvent(object, context);
    default:
      return portingEvent(event, object, context);
  }
}
