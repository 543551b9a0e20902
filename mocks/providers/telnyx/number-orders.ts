// A Telnyx number order in the mock: it lists the numbers the request asked for (one row each,
// with its own id and status), starts `pending` and ends `success`, or `failure` when one of its
// numbers is a failing number (ending in 9999, markers.ts); the end sends numberOrderStatusUpdate.
import { randomUUID } from "../../state/ids.js";
import { isPlainObject, ownValue, toData } from "../../state/data.js";
import { mergeInto } from "../../state/merge.js";
import type { Json, OperationRequest, Transition } from "../../state/resource-def.js";
import { isFailingNumber } from "../markers.js";

/** The order's rows, built from the numbers sent over the example's row (its other fields kept). */
export function orderRows(order: Json, request: OperationRequest): void {
  const existing = ownValue(order, "phone_numbers");
  const model = Array.isArray(existing) && isPlainObject(existing[0]) ? existing[0] : {};
  const sent = Array.isArray(request.body.phone_numbers) ? request.body.phone_numbers : [];
  const rows = sent.filter(isPlainObject).map((item) => {
    const row = toData(model);
    // The row's own fields, where the sent value has their shape (a bundle_id must be a UUID).
    mergeInto(row, toData(item));
    row.id = randomUUID();
    row.status = "pending";
    return row;
  });
  order.phone_numbers = rows;
  order.phone_numbers_count = rows.length;
  order.sub_number_orders_ids = [randomUUID()];
}

/** Each row's status follows the order's. */
export function syncRows(order: Json): void {
  const rows = ownValue(order, "phone_numbers");
  if (!Array.isArray(rows)) return;
  const status = ownValue(order, "status");
  for (const row of rows) if (isPlainObject(row) && Object.hasOwn(row, "status")) row.status = status;
}

export function numberOrderLifecycle(order: Json): Transition[] {
  const rows = ownValue(order, "phone_numbers");
  const fails = Array.isArray(rows) && rows.some((row) => isFailingNumber(ownValue(row, "phone_number")));
  const set = fails ? { status: "failure" } : { status: "success", requirements_met: true };
  return [{ after: 30, set, webhook: "numberOrderStatusUpdate" }];
}
