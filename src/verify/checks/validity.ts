import {
  explain,
  type GraphCallError,
  type GraphErrorBody,
  GraphRefusedError,
  isAuthError,
} from "../../graph/errors.js";
import type { Check } from "../check.js";
import { type Facts, isUnanswered } from "../facts.js";
import { iso, timeLeft } from "../time-left.js";

const TITLE = "Token is valid";
const NEW_TOKEN =
  "Create a new token (a 60-day system-user token, which wa-token-guard can rotate) and update the secret.";

/** Expired, revoked, logged out…: Meta's auth subcodes. Its own fix is the recipe at the end. */
function isDeadSession(error: GraphErrorBody): boolean {
  const subcode = error.error_subcode ?? error.subcode;
  return (error.code === 190 || error.code === 102 || error.code === 0) && subcode !== undefined;
}

/** Decides whether anything else can be judged: a valid token, an invalid one, or no answer. */
export function validityCheck(facts: Facts): Check {
  const data = facts.token;
  const now = facts.now.getTime() / 1000;
  if (!data) {
    const error = facts.tokenError;
    if (!error) return { id: "valid", title: TITLE, status: "unanswered", value: "not asked" };
    if (isUnanswered(error)) {
      return {
        id: "valid",
        title: TITLE,
        status: "unanswered",
        value: `unknown: ${error.explanation.meaning}`,
        fix: error.explanation.fix,
      };
    }
    const { meaning, fix } = error.explanation;
    return {
      id: "valid",
      title: TITLE,
      status: "failed",
      value: `no: ${meaning}`,
      fix,
      recipes: ["system-user"],
    };
  }
  if (!data.is_valid) {
    const { meaning, fix } = data.error
      ? explain(data.error)
      : { meaning: "the token is not valid", fix: NEW_TOKEN };
    const when =
      data.expires_at && data.expires_at < now
        ? ` (${iso(data.expires_at)}, ${timeLeft(data.expires_at - now)})`
        : "";
    return {
      id: "valid",
      title: TITLE,
      status: "failed",
      value: `no, ${meaning}${when}`,
      fix: data.error && isDeadSession(data.error) ? NEW_TOKEN : fix,
      recipes: ["system-user"],
    };
  }
  // debug_token can call a token valid that data calls refuse (data access expired, revoked since):
  // the calls that matter are the judge.
  const refusal = deadOnDataCall(facts);
  if (refusal) {
    return {
      id: "valid",
      title: TITLE,
      status: "failed",
      value: `no: debug_token calls it valid, but ${refusal.call} was refused: ${refusal.error.explanation.meaning}`,
      fix: NEW_TOKEN,
      recipes: ["system-user"],
    };
  }
  return { id: "valid", title: TITLE, status: "ok", value: "yes" };
}

/** A data call refused because the token itself is dead (code 190, 102 or 0). */
function deadOnDataCall(facts: Facts): { call: string; error: GraphCallError } | undefined {
  const calls = [
    { call: "reading the phone number", error: facts.phoneError },
    { call: "sending the test message", error: facts.messageError },
  ];
  for (const { call, error } of calls) {
    if (error instanceof GraphRefusedError && isAuthError(error.graph)) return { call, error };
  }
  return undefined;
}
