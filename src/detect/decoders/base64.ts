/**
 * Base64, standard (`+/`) and URL-safe (`-_`), padded or not, also wrapped over lines. A segment
 * is a run of at least 43 base64 characters (32 bytes: the shortest credential, an app secret),
 * with its `=` padding.
 * Binary content (images in data URIs, lockfile digests) is recognised from its first 48 bytes,
 * so it costs almost nothing however long it is.
 */
import { asText, type Decoder, isControl, MAX_SEGMENT, type Segment } from "./decoder.js";

const MIN_SEGMENT = 43;
const PROBE_CHARS = 64;

const isBase64Char = (c: number) =>
  (c >= 48 && c <= 57) ||
  (c >= 65 && c <= 90) ||
  (c >= 97 && c <= 122) ||
  c === 43 ||
  c === 47 ||
  c === 45 ||
  c === 95;

export const base64Decoder: Decoder = {
  encoding: "base64",
  segments(text) {
    const segments: Segment[] = [];
    for (let start = nextRun(text, 0); start !== -1; ) {
      const { body, encoded, lines } = wrappedRun(text, start);
      let end = body;
      while (end < text.length && end - body < 2 && text.charCodeAt(end) === 61 /* = */) end++;
      const decoded = encoded === undefined ? undefined : decodeBase64(encoded);
      if (decoded !== undefined) segments.push({ start, end, decoded });
      else if (lines.length > 1) {
        // Not one text wrapped over lines (consecutive values of the same length, say): each
        // line on its own, as it would have been unwrapped. Each line is read once more at most.
        for (const [index, line] of lines.entries()) {
          const lineEnd = index === lines.length - 1 ? end : line.end;
          const alone =
            line.end - line.start >= MIN_SEGMENT ? decodeBase64(text.slice(line.start, line.end)) : undefined;
          if (alone !== undefined) segments.push({ start: line.start, end: lineEnd, decoded: alone });
        }
      }
      start = nextRun(text, end);
    }
    return segments;
  },
};

/**
 * Where the next run of at least MIN_SEGMENT base64 characters starts, at or after `from` (which
 * is 0 or follows a character that is not base64). Reads backwards from the far end of each
 * window, so ordinary text, where words are short, costs a few reads per window rather than a
 * read per character; no character is read twice.
 */
function nextRun(text: string, from: number): number {
  let start = from;
  let known = from; // [start, known) is all base64
  while (start + MIN_SEGMENT <= text.length) {
    const end = start + MIN_SEGMENT;
    let i = end - 1;
    const floor = Math.max(start, known);
    while (i >= floor && isBase64Char(text.charCodeAt(i))) i--;
    if (i < floor) return start;
    start = i + 1;
    known = end;
  }
  return -1;
}

const runEnd = (text: string, from: number) => {
  let end = from;
  while (end < text.length && isBase64Char(text.charCodeAt(end))) end++;
  return end;
};

/** The widest line a wrapped run may have (`base64` wraps at 76, PEM and `openssl` at 64). */
const MAX_WRAP_WIDTH = 120;

/**
 * The run at `start`, and the lines that continue it: a run of MIN_SEGMENT to MAX_WRAP_WIDTH
 * characters that fills its line goes on at the next line's first non-blank character, line after
 * line of the same width, up to a shorter last line. Any width: `base64` wraps at 76, PEM at 64,
 * `fold -w 70` and Python's textwrap at 70, which is not a multiple of 4 (base64 decodes left to
 * right, so what follows a line never changes what the line decodes to). Each character is read
 * once. `encoded` is undefined beyond MAX_SEGMENT; `lines` are where each line's run is.
 */
function wrappedRun(
  text: string,
  start: number,
): { body: number; encoded: string | undefined; lines: { start: number; end: number }[] } {
  let body = runEnd(text, start + MIN_SEGMENT);
  const width = body - start;
  const lines = [{ start, end: body }];
  if (width > MAX_WRAP_WIDTH) {
    return { body, encoded: width > MAX_SEGMENT ? undefined : text.slice(start, body), lines };
  }
  let total = width;
  for (;;) {
    let next = body;
    if (text.charCodeAt(next) === 13) next++;
    if (text.charCodeAt(next) !== 10) break;
    next++;
    while (text.charCodeAt(next) === 32 || text.charCodeAt(next) === 9) next++;
    const end = runEnd(text, next);
    if (end === next || end - next > width || total + end - next > MAX_SEGMENT) break;
    lines.push({ start: next, end });
    total += end - next;
    body = end;
    if (end - next < width) break; // the last line
  }
  return { body, encoded: lines.map((line) => text.slice(line.start, line.end)).join(""), lines };
}

function decodeBase64(encoded: string): string | undefined {
  if (encoded.length % 4 === 1) return undefined; // not base64: one character too many
  const probe = Buffer.from(encoded.slice(0, PROBE_CHARS), "base64");
  for (const b of probe) if (isControl(b)) return undefined;
  return asText(Buffer.from(encoded, "base64"));
}
