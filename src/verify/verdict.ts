/**
 * The verdict: settings + facts -> checks -> one status. Pure, so every rule is unit-tested
 * without a network. One function per check (checks/*.ts); this file only orders them and
 * reduces them. The verdict carries flags and typed data, never display text to key on.
 */
import { fingerprint } from "../detect/redact.js";
import { type Check, endSentence, type Status } from "./check.js";
import { ageCheck } from "./checks/age.js";
import { appCheck } from "./checks/app.js";
import { assetsCheck } from "./checks/assets.js";
import { expiryChecks } from "./checks/expiry.js";
import type { CheckFunction, CheckInput } from "./checks/input.js";
import { leastPrivilegeCheck } from "./checks/least-privilege.js";
import { messageCheck } from "./checks/message.js";
import { phoneCheck } from "./checks/phone.js";
import { rateLimitCheck } from "./checks/rate-limit.js";
import { missingScopes, scopesCheck } from "./checks/scopes.js";
import { tokenInputCheck } from "./checks/token-input.js";
import { isApiSetupToken, tokenTypeCheck } from "./checks/token-type.js";
import { validityCheck } from "./checks/validity.js";
import { versionCheck } from "./checks/version.js";
import type { Facts } from "./facts.js";
import type { VerifySettings } from "./settings.js";

/** What is known about the token, typed (the action names these as outputs). */
export interface TokenReport {
  /** undefined: the Graph API could not be asked. */
  valid?: boolean;
  type?: string;
  appId?: string;
  application?: string;
  scopes: string[];
  /** undefined when the token could not be read. */
  missingScopes?: string[];
  /** Unix seconds; 0 never; undefined unknown. */
  expiresAt?: number;
  dataAccessExpiresAt?: number;
  issuedAt?: number;
  phoneNumber?: string;
  qualityRating?: string;
  messageId?: string;
  /** A hash of the token (never the token): tells whether two places hold the same one. */
  fingerprint: string;
}

export interface Verdict {
  status: Status;
  /** Some question got no answer (unreachable, timeout, rate limit, 5xx): nothing is known about it. */
  unanswered: boolean;
  /** One line: why the status is what it is, and what to do. */
  headline: string;
  checks: Check[];
  token: TokenReport;
  /** Whole days until the token expires (undefined: never, or unknown). */
  daysLeft?: number;
  /** Seconds until the token expires (negative: ago). */
  secondsLeft?: number;
}

/** The checks that judge a valid token, in report order. */
const TOKEN_CHECKS: CheckFunction[] = [
  tokenTypeCheck,
  appCheck,
  scopesCheck,
  leastPrivilegeCheck,
  assetsCheck,
  expiryChecks,
  ageCheck,
];

export function evaluate(settings: VerifySettings, facts: Facts): Verdict {
  const checks: Check[] = [];
  const add = (check: Check | Check[] | undefined) => {
    if (check) checks.push(...(Array.isArray(check) ? check : [check]));
  };
  add(tokenInputCheck(settings));
  const validity = validityCheck(facts);
  add(validity);
  if (facts.token) {
    const input: CheckInput = { settings, facts, token: facts.token, now: facts.now.getTime() / 1000 };
    if (validity.status === "ok") for (const check of TOKEN_CHECKS) add(check(input));
    // An expired API Setup token: its kind is the cause, its expiry only the symptom.
    else if (isApiSetupToken(facts.token, input.now)) add(tokenTypeCheck(input));
  }
  add(versionCheck(settings, facts.now));
  add(rateLimitCheck(facts.usage, settings.usageWarnPercent));
  add(phoneCheck(settings, facts));
  add(messageCheck(settings, facts));
  const token = tokenReport(settings, facts);
  const secondsLeft = token.expiresAt ? token.expiresAt - facts.now.getTime() / 1000 : undefined;
  return reduce(checks, token, secondsLeft);
}

/** The verdict with one more check (one judged outside, like the expiry watch's shared token). */
export function withCheck(verdict: Verdict, check: Check): Verdict {
  return reduce([...verdict.checks, check], verdict.token, verdict.secondsLeft);
}

/**
 * The verdict with each check's advice (its fix and cause, our own text) passed through `spell`,
 * and the headline made again from them: the CLI names options as flags (cli/flag-names.ts).
 */
export function withAdvice(verdict: Verdict, spell: (text: string) => string): Verdict {
  const checks = verdict.checks.map((check) => ({
    ...check,
    ...(check.fix !== undefined && { fix: spell(check.fix) }),
    ...(check.cause !== undefined && { cause: spell(check.cause) }),
  }));
  return reduce(checks, verdict.token, verdict.secondsLeft);
}

function reduce(checks: Check[], token: TokenReport, secondsLeft: number | undefined): Verdict {
  const first = (status: Check["status"]) => checks.find((check) => check.status === status);
  const failed = first("failed");
  const unanswered = first("unanswered");
  const warning = first("warning");
  const status: Status = failed ? "failed" : unanswered ? "unanswered" : warning ? "warning" : "ok";
  const cause = checks.find((check) => check.cause && check.status !== "ok");
  const lead = failed ?? unanswered ?? warning;
  const headline = cause?.cause
    ? cause.cause
    : lead
      ? `${lead.title}: ${endSentence(lead.value)}${lead.fix ? ` ${lead.fix}` : ""}`
      : "The token is valid, has the required permissions and does not expire soon.";
  return {
    status,
    unanswered: unanswered !== undefined,
    headline,
    checks,
    token,
    ...(secondsLeft !== undefined && { secondsLeft, daysLeft: Math.floor(secondsLeft / 86_400) }),
  };
}

function tokenReport(settings: VerifySettings, facts: Facts): TokenReport {
  const data = facts.token;
  const validity = validityCheck(facts).status;
  const answered = data !== undefined || (facts.tokenError !== undefined && validity === "failed");
  return {
    // Valid only when every call agreed: a data call refusing the token as dead makes it false.
    ...(answered && { valid: validity === "ok" }),
    ...(data?.type !== undefined && { type: data.type }),
    ...(data?.app_id !== undefined && { appId: data.app_id }),
    ...(data?.application !== undefined && { application: data.application }),
    scopes: data?.scopes ?? [],
    ...(data && { missingScopes: missingScopes(settings.requiredScopes, data) }),
    ...(data?.expires_at !== undefined && { expiresAt: data.expires_at }),
    ...(data?.data_access_expires_at !== undefined && { dataAccessExpiresAt: data.data_access_expires_at }),
    ...(data?.issued_at !== undefined && { issuedAt: data.issued_at }),
    ...(facts.phone?.display_phone_number !== undefined && { phoneNumber: facts.phone.display_phone_number }),
    ...(facts.phone?.quality_rating !== undefined && { qualityRating: facts.phone.quality_rating }),
    ...(facts.message && { messageId: facts.message.id }),
    fingerprint: fingerprint(settings.token),
  };
}
