/**
 * The detection holes of F7 (b), F13, F14 and F16 as a user meets them: a real `git commit`
 * through hooks/pre-commit (installed as core.hooksPath of a temp repository) and the bundled
 * CLI's `scan`. Tokens are built at run time; no output may hold one in full.
 */
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { redact } from "../../src/detect/redact.js";
import { cleanupHomes, PROJECT_ROOT, Repo } from "../helpers/repo.js";
import { accessToken, percentEncodeAll } from "../helpers/tokens.js";

afterAll(cleanupHomes);

function hookedRepo(): Repo {
  const repo = Repo.create();
  repo.gitOk("config", "core.hooksPath", join(PROJECT_ROOT, "hooks"));
  repo.write("README.md", "x\n").gitOk("add", ".");
  repo.commitNoVerify("base");
  return repo;
}

describe("detection holes, end to end", () => {
  it("a commit of a fully percent-encoded token is blocked (the hook's hints fire)", {
    timeout: 60_000,
  }, () => {
    const token = accessToken();
    const repo = hookedRepo();
    repo.write("log.txt", `url=https://x.example/cb?t=${percentEncodeAll(token)}\n`).gitOk("add", "log.txt");
    const result = repo.commit("log");
    expect(result.code).toBe(1);
    expect(result.all).toContain(redact(token));
    expect(result.all).not.toContain(token);
  });

  it("scan reports a token under a CR-only allow line, a URL path token and a token in a file name", {
    timeout: 60_000,
  }, () => {
    const [a, b, c] = [accessToken(), accessToken(), accessToken()];
    const repo = hookedRepo();
    repo
      .write(
        "conf.txt",
        `# config  (wa-token-guard:allow for the sample below)\rSAMPLE=EAAxxxxxxxxxx\rWHATSAPP_TOKEN=${a}\r`,
      )
      .write("b.sh", `curl https://proxy.example.com/wa/${b}/messages\n`)
      .write(`v1+${c}.json`, "{}\n");
    const result = repo.cli(["scan", "--format", "json", "."]);
    expect(result.code).toBe(1);
    for (const token of [a, b, c]) {
      expect(result.all).not.toContain(token);
      expect(result.all).toContain(redact(token));
    }
    const findings = JSON.parse(result.stdout) as { findings: { file: string; line: number }[] };
    expect(findings.findings.map((f) => [f.file, f.line]).sort()).toEqual(
      [
        ["b.sh", 1],
        ["conf.txt", 3],
        [`v1+${redact(c)}.json`, 0],
      ].sort(),
    );
  });
});
