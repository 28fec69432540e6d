/** `wa-token-guard scan` as a user runs it: the bundled CLI, real files, real git. */
import { chmodSync, existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { byteSize } from "../../src/report/words.js";
import { CLI, cleanupHomes, NODE, Repo, run, testEnv } from "../helpers/repo.js";
import { accessToken, appSecret, appToken, leakedIn } from "../helpers/tokens.js";

afterAll(cleanupHomes);

interface SarifResult {
  locations: { physicalLocation: { artifactLocation: { uri: string } } }[];
  partialFingerprints: Record<string, string>;
}

function fingerprintsByUri(results: SarifResult[]): Record<string, string> {
  return Object.fromEntries(
    results.map((r) => [
      r.locations[0]!.physicalLocation.artifactLocation.uri,
      r.partialFingerprints["waTokenGuardSecret/v1"]!,
    ]),
  );
}

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

    // Off a terminal it shows what it would hide, warns, and writes nothing without --yes.
    const unconfirmed = repo.cli(["scan", "--update-ignore"]);
    expect(unconfirmed.code).toBe(2);
    expect(unconfirmed.stderr).toContain("About to add 3 fingerprints to .wa-token-guard-ignore");
    expect(unconfirmed.stderr).toContain(`src/send.ts:1:42  meta-access-token  ${other.slice(0, 4)}…`);
    expect(unconfirmed.stderr).toContain("A real credential must be revoked, not ignored");
    expect(unconfirmed.stderr).toMatch(/add --yes to confirm \(nothing was written\)/);
    expect(leakedIn(unconfirmed.all, ALL)).toEqual([]);
    expect(existsSync(join(repo.dir, ".wa-token-guard-ignore"))).toBe(false);
    const update = repo.cli(["scan", "--update-ignore", "--yes"]);
    expect(update.code).toBe(0);
    expect(update.stderr).toContain("Added 3 fingerprints");
    expect(update.stderr).not.toContain("git add"); // only the hook reads the staged file
    expect(repo.cli(["scan", "--update-ignore", "--yes"]).stderr).toContain("Nothing to add");
    const ignoreFile = run("cat", [".wa-token-guard-ignore"], repo.dir, repo.env).stdout;
    expect(leakedIn(ignoreFile, ALL)).toEqual([]);
    const quiet = repo.cli(["scan"]);
    expect(quiet.code).toBe(0);
    // What the ignore file and the allow comment hide is listed, with the reason, by every full scan.
    expect(quiet.stdout).toContain("No credentials found");
    expect(quiet.stdout).toContain("Not reported (4 suppressed findings):");
    expect(quiet.stdout).toMatch(
      /src\/send\.ts:1:42 {2}meta-access-token .* \(fingerprint in the ignore file\)/,
    );
    expect(leakedIn(quiet.all, ALL)).toEqual([]);
    const json = JSON.parse(repo.cli(["scan", "--format", "json", "--show-suppressed"]).stdout);
    expect(json.findings).toEqual([]);
    expect(json.suppressed.map((f: { file: string; reason: string }) => `${f.file} ${f.reason}`)).toEqual([
      ".env ignore-file",
      "config/app.yaml ignore-file",
      // --show-suppressed reads what ignorePaths names too.
      "docs/setup.md ignore-paths",
      "src/allowed.ts allow-comment",
      "src/send.ts ignore-file",
    ]);
    expect(JSON.parse(repo.cli(["scan", "--format", "json"]).stdout).suppressed).toBeUndefined();
    const sarif = JSON.parse(repo.cli(["scan", "--format", "sarif", "--show-suppressed"]).stdout);
    expect(sarif.runs[0].results).toHaveLength(5);
    expect(sarif.runs[0].results[0].suppressions).toEqual([
      { kind: "external", justification: "wa-token-guard ignore-file" },
    ]);
    // The fingerprint follows the secret, not the line: moving it elsewhere stays ignored.
    repo.write("moved/elsewhere.txt", `\n\nx = ${other}\n`);
    expect(repo.cli(["scan"]).code).toBe(0);
    // A new secret is still reported.
    repo.write("new.txt", `y=${accessToken()}`);
    expect(repo.cli(["scan"]).code).toBe(1);
    // Appending to a hand-edited file without a final newline keeps one fingerprint per line.
    repo.write(".wa-token-guard-ignore", `${ignoreFile.trimEnd()}\n# mine, no newline at the end`);
    expect(repo.cli(["scan", "--update-ignore", "--yes"]).code).toBe(0);
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
      [["scan", "--bogus"], /^wa-token-guard: unknown option "--bogus" \(see --help\)\n$/],
      [["scan", "--verfy"], /unknown option "--verfy" \(did you mean --verify\? see --help\)/],
      [["scan", "--show-supressed"], /did you mean --show-suppressed\?/],
      [["scan", "--format=jsn", "--stagd"], /unknown option "--stagd" \(did you mean --staged\?/],
      [["install", "--hook-manger", "git"], /did you mean --hook-manager\?/],
      [["scna"], /unknown command "scna" \(did you mean scan\?/],
      [["scan", "--yes"], /--yes goes with --update-ignore/],
      [
        ["scan", "--output", "no/such/folder/out.sarif"],
        /cannot write the report to no\/such\/folder\/out\.sarif: its folder does not exist/,
      ],
      [
        ["scan", "--output", "/dev/full"],
        /cannot write the report to \/dev\/full: no space left on the disk/,
      ],
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
    // Saved by an editor that writes a byte order mark: still read.
    repo.write(".wa-token-guard.json", `\uFEFF${JSON.stringify({ ignorePaths: ["docs/**"] })}\n`);
    repo.write(".wa-token-guard-ignore", "\uFEFF# none yet\n");
    const bom = repo.cli(["scan", "--format", "json"]);
    expect(bom.code, bom.stderr).toBe(1);
    expect(JSON.parse(bom.stdout).findings.some((f: { file: string }) => f.file.startsWith("docs/"))).toBe(
      false,
    );
  });

  it("a reader that closes the pipe early ends the scan quietly (EPIPE)", () => {
    const repo = fixtureRepo();
    for (let i = 0; i < 200; i++) repo.write(`many/${i}.txt`, `t=${accessToken()}\n`);
    const piped = run(
      "bash",
      ["-c", `"$0" "$1" scan | head -c 0; echo "exit=\${PIPESTATUS[0]}" >&2`, NODE, CLI],
      repo.dir,
      repo.env,
    );
    expect(piped.stderr).toBe("exit=1\n");
  });

  it("text: counts with the right plurals; SARIF uris percent-encoded; fingerprints follow the secret", () => {
    const repo = Repo.create().write("one.txt", `t=${token}\n`);
    expect(repo.cli(["scan"]).stdout).toContain("1 finding in 1 file (1 file, 1 KB scanned).");
    repo.write("a#b?c %d.txt", `t=${other}\n`);
    expect(repo.cli(["scan"]).stdout).toContain("2 findings in 2 files (2 files, 1 KB scanned).");
    expect([0, 1, 1024, 1025, 1000 * 1024 - 1, 1000 * 1024, 5.5 * 1024 * 1024].map(byteSize)).toEqual([
      "0 KB",
      "1 KB",
      "1 KB",
      "2 KB",
      "1000 KB",
      "1.0 MB",
      "5.5 MB",
    ]);
    const sarif = (dir = repo.dir) =>
      JSON.parse(repo.cli(["scan", "--format", "sarif"], dir).stdout).runs[0].results;
    const uris = sarif().map((r: SarifResult) => r.locations[0]!.physicalLocation.artifactLocation.uri);
    expect(uris.sort()).toEqual(["a%23b%3Fc%20%25d.txt", "one.txt"]);
    // The same secret on another line and in another file keeps its fingerprint; another secret does not.
    const before = fingerprintsByUri(sarif());
    repo.write("one.txt", `\n\n  moved: ${token}\n`).write("elsewhere/two.txt", `x ${token}`);
    const after = fingerprintsByUri(sarif());
    expect(after["one.txt"]).toBe(before["one.txt"]);
    expect(after["elsewhere/two.txt"]).toBe(before["one.txt"]);
    expect(after["a%23b%3Fc%20%25d.txt"]).not.toBe(before["one.txt"]);
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
