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
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/sources/git.ts
var git = __webpack_require__(8022);
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

// EXTERNAL MODULE: ./src/cli/io.ts
var cli_io = __webpack_require__(1604);
;// CONCATENATED MODULE: ./src/cli/install-command.ts
/**
 * `wa-token-guard install`: puts the pre-commit hook into the current repository, idempotently.
 * husky: adds the hook line to .husky/pre-commit and the `prepare` script; plain git: writes (or
 * extends) the pre-commit file in the hooks folder git uses (core.hooksPath is respected).
 * An existing hook is never replaced: our line is added to it, or we stop and say how.
 */










const INSTALL_HELP = `Usage: wa-token-guard install [--hook-manager <auto|husky|git|lefthook|pre-commit>]

Installs the pre-commit hook in the current git repository. Safe to run again.
  auto (default)  husky when the project uses it (a .husky folder or husky in package.json), else git
  husky           add \`wa-token-guard-pre-commit\` to .husky/pre-commit and "husky" to the prepare script
  git             write the hook into git's hooks folder (honours core.hooksPath)
  lefthook, pre-commit   print the configuration to add (those tools own their files)

Exit codes: 0 installed (or already installed), 2 error.
`;
const MARKER = "wa-token-guard";
const MANAGERS = ["auto", "husky", "git", "lefthook", "pre-commit"];
const LEFTHOOK_SNIPPET = `pre-commit:
  commands:
    wa-token-guard:
      run: "${guardedHookCall("./node_modules/.bin/wa-token-guard-pre-commit")}"
`;
const PRE_COMMIT_SNIPPET = `repos:
  - repo: https://github.com/wa-token-guard/wa-token-guard
    rev: v0.1.0
    hooks:
      - id: wa-token-guard
`;
async function installCommand(args, io) {
    const { values } = (0,external_node_util_.parseArgs)({
        args,
        options: {
            "hook-manager": { type: "string", default: "auto" },
            help: { type: "boolean", short: "h", default: false },
        },
    });
    if (values.help) {
        io.stdout(INSTALL_HELP);
        return cli_io/* EXIT */.d.ok;
    }
    const requested = values["hook-manager"];
    if (!MANAGERS.includes(requested)) {
        throw new errors/* UserError */.y(`--hook-manager must be one of ${MANAGERS.join(", ")}, not "${requested}"`);
    }
    if (requested === "lefthook" || requested === "pre-commit") {
        const file = requested === "lefthook" ? "lefthook.yml" : ".pre-commit-config.yaml";
        io.stdout(`Add this to ${file}:\n\n${requested === "lefthook" ? LEFTHOOK_SNIPPET : PRE_COMMIT_SNIPPET}`);
        return cli_io/* EXIT */.d.ok;
    }
    const root = await (0,git/* workTreeRoot */.KY)(io.cwd);
    if (!root)
        throw new errors/* UserError */.y("not inside a git repository: run `git init` first, or cd into your repository");
    const manager = requested === "auto" ? ((await usesHusky(root)) ? "husky" : "git") : requested;
    const messages = manager === "husky" ? await installHusky(root) : await installGitHook(root);
    io.stdout(`${messages.join("\n")}\n`);
    return cli_io/* EXIT */.d.ok;
}
async function usesHusky(root) {
    if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(root, ".husky")))
        return true;
    const pkg = await readPackageJson(root);
    return Boolean(pkg?.json.devDependencies?.husky ?? pkg?.json.dependencies?.husky);
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
    if (existing?.includes(MARKER))
        messages.push(".husky/pre-commit already runs wa-token-guard.");
    else {
        await (0,promises_.mkdir)((0,external_node_path_.dirname)(hookPath), { recursive: true });
        const text = existing === undefined ? `${line}\n` : `${existing.replace(/\n*$/, "\n")}${line}\n`;
        await (0,promises_.writeFile)(hookPath, text);
        await (0,promises_.chmod)(hookPath, 0o755);
        messages.push(`${existing === undefined ? "Created" : "Added wa-token-guard to"} .husky/pre-commit.`);
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
    const huskyBin = (0,external_node_path_.join)(root, "node_modules", ".bin", "husky");
    if ((0,external_node_fs_.existsSync)(huskyBin)) {
        (0,external_node_child_process_.execFileSync)(huskyBin, [], { cwd: root, stdio: "ignore" });
        messages.push("Activated husky (core.hooksPath = .husky/_).");
    }
    else
        messages.push("Run `npm install -D husky && npm install` to activate husky.");
    return messages;
}
/** The command the plain git hook runs: the package's own hooks/pre-commit. */
function hookCommand(root) {
    const packageRoot = (0,external_node_path_.resolve)((0,external_node_path_.dirname)((0,external_node_url_.fileURLToPath)(import.meta.url)), "..", "..");
    const script = (0,external_node_path_.join)(packageRoot, "hooks", "pre-commit");
    const inside = (0,external_node_path_.relative)(root, script);
    return inside.startsWith("..") ? `"${script}"` : `"$(git rev-parse --show-toplevel)/${inside}"`;
}
async function installGitHook(root) {
    const hooksDir = (0,external_node_path_.resolve)(root, (await (0,git/* git */.$Y)(root, ["rev-parse", "--git-path", "hooks"])).trim());
    const hookPath = (0,external_node_path_.join)(hooksDir, "pre-commit");
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
    if (existing.includes(MARKER))
        return [`${shown} already runs wa-token-guard.`];
    const [first = "", ...rest] = existing.split("\n");
    const isShell = !first.startsWith("#!") || /\b(sh|bash|dash|zsh)\b/.test(first);
    if (!isShell) {
        throw new errors/* UserError */.y(`${shown} exists and is not a shell script; add this command to it yourself: ${hookCommand(root)} scan --staged`);
    }
    const text = first.startsWith("#!") ? [first, call, ...rest].join("\n") : [call, existing].join("\n");
    await (0,promises_.writeFile)(hookPath, text);
    await (0,promises_.chmod)(hookPath, 0o755);
    return [`Added wa-token-guard to the existing hook ${shown} (it runs first; the rest is unchanged).`];
}


/***/ })

};
