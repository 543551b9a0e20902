// `portabilityChecks.run` answers for each number asked, in the order asked, by one fixed rule
// (README quotes it), so a frontend can show every answer a real check gives:
//   - not E.164                       → not portable, "not a valid E.164 phone number";
//   - line number ending in 0000      → not portable, "not active at its current carrier";
//   - toll-free NANP (+1 800/833/844/855/866/877/888) → portable, not FastPort;
//   - other NANP (+1) numbers         → portable and FastPort-eligible;
//   - anything else                   → portable, not FastPort (FastPort is US/Canada only).
import { scalarText } from "../../state/data.js";
import type { Json, OperationAnswer, OperationRequest } from "../../state/resource-def.js";

const E164 = /^\+[1-9]\d{6,14}$/;
const TOLL_FREE = /^\+1(800|833|844|855|866|877|888)/;

export function portabilityOf(phoneNumber: string): Json {
  const result = (portable: boolean, fastPortable: boolean, reason = "") => ({
    record_type: "portability_check_result",
    phone_number: phoneNumber,
    portable,
    fast_portable: fastPortable,
    not_portable_reason: reason,
  });
  if (!E164.test(phoneNumber)) return result(false, false, "The number is not a valid E.164 phone number.");
  if (phoneNumber.endsWith("0000")) return result(false, false, "The number is not active at its current carrier.");
  if (TOLL_FREE.test(phoneNumber)) return result(true, false);
  return result(true, phoneNumber.startsWith("+1"));
}

/** POST /portability_checks: one result per number sent. */
export function runPortabilityCheck(request: OperationRequest): OperationAnswer {
  const sent = request.body.phone_numbers;
  const numbers = Array.isArray(sent) ? sent.map((value) => scalarText(value) ?? "") : [];
  return { status: request.status, body: { data: numbers.map(portabilityOf) } };
}
