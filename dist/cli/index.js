#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 486:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(594);
// The CLI's entry point: nothing but the call, so that tests can import main.ts without running it.

process.exitCode = await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .main */ .iW)(process.argv.slice(2));

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 604:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ processIo),
/* harmony export */   d: () => (/* binding */ EXIT)
/* harmony export */ });
function processIo() {
    const env = process.env;
    const color = env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== "0"
        ? true
        : Boolean(process.stdout.isTTY) && env.NO_COLOR === undefined && env.TERM !== "dumb";
    return {
        cwd: process.cwd(),
        env,
        stdout: (text) => process.stdout.write(text),
        stderr: (text) => process.stderr.write(text),
        color,
    };
}
/** Exit codes, the same for every command: documented in the README. */
const EXIT = { ok: 0, found: 1, error: 2 };


/***/ }),

/***/ 594:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  iW: () => (/* binding */ main)
});

// UNUSED EXPORTS: USAGE, describeError

// EXTERNAL MODULE: ./src/detect/engine.ts + 2 modules
var engine = __nccwpck_require__(910);
// EXTERNAL MODULE: ./src/detect/redact.ts + 1 modules
var redact = __nccwpck_require__(918);
;// CONCATENATED MODULE: ./src/detect/scrub.ts


/**
 * Defence in depth for text we did not write ourselves (error messages from libraries, API
 * replies): every credential-shaped substring is replaced by its redacted form before printing.
 */
function scrub(text, ...knownSecrets) {
    let clean = text;
    for (const secret of knownSecrets) {
        if (secret && secret.length >= 8)
            clean = clean.split(secret).join((0,redact/* redact */.E)(secret));
    }
    for (const { secret } of (0,engine/* detect */.o)(clean))
        clean = clean.split(secret).join((0,redact/* redact */.E)(secret));
    return clean;
}

// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(916);
// EXTERNAL MODULE: ./src/version.ts + 1 modules
var version = __nccwpck_require__(13);
// EXTERNAL MODULE: ./src/cli/io.ts
var cli_io = __nccwpck_require__(604);
;// CONCATENATED MODULE: ./src/cli/main.ts
/**
 * Dispatches `wa-token-guard <command>`. Commands are loaded on demand so that the pre-commit path
 * (`scan --staged`) never loads the HTTP client the `verify` command needs.
 */




const USAGE = `wa-token-guard ${version/* VERSION */.x}: keep WhatsApp Cloud API tokens out of git, and know before they stop working.

Usage:
  wa-token-guard scan [paths...] [options]   find Meta / WhatsApp credentials in files (default: .)
  wa-token-guard scan --staged [options]     the same over what the next commit adds (pre-commit hook)
  wa-token-guard verify [options]            check a token against the Graph API
  wa-token-guard install [--hook-manager M]  install the pre-commit hook in this repository
  wa-token-guard help [command] | --version

Run \`wa-token-guard <command> --help\` for the command's options.
Exit codes: 0 nothing found / token ok, 1 findings / token failed, 2 usage or runtime error.
`;
const COMMANDS = {
    scan: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(724), __nccwpck_require__.e(120)]).then(__nccwpck_require__.bind(__nccwpck_require__, 120))).scanCommand,
    install: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(724), __nccwpck_require__.e(633)]).then(__nccwpck_require__.bind(__nccwpck_require__, 633))).installCommand,
};
async function main(argv, io = (0,cli_io/* processIo */.W)()) {
    const [name, ...rest] = argv;
    try {
        if (name === undefined || name === "help" || name === "--help" || name === "-h") {
            const topic = name === "help" ? rest[0] : undefined;
            if (topic && COMMANDS[topic])
                return await (await COMMANDS[topic]())(["--help"], io);
            io.stdout(USAGE);
            return name === undefined ? cli_io/* EXIT */.d.error : cli_io/* EXIT */.d.ok;
        }
        if (name === "--version" || name === "-v" || name === "version") {
            io.stdout(`${version/* VERSION */.x}\n`);
            return cli_io/* EXIT */.d.ok;
        }
        const load = COMMANDS[name];
        if (!load)
            throw new errors/* UserError */.y(`unknown command "${name}" (commands: ${Object.keys(COMMANDS).join(", ")})`);
        return await (await load())(rest, io);
    }
    catch (error) {
        io.stderr(`wa-token-guard: ${describeError(error)}\n`);
        return cli_io/* EXIT */.d.error;
    }
}
/** One line for the user; a stack only for bugs, and only when asked for with WA_TOKEN_GUARD_DEBUG=1. */
function describeError(error) {
    if (error instanceof errors/* UserError */.y)
        return scrub(error.message);
    if (isParseArgsError(error))
        return `${scrub(error.message)} (see --help)`;
    const detail = error instanceof Error ? error.message : String(error);
    const stack = process.env.WA_TOKEN_GUARD_DEBUG === "1" && error instanceof Error ? `\n${error.stack}` : "";
    return scrub(`internal error: ${detail}${stack}`);
}
function isParseArgsError(error) {
    const code = error?.code;
    return typeof code === "string" && code.startsWith("ERR_PARSE_ARGS");
}


/***/ }),

/***/ 910:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
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
// `<app id>|<secret or app token>`, the `|` possibly URL-encoded.
const APP_TOKEN = /([0-9]{15,16})(?:\||%7[Cc])([A-Za-z0-9_-]{27,40})/g;
// A key naming an app secret (or a client secret, which needs a Meta context to count).
const SECRET_KEY = /app[_.-]?secret|client[_.-]?secret/gi;
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
function detect(text) {
    const hits = [...accessTokens(text), ...appTokens(text), ...appSecrets(text)];
    if (hits.length === 0)
        return [];
    hits.sort((a, b) => a.index - b.index);
    return locate(text, hits);
}
function accessTokens(text) {
    const hits = [];
    ACCESS_TOKEN.lastIndex = 0;
    for (let match = ACCESS_TOKEN.exec(text); match; match = ACCESS_TOKEN.exec(text)) {
        const start = match.index;
        let end = start + match[0].length;
        while (end < text.length && isAlnum(text.charCodeAt(end)))
            end++;
        ACCESS_TOKEN.lastIndex = end;
        const token = text.slice(start, end);
        if (!standsAlone(text, start, end))
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
function standsAlone(text, start, end) {
    if (start > 0) {
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
    for (const match of text.matchAll(APP_TOKEN)) {
        const start = match.index;
        const end = start + match[0].length;
        const [, appId, secret] = match;
        if (start > 0 && isDigit(text.charCodeAt(start - 1)))
            continue;
        if (end < text.length && isUrlSafe(text.charCodeAt(end)))
            continue;
        if (!isHex32(secret) && !looksRandom(secret))
            continue;
        if (looksLikePlaceholder(secret, 8))
            continue;
        hits.push({ rule: "meta-app-token", secret: match[0], index: start, appId });
    }
    return hits;
}
function appSecrets(text) {
    const hits = [];
    for (const key of text.matchAll(SECRET_KEY)) {
        SECRET_VALUE.lastIndex = key.index + key[0].length;
        const value = SECRET_VALUE.exec(text);
        if (!value)
            continue;
        const secret = value[1];
        const index = value.index + value[0].length - secret.length;
        if (index + 32 < text.length && isAlnum(text.charCodeAt(index + 32)))
            continue;
        if (looksLikePlaceholder(secret, 6))
            continue;
        const isClientSecret = key[0].toLowerCase().startsWith("client");
        if (isClientSecret && !hasMetaContext(text, index))
            continue;
        hits.push({ rule: "meta-app-secret", secret, index });
    }
    return hits;
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

/***/ 918:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  R: () => (/* binding */ fingerprint),
  E: () => (/* binding */ redact)
});

;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
;// CONCATENATED MODULE: ./src/detect/redact.ts

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
    return (0,external_node_crypto_namespaceObject.createHash)("sha256").update(secret, "utf8").digest("hex").slice(0, 32);
}


/***/ }),

/***/ 916:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
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


/***/ }),

/***/ 13:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  p: () => (/* binding */ HOMEPAGE),
  x: () => (/* binding */ VERSION)
});

;// CONCATENATED MODULE: ./package.json
const package_namespaceObject = {"rE":"0.1.0"};
;// CONCATENATED MODULE: ./src/version.ts

const VERSION = package_namespaceObject.rE;
const HOMEPAGE = "https://github.com/wa-token-guard/wa-token-guard";


/***/ }),

/***/ 896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 24:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 18:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 23:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(486);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
