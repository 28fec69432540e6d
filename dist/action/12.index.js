export const id = 12;
export const ids = [12,561];
export const modules = {

/***/ 6584:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $f: () => (/* binding */ githubClient),
/* harmony export */   wt: () => (/* binding */ guardError)
/* harmony export */ });
/* unused harmony export GitHubCallError */
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2413);
/* harmony import */ var _http_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6803);
/* harmony import */ var _text_safety_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2243);
/**
 * The one way this project calls GitHub's REST API: octokit over a guarded fetch that
 * - bounds every call (headers and body) by a timeout, and names the call that ran out of time;
 * - sends nothing to any origin but the configured API URL's: a `Link` header (pagination) or a
 *   redirect that points elsewhere would otherwise get the token;
 * - follows redirects for reads, and for writes only 307/308 (method and body kept), never for a
 *   PUT: a secret write answered 303 would become a GET whose 2xx passes for a stored secret, so
 *   a PUT's 3xx is an error (its outcome unknown);
 * - takes a PUT's 2xx as done whatever its body (GitHub sends none; a proxy may add one);
 * - reads at most a few MiB of a reply, and turns one that is not JSON (an HTML login page, a
 *   proxy's error page) into a clear error instead of a value the code cannot use.
 * Every failure is a GitHubCallError whose message says which call and what happened.
 */



class GitHubCallError extends Error {
    name = "GitHubCallError";
}
const MAX_REDIRECTS = 3;
/**
 * Which redirects are followed: any for a read; for a write only 307/308, which keep the method
 * and body (GitHub's answer for a renamed repository); never for a PUT (a secret's write), whose
 * outcome must come from GitHub's own answer to it.
 */
function followed(method, status) {
    const verb = method.toUpperCase();
    if (verb === "GET" || verb === "HEAD")
        return true;
    return verb !== "PUT" && (status === 307 || status === 308);
}
const isJson = (type) => /^application\/(?:[\w.+-]+\+)?json\b/i.test(type.trim());
function githubClient(options) {
    return (0,_actions_github__WEBPACK_IMPORTED_MODULE_0__.getOctokit)(options.token, {
        baseUrl: options.apiUrl,
        request: { fetch: guardedFetch(options) },
    });
}
/** The error a failed call amounts to, when it came from the guard (octokit wraps it). */
function guardError(error) {
    if (error instanceof GitHubCallError)
        return error;
    const cause = error?.cause;
    return cause instanceof GitHubCallError ? cause : undefined;
}
function guardedFetch(options) {
    const origin = new URL(options.apiUrl).origin;
    const cap = options.maxReplyBytes ?? 8 * 1024 * 1024;
    return async (input, init) => {
        let url = new URL(input instanceof Request ? input.url : String(input));
        const method = init?.method ?? "GET";
        const what = `${method} ${(0,_text_safety_js__WEBPACK_IMPORTED_MODULE_1__/* .shownText */ .f$)(url.pathname, 200)}`;
        const signal = AbortSignal.timeout(options.timeoutMs);
        for (let redirects = 0;; redirects++) {
            if (url.origin !== origin) {
                throw new GitHubCallError(`${what}: the GitHub API pointed the next request at ${(0,_text_safety_js__WEBPACK_IMPORTED_MODULE_1__/* .shownText */ .f$)(url.origin, 100)}, not at ${origin} (GITHUB_API_URL); it was not followed, so the token was not sent there`);
            }
            let response;
            try {
                response = await fetch(url, { ...init, redirect: "manual", signal });
            }
            catch (error) {
                throw callFailed(what, error, signal, options.timeoutMs);
            }
            const location = response.headers.get("location");
            const redirect = response.status >= 300 && response.status < 400 && response.status !== 304;
            if (redirect && !followed(method, response.status)) {
                // A 303 means "GET this instead": its 2xx would pass for a stored secret.
                await response.body?.cancel();
                throw new GitHubCallError(`${what}: the GitHub API answered HTTP ${response.status} (a redirect); a write is never redirected, so it was not followed and nothing confirms it was carried out`);
            }
            if (redirect && location && redirects < MAX_REDIRECTS) {
                await response.body?.cancel();
                url = new URL(location, url);
                continue;
            }
            let body;
            try {
                body = await readBody(response, cap);
            }
            catch (error) {
                if (error instanceof GitHubCallError)
                    throw new GitHubCallError(`${what}: ${error.message}`);
                throw callFailed(what, error, signal, options.timeoutMs);
            }
            const type = response.headers.get("content-type") ?? "";
            if (method.toUpperCase() === "PUT" && response.ok && !isJson(type)) {
                // A PUT's 2xx is its answer (GitHub sends no body), whatever a proxy put there: it was done.
                const headers = new Headers(response.headers);
                headers.delete("content-type");
                headers.delete("content-length");
                return new Response(null, { status: response.status, statusText: response.statusText, headers });
            }
            const empty = body.length === 0 || response.status === 204 || response.status === 304;
            if (!empty && !isJson(type)) {
                throw new GitHubCallError(`${what}: the GitHub API answered HTTP ${response.status} with ${(0,_text_safety_js__WEBPACK_IMPORTED_MODULE_1__/* .shownText */ .f$)(type, 80) || "no content type"}, not JSON; is GITHUB_API_URL right?`);
            }
            const nullBody = [101, 204, 205, 304].includes(response.status);
            return new Response(nullBody ? null : body, {
                status: response.status,
                statusText: response.statusText,
                headers: response.headers,
            });
        }
    };
}
async function readBody(response, cap) {
    const { body } = response;
    if (!body)
        return new Uint8Array();
    const bytes = await (0,_http_js__WEBPACK_IMPORTED_MODULE_2__/* .readCapped */ .EF)(body, cap, () => body.cancel());
    if (!bytes)
        throw new GitHubCallError(`the reply is larger than ${cap / (1024 * 1024)} MiB, so it was not read`);
    return bytes;
}
function callFailed(what, error, signal, timeoutMs) {
    if (signal.aborted) {
        return new GitHubCallError(`${what}: no answer from the GitHub API within ${timeoutMs / 1000} s (timeout-seconds)`);
    }
    const reason = (0,_http_js__WEBPACK_IMPORTED_MODULE_2__/* .networkFailureReason */ .x)((0,_http_js__WEBPACK_IMPORTED_MODULE_2__/* .networkErrorCode */ .a0)(error));
    return new GitHubCallError(`${what}: cannot reach the GitHub API (${reason})`);
}


/***/ }),

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

/***/ 2012:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  rotateActionSecret: () => (/* binding */ rotateActionSecret)
});

// EXTERNAL MODULE: ./src/github/client.ts
var client = __webpack_require__(6584);
;// CONCATENATED MODULE: ./src/github/job-start.ts
/**
 * When this job started, from GitHub's REST API. The runner hands a job its secrets when the job
 * starts, not when a step does: a secret written after the job started (by a concurrent run) is
 * one this job never saw, so the rotation's concurrency guard must compare against the job's
 * start. The job is found by its runner (RUNNER_NAME) among the run attempt's jobs; when it
 * cannot be told apart, the attempt's own start is used, which is earlier, so the guard errs on
 * the side of not rotating.
 */

/** A failure to read the run, phrased so the user knows which permission to add. */
class JobStartError extends Error {
    name = "JobStartError";
}
async function jobStartedAt(context) {
    const octokit = (0,client/* githubClient */.$f)({
        token: context.token,
        apiUrl: context.apiUrl,
        timeoutMs: context.timeoutMs,
    });
    const base = `/repos/${encodeURIComponent(context.owner)}/${encodeURIComponent(context.repo)}/actions/runs/${encodeURIComponent(context.runId)}/attempts/${encodeURIComponent(context.runAttempt)}`;
    if (context.runnerName) {
        const jobs = await read(octokit, `${base}/jobs`, { per_page: 100 });
        const mine = (Array.isArray(jobs.jobs) ? jobs.jobs : []).filter((job) => job?.status === "in_progress" && job.runner_name === context.runnerName);
        const started = mine.length === 1 ? date(mine[0].started_at) : undefined;
        if (started)
            return started;
    }
    const run = await read(octokit, base, {});
    const started = date(run.run_started_at);
    if (!started)
        throw new JobStartError("GitHub did not say when this workflow run started");
    return started;
}
async function read(octokit, path, query) {
    try {
        const response = await octokit.request(`GET ${path}`, query);
        return (typeof response.data === "object" && response.data !== null ? response.data : {});
    }
    catch (error) {
        const guarded = (0,client/* guardError */.wt)(error);
        if (guarded)
            throw new JobStartError(`cannot tell when this job started: ${guarded.message}`);
        const status = error.status;
        if (typeof status !== "number")
            throw error;
        throw new JobStartError(`cannot tell when this job started (HTTP ${status}): the job needs \`actions: read\` in its permissions (the github-token input reads the run), so that a concurrent run's rotation is seen`);
    }
}
function date(value) {
    if (typeof value !== "string")
        return undefined;
    const parsed = new Date(value);
    return Number.isNaN(parsed.getTime()) ? undefined : parsed;
}

// EXTERNAL MODULE: ./node_modules/libsodium-wrappers/dist/modules-esm/libsodium-wrappers.mjs + 1 modules
var libsodium_wrappers = __webpack_require__(4768);
// EXTERNAL MODULE: ./src/text-safety.ts
var text_safety = __webpack_require__(2243);
;// CONCATENATED MODULE: ./src/github/secrets.ts
/**
 * Writing a GitHub Actions secret through the REST API (shared/graph-api.md 12.2): read the
 * store's public key, seal the value with libsodium (crypto_box_seal), PUT it. Each store
 * (repository, environment, organization) has its own key, so the key is always fetched from
 * the exact store written to. An organization secret keeps its visibility and selected
 * repositories. Through the project's one guarded GitHub client (client.ts).
 */



/** A refused or failed call, in one line that says what to change. */
class SecretsError extends Error {
    status;
    uncertain;
    name = "SecretsError";
    constructor(message, status, 
    /**
     * A write that got no answer (a timeout, a dropped connection, a 5xx): GitHub may have stored
     * the value or not, and nobody can tell from here.
     */
    uncertain = false) {
        super(message);
        this.status = status;
        this.uncertain = uncertain;
    }
}
function describeTarget({ store, name }) {
    switch (store.kind) {
        case "repo":
            return `repository secret ${name} of ${store.owner}/${store.repo}`;
        case "environment":
            return `secret ${name} of environment "${store.environment}" in ${store.owner}/${store.repo}`;
        case "org":
            return `organization secret ${name} of ${store.org}`;
    }
}
const PERMISSION_FIX = {
    repo: 'The workflow\'s GITHUB_TOKEN can never write secrets: pass a fine-grained personal access token with the repository permission "Secrets: Read and write", or a GitHub App token with secrets: write.',
    environment: 'The workflow\'s GITHUB_TOKEN can never write secrets: pass a fine-grained personal access token with the repository permissions "Secrets: Read and write" and "Environments: Read and write", or a GitHub App token with secrets and environments: write.',
    org: 'The workflow\'s GITHUB_TOKEN can never write secrets: pass a fine-grained personal access token with the organization permission "Secrets: Read and write", or a GitHub App token with organization secrets: write.',
};
class SecretsClient {
    octokit;
    constructor(options) {
        this.octokit = (0,client/* githubClient */.$f)({
            token: options.token,
            apiUrl: options.apiUrl.replace(/\/+$/, ""),
            timeoutMs: options.timeoutMs ?? 30_000,
        });
    }
    async publicKey(target) {
        const body = await this.call("GET", `${base(target.store)}/public-key`, target, "read the public key of");
        if (typeof body.key_id !== "string" || typeof body.key !== "string" || !isKey(body.key)) {
            throw new SecretsError(`GitHub sent no usable public key for the ${describeTarget(target)}`);
        }
        return { keyId: body.key_id, key: body.key };
    }
    /** The secret's metadata; a missing secret is an error (a typo would otherwise create a new one). */
    async info(target) {
        const { body, info } = await this.metadata(target);
        if (target.store.kind !== "org")
            return info;
        const visibility = body.visibility;
        if (visibility !== "all" && visibility !== "private" && visibility !== "selected") {
            throw new SecretsError(`GitHub sent no visibility for the ${describeTarget(target)}`);
        }
        info.visibility = visibility;
        if (visibility === "selected")
            info.selectedRepositoryIds = await this.selectedRepositories(target);
        return info;
    }
    /** When the secret was last written (undefined: GitHub did not say); reads nothing else. */
    async updatedAt(target) {
        return (await this.metadata(target)).info.updatedAt;
    }
    async metadata(target) {
        const path = `${base(target.store)}/${encodeURIComponent(target.name)}`;
        const body = await this.call("GET", path, target, "read");
        const updatedAt = typeof body.updated_at === "string" ? new Date(body.updated_at) : undefined;
        const info = { ...(updatedAt && !Number.isNaN(updatedAt.getTime()) && { updatedAt }) };
        return { body, info };
    }
    /** Seals the value with the store's key and stores it (GitHub answers 201 created, 204 updated). */
    async write(target, value, key, info) {
        await libsodium_wrappers/* default.ready */.Ay.ready;
        const sealed = libsodium_wrappers/* default */.Ay.crypto_box_seal(libsodium_wrappers/* default.from_string */.Ay.from_string(value), libsodium_wrappers/* default.from_base64 */.Ay.from_base64(key.key, libsodium_wrappers/* default.base64_variants */.Ay.base64_variants.ORIGINAL));
        const body = {
            encrypted_value: libsodium_wrappers/* default.to_base64 */.Ay.to_base64(sealed, libsodium_wrappers/* default.base64_variants */.Ay.base64_variants.ORIGINAL),
            key_id: key.keyId,
        };
        if (target.store.kind === "org") {
            body.visibility = info.visibility;
            if (info.visibility === "selected")
                body.selected_repository_ids = info.selectedRepositoryIds ?? [];
        }
        await this.call("PUT", `${base(target.store)}/${encodeURIComponent(target.name)}`, target, "write", body);
    }
    /**
     * Every repository an organization secret is selected for. The PUT replaces the selection with
     * the ids it sends, so a listing that gives fewer ids than its total_count (or an id that is not
     * a number) would silently take the secret away from repositories: refused, nothing is written.
     */
    async selectedRepositories(target) {
        const ids = [];
        const incomplete = (why) => new SecretsError(`GitHub's list of the repositories selected for the ${describeTarget(target)} ${why}; writing the secret would drop the repositories missing from it, so nothing was written`);
        // At most 100 pages of 100: a reply that never ends is not followed for ever.
        for (let page = 1; page <= 100; page++) {
            const body = await this.call("GET", `${base(target.store)}/${encodeURIComponent(target.name)}/repositories`, target, "list the repositories of", { per_page: 100, page });
            const total = body.total_count;
            if (typeof total !== "number" || !Number.isInteger(total) || total < 0) {
                throw incomplete("gives no total_count");
            }
            if (!Array.isArray(body.repositories))
                throw incomplete("has no repositories");
            for (const repository of body.repositories) {
                const id = repository?.id;
                if (typeof id !== "number" || !Number.isSafeInteger(id))
                    throw incomplete("has an id that is not a number");
                ids.push(id);
            }
            if (ids.length === total)
                return ids;
            if (ids.length > total)
                throw incomplete(`lists ${ids.length} repositories but says ${total}`);
            if (body.repositories.length === 0)
                throw incomplete(`lists ${ids.length} of ${total} repositories`);
        }
        throw new SecretsError(`GitHub listed more than 10000 selected repositories for the ${describeTarget(target)}`);
    }
    async call(method, path, target, verb, params = {}) {
        const what = `cannot ${verb} the ${describeTarget(target)}`;
        try {
            const response = await this.octokit.request(`${method} ${path}`, params);
            // 201/204 to a PUT carry no body.
            return (typeof response.data === "object" && response.data !== null ? response.data : {});
        }
        catch (error) {
            const guarded = (0,client/* guardError */.wt)(error);
            // No answer, or one that is not GitHub's: a write may have been stored, or not.
            if (guarded)
                throw new SecretsError(`${what}: ${guarded.message}`, undefined, method === "PUT");
            const status = error.status;
            if (typeof status !== "number")
                throw error;
            throw refusal(what, status, githubMessage(error.response?.data), {
                target,
                verb,
                method,
            });
        }
    }
}
function refusal(what, status, message, { target, verb, method }) {
    if (status === 404 && verb === "read") {
        return new SecretsError(`${what} (HTTP 404: ${message}): check rotate-secret and rotate-scope (the secret must exist already), and that the token may see it. ${PERMISSION_FIX[target.store.kind]}`, status);
    }
    if (status === 403 || status === 404) {
        return new SecretsError(`${what} (HTTP ${status}: ${message}). ${PERMISSION_FIX[target.store.kind]}`, status);
    }
    if (status === 401) {
        return new SecretsError(`${what}: the GitHub token was refused (HTTP 401: ${message}); is it expired?`, status);
    }
    // A 5xx to a write says nothing about whether the value was stored.
    return new SecretsError(`${what}: GitHub answered HTTP ${status}: ${message}`, status, method === "PUT" && status >= 500);
}
function base(store) {
    switch (store.kind) {
        case "repo":
            return `/repos/${encodeURIComponent(store.owner)}/${encodeURIComponent(store.repo)}/actions/secrets`;
        case "environment":
            return `/repos/${encodeURIComponent(store.owner)}/${encodeURIComponent(store.repo)}/environments/${encodeURIComponent(store.environment)}/secrets`;
        case "org":
            return `/orgs/${encodeURIComponent(store.org)}/actions/secrets`;
    }
}
/** A Curve25519 public key: base64 of 32 bytes. */
function isKey(text) {
    return /^[A-Za-z0-9+/]{43}=$/.test(text);
}
function githubMessage(data) {
    const message = data?.message;
    if (typeof message === "string")
        return (0,text_safety/* shownText */.f$)(message.replace(/\s+/g, " "), 200);
    return data === undefined || data === "" ? "no message" : "a reply without a message";
}

;// CONCATENATED MODULE: ./src/rotate/sink.ts
/** The destination refused, or did not answer: the message says what to change. */
class SinkError extends Error {
    uncertain;
    name = "SinkError";
    constructor(message, 
    /** A write without an answer: the value may or may not have been stored. */
    uncertain = false) {
        super(message);
        this.uncertain = uncertain;
    }
}
/**
 * The destination was written by someone else since this run read it (another run rotated at
 * the same time): nothing was stored, and the old token may already be revoked by that run.
 */
class DestinationChangedError extends SinkError {
    writtenAt;
    name = "DestinationChangedError";
    constructor(message, 
    /** When the destination was written, by the other run. */
    writtenAt) {
        super(message);
        this.writtenAt = writtenAt;
    }
}

;// CONCATENATED MODULE: ./src/rotate/github-sink.ts
/**
 * A GitHub Actions secret as the rotation's destination: before any token is refreshed, the
 * secret must exist and its store's public key must be readable (a token that cannot read the
 * key cannot write either, and a refused write is best found out before Meta is asked). Just
 * before the write the secret's last update is read again (another run may have rotated it), and
 * after it once more: only a newer last update confirms the new token is stored, which is what
 * revoking the old one depends on.
 */


function githubSecretSink(target, options) {
    const client = new SecretsClient(options);
    let key;
    let info;
    const refused = (error) => {
        if (error instanceof SecretsError) {
            throw new SinkError(`${error.message}.`.replace(/\.\.$/, "."), error.uncertain);
        }
        throw error;
    };
    return {
        description: describeTarget(target),
        async prepare() {
            try {
                info = await client.info(target);
                key = await client.publicKey(target);
            }
            catch (error) {
                refused(error);
            }
            return { ...(info?.updatedAt && { updatedAt: info.updatedAt }) };
        },
        async store(token) {
            let before;
            try {
                // The key is read again: GitHub may have rotated it since prepare.
                key = await client.publicKey(target);
                // Read again last thing before writing: another run may have stored its own new token.
                before = await client.updatedAt(target);
            }
            catch (error) {
                refused(error);
            }
            if (before?.getTime() !== info?.updatedAt?.getTime()) {
                throw new DestinationChangedError(`the ${describeTarget(target)} was written at ${iso(before)} while this run was rotating (it read it at ${iso(info?.updatedAt)}): another run rotated it, so this run's new token was not stored`, before ?? new Date());
            }
            try {
                await client.write(target, token, key, info ?? {});
            }
            catch (error) {
                refused(error);
            }
            // GitHub said it stored it; the secret's last update must say so too before anyone relies on it.
            const after = await client.updatedAt(target).catch((error) => {
                if (error instanceof SecretsError)
                    return undefined;
                throw error;
            });
            if (!after || (before && after.getTime() <= before.getTime())) {
                throw new SinkError(`GitHub answered the write, but the secret's last update (updated_at) ${after ? `is still ${iso(after)}` : "could not be read back"}, so nothing confirms it was stored.`, true);
            }
        },
    };
}
const iso = (date) => date?.toISOString().replace(/\.\d+Z$/, "Z") ?? "an unknown time";

// EXTERNAL MODULE: ./src/detect/scrub.ts + 1 modules
var scrub = __webpack_require__(8711);
// EXTERNAL MODULE: ./src/graph/client.ts
var graph_client = __webpack_require__(2561);
// EXTERNAL MODULE: ./src/graph/errors.ts
var errors = __webpack_require__(869);
// EXTERNAL MODULE: ./src/graph/replies.ts
var replies = __webpack_require__(9324);
;// CONCATENATED MODULE: ./src/graph/tokens.ts


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
    }, replies/* ACCESS_TOKEN */.Xh);
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
    }, replies/* ACCESS_TOKEN */.Xh);
    return issued(body, `${request.systemUserId}/access_tokens`);
}
/** `oauth/revoke`: the token stops working at once. Called as the app (its app token). */
async function revokeToken(client, app, token) {
    const { body } = await client.postForm("oauth/revoke", `${app.id}|${app.secret}`, { client_id: app.id, client_secret: app.secret, revoke_token: token }, replies/* REVOKE */.fU);
    if (body.success === false || body.success === "false") {
        // A readable "no": Meta did not revoke it (a token of another app, one already dead).
        throw new errors/* GraphDeclinedError */.R6('POST /oauth/revoke: Meta answered "success": false', {
            meaning: "Meta did not revoke the token",
            fix: "Check that the token belongs to this app (--app-id) and is still alive (wa-token-guard verify); a token that no longer works needs no revoking.",
        });
    }
    if (body.success !== true && body.success !== "true") {
        throw new errors/* GraphReplyError */.nR("POST /oauth/revoke: the Graph API did not answer success");
    }
}
function issued(body, what) {
    // A token is one run of printable characters: anything else cannot be stored or sent safely.
    if (!/^[\x21-\x7e]{20,4096}$/.test(body.access_token)) {
        throw new errors/* GraphReplyError */.nR(`POST /${what}: the new access_token is not a token`);
    }
    return { token: body.access_token, ...(body.expires_in && { expiresIn: body.expires_in }) };
}

// EXTERNAL MODULE: ./src/verify/verdict.ts + 15 modules
var verify_verdict = __webpack_require__(3006);
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
        if (!(error instanceof SinkError))
            throw error;
        return fail("prepare", `${error.message} Nothing was refreshed; ${keeps}`);
    }
    if (prepared.updatedAt && prepared.updatedAt.getTime() > readAt.getTime()) {
        return skip(`not rotated: the ${sink.description} was written at ${rotate_iso(prepared.updatedAt)}, after this token was read (${rotate_iso(readAt)}): another run rotated it; the next run checks the new token`);
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
                ? await refreshToken(client, app, oldToken)
                : await generateToken(client, {
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
        if (!(error instanceof SinkError))
            throw error;
        if (error instanceof DestinationChangedError) {
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
        await revokeToken(revoker, app, oldToken);
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
    return new graph_client.GraphClient({
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
        ? `the old token is untouched and works until ${rotate_iso(new Date(expiresAt * 1000))}.`
        : "the old token is untouched and still works.";
}
const rotate_iso = (date) => date.toISOString().replace(/\.\d+Z$/, "Z");

;// CONCATENATED MODULE: ./src/rotate/action-rotation.ts
/**
 * The action's rotation step: the token check's facts in, the GitHub secret the token came from
 * out. The token in hand is the one the runner handed this job when the job started, so the
 * concurrency guard compares the secret's last write with the job's start (read from GitHub).
 */




function rotateActionSecret(rotation, settings, facts, context) {
    const timeoutMs = settings.timeoutSeconds * 1000;
    return rotateToken({
        settings,
        facts,
        policy: rotation.policy,
        sink: githubSecretSink(rotation.target, {
            apiUrl: rotation.apiUrl,
            token: rotation.githubToken,
            timeoutMs,
        }),
        mask: context.mask,
        onStored: context.onStored,
        secrets: [rotation.githubToken, rotation.jobToken],
        readAt: () => jobStart(rotation, context.env, timeoutMs),
    });
}
async function jobStart(rotation, env, timeoutMs) {
    const [owner, repo] = (env.GITHUB_REPOSITORY ?? "").split("/");
    if (!env.GITHUB_RUN_ID || !owner || !repo) {
        // Not a workflow run (a local test of the action): this process's start is when it read the token.
        return new Date(Date.now() - process.uptime() * 1000);
    }
    try {
        return await jobStartedAt({
            apiUrl: rotation.apiUrl,
            token: rotation.jobToken,
            owner,
            repo,
            runId: env.GITHUB_RUN_ID,
            runAttempt: env.GITHUB_RUN_ATTEMPT || "1",
            ...(env.RUNNER_NAME && { runnerName: env.RUNNER_NAME }),
            timeoutMs,
        });
    }
    catch (error) {
        if (error instanceof JobStartError)
            throw new SinkError(`${error.message}.`);
        throw error;
    }
}


/***/ })

};
