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
// `<app id>|<secret or app token>`, the `|` possibly URL-encoded. Matching starts at the separator,
// which is rare, rather than at the digits, which are everywhere (4x faster on ordinary code).
const APP_TOKEN_SEPARATOR = /\||%7[Cc]/g;
// A key naming an app secret (or a client secret, which needs a Meta context to count):
// `app[_.-]?secret` or `client[_.-]?secret`, any case. Found from the word `secret`, which one
// literal pass finds 12x faster than the alternation does.
const SECRET_WORD = /secret/gi;
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
const NEWLINE = 10;

interface Hit {
  rule: ContentRuleId;
  secret: string;
  index: number;
  appId?: string;
}

export interface DetectOptions {
  /**
   * The text is a unified diff: the first character of every line is a marker (`+`, `-`, ` `),
   * not content, so a `+` there does not make a token look glued to base64.
   */
  diff?: boolean;
}

export function detect(text: string, options: DetectOptions = {}): Detection[] {
  const hits = [
    ...(text.includes("EAA") ? accessTokens(text, options.diff === true) : []),
    ...appTokens(text),
    ...appSecrets(text),
  ];
  if (hits.length === 0) return [];
  hits.sort((a, b) => a.index - b.index);
  return locate(text, hits);
}

function accessTokens(text: string, diff: boolean): Hit[] {
  const hits: Hit[] = [];
  ACCESS_TOKEN.lastIndex = 0;
  for (let match = ACCESS_TOKEN.exec(text); match; match = ACCESS_TOKEN.exec(text)) {
    const start = match.index;
    let end = start + match[0].length;
    while (end < text.length && isAlnum(text.charCodeAt(end))) end++;
    ACCESS_TOKEN.lastIndex = end;
    const token = text.slice(start, end);
    if (!standsAlone(text, start, end, diff)) continue;
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
function standsAlone(text: string, start: number, end: number, diff: boolean): boolean {
  const atLineStart = start === 0 || (diff && (start === 1 || text.charCodeAt(start - 2) === NEWLINE));
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

function appTokens(text: string): Hit[] {
  const hits: Hit[] = [];
  for (const separator of text.matchAll(APP_TOKEN_SEPARATOR)) {
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
    hits.push({
      rule: "meta-app-token",
      secret: text.slice(start, end),
      index: start,
      appId: text.slice(start, at),
    });
  }
  return hits;
}

function appSecrets(text: string): Hit[] {
  const hits: Hit[] = [];
  for (const word of text.matchAll(SECRET_WORD)) {
    const owner = secretOwner(text, word.index);
    if (!owner) continue;
    SECRET_VALUE.lastIndex = word.index + word[0].length;
    const value = SECRET_VALUE.exec(text);
    if (!value) continue;
    const secret = value[1]!;
    const index = value.index + value[0].length - secret.length;
    if (index + 32 < text.length && isAlnum(text.charCodeAt(index + 32))) continue;
    if (looksLikePlaceholder(secret, 6)) continue;
    if (owner === "client" && !hasMetaContext(text, index)) continue;
    hits.push({ rule: "meta-app-secret", secret, index });
  }
  return hits;
}

/** `app` or `client` right before `secret` (with at most one `_`, `.` or `-` between). */
function secretOwner(text: string, at: number): "app" | "client" | undefined {
  const end = "_.-".includes(text[at - 1] ?? "") ? at - 1 : at;
  if (text.slice(Math.max(0, end - 3), end).toLowerCase() === "app") return "app";
  if (text.slice(Math.max(0, end - 6), end).toLowerCase() === "client") return "client";
  return undefined;
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
