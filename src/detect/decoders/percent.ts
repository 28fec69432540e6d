/**
 * Percent-encoding (`%3D`, and `%253D` twice over: the engine decodes to depth 2). A segment is a
 * run of URL characters holding at least one `%XX`: a query string in a log line, a redirect URL.
 */
import { asText, type Decoder, MAX_SEGMENT, type Segment } from "./decoder.js";

const ESCAPE = /%[0-9A-Fa-f]{2}/g;
const MIN_SEGMENT = 32;

/** Characters a URL holds unencoded (RFC 3986), less quotes, which end a string in code. */
const isUrlChar = (c: number) =>
  (c >= 48 && c <= 57) ||
  (c >= 65 && c <= 90) ||
  (c >= 97 && c <= 122) ||
  "%._~+-!$&()*,;=:@/?#[]".includes(String.fromCharCode(c));

export const percentDecoder: Decoder = {
  encoding: "percent",
  segments(text) {
    const segments: Segment[] = [];
    let floor = 0;
    ESCAPE.lastIndex = 0;
    for (let match = ESCAPE.exec(text); match; match = ESCAPE.exec(text)) {
      let start = match.index;
      while (start > floor && isUrlChar(text.charCodeAt(start - 1))) start--;
      let end = match.index + 3;
      while (end < text.length && end - start <= MAX_SEGMENT && isUrlChar(text.charCodeAt(end))) end++;
      ESCAPE.lastIndex = end;
      floor = end;
      if (end - start < MIN_SEGMENT || end - start > MAX_SEGMENT) continue;
      const decoded = decodePercent(text, start, end);
      if (decoded !== undefined) segments.push({ start, end, decoded });
    }
    return segments;
  },
};

function decodePercent(text: string, start: number, end: number): string | undefined {
  const bytes = Buffer.allocUnsafe(end - start);
  let n = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 37 && i + 2 < end && isHex(text.charCodeAt(i + 1)) && isHex(text.charCodeAt(i + 2))) {
      bytes[n++] = Number.parseInt(text.slice(i + 1, i + 3), 16);
      i += 2;
    } else bytes[n++] = c;
  }
  return asText(bytes.subarray(0, n));
}

const isHex = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
