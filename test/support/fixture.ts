// The small "acme" provider used by the generator's unit and golden tests.
import path from "node:path";
import { discoverProviders, type ProviderConfig } from "../../codegen/providers.js";
import { repoRoot } from "./spec.js";

export const fixtureRoot = path.join(repoRoot, "test/fixtures/acme");

/** Declared in test/fixtures/acme/specs/acme/toolkit.yaml, found the way our providers are. */
export const acme: ProviderConfig = discoverProviders(fixtureRoot).find((p) => p.id === "acme")!;
