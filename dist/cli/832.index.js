export const id = 832;
export const ids = [832];
export const modules = {

/***/ 869:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HY: () => (/* binding */ isAuthError),
/* harmony export */   L5: () => (/* binding */ GraphRefusedError),
/* harmony export */   N$: () => (/* binding */ UNKNOWN_ERROR_ATTEMPTS),
/* harmony export */   R6: () => (/* binding */ GraphDeclinedError),
/* harmony export */   SY: () => (/* binding */ UNKNOWN_ERROR_CODE),
/* harmony export */   WE: () => (/* binding */ explain),
/* harmony export */   Z9: () => (/* binding */ GraphUnansweredError),
/* harmony export */   a9: () => (/* binding */ describeGraphError),
/* harmony export */   dh: () => (/* binding */ isRateLimitCode),
/* harmony export */   f4: () => (/* binding */ GraphCallError),
/* harmony export */   gL: () => (/* binding */ isTransientCode),
/* harmony export */   nR: () => (/* binding */ GraphReplyError)
/* harmony export */ });
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
            fix: "Check app-id and app-secret against App Dashboard → App settings → Basic.",
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
    if (code === UNKNOWN_ERROR_CODE) {
        // Meta's own downtime, or a request it could not place: which one, it does not say.
        return {
            meaning: "Meta answered with an unknown error (code 1)",
            fix: "Run the check again later; if it persists, look the call up in Meta's Graph API error reference.",
        };
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
    requestSent;
    constructor(message, 
    /** The Graph error, when Meta sent one. */
    graph, 
    /** Network error, timeout, or a reply that was not Graph JSON: the API could not be asked. */
    unreachable, 
    /** Whether asking again may help (a transient Graph code, a network error, a 5xx page). */
    retryable, 
    /** false: the request never left (connection refused, host not found); undefined: it may have. */
    requestSent) {
        super(message);
        this.graph = graph;
        this.unreachable = unreachable;
        this.retryable = retryable;
        this.requestSent = requestSent;
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
/**
 * Meta answered, readably, that it did not do what was asked, without a Graph error (oauth/revoke
 * answering `{"success": false}`): a definite no, like a refusal, not a missing answer.
 */
class GraphDeclinedError extends GraphCallError {
    reason;
    name = "GraphDeclinedError";
    constructor(message, reason) {
        super(message, undefined, false, false);
        this.reason = reason;
    }
    get explanation() {
        return this.reason;
    }
}
/** The question got no answer to judge the token by. Not a broken token: ask again later. */
class GraphUnansweredError extends GraphCallError {
    name = "GraphUnansweredError";
    constructor(message, options) {
        super(message, options.graph, options.unreachable, options.retryable, options.requestSent);
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
        scopes: (0,_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .optional */ .lq)((0,_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .list */ .p_)(name, { max: 1000 })),
        granular_scopes: (0,_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .optional */ .lq)((0,_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .list */ .p_)((0,_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ik)({ scope: name, target_ids: (0,_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .optional */ .lq)((0,_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .list */ .p_)(_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .graphId */ .sQ, { max: 10_000 })) }), { max: 1000 })),
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
    contacts: (0,_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .optional */ .lq)((0,_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .list */ .p_)((0,_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ik)({ input: (0,_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .optional */ .lq)((0,_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .shown */ .SP)()), wa_id: (0,_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .optional */ .lq)((0,_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .shown */ .SP)()), user_id: (0,_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .optional */ .lq)((0,_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .shown */ .SP)()) }), {
        max: 100,
    })),
    messages: (0,_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .list */ .p_)((0,_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ik)({ id: name, message_status: (0,_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .optional */ .lq)((0,_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .shown */ .SP)()) }), { min: 1, max: 100 }),
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
/** A list of at least `min` and at most `max` entries: no reply list is unbounded. */
function list(item, options) {
    return (value, path) => {
        if (!Array.isArray(value))
            return mismatch(path, value, "a list");
        if (value.length < (options.min ?? 0)) {
            throw new ShapeMismatch(`${path} is an empty list, expected at least ${options.min} entry`);
        }
        if (value.length > options.max) {
            throw new ShapeMismatch(`${path} has ${value.length} entries, more than the ${options.max} expected`);
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


/***/ })

};
