// The page of the browser test: the generated Telnyx client against the MSW worker, as a
// frontend would use them. It reports each step in #report (JSON) for the test to read.
import { setupWorker } from "msw/browser";
import { createTelnyxClient } from "../../../generated/telnyx/index.js";
import { telnyxHandlers } from "../../../mocks/msw/telnyx.js";

interface Report {
  steps: string[];
  brand?: { id: string; status: string | undefined; identityStatus: string | undefined };
  campaign?: { id: string; statusBefore: string | undefined; statusAfter: string | undefined };
  clock?: string;
  invalid?: { status: number; field: boolean };
  error?: string;
}

const report: Report = { steps: [] };

function show(): void {
  document.querySelector("#report")!.textContent = JSON.stringify(report);
}

/** The control API as a page calls it: over fetch, through the service worker. */
async function advance(seconds: number): Promise<string> {
  const response = await fetch("https://api.telnyx.com/v2/__mock/clock", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ advance: seconds }),
  });
  if (!response.ok) throw new Error(`advance: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { now: string }).now;
}

async function run(): Promise<void> {
  const worker = setupWorker(...telnyxHandlers({ clockScale: 0 }));
  await worker.start({ serviceWorker: { url: "/mockServiceWorker.js" }, onUnhandledRequest: "bypass", quiet: true });
  report.steps.push("worker started");
  const telnyx = createTelnyxClient({ apiKey: "browser-key" });

  const brand = await telnyx.messaging10dlc.brand.create({
    entityType: "PRIVATE_PROFIT",
    displayName: "Browser Mobile",
    country: "US",
    email: "ops@browser.example.com",
    vertical: "TECHNOLOGY",
  });
  report.steps.push("brand created");
  await advance(1000);
  const verified = await telnyx.messaging10dlc.brand.retrieve(brand.brandId!);
  report.brand = { id: brand.brandId!, status: brand.status, identityStatus: verified.identityStatus };

  const campaign = await telnyx.messaging10dlc.campaignBuilder.submit({
    brandId: brand.brandId!,
    usecase: "CUSTOMER_CARE",
    description: "Order updates and support replies for Browser Mobile customers.",
  });
  report.steps.push("campaign created");
  report.clock = await advance(1000);
  const moved = await telnyx.messaging10dlc.campaign.retrieve(campaign.campaignId!);
  report.campaign = { id: campaign.campaignId!, statusBefore: campaign.campaignStatus, statusAfter: moved.campaignStatus };
  report.steps.push("clock advanced");

  const invalid = await fetch("https://api.telnyx.com/v2/10dlc/brand", {
    method: "POST",
    headers: { authorization: "Bearer browser-key", "content-type": "application/json" },
    body: JSON.stringify({ entityType: "NOT_A_TYPE" }),
  });
  report.invalid = { status: invalid.status, field: (await invalid.text()).includes("entityType") };
  report.steps.push("done");
}

run()
  .catch((error: unknown) => {
    report.error = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  })
  .finally(show);
