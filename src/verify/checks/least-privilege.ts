import type { Check } from "../check.js";
import type { CheckInput } from "./input.js";

/**
 * Permissions beyond what the bot needs widen what a leak can do (a messaging bot's token with
 * ads_management can spend money). Fine: the required scopes and allowed-scopes; off: `any`.
 */
export function leastPrivilegeCheck({ settings, token }: CheckInput): Check | undefined {
  // Unknown scopes are the permission check's failure; "nothing extra" would be a guess.
  if (settings.allowedScopes === "any" || token.scopes === undefined) return undefined;
  const fine = new Set([...settings.requiredScopes, ...settings.allowedScopes]);
  const extra = (token.scopes ?? []).filter((scope) => !fine.has(scope));
  return extra.length === 0
    ? {
        id: "least-privilege",
        title: "Least privilege",
        status: "ok",
        value: "no permissions beyond what is needed",
      }
    : {
        id: "least-privilege",
        title: "Least privilege",
        status: "warning",
        value: `also holds ${extra.join(", ")}`,
        fix: "Generate a token with only the permissions the bot needs, or list these in allowed-scopes.",
        recipes: ["system-user"],
      };
}
