/**
 * hooks/pre-commit skips starting node when git says nothing in the change could match. That is
 * only safe while its hint pattern is a superset of what the engine finds: checked here.
 */
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { detect } from "../../src/detect/engine.js";
import { hookWouldScan } from "../helpers/hook-hints.js";
import { deeplyEncodedPositives, POSITIVES } from "../helpers/positives.js";
import { cleanupHomes, PROJECT_ROOT, Repo, run } from "../helpers/repo.js";
import { accessToken, appSecret, appToken } from "../helpers/tokens.js";

afterAll(cleanupHomes);

const HOOK = join(PROJECT_ROOT, "hooks", "pre-commit");

describe("hook fast path", () => {
  it("its hint pattern matches every line the engine reports", () => {
    for (const c of [...POSITIVES, ...deeplyEncodedPositives()]) {
      for (const found of detect(c.text)) {
        const line = c.text.split("\n")[found.line - 1]!;
        expect(hookWouldScan(line), c.name).toBe(true);
      }
    }
    for (let i = 0; i < 200; i++) {
      for (const secret of [
        accessToken(),
        appToken(),
        `APP_SECRET=${appSecret()}`,
        `app-Secret: ${appSecret()}`,
      ]) {
        const found = detect(secret);
        expect(found.length).toBe(1);
        expect(hookWouldScan(secret)).toBe(true);
      }
    }
  });

  it("is taken for a clean commit (node never starts), and skipped on any hint", () => {
    const repo = Repo.create();
    repo.write("README.md", "x\n").gitOk("add", ".");
    repo.commitNoVerify("base");
    // A broken config only surfaces when the full scan runs: a visible sign of which path ran.
    // (Staged: the scan reads the configuration from the index.)
    repo
      .write(".wa-token-guard.json", "{broken")
      .write("notes.txt", "plain words\n")
      .gitOk("add", "notes.txt", ".wa-token-guard.json");
    const clean = run(HOOK, [], repo.dir, repo.env);
    expect(clean).toMatchObject({ code: 0, stdout: "", stderr: "" });
    // Ordinary code that names a secret, with no value that could be one on its line.
    repo
      .write("config.ts", "const clientSecret = process.env.CLIENT_SECRET; // SECRET_KEY too\n")
      .gitOk("add", "config.ts");
    expect(run(HOOK, [], repo.dir, repo.env)).toMatchObject({ code: 0, stdout: "", stderr: "" });
    repo.gitOk("rm", "-q", "--cached", "config.ts");
    const hex16 = "0123456789abcdef";

    for (const [name, content] of [
      ["hint.txt", `the word Secret, then ${hex16}\n`],
      ["hint64.txt", `SECRET: ${Buffer.from(hex16 + hex16).toString("base64")}\n`],
      ["digits.txt", "123456789012345|abcdefghijklmnopqrstuvwxyz0\n"],
      ["eaa.txt", "EAAtooShortToBeOne\n"],
    ] as const) {
      repo.write(name, content).gitOk("add", name);
      expect(run(HOOK, [], repo.dir, repo.env).stderr, name).toMatch(/config .* is not valid JSON/);
      repo.gitOk("rm", "-q", "--cached", name);
    }
    repo.write("sub/.env.local", "A=1\n").gitOk("add", "-f", "sub/.env.local");
    expect(run(HOOK, [], repo.dir, repo.env).stderr).toMatch(/not valid JSON/);
    repo.gitOk("rm", "-q", "--cached", "sub/.env.local");

    expect(run(HOOK, [], repo.dir, { ...repo.env, WA_TOKEN_GUARD_FULL_SCAN: "1" }).stderr).toMatch(
      /not valid JSON/,
    );
    expect(run(HOOK, ["notes.txt"], repo.dir, repo.env).stderr).toMatch(/not valid JSON/);
    repo.write("big.txt", "y".repeat(1_100_000)).gitOk("add", "big.txt");
    expect(run(HOOK, [], repo.dir, repo.env).stderr).toMatch(/not valid JSON/);
    repo.gitOk("rm", "-q", "--cached", "big.txt");
    // A large binary does not count: git's -G skips it, and so does the scanner.
    repo
      .write("model.bin", Buffer.concat([Buffer.from([0]), Buffer.alloc(2_000_000, 7)]))
      .gitOk("add", "model.bin");
    expect(run(HOOK, [], repo.dir, repo.env)).toMatchObject({ code: 0, stderr: "" });
    // But a large binary with a hint-free name next to a small hinted text file still goes to the scan.
    repo.write("hint.txt", `a secret ${hex16}\n`).gitOk("add", "hint.txt");
    expect(run(HOOK, [], repo.dir, repo.env).stderr).toMatch(/not valid JSON/);
  });
});
