/**
 * `meta-access-token`: user, page and system-user tokens of any app. `EAA` and at least 90 more
 * alphanumerics, no keyword needed; the 4th character is an app-id range, not a token type.
 */
import { appIdFromAccessToken } from "../app-id.js";
import { ALNUM, literal, repeat } from "../hints.js";
import { looksLikePlaceholder } from "../placeholders.js";
import { type ContentRule, type Hit, isAlnum, REVOKE_TOKEN } from "./rule.js";

// The upper bound keeps V8's backtracking stack small; longer runs are followed to their end in code.
const ACCESS_TOKEN = /EAA[A-Za-z0-9]{90,1000}/g;
const PLUS = 43;
const SLASH = 47;
const EQUALS = 61;
const BACKSLASH = 92;
const NEWLINE = 10;

export const accessTokenRule: ContentRule<"meta-access-token"> = {
  id: "meta-access-token",
  title: "Meta / WhatsApp Cloud API access token (user, page or system-user)",
  remedy: REVOKE_TOKEN,
  keywords: ["EAA"],
  caseSensitive: true,
  hints: [[...literal("EAA"), repeat(ALNUM, 90)]],
  find(text) {
    const hits: Hit[] = [];
    ACCESS_TOKEN.lastIndex = 0;
    for (let match = ACCESS_TOKEN.exec(text); match; match = ACCESS_TOKEN.exec(text)) {
      const start = match.index;
      let end = start + match[0].length;
      while (end < text.length && isAlnum(text.charCodeAt(end))) end++;
      ACCESS_TOKEN.lastIndex = end;
      const token = text.slice(start, end);
      if (!standsAlone(text, start, end)) continue;
      if (isTruncated(text, end)) continue;
      if (isUppercaseHex(token)) continue;
      if (looksLikePlaceholder(token.slice(3), 12)) continue;
      const appId = appIdFromAccessToken(token);
      hits.push({ secret: token, index: start, ...(appId && { appId }) });
    }
    return hits;
  },
};

/**
 * A token is a whole run: nothing alphanumeric glued to it (it would be part of a longer string),
 * and no base64 context (`+` or `/` on either side, `=` padding after). `KEY=EAA…` is fine, and so
 * is an escaped newline (`\nEAA…`) inside a JSON string. A `+` at the start of a line is a diff
 * marker (a patch, a committed `.patch` file), not base64: wrapped base64 lines (64 or 76
 * characters) are too short to hold a token after it.
 */
function standsAlone(text: string, start: number, end: number): boolean {
  const atLineStart =
    start === 0 ||
    text.charCodeAt(start - 1) === NEWLINE ||
    (text.charCodeAt(start - 1) === PLUS && (start === 1 || text.charCodeAt(start - 2) === NEWLINE));
  if (!atLineStart) {
    const before = text.charCodeAt(start - 1);
    const escaped = start > 1 && text.charCodeAt(start - 2) === BACKSLASH && "nrt".includes(text[start - 1]!);
    if ((isAlnum(before) && !escaped) || before === PLUS || before === SLASH) return false;
  }
  if (end < text.length) {
    const after = text.charCodeAt(end);
    if (after === PLUS || after === SLASH || after === EQUALS) return false;
  }
  return true;
}

/** Documentation shows tokens cut short: `EAAU1PV9Um6…` or `EAAU1PV9Um6...`. */
function isTruncated(text: string, end: number): boolean {
  return text.startsWith("...", end) || text.startsWith("…", end);
}

/** A digest in a checksum file (`SHA512SUMS`) is `[0-9A-F]` only; a real token body mixes cases. */
function isUppercaseHex(token: string): boolean {
  for (let i = 3; i < token.length; i++) {
    const c = token.charCodeAt(i);
    if (!((c >= 48 && c <= 57) || (c >= 65 && c <= 70))) return false;
  }
  return true;
}
