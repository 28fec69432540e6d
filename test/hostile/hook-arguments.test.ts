/**
 * What reaches the hook from outside that is not content: file names a hook manager passes as
 * arguments (the pre-commit framework passes the staged names), and names themselves. A file name
 * must never act as a flag or as git pathspec magic, and a token used as a file name must reach
 * the full scan (the shell fast path reads names too).
 */
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { cleanupHomes, PROJECT_ROOT, Repo, run } from "../helpers/repo.js";
import { accessToken } from "../helpers/tokens.js";

const HOOK = join(PROJECT_ROOT, "hooks", "pre-commit");

afterAll(cleanupHomes);

describe("hook arguments and names", () => {
  it("a staged file named like a flag or like pathspec magic is scanned as a file", () => {
    const repo = Repo.create();
    repo.write("README.md", "x\n").gitOk("add", ".");
    repo.commitNoVerify("base");
    const token = accessToken();
    for (const name of ["--help", "--update-ignore", ":(exclude)*", "-h"]) {
      repo.write(name, `t=${token}\n`).gitOk("add", "--", `:(literal)${name}`);
      const result = run(HOOK, [name], repo.dir, repo.env);
      expect(result.code, name).toBe(1);
      expect(result.stdout + result.stderr).not.toContain(token);
      repo.gitOk("rm", "-q", "--cached", "--", `:(literal)${name}`);
    }
    // Nothing was written on the token's behalf (a name like --update-ignore is not a flag).
    expect(repo.gitOk("status", "--porcelain", "--", ".wa-token-guard-ignore")).toBe("");
  });

  it("a token used as a file name is not let through by the fast path", () => {
    const repo = Repo.create();
    repo.write("README.md", "x\n").gitOk("add", ".");
    repo.commitNoVerify("base");
    const token = accessToken();
    repo.write(`cache/${token}.json`, "{}\n").gitOk("add", "cache");
    const result = run(HOOK, [], repo.dir, repo.env);
    expect(result.code).toBe(1);
    expect(result.stdout + result.stderr).not.toContain(token);
  });
});
