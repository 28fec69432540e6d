/**
 * The verdict: facts + settings + now -> checks. Pure, so every rule below is unit-tested
 * without a network. Each check says what was seen and, when it is not ok, what to do.
 */
import { explain } from "../graph/errors.js";
import type { Facts, TokenData } from "./facts.js";
import { WHATSAPP_SCOPES } from "./permissions.js";
import type { VerifySettings } from "./settings.js";
import { endOfLife, isAncient, LATEST_VERSION } from "./versions.js";

export type CheckStatus = "ok" | "warning" | "failed" | "skipped";
export type Status = "ok" | "warning" | "failed";

export interface Check {
  id: string;
  title: string;
  status: CheckStatus;
  /** What was seen. Text from the API: escape it before putting it into HTML. */
  value: string;
  /** What to do, when the status is not ok. */
  advice?: string;
}

export const OUTPUT_NAMES = [
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
] as const;
export type Outputs = Record<(typeof OUTPUT_NAMES)[number], string>;

export interface Verdict {
  status: Status;
  /** One line: why the status is what it is, and what to do. */
  reason: string;
  checks: Check[];
  outputs: Outputs;
  /** When the token expires (undefined: never, or unknown). */
  expiresAt?: Date;
  daysLeft?: number;
}

const DAY = 86_400;
export const SYSTEM_USER_STEPS =
  "Business Settings -> Users -> System users -> Add (admin) -> Assign assets: the app and the WhatsApp account -> Generate new token with whatsapp_business_messaging and whatsapp_business_management, expiration Never";

export function evaluate(settings: VerifySettings, facts: Facts): Verdict {
  const checks: Check[] = [];
  const add = (check: Check) => checks.push(check);
  const now = facts.now.getTime() / 1000;
  const data = facts.token;

  if (settings.tokenWasPadded) {
    add({
      id: "input",
      title: "Token input",
      status: "warning",
      value: "had spaces or a line break around it (removed)",
      advice: "Store the secret without surrounding whitespace: some clients send it as it is and fail.",
    });
  }

  // Validity decides whether anything else can be judged.
  if (!data) {
    const error = facts.tokenError;
    const explanation = error?.explanation;
    add({
      id: "valid",
      title: "Token is valid",
      status: "failed",
      value: error?.unreachable ? "could not ask the Graph API" : (explanation?.meaning ?? "unknown"),
      advice: explanation ? `${error?.unreachable ? `${error.message}. ` : ""}${explanation.fix}` : undefined,
    });
    return finish(settings, checks, facts);
  }
  if (!data.is_valid) {
    const explanation = data.error
      ? explain(data.error)
      : { meaning: "the token is not valid", fix: SYSTEM_USER_STEPS };
    add({
      id: "valid",
      title: "Token is valid",
      status: "failed",
      value: `no: ${explanation.meaning}`,
      advice: explanation.fix,
    });
    return finish(settings, checks, facts);
  }
  add({ id: "valid", title: "Token is valid", status: "ok", value: "yes" });

  add(typeCheck(settings, data));
  if (settings.app) {
    const same = data.app_id === settings.app.id;
    add({
      id: "app",
      title: "Belongs to the app",
      status: same ? "ok" : "failed",
      value: same
        ? `${data.application ?? "app"} (${data.app_id})`
        : `no: it belongs to app ${data.app_id ?? "unknown"}`,
      ...(!same && { advice: `Generate the token in the app ${settings.app.id}, or correct app-id.` }),
    });
  }

  const granted = new Set(data.scopes ?? []);
  const missing = settings.requiredScopes.filter((scope) => !granted.has(scope));
  add({
    id: "scopes",
    title: "Required permissions",
    status: missing.length === 0 ? "ok" : "failed",
    value:
      missing.length === 0
        ? settings.requiredScopes.join(", ") || "none required"
        : `missing: ${missing.join(", ")}`,
    ...(missing.length > 0 && {
      advice: `Generate a new token with ${missing.join(" and ")} ticked (${SYSTEM_USER_STEPS}).`,
    }),
  });

  add(assetCheck(settings, data));
  for (const check of expiryChecks(settings, data, now)) add(check);
  if (settings.maxAgeDays !== undefined && data.issued_at) {
    const age = Math.floor((now - data.issued_at) / DAY);
    const old = age > settings.maxAgeDays;
    add({
      id: "age",
      title: "Token age",
      status: old ? "warning" : "ok",
      value: `${age} days (issued ${iso(data.issued_at)})`,
      ...(old && {
        advice: `Rotate it: older than max-age-days (${settings.maxAgeDays}). Generate a new token and update the secret.`,
      }),
    });
  }
  return finish(settings, checks, facts);
}

function typeCheck(settings: VerifySettings, data: TokenData): Check {
  const type = data.type ?? "unknown";
  if (type === "SYSTEM_USER") return { id: "type", title: "Token type", status: "ok", value: "system user" };
  if (type === "USER") {
    return {
      id: "type",
      title: "Token type",
      status: settings.requireSystemUser ? "failed" : "warning",
      value: "user token",
      advice: `A user token is usually the temporary one from App Dashboard -> WhatsApp -> API Setup, which expires within 24 hours, or dies with its user's session. Use a system-user token: ${SYSTEM_USER_STEPS}.`,
    };
  }
  if (type === "APP") {
    return {
      id: "type",
      title: "Token type",
      status: "failed",
      value: "app token",
      advice: `An app token cannot send WhatsApp messages. Use a system-user token: ${SYSTEM_USER_STEPS}.`,
    };
  }
  return {
    id: "type",
    title: "Token type",
    status: settings.requireSystemUser ? "failed" : "warning",
    value: type.toLowerCase(),
    advice: `WhatsApp bots should use a system-user token: ${SYSTEM_USER_STEPS}.`,
  };
}

/** granular_scopes: no target_ids means every asset; otherwise the WhatsApp accounts listed. */
function assetCheck(settings: VerifySettings, data: TokenData): Check {
  const grants = (data.granular_scopes ?? []).filter((grant) => WHATSAPP_SCOPES.includes(grant.scope));
  const targets = (scope: string) => grants.find((grant) => grant.scope === scope)?.target_ids;
  const describe = () =>
    grants.length === 0
      ? "no WhatsApp grants listed"
      : grants
          .map(
            (grant) => `${grant.scope}: ${grant.target_ids ? grant.target_ids.join(", ") : "all accounts"}`,
          )
          .join("; ");
  if (!settings.wabaId) return { id: "assets", title: "WhatsApp accounts", status: "ok", value: describe() };
  const wabaId = settings.wabaId;
  const lacking = WHATSAPP_SCOPES.filter((scope) => {
    if (!(data.scopes ?? []).includes(scope)) return false; // reported by the permission check
    const ids = targets(scope);
    return ids !== undefined && !ids.includes(wabaId);
  });
  return lacking.length === 0
    ? { id: "assets", title: `Reaches WhatsApp account ${wabaId}`, status: "ok", value: describe() }
    : {
        id: "assets",
        title: `Reaches WhatsApp account ${wabaId}`,
        status: "failed",
        value: `no: ${describe()}`,
        advice: `Assign the WhatsApp account ${wabaId} to the system user (Business Settings -> Users -> System users -> Assign assets), then generate a new token.`,
      };
}

function expiryChecks(settings: VerifySettings, data: TokenData, now: number): Check[] {
  const checks: Check[] = [];
  const judge = (id: string, title: string, at: number | undefined, what: string) => {
    if (!at) {
      checks.push({ id, title, status: "ok", value: "never" });
      return;
    }
    const left = at - now;
    const days = Math.floor(left / DAY);
    const value = left <= 0 ? `expired ${iso(at)}` : `${iso(at)} (${days} day${days === 1 ? "" : "s"} left)`;
    const status =
      left <= 0 || left < settings.failDays * DAY
        ? "failed"
        : left < settings.warnDays * DAY
          ? "warning"
          : "ok";
    checks.push({
      id,
      title,
      status,
      value,
      ...(status !== "ok" && {
        advice: `${what} Replace it before ${iso(at)} with a token that does not expire (${SYSTEM_USER_STEPS}), or refresh a 60-day system-user token (GET /oauth/access_token?grant_type=fb_exchange_token&set_token_expires_in_60_days=true).`,
      }),
    });
  };
  judge("expiry", "Expires", data.expires_at, "The bot stops sending when the token expires.");
  if (data.data_access_expires_at) {
    judge(
      "data-access",
      "Data access expires",
      data.data_access_expires_at,
      "Data calls fail when data access expires.",
    );
  }
  return checks;
}

function versionCheck(settings: VerifySettings, now: Date): Check {
  const version = settings.graphApiVersion;
  const end = endOfLife(version);
  const title = "Graph API version";
  if (end === null) {
    return isAncient(version)
      ? {
          id: "version",
          title,
          status: "warning",
          value: `${version}: no longer available`,
          advice: `Use ${LATEST_VERSION}.`,
        }
      : {
          id: "version",
          title,
          status: "ok",
          value: `${version} (newer than the versions this release knows)`,
        };
  }
  if (end === undefined)
    return { id: "version", title, status: "ok", value: `${version} (no end of life announced)` };
  const daysLeft = Math.floor((end.getTime() - now.getTime()) / 1000 / DAY);
  if (daysLeft < 0) {
    return {
      id: "version",
      title,
      status: "warning",
      value: `${version}: ended ${end.toISOString().slice(0, 10)}; Meta serves the next version instead`,
      advice: `Move to ${LATEST_VERSION} (graph-api-version) and check your code against the changelog.`,
    };
  }
  if (daysLeft < 90) {
    return {
      id: "version",
      title,
      status: "warning",
      value: `${version}: ends ${end.toISOString().slice(0, 10)} (${daysLeft} days)`,
      advice: `Move to ${LATEST_VERSION} before then.`,
    };
  }
  return {
    id: "version",
    title,
    status: "ok",
    value: `${version} (until ${end.toISOString().slice(0, 10)})`,
  };
}

function phoneCheck(settings: VerifySettings, facts: Facts): Check | undefined {
  if (!settings.phoneNumberId) return undefined;
  const title = `Phone number ${settings.phoneNumberId}`;
  if (facts.phoneError) {
    const { meaning, fix } = facts.phoneError.explanation;
    return { id: "phone", title, status: "failed", value: meaning, advice: fix };
  }
  const phone = facts.phone;
  if (!phone) return { id: "phone", title, status: "skipped", value: "not checked: the token failed" };
  const parts = [
    phone.display_phone_number,
    phone.verified_name,
    phone.quality_rating && `quality ${phone.quality_rating}`,
  ]
    .filter(Boolean)
    .join(", ");
  const problems: string[] = [];
  if (phone.quality_rating === "RED") problems.push("quality rating is RED: messaging limits may drop");
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
        advice: "See WhatsApp Manager -> Phone numbers.",
      };
}

function messageCheck(settings: VerifySettings, facts: Facts): Check | undefined {
  if (!settings.test) return undefined;
  const what = settings.test.text
    ? "text message"
    : `template ${settings.test.template} (${settings.test.language})`;
  const title = `Test message (${what})`;
  if (facts.messageError) {
    const { meaning, fix } = facts.messageError.explanation;
    return { id: "message", title, status: "failed", value: meaning, advice: fix };
  }
  if (!facts.message)
    return { id: "message", title, status: "skipped", value: "not sent: the checks above failed" };
  const status = facts.message.status ? ` (${facts.message.status})` : "";
  return { id: "message", title, status: "ok", value: `accepted: ${facts.message.id}${status}` };
}

function finish(settings: VerifySettings, checks: Check[], facts: Facts): Verdict {
  checks.push(versionCheck(settings, facts.now));
  const phone = phoneCheck(settings, facts);
  if (phone) checks.push(phone);
  const message = messageCheck(settings, facts);
  if (message) checks.push(message);

  const failed = checks.find((check) => check.status === "failed");
  const warning = checks.find((check) => check.status === "warning");
  const status: Status = failed ? "failed" : warning ? "warning" : "ok";
  const first = failed ?? warning;
  const reason = first
    ? `${first.title}: ${first.value}.${first.advice ? ` ${first.advice}` : ""}`
    : "The token is valid, has the required permissions and does not expire soon.";
  const data = facts.token;
  const expiresAt = data?.expires_at ? new Date(data.expires_at * 1000) : undefined;
  const daysLeft = data?.expires_at
    ? Math.floor((data.expires_at - facts.now.getTime() / 1000) / DAY)
    : undefined;
  const granted = data?.scopes ?? [];
  const outputs: Outputs = {
    status,
    valid: data ? String(data.is_valid) : "",
    "token-type": data?.type ?? "",
    "app-id": data?.app_id ?? "",
    application: data?.application ?? "",
    scopes: granted.join(","),
    "missing-scopes": data
      ? settings.requiredScopes.filter((scope) => !granted.includes(scope)).join(",")
      : "",
    "expires-at":
      !data?.is_valid && !data?.expires_at ? "" : data?.expires_at ? iso(data.expires_at) : "never",
    "days-left": daysLeft === undefined ? "" : String(daysLeft),
    "data-access-expires-at": data?.data_access_expires_at
      ? iso(data.data_access_expires_at)
      : data
        ? "never"
        : "",
    "issued-at": data?.issued_at ? iso(data.issued_at) : "",
    "phone-number": facts.phone?.display_phone_number ?? "",
    "quality-rating": facts.phone?.quality_rating ?? "",
    "message-id": facts.message?.id ?? "",
  };
  return {
    status,
    reason,
    checks,
    outputs,
    ...(expiresAt && { expiresAt }),
    ...(daysLeft !== undefined && { daysLeft }),
  };
}

const iso = (seconds: number) => new Date(seconds * 1000).toISOString().replace(".000Z", "Z");
