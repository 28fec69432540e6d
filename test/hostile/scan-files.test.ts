/**
 * `scan` over working trees with hostile files: names that are not UTF-8, folders that cannot be
 * read, untracked nested clones. A file that is not scanned is never dropped silently: it is
 * named on stderr with the reason, and when it was named or tracked the scan exits 2.
 */
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { cleanupHomes, Repo, run } from "../helpers/repo.js";
import { accessToken, leakedIn } from "../helpers/tokens.js";

afterAll(cleanupHomes);

const secrets: string[] = [];
function newToken(): string {
  const token = accessToken();
  secrets.push(token);
  return token;
}

/** A file whose name ends in the bytes `caf\xe9.txt` (Latin-1, not UTF-8). */
function writeLatin1Name(dir: string, content: string): void {
  writeFileSync(
    Buffer.concat([Buffer.from(`${dir}/caf`), Buffer.from([0xe9]), Buffer.from(".txt")]),
    content,
  );
}

function files(result: { stdout: string }): string[] {
  return JSON.parse(result.stdout).findings.map((f: { file: string; line: number }) => `${f.file}:${f.line}`);
}

describe("scan: files that are hard to list or read", () => {
  it("a file git tracks under node_modules/ is scanned (it is committed code); untracked ones are not", () => {
    const repo = Repo.create();
    repo.write("node_modules/vendored/index.js", `t=${newToken()}\n`).gitOk("add", "-f", ".");
    repo.write("node_modules/installed/index.js", `t=${newToken()}\n`);
    const result = repo.cli(["scan", "--format", "json"]);
    expect(result.code, result.all).toBe(1);
    expect(files(result)).toEqual(["node_modules/vendored/index.js:1"]);
    expect(leakedIn(result.all, secrets)).toEqual([]);
  });

  it("a tracked file whose name is not valid UTF-8 is scanned", () => {
    const repo = Repo.create();
    writeLatin1Name(repo.dir, `t=${newToken()}\n`);
    repo.gitOk("add", ".");
    repo.commitNoVerify("latin1 name");
    const result = repo.cli(["scan", "--format", "json"]);
    expect(result.code, result.all).toBe(1);
    expect(files(result)).toEqual(["caf\uFFFD.txt:1"]);
    expect(leakedIn(result.all, secrets)).toEqual([]);
  });

  it("outside git, a name that is not valid UTF-8 is scanned and does not stop the scan", () => {
    const dir = mkdtempSync(join(tmpdir(), "wtg-plain-"));
    mkdirSync(join(dir, "sub"));
    writeLatin1Name(join(dir, "sub"), `t=${newToken()}\n`);
    writeFileSync(join(dir, "after.txt"), `t=${newToken()}\n`);
    const repo = new Repo(dir);
    const result = repo.cli(["scan", "--format", "json"]);
    expect(result.code, result.all).toBe(1);
    expect(files(result).sort()).toEqual(["after.txt:1", "sub/caf\uFFFD.txt:1"]);
    rmSync(dir, { recursive: true, force: true });
  });

  it("an untracked nested clone is scanned, with its own .gitignore", () => {
    const repo = Repo.create();
    repo.write("top.txt", "clean\n").gitOk("add", ".");
    repo.commitNoVerify("top");
    const nested = new Repo(join(repo.dir, "vendor", "tool"), repo.env);
    mkdirSync(nested.dir, { recursive: true });
    nested.gitOk("init", "-q");
    nested.write(".gitignore", "ignored.txt\n").write("ignored.txt", `t=${newToken()}\n`);
    nested.write("leak.txt", `t=${newToken()}\n`).gitOk("add", "leak.txt");
    const result = repo.cli(["scan", "--format", "json"]);
    expect(result.code, result.all).toBe(1);
    expect(files(result)).toEqual(["vendor/tool/leak.txt:1"]);
  });

  it("a tracked file that cannot be read: named on stderr, exit 2, the rest still reported", () => {
    const repo = Repo.create();
    repo.write("locked/secret.txt", "x\n").write("open.txt", `t=${newToken()}\n`).gitOk("add", ".");
    repo.commitNoVerify("files");
    rmSync(join(repo.dir, "locked"), { recursive: true });
    // Root reads any folder whatever its mode: a link loop in the path fails for everyone.
    if (process.getuid?.() === 0) symlinkSync("locked", join(repo.dir, "locked"));
    else {
      mkdirSync(join(repo.dir, "locked"));
      writeFileSync(join(repo.dir, "locked", "secret.txt"), "x\n");
      chmodSync(join(repo.dir, "locked"), 0o000);
    }
    const result = repo.cli(["scan", "--format", "json"]);
    chmodSync(join(repo.dir), 0o755);
    expect(result.code, result.all).toBe(2);
    expect(files(result)).toEqual(["open.txt:1"]);
    expect(result.stderr).toMatch(/^wa-token-guard: not scanned: locked\/secret\.txt: .+$/m);
    expect(leakedIn(result.all, secrets)).toEqual([]);
  });

  it("a FIFO in a tracked file's place: named on stderr, exit 2, never opened", () => {
    const repo = Repo.create();
    repo.write("tracked.txt", "x\n").write("open.txt", `t=${newToken()}\n`).gitOk("add", ".");
    repo.commitNoVerify("files");
    rmSync(join(repo.dir, "tracked.txt"));
    run("mkfifo", [join(repo.dir, "tracked.txt")], repo.dir, repo.env);
    // Opening a FIFO waits for a writer: a scan that tried would hang (the test's timeout).
    const result = repo.cli(["scan", "--format", "json"]);
    expect(result.code, result.all).toBe(2);
    expect(files(result)).toEqual(["open.txt:1"]);
    expect(result.stderr).toContain(
      "wa-token-guard: not scanned: tracked.txt: not a regular file (a FIFO, socket or device)\n",
    );
    expect(leakedIn(result.all, secrets)).toEqual([]);
    // With nothing found, the text report does not read as a pass.
    rmSync(join(repo.dir, "open.txt"));
    const text = repo.cli(["scan"]);
    expect(text.code).toBe(2);
    expect(text.stdout).toMatch(
      /^No credentials found in what could be read \(.*\), but 1 file could not be read \(named below\): the scan fails\.$/m,
    );
  });

  it("outside git, a folder that cannot be read is named on stderr and the rest is scanned", () => {
    const dir = mkdtempSync(join(tmpdir(), "wtg-plain-"));
    writeFileSync(join(dir, "open.txt"), `t=${newToken()}\n`);
    if (process.getuid?.() === 0) symlinkSync("loop", join(dir, "loop"));
    else {
      mkdirSync(join(dir, "loop"));
      chmodSync(join(dir, "loop"), 0o000);
    }
    const result = new Repo(dir).cli(["scan", "--format", "json", "--no-gitignore"]);
    expect(files(result)).toEqual(["open.txt:1"]);
    if (process.getuid?.() !== 0) {
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/not scanned: loop: permission denied/);
      chmodSync(join(dir, "loop"), 0o755);
    }
    rmSync(dir, { recursive: true, force: true });
  });
});
