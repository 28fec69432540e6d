export const id = 358;
export const ids = [358];
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

/***/ 3358:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IssueError: () => (/* binding */ IssueError),
/* harmony export */   syncExpiryIssue: () => (/* binding */ syncExpiryIssue)
/* harmony export */ });
/* harmony import */ var _report_issue_body_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8454);
/* harmony import */ var _text_safety_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2243);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6584);
/**
 * The expiry watch: one open issue per watched token, found again by its label and hidden
 * marker (issues are listed by label through the REST API, never the search API, which lags and
 * opened duplicates elsewhere; pull requests are skipped). It is created when the token needs
 * attention, kept current on every run, commented on only when the state changes, and closed
 * when the token is healthy again.
 */



/** A failure to manage the issue, phrased so the user knows which permission or setting to fix. */
class IssueError extends Error {
    name = "IssueError";
}
async function syncExpiryIssue(settings, repository, verdict, context) {
    const octokit = (0,_client_js__WEBPACK_IMPORTED_MODULE_1__/* .githubClient */ .$f)({
        token: settings.token,
        apiUrl: settings.apiUrl,
        timeoutMs: context.timeoutMs ?? 30_000,
    });
    try {
        return await sync(octokit, settings, repository, verdict, context);
    }
    catch (error) {
        throw asIssueError(error, repository);
    }
}
async function sync(octokit, settings, repository, judged, context) {
    const name = settings.name ?? "";
    // Open and closed: a closed issue of another name still tells that it held the same token.
    const all = (await octokit.paginate(octokit.rest.issues.listForRepo, {
        ...repository,
        labels: settings.label,
        state: "all",
        per_page: 100,
    })).filter((issue) => !issue.pull_request);
    const existing = all.find((issue) => issue.state === "open" && (0,_report_issue_body_js__WEBPACK_IMPORTED_MODULE_0__/* .parseMarker */ .gY)(issue.body)?.name === name);
    let verdict = judged;
    if (settings.name && context.sharedWith) {
        const others = new Set();
        for (const issue of all) {
            const marker = (0,_report_issue_body_js__WEBPACK_IMPORTED_MODULE_0__/* .parseMarker */ .gY)(issue.body);
            if (marker && marker.name !== name && marker.fingerprint === judged.token.fingerprint) {
                others.add(marker.name || "(unnamed)");
            }
        }
        verdict = context.sharedWith([...others].sort());
    }
    const clean = context.clean ?? ((text) => text);
    const options = {
        ...(settings.name && { name: settings.name }),
        ...(context.runUrl && { runUrl: context.runUrl }),
        checkedAt: context.now,
    };
    if (verdict.status === "ok") {
        if (!existing)
            return { action: "none", verdict };
        const commented = await commentUnlessLocked(octokit, repository, existing.number, clean(`${context.rotated ? `${capitalize((0,_report_issue_body_js__WEBPACK_IMPORTED_MODULE_0__/* .rotationNote */ .pn)(context.rotated))}, and it is healthy` : "The token is healthy again"} (checked ${stamp(context.now)}${context.runUrl ? `, [run](${context.runUrl})` : ""}). Closing.`));
        await octokit.rest.issues.update({
            ...repository,
            issue_number: existing.number,
            body: clean((0,_report_issue_body_js__WEBPACK_IMPORTED_MODULE_0__/* .resolvedIssueBody */ .SS)(verdict, options)),
            state: "closed",
            state_reason: "completed",
        });
        return {
            action: "closed",
            number: existing.number,
            url: existing.html_url,
            verdict,
            ...(!commented && { note: LOCKED_NOTE }),
        };
    }
    const body = clean((0,_report_issue_body_js__WEBPACK_IMPORTED_MODULE_0__/* .issueBody */ .y6)(verdict, options));
    if (!existing) {
        const { data } = await octokit.rest.issues.create({
            ...repository,
            title: (0,_report_issue_body_js__WEBPACK_IMPORTED_MODULE_0__/* .issueTitle */ .al)(settings.name),
            body,
            labels: [settings.label],
            ...(settings.assignees.length > 0 && { assignees: settings.assignees }),
        });
        return { action: "created", number: data.number, url: data.html_url, verdict };
    }
    const previous = (0,_report_issue_body_js__WEBPACK_IMPORTED_MODULE_0__/* .parseMarker */ .gY)(existing.body)?.state;
    await octokit.rest.issues.update({
        ...repository,
        issue_number: existing.number,
        body,
        title: (0,_report_issue_body_js__WEBPACK_IMPORTED_MODULE_0__/* .issueTitle */ .al)(settings.name),
    });
    // A rotation, or a change (warning -> failed, or back), is worth a notification; a repeat is not.
    if (previous === verdict.status && !context.rotated)
        return { action: "updated", number: existing.number, url: existing.html_url, verdict };
    const commented = await commentUnlessLocked(octokit, repository, existing.number, clean(context.rotated
        ? `${capitalize((0,_report_issue_body_js__WEBPACK_IMPORTED_MODULE_0__/* .rotationNote */ .pn)(context.rotated))}. Still **${verdict.status}**: ${(0,_report_issue_body_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(verdict.headline)}`
        : `Status changed from **${previous ?? "unknown"}** to **${verdict.status}**: ${(0,_report_issue_body_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(verdict.headline)}`));
    if (!commented)
        return { action: "updated", number: existing.number, url: existing.html_url, verdict, note: LOCKED_NOTE };
    return { action: "commented", number: existing.number, url: existing.html_url, verdict };
}
const LOCKED_NOTE = "the issue is locked, so no comment was added (unlock it to be notified of changes)";
/**
 * Comments, unless the issue is locked: GitHub then answers 403 "Unable to create comment because
 * issue is locked", which is not a missing permission. false when it was locked.
 */
async function commentUnlessLocked(octokit, repository, issueNumber, body) {
    try {
        await octokit.rest.issues.createComment({ ...repository, issue_number: issueNumber, body });
        return true;
    }
    catch (error) {
        if (error.status === 403 && /\blocked\b/i.test(error.message ?? "")) {
            return false;
        }
        throw error;
    }
}
const stamp = (date) => date.toISOString().replace(/\.\d+Z$/, "Z");
const capitalize = (text) => text.charAt(0).toUpperCase() + text.slice(1);
function asIssueError(error, repository) {
    const where = `${repository.owner}/${repository.repo}`;
    // The guard's own failures (a timeout, another origin, a reply that is not JSON) say it all.
    const guarded = (0,_client_js__WEBPACK_IMPORTED_MODULE_1__/* .guardError */ .wt)(error);
    if (guarded)
        return new IssueError(`cannot manage the expiry issue in ${where}: ${guarded.message}`);
    const status = error.status;
    // GitHub's own words are reply text: without control characters, and capped.
    const message = (0,_text_safety_js__WEBPACK_IMPORTED_MODULE_2__/* .shownText */ .f$)(error.message ?? String(error));
    if (status === 403 || status === 404) {
        return new IssueError(`cannot manage the expiry issue in ${where} (HTTP ${status}: ${message}). The workflow's token needs the issues: write permission: add \`permissions: { contents: read, issues: write }\` to the job (or pass a github-token that has it).`);
    }
    if (status === 401) {
        return new IssueError(`cannot manage the expiry issue in ${where}: github-token was refused (HTTP 401: ${message}).`);
    }
    if (status === 410)
        return new IssueError(`cannot manage the expiry issue in ${where}: issues are disabled in this repository.`);
    return new IssueError(`cannot manage the expiry issue in ${where}: ${message}`);
}


/***/ }),

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


/***/ })

};
