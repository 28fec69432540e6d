export const id = 618;
export const ids = [618];
export const modules = {

/***/ 8618:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  IssueError: () => (/* binding */ IssueError),
  syncExpiryIssue: () => (/* binding */ syncExpiryIssue)
});

// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js + 22 modules
var github = __webpack_require__(2413);
// EXTERNAL MODULE: ./src/verify/time-left.ts
var time_left = __webpack_require__(6328);
// EXTERNAL MODULE: ./src/report/verdict-parts.ts + 1 modules
var verdict_parts = __webpack_require__(2078);
;// CONCATENATED MODULE: ./src/report/issue-body.ts


const MARKER = /<!-- wa-token-guard:expiry-watch name="([^"]*)" state="(ok|warning|failed|unanswered)"(?: fingerprint="([0-9a-f]{32})")? -->/;
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
    return (0,verdict_parts/* arrows */.d$)(text)
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
    const attention = (0,verdict_parts/* needsAttention */.e_)(verdict);
    const state = verdict.status === "failed" ? "is failing" : "needs attention soon";
    const lines = [
        renderMarker({ name: options.name ?? "", state: verdict.status, fingerprint: verdict.token.fingerprint }),
        "",
        `### ${verdict_parts/* ICON */.kb[verdict.status]} ${subject(options.name)} ${state}`,
        "",
        markdownText(verdict.headline),
        "",
        ...(verdict.token.expiresAt && verdict.secondsLeft !== undefined
            ? [`Expires: **${(0,time_left/* iso */.KH)(verdict.token.expiresAt)}** (${(0,time_left/* timeLeft */.f$)(verdict.secondsLeft)}).`, ""]
            : []),
        ...attention.map((check) => {
            const links = (0,verdict_parts/* recipesFor */.dD)([check]).map((recipe) => `[${recipe.label}](#${(0,verdict_parts/* recipeAnchor */.O$)(recipe)})`);
            const steps = links.length > 0 ? ` (steps: ${links.join(", ")})` : "";
            const fix = check.fix ? ` ${markdownText(check.fix)}${steps}` : "";
            return `- ${verdict_parts/* ICON */.kb[check.status]} **${markdownText(check.title)}**: ${escapeMarkdown(check.value)}.${fix}`;
        }),
    ];
    const fine = (0,verdict_parts/* passed */.bF)(verdict);
    if (fine.length > 0) {
        lines.push("", `<details><summary>${verdict_parts/* ICON */.kb.ok} ${fine.length} other check${fine.length === 1 ? "" : "s"}</summary>`, "", ...fine.map((check) => `- ${verdict_parts/* ICON */.kb[check.status]} ${markdownText(check.title)}: ${escapeMarkdown(check.value)}`), "", "</details>");
    }
    for (const recipe of (0,verdict_parts/* recipesFor */.dD)(attention)) {
        lines.push("", `<h3 id="${(0,verdict_parts/* recipeAnchor */.O$)(recipe)}">${escapeMarkdown(recipe.title)}</h3>`, "", ...recipe.steps.map((step, i) => `${i + 1}. ${markdownText(step)}`));
    }
    lines.push("", "Store a new token as the repository secret and run the workflow again: this issue closes itself when the token is healthy.", "", lastChecked(options));
    return `${lines.join("\n")}\n`;
}
/** The body of a closed issue: it says so, and when, so that nobody acts on an old report. */
function resolvedIssueBody(verdict, options) {
    return [
        renderMarker({ name: options.name ?? "", state: "ok", fingerprint: verdict.token.fingerprint }),
        "",
        `### ${verdict_parts/* ICON */.kb.ok} Resolved on ${stamp(options.checkedAt).slice(0, 10)}: ${subject(options.name).replace(/^The/, "the")} is healthy again`,
        "",
        markdownText(verdict.headline),
        "",
        lastChecked(options),
        "",
    ].join("\n");
}

;// CONCATENATED MODULE: ./src/github/expiry-issue.ts
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
    const octokit = (0,github.getOctokit)(settings.token, { baseUrl: settings.apiUrl });
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
    const existing = all.find((issue) => issue.state === "open" && parseMarker(issue.body)?.name === name);
    let verdict = judged;
    if (settings.name && context.sharedWith) {
        const others = new Set();
        for (const issue of all) {
            const marker = parseMarker(issue.body);
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
        const commented = await commentUnlessLocked(octokit, repository, existing.number, clean(`The token is healthy again (checked ${expiry_issue_stamp(context.now)}${context.runUrl ? `, [run](${context.runUrl})` : ""}). Closing.`));
        await octokit.rest.issues.update({
            ...repository,
            issue_number: existing.number,
            body: clean(resolvedIssueBody(verdict, options)),
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
    const body = clean(issueBody(verdict, options));
    if (!existing) {
        const { data } = await octokit.rest.issues.create({
            ...repository,
            title: issueTitle(settings.name),
            body,
            labels: [settings.label],
            ...(settings.assignees.length > 0 && { assignees: settings.assignees }),
        });
        return { action: "created", number: data.number, url: data.html_url, verdict };
    }
    const previous = parseMarker(existing.body)?.state;
    await octokit.rest.issues.update({
        ...repository,
        issue_number: existing.number,
        body,
        title: issueTitle(settings.name),
    });
    if (previous === verdict.status)
        return { action: "updated", number: existing.number, url: existing.html_url, verdict };
    // A change (warning -> failed, or back) is worth a notification; a repeat is not.
    const commented = await commentUnlessLocked(octokit, repository, existing.number, clean(`Status changed from **${previous ?? "unknown"}** to **${verdict.status}**: ${escapeMarkdown(verdict.headline)}`));
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
const expiry_issue_stamp = (date) => date.toISOString().replace(/\.\d+Z$/, "Z");
function asIssueError(error, repository) {
    const status = error.status;
    const message = error.message ?? String(error);
    const where = `${repository.owner}/${repository.repo}`;
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


/***/ })

};
