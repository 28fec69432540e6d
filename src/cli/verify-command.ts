/**
 * `wa-token-guard verify`: the action's check on a laptop. Same options (as flags), same
 * settings parser, same checks. The token and the app secret are read from the environment or a
 * .env file, never from the command line, where shell history and `ps` would keep them.
 */

import { resolve } from "node:path";
import { redact } from "../detect/redact.js";
import { UserError } from "../errors.js";
import { formatVerifyText } from "../report/verify-text.js";
import { sharedTokenCheck } from "../verify/checks/shared-token.js";
import {
  OPTION_DEFAULTS,
  type OptionName,
  parseSettings,
  type RawOptions,
  type VerifySettings,
} from "../verify/settings.js";
import { type Verdict, withAdvice, withCheck } from "../verify/verdict.js";
import { verifyToken } from "../verify/verify.js";
import { parseFlags } from "./args.js";
import { appSecretFor, type SecretLookup, secretLookup } from "./dotenv.js";
import { spellAsFlags } from "./flag-names.js";
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
  --dotenv <path>             read them from this file instead of .env (it wins over the environment);
                              give it twice or more to check each file's token, and that no two
                              files share one (production and staging need their own tokens)

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
  const { values } = parseFlags(args, { ...VERIFY_FLAGS, dotenv: { type: "string", multiple: true } });
  if (values.help) {
    io.stdout(VERIFY_HELP);
    return EXIT.ok;
  }
  const format = values.format as string;
  if (format !== "text" && format !== "json")
    throw new UserError(`--format must be text or json, not "${format}"`);

  // Not --env-file: Node itself reads that flag anywhere on its command line, even after the
  // script, and exits when the file is missing.
  const { dotenv: envFiles, ...flags } = values;
  const files = envFiles ?? [];
  // One file named twice (`.env` and `./.env`) would report a token shared with itself.
  const seen = new Map<string, string>();
  for (const file of files) {
    const earlier = seen.get(resolve(io.cwd, file));
    if (earlier !== undefined)
      throw new UserError(`--dotenv ${file}: the same file as --dotenv ${earlier}; name each file once`);
    seen.set(resolve(io.cwd, file), file);
  }
  // Every file is read and its settings checked before any call: a typo in the second file
  // should not cost the first one's Graph API calls.
  const checks: { file?: string; settings: VerifySettings }[] = [];
  for (const file of files.length > 0 ? files : [undefined]) {
    try {
      checks.push({ ...(file !== undefined && { file }), settings: await settingsFrom(flags, io, file) });
    } catch (error) {
      if (
        file !== undefined &&
        error instanceof UserError &&
        !error.message.startsWith(`cannot read ${file}`)
      ) {
        throw new UserError(`${file}: ${error.message}`);
      }
      throw error;
    }
  }
  const results: { file?: string; settings: VerifySettings; verdict: Verdict }[] = [];
  for (const check of checks) results.push({ ...check, verdict: await verifyToken(check.settings) });
  if (results.length > 1) {
    // One token in two files: a leak or a revocation in one environment is an outage in the other.
    for (const result of results) {
      const others = results
        .filter((o) => o !== result && o.verdict.token.fingerprint === result.verdict.token.fingerprint)
        .map((o) => o.file!);
      const shown = others.length > 0 ? redact(result.settings.token) : undefined;
      result.verdict = withCheck(result.verdict, sharedTokenCheck(result.file!, others, shown));
    }
  }
  // io scrubs every secret read through secretLookup, whatever variable it came from.
  if (format === "json") {
    const reports = results.map(({ file, verdict }) => ({
      ...(file !== undefined && { file }),
      ...verifyJson(verdict),
    }));
    const json = reports.length === 1 ? reports[0] : { version: 1, files: reports };
    io.stdout(`${JSON.stringify(json, null, 2)}\n`);
  } else {
    const label = (file: string | undefined) =>
      file !== undefined && results.length > 1 ? `${file}:\n` : "";
    io.stdout(
      results
        .map(
          ({ file, verdict }) =>
            `${label(file)}${formatVerifyText(withAdvice(verdict, spellAsFlags), io.color)}`,
        )
        .join("\n"),
    );
  }
  return Math.max(...results.map(({ verdict, settings }) => exitCode(verdict, settings.onUnanswered)));
}

/** One check's settings: the flags, and the secrets from the environment and `envFile` (or .env). */
async function settingsFrom(
  values: Record<string, string | boolean | undefined>,
  io: Io,
  envFile: string | undefined,
): Promise<VerifySettings> {
  const lookup = await secretLookup(io, envFile);
  const tokenNames = values["token-env"]
    ? [values["token-env"] as string]
    : ["WHATSAPP_TOKEN", "WHATSAPP_ACCESS_TOKEN"];
  const tokenName = tokenNames.find((name) => lookup(name) !== undefined);
  if (!tokenName) {
    throw new UserError(
      `no token: set ${tokenNames.join(" or ")} in the environment or in ${envFile ?? ".env"} (or name the variable with --token-env)`,
    );
  }
  return parseSettings(verifyOptionsFrom(values, lookup, lookup(tokenName)));
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
