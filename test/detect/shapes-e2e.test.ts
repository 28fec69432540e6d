/**
 * Every shape the engine reads, as users meet it: files on disk (`scan`), real commits through
 * the installed hook (`scan --staged`, so the hook's fast path must hand each one over to the
 * scan), and `scan --history`. Nothing is ever printed in full.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { redact } from "../../src/detect/redact.js";
import { deeplyEncodedPositives, POSITIVES, type Positive } from "../helpers/positives.js";
import { cleanupHomes, Repo } from "../helpers/repo.js";
import { accessToken, appSecret, leakedIn, randomChars } from "../helpers/tokens.js";

afterAll(cleanupHomes);

const EXTENSIONS: [RegExp, string][] = [
  [/Kubernetes|Helm|YAML|yml|Rails|META_SECRET/i, "yaml"],
  [/shell|curl/i, "sh"],
  [/log/i, "log"],
  [/Python|python-social-auth/i, "py"],
  [/omniauth|Ruby/i, "rb"],
  [/JSON|\.NET/i, "json"],
  [/TOML/i, "toml"],
];
const fileOf = (c: Positive, i: number) => {
  const ext = EXTENSIONS.find(([pattern]) => pattern.test(c.name))?.[1] ?? "txt";
  return `shapes/${String(i).padStart(3, "0")}-${c.name.replace(/[^A-Za-z0-9]+/g, "-").toLowerCase()}.${ext}`;
};
// The BOM case counts columns after the BOM the engine is given; files on disk lose it first.
// Base64 inside base64 too: the hook's fast path must hand those to the scan as well.
const CASES = [...POSITIVES.filter((c) => c.name !== "BOM"), ...deeplyEncodedPositives()].map((c, i) => ({
  ...c,
  file: fileOf(c, i),
}));
const SECRETS = CASES.map((c) => c.secret).filter(Boolean);

const b64 = (text: string) => Buffer.from(text).toString("base64");
const NEGATIVES: Record<string, string> = {
  SHA512SUMS: `EAA${randomChars(125, "0123456789ABCDEF")}  wa-token-guard-0.1.0.tgz\n`,
  "square.env.example": `SQUARE_ACCESS_TOKEN=EAAA${randomChars(60)}\n`,
  "placeholder.yaml": `data:\n  WHATSAPP_TOKEN: ${b64(`EAA${"x".repeat(120)}`)}\n`,
  "prose.yaml": `data:\n  NOTE: ${b64("nothing to see here, just a long enough sentence to decode")}\n`,
  "jwt.env.example": `JWT_SECRET=${appSecret()}\nGOOGLE_SECRET=${appSecret()}\n`,
  "stripe.json": `{"stripe": {"secret": "${appSecret()}"}}\n`,
};

interface JsonFinding {
  rule: string;
  file: string;
  line: number;
  column: number;
  fingerprint: string;
  encoding?: string;
}
const findingsOf = (stdout: string): JsonFinding[] => JSON.parse(stdout).findings;

describe("every shape, in scan, scan --staged and scan --history", () => {
  let repo: Repo;
  beforeAll(() => {
    repo = Repo.create();
    repo.write("README.md", "hello\n").gitOk("add", ".");
    repo.commitNoVerify("initial");
    const install = repo.cli(["install", "--hook-manager", "git"]);
    expect(install.code, install.all).toBe(0);
  });

  it("commits of negatives pass the hook", { timeout: 120_000 }, () => {
    for (const [name, text] of Object.entries(NEGATIVES)) repo.write(`negatives/${name}`, text);
    repo.gitOk("add", "negatives");
    const result = repo.commit("negatives");
    expect(result.code, result.all).toBe(0);
  });

  it("the hook blocks each positive committed on its own, naming where it is", { timeout: 300_000 }, () => {
    for (const c of CASES) {
      repo.write(c.file, c.text).gitOk("add", c.file);
      const result = repo.commit(c.name);
      expect(result.code, `${c.name}: ${result.all}`).toBe(1);
      expect(result.all, c.name).toContain(`${c.file}:${c.line}:${c.column}  ${c.rule}`);
      if (c.encoding) expect(result.all, c.name).toContain(`(${c.encoding}-encoded)`);
      expect(leakedIn(result.all, SECRETS), c.name).toEqual([]);
      repo.gitOk("rm", "-q", "--cached", c.file);
    }
  });

  it("scan finds each positive in the working tree, and none of the negatives", { timeout: 120_000 }, () => {
    const result = repo.cli(["scan", "--format", "json"]);
    expect(result.code, result.all).toBe(1);
    expect(leakedIn(result.all, SECRETS)).toEqual([]);
    const found = findingsOf(result.stdout);
    expect(found.filter((f) => f.file.startsWith("negatives/"))).toEqual([]);
    for (const c of CASES) {
      expect(
        found.filter((f) => f.file === c.file).map((f) => [f.rule, f.line, f.column, f.encoding]),
        c.name,
      ).toEqual([[c.rule, c.line, c.column, c.encoding]]);
    }
  });

  it("scan --history finds each one in the commit that added it, with the same fingerprint", {
    timeout: 120_000,
  }, () => {
    const files = repo.cli(["scan", "--format", "json", "shapes"]);
    repo.gitOk("add", "shapes");
    repo.commitNoVerify("all shapes");
    const result = repo.cli(["scan", "--history", "--format", "json"]);
    expect(result.code, result.all).toBe(1);
    expect(leakedIn(result.all, SECRETS)).toEqual([]);
    // One finding per secret: the shapes share a few secrets, each reported where it came first.
    const history = new Set(findingsOf(result.stdout).map((f) => f.fingerprint));
    for (const f of findingsOf(files.stdout)) expect(history.has(f.fingerprint), f.file).toBe(true);
    expect(findingsOf(result.stdout).every((f) => f.file.startsWith("shapes/"))).toBe(true);
  });
});

describe("paths and file kinds", () => {
  const token = accessToken();
  const secrets = [token];

  it("a token as a file name is found and never printed: text, JSON, SARIF, advice", {
    timeout: 120_000,
  }, () => {
    const repo = Repo.create();
    repo.write("README.md", "x\n").gitOk("add", ".");
    repo.commitNoVerify("initial");
    repo.cli(["install", "--hook-manager", "git"]);
    repo.write(`cache/${token}.json`, "{}\n").gitOk("add", "cache");
    // The hook's fast path reads changed lines, not names: the staged scan itself is asked here.
    const blocked = repo.cli(["scan", "--staged"]);
    expect(blocked.code, blocked.all).toBe(1);
    expect(blocked.all).toContain(`cache/${redact(token)}.json  meta-access-token`);
    expect(leakedIn(blocked.all, secrets)).toEqual([]);
    for (const format of ["text", "json", "sarif"]) {
      const result = repo.cli(["scan", "--format", format]);
      expect(result.code, result.all).toBe(1);
      expect(result.all).toContain("meta-access-token");
      expect(leakedIn(result.all, secrets), format).toEqual([]);
    }
    repo.commitNoVerify("leak the name");
    const history = repo.cli(["scan", "--history"]);
    expect(history.all).toContain("meta-access-token");
    expect(leakedIn(history.all, secrets)).toEqual([]);
  });

  it("control characters in a name are escaped in the text report and the advice", {
    timeout: 60_000,
  }, () => {
    const repo = Repo.create();
    repo.write("README.md", "x\n").gitOk("add", ".");
    repo.commitNoVerify("initial");
    repo.write("evil\u001b[2J\u001b]0;pwned\u0007.txt", `t=${token}\n`).gitOk("add", ".");
    for (const args of [["scan"], ["scan", "--staged"]]) {
      const result = repo.cli(args);
      expect(result.code, result.all).toBe(1);
      expect(result.all).not.toMatch(/[\u0000-\u0008\u000b-\u001f]/);
      expect(result.all).toContain("evil\\x1b[2J\\x1b]0;pwned\\x07.txt:1:3");
    }
    const json = repo.cli(["scan", "--format", "json"]);
    expect(findingsOf(json.stdout)[0]!.file).toBe("evil\u001b[2J\u001b]0;pwned\u0007.txt");
  });

  it("a committed .patch file: a + at line start is a diff marker, not base64", { timeout: 60_000 }, () => {
    const repo = Repo.create();
    repo.write("fix.patch", `--- a/.env\n+++ b/.env\n@@ -0,0 +1 @@\n+${token}\n`);
    const result = repo.cli(["scan", "--format", "json"]);
    expect(findingsOf(result.stdout)).toEqual([
      expect.objectContaining({ file: "fix.patch", line: 4, column: 2 }),
    ]);
  });

  it(".ENV and .Env.production are dotenv files; an ignore entry made at the root works in a subfolder", {
    timeout: 60_000,
  }, () => {
    const repo = Repo.create();
    repo.write("app/.ENV", "A=1\n").write("app/.Env.production", "B=2\n").write("app/.ENV.EXAMPLE", "A=\n");
    const scan = repo.cli(["scan", "--format", "json"]);
    expect(findingsOf(scan.stdout).map((f) => [f.rule, f.file])).toEqual([
      ["dotenv-file", "app/.ENV"],
      ["dotenv-file", "app/.Env.production"],
    ]);
    expect(repo.cli(["scan", "--update-ignore", "--yes"]).code).toBe(0);
    const fromSubfolder = repo.cli(["scan", "--format", "json", "."], `${repo.dir}/app`);
    expect(fromSubfolder.code, fromSubfolder.all).toBe(0);
    expect(findingsOf(fromSubfolder.stdout)).toEqual([]);
  });
});
