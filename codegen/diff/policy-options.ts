// The deprecation-policy flags shared by `npm run diff` and `npm run changelog`.
import { CommandError, USAGE_ERROR } from "../../commands/args.js";
import type { DeprecationPolicy } from "./deprecation.js";

export const policyOptions = {
  today: { type: "string" },
  "min-notice-days": { type: "string", default: "180" },
} as const;

export const policyHelp = {
  today: { value: "YYYY-MM-DD", text: "The day sunset dates are measured from. Default: today (UTC)." },
  "min-notice-days": { value: "days", text: "Minimum notice between deprecation and x-sunset. Default: 180." },
};

export function parsePolicy(today: string | undefined, minNotice: string | undefined): DeprecationPolicy {
  const day = today ?? new Date().toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || Number.isNaN(Date.parse(`${day}T00:00:00Z`))) {
    throw new CommandError(`--today must be a date like 2026-12-01, not "${day}".`, USAGE_ERROR);
  }
  const days = minNotice ?? "180";
  if (!/^\d{1,5}$/.test(days)) throw new CommandError(`--min-notice-days must be a whole number of days, not "${days}".`, USAGE_ERROR);
  return { today: day, minNoticeDays: Number(days) };
}
