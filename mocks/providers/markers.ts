// How a client asks the stateful mocks for a failure branch, the way Stripe's test card numbers
// do: a marker value in the request itself, so a frontend reaches every screen with the same
// calls it makes in production and no extra control call.
//   - `mock:<branch>` anywhere in a free-text field of the request (a brand's display name, a
//     campaign's description, a porting order's customer reference...) picks that branch;
//   - a phone number ending in 9999 fails wherever a number can fail (assignment, order, link).
// README lists, per provider, the branches each resource has and the field that carries them.
import { scalarText } from "../state/data.js";

const MARKER = /\bmock:([a-z][a-z0-9-]*)/i;

/** The branch a text asks for (`"Acme mock:rejected"` → `"rejected"`), lower case, or undefined. */
export function markerIn(text: unknown): string | undefined {
  const value = scalarText(text);
  const found = value === undefined ? undefined : MARKER.exec(value);
  return found ? found[1]!.toLowerCase() : undefined;
}

/** Whether a phone number is one of the numbers that fail on purpose (ending in 9999). */
export function isFailingNumber(number: unknown): boolean {
  const value = scalarText(number);
  return value !== undefined && /9999$/.test(value);
}
