/**
 * Rate-limit headroom from the headers Meta puts on ordinary replies (shared/graph-api.md 3.1,
 * 12.4): no extra call. Values are JSON; anything malformed is ignored, never fatal.
 */
import { shownText } from "../text-safety.js";
import type { Usage } from "./facts.js";

/** A day: a longer wait is reported as "a day or more", never as the number a reply made up. */
export const MAX_REGAIN_MINUTES = 1440;

type Headers = Record<string, string | string[] | undefined>;

export function readUsage(headers: Headers, into: Usage | undefined): Usage | undefined {
  const business = json(header(headers, "x-business-use-case-usage"));
  const app = json(header(headers, "x-app-usage"));
  if (business === undefined && app === undefined) return into;
  const usage: Usage = into ?? { accounts: [] };
  if (business && typeof business === "object") {
    for (const [id, entries] of Object.entries(business as Record<string, unknown>)) {
      // Keys are business object ids; anything else is not shown (it is reply text).
      if (!Array.isArray(entries) || !/^\d{1,30}$/.test(id)) continue;
      for (const entry of entries) {
        const percent = highest(entry, ["call_count", "total_time", "total_cputime"]);
        if (percent === undefined) continue;
        const regain = number((entry as Record<string, unknown>).estimated_time_to_regain_access);
        const type = (entry as Record<string, unknown>).type;
        const known = usage.accounts.find((account) => account.id === id);
        if (known && known.percent >= percent) continue;
        const account = {
          id,
          percent,
          ...(typeof type === "string" && { type: shownText(type, 100) }),
          ...(regain !== undefined && regain > 0 && { regainMinutes: Math.min(regain, MAX_REGAIN_MINUTES) }),
        };
        if (known) usage.accounts.splice(usage.accounts.indexOf(known), 1, account);
        else usage.accounts.push(account);
      }
    }
  }
  const appPercent = highest(app, ["call_count", "total_time", "total_cputime"]);
  if (appPercent !== undefined) usage.app = Math.max(usage.app ?? 0, appPercent);
  return usage;
}

function header(headers: Headers, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value.at(-1) : value;
}

function json(text: string | undefined): unknown {
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function number(value: unknown): number | undefined {
  return typeof value === "number" && Number.isFinite(value) && value >= 0 ? value : undefined;
}

function highest(entry: unknown, keys: string[]): number | undefined {
  if (!entry || typeof entry !== "object") return undefined;
  const values = keys
    .map((key) => number((entry as Record<string, unknown>)[key]))
    .filter((v) => v !== undefined);
  return values.length === 0 ? undefined : Math.max(...values);
}
