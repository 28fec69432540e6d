import type { Check } from "../check.js";
import type { CheckInput } from "./input.js";

/** Permissions named in the row and its annotation; the rest are counted ("and 895 more"). */
const SHOWN_SCOPES = 5;

/**
 * Permissions beyond what the bot needs widen what a leak can do (a messaging bot's token with
 * ads_management can spend money). Fine: the required scopes and allowed-scopes; off: `any`.
 */
export function leastPrivilegeCheck({ settings, token }: CheckInput): Check | undefined {
  // Unknown scopes are the permission check's failure; "nothing extra" would be a guess.
  if (settings.allowedScopes === "any" || token.scopes === undefined) return undefined;
  const fine = new Set([...settings.requiredScopes, ...settings.allowedScopes]);
  // As Meta lists them, less blanks and repeats a reply may carry.
  const held = [
    ...new Set((token.scopes ?? []).map((scope) => scope.trim()).filter((scope) => scope !== "")),
  ];
  const extra = held.filter((scope) => !fine.has(scope));
  const named = extra.slice(0, SHOWN_SCOPES).join(", ");
  const more = extra.length > SHOWN_SCOPES ? ` and ${extra.length - SHOWN_SCOPES} more` : "";
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
        value: `also holds ${named}${more}`,
        fix: "Generate a token with only the permissions the bot needs, or list these in allowed-scopes.",
        recipes: ["system-user"],
      };
}
