/**
 * What the rotation refuses to take for granted (hostile review of issue #11), in the bundled
 * action against the Graph and GitHub stand-ins: a write GitHub did not confirm is never followed
 * by a revoke, a new token that is worse than the old one is never stored, an organization secret
 * never loses its repositories, and a run that finds the secret rotated under it stops.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type ActionRun, leaksOutsideMask, runAction } from "../helpers/action-runner.js";
import { type Access, GitHubStandin } from "../helpers/github-standin.js";
import { APP_ID, fixtures, startStandin } from "../helpers/graph-fixtures.js";
import type { GraphStandin } from "../helpers/graph-standin.js";
import { accessToken } from "../helpers/tokens.js";

const REPO_STORE = "repos/acme/bot/actions";
const ORG_STORE = "orgs/acme/actions";
const SECRETS = "github_pat_secrets_write_for_guard_tests";
const WORKFLOW = "ghs_workflow_token_for_guard_tests";
const RUNNER = "GitHub Actions 1000";
const DAY = 86_400;
const WA = ["whatsapp_business_management", "whatsapp_business_messaging"];

let graph: GraphStandin;
let github: GitHubStandin;
let f: ReturnType<typeof fixtures>;
/** A due 60-day token with one scope more than WhatsApp's two. */
let wide: string;

beforeEach(async () => {
  f = fixtures();
  wide = accessToken({ appId: BigInt(APP_ID) });
  const due = f.config.tokens[f.tokens.sixtyDayWarning]!.data;
  const scopes = [...WA, "business_management"];
  f.config.tokens[wide] = { data: { ...due, scopes, granular_scopes: scopes.map((scope) => ({ scope })) } };
  graph = await startStandin(f.config);
  const tokens: Record<string, Access> = { [SECRETS]: "secrets", [WORKFLOW]: "write" };
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
  const everySecret = [...f.allSecrets, wide, ...graph.issued, SECRETS, WORKFLOW];
  expect(leaksOutsideMask(run.everything, everySecret)).toEqual([]);
  return run;
}

const rotationError = (run: ActionRun) =>
  run.stdout.split("\n").find((line) => line.startsWith("::error title=Rotation::")) ?? "";
const stored = () => github.secret(REPO_STORE, "WHATSAPP_TOKEN")!;

describe("action rotation: a write GitHub did not confirm is never followed by a revoke", () => {
  it("a PUT answered 303 (fetch would follow it as a GET) is not stored, and the old token is not revoked", async () => {
    github.putAnswer = {
      status: 303,
      headers: { location: `${github.apiUrl}/repos/acme/bot/actions/secrets/public-key` },
      store: false,
    };
    const run = await rotate(f.tokens.sixtyDayWarning, { "revoke-old": "true" });
    expect(run.code).toBe(1);
    const line = rotationError(run);
    expect(line).toContain('step "store"');
    expect(line).toContain("HTTP 303 (a redirect); a write is never redirected");
    expect(line).toContain(
      "It is unknown whether the repository secret WHATSAPP_TOKEN of acme/bot now holds",
    );
    expect(stored().value).toBeUndefined();
    expect(github.requests.filter((r) => r.method === "GET" && r.path.endsWith("/public-key"))).toHaveLength(
      2,
    );
    expect(graph.revoked).toEqual([]);
    expect(run.outputs.rotated).toBe("false");
  });

  it("a PUT answered 204 whose secret did not change (updated_at not newer) is not trusted: no revoke", async () => {
    github.putAnswer = { status: 204, store: false };
    const run = await rotate(f.tokens.sixtyDayWarning, { "revoke-old": "true" });
    expect(run.code).toBe(1);
    const line = rotationError(run);
    expect(line).toContain("GitHub answered the write, but the secret's last update (updated_at) is still");
    expect(line).toContain("It is unknown whether");
    expect(graph.revoked).toEqual([]);
  });

  it("a PUT that stored the value and answered 201 with a non-JSON body counts as stored", async () => {
    github.putAnswer = {
      status: 201,
      headers: { "content-type": "text/html" },
      body: "<html>Created</html>",
      store: true,
    };
    const run = await rotate(f.tokens.sixtyDayWarning, { "revoke-old": "true" });
    expect(run.code).toBe(0);
    expect(run.outputs.rotated).toBe("true");
    expect(stored().value === graph.issued[0]).toBe(true);
    expect(run.stdout).not.toContain("was not stored");
    expect(graph.revoked.length === 1 && graph.revoked[0] === f.tokens.sixtyDayWarning).toBe(true);
  });
});

describe("action rotation: a new token worse than the old one is never stored", () => {
  const refused = (run: ActionRun) => {
    expect(run.code).toBe(1);
    expect(run.outputs.rotated).toBe("false");
    expect(stored().value).toBeUndefined();
    expect(stored().puts).toBe(0);
    expect(graph.revoked).toEqual([]);
    return rotationError(run);
  };

  it("fewer scopes than the old token: refused, naming the missing scope", async () => {
    graph.issueOverrides = { scopes: WA, granular_scopes: WA.map((scope) => ({ scope })) };
    const line = refused(await rotate(wide, { "revoke-old": "true" }));
    expect(line).toContain('step "verify"');
    expect(line).toContain("the new token lacks scopes the old one has: business_management");
  });

  it("another user's token: refused", async () => {
    graph.issueOverrides = { user_id: "200000000000999" };
    const line = refused(await rotate(f.tokens.sixtyDayWarning, { "revoke-old": "true" }));
    expect(line).toContain("the new token belongs to user 200000000000999, not to the old token's user");
  });

  it("a token that expires sooner than the old one: refused", async () => {
    const old = f.config.tokens[f.tokens.sixtyDayWarning]!.data.expires_at as number;
    graph.issueOverrides = { expires_at: old - 2 * DAY };
    const line = refused(await rotate(f.tokens.sixtyDayWarning, { "revoke-old": "true" }));
    expect(line).toContain("not later than the old one");
  });

  it("a token that expires exactly when the old one does: refused", async () => {
    const old = f.config.tokens[f.tokens.sixtyDayWarning]!.data.expires_at as number;
    graph.issueOverrides = { expires_at: old };
    const line = refused(await rotate(f.tokens.sixtyDayWarning));
    expect(line).toContain("not later than the old one");
  });
});

describe("action rotation: an organization secret keeps its repositories", () => {
  it("a listing with fewer ids than its total_count is refused before Meta is asked", async () => {
    await github.addSecret(ORG_STORE, "WHATSAPP_TOKEN", {
      visibility: "selected",
      selectedRepositoryIds: [11, 22],
    });
    github.listingAnswer = { total_count: 2, repositories: [] };
    const run = await rotate(f.tokens.sixtyDayWarning, { "rotate-scope": "org" });
    expect(run.code).toBe(1);
    const line = rotationError(run);
    expect(line).toContain('step "prepare"');
    expect(line).toContain(
      "lists 0 of 2 repositories; writing the secret would drop the repositories missing",
    );
    const secret = github.secret(ORG_STORE, "WHATSAPP_TOKEN")!;
    expect(secret.puts).toBe(0);
    expect(secret.selectedRepositoryIds).toEqual([11, 22]);
    expect(graph.issued).toEqual([]);
  });

  it("a listing with an id that is not a number is refused", async () => {
    await github.addSecret(ORG_STORE, "WHATSAPP_TOKEN", {
      visibility: "selected",
      selectedRepositoryIds: [11],
    });
    github.listingAnswer = { total_count: 1, repositories: [{ id: "11" }] };
    const run = await rotate(f.tokens.sixtyDayWarning, { "rotate-scope": "org" });
    expect(run.code).toBe(1);
    expect(rotationError(run)).toContain("has an id that is not a number");
    expect(github.secret(ORG_STORE, "WHATSAPP_TOKEN")!.puts).toBe(0);
  });
});

describe("action rotation: two runs at once", () => {
  it("a secret written by another run while this one refreshed: not stored, not revoked, no promise the old token works", async () => {
    // The first read is prepare's; the second, just before the PUT, finds another run's write.
    github.onSecretRead = (secret, n) => {
      if (n === 2) secret.updatedAt = new Date();
    };
    const run = await rotate(f.tokens.sixtyDayWarning, { "revoke-old": "true" });
    expect(run.code).toBe(0);
    expect(run.outputs.rotated).toBe("false");
    expect(stored().puts).toBe(0);
    expect(graph.revoked).toEqual([]);
    expect(run.everything).toContain("another run rotated it, so this run's new token was not stored");
    expect(run.everything).toContain("the old token may already be revoked by the other run");
    expect(run.everything).not.toMatch(/old token (is untouched|still works|works until)/);
  });
});
