// What a Telnyx porting order holds, kept per order: comments (notified as porting events),
// additional documents naming real uploads, verification codes and associated numbers that count
// among the order's requirements, and FastPort activation jobs with their lifecycle and failure.
import { describe, expect, it } from "vitest";
import { createTelnyxClient, UnprocessableEntityError } from "../../generated/telnyx/index.js";
import { expectWalk, followStatus, rejectionOf, type Scenario, useScenario } from "./support.js";

let scenario: Scenario;
let telnyx: ReturnType<typeof createTelnyxClient>;

useScenario("telnyx", (started) => {
  scenario = started;
  telnyx = createTelnyxClient({ apiKey: "test-key", baseUrl: started.mock.url, publicKey: started.publicKey, fetch: started.checker.fetch, maxRetries: 0 });
});

const errorOf = (promise: PromiseLike<unknown>) => rejectionOf(promise, UnprocessableEntityError);

/** A draft with everything but the extra steps its reference asks for. */
async function draft(numbers: string[], customerReference: string) {
  const order = (await telnyx.portingOrders.create({ phone_numbers: numbers, customer_reference: customerReference })).data![0]!;
  const loa = await telnyx.documents.uploadJson({ file: btoa("signed LOA"), filename: "loa.pdf" });
  await telnyx.portingOrders.update(order.id!, {
    webhook_url: scenario.hooks.url,
    documents: { loa: loa.data!.id! },
    end_user: {
      admin: { entity_name: "ABC Mobile Holdings LLC", auth_person_name: "Dana Whitfield", account_number: "4471093881" },
      location: { street_address: "1 Brick Lane", locality: "London", administrative_area: "London", postal_code: "E1 6RF", country_code: "GB" },
    },
  });
  return order;
}

describe("Telnyx porting order children", () => {
  it("comments are kept per order, in order, and each is notified as porting_order.new_comment", async () => {
    const order = await draft(["+13035550201"], "comments");
    const other = await draft(["+13035550202"], "other");
    const posted = await telnyx.portingOrders.comments.create(order.id!, { body: "The invoice is attached; the account number is 4471093881." });
    expect(posted.data).toMatchObject({ porting_order_id: order.id, body: "The invoice is attached; the account number is 4471093881.", user_type: "user" });
    await telnyx.portingOrders.comments.create(order.id!, { body: "Please confirm the FOC date." });
    const listed = await telnyx.portingOrders.comments.list(order.id!);
    expect(listed.data!.map((comment) => comment.body)).toEqual(["The invoice is attached; the account number is 4471093881.", "Please confirm the FOC date."]);
    expect(listed.meta?.total_results).toBe(2);
    expect((await telnyx.portingOrders.comments.list(other.id!)).data).toEqual([]);
    const [hook] = await scenario.hooks.waitFor((h) => h.body.includes(String(posted.data!.id)), 1);
    const event = (await telnyx.webhooks.verify(hook!.body, hook!.headers)) as { data: Record<string, unknown> };
    expect(scenario.validator.check("/components/schemas/PortingEvent", event.data)).toBeUndefined();
    expect(event.data).toMatchObject({ event_type: "porting_order.new_comment", porting_order_id: order.id, payload: { comment: { id: posted.data!.id } } });
  });

  it("additional documents name uploaded documents, are listed with their file details, and can be removed", async () => {
    const order = await draft(["+13035550203"], "documents");
    const invoice = await telnyx.documents.uploadJson({ file: btoa("invoice bytes"), filename: "invoice-2026-03.pdf" });
    const added = await telnyx.portingOrders.additionalDocuments.create(order.id!, { additional_documents: [{ document_id: invoice.data!.id!, document_type: "invoice" }] });
    expect(added.data![0]).toMatchObject({ porting_order_id: order.id, document_id: invoice.data!.id, document_type: "invoice", filename: "invoice-2026-03.pdf", content_type: "application/pdf" });
    const unknown = await errorOf(
      telnyx.portingOrders.additionalDocuments.create(order.id!, { additional_documents: [{ document_id: "00000000-0000-4000-8000-000000000000", document_type: "csr" }] }),
    );
    expect(unknown.details[0]?.pointer).toBe("/additional_documents/0/document_id");
    expect((await telnyx.portingOrders.additionalDocuments.list(order.id!)).data!.map((d) => d.id)).toEqual([added.data![0]!.id]);
    await telnyx.portingOrders.additionalDocuments.delete(order.id!, added.data![0]!.id!);
    expect((await telnyx.portingOrders.additionalDocuments.list(order.id!)).data).toEqual([]);
  });

  it("mock:verification-codes: confirm waits for verified codes; a wrong code (000000) does not verify", async () => {
    const order = await draft(["+13035550204", "+13035550205"], "mock:verification-codes");
    expect((await telnyx.portingOrders.retrieve(order.id!)).data?.additional_steps).toEqual(["phone_number_verification_codes"]);
    expect((await errorOf(telnyx.portingOrders.actions.confirm(order.id!))).message).toContain("verified codes for +13035550204, +13035550205");
    expect((await errorOf(telnyx.portingOrders.verificationCodes.send(order.id!, { phone_numbers: ["+19995550100"], verification_method: "sms" }))).message).toContain("not a number of");
    await telnyx.portingOrders.verificationCodes.send(order.id!, { phone_numbers: ["+13035550204", "+13035550205"], verification_method: "sms" });
    expect((await telnyx.portingOrders.verificationCodes.list(order.id!)).data!.map((code) => [code.phone_number, code.verified])).toEqual([
      ["+13035550204", false],
      ["+13035550205", false],
    ]);
    const wrong = await telnyx.portingOrders.verificationCodes.verify(order.id!, { verification_codes: [{ phone_number: "+13035550204", code: "000000" }] });
    expect(wrong.data![0]!.verified).toBe(false);
    const right = await telnyx.portingOrders.verificationCodes.verify(order.id!, {
      verification_codes: [
        { phone_number: "+13035550204", code: "482913" },
        { phone_number: "+13035550205", code: "482913" },
      ],
    });
    expect(right.data!.map((code) => code.verified)).toEqual([true, true]);
    expect((await telnyx.portingOrders.retrieve(order.id!)).data?.requirements_met).toBe(true);
    expect((await telnyx.portingOrders.actions.confirm(order.id!)).data?.status?.value).toBe("submitted");
  });

  it("mock:associated-numbers: confirm waits for the associated range, which is kept, listed and removable", async () => {
    const order = await draft(["+442079460150"], "mock:associated-numbers");
    expect((await errorOf(telnyx.portingOrders.actions.confirm(order.id!))).message).toContain("associated phone numbers");
    const range = { start_at: "+442079460151", end_at: "+442079460159" };
    const associated = await telnyx.portingOrders.associatedPhoneNumbers.create(order.id!, { action: "keep", phone_number_range: range });
    expect(associated.data).toMatchObject({ porting_order_id: order.id, action: "keep", country_code: "GB", phone_number_range: range });
    expect((await telnyx.portingOrders.associatedPhoneNumbers.list(order.id!)).data!.map((a) => a.id)).toEqual([associated.data!.id]);
    const removed = await telnyx.portingOrders.associatedPhoneNumbers.delete(order.id!, associated.data!.id!);
    expect(removed.data?.id).toBe(associated.data!.id);
    await errorOf(telnyx.portingOrders.actions.confirm(order.id!));
    await telnyx.portingOrders.associatedPhoneNumbers.create(order.id!, { action: "disconnect", phone_number_range: range });
    expect((await telnyx.portingOrders.actions.confirm(order.id!)).data?.status?.value).toBe("submitted");
  });

  it.each([
    ["fastport", "completed"],
    ["fastport mock:activation-failed", "failed"],
  ])("FastPort activation (%s): refused before the FOC date, then a job created → in-process → %s", async (reference, end) => {
    const order = await draft(["+13035550206"], reference);
    await telnyx.portingOrders.actions.confirm(order.id!);
    expect((await errorOf(telnyx.portingOrders.actions.activate(order.id!))).message).toContain("foc-date-confirmed");
    await scenario.advance(3600);
    expect((await telnyx.portingOrders.retrieve(order.id!)).data?.status?.value).toBe("foc-date-confirmed");
    const job = await telnyx.portingOrders.actions.activate(order.id!);
    expect(job.data?.status).toBe("created");
    const moved = await telnyx.portingOrders.activationJobs.update(order.id!, job.data!.id!, { activate_at: "2030-01-02T15:00:00Z" });
    expect(moved.data?.activate_at).toBe("2030-01-02T15:00:00Z");
    const walk = await followStatus(scenario, async () => (await telnyx.portingOrders.activationJobs.retrieve(order.id!, job.data!.id!)).data?.status, 60, 5);
    expectWalk({ created: ["in-process"], "in-process": ["completed", "failed"] }, walk, end);
    expect((await telnyx.portingOrders.activationJobs.list(order.id!)).data!.map((j) => j.id)).toEqual([job.data!.id]);
  });

  it("a toll-free order is not FastPort and cannot be activated", async () => {
    const order = await draft(["+18885550199"], "toll-free");
    expect((await telnyx.portingOrders.retrieve(order.id!)).data?.activation_settings?.fast_port_eligible).toBe(false);
    expect((await errorOf(telnyx.portingOrders.actions.activate(order.id!))).message).toContain("not a US FastPort order");
  });
});
