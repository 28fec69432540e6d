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

// EXTERNAL MODULE: ./src/verify/settings.ts + 1 modules
var verify_settings = __webpack_require__(4515);
// EXTERNAL MODULE: ./src/graph/client.ts
var graph_client = __webpack_require__(2561);
// EXTERNAL MODULE: ./src/graph/errors.ts
var graph_errors = __webpack_require__(869);
// EXTERNAL MODULE: ./src/graph/replies.ts
var replies = __webpack_require__(9324);
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
    const client = new graph_client/* GraphClient */.oh({
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
            const { body } = await client.get("debug_token", caller, { input_token: settings.token }, replies/* DEBUG_TOKEN */.c2);
            facts.token = body.data;
        });
        if (!facts.token?.is_valid)
            return facts;
        if (settings.phoneNumberId) {
            await capture(facts, "phoneError", async () => {
                const { body } = await client.get(settings.phoneNumberId, settings.token, { fields: PHONE_FIELDS }, replies/* PHONE_NUMBER */.NA);
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
                    // A business-scoped user id goes in `recipient`, a phone number in `to` (graph-api.md 12.3).
                    ...(test.recipientKind === "user-id" ? { recipient: test.recipient } : { to: test.recipient }),
                    ...(test.text
                        ? { type: "text", text: { preview_url: false, body: test.text } }
                        : { type: "template", template: { name: test.template, language: { code: test.language } } }),
                }, replies/* SENT_MESSAGE */.Nn);
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
        if (!(error instanceof graph_errors/* GraphCallError */.f4))
            throw error;
        facts[key] = error;
    }
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
    // io scrubs every secret read through secretLookup, whatever variable it came from.
    io.stdout(format === "json"
        ? `${JSON.stringify({ version: 1, status: verdict.status, reason: verdict.reason, checks: verdict.checks, outputs: verdict.outputs }, null, 2)}\n`
        : formatVerifyText(verdict, io.color));
    const unreachable = verdict.checks.find((check) => check.id === "valid")?.value === "could not ask the Graph API";
    if (unreachable)
        return cli_io/* EXIT */.d.error;
    return verdict.status === "failed" ? cli_io/* EXIT */.d.found : cli_io/* EXIT */.d.ok;
}


/***/ })

};
