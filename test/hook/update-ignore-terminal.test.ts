/**
 * `scan --staged --update-ignore` at a terminal: the question is asked on a real pseudo-terminal
 * (util-linux `script`, in Debian's essential bsdutils, so on every Debian-like machine; python3 is
 * not), answered as a person answers it, after the prompt shows. The commit before and after is a
 * real `git commit` through the hook `wa-token-guard install` wrote.
 */
import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { shellQuote } from "../../src/report/words.js";
import { CLI, cleanupHomes, hookTest, NODE, type Repo, type Result } from "../helpers/repo.js";

afterAll(cleanupHomes);

const { newToken, guardedRepo, expectBlocked, expectPassed } = hookTest();
const SCRIPT = "/usr/bin/script";
const PROMPT = "Add them? [y/N] ";
const IGNORE_FILE = ".wa-token-guard-ignore";

/**
 * Runs the CLI under a pseudo-terminal, as `script -qec '<cmd>' /dev/null` runs it; once the
 * prompt shows, types `keys`. Returns what the terminal showed (line ends as "\n").
 */
function atTerminal(repo: Repo, args: readonly string[], keys: string): Promise<Result & { asked: boolean }> {
  const command = [NODE, CLI, ...args].map(shellQuote).join(" ");
  return new Promise((resolve, reject) => {
    const child = spawn(SCRIPT, ["-qec", command, "/dev/null"], { cwd: repo.dir, env: repo.env });
    // A prompt that never shows must fail the test, not hang it.
    const timer = setTimeout(() => child.kill("SIGKILL"), 30_000);
    let shown = "";
    let asked = false;
    child.stdout.on("data", (chunk: Buffer) => {
      shown += chunk.toString("utf8");
      if (!asked && shown.includes(PROMPT)) {
        asked = true;
        child.stdin.end(keys);
      }
    });
    child.stderr.on("data", (chunk: Buffer) => {
      shown += chunk.toString("utf8");
    });
    child.on("error", reject);
    child.on("close", (code) => {
      clearTimeout(timer);
      const all = shown.replaceAll("\r\n", "\n");
      resolve({ code: code ?? -1, stdout: all, stderr: "", all, asked });
    });
  });
}

/** A repository whose commit the hook blocks: one staged token. */
function blockedCommit(token: string): Repo {
  const repo = guardedRepo();
  repo.write("fixture.txt", `t=${token}\n`).gitOk("add", ".");
  expectBlocked(repo.commit(), /fixture\.txt:1:3/);
  return repo;
}

/** Checked before anything prints the output: the token never appears in full. */
function expectShownRedacted(result: Result & { asked: boolean }, token: string) {
  expect(result.all.includes(token)).toBe(false);
  expect(result.asked, result.all).toBe(true);
  expect(result.all).toContain(
    `fixture.txt:1:3  meta-access-token  ${token.slice(0, 4)}…${token.slice(-2)} (190 chars)`,
  );
  expect(result.all).toContain("A real credential must be revoked, not ignored");
  expect(result.all).toContain("prefer a wa-token-guard:allow comment on the line");
}

describe.skipIf(!existsSync(SCRIPT))("--update-ignore at a terminal", () => {
  it("yes: shows the finding redacted, writes the entry, and the staged entry lets the commit through", async () => {
    const token = newToken();
    const repo = blockedCommit(token);
    const result = await atTerminal(repo, ["scan", "--staged", "--update-ignore"], "y\r");
    expectShownRedacted(result, token);
    expect(result.code, result.all).toBe(0);
    expect(result.all).toContain(`Added 1 fingerprint to ${IGNORE_FILE}.`);
    expect(result.all).toContain(`Stage it for this commit: git add -- ${IGNORE_FILE}`);
    expect(readFileSync(join(repo.dir, IGNORE_FILE), "utf8")).toMatch(
      /^[0-9a-f]{32} # meta-access-token fixture\.txt:1\n$/,
    );
    // Not staged yet: the hook reads the index, so the commit is still blocked until it is.
    expectBlocked(repo.commit(), /fixture\.txt:1:3/);
    repo.gitOk("add", "--", IGNORE_FILE);
    expectPassed(repo.commit());
  });

  for (const [answer, keys] of [
    ["no", "n\r"],
    ["Enter alone (the default)", "\r"],
    ["Ctrl+D (end of input)", "\u0004"],
    ["Ctrl+C", "\u0003"],
  ] as const) {
    it(`${answer}: writes nothing, exit 0, and the commit stays blocked`, async () => {
      const token = newToken();
      const repo = blockedCommit(token);
      const result = await atTerminal(repo, ["scan", "--staged", "--update-ignore"], keys);
      expectShownRedacted(result, token);
      expect(result.code, result.all).toBe(0);
      expect(result.all).toContain("Nothing was written.");
      expect(result.all).not.toMatch(/internal error|Added \d/);
      expect(existsSync(join(repo.dir, IGNORE_FILE))).toBe(false);
      expectBlocked(repo.commit(), /fixture\.txt:1:3/);
    });
  }
});
