import type { Check } from "../check.js";
import type { TokenData } from "../facts.js";
import type { CheckInput } from "./input.js";

export function missingScopes(required: readonly string[], data: TokenData | undefined): string[] {
  const granted = new Set(data?.scopes ?? []);
  return required.filter((scope) => !granted.has(scope));
}

export function scopesCheck({ settings, token }: CheckInput): Check {
  if (token.scopes === undefined) {
    return {
      id: "scopes",
      title: "Required permissions",
      status: "failed",
      value: "unknown: the Graph API's reply lists no scopes",
      fix: "Run the check again; if it persists, look the token up in Meta's Access Token Debugger.",
    };
  }
  const missing = missingScopes(settings.requiredScopes, token);
  return missing.length === 0
    ? {
        id: "scopes",
        title: "Required permissions",
        status: "ok",
        value: settings.requiredScopes.join(", ") || "none required",
      }
    : {
        id: "scopes",
        title: "Required permissions",
        status: "failed",
        value: `missing ${missing.join(", ")}`,
        fix: `Generate a new token with ${missing.join(" and ")} ticked.`,
        recipes: ["system-user"],
      };
}
