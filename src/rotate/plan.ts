/**
 * The rotation's decisions, pure: whether the token is due and how it would be renewed, whether
 * a check the token fails already rules a new one out (told before Meta is asked, so that no
 * token is minted only to be thrown away), and whether a new token is at least as good as the
 * old one.
 */
import type { TokenData } from "../graph/replies.js";
import type { CheckId } from "../verify/check.js";
import type { Facts } from "../verify/facts.js";
import type { VerifySettings } from "../verify/settings.js";
import type { Verdict } from "../verify/verdict.js";
import type { RotationPolicy } from "./settings.js";

const DAY_MS = 86_400_000;

export type Plan = { kind: "refresh" } | { kind: "generate"; systemUserId: string; adminToken: string };
export type Skip = { kind: "skip"; note: string };

/**
 * What a new token inherits from the old one (its kind, app, permissions, assets): when the old
 * token fails one of these, the new one would fail it too.
 */
const INHERITED: ReadonlySet<CheckId> = new Set([
  "input",
  "valid",
  "type",
  "app",
  "scopes",
  "least-privilege",
  "assets",
]);
/** What rotation renews: the new token must pass these, whatever the old one did. */
const RENEWED: ReadonlySet<CheckId> = new Set(["expiry", "data-access", "age"]);

/** Whether the token is due, and how it would be renewed. */
export function planRotation(
  facts: Facts,
  policy: RotationPolicy,
  settings: Pick<VerifySettings, "maxAgeDays">,
  now: Date,
): Plan | Skip {
  const data = facts.token;
  if (!data) return { kind: "skip", note: "not rotated: the token could not be inspected" };
  if (!data.is_valid) {
    return {
      kind: "skip",
      note: "not rotated: an invalid or expired token cannot be refreshed; generate a new one (Business Settings → System users) and store it",
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
    if (policy.force || left < policy.rotateDays * DAY_MS) return { kind: "refresh" };
    return {
      kind: "skip",
      note: `not due: ${Math.floor(left / DAY_MS)} days left; it is refreshed when fewer than ${policy.rotateDays} (rotate-days) remain`,
    };
  }
  const age = data.issued_at ? now.getTime() - data.issued_at * 1000 : undefined;
  const old =
    policy.force ||
    (settings.maxAgeDays !== undefined && age !== undefined && age > settings.maxAgeDays * DAY_MS);
  if (!old) {
    return {
      kind: "skip",
      note:
        settings.maxAgeDays === undefined
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
export function inheritedFailure(before: Verdict): Skip | undefined {
  const failed = before.checks.find((check) => check.status === "failed" && INHERITED.has(check.id));
  if (!failed) return undefined;
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
export function newTokenProblem(before: Verdict, after: Verdict): string | undefined {
  if (after.unanswered && after.token.valid === undefined) {
    return "the new token could not be checked (the Graph API did not answer)";
  }
  const statusBefore = new Map(before.checks.map((check) => [check.id, check.status]));
  const blocking = after.checks.find(
    (check) =>
      check.status === "failed" &&
      (INHERITED.has(check.id) || RENEWED.has(check.id) || statusBefore.get(check.id) !== "failed"),
  );
  return blocking ? `${blocking.title}: ${blocking.value}` : undefined;
}

/**
 * Why the new token cannot take the old one's place, or undefined when it can: it must belong to
 * the same user, carry every scope the old one has, and expire later (or never). The checks
 * alone do not say this: required-scopes may ask for fewer scopes than the old token has, and a
 * token of another system user or an older one passes them too, yet storing it (and revoking
 * the old one) takes something away that worked.
 */
export function successorProblem(old: TokenData, fresh: TokenData | undefined): string | undefined {
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
  if (freshExpiry === undefined) return "Meta did not say when the new token expires";
  // 0 is "never". A never-expiring token is only replaced by another one that never expires.
  const later = freshExpiry === 0 || (oldExpiry !== undefined && oldExpiry !== 0 && freshExpiry > oldExpiry);
  if (!later) {
    return `the new token expires ${when(freshExpiry)}, not later than the old one (${when(oldExpiry)})`;
  }
  return undefined;
}

const when = (seconds: number | undefined) =>
  seconds === undefined
    ? "at an unknown time"
    : seconds === 0
      ? "never"
      : new Date(seconds * 1000).toISOString().replace(/\.\d+Z$/, "Z");
