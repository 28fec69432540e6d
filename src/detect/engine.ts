/**
 * The detection engine: text in, credential matches out. Pure (no I/O) and linear in the size of
 * the text: the rules (`rules/`) are single passes with bounded quantifiers, the decoding layer
 * (`decode.ts`) decodes each segment once, and locating walks the text once.
 */
import { decodeView, type Encoding, MAX_DEPTH, spanOverlapping } from "./decode.js";
import { CONTENT_RULES, type ContentRuleId } from "./rules/index.js";
import type { ContentRule, TextContext } from "./rules/rule.js";

export type { ContentRuleId } from "./rules/index.js";
export type { TextContext } from "./rules/rule.js";

export interface Detection {
  rule: ContentRuleId;
  /** The secret itself (decoded, when it was found encoded). Never print it: see redact(). */
  secret: string;
  /** 1-based line and column (UTF-16 code units, as editors and SARIF count them). */
  line: number;
  column: number;
  /** The Meta app the credential belongs to, when it can be told from the credential. */
  appId?: string;
  /** Found inside an encoded segment (reported at the segment). */
  encoding?: Encoding;
  /** The text that holds the secret, as written: the secret, or its encoded segment. */
  raw: string;
  /** On a line with the allow comment: not to be reported, but listed as suppressed. */
  allowed?: true;
}

/** Put on a line to silence every finding on that line. */
export const ALLOW_COMMENT = "wa-token-guard:allow";

interface Hit {
  rule: ContentRuleId;
  secret: string;
  index: number;
  /** End of the text that holds the secret, in the original text. */
  end: number;
  appId?: string;
  encoding?: Encoding;
}

const prefilters = new Map<ContentRule, (text: string) => boolean>(
  CONTENT_RULES.map((rule) => {
    if (rule.caseSensitive && rule.keywords.length === 1) {
      const keyword = rule.keywords[0]!;
      return [rule, (text: string) => text.includes(keyword)];
    }
    const escaped = rule.keywords.map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
    const pattern = new RegExp(escaped.join("|"), rule.caseSensitive ? "" : "i");
    return [rule, (text: string) => pattern.test(text)];
  }),
);

function findHits(text: string, context: TextContext): Hit[] {
  const hits: Hit[] = [];
  for (const rule of CONTENT_RULES) {
    if (!prefilters.get(rule)!(text)) continue;
    for (const { length, ...hit } of rule.find(text, context)) {
      hits.push({ rule: rule.id, ...hit, end: hit.index + (length ?? hit.secret.length) });
    }
  }
  return hits;
}

/**
 * Every credential in `text`. `context` says what the text is: file content, or a single path
 * component (`name`), where `+` and `=` are ordinary file-name characters, not base64.
 */
export function detect(text: string, context: TextContext = "content"): Detection[] {
  return detectAll(text, context).filter((detection) => !detection.allowed);
}

/**
 * Like detect(), and also what the allow comment silences, marked `allowed`: the scan lists
 * those as suppressed, and the scrubber must hide them too.
 */
export function detectAll(text: string, context: TextContext = "content"): Detection[] {
  const hits = findHits(text, context);
  // Secrets already found, by rule and secret, with where: a decoded view finds again what sits
  // unencoded inside a decoded segment (a plain token in a percent-encoded URL).
  const known = new Map<string, number[]>();
  const remember = (hit: Hit) => {
    const key = `${hit.rule}\0${hit.secret}`;
    const at = known.get(key);
    if (at) at.push(hit.index);
    else known.set(key, [hit.index]);
  };
  for (const hit of hits) remember(hit);
  let view = decodeView(text);
  for (let depth = 1; view && depth <= MAX_DEPTH; depth++) {
    const found: Hit[] = [];
    for (const hit of findHits(view.text, context)) {
      const span = spanOverlapping(view.spans, hit.index, hit.end);
      if (!span) continue; // outside what this view decoded: found before
      const seen = known.get(`${hit.rule}\0${hit.secret}`);
      if (seen?.some((index) => index >= span.origStart && index < span.origEnd)) continue;
      found.push({ ...hit, index: span.origStart, end: span.origEnd, encoding: span.encoding });
    }
    for (const hit of found) {
      remember(hit);
      hits.push(hit);
    }
    view = depth < MAX_DEPTH ? decodeView(view.text, view.spans) : undefined;
  }
  if (hits.length === 0) return [];
  hits.sort((a, b) => a.index - b.index);
  return locate(text, hits);
}

/**
 * Line breaks as editors show them: `\n`, `\r\n`, or a lone `\r` (classic Mac). Line numbers
 * and the allow comment both use these, so one allow comment never reaches past its own line.
 */
const LINE_BREAK = /\r\n?|\n/g;

/** How many line breaks `text` holds, and where its last line starts. */
export function lineBreaks(text: string): { count: number; lastLineStart: number } {
  let count = 0;
  let lastLineStart = 0;
  LINE_BREAK.lastIndex = 0;
  for (let match = LINE_BREAK.exec(text); match; match = LINE_BREAK.exec(text)) {
    count++;
    lastLineStart = LINE_BREAK.lastIndex;
  }
  return { count, lastLineStart };
}

/**
 * One forward pass assigns lines and columns and marks the hits on lines that carry the allow
 * comment. Each line is looked at once, however many hits it holds.
 */
function locate(text: string, hits: Hit[]): Detection[] {
  const detections: Detection[] = [];
  let line = 1;
  let lineStart = 0;
  // The next line break at or after lineStart: [index, length], or undefined at the last line.
  let nextBreak: RegExpExecArray | null = null;
  const findBreak = (from: number) => {
    LINE_BREAK.lastIndex = from;
    nextBreak = LINE_BREAK.exec(text);
  };
  findBreak(0);
  let allowedLine = 0; // the line the allow test below was made for (0: none yet)
  let allowed = false;
  let seenIndex = -1;
  const seenSecrets = new Set<string>();
  for (const hit of hits) {
    // Two rules, or two decoded secrets, on the same spot: each secret is reported once.
    if (hit.index !== seenIndex) {
      seenIndex = hit.index;
      seenSecrets.clear();
    }
    if (seenSecrets.has(hit.secret)) continue;
    seenSecrets.add(hit.secret);
    while (nextBreak !== null && (nextBreak as RegExpExecArray).index < hit.index) {
      line++;
      lineStart = (nextBreak as RegExpExecArray).index + (nextBreak as RegExpExecArray)[0].length;
      findBreak(lineStart);
    }
    if (allowedLine !== line) {
      allowedLine = line;
      const end = nextBreak === null ? text.length : (nextBreak as RegExpExecArray).index;
      allowed = text.slice(lineStart, end).includes(ALLOW_COMMENT);
    }
    detections.push({
      rule: hit.rule,
      secret: hit.secret,
      line,
      column: hit.index - lineStart + 1,
      ...(hit.appId && { appId: hit.appId }),
      ...(hit.encoding && { encoding: hit.encoding }),
      raw: text.slice(hit.index, hit.end),
      ...(allowed && { allowed: true as const }),
    });
  }
  return detections;
}
