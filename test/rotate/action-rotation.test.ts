/**
 * Rotation in the bundled action, run as the runner runs it (from action.yml), against the Graph
 * API stand-in (refresh, generate, revoke) and the GitHub stand-in, which decrypts every secret
 * it is sent with its own key pair: each test checks the stored value is exactly the new token,
 * and that no token byte shows anywhere (stdout, stderr, outputs, summary, issues and comments).
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type ActionRun, leaksOutsideMask, runAction } from "../helpers/action-runner.js";
import { type Access, GitHubStandin } from "../helpers/github-standin.js";
import { APP_ID, FRESH_RECIPIENT, fixtures, PHONE_ID, startStandin } from "../helpers/graph-fixtures.js";
import type { GraphStandin } from "../helpers/graph-standin.js";
import { accessToken } from "../helpers/tokens.js";

const REPO_STORE = "repos/acme/bot/actions";
const SECRETS = "github_pat_secrets_write_for_tests";
const SECRETS_READ = "github_pat_secrets_read_only_for_tests";
const WORKFLOW = "ghs_workflow_token_for_tests";
const RUNNER = "GitHub Actions 1000";
const DAY = 86_400;

let graph: GraphStandin;
let github: GitHubStandin;
let f: ReturnType<typeof fixtures>;
let admin: string;
let expiringNoMessaging: string;

beforeEach(async () => {
  f = fixtures();
  admin = accessToken({ appId: BigInt(APP_ID) });
  f.config.tokens[admin] = {
    data: { ...f.config.tokens[f.tokens.systemUser]!.data, user_id: "200000000000077" },
    adminOf: "700000000000007",
  };
  expiringNoMessaging = accessToken({ appId: BigInt(APP_ID) });
  f.config.tokens[expiringNoMessaging] = {
    data: {
      ...f.config.tokens[f.tokens.sixtyDayWarning]!.data,
      scopes: ["whatsapp_business_management"],
      granular_scopes: [{ scope: "whatsapp_business_management" }],
    },
  };
  f.config.systemUsers = { "200000000000002": { business: "700000000000007" } };
  graph = await startStandin(f.config);
  const tokens: Record<string, Access> = {
    [SECRETS]: "secrets",
    [SECRETS_READ]: "secrets-read",
    [WORKFLOW]: "write",
  };
  github = await new GitHubStandin({ tokens }).start();
  github.run.jobs = [
    { runner_name: RUNNER, status: "in_progress", started_at: new Date(Date.now() - 60_000) },
  ];
  await github.addSecret(REPO_STORE, "WHATSAPP_TOKEN");
});
afterEach(async () => {
  await graph.stop();
  await github.stop();
});

/** Every secret a run may hold, the ones minted during it included. */
const everySecret = () => [
  ...f.allSecrets,
  admin,
  expiringNoMessaging,
  ...graph.issued,
  SECRETS,
  SECRETS_READ,
  WORKFLOW,
];

async function rotate(token: string, inputs: Record<string, string> = {}): Promise<ActionRun> {
  const run = await runAction(
    {
      token,
      "app-id": APP_ID,
      "app-secret": f.tokens.secrets.app,
      "graph-api-url": graph.url,
      rotate: "true",
      "rotate-secret": "WHATSAPP_TOKEN",
      "rotate-github-token": SECRETS,
      ...inputs,
    },
    {
      GITHUB_API_URL: github.apiUrl,
      GITHUB_SERVER_URL: "https://github.example.com",
      GITHUB_REPOSITORY: "acme/bot",
      GITHUB_RUN_ID: "4242",
      GITHUB_RUN_ATTEMPT: "1",
      RUNNER_NAME: RUNNER,
    },
    { jobToken: WORKFLOW },
  );
  const issueText = github.issues.flatMap((issue) => [issue.title, issue.body, ...issue.comments]).join("\n");
  expect(leaksOutsideMask(run.everything, everySecret())).toEqual([]);
  expect(leaksOutsideMask(issueText, everySecret())).toEqual([]);
  return run;
}

/** The error annotations the runner shows. */
const errorLines = (run: ActionRun) => run.stdout.split("\n").filter((line) => line.startsWith("::error"));
const rotationError = (run: ActionRun) =>
  errorLines(run).find((line) => line.startsWith("::error title=Rotation::")) ?? "";
const graphCalls = (path: RegExp) => graph.requests.filter((request) => path.test(request.path));
const stored = () => github.secret(REPO_STORE, "WHATSAPP_TOKEN")!;

describe("action: rotate an expiring token", () => {
  it("refreshes a token within rotate-days, checks it, stores exactly it, and reports the new expiry", async () => {
    const run = await rotate(f.tokens.sixtyDayWarning);
    expect(run.code).toBe(0);
    expect(graph.issued).toHaveLength(1);
    const fresh = graph.issued[0]!;
    expect(stored().value === fresh).toBe(true);
    expect(run.outputs.rotated).toBe("true");
    const expiresAt = new Date(run.outputs["new-expires-at"]!);
    expect(expiresAt.getTime() / 1000).toBeGreaterThan(Date.now() / 1000 + 59 * DAY);
    // The outputs describe the stored token, read again after writing.
    expect(run.outputs["days-left"]).toBe("59");
    expect(run.outputs.status).toBe("ok");
    expect(run.summary).toContain("rotated; the new token expires on");
    // The new token is masked the moment it exists, and travels only in form bodies.
    expect(run.stdout.includes(`::add-mask::${fresh}`)).toBe(true);
    const refresh = graphCalls(/oauth\/access_token$/);
    expect(refresh).toHaveLength(1);
    expect(refresh[0]!.method).toBe("POST");
    expect(refresh[0]!.form?.grant_type).toBe("fb_exchange_token");
    expect(refresh[0]!.form?.set_token_expires_in_60_days).toBe("true");
    expect(refresh[0]!.form?.fb_exchange_token === f.tokens.sixtyDayWarning).toBe(true);
    for (const request of graph.requests) {
      const inUrl = [f.tokens.secrets.app, f.tokens.sixtyDayWarning, fresh].some(
        (secret) => request.url.includes(secret) && !/debug_token/.test(request.path),
      );
      expect(inUrl).toBe(false);
    }
    // The old token is not revoked unless asked, and keeps working.
    expect(graph.revoked).toEqual([]);
  });

  it("checks the secret and its public key before anything is refreshed", async () => {
    await rotate(f.tokens.sixtyDayWarning);
    const order = github.requests
      .filter((request) => request.path.includes("/secrets"))
      .map((request) => `${request.method} ${request.path.replace(/.*\/secrets/, "")}`);
    expect(order).toEqual([
      "GET /WHATSAPP_TOKEN",
      "GET /public-key",
      // Just before the write: the key again, then that no other run wrote it meanwhile.
      "GET /public-key",
      "GET /WHATSAPP_TOKEN",
      "PUT /WHATSAPP_TOKEN",
      // After it: the secret's last update confirms the write.
      "GET /WHATSAPP_TOKEN",
    ]);
  });

  it("a second run with the stored token finds it not due: no second rotation", async () => {
    await rotate(f.tokens.sixtyDayWarning);
    const second = await rotate(stored().value!);
    expect(second.code).toBe(0);
    expect(second.outputs.rotated).toBe("false");
    expect(second.outputs["new-expires-at"]).toBe("");
    expect(second.stdout).toMatch(/::notice title=Rotation::Rotation: not due: 59 days left/);
    expect(graph.issued).toHaveLength(1);
    expect(stored().puts).toBe(1);
  });

  it("R7: a secret written after the job started (before this step) is not rotated again", async () => {
    // The job got its secrets ten minutes ago; a concurrent run wrote the secret five minutes ago.
    github.run.jobs = [
      { runner_name: "another runner", status: "in_progress", started_at: new Date(Date.now() - 30_000) },
      { runner_name: RUNNER, status: "in_progress", started_at: new Date(Date.now() - 600_000) },
    ];
    await github.addSecret(REPO_STORE, "WHATSAPP_TOKEN", { updatedAt: new Date(Date.now() - 300_000) });
    const run = await rotate(f.tokens.sixtyDayWarning);
    expect(run.code).toBe(0);
    expect(run.outputs.rotated).toBe("false");
    expect(run.stdout).toContain("another run rotated it");
    expect(graph.issued).toEqual([]);
    const runCalls = github.requests.filter((request) =>
      request.path.includes("/actions/runs/4242/attempts/1"),
    );
    expect(runCalls.length).toBeGreaterThan(0);
  });

  it("a token with more than rotate-days left is not rotated, and nothing is asked of GitHub", async () => {
    const run = await rotate(f.tokens.sixtyDay, { "rotate-days": "30" });
    expect(run.code).toBe(0);
    expect(run.outputs.rotated).toBe("false");
    expect(run.stdout).toMatch(/not due: 45 days left; it is refreshed when fewer than 30/);
    expect(graph.issued).toEqual([]);
    expect(github.requests.filter((request) => request.path.includes("/secrets"))).toEqual([]);
  });

  it("with revoke-old, revokes the old token only after the new one is stored", async () => {
    const run = await rotate(f.tokens.sixtyDayWarning, { "revoke-old": "true" });
    expect(run.code).toBe(0);
    expect(graph.revoked.length === 1 && graph.revoked[0] === f.tokens.sixtyDayWarning).toBe(true);
    const revoke = graphCalls(/oauth\/revoke/);
    expect(revoke[0]!.method).toBe("POST");
    expect(revoke[0]!.form?.client_id).toBe(APP_ID);
    expect(run.stdout).toContain("the old token was revoked");
    expect(stored().value === graph.issued[0]).toBe(true);
  });

  it("R1: a refresh that answers with the same token stores nothing and revokes nothing", async () => {
    graph.refreshReturnsSame = true;
    const run = await rotate(f.tokens.sixtyDayWarning, { "revoke-old": "true" });
    expect(run.outputs.rotated).toBe("false");
    expect(run.stdout).toContain("with the same token, so there is nothing new to store");
    expect(stored().puts).toBe(0);
    expect(graph.revoked).toEqual([]);
    expect(graphCalls(/oauth\/revoke/)).toEqual([]);
  });

  it("writes an environment secret with the environment's own key", async () => {
    const store = "repos/acme/bot/environments/production";
    await github.addSecret(store, "WHATSAPP_TOKEN");
    const run = await rotate(f.tokens.sixtyDayWarning, { "rotate-scope": "environment:production" });
    expect(run.code).toBe(0);
    expect(github.secret(store, "WHATSAPP_TOKEN")?.value === graph.issued[0]).toBe(true);
    expect(stored().value).toBeUndefined();
  });

  it("writes an organization secret and keeps its visibility and selected repositories", async () => {
    const store = "orgs/acme/actions";
    const ids = Array.from({ length: 130 }, (_, i) => 1000 + i);
    await github.addSecret(store, "WHATSAPP_TOKEN", { visibility: "selected", selectedRepositoryIds: ids });
    const run = await rotate(f.tokens.sixtyDayWarning, { "rotate-scope": "org" });
    expect(run.code).toBe(0);
    const secret = github.secret(store, "WHATSAPP_TOKEN")!;
    expect(secret.value === graph.issued[0]).toBe(true);
    expect(secret.visibility).toBe("selected");
    expect(secret.selectedRepositoryIds).toEqual(ids);
  });

  it("R8: a failing check a rotation leaves as it was (a closed message window) does not block it", async () => {
    const run = await rotate(f.tokens.sixtyDayWarning, {
      "phone-number-id": PHONE_ID,
      "test-recipient": FRESH_RECIPIENT,
      "test-message": "rotation check",
    });
    // The step still fails for the message, but the token was renewed, once.
    expect(run.code).toBe(1);
    expect(run.outputs.rotated).toBe("true");
    expect(graph.issued).toHaveLength(1);
    expect(stored().value === graph.issued[0]).toBe(true);
  });
});

describe("action: tokens that are not refreshed", () => {
  it("a never-expiring token without system-user-id and admin-token: no rotation, a clear note", async () => {
    const run = await rotate(f.tokens.systemUser, { "max-age-days": "20" });
    expect(run.outputs.rotated).toBe("false");
    expect(run.stdout).toContain("a new one can only be generated with system-user-id and admin-token");
    expect(graph.issued).toEqual([]);
  });

  it("a never-expiring token past max-age-days is replaced by a generated one, with the same scopes", async () => {
    const run = await rotate(f.tokens.systemUser, {
      "max-age-days": "20",
      "system-user-id": "200000000000002",
      "admin-token": admin,
    });
    expect(run.code).toBe(0);
    expect(run.outputs.rotated).toBe("true");
    expect(run.outputs["new-expires-at"]).toBe("never");
    const generate = graphCalls(/\/200000000000002\/access_tokens$/);
    expect(generate).toHaveLength(1);
    expect(generate[0]!.authorization === `Bearer ${admin}`).toBe(true);
    expect(generate[0]!.form?.business_app).toBe(APP_ID);
    expect(generate[0]!.form?.scope).toBe(
      "whatsapp_business_management,whatsapp_business_messaging,business_management",
    );
    expect(stored().value === graph.issued[0]).toBe(true);
  });

  it("an expired token cannot be refreshed: no call to Meta, the check fails as before", async () => {
    const run = await rotate(f.tokens.expired);
    expect(run.code).toBe(1);
    expect(run.outputs.rotated).toBe("false");
    expect(graphCalls(/oauth/)).toEqual([]);
  });

  it("R8: a token that fails a check a new token would inherit (a missing permission): nothing is minted", async () => {
    const run = await rotate(expiringNoMessaging);
    expect(run.code).toBe(1);
    expect(run.outputs.rotated).toBe("false");
    expect(run.stdout).toContain("a new token would inherit that and fail too");
    expect(graph.issued).toEqual([]);
    expect(graphCalls(/oauth/)).toEqual([]);
  });
});

describe("action: every failing step ends the run with one line, and the old token untouched", () => {
  const untouched = () => {
    expect(stored().puts).toBe(0);
    expect(graph.revoked).toEqual([]);
  };

  it("the workflow's GITHUB_TOKEN: refused before anything is refreshed, saying which token is needed", async () => {
    const run = await rotate(f.tokens.sixtyDayWarning, { "rotate-github-token": WORKFLOW });
    expect(run.code).toBe(1);
    const line = rotationError(run);
    expect(line).toContain('rotation failed at step "prepare"');
    expect(line).toContain("HTTP 403");
    expect(line).toContain("GITHUB_TOKEN can never write secrets");
    expect(line).toContain('"Secrets: Read and write"');
    expect(line).toContain("Nothing was refreshed; the old token is untouched");
    expect(graphCalls(/oauth/)).toEqual([]);
    expect(run.outputs.rotated).toBe("false");
    untouched();
  });

  it("a secret that does not exist (a typo in rotate-secret): refused before anything is refreshed", async () => {
    const run = await rotate(f.tokens.sixtyDayWarning, { "rotate-secret": "WHATSAPP_TOKNE" });
    expect(run.code).toBe(1);
    expect(rotationError(run)).toMatch(/step "prepare".*HTTP 404.*check rotate-secret and rotate-scope/);
    expect(graph.issued).toEqual([]);
  });

  it("R7: when the job's start cannot be read (no actions: read), nothing is refreshed", async () => {
    const run = await rotate(f.tokens.sixtyDayWarning, { "github-token": SECRETS });
    expect(run.code).toBe(1);
    expect(rotationError(run)).toContain("actions: read");
    expect(graph.issued).toEqual([]);
  });

  it("R2: Meta's refusal text holding the old token and the app secret reaches no log, summary or issue", async () => {
    graph.fail(
      {
        kind: "reply",
        status: 400,
        body: JSON.stringify({
          error: {
            message: `Error validating client secret ${f.tokens.secrets.app} for fb_exchange_token=${f.tokens.sixtyDayWarning}`,
            type: "OAuthException",
            code: 101,
          },
        }),
      },
      1,
      /oauth\/access_token/,
    );
    const run = await rotate(f.tokens.sixtyDayWarning, { "open-issue": "true" });
    expect(run.code).toBe(1);
    expect(rotationError(run)).toContain('step "refresh": Meta refused');
    expect(github.issues).toHaveLength(1);
    expect(github.issues[0]!.body).toContain('rotation failed at step "refresh"');
    // rotate() proved that neither secret appears anywhere, the issue included.
    untouched();
  });

  it("Meta refuses the refresh (the token was invalidated meanwhile): exit 1, the step and the fix", async () => {
    graph.fail(
      {
        kind: "reply",
        status: 400,
        body: JSON.stringify({
          error: {
            message:
              "Error validating access token: The session has been invalidated because the user changed their password.",
            type: "OAuthException",
            code: 190,
            error_subcode: 460,
          },
        }),
      },
      1,
      /oauth\/access_token/,
    );
    const run = await rotate(f.tokens.sixtyDayWarning);
    expect(run.code).toBe(1);
    expect(rotationError(run)).toMatch(/step "refresh": Meta refused: .*code 190\/460.*cannot be refreshed/);
    // Meta no longer takes the old token: the message must not promise it still works.
    expect(rotationError(run)).toContain("Meta no longer accepts the old token");
    expect(rotationError(run)).toContain("replace it by hand");
    expect(rotationError(run)).not.toContain("the old token is untouched");
    untouched();
  });

  it("the refresh's answer is lost: not sent again; says a new token may exist and the old one works", async () => {
    graph.fail({ kind: "lost-answer" }, 1, /oauth\/access_token/);
    const run = await rotate(f.tokens.sixtyDayWarning);
    expect(run.code).toBe(1);
    expect(graph.issued).toHaveLength(1); // Meta made one...
    expect(graphCalls(/oauth\/access_token/)).toHaveLength(1); // ...and was asked once
    expect(rotationError(run)).toContain("a new valid token may exist that nobody has");
    expect(rotationError(run)).toContain("the old token is untouched and works until");
    untouched();
  });

  it("a rate-limited refresh is retried within the time budget (Meta did not process it)", async () => {
    graph.fail({ kind: "rate-limit" }, 1, /oauth\/access_token/);
    const run = await rotate(f.tokens.sixtyDayWarning);
    expect(run.code).toBe(0);
    expect(graphCalls(/oauth\/access_token/)).toHaveLength(2);
    expect(stored().value === graph.issued[0]).toBe(true);
  });

  it("the new token fails a check: it is never written", async () => {
    graph.issueOverrides = { scopes: ["whatsapp_business_management"] };
    const run = await rotate(f.tokens.sixtyDayWarning);
    expect(run.code).toBe(1);
    expect(rotationError(run)).toMatch(/step "verify": the new token failed a check, so it was not stored/);
    expect(run.outputs.rotated).toBe("false");
    untouched();
  });

  it("the PUT is refused (a read-only token): the new token is not stored, the old one untouched", async () => {
    const run = await rotate(f.tokens.sixtyDayWarning, {
      "rotate-github-token": SECRETS_READ,
      "revoke-old": "true",
    });
    expect(run.code).toBe(1);
    const line = rotationError(run);
    expect(line).toMatch(
      /step "store": cannot write the repository secret WHATSAPP_TOKEN of acme\/bot \(HTTP 403/,
    );
    expect(line).toContain("was not stored");
    untouched();
  });

  it("R6: a PUT that times out is reported as unknown whether stored, and the old token is not revoked", async () => {
    github.hangPuts = true;
    const run = await rotate(f.tokens.sixtyDayWarning, { "revoke-old": "true", "timeout-seconds": "2" });
    expect(run.code).toBe(1);
    const line = rotationError(run);
    expect(line).toContain('step "store"');
    expect(line).toContain(
      "It is unknown whether the repository secret WHATSAPP_TOKEN of acme/bot now holds the new token",
    );
    expect(line).not.toContain("was not stored");
    expect(graph.revoked).toEqual([]);
  });

  it("revoking the old token fails: exit 1, the new token stays stored, the way to revoke by hand", async () => {
    graph.fail({ kind: "server-error", status: 500 }, 1, /oauth\/revoke/);
    const run = await rotate(f.tokens.sixtyDayWarning, { "revoke-old": "true" });
    expect(run.code).toBe(1);
    expect(stored().value === graph.issued[0]).toBe(true);
    expect(run.outputs.rotated).toBe("true");
    const line = rotationError(run);
    expect(line).toContain(
      'step "revoke": the new token is stored and works, but the old one was not revoked',
    );
    expect(line).toContain("wa-token-guard revoke");
    expect(graphCalls(/oauth\/revoke/)).toHaveLength(1);
  });

  it("bad rotation inputs are reported together, before anything runs", async () => {
    const run = await rotate(f.tokens.sixtyDayWarning, {
      "rotate-secret": "",
      "rotate-scope": "team",
      "rotate-days": "90",
      "system-user-id": "abc",
      "rotate-github-token": "",
    });
    expect(run.code).toBe(1);
    const line = errorLines(run).join("\n");
    for (const problem of [
      "rotate-secret",
      "rotate-scope",
      "rotate-days",
      "system-user-id",
      "rotate-github-token",
    ]) {
      expect(line).toContain(problem);
    }
    expect(graph.requests).toEqual([]);
  });
});

describe("action: the expiry watch after a rotation", () => {
  const watch = { "open-issue": "true" };

  it("comments 'rotated; the new token expires on …' and closes the issue when the new token is healthy", async () => {
    github.addIssue({
      title: "WhatsApp token needs attention",
      body: '<!-- wa-token-guard:expiry-watch name="" state="warning" -->\nold',
      state: "open",
      labels: ["wa-token-guard"],
      assignees: [],
    });
    const run = await rotate(f.tokens.sixtyDayWarning, watch);
    expect(run.code).toBe(0);
    const issue = github.issues[0]!;
    expect(issue.state).toBe("closed");
    expect(issue.comments).toHaveLength(1);
    expect(issue.comments[0]).toMatch(
      /^Rotated; the new token expires on \d{4}-\d\d-\d\dT[\d:]+Z, and it is healthy/,
    );
  });

  it("a failed rotation keeps the issue open with the step, the reason and the fix", async () => {
    const run = await rotate(f.tokens.sixtyDayWarning, { ...watch, "rotate-github-token": SECRETS_READ });
    expect(run.code).toBe(1);
    const issue = github.issues[0]!;
    expect(issue.state).toBe("open");
    expect(issue.body).toContain('state="failed"');
    expect(issue.body).toContain("Secrets: Read and write");
  });
});
