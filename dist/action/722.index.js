export const id = 722;
export const ids = [722];
export const modules = {

/***/ 8454:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FV: () => (/* binding */ escapeMarkdown),
/* harmony export */   SS: () => (/* binding */ resolvedIssueBody),
/* harmony export */   al: () => (/* binding */ issueTitle),
/* harmony export */   gY: () => (/* binding */ parseMarker),
/* harmony export */   pn: () => (/* binding */ rotationNote),
/* harmony export */   y6: () => (/* binding */ issueBody)
/* harmony export */ });
/* unused harmony export renderMarker */
/* harmony import */ var _verify_check_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5557);
/* harmony import */ var _verify_time_left_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6328);
/* harmony import */ var _verdict_parts_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2078);
/**
 * The expiry watch's issue: its title, its body, and the hidden marker by which the action finds
 * it again (with the state of the last run, so it can tell a change from a repeat, and the
 * token's fingerprint, so that two names sharing one token are noticed; never the token).
 * Markdown, shaped like the job summary: the verdict, what needs attention with its fix, the
 * passing checks folded away, the recipes once at the end. Text from the Graph API is escaped.
 */



const MARKER = /<!-- wa-token-guard:expiry-watch name="([\w .:/-]{0,60})" state="(ok|warning|failed|unanswered)"(?: fingerprint="([0-9a-f]{32})")? -->/;
function renderMarker(marker) {
    const print = marker.fingerprint ? ` fingerprint="${marker.fingerprint}"` : "";
    return `<!-- wa-token-guard:expiry-watch name="${marker.name}" state="${marker.state}"${print} -->`;
}
function parseMarker(body) {
    const match = MARKER.exec(body ?? "");
    if (!match)
        return undefined;
    return { name: match[1], state: match[2], ...(match[3] && { fingerprint: match[3] }) };
}
function issueTitle(name) {
    return `WhatsApp token needs attention${name ? ` (${name})` : ""}`;
}
/** Escapes text for GitHub Markdown (and the HTML it allows). */
function escapeMarkdown(text) {
    return text.replace(/[\\`*_{}[\]<>()#+!|~&]/g, (c) => `\\${c}`).replace(/@/g, "@\u200b");
}
/** Our own text: `code` spans stay code, everything else is escaped. */
function markdownText(text) {
    return (0,_verdict_parts_js__WEBPACK_IMPORTED_MODULE_0__/* .arrows */ .d$)(text)
        .split(/(`[^`]+`)/)
        .map((part) => (/^`[^`]+`$/.test(part) ? part : escapeMarkdown(part)))
        .join("");
}
const stamp = (date) => date.toISOString().replace(/\.\d+Z$/, "Z");
function subject(name) {
    return `The WhatsApp Cloud API token${name ? ` \`${name.replace(/`/g, "'")}\`` : ""}`;
}
function lastChecked(options) {
    return `Last checked ${stamp(options.checkedAt)}${options.runUrl ? ` by [this workflow run](${options.runUrl})` : ""}.`;
}
function issueBody(verdict, options) {
    const attention = (0,_verdict_parts_js__WEBPACK_IMPORTED_MODULE_0__/* .needsAttention */ .e_)(verdict);
    const state = verdict.status === "failed" ? "is failing" : "needs attention soon";
    const lines = [
        renderMarker({ name: options.name ?? "", state: verdict.status, fingerprint: verdict.token.fingerprint }),
        "",
        `### ${_verdict_parts_js__WEBPACK_IMPORTED_MODULE_0__/* .ICON */ .kb[verdict.status]} ${subject(options.name)} ${state}`,
        "",
        markdownText(verdict.headline),
        "",
        // The expiry once: in its row when it is what needs attention (the headline may say it
        // too), on a line of its own when the issue is about something else.
        ...(verdict.token.expiresAt &&
            verdict.secondsLeft !== undefined &&
            !attention.some((check) => check.id === "expiry")
            ? [`Expires: **${(0,_verify_time_left_js__WEBPACK_IMPORTED_MODULE_1__/* .iso */ .KH)(verdict.token.expiresAt)}** (${(0,_verify_time_left_js__WEBPACK_IMPORTED_MODULE_1__/* .timeLeft */ .f$)(verdict.secondsLeft)}).`, ""]
            : []),
        ...attention.map((check) => {
            const links = (0,_verdict_parts_js__WEBPACK_IMPORTED_MODULE_0__/* .recipesFor */ .dD)([check]).map((recipe) => `[${recipe.label}](#${(0,_verdict_parts_js__WEBPACK_IMPORTED_MODULE_0__/* .recipeAnchor */ .O$)(recipe)})`);
            const steps = links.length > 0 ? ` (steps: ${links.join(", ")})` : "";
            const fix = check.fix ? ` ${markdownText(check.fix)}${steps}` : "";
            return `- ${_verdict_parts_js__WEBPACK_IMPORTED_MODULE_0__/* .ICON */ .kb[check.status]} **${markdownText(check.title)}**: ${(0,_verify_check_js__WEBPACK_IMPORTED_MODULE_2__/* .endSentence */ .H)(escapeMarkdown(check.value))}${fix}`;
        }),
    ];
    const fine = (0,_verdict_parts_js__WEBPACK_IMPORTED_MODULE_0__/* .passed */ .bF)(verdict);
    if (fine.length > 0) {
        lines.push("", `<details><summary>${_verdict_parts_js__WEBPACK_IMPORTED_MODULE_0__/* .ICON */ .kb.ok} ${fine.length} other check${fine.length === 1 ? "" : "s"}</summary>`, "", ...fine.map((check) => `- ${_verdict_parts_js__WEBPACK_IMPORTED_MODULE_0__/* .ICON */ .kb[check.status]} ${markdownText(check.title)}: ${escapeMarkdown(check.value)}`), "", "</details>");
    }
    for (const recipe of (0,_verdict_parts_js__WEBPACK_IMPORTED_MODULE_0__/* .recipesFor */ .dD)(attention)) {
        lines.push("", `<h3 id="${(0,_verdict_parts_js__WEBPACK_IMPORTED_MODULE_0__/* .recipeAnchor */ .O$)(recipe)}">${escapeMarkdown(recipe.title)}</h3>`, "", ...recipe.steps.map((step, i) => `${i + 1}. ${markdownText(step)}`));
    }
    lines.push("", "Store a new token as the repository secret and run the workflow again: this issue closes itself when the token is healthy.", "", lastChecked(options));
    return `${lines.join("\n")}\n`;
}
/** The body of a closed issue: it says so, and when, so that nobody acts on an old report. */
function resolvedIssueBody(verdict, options) {
    return [
        renderMarker({ name: options.name ?? "", state: "ok", fingerprint: verdict.token.fingerprint }),
        "",
        `### ${_verdict_parts_js__WEBPACK_IMPORTED_MODULE_0__/* .ICON */ .kb.ok} Resolved on ${stamp(options.checkedAt).slice(0, 10)}: ${subject(options.name).replace(/^The/, "the")} is healthy again`,
        "",
        markdownText(verdict.headline),
        "",
        lastChecked(options),
        "",
    ].join("\n");
}
/** "rotated; the new token expires on 2027-01-31T06:17:00Z": the issue comment and the summary say the same. */
function rotationNote(rotation) {
    const expiry = rotation.expiresAt
        ? `the new token expires on ${stamp(rotation.expiresAt)}`
        : "the new token does not expire";
    return `rotated; ${expiry}${rotation.revoked ? "; the old token was revoked" : ""}`;
}


/***/ }),

/***/ 3722:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   rotationVerdict: () => (/* binding */ rotationVerdict)
/* harmony export */ });
/* harmony import */ var _report_issue_body_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8454);
/* harmony import */ var _verify_verdict_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3006);
/**
 * The rotation as one more check of the verdict, so that the job summary, the expiry issue and
 * the step's result all say what happened: after a rotation the verdict is the new token's; a
 * failed rotation fails the verdict, with the step and the fix as its headline.
 */


const TITLE = "Rotation";
function rotationVerdict(before, result) {
    switch (result.outcome) {
        case "rotated": {
            const value = (0,_report_issue_body_js__WEBPACK_IMPORTED_MODULE_0__/* .rotationNote */ .pn)(result);
            const check = result.failure
                ? {
                    id: "rotation",
                    title: TITLE,
                    status: "failed",
                    value,
                    fix: result.failure,
                    cause: result.failure,
                }
                : { id: "rotation", title: TITLE, status: "ok", value };
            return (0,_verify_verdict_js__WEBPACK_IMPORTED_MODULE_1__/* .withCheck */ .hV)(result.verdict, check);
        }
        case "skipped":
        case "dry-run":
            return (0,_verify_verdict_js__WEBPACK_IMPORTED_MODULE_1__/* .withCheck */ .hV)(before, { id: "rotation", title: TITLE, status: "skipped", value: result.note });
        case "failed":
            return (0,_verify_verdict_js__WEBPACK_IMPORTED_MODULE_1__/* .withCheck */ .hV)(before, {
                id: "rotation",
                title: TITLE,
                status: "failed",
                value: `failed at step "${result.step}"`,
                fix: result.failure,
                cause: result.failure,
            });
    }
}


/***/ })

};
