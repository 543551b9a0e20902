// Fidelity to what the providers publish: each place where our curated specs once differed from
// Telnyx's published OpenAPI spec or Vonage's 10DLC reference, checked through the generated
// clients against the mocks (whose behaviour comes from the same specs).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as telnyx from "../../generated/telnyx/index.js";
import * as vonage from "../../generated/vonage/index.js";
import type { RunningMock } from "../../mocks/server.js";
import { startMock } from "../support/mocks.js";
import { escapePointer, loadProvider, operationPointer, SchemaValidator } from "../support/spec.js";

// Credentials from the environment must not change what these calls send.
for (const name of ["TELNYX_API_KEY", "VONAGE_API_KEY", "VONAGE_API_SECRET"]) delete process.env[name];

const { spec: telnyxLoaded, model: telnyxModel } = await loadProvider("telnyx");
const telnyxSpec = telnyxLoaded.document;
const vonageSpec = (await loadProvider("vonage")).spec.document;
const telnyxSchemas = new SchemaValidator(telnyxSpec);
const vonageSchemas = new SchemaValidator(vonageSpec);

/** Pointer to the JSON schema of an operation's success response. */
function responseSchema(route: string, method: string, status: number): string {
  return `${operationPointer(route, method)}/responses/${status}/content/${escapePointer("application/json")}/schema`;
}

/** The error a call rejects with, or a marker when it did not reject. */
async function failureOf(call: PromiseLike<unknown>): Promise<unknown> {
  return call.then(
    () => new Error("the call succeeded"),
    (error: unknown) => error,
  );
}

/** The call was refused as invalid input naming `input`. */
function expectRejected(error: unknown, input: string): void {
  expect(error).toBeInstanceOf(telnyx.APIError);
  const typed = error as telnyx.APIError;
  expect(typed.status).toBe(422);
  expect(typed.message).toContain(input);
}

let telnyxMock: RunningMock;
let vonageMock: RunningMock;
let telnyxClient: ReturnType<typeof telnyx.createTelnyxClient>;
let vonageClient: ReturnType<typeof vonage.createVonageClient>;

beforeAll(async () => {
  [telnyxMock, vonageMock] = await Promise.all([startMock("telnyx"), startMock("vonage")]);
  telnyxClient = telnyx.createTelnyxClient({ apiKey: "test-key", baseUrl: telnyxMock.url });
  vonageClient = vonage.createVonageClient({ apiKey: "key", apiSecret: "secret", baseUrl: vonageMock.url });
});
afterAll(() => Promise.all([telnyxMock.close(), vonageMock.close()]));

describe("Telnyx GET /country_coverage: each country's value is a CountryCoverage", () => {
  const pointer = responseSchema("/country_coverage", "get", 200);

  it("returns typed per-country coverage, the same shape as the single-country call", async () => {
    const coverage = await telnyxClient.countryCoverage.retrieve();
    const countries = Object.entries(coverage.data ?? {});
    expect(countries.length).toBeGreaterThan(0);
    for (const [name, country] of countries) {
      // Typed: these property reads compile only because the value is CountryCoverage.
      const typed: telnyx.components["schemas"]["CountryCoverage"] = country;
      expect(typeof typed.code, name).toBe("string");
      expect(Array.isArray(typed.features), name).toBe(true);
      expect(telnyxSchemas.check("/components/schemas/CountryCoverage", typed), name).toBeUndefined();
    }
    expect(telnyxSchemas.check(pointer, coverage)).toBeUndefined();
  });

  it("rejects a country value that is not coverage (the schema is no longer free-form)", () => {
    const wrong = { data: { Germany: { code: "DE", numbers: "yes", features: "voice" } } };
    const error = telnyxSchemas.check(pointer, wrong);
    expect(error).toContain("numbers");
    expect(error).toContain("features");
  });
});

describe("Telnyx sort parameters take the published sort keys", () => {
  const cases = [
    { path: "/documents", list: () => telnyxClient.documents.list, good: ["-created_at", "filename"], count: 6 },
    { path: "/requirement_types", list: () => telnyxClient.requirementTypes.list, good: ["name"], count: 6 },
    { path: "/requirements", list: () => telnyxClient.requirements.list, good: ["-country_code", "updated_at"], count: 8 },
  ] as const;

  for (const { path, list, good, count } of cases) {
    it(`GET ${path} accepts sort=${good.join(",")} and declares ${count} keys`, async () => {
      const page = await list()({ sort: [...good] } as never);
      expect(page).toBeDefined();
      const keys = sortKeysOf(path);
      expect(keys).toHaveLength(count);
      for (const key of good) expect(keys).toContain(key);
    });

    it(`GET ${path} rejects an unknown sort key with 422 naming sort`, async () => {
      expectRejected(await failureOf(list()({ sort: ["shoe_size"] } as never)), "sort");
    });
  }
});

/** The sort keys the spec declares for a GET list. */
function sortKeysOf(path: string): unknown[] {
  const op = telnyxModel.operations.find((o) => o.method === "GET" && o.path === path);
  const items = op?.queryParams.find((p) => p.name === "sort")?.schema.items;
  return (items && typeof items === "object" && !Array.isArray(items) ? items.enum : undefined) ?? [];
}

describe("Telnyx GET /10dlc/enum/{endpoint} (messaging10dlc.getEnum)", () => {
  const pointer = responseSchema("/10dlc/enum/{endpoint}", "get", 200);

  it("answers a list of strings for entityType", async () => {
    const values = await telnyxClient.messaging10dlc.getEnum("entityType");
    expect(Array.isArray(values)).toBe(true);
    expect(values).toContain("SOLE_PROPRIETOR");
    expect(telnyxSchemas.check(pointer, values)).toBeUndefined();
  });

  it("answers an object of details for vertical", async () => {
    const values = await telnyxClient.messaging10dlc.getEnum("vertical", { headers: { prefer: "example=verticals" } });
    expect(Array.isArray(values)).toBe(false);
    expect(Object.keys(values as object)).toContain("TECHNOLOGY");
    expect(telnyxSchemas.check(pointer, values)).toBeUndefined();
  });

  it("accepts every enumeration name of the published spec and a page of records", () => {
    const page = { page: 1, records: [{ id: "10017", displayName: "AT&T" }], totalRecords: 1 };
    expect(telnyxSchemas.check(pointer, page)).toBeUndefined();
    expect(telnyxSchemas.check(pointer, { page: 1 })).toBeDefined();
  });

  it("rejects an enumeration that does not exist with 422 naming endpoint", async () => {
    const call = telnyxClient.messaging10dlc.getEnum("shoeSizes" as never);
    expectRejected(await failureOf(call), "endpoint");
  });
});

describe("Telnyx POST /10dlc/phoneNumberAssignmentByProfile", () => {
  it("accepts campaignId and tcrCampaignId together, as the published spec does", async () => {
    const task = await telnyxClient.messaging10dlc.phoneNumberAssignmentByProfile.assign({
      messagingProfileId: "4001767e-ce0f-4cae-9d5f-0d5e636e7809",
      campaignId: "4b30018f-5e2c-6a1d-9b07-3c2f1e4d8a90",
      tcrCampaignId: "CM2WQ9D",
    });
    expect(task.taskId).toBeTruthy();
  });

  it("still requires messagingProfileId", async () => {
    const call = telnyxClient.messaging10dlc.phoneNumberAssignmentByProfile.assign({ campaignId: "c1" } as never);
    expectRejected(await failureOf(call), "messagingProfileId");
  });
});

describe("Vonage campaign status values", () => {
  it("lists campaigns by the EXPIRED status the reference describes", async () => {
    const page = await vonageClient.brands.campaigns.list("BLQKOPK", { status: "EXPIRED" });
    expect(page).toBeDefined();
  });

  it("rejects APPROVED, which is no campaign status (only an outdated example shows it)", async () => {
    const call = vonageClient.brands.campaigns.list("BLQKOPK", { status: "APPROVED" as never });
    expectRejected(await failureOf(call), "status");
  });
});

describe("Vonage campaign description: at least 40 characters when sent, any length when read", () => {
  const shortDescription = "User notifications";

  it("reads an older campaign with a short description as a valid, typed campaign", async () => {
    const campaign = await vonageClient.brands.campaigns.retrieve("BLQKOPK", "VC123OLD", {
      headers: { prefer: "example=expiredOlderCampaign" },
    });
    expect(campaign.description).toBe(shortDescription);
    expect(campaign.status).toBe("EXPIRED");
    const pointer = responseSchema("/brands/{brand_id}/campaigns/{campaign_id}", "get", 200);
    expect(vonageSchemas.check(pointer, campaign)).toBeUndefined();
  });

  it("refuses to create a campaign with a description under 40 characters", async () => {
    const call = vonageClient.brands.campaigns.create("BLQKOPK", {
      account_id: "abcd1234",
      usecase: "ACCOUNT_NOTIFICATION",
      description: shortDescription,
      help_message: "Reply HELP for help or call 15556660001.",
      opt_in_message: "You are now subscribed to account notifications.",
      opt_out_message: "You have been unsubscribed and will receive no more messages.",
      tc_agreed: true,
      message_flow: "Customers opt in on the checkout page by ticking a box that explains the messages they will get.",
    });
    expectRejected(await failureOf(call), "description");
  });
});

describe("the same Telnyx answers from the stateful mock (the CLI's default)", () => {
  let stateful: RunningMock;
  let client: ReturnType<typeof telnyx.createTelnyxClient>;
  beforeAll(async () => {
    stateful = await startMock("telnyx", { stateful: true });
    client = telnyx.createTelnyxClient({ apiKey: "test-key", baseUrl: stateful.url });
  });
  afterAll(() => stateful.close());

  it("accepts an assignment with both campaign ids and answers getEnum", async () => {
    const task = await client.messaging10dlc.phoneNumberAssignmentByProfile.assign({
      messagingProfileId: "4001767e-ce0f-4cae-9d5f-0d5e636e7809",
      campaignId: "4b30018f-5e2c-6a1d-9b07-3c2f1e4d8a90",
      tcrCampaignId: "CM2WQ9D",
    });
    expect(task.taskId).toBeTruthy();
    expect(await client.messaging10dlc.getEnum("entityType")).toContain("PRIVATE_PROFIT");
  });
});
