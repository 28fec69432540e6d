import type { Check } from "../check.js";
import type { TokenData } from "../facts.js";
import { duration } from "../time-left.js";
import type { CheckInput } from "./input.js";

const TITLE = "Token type";
const USE_SYSTEM_USER = "Use a system-user token with a 60-day expiry, renewed by `rotate: true`.";

/**
 * The 24-hour token from App Dashboard → WhatsApp → API Setup is a user token that lives a day;
 * a bot that ships with it stops the next day. Its expiry is a symptom: the cause is its kind.
 */
export function isApiSetupToken(data: TokenData, now: number): boolean {
  if (data.type !== "USER" || !data.expires_at) return false;
  const lifetime = data.issued_at ? data.expires_at - data.issued_at : data.expires_at - now;
  return lifetime > 0 && lifetime <= 25 * 3600;
}

export function tokenTypeCheck({ settings, token: data, now }: CheckInput): Check {
  const type = data.type ?? "unknown";
  const strict = settings.requireSystemUser ? "failed" : "warning";
  if (type === "SYSTEM_USER") return { id: "type", title: TITLE, status: "ok", value: "system user" };
  if (type === "USER" && isApiSetupToken(data, now)) {
    const left = data.expires_at! - now;
    return {
      id: "type",
      title: TITLE,
      status: strict,
      value: `the temporary user token from API Setup (${left > 0 ? `expires in ${duration(left)}` : "expired"})`,
      fix: USE_SYSTEM_USER,
      recipes: ["system-user"],
      cause: `This is the 24-hour user token from App Dashboard → WhatsApp → API Setup${left > 0 ? "" : ", and it has expired"}: replace it with a system-user token.`,
    };
  }
  if (type === "USER") {
    return {
      id: "type",
      title: TITLE,
      status: strict,
      value: "user token (it dies with its user's session)",
      fix: USE_SYSTEM_USER,
      recipes: ["system-user"],
    };
  }
  if (type === "APP") {
    return {
      id: "type",
      title: TITLE,
      status: "failed",
      value: "app token (it cannot send WhatsApp messages)",
      fix: USE_SYSTEM_USER,
      recipes: ["system-user"],
    };
  }
  return {
    id: "type",
    title: TITLE,
    status: strict,
    // As Meta sent it (capped at the client): a transformed value could carry a secret past the scrubber.
    value: `type ${type}, not a system-user token`,
    fix: USE_SYSTEM_USER,
    recipes: ["system-user"],
  };
}
