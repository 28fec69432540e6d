/**
 * The expiry watch's issue: its title, its body, and the hidden marker by which the action
 * finds it again (with the state of the last run, so it can tell a change from a repeat).
 * Markdown: text from the Graph API is escaped.
 */
import type { Status, Verdict } from "../verify/checks.js";
import { SYSTEM_USER_STEPS } from "../verify/checks.js";

export interface IssueMarker {
  name: string;
  state: Status;
}

const MARKER = /<!-- wa-token-guard:expiry-watch name="([^"]*)" state="(ok|warning|failed)" -->/;

export function renderMarker(marker: IssueMarker): string {
  return `<!-- wa-token-guard:expiry-watch name="${marker.name}" state="${marker.state}" -->`;
}

export function parseMarker(body: string | null | undefined): IssueMarker | undefined {
  const match = MARKER.exec(body ?? "");
  return match ? { name: match[1]!, state: match[2] as Status } : undefined;
}

export function issueTitle(name: string | undefined): string {
  return `WhatsApp token needs attention${name ? ` (${name})` : ""}`;
}

/** Escapes text for GitHub Markdown (and the HTML it allows). */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]<>()#+!|~&]/g, (c) => `\\${c}`).replace(/@/g, "@\u200b");
}

export function issueBody(
  verdict: Verdict,
  options: { name?: string; runUrl?: string; checkedAt: Date },
): string {
  const attention = verdict.checks.filter((check) => check.status === "failed" || check.status === "warning");
  const lines = [
    renderMarker({ name: options.name ?? "", state: verdict.status }),
    "",
    `**The WhatsApp Cloud API token${options.name ? ` \`${escapeMarkdown(options.name)}\`` : ""} ${verdict.status === "failed" ? "is failing" : "needs attention soon"}.**`,
    "",
  ];
  if (verdict.expiresAt) {
    lines.push(
      `Expires: **${verdict.expiresAt.toISOString().replace(".000Z", "Z")}** (${verdict.daysLeft} day${verdict.daysLeft === 1 ? "" : "s"} left).`,
      "",
    );
  }
  lines.push("| Status | Check | Seen | What to do |", "| --- | --- | --- | --- |");
  for (const check of attention) {
    lines.push(
      `| ${check.status} | ${escapeMarkdown(check.title)} | ${escapeMarkdown(check.value)} | ${escapeMarkdown(check.advice ?? "")} |`,
    );
  }
  lines.push(
    "",
    "### What to do",
    "",
    `A token that does not expire comes from a system user: ${SYSTEM_USER_STEPS}. Store it as the repository secret and run the workflow again: this issue closes itself when the token is healthy.`,
    "",
    `Last checked ${options.checkedAt.toISOString().replace(/\.\d+Z$/, "Z")}${options.runUrl ? ` by [this workflow run](${options.runUrl})` : ""}.`,
  );
  return `${lines.join("\n")}\n`;
}
