/**
 * Hostile and unlucky files in a real commit through the installed hook: content git calls
 * binary (attributes, diff drivers, core.bigFileThreshold, a file that was binary before), type
 * changes next to a submodule bump, a FIFO or a link to /dev/zero where a staged file was, UTF-16
 * text, non-UTF-8 names, and single lines big enough that a quadratic path would time out.
 */
import { execFileSync } from "node:child_process";
import { rmSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { cleanupHomes, hookTest, Repo } from "../helpers/repo.js";

afterAll(cleanupHomes);

let repo: Repo;
const { newToken, guardedRepo, expectBlocked } = hookTest();

/** The staged findings as `file:line:column`, from the JSON report. */
function stagedFindings(r: Repo): string[] {
  const result = r.cli(["scan", "--staged", "--format", "json"]);
  expect(result.stderr).toBe("");
  return JSON.parse(result.stdout).findings.map(
    (f: { file: string; line: number; column: number }) => `${f.file}:${f.line}:${f.column}`,
  );
}

describe("staged content git calls binary is judged by its own bytes", () => {
  beforeEach(() => {
    repo = guardedRepo();
  });

  it("a file committed as binary, rewritten as text with a token", () => {
    repo.write("data.txt", Buffer.from([0, 1, 2, 3, 0, 10])).gitOk("add", ".");
    repo.commitNoVerify("binary");
    repo.write("data.txt", `now text\ntoken=${newToken()}\n`).gitOk("add", ".");
    expectBlocked(repo.commit(), /data\.txt:2:7/);
  });

  it(".gitattributes -diff, binary, and a diff driver with binary = true, added in the same commit", () => {
    repo.gitOk("config", "diff.opaque.binary", "true");
    repo.gitOk("config", "diff.opaque.textconv", "true");
    repo
      .write(".gitattributes", "*.a -diff\n*.b binary\n*.c diff=opaque\n")
      .write("one.a", `t=${newToken()}\n`)
      .write("two.b", `t=${newToken()}\n`)
      .write("three.c", `t=${newToken()}\n`)
      .gitOk("add", ".");
    expectBlocked(repo.commit(), /one\.a:1:3/, /two\.b:1:3/, /three\.c:1:3/);
    // Modified files too: only the added line counts, at its line in the staged file.
    repo.commitNoVerify("(bypassed)");
    const body = Array.from({ length: 30 }, (_, i) => `line ${i}\n`).join("");
    repo.write("one.a", body).write("two.b", body).gitOk("add", ".");
    repo.commitNoVerify("plain");
    repo.write("one.a", `${body}t=${newToken()}\n`).gitOk("add", ".");
    expect(stagedFindings(repo)).toEqual(["one.a:31:3"]);
  });

  it("a graft cannot hide from a history scan the commits a push still sends", () => {
    repo.commitNoVerify("c1");
    const c1 = repo.gitOk("rev-parse", "HEAD").trim();
    repo.write("a.txt", `token=${newToken()}\n`).gitOk("add", "a.txt");
    repo.commitNoVerify("c2 adds a token");
    repo.gitOk("rm", "-q", "a.txt");
    repo.commitNoVerify("c3 removes it");
    const c3 = repo.gitOk("rev-parse", "HEAD").trim();
    writeFileSync(join(repo.dir, ".git", "info", "grafts"), `${c3} ${c1}\n`);
    const history = repo.cli(["scan", "--history", "--format", "json"]);
    expect(JSON.parse(history.stdout).findings.map((f: { file: string }) => f.file)).toEqual(["a.txt"]);
  });

  it("git replace cannot show the hook, or a history scan, a clean blob in place of the staged one", () => {
    // Every git read would see the replacement; the commit and a push carry the real bytes.
    repo.write("a.txt", `t=${newToken()}\n`).gitOk("add", "a.txt");
    const staged = repo.gitOk("rev-parse", ":a.txt").trim();
    repo.write("clean.txt", "clean\n");
    const clean = repo.gitOk("hash-object", "-w", "clean.txt").trim();
    repo.gitOk("replace", "-f", staged, clean);
    expectBlocked(repo.commit(), /a\.txt:1:3/);
    repo.commitNoVerify("(bypassed)");
    const history = repo.cli(["scan", "--history", "--format", "json"]);
    expect(JSON.parse(history.stdout).findings.map((f: { file: string }) => f.file)).toContain("a.txt");
  });

  it("a staged blob git cannot read is an error (exit 2, naming it), never a silent pass", () => {
    repo.write("a.txt", "fine\n").gitOk("add", "a.txt");
    repo.gitOk(
      "update-index",
      "--add",
      "--info-only",
      "--cacheinfo",
      `100644,${"1234567890".repeat(4)},ghost.txt`,
    );
    const result = repo.cli(["scan", "--staged"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      "wa-token-guard: git cannot read the staged ghost.txt (object 123456789012 is missing): the repository may be damaged; see git fsck\n",
    );
  });

  it("a policy file that is not a file, or far too large, is an error before anything is read whole", () => {
    const big = `{"ignorePaths": ["${"x".repeat(2 * 1024 * 1024)}"]}`;
    repo.write(".wa-token-guard.json", big).write("a.txt", "fine\n").gitOk("add", ".");
    for (const args of [["scan"], ["scan", "--staged"]]) {
      const result = repo.cli(args);
      expect(result.code, args.join(" ")).toBe(2);
      expect(result.stderr).toMatch(/\.wa-token-guard\.json( \(staged\))? is larger than 1 MiB/);
    }
    const device = repo.cli(["scan", "--config", "/dev/zero", "a.txt"]);
    expect(device.code).toBe(2);
    expect(device.stderr).toBe("wa-token-guard: config /dev/zero is not a regular file\n");
  });

  it("a file above a low core.bigFileThreshold, added and modified", () => {
    repo.gitOk("config", "core.bigFileThreshold", "1k");
    const filler = `${"x".repeat(99)}\n`.repeat(1100); // 110 KB
    repo.write("big.log", `${filler}t=${newToken()}\n`).gitOk("add", ".");
    expectBlocked(repo.commit(), /big\.log:1101:3/);
    repo.write("big.log", filler).gitOk("add", ".");
    repo.commitNoVerify("big");
    repo.write("big.log", `${filler}more\nt=${newToken()}\n`).gitOk("add", ".");
    expectBlocked(repo.commit(), /big\.log:1102:3/);
  });

  it("UTF-16 text with a byte order mark (PowerShell 5 `>`), little and big endian", () => {
    const le = Buffer.from(`\ufeffname=bot\r\ntoken=${newToken()}\r\n`, "utf16le");
    const be = Buffer.from(le).swap16();
    repo.write("ps.env.txt", le).write("be.txt", be).gitOk("add", ".");
    expectBlocked(repo.commit(), /ps\.env\.txt:2:7/, /be\.txt:2:7/);
    expect(repo.cli(["scan", "ps.env.txt"]).stdout).toMatch(/ps\.env\.txt:2:7/);
  });
});

describe("staged files whose shape changed", () => {
  beforeEach(() => {
    repo = guardedRepo();
  });

  it("link to file and file to link, next to a submodule bump, under diff.submodule=log", () => {
    const sub = Repo.create(repo.env);
    sub.write("x.txt", "x\n").gitOk("add", ".");
    sub.commitNoVerify("sub 1");
    repo.gitOk("-c", "protocol.file.allow=always", "submodule", "add", "-q", sub.dir, "vendor/sub");
    symlinkSync("README.md", join(repo.dir, "link"));
    repo.write("plain", "was a file\n").gitOk("add", ".");
    repo.commitNoVerify("setup");

    repo.gitOk("config", "diff.submodule", "log");
    const inSub = new Repo(join(repo.dir, "vendor/sub"), repo.env);
    inSub.write("y.txt", "y\n").gitOk("add", ".");
    inSub.commitNoVerify("sub 2");
    rmSync(join(repo.dir, "link"));
    repo.write("link", `now a file ${newToken()}\n`);
    rmSync(join(repo.dir, "plain"));
    symlinkSync("README.md", join(repo.dir, "plain"));
    repo.write("third.txt", `t=${newToken()}\n`).gitOk("add", "-A");
    expect(stagedFindings(repo).sort()).toEqual(["link:1:12", "third.txt:1:3"]);
    expectBlocked(repo.commit(), /third\.txt:1:3/);
  });

  it("a FIFO where the staged file was: read from the index, no hang", { timeout: 120_000 }, () => {
    repo.write("pipe.txt", `t=${newToken()}\n`).gitOk("add", ".");
    rmSync(join(repo.dir, "pipe.txt"));
    execFileSync("mkfifo", [join(repo.dir, "pipe.txt")]);
    expectBlocked(repo.commit(), /pipe\.txt:1:3/);
  });

  it("a link to /dev/zero where the staged file was: read from the index, bounded", {
    timeout: 120_000,
  }, () => {
    repo.write("zero.txt", `t=${newToken()}\n`).gitOk("add", ".");
    rmSync(join(repo.dir, "zero.txt"));
    symlinkSync("/dev/zero", join(repo.dir, "zero.txt"));
    expectBlocked(repo.commit(), /zero\.txt:1:3/);
  });

  it("a folder link to /dev where the staged file's folder was", { timeout: 120_000 }, () => {
    repo.write("dev/zero", `t=${newToken()}\n`).gitOk("add", ".");
    rmSync(join(repo.dir, "dev"), { recursive: true });
    symlinkSync("/dev", join(repo.dir, "dev"));
    expectBlocked(repo.commit(), /dev\/zero:1:3/);
  });

  it("a non-UTF-8 file name", () => {
    const name = Buffer.concat([Buffer.from(join(repo.dir, "caf")), Buffer.from([0xe9, 0x2e, 0x74])]);
    writeFileSync(name, `t=${newToken()}\n`);
    repo.gitOk("add", ".");
    expectBlocked(repo.commit(), /caf\uFFFD\.t:1:3/);
  });
});

describe("staged sizes that a quadratic path would not survive", () => {
  beforeEach(() => {
    repo = guardedRepo();
  });

  it("a 60 MB single-line JSON, added and then modified", { timeout: 300_000 }, () => {
    const values = `"${"v".repeat(60)}",`.repeat(1_000_000); // 63 MB, no newline
    repo.write("data.json", `[${values}"${newToken()}"]`).gitOk("add", ".");
    expectBlocked(repo.commit(), /data\.json:1:63000003/);
    repo.write("data.json", `[${values}"x"]`).gitOk("add", ".");
    repo.commitNoVerify("data");
    repo.write("data.json", `[${values}"${newToken()}"]`).gitOk("add", ".");
    expectBlocked(repo.commit(), /data\.json:1:63000003/);
  });
});
