/**
 * The whole staged test set once more, under a git configuration that sets every option that
 * could reshape what the guard reads from git (test/helpers/repo.ts, hostileGitConfig): the same
 * commits must be blocked and passed, with the same files, lines and columns.
 */
import { describe, expect, it } from "vitest";

process.env.WTG_HOSTILE_GIT = "1";
const { Repo } = await import("../helpers/repo.js");

describe("the hostile git configuration", () => {
  it("is in force for every repository these tests create", () => {
    const repo = Repo.create();
    expect(repo.gitOk("config", "--get", "diff.submodule").trim()).toBe("log");
    expect(repo.gitOk("config", "--get", "core.bigFileThreshold").trim()).toBe("1k");
    expect(repo.gitOk("config", "--get", "log.showRoot").trim()).toBe("false");
    repo.remove();
  });
});

await import("../hook/pre-commit.test.js");
await import("../hook/fast-path.test.js");
await import("./staged-files.test.js");
