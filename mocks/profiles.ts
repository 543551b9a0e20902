// Kept so existing imports work: the profiles now live in mocks/providers/, one folder per
// provider. New code imports from "./providers/index.js".
export { profiles, telnyxProfile, vonageProfile, type MockErrorKind, type MockProblem, type MockProfile } from "./providers/index.js";
