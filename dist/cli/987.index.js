export const id = 987;
export const ids = [987];
export const modules = {

/***/ 987:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  scanStaged: () => (/* binding */ scanStaged)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(760);
// EXTERNAL MODULE: ./src/detect/finding.ts
var finding = __webpack_require__(537);
// EXTERNAL MODULE: ./src/sources/files.ts
var sources_files = __webpack_require__(109);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(421);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(916);
;// CONCATENATED MODULE: ./src/sources/git-stream.ts
/**
 * git commands whose output can be larger than memory should hold (a 100 MB staged file, a whole
 * history): spawned directly and read as a stream of lines or blobs. simple-git buffers a command's
 * entire output, which is right for small answers and wrong for these.
 */


/** Runs git and hands every line of its output (without the newline) to `onLine`. */
async function streamGitLines(cwd, args, onLine) {
    const child = (0,external_node_child_process_.spawn)("git", args, { cwd, stdio: ["ignore", "pipe", "pipe"] });
    const stderr = [];
    child.stderr.on("data", (chunk) => stderr.push(chunk));
    const exited = exitOf(child, args, stderr);
    let rest;
    for await (const chunk of child.stdout) {
        const data = rest ? Buffer.concat([rest, chunk]) : chunk;
        let start = 0;
        for (let nl = data.indexOf(10, start); nl !== -1; nl = data.indexOf(10, start)) {
            onLine(data.subarray(start, nl));
            start = nl + 1;
        }
        rest = start < data.length ? data.subarray(start) : undefined;
    }
    if (rest)
        onLine(rest);
    await exited;
}
/** Reads objects through one `git cat-file --batch` process, in the order asked. */
async function readBlobs(cwd, oids, onBlob) {
    if (oids.length === 0)
        return;
    const args = ["cat-file", "--batch"];
    const child = (0,external_node_child_process_.spawn)("git", args, { cwd, stdio: ["pipe", "pipe", "pipe"] });
    const stderr = [];
    child.stderr.on("data", (chunk) => stderr.push(chunk));
    const exited = exitOf(child, args, stderr);
    child.stdin.on("error", () => { }); // reported through the exit code
    child.stdin.end(`${oids.join("\n")}\n`);
    let buffered = Buffer.alloc(0);
    let index = 0;
    for await (const chunk of child.stdout) {
        buffered = buffered.length === 0 ? chunk : Buffer.concat([buffered, chunk]);
        while (index < oids.length) {
            const headerEnd = buffered.indexOf(10);
            if (headerEnd === -1)
                break;
            const header = buffered.subarray(0, headerEnd).toString("utf8");
            if (header.endsWith(" missing")) {
                await onBlob({ oid: oids[index++] });
                buffered = buffered.subarray(headerEnd + 1);
                continue;
            }
            const size = Number(header.slice(header.lastIndexOf(" ") + 1));
            if (buffered.length < headerEnd + 1 + size + 1)
                break; // wait for the whole object
            await onBlob({ oid: oids[index++], content: buffered.subarray(headerEnd + 1, headerEnd + 1 + size) });
            buffered = buffered.subarray(headerEnd + 1 + size + 1);
        }
    }
    await exited;
}
function exitOf(child, args, stderr) {
    return new Promise((resolve, reject) => {
        child.on("error", (error) => reject(new errors/* UserError */.y(`cannot run git: ${error.message}`)));
        child.on("close", (code) => {
            if (code === 0)
                resolve();
            else {
                const message = Buffer.concat(stderr).toString("utf8").trim().split("\n")[0] ?? "";
                reject(new errors/* UserError */.y(`git ${args[0]} failed (exit ${code}): ${message}`));
            }
        });
    });
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(24);
// EXTERNAL MODULE: ./src/sources/git.ts
var git = __webpack_require__(22);
;// CONCATENATED MODULE: ./src/sources/staged.ts
/**
 * What the next commit adds, read from the index (never the working tree: husky and lefthook do
 * not stash unstaged changes, so the working tree can differ from what is committed). git honours
 * GIT_INDEX_FILE, so `git commit -a` and `git commit <paths>` are read correctly too.
 *
 * Two views of the same diff: `--raw -z` for the list of files (exact for any file name), and a
 * zero-context patch for the added lines. Both run with identical options, so git emits the same
 * files in the same order, and the n-th patch section belongs to the n-th listed file.
 */





const SUBMODULE_MODE = "160000";
/** The options both views share. `base` is HEAD by default; MERGE_HEAD to see a merge's other side. */
function diffArgs(base, pathspecs) {
    return [
        "--cached",
        "-M",
        "--diff-filter=ACMRT",
        "--no-ext-diff",
        "--no-textconv",
        "--no-relative",
        ...(base ? [base] : []),
        "--",
        ...pathspecs,
    ];
}
async function stagedFiles(root, base, pathspecs = []) {
    const output = await (0,git/* gitAt */.c8)(root).raw(["diff", "--raw", "-z", ...diffArgs(base, pathspecs)]);
    return parseRawZ(output);
}
/** Parses `git diff --raw -z`: `:<mode> <mode> <oid> <oid> <status>\0<path>\0[<new path>\0]`. */
function parseRawZ(output) {
    const parts = output.split("\0");
    const files = [];
    for (let i = 0; i < parts.length; i++) {
        const meta = parts[i];
        if (!meta.startsWith(":"))
            continue;
        const [, newMode, , newOid, status] = meta.slice(1).split(" ");
        const twoPaths = status.startsWith("R") || status.startsWith("C");
        const path = twoPaths ? parts[i + 2] : parts[i + 1];
        i += twoPaths ? 2 : 1;
        files.push({ status: status[0], path, oid: newOid, mode: newMode });
    }
    return files;
}
/** Streams the added lines of the staged diff, hunk by hunk, for the given (already listed) files. */
async function addedHunks(root, files, onHunk, base, pathspecs = []) {
    let section = -1;
    let inHeader = false;
    let hunk;
    const flush = () => {
        if (hunk && hunk.lines.length > 0)
            onHunk(hunk);
        hunk = undefined;
    };
    const args = [
        "diff",
        "-p",
        "-U0",
        "--no-color",
        "--src-prefix=a/",
        "--dst-prefix=b/",
        ...diffArgs(base, pathspecs),
    ];
    await streamGitLines(root, args, (line) => {
        const first = line[0];
        if (first === 0x2b /* + */ && !inHeader) {
            if (hunk)
                hunk.lines.push(line.subarray(1));
            return;
        }
        if (first === 0x40 /* @ */ && line[1] === 0x40) {
            flush();
            inHeader = false;
            const file = files[section];
            const match = /^@@ -\d+(?:,\d+)? \+(\d+)/.exec(line.subarray(0, 64).toString("latin1"));
            if (file && match && file.mode !== SUBMODULE_MODE)
                hunk = { file, firstLine: Number(match[1]), lines: [] };
            return;
        }
        if (first === 0x64 /* d */ && line.subarray(0, 11).toString("latin1") === "diff --git ") {
            flush();
            section++;
            inHeader = true;
        }
    });
    flush();
    if (section + 1 !== files.length) {
        throw new errors/* UserError */.y(`the staged diff did not match the staged file list (${section + 1} sections for ${files.length} files); nothing was checked`);
    }
}
/** Index entries (stage 0) for paths given on the command line, whether changed or not. */
async function indexEntries(root, pathspecs) {
    if (pathspecs.length === 0)
        return [];
    const output = await (0,git/* gitAt */.c8)(root).raw(["ls-files", "-s", "-z", "--", ...pathspecs]);
    const entries = [];
    for (const record of output.split("\0")) {
        const match = /^(\d+) ([0-9a-f]+) (\d)\t([\s\S]*)$/.exec(record);
        if (match && match[3] === "0")
            entries.push({ status: "M", path: match[4], oid: match[2], mode: match[1] });
    }
    return entries;
}
/** True while a merge is being committed (MERGE_HEAD exists; worktree-aware). */
async function mergeInProgress(root) {
    const path = (await (0,git/* gitAt */.c8)(root).raw(["rev-parse", "--git-path", "MERGE_HEAD"])).trim();
    return (0,external_node_fs_.existsSync)((0,external_node_path_.resolve)(root, path));
}
const isSubmodule = (file) => file.mode === SUBMODULE_MODE;

// EXTERNAL MODULE: ./src/scan/content.ts
var scan_content = __webpack_require__(284);
// EXTERNAL MODULE: ./src/scan/policy.ts + 1 modules
var scan_policy = __webpack_require__(173);
;// CONCATENATED MODULE: ./src/scan/scan-staged.ts
/**
 * `scan --staged`: the pre-commit check. By default only lines the commit adds are scanned, so a
 * token already sitting unchanged in HEAD is not reported again on every commit; `allLines` scans
 * whole staged files. While a merge is being committed, a line counts as added only if it is new
 * to both parents: what the other branch brings was already checked where it was committed.
 */







async function scanStaged(options) {
    const pathspecs = (options.paths ?? []).map((path) => (0,sources_files/* toPosix */.d7)((0,external_node_path_.relative)(options.root, (0,external_node_path_.join)(options.cwd, path))));
    const stats = { files: 0, bytes: 0 };
    let findings = await scanAgainst(options, undefined, pathspecs, stats);
    if (findings.length > 0 && (await mergeInProgress(options.root))) {
        const fromOtherSide = await scanAgainst(options, "MERGE_HEAD", pathspecs, { files: 0, bytes: 0 });
        const newToBoth = new Set(fromOtherSide.map(identity));
        findings = findings.filter((finding) => newToBoth.has(identity(finding)));
    }
    return { findings: findings.sort(finding/* compareFindings */.Eg), stats };
}
const identity = (f) => `${f.rule}\0${f.file}\0${f.line}\0${f.column}\0${f.fingerprint}`;
async function scanAgainst(options, base, pathspecs, stats) {
    const { policy, root } = options;
    const files = await stagedFiles(root, base, pathspecs);
    const display = (path) => (0,sources_files/* toPosix */.d7)((0,external_node_path_.relative)(options.cwd, (0,external_node_path_.join)(root, path)));
    const findings = [];
    const keep = (finding) => {
        if ((0,scan_policy/* isReported */.Ob)(policy, finding))
            findings.push(finding);
    };
    const record = (file, detection) => keep((0,finding/* findingFromDetection */.BY)(detection, display(file.path), policy.config.appIds));
    const scanned = files.filter((file) => !(0,scan_policy/* isSkippedPath */.cT)(policy, file.path));
    for (const file of scanned)
        if ((0,scan_policy/* isBlockedDotenv */.lm)(policy, file.path))
            keep((0,finding/* dotenvFinding */.kB)(display(file.path)));
    stats.files += scanned.length;
    // A hook manager that names files which have no staged change (`pre-commit run --all-files`)
    // wants those files checked: their index version is scanned whole.
    const unchanged = (await indexEntries(root, base ? [] : pathspecs)).filter((entry) => !files.some((file) => file.path === entry.path) && !(0,scan_policy/* isSkippedPath */.cT)(policy, entry.path));
    for (const entry of unchanged)
        if ((0,scan_policy/* isBlockedDotenv */.lm)(policy, entry.path))
            keep((0,finding/* dotenvFinding */.kB)(display(entry.path)));
    stats.files += unchanged.length;
    const whole = [...(options.allLines ? scanned : []), ...unchanged].filter((file) => !isSubmodule(file));
    const byOid = new Map(whole.map((file) => [file.oid, file]));
    await readBlobs(root, whole.map((file) => file.oid), ({ oid, content }) => {
        if (!content)
            return;
        stats.bytes += content.length;
        const result = (0,scan_content/* detectInBuffer */.V$)(content);
        if (!result.binary)
            for (const detection of result.detections)
                record(byOid.get(oid), detection);
    });
    if (!options.allLines && scanned.length > 0) {
        const wanted = new Set(scanned);
        await addedHunks(root, files, (hunk) => {
            if (!wanted.has(hunk.file))
                return;
            const text = Buffer.concat(hunk.lines.flatMap((line) => [line, NEWLINE]));
            stats.bytes += text.length;
            const result = (0,scan_content/* detectInBuffer */.V$)(text);
            if (result.binary)
                return;
            for (const detection of result.detections) {
                detection.line += hunk.firstLine - 1;
                record(hunk.file, detection);
            }
        }, base, pathspecs);
    }
    return findings;
}
const NEWLINE = Buffer.from("\n");


/***/ })

};
