/**
 * When this job started, from GitHub's REST API. The runner hands a job its secrets when the job
 * starts, not when a step does: a secret written after the job started (by a concurrent run) is
 * one this job never saw, so the rotation's concurrency guard must compare against the job's
 * start. The job is found by its runner (RUNNER_NAME) among the run attempt's jobs; when it
 * cannot be told apart, the attempt's own start is used, which is earlier, so the guard errs on
 * the side of not rotating.
 */

export interface JobContext {
  apiUrl: string;
  /** The workflow's token (github-token): reading a run's jobs needs `actions: read`. */
  token: string;
  owner: string;
  repo: string;
  runId: string;
  runAttempt: string;
  runnerName?: string;
  timeoutMs: number;
}

import { type GitHubClient, githubClient, guardError } from "./client.js";

/** A failure to read the run, phrased so the user knows which permission to add. */
export class JobStartError extends Error {
  override name = "JobStartError";
}

export async function jobStartedAt(context: JobContext): Promise<Date> {
  const octokit = githubClient({
    token: context.token,
    apiUrl: context.apiUrl,
    timeoutMs: context.timeoutMs,
  });
  const base = `/repos/${encodeURIComponent(context.owner)}/${encodeURIComponent(context.repo)}/actions/runs/${encodeURIComponent(context.runId)}/attempts/${encodeURIComponent(context.runAttempt)}`;
  if (context.runnerName) {
    const jobs = await read<{ jobs?: { status?: unknown; runner_name?: unknown; started_at?: unknown }[] }>(
      octokit,
      `${base}/jobs`,
      { per_page: 100 },
    );
    const mine = (Array.isArray(jobs.jobs) ? jobs.jobs : []).filter(
      (job) => job?.status === "in_progress" && job.runner_name === context.runnerName,
    );
    const started = mine.length === 1 ? date(mine[0]!.started_at) : undefined;
    if (started) return started;
  }
  const run = await read<{ run_started_at?: unknown }>(octokit, base, {});
  const started = date(run.run_started_at);
  if (!started) throw new JobStartError("GitHub did not say when this workflow run started");
  return started;
}

async function read<T>(octokit: GitHubClient, path: string, query: Record<string, unknown>): Promise<T> {
  try {
    const response = await octokit.request(`GET ${path}`, query);
    return (typeof response.data === "object" && response.data !== null ? response.data : {}) as T;
  } catch (error) {
    const guarded = guardError(error);
    if (guarded) throw new JobStartError(`cannot tell when this job started: ${guarded.message}`);
    const status = (error as { status?: unknown }).status;
    if (typeof status !== "number") throw error;
    throw new JobStartError(
      `cannot tell when this job started (HTTP ${status}): the job needs \`actions: read\` in its permissions (the github-token input reads the run), so that a concurrent run's rotation is seen`,
    );
  }
}

function date(value: unknown): Date | undefined {
  if (typeof value !== "string") return undefined;
  const parsed = new Date(value);
  return Number.isNaN(parsed.getTime()) ? undefined : parsed;
}
