export const id = 273;
export const ids = [273,942];
export const modules = {

/***/ 2561:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GraphClient: () => (/* binding */ GraphClient)
/* harmony export */ });
/* unused harmony exports DEFAULT_MAX_REPLY_BYTES, requestedWaitMs, MAX_REPORTED_WAIT_MS */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _http_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6803);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(869);
/* harmony import */ var _replies_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9324);
/* harmony import */ var _shape_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7465);
/* harmony import */ var _transport_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1901);
/**
 * A small Graph API client over Node's own HTTP client (transport.ts). Every call:
 * - sends the calling token in the Authorization header, never in the URL (the only token that
 *   goes into a query string is debug_token's input_token, because Meta offers no other way), and
 *   secrets of form calls (refresh, revoke) in a form-encoded body;
 * - signs with appsecret_proof (HMAC-SHA256 of the calling token, keyed by the app secret) when
 *   an app secret is configured;
 * - reads at most `maxReplyBytes` of a reply, streamed and cut, never buffered whole;
 * - checks the reply against the endpoint's schema (replies.ts), so that the code behind it only
 *   ever sees the types it declares;
 * - shares one time budget, retries included: transient errors are retried with exponential
 *   backoff and jitter while the budget lasts, waiting as long as Meta asks (Retry-After,
 *   estimated_time_to_regain_access); when Meta asks for longer than the budget has left, it
 *   stops at once and says when to retry. Permanent errors fail at once. A request that may have
 *   reached Meta and done something (a POST without a rate-limit refusal) is never sent twice.
 */






const DEFAULT_MAX_REPLY_BYTES = 4 * 1024 * 1024;
const FIRST_BACKOFF_MS = 400;
const MAX_BACKOFF_MS = 8000;
class GraphClient {
    options;
    deadline;
    transport;
    constructor(options) {
        this.options = options;
        this.deadline = Date.now() + options.timeoutMs;
        this.transport = new _transport_js__WEBPACK_IMPORTED_MODULE_4__/* .HttpTransport */ .G(Math.min(options.timeoutMs, 10_000));
    }
    get(path, token, query, shape) {
        return this.call("GET", path, token, query, undefined, shape);
    }
    /** A JSON POST (the test message). */
    post(path, token, json, shape) {
        return this.call("POST", path, token, {}, { kind: "json", value: json }, shape);
    }
    /**
     * A form-encoded POST: for calls whose parameters are secrets (client_secret, the token to
     * exchange or revoke), which must never be in a URL that proxies and servers log. `token` is
     * the calling token (Authorization header), when the endpoint needs one.
     */
    postForm(path, token, form, shape) {
        return this.call("POST", path, token, {}, { kind: "form", value: form }, shape);
    }
    async close() {
        this.transport.close();
    }
    url(path, token, query) {
        const params = new URLSearchParams();
        for (const [key, value] of Object.entries(query))
            if (value !== undefined)
                params.set(key, value);
        if (this.options.appSecret && token) {
            params.set("appsecret_proof", (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHmac)("sha256", this.options.appSecret).update(token).digest("hex"));
        }
        const search = params.toString();
        return `${this.options.baseUrl.replace(/\/+$/, "")}/${this.options.version}/${path}${search ? `?${search}` : ""}`;
    }
    async call(method, path, token, query, body, shape) {
        const url = this.url(path, token, query);
        const what = `${method} /${path.split("?")[0]}`;
        let last;
        for (let attempt = 0;; attempt++) {
            const remaining = this.deadline - Date.now();
            if (remaining <= 0)
                throw last ?? timeout(what, this.options.timeoutMs);
            const outcome = await this.attempt(method, url, token, body, remaining, what, shape);
            if (!("error" in outcome))
                return outcome;
            const error = outcome.error;
            last = error;
            // "Unknown error" (code 1) covers Meta's own downtime: to the test message it does not say
            // the message was not sent, so its outcome is unknown, not refused, and it is not sent
            // again. (A form POST keeps the refusal: code 1 is how a refresh with a wrong
            // client_secret is refused, and asking again for a token or a revocation sends no one a
            // second message.)
            if (body?.kind === "json" &&
                error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .GraphRefusedError */ .L5 &&
                error.graph?.code === _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UNKNOWN_ERROR_CODE */ .SY) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .GraphUnansweredError */ .Z9(error.message, {
                    graph: error.graph,
                    unreachable: false,
                    retryable: false,
                });
            }
            const unknownAgain = method === "GET" && error.graph?.code === _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UNKNOWN_ERROR_CODE */ .SY && attempt + 1 < _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UNKNOWN_ERROR_ATTEMPTS */ .N$;
            if (!error.retryable && !unknownAgain)
                throw error;
            // A GET may always be asked again. A POST only after a rate-limit refusal, which says the
            // call was not processed: after no answer, a 5xx or "unknown error", it may have gone
            // through (a second message, a second token).
            if (method !== "GET" && !(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isRateLimitCode */ .dh)(error.graph?.code))
                throw error;
            const askedMs = requestedWaitMs(outcome.headers);
            if (askedMs !== undefined && Date.now() + askedMs > this.deadline) {
                throw tooLongToWait(what, error, askedMs, this.options.timeoutMs);
            }
            const backoff = Math.min(FIRST_BACKOFF_MS * 2 ** attempt, MAX_BACKOFF_MS) * (0.5 + Math.random() / 2);
            const wait = Math.max(backoff, askedMs ?? 0);
            if (Date.now() + wait >= this.deadline)
                throw error;
            await (this.options.sleep ?? delay)(wait);
        }
    }
    /** One HTTP exchange: the checked reply, or the error it amounts to (never throws). */
    async attempt(method, url, token, body, remaining, what, shape) {
        let statusCode;
        let headers = {};
        let text;
        try {
            const reply = await this.transport.exchange({
                method,
                url,
                headers: {
                    ...(token !== undefined && { authorization: `Bearer ${token}` }),
                    accept: "application/json",
                    ...(body?.kind === "json" && { "content-type": "application/json" }),
                    ...(body?.kind === "form" && { "content-type": "application/x-www-form-urlencoded" }),
                },
                body: body === undefined
                    ? undefined
                    : body.kind === "json"
                        ? JSON.stringify(body.value)
                        : formBody(body.value),
                timeoutMs: remaining,
                maxBodyBytes: this.options.maxReplyBytes ?? DEFAULT_MAX_REPLY_BYTES,
            });
            statusCode = reply.statusCode;
            headers = reply.headers;
            if (reply.body === undefined)
                return { error: tooLarge(what, this.options), headers };
            text = reply.body.toString("utf8").replace(/^\uFEFF/, "");
        }
        catch (error) {
            return { error: networkError(what, error, this.options.timeoutMs), headers };
        }
        return { ...interpret(what, statusCode, text, shape), headers };
    }
}
/** Turns a complete reply into the checked body or the error it means. */
function interpret(what, statusCode, text, shape) {
    const parsed = parseJson(text);
    const hiccup = statusCode >= 500 || statusCode === 429;
    if (typeof parsed === "object" && parsed !== null && "error" in parsed) {
        let graph;
        try {
            graph = (0,_replies_js__WEBPACK_IMPORTED_MODULE_2__/* .GRAPH_ERROR */ .gE)(parsed.error, "error");
        }
        catch (error) {
            if (!(error instanceof _shape_js__WEBPACK_IMPORTED_MODULE_3__/* .ShapeMismatch */ .Aw))
                throw error;
            return {
                error: new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .GraphReplyError */ .nR(`${what}: the Graph API's error reply is malformed: ${error.message}`),
            };
        }
        const message = `${what} failed: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .describeGraphError */ .a9)(graph)}`;
        if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isTransientCode */ .gL)(graph.code)) {
            return { error: new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .GraphUnansweredError */ .Z9(message, { graph, unreachable: false, retryable: true }) };
        }
        return { error: new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .GraphRefusedError */ .L5(message, graph) };
    }
    // A redirect is not followed (it would carry the token elsewhere), and its body is no answer.
    if (statusCode >= 300 && statusCode < 400) {
        return {
            error: new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .GraphReplyError */ .nR(`${what}: the Graph API answered HTTP ${statusCode}, a redirect, which is not followed; is graph-api-url right?`),
        };
    }
    if (parsed === undefined || typeof parsed !== "object" || parsed === null || statusCode >= 400) {
        const kind = text.trim() === ""
            ? "an empty reply"
            : /^\s*</.test(text)
                ? "an HTML page"
                : parsed === undefined
                    ? "a reply that is not JSON"
                    : "JSON that is not a Graph reply";
        const message = `${what}: the Graph API answered HTTP ${statusCode} with ${kind}`;
        // A 5xx page or a 429 is a hiccup worth asking again about; anything else will not change.
        if (hiccup)
            return { error: new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .GraphUnansweredError */ .Z9(message, { unreachable: true, retryable: true }) };
        return { error: new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .GraphReplyError */ .nR(`${message}; is graph-api-url right?`) };
    }
    try {
        return { body: shape(parsed, "") };
    }
    catch (error) {
        if (!(error instanceof _shape_js__WEBPACK_IMPORTED_MODULE_3__/* .ShapeMismatch */ .Aw))
            throw error;
        return { error: new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .GraphReplyError */ .nR(`${what}: unexpected reply from the Graph API: ${error.message}`) };
    }
}
function formBody(form) {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(form))
        if (value !== undefined)
            params.set(key, value);
    return params.toString();
}
/**
 * How long the server asked us to wait, in ms: `Retry-After` (seconds or an HTTP date), or the
 * longest `estimated_time_to_regain_access` (minutes) in `X-Business-Use-Case-Usage`.
 */
function requestedWaitMs(headers, now = Date.now()) {
    const waits = [];
    const retryAfter = (0,_transport_js__WEBPACK_IMPORTED_MODULE_4__/* .headerValues */ .U)(headers, "retry-after")[0];
    if (retryAfter !== undefined) {
        const seconds = Number(retryAfter.trim());
        const date = Date.parse(retryAfter);
        if (/^\d+$/.test(retryAfter.trim()))
            waits.push(seconds * 1000);
        else if (Number.isFinite(date))
            waits.push(Math.max(0, date - now));
    }
    // Every copy of a repeated usage header: the longest wait any of them asks for counts.
    for (const usage of (0,_transport_js__WEBPACK_IMPORTED_MODULE_4__/* .headerValues */ .U)(headers, "x-business-use-case-usage")) {
        const parsed = parseJson(usage);
        if (typeof parsed === "object" && parsed !== null) {
            for (const entries of Object.values(parsed)) {
                if (!Array.isArray(entries))
                    continue;
                for (const entry of entries) {
                    const minutes = entry
                        ?.estimated_time_to_regain_access;
                    if (typeof minutes === "number" && Number.isFinite(minutes) && minutes > 0)
                        waits.push(minutes * 60_000);
                }
            }
        }
    }
    // A wait of years (Retry-After: 1e20) is nonsense and past the largest date there is: a day is
    // as long as this client ever reports, and it is far longer than any budget.
    return waits.length > 0 ? Math.min(Math.max(...waits), MAX_REPORTED_WAIT_MS) : undefined;
}
/** The longest wait a reply can ask for that is reported as asked; longer ones count as this. */
const MAX_REPORTED_WAIT_MS = 24 * 3600 * 1000;
function tooLongToWait(what, error, waitMs, budgetMs) {
    const retryAt = new Date(Date.now() + waitMs);
    const minutes = Math.ceil(waitMs / 60_000);
    const asked = waitMs >= MAX_REPORTED_WAIT_MS
        ? "a day or more"
        : minutes >= 120
            ? `${Math.ceil(minutes / 60)} hours`
            : `${minutes} minute${minutes === 1 ? "" : "s"}`;
    const cause = error.graph ? `rate-limited (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .describeGraphError */ .a9)(error.graph)})` : "asked to wait";
    return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .GraphUnansweredError */ .Z9(`${what}: ${cause}; the Graph API asks to wait ${asked}, longer than the ${budgetMs / 1000} s time budget: try again after ${retryAt.toISOString().replace(/\.\d+Z$/, "Z")}`, { ...(error.graph && { graph: error.graph }), unreachable: error.unreachable, retryable: false, retryAt });
}
function tooLarge(what, options) {
    const cap = options.maxReplyBytes ?? DEFAULT_MAX_REPLY_BYTES;
    const size = cap >= 1024 * 1024 ? `${cap / (1024 * 1024)} MiB` : `${cap} bytes`;
    return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .GraphReplyError */ .nR(`${what}: the reply is larger than ${size}, far more than any Graph API answer, so it was not read; is graph-api-url right?`);
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
    return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .GraphUnansweredError */ .Z9(`${what}: no answer from the Graph API within ${budgetMs / 1000} s (timeout-seconds)`, { unreachable: true, retryable: true });
}
function networkError(what, error, budgetMs) {
    const code = (0,_http_js__WEBPACK_IMPORTED_MODULE_5__/* .networkErrorCode */ .a0)(error);
    // Meta answered, with more header bytes than an HTTP client reads (16 KiB): asking again gets
    // the same answer, and "cannot reach" would send the user to check a network that works.
    if (code === "HPE_HEADER_OVERFLOW")
        return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .GraphReplyError */ .nR(`${what}: the Graph API answered with headers too large to read (over 16 KiB)`);
    const name = error.name;
    if (name === "TimeoutError")
        return timeout(what, budgetMs);
    // TLS that cannot work will not work on the next try either: say why, at once.
    const tls = tlsFailure(code);
    if (tls)
        return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .GraphUnansweredError */ .Z9(`${what}: cannot reach the Graph API: ${tls}`, {
            unreachable: true,
            retryable: false,
            requestSent: false,
        });
    return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .GraphUnansweredError */ .Z9(`${what}: cannot reach the Graph API (${(0,_http_js__WEBPACK_IMPORTED_MODULE_5__/* .networkFailureReason */ .x)(code)})`, {
        unreachable: true,
        retryable: true,
        // No connection was made: nothing was sent.
        ...((code === "ECONNREFUSED" || code === "ENOTFOUND" || code === "EAI_AGAIN") && { requestSent: false }),
    });
}
/** What a TLS failure means for the user, or undefined when `code` is no TLS failure. */
function tlsFailure(code) {
    if (code === undefined)
        return undefined;
    if (code === "EPROTO" || code.startsWith("ERR_SSL_"))
        return `the TLS handshake failed (${code}): is graph-api-url an https:// URL of a server that speaks HTTPS on that port?`;
    if (code === "ERR_TLS_CERT_ALTNAME_INVALID")
        return `the server's TLS certificate is for another host name (${code}): is graph-api-url's host the one the certificate names?`;
    if (/CERT|SELF_SIGNED|UNABLE_TO_VERIFY|UNABLE_TO_GET_ISSUER/.test(code))
        return `the server's TLS certificate is not trusted (${code}); behind a proxy that inspects TLS, give Node its certificate with NODE_EXTRA_CA_CERTS`;
    return undefined;
}
const delay = (ms) => new Promise((resolve) => setTimeout(resolve, ms));


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

/***/ 2273:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  rotateToken: () => (/* binding */ rotateToken)
});

// EXTERNAL MODULE: ./src/detect/scrub.ts
var scrub = __webpack_require__(7732);
// EXTERNAL MODULE: ./src/graph/client.ts
var client = __webpack_require__(2561);
// EXTERNAL MODULE: ./src/graph/errors.ts
var errors = __webpack_require__(869);
// EXTERNAL MODULE: ./src/graph/tokens.ts
var tokens = __webpack_require__(7036);
// EXTERNAL MODULE: ./src/verify/verdict.ts + 16 modules
var verify_verdict = __webpack_require__(7075);
// EXTERNAL MODULE: ./src/verify/verify.ts
var verify = __webpack_require__(2152);
;// CONCATENATED MODULE: ./src/rotate/plan.ts
const DAY_MS = 86_400_000;
/**
 * What a new token inherits from the old one (its kind, app, permissions, assets): when the old
 * token fails one of these, the new one would fail it too.
 */
const INHERITED = new Set([
    "input",
    "valid",
    "type",
    "app",
    "scopes",
    "least-privilege",
    "assets",
]);
/** What rotation renews: the new token must pass these, whatever the old one did. */
const RENEWED = new Set(["expiry", "data-access", "age"]);
/** Whether the token is due, and how it would be renewed. */
function planRotation(facts, policy, settings, now) {
    const data = facts.token;
    if (!data)
        return { kind: "skip", note: "not rotated: the token could not be inspected" };
    if (!data.is_valid) {
        return {
            kind: "skip",
            note: "not rotated: an invalid or expired token cannot be refreshed; generate a new one (Business Settings → System users) and store it",
        };
    }
    if (data.type !== "SYSTEM_USER") {
        return {
            kind: "skip",
            note: `not rotated: only system-user tokens are rotated, and this is a ${data.type ?? "token of unknown type"} token`,
        };
    }
    if (data.expires_at) {
        const left = data.expires_at * 1000 - now.getTime();
        if (policy.force || left < policy.rotateDays * DAY_MS)
            return { kind: "refresh" };
        return {
            kind: "skip",
            note: `not due: ${Math.floor(left / DAY_MS)} days left; it is refreshed when fewer than ${policy.rotateDays} (rotate-days) remain`,
        };
    }
    const age = data.issued_at ? now.getTime() - data.issued_at * 1000 : undefined;
    const old = policy.force ||
        (settings.maxAgeDays !== undefined && age !== undefined && age > settings.maxAgeDays * DAY_MS);
    if (!old) {
        return {
            kind: "skip",
            note: settings.maxAgeDays === undefined
                ? "not rotated: the token never expires; set max-age-days (with system-user-id and admin-token) to replace it on a schedule, or better, use a 60-day token (see docs/rotation.md)"
                : age === undefined
                    ? "not rotated: the token never expires and Meta gives no issue date to judge max-age-days by"
                    : `not due: the token never expires and is ${Math.floor(age / DAY_MS)} days old; it is replaced after ${settings.maxAgeDays} (max-age-days)`,
        };
    }
    if (!policy.generate) {
        return {
            kind: "skip",
            note: "not rotated: the token never expires and is older than max-age-days; a new one can only be generated with system-user-id and admin-token (see docs/rotation.md)",
        };
    }
    return { kind: "generate", ...policy.generate };
}
/** A failed check of the old token that a new token would fail too: rotating cannot help. */
function inheritedFailure(before) {
    const failed = before.checks.find((check) => check.status === "failed" && INHERITED.has(check.id));
    if (!failed)
        return undefined;
    return {
        kind: "skip",
        note: `not rotated: ${failed.title}: ${failed.value}; a new token would inherit that and fail too, so none was asked for${failed.fix ? `. ${failed.fix}` : ""}`,
    };
}
/**
 * Why the new token must not be stored, or undefined when it may: it fails a check it inherits
 * or one rotation renews, or a check the old token passed (the test message, the phone number).
 * A check the old token already failed for reasons of its own (a closed message window, the
 * phone number's quality) does not block a rotation that leaves it as it was.
 */
function newTokenProblem(before, after) {
    if (after.unanswered && after.token.valid === undefined) {
        return "the new token could not be checked (the Graph API did not answer)";
    }
    const statusBefore = new Map(before.checks.map((check) => [check.id, check.status]));
    const blocking = after.checks.find((check) => check.status === "failed" &&
        (INHERITED.has(check.id) || RENEWED.has(check.id) || statusBefore.get(check.id) !== "failed"));
    return blocking ? `${blocking.title}: ${blocking.value}` : undefined;
}
/**
 * Why the new token cannot take the old one's place, or undefined when it can: it must belong to
 * the same user, carry every scope the old one has, and expire later (or never). The checks
 * alone do not say this: required-scopes may ask for fewer scopes than the old token has, and a
 * token of another system user or an older one passes them too, yet storing it (and revoking
 * the old one) takes something away that worked.
 */
function successorProblem(old, fresh) {
    if (!fresh)
        return "Meta gave no facts about the new token (debug_token), so it cannot be compared with the old one";
    if (old.user_id !== undefined && fresh.user_id !== old.user_id) {
        return `the new token belongs to user ${fresh.user_id ?? "(not said)"}, not to the old token's user ${old.user_id}`;
    }
    const freshScopes = new Set(fresh.scopes ?? []);
    const missing = (old.scopes ?? []).filter((scope) => !freshScopes.has(scope));
    if (missing.length > 0) {
        return `the new token lacks scopes the old one has: ${missing.slice(0, 20).join(", ")}`;
    }
    const oldExpiry = old.expires_at;
    const freshExpiry = fresh.expires_at;
    if (freshExpiry === undefined)
        return "Meta did not say when the new token expires";
    // 0 is "never". A never-expiring token is only replaced by another one that never expires.
    const later = freshExpiry === 0 || (oldExpiry !== undefined && oldExpiry !== 0 && freshExpiry > oldExpiry);
    if (!later) {
        return `the new token expires ${when(freshExpiry)}, not later than the old one (${when(oldExpiry)})`;
    }
    return undefined;
}
const when = (seconds) => seconds === undefined
    ? "at an unknown time"
    : seconds === 0
        ? "never"
        : new Date(seconds * 1000).toISOString().replace(/\.\d+Z$/, "Z");

// EXTERNAL MODULE: ./src/rotate/sink.ts
var rotate_sink = __webpack_require__(4192);
;// CONCATENATED MODULE: ./src/rotate/rotate.ts
/**
 * Token rotation, the guides' own steps in order: get a new token, test it, update where the
 * application reads it, then (opt-in) revoke the old one. Each step either succeeds or ends the
 * rotation with one line that names the step and what to do; the old token is never touched
 * before the new one is stored, and never revoked when it is the one stored, so a failure
 * anywhere leaves the bot working. Everything that can be told in advance (the destination, its
 * key, a concurrent run, a check a new token would fail too) is told before Meta is asked, so no
 * token is minted only to be thrown away. Every message is scrubbed of every secret involved.
 */








async function rotateToken(request) {
    const { settings, facts, policy, sink } = request;
    const app = settings.app;
    const oldToken = settings.token;
    const scrubber = new scrub/* Scrubber */.h6([
        oldToken,
        app?.secret,
        app && `${app.id}|${app.secret}`,
        policy.generate?.adminToken,
        ...(request.secrets ?? []),
    ]);
    const clean = (text) => scrubber.clean(text);
    const skip = (note) => ({ outcome: "skipped", note: clean(note) });
    const fail = (step, text, unanswered = false) => ({
        outcome: "failed",
        step,
        failure: clean(`rotation failed at step "${step}": ${text}`),
        ...(unanswered && { unanswered }),
    });
    const plan = planRotation(facts, policy, settings, facts.now);
    if (plan.kind === "skip")
        return skip(plan.note);
    const before = (0,verify_verdict/* evaluate */._3)(settings, facts);
    const inherited = inheritedFailure(before);
    if (inherited)
        return skip(inherited.note);
    const data = facts.token;
    const keeps = oldTokenStill(data.expires_at);
    if (!app)
        return fail("prepare", "refreshing and revoking need app-id and app-secret.");
    if (plan.kind === "generate" && data.user_id && data.user_id !== plan.systemUserId) {
        return fail("generate", `system-user-id ${plan.systemUserId} is not the token's own system user (${data.user_id}): correct system-user-id. ${keeps}`);
    }
    let prepared;
    let readAt;
    try {
        prepared = await sink.prepare();
        readAt = await request.readAt();
    }
    catch (error) {
        if (!(error instanceof rotate_sink/* SinkError */.y))
            throw error;
        return fail("prepare", `${error.message} Nothing was refreshed; ${keeps}`);
    }
    if (prepared.updatedAt && prepared.updatedAt.getTime() > readAt.getTime()) {
        return skip(`not rotated: the ${sink.description} was written at ${iso(prepared.updatedAt)}, after this token was read (${iso(readAt)}): another run rotated it; the next run checks the new token`);
    }
    const how = plan.kind === "refresh" ? "refresh it (oauth/access_token)" : "generate a new one for the system user";
    if (request.dryRun) {
        return {
            outcome: "dry-run",
            note: clean(`dry run: would ${how}, check the new token, store it in the ${sink.description}${policy.revokeOld ? ", then revoke the old one" : ""}; nothing was sent or written`),
        };
    }
    const client = graphClient(settings);
    const step = plan.kind === "refresh" ? "refresh" : "generate";
    let issued;
    try {
        issued =
            plan.kind === "refresh"
                ? await (0,tokens/* refreshToken */.Be)(client, app, oldToken)
                : await (0,tokens/* generateToken */.HU)(client, {
                    systemUserId: plan.systemUserId,
                    adminToken: plan.adminToken,
                    appId: app.id,
                    scopes: data.scopes ?? [],
                    expiring: false,
                });
    }
    catch (error) {
        if (!(error instanceof errors/* GraphCallError */.f4))
            throw error;
        // Code 190: Meta no longer accepts the old token, so it does not "still work".
        const dead = step === "refresh" && error instanceof errors/* GraphRefusedError */.L5 && error.graph?.code === 190;
        return fail(step, dead ? graphFailure(error, step) : `${graphFailure(error, step)} ${keeps}`, !(error instanceof errors/* GraphRefusedError */.L5));
    }
    finally {
        await client.close();
    }
    // Before anything else can print it.
    const fresh = issued.token;
    request.mask(fresh);
    scrubber.add(fresh);
    if (fresh === oldToken) {
        // Nothing new to store, and revoking "the old one" would kill the only token there is.
        return skip(`not rotated: Meta answered the ${step} with the same token, so there is nothing new to store; ${keeps}`);
    }
    const freshSettings = { ...settings, token: fresh, tokenWasPadded: false };
    const checked = await (0,verify/* gatherFacts */.p)(freshSettings, new Date());
    const freshVerdict = (0,verify_verdict/* evaluate */._3)(freshSettings, checked);
    const problem = newTokenProblem(before, freshVerdict) ?? successorProblem(data, checked.token);
    if (problem) {
        return fail("verify", `the new token failed a check, so it was not stored: ${problem}. ${keeps} (The new token is unused; it needs no action.)`, freshVerdict.unanswered && freshVerdict.token.valid === undefined);
    }
    try {
        await sink.store(fresh);
    }
    catch (error) {
        if (!(error instanceof rotate_sink/* SinkError */.y))
            throw error;
        if (error instanceof rotate_sink/* DestinationChangedError */.F) {
            // The other run may have revoked the old token (revoke-old): never say it still works.
            return skip(`not rotated: ${error.message}. This run's new token is unused and expires by itself; the old token may already be revoked by the other run, so rely on the stored one; the next run checks it`);
        }
        if (error.uncertain) {
            return fail("store", `${error.message} It is unknown whether the ${sink.description} now holds the new token: both tokens work, so nothing is broken (${keeps.replace(/\.$/, "")}); check the secret's last update in GitHub, and run again.`);
        }
        return fail("store", `${error.message} The new token works but was not stored (it needs no action); ${keeps} Fix the access and run again.`);
    }
    // From here the new token is stored: whatever goes wrong, the result says so.
    try {
        request.onStored?.(sink.description);
        return await afterStore(request, freshSettings, checked, oldToken, fresh, clean);
    }
    catch (error) {
        const rotated = {
            outcome: "rotated",
            verdict: (0,verify_verdict/* evaluate */._3)(freshSettings, checked),
            revoked: false,
        };
        return {
            ...rotated,
            ...expiry(checked),
            step: "revoke",
            failure: clean(`the new token is stored in the ${sink.description}, but then wa-token-guard stopped on an internal error (please report it): ${error.message}. The old token was not revoked.`),
        };
    }
}
/** Reads the stored token's facts again, then revokes the old token when asked to. */
async function afterStore(request, freshSettings, checked, oldToken, fresh, clean) {
    const { settings, policy } = request;
    const app = settings.app;
    // The outputs and the issue describe what is now stored; the test message is not sent twice.
    const after = await (0,verify/* gatherFacts */.p)({ ...freshSettings, test: undefined }, new Date());
    const facts = { ...checked, ...(after.token && { token: after.token }) };
    const verdict = (0,verify_verdict/* evaluate */._3)(freshSettings, facts);
    const rotated = { outcome: "rotated", verdict, ...expiry(facts) };
    // The stored token is never the one revoked.
    if (!policy.revokeOld || oldToken === fresh)
        return { ...rotated, revoked: false };
    const revoker = graphClient(settings);
    try {
        await (0,tokens/* revokeToken */.w$)(revoker, app, oldToken);
        return { ...rotated, revoked: true };
    }
    catch (error) {
        if (!(error instanceof errors/* GraphCallError */.f4))
            throw error;
        const answered = error instanceof errors/* GraphRefusedError */.L5 || error instanceof errors/* GraphDeclinedError */.R6 || error.graph;
        const what = answered
            ? `${error.explanation.meaning} (${error.message})`
            : error.requestSent === false
                ? `${error.message}, so nothing was sent: it is not revoked`
                : `${error.message}: it may or may not be revoked`;
        return {
            ...rotated,
            revoked: false,
            step: "revoke",
            ...(!(error instanceof errors/* GraphRefusedError */.L5 || error instanceof errors/* GraphDeclinedError */.R6) && {
                unanswered: true,
            }),
            failure: clean(`rotation failed at step "revoke": the new token is stored and works, but the old one was not revoked: ${what}. Revoke it by hand: wa-token-guard revoke (the old token on standard input).`),
        };
    }
    finally {
        await revoker.close();
    }
}
function graphClient(settings) {
    return new client.GraphClient({
        baseUrl: settings.graphApiUrl,
        version: settings.graphApiVersion,
        timeoutMs: settings.timeoutSeconds * 1000,
        ...(settings.app && { appSecret: settings.app.secret }),
    });
}
function expiry(facts) {
    const at = facts.token?.expires_at;
    return at ? { expiresAt: new Date(at * 1000) } : {};
}
/** Why Meta did not hand out a token, and what that means for the tokens that exist. */
function graphFailure(error, step) {
    if (!(error instanceof errors/* GraphRefusedError */.L5)) {
        if (error.graph) {
            // A rate limit or a temporary error: Meta said it did not do it.
            return `Meta did not ${step} it: ${error.explanation.meaning} (${error.message}). ${error.explanation.fix}`;
        }
        // No answer, or one we cannot read: the POST may have reached Meta. Never sent again blindly.
        return `${error.message}. The ${step} may have gone through at Meta, so a new valid token may exist that nobody has (it is harmless and expires by itself); it was not sent again.`;
    }
    const { meaning, fix } = error.explanation;
    const hint = step === "refresh" && error.graph?.code === 190
        ? " Meta no longer accepts the old token (it was invalidated, revoked or has expired), so it cannot be refreshed and no longer works: replace it by hand, generate a new one (Business Settings → System users) and store it."
        : ` ${fix}`;
    return `Meta refused: ${meaning} (${error.message}).${hint}`;
}
function oldTokenStill(expiresAt) {
    return expiresAt
        ? `the old token is untouched and works until ${iso(new Date(expiresAt * 1000))}.`
        : "the old token is untouched and still works.";
}
const iso = (date) => date.toISOString().replace(/\.\d+Z$/, "Z");


/***/ })

};
