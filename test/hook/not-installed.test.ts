/**
 * A hook whose package is not installed in the checkout (a fresh clone before `npm ci`, a second
 * worktree, node_modules removed) says in one line what happened and what to do, and blocks the
 * commit: for husky, the plain git hook and lefthook, each installed the way users install it.
 */
import { cpSync, mkdirSync, rmSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { cleanupHomes, hookTest, NODE, PROJECT_ROOT, Repo, run } from "../helpers/repo.js";

afterAll(cleanupHomes);

const { newToken, expectBlocked } = hookTest();
const MESSAGE =
  "wa-token-guard: wa-token-guard is not installed in this checkout: run `npm ci`; or commit with --no-verify";

/** What `npm install -D wa-token-guard` leaves in node_modules (a real copy, as npm makes). */
function installPackage(dir: string): void {
  const pkg = join(dir, "node_modules", "wa-token-guard");
  for (const part of ["package.json", "hooks", "dist/cli"]) {
    cpSync(join(PROJECT_ROOT, part), join(pkg, part), { recursive: true });
  }
  mkdirSync(join(dir, "node_modules", ".bin"), { recursive: true });
  symlinkSync("../wa-token-guard/dist/cli/index.js", join(dir, "node_modules", ".bin", "wa-token-guard"));
  symlinkSync(
    "../wa-token-guard/hooks/pre-commit",
    join(dir, "node_modules", ".bin", "wa-token-guard-pre-commit"),
  );
}

function project(): Repo {
  const r = Repo.create();
  r.write(".gitignore", "node_modules\n").write("README.md", "hello\n").gitOk("add", ".");
  r.commitNoVerify("initial");
  installPackage(r.dir);
  return r;
}

const installed = (r: Repo, ...args: string[]) =>
  run(
    NODE,
    [join(r.dir, "node_modules", "wa-token-guard", "dist", "cli", "index.js"), ...args],
    r.dir,
    r.env,
  );

function expectNotInstalled(result: ReturnType<Repo["commit"]>) {
  expect(result.code, result.all).not.toBe(0);
  expect(result.stderr.split("\n").filter((line) => line.includes("not installed"))).toEqual([MESSAGE]);
}

describe("a hook without its package", () => {
  it("plain git hook: blocks with the package; says what to do without it, also in a second worktree", () => {
    const r = project();
    const install = installed(r, "install", "--hook-manager", "git");
    expect(install.code, install.all).toBe(0);
    expect(install.stdout).toMatch(/local to this clone .*npx wa-token-guard install/);
    r.write("a.txt", `t=${newToken()}\n`).gitOk("add", ".");
    expectBlocked(r.commit(), /a\.txt:1:3/);

    const second = new Repo(`${r.dir}-second`, r.env);
    r.gitOk("worktree", "add", "-q", "-b", "second", second.dir);
    second.write("b.txt", "fine\n").gitOk("add", ".");
    expectNotInstalled(second.commit());
    rmSync(second.dir, { recursive: true, force: true });

    rmSync(join(r.dir, "node_modules"), { recursive: true, force: true });
    expectNotInstalled(r.commit());
  });

  it("husky: a clone whose node_modules is gone", () => {
    const r = project();
    r.write(
      "package.json",
      `${JSON.stringify({ name: "bot", private: true, devDependencies: { husky: "^9" } }, null, 2)}\n`,
    );
    symlinkSync(join(PROJECT_ROOT, "node_modules", "husky"), join(r.dir, "node_modules", "husky"));
    symlinkSync("../husky/bin.js", join(r.dir, "node_modules", ".bin", "husky"));
    const install = installed(r, "install");
    expect(install.code, install.all).toBe(0);
    expect(install.stdout).toContain("Activated husky");
    r.write("a.txt", `t=${newToken()}\n`).gitOk("add", ".");
    expectBlocked(r.commit(), /a\.txt:1:3/);
    rmSync(join(r.dir, "node_modules"), { recursive: true, force: true });
    expectNotInstalled(r.commit());
  });

  it("lefthook: the printed configuration, installed by lefthook itself", () => {
    const r = project();
    const printed = installed(r, "install", "--hook-manager", "lefthook");
    expect(printed.code, printed.all).toBe(0);
    r.write("lefthook.yml", printed.stdout.slice(printed.stdout.indexOf("\n\n") + 2));
    const lefthook = join(PROJECT_ROOT, "node_modules", ".bin", "lefthook");
    const setup = run(lefthook, ["install"], r.dir, r.env);
    expect(setup.code, setup.all).toBe(0);
    r.write("a.txt", `t=${newToken()}\n`).gitOk("add", ".");
    const env = { ...r.env, PATH: `${join(PROJECT_ROOT, "node_modules", ".bin")}:${r.env.PATH}` };
    expectBlocked(run("git", ["commit", "-q", "-m", "x"], r.dir, env), /a\.txt:1:3/);
    rmSync(join(r.dir, "node_modules", "wa-token-guard"), { recursive: true, force: true });
    expectNotInstalled(run("git", ["commit", "-q", "-m", "x"], r.dir, env));
  });
});
