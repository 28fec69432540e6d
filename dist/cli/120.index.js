export const id = 120;
export const ids = [120];
export const modules = {

/***/ 120:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  SCAN_HELP: () => (/* binding */ SCAN_HELP),
  scanCommand: () => (/* binding */ scanCommand)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(760);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(975);
// EXTERNAL MODULE: ./src/config/config.ts
var config = __webpack_require__(122);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(916);
;// CONCATENATED MODULE: ./src/config/ignore-file.ts
/**
 * `.wa-token-guard-ignore`: one fingerprint per line (a hash of the secret, so it survives edits
 * and moves), `#` starts a comment. Written by `scan --update-ignore`, or by hand.
 */


const IGNORE_FILE = ".wa-token-guard-ignore";
async function loadIgnoreFile(path) {
    let text;
    try {
        text = await (0,promises_.readFile)(path, "utf8");
    }
    catch (error) {
        if (error.code === "ENOENT")
            return new Set();
        throw new errors/* UserError */.y(`cannot read ${path}: ${error.message}`);
    }
    return parseIgnoreFile(text, path);
}
function parseIgnoreFile(text, source) {
    const fingerprints = new Set();
    text.split(/\r?\n/).forEach((raw, i) => {
        const line = raw.replace(/#.*/, "").trim();
        if (line === "")
            return;
        if (!/^[0-9a-f]{32}$/.test(line)) {
            throw new errors/* UserError */.y(`${source}:${i + 1}: expected a 32-character fingerprint, found "${line.slice(0, 40)}"`);
        }
        fingerprints.add(line);
    });
    return fingerprints;
}
/** Appends the fingerprints not yet listed; returns how many were added. */
async function appendToIgnoreFile(path, known, findings) {
    const lines = [];
    for (const finding of findings) {
        if (known.has(finding.fingerprint))
            continue;
        known.add(finding.fingerprint);
        const where = finding.line > 0 ? `${finding.file}:${finding.line}` : finding.file;
        lines.push(`${finding.fingerprint} # ${finding.rule} ${where}`);
    }
    if (lines.length > 0)
        await (0,promises_.appendFile)(path, `${lines.join("\n")}\n`);
    return lines.length;
}

;// CONCATENATED MODULE: ./src/detect/rules.ts
const REVOKE = "Remove it from the file and the index, then revoke and replace it: Meta Business Settings -> Users -> System users -> (user) -> Revoke tokens, and generate a new one.";
const RULES = {
    "meta-access-token": {
        id: "meta-access-token",
        title: "Meta / WhatsApp Cloud API access token (user, page or system-user)",
        remedy: REVOKE,
    },
    "meta-app-token": {
        id: "meta-app-token",
        title: "Meta app access token (app id | app secret or app token)",
        remedy: "Remove it, then reset the app secret: App Dashboard -> App settings -> Basic -> App secret -> Reset.",
    },
    "meta-app-secret": {
        id: "meta-app-secret",
        title: "Meta / Facebook app secret",
        remedy: "Remove it, then reset the app secret: App Dashboard -> App settings -> Basic -> App secret -> Reset.",
    },
    "dotenv-file": {
        id: "dotenv-file",
        title: "Environment file (.env) that usually holds secrets",
        remedy: "Do not commit it: `git rm --cached <file>`, add `.env` and `.env.*` to .gitignore, and commit a `.env.example` without values instead.",
    },
};
const RULE_IDS = Object.keys(RULES);

// EXTERNAL MODULE: ./src/version.ts + 1 modules
var version = __webpack_require__(13);
;// CONCATENATED MODULE: ./src/report/sarif.ts


function formatSarif(findings) {
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
    const results = findings.map((finding) => ({
        ruleId: finding.rule,
        ruleIndex: RULE_IDS.indexOf(finding.rule),
        level: "error",
        message: { text: sarifMessage(finding) },
        locations: [
            {
                physicalLocation: {
                    artifactLocation: { uri: encodeURI(finding.file) },
                    ...(finding.line > 0 && { region: { startLine: finding.line, startColumn: finding.column } }),
                },
            },
        ],
        partialFingerprints: { "waTokenGuardSecret/v1": finding.fingerprint },
    }));
    const log = {
        $schema: "https://json.schemastore.org/sarif-2.1.0.json",
        version: "2.1.0",
        runs: [
            {
                tool: { driver: { name: "wa-token-guard", version: version/* VERSION */.x, informationUri: version/* HOMEPAGE */.p, rules } },
                results,
            },
        ],
    };
    return `${JSON.stringify(log, null, 2)}\n`;
}
function sarifMessage(finding) {
    if (finding.rule === "dotenv-file")
        return `${RULES[finding.rule].title}: ${finding.file}`;
    const app = finding.appId ? ` for app ${finding.appId}` : "";
    return `${RULES[finding.rule].title}${app}: ${finding.redacted}`;
}

;// CONCATENATED MODULE: ./src/report/scan-json.ts
/** `--format json`. Version 1 of this shape is a public interface: add fields, never change them. */
function formatScanJson(findings, stats) {
    return `${JSON.stringify({ version: 1, findings, stats: { files: stats.files, bytes: stats.bytes } }, null, 2)}\n`;
}

;// CONCATENATED MODULE: ./src/report/scan-text.ts

const paint = (on, code, text) => (on ? `\u001b[${code}m${text}\u001b[0m` : text);
function formatFindingLine(finding, color) {
    const where = finding.line > 0 ? `${finding.file}:${finding.line}:${finding.column}` : finding.file;
    const parts = [paint(color, 1, where), paint(color, 31, finding.rule)];
    if (finding.rule !== "dotenv-file")
        parts.push(finding.redacted);
    if (finding.appId) {
        const whose = finding.teamApp === undefined
            ? ""
            : finding.teamApp
                ? " (one of your apps)"
                : " (not one of your apps)";
        parts.push(`app ${finding.appId}${whose}`);
    }
    return parts.join("  ");
}
function formatRemedies(findings) {
    const rules = [...new Set(findings.map((finding) => finding.rule))];
    return rules.map((rule) => `  ${rule}: ${RULES[rule].remedy}`);
}
function formatScanText(findings, stats, options) {
    const size = `${(stats.bytes / 1024 / 1024).toFixed(1)} MB`;
    if (findings.length === 0)
        return `No credentials found (${stats.files} files, ${size}).\n`;
    const lines = findings.map((finding) => formatFindingLine(finding, options.color));
    lines.push("");
    lines.push(`${findings.length} finding${findings.length === 1 ? "" : "s"} (${stats.files} files, ${size}). What to do:`);
    lines.push(...formatRemedies(findings));
    lines.push("  A false positive? Put `wa-token-guard:allow` on the line, or record it with `wa-token-guard scan --update-ignore`.");
    return `${lines.join("\n")}\n`;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(24);
// EXTERNAL MODULE: ./src/detect/finding.ts
var finding = __webpack_require__(537);
// EXTERNAL MODULE: ./src/sources/files.ts
var files = __webpack_require__(109);
// EXTERNAL MODULE: ./src/scan/content.ts
var content = __webpack_require__(284);
// EXTERNAL MODULE: ./src/scan/policy.ts + 1 modules
var scan_policy = __webpack_require__(173);
;// CONCATENATED MODULE: ./src/scan/scan-files.ts
/**
 * `scan` over files on disk: list, apply the policy, read, detect. Files are read a few at a time,
 * small ones whole and large ones as a stream.
 */







const READ_WHOLE_BYTES = 8 * 1024 * 1024;
const PARALLEL_READS = 8;
async function scanFiles(entries, policy) {
    const findings = [];
    const stats = { files: 0, bytes: 0 };
    let next = 0;
    const worker = async () => {
        while (next < entries.length) {
            const entry = entries[next++];
            if (!entry.explicit && (0,scan_policy/* isSkippedPath */.cT)(policy, entry.repoPath))
                continue;
            const found = [];
            if ((0,scan_policy/* isBlockedDotenv */.lm)(policy, entry.repoPath))
                found.push((0,finding/* dotenvFinding */.kB)(entry.displayPath));
            const { size, content } = await readContent(entry);
            stats.files++;
            stats.bytes += size;
            if (!content.binary) {
                for (const detection of content.detections) {
                    found.push((0,finding/* findingFromDetection */.BY)(detection, entry.displayPath, policy.config.appIds));
                }
            }
            for (const finding of found)
                if ((0,scan_policy/* isReported */.Ob)(policy, finding))
                    findings.push(finding);
        }
    };
    await Promise.all(Array.from({ length: PARALLEL_READS }, worker));
    return { findings: findings.sort(finding/* compareFindings */.Eg), stats };
}
async function readContent(entry) {
    try {
        const { size } = await (0,promises_.stat)(entry.absPath);
        if (size <= READ_WHOLE_BYTES)
            return { size, content: (0,content/* detectInBuffer */.V$)(await (0,promises_.readFile)(entry.absPath)) };
        const stream = (0,external_node_fs_.createReadStream)(entry.absPath, { highWaterMark: 1024 * 1024 });
        return { size, content: await (0,content/* detectInChunks */.Lk)(stream) };
    }
    catch (error) {
        throw new errors/* UserError */.y(`cannot read ${entry.displayPath}: ${(0,files/* describeFsError */.TQ)(error)}`);
    }
}

// EXTERNAL MODULE: ./src/sources/git.ts
var git = __webpack_require__(22);
// EXTERNAL MODULE: ./src/cli/io.ts
var cli_io = __webpack_require__(604);
;// CONCATENATED MODULE: ./src/cli/scan-command.ts
/** `wa-token-guard scan`: parse flags, gather text from a source, report. */













const SCAN_HELP = `Usage: wa-token-guard scan [paths...] [options]

Finds Meta / WhatsApp Cloud API credentials (access tokens, app tokens, app secrets) and .env files.

Options:
  --format <text|json|sarif>  report format (default: text)
  --output <file>             write the report to a file instead of standard output
  --staged                    scan what the next commit adds (the index), not files on disk
  --all-lines                 with --staged: whole staged files, not only added lines
  --no-gitignore              also scan files that .gitignore excludes
  --config <file>             configuration file (default: .wa-token-guard.json at the repository root)
  --ignore-file <file>        fingerprints to ignore (default: .wa-token-guard-ignore at the repository root)
  --update-ignore             add every current finding to the ignore file, then exit 0
  -h, --help                  this help

Exit codes: 0 nothing found, 1 findings, 2 usage or runtime error.
`;
const FORMATS = ["text", "json", "sarif"];
async function scanCommand(args, io) {
    const { values, positionals } = (0,external_node_util_.parseArgs)({
        args,
        allowPositionals: true,
        allowNegative: true,
        options: {
            format: { type: "string", default: "text" },
            output: { type: "string" },
            staged: { type: "boolean", default: false },
            "all-lines": { type: "boolean", default: false },
            gitignore: { type: "boolean", default: true },
            config: { type: "string" },
            "ignore-file": { type: "string" },
            "update-ignore": { type: "boolean", default: false },
            help: { type: "boolean", short: "h", default: false },
        },
    });
    if (values.help) {
        io.stdout(SCAN_HELP);
        return cli_io/* EXIT */.d.ok;
    }
    const format = values.format;
    if (!FORMATS.includes(format))
        throw new errors/* UserError */.y(`--format must be one of ${FORMATS.join(", ")}, not "${format}"`);
    if (values["all-lines"] && !values.staged)
        throw new errors/* UserError */.y("--all-lines goes with --staged");
    const gitRoot = await (0,git/* workTreeRoot */.KY)(io.cwd);
    const root = gitRoot ?? io.cwd;
    const configPath = values.config ? (0,external_node_path_.resolve)(io.cwd, values.config) : (0,external_node_path_.join)(root, config/* CONFIG_FILE */.g2);
    const ignorePath = values["ignore-file"] ? (0,external_node_path_.resolve)(io.cwd, values["ignore-file"]) : (0,external_node_path_.join)(root, IGNORE_FILE);
    const policy = {
        config: await (0,config/* loadConfig */.Z9)(configPath, values.config !== undefined),
        ignored: await loadIgnoreFile(ignorePath),
    };
    let findings;
    let stats;
    if (values.staged) {
        if (!gitRoot)
            throw new errors/* UserError */.y("--staged needs a git repository, and this folder is not in one");
        const { scanStaged } = await __webpack_require__.e(/* import() */ 987).then(__webpack_require__.bind(__webpack_require__, 987));
        ({ findings, stats } = await scanStaged({
            cwd: io.cwd,
            root: gitRoot,
            policy,
            allLines: values["all-lines"],
            paths: positionals,
        }));
    }
    else {
        const paths = positionals.length > 0 ? positionals : ["."];
        const entries = await (0,files/* listFiles */.CS)(paths, {
            cwd: io.cwd,
            root,
            insideGit: gitRoot !== undefined,
            useGitignore: values.gitignore,
        });
        ({ findings, stats } = await scanFiles(entries, policy));
    }
    if (values["update-ignore"]) {
        const added = await appendToIgnoreFile(ignorePath, new Set(policy.ignored), findings);
        io.stderr(`Added ${added} fingerprint${added === 1 ? "" : "s"} to ${ignorePath}.\n`);
        return cli_io/* EXIT */.d.ok;
    }
    const report = format === "json"
        ? formatScanJson(findings, stats)
        : format === "sarif"
            ? formatSarif(findings)
            : formatScanText(findings, stats, { color: io.color && !values.output });
    // A clean commit says nothing: a hook that talks on every commit teaches people to ignore it.
    const quiet = values.staged && format === "text" && findings.length === 0;
    if (values.output)
        await (0,promises_.writeFile)((0,external_node_path_.resolve)(io.cwd, values.output), report);
    else if (!quiet)
        io.stdout(report);
    if (values.staged && findings.length > 0 && format === "text") {
        const { formatBlockAdvice } = await __webpack_require__.e(/* import() */ 840).then(__webpack_require__.bind(__webpack_require__, 840));
        io.stderr(formatBlockAdvice(findings));
    }
    return findings.length > 0 ? cli_io/* EXIT */.d.found : cli_io/* EXIT */.d.ok;
}


/***/ }),

/***/ 122:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z9: () => (/* binding */ loadConfig),
/* harmony export */   _I: () => (/* binding */ matchesAny),
/* harmony export */   g2: () => (/* binding */ CONFIG_FILE)
/* harmony export */ });
/* unused harmony exports DEFAULT_CONFIG, parseConfig */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(916);
/**
 * `.wa-token-guard.json` at the repository root: the only configuration file. Read and validated
 * in one place; unknown keys and bad values are errors that name the key, so a typo never turns
 * into a silently ignored setting.
 */



const CONFIG_FILE = ".wa-token-guard.json";
const DEFAULT_CONFIG = { ignorePaths: [], allowDotenv: [], appIds: [] };
const KEYS = ["ignorePaths", "allowDotenv", "appIds"];
/** Reads the config file; a missing file means defaults unless the path was named explicitly. */
async function loadConfig(path, explicit) {
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, "utf8");
    }
    catch (error) {
        if (!explicit && error.code === "ENOENT")
            return DEFAULT_CONFIG;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`cannot read config ${path}: ${error.message}`);
    }
    let raw;
    try {
        raw = JSON.parse(text);
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`config ${path} is not valid JSON: ${error.message}`);
    }
    return parseConfig(raw, path);
}
function parseConfig(raw, source) {
    if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`config ${source} must be a JSON object`);
    }
    const config = { ...DEFAULT_CONFIG };
    for (const [key, value] of Object.entries(raw)) {
        if (key === "$schema")
            continue;
        if (!KEYS.includes(key)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`config ${source}: unknown key "${key}" (known keys: ${KEYS.join(", ")})`);
        }
        if (!Array.isArray(value) || !value.every((item) => typeof item === "string" && item.trim() !== "")) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`config ${source}: "${key}" must be an array of non-empty strings`);
        }
        config[key] = value.map((item) => item.trim());
    }
    const badId = config.appIds.find((id) => !/^[0-9]{5,20}$/.test(id));
    if (badId !== undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`config ${source}: "appIds" holds "${badId}", which is not a numeric Meta app id`);
    }
    return config;
}
/** True when a repository-relative path matches any of the globs. */
function matchesAny(path, globs) {
    return globs.some((glob) => (0,node_path__WEBPACK_IMPORTED_MODULE_1__.matchesGlob)(path, glob) || (0,node_path__WEBPACK_IMPORTED_MODULE_1__.matchesGlob)(path, `**/${glob}`));
}


/***/ }),

/***/ 537:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BY: () => (/* binding */ findingFromDetection),
/* harmony export */   Eg: () => (/* binding */ compareFindings),
/* harmony export */   kB: () => (/* binding */ dotenvFinding)
/* harmony export */ });
/* unused harmony export secretOf */
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(918);

const secrets = new WeakMap();
function secretOf(finding) {
    return secrets.get(finding);
}
function findingFromDetection(detection, file, teamAppIds) {
    const finding = {
        rule: detection.rule,
        file,
        line: detection.line,
        column: detection.column,
        redacted: (0,_redact_js__WEBPACK_IMPORTED_MODULE_0__/* .redact */ .E)(detection.secret),
        fingerprint: (0,_redact_js__WEBPACK_IMPORTED_MODULE_0__/* .fingerprint */ .R)(detection.secret),
    };
    if (detection.appId) {
        finding.appId = detection.appId;
        if (teamAppIds.length > 0)
            finding.teamApp = teamAppIds.includes(detection.appId);
    }
    secrets.set(finding, detection.secret);
    return finding;
}
/** A file-level finding: the file's name alone is the problem. */
function dotenvFinding(file) {
    return {
        rule: "dotenv-file",
        file,
        line: 0,
        column: 0,
        redacted: file,
        fingerprint: (0,_redact_js__WEBPACK_IMPORTED_MODULE_0__/* .fingerprint */ .R)(`dotenv-file:${file}`),
    };
}
/** Report order: by file, then position, then rule. */
function compareFindings(a, b) {
    return ((a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
        a.line - b.line ||
        a.column - b.column ||
        a.rule.localeCompare(b.rule));
}


/***/ }),

/***/ 284:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Lk: () => (/* binding */ detectInChunks),
/* harmony export */   V$: () => (/* binding */ detectInBuffer)
/* harmony export */ });
/* unused harmony export isBinary */
/* harmony import */ var _detect_engine_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(910);
/**
 * Runs the detection engine over the bytes of one file, whatever they are: binary content is
 * skipped (like git, a NUL byte in the first 8000 bytes), invalid UTF-8 is decoded leniently
 * (credentials are ASCII), a BOM is dropped, and large inputs are scanned in segments cut at line
 * ends, so that no file has to fit in one string and memory stays flat.
 */

const BINARY_SNIFF = 8000;
/** Segments are cut at a newline near this size. */
const SEGMENT_BYTES = 8 * 1024 * 1024;
/** A single line longer than this is cut at a character no credential can contain. */
const MAX_CARRY_BYTES = 32 * 1024 * 1024;
function isBinary(head) {
    const end = Math.min(head.length, BINARY_SNIFF);
    for (let i = 0; i < end; i++)
        if (head[i] === 0)
            return true;
    return false;
}
/** For content already in memory. */
function detectInBuffer(bytes) {
    if (isBinary(bytes))
        return { binary: true };
    if (bytes.length <= SEGMENT_BYTES)
        return { binary: false, detections: (0,_detect_engine_js__WEBPACK_IMPORTED_MODULE_0__/* .detect */ .o)(decode(bytes, true)) };
    const segmenter = new Segmenter();
    segmenter.push(bytes);
    return { binary: false, detections: segmenter.finish() };
}
/** For content read piece by piece (large files, git blobs). */
async function detectInChunks(chunks) {
    const segmenter = new Segmenter();
    let first = true;
    for await (const chunk of chunks) {
        if (first && isBinary(chunk))
            return { binary: true };
        first = false;
        segmenter.push(chunk);
    }
    return { binary: false, detections: segmenter.finish() };
}
function decode(bytes, atStart) {
    const text = bytes.toString("utf8");
    return atStart && text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
/** Bytes that may appear inside a credential (or its `|` / `%7C` separator): never cut there. */
const isCredentialByte = (b) => (b >= 48 && b <= 57) ||
    (b >= 65 && b <= 90) ||
    (b >= 97 && b <= 122) ||
    b === 124 ||
    b === 37 ||
    b === 45 ||
    b === 95;
/** Cuts a byte stream into text segments and keeps line and column numbers true across cuts. */
class Segmenter {
    pending = [];
    pendingBytes = 0;
    detections = [];
    /** Lines completed before the current segment. */
    lineOffset = 0;
    /** Columns already used on the current line by an earlier segment (a cut inside a long line). */
    columnOffset = 0;
    atStart = true;
    /** Pending size at which the next cut is tried (raised while a line has no end yet). */
    nextCut = SEGMENT_BYTES;
    push(chunk) {
        this.pending.push(chunk);
        this.pendingBytes += chunk.length;
        while (this.pendingBytes >= this.nextCut) {
            const data = Buffer.concat(this.pending);
            const cut = this.cutPoint(data);
            if (cut === -1) {
                this.pending = [data];
                this.nextCut = this.pendingBytes + SEGMENT_BYTES;
                break;
            }
            this.nextCut = SEGMENT_BYTES;
            this.emit(data.subarray(0, cut));
            const rest = data.subarray(cut);
            this.pending = [rest];
            this.pendingBytes = rest.length;
        }
    }
    finish() {
        if (this.pendingBytes > 0)
            this.emit(Buffer.concat(this.pending));
        this.pending = [];
        this.pendingBytes = 0;
        return this.detections;
    }
    /** Just after the last newline; failing that, in an over-long line, after a safe byte. */
    cutPoint(data) {
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
    emit(bytes) {
        const text = decode(bytes, this.atStart);
        this.atStart = false;
        for (const detection of (0,_detect_engine_js__WEBPACK_IMPORTED_MODULE_0__/* .detect */ .o)(text)) {
            if (detection.line === 1)
                detection.column += this.columnOffset;
            detection.line += this.lineOffset;
            this.detections.push(detection);
        }
        let newlines = 0;
        let last = -1;
        for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) {
            newlines++;
            last = i;
        }
        this.lineOffset += newlines;
        this.columnOffset = last === -1 ? this.columnOffset + text.length : text.length - last - 1;
    }
}


/***/ }),

/***/ 173:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  lm: () => (/* binding */ isBlockedDotenv),
  Ob: () => (/* binding */ isReported),
  cT: () => (/* binding */ isSkippedPath)
});

// EXTERNAL MODULE: ./src/config/config.ts
var config = __webpack_require__(122);
;// CONCATENATED MODULE: ./src/detect/dotenv.ts
/**
 * The `dotenv-file` rule works on paths, not content: `.env` and `.env.<anything>` in any folder
 * are environment files. Templates meant to be committed (`.env.example` and friends) are allowed;
 * their content is still scanned like any other file.
 */
const TEMPLATE_SUFFIXES = [".example", ".sample", ".template", ".dist"];
function isDotenvPath(path) {
    const slash = path.lastIndexOf("/");
    const name = path.slice(slash + 1);
    if (name !== ".env" && !name.startsWith(".env."))
        return false;
    return !TEMPLATE_SUFFIXES.some((suffix) => name.endsWith(suffix));
}

;// CONCATENATED MODULE: ./src/scan/policy.ts
/**
 * What the user has configured to be reported or not, applied identically by every source
 * (files, staged index, history). Pure.
 */


/** `repoPath` is relative to the repository root, where the config's globs are anchored. */
function isSkippedPath(policy, repoPath) {
    return policy.config.ignorePaths.length > 0 && (0,config/* matchesAny */._I)(repoPath, policy.config.ignorePaths);
}
function isBlockedDotenv(policy, repoPath) {
    return isDotenvPath(repoPath) && !(0,config/* matchesAny */._I)(repoPath, policy.config.allowDotenv);
}
function isReported(policy, finding) {
    return !policy.ignored.has(finding.fingerprint);
}


/***/ }),

/***/ 109:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CS: () => (/* binding */ listFiles),
/* harmony export */   TQ: () => (/* binding */ describeFsError),
/* harmony export */   d7: () => (/* binding */ toPosix)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(916);
/* harmony import */ var _git_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(22);
/**
 * Where `scan` gets its text: files and folders on disk. Inside a git work tree, folders are
 * listed by git itself (tracked files plus untracked ones .gitignore does not exclude), so ignore
 * rules behave exactly as git applies them; elsewhere, or with --no-gitignore, by walking.
 * `.git` and `node_modules` are never entered; symbolic links are not followed.
 */




const NEVER_ENTER = new Set([".git", "node_modules"]);
const toPosix = (path) => (node_path__WEBPACK_IMPORTED_MODULE_1__.sep === "/" ? path : path.split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join("/"));
async function listFiles(paths, options) {
    const byPath = new Map();
    const add = (absPath, explicit) => {
        if (byPath.has(absPath))
            return;
        byPath.set(absPath, {
            absPath,
            repoPath: toPosix((0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(options.root, absPath)) || ".",
            displayPath: toPosix((0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(options.cwd, absPath)) || ".",
            explicit,
        });
    };
    for (const path of paths) {
        const absPath = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(options.cwd, path);
        let info;
        try {
            info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(absPath);
        }
        catch (error) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .y(`cannot read ${path}: ${describeFsError(error)}`);
        }
        if (info.isFile())
            add(absPath, true);
        else if (info.isDirectory()) {
            const found = options.insideGit && options.useGitignore ? await listWithGit(absPath) : await walk(absPath);
            for (const file of found)
                add(file, false);
        }
        else
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .y(`cannot scan ${path}: not a regular file or folder`);
    }
    return [...byPath.values()];
}
async function listWithGit(dir) {
    const output = await (0,_git_js__WEBPACK_IMPORTED_MODULE_2__/* .gitAt */ .c8)(dir).raw(["ls-files", "-z", "--cached", "--others", "--exclude-standard"]);
    const files = [];
    for (const path of new Set((0,_git_js__WEBPACK_IMPORTED_MODULE_2__/* .splitNul */ .K5)(output))) {
        if (path.split("/").some((part) => NEVER_ENTER.has(part)))
            continue;
        const absPath = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, path);
        // Tracked but deleted, submodules (folders) and links are not files to read.
        const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(absPath).catch(() => undefined);
        if (info?.isFile())
            files.push(absPath);
    }
    return files;
}
async function walk(dir) {
    const files = [];
    const pending = [dir];
    while (pending.length > 0) {
        const current = pending.pop();
        let entries;
        try {
            entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(current, { withFileTypes: true });
        }
        catch (error) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .y(`cannot read folder ${current}: ${describeFsError(error)}`);
        }
        for (const entry of entries) {
            if (NEVER_ENTER.has(entry.name))
                continue;
            const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(current, entry.name);
            if (entry.isDirectory())
                pending.push(path);
            else if (entry.isFile())
                files.push(path);
        }
    }
    return files.sort();
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
        default:
            return code ?? error.message;
    }
}


/***/ }),

/***/ 22:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K5: () => (/* binding */ splitNul),
/* harmony export */   KY: () => (/* binding */ workTreeRoot),
/* harmony export */   c8: () => (/* binding */ gitAt)
/* harmony export */ });
/* unused harmony export REPOSITORY_ENVIRONMENT */
/* harmony import */ var simple_git__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(724);
/**
 * The one way this project talks to git. simple-git is created without its default 50 ms
 * exit-completion delay: the pre-commit hook pays every millisecond on every commit.
 */

/**
 * simple-git strips every inherited GIT_* variable unless it is named here. Inside a hook, git
 * uses these to say which repository and which index the commit is made from: `git commit -a`
 * and `git commit <path>` commit from a temporary index named by GIT_INDEX_FILE, and reading the
 * ordinary index instead would let a staged token through.
 */
const REPOSITORY_ENVIRONMENT = [
    "GIT_INDEX_FILE",
    "GIT_DIR",
    "GIT_WORK_TREE",
    "GIT_COMMON_DIR",
    "GIT_OBJECT_DIRECTORY",
    "GIT_ALTERNATE_OBJECT_DIRECTORIES",
    "GIT_NAMESPACE",
    "GIT_CONFIG_PARAMETERS",
    "GIT_CONFIG_COUNT",
    "GIT_CONFIG_GLOBAL",
    "GIT_CONFIG_SYSTEM",
    "GIT_CONFIG_NOSYSTEM",
    "GIT_CEILING_DIRECTORIES",
    "GIT_DISCOVERY_ACROSS_FILESYSTEM",
    ...Object.keys(process.env).filter((key) => /^GIT_CONFIG_(KEY|VALUE)_\d+$/.test(key)),
];
function gitAt(dir) {
    return (0,simple_git__WEBPACK_IMPORTED_MODULE_0__/* .simpleGit */ .Lp)({
        baseDir: dir,
        completion: { onExit: false },
        maxConcurrentProcesses: 4,
        allowEnvironment: REPOSITORY_ENVIRONMENT,
    });
}
/** The work tree's top folder, or undefined outside a git work tree (or without git). */
async function workTreeRoot(dir) {
    try {
        const root = (await gitAt(dir).revparse(["--show-toplevel"])).trim();
        return root === "" ? undefined : root;
    }
    catch {
        return undefined;
    }
}
/** Splits `-z` output. */
function splitNul(output) {
    return output.split("\0").filter((part) => part !== "");
}


/***/ })

};
