/**
 * Runs GitHub starts without Actions secrets: a pull request from a fork, and Dependabot. With
 * an empty token they end with a notice and status `skipped` (unless fail-on-empty: true); any
 * other empty token still fails. The action is started from action.yml with a real event file
 * (GITHUB_EVENT_PATH), as the runner does.
 */
import { afterEach, describe, expect, it } from "vitest";
import { leaksOutsideMask, runAction } from "../helpers/action-runner.js";
import { fixtures, useGraphStandin } from "../helpers/graph-fixtures.js";

const { tokens, config, allSecrets } = fixtures();
const standin = useGraphStandin(config);
afterEach(() => {
  standin().requests.length = 0;
});

const BASE = "acme/bot";

function pullRequest(headRepo: { full_name: string; fork: boolean } | null, sender = "alice") {
  return {
    action: "opened",
    number: 7,
    pull_request: {
      number: 7,
      head: { ref: "feature", sha: "a".repeat(40), repo: headRepo },
      base: { ref: "main", sha: "b".repeat(40), repo: { full_name: BASE, fork: false } },
    },
    repository: { full_name: BASE },
    sender: { login: sender },
  };
}
const FROM_FORK = pullRequest({ full_name: "alice/bot", fork: true });
const SAME_REPOSITORY = pullRequest({ full_name: BASE, fork: false });

async function runFor(
  event: unknown,
  eventName: string,
  inputs: Record<string, string> = {},
  actor = "alice",
) {
  const run = await runAction(
    { token: "", "graph-api-url": standin().url, ...inputs },
    { GITHUB_EVENT_NAME: eventName, GITHUB_ACTOR: actor, GITHUB_REPOSITORY: BASE },
    { event },
  );
  expect(leaksOutsideMask(run.everything, allSecrets)).toEqual([]);
  return run;
}

const lines = (text: string, prefix: string) => text.split("\n").filter((line) => line.startsWith(prefix));

describe("an empty token in a run without secrets", () => {
  it("a pull request from a fork: a notice that says why, status skipped, the step passes, no API call", async () => {
    const run = await runFor(FROM_FORK, "pull_request");
    expect(run.code).toBe(0);
    expect(run.outputs.status).toBe("skipped");
    const notices = lines(run.stdout, "::notice");
    expect(notices).toHaveLength(1);
    expect(notices[0]).toContain("title=WhatsApp token check skipped");
    expect(notices[0]).toContain("pull request from a fork (alice/bot into acme/bot)");
    expect(notices[0]).toContain("does not pass secrets");
    expect(notices[0]).toContain("fail-on-empty");
    expect(lines(run.stdout, "::error")).toEqual([]);
    expect(run.summary).toContain("skipped");
    expect(run.summary).toContain("pull request from a fork");
    expect(standin().requests).toEqual([]);
  });

  it("a fork that was deleted since (head.repo is null), and a review event on a fork's pull request", async () => {
    const deleted = await runFor(pullRequest(null), "pull_request");
    expect(deleted.outputs.status).toBe("skipped");
    expect(deleted.stdout).toContain("a deleted fork");
    const review = await runFor(FROM_FORK, "pull_request_review");
    expect(review.outputs.status).toBe("skipped");
  });

  it("Dependabot, by GITHUB_ACTOR or by the payload's sender: says Dependabot has its own secrets", async () => {
    const byActor = await runFor(SAME_REPOSITORY, "pull_request", {}, "dependabot[bot]");
    expect(byActor.code).toBe(0);
    expect(byActor.outputs.status).toBe("skipped");
    expect(lines(byActor.stdout, "::notice")[0]).toContain("Dependabot secrets");
    const bySender = await runFor(pullRequest({ full_name: BASE, fork: false }, "dependabot[bot]"), "push");
    expect(bySender.outputs.status).toBe("skipped");
  });

  it("fail-on-empty: true fails, and the error still says why the token is empty", async () => {
    const run = await runFor(FROM_FORK, "pull_request", { "fail-on-empty": "true" });
    expect(run.code).toBe(1);
    expect(run.outputs.status).toBe("failed");
    const errors = lines(run.stdout, "::error");
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain("token is empty");
    expect(errors[0]).toContain("pull request from a fork");
  });

  it("a bad fail-on-empty is an input error", async () => {
    const run = await runFor(FROM_FORK, "pull_request", { "fail-on-empty": "sometimes" });
    expect(run.code).toBe(1);
    expect(lines(run.stdout, "::error")[0]).toContain('fail-on-empty must be true or false, not "sometimes"');
  });
});

describe("an empty token anywhere else still fails", () => {
  it.each([
    ["a pull request from a branch of the same repository", SAME_REPOSITORY, "pull_request"],
    ["pull_request_target from a fork (it runs with the base's secrets)", FROM_FORK, "pull_request_target"],
    ["a push", { ref: "refs/heads/main", sender: { login: "alice" } }, "push"],
  ])("%s", async (_, event, eventName) => {
    const run = await runFor(event, eventName);
    expect(run.code).toBe(1);
    expect(run.outputs.status).toBe("failed");
    expect(lines(run.stdout, "::error")[0]).toContain("token is empty");
    expect(lines(run.stdout, "::notice")).toEqual([]);
  });

  it("no event file at all (a local run)", async () => {
    const run = await runAction({ token: "", "graph-api-url": standin().url });
    expect(run.code).toBe(1);
    expect(run.outputs.status).toBe("failed");
  });
});

it("a fork's pull request that does have a token (the maintainer passed one) is checked as usual", async () => {
  const run = await runAction(
    { token: tokens.systemUser, "graph-api-url": standin().url },
    { GITHUB_EVENT_NAME: "pull_request", GITHUB_ACTOR: "alice" },
    { event: FROM_FORK },
  );
  expect(run.outputs.status).toBe("ok");
  expect(leaksOutsideMask(run.everything, allSecrets)).toEqual([]);
});
