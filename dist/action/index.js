import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 218:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4718);
// What the runner starts (action.yml runs.main, bundled to dist/action/index.js). Kept apart
// from main.ts so that importing the action in a test or in @github/local-action does not run it.

await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .run */ .e)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 4718:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  e: () => (/* binding */ main_run)
});

;// CONCATENATED MODULE: ./src/node-support.ts
/**
 * Which Node runs which part of wa-token-guard: the one place that says it. The CLI checks it at
 * start-up, package.json's `engines` equals the lowest (a test keeps them equal), the README
 * states it, and the hook may read it to pick a Node that can run it.
 */
/** The GitHub Action (action.yml `runs.using`). */
const ACTION_NODE = "node24";
/**
 * `scan` (files, --staged, --history) and the pre-commit hook: tested on this version (the
 * build machine's own Node) and on Node 24. No HTTP client is loaded on this path.
 */
const SCAN_MIN_NODE = "20.20.0";
/**
 * `verify`, `rotate`, `revoke` and `scan --verify`: the commands that send a live token. Node 20
 * reached its end of life in April 2026 (no more security fixes, TLS included), so they are not
 * offered on it; the scan stays, since a hook runs on whatever Node a machine has.
 */
const VERIFY_MIN_NODE = "22.19.0";
/** Whether `version` (like process.versions.node, "20.20.2") is at least `minimum`. */
function meetsMinimum(version, minimum) {
    const parts = (text) => text.replace(/^v/, "").split(/[.-]/).slice(0, 3).map(Number);
    const have = parts(version);
    const need = parts(minimum);
    for (let index = 0; index < 3; index++) {
        const difference = (have[index] ?? 0) - (need[index] ?? 0);
        if (difference !== 0)
            return difference > 0;
    }
    return true;
}
/** "22.19.0" -> "22.19": how a minimum reads in a message. */
function node_support_short(version) {
    return version.replace(/\.0$/, "");
}
/**
 * The one line to print when this Node cannot run `feature`; undefined when it can.
 * `needsNetwork`: the feature talks to the Graph API (`verify`, `scan --verify`).
 */
function unsupportedNode(feature, needsNetwork, version = process.versions.node) {
    if (!meetsMinimum(version, SCAN_MIN_NODE)) {
        return `\`${feature}\` needs Node >= ${node_support_short(needsNetwork ? VERIFY_MIN_NODE : SCAN_MIN_NODE)}; this is Node ${version}`;
    }
    if (needsNetwork && !meetsMinimum(version, VERIFY_MIN_NODE)) {
        return `\`${feature}\` needs Node >= ${node_support_short(VERIFY_MIN_NODE)}; this is Node ${version}; the scan and the hook work here`;
    }
    return undefined;
}
/**
 * The one line the action stops with when the runner starts it on a Node older than it needs (a
 * copy of action.yml changed to `node20`, or a runner that ignores `runs.using`); undefined when
 * it can run.
 */
function unsupportedActionNode(version = process.versions.node) {
    if (meetsMinimum(version, VERIFY_MIN_NODE))
        return undefined;
    return `wa-token-guard: the action needs Node >= ${node_support_short(VERIFY_MIN_NODE)} (action.yml runs it on ${ACTION_NODE}); this runner started it with Node ${version}`;
}

;// CONCATENATED MODULE: ./src/errors.ts
/**
 * An error whose message is written for the user: one line, says what is wrong and what to do,
 * and never holds a secret. Entry points print its message (no stack) and exit with code 2.
 * Anything else that escapes is a bug and is reported as such.
 */
class UserError extends Error {
    name = "UserError";
}
/** Bad settings (inputs or flags): the message lists every problem, each naming its input. */
class errors_SettingsError extends UserError {
    problems;
    name = "SettingsError";
    constructor(problems) {
        super(problems.length === 1 ? problems[0] : `${problems.length} problems: ${problems.join("; ")}`);
        this.problems = problems;
    }
}

;// CONCATENATED MODULE: ./src/github/secretless-run.ts
/**
 * Runs that GitHub starts without the repository's Actions secrets, so that an empty token input
 * is expected there rather than a mistake: a pull request from a fork, and anything Dependabot
 * triggers (it gets Dependabot secrets instead). Pure: the caller passes the run's context.
 */
const DEPENDABOT = "dependabot[bot]";
/** Events whose runs from a fork get no secrets (pull_request_target runs in the base, with them). */
const FORK_SECRETLESS_EVENTS = new Set([
    "pull_request",
    "pull_request_review",
    "pull_request_review_comment",
]);
/** Why this run has no secrets, in one sentence; undefined when it should have them. */
function whySecretsAreMissing(run) {
    const payload = (typeof run.payload === "object" && run.payload !== null ? run.payload : {});
    if (run.actor === DEPENDABOT || stringAt(payload.sender, "login") === DEPENDABOT) {
        return `This run was started by Dependabot (${DEPENDABOT}): GitHub gives such runs Dependabot secrets, not Actions secrets. Add the token as a Dependabot secret too, or skip the step with \`if: github.actor != '${DEPENDABOT}'\`.`;
    }
    const pullRequest = payload.pull_request;
    if (!FORK_SECRETLESS_EVENTS.has(run.eventName ?? "") ||
        typeof pullRequest !== "object" ||
        pullRequest === null) {
        return undefined;
    }
    const head = pullRequest.head;
    const base = pullRequest.base;
    const headRepo = head?.repo;
    const headName = stringAt(headRepo, "full_name");
    const baseName = stringAt(base?.repo, "full_name");
    // A fork that was deleted leaves head.repo null: still a fork.
    const fromFork = headRepo === null || headRepo?.fork === true || (headName !== undefined && headName !== baseName);
    if (!fromFork)
        return undefined;
    return `This is a pull request from a fork (${headName ?? "a deleted fork"} into ${baseName ?? "this repository"}): GitHub does not pass secrets to workflows run for pull requests from forks. Skip the step for them with \`if: github.event_name != 'pull_request' || github.event.pull_request.head.repo.full_name == github.repository\`.`;
}
function stringAt(value, key) {
    const field = typeof value === "object" && value !== null ? value[key] : undefined;
    return typeof field === "string" ? field : undefined;
}

;// CONCATENATED MODULE: ./src/settings-checks.ts
/**
 * Checks every settings parser applies the same way (the token check's, the expiry watch's,
 * rotation's): the text of a secret input, and a base URL that tokens are sent to. Each returns a
 * problem (one line naming the input, never echoing a secret) or undefined.
 */
/** Padding a copy-paste adds around a secret, removed with a warning: ASCII whitespace only. */
function trimPadding(value) {
    return value.replace(/^[ \t\r\n]+|[ \t\r\n]+$/g, "");
}
const NAMED = {
    160: "NO-BREAK SPACE",
    173: "SOFT HYPHEN",
    847: "COMBINING GRAPHEME JOINER",
    1564: "ARABIC LETTER MARK",
    6158: "MONGOLIAN VOWEL SEPARATOR",
    8203: "ZERO WIDTH SPACE",
    8204: "ZERO WIDTH NON-JOINER",
    8205: "ZERO WIDTH JOINER",
    8206: "LEFT-TO-RIGHT MARK",
    8207: "RIGHT-TO-LEFT MARK",
    8232: "LINE SEPARATOR",
    8233: "PARAGRAPH SEPARATOR",
    8239: "NARROW NO-BREAK SPACE",
    8288: "WORD JOINER",
    12288: "IDEOGRAPHIC SPACE",
    65279: "BYTE ORDER MARK",
};
function isInvisible(codePoint) {
    return (codePoint < 0x20 ||
        (codePoint >= 0x7f && codePoint <= 0x9f) ||
        NAMED[codePoint] !== undefined ||
        (codePoint >= 0x2000 && codePoint <= 0x200f) ||
        (codePoint >= 0x202a && codePoint <= 0x202e) ||
        (codePoint >= 0x2061 && codePoint <= 0x206f) ||
        (codePoint >= 0xfe00 && codePoint <= 0xfe0f) ||
        (codePoint >= 0xe0000 && codePoint <= 0xe007f));
}
/**
 * A secret (a token, an app secret) is one run of printable ASCII. Anything else, and above all
 * what cannot be seen (a zero-width space, a byte order mark, a no-break space, a control
 * character), makes the Graph API reject it with a misleading error; say which character and
 * where (1-based, in characters of the value as given). `value` is the input without its padding.
 */
function secretTextProblem(name, value) {
    let position = 0;
    for (const char of value) {
        position++;
        const codePoint = char.codePointAt(0);
        if (codePoint >= 0x21 && codePoint <= 0x7e)
            continue;
        const code = `U+${codePoint.toString(16).toUpperCase().padStart(4, "0")}`;
        const where = `at position ${position} of ${[...value].length}`;
        if (char === " " || char === "\t" || char === "\n" || char === "\r") {
            return `${name} contains whitespace or a line break inside it (${where}): copy it again, as one line`;
        }
        if (isInvisible(codePoint)) {
            const label = NAMED[codePoint] ?? (codePoint < 0x20 || codePoint === 0x7f ? "a control character" : "");
            return `${name} contains an invisible character (${code}${label ? ` ${label}` : ""}) ${where}: delete it, or copy the value again from its source`;
        }
        return `${name} contains a character that is not plain ASCII (${code}) ${where}: tokens and secrets are plain letters and digits; copy it again from its source`;
    }
    return undefined;
}
/**
 * A secret input as every settings parser reads it: padding trimmed, its text checked (a problem
 * is appended). Empty is undefined, and a problem too when `whenEmpty` says why it is needed.
 */
function secretInput(name, raw, problems, whenEmpty) {
    const value = trimPadding(raw ?? "");
    if (value === "") {
        if (whenEmpty)
            problems.push(whenEmpty);
        return undefined;
    }
    const problem = secretTextProblem(name, value);
    if (problem)
        problems.push(problem);
    return value;
}
const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])$/i;
/**
 * A base URL that secrets are sent to: https, or http only to this machine (a local stand-in or
 * proxy), with no user name or password in it, no query and no fragment. The URL is echoed only
 * when it holds no credentials.
 */
function baseUrlProblem(name, text) {
    let url;
    try {
        url = new URL(text);
    }
    catch {
        return `${name} must be an https URL${text.includes("@") ? "" : `, not "${text}"`}`;
    }
    if (url.username !== "" || url.password !== "") {
        return `${name} must not contain a user name or password (they would be sent, and logged, with every call): give the bare https URL`;
    }
    if (url.protocol === "http:" && !LOOPBACK.test(url.hostname)) {
        return `${name} must use https: "${text}" would send the token in clear text (http is allowed only for this machine: localhost, 127.0.0.1, [::1])`;
    }
    if (url.protocol !== "https:" && url.protocol !== "http:")
        return `${name} must be an https URL, not "${text}"`;
    // A bare `?` or `#` parses as an empty query or fragment, so look at the text itself: each call's
    // path and query would be appended after it, into the fragment, and never reach the server.
    if (url.search !== "" || url.hash !== "" || /[?#]/.test(text)) {
        return `${name} must have no query or fragment (no ? or #), not "${text}"`;
    }
    return undefined;
}
/** A plain non-negative number within a range; a problem (and `min`) otherwise. */
function parseNumber(name, text, { min, max, integer = false }, problems) {
    const value = Number(text);
    const shape = integer ? /^\d+$/ : /^\d+(\.\d+)?$/;
    if (!shape.test(text) || !Number.isFinite(value) || value < min || value > max) {
        problems.push(`${name} must be a ${integer ? "whole " : ""}number from ${min} to ${max}, not "${text}"`);
        return min;
    }
    return value;
}
/** true/yes/1 or false/no/0 (any case); a problem (and false) otherwise. */
function parseFlag(name, text, problems) {
    const flag = text.trim();
    if (/^(true|yes|1)$/i.test(flag))
        return true;
    if (!/^(false|no|0)$/i.test(flag))
        problems.push(`${name} must be true or false, not "${flag}"`);
    return false;
}

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
            throw new errors_SettingsError(problems);
        return undefined;
    }
    const token = secretInput("github-token", raw["github-token"], problems, "open-issue needs github-token (its default is the workflow's own token, github.token)") ?? "";
    const apiUrl = githubApiUrl(raw["api-url"], problems);
    if (problems.length > 0)
        throw new errors_SettingsError(problems);
    return { token, apiUrl, label, assignees, ...(name && { name }) };
}
/** GITHUB_API_URL as the runner gives it (GitHub Enterprise has its own), checked like any URL tokens go to. */
function githubApiUrl(raw, problems) {
    const apiUrl = (raw ?? "").trim().replace(/\/+$/, "") || "https://api.github.com";
    const problem = baseUrlProblem("GITHUB_API_URL", apiUrl);
    if (problem)
        problems.push(problem);
    return apiUrl;
}

// EXTERNAL MODULE: ./src/text-safety.ts
var text_safety = __nccwpck_require__(2243);
// EXTERNAL MODULE: ./src/verify/check.ts
var verify_check = __nccwpck_require__(5557);
// EXTERNAL MODULE: ./src/report/verdict-parts.ts + 1 modules
var verdict_parts = __nccwpck_require__(2078);
;// CONCATENATED MODULE: ./src/report/summary.ts
/**
 * The job summary, as GitHub's own summaries read: a one-line verdict with its icon; the checks
 * that need attention first, each with one short fix; the passing ones folded in <details>; the
 * long recipes once, at the end, linked from the rows.
 *
 * It is HTML, and GitHub renders it as such, so everything is escaped (values from the Graph API
 * and our own text alike) and inline code becomes <code>, never literal backticks.
 *
 * Nothing may be cut off at a normal window width (1000 px): the rows that need attention are a
 * list, which wraps; the only table (the passing checks) has cells of at most CELL_LIMIT
 * characters, longer values are shortened with an ellipsis (the log has them whole). A value is
 * scrubbed before it is shortened (a cut secret is no longer whole, so it must be redacted while it
 * still is), and never cut inside a run of letters and digits (no piece of a token is left).
 */



/** The longest text of a table cell in the summary (documented in docs/action.md). */
const CELL_LIMIT = 72;
function escapeHtml(text) {
    return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
/** Escaped text, with `code` spans as <code> and ASCII arrows as real ones. */
function htmlText(text) {
    return escapeHtml((0,verdict_parts/* arrows */.d$)(text)).replace(/`([^`]+)`/g, "<code>$1</code>");
}
/** At most `limit` characters, the last one `…` when shortened (see cutOutsideRuns). */
function clip(text, limit = CELL_LIMIT) {
    return text.length <= limit ? text : `${(0,text_safety/* cutOutsideRuns */.YB)(text, limit - 1)}…`;
}
/** `clean` scrubs each value before it is shortened: the caller's scrubber (redacts every secret). */
function formatSummary(verdict, title, clean = (text) => text) {
    const cell = (text) => htmlText(clip(clean(text)));
    const attention = (0,verdict_parts/* needsAttention */.e_)(verdict);
    const lines = [
        `<h2>${escapeHtml(title)}</h2>`,
        `<p>${verdict_parts/* ICON */.kb[verdict.status]} <strong>${verdict_parts/* STATUS_WORD */.I1[verdict.status]}</strong>: ${htmlText(verdict.headline)}</p>`,
    ];
    if (attention.length > 0) {
        lines.push("<ul>", ...attention.map((check) => `<li>${attentionItem(check)}</li>`), "</ul>");
    }
    const fine = (0,verdict_parts/* passed */.bF)(verdict);
    if (fine.length > 0) {
        const ok = fine.filter((check) => check.status === "ok").length;
        const skipped = fine.length - ok;
        lines.push(`<details><summary>${verdict_parts/* ICON */.kb.ok} ${ok} check${ok === 1 ? "" : "s"} passed${skipped > 0 ? `, ${skipped} skipped` : ""}</summary>`, "<table>", "<tr><th></th><th>Check</th><th>Seen</th></tr>", ...fine.map((check) => `<tr><td>${verdict_parts/* ICON */.kb[check.status]}</td><td>${cell(check.title)}</td><td>${cell(check.value)}</td></tr>`), "</table>", "</details>");
    }
    for (const recipe of (0,verdict_parts/* recipesFor */.dD)(attention)) {
        lines.push(`<h3 id="${(0,verdict_parts/* recipeAnchor */.O$)(recipe)}">${htmlText(recipe.title)}</h3>`, "<ol>", ...recipe.steps.map((step) => `<li>${htmlText(step)}</li>`), "</ol>");
    }
    return `${lines.join("\n")}\n`;
}
function attentionItem(check) {
    const links = (0,verdict_parts/* recipesFor */.dD)([check]).map((recipe) => `<a href="#${(0,verdict_parts/* recipeAnchor */.O$)(recipe)}">${escapeHtml(recipe.label)}</a>`);
    const steps = links.length > 0 ? ` (steps: ${links.join(", ")})` : "";
    const fix = check.fix ? ` ${htmlText(check.fix)}${steps}` : "";
    return `${verdict_parts/* ICON */.kb[check.status]} <strong>${htmlText(check.title)}</strong>: ${(0,verify_check/* endSentence */.H)(htmlText(check.value))}${fix}`;
}
/** For a run that stopped before any check: bad inputs, or a bug. */
function formatStoppedSummary(title, intro, problems) {
    return [
        `<h2>${escapeHtml(title)}</h2>`,
        `<p>${verdict_parts/* ICON */.kb.failed} <strong>${verdict_parts/* STATUS_WORD */.I1.failed}</strong>: ${htmlText(intro)}</p>`,
        "<ul>",
        ...problems.map((problem) => `<li>${htmlText(problem)}</li>`),
        "</ul>",
        "",
    ].join("\n");
}
/** For a run that checked nothing because GitHub passed no token (a fork, Dependabot). */
function formatSkippedSummary(title, reason) {
    return [
        `<h2>${escapeHtml(title)}</h2>`,
        `<p>${verdict_parts/* ICON */.kb.skipped} <strong>Skipped</strong>: the token check is skipped. ${htmlText(reason)}</p>`,
        "",
    ].join("\n");
}

;// CONCATENATED MODULE: ./src/report/verify-text.ts
/**
 * The token check in a terminal (and the action's log): the verdict first, then one line per
 * check, the fix under each one that needs attention, the recipes once at the end.
 */


const MARK = {
    ok: "ok  ",
    warning: "warn",
    failed: "FAIL",
    unanswered: "????",
    skipped: "skip",
};
const COLOUR = { ok: 32, warning: 33, failed: 31, unanswered: 35, skipped: 90 };
function formatVerifyText(verdict, color) {
    const paint = (code, text) => (color ? `\u001b[${code}m${text}\u001b[0m` : text);
    const width = Math.max(0, ...verdict.checks.map((check) => check.title.length));
    const word = verdict.status === "unanswered" ? "NOT CHECKED" : verdict.status.toUpperCase();
    const lines = [
        `wa-token-guard verify: ${paint(COLOUR[verdict.status], word)}`,
        (0,verdict_parts/* arrows */.d$)(verdict.headline),
        "",
    ];
    for (const check of verdict.checks) {
        lines.push(`  ${paint(COLOUR[check.status], MARK[check.status])}  ${check.title.padEnd(width)}  ${(0,verdict_parts/* arrows */.d$)(check.value)}`);
        if (check.fix && check.status !== "ok" && check.status !== "skipped") {
            lines.push(`        ${" ".repeat(width)}  fix: ${(0,verdict_parts/* arrows */.d$)(check.fix)}`);
        }
    }
    const attention = verdict.checks.filter((check) => check.status !== "ok" && check.status !== "skipped");
    for (const recipe of (0,verdict_parts/* recipesFor */.dD)(attention)) {
        lines.push("", `${recipe.title}:`, ...recipe.steps.map((step, i) => `  ${i + 1}. ${step}`));
    }
    lines.push("");
    // The action logs this, and the CLI may run in a workflow step: no line of it may be read as a
    // workflow command, whatever a reply put into a value.
    return (0,text_safety/* neutraliseWorkflowCommands */.WM)(lines.join("\n"));
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
    const rotateDays = parseNumber("rotate-days", value("rotate-days"), DAY_LIMIT, problems);
    const revokeOld = parseFlag("revoke-old", value("revoke-old"), problems);
    const systemUserId = value("system-user-id");
    const adminToken = secretInput("admin-token", raw["admin-token"], problems);
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
            throw new errors_SettingsError(problems);
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
        throw new errors_SettingsError(problems);
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

;// CONCATENATED MODULE: ./src/verify/checks/shared-token.ts
/**
 * One token in two places (production and staging sharing a token): a leak or a revocation in
 * one is an outage in the other. `others` are the names that hold the same fingerprint.
 */
function sharedTokenCheck(name, others, shownToken) {
    return others.length === 0
        ? {
            id: "shared-token",
            title: "Own token",
            status: "ok",
            value: `no other watched name uses the token of ${name}`,
        }
        : {
            id: "shared-token",
            title: "Own token",
            status: "warning",
            // Not starting with the name: a sentence's first letter is capitalised, and a name is
            // spelled as given (`prod` is not `Prod`, which may be another watched name).
            value: `the token of ${name}${shownToken ? ` (${shownToken})` : ""} is also the token of ${others.join(", ")}`,
            fix: "Give each environment its own system-user token, so that rotating or revoking one leaves the others working.",
            recipes: ["system-user"],
        };
}

// EXTERNAL MODULE: ./src/detect/engine.ts + 13 modules
var engine = __nccwpck_require__(2513);
// EXTERNAL MODULE: ./src/verify/graph-api-versions.ts
var graph_api_versions = __nccwpck_require__(3764);
// EXTERNAL MODULE: ./src/verify/permissions.ts + 1 modules
var verify_permissions = __nccwpck_require__(2126);
// EXTERNAL MODULE: ./src/verify/versions.ts
var versions = __nccwpck_require__(6800);
;// CONCATENATED MODULE: ./src/verify/settings.ts
/**
 * Every option of the token check, parsed and validated in one place into a typed settings
 * object. The action (from its inputs) and `wa-token-guard verify` (from its flags) both come
 * through here, so both accept and reject exactly the same things. All problems are reported
 * at once, each naming the input and what it should be.
 */






/** The option names, as the action's inputs spell them (the CLI's flags are the same). */
const OPTION_DEFAULTS = {
    token: undefined,
    "app-id": undefined,
    "app-secret": undefined,
    "required-scopes": "whatsapp_business_messaging,whatsapp_business_management",
    "allowed-scopes": "whatsapp_business_manage_events,business_management,public_profile",
    "usage-warn-percent": "75",
    "on-unanswered": "fail",
    "waba-id": undefined,
    "phone-number-id": undefined,
    "test-recipient": undefined,
    "test-template": "hello_world",
    "test-template-language": "en_US",
    "test-message": undefined,
    "warn-days": "14",
    "fail-days": "3",
    "require-system-user": "false",
    "max-age-days": undefined,
    "graph-api-version": versions/* LATEST_VERSION */.X1,
    "graph-api-url": "https://graph.facebook.com",
    "timeout-seconds": "30",
};
/** Where it is defined since github/ needs it too; re-exported for the settings' users. */

/** `now` decides whether the version table is stale (see graphApiVersionProblem). */
function parseSettings(raw, now = new Date()) {
    const problems = [];
    const get = (name) => {
        const value = raw[name];
        if (value === undefined || value.trim() === "")
            return OPTION_DEFAULTS[name];
        return value;
    };
    const optional = (name) => get(name)?.trim() || undefined;
    const rawToken = raw.token ?? "";
    const token = secretInput("token", rawToken, problems, "token is empty: set it to the secret holding the access token (a secret that does not exist, or is not passed to this workflow, expands to an empty string)") ?? "";
    // Empty means the default (the runner passes unset inputs as ""). `none`: nothing required, or
    // nothing allowed beyond the required; `any` allows everything (the least-privilege check is off).
    const permissions = (name) => {
        const list = get(name)
            .trim()
            .split(/[\s,]+/)
            .filter((scope) => scope !== "");
        for (const scope of list) {
            if (!verify_permissions/* KNOWN_PERMISSIONS */.xX.includes(scope)) {
                const near = (0,verify_permissions/* closestPermission */.xJ)(scope);
                problems.push(`${name}: unknown permission "${scope}" (${near ? `did you mean ${near}?` : "not a permission name wa-token-guard knows; the WhatsApp ones are whatsapp_business_messaging and whatsapp_business_management"})`);
            }
        }
        return list;
    };
    const requiredScopes = get("required-scopes").trim() === "none" ? [] : permissions("required-scopes");
    const allowed = get("allowed-scopes").trim();
    const allowedScopes = allowed === "any" ? "any" : allowed === "none" ? [] : permissions("allowed-scopes");
    const onUnanswered = get("on-unanswered").trim();
    if (onUnanswered !== "fail" && onUnanswered !== "warn") {
        problems.push(`on-unanswered must be fail or warn, not "${onUnanswered}"`);
    }
    const wabaId = optional("waba-id");
    if (wabaId !== undefined && !/^\d{5,20}$/.test(wabaId))
        problems.push(`waba-id must be an id of 5 to 20 digits, not "${wabaId}"`);
    const phoneNumberId = optional("phone-number-id");
    if (phoneNumberId !== undefined && !/^\d{5,20}$/.test(phoneNumberId)) {
        problems.push(`phone-number-id must be an id of 5 to 20 digits (the id, not the phone number), not "${phoneNumberId}"`);
    }
    let test;
    const recipient = optional("test-recipient");
    if (recipient !== undefined) {
        // Digits and phone punctuation are a phone number; anything else is a business-scoped user id
        // (a user who hides their number behind a username), whose format Meta judges.
        const recipientKind = /^[+\d\s().-]+$/.test(recipient) ? "phone" : "user-id";
        const digits = recipientKind === "phone" ? recipient.replace(/[\s().-]/g, "") : recipient;
        if (recipientKind === "phone" && !/^\+\d{7,15}$/.test(digits)) {
            problems.push(`test-recipient must be a phone number with + and country code, like +15550001234, not "${recipient}" (without +, WhatsApp would prepend the business number's country code), or a business-scoped user id`);
        }
        if (recipientKind === "user-id" && isCredentialShaped(recipient, token)) {
            // Sent as the message's recipient, it would sit in Meta's message and webhook records.
            problems.push("test-recipient holds what looks like a credential (an access token or app secret), not a phone number or user id: it would be sent to Meta in the test message; set test-recipient to the test phone number");
        }
        else if (recipientKind === "user-id" && !/^[\x21-\x7e]{1,256}$/.test(recipient)) {
            problems.push("test-recipient must be a phone number (+ and country code) or a business-scoped user id (printable characters without spaces)");
        }
        if (phoneNumberId === undefined)
            problems.push("test-recipient needs phone-number-id: the number to send from");
        const template = get("test-template").trim();
        const language = get("test-template-language").trim();
        if (!/^[a-z0-9_]{1,512}$/.test(template))
            problems.push(`test-template "${template}" is not a template name`);
        else if (isCredentialShaped(template, token))
            problems.push("test-template holds what looks like an app secret, not a template name");
        if (!/^[a-z]{2,3}(_[A-Z]{2})?$/.test(language)) {
            problems.push(`test-template-language must be a language code like en_US or pt_BR, not "${language}"`);
        }
        const text = raw["test-message"]?.trim() || undefined;
        if (text !== undefined && text.length > 4096)
            problems.push("test-message is longer than 4096 characters");
        test = { recipient: digits, recipientKind, template, language, ...(text !== undefined && { text }) };
    }
    else if (optional("test-message") !== undefined) {
        problems.push("test-message needs test-recipient");
    }
    const number = (name, range) => parseNumber(name, get(name)?.trim() ?? "", range, problems);
    const before = problems.length;
    const warnDays = number("warn-days", { min: 0, max: 3650 });
    const failDays = number("fail-days", { min: 0, max: 3650 });
    // Compared only when both are numbers: a bad one stands in as its minimum, not as its value.
    if (problems.length === before && warnDays < failDays)
        problems.push(`warn-days (${warnDays}) must be at least fail-days (${failDays}): the warning comes before the failure`);
    const usageWarnPercent = number("usage-warn-percent", { min: 1, max: 100 });
    const maxAgeDays = optional("max-age-days") === undefined ? undefined : number("max-age-days", { min: 1, max: 3650 });
    const flag = get("require-system-user").trim();
    const requireSystemUser = /^(true|yes|1)$/i.test(flag);
    if (!requireSystemUser && !/^(false|no|0)$/i.test(flag)) {
        problems.push(`require-system-user must be true or false, not "${flag}"`);
    }
    const { graphApiVersion, graphApiUrl, timeoutSeconds, app } = connection(raw, problems, now);
    if (problems.length > 0)
        throw new errors_SettingsError(problems);
    return {
        token,
        tokenWasPadded: token !== rawToken,
        ...(app && { app }),
        requiredScopes,
        allowedScopes,
        usageWarnPercent,
        onUnanswered: onUnanswered === "warn" ? "warn" : "fail",
        ...(wabaId && { wabaId }),
        ...(phoneNumberId && { phoneNumberId }),
        ...(test && { test }),
        warnDays,
        failDays,
        requireSystemUser,
        ...(maxAgeDays !== undefined && { maxAgeDays }),
        graphApiVersion,
        graphApiUrl,
        timeoutSeconds,
    };
}
/** How to reach the Graph API (and as which app): for callers that check tokens without the rest. */
function parseConnection(raw) {
    const problems = [];
    const settings = connection(raw, problems);
    if (problems.length > 0)
        throw new SettingsError(problems);
    return settings;
}
function connection(raw, problems, now = new Date()) {
    const value = (name) => raw[name]?.trim() || OPTION_DEFAULTS[name];
    const appId = raw["app-id"]?.trim() || undefined;
    const appSecret = trimPadding(raw["app-secret"] ?? "") || undefined;
    // Neither value is echoed: a swapped pair would print the secret.
    if (appId !== undefined && !/^\d{5,20}$/.test(appId)) {
        problems.push(/^[0-9a-f]{32}$/i.test(appId)
            ? "app-id holds what looks like an app secret: are app-id and app-secret swapped? app-id is the app's numeric id"
            : "app-id must be the app's numeric id (App settings → Basic)");
    }
    const secretText = appSecret === undefined ? undefined : secretTextProblem("app-secret", appSecret);
    if (secretText)
        problems.push(secretText);
    else if (appSecret !== undefined && !/^[0-9a-f]{32}$/.test(appSecret)) {
        problems.push(/^\d{5,20}$/.test(appSecret)
            ? "app-secret holds what looks like an app id: are app-id and app-secret swapped? app-secret is the 32 lowercase hexadecimal characters from App settings → Basic"
            : "app-secret must be the 32 lowercase hexadecimal characters from App settings → Basic");
    }
    if ((appId === undefined) !== (appSecret === undefined)) {
        problems.push("app-id and app-secret go together: set both, or neither");
    }
    const graphApiVersion = value("graph-api-version");
    const versionProblem = graphApiVersionProblem(graphApiVersion, now);
    if (versionProblem)
        problems.push(versionProblem);
    const graphApiUrl = value("graph-api-url").replace(/\/+$/, "");
    const urlProblem = baseUrlProblem("graph-api-url", graphApiUrl);
    if (urlProblem)
        problems.push(urlProblem);
    const timeoutSeconds = parseNumber("timeout-seconds", value("timeout-seconds"), { min: 1, max: 600 }, problems);
    return {
        graphApiVersion,
        graphApiUrl,
        timeoutSeconds,
        ...(appId && appSecret && { app: { id: appId, secret: appSecret } }),
    };
}
/**
 * What the detection engine calls a credential, a bare app secret (32 hex digits, which the
 * engine reports only beside a key that names it), or the token itself.
 */
function isCredentialShaped(value, token) {
    return value === token || /^[0-9a-f]{32}$/i.test(value) || (0,engine/* detect */.o0)(value).length > 0;
}
/**
 * A version Meta released (the table in versions.ts, from graph-api.md section 8), or an old one
 * (the version check fails it with its end date). A version newer than the newest known does not
 * exist yet (`v99.0` is a typo), except the next one once it may have come out (releases are at
 * least three months apart): the version check then says this release's table does not know it.
 */
function graphApiVersionProblem(version, now) {
    if (!/^v[1-9]\d{0,2}\.0$/.test(version)) {
        return `graph-api-version must look like ${versions/* LATEST_VERSION */.X1}, not "${version}"`;
    }
    const status = (0,versions/* versionStatus */.lK)(version);
    if (status.known || !status.newer)
        return undefined;
    const next = `v${Number(/^v(\d+)/.exec(versions/* LATEST_VERSION */.X1)[1]) + 1}.0`;
    if (version === next && now > (0,versions/* nextReleasePossibleFrom */.CT)())
        return undefined;
    return `graph-api-version ${version} is not a released Graph API version: the newest is ${versions/* LATEST_VERSION */.X1} (released ${graph_api_versions/* VERSION_TABLE */.S.versions[0].released})`;
}

// EXTERNAL MODULE: ./src/verify/verdict.ts + 15 modules
var verify_verdict = __nccwpck_require__(3006);
// EXTERNAL MODULE: ./src/verify/verify.ts
var verify = __nccwpck_require__(2152);
// EXTERNAL MODULE: ./src/verify/time-left.ts
var time_left = __nccwpck_require__(6328);
;// CONCATENATED MODULE: ./src/action/outputs.ts
/**
 * The action's outputs: the verdict's typed data, named and formatted for workflows. Every name
 * here is in action.yml, and every value is documented in docs/action.md.
 */

const OUTPUT_NAMES = [
    "status",
    "valid",
    "token-type",
    "app-id",
    "application",
    "scopes",
    "missing-scopes",
    "expires-at",
    "days-left",
    "data-access-expires-at",
    "issued-at",
    "phone-number",
    "quality-rating",
    "message-id",
];
/** `never` for 0 (Meta's "does not expire"), empty when unknown. */
const when = (seconds) => seconds === undefined ? "" : seconds === 0 ? "never" : (0,time_left/* iso */.KH)(seconds);
function actionOutputs(verdict) {
    const token = verdict.token;
    return {
        status: verdict.status,
        valid: token.valid === undefined ? "" : String(token.valid),
        "token-type": token.type ?? "",
        "app-id": token.appId ?? "",
        application: token.application ?? "",
        scopes: token.scopes.join(","),
        "missing-scopes": token.missingScopes?.join(",") ?? "",
        "expires-at": when(token.expiresAt),
        "days-left": verdict.daysLeft === undefined ? "" : String(verdict.daysLeft),
        "data-access-expires-at": when(token.dataAccessExpiresAt),
        "issued-at": token.issuedAt ? (0,time_left/* iso */.KH)(token.issuedAt) : "",
        "phone-number": token.phoneNumber ?? "",
        "quality-rating": token.qualityRating ?? "",
        "message-id": token.messageId ?? "",
    };
}

;// CONCATENATED MODULE: ./src/action/inputs.ts
/**
 * The action's interface in code: every input with its default, and every output. Composed from
 * the settings modules' own option lists, so there is no second list to drift; a test keeps
 * action.yml equal to these (test/action/manifest.test.ts). The inputs only the action has are
 * parsed here.
 */



/** Inputs that only the action has (the CLI has no fork or Dependabot runs). */
const ACTION_ONLY_DEFAULTS = {
    "fail-on-empty": "false",
};

/** Input name -> its default in action.yml (undefined: no default, the runner passes ""). */
const ACTION_INPUT_DEFAULTS = {
    ...OPTION_DEFAULTS,
    ...ISSUE_OPTION_DEFAULTS,
    ...ROTATE_OPTION_DEFAULTS,
    // biome-ignore lint/suspicious/noTemplateCurlyInString: an Actions expression; the runner expands it to the job token.
    "github-token": "${{ github.token }}",
    ...ACTION_ONLY_DEFAULTS,
};
/** The rotation's outputs: `true`/`false`, and the new token's expiry (ISO 8601, `never`, or empty). */
const ROTATION_OUTPUT_NAMES = ["rotated", "new-expires-at"];
const ACTION_OUTPUT_NAMES = [
    ...OUTPUT_NAMES,
    "issue-number",
    ...ROTATION_OUTPUT_NAMES,
];
/** The status output of a run that had no token to check because GitHub passes none (a fork, Dependabot). */
const SKIPPED_STATUS = "skipped";
function parseActionOnlySettings(raw) {
    const text = raw["fail-on-empty"]?.trim() || ACTION_ONLY_DEFAULTS["fail-on-empty"];
    const failOnEmpty = /^(true|yes|1)$/i.test(text);
    if (!failOnEmpty && !/^(false|no|0)$/i.test(text)) {
        throw new errors_SettingsError([`fail-on-empty must be true or false, not "${text}"`]);
    }
    return { failOnEmpty };
}

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
;// CONCATENATED MODULE: ./src/action/run-context.ts
/**
 * The run's context for the secretless-run check (src/github/secretless-run.ts), read as
 * @actions/github's `context` reads it (GITHUB_EVENT_NAME, GITHUB_ACTOR and the event file that
 * GITHUB_EVENT_PATH names) but without importing @actions/github: that loads octokit and its
 * HTTP client, ~1.1 MB parsed (~40 ms), on every run with an empty token, just to read these three.
 */


function readRunContext(env = process.env) {
    let payload = {};
    const eventPath = env.GITHUB_EVENT_PATH;
    if (eventPath) {
        if ((0,external_node_fs_namespaceObject.existsSync)(eventPath))
            payload = JSON.parse((0,external_node_fs_namespaceObject.readFileSync)(eventPath, { encoding: "utf8" }));
        // @actions/github's words, on stdout as it prints them.
        else
            process.stdout.write(`GITHUB_EVENT_PATH ${eventPath} does not exist${external_node_os_namespaceObject.EOL}`);
    }
    return { eventName: env.GITHUB_EVENT_NAME, actor: env.GITHUB_ACTOR, payload };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
;// CONCATENATED MODULE: ./src/action/runner.ts
/**
 * The runner's side of a JavaScript action, the few parts this action uses: inputs
 * (INPUT_<NAME>), outputs (the GITHUB_OUTPUT file), workflow commands on stdout (::add-mask::,
 * annotations), the exit code and the job summary (GITHUB_STEP_SUMMARY).
 *
 * Written exactly as @actions/core 3.0.1 writes them (the same escaping, the same delimiter,
 * the same errors; test/action/runner.test.ts compares the two byte for byte), instead of
 * importing it: @actions/core's one entry point loads its HTTP client (@actions/http-client and
 * undici, for OIDC tokens) and @actions/exec before the first input is read, ~1 MB parsed at every
 * start, ~40 ms of a cold start (README, "The action's cold start"). Its package has no deep
 * imports and no `sideEffects: false`, so no bundler can leave that out.
 */




/** The exit code of a failed step. */
const FAILURE_EXIT_CODE = 1;
/** INPUT_<NAME> (spaces as underscores, upper-cased), trimmed unless told not to; "" when unset. */
function getInput(name, options = {}) {
    const value = process.env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] || "";
    return options.trimWhitespace === false ? value : value.trim();
}
/**
 * The runner hides this value in every later line of the log. Only on a runner (GITHUB_ACTIONS,
 * which GitHub's runner and `act` set): anywhere else nothing reads the command, and printing it
 * would put the secret itself on a terminal (`npm run local-action`, `node dist/action/index.js`).
 * This is where the action differs from @actions/core, which always prints it.
 */
function setSecret(secret) {
    if (process.env.GITHUB_ACTIONS !== "true")
        return;
    issueCommand("add-mask", {}, secret);
}
/** A `name<<delimiter` record in the GITHUB_OUTPUT file; the old ::set-output:: command without it. */
function setOutput(name, value) {
    const file = process.env.GITHUB_OUTPUT || "";
    if (file) {
        if (!(0,external_node_fs_namespaceObject.existsSync)(file))
            throw new Error(`Missing file at path: ${file}`);
        (0,external_node_fs_namespaceObject.appendFileSync)(file, `${keyValueRecord(name, value)}${external_node_os_namespaceObject.EOL}`, { encoding: "utf8" });
        return;
    }
    process.stdout.write(external_node_os_namespaceObject.EOL);
    issueCommand("set-output", { name }, value);
}
function info(message) {
    process.stdout.write(message + external_node_os_namespaceObject.EOL);
}
function error(message, properties = {}) {
    issueCommand("error", annotation(properties), message);
}
function warning(message, properties = {}) {
    issueCommand("warning", annotation(properties), message);
}
function notice(message, properties = {}) {
    issueCommand("notice", annotation(properties), message);
}
/** An error annotation, and the step's exit code set to failure. */
function setFailed(message) {
    process.exitCode = FAILURE_EXIT_CODE;
    error(message);
}
/** Appends HTML to the job summary file (GITHUB_STEP_SUMMARY), which must exist and be writable. */
async function appendSummary(html) {
    const file = process.env.GITHUB_STEP_SUMMARY;
    if (!file) {
        throw new Error("Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.");
    }
    try {
        await (0,promises_namespaceObject.access)(file, external_node_fs_namespaceObject.constants.R_OK | external_node_fs_namespaceObject.constants.W_OK);
    }
    catch {
        throw new Error(`Unable to access summary file: '${file}'. Check if the file has correct read/write permissions.`);
    }
    await (0,promises_namespaceObject.appendFile)(file, html, { encoding: "utf8" });
}
/** `name<<ghadelimiter_<uuid>`, the value, the delimiter: a value can hold any line but that one. */
function keyValueRecord(name, value) {
    const delimiter = `ghadelimiter_${(0,external_node_crypto_.randomUUID)()}`;
    if (name.includes(delimiter)) {
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    }
    if (value.includes(delimiter)) {
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    }
    return `${name}<<${delimiter}${external_node_os_namespaceObject.EOL}${value}${external_node_os_namespaceObject.EOL}${delimiter}`;
}
/** No properties at all, or every one the runner reads (@actions/core's toCommandProperties). */
function annotation(properties) {
    return Object.keys(properties).length === 0 ? {} : { title: properties.title };
}
/**
 * `::command key=value,key=value::message`, properties without a value left out (but, as in
 * @actions/core, the space before them kept: `::error ::message` for an empty title).
 */
function workflowCommand(command, properties, message) {
    const pairs = Object.entries(properties)
        .filter((pair) => Boolean(pair[1]))
        .map(([key, value]) => `${key}=${escapeProperty(value)}`);
    const list = Object.keys(properties).length > 0 ? ` ${pairs.join(",")}` : "";
    return `::${command}${list}::${escapeData(message)}`;
}
function issueCommand(command, properties, message) {
    process.stdout.write(workflowCommand(command, properties, message) + external_node_os_namespaceObject.EOL);
}
/** A message cannot end the command early: a line break would. */
function escapeData(text) {
    return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
/** A property value cannot end the property list (`,`) or the properties (`:`) either. */
function escapeProperty(text) {
    return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

// EXTERNAL MODULE: ./src/detect/scrub.ts + 1 modules
var scrub = __nccwpck_require__(8711);
;// CONCATENATED MODULE: ./src/action/secrets.ts
/**
 * The action's secrets, from every input the runner passed (INPUT_<NAME>): one scrubber for
 * everything the action prints, whichever input a secret arrived in, including inputs added
 * later (any `*-token` / `*-secret` input is covered by its name).
 */


function inputScrubber(env = process.env) {
    const inputs = {};
    for (const [key, value] of Object.entries(env)) {
        if (key.startsWith("INPUT_"))
            inputs[key.slice("INPUT_".length).toLowerCase()] = value;
    }
    // Named like a secret, but holding a secret's name (`WHATSAPP_TOKEN`), which messages must show.
    const name = inputs[SECRET_NAME_INPUT];
    delete inputs[SECRET_NAME_INPUT];
    const scrubber = new scrub/* Scrubber */.h6((0,scrub/* secretValues */.VX)(inputs));
    // ...unless it holds a credential after all (a token pasted into the wrong input).
    if (name && (0,scrub/* secretValues */.VX)({ [SECRET_NAME_INPUT.replace(/secret$/, "name")]: name }).length > 0) {
        scrubber.add(name);
    }
    return scrubber;
}
const SECRET_NAME_INPUT = "rotate-secret";
/** Masks every secret input with the runner first, before anything can print it. */
function maskSecretInputs() {
    const scrubber = inputScrubber();
    for (const value of scrubber.values)
        setSecret(value);
    return scrubber;
}

;// CONCATENATED MODULE: ./src/action/run.ts
















const TITLE = "WhatsApp token check";
async function run() {
    // Masking comes before anything else can print: the runner hides these values from then on.
    const scrubber = maskSecretInputs();
    const clean = (text) => scrubber.clean(text);
    const rawToken = getInput("token", { trimWhitespace: false });
    // Set the moment a rotated token is stored: a bug after that must not hide the write.
    const written = {};
    try {
        return await check(rawToken, scrubber, written);
    }
    catch (error) {
        // A bug. The step still reports a status and a summary, and says what to send us.
        const stored = written.to
            ? ` The new token was already stored in the ${written.to}; the old token still works.`
            : "";
        const message = clean(`wa-token-guard: internal error: ${error.message}.${stored}`);
        setOutput("status", "failed");
        await writeSummary(formatStoppedSummary(TITLE, "wa-token-guard stopped on an internal error (a bug: please report it)", [
            message,
        ]));
        return { failure: message, annotated: false };
    }
}
async function check(rawToken, scrubber, written) {
    const clean = (text) => scrubber.clean(text);
    // A fork's pull request or a Dependabot run gets no Actions secrets: an empty token is expected.
    const noSecrets = rawToken.trim() === "" ? whySecretless() : undefined;
    const inputs = readInputs(rawToken, noSecrets);
    if ("skipped" in inputs) {
        setOutput("status", SKIPPED_STATUS);
        notice(`${inputs.skipped} The token check is skipped (set fail-on-empty: true to fail instead).`, {
            title: `${TITLE} skipped`,
        });
        await writeSummary(formatSkippedSummary(TITLE, inputs.skipped));
        return { annotated: false };
    }
    if ("problems" in inputs) {
        const why = noSecrets ? `. ${noSecrets}` : "";
        const message = clean(`wa-token-guard: ${new errors_SettingsError(inputs.problems).message}${why}`);
        setOutput("status", "failed");
        error(message, { title: "Invalid inputs" });
        await writeSummary(formatStoppedSummary(TITLE, "The inputs are not valid, so the token was not checked", inputs.problems.map(clean)));
        return { failure: message, annotated: true };
    }
    const { settings, issueSettings, rotation } = inputs;
    let verdict;
    let rotated;
    try {
        if (rotation)
            ({ verdict, rotated } = await checkAndRotate(settings, rotation, scrubber, written));
        else
            verdict = await (0,verify/* verifyToken */.n)(settings);
    }
    catch (error) {
        if (!(error instanceof UserError))
            throw error;
        const message = clean(`wa-token-guard: ${error.message}`);
        setOutput("status", "failed");
        await writeSummary(formatStoppedSummary(TITLE, "The token could not be checked", [message]));
        return { failure: message, annotated: false };
    }
    // The issue comes after the verdict, and a failure to manage it never hides the token's status.
    let issue;
    let issueProblem;
    if (issueSettings && verdict.status !== "unanswered") {
        const managed = await manageIssue(issueSettings, verdict, clean, rotated, settings.timeoutSeconds * 1000);
        if ("problem" in managed)
            issueProblem = clean(managed.problem);
        else {
            issue = managed;
            verdict = managed.verdict;
        }
    }
    const outputs = actionOutputs(verdict);
    for (const name of OUTPUT_NAMES)
        setOutput(name, clean(outputs[name]));
    if (issue?.number !== undefined)
        setOutput("issue-number", String(issue.number));
    setOutput("rotated", String(rotated?.outcome === "rotated"));
    setOutput("new-expires-at", rotated?.outcome === "rotated"
        ? (rotated.expiresAt?.toISOString().replace(/\.\d+Z$/, "Z") ?? "never")
        : "");
    if (rotated?.outcome === "skipped" || rotated?.outcome === "dry-run") {
        notice(clean(`Rotation: ${rotated.note}`), { title: "Rotation" });
    }
    info(clean(formatVerifyText(verdict, false)));
    for (const item of (0,verdict_parts/* needsAttention */.e_)(verdict)) {
        const failing = item.status === "failed" || (item.status === "unanswered" && settings.onUnanswered === "fail");
        (failing ? error : warning)(clean((0,verdict_parts/* sentence */.em)(item)), { title: item.title });
    }
    if (issue && issue.action !== "none") {
        info(`Expiry issue #${issue.number}: ${issue.action}${issue.note ? ` (${issue.note})` : ""}.`);
    }
    if (issueProblem)
        error(issueProblem, { title: "Expiry issue" });
    const title = issueSettings?.name ? `${TITLE} (${issueSettings.name})` : TITLE;
    await writeSummary(clean(formatSummary(verdict, title, clean) + issueSummary(issueSettings, verdict, issue, issueProblem)));
    const fails = stepFails(verdict, settings);
    const failures = [fails ? clean(verdict.headline) : undefined, issueProblem].filter(Boolean);
    return { verdict, annotated: true, ...(failures.length > 0 && { failure: failures.join(" Also: ") }) };
}
/**
 * The token check, then the rotation step; the verdict is then the stored token's, with the
 * rotation as one more check. The new token is masked (and scrubbed from every output) the
 * moment it exists.
 */
async function checkAndRotate(settings, rotation, scrubber, written) {
    // Loaded on first use: the sealed box (libsodium) and the rotation are only for rotating runs.
    const [{ rotateActionSecret }, { rotationVerdict }] = await Promise.all([
        Promise.all(/* import() */[__nccwpck_require__.e(413), __nccwpck_require__.e(768), __nccwpck_require__.e(12)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2012)),
        __nccwpck_require__.e(/* import() */ 722).then(__nccwpck_require__.bind(__nccwpck_require__, 3722)),
    ]);
    const facts = await (0,verify/* gatherFacts */.p)(settings, new Date());
    const before = (0,verify_verdict/* evaluate */._3)(settings, facts);
    const rotated = await rotateActionSecret(rotation, settings, facts, {
        env: process.env,
        mask: (secret) => {
            setSecret(secret);
            scrubber.add(secret);
        },
        onStored: (description) => {
            written.to = description;
        },
    });
    return { verdict: rotationVerdict(before, rotated), rotated };
}
function stepFails(verdict, settings) {
    return verdict.status === "failed" || (verdict.status === "unanswered" && settings.onUnanswered === "fail");
}
/** Both sets of inputs are checked before anything runs, and every problem is reported at once. */
function readInputs(rawToken, noSecrets) {
    const raw = { token: rawToken };
    for (const name of Object.keys(OPTION_DEFAULTS)) {
        if (name !== "token")
            raw[name] = getInput(name);
    }
    const problems = [];
    const attempt = (parse) => {
        try {
            return parse();
        }
        catch (error) {
            if (!(error instanceof errors_SettingsError))
                throw error;
            problems.push(...error.problems);
            return undefined;
        }
    };
    const actionOnly = attempt(() => parseActionOnlySettings({ "fail-on-empty": getInput("fail-on-empty") }));
    if (noSecrets && actionOnly && !actionOnly.failOnEmpty)
        return { skipped: noSecrets };
    const settings = attempt(() => parseSettings(raw));
    const issueSettings = attempt(() => parseIssueSettings({
        "open-issue": getInput("open-issue"),
        "github-token": getInput("github-token"),
        "api-url": process.env.GITHUB_API_URL,
        "issue-label": getInput("issue-label"),
        "issue-assignees": getInput("issue-assignees"),
        name: getInput("name"),
    }));
    const rotation = attempt(() => parseActionRotation(Object.fromEntries(Object.keys(ROTATE_OPTION_DEFAULTS).map((name) => [
        name,
        getInput(name),
    ])), {
        repository: process.env.GITHUB_REPOSITORY,
        apiUrl: process.env.GITHUB_API_URL,
        jobToken: getInput("github-token"),
        hasApp: Boolean(raw["app-id"]?.trim() && raw["app-secret"]?.trim()),
    }));
    if (!settings || problems.length > 0)
        return { problems };
    return { settings, issueSettings, rotation };
}
/** Why this run got no secrets (a fork, Dependabot), or undefined. */
function whySecretless() {
    return whySecretsAreMissing(readRunContext());
}
async function manageIssue(settings, verdict, clean, rotation, 
/** timeout-seconds, for each GitHub API call. */
timeoutMs) {
    // Loaded on first use: octokit is a large part of the bundle, and most runs never open an issue.
    const [{ context }, { IssueError, syncExpiryIssue }] = await Promise.all([
        __nccwpck_require__.e(/* import() */ 413).then(__nccwpck_require__.bind(__nccwpck_require__, 2413)),
        Promise.all(/* import() */[__nccwpck_require__.e(413), __nccwpck_require__.e(358)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3358)),
    ]);
    if (!process.env.GITHUB_REPOSITORY) {
        return { problem: "open-issue works in a GitHub Actions run: GITHUB_REPOSITORY is not set." };
    }
    const repository = context.repo;
    const runUrl = process.env.GITHUB_RUN_ID
        ? `${context.serverUrl}/${repository.owner}/${repository.repo}/actions/runs/${process.env.GITHUB_RUN_ID}`
        : undefined;
    const name = settings.name;
    try {
        return await syncExpiryIssue(settings, repository, verdict, {
            ...(runUrl && { runUrl }),
            now: new Date(),
            clean,
            ...(rotation?.outcome === "rotated" && {
                rotated: {
                    ...(rotation.expiresAt && { expiresAt: rotation.expiresAt }),
                    revoked: rotation.revoked,
                },
            }),
            timeoutMs,
            ...(name && { sharedWith: (others) => (0,verify_verdict/* withCheck */.hV)(verdict, sharedTokenCheck(name, others)) }),
        });
    }
    catch (error) {
        if (error instanceof IssueError)
            return { problem: error.message };
        throw error;
    }
}
function issueSummary(settings, verdict, issue, problem) {
    if (problem)
        return `<p>❌ Expiry issue: ${escapeHtml(problem)}</p>\n`;
    if (settings && verdict.status === "unanswered") {
        return "<p>Expiry issue left as it is: the Graph API could not be asked, which says nothing about the token.</p>\n";
    }
    if (!issue || issue.action === "none")
        return "";
    const link = issue.url ? `<a href="${escapeHtml(issue.url)}">#${issue.number}</a>` : `#${issue.number}`;
    return `<p>Expiry issue ${link}: ${issue.action}${issue.note ? ` (${escapeHtml(issue.note)})` : ""}.</p>\n`;
}
/** The job summary, when the runner provides one (GITHUB_STEP_SUMMARY). */
async function writeSummary(html) {
    if (!process.env.GITHUB_STEP_SUMMARY)
        return;
    await appendSummary(html);
}

;// CONCATENATED MODULE: ./src/action/main.ts
/**
 * The action from start to end, in the actions/typescript-action layout: `run()` is what
 * `@github/local-action` calls (`npm run local-action`), and index.ts only calls it. This is the
 * one place that fails the step.
 */




async function main_run() {
    // Before anything loads the HTTP client, which fails on an older Node with an odd error.
    const tooOld = unsupportedActionNode();
    if (tooOld) {
        setOutput("status", "failed");
        setFailed(tooOld);
        return;
    }
    try {
        const outcome = await run();
        if (!outcome.failure)
            return;
        // Already shown as one titled annotation per failing check: a second, untitled one would
        // repeat it. The exit code alone fails the step.
        if (outcome.annotated)
            process.exitCode = FAILURE_EXIT_CODE;
        else
            setFailed(outcome.failure);
    }
    catch (error) {
        setFailed(inputScrubber().clean(`wa-token-guard: internal error: ${error.message}`));
    }
}


/***/ }),

/***/ 2513:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  o0: () => (/* binding */ detect),
  xw: () => (/* binding */ detectAll)
});

// UNUSED EXPORTS: ALLOW_COMMENT, lineBreaks

;// CONCATENATED MODULE: ./src/detect/decoders/decoder.ts
/** Longest segment decoded: beyond it (a multi-megabyte data URI), the text is left as it is. */
const MAX_SEGMENT = 1024 * 1024;
const strictUtf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
/** A control character that text does not hold (everything below space but tab, LF, CR; DEL). */
const isControl = (b) => (b < 32 && b !== 9 && b !== 10 && b !== 13) || b === 127;
/**
 * The bytes as text, or undefined when they are not valid UTF-8 or are mostly binary (more than
 * 1 in 50 bytes a control character).
 */
function asText(bytes) {
    let control = 0;
    for (const b of bytes)
        if (isControl(b))
            control++;
    if (control * 50 > bytes.length)
        return undefined;
    try {
        return strictUtf8.decode(bytes);
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/detect/decoders/base64.ts
/**
 * Base64, standard (`+/`) and URL-safe (`-_`), padded or not, also wrapped over lines. A segment
 * is a run of at least 43 base64 characters (32 bytes: the shortest credential, an app secret),
 * with its `=` padding.
 * Binary content (images in data URIs, lockfile digests) is recognised from its first 48 bytes,
 * so it costs almost nothing however long it is.
 */

const MIN_SEGMENT = 43;
const PROBE_CHARS = 64;
const isBase64Char = (c) => (c >= 48 && c <= 57) ||
    (c >= 65 && c <= 90) ||
    (c >= 97 && c <= 122) ||
    c === 43 ||
    c === 47 ||
    c === 45 ||
    c === 95;
const base64Decoder = {
    encoding: "base64",
    segments(text) {
        const segments = [];
        for (let start = nextRun(text, 0); start !== -1;) {
            const { body, encoded, lines } = wrappedRun(text, start);
            let end = body;
            while (end < text.length && end - body < 2 && text.charCodeAt(end) === 61 /* = */)
                end++;
            const decoded = encoded === undefined ? undefined : decodeBase64(encoded);
            if (decoded !== undefined)
                segments.push({ start, end, decoded });
            else if (lines.length > 1) {
                // Not one text wrapped over lines (consecutive values of the same length, say): each
                // line on its own, as it would have been unwrapped. Each line is read once more at most.
                for (const [index, line] of lines.entries()) {
                    const lineEnd = index === lines.length - 1 ? end : line.end;
                    const alone = line.end - line.start >= MIN_SEGMENT ? decodeBase64(text.slice(line.start, line.end)) : undefined;
                    if (alone !== undefined)
                        segments.push({ start: line.start, end: lineEnd, decoded: alone });
                }
            }
            start = nextRun(text, end);
        }
        return segments;
    },
};
/**
 * Where the next run of at least MIN_SEGMENT base64 characters starts, at or after `from` (which
 * is 0 or follows a character that is not base64). Reads backwards from the far end of each
 * window, so ordinary text, where words are short, costs a few reads per window rather than a
 * read per character; no character is read twice.
 */
function nextRun(text, from) {
    let start = from;
    let known = from; // [start, known) is all base64
    while (start + MIN_SEGMENT <= text.length) {
        const end = start + MIN_SEGMENT;
        let i = end - 1;
        const floor = Math.max(start, known);
        while (i >= floor && isBase64Char(text.charCodeAt(i)))
            i--;
        if (i < floor)
            return start;
        start = i + 1;
        known = end;
    }
    return -1;
}
const runEnd = (text, from) => {
    let end = from;
    while (end < text.length && isBase64Char(text.charCodeAt(end)))
        end++;
    return end;
};
/** The widest line a wrapped run may have (`base64` wraps at 76, PEM and `openssl` at 64). */
const MAX_WRAP_WIDTH = 120;
/**
 * The run at `start`, and the lines that continue it: a run of MIN_SEGMENT to MAX_WRAP_WIDTH
 * characters that fills its line goes on at the next line's first non-blank character, line after
 * line of the same width, up to a shorter last line. Any width: `base64` wraps at 76, PEM at 64,
 * `fold -w 70` and Python's textwrap at 70, which is not a multiple of 4 (base64 decodes left to
 * right, so what follows a line never changes what the line decodes to). Each character is read
 * once. `encoded` is undefined beyond MAX_SEGMENT; `lines` are where each line's run is.
 */
function wrappedRun(text, start) {
    let body = runEnd(text, start + MIN_SEGMENT);
    const width = body - start;
    const lines = [{ start, end: body }];
    if (width > MAX_WRAP_WIDTH) {
        return { body, encoded: width > MAX_SEGMENT ? undefined : text.slice(start, body), lines };
    }
    let total = width;
    for (;;) {
        let next = body;
        if (text.charCodeAt(next) === 13)
            next++;
        if (text.charCodeAt(next) !== 10)
            break;
        next++;
        while (text.charCodeAt(next) === 32 || text.charCodeAt(next) === 9)
            next++;
        const end = runEnd(text, next);
        if (end === next || end - next > width || total + end - next > MAX_SEGMENT)
            break;
        lines.push({ start: next, end });
        total += end - next;
        body = end;
        if (end - next < width)
            break; // the last line
    }
    return { body, encoded: lines.map((line) => text.slice(line.start, line.end)).join(""), lines };
}
function decodeBase64(encoded) {
    if (encoded.length % 4 === 1)
        return undefined; // not base64: one character too many
    const probe = Buffer.from(encoded.slice(0, PROBE_CHARS), "base64");
    for (const b of probe)
        if (isControl(b))
            return undefined;
    return asText(Buffer.from(encoded, "base64"));
}

;// CONCATENATED MODULE: ./src/detect/decoders/percent.ts
/**
 * Percent-encoding (`%3D`, and `%253D` twice over: the engine decodes to depth 2). A segment is a
 * run of URL characters holding at least one `%XX`: a query string in a log line, a redirect URL.
 */

const ESCAPE = /%[0-9A-Fa-f]{2}/g;
const percent_MIN_SEGMENT = 32;
/** Characters a URL holds unencoded (RFC 3986), less quotes, which end a string in code. */
const isUrlChar = (c) => (c >= 48 && c <= 57) ||
    (c >= 65 && c <= 90) ||
    (c >= 97 && c <= 122) ||
    "%._~+-!$&()*,;=:@/?#[]".includes(String.fromCharCode(c));
const percentDecoder = {
    encoding: "percent",
    segments(text) {
        const segments = [];
        let floor = 0;
        ESCAPE.lastIndex = 0;
        for (let match = ESCAPE.exec(text); match; match = ESCAPE.exec(text)) {
            let start = match.index;
            while (start > floor && isUrlChar(text.charCodeAt(start - 1)))
                start--;
            let end = match.index + 3;
            while (end < text.length && end - start <= MAX_SEGMENT && isUrlChar(text.charCodeAt(end)))
                end++;
            ESCAPE.lastIndex = end;
            floor = end;
            if (end - start < percent_MIN_SEGMENT || end - start > MAX_SEGMENT)
                continue;
            const decoded = decodePercent(text, start, end);
            if (decoded !== undefined)
                segments.push({ start, end, decoded });
        }
        return segments;
    },
};
function decodePercent(text, start, end) {
    const bytes = Buffer.allocUnsafe(end - start);
    let n = 0;
    for (let i = start; i < end; i++) {
        const c = text.charCodeAt(i);
        if (c === 37 && i + 2 < end && isHex(text.charCodeAt(i + 1)) && isHex(text.charCodeAt(i + 2))) {
            bytes[n++] = Number.parseInt(text.slice(i + 1, i + 3), 16);
            i += 2;
        }
        else
            bytes[n++] = c;
    }
    return asText(bytes.subarray(0, n));
}
const isHex = (c) => (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);

;// CONCATENATED MODULE: ./src/detect/decode.ts
/**
 * The decoding layer between the text and the rules (the model of gitleaks and trufflehog): every
 * decodable segment is replaced by its decoded text, and the rules run again over that view, so
 * that a key next to an encoded value still counts (`META_APP_SECRET: <base64>`). A view remembers
 * where each decoded span came from, so a credential is reported at the encoded segment.
 * Depth 2 covers base64 inside base64 and `%25`: the second view decodes only inside the spans
 * the first one decoded. Each view costs one pass of the rules, and only exists when something
 * decoded.
 */


const DECODERS = [base64Decoder, percentDecoder];
const MAX_DEPTH = 2;
/**
 * The next view of `text`: decodes segments anywhere (the original text) or only inside `within`
 * (the spans the previous view decoded). Undefined when nothing decodes.
 */
function decodeView(text, within) {
    const ranges = within ?? [
        { start: 0, end: text.length, origStart: -1, origEnd: -1, encoding: "base64" },
    ];
    const found = [];
    for (const range of ranges) {
        const inRange = [];
        // Each range on its own: a search for the next segment never runs past the range's end.
        const part = within ? text.slice(range.start, range.end) : text;
        for (const decoder of DECODERS) {
            for (const segment of decoder.segments(part)) {
                inRange.push({
                    ...segment,
                    start: segment.start + range.start,
                    end: segment.end + range.start,
                    range: within ? range : undefined,
                    encoding: decoder.encoding,
                });
            }
        }
        inRange.sort((a, b) => a.start - b.start || b.end - a.end);
        let covered = range.start;
        for (const segment of inRange) {
            if (segment.start < covered)
                continue; // overlaps one already taken: the earlier, longer wins
            found.push(segment);
            covered = segment.end;
        }
    }
    if (found.length === 0)
        return undefined;
    const pieces = [];
    const spans = [];
    let offset = 0;
    let at = 0;
    for (const segment of found) {
        pieces.push(text.slice(at, segment.start));
        offset += segment.start - at;
        pieces.push(segment.decoded);
        const outer = segment.range;
        spans.push({
            start: offset,
            end: offset + segment.decoded.length,
            origStart: outer ? outer.origStart : segment.start,
            origEnd: outer ? outer.origEnd : segment.end,
            encoding: outer ? outer.encoding : segment.encoding,
        });
        offset += segment.decoded.length;
        at = segment.end;
    }
    pieces.push(text.slice(at));
    return { text: pieces.join(""), spans };
}
/** The first span that `[start, end)` overlaps, by binary search. */
function spanOverlapping(spans, start, end) {
    let low = 0;
    let high = spans.length;
    while (low < high) {
        const mid = (low + high) >> 1;
        if (spans[mid].end <= start)
            low = mid + 1;
        else
            high = mid;
    }
    const span = spans[low];
    return span && span.start < end ? span : undefined;
}

;// CONCATENATED MODULE: ./src/detect/app-id.ts
/**
 * Meta access tokens carry the issuing app's id in their first characters: base64-decoding the
 * first 12 characters gives byte 0x10 followed by `app_id << 2` as a 64-bit big-endian integer.
 * Meta does not document this, so a token that does not decode is still reported; the decoded id
 * only tells the user which app the leaked token belongs to (and so where to revoke it).
 */
function appIdFromAccessToken(token) {
    if (token.length < 12)
        return undefined;
    const bytes = Buffer.from(token.slice(0, 12), "base64");
    if (bytes.length !== 9 || bytes[0] !== 0x10)
        return undefined;
    const shifted = bytes.readBigUInt64BE(1);
    if ((shifted & 3n) !== 0n)
        return undefined;
    const appId = shifted >> 2n;
    // Real app ids have 13 to 17 digits; anything else is a string that merely starts with EAA.
    const digits = appId.toString();
    return digits.length >= 13 && digits.length <= 17 ? digits : undefined;
}

;// CONCATENATED MODULE: ./src/detect/hints.ts
/**
 * The pre-commit hook's hint pattern, derived from the rules. Before it starts node, the hook asks
 * git whether any changed line matches `HINTS` (a POSIX extended regular expression); only then
 * does the full scan run. That is safe only while the pattern is a superset of what the engine
 * reports, including what it reports through its decoders: a base64'd token holds no `EAA`, so
 * each rule's hint is also given in its base64 forms (one per byte alignment, either alphabet) and
 * its percent-encoded form (`%7C`, `%257C`; every character, letters too: `%45%41%41`). A test keeps `hooks/pre-commit` equal to this.
 * The engine decodes base64 inside base64 too (a Kubernetes Secret whose value is a base64'd
 * `.env`), so the hint covers that form as well: when the fast path says "nothing", node never
 * starts, and a form missing here is a form the hook lets through.
 *
 * A hint is a sequence of items, each a set of characters and how many of them follow. Items are
 * built with literal(), anyCase() and repeat(); sets are listed characters or ranges (`0-9a-f`).
 * A rule whose key and value sit on one line gives its hint as a KeyValueHint: the key, then the
 * value later on that line, each in any of its forms. A word as common as `secret` then starts
 * node only when something that could be the value follows it.
 */
const isKeyValue = (hint) => "key" in hint;
const expand = (set) => set.replace(/(.)-(.)/g, (_, from, to) => {
    let out = "";
    for (let c = from.charCodeAt(0); c <= to.charCodeAt(0); c++)
        out += String.fromCharCode(c);
    return out;
});
const ALNUM = "A-Za-z0-9";
const DIGITS = "0-9";
const URL_SAFE = "A-Za-z0-9_\\-";
const literal = (text) => [...text].map((c) => ({ chars: c, count: 1 }));
const anyCase = (text) => [...text].map((c) => ({ chars: unique(c.toLowerCase() + c.toUpperCase()), count: 1 }));
/** `set` is a class body as in a regular expression: `0-9a-f`; `\\-` for a literal `-`. */
const repeat = (set, count) => ({
    chars: unique(expand(set.replace("\\-", "\u0000")).replace("\u0000", "-")),
    count,
});
function unique(chars) {
    return [...new Set(chars)].sort().join("");
}
const BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
/** Both alphabets at once: standard (`+/`) and URL-safe (`-_`) base64. */
const SIXTY_TWO = "+-";
const SIXTY_THREE = "/_";
const base64Chars = (value) => (value < 62 ? BASE64[value] : value === 62 ? SIXTY_TWO : SIXTY_THREE);
/**
 * A derived set this large says little: it is widened to the whole alphabet (both kinds, and `%`
 * for `%2B` and friends in a URL) so that it compresses.
 */
const ANY_BASE64 = unique(`${BASE64}${SIXTY_TWO}${SIXTY_THREE}%`);
const WIDEN_AT = 16;
/**
 * A derived form keeps its first MAX_LENGTH characters: requiring fewer characters is still a
 * superset, and it keeps the pattern small enough that git's -G costs the typical commit nothing.
 */
const MAX_LENGTH = 16;
/**
 * The base64 encodings of text matching `pattern`, one per alignment of its first byte in a
 * 3-byte group. Only the characters whose 6 bits come wholly from the pattern are kept (the ones
 * at the edges depend on the unknown bytes around it). Characters are bytes here: the rules'
 * hints are ASCII.
 */
function base64Forms(pattern) {
    const bytes = pattern.flatMap((item) => Array(item.count).fill(item.chars));
    const forms = [];
    for (let align = 0; align < 3; align++) {
        const out = [];
        const at = (i) => bytes[i - align]; // undefined outside the pattern
        const groups = Math.ceil((bytes.length + align) / 3);
        for (let g = 0; g < groups; g++) {
            const [a, b, c] = [at(g * 3), at(g * 3 + 1), at(g * 3 + 2)];
            // Each output character: the bytes it reads, and how it is made from them.
            const outputs = [
                [[a], (x) => x >> 2],
                [[a, b], (x, y) => ((x & 3) << 4) | (y >> 4)],
                [[b, c], (x, y) => ((x & 15) << 2) | (y >> 6)],
                [[c], (x) => x & 63],
            ];
            for (const [inputs, make] of outputs) {
                if (inputs.some((set) => set === undefined))
                    continue;
                const first = inputs[0];
                const second = inputs[1] ?? "\u0000";
                let chars = "";
                for (const x of first)
                    for (const y of second)
                        chars += base64Chars(make(x.charCodeAt(0), y.charCodeAt(0)));
                chars = unique(chars);
                out.push({ chars: chars.length >= WIDEN_AT ? ANY_BASE64 : chars, count: 1 });
            }
        }
        forms.push(compress(out));
    }
    return forms;
}
/** The first MAX_LENGTH characters of a pattern. */
function limit(pattern) {
    const out = [];
    let left = MAX_LENGTH;
    for (const item of pattern) {
        if (left === 0)
            break;
        out.push({ ...item, count: Math.min(item.count, left) });
        left -= Math.min(item.count, left);
    }
    return out;
}
function compress(items) {
    const out = [];
    for (const item of items) {
        const last = out[out.length - 1];
        if (last && last.chars === item.chars)
            last.count += item.count;
        else
            out.push({ ...item });
    }
    return out;
}
/** One item as an ERE atom: a character, or a bracket expression. */
function atom(chars) {
    if (chars.length === 1)
        return /[A-Za-z0-9%:_ -]/.test(chars) ? chars : `[${chars}]`;
    let body = "";
    const codes = [...chars].map((c) => c.charCodeAt(0)).filter((c) => c !== 45 && c !== 93 && c !== 94);
    for (let i = 0; i < codes.length;) {
        let j = i;
        while (j + 1 < codes.length && codes[j + 1] === codes[j] + 1)
            j++;
        const from = String.fromCharCode(codes[i]);
        const to = String.fromCharCode(codes[j]);
        body += j - i >= 2 ? `${from}-${to}` : j === i ? from : `${from}${to}`;
        i = j + 1;
    }
    if (chars.includes("]"))
        body = `]${body}`;
    if (chars.includes("^"))
        body += "^";
    if (chars.includes("-"))
        body += "-";
    return `[${body}]`;
}
/** A pattern as a POSIX ERE (also a valid JavaScript pattern). */
function toEre(pattern) {
    return limit(pattern)
        .map((item) => atom(item.chars) + (item.count > 1 ? `{${item.count}}` : ""))
        .join("");
}
/** Any `%XX` escape, once or twice encoded (`%41`, `%2541`). */
const ANY_ESCAPE = "%(25)?[0-9A-Fa-f]{2}";
/**
 * The pattern as it reads percent-encoded, once or twice (`%7C`, `%257C`): any character may be
 * written `%XX`, letters and digits too (an encoder that escapes everything: `%45%41%41…`), so
 * this form also matches the plain text.
 */
function percentForm(pattern) {
    return limit(pattern)
        .map((item) => {
        const hex = item.chars.length > 2
            ? [ANY_ESCAPE]
            : [...item.chars].map((c) => {
                const code = c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0");
                const digit = (d) => atom(unique(d + d.toLowerCase()));
                return `%(25)?${digit(code[0])}${digit(code[1])}`;
            });
        const one = `(${[atom(item.chars), ...hex].join("|")})`;
        return item.count > 1 ? `${one}{${item.count}}` : one;
    })
        .join("");
}
/**
 * Wrapped base64 (`base64` wraps at 76 columns, `openssl` at 64): the decoder joins the lines, but
 * git's -G reads one line at a time, so a hint cut by the wrap matches no line. What every such
 * cut leaves is a continuation line: one that starts, after blanks, with base64 holding the rest of
 * the credential, at least 32 characters (the shortest credential, an app secret, is 32 bytes).
 * Anchored at the line start, it costs -G almost nothing.
 */
const WRAPPED_BASE64_HINT = "^[ \t]*[A-Za-z0-9+/_-]{32}";
/**
 * A letter or digit written as a percent escape, once or twice encoded (`%52`, `%2552`), followed
 * by more base64 or another escape: what a base64'd line looks like after an encoder escaped more
 * than it had to. Every fixed character of a hint's base64 form is a letter or digit (the `+/`
 * that `%2B` and `%2F` stand for only ever fall where a form allows any base64 and `%`), so one
 * such escape is all it takes to break those forms; this hint catches what they then miss.
 * Escapes of other characters (`%20`, `%3D`, `%2F` in an encoded URL), printf formats (`%4d`,
 * `%5s`) and dates (`%Y-%m-%d`) do not match it.
 */
const ESCAPED_ALPHANUMERIC_HINT = "%(25)?(3[0-9]|[46][1-9A-Fa-f]|[57][0-9Aa])[A-Za-z0-9+/_%-]";
/**
 * What may stand between a key and its value: anything but the characters no separator holds, in
 * any encoding (`%`, hex digits and base64 stay allowed). `|`, `?` and `)` stay allowed for the
 * default-value operators (`|| "…"`, `?? "…"`, `getenv('…') ?: "…"`). These end the search at the next
 * statement or brace, which also bounds how far a regex engine that backtracks reads from each
 * occurrence of the key. (A bound such as `.{0,385}` costs GNU grep 0.4 s to compile.)
 */
const SEPARATOR_GAP = "[^;{}<&!*#$@~]*";
/** A pattern's base64 forms, encoded once and twice over. */
function base64FormsToDepthTwo(pattern) {
    const forms = [];
    for (const once of base64Forms(pattern)) {
        forms.push(toEre(once));
        for (const twice of base64Forms(once))
            forms.push(toEre(twice));
    }
    return forms;
}
/**
 * The pattern with every character percent-encoded (`EAA` as `%45%41%41`), as a HintPattern, so
 * that its base64 forms can be derived: a line percent-encoded whole and then base64'd holds
 * none of the plain pattern's base64 forms. Hex digits in either case.
 */
function percentAllPattern(pattern) {
    const nibble = (chars, high) => unique([...chars]
        .map((c) => {
        const hex = c.charCodeAt(0).toString(16).padStart(2, "0")[high ? 0 : 1];
        return hex.toUpperCase() + hex.toLowerCase();
    })
        .join(""));
    const out = [];
    for (const item of limit(pattern))
        for (let i = 0; i < item.count; i++)
            out.push({ chars: "%", count: 1 }, { chars: nibble(item.chars, true), count: 1 }, { chars: nibble(item.chars, false), count: 1 });
    return compress(out);
}
/**
 * Every form of every hint: plain, percent-encoded (once or twice), base64 (once or twice), the
 * continuation line of wrapped base64, base64 with letters escaped, and the base64 of the key
 * percent-encoded whole. A key-value hint is its key base64'd (a whole line
 * base64'd holds the key's base64 form, and the value's is then unknowable), or its key plain or
 * percent-encoded followed later on the line by its value in any form (the decoders read a
 * base64'd value after a plain key: `META_APP_SECRET: <base64>`), with only separator characters
 * between them (SEPARATOR_GAP).
 */
function hookHints(hints) {
    const strong = new Set([WRAPPED_BASE64_HINT, ESCAPED_ALPHANUMERIC_HINT]);
    const keys = new Set();
    const keyValues = new Set();
    for (const hint of hints) {
        const key = isKeyValue(hint) ? hint.key : hint;
        const plain = percentForm(key); // also matches the plain form
        if (isKeyValue(hint)) {
            // Any escape after the key counts too: a base64'd value with some characters
            // percent-escaped (decoded percent first, then base64) matches none of the forms above.
            const values = [
                ...new Set([percentForm(hint.value), ...base64FormsToDepthTwo(hint.value), ANY_ESCAPE]),
            ];
            keys.add(plain);
            keyValues.add(`${plain}${SEPARATOR_GAP}(${values.join("|")})`);
        }
        else
            strong.add(plain);
        for (const form of base64FormsToDepthTwo(key))
            strong.add(form);
        for (const form of base64Forms(percentAllPattern(key)))
            strong.add(toEre(form));
    }
    return { hints: [...strong].join("|"), keys: [...keys].join("|"), keyValues: [...keyValues].join("|") };
}

;// CONCATENATED MODULE: ./src/detect/placeholders.ts
/**
 * Recognises values that have the shape of a secret but are obviously not one: documentation
 * placeholders, repeated characters, counting sequences. Pure and cheap: only a bounded prefix of
 * the value is examined, so a hostile multi-megabyte run costs no more than a short one.
 */
const PLACEHOLDER_WORDS = [
    "placeholder",
    "example",
    "redacted",
    "youraccesstoken",
    "yourtoken",
    "accesstokenhere",
    "tokenhere",
    "dummy",
    "xxxxxx",
    "changeme",
    "replaceme",
];
/** How much of a value the heuristics look at. Real tokens are decided well within it. */
const SAMPLE = 256;
/** True when `value` (a token body or a secret) is a placeholder, not a credential. */
function looksLikePlaceholder(value, minDistinct) {
    const sample = value.length > SAMPLE ? value.slice(0, SAMPLE) : value;
    const lower = sample.toLowerCase();
    if (placeholderShare(lower) * 2 >= lower.length)
        return true;
    if (new Set(lower).size < minDistinct)
        return true;
    return isPeriodic(sample) || isCountingSequence(sample);
}
/**
 * How many characters of `lower` placeholder words cover. A placeholder is mostly placeholder
 * text; a real token's random body may hold a word like "dummy" (about 1 in 20,000 tokens).
 */
function placeholderShare(lower) {
    const covered = new Uint8Array(lower.length);
    for (const word of PLACEHOLDER_WORDS) {
        for (let at = lower.indexOf(word); at !== -1; at = lower.indexOf(word, at + 1)) {
            covered.fill(1, at, at + word.length);
        }
    }
    let count = 0;
    for (const c of covered)
        count += c;
    return count;
}
/** "abcabcabc…", "EAAEAAEAA…": the value repeats with a short period. */
function isPeriodic(sample) {
    const maxPeriod = Math.min(64, Math.floor(sample.length / 2));
    for (let period = 1; period <= maxPeriod; period++) {
        let repeats = true;
        for (let i = period; i < sample.length; i++) {
            if (sample.charCodeAt(i) !== sample.charCodeAt(i - period)) {
                repeats = false;
                break;
            }
        }
        if (repeats)
            return true;
    }
    return false;
}
/** "0123456789abcdef…", "abcdefgh…": most neighbours are consecutive characters. */
function isCountingSequence(sample) {
    let steps = 0;
    for (let i = 1; i < sample.length; i++) {
        const delta = sample.charCodeAt(i) - sample.charCodeAt(i - 1);
        if (delta === 1 || delta === -1)
            steps++;
    }
    return steps * 2 > sample.length;
}

;// CONCATENATED MODULE: ./src/detect/rules/rule.ts
const isAlnum = (c) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isDigit = (c) => c >= 48 && c <= 57;
/** Revoking a user or system-user token: shared by the rules that find one. */
const REVOKE_TOKEN = "Remove it from the file and the index, then revoke and replace it: Meta Business Settings → Users → System users → (user) → Revoke tokens, and generate a new one.";
const RESET_APP_SECRET = "Remove it, then reset the app secret: App Dashboard → App settings → Basic → App secret → Reset.";

;// CONCATENATED MODULE: ./src/detect/rules/access-token.ts
/**
 * `meta-access-token`: user, page and system-user tokens of any app. `EAA` and at least 90 more
 * alphanumerics, no keyword needed; the 4th character is an app-id range, not a token type.
 */





// The upper bound keeps V8's backtracking stack small; longer runs are followed to their end in code.
const ACCESS_TOKEN = /EAA[A-Za-z0-9]{90,1000}/g;
const PLUS = 43;
const SLASH = 47;
const EQUALS = 61;
const BACKSLASH = 92;
const NEWLINE = 10;
const accessTokenRule = {
    id: "meta-access-token",
    title: "Meta / WhatsApp Cloud API access token (user, page or system-user)",
    remedy: REVOKE_TOKEN,
    keywords: ["EAA"],
    caseSensitive: true,
    hints: [[...literal("EAA"), repeat(ALNUM, 90)]],
    find(text, context) {
        const hits = [];
        ACCESS_TOKEN.lastIndex = 0;
        for (let match = ACCESS_TOKEN.exec(text); match; match = ACCESS_TOKEN.exec(text)) {
            const start = match.index;
            let end = start + match[0].length;
            while (end < text.length && isAlnum(text.charCodeAt(end)))
                end++;
            ACCESS_TOKEN.lastIndex = end;
            const token = text.slice(start, end);
            // No "cut short" exception: a run of 90+ token characters followed by `...` is a token.
            if (!standsAlone(text, start, end, context))
                continue;
            if (isUppercaseHex(token))
                continue;
            if (looksLikePlaceholder(token.slice(3), 12))
                continue;
            const appId = appIdFromAccessToken(token);
            hits.push({ secret: token, index: start, ...(appId && { appId }) });
        }
        return hits;
    },
};
/**
 * A token is a whole run: nothing alphanumeric glued to it (it would be part of a longer string),
 * and not inside a base64 blob. `KEY=EAA…` is fine, and so is an escaped newline (`\nEAA…`)
 * inside a JSON string. A `+` at the start of a line is a diff marker (a patch, a committed
 * `.patch` file), not base64: wrapped base64 lines (64 or 76 characters) are too short to hold a
 * token after it. In a file name (`context` "name") `+` and `=` are ordinary characters.
 */
function standsAlone(text, start, end, context) {
    const atLineStart = start === 0 ||
        text.charCodeAt(start - 1) === NEWLINE ||
        (text.charCodeAt(start - 1) === PLUS && (start === 1 || text.charCodeAt(start - 2) === NEWLINE));
    const before = atLineStart ? NEWLINE : text.charCodeAt(start - 1);
    if (!atLineStart) {
        const escaped = start > 1 && text.charCodeAt(start - 2) === BACKSLASH && "nrt".includes(text[start - 1]);
        if (isAlnum(before) && !escaped)
            return false;
    }
    const after = end < text.length ? text.charCodeAt(end) : NEWLINE;
    if (context === "name")
        return true;
    if (after === EQUALS)
        return false; // base64 padding
    const touchesBase64 = before === PLUS || before === SLASH || after === PLUS || after === SLASH;
    return !touchesBase64 || !isInsideBase64(text, start, end);
}
/** How far a base64 run is followed beyond a token on either side: enough to tell, bounded. */
const LONG_CONTEXT = 16;
const DECODE_WINDOW = 128;
const access_token_isBase64Char = (c) => isAlnum(c) || c === PLUS || c === SLASH;
/**
 * Whether the token next to a `+` or `/` is part of a real base64 run: one that goes on for
 * LONG_CONTEXT characters on both sides (a blob that merely contains `EAA…`), or that decodes to
 * text from its start or its end. A URL path segment (`/wa/EAA…/messages`) or a `+` after a query
 * value (`access_token=EAA…+`) is neither: random token bytes are not text. Bounded reads only,
 * so the rule stays linear in hostile input.
 */
function isInsideBase64(text, start, end) {
    let from = start;
    while (from > 0 && start - from < LONG_CONTEXT && access_token_isBase64Char(text.charCodeAt(from - 1)))
        from--;
    let to = end;
    while (to < text.length && to - end < LONG_CONTEXT && access_token_isBase64Char(text.charCodeAt(to)))
        to++;
    const runStarts = from === 0 || !access_token_isBase64Char(text.charCodeAt(from - 1));
    const runEnds = to === text.length || !access_token_isBase64Char(text.charCodeAt(to));
    if (!runStarts && !runEnds)
        return true;
    if (runStarts && decodesToText(text.slice(from, from + DECODE_WINDOW)))
        return true;
    if (runEnds) {
        const length = Math.min(DECODE_WINDOW, to - from) & ~3;
        if (decodesToText(text.slice(to - length, to)))
            return true;
    }
    return false;
}
function decodesToText(encoded) {
    const whole = encoded.slice(0, encoded.length & ~3);
    return whole.length > 0 && asText(Buffer.from(whole, "base64")) !== undefined;
}
/** A digest in a checksum file (`SHA512SUMS`) is `[0-9A-F]` only; a real token body mixes cases. */
function isUppercaseHex(token) {
    for (let i = 3; i < token.length; i++) {
        const c = token.charCodeAt(i);
        if (!((c >= 48 && c <= 57) || (c >= 65 && c <= 70)))
            return false;
    }
    return true;
}

;// CONCATENATED MODULE: ./src/detect/rules/app-secret.ts
/**
 * `meta-app-secret`: 32 lowercase hex as the value of a key that names a Meta app secret, in env,
 * JSON, YAML, TOML, XML or code. The key is read from the word right before `secret`:
 *
 * - `app` (`META_APP_SECRET`, `appSecret`, `facebook.app.secret`): always;
 * - a Meta name (`FACEBOOK_SECRET`, `SOCIAL_AUTH_FACEBOOK_SECRET`, `FB_SECRET`, `META_SECRET`,
 *   `WHATSAPP_SECRET`, `INSTAGRAM_SECRET`): always;
 * - `client` (`client_secret`): only next to a Meta context (a 15–16 digit `client_id`, or
 *   facebook / whatsapp / instagram nearby), since every OAuth provider has one;
 * - nothing (`secret:`): only when the nearest enclosing key, a few lines up, is a Meta name
 *   (Rails `secrets.yml` / `credentials.yml` `facebook:` … `secret:`, JSON
 *   `"facebook": {"secret": …}`, TOML `[facebook]`).
 *
 * Also omniauth's positional form, which names no key: `provider :facebook, "<id>", "<secret>"`
 * and `config.omniauth :facebook, …`. A bare 32-hex value (an md5, an etag, the Meta client token,
 * which apps embed by design) is never a finding.
 */



const SECRET_WORD = /secret/gi;
// What may follow such a key up to its 32-hex value: the rest of the identifier, a closing quote
// or bracket (and the `)` of a call that read it), an operator, an opening quote. Only identifier
// characters, quotes, `])`, blanks, `:=>,(` and `|?-`, on the same line: the hook's hint relies on
// that (see KeyValueHint). The operators include the default-value ones, the commonest way a
// secret gets into code: `process.env.FB_APP_SECRET || "…"`, `?? "…"`, `getenv('…') ?: "…"`, and
// the shell's `${META_APP_SECRET:-…}`.
const SECRET_VALUE = /[A-Za-z0-9_.-]{0,40}(?:["'`]\]?|\])?\)?(?:[ \t]{0,16}(?::=|=>|\|\||\?\?|\?:|:-|[=:,>(])[ \t]{0,16}|[ \t]{1,16}value[ \t]{0,4}=[ \t]{0,4}|[ \t]{1,16})["'`]?([0-9a-f]{32})/y;
// omniauth: `:facebook`, then the app id argument (a literal or an expression without commas),
// then the secret as a string literal.
const OMNIAUTH = /:facebook[ \t]*,[ \t]*[^,\n]{1,80},[ \t]*["']([0-9a-f]{32})["']/g;
const META_NAME = /^(?:facebook|fb|meta|whatsapp|instagram)$/i;
const META_CONTEXT = /facebook|whatsapp|instagram|graph\.fb|\bfb[_.-]|\bmeta[_.-]|client[_.-]?id["'`]?[ \t]{0,16}[:=,][ \t]{0,16}["'`]?[0-9]{15,16}/i;
const CONTEXT_WINDOW = 600;
/** How far up an enclosing key is looked for: lines, and characters. */
const NESTING_LINES = 6;
const NESTING_CHARS = 600;
const appSecretRule = {
    id: "meta-app-secret",
    title: "Meta / Facebook app secret",
    remedy: RESET_APP_SECRET,
    keywords: ["secret", ":facebook"],
    // The value follows its key on the same line (SECRET_VALUE crosses no line break), so the
    // hook's hint is the word and then, later on that line, 16 of the value's 32 hex: ordinary code
    // that merely says `clientSecret` or `SECRET_KEY` never starts node.
    hints: [{ key: anyCase("secret"), value: [repeat("0-9a-f", 16)] }, literal(":facebook")],
    find(text) {
        const hits = [];
        for (const word of text.matchAll(SECRET_WORD)) {
            SECRET_VALUE.lastIndex = word.index + word[0].length;
            const value = SECRET_VALUE.exec(text);
            if (!value)
                continue;
            const secret = value[1];
            const index = value.index + value[0].length - secret.length;
            if (!isSecretValue(text, index, secret))
                continue;
            const owner = ownerOf(text, word.index);
            const counts = owner === "app" ||
                owner === "meta" ||
                (owner === "client" && hasMetaContext(text, index)) ||
                (owner === "none" && META_NAME.test(enclosingKey(text, word.index) ?? ""));
            if (counts)
                hits.push({ secret, index });
        }
        if (text.includes(":facebook")) {
            for (const match of text.matchAll(OMNIAUTH)) {
                const secret = match[1];
                const index = match.index + match[0].length - secret.length - 1;
                if (isSecretValue(text, index, secret))
                    hits.push({ secret, index });
            }
        }
        return hits;
    },
};
function isSecretValue(text, index, secret) {
    if (index + 32 < text.length && isAlnum(text.charCodeAt(index + 32)))
        return false;
    return !looksLikePlaceholder(secret, 6);
}
const isLetter = (c) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isUpper = (c) => c >= 65 && c <= 90;
/**
 * The word right before `secret`, after at most one `_`, `.` or `-`: in camelCase the last hump
 * (`facebookAppSecret` -> `App`), otherwise the whole run of letters (`FACEBOOK_SECRET`).
 */
function ownerOf(text, at) {
    const end = "_.-".includes(text[at - 1] ?? "") ? at - 1 : at;
    let start = end;
    const camel = isUpper(text.charCodeAt(at)) && end === at;
    while (start > 0 && end - start < 24 && isLetter(text.charCodeAt(start - 1))) {
        start--;
        if (camel && isUpper(text.charCodeAt(start)) && !isUpper(text.charCodeAt(start + 1)))
            break;
    }
    const word = text.slice(start, end).toLowerCase();
    if (word === "")
        return "none";
    if (word.endsWith("app"))
        return "app";
    if (word.endsWith("client"))
        return "client";
    if (/(?:facebook|fb|meta|whatsapp|instagram)$/.test(word))
        return "meta";
    return "other";
}
function hasMetaContext(text, index) {
    const from = Math.max(0, index - CONTEXT_WINDOW);
    return META_CONTEXT.test(text.slice(from, index + CONTEXT_WINDOW));
}
/**
 * The key that encloses the one at `at`, within a few lines: an unclosed `{` on the way up
 * (`"facebook": {"secret": …}`, `facebook: { secret: … }`), else the first line above indented
 * less than the key's own (YAML), else a TOML `[section]` header. Undefined when none is near.
 */
function enclosingKey(text, at) {
    const floor = Math.max(0, at - NESTING_CHARS);
    let depth = 0;
    let lines = 0;
    for (let i = at - 1; i >= floor && lines <= NESTING_LINES; i--) {
        const c = text[i];
        if (c === "\n")
            lines++;
        else if (c === "}")
            depth++;
        else if (c === "{") {
            if (depth === 0)
                return keyBefore(text, i, floor);
            depth--;
        }
    }
    const lineStart = text.lastIndexOf("\n", at - 1) + 1;
    const indent = indentation(text, lineStart);
    let end = lineStart - 1;
    for (let n = 0; n < NESTING_LINES && end > floor; n++) {
        const start = text.lastIndexOf("\n", end - 1) + 1;
        const line = text.slice(start, end);
        end = start - 1;
        const trimmed = line.trim();
        if (trimmed === "" || trimmed.startsWith("#"))
            continue;
        const section = /^\[(?:[\w.-]+\.)?([\w-]+)\]$/.exec(trimmed);
        if (section)
            return section[1];
        if (indentation(text, start) < indent)
            return /^["']?([\w-]+)["']?[ \t]*:$/.exec(trimmed)?.[1];
    }
    return undefined;
}
/** The key in `"facebook": {`, `facebook: {`, `facebook = {` or `:facebook => {` before `{` at `brace`. */
function keyBefore(text, brace, floor) {
    const before = text.slice(Math.max(floor, brace - 80), brace);
    return /["':]?([\w-]+)["']?[ \t]*(?::|=>?)[ \t]*$/.exec(before)?.[1];
}
function indentation(text, lineStart) {
    let i = lineStart;
    while (text[i] === " " || text[i] === "\t")
        i++;
    return i - lineStart;
}

;// CONCATENATED MODULE: ./src/detect/rules/app-token.ts
/**
 * `meta-app-token`: `<15–16 digit app id>|<32 hex>` (the client-side app token) and
 * `<app id>|<27–40 url-safe characters>` (what `oauth/access_token` returns), the `|` possibly
 * URL-encoded. The secret is reported as `<app id>|<rest>` whichever way the `|` was written, so
 * its fingerprint (and an ignore entry) is the same in every form.
 */



// Matching starts at the separator, which is rare, rather than at the digits, which are
// everywhere (4x faster on ordinary code).
const SEPARATOR = /\||%7[Cc]/g;
const appTokenRule = {
    id: "meta-app-token",
    title: "Meta app access token (app id | app secret or app token)",
    remedy: RESET_APP_SECRET,
    keywords: ["|", "%7c"],
    hints: [
        [repeat(DIGITS, 15), ...literal("|"), repeat(URL_SAFE, 27)],
        [repeat(DIGITS, 15), ...literal("%7"), repeat("cC", 1), repeat(URL_SAFE, 27)],
    ],
    find(text) {
        const hits = [];
        for (const separator of text.matchAll(SEPARATOR)) {
            const at = separator.index;
            let start = at;
            while (start > 0 && at - start < 17 && isDigit(text.charCodeAt(start - 1)))
                start--;
            const digits = at - start;
            if (digits < 15 || digits > 16 || (start > 0 && isDigit(text.charCodeAt(start - 1))))
                continue;
            const from = at + separator[0].length;
            let end = from;
            while (end < text.length && end - from <= 40 && isUrlSafe(text.charCodeAt(end)))
                end++;
            if (end - from < 27 || end - from > 40)
                continue;
            const secret = text.slice(from, end);
            if (!isHex32(secret) && !looksRandom(secret))
                continue;
            if (looksLikePlaceholder(secret, 8))
                continue;
            const appId = text.slice(start, at);
            hits.push({ secret: `${appId}|${secret}`, index: start, length: end - start, appId });
        }
        return hits;
    },
};
const isUrlSafe = (c) => isAlnum(c) || c === 45 || c === 95;
const isHex32 = (s) => /^[0-9a-f]{32}$/.test(s);
/** An app token from `oauth/access_token` mixes letters with digits or `-`/`_`; prose does not. */
const looksRandom = (s) => /[0-9_-]/.test(s) && /[A-Z]/.test(s) && /[a-z]/.test(s);

;// CONCATENATED MODULE: ./src/detect/rules/dotenv-file.ts
const TEMPLATE_SUFFIXES = [".example", ".sample", ".template", ".dist"];
/**
 * The .gitignore lines that ignore what this rule blocks and keep its templates committable
 * (`.env.*` alone would ignore `.env.example` too). git compares them in the case the file system
 * uses (core.ignorecase), and the rule itself still blocks `.ENV` wherever ignoring misses it.
 */
const DOTENV_IGNORE_LINES = [
    ".env",
    ".env.*",
    ...TEMPLATE_SUFFIXES.map((suffix) => `!.env${suffix}`),
];
const dotenvFileRule = {
    id: "dotenv-file",
    title: "Environment file (.env) that usually holds secrets",
    remedy: "Do not commit it: `git rm --cached <file>`, add `.env`, `.env.*` and `!.env.example` to .gitignore (the last line keeps the template committable), and commit a `.env.example` without values instead.",
    matches(path) {
        const name = path.slice(path.lastIndexOf("/") + 1).toLowerCase();
        if (name !== ".env" && !name.startsWith(".env."))
            return false;
        return !TEMPLATE_SUFFIXES.some((suffix) => name.endsWith(suffix));
    },
};

;// CONCATENATED MODULE: ./src/detect/rules/index.ts
/** Every rule, in report order. A new rule is one module next to this file, listed here. */




const CONTENT_RULES = [accessTokenRule, appTokenRule, appSecretRule];
const PATH_RULES = [dotenvFileRule];

;// CONCATENATED MODULE: ./src/detect/engine.ts
/**
 * The detection engine: text in, credential matches out. Pure (no I/O) and linear in the size of
 * the text: the rules (`rules/`) are single passes with bounded quantifiers, the decoding layer
 * (`decode.ts`) decodes each segment once, and locating walks the text once.
 */


/** Put on a line to silence every finding on that line. */
const ALLOW_COMMENT = "wa-token-guard:allow";
const prefilters = new Map(CONTENT_RULES.map((rule) => {
    if (rule.caseSensitive && rule.keywords.length === 1) {
        const keyword = rule.keywords[0];
        return [rule, (text) => text.includes(keyword)];
    }
    const escaped = rule.keywords.map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
    const pattern = new RegExp(escaped.join("|"), rule.caseSensitive ? "" : "i");
    return [rule, (text) => pattern.test(text)];
}));
function findHits(text, context) {
    const hits = [];
    for (const rule of CONTENT_RULES) {
        if (!prefilters.get(rule)(text))
            continue;
        for (const { length, ...hit } of rule.find(text, context)) {
            hits.push({ rule: rule.id, ...hit, end: hit.index + (length ?? hit.secret.length) });
        }
    }
    return hits;
}
/**
 * Every credential in `text`. `context` says what the text is: file content, or a single path
 * component (`name`), where `+` and `=` are ordinary file-name characters, not base64.
 */
function detect(text, context = "content") {
    return detectAll(text, context).filter((detection) => !detection.allowed);
}
/**
 * Like detect(), and also what the allow comment silences, marked `allowed`: the scan lists
 * those as suppressed, and the scrubber must hide them too.
 */
function detectAll(text, context = "content") {
    const hits = findHits(text, context);
    // Secrets already found, by rule and secret, with where: a decoded view finds again what sits
    // unencoded inside a decoded segment (a plain token in a percent-encoded URL).
    const known = new Map();
    const remember = (hit) => {
        const key = `${hit.rule}\0${hit.secret}`;
        const at = known.get(key);
        if (at)
            at.push(hit.index);
        else
            known.set(key, [hit.index]);
    };
    for (const hit of hits)
        remember(hit);
    let view = decodeView(text);
    for (let depth = 1; view && depth <= MAX_DEPTH; depth++) {
        const found = [];
        for (const hit of findHits(view.text, context)) {
            const span = spanOverlapping(view.spans, hit.index, hit.end);
            if (!span)
                continue; // outside what this view decoded: found before
            const seen = known.get(`${hit.rule}\0${hit.secret}`);
            if (seen?.some((index) => index >= span.origStart && index < span.origEnd))
                continue;
            found.push({ ...hit, index: span.origStart, end: span.origEnd, encoding: span.encoding });
        }
        for (const hit of found) {
            remember(hit);
            hits.push(hit);
        }
        view = depth < MAX_DEPTH ? decodeView(view.text, view.spans) : undefined;
    }
    if (hits.length === 0)
        return [];
    hits.sort((a, b) => a.index - b.index);
    return locate(text, hits);
}
/**
 * Line breaks as editors show them: `\n`, `\r\n`, or a lone `\r` (classic Mac). Line numbers
 * and the allow comment both use these, so one allow comment never reaches past its own line.
 */
const LINE_BREAK = /\r\n?|\n/g;
/** How many line breaks `text` holds, and where its last line starts. */
function lineBreaks(text) {
    let count = 0;
    let lastLineStart = 0;
    LINE_BREAK.lastIndex = 0;
    for (let match = LINE_BREAK.exec(text); match; match = LINE_BREAK.exec(text)) {
        count++;
        lastLineStart = LINE_BREAK.lastIndex;
    }
    return { count, lastLineStart };
}
/**
 * One forward pass assigns lines and columns and marks the hits on lines that carry the allow
 * comment. Each line is looked at once, however many hits it holds.
 */
function locate(text, hits) {
    const detections = [];
    let line = 1;
    let lineStart = 0;
    // The next line break at or after lineStart: [index, length], or undefined at the last line.
    let nextBreak = null;
    const findBreak = (from) => {
        LINE_BREAK.lastIndex = from;
        nextBreak = LINE_BREAK.exec(text);
    };
    findBreak(0);
    let allowedLine = 0; // the line the allow test below was made for (0: none yet)
    let allowed = false;
    let seenIndex = -1;
    const seenSecrets = new Set();
    for (const hit of hits) {
        // Two rules, or two decoded secrets, on the same spot: each secret is reported once.
        if (hit.index !== seenIndex) {
            seenIndex = hit.index;
            seenSecrets.clear();
        }
        if (seenSecrets.has(hit.secret))
            continue;
        seenSecrets.add(hit.secret);
        while (nextBreak !== null && nextBreak.index < hit.index) {
            line++;
            lineStart = nextBreak.index + nextBreak[0].length;
            findBreak(lineStart);
        }
        if (allowedLine !== line) {
            allowedLine = line;
            const end = nextBreak === null ? text.length : nextBreak.index;
            allowed = text.slice(lineStart, end).includes(ALLOW_COMMENT);
        }
        detections.push({
            rule: hit.rule,
            secret: hit.secret,
            line,
            column: hit.index - lineStart + 1,
            ...(hit.appId && { appId: hit.appId }),
            ...(hit.encoding && { encoding: hit.encoding }),
            raw: text.slice(hit.index, hit.end),
            ...(allowed && { allowed: true }),
        });
    }
    return detections;
}


/***/ }),

/***/ 962:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ redact),
/* harmony export */   R: () => (/* binding */ fingerprint)
/* harmony export */ });
/**
 * The only form in which a secret is ever shown: at most the first 4 and the last 2 characters,
 * and the length. Short values show less, so that at least two thirds stay hidden.
 */
function redact(secret) {
    const n = secret.length;
    const head = n >= 24 ? 4 : Math.floor(n / 6);
    const tail = n >= 24 ? 2 : Math.floor(n / 12);
    return `${secret.slice(0, head)}…${tail > 0 ? secret.slice(n - tail) : ""} (${n} chars)`;
}
/**
 * A stable, non-reversible identity for a secret: it survives edits and moves of the file (unlike
 * line-number fingerprints), and is safe to commit in an ignore file.
 */
function fingerprint(secret) {
    // Loaded on first use: node:crypto costs ~7 ms to load, and a clean commit never needs it.
    const { createHash } = process.getBuiltinModule("node:crypto");
    return createHash("sha256").update(secret, "utf8").digest("hex").slice(0, 32);
}


/***/ }),

/***/ 8711:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  h6: () => (/* binding */ Scrubber),
  VX: () => (/* binding */ secretValues)
});

// UNUSED EXPORTS: PIECE_LENGTH, isSecretName, scrub

// EXTERNAL MODULE: ./src/detect/engine.ts + 13 modules
var engine = __nccwpck_require__(2513);
;// CONCATENATED MODULE: ./src/detect/paths.ts
/**
 * Paths are content too: a token used as a file name (`cache/EAA….json`) is a leaked token, and
 * printing the path would print the token. Pure helpers used by the scan (to report such names)
 * and by every report (to print paths safely).
 */



/**
 * Credentials in a path's name, each component read on its own (a `/` there separates names; it
 * is not base64 context). Line and column are 0: the finding is about the file, not a line in it.
 */
function detectInPath(path) {
    const found = [];
    for (const component of path.split("/")) {
        // A name cannot carry an allow comment: `EAA…wa-token-guard:allow.json` is still a leak.
        for (const { allowed: _, ...detection } of (0,engine/* detectAll */.xw)(component, "name"))
            found.push({ ...detection, line: 0, column: 0 });
    }
    return found;
}
let lastPath = "";
let lastRedacted = "";
/**
 * A path with every credential in it redacted: what findings carry, so that no format (text, JSON,
 * SARIF, advice) can print the token a file is named after.
 */
function redactPath(path) {
    if (path === lastPath)
        return lastRedacted; // findings come grouped by file
    let redacted = path;
    for (const { secret, raw } of detectInPath(path))
        redacted = redacted.split(raw).join(redact(secret));
    lastPath = path;
    lastRedacted = redacted;
    return redacted;
}
/**
 * Text as a terminal may show it: every control character as an escape (`\x1b`), so that a file
 * name can neither drive the terminal nor fake a line of the report. JSON and SARIF escape by
 * themselves, and keep the name as it is.
 */
function printable(text) {
    return text.replace(CONTROL, (c) => {
        const code = c.charCodeAt(0);
        return code <= 0xff
            ? `\\x${code.toString(16).padStart(2, "0")}`
            : `\\u${code.toString(16).padStart(4, "0")}`;
    });
}
/** A path for a message: credentials redacted, control characters escaped. */
const safePath = (path) => printable(redactPath(path));

// EXTERNAL MODULE: ./src/detect/redact.ts
var detect_redact = __nccwpck_require__(962);
;// CONCATENATED MODULE: ./src/detect/scrub.ts



/** Lower case for A-Z only: the length never changes, so positions in both texts agree. */
function asciiLower(text) {
    return text.replace(/[A-Z]+/g, (letters) => letters.toLowerCase());
}
/**
 * The shortest piece of a known secret that is redacted on its own: a cut token's prefix, or a
 * reply that spells the token in groups (`EAAB…` in 15-character pieces with spaces between).
 * Twelve characters of a token or an app secret do not turn up in other text by chance.
 */
const PIECE_LENGTH = 12;
class Scrubber {
    forms = new Set();
    constructor(secrets = []) {
        this.add(...secrets);
    }
    add(...secrets) {
        for (const secret of secrets) {
            if (!secret)
                continue;
            for (const form of [
                secret,
                secret.trim(),
                encodeURIComponent(secret),
                JSON.stringify(secret).slice(1, -1),
            ]) {
                // Shorter values are not secrets worth the noise (and would redact ordinary words).
                if (form.length >= 8)
                    this.forms.add(form);
            }
        }
        return this;
    }
    cached = { size: -1, pattern: undefined, windows: new Map() };
    index() {
        if (this.cached.size !== this.forms.size) {
            const forms = [...this.forms].sort((a, b) => b.length - a.length);
            const source = forms.map((form) => form.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|");
            const windows = new Map();
            for (const form of forms) {
                const lower = asciiLower(form);
                for (let at = 0; at + PIECE_LENGTH <= lower.length; at++) {
                    const key = lower.slice(at, at + PIECE_LENGTH);
                    const places = windows.get(key);
                    if (places)
                        places.push({ form: lower, at });
                    else
                        windows.set(key, [{ form: lower, at }]);
                }
            }
            this.cached = {
                size: this.forms.size,
                pattern: source ? new RegExp(source, "gi") : undefined,
                windows,
            };
        }
        return this.cached;
    }
    /** The values to hand the runner's masking (`::add-mask::`). */
    get values() {
        return [...this.forms];
    }
    clean(text) {
        let clean = text;
        // In any letter case: text on its way out may have been transformed (a reply's value
        // lower-cased for display) after the secret got into it. Longest first, so that a secret
        // inside a longer one (`id|secret`) never leaves a remainder.
        const { pattern, windows } = this.index();
        if (pattern)
            clean = clean.replace(pattern, (found) => (0,detect_redact/* redact */.E)(found));
        if (windows.size > 0)
            clean = redactPieces(clean, windows);
        // Paths inside messages too (`cannot read cache/EAA….json`): there a `/` separates names.
        for (const { secret, raw } of [...(0,engine/* detectAll */.xw)(clean), ...detectInPath(clean)]) {
            clean = clean.split(raw).join((0,detect_redact/* redact */.E)(secret));
        }
        return clean;
    }
}
/**
 * Every piece of at least PIECE_LENGTH characters of a known form, in any letter case, redacted.
 * Left to right: the first window that matches is where the piece starts (had the character before
 * it matched too, the window before would have), and it is extended as far as the form goes.
 * Linear in the text (one lookup per character) whatever the secrets.
 */
function redactPieces(text, windows) {
    const lower = asciiLower(text);
    let out = "";
    let copied = 0;
    let i = 0;
    while (i + PIECE_LENGTH <= lower.length) {
        const places = windows.get(lower.slice(i, i + PIECE_LENGTH));
        if (!places) {
            i++;
            continue;
        }
        let end = i + PIECE_LENGTH;
        for (const { form, at } of places) {
            let reach = PIECE_LENGTH;
            while (at + reach < form.length && i + reach < lower.length && form[at + reach] === lower[i + reach]) {
                reach++;
            }
            end = Math.max(end, i + reach);
        }
        // A piece shows nothing of itself: the ends that redact() shows of each of many pieces would
        // add up to much of the secret.
        out += `${text.slice(copied, i)}…(${end - i} chars)`;
        copied = i = end;
    }
    return out + text.slice(copied);
}
/** One-off scrubbing of text we did not write (library errors, API replies). */
function scrub(text, ...knownSecrets) {
    return new Scrubber(knownSecrets).clean(text);
}
/**
 * Inputs whose names say they hold secrets: `token`, `app-secret`, `github-token`, `admin-token`…
 * Not `rotate-secret` and `--github-secret`: they name a repository secret (`owner/repo:NAME`),
 * and a name taken for a secret would be redacted wherever a message says where a token went.
 */
function isSecretName(name) {
    return /(^|[-_])(token|secret|password)$/i.test(name) && !/^(rotate|github)-secret$/i.test(name);
}
/**
 * Every value that must never be printed, from a set of named inputs: each secret-named input's
 * value, and any other input's value that is shaped like a credential (a swapped `app-id` holding
 * the app secret, a token pasted into the wrong input).
 */
function secretValues(inputs) {
    return Object.entries(inputs)
        .filter(([name, value]) => value && (isSecretName(name) || looksLikeCredential(value)))
        .map(([, value]) => value);
}
function looksLikeCredential(value) {
    const text = value.trim();
    return /^[0-9a-f]{32}$/i.test(text) || (0,engine/* detectAll */.xw)(text).length > 0;
}


/***/ }),

/***/ 869:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
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
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   NA: () => (/* binding */ PHONE_NUMBER),
/* harmony export */   Nn: () => (/* binding */ SENT_MESSAGE),
/* harmony export */   Xh: () => (/* binding */ ACCESS_TOKEN),
/* harmony export */   c2: () => (/* binding */ DEBUG_TOKEN),
/* harmony export */   fU: () => (/* binding */ REVOKE),
/* harmony export */   gE: () => (/* binding */ GRAPH_ERROR)
/* harmony export */ });
/* harmony import */ var _shape_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7465);
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
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
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
/* harmony import */ var _text_safety_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2243);
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


/***/ }),

/***/ 1901:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ HttpTransport),
/* harmony export */   U: () => (/* binding */ headerValues)
/* harmony export */ });
/* harmony import */ var _http_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6803);
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
        const http = url.protocol === "https:" ? await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 4708, 23)) : await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 7067, 23));
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
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
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


/***/ }),

/***/ 2078:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  kb: () => (/* binding */ ICON),
  I1: () => (/* binding */ STATUS_WORD),
  d$: () => (/* binding */ arrows),
  e_: () => (/* binding */ needsAttention),
  bF: () => (/* binding */ passed),
  O$: () => (/* binding */ recipeAnchor),
  dD: () => (/* binding */ recipesFor),
  em: () => (/* binding */ sentence)
});

// EXTERNAL MODULE: ./src/verify/check.ts
var verify_check = __nccwpck_require__(5557);
;// CONCATENATED MODULE: ./src/verify/recipes.ts
const RECIPES = {
    "system-user": {
        id: "system-user",
        title: "A token that renews itself: a 60-day system-user token, rotated",
        label: "system-user token",
        steps: [
            "Business Settings → Users → System users → Add: a name, role Admin (or Employee).",
            "Assign assets: the app (full control) and the WhatsApp account (full control).",
            "Generate new token: choose the app, the 60-day expiration (Meta's recommended, safer choice), tick `whatsapp_business_messaging` and `whatsapp_business_management`.",
            "Store it as the repository secret (for example `WHATSAPP_TOKEN`) and run the check again.",
            "Let the token watch renew it before it expires: `rotate: true` with `app-id`, `app-secret` and `rotate-github-token` (docs/rotation.md).",
        ],
    },
    "refresh-60-day": {
        id: "refresh-60-day",
        title: "Refresh a 60-day system-user token",
        label: "refresh a 60-day token",
        steps: [
            "Let wa-token-guard do it: `rotate: true` in the token watch, or `wa-token-guard rotate` on a laptop (docs/rotation.md): it refreshes, checks the new token and stores it.",
            "An expired token cannot be refreshed, only replaced: generate a new one before that.",
        ],
    },
    "assign-assets": {
        id: "assign-assets",
        title: "Give the system user the WhatsApp account",
        label: "assign the account",
        steps: [
            "Business Settings → Users → System users → (the user) → Assign assets.",
            "Choose the WhatsApp account (and the app), full control, then generate a new token.",
        ],
    },
};

;// CONCATENATED MODULE: ./src/report/verdict-parts.ts
/**
 * What every rendering of a verdict shares (log, job summary, annotations, issue body): the
 * order of the rows, the status words and icons, and the recipes to show once at the end.
 */


const ICON = {
    ok: "✅",
    warning: "⚠️",
    failed: "❌",
    unanswered: "❔",
    skipped: "⏭️",
};
const STATUS_WORD = {
    ok: "OK",
    warning: "Warning",
    failed: "Failed",
    unanswered: "Not checked: the Graph API could not be asked",
};
const ATTENTION_ORDER = ["failed", "unanswered", "warning"];
/** Failing, unanswered and warning checks, worst first; each gets its fix. */
function needsAttention(verdict) {
    return ATTENTION_ORDER.flatMap((status) => verdict.checks.filter((check) => check.status === status));
}
/** Passing and skipped checks: folded away in the reports. */
function passed(verdict) {
    return verdict.checks.filter((check) => check.status === "ok" || check.status === "skipped");
}
/** The recipes the rows that need attention link to, each once, in order of first mention. */
function recipesFor(checks) {
    const ids = [...new Set(checks.flatMap((check) => check.recipes ?? []))];
    return ids.map((id) => RECIPES[id]);
}
/** Where a recipe is in a report: `wtg-<id>`. */
const recipeAnchor = (recipe) => `wtg-${recipe.id}`;
/** One sentence for an annotation or a log line: what was seen, then what to do. */
function sentence(check) {
    const seen = startCase(check.value, "upper");
    if (!check.fix)
        return (0,verify_check/* endSentence */.H)(seen);
    // "…is graph-api-url right?" is a sentence already: the fix follows as the next one.
    if ((0,verify_check/* endSentence */.H)(seen) === seen)
        return `${seen} ${check.fix}`;
    return `${seen}: ${startCase(check.fix, "lower")}`;
}
/**
 * The first letter in the case a sentence needs, when the first word is an ordinary word: never
 * a name such as `v21.0`, `whatsapp_business_messaging`, `WhatsApp` or `API`, which keep theirs.
 */
function startCase(text, to) {
    const ordinary = to === "upper" ? /^[a-z][a-z]*(?![\w.])/ : /^[A-Z][a-z]*(?![\w.])/;
    if (!ordinary.test(text))
        return text;
    return (to === "upper" ? text.charAt(0).toUpperCase() : text.charAt(0).toLowerCase()) + text.slice(1);
}
/** Text that did not come from this file may carry ASCII arrows; reports use the real one. */
const arrows = (text) => text.replace(/\s*->\s*/g, " → ");


/***/ }),

/***/ 2243:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   A1: () => (/* binding */ SHOWN_TEXT_LIMIT),
/* harmony export */   WM: () => (/* binding */ neutraliseWorkflowCommands),
/* harmony export */   YB: () => (/* binding */ cutOutsideRuns),
/* harmony export */   f$: () => (/* binding */ shownText)
/* harmony export */ });
/* unused harmony exports CONTROL_CHARACTERS, quotedFileText */
/**
 * Text we did not write (Graph and GitHub replies, file names) made safe to print: no control
 * character that could drive a terminal or start a new log line, no GitHub workflow command, and
 * no unbounded length. Kept in the kernel because every layer prints such text.
 */
/** C0 and C1 controls, DEL, and the bidirectional overrides that reorder what a terminal shows. */
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/** The longest reply-derived value shown (a name, a status, a Graph error message). */
const SHOWN_TEXT_LIMIT = 300;
/**
 * A value from a reply, as it may be shown: control characters removed (a line break in a
 * `verified_name` must not start a new log line, an ESC must not recolour the terminal) and
 * at most `limit` characters. Removed, not replaced, so that a secret split by a control
 * character is whole again and the scrubber still recognises it. Cut before a run of letters and
 * digits, never inside one, so that no piece of a token is left at the end.
 */
function shownText(text, limit = SHOWN_TEXT_LIMIT) {
    const plain = text.replace(CONTROL_CHARACTERS, "");
    if (plain.length <= limit)
        return plain;
    const cut = cutOutsideRuns(plain, limit);
    return `${cut}… (${plain.length - cut.length} more characters)`;
}
/**
 * The first `limit` characters of `text`, less the part of a run of letters and digits the cut
 * would go through: what is left never ends in a piece of a token. Every shortening uses it.
 */
function cutOutsideRuns(text, limit) {
    if (text.length <= limit)
        return text;
    const kept = text.slice(0, limit);
    return /[A-Za-z0-9]/.test(text[limit]) ? kept.replace(/[A-Za-z0-9]+$/, "") : kept;
}
/**
 * Text from a file quoted in an error (a config value, an ignore-file line): at most `limit`
 * characters, and every run of 16 or more letters and digits shown by its ends and length only.
 * Such a run may be a secret in the wrong place (an app secret in `appIds`, a token pasted into
 * the ignore file) that no rule recognises there, so it is never echoed whole or in part.
 */
function quotedFileText(text, limit = 60) {
    const masked = text
        .replace(CONTROL_CHARACTERS, "")
        .replace(/[A-Za-z0-9]{16,}/g, (run) => `${run.slice(0, 4)}…(${run.length} characters)`);
    return masked.length <= limit ? masked : `${cutOutsideRuns(masked, limit)}…`;
}
/**
 * Text for a log the Actions runner reads: a line that would start with `::` (a workflow command
 * such as `::add-mask::` or `::set-output`) gets a space in front of it and is plain text
 * again. The runner reads commands only at the start of a line (after spaces).
 */
function neutraliseWorkflowCommands(text) {
    return text.replace(/^([ \t]*)::/gm, "$1 ::");
}


/***/ }),

/***/ 5557:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ endSentence)
/* harmony export */ });
/** `text` ended as a sentence: a full stop, unless it ends in one already (or in `?` or `!`). */
function endSentence(text) {
    return /[.?!…]$/.test(text) ? text : `${text}.`;
}


/***/ }),

/***/ 3764:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ VERSION_TABLE)
/* harmony export */ });
/**
 * The Graph API version table: the one place to update when Meta releases a version.
 * Source: Meta's changelog versions table (https://developers.facebook.com/docs/graph-api/changelog/versions)
 * and the v27.0 announcement of 2026-11-04, as compiled in shared/graph-api.md section 8.
 * A version stops working about two years after the next one is released; `until` is undefined
 * while Meta has not announced the date.
 */
const VERSION_TABLE = {
    checked: "2026-12-02",
    source: "https://developers.facebook.com/docs/graph-api/changelog/versions",
    /** Releases have come every 3 to 6 months: past this many months, expect a newer version. */
    releaseIntervalMonths: 6,
    /** ...and never sooner than this many months after the one before. */
    shortestReleaseIntervalMonths: 3,
    versions: [
        { version: "v27.0", released: "2026-11-04", until: undefined },
        { version: "v26.0", released: "2026-07-29", until: undefined },
        { version: "v25.0", released: "2026-02-18", until: "2028-07-29" },
        { version: "v24.0", released: "2025-10-08", until: "2028-02-18" },
        { version: "v23.0", released: "2025-05-29", until: "2027-10-08" },
        { version: "v22.0", released: "2025-01-21", until: "2027-05-20" },
        { version: "v21.0", released: "2024-10-02", until: "2027-01-21" },
        { version: "v20.0", released: "2024-05-21", until: "2026-09-24" },
        { version: "v19.0", released: "2024-01-23", until: "2026-05-21" },
    ],
};


/***/ }),

/***/ 2126:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  xX: () => (/* binding */ KNOWN_PERMISSIONS),
  J2: () => (/* binding */ WHATSAPP_SCOPES),
  xJ: () => (/* binding */ closestPermission)
});

;// CONCATENATED MODULE: ./src/edit-distance.ts
/** Levenshtein distance: how "did you mean …?" answers pick the nearest known name. */
function editDistance(a, b) {
    let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++) {
            current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        }
        previous = current;
    }
    return previous[b.length];
}
/**
 * The known name within a few edits of the given one (or that it begins, for 4+ characters), if
 * one is clearly close: an unrelated word gets no suggestion rather than an odd one.
 */
function nearest(given, known) {
    let best;
    let bestDistance = Number.POSITIVE_INFINITY;
    for (const name of known) {
        const distance = name.startsWith(given) && given.length >= 4 ? 1 : editDistance(given, name);
        if (distance < bestDistance)
            [best, bestDistance] = [name, distance];
    }
    return best !== undefined && bestDistance <= Math.max(2, Math.floor(given.length / 3)) ? best : undefined;
}

;// CONCATENATED MODULE: ./src/verify/permissions.ts
/**
 * Permission names `required-scopes` accepts. A typo in a permission would otherwise make a
 * required scope impossible to satisfy, or (worse) silently never checked, so names outside this
 * list are rejected with the closest known name.
 */

const KNOWN_PERMISSIONS = [
    "whatsapp_business_messaging",
    "whatsapp_business_management",
    "whatsapp_business_manage_events",
    "business_management",
    "public_profile",
    "email",
    "pages_show_list",
    "pages_messaging",
    "pages_manage_metadata",
    "pages_read_engagement",
    "pages_manage_posts",
    "pages_read_user_content",
    "pages_manage_engagement",
    "instagram_basic",
    "instagram_manage_messages",
    "instagram_manage_comments",
    "instagram_content_publish",
    "instagram_manage_insights",
    "instagram_business_basic",
    "instagram_business_manage_messages",
    "ads_management",
    "ads_read",
    "read_insights",
    "catalog_management",
    "leads_retrieval",
    "manage_app_solution",
    "commerce_account_read_settings",
    "commerce_account_manage_orders",
    "private_computation_access",
];
const WHATSAPP_SCOPES = ["whatsapp_business_messaging", "whatsapp_business_management"];
/** The known permission close to `name`, for "did you mean" messages; none for an unrelated word. */
function closestPermission(name) {
    return nearest(name, KNOWN_PERMISSIONS);
}


/***/ }),

/***/ 6328:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   KH: () => (/* binding */ iso),
/* harmony export */   f$: () => (/* binding */ timeLeft),
/* harmony export */   p0: () => (/* binding */ duration)
/* harmony export */ });
/** Durations as people say them: hours under a day, minutes under an hour, else whole days. */
const HOUR = 3600;
const DAY = 86_400;
function duration(seconds) {
    const s = Math.abs(seconds);
    if (s < HOUR)
        return plural(Math.max(1, Math.floor(s / 60)), "minute");
    if (s < DAY)
        return plural(Math.floor(s / HOUR), "hour");
    return plural(Math.floor(s / DAY), "day");
}
/** "20 hours left", "3 days left", "expired 2 days ago". */
function timeLeft(seconds) {
    return seconds > 0 ? `${duration(seconds)} left` : `expired ${duration(seconds)} ago`;
}
const plural = (n, unit) => `${n} ${unit}${n === 1 ? "" : "s"}`;
const iso = (seconds) => new Date(seconds * 1000).toISOString().replace(".000Z", "Z");


/***/ }),

/***/ 2490:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ MAX_REGAIN_MINUTES),
/* harmony export */   k: () => (/* binding */ readUsage)
/* harmony export */ });
/* harmony import */ var _graph_transport_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1901);
/* harmony import */ var _text_safety_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(2243);
/**
 * Rate-limit headroom from the headers Meta puts on ordinary replies (shared/graph-api.md 3.1,
 * 12.4): no extra call. Values are JSON; anything malformed is ignored, never fatal.
 */


/** A day: a longer wait is reported as "a day or more", never as the number a reply made up. */
const MAX_REGAIN_MINUTES = 1440;
function readUsage(headers, into) {
    // A header sent twice (a proxy adding its own, a reply replayed) is read in every copy: the
    // highest usage counts, whichever copy holds it.
    const businessTexts = (0,_graph_transport_js__WEBPACK_IMPORTED_MODULE_0__/* .headerValues */ .U)(headers, "x-business-use-case-usage");
    const appTexts = (0,_graph_transport_js__WEBPACK_IMPORTED_MODULE_0__/* .headerValues */ .U)(headers, "x-app-usage");
    if (businessTexts.length === 0 && appTexts.length === 0)
        return into;
    const usage = into ?? { accounts: [] };
    for (const text of businessTexts)
        readBusinessUsage(text, usage);
    for (const text of appTexts) {
        const appPercent = highest(json(text), ["call_count", "total_time", "total_cputime"]);
        if (appPercent === undefined)
            unreadable(usage, "X-App-Usage");
        else
            usage.app = Math.max(usage.app ?? 0, appPercent);
    }
    return usage;
}
/** A header that was sent but cannot be read is said so, never taken for "no usage". */
function unreadable(usage, name) {
    if (!(usage.unreadable ?? []).includes(name))
        usage.unreadable = [...(usage.unreadable ?? []), name];
}
function readBusinessUsage(text, usage) {
    const business = json(text);
    let read = 0;
    let bad = 0;
    if (business && typeof business === "object" && !Array.isArray(business)) {
        for (const [id, entries] of Object.entries(business)) {
            // Keys are business object ids; anything else is not shown (it is reply text).
            if (!Array.isArray(entries) || !/^\d{1,30}$/.test(id)) {
                bad++;
                continue;
            }
            for (const entry of entries) {
                const percent = highest(entry, ["call_count", "total_time", "total_cputime"]);
                if (percent === undefined) {
                    bad++;
                    continue;
                }
                read++;
                const regain = number(entry.estimated_time_to_regain_access);
                const type = entry.type;
                const known = usage.accounts.find((account) => account.id === id);
                if (known && known.percent >= percent)
                    continue;
                const account = {
                    id,
                    percent,
                    ...(typeof type === "string" && { type: (0,_text_safety_js__WEBPACK_IMPORTED_MODULE_1__/* .shownText */ .f$)(type, 100) }),
                    ...(regain !== undefined && regain > 0 && { regainMinutes: Math.min(regain, MAX_REGAIN_MINUTES) }),
                };
                if (known)
                    usage.accounts.splice(usage.accounts.indexOf(known), 1, account);
                else
                    usage.accounts.push(account);
            }
        }
    }
    // `{}` says "nothing used yet"; anything else that yields no percentage is unreadable.
    const empty = business && typeof business === "object" && Object.keys(business).length === 0;
    if (bad > 0 || (read === 0 && !empty))
        unreadable(usage, "X-Business-Use-Case-Usage");
}
function json(text) {
    if (text === undefined)
        return undefined;
    try {
        return JSON.parse(text);
    }
    catch {
        return undefined;
    }
}
/**
 * A percentage or a number of minutes: a whole number Meta documents, also when sent as a digit
 * string (`"97"`). Negative, non-finite (`1e400`) or any other text is no number.
 */
function number(value) {
    if (typeof value === "string" && /^\d{1,6}(\.\d{1,6})?$/.test(value.trim()))
        return Number(value);
    return typeof value === "number" && Number.isFinite(value) && value >= 0 ? value : undefined;
}
/** The highest of the entry's percentages; undefined when any given one is unreadable, or none is. */
function highest(entry, keys) {
    if (!entry || typeof entry !== "object" || Array.isArray(entry))
        return undefined;
    const given = keys.filter((key) => entry[key] !== undefined);
    const values = given.map((key) => number(entry[key]));
    if (values.length === 0 || values.some((value) => value === undefined))
        return undefined;
    return Math.max(...values);
}


/***/ }),

/***/ 3006:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  _3: () => (/* binding */ evaluate),
  hV: () => (/* binding */ withCheck)
});

// UNUSED EXPORTS: withAdvice

// EXTERNAL MODULE: ./src/detect/redact.ts
var redact = __nccwpck_require__(962);
// EXTERNAL MODULE: ./src/verify/check.ts
var check = __nccwpck_require__(5557);
// EXTERNAL MODULE: ./src/verify/time-left.ts
var time_left = __nccwpck_require__(6328);
;// CONCATENATED MODULE: ./src/verify/checks/input.ts
const DAY = 86_400;

;// CONCATENATED MODULE: ./src/verify/checks/age.ts


/** max-age-days: a rotation reminder. */
function ageCheck({ settings, token, now }) {
    if (settings.maxAgeDays === undefined || !token.issued_at)
        return undefined;
    const exactDays = (now - token.issued_at) / DAY;
    const age = Math.floor(exactDays);
    if (age < 0) {
        // Issued in the future: Meta's clock or this runner's is wrong, and the age is unknown.
        return {
            id: "age",
            title: "Token age",
            status: "warning",
            value: `issued ${(0,time_left/* iso */.KH)(token.issued_at)}, after this runner's clock: age unknown`,
            fix: "Check the runner's clock; the token's age cannot be judged against max-age-days.",
        };
    }
    // Older than max-age-days by the clock, not by whole days: 30 hours is older than 1 day.
    const old = exactDays > settings.maxAgeDays;
    return {
        id: "age",
        title: "Token age",
        status: old ? "warning" : "ok",
        value: `${age} day${age === 1 ? "" : "s"} (issued ${(0,time_left/* iso */.KH)(token.issued_at)})`,
        ...(old && { fix: `Rotate it, since it is older than max-age-days (${settings.maxAgeDays}).` }),
    };
}

;// CONCATENATED MODULE: ./src/verify/checks/app.ts
/** With app-id, the token must belong to that app. */
function appCheck({ settings, token: data }) {
    if (!settings.app)
        return undefined;
    const same = data.app_id === settings.app.id;
    return same
        ? {
            id: "app",
            title: "Belongs to the app",
            status: "ok",
            value: `${data.application ?? "app"} (${data.app_id})`,
        }
        : {
            id: "app",
            title: "Belongs to the app",
            status: "failed",
            value: `no: it belongs to app ${data.app_id ?? "unknown"}`,
            fix: `Generate the token in the app ${settings.app.id}, or correct app-id.`,
        };
}

// EXTERNAL MODULE: ./src/verify/permissions.ts + 1 modules
var permissions = __nccwpck_require__(2126);
;// CONCATENATED MODULE: ./src/verify/checks/assets.ts

/**
 * Which WhatsApp accounts the token reaches, from granular_scopes: a grant without target_ids
 * covers every account (graph-api.md 1.3), one with an empty list covers none, and a WhatsApp
 * permission the token holds but no grant lists is unknown, never "every account".
 */
function assetsCheck({ settings, token: data }) {
    const wabaId = settings.wabaId;
    const title = wabaId ? `Reaches WhatsApp account ${wabaId}` : "WhatsApp accounts";
    // Permissions the token lacks are the permission check's to report.
    const held = permissions/* WHATSAPP_SCOPES */.J2.filter((scope) => (data.scopes ?? []).includes(scope));
    // In Meta's order (newest grants first), unlisted ones last.
    const position = (scope) => {
        const index = data.granular_scopes?.findIndex((grant) => grant.scope === scope) ?? -1;
        return index === -1 ? Number.MAX_SAFE_INTEGER : index;
    };
    held.sort((a, b) => position(a) - position(b));
    const grants = held.map((scope) => ({
        scope,
        ids: data.granular_scopes?.find((grant) => grant.scope === scope)?.target_ids,
        listed: data.granular_scopes?.some((grant) => grant.scope === scope) ?? false,
    }));
    const describe = () => grants.length === 0
        ? "the token holds no WhatsApp permission"
        : grants
            .map(({ scope, ids, listed }) => `${scope}: ${!listed ? "no grant listed" : ids === undefined ? "all accounts" : ids.length === 0 ? "no account" : ids.join(", ")}`)
            .join("; ");
    const assign = {
        fix: `Assign the WhatsApp account${wabaId ? ` ${wabaId}` : ""} to the system user, then generate a new token.`,
        recipes: ["assign-assets"],
    };
    const none = grants.filter(({ listed, ids }) => listed && ids?.length === 0);
    const lacking = wabaId ? grants.filter(({ ids }) => ids !== undefined && !ids.includes(wabaId)) : [];
    if (none.length > 0 || lacking.length > 0 || (wabaId && grants.length === 0)) {
        return { id: "assets", title, status: "failed", value: `no: ${describe()}`, ...assign };
    }
    const unlisted = grants.filter(({ listed }) => !listed).map(({ scope }) => scope);
    if (unlisted.length > 0) {
        return {
            id: "assets",
            title,
            // Asked to check an account, an unknown answer fails; otherwise it is worth a look.
            status: wabaId ? "failed" : "warning",
            value: `unknown: debug_token lists no grant of ${unlisted.join(" or ")}, so which accounts the token reaches cannot be told`,
            fix: "Generate a new token for the system user with the WhatsApp account assigned.",
            recipes: ["assign-assets"],
        };
    }
    return { id: "assets", title, status: "ok", value: describe() };
}

;// CONCATENATED MODULE: ./src/verify/checks/expiry.ts


/** The token's expiry and its data access expiry, judged against warn-days and fail-days. */
function expiryChecks({ settings, token, now }) {
    const checks = [judge("expiry", "Expires", token.expires_at)];
    if (token.data_access_expires_at)
        checks.push(judge("data-access", "Data access expires", token.data_access_expires_at));
    return checks;
    function judge(id, title, at) {
        // 0 is Meta's "never"; absent is not: a reply that leaves it out says nothing about expiry.
        if (at === undefined) {
            return {
                id,
                title,
                status: "failed",
                value: "unknown: the Graph API's reply did not say when the token expires (no expires_at)",
                fix: "Run the check again; if it persists, look the token up in Meta's Access Token Debugger.",
            };
        }
        if (at === 0)
            return { id, title, status: "ok", value: "never" };
        const left = at - now;
        const status = left <= 0 || left < settings.failDays * DAY
            ? "failed"
            : left < settings.warnDays * DAY
                ? "warning"
                : "ok";
        return {
            id,
            title,
            status,
            value: `${(0,time_left/* iso */.KH)(at)} (${(0,time_left/* timeLeft */.f$)(left)})`,
            ...(status !== "ok" && {
                fix: id === "expiry"
                    ? `Replace it before ${(0,time_left/* iso */.KH)(at)} with a token that does not expire, or refresh a 60-day one.`
                    : `Data calls fail after ${(0,time_left/* iso */.KH)(at)}: use a system-user token, whose data access does not expire.`,
                recipes: id === "expiry" ? ["system-user", "refresh-60-day"] : ["system-user"],
            }),
        };
    }
}

;// CONCATENATED MODULE: ./src/verify/checks/least-privilege.ts
/** Permissions named in the row and its annotation; the rest are counted ("and 895 more"). */
const SHOWN_SCOPES = 5;
/**
 * Permissions beyond what the bot needs widen what a leak can do (a messaging bot's token with
 * ads_management can spend money). Fine: the required scopes and allowed-scopes; off: `any`.
 */
function leastPrivilegeCheck({ settings, token }) {
    // Unknown scopes are the permission check's failure; "nothing extra" would be a guess.
    if (settings.allowedScopes === "any" || token.scopes === undefined)
        return undefined;
    const fine = new Set([...settings.requiredScopes, ...settings.allowedScopes]);
    // As Meta lists them, less blanks and repeats a reply may carry.
    const held = [
        ...new Set((token.scopes ?? []).map((scope) => scope.trim()).filter((scope) => scope !== "")),
    ];
    const extra = held.filter((scope) => !fine.has(scope));
    const named = extra.slice(0, SHOWN_SCOPES).join(", ");
    const more = extra.length > SHOWN_SCOPES ? ` and ${extra.length - SHOWN_SCOPES} more` : "";
    return extra.length === 0
        ? {
            id: "least-privilege",
            title: "Least privilege",
            status: "ok",
            value: "no permissions beyond what is needed",
        }
        : {
            id: "least-privilege",
            title: "Least privilege",
            status: "warning",
            value: `also holds ${named}${more}`,
            fix: "Generate a token with only the permissions the bot needs, or list these in allowed-scopes.",
            recipes: ["system-user"],
        };
}

// EXTERNAL MODULE: ./src/graph/errors.ts
var errors = __nccwpck_require__(869);
;// CONCATENATED MODULE: ./src/verify/facts.ts
/** What the Graph API said about the token, the phone number and the test message. */

/**
 * The question got no answer: the API was unreachable, timed out, answered something that is not
 * a Graph reply, or rate-limited or failed transiently for the whole time budget. That says
 * nothing about the token, so it is its own state, never "invalid".
 */
function isUnanswered(error) {
    return error instanceof errors/* GraphUnansweredError */.Z9;
}

;// CONCATENATED MODULE: ./src/verify/checks/message.ts


function messageCheck(settings, facts) {
    if (!settings.test)
        return undefined;
    const what = settings.test.text
        ? "text message"
        : `template ${settings.test.template} (${settings.test.language})`;
    const title = `Test message (${what})`;
    const error = facts.messageError;
    if (error) {
        const { meaning, fix } = error.explanation;
        if (!isUnanswered(error))
            return { id: "message", title, status: "failed", value: meaning, fix };
        // A rate-limit refusal or a connection never made: Meta did not take the message. Anything
        // else after the request went out (no answer, a dropped connection, a 5xx, a reply we cannot
        // read) may have been sent: say so, and that another run may send a second one.
        const notSent = (error instanceof errors/* GraphUnansweredError */.Z9 && error.rateLimited) || error.requestSent === false;
        return notSent
            ? { id: "message", title, status: "unanswered", value: `not sent: ${meaning}`, fix }
            : {
                id: "message",
                title,
                status: "unanswered",
                value: `unknown whether it was sent: ${meaning}`,
                fix: "Check the recipient's phone before running again, since another run may send a second message.",
            };
    }
    if (!facts.message)
        return { id: "message", title, status: "skipped", value: "not sent: the checks above did not pass" };
    const status = facts.message.status;
    if (status === undefined || status === "accepted")
        return { id: "message", title, status: "ok", value: `accepted: ${facts.message.id}` };
    // Template pacing: Meta holds a new template's first sends while it judges their quality
    // (`held_for_quality_assessment`), or another status it does not document here. Taken, not sent.
    return {
        id: "message",
        title,
        status: "warning",
        value: `taken but not sent yet (Meta: ${status}): ${facts.message.id}`,
        fix: "Meta is pacing this template; check the recipient's phone later, or test with a template already in use.",
    };
}

;// CONCATENATED MODULE: ./src/verify/checks/phone.ts

function phoneCheck(settings, facts) {
    if (!settings.phoneNumberId)
        return undefined;
    const title = `Phone number ${settings.phoneNumberId}`;
    if (facts.phoneError) {
        const { meaning, fix } = facts.phoneError.explanation;
        return isUnanswered(facts.phoneError)
            ? { id: "phone", title, status: "unanswered", value: `unknown: ${meaning}`, fix }
            : { id: "phone", title, status: "failed", value: meaning, fix };
    }
    const phone = facts.phone;
    if (!phone)
        return { id: "phone", title, status: "skipped", value: "not checked: the token check did not pass" };
    const parts = [
        phone.display_phone_number,
        phone.verified_name,
        phone.quality_rating && `quality ${phone.quality_rating}`,
    ]
        .filter(Boolean)
        .join(", ");
    const problems = [];
    if (phone.quality_rating === "RED")
        problems.push("quality rating is RED: messaging limits may drop");
    if (phone.status && phone.status !== "CONNECTED")
        problems.push(`status is ${phone.status}, not CONNECTED: it cannot send`);
    if (phone.code_verification_status && phone.code_verification_status !== "VERIFIED") {
        problems.push(`verification is ${phone.code_verification_status}`);
    }
    return problems.length === 0
        ? { id: "phone", title, status: "ok", value: parts }
        : {
            id: "phone",
            title,
            status: "warning",
            value: `${parts}; ${problems.join("; ")}`,
            fix: "See WhatsApp Manager → Phone numbers.",
        };
}

// EXTERNAL MODULE: ./src/verify/usage.ts
var verify_usage = __nccwpck_require__(2490);
;// CONCATENATED MODULE: ./src/verify/checks/rate-limit.ts

/** Accounts named in the row: the busiest ones; the rest are counted ("and 38 more"). */
const SHOWN_ACCOUNTS = 3;
/**
 * How much of Meta's rate limits the app has used, from the usage headers of the calls already
 * made: the highest use per WhatsApp account (X-Business-Use-Case-Usage) and the app's
 * (X-App-Usage). No headers, no row: Meta sends them only once usage is noticeable. A header
 * that was sent but could not be read is a skipped row that names it, never silence.
 */
function rateLimitCheck(usage, warnPercent) {
    if (!usage)
        return undefined;
    const title = "Rate-limit headroom";
    const unreadable = usage.unreadable ?? [];
    // Short: the row is a table cell (not the documented JSON of percentages, see usage.ts).
    const notRead = unreadable.length > 0 ? `${unreadable.join(", ")}: not readable` : "";
    if (usage.accounts.length === 0 && usage.app === undefined) {
        if (!notRead)
            return undefined;
        return { id: "rate-limit", title, status: "skipped", value: `${notRead}, headroom unknown` };
    }
    const accounts = [...usage.accounts].sort((a, b) => b.percent - a.percent);
    const parts = accounts.slice(0, SHOWN_ACCOUNTS).map((account) => `${account.percent}% for ${account.id}`);
    if (accounts.length > SHOWN_ACCOUNTS)
        parts.push(`${accounts.length - SHOWN_ACCOUNTS} more accounts below that`);
    if (usage.app !== undefined)
        parts.push(`${usage.app}% for the app`);
    const highest = Math.max(usage.app ?? 0, ...accounts.map((account) => account.percent));
    const regain = Math.max(0, ...accounts.map((account) => account.regainMinutes ?? 0));
    const returns = regain >= verify_usage/* MAX_REGAIN_MINUTES */.C ? "in a day or more" : `in about ${Math.ceil(regain)} minutes`;
    const value = `${parts.join(", ")} of the hourly limit${regain > 0 ? `; access returns ${returns}` : ""}${notRead ? `; ${notRead}` : ""}`;
    if (highest < warnPercent)
        return { id: "rate-limit", title, status: "ok", value };
    return {
        id: "rate-limit",
        title,
        status: "warning",
        value,
        fix: `Spread or cut calls before use reaches 100% (the threshold is ${warnPercent}%; calls made while limited extend the block).`,
    };
}

;// CONCATENATED MODULE: ./src/verify/checks/scopes.ts
function missingScopes(required, data) {
    const granted = new Set(data?.scopes ?? []);
    return required.filter((scope) => !granted.has(scope));
}
function scopesCheck({ settings, token }) {
    if (token.scopes === undefined) {
        return {
            id: "scopes",
            title: "Required permissions",
            status: "failed",
            value: "unknown: the Graph API's reply lists no scopes",
            fix: "Run the check again; if it persists, look the token up in Meta's Access Token Debugger.",
        };
    }
    const missing = missingScopes(settings.requiredScopes, token);
    return missing.length === 0
        ? {
            id: "scopes",
            title: "Required permissions",
            status: "ok",
            value: settings.requiredScopes.join(", ") || "none required",
        }
        : {
            id: "scopes",
            title: "Required permissions",
            status: "failed",
            value: `missing ${missing.join(", ")}`,
            fix: `Generate a new token with ${missing.join(" and ")} ticked.`,
            recipes: ["system-user"],
        };
}

;// CONCATENATED MODULE: ./src/verify/checks/token-input.ts
/** A token pasted with a line break or spaces around it: removed, but worth fixing at the source. */
function tokenInputCheck(settings) {
    if (!settings.tokenWasPadded)
        return undefined;
    return {
        id: "input",
        title: "Token input",
        status: "warning",
        value: "had spaces or a line break around it (removed)",
        fix: "Store the secret without surrounding whitespace, since some clients send it as it is and fail.",
    };
}

;// CONCATENATED MODULE: ./src/verify/checks/token-type.ts

const TITLE = "Token type";
const USE_SYSTEM_USER = "Use a system-user token with a 60-day expiry, renewed by `rotate: true`.";
/**
 * The 24-hour token from App Dashboard → WhatsApp → API Setup is a user token that lives a day;
 * a bot that ships with it stops the next day. Its expiry is a symptom: the cause is its kind.
 */
function isApiSetupToken(data, now) {
    if (data.type !== "USER" || !data.expires_at)
        return false;
    const lifetime = data.issued_at ? data.expires_at - data.issued_at : data.expires_at - now;
    return lifetime > 0 && lifetime <= 25 * 3600;
}
function tokenTypeCheck({ settings, token: data, now }) {
    const type = data.type ?? "unknown";
    const strict = settings.requireSystemUser ? "failed" : "warning";
    if (type === "SYSTEM_USER")
        return { id: "type", title: TITLE, status: "ok", value: "system user" };
    if (type === "USER" && isApiSetupToken(data, now)) {
        const left = data.expires_at - now;
        return {
            id: "type",
            title: TITLE,
            status: strict,
            value: `the temporary user token from API Setup (${left > 0 ? `expires in ${(0,time_left/* duration */.p0)(left)}` : "expired"})`,
            fix: USE_SYSTEM_USER,
            recipes: ["system-user"],
            cause: `This is the 24-hour user token from App Dashboard → WhatsApp → API Setup${left > 0 ? "" : ", and it has expired"}: replace it with a system-user token.`,
        };
    }
    if (type === "USER") {
        return {
            id: "type",
            title: TITLE,
            status: strict,
            value: "user token (it dies with its user's session)",
            fix: USE_SYSTEM_USER,
            recipes: ["system-user"],
        };
    }
    if (type === "APP") {
        return {
            id: "type",
            title: TITLE,
            status: "failed",
            value: "app token (it cannot send WhatsApp messages)",
            fix: USE_SYSTEM_USER,
            recipes: ["system-user"],
        };
    }
    return {
        id: "type",
        title: TITLE,
        status: strict,
        // As Meta sent it (capped at the client): a transformed value could carry a secret past the scrubber.
        value: `type ${type}, not a system-user token`,
        fix: USE_SYSTEM_USER,
        recipes: ["system-user"],
    };
}

;// CONCATENATED MODULE: ./src/verify/checks/validity.ts



const validity_TITLE = "Token is valid";
const NEW_TOKEN = "Create a new token (a 60-day system-user token, which wa-token-guard can rotate) and update the secret.";
/** Expired, revoked, logged out…: Meta's auth subcodes. Its own fix is the recipe at the end. */
function isDeadSession(error) {
    const subcode = error.error_subcode ?? error.subcode;
    return (error.code === 190 || error.code === 102 || error.code === 0) && subcode !== undefined;
}
/** Decides whether anything else can be judged: a valid token, an invalid one, or no answer. */
function validityCheck(facts) {
    const data = facts.token;
    const now = facts.now.getTime() / 1000;
    if (!data) {
        const error = facts.tokenError;
        if (!error)
            return { id: "valid", title: validity_TITLE, status: "unanswered", value: "not asked" };
        if (isUnanswered(error)) {
            return {
                id: "valid",
                title: validity_TITLE,
                status: "unanswered",
                value: `unknown: ${error.explanation.meaning}`,
                fix: error.explanation.fix,
            };
        }
        const { meaning, fix } = error.explanation;
        return {
            id: "valid",
            title: validity_TITLE,
            status: "failed",
            value: `no: ${meaning}`,
            fix,
            recipes: ["system-user"],
        };
    }
    if (!data.is_valid) {
        const { meaning, fix } = data.error
            ? (0,errors/* explain */.WE)(data.error)
            : { meaning: "the token is not valid", fix: NEW_TOKEN };
        const when = data.expires_at && data.expires_at < now
            ? ` (${(0,time_left/* iso */.KH)(data.expires_at)}, ${(0,time_left/* timeLeft */.f$)(data.expires_at - now)})`
            : "";
        return {
            id: "valid",
            title: validity_TITLE,
            status: "failed",
            value: `no, ${meaning}${when}`,
            fix: data.error && isDeadSession(data.error) ? NEW_TOKEN : fix,
            recipes: ["system-user"],
        };
    }
    // debug_token can call a token valid that data calls refuse (data access expired, revoked since):
    // the calls that matter are the judge.
    const refusal = deadOnDataCall(facts);
    if (refusal) {
        return {
            id: "valid",
            title: validity_TITLE,
            status: "failed",
            value: `no: debug_token calls it valid, but ${refusal.call} was refused: ${refusal.error.explanation.meaning}`,
            fix: NEW_TOKEN,
            recipes: ["system-user"],
        };
    }
    return { id: "valid", title: validity_TITLE, status: "ok", value: "yes" };
}
/** A data call refused because the token itself is dead (code 190, 102 or 0). */
function deadOnDataCall(facts) {
    const calls = [
        { call: "reading the phone number", error: facts.phoneError },
        { call: "sending the test message", error: facts.messageError },
    ];
    for (const { call, error } of calls) {
        if (error instanceof errors/* GraphRefusedError */.L5 && (0,errors/* isAuthError */.HY)(error.graph))
            return { call, error };
    }
    return undefined;
}

// EXTERNAL MODULE: ./src/verify/versions.ts
var versions = __nccwpck_require__(6800);
;// CONCATENATED MODULE: ./src/verify/checks/version.ts


const version_TITLE = "Graph API version";
const UPDATE = "Update wa-token-guard for a current version table, and check Meta's changelog.";
const date = (d) => d.toISOString().slice(0, 10);
/**
 * The pinned version: fails once it has ended (Meta then serves the next version, whose changes
 * the code was not written for), warns within 90 days of its end. When today is past the time a
 * newer release was due, the table itself may be stale, and the check says so instead of
 * claiming "no end of life".
 *
 * A version with no end date announced stops about two years after the next release. While that
 * cannot be near, a stale table is said in the row but is no warning: a warning on every run for
 * a year and more, with nothing at risk, teaches people to skip warnings. The warning starts 90
 * days before the soonest end the next release allows (it may have come three months after this
 * one), and the check fails once two years have passed since it was due.
 */
function versionCheck(settings, now) {
    const version = settings.graphApiVersion;
    const known = (0,versions/* versionStatus */.lK)(version);
    const dueBy = (0,versions/* nextReleaseExpectedBy */.wB)();
    const stale = now > dueBy;
    const staleNote = `this release's version table ends at ${versions/* LATEST_VERSION */.X1} and a newer version was due by ${date(dueBy)}`;
    const move = `Move graph-api-version to ${versions/* LATEST_VERSION */.X1} and check your code against Meta's changelog.`;
    if (!known.known) {
        if (!known.newer) {
            return { id: "version", title: version_TITLE, status: "failed", value: `${version} ended long ago`, fix: move };
        }
        // Only the version after the table's newest gets here (settings refuse others), once it may
        // have come out: newer than anything the table knows, so nothing known is ending.
        return {
            id: "version",
            title: version_TITLE,
            status: "ok",
            // Short enough for the summary's table cell, which shows passing rows (CELL_LIMIT).
            value: `${version} (newer than this release's table${stale ? ", which may be out of date" : ""})`,
            fix: UPDATE,
        };
    }
    if (known.until) {
        const daysLeft = Math.floor((known.until.getTime() - now.getTime()) / 1000 / DAY);
        if (daysLeft < 0) {
            return {
                id: "version",
                title: version_TITLE,
                status: "failed",
                value: `${version} ended ${date(known.until)}; Meta now serves a newer version in its place`,
                fix: move,
            };
        }
        if (daysLeft < 90) {
            return {
                id: "version",
                title: version_TITLE,
                status: "warning",
                value: `${version} ends ${date(known.until)} (${daysLeft} days left)`,
                fix: move,
            };
        }
        return { id: "version", title: version_TITLE, status: "ok", value: `${version} (until ${date(known.until)})` };
    }
    // No end date announced: a version stops about two years after the next one comes out, so
    // once two years have passed since the next one came (or was due), it has most likely ended.
    const successor = (0,versions/* nextReleaseOf */.oN)(version);
    const likelyEnd = twoYearsAfter(successor ?? dueBy);
    const soonestEnd = twoYearsAfter(successor ?? (0,versions/* nextReleasePossibleFrom */.CT)());
    if (now > likelyEnd) {
        return {
            id: "version",
            title: version_TITLE,
            status: "failed",
            value: `${version} has most likely ended (versions stop about two years after the next release; ${staleNote})`,
            fix: UPDATE,
        };
    }
    if (now.getTime() > soonestEnd.getTime() - 90 * DAY * 1000) {
        return {
            id: "version",
            title: version_TITLE,
            status: "warning",
            value: `${version} may end from ${date(soonestEnd)} (versions stop about two years after the next release${stale ? `; ${staleNote}` : ""})`,
            fix: stale ? UPDATE : move,
        };
    }
    if (stale) {
        return {
            id: "version",
            title: version_TITLE,
            status: "ok",
            value: `${version}: end date unknown, and the version table may be out of date`,
            fix: UPDATE,
        };
    }
    return { id: "version", title: version_TITLE, status: "ok", value: `${version} (no end date announced yet)` };
}
function twoYearsAfter(when) {
    const later = new Date(when);
    later.setUTCFullYear(later.getUTCFullYear() + 2);
    return later;
}

;// CONCATENATED MODULE: ./src/verify/verdict.ts
/**
 * The verdict: settings + facts -> checks -> one status. Pure, so every rule is unit-tested
 * without a network. One function per check (checks/*.ts); this file only orders them and
 * reduces them. The verdict carries flags and typed data, never display text to key on.
 */















/** The checks that judge a valid token, in report order. */
const TOKEN_CHECKS = [
    tokenTypeCheck,
    appCheck,
    scopesCheck,
    leastPrivilegeCheck,
    assetsCheck,
    expiryChecks,
    ageCheck,
];
function evaluate(settings, facts) {
    const checks = [];
    const add = (check) => {
        if (check)
            checks.push(...(Array.isArray(check) ? check : [check]));
    };
    add(tokenInputCheck(settings));
    const validity = validityCheck(facts);
    add(validity);
    if (facts.token) {
        const input = { settings, facts, token: facts.token, now: facts.now.getTime() / 1000 };
        if (validity.status === "ok")
            for (const check of TOKEN_CHECKS)
                add(check(input));
        // An expired API Setup token: its kind is the cause, its expiry only the symptom.
        else if (isApiSetupToken(facts.token, input.now))
            add(tokenTypeCheck(input));
    }
    add(versionCheck(settings, facts.now));
    add(rateLimitCheck(facts.usage, settings.usageWarnPercent));
    add(phoneCheck(settings, facts));
    add(messageCheck(settings, facts));
    const token = tokenReport(settings, facts);
    const secondsLeft = token.expiresAt ? token.expiresAt - facts.now.getTime() / 1000 : undefined;
    return reduce(checks, token, secondsLeft);
}
/** The verdict with one more check (one judged outside, like the expiry watch's shared token). */
function withCheck(verdict, check) {
    return reduce([...verdict.checks, check], verdict.token, verdict.secondsLeft);
}
/**
 * The verdict with each check's advice (its fix and cause, our own text) passed through `spell`,
 * and the headline made again from them: the CLI names options as flags (cli/flag-names.ts).
 */
function withAdvice(verdict, spell) {
    const checks = verdict.checks.map((check) => ({
        ...check,
        ...(check.fix !== undefined && { fix: spell(check.fix) }),
        ...(check.cause !== undefined && { cause: spell(check.cause) }),
    }));
    return reduce(checks, verdict.token, verdict.secondsLeft);
}
function reduce(checks, token, secondsLeft) {
    const first = (status) => checks.find((check) => check.status === status);
    const failed = first("failed");
    const unanswered = first("unanswered");
    const warning = first("warning");
    const status = failed ? "failed" : unanswered ? "unanswered" : warning ? "warning" : "ok";
    const cause = checks.find((check) => check.cause && check.status !== "ok");
    const lead = failed ?? unanswered ?? warning;
    const headline = cause?.cause
        ? cause.cause
        : lead
            ? `${lead.title}: ${(0,check/* endSentence */.H)(lead.value)}${lead.fix ? ` ${lead.fix}` : ""}`
            : "The token is valid, has the required permissions and does not expire soon.";
    return {
        status,
        unanswered: unanswered !== undefined,
        headline,
        checks,
        token,
        ...(secondsLeft !== undefined && { secondsLeft, daysLeft: Math.floor(secondsLeft / 86_400) }),
    };
}
function tokenReport(settings, facts) {
    const data = facts.token;
    const validity = validityCheck(facts).status;
    const answered = data !== undefined || (facts.tokenError !== undefined && validity === "failed");
    return {
        // Valid only when every call agreed: a data call refusing the token as dead makes it false.
        ...(answered && { valid: validity === "ok" }),
        ...(data?.type !== undefined && { type: data.type }),
        ...(data?.app_id !== undefined && { appId: data.app_id }),
        ...(data?.application !== undefined && { application: data.application }),
        scopes: data?.scopes ?? [],
        ...(data && { missingScopes: missingScopes(settings.requiredScopes, data) }),
        ...(data?.expires_at !== undefined && { expiresAt: data.expires_at }),
        ...(data?.data_access_expires_at !== undefined && { dataAccessExpiresAt: data.data_access_expires_at }),
        ...(data?.issued_at !== undefined && { issuedAt: data.issued_at }),
        ...(facts.phone?.display_phone_number !== undefined && { phoneNumber: facts.phone.display_phone_number }),
        ...(facts.phone?.quality_rating !== undefined && { qualityRating: facts.phone.quality_rating }),
        ...(facts.message && { messageId: facts.message.id }),
        fingerprint: (0,redact/* fingerprint */.R)(settings.token),
    };
}


/***/ }),

/***/ 2152:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ verifyToken),
/* harmony export */   p: () => (/* binding */ gatherFacts)
/* harmony export */ });
/* harmony import */ var _graph_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(869);
/* harmony import */ var _graph_replies_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(9324);
/* harmony import */ var _usage_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(2490);
/* harmony import */ var _verdict_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3006);




const PHONE_FIELDS = "display_phone_number,verified_name,quality_rating,code_verification_status,status,name_status,platform_type";
async function verifyToken(settings, now = new Date()) {
    return (0,_verdict_js__WEBPACK_IMPORTED_MODULE_2__/* .evaluate */ ._3)(settings, await gatherFacts(settings, now));
}
async function gatherFacts(settings, now) {
    // Loaded on first use: the HTTP client is most of the bundle, and a run that stops at its
    // inputs never needs it.
    const { GraphClient } = await __nccwpck_require__.e(/* import() */ 561).then(__nccwpck_require__.bind(__nccwpck_require__, 2561));
    const client = new GraphClient({
        baseUrl: settings.graphApiUrl,
        version: settings.graphApiVersion,
        timeoutMs: settings.timeoutSeconds * 1000,
        ...(settings.app && { appSecret: settings.app.secret }),
    });
    const facts = { now };
    // Every reply's usage headers feed the rate-limit check: no extra call.
    const note = (reply) => {
        const usage = (0,_usage_js__WEBPACK_IMPORTED_MODULE_3__/* .readUsage */ .k)(reply.headers, facts.usage);
        if (usage)
            facts.usage = usage;
        return reply.body;
    };
    try {
        // With the app's credentials, the token is inspected with the app token (always allowed);
        // without, with itself (allowed for system users and the app's own developers).
        const caller = settings.app ? `${settings.app.id}|${settings.app.secret}` : settings.token;
        await capture(facts, "tokenError", async () => {
            const body = note(await client.get("debug_token", caller, { input_token: settings.token }, _graph_replies_js__WEBPACK_IMPORTED_MODULE_1__/* .DEBUG_TOKEN */ .c2));
            facts.token = body.data;
        });
        if (!facts.token?.is_valid)
            return facts;
        if (settings.phoneNumberId) {
            await capture(facts, "phoneError", async () => {
                facts.phone = note(await client.get(settings.phoneNumberId, settings.token, { fields: PHONE_FIELDS }, _graph_replies_js__WEBPACK_IMPORTED_MODULE_1__/* .PHONE_NUMBER */ .NA));
            });
        }
        // The test message goes out only when nothing has failed so far: it would fail anyway, and
        // the failure above is the one to fix.
        const sofar = (0,_verdict_js__WEBPACK_IMPORTED_MODULE_2__/* .evaluate */ ._3)(settings, facts).status;
        if (settings.test && settings.phoneNumberId && (sofar === "ok" || sofar === "warning")) {
            const test = settings.test;
            await capture(facts, "messageError", async () => {
                const body = note(await client.post(`${settings.phoneNumberId}/messages`, settings.token, {
                    messaging_product: "whatsapp",
                    recipient_type: "individual",
                    // A business-scoped user id goes in `recipient`, a phone number in `to` (graph-api.md 12.3).
                    ...(test.recipientKind === "user-id" ? { recipient: test.recipient } : { to: test.recipient }),
                    ...(test.text
                        ? { type: "text", text: { preview_url: false, body: test.text } }
                        : { type: "template", template: { name: test.template, language: { code: test.language } } }),
                }, _graph_replies_js__WEBPACK_IMPORTED_MODULE_1__/* .SENT_MESSAGE */ .Nn));
                const sent = body.messages[0];
                facts.message = {
                    id: sent.id,
                    ...(sent.message_status && { status: sent.message_status }),
                };
            });
        }
        return facts;
    }
    finally {
        await client.close();
    }
}
/** Runs a call; a Graph failure becomes a fact, anything else is a bug and propagates. */
async function capture(facts, key, call) {
    try {
        await call();
    }
    catch (error) {
        if (!(error instanceof _graph_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .GraphCallError */ .f4))
            throw error;
        facts[key] = error;
    }
}


/***/ }),

/***/ 6800:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   CT: () => (/* binding */ nextReleasePossibleFrom),
/* harmony export */   X1: () => (/* binding */ LATEST_VERSION),
/* harmony export */   lK: () => (/* binding */ versionStatus),
/* harmony export */   oN: () => (/* binding */ nextReleaseOf),
/* harmony export */   wB: () => (/* binding */ nextReleaseExpectedBy)
/* harmony export */ });
/* harmony import */ var _graph_api_versions_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3764);
/** What the version table says about one version, and whether the table itself is current. */

const LATEST_VERSION = _graph_api_versions_js__WEBPACK_IMPORTED_MODULE_0__/* .VERSION_TABLE */ .S.versions[0].version;
const major = (version) => Number(/^v(\d+)/.exec(version)?.[1]);
const day = (text) => new Date(`${text}T00:00:00Z`);
function versionStatus(version) {
    const entry = _graph_api_versions_js__WEBPACK_IMPORTED_MODULE_0__/* .VERSION_TABLE */ .S.versions.find((v) => v.version === version);
    if (entry)
        return { known: true, released: day(entry.released), ...(entry.until && { until: day(entry.until) }) };
    return { known: false, newer: major(version) > major(LATEST_VERSION) };
}
/** When a release newer than the table's newest was due: past it, the table may be out of date. */
function nextReleaseExpectedBy() {
    return monthsAfterNewest(_graph_api_versions_js__WEBPACK_IMPORTED_MODULE_0__/* .VERSION_TABLE */ .S.releaseIntervalMonths);
}
/** The soonest a release newer than the table's newest can have come out. */
function nextReleasePossibleFrom() {
    return monthsAfterNewest(_graph_api_versions_js__WEBPACK_IMPORTED_MODULE_0__/* .VERSION_TABLE */ .S.shortestReleaseIntervalMonths);
}
function monthsAfterNewest(months) {
    const newest = day(_graph_api_versions_js__WEBPACK_IMPORTED_MODULE_0__/* .VERSION_TABLE */ .S.versions[0].released);
    newest.setUTCMonth(newest.getUTCMonth() + months);
    return newest;
}
/** When the version after `version` came out, if the table has it. */
function nextReleaseOf(version) {
    const index = _graph_api_versions_js__WEBPACK_IMPORTED_MODULE_0__/* .VERSION_TABLE */ .S.versions.findIndex((v) => v.version === version);
    return index > 0 ? day(_graph_api_versions_js__WEBPACK_IMPORTED_MODULE_0__/* .VERSION_TABLE */ .S.versions[index - 1].released) : undefined;
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(218);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
