import type { Check, CheckId } from "../check.js";
import { iso, timeLeft } from "../time-left.js";
import { type CheckInput, DAY } from "./input.js";

/** The token's expiry and its data access expiry, judged against warn-days and fail-days. */
export function expiryChecks({ settings, token, now }: CheckInput): Check[] {
  const checks = [judge("expiry", "Expires", token.expires_at)];
  if (token.data_access_expires_at)
    checks.push(judge("data-access", "Data access expires", token.data_access_expires_at));
  return checks;

  function judge(id: CheckId, title: string, at: number | undefined): Check {
    // 0 is Meta's "never"; absent is not: a reply that leaves it out says nothing about expiry.
    if (at === undefined) {
      return {
        id,
        title,
        status: "failed",
        value: "unknown: the Graph API's reply did not say when the token expires (no expires_at)",
        fix: "Run the check again; if it persists, look the token up in Meta's Access Token Debugger.",
      };
    }
    if (at === 0) return { id, title, status: "ok", value: "never" };
    const left = at - now;
    const status =
      left <= 0 || left < settings.failDays * DAY
        ? "failed"
        : left < settings.warnDays * DAY
          ? "warning"
          : "ok";
    return {
      id,
      title,
      status,
      value: `${iso(at)} (${timeLeft(left)})`,
      ...(status !== "ok" && {
        fix:
          id === "expiry"
            ? `Replace it before ${iso(at)} with a token that does not expire, or refresh a 60-day one.`
            : `Data calls fail after ${iso(at)}: use a system-user token, whose data access does not expire.`,
        recipes: id === "expiry" ? ["system-user", "refresh-60-day"] : ["system-user"],
      }),
    };
  }
}
