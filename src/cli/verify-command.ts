/**
 * `wa-token-guard verify`: the action's check on a laptop. Same options (as flags), same
 * settings parser, same checks. The token and the app secret are read from the environment or a
 * .env file, never from the command line, where shell history and `ps` would keep them.
 */
import { UserError } from "../errors.js";
import { formatVerifyText } from "../report/verify-text.js";
import { OPTION_DEFAULTS, type OptionName, parseSettings, type RawOptions } from "../verify/settings.js";
import type { Verdict } from "../verify/verdict.js";
import { verifyToken } from "../verify/verify.js";
import { parseFlags } from "./args.js";
import { appSecretFor, type SecretLookup, secretLookup } from "./dotenv.js";
import { EXIT, type Io } from "./io.js";

/** Options that are flags of the same name; the secrets and the one boolean are handled apart. */
const PASSED_AS_IS = (Object.keys(OPTION_DEFAULTS) as OptionName[]).filter(
  (name) => name !== "token" && name !== "app-secret" && name !== "require-system-user",
);

export const VERIFY_HELP = `Usage: wa-token-guard verify [options]

Checks a WhatsApp Cloud API access token against the Graph API: valid, type, permissions,
WhatsApp account, expiry; optionally reads the phone number and sends a test message.

Where the secrets come from (the environment first, then a .env file in this folder):
  --token-env <NAME>          variable holding the token (default: WHATSAPP_TOKEN, then WHATSAPP_ACCESS_TOKEN)
  --app-secret-env <NAME>     variable holding the app secret, used with --app-id (default: META_APP_SECRET)

Options (the action's inputs; defaults in brackets):
  --app-id <id>                      inspect with the app's token and sign calls (appsecret_proof)
  --required-scopes <list>           [whatsapp_business_messaging,whatsapp_business_management], or none
  --waba-id <id>                     the WhatsApp Business Account the token must reach
  --phone-number-id <id>             read this phone number (and send the test message from it)
  --test-recipient <+number|id>      send a test message to this number, or business-scoped user id
  --test-template <name>             [hello_world]
  --test-template-language <code>    [en_US]
  --test-message <text>              send this text instead of a template
  --warn-days <n>                    [14] warn when fewer days remain before expiry
  --fail-days <n>                    [3] fail when fewer days remain
  --require-system-user              fail unless the token is a system-user token
  --max-age-days <n>                 warn when the token is older (rotation reminder)
  --graph-api-version <vNN.0>        [${OPTION_DEFAULTS["graph-api-version"]}]
  --graph-api-url <url>              [${OPTION_DEFAULTS["graph-api-url"]}]
  --timeout-seconds <n>              [30] the whole budget, retries included
  --allowed-scopes <list>            permissions fine to hold beyond the required ones, or any
                                     [whatsapp_business_manage_events,business_management,public_profile]
  --usage-warn-percent <n>           [75] warn when a rate limit is this much used
  --on-unanswered <fail|warn>        [fail] when the Graph API cannot be asked: exit 2, or 0
  --format <text|json>               [text]
  -h, --help

Exit codes: 0 ok (or warnings only), 1 the token failed a check, 2 usage error or the Graph API
could not be asked (unreachable, timeout, rate limited, HTTP 429 or 5xx; 0 with --on-unanswered warn).
`;

/** The token check's flags: `rotate` takes them too, and checks the new token with them. */
export const VERIFY_FLAGS = {
  ...(Object.fromEntries(PASSED_AS_IS.map((name) => [name, { type: "string" as const }])) as Record<
    OptionName,
    { type: "string" }
  >),
  "require-system-user": { type: "boolean", default: false },
  "token-env": { type: "string" },
  "app-secret-env": { type: "string", default: "META_APP_SECRET" },
  format: { type: "string", default: "text" },
  help: { type: "boolean", short: "h", default: false },
} as const;

/** The token check's options from the parsed flags, the token, and the app secret when --app-id is set. */
export function verifyOptionsFrom(
  values: Record<string, string | boolean | undefined>,
  lookup: SecretLookup,
  token: string | undefined,
): RawOptions {
  const raw: RawOptions = { token };
  for (const name of PASSED_AS_IS) {
    const value = values[name];
    if (typeof value === "string") raw[name] = value;
  }
  raw["require-system-user"] = String(values["require-system-user"]);
  if (raw["app-id"]) raw["app-secret"] = appSecretFor(lookup, values["app-secret-env"] as string);
  return raw;
}

export async function verifyCommand(args: string[], io: Io): Promise<number> {
  const { values } = parseFlags(args, VERIFY_FLAGS);
  if (values.help) {
    io.stdout(VERIFY_HELP);
    return EXIT.ok;
  }
  const format = values.format as string;
  if (format !== "text" && format !== "json")
    throw new UserError(`--format must be text or json, not "${format}"`);

  const lookup = await secretLookup(io);
  const tokenNames = values["token-env"]
    ? [values["token-env"] as string]
    : ["WHATSAPP_TOKEN", "WHATSAPP_ACCESS_TOKEN"];
  const tokenName = tokenNames.find((name) => lookup(name) !== undefined);
  if (!tokenName) {
    throw new UserError(
      `no token: set ${tokenNames.join(" or ")} in the environment or in .env (or name the variable with --token-env)`,
    );
  }
  const settings = parseSettings(verifyOptionsFrom(values, lookup, lookup(tokenName)));
  const verdict = await verifyToken(settings);
  // io scrubs every secret read through secretLookup, whatever variable it came from.
  io.stdout(
    format === "json"
      ? `${JSON.stringify(verifyJson(verdict), null, 2)}\n`
      : formatVerifyText(verdict, io.color),
  );
  return exitCode(verdict, settings.onUnanswered);
}

/**
 * 1 for a token that failed a check; 2 when the Graph API could not be asked (unreachable,
 * timeout, rate limited, HTTP 429 or 5xx), like any other runtime error, unless
 * --on-unanswered warn; 0 otherwise.
 */
export function exitCode(verdict: Verdict, onUnanswered: "fail" | "warn"): number {
  if (verdict.status === "failed") return EXIT.found;
  if (verdict.status === "unanswered") return onUnanswered === "fail" ? EXIT.error : EXIT.ok;
  return EXIT.ok;
}

/** `--format json`: the verdict, the checks by id, and what is known about the token. */
function verifyJson(verdict: Verdict) {
  return {
    version: 1,
    status: verdict.status,
    headline: verdict.headline,
    checks: verdict.checks.map(({ cause: _cause, ...check }) => check),
    token: verdict.token,
    ...(verdict.daysLeft !== undefined && { daysLeft: verdict.daysLeft }),
  };
}
