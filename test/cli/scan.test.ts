/** `wa-token-guard scan` as a user runs it: the bundled CLI, real files, real git. */
import { chmodSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { CLI, cleanupHomes, NODE, Repo, run, testEnv } from "../helpers/repo.js";
import { accessToken, appSecret, appToken, leakedIn } from "../helpers/tokens.js";

afterAll(cleanupHomes);

const token = accessToken({ appId: 100000000000001n });
const other = accessToken({ appId: 911602140448729n });
const secret = appSecret();
const app = appToken();
const ALL = [token, other, secret, app];

function fixtureRepo(): Repo {
  const repo = Repo.create();
  repo
    .write(".env", `WHATSAPP_TOKEN=${token}\n`)
    .write(".env.example", "WHATSAPP_TOKEN=\n")
    .write("src/send.ts", `const headers = { Authorization: \`Bearer ${other}\` };\n`)
    .write("config/app.yaml", `facebook:\n  app_secret: "${secret}"\n`)
    .write("docs/setup.md", `Call \`/debug_token?input_token=...&access_token=${app}\`\n`)
    .write("clean.txt", "nothing here\n")
    .write(".gitignore", "ignored/\n")
    .write("ignored/leak.env.json", `{"t": "${token}"}`)
    .write("node_modules/pkg/index.js", `"${token}"`);
  return repo;
}

describe("scan", () => {
  it("finds every credential, reports JSON with the documented shape, exits 1", () => {
    const repo = fixtureRepo();
    const result = repo.cli(["scan", "--format", "json"]);
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout);
    expect(report.version).toBe(1);
    expect(report.stats.files).toBe(7);
    const summary = report.findings.map(
      (f: { rule: string; file: string; line: number }) => `${f.rule} ${f.file}:${f.line}`,
    );
    expect(summary).toEqual([
      "dotenv-file .env:0",
      "meta-access-token .env:1",
      "meta-app-secret config/app.yaml:2",
      "meta-app-token docs/setup.md:1",
      "meta-access-token src/send.ts:1",
    ]);
    for (const finding of report.findings) {
      expect(Object.keys(finding).sort()).toEqual(
        [
          "rule",
          "file",
          "line",
          "column",
          "redacted",
          "fingerprint",
          ...(finding.appId ? ["appId"] : []),
        ].sort(),
      );
    }
    expect(report.findings[4]).toMatchObject({ appId: "911602140448729", column: 42 });
    expect(leakedIn(result.all, ALL)).toEqual([]);
  });

  it("never prints a whole secret, in any format", () => {
    const repo = fixtureRepo();
    for (const format of ["text", "json", "sarif"]) {
      const result = repo.cli(["scan", "--format", format]);
      expect(result.code).toBe(1);
      expect(leakedIn(result.all, ALL)).toEqual([]);
    }
  });

  it("writes SARIF 2.1.0 that code scanning accepts", () => {
    const repo = fixtureRepo();
    const result = repo.cli(["scan", "--format", "sarif", "--output", "out.sarif"]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    const sarif = JSON.parse(run("cat", ["out.sarif"], repo.dir, repo.env).stdout);
    expect(sarif.version).toBe("2.1.0");
    const [runResult] = sarif.runs;
    expect(runResult.tool.driver.name).toBe("wa-token-guard");
    expect(runResult.tool.driver.rules.map((r: { id: string }) => r.id)).toEqual([
      "meta-access-token",
      "meta-app-token",
      "meta-app-secret",
      "dotenv-file",
    ]);
    expect(runResult.results).toHaveLength(5);
    const located = runResult.results.find((r: { ruleId: string }) => r.ruleId === "meta-app-secret");
    expect(located.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: "config/app.yaml" },
      region: { startLine: 2, startColumn: 16 },
    });
    const dotenv = runResult.results.find((r: { ruleId: string }) => r.ruleId === "dotenv-file");
    expect(dotenv.locations[0].physicalLocation.region).toBeUndefined();
    expect(typeof located.partialFingerprints["waTokenGuardSecret/v1"]).toBe("string");
  });

  it("text: file:line:column, rule, redacted value, app id, what to do; no colour off a terminal", () => {
    const repo = fixtureRepo();
    const result = repo.cli(["scan", "src"]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      `src/send.ts:1:42  meta-access-token  ${other.slice(0, 4)}…${other.slice(-2)} (190 chars)  app 911602140448729`,
    );
    expect(result.stdout).toContain("Revoke tokens");
    expect(result.stdout).not.toContain("\u001b[");
  });

  it("skips gitignored files unless --no-gitignore, and always scans a named file", () => {
    const repo = fixtureRepo();
    const files = (args: string[]) =>
      JSON.parse(repo.cli(["scan", "--format", "json", ...args]).stdout).findings.map(
        (f: { file: string }) => f.file,
      );
    expect(files([])).not.toContain("ignored/leak.env.json");
    expect(files(["--no-gitignore"])).toContain("ignored/leak.env.json");
    expect(files(["ignored/leak.env.json"])).toEqual(["ignored/leak.env.json"]);
    expect(files(["--no-gitignore"]).some((f: string) => f.startsWith("node_modules"))).toBe(false);
  });

  it("reports paths relative to the working directory", () => {
    const repo = fixtureRepo();
    const result = repo.cli(["scan", "--format", "json", "."], join(repo.dir, "src"));
    expect(JSON.parse(result.stdout).findings.map((f: { file: string }) => f.file)).toEqual(["send.ts"]);
    const up = repo.cli(["scan", "--format", "json", "../config"], join(repo.dir, "src"));
    expect(JSON.parse(up.stdout).findings[0].file).toBe("../config/app.yaml");
  });

  it("works outside a git repository", () => {
    const dir = mkdtempSync(join(tmpdir(), "wtg-plain-"));
    writeFileSync(join(dir, "a.txt"), `token=${token}`);
    const result = run(NODE, [CLI, "scan", "--format", "json"], dir, testEnv());
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout).findings).toHaveLength(1);
  });

  it("exits 0 with nothing found", () => {
    const repo = Repo.create().write("a.txt", "hello\n");
    const result = repo.cli(["scan"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("No credentials found");
  });

  it("honours the allow comment, the config and the ignore file (--update-ignore)", () => {
    const repo = fixtureRepo();
    repo.write("src/allowed.ts", `const t = "${token}"; // wa-token-guard:allow\n`);
    repo.write(
      ".wa-token-guard.json",
      JSON.stringify({ ignorePaths: ["docs/**"], allowDotenv: [".env"], appIds: ["911602140448729"] }),
    );
    const report = JSON.parse(repo.cli(["scan", "--format", "json"]).stdout);
    expect(report.findings.map((f: { rule: string; file: string }) => `${f.rule} ${f.file}`)).toEqual([
      "meta-access-token .env",
      "meta-app-secret config/app.yaml",
      "meta-access-token src/send.ts",
    ]);
    expect(report.findings[0].teamApp).toBe(false);
    expect(report.findings[2].teamApp).toBe(true);

    const update = repo.cli(["scan", "--update-ignore"]);
    expect(update.code).toBe(0);
    expect(update.stderr).toContain("Added 3 fingerprints");
    const ignoreFile = run("cat", [".wa-token-guard-ignore"], repo.dir, repo.env).stdout;
    expect(leakedIn(ignoreFile, ALL)).toEqual([]);
    expect(repo.cli(["scan"]).code).toBe(0);
    // The fingerprint follows the secret, not the line: moving it elsewhere stays ignored.
    repo.write("moved/elsewhere.txt", `\n\nx = ${other}\n`);
    expect(repo.cli(["scan"]).code).toBe(0);
    // A new secret is still reported.
    repo.write("new.txt", `y=${accessToken()}`);
    expect(repo.cli(["scan"]).code).toBe(1);
    // Appending to a hand-edited file without a final newline keeps one fingerprint per line.
    repo.write(".wa-token-guard-ignore", `${ignoreFile.trimEnd()}\n# mine, no newline at the end`);
    expect(repo.cli(["scan", "--update-ignore"]).code).toBe(0);
    expect(repo.cli(["scan"]).code).toBe(0);
  });

  it("scans non-UTF-8, CRLF, BOM and binary content without crashing", () => {
    const repo = Repo.create();
    repo.write(
      "latin1.txt",
      Buffer.concat([Buffer.from([0xe9, 0xff, 0xfe, 0x0a]), Buffer.from(`t=${token}\r\n`)]),
    );
    repo.write("bom.txt", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`t=${other}`)]));
    repo.write(
      "image.png",
      Buffer.concat([Buffer.from([0x89, 0x50, 0x00, 0x00]), Buffer.from(`t=${token}`)]),
    );
    const report = JSON.parse(repo.cli(["scan", "--format", "json"]).stdout);
    expect(
      report.findings.map(
        (f: { file: string; line: number; column: number }) => `${f.file}:${f.line}:${f.column}`,
      ),
    ).toEqual(["bom.txt:1:3", "latin1.txt:2:3"]);
  });

  it("scans a file larger than its segments, with true line numbers", () => {
    const repo = Repo.create();
    const filler = `${"x".repeat(99)}\n`.repeat(200_000); // 20 MB
    repo.write("big.log", `${filler}token=${token}\n${filler}${"y".repeat(50)} ${other}`);
    const report = JSON.parse(repo.cli(["scan", "--format", "json"]).stdout);
    expect(report.findings.map((f: { line: number; column: number }) => `${f.line}:${f.column}`)).toEqual([
      "200001:7",
      "400002:52",
    ]);
  });

  it("bad input: a clear one-line error and exit 2", () => {
    const repo = fixtureRepo();
    const cases: [string[], RegExp][] = [
      [["scan", "missing-dir"], /cannot read missing-dir: no such file or folder/],
      [["scan", "--format", "xml"], /--format must be one of text, json, sarif/],
      [["scan", "--bogus"], /Unknown option '--bogus'.*see --help/],
      [["scan", "--all-lines"], /--all-lines goes with --staged/],
      [["frobnicate"], /unknown command "frobnicate"/],
      [["scan", "--config", "nope.json"], /cannot read config/],
    ];
    for (const [args, message] of cases) {
      const result = repo.cli(args);
      expect(result.code, args.join(" ")).toBe(2);
      expect(result.stderr).toMatch(message);
      expect(result.stderr).not.toMatch(/\n\s+at /); // no stack trace
    }
    repo.write(".wa-token-guard.json", '{"ignorePath": []}');
    expect(repo.cli(["scan"]).stderr).toMatch(/unknown key "ignorePath"/);
    repo.write(".wa-token-guard.json", '{"appIds": ["abc"]}');
    expect(repo.cli(["scan"]).stderr).toMatch(/not a numeric Meta app id/);
    repo.write(".wa-token-guard.json", "{not json");
    expect(repo.cli(["scan"]).code).toBe(2);
  });

  it("an unreadable file is an error, not a silent pass", () => {
    if (process.getuid?.() === 0) {
      // root reads everything; simulate with a folder entry that cannot be read as a file
      const repo = Repo.create();
      const result = repo.cli(["scan", "/proc/self/mem"]);
      expect(result.code).toBe(2);
      return;
    }
    const repo = Repo.create().write("secret.txt", "x");
    chmodSync(join(repo.dir, "secret.txt"), 0);
    expect(repo.cli(["scan"]).code).toBe(2);
  });
});
