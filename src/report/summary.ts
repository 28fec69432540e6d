/**
 * The job summary: every check as a table row (status, check, value, what to do). It is HTML,
 * and GitHub renders it as such, so everything that did not come from this file is escaped:
 * values from the Graph API, and the advice too.
 */
import type { Verdict } from "../verify/checks.js";

const ICON = { ok: "✅", warning: "⚠️", failed: "❌", skipped: "⏭️" } as const;

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function formatSummary(verdict: Verdict, title: string): string {
  const rows = verdict.checks
    .map(
      (check) =>
        `<tr><td>${ICON[check.status]} ${check.status}</td><td>${escapeHtml(check.title)}</td><td>${escapeHtml(check.value)}</td><td>${check.status === "ok" ? "" : escapeHtml(check.advice ?? "")}</td></tr>`,
    )
    .join("\n");
  return [
    `<h2>${ICON[verdict.status]} ${escapeHtml(title)}: ${verdict.status}</h2>`,
    `<p>${escapeHtml(verdict.reason)}</p>`,
    "<table>",
    "<tr><th>Status</th><th>Check</th><th>Value</th><th>What to do</th></tr>",
    rows,
    "</table>",
    "",
  ].join("\n");
}

/** For a run that stopped before any check: bad inputs. */
export function formatInputErrorSummary(title: string, problems: readonly string[]): string {
  return [
    `<h2>${ICON.failed} ${escapeHtml(title)}: failed</h2>`,
    "<p>The inputs are not valid, so the token was not checked:</p>",
    "<ul>",
    ...problems.map((problem) => `<li>${escapeHtml(problem)}</li>`),
    "</ul>",
    "",
  ].join("\n");
}

/** For a run that checked nothing because GitHub passed no token (a fork, Dependabot). */
export function formatSkippedSummary(title: string, reason: string): string {
  return [`<h2>${ICON.skipped} ${escapeHtml(title)}: skipped</h2>`, `<p>${escapeHtml(reason)}</p>`, ""].join(
    "\n",
  );
}
