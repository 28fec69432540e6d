/**
 * Checks every settings parser applies the same way (the token check's, the expiry watch's,
 * rotation's): the text of a secret input, and a base URL that tokens are sent to. Each returns a
 * problem (one line naming the input, never echoing a secret) or undefined.
 */

/** Padding a copy-paste adds around a secret, removed with a warning: ASCII whitespace only. */
export function trimPadding(value: string): string {
  return value.replace(/^[ \t\r\n]+|[ \t\r\n]+$/g, "");
}

const NAMED: Record<number, string> = {
  160: "NO-BREAK SPACE",
  173: "SOFT HYPHEN",
  847: "COMBINING GRAPHEME JOINER",
  1564: "ARABIC LETTER MARK",
  6158: "MONGOLIAN VOWEL SEPARATOR",
  8203: "ZERO WIDTH SPACE",
  8204: "ZERO WIDTH NON-JOINER",
  8205: "ZERO WIDTH JOINER",
  8206: "LEFT-TO-RIGHT MARK",
  8207: "RIGHT-TO-LEFT MARK",
  8232: "LINE SEPARATOR",
  8233: "PARAGRAPH SEPARATOR",
  8239: "NARROW NO-BREAK SPACE",
  8288: "WORD JOINER",
  12288: "IDEOGRAPHIC SPACE",
  65279: "BYTE ORDER MARK",
};

function isInvisible(codePoint: number): boolean {
  return (
    codePoint < 0x20 ||
    (codePoint >= 0x7f && codePoint <= 0x9f) ||
    NAMED[codePoint] !== undefined ||
    (codePoint >= 0x2000 && codePoint <= 0x200f) ||
    (codePoint >= 0x202a && codePoint <= 0x202e) ||
    (codePoint >= 0x2061 && codePoint <= 0x206f) ||
    (codePoint >= 0xfe00 && codePoint <= 0xfe0f) ||
    (codePoint >= 0xe0000 && codePoint <= 0xe007f)
  );
}

/**
 * A secret (a token, an app secret) is one run of printable ASCII. Anything else, and above all
 * what cannot be seen (a zero-width space, a byte order mark, a no-break space, a control
 * character), makes the Graph API reject it with a misleading error; say which character and
 * where (1-based, in characters of the value as given). `value` is the input without its padding.
 */
export function secretTextProblem(name: string, value: string): string | undefined {
  let position = 0;
  for (const char of value) {
    position++;
    const codePoint = char.codePointAt(0)!;
    if (codePoint >= 0x21 && codePoint <= 0x7e) continue;
    const code = `U+${codePoint.toString(16).toUpperCase().padStart(4, "0")}`;
    const where = `at position ${position} of ${[...value].length}`;
    if (char === " " || char === "\t" || char === "\n" || char === "\r") {
      return `${name} contains whitespace or a line break inside it (${where}): copy it again, as one line`;
    }
    if (isInvisible(codePoint)) {
      const label = NAMED[codePoint] ?? (codePoint < 0x20 || codePoint === 0x7f ? "a control character" : "");
      return `${name} contains an invisible character (${code}${label ? ` ${label}` : ""}) ${where}: delete it, or copy the value again from its source`;
    }
    return `${name} contains a character that is not plain ASCII (${code}) ${where}: tokens and secrets are plain letters and digits; copy it again from its source`;
  }
  return undefined;
}

/**
 * A secret input as every settings parser reads it: padding trimmed, its text checked (a problem
 * is appended). Empty is undefined, and a problem too when `whenEmpty` says why it is needed.
 */
export function secretInput(
  name: string,
  raw: string | undefined,
  problems: string[],
  whenEmpty?: string,
): string | undefined {
  const value = trimPadding(raw ?? "");
  if (value === "") {
    if (whenEmpty) problems.push(whenEmpty);
    return undefined;
  }
  const problem = secretTextProblem(name, value);
  if (problem) problems.push(problem);
  return value;
}

const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])$/i;

/**
 * A base URL that secrets are sent to: https, or http only to this machine (a local stand-in or
 * proxy), with no user name or password in it, no query and no fragment. The URL is echoed only
 * when it holds no credentials.
 */
export function baseUrlProblem(name: string, text: string): string | undefined {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return `${name} must be an https URL${text.includes("@") ? "" : `, not "${text}"`}`;
  }
  if (url.username !== "" || url.password !== "") {
    return `${name} must not contain a user name or password (they would be sent, and logged, with every call): give the bare https URL`;
  }
  if (url.protocol === "http:" && !LOOPBACK.test(url.hostname)) {
    return `${name} must use https: "${text}" would send the token in clear text (http is allowed only for this machine: localhost, 127.0.0.1, [::1])`;
  }
  if (url.protocol !== "https:" && url.protocol !== "http:")
    return `${name} must be an https URL, not "${text}"`;
  // A bare `?` or `#` parses as an empty query or fragment, so look at the text itself: each call's
  // path and query would be appended after it, into the fragment, and never reach the server.
  if (url.search !== "" || url.hash !== "" || /[?#]/.test(text)) {
    return `${name} must have no query or fragment (no ? or #), not "${text}"`;
  }
  return undefined;
}

/** A plain non-negative number within a range; a problem (and `min`) otherwise. */
export function parseNumber(
  name: string,
  text: string,
  { min, max, integer = false }: { min: number; max: number; integer?: boolean },
  problems: string[],
): number {
  const value = Number(text);
  const shape = integer ? /^\d+$/ : /^\d+(\.\d+)?$/;
  if (!shape.test(text) || !Number.isFinite(value) || value < min || value > max) {
    problems.push(`${name} must be a ${integer ? "whole " : ""}number from ${min} to ${max}, not "${text}"`);
    return min;
  }
  return value;
}

/** true/yes/1 or false/no/0 (any case); a problem (and false) otherwise. */
export function parseFlag(name: string, text: string, problems: string[]): boolean {
  const flag = text.trim();
  if (/^(true|yes|1)$/i.test(flag)) return true;
  if (!/^(false|no|0)$/i.test(flag)) problems.push(`${name} must be true or false, not "${flag}"`);
  return false;
}
