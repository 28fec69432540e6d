/**
 * `install` in repositories whose hooks are not what it expects: a hook that only mentions the
 * name, a hook that ends with `exit 0`, husky switched off by HUSKY=0. Each time the question is
 * the user's: does the next `git commit` block a token?
 */
import { chmodSync, existsSync, mkdtempSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { cleanupHomes, hookTest, huskyProject, PROJECT_ROOT, Repo } from "../helpers/repo.js";

afterAll(cleanupHomes);

const { newToken, expectBlocked } = hookTest();

function gitHook(r: Repo, text: string): void {
  r.write(".git/hooks/pre-commit", text);
  chmodSync(join(r.dir, ".git/hooks/pre-commit"), 0o755);
}

describe("install: a hook that does not really run the guard is not 'already installed'", () => {
  it("a git hook that only mentions wa-token-guard in a comment gets the call", () => {
    const r = Repo.create();
    gitHook(r, "#!/bin/sh\n# TODO: add wa-token-guard here\necho lint-ran\n");
    const install = r.cli(["install"]);
    expect(install.code, install.all).toBe(0);
    expect(install.stdout).toContain("Added wa-token-guard to the existing hook");
    r.write("a.txt", `t=${newToken()}\n`).gitOk("add", ".");
    expectBlocked(r.commit());
  });

  it("a git hook whose call comes after `exit 0` gets a call that runs first", () => {
    const r = Repo.create();
    gitHook(r, `#!/bin/sh\necho lint-ran\nexit 0\n"${PROJECT_ROOT}/hooks/pre-commit" "$@"\n`);
    expect(r.cli(["install"]).stdout).toContain("Added wa-token-guard to the existing hook");
    r.write("a.txt", `t=${newToken()}\n`).gitOk("add", ".");
    expectBlocked(r.commit());
  });

  it("a husky hook that ends with `exit 0`: our line goes first, so it runs", () => {
    const r = huskyProject();
    r.write(".husky/pre-commit", "npm run -s lint --if-present\nexit 0\n");
    const install = r.cli(["install"]);
    expect(install.code, install.all).toBe(0);
    expect(install.stdout).toContain("Added wa-token-guard to .husky/pre-commit (it runs first");
    expect(r.cli(["install"]).stdout).toContain(".husky/pre-commit already runs wa-token-guard");
    r.write("bot.js", `const token = "${newToken()}";\n`).gitOk("add", ".");
    expectBlocked(r.commit(), /bot\.js:1:16/);
  });

  it("under HUSKY=0, install says husky is not active instead of claiming it is", () => {
    const r = huskyProject();
    const install = r.cli(["install"], r.dir, { HUSKY: "0" });
    expect(install.code, install.all).toBe(0);
    expect(install.stdout).not.toContain("Activated husky");
    expect(install.stdout).toMatch(/husky is NOT active yet.*HUSKY=0/);
    expect(r.git("config", "--get", "core.hooksPath").stdout.trim()).toBe("");
    // Run again without HUSKY=0: now it is active, and the hook blocks.
    expect(r.cli(["install"]).stdout).toContain("Activated husky");
    r.write("a.txt", `t=${newToken()}\n`).gitOk("add", ".");
    expectBlocked(r.commit());
  });
});

describe("install writes into this clone only", () => {
  it("a pre-commit hook that is a link (to a tracked team hook) is not written through", () => {
    const r = Repo.create();
    r.write("tools/hooks/pre-commit", "#!/bin/sh\necho team-hook\n");
    chmodSync(join(r.dir, "tools/hooks/pre-commit"), 0o755);
    r.gitOk("add", ".");
    r.commitNoVerify("team hook");
    symlinkSync(join(r.dir, "tools/hooks/pre-commit"), join(r.dir, ".git/hooks/pre-commit"));
    const install = r.cli(["install", "--hook-manager", "git"]);
    expect(install.code).toBe(2);
    expect(install.stderr).toMatch(
      /\.git\/hooks\/pre-commit is a link to tools\/hooks\/pre-commit; nothing was written/,
    );
    expect(r.gitOk("status", "--porcelain")).toBe("");
  });

  it("a global core.hooksPath (outside the repository) is refused, not edited for every repository", () => {
    const r = Repo.create();
    const shared = mkdtempSync(join(tmpdir(), "wtg-global-hooks-"));
    r.gitOk("config", "core.hooksPath", shared);
    const install = r.cli(["install", "--hook-manager", "git"]);
    expect(install.code).toBe(2);
    expect(install.stderr).toMatch(/core\.hooksPath is .*, outside this repository \(a global setting\?\)/);
    expect(existsSync(join(shared, "pre-commit"))).toBe(false);
    // Inside the repository (a committed .githooks folder) it is still written.
    r.gitOk("config", "core.hooksPath", ".githooks");
    expect(r.cli(["install", "--hook-manager", "git"]).code).toBe(0);
  });
});
