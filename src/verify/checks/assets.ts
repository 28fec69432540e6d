import type { Check } from "../check.js";
import { WHATSAPP_SCOPES } from "../permissions.js";
import type { CheckInput } from "./input.js";

/**
 * Which WhatsApp accounts the token reaches, from granular_scopes: a grant without target_ids
 * covers every account (graph-api.md 1.3), one with an empty list covers none, and a WhatsApp
 * permission the token holds but no grant lists is unknown, never "every account".
 */
export function assetsCheck({ settings, token: data }: CheckInput): Check {
  const wabaId = settings.wabaId;
  const title = wabaId ? `Reaches WhatsApp account ${wabaId}` : "WhatsApp accounts";
  // Permissions the token lacks are the permission check's to report.
  const held = WHATSAPP_SCOPES.filter((scope) => (data.scopes ?? []).includes(scope));
  // In Meta's order (newest grants first), unlisted ones last.
  const position = (scope: string) => {
    const index = data.granular_scopes?.findIndex((grant) => grant.scope === scope) ?? -1;
    return index === -1 ? Number.MAX_SAFE_INTEGER : index;
  };
  held.sort((a, b) => position(a) - position(b));
  const grants = held.map((scope) => ({
    scope,
    ids: data.granular_scopes?.find((grant) => grant.scope === scope)?.target_ids,
    listed: data.granular_scopes?.some((grant) => grant.scope === scope) ?? false,
  }));
  const describe = () =>
    grants.length === 0
      ? "the token holds no WhatsApp permission"
      : grants
          .map(
            ({ scope, ids, listed }) =>
              `${scope}: ${!listed ? "no grant listed" : ids === undefined ? "all accounts" : ids.length === 0 ? "no account" : ids.join(", ")}`,
          )
          .join("; ");
  const assign = {
    fix: `Assign the WhatsApp account${wabaId ? ` ${wabaId}` : ""} to the system user, then generate a new token.`,
    recipes: ["assign-assets" as const],
  };
  const none = grants.filter(({ listed, ids }) => listed && ids?.length === 0);
  const lacking = wabaId ? grants.filter(({ ids }) => ids !== undefined && !ids.includes(wabaId)) : [];
  if (none.length > 0 || lacking.length > 0 || (wabaId && grants.length === 0)) {
    return { id: "assets", title, status: "failed", value: `no: ${describe()}`, ...assign };
  }
  const unlisted = grants.filter(({ listed }) => !listed).map(({ scope }) => scope);
  if (unlisted.length > 0) {
    return {
      id: "assets",
      title,
      // Asked to check an account, an unknown answer fails; otherwise it is worth a look.
      status: wabaId ? "failed" : "warning",
      value: `unknown: debug_token lists no grant of ${unlisted.join(" or ")}, so which accounts the token reaches cannot be told`,
      fix: "Generate a new token for the system user with the WhatsApp account assigned.",
      recipes: ["assign-assets"],
    };
  }
  return { id: "assets", title, status: "ok", value: describe() };
}
