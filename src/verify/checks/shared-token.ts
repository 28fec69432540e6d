import type { Check } from "../check.js";

/**
 * One token in two places (production and staging sharing a token): a leak or a revocation in
 * one is an outage in the other. `others` are the names that hold the same fingerprint.
 */
export function sharedTokenCheck(name: string, others: readonly string[], shownToken?: string): Check {
  return others.length === 0
    ? {
        id: "shared-token",
        title: "Own token",
        status: "ok",
        value: `no other watched name uses the token of ${name}`,
      }
    : {
        id: "shared-token",
        title: "Own token",
        status: "warning",
        // Not starting with the name: a sentence's first letter is capitalised, and a name is
        // spelled as given (`prod` is not `Prod`, which may be another watched name).
        value: `the token of ${name}${shownToken ? ` (${shownToken})` : ""} is also the token of ${others.join(", ")}`,
        fix: "Give each environment its own system-user token, so that rotating or revoking one leaves the others working.",
        recipes: ["system-user"],
      };
}
