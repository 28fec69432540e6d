import type { Check } from "../check.js";
import { iso } from "../time-left.js";
import { type CheckInput, DAY } from "./input.js";

/** max-age-days: a rotation reminder. */
export function ageCheck({ settings, token, now }: CheckInput): Check | undefined {
  if (settings.maxAgeDays === undefined || !token.issued_at) return undefined;
  const age = Math.floor((now - token.issued_at) / DAY);
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
  const old = age > settings.maxAgeDays;
  return {
    id: "age",
    title: "Token age",
    status: old ? "warning" : "ok",
    value: `${age} days (issued ${iso(token.issued_at)})`,
    ...(old && { fix: `Rotate it, since it is older than max-age-days (${settings.maxAgeDays}).` }),
  };
}
