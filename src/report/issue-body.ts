/**
 * The expiry watch's issue: its title, its body, and the hidden marker by which the action finds
 * it again (with the state of the last run, so it can tell a change from a repeat, and the
 * token's fingerprint, so that two names sharing one token are noticed; never the token).
 * Markdown, shaped like the job summary: the verdict, what needs attention with its fix, the
 * passing checks folded away, the recipes once at the end. Text from the Graph API is escaped.
 */
import { endSentence, type Status } from "../verify/check.js";
import { iso, timeLeft } from "../verify/time-left.js";
import type { Verdict } from "../verify/verdict.js";
import { arrows, ICON, needsAttention, passed, recipeAnchor, recipesFor } from "./verdict-parts.js";

export interface IssueMarker {
  name: string;
  state: Status;
  fingerprint?: string;
}

const MARKER =
  /<!-- wa-token-guard:expiry-watch name="([\w .:/-]{0,60})" state="(ok|warning|failed|unanswered)"(?: fingerprint="([0-9a-f]{32})")? -->/;

export function renderMarker(marker: IssueMarker): string {
  const print = marker.fingerprint ? ` fingerprint="${marker.fingerprint}"` : "";
  return `<!-- wa-token-guard:expiry-watch name="${marker.name}" state="${marker.state}"${print} -->`;
}

export function parseMarker(body: string | null | undefined): IssueMarker | undefined {
  const match = MARKER.exec(body ?? "");
  if (!match) return undefined;
  return { name: match[1]!, state: match[2] as Status, ...(match[3] && { fingerprint: match[3] }) };
}

export function issueTitle(name: string | undefined): string {
  return `WhatsApp token needs attention${name ? ` (${name})` : ""}`;
}

/** Escapes text for GitHub Markdown (and the HTML it allows). */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]<>()#+!|~&]/g, (c) => `\\${c}`).replace(/@/g, "@\u200b");
}

/** Our own text: `code` spans stay code, everything else is escaped. */
function markdownText(text: string): string {
  return arrows(text)
    .split(/(`[^`]+`)/)
    .map((part) => (/^`[^`]+`$/.test(part) ? part : escapeMarkdown(part)))
    .join("");
}

const stamp = (date: Date) => date.toISOString().replace(/\.\d+Z$/, "Z");

interface BodyOptions {
  name?: string;
  runUrl?: string;
  checkedAt: Date;
}

function subject(name: string | undefined): string {
  return `The WhatsApp Cloud API token${name ? ` \`${name.replace(/`/g, "'")}\`` : ""}`;
}

function lastChecked(options: BodyOptions): string {
  return `Last checked ${stamp(options.checkedAt)}${options.runUrl ? ` by [this workflow run](${options.runUrl})` : ""}.`;
}

export function issueBody(verdict: Verdict, options: BodyOptions): string {
  const attention = needsAttention(verdict);
  const state = verdict.status === "failed" ? "is failing" : "needs attention soon";
  const lines = [
    renderMarker({ name: options.name ?? "", state: verdict.status, fingerprint: verdict.token.fingerprint }),
    "",
    `### ${ICON[verdict.status]} ${subject(options.name)} ${state}`,
    "",
    markdownText(verdict.headline),
    "",
    // The expiry once: in its row when it is what needs attention (the headline may say it
    // too), on a line of its own when the issue is about something else.
    ...(verdict.token.expiresAt &&
    verdict.secondsLeft !== undefined &&
    !attention.some((check) => check.id === "expiry")
      ? [`Expires: **${iso(verdict.token.expiresAt)}** (${timeLeft(verdict.secondsLeft)}).`, ""]
      : []),
    ...attention.map((check) => {
      const links = recipesFor([check]).map((recipe) => `[${recipe.label}](#${recipeAnchor(recipe)})`);
      const steps = links.length > 0 ? ` (steps: ${links.join(", ")})` : "";
      const fix = check.fix ? ` ${markdownText(check.fix)}${steps}` : "";
      return `- ${ICON[check.status]} **${markdownText(check.title)}**: ${endSentence(escapeMarkdown(check.value))}${fix}`;
    }),
  ];
  const fine = passed(verdict);
  if (fine.length > 0) {
    lines.push(
      "",
      `<details><summary>${ICON.ok} ${fine.length} other check${fine.length === 1 ? "" : "s"}</summary>`,
      "",
      ...fine.map(
        (check) => `- ${ICON[check.status]} ${markdownText(check.title)}: ${escapeMarkdown(check.value)}`,
      ),
      "",
      "</details>",
    );
  }
  for (const recipe of recipesFor(attention)) {
    lines.push(
      "",
      `<h3 id="${recipeAnchor(recipe)}">${escapeMarkdown(recipe.title)}</h3>`,
      "",
      ...recipe.steps.map((step, i) => `${i + 1}. ${markdownText(step)}`),
    );
  }
  lines.push(
    "",
    "Store a new token as the repository secret and run the workflow again: this issue closes itself when the token is healthy.",
    "",
    lastChecked(options),
  );
  return `${lines.join("\n")}\n`;
}

/** The body of a closed issue: it says so, and when, so that nobody acts on an old report. */
export function resolvedIssueBody(verdict: Verdict, options: BodyOptions): string {
  return [
    renderMarker({ name: options.name ?? "", state: "ok", fingerprint: verdict.token.fingerprint }),
    "",
    `### ${ICON.ok} Resolved on ${stamp(options.checkedAt).slice(0, 10)}: ${subject(options.name).replace(/^The/, "the")} is healthy again`,
    "",
    markdownText(verdict.headline),
    "",
    lastChecked(options),
    "",
  ].join("\n");
}

/** "rotated; the new token expires on 2027-01-31T06:17:00Z": the issue comment and the summary say the same. */
export function rotationNote(rotation: { expiresAt?: Date; revoked?: boolean }): string {
  const expiry = rotation.expiresAt
    ? `the new token expires on ${stamp(rotation.expiresAt)}`
    : "the new token does not expire";
  return `rotated; ${expiry}${rotation.revoked ? "; the old token was revoked" : ""}`;
}
