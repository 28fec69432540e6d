import type { Check } from "../check.js";
import { type Facts, isUnanswered } from "../facts.js";
import type { VerifySettings } from "../settings.js";

export function messageCheck(settings: VerifySettings, facts: Facts): Check | undefined {
  if (!settings.test) return undefined;
  const what = settings.test.text
    ? "text message"
    : `template ${settings.test.template} (${settings.test.language})`;
  const title = `Test message (${what})`;
  if (facts.messageError) {
    const { meaning, fix } = facts.messageError.explanation;
    return isUnanswered(facts.messageError)
      ? { id: "message", title, status: "unanswered", value: `unknown: ${meaning}`, fix }
      : { id: "message", title, status: "failed", value: meaning, fix };
  }
  if (!facts.message)
    return { id: "message", title, status: "skipped", value: "not sent: the checks above did not pass" };
  const status = facts.message.status ? ` (${facts.message.status})` : "";
  return { id: "message", title, status: "ok", value: `accepted: ${facts.message.id}${status}` };
}
