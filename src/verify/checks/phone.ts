import type { Check } from "../check.js";
import { type Facts, isUnanswered } from "../facts.js";
import type { VerifySettings } from "../settings.js";

export function phoneCheck(settings: VerifySettings, facts: Facts): Check | undefined {
  if (!settings.phoneNumberId) return undefined;
  const title = `Phone number ${settings.phoneNumberId}`;
  if (facts.phoneError) {
    const { meaning, fix } = facts.phoneError.explanation;
    return isUnanswered(facts.phoneError)
      ? { id: "phone", title, status: "unanswered", value: `unknown: ${meaning}`, fix }
      : { id: "phone", title, status: "failed", value: meaning, fix };
  }
  const phone = facts.phone;
  if (!phone)
    return { id: "phone", title, status: "skipped", value: "not checked: the token check did not pass" };
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
        fix: "See WhatsApp Manager → Phone numbers.",
      };
}
