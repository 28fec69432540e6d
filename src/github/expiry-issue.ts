/**
 * The expiry watch: one open issue per watched token, found again by its label and hidden
 * marker (issues are listed by label through the REST API, never the search API, which lags and
 * opened duplicates elsewhere; pull requests are skipped). It is created when the token needs
 * attention, kept current on every run, commented on only when the state changes, and closed
 * when the token is healthy again.
 */
import {
  escapeMarkdown,
  issueBody,
  issueTitle,
  parseMarker,
  resolvedIssueBody,
  rotationNote,
} from "../report/issue-body.js";
import { shownText } from "../text-safety.js";
import type { Verdict } from "../verify/verdict.js";
import { type GitHubClient, githubClient, guardError } from "./client.js";
import type { IssueSettings } from "./settings.js";

export interface IssueResult {
  action: "created" | "updated" | "commented" | "closed" | "none";
  number?: number;
  url?: string;
  /** Something the user should know about how it went (a locked issue got no comment). */
  note?: string;
  /** The verdict the issue was written from: with `name`, it includes the shared-token check. */
  verdict: Verdict;
}

export interface Repository {
  owner: string;
  repo: string;
}

type Octokit = GitHubClient;

export interface SyncContext {
  runUrl?: string;
  now: Date;
  /**
   * With `name`: the verdict once the other names whose issues (open or closed) hold the same
   * token fingerprint are known. The judging is verify's; this module only finds the names.
   */
  sharedWith?: (otherNames: string[]) => Verdict;
  /**
   * Applied to every text sent to GitHub (bodies, comments): the caller's scrubber, so that a
   * secret that reached the verdict (a value the Graph API echoed back) never lands in an issue.
   */
  clean?: (text: string) => string;
  /** This run stored a new token (the verdict is the new token's): the issue gets one comment saying so. */
  rotated?: { expiresAt?: Date; revoked?: boolean };
  /** The most one GitHub API call may take (default 30 s): a server that never answers ends the sync. */
  timeoutMs?: number;
}

/** A failure to manage the issue, phrased so the user knows which permission or setting to fix. */
export class IssueError extends Error {
  override name = "IssueError";
}

export async function syncExpiryIssue(
  settings: IssueSettings,
  repository: Repository,
  verdict: Verdict,
  context: SyncContext,
): Promise<IssueResult> {
  const octokit = githubClient({
    token: settings.token,
    apiUrl: settings.apiUrl,
    timeoutMs: context.timeoutMs ?? 30_000,
  });
  try {
    return await sync(octokit, settings, repository, verdict, context);
  } catch (error) {
    throw asIssueError(error, repository);
  }
}

async function sync(
  octokit: Octokit,
  settings: IssueSettings,
  repository: Repository,
  judged: Verdict,
  context: SyncContext,
): Promise<IssueResult> {
  const name = settings.name ?? "";
  // Open and closed: a closed issue of another name still tells that it held the same token.
  const all = (
    await octokit.paginate(octokit.rest.issues.listForRepo, {
      ...repository,
      labels: settings.label,
      state: "all",
      per_page: 100,
    })
  ).filter((issue) => !issue.pull_request);
  const existing = all.find((issue) => issue.state === "open" && parseMarker(issue.body)?.name === name);
  let verdict = judged;
  if (settings.name && context.sharedWith) {
    const others = new Set<string>();
    for (const issue of all) {
      const marker = parseMarker(issue.body);
      if (marker && marker.name !== name && marker.fingerprint === judged.token.fingerprint) {
        others.add(marker.name || "(unnamed)");
      }
    }
    verdict = context.sharedWith([...others].sort());
  }
  const clean = context.clean ?? ((text: string) => text);
  const options = {
    ...(settings.name && { name: settings.name }),
    ...(context.runUrl && { runUrl: context.runUrl }),
    checkedAt: context.now,
  };

  if (verdict.status === "ok") {
    if (!existing) return { action: "none", verdict };
    const commented = await commentUnlessLocked(
      octokit,
      repository,
      existing.number,
      clean(
        `${context.rotated ? `${capitalize(rotationNote(context.rotated))}, and it is healthy` : "The token is healthy again"} (checked ${stamp(context.now)}${context.runUrl ? `, [run](${context.runUrl})` : ""}). Closing.`,
      ),
    );
    await octokit.rest.issues.update({
      ...repository,
      issue_number: existing.number,
      body: clean(resolvedIssueBody(verdict, options)),
      state: "closed",
      state_reason: "completed",
    });
    return {
      action: "closed",
      number: existing.number,
      url: existing.html_url,
      verdict,
      ...(!commented && { note: LOCKED_NOTE }),
    };
  }

  const body = clean(issueBody(verdict, options));
  if (!existing) {
    const { data } = await octokit.rest.issues.create({
      ...repository,
      title: issueTitle(settings.name),
      body,
      labels: [settings.label],
      ...(settings.assignees.length > 0 && { assignees: settings.assignees }),
    });
    return { action: "created", number: data.number, url: data.html_url, verdict };
  }
  const previous = parseMarker(existing.body)?.state;
  await octokit.rest.issues.update({
    ...repository,
    issue_number: existing.number,
    body,
    title: issueTitle(settings.name),
  });
  // A rotation, or a change (warning -> failed, or back), is worth a notification; a repeat is not.
  if (previous === verdict.status && !context.rotated)
    return { action: "updated", number: existing.number, url: existing.html_url, verdict };
  const commented = await commentUnlessLocked(
    octokit,
    repository,
    existing.number,
    clean(
      context.rotated
        ? `${capitalize(rotationNote(context.rotated))}. Still **${verdict.status}**: ${escapeMarkdown(verdict.headline)}`
        : `Status changed from **${previous ?? "unknown"}** to **${verdict.status}**: ${escapeMarkdown(verdict.headline)}`,
    ),
  );
  if (!commented)
    return { action: "updated", number: existing.number, url: existing.html_url, verdict, note: LOCKED_NOTE };
  return { action: "commented", number: existing.number, url: existing.html_url, verdict };
}

const LOCKED_NOTE = "the issue is locked, so no comment was added (unlock it to be notified of changes)";

/**
 * Comments, unless the issue is locked: GitHub then answers 403 "Unable to create comment because
 * issue is locked", which is not a missing permission. false when it was locked.
 */
async function commentUnlessLocked(
  octokit: Octokit,
  repository: Repository,
  issueNumber: number,
  body: string,
): Promise<boolean> {
  try {
    await octokit.rest.issues.createComment({ ...repository, issue_number: issueNumber, body });
    return true;
  } catch (error) {
    if ((error as { status?: number }).status === 403 && /\blocked\b/i.test((error as Error).message ?? "")) {
      return false;
    }
    throw error;
  }
}

const stamp = (date: Date) => date.toISOString().replace(/\.\d+Z$/, "Z");
const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function asIssueError(error: unknown, repository: Repository): IssueError {
  const where = `${repository.owner}/${repository.repo}`;
  // The guard's own failures (a timeout, another origin, a reply that is not JSON) say it all.
  const guarded = guardError(error);
  if (guarded) return new IssueError(`cannot manage the expiry issue in ${where}: ${guarded.message}`);
  const status = (error as { status?: number }).status;
  // GitHub's own words are reply text: without control characters, and capped.
  const message = shownText((error as Error).message ?? String(error));
  if (status === 403 || status === 404) {
    return new IssueError(
      `cannot manage the expiry issue in ${where} (HTTP ${status}: ${message}). The workflow's token needs the issues: write permission: add \`permissions: { contents: read, issues: write }\` to the job (or pass a github-token that has it).`,
    );
  }
  if (status === 401) {
    return new IssueError(
      `cannot manage the expiry issue in ${where}: github-token was refused (HTTP 401: ${message}).`,
    );
  }
  if (status === 410)
    return new IssueError(
      `cannot manage the expiry issue in ${where}: issues are disabled in this repository.`,
    );
  return new IssueError(`cannot manage the expiry issue in ${where}: ${message}`);
}
