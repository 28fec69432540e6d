export const id = 452;
export const ids = [452];
export const modules = {

/***/ 9452:
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

// EXTERNAL MODULE: ./src/verify/settings.ts
var verify_settings = __webpack_require__(4216);
// EXTERNAL MODULE: ./src/verify/verify.ts
var verify = __webpack_require__(2152);
// EXTERNAL MODULE: ./src/cli/args.ts
var cli_args = __webpack_require__(7593);
// EXTERNAL MODULE: ./src/cli/dotenv.ts
var dotenv = __webpack_require__(7178);
// EXTERNAL MODULE: ./src/cli/io.ts
var cli_io = __webpack_require__(1604);
;// CONCATENATED MODULE: ./src/cli/verify-command.ts
/**
 * `wa-token-guard verify`: the action's check on a laptop. Same options (as flags), same
 * settings parser, same checks. The token and the app secret are read from the environment or a
 * .env file, never from the command line, where shell history and `ps` would keep them.
 */







/** Options that are flags of the same name; the secrets and the one boolean are handled apart. */
const PASSED_AS_IS = Object.keys(verify_settings/* OPTION_DEFAULTS */.HS).filter((name) => name !== "token" && name !== "app-secret" && name !== "require-system-user");
const VERIFY_HELP = `Usage: wa-token-guard verify [options]

Checks a WhatsApp Cloud API access token against the Graph API: valid, type, permissions,
WhatsApp account, expiry; optionally reads the phone number and sends a test message.

Where the secrets come from (the environment first, then a .env file in this folder):
  --token-env <NAME>          variable holding the token (default: WHATSAPP_TOKEN, then WHATSAPP_ACCESS_TOKEN)
  --app-secret-env <NAME>     variable holding the app secret, used with --app-id (default: META_APP_SECRET)

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
  --graph-api-version <vNN.0>        [${verify_settings/* OPTION_DEFAULTS */.HS["graph-api-version"]}]
  --graph-api-url <url>              [${verify_settings/* OPTION_DEFAULTS */.HS["graph-api-url"]}]
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
    const { values } = (0,cli_args/* parseFlags */.b)(args, VERIFY_FLAGS);
    if (values.help) {
        io.stdout(VERIFY_HELP);
        return cli_io/* EXIT */.d.ok;
    }
    const format = values.format;
    if (format !== "text" && format !== "json")
        throw new errors/* UserError */.y(`--format must be text or json, not "${format}"`);
    const lookup = await (0,dotenv/* secretLookup */.ro)(io);
    const tokenNames = values["token-env"]
        ? [values["token-env"]]
        : ["WHATSAPP_TOKEN", "WHATSAPP_ACCESS_TOKEN"];
    const tokenName = tokenNames.find((name) => lookup(name) !== undefined);
    if (!tokenName) {
        throw new errors/* UserError */.y(`no token: set ${tokenNames.join(" or ")} in the environment or in .env (or name the variable with --token-env)`);
    }
    const settings = (0,verify_settings/* parseSettings */.P$)(verifyOptionsFrom(values, lookup, lookup(tokenName)));
    const verdict = await (0,verify/* verifyToken */.n)(settings);
    // io scrubs every secret read through secretLookup, whatever variable it came from.
    io.stdout(format === "json"
        ? `${JSON.stringify(verifyJson(verdict), null, 2)}\n`
        : formatVerifyText(verdict, io.color));
    return exitCode(verdict, settings.onUnanswered);
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

/***/ 869:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L5: () => (/* binding */ GraphRefusedError),
/* harmony export */   N$: () => (/* binding */ UNKNOWN_ERROR_ATTEMPTS),
/* harmony export */   SY: () => (/* binding */ UNKNOWN_ERROR_CODE),
/* harmony export */   WE: () => (/* binding */ explain),
/* harmony export */   Z9: () => (/* binding */ GraphUnansweredError),
/* harmony export */   a9: () => (/* binding */ describeGraphError),
/* harmony export */   dh: () => (/* binding */ isRateLimitCode),
/* harmony export */   f4: () => (/* binding */ GraphCallError),
/* harmony export */   gL: () => (/* binding */ isTransientCode),
/* harmony export */   nR: () => (/* binding */ GraphReplyError)
/* harmony export */ });
/* unused harmony export isAuthError */
/**
 * What the Graph API's errors mean, and what to do about them. Meta's HTTP statuses are not
 * reliable (code 190 comes as 400 or 401, rate limits as 400), so everything keys on
 * `error.code` and `error_subcode`, as Meta recommends.
 */
/** Each fix is one short sentence; the long steps are recipes (verify/recipes.ts), shown once. */
const NEW_TOKEN = "Create a new system-user token and update the secret.";
/** Codes worth retrying (with backoff, inside the time budget). Everything else fails fast. */
const TRANSIENT = new Set([
    2, 4, 17, 32, 341, 613, 80007, 80008, 130429, 131000, 131016, 131056, 131057, 133004,
]);
/**
 * Code 1, "API Unknown": temporary downtime, or a bad request (graph-api.md 2.3: "a few retries,
 * then permanent"). A wrong client_secret may come back as code 1, so it is never taken for an
 * outage: a GET is asked again a few times, then the answer is a refusal.
 */
const UNKNOWN_ERROR_CODE = 1;
const UNKNOWN_ERROR_ATTEMPTS = 3;
const RATE_LIMIT = new Set([4, 17, 32, 613, 80007, 80008, 130429, 131056]);
function isTransientCode(code) {
    return code !== undefined && (TRANSIENT.has(code) || (code >= 80000 && code < 80100));
}
function isRateLimitCode(code) {
    return code !== undefined && (RATE_LIMIT.has(code) || (code >= 80000 && code < 80100));
}
const AUTH_SUBCODES = {
    458: { meaning: "the app was removed or never authorized by the token's user", fix: NEW_TOKEN },
    459: { meaning: "the token's user is checkpointed and must log in to facebook.com", fix: NEW_TOKEN },
    460: { meaning: "the token was invalidated because its user changed their password", fix: NEW_TOKEN },
    463: { meaning: "the token has expired", fix: NEW_TOKEN },
    464: { meaning: "the token's user is not a confirmed user", fix: NEW_TOKEN },
    466: { meaning: "the token was revoked (invalidated through the API)", fix: NEW_TOKEN },
    467: { meaning: "the token is invalid: its user logged out or it was revoked", fix: NEW_TOKEN },
    492: { meaning: "the token's user lost their role on the Page", fix: NEW_TOKEN },
    493: { meaning: "the token's user has not used the app for more than 90 days", fix: NEW_TOKEN },
};
/**
 * What the error means and what to do, with Meta's own code, subcode, type and (capped) message
 * always shown after the meaning: a code this table does not know still tells the user what
 * Meta said.
 */
function explain(error) {
    const { meaning, fix } = explainCode(error);
    return { meaning: `${meaning} (Meta: ${describeGraphError(error)})`, fix };
}
function explainCode(error) {
    const code = error.code;
    const subcode = error.error_subcode ?? error.subcode;
    const message = error.message ?? "";
    if (isAuthError(error)) {
        if (subcode !== undefined && AUTH_SUBCODES[subcode])
            return AUTH_SUBCODES[subcode];
        if (/cannot parse|could not be decrypted|malformed/i.test(message)) {
            return {
                meaning: "this is not a valid access token (it cannot be parsed: truncated, or copied wrongly)",
                fix: "Copy the whole token again, without quotes or spaces.",
            };
        }
        if (/signature/i.test(message)) {
            return {
                meaning: "the token (or the app id | app secret pair) does not match: wrong app secret or a tampered token",
                fix: "Check app-id and app-secret, and that the token belongs to that app.",
            };
        }
        if (/expired/i.test(message))
            return AUTH_SUBCODES[463];
        return { meaning: "the token is invalid, expired or revoked", fix: NEW_TOKEN };
    }
    if (/client[ _]secret/i.test(message)) {
        return {
            meaning: "Meta refused the app secret (client_secret): it is wrong, or belongs to another app",
            fix: "Check app-id and app-secret against App Dashboard -> App settings -> Basic.",
        };
    }
    if (code === 100 && /appsecret_proof/i.test(message)) {
        return /require/i.test(message)
            ? {
                meaning: 'the app has "Require App Secret" on, so every call needs appsecret_proof',
                fix: "Set app-id and app-secret so that wa-token-guard signs its calls.",
            }
            : {
                meaning: "appsecret_proof does not match: the app secret is wrong, or the token belongs to another app",
                fix: "Check app-secret, and that the token belongs to that app.",
            };
    }
    if (code === 100 && subcode === 33) {
        return {
            meaning: "the object does not exist, or this token may not see it (wrong id, or the asset is not assigned)",
            fix: "Check the id, and that the WhatsApp account is assigned to the system user.",
        };
    }
    if (code === 100 && /must provide an app access token|owner or developer/i.test(message)) {
        return {
            meaning: "debug_token needs an app token, or a token of a user with a role on the app",
            fix: "Set app-id and app-secret so that the token is inspected with the app's own token.",
        };
    }
    if (code === 10 || (code !== undefined && code >= 200 && code <= 299) || code === 131005) {
        return {
            meaning: "permission denied: the token lacks a permission, or the system user was not given the WhatsApp account",
            fix: "Assign the app and the WhatsApp account to the system user, then generate a new token.",
        };
    }
    if (code === 104)
        return { meaning: "no access token was sent", fix: "Pass the token (the token input)." };
    if (code === 368 || code === 131031) {
        return {
            meaning: "the WhatsApp Business Account is restricted or locked for a policy violation",
            fix: "Have someone at the business check Account quality in WhatsApp Manager; a new token will not help.",
        };
    }
    if (code === 131030) {
        return {
            meaning: "the test recipient is not in the test number's allowed list",
            fix: "Add the recipient to the test number's allowed list in API Setup, or use a production number.",
        };
    }
    if (code === 131047) {
        return {
            meaning: "the 24-hour customer service window with this recipient is closed, so free text cannot be sent",
            fix: "Send a template instead: leave test-message empty.",
        };
    }
    if (code === 132001) {
        return {
            meaning: "the template does not exist in that language, or is not approved",
            fix: "Check test-template and test-template-language against WhatsApp Manager's message templates.",
        };
    }
    if (code === 133010) {
        return {
            meaning: "the phone number is not registered with the Cloud API",
            fix: "Register the number with the Cloud API first.",
        };
    }
    if (code === 131021) {
        return { meaning: "the test recipient is the sending number itself", fix: "Use another recipient." };
    }
    if (code === 131026) {
        return {
            meaning: "the message cannot be delivered to this recipient",
            fix: "Check that the recipient uses WhatsApp.",
        };
    }
    if (code === 2500) {
        return { meaning: "this call needs a user or system-user token, not an app token", fix: NEW_TOKEN };
    }
    if (isRateLimitCode(code)) {
        return {
            meaning: "Meta rate-limited the calls (the budget ran out while waiting)",
            fix: "Run the check less often, or raise timeout-seconds.",
        };
    }
    if (isTransientCode(code)) {
        return {
            meaning: "the Graph API had a temporary problem (it persisted for the whole time budget)",
            fix: "Run the check again later, or raise timeout-seconds.",
        };
    }
    return {
        meaning: "the Graph API refused the call",
        fix: "Look the code up in Meta's Graph API error reference.",
    };
}
/**
 * `code 190/463, OAuthException: Error validating …`: code, subcode, type and Meta's own words
 * (the client capped them and removed control characters; the output edge scrubs them).
 */
function describeGraphError(error) {
    const subcode = error.error_subcode ?? error.subcode;
    const code = error.code === undefined ? "?" : `${error.code}${subcode ? `/${subcode}` : ""}`;
    const type = error.type ? `, ${error.type}` : "";
    const details = error.error_data?.details ? ` (${error.error_data.details})` : "";
    return `code ${code}${type}: ${error.message ?? "no message"}${details}`;
}
/** An error that says the token itself is dead (expired, revoked, invalid), on any call. */
function isAuthError(error) {
    return error?.code === 190 || error?.code === 102 || error?.code === 0;
}
/**
 * A call to the Graph API that did not succeed, after any retries. Callers tell the kinds apart
 * by class, never by message text:
 * - GraphRefusedError: Meta answered, and the answer is no (a permanent Graph error: the token,
 *   a permission, an id). The question was answered.
 * - GraphUnansweredError: no answer to judge by: unreachable, timed out, a 5xx page, rate-limited
 *   or a transient Graph error that outlasted the time budget. `retryAt` says when to ask again,
 *   when Meta said so.
 * - GraphReplyError (a GraphUnansweredError): something answered, but not a Graph reply we can
 *   read: not JSON, too large, or JSON whose fields have the wrong types.
 */
class GraphCallError extends Error {
    graph;
    unreachable;
    retryable;
    constructor(message, 
    /** The Graph error, when Meta sent one. */
    graph, 
    /** Network error, timeout, or a reply that was not Graph JSON: the API could not be asked. */
    unreachable, 
    /** Whether asking again may help (a transient Graph code, a network error, a 5xx page). */
    retryable) {
        super(message);
        this.graph = graph;
        this.unreachable = unreachable;
        this.retryable = retryable;
    }
    get explanation() {
        if (this.graph)
            return explain(this.graph);
        return {
            meaning: this.message,
            fix: "Check graph-api-url and the network (a proxy or firewall), then run again.",
        };
    }
}
/** Meta answered with a permanent Graph error: the answer is "no", and asking again will not change it. */
class GraphRefusedError extends GraphCallError {
    name = "GraphRefusedError";
    constructor(message, graph) {
        super(message, graph, false, false);
    }
}
/** The question got no answer to judge the token by. Not a broken token: ask again later. */
class GraphUnansweredError extends GraphCallError {
    name = "GraphUnansweredError";
    constructor(message, options) {
        super(message, options.graph, options.unreachable, options.retryable);
        this.retryAt = options.retryAt;
    }
    retryAt;
    /** Meta rate-limited the calls (a rate-limit code): the budget, not the token, is the problem. */
    get rateLimited() {
        return isRateLimitCode(this.graph?.code);
    }
    get explanation() {
        const base = super.explanation;
        if (!this.retryAt)
            return base;
        const when = this.retryAt.toISOString().replace(/\.\d+Z$/, "Z");
        return {
            meaning: this.rateLimited
                ? "Meta rate-limited the calls, and asks to wait longer than the time budget"
                : "the Graph API asked to wait longer than the time budget",
            fix: `Try again after ${when}; calls made before then extend the block.`,
        };
    }
}
/**
 * Something answered, but not a Graph reply this client can use: HTML, garbage, larger than the
 * cap, or JSON of the wrong shape (the message names the field). Never retried: the same
 * question gets the same reply.
 */
class GraphReplyError extends GraphUnansweredError {
    name = "GraphReplyError";
    constructor(message, options = {}) {
        super(message, { unreachable: true, retryable: options.retryable ?? false });
    }
    get explanation() {
        return {
            meaning: this.message,
            fix: "Check that graph-api-url points at the Graph API (https://graph.facebook.com) and not at a proxy or web page; if it does, run again later.",
        };
    }
}


/***/ }),

/***/ 9324:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NA: () => (/* binding */ PHONE_NUMBER),
/* harmony export */   Nn: () => (/* binding */ SENT_MESSAGE),
/* harmony export */   Xh: () => (/* binding */ ACCESS_TOKEN),
/* harmony export */   c2: () => (/* binding */ DEBUG_TOKEN),
/* harmony export */   fU: () => (/* binding */ REVOKE),
/* harmony export */   gE: () => (/* binding */ GRAPH_ERROR)
/* harmony export */ });
/* harmony import */ var _shape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7465);
/**
 * The shape of every Graph API reply this project reads, one schema per endpoint, checked at the
 * client boundary (see shape.ts). Field types follow shared/graph-api.md: ids are text, times are
 * Unix seconds (`0` = never), `target_ids` is omitted when a grant covers every asset.
 */

/** Every reply value that can be shown is `shown()`: stripped of control characters and capped. */
const name = (0,_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .shown */ .SP)(200);
const code = (0,_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .integer */ .nd)(0, Number.MAX_SAFE_INTEGER, "a numeric code");
/** A Graph error: the top-level `error` of a failed call, or debug_token's `data.error`. */
const GRAPH_ERROR = (0,_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ik)({
    message: (0,_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .optional */ .lq)((0,_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .shown */ .SP)()),
    type: (0,_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .optional */ .lq)((0,_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .shown */ .SP)()),
    code: (0,_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .optional */ .lq)(code),
    error_subcode: (0,_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .optional */ .lq)(code),
    subcode: (0,_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .optional */ .lq)(code),
    error_user_msg: (0,_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .optional */ .lq)((0,_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .shown */ .SP)()),
    error_user_title: (0,_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .optional */ .lq)((0,_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .shown */ .SP)()),
    is_transient: (0,_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .optional */ .lq)(_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .flag */ .Jt),
    error_data: (0,_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .optional */ .lq)((0,_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ik)({ details: (0,_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .optional */ .lq)((0,_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .shown */ .SP)()) })),
    fbtrace_id: (0,_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .optional */ .lq)((0,_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .shown */ .SP)()),
});
/** `GET /debug_token`: `data` describes the inspected token. */
const DEBUG_TOKEN = (0,_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ik)({
    data: (0,_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ik)({
        app_id: (0,_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .optional */ .lq)(_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .graphId */ .sQ),
        type: (0,_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .optional */ .lq)((0,_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .shown */ .SP)()),
        application: (0,_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .optional */ .lq)((0,_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .shown */ .SP)()),
        data_access_expires_at: (0,_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .optional */ .lq)(_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .unixSeconds */ .Yb),
        expires_at: (0,_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .optional */ .lq)(_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .unixSeconds */ .Yb),
        is_valid: _shape_js__WEBPACK_IMPORTED_MODULE_0__/* .flag */ .Jt,
        issued_at: (0,_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .optional */ .lq)(_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .unixSeconds */ .Yb),
        scopes: (0,_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .optional */ .lq)((0,_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .list */ .p_)(name)),
        granular_scopes: (0,_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .optional */ .lq)((0,_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .list */ .p_)((0,_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ik)({ scope: name, target_ids: (0,_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .optional */ .lq)((0,_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .list */ .p_)(_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .graphId */ .sQ)) }))),
        user_id: (0,_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .optional */ .lq)(_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .graphId */ .sQ),
        profile_id: (0,_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .optional */ .lq)(_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .graphId */ .sQ),
        error: (0,_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .optional */ .lq)(GRAPH_ERROR),
    }),
});
/** `GET /{phone-number-id}` (the fields wa-token-guard asks for). */
const PHONE_NUMBER = (0,_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ik)({
    id: (0,_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .optional */ .lq)(_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .graphId */ .sQ),
    display_phone_number: (0,_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .optional */ .lq)((0,_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .shown */ .SP)()),
    verified_name: (0,_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .optional */ .lq)((0,_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .shown */ .SP)()),
    quality_rating: (0,_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .optional */ .lq)((0,_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .shown */ .SP)()),
    code_verification_status: (0,_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .optional */ .lq)((0,_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .shown */ .SP)()),
    status: (0,_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .optional */ .lq)((0,_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .shown */ .SP)()),
    name_status: (0,_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .optional */ .lq)((0,_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .shown */ .SP)()),
    platform_type: (0,_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .optional */ .lq)((0,_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .shown */ .SP)()),
    throughput: (0,_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .optional */ .lq)((0,_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ik)({ level: (0,_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .optional */ .lq)((0,_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .shown */ .SP)()) })),
});
/** `POST /{phone-number-id}/messages`: accepted, with the message id (`message_status` for templates). */
const SENT_MESSAGE = (0,_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ik)({
    messaging_product: (0,_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .optional */ .lq)((0,_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .shown */ .SP)()),
    contacts: (0,_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .optional */ .lq)((0,_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .list */ .p_)((0,_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ik)({ input: (0,_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .optional */ .lq)((0,_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .shown */ .SP)()), wa_id: (0,_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .optional */ .lq)((0,_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .shown */ .SP)()), user_id: (0,_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .optional */ .lq)((0,_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .shown */ .SP)()) }))),
    messages: (0,_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .list */ .p_)((0,_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ik)({ id: name, message_status: (0,_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .optional */ .lq)((0,_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .shown */ .SP)()) }), { min: 1 }),
});
/** `oauth/access_token` (refresh / exchange): a new token. `expires_in` may be missing. */
const ACCESS_TOKEN = (0,_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ik)({
    access_token: _shape_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq,
    token_type: (0,_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .optional */ .lq)((0,_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .shown */ .SP)()),
    expires_in: (0,_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .optional */ .lq)(_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .durationSeconds */ .o8),
});
/** `oauth/revoke`: `{"success": "true"}` in Meta's example (a string), or a boolean. */
const REVOKE = (0,_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ik)({
    success: (0,_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .either */ .gP)(_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .flag */ .Jt, (0,_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .shown */ .SP)()),
});


/***/ }),

/***/ 7465:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Aw: () => (/* binding */ ShapeMismatch),
/* harmony export */   Ik: () => (/* binding */ object),
/* harmony export */   Jt: () => (/* binding */ flag),
/* harmony export */   Qq: () => (/* binding */ text),
/* harmony export */   SP: () => (/* binding */ shown),
/* harmony export */   Yb: () => (/* binding */ unixSeconds),
/* harmony export */   gP: () => (/* binding */ either),
/* harmony export */   lq: () => (/* binding */ optional),
/* harmony export */   nd: () => (/* binding */ integer),
/* harmony export */   o8: () => (/* binding */ durationSeconds),
/* harmony export */   p_: () => (/* binding */ list),
/* harmony export */   sQ: () => (/* binding */ graphId)
/* harmony export */ });
/* unused harmony export describeJson */
/* harmony import */ var _text_safety_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2243);
/**
 * Tiny hand-written reply schemas: a Shape checks an unknown JSON value and returns it typed, or
 * throws a ShapeMismatch naming the field and what it should have been
 * (`data.expires_at is text, expected a number of seconds`). Only declared fields are kept, so
 * nothing unchecked reaches the code behind the client.
 */

class ShapeMismatch extends Error {
    name = "ShapeMismatch";
}
/** What a JSON value is, in words, for the mismatch message. Never the value itself: it may be a secret. */
function describeJson(value) {
    if (value === null)
        return "null";
    if (Array.isArray(value))
        return "a list";
    switch (typeof value) {
        case "string":
            return "text";
        case "number":
            return Number.isFinite(value) ? `the number ${value}` : "not a number";
        case "boolean":
            return `${value}`;
        case "object":
            return "an object";
        default:
            return typeof value;
    }
}
function mismatch(path, value, expected) {
    throw new ShapeMismatch(`${path} is ${describeJson(value)}, expected ${expected}`);
}
const text = (value, path) => typeof value === "string" ? value : mismatch(path, value, "text");
/**
 * Text that may be shown to the user (a name, a status, an error message): control characters
 * removed and at most `limit` characters (text-safety.ts), here at the boundary, so that no
 * report, output or summary can receive a line break, an ESC or megabytes from a reply. Never
 * for secrets (a new access token), which must stay exactly as sent.
 */
function shown(limit = _text_safety_js__WEBPACK_IMPORTED_MODULE_0__/* .SHOWN_TEXT_LIMIT */ .A1) {
    return (value, path) => (0,_text_safety_js__WEBPACK_IMPORTED_MODULE_0__/* .shownText */ .f$)(text(value, path), limit);
}
const flag = (value, path) => typeof value === "boolean" ? value : mismatch(path, value, "true or false");
/** A whole number within a range, e.g. error codes or a count. */
function integer(min, max, expected = "a whole number") {
    return (value, path) => {
        if (typeof value !== "number" || !Number.isInteger(value))
            return mismatch(path, value, expected);
        if (value < min || value > max)
            throw new ShapeMismatch(`${path} is ${value}, out of range for ${expected}`);
        return value;
    };
}
/** A Unix time in seconds (0 means "never" on debug_token), up to the year 9999. */
const unixSeconds = integer(0, 253_402_300_799, "a number of seconds (a Unix time)");
/** A duration in seconds, up to 100 years. */
const durationSeconds = integer(0, 3_155_760_000, "a number of seconds");
/** A Graph object id: digits, as text (Meta sends ids as strings). */
const graphId = (value, path) => typeof value === "string" && /^\d{1,30}$/.test(value)
    ? value
    : mismatch(path, value, "an id (digits, as text)");
function list(item, options = {}) {
    return (value, path) => {
        if (!Array.isArray(value))
            return mismatch(path, value, "a list");
        if (value.length < (options.min ?? 0)) {
            throw new ShapeMismatch(`${path} is an empty list, expected at least ${options.min} entry`);
        }
        return value.map((entry, index) => item(entry, `${path}[${index}]`));
    };
}
function optional(shape) {
    return { optional: shape };
}
function object(fields) {
    return (value, path) => {
        if (typeof value !== "object" || value === null || Array.isArray(value)) {
            return mismatch(path, value, "an object");
        }
        const input = value;
        const out = {};
        for (const [key, field] of Object.entries(fields)) {
            const inner = input[key];
            const where = path ? `${path}.${key}` : key;
            if (typeof field === "function") {
                if (inner === undefined)
                    throw new ShapeMismatch(`${where} is missing`);
                out[key] = field(inner, where);
            }
            else if (inner !== undefined && inner !== null) {
                out[key] = field.optional(inner, where);
            }
        }
        return out;
    };
}
/** The first shape that fits; the mismatch of the last one otherwise. */
function either(first, second) {
    return (value, path) => {
        try {
            return first(value, path);
        }
        catch (error) {
            if (!(error instanceof ShapeMismatch))
                throw error;
            return second(value, path);
        }
    };
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
    const seen = check.value.charAt(0).toUpperCase() + check.value.slice(1);
    if (!check.fix)
        return `${seen}.`;
    return `${seen}: ${check.fix.charAt(0).toLowerCase()}${check.fix.slice(1)}`;
}
/** Text that did not come from this file may carry ASCII arrows; reports use the real one. */
const arrows = (text) => text.replace(/\s*->\s*/g, " → ");


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
/* harmony import */ var _text_safety_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2243);
/**
 * Rate-limit headroom from the headers Meta puts on ordinary replies (shared/graph-api.md 3.1,
 * 12.4): no extra call. Values are JSON; anything malformed is ignored, never fatal.
 */

/** A day: a longer wait is reported as "a day or more", never as the number a reply made up. */
const MAX_REGAIN_MINUTES = 1440;
function readUsage(headers, into) {
    const business = json(header(headers, "x-business-use-case-usage"));
    const app = json(header(headers, "x-app-usage"));
    if (business === undefined && app === undefined)
        return into;
    const usage = into ?? { accounts: [] };
    if (business && typeof business === "object") {
        for (const [id, entries] of Object.entries(business)) {
            // Keys are business object ids; anything else is not shown (it is reply text).
            if (!Array.isArray(entries) || !/^\d{1,30}$/.test(id))
                continue;
            for (const entry of entries) {
                const percent = highest(entry, ["call_count", "total_time", "total_cputime"]);
                if (percent === undefined)
                    continue;
                const regain = number(entry.estimated_time_to_regain_access);
                const type = entry.type;
                const known = usage.accounts.find((account) => account.id === id);
                if (known && known.percent >= percent)
                    continue;
                const account = {
                    id,
                    percent,
                    ...(typeof type === "string" && { type: (0,_text_safety_js__WEBPACK_IMPORTED_MODULE_0__/* .shownText */ .f$)(type, 100) }),
                    ...(regain !== undefined && regain > 0 && { regainMinutes: Math.min(regain, MAX_REGAIN_MINUTES) }),
                };
                if (known)
                    usage.accounts.splice(usage.accounts.indexOf(known), 1, account);
                else
                    usage.accounts.push(account);
            }
        }
    }
    const appPercent = highest(app, ["call_count", "total_time", "total_cputime"]);
    if (appPercent !== undefined)
        usage.app = Math.max(usage.app ?? 0, appPercent);
    return usage;
}
function header(headers, name) {
    const value = headers[name];
    return Array.isArray(value) ? value.at(-1) : value;
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
function number(value) {
    return typeof value === "number" && Number.isFinite(value) && value >= 0 ? value : undefined;
}
function highest(entry, keys) {
    if (!entry || typeof entry !== "object")
        return undefined;
    const values = keys
        .map((key) => number(entry[key]))
        .filter((v) => v !== undefined);
    return values.length === 0 ? undefined : Math.max(...values);
}


/***/ }),

/***/ 3006:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  _: () => (/* binding */ evaluate)
});

// UNUSED EXPORTS: withCheck

// EXTERNAL MODULE: ./src/detect/redact.ts
var redact = __webpack_require__(962);
// EXTERNAL MODULE: ./src/verify/time-left.ts
var time_left = __webpack_require__(6328);
;// CONCATENATED MODULE: ./src/verify/checks/input.ts
const DAY = 86_400;

;// CONCATENATED MODULE: ./src/verify/checks/age.ts


/** max-age-days: a rotation reminder. */
function ageCheck({ settings, token, now }) {
    if (settings.maxAgeDays === undefined || !token.issued_at)
        return undefined;
    const age = Math.floor((now - token.issued_at) / DAY);
    const old = age > settings.maxAgeDays;
    return {
        id: "age",
        title: "Token age",
        status: old ? "warning" : "ok",
        value: `${age} days (issued ${(0,time_left/* iso */.KH)(token.issued_at)})`,
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

/** granular_scopes: no target_ids means every asset; otherwise the WhatsApp accounts listed. */
function assetsCheck({ settings, token: data }) {
    const grants = (data.granular_scopes ?? []).filter((grant) => permissions/* WHATSAPP_SCOPES */.J2.includes(grant.scope));
    const describe = () => grants.length === 0
        ? "no WhatsApp grants listed"
        : grants
            .map((grant) => `${grant.scope}: ${grant.target_ids ? grant.target_ids.join(", ") : "all accounts"}`)
            .join("; ");
    if (!settings.wabaId)
        return { id: "assets", title: "WhatsApp accounts", status: "ok", value: describe() };
    const wabaId = settings.wabaId;
    const title = `Reaches WhatsApp account ${wabaId}`;
    const lacking = permissions/* WHATSAPP_SCOPES */.J2.filter((scope) => {
        if (!(data.scopes ?? []).includes(scope))
            return false; // reported by the permission check
        const ids = grants.find((grant) => grant.scope === scope)?.target_ids;
        return ids !== undefined && !ids.includes(wabaId);
    });
    return lacking.length === 0
        ? { id: "assets", title, status: "ok", value: describe() }
        : {
            id: "assets",
            title,
            status: "failed",
            value: `no: ${describe()}`,
            fix: `Assign the WhatsApp account ${wabaId} to the system user, then generate a new token.`,
            recipes: ["assign-assets"],
        };
}

;// CONCATENATED MODULE: ./src/verify/checks/expiry.ts


/** The token's expiry and its data access expiry, judged against warn-days and fail-days. */
function expiryChecks({ settings, token, now }) {
    const checks = [judge("expiry", "Expires", token.expires_at)];
    if (token.data_access_expires_at)
        checks.push(judge("data-access", "Data access expires", token.data_access_expires_at));
    return checks;
    function judge(id, title, at) {
        if (!at)
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
/**
 * Permissions beyond what the bot needs widen what a leak can do (a messaging bot's token with
 * ads_management can spend money). Fine: the required scopes and allowed-scopes; off: `any`.
 */
function leastPrivilegeCheck({ settings, token }) {
    if (settings.allowedScopes === "any")
        return undefined;
    const fine = new Set([...settings.requiredScopes, ...settings.allowedScopes]);
    const extra = (token.scopes ?? []).filter((scope) => !fine.has(scope));
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
            value: `also holds ${extra.join(", ")}`,
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
    if (facts.messageError) {
        const { meaning, fix } = facts.messageError.explanation;
        return isUnanswered(facts.messageError)
            ? { id: "message", title, status: "unanswered", value: `unknown: ${meaning}`, fix }
            : { id: "message", title, status: "failed", value: meaning, fix };
    }
    if (!facts.message)
        return { id: "message", title, status: "skipped", value: "not sent: the checks above did not pass" };
    const status = facts.message.status ? ` (${facts.message.status})` : "";
    return { id: "message", title, status: "ok", value: `accepted: ${facts.message.id}${status}` };
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

/**
 * How much of Meta's rate limits the app has used, from the usage headers of the calls already
 * made: the highest use per WhatsApp account (X-Business-Use-Case-Usage) and the app's
 * (X-App-Usage). No headers, no row: Meta sends them only once usage is noticeable.
 */
function rateLimitCheck(usage, warnPercent) {
    if (!usage || (usage.accounts.length === 0 && usage.app === undefined))
        return undefined;
    const parts = [...usage.accounts]
        .sort((a, b) => b.percent - a.percent)
        .map((account) => `${account.percent}% for ${account.id}`);
    if (usage.app !== undefined)
        parts.push(`${usage.app}% for the app`);
    const highest = Math.max(usage.app ?? 0, ...usage.accounts.map((account) => account.percent));
    const regain = Math.max(0, ...usage.accounts.map((account) => account.regainMinutes ?? 0));
    const returns = regain >= verify_usage/* MAX_REGAIN_MINUTES */.C ? "in a day or more" : `in about ${Math.ceil(regain)} minutes`;
    const value = `${parts.join(", ")} of the hourly limit${regain > 0 ? `; access returns ${returns}` : ""}`;
    if (highest < warnPercent)
        return { id: "rate-limit", title: "Rate-limit headroom", status: "ok", value };
    return {
        id: "rate-limit",
        title: "Rate-limit headroom",
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
            cause: "This is the 24-hour user token from App Dashboard → WhatsApp → API Setup: replace it with a system-user token.",
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
    return { id: "valid", title: validity_TITLE, status: "ok", value: "yes" };
}

// EXTERNAL MODULE: ./src/verify/versions.ts
var versions = __webpack_require__(6800);
;// CONCATENATED MODULE: ./src/verify/checks/version.ts


const version_TITLE = "Graph API version";
const date = (d) => d.toISOString().slice(0, 10);
/**
 * The pinned version: fails once it has ended (Meta then serves the next version, whose changes
 * the code was not written for), warns within 90 days of its end. When today is past the time a
 * newer release was due, the table itself may be stale, and the check says so instead of
 * claiming "no end of life".
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
        return {
            id: "version",
            title: version_TITLE,
            status: "ok",
            value: `${version} (newer than this release's table)`,
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
    if (stale) {
        return {
            id: "version",
            title: version_TITLE,
            status: "warning",
            value: `${version}: end date unknown; ${staleNote}, so the table may be out of date`,
            fix: "Update wa-token-guard for a current version table, and check Meta's changelog.",
        };
    }
    return { id: "version", title: version_TITLE, status: "ok", value: `${version} (no end date announced yet)` };
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
    if (validity.status === "ok" && facts.token) {
        const input = { settings, facts, token: facts.token, now: facts.now.getTime() / 1000 };
        for (const check of TOKEN_CHECKS)
            add(check(input));
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
            ? `${lead.title}: ${lead.value}.${lead.fix ? ` ${lead.fix}` : ""}`
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
    const answered = data !== undefined || (facts.tokenError !== undefined && validityCheck(facts).status === "failed");
    return {
        ...(answered && { valid: data?.is_valid === true }),
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
/* harmony import */ var _verdict_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3006);




const PHONE_FIELDS = "display_phone_number,verified_name,quality_rating,code_verification_status,status,name_status,platform_type";
async function verifyToken(settings, now = new Date()) {
    return (0,_verdict_js__WEBPACK_IMPORTED_MODULE_2__/* .evaluate */ ._)(settings, await gatherFacts(settings, now));
}
async function gatherFacts(settings, now) {
    // Loaded on first use: the HTTP client is most of the bundle, and a run that stops at its
    // inputs never needs it.
    const { GraphClient } = await Promise.all(/* import() */[__webpack_require__.e(752), __webpack_require__.e(561)]).then(__webpack_require__.bind(__webpack_require__, 2561));
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
        const sofar = (0,_verdict_js__WEBPACK_IMPORTED_MODULE_2__/* .evaluate */ ._)(settings, facts).status;
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
