/**
 * Every option of the token check, parsed and validated in one place into a typed settings
 * object. The action (from its inputs) and `wa-token-guard verify` (from its flags) both come
 * through here, so both accept and reject exactly the same things. All problems are reported
 * at once, each naming the input and what it should be.
 */
import { detect } from "../detect/engine.js";
import { SettingsError } from "../errors.js";
import {
  baseUrlProblem,
  parseNumber,
  secretInput,
  secretTextProblem,
  trimPadding,
} from "../settings-checks.js";
import { VERSION_TABLE } from "./graph-api-versions.js";
import { closestPermission, KNOWN_PERMISSIONS } from "./permissions.js";
import { LATEST_VERSION, nextReleasePossibleFrom, versionStatus } from "./versions.js";

export interface VerifySettings {
  token: string;
  /** The token had leading or trailing whitespace (a copy-paste slip), now removed. */
  tokenWasPadded: boolean;
  app?: { id: string; secret: string };
  requiredScopes: string[];
  /** Permissions fine to hold beyond the required ones (least privilege); `any` turns the check off. */
  allowedScopes: string[] | "any";
  /** Warn when Meta's usage headers show this percentage of a rate limit used. */
  usageWarnPercent: number;
  /** When the Graph API could not be asked: fail the step, or only warn. */
  onUnanswered: "fail" | "warn";
  wabaId?: string;
  phoneNumberId?: string;
  test?: {
    /** A phone number (+ and country code, sent as `to`) or a business-scoped user id (sent as `recipient`). */
    recipient: string;
    recipientKind: "phone" | "user-id";
    template: string;
    language: string;
    text?: string;
  };
  warnDays: number;
  failDays: number;
  requireSystemUser: boolean;
  maxAgeDays?: number;
  graphApiVersion: string;
  graphApiUrl: string;
  timeoutSeconds: number;
}

/** The option names, as the action's inputs spell them (the CLI's flags are the same). */
export const OPTION_DEFAULTS = {
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
  "graph-api-version": LATEST_VERSION,
  "graph-api-url": "https://graph.facebook.com",
  "timeout-seconds": "30",
} as const;

export type OptionName = keyof typeof OPTION_DEFAULTS;
export type RawOptions = Partial<Record<OptionName, string>>;

/** Where it is defined since github/ needs it too; re-exported for the settings' users. */
export { SettingsError };

/** `now` decides whether the version table is stale (see graphApiVersionProblem). */
export function parseSettings(raw: RawOptions, now: Date = new Date()): VerifySettings {
  const problems: string[] = [];
  const get = (name: OptionName): string | undefined => {
    const value = raw[name];
    if (value === undefined || value.trim() === "") return OPTION_DEFAULTS[name];
    return value;
  };
  const optional = (name: OptionName) => get(name)?.trim() || undefined;

  const rawToken = raw.token ?? "";
  const token =
    secretInput(
      "token",
      rawToken,
      problems,
      "token is empty: set it to the secret holding the access token (a secret that does not exist, or is not passed to this workflow, expands to an empty string)",
    ) ?? "";

  // Empty means the default (the runner passes unset inputs as ""). `none`: nothing required, or
  // nothing allowed beyond the required; `any` allows everything (the least-privilege check is off).
  const permissions = (name: "required-scopes" | "allowed-scopes"): string[] => {
    const list = get(name)!
      .trim()
      .split(/[\s,]+/)
      .filter((scope) => scope !== "");
    for (const scope of list) {
      if (!(KNOWN_PERMISSIONS as readonly string[]).includes(scope)) {
        const near = closestPermission(scope);
        problems.push(
          `${name}: unknown permission "${scope}" (${near ? `did you mean ${near}?` : "not a permission name wa-token-guard knows; the WhatsApp ones are whatsapp_business_messaging and whatsapp_business_management"})`,
        );
      }
    }
    return list;
  };
  const requiredScopes = get("required-scopes")!.trim() === "none" ? [] : permissions("required-scopes");
  const allowed = get("allowed-scopes")!.trim();
  const allowedScopes =
    allowed === "any" ? ("any" as const) : allowed === "none" ? [] : permissions("allowed-scopes");
  const onUnanswered = get("on-unanswered")!.trim();
  if (onUnanswered !== "fail" && onUnanswered !== "warn") {
    problems.push(`on-unanswered must be fail or warn, not "${onUnanswered}"`);
  }

  const wabaId = optional("waba-id");
  if (wabaId !== undefined && !/^\d{5,20}$/.test(wabaId))
    problems.push(`waba-id must be an id of 5 to 20 digits, not "${wabaId}"`);
  const phoneNumberId = optional("phone-number-id");
  if (phoneNumberId !== undefined && !/^\d{5,20}$/.test(phoneNumberId)) {
    problems.push(
      `phone-number-id must be an id of 5 to 20 digits (the id, not the phone number), not "${phoneNumberId}"`,
    );
  }

  let test: VerifySettings["test"];
  const recipient = optional("test-recipient");
  if (recipient !== undefined) {
    // Digits and phone punctuation are a phone number; anything else is a business-scoped user id
    // (a user who hides their number behind a username), whose format Meta judges.
    const recipientKind = /^[+\d\s().-]+$/.test(recipient) ? "phone" : "user-id";
    const digits = recipientKind === "phone" ? recipient.replace(/[\s().-]/g, "") : recipient;
    if (recipientKind === "phone" && !/^\+\d{7,15}$/.test(digits)) {
      problems.push(
        `test-recipient must be a phone number with + and country code, like +15550001234, not "${recipient}" (without +, WhatsApp would prepend the business number's country code), or a business-scoped user id`,
      );
    }
    if (recipientKind === "user-id" && isCredentialShaped(recipient, token)) {
      // Sent as the message's recipient, it would sit in Meta's message and webhook records.
      problems.push(
        "test-recipient holds what looks like a credential (an access token or app secret), not a phone number or user id: it would be sent to Meta in the test message; set test-recipient to the test phone number",
      );
    } else if (recipientKind === "user-id" && !/^[\x21-\x7e]{1,256}$/.test(recipient)) {
      problems.push(
        "test-recipient must be a phone number (+ and country code) or a business-scoped user id (printable characters without spaces)",
      );
    }
    if (phoneNumberId === undefined)
      problems.push("test-recipient needs phone-number-id: the number to send from");
    const template = get("test-template")!.trim();
    const language = get("test-template-language")!.trim();
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
  } else if (optional("test-message") !== undefined) {
    problems.push("test-message needs test-recipient");
  }

  const number = (name: OptionName, range: { min: number; max: number }) =>
    parseNumber(name, get(name)?.trim() ?? "", range, problems);
  const before = problems.length;
  const warnDays = number("warn-days", { min: 0, max: 3650 });
  const failDays = number("fail-days", { min: 0, max: 3650 });
  // Compared only when both are numbers: a bad one stands in as its minimum, not as its value.
  if (problems.length === before && warnDays < failDays)
    problems.push(
      `warn-days (${warnDays}) must be at least fail-days (${failDays}): the warning comes before the failure`,
    );
  const usageWarnPercent = number("usage-warn-percent", { min: 1, max: 100 });
  const maxAgeDays =
    optional("max-age-days") === undefined ? undefined : number("max-age-days", { min: 1, max: 3650 });

  const flag = get("require-system-user")!.trim();
  const requireSystemUser = /^(true|yes|1)$/i.test(flag);
  if (!requireSystemUser && !/^(false|no|0)$/i.test(flag)) {
    problems.push(`require-system-user must be true or false, not "${flag}"`);
  }

  const { graphApiVersion, graphApiUrl, timeoutSeconds, app } = connection(raw, problems, now);

  if (problems.length > 0) throw new SettingsError(problems);
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

export interface ConnectionSettings {
  graphApiVersion: string;
  graphApiUrl: string;
  timeoutSeconds: number;
  /** The app's credentials: the token is inspected with the app token, and calls are signed. */
  app?: { id: string; secret: string };
}

/** How to reach the Graph API (and as which app): for callers that check tokens without the rest. */
export function parseConnection(raw: RawOptions): ConnectionSettings {
  const problems: string[] = [];
  const settings = connection(raw, problems);
  if (problems.length > 0) throw new SettingsError(problems);
  return settings;
}

function connection(raw: RawOptions, problems: string[], now = new Date()): ConnectionSettings {
  const value = (name: "graph-api-version" | "graph-api-url" | "timeout-seconds") =>
    raw[name]?.trim() || OPTION_DEFAULTS[name];
  const appId = raw["app-id"]?.trim() || undefined;
  const appSecret = trimPadding(raw["app-secret"] ?? "") || undefined;
  // Neither value is echoed: a swapped pair would print the secret.
  if (appId !== undefined && !/^\d{5,20}$/.test(appId)) {
    problems.push(
      /^[0-9a-f]{32}$/i.test(appId)
        ? "app-id holds what looks like an app secret: are app-id and app-secret swapped? app-id is the app's numeric id"
        : "app-id must be the app's numeric id (App settings → Basic)",
    );
  }
  const secretText = appSecret === undefined ? undefined : secretTextProblem("app-secret", appSecret);
  if (secretText) problems.push(secretText);
  else if (appSecret !== undefined && !/^[0-9a-f]{32}$/.test(appSecret)) {
    problems.push(
      /^\d{5,20}$/.test(appSecret)
        ? "app-secret holds what looks like an app id: are app-id and app-secret swapped? app-secret is the 32 lowercase hexadecimal characters from App settings → Basic"
        : "app-secret must be the 32 lowercase hexadecimal characters from App settings → Basic",
    );
  }
  if ((appId === undefined) !== (appSecret === undefined)) {
    problems.push("app-id and app-secret go together: set both, or neither");
  }
  const graphApiVersion = value("graph-api-version");
  const versionProblem = graphApiVersionProblem(graphApiVersion, now);
  if (versionProblem) problems.push(versionProblem);
  const graphApiUrl = value("graph-api-url").replace(/\/+$/, "");
  const urlProblem = baseUrlProblem("graph-api-url", graphApiUrl);
  if (urlProblem) problems.push(urlProblem);
  const timeoutSeconds = parseNumber(
    "timeout-seconds",
    value("timeout-seconds"),
    { min: 1, max: 600 },
    problems,
  );
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
function isCredentialShaped(value: string, token: string): boolean {
  return value === token || /^[0-9a-f]{32}$/i.test(value) || detect(value).length > 0;
}

/**
 * A version Meta released (the table in versions.ts, from graph-api.md section 8), or an old one
 * (the version check fails it with its end date). A version newer than the newest known does not
 * exist yet (`v99.0` is a typo), except the next one once it may have come out (releases are at
 * least three months apart): the version check then says this release's table does not know it.
 */
function graphApiVersionProblem(version: string, now: Date): string | undefined {
  if (!/^v[1-9]\d{0,2}\.0$/.test(version)) {
    return `graph-api-version must look like ${LATEST_VERSION}, not "${version}"`;
  }
  const status = versionStatus(version);
  if (status.known || !status.newer) return undefined;
  const next = `v${Number(/^v(\d+)/.exec(LATEST_VERSION)![1]) + 1}.0`;
  if (version === next && now > nextReleasePossibleFrom()) return undefined;
  return `graph-api-version ${version} is not a released Graph API version: the newest is ${LATEST_VERSION} (released ${VERSION_TABLE.versions[0].released})`;
}
