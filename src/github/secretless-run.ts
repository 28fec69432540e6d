/**
 * Runs that GitHub starts without the repository's Actions secrets, so that an empty token input
 * is expected there rather than a mistake: a pull request from a fork, and anything Dependabot
 * triggers (it gets Dependabot secrets instead). Pure: the caller passes the run's context.
 */

export interface RunContext {
  /** GITHUB_EVENT_NAME. */
  eventName: string | undefined;
  /** GITHUB_ACTOR. */
  actor: string | undefined;
  /** The event payload (the file GITHUB_EVENT_PATH names). */
  payload: unknown;
}

const DEPENDABOT = "dependabot[bot]";

/** Events whose runs from a fork get no secrets (pull_request_target runs in the base, with them). */
const FORK_SECRETLESS_EVENTS = new Set([
  "pull_request",
  "pull_request_review",
  "pull_request_review_comment",
]);

/** Why this run has no secrets, in one sentence; undefined when it should have them. */
export function whySecretsAreMissing(run: RunContext): string | undefined {
  const payload = (typeof run.payload === "object" && run.payload !== null ? run.payload : {}) as Payload;
  if (run.actor === DEPENDABOT || stringAt(payload.sender, "login") === DEPENDABOT) {
    return `This run was started by Dependabot (${DEPENDABOT}): GitHub gives such runs Dependabot secrets, not Actions secrets. Add the token as a Dependabot secret too, or skip the step with \`if: github.actor != '${DEPENDABOT}'\`.`;
  }
  const pullRequest = payload.pull_request;
  if (
    !FORK_SECRETLESS_EVENTS.has(run.eventName ?? "") ||
    typeof pullRequest !== "object" ||
    pullRequest === null
  ) {
    return undefined;
  }
  const head = (pullRequest as Payload).head as Payload | undefined;
  const base = (pullRequest as Payload).base as Payload | undefined;
  const headRepo = head?.repo as Payload | null | undefined;
  const headName = stringAt(headRepo, "full_name");
  const baseName = stringAt(base?.repo, "full_name");
  // A fork that was deleted leaves head.repo null: still a fork.
  const fromFork =
    headRepo === null || headRepo?.fork === true || (headName !== undefined && headName !== baseName);
  if (!fromFork) return undefined;
  return `This is a pull request from a fork (${headName ?? "a deleted fork"} into ${baseName ?? "this repository"}): GitHub does not pass secrets to workflows run for pull requests from forks. Skip the step for them with \`if: github.event_name != 'pull_request' || github.event.pull_request.head.repo.full_name == github.repository\`.`;
}

type Payload = Record<string, unknown>;

function stringAt(value: unknown, key: string): string | undefined {
  const field = typeof value === "object" && value !== null ? (value as Payload)[key] : undefined;
  return typeof field === "string" ? field : undefined;
}
