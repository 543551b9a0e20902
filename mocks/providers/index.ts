// The providers the mocks serve, by id. Each folder holds everything that provider does its own
// way (error format, kept resources, webhook bodies, list pages); the engine in mocks/state/ stays
// generic and reaches those through hooks on the resource definitions.
import { telnyxProfile } from "./telnyx/index.js";
import type { MockProfile } from "./types.js";
import { vonageProfile } from "./vonage/index.js";

export type { MockErrorKind, MockProblem, MockProfile, ResourceDef } from "./types.js";
export { telnyxProfile } from "./telnyx/index.js";
export { vonageProfile } from "./vonage/index.js";

export { declaredProfile, type DeclaredMock } from "./declared.js";

/** The providers with a folder of their own here; any other declared provider gets declaredProfile(). */
export const profiles: Record<string, MockProfile> = { telnyx: telnyxProfile, vonage: vonageProfile };
