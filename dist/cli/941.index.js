export const id = 941;
export const ids = [941];
export const modules = {

/***/ 7941:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  githubSecretSink: () => (/* binding */ githubSecretSink)
});

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

// EXTERNAL MODULE: ./src/rotate/sink.ts
var sink = __webpack_require__(4192);
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
            throw new sink/* SinkError */.y(`${error.message}.`.replace(/\.\.$/, "."), error.uncertain);
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
                throw new sink/* DestinationChangedError */.F(`the ${describeTarget(target)} was written at ${iso(before)} while this run was rotating (it read it at ${iso(info?.updatedAt)}): another run rotated it, so this run's new token was not stored`, before ?? new Date());
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
                throw new sink/* SinkError */.y(`GitHub answered the write, but the secret's last update (updated_at) ${after ? `is still ${iso(after)}` : "could not be read back"}, so nothing confirms it was stored.`, true);
            }
        },
    };
}
const iso = (date) => date?.toISOString().replace(/\.\d+Z$/, "Z") ?? "an unknown time";


/***/ })

};
