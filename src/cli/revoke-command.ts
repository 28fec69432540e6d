/**
 * `wa-token-guard revoke`: kill one token now (Meta's oauth/revoke, called as the app). For a
 * token that leaked: the pre-commit hook's advice names this command. The token comes from
 * standard input, or from the environment / .env, never from the command line, where shell
 * history and `ps` would keep it.
 */
import { appIdFromAccessToken } from "../detect/app-id.js";
import { redact } from "../detect/redact.js";
import { UserError } from "../errors.js";
import { GraphCallError, GraphDeclinedError, GraphRefusedError } from "../graph/errors.js";
import { revokeToken } from "../graph/tokens.js";
import { secretTextProblem, trimPadding } from "../settings-checks.js";
import { parseConnection } from "../verify/settings.js";
import { parseFlags } from "./args.js";
import { appSecretFor, secretLookup } from "./dotenv.js";
import { spellAsFlags } from "./flag-names.js";
import { EXIT, type Io } from "./io.js";

const TOKEN_NAMES = ["WHATSAPP_TOKEN", "WHATSAPP_ACCESS_TOKEN"];
/** How long an open standard input may stay silent before the environment's token is used. */
const STDIN_WAIT_MS = 3000;

export const REVOKE_HELP = `Usage: printf %s "$TOKEN" | wa-token-guard revoke [options]
       wa-token-guard revoke [--token-env <NAME>] [options]

Revokes an access token at once (Meta's oauth/revoke, called as the app): everything using it
stops working, so store its replacement first. The token is read from standard input when
something is piped in; otherwise from the variable --token-env names (default: WHATSAPP_TOKEN,
then WHATSAPP_ACCESS_TOKEN), in the environment or in .env. When that variable is set, standard
input is waited for at most 3 s (an open pipe nobody writes to means nothing was piped); with
--token-env it is not read at all. It is never printed.

  --app-id <id>                  the app the token belongs to (default: read from the token itself)
  --app-secret-env <NAME>        the variable holding the app secret [META_APP_SECRET]
  --token-env <NAME>             the variable holding the token (environment or .env)
  --graph-api-url <url>, --graph-api-version <vNN.0>, --timeout-seconds <n>
  -h, --help

Exit codes: 0 revoked, 1 Meta refused or answered that it did not revoke it ("success": false;
the message says why), 2 usage error, or no answer from the Graph API (the token may or may not
be revoked: check with wa-token-guard verify).
`;

export async function revokeCommand(args: string[], io: Io): Promise<number> {
  const { values } = parseFlags(args, {
    "app-id": { type: "string" },
    "app-secret-env": { type: "string", default: "META_APP_SECRET" },
    "token-env": { type: "string" },
    "graph-api-url": { type: "string" },
    "graph-api-version": { type: "string" },
    "timeout-seconds": { type: "string" },
    help: { type: "boolean", short: "h", default: false },
  });
  if (values.help) {
    io.stdout(REVOKE_HELP);
    return EXIT.ok;
  }
  const lookup = await secretLookup(io);
  const token = await readToken(io, lookup, values["token-env"]);
  const appId = values["app-id"] ?? appIdFromAccessToken(token);
  if (!appId) {
    throw new UserError(
      "revoke needs --app-id: the app the token belongs to cannot be read from the token (App Dashboard → App settings → Basic)",
    );
  }
  const connection = parseConnection({
    "app-id": appId,
    "app-secret": appSecretFor(lookup, values["app-secret-env"]!, "revoke"),
    ...(values["graph-api-url"] && { "graph-api-url": values["graph-api-url"] }),
    ...(values["graph-api-version"] && { "graph-api-version": values["graph-api-version"] }),
    ...(values["timeout-seconds"] && { "timeout-seconds": values["timeout-seconds"] }),
  });
  const app = connection.app!;
  // Loaded here, not at the top: the HTTP client is large, and --help or a usage error never needs it.
  const { GraphClient } = await import("../graph/client.js");
  const client = new GraphClient({
    baseUrl: connection.graphApiUrl,
    version: connection.graphApiVersion,
    timeoutMs: connection.timeoutSeconds * 1000,
    appSecret: app.secret,
  });
  try {
    await revokeToken(client, app, token);
  } catch (error) {
    if (!(error instanceof GraphCallError)) throw error;
    if (!(error instanceof GraphRefusedError || error instanceof GraphDeclinedError)) {
      // Without an answer the revoke may have reached Meta: say so rather than guess.
      throw new UserError(
        error.graph
          ? `not revoked: ${error.explanation.meaning} (${error.message}); run again later`
          : error.requestSent === false
            ? `not revoked: ${error.message}, so nothing was sent; run again once it can be reached`
            : `${error.message}: the token may or may not be revoked; check with wa-token-guard verify, then run again`,
      );
    }
    const { meaning, fix } = error.explanation;
    io.stderr(`wa-token-guard: revoke failed: ${meaning} (${error.message}). ${spellAsFlags(fix)}\n`);
    return EXIT.found;
  } finally {
    await client.close();
  }
  io.stdout(`revoked ${redact(token)} of app ${app.id}: it stopped working now, wherever it is used\n`);
  return EXIT.ok;
}

/** The token: piped on standard input, else the named variable (environment, then .env). */
async function readToken(
  io: Io,
  lookup: (name: string) => string | undefined,
  tokenEnv: string | undefined,
): Promise<string> {
  const names = tokenEnv !== undefined ? [tokenEnv] : TOKEN_NAMES;
  const fallback = names.map((name) => lookup(name)).find((value) => value !== undefined);
  // With --token-env, standard input is not read: it may be an open pipe nobody writes to. With a
  // token in the environment or .env, a pipe silent for STDIN_WAIT_MS is taken as nothing piped.
  const piped =
    tokenEnv === undefined
      ? await io.readStdin?.(fallback === undefined ? {} : { firstByteMs: STDIN_WAIT_MS })
      : undefined;
  io.secrets.add(piped, piped?.trim());
  const raw = piped?.trim() ? piped : fallback;
  const token = trimPadding(raw ?? "");
  if (token === "") {
    throw new UserError(
      tokenEnv !== undefined
        ? `no token: ${tokenEnv} is not set (environment or .env)`
        : `no token: pipe it on standard input (printf %s "$TOKEN" | wa-token-guard revoke), or set ${names.join(" or ")} (environment or .env), or name its variable with --token-env`,
    );
  }
  const problem = secretTextProblem("the token", token);
  if (problem) throw new UserError(`${problem}; give one token`);
  return token;
}
