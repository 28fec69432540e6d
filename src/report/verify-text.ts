/**
 * The token check in a terminal (and the action's log): the verdict first, then one line per
 * check, the fix under each one that needs attention, the recipes once at the end.
 */
import { neutraliseWorkflowCommands } from "../text-safety.js";
import type { CheckStatus } from "../verify/check.js";
import type { Verdict } from "../verify/verdict.js";
import { arrows, recipesFor } from "./verdict-parts.js";

const MARK: Record<CheckStatus, string> = {
  ok: "ok  ",
  warning: "warn",
  failed: "FAIL",
  unanswered: "????",
  skipped: "skip",
};
const COLOUR: Record<CheckStatus, number> = { ok: 32, warning: 33, failed: 31, unanswered: 35, skipped: 90 };

export function formatVerifyText(verdict: Verdict, color: boolean): string {
  const paint = (code: number, text: string) => (color ? `\u001b[${code}m${text}\u001b[0m` : text);
  const width = Math.max(0, ...verdict.checks.map((check) => check.title.length));
  const word = verdict.status === "unanswered" ? "NOT CHECKED" : verdict.status.toUpperCase();
  const lines = [
    `wa-token-guard verify: ${paint(COLOUR[verdict.status], word)}`,
    arrows(verdict.headline),
    "",
  ];
  for (const check of verdict.checks) {
    lines.push(
      `  ${paint(COLOUR[check.status], MARK[check.status])}  ${check.title.padEnd(width)}  ${arrows(check.value)}`,
    );
    if (check.fix && check.status !== "ok" && check.status !== "skipped") {
      lines.push(`        ${" ".repeat(width)}  fix: ${arrows(check.fix)}`);
    }
  }
  const attention = verdict.checks.filter((check) => check.status !== "ok" && check.status !== "skipped");
  for (const recipe of recipesFor(attention)) {
    lines.push("", `${recipe.title}:`, ...recipe.steps.map((step, i) => `  ${i + 1}. ${step}`));
  }
  lines.push("");
  // The action logs this, and the CLI may run in a workflow step: no line of it may be read as a
  // workflow command, whatever a reply put into a value.
  return neutraliseWorkflowCommands(lines.join("\n"));
}
