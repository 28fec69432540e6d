/**
 * `wa-token-guard install`: puts the pre-commit hook into the current repository, idempotently.
 * husky: adds the hook line to .husky/pre-commit and the `prepare` script; plain git: writes (or
 * extends) the pre-commit file in the hooks folder git uses (core.hooksPath is respected).
 * An existing hook is never replaced: our line is added to it, or we stop and say how.
 */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { chmod, mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { UserError } from "../errors.js";
import { git, workTreeRoot } from "../sources/git.js";
import { guardedHookCall } from "./hook-call.js";
import { EXIT, type Io } from "./io.js";

export const INSTALL_HELP = `Usage: wa-token-guard install [--hook-manager <auto|husky|git|lefthook|pre-commit>]

Installs the pre-commit hook in the current git repository. Safe to run again.
  auto (default)  husky when the project uses it (a .husky folder or husky in package.json), else git
  husky           add \`wa-token-guard-pre-commit\` to .husky/pre-commit and "husky" to the prepare script
  git             write the hook into git's hooks folder (honours core.hooksPath)
  lefthook, pre-commit   print the configuration to add (those tools own their files)

Exit codes: 0 installed (or already installed), 2 error.
`;

const MARKER = "wa-token-guard";
const MANAGERS = ["auto", "husky", "git", "lefthook", "pre-commit"] as const;
type Manager = (typeof MANAGERS)[number];

export const LEFTHOOK_SNIPPET = `pre-commit:
  commands:
    wa-token-guard:
      run: "${guardedHookCall("./node_modules/.bin/wa-token-guard-pre-commit")}"
`;

export const PRE_COMMIT_SNIPPET = `repos:
  - repo: https://github.com/wa-token-guard/wa-token-guard
    rev: v0.1.0
    hooks:
      - id: wa-token-guard
`;

export async function installCommand(args: string[], io: Io): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      "hook-manager": { type: "string", default: "auto" },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) {
    io.stdout(INSTALL_HELP);
    return EXIT.ok;
  }
  const requested = values["hook-manager"] as Manager;
  if (!MANAGERS.includes(requested)) {
    throw new UserError(`--hook-manager must be one of ${MANAGERS.join(", ")}, not "${requested}"`);
  }
  if (requested === "lefthook" || requested === "pre-commit") {
    const file = requested === "lefthook" ? "lefthook.yml" : ".pre-commit-config.yaml";
    io.stdout(`Add this to ${file}:\n\n${requested === "lefthook" ? LEFTHOOK_SNIPPET : PRE_COMMIT_SNIPPET}`);
    return EXIT.ok;
  }
  const root = await workTreeRoot(io.cwd);
  if (!root)
    throw new UserError("not inside a git repository: run `git init` first, or cd into your repository");
  const manager = requested === "auto" ? ((await usesHusky(root)) ? "husky" : "git") : requested;
  const messages = manager === "husky" ? await installHusky(root) : await installGitHook(root);
  io.stdout(`${messages.join("\n")}\n`);
  return EXIT.ok;
}

async function usesHusky(root: string): Promise<boolean> {
  if (existsSync(join(root, ".husky"))) return true;
  const pkg = await readPackageJson(root);
  return Boolean(pkg?.json.devDependencies?.husky ?? pkg?.json.dependencies?.husky);
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
  if (existing?.includes(MARKER)) messages.push(".husky/pre-commit already runs wa-token-guard.");
  else {
    await mkdir(dirname(hookPath), { recursive: true });
    const text = existing === undefined ? `${line}\n` : `${existing.replace(/\n*$/, "\n")}${line}\n`;
    await writeFile(hookPath, text);
    await chmod(hookPath, 0o755);
    messages.push(`${existing === undefined ? "Created" : "Added wa-token-guard to"} .husky/pre-commit.`);
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
  const huskyBin = join(root, "node_modules", ".bin", "husky");
  if (existsSync(huskyBin)) {
    execFileSync(huskyBin, [], { cwd: root, stdio: "ignore" });
    messages.push("Activated husky (core.hooksPath = .husky/_).");
  } else messages.push("Run `npm install -D husky && npm install` to activate husky.");
  return messages;
}

/** The command the plain git hook runs: the package's own hooks/pre-commit. */
function hookCommand(root: string): string {
  const packageRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
  const script = join(packageRoot, "hooks", "pre-commit");
  const inside = relative(root, script);
  return inside.startsWith("..") ? `"${script}"` : `"$(git rev-parse --show-toplevel)/${inside}"`;
}

async function installGitHook(root: string): Promise<string[]> {
  const hooksDir = resolve(root, (await git(root, ["rev-parse", "--git-path", "hooks"])).trim());
  const hookPath = join(hooksDir, "pre-commit");
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
  if (existing.includes(MARKER)) return [`${shown} already runs wa-token-guard.`];
  const [first = "", ...rest] = existing.split("\n");
  const isShell = !first.startsWith("#!") || /\b(sh|bash|dash|zsh)\b/.test(first);
  if (!isShell) {
    throw new UserError(
      `${shown} exists and is not a shell script; add this command to it yourself: ${hookCommand(root)} scan --staged`,
    );
  }
  const text = first.startsWith("#!") ? [first, call, ...rest].join("\n") : [call, existing].join("\n");
  await writeFile(hookPath, text);
  await chmod(hookPath, 0o755);
  return [`Added wa-token-guard to the existing hook ${shown} (it runs first; the rest is unchanged).`];
}
