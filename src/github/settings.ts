/** The expiry watch's own inputs, validated in one place like the token check's. */
import { SettingsError } from "../errors.js";
import { baseUrlProblem, secretInput } from "../settings-checks.js";

export interface IssueSettings {
  token: string;
  /** The REST API's base URL (GITHUB_API_URL: GitHub Enterprise Server serves it under /api/v3). */
  apiUrl: string;
  label: string;
  assignees: string[];
  /** Tells several watched tokens apart: each gets its own issue. */
  name?: string;
}

/** The expiry watch's options and their defaults, as the action's inputs spell them. */
export const ISSUE_OPTION_DEFAULTS = {
  "open-issue": "false",
  // In the action the default is the job's own token (`${{ github.token }}`, see action.yml).
  "github-token": undefined,
  "issue-label": "wa-token-guard",
  "issue-assignees": undefined,
  name: undefined,
} as const;

export interface RawIssueOptions {
  "open-issue"?: string;
  "github-token"?: string;
  /** From the runner's GITHUB_API_URL. */
  "api-url"?: string;
  "issue-label"?: string;
  "issue-assignees"?: string;
  name?: string;
}

/** undefined when open-issue is off. */
export function parseIssueSettings(raw: RawIssueOptions): IssueSettings | undefined {
  const problems: string[] = [];
  const open = (raw["open-issue"] ?? "").trim() || ISSUE_OPTION_DEFAULTS["open-issue"];
  const enabled = /^(true|yes|1)$/i.test(open);
  if (!enabled && !/^(false|no|0)$/i.test(open))
    problems.push(`open-issue must be true or false, not "${open}"`);
  const label = (raw["issue-label"] ?? "").trim() || ISSUE_OPTION_DEFAULTS["issue-label"];
  if (label.length > 50 || label.includes(","))
    problems.push(`issue-label must be one label of at most 50 characters, not "${label}"`);
  const assignees = (raw["issue-assignees"] ?? "")
    .split(/[\s,]+/)
    .filter(Boolean)
    .map((a) => a.replace(/^@/, ""));
  const badAssignee = assignees.find((a) => !/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/.test(a));
  if (badAssignee) problems.push(`issue-assignees: "${badAssignee}" is not a GitHub user name`);
  const name = (raw.name ?? "").trim() || undefined;
  if (name !== undefined && !/^[\w .:/-]{1,60}$/.test(name)) {
    problems.push(`name must be up to 60 letters, digits, spaces or . _ - : /, not "${name}"`);
  }
  if (!enabled) {
    if (problems.length > 0) throw new SettingsError(problems);
    return undefined;
  }
  const token =
    secretInput(
      "github-token",
      raw["github-token"],
      problems,
      "open-issue needs github-token (its default is the workflow's own token, github.token)",
    ) ?? "";
  const apiUrl = githubApiUrl(raw["api-url"], problems);
  if (problems.length > 0) throw new SettingsError(problems);
  return { token, apiUrl, label, assignees, ...(name && { name }) };
}

/** GITHUB_API_URL as the runner gives it (GitHub Enterprise has its own), checked like any URL tokens go to. */
export function githubApiUrl(raw: string | undefined, problems: string[]): string {
  const apiUrl = (raw ?? "").trim().replace(/\/+$/, "") || "https://api.github.com";
  const problem = baseUrlProblem("GITHUB_API_URL", apiUrl);
  if (problem) problems.push(problem);
  return apiUrl;
}
