import type { Check } from "../check.js";
import type { Usage } from "../facts.js";
import { MAX_REGAIN_MINUTES } from "../usage.js";

/** Accounts named in the row: the busiest ones; the rest are counted ("and 38 more"). */
const SHOWN_ACCOUNTS = 3;

/**
 * How much of Meta's rate limits the app has used, from the usage headers of the calls already
 * made: the highest use per WhatsApp account (X-Business-Use-Case-Usage) and the app's
 * (X-App-Usage). No headers, no row: Meta sends them only once usage is noticeable. A header
 * that was sent but could not be read is a skipped row that names it, never silence.
 */
export function rateLimitCheck(usage: Usage | undefined, warnPercent: number): Check | undefined {
  if (!usage) return undefined;
  const title = "Rate-limit headroom";
  const unreadable = usage.unreadable ?? [];
  // Short: the row is a table cell (not the documented JSON of percentages, see usage.ts).
  const notRead = unreadable.length > 0 ? `${unreadable.join(", ")}: not readable` : "";
  if (usage.accounts.length === 0 && usage.app === undefined) {
    if (!notRead) return undefined;
    return { id: "rate-limit", title, status: "skipped", value: `${notRead}, headroom unknown` };
  }
  const accounts = [...usage.accounts].sort((a, b) => b.percent - a.percent);
  const parts = accounts.slice(0, SHOWN_ACCOUNTS).map((account) => `${account.percent}% for ${account.id}`);
  if (accounts.length > SHOWN_ACCOUNTS)
    parts.push(`${accounts.length - SHOWN_ACCOUNTS} more accounts below that`);
  if (usage.app !== undefined) parts.push(`${usage.app}% for the app`);
  const highest = Math.max(usage.app ?? 0, ...accounts.map((account) => account.percent));
  const regain = Math.max(0, ...accounts.map((account) => account.regainMinutes ?? 0));
  const returns = regain >= MAX_REGAIN_MINUTES ? "in a day or more" : `in about ${Math.ceil(regain)} minutes`;
  const value = `${parts.join(", ")} of the hourly limit${regain > 0 ? `; access returns ${returns}` : ""}${notRead ? `; ${notRead}` : ""}`;
  if (highest < warnPercent) return { id: "rate-limit", title, status: "ok", value };
  return {
    id: "rate-limit",
    title,
    status: "warning",
    value,
    fix: `Spread or cut calls before use reaches 100% (the threshold is ${warnPercent}%; calls made while limited extend the block).`,
  };
}
