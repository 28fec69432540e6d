export const id = 171;
export const ids = [171];
export const modules = {

/***/ 2171:
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
        // The expiry once: in its row when it is what needs attention (the headline may say it
        // too), on a line of its own when the issue is about something else.
        ...(verdict.token.expiresAt &&
            verdict.secondsLeft !== undefined &&
            !attention.some((check) => check.id === "expiry")
            ? [`Expires: **${iso(verdict.token.expiresAt)}** (${timeLeft(verdict.secondsLeft)}).`, ""]
            : []),
        ...attention.map((check) => {
            const links = recipesFor([check]).map((recipe) => `[${recipe.label}](#${recipeAnchor(recipe)})`);
            const steps = links.length > 0 ? ` (steps: ${links.join(", ")})` : "";
            const fix = check.fix ? ` ${markdownText(check.fix)}${steps}` : "";
            return `- ${ICON[check.status]} **${markdownText(check.title)}**: ${endSentence(escapeMarkdown(check.value))}${fix}`;
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

// EXTERNAL MODULE: ./src/rotate/settings.ts + 1 modules
var rotate_settings = __webpack_require__(3788);
// EXTERNAL MODULE: ./src/settings-checks.ts
var settings_checks = __webpack_require__(1758);
// EXTERNAL MODULE: ./src/verify/settings.ts
var verify_settings = __webpack_require__(4216);
// EXTERNAL MODULE: ./src/verify/time-left.ts
var time_left = __webpack_require__(6328);
// EXTERNAL MODULE: ./src/verify/verify.ts
var verify = __webpack_require__(2152);
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
// EXTERNAL MODULE: ./src/rotate/sink.ts
var sink = __webpack_require__(4192);
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
        throw new sink/* SinkError */.y(`cannot write ${name} to .env: ${reason}.`);
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

// EXTERNAL MODULE: ./src/cli/flag-names.ts
var flag_names = __webpack_require__(1663);
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
    const policy = { ...(0,rotate_settings/* parseRotationPolicy */.IR)(raw, problems), force: Boolean(values.force) };
    if (problems.length > 0)
        throw new verify_settings/* SettingsError */.GN(problems);
    const sink = await destination(values["github-secret"], located, io, lookup, settings.timeoutSeconds * 1000);
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
        // Loaded here, not at the top: it brings the HTTP client, which --help never needs (and which
        // cannot load on the older Node that the hook's printed commands may meet).
        const { rotateToken } = await __webpack_require__.e(/* import() */ 273).then(__webpack_require__.bind(__webpack_require__, 2273));
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
                io.stdout(`${(0,flag_names.spellAsFlags)(result.note)}\n`);
                return cli_io/* EXIT */.d.ok;
            case "failed":
                io.stderr(`wa-token-guard: ${(0,flag_names.spellAsFlags)(result.failure)}\n`);
                // No answer from the Graph API is exit 2 for every command (README), a refusal 1.
                return result.unanswered ? cli_io/* EXIT */.d.error : cli_io/* EXIT */.d.found;
            case "rotated":
                io.stdout(`${rotationNote(result)}; stored in ${sink.description}\n`);
                if (result.failure) {
                    io.stderr(`wa-token-guard: ${(0,flag_names.spellAsFlags)(result.failure)}\n`);
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
async function destination(githubSecret, located, io, lookup, timeoutMs) {
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
        // Loaded here: the GitHub client is large, and --help, a usage error or a .env rotation never needs it.
        const { githubSecretSink } = await Promise.all(/* import() */[__webpack_require__.e(692), __webpack_require__.e(941)]).then(__webpack_require__.bind(__webpack_require__, 7941));
        return githubSecretSink({ store: { kind: "repo", owner: match[1], repo: match[2] }, name: match[3] }, { apiUrl, token, timeoutMs });
    }
    if (located.source !== ".env") {
        throw new errors/* UserError */.y(`${located.name} comes from the environment, so there is nowhere to write the new token (it is never printed): keep it in .env, or pass --github-secret owner/repo:NAME`);
    }
    return dotenvSink(io.cwd, located.name, located.value);
}


/***/ }),

/***/ 4192:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ DestinationChangedError),
/* harmony export */   y: () => (/* binding */ SinkError)
/* harmony export */ });
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


/***/ })

};
