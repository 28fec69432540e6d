export const id = 999;
export const ids = [999];
export const modules = {

/***/ 910:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  o: () => (/* binding */ detect)
});

// UNUSED EXPORTS: ALLOW_COMMENT

;// CONCATENATED MODULE: ./src/detect/app-id.ts
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
    if (PLACEHOLDER_WORDS.some((word) => lower.includes(word)))
        return true;
    if (new Set(lower).size < minDistinct)
        return true;
    return isPeriodic(sample) || isCountingSequence(sample);
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

;// CONCATENATED MODULE: ./src/detect/engine.ts
/**
 * The detection engine: text in, credential matches out. Pure (no I/O) and linear in the size of
 * the text: every pattern is a single pass with bounded quantifiers, and boundaries are checked
 * in code rather than with backtracking look-arounds.
 */


/** Put on a line to silence every finding on that line. */
const ALLOW_COMMENT = "wa-token-guard:allow";
// `EAA` and at least 90 more alphanumerics: user, page and system-user tokens of any app. The
// upper bound keeps V8's backtracking stack small; longer runs are followed to their end in code.
const ACCESS_TOKEN = /EAA[A-Za-z0-9]{90,1000}/g;
// `<app id>|<secret or app token>`, the `|` possibly URL-encoded. Matching starts at the separator,
// which is rare, rather than at the digits, which are everywhere (4x faster on ordinary code).
const APP_TOKEN_SEPARATOR = /\||%7[Cc]/g;
// A key naming an app secret (or a client secret, which needs a Meta context to count):
// `app[_.-]?secret` or `client[_.-]?secret`, any case. Found from the word `secret`, which one
// literal pass finds 12x faster than the alternation does.
const SECRET_WORD = /secret/gi;
// What may follow such a key up to its 32-hex value, in env, JSON, YAML, TOML, XML and code:
// the rest of the identifier, a closing quote or bracket, an operator, an opening quote.
const SECRET_VALUE = /[A-Za-z0-9_.-]{0,40}(?:["'`]\]?|\])?(?:[ \t]{0,16}(?::=|=>|[=:,>(])[ \t]{0,16}|[ \t]{1,16}value[ \t]{0,4}=[ \t]{0,4}|[ \t]{1,16})["'`]?([0-9a-f]{32})/y;
const META_CONTEXT = /facebook|whatsapp|instagram|graph\.fb|\bfb[_.-]|\bmeta[_.-]|client[_.-]?id["'`]?[ \t]{0,16}[:=,][ \t]{0,16}["'`]?[0-9]{15,16}/i;
const CONTEXT_WINDOW = 600;
const isAlnum = (c) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const PLUS = 43;
const SLASH = 47;
const EQUALS = 61;
const BACKSLASH = 92;
const NEWLINE = 10;
function detect(text, options = {}) {
    const hits = [
        ...(text.includes("EAA") ? accessTokens(text, options.diff === true) : []),
        ...appTokens(text),
        ...appSecrets(text),
    ];
    if (hits.length === 0)
        return [];
    hits.sort((a, b) => a.index - b.index);
    return locate(text, hits);
}
function accessTokens(text, diff) {
    const hits = [];
    ACCESS_TOKEN.lastIndex = 0;
    for (let match = ACCESS_TOKEN.exec(text); match; match = ACCESS_TOKEN.exec(text)) {
        const start = match.index;
        let end = start + match[0].length;
        while (end < text.length && isAlnum(text.charCodeAt(end)))
            end++;
        ACCESS_TOKEN.lastIndex = end;
        const token = text.slice(start, end);
        if (!standsAlone(text, start, end, diff))
            continue;
        if (isTruncated(text, end))
            continue;
        if (looksLikePlaceholder(token.slice(3), 12))
            continue;
        const appId = appIdFromAccessToken(token);
        hits.push({ rule: "meta-access-token", secret: token, index: start, ...(appId && { appId }) });
    }
    return hits;
}
/**
 * A token is a whole run: nothing alphanumeric glued to it (it would be part of a longer string),
 * and no base64 context (`+` or `/` on either side, `=` padding after). `KEY=EAA…` is fine, and so
 * is an escaped newline (`\nEAA…`) inside a JSON string.
 */
function standsAlone(text, start, end, diff) {
    const atLineStart = start === 0 || (diff && (start === 1 || text.charCodeAt(start - 2) === NEWLINE));
    if (!atLineStart) {
        const before = text.charCodeAt(start - 1);
        const escaped = start > 1 && text.charCodeAt(start - 2) === BACKSLASH && "nrt".includes(text[start - 1]);
        if ((isAlnum(before) && !escaped) || before === PLUS || before === SLASH)
            return false;
    }
    if (end < text.length) {
        const after = text.charCodeAt(end);
        if (after === PLUS || after === SLASH || after === EQUALS)
            return false;
    }
    return true;
}
/** Documentation shows tokens cut short: `EAAU1PV9Um6…` or `EAAU1PV9Um6...`. */
function isTruncated(text, end) {
    return text.startsWith("...", end) || text.startsWith("…", end);
}
function appTokens(text) {
    const hits = [];
    for (const separator of text.matchAll(APP_TOKEN_SEPARATOR)) {
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
        hits.push({
            rule: "meta-app-token",
            secret: text.slice(start, end),
            index: start,
            appId: text.slice(start, at),
        });
    }
    return hits;
}
function appSecrets(text) {
    const hits = [];
    for (const word of text.matchAll(SECRET_WORD)) {
        const owner = secretOwner(text, word.index);
        if (!owner)
            continue;
        SECRET_VALUE.lastIndex = word.index + word[0].length;
        const value = SECRET_VALUE.exec(text);
        if (!value)
            continue;
        const secret = value[1];
        const index = value.index + value[0].length - secret.length;
        if (index + 32 < text.length && isAlnum(text.charCodeAt(index + 32)))
            continue;
        if (looksLikePlaceholder(secret, 6))
            continue;
        if (owner === "client" && !hasMetaContext(text, index))
            continue;
        hits.push({ rule: "meta-app-secret", secret, index });
    }
    return hits;
}
/** `app` or `client` right before `secret` (with at most one `_`, `.` or `-` between). */
function secretOwner(text, at) {
    const end = "_.-".includes(text[at - 1] ?? "") ? at - 1 : at;
    if (text.slice(Math.max(0, end - 3), end).toLowerCase() === "app")
        return "app";
    if (text.slice(Math.max(0, end - 6), end).toLowerCase() === "client")
        return "client";
    return undefined;
}
function hasMetaContext(text, index) {
    const from = Math.max(0, index - CONTEXT_WINDOW);
    return META_CONTEXT.test(text.slice(from, index + CONTEXT_WINDOW));
}
const isDigit = (c) => c >= 48 && c <= 57;
const isUrlSafe = (c) => isAlnum(c) || c === 45 || c === 95;
const isHex32 = (s) => /^[0-9a-f]{32}$/.test(s);
/** An app token from `oauth/access_token` mixes letters with digits or `-`/`_`; prose does not. */
const looksRandom = (s) => /[0-9_-]/.test(s) && /[A-Z]/.test(s) && /[a-z]/.test(s);
/** One forward pass assigns lines and columns and drops lines that carry the allow comment. */
function locate(text, hits) {
    const detections = [];
    let line = 1;
    let lineStart = 0;
    let seen = -1;
    for (const hit of hits) {
        if (hit.index === seen)
            continue; // two patterns on the same spot: report it once
        seen = hit.index;
        for (let nl = text.indexOf("\n", lineStart); nl !== -1 && nl < hit.index; nl = text.indexOf("\n", lineStart)) {
            line++;
            lineStart = nl + 1;
        }
        const lineEnd = text.indexOf("\n", hit.index);
        const lineText = text.slice(lineStart, lineEnd === -1 ? text.length : lineEnd);
        if (lineText.includes(ALLOW_COMMENT))
            continue;
        detections.push({
            rule: hit.rule,
            secret: hit.secret,
            line,
            column: hit.index - lineStart + 1,
            ...(hit.appId && { appId: hit.appId }),
        });
    }
    return detections;
}


/***/ }),

/***/ 4770:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ PatchReader)
/* harmony export */ });
/* harmony import */ var _detect_engine_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(910);
/**
 * Reads a zero-context patch (`git diff -p -U0`) in segments and reports every credential on an
 * added line, with its line and column in the new file. Keeps its place across segments, so the
 * patch can stream through in any chunk sizes (tests check that the answer does not change).
 */

const SEGMENT_BYTES = 8 * 1024 * 1024;
/** Turns patch bytes into detections on added lines; keeps its place across segments. */
class PatchReader {
    onDetection;
    segmentBytes;
    sections = 0;
    inHunk = false;
    /** Line number, in the staged file, of the next added line. */
    nextLine = 0;
    pending = [];
    pendingBytes = 0;
    constructor(onDetection, segmentBytes = SEGMENT_BYTES) {
        this.onDetection = onDetection;
        this.segmentBytes = segmentBytes;
    }
    push(chunk) {
        this.pending.push(chunk);
        this.pendingBytes += chunk.length;
        if (this.pendingBytes < this.segmentBytes)
            return;
        const data = Buffer.concat(this.pending);
        const cut = data.lastIndexOf(10) + 1;
        if (cut === 0) {
            this.pending = [data];
            return;
        }
        this.segment(data.subarray(0, cut).toString("utf8"));
        this.pending = [data.subarray(cut)];
        this.pendingBytes = data.length - cut;
    }
    end() {
        if (this.pendingBytes > 0)
            this.segment(Buffer.concat(this.pending).toString("utf8"));
        this.pending = [];
        this.pendingBytes = 0;
    }
    /** `text` starts at the beginning of a line and ends at the end of one. */
    segment(text) {
        const detections = (0,_detect_engine_js__WEBPACK_IMPORTED_MODULE_0__/* .detect */ .o)(text, { diff: true });
        if (detections.length === 0) {
            this.fastForward(text, 0);
            return;
        }
        let next = 0;
        let lineNumber = 1;
        for (let start = 0; start < text.length; lineNumber++) {
            const newline = text.indexOf("\n", start);
            const first = text.charCodeAt(start);
            let addedLine = 0;
            if (first === 0x2b /* + */ && this.inHunk)
                addedLine = this.nextLine++;
            else if (first === 0x40 /* @ */ && text.startsWith("@@ ", start)) {
                const header = /^@@ -\d+(?:,\d+)? \+(\d+)/.exec(text.slice(start, start + 64));
                this.inHunk = header !== null;
                this.nextLine = header ? Number(header[1]) : 0;
            }
            else if (first === 0x64 /* d */ && text.startsWith("diff --git ", start)) {
                this.sections++;
                this.inHunk = false;
            }
            for (; next < detections.length && detections[next].line <= lineNumber; next++) {
                const detection = detections[next];
                if (detection.line !== lineNumber || addedLine === 0)
                    continue; // header or removed line
                detection.line = addedLine;
                detection.column -= 1; // the `+`
                this.onDetection({ section: this.sections - 1, detection });
            }
            start = newline === -1 ? text.length : newline + 1;
            if (next === detections.length) {
                this.fastForward(text, start);
                return;
            }
        }
    }
    /**
     * Brings the state to the end of the segment without walking its lines: counts the sections,
     * and recovers the hunk position from the last hunk header and the added lines after it.
     */
    fastForward(text, from) {
        if (from >= text.length)
            return;
        // Line starts at or after `from`: `from` itself, and every position after a newline.
        const lineStartsWith = (needle) => {
            const first = text.startsWith(needle, from) ? 1 : 0;
            return first + countOccurrences(text, `\n${needle}`, from);
        };
        const lastLineStartWith = (needle) => {
            const last = text.lastIndexOf(`\n${needle}`);
            if (last >= from)
                return last + 1;
            return text.startsWith(needle, from) ? from : -1;
        };
        this.sections += lineStartsWith("diff --git ");
        const lastSection = lastLineStartWith("diff --git ");
        const lastHunk = lastLineStartWith("@@ ");
        if (lastHunk > lastSection) {
            const header = /^@@ -\d+(?:,\d+)? \+(\d+)/.exec(text.slice(lastHunk, lastHunk + 64));
            this.inHunk = header !== null;
            this.nextLine = header ? Number(header[1]) + countOccurrences(text, "\n+", lastHunk) : 0;
        }
        else if (lastSection !== -1) {
            this.inHunk = false;
        }
        else if (this.inHunk) {
            this.nextLine += lineStartsWith("+");
        }
    }
}
function countOccurrences(text, needle, from) {
    let count = 0;
    for (let at = text.indexOf(needle, from); at !== -1; at = text.indexOf(needle, at + needle.length))
        count++;
    return count;
}


/***/ }),

/***/ 7999:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PATCH_WORKER: () => (/* binding */ PATCH_WORKER),
/* harmony export */   PatchWorker: () => (/* binding */ PatchWorker),
/* harmony export */   runPatchWorker: () => (/* binding */ runPatchWorker)
/* harmony export */ });
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _patch_reader_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4770);
/**
 * Scanning a large staged patch on a second thread. git writes the patch through a 64 KB pipe,
 * so while the scanner works on the main thread git waits, and the two take turns; with the
 * scanner here, the main thread only moves bytes and both run at once (2 cores). Used only for
 * patches over a few MB: a thread costs more to start than a typical commit takes to scan.
 */


/** What the CLI entry runs when it is started as this worker (see src/cli/index.ts). */
const PATCH_WORKER = "wa-token-guard:patch";
/** The worker's side: a PatchReader fed by messages. */
function runPatchWorker() {
    const port = node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.parentPort;
    let found = [];
    const reader = new _patch_reader_js__WEBPACK_IMPORTED_MODULE_1__/* .PatchReader */ .q((detection) => found.push(detection));
    const flush = () => {
        if (found.length > 0)
            port.postMessage({ found });
        found = [];
    };
    port.on("message", (message) => {
        try {
            if (message === "end") {
                reader.end();
                flush();
                port.postMessage({ sections: reader.sections });
                port.close();
                return;
            }
            reader.push(Buffer.from(message.buffer, message.byteOffset, message.byteLength));
            flush();
        }
        catch (error) {
            port.postMessage({ error: error.message });
        }
    });
}
/** The main thread's side: a PatchReader-shaped sink that forwards to a worker. */
class PatchWorker {
    worker;
    done;
    constructor(script, onDetection) {
        this.worker = new node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.Worker(script, { workerData: { role: PATCH_WORKER } });
        this.done = new Promise((resolve, reject) => {
            this.worker.on("message", (message) => {
                if ("found" in message)
                    for (const found of message.found)
                        onDetection(revive(found));
                else if ("sections" in message)
                    resolve(message.sections);
                else
                    reject(new Error(message.error));
            });
            this.worker.on("error", reject);
            this.worker.on("exit", (code) => reject(new Error(`the scanning thread stopped (exit ${code})`)));
        });
    }
    push(chunk) {
        this.worker.postMessage(chunk);
    }
    async end() {
        this.worker.postMessage("end");
        try {
            return await this.done;
        }
        finally {
            await this.worker.terminate();
        }
    }
}
/** Detections cross the thread boundary as plain objects. */
function revive(found) {
    return { section: found.section, detection: { ...found.detection } };
}


/***/ })

};
