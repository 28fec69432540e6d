import type { Check } from "../check.js";
import { iso } from "../time-left.js";
import { type CheckInput, DAY } from "./input.js";

/** max-age-days: a rotation reminder. */
export function ageCheck({ settings, token, now }: CheckInput): Check | undefined {
  if (settings.maxAgeDays === undefined || !token.issued_at) return undefined;
  const exactDays = (now - token.issued_at) / DAY;
  const age = Math.floor(exactDays);
  if (age < 0) {
    // Issued in the future: Meta's clock or this runner's is wrong, and the age is unknown.
    return {
      id: "age",
      title: "Token age",
      status: "warning",
      value: `issued ${iso(token.issued_at)}, after this runner's clock: age unknown`,
      fix: "Check the runner's clock; the token's age cannot be judged against max-age-days.",
    };
  }
  // Older than max-age-days by the clock, not by whole days: 30 hours is older than 1 day.
  const old = exactDays > settings.maxAgeDays;
  return {
    id: "age",
    title: "Token age",
    status: old ? "warning" : "ok",
    value: `${age} day${age === 1 ? "" : "s"} (issued ${iso(token.issued_at)})`,
    ...(old && { fix: `Rotate it, since it is older than max-age-days (${settings.maxAgeDays}).` }),
  };
}
