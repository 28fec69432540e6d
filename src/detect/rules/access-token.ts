/**
 * `meta-access-token`: user, page and system-user tokens of any app. `EAA` and at least 90 more
 * alphanumerics, no keyword needed; the 4th character is an app-id range, not a token type.
 */
import { appIdFromAccessToken } from "../app-id.js";
import { asText } from "../decoders/decoder.js";
import { ALNUM, literal, repeat } from "../hints.js";
import { looksLikePlaceholder } from "../placeholders.js";
import { type ContentRule, type Hit, isAlnum, REVOKE_TOKEN, type TextContext } from "./rule.js";

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
  find(text, context) {
    const hits: Hit[] = [];
    ACCESS_TOKEN.lastIndex = 0;
    for (let match = ACCESS_TOKEN.exec(text); match; match = ACCESS_TOKEN.exec(text)) {
      const start = match.index;
      let end = start + match[0].length;
      while (end < text.length && isAlnum(text.charCodeAt(end))) end++;
      ACCESS_TOKEN.lastIndex = end;
      const token = text.slice(start, end);
      // No "cut short" exception: a run of 90+ token characters followed by `...` is a token.
      if (!standsAlone(text, start, end, context)) continue;
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
 * and not inside a base64 blob. `KEY=EAA…` is fine, and so is an escaped newline (`\nEAA…`)
 * inside a JSON string. A `+` at the start of a line is a diff marker (a patch, a committed
 * `.patch` file), not base64: wrapped base64 lines (64 or 76 characters) are too short to hold a
 * token after it. In a file name (`context` "name") `+` and `=` are ordinary characters.
 */
function standsAlone(text: string, start: number, end: number, context: TextContext): boolean {
  const atLineStart =
    start === 0 ||
    text.charCodeAt(start - 1) === NEWLINE ||
    (text.charCodeAt(start - 1) === PLUS && (start === 1 || text.charCodeAt(start - 2) === NEWLINE));
  const before = atLineStart ? NEWLINE : text.charCodeAt(start - 1);
  if (!atLineStart) {
    const escaped = start > 1 && text.charCodeAt(start - 2) === BACKSLASH && "nrt".includes(text[start - 1]!);
    if (isAlnum(before) && !escaped) return false;
  }
  const after = end < text.length ? text.charCodeAt(end) : NEWLINE;
  if (context === "name") return true;
  if (after === EQUALS) return false; // base64 padding
  const touchesBase64 = before === PLUS || before === SLASH || after === PLUS || after === SLASH;
  return !touchesBase64 || !isInsideBase64(text, start, end);
}

/** How far a base64 run is followed beyond a token on either side: enough to tell, bounded. */
const LONG_CONTEXT = 16;
const DECODE_WINDOW = 128;
const isBase64Char = (c: number) => isAlnum(c) || c === PLUS || c === SLASH;

/**
 * Whether the token next to a `+` or `/` is part of a real base64 run: one that goes on for
 * LONG_CONTEXT characters on both sides (a blob that merely contains `EAA…`), or that decodes to
 * text from its start or its end. A URL path segment (`/wa/EAA…/messages`) or a `+` after a query
 * value (`access_token=EAA…+`) is neither: random token bytes are not text. Bounded reads only,
 * so the rule stays linear in hostile input.
 */
function isInsideBase64(text: string, start: number, end: number): boolean {
  let from = start;
  while (from > 0 && start - from < LONG_CONTEXT && isBase64Char(text.charCodeAt(from - 1))) from--;
  let to = end;
  while (to < text.length && to - end < LONG_CONTEXT && isBase64Char(text.charCodeAt(to))) to++;
  const runStarts = from === 0 || !isBase64Char(text.charCodeAt(from - 1));
  const runEnds = to === text.length || !isBase64Char(text.charCodeAt(to));
  if (!runStarts && !runEnds) return true;
  if (runStarts && decodesToText(text.slice(from, from + DECODE_WINDOW))) return true;
  if (runEnds) {
    const length = Math.min(DECODE_WINDOW, to - from) & ~3;
    if (decodesToText(text.slice(to - length, to))) return true;
  }
  return false;
}

function decodesToText(encoded: string): boolean {
  const whole = encoded.slice(0, encoded.length & ~3);
  return whole.length > 0 && asText(Buffer.from(whole, "base64")) !== undefined;
}

/** A digest in a checksum file (`SHA512SUMS`) is `[0-9A-F]` only; a real token body mixes cases. */
function isUppercaseHex(token: string): boolean {
  for (let i = 3; i < token.length; i++) {
    const c = token.charCodeAt(i);
    if (!((c >= 48 && c <= 57) || (c >= 65 && c <= 70))) return false;
  }
  return true;
}
