/**
 * The hook as users get it: from the npm tarball, and through the pre-commit framework, which
 * installs this repository from git (so the committed dist/ must work without a build step).
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from "node:fs";
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
    // Installed in the project: the printed commands use npx, and npx runs them.
    expect(blocked.all).toContain("    npx wa-token-guard revoke    (");
    expect(run("sh", ["-c", "npx --offline wa-token-guard --version"], repo.dir, repo.env).code).toBe(0);

    // Installed globally: the bin on PATH is this copy, so the plain name is printed.
    const prefix = mkdtempSync(join(tmpdir(), "wtg-global-"));
    const global = run(
      npm,
      ["install", "-g", "--prefix", prefix, tarball, "--no-audit", "--no-fund", "--offline"],
      repo.dir,
      repo.env,
    );
    expect(global.code, global.all).toBe(0);
    const env = { ...repo.env, PATH: `${join(prefix, "bin")}:${repo.env.PATH}` };
    const other = Repo.create(env);
    other.write("README.md", "hi\n").gitOk("add", ".");
    other.commitNoVerify("initial");
    expect(run("wa-token-guard", ["install", "--hook-manager", "git"], other.dir, env).code).toBe(0);
    other.write("bot.js", `const token = "${token}";\n`).gitOk("add", ".");
    const globalBlocked = other.commit("leak");
    expect(globalBlocked.code).toBe(1);
    expect(globalBlocked.all).toMatch(/^ {4,}wa-token-guard revoke {4}\(/m);
    expect(globalBlocked.all).not.toContain("npx");
  });

  it("lefthook (npm package, lefthook install): the snippet install prints blocks a real commit", () => {
    const repo = Repo.create();
    repo.write(
      "package.json",
      `${JSON.stringify({ name: "bot", private: true, devDependencies: { lefthook: "2.2.1" } }, null, 2)}\n`,
    );
    // What `npm install -D lefthook wa-token-guard` leaves behind, without the network.
    const bin = join(repo.dir, "node_modules", ".bin");
    mkdirSync(bin, { recursive: true });
    for (const name of ["lefthook", "lefthook-linux-x64", "lefthook-linux-arm64"]) {
      const target = join(PROJECT_ROOT, "node_modules", name);
      if (existsSync(target)) symlinkSync(target, join(repo.dir, "node_modules", name));
    }
    symlinkSync("../lefthook/bin/index.js", join(bin, "lefthook"));
    symlinkSync(PROJECT_ROOT, join(repo.dir, "node_modules", "wa-token-guard"));
    symlinkSync("../wa-token-guard/dist/cli/index.js", join(bin, "wa-token-guard"));
    symlinkSync("../wa-token-guard/hooks/pre-commit", join(bin, "wa-token-guard-pre-commit"));
    repo.write(".gitignore", "node_modules\n");

    const printed = repo.cli(["install"]);
    expect(printed.code, printed.all).toBe(0);
    expect(printed.stdout).toContain("This project uses lefthook (package.json)");
    repo.write("lefthook.yml", printed.stdout.slice(printed.stdout.indexOf("pre-commit:")));
    const install = run(join(bin, "lefthook"), ["install"], repo.dir, repo.env);
    expect(install.code, install.all).toBe(0);

    repo.write("README.md", "hi\n").gitOk("add", ".");
    expect(repo.commit("clean").code).toBe(0);
    const token = accessToken();
    repo.write("bot.js", `const t = "${token}";\n`).gitOk("add", ".");
    const blocked = repo.commit("leak");
    expect(blocked.code, blocked.all).not.toBe(0);
    expect(blocked.all).toContain("bot.js:1:12  meta-access-token");
    expect(blocked.all).toContain("    npx wa-token-guard revoke    (");
    expect(leakedIn(blocked.all, [token])).toEqual([]);
    expect(run("git", ["commit", "-q", "-m", "skip"], repo.dir, { ...repo.env, LEFTHOOK: "0" }).code).toBe(0);
  });

  // .ci/run installs the framework and sets WTG_REQUIRE_PRE_COMMIT=1: there, a skip is a failure.
  const preCommit = spawnSync("pre-commit", ["--version"], { encoding: "utf8" });
  it.skipIf(preCommit.status !== 0 && process.env.WTG_REQUIRE_PRE_COMMIT !== "1")(
    "through the pre-commit framework, installed from this repository's git (the dist/ hook, no npm install)",
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
      expect(preCommit.status, "the pre-commit framework is not installed").toBe(0);
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

      // Staged symlinks: the framework passes no links by default; a link's target is committed.
      repo.gitOk("rm", "-q", "--cached", "bot.js", ".env");
      repo.commitNoVerify("clean again");
      rmSync(join(repo.dir, "bot.js"));
      rmSync(join(repo.dir, ".env"));
      const linked = accessToken();
      symlinkSync(`t=${linked}`, join(repo.dir, "lnk"));
      symlinkSync("README.md", join(repo.dir, ".env"));
      repo.gitOk("add", "-f", "lnk", ".env");
      const links = run("git", ["commit", "-q", "-m", "links"], repo.dir, env);
      expect(links.code, links.all).not.toBe(0);
      expect(links.all).toContain("lnk");
      expect(links.all).toContain(".env  dotenv-file");
      expect(leakedIn(links.all, [linked])).toEqual([]);
    },
    180_000,
  );
});
