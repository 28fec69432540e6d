/**
 * `scan --history` over real repositories: tokens added, edited, moved and deleted across
 * branches, tags and merges; and `--verify` against the Graph API stand-in.
 */
import { afterAll, describe, expect, it } from "vitest";
import { fixtures, useGraphStandin } from "../helpers/graph-fixtures.js";
import { CLI, cleanupHomes, NODE, NODE_RUNS_VERIFY, Repo, run, runAsync } from "../helpers/repo.js";
import { accessToken, appSecret, leakedIn } from "../helpers/tokens.js";

afterAll(cleanupHomes);

const { tokens, config, allSecrets } = fixtures();
const standin = useGraphStandin(config);

interface JsonFinding {
  rule: string;
  file: string;
  line: number;
  commit?: string;
  date?: string;
  count?: number;
  status?: string;
}

function commitAt(repo: Repo, message: string, date: string): string {
  const env = { ...repo.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date };
  const result = run("git", ["commit", "-q", "--no-verify", "-m", message], repo.dir, env);
  if (result.code !== 0) throw new Error(result.all);
  return repo.gitOk("rev-parse", "HEAD").trim();
}

function history(repo: Repo, ...args: string[]) {
  const result = repo.cli(["scan", "--history", "--format", "json", ...args]);
  expect(leakedIn(result.all, allSecrets)).toEqual([]);
  return { ...result, findings: result.stdout ? (JSON.parse(result.stdout).findings as JsonFinding[]) : [] };
}

describe("scan --history", () => {
  const oldToken = accessToken();
  const branchToken = accessToken();
  const tagToken = accessToken();
  const mergeToken = accessToken();
  const secret = appSecret();
  const repo = Repo.create();
  repo.write("README.md", "hello\n").gitOk("add", ".");
  const first = commitAt(repo, "initial", "2025-01-01T10:00:00Z");
  repo.write("src/config.ts", `export const token = "${oldToken}";\n`).gitOk("add", ".");
  const leak = commitAt(repo, "add config", "2025-02-01T10:00:00Z");
  repo.write("src/config.ts", `// edited\nexport const token = "${oldToken}";\n`).gitOk("add", ".");
  commitAt(repo, "edit config", "2025-03-01T10:00:00Z");
  repo.gitOk("mv", "src/config.ts", "src/settings.ts");
  commitAt(repo, "rename", "2025-04-01T10:00:00Z");
  repo.gitOk("rm", "-q", "src/settings.ts");
  repo.write(".env.production", `META_APP_SECRET=${secret}\n`).gitOk("add", "-f", ".env.production");
  const envCommit = commitAt(repo, "remove config, add env", "2025-05-01T10:00:00Z");
  repo.gitOk("rm", "-q", "--cached", ".env.production");
  commitAt(repo, "untrack env", "2025-06-01T10:00:00Z");
  // A branch that is never merged, and a tag on a commit no branch holds.
  repo.gitOk("checkout", "-q", "-b", "experiment");
  repo.write("exp.txt", `t=${branchToken}\n`).gitOk("add", ".");
  commitAt(repo, "experiment", "2025-07-01T10:00:00Z");
  repo.gitOk("checkout", "-q", "--detach", "main");
  repo.write("tagged.txt", `t=${tagToken}\n`).gitOk("add", ".");
  commitAt(repo, "tagged only", "2025-07-15T10:00:00Z");
  repo.gitOk("tag", "v1-secret");
  // A merge whose conflict resolution brings a token that neither parent had.
  repo.gitOk("checkout", "-q", "main");
  repo.gitOk("checkout", "-q", "-b", "side");
  repo.write("shared.txt", "side\n").gitOk("add", ".");
  commitAt(repo, "side", "2025-08-01T10:00:00Z");
  repo.gitOk("checkout", "-q", "main");
  repo.write("shared.txt", "main\n").gitOk("add", ".");
  const beforeMerge = commitAt(repo, "main", "2025-08-02T10:00:00Z");
  repo.git("merge", "-q", "--no-edit", "side");
  repo.write("shared.txt", `resolved ${mergeToken}\n`).gitOk("add", ".");
  commitAt(repo, "merge side", "2025-08-03T10:00:00Z");

  it("finds what was deleted, renamed, on other branches, on tags, and introduced by a merge", () => {
    const { code, findings } = history(repo);
    expect(code).toBe(1);
    const summary = findings.map((f) => `${f.rule} ${f.file}`);
    expect(summary).toEqual([
      "meta-access-token src/config.ts",
      "dotenv-file .env.production",
      "meta-app-secret .env.production",
      "meta-access-token exp.txt",
      "meta-access-token tagged.txt",
      "meta-access-token shared.txt",
    ]);
  });

  it("names the commit and date that introduced a secret, and counts its versions once per secret", () => {
    const { findings } = history(repo);
    const config = findings.find((f) => f.file === "src/config.ts")!;
    expect(config).toMatchObject({ commit: leak, line: 1, count: 3 });
    expect(config.date).toMatch(/^2025-02-01T10:00:00/);
    const env = findings.find((f) => f.rule === "dotenv-file")!;
    expect(env.commit).toBe(envCommit);
  });

  it("text output shows the commit, the date and the count", () => {
    const result = repo.cli(["scan", "--history"]);
    expect(result.stdout).toContain(`src/config.ts:1:23  meta-access-token`);
    expect(result.stdout).toContain(`since ${leak.slice(0, 10)} 2025-02-01, in 3 versions`);
    expect(
      leakedIn(result.all, allSecrets.concat([oldToken, branchToken, tagToken, mergeToken, secret])),
    ).toEqual([]);
  });

  it("--since a commit scans only what came after it; --since a date, what was committed since", () => {
    const afterMerge = history(repo, "--since", beforeMerge);
    expect(afterMerge.findings.map((f) => f.file)).toEqual(["shared.txt"]);
    const recent = history(repo, "--since", "2025-07-10");
    expect(recent.findings.map((f) => f.file)).toEqual(["tagged.txt", "shared.txt"]);
    const none = history(repo, "--since", "HEAD");
    expect(none).toMatchObject({ code: 0, findings: [] });
    const bad = repo.cli(["scan", "--history", "--since", "not-a-thing"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--since "not-a-thing" is neither a commit nor a date');
  });

  it("refs limit the scan", () => {
    const mainOnly = history(repo, "main");
    expect(mainOnly.findings.map((f) => f.file)).not.toContain("exp.txt");
    expect(mainOnly.findings.map((f) => f.file)).not.toContain("tagged.txt");
    expect(history(repo, first).findings).toEqual([]);
  });

  it("a file named like the ref (a file called `main`) does not make git ask which one is meant", () => {
    const named = Repo.create();
    named.write("main", "a file called main\n").write("HEAD", "and one called HEAD\n").gitOk("add", ".");
    const base = commitAt(named, "files named like refs", "2025-01-01T10:00:00Z");
    named.write("a.txt", `t=${accessToken()}\n`).gitOk("add", ".");
    commitAt(named, "leak", "2025-01-02T10:00:00Z");
    for (const args of [["main"], ["--since", base], ["HEAD", "--since", base]]) {
      const result = history(named, ...args);
      expect(result.code, result.stderr).toBe(1);
      expect(result.findings.map((f) => f.file)).toEqual(["a.txt"]);
    }
  });

  it("SARIF carries the commit", () => {
    const sarif = JSON.parse(repo.cli(["scan", "--history", "--format", "sarif"]).stdout);
    const result = sarif.runs[0].results.find((r: { ruleId: string }) => r.ruleId === "meta-access-token");
    expect(result.properties).toMatchObject({ commit: leak, count: 3 });
  });
});

describe("a range cannot exempt itself: --since <commit> reads the policy from that commit", () => {
  it("a token and the ignorePaths / fingerprint / allowDotenv that would hide it, added together, are reported with a warning", () => {
    const repo = Repo.create();
    repo.write("README.md", "hello\n").write(".wa-token-guard.json", "{}\n").gitOk("add", ".");
    repo.commitNoVerify("base");
    const base = repo.gitOk("rev-parse", "HEAD").trim();
    const hidden = accessToken();
    const fingerprinted = accessToken();
    repo
      .write("fixtures/t.txt", `t=${hidden}\n`)
      .write("src/x.txt", `t=${fingerprinted}\n`)
      .write(".env.ci", "A=1\n");
    repo.write(
      ".wa-token-guard.json",
      JSON.stringify({ ignorePaths: ["fixtures/**"], allowDotenv: [".env.ci"] }),
    );
    const fingerprint = JSON.parse(repo.cli(["scan", "--format", "json", "src"]).stdout).findings[0]
      .fingerprint;
    repo.write(".wa-token-guard-ignore", `${fingerprint}\n`).gitOk("add", "-f", ".");
    repo.commitNoVerify("exempt myself");
    // The working tree (and HEAD) policy hides all three.
    expect(repo.cli(["scan"]).code).toBe(0);
    // The range is judged by the base commit's policy, and says what it tried to add.
    const result = repo.cli(["scan", "--history", "--since", base, "--format", "json"], repo.dir, {
      GITHUB_ACTIONS: "true",
    });
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout).findings.map((f: JsonFinding) => `${f.rule} ${f.file}`)).toEqual([
      "dotenv-file .env.ci",
      "meta-access-token fixtures/t.txt",
      "meta-access-token src/x.txt",
    ]);
    expect(result.stderr).toMatch(/^::warning title=wa-token-guard::the scanned commits add 3 suppressions/m);
    expect(result.stderr).toContain("fixtures/t.txt:1 (ignorePaths)");
    expect(result.stderr).toContain("src/x.txt:1 (a fingerprint in the ignore file)");
    expect(result.stderr).toContain(".env.ci (allowDotenv)");
    expect(leakedIn(result.all, [hidden, fingerprinted])).toEqual([]);
    // A suppression that was already in the base commit still applies, without a warning.
    const next = repo.gitOk("rev-parse", "HEAD").trim();
    repo.write("fixtures/u.txt", `t=${accessToken()}\n`).gitOk("add", ".");
    repo.commitNoVerify("more fixtures");
    const later = repo.cli(["scan", "--history", "--since", next]);
    expect(later.code).toBe(0);
    expect(later.stderr).toBe("");
    // Without a base commit (the whole history), --policy-from names the trusted one.
    const whole = repo.cli(["scan", "--history", "--policy-from", base, "--format", "json"]);
    expect(whole.code).toBe(1);
    expect(whole.stderr).toMatch(
      /^warning: the scanned commits add 4 suppressions .*\(the configuration in [0-9a-f]{12} applies\)/m,
    );
    expect(leakedIn(whole.all, [hidden, fingerprinted])).toEqual([]);
    const bad = repo.cli(["scan", "--history", "--policy-from", "no-such-branch"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("--policy-from no-such-branch: no such commit in this clone");
    expect(repo.cli(["scan", "--policy-from", base]).stderr).toContain("--policy-from goes with --history");
  });
});

describe("scan --history and tags of blobs and trees", () => {
  it("finds a token in a tagged blob, an annotated tag's blob and a tagged tree; a named tag too", () => {
    const inBlob = accessToken();
    const inTree = accessToken();
    const repo = Repo.create();
    repo.write("README.md", "x\n").gitOk("add", ".");
    repo.commitNoVerify("base");
    // Objects no commit holds, published by `git push --tags` all the same.
    const git = (args: string[], input?: string) => run("git", args, repo.dir, repo.env, input).stdout.trim();
    const blob = git(["hash-object", "-w", "--stdin"], `WHATSAPP_TOKEN=${inBlob}\n`);
    const treeBlob = git(["hash-object", "-w", "--stdin"], `WHATSAPP_TOKEN=${inTree}\n`);
    const inner = git(["mktree"], `100644 blob ${treeBlob}\tbot.cfg\n`);
    const tree = git(["mktree"], `040000 tree ${inner}\tconfig\n`);
    repo.gitOk("tag", "leaked-blob", blob);
    repo.gitOk("tag", "-a", "-m", "annotated", "leaked-annotated", blob);
    repo.gitOk("tag", "leaked-tree", tree);
    const all = history(repo);
    expect(all.code).toBe(1);
    expect(all.findings.map((f) => f.file)).toEqual([
      "refs/tags/leaked-annotated",
      "refs/tags/leaked-tree/config/bot.cfg",
    ]);
    expect(all.findings.every((f) => f.commit === undefined)).toBe(true);
    expect(history(repo, "leaked-tree").findings.map((f) => f.file)).toEqual(["leaked-tree/config/bot.cfg"]);
    expect(history(repo, "HEAD", "leaked-blob").findings.map((f) => f.file)).toEqual(["leaked-blob"]);
    // A range after a commit holds no tags.
    expect(history(repo, "--since", "HEAD").findings).toEqual([]);
    expect(leakedIn(all.all, [inBlob, inTree])).toEqual([]);
  });
});

describe.skipIf(!NODE_RUNS_VERIFY)("scan --verify", () => {
  const repo = Repo.create();
  repo.write("live.txt", `t=${tokens.systemUser}\n`);
  repo.write("expired.txt", `t=${tokens.expired}\n`);
  repo.write("revoked.txt", `t=${tokens.revoked}\n`);
  repo.write("again.txt", `t=${tokens.systemUser}\n`);
  repo.gitOk("add", ".");
  repo.commitNoVerify("leaks");
  repo.gitOk("rm", "-q", "live.txt", "again.txt");
  repo.commitNoVerify("cleanup");

  const scan = (...args: string[]) =>
    runAsync(
      NODE,
      [CLI, "scan", "--history", "--verify", "--graph-api-url", standin().url, ...args],
      repo.dir,
      repo.env,
    );

  it("labels each token live, expired or revoked, asks once per token, and lists live first", async () => {
    standin().requests.length = 0;
    const result = await scan("--format", "json");
    expect(result.code).toBe(1);
    expect(leakedIn(result.all, allSecrets)).toEqual([]);
    const findings = JSON.parse(result.stdout).findings as JsonFinding[];
    // The same live token in two files of one commit: one finding, at the first path git lists.
    expect(findings.map((f) => `${f.status} ${f.file}`)).toEqual([
      "live again.txt",
      "expired expired.txt",
      "revoked revoked.txt",
    ]);
    expect(findings[0]!.count).toBe(2);
    expect(standin().requests.filter((r) => r.path.endsWith("/debug_token"))).toHaveLength(3);
    // Each token goes only into the header (and as input_token), to the configured URL.
    for (const request of standin().requests) expect(request.authorization).toMatch(/^Bearer /);
  });

  it("text: live tokens first, with the revoke steps", async () => {
    const result = await scan();
    expect(result.stdout.split("\n")[0]).toContain("1 token is still live: revoke it now (below).");
    expect(result.stdout).toMatch(/again\.txt:1:3 .* LIVE/);
    expect(leakedIn(result.all, allSecrets)).toEqual([]);
    // History advice: revoke first (only what still works), then rewrite history; blobs, not files.
    expect(result.stdout).toMatch(/3 findings in 3 files \(\d+ blobs, \d+ KB scanned\)/);
    expect(result.stdout).toContain(
      "Revoke it first: git history, and so every clone, holds it (again.txt:1; the others are already expired or revoked):",
    );
    expect(result.stdout).toContain("git filter-repo --replace-text <that file>");
    expect(result.stdout).not.toMatch(/git add|git rm|stage|Not in git history/);
  });

  it("text: a token --verify found dead is not to be revoked; history is still to be rewritten", async () => {
    const dead = Repo.create();
    dead.write("x.txt", `t=${tokens.revoked}\n`).write(".env", "A=1\n").gitOk("add", "-f", ".");
    dead.commitNoVerify("dead token");
    const result = await runAsync(
      NODE,
      [CLI, "scan", "--history", "--verify", "--graph-api-url", standin().url],
      dead.dir,
      dead.env,
    );
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("Already expired or revoked (checked with --verify): nothing to revoke.");
    expect(result.stdout).not.toMatch(/Revoke it|revoke {4}\(/);
    expect(result.stdout).toContain("git filter-repo --replace-text <that file>");
    expect(result.stdout).toContain("git filter-repo --invert-paths --path .env");
    expect(leakedIn(result.all, allSecrets)).toEqual([]);
  });

  it("--only-live reports and fails on live tokens only", async () => {
    const result = await scan("--only-live", "--format", "json");
    expect(result.code).toBe(1);
    expect((JSON.parse(result.stdout).findings as JsonFinding[]).map((f) => f.file)).toEqual(["again.txt"]);
    const clean = Repo.create();
    clean.write("x.txt", `t=${tokens.expired}\n`).gitOk("add", ".");
    clean.commitNoVerify("dead token only");
    const dead = await runAsync(
      NODE,
      [CLI, "scan", "--history", "--verify", "--only-live", "--graph-api-url", standin().url],
      clean.dir,
      clean.env,
    );
    expect(dead.code).toBe(0);
  });

  it("with the app's credentials, tokens are inspected with the app token", async () => {
    standin().requests.length = 0;
    const result = await runAsync(
      NODE,
      [
        CLI,
        "scan",
        "--history",
        "--verify",
        "--format",
        "json",
        "--app-id",
        "100000000000001",
        "--graph-api-url",
        standin().url,
      ],
      repo.dir,
      { ...repo.env, META_APP_SECRET: tokens.secrets.app },
    );
    expect((JSON.parse(result.stdout).findings as JsonFinding[]).map((f) => f.status)).toEqual([
      "live",
      "expired",
      "revoked",
    ]);
    expect(
      standin().requests.every((r) => r.authorization === `Bearer 100000000000001|${tokens.secrets.app}`),
    ).toBe(true);
    expect(leakedIn(result.all, allSecrets)).toEqual([]);
  });

  it("an unreachable API labels tokens unknown, within the time budget", async () => {
    const result = await runAsync(
      NODE,
      [
        CLI,
        "scan",
        "--history",
        "--verify",
        "--format",
        "json",
        "--graph-api-url",
        "http://127.0.0.1:9",
        "--timeout-seconds",
        "1",
      ],
      repo.dir,
      repo.env,
    );
    expect(result.code).toBe(1);
    expect(new Set((JSON.parse(result.stdout).findings as JsonFinding[]).map((f) => f.status))).toEqual(
      new Set(["unknown"]),
    );
  });

  it("never with --staged; --only-live needs --verify", () => {
    expect(repo.cli(["scan", "--staged", "--verify"]).stderr).toContain("--verify does not go with --staged");
    expect(repo.cli(["scan", "--only-live"]).stderr).toContain("--only-live goes with --verify");
  });
});
