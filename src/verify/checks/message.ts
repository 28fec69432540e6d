import { GraphUnansweredError } from "../../graph/errors.js";
import type { Check } from "../check.js";
import { type Facts, isUnanswered } from "../facts.js";
import type { VerifySettings } from "../settings.js";

export function messageCheck(settings: VerifySettings, facts: Facts): Check | undefined {
  if (!settings.test) return undefined;
  const what = settings.test.text
    ? "text message"
    : `template ${settings.test.template} (${settings.test.language})`;
  const title = `Test message (${what})`;
  const error = facts.messageError;
  if (error) {
    const { meaning, fix } = error.explanation;
    if (!isUnanswered(error)) return { id: "message", title, status: "failed", value: meaning, fix };
    // A rate-limit refusal or a connection never made: Meta did not take the message. Anything
    // else after the request went out (no answer, a dropped connection, a 5xx, a reply we cannot
    // read) may have been sent: say so, and that another run may send a second one.
    const notSent =
      (error instanceof GraphUnansweredError && error.rateLimited) || error.requestSent === false;
    return notSent
      ? { id: "message", title, status: "unanswered", value: `not sent: ${meaning}`, fix }
      : {
          id: "message",
          title,
          status: "unanswered",
          value: `unknown whether it was sent: ${meaning}`,
          fix: "Check the recipient's phone before running again, since another run may send a second message.",
        };
  }
  if (!facts.message)
    return { id: "message", title, status: "skipped", value: "not sent: the checks above did not pass" };
  const status = facts.message.status;
  if (status === undefined || status === "accepted")
    return { id: "message", title, status: "ok", value: `accepted: ${facts.message.id}` };
  // Template pacing: Meta holds a new template's first sends while it judges their quality
  // (`held_for_quality_assessment`), or another status it does not document here. Taken, not sent.
  return {
    id: "message",
    title,
    status: "warning",
    value: `taken but not sent yet (Meta: ${status}): ${facts.message.id}`,
    fix: "Meta is pacing this template; check the recipient's phone later, or test with a template already in use.",
  };
}
