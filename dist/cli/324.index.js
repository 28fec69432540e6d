export const id = 324;
export const ids = [324,663];
export const modules = {

/***/ 1663:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   spellAsFlags: () => (/* binding */ spellAsFlags)
/* harmony export */ });
/* harmony import */ var _rotate_settings_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3788);
/* harmony import */ var _verify_settings_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4216);
/**
 * The checks, the Graph client and rotation name their options once, as the action's inputs
 * ("raise timeout-seconds", "list these in allowed-scopes"). On the command line the same
 * option is a flag: this spells each such name the way the CLI takes it, so that the advice
 * can be followed as printed. Only our own text goes through it (fixes, causes, notes, settings
 * problems), never what was seen: a phone number's name or an app's may hold any words.
 */


/**
 * Inputs whose flag has another name. The secrets come from variables on the command line: the
 * app secret from META_APP_SECRET or the one --app-secret-env names, so it is named as a thing.
 */
const RENAMED = {
    "admin-token": "--admin-token-env",
    "rotate-secret": "--github-secret",
    "app-secret": "the app secret",
};
/** Inputs with no flag: left as they are. */
const NO_FLAG = new Set(["rotate-scope", "rotate-github-token"]);
const FLAGS = new Map([...Object.keys(_verify_settings_js__WEBPACK_IMPORTED_MODULE_1__/* .OPTION_DEFAULTS */ .HS), ...Object.keys(_rotate_settings_js__WEBPACK_IMPORTED_MODULE_0__/* .ROTATE_OPTION_DEFAULTS */ .Fg)]
    // One-word names (token, rotate) are ordinary words in a sentence.
    .filter((name) => name.includes("-") && !NO_FLAG.has(name))
    .map((name) => [name, RENAMED[name] ?? `--${name}`]));
// Whole names only, and not inside a flag (--max-age-days), a path, a file name or a variable.
const NAMES = new RegExp(`(?<![\\w./$-])(${[...FLAGS.keys()].sort((a, b) => b.length - a.length).join("|")})(?![\\w-]|\\.\\w)`, "g");
function spellAsFlags(text) {
    return text.replace(NAMES, (name) => FLAGS.get(name) ?? name);
}


/***/ }),

/***/ 5324:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  VERIFY_FLAGS: () => (/* binding */ VERIFY_FLAGS),
  VERIFY_HELP: () => (/* binding */ VERIFY_HELP),
  exitCode: () => (/* binding */ exitCode),
  verifyCommand: () => (/* binding */ verifyCommand),
  verifyOptionsFrom: () => (/* binding */ verifyOptionsFrom)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/detect/redact.ts
var redact = __webpack_require__(962);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/text-safety.ts
var text_safety = __webpack_require__(2243);
// EXTERNAL MODULE: ./src/report/verdict-parts.ts + 1 modules
var verdict_parts = __webpack_require__(2078);
;// CONCATENATED MODULE: ./src/report/verify-text.ts
/**
 * The token check in a terminal (and the action's log): the verdict first, then one line per
 * check, the fix under each one that needs attention, the recipes once at the end.
 */


const MARK = {
    ok: "ok  ",
    warning: "warn",
    failed: "FAIL",
    unanswered: "????",
    skipped: "skip",
};
const COLOUR = { ok: 32, warning: 33, failed: 31, unanswered: 35, skipped: 90 };
function formatVerifyText(verdict, color) {
    const paint = (code, text) => (color ? `\u001b[${code}m${text}\u001b[0m` : text);
    const width = Math.max(0, ...verdict.checks.map((check) => check.title.length));
    const word = verdict.status === "unanswered" ? "NOT CHECKED" : verdict.status.toUpperCase();
    const lines = [
        `wa-token-guard verify: ${paint(COLOUR[verdict.status], word)}`,
        (0,verdict_parts/* arrows */.d$)(verdict.headline),
        "",
    ];
    for (const check of verdict.checks) {
        lines.push(`  ${paint(COLOUR[check.status], MARK[check.status])}  ${check.title.padEnd(width)}  ${(0,verdict_parts/* arrows */.d$)(check.value)}`);
        if (check.fix && check.status !== "ok" && check.status !== "skipped") {
            lines.push(`        ${" ".repeat(width)}  fix: ${(0,verdict_parts/* arrows */.d$)(check.fix)}`);
        }
    }
    const attention = verdict.checks.filter((check) => check.status !== "ok" && check.status !== "skipped");
    for (const recipe of (0,verdict_parts/* recipesFor */.dD)(attention)) {
        lines.push("", `${recipe.title}:`, ...recipe.steps.map((step, i) => `  ${i + 1}. ${step}`));
    }
    lines.push("");
    // The action logs this, and the CLI may run in a workflow step: no line of it may be read as a
    // workflow command, whatever a reply put into a value.
    return (0,text_safety/* neutraliseWorkflowCommands */.WM)(lines.join("\n"));
}

;// CONCATENATED MODULE: ./src/verify/checks/shared-token.ts
/**
 * One token in two places (production and staging sharing a token): a leak or a revocation in
 * one is an outage in the other. `others` are the names that hold the same fingerprint.
 */
function sharedTokenCheck(name, others, shownToken) {
    return others.length === 0
        ? {
            id: "shared-token",
            title: "Own token",
            status: "ok",
            value: `no other watched name uses the token of ${name}`,
        }
        : {
            id: "shared-token",
            title: "Own token",
            status: "warning",
            // Not starting with the name: a sentence's first letter is capitalised, and a name is
            // spelled as given (`prod` is not `Prod`, which may be another watched name).
            value: `the token of ${name}${shownToken ? ` (${shownToken})` : ""} is also the token of ${others.join(", ")}`,
            fix: "Give each environment its own system-user token, so that rotating or revoking one leaves the others working.",
            recipes: ["system-user"],
        };
}

// EXTERNAL MODULE: ./src/verify/settings.ts
var settings = __webpack_require__(4216);
// EXTERNAL MODULE: ./src/verify/verdict.ts + 16 modules
var verify_verdict = __webpack_require__(7075);
// EXTERNAL MODULE: ./src/verify/verify.ts
var verify = __webpack_require__(2152);
// EXTERNAL MODULE: ./src/cli/args.ts
var cli_args = __webpack_require__(7593);
// EXTERNAL MODULE: ./src/cli/dotenv.ts
var dotenv = __webpack_require__(7178);
// EXTERNAL MODULE: ./src/cli/flag-names.ts
var flag_names = __webpack_require__(1663);
// EXTERNAL MODULE: ./src/cli/io.ts
var cli_io = __webpack_require__(1604);
;// CONCATENATED MODULE: ./src/cli/verify-command.ts
/**
 * `wa-token-guard verify`: the action's check on a laptop. Same options (as flags), same
 * settings parser, same checks. The token and the app secret are read from the environment or a
 * .env file, never from the command line, where shell history and `ps` would keep them.
 */












/** Options that are flags of the same name; the secrets and the one boolean are handled apart. */
const PASSED_AS_IS = Object.keys(settings/* OPTION_DEFAULTS */.HS).filter((name) => name !== "token" && name !== "app-secret" && name !== "require-system-user");
const VERIFY_HELP = `Usage: wa-token-guard verify [options]

Checks a WhatsApp Cloud API access token against the Graph API: valid, type, permissions,
WhatsApp account, expiry; optionally reads the phone number and sends a test message.

Where the secrets come from (the environment first, then a .env file in this folder):
  --token-env <NAME>          variable holding the token (default: WHATSAPP_TOKEN, then WHATSAPP_ACCESS_TOKEN)
  --app-secret-env <NAME>     variable holding the app secret, used with --app-id (default: META_APP_SECRET)
  --dotenv <path>             read them from this file instead of .env (it wins over the environment);
                              give it twice or more to check each file's token, and that no two
                              files share one (production and staging need their own tokens)

Options (the action's inputs; defaults in brackets):
  --app-id <id>                      inspect with the app's token and sign calls (appsecret_proof)
  --required-scopes <list>           [whatsapp_business_messaging,whatsapp_business_management], or none
  --waba-id <id>                     the WhatsApp Business Account the token must reach
  --phone-number-id <id>             read this phone number (and send the test message from it)
  --test-recipient <+number|id>      send a test message to this number, or business-scoped user id
  --test-template <name>             [hello_world]
  --test-template-language <code>    [en_US]
  --test-message <text>              send this text instead of a template
  --warn-days <n>                    [14] warn when fewer days remain before expiry
  --fail-days <n>                    [3] fail when fewer days remain
  --require-system-user              fail unless the token is a system-user token
  --max-age-days <n>                 warn when the token is older (rotation reminder)
  --graph-api-version <vNN.0>        [${settings/* OPTION_DEFAULTS */.HS["graph-api-version"]}]
  --graph-api-url <url>              [${settings/* OPTION_DEFAULTS */.HS["graph-api-url"]}]
  --timeout-seconds <n>              [30] the whole budget, retries included
  --allowed-scopes <list>            permissions fine to hold beyond the required ones, or any
                                     [whatsapp_business_manage_events,business_management,public_profile]
  --usage-warn-percent <n>           [75] warn when a rate limit is this much used
  --on-unanswered <fail|warn>        [fail] when the Graph API cannot be asked: exit 2, or 0
  --format <text|json>               [text]
  -h, --help

Exit codes: 0 ok (or warnings only), 1 the token failed a check, 2 usage error or the Graph API
could not be asked (unreachable, timeout, rate limited, HTTP 429 or 5xx; 0 with --on-unanswered warn).
`;
/** The token check's flags: `rotate` takes them too, and checks the new token with them. */
const VERIFY_FLAGS = {
    ...Object.fromEntries(PASSED_AS_IS.map((name) => [name, { type: "string" }])),
    "require-system-user": { type: "boolean", default: false },
    "token-env": { type: "string" },
    "app-secret-env": { type: "string", default: "META_APP_SECRET" },
    format: { type: "string", default: "text" },
    help: { type: "boolean", short: "h", default: false },
};
/** The token check's options from the parsed flags, the token, and the app secret when --app-id is set. */
function verifyOptionsFrom(values, lookup, token) {
    const raw = { token };
    for (const name of PASSED_AS_IS) {
        const value = values[name];
        if (typeof value === "string")
            raw[name] = value;
    }
    raw["require-system-user"] = String(values["require-system-user"]);
    if (raw["app-id"])
        raw["app-secret"] = (0,dotenv/* appSecretFor */.jE)(lookup, values["app-secret-env"]);
    return raw;
}
async function verifyCommand(args, io) {
    const { values } = (0,cli_args/* parseFlags */.b)(args, { ...VERIFY_FLAGS, dotenv: { type: "string", multiple: true } });
    if (values.help) {
        io.stdout(VERIFY_HELP);
        return cli_io/* EXIT */.d.ok;
    }
    const format = values.format;
    if (format !== "text" && format !== "json")
        throw new errors/* UserError */.y(`--format must be text or json, not "${format}"`);
    // Not --env-file: Node itself reads that flag anywhere on its command line, even after the
    // script, and exits when the file is missing.
    const { dotenv: envFiles, ...flags } = values;
    const files = envFiles ?? [];
    // One file named twice (`.env` and `./.env`) would report a token shared with itself.
    const seen = new Map();
    for (const file of files) {
        const earlier = seen.get((0,external_node_path_.resolve)(io.cwd, file));
        if (earlier !== undefined)
            throw new errors/* UserError */.y(`--dotenv ${file}: the same file as --dotenv ${earlier}; name each file once`);
        seen.set((0,external_node_path_.resolve)(io.cwd, file), file);
    }
    // Every file is read and its settings checked before any call: a typo in the second file
    // should not cost the first one's Graph API calls.
    const checks = [];
    for (const file of files.length > 0 ? files : [undefined]) {
        try {
            checks.push({ ...(file !== undefined && { file }), settings: await settingsFrom(flags, io, file) });
        }
        catch (error) {
            if (file !== undefined &&
                error instanceof errors/* UserError */.y &&
                !error.message.startsWith(`cannot read ${file}`)) {
                throw new errors/* UserError */.y(`${file}: ${error.message}`);
            }
            throw error;
        }
    }
    const results = [];
    for (const check of checks)
        results.push({ ...check, verdict: await (0,verify/* verifyToken */.n)(check.settings) });
    if (results.length > 1) {
        // One token in two files: a leak or a revocation in one environment is an outage in the other.
        for (const result of results) {
            const others = results
                .filter((o) => o !== result && o.verdict.token.fingerprint === result.verdict.token.fingerprint)
                .map((o) => o.file);
            const shown = others.length > 0 ? (0,redact/* redact */.E)(result.settings.token) : undefined;
            result.verdict = (0,verify_verdict/* withCheck */.hV)(result.verdict, sharedTokenCheck(result.file, others, shown));
        }
    }
    // io scrubs every secret read through secretLookup, whatever variable it came from.
    if (format === "json") {
        const reports = results.map(({ file, verdict }) => ({
            ...(file !== undefined && { file }),
            ...verifyJson(verdict),
        }));
        const json = reports.length === 1 ? reports[0] : { version: 1, files: reports };
        io.stdout(`${JSON.stringify(json, null, 2)}\n`);
    }
    else {
        const label = (file) => file !== undefined && results.length > 1 ? `${file}:\n` : "";
        io.stdout(results
            .map(({ file, verdict }) => `${label(file)}${formatVerifyText((0,verify_verdict/* withAdvice */.b5)(verdict, flag_names.spellAsFlags), io.color)}`)
            .join("\n"));
    }
    return Math.max(...results.map(({ verdict, settings }) => exitCode(verdict, settings.onUnanswered)));
}
/** One check's settings: the flags, and the secrets from the environment and `envFile` (or .env). */
async function settingsFrom(values, io, envFile) {
    const lookup = await (0,dotenv/* secretLookup */.ro)(io, envFile);
    const tokenNames = values["token-env"]
        ? [values["token-env"]]
        : ["WHATSAPP_TOKEN", "WHATSAPP_ACCESS_TOKEN"];
    const tokenName = tokenNames.find((name) => lookup(name) !== undefined);
    if (!tokenName) {
        throw new errors/* UserError */.y(`no token: set ${tokenNames.join(" or ")} in the environment or in ${envFile ?? ".env"} (or name the variable with --token-env)`);
    }
    return (0,settings/* parseSettings */.P$)(verifyOptionsFrom(values, lookup, lookup(tokenName)));
}
/**
 * 1 for a token that failed a check; 2 when the Graph API could not be asked (unreachable,
 * timeout, rate limited, HTTP 429 or 5xx), like any other runtime error, unless
 * --on-unanswered warn; 0 otherwise.
 */
function exitCode(verdict, onUnanswered) {
    if (verdict.status === "failed")
        return cli_io/* EXIT */.d.found;
    if (verdict.status === "unanswered")
        return onUnanswered === "fail" ? cli_io/* EXIT */.d.error : cli_io/* EXIT */.d.ok;
    return cli_io/* EXIT */.d.ok;
}
/** `--format json`: the verdict, the checks by id, and what is known about the token. */
function verifyJson(verdict) {
    return {
        version: 1,
        status: verdict.status,
        headline: verdict.headline,
        checks: verdict.checks.map(({ cause: _cause, ...check }) => check),
        token: verdict.token,
        ...(verdict.daysLeft !== undefined && { daysLeft: verdict.daysLeft }),
    };
}


/***/ }),

/***/ 1901:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ HttpTransport),
/* harmony export */   U: () => (/* binding */ headerValues)
/* harmony export */ });
/* harmony import */ var _http_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6803);
/**
 * One HTTP exchange for the Graph client, over Node's own `node:http` / `node:https`.
 *
 * Not undici: its entry point loads every dispatcher, fetch, WebSocket and the mocks before the
 * first request, ~50 ms of every action run and CLI verify (measured: `npm run bench -- action`);
 * Node's own client is already in the binary. What undici gave for free is done here:
 * - a time limit for the whole exchange and a shorter one for connecting (a host that never
 *   answers the SYN costs the connect limit, leaving the budget for a retry);
 * - the reply read up to a cap, streamed and cut, never buffered whole;
 * - repeated headers kept apart (a list), not joined with ", " as `message.headers` does;
 * - kept-alive connections for GETs, closed by `close()`; idle ones never keep the process
 *   alive. A POST always has a connection of its own (see exchange).
 * Failures are errors with a `code`: the system's (ECONNREFUSED, ENOTFOUND, ECONNRESET), Node's
 * parser's (HPE_HEADER_OVERFLOW past 16 KiB of headers, HPE_* for a reply that is not HTTP), or
 * an error named TimeoutError.
 */

/** Every value a header was sent with, in order: none, one, or each copy of a repeated one. */
function headerValues(headers, name) {
    const value = headers[name];
    return value === undefined ? [] : Array.isArray(value) ? value : [value];
}
class HttpTransport {
    connectTimeoutMs;
    agents = new Map();
    constructor(connectTimeoutMs) {
        this.connectTimeoutMs = connectTimeoutMs;
    }
    async exchange(request) {
        const url = new URL(request.url);
        // node:https loads TLS; a plain-http base URL (a local stand-in, a proxy) never needs it.
        const http = url.protocol === "https:" ? await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 4708, 23)) : await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 7067, 23));
        let agent = this.agents.get(url.protocol);
        if (!agent) {
            agent = new http.Agent({ keepAlive: true, keepAliveMsecs: 1000 });
            this.agents.set(url.protocol, agent);
        }
        const body = request.body === undefined ? undefined : Buffer.from(request.body, "utf8");
        const headers = { ...request.headers, ...(body && { "content-length": body.length }) };
        return await new Promise((resolve, reject) => {
            const timers = [];
            const settle = (error, exchange) => {
                for (const timer of timers)
                    clearTimeout(timer);
                if (exchange)
                    resolve(exchange);
                else
                    reject(error);
            };
            // A POST goes on a fresh connection: on a kept-alive one the server may have closed, the
            // write fails and the call would be "unknown whether it was sent" though nothing was.
            const connection = request.method === "POST" ? false : agent;
            const outgoing = http.request(url, { method: request.method, headers, agent: connection }, (message) => {
                read(message, request.maxBodyBytes).then((exchange) => settle(undefined, exchange), (error) => settle(error));
            });
            timers.push(setTimeout(() => outgoing.destroy(timedOut("the reply")), request.timeoutMs));
            outgoing.on("socket", (socket) => {
                if (!socket.connecting)
                    return;
                const connect = setTimeout(() => outgoing.destroy(timedOut("connecting")), this.connectTimeoutMs);
                timers.push(connect);
                socket.once("connect", () => clearTimeout(connect));
            });
            outgoing.on("error", (error) => settle(error));
            outgoing.end(body);
        });
    }
    /** Closes every kept-alive connection. */
    close() {
        for (const agent of this.agents.values())
            agent.destroy();
        this.agents.clear();
    }
}
async function read(message, cap) {
    const headers = {};
    for (const [name, values] of Object.entries(message.headersDistinct)) {
        if (values)
            headers[name] = values.length === 1 ? values[0] : values;
    }
    const body = await (0,_http_js__WEBPACK_IMPORTED_MODULE_0__/* .readCapped */ .EF)(message, cap, () => message.destroy());
    return { statusCode: message.statusCode ?? 0, headers, body };
}
function timedOut(during) {
    const error = new Error(`timed out waiting for ${during}`);
    error.name = "TimeoutError";
    return error;
}


/***/ }),

/***/ 6803:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EF: () => (/* binding */ readCapped),
/* harmony export */   a0: () => (/* binding */ networkErrorCode),
/* harmony export */   x: () => (/* binding */ networkFailureReason)
/* harmony export */ });
/**
 * What both HTTP clients here (the Graph API's and GitHub's) share: a reply read up to a cap, and
 * a failed connection in words.
 */
/**
 * The body's bytes, or undefined when it grows past `cap`: reading stops there and `stop` ends
 * the transfer, so an endless or enormous reply costs at most `cap` bytes of memory.
 */
async function readCapped(body, cap, stop) {
    const chunks = [];
    let size = 0;
    for await (const chunk of body) {
        size += chunk.length;
        if (size > cap) {
            await Promise.resolve(stop()).catch(() => { });
            return undefined;
        }
        chunks.push(chunk);
    }
    return Buffer.concat(chunks);
}
/** The system's error code, on the error (node:http) or on its cause (fetch, for GitHub). */
function networkErrorCode(error) {
    return error?.code ?? error?.cause?.code;
}
function networkFailureReason(code) {
    if (code === "ECONNREFUSED")
        return "connection refused";
    if (code === "ENOTFOUND" || code === "EAI_AGAIN")
        return "host not found";
    if (code === "ECONNRESET" || code === "UND_ERR_SOCKET")
        return "connection dropped";
    // Node's HTTP parser: what came back on the port is not an HTTP reply.
    if (code?.startsWith("HPE_"))
        return "the reply is not HTTP";
    return code ?? "network error";
}


/***/ }),

/***/ 2078:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  d$: () => (/* binding */ arrows),
  dD: () => (/* binding */ recipesFor)
});

// UNUSED EXPORTS: ICON, STATUS_WORD, needsAttention, passed, recipeAnchor, sentence

;// CONCATENATED MODULE: ./src/verify/recipes.ts
const RECIPES = {
    "system-user": {
        id: "system-user",
        title: "A token that renews itself: a 60-day system-user token, rotated",
        label: "system-user token",
        steps: [
            "Business Settings → Users → System users → Add: a name, role Admin (or Employee).",
            "Assign assets: the app (full control) and the WhatsApp account (full control).",
            "Generate new token: choose the app, the 60-day expiration (Meta's recommended, safer choice), tick `whatsapp_business_messaging` and `whatsapp_business_management`.",
            "Store it as the repository secret (for example `WHATSAPP_TOKEN`) and run the check again.",
            "Let the token watch renew it before it expires: `rotate: true` with `app-id`, `app-secret` and `rotate-github-token` (docs/rotation.md).",
        ],
    },
    "refresh-60-day": {
        id: "refresh-60-day",
        title: "Refresh a 60-day system-user token",
        label: "refresh a 60-day token",
        steps: [
            "Let wa-token-guard do it: `rotate: true` in the token watch, or `wa-token-guard rotate` on a laptop (docs/rotation.md): it refreshes, checks the new token and stores it.",
            "An expired token cannot be refreshed, only replaced: generate a new one before that.",
        ],
    },
    "assign-assets": {
        id: "assign-assets",
        title: "Give the system user the WhatsApp account",
        label: "assign the account",
        steps: [
            "Business Settings → Users → System users → (the user) → Assign assets.",
            "Choose the WhatsApp account (and the app), full control, then generate a new token.",
        ],
    },
};

;// CONCATENATED MODULE: ./src/report/verdict-parts.ts
/**
 * What every rendering of a verdict shares (log, job summary, annotations, issue body): the
 * order of the rows, the status words and icons, and the recipes to show once at the end.
 */


const ICON = {
    ok: "✅",
    warning: "⚠️",
    failed: "❌",
    unanswered: "❔",
    skipped: "⏭️",
};
const STATUS_WORD = {
    ok: "OK",
    warning: "Warning",
    failed: "Failed",
    unanswered: "Not checked: the Graph API could not be asked",
};
const ATTENTION_ORDER = (/* unused pure expression or super */ null && (["failed", "unanswered", "warning"]));
/** Failing, unanswered and warning checks, worst first; each gets its fix. */
function needsAttention(verdict) {
    return ATTENTION_ORDER.flatMap((status) => verdict.checks.filter((check) => check.status === status));
}
/** Passing and skipped checks: folded away in the reports. */
function passed(verdict) {
    return verdict.checks.filter((check) => check.status === "ok" || check.status === "skipped");
}
/** The recipes the rows that need attention link to, each once, in order of first mention. */
function recipesFor(checks) {
    const ids = [...new Set(checks.flatMap((check) => check.recipes ?? []))];
    return ids.map((id) => RECIPES[id]);
}
/** Where a recipe is in a report: `wtg-<id>`. */
const recipeAnchor = (recipe) => `wtg-${recipe.id}`;
/** One sentence for an annotation or a log line: what was seen, then what to do. */
function sentence(check) {
    const seen = startCase(check.value, "upper");
    if (!check.fix)
        return endSentence(seen);
    // "…is graph-api-url right?" is a sentence already: the fix follows as the next one.
    if (endSentence(seen) === seen)
        return `${seen} ${check.fix}`;
    return `${seen}: ${startCase(check.fix, "lower")}`;
}
/**
 * The first letter in the case a sentence needs, when the first word is an ordinary word: never
 * a name such as `v21.0`, `whatsapp_business_messaging`, `WhatsApp` or `API`, which keep theirs.
 */
function startCase(text, to) {
    const ordinary = to === "upper" ? /^[a-z][a-z]*(?![\w.])/ : /^[A-Z][a-z]*(?![\w.])/;
    if (!ordinary.test(text))
        return text;
    return (to === "upper" ? text.charAt(0).toUpperCase() : text.charAt(0).toLowerCase()) + text.slice(1);
}
/** Text that did not come from this file may carry ASCII arrows; reports use the real one. */
const arrows = (text) => text.replace(/\s*->\s*/g, " → ");


/***/ }),

/***/ 3788:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Fg: () => (/* binding */ ROTATE_OPTION_DEFAULTS),
  IR: () => (/* binding */ parseRotationPolicy)
});

// UNUSED EXPORTS: parseActionRotation

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/settings-checks.ts
var settings_checks = __webpack_require__(1758);
;// CONCATENATED MODULE: ./src/github/settings.ts
/** The expiry watch's own inputs, validated in one place like the token check's. */


/** The expiry watch's options and their defaults, as the action's inputs spell them. */
const ISSUE_OPTION_DEFAULTS = {
    "open-issue": "false",
    // In the action the default is the job's own token (`${{ github.token }}`, see action.yml).
    "github-token": undefined,
    "issue-label": "wa-token-guard",
    "issue-assignees": undefined,
    name: undefined,
};
/** undefined when open-issue is off. */
function parseIssueSettings(raw) {
    const problems = [];
    const open = (raw["open-issue"] ?? "").trim() || ISSUE_OPTION_DEFAULTS["open-issue"];
    const enabled = /^(true|yes|1)$/i.test(open);
    if (!enabled && !/^(false|no|0)$/i.test(open))
        problems.push(`open-issue must be true or false, not "${open}"`);
    const label = (raw["issue-label"] ?? "").trim() || ISSUE_OPTION_DEFAULTS["issue-label"];
    if (label.length > 50 || label.includes(","))
        problems.push(`issue-label must be one label of at most 50 characters, not "${label}"`);
    const assignees = (raw["issue-assignees"] ?? "")
        .split(/[\s,]+/)
        .filter(Boolean)
        .map((a) => a.replace(/^@/, ""));
    const badAssignee = assignees.find((a) => !/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/.test(a));
    if (badAssignee)
        problems.push(`issue-assignees: "${badAssignee}" is not a GitHub user name`);
    const name = (raw.name ?? "").trim() || undefined;
    if (name !== undefined && !/^[\w .:/-]{1,60}$/.test(name)) {
        problems.push(`name must be up to 60 letters, digits, spaces or . _ - : /, not "${name}"`);
    }
    if (!enabled) {
        if (problems.length > 0)
            throw new SettingsError(problems);
        return undefined;
    }
    const token = secretInput("github-token", raw["github-token"], problems, "open-issue needs github-token (its default is the workflow's own token, github.token)") ?? "";
    const apiUrl = settings_githubApiUrl(raw["api-url"], problems);
    if (problems.length > 0)
        throw new SettingsError(problems);
    return { token, apiUrl, label, assignees, ...(name && { name }) };
}
/** GITHUB_API_URL as the runner gives it (GitHub Enterprise has its own), checked like any URL tokens go to. */
function settings_githubApiUrl(raw, problems) {
    const apiUrl = (raw ?? "").trim().replace(/\/+$/, "") || "https://api.github.com";
    const problem = baseUrlProblem("GITHUB_API_URL", apiUrl);
    if (problem)
        problems.push(problem);
    return apiUrl;
}

;// CONCATENATED MODULE: ./src/rotate/settings.ts
/**
 * The rotation's options, parsed and validated in one place (like the token check's), with the
 * kernel's checks (settings-checks.ts): the policy both the action and `wa-token-guard rotate`
 * follow, and the action's destination (a GitHub secret). All problems are reported at once.
 */



/** The action's inputs for rotation, as action.yml spells them, with their defaults. */
const ROTATE_OPTION_DEFAULTS = {
    rotate: "false",
    "rotate-days": "14",
    "rotate-secret": undefined,
    "rotate-scope": "repo",
    "rotate-github-token": undefined,
    "revoke-old": "false",
    "system-user-id": undefined,
    "admin-token": undefined,
};
/** A 60-day token refreshed with 60 days left would be refreshed on every run. */
const DAY_LIMIT = { min: 1, max: 59, integer: true };
/** The policy part, shared by the action and the CLI; problems are appended. */
function parseRotationPolicy(raw, problems) {
    const value = (name) => raw[name]?.trim() || ROTATE_OPTION_DEFAULTS[name];
    const rotateDays = (0,settings_checks/* parseNumber */.$J)("rotate-days", value("rotate-days"), DAY_LIMIT, problems);
    const revokeOld = (0,settings_checks/* parseFlag */.og)("revoke-old", value("revoke-old"), problems);
    const systemUserId = value("system-user-id");
    const adminToken = (0,settings_checks/* secretInput */.jY)("admin-token", raw["admin-token"], problems);
    if (systemUserId !== undefined && !/^\d{5,20}$/.test(systemUserId)) {
        problems.push(`system-user-id must be the system user's numeric id, not "${systemUserId}"`);
    }
    if ((systemUserId === undefined) !== (adminToken === undefined)) {
        problems.push("system-user-id and admin-token go together: set both, or neither");
    }
    return {
        rotateDays,
        revokeOld,
        ...(systemUserId && adminToken && { generate: { systemUserId, adminToken } }),
    };
}
/**
 * The action's rotation settings; undefined when `rotate` is off. `repository` is
 * GITHUB_REPOSITORY (owner/repo), `apiUrl` GITHUB_API_URL; `hasApp` whether app-id and
 * app-secret are set (refresh and revoke need them).
 */
function parseActionRotation(raw, context) {
    const problems = [];
    const enabled = parseFlag("rotate", raw.rotate?.trim() || ROTATE_OPTION_DEFAULTS.rotate, problems);
    const policy = parseRotationPolicy(raw, problems);
    if (!enabled) {
        if (problems.length > 0)
            throw new SettingsError(problems);
        return undefined;
    }
    if (!context.hasApp) {
        problems.push("rotate needs app-id and app-secret: Meta refreshes and revokes tokens only for the app's owner");
    }
    const name = raw["rotate-secret"]?.trim() ?? "";
    if (name === "") {
        problems.push("rotate needs rotate-secret: the name of the secret that holds the token, like WHATSAPP_TOKEN");
    }
    else if (!/^[A-Za-z_][A-Za-z0-9_]{0,127}$/.test(name) || /^GITHUB_/i.test(name)) {
        problems.push(`rotate-secret must be a secret name (letters, digits, _; not starting with a digit or GITHUB_), not "${name}"`);
    }
    const githubToken = secretInput("rotate-github-token", raw["rotate-github-token"], problems, 'rotate needs rotate-github-token: the workflow\'s GITHUB_TOKEN cannot write secrets; pass a fine-grained token with "Secrets: Read and write" (see docs/rotation.md)') ?? "";
    const store = parseStore(raw["rotate-scope"]?.trim() || ROTATE_OPTION_DEFAULTS["rotate-scope"], context.repository, problems);
    const jobToken = secretInput("github-token", context.jobToken, problems, "rotate needs github-token (its default is the workflow's own token, github.token)") ?? "";
    const apiUrl = githubApiUrl(context.apiUrl, problems);
    if (problems.length > 0 || !store)
        throw new SettingsError(problems);
    return { policy, target: { store, name }, githubToken, apiUrl, jobToken };
}
function parseStore(scope, repository, problems) {
    const [owner, repo] = (repository ?? "").split("/");
    if (!owner || !repo) {
        problems.push("rotate works in a GitHub Actions run: GITHUB_REPOSITORY (owner/repo) is not set");
        return undefined;
    }
    if (scope === "repo")
        return { kind: "repo", owner, repo };
    if (scope === "org")
        return { kind: "org", org: owner };
    const environment = /^environment:(.+)$/.exec(scope)?.[1]?.trim();
    if (environment && environment.length <= 255 && !/[\u0000-\u001f]/.test(environment)) {
        return { kind: "environment", owner, repo, environment };
    }
    problems.push(`rotate-scope must be repo, org or environment:<name>, not "${scope}"`);
    return undefined;
}


/***/ }),

/***/ 6328:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KH: () => (/* binding */ iso),
/* harmony export */   f$: () => (/* binding */ timeLeft),
/* harmony export */   p0: () => (/* binding */ duration)
/* harmony export */ });
/** Durations as people say them: hours under a day, minutes under an hour, else whole days. */
const HOUR = 3600;
const DAY = 86_400;
function duration(seconds) {
    const s = Math.abs(seconds);
    if (s < HOUR)
        return plural(Math.max(1, Math.floor(s / 60)), "minute");
    if (s < DAY)
        return plural(Math.floor(s / HOUR), "hour");
    return plural(Math.floor(s / DAY), "day");
}
/** "20 hours left", "3 days left", "expired 2 days ago". */
function timeLeft(seconds) {
    return seconds > 0 ? `${duration(seconds)} left` : `expired ${duration(seconds)} ago`;
}
const plural = (n, unit) => `${n} ${unit}${n === 1 ? "" : "s"}`;
const iso = (seconds) => new Date(seconds * 1000).toISOString().replace(".000Z", "Z");


/***/ }),

/***/ 2490:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ MAX_REGAIN_MINUTES),
/* harmony export */   k: () => (/* binding */ readUsage)
/* harmony export */ });
/* harmony import */ var _graph_transport_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1901);
/* harmony import */ var _text_safety_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2243);
/**
 * Rate-limit headroom from the headers Meta puts on ordinary replies (shared/graph-api.md 3.1,
 * 12.4): no extra call. Values are JSON; anything malformed is ignored, never fatal.
 */


/** A day: a longer wait is reported as "a day or more", never as the number a reply made up. */
const MAX_REGAIN_MINUTES = 1440;
function readUsage(headers, into) {
    // A header sent twice (a proxy adding its own, a reply replayed) is read in every copy: the
    // highest usage counts, whichever copy holds it.
    const businessTexts = (0,_graph_transport_js__WEBPACK_IMPORTED_MODULE_0__/* .headerValues */ .U)(headers, "x-business-use-case-usage");
    const appTexts = (0,_graph_transport_js__WEBPACK_IMPORTED_MODULE_0__/* .headerValues */ .U)(headers, "x-app-usage");
    if (businessTexts.length === 0 && appTexts.length === 0)
        return into;
    const usage = into ?? { accounts: [] };
    for (const text of businessTexts)
        readBusinessUsage(text, usage);
    for (const text of appTexts) {
        const appPercent = highest(json(text), ["call_count", "total_time", "total_cputime"]);
        if (appPercent === undefined)
            unreadable(usage, "X-App-Usage");
        else
            usage.app = Math.max(usage.app ?? 0, appPercent);
    }
    return usage;
}
/** A header that was sent but cannot be read is said so, never taken for "no usage". */
function unreadable(usage, name) {
    if (!(usage.unreadable ?? []).includes(name))
        usage.unreadable = [...(usage.unreadable ?? []), name];
}
function readBusinessUsage(text, usage) {
    const business = json(text);
    let read = 0;
    let bad = 0;
    if (business && typeof business === "object" && !Array.isArray(business)) {
        for (const [id, entries] of Object.entries(business)) {
            // Keys are business object ids; anything else is not shown (it is reply text).
            if (!Array.isArray(entries) || !/^\d{1,30}$/.test(id)) {
                bad++;
                continue;
            }
            for (const entry of entries) {
                const percent = highest(entry, ["call_count", "total_time", "total_cputime"]);
                if (percent === undefined) {
                    bad++;
                    continue;
                }
                read++;
                const regain = number(entry.estimated_time_to_regain_access);
                const type = entry.type;
                const known = usage.accounts.find((account) => account.id === id);
                if (known && known.percent >= percent)
                    continue;
                const account = {
                    id,
                    percent,
                    ...(typeof type === "string" && { type: (0,_text_safety_js__WEBPACK_IMPORTED_MODULE_1__/* .shownText */ .f$)(type, 100) }),
                    ...(regain !== undefined && regain > 0 && { regainMinutes: Math.min(regain, MAX_REGAIN_MINUTES) }),
                };
                if (known)
                    usage.accounts.splice(usage.accounts.indexOf(known), 1, account);
                else
                    usage.accounts.push(account);
            }
        }
    }
    // `{}` says "nothing used yet"; anything else that yields no percentage is unreadable.
    const empty = business && typeof business === "object" && Object.keys(business).length === 0;
    if (bad > 0 || (read === 0 && !empty))
        unreadable(usage, "X-Business-Use-Case-Usage");
}
function json(text) {
    if (text === undefined)
        return undefined;
    try {
        return JSON.parse(text);
    }
    catch {
        return undefined;
    }
}
/**
 * A percentage or a number of minutes: a whole number Meta documents, also when sent as a digit
 * string (`"97"`). Negative, non-finite (`1e400`) or any other text is no number.
 */
function number(value) {
    if (typeof value === "string" && /^\d{1,6}(\.\d{1,6})?$/.test(value.trim()))
        return Number(value);
    return typeof value === "number" && Number.isFinite(value) && value >= 0 ? value : undefined;
}
/** The highest of the entry's percentages; undefined when any given one is unreadable, or none is. */
function highest(entry, keys) {
    if (!entry || typeof entry !== "object" || Array.isArray(entry))
        return undefined;
    const given = keys.filter((key) => entry[key] !== undefined);
    const values = given.map((key) => number(entry[key]));
    if (values.length === 0 || values.some((value) => value === undefined))
        return undefined;
    return Math.max(...values);
}


/***/ }),

/***/ 7075:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  _3: () => (/* binding */ evaluate),
  b5: () => (/* binding */ withAdvice),
  hV: () => (/* binding */ withCheck)
});

// EXTERNAL MODULE: ./src/detect/redact.ts
var redact = __webpack_require__(962);
;// CONCATENATED MODULE: ./src/verify/check.ts
/** `text` ended as a sentence: a full stop, unless it ends in one already (or in `?` or `!`). */
function endSentence(text) {
    return /[.?!…]$/.test(text) ? text : `${text}.`;
}

// EXTERNAL MODULE: ./src/verify/time-left.ts
var time_left = __webpack_require__(6328);
;// CONCATENATED MODULE: ./src/verify/checks/input.ts
const DAY = 86_400;

;// CONCATENATED MODULE: ./src/verify/checks/age.ts


/** max-age-days: a rotation reminder. */
function ageCheck({ settings, token, now }) {
    if (settings.maxAgeDays === undefined || !token.issued_at)
        return undefined;
    const exactDays = (now - token.issued_at) / DAY;
    const age = Math.floor(exactDays);
    if (age < 0) {
        // Issued in the future: Meta's clock or this runner's is wrong, and the age is unknown.
        return {
            id: "age",
            title: "Token age",
            status: "warning",
            value: `issued ${(0,time_left/* iso */.KH)(token.issued_at)}, after this runner's clock: age unknown`,
            fix: "Check the runner's clock; the token's age cannot be judged against max-age-days.",
        };
    }
    // Older than max-age-days by the clock, not by whole days: 30 hours is older than 1 day.
    const old = exactDays > settings.maxAgeDays;
    return {
        id: "age",
        title: "Token age",
        status: old ? "warning" : "ok",
        value: `${age} day${age === 1 ? "" : "s"} (issued ${(0,time_left/* iso */.KH)(token.issued_at)})`,
        ...(old && { fix: `Rotate it, since it is older than max-age-days (${settings.maxAgeDays}).` }),
    };
}

;// CONCATENATED MODULE: ./src/verify/checks/app.ts
/** With app-id, the token must belong to that app. */
function appCheck({ settings, token: data }) {
    if (!settings.app)
        return undefined;
    const same = data.app_id === settings.app.id;
    return same
        ? {
            id: "app",
            title: "Belongs to the app",
            status: "ok",
            value: `${data.application ?? "app"} (${data.app_id})`,
        }
        : {
            id: "app",
            title: "Belongs to the app",
            status: "failed",
            value: `no: it belongs to app ${data.app_id ?? "unknown"}`,
            fix: `Generate the token in the app ${settings.app.id}, or correct app-id.`,
        };
}

// EXTERNAL MODULE: ./src/verify/permissions.ts
var permissions = __webpack_require__(2209);
;// CONCATENATED MODULE: ./src/verify/checks/assets.ts

/**
 * Which WhatsApp accounts the token reaches, from granular_scopes: a grant without target_ids
 * covers every account (graph-api.md 1.3), one with an empty list covers none, and a WhatsApp
 * permission the token holds but no grant lists is unknown, never "every account".
 */
function assetsCheck({ settings, token: data }) {
    const wabaId = settings.wabaId;
    const title = wabaId ? `Reaches WhatsApp account ${wabaId}` : "WhatsApp accounts";
    // Permissions the token lacks are the permission check's to report.
    const held = permissions/* WHATSAPP_SCOPES */.J2.filter((scope) => (data.scopes ?? []).includes(scope));
    // In Meta's order (newest grants first), unlisted ones last.
    const position = (scope) => {
        const index = data.granular_scopes?.findIndex((grant) => grant.scope === scope) ?? -1;
        return index === -1 ? Number.MAX_SAFE_INTEGER : index;
    };
    held.sort((a, b) => position(a) - position(b));
    const grants = held.map((scope) => ({
        scope,
        ids: data.granular_scopes?.find((grant) => grant.scope === scope)?.target_ids,
        listed: data.granular_scopes?.some((grant) => grant.scope === scope) ?? false,
    }));
    const describe = () => grants.length === 0
        ? "the token holds no WhatsApp permission"
        : grants
            .map(({ scope, ids, listed }) => `${scope}: ${!listed ? "no grant listed" : ids === undefined ? "all accounts" : ids.length === 0 ? "no account" : ids.join(", ")}`)
            .join("; ");
    const assign = {
        fix: `Assign the WhatsApp account${wabaId ? ` ${wabaId}` : ""} to the system user, then generate a new token.`,
        recipes: ["assign-assets"],
    };
    const none = grants.filter(({ listed, ids }) => listed && ids?.length === 0);
    const lacking = wabaId ? grants.filter(({ ids }) => ids !== undefined && !ids.includes(wabaId)) : [];
    if (none.length > 0 || lacking.length > 0 || (wabaId && grants.length === 0)) {
        return { id: "assets", title, status: "failed", value: `no: ${describe()}`, ...assign };
    }
    const unlisted = grants.filter(({ listed }) => !listed).map(({ scope }) => scope);
    if (unlisted.length > 0) {
        return {
            id: "assets",
            title,
            // Asked to check an account, an unknown answer fails; otherwise it is worth a look.
            status: wabaId ? "failed" : "warning",
            value: `unknown: debug_token lists no grant of ${unlisted.join(" or ")}, so which accounts the token reaches cannot be told`,
            fix: "Generate a new token for the system user with the WhatsApp account assigned.",
            recipes: ["assign-assets"],
        };
    }
    return { id: "assets", title, status: "ok", value: describe() };
}

;// CONCATENATED MODULE: ./src/verify/checks/expiry.ts


/** The token's expiry and its data access expiry, judged against warn-days and fail-days. */
function expiryChecks({ settings, token, now }) {
    const checks = [judge("expiry", "Expires", token.expires_at)];
    if (token.data_access_expires_at)
        checks.push(judge("data-access", "Data access expires", token.data_access_expires_at));
    return checks;
    function judge(id, title, at) {
        // 0 is Meta's "never"; absent is not: a reply that leaves it out says nothing about expiry.
        if (at === undefined) {
            return {
                id,
                title,
                status: "failed",
                value: "unknown: the Graph API's reply did not say when the token expires (no expires_at)",
                fix: "Run the check again; if it persists, look the token up in Meta's Access Token Debugger.",
            };
        }
        if (at === 0)
            return { id, title, status: "ok", value: "never" };
        const left = at - now;
        const status = left <= 0 || left < settings.failDays * DAY
            ? "failed"
            : left < settings.warnDays * DAY
                ? "warning"
                : "ok";
        return {
            id,
            title,
            status,
            value: `${(0,time_left/* iso */.KH)(at)} (${(0,time_left/* timeLeft */.f$)(left)})`,
            ...(status !== "ok" && {
                fix: id === "expiry"
                    ? `Replace it before ${(0,time_left/* iso */.KH)(at)} with a token that does not expire, or refresh a 60-day one.`
                    : `Data calls fail after ${(0,time_left/* iso */.KH)(at)}: use a system-user token, whose data access does not expire.`,
                recipes: id === "expiry" ? ["system-user", "refresh-60-day"] : ["system-user"],
            }),
        };
    }
}

;// CONCATENATED MODULE: ./src/verify/checks/least-privilege.ts
/** Permissions named in the row and its annotation; the rest are counted ("and 895 more"). */
const SHOWN_SCOPES = 5;
/**
 * Permissions beyond what the bot needs widen what a leak can do (a messaging bot's token with
 * ads_management can spend money). Fine: the required scopes and allowed-scopes; off: `any`.
 */
function leastPrivilegeCheck({ settings, token }) {
    // Unknown scopes are the permission check's failure; "nothing extra" would be a guess.
    if (settings.allowedScopes === "any" || token.scopes === undefined)
        return undefined;
    const fine = new Set([...settings.requiredScopes, ...settings.allowedScopes]);
    // As Meta lists them, less blanks and repeats a reply may carry.
    const held = [
        ...new Set((token.scopes ?? []).map((scope) => scope.trim()).filter((scope) => scope !== "")),
    ];
    const extra = held.filter((scope) => !fine.has(scope));
    const named = extra.slice(0, SHOWN_SCOPES).join(", ");
    const more = extra.length > SHOWN_SCOPES ? ` and ${extra.length - SHOWN_SCOPES} more` : "";
    return extra.length === 0
        ? {
            id: "least-privilege",
            title: "Least privilege",
            status: "ok",
            value: "no permissions beyond what is needed",
        }
        : {
            id: "least-privilege",
            title: "Least privilege",
            status: "warning",
            value: `also holds ${named}${more}`,
            fix: "Generate a token with only the permissions the bot needs, or list these in allowed-scopes.",
            recipes: ["system-user"],
        };
}

// EXTERNAL MODULE: ./src/graph/errors.ts
var errors = __webpack_require__(869);
;// CONCATENATED MODULE: ./src/verify/facts.ts
/** What the Graph API said about the token, the phone number and the test message. */

/**
 * The question got no answer: the API was unreachable, timed out, answered something that is not
 * a Graph reply, or rate-limited or failed transiently for the whole time budget. That says
 * nothing about the token, so it is its own state, never "invalid".
 */
function isUnanswered(error) {
    return error instanceof errors/* GraphUnansweredError */.Z9;
}

;// CONCATENATED MODULE: ./src/verify/checks/message.ts


function messageCheck(settings, facts) {
    if (!settings.test)
        return undefined;
    const what = settings.test.text
        ? "text message"
        : `template ${settings.test.template} (${settings.test.language})`;
    const title = `Test message (${what})`;
    const error = facts.messageError;
    if (error) {
        const { meaning, fix } = error.explanation;
        if (!isUnanswered(error))
            return { id: "message", title, status: "failed", value: meaning, fix };
        // A rate-limit refusal or a connection never made: Meta did not take the message. Anything
        // else after the request went out (no answer, a dropped connection, a 5xx, a reply we cannot
        // read) may have been sent: say so, and that another run may send a second one.
        const notSent = (error instanceof errors/* GraphUnansweredError */.Z9 && error.rateLimited) || error.requestSent === false;
        return notSent
            ? { id: "message", title, status: "unanswered", value: `not sent: ${meaning}`, fix }
            : {
                id: "message",
                title,
                status: "unanswered",
                value: `unknown whether it was sent: ${meaning}`,
                fix: "Check the recipient's phone before running again, since another run may send a second message.",
            };
    }
    if (!facts.message)
        return { id: "message", title, status: "skipped", value: "not sent: the checks above did not pass" };
    const status = facts.message.status;
    if (status === undefined || status === "accepted")
        return { id: "message", title, status: "ok", value: `accepted: ${facts.message.id}` };
    // Template pacing: Meta holds a new template's first sends while it judges their quality
    // (`held_for_quality_assessment`), or another status it does not document here. Taken, not sent.
    return {
        id: "message",
        title,
        status: "warning",
        value: `taken but not sent yet (Meta: ${status}): ${facts.message.id}`,
        fix: "Meta is pacing this template; check the recipient's phone later, or test with a template already in use.",
    };
}

;// CONCATENATED MODULE: ./src/verify/checks/phone.ts

function phoneCheck(settings, facts) {
    if (!settings.phoneNumberId)
        return undefined;
    const title = `Phone number ${settings.phoneNumberId}`;
    if (facts.phoneError) {
        const { meaning, fix } = facts.phoneError.explanation;
        return isUnanswered(facts.phoneError)
            ? { id: "phone", title, status: "unanswered", value: `unknown: ${meaning}`, fix }
            : { id: "phone", title, status: "failed", value: meaning, fix };
    }
    const phone = facts.phone;
    if (!phone)
        return { id: "phone", title, status: "skipped", value: "not checked: the token check did not pass" };
    const parts = [
        phone.display_phone_number,
        phone.verified_name,
        phone.quality_rating && `quality ${phone.quality_rating}`,
    ]
        .filter(Boolean)
        .join(", ");
    const problems = [];
    if (phone.quality_rating === "RED")
        problems.push("quality rating is RED: messaging limits may drop");
    if (phone.status && phone.status !== "CONNECTED")
        problems.push(`status is ${phone.status}, not CONNECTED: it cannot send`);
    if (phone.code_verification_status && phone.code_verification_status !== "VERIFIED") {
        problems.push(`verification is ${phone.code_verification_status}`);
    }
    return problems.length === 0
        ? { id: "phone", title, status: "ok", value: parts }
        : {
            id: "phone",
            title,
            status: "warning",
            value: `${parts}; ${problems.join("; ")}`,
            fix: "See WhatsApp Manager → Phone numbers.",
        };
}

// EXTERNAL MODULE: ./src/verify/usage.ts
var verify_usage = __webpack_require__(2490);
;// CONCATENATED MODULE: ./src/verify/checks/rate-limit.ts

/** Accounts named in the row: the busiest ones; the rest are counted ("and 38 more"). */
const SHOWN_ACCOUNTS = 3;
/**
 * How much of Meta's rate limits the app has used, from the usage headers of the calls already
 * made: the highest use per WhatsApp account (X-Business-Use-Case-Usage) and the app's
 * (X-App-Usage). No headers, no row: Meta sends them only once usage is noticeable. A header
 * that was sent but could not be read is a skipped row that names it, never silence.
 */
function rateLimitCheck(usage, warnPercent) {
    if (!usage)
        return undefined;
    const title = "Rate-limit headroom";
    const unreadable = usage.unreadable ?? [];
    // Short: the row is a table cell (not the documented JSON of percentages, see usage.ts).
    const notRead = unreadable.length > 0 ? `${unreadable.join(", ")}: not readable` : "";
    if (usage.accounts.length === 0 && usage.app === undefined) {
        if (!notRead)
            return undefined;
        return { id: "rate-limit", title, status: "skipped", value: `${notRead}, headroom unknown` };
    }
    const accounts = [...usage.accounts].sort((a, b) => b.percent - a.percent);
    const parts = accounts.slice(0, SHOWN_ACCOUNTS).map((account) => `${account.percent}% for ${account.id}`);
    if (accounts.length > SHOWN_ACCOUNTS)
        parts.push(`${accounts.length - SHOWN_ACCOUNTS} more accounts below that`);
    if (usage.app !== undefined)
        parts.push(`${usage.app}% for the app`);
    const highest = Math.max(usage.app ?? 0, ...accounts.map((account) => account.percent));
    const regain = Math.max(0, ...accounts.map((account) => account.regainMinutes ?? 0));
    const returns = regain >= verify_usage/* MAX_REGAIN_MINUTES */.C ? "in a day or more" : `in about ${Math.ceil(regain)} minutes`;
    const value = `${parts.join(", ")} of the hourly limit${regain > 0 ? `; access returns ${returns}` : ""}${notRead ? `; ${notRead}` : ""}`;
    if (highest < warnPercent)
        return { id: "rate-limit", title, status: "ok", value };
    return {
        id: "rate-limit",
        title,
        status: "warning",
        value,
        fix: `Spread or cut calls before use reaches 100% (the threshold is ${warnPercent}%; calls made while limited extend the block).`,
    };
}

;// CONCATENATED MODULE: ./src/verify/checks/scopes.ts
function missingScopes(required, data) {
    const granted = new Set(data?.scopes ?? []);
    return required.filter((scope) => !granted.has(scope));
}
function scopesCheck({ settings, token }) {
    if (token.scopes === undefined) {
        return {
            id: "scopes",
            title: "Required permissions",
            status: "failed",
            value: "unknown: the Graph API's reply lists no scopes",
            fix: "Run the check again; if it persists, look the token up in Meta's Access Token Debugger.",
        };
    }
    const missing = missingScopes(settings.requiredScopes, token);
    return missing.length === 0
        ? {
            id: "scopes",
            title: "Required permissions",
            status: "ok",
            value: settings.requiredScopes.join(", ") || "none required",
        }
        : {
            id: "scopes",
            title: "Required permissions",
            status: "failed",
            value: `missing ${missing.join(", ")}`,
            fix: `Generate a new token with ${missing.join(" and ")} ticked.`,
            recipes: ["system-user"],
        };
}

;// CONCATENATED MODULE: ./src/verify/checks/token-input.ts
/** A token pasted with a line break or spaces around it: removed, but worth fixing at the source. */
function tokenInputCheck(settings) {
    if (!settings.tokenWasPadded)
        return undefined;
    return {
        id: "input",
        title: "Token input",
        status: "warning",
        value: "had spaces or a line break around it (removed)",
        fix: "Store the secret without surrounding whitespace, since some clients send it as it is and fail.",
    };
}

;// CONCATENATED MODULE: ./src/verify/checks/token-type.ts

const TITLE = "Token type";
const USE_SYSTEM_USER = "Use a system-user token with a 60-day expiry, renewed by `rotate: true`.";
/**
 * The 24-hour token from App Dashboard → WhatsApp → API Setup is a user token that lives a day;
 * a bot that ships with it stops the next day. Its expiry is a symptom: the cause is its kind.
 */
function isApiSetupToken(data, now) {
    if (data.type !== "USER" || !data.expires_at)
        return false;
    const lifetime = data.issued_at ? data.expires_at - data.issued_at : data.expires_at - now;
    return lifetime > 0 && lifetime <= 25 * 3600;
}
function tokenTypeCheck({ settings, token: data, now }) {
    const type = data.type ?? "unknown";
    const strict = settings.requireSystemUser ? "failed" : "warning";
    if (type === "SYSTEM_USER")
        return { id: "type", title: TITLE, status: "ok", value: "system user" };
    if (type === "USER" && isApiSetupToken(data, now)) {
        const left = data.expires_at - now;
        return {
            id: "type",
            title: TITLE,
            status: strict,
            value: `the temporary user token from API Setup (${left > 0 ? `expires in ${(0,time_left/* duration */.p0)(left)}` : "expired"})`,
            fix: USE_SYSTEM_USER,
            recipes: ["system-user"],
            cause: `This is the 24-hour user token from App Dashboard → WhatsApp → API Setup${left > 0 ? "" : ", and it has expired"}: replace it with a system-user token.`,
        };
    }
    if (type === "USER") {
        return {
            id: "type",
            title: TITLE,
            status: strict,
            value: "user token (it dies with its user's session)",
            fix: USE_SYSTEM_USER,
            recipes: ["system-user"],
        };
    }
    if (type === "APP") {
        return {
            id: "type",
            title: TITLE,
            status: "failed",
            value: "app token (it cannot send WhatsApp messages)",
            fix: USE_SYSTEM_USER,
            recipes: ["system-user"],
        };
    }
    return {
        id: "type",
        title: TITLE,
        status: strict,
        // As Meta sent it (capped at the client): a transformed value could carry a secret past the scrubber.
        value: `type ${type}, not a system-user token`,
        fix: USE_SYSTEM_USER,
        recipes: ["system-user"],
    };
}

;// CONCATENATED MODULE: ./src/verify/checks/validity.ts



const validity_TITLE = "Token is valid";
const NEW_TOKEN = "Create a new token (a 60-day system-user token, which wa-token-guard can rotate) and update the secret.";
/** Expired, revoked, logged out…: Meta's auth subcodes. Its own fix is the recipe at the end. */
function isDeadSession(error) {
    const subcode = error.error_subcode ?? error.subcode;
    return (error.code === 190 || error.code === 102 || error.code === 0) && subcode !== undefined;
}
/** Decides whether anything else can be judged: a valid token, an invalid one, or no answer. */
function validityCheck(facts) {
    const data = facts.token;
    const now = facts.now.getTime() / 1000;
    if (!data) {
        const error = facts.tokenError;
        if (!error)
            return { id: "valid", title: validity_TITLE, status: "unanswered", value: "not asked" };
        if (isUnanswered(error)) {
            return {
                id: "valid",
                title: validity_TITLE,
                status: "unanswered",
                value: `unknown: ${error.explanation.meaning}`,
                fix: error.explanation.fix,
            };
        }
        const { meaning, fix } = error.explanation;
        return {
            id: "valid",
            title: validity_TITLE,
            status: "failed",
            value: `no: ${meaning}`,
            fix,
            recipes: ["system-user"],
        };
    }
    if (!data.is_valid) {
        const { meaning, fix } = data.error
            ? (0,errors/* explain */.WE)(data.error)
            : { meaning: "the token is not valid", fix: NEW_TOKEN };
        const when = data.expires_at && data.expires_at < now
            ? ` (${(0,time_left/* iso */.KH)(data.expires_at)}, ${(0,time_left/* timeLeft */.f$)(data.expires_at - now)})`
            : "";
        return {
            id: "valid",
            title: validity_TITLE,
            status: "failed",
            value: `no, ${meaning}${when}`,
            fix: data.error && isDeadSession(data.error) ? NEW_TOKEN : fix,
            recipes: ["system-user"],
        };
    }
    // debug_token can call a token valid that data calls refuse (data access expired, revoked since):
    // the calls that matter are the judge.
    const refusal = deadOnDataCall(facts);
    if (refusal) {
        return {
            id: "valid",
            title: validity_TITLE,
            status: "failed",
            value: `no: debug_token calls it valid, but ${refusal.call} was refused: ${refusal.error.explanation.meaning}`,
            fix: NEW_TOKEN,
            recipes: ["system-user"],
        };
    }
    return { id: "valid", title: validity_TITLE, status: "ok", value: "yes" };
}
/** A data call refused because the token itself is dead (code 190, 102 or 0). */
function deadOnDataCall(facts) {
    const calls = [
        { call: "reading the phone number", error: facts.phoneError },
        { call: "sending the test message", error: facts.messageError },
    ];
    for (const { call, error } of calls) {
        if (error instanceof errors/* GraphRefusedError */.L5 && (0,errors/* isAuthError */.HY)(error.graph))
            return { call, error };
    }
    return undefined;
}

// EXTERNAL MODULE: ./src/verify/versions.ts
var versions = __webpack_require__(6800);
;// CONCATENATED MODULE: ./src/verify/checks/version.ts


const version_TITLE = "Graph API version";
const UPDATE = "Update wa-token-guard for a current version table, and check Meta's changelog.";
const date = (d) => d.toISOString().slice(0, 10);
/**
 * The pinned version: fails once it has ended (Meta then serves the next version, whose changes
 * the code was not written for), warns within 90 days of its end. When today is past the time a
 * newer release was due, the table itself may be stale, and the check says so instead of
 * claiming "no end of life".
 *
 * A version with no end date announced stops about two years after the next release. While that
 * cannot be near, a stale table is said in the row but is no warning: a warning on every run for
 * a year and more, with nothing at risk, teaches people to skip warnings. The warning starts 90
 * days before the soonest end the next release allows (it may have come three months after this
 * one), and the check fails once two years have passed since it was due.
 */
function versionCheck(settings, now) {
    const version = settings.graphApiVersion;
    const known = (0,versions/* versionStatus */.lK)(version);
    const dueBy = (0,versions/* nextReleaseExpectedBy */.wB)();
    const stale = now > dueBy;
    const staleNote = `this release's version table ends at ${versions/* LATEST_VERSION */.X1} and a newer version was due by ${date(dueBy)}`;
    const move = `Move graph-api-version to ${versions/* LATEST_VERSION */.X1} and check your code against Meta's changelog.`;
    if (!known.known) {
        if (!known.newer) {
            return { id: "version", title: version_TITLE, status: "failed", value: `${version} ended long ago`, fix: move };
        }
        // Only the version after the table's newest gets here (settings refuse others), once it may
        // have come out: newer than anything the table knows, so nothing known is ending.
        return {
            id: "version",
            title: version_TITLE,
            status: "ok",
            // Short enough for the summary's table cell, which shows passing rows (CELL_LIMIT).
            value: `${version} (newer than this release's table${stale ? ", which may be out of date" : ""})`,
            fix: UPDATE,
        };
    }
    if (known.until) {
        const daysLeft = Math.floor((known.until.getTime() - now.getTime()) / 1000 / DAY);
        if (daysLeft < 0) {
            return {
                id: "version",
                title: version_TITLE,
                status: "failed",
                value: `${version} ended ${date(known.until)}; Meta now serves a newer version in its place`,
                fix: move,
            };
        }
        if (daysLeft < 90) {
            return {
                id: "version",
                title: version_TITLE,
                status: "warning",
                value: `${version} ends ${date(known.until)} (${daysLeft} days left)`,
                fix: move,
            };
        }
        return { id: "version", title: version_TITLE, status: "ok", value: `${version} (until ${date(known.until)})` };
    }
    // No end date announced: a version stops about two years after the next one comes out, so
    // once two years have passed since the next one came (or was due), it has most likely ended.
    const successor = (0,versions/* nextReleaseOf */.oN)(version);
    const likelyEnd = twoYearsAfter(successor ?? dueBy);
    const soonestEnd = twoYearsAfter(successor ?? (0,versions/* nextReleasePossibleFrom */.CT)());
    if (now > likelyEnd) {
        return {
            id: "version",
            title: version_TITLE,
            status: "failed",
            value: `${version} has most likely ended (versions stop about two years after the next release; ${staleNote})`,
            fix: UPDATE,
        };
    }
    if (now.getTime() > soonestEnd.getTime() - 90 * DAY * 1000) {
        return {
            id: "version",
            title: version_TITLE,
            status: "warning",
            value: `${version} may end from ${date(soonestEnd)} (versions stop about two years after the next release${stale ? `; ${staleNote}` : ""})`,
            fix: stale ? UPDATE : move,
        };
    }
    if (stale) {
        return {
            id: "version",
            title: version_TITLE,
            status: "ok",
            value: `${version}: end date unknown, and the version table may be out of date`,
            fix: UPDATE,
        };
    }
    return { id: "version", title: version_TITLE, status: "ok", value: `${version} (no end date announced yet)` };
}
function twoYearsAfter(when) {
    const later = new Date(when);
    later.setUTCFullYear(later.getUTCFullYear() + 2);
    return later;
}

;// CONCATENATED MODULE: ./src/verify/verdict.ts
/**
 * The verdict: settings + facts -> checks -> one status. Pure, so every rule is unit-tested
 * without a network. One function per check (checks/*.ts); this file only orders them and
 * reduces them. The verdict carries flags and typed data, never display text to key on.
 */















/** The checks that judge a valid token, in report order. */
const TOKEN_CHECKS = [
    tokenTypeCheck,
    appCheck,
    scopesCheck,
    leastPrivilegeCheck,
    assetsCheck,
    expiryChecks,
    ageCheck,
];
function evaluate(settings, facts) {
    const checks = [];
    const add = (check) => {
        if (check)
            checks.push(...(Array.isArray(check) ? check : [check]));
    };
    add(tokenInputCheck(settings));
    const validity = validityCheck(facts);
    add(validity);
    if (facts.token) {
        const input = { settings, facts, token: facts.token, now: facts.now.getTime() / 1000 };
        if (validity.status === "ok")
            for (const check of TOKEN_CHECKS)
                add(check(input));
        // An expired API Setup token: its kind is the cause, its expiry only the symptom.
        else if (isApiSetupToken(facts.token, input.now))
            add(tokenTypeCheck(input));
    }
    add(versionCheck(settings, facts.now));
    add(rateLimitCheck(facts.usage, settings.usageWarnPercent));
    add(phoneCheck(settings, facts));
    add(messageCheck(settings, facts));
    const token = tokenReport(settings, facts);
    const secondsLeft = token.expiresAt ? token.expiresAt - facts.now.getTime() / 1000 : undefined;
    return reduce(checks, token, secondsLeft);
}
/** The verdict with one more check (one judged outside, like the expiry watch's shared token). */
function withCheck(verdict, check) {
    return reduce([...verdict.checks, check], verdict.token, verdict.secondsLeft);
}
/**
 * The verdict with each check's advice (its fix and cause, our own text) passed through `spell`,
 * and the headline made again from them: the CLI names options as flags (cli/flag-names.ts).
 */
function withAdvice(verdict, spell) {
    const checks = verdict.checks.map((check) => ({
        ...check,
        ...(check.fix !== undefined && { fix: spell(check.fix) }),
        ...(check.cause !== undefined && { cause: spell(check.cause) }),
    }));
    return reduce(checks, verdict.token, verdict.secondsLeft);
}
function reduce(checks, token, secondsLeft) {
    const first = (status) => checks.find((check) => check.status === status);
    const failed = first("failed");
    const unanswered = first("unanswered");
    const warning = first("warning");
    const status = failed ? "failed" : unanswered ? "unanswered" : warning ? "warning" : "ok";
    const cause = checks.find((check) => check.cause && check.status !== "ok");
    const lead = failed ?? unanswered ?? warning;
    const headline = cause?.cause
        ? cause.cause
        : lead
            ? `${lead.title}: ${endSentence(lead.value)}${lead.fix ? ` ${lead.fix}` : ""}`
            : "The token is valid, has the required permissions and does not expire soon.";
    return {
        status,
        unanswered: unanswered !== undefined,
        headline,
        checks,
        token,
        ...(secondsLeft !== undefined && { secondsLeft, daysLeft: Math.floor(secondsLeft / 86_400) }),
    };
}
function tokenReport(settings, facts) {
    const data = facts.token;
    const validity = validityCheck(facts).status;
    const answered = data !== undefined || (facts.tokenError !== undefined && validity === "failed");
    return {
        // Valid only when every call agreed: a data call refusing the token as dead makes it false.
        ...(answered && { valid: validity === "ok" }),
        ...(data?.type !== undefined && { type: data.type }),
        ...(data?.app_id !== undefined && { appId: data.app_id }),
        ...(data?.application !== undefined && { application: data.application }),
        scopes: data?.scopes ?? [],
        ...(data && { missingScopes: missingScopes(settings.requiredScopes, data) }),
        ...(data?.expires_at !== undefined && { expiresAt: data.expires_at }),
        ...(data?.data_access_expires_at !== undefined && { dataAccessExpiresAt: data.data_access_expires_at }),
        ...(data?.issued_at !== undefined && { issuedAt: data.issued_at }),
        ...(facts.phone?.display_phone_number !== undefined && { phoneNumber: facts.phone.display_phone_number }),
        ...(facts.phone?.quality_rating !== undefined && { qualityRating: facts.phone.quality_rating }),
        ...(facts.message && { messageId: facts.message.id }),
        fingerprint: (0,redact/* fingerprint */.R)(settings.token),
    };
}


/***/ }),

/***/ 2152:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ verifyToken),
/* harmony export */   p: () => (/* binding */ gatherFacts)
/* harmony export */ });
/* harmony import */ var _graph_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(869);
/* harmony import */ var _graph_replies_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9324);
/* harmony import */ var _usage_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2490);
/* harmony import */ var _verdict_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7075);




const PHONE_FIELDS = "display_phone_number,verified_name,quality_rating,code_verification_status,status,name_status,platform_type";
async function verifyToken(settings, now = new Date()) {
    return (0,_verdict_js__WEBPACK_IMPORTED_MODULE_2__/* .evaluate */ ._3)(settings, await gatherFacts(settings, now));
}
async function gatherFacts(settings, now) {
    // Loaded on first use: the HTTP client is most of the bundle, and a run that stops at its
    // inputs never needs it.
    const { GraphClient } = await __webpack_require__.e(/* import() */ 942).then(__webpack_require__.bind(__webpack_require__, 2561));
    const client = new GraphClient({
        baseUrl: settings.graphApiUrl,
        version: settings.graphApiVersion,
        timeoutMs: settings.timeoutSeconds * 1000,
        ...(settings.app && { appSecret: settings.app.secret }),
    });
    const facts = { now };
    // Every reply's usage headers feed the rate-limit check: no extra call.
    const note = (reply) => {
        const usage = (0,_usage_js__WEBPACK_IMPORTED_MODULE_3__/* .readUsage */ .k)(reply.headers, facts.usage);
        if (usage)
            facts.usage = usage;
        return reply.body;
    };
    try {
        // With the app's credentials, the token is inspected with the app token (always allowed);
        // without, with itself (allowed for system users and the app's own developers).
        const caller = settings.app ? `${settings.app.id}|${settings.app.secret}` : settings.token;
        await capture(facts, "tokenError", async () => {
            const body = note(await client.get("debug_token", caller, { input_token: settings.token }, _graph_replies_js__WEBPACK_IMPORTED_MODULE_1__/* .DEBUG_TOKEN */ .c2));
            facts.token = body.data;
        });
        if (!facts.token?.is_valid)
            return facts;
        if (settings.phoneNumberId) {
            await capture(facts, "phoneError", async () => {
                facts.phone = note(await client.get(settings.phoneNumberId, settings.token, { fields: PHONE_FIELDS }, _graph_replies_js__WEBPACK_IMPORTED_MODULE_1__/* .PHONE_NUMBER */ .NA));
            });
        }
        // The test message goes out only when nothing has failed so far: it would fail anyway, and
        // the failure above is the one to fix.
        const sofar = (0,_verdict_js__WEBPACK_IMPORTED_MODULE_2__/* .evaluate */ ._3)(settings, facts).status;
        if (settings.test && settings.phoneNumberId && (sofar === "ok" || sofar === "warning")) {
            const test = settings.test;
            await capture(facts, "messageError", async () => {
                const body = note(await client.post(`${settings.phoneNumberId}/messages`, settings.token, {
                    messaging_product: "whatsapp",
                    recipient_type: "individual",
                    // A business-scoped user id goes in `recipient`, a phone number in `to` (graph-api.md 12.3).
                    ...(test.recipientKind === "user-id" ? { recipient: test.recipient } : { to: test.recipient }),
                    ...(test.text
                        ? { type: "text", text: { preview_url: false, body: test.text } }
                        : { type: "template", template: { name: test.template, language: { code: test.language } } }),
                }, _graph_replies_js__WEBPACK_IMPORTED_MODULE_1__/* .SENT_MESSAGE */ .Nn));
                const sent = body.messages[0];
                facts.message = {
                    id: sent.id,
                    ...(sent.message_status && { status: sent.message_status }),
                };
            });
        }
        return facts;
    }
    finally {
        await client.close();
    }
}
/** Runs a call; a Graph failure becomes a fact, anything else is a bug and propagates. */
async function capture(facts, key, call) {
    try {
        await call();
    }
    catch (error) {
        if (!(error instanceof _graph_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .GraphCallError */ .f4))
            throw error;
        facts[key] = error;
    }
}


/***/ })

};
