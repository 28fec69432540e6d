export const id = 837;
export const ids = [837,561];
export const modules = {

/***/ 9837:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ROTATE_HELP: () => (/* binding */ ROTATE_HELP),
  rotateCommand: () => (/* binding */ rotateCommand)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/report/verdict-parts.ts + 1 modules
var verdict_parts = __webpack_require__(2078);
;// CONCATENATED MODULE: ./src/report/issue-body.ts


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
    return arrows(text)
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
    const attention = needsAttention(verdict);
    const state = verdict.status === "failed" ? "is failing" : "needs attention soon";
    const lines = [
        renderMarker({ name: options.name ?? "", state: verdict.status, fingerprint: verdict.token.fingerprint }),
        "",
        `### ${ICON[verdict.status]} ${subject(options.name)} ${state}`,
        "",
        markdownText(verdict.headline),
        "",
        ...(verdict.token.expiresAt && verdict.secondsLeft !== undefined
            ? [`Expires: **${iso(verdict.token.expiresAt)}** (${timeLeft(verdict.secondsLeft)}).`, ""]
            : []),
        ...attention.map((check) => {
            const links = recipesFor([check]).map((recipe) => `[${recipe.label}](#${recipeAnchor(recipe)})`);
            const steps = links.length > 0 ? ` (steps: ${links.join(", ")})` : "";
            const fix = check.fix ? ` ${markdownText(check.fix)}${steps}` : "";
            return `- ${ICON[check.status]} **${markdownText(check.title)}**: ${escapeMarkdown(check.value)}.${fix}`;
        }),
    ];
    const fine = passed(verdict);
    if (fine.length > 0) {
        lines.push("", `<details><summary>${ICON.ok} ${fine.length} other check${fine.length === 1 ? "" : "s"}</summary>`, "", ...fine.map((check) => `- ${ICON[check.status]} ${markdownText(check.title)}: ${escapeMarkdown(check.value)}`), "", "</details>");
    }
    for (const recipe of recipesFor(attention)) {
        lines.push("", `<h3 id="${recipeAnchor(recipe)}">${escapeMarkdown(recipe.title)}</h3>`, "", ...recipe.steps.map((step, i) => `${i + 1}. ${markdownText(step)}`));
    }
    lines.push("", "Store a new token as the repository secret and run the workflow again: this issue closes itself when the token is healthy.", "", lastChecked(options));
    return `${lines.join("\n")}\n`;
}
/** The body of a closed issue: it says so, and when, so that nobody acts on an old report. */
function resolvedIssueBody(verdict, options) {
    return [
        renderMarker({ name: options.name ?? "", state: "ok", fingerprint: verdict.token.fingerprint }),
        "",
        `### ${ICON.ok} Resolved on ${stamp(options.checkedAt).slice(0, 10)}: ${subject(options.name).replace(/^The/, "the")} is healthy again`,
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

// EXTERNAL MODULE: ./node_modules/libsodium-wrappers/dist/modules-esm/libsodium-wrappers.mjs + 1 modules
var libsodium_wrappers = __webpack_require__(4768);
// EXTERNAL MODULE: ./src/text-safety.ts
var text_safety = __webpack_require__(2243);
// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js + 22 modules
var github = __webpack_require__(2413);
// EXTERNAL MODULE: ./src/http.ts
var http = __webpack_require__(6803);
;// CONCATENATED MODULE: ./src/github/client.ts
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
    return (0,github/* getOctokit */.Q)(options.token, {
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
        const what = `${method} ${(0,text_safety/* shownText */.f$)(url.pathname, 200)}`;
        const signal = AbortSignal.timeout(options.timeoutMs);
        for (let redirects = 0;; redirects++) {
            if (url.origin !== origin) {
                throw new GitHubCallError(`${what}: the GitHub API pointed the next request at ${(0,text_safety/* shownText */.f$)(url.origin, 100)}, not at ${origin} (GITHUB_API_URL); it was not followed, so the token was not sent there`);
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
                throw new GitHubCallError(`${what}: the GitHub API answered HTTP ${response.status} with ${(0,text_safety/* shownText */.f$)(type, 80) || "no content type"}, not JSON; is GITHUB_API_URL right?`);
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
    const bytes = await (0,http/* readCapped */.EF)(body, cap, () => body.cancel());
    if (!bytes)
        throw new GitHubCallError(`the reply is larger than ${cap / (1024 * 1024)} MiB, so it was not read`);
    return bytes;
}
function callFailed(what, error, signal, timeoutMs) {
    if (signal.aborted) {
        return new GitHubCallError(`${what}: no answer from the GitHub API within ${timeoutMs / 1000} s (timeout-seconds)`);
    }
    const reason = (0,http/* networkFailureReason */.x)((0,http/* networkErrorCode */.a0)(error));
    return new GitHubCallError(`${what}: cannot reach the GitHub API (${reason})`);
}

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
        this.octokit = githubClient({
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
            const guarded = guardError(error);
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
                throw new DestinationChangedError(`the ${describeTarget(target)} was written at ${github_sink_iso(before)} while this run was rotating (it read it at ${github_sink_iso(info?.updatedAt)}): another run rotated it, so this run's new token was not stored`, before ?? new Date());
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
                throw new SinkError(`GitHub answered the write, but the secret's last update (updated_at) ${after ? `is still ${github_sink_iso(after)}` : "could not be read back"}, so nothing confirms it was stored.`, true);
            }
        },
    };
}
const github_sink_iso = (date) => date?.toISOString().replace(/\.\d+Z$/, "Z") ?? "an unknown time";

// EXTERNAL MODULE: ./src/detect/scrub.ts
var scrub = __webpack_require__(7732);
// EXTERNAL MODULE: ./src/graph/client.ts
var client = __webpack_require__(2561);
// EXTERNAL MODULE: ./src/graph/errors.ts
var graph_errors = __webpack_require__(869);
// EXTERNAL MODULE: ./src/graph/tokens.ts
var tokens = __webpack_require__(7036);
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
            note: "not rotated: an invalid or expired token cannot be refreshed; generate a new one (Business Settings -> System users) and store it",
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
    const before = (0,verify_verdict/* evaluate */._)(settings, facts);
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
                ? await (0,tokens/* refreshToken */.Be)(client, app, oldToken)
                : await (0,tokens/* generateToken */.HU)(client, {
                    systemUserId: plan.systemUserId,
                    adminToken: plan.adminToken,
                    appId: app.id,
                    scopes: data.scopes ?? [],
                    expiring: false,
                });
    }
    catch (error) {
        if (!(error instanceof graph_errors/* GraphCallError */.f4))
            throw error;
        // Code 190: Meta no longer accepts the old token, so it does not "still work".
        const dead = step === "refresh" && error instanceof graph_errors/* GraphRefusedError */.L5 && error.graph?.code === 190;
        return fail(step, dead ? graphFailure(error, step) : `${graphFailure(error, step)} ${keeps}`, !(error instanceof graph_errors/* GraphRefusedError */.L5));
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
    const freshVerdict = (0,verify_verdict/* evaluate */._)(freshSettings, checked);
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
            verdict: (0,verify_verdict/* evaluate */._)(freshSettings, checked),
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
    const verdict = (0,verify_verdict/* evaluate */._)(freshSettings, facts);
    const rotated = { outcome: "rotated", verdict, ...expiry(facts) };
    // The stored token is never the one revoked.
    if (!policy.revokeOld || oldToken === fresh)
        return { ...rotated, revoked: false };
    const revoker = graphClient(settings);
    try {
        await (0,tokens/* revokeToken */.w$)(revoker, app, oldToken);
        return { ...rotated, revoked: true };
    }
    catch (error) {
        if (!(error instanceof graph_errors/* GraphCallError */.f4))
            throw error;
        const answered = error instanceof graph_errors/* GraphRefusedError */.L5 || error instanceof graph_errors/* GraphDeclinedError */.R6 || error.graph;
        const what = answered
            ? `${error.explanation.meaning} (${error.message})`
            : `${error.message}: it may or may not be revoked`;
        return {
            ...rotated,
            revoked: false,
            step: "revoke",
            ...(!(error instanceof graph_errors/* GraphRefusedError */.L5 || error instanceof graph_errors/* GraphDeclinedError */.R6) && {
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
    return new client.GraphClient({
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
    if (!(error instanceof graph_errors/* GraphRefusedError */.L5)) {
        if (error.graph) {
            // A rate limit or a temporary error: Meta said it did not do it.
            return `Meta did not ${step} it: ${error.explanation.meaning} (${error.message}). ${error.explanation.fix}`;
        }
        // No answer, or one we cannot read: the POST may have reached Meta. Never sent again blindly.
        return `${error.message}. The ${step} may have gone through at Meta, so a new valid token may exist that nobody has (it is harmless and expires by itself); it was not sent again.`;
    }
    const { meaning, fix } = error.explanation;
    const hint = step === "refresh" && error.graph?.code === 190
        ? " Meta no longer accepts the old token (it was invalidated, revoked or has expired), so it cannot be refreshed and no longer works: replace it by hand, generate a new one (Business Settings -> System users) and store it."
        : ` ${fix}`;
    return `Meta refused: ${meaning} (${error.message}).${hint}`;
}
function oldTokenStill(expiresAt) {
    return expiresAt
        ? `the old token is untouched and works until ${rotate_iso(new Date(expiresAt * 1000))}.`
        : "the old token is untouched and still works.";
}
const rotate_iso = (date) => date.toISOString().replace(/\.\d+Z$/, "Z");

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

// EXTERNAL MODULE: ./src/verify/settings.ts
var verify_settings = __webpack_require__(4216);
// EXTERNAL MODULE: ./src/verify/time-left.ts
var time_left = __webpack_require__(6328);
// EXTERNAL MODULE: ./src/cli/args.ts
var cli_args = __webpack_require__(7593);
// EXTERNAL MODULE: ./src/cli/dotenv.ts
var dotenv = __webpack_require__(7178);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
;// CONCATENATED MODULE: ./src/cli/dotenv-sink.ts
/**
 * `rotate`'s one write on a laptop: the .env line of the token. Apart from dotenv.ts because it
 * is loaded only by `rotate`, never by the scan or the pre-commit hook. The token's line is
 * replaced atomically (a temporary file next to it with the same mode, then a rename), so a crash
 * leaves the old file or the new one, never half of one. A symbolic link is followed. A file this
 * user may not write, or does not own, is refused rather than replaced: a rename would silently
 * change what its permissions or owner said, and so is a hard-linked one: the rename would leave
 * its other names holding the old token. Every variable (and duplicate line) that holds the
 * token is rewritten, and the description names them.
 */








function dotenvSink(cwd, name, current) {
    const path = (0,external_node_path_.join)(cwd, ".env");
    const refuse = (reason) => {
        throw new SinkError(`cannot write ${name} to .env: ${reason}.`);
    };
    const read = async () => {
        const target = await (0,promises_.realpath)(path).catch(() => refuse("the file is gone"));
        const text = await (0,promises_.readFile)(target, "utf8").catch((error) => refuse(error.message));
        if ((0,external_node_util_.parseEnv)((0,dotenv/* withoutBom */.vA)(text))[name] !== current)
            refuse(`${name} in the file is no longer the token that was checked`);
        return { target, text };
    };
    // Every variable that holds the token, known once prepare has read the file.
    let keys = [name];
    return {
        get description() {
            return `.env (${keys.join(", ")})`;
        },
        async prepare() {
            const { target, text } = await read();
            try {
                keys = (0,dotenv/* replaceDotenvToken */.Yi)(text, name, current, "x".repeat(Math.max(current.length, 20))).keys;
            }
            catch (error) {
                refuse(error.message);
            }
            // Told before Meta is asked: a usage error (exit 2), not a failed step.
            const problem = await notWritable(target);
            if (problem)
                throw new errors/* UserError */.y(problem);
            return {};
        },
        async store(token) {
            const { target, text } = await read();
            let updated = "";
            try {
                ({ text: updated, keys } = (0,dotenv/* replaceDotenvToken */.Yi)(text, name, current, token));
            }
            catch (error) {
                refuse(error.message);
            }
            const problem = await notWritable(target);
            if (problem)
                refuse(problem);
            await writeAtomically(target, updated).catch((error) => refuse(error.message));
        },
    };
}
/** Why the file may not be replaced as it is (not writable by this user, not its own, a read-only folder). */
async function notWritable(target) {
    const info = await (0,promises_.stat)(target);
    const can = (path) => (0,promises_.access)(path, external_node_fs_.constants.W_OK).then(() => true, () => false);
    // The owner's write bit too: root may write anything, but a file marked read-only means it.
    if ((info.mode & 0o200) === 0 || !(await can(target))) {
        return `.env is read-only (mode ${(info.mode & 0o777).toString(8)}): wa-token-guard never changes a file's permissions; make it writable (chmod u+w .env) and run again, or pass --github-secret`;
    }
    if (info.nlink > 1) {
        return `.env has ${info.nlink} hard links (other names for the same file): replacing it (a new file, then a rename) would give only this name the new token and leave the others holding the old one; remove the other links (or use a symbolic link) and run again, or pass --github-secret`;
    }
    const uid = process.getuid?.();
    if (uid !== undefined && info.uid !== uid) {
        return `.env belongs to another user (uid ${info.uid}): replacing it would make it yours; run as its owner, or pass --github-secret`;
    }
    if (!(await can((0,external_node_path_.dirname)(target)))) {
        return "the folder of .env is not writable, so .env cannot be replaced atomically; make the folder writable and run again";
    }
    return undefined;
}
async function writeAtomically(target, text) {
    const mode = (await (0,promises_.stat)(target)).mode & 0o7777;
    const temporary = (0,external_node_path_.join)((0,external_node_path_.dirname)(target), `.${(0,external_node_path_.basename)(target)}.${(0,external_node_crypto_.randomBytes)(6).toString("hex")}.tmp`);
    const handle = await (0,promises_.open)(temporary, "wx", mode);
    try {
        try {
            await handle.writeFile(text, "utf8");
            await handle.chmod(mode); // the umask may have narrowed it
            await handle.sync();
        }
        finally {
            await handle.close();
        }
        await (0,promises_.rename)(temporary, target);
    }
    catch (error) {
        await (0,promises_.rm)(temporary, { force: true });
        throw error;
    }
}

// EXTERNAL MODULE: ./src/cli/io.ts
var cli_io = __webpack_require__(1604);
// EXTERNAL MODULE: ./src/cli/verify-command.ts + 2 modules
var verify_command = __webpack_require__(5324);
;// CONCATENATED MODULE: ./src/cli/rotate-command.ts
/**
 * `wa-token-guard rotate`: the action's rotation on a laptop. The token is read as `verify`
 * reads it (environment, then .env), checked with the same checks, refreshed when due, the new
 * token checked again, then written back where the old one came from: its .env line, or a
 * repository secret (--github-secret). The new token is never printed. `--dry-run` sends nothing
 * that changes anything (no test message either) and writes nothing.
 */














const ROTATE_HELP = `Usage: wa-token-guard rotate --app-id <id> [options]

Refreshes an expiring system-user token when fewer than --rotate-days days are left (Meta's
oauth/access_token: a new token valid 60 days), checks the new token like \`verify\`, and writes
it back where the old one was read: its line in .env (replaced in place, atomically, every other
line kept), or the repository secret --github-secret names. The old token keeps working until
its own expiry. The new token is never printed. See docs/rotation.md.

Where the secrets come from (the environment first, then a .env file in this folder):
  --token-env <NAME>             the token (default: WHATSAPP_TOKEN, then WHATSAPP_ACCESS_TOKEN)
  --app-secret-env <NAME>        the app secret (default: META_APP_SECRET)
  --admin-token-env <NAME>       with --system-user-id: an admin's token [WHATSAPP_ADMIN_TOKEN]
  GITHUB_TOKEN or GH_TOKEN       with --github-secret: a token with "Secrets: Read and write"

Options:
  --app-id <id>                  the app (required: Meta refreshes only for the app's owner)
  --rotate-days <n>              [14] rotate when fewer days are left (1 to 59)
  --force                        rotate now, however many days are left
  --github-secret <owner/repo:NAME>  write to this repository secret instead of .env
  --revoke-old                   revoke the old token once the new one is stored
  --system-user-id <id>          never-expiring tokens: replace one older than --max-age-days
  --dry-run                      check the token and the destination, say what would happen;
                                 nothing is sent that changes anything (no test message), nothing written
  and every \`verify\` option (--required-scopes, --waba-id, --phone-number-id, --max-age-days, …)
  -h, --help

Exit codes: 0 rotated, not due, or a dry run; 1 a step failed: refused or not confirmed (the
message says which step, and what to do); 2 usage error (a bad flag, a read-only or hard-linked
.env, a token from the environment without --github-secret), or the Graph API could not be asked
or did not answer a step (unreachable, timeout, rate limited, 5xx: the message says what may
have happened; a lost refresh is never sent again).
`;
async function rotateCommand(args, io) {
    const { values } = (0,cli_args/* parseFlags */.b)(args, {
        ...verify_command.VERIFY_FLAGS,
        "admin-token-env": { type: "string" },
        "rotate-days": { type: "string" },
        force: { type: "boolean", default: false },
        "github-secret": { type: "string" },
        "revoke-old": { type: "boolean", default: false },
        "system-user-id": { type: "string" },
        "dry-run": { type: "boolean", default: false },
    });
    if (values.help) {
        io.stdout(ROTATE_HELP);
        return cli_io/* EXIT */.d.ok;
    }
    if (values.format !== undefined && values.format !== "text") {
        throw new errors/* UserError */.y("rotate has no --format: its output is one line per step");
    }
    const lookup = await (0,dotenv/* secretLookup */.ro)(io);
    const tokenNames = values["token-env"]
        ? [values["token-env"]]
        : ["WHATSAPP_TOKEN", "WHATSAPP_ACCESS_TOKEN"];
    const located = (0,dotenv/* locateSecret */.rU)(io.env, lookup, tokenNames);
    if (!located) {
        throw new errors/* UserError */.y(`no token: set ${tokenNames.join(" or ")} in the environment or in .env (or name the variable with --token-env)`);
    }
    if (!values["app-id"])
        throw new errors/* UserError */.y("rotate needs --app-id (and the app secret in META_APP_SECRET)");
    const settings = (0,verify_settings/* parseSettings */.P$)((0,verify_command.verifyOptionsFrom)(values, lookup, located.value));
    const dryRun = Boolean(values["dry-run"]);
    const raw = {
        ...(values["rotate-days"] !== undefined && { "rotate-days": values["rotate-days"] }),
        "revoke-old": String(values["revoke-old"]),
        ...(values["system-user-id"] !== undefined && { "system-user-id": values["system-user-id"] }),
    };
    if (values["system-user-id"] !== undefined) {
        const name = values["admin-token-env"] ?? "WHATSAPP_ADMIN_TOKEN";
        const admin = lookup(name);
        if (admin === undefined)
            throw new errors/* UserError */.y(`--system-user-id needs an admin's token in ${name} (environment or .env)`);
        raw["admin-token"] = admin;
    }
    const problems = [];
    const policy = { ...parseRotationPolicy(raw, problems), force: Boolean(values.force) };
    if (problems.length > 0)
        throw new verify_settings/* SettingsError */.GN(problems);
    const sink = destination(values["github-secret"], located, io, lookup, settings.timeoutSeconds * 1000);
    const readAt = new Date(Date.now() - process.uptime() * 1000);
    // A dry run sends no test message: it changes nothing anywhere.
    const facts = await (0,verify/* gatherFacts */.p)(dryRun ? { ...settings, test: undefined } : settings, new Date());
    if (!facts.token && facts.tokenError?.unreachable) {
        throw new errors/* UserError */.y(`cannot check the token: ${facts.tokenError.message}`);
    }
    const expiresAt = facts.token?.expires_at;
    const expiry = expiresAt === undefined
        ? "its expiry is unknown"
        : expiresAt === 0
            ? "never expires"
            : `expires ${(0,time_left/* iso */.KH)(expiresAt)} (${Math.floor((expiresAt * 1000 - facts.now.getTime()) / 86_400_000)} days left)`;
    io.stdout(`token ${located.name} (${located.source}): ${expiry}\n`);
    const written = {};
    try {
        const result = await rotateToken({
            settings: dryRun ? { ...settings, test: undefined } : settings,
            facts,
            policy,
            sink,
            // io scrubs every secret it has seen; the new token joins them before anything prints.
            mask: (secret) => io.secrets.add(secret),
            onStored: (description) => {
                written.to = description;
            },
            dryRun,
            readAt: async () => readAt,
        });
        switch (result.outcome) {
            case "skipped":
            case "dry-run":
                io.stdout(`${result.note}\n`);
                return cli_io/* EXIT */.d.ok;
            case "failed":
                io.stderr(`wa-token-guard: ${result.failure}\n`);
                // No answer from the Graph API is exit 2 for every command (README), a refusal 1.
                return result.unanswered ? cli_io/* EXIT */.d.error : cli_io/* EXIT */.d.found;
            case "rotated":
                io.stdout(`${rotationNote(result)}; stored in ${sink.description}\n`);
                if (result.failure) {
                    io.stderr(`wa-token-guard: ${result.failure}\n`);
                    return result.unanswered ? cli_io/* EXIT */.d.error : cli_io/* EXIT */.d.found;
                }
                return cli_io/* EXIT */.d.ok;
        }
    }
    catch (error) {
        // Whatever stops the command after the write, the user learns the write happened.
        if (written.to && error instanceof Error) {
            error.message = `${error.message}. The new token was already stored in ${written.to}; the old token still works`;
        }
        throw error;
    }
}
/** Where the new token goes: the repository secret named, else the .env line it came from. */
function destination(githubSecret, located, io, lookup, timeoutMs) {
    if (githubSecret !== undefined) {
        const match = /^([A-Za-z0-9-]{1,39})\/([A-Za-z0-9._-]{1,100}):([A-Za-z_][A-Za-z0-9_]*)$/.exec(githubSecret);
        if (!match) {
            throw new errors/* UserError */.y(`--github-secret must be owner/repo:NAME, like acme/bot:WHATSAPP_TOKEN, not "${githubSecret}"`);
        }
        const token = lookup("GITHUB_TOKEN") ?? lookup("GH_TOKEN");
        if (!token) {
            throw new errors/* UserError */.y('--github-secret needs GITHUB_TOKEN or GH_TOKEN: a fine-grained token with "Secrets: Read and write" on the repository');
        }
        const apiUrl = (io.env.GITHUB_API_URL?.trim() || "https://api.github.com").replace(/\/+$/, "");
        const urlProblem = (0,settings_checks/* baseUrlProblem */.aS)("GITHUB_API_URL", apiUrl);
        if (urlProblem)
            throw new errors/* UserError */.y(urlProblem);
        return githubSecretSink({ store: { kind: "repo", owner: match[1], repo: match[2] }, name: match[3] }, { apiUrl, token, timeoutMs });
    }
    if (located.source !== ".env") {
        throw new errors/* UserError */.y(`${located.name} comes from the environment, so there is nowhere to write the new token (it is never printed): keep it in .env, or pass --github-secret owner/repo:NAME`);
    }
    return dotenvSink(io.cwd, located.name, located.value);
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
/* harmony import */ var undici__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6752);
/* harmony import */ var _http_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6803);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(869);
/* harmony import */ var _replies_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9324);
/* harmony import */ var _shape_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7465);
/**
 * A small Graph API client over undici. Every call:
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
    agent;
    constructor(options) {
        this.options = options;
        this.deadline = Date.now() + options.timeoutMs;
        this.agent = new undici__WEBPACK_IMPORTED_MODULE_1__/* .Agent */ .g6({
            keepAliveTimeout: 2000,
            connect: { timeout: Math.min(options.timeoutMs, 10_000) },
        });
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
        await this.agent.close();
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
            const unknownAgain = method === "GET" && error.graph?.code === _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UNKNOWN_ERROR_CODE */ .SY && attempt + 1 < _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UNKNOWN_ERROR_ATTEMPTS */ .N$;
            if (!error.retryable && !unknownAgain)
                throw error;
            // A GET may always be asked again. A POST only after a rate-limit refusal, which says the
            // call was not processed: after no answer, a 5xx or "unknown error", it may have gone
            // through (a second message, a second token).
            if (method !== "GET" && !(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .isRateLimitCode */ .dh)(error.graph?.code))
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
            const response = await (0,undici__WEBPACK_IMPORTED_MODULE_1__/* .request */ .Em)(url, {
                method,
                dispatcher: this.agent,
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
                headersTimeout: remaining,
                bodyTimeout: remaining,
                signal: AbortSignal.timeout(remaining),
            });
            statusCode = response.statusCode;
            headers = response.headers;
            const read = await readText(response.body, this.options.maxReplyBytes ?? DEFAULT_MAX_REPLY_BYTES);
            if (read === undefined)
                return { error: tooLarge(what, this.options), headers };
            text = read;
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
            graph = (0,_replies_js__WEBPACK_IMPORTED_MODULE_3__/* .GRAPH_ERROR */ .gE)(parsed.error, "error");
        }
        catch (error) {
            if (!(error instanceof _shape_js__WEBPACK_IMPORTED_MODULE_4__/* .ShapeMismatch */ .Aw))
                throw error;
            return {
                error: new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .GraphReplyError */ .nR(`${what}: the Graph API's error reply is malformed: ${error.message}`),
            };
        }
        const message = `${what} failed: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .describeGraphError */ .a9)(graph)}`;
        if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .isTransientCode */ .gL)(graph.code)) {
            return { error: new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .GraphUnansweredError */ .Z9(message, { graph, unreachable: false, retryable: true }) };
        }
        return { error: new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .GraphRefusedError */ .L5(message, graph) };
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
            return { error: new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .GraphUnansweredError */ .Z9(message, { unreachable: true, retryable: true }) };
        return { error: new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .GraphReplyError */ .nR(`${message}; is graph-api-url right?`) };
    }
    try {
        return { body: shape(parsed, "") };
    }
    catch (error) {
        if (!(error instanceof _shape_js__WEBPACK_IMPORTED_MODULE_4__/* .ShapeMismatch */ .Aw))
            throw error;
        return { error: new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .GraphReplyError */ .nR(`${what}: unexpected reply from the Graph API: ${error.message}`) };
    }
}
function formBody(form) {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(form))
        if (value !== undefined)
            params.set(key, value);
    return params.toString();
}
/** The body as text, or undefined when it is larger than `cap` (reading stops there). */
async function readText(body, cap) {
    const bytes = await (0,_http_js__WEBPACK_IMPORTED_MODULE_5__/* .readCapped */ .EF)(body, cap, () => body.destroy());
    return bytes?.toString("utf8").replace(/^\uFEFF/, "");
}
/**
 * How long the server asked us to wait, in ms: `Retry-After` (seconds or an HTTP date), or the
 * longest `estimated_time_to_regain_access` (minutes) in `X-Business-Use-Case-Usage`.
 */
function requestedWaitMs(headers, now = Date.now()) {
    const waits = [];
    const retryAfter = single(headers["retry-after"]);
    if (retryAfter !== undefined) {
        const seconds = Number(retryAfter.trim());
        const date = Date.parse(retryAfter);
        if (/^\d+$/.test(retryAfter.trim()))
            waits.push(seconds * 1000);
        else if (Number.isFinite(date))
            waits.push(Math.max(0, date - now));
    }
    const usage = single(headers["x-business-use-case-usage"]);
    if (usage !== undefined) {
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
function single(value) {
    return Array.isArray(value) ? value[0] : value;
}
function tooLongToWait(what, error, waitMs, budgetMs) {
    const retryAt = new Date(Date.now() + waitMs);
    const minutes = Math.ceil(waitMs / 60_000);
    const asked = waitMs >= MAX_REPORTED_WAIT_MS
        ? "a day or more"
        : minutes >= 120
            ? `${Math.ceil(minutes / 60)} hours`
            : `${minutes} minute${minutes === 1 ? "" : "s"}`;
    const cause = error.graph ? `rate-limited (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .describeGraphError */ .a9)(error.graph)})` : "asked to wait";
    return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .GraphUnansweredError */ .Z9(`${what}: ${cause}; the Graph API asks to wait ${asked}, longer than the ${budgetMs / 1000} s time budget: try again after ${retryAt.toISOString().replace(/\.\d+Z$/, "Z")}`, { ...(error.graph && { graph: error.graph }), unreachable: error.unreachable, retryable: false, retryAt });
}
function tooLarge(what, options) {
    const cap = options.maxReplyBytes ?? DEFAULT_MAX_REPLY_BYTES;
    const size = cap >= 1024 * 1024 ? `${cap / (1024 * 1024)} MiB` : `${cap} bytes`;
    return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .GraphReplyError */ .nR(`${what}: the reply is larger than ${size}, far more than any Graph API answer, so it was not read; is graph-api-url right?`);
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
    return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .GraphUnansweredError */ .Z9(`${what}: no answer from the Graph API within ${budgetMs / 1000} s (timeout-seconds)`, { unreachable: true, retryable: true });
}
function networkError(what, error, budgetMs) {
    const code = (0,_http_js__WEBPACK_IMPORTED_MODULE_5__/* .networkErrorCode */ .a0)(error);
    const name = error.name;
    if (name === "TimeoutError" ||
        name === "AbortError" ||
        code === "UND_ERR_HEADERS_TIMEOUT" ||
        code === "UND_ERR_BODY_TIMEOUT") {
        return timeout(what, budgetMs);
    }
    return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .GraphUnansweredError */ .Z9(`${what}: cannot reach the Graph API (${(0,_http_js__WEBPACK_IMPORTED_MODULE_5__/* .networkFailureReason */ .x)(code)})`, {
        unreachable: true,
        retryable: true,
        // No connection was made: nothing was sent.
        ...((code === "ECONNREFUSED" || code === "ENOTFOUND" || code === "EAI_AGAIN") && { requestSent: false }),
    });
}
const delay = (ms) => new Promise((resolve) => setTimeout(resolve, ms));


/***/ }),

/***/ 7036:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Be: () => (/* binding */ refreshToken),
/* harmony export */   HU: () => (/* binding */ generateToken),
/* harmony export */   w$: () => (/* binding */ revokeToken)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(869);
/* harmony import */ var _replies_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9324);


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
    }, _replies_js__WEBPACK_IMPORTED_MODULE_1__/* .ACCESS_TOKEN */ .Xh);
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
    }, _replies_js__WEBPACK_IMPORTED_MODULE_1__/* .ACCESS_TOKEN */ .Xh);
    return issued(body, `${request.systemUserId}/access_tokens`);
}
/** `oauth/revoke`: the token stops working at once. Called as the app (its app token). */
async function revokeToken(client, app, token) {
    const { body } = await client.postForm("oauth/revoke", `${app.id}|${app.secret}`, { client_id: app.id, client_secret: app.secret, revoke_token: token }, _replies_js__WEBPACK_IMPORTED_MODULE_1__/* .REVOKE */ .fU);
    if (body.success === false || body.success === "false") {
        // A readable "no": Meta did not revoke it (a token of another app, one already dead).
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .GraphDeclinedError */ .R6('POST /oauth/revoke: Meta answered "success": false', {
            meaning: "Meta did not revoke the token",
            fix: "Check that the token belongs to this app (--app-id) and is still alive (wa-token-guard verify); a token that no longer works needs no revoking.",
        });
    }
    if (body.success !== true && body.success !== "true") {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .GraphReplyError */ .nR("POST /oauth/revoke: the Graph API did not answer success");
    }
}
function issued(body, what) {
    // A token is one run of printable characters: anything else cannot be stored or sent safely.
    if (!/^[\x21-\x7e]{20,4096}$/.test(body.access_token)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .GraphReplyError */ .nR(`POST /${what}: the new access_token is not a token`);
    }
    return { token: body.access_token, ...(body.expires_in && { expiresIn: body.expires_in }) };
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
/** undici puts the system's error code on the error or on its cause. */
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
    return code ?? "network error";
}


/***/ })

};
