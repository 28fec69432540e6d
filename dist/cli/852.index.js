export const id = 852;
export const ids = [852];
export const modules = {

/***/ 7852:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  VERIFY_HELP: () => (/* binding */ VERIFY_HELP),
  verifyCommand: () => (/* binding */ verifyCommand)
});

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./src/detect/scrub.ts
var scrub = __webpack_require__(7732);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
;// CONCATENATED MODULE: ./src/report/verify-text.ts
const MARK = {
    ok: "ok  ",
    warning: "warn",
    failed: "FAIL",
    skipped: "skip",
};
const COLOUR = { ok: 32, warning: 33, failed: 31, skipped: 90 };
function formatVerifyText(verdict, color) {
    const paint = (code, text) => (color ? `\u001b[${code}m${text}\u001b[0m` : text);
    const width = Math.max(...verdict.checks.map((check) => check.title.length));
    const lines = [`wa-token-guard verify: ${paint(COLOUR[verdict.status], verdict.status.toUpperCase())}`, ""];
    for (const check of verdict.checks) {
        lines.push(`  ${paint(COLOUR[check.status], MARK[check.status])}  ${check.title.padEnd(width)}  ${check.value}`);
        if (check.advice && check.status !== "ok")
            lines.push(`        ${" ".repeat(width)}  -> ${check.advice}`);
    }
    lines.push("", verdict.reason, "");
    return lines.join("\n");
}

// EXTERNAL MODULE: ./src/verify/settings.ts
var verify_settings = __webpack_require__(4216);
// EXTERNAL MODULE: ./src/graph/client.ts
var graph_client = __webpack_require__(2561);
// EXTERNAL MODULE: ./src/graph/errors.ts
var graph_errors = __webpack_require__(869);
// EXTERNAL MODULE: ./src/verify/permissions.ts
var permissions = __webpack_require__(2209);
// EXTERNAL MODULE: ./src/verify/versions.ts
var versions = __webpack_require__(6800);
;// CONCATENATED MODULE: ./src/verify/checks.ts
/**
 * The verdict: facts + settings + now -> checks. Pure, so every rule below is unit-tested
 * without a network. Each check says what was seen and, when it is not ok, what to do.
 */



const OUTPUT_NAMES = (/* unused pure expression or super */ null && ([
    "status",
    "valid",
    "token-type",
    "app-id",
    "application",
    "scopes",
    "missing-scopes",
    "expires-at",
    "days-left",
    "data-access-expires-at",
    "issued-at",
    "phone-number",
    "quality-rating",
    "message-id",
]));
const DAY = 86_400;
const SYSTEM_USER_STEPS = "Business Settings -> Users -> System users -> Add (admin) -> Assign assets: the app and the WhatsApp account -> Generate new token with whatsapp_business_messaging and whatsapp_business_management, expiration Never";
function evaluate(settings, facts) {
    const checks = [];
    const add = (check) => checks.push(check);
    const now = facts.now.getTime() / 1000;
    const data = facts.token;
    if (settings.tokenWasPadded) {
        add({
            id: "input",
            title: "Token input",
            status: "warning",
            value: "had spaces or a line break around it (removed)",
            advice: "Store the secret without surrounding whitespace: some clients send it as it is and fail.",
        });
    }
    // Validity decides whether anything else can be judged.
    if (!data) {
        const error = facts.tokenError;
        const explanation = error?.explanation;
        add({
            id: "valid",
            title: "Token is valid",
            status: "failed",
            value: error?.unreachable ? "could not ask the Graph API" : (explanation?.meaning ?? "unknown"),
            advice: explanation ? `${error?.unreachable ? `${error.message}. ` : ""}${explanation.fix}` : undefined,
        });
        return finish(settings, checks, facts);
    }
    if (!data.is_valid) {
        const explanation = data.error
            ? (0,graph_errors/* explain */.WE)(data.error)
            : { meaning: "the token is not valid", fix: SYSTEM_USER_STEPS };
        add({
            id: "valid",
            title: "Token is valid",
            status: "failed",
            value: `no: ${explanation.meaning}`,
            advice: explanation.fix,
        });
        return finish(settings, checks, facts);
    }
    add({ id: "valid", title: "Token is valid", status: "ok", value: "yes" });
    add(typeCheck(settings, data));
    if (settings.app) {
        const same = data.app_id === settings.app.id;
        add({
            id: "app",
            title: "Belongs to the app",
            status: same ? "ok" : "failed",
            value: same
                ? `${data.application ?? "app"} (${data.app_id})`
                : `no: it belongs to app ${data.app_id ?? "unknown"}`,
            ...(!same && { advice: `Generate the token in the app ${settings.app.id}, or correct app-id.` }),
        });
    }
    const granted = new Set(data.scopes ?? []);
    const missing = settings.requiredScopes.filter((scope) => !granted.has(scope));
    add({
        id: "scopes",
        title: "Required permissions",
        status: missing.length === 0 ? "ok" : "failed",
        value: missing.length === 0
            ? settings.requiredScopes.join(", ") || "none required"
            : `missing: ${missing.join(", ")}`,
        ...(missing.length > 0 && {
            advice: `Generate a new token with ${missing.join(" and ")} ticked (${SYSTEM_USER_STEPS}).`,
        }),
    });
    add(assetCheck(settings, data));
    for (const check of expiryChecks(settings, data, now))
        add(check);
    if (settings.maxAgeDays !== undefined && data.issued_at) {
        const age = Math.floor((now - data.issued_at) / DAY);
        const old = age > settings.maxAgeDays;
        add({
            id: "age",
            title: "Token age",
            status: old ? "warning" : "ok",
            value: `${age} days (issued ${iso(data.issued_at)})`,
            ...(old && {
                advice: `Rotate it: older than max-age-days (${settings.maxAgeDays}). Generate a new token and update the secret.`,
            }),
        });
    }
    return finish(settings, checks, facts);
}
function typeCheck(settings, data) {
    const type = data.type ?? "unknown";
    if (type === "SYSTEM_USER")
        return { id: "type", title: "Token type", status: "ok", value: "system user" };
    if (type === "USER") {
        return {
            id: "type",
            title: "Token type",
            status: settings.requireSystemUser ? "failed" : "warning",
            value: "user token",
            advice: `A user token is usually the temporary one from App Dashboard -> WhatsApp -> API Setup, which expires within 24 hours, or dies with its user's session. Use a system-user token: ${SYSTEM_USER_STEPS}.`,
        };
    }
    if (type === "APP") {
        return {
            id: "type",
            title: "Token type",
            status: "failed",
            value: "app token",
            advice: `An app token cannot send WhatsApp messages. Use a system-user token: ${SYSTEM_USER_STEPS}.`,
        };
    }
    return {
        id: "type",
        title: "Token type",
        status: settings.requireSystemUser ? "failed" : "warning",
        value: type.toLowerCase(),
        advice: `WhatsApp bots should use a system-user token: ${SYSTEM_USER_STEPS}.`,
    };
}
/** granular_scopes: no target_ids means every asset; otherwise the WhatsApp accounts listed. */
function assetCheck(settings, data) {
    const grants = (data.granular_scopes ?? []).filter((grant) => permissions/* WHATSAPP_SCOPES */.J2.includes(grant.scope));
    const targets = (scope) => grants.find((grant) => grant.scope === scope)?.target_ids;
    const describe = () => grants.length === 0
        ? "no WhatsApp grants listed"
        : grants
            .map((grant) => `${grant.scope}: ${grant.target_ids ? grant.target_ids.join(", ") : "all accounts"}`)
            .join("; ");
    if (!settings.wabaId)
        return { id: "assets", title: "WhatsApp accounts", status: "ok", value: describe() };
    const wabaId = settings.wabaId;
    const lacking = permissions/* WHATSAPP_SCOPES */.J2.filter((scope) => {
        if (!(data.scopes ?? []).includes(scope))
            return false; // reported by the permission check
        const ids = targets(scope);
        return ids !== undefined && !ids.includes(wabaId);
    });
    return lacking.length === 0
        ? { id: "assets", title: `Reaches WhatsApp account ${wabaId}`, status: "ok", value: describe() }
        : {
            id: "assets",
            title: `Reaches WhatsApp account ${wabaId}`,
            status: "failed",
            value: `no: ${describe()}`,
            advice: `Assign the WhatsApp account ${wabaId} to the system user (Business Settings -> Users -> System users -> Assign assets), then generate a new token.`,
        };
}
function expiryChecks(settings, data, now) {
    const checks = [];
    const judge = (id, title, at, what) => {
        if (!at) {
            checks.push({ id, title, status: "ok", value: "never" });
            return;
        }
        const left = at - now;
        const days = Math.floor(left / DAY);
        const value = left <= 0 ? `expired ${iso(at)}` : `${iso(at)} (${days} day${days === 1 ? "" : "s"} left)`;
        const status = left <= 0 || left < settings.failDays * DAY
            ? "failed"
            : left < settings.warnDays * DAY
                ? "warning"
                : "ok";
        checks.push({
            id,
            title,
            status,
            value,
            ...(status !== "ok" && {
                advice: `${what} Replace it before ${iso(at)} with a token that does not expire (${SYSTEM_USER_STEPS}), or refresh a 60-day system-user token (GET /oauth/access_token?grant_type=fb_exchange_token&set_token_expires_in_60_days=true).`,
            }),
        });
    };
    judge("expiry", "Expires", data.expires_at, "The bot stops sending when the token expires.");
    if (data.data_access_expires_at) {
        judge("data-access", "Data access expires", data.data_access_expires_at, "Data calls fail when data access expires.");
    }
    return checks;
}
function versionCheck(settings, now) {
    const version = settings.graphApiVersion;
    const end = (0,versions/* endOfLife */.PB)(version);
    const title = "Graph API version";
    if (end === null) {
        return (0,versions/* isAncient */.lZ)(version)
            ? {
                id: "version",
                title,
                status: "warning",
                value: `${version}: no longer available`,
                advice: `Use ${versions/* LATEST_VERSION */.X1}.`,
            }
            : {
                id: "version",
                title,
                status: "ok",
                value: `${version} (newer than the versions this release knows)`,
            };
    }
    if (end === undefined)
        return { id: "version", title, status: "ok", value: `${version} (no end of life announced)` };
    const daysLeft = Math.floor((end.getTime() - now.getTime()) / 1000 / DAY);
    if (daysLeft < 0) {
        return {
            id: "version",
            title,
            status: "warning",
            value: `${version}: ended ${end.toISOString().slice(0, 10)}; Meta serves the next version instead`,
            advice: `Move to ${versions/* LATEST_VERSION */.X1} (graph-api-version) and check your code against the changelog.`,
        };
    }
    if (daysLeft < 90) {
        return {
            id: "version",
            title,
            status: "warning",
            value: `${version}: ends ${end.toISOString().slice(0, 10)} (${daysLeft} days)`,
            advice: `Move to ${versions/* LATEST_VERSION */.X1} before then.`,
        };
    }
    return {
        id: "version",
        title,
        status: "ok",
        value: `${version} (until ${end.toISOString().slice(0, 10)})`,
    };
}
function phoneCheck(settings, facts) {
    if (!settings.phoneNumberId)
        return undefined;
    const title = `Phone number ${settings.phoneNumberId}`;
    if (facts.phoneError) {
        const { meaning, fix } = facts.phoneError.explanation;
        return { id: "phone", title, status: "failed", value: meaning, advice: fix };
    }
    const phone = facts.phone;
    if (!phone)
        return { id: "phone", title, status: "skipped", value: "not checked: the token failed" };
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
            advice: "See WhatsApp Manager -> Phone numbers.",
        };
}
function messageCheck(settings, facts) {
    if (!settings.test)
        return undefined;
    const what = settings.test.text
        ? "text message"
        : `template ${settings.test.template} (${settings.test.language})`;
    const title = `Test message (${what})`;
    if (facts.messageError) {
        const { meaning, fix } = facts.messageError.explanation;
        return { id: "message", title, status: "failed", value: meaning, advice: fix };
    }
    if (!facts.message)
        return { id: "message", title, status: "skipped", value: "not sent: the checks above failed" };
    const status = facts.message.status ? ` (${facts.message.status})` : "";
    return { id: "message", title, status: "ok", value: `accepted: ${facts.message.id}${status}` };
}
function finish(settings, checks, facts) {
    checks.push(versionCheck(settings, facts.now));
    const phone = phoneCheck(settings, facts);
    if (phone)
        checks.push(phone);
    const message = messageCheck(settings, facts);
    if (message)
        checks.push(message);
    const failed = checks.find((check) => check.status === "failed");
    const warning = checks.find((check) => check.status === "warning");
    const status = failed ? "failed" : warning ? "warning" : "ok";
    const first = failed ?? warning;
    const reason = first
        ? `${first.title}: ${first.value}.${first.advice ? ` ${first.advice}` : ""}`
        : "The token is valid, has the required permissions and does not expire soon.";
    const data = facts.token;
    const expiresAt = data?.expires_at ? new Date(data.expires_at * 1000) : undefined;
    const daysLeft = data?.expires_at
        ? Math.floor((data.expires_at - facts.now.getTime() / 1000) / DAY)
        : undefined;
    const granted = data?.scopes ?? [];
    const outputs = {
        status,
        valid: data ? String(data.is_valid) : "",
        "token-type": data?.type ?? "",
        "app-id": data?.app_id ?? "",
        application: data?.application ?? "",
        scopes: granted.join(","),
        "missing-scopes": data
            ? settings.requiredScopes.filter((scope) => !granted.includes(scope)).join(",")
            : "",
        "expires-at": !data?.is_valid && !data?.expires_at ? "" : data?.expires_at ? iso(data.expires_at) : "never",
        "days-left": daysLeft === undefined ? "" : String(daysLeft),
        "data-access-expires-at": data?.data_access_expires_at
            ? iso(data.data_access_expires_at)
            : data
                ? "never"
                : "",
        "issued-at": data?.issued_at ? iso(data.issued_at) : "",
        "phone-number": facts.phone?.display_phone_number ?? "",
        "quality-rating": facts.phone?.quality_rating ?? "",
        "message-id": facts.message?.id ?? "",
    };
    return {
        status,
        reason,
        checks,
        outputs,
        ...(expiresAt && { expiresAt }),
        ...(daysLeft !== undefined && { daysLeft }),
    };
}
const iso = (seconds) => new Date(seconds * 1000).toISOString().replace(".000Z", "Z");

;// CONCATENATED MODULE: ./src/verify/verify.ts
/**
 * Asks the Graph API what the checks need: debug_token for the token, the phone number, and
 * optionally sends the test message. The answers (or the errors) become Facts; judging them is
 * checks.ts's job.
 */



const PHONE_FIELDS = "display_phone_number,verified_name,quality_rating,code_verification_status,status,name_status,platform_type";
async function verifyToken(settings, now = new Date()) {
    return evaluate(settings, await gatherFacts(settings, now));
}
async function gatherFacts(settings, now) {
    const client = new graph_client/* GraphClient */.o({
        baseUrl: settings.graphApiUrl,
        version: settings.graphApiVersion,
        timeoutMs: settings.timeoutSeconds * 1000,
        ...(settings.app && { appSecret: settings.app.secret }),
    });
    const facts = { now };
    try {
        // With the app's credentials, the token is inspected with the app token (always allowed);
        // without, with itself (allowed for system users and the app's own developers).
        const caller = settings.app ? `${settings.app.id}|${settings.app.secret}` : settings.token;
        await capture(facts, "tokenError", async () => {
            const { body } = await client.get("debug_token", caller, {
                input_token: settings.token,
            });
            if (!body.data || typeof body.data.is_valid !== "boolean")
                throw unexpected("debug_token");
            facts.token = body.data;
        });
        if (!facts.token?.is_valid)
            return facts;
        if (settings.phoneNumberId) {
            await capture(facts, "phoneError", async () => {
                const { body } = await client.get(settings.phoneNumberId, settings.token, {
                    fields: PHONE_FIELDS,
                });
                facts.phone = body;
            });
        }
        // The test message goes out only when nothing has failed so far: it would fail anyway, and
        // the failure above is the one to fix.
        if (settings.test && settings.phoneNumberId && evaluate(settings, facts).status !== "failed") {
            const test = settings.test;
            await capture(facts, "messageError", async () => {
                const { body } = await client.post(`${settings.phoneNumberId}/messages`, settings.token, {
                    messaging_product: "whatsapp",
                    recipient_type: "individual",
                    to: test.recipient,
                    ...(test.text
                        ? { type: "text", text: { preview_url: false, body: test.text } }
                        : { type: "template", template: { name: test.template, language: { code: test.language } } }),
                });
                const sent = body.messages?.[0];
                if (!sent?.id)
                    throw unexpected("messages");
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
        if (!(error instanceof graph_errors/* GraphCallError */.f4))
            throw error;
        facts[key] = error;
    }
}
function unexpected(what) {
    return new graph_errors/* GraphCallError */.f4(`${what}: the Graph API answered with JSON of an unexpected shape`, undefined, true, false);
}

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
  --test-recipient <+number>         send a test message to this number
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
  --format <text|json>               [text]
  -h, --help

Exit codes: 0 ok (or warnings only), 1 the token failed a check, 2 usage error or the Graph API could not be asked.
`;
async function verifyCommand(args, io) {
    const options = Object.fromEntries(PASSED_AS_IS.map((name) => [name, { type: "string" }]));
    const { values } = (0,external_node_util_.parseArgs)({
        args,
        options: {
            ...options,
            "require-system-user": { type: "boolean", default: false },
            "token-env": { type: "string" },
            "app-secret-env": { type: "string", default: "META_APP_SECRET" },
            format: { type: "string", default: "text" },
            help: { type: "boolean", short: "h", default: false },
        },
    });
    if (values.help) {
        io.stdout(VERIFY_HELP);
        return cli_io/* EXIT */.d.ok;
    }
    const format = values.format;
    if (format !== "text" && format !== "json")
        throw new errors/* UserError */.y(`--format must be text or json, not "${format}"`);
    const lookup = await (0,dotenv/* secretLookup */.r)(io);
    const tokenNames = values["token-env"]
        ? [values["token-env"]]
        : ["WHATSAPP_TOKEN", "WHATSAPP_ACCESS_TOKEN"];
    const tokenName = tokenNames.find((name) => lookup(name) !== undefined);
    if (!tokenName) {
        throw new errors/* UserError */.y(`no token: set ${tokenNames.join(" or ")} in the environment or in .env (or name the variable with --token-env)`);
    }
    const raw = { token: lookup(tokenName) };
    for (const name of PASSED_AS_IS) {
        const value = values[name];
        if (typeof value === "string")
            raw[name] = value;
    }
    raw["require-system-user"] = String(values["require-system-user"]);
    if (raw["app-id"])
        raw["app-secret"] = (0,dotenv/* appSecretFor */.j)(lookup, values["app-secret-env"]);
    const settings = (0,verify_settings/* parseSettings */.P$)(raw);
    const verdict = await verifyToken(settings);
    const clean = (text) => (0,scrub/* scrub */._)(text, settings.token, settings.app?.secret);
    io.stdout(clean(format === "json"
        ? `${JSON.stringify({ version: 1, status: verdict.status, reason: verdict.reason, checks: verdict.checks, outputs: verdict.outputs }, null, 2)}\n`
        : formatVerifyText(verdict, io.color)));
    const unreachable = verdict.checks.find((check) => check.id === "valid")?.value === "could not ask the Graph API";
    if (unreachable)
        return cli_io/* EXIT */.d.error;
    return verdict.status === "failed" ? cli_io/* EXIT */.d.found : cli_io/* EXIT */.d.ok;
}


/***/ }),

/***/ 2561:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ GraphClient)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var undici__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6752);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(869);
/**
 * A small Graph API client over undici. Every call:
 * - sends the calling token in the Authorization header, never in the URL (the only token that
 *   goes into a query string is debug_token's input_token, because Meta offers no other way);
 * - signs with appsecret_proof (HMAC-SHA256 of the calling token, keyed by the app secret) when
 *   an app secret is configured;
 * - shares one time budget, retries included: transient errors are retried with exponential
 *   backoff and jitter while the budget lasts, permanent ones fail at once.
 */



const FIRST_BACKOFF_MS = 400;
const MAX_BACKOFF_MS = 8000;
class GraphClient {
    options;
    deadline;
    agent;
    constructor(options) {
        this.options = options;
        this.deadline = Date.now() + options.timeoutMs;
        this.agent = new undici__WEBPACK_IMPORTED_MODULE_1__/* .Agent */ .g6({
            keepAliveTimeout: 2000,
            connect: { timeout: Math.min(options.timeoutMs, 10_000) },
        });
    }
    get(path, token, query = {}) {
        return this.call("GET", path, token, query, undefined);
    }
    post(path, token, json) {
        return this.call("POST", path, token, {}, json);
    }
    async close() {
        await this.agent.close();
    }
    url(path, token, query) {
        const params = new URLSearchParams();
        for (const [key, value] of Object.entries(query))
            if (value !== undefined)
                params.set(key, value);
        if (this.options.appSecret) {
            params.set("appsecret_proof", (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHmac)("sha256", this.options.appSecret).update(token).digest("hex"));
        }
        const search = params.toString();
        return `${this.options.baseUrl.replace(/\/+$/, "")}/${this.options.version}/${path}${search ? `?${search}` : ""}`;
    }
    async call(method, path, token, query, json) {
        const url = this.url(path, token, query);
        const what = `${method} /${path.split("?")[0]}`;
        let last;
        for (let attempt = 0;; attempt++) {
            const remaining = this.deadline - Date.now();
            if (remaining <= 0)
                throw last ?? timeout(what, this.options.timeoutMs);
            const outcome = await this.attempt(method, url, token, json, remaining, what);
            if (!(outcome instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .GraphCallError */ .f4))
                return outcome;
            last = outcome;
            // A Graph error says the call was not processed, so even a POST may be sent again; after
            // no answer at all, only a GET is: a POST may have gone through (a duplicate message).
            const retryable = outcome.retryable && (outcome.graph !== undefined || method === "GET");
            if (!retryable)
                throw outcome;
            const backoff = Math.min(FIRST_BACKOFF_MS * 2 ** attempt, MAX_BACKOFF_MS) * (0.5 + Math.random() / 2);
            if (Date.now() + backoff >= this.deadline)
                throw outcome;
            await (this.options.sleep ?? delay)(backoff);
        }
    }
    /** One HTTP exchange: the parsed reply, or the error it amounts to (never throws). */
    async attempt(method, url, token, json, remaining, what) {
        let statusCode;
        let text;
        let headers;
        try {
            const response = await (0,undici__WEBPACK_IMPORTED_MODULE_1__/* .request */ .Em)(url, {
                method,
                dispatcher: this.agent,
                headers: {
                    authorization: `Bearer ${token}`,
                    accept: "application/json",
                    ...(json === undefined ? {} : { "content-type": "application/json" }),
                },
                body: json === undefined ? undefined : JSON.stringify(json),
                headersTimeout: remaining,
                bodyTimeout: remaining,
                signal: AbortSignal.timeout(remaining),
            });
            statusCode = response.statusCode;
            headers = response.headers;
            text = await response.body.text();
        }
        catch (error) {
            return networkError(what, error, this.options.timeoutMs);
        }
        const parsed = parseJson(text);
        const graphError = parsed?.error;
        if (graphError && typeof graphError === "object") {
            const transient = (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .isTransientCode */ .gL)(graphError.code);
            return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .GraphCallError */ .f4(`${what} failed: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .describeGraphError */ .a9)(graphError)}`, graphError, false, transient);
        }
        if (parsed === undefined || typeof parsed !== "object" || parsed === null) {
            const kind = text.trim() === ""
                ? "an empty reply"
                : /^\s*</.test(text)
                    ? "an HTML page"
                    : "a reply that is not JSON";
            // A 5xx page is a hiccup worth retrying; anything else will not change.
            return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .GraphCallError */ .f4(`${what}: the Graph API answered HTTP ${statusCode} with ${kind}; is graph-api-url right?`, undefined, true, statusCode >= 500);
        }
        if (statusCode >= 400) {
            return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .GraphCallError */ .f4(`${what}: HTTP ${statusCode} without a Graph error`, undefined, true, statusCode >= 500);
        }
        return { body: parsed, headers };
    }
}
function parseJson(text) {
    try {
        return JSON.parse(text);
    }
    catch {
        return undefined;
    }
}
function timeout(what, budgetMs) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .GraphCallError */ .f4(`${what}: no answer from the Graph API within ${budgetMs / 1000} s (timeout-seconds)`, undefined, true, true);
}
function networkError(what, error, budgetMs) {
    const code = error.code ?? error.cause?.code;
    const name = error.name;
    if (name === "TimeoutError" ||
        name === "AbortError" ||
        code === "UND_ERR_HEADERS_TIMEOUT" ||
        code === "UND_ERR_BODY_TIMEOUT") {
        return timeout(what, budgetMs);
    }
    const reason = code === "ECONNREFUSED"
        ? "connection refused"
        : code === "ENOTFOUND" || code === "EAI_AGAIN"
            ? "host not found"
            : code === "ECONNRESET" || code === "UND_ERR_SOCKET"
                ? "connection dropped"
                : (code ?? error.message);
    return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .GraphCallError */ .f4(`${what}: cannot reach the Graph API (${reason})`, undefined, true, true);
}
const delay = (ms) => new Promise((resolve) => setTimeout(resolve, ms));


/***/ }),

/***/ 869:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   WE: () => (/* binding */ explain),
/* harmony export */   a9: () => (/* binding */ describeGraphError),
/* harmony export */   f4: () => (/* binding */ GraphCallError),
/* harmony export */   gL: () => (/* binding */ isTransientCode)
/* harmony export */ });
/* unused harmony export isRateLimitCode */
/**
 * What the Graph API's errors mean, and what to do about them. Meta's HTTP statuses are not
 * reliable (code 190 comes as 400 or 401, rate limits as 400), so everything keys on
 * `error.code` and `error_subcode`, as Meta recommends.
 */
const NEW_TOKEN = "Create a system-user token: Business Settings -> Users -> System users -> (user) -> Generate new token, with whatsapp_business_messaging and whatsapp_business_management, expiration Never; store it as the secret.";
/** Codes worth retrying (with backoff, inside the time budget). Everything else fails fast. */
const TRANSIENT = new Set([
    1, 2, 4, 17, 32, 341, 613, 80007, 80008, 130429, 131000, 131016, 131056, 131057, 133004,
]);
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
function explain(error) {
    const code = error.code;
    const subcode = error.error_subcode ?? error.subcode;
    const message = error.message ?? "";
    if (code === 190 || code === 102 || code === 0) {
        if (subcode !== undefined && AUTH_SUBCODES[subcode])
            return AUTH_SUBCODES[subcode];
        if (/cannot parse|could not be decrypted|malformed/i.test(message)) {
            return {
                meaning: "this is not a valid access token (it cannot be parsed: truncated, or copied wrongly)",
                fix: `Copy the whole token again, without quotes or spaces. ${NEW_TOKEN}`,
            };
        }
        if (/signature/i.test(message)) {
            return {
                meaning: "the token (or the app id | app secret pair) does not match: wrong app secret or a tampered token",
                fix: "Check app-id and app-secret (App Dashboard -> App settings -> Basic), and that the token belongs to that app.",
            };
        }
        if (/session has expired|expired/i.test(message))
            return AUTH_SUBCODES[463];
        return { meaning: "the token is invalid, expired or revoked", fix: NEW_TOKEN };
    }
    if (code === 100 && /appsecret_proof/i.test(message)) {
        return /require/i.test(message)
            ? {
                meaning: 'the app has "Require App Secret" on, so every call needs appsecret_proof',
                fix: "Set the app-secret input (and app-id) so that wa-token-guard signs its calls.",
            }
            : {
                meaning: "appsecret_proof does not match: the app secret is wrong, or the token belongs to another app",
                fix: "Check app-secret against App Dashboard -> App settings -> Basic, and that the token belongs to that app.",
            };
    }
    if (code === 100 && subcode === 33) {
        return {
            meaning: "the object does not exist, or this token may not see it (wrong id, or the asset is not assigned)",
            fix: "Check the id (WhatsApp Manager -> Phone numbers), and assign the WhatsApp account to the system user: Business Settings -> Users -> System users -> Assign assets.",
        };
    }
    if (code === 100 && /must provide an app access token|owner or developer/i.test(message)) {
        return {
            meaning: "debug_token needs an app token, or a token of a user with a role on the app",
            fix: "Set app-id and app-secret, so that the token is inspected with the app's own token.",
        };
    }
    if (code === 10 || (code !== undefined && code >= 200 && code <= 299) || code === 131005) {
        return {
            meaning: "permission denied: the token lacks a permission, or the system user was not given the WhatsApp account",
            fix: "Business Settings -> Users -> System users -> Assign assets (the app and the WhatsApp account), then generate a new token with whatsapp_business_messaging and whatsapp_business_management.",
        };
    }
    if (code === 104)
        return { meaning: "no access token was sent", fix: "Pass the token (the token input)." };
    if (code === 368 || code === 131031) {
        return {
            meaning: "the WhatsApp Business Account is restricted or locked for a policy violation",
            fix: "See WhatsApp Manager -> Account quality; this needs a person at the business, not a new token.",
        };
    }
    if (code === 131030) {
        return {
            meaning: "the test recipient is not in the test number's allowed list",
            fix: "Add the number in App Dashboard -> WhatsApp -> API Setup -> To, or use a production number.",
        };
    }
    if (code === 131047) {
        return {
            meaning: "the 24-hour customer service window with this recipient is closed, so free text cannot be sent",
            fix: "Send a template instead: leave test-message empty and set test-template (default hello_world).",
        };
    }
    if (code === 132001) {
        return {
            meaning: "the template does not exist in that language, or is not approved",
            fix: "Check the name and language in WhatsApp Manager -> Message templates (test-template, test-template-language).",
        };
    }
    if (code === 133010) {
        return {
            meaning: "the phone number is not registered with the Cloud API",
            fix: "Register it: POST /{phone-number-id}/register (see Meta's Cloud API phone number registration).",
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
            fix: "Run the check less often, or raise timeout-seconds; calls made while limited extend the block.",
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
        fix: "See Meta's error code reference for the code shown.",
    };
}
/** `(#190/463) Error validating …`: code, subcode and Meta's own words, for logs. */
function describeGraphError(error) {
    const subcode = error.error_subcode ?? error.subcode;
    const code = error.code === undefined ? "?" : `${error.code}${subcode ? `/${subcode}` : ""}`;
    const details = error.error_data?.details ? ` (${error.error_data.details})` : "";
    return `code ${code}: ${error.message ?? "no message"}${details}`;
}
/** A call to the Graph API that did not succeed, after any retries. */
class GraphCallError extends Error {
    graph;
    unreachable;
    retryable;
    name = "GraphCallError";
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


/***/ })

};
