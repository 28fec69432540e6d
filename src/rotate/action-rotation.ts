/**
 * The action's rotation step: the token check's facts in, the GitHub secret the token came from
 * out. The token in hand is the one the runner handed this job when the job started, so the
 * concurrency guard compares the secret's last write with the job's start (read from GitHub).
 */
import { JobStartError, jobStartedAt } from "../github/job-start.js";
import type { Facts } from "../verify/facts.js";
import type { VerifySettings } from "../verify/settings.js";
import { githubSecretSink } from "./github-sink.js";
import { type RotationResult, rotateToken } from "./rotate.js";
import type { ActionRotation } from "./settings.js";
import { SinkError } from "./sink.js";

export interface ActionContext {
  env: NodeJS.ProcessEnv;
  /** The runner's masking (runner.setSecret) and the action's scrubber. */
  mask: (secret: string) => void;
  onStored: (description: string) => void;
}

export function rotateActionSecret(
  rotation: ActionRotation,
  settings: VerifySettings,
  facts: Facts,
  context: ActionContext,
): Promise<RotationResult> {
  const timeoutMs = settings.timeoutSeconds * 1000;
  return rotateToken({
    settings,
    facts,
    policy: rotation.policy,
    sink: githubSecretSink(rotation.target, {
      apiUrl: rotation.apiUrl,
      token: rotation.githubToken,
      timeoutMs,
    }),
    mask: context.mask,
    onStored: context.onStored,
    secrets: [rotation.githubToken, rotation.jobToken],
    readAt: () => jobStart(rotation, context.env, timeoutMs),
  });
}

async function jobStart(rotation: ActionRotation, env: NodeJS.ProcessEnv, timeoutMs: number): Promise<Date> {
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? "").split("/");
  if (!env.GITHUB_RUN_ID || !owner || !repo) {
    // Not a workflow run (a local test of the action): this process's start is when it read the token.
    return new Date(Date.now() - process.uptime() * 1000);
  }
  try {
    return await jobStartedAt({
      apiUrl: rotation.apiUrl,
      token: rotation.jobToken,
      owner,
      repo,
      runId: env.GITHUB_RUN_ID,
      runAttempt: env.GITHUB_RUN_ATTEMPT || "1",
      ...(env.RUNNER_NAME && { runnerName: env.RUNNER_NAME }),
      timeoutMs,
    });
  } catch (error) {
    if (error instanceof JobStartError) throw new SinkError(`${error.message}.`);
    throw error;
  }
}
