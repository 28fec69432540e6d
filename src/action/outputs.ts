/**
 * The action's outputs: the verdict's typed data, named and formatted for workflows. Every name
 * here is in action.yml, and every value is documented in docs/action.md.
 */
import { iso } from "../verify/time-left.js";
import type { Verdict } from "../verify/verdict.js";

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

/** `never` for 0 (Meta's "does not expire"), empty when unknown. */
const when = (seconds: number | undefined) =>
  seconds === undefined ? "" : seconds === 0 ? "never" : iso(seconds);

export function actionOutputs(verdict: Verdict): Outputs {
  const token = verdict.token;
  return {
    status: verdict.status,
    valid: token.valid === undefined ? "" : String(token.valid),
    "token-type": token.type ?? "",
    "app-id": token.appId ?? "",
    application: token.application ?? "",
    scopes: token.scopes.join(","),
    "missing-scopes": token.missingScopes?.join(",") ?? "",
    "expires-at": when(token.expiresAt),
    "days-left": verdict.daysLeft === undefined ? "" : String(verdict.daysLeft),
    "data-access-expires-at": when(token.dataAccessExpiresAt),
    "issued-at": token.issuedAt ? iso(token.issuedAt) : "",
    "phone-number": token.phoneNumber ?? "",
    "quality-rating": token.qualityRating ?? "",
    "message-id": token.messageId ?? "",
  };
}
