/**
 * The leak-scan composite action (leak-scan/action.yml, and the older path scan/action.yml) run
 * from its manifest, step by step, as the runner runs it (test/helpers/composite-runner.ts): the
 * event decides the range, the SARIF upload and the fail-on-findings steps run or are skipped by
 * their own `if:`, and the action's outputs come from its `outputs:`.
 */
import { existsSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { type CompositeRun, readManifest, runComposite, type Step } from "../helpers/composite-runner.js";
import { cleanupHomes, PROJECT_ROOT, Repo } from "../helpers/repo.js";
import { accessToken, leakedIn } from "../helpers/tokens.js";

afterAll(cleanupHomes);

const LEAK_SCAN = join(PROJECT_ROOT, "leak-scan", "action.yml");
const OLD_PATH = join(PROJECT_ROOT, "scan", "action.yml");

interface Uploaded {
  sarif: {
    runs: { results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[];
  };
  category: string;
}

function leakScan(
  repo: Repo,
  inputs: Record<string, string>,
  github: Record<string, unknown>,
  manifest = LEAK_SCAN,
): CompositeRun & { uploads: Uploaded[]; nodeVersions: string[] } {
  const uploads: Uploaded[] = [];
  const nodeVersions: string[] = [];
  const result = runComposite(manifest, {
    inputs,
    github,
    workspace: repo.dir,
    env: repo.env,
    uses: {
      "actions/setup-node": (w) => {
        nodeVersions.push(w["node-version"]!);
        return {};
      },
      "github/codeql-action/upload-sarif": (w) => {
        // What upload-sarif needs: a readable SARIF 2.1.0 file.
        const sarif = JSON.parse(readFileSync(w.sarif_file!, "utf8"));
        if (sarif.version !== "2.1.0") throw new Error("not SARIF 2.1.0");
        uploads.push({ sarif, category: w.category! });
        return {};
      },
    },
  });
  return { ...result, uploads, nodeVersions };
}

const outcomes = (run: CompositeRun) =>
  run.steps.map((s) => `${s.step.id ?? s.step.uses ?? "run"}:${s.outcome}`);

describe("the leak scan action, from its manifest", () => {
  const old = accessToken();
  const added = accessToken();
  const repo = Repo.create();
  repo.write("old.txt", `t=${old}\n`).gitOk("add", ".");
  repo.commitNoVerify("old leak");
  const before = repo.gitOk("rev-parse", "HEAD").trim();
  repo.write("new.txt", `t=${added}\n`).gitOk("add", ".");
  repo.commitNoVerify("new leak");
  const push = { event_name: "push", event: { before } };

  it("on push: scans what the push added, uploads the SARIF, then fails the step that says so", () => {
    const result = leakScan(repo, {}, push);
    expect(result.outcome).toBe("failure");
    expect(outcomes(result)).toEqual([
      "actions/setup-node@v4:success",
      "scan:success",
      "github/codeql-action/upload-sarif@v3:success",
      "run:failure",
    ]);
    expect(result.nodeVersions).toEqual(["24"]);
    expect(result.outputs.findings).toBe("1");
    expect(existsSync(result.outputs["sarif-file"]!)).toBe(true);
    expect(result.uploads).toHaveLength(1);
    expect(result.uploads[0]!.category).toBe("wa-token-guard");
    const uri =
      result.uploads[0]!.sarif.runs[0]!.results[0]!.locations[0]!.physicalLocation.artifactLocation.uri;
    expect(uri).toBe("new.txt");
    expect(result.log).toContain("new.txt:1  meta-access-token");
    expect(result.log).toContain("::error::wa-token-guard found 1 credential(s)");
    expect(leakedIn(result.log + readFileSync(result.outputs["sarif-file"]!, "utf8"), [old, added])).toEqual(
      [],
    );
  });

  it("fail-on-findings: false and upload-sarif: false skip their steps", () => {
    const result = leakScan(repo, { "fail-on-findings": "false", "upload-sarif": "false" }, push);
    expect(result.outcome).toBe("success");
    expect(outcomes(result)).toEqual([
      "actions/setup-node@v4:success",
      "scan:success",
      "github/codeql-action/upload-sarif@v3:skipped",
      "run:skipped",
    ]);
    expect(result.outputs.findings).toBe("1");
  });

  it("on a pull request, from its base; since: all, the whole history; nothing new, success", () => {
    const pr = leakScan(
      repo,
      {},
      { event_name: "pull_request", event: { pull_request: { base: { sha: before } } } },
    );
    expect(pr.outputs.findings).toBe("1");
    expect(leakScan(repo, { since: "all" }, push).outputs.findings).toBe("2");
    const head = repo.gitOk("rev-parse", "HEAD").trim();
    const clean = leakScan(repo, {}, { event_name: "push", event: { before: head } });
    expect(clean.outcome).toBe("success");
    expect(clean.outputs.findings).toBe("0");
    expect(outcomes(clean)).toContain("github/codeql-action/upload-sarif@v3:success");
    expect(outcomes(clean)).toContain("run:skipped");
  });

  it("a new branch (before = 000…) scans its whole history", () => {
    expect(
      leakScan(repo, {}, { event_name: "push", event: { before: "0".repeat(40) } }).outputs.findings,
    ).toBe("2");
  });

  it("refs are split on whitespace, never glob-expanded", () => {
    repo.gitOk("branch", "-f", "side", before);
    const spaced = leakScan(repo, { since: "all", refs: " side\n  main " }, push);
    expect(spaced.outputs.findings, spaced.log).toBe("2");
    repo.write("side-notes.txt", "a file the glob sid* would match\n");
    const globbed = leakScan(repo, { since: "all", refs: "sid*" }, push);
    expect(globbed.outcome).toBe("failure");
    expect(globbed.log).toMatch(/ sid\*$/m); // reached the CLI as written, not as side-notes.txt
    rmSync(join(repo.dir, "side-notes.txt"));
  });

  it("a base commit missing from a shallow clone fails the scan step with the fix; later steps are skipped", () => {
    const result = leakScan(
      repo,
      {},
      {
        event_name: "pull_request",
        event: { pull_request: { base: { sha: "1234567890abcdef1234567890abcdef12345678" } } },
      },
    );
    expect(result.outcome).toBe("failure");
    expect(outcomes(result)).toEqual([
      "actions/setup-node@v4:success",
      "scan:failure",
      "github/codeql-action/upload-sarif@v3:skipped",
      "run:skipped",
    ]);
    expect(result.log).toContain("fetch-depth: 0");
  });

  it("a pull request that adds a token and the fingerprint hiding it is still failed, with a warning", () => {
    const pr = Repo.create();
    pr.write("README.md", "x\n").gitOk("add", ".");
    pr.commitNoVerify("base");
    const base = pr.gitOk("rev-parse", "HEAD").trim();
    const token = accessToken();
    pr.write("bot.js", `const t = "${token}";\n`);
    const fingerprint = JSON.parse(pr.cli(["scan", "--format", "json"]).stdout).findings[0].fingerprint;
    pr.write(".wa-token-guard-ignore", `${fingerprint}\n`).gitOk("add", ".");
    pr.commitNoVerify("add a token, and ignore it");
    const result = leakScan(
      pr,
      {},
      { event_name: "pull_request", event: { pull_request: { base: { sha: base } } } },
    );
    expect(result.outcome).toBe("failure");
    expect(result.outputs.findings).toBe("1");
    expect(result.log).toMatch(
      /::warning title=wa-token-guard::the scanned commits add 1 suppression .*bot\.js:1/,
    );
    expect(leakedIn(result.log, [token])).toEqual([]);
  });
});

describe("scan/action.yml, the documented older path", () => {
  it("has the same inputs, outputs and steps as leak-scan/action.yml, its scripts taken from there", () => {
    const current = readManifest(LEAK_SCAN) as unknown as Record<string, unknown>;
    const older = readManifest(OLD_PATH) as unknown as Record<string, unknown>;
    const sameSteps = (steps: Step[]) =>
      steps.map((step) => ({
        ...step,
        run: step.run?.replaceAll("$GITHUB_ACTION_PATH/../leak-scan/", "$GITHUB_ACTION_PATH/"),
      }));
    expect(older.inputs).toEqual(current.inputs);
    expect(older.outputs).toEqual(current.outputs);
    expect(sameSteps((older.runs as { steps: Step[] }).steps)).toEqual(
      (current.runs as { steps: Step[] }).steps,
    );
  });

  it("runs the same scan", () => {
    const repo = Repo.create();
    const token = accessToken();
    repo.write("a.txt", "x\n").gitOk("add", ".");
    repo.commitNoVerify("base");
    const before = repo.gitOk("rev-parse", "HEAD").trim();
    repo.write("b.txt", `t=${token}\n`).gitOk("add", ".");
    repo.commitNoVerify("leak");
    const result = leakScan(repo, {}, { event_name: "push", event: { before } }, OLD_PATH);
    expect(result.outcome).toBe("failure");
    expect(result.outputs.findings).toBe("1");
    expect(result.uploads).toHaveLength(1);
    expect(leakedIn(result.log, [token])).toEqual([]);
  });
});

describe("a range without a base commit is judged by the default branch's configuration", () => {
  /** main with one clean commit (also as origin/main, as actions/checkout fetches it), then a branch. */
  function branchRepo() {
    const repo = Repo.create();
    repo.write("README.md", "x\n").gitOk("add", ".");
    repo.commitNoVerify("base");
    const main = repo.gitOk("rev-parse", "--abbrev-ref", "HEAD").trim();
    repo.gitOk("update-ref", `refs/remotes/origin/${main}`, "HEAD");
    repo.gitOk("checkout", "-q", "-b", "feature");
    return { repo, main };
  }

  it("a new branch adding a token and an ignorePaths entry for it is failed, with a warning", () => {
    const { repo, main } = branchRepo();
    const token = accessToken();
    repo.write("vendor/bot.cfg", `WHATSAPP_TOKEN=${token}\n`);
    repo.write(".wa-token-guard.json", '{"ignorePaths":["vendor/**"]}\n').gitOk("add", ".");
    repo.commitNoVerify("add vendor");
    const repository = { default_branch: main };
    for (const [inputs, event] of [
      [{}, { before: "0".repeat(40), repository }],
      [{ since: "all" }, { before: "0".repeat(40), repository }],
      [{ since: "2000-01-01" }, { before: "0".repeat(40), repository }],
    ] as const) {
      const result = leakScan(repo, inputs, { event_name: "push", event });
      expect(result.outputs.findings, JSON.stringify(inputs)).toBe("1");
      expect(result.log).toContain(`--policy-from refs/remotes/origin/${main}`);
      expect(result.log).toMatch(
        /::warning title=wa-token-guard::the scanned commits add 1 suppression .*vendor\/bot\.cfg:1 \(ignorePaths\)/,
      );
      expect(leakedIn(result.log, [token])).toEqual([]);
    }
  });

  it("a push whose previous head is not in the clone (a force push) scans from the merge base, or everything", () => {
    const { repo, main } = branchRepo();
    const token = accessToken();
    repo.write("bot.cfg", `WHATSAPP_TOKEN=${token}\n`).gitOk("add", ".");
    repo.commitNoVerify("leak");
    const gone = "1234567890abcdef1234567890abcdef12345678";
    const event = { before: gone, repository: { default_branch: main } };
    const branch = leakScan(repo, {}, { event_name: "push", event });
    expect(branch.outputs.findings).toBe("1");
    expect(branch.log).toMatch(
      /::notice title=wa-token-guard::the push's previous head 1234567890ab is not in the clone \(a force push\?\): scanning the commits after the merge base/,
    );
    // On the default branch itself the merge base is HEAD: the whole history is scanned.
    repo.gitOk("checkout", "-q", main);
    repo.gitOk("merge", "-q", "--ff-only", "feature");
    repo.gitOk("update-ref", `refs/remotes/origin/${main}`, "HEAD");
    const forced = leakScan(repo, {}, { event_name: "push", event });
    expect(forced.outputs.findings).toBe("1");
    expect(forced.log).toContain("scanning the whole history");
    expect(leakedIn(branch.log + forced.log, [token])).toEqual([]);
  });
});

describe("the per-finding log line", () => {
  it("escapes control characters in a path: a file name cannot forge a log line or a workflow command", () => {
    const repo = Repo.create();
    repo.write("a.txt", "x\n").gitOk("add", ".");
    repo.commitNoVerify("base");
    const base = repo.gitOk("rev-parse", "HEAD").trim();
    const token = accessToken();
    const other = accessToken();
    repo.write("cfg\n::error file=README.md,line=1::forged\n\u001b[2J.txt", `WHATSAPP_TOKEN=${token}\n`);
    repo.write("::warning::forged.txt", `WHATSAPP_TOKEN=${other}\n`).gitOk("add", ".");
    repo.commitNoVerify("leak");
    const result = leakScan(
      repo,
      {},
      { event_name: "pull_request", event: { pull_request: { base: { sha: base } } } },
    );
    expect(result.outputs.findings).toBe("2");
    expect(result.log).not.toMatch(/^\s*::error file=README/m);
    expect(result.log).not.toMatch(/^::warning::forged/m);
    expect(result.log.includes("\u001b")).toBe(false);
    expect(result.log).toContain(
      "cfg\\x0a::error file=README.md,line=1::forged\\x0a\\x1b[2J.txt:1  meta-access-token",
    );
    expect(leakedIn(result.log, [token, other])).toEqual([]);
  });
});
