/**
 * The decoding layer between the text and the rules (the model of gitleaks and trufflehog): every
 * decodable segment is replaced by its decoded text, and the rules run again over that view, so
 * that a key next to an encoded value still counts (`META_APP_SECRET: <base64>`). A view remembers
 * where each decoded span came from, so a credential is reported at the encoded segment.
 * Depth 2 covers base64 inside base64 and `%25`: the second view decodes only inside the spans
 * the first one decoded. Each view costs one pass of the rules, and only exists when something
 * decoded.
 */
import { base64Decoder } from "./decoders/base64.js";
import type { Decoder, Encoding, Segment } from "./decoders/decoder.js";
import { percentDecoder } from "./decoders/percent.js";

export type { Encoding } from "./decoders/decoder.js";

export const DECODERS: readonly Decoder[] = [base64Decoder, percentDecoder];
export const MAX_DEPTH = 2;

/** A decoded stretch of a view, and the encoded segment of the original text it came from. */
export interface Span {
  start: number;
  end: number;
  origStart: number;
  origEnd: number;
  encoding: Encoding;
}

export interface View {
  text: string;
  /** In order, not overlapping. */
  spans: Span[];
}

/**
 * The next view of `text`: decodes segments anywhere (the original text) or only inside `within`
 * (the spans the previous view decoded). Undefined when nothing decodes.
 */
export function decodeView(text: string, within?: readonly Span[]): View | undefined {
  const ranges = within ?? [
    { start: 0, end: text.length, origStart: -1, origEnd: -1, encoding: "base64" as const },
  ];
  const found: (Segment & { range: Span | undefined; encoding: Encoding })[] = [];
  for (const range of ranges) {
    const inRange: (Segment & { range: Span | undefined; encoding: Encoding })[] = [];
    // Each range on its own: a search for the next segment never runs past the range's end.
    const part = within ? text.slice(range.start, range.end) : text;
    for (const decoder of DECODERS) {
      for (const segment of decoder.segments(part)) {
        inRange.push({
          ...segment,
          start: segment.start + range.start,
          end: segment.end + range.start,
          range: within ? range : undefined,
          encoding: decoder.encoding,
        });
      }
    }
    inRange.sort((a, b) => a.start - b.start || b.end - a.end);
    let covered = range.start;
    for (const segment of inRange) {
      if (segment.start < covered) continue; // overlaps one already taken: the earlier, longer wins
      found.push(segment);
      covered = segment.end;
    }
  }
  if (found.length === 0) return undefined;
  const pieces: string[] = [];
  const spans: Span[] = [];
  let offset = 0;
  let at = 0;
  for (const segment of found) {
    pieces.push(text.slice(at, segment.start));
    offset += segment.start - at;
    pieces.push(segment.decoded);
    const outer = segment.range;
    spans.push({
      start: offset,
      end: offset + segment.decoded.length,
      origStart: outer ? outer.origStart : segment.start,
      origEnd: outer ? outer.origEnd : segment.end,
      encoding: outer ? outer.encoding : segment.encoding,
    });
    offset += segment.decoded.length;
    at = segment.end;
  }
  pieces.push(text.slice(at));
  return { text: pieces.join(""), spans };
}

/** The first span that `[start, end)` overlaps, by binary search. */
export function spanOverlapping(spans: readonly Span[], start: number, end: number): Span | undefined {
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (spans[mid]!.end <= start) low = mid + 1;
    else high = mid;
  }
  const span = spans[low];
  return span && span.start < end ? span : undefined;
}
