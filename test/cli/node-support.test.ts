/**
 * Which Node runs what (src/node-support.ts), said once and tested on the versions it names:
 * package.json's engines and the README agree with it, and on a Node older than verify needs
 * (the machine's own Node 20, or WTG_TEST_NODE), `verify` and `scan --verify` stop at start-up
 * with one line and exit 2, before the HTTP client is loaded, while `scan` works.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import { describe, expect, it } from "vitest";
import { meetsMinimum, SCAN_MIN_NODE, unsupportedNode, VERIFY_MIN_NODE } from "../../src/node-support.js";
import { parseOutputFile } from "../helpers/action-runner.js";
import { CLI, cleanupHomes, PROJECT_ROOT, Repo, run, TEST_RUNNER_NODE, testEnv } from "../helpers/repo.js";

const short = (version: string) => version.replace(/\.0$/, "");

/** A Node too old for verify: WTG_TEST_NODE, else the first such `node` on PATH (the machine's own). */
function oldNode(): { path: string; version: string } | undefined {
  const candidates = [
    process.env.WTG_TEST_NODE,
    ...(process.env.PATH ?? "").split(delimiter).map((dir) => join(dir, "node")),
  ].filter((path): path is string => Boolean(path));
  for (const path of candidates) {
    const version = spawnSync(path, ["-p", "process.versions.node"], { encoding: "utf8" });
    if (version.status !== 0) continue;
    const text = version.stdout.trim();
    if (!meetsMinimum(text, VERIFY_MIN_NODE) && meetsMinimum(text, SCAN_MIN_NODE))
      return { path, version: text };
  }
  return undefined;
}

describe("the Node versions, said in one place", () => {
  it("package.json's engines is the lowest supported Node", () => {
    const manifest = JSON.parse(readFileSync(join(PROJECT_ROOT, "package.json"), "utf8"));
    expect(manifest.engines.node).toBe(`>=${SCAN_MIN_NODE}`);
  });

  it("the README states each minimum", () => {
    const readme = readFileSync(join(PROJECT_ROOT, "README.md"), "utf8");
    expect(readme).toContain(`Node >= ${short(VERIFY_MIN_NODE)}`);
    expect(readme).toContain(`Node >= ${short(SCAN_MIN_NODE)}`);
    expect(readme).toContain("`node24`");
  });

  it("compares versions numerically", () => {
    expect(meetsMinimum("22.19.0", "22.19.0")).toBe(true);
    expect(meetsMinimum("22.9.0", "22.19.0")).toBe(false);
    expect(meetsMinimum("v24.1.0", "22.19.0")).toBe(true);
    expect(meetsMinimum("20.20.2", "20.20.0")).toBe(true);
    expect(meetsMinimum("20.9.0", "20.20.0")).toBe(false);
    expect(unsupportedNode("verify", true, "24.0.0")).toBeUndefined();
    expect(unsupportedNode("scan", false, "20.20.2")).toBeUndefined();
    expect(unsupportedNode("scan", false, "18.20.0")).toBe(
      "`scan` needs Node >= 20.20; this is Node 18.20.0",
    );
  });

  it("on this test runner's Node, verify starts", () => {
    const result = run(TEST_RUNNER_NODE, [CLI, "verify", "--help"], PROJECT_ROOT, testEnv());
    expect(result.code).toBe(0);
    expect(result.all).not.toContain("needs Node");
  });
});

const old = oldNode();
describe.skipIf(!old)(`on Node ${old?.version ?? "(none older than verify needs on PATH)"}`, () => {
  const node = old?.path ?? "node";
  const version = old?.version ?? "";
  const line = `wa-token-guard: \`verify\` needs Node >= ${short(VERIFY_MIN_NODE)}; this is Node ${version}; the scan and the hook work here`;

  it("verify stops at start-up with one line and exit 2, never a stack", () => {
    for (const args of [
      ["verify", "--token", "not-a-real-token"],
      ["verify"],
      ["verify", "--help", "--token", "x"],
    ]) {
      const result = run(node, [CLI, ...args], PROJECT_ROOT, testEnv());
      expect(result.stderr).toBe(`${line}\n`);
      expect(result.stdout).toBe("");
      expect(result.code).toBe(2);
    }
  });

  it("each network command's help is shown (it is text), followed by the Node line on stderr, exit 0", () => {
    // The hook prints `revoke` commands on machines whose Node can only scan: their help must show.
    for (const name of ["verify", "rotate", "revoke"]) {
      for (const args of [
        [name, "--help"],
        [name, "-h"],
        ["help", name],
      ]) {
        const result = run(node, [CLI, ...args], PROJECT_ROOT, testEnv());
        expect(result.stdout, args.join(" ")).toContain(`wa-token-guard ${name}`);
        expect(result.stderr).toBe(
          `wa-token-guard: \`${name}\` needs Node >= ${short(VERIFY_MIN_NODE)}; this is Node ${version}; the scan and the hook work here\n`,
        );
        expect(result.code).toBe(0);
      }
    }
  });

  it("the bundled action stops with one line and a failing status, never a stack", () => {
    const dir = mkdtempSync(join(tmpdir(), "wtg-old-node-action-"));
    const output = join(dir, "output");
    writeFileSync(output, "");
    const result = run(node, [join(PROJECT_ROOT, "dist", "action", "index.js")], dir, {
      PATH: process.env.PATH ?? "",
      HOME: dir,
      GITHUB_OUTPUT: output,
      INPUT_TOKEN: "not-a-real-token",
    });
    expect(result.code).toBe(1);
    expect(result.stdout.trim()).toBe(
      `::error::wa-token-guard: the action needs Node >= ${short(VERIFY_MIN_NODE)} (action.yml runs it on node24); this runner started it with Node ${version}`,
    );
    expect(result.stderr).toBe("");
    expect(parseOutputFile(readFileSync(output, "utf8"))).toEqual({ status: "failed" });
  });

  it("scan --verify stops before scanning; scan without it works", () => {
    const repo = Repo.create();
    try {
      repo.write("notes.txt", "nothing to see\n");
      const withVerify = run(node, [CLI, "scan", "--verify"], repo.dir, repo.env);
      expect(withVerify.stderr).toBe(
        `wa-token-guard: \`scan --verify\` needs Node >= ${short(VERIFY_MIN_NODE)}; this is Node ${version}; the scan and the hook work here\n`,
      );
      expect(withVerify.code).toBe(2);
      const plain = run(node, [CLI, "scan", "--format", "json"], repo.dir, repo.env);
      expect(plain.code).toBe(0);
      expect(JSON.parse(plain.stdout).findings).toEqual([]);
    } finally {
      repo.remove();
      cleanupHomes();
    }
  });
});
