/**
 * `wa-token-guard install`: puts the pre-commit hook into the current repository, idempotently.
 * husky: adds the hook line to .husky/pre-commit and the `prepare` script; plain git: writes (or
 * extends) the pre-commit file in the hooks folder git uses (core.hooksPath is respected).
 * lefthook and the pre-commit framework own their hook files (lefthook renames a hook it did not
 * write): for them the configuration to add is printed, and nothing is written.
 * An existing hook is never replaced: our line is added to it, or we stop and say how.
 */
import { execFileSync } from "node:child_process";
import { existsSync, realpathSync } from "node:fs";
import { chmod, lstat, mkdir, readFile, readlink, writeFile } from "node:fs/promises";
import { basename, dirname, isAbsolute, join, relative, resolve } from "node:path";
import { UserError } from "../errors.js";
import { git, workTreeRoot } from "../sources/git.js";
import { parseFlags } from "./args.js";
import { guardedHookCall } from "./hook-call.js";
import { packageRoot } from "./invocation.js";
import { EXIT, type Io } from "./io.js";

export const INSTALL_HELP = `Usage: wa-token-guard install [--hook-manager <auto|husky|git|lefthook|pre-commit>]

Installs the pre-commit hook in the current git repository. Safe to run again.
  auto (default)  lefthook or the pre-commit framework when the project uses one (their config file,
                  or lefthook in package.json), else husky when the project uses it (a .husky folder
                  or husky in package.json), else git
  husky           add \`wa-token-guard-pre-commit\` to .husky/pre-commit and "husky" to the prepare script
  git             write the hook into git's hooks folder (honours core.hooksPath)
  lefthook, pre-commit   print the configuration to add (those tools own their files)

Exit codes: 0 installed (or already installed), 2 error.
`;

const MARKER = "wa-token-guard";
const MANAGERS = ["auto", "husky", "git", "lefthook", "pre-commit"] as const;
type Manager = (typeof MANAGERS)[number];

/** lefthook 2's `jobs:` form; the hook script itself decides whether node needs to start. */
export const LEFTHOOK_SNIPPET = `pre-commit:
  jobs:
    - name: wa-token-guard
      run: "${guardedHookCall("./node_modules/.bin/wa-token-guard-pre-commit")}"
`;

/** The hook runs the committed dist/ with the system's node: no npm install per \`rev\`. */
export const PRE_COMMIT_SNIPPET = `repos:
  - repo: https://github.com/wa-token-guard/wa-token-guard
    rev: v0.1.0
    hooks:
      - id: wa-token-guard
`;

const LEFTHOOK_FILES = [
  "lefthook.yml",
  ".lefthook.yml",
  "lefthook.yaml",
  ".lefthook.yaml",
  "lefthook-local.yml",
];
const PRE_COMMIT_FILES = [".pre-commit-config.yaml", ".pre-commit-config.yml"];

export async function installCommand(args: string[], io: Io): Promise<number> {
  const { values } = parseFlags(args, {
    "hook-manager": { type: "string", default: "auto" },
    help: { type: "boolean", short: "h", default: false },
  });
  if (values.help) {
    io.stdout(INSTALL_HELP);
    return EXIT.ok;
  }
  const requested = values["hook-manager"] as Manager;
  if (!MANAGERS.includes(requested)) {
    throw new UserError(`--hook-manager must be one of ${MANAGERS.join(", ")}, not "${requested}"`);
  }
  const root = await workTreeRoot(io.cwd);
  if (requested === "lefthook" || requested === "pre-commit") {
    io.stdout(printedConfiguration(requested, root ? findConfig(root, requested) : undefined));
    return EXIT.ok;
  }
  if (!root)
    throw new UserError("not inside a git repository: run `git init` first, or cd into your repository");
  const { manager, evidence } = requested === "auto" ? await detectManager(root) : { manager: requested };
  if (manager === "lefthook" || manager === "pre-commit") {
    io.stdout(printedConfiguration(manager, evidence));
    return EXIT.ok;
  }
  const messages = manager === "husky" ? await installHusky(root) : await installGitHook(root);
  io.stdout(`${messages.join("\n")}\n`);
  return EXIT.ok;
}

/** `evidence`: the file that tells the project uses that manager (its config, or package.json). */
function printedConfiguration(manager: "lefthook" | "pre-commit", evidence: string | undefined): string {
  const found = evidence === "package.json" ? undefined : evidence;
  const file = found ?? (manager === "lefthook" ? "lefthook.yml" : ".pre-commit-config.yaml");
  const [snippet, activate] =
    manager === "lefthook"
      ? [LEFTHOOK_SNIPPET, "then run `npx lefthook install`"]
      : [PRE_COMMIT_SNIPPET, "then run `pre-commit install`"];
  const why = evidence
    ? `This project uses ${manager} (${evidence}), which owns the git hook: nothing was written.\n`
    : "";
  return `${why}Add this to ${file} (merge it with what is there), ${activate}:\n\n${snippet}`;
}

function findConfig(root: string, manager: "lefthook" | "pre-commit"): string | undefined {
  return (manager === "lefthook" ? LEFTHOOK_FILES : PRE_COMMIT_FILES).find((file) =>
    existsSync(join(root, file)),
  );
}

type Detected = { manager: Exclude<Manager, "auto">; evidence?: string };

async function detectManager(root: string): Promise<Detected> {
  for (const manager of ["lefthook", "pre-commit"] as const) {
    const evidence = findConfig(root, manager);
    if (evidence) return { manager, evidence };
  }
  const pkg = await readPackageJson(root);
  const depends = (name: string) =>
    Boolean(pkg?.json.devDependencies?.[name] ?? pkg?.json.dependencies?.[name]);
  if (depends("lefthook")) return { manager: "lefthook", evidence: "package.json" };
  if (existsSync(join(root, ".husky")) || depends("husky")) return { manager: "husky" };
  return { manager: "git" };
}

interface PackageJson {
  scripts?: Record<string, string>;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
}

async function readPackageJson(root: string): Promise<{ json: PackageJson; indent: string } | undefined> {
  const path = join(root, "package.json");
  if (!existsSync(path)) return undefined;
  const text = await readFile(path, "utf8");
  try {
    return {
      json: JSON.parse(text) as PackageJson,
      indent: /^\s+/m.exec(text.split("\n")[1] ?? "")?.[0] ?? "  ",
    };
  } catch (error) {
    throw new UserError(`cannot parse ${path}: ${(error as Error).message}`);
  }
}

async function installHusky(root: string): Promise<string[]> {
  const messages: string[] = [];
  const hookPath = join(root, ".husky", "pre-commit");
  // The hook script (on PATH in husky as a bin): it skips starting node when nothing can match.
  const line = guardedHookCall("wa-token-guard-pre-commit");
  const existing = existsSync(hookPath) ? await readFile(hookPath, "utf8") : undefined;
  const state = existing === undefined ? "absent" : guardCallIn(existing);
  if (state === "runs") messages.push(".husky/pre-commit already runs wa-token-guard.");
  else {
    await mkdir(dirname(hookPath), { recursive: true });
    await writeFile(hookPath, existing === undefined ? `${line}\n` : withCallFirst(existing, line));
    await chmod(hookPath, 0o755);
    messages.push(
      existing === undefined
        ? "Created .husky/pre-commit."
        : `Added wa-token-guard to .husky/pre-commit (it runs first; the rest is unchanged)${state === "unreachable" ? ": the call that was there came after an `exit` or `exec` and never ran" : ""}.`,
    );
  }
  const pkg = await readPackageJson(root);
  if (pkg) {
    const prepare = pkg.json.scripts?.prepare;
    if (!prepare?.includes("husky")) {
      pkg.json.scripts = { ...pkg.json.scripts, prepare: prepare ? `${prepare} && husky` : "husky" };
      await writeFile(join(root, "package.json"), `${JSON.stringify(pkg.json, null, pkg.indent)}\n`);
      messages.push('Set the "prepare" script to run husky, so every `npm install` sets the hook up.');
    }
  }
  messages.push(await activateHusky(root));
  return messages;
}

/**
 * Runs the project's husky, then reports what git will really do: husky does nothing under
 * HUSKY=0 (and may fail on its own), so success is read back from core.hooksPath, not assumed.
 */
async function activateHusky(root: string): Promise<string> {
  const huskyBin = join(root, "node_modules", ".bin", "husky");
  if (!existsSync(huskyBin)) return "Run `npm install -D husky && npm install` to activate husky.";
  try {
    execFileSync(huskyBin, [], { cwd: root, stdio: "ignore" });
  } catch {
    // Told below from core.hooksPath.
  }
  const hooksPath = await git(root, ["config", "--get", "core.hooksPath"]).then(
    (value) => value.trim(),
    () => "", // unset: `git config --get` exits 1
  );
  if (hooksPath === ".husky/_") return "Activated husky (core.hooksPath = .husky/_).";
  const why =
    process.env.HUSKY === "0"
      ? "HUSKY=0 is set, so husky skipped its setup: run `npx husky` without HUSKY=0"
      : "husky did not set core.hooksPath: run `npx husky` and read what it says";
  return `husky is NOT active yet, so git will not run the hook: ${why}.`;
}

/**
 * Whether a hook file calls our hook script: "runs" when a command line (not a comment) calls it
 * before any top-level `exit` or `exec` line; "unreachable" when it is only called after one;
 * "absent" when no command line calls it (a mention in a comment does not count).
 */
export function guardCallIn(hookText: string): "runs" | "unreachable" | "absent" {
  let ended = false;
  for (const line of hookText.split(/\r?\n/)) {
    const command = line.trim();
    if (command === "" || command.startsWith("#")) continue;
    if (GUARD_CALL.test(command)) return ended ? "unreachable" : "runs";
    // Only unindented lines count: an indented `exit` is usually inside an `if`.
    if (/^(exit|exec)\b/.test(line)) ended = true;
  }
  return "absent";
}

/** The hook script by name or path, the CLI's staged scan, or a command line `install` tagged. */
const GUARD_CALL =
  /wa-token-guard-pre-commit|wa-token-guard\/hooks\/pre-commit|wa-token-guard\s+scan\b|#\s*wa-token-guard\s*$/;

/** `call` as the hook's first command (after its #! line), so no `exit` in the hook skips it. */
function withCallFirst(hookText: string, call: string): string {
  const [first = "", ...rest] = hookText.split("\n");
  return first.startsWith("#!") ? [first, call, ...rest].join("\n") : `${call}\n${hookText}`;
}

/**
 * `install` writes into this clone only. A core.hooksPath outside it (a global setting) is every
 * repository's hook folder on the machine, and a hook that is a link usually points at a tracked
 * team hook: writing there would change other repositories, or a file in the commit, behind the
 * user's back. Both are refused with what to do instead.
 */
async function refuseOutsideThisClone(root: string, hooksDir: string, hookPath: string): Promise<void> {
  const gitDir = resolve(root, (await git(root, ["rev-parse", "--git-common-dir"])).trim());
  const inside = (dir: string, parent: string) => {
    const path = relative(realpathOr(parent), realpathOr(dir));
    return path === "" || (!path.startsWith("..") && !isAbsolute(path));
  };
  if (!inside(hooksDir, root) && !inside(hooksDir, gitDir)) {
    throw new UserError(
      `core.hooksPath is ${hooksDir}, outside this repository (a global setting?): a hook written there would run in every repository that uses it. Add this line to ${join(hooksDir, "pre-commit")} yourself if that is what you want, or use --hook-manager husky: ${guardedHookCall(hookCommand(root), '"$@" || exit $?')}`,
    );
  }
  const link = await lstat(hookPath).catch(() => undefined);
  if (link?.isSymbolicLink()) {
    const target = resolve(dirname(hookPath), await readlink(hookPath));
    throw new UserError(
      `${relative(root, hookPath) || hookPath} is a link to ${relative(root, target) || target}; nothing was written (that file may be tracked or shared). Add this line to it yourself, or replace the link with a file: ${guardedHookCall(hookCommand(root), '"$@" || exit $?')}`,
    );
  }
}

/** The real path of `path`, or of its nearest existing folder with the rest appended. */
function realpathOr(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    const parent = dirname(path);
    return parent === path ? path : join(realpathOr(parent), basename(path));
  }
}

/**
 * The command the plain git hook runs: the package's own hooks/pre-commit, and nothing else (it
 * passes its own arguments on to `scan --staged`, so anything added here would become a path).
 */
function hookCommand(root: string): string {
  const script = join(packageRoot(), "hooks", "pre-commit");
  const inside = relative(root, script);
  return inside.startsWith("..") ? `"${script}"` : `"$(git rev-parse --show-toplevel)/${inside}"`;
}

async function installGitHook(root: string): Promise<string[]> {
  const hooksDir = resolve(root, (await git(root, ["rev-parse", "--git-path", "hooks"])).trim());
  const hookPath = join(hooksDir, "pre-commit");
  await refuseOutsideThisClone(root, hooksDir, hookPath);
  const call = `${guardedHookCall(hookCommand(root), '"$@" || exit $?')} # ${MARKER}`;
  const shown = relative(root, hookPath) || hookPath;
  if (!existsSync(hookPath)) {
    await mkdir(hooksDir, { recursive: true });
    await writeFile(hookPath, `#!/bin/sh\n${call}\n`);
    await chmod(hookPath, 0o755);
    return [
      `Installed the pre-commit hook: ${shown}. It is local to this clone (git never shares hooks): each teammate runs \`npx wa-token-guard install\` after cloning, or use husky (\`npx wa-token-guard install --hook-manager husky\`) so that \`npm install\` sets it up for everyone.`,
    ];
  }
  const existing = await readFile(hookPath, "utf8");
  if (guardCallIn(existing) === "runs") return [`${shown} already runs wa-token-guard.`];
  const first = existing.split("\n", 1)[0] ?? "";
  const isShell = !first.startsWith("#!") || /\b(sh|bash|dash|zsh)\b/.test(first);
  if (!isShell) {
    throw new UserError(
      `${shown} exists and is not a shell script; make it run this command, and fail when it fails: ${hookCommand(root)}`,
    );
  }
  await writeFile(hookPath, withCallFirst(existing, call));
  await chmod(hookPath, 0o755);
  return [`Added wa-token-guard to the existing hook ${shown} (it runs first; the rest is unchanged).`];
}
