/**
 * A suppression reaches exactly as far as it reads: globs in `.wa-token-guard.json` follow
 * .gitignore's rule (a `/` anchors the glob at the repository root, a bare name matches at any
 * depth, a folder covers its contents). `docs/examples/*.md` must not also exempt
 * `vendor/docs/examples/*.md`, where an attacker (or a vendored package) can put a token.
 */
import { afterAll, describe, expect, it } from "vitest";
import { cleanupHomes, Repo } from "../helpers/repo.js";
import { accessToken } from "../helpers/tokens.js";

afterAll(cleanupHomes);

function foundPaths(repo: Repo): string[] {
  const result = repo.cli(["scan", "--format", "json"]);
  expect(result.code === 0 || result.code === 1, result.stderr).toBe(true);
  const report = JSON.parse(result.stdout) as { findings: { file: string }[] };
  return [...new Set(report.findings.map((finding) => finding.file))].sort();
}

describe("config globs", () => {
  it("ignorePaths: a glob with a slash is anchored at the root; a bare name matches at any depth; a folder covers its files", () => {
    const repo = Repo.create();
    const line = () => `token=${accessToken()}\n`;
    repo
      .write(
        ".wa-token-guard.json",
        JSON.stringify({ ignorePaths: ["docs/examples/*.md", "*.log", "test/fixtures", "/build/"] }),
      )
      .write("docs/examples/a.md", line())
      .write("vendor/docs/examples/a.md", line())
      .write("app.log", line())
      .write("deep/down/app.log", line())
      .write("test/fixtures/one/two.txt", line())
      .write("src/test/fixtures/x.txt", line())
      .write("build/out.js", line())
      .write("src/build/out.js", line())
      .gitOk("add", ".");
    expect(foundPaths(repo)).toEqual([
      "src/build/out.js",
      "src/test/fixtures/x.txt",
      "vendor/docs/examples/a.md",
    ]);
  });

  it("allowDotenv: `deploy/.env.ci` allows that file only, not the same name in another folder", () => {
    const repo = Repo.create();
    repo
      .write(".wa-token-guard.json", JSON.stringify({ allowDotenv: ["deploy/.env.ci", ".env.example"] }))
      .write("deploy/.env.ci", "PORT=1\n")
      .write("other/deploy/.env.ci", "PORT=1\n")
      .write(".env.example", "PORT=\n")
      .write("services/api/.env.example", "PORT=\n")
      .gitOk("add", "-f", ".");
    expect(foundPaths(repo)).toEqual(["other/deploy/.env.ci"]);
  });
});
