/**
 * The job summary, as GitHub's own summaries read: a one-line verdict with its icon; the checks
 * that need attention first, each with one short fix; the passing ones folded in <details>; the
 * long recipes once, at the end, linked from the rows.
 *
 * It is HTML, and GitHub renders it as such, so everything is escaped (values from the Graph API
 * and our own text alike) and inline code becomes <code>, never literal backticks.
 *
 * Nothing may be cut off at a normal window width (1000 px): the rows that need attention are a
 * list, which wraps; the only table (the passing checks) has cells of at most CELL_LIMIT
 * characters, longer values are shortened with an ellipsis (the log has them whole). A value is
 * scrubbed before it is shortened (a cut secret is no longer whole, so it must be redacted while it
 * still is), and never cut inside a run of letters and digits (no piece of a token is left).
 */
import { cutOutsideRuns } from "../text-safety.js";
import { type Check, endSentence } from "../verify/check.js";
import type { Verdict } from "../verify/verdict.js";
import {
  arrows,
  ICON,
  needsAttention,
  passed,
  recipeAnchor,
  recipesFor,
  STATUS_WORD,
} from "./verdict-parts.js";

/** The longest text of a table cell in the summary (documented in docs/action.md). */
export const CELL_LIMIT = 72;

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Escaped text, with `code` spans as <code> and ASCII arrows as real ones. */
export function htmlText(text: string): string {
  return escapeHtml(arrows(text)).replace(/`([^`]+)`/g, "<code>$1</code>");
}

/** At most `limit` characters, the last one `…` when shortened (see cutOutsideRuns). */
export function clip(text: string, limit = CELL_LIMIT): string {
  return text.length <= limit ? text : `${cutOutsideRuns(text, limit - 1)}…`;
}

/** `clean` scrubs each value before it is shortened: the caller's scrubber (redacts every secret). */
export function formatSummary(
  verdict: Verdict,
  title: string,
  clean: (text: string) => string = (text) => text,
): string {
  const cell = (text: string) => htmlText(clip(clean(text)));
  const attention = needsAttention(verdict);
  const lines = [
    `<h2>${escapeHtml(title)}</h2>`,
    `<p>${ICON[verdict.status]} <strong>${STATUS_WORD[verdict.status]}</strong>: ${htmlText(verdict.headline)}</p>`,
  ];
  if (attention.length > 0) {
    lines.push("<ul>", ...attention.map((check) => `<li>${attentionItem(check)}</li>`), "</ul>");
  }
  const fine = passed(verdict);
  if (fine.length > 0) {
    const ok = fine.filter((check) => check.status === "ok").length;
    const skipped = fine.length - ok;
    lines.push(
      `<details><summary>${ICON.ok} ${ok} check${ok === 1 ? "" : "s"} passed${skipped > 0 ? `, ${skipped} skipped` : ""}</summary>`,
      "<table>",
      "<tr><th></th><th>Check</th><th>Seen</th></tr>",
      ...fine.map(
        (check) =>
          `<tr><td>${ICON[check.status]}</td><td>${cell(check.title)}</td><td>${cell(check.value)}</td></tr>`,
      ),
      "</table>",
      "</details>",
    );
  }
  for (const recipe of recipesFor(attention)) {
    lines.push(
      `<h3 id="${recipeAnchor(recipe)}">${htmlText(recipe.title)}</h3>`,
      "<ol>",
      ...recipe.steps.map((step) => `<li>${htmlText(step)}</li>`),
      "</ol>",
    );
  }
  return `${lines.join("\n")}\n`;
}

function attentionItem(check: Check): string {
  const links = recipesFor([check]).map(
    (recipe) => `<a href="#${recipeAnchor(recipe)}">${escapeHtml(recipe.label)}</a>`,
  );
  const steps = links.length > 0 ? ` (steps: ${links.join(", ")})` : "";
  const fix = check.fix ? ` ${htmlText(check.fix)}${steps}` : "";
  return `${ICON[check.status]} <strong>${htmlText(check.title)}</strong>: ${endSentence(htmlText(check.value))}${fix}`;
}

/** For a run that stopped before any check: bad inputs, or a bug. */
export function formatStoppedSummary(title: string, intro: string, problems: readonly string[]): string {
  return [
    `<h2>${escapeHtml(title)}</h2>`,
    `<p>${ICON.failed} <strong>${STATUS_WORD.failed}</strong>: ${htmlText(intro)}</p>`,
    "<ul>",
    ...problems.map((problem) => `<li>${htmlText(problem)}</li>`),
    "</ul>",
    "",
  ].join("\n");
}

/** For a run that checked nothing because GitHub passed no token (a fork, Dependabot). */
export function formatSkippedSummary(title: string, reason: string): string {
  return [
    `<h2>${escapeHtml(title)}</h2>`,
    `<p>${ICON.skipped} <strong>Skipped</strong>: the token check is skipped. ${htmlText(reason)}</p>`,
    "",
  ].join("\n");
}
