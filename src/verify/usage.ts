/**
 * Rate-limit headroom from the headers Meta puts on ordinary replies (shared/graph-api.md 3.1,
 * 12.4): no extra call. Values are JSON; anything malformed is ignored, never fatal.
 */
import { type Headers, headerValues } from "../graph/transport.js";
import { shownText } from "../text-safety.js";
import type { Usage } from "./facts.js";

/** A day: a longer wait is reported as "a day or more", never as the number a reply made up. */
export const MAX_REGAIN_MINUTES = 1440;

export function readUsage(headers: Headers, into: Usage | undefined): Usage | undefined {
  // A header sent twice (a proxy adding its own, a reply replayed) is read in every copy: the
  // highest usage counts, whichever copy holds it.
  const businessTexts = headerValues(headers, "x-business-use-case-usage");
  const appTexts = headerValues(headers, "x-app-usage");
  if (businessTexts.length === 0 && appTexts.length === 0) return into;
  const usage: Usage = into ?? { accounts: [] };
  for (const text of businessTexts) readBusinessUsage(text, usage);
  for (const text of appTexts) {
    const appPercent = highest(json(text), ["call_count", "total_time", "total_cputime"]);
    if (appPercent === undefined) unreadable(usage, "X-App-Usage");
    else usage.app = Math.max(usage.app ?? 0, appPercent);
  }
  return usage;
}

/** A header that was sent but cannot be read is said so, never taken for "no usage". */
function unreadable(usage: Usage, name: string): void {
  if (!(usage.unreadable ?? []).includes(name)) usage.unreadable = [...(usage.unreadable ?? []), name];
}

function readBusinessUsage(text: string, usage: Usage): void {
  const business = json(text);
  let read = 0;
  let bad = 0;
  if (business && typeof business === "object" && !Array.isArray(business)) {
    for (const [id, entries] of Object.entries(business as Record<string, unknown>)) {
      // Keys are business object ids; anything else is not shown (it is reply text).
      if (!Array.isArray(entries) || !/^\d{1,30}$/.test(id)) {
        bad++;
        continue;
      }
      for (const entry of entries) {
        const percent = highest(entry, ["call_count", "total_time", "total_cputime"]);
        if (percent === undefined) {
          bad++;
          continue;
        }
        read++;
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
  // `{}` says "nothing used yet"; anything else that yields no percentage is unreadable.
  const empty = business && typeof business === "object" && Object.keys(business).length === 0;
  if (bad > 0 || (read === 0 && !empty)) unreadable(usage, "X-Business-Use-Case-Usage");
}

function json(text: string | undefined): unknown {
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * A percentage or a number of minutes: a whole number Meta documents, also when sent as a digit
 * string (`"97"`). Negative, non-finite (`1e400`) or any other text is no number.
 */
function number(value: unknown): number | undefined {
  if (typeof value === "string" && /^\d{1,6}(\.\d{1,6})?$/.test(value.trim())) return Number(value);
  return typeof value === "number" && Number.isFinite(value) && value >= 0 ? value : undefined;
}

/** The highest of the entry's percentages; undefined when any given one is unreadable, or none is. */
function highest(entry: unknown, keys: string[]): number | undefined {
  if (!entry || typeof entry !== "object" || Array.isArray(entry)) return undefined;
  const given = keys.filter((key) => (entry as Record<string, unknown>)[key] !== undefined);
  const values = given.map((key) => number((entry as Record<string, unknown>)[key]));
  if (values.length === 0 || values.some((value) => value === undefined)) return undefined;
  return Math.max(...(values as number[]));
}
