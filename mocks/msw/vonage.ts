// MSW handlers for Vonage's API, from Vonage's spec as `npm run generate` bundles it (see handlers.ts).
//   import { vonageHandlers } from ".../mocks/msw/vonage.js";
//   setupWorker(...vonageHandlers());            // a browser
//   setupServer(...vonageHandlers({ clockScale: 0 }));  // vitest
import document from "../../generated/vonage/openapi.json" with { type: "json" };
import { vonageProfile } from "../providers/vonage/index.js";
import { createMockHandlers, type MockHandlerOptions, type MockHandlers } from "./handlers.js";

export function vonageHandlers(options: MockHandlerOptions = {}): MockHandlers {
  return createMockHandlers(vonageProfile, document as Record<string, unknown>, options);
}
