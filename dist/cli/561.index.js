export const id = 561;
export const ids = [561,942];
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


/***/ })

};
