/**
 * Real git repositories in temporary folders, with a git configuration of their own (the
 * machine's global settings never leak in), and a way to run the bundled CLI as users do.
 */
import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { expect } from "vitest";
import { meetsMinimum, VERIFY_MIN_NODE } from "../../src/node-support.js";
import { accessToken, leakedIn } from "./tokens.js";

export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const CLI = join(PROJECT_ROOT, "dist", "cli", "index.js");
/** The Node these tests run on (vitest, the action, the repository's own scripts): Node 24. */
export const TEST_RUNNER_NODE = process.execPath;
/**
 * The Node that runs the CLI and the hook under test, and the `node` first on PATH for `git
 * commit`: the test runner's, or the one WTG_TEST_NODE names (.ci/run sets it to the machine's
 * own Node 20, to test the claim that the scan and the hook work there).
 */
export const NODE = process.env.WTG_TEST_NODE || TEST_RUNNER_NODE;
export const NODE_VERSION =
  NODE === TEST_RUNNER_NODE
    ? process.versions.node
    : spawnSync(NODE, ["-p", "process.versions.node"], { encoding: "utf8" }).stdout.trim();
/**
 * Whether NODE can run `verify` and `scan --verify`. Their tests are skipped on an older Node,
 * where test/cli/node-support.test.ts checks the one line they stop with instead.
 */
export const NODE_RUNS_VERIFY = meetsMinimum(NODE_VERSION, VERIFY_MIN_NODE);

export interface Result {
  code: number;
  stdout: string;
  stderr: string;
  /** stdout and stderr together, for "never printed anywhere" assertions. */
  all: string;
}

const homes: string[] = [];

/**
 * An environment for git and hooks: our Node first on PATH, an empty HOME, a fixed identity.
 * With WTG_HOSTILE_GIT=1 (set by test/hostile/), that HOME's git configuration also sets every
 * option that could reshape what the guard reads from git (see hostileGitConfig).
 */
export function testEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const home = mkdtempSync(join(tmpdir(), "wtg-home-"));
  homes.push(home);
  writeFileSync(
    join(home, ".gitconfig"),
    '[user]\n\tname = Test\n\temail = test@example.com\n[init]\n\tdefaultBranch = main\n[commit]\n\tgpgsign = false\n[protocol "file"]\n\tallow = always\n' +
      (process.env.WTG_HOSTILE_GIT === "1" ? hostileGitConfig(home) : ""),
  );
  // npm keeps its own settings (registry, certificates) in the real home: point it there.
  const npmUserConfig = process.env.NPM_CONFIG_USERCONFIG ?? join(process.env.HOME ?? "/", ".npmrc");
  const env: NodeJS.ProcessEnv = {
    PATH: `${dirname(NODE)}:${process.env.PATH ?? ""}`,
    HOME: home,
    NPM_CONFIG_USERCONFIG: npmUserConfig,
    GIT_CONFIG_NOSYSTEM: "1",
    LANG: "C.UTF-8",
    TMPDIR: tmpdir(),
    ...networkEnvironment(),
    ...extra,
  };
  return env;
}

/**
 * A user's git configuration at its most unhelpful for a tool that parses git's output: diff
 * formats, prefixes, colour, quoting, external diff and textconv that hide content, attributes
 * that call every file binary, a tiny big-file threshold, line-ending conversion, a root commit
 * log.showRoot hides, signatures in the log. Files it names are written into `home`.
 */
export function hostileGitConfig(home: string): string {
  writeFileSync(join(home, "attributes"), "* diff=hidden\n*.txt binary\n*.ts -diff\n");
  writeFileSync(join(home, "order"), "z*\n*.env\n*\n");
  writeFileSync(join(home, "textconv.sh"), "#!/bin/sh\necho nothing to see\n", { mode: 0o755 });
  return `[diff]
\tsubmodule = log
\tcontext = 9
\tinterHunkContext = 50
\tnoprefix = true
\tmnemonicPrefix = true
\trelative = true
\torderFile = ${join(home, "order")}
\trenames = copies
\trenameLimit = 1
\talgorithm = patience
\texternal = true
\tignoreSubmodules = all
\tsuppressBlankEmpty = true
\tcolorMoved = zebra
\twsErrorHighlight = all
\tdirstat = files
[diff "hidden"]
\tbinary = true
\ttextconv = ${join(home, "textconv.sh")}
[color]
\tui = always
\tdiff = always
\tstatus = always
[core]
\tquotePath = false
\tbigFileThreshold = 1k
\tautocrlf = true
\tsafecrlf = false
\tattributesFile = ${join(home, "attributes")}
\tpager = cat
\twhitespace = cr-at-eol,trailing-space
[log]
\tshowRoot = false
\tshowSignature = true
\tdiffMerges = first-parent
\tabbrevCommit = true
\tdecorate = full
\tdate = relative
\tfollow = true
[format]
\tpretty = oneline
[status]
\tshowUntrackedFiles = no
\trenames = copies
\tsubmoduleSummary = true
[submodule]
\trecurse = true
[grep]
\tpatternType = perl
[feature]
\tmanyFiles = true
[merge]
\tconflictStyle = zdiff3
`;
}

/** Certificates and proxies the machine needs to reach the package registry (npm, pre-commit). */
function networkEnvironment(): Record<string, string> {
  const keep =
    /^(NODE_EXTRA_CA_CERTS|SSL_CERT_FILE|SSL_CERT_DIR|NIX_SSL_CERT_FILE|REQUESTS_CA_BUNDLE|https?_proxy|no_proxy)$/i;
  return Object.fromEntries(
    Object.entries(process.env).filter(
      (entry): entry is [string, string] => keep.test(entry[0]) && entry[1] !== undefined,
    ),
  );
}

export function run(
  command: string,
  args: readonly string[],
  cwd: string,
  env: NodeJS.ProcessEnv,
  input?: string,
): Result {
  const result = spawnSync(command, args, {
    cwd,
    env,
    input,
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
  });
  if (result.error) throw result.error;
  const stdout = result.stdout ?? "";
  const stderr = result.stderr ?? "";
  return { code: result.status ?? -1, stdout, stderr, all: stdout + stderr };
}

/** Like run(), without blocking: for commands that talk to a stand-in served by this process. */
export function runAsync(
  command: string,
  args: readonly string[],
  cwd: string,
  env: NodeJS.ProcessEnv,
): Promise<Result> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk.toString("utf8");
    });
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString("utf8");
    });
    child.on("error", reject);
    child.on("close", (code) => resolve({ code: code ?? -1, stdout, stderr, all: stdout + stderr }));
  });
}

export class Repo {
  readonly env: NodeJS.ProcessEnv;
  constructor(
    readonly dir: string,
    env?: NodeJS.ProcessEnv,
  ) {
    this.env = env ?? testEnv();
  }

  static create(env?: NodeJS.ProcessEnv): Repo {
    const dir = mkdtempSync(join(tmpdir(), "wtg-repo-"));
    const repo = new Repo(dir, env);
    repo.gitOk("init", "-q");
    return repo;
  }

  write(path: string, content: string | Buffer): this {
    const full = join(this.dir, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, content);
    return this;
  }

  git(...args: string[]): Result {
    return run("git", args, this.dir, this.env);
  }

  /** A git command that must succeed (set-up steps). */
  gitOk(...args: string[]): string {
    const result = this.git(...args);
    if (result.code !== 0) throw new Error(`git ${args.join(" ")} failed: ${result.all}`);
    return result.stdout;
  }

  /** `git commit` through whatever hook is installed. */
  commit(message = "change", ...extra: string[]): Result {
    return this.git("commit", "-q", "-m", message, ...extra);
  }

  /** A commit that bypasses hooks: for setting up history. */
  commitNoVerify(message = "setup"): void {
    this.gitOk("commit", "-q", "--no-verify", "--allow-empty", "-m", message);
  }

  cli(args: readonly string[], cwd = this.dir, extraEnv: Record<string, string> = {}): Result {
    return run(NODE, [CLI, ...args], cwd, { ...this.env, ...extraEnv });
  }

  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** What `npm install -D husky wa-token-guard` leaves behind, without the network. */
export function huskyProject(): Repo {
  const r = Repo.create();
  r.write(
    "package.json",
    `${JSON.stringify({ name: "bot", private: true, devDependencies: { husky: "^9" } }, null, 2)}\n`,
  );
  const bin = join(r.dir, "node_modules", ".bin");
  mkdirSync(bin, { recursive: true });
  symlinkSync(join(PROJECT_ROOT, "node_modules", "husky"), join(r.dir, "node_modules", "husky"));
  symlinkSync("../husky/bin.js", join(bin, "husky"));
  symlinkSync(PROJECT_ROOT, join(r.dir, "node_modules", "wa-token-guard"));
  symlinkSync("../wa-token-guard/dist/cli/index.js", join(bin, "wa-token-guard"));
  symlinkSync("../wa-token-guard/hooks/pre-commit", join(bin, "wa-token-guard-pre-commit"));
  r.write(".gitignore", "node_modules\n");
  return r;
}

export function cleanupHomes(): void {
  for (const home of homes.splice(0)) rmSync(home, { recursive: true, force: true });
}

/**
 * What hook tests share: tokens made for the test (so every output can be checked for them), a
 * repository with one commit and the plain git hook installed by `wa-token-guard install`, and
 * the two outcomes of a commit.
 */
export function hookTest() {
  const secrets: string[] = [];
  return {
    newToken(): string {
      const token = accessToken();
      secrets.push(token);
      return token;
    },
    guardedRepo(): Repo {
      const r = Repo.create();
      r.write("README.md", "hello\n").gitOk("add", ".");
      r.commitNoVerify("initial");
      const install = r.cli(["install", "--hook-manager", "git"]);
      expect(install.code, install.all).toBe(0);
      return r;
    },
    expectBlocked(result: Result, ...expected: RegExp[]) {
      expect(result.code, result.all).not.toBe(0);
      expect(result.all).toContain("wa-token-guard blocked this commit");
      for (const pattern of expected) expect(result.all).toMatch(pattern);
      expect(leakedIn(result.all, secrets)).toEqual([]);
    },
    expectPassed(result: Result) {
      expect(result.code, result.all).toBe(0);
      expect(leakedIn(result.all, secrets)).toEqual([]);
    },
  };
}
