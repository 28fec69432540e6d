/**
 * The hook as users get it: from the npm tarball, and through the pre-commit framework, which
 * installs this repository from git (so the committed dist/ must work without a build step).
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { cleanupHomes, NODE, PROJECT_ROOT, Repo, run } from "../helpers/repo.js";
import { accessToken, leakedIn } from "../helpers/tokens.js";

afterAll(cleanupHomes);

const NPM = join(dirname(NODE), "npm");
const npm = existsOnPath(NPM) ? NPM : "npm";

function existsOnPath(path: string): boolean {
  return spawnSync(path, ["--version"], { encoding: "utf8" }).status === 0;
}

describe("packaging", () => {
  it("npm pack -> npm install -D <tarball> -> npx wa-token-guard install -> the next commit is blocked", () => {
    const packDir = mkdtempSync(join(tmpdir(), "wtg-pack-"));
    const repo = Repo.create();
    const pack = run(
      npm,
      ["pack", "--ignore-scripts", "--pack-destination", packDir],
      PROJECT_ROOT,
      repo.env,
    );
    expect(pack.code, pack.all).toBe(0);
    const tarball = join(packDir, readdirSync(packDir).find((f) => f.endsWith(".tgz"))!);

    repo.write(
      "package.json",
      `${JSON.stringify({ name: "my-bot", version: "1.0.0", private: true }, null, 2)}\n`,
    );
    repo.write(".gitignore", "node_modules\n");
    const install = run(
      npm,
      ["install", "-D", tarball, "--no-audit", "--no-fund", "--offline"],
      repo.dir,
      repo.env,
    );
    expect(install.code, install.all).toBe(0);
    const setup = run(npm, ["exec", "--offline", "--", "wa-token-guard", "install"], repo.dir, repo.env);
    expect(setup.code, setup.all).toBe(0);
    expect(setup.stdout).toContain("Installed the pre-commit hook");

    repo.write("index.js", "console.log('hi');\n").gitOk("add", ".");
    expect(repo.commit("clean").code).toBe(0);
    const token = accessToken();
    repo.write("index.js", `const token = "${token}";\n`).gitOk("add", ".");
    const blocked = repo.commit("leak");
    expect(blocked.code).not.toBe(0);
    expect(blocked.all).toContain("index.js:1:16  meta-access-token");
    expect(leakedIn(blocked.all, [token])).toEqual([]);
  });

  const preCommit = spawnSync("pre-commit", ["--version"], { encoding: "utf8" });
  it.skipIf(preCommit.status !== 0)(
    "through the pre-commit framework, installed from this repository's git",
    () => {
      const head = spawnSync("git", ["rev-parse", "HEAD"], {
        cwd: PROJECT_ROOT,
        encoding: "utf8",
      }).stdout.trim();
      const repo = Repo.create();
      const env = { ...repo.env, PRE_COMMIT_HOME: mkdtempSync(join(tmpdir(), "wtg-pc-home-")) };
      repo.write(
        ".pre-commit-config.yaml",
        `repos:\n  - repo: ${PROJECT_ROOT}\n    rev: ${head}\n    hooks:\n      - id: wa-token-guard\n`,
      );
      expect(run("pre-commit", ["install"], repo.dir, env).code).toBe(0);
      repo.write("README.md", "hi\n").gitOk("add", ".");
      const first = run("git", ["commit", "-q", "-m", "clean"], repo.dir, env);
      expect(first.code, first.all).toBe(0);

      const token = accessToken();
      repo.write("bot.js", `const t = "${token}";\n`).write(".env", "A=1\n").gitOk("add", "-f", ".");
      const blocked = run("git", ["commit", "-q", "-m", "leak"], repo.dir, env);
      expect(blocked.code).not.toBe(0);
      expect(blocked.all).toContain("bot.js:1:12  meta-access-token");
      expect(blocked.all).toContain(".env  dotenv-file");
      expect(leakedIn(blocked.all, [token])).toEqual([]);

      // `pre-commit run --all-files` passes every file and stages nothing: the index is still read.
      repo.gitOk("commit", "-q", "--no-verify", "-m", "leak anyway");
      const all = run("pre-commit", ["run", "--all-files"], repo.dir, env);
      expect(all.code).not.toBe(0);
      expect(all.all).toContain("bot.js:1:12  meta-access-token");
    },
    180_000,
  );
});
