/**
 * `npm run validate` (scripts/validate.ts) as CI runs it: this repository's manifests, workflows
 * and documentation YAML must pass, and each kind of breakage must turn it red with its location.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT, run, TEST_RUNNER_NODE, testEnv } from "../helpers/repo.js";

const SCRIPT = join(PROJECT_ROOT, "scripts", "validate.ts");
const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

function validate(root: string) {
  return run(TEST_RUNNER_NODE, [SCRIPT, root], root, testEnv());
}

/** A git repository holding these files (the validator checks what git would carry). */
function repositoryWith(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), "wtg-validate-"));
  made.push(root);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  run("git", ["init", "-q"], root, testEnv());
  return root;
}

const ours = (path: string) => readFileSync(join(PROJECT_ROOT, path), "utf8");
const GOOD_WORKFLOW =
  "on: push\npermissions: {}\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo hi\n";

describe("npm run validate", () => {
  it("passes on this repository: both manifests, every workflow, every YAML block in the docs", () => {
    const result = validate(PROJECT_ROOT);
    expect(result.all).toMatch(/0 problem\(s\)/);
    expect(result.code).toBe(0);
  });

  it("fails on a manifest the runner cannot load: an unquoted description with `: `", () => {
    const broken = ours("action.yml").replace(
      /description: "The expiry watch\.([^"]*)"/,
      "description: The expiry watch. Needs `permissions: issues: write`.",
    );
    expect(broken).not.toBe(ours("action.yml"));
    const result = validate(repositoryWith({ "action.yml": broken }));
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^action\.yml:\d+:\d+: yaml: /m);
  });

  it("fails on a schema error in a manifest, an unknown runtime, and a workflow's bad expression", () => {
    const root = repositoryWith({
      "nested/action.yaml": "name: x\ndescription: y\nruns:\n  using: node16\n  main: index.js\n",
      "other/action.yml": "name: x\ndescription: y\nruns:\n  using: composite\n",
      ".github/workflows/ci.yml": GOOD_WORKFLOW.replace("echo hi", "echo ${{ github.no_such_thing }}"),
    });
    const result = validate(root);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("nested/action.yaml:1:1: manifest: runs.using is node16");
    expect(result.stdout).toMatch(/^other\/action\.yml:1:1: action-validator: .*steps/m);
    expect(result.stdout).toMatch(
      /^\.github\/workflows\/ci\.yml:7:\d+: actionlint expression: .*no_such_thing/m,
    );
  });

  it("checks the YAML blocks in Markdown, at the lines they sit on", () => {
    const readme = [
      "# Title",
      "",
      "```yaml",
      "- uses: actions/checkout@v4",
      "  with:",
      "    token: ${{ secret.TYPO }}",
      "```",
      "",
      "```yaml",
      "key: a: b",
      "```",
      "",
    ].join("\n");
    const result = validate(
      repositoryWith({ "README.md": readme, "docs/guide.md": "```yml\n[unclosed\n```\n" }),
    );
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^README\.md:6:\d+: actionlint expression: undefined variable "secret"/m);
    expect(result.stdout).toMatch(/^README\.md:10:\d+: yaml: /m);
    expect(result.stdout).toMatch(/^docs\/guide\.md:\d+:\d+: yaml: /m);
  });

  it("a step using this repository's action may pass and read only what its action.yml declares", () => {
    const readme = [
      "```yaml",
      "- id: check",
      "  uses: wa-token-guard/wa-token-guard@v0",
      "  with:",
      "    token: ${{ secrets.WHATSAPP_TOKEN }}",
      "    warn_days: 3",
      "- run: echo ${{ steps.check.outputs.expires-at }} ${{ steps.check.outputs.expiry }}",
      "- uses: wa-token-guard/wa-token-guard/no-such-folder@v0",
      "```",
      "",
    ].join("\n");
    const workflow = GOOD_WORKFLOW.replace("- run: echo hi", "- uses: ./\n        with:\n          tokn: x");
    const result = validate(
      repositoryWith({
        "action.yml": ours("action.yml"),
        "README.md": readme,
        ".github/workflows/ci.yml": workflow,
      }),
    );
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(
      /^README\.md:3:1: own action: .*input "warn_days" is not declared in action\.yml/m,
    );
    expect(result.stdout).toMatch(
      /^README\.md:7:1: own action: steps\.check\.outputs\.expiry: action\.yml declares no output "expiry"/m,
    );
    expect(result.stdout).toMatch(
      /^README\.md:8:1: own action: .*there is no action\.yml in no-such-folder/m,
    );
    expect(result.stdout).toMatch(
      /^\.github\/workflows\/ci\.yml:\d+:1: own action: uses \.\/: input "tokn"/m,
    );
    expect(result.stdout).not.toContain("expires-at:");
  });

  it("a directory that is not a git repository is exit 2 with one line", () => {
    const root = mkdtempSync(join(tmpdir(), "wtg-validate-"));
    made.push(root);
    const result = validate(root);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(result.stderr).toMatch(/^validate: could not run: /);
  });
});
