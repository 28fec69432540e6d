/**
 * The scheduled expiry watch: the bundled action with open-issue, against the Graph API and
 * GitHub REST stand-ins (GitHub served under /api/v3, reached only through GITHUB_API_URL).
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { leaksOutsideMask, runAction } from "../helpers/action-runner.js";
import { GitHubStandin } from "../helpers/github-standin.js";
import { fixtures, startStandin } from "../helpers/graph-fixtures.js";
import type { GraphStandin } from "../helpers/graph-standin.js";
import { leakedIn } from "../helpers/tokens.js";

const { tokens, config, allSecrets } = fixtures();
const WRITE = "ghs_write_token_for_tests";
const READ = "ghs_read_only_token_for_tests";
let graph: GraphStandin;
let github: GitHubStandin;

beforeAll(async () => {
  graph = await startStandin(config);
});
afterAll(async () => {
  await graph.stop();
});
beforeEach(async () => {
  await github?.stop();
  github = await new GitHubStandin({ tokens: { [WRITE]: "write", [READ]: "read" } }).start();
});

async function watch(token: string, extra: Record<string, string> = {}) {
  const run = await runAction(
    {
      token,
      "graph-api-url": graph.url,
      "open-issue": "true",
      "github-token": WRITE,
      "issue-assignees": "alice, @bob",
      ...extra,
    },
    {
      GITHUB_API_URL: github.apiUrl,
      GITHUB_SERVER_URL: "https://github.example.com",
      GITHUB_REPOSITORY: "acme/bot",
      GITHUB_RUN_ID: "4242",
    },
  );
  expect(leaksOutsideMask(run.everything, [...allSecrets, WRITE, READ])).toEqual([]);
  // The issues are public: never a token in a title, a body or a comment.
  const written = github.issues
    .map((issue) => [issue.title, issue.body, ...issue.comments].join("\n"))
    .join("\n");
  expect(leakedIn(written, [...allSecrets, WRITE, READ])).toEqual([]);
  return run;
}

const openIssues = () => github.issues.filter((issue) => issue.state === "open" && !issue.pullRequest);

describe("expiry watch", () => {
  it("opens one issue, keeps it current without comments, comments on a change, closes when healthy", async () => {
    const first = await watch(tokens.sixtyDayWarning);
    expect(first.code).toBe(0);
    expect(first.outputs).toMatchObject({ status: "warning", "issue-number": "1" });
    expect(openIssues()).toHaveLength(1);
    const issue = github.issues[0]!;
    expect(issue.title).toBe("WhatsApp token needs attention");
    expect(issue.labels).toEqual(["wa-token-guard"]);
    expect(issue.assignees).toEqual(["alice", "bob"]);
    expect(issue.body).toMatch(
      /^<!-- wa-token-guard:expiry-watch name="" state="warning" fingerprint="[0-9a-f]{32}" -->/,
    );
    expect(issue.body).toContain("### ⚠️ The WhatsApp Cloud API token needs attention soon");
    // The expiry is what needs attention: said in its row (and the verdict), not a third time.
    expect(issue.body).not.toContain("Expires: **");
    expect(issue.body.match(/10 days left/g)).toHaveLength(2);
    expect(issue.body).toContain("System users");
    expect(issue.body).toContain("https://github.example.com/acme/bot/actions/runs/4242");
    // Shaped like the job summary: the verdict, what needs attention with its fix and a link to
    // its steps, the passing checks folded, each recipe once at the end.
    const body = issue.body;
    const verdict = body.indexOf("### ⚠️");
    const row = body.indexOf("- ⚠️ **Expires**: ");
    const folded = body.indexOf("<details><summary>✅ ");
    const recipe = body.indexOf('<h3 id="wtg-system-user">');
    expect(verdict).toBeGreaterThan(0);
    expect(row).toBeGreaterThan(verdict);
    expect(folded).toBeGreaterThan(row);
    expect(recipe).toBeGreaterThan(folded);
    expect(body.slice(row, folded)).toContain("(steps: [system-user token](#wtg-system-user)");
    expect(body.slice(folded, recipe)).toContain("Token is valid");
    expect(body.slice(row, folded)).not.toContain("Token is valid");
    expect(body.match(/id="wtg-system-user"/g)).toHaveLength(1);
    expect(body).not.toMatch(/(^|[^-])->/); // no ASCII arrows (the marker's `-->` ends a comment)
    expect(issue.comments).toEqual([]);
    expect(first.summary).toContain("Expiry issue");

    const again = await watch(tokens.sixtyDayWarning);
    expect(again.outputs["issue-number"]).toBe("1");
    expect(github.issues).toHaveLength(1);
    expect(issue.comments).toEqual([]);

    const worse = await watch(tokens.sixtyDayExpiringSoon);
    expect(worse.code).toBe(1);
    expect(github.issues).toHaveLength(1);
    expect(issue.comments).toHaveLength(1);
    expect(issue.comments[0]).toContain("Status changed from **warning** to **failed**");
    expect(issue.body).toContain('state="failed"');

    await watch(tokens.sixtyDayExpiringSoon);
    expect(issue.comments).toHaveLength(1);

    const healthy = await watch(tokens.systemUser);
    expect(healthy.code).toBe(0);
    expect(healthy.outputs["issue-number"]).toBe("1");
    expect(issue.state).toBe("closed");
    expect(issue.state_reason).toBe("completed");
    expect(issue.comments.at(-1)).toContain("healthy again");
    // Once closed, the body says so, so that nobody acts on the old report.
    expect(issue.body).toMatch(
      /### ✅ Resolved on \d{4}-\d\d-\d\d: the WhatsApp Cloud API token is healthy again/,
    );
    expect(issue.body).toContain('state="ok"');

    const quiet = await watch(tokens.systemUser);
    expect(quiet.outputs["issue-number"]).toBeUndefined();
    expect(github.issues).toHaveLength(1);
    // Only the REST issues endpoints, under the GITHUB_API_URL prefix; never the search API.
    expect(github.requests.every((request) => request.path.startsWith("/api/v3/repos/acme/bot/issues"))).toBe(
      true,
    );
  });

  it("a new warning after closing opens a new issue", async () => {
    await watch(tokens.sixtyDayWarning);
    await watch(tokens.systemUser);
    await watch(tokens.sixtyDayWarning);
    expect(github.issues.map((issue) => issue.state)).toEqual(["closed", "open"]);
  });

  it("ignores a pull request that carries the label and the marker", async () => {
    github.addIssue({
      title: "Bump token",
      body: '<!-- wa-token-guard:expiry-watch name="" state="warning" -->',
      state: "open",
      labels: ["wa-token-guard"],
      assignees: [],
      pullRequest: true,
    });
    const run = await watch(tokens.sixtyDayWarning);
    expect(run.outputs["issue-number"]).toBe("2");
    expect(openIssues()).toHaveLength(1);
    expect(github.issues[0]!.comments).toEqual([]);
  });

  it("finds its issue among many (pagination)", async () => {
    // Ours is the oldest; GitHub lists newest first, 100 per page: it is on page two.
    github.addIssue({
      title: "WhatsApp token needs attention",
      body: '<!-- wa-token-guard:expiry-watch name="" state="warning" -->',
      state: "open",
      labels: ["wa-token-guard"],
      assignees: [],
    });
    for (let i = 0; i < 120; i++) {
      github.addIssue({
        title: `other ${i}`,
        body: "unrelated",
        state: "open",
        labels: ["wa-token-guard"],
        assignees: [],
      });
    }
    const run = await watch(tokens.sixtyDayWarning);
    expect(run.outputs["issue-number"]).toBe("1");
    expect(github.issues).toHaveLength(121);
    expect(github.requests.filter((request) => request.method === "GET")).toHaveLength(2);
  });

  it("two names, two issues", async () => {
    await watch(tokens.sixtyDayWarning, { name: "production" });
    await watch(tokens.sixtyDayExpiringSoon, { name: "staging" });
    expect(
      openIssues()
        .map((issue) => issue.title)
        .sort(),
    ).toEqual(["WhatsApp token needs attention (production)", "WhatsApp token needs attention (staging)"]);
    await watch(tokens.systemUser, { name: "production" });
    expect(openIssues().map((issue) => issue.title)).toEqual(["WhatsApp token needs attention (staging)"]);
  });

  it("without issues: write, a clear error names the permission; the token's status stays visible", async () => {
    const run = await watch(tokens.sixtyDayWarning, { "github-token": READ });
    expect(run.code).toBe(1);
    expect(run.outputs.status).toBe("warning");
    expect(run.outputs["days-left"]).toBe("10");
    const error = run.stdout.split("\n").find((line) => line.startsWith("::error"))!;
    expect(error).toContain("HTTP 403");
    expect(error).toContain("issues: write");
    expect(run.summary).toContain("<table>");
    expect(run.summary).toContain("Expiry issue: cannot manage the expiry issue");
    expect(github.issues).toHaveLength(0);
  });

  it("open-issue off (the default) never calls GitHub", async () => {
    const run = await runAction(
      { token: tokens.sixtyDayWarning, "graph-api-url": graph.url },
      { GITHUB_API_URL: github.apiUrl },
    );
    expect(run.code).toBe(0);
    expect(github.requests).toHaveLength(0);
  });

  it("bad watch inputs are reported with the others", async () => {
    const run = await watch(tokens.systemUser, {
      "open-issue": "sometimes",
      "issue-assignees": "not a user!",
      "warn-days": "x",
    });
    expect(run.code).toBe(1);
    const error = run.stdout.split("\n").find((line) => line.startsWith("::error"))!;
    expect(error).toContain('open-issue must be true or false, not "sometimes"');
    expect(error).toContain("issue-assignees");
    expect(error).toContain("warn-days");
  });

  it("an unanswered question neither opens nor closes the issue (no flapping on outages)", async () => {
    const down = { "graph-api-url": "http://127.0.0.1:9", "timeout-seconds": "1" };
    const none = await watch(tokens.systemUser, down);
    expect(none.outputs).toMatchObject({ status: "unanswered", valid: "" });
    expect(github.issues).toHaveLength(0);
    expect(github.requests).toHaveLength(0);

    await watch(tokens.sixtyDayExpiringSoon);
    const issue = github.issues[0]!;
    const before = issue.body;
    const outage = await watch(tokens.sixtyDayExpiringSoon, down);
    expect(outage.code).toBe(1);
    expect(outage.outputs["issue-number"]).toBeUndefined();
    expect(outage.summary).toContain("Expiry issue left as it is");
    expect(issue.state).toBe("open");
    expect(issue.body).toBe(before);
    expect(issue.comments).toEqual([]);

    const lenient = await watch(tokens.sixtyDayExpiringSoon, { ...down, "on-unanswered": "warn" });
    expect(lenient.code).toBe(0);
    expect(issue.state).toBe("open");
  });

  it("one token in two places: another name's issue, open or closed, with the same fingerprint warns", async () => {
    await watch(tokens.sixtyDayWarning, { name: "production" });
    const production = github.issues[0]!;
    expect(production.body).toMatch(/fingerprint="[0-9a-f]{32}"/);
    const staging = await watch(tokens.sixtyDayWarning, { name: "staging" });
    expect(staging.outputs.status).toBe("warning");
    const shared = staging.stdout.split("\n").find((line) => line.startsWith("::warning title=Own token"));
    expect(shared).toContain("The token of staging is also the token of production");
    // Still noticed after production's issue is closed (a healthy production token).
    production.state = "closed";
    const again = await watch(tokens.sixtyDayWarning, { name: "staging" });
    expect(again.stdout).toContain(
      "::warning title=Own token::The token of staging is also the token of production",
    );
    // Different tokens: no warning.
    const other = await watch(tokens.sixtyDayExpiringSoon, { name: "qa" });
    expect(other.stdout).not.toContain("title=Own token");
  });
});
