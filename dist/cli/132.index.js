export const id = 132;
export const ids = [132];
export const modules = {

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


/***/ }),

/***/ 2132:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   checkLiveness: () => (/* binding */ checkLiveness)
/* harmony export */ });
/* harmony import */ var _concurrency_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1532);
/* harmony import */ var _graph_client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2561);
/* harmony import */ var _graph_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(869);
/**
 * Is a leaked token still alive? Each distinct token is asked about once, through the same Graph
 * client as the action (its time budget, the caller token in the Authorization header, the app
 * token when the app's credentials are given), a few at a time. Tokens go nowhere but the
 * configured Graph API URL.
 */



async function checkLiveness(tokens, options) {
    const client = new _graph_client_js__WEBPACK_IMPORTED_MODULE_0__/* .GraphClient */ .o({
        baseUrl: options.graphApiUrl,
        version: options.graphApiVersion,
        timeoutMs: options.timeoutSeconds * 1000,
        ...(options.app && { appSecret: options.app.secret }),
    });
    const results = new Map();
    try {
        await (0,_concurrency_js__WEBPACK_IMPORTED_MODULE_2__/* .forEachConcurrently */ .D)([...new Set(tokens)], options.concurrency ?? 4, async (token) => {
            results.set(token, await ask(client, token, options));
        });
    }
    finally {
        await client.close();
    }
    return results;
}
async function ask(client, token, options) {
    const caller = options.app ? `${options.app.id}|${options.app.secret}` : token;
    try {
        const { body } = await client.get("debug_token", caller, { input_token: token });
        const data = body.data;
        if (!data || typeof data.is_valid !== "boolean")
            return "unknown";
        if (data.is_valid)
            return "live";
        return deadBecause(data.error, data.expires_at);
    }
    catch (error) {
        if (!(error instanceof _graph_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .GraphCallError */ .f4) || !error.graph)
            return "unknown";
        // A token inspecting itself is rejected as the caller when it is dead.
        if (!options.app && error.graph.code === 190)
            return deadBecause(error.graph);
        return "unknown";
    }
}
function deadBecause(error, expiresAt) {
    const subcode = error?.subcode ?? error?.error_subcode;
    if (subcode === 463 || /expired/i.test(error?.message ?? ""))
        return "expired";
    if (!error && expiresAt && expiresAt * 1000 < Date.now())
        return "expired";
    return "revoked";
}


/***/ })

};
