/**
 * Decoders find encoded segments in text and decode them, so that the rules can read what a
 * Kubernetes `Secret`, a CI script or a logged redirect URL hides. Each segment is decoded once;
 * segments are bounded in length; decoded bytes that are not UTF-8 text are dropped.
 */
export type Encoding = "base64" | "percent";

export interface Segment {
  /** Where the encoded text starts and ends. */
  start: number;
  end: number;
  decoded: string;
}

export interface Decoder {
  encoding: Encoding;
  /** The decodable segments of `text`, in order, not overlapping. */
  segments(text: string): Segment[];
}

/** Longest segment decoded: beyond it (a multi-megabyte data URI), the text is left as it is. */
export const MAX_SEGMENT = 1024 * 1024;

const strictUtf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/** A control character that text does not hold (everything below space but tab, LF, CR; DEL). */
export const isControl = (b: number) => (b < 32 && b !== 9 && b !== 10 && b !== 13) || b === 127;

/**
 * The bytes as text, or undefined when they are not valid UTF-8 or are mostly binary (more than
 * 1 in 50 bytes a control character).
 */
export function asText(bytes: Uint8Array): string | undefined {
  let control = 0;
  for (const b of bytes) if (isControl(b)) control++;
  if (control * 50 > bytes.length) return undefined;
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return undefined;
  }
}
