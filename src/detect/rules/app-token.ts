/**
 * `meta-app-token`: `<15–16 digit app id>|<32 hex>` (the client-side app token) and
 * `<app id>|<27–40 url-safe characters>` (what `oauth/access_token` returns), the `|` possibly
 * URL-encoded. The secret is reported as `<app id>|<rest>` whichever way the `|` was written, so
 * its fingerprint (and an ignore entry) is the same in every form.
 */
import { DIGITS, literal, repeat, URL_SAFE } from "../hints.js";
import { looksLikePlaceholder } from "../placeholders.js";
import { type ContentRule, type Hit, isAlnum, isDigit, RESET_APP_SECRET } from "./rule.js";

// Matching starts at the separator, which is rare, rather than at the digits, which are
// everywhere (4x faster on ordinary code).
const SEPARATOR = /\||%7[Cc]/g;

export const appTokenRule: ContentRule<"meta-app-token"> = {
  id: "meta-app-token",
  title: "Meta app access token (app id | app secret or app token)",
  remedy: RESET_APP_SECRET,
  keywords: ["|", "%7c"],
  hints: [
    [repeat(DIGITS, 15), ...literal("|"), repeat(URL_SAFE, 27)],
    [repeat(DIGITS, 15), ...literal("%7"), repeat("cC", 1), repeat(URL_SAFE, 27)],
  ],
  find(text) {
    const hits: Hit[] = [];
    for (const separator of text.matchAll(SEPARATOR)) {
      const at = separator.index;
      let start = at;
      while (start > 0 && at - start < 17 && isDigit(text.charCodeAt(start - 1))) start--;
      const digits = at - start;
      if (digits < 15 || digits > 16 || (start > 0 && isDigit(text.charCodeAt(start - 1)))) continue;
      const from = at + separator[0].length;
      let end = from;
      while (end < text.length && end - from <= 40 && isUrlSafe(text.charCodeAt(end))) end++;
      if (end - from < 27 || end - from > 40) continue;
      const secret = text.slice(from, end);
      if (!isHex32(secret) && !looksRandom(secret)) continue;
      if (looksLikePlaceholder(secret, 8)) continue;
      const appId = text.slice(start, at);
      hits.push({ secret: `${appId}|${secret}`, index: start, length: end - start, appId });
    }
    return hits;
  },
};

const isUrlSafe = (c: number) => isAlnum(c) || c === 45 || c === 95;
const isHex32 = (s: string) => /^[0-9a-f]{32}$/.test(s);
/** An app token from `oauth/access_token` mixes letters with digits or `-`/`_`; prose does not. */
const looksRandom = (s: string) => /[0-9_-]/.test(s) && /[A-Z]/.test(s) && /[a-z]/.test(s);
