/**
 * What every check produces, and what the verdict is made of. Shared by the checks, the report
 * and the entry points, which key on `id` and `status`, never on display text.
 */
import type { RecipeId } from "./recipes.js";

export type CheckId =
  | "input"
  | "valid"
  | "type"
  | "app"
  | "scopes"
  | "least-privilege"
  | "assets"
  | "expiry"
  | "data-access"
  | "age"
  | "version"
  | "rate-limit"
  | "phone"
  | "message"
  | "shared-token"
  | "rotation";

/** `unanswered`: the Graph API could not be asked (unreachable, timeout, rate limit, 5xx). */
export type CheckStatus = "ok" | "warning" | "failed" | "unanswered" | "skipped";
export type Status = "ok" | "warning" | "failed" | "unanswered";

export interface Check {
  id: CheckId;
  title: string;
  status: CheckStatus;
  /** What was seen, short. Text from the API: escape it before putting it into HTML. */
  value: string;
  /** What to do, one sentence, when the status is not ok. */
  fix?: string;
  /** The long steps behind the fix, shown once at the end of a report. */
  recipes?: RecipeId[];
  /** The verdict's headline, when this check is the root cause of everything else. */
  cause?: string;
}

/** `text` ended as a sentence: a full stop, unless it ends in one already (or in `?` or `!`). */
export function endSentence(text: string): string {
  return /[.?!…]$/.test(text) ? text : `${text}.`;
}
