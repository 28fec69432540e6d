export const id = 663;
export const ids = [663];
export const modules = {

/***/ 1663:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   spellAsFlags: () => (/* binding */ spellAsFlags)
/* harmony export */ });
/* harmony import */ var _rotate_settings_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3788);
/* harmony import */ var _verify_settings_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4216);
/**
 * The checks, the Graph client and rotation name their options once, as the action's inputs
 * ("raise timeout-seconds", "list these in allowed-scopes"). On the command line the same
 * option is a flag: this spells each such name the way the CLI takes it, so that the advice
 * can be followed as printed. Only our own text goes through it (fixes, causes, notes, settings
 * problems), never what was seen: a phone number's name or an app's may hold any words.
 */


/**
 * Inputs whose flag has another name. The secrets come from variables on the command line: the
 * app secret from META_APP_SECRET or the one --app-secret-env names, so it is named as a thing.
 */
const RENAMED = {
    "admin-token": "--admin-token-env",
    "rotate-secret": "--github-secret",
    "app-secret": "the app secret",
};
/** Inputs with no flag: left as they are. */
const NO_FLAG = new Set(["rotate-scope", "rotate-github-token"]);
const FLAGS = new Map([...Object.keys(_verify_settings_js__WEBPACK_IMPORTED_MODULE_1__/* .OPTION_DEFAULTS */ .HS), ...Object.keys(_rotate_settings_js__WEBPACK_IMPORTED_MODULE_0__/* .ROTATE_OPTION_DEFAULTS */ .Fg)]
    // One-word names (token, rotate) are ordinary words in a sentence.
    .filter((name) => name.includes("-") && !NO_FLAG.has(name))
    .map((name) => [name, RENAMED[name] ?? `--${name}`]));
// Whole names only, and not inside a flag (--max-age-days), a path, a file name or a variable.
const NAMES = new RegExp(`(?<![\\w./$-])(${[...FLAGS.keys()].sort((a, b) => b.length - a.length).join("|")})(?![\\w-]|\\.\\w)`, "g");
function spellAsFlags(text) {
    return text.replace(NAMES, (name) => FLAGS.get(name) ?? name);
}


/***/ }),

/***/ 3788:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Fg: () => (/* binding */ ROTATE_OPTION_DEFAULTS),
  IR: () => (/* binding */ parseRotationPolicy)
});

// UNUSED EXPORTS: parseActionRotation

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/settings-checks.ts
var settings_checks = __webpack_require__(1758);
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
            throw new SettingsError(problems);
        return undefined;
    }
    const token = secretInput("github-token", raw["github-token"], problems, "open-issue needs github-token (its default is the workflow's own token, github.token)") ?? "";
    const apiUrl = settings_githubApiUrl(raw["api-url"], problems);
    if (problems.length > 0)
        throw new SettingsError(problems);
    return { token, apiUrl, label, assignees, ...(name && { name }) };
}
/** GITHUB_API_URL as the runner gives it (GitHub Enterprise has its own), checked like any URL tokens go to. */
function settings_githubApiUrl(raw, problems) {
    const apiUrl = (raw ?? "").trim().replace(/\/+$/, "") || "https://api.github.com";
    const problem = baseUrlProblem("GITHUB_API_URL", apiUrl);
    if (problem)
        problems.push(problem);
    return apiUrl;
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
    const rotateDays = (0,settings_checks/* parseNumber */.$J)("rotate-days", value("rotate-days"), DAY_LIMIT, problems);
    const revokeOld = (0,settings_checks/* parseFlag */.og)("revoke-old", value("revoke-old"), problems);
    const systemUserId = value("system-user-id");
    const adminToken = (0,settings_checks/* secretInput */.jY)("admin-token", raw["admin-token"], problems);
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
            throw new SettingsError(problems);
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
        throw new SettingsError(problems);
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


/***/ })

};
