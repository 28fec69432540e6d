import type { Check } from "../check.js";
import { iso } from "../time-left.js";
import { type CheckInput, DAY } from "./input.js";

/** max-age-days: a rotation reminder. */
export function ageCheck({ settings, token, now }: CheckInput): Check | undefined {
  if (settings.maxAgeDays === undefined || !token.issued_at) return undefined;
  const age = Math.floor((now - token.issued_at) / DAY);
  const old = age > settings.maxAgeDays;
  return {
    id: "age",
    title: "Token age",
    status: old ? "warning" : "ok",
    value: `${age} days (issued ${iso(token.issued_at)})`,
    ...(old && { fix: `Rotate it, since it is older than max-age-days (${settings.maxAgeDays}).` }),
  };
}
