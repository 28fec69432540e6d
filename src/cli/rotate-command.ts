/**
 * `wa-token-guard rotate`: the action's rotation on a laptop. The token is read as `verify`
 * reads it (environment, then .env), checked with the same checks, refreshed when due, the new
 * token checked again, then written back where the old one came from: its .env line, or a
 * repository secret (--github-secret). The new token is never printed. `--dry-run` sends nothing
 * that changes anything (no test message either) and writes nothing.
 */
import { UserError } from "../errors.js";
import { rotationNote } from "../report/issue-body.js";
import { parseRotationPolicy, type RawRotateOptions } from "../rotate/settings.js";
import type { TokenSink } from "../rotate/sink.js";
import { baseUrlProblem } from "../settings-checks.js";
import { parseSettings, SettingsError } from "../verify/settings.js";
import { iso } from "../verify/time-left.js";
import { gatherFacts } from "../verify/verify.js";
import { parseFlags } from "./args.js";
import { type LocatedSecret, locateSecret, type SecretLookup, secretLookup } from "./dotenv.js";
import { dotenvSink } from "./dotenv-sink.js";
import { spellAsFlags } from "./flag-names.js";
import { EXIT, type Io } from "./io.js";
import { VERIFY_FLAGS, verifyOptionsFrom } from "./verify-command.js";

export const ROTATE_HELP = `Usage: wa-token-guard rotate --app-id <id> [options]

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

export async function rotateCommand(args: string[], io: Io): Promise<number> {
  const { values } = parseFlags(args, {
    ...VERIFY_FLAGS,
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
    return EXIT.ok;
  }
  if (values.format !== undefined && values.format !== "text") {
    throw new UserError("rotate has no --format: its output is one line per step");
  }
  const lookup = await secretLookup(io);
  const tokenNames = values["token-env"]
    ? [values["token-env"]]
    : ["WHATSAPP_TOKEN", "WHATSAPP_ACCESS_TOKEN"];
  const located = locateSecret(io.env, lookup, tokenNames);
  if (!located) {
    throw new UserError(
      `no token: set ${tokenNames.join(" or ")} in the environment or in .env (or name the variable with --token-env)`,
    );
  }
  if (!values["app-id"]) throw new UserError("rotate needs --app-id (and the app secret in META_APP_SECRET)");
  const settings = parseSettings(verifyOptionsFrom(values, lookup, located.value));
  const dryRun = Boolean(values["dry-run"]);

  const raw: RawRotateOptions = {
    ...(values["rotate-days"] !== undefined && { "rotate-days": values["rotate-days"] }),
    "revoke-old": String(values["revoke-old"]),
    ...(values["system-user-id"] !== undefined && { "system-user-id": values["system-user-id"] }),
  };
  if (values["system-user-id"] !== undefined) {
    const name = values["admin-token-env"] ?? "WHATSAPP_ADMIN_TOKEN";
    const admin = lookup(name);
    if (admin === undefined)
      throw new UserError(`--system-user-id needs an admin's token in ${name} (environment or .env)`);
    raw["admin-token"] = admin;
  }
  const problems: string[] = [];
  const policy = { ...parseRotationPolicy(raw, problems), force: Boolean(values.force) };
  if (problems.length > 0) throw new SettingsError(problems);
  const sink = await destination(
    values["github-secret"],
    located,
    io,
    lookup,
    settings.timeoutSeconds * 1000,
  );
  const readAt = new Date(Date.now() - process.uptime() * 1000);

  // A dry run sends no test message: it changes nothing anywhere.
  const facts = await gatherFacts(dryRun ? { ...settings, test: undefined } : settings, new Date());
  if (!facts.token && facts.tokenError?.unreachable) {
    throw new UserError(`cannot check the token: ${facts.tokenError.message}`);
  }
  const expiresAt = facts.token?.expires_at;
  const expiry =
    expiresAt === undefined
      ? "its expiry is unknown"
      : expiresAt === 0
        ? "never expires"
        : `expires ${iso(expiresAt)} (${Math.floor((expiresAt * 1000 - facts.now.getTime()) / 86_400_000)} days left)`;
  io.stdout(`token ${located.name} (${located.source}): ${expiry}\n`);

  const written: { to?: string } = {};
  try {
    // Loaded here, not at the top: it brings the HTTP client, which --help never needs (and which
    // cannot load on the older Node that the hook's printed commands may meet).
    const { rotateToken } = await import("../rotate/rotate.js");
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
        io.stdout(`${spellAsFlags(result.note)}\n`);
        return EXIT.ok;
      case "failed":
        io.stderr(`wa-token-guard: ${spellAsFlags(result.failure)}\n`);
        // No answer from the Graph API is exit 2 for every command (README), a refusal 1.
        return result.unanswered ? EXIT.error : EXIT.found;
      case "rotated":
        io.stdout(`${rotationNote(result)}; stored in ${sink.description}\n`);
        if (result.failure) {
          io.stderr(`wa-token-guard: ${spellAsFlags(result.failure)}\n`);
          return result.unanswered ? EXIT.error : EXIT.found;
        }
        return EXIT.ok;
    }
  } catch (error) {
    // Whatever stops the command after the write, the user learns the write happened.
    if (written.to && error instanceof Error) {
      error.message = `${error.message}. The new token was already stored in ${written.to}; the old token still works`;
    }
    throw error;
  }
}

/** Where the new token goes: the repository secret named, else the .env line it came from. */
async function destination(
  githubSecret: string | undefined,
  located: LocatedSecret,
  io: Io,
  lookup: SecretLookup,
  timeoutMs: number,
): Promise<TokenSink> {
  if (githubSecret !== undefined) {
    const match = /^([A-Za-z0-9-]{1,39})\/([A-Za-z0-9._-]{1,100}):([A-Za-z_][A-Za-z0-9_]*)$/.exec(
      githubSecret,
    );
    if (!match) {
      throw new UserError(
        `--github-secret must be owner/repo:NAME, like acme/bot:WHATSAPP_TOKEN, not "${githubSecret}"`,
      );
    }
    const token = lookup("GITHUB_TOKEN") ?? lookup("GH_TOKEN");
    if (!token) {
      throw new UserError(
        '--github-secret needs GITHUB_TOKEN or GH_TOKEN: a fine-grained token with "Secrets: Read and write" on the repository',
      );
    }
    const apiUrl = (io.env.GITHUB_API_URL?.trim() || "https://api.github.com").replace(/\/+$/, "");
    const urlProblem = baseUrlProblem("GITHUB_API_URL", apiUrl);
    if (urlProblem) throw new UserError(urlProblem);
    // Loaded here: the GitHub client is large, and --help, a usage error or a .env rotation never needs it.
    const { githubSecretSink } = await import("../rotate/github-sink.js");
    return githubSecretSink(
      { store: { kind: "repo", owner: match[1]!, repo: match[2]! }, name: match[3]! },
      { apiUrl, token, timeoutMs },
    );
  }
  if (located.source !== ".env") {
    throw new UserError(
      `${located.name} comes from the environment, so there is nowhere to write the new token (it is never printed): keep it in .env, or pass --github-secret owner/repo:NAME`,
    );
  }
  return dotenvSink(io.cwd, located.name, located.value);
}
