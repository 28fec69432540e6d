/**
 * `scan --history` under the hostile git configuration (log.showRoot = false hid everything the
 * root commit added; signatures, merge formats and renames reshape `git log`), and refs that
 * look like options.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

process.env.WTG_HOSTILE_GIT = "1";
const { cleanupHomes, Repo } = await import("../helpers/repo.js");
const { accessToken, leakedIn } = await import("../helpers/tokens.js");

afterAll(cleanupHomes);

describe("scan --history against hostile git settings", () => {
  it("finds what the root commit added, with log.showRoot = false", () => {
    const token = accessToken();
    const repo = Repo.create();
    repo.write("first.txt", `t=${token}\n`).gitOk("add", ".");
    repo.commitNoVerify("root");
    repo.write("second.txt", "clean\n").gitOk("add", ".");
    repo.commitNoVerify("second");
    const result = repo.cli(["scan", "--history", "--format", "json"]);
    expect(result.code, result.all).toBe(1);
    expect(JSON.parse(result.stdout).findings.map((f: { file: string }) => f.file)).toEqual(["first.txt"]);
    expect(leakedIn(result.all, [token])).toEqual([]);
  });

  it("a ref or --since that starts with '-' never reaches git as an option", () => {
    const repo = Repo.create();
    repo.write("a.txt", "a\n").gitOk("add", ".");
    repo.commitNoVerify("a");
    for (const args of [
      ["--history", "--", "--output=out.txt"],
      ["--history", "--since=--output=out.txt"],
    ]) {
      const result = repo.cli(["scan", ...args]);
      expect(result.code, result.all).toBe(2);
      expect(result.stderr).toMatch(/cannot start with "-"/);
      expect(result.stderr.trim().split("\n")).toHaveLength(1);
      expect(existsSync(join(repo.dir, "out.txt"))).toBe(false);
    }
  });
});

await import("../history/history.test.js");
