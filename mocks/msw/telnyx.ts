// MSW handlers for Telnyx's API, from Telnyx's spec as `npm run generate` bundles it (see handlers.ts).
//   import { telnyxHandlers } from ".../mocks/msw/telnyx.js";
//   setupWorker(...telnyxHandlers());            // a browser
//   setupServer(...telnyxHandlers({ clockScale: 0 }));  // vitest
import document from "../../generated/telnyx/openapi.json" with { type: "json" };
import { telnyxProfile } from "../providers/telnyx/index.js";
import { createMockHandlers, type MockHandlerOptions, type MockHandlers } from "./handlers.js";

export function telnyxHandlers(options: MockHandlerOptions = {}): MockHandlers {
  return createMockHandlers(telnyxProfile, document as Record<string, unknown>, options);
}
