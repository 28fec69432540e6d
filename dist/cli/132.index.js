export const id = 132;
export const ids = [132];
export const modules = {

/***/ 2132:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   checkLiveness: () => (/* binding */ checkLiveness)
/* harmony export */ });
/* harmony import */ var _concurrency_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1532);
/* harmony import */ var _graph_client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8631);
/* harmony import */ var _graph_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(869);
/* harmony import */ var _graph_replies_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9324);
/**
 * Is a leaked token still alive? Each distinct token is asked about once, through the same Graph
 * client as the action (its time budget, the caller token in the Authorization header, the app
 * token when the app's credentials are given), a few at a time. Tokens go nowhere but the
 * configured Graph API URL.
 */




async function checkLiveness(tokens, options) {
    const client = new _graph_client_js__WEBPACK_IMPORTED_MODULE_0__.GraphClient({
        baseUrl: options.graphApiUrl,
        version: options.graphApiVersion,
        timeoutMs: options.timeoutSeconds * 1000,
        ...(options.app && { appSecret: options.app.secret }),
    });
    const results = new Map();
    try {
        await (0,_concurrency_js__WEBPACK_IMPORTED_MODULE_3__/* .forEachConcurrently */ .D)([...new Set(tokens)], options.concurrency ?? 4, async (token) => {
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
        const { body } = await client.get("debug_token", caller, { input_token: token }, _graph_replies_js__WEBPACK_IMPORTED_MODULE_2__/* .DEBUG_TOKEN */ .c2);
        const data = body.data;
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
