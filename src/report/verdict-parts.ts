/**
 * What every rendering of a verdict shares (log, job summary, annotations, issue body): the
 * order of the rows, the status words and icons, and the recipes to show once at the end.
 */
import { type Check, type CheckStatus, endSentence, type Status } from "../verify/check.js";
import { RECIPES, type Recipe } from "../verify/recipes.js";
import type { Verdict } from "../verify/verdict.js";

export const ICON: Record<CheckStatus, string> = {
  ok: "✅",
  warning: "⚠️",
  failed: "❌",
  unanswered: "❔",
  skipped: "⏭️",
};

export const STATUS_WORD: Record<Status, string> = {
  ok: "OK",
  warning: "Warning",
  failed: "Failed",
  unanswered: "Not checked: the Graph API could not be asked",
};

const ATTENTION_ORDER: CheckStatus[] = ["failed", "unanswered", "warning"];

/** Failing, unanswered and warning checks, worst first; each gets its fix. */
export function needsAttention(verdict: Verdict): Check[] {
  return ATTENTION_ORDER.flatMap((status) => verdict.checks.filter((check) => check.status === status));
}

/** Passing and skipped checks: folded away in the reports. */
export function passed(verdict: Verdict): Check[] {
  return verdict.checks.filter((check) => check.status === "ok" || check.status === "skipped");
}

/** The recipes the rows that need attention link to, each once, in order of first mention. */
export function recipesFor(checks: readonly Check[]): Recipe[] {
  const ids = [...new Set(checks.flatMap((check) => check.recipes ?? []))];
  return ids.map((id) => RECIPES[id]);
}

/** Where a recipe is in a report: `wtg-<id>`. */
export const recipeAnchor = (recipe: Recipe) => `wtg-${recipe.id}`;

/** One sentence for an annotation or a log line: what was seen, then what to do. */
export function sentence(check: Check): string {
  const seen = startCase(check.value, "upper");
  if (!check.fix) return endSentence(seen);
  // "…is graph-api-url right?" is a sentence already: the fix follows as the next one.
  if (endSentence(seen) === seen) return `${seen} ${check.fix}`;
  return `${seen}: ${startCase(check.fix, "lower")}`;
}

/**
 * The first letter in the case a sentence needs, when the first word is an ordinary word: never
 * a name such as `v21.0`, `whatsapp_business_messaging`, `WhatsApp` or `API`, which keep theirs.
 */
function startCase(text: string, to: "upper" | "lower"): string {
  const ordinary = to === "upper" ? /^[a-z][a-z]*(?![\w.])/ : /^[A-Z][a-z]*(?![\w.])/;
  if (!ordinary.test(text)) return text;
  return (to === "upper" ? text.charAt(0).toUpperCase() : text.charAt(0).toLowerCase()) + text.slice(1);
}

/** Text that did not come from this file may carry ASCII arrows; reports use the real one. */
export const arrows = (text: string) => text.replace(/\s*->\s*/g, " → ");
