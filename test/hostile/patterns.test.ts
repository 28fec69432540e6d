/**
 * Hostile input for the detection engine and the reports: sizes at which a quadratic path (a
 * pattern that backtracks, a line rescanned per hit, a segment decoded twice, a spread of an
 * unbounded array) would take minutes or overflow the stack. Generous per-test timeouts, never a
 * wall-clock assertion: the test fails by timing out.
 */
import { describe, expect, it } from "vitest";
import { detect } from "../../src/detect/engine.js";
import { type Finding, findingFromDetection } from "../../src/detect/finding.js";
import { formatAdvice } from "../../src/report/block-advice.js";
import { formatSarif } from "../../src/report/sarif.js";
import { formatScanJson } from "../../src/report/scan-json.js";
import { formatScanText } from "../../src/report/scan-text.js";
import { Repo } from "../helpers/repo.js";
import { accessToken, appSecret, randomChars, TEST_APP_ID } from "../helpers/tokens.js";

const b64 = (text: string | Buffer) => Buffer.from(text).toString("base64");

describe("detect: hostile input finishes (linear patterns)", () => {
  const cases: Record<string, string> = {
    "EAA repeated": "EAA".repeat(2_000_000),
    "EAA + 89 characters, cut, repeated": `EAA${"b".repeat(89)}-`.repeat(40_000),
    "long alphanumeric run": randomChars(3_000_000),
    "long line of keys": "app_secret=".repeat(300_000),
    "digits and pipes": "1234567890123456|".repeat(200_000),
  };
  for (const [name, text] of Object.entries(cases)) {
    it(name, { timeout: 60_000 }, () => {
      expect(Array.isArray(detect(text))).toBe(true);
    });
  }
});

describe("decoding and locating: hostile input finishes (linear)", () => {
  const cases: Record<string, () => string> = {
    "4 MB of one base64 run": () =>
      randomChars(4_000_000, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"),
    "4 MB of base64 lines that decode to text": () => `${b64("x".repeat(57))}\n`.repeat(50_000),
    "4 MB of base64 values just long enough": () => `k: ${b64(randomChars(33))}\n`.repeat(80_000),
    "2 MB of percent escapes": () => "%41".repeat(700_000),
    "percent runs just long enough": () => `${"a".repeat(30)}%41 `.repeat(60_000),
    "base64 that decodes to base64 that decodes to text": () =>
      `${b64(b64("plain words, nothing secret here at all, no"))}\n`.repeat(30_000),
    "keys named secret, no values": () => "facebook:\n  secret: x\n".repeat(100_000),
  };
  for (const [name, make] of Object.entries(cases)) {
    it(name, { timeout: 60_000 }, () => {
      expect(Array.isArray(detect(make()))).toBe(true);
    });
  }

  // Random bodies that happen to spell a placeholder word ("dummy") are dropped by design.
  const manyTokens = () =>
    Array.from({ length: 20_000 }, () => accessToken()).filter((t) => detect(t).length === 1);

  it("one line holding 20,000 tokens", { timeout: 60_000 }, () => {
    const tokens = manyTokens();
    expect(detect(tokens.join(" "))).toHaveLength(tokens.length);
  });

  it("20,000 base64'd tokens on one line", { timeout: 60_000 }, () => {
    const tokens = manyTokens();
    expect(detect(tokens.map(b64).join(" "))).toHaveLength(tokens.length);
  });
});

describe("reports: 130,000 findings", () => {
  const count = 130_000;
  const findings: Finding[] = [];
  const [detection] = detect(`t=${TEST_APP_ID}|${appSecret()}`);
  for (let i = 0; i < count; i++) {
    findings.push(findingFromDetection({ ...detection!, line: i + 1 }, `big/file${i % 100}.txt`, []));
  }
  const stats = { files: 100, bytes: 1 };

  it("text, JSON, SARIF and the advice are written (no spread of an unbounded array)", {
    timeout: 120_000,
  }, () => {
    const text = { color: false, kind: "files", command: "wa-token-guard" } as const;
    expect(formatScanText(findings, stats, text).split("\n").length).toBeGreaterThan(count);
    expect(JSON.parse(formatScanJson(findings, stats)).findings).toHaveLength(count);
    expect(JSON.parse(formatSarif(findings)).runs[0].results).toHaveLength(count);
    const advice = formatAdvice(findings, { kind: "staged", command: "npx wa-token-guard" }).join("\n");
    expect(advice).toContain("(and 80 more, listed above)");
  });

  it("scan of a file holding 130,000 app tokens reports them all", { timeout: 180_000 }, () => {
    const repo = Repo.create();
    const lines = Array.from(
      { length: count },
      () => `${TEST_APP_ID}|${randomChars(32, "0123456789abcdef")}`,
    );
    repo.write("tokens.txt", `${lines.join("\n")}\n`);
    const result = repo.cli(["scan", "tokens.txt"]);
    expect(result.code, result.stderr).toBe(1);
    expect(result.stdout).toContain(`${count} findings`);
  });
});
