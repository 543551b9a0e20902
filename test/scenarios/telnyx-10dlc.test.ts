// Telnyx 10DLC as a frontend lives it, through the generated client against the stateful mock:
// brand registration and verification, qualification, campaign review with every failure branch
// (chosen by `mock:<branch>` markers), number assignment; every webhook verified with
// `webhooks.verify` and validated against the spec, every answer validated against its schema.
import { describe, expect, it } from "vitest";
import { createTelnyxClient, UnprocessableEntityError } from "../../generated/telnyx/index.js";
import { telnyxAssignment, telnyxBrand, telnyxCampaign } from "./machines.js";
import { expectWalk, followStatus, type ReceivedWebhook, rejectionOf, type Scenario, useScenario } from "./support.js";

const EVENT_SCHEMA = "/webhooks/campaignStatusUpdate/post/requestBody/content/application~1json/schema";

let scenario: Scenario;
let telnyx: ReturnType<typeof createTelnyxClient>;

useScenario("telnyx", (started) => {
  scenario = started;
  telnyx = createTelnyxClient({ apiKey: "test-key", baseUrl: started.mock.url, publicKey: started.publicKey, fetch: started.checker.fetch, maxRetries: 0 });
});

function createBrand(displayName: string) {
  return telnyx.messaging10dlc.brand.create({
    entityType: "PRIVATE_PROFIT",
    displayName,
    country: "US",
    email: "ops@scenario.example.com",
    vertical: "TECHNOLOGY",
    webhookURL: scenario.hooks.url,
  });
}

/** A brand that finished registration (one minute on the clock). */
async function registeredBrand(displayName: string) {
  const brand = await createBrand(displayName);
  await scenario.advance(60);
  return brand;
}

function submitCampaign(brandId: string, description: string, usecase = "CUSTOMER_CARE") {
  return telnyx.messaging10dlc.campaignBuilder.submit({ brandId, usecase, description, webhookURL: scenario.hooks.url });
}

/** Verifies each webhook's signature with the client, validates it against the spec, and returns the events. */
async function verified(hooks: ReceivedWebhook[]) {
  const events = [];
  for (const hook of hooks) {
    const event = (await telnyx.webhooks.verify(hook.body, hook.headers)) as Record<string, unknown>;
    expect(scenario.validator.check(EVENT_SCHEMA, event)).toBeUndefined();
    events.push(event);
  }
  return events;
}

const about = (field: string, id: string | undefined, extra?: (event: Record<string, unknown>) => boolean) => (hook: ReceivedWebhook) => {
  const event = JSON.parse(hook.body) as Record<string, unknown>;
  return event[field] === id && (extra ? extra(event) : true);
};

async function campaignWalk(campaignId: string) {
  return followStatus(scenario, async () => (await telnyx.messaging10dlc.campaign.retrieve(campaignId)).campaignStatus, 60, 16);
}

const errorOf = (promise: PromiseLike<unknown>) => rejectionOf(promise, UnprocessableEntityError);

describe("Telnyx 10DLC happy path", () => {
  it("registers a brand, qualifies it, provisions a campaign through all five transitions and assigns a number, notifying each step", async () => {
    const brand = await createBrand("Happy Path Mobile");
    expect(brand.status).toBe("REGISTRATION_PENDING");
    const brandWalk = await followStatus(scenario, async () => (await telnyx.messaging10dlc.brand.retrieve(brand.brandId!)).status, 30, 2);
    expectWalk(telnyxBrand, brandWalk, "OK");
    expect((await telnyx.messaging10dlc.brand.retrieve(brand.brandId!)).identityStatus).toBe("VERIFIED");
    const [brandEvent] = await verified(await scenario.hooks.waitFor(about("brandId", brand.brandId, (e) => e.campaignId === undefined), 1));
    expect(brandEvent).toMatchObject({ type: "VERIFIED", status: "ACCEPTED", brandId: brand.brandId });

    const qualification = await telnyx.messaging10dlc.campaignBuilder.brand.qualifyByUsecase(brand.brandId!, "2FA");
    expect(qualification.usecase).toBe("2FA");
    const mixed = await telnyx.messaging10dlc.campaignBuilder.brand.qualifyByUsecase(brand.brandId!, "MIXED");
    expect(mixed).toMatchObject({ usecase: "MIXED", minSubUsecases: 2, maxSubUsecases: 5 });

    const campaign = await submitCampaign(brand.brandId!, "Order updates and support replies for Happy Path Mobile customers.", "2FA");
    expect(campaign).toMatchObject({ brandId: brand.brandId, usecase: "2FA", campaignStatus: "TCR_PENDING", submissionStatus: "PENDING" });
    expectWalk(telnyxCampaign, await campaignWalk(campaign.campaignId!), "MNO_PROVISIONED");
    expect((await telnyx.messaging10dlc.campaign.retrieve(campaign.campaignId!)).submissionStatus).toBe("CREATED");
    const events = await verified(await scenario.hooks.waitFor(about("campaignId", campaign.campaignId, (e) => e.type !== "TELNYX_EVENT" || !String(e.description).startsWith("Number")), 5));
    // Deliveries may arrive in any order, as Telnyx's do: compare the statuses notified as a set.
    expect(events.map((event) => String(event.description).split("Campaign status: ")[1]).sort()).toEqual([
      "TCR_ACCEPTED.",
      "TELNYX_ACCEPTED.",
      "MNO_PENDING.",
      "MNO_ACCEPTED.",
      "MNO_PROVISIONED.",
    ].sort());

    const assignment = await telnyx.messaging10dlc.phoneNumberCampaigns.create({ campaignId: campaign.campaignId!, phoneNumber: "+13125550142" });
    expect(assignment).toMatchObject({ phoneNumber: "+13125550142", campaignId: campaign.campaignId, brandId: brand.brandId, assignmentStatus: "PENDING_ASSIGNMENT" });
    const assignmentWalk = await followStatus(scenario, async () => (await telnyx.messaging10dlc.phoneNumberCampaigns.retrieve("+13125550142")).assignmentStatus, 60, 1);
    expectWalk(telnyxAssignment, assignmentWalk, "ASSIGNED");
    const [assigned] = await verified(await scenario.hooks.waitFor(about("campaignId", campaign.campaignId, (e) => String(e.description).includes("+13125550142")), 1));
    expect(assigned).toMatchObject({ type: "TELNYX_EVENT", status: "success" });
    // The answers above were all checked against their response schemas.
    expect(scenario.checker.checked).toBeGreaterThan(20);
  });
});

describe("Telnyx 10DLC assignment by messaging profile", () => {
  it.each([
    ["4001767e-ce0f-4cae-9d5f-0d5e636e7809", "completed", "ASSIGNED"],
    ["4001767e-ce0f-4cae-9d5f-0d5e63619999", "failed", "FAILED_ASSIGNMENT"],
  ])("profile %s: refused before provisioning, then pending → processing → %s", async (profile, end, numberStatus) => {
    const brand = await registeredBrand(`Profile ${end} Co`);
    const campaign = await submitCampaign(brand.brandId!, "Order updates for customers, assigned by messaging profile.");
    const early = await errorOf(telnyx.messaging10dlc.phoneNumberAssignmentByProfile.assign({ messagingProfileId: profile, campaignId: campaign.campaignId! }));
    expect(early.message).toContain("MNO_PROVISIONED");
    await scenario.advance(900);
    await telnyx.messaging10dlc.phoneNumberCampaigns.create({ campaignId: campaign.campaignId!, phoneNumber: end === "completed" ? "+13125550171" : "+13125550172" });
    const task = await telnyx.messaging10dlc.phoneNumberAssignmentByProfile.assign({ messagingProfileId: profile, campaignId: campaign.campaignId! });
    expect(task).toMatchObject({ messagingProfileId: profile, campaignId: campaign.campaignId });
    const walk = await followStatus(scenario, async () => (await telnyx.messaging10dlc.phoneNumberAssignmentByProfile.retrieveStatus(task.taskId!)).status, 60, 2);
    expectWalk({ pending: ["processing"], processing: ["completed", "failed"] }, walk, end);
    const numbers = await telnyx.messaging10dlc.phoneNumberAssignmentByProfile.listPhoneNumberStatus(task.taskId!);
    expect(numbers.records.map((record) => record.status)).toEqual([numberStatus]);
  });
});

describe("Telnyx 10DLC rules", () => {
  it("refuses a campaign while its brand is still pending, and the campaign never reaches TCR_ACCEPTED", async () => {
    const brand = await createBrand("Too Early Co");
    const refused = await errorOf(submitCampaign(brand.brandId!, "A campaign sent before the brand finished registering."));
    expect(refused.message).toContain("REGISTRATION_PENDING");
    expect(refused.details[0]?.pointer).toBe("/brandId");
    const listed = await telnyx.messaging10dlc.campaign.list({ brandId: brand.brandId! });
    expect(listed.totalRecords).toBe(0);
  });

  it("refuses POLITICAL for a brand that is not vetted, and qualifies it for a vetted one", async () => {
    const plain = await registeredBrand("Plain Verified Co");
    const denied = await errorOf(telnyx.messaging10dlc.campaignBuilder.brand.qualifyByUsecase(plain.brandId!, "POLITICAL"));
    expect(denied.message).toContain("political vetting");
    const vetted = await registeredBrand("Campaign HQ mock:vetted");
    expect((await telnyx.messaging10dlc.brand.retrieve(vetted.brandId!)).identityStatus).toBe("VETTED_VERIFIED");
    expect((await telnyx.messaging10dlc.campaignBuilder.brand.qualifyByUsecase(vetted.brandId!, "POLITICAL")).usecase).toBe("POLITICAL");
  });

  it.each([
    ["Political Action Co", 75, "POLITICAL"],
    ["Unvettable Action Co mock:vetting-failed", 20, undefined],
  ])("external vetting of %s: scored %s after ten minutes; POLITICAL qualifies only after a passed vet", async (name, score, qualifies) => {
    const brand = await registeredBrand(name);
    const ordered = await telnyx.messaging10dlc.brand.externalVetting.order(brand.brandId!, { evpId: "AEGIS", vettingClass: "POLITICAL" });
    expect(ordered).toMatchObject({ evpId: "AEGIS", vettingClass: "POLITICAL" });
    expect(ordered.vettingScore).toBeUndefined();
    await scenario.advance(600);
    const [vetting] = await telnyx.messaging10dlc.brand.externalVetting.list(brand.brandId!);
    expect(vetting).toMatchObject({ vettingId: ordered.vettingId, vettingScore: score });
    expect(vetting!.vettedDate).toMatch(/^\d{4}-/);
    const answer = await telnyx.messaging10dlc.campaignBuilder.brand.qualifyByUsecase(brand.brandId!, "POLITICAL").then(
      (q) => q.usecase,
      () => undefined,
    );
    expect(answer).toBe(qualifies);
  });

  it("assigns numbers only to a provisioned campaign, one campaign per number, and keeps a brand with campaigns", async () => {
    const brand = await registeredBrand("Rules Mobile");
    const campaign = await submitCampaign(brand.brandId!, "Delivery notices for Rules Mobile customers only.");
    const early = await errorOf(telnyx.messaging10dlc.phoneNumberCampaigns.create({ campaignId: campaign.campaignId!, phoneNumber: "+13125550150" }));
    expect(early.message).toContain("MNO_PROVISIONED");
    await scenario.advance(900);
    await telnyx.messaging10dlc.phoneNumberCampaigns.create({ campaignId: campaign.campaignId!, phoneNumber: "+13125550150" });
    const twice = await errorOf(telnyx.messaging10dlc.phoneNumberCampaigns.create({ campaignId: campaign.campaignId!, phoneNumber: "+13125550150" }));
    expect(twice.message).toContain("already assigned");
    const kept = await errorOf(telnyx.messaging10dlc.brand.delete(brand.brandId!));
    expect(kept.message).toContain("deactivate them");
  });
});

describe("Telnyx 10DLC sole proprietors", () => {
  it("blocks campaigns until the PIN is verified; a wrong PIN (000000) is refused; verification notifies", async () => {
    const brand = await telnyx.messaging10dlc.brand.create({
      entityType: "SOLE_PROPRIETOR",
      displayName: "Dana's Dog Walking",
      firstName: "Dana",
      lastName: "Reyes",
      mobilePhone: "+13125550188",
      country: "US",
      email: "dana@scenario.example.com",
      vertical: "RETAIL",
      webhookURL: scenario.hooks.url,
    });
    await scenario.advance(60);
    expect(await telnyx.messaging10dlc.brand.retrieve(brand.brandId!)).toMatchObject({ status: "OK", identityStatus: "SELF_DECLARED" });
    expect((await errorOf(submitCampaign(brand.brandId!, "Walk reminders for Dana's customers, nothing else."))).message).toContain("verifySmsOtp");
    expect((await errorOf(telnyx.messaging10dlc.brand.verifySmsOtp(brand.brandId!, { otpPin: "482913" }))).message).toContain("No PIN was sent");

    const sent = await telnyx.messaging10dlc.brand.triggerSmsOtp(brand.brandId!, { pinSms: "Your PIN is @OTP_PIN@", successSms: "Verified, thank you." });
    expect(sent.brandId).toBe(brand.brandId);
    expect((await telnyx.messaging10dlc.brand.getSmsOtpByReference(sent.referenceId!)).mobilePhone).toBe("+13125550188");
    expect((await errorOf(telnyx.messaging10dlc.brand.verifySmsOtp(brand.brandId!, { otpPin: "000000" }))).message).toContain("does not match");
    await telnyx.messaging10dlc.brand.verifySmsOtp(brand.brandId!, { otpPin: "482913" });
    expect((await telnyx.messaging10dlc.brand.retrieve(brand.brandId!)).identityStatus).toBe("VERIFIED");
    const events = await verified(await scenario.hooks.waitFor(about("brandId", brand.brandId), 2));
    expect(events.map((event) => event.description).sort()).toEqual(["Brand status: OK, identity: SELF_DECLARED.", "Brand status: OK, identity: VERIFIED."]);
    expect((await submitCampaign(brand.brandId!, "Walk reminders for Dana's customers, nothing else.")).campaignStatus).toBe("TCR_PENDING");
  });

  it("only sole proprietors are sent a PIN", async () => {
    const brand = await registeredBrand("Corporate Co");
    expect((await errorOf(telnyx.messaging10dlc.brand.triggerSmsOtp(brand.brandId!, { pinSms: "PIN @OTP_PIN@", successSms: "ok" }))).message).toContain("not a SOLE_PROPRIETOR");
  });
});

describe("Telnyx 10DLC failure branches", () => {
  it("mock:registration-failed: the brand fails (webhook REJECTED), campaigns are refused, and brand.update resubmits it", async () => {
    const brand = await createBrand("Broken Records LLC mock:registration-failed");
    const walk = await followStatus(scenario, async () => (await telnyx.messaging10dlc.brand.retrieve(brand.brandId!)).status, 60, 1);
    expectWalk(telnyxBrand, walk, "REGISTRATION_FAILED");
    const failed = await telnyx.messaging10dlc.brand.retrieve(brand.brandId!);
    expect(failed.failureReasons).not.toBe("");
    const [event] = await verified(await scenario.hooks.waitFor(about("brandId", brand.brandId), 1));
    expect(event).toMatchObject({ type: "TCR_EVENT", status: "REJECTED" });
    await errorOf(submitCampaign(brand.brandId!, "A campaign for a brand whose registration failed."));

    const fixed = await telnyx.messaging10dlc.brand.update(brand.brandId!, {
      entityType: "PRIVATE_PROFIT",
      displayName: "Fixed Records LLC",
      country: "US",
      email: "ops@scenario.example.com",
      vertical: "TECHNOLOGY",
    });
    expect(fixed.status).toBe("REGISTRATION_PENDING");
    const again = await followStatus(scenario, async () => (await telnyx.messaging10dlc.brand.retrieve(brand.brandId!)).status, 60, 1);
    expectWalk(telnyxBrand, [...walk, ...again], "OK");
  });

  it("mock:unverified: the brand is registered but UNVERIFIED, qualifies for no use case and gets no campaign", async () => {
    const brand = await registeredBrand("Shadow Trading mock:unverified");
    const retrieved = await telnyx.messaging10dlc.brand.retrieve(brand.brandId!);
    expect(retrieved).toMatchObject({ status: "OK", identityStatus: "UNVERIFIED" });
    const [event] = await verified(await scenario.hooks.waitFor(about("brandId", brand.brandId), 1));
    expect(event).toMatchObject({ type: "VERIFIED", status: "REJECTED" });
    expect((await errorOf(telnyx.messaging10dlc.campaignBuilder.brand.qualifyByUsecase(brand.brandId!, "2FA"))).message).toContain("not verified");
    expect((await errorOf(submitCampaign(brand.brandId!, "Account alerts for a brand whose identity failed."))).message).toContain("not verified");
  });

  it.each([
    ["tcr-failed", "TCR_FAILED", ["TCR_FAILED."], "REJECTED"],
    ["telnyx-failed", "TELNYX_FAILED", ["TCR_ACCEPTED.", "TELNYX_FAILED."], "REJECTED"],
    ["mno-rejected", "MNO_REJECTED", ["TCR_ACCEPTED.", "TELNYX_ACCEPTED.", "MNO_PENDING.", "MNO_REJECTED."], "REJECTED"],
    ["provisioning-failed", "MNO_PROVISIONING_FAILED", ["TCR_ACCEPTED.", "TELNYX_ACCEPTED.", "MNO_PENDING.", "MNO_ACCEPTED.", "MNO_PROVISIONING_FAILED."], "failed"],
  ])("mock:%s: the campaign ends %s, each transition notifies, the last with the failure", async (marker, end, notified, outcome) => {
    const brand = await registeredBrand(`Branch ${marker} Co`);
    const campaign = await submitCampaign(brand.brandId!, `Order updates for customers, review branch mock:${marker}.`);
    expectWalk(telnyxCampaign, await campaignWalk(campaign.campaignId!), end);
    const final = await telnyx.messaging10dlc.campaign.retrieve(campaign.campaignId!);
    expect(final.failureReasons).not.toBe("");
    if (end === "TCR_FAILED") expect(final.submissionStatus).toBe("FAILED");
    const events = await verified(await scenario.hooks.waitFor(about("campaignId", campaign.campaignId), notified.length));
    const statusOf = (event: Record<string, unknown>) => String(event.description).split("Campaign status: ")[1]?.split(" ")[0];
    expect(events.map(statusOf).sort()).toEqual([...notified].sort());
    expect(events.find((event) => statusOf(event) === `${end}.`)).toMatchObject({ status: outcome });
    // Numbers cannot be assigned to a campaign that failed.
    await errorOf(telnyx.messaging10dlc.phoneNumberCampaigns.create({ campaignId: campaign.campaignId!, phoneNumber: `+1312555016${notified.length}` }));
  });

  it.each([["telnyx-failed"], ["mno-rejected"]])("mock:%s then campaign.submitAppeal: back to TCR_ACCEPTED, then provisioned; others cannot appeal", async (marker) => {
    const brand = await registeredBrand(`Appeal ${marker} Co`);
    const campaign = await submitCampaign(brand.brandId!, `Order updates for customers, appeal branch mock:${marker}.`);
    const rejected = await campaignWalk(campaign.campaignId!);
    const appeal = await telnyx.messaging10dlc.campaign.submitAppeal(campaign.campaignId!, { appeal_reason: "The opt-out wording is now in every sample." });
    expect(appeal.appealed_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect((await telnyx.messaging10dlc.campaign.retrieve(campaign.campaignId!)).campaignStatus).toBe("TCR_ACCEPTED");
    const reviewed = await campaignWalk(campaign.campaignId!);
    expectWalk(telnyxCampaign, [...rejected, "TCR_ACCEPTED", ...reviewed], "MNO_PROVISIONED");
    const again = await errorOf(telnyx.messaging10dlc.campaign.submitAppeal(campaign.campaignId!, { appeal_reason: "Once more." }));
    expect(again.message).toContain("this one is MNO_PROVISIONED");
  });

  it("a number ending in 9999 fails assignment (FAILED_ASSIGNMENT), with its webhook", async () => {
    const brand = await registeredBrand("Unlucky Numbers Co");
    const campaign = await submitCampaign(brand.brandId!, "Appointment reminders for Unlucky Numbers Co customers.");
    await scenario.advance(900);
    await telnyx.messaging10dlc.phoneNumberCampaigns.create({ campaignId: campaign.campaignId!, phoneNumber: "+13125559999" });
    const walk = await followStatus(scenario, async () => (await telnyx.messaging10dlc.phoneNumberCampaigns.retrieve("+13125559999")).assignmentStatus, 60, 1);
    expectWalk(telnyxAssignment, walk, "FAILED_ASSIGNMENT");
    const [event] = await verified(await scenario.hooks.waitFor(about("campaignId", campaign.campaignId, (e) => String(e.description).includes("+13125559999")), 1));
    expect(event).toMatchObject({ status: "failed" });
  });
});
