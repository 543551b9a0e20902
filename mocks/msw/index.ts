// Stateful MSW handlers for every provider the mocks serve.
export { createMockHandlers, type MockControl, type MockHandlerOptions, type MockHandlers, type OutgoingWebhook } from "./handlers.js";
export { telnyxHandlers } from "./telnyx.js";
export { vonageHandlers } from "./vonage.js";
