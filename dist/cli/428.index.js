export const id = 428;
export const ids = [428];
export const modules = {

/***/ 7593:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ parseFlags)
/* harmony export */ });
/* unused harmony export unknownMessage */
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _edit_distance_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6671);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/**
 * Flags, parsed by node:util's parseArgs, with the errors a user can act on: an unknown flag is
 * answered with the nearest known one, as an unknown command is.
 */



function parseFlags(args, options, { allowPositionals = false, allowNegative = false } = {}) {
    try {
        return (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({ args, options, allowPositionals, allowNegative, strict: true });
    }
    catch (error) {
        const code = error.code;
        if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
            const given = /'([^']+)'/.exec(error.message)?.[1] ?? "";
            const known = Object.entries(options).flatMap(([name, option]) => [
                `--${name}`,
                ...(option.type === "boolean" && allowNegative ? [`--no-${name}`] : []),
                ...(option.short ? [`-${option.short}`] : []),
            ]);
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(unknownMessage("option", given.split("=")[0], known));
        }
        if (code === "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL") {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`unexpected argument ${/'([^']+)'/.exec(error.message)?.[1] ?? ""} (see --help)`);
        }
        if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`${error.message.replace(/^Option /, "")} (see --help)`);
        }
        throw error;
    }
}
/**
 * Flags users reach for that are spelled otherwise here, too far apart for the nearest name.
 * `--env-file` is Node's own flag: node reads it anywhere on its command line and exits when the
 * file is missing, so the CLI's is `--dotenv`.
 */
const ALTERNATIVES = { "--env-file": "--dotenv" };
/** `unknown option "--verfy" (did you mean --verify? see --help)`. */
function unknownMessage(what, given, known) {
    const alternative = ALTERNATIVES[given];
    const near = alternative && known.includes(alternative) ? alternative : (0,_edit_distance_js__WEBPACK_IMPORTED_MODULE_2__/* .nearest */ .p)(given, known);
    return `unknown ${what} "${given}" (${near ? `did you mean ${near}? ` : ""}see --help)`;
}


/***/ }),

/***/ 7178:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Yi: () => (/* binding */ replaceDotenvToken),
/* harmony export */   jE: () => (/* binding */ appSecretFor),
/* harmony export */   rU: () => (/* binding */ locateSecret),
/* harmony export */   ro: () => (/* binding */ secretLookup),
/* harmony export */   vA: () => (/* binding */ withoutBom)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3916);
/**
 * Secrets the CLI reads by variable name: from the environment, else from the .env file in the
 * working folder (read once, never printed). Flags never carry secrets: shell history and `ps`
 * would keep them. The one write, `rotate`'s, is replaceDotenvToken (pure, here) and
 * dotenv-sink.ts (the file).
 */




/**
 * `envFile` (verify's --dotenv): read that file instead of `.env`, and let it win over the
 * environment: it was named on purpose (a production and a staging file, checked side by side,
 * must not both read one WHATSAPP_TOKEN from the shell). It must exist.
 */
async function secretLookup(io, envFile) {
    const dotenv = await readDotenv(io.cwd, envFile);
    return (name) => {
        const value = envFile !== undefined ? (dotenv[name] ?? io.env[name]) : (io.env[name] ?? dotenv[name]);
        // Whatever is read as a secret is never printed, whichever variable it came from.
        io.secrets.add(value);
        return value;
    };
}
/** The app secret for --app-id (or for `what` needs it), from the variable --app-secret-env names. */
function appSecretFor(lookup, variable, what = "--app-id") {
    const secret = lookup(variable);
    if (secret === undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .y(`${what} needs the app secret in ${variable} (environment or .env)`);
    return secret;
}
/** The first of `names` that is set, and where (the lookup: the environment, then .env). */
function locateSecret(env, lookup, names) {
    const name = names.find((candidate) => lookup(candidate) !== undefined);
    if (name === undefined)
        return undefined;
    return { name, value: lookup(name), source: env[name] !== undefined ? "environment" : ".env" };
}
/** A UTF-8 byte order mark, which some editors put first: parseEnv would read it into the first key. */
const BOM = "\uFEFF";
/** The text as parseEnv must see it: without a leading byte order mark. */
function withoutBom(text) {
    return text.startsWith(BOM) ? text.slice(BOM.length) : text;
}
const ASSIGNMENT = /^(\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_.-]*)\s*=\s*)(.*?)(\r?\n?)$/;
/**
 * The text with every assignment of `oldValue` given `newValue` instead (the token read from
 * `name`, and any other variable, or duplicate line, that holds the same token: with the old one
 * revoked, a line left holding it would hold a dead token), and nothing else changed: line ends
 * (CRLF), comments, blank lines, order, `export`, quotes, a trailing comment, a last line
 * without a newline, a leading byte order mark. The result is parsed again and must give
 * `newValue` for every variable that held `oldValue`, the same value for every other one, and
 * the old token nowhere; anything this cannot promise is refused with a reason. `keys`: the
 * variables rewritten, in file order.
 */
function replaceDotenvToken(text, name, oldValue, newValue) {
    if (/[\s"'`#\\$]/.test(newValue))
        throw new Error("the new value has characters a .env line cannot hold as is");
    const bom = text.startsWith(BOM) ? BOM : "";
    const body = text.slice(bom.length);
    const lines = body.split(/(?<=\n)/);
    const keys = [];
    let spansLines = false;
    for (let i = 0; i < lines.length; i++) {
        const match = ASSIGNMENT.exec(lines[i]);
        if (!match)
            continue;
        const [, head, key, rest, end] = match;
        const quote = /^["'`]/.exec(rest)?.[0];
        let value;
        let replaced;
        if (quote) {
            const close = rest.indexOf(quote, 1);
            if (close < 0) {
                spansLines ||= key === name;
                continue;
            }
            value = rest.slice(1, close);
            replaced = `${quote}${newValue}${rest.slice(close)}`;
        }
        else {
            const comment = /\s+#.*$|\s*$/.exec(rest);
            value = rest.slice(0, comment.index);
            replaced = `${newValue}${rest.slice(comment.index)}`;
        }
        if (value !== oldValue)
            continue;
        lines[i] = `${head}${replaced}${end}`;
        if (!keys.includes(key))
            keys.push(key);
    }
    if (!keys.includes(name)) {
        throw new Error(spansLines ? `${name}'s value in .env spans several lines` : `.env has no line that sets ${name}`);
    }
    const result = lines.join("");
    const before = (0,node_util__WEBPACK_IMPORTED_MODULE_2__.parseEnv)(body);
    const after = (0,node_util__WEBPACK_IMPORTED_MODULE_2__.parseEnv)(result);
    for (const key of Object.keys({ ...before, ...after })) {
        const expected = before[key] === oldValue ? newValue : before[key];
        if (after[key] !== expected)
            throw new Error(`cannot rewrite ${name} in .env without changing other lines`);
        if (after[key]?.includes(oldValue)) {
            throw new Error(`${key} in .env holds the old token inside a longer value, which wa-token-guard does not rewrite; change it by hand`);
        }
    }
    return { text: `${bom}${result}`, keys };
}
async function readDotenv(cwd, envFile) {
    try {
        return (0,node_util__WEBPACK_IMPORTED_MODULE_2__.parseEnv)(withoutBom(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, envFile ?? ".env"), "utf8")));
    }
    catch (error) {
        const code = error.code;
        if (code === "ENOENT" && envFile === undefined)
            return {};
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .y(`cannot read ${envFile ?? ".env"}: ${code ?? error.message}`);
    }
}


/***/ }),

/***/ 5230:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ invocation),
/* harmony export */   Z: () => (/* binding */ packageRoot)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _report_words_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2691);
/**
 * How a user runs this CLI from their shell, so that every command we print works as printed:
 * `npx wa-token-guard` when the package is installed in the project, `wa-token-guard` when the
 * one on PATH is this very copy (a global install), else node and the bundle's path.
 */




/** The installed package's folder (the one holding dist/ and hooks/). */
function packageRoot() {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)((0,node_url__WEBPACK_IMPORTED_MODULE_2__.fileURLToPath)(import.meta.url)), "..", "..");
}
function invocation(projectRoot, env) {
    const cli = real((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(packageRoot(), "dist", "cli", "index.js"));
    // npx runs the project's node_modules/.bin/wa-token-guard (npm, pnpm and `npm link` alike).
    if (projectRoot && isThisCli((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(projectRoot, "node_modules", ".bin", "wa-token-guard"), cli)) {
        return "npx wa-token-guard";
    }
    for (const dir of (env.PATH ?? "").split(node_path__WEBPACK_IMPORTED_MODULE_1__.delimiter)) {
        if (dir !== "" && isThisCli((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, "wa-token-guard"), cli))
            return "wa-token-guard";
    }
    return `node ${(0,_report_words_js__WEBPACK_IMPORTED_MODULE_3__/* .shellQuote */ .ZL)(cli)}`;
}
const isThisCli = (bin, cli) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(bin) && real(bin) === cli;
function real(path) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(path);
    }
    catch {
        return path;
    }
}


/***/ }),

/***/ 1604:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ processIo),
/* harmony export */   d: () => (/* binding */ EXIT)
/* harmony export */ });
/* harmony import */ var node_readline_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6848);
/* harmony import */ var node_readline_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_readline_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _detect_scrub_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7732);
/** What a command needs from the outside world, passed in so that commands stay testable. */


function processIo() {
    const env = process.env;
    const color = env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== "0"
        ? true
        : Boolean(process.stdout.isTTY) && env.NO_COLOR === undefined && env.TERM !== "dumb";
    const secrets = new _detect_scrub_js__WEBPACK_IMPORTED_MODULE_1__/* .Scrubber */ .h6();
    return {
        cwd: process.cwd(),
        env,
        secrets,
        stdout: writerFor(process.stdout, secrets),
        stderr: writerFor(process.stderr, secrets),
        color,
        interactive: Boolean(process.stdin.isTTY && process.stderr.isTTY),
        ask: async (question) => {
            const prompt = (0,node_readline_promises__WEBPACK_IMPORTED_MODULE_0__.createInterface)({ input: process.stdin, output: process.stderr });
            try {
                return await prompt.question(question);
            }
            catch (error) {
                // readline rejects with an AbortError when the prompt is closed without an answer.
                if (error.name !== "AbortError")
                    throw error;
                process.stderr.write("\n");
                return undefined;
            }
            finally {
                prompt.close();
            }
        },
        readStdin: async (options = {}) => {
            if (process.stdin.isTTY)
                return undefined;
            return readWhole(process.stdin, options.firstByteMs);
        },
    };
}
/** A stream read to its end; undefined when its first byte takes longer than `firstByteMs`. */
function readWhole(stream, firstByteMs) {
    return new Promise((resolve, reject) => {
        const chunks = [];
        const timer = firstByteMs === undefined
            ? undefined
            : setTimeout(() => {
                // Nobody is writing: stop reading, so that the open pipe does not keep the process alive.
                stream.removeAllListeners("data");
                stream.destroy();
                resolve(undefined);
            }, firstByteMs);
        stream.on("data", (chunk) => {
            clearTimeout(timer);
            chunks.push(chunk);
        });
        stream.once("end", () => {
            clearTimeout(timer);
            resolve(Buffer.concat(chunks).toString("utf8"));
        });
        stream.once("error", (error) => {
            clearTimeout(timer);
            reject(error);
        });
    });
}
/**
 * Writes to a stream that the reader may close early (`scan | head -1`): a closed pipe (EPIPE) is
 * the reader saying "enough", so the rest is dropped quietly, with no stack trace.
 */
function writerFor(stream, secrets) {
    let closed = false;
    stream.on("error", (error) => {
        if (error.code !== "EPIPE")
            throw error;
        closed = true;
    });
    return (text) => {
        if (!closed)
            stream.write(secrets.clean(text));
    };
}
/** Exit codes, the same for every command: documented in the README. */
const EXIT = { ok: 0, found: 1, error: 2 };


/***/ }),

/***/ 5428:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  main: () => (/* binding */ main)
});

// UNUSED EXPORTS: USAGE, describeError

// EXTERNAL MODULE: ./src/detect/scrub.ts
var scrub = __webpack_require__(7732);
// EXTERNAL MODULE: ./src/edit-distance.ts
var edit_distance = __webpack_require__(6671);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
;// CONCATENATED MODULE: ./src/node-support.ts
/**
 * Which Node runs which part of wa-token-guard: the one place that says it. The CLI checks it at
 * start-up, package.json's `engines` equals the lowest (a test keeps them equal), the README
 * states it, and the hook may read it to pick a Node that can run it.
 */
/** The GitHub Action (action.yml `runs.using`). */
const ACTION_NODE = "node24";
/**
 * `scan` (files, --staged, --history) and the pre-commit hook: tested on this version (the
 * build machine's own Node) and on Node 24. No HTTP client is loaded on this path.
 */
const SCAN_MIN_NODE = "20.20.0";
/**
 * `verify`, `rotate`, `revoke` and `scan --verify`: the commands that send a live token. Node 20
 * reached its end of life in April 2026 (no more security fixes, TLS included), so they are not
 * offered on it; the scan stays, since a hook runs on whatever Node a machine has.
 */
const VERIFY_MIN_NODE = "22.19.0";
/** Whether `version` (like process.versions.node, "20.20.2") is at least `minimum`. */
function meetsMinimum(version, minimum) {
    const parts = (text) => text.replace(/^v/, "").split(/[.-]/).slice(0, 3).map(Number);
    const have = parts(version);
    const need = parts(minimum);
    for (let index = 0; index < 3; index++) {
        const difference = (have[index] ?? 0) - (need[index] ?? 0);
        if (difference !== 0)
            return difference > 0;
    }
    return true;
}
/** "22.19.0" -> "22.19": how a minimum reads in a message. */
function node_support_short(version) {
    return version.replace(/\.0$/, "");
}
/**
 * The one line to print when this Node cannot run `feature`; undefined when it can.
 * `needsNetwork`: the feature talks to the Graph API (`verify`, `scan --verify`).
 */
function unsupportedNode(feature, needsNetwork, version = process.versions.node) {
    if (!meetsMinimum(version, SCAN_MIN_NODE)) {
        return `\`${feature}\` needs Node >= ${node_support_short(needsNetwork ? VERIFY_MIN_NODE : SCAN_MIN_NODE)}; this is Node ${version}`;
    }
    if (needsNetwork && !meetsMinimum(version, VERIFY_MIN_NODE)) {
        return `\`${feature}\` needs Node >= ${node_support_short(VERIFY_MIN_NODE)}; this is Node ${version}; the scan and the hook work here`;
    }
    return undefined;
}
/**
 * The one line the action stops with when the runner starts it on a Node older than it needs (a
 * copy of action.yml changed to `node20`, or a runner that ignores `runs.using`); undefined when
 * it can run.
 */
function unsupportedActionNode(version = process.versions.node) {
    if (meetsMinimum(version, VERIFY_MIN_NODE))
        return undefined;
    return `wa-token-guard: the action needs Node >= ${node_support_short(VERIFY_MIN_NODE)} (action.yml runs it on ${ACTION_NODE}); this runner started it with Node ${version}`;
}

;// CONCATENATED MODULE: ./package.json
const package_namespaceObject = {"rE":"0.1.0"};
;// CONCATENATED MODULE: ./src/version.ts

const VERSION = package_namespaceObject.rE;
const HOMEPAGE = "https://github.com/wa-token-guard/wa-token-guard";

// EXTERNAL MODULE: ./src/cli/io.ts
var cli_io = __webpack_require__(1604);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:v8"
var external_node_v8_ = __webpack_require__(8877);
// EXTERNAL MODULE: ./src/text-safety.ts
var text_safety = __webpack_require__(2243);
;// CONCATENATED MODULE: ./src/config/ignore-file.ts


const IGNORE_FILE = ".wa-token-guard-ignore";
function parseIgnoreFile(text, source) {
    const fingerprints = new Set();
    text
        .replace(/^\uFEFF/, "")
        .split(/\r?\n/)
        .forEach((raw, i) => {
        const line = raw.replace(/#.*/, "").trim();
        if (line === "")
            return;
        if (!/^[0-9a-f]{32}$/.test(line)) {
            throw new errors/* UserError */.y(`${source}:${i + 1}: expected a 32-character fingerprint, found "${(0,text_safety/* quotedFileText */.ms)(line)}"`);
        }
        fingerprints.add(line);
    });
    return fingerprints;
}
/**
 * The lines to append for the findings not yet listed (one per fingerprint, with the rule and the
 * place as a comment), prefixed by a newline when the existing text does not end with one.
 */
function ignoreFileAddition(existing, findings) {
    const known = parseIgnoreFile(existing, IGNORE_FILE);
    const added = [];
    const lines = [];
    for (const finding of findings) {
        if (known.has(finding.fingerprint))
            continue;
        known.add(finding.fingerprint);
        added.push(finding);
        // A file name may hold a newline: never let it start a line of its own in this file.
        const file = finding.file.replace(/[\u0000-\u001f\u007f]/g, "?");
        const where = finding.line > 0 ? `${file}:${finding.line}` : file;
        lines.push(`${finding.fingerprint} # ${finding.rule} ${where}`);
    }
    if (lines.length === 0)
        return { text: "", added };
    // A hand-edited file may lack its last newline: do not glue the first new line onto it.
    const separator = existing === "" || existing.endsWith("\n") ? "" : "\n";
    return { text: `${separator}${lines.join("\n")}\n`, added };
}

// EXTERNAL MODULE: ./src/detect/paths.ts
var paths = __webpack_require__(6619);
// EXTERNAL MODULE: ./src/detect/redact.ts
var redact = __webpack_require__(962);
;// CONCATENATED MODULE: ./src/detect/finding.ts


const secrets = new WeakMap();
/** Findings on a line with the allow comment: kept apart from the public shape, like the secret. */
const allowedByComment = new WeakSet();
function isAllowedByComment(finding) {
    return allowedByComment.has(finding);
}
function secretOf(finding) {
    return secrets.get(finding);
}
function findingFromDetection(detection, file, teamAppIds) {
    const finding = {
        rule: detection.rule,
        file: (0,paths/* redactPath */.tp)(file),
        line: detection.line,
        column: detection.column,
        redacted: (0,redact/* redact */.E)(detection.secret),
        fingerprint: (0,redact/* fingerprint */.R)(detection.secret),
    };
    if (detection.encoding)
        finding.encoding = detection.encoding;
    if (detection.appId) {
        finding.appId = detection.appId;
        if (teamAppIds.length > 0)
            finding.teamApp = teamAppIds.includes(detection.appId);
    }
    secrets.set(finding, detection.secret);
    if (detection.allowed)
        allowedByComment.add(finding);
    return finding;
}
/**
 * A file-level finding: the file's name alone is the problem. `file` is what reports show;
 * `repoPath` (relative to the repository root) is what the fingerprint hashes, so an ignore entry
 * made anywhere in the repository suppresses it everywhere.
 */
function dotenvFinding(file, repoPath) {
    const shown = (0,paths/* redactPath */.tp)(file);
    return {
        rule: "dotenv-file",
        file: shown,
        line: 0,
        column: 0,
        redacted: shown,
        fingerprint: (0,redact/* fingerprint */.R)(`dotenv-file:${repoPath}`),
    };
}
/** Credentials in the file's name (`cache/EAA….json`): found in `repoPath`, shown as `file`. */
function pathFindings(file, repoPath, teamAppIds) {
    return (0,paths/* detectInPath */.QG)(repoPath).map((detection) => findingFromDetection(detection, file, teamAppIds));
}
/** Report order: by file, then position, then rule. */
function compareFindings(a, b) {
    return ((a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
        a.line - b.line ||
        a.column - b.column ||
        a.rule.localeCompare(b.rule));
}

// EXTERNAL MODULE: ./src/detect/rules/index.ts + 6 modules
var rules = __webpack_require__(3966);
;// CONCATENATED MODULE: ./src/detect/rules.ts
/**
 * The rule catalogue, from the rule records in `rules/`. Rule ids are part of the public interface
 * (JSON, SARIF, ignore files, documentation), so they never change once released.
 */

const RULES = Object.fromEntries([...rules/* CONTENT_RULES */.Q, ...rules/* PATH_RULES */.c].map(({ id, title, remedy }) => [id, { id, title, remedy }]));
const RULE_IDS = Object.keys(RULES);

;// CONCATENATED MODULE: ./src/report/sarif.ts


/** `suppressed` (with --show-suppressed) become results with SARIF's own `suppressions` entry. */
function formatSarif(findings, suppressed) {
    const rules = RULE_IDS.map((id) => ({
        id,
        name: id
            .split("-")
            .map((word) => word[0].toUpperCase() + word.slice(1))
            .join(""),
        shortDescription: { text: RULES[id].title },
        fullDescription: { text: RULES[id].title },
        help: { text: RULES[id].remedy, markdown: RULES[id].remedy },
        defaultConfiguration: { level: "error" },
        properties: { tags: ["security", "secret"], precision: "high", "security-severity": "9.0" },
    }));
    const all = [...findings.map((finding) => ({ finding })), ...(suppressed ?? [])];
    const results = all.map(({ finding, ...rest }) => ({
        ruleId: finding.rule,
        ruleIndex: RULE_IDS.indexOf(finding.rule),
        level: "error",
        message: { text: sarifMessage(finding) },
        locations: [
            {
                physicalLocation: {
                    artifactLocation: { uri: fileUri(finding.file) },
                    ...(finding.line > 0 && { region: { startLine: finding.line, startColumn: finding.column } }),
                },
            },
        ],
        // The secret's hash, not its line: an alert follows the secret when lines move (code scanning
        // would otherwise compute its own fingerprint from the line's text).
        partialFingerprints: { "waTokenGuardSecret/v1": finding.fingerprint },
        ...("reason" in rest && {
            suppressions: [
                {
                    kind: rest.reason === "allow-comment" ? "inSource" : "external",
                    justification: `wa-token-guard ${rest.reason}`,
                },
            ],
        }),
        ...((finding.commit || finding.status || finding.encoding) && {
            properties: {
                ...(finding.encoding && { encoding: finding.encoding }),
                ...(finding.commit && { commit: finding.commit, date: finding.date, count: finding.count }),
                ...(finding.status && { liveness: finding.status }),
            },
        }),
    }));
    const log = {
        $schema: "https://json.schemastore.org/sarif-2.1.0.json",
        version: "2.1.0",
        runs: [
            {
                tool: { driver: { name: "wa-token-guard", version: VERSION, informationUri: HOMEPAGE, rules } },
                results,
            },
        ],
    };
    return `${JSON.stringify(log, null, 2)}\n`;
}
/**
 * A relative URI reference for a path: every segment percent-encoded (`#`, `?`, `%`, spaces and
 * non-ASCII included), `/` kept, so that code scanning finds the file whatever its name.
 */
function fileUri(path) {
    return path.split("/").map(encodeURIComponent).join("/");
}
function sarifMessage(finding) {
    if (finding.rule === "dotenv-file")
        return `${RULES[finding.rule].title}: ${finding.file}`;
    const app = finding.appId ? ` for app ${finding.appId}` : "";
    const live = finding.status ? ` [${finding.status}]` : "";
    const since = finding.commit ? `, introduced in ${finding.commit.slice(0, 10)}` : "";
    const encoded = finding.encoding ? `, ${finding.encoding}-encoded` : "";
    return `${RULES[finding.rule].title}${app}: ${finding.redacted}${encoded}${live}${since}`;
}

;// CONCATENATED MODULE: ./src/report/scan-json.ts
/**
 * `--format json`. Version 1 of this shape is a public interface: add fields, never change them.
 * `suppressed` (with --show-suppressed) lists what the ignore file hid, each with its reason.
 */
function formatScanJson(findings, stats, suppressed) {
    const report = {
        version: 1,
        findings,
        ...(suppressed && { suppressed: suppressed.map(({ finding, reason }) => ({ ...finding, reason })) }),
        stats: { files: stats.files, bytes: stats.bytes },
    };
    return `${JSON.stringify(report, null, 2)}\n`;
}

// EXTERNAL MODULE: ./src/detect/rules/dotenv-file.ts
var dotenv_file = __webpack_require__(1440);
// EXTERNAL MODULE: ./src/report/words.ts
var words = __webpack_require__(2691);
;// CONCATENATED MODULE: ./src/report/block-advice.ts



/** Commands name at most this many files; the finding lines above list every one. */
const MAX_LISTED = 20;
const SYSTEM_USERS = "https://business.facebook.com/settings/system-users";
const appSettings = (appId) => appId
    ? `https://developers.facebook.com/apps/${appId}/settings/basic/`
    : "https://developers.facebook.com/apps/";
/** Statuses from --verify that mean the token no longer works: nothing left to revoke. */
const DEAD = new Set(["expired", "revoked"]);
function formatAdvice(findings, options) {
    const dotenvFiles = unique(findings.filter((f) => f.rule === "dotenv-file").map((f) => f.file));
    const tokens = findings.filter((f) => f.rule === "meta-access-token");
    const appSecrets = findings.filter((f) => f.rule === "meta-app-secret" || f.rule === "meta-app-token");
    const blocks = [];
    if (tokens.length > 0)
        blocks.push(tokenBlock(tokens, dotenvFiles, options));
    if (appSecrets.length > 0)
        blocks.push(appSecretBlock(appSecrets, dotenvFiles, options));
    if (dotenvFiles.length > 0)
        blocks.push(dotenvBlock(dotenvFiles, options));
    const lines = blocks.flatMap((block) => ["", ...block]);
    const credentials = [...tokens, ...appSecrets];
    if (credentials.length > 0 && options.kind !== "history") {
        // Named, so that the reader knows which line, also when several findings were listed above.
        const places = unique(credentials.map(place));
        const target = places.length === 1 ? `that line (${(0,paths/* printable */.g$)(places[0])})` : "each line listed above";
        lines.push("", `A false positive? Add a comment holding wa-token-guard:allow to ${target}${options.kind === "staged" ? ", and stage it" : ""}.`);
    }
    if (options.kind === "staged")
        lines.push("To commit anyway, on purpose: git commit --no-verify");
    return lines;
}
function tokenBlock(findings, dotenvFiles, options) {
    const apps = unique(findings.flatMap((f) => (f.appId ? [f.appId] : [])));
    const head = `${(0,words/* plural */.LS)(findings.length, "access token")} (${where(findings)}${apps.length > 0 ? `, app ${apps.join(", ")}` : ""}):`;
    const live = findings.filter((f) => !DEAD.has(f.status ?? ""));
    const it = pronoun(live.length);
    const revoke = live.length === 0
        ? ["Already expired or revoked (checked with --verify): nothing to revoke."]
        : [
            `${options.kind === "history" ? `Revoke ${it} first: git history, and so every clone, holds ${it}` : revokeWhen(options.kind, `revoke ${it}`)}${live.length < findings.length ? ` (${where(live)}; the others are already expired or revoked)` : ""}:`,
            `    ${options.command} revoke    (reads the token from standard input or WHATSAPP_TOKEN)`,
            "  or: Meta Business Settings > Users > System users > (the user) > Revoke tokens",
            `      ${SYSTEM_USERS}`,
            "  then generate a new token and update every place that uses the old one.",
        ];
    return [head, ...steps(fileStep(findings, dotenvFiles, options), revoke, historyStep(findings, options))];
}
function appSecretBlock(findings, dotenvFiles, options) {
    const apps = unique(findings.flatMap((f) => (f.appId ? [f.appId] : [])));
    const head = `${(0,words/* plural */.LS)(findings.length, "app secret")} (${where(findings)}${apps.length > 0 ? `, app ${apps.join(", ")}` : ""}):`;
    const it = pronoun(findings.length);
    const reset = [
        `${options.kind === "history" ? `Reset ${it} first: git history, and so every clone, holds ${it}` : revokeWhen(options.kind, `reset ${it}`)}:`,
        "  App Dashboard > (the app) > App settings > Basic > App secret > Reset",
        `    ${apps.length === 1 ? appSettings(apps[0]) : appSettings(undefined)}`,
        "  then update every place that uses the old secret.",
    ];
    return [head, ...steps(fileStep(findings, dotenvFiles, options), reset, historyStep(findings, options))];
}
function dotenvBlock(files, options) {
    const one = files.length === 1;
    const it = pronoun(files.length);
    const head = `${(0,words/* plural */.LS)(files.length, ".env file")} (${shortList(files)}): keep ${one ? "it" : "them"} out of git, ${one ? "it holds" : "they hold"} secrets.`;
    // The empty first line ends a .gitignore whose last line has no newline; otherwise `.env` would
    // be glued onto it.
    const ignore = `    printf '%s\\n' '' ${dotenv_file/* DOTENV_IGNORE_LINES */.I.map(words/* shellQuote */.ZL).join(" ")} >> .gitignore`;
    if (options.kind === "history") {
        return [
            head,
            ...steps([
                `Revoke or reset every secret ${one ? "it" : "they"} ever held (see above, or read the old versions with git log -p).`,
            ], [
                `Then remove ${one ? "it" : "them"} from every commit, force-push, and have every clone cloned again:`,
                `    git filter-repo --invert-paths ${files.map((file) => `--path ${(0,words/* shellQuote */.ZL)(file)}`).join(" ")}`,
            ], [`Keep ${one ? "it" : "them"} out from now on:`, ignore]),
        ];
    }
    return [
        head,
        `  ${options.kind === "staged" ? `Take ${it}` : `If git tracks ${it}, take ${it}`} out of the index (${one ? "the file stays" : "the files stay"} on disk) and ignore every .env but the example:`,
        `    git rm --cached -- ${files.slice(0, MAX_LISTED).map(words/* shellQuote */.ZL).join(" ")}${more(files)}`,
        ignore,
        "  Commit a .env.example with the variable names and no values instead.",
    ];
}
/** Step 1: get the secret out of the files (files that are .env files are the .env block's). */
function fileStep(findings, dotenvFiles, options) {
    if (options.kind === "history")
        return [];
    const files = unique(findings.map((f) => f.file)).filter((file) => !dotenvFiles.includes(file));
    if (files.length === 0)
        return [];
    const it = pronoun(findings.filter((f) => !dotenvFiles.includes(f.file)).length);
    const take = `Take ${it} out of ${files.length === 1 ? "the file" : "the files"} (read ${it} from an environment variable instead)`;
    if (options.kind === "files")
        return [`${take}.`];
    return [
        `${take} and stage ${files.length === 1 ? "the file" : "them"} again:`,
        `    git add -- ${files.slice(0, MAX_LISTED).map(words/* shellQuote */.ZL).join(" ")}${more(files)}`,
    ];
}
/** The last step of a history audit: rewrite history, after revoking. */
function historyStep(findings, options) {
    if (options.kind !== "history")
        return [];
    const count = findings.length;
    return [
        `Then rewrite history: write ${count === 1 ? "the secret to a file outside the repository as the line" : "the secrets to a file outside the repository, one line each:"} <secret>==>REMOVED, and run:`,
        "    git filter-repo --replace-text <that file>",
        "  then force-push every branch and tag, and have every clone cloned again (forks keep the old commits).",
    ];
}
/** "revoke it" for a staged or working-tree finding: needed only if the secret ever left this machine. */
function revokeWhen(kind, action) {
    return kind === "staged"
        ? `Not in git history yet. If ever committed, pushed or shared, ${action}`
        : `If ever committed, pushed or shared, ${action} (\`scan --history\` tells whether git has it)`;
}
const pronoun = (count) => (count === 1 ? "it" : "them");
function steps(...groups) {
    const present = groups.filter((group) => group.length > 0);
    return present.flatMap((group, i) => [
        `  ${present.length > 1 ? `${i + 1}. ` : ""}${group[0]}`,
        ...group.slice(1).map((line) => (present.length > 1 ? `   ${line}` : line)),
    ]);
}
/** "src/bot.js:1", or the file alone for a finding about a whole file. */
function place(finding) {
    return finding.line > 0 ? `${finding.file}:${finding.line}` : finding.file;
}
function where(findings) {
    return shortList(unique(findings.map(place)));
}
function shortList(places) {
    const shown = places.slice(0, 3).map(paths/* printable */.g$).join(", ");
    return places.length > 3 ? `${shown} and ${places.length - 3} more` : shown;
}
function more(files) {
    return files.length > MAX_LISTED ? `   (and ${files.length - MAX_LISTED} more, listed above)` : "";
}
const unique = (items) => [...new Set(items)];

;// CONCATENATED MODULE: ./src/report/scan-text.ts



const paint = (on, code, text) => (on ? `\u001b[${code}m${text}\u001b[0m` : text);
const REASONS = {
    "ignore-file": "fingerprint in the ignore file",
    "ignore-paths": "ignorePaths in the configuration",
    "allow-comment": "wa-token-guard:allow on the line",
};
function formatFindingLine(finding, color) {
    const file = (0,paths/* printable */.g$)(finding.file);
    const where = finding.line > 0 ? `${file}:${finding.line}:${finding.column}` : file;
    const parts = [paint(color, 1, where), paint(color, 31, finding.rule)];
    if (finding.rule !== "dotenv-file")
        parts.push(finding.encoding ? `${finding.redacted} (${finding.encoding}-encoded)` : finding.redacted);
    if (finding.appId) {
        const whose = finding.teamApp === undefined
            ? ""
            : finding.teamApp
                ? " (one of your apps)"
                : " (not one of your apps)";
        parts.push(`app ${finding.appId}${whose}`);
    }
    if (finding.status)
        parts.push(paint(color, finding.status === "live" ? 41 : 2, finding.status.toUpperCase()));
    if (finding.commit) {
        const times = finding.count && finding.count > 1 ? `, in ${finding.count} versions` : "";
        parts.push(`since ${finding.commit.slice(0, 10)} ${finding.date?.slice(0, 10) ?? ""}${times}`);
    }
    return parts.join("  ");
}
function formatScanText(findings, stats, options) {
    const scanned = `${(0,words/* plural */.LS)(stats.files, options.kind === "history" ? "blob" : "file")}, ${(0,words/* byteSize */.mz)(stats.bytes)}`;
    const lines = [];
    if (findings.length === 0) {
        // "No credentials found" alone would read as a pass when the scan fails for what it missed.
        lines.push(options.unread
            ? `No credentials found in what could be read (${scanned}), but ${(0,words/* plural */.LS)(options.unread, "file")} could not be read (named below): the scan fails.`
            : `No credentials found (${scanned}).`);
    }
    else {
        const live = findings.filter((finding) => finding.status === "live").length;
        if (live > 0) {
            lines.push(paint(options.color, 31, `${(0,words/* plural */.LS)(live, "token is", "tokens are")} still live: revoke ${live === 1 ? "it" : "them"} now (below).`), "");
        }
        // No spread of unbounded arrays: 130k findings would overflow the stack.
        for (const finding of findings)
            lines.push(formatFindingLine(finding, options.color));
        lines.push("");
        const files = new Set(findings.map((finding) => finding.file)).size;
        const found = `${(0,words/* plural */.LS)(findings.length, "finding")} in ${(0,words/* plural */.LS)(files, "file")}`;
        lines.push(options.kind === "staged"
            ? paint(options.color, 31, `wa-token-guard blocked this commit: ${found}.`)
            : `${found} (${scanned} scanned). What to do:`);
        for (const line of formatAdvice(findings, options))
            lines.push(line);
    }
    const suppressed = options.suppressed ?? [];
    if (suppressed.length > 0) {
        lines.push("", `Not reported (${(0,words/* plural */.LS)(suppressed.length, "suppressed finding")}):`);
        for (const { finding, reason } of suppressed) {
            lines.push(`  ${formatFindingLine(finding, false)}  (${REASONS[reason]})`);
        }
    }
    // What ignorePaths hides is not even read: said, so that a token hidden that way leaves a trace.
    const ignored = stats.ignoredPaths ?? 0;
    if (ignored > 0 && options.kind === "files") {
        lines.push("", `${(0,words/* plural */.LS)(ignored, "file")} not read: ignorePaths in the configuration names ${ignored === 1 ? "it" : "them"} (--show-suppressed reads ${ignored === 1 ? "it" : "them"} and lists what ${ignored === 1 ? "it holds" : "they hold"}).`);
    }
    return `${lines.join("\n")}\n`;
}

;// CONCATENATED MODULE: ./src/config/config.ts
/**
 * `.wa-token-guard.json` at the repository root: the only configuration file. Validated in one
 * place; unknown keys and bad values are errors that name the key, so a typo never turns into a
 * silently ignored setting. Pure: the CLI decides where the text comes from (the working tree, the
 * index for the hook, the base commit for a CI range), so that a change cannot exempt itself.
 */



const CONFIG_FILE = ".wa-token-guard.json";
const DEFAULT_CONFIG = { ignorePaths: [], allowDotenv: [], appIds: [] };
const KEYS = ["ignorePaths", "allowDotenv", "appIds"];
/** Parses the file's text (from the working tree, the index or a commit: the caller chooses). */
function parseConfigText(text, source) {
    let raw;
    try {
        // Editors on Windows save UTF-8 with a byte order mark; JSON.parse rejects it.
        raw = JSON.parse(text.replace(/^\uFEFF/, ""));
    }
    catch (error) {
        // Node's message quotes the text around the error, which may be a secret.
        throw new errors/* UserError */.y(`config ${source} is not valid JSON: ${(0,text_safety/* quotedFileText */.ms)(error.message, 200)}`);
    }
    return parseConfig(raw, source);
}
function parseConfig(raw, source) {
    if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
        throw new errors/* UserError */.y(`config ${source} must be a JSON object`);
    }
    const config = { ...DEFAULT_CONFIG };
    for (const [key, value] of Object.entries(raw)) {
        if (key === "$schema")
            continue;
        if (!KEYS.includes(key)) {
            throw new errors/* UserError */.y(`config ${source}: unknown key "${(0,text_safety/* quotedFileText */.ms)(key)}" (known keys: ${KEYS.join(", ")})`);
        }
        if (!Array.isArray(value) || !value.every((item) => typeof item === "string" && item.trim() !== "")) {
            throw new errors/* UserError */.y(`config ${source}: "${key}" must be an array of non-empty strings`);
        }
        config[key] = value.map((item) => item.trim());
    }
    const badId = config.appIds.find((id) => !/^[0-9]{5,20}$/.test(id));
    if (badId !== undefined) {
        throw new errors/* UserError */.y(`config ${source}: "appIds" holds "${(0,text_safety/* quotedFileText */.ms)(badId)}", which is not a numeric Meta app id`);
    }
    return config;
}
/**
 * True when a repository-relative path matches any of the globs, read as .gitignore reads them:
 * a glob with a `/` in it (other than at its end) is anchored at the repository root, so
 * `deploy/.env.ci` never also exempts `vendor/deploy/.env.ci`; one without (`*.log`, `.env.ci`)
 * matches a name at any depth; and a glob that names a folder covers everything inside it.
 * A suppression must not reach further than it reads.
 */
function matchesAny(path, globs) {
    return globs.some((glob) => globPatterns(glob).some((pattern) => quietMatchesGlob(path, pattern)));
}
const patternCache = new Map();
function globPatterns(glob) {
    let patterns = patternCache.get(glob);
    if (!patterns) {
        const trimmed = glob.replace(/^\.\//, "").replace(/\/+$/, "");
        const anchored = trimmed.includes("/");
        const rooted = trimmed.replace(/^\/+/, "");
        const bases = anchored ? [rooted] : [rooted, `**/${rooted}`];
        patterns = bases.flatMap((base) => [base, `${base}/**`]);
        patternCache.set(glob, patterns);
    }
    return patterns;
}
let globWarningSilenced = false;
/**
 * `path.matchesGlob`, minus the one-time "ExperimentalWarning: glob" that Node 20 and 22 print on
 * stderr: the hook runs there too, and a hook that prints on every clean commit gets turned off.
 */
function quietMatchesGlob(path, glob) {
    if (globWarningSilenced)
        return (0,external_node_path_.matchesGlob)(path, glob);
    const emitWarning = process.emitWarning;
    process.emitWarning = ((warning, ...rest) => {
        const type = typeof rest[0] === "string" ? rest[0] : rest[0]?.type;
        if (type === "ExperimentalWarning" && /glob/i.test(String(warning)))
            return;
        emitWarning.call(process, warning, ...rest);
    });
    try {
        return (0,external_node_path_.matchesGlob)(path, glob);
    }
    finally {
        process.emitWarning = emitWarning;
        globWarningSilenced = true;
    }
}

;// CONCATENATED MODULE: ./src/detect/dotenv.ts

/** True for a path the `dotenv-file` rule blocks (see rules/dotenv-file.ts). */
const isDotenvPath = (path) => dotenv_file/* dotenvFileRule */.$.matches(path);

;// CONCATENATED MODULE: ./src/scan/policy.ts
/**
 * What the user has configured to be reported or not, applied identically by every source
 * (files, staged index, history). Pure, apart from noting what it suppressed.
 */



/** Whether `ignorePaths` names the path: relative to the repository root, where its globs are anchored. */
function isIgnoredPath(policy, repoPath) {
    return policy.config.ignorePaths.length > 0 && matchesAny(repoPath, policy.config.ignorePaths);
}
/** Whether a source leaves the path unread (see readIgnoredPaths). */
function isSkippedPath(policy, repoPath) {
    return !policy.readIgnoredPaths && isIgnoredPath(policy, repoPath);
}
function isBlockedDotenv(policy, repoPath) {
    return isDotenvPath(repoPath) && !matchesAny(repoPath, policy.config.allowDotenv);
}
/** `repoPath`: where the finding is, when `ignorePaths` may name it (not for a path the user named). */
function isReported(policy, finding, repoPath) {
    const reason = 
    // Only a source that read the ignored paths can hold a finding there.
    policy.readIgnoredPaths && repoPath !== undefined && isIgnoredPath(policy, repoPath)
        ? "ignore-paths"
        : isAllowedByComment(finding)
            ? "allow-comment"
            : policy.ignored.has(finding.fingerprint)
                ? "ignore-file"
                : undefined;
    if (reason === undefined)
        return true;
    policy.suppressed?.push({ finding, reason });
    return false;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/concurrency.ts
var concurrency = __webpack_require__(1532);
// EXTERNAL MODULE: ./src/sources/git.ts
var git = __webpack_require__(8022);
;// CONCATENATED MODULE: ./src/sources/files.ts
/**
 * Where `scan` gets its text: files and folders on disk. Inside a git work tree, folders are
 * listed by git itself (tracked files plus untracked ones .gitignore does not exclude), so ignore
 * rules behave exactly as git applies them; an untracked nested clone is listed by its own git;
 * elsewhere, or with --no-gitignore, by walking. `.git` is never entered; `node_modules` only for
 * the files git tracks in it (committed code is scanned wherever it sits). Symbolic links are not
 * followed.
 *
 * Nothing is dropped silently: a file or folder that cannot be read is a Skipped entry with the
 * reason, and names that are not valid UTF-8 are kept as bytes, so they are read all the same.
 */




const NEVER_ENTER = new Set([".git", "node_modules"]);
const toPosix = (path) => (external_node_path_.sep === "/" ? path : path.split(external_node_path_.sep).join("/"));
async function listFiles(paths, options) {
    const byPath = new Map();
    const skipped = [];
    const display = (absPath) => toPosix((0,external_node_path_.relative)(options.cwd, absPath)) || ".";
    const add = (absPath, explicit, tracked = false) => {
        const text = typeof absPath === "string" ? absPath : absPath.toString("utf8");
        const key = typeof absPath === "string" ? absPath : absPath.toString("latin1");
        const known = byPath.get(key);
        if (known) {
            known.explicit ||= explicit;
            known.mustRead ||= explicit || tracked;
            return;
        }
        byPath.set(key, {
            absPath,
            repoPath: toPosix((0,external_node_path_.relative)(options.root, text)) || ".",
            displayPath: display(text),
            explicit,
            mustRead: explicit || tracked,
        });
    };
    const skip = (absPath, reason, mustRead) => skipped.push({ displayPath: display(absPath), reason, mustRead });
    for (const path of paths) {
        const absPath = (0,external_node_path_.resolve)(options.cwd, path);
        let info;
        try {
            info = await (0,promises_.stat)(absPath);
        }
        catch (error) {
            throw new errors/* UserError */.y(`cannot read ${path}: ${describeFsError(error)}`);
        }
        if (info.isFile())
            add(absPath, true);
        else if (info.isDirectory()) {
            if (options.insideGit && options.useGitignore)
                await listWithGit(absPath, add, skip);
            else
                await walk(absPath, add, skip);
        }
        else
            throw new errors/* UserError */.y(`cannot scan ${path}: not a regular file or folder`);
    }
    return { entries: [...byPath.values()], skipped };
}
const SPECIAL_FILE = "not a regular file (a FIFO, socket or device)";
/** `name` joined to `dir`: a string when both are valid UTF-8, else bytes. */
function joinName(dir, name) {
    const text = name.toString("utf8");
    if (typeof dir === "string" && Buffer.from(text, "utf8").equals(name))
        return (0,external_node_path_.join)(dir, text);
    return Buffer.concat([Buffer.from(dir), Buffer.from(external_node_path_.sep), name]);
}
const hasNeverEnter = (name) => name.split("/").some((part) => NEVER_ENTER.has(part));
/**
 * One `git ls-files` for tracked (`H`, and other stage letters) and untracked (`?`) files. An
 * untracked folder git lists as `path/` is a nested repository: listed with its own git.
 */
async function listWithGit(dir, add, skip) {
    const { stdout, warnings } = await (0,git/* gitWithWarnings */.uB)(dir, [
        "-c",
        "core.quotePath=true",
        "ls-files",
        "-z",
        "-t",
        "--cached",
        "--others",
        "--exclude-standard",
    ]);
    // git cannot list inside a folder it cannot open; it says so and goes on.
    for (const line of warnings.split("\n")) {
        const unreadable = /could not open directory '(.*)': (.*)$/.exec(line);
        if (unreadable)
            skip((0,external_node_path_.join)(dir, unreadable[1]), describeReason(unreadable[2]), false);
    }
    for (let start = 0; start < stdout.length;) {
        let end = stdout.indexOf(0, start);
        if (end === -1)
            end = stdout.length;
        const record = stdout.subarray(start, end);
        start = end + 1;
        if (record.length < 3)
            continue;
        const tracked = record[0] !== 0x3f; // "?"
        const name = record.subarray(2);
        const text = name.toString("utf8");
        // node_modules is skipped when untracked (installed, not written); tracked, it is committed
        // code like any other (a vendored package, a committed node_modules) and is scanned.
        if (!tracked && hasNeverEnter(text))
            continue;
        const absPath = joinName(dir, name);
        if (!tracked && text.endsWith("/")) {
            await listWithGit(absPath.toString(), add, skip);
            continue;
        }
        try {
            const info = await (0,promises_.lstat)(absPath);
            // Tracked submodules (folders) and links are not files to read; a FIFO, socket or device
            // in a tracked file's place is a file that cannot be read (and reading a FIFO would hang).
            if (info.isFile())
                add(absPath, false, tracked);
            else if (!info.isDirectory() && !info.isSymbolicLink())
                skip(absPath.toString(), SPECIAL_FILE, tracked);
        }
        catch (error) {
            // Tracked but deleted in the working tree: nothing to read, nothing lost.
            if (error.code === "ENOENT")
                continue;
            skip(absPath.toString(), describeFsError(error), tracked);
        }
    }
}
async function walk(dir, add, skip) {
    const pending = [dir];
    const found = [];
    while (pending.length > 0) {
        const current = pending.pop();
        let entries;
        try {
            entries = await (0,promises_.readdir)(current, { withFileTypes: true, encoding: "buffer" });
        }
        catch (error) {
            // The folder named on the command line itself must be readable; below it, say and go on.
            if (current === dir)
                throw new errors/* UserError */.y(`cannot read folder ${dir}: ${describeFsError(error)}`);
            skip(current.toString(), describeFsError(error), false);
            continue;
        }
        for (const entry of entries) {
            const name = entry.name.toString("utf8");
            if (NEVER_ENTER.has(name))
                continue;
            const path = joinName(current, entry.name);
            if (entry.isDirectory())
                pending.push(path);
            else if (entry.isFile())
                found.push(path);
            else if (!entry.isSymbolicLink())
                skip(path.toString(), SPECIAL_FILE, false);
        }
    }
    found.sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
    for (const path of found)
        add(path, false);
}
/** git's wording of a failed directory read, in this tool's words. */
function describeReason(reason) {
    return /permission denied/i.test(reason) ? "permission denied" : reason.toLowerCase();
}
function describeFsError(error) {
    const code = error.code;
    switch (code) {
        case "ENOENT":
            return "no such file or folder";
        case "EACCES":
        case "EPERM":
            return "permission denied";
        case "EISDIR":
            return "is a folder";
        case "ENOTDIR":
            return "a folder in its path is not a folder";
        case "ELOOP":
            return "a folder in its path is a link loop";
        case "ENOSPC":
            return "no space left on the disk";
        default:
            return code ?? error.message;
    }
}

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./src/detect/engine.ts + 3 modules
var engine = __webpack_require__(1533);
;// CONCATENATED MODULE: ./src/sources/sniff.ts
/**
 * What a file's first bytes say it is: the one test every source and the scan share, so a file
 * is binary or text by its own bytes, never by git's opinion or the user's attributes.
 */
/** git's own window: a NUL byte in the first 8000 bytes means binary. */
const BINARY_SNIFF_BYTES = 8000;
/**
 * `head`: at least the first 8000 bytes, or the whole file. A UTF-16 byte order mark means UTF-16
 * text (PowerShell 5 `>` writes it, and its ASCII is half NUL bytes); then a NUL byte means
 * binary; anything else is treated as UTF-8.
 */
function sniffEncoding(head) {
    if (head.length >= 2 && head[0] === 0xff && head[1] === 0xfe)
        return "utf-16le";
    if (head.length >= 2 && head[0] === 0xfe && head[1] === 0xff)
        return "utf-16be";
    const end = Math.min(head.length, BINARY_SNIFF_BYTES);
    for (let i = 0; i < end; i++)
        if (head[i] === 0)
            return "binary";
    return "utf8";
}
const isBinary = (head) => sniffEncoding(head) === "binary";

;// CONCATENATED MODULE: ./src/scan/content.ts
/**
 * Runs the detection engine over the bytes of one file, whatever they are. The bytes alone decide
 * what the file is, never git's opinion or the user's attributes: a UTF-16 byte order mark means
 * UTF-16 text (what PowerShell 5 `>` writes), otherwise a NUL byte in the first 8000 bytes means
 * binary (git's own test), and anything else is text, decoded leniently as UTF-8 (credentials are
 * ASCII). Large inputs are scanned in segments cut at line ends, so no file has to fit in one
 * string, memory stays flat, and the work is linear in the size whatever the line lengths. The
 * seam between two segments (the last and first lines of each, OVERLAP_CHARS) is scanned once
 * more, so that what the rules read around a credential, and a wrapped base64 run, reach across
 * the cut.
 */



/**
 * Segments are cut at a newline near this size. Small on purpose: Node makes a string of over
 * about 1 MB an external string, which V8 counts apart and frees late, so 8 MiB segments piled up
 * as garbage (a 100 MB staged file peaked at 136 MB; with 256 KiB, 91 MB, in the same time).
 */
const SEGMENT_BYTES = 256 * 1024;
/** A single line longer than this is cut at a character no credential can contain. */
const MAX_CARRY_BYTES = 32 * 1024 * 1024;
/**
 * How much of a segment's end, in whole lines, is scanned again with the next: more than the
 * rules look around a credential (600 characters of context, an enclosing key six lines or 600
 * characters up) and more than a token base64'd twice and wrapped.
 */
const OVERLAP_CHARS = 4096;
/** For content already in memory. */
function detectInBuffer(bytes, options = {}) {
    const scanner = new ContentScanner(options);
    scanner.push(bytes);
    return scanner.finish();
}
/** For content read piece by piece (large files, git blobs). */
async function detectInChunks(chunks, options = {}) {
    const scanner = new ContentScanner(options);
    for await (const chunk of chunks)
        if (!scanner.push(chunk))
            break;
    return scanner.finish();
}
/**
 * Which of `wanted` (line texts, as ContentResult.lines gives them) are whole lines of `bytes`.
 * One pass; lines are only turned into strings when their length could match.
 */
function linesIn(bytes, wanted) {
    const found = new Set();
    if (wanted.size === 0)
        return found;
    const lengths = new Set([...wanted].map((line) => line.length));
    const maxLength = Math.max(...lengths);
    // Lines end where the engine says they do (\n, \r\n or a lone \r): an old Mac file is lines too.
    const lineEnd = /\r\n?|\n/g;
    const text = new TextSegments((segment) => {
        lineEnd.lastIndex = 0;
        for (let start = 0; start < segment.length;) {
            const match = lineEnd.exec(segment);
            const end = match ? match.index : segment.length;
            const length = end - start;
            if (length <= maxLength && lengths.has(length)) {
                const line = segment.slice(start, end);
                if (wanted.has(line))
                    found.add(line);
            }
            start = match ? lineEnd.lastIndex : segment.length;
        }
    });
    text.push(bytes);
    text.end();
    return found;
}
/** Bytes that may appear inside a credential (or its `|` / `%7C` separator): never cut there. */
const isCredentialByte = (b) => (b >= 48 && b <= 57) ||
    (b >= 65 && b <= 90) ||
    (b >= 97 && b <= 122) ||
    b === 124 ||
    b === 37 ||
    b === 45 ||
    b === 95;
/**
 * Bytes in, text segments out: sniffs the encoding from the first 8000 bytes, decodes, and cuts
 * at line ends (or, in an over-long line, after a byte no credential contains).
 *
 * Pending bytes live in one buffer of its own, reused from segment to segment: `push` copies what
 * it keeps, so callers may reuse theirs, and a large file makes no garbage buffer per chunk or
 * per segment (external memory that V8 frees late: that garbage, not the data, was most of the
 * peak memory on a 100 MB file). The buffer grows only while a line has no end yet, doubling, so
 * each byte is copied a bounded number of times and the cost stays linear.
 */
class TextSegments {
    onText;
    encoding;
    head = [];
    headBytes = 0;
    utf16;
    buffer = EMPTY;
    length = 0;
    atStart = true;
    constructor(onText) {
        this.onText = onText;
    }
    /** False once the content is known to be binary: nothing more needs to be read. */
    push(chunk) {
        if (this.encoding === "binary")
            return false;
        if (this.encoding === undefined) {
            this.head.push(Buffer.from(chunk.subarray(0, BINARY_SNIFF_BYTES - this.headBytes)));
            const rest = chunk.subarray(BINARY_SNIFF_BYTES - this.headBytes);
            this.headBytes += chunk.length - rest.length;
            if (this.headBytes < BINARY_SNIFF_BYTES)
                return true;
            this.decide();
            if (rest.length > 0 && !this.isBinary())
                this.take(rest);
        }
        else
            this.take(chunk);
        return !this.isBinary();
    }
    end() {
        if (this.encoding === undefined)
            this.decide();
        if (this.isBinary())
            return;
        if (this.utf16)
            this.takeUtf8(Buffer.from(this.utf16.decode(), "utf8"));
        if (this.length > 0)
            this.emit(this.buffer.subarray(0, this.length));
        this.buffer = EMPTY;
        this.length = 0;
    }
    isBinary() {
        return this.encoding === "binary";
    }
    decide() {
        const head = this.head.length === 1 ? this.head[0] : Buffer.concat(this.head);
        this.head = [];
        this.encoding = sniffEncoding(head);
        if (this.encoding === "binary")
            return;
        if (this.encoding !== "utf8")
            this.utf16 = new external_node_util_.TextDecoder(this.encoding);
        this.take(head);
    }
    take(chunk) {
        if (this.utf16)
            this.takeUtf8(Buffer.from(this.utf16.decode(chunk, { stream: true }), "utf8"));
        else
            this.takeUtf8(chunk);
    }
    takeUtf8(chunk) {
        for (let offset = 0; offset < chunk.length;) {
            if (this.length === this.buffer.length)
                this.makeRoom(chunk.length - offset);
            const copied = chunk.copy(this.buffer, this.length, offset);
            this.length += copied;
            offset += copied;
        }
    }
    /** The buffer is full: emit what ends at a cut point, or grow while the line has no end. */
    makeRoom(incoming) {
        if (this.buffer.length < SEGMENT_BYTES) {
            this.resize(Math.min(SEGMENT_BYTES, Math.max(this.buffer.length * 2, this.length + incoming)));
            return;
        }
        const cut = cutPoint(this.buffer.subarray(0, this.length));
        if (cut !== -1) {
            this.emit(this.buffer.subarray(0, cut));
            this.buffer.copyWithin(0, cut, this.length);
            this.length -= cut;
        }
        // Little was freed (a long line that began near the start): grow, so the next cut is far off.
        // At MAX_CARRY_BYTES cutPoint always cuts, and the one newline left is gone: no more growth.
        if (this.length > this.buffer.length / 2 && this.buffer.length < MAX_CARRY_BYTES)
            this.resize(Math.min(MAX_CARRY_BYTES, this.buffer.length * 2));
    }
    resize(size) {
        const bigger = Buffer.allocUnsafe(size);
        this.buffer.copy(bigger, 0, 0, this.length);
        this.buffer = bigger;
    }
    emit(bytes) {
        let text = bytes.toString("utf8");
        if (this.atStart && text.charCodeAt(0) === 0xfeff)
            text = text.slice(1);
        this.atStart = false;
        this.onText(text);
    }
}
const EMPTY = Buffer.alloc(0);
/**
 * The first lines of `text`, about `chars` long: up to the first line break at or after `chars`.
 * When that line runs on far past `chars`, the first `chars` characters, less the run of
 * credential characters the cut would go through (a credential cut there would be found as a
 * shorter one): a secret whose key is above the cut is still read with its key, whatever the
 * length of its line.
 */
function leadingLines(text, chars) {
    if (text.length <= chars)
        return text;
    const lineBreak = /\r\n?|\n/g;
    lineBreak.lastIndex = chars;
    const after = lineBreak.exec(text);
    if (after && after.index < chars * 16)
        return text.slice(0, after.index + after[0].length);
    return text.slice(0, outsideRun(text, chars));
}
/** Whether the character at `at` may be inside a credential (isCredentialByte, for text). */
const isCredentialAt = (text, at) => isCredentialByte(text.charCodeAt(at));
/** `at`, moved back to the start of the run of credential characters it is inside, if any. */
function outsideRun(text, at) {
    let cut = at;
    if (!isCredentialAt(text, cut))
        return cut;
    while (cut > 0 && isCredentialAt(text, cut - 1))
        cut--;
    return cut;
}
/** Just after the last newline; failing that, in an over-long line, after a safe byte. */
function cutPoint(data) {
    const newline = data.lastIndexOf(10);
    if (newline !== -1)
        return newline + 1;
    if (data.length < MAX_CARRY_BYTES)
        return -1;
    for (let i = data.length - 1; i > 0; i--)
        if (!isCredentialByte(data[i]) && data[i] < 128)
            return i + 1;
    return data.length; // one 32 MiB run of credential characters: nothing real is cut here
}
/** Detects across text segments and keeps line and column numbers true across cuts. */
class ContentScanner {
    options;
    text;
    detections = [];
    lines = new Map();
    /** Lines completed before the current segment. */
    lineOffset = 0;
    /** Columns already used on the current line by an earlier segment (a cut inside a long line). */
    columnOffset = 0;
    /** The end of the segment before (its last lines, or of its last line), scanned again in front of the next one. */
    overlap = "";
    overlapLines = 0;
    /** The column the overlap starts at on its first line (0 unless it starts inside a line). */
    overlapColumn = 0;
    /** What the segment before found (rule and secret): found again in the overlap, not repeated. */
    foundBefore = new Set();
    constructor(options = {}) {
        this.options = options;
        this.text = new TextSegments((text) => this.segment(text));
    }
    /** False once the content is known to be binary. */
    push(chunk) {
        return this.text.push(chunk);
    }
    finish() {
        this.text.end();
        if (this.text.isBinary())
            return { binary: true };
        return { binary: false, detections: this.detections, lines: this.lines };
    }
    segment(segment) {
        const key = (detection) => `${detection.rule}\0${detection.secret}`;
        // Allowed ones too: the policy lists them as suppressed instead of dropping them unseen.
        const found = (0,engine/* detectAll */.xw)(segment);
        const own = new Set(found.map(key));
        if (found.length > 0 && this.options.lineKeys)
            this.keepLines(segment, found, this.lineOffset);
        for (const detection of found) {
            if (detection.line === 1)
                detection.column += this.columnOffset;
            detection.line += this.lineOffset;
        }
        // The seam: the last lines of the segment before and the first of this one, scanned together
        // (a few KiB, not a copy of the whole segment: concatenating every segment cost a 100 MB file
        // 10 MB of peak memory). Only what neither segment found alone is kept from it: a wrapped run
        // cut there, a secret whose enclosing key is above the cut.
        const extra = [];
        if (this.overlap !== "") {
            const seam = this.overlap + leadingLines(segment, OVERLAP_CHARS);
            const seamFirstLine = this.lineOffset - this.overlapLines;
            const fromSeam = (0,engine/* detectAll */.xw)(seam).filter((detection) => !this.foundBefore.has(key(detection)) && !own.has(key(detection)));
            if (fromSeam.length > 0 && this.options.lineKeys)
                this.keepLines(seam, fromSeam, seamFirstLine);
            for (const detection of fromSeam) {
                if (detection.line === 1)
                    detection.column += this.overlapColumn;
                detection.line += seamFirstLine;
                extra.push(detection);
            }
        }
        this.foundBefore = new Set([...own, ...extra.map(key)]);
        const all = extra.length === 0
            ? found
            : [...found, ...extra].sort((a, b) => a.line - b.line || a.column - b.column);
        for (const detection of all)
            this.detections.push(detection);
        const { count, lastLineStart } = (0,engine/* lineBreaks */.r4)(segment);
        const columnAtStart = this.columnOffset;
        this.lineOffset += count;
        this.columnOffset = count === 0 ? this.columnOffset + segment.length : segment.length - lastLineStart;
        this.keepOverlap(segment, columnAtStart);
    }
    /**
     * The end of `segment`, up to OVERLAP_CHARS: its last whole lines when it ends at a line break
     * and they are that short; else (a last line longer than that, or one so long it was cut
     * inside) the end of that line, from outside a run of credential characters, so that a secret
     * just after the cut is still read with its key (`facebook` at the end of a long line above).
     */
    keepOverlap(segment, columnAtStart) {
        this.overlap = "";
        this.overlapLines = 0;
        this.overlapColumn = 0;
        const last = segment.charCodeAt(segment.length - 1);
        const endsLine = last === 10 || last === 13;
        let start = Math.max(0, segment.length - OVERLAP_CHARS);
        // Just after a line break (never between the \r and \n of one), when the last lines are
        // short enough to have one in the overlap; else from inside the last line, as below.
        const finalBreak = segment.endsWith("\r\n") ? 2 : 1;
        const newline = start > 0 && endsLine ? segment.slice(start, segment.length - finalBreak).search(/\r(?!\n)|\n/) : -1;
        if (newline !== -1) {
            start += newline + 1;
        }
        else if (start > 0) {
            // Past the run of credential characters the start would cut (read whole by this segment).
            while (start < segment.length && isCredentialAt(segment, start - 1) && isCredentialAt(segment, start))
                start++;
        }
        this.overlap = segment.slice(start);
        this.overlapLines = (0,engine/* lineBreaks */.r4)(this.overlap).count;
        // Where the overlap starts on its line: after the last line break before it, or inside the
        // line the segment began in.
        // (Searched in place: a copy of the segment's head, per segment, is 256 KiB of garbage.)
        const lineStart = start === 0
            ? 0
            : Math.max(segment.lastIndexOf("\n", start - 1), segment.lastIndexOf("\r", start - 1)) + 1;
        this.overlapColumn = lineStart === 0 ? columnAtStart + start : start - lineStart;
    }
    /** The text of each line with a detection; `found` is in line order. One pass over `text`. */
    keepLines(text, found, firstLine) {
        // Lines end where the engine says they do (\n, \r\n or a lone \r), so numbers agree.
        const breaks = /\r\n|\r|\n/g;
        let line = 1;
        let start = 0;
        for (const detection of found) {
            while (line < detection.line) {
                const next = breaks.exec(text);
                if (!next)
                    break;
                start = next.index + next[0].length;
                line++;
            }
            const number = detection.line + firstLine;
            if (this.lines.has(number))
                continue;
            const lineEnd = /\r|\n/g;
            lineEnd.lastIndex = start;
            const end = lineEnd.exec(text)?.index ?? text.length;
            // A line cut across segments (over 32 MiB) is kept in part: it then never matches an old
            // line, so its findings count as added, the safe side.
            this.lines.set(number, text.slice(start, end));
        }
    }
}

;// CONCATENATED MODULE: ./src/scan/scan-files.ts
/**
 * `scan` over files on disk: list, apply the policy, read, detect. Files are read a few at a time,
 * small ones whole and large ones as a stream.
 */







const READ_WHOLE_BYTES = 8 * 1024 * 1024;
const PARALLEL_READS = 8;
async function scanFiles(listing, policy) {
    const findings = [];
    const stats = { files: 0, bytes: 0 };
    const skipped = [...listing.skipped];
    await (0,concurrency/* forEachConcurrently */.D)(listing.entries, PARALLEL_READS, async (entry) => {
        if (!entry.explicit && isSkippedPath(policy, entry.repoPath)) {
            stats.ignoredPaths = (stats.ignoredPaths ?? 0) + 1;
            return;
        }
        // A path named on the command line is read whatever ignorePaths says.
        const where = entry.explicit ? undefined : entry.repoPath;
        const found = pathFindings(entry.displayPath, entry.repoPath, policy.config.appIds);
        if (isBlockedDotenv(policy, entry.repoPath))
            found.push(dotenvFinding(entry.displayPath, entry.repoPath));
        let read;
        try {
            read = await readContent(entry);
        }
        catch (error) {
            skipped.push({
                displayPath: entry.displayPath,
                reason: describeFsError(error),
                mustRead: entry.mustRead,
            });
            for (const finding of found)
                if (isReported(policy, finding, where))
                    findings.push(finding);
            return;
        }
        const { size, content } = read;
        stats.files++;
        stats.bytes += size;
        if (!content.binary) {
            for (const detection of content.detections) {
                found.push(findingFromDetection(detection, entry.displayPath, policy.config.appIds));
            }
        }
        for (const finding of found)
            if (isReported(policy, finding, where))
                findings.push(finding);
    });
    skipped.sort((a, b) => a.displayPath.localeCompare(b.displayPath));
    return { findings: findings.sort(compareFindings), stats, skipped };
}
async function readContent(entry) {
    const { size } = await (0,promises_.stat)(entry.absPath);
    if (size <= READ_WHOLE_BYTES)
        return { size, content: detectInBuffer(await (0,promises_.readFile)(entry.absPath)) };
    const stream = (0,external_node_fs_.createReadStream)(entry.absPath, { highWaterMark: 1024 * 1024 });
    return { size, content: await detectInChunks(stream) };
}

// EXTERNAL MODULE: external "node:string_decoder"
var external_node_string_decoder_ = __webpack_require__(6193);
;// CONCATENATED MODULE: ./src/sources/history.ts
/**
 * Every blob version in a range of history, with the commit that first introduced it. One
 * `git log --raw` pass (tree diffs only, no content) lists them, oldest first, as a stream; the
 * scan reads each distinct blob once through one `git cat-file --batch` (see BlobReader).
 */



const SUBMODULE_MODE = "160000";
/**
 * The `git log` / `git rev-list` arguments that select the range: resolve once, pass to both,
 * last on the command line. What the user named comes after `--end-of-options`, so a ref can
 * never reach git as an option (`--output=…` would write a file).
 */
async function rangeArgs(root, range) {
    for (const ref of range.refs) {
        if (ref.startsWith("-"))
            throw new errors/* UserError */.y(`--history ${ref}: a ref cannot start with "-"`);
    }
    if (range.since?.startsWith("-"))
        throw new errors/* UserError */.y(`--since ${range.since}: cannot start with "-"`);
    const all = ["--branches", "--tags", "--remotes"];
    // The closing `--`: a file named like a ref (`main`, `HEAD`) must not make git ask which one.
    const revisions = (options, refs) => [...options, "--end-of-options", ...refs, "--"];
    if (!range.since)
        return range.refs.length > 0 ? revisions([], range.refs) : revisions(all, []);
    // After a commit: what a push or pull request adds on top of it, i.e. <commit>..HEAD unless
    // refs are named (every other branch would otherwise count as "after" it too).
    if (await isCommit(root, range.since))
        return revisions([], [...(range.refs.length > 0 ? range.refs : ["HEAD"]), `^${range.since}`]);
    if (/^\d{4}-\d\d-\d\d([T ][\d:]+(Z|[+-]\d\d:?\d\d)?)?$/.test(range.since) ||
        /\b(ago|yesterday|today)\b/.test(range.since)) {
        const since = `--since=${range.since}`;
        return range.refs.length > 0 ? revisions([since], range.refs) : revisions([...all, since], []);
    }
    if (/^[0-9a-f]{7,64}$/.test(range.since)) {
        throw new errors/* UserError */.y(`--since ${range.since}: that commit is not in this clone (a shallow checkout? in GitHub Actions, use actions/checkout with fetch-depth: 0)`);
    }
    throw new errors/* UserError */.y(`--since "${range.since}" is neither a commit nor a date (like 2026-01-31 or "2 weeks ago")`);
}
async function isCommit(root, rev) {
    try {
        await (0,git/* git */.$Y)(root, ["rev-parse", "--verify", "--quiet", "--end-of-options", `${rev}^{commit}`]);
        return true;
    }
    catch {
        return false;
    }
}
/**
 * Every (blob, path) a commit in the range added or changed, oldest first. Merge commits are
 * diffed against each parent, so content that only a merge introduced is seen too. Every setting
 * that would change what `git log` lists is pinned: the root commit's files (`log.showRoot`),
 * merges (`log.diffMerges`), signatures, renames, relative paths. Yielded as git prints them, at
 * the consumer's pace: neither the output nor the list is ever held whole.
 */
async function* historyIntroductions(root, range) {
    const args = [
        "-c",
        "log.diffMerges=separate",
        "log",
        "--reverse",
        "-m",
        "--root",
        "--no-show-signature",
        "--raw",
        "-z",
        "--no-abbrev",
        "--no-renames",
        "--no-relative",
        "--no-color",
        "--diff-filter=AMT",
        "--format=%x01%H %aI",
        ...range,
    ];
    let commit = "";
    let date = "";
    let meta; // a raw record whose path is the next field
    const decoder = new external_node_string_decoder_.StringDecoder("utf8");
    let carry = "";
    /** The introduction a `-z` field completes, if any. */
    const field = (raw) => {
        const part = raw.startsWith("\n") ? raw.slice(1) : raw;
        if (meta !== undefined) {
            const [, newMode, , newOid] = meta.slice(1).split(" ");
            meta = undefined;
            if (newMode !== SUBMODULE_MODE)
                return { oid: newOid, path: raw, commit, date };
        }
        else if (part.startsWith("\u0001")) {
            [commit = "", date = ""] = part.slice(1).split(" ");
        }
        else if (part.startsWith(":"))
            meta = part;
        return undefined;
    };
    for await (const chunk of (0,git/* gitStream */.dP)(root, args)) {
        const parts = (carry + decoder.write(chunk)).split("\0");
        carry = parts.pop();
        for (const part of parts) {
            const introduction = field(part);
            if (introduction)
                yield introduction;
        }
    }
    carry += decoder.end();
    const last = carry === "" ? undefined : field(carry);
    if (last)
        yield last;
}
/** How many commits the range holds (for the statistics). */
async function countCommits(root, range) {
    const output = await (0,git/* git */.$Y)(root, ["rev-list", "--count", ...range]);
    return Number(output.trim()) || 0;
}
/**
 * The range's refs that are not commits: every tag's, when the range includes the tags (no refs
 * named, and no base commit), else those of the named refs. Pushed with `--tags`, such a tag
 * publishes its content as surely as a commit does.
 */
async function taggedObjects(root, range) {
    const found = [];
    const keep = (ref, oid, type) => {
        if (type === "blob" || type === "tree")
            found.push({ ref, oid, type });
    };
    if (range.refs.length > 0) {
        for (const ref of range.refs) {
            const peeled = await peel(root, ref);
            if (peeled)
                keep(ref, peeled.oid, peeled.type);
        }
        return found;
    }
    if (range.since && (await isCommit(root, range.since)))
        return found;
    // `*` looks through one annotated tag; a tag of a tag is peeled to the end below.
    const listing = await (0,git/* git */.$Y)(root, [
        "for-each-ref",
        "--format=%(objecttype) %(objectname) %(*objecttype) %(*objectname) %(refname)",
        "refs/tags",
    ]);
    for (const line of listing.split("\n").filter(Boolean)) {
        const [type = "", oid = "", targetType = "", targetOid = "", ...name] = line.split(" ");
        const ref = name.join(" ");
        if (type !== "tag")
            keep(ref, oid, type);
        else if (targetType !== "tag")
            keep(ref, targetOid, targetType);
        else {
            const peeled = await peel(root, ref);
            if (peeled)
                keep(ref, peeled.oid, peeled.type);
        }
    }
    return found;
}
/** What a ref points at once every annotated tag is looked through; undefined if it is no object. */
async function peel(root, ref) {
    try {
        const oid = (await (0,git/* git */.$Y)(root, ["rev-parse", "--verify", "--quiet", "--end-of-options", `${ref}^{}`])).trim();
        const type = (await (0,git/* git */.$Y)(root, ["cat-file", "-t", oid])).trim();
        return { oid, type };
    }
    catch {
        return undefined;
    }
}
/**
 * The blobs of tagged objects, as introductions without a commit: a tagged blob under its ref's
 * name, a tagged tree's blobs under `<ref>/<path>` (submodules left out, as in commits).
 */
async function* taggedIntroductions(root, tagged) {
    for (const { ref, oid, type } of tagged) {
        if (type === "blob") {
            yield { oid, path: ref, commit: "", date: "" };
            continue;
        }
        const listing = await (0,git/* git */.$Y)(root, ["ls-tree", "-r", "-z", "--full-tree", oid]);
        for (const entry of (0,git/* splitNul */.K5)(listing)) {
            const tab = entry.indexOf("\t");
            const [mode, kind, blob] = entry.slice(0, tab).split(" ");
            if (kind === "blob" && mode !== SUBMODULE_MODE) {
                yield { oid: blob, path: `${ref}/${entry.slice(tab + 1)}`, commit: "", date: "" };
            }
        }
    }
}

;// CONCATENATED MODULE: ./src/scan/scan-history.ts
/**
 * `scan --history`: every blob the range of commits introduced, scanned once per distinct blob
 * with the same rules and policy as `scan`. A secret found in many blob versions (a file edited
 * fifty times around a token) is one finding, named by the commit, date and path that first
 * introduced it, with a count.
 */







/**
 * A blob id as a short string of its own. The id parsed from git's output is a slice of a whole
 * chunk of that output, and V8 keeps the chunk alive as long as the slice: kept in a set, the ids
 * would hold on to the entire log.
 */
const blobKey = (oid) => Buffer.from(oid, "hex").toString("latin1");
/** Blobs asked of git ahead of the one being scanned: enough to keep git busy, and no more. */
const READ_AHEAD = 64;
/**
 * Streams: the log is read at the pace blobs are scanned, and nothing grows with history but the
 * set of blob ids already read (and the findings), so memory stays nearly flat however long the
 * history is.
 */
async function scanHistory(options) {
    const { policy, root } = options;
    const display = (path) => toPosix((0,external_node_path_.relative)(options.cwd, (0,external_node_path_.join)(root, path)));
    // Tags of blobs and trees are read apart: `git log` lists commits only (and fails on a named blob).
    const tagged = await taggedObjects(root, options.range);
    const commitRefs = options.range.refs.filter((ref) => !tagged.some((object) => object.ref === ref));
    const onlyTagged = options.range.refs.length > 0 && commitRefs.length === 0;
    const range = onlyTagged ? [] : await rangeArgs(root, { ...options.range, refs: commitRefs });
    const commits = onlyTagged ? Promise.resolve(0) : countCommits(root, range);
    commits.catch(() => { }); // awaited at the end; a failing log is the error to report first
    async function* introductions() {
        if (!onlyTagged)
            yield* historyIntroductions(root, range);
        yield* taggedIntroductions(root, tagged);
    }
    const byFingerprint = new Map();
    const add = (finding, at) => {
        if (!isReported(policy, finding, at.path))
            return;
        const known = byFingerprint.get(finding.fingerprint);
        if (known) {
            known.count = (known.count ?? 1) + 1;
            return;
        }
        // A tagged blob or tree has no commit, and no date.
        Object.assign(finding, { ...(at.commit && { commit: at.commit, date: at.date }), count: 1 });
        byFingerprint.set(finding.fingerprint, finding);
    };
    // Every commit that introduced a blob carried its secrets: each one counts.
    const credit = (detections, at) => {
        for (const detection of detections) {
            add(findingFromDetection(detection, display(at.path), policy.config.appIds), at);
        }
    };
    const read = new Set(); // blobs asked for, each once, by blobKey
    const detectionsOf = new Map(); // blobs read that hold something
    const waiting = new Map(); // introductions of blobs still being read
    const inFlight = [];
    let bytes = 0;
    const reader = new git/* BlobReader */.nZ(root);
    try {
        // Oldest first, and git answers reads in order: the first introduction of a secret is
        // credited first, so it names where the secret came from.
        for await (const at of introductions()) {
            if (isSkippedPath(policy, at.path))
                continue;
            for (const finding of pathFindings(display(at.path), at.path, policy.config.appIds))
                add(finding, at);
            if (isBlockedDotenv(policy, at.path))
                add(dotenvFinding(display(at.path), at.path), at);
            const pending = waiting.get(at.oid);
            if (pending) {
                pending.push(at);
                continue;
            }
            const key = blobKey(at.oid);
            if (read.has(key)) {
                const known = detectionsOf.get(key);
                if (known)
                    credit(known, at);
                continue;
            }
            read.add(key);
            waiting.set(at.oid, [at]);
            const scanned = reader.read(at.oid).then((content) => {
                const versions = waiting.get(at.oid) ?? [];
                waiting.delete(at.oid);
                if (!content)
                    return;
                bytes += content.length;
                const result = detectInBuffer(content);
                if (result.binary || result.detections.length === 0)
                    return;
                detectionsOf.set(key, result.detections);
                for (const version of versions)
                    credit(result.detections, version);
            });
            scanned.catch(() => { }); // awaited in order below
            inFlight.push(scanned);
            if (inFlight.length >= READ_AHEAD)
                await inFlight.shift();
        }
        for (const scanned of inFlight.splice(0))
            await scanned;
    }
    finally {
        await reader.close().catch(() => { }); // a failed read has already been thrown
    }
    const findings = [...byFingerprint.values()].sort((a, b) => (a.date ?? "").localeCompare(b.date ?? "") || a.file.localeCompare(b.file) || a.line - b.line);
    return { findings, stats: { files: read.size, bytes }, commits: await commits };
}

;// CONCATENATED MODULE: ./src/sources/staged.ts
/**
 * What the next commit adds, read from the index (never the working tree: husky and lefthook do
 * not stash unstaged changes, so the working tree can differ from what is committed). git honours
 * GIT_INDEX_FILE, so `git commit -a` and `git commit <paths>` are read correctly too.
 *
 * git is asked for one thing only: the list of staged files with their old and new blob ids
 * (`--raw -z`, which no diff setting reshapes). Everything else is decided here from the bytes
 * of the blobs: whether a file is text, and which of its lines are new. git's patch output is
 * never parsed, so the user's diff configuration (submodule format, context, attributes,
 * `core.bigFileThreshold`, textconv, prefixes…) cannot hide a line from the scan.
 */




const staged_SUBMODULE_MODE = "160000";
const REGULAR_MODES = new Set(["100644", "100755"]);
/**
 * The staged files against `base` (HEAD by default, or MERGE_HEAD), deletions left out. Every
 * option that could reshape the listing is set on the command line: rename detection and its
 * limit, relative paths, submodule handling, external diff and textconv.
 */
async function stagedFiles(root, base, pathspecs = []) {
    const args = [
        "-c",
        "diff.renameLimit=1000",
        "diff",
        "--cached",
        "--raw",
        "-z",
        "--no-abbrev",
        "-M",
        "--diff-filter=ACMRT",
        "--no-relative",
        "--ignore-submodules=none",
        "--no-ext-diff",
        "--no-textconv",
        "--no-color",
        ...(base ? [base] : []),
        "--",
        ...pathspecs,
    ];
    return parseRawZ(await (0,git/* git */.$Y)(root, args));
}
/** Parses `git diff --raw -z`: `:<mode> <mode> <oid> <oid> <status>\0<path>\0[<new path>\0]`. */
function parseRawZ(output) {
    const parts = (0,git/* splitNul */.K5)(output);
    const files = [];
    for (let i = 0; i < parts.length; i++) {
        const meta = parts[i];
        if (!meta.startsWith(":"))
            continue;
        const [, newMode, oldOid, newOid, status] = meta.slice(1).split(" ");
        const twoPaths = status.startsWith("R") || status.startsWith("C");
        const added = status.startsWith("A") || /^0+$/.test(oldOid);
        files.push({
            status: status[0],
            path: twoPaths ? parts[i + 2] : parts[i + 1],
            oid: newOid,
            mode: newMode,
            ...(!added && { oldOid }),
        });
        i += twoPaths ? 2 : 1;
    }
    return files;
}
/** Index entries (stage 0) for paths given on the command line, whether changed or not. */
async function indexEntries(root, pathspecs) {
    if (pathspecs.length === 0)
        return [];
    const output = await (0,git/* git */.$Y)(root, ["ls-files", "-s", "-z", "--", ...pathspecs]);
    const entries = [];
    for (const record of (0,git/* splitNul */.K5)(output)) {
        const match = /^(\d+) ([0-9a-f]+) (\d)\t([\s\S]*)$/.exec(record);
        if (match && match[3] === "0") {
            entries.push({ status: "M", path: match[4], oid: match[2], mode: match[1] });
        }
    }
    return entries;
}
/** True while a merge is being committed (MERGE_HEAD exists; worktree-aware). */
async function mergeInProgress(root) {
    return (0,external_node_fs_.existsSync)(await (0,git/* gitPath */.C8)(root, "MERGE_HEAD"));
}
const isSubmodule = (file) => file.mode === staged_SUBMODULE_MODE;
/** Above this a staged file is read from the working tree in pieces, never whole. */
const STREAM_BYTES = 8 * 1024 * 1024;
const CHUNK_BYTES = 1024 * 1024;
/**
 * A staged file's content read from the working tree, when it is byte-for-byte what the index
 * holds: proven by computing git's blob id (sha1, or sha256 in such repositories, of
 * "blob <size>\0" + content) and comparing it with the staged one. Reading a file is several
 * times faster than receiving it through a pipe from git.
 *
 * Only a regular file is read, opened without following a link and without blocking, and never
 * past the size it had when opened: a FIFO, a device, or a link to /dev/zero where the staged
 * file was is left to git. `onChunk` sees the bytes as they are read (the caller detects while
 * reading, so a large file is never held whole), in a buffer that is reused for the next piece:
 * it must copy what it keeps; the answer says whether they were the staged
 * blob ("match"), the staged blob is binary ("binary", decided from the blob's own first bytes),
 * or neither ("read from git": what `onChunk` saw must be discarded).
 *
 * The file calls are synchronous on purpose: the files were just written and staged, so they are
 * in the page cache, and each call is a few microseconds. Through the thread pool, every open,
 * stat, read and close was a round trip with a promise: 2,000 staged 20 KB files took 160-500 ms
 * to read that way, 75-95 ms like this.
 */
async function readStagedFromDisk(root, file, onChunk) {
    if (!REGULAR_MODES.has(file.mode))
        return "read from git";
    let fd;
    try {
        fd = (0,external_node_fs_.openSync)((0,external_node_path_.join)(root, file.path), external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NOFOLLOW | external_node_fs_.constants.O_NONBLOCK);
    }
    catch {
        return "read from git";
    }
    try {
        const info = (0,external_node_fs_.fstatSync)(fd);
        if (!info.isFile())
            return "read from git";
        const size = info.size;
        const { createHash } = process.getBuiltinModule("node:crypto");
        const hash = createHash(file.oid.length === 64 ? "sha256" : "sha1");
        hash.update(`blob ${size}\0`);
        const first = Buffer.allocUnsafe(Math.min(size, size > STREAM_BYTES ? CHUNK_BYTES : size));
        let read = readFully(fd, first, 0);
        if (read < first.length)
            return "read from git"; // shrank while being read
        // A large binary is not read at all: the blob's own first bytes (from git, a few KB) say
        // whether the staged content is binary too.
        if (size > STREAM_BYTES && isBinary(first)) {
            const head = await (0,git/* gitBlobHead */.eD)(root, file.oid, BINARY_SNIFF_BYTES);
            return isBinary(head) ? "binary" : "read from git";
        }
        hash.update(first);
        onChunk(first);
        const chunk = size > first.length ? Buffer.allocUnsafe(CHUNK_BYTES) : undefined;
        while (chunk && read < size) {
            const got = readFully(fd, chunk.subarray(0, Math.min(CHUNK_BYTES, size - read)), read);
            if (got === 0)
                return "read from git";
            // Valid only during the call: the same buffer holds the next piece (no garbage per MiB).
            const piece = chunk.subarray(0, got);
            hash.update(piece);
            onChunk(piece);
            read += got;
        }
        return hash.digest("hex") === file.oid ? "match" : "read from git";
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
function readFully(fd, into, position) {
    let filled = 0;
    while (filled < into.length) {
        const bytesRead = (0,external_node_fs_.readSync)(fd, into, filled, into.length - filled, position + filled);
        if (bytesRead === 0)
            break;
        filled += bytesRead;
    }
    return filled;
}

;// CONCATENATED MODULE: ./src/scan/scan-staged.ts
/**
 * `scan --staged`: the pre-commit check. By default only lines the commit adds are reported, so a
 * token already sitting unchanged in HEAD is not reported again on every commit; `allLines`
 * reports whole staged files. A line counts as added unless the same line is already in the
 * file's previous version (the rename or copy source for a moved file): decided here from the
 * two blobs, never from git's patch, which the user's diff settings reshape. While a merge is
 * being committed, a line counts only if it is new to both parents: what the other branch brings
 * was already checked where it was committed.
 */









async function scanStaged(options) {
    const { policy, root } = options;
    // The names a hook manager passes are file names, never git pathspec magic: a staged file named
    // `:(exclude)*` must not turn the check off.
    const pathspecs = (options.paths ?? []).map((path) => `:(literal)${toPosix((0,external_node_path_.relative)(root, (0,external_node_path_.join)(options.cwd, path)))}`);
    const display = (path) => toPosix((0,external_node_path_.relative)(options.cwd, (0,external_node_path_.join)(root, path)));
    const stats = { files: 0, bytes: 0 };
    const findings = [];
    const keep = (finding, path) => {
        if (isReported(policy, finding, path))
            findings.push(finding);
    };
    const files = (await stagedFiles(root, undefined, pathspecs)).filter((file) => !isSkippedPath(policy, file.path));
    // A hook manager that names files which have no staged change (`pre-commit run --all-files`)
    // wants those files checked: their index version is scanned whole.
    const listed = new Set(files.map((file) => file.path));
    const unchanged = (await indexEntries(root, pathspecs)).filter((entry) => !listed.has(entry.path) && !isSkippedPath(policy, entry.path));
    const staged = [...files, ...unchanged];
    stats.files += staged.length;
    // Findings in the paths themselves (a token as a file name, a staged .env).
    let inPaths = [];
    for (const file of staged) {
        for (const finding of pathFindings(display(file.path), file.path, policy.config.appIds)) {
            inPaths.push({ file, finding });
        }
        if (isBlockedDotenv(policy, file.path))
            inPaths.push({ file, finding: dotenvFinding(display(file.path), file.path) });
    }
    let candidates = [];
    await readStaged(root, staged.filter((file) => !isSubmodule(file)), (file, content, bytes) => {
        stats.bytes += bytes;
        if (content.binary)
            return;
        for (const detection of content.detections) {
            candidates.push({ file, detection, line: content.lines.get(detection.line) });
        }
    });
    if (!options.allLines)
        candidates = await onlyNewLines(root, candidates, (file) => file.oldOid);
    if (candidates.length + inPaths.length > 0 && (await mergeInProgress(root))) {
        const againstOther = new Map((await stagedFiles(root, "MERGE_HEAD", pathspecs)).map((file) => [file.path, file]));
        // A file equal to the other parent's version is not listed: all of it came from there.
        candidates = candidates.filter((candidate) => againstOther.has(candidate.file.path));
        inPaths = inPaths.filter(({ file }) => againstOther.has(file.path));
        if (!options.allLines) {
            candidates = await onlyNewLines(root, candidates, (file) => againstOther.get(file.path)?.oldOid);
        }
    }
    for (const { file, finding } of inPaths)
        keep(finding, file.path);
    for (const { file, detection } of candidates) {
        keep(findingFromDetection(detection, display(file.path), policy.config.appIds), file.path);
    }
    return { findings: findings.sort(compareFindings), stats };
}
/**
 * The candidates that are new to the file's previous version. A plain credential is new unless
 * its line is already, byte for byte, a line of that version. A decoded one (base64, percent) is
 * reported at the first line of its encoded run, which is often unchanged (a line appended to a
 * base64'd `.env` changes only the run's last lines): it is new unless the previous version held
 * the same secret. The previous versions are read only for files that have a candidate at all.
 */
async function onlyNewLines(root, candidates, previousOf) {
    const wantedByOid = new Map();
    for (const { file, line, detection } of candidates) {
        const previous = previousOf(file);
        if (previous === undefined || (line === undefined && !detection.encoding))
            continue;
        const wanted = wantedByOid.get(previous) ?? { lines: new Set(), secrets: false };
        if (detection.encoding)
            wanted.secrets = true;
        else if (line !== undefined)
            wanted.lines.add(line);
        wantedByOid.set(previous, wanted);
    }
    if (wantedByOid.size === 0)
        return candidates;
    const linesByOid = new Map();
    const secretsByOid = new Map();
    await (0,git/* gitBlobs */.Vq)(root, [...wantedByOid.keys()], (oid, content) => {
        if (!content)
            return;
        const wanted = wantedByOid.get(oid);
        linesByOid.set(oid, linesIn(content, wanted.lines));
        if (!wanted.secrets)
            return;
        const result = detectInBuffer(content);
        secretsByOid.set(oid, new Set(result.binary ? [] : result.detections.map((found) => found.secret)));
    });
    return candidates.filter(({ file, line, detection }) => {
        const previous = previousOf(file);
        if (previous === undefined)
            return true;
        if (detection.encoding)
            return !secretsByOid.get(previous)?.has(detection.secret);
        return line === undefined || !linesByOid.get(previous)?.has(line);
    });
}
/**
 * The index content of each file, scanned as it is read: from the working tree when it provably
 * equals the staged blob (much faster than a pipe from git), otherwise from one
 * `git cat-file --batch` for all the rest.
 */
async function readStaged(root, files, onContent) {
    const fromGit = new Map();
    await (0,concurrency/* forEachConcurrently */.D)(files, scan_staged_PARALLEL_READS, async (file) => {
        const scanner = new ContentScanner({ lineKeys: true });
        let bytes = 0;
        const answer = await readStagedFromDisk(root, file, (chunk) => {
            bytes += chunk.length;
            scanner.push(chunk);
        });
        if (answer === "match")
            onContent(file, scanner.finish(), bytes);
        else if (answer === "binary")
            onContent(file, { binary: true }, 0);
        else
            fromGit.set(file.oid, [...(fromGit.get(file.oid) ?? []), file]);
    });
    const missing = [];
    await (0,git/* gitBlobs */.Vq)(root, [...fromGit.keys()], (oid, content) => {
        if (!content) {
            missing.push(...(fromGit.get(oid) ?? []));
            return;
        }
        const result = detectInBuffer(content, { lineKeys: true });
        for (const file of fromGit.get(oid) ?? [])
            onContent(file, result, content.length);
    });
    // What cannot be read cannot be cleared: never a silent pass over it.
    if (missing.length > 0) {
        const first = missing[0];
        throw new errors/* UserError */.y(`git cannot read the staged ${first.path} (object ${first.oid.slice(0, 12)} is missing${missing.length > 1 ? `, and ${missing.length - 1} more` : ""}): the repository may be damaged; see git fsck`);
    }
}
const scan_staged_PARALLEL_READS = 8;

// EXTERNAL MODULE: ./src/verify/settings.ts
var settings = __webpack_require__(4216);
// EXTERNAL MODULE: ./src/cli/args.ts
var cli_args = __webpack_require__(7593);
// EXTERNAL MODULE: ./src/cli/dotenv.ts
var dotenv = __webpack_require__(7178);
// EXTERNAL MODULE: ./src/cli/invocation.ts
var invocation = __webpack_require__(5230);
;// CONCATENATED MODULE: ./src/cli/policy-source.ts
/**
 * Where the scan's policy (the configuration and the ignore file) is read from, so that a change
 * cannot exempt itself: the hook reads what is staged (never an unstaged edit), a CI range
 * (`--history --since <commit>`) reads the base commit, `--history --policy-from <commit>` that
 * commit (the leak scan passes the default branch when the range has no base commit: a new
 * branch, `since: all`, a date), and anything else the working tree. A file named with --config /
 * --ignore-file is always read from disk: the user chose it.
 */








/**
 * The revision a scan's policy comes from. For a history scan it is a commit the scanned commits
 * cannot change (`--policy-from`, else a `--since` commit) when there is one.
 */
async function policyRevision(root, scan) {
    if (scan.kind === "staged")
        return "";
    if (scan.kind !== "history")
        return undefined;
    if (scan.policyFrom !== undefined) {
        if (!(await isCommit(root, scan.policyFrom)))
            throw new errors/* UserError */.y(`--policy-from ${scan.policyFrom}: no such commit in this clone`);
        return scan.policyFrom;
    }
    return scan.since !== undefined && (await isCommit(root, scan.since)) ? scan.since : undefined;
}
async function readPolicy(files, revision) {
    const [configText, ignoreText] = await Promise.all([
        readPolicyFile(files, files.configPath, files.explicitConfig ? undefined : revision, files.explicitConfig),
        readPolicyFile(files, files.ignorePath, files.explicitIgnoreFile ? undefined : revision, false),
    ]);
    const where = (path) => describeRevision((0,external_node_path_.relative)(files.root, path) || path, revision);
    const config = configText === undefined ? DEFAULT_CONFIG : parseConfigText(configText, where(files.configPath));
    const ignored = ignoreText === undefined ? new Set() : parseIgnoreFile(ignoreText, where(files.ignorePath));
    return { config, ignored };
}
const defaultPolicyPaths = (root) => ({
    configPath: (0,external_node_path_.join)(root, CONFIG_FILE),
    ignorePath: (0,external_node_path_.join)(root, IGNORE_FILE),
});
function describeRevision(path, revision) {
    if (revision === undefined)
        return path;
    return revision === "" ? `${path} (staged)` : `${path} (in ${revision.slice(0, 12)})`;
}
/** The file's text, or undefined when it does not exist there (an explicit --config must exist). */
async function readPolicyFile(files, path, revision, mustExist) {
    const tooLarge = () => new errors/* UserError */.y(`${mustExist ? "config " : ""}${path} is larger than ${MAX_POLICY_BYTES / 1024 / 1024} MiB, far more than any policy file: is it the right file?`);
    if (revision === undefined) {
        try {
            // A file, read up to the cap: not a device or a pipe that never ends (`--config /dev/urandom`).
            const info = await (0,promises_.stat)(path);
            if (!info.isFile())
                throw new errors/* UserError */.y(`${mustExist ? "config " : ""}${path} is not a regular file`);
            if (info.size > MAX_POLICY_BYTES)
                throw tooLarge();
            return await (0,promises_.readFile)(path, "utf8");
        }
        catch (error) {
            if (error instanceof errors/* UserError */.y)
                throw error;
            if (!mustExist && error.code === "ENOENT")
                return undefined;
            throw new errors/* UserError */.y(`cannot read ${mustExist ? "config " : ""}${path}: ${describeFsError(error)}`);
        }
    }
    const inRepo = (0,external_node_path_.relative)(files.root, path).split("\\").join("/");
    let text;
    let size = 0;
    await (0,git/* gitBlobs */.Vq)(files.root, [`${revision}:${inRepo}`], (_, content) => {
        size = content?.length ?? 0;
        if (size <= MAX_POLICY_BYTES)
            text = content?.toString("utf8");
    });
    if (size > MAX_POLICY_BYTES)
        throw tooLarge();
    return text;
}
/** The largest policy file read: a real one is a few KiB. */
const MAX_POLICY_BYTES = 1024 * 1024;

;// CONCATENATED MODULE: ./src/cli/scan-command.ts
/** `wa-token-guard scan`: parse flags, gather text from a source, report. */
























const SCAN_HELP = `Usage: wa-token-guard scan [paths...] [options]
       wa-token-guard scan --staged [options]
       wa-token-guard scan --history [refs...] [--since <commit|date>] [options]

Finds Meta / WhatsApp Cloud API credentials (access tokens, app tokens, app secrets) and .env files.

Options:
  --format <text|json|sarif>  report format (default: text)
  --output <file>             write the report to a file instead of standard output
  --staged                    scan what the next commit adds (the index), not files on disk
  --all-lines                 with --staged: whole staged files, not only added lines
  --history                   scan every commit reachable from the refs (default: all branches,
                              tags and remote-tracking branches), once per distinct blob
  --since <commit|date>       with --history: only commits after that commit, or since that date
                              (a date is the committer date, which the committer sets: in CI use a commit)
  --policy-from <commit>      with --history: read the configuration and ignore file from that commit
                              (default: the --since commit, else the working tree)
  --no-gitignore              also scan files that .gitignore excludes
  --verify                    ask the Graph API whether each access token found still works:
                              live, expired, revoked or unknown (not with --staged)
  --only-live                 with --verify: report, and fail on, live tokens only
  --app-id <id>               with --verify: inspect with the app's token (secret from --app-secret-env)
  --app-secret-env <NAME>     variable (environment or .env) holding the app secret (default: META_APP_SECRET)
  --graph-api-url <url>, --graph-api-version <vNN.0>, --timeout-seconds <n>   for --verify
  --config <file>             configuration file (default: .wa-token-guard.json at the repository root;
                              --staged reads the staged one, --history --since <commit> that commit's)
  --ignore-file <file>        fingerprints to ignore (default: .wa-token-guard-ignore, read like --config)
  --show-suppressed           also report what the ignore file or an allow comment hides (JSON, SARIF; text always
                              lists it), and read the paths ignorePaths names, listing what they hold
  --update-ignore             show every current finding, then add their fingerprints to the ignore
                              file (asks first; --yes when not on a terminal). Revoke real tokens instead
  --yes                       with --update-ignore: do not ask
  -h, --help                  this help

Exit codes: 0 nothing found, 1 findings, 2 usage or runtime error.
`;
const FORMATS = ["text", "json", "sarif"];
async function scanCommand(args, io) {
    const { values, positionals } = (0,cli_args/* parseFlags */.b)(args, {
        format: { type: "string", default: "text" },
        output: { type: "string" },
        staged: { type: "boolean", default: false },
        "all-lines": { type: "boolean", default: false },
        gitignore: { type: "boolean", default: true },
        config: { type: "string" },
        "ignore-file": { type: "string" },
        "show-suppressed": { type: "boolean", default: false },
        "update-ignore": { type: "boolean", default: false },
        yes: { type: "boolean", default: false },
        history: { type: "boolean", default: false },
        since: { type: "string" },
        "policy-from": { type: "string" },
        verify: { type: "boolean", default: false },
        "only-live": { type: "boolean", default: false },
        "app-id": { type: "string" },
        "app-secret-env": { type: "string", default: "META_APP_SECRET" },
        "graph-api-url": { type: "string" },
        "graph-api-version": { type: "string" },
        "timeout-seconds": { type: "string" },
        help: { type: "boolean", short: "h", default: false },
    }, { allowPositionals: true, allowNegative: true });
    if (values.help) {
        io.stdout(SCAN_HELP);
        return cli_io/* EXIT */.d.ok;
    }
    const format = values.format;
    if (!FORMATS.includes(format))
        throw new errors/* UserError */.y(`--format must be one of ${FORMATS.join(", ")}, not "${format}"`);
    if (values["all-lines"] && !values.staged)
        throw new errors/* UserError */.y("--all-lines goes with --staged");
    if (values.staged && values.history)
        throw new errors/* UserError */.y("--staged and --history are different scans: choose one");
    if (values.since !== undefined && !values.history)
        throw new errors/* UserError */.y("--since goes with --history");
    if (values["policy-from"] !== undefined && !values.history)
        throw new errors/* UserError */.y("--policy-from goes with --history");
    // The pre-commit hook never goes to the network.
    if (values.verify && values.staged)
        throw new errors/* UserError */.y("--verify does not go with --staged");
    if (values["only-live"] && !values.verify)
        throw new errors/* UserError */.y("--only-live goes with --verify");
    if (values.yes && !values["update-ignore"])
        throw new errors/* UserError */.y("--yes goes with --update-ignore");
    if (values.verify) {
        const tooOld = unsupportedNode("scan --verify", true);
        if (tooOld)
            throw new errors/* UserError */.y(tooOld);
    }
    const verifyWith = values.verify ? await livenessOptions(values, io) : undefined;
    const gitRoot = await (0,git/* workTreeRoot */.KY)(io.cwd);
    const root = gitRoot ?? io.cwd;
    const kind = values.history ? "history" : values.staged ? "staged" : "files";
    if (kind !== "files" && !gitRoot)
        throw new errors/* UserError */.y(`--${kind} needs a git repository, and this folder is not in one`);
    const files = {
        root,
        ...defaultPolicyPaths(root),
        ...(values.config !== undefined && { configPath: (0,external_node_path_.resolve)(io.cwd, values.config) }),
        ...(values["ignore-file"] !== undefined && { ignorePath: (0,external_node_path_.resolve)(io.cwd, values["ignore-file"]) }),
        explicitConfig: values.config !== undefined,
        explicitIgnoreFile: values["ignore-file"] !== undefined,
    };
    // The hook reads the staged policy; a CI range the base commit's (see policy-source.ts).
    const revision = await policyRevision(root, {
        kind,
        ...(values.since !== undefined && { since: values.since }),
        ...(values["policy-from"] !== undefined && { policyFrom: values["policy-from"] }),
    });
    const base = kind === "history" ? revision : undefined;
    const policy = {
        ...(await readPolicy(files, revision)),
        suppressed: [],
        ...(values["show-suppressed"] && { readIgnoredPaths: true }),
    };
    let findings;
    let stats;
    let skipped;
    if (kind === "history") {
        const range = { refs: positionals, ...(values.since !== undefined && { since: values.since }) };
        // A history scan allocates steadily for seconds or minutes, and V8 answers by doubling its
        // young generation up to 64 MB per semi-space: node's peak memory then grows with the
        // history (161-185 MB at 40,000 commits) though what the scan keeps is a few MB. Asking V8
        // to favour size keeps the heap small (about 90 MB at 40,000 commits, 75 MB at 2,000) for
        // some 10% more time; measured in bench/history.ts, see the README. Unlike the semi-space
        // cap, this flag is honoured when set after start-up.
        (0,external_node_v8_.setFlagsFromString)("--optimize-for-size");
        ({ findings, stats } = await scanHistory({ cwd: io.cwd, root, policy, range }));
    }
    else if (kind === "staged") {
        ({ findings, stats } = await scanStaged({
            cwd: io.cwd,
            root,
            policy,
            allLines: values["all-lines"],
            paths: positionals,
        }));
    }
    else {
        const paths = positionals.length > 0 ? positionals : ["."];
        const listing = await listFiles(paths, {
            cwd: io.cwd,
            root,
            insideGit: gitRoot !== undefined,
            useGitignore: values.gitignore,
        });
        ({ findings, stats, skipped } = await scanFiles(listing, policy));
    }
    const suppressed = distinct(policy.suppressed ?? []);
    if (verifyWith) {
        findings = await labelLiveness(findings, verifyWith);
        if (values["only-live"])
            findings = findings.filter((finding) => finding.status === "live");
    }
    if (base !== undefined)
        warnAboutAddedSuppressions(findings, await readPolicy(files, "HEAD"), { io, root, revision: base });
    const command = (0,invocation/* invocation */.H)(gitRoot, io.env);
    if (values["update-ignore"])
        return updateIgnore(findings, { io, kind, yes: values.yes, ...files, command });
    const report = format === "json"
        ? formatScanJson(findings, stats, values["show-suppressed"] ? suppressed : undefined)
        : format === "sarif"
            ? formatSarif(findings, values["show-suppressed"] ? suppressed : undefined)
            : formatScanText(findings, stats, {
                color: io.color && !values.output,
                kind,
                command,
                unread: skipped?.filter((skip) => skip.mustRead).length ?? 0,
                // The hook stays quiet about what the team chose to ignore, unless asked.
                ...((kind !== "staged" || values["show-suppressed"]) && { suppressed }),
            });
    // A clean commit says nothing: a hook that talks on every commit teaches people to ignore it.
    const quiet = kind === "staged" && format === "text" && findings.length === 0 && !values["show-suppressed"];
    if (values.output) {
        const output = (0,external_node_path_.resolve)(io.cwd, values.output);
        try {
            await (0,promises_.writeFile)(output, report);
        }
        catch (error) {
            const why = error.code === "ENOENT"
                ? "its folder does not exist"
                : describeFsError(error);
            throw new errors/* UserError */.y(`cannot write the report to ${values.output}: ${why}`);
        }
    }
    else if (!quiet)
        io.stdout(report);
    // A file that could not be read is said, never dropped silently; one that was named or
    // tracked makes the scan fail, since it may hold what the scan is for.
    for (const skip of skipped ?? [])
        io.stderr(`wa-token-guard: not scanned: ${(0,paths/* safePath */.nG)(skip.displayPath)}: ${skip.reason}\n`);
    if (skipped?.some((skip) => skip.mustRead))
        return cli_io/* EXIT */.d.error;
    return findings.length > 0 ? cli_io/* EXIT */.d.found : cli_io/* EXIT */.d.ok;
}
/**
 * One entry per secret and place (history notes every version of a file that held it), in report
 * order: files are scanned concurrently, so arrival order means nothing.
 */
function distinct(suppressed) {
    const seen = new Set();
    return suppressed
        .filter(({ finding }) => {
        const key = `${finding.fingerprint}\0${finding.file}\0${finding.line}`;
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    })
        .sort((a, b) => compareFindings(a.finding, b.finding));
}
/**
 * A CI range is judged by the base commit's policy (or --policy-from's); a finding the range's own policy (at HEAD)
 * would hide is still reported, with a warning that names the suppression the range added.
 */
function warnAboutAddedSuppressions(findings, head, { io, root, revision }) {
    const added = [];
    for (const finding of findings) {
        const repoPath = toPosix((0,external_node_path_.relative)(root, (0,external_node_path_.resolve)(io.cwd, finding.file)));
        const why = finding.rule === "dotenv-file"
            ? !isBlockedDotenv(head, repoPath) && "allowDotenv"
            : isSkippedPath(head, repoPath)
                ? "ignorePaths"
                : !isReported(head, finding) && "a fingerprint in the ignore file";
        if (why)
            added.push(`${finding.file}${finding.line > 0 ? `:${finding.line}` : ""} (${why})`);
    }
    if (added.length === 0)
        return;
    const message = `the scanned commits add ${(0,words/* plural */.LS)(added.length, "suppression")} for their own findings, reported anyway (the configuration in ${/^[0-9a-f]{40,64}$/.test(revision) ? revision.slice(0, 12) : revision} applies): ${added.join(", ")}`;
    io.stderr(io.env.GITHUB_ACTIONS === "true"
        ? `::warning title=wa-token-guard::${message}\n`
        : `warning: ${message}\n`);
}
/**
 * `--update-ignore`: shows what it is about to hide (redacted), says that a real token must be
 * revoked rather than ignored, and asks; off a terminal it needs --yes, so that no script or hook
 * hides a live token by accident.
 */
async function updateIgnore(findings, context) {
    const { io, ignorePath } = context;
    const shown = (0,external_node_path_.relative)(io.cwd, ignorePath) || ignorePath;
    let existing = "";
    try {
        existing = await (0,promises_.readFile)(ignorePath, "utf8");
    }
    catch (error) {
        if (error.code !== "ENOENT")
            throw new errors/* UserError */.y(`cannot read ${shown}: ${describeFsError(error)}`);
    }
    const { text, added } = ignoreFileAddition(existing, findings);
    if (added.length === 0) {
        io.stderr(`Nothing to add: ${shown} already lists every current finding.\n`);
        return cli_io/* EXIT */.d.ok;
    }
    io.stderr([
        `About to add ${(0,words/* plural */.LS)(added.length, "fingerprint")} to ${shown}, so that these are no longer reported:`,
        ...added.map((finding) => `  ${formatFindingLine(finding, false)}`),
        "A real credential must be revoked, not ignored: ignoring hides it from this guard only, and it keeps",
        "working for anyone who copied it. For a false positive, prefer a wa-token-guard:allow comment on the line.",
        "",
    ].join("\n"));
    if (!context.yes) {
        if (!io.interactive) {
            throw new errors/* UserError */.y("--update-ignore changes what the guard reports: add --yes to confirm (nothing was written)");
        }
        const answer = await io.ask("Add them? [y/N] ");
        if (!/^y(es)?$/i.test(answer?.trim() ?? "")) {
            io.stderr("Nothing was written.\n");
            return cli_io/* EXIT */.d.ok;
        }
    }
    try {
        await (0,promises_.appendFile)(ignorePath, text);
    }
    catch (error) {
        throw new errors/* UserError */.y(`cannot write ${shown}: ${describeFsError(error)}`);
    }
    io.stderr(`Added ${(0,words/* plural */.LS)(added.length, "fingerprint")} to ${shown}.\n`);
    // The hook reads the staged ignore file: an unstaged edit would not count.
    if (context.kind === "staged")
        io.stderr(`Stage it for this commit: git add -- ${(0,words/* shellQuote */.ZL)(shown)}\n`);
    return cli_io/* EXIT */.d.ok;
}
async function livenessOptions(values, io) {
    const text = (name) => (typeof values[name] === "string" ? values[name] : undefined);
    const appId = text("app-id");
    const appSecret = appId
        ? (0,dotenv/* appSecretFor */.jE)(await (0,dotenv/* secretLookup */.ro)(io), text("app-secret-env") ?? "META_APP_SECRET")
        : undefined;
    return (0,settings/* parseConnection */.C8)({
        ...(text("graph-api-url") && { "graph-api-url": text("graph-api-url") }),
        ...(text("graph-api-version") && { "graph-api-version": text("graph-api-version") }),
        ...(text("timeout-seconds") && { "timeout-seconds": text("timeout-seconds") }),
        ...(appId && { "app-id": appId, "app-secret": appSecret }),
    });
}
/** Asks about every distinct access token once; live findings come first. */
async function labelLiveness(findings, options) {
    const { checkLiveness } = await Promise.all(/* import() */[__webpack_require__.e(832), __webpack_require__.e(132)]).then(__webpack_require__.bind(__webpack_require__, 2132));
    const tokens = findings.filter((f) => f.rule === "meta-access-token").map((f) => secretOf(f));
    const liveness = await checkLiveness(tokens, options);
    for (const finding of findings) {
        if (finding.rule === "meta-access-token")
            finding.status = liveness.get(secretOf(finding)) ?? "unknown";
    }
    const rank = (f) => (f.status === "live" ? 0 : f.status === "unknown" ? 1 : 2);
    return [...findings].sort((a, b) => rank(a) - rank(b));
}

;// CONCATENATED MODULE: ./src/cli/main.ts
/**
 * Dispatches `wa-token-guard <command>`. `scan` is loaded with the entry, because the pre-commit
 * hook runs it on every commit; the other commands are loaded on demand, so that the hook never
 * loads the HTTP client `verify` needs.
 */







const USAGE = `wa-token-guard ${VERSION}: keep WhatsApp Cloud API tokens out of git, and know before they stop working.

Usage:
  wa-token-guard scan [paths...] [options]   find Meta / WhatsApp credentials in files (default: .)
  wa-token-guard scan --staged [options]     the same over what the next commit adds (pre-commit hook)
  wa-token-guard verify [options]            check a token against the Graph API
  wa-token-guard rotate [options]            refresh a token that expires soon; write it back (.env or a GitHub secret)
  wa-token-guard revoke [options]            revoke a token now (from standard input or WHATSAPP_TOKEN)
  wa-token-guard install [--hook-manager M]  install the pre-commit hook in this repository
  wa-token-guard help [command] | --version

Run \`wa-token-guard <command> --help\` for the command's options.
Exit codes: 0 nothing found / token ok, 1 findings / token failed, 2 usage or runtime error.
`;
const COMMANDS = {
    scan: async () => scanCommand,
    verify: async () => (await Promise.all(/* import() */[__webpack_require__.e(832), __webpack_require__.e(324)]).then(__webpack_require__.bind(__webpack_require__, 5324))).verifyCommand,
    install: async () => (await __webpack_require__.e(/* import() */ 88).then(__webpack_require__.bind(__webpack_require__, 88))).installCommand,
    rotate: async () => (await Promise.all(/* import() */[__webpack_require__.e(832), __webpack_require__.e(324), __webpack_require__.e(171)]).then(__webpack_require__.bind(__webpack_require__, 2171))).rotateCommand,
    revoke: async () => (await Promise.all(/* import() */[__webpack_require__.e(832), __webpack_require__.e(694)]).then(__webpack_require__.bind(__webpack_require__, 694))).revokeCommand,
};
/** Commands that load the HTTP client: checked against the Node version before they are loaded. */
const NEEDS_NETWORK = new Set(["verify", "rotate", "revoke"]);
/**
 * The command, once this Node can run it. Help is text and loads no HTTP client, so
 * `<command> --help` works on every Node the scan runs on (the hook prints `revoke` commands on
 * machines whose Node can only scan): the options are shown, and the Node line follows on stderr.
 */
async function load(name, args) {
    const tooOld = unsupportedNode(name, NEEDS_NETWORK.has(name));
    if (!tooOld)
        return await COMMANDS[name]();
    const onlyHelp = args.length === 1 && (args[0] === "--help" || args[0] === "-h");
    if (!onlyHelp || unsupportedNode(name, false))
        throw new errors/* UserError */.y(tooOld);
    const command = await COMMANDS[name]();
    return async (commandArgs, io) => {
        const code = await command(commandArgs, io);
        io.stderr(`wa-token-guard: ${tooOld}\n`);
        return code;
    };
}
async function main(argv, io = (0,cli_io/* processIo */.W)()) {
    const [name, ...rest] = argv;
    // A secret passed as the value of the wrong flag (`--app-id <app secret>`) is never printed,
    // whichever message would echo it.
    for (const [flag, value] of flagValues(argv))
        io.secrets.add(...(0,scrub/* secretValues */.VX)({ [flag]: value }));
    try {
        if (name === undefined || name === "help" || name === "--help" || name === "-h") {
            const topic = name === "help" ? rest[0] : undefined;
            if (topic && COMMANDS[topic])
                return await (await load(topic, ["--help"]))(["--help"], io);
            io.stdout(USAGE);
            return name === undefined ? cli_io/* EXIT */.d.error : cli_io/* EXIT */.d.ok;
        }
        if (name === "--version" || name === "-v" || name === "version") {
            io.stdout(`${VERSION}\n`);
            return cli_io/* EXIT */.d.ok;
        }
        if (!COMMANDS[name]) {
            const known = Object.keys(COMMANDS);
            const near = (0,edit_distance/* nearest */.p)(name, known);
            throw new errors/* UserError */.y(`unknown command "${name}" (${near ? `did you mean ${near}? ` : ""}commands: ${known.join(", ")}; see --help)`);
        }
        return await (await load(name, rest))(rest, io);
    }
    catch (error) {
        io.stderr(`wa-token-guard: ${await asFlags(name, describeError(error))}\n`);
        return cli_io/* EXIT */.d.error;
    }
}
/**
 * The network commands' settings problems name options as the action's inputs; here they are
 * flags (flag-names.ts, loaded only for them: the hook's scan never needs it).
 */
async function asFlags(name, message) {
    if (name === undefined || !NEEDS_NETWORK.has(name))
        return message;
    return (await __webpack_require__.e(/* import() */ 663).then(__webpack_require__.bind(__webpack_require__, 1663))).spellAsFlags(message);
}
/** One line for the user; a stack only for bugs, and only when asked for with WA_TOKEN_GUARD_DEBUG=1. */
function describeError(error) {
    if (error instanceof errors/* UserError */.y)
        return (0,scrub/* scrub */._I)(error.message);
    if (isParseArgsError(error))
        return `${(0,scrub/* scrub */._I)(error.message)} (see --help)`;
    const detail = error instanceof Error ? error.message : String(error);
    const stack = process.env.WA_TOKEN_GUARD_DEBUG === "1" && error instanceof Error ? `\n${error.stack}` : "";
    return (0,scrub/* scrub */._I)(`internal error: ${detail}${stack}`);
}
function isParseArgsError(error) {
    const code = error?.code;
    return typeof code === "string" && code.startsWith("ERR_PARSE_ARGS");
}
/** Each argument with the flag it is the value of (`--name value`, `--name=value`; "" for none). */
function flagValues(argv) {
    const pairs = [];
    argv.forEach((arg, index) => {
        const inline = /^--([^=]+)=([\s\S]*)$/.exec(arg);
        if (inline)
            pairs.push([inline[1], inline[2]]);
        const previous = index > 0 ? /^--([^=]+)$/.exec(argv[index - 1]) : null;
        pairs.push([previous?.[1] ?? "", arg]);
    });
    return pairs;
}


/***/ }),

/***/ 1532:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ forEachConcurrently)
/* harmony export */ });
/** Runs `task` for every item, at most `limit` at a time, in order of starting; the first failure rejects. */
async function forEachConcurrently(items, limit, task) {
    let next = 0;
    const lane = async () => {
        while (next < items.length)
            await task(items[next++]);
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
}


/***/ }),

/***/ 7884:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   y: () => (/* binding */ appIdFromAccessToken)
/* harmony export */ });
/**
 * Meta access tokens carry the issuing app's id in their first characters: base64-decoding the
 * first 12 characters gives byte 0x10 followed by `app_id << 2` as a 64-bit big-endian integer.
 * Meta does not document this, so a token that does not decode is still reported; the decoded id
 * only tells the user which app the leaked token belongs to (and so where to revoke it).
 */
function appIdFromAccessToken(token) {
    if (token.length < 12)
        return undefined;
    const bytes = Buffer.from(token.slice(0, 12), "base64");
    if (bytes.length !== 9 || bytes[0] !== 0x10)
        return undefined;
    const shifted = bytes.readBigUInt64BE(1);
    if ((shifted & 3n) !== 0n)
        return undefined;
    const appId = shifted >> 2n;
    // Real app ids have 13 to 17 digits; anything else is a string that merely starts with EAA.
    const digits = appId.toString();
    return digits.length >= 13 && digits.length <= 17 ? digits : undefined;
}


/***/ }),

/***/ 3081:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c0: () => (/* binding */ isControl),
/* harmony export */   e1: () => (/* binding */ asText),
/* harmony export */   pN: () => (/* binding */ MAX_SEGMENT)
/* harmony export */ });
/** Longest segment decoded: beyond it (a multi-megabyte data URI), the text is left as it is. */
const MAX_SEGMENT = 1024 * 1024;
const strictUtf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
/** A control character that text does not hold (everything below space but tab, LF, CR; DEL). */
const isControl = (b) => (b < 32 && b !== 9 && b !== 10 && b !== 13) || b === 127;
/**
 * The bytes as text, or undefined when they are not valid UTF-8 or are mostly binary (more than
 * 1 in 50 bytes a control character).
 */
function asText(bytes) {
    let control = 0;
    for (const b of bytes)
        if (isControl(b))
            control++;
    if (control * 50 > bytes.length)
        return undefined;
    try {
        return strictUtf8.decode(bytes);
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 1533:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  o0: () => (/* binding */ detect),
  xw: () => (/* binding */ detectAll),
  r4: () => (/* binding */ lineBreaks)
});

// UNUSED EXPORTS: ALLOW_COMMENT

// EXTERNAL MODULE: ./src/detect/decoders/decoder.ts
var decoder = __webpack_require__(3081);
;// CONCATENATED MODULE: ./src/detect/decoders/base64.ts
/**
 * Base64, standard (`+/`) and URL-safe (`-_`), padded or not, also wrapped over lines. A segment
 * is a run of at least 43 base64 characters (32 bytes: the shortest credential, an app secret),
 * with its `=` padding.
 * Binary content (images in data URIs, lockfile digests) is recognised from its first 48 bytes,
 * so it costs almost nothing however long it is.
 */

const MIN_SEGMENT = 43;
const PROBE_CHARS = 64;
const isBase64Char = (c) => (c >= 48 && c <= 57) ||
    (c >= 65 && c <= 90) ||
    (c >= 97 && c <= 122) ||
    c === 43 ||
    c === 47 ||
    c === 45 ||
    c === 95;
const base64Decoder = {
    encoding: "base64",
    segments(text) {
        const segments = [];
        for (let start = nextRun(text, 0); start !== -1;) {
            const { body, encoded, lines } = wrappedRun(text, start);
            let end = body;
            while (end < text.length && end - body < 2 && text.charCodeAt(end) === 61 /* = */)
                end++;
            const decoded = encoded === undefined ? undefined : decodeBase64(encoded);
            if (decoded !== undefined)
                segments.push({ start, end, decoded });
            else if (lines.length > 1) {
                // Not one text wrapped over lines (consecutive values of the same length, say): each
                // line on its own, as it would have been unwrapped. Each line is read once more at most.
                for (const [index, line] of lines.entries()) {
                    const lineEnd = index === lines.length - 1 ? end : line.end;
                    const alone = line.end - line.start >= MIN_SEGMENT ? decodeBase64(text.slice(line.start, line.end)) : undefined;
                    if (alone !== undefined)
                        segments.push({ start: line.start, end: lineEnd, decoded: alone });
                }
            }
            start = nextRun(text, end);
        }
        return segments;
    },
};
/**
 * Where the next run of at least MIN_SEGMENT base64 characters starts, at or after `from` (which
 * is 0 or follows a character that is not base64). Reads backwards from the far end of each
 * window, so ordinary text, where words are short, costs a few reads per window rather than a
 * read per character; no character is read twice.
 */
function nextRun(text, from) {
    let start = from;
    let known = from; // [start, known) is all base64
    while (start + MIN_SEGMENT <= text.length) {
        const end = start + MIN_SEGMENT;
        let i = end - 1;
        const floor = Math.max(start, known);
        while (i >= floor && isBase64Char(text.charCodeAt(i)))
            i--;
        if (i < floor)
            return start;
        start = i + 1;
        known = end;
    }
    return -1;
}
const runEnd = (text, from) => {
    let end = from;
    while (end < text.length && isBase64Char(text.charCodeAt(end)))
        end++;
    return end;
};
/** The widest line a wrapped run may have (`base64` wraps at 76, PEM and `openssl` at 64). */
const MAX_WRAP_WIDTH = 120;
/**
 * The run at `start`, and the lines that continue it: a run of MIN_SEGMENT to MAX_WRAP_WIDTH
 * characters that fills its line goes on at the next line's first non-blank character, line after
 * line of the same width, up to a shorter last line. Any width: `base64` wraps at 76, PEM at 64,
 * `fold -w 70` and Python's textwrap at 70, which is not a multiple of 4 (base64 decodes left to
 * right, so what follows a line never changes what the line decodes to). Each character is read
 * once. `encoded` is undefined beyond MAX_SEGMENT; `lines` are where each line's run is.
 */
function wrappedRun(text, start) {
    let body = runEnd(text, start + MIN_SEGMENT);
    const width = body - start;
    const lines = [{ start, end: body }];
    if (width > MAX_WRAP_WIDTH) {
        return { body, encoded: width > decoder/* MAX_SEGMENT */.pN ? undefined : text.slice(start, body), lines };
    }
    let total = width;
    for (;;) {
        let next = body;
        if (text.charCodeAt(next) === 13)
            next++;
        if (text.charCodeAt(next) !== 10)
            break;
        next++;
        while (text.charCodeAt(next) === 32 || text.charCodeAt(next) === 9)
            next++;
        const end = runEnd(text, next);
        if (end === next || end - next > width || total + end - next > decoder/* MAX_SEGMENT */.pN)
            break;
        lines.push({ start: next, end });
        total += end - next;
        body = end;
        if (end - next < width)
            break; // the last line
    }
    return { body, encoded: lines.map((line) => text.slice(line.start, line.end)).join(""), lines };
}
function decodeBase64(encoded) {
    if (encoded.length % 4 === 1)
        return undefined; // not base64: one character too many
    const probe = Buffer.from(encoded.slice(0, PROBE_CHARS), "base64");
    for (const b of probe)
        if ((0,decoder/* isControl */.c0)(b))
            return undefined;
    return (0,decoder/* asText */.e1)(Buffer.from(encoded, "base64"));
}

;// CONCATENATED MODULE: ./src/detect/decoders/percent.ts
/**
 * Percent-encoding (`%3D`, and `%253D` twice over: the engine decodes to depth 2). A segment is a
 * run of URL characters holding at least one `%XX`: a query string in a log line, a redirect URL.
 */

const ESCAPE = /%[0-9A-Fa-f]{2}/g;
const percent_MIN_SEGMENT = 32;
/** Characters a URL holds unencoded (RFC 3986), less quotes, which end a string in code. */
const isUrlChar = (c) => (c >= 48 && c <= 57) ||
    (c >= 65 && c <= 90) ||
    (c >= 97 && c <= 122) ||
    "%._~+-!$&()*,;=:@/?#[]".includes(String.fromCharCode(c));
const percentDecoder = {
    encoding: "percent",
    segments(text) {
        const segments = [];
        let floor = 0;
        ESCAPE.lastIndex = 0;
        for (let match = ESCAPE.exec(text); match; match = ESCAPE.exec(text)) {
            let start = match.index;
            while (start > floor && isUrlChar(text.charCodeAt(start - 1)))
                start--;
            let end = match.index + 3;
            while (end < text.length && end - start <= decoder/* MAX_SEGMENT */.pN && isUrlChar(text.charCodeAt(end)))
                end++;
            ESCAPE.lastIndex = end;
            floor = end;
            if (end - start < percent_MIN_SEGMENT || end - start > decoder/* MAX_SEGMENT */.pN)
                continue;
            const decoded = decodePercent(text, start, end);
            if (decoded !== undefined)
                segments.push({ start, end, decoded });
        }
        return segments;
    },
};
function decodePercent(text, start, end) {
    const bytes = Buffer.allocUnsafe(end - start);
    let n = 0;
    for (let i = start; i < end; i++) {
        const c = text.charCodeAt(i);
        if (c === 37 && i + 2 < end && isHex(text.charCodeAt(i + 1)) && isHex(text.charCodeAt(i + 2))) {
            bytes[n++] = Number.parseInt(text.slice(i + 1, i + 3), 16);
            i += 2;
        }
        else
            bytes[n++] = c;
    }
    return (0,decoder/* asText */.e1)(bytes.subarray(0, n));
}
const isHex = (c) => (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);

;// CONCATENATED MODULE: ./src/detect/decode.ts
/**
 * The decoding layer between the text and the rules (the model of gitleaks and trufflehog): every
 * decodable segment is replaced by its decoded text, and the rules run again over that view, so
 * that a key next to an encoded value still counts (`META_APP_SECRET: <base64>`). A view remembers
 * where each decoded span came from, so a credential is reported at the encoded segment.
 * Depth 2 covers base64 inside base64 and `%25`: the second view decodes only inside the spans
 * the first one decoded. Each view costs one pass of the rules, and only exists when something
 * decoded.
 */


const DECODERS = [base64Decoder, percentDecoder];
const MAX_DEPTH = 2;
/**
 * The next view of `text`: decodes segments anywhere (the original text) or only inside `within`
 * (the spans the previous view decoded). Undefined when nothing decodes.
 */
function decodeView(text, within) {
    const ranges = within ?? [
        { start: 0, end: text.length, origStart: -1, origEnd: -1, encoding: "base64" },
    ];
    const found = [];
    for (const range of ranges) {
        const inRange = [];
        // Each range on its own: a search for the next segment never runs past the range's end.
        const part = within ? text.slice(range.start, range.end) : text;
        for (const decoder of DECODERS) {
            for (const segment of decoder.segments(part)) {
                inRange.push({
                    ...segment,
                    start: segment.start + range.start,
                    end: segment.end + range.start,
                    range: within ? range : undefined,
                    encoding: decoder.encoding,
                });
            }
        }
        inRange.sort((a, b) => a.start - b.start || b.end - a.end);
        let covered = range.start;
        for (const segment of inRange) {
            if (segment.start < covered)
                continue; // overlaps one already taken: the earlier, longer wins
            found.push(segment);
            covered = segment.end;
        }
    }
    if (found.length === 0)
        return undefined;
    const pieces = [];
    const spans = [];
    let offset = 0;
    let at = 0;
    for (const segment of found) {
        pieces.push(text.slice(at, segment.start));
        offset += segment.start - at;
        pieces.push(segment.decoded);
        const outer = segment.range;
        spans.push({
            start: offset,
            end: offset + segment.decoded.length,
            origStart: outer ? outer.origStart : segment.start,
            origEnd: outer ? outer.origEnd : segment.end,
            encoding: outer ? outer.encoding : segment.encoding,
        });
        offset += segment.decoded.length;
        at = segment.end;
    }
    pieces.push(text.slice(at));
    return { text: pieces.join(""), spans };
}
/** The first span that `[start, end)` overlaps, by binary search. */
function spanOverlapping(spans, start, end) {
    let low = 0;
    let high = spans.length;
    while (low < high) {
        const mid = (low + high) >> 1;
        if (spans[mid].end <= start)
            low = mid + 1;
        else
            high = mid;
    }
    const span = spans[low];
    return span && span.start < end ? span : undefined;
}

// EXTERNAL MODULE: ./src/detect/rules/index.ts + 6 modules
var rules = __webpack_require__(3966);
;// CONCATENATED MODULE: ./src/detect/engine.ts
/**
 * The detection engine: text in, credential matches out. Pure (no I/O) and linear in the size of
 * the text: the rules (`rules/`) are single passes with bounded quantifiers, the decoding layer
 * (`decode.ts`) decodes each segment once, and locating walks the text once.
 */


/** Put on a line to silence every finding on that line. */
const ALLOW_COMMENT = "wa-token-guard:allow";
const prefilters = new Map(rules/* CONTENT_RULES */.Q.map((rule) => {
    if (rule.caseSensitive && rule.keywords.length === 1) {
        const keyword = rule.keywords[0];
        return [rule, (text) => text.includes(keyword)];
    }
    const escaped = rule.keywords.map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
    const pattern = new RegExp(escaped.join("|"), rule.caseSensitive ? "" : "i");
    return [rule, (text) => pattern.test(text)];
}));
function findHits(text, context) {
    const hits = [];
    for (const rule of rules/* CONTENT_RULES */.Q) {
        if (!prefilters.get(rule)(text))
            continue;
        for (const { length, ...hit } of rule.find(text, context)) {
            hits.push({ rule: rule.id, ...hit, end: hit.index + (length ?? hit.secret.length) });
        }
    }
    return hits;
}
/**
 * Every credential in `text`. `context` says what the text is: file content, or a single path
 * component (`name`), where `+` and `=` are ordinary file-name characters, not base64.
 */
function detect(text, context = "content") {
    return detectAll(text, context).filter((detection) => !detection.allowed);
}
/**
 * Like detect(), and also what the allow comment silences, marked `allowed`: the scan lists
 * those as suppressed, and the scrubber must hide them too.
 */
function detectAll(text, context = "content") {
    const hits = findHits(text, context);
    // Secrets already found, by rule and secret, with where: a decoded view finds again what sits
    // unencoded inside a decoded segment (a plain token in a percent-encoded URL).
    const known = new Map();
    const remember = (hit) => {
        const key = `${hit.rule}\0${hit.secret}`;
        const at = known.get(key);
        if (at)
            at.push(hit.index);
        else
            known.set(key, [hit.index]);
    };
    for (const hit of hits)
        remember(hit);
    let view = decodeView(text);
    for (let depth = 1; view && depth <= MAX_DEPTH; depth++) {
        const found = [];
        for (const hit of findHits(view.text, context)) {
            const span = spanOverlapping(view.spans, hit.index, hit.end);
            if (!span)
                continue; // outside what this view decoded: found before
            const seen = known.get(`${hit.rule}\0${hit.secret}`);
            if (seen?.some((index) => index >= span.origStart && index < span.origEnd))
                continue;
            found.push({ ...hit, index: span.origStart, end: span.origEnd, encoding: span.encoding });
        }
        for (const hit of found) {
            remember(hit);
            hits.push(hit);
        }
        view = depth < MAX_DEPTH ? decodeView(view.text, view.spans) : undefined;
    }
    if (hits.length === 0)
        return [];
    hits.sort((a, b) => a.index - b.index);
    return locate(text, hits);
}
/**
 * Line breaks as editors show them: `\n`, `\r\n`, or a lone `\r` (classic Mac). Line numbers
 * and the allow comment both use these, so one allow comment never reaches past its own line.
 */
const LINE_BREAK = /\r\n?|\n/g;
/** How many line breaks `text` holds, and where its last line starts. */
function lineBreaks(text) {
    let count = 0;
    let lastLineStart = 0;
    LINE_BREAK.lastIndex = 0;
    for (let match = LINE_BREAK.exec(text); match; match = LINE_BREAK.exec(text)) {
        count++;
        lastLineStart = LINE_BREAK.lastIndex;
    }
    return { count, lastLineStart };
}
/**
 * One forward pass assigns lines and columns and marks the hits on lines that carry the allow
 * comment. Each line is looked at once, however many hits it holds.
 */
function locate(text, hits) {
    const detections = [];
    let line = 1;
    let lineStart = 0;
    // The next line break at or after lineStart: [index, length], or undefined at the last line.
    let nextBreak = null;
    const findBreak = (from) => {
        LINE_BREAK.lastIndex = from;
        nextBreak = LINE_BREAK.exec(text);
    };
    findBreak(0);
    let allowedLine = 0; // the line the allow test below was made for (0: none yet)
    let allowed = false;
    let seenIndex = -1;
    const seenSecrets = new Set();
    for (const hit of hits) {
        // Two rules, or two decoded secrets, on the same spot: each secret is reported once.
        if (hit.index !== seenIndex) {
            seenIndex = hit.index;
            seenSecrets.clear();
        }
        if (seenSecrets.has(hit.secret))
            continue;
        seenSecrets.add(hit.secret);
        while (nextBreak !== null && nextBreak.index < hit.index) {
            line++;
            lineStart = nextBreak.index + nextBreak[0].length;
            findBreak(lineStart);
        }
        if (allowedLine !== line) {
            allowedLine = line;
            const end = nextBreak === null ? text.length : nextBreak.index;
            allowed = text.slice(lineStart, end).includes(ALLOW_COMMENT);
        }
        detections.push({
            rule: hit.rule,
            secret: hit.secret,
            line,
            column: hit.index - lineStart + 1,
            ...(hit.appId && { appId: hit.appId }),
            ...(hit.encoding && { encoding: hit.encoding }),
            raw: text.slice(hit.index, hit.end),
            ...(allowed && { allowed: true }),
        });
    }
    return detections;
}


/***/ }),

/***/ 6619:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QG: () => (/* binding */ detectInPath),
/* harmony export */   g$: () => (/* binding */ printable),
/* harmony export */   nG: () => (/* binding */ safePath),
/* harmony export */   tp: () => (/* binding */ redactPath)
/* harmony export */ });
/* harmony import */ var _text_safety_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2243);
/* harmony import */ var _engine_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1533);
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(962);
/**
 * Paths are content too: a token used as a file name (`cache/EAA….json`) is a leaked token, and
 * printing the path would print the token. Pure helpers used by the scan (to report such names)
 * and by every report (to print paths safely).
 */



/**
 * Credentials in a path's name, each component read on its own (a `/` there separates names; it
 * is not base64 context). Line and column are 0: the finding is about the file, not a line in it.
 */
function detectInPath(path) {
    const found = [];
    for (const component of path.split("/")) {
        // A name cannot carry an allow comment: `EAA…wa-token-guard:allow.json` is still a leak.
        for (const { allowed: _, ...detection } of (0,_engine_js__WEBPACK_IMPORTED_MODULE_0__/* .detectAll */ .xw)(component, "name"))
            found.push({ ...detection, line: 0, column: 0 });
    }
    return found;
}
let lastPath = "";
let lastRedacted = "";
/**
 * A path with every credential in it redacted: what findings carry, so that no format (text, JSON,
 * SARIF, advice) can print the token a file is named after.
 */
function redactPath(path) {
    if (path === lastPath)
        return lastRedacted; // findings come grouped by file
    let redacted = path;
    for (const { secret, raw } of detectInPath(path))
        redacted = redacted.split(raw).join((0,_redact_js__WEBPACK_IMPORTED_MODULE_1__/* .redact */ .E)(secret));
    lastPath = path;
    lastRedacted = redacted;
    return redacted;
}
/**
 * Text as a terminal may show it: every control character as an escape (`\x1b`), so that a file
 * name can neither drive the terminal nor fake a line of the report. JSON and SARIF escape by
 * themselves, and keep the name as it is.
 */
function printable(text) {
    return text.replace(_text_safety_js__WEBPACK_IMPORTED_MODULE_2__/* .CONTROL_CHARACTERS */ .nI, (c) => {
        const code = c.charCodeAt(0);
        return code <= 0xff
            ? `\\x${code.toString(16).padStart(2, "0")}`
            : `\\u${code.toString(16).padStart(4, "0")}`;
    });
}
/** A path for a message: credentials redacted, control characters escaped. */
const safePath = (path) => printable(redactPath(path));


/***/ }),

/***/ 962:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ redact),
/* harmony export */   R: () => (/* binding */ fingerprint)
/* harmony export */ });
/**
 * The only form in which a secret is ever shown: at most the first 4 and the last 2 characters,
 * and the length. Short values show less, so that at least two thirds stay hidden.
 */
function redact(secret) {
    const n = secret.length;
    const head = n >= 24 ? 4 : Math.floor(n / 6);
    const tail = n >= 24 ? 2 : Math.floor(n / 12);
    return `${secret.slice(0, head)}…${tail > 0 ? secret.slice(n - tail) : ""} (${n} chars)`;
}
/**
 * A stable, non-reversible identity for a secret: it survives edits and moves of the file (unlike
 * line-number fingerprints), and is safe to commit in an ignore file.
 */
function fingerprint(secret) {
    // Loaded on first use: node:crypto costs ~7 ms to load, and a clean commit never needs it.
    const { createHash } = process.getBuiltinModule("node:crypto");
    return createHash("sha256").update(secret, "utf8").digest("hex").slice(0, 32);
}


/***/ }),

/***/ 1440:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ dotenvFileRule),
/* harmony export */   I: () => (/* binding */ DOTENV_IGNORE_LINES)
/* harmony export */ });
const TEMPLATE_SUFFIXES = [".example", ".sample", ".template", ".dist"];
/**
 * The .gitignore lines that ignore what this rule blocks and keep its templates committable
 * (`.env.*` alone would ignore `.env.example` too). git compares them in the case the file system
 * uses (core.ignorecase), and the rule itself still blocks `.ENV` wherever ignoring misses it.
 */
const DOTENV_IGNORE_LINES = [
    ".env",
    ".env.*",
    ...TEMPLATE_SUFFIXES.map((suffix) => `!.env${suffix}`),
];
const dotenvFileRule = {
    id: "dotenv-file",
    title: "Environment file (.env) that usually holds secrets",
    remedy: "Do not commit it: `git rm --cached <file>`, add `.env`, `.env.*` and `!.env.example` to .gitignore (the last line keeps the template committable), and commit a `.env.example` without values instead.",
    matches(path) {
        const name = path.slice(path.lastIndexOf("/") + 1).toLowerCase();
        if (name !== ".env" && !name.startsWith(".env."))
            return false;
        return !TEMPLATE_SUFFIXES.some((suffix) => name.endsWith(suffix));
    },
};


/***/ }),

/***/ 3966:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Q: () => (/* binding */ CONTENT_RULES),
  c: () => (/* binding */ PATH_RULES)
});

// EXTERNAL MODULE: ./src/detect/app-id.ts
var app_id = __webpack_require__(7884);
// EXTERNAL MODULE: ./src/detect/decoders/decoder.ts
var decoder = __webpack_require__(3081);
;// CONCATENATED MODULE: ./src/detect/hints.ts
/**
 * The pre-commit hook's hint pattern, derived from the rules. Before it starts node, the hook asks
 * git whether any changed line matches `HINTS` (a POSIX extended regular expression); only then
 * does the full scan run. That is safe only while the pattern is a superset of what the engine
 * reports, including what it reports through its decoders: a base64'd token holds no `EAA`, so
 * each rule's hint is also given in its base64 forms (one per byte alignment, either alphabet) and
 * its percent-encoded form (`%7C`, `%257C`; every character, letters too: `%45%41%41`). A test keeps `hooks/pre-commit` equal to this.
 * The engine decodes base64 inside base64 too (a Kubernetes Secret whose value is a base64'd
 * `.env`), so the hint covers that form as well: when the fast path says "nothing", node never
 * starts, and a form missing here is a form the hook lets through.
 *
 * A hint is a sequence of items, each a set of characters and how many of them follow. Items are
 * built with literal(), anyCase() and repeat(); sets are listed characters or ranges (`0-9a-f`).
 * A rule whose key and value sit on one line gives its hint as a KeyValueHint: the key, then the
 * value later on that line, each in any of its forms. A word as common as `secret` then starts
 * node only when something that could be the value follows it.
 */
const isKeyValue = (hint) => "key" in hint;
const expand = (set) => set.replace(/(.)-(.)/g, (_, from, to) => {
    let out = "";
    for (let c = from.charCodeAt(0); c <= to.charCodeAt(0); c++)
        out += String.fromCharCode(c);
    return out;
});
const ALNUM = "A-Za-z0-9";
const DIGITS = "0-9";
const URL_SAFE = "A-Za-z0-9_\\-";
const literal = (text) => [...text].map((c) => ({ chars: c, count: 1 }));
const anyCase = (text) => [...text].map((c) => ({ chars: unique(c.toLowerCase() + c.toUpperCase()), count: 1 }));
/** `set` is a class body as in a regular expression: `0-9a-f`; `\\-` for a literal `-`. */
const repeat = (set, count) => ({
    chars: unique(expand(set.replace("\\-", "\u0000")).replace("\u0000", "-")),
    count,
});
function unique(chars) {
    return [...new Set(chars)].sort().join("");
}
const BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
/** Both alphabets at once: standard (`+/`) and URL-safe (`-_`) base64. */
const SIXTY_TWO = "+-";
const SIXTY_THREE = "/_";
const base64Chars = (value) => (value < 62 ? BASE64[value] : value === 62 ? SIXTY_TWO : SIXTY_THREE);
/**
 * A derived set this large says little: it is widened to the whole alphabet (both kinds, and `%`
 * for `%2B` and friends in a URL) so that it compresses.
 */
const ANY_BASE64 = unique(`${BASE64}${SIXTY_TWO}${SIXTY_THREE}%`);
const WIDEN_AT = 16;
/**
 * A derived form keeps its first MAX_LENGTH characters: requiring fewer characters is still a
 * superset, and it keeps the pattern small enough that git's -G costs the typical commit nothing.
 */
const MAX_LENGTH = 16;
/**
 * The base64 encodings of text matching `pattern`, one per alignment of its first byte in a
 * 3-byte group. Only the characters whose 6 bits come wholly from the pattern are kept (the ones
 * at the edges depend on the unknown bytes around it). Characters are bytes here: the rules'
 * hints are ASCII.
 */
function base64Forms(pattern) {
    const bytes = pattern.flatMap((item) => Array(item.count).fill(item.chars));
    const forms = [];
    for (let align = 0; align < 3; align++) {
        const out = [];
        const at = (i) => bytes[i - align]; // undefined outside the pattern
        const groups = Math.ceil((bytes.length + align) / 3);
        for (let g = 0; g < groups; g++) {
            const [a, b, c] = [at(g * 3), at(g * 3 + 1), at(g * 3 + 2)];
            // Each output character: the bytes it reads, and how it is made from them.
            const outputs = [
                [[a], (x) => x >> 2],
                [[a, b], (x, y) => ((x & 3) << 4) | (y >> 4)],
                [[b, c], (x, y) => ((x & 15) << 2) | (y >> 6)],
                [[c], (x) => x & 63],
            ];
            for (const [inputs, make] of outputs) {
                if (inputs.some((set) => set === undefined))
                    continue;
                const first = inputs[0];
                const second = inputs[1] ?? "\u0000";
                let chars = "";
                for (const x of first)
                    for (const y of second)
                        chars += base64Chars(make(x.charCodeAt(0), y.charCodeAt(0)));
                chars = unique(chars);
                out.push({ chars: chars.length >= WIDEN_AT ? ANY_BASE64 : chars, count: 1 });
            }
        }
        forms.push(compress(out));
    }
    return forms;
}
/** The first MAX_LENGTH characters of a pattern. */
function limit(pattern) {
    const out = [];
    let left = MAX_LENGTH;
    for (const item of pattern) {
        if (left === 0)
            break;
        out.push({ ...item, count: Math.min(item.count, left) });
        left -= Math.min(item.count, left);
    }
    return out;
}
function compress(items) {
    const out = [];
    for (const item of items) {
        const last = out[out.length - 1];
        if (last && last.chars === item.chars)
            last.count += item.count;
        else
            out.push({ ...item });
    }
    return out;
}
/** One item as an ERE atom: a character, or a bracket expression. */
function atom(chars) {
    if (chars.length === 1)
        return /[A-Za-z0-9%:_ -]/.test(chars) ? chars : `[${chars}]`;
    let body = "";
    const codes = [...chars].map((c) => c.charCodeAt(0)).filter((c) => c !== 45 && c !== 93 && c !== 94);
    for (let i = 0; i < codes.length;) {
        let j = i;
        while (j + 1 < codes.length && codes[j + 1] === codes[j] + 1)
            j++;
        const from = String.fromCharCode(codes[i]);
        const to = String.fromCharCode(codes[j]);
        body += j - i >= 2 ? `${from}-${to}` : j === i ? from : `${from}${to}`;
        i = j + 1;
    }
    if (chars.includes("]"))
        body = `]${body}`;
    if (chars.includes("^"))
        body += "^";
    if (chars.includes("-"))
        body += "-";
    return `[${body}]`;
}
/** A pattern as a POSIX ERE (also a valid JavaScript pattern). */
function toEre(pattern) {
    return limit(pattern)
        .map((item) => atom(item.chars) + (item.count > 1 ? `{${item.count}}` : ""))
        .join("");
}
/** Any `%XX` escape, once or twice encoded (`%41`, `%2541`). */
const ANY_ESCAPE = "%(25)?[0-9A-Fa-f]{2}";
/**
 * The pattern as it reads percent-encoded, once or twice (`%7C`, `%257C`): any character may be
 * written `%XX`, letters and digits too (an encoder that escapes everything: `%45%41%41…`), so
 * this form also matches the plain text.
 */
function percentForm(pattern) {
    return limit(pattern)
        .map((item) => {
        const hex = item.chars.length > 2
            ? [ANY_ESCAPE]
            : [...item.chars].map((c) => {
                const code = c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0");
                const digit = (d) => atom(unique(d + d.toLowerCase()));
                return `%(25)?${digit(code[0])}${digit(code[1])}`;
            });
        const one = `(${[atom(item.chars), ...hex].join("|")})`;
        return item.count > 1 ? `${one}{${item.count}}` : one;
    })
        .join("");
}
/**
 * Wrapped base64 (`base64` wraps at 76 columns, `openssl` at 64): the decoder joins the lines, but
 * git's -G reads one line at a time, so a hint cut by the wrap matches no line. What every such
 * cut leaves is a continuation line: one that starts, after blanks, with base64 holding the rest of
 * the credential, at least 32 characters (the shortest credential, an app secret, is 32 bytes).
 * Anchored at the line start, it costs -G almost nothing.
 */
const WRAPPED_BASE64_HINT = "^[ \t]*[A-Za-z0-9+/_-]{32}";
/**
 * A letter or digit written as a percent escape, once or twice encoded (`%52`, `%2552`), followed
 * by more base64 or another escape: what a base64'd line looks like after an encoder escaped more
 * than it had to. Every fixed character of a hint's base64 form is a letter or digit (the `+/`
 * that `%2B` and `%2F` stand for only ever fall where a form allows any base64 and `%`), so one
 * such escape is all it takes to break those forms; this hint catches what they then miss.
 * Escapes of other characters (`%20`, `%3D`, `%2F` in an encoded URL), printf formats (`%4d`,
 * `%5s`) and dates (`%Y-%m-%d`) do not match it.
 */
const ESCAPED_ALPHANUMERIC_HINT = "%(25)?(3[0-9]|[46][1-9A-Fa-f]|[57][0-9Aa])[A-Za-z0-9+/_%-]";
/**
 * What may stand between a key and its value: anything but the characters no separator holds, in
 * any encoding (`%`, hex digits and base64 stay allowed). `|`, `?` and `)` stay allowed for the
 * default-value operators (`|| "…"`, `?? "…"`, `getenv('…') ?: "…"`). These end the search at the next
 * statement or brace, which also bounds how far a regex engine that backtracks reads from each
 * occurrence of the key. (A bound such as `.{0,385}` costs GNU grep 0.4 s to compile.)
 */
const SEPARATOR_GAP = "[^;{}<&!*#$@~]*";
/** A pattern's base64 forms, encoded once and twice over. */
function base64FormsToDepthTwo(pattern) {
    const forms = [];
    for (const once of base64Forms(pattern)) {
        forms.push(toEre(once));
        for (const twice of base64Forms(once))
            forms.push(toEre(twice));
    }
    return forms;
}
/**
 * The pattern with every character percent-encoded (`EAA` as `%45%41%41`), as a HintPattern, so
 * that its base64 forms can be derived: a line percent-encoded whole and then base64'd holds
 * none of the plain pattern's base64 forms. Hex digits in either case.
 */
function percentAllPattern(pattern) {
    const nibble = (chars, high) => unique([...chars]
        .map((c) => {
        const hex = c.charCodeAt(0).toString(16).padStart(2, "0")[high ? 0 : 1];
        return hex.toUpperCase() + hex.toLowerCase();
    })
        .join(""));
    const out = [];
    for (const item of limit(pattern))
        for (let i = 0; i < item.count; i++)
            out.push({ chars: "%", count: 1 }, { chars: nibble(item.chars, true), count: 1 }, { chars: nibble(item.chars, false), count: 1 });
    return compress(out);
}
/**
 * Every form of every hint: plain, percent-encoded (once or twice), base64 (once or twice), the
 * continuation line of wrapped base64, base64 with letters escaped, and the base64 of the key
 * percent-encoded whole. A key-value hint is its key base64'd (a whole line
 * base64'd holds the key's base64 form, and the value's is then unknowable), or its key plain or
 * percent-encoded followed later on the line by its value in any form (the decoders read a
 * base64'd value after a plain key: `META_APP_SECRET: <base64>`), with only separator characters
 * between them (SEPARATOR_GAP).
 */
function hookHints(hints) {
    const strong = new Set([WRAPPED_BASE64_HINT, ESCAPED_ALPHANUMERIC_HINT]);
    const keys = new Set();
    const keyValues = new Set();
    for (const hint of hints) {
        const key = isKeyValue(hint) ? hint.key : hint;
        const plain = percentForm(key); // also matches the plain form
        if (isKeyValue(hint)) {
            // Any escape after the key counts too: a base64'd value with some characters
            // percent-escaped (decoded percent first, then base64) matches none of the forms above.
            const values = [
                ...new Set([percentForm(hint.value), ...base64FormsToDepthTwo(hint.value), ANY_ESCAPE]),
            ];
            keys.add(plain);
            keyValues.add(`${plain}${SEPARATOR_GAP}(${values.join("|")})`);
        }
        else
            strong.add(plain);
        for (const form of base64FormsToDepthTwo(key))
            strong.add(form);
        for (const form of base64Forms(percentAllPattern(key)))
            strong.add(toEre(form));
    }
    return { hints: [...strong].join("|"), keys: [...keys].join("|"), keyValues: [...keyValues].join("|") };
}

;// CONCATENATED MODULE: ./src/detect/placeholders.ts
/**
 * Recognises values that have the shape of a secret but are obviously not one: documentation
 * placeholders, repeated characters, counting sequences. Pure and cheap: only a bounded prefix of
 * the value is examined, so a hostile multi-megabyte run costs no more than a short one.
 */
const PLACEHOLDER_WORDS = [
    "placeholder",
    "example",
    "redacted",
    "youraccesstoken",
    "yourtoken",
    "accesstokenhere",
    "tokenhere",
    "dummy",
    "xxxxxx",
    "changeme",
    "replaceme",
];
/** How much of a value the heuristics look at. Real tokens are decided well within it. */
const SAMPLE = 256;
/** True when `value` (a token body or a secret) is a placeholder, not a credential. */
function looksLikePlaceholder(value, minDistinct) {
    const sample = value.length > SAMPLE ? value.slice(0, SAMPLE) : value;
    const lower = sample.toLowerCase();
    if (placeholderShare(lower) * 2 >= lower.length)
        return true;
    if (new Set(lower).size < minDistinct)
        return true;
    return isPeriodic(sample) || isCountingSequence(sample);
}
/**
 * How many characters of `lower` placeholder words cover. A placeholder is mostly placeholder
 * text; a real token's random body may hold a word like "dummy" (about 1 in 20,000 tokens).
 */
function placeholderShare(lower) {
    const covered = new Uint8Array(lower.length);
    for (const word of PLACEHOLDER_WORDS) {
        for (let at = lower.indexOf(word); at !== -1; at = lower.indexOf(word, at + 1)) {
            covered.fill(1, at, at + word.length);
        }
    }
    let count = 0;
    for (const c of covered)
        count += c;
    return count;
}
/** "abcabcabc…", "EAAEAAEAA…": the value repeats with a short period. */
function isPeriodic(sample) {
    const maxPeriod = Math.min(64, Math.floor(sample.length / 2));
    for (let period = 1; period <= maxPeriod; period++) {
        let repeats = true;
        for (let i = period; i < sample.length; i++) {
            if (sample.charCodeAt(i) !== sample.charCodeAt(i - period)) {
                repeats = false;
                break;
            }
        }
        if (repeats)
            return true;
    }
    return false;
}
/** "0123456789abcdef…", "abcdefgh…": most neighbours are consecutive characters. */
function isCountingSequence(sample) {
    let steps = 0;
    for (let i = 1; i < sample.length; i++) {
        const delta = sample.charCodeAt(i) - sample.charCodeAt(i - 1);
        if (delta === 1 || delta === -1)
            steps++;
    }
    return steps * 2 > sample.length;
}

;// CONCATENATED MODULE: ./src/detect/rules/rule.ts
const isAlnum = (c) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isDigit = (c) => c >= 48 && c <= 57;
/** Revoking a user or system-user token: shared by the rules that find one. */
const REVOKE_TOKEN = "Remove it from the file and the index, then revoke and replace it: Meta Business Settings → Users → System users → (user) → Revoke tokens, and generate a new one.";
const RESET_APP_SECRET = "Remove it, then reset the app secret: App Dashboard → App settings → Basic → App secret → Reset.";

;// CONCATENATED MODULE: ./src/detect/rules/access-token.ts
/**
 * `meta-access-token`: user, page and system-user tokens of any app. `EAA` and at least 90 more
 * alphanumerics, no keyword needed; the 4th character is an app-id range, not a token type.
 */





// The upper bound keeps V8's backtracking stack small; longer runs are followed to their end in code.
const ACCESS_TOKEN = /EAA[A-Za-z0-9]{90,1000}/g;
const PLUS = 43;
const SLASH = 47;
const EQUALS = 61;
const BACKSLASH = 92;
const NEWLINE = 10;
const accessTokenRule = {
    id: "meta-access-token",
    title: "Meta / WhatsApp Cloud API access token (user, page or system-user)",
    remedy: REVOKE_TOKEN,
    keywords: ["EAA"],
    caseSensitive: true,
    hints: [[...literal("EAA"), repeat(ALNUM, 90)]],
    find(text, context) {
        const hits = [];
        ACCESS_TOKEN.lastIndex = 0;
        for (let match = ACCESS_TOKEN.exec(text); match; match = ACCESS_TOKEN.exec(text)) {
            const start = match.index;
            let end = start + match[0].length;
            while (end < text.length && isAlnum(text.charCodeAt(end)))
                end++;
            ACCESS_TOKEN.lastIndex = end;
            const token = text.slice(start, end);
            // No "cut short" exception: a run of 90+ token characters followed by `...` is a token.
            if (!standsAlone(text, start, end, context))
                continue;
            if (isUppercaseHex(token))
                continue;
            if (looksLikePlaceholder(token.slice(3), 12))
                continue;
            const appId = (0,app_id/* appIdFromAccessToken */.y)(token);
            hits.push({ secret: token, index: start, ...(appId && { appId }) });
        }
        return hits;
    },
};
/**
 * A token is a whole run: nothing alphanumeric glued to it (it would be part of a longer string),
 * and not inside a base64 blob. `KEY=EAA…` is fine, and so is an escaped newline (`\nEAA…`)
 * inside a JSON string. A `+` at the start of a line is a diff marker (a patch, a committed
 * `.patch` file), not base64: wrapped base64 lines (64 or 76 characters) are too short to hold a
 * token after it. In a file name (`context` "name") `+` and `=` are ordinary characters.
 */
function standsAlone(text, start, end, context) {
    const atLineStart = start === 0 ||
        text.charCodeAt(start - 1) === NEWLINE ||
        (text.charCodeAt(start - 1) === PLUS && (start === 1 || text.charCodeAt(start - 2) === NEWLINE));
    const before = atLineStart ? NEWLINE : text.charCodeAt(start - 1);
    if (!atLineStart) {
        const escaped = start > 1 && text.charCodeAt(start - 2) === BACKSLASH && "nrt".includes(text[start - 1]);
        if (isAlnum(before) && !escaped)
            return false;
    }
    const after = end < text.length ? text.charCodeAt(end) : NEWLINE;
    if (context === "name")
        return true;
    if (after === EQUALS)
        return false; // base64 padding
    const touchesBase64 = before === PLUS || before === SLASH || after === PLUS || after === SLASH;
    return !touchesBase64 || !isInsideBase64(text, start, end);
}
/** How far a base64 run is followed beyond a token on either side: enough to tell, bounded. */
const LONG_CONTEXT = 16;
const DECODE_WINDOW = 128;
const isBase64Char = (c) => isAlnum(c) || c === PLUS || c === SLASH;
/**
 * Whether the token next to a `+` or `/` is part of a real base64 run: one that goes on for
 * LONG_CONTEXT characters on both sides (a blob that merely contains `EAA…`), or that decodes to
 * text from its start or its end. A URL path segment (`/wa/EAA…/messages`) or a `+` after a query
 * value (`access_token=EAA…+`) is neither: random token bytes are not text. Bounded reads only,
 * so the rule stays linear in hostile input.
 */
function isInsideBase64(text, start, end) {
    let from = start;
    while (from > 0 && start - from < LONG_CONTEXT && isBase64Char(text.charCodeAt(from - 1)))
        from--;
    let to = end;
    while (to < text.length && to - end < LONG_CONTEXT && isBase64Char(text.charCodeAt(to)))
        to++;
    const runStarts = from === 0 || !isBase64Char(text.charCodeAt(from - 1));
    const runEnds = to === text.length || !isBase64Char(text.charCodeAt(to));
    if (!runStarts && !runEnds)
        return true;
    if (runStarts && decodesToText(text.slice(from, from + DECODE_WINDOW)))
        return true;
    if (runEnds) {
        const length = Math.min(DECODE_WINDOW, to - from) & ~3;
        if (decodesToText(text.slice(to - length, to)))
            return true;
    }
    return false;
}
function decodesToText(encoded) {
    const whole = encoded.slice(0, encoded.length & ~3);
    return whole.length > 0 && (0,decoder/* asText */.e1)(Buffer.from(whole, "base64")) !== undefined;
}
/** A digest in a checksum file (`SHA512SUMS`) is `[0-9A-F]` only; a real token body mixes cases. */
function isUppercaseHex(token) {
    for (let i = 3; i < token.length; i++) {
        const c = token.charCodeAt(i);
        if (!((c >= 48 && c <= 57) || (c >= 65 && c <= 70)))
            return false;
    }
    return true;
}

;// CONCATENATED MODULE: ./src/detect/rules/app-secret.ts
/**
 * `meta-app-secret`: 32 lowercase hex as the value of a key that names a Meta app secret, in env,
 * JSON, YAML, TOML, XML or code. The key is read from the word right before `secret`:
 *
 * - `app` (`META_APP_SECRET`, `appSecret`, `facebook.app.secret`): always;
 * - a Meta name (`FACEBOOK_SECRET`, `SOCIAL_AUTH_FACEBOOK_SECRET`, `FB_SECRET`, `META_SECRET`,
 *   `WHATSAPP_SECRET`, `INSTAGRAM_SECRET`): always;
 * - `client` (`client_secret`): only next to a Meta context (a 15–16 digit `client_id`, or
 *   facebook / whatsapp / instagram nearby), since every OAuth provider has one;
 * - nothing (`secret:`): only when the nearest enclosing key, a few lines up, is a Meta name
 *   (Rails `secrets.yml` / `credentials.yml` `facebook:` … `secret:`, JSON
 *   `"facebook": {"secret": …}`, TOML `[facebook]`).
 *
 * Also omniauth's positional form, which names no key: `provider :facebook, "<id>", "<secret>"`
 * and `config.omniauth :facebook, …`. A bare 32-hex value (an md5, an etag, the Meta client token,
 * which apps embed by design) is never a finding.
 */



const SECRET_WORD = /secret/gi;
// What may follow such a key up to its 32-hex value: the rest of the identifier, a closing quote
// or bracket (and the `)` of a call that read it), an operator, an opening quote. Only identifier
// characters, quotes, `])`, blanks, `:=>,(` and `|?-`, on the same line: the hook's hint relies on
// that (see KeyValueHint). The operators include the default-value ones, the commonest way a
// secret gets into code: `process.env.FB_APP_SECRET || "…"`, `?? "…"`, `getenv('…') ?: "…"`, and
// the shell's `${META_APP_SECRET:-…}`.
const SECRET_VALUE = /[A-Za-z0-9_.-]{0,40}(?:["'`]\]?|\])?\)?(?:[ \t]{0,16}(?::=|=>|\|\||\?\?|\?:|:-|[=:,>(])[ \t]{0,16}|[ \t]{1,16}value[ \t]{0,4}=[ \t]{0,4}|[ \t]{1,16})["'`]?([0-9a-f]{32})/y;
// omniauth: `:facebook`, then the app id argument (a literal or an expression without commas),
// then the secret as a string literal.
const OMNIAUTH = /:facebook[ \t]*,[ \t]*[^,\n]{1,80},[ \t]*["']([0-9a-f]{32})["']/g;
const META_NAME = /^(?:facebook|fb|meta|whatsapp|instagram)$/i;
const META_CONTEXT = /facebook|whatsapp|instagram|graph\.fb|\bfb[_.-]|\bmeta[_.-]|client[_.-]?id["'`]?[ \t]{0,16}[:=,][ \t]{0,16}["'`]?[0-9]{15,16}/i;
const CONTEXT_WINDOW = 600;
/** How far up an enclosing key is looked for: lines, and characters. */
const NESTING_LINES = 6;
const NESTING_CHARS = 600;
const appSecretRule = {
    id: "meta-app-secret",
    title: "Meta / Facebook app secret",
    remedy: RESET_APP_SECRET,
    keywords: ["secret", ":facebook"],
    // The value follows its key on the same line (SECRET_VALUE crosses no line break), so the
    // hook's hint is the word and then, later on that line, 16 of the value's 32 hex: ordinary code
    // that merely says `clientSecret` or `SECRET_KEY` never starts node.
    hints: [{ key: anyCase("secret"), value: [repeat("0-9a-f", 16)] }, literal(":facebook")],
    find(text) {
        const hits = [];
        for (const word of text.matchAll(SECRET_WORD)) {
            SECRET_VALUE.lastIndex = word.index + word[0].length;
            const value = SECRET_VALUE.exec(text);
            if (!value)
                continue;
            const secret = value[1];
            const index = value.index + value[0].length - secret.length;
            if (!isSecretValue(text, index, secret))
                continue;
            const owner = ownerOf(text, word.index);
            const counts = owner === "app" ||
                owner === "meta" ||
                (owner === "client" && hasMetaContext(text, index)) ||
                (owner === "none" && META_NAME.test(enclosingKey(text, word.index) ?? ""));
            if (counts)
                hits.push({ secret, index });
        }
        if (text.includes(":facebook")) {
            for (const match of text.matchAll(OMNIAUTH)) {
                const secret = match[1];
                const index = match.index + match[0].length - secret.length - 1;
                if (isSecretValue(text, index, secret))
                    hits.push({ secret, index });
            }
        }
        return hits;
    },
};
function isSecretValue(text, index, secret) {
    if (index + 32 < text.length && isAlnum(text.charCodeAt(index + 32)))
        return false;
    return !looksLikePlaceholder(secret, 6);
}
const isLetter = (c) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isUpper = (c) => c >= 65 && c <= 90;
/**
 * The word right before `secret`, after at most one `_`, `.` or `-`: in camelCase the last hump
 * (`facebookAppSecret` -> `App`), otherwise the whole run of letters (`FACEBOOK_SECRET`).
 */
function ownerOf(text, at) {
    const end = "_.-".includes(text[at - 1] ?? "") ? at - 1 : at;
    let start = end;
    const camel = isUpper(text.charCodeAt(at)) && end === at;
    while (start > 0 && end - start < 24 && isLetter(text.charCodeAt(start - 1))) {
        start--;
        if (camel && isUpper(text.charCodeAt(start)) && !isUpper(text.charCodeAt(start + 1)))
            break;
    }
    const word = text.slice(start, end).toLowerCase();
    if (word === "")
        return "none";
    if (word.endsWith("app"))
        return "app";
    if (word.endsWith("client"))
        return "client";
    if (/(?:facebook|fb|meta|whatsapp|instagram)$/.test(word))
        return "meta";
    return "other";
}
function hasMetaContext(text, index) {
    const from = Math.max(0, index - CONTEXT_WINDOW);
    return META_CONTEXT.test(text.slice(from, index + CONTEXT_WINDOW));
}
/**
 * The key that encloses the one at `at`, within a few lines: an unclosed `{` on the way up
 * (`"facebook": {"secret": …}`, `facebook: { secret: … }`), else the first line above indented
 * less than the key's own (YAML), else a TOML `[section]` header. Undefined when none is near.
 */
function enclosingKey(text, at) {
    const floor = Math.max(0, at - NESTING_CHARS);
    let depth = 0;
    let lines = 0;
    for (let i = at - 1; i >= floor && lines <= NESTING_LINES; i--) {
        const c = text[i];
        if (c === "\n")
            lines++;
        else if (c === "}")
            depth++;
        else if (c === "{") {
            if (depth === 0)
                return keyBefore(text, i, floor);
            depth--;
        }
    }
    const lineStart = text.lastIndexOf("\n", at - 1) + 1;
    const indent = indentation(text, lineStart);
    let end = lineStart - 1;
    for (let n = 0; n < NESTING_LINES && end > floor; n++) {
        const start = text.lastIndexOf("\n", end - 1) + 1;
        const line = text.slice(start, end);
        end = start - 1;
        const trimmed = line.trim();
        if (trimmed === "" || trimmed.startsWith("#"))
            continue;
        const section = /^\[(?:[\w.-]+\.)?([\w-]+)\]$/.exec(trimmed);
        if (section)
            return section[1];
        if (indentation(text, start) < indent)
            return /^["']?([\w-]+)["']?[ \t]*:$/.exec(trimmed)?.[1];
    }
    return undefined;
}
/** The key in `"facebook": {`, `facebook: {`, `facebook = {` or `:facebook => {` before `{` at `brace`. */
function keyBefore(text, brace, floor) {
    const before = text.slice(Math.max(floor, brace - 80), brace);
    return /["':]?([\w-]+)["']?[ \t]*(?::|=>?)[ \t]*$/.exec(before)?.[1];
}
function indentation(text, lineStart) {
    let i = lineStart;
    while (text[i] === " " || text[i] === "\t")
        i++;
    return i - lineStart;
}

;// CONCATENATED MODULE: ./src/detect/rules/app-token.ts
/**
 * `meta-app-token`: `<15–16 digit app id>|<32 hex>` (the client-side app token) and
 * `<app id>|<27–40 url-safe characters>` (what `oauth/access_token` returns), the `|` possibly
 * URL-encoded. The secret is reported as `<app id>|<rest>` whichever way the `|` was written, so
 * its fingerprint (and an ignore entry) is the same in every form.
 */



// Matching starts at the separator, which is rare, rather than at the digits, which are
// everywhere (4x faster on ordinary code).
const SEPARATOR = /\||%7[Cc]/g;
const appTokenRule = {
    id: "meta-app-token",
    title: "Meta app access token (app id | app secret or app token)",
    remedy: RESET_APP_SECRET,
    keywords: ["|", "%7c"],
    hints: [
        [repeat(DIGITS, 15), ...literal("|"), repeat(URL_SAFE, 27)],
        [repeat(DIGITS, 15), ...literal("%7"), repeat("cC", 1), repeat(URL_SAFE, 27)],
    ],
    find(text) {
        const hits = [];
        for (const separator of text.matchAll(SEPARATOR)) {
            const at = separator.index;
            let start = at;
            while (start > 0 && at - start < 17 && isDigit(text.charCodeAt(start - 1)))
                start--;
            const digits = at - start;
            if (digits < 15 || digits > 16 || (start > 0 && isDigit(text.charCodeAt(start - 1))))
                continue;
            const from = at + separator[0].length;
            let end = from;
            while (end < text.length && end - from <= 40 && isUrlSafe(text.charCodeAt(end)))
                end++;
            if (end - from < 27 || end - from > 40)
                continue;
            const secret = text.slice(from, end);
            if (!isHex32(secret) && !looksRandom(secret))
                continue;
            if (looksLikePlaceholder(secret, 8))
                continue;
            const appId = text.slice(start, at);
            hits.push({ secret: `${appId}|${secret}`, index: start, length: end - start, appId });
        }
        return hits;
    },
};
const isUrlSafe = (c) => isAlnum(c) || c === 45 || c === 95;
const isHex32 = (s) => /^[0-9a-f]{32}$/.test(s);
/** An app token from `oauth/access_token` mixes letters with digits or `-`/`_`; prose does not. */
const looksRandom = (s) => /[0-9_-]/.test(s) && /[A-Z]/.test(s) && /[a-z]/.test(s);

// EXTERNAL MODULE: ./src/detect/rules/dotenv-file.ts
var dotenv_file = __webpack_require__(1440);
;// CONCATENATED MODULE: ./src/detect/rules/index.ts
/** Every rule, in report order. A new rule is one module next to this file, listed here. */




const CONTENT_RULES = [accessTokenRule, appTokenRule, appSecretRule];
const PATH_RULES = [dotenv_file/* dotenvFileRule */.$];


/***/ }),

/***/ 7732:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   VX: () => (/* binding */ secretValues),
/* harmony export */   _I: () => (/* binding */ scrub),
/* harmony export */   h6: () => (/* binding */ Scrubber)
/* harmony export */ });
/* unused harmony exports PIECE_LENGTH, isSecretName */
/* harmony import */ var _engine_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1533);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6619);
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(962);



/** Lower case for A-Z only: the length never changes, so positions in both texts agree. */
function asciiLower(text) {
    return text.replace(/[A-Z]+/g, (letters) => letters.toLowerCase());
}
/**
 * The shortest piece of a known secret that is redacted on its own: a cut token's prefix, or a
 * reply that spells the token in groups (`EAAB…` in 15-character pieces with spaces between).
 * Twelve characters of a token or an app secret do not turn up in other text by chance.
 */
const PIECE_LENGTH = 12;
class Scrubber {
    forms = new Set();
    constructor(secrets = []) {
        this.add(...secrets);
    }
    add(...secrets) {
        for (const secret of secrets) {
            if (!secret)
                continue;
            for (const form of [
                secret,
                secret.trim(),
                encodeURIComponent(secret),
                JSON.stringify(secret).slice(1, -1),
            ]) {
                // Shorter values are not secrets worth the noise (and would redact ordinary words).
                if (form.length >= 8)
                    this.forms.add(form);
            }
        }
        return this;
    }
    cached = { size: -1, pattern: undefined, windows: new Map() };
    index() {
        if (this.cached.size !== this.forms.size) {
            const forms = [...this.forms].sort((a, b) => b.length - a.length);
            const source = forms.map((form) => form.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|");
            const windows = new Map();
            for (const form of forms) {
                const lower = asciiLower(form);
                for (let at = 0; at + PIECE_LENGTH <= lower.length; at++) {
                    const key = lower.slice(at, at + PIECE_LENGTH);
                    const places = windows.get(key);
                    if (places)
                        places.push({ form: lower, at });
                    else
                        windows.set(key, [{ form: lower, at }]);
                }
            }
            this.cached = {
                size: this.forms.size,
                pattern: source ? new RegExp(source, "gi") : undefined,
                windows,
            };
        }
        return this.cached;
    }
    /** The values to hand the runner's masking (`::add-mask::`). */
    get values() {
        return [...this.forms];
    }
    clean(text) {
        let clean = text;
        // In any letter case: text on its way out may have been transformed (a reply's value
        // lower-cased for display) after the secret got into it. Longest first, so that a secret
        // inside a longer one (`id|secret`) never leaves a remainder.
        const { pattern, windows } = this.index();
        if (pattern)
            clean = clean.replace(pattern, (found) => (0,_redact_js__WEBPACK_IMPORTED_MODULE_2__/* .redact */ .E)(found));
        if (windows.size > 0)
            clean = redactPieces(clean, windows);
        // Paths inside messages too (`cannot read cache/EAA….json`): there a `/` separates names.
        for (const { secret, raw } of [...(0,_engine_js__WEBPACK_IMPORTED_MODULE_0__/* .detectAll */ .xw)(clean), ...(0,_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .detectInPath */ .QG)(clean)]) {
            clean = clean.split(raw).join((0,_redact_js__WEBPACK_IMPORTED_MODULE_2__/* .redact */ .E)(secret));
        }
        return clean;
    }
}
/**
 * Every piece of at least PIECE_LENGTH characters of a known form, in any letter case, redacted.
 * Left to right: the first window that matches is where the piece starts (had the character before
 * it matched too, the window before would have), and it is extended as far as the form goes.
 * Linear in the text (one lookup per character) whatever the secrets.
 */
function redactPieces(text, windows) {
    const lower = asciiLower(text);
    let out = "";
    let copied = 0;
    let i = 0;
    while (i + PIECE_LENGTH <= lower.length) {
        const places = windows.get(lower.slice(i, i + PIECE_LENGTH));
        if (!places) {
            i++;
            continue;
        }
        let end = i + PIECE_LENGTH;
        for (const { form, at } of places) {
            let reach = PIECE_LENGTH;
            while (at + reach < form.length && i + reach < lower.length && form[at + reach] === lower[i + reach]) {
                reach++;
            }
            end = Math.max(end, i + reach);
        }
        // A piece shows nothing of itself: the ends that redact() shows of each of many pieces would
        // add up to much of the secret.
        out += `${text.slice(copied, i)}…(${end - i} chars)`;
        copied = i = end;
    }
    return out + text.slice(copied);
}
/** One-off scrubbing of text we did not write (library errors, API replies). */
function scrub(text, ...knownSecrets) {
    return new Scrubber(knownSecrets).clean(text);
}
/**
 * Inputs whose names say they hold secrets: `token`, `app-secret`, `github-token`, `admin-token`…
 * Not `rotate-secret` and `--github-secret`: they name a repository secret (`owner/repo:NAME`),
 * and a name taken for a secret would be redacted wherever a message says where a token went.
 */
function isSecretName(name) {
    return /(^|[-_])(token|secret|password)$/i.test(name) && !/^(rotate|github)-secret$/i.test(name);
}
/**
 * Every value that must never be printed, from a set of named inputs: each secret-named input's
 * value, and any other input's value that is shaped like a credential (a swapped `app-id` holding
 * the app secret, a token pasted into the wrong input).
 */
function secretValues(inputs) {
    return Object.entries(inputs)
        .filter(([name, value]) => value && (isSecretName(name) || looksLikeCredential(value)))
        .map(([, value]) => value);
}
function looksLikeCredential(value) {
    const text = value.trim();
    return /^[0-9a-f]{32}$/i.test(text) || (0,_engine_js__WEBPACK_IMPORTED_MODULE_0__/* .detectAll */ .xw)(text).length > 0;
}


/***/ }),

/***/ 6671:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ nearest)
/* harmony export */ });
/* unused harmony export editDistance */
/** Levenshtein distance: how "did you mean …?" answers pick the nearest known name. */
function editDistance(a, b) {
    let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++) {
            current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        }
        previous = current;
    }
    return previous[b.length];
}
/**
 * The known name within a few edits of the given one (or that it begins, for 4+ characters), if
 * one is clearly close: an unrelated word gets no suggestion rather than an odd one.
 */
function nearest(given, known) {
    let best;
    let bestDistance = Number.POSITIVE_INFINITY;
    for (const name of known) {
        const distance = name.startsWith(given) && given.length >= 4 ? 1 : editDistance(given, name);
        if (distance < bestDistance)
            [best, bestDistance] = [name, distance];
    }
    return best !== undefined && bestDistance <= Math.max(2, Math.floor(given.length / 3)) ? best : undefined;
}


/***/ }),

/***/ 3916:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ SettingsError),
/* harmony export */   y: () => (/* binding */ UserError)
/* harmony export */ });
/**
 * An error whose message is written for the user: one line, says what is wrong and what to do,
 * and never holds a secret. Entry points print its message (no stack) and exit with code 2.
 * Anything else that escapes is a bug and is reported as such.
 */
class UserError extends Error {
    name = "UserError";
}
/** Bad settings (inputs or flags): the message lists every problem, each naming its input. */
class SettingsError extends UserError {
    problems;
    name = "SettingsError";
    constructor(problems) {
        super(problems.length === 1 ? problems[0] : `${problems.length} problems: ${problems.join("; ")}`);
        this.problems = problems;
    }
}


/***/ }),

/***/ 2691:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LS: () => (/* binding */ plural),
/* harmony export */   ZL: () => (/* binding */ shellQuote),
/* harmony export */   mz: () => (/* binding */ byteSize)
/* harmony export */ });
/* harmony import */ var _detect_paths_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6619);
/** Small text helpers every report shares, so that each thing is said one way. */

/** "1 file", "2 files". */
function plural(count, noun, nouns = `${noun}s`) {
    return `${count} ${count === 1 ? noun : nouns}`;
}
/**
 * Quotes a word for a POSIX shell when it needs it, so that a printed command works when pasted.
 * Callers put `--` before paths, so a file named `--force` is not read as an option.
 */
function shellQuote(word) {
    if ((0,_detect_paths_js__WEBPACK_IMPORTED_MODULE_0__/* .printable */ .g$)(word) !== word)
        return (0,_detect_paths_js__WEBPACK_IMPORTED_MODULE_0__/* .printable */ .g$)(word); // a control character: shown, not run
    return /^[\w./@%+=:,-]+$/.test(word) ? word : `'${word.replaceAll("'", `'\\''`)}'`;
}
/** "12 KB", "3.4 MB": sizes in reports (a small scan is never "0.0 MB"). */
function byteSize(bytes) {
    return bytes < 1000 * 1024 ? `${Math.ceil(bytes / 1024)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}


/***/ }),

/***/ 1758:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $J: () => (/* binding */ parseNumber),
/* harmony export */   Cx: () => (/* binding */ trimPadding),
/* harmony export */   aS: () => (/* binding */ baseUrlProblem),
/* harmony export */   jY: () => (/* binding */ secretInput),
/* harmony export */   og: () => (/* binding */ parseFlag),
/* harmony export */   xs: () => (/* binding */ secretTextProblem)
/* harmony export */ });
/**
 * Checks every settings parser applies the same way (the token check's, the expiry watch's,
 * rotation's): the text of a secret input, and a base URL that tokens are sent to. Each returns a
 * problem (one line naming the input, never echoing a secret) or undefined.
 */
/** Padding a copy-paste adds around a secret, removed with a warning: ASCII whitespace only. */
function trimPadding(value) {
    return value.replace(/^[ \t\r\n]+|[ \t\r\n]+$/g, "");
}
const NAMED = {
    160: "NO-BREAK SPACE",
    173: "SOFT HYPHEN",
    847: "COMBINING GRAPHEME JOINER",
    1564: "ARABIC LETTER MARK",
    6158: "MONGOLIAN VOWEL SEPARATOR",
    8203: "ZERO WIDTH SPACE",
    8204: "ZERO WIDTH NON-JOINER",
    8205: "ZERO WIDTH JOINER",
    8206: "LEFT-TO-RIGHT MARK",
    8207: "RIGHT-TO-LEFT MARK",
    8232: "LINE SEPARATOR",
    8233: "PARAGRAPH SEPARATOR",
    8239: "NARROW NO-BREAK SPACE",
    8288: "WORD JOINER",
    12288: "IDEOGRAPHIC SPACE",
    65279: "BYTE ORDER MARK",
};
function isInvisible(codePoint) {
    return (codePoint < 0x20 ||
        (codePoint >= 0x7f && codePoint <= 0x9f) ||
        NAMED[codePoint] !== undefined ||
        (codePoint >= 0x2000 && codePoint <= 0x200f) ||
        (codePoint >= 0x202a && codePoint <= 0x202e) ||
        (codePoint >= 0x2061 && codePoint <= 0x206f) ||
        (codePoint >= 0xfe00 && codePoint <= 0xfe0f) ||
        (codePoint >= 0xe0000 && codePoint <= 0xe007f));
}
/**
 * A secret (a token, an app secret) is one run of printable ASCII. Anything else, and above all
 * what cannot be seen (a zero-width space, a byte order mark, a no-break space, a control
 * character), makes the Graph API reject it with a misleading error; say which character and
 * where (1-based, in characters of the value as given). `value` is the input without its padding.
 */
function secretTextProblem(name, value) {
    let position = 0;
    for (const char of value) {
        position++;
        const codePoint = char.codePointAt(0);
        if (codePoint >= 0x21 && codePoint <= 0x7e)
            continue;
        const code = `U+${codePoint.toString(16).toUpperCase().padStart(4, "0")}`;
        const where = `at position ${position} of ${[...value].length}`;
        if (char === " " || char === "\t" || char === "\n" || char === "\r") {
            return `${name} contains whitespace or a line break inside it (${where}): copy it again, as one line`;
        }
        if (isInvisible(codePoint)) {
            const label = NAMED[codePoint] ?? (codePoint < 0x20 || codePoint === 0x7f ? "a control character" : "");
            return `${name} contains an invisible character (${code}${label ? ` ${label}` : ""}) ${where}: delete it, or copy the value again from its source`;
        }
        return `${name} contains a character that is not plain ASCII (${code}) ${where}: tokens and secrets are plain letters and digits; copy it again from its source`;
    }
    return undefined;
}
/**
 * A secret input as every settings parser reads it: padding trimmed, its text checked (a problem
 * is appended). Empty is undefined, and a problem too when `whenEmpty` says why it is needed.
 */
function secretInput(name, raw, problems, whenEmpty) {
    const value = trimPadding(raw ?? "");
    if (value === "") {
        if (whenEmpty)
            problems.push(whenEmpty);
        return undefined;
    }
    const problem = secretTextProblem(name, value);
    if (problem)
        problems.push(problem);
    return value;
}
const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])$/i;
/**
 * A base URL that secrets are sent to: https, or http only to this machine (a local stand-in or
 * proxy), with no user name or password in it, no query and no fragment. The URL is echoed only
 * when it holds no credentials.
 */
function baseUrlProblem(name, text) {
    let url;
    try {
        url = new URL(text);
    }
    catch {
        return `${name} must be an https URL${text.includes("@") ? "" : `, not "${text}"`}`;
    }
    if (url.username !== "" || url.password !== "") {
        return `${name} must not contain a user name or password (they would be sent, and logged, with every call): give the bare https URL`;
    }
    if (url.protocol === "http:" && !LOOPBACK.test(url.hostname)) {
        return `${name} must use https: "${text}" would send the token in clear text (http is allowed only for this machine: localhost, 127.0.0.1, [::1])`;
    }
    if (url.protocol !== "https:" && url.protocol !== "http:")
        return `${name} must be an https URL, not "${text}"`;
    // A bare `?` or `#` parses as an empty query or fragment, so look at the text itself: each call's
    // path and query would be appended after it, into the fragment, and never reach the server.
    if (url.search !== "" || url.hash !== "" || /[?#]/.test(text)) {
        return `${name} must have no query or fragment (no ? or #), not "${text}"`;
    }
    return undefined;
}
/** A plain non-negative number within a range; a problem (and `min`) otherwise. */
function parseNumber(name, text, { min, max, integer = false }, problems) {
    const value = Number(text);
    const shape = integer ? /^\d+$/ : /^\d+(\.\d+)?$/;
    if (!shape.test(text) || !Number.isFinite(value) || value < min || value > max) {
        problems.push(`${name} must be a ${integer ? "whole " : ""}number from ${min} to ${max}, not "${text}"`);
        return min;
    }
    return value;
}
/** true/yes/1 or false/no/0 (any case); a problem (and false) otherwise. */
function parseFlag(name, text, problems) {
    const flag = text.trim();
    if (/^(true|yes|1)$/i.test(flag))
        return true;
    if (!/^(false|no|0)$/i.test(flag))
        problems.push(`${name} must be true or false, not "${flag}"`);
    return false;
}


/***/ }),

/***/ 8022:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $Y: () => (/* binding */ git),
/* harmony export */   C8: () => (/* binding */ gitPath),
/* harmony export */   K5: () => (/* binding */ splitNul),
/* harmony export */   KY: () => (/* binding */ workTreeRoot),
/* harmony export */   Vq: () => (/* binding */ gitBlobs),
/* harmony export */   dP: () => (/* binding */ gitStream),
/* harmony export */   eD: () => (/* binding */ gitBlobHead),
/* harmony export */   nZ: () => (/* binding */ BlobReader),
/* harmony export */   uB: () => (/* binding */ gitWithWarnings)
/* harmony export */ });
/* unused harmony export gitBytes */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3916);
/**
 * The one way this project talks to git: node:child_process, nothing in between.
 *
 * Why not simple-git (measured, see README "Performance"): loading it costs ~20 ms and its first
 * call ~13 ms more, most of the pre-commit budget; and it strips inherited GIT_* variables, so
 * inside `git commit -a` (which commits from a temporary index named by GIT_INDEX_FILE) it read
 * the wrong index and let a staged token through. Here git inherits the environment, less the
 * four pathspec switches, and with replace refs and grafts off (see gitEnvironment).
 */




/**
 * The environment git runs with: the caller's, GIT_INDEX_FILE and all, minus the switches that
 * turn pathspec magic off or on (GIT_LITERAL_PATHSPECS=1 would make `:(literal)` and
 * `:(exclude)` name files that do not exist, and the scan would look at nothing), and with
 * replace refs and grafts off: `git replace <staged blob> <clean blob>` makes every git read show
 * the clean one, and a graft (`.git/info/grafts`) makes `git log` skip the commits that added a
 * token, while the commit and a push carry the real objects.
 */
function gitEnvironment() {
    const env = {
        ...process.env,
        GIT_NO_REPLACE_OBJECTS: "1",
        // An empty grafts file: git reads it instead of .git/info/grafts.
        GIT_GRAFT_FILE: process.platform === "win32" ? "NUL" : "/dev/null",
    };
    for (const name of [
        "GIT_LITERAL_PATHSPECS",
        "GIT_GLOB_PATHSPECS",
        "GIT_NOGLOB_PATHSPECS",
        "GIT_ICASE_PATHSPECS",
    ])
        delete env[name];
    return env;
}
/**
 * Starts a long-running git with pipes. When the process is out of file descriptors (a low
 * `ulimit -n`), node sets up no pipes and reports the failure only later, as an event: that is
 * turned into the one-line error here, before anything reads a pipe that is not there.
 */
function spawnGit(cwd, args, stdio) {
    const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)("git", args, { cwd, env: gitEnvironment(), stdio });
    if (!child.stdout || (stdio[0] === "pipe" && !child.stdin)) {
        child.on("error", () => { }); // reported below, once
        throw gitError(args, { code: "EMFILE" }, "");
    }
    return child;
}
/** Runs git and returns its standard output. Failures become one-line UserErrors. */
async function git(cwd, args) {
    return (await gitBytes(cwd, args)).toString("utf8");
}
/** Like git(), as bytes: for output that holds file names, which need not be UTF-8. */
async function gitBytes(cwd, args) {
    return (await gitWithWarnings(cwd, args)).stdout;
}
/** Like gitBytes(), also returning what git warned about on stderr while succeeding. */
function gitWithWarnings(cwd, args) {
    return new Promise((resolve, reject) => {
        (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile)("git", args, { cwd, env: gitEnvironment(), encoding: "buffer", maxBuffer: 1024 * 1024 * 1024 }, (error, stdout, stderr) => {
            if (error)
                reject(gitError(args, error, stderr.toString("utf8")));
            else
                resolve({ stdout, warnings: stderr.toString("utf8") });
        });
    });
}
/** A path inside the git folder (`rev-parse --git-path`: worktree-aware), absolute. */
async function gitPath(root, name) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(root, (await git(root, ["rev-parse", "--git-path", name])).trim());
}
/**
 * The first `bytes` bytes of a blob, without reading the rest: git streams a blob to the pipe,
 * and stops when the pipe closes.
 */
function gitBlobHead(cwd, oid, bytes) {
    const args = ["cat-file", "blob", oid];
    const child = spawnGit(cwd, args, ["ignore", "pipe", "ignore"]);
    return new Promise((resolve, reject) => {
        const chunks = [];
        let length = 0;
        const done = () => {
            child.stdout.destroy();
            child.kill();
            resolve(Buffer.concat(chunks).subarray(0, bytes));
        };
        child.stdout.on("data", (chunk) => {
            chunks.push(chunk);
            length += chunk.length;
            if (length >= bytes)
                done();
        });
        child.stdout.on("end", done);
        child.on("error", (error) => reject(gitError(args, error, "")));
    });
}
/**
 * The work tree's top folder, or undefined outside a git work tree (or without git). Found by
 * looking for `.git` (a folder, or a file in worktrees and submodules) upwards from `dir`, which
 * is what git does and saves starting a process on every commit; git itself is asked when an
 * explicit GIT_WORK_TREE is set or nothing is found.
 */
async function workTreeRoot(dir) {
    if (process.env.GIT_WORK_TREE)
        return (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(dir, process.env.GIT_WORK_TREE);
    for (let current = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(dir);; current = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(current)) {
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(current, ".git")))
            return current;
        if ((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(current) === current)
            break;
    }
    try {
        const root = (await git(dir, ["rev-parse", "--show-toplevel"])).trim();
        return root === "" ? undefined : root;
    }
    catch {
        return undefined;
    }
}
/** Splits `-z` output into its records. */
function splitNul(output) {
    return output.split("\0").filter((part) => part !== "");
}
/**
 * Runs git and yields its output as it arrives. The consumer sets the pace: while it works on a
 * chunk, git waits on a full pipe, so nothing piles up in memory however long the output.
 */
async function* gitStream(cwd, args) {
    const child = spawnGit(cwd, args, ["ignore", "pipe", "pipe"]);
    const exited = exitOf(child, args);
    try {
        for await (const chunk of child.stdout)
            yield chunk;
    }
    finally {
        if (child.exitCode === null)
            child.kill(); // the consumer stopped early
    }
    await exited;
}
/**
 * One `git cat-file --batch` process, asked for objects one at a time and answering in order, so
 * a caller can keep a bounded number of reads in flight while it discovers what to read next.
 * `read` resolves with undefined for an object git does not have.
 */
class BlobReader {
    child;
    exited;
    waiting = [];
    header; // an incomplete header line carried to the next chunk
    body = [];
    remaining = -1; // bytes of the current object (plus its trailing newline) still to come
    constructor(cwd) {
        const args = ["cat-file", "--batch"];
        this.child = spawnGit(cwd, args, ["pipe", "pipe", "pipe"]);
        this.exited = exitOf(this.child, args);
        // A failed git rejects every read still waiting; the exit itself is awaited by close().
        this.exited.catch((error) => {
            for (const waiter of this.waiting.splice(0))
                waiter.reject(error);
        });
        this.child.stdin.on("error", () => { }); // a git that died early is reported through its exit code
        this.child.stdout.on("data", (chunk) => this.parse(chunk));
    }
    read(oid) {
        return new Promise((resolve, reject) => {
            this.waiting.push({ resolve, reject });
            this.child.stdin.write(`${oid}\n`);
        });
    }
    /** Ends the process; rejects when git failed. */
    async close() {
        this.child.stdin.end();
        await this.exited;
    }
    parse(chunk) {
        let data = chunk;
        while (data.length > 0) {
            if (this.remaining < 0) {
                if (this.header) {
                    data = Buffer.concat([this.header, data]);
                    this.header = undefined;
                }
                const end = data.indexOf(10);
                if (end === -1) {
                    this.header = data;
                    return;
                }
                const line = data.subarray(0, end).toString("utf8");
                data = data.subarray(end + 1);
                if (line.endsWith(" missing"))
                    this.waiting.shift()?.resolve(undefined);
                else
                    this.remaining = Number(line.slice(line.lastIndexOf(" ") + 1)) + 1;
                continue;
            }
            const take = Math.min(this.remaining, data.length);
            this.body.push(data.subarray(0, take));
            data = data.subarray(take);
            this.remaining -= take;
            if (this.remaining === 0) {
                const content = Buffer.concat(this.body);
                this.body = [];
                this.remaining = -1;
                this.waiting.shift()?.resolve(content.subarray(0, content.length - 1));
            }
        }
    }
}
/** Reads objects through one BlobReader, in the order asked. */
async function gitBlobs(cwd, oids, onBlob) {
    if (oids.length === 0)
        return;
    const reader = new BlobReader(cwd);
    const reads = oids.map((oid) => reader.read(oid));
    const closed = reader.close();
    // Awaited below, in order; a git that failed rejects them all, and only the first is thrown.
    for (const pending of [...reads, closed])
        pending.catch(() => { });
    for (const [index, read] of reads.entries())
        onBlob(oids[index], await read);
    await closed;
}
function exitOf(child, args) {
    const stderr = [];
    child.stderr?.on("data", (chunk) => stderr.push(chunk));
    return new Promise((resolve, reject) => {
        child.on("error", (error) => reject(gitError(args, error, "")));
        child.on("close", (code) => {
            if (code === 0)
                resolve();
            else
                reject(gitError(args, { code }, Buffer.concat(stderr).toString("utf8")));
        });
    });
}
function gitError(args, error, stderr) {
    if (error.code === "ENOENT")
        return new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .y("git is not installed or not on PATH");
    if (error.code === "EMFILE" || error.code === "ENFILE")
        return new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .y(`git ${args[0]} could not be started: too many open files (raise the limit, \`ulimit -n\`, to 256 or more)`);
    const detail = stderr.trim().split("\n")[0] || error.message || "no message";
    return new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .y(`git ${args[0]} failed: ${detail}`);
}


/***/ }),

/***/ 2243:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A1: () => (/* binding */ SHOWN_TEXT_LIMIT),
/* harmony export */   WM: () => (/* binding */ neutraliseWorkflowCommands),
/* harmony export */   f$: () => (/* binding */ shownText),
/* harmony export */   ms: () => (/* binding */ quotedFileText),
/* harmony export */   nI: () => (/* binding */ CONTROL_CHARACTERS)
/* harmony export */ });
/* unused harmony export cutOutsideRuns */
/**
 * Text we did not write (Graph and GitHub replies, file names) made safe to print: no control
 * character that could drive a terminal or start a new log line, no GitHub workflow command, and
 * no unbounded length. Kept in the kernel because every layer prints such text.
 */
/** C0 and C1 controls, DEL, and the bidirectional overrides that reorder what a terminal shows. */
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/** The longest reply-derived value shown (a name, a status, a Graph error message). */
const SHOWN_TEXT_LIMIT = 300;
/**
 * A value from a reply, as it may be shown: control characters removed (a line break in a
 * `verified_name` must not start a new log line, an ESC must not recolour the terminal) and
 * at most `limit` characters. Removed, not replaced, so that a secret split by a control
 * character is whole again and the scrubber still recognises it. Cut before a run of letters and
 * digits, never inside one, so that no piece of a token is left at the end.
 */
function shownText(text, limit = SHOWN_TEXT_LIMIT) {
    const plain = text.replace(CONTROL_CHARACTERS, "");
    if (plain.length <= limit)
        return plain;
    const cut = cutOutsideRuns(plain, limit);
    return `${cut}… (${plain.length - cut.length} more characters)`;
}
/**
 * The first `limit` characters of `text`, less the part of a run of letters and digits the cut
 * would go through: what is left never ends in a piece of a token. Every shortening uses it.
 */
function cutOutsideRuns(text, limit) {
    if (text.length <= limit)
        return text;
    const kept = text.slice(0, limit);
    return /[A-Za-z0-9]/.test(text[limit]) ? kept.replace(/[A-Za-z0-9]+$/, "") : kept;
}
/**
 * Text from a file quoted in an error (a config value, an ignore-file line): at most `limit`
 * characters, and every run of 16 or more letters and digits shown by its ends and length only.
 * Such a run may be a secret in the wrong place (an app secret in `appIds`, a token pasted into
 * the ignore file) that no rule recognises there, so it is never echoed whole or in part.
 */
function quotedFileText(text, limit = 60) {
    const masked = text
        .replace(CONTROL_CHARACTERS, "")
        .replace(/[A-Za-z0-9]{16,}/g, (run) => `${run.slice(0, 4)}…(${run.length} characters)`);
    return masked.length <= limit ? masked : `${cutOutsideRuns(masked, limit)}…`;
}
/**
 * Text for a log the Actions runner reads: a line that would start with `::` (a workflow command
 * such as `::add-mask::` or `::set-output`) gets a space in front of it and is plain text
 * again. The runner reads commands only at the start of a line (after spaces).
 */
function neutraliseWorkflowCommands(text) {
    return text.replace(/^([ \t]*)::/gm, "$1 ::");
}


/***/ }),

/***/ 3764:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ VERSION_TABLE)
/* harmony export */ });
/**
 * The Graph API version table: the one place to update when Meta releases a version.
 * Source: Meta's changelog versions table (https://developers.facebook.com/docs/graph-api/changelog/versions)
 * and the v27.0 announcement of 2026-11-04, as compiled in shared/graph-api.md section 8.
 * A version stops working about two years after the next one is released; `until` is undefined
 * while Meta has not announced the date.
 */
const VERSION_TABLE = {
    checked: "2026-12-02",
    source: "https://developers.facebook.com/docs/graph-api/changelog/versions",
    /** Releases have come every 3 to 6 months: past this many months, expect a newer version. */
    releaseIntervalMonths: 6,
    /** ...and never sooner than this many months after the one before. */
    shortestReleaseIntervalMonths: 3,
    versions: [
        { version: "v27.0", released: "2026-11-04", until: undefined },
        { version: "v26.0", released: "2026-07-29", until: undefined },
        { version: "v25.0", released: "2026-02-18", until: "2028-07-29" },
        { version: "v24.0", released: "2025-10-08", until: "2028-02-18" },
        { version: "v23.0", released: "2025-05-29", until: "2027-10-08" },
        { version: "v22.0", released: "2025-01-21", until: "2027-05-20" },
        { version: "v21.0", released: "2024-10-02", until: "2027-01-21" },
        { version: "v20.0", released: "2024-05-21", until: "2026-09-24" },
        { version: "v19.0", released: "2024-01-23", until: "2026-05-21" },
    ],
};


/***/ }),

/***/ 2209:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J2: () => (/* binding */ WHATSAPP_SCOPES),
/* harmony export */   xJ: () => (/* binding */ closestPermission),
/* harmony export */   xX: () => (/* binding */ KNOWN_PERMISSIONS)
/* harmony export */ });
/* harmony import */ var _edit_distance_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6671);
/**
 * Permission names `required-scopes` accepts. A typo in a permission would otherwise make a
 * required scope impossible to satisfy, or (worse) silently never checked, so names outside this
 * list are rejected with the closest known name.
 */

const KNOWN_PERMISSIONS = [
    "whatsapp_business_messaging",
    "whatsapp_business_management",
    "whatsapp_business_manage_events",
    "business_management",
    "public_profile",
    "email",
    "pages_show_list",
    "pages_messaging",
    "pages_manage_metadata",
    "pages_read_engagement",
    "pages_manage_posts",
    "pages_read_user_content",
    "pages_manage_engagement",
    "instagram_basic",
    "instagram_manage_messages",
    "instagram_manage_comments",
    "instagram_content_publish",
    "instagram_manage_insights",
    "instagram_business_basic",
    "instagram_business_manage_messages",
    "ads_management",
    "ads_read",
    "read_insights",
    "catalog_management",
    "leads_retrieval",
    "manage_app_solution",
    "commerce_account_read_settings",
    "commerce_account_manage_orders",
    "private_computation_access",
];
const WHATSAPP_SCOPES = ["whatsapp_business_messaging", "whatsapp_business_management"];
/** The known permission close to `name`, for "did you mean" messages; none for an unrelated word. */
function closestPermission(name) {
    return (0,_edit_distance_js__WEBPACK_IMPORTED_MODULE_0__/* .nearest */ .p)(name, KNOWN_PERMISSIONS);
}


/***/ }),

/***/ 4216:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C8: () => (/* binding */ parseConnection),
/* harmony export */   GN: () => (/* reexport safe */ _errors_js__WEBPACK_IMPORTED_MODULE_1__.G),
/* harmony export */   HS: () => (/* binding */ OPTION_DEFAULTS),
/* harmony export */   P$: () => (/* binding */ parseSettings)
/* harmony export */ });
/* harmony import */ var _detect_engine_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1533);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _settings_checks_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1758);
/* harmony import */ var _graph_api_versions_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3764);
/* harmony import */ var _permissions_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2209);
/* harmony import */ var _versions_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6800);
/**
 * Every option of the token check, parsed and validated in one place into a typed settings
 * object. The action (from its inputs) and `wa-token-guard verify` (from its flags) both come
 * through here, so both accept and reject exactly the same things. All problems are reported
 * at once, each naming the input and what it should be.
 */






/** The option names, as the action's inputs spell them (the CLI's flags are the same). */
const OPTION_DEFAULTS = {
    token: undefined,
    "app-id": undefined,
    "app-secret": undefined,
    "required-scopes": "whatsapp_business_messaging,whatsapp_business_management",
    "allowed-scopes": "whatsapp_business_manage_events,business_management,public_profile",
    "usage-warn-percent": "75",
    "on-unanswered": "fail",
    "waba-id": undefined,
    "phone-number-id": undefined,
    "test-recipient": undefined,
    "test-template": "hello_world",
    "test-template-language": "en_US",
    "test-message": undefined,
    "warn-days": "14",
    "fail-days": "3",
    "require-system-user": "false",
    "max-age-days": undefined,
    "graph-api-version": _versions_js__WEBPACK_IMPORTED_MODULE_4__/* .LATEST_VERSION */ .X1,
    "graph-api-url": "https://graph.facebook.com",
    "timeout-seconds": "30",
};
/** Where it is defined since github/ needs it too; re-exported for the settings' users. */

/** `now` decides whether the version table is stale (see graphApiVersionProblem). */
function parseSettings(raw, now = new Date()) {
    const problems = [];
    const get = (name) => {
        const value = raw[name];
        if (value === undefined || value.trim() === "")
            return OPTION_DEFAULTS[name];
        return value;
    };
    const optional = (name) => get(name)?.trim() || undefined;
    const rawToken = raw.token ?? "";
    const token = (0,_settings_checks_js__WEBPACK_IMPORTED_MODULE_2__/* .secretInput */ .jY)("token", rawToken, problems, "token is empty: set it to the secret holding the access token (a secret that does not exist, or is not passed to this workflow, expands to an empty string)") ?? "";
    // Empty means the default (the runner passes unset inputs as ""). `none`: nothing required, or
    // nothing allowed beyond the required; `any` allows everything (the least-privilege check is off).
    const permissions = (name) => {
        const list = get(name)
            .trim()
            .split(/[\s,]+/)
            .filter((scope) => scope !== "");
        for (const scope of list) {
            if (!_permissions_js__WEBPACK_IMPORTED_MODULE_5__/* .KNOWN_PERMISSIONS */ .xX.includes(scope)) {
                const near = (0,_permissions_js__WEBPACK_IMPORTED_MODULE_5__/* .closestPermission */ .xJ)(scope);
                problems.push(`${name}: unknown permission "${scope}" (${near ? `did you mean ${near}?` : "not a permission name wa-token-guard knows; the WhatsApp ones are whatsapp_business_messaging and whatsapp_business_management"})`);
            }
        }
        return list;
    };
    const requiredScopes = get("required-scopes").trim() === "none" ? [] : permissions("required-scopes");
    const allowed = get("allowed-scopes").trim();
    const allowedScopes = allowed === "any" ? "any" : allowed === "none" ? [] : permissions("allowed-scopes");
    const onUnanswered = get("on-unanswered").trim();
    if (onUnanswered !== "fail" && onUnanswered !== "warn") {
        problems.push(`on-unanswered must be fail or warn, not "${onUnanswered}"`);
    }
    const wabaId = optional("waba-id");
    if (wabaId !== undefined && !/^\d{5,20}$/.test(wabaId))
        problems.push(`waba-id must be an id of 5 to 20 digits, not "${wabaId}"`);
    const phoneNumberId = optional("phone-number-id");
    if (phoneNumberId !== undefined && !/^\d{5,20}$/.test(phoneNumberId)) {
        problems.push(`phone-number-id must be an id of 5 to 20 digits (the id, not the phone number), not "${phoneNumberId}"`);
    }
    let test;
    const recipient = optional("test-recipient");
    if (recipient !== undefined) {
        // Digits and phone punctuation are a phone number; anything else is a business-scoped user id
        // (a user who hides their number behind a username), whose format Meta judges.
        const recipientKind = /^[+\d\s().-]+$/.test(recipient) ? "phone" : "user-id";
        const digits = recipientKind === "phone" ? recipient.replace(/[\s().-]/g, "") : recipient;
        if (recipientKind === "phone" && !/^\+\d{7,15}$/.test(digits)) {
            problems.push(`test-recipient must be a phone number with + and country code, like +15550001234, not "${recipient}" (without +, WhatsApp would prepend the business number's country code), or a business-scoped user id`);
        }
        if (recipientKind === "user-id" && isCredentialShaped(recipient, token)) {
            // Sent as the message's recipient, it would sit in Meta's message and webhook records.
            problems.push("test-recipient holds what looks like a credential (an access token or app secret), not a phone number or user id: it would be sent to Meta in the test message; set test-recipient to the test phone number");
        }
        else if (recipientKind === "user-id" && !/^[\x21-\x7e]{1,256}$/.test(recipient)) {
            problems.push("test-recipient must be a phone number (+ and country code) or a business-scoped user id (printable characters without spaces)");
        }
        if (phoneNumberId === undefined)
            problems.push("test-recipient needs phone-number-id: the number to send from");
        const template = get("test-template").trim();
        const language = get("test-template-language").trim();
        if (!/^[a-z0-9_]{1,512}$/.test(template))
            problems.push(`test-template "${template}" is not a template name`);
        else if (isCredentialShaped(template, token))
            problems.push("test-template holds what looks like an app secret, not a template name");
        if (!/^[a-z]{2,3}(_[A-Z]{2})?$/.test(language)) {
            problems.push(`test-template-language must be a language code like en_US or pt_BR, not "${language}"`);
        }
        const text = raw["test-message"]?.trim() || undefined;
        if (text !== undefined && text.length > 4096)
            problems.push("test-message is longer than 4096 characters");
        test = { recipient: digits, recipientKind, template, language, ...(text !== undefined && { text }) };
    }
    else if (optional("test-message") !== undefined) {
        problems.push("test-message needs test-recipient");
    }
    const number = (name, range) => (0,_settings_checks_js__WEBPACK_IMPORTED_MODULE_2__/* .parseNumber */ .$J)(name, get(name)?.trim() ?? "", range, problems);
    const before = problems.length;
    const warnDays = number("warn-days", { min: 0, max: 3650 });
    const failDays = number("fail-days", { min: 0, max: 3650 });
    // Compared only when both are numbers: a bad one stands in as its minimum, not as its value.
    if (problems.length === before && warnDays < failDays)
        problems.push(`warn-days (${warnDays}) must be at least fail-days (${failDays}): the warning comes before the failure`);
    const usageWarnPercent = number("usage-warn-percent", { min: 1, max: 100 });
    const maxAgeDays = optional("max-age-days") === undefined ? undefined : number("max-age-days", { min: 1, max: 3650 });
    const flag = get("require-system-user").trim();
    const requireSystemUser = /^(true|yes|1)$/i.test(flag);
    if (!requireSystemUser && !/^(false|no|0)$/i.test(flag)) {
        problems.push(`require-system-user must be true or false, not "${flag}"`);
    }
    const { graphApiVersion, graphApiUrl, timeoutSeconds, app } = connection(raw, problems, now);
    if (problems.length > 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .SettingsError */ .G(problems);
    return {
        token,
        tokenWasPadded: token !== rawToken,
        ...(app && { app }),
        requiredScopes,
        allowedScopes,
        usageWarnPercent,
        onUnanswered: onUnanswered === "warn" ? "warn" : "fail",
        ...(wabaId && { wabaId }),
        ...(phoneNumberId && { phoneNumberId }),
        ...(test && { test }),
        warnDays,
        failDays,
        requireSystemUser,
        ...(maxAgeDays !== undefined && { maxAgeDays }),
        graphApiVersion,
        graphApiUrl,
        timeoutSeconds,
    };
}
/** How to reach the Graph API (and as which app): for callers that check tokens without the rest. */
function parseConnection(raw) {
    const problems = [];
    const settings = connection(raw, problems);
    if (problems.length > 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .SettingsError */ .G(problems);
    return settings;
}
function connection(raw, problems, now = new Date()) {
    const value = (name) => raw[name]?.trim() || OPTION_DEFAULTS[name];
    const appId = raw["app-id"]?.trim() || undefined;
    const appSecret = (0,_settings_checks_js__WEBPACK_IMPORTED_MODULE_2__/* .trimPadding */ .Cx)(raw["app-secret"] ?? "") || undefined;
    // Neither value is echoed: a swapped pair would print the secret.
    if (appId !== undefined && !/^\d{5,20}$/.test(appId)) {
        problems.push(/^[0-9a-f]{32}$/i.test(appId)
            ? "app-id holds what looks like an app secret: are app-id and app-secret swapped? app-id is the app's numeric id"
            : "app-id must be the app's numeric id (App settings → Basic)");
    }
    const secretText = appSecret === undefined ? undefined : (0,_settings_checks_js__WEBPACK_IMPORTED_MODULE_2__/* .secretTextProblem */ .xs)("app-secret", appSecret);
    if (secretText)
        problems.push(secretText);
    else if (appSecret !== undefined && !/^[0-9a-f]{32}$/.test(appSecret)) {
        problems.push(/^\d{5,20}$/.test(appSecret)
            ? "app-secret holds what looks like an app id: are app-id and app-secret swapped? app-secret is the 32 lowercase hexadecimal characters from App settings → Basic"
            : "app-secret must be the 32 lowercase hexadecimal characters from App settings → Basic");
    }
    if ((appId === undefined) !== (appSecret === undefined)) {
        problems.push("app-id and app-secret go together: set both, or neither");
    }
    const graphApiVersion = value("graph-api-version");
    const versionProblem = graphApiVersionProblem(graphApiVersion, now);
    if (versionProblem)
        problems.push(versionProblem);
    const graphApiUrl = value("graph-api-url").replace(/\/+$/, "");
    const urlProblem = (0,_settings_checks_js__WEBPACK_IMPORTED_MODULE_2__/* .baseUrlProblem */ .aS)("graph-api-url", graphApiUrl);
    if (urlProblem)
        problems.push(urlProblem);
    const timeoutSeconds = (0,_settings_checks_js__WEBPACK_IMPORTED_MODULE_2__/* .parseNumber */ .$J)("timeout-seconds", value("timeout-seconds"), { min: 1, max: 600 }, problems);
    return {
        graphApiVersion,
        graphApiUrl,
        timeoutSeconds,
        ...(appId && appSecret && { app: { id: appId, secret: appSecret } }),
    };
}
/**
 * What the detection engine calls a credential, a bare app secret (32 hex digits, which the
 * engine reports only beside a key that names it), or the token itself.
 */
function isCredentialShaped(value, token) {
    return value === token || /^[0-9a-f]{32}$/i.test(value) || (0,_detect_engine_js__WEBPACK_IMPORTED_MODULE_0__/* .detect */ .o0)(value).length > 0;
}
/**
 * A version Meta released (the table in versions.ts, from graph-api.md section 8), or an old one
 * (the version check fails it with its end date). A version newer than the newest known does not
 * exist yet (`v99.0` is a typo), except the next one once it may have come out (releases are at
 * least three months apart): the version check then says this release's table does not know it.
 */
function graphApiVersionProblem(version, now) {
    if (!/^v[1-9]\d{0,2}\.0$/.test(version)) {
        return `graph-api-version must look like ${_versions_js__WEBPACK_IMPORTED_MODULE_4__/* .LATEST_VERSION */ .X1}, not "${version}"`;
    }
    const status = (0,_versions_js__WEBPACK_IMPORTED_MODULE_4__/* .versionStatus */ .lK)(version);
    if (status.known || !status.newer)
        return undefined;
    const next = `v${Number(/^v(\d+)/.exec(_versions_js__WEBPACK_IMPORTED_MODULE_4__/* .LATEST_VERSION */ .X1)[1]) + 1}.0`;
    if (version === next && now > (0,_versions_js__WEBPACK_IMPORTED_MODULE_4__/* .nextReleasePossibleFrom */ .CT)())
        return undefined;
    return `graph-api-version ${version} is not a released Graph API version: the newest is ${_versions_js__WEBPACK_IMPORTED_MODULE_4__/* .LATEST_VERSION */ .X1} (released ${_graph_api_versions_js__WEBPACK_IMPORTED_MODULE_3__/* .VERSION_TABLE */ .S.versions[0].released})`;
}


/***/ }),

/***/ 6800:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CT: () => (/* binding */ nextReleasePossibleFrom),
/* harmony export */   X1: () => (/* binding */ LATEST_VERSION),
/* harmony export */   lK: () => (/* binding */ versionStatus),
/* harmony export */   oN: () => (/* binding */ nextReleaseOf),
/* harmony export */   wB: () => (/* binding */ nextReleaseExpectedBy)
/* harmony export */ });
/* harmony import */ var _graph_api_versions_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3764);
/** What the version table says about one version, and whether the table itself is current. */

const LATEST_VERSION = _graph_api_versions_js__WEBPACK_IMPORTED_MODULE_0__/* .VERSION_TABLE */ .S.versions[0].version;
const major = (version) => Number(/^v(\d+)/.exec(version)?.[1]);
const day = (text) => new Date(`${text}T00:00:00Z`);
function versionStatus(version) {
    const entry = _graph_api_versions_js__WEBPACK_IMPORTED_MODULE_0__/* .VERSION_TABLE */ .S.versions.find((v) => v.version === version);
    if (entry)
        return { known: true, released: day(entry.released), ...(entry.until && { until: day(entry.until) }) };
    return { known: false, newer: major(version) > major(LATEST_VERSION) };
}
/** When a release newer than the table's newest was due: past it, the table may be out of date. */
function nextReleaseExpectedBy() {
    return monthsAfterNewest(_graph_api_versions_js__WEBPACK_IMPORTED_MODULE_0__/* .VERSION_TABLE */ .S.releaseIntervalMonths);
}
/** The soonest a release newer than the table's newest can have come out. */
function nextReleasePossibleFrom() {
    return monthsAfterNewest(_graph_api_versions_js__WEBPACK_IMPORTED_MODULE_0__/* .VERSION_TABLE */ .S.shortestReleaseIntervalMonths);
}
function monthsAfterNewest(months) {
    const newest = day(_graph_api_versions_js__WEBPACK_IMPORTED_MODULE_0__/* .VERSION_TABLE */ .S.versions[0].released);
    newest.setUTCMonth(newest.getUTCMonth() + months);
    return newest;
}
/** When the version after `version` came out, if the table has it. */
function nextReleaseOf(version) {
    const index = _graph_api_versions_js__WEBPACK_IMPORTED_MODULE_0__/* .VERSION_TABLE */ .S.versions.findIndex((v) => v.version === version);
    return index > 0 ? day(_graph_api_versions_js__WEBPACK_IMPORTED_MODULE_0__/* .VERSION_TABLE */ .S.versions[index - 1].released) : undefined;
}


/***/ })

};
