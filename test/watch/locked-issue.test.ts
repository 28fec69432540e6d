/**
 * A locked expiry issue: GitHub answers 403 "Unable to create comment because issue is locked",
 * which is not a missing permission. The watch says so, still updates the body on a change, and
 * closes the issue without its comment when the token is healthy again. The bundled action
 * against the GitHub and Graph stand-ins.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { leaksOutsideMask, runAction } from "../helpers/action-runner.js";
import { GitHubStandin } from "../helpers/github-standin.js";
import { fixtures, startStandin } from "../helpers/graph-fixtures.js";
import type { GraphStandin } from "../helpers/graph-standin.js";

const { tokens, config, allSecrets } = fixtures();
const WRITE = "ghs_write_token_for_locked_tests";
let graph: GraphStandin;
let github: GitHubStandin;

beforeAll(async () => {
  graph = await startStandin(config);
  github = await new GitHubStandin({ tokens: { [WRITE]: "write" } }).start();
});
afterAll(async () => {
  await graph.stop();
  await github.stop();
});

async function watch(token: string) {
  const run = await runAction(
    { token, "graph-api-url": graph.url, "open-issue": "true", "github-token": WRITE },
    { GITHUB_API_URL: github.apiUrl, GITHUB_REPOSITORY: "acme/bot" },
  );
  expect(leaksOutsideMask(run.everything, [...allSecrets, WRITE])).toEqual([]);
  return run;
}

describe("a locked expiry issue", () => {
  it("is updated without a comment on a change, and closed without one when healthy", async () => {
    await watch(tokens.sixtyDayWarning);
    const issue = github.issues[0]!;
    expect(issue.state).toBe("open");
    issue.locked = true;

    const worse = await watch(tokens.sixtyDayExpiringSoon);
    expect(worse.code).toBe(1);
    expect(worse.stdout).not.toContain("issues: write");
    expect(issue.body).toContain('state="failed"');
    expect(issue.comments).toEqual([]);
    expect(worse.stdout).toContain("Expiry issue #1: updated (the issue is locked, so no comment was added");
    expect(worse.summary).toContain("the issue is locked, so no comment was added");

    const healthy = await watch(tokens.systemUser);
    expect(healthy.code).toBe(0);
    expect(healthy.outputs.status).toBe("ok");
    expect(issue.state).toBe("closed");
    expect(issue.state_reason).toBe("completed");
    expect(issue.comments).toEqual([]);
    expect(healthy.stdout).toContain("Expiry issue #1: closed (the issue is locked");
    expect(healthy.stdout).not.toMatch(/^::error/m);
  });
});
