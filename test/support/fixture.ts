// The small "acme" provider used by the generator's unit and golden tests.
import path from "node:path";
import type { ProviderConfig } from "../../codegen/providers.js";
import { repoRoot } from "./spec.js";

export const fixtureRoot = path.join(repoRoot, "test/fixtures/acme");

export const acme: ProviderConfig = {
  id: "acme",
  name: "Acme",
  entry: "specs/acme/openapi.yaml",
  factory: "createAcmeClient",
  clientVar: "acme",
  mockPort: 4099,
  auth: { bearer: { option: "apiKey", env: "ACME_API_KEY", description: "Acme API key." } },
};
