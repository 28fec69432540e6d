/**
 * A suppression reaches exactly as far as it reads: globs in `.wa-token-guard.json` follow
 * .gitignore's rule (a `/` anchors the glob at the repository root, a bare name matches at any
 * depth, a folder covers its contents). `docs/examples/*.md` must not also exempt
 * `vendor/docs/examples/*.md`, where an attacker (or a vendored package) can put a token.
 */
import { afterAll, describe, expect, it } from "vitest";
import { cleanupHomes, Repo } from "../helpers/repo.js";
import { accessToken, appSecret, leakedIn } from "../helpers/tokens.js";

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

describe("a secret in the wrong place in the policy files", () => {
  it("is never echoed, whole or in part, by the error about it: appIds, an unknown key, an ignore-file line, bad JSON", () => {
    const secret = appSecret();
    const token = accessToken();
    const cases: [string, string][] = [
      [".wa-token-guard.json", JSON.stringify({ appIds: [secret] })],
      [".wa-token-guard.json", JSON.stringify({ [token]: ["x"] })],
      [".wa-token-guard.json", `{"appIds": [${token}]}`],
      [".wa-token-guard-ignore", `x ${secret}\n`],
      [".wa-token-guard-ignore", `META_APP_SECRET=${secret}\n`],
      [".wa-token-guard-ignore", `100000000000001|${secret}\n`],
      [".wa-token-guard-ignore", `${token}\n`],
    ];
    for (const [file, text] of cases) {
      const repo = Repo.create();
      repo.write(file, text).write("a.txt", "nothing here\n").gitOk("add", ".");
      for (const args of [["scan"], ["scan", "--staged"]]) {
        const result = repo.cli(args);
        expect(result.code, `${file}: ${text}`).toBe(2);
        expect(result.stderr).toMatch(/^wa-token-guard: /);
        // No piece of 12 characters or more of either secret.
        for (const value of [secret, token])
          for (let at = 0; at + 12 <= value.length; at++)
            expect(result.all, `${file}: ${args.join(" ")}`).not.toContain(value.slice(at, at + 12));
      }
    }
  });
});

describe("a token that an ignorePaths entry hides", () => {
  it("leaves a trace in a full scan's text, and --show-suppressed lists it with its reason in every scan", () => {
    const repo = Repo.create();
    const token = accessToken();
    repo
      .write(".wa-token-guard.json", JSON.stringify({ ignorePaths: ["fixtures"] }))
      .write("fixtures/a.txt", `t=${token}\n`)
      .write("fixtures/b.txt", `t=${accessToken()}\n`)
      .write("b.txt", "fine\n")
      .gitOk("add", "-f", ".");
    const plain = repo.cli(["scan"]);
    expect(plain.code).toBe(0);
    expect(plain.stdout).toContain(
      "2 files not read: ignorePaths in the configuration names them (--show-suppressed reads them and lists what they hold).",
    );
    for (const args of [["scan"], ["scan", "--staged"]]) {
      const shown = repo.cli([...args, "--show-suppressed", "--format", "json"]);
      expect(shown.code, args.join(" ")).toBe(0);
      const report = JSON.parse(shown.stdout) as {
        findings: unknown[];
        suppressed: { file: string; rule: string; reason: string }[];
      };
      expect(report.findings).toEqual([]);
      expect(report.suppressed.map(({ file, rule, reason }) => `${file} ${rule} ${reason}`).sort()).toEqual([
        "fixtures/a.txt meta-access-token ignore-paths",
        "fixtures/b.txt meta-access-token ignore-paths",
      ]);
      const text = repo.cli([...args, "--show-suppressed"]);
      expect(text.stdout).toMatch(
        /fixtures\/a\.txt:1:3 +meta-access-token .*\(ignorePaths in the configuration\)/,
      );
      expect(leakedIn(text.all + shown.all, [token])).toEqual([]);
    }
    repo.commitNoVerify("hidden");
    const history = repo.cli(["scan", "--history", "--show-suppressed", "--format", "json"]);
    const reasons = (JSON.parse(history.stdout) as { suppressed: { reason: string }[] }).suppressed.map(
      (entry) => entry.reason,
    );
    expect(reasons).toContain("ignore-paths");
  });
});
