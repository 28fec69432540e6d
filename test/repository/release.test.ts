/**
 * Release hygiene as an adopter checks it: the npm tarball carries the license, the release
 * workflow verifies before it tags and asks for no more permission than it uses, and the
 * versions the docs tell users to pin are the ones that workflow makes.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { releaseProblems } from "../../scripts/release-check.js";
import { PROJECT_ROOT, run, TEST_RUNNER_NODE, testEnv } from "../helpers/repo.js";

const packageJson = JSON.parse(readFileSync(join(PROJECT_ROOT, "package.json"), "utf8"));
const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

describe("release hygiene", () => {
  it("the npm tarball ships LICENSE (MIT), SECURITY.md and CHANGELOG.md with the CLI", () => {
    const npm = join(dirname(TEST_RUNNER_NODE), "npm");
    const result = run(
      existsOr(npm, "npm"),
      ["pack", "--dry-run", "--json", "--ignore-scripts"],
      PROJECT_ROOT,
      testEnv(),
    );
    expect(result.code).toBe(0);
    const files = (JSON.parse(result.stdout)[0].files as { path: string }[]).map((file) => file.path);
    expect(files).toEqual(
      expect.arrayContaining(["LICENSE", "SECURITY.md", "CHANGELOG.md", "dist/cli/index.js"]),
    );
    expect(packageJson.license).toBe("MIT");
    expect(readFileSync(join(PROJECT_ROOT, "LICENSE"), "utf8")).toMatch(/^MIT License\n/);
  });

  it("SECURITY.md says how to report and what is sent where", () => {
    const text = readFileSync(join(PROJECT_ROOT, "SECURITY.md"), "utf8");
    expect(text).toContain("private vulnerability reporting");
    expect(text).toContain("graph-api-url");
    expect(text).toContain("GITHUB_API_URL");
  });

  it("the release workflow: least permissions, verifies (dist/ included) before it tags, moves the major tag", () => {
    const workflow = parse(readFileSync(join(PROJECT_ROOT, ".github/workflows/release.yml"), "utf8"));
    expect(workflow.permissions).toEqual({});
    const { verify, publish } = workflow.jobs;
    expect(verify.permissions).toEqual({ contents: "read" });
    expect(publish.permissions).toEqual({ contents: "write" });
    expect(publish.needs).toBe("verify");
    const verifySteps = JSON.stringify(verify.steps);
    expect(verifySteps).toContain("bash .ci/run"); // .ci/run fails when dist/ differs from a fresh build
    expect(verifySteps).toContain("scripts/release-check.ts");
    const publishSteps = JSON.stringify(publish.steps);
    expect(publishSteps).toContain('gh release create \\"v$VERSION\\" --target \\"$SHA\\"');
    expect(publishSteps).toContain('major=\\"v${VERSION%%.*}\\"');
    const ciRun = readFileSync(join(PROJECT_ROOT, ".ci/run"), "utf8");
    expect(ciRun).toContain("dist/ must equal a fresh build");
  });

  it(`this version (${packageJson.version}) is ready: CHANGELOG.md has it, the docs pin v0 / v${packageJson.version}`, () => {
    expect(releaseProblems(packageJson.version)).toMatchObject({ problems: [] });
    expect(releaseProblems(packageJson.version).notes).toContain("first release");
  });

  it("release-check names each problem: version shape, package.json, changelog, a doc pinning another tag", () => {
    const root = mkdtempSync(join(tmpdir(), "wtg-release-"));
    made.push(root);
    const write = (path: string, text: string) => {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), text);
    };
    write("package.json", JSON.stringify({ version: "1.2.3" }));
    write("CHANGELOG.md", "# Changelog\n\n## [1.2.2]\n\n- old\n");
    write("README.md", "- uses: wa-token-guard/wa-token-guard@v0\n    rev: v1.2.2\n");
    write("docs/action.md", "uses: wa-token-guard/wa-token-guard@main\n");
    expect(releaseProblems("1.2.3", root).problems).toEqual([
      'CHANGELOG.md has no section "## [1.2.3]"',
      'README.md: "wa-token-guard/wa-token-guard@v0" pins v0; this release makes v1.2.3 and moves v1',
      'README.md: "rev: v1.2.2" is not v1.2.3 (the pre-commit framework pins a tag or a full SHA)',
      'docs/action.md: "wa-token-guard/wa-token-guard@main" pins main; this release makes v1.2.3 and moves v1',
    ]);
    expect(releaseProblems("v1.2.3", root).problems.slice(0, 2)).toEqual([
      '"v1.2.3" is not a version X.Y.Z (no "v", no suffix)',
      "package.json's version is 1.2.3, not v1.2.3",
    ]);
  });
});

function existsOr(path: string, fallback: string): string {
  try {
    readFileSync(path);
    return path;
  } catch {
    return fallback;
  }
}
