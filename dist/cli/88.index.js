export const id = 88;
export const ids = [88];
export const modules = {

/***/ 88:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  INSTALL_HELP: () => (/* binding */ INSTALL_HELP),
  LEFTHOOK_SNIPPET: () => (/* binding */ LEFTHOOK_SNIPPET),
  PRE_COMMIT_SNIPPET: () => (/* binding */ PRE_COMMIT_SNIPPET),
  guardCallIn: () => (/* binding */ guardCallIn),
  installCommand: () => (/* binding */ installCommand)
});

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/sources/git.ts
var git = __webpack_require__(8022);
// EXTERNAL MODULE: ./src/cli/args.ts
var cli_args = __webpack_require__(7593);
;// CONCATENATED MODULE: ./src/cli/hook-call.ts
/**
 * The line a hook file (husky's, the plain git hook, lefthook's `run:`) holds to call
 * wa-token-guard's hook script. A fresh clone before `npm ci`, a second worktree, or a removed
 * node_modules has no script to call: the line then says so in one line and blocks the commit,
 * instead of a bare "not found" (or, with some managers, a silent pass).
 */
const NOT_INSTALLED_MESSAGE = "wa-token-guard is not installed in this checkout: run `npm ci`; or commit with --no-verify";
/**
 * One line of POSIX sh: runs `command` (a command name or a quoted path) with `args` when it can
 * be run, else prints NOT_INSTALLED_MESSAGE to stderr and exits 1. Single quotes keep the
 * message's backticks from being run.
 */
function guardedHookCall(command, args = "") {
    const run = args ? `${command} ${args}` : command;
    return `if command -v ${command} >/dev/null 2>&1; then ${run}; else echo 'wa-token-guard: ${NOT_INSTALLED_MESSAGE}' >&2; exit 1; fi`;
}

// EXTERNAL MODULE: ./src/cli/invocation.ts
var invocation = __webpack_require__(5230);
// EXTERNAL MODULE: ./src/cli/io.ts
var cli_io = __webpack_require__(1604);
;// CONCATENATED MODULE: ./src/cli/install-command.ts
/**
 * `wa-token-guard install`: puts the pre-commit hook into the current repository, idempotently.
 * husky: adds the hook line to .husky/pre-commit and the `prepare` script; plain git: writes (or
 * extends) the pre-commit file in the hooks folder git uses (core.hooksPath is respected).
 * lefthook and the pre-commit framework own their hook files (lefthook renames a hook it did not
 * write): for them the configuration to add is printed, and nothing is written.
 * An existing hook is never replaced: our line is added to it, or we stop and say how.
 */










const INSTALL_HELP = `Usage: wa-token-guard install [--hook-manager <auto|husky|git|lefthook|pre-commit>]

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
const MANAGERS = ["auto", "husky", "git", "lefthook", "pre-commit"];
/** lefthook 2's `jobs:` form; the hook script itself decides whether node needs to start. */
const LEFTHOOK_SNIPPET = `pre-commit:
  jobs:
    - name: wa-token-guard
      run: "${guardedHookCall("./node_modules/.bin/wa-token-guard-pre-commit")}"
`;
/** The hook runs the committed dist/ with the system's node: no npm install per \`rev\`. */
const PRE_COMMIT_SNIPPET = `repos:
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
async function installCommand(args, io) {
    const { values } = (0,cli_args/* parseFlags */.b)(args, {
        "hook-manager": { type: "string", default: "auto" },
        help: { type: "boolean", short: "h", default: false },
    });
    if (values.help) {
        io.stdout(INSTALL_HELP);
        return cli_io/* EXIT */.d.ok;
    }
    const requested = values["hook-manager"];
    if (!MANAGERS.includes(requested)) {
        throw new errors/* UserError */.y(`--hook-manager must be one of ${MANAGERS.join(", ")}, not "${requested}"`);
    }
    const root = await (0,git/* workTreeRoot */.KY)(io.cwd);
    if (requested === "lefthook" || requested === "pre-commit") {
        io.stdout(printedConfiguration(requested, root ? findConfig(root, requested) : undefined));
        return cli_io/* EXIT */.d.ok;
    }
    if (!root)
        throw new errors/* UserError */.y("not inside a git repository: run `git init` first, or cd into your repository");
    const { manager, evidence } = requested === "auto" ? await detectManager(root) : { manager: requested };
    if (manager === "lefthook" || manager === "pre-commit") {
        io.stdout(printedConfiguration(manager, evidence));
        return cli_io/* EXIT */.d.ok;
    }
    const messages = manager === "husky" ? await installHusky(root) : await installGitHook(root);
    io.stdout(`${messages.join("\n")}\n`);
    return cli_io/* EXIT */.d.ok;
}
/** `evidence`: the file that tells the project uses that manager (its config, or package.json). */
function printedConfiguration(manager, evidence) {
    const found = evidence === "package.json" ? undefined : evidence;
    const file = found ?? (manager === "lefthook" ? "lefthook.yml" : ".pre-commit-config.yaml");
    const [snippet, activate] = manager === "lefthook"
        ? [LEFTHOOK_SNIPPET, "then run `npx lefthook install`"]
        : [PRE_COMMIT_SNIPPET, "then run `pre-commit install`"];
    const why = evidence
        ? `This project uses ${manager} (${evidence}), which owns the git hook: nothing was written.\n`
        : "";
    return `${why}Add this to ${file} (merge it with what is there), ${activate}:\n\n${snippet}`;
}
function findConfig(root, manager) {
    return (manager === "lefthook" ? LEFTHOOK_FILES : PRE_COMMIT_FILES).find((file) => (0,external_node_fs_.existsSync)((0,external_node_path_.join)(root, file)));
}
async function detectManager(root) {
    for (const manager of ["lefthook", "pre-commit"]) {
        const evidence = findConfig(root, manager);
        if (evidence)
            return { manager, evidence };
    }
    const pkg = await readPackageJson(root);
    const depends = (name) => Boolean(pkg?.json.devDependencies?.[name] ?? pkg?.json.dependencies?.[name]);
    if (depends("lefthook"))
        return { manager: "lefthook", evidence: "package.json" };
    if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(root, ".husky")) || depends("husky"))
        return { manager: "husky" };
    return { manager: "git" };
}
async function readPackageJson(root) {
    const path = (0,external_node_path_.join)(root, "package.json");
    if (!(0,external_node_fs_.existsSync)(path))
        return undefined;
    const text = await (0,promises_.readFile)(path, "utf8");
    try {
        return {
            json: JSON.parse(text),
            indent: /^\s+/m.exec(text.split("\n")[1] ?? "")?.[0] ?? "  ",
        };
    }
    catch (error) {
        throw new errors/* UserError */.y(`cannot parse ${path}: ${error.message}`);
    }
}
async function installHusky(root) {
    const messages = [];
    const hookPath = (0,external_node_path_.join)(root, ".husky", "pre-commit");
    // The hook script (on PATH in husky as a bin): it skips starting node when nothing can match.
    const line = guardedHookCall("wa-token-guard-pre-commit");
    const existing = (0,external_node_fs_.existsSync)(hookPath) ? await (0,promises_.readFile)(hookPath, "utf8") : undefined;
    const state = existing === undefined ? "absent" : guardCallIn(existing);
    if (state === "runs")
        messages.push(".husky/pre-commit already runs wa-token-guard.");
    else {
        await (0,promises_.mkdir)((0,external_node_path_.dirname)(hookPath), { recursive: true });
        await (0,promises_.writeFile)(hookPath, existing === undefined ? `${line}\n` : withCallFirst(existing, line));
        await (0,promises_.chmod)(hookPath, 0o755);
        messages.push(existing === undefined
            ? "Created .husky/pre-commit."
            : `Added wa-token-guard to .husky/pre-commit (it runs first; the rest is unchanged)${state === "unreachable" ? ": the call that was there came after an `exit` or `exec` and never ran" : ""}.`);
    }
    const pkg = await readPackageJson(root);
    if (pkg) {
        const prepare = pkg.json.scripts?.prepare;
        if (!prepare?.includes("husky")) {
            pkg.json.scripts = { ...pkg.json.scripts, prepare: prepare ? `${prepare} && husky` : "husky" };
            await (0,promises_.writeFile)((0,external_node_path_.join)(root, "package.json"), `${JSON.stringify(pkg.json, null, pkg.indent)}\n`);
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
async function activateHusky(root) {
    const huskyBin = (0,external_node_path_.join)(root, "node_modules", ".bin", "husky");
    if (!(0,external_node_fs_.existsSync)(huskyBin))
        return "Run `npm install -D husky && npm install` to activate husky.";
    try {
        (0,external_node_child_process_.execFileSync)(huskyBin, [], { cwd: root, stdio: "ignore" });
    }
    catch {
        // Told below from core.hooksPath.
    }
    const hooksPath = await (0,git/* git */.$Y)(root, ["config", "--get", "core.hooksPath"]).then((value) => value.trim(), () => "");
    if (hooksPath === ".husky/_")
        return "Activated husky (core.hooksPath = .husky/_).";
    const why = process.env.HUSKY === "0"
        ? "HUSKY=0 is set, so husky skipped its setup: run `npx husky` without HUSKY=0"
        : "husky did not set core.hooksPath: run `npx husky` and read what it says";
    return `husky is NOT active yet, so git will not run the hook: ${why}.`;
}
/**
 * Whether a hook file calls our hook script: "runs" when a command line (not a comment) calls it
 * before any top-level `exit` or `exec` line; "unreachable" when it is only called after one;
 * "absent" when no command line calls it (a mention in a comment does not count).
 */
function guardCallIn(hookText) {
    let ended = false;
    for (const line of hookText.split(/\r?\n/)) {
        const command = line.trim();
        if (command === "" || command.startsWith("#"))
            continue;
        if (GUARD_CALL.test(command))
            return ended ? "unreachable" : "runs";
        // Only unindented lines count: an indented `exit` is usually inside an `if`.
        if (/^(exit|exec)\b/.test(line))
            ended = true;
    }
    return "absent";
}
/** The hook script by name or path, the CLI's staged scan, or a command line `install` tagged. */
const GUARD_CALL = /wa-token-guard-pre-commit|wa-token-guard\/hooks\/pre-commit|wa-token-guard\s+scan\b|#\s*wa-token-guard\s*$/;
/** `call` as the hook's first command (after its #! line), so no `exit` in the hook skips it. */
function withCallFirst(hookText, call) {
    const [first = "", ...rest] = hookText.split("\n");
    return first.startsWith("#!") ? [first, call, ...rest].join("\n") : `${call}\n${hookText}`;
}
/**
 * `install` writes into this clone only. A core.hooksPath outside it (a global setting) is every
 * repository's hook folder on the machine, and a hook that is a link usually points at a tracked
 * team hook: writing there would change other repositories, or a file in the commit, behind the
 * user's back. Both are refused with what to do instead.
 */
async function refuseOutsideThisClone(root, hooksDir, hookPath) {
    const gitDir = (0,external_node_path_.resolve)(root, (await (0,git/* git */.$Y)(root, ["rev-parse", "--git-common-dir"])).trim());
    const inside = (dir, parent) => {
        const path = (0,external_node_path_.relative)(realpathOr(parent), realpathOr(dir));
        return path === "" || (!path.startsWith("..") && !(0,external_node_path_.isAbsolute)(path));
    };
    if (!inside(hooksDir, root) && !inside(hooksDir, gitDir)) {
        throw new errors/* UserError */.y(`core.hooksPath is ${hooksDir}, outside this repository (a global setting?): a hook written there would run in every repository that uses it. Add this line to ${(0,external_node_path_.join)(hooksDir, "pre-commit")} yourself if that is what you want, or use --hook-manager husky: ${guardedHookCall(hookCommand(root), '"$@" || exit $?')}`);
    }
    const link = await (0,promises_.lstat)(hookPath).catch(() => undefined);
    if (link?.isSymbolicLink()) {
        const target = (0,external_node_path_.resolve)((0,external_node_path_.dirname)(hookPath), await (0,promises_.readlink)(hookPath));
        throw new errors/* UserError */.y(`${(0,external_node_path_.relative)(root, hookPath) || hookPath} is a link to ${(0,external_node_path_.relative)(root, target) || target}; nothing was written (that file may be tracked or shared). Add this line to it yourself, or replace the link with a file: ${guardedHookCall(hookCommand(root), '"$@" || exit $?')}`);
    }
}
/** The real path of `path`, or of its nearest existing folder with the rest appended. */
function realpathOr(path) {
    try {
        return (0,external_node_fs_.realpathSync)(path);
    }
    catch {
        const parent = (0,external_node_path_.dirname)(path);
        return parent === path ? path : (0,external_node_path_.join)(realpathOr(parent), (0,external_node_path_.basename)(path));
    }
}
/**
 * The command the plain git hook runs: the package's own hooks/pre-commit, and nothing else (it
 * passes its own arguments on to `scan --staged`, so anything added here would become a path).
 */
function hookCommand(root) {
    const script = (0,external_node_path_.join)((0,invocation/* packageRoot */.Z)(), "hooks", "pre-commit");
    const inside = (0,external_node_path_.relative)(root, script);
    return inside.startsWith("..") ? `"${script}"` : `"$(git rev-parse --show-toplevel)/${inside}"`;
}
async function installGitHook(root) {
    const hooksDir = (0,external_node_path_.resolve)(root, (await (0,git/* git */.$Y)(root, ["rev-parse", "--git-path", "hooks"])).trim());
    const hookPath = (0,external_node_path_.join)(hooksDir, "pre-commit");
    await refuseOutsideThisClone(root, hooksDir, hookPath);
    const call = `${guardedHookCall(hookCommand(root), '"$@" || exit $?')} # ${MARKER}`;
    const shown = (0,external_node_path_.relative)(root, hookPath) || hookPath;
    if (!(0,external_node_fs_.existsSync)(hookPath)) {
        await (0,promises_.mkdir)(hooksDir, { recursive: true });
        await (0,promises_.writeFile)(hookPath, `#!/bin/sh\n${call}\n`);
        await (0,promises_.chmod)(hookPath, 0o755);
        return [
            `Installed the pre-commit hook: ${shown}. It is local to this clone (git never shares hooks): each teammate runs \`npx wa-token-guard install\` after cloning, or use husky (\`npx wa-token-guard install --hook-manager husky\`) so that \`npm install\` sets it up for everyone.`,
        ];
    }
    const existing = await (0,promises_.readFile)(hookPath, "utf8");
    if (guardCallIn(existing) === "runs")
        return [`${shown} already runs wa-token-guard.`];
    const first = existing.split("\n", 1)[0] ?? "";
    const isShell = !first.startsWith("#!") || /\b(sh|bash|dash|zsh)\b/.test(first);
    if (!isShell) {
        throw new errors/* UserError */.y(`${shown} exists and is not a shell script; make it run this command, and fail when it fails: ${hookCommand(root)}`);
    }
    await (0,promises_.writeFile)(hookPath, withCallFirst(existing, call));
    await (0,promises_.chmod)(hookPath, 0o755);
    return [`Added wa-token-guard to the existing hook ${shown} (it runs first; the rest is unchanged).`];
}


/***/ })

};
