/**
 * scan/action.yml's step (scan/run.sh) run as the composite action runs it: the event decides the
 * range; outputs go to GITHUB_OUTPUT; the SARIF report to RUNNER_TEMP.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parseOutputFile } from "../helpers/action-runner.js";
import { cleanupHomes, PROJECT_ROOT, Repo, run } from "../helpers/repo.js";
import { accessToken, leakedIn } from "../helpers/tokens.js";

afterAll(cleanupHomes);

const SCRIPT = join(PROJECT_ROOT, "scan", "run.sh");

function scanStep(repo: Repo, env: Record<string, string>) {
  const temp = mkdtempSync(join(tmpdir(), "wtg-scan-step-"));
  const outputFile = join(temp, "output");
  writeFileSync(outputFile, "");
  const result = run("bash", [SCRIPT], repo.dir, {
    ...repo.env,
    RUNNER_TEMP: temp,
    GITHUB_OUTPUT: outputFile,
    ...env,
  });
  const outputs = parseOutputFile(
    readFileSync(outputFile, "utf8").replace(/^(\w[\w-]*)=(.*)$/gm, "$1<<EOF\n$2\nEOF"),
  );
  return { ...result, outputs };
}

describe("the leak scan step", () => {
  const old = accessToken();
  const added = accessToken();
  const repo = Repo.create();
  repo.write("old.txt", `t=${old}\n`).gitOk("add", ".");
  repo.commitNoVerify("old leak");
  const before = repo.gitOk("rev-parse", "HEAD").trim();
  repo.write("new.txt", `t=${added}\n`).gitOk("add", ".");
  repo.commitNoVerify("new leak");

  it("on push, scans what the push added and writes the SARIF report", () => {
    const step = scanStep(repo, { WTG_EVENT: "push", WTG_PUSH_BEFORE: before });
    expect(step.code, step.all).toBe(0);
    expect(step.outputs.findings).toBe("1");
    const sarif = JSON.parse(readFileSync(step.outputs["sarif-file"]!, "utf8"));
    expect(sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe("new.txt");
    expect(step.stderr).toContain("new.txt:1  meta-access-token");
    expect(leakedIn(step.all + readFileSync(step.outputs["sarif-file"]!, "utf8"), [old, added])).toEqual([]);
  });

  it("on a pull request, from its base; a new branch (before = 000…) or since=all, the whole history", () => {
    expect(scanStep(repo, { WTG_EVENT: "pull_request", WTG_PR_BASE: before }).outputs.findings).toBe("1");
    expect(scanStep(repo, { WTG_EVENT: "push", WTG_PUSH_BEFORE: "0".repeat(40) }).outputs.findings).toBe("2");
    expect(
      scanStep(repo, { WTG_EVENT: "push", WTG_PUSH_BEFORE: before, WTG_SINCE: "all" }).outputs.findings,
    ).toBe("2");
  });

  it("refs are split on whitespace, never glob-expanded", () => {
    repo.gitOk("branch", "-f", "side", before);
    const spaced = scanStep(repo, { WTG_EVENT: "push", WTG_SINCE: "all", WTG_REFS: " side\n  main " });
    expect(spaced.outputs.findings, spaced.all).toBe("2");
    repo.write("side-notes.txt", "a file the glob sid* would match\n");
    const globbed = scanStep(repo, { WTG_EVENT: "push", WTG_SINCE: "all", WTG_REFS: "sid*" });
    expect(globbed.code).toBe(2); // "sid*" reaches git as written, and is not a ref
    expect(globbed.stdout).toContain("--output");
    expect(globbed.stdout).toMatch(/ sid\*$/m);
    rmSync(join(repo.dir, "side-notes.txt"));
  });

  it("a base commit missing from a shallow clone is a clear error", () => {
    const step = scanStep(repo, {
      WTG_EVENT: "pull_request",
      WTG_PR_BASE: "1234567890abcdef1234567890abcdef12345678",
    });
    expect(step.code).toBe(2);
    expect(step.all).toContain("fetch-depth: 0");
  });
});
