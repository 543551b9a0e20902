// Deprecation and sunset of operations. An operation is deprecated with `deprecated: true` and
// announces when it goes with `x-sunset: YYYY-MM-DD`. The minimum-notice rule: a newly announced
// (or moved) sunset date must be at least `minNoticeDays` after the day of the comparison, so
// clients get time to migrate; removing an operation before its sunset date breaks that promise.
import type { OperationObject } from "../openapi-types.js";
import type { Emit } from "./spec-diff.js";

export interface DeprecationPolicy {
  /** The day of the comparison, YYYY-MM-DD (UTC). */
  today: string;
  minNoticeDays: number;
}

type Deprecatable = OperationObject & { deprecated?: boolean; "x-sunset"?: unknown };

/** The sunset day, or undefined when there is none or it is not a date (which then counts as none). */
function sunsetOf(op: Deprecatable): string | undefined {
  const value = op["x-sunset"];
  // YAML reads an unquoted date as a Date.
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString().slice(0, 10);
  if (typeof value !== "string" || !/^\d{4}-\d{2}-\d{2}/.test(value)) return undefined;
  const day = value.slice(0, 10);
  return Number.isNaN(Date.parse(`${day}T00:00:00Z`)) ? undefined : day;
}

function noSunset(op: Deprecatable): string {
  const value = op["x-sunset"];
  return value === undefined ? "no x-sunset date" : `x-sunset ${JSON.stringify(value)}, which is not a date (YYYY-MM-DD)`;
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

export function diffRemoval(op: Deprecatable, policy: DeprecationPolicy, emit: Emit, sdkName: string): void {
  const sunset = sunsetOf(op);
  if (!op.deprecated) return emit("api-removed-without-deprecation", "", `operation removed without deprecation (${sdkName})`);
  if (!sunset) return emit("api-removed-after-deprecation", "", `deprecated operation removed; it had ${noSunset(op)} (${sdkName})`);
  if (daysBetween(policy.today, sunset) > 0) return emit("api-removed-before-sunset", "", `operation removed before its sunset ${sunset} (${sdkName})`);
  emit("api-removed-after-sunset", "", `operation removed after its sunset ${sunset} (${sdkName})`);
}

export function diffDeprecation(a: Deprecatable, b: Deprecatable, policy: DeprecationPolicy, emit: Emit): void {
  if (a.deprecated && !b.deprecated) return emit("api-undeprecated", "", "no longer deprecated");
  if (!b.deprecated) return;
  const sunsetA = sunsetOf(a);
  const sunsetB = sunsetOf(b);
  const fresh = !a.deprecated;
  if (fresh && !sunsetB) return emit("api-deprecated-without-sunset", "", `deprecated with ${noSunset(b)}`);
  if (!sunsetB) return;
  const earlier = sunsetA !== undefined && daysBetween(sunsetA, sunsetB) < 0;
  if (earlier) emit("api-sunset-moved-earlier", "", `x-sunset ${sunsetA} → ${sunsetB}`);
  // A date moved later only gives more time; a first or earlier date must give the notice.
  const announced = fresh || sunsetA === undefined || earlier;
  if (!announced) return;
  const notice = daysBetween(policy.today, sunsetB);
  if (notice < policy.minNoticeDays) {
    emit("api-sunset-too-soon", "", `x-sunset ${sunsetB} gives less than the minimum notice of ${policy.minNoticeDays} days`);
  } else if (fresh) {
    emit("api-deprecated", "", `deprecated, sunset ${sunsetB}`);
  }
}
