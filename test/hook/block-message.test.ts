/**
 * What a developer reads when a commit is blocked, and whether its commands work as printed:
 * every case is a real `git commit` through the hook `wa-token-guard install` wrote, and the
 * printed commands are run in a shell afterwards.
 */
import { chmodSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { CLI, cleanupHomes, PROJECT_ROOT, Repo, type Result, run } from "../helpers/repo.js";
import { accessToken, appSecret, appToken, leakedIn } from "../helpers/tokens.js";

afterAll(cleanupHomes);

const secrets: string[] = [];
function newToken(): string {
  const token = accessToken();
  secrets.push(token);
  return token;
}

function guardedRepo(): Repo {
  const repo = Repo.create();
  repo.write("README.md", "hello\n").gitOk("add", ".");
  repo.commitNoVerify("initial");
  const install = repo.cli(["install", "--hook-manager", "git"]);
  expect(install.code, install.all).toBe(0);
  return repo;
}

function blocked(result: Result): string {
  expect(result.code, result.all).toBe(1);
  expect(leakedIn(result.all, secrets)).toEqual([]);
  return result.all;
}

const count = (text: string, part: string) => text.split(part).length - 1;
/** The indented command lines of the message. */
const commands = (text: string) =>
  text
    .split("\n")
    .filter((line) => /^ {4,}\S/.test(line))
    .map((line) => line.trim());

describe("a blocked commit says one clear thing", () => {
  it("a token: one block, said once, with commands that work as printed", () => {
    const repo = guardedRepo();
    repo.write("src/bot.js", `const token = "${newToken()}";\n`).gitOk("add", ".");
    const message = blocked(repo.commit());
    expect(message).toContain("src/bot.js:1:16  meta-access-token");
    expect(message).toContain("wa-token-guard blocked this commit: 1 finding in 1 file.");
    expect(message).toContain("1 access token (src/bot.js:1, app 100000000000001):");
    expect(message).toContain("git add -- src/bot.js");
    expect(message).toContain("Not in git history yet. If ever committed, pushed or shared, revoke it:");
    expect(message).toContain(`node ${CLI} revoke`);
    expect(message).toContain("https://business.facebook.com/settings/system-users");
    expect(message).toContain("git commit --no-verify");
    // Said once: no second block from the hook, no advice that contradicts itself.
    for (const part of [
      `${CLI} revoke`,
      "revoke it",
      "wa-token-guard:allow",
      "--no-verify",
      "blocked this commit",
    ]) {
      expect(count(message, part), part).toBe(1);
    }
    expect(message).not.toMatch(/git restore|git rm|update-ignore|1 files|->/);
    // The printed way to run wa-token-guard works from a shell here.
    const cli = /^ +(\S.*) revoke {4}\(/m.exec(message)![1]!;
    expect(run("sh", ["-c", `${cli} --version`], repo.dir, repo.env).code).toBe(0);
    const revoke = run("sh", ["-c", `${cli} revoke --help`], repo.dir, repo.env);
    expect(revoke.code, revoke.all).toBe(0);
    expect(revoke.stdout).toContain("wa-token-guard revoke [options]");
    // Fixed as told: the commit goes through.
    repo.write("src/bot.js", "const token = process.env.WHATSAPP_TOKEN;\n");
    expect(
      run("sh", ["-c", commands(message).find((c) => c.startsWith("git add"))!], repo.dir, repo.env).code,
    ).toBe(0);
    expect(repo.commit().code).toBe(0);
  });

  it("an app secret names the app's settings page", () => {
    const repo = guardedRepo();
    repo.write("config.yaml", `facebook:\n  app_id: "100000000000001"\n  app_secret: "${appSecret()}"\n`);
    repo.gitOk("add", ".");
    const message = blocked(repo.commit());
    expect(message).toContain("1 app secret (config.yaml:3):");
    expect(message).toContain("App Dashboard > (the app) > App settings > Basic > App secret > Reset");
    // The secret alone does not say which app it is: the apps list, where the user picks it.
    expect(message).toMatch(/^ +https:\/\/developers\.facebook\.com\/apps\/$/m);
    expect(message).toContain("reset it:");
  });

  it("an app token (app id|app secret) gets the app secret's block: reset it on that app's page", () => {
    const repo = guardedRepo();
    const token = appToken();
    secrets.push(token);
    repo.write("deploy.sh", `curl "https://graph.facebook.com/me?access_token=${token}"\n`).gitOk("add", ".");
    const message = blocked(repo.commit());
    expect(message).toMatch(/deploy\.sh:1:\d+ {2}meta-app-token/);
    expect(message).toContain("1 app secret (deploy.sh:1, app 100000000000001):");
    expect(message).toContain("https://developers.facebook.com/apps/100000000000001/settings/basic/");
    expect(message).toContain("git add -- deploy.sh");
    expect(count(message, "blocked this commit")).toBe(1);
  });

  it("a false positive: the allow comment, added as the message says and staged, lets the commit through", () => {
    const repo = guardedRepo();
    repo.write("test/sample.txt", `sample=${newToken()}\n`).gitOk("add", ".");
    const message = blocked(repo.commit());
    expect(message).toContain(
      "A false positive? Add a comment holding wa-token-guard:allow to that line (test/sample.txt:1), and stage it.",
    );
    expect(message).not.toContain("update-ignore");
    const [line] = repo.gitOk("show", ":test/sample.txt").split("\n");
    repo.write("test/sample.txt", `${line}  # wa-token-guard:allow\n`);
    blocked(repo.commit()); // not staged yet: the hook reads the index
    repo.gitOk("add", "--", "test/sample.txt");
    expect(repo.commit().code).toBe(0);
    // Hidden from the hook, never unseen: the next full scan lists it, with the reason.
    const scan = repo.cli(["scan"]);
    expect(leakedIn(scan.all, secrets)).toEqual([]);
    expect(scan.stdout).toMatch(
      /test\/sample\.txt:1:8 {2}meta-access-token .*\(wa-token-guard:allow on the line\)/,
    );
  });

  it("a .env with a token: take it out of the index (never `git add` it), and ignore lines that keep the example", () => {
    const repo = guardedRepo();
    repo.write(".env", `WHATSAPP_TOKEN=${newToken()}\n`).write(".env.example", "WHATSAPP_TOKEN=\n");
    // A .gitignore whose last line has no newline: the printed lines must not glue onto it.
    repo.write(".gitignore", "node_modules").write(".env.sample", "WHATSAPP_TOKEN=\n");
    repo.gitOk("add", "-f", ".");
    const message = blocked(repo.commit());
    expect(message).toContain("wa-token-guard blocked this commit: 2 findings in 1 file.");
    expect(message).toContain("1 .env file (.env): keep it out of git, it holds secrets.");
    expect(message).toContain("git rm --cached -- .env");
    expect(message).not.toContain("git add");
    expect(count(message, "revoke it")).toBe(1);
    for (const command of commands(message).filter((c) => c.startsWith("git rm") || c.startsWith("printf"))) {
      expect(run("sh", ["-c", command], repo.dir, repo.env).code, command).toBe(0);
    }
    expect(
      repo.gitOk("check-ignore", "--no-index", ".env", ".env.local").split("\n").filter(Boolean),
    ).toEqual([".env", ".env.local"]);
    expect(repo.gitOk("check-ignore", "--no-index", "node_modules").trim()).toBe("node_modules");
    for (const template of [".env.example", ".env.sample", ".env.template", ".env.dist"]) {
      expect(repo.git("check-ignore", "--no-index", template).code, template).toBe(1); // not ignored
    }
    repo.gitOk("add", ".gitignore");
    expect(repo.commit().code).toBe(0);
  });

  it("several credentials: the allow hint names no single line, it points at the list", () => {
    const repo = guardedRepo();
    repo.write("a.txt", `one=${newToken()}\n`).write("b.txt", `two=${newToken()}\n`).gitOk("add", ".");
    const message = blocked(repo.commit());
    expect(message).toContain(
      "A false positive? Add a comment holding wa-token-guard:allow to each line listed above, and stage it.",
    );
    expect(message).not.toContain("that line");
  });

  it("a file named like an option gets `--` before it", () => {
    const repo = guardedRepo();
    repo.write("--force", `t=${newToken()}\n`).write(".env", "A=1\n").gitOk("add", "-f", "--", ".");
    const message = blocked(repo.commit());
    expect(message).toContain("git add -- --force");
    expect(message).toContain("git rm --cached -- .env");
    repo.write("--force", "t=\n");
    for (const command of commands(message).filter((c) => c.startsWith("git "))) {
      expect(run("sh", ["-c", command], repo.dir, repo.env).code, command).toBe(0);
    }
    expect(repo.commit().code).toBe(0);
  });

  it("two tokens in two files: plurals and one block", () => {
    const repo = guardedRepo();
    repo.write("a.txt", `t=${newToken()}\n`).write("b c.txt", `t=${newToken()}\n`).gitOk("add", ".");
    const message = blocked(repo.commit());
    expect(message).toContain("2 findings in 2 files.");
    expect(message).toContain("2 access tokens (a.txt:1, b c.txt:1, app 100000000000001):");
    expect(message).toContain("git add -- a.txt 'b c.txt'");
    expect(message).toContain("revoke them:");
    expect(count(message, "access token")).toBe(1);
  });
});

describe("escape hatches cannot hide a real token by accident", () => {
  it("--update-ignore in the hook: shows what, warns, needs --yes, and counts only once staged", () => {
    const repo = guardedRepo();
    const token = newToken();
    repo.write("fixture.txt", `t=${token}\n`).gitOk("add", ".");
    blocked(repo.commit());
    const refused = repo.cli(["scan", "--staged", "--update-ignore"]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(`fixture.txt:1:3  meta-access-token  ${token.slice(0, 4)}…`);
    expect(refused.stderr).toContain("must be revoked, not ignored");
    const added = repo.cli(["scan", "--staged", "--update-ignore", "--yes"]);
    expect(added.code, added.all).toBe(0);
    expect(added.stderr).toContain("Stage it for this commit: git add -- .wa-token-guard-ignore");
    expect(leakedIn(added.all, secrets)).toEqual([]);
    // Not staged yet: the hook reads the index, so the commit is still blocked.
    blocked(repo.commit());
    run("sh", ["-c", "git add -- .wa-token-guard-ignore"], repo.dir, repo.env);
    expect(repo.commit().code).toBe(0);
    // The next full scan says what is hidden, and why.
    const scan = repo.cli(["scan"]);
    expect(scan.code).toBe(0);
    expect(scan.stdout).toMatch(/fixture\.txt:1:3 {2}meta-access-token .*\(fingerprint in the ignore file\)/);
  });

  it("an unstaged configuration edit does not exempt a staged token; a staged one does", () => {
    const repo = guardedRepo();
    repo.write("fixtures/t.txt", `t=${newToken()}\n`).gitOk("add", ".");
    repo.write(".wa-token-guard.json", JSON.stringify({ ignorePaths: ["fixtures/**"] }));
    repo.write(".wa-token-guard-ignore", "# nothing\n");
    blocked(repo.commit());
    repo.gitOk("add", ".wa-token-guard.json");
    expect(repo.commit().code).toBe(0);
  });
});

describe("install for a hook in another language", () => {
  // Perl, not Python: Debian's perl-base is essential, so every Debian-like machine has it.
  it("prints the hook path alone; that line, run by the hook, blocks a real commit", () => {
    const repo = Repo.create();
    const hook = join(repo.dir, ".git", "hooks", "pre-commit");
    repo.write(".git/hooks/pre-commit", "#!/usr/bin/env perl\nuse strict;\n");
    chmodSync(hook, 0o755);
    const refused = repo.cli(["install"]);
    expect(refused.code).toBe(2);
    const line = /make it run this command, and fail when it fails: (.*)$/m.exec(refused.stderr)![1]!;
    expect(line).toBe(`"${join(PROJECT_ROOT, "hooks", "pre-commit")}"`);
    // Perl's system() with one string runs it through /bin/sh, as a hook manager's `run:` does.
    repo.write(
      ".git/hooks/pre-commit",
      `#!/usr/bin/env perl\nuse strict;\nsystem('${line.replaceAll("\\", "\\\\").replaceAll("'", "\\'")}');\nexit($? >> 8);\n`,
    );
    repo.write("bot.js", `const t = "${newToken()}";\n`).gitOk("add", ".");
    const message = blocked(repo.commit());
    expect(message).toContain("bot.js:1:12  meta-access-token");
    repo.write("bot.js", "const t = process.env.T;\n").gitOk("add", ".");
    expect(repo.commit().code).toBe(0);
  });
});

describe("install with lefthook or the pre-commit framework", () => {
  for (const [file, manager] of [
    ["lefthook.yml", "lefthook"],
    [".lefthook.yml", "lefthook"],
    ["lefthook-local.yml", "lefthook"],
    [".pre-commit-config.yaml", "pre-commit"],
  ] as const) {
    it(`${file}: prints the configuration instead of writing a hook`, () => {
      const repo = Repo.create().write(file, "# existing\n");
      const result = repo.cli(["install"]);
      expect(result.code, result.all).toBe(0);
      expect(result.stdout).toContain(`This project uses ${manager} (${file})`);
      expect(result.stdout).toContain(manager === "lefthook" ? "jobs:" : "id: wa-token-guard");
      expect(run("test", ["-e", ".git/hooks/pre-commit"], repo.dir, repo.env).code).toBe(1);
    });
  }

  it("lefthook in package.json counts too", () => {
    const repo = Repo.create().write(
      "package.json",
      JSON.stringify({ name: "bot", devDependencies: { lefthook: "2.2.1", husky: "9" } }),
    );
    const result = repo.cli(["install"]);
    expect(result.stdout).toContain("This project uses lefthook (package.json)");
    expect(result.stdout).toContain("Add this to lefthook.yml");
    expect(run("test", ["-e", ".git/hooks/pre-commit"], repo.dir, repo.env).code).toBe(1);
  });
});
