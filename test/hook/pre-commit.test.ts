/**
 * The pre-commit guard as developers meet it: the hook installed the way a user installs it, and
 * real `git commit`s that must be blocked or must pass.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { cleanupHomes, hookTest, huskyProject, NODE, PROJECT_ROOT, Repo, run } from "../helpers/repo.js";

afterAll(cleanupHomes);

let repo: Repo;
const { newToken, guardedRepo, expectBlocked, expectPassed } = hookTest();

describe("pre-commit hook (plain git hook)", () => {
  beforeEach(() => {
    repo = guardedRepo();
  });

  it("blocks a token that is staged but already removed from the working tree", () => {
    const token = newToken();
    repo.write("config.ts", `export const token = "${token}";\n`).gitOk("add", "config.ts");
    repo.write("config.ts", "export const token = process.env.WHATSAPP_TOKEN;\n");
    expectBlocked(repo.commit(), /config\.ts:1:23 {2}meta-access-token/, /git add -- config\.ts/, /Revoke/);
  });

  it("passes a token that is only in the working tree", () => {
    repo.write("config.ts", "export const token = process.env.WHATSAPP_TOKEN;\n").gitOk("add", "config.ts");
    repo.write("config.ts", `export const token = "${newToken()}";\n`);
    expectPassed(repo.commit());
  });

  it("blocks a force-added .env, with the fix in the message", () => {
    repo.write(".gitignore", ".env\n").write(".env", "PORT=3000\n").gitOk("add", "-f", ".env", ".gitignore");
    expectBlocked(repo.commit(), /\.env {2}dotenv-file/, /git rm --cached -- \.env/);
  });

  it("passes the deletion of a tracked .env (the fix)", () => {
    repo.write(".env", "PORT=3000\n").gitOk("add", ".env");
    repo.commitNoVerify("oops");
    repo.gitOk("rm", "-q", "--cached", ".env");
    expectPassed(repo.commit());
  });

  it("allows .env.example and friends, but still scans their content", () => {
    repo.write(".env.example", "WHATSAPP_TOKEN=\n").gitOk("add", ".env.example");
    expectPassed(repo.commit());
    repo.write(".env.example", `WHATSAPP_TOKEN=${newToken()}\n`).gitOk("add", ".env.example");
    expectBlocked(repo.commit(), /\.env\.example:1:16 {2}meta-access-token/);
  });

  it("does not re-report a token already in HEAD, but does with --all-lines", () => {
    const token = newToken();
    repo.write("legacy.txt", `t=${token}\n`).gitOk("add", "legacy.txt");
    repo.commitNoVerify("legacy");
    repo.write("legacy.txt", `t=${token}\nmore\n`).gitOk("add", "legacy.txt");
    expectPassed(repo.commit());
    repo.write("legacy.txt", `t=${token}\nmore\nand more\n`).gitOk("add", "legacy.txt");
    const all = repo.cli(["scan", "--staged", "--all-lines"]);
    expect(all.code).toBe(1);
    expect(all.stdout).toContain("legacy.txt:1:3");
  });

  it("treats an edited line that still holds a token as added", () => {
    const token = newToken();
    repo.write("a.env.json", `{"t": "${token}"}\n`).gitOk("add", ".");
    repo.commitNoVerify("had it");
    repo.write("a.env.json", `{"token": "${token}"}\n`).gitOk("add", ".");
    expectBlocked(repo.commit(), /a\.env\.json:1:12/);
  });

  it("reports a renamed file with a new token at its new path", () => {
    const body = Array.from({ length: 40 }, (_, i) => `line ${i + 1}\n`).join("");
    repo.write("old name.txt", body).gitOk("add", ".");
    repo.commitNoVerify("file");
    repo.gitOk("mv", "old name.txt", "new-name.txt");
    repo.write("new-name.txt", `${body}token=${newToken()}\n`).gitOk("add", ".");
    expect(repo.gitOk("diff", "--cached", "--name-status", "-M")).toMatch(/^R/);
    expectBlocked(repo.commit(), /new-name\.txt:41:7 {2}meta-access-token/);
  });

  it("passes a pure rename of a file whose token was already committed", () => {
    repo.write("a.txt", `x\ny\nz\nt=${newToken()}\n`).gitOk("add", ".");
    repo.commitNoVerify("a");
    repo.gitOk("mv", "a.txt", "b.txt");
    expectPassed(repo.commit());
  });

  it("handles odd file names: spaces, quotes, non-ASCII, newlines", () => {
    const names = ["with space.txt", `quote"s.txt`, "naïve-ü.txt", "new\nline.txt"];
    for (const name of names) repo.write(name, `t=${newToken()}\n`);
    repo.gitOk("add", ".");
    const result = repo.commit();
    expectBlocked(result);
    const report = JSON.parse(repo.cli(["scan", "--staged", "--format", "json"]).stdout);
    expect(report.findings.map((f: { file: string }) => f.file).sort()).toEqual([...names].sort());
  });

  it("reports both paths of two staged files with the same content (one blob)", () => {
    const same = `t=${newToken()}\n`;
    repo.write("copy-a.txt", same).write("copy-b.txt", same).gitOk("add", ".");
    repo.write("copy-b.txt", "changed after staging\n"); // one read from disk, one from git
    expectBlocked(repo.commit(), /copy-a\.txt:1:3/, /copy-b\.txt:1:3/);
  });

  it("handles CRLF and non-UTF-8 content", () => {
    repo.write("win.ini", `[a]\r\ntoken=${newToken()}\r\n`);
    repo.write(
      "latin1.txt",
      Buffer.concat([Buffer.from([0xe9, 0xe8, 0x0a]), Buffer.from(`t=${newToken()}\n`)]),
    );
    repo.gitOk("add", ".");
    expectBlocked(repo.commit(), /win\.ini:2:7/, /latin1\.txt:2:3/);
  });

  it("skips binary content, but blocks a binary named .env", () => {
    const binary = Buffer.concat([Buffer.from([0, 1, 2, 0]), Buffer.from(`t=${newToken()}`)]);
    repo.write("blob.bin", binary).gitOk("add", "blob.bin");
    expectPassed(repo.commit());
    repo.write("sub/.env.production", binary).gitOk("add", "-f", "sub/.env.production");
    expectBlocked(repo.commit(), /sub\/\.env\.production {2}dotenv-file/);
  });

  it("checks the first commit of a repository (no HEAD)", () => {
    const fresh = Repo.create();
    expect(fresh.cli(["install"]).code).toBe(0);
    fresh.write("app.js", `const t = "${newToken()}";\n`).gitOk("add", ".");
    expectBlocked(fresh.commit());
    fresh.write("app.js", "const t = process.env.T;\n").gitOk("add", ".");
    expectPassed(fresh.commit());
  });

  it("checks `git commit -a` and `git commit <path>` (a temporary index)", () => {
    repo.write("tracked.txt", "a\n").gitOk("add", ".");
    repo.commitNoVerify("tracked");
    repo.write("tracked.txt", `a\nt=${newToken()}\n`);
    expectBlocked(repo.commit("all", "-a"), /tracked\.txt:2:3/);
    expectBlocked(repo.git("commit", "-q", "-m", "path", "tracked.txt"), /tracked\.txt:2:3/);
  });

  it("works from a subdirectory, with paths shown from there", () => {
    repo.write("deep/er/file.txt", `t=${newToken()}\n`).gitOk("add", ".");
    const result = repo.cli(["scan", "--staged"], join(repo.dir, "deep"));
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("er/file.txt:1:3");
    const commit = run("git", ["commit", "-q", "-m", "x"], join(repo.dir, "deep"), repo.env);
    expectBlocked(commit, /deep\/er\/file\.txt:1:3/);
  });

  it("works in a linked worktree (.git is a file)", () => {
    repo.gitOk(
      "worktree",
      "add",
      "-q",
      "-b",
      "feature",
      join(repo.dir, "..", `${join(repo.dir).split("/").pop()}-wt`),
    );
    const worktree = new Repo(join(repo.dir, "..", `${repo.dir.split("/").pop()}-wt`), repo.env);
    worktree.write("w.txt", `t=${newToken()}\n`).gitOk("add", ".");
    expectBlocked(worktree.commit(), /w\.txt:1:3/);
    rmSync(worktree.dir, { recursive: true, force: true });
  });

  it("merges: what the other branch already committed passes; a token added in the merge is blocked", () => {
    repo.gitOk("checkout", "-q", "-b", "other");
    repo
      .write("other.txt", `from other: ${newToken()}\n`)
      .write("shared.txt", "other side\n")
      .gitOk("add", ".");
    repo.commitNoVerify("other adds a token (bypassed)");
    repo.gitOk("checkout", "-q", "main");
    repo.write("shared.txt", "main side\n").gitOk("add", ".");
    repo.commitNoVerify("main");
    // Conflicting merge: resolving it with a new token must be blocked.
    expect(repo.git("merge", "-q", "--no-edit", "other").code).not.toBe(0);
    repo.write("shared.txt", `resolved ${newToken()}\n`).gitOk("add", ".");
    expectBlocked(repo.commit("merge"), /shared\.txt:1:10/);
    const findings = JSON.parse(repo.cli(["scan", "--staged", "--format", "json"]).stdout).findings;
    expect(findings.map((f: { file: string }) => f.file)).toEqual(["shared.txt"]);
    repo.write("shared.txt", "resolved cleanly\n").gitOk("add", ".");
    expectPassed(repo.commit("merge"));
  });

  it("submodules do not break it", () => {
    const sub = Repo.create(repo.env);
    sub.write("x.txt", "x\n").gitOk("add", ".");
    sub.commitNoVerify("sub");
    repo.gitOk("-c", "protocol.file.allow=always", "submodule", "add", "-q", sub.dir, "vendor/sub");
    expectPassed(repo.commit("add submodule"));
  });

  it("a file over 100 MB is scanned", () => {
    const line = `${"z".repeat(1023)}\n`;
    const big = Buffer.alloc(101 * 1024 * 1024, line);
    writeFileSync(join(repo.dir, "huge.log"), big);
    writeFileSync(join(repo.dir, "huge.log"), `\nt=${newToken()}\n`, { flag: "a" });
    repo.gitOk("add", "huge.log");
    expectBlocked(repo.commit(), /huge\.log:103426:3/);
  });

  it("nothing staged: exit 0 and silent", () => {
    const result = repo.cli(["scan", "--staged"]);
    expect(result).toMatchObject({ code: 0, stdout: "", stderr: "" });
  });

  it("can be bypassed on purpose: --no-verify, WA_TOKEN_GUARD=0, the allow comment", () => {
    repo.write("a.txt", `t=${newToken()}\n`).gitOk("add", ".");
    expectPassed(repo.git("commit", "-q", "--no-verify", "-m", "on purpose"));
    repo.write("b.txt", `t=${newToken()}\n`).gitOk("add", ".");
    expectPassed(run("git", ["commit", "-q", "-m", "skip"], repo.dir, { ...repo.env, WA_TOKEN_GUARD: "0" }));
    repo.write("c.txt", `t=${newToken()} # wa-token-guard:allow\n`).gitOk("add", ".");
    expectPassed(repo.commit());
  });

  it("a scanner failure blocks the commit (exit 2), never passes silently", () => {
    // "secret" and 16 hex on one line is a hint, so the hook's fast path hands over to the full
    // scan, which fails. The hook reads the staged configuration (an unstaged edit does not count).
    repo
      .write("a.txt", `no secret here: ${"0123456789abcdef"}\n`)
      .write(".wa-token-guard.json", "{broken")
      .gitOk("add", ".");
    const result = repo.commit();
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/wa-token-guard: config .* is not valid JSON/);
    const noNode = run("git", ["commit", "-q", "-m", "x"], repo.dir, {
      ...repo.env,
      PATH: "/usr/local/nonexistent:/bin",
    });
    // git itself lives in /usr/bin here; if it cannot be found the commit fails anyway.
    expect(noNode.code).not.toBe(0);
  });

  it("install is idempotent and never clobbers an existing hook", () => {
    expect(repo.cli(["install"]).stdout).toContain("already runs wa-token-guard");
    const other = Repo.create();
    other.write(".git/hooks/pre-commit", "#!/bin/sh\necho existing-hook-ran\n");
    run("chmod", ["+x", ".git/hooks/pre-commit"], other.dir, other.env);
    expect(other.cli(["install"]).stdout).toContain("Added wa-token-guard to the existing hook");
    other.write("ok.txt", "fine\n").gitOk("add", ".");
    expect(other.commit().all).toContain("existing-hook-ran");
    other.write("bad.txt", `t=${newToken()}\n`).gitOk("add", ".");
    expectBlocked(other.commit());
    const python = Repo.create();
    python.write(".git/hooks/pre-commit", "#!/usr/bin/env python3\nprint('hi')\n");
    const refused = python.cli(["install"]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/not a shell script; make it run this command/);
  });

  it("install honours core.hooksPath", () => {
    const custom = Repo.create();
    custom.gitOk("config", "core.hooksPath", ".githooks");
    expect(custom.cli(["install"]).stdout).toContain(".githooks/pre-commit");
    custom.write("x.txt", `t=${newToken()}\n`).gitOk("add", "x.txt");
    expectBlocked(custom.commit());
  });
});

describe("pre-commit hook through husky", () => {
  it("install adds the hook line and prepare script; husky runs it on commit; HUSKY=0 skips", () => {
    const r = huskyProject();
    const install = r.cli(["install"]);
    expect(install.code, install.all).toBe(0);
    expect(install.stdout).toContain("Created .husky/pre-commit");
    expect(install.stdout).toContain("Activated husky");
    expect(r.cli(["install"]).stdout).toContain(".husky/pre-commit already runs wa-token-guard");
    const pkg = JSON.parse(run("cat", ["package.json"], r.dir, r.env).stdout);
    expect(pkg.scripts.prepare).toBe("husky");
    expect(r.gitOk("config", "core.hooksPath").trim()).toBe(".husky/_");

    r.write("bot.js", `const token = "${newToken()}";\n`).gitOk("add", ".");
    expectBlocked(r.commit(), /bot\.js:1:16/);
    expectPassed(run("git", ["commit", "-q", "-m", "skip"], r.dir, { ...r.env, HUSKY: "0" }));
  });
});

describe("which node the hook runs", () => {
  it("prefers a node that meets the package's engines; with only an older one, says so in one line and still scans", () => {
    const r = guardedRepo();
    r.write("a.txt", `t=${newToken()}\n`).gitOk("add", ".");
    // An old node first on PATH (a stand-in that reports v18.20.0 and runs the real one).
    const bin = mkdtempSync(join(tmpdir(), "wtg-old-node-"));
    writeFileSync(
      join(bin, "node"),
      `#!/bin/sh\n[ "$1" = --version ] && { echo v18.20.0; exit 0; }\nexec "${NODE}" "$@"\n`,
      { mode: 0o755 },
    );
    const env = { ...r.env, PATH: `${bin}:${r.env.PATH}` };
    const preferred = run("git", ["commit", "-q", "-m", "x"], r.dir, env);
    expectBlocked(preferred, /a\.txt:1:3/);
    expect(preferred.stderr).not.toMatch(/only Node/);

    const withoutNode = pathWithoutNode(r.env.PATH ?? "");
    const good = mkdtempSync(join(tmpdir(), "wtg-good-node-"));
    symlinkSync(NODE, join(good, "node"));

    // The package alone, with no node of its own next to it, installed as the repository's hook
    // by its own CLI: in a real commit, the old node is all there is.
    const pkg = mkdtempSync(join(tmpdir(), "wtg-pkg-"));
    for (const part of ["package.json", "hooks", "dist/cli"]) {
      cpSync(join(PROJECT_ROOT, part), join(pkg, part), { recursive: true });
    }
    const oldOnly = { ...r.env, PATH: `${bin}:${withoutNode}` };
    const alone = Repo.create(oldOnly);
    alone.write("README.md", "hello\n").gitOk("add", ".");
    alone.commitNoVerify("initial");
    const install = run(
      NODE,
      [join(pkg, "dist", "cli", "index.js"), "install", "--hook-manager", "git"],
      alone.dir,
      oldOnly,
    );
    expect(install.code, install.all).toBe(0);
    alone.write("a.txt", `t=${newToken()}\n`).gitOk("add", ".");
    // Every node on PATH is asked, not only the first: the old one first, then a directory
    // without one, then one whose node meets the engines.
    const several = run("git", ["commit", "-q", "-m", "x"], alone.dir, {
      ...oldOnly,
      PATH: `${bin}:${withoutNode}:${good}`,
    });
    expectBlocked(several, /a\.txt:1:3/);
    expect(several.stderr).not.toMatch(/only Node/);
    const only = alone.commit();
    expectBlocked(only, /a\.txt:1:3/);
    const notes = only.stderr.split("\n").filter((line) => line.includes("only Node"));
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatch(
      /^wa-token-guard: only Node v18\.20\.0 found \(.*\); this package wants Node >= [\d.]+\. The scan still runs/,
    );
    alone.remove();
    rmSync(pkg, { recursive: true, force: true });
    rmSync(bin, { recursive: true, force: true });
    rmSync(good, { recursive: true, force: true });
  });
});

describe("a node that never answers", () => {
  it("is given up on after a few seconds: the next node on PATH runs the scan", { timeout: 60_000 }, () => {
    const r = guardedRepo();
    r.write("a.txt", `t=${newToken()}\n`).gitOk("add", ".");
    const bin = mkdtempSync(join(tmpdir(), "wtg-hung-node-"));
    // It leaves a child behind that holds whatever it was given as output.
    writeFileSync(join(bin, "node"), "#!/bin/sh\nsleep 100 &\nsleep 100\n", { mode: 0o755 });
    const result = run("git", ["commit", "-q", "-m", "x"], r.dir, { ...r.env, PATH: `${bin}:${r.env.PATH}` });
    expectBlocked(result, /a\.txt:1:3/);
    rmSync(bin, { recursive: true, force: true });
  });
});

/**
 * `path` with no `node` in it: each directory that holds one is replaced by a copy made of links
 * to everything else in it (git, sh and the tools the hook uses stay where they were).
 */
function pathWithoutNode(path: string): string {
  return path
    .split(":")
    .filter((dir) => dir !== "")
    .map((dir) => {
      if (!existsSync(join(dir, "node"))) return dir;
      const shadow = mkdtempSync(join(tmpdir(), "wtg-no-node-"));
      for (const name of readdirSync(dir))
        if (name !== "node") symlinkSync(join(dir, name), join(shadow, name));
      return shadow;
    })
    .join(":");
}
