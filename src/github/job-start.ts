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

/** A failure to read the run, phrased so the user knows which permission to add. */
export class JobStartError extends Error {
  override name = "JobStartError";
}

export async function jobStartedAt(context: JobContext): Promise<Date> {
  const base = `${context.apiUrl.replace(/\/+$/, "")}/repos/${encodeURIComponent(context.owner)}/${encodeURIComponent(context.repo)}/actions/runs/${encodeURIComponent(context.runId)}/attempts/${encodeURIComponent(context.runAttempt)}`;
  if (context.runnerName) {
    const jobs = await read<{ jobs?: { status?: unknown; runner_name?: unknown; started_at?: unknown }[] }>(
      `${base}/jobs?per_page=100`,
      context,
    );
    const mine = (jobs.jobs ?? []).filter(
      (job) => job.status === "in_progress" && job.runner_name === context.runnerName,
    );
    const started = mine.length === 1 ? date(mine[0]!.started_at) : undefined;
    if (started) return started;
  }
  const run = await read<{ run_started_at?: unknown }>(base, context);
  const started = date(run.run_started_at);
  if (!started) throw new JobStartError("GitHub did not say when this workflow run started");
  return started;
}

async function read<T>(url: string, context: JobContext): Promise<T> {
  const fix =
    "the job needs `actions: read` in its permissions (the github-token input reads the run), so that a concurrent run's rotation is seen";
  let response: Response;
  try {
    response = await fetch(url, {
      headers: {
        authorization: `Bearer ${context.token}`,
        accept: "application/vnd.github+json",
        "x-github-api-version": "2022-11-28",
        "user-agent": "wa-token-guard",
      },
      signal: AbortSignal.timeout(context.timeoutMs),
    });
  } catch (error) {
    throw new JobStartError(
      `cannot tell when this job started: GitHub's API did not answer (${(error as { cause?: { code?: string } }).cause?.code ?? (error as Error).name})`,
    );
  }
  const text = (await response.text()).slice(0, 1024 * 1024);
  if (!response.ok) {
    throw new JobStartError(`cannot tell when this job started (HTTP ${response.status}): ${fix}`);
  }
  try {
    return JSON.parse(text) as T;
  } catch {
    throw new JobStartError("cannot tell when this job started: GitHub's answer is not JSON");
  }
}

function date(value: unknown): Date | undefined {
  if (typeof value !== "string") return undefined;
  const parsed = new Date(value);
  return Number.isNaN(parsed.getTime()) ? undefined : parsed;
}
