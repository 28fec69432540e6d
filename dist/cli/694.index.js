export const id = 694;
export const ids = [694,663];
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

/***/ 694:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   REVOKE_HELP: () => (/* binding */ REVOKE_HELP),
/* harmony export */   revokeCommand: () => (/* binding */ revokeCommand)
/* harmony export */ });
/* harmony import */ var _detect_app_id_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(7884);
/* harmony import */ var _detect_redact_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(962);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _graph_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(869);
/* harmony import */ var _graph_tokens_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7036);
/* harmony import */ var _settings_checks_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1758);
/* harmony import */ var _verify_settings_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4216);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7593);
/* harmony import */ var _dotenv_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7178);
/* harmony import */ var _flag_names_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1663);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(1604);
/**
 * `wa-token-guard revoke`: kill one token now (Meta's oauth/revoke, called as the app). For a
 * token that leaked: the pre-commit hook's advice names this command. The token comes from
 * standard input, or from the environment / .env, never from the command line, where shell
 * history and `ps` would keep it.
 */











const TOKEN_NAMES = ["WHATSAPP_TOKEN", "WHATSAPP_ACCESS_TOKEN"];
/** How long an open standard input may stay silent before the environment's token is used. */
const STDIN_WAIT_MS = 3000;
const REVOKE_HELP = `Usage: printf %s "$TOKEN" | wa-token-guard revoke [options]
       wa-token-guard revoke [--token-env <NAME>] [options]

Revokes an access token at once (Meta's oauth/revoke, called as the app): everything using it
stops working, so store its replacement first. The token is read from standard input when
something is piped in; otherwise from the variable --token-env names (default: WHATSAPP_TOKEN,
then WHATSAPP_ACCESS_TOKEN), in the environment or in .env. When that variable is set, standard
input is waited for at most 3 s (an open pipe nobody writes to means nothing was piped); with
--token-env it is not read at all. It is never printed.

  --app-id <id>                  the app the token belongs to (default: read from the token itself)
  --app-secret-env <NAME>        the variable holding the app secret [META_APP_SECRET]
  --token-env <NAME>             the variable holding the token (environment or .env)
  --graph-api-url <url>, --graph-api-version <vNN.0>, --timeout-seconds <n>
  -h, --help

Exit codes: 0 revoked, 1 Meta refused or answered that it did not revoke it ("success": false;
the message says why), 2 usage error, or no answer from the Graph API (the token may or may not
be revoked: check with wa-token-guard verify).
`;
async function revokeCommand(args, io) {
    const { values } = (0,_args_js__WEBPACK_IMPORTED_MODULE_5__/* .parseFlags */ .b)(args, {
        "app-id": { type: "string" },
        "app-secret-env": { type: "string", default: "META_APP_SECRET" },
        "token-env": { type: "string" },
        "graph-api-url": { type: "string" },
        "graph-api-version": { type: "string" },
        "timeout-seconds": { type: "string" },
        help: { type: "boolean", short: "h", default: false },
    });
    if (values.help) {
        io.stdout(REVOKE_HELP);
        return _io_js__WEBPACK_IMPORTED_MODULE_8__/* .EXIT */ .d.ok;
    }
    const lookup = await (0,_dotenv_js__WEBPACK_IMPORTED_MODULE_6__/* .secretLookup */ .ro)(io);
    const token = await readToken(io, lookup, values["token-env"]);
    const appId = values["app-id"] ?? (0,_detect_app_id_js__WEBPACK_IMPORTED_MODULE_9__/* .appIdFromAccessToken */ .y)(token);
    if (!appId) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y("revoke needs --app-id: the app the token belongs to cannot be read from the token (App Dashboard → App settings → Basic)");
    }
    const connection = (0,_verify_settings_js__WEBPACK_IMPORTED_MODULE_4__/* .parseConnection */ .C8)({
        "app-id": appId,
        "app-secret": (0,_dotenv_js__WEBPACK_IMPORTED_MODULE_6__/* .appSecretFor */ .jE)(lookup, values["app-secret-env"], "revoke"),
        ...(values["graph-api-url"] && { "graph-api-url": values["graph-api-url"] }),
        ...(values["graph-api-version"] && { "graph-api-version": values["graph-api-version"] }),
        ...(values["timeout-seconds"] && { "timeout-seconds": values["timeout-seconds"] }),
    });
    const app = connection.app;
    // Loaded here, not at the top: the HTTP client is large, and --help or a usage error never needs it.
    const { GraphClient } = await __webpack_require__.e(/* import() */ 561).then(__webpack_require__.bind(__webpack_require__, 2561));
    const client = new GraphClient({
        baseUrl: connection.graphApiUrl,
        version: connection.graphApiVersion,
        timeoutMs: connection.timeoutSeconds * 1000,
        appSecret: app.secret,
    });
    try {
        await (0,_graph_tokens_js__WEBPACK_IMPORTED_MODULE_2__/* .revokeToken */ .w$)(client, app, token);
    }
    catch (error) {
        if (!(error instanceof _graph_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .GraphCallError */ .f4))
            throw error;
        if (!(error instanceof _graph_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .GraphRefusedError */ .L5 || error instanceof _graph_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .GraphDeclinedError */ .R6)) {
            // Without an answer the revoke may have reached Meta: say so rather than guess.
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(error.graph
                ? `not revoked: ${error.explanation.meaning} (${error.message}); run again later`
                : error.requestSent === false
                    ? `not revoked: ${error.message}, so nothing was sent; run again once it can be reached`
                    : `${error.message}: the token may or may not be revoked; check with wa-token-guard verify, then run again`);
        }
        const { meaning, fix } = error.explanation;
        io.stderr(`wa-token-guard: revoke failed: ${meaning} (${error.message}). ${(0,_flag_names_js__WEBPACK_IMPORTED_MODULE_7__.spellAsFlags)(fix)}\n`);
        return _io_js__WEBPACK_IMPORTED_MODULE_8__/* .EXIT */ .d.found;
    }
    finally {
        await client.close();
    }
    io.stdout(`revoked ${(0,_detect_redact_js__WEBPACK_IMPORTED_MODULE_10__/* .redact */ .E)(token)} of app ${app.id}: it stopped working now, wherever it is used\n`);
    return _io_js__WEBPACK_IMPORTED_MODULE_8__/* .EXIT */ .d.ok;
}
/** The token: piped on standard input, else the named variable (environment, then .env). */
async function readToken(io, lookup, tokenEnv) {
    const names = tokenEnv !== undefined ? [tokenEnv] : TOKEN_NAMES;
    const fallback = names.map((name) => lookup(name)).find((value) => value !== undefined);
    // With --token-env, standard input is not read: it may be an open pipe nobody writes to. With a
    // token in the environment or .env, a pipe silent for STDIN_WAIT_MS is taken as nothing piped.
    const piped = tokenEnv === undefined
        ? await io.readStdin?.(fallback === undefined ? {} : { firstByteMs: STDIN_WAIT_MS })
        : undefined;
    io.secrets.add(piped, piped?.trim());
    const raw = piped?.trim() ? piped : fallback;
    const token = (0,_settings_checks_js__WEBPACK_IMPORTED_MODULE_3__/* .trimPadding */ .Cx)(raw ?? "");
    if (token === "") {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(tokenEnv !== undefined
            ? `no token: ${tokenEnv} is not set (environment or .env)`
            : `no token: pipe it on standard input (printf %s "$TOKEN" | wa-token-guard revoke), or set ${names.join(" or ")} (environment or .env), or name its variable with --token-env`);
    }
    const problem = (0,_settings_checks_js__WEBPACK_IMPORTED_MODULE_3__/* .secretTextProblem */ .xs)("the token", token);
    if (problem)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`${problem}; give one token`);
    return token;
}


/***/ }),

/***/ 7036:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Be: () => (/* binding */ refreshToken),
/* harmony export */   HU: () => (/* binding */ generateToken),
/* harmony export */   w$: () => (/* binding */ revokeToken)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(869);
/* harmony import */ var _replies_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9324);


/**
 * `oauth/access_token` with `grant_type=fb_exchange_token`: a new token, valid 60 days from now;
 * the old one keeps working until its own expiry. An expired token cannot be refreshed.
 */
async function refreshToken(client, app, current) {
    const { body } = await client.postForm("oauth/access_token", undefined, {
        grant_type: "fb_exchange_token",
        client_id: app.id,
        client_secret: app.secret,
        set_token_expires_in_60_days: "true",
        fb_exchange_token: current,
    }, _replies_js__WEBPACK_IMPORTED_MODULE_1__/* .ACCESS_TOKEN */ .Xh);
    return issued(body, "oauth/access_token");
}
/**
 * `POST /{system-user-id}/access_tokens`: a fresh token for the system user, called with an
 * admin's token (the client signs it with appsecret_proof over that token).
 */
async function generateToken(client, request) {
    const { body } = await client.postForm(`${request.systemUserId}/access_tokens`, request.adminToken, {
        business_app: request.appId,
        scope: request.scopes.join(","),
        ...(request.expiring && { set_token_expires_in_60_days: "true" }),
    }, _replies_js__WEBPACK_IMPORTED_MODULE_1__/* .ACCESS_TOKEN */ .Xh);
    return issued(body, `${request.systemUserId}/access_tokens`);
}
/** `oauth/revoke`: the token stops working at once. Called as the app (its app token). */
async function revokeToken(client, app, token) {
    const { body } = await client.postForm("oauth/revoke", `${app.id}|${app.secret}`, { client_id: app.id, client_secret: app.secret, revoke_token: token }, _replies_js__WEBPACK_IMPORTED_MODULE_1__/* .REVOKE */ .fU);
    if (body.success === false || body.success === "false") {
        // A readable "no": Meta did not revoke it (a token of another app, one already dead).
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .GraphDeclinedError */ .R6('POST /oauth/revoke: Meta answered "success": false', {
            meaning: "Meta did not revoke the token",
            fix: "Check that the token belongs to this app (--app-id) and is still alive (wa-token-guard verify); a token that no longer works needs no revoking.",
        });
    }
    if (body.success !== true && body.success !== "true") {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .GraphReplyError */ .nR("POST /oauth/revoke: the Graph API did not answer success");
    }
}
function issued(body, what) {
    // A token is one run of printable characters: anything else cannot be stored or sent safely.
    if (!/^[\x21-\x7e]{20,4096}$/.test(body.access_token)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .GraphReplyError */ .nR(`POST /${what}: the new access_token is not a token`);
    }
    return { token: body.access_token, ...(body.expires_in && { expiresIn: body.expires_in }) };
}


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


/***/ })

};
