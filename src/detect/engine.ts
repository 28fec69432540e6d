/**
 * The detection engine: text in, credential matches out. Pure (no I/O) and linear in the size of
 * the text: every pattern is a single pass with bounded quantifiers, and boundaries are checked
 * in code rather than with backtracking look-arounds.
 */
import { appIdFromAccessToken } from "./app-id.js";
import { looksLikePlaceholder } from "./placeholders.js";
import type { RuleId } from "./rules.js";

export type ContentRuleId = Exclude<RuleId, "dotenv-file">;

export interface Detection {
  rule: ContentRuleId;
  /** The secret itself. Never print it: see redact(). */
  secret: string;
  /** 1-based line and column (UTF-16 code units, as editors and SARIF count them). */
  line: number;
  column: number;
  /** The Meta app the credential belongs to, when it can be told from the credential. */
  appId?: string;
}

/** Put on a line to silence every finding on that line. */
export const ALLOW_COMMENT = "wa-token-guard:allow";

// `EAA` and at least 90 more alphanumerics: user, page and system-user tokens of any app. The
// upper bound keeps V8's backtracking stack small; longer runs are followed to their end in code.
const ACCESS_TOKEN = /EAA[A-Za-z0-9]{90,1000}/g;
// `<app id>|<secret or app token>`, the `|` possibly URL-encoded.
const APP_TOKEN = /([0-9]{15,16})(?:\||%7[Cc])([A-Za-z0-9_-]{27,40})/g;
// A key naming an app secret (or a client secret, which needs a Meta context to count).
const SECRET_KEY = /app[_.-]?secret|client[_.-]?secret/gi;
// What may follow such a key up to its 32-hex value, in env, JSON, YAML, TOML, XML and code:
// the rest of the identifier, a closing quote or bracket, an operator, an opening quote.
const SECRET_VALUE =
  /[A-Za-z0-9_.-]{0,40}(?:["'`]\]?|\])?(?:[ \t]{0,16}(?::=|=>|[=:,>(])[ \t]{0,16}|[ \t]{1,16}value[ \t]{0,4}=[ \t]{0,4}|[ \t]{1,16})["'`]?([0-9a-f]{32})/y;
const META_CONTEXT =
  /facebook|whatsapp|instagram|graph\.fb|\bfb[_.-]|\bmeta[_.-]|client[_.-]?id["'`]?[ \t]{0,16}[:=,][ \t]{0,16}["'`]?[0-9]{15,16}/i;
const CONTEXT_WINDOW = 600;

const isAlnum = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const PLUS = 43;
const SLASH = 47;
const EQUALS = 61;
const BACKSLASH = 92;

interface Hit {
  rule: ContentRuleId;
  secret: string;
  index: number;
  appId?: string;
}

export function detect(text: string): Detection[] {
  const hits = [...accessTokens(text), ...appTokens(text), ...appSecrets(text)];
  if (hits.length === 0) return [];
  hits.sort((a, b) => a.index - b.index);
  return locate(text, hits);
}

function accessTokens(text: string): Hit[] {
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
    if (looksLikePlaceholder(token.slice(3), 12)) continue;
    const appId = appIdFromAccessToken(token);
    hits.push({ rule: "meta-access-token", secret: token, index: start, ...(appId && { appId }) });
  }
  return hits;
}

/**
 * A token is a whole run: nothing alphanumeric glued to it (it would be part of a longer string),
 * and no base64 context (`+` or `/` on either side, `=` padding after). `KEY=EAA…` is fine, and so
 * is an escaped newline (`\nEAA…`) inside a JSON string.
 */
function standsAlone(text: string, start: number, end: number): boolean {
  if (start > 0) {
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

function appTokens(text: string): Hit[] {
  const hits: Hit[] = [];
  for (const match of text.matchAll(APP_TOKEN)) {
    const start = match.index;
    const end = start + match[0].length;
    const [, appId, secret] = match as unknown as [string, string, string];
    if (start > 0 && isDigit(text.charCodeAt(start - 1))) continue;
    if (end < text.length && isUrlSafe(text.charCodeAt(end))) continue;
    if (!isHex32(secret) && !looksRandom(secret)) continue;
    if (looksLikePlaceholder(secret, 8)) continue;
    hits.push({ rule: "meta-app-token", secret: match[0], index: start, appId });
  }
  return hits;
}

function appSecrets(text: string): Hit[] {
  const hits: Hit[] = [];
  for (const key of text.matchAll(SECRET_KEY)) {
    SECRET_VALUE.lastIndex = key.index + key[0].length;
    const value = SECRET_VALUE.exec(text);
    if (!value) continue;
    const secret = value[1]!;
    const index = value.index + value[0].length - secret.length;
    if (index + 32 < text.length && isAlnum(text.charCodeAt(index + 32))) continue;
    if (looksLikePlaceholder(secret, 6)) continue;
    const isClientSecret = key[0].toLowerCase().startsWith("client");
    if (isClientSecret && !hasMetaContext(text, index)) continue;
    hits.push({ rule: "meta-app-secret", secret, index });
  }
  return hits;
}

function hasMetaContext(text: string, index: number): boolean {
  const from = Math.max(0, index - CONTEXT_WINDOW);
  return META_CONTEXT.test(text.slice(from, index + CONTEXT_WINDOW));
}

const isDigit = (c: number) => c >= 48 && c <= 57;
const isUrlSafe = (c: number) => isAlnum(c) || c === 45 || c === 95;
const isHex32 = (s: string) => /^[0-9a-f]{32}$/.test(s);
/** An app token from `oauth/access_token` mixes letters with digits or `-`/`_`; prose does not. */
const looksRandom = (s: string) => /[0-9_-]/.test(s) && /[A-Z]/.test(s) && /[a-z]/.test(s);

/** One forward pass assigns lines and columns and drops lines that carry the allow comment. */
function locate(text: string, hits: Hit[]): Detection[] {
  const detections: Detection[] = [];
  let line = 1;
  let lineStart = 0;
  let seen = -1;
  for (const hit of hits) {
    if (hit.index === seen) continue; // two patterns on the same spot: report it once
    seen = hit.index;
    for (
      let nl = text.indexOf("\n", lineStart);
      nl !== -1 && nl < hit.index;
      nl = text.indexOf("\n", lineStart)
    ) {
      line++;
      lineStart = nl + 1;
    }
    const lineEnd = text.indexOf("\n", hit.index);
    const lineText = text.slice(lineStart, lineEnd === -1 ? text.length : lineEnd);
    if (lineText.includes(ALLOW_COMMENT)) continue;
    detections.push({
      rule: hit.rule,
      secret: hit.secret,
      line,
      column: hit.index - lineStart + 1,
      ...(hit.appId && { appId: hit.appId }),
    });
  }
  return detections;
}
