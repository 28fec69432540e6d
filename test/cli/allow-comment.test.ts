/**
 * The allow comment silences a finding, but never unseen: every full scan lists what it hid, with
 * the reason, like what the ignore file hides; and a file name cannot carry an allow comment.
 */
import { afterAll, describe, expect, it } from "vitest";
import { cleanupHomes, Repo } from "../helpers/repo.js";
import { accessToken, leakedIn } from "../helpers/tokens.js";

afterAll(cleanupHomes);

describe("the allow comment", () => {
  it("is listed as a suppression by scan (text always; JSON and SARIF with --show-suppressed)", () => {
    const token = accessToken();
    const repo = Repo.create();
    repo.write("src/fixture.ts", `const sample = "${token}"; // wa-token-guard:allow\n`).gitOk("add", ".");
    const text = repo.cli(["scan"]);
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).toContain("Not reported (1 suppressed finding):");
    expect(text.stdout).toMatch(
      /src\/fixture\.ts:1:17 {2}meta-access-token .* \(wa-token-guard:allow on the line\)/,
    );
    const json = JSON.parse(repo.cli(["scan", "--format", "json", "--show-suppressed"]).stdout);
    expect(json.findings).toEqual([]);
    expect(json.suppressed.map((f: { file: string; reason: string }) => `${f.file} ${f.reason}`)).toEqual([
      "src/fixture.ts allow-comment",
    ]);
    const sarif = JSON.parse(repo.cli(["scan", "--format", "sarif", "--show-suppressed"]).stdout);
    expect(sarif.runs[0].results[0].suppressions).toEqual([
      { kind: "inSource", justification: "wa-token-guard allow-comment" },
    ]);
    repo.commitNoVerify("fixture");
    const history = repo.cli(["scan", "--history"]);
    expect(history.code).toBe(0);
    expect(history.stdout).toContain("(wa-token-guard:allow on the line)");
    for (const run of [text, history]) expect(leakedIn(run.all, [token])).toEqual([]);
  });

  it("in a file name does not hide the token the name holds", () => {
    const token = accessToken();
    const repo = Repo.create();
    repo.write(`cache/${token}wa-token-guard:allow.json`, "{}\n").gitOk("add", ".");
    const result = repo.cli(["scan", "--format", "json"]);
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout).findings).toHaveLength(1);
    expect(leakedIn(result.all, [token])).toEqual([]);
  });
});
