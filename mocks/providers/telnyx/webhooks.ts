// The Telnyx webhook bodies for the events the lifecycles send, as Telnyx's API reference shows
// them (10DLC campaign updates flat, number orders and porting in a `data` event envelope), and
// Telnyx's signature: Ed25519 over `<timestamp>|<body>`, base64, in `telnyx-signature-ed25519`,
// with the Unix-seconds timestamp in `telnyx-timestamp`.
import { randomUUID } from "../../state/ids.js";
import { isoTime } from "../../state/clock.js";
import { ownValue, scalarText, type Json } from "../../state/data.js";
import type { WebhookSigner } from "../../state/resource-def.js";

export const signTelnyxWebhook: WebhookSigner = (body, sign) => {
  const timestamp = String(Math.floor(Date.now() / 1000));
  return { "telnyx-signature-ed25519": sign(`${timestamp}|${body}`), "telnyx-timestamp": timestamp };
};

export function telnyxWebhookPayload(event: string, object: Json, context: { url: string; now: number }): unknown {
  const now = isoTime(context.now);
  const field = (name: string) => ownValue(object, name);
  switch (event) {
    case "campaignStatusUpdate": {
      const status = scalarText(field("campaignStatus"));
      return {
        brandId: field("brandId"),
        campaignId: field("campaignId"),
        createDate: String(Math.floor(Date.parse(now) / 1000)),
        cspId: field("cspId") ?? "S0MOCK1",
        isTMobileRegistered: status === "MNO_PROVISIONED",
        type: status === "MNO_PROVISIONED" ? "MNO_REVIEW" : "REGISTRATION",
        description: `Campaign is now ${status ?? "updated"}.`,
        status: "ACCEPTED",
      };
    }
    case "numberOrderStatusUpdate":
      return {
        data: { event_type: "number_order.complete", id: randomUUID(), occurred_at: now, record_type: "event", payload: object },
        meta: { attempt: 1, delivered_to: context.url },
      };
    default: {
      const status = field("status");
      return {
        data: {
          id: randomUUID(),
          record_type: "porting_event",
          event_type: event,
          payload_status: "completed",
          available_notification_methods: ["webhook"],
          porting_order_id: field("id"),
          payload: {
            id: field("id"),
            status,
            customer_reference: field("customer_reference"),
            support_key: field("support_key"),
            updated_at: now,
            webhook_url: context.url,
          },
          created_at: now,
          updated_at: now,
        },
      };
    }
  }
}
