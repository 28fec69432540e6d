import type { Check } from "../check.js";
import type { Usage } from "../facts.js";
import { MAX_REGAIN_MINUTES } from "../usage.js";

/**
 * How much of Meta's rate limits the app has used, from the usage headers of the calls already
 * made: the highest use per WhatsApp account (X-Business-Use-Case-Usage) and the app's
 * (X-App-Usage). No headers, no row: Meta sends them only once usage is noticeable.
 */
export function rateLimitCheck(usage: Usage | undefined, warnPercent: number): Check | undefined {
  if (!usage || (usage.accounts.length === 0 && usage.app === undefined)) return undefined;
  const parts = [...usage.accounts]
    .sort((a, b) => b.percent - a.percent)
    .map((account) => `${account.percent}% for ${account.id}`);
  if (usage.app !== undefined) parts.push(`${usage.app}% for the app`);
  const highest = Math.max(usage.app ?? 0, ...usage.accounts.map((account) => account.percent));
  const regain = Math.max(0, ...usage.accounts.map((account) => account.regainMinutes ?? 0));
  const returns = regain >= MAX_REGAIN_MINUTES ? "in a day or more" : `in about ${Math.ceil(regain)} minutes`;
  const value = `${parts.join(", ")} of the hourly limit${regain > 0 ? `; access returns ${returns}` : ""}`;
  if (highest < warnPercent) return { id: "rate-limit", title: "Rate-limit headroom", status: "ok", value };
  return {
    id: "rate-limit",
    title: "Rate-limit headroom",
    status: "warning",
    value,
    fix: `Spread or cut calls before use reaches 100% (the threshold is ${warnPercent}%; calls made while limited extend the block).`,
  };
}
