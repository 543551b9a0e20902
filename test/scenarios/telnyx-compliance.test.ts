// Telnyx Numbers Compliance as a frontend lives it: a requirement group is submitted once, then
// approved, or declined when its customer_reference holds `mock:declined` (and may then be
// submitted again); its answers follow the request.
import { describe, expect, it } from "vitest";
import { createTelnyxClient, UnprocessableEntityError } from "../../generated/telnyx/index.js";
import { expectWalk, followStatus, type Scenario, useScenario } from "./support.js";

const machine = { unapproved: ["pending-approval"], "pending-approval": ["approved", "declined"], declined: ["pending-approval"] };

let scenario: Scenario;
let telnyx: ReturnType<typeof createTelnyxClient>;

useScenario("telnyx", (started) => {
  scenario = started;
  telnyx = createTelnyxClient({ apiKey: "test-key", baseUrl: started.mock.url, fetch: started.checker.fetch, maxRetries: 0 });
});

describe("Telnyx requirement groups", () => {
  it.each([
    ["berlin-office", "approved"],
    ["berlin-office mock:declined", "declined"],
  ])("%s: unapproved → pending-approval → %s; a second submit is refused", async (reference, end) => {
    const group = await telnyx.requirementGroups.create({ action: "ordering", country_code: "DE", phone_number_type: "local", customer_reference: reference });
    expect(group).toMatchObject({ action: "ordering", country_code: "DE", phone_number_type: "local", customer_reference: reference, status: "unapproved" });
    const submitted = await telnyx.requirementGroups.submitForApproval(group.id!);
    expect(submitted.status).toBe("pending-approval");
    const twice = await telnyx.requirementGroups.submitForApproval(group.id!).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(twice).toBeInstanceOf(UnprocessableEntityError);
    expect((twice as Error).message).toContain("only unapproved or declined groups");
    const walk = await followStatus(scenario, async () => (await telnyx.requirementGroups.retrieve(group.id!)).status, 1800, 2);
    expectWalk(machine, ["unapproved", ...walk], end);
  });
});
