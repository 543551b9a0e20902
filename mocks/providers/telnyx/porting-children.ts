// What a porting order holds besides itself, kept per order as Telnyx's porting guide describes
// it: comments (each sends `porting_order.new_comment` to the order's webhook URL), additional
// documents (naming documents uploaded to the mock), verification codes (sent, then verified; the
// mock takes every code except 000000, which it answers as wrong), associated numbers of a GB
// partial port, and FastPort activation jobs (`actions.activate`, for US FastPort orders with a
// confirmed FOC date: created → in-process → completed, or failed when the order's
// customer_reference holds `mock:activation-failed`).
import { isPlainObject, ownValue, scalarText } from "../../state/data.js";
import { randomUUID } from "../../state/ids.js";
import { getPath } from "../../state/paths.js";
import type { Json, OperationAnswer, OperationRequest, Refusal, ResourceDef, StateAccess, StateView, Transition } from "../../state/resource-def.js";
import { markerIn } from "../markers.js";
import { telnyxConventions } from "./conventions.js";
import { numbersOf } from "./porting.js";

export const NEW_COMMENT = "porting_order.new_comment";
const WRONG_CODE = "000000";

function orderOf(state: StateView, id: string | undefined): Json | undefined {
  return state.get("portingOrder", id ?? "");
}

function notFound(id: string): { refuse: Refusal } {
  return { refuse: { status: 404, title: "Resource not found", detail: `Nothing matches the identifier ${JSON.stringify(id)} given in the path.`, code: "10005" } };
}

function invalid(detail: string, pointer: string): { refuse: Refusal } {
  return { refuse: { status: 422, title: "Invalid porting request", detail, pointer, code: "10015" } };
}

/** A child names its order (from the path), whatever the example named. */
function belongTo(key: string) {
  return (child: Json, request: OperationRequest): void => {
    child.porting_order_id = request.params[key] ?? ownValue(child, "porting_order_id");
  };
}

/** POST additional_documents: one record per document named, each an uploaded document. */
function addDocuments(request: OperationRequest, state: StateAccess): OperationAnswer {
  const orderId = request.params.id ?? "";
  if (!orderOf(state, orderId)) return notFound(orderId);
  const sent = Array.isArray(request.body.additional_documents) ? request.body.additional_documents.filter(isPlainObject) : [];
  const missing = sent.findIndex((item) => !state.get("document", scalarText(item.document_id) ?? ""));
  if (missing !== -1) return invalid(`additional_documents[${missing}].document_id names no uploaded document; upload it with documents.uploadJson first.`, `/additional_documents/${missing}/document_id`);
  const records = sent.map((item) => {
    const document = state.get("document", scalarText(item.document_id) ?? "")!;
    return state.add(
      "portingAdditionalDocument",
      {
        id: randomUUID(),
        record_type: "porting_additional_document",
        porting_order_id: orderId,
        document_id: item.document_id,
        document_type: item.document_type,
        filename: ownValue(document, "filename"),
        content_type: ownValue(document, "content_type"),
        created_at: "",
        updated_at: "",
      },
      orderId,
    );
  });
  return { status: request.status, body: { data: records } };
}

/** POST verification_codes/send: a code record per number, which must be one of the order's. */
function sendCodes(request: OperationRequest, state: StateAccess): OperationAnswer {
  const orderId = request.params.id ?? "";
  const order = orderOf(state, orderId);
  if (!order) return notFound(orderId);
  const sent = Array.isArray(request.body.phone_numbers) ? request.body.phone_numbers.map((n) => scalarText(n) ?? "") : [];
  const foreign = sent.findIndex((number) => !numbersOf(order).includes(number));
  if (foreign !== -1) return invalid(`${sent[foreign]} is not a number of porting order ${orderId}.`, `/phone_numbers/${foreign}`);
  for (const number of sent) {
    for (const old of state.children("portingVerificationCode", orderId)) if (old.phone_number === number) state.remove("portingVerificationCode", String(old.id));
    state.add("portingVerificationCode", { record_type: "porting_verification_code", porting_order_id: orderId, phone_number: number, verified: false, created_at: "", updated_at: "" }, orderId);
  }
  return { status: 204, body: undefined };
}

/** POST verification_codes/verify: each code sent for a number checks it (000000 is the wrong code). */
function verifyCodes(request: OperationRequest, state: StateAccess): OperationAnswer {
  const orderId = request.params.id ?? "";
  if (!orderOf(state, orderId)) return notFound(orderId);
  const sent = Array.isArray(request.body.verification_codes) ? request.body.verification_codes.filter(isPlainObject) : [];
  const records = state.children("portingVerificationCode", orderId);
  const unsent = sent.findIndex((item) => !records.some((record) => record.phone_number === item.phone_number));
  if (unsent !== -1) return invalid(`No code was sent to ${String(sent[unsent]!.phone_number)}; send one with verificationCodes.send first.`, `/verification_codes/${unsent}/phone_number`);
  const answered = sent.map((item) => {
    const record = records.find((candidate) => candidate.phone_number === item.phone_number)!;
    record.verified = scalarText(item.code) !== WRONG_CODE;
    record.updated_at = new Date(state.now()).toISOString();
    return record;
  });
  return { status: request.status, body: { data: answered } };
}

/** POST actions/activate: a FastPort activation job for an order whose FOC date is confirmed. */
function activate(request: OperationRequest, state: StateAccess): OperationAnswer {
  const orderId = request.params.id ?? "";
  const order = orderOf(state, orderId);
  if (!order) return notFound(orderId);
  const status = scalarText(getPath(order, "status.value"));
  if (getPath(order, "activation_settings.fast_port_eligible") !== true) return invalid(`Porting order ${orderId} is not a US FastPort order, so it cannot be activated on demand.`, "/id");
  if (status !== "foc-date-confirmed") return invalid(`Porting order ${orderId} is ${status}; FastPort activation needs a confirmed FOC date (foc-date-confirmed).`, "/id");
  const output = isPlainObject(request.output) && isPlainObject(request.output.data) ? request.output.data : {};
  const job = state.add("portingActivationJob", { ...output, id: randomUUID(), status: "created", activation_type: "on-demand", activate_at: new Date(state.now()).toISOString() }, orderId);
  return { status: request.status, body: { data: job } };
}

function activationLifecycle(_job: Json, { view, parentId }: { view: StateView; parentId?: string }): Transition[] {
  const fails = markerIn(ownValue(orderOf(view, parentId), "customer_reference")) === "activation-failed";
  return [
    { after: 60, set: { status: "in-process" } },
    { after: 300, set: { status: fails ? "failed" : "completed" } },
  ];
}

function orderWebhookUrl(child: Json, view: StateView): string | undefined {
  const url = ownValue(orderOf(view, scalarText(ownValue(child, "porting_order_id"))), "webhook_url");
  return typeof url === "string" ? url : undefined;
}

const child = (name: string, label: string, key: string): Pick<ResourceDef, "name" | "label" | "idField" | "envelope" | "newId" | "parent"> => ({
  name,
  label,
  idField: "id",
  envelope: "data",
  newId: () => randomUUID(),
  parent: { resource: "portingOrder", from: "path", key },
});

export const portingSubResources: ResourceDef[] = [
  {
    ...telnyxConventions,
    ...child("portingComment", "porting comment", "id"),
    create: "POST /porting_orders/{id}/comments",
    list: "/porting_orders/{id}/comments",
    initial: { user_type: "user" },
    onCreate: belongTo("id"),
    // Posting a comment is a porting event: it notifies at once.
    lifecycle: [{ after: 0, set: {}, webhook: NEW_COMMENT }],
    webhookUrl: orderWebhookUrl,
  },
  {
    ...telnyxConventions,
    ...child("portingAdditionalDocument", "additional document", "id"),
    list: "/porting_orders/{id}/additional_documents",
    item: "/porting_orders/{id}/additional_documents/{additional_document_id}",
    operations: { "POST /porting_orders/{id}/additional_documents": addDocuments },
  },
  {
    ...telnyxConventions,
    ...child("portingVerificationCode", "verification code", "id"),
    list: "/porting_orders/{id}/verification_codes",
    operations: { "POST /porting_orders/{id}/verification_codes/send": sendCodes, "POST /porting_orders/{id}/verification_codes/verify": verifyCodes },
  },
  {
    ...telnyxConventions,
    ...child("portingAssociatedNumber", "associated phone number", "porting_order_id"),
    create: "POST /porting_orders/{porting_order_id}/associated_phone_numbers",
    list: "/porting_orders/{porting_order_id}/associated_phone_numbers",
    item: "/porting_orders/{porting_order_id}/associated_phone_numbers/{id}",
    onCreate: (associated, request) => {
      belongTo("porting_order_id")(associated, request);
      // The range's country, from its first number (partial ports with associated numbers are a UK matter).
      const start = scalarText(getPath(associated, "phone_number_range.start_at")) ?? "";
      associated.country_code = start.startsWith("+44") ? "GB" : start.startsWith("+1") ? "US" : ownValue(associated, "country_code");
    },
  },
  {
    ...telnyxConventions,
    ...child("portingActivationJob", "activation job", "id"),
    list: "/porting_orders/{id}/activation_jobs",
    item: "/porting_orders/{id}/activation_jobs/{activationJobId}",
    operations: { "POST /porting_orders/{id}/actions/activate": activate },
    lifecycle: activationLifecycle,
  },
];
