import type { Check } from "../check.js";
import { WHATSAPP_SCOPES } from "../permissions.js";
import type { CheckInput } from "./input.js";

/** granular_scopes: no target_ids means every asset; otherwise the WhatsApp accounts listed. */
export function assetsCheck({ settings, token: data }: CheckInput): Check {
  const grants = (data.granular_scopes ?? []).filter((grant) => WHATSAPP_SCOPES.includes(grant.scope));
  const describe = () =>
    grants.length === 0
      ? "no WhatsApp grants listed"
      : grants
          .map(
            (grant) => `${grant.scope}: ${grant.target_ids ? grant.target_ids.join(", ") : "all accounts"}`,
          )
          .join("; ");
  if (!settings.wabaId) return { id: "assets", title: "WhatsApp accounts", status: "ok", value: describe() };
  const wabaId = settings.wabaId;
  const title = `Reaches WhatsApp account ${wabaId}`;
  const lacking = WHATSAPP_SCOPES.filter((scope) => {
    if (!(data.scopes ?? []).includes(scope)) return false; // reported by the permission check
    const ids = grants.find((grant) => grant.scope === scope)?.target_ids;
    return ids !== undefined && !ids.includes(wabaId);
  });
  return lacking.length === 0
    ? { id: "assets", title, status: "ok", value: describe() }
    : {
        id: "assets",
        title,
        status: "failed",
        value: `no: ${describe()}`,
        fix: `Assign the WhatsApp account ${wabaId} to the system user, then generate a new token.`,
        recipes: ["assign-assets"],
      };
}
