/**
 * Runs the detection engine over the bytes of one file, whatever they are. The bytes alone decide
 * what the file is, never git's opinion or the user's attributes: a UTF-16 byte order mark means
 * UTF-16 text (what PowerShell 5 `>` writes), otherwise a NUL byte in the first 8000 bytes means
 * binary (git's own test), and anything else is text, decoded leniently as UTF-8 (credentials are
 * ASCII). Large inputs are scanned in segments cut at line ends, so no file has to fit in one
 * string, memory stays flat, and the work is linear in the size whatever the line lengths. The
 * seam between two segments (the last and first lines of each, OVERLAP_CHARS) is scanned once
 * more, so that what the rules read around a credential, and a wrapped base64 run, reach across
 * the cut.
 */
import { TextDecoder } from "node:util";
import { type Detection, detectAll, lineBreaks } from "../detect/engine.js";
import { BINARY_SNIFF_BYTES, type Encoding, sniffEncoding } from "../sources/sniff.js";

/**
 * Segments are cut at a newline near this size. Small on purpose: Node makes a string of over
 * about 1 MB an external string, which V8 counts apart and frees late, so 8 MiB segments piled up
 * as garbage (a 100 MB staged file peaked at 136 MB; with 256 KiB, 91 MB, in the same time).
 */
const SEGMENT_BYTES = 256 * 1024;
/** A single line longer than this is cut at a character no credential can contain. */
const MAX_CARRY_BYTES = 32 * 1024 * 1024;
/**
 * How much of a segment's end, in whole lines, is scanned again with the next: more than the
 * rules look around a credential (600 characters of context, an enclosing key six lines or 600
 * characters up) and more than a token base64'd twice and wrapped.
 */
const OVERLAP_CHARS = 4096;

export type ContentResult =
  | { binary: true }
  | {
      binary: false;
      detections: Detection[];
      /** With `lineKeys`: the text of each line that holds a detection, by line number. */
      lines: Map<number, string>;
    };

export interface ContentOptions {
  /** Keep the text of every line with a detection (to tell whether the line is new; see linesIn). */
  lineKeys?: boolean;
}

/** For content already in memory. */
export function detectInBuffer(bytes: Buffer, options: ContentOptions = {}): ContentResult {
  const scanner = new ContentScanner(options);
  scanner.push(bytes);
  return scanner.finish();
}

/** For content read piece by piece (large files, git blobs). */
export async function detectInChunks(
  chunks: AsyncIterable<Buffer>,
  options: ContentOptions = {},
): Promise<ContentResult> {
  const scanner = new ContentScanner(options);
  for await (const chunk of chunks) if (!scanner.push(chunk)) break;
  return scanner.finish();
}

/**
 * Which of `wanted` (line texts, as ContentResult.lines gives them) are whole lines of `bytes`.
 * One pass; lines are only turned into strings when their length could match.
 */
export function linesIn(bytes: Buffer, wanted: ReadonlySet<string>): Set<string> {
  const found = new Set<string>();
  if (wanted.size === 0) return found;
  const lengths = new Set([...wanted].map((line) => line.length));
  const maxLength = Math.max(...lengths);
  // Lines end where the engine says they do (\n, \r\n or a lone \r): an old Mac file is lines too.
  const lineEnd = /\r\n?|\n/g;
  const text = new TextSegments((segment) => {
    lineEnd.lastIndex = 0;
    for (let start = 0; start < segment.length; ) {
      const match = lineEnd.exec(segment);
      const end = match ? match.index : segment.length;
      const length = end - start;
      if (length <= maxLength && lengths.has(length)) {
        const line = segment.slice(start, end);
        if (wanted.has(line)) found.add(line);
      }
      start = match ? lineEnd.lastIndex : segment.length;
    }
  });
  text.push(bytes);
  text.end();
  return found;
}

/** Bytes that may appear inside a credential (or its `|` / `%7C` separator): never cut there. */
const isCredentialByte = (b: number) =>
  (b >= 48 && b <= 57) ||
  (b >= 65 && b <= 90) ||
  (b >= 97 && b <= 122) ||
  b === 124 ||
  b === 37 ||
  b === 45 ||
  b === 95;

/**
 * Bytes in, text segments out: sniffs the encoding from the first 8000 bytes, decodes, and cuts
 * at line ends (or, in an over-long line, after a byte no credential contains).
 *
 * Pending bytes live in one buffer of its own, reused from segment to segment: `push` copies what
 * it keeps, so callers may reuse theirs, and a large file makes no garbage buffer per chunk or
 * per segment (external memory that V8 frees late: that garbage, not the data, was most of the
 * peak memory on a 100 MB file). The buffer grows only while a line has no end yet, doubling, so
 * each byte is copied a bounded number of times and the cost stays linear.
 */
class TextSegments {
  encoding: Encoding | undefined;
  private head: Buffer[] = [];
  private headBytes = 0;
  private utf16: TextDecoder | undefined;
  private buffer: Buffer = EMPTY;
  private length = 0;
  private atStart = true;

  constructor(private readonly onText: (text: string) => void) {}

  /** False once the content is known to be binary: nothing more needs to be read. */
  push(chunk: Buffer): boolean {
    if (this.encoding === "binary") return false;
    if (this.encoding === undefined) {
      this.head.push(Buffer.from(chunk.subarray(0, BINARY_SNIFF_BYTES - this.headBytes)));
      const rest = chunk.subarray(BINARY_SNIFF_BYTES - this.headBytes);
      this.headBytes += chunk.length - rest.length;
      if (this.headBytes < BINARY_SNIFF_BYTES) return true;
      this.decide();
      if (rest.length > 0 && !this.isBinary()) this.take(rest);
    } else this.take(chunk);
    return !this.isBinary();
  }

  end(): void {
    if (this.encoding === undefined) this.decide();
    if (this.isBinary()) return;
    if (this.utf16) this.takeUtf8(Buffer.from(this.utf16.decode(), "utf8"));
    if (this.length > 0) this.emit(this.buffer.subarray(0, this.length));
    this.buffer = EMPTY;
    this.length = 0;
  }

  isBinary(): boolean {
    return this.encoding === "binary";
  }

  private decide(): void {
    const head = this.head.length === 1 ? this.head[0]! : Buffer.concat(this.head);
    this.head = [];
    this.encoding = sniffEncoding(head);
    if (this.encoding === "binary") return;
    if (this.encoding !== "utf8") this.utf16 = new TextDecoder(this.encoding);
    this.take(head);
  }

  private take(chunk: Buffer): void {
    if (this.utf16) this.takeUtf8(Buffer.from(this.utf16.decode(chunk, { stream: true }), "utf8"));
    else this.takeUtf8(chunk);
  }

  private takeUtf8(chunk: Buffer): void {
    for (let offset = 0; offset < chunk.length; ) {
      if (this.length === this.buffer.length) this.makeRoom(chunk.length - offset);
      const copied = chunk.copy(this.buffer, this.length, offset);
      this.length += copied;
      offset += copied;
    }
  }

  /** The buffer is full: emit what ends at a cut point, or grow while the line has no end. */
  private makeRoom(incoming: number): void {
    if (this.buffer.length < SEGMENT_BYTES) {
      this.resize(Math.min(SEGMENT_BYTES, Math.max(this.buffer.length * 2, this.length + incoming)));
      return;
    }
    const cut = cutPoint(this.buffer.subarray(0, this.length));
    if (cut !== -1) {
      this.emit(this.buffer.subarray(0, cut));
      this.buffer.copyWithin(0, cut, this.length);
      this.length -= cut;
    }
    // Little was freed (a long line that began near the start): grow, so the next cut is far off.
    // At MAX_CARRY_BYTES cutPoint always cuts, and the one newline left is gone: no more growth.
    if (this.length > this.buffer.length / 2 && this.buffer.length < MAX_CARRY_BYTES)
      this.resize(Math.min(MAX_CARRY_BYTES, this.buffer.length * 2));
  }

  private resize(size: number): void {
    const bigger = Buffer.allocUnsafe(size);
    this.buffer.copy(bigger, 0, 0, this.length);
    this.buffer = bigger;
  }

  private emit(bytes: Buffer): void {
    let text = bytes.toString("utf8");
    if (this.atStart && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    this.atStart = false;
    this.onText(text);
  }
}

const EMPTY = Buffer.alloc(0);

/**
 * The first lines of `text`, about `chars` long: up to the first line break at or after `chars`.
 * When that line runs on far past `chars`, the first `chars` characters, less the run of
 * credential characters the cut would go through (a credential cut there would be found as a
 * shorter one): a secret whose key is above the cut is still read with its key, whatever the
 * length of its line.
 */
function leadingLines(text: string, chars: number): string {
  if (text.length <= chars) return text;
  const lineBreak = /\r\n?|\n/g;
  lineBreak.lastIndex = chars;
  const after = lineBreak.exec(text);
  if (after && after.index < chars * 16) return text.slice(0, after.index + after[0].length);
  return text.slice(0, outsideRun(text, chars));
}

/** Whether the character at `at` may be inside a credential (isCredentialByte, for text). */
const isCredentialAt = (text: string, at: number) => isCredentialByte(text.charCodeAt(at));

/** `at`, moved back to the start of the run of credential characters it is inside, if any. */
function outsideRun(text: string, at: number): number {
  let cut = at;
  if (!isCredentialAt(text, cut)) return cut;
  while (cut > 0 && isCredentialAt(text, cut - 1)) cut--;
  return cut;
}

/** Just after the last newline; failing that, in an over-long line, after a safe byte. */
function cutPoint(data: Buffer): number {
  const newline = data.lastIndexOf(10);
  if (newline !== -1) return newline + 1;
  if (data.length < MAX_CARRY_BYTES) return -1;
  for (let i = data.length - 1; i > 0; i--) if (!isCredentialByte(data[i]!) && data[i]! < 128) return i + 1;
  return data.length; // one 32 MiB run of credential characters: nothing real is cut here
}

/** Detects across text segments and keeps line and column numbers true across cuts. */
export class ContentScanner {
  private readonly text: TextSegments;
  private readonly detections: Detection[] = [];
  private readonly lines = new Map<number, string>();
  /** Lines completed before the current segment. */
  private lineOffset = 0;
  /** Columns already used on the current line by an earlier segment (a cut inside a long line). */
  private columnOffset = 0;
  /** The end of the segment before (its last lines, or of its last line), scanned again in front of the next one. */
  private overlap = "";
  private overlapLines = 0;
  /** The column the overlap starts at on its first line (0 unless it starts inside a line). */
  private overlapColumn = 0;
  /** What the segment before found (rule and secret): found again in the overlap, not repeated. */
  private foundBefore = new Set<string>();

  constructor(private readonly options: ContentOptions = {}) {
    this.text = new TextSegments((text) => this.segment(text));
  }

  /** False once the content is known to be binary. */
  push(chunk: Buffer): boolean {
    return this.text.push(chunk);
  }

  finish(): ContentResult {
    this.text.end();
    if (this.text.isBinary()) return { binary: true };
    return { binary: false, detections: this.detections, lines: this.lines };
  }

  private segment(segment: string): void {
    const key = (detection: Detection) => `${detection.rule}\0${detection.secret}`;
    // Allowed ones too: the policy lists them as suppressed instead of dropping them unseen.
    const found = detectAll(segment);
    const own = new Set(found.map(key));
    if (found.length > 0 && this.options.lineKeys) this.keepLines(segment, found, this.lineOffset);
    for (const detection of found) {
      if (detection.line === 1) detection.column += this.columnOffset;
      detection.line += this.lineOffset;
    }
    // The seam: the last lines of the segment before and the first of this one, scanned together
    // (a few KiB, not a copy of the whole segment: concatenating every segment cost a 100 MB file
    // 10 MB of peak memory). Only what neither segment found alone is kept from it: a wrapped run
    // cut there, a secret whose enclosing key is above the cut.
    const extra: Detection[] = [];
    if (this.overlap !== "") {
      const seam = this.overlap + leadingLines(segment, OVERLAP_CHARS);
      const seamFirstLine = this.lineOffset - this.overlapLines;
      const fromSeam = detectAll(seam).filter(
        (detection) => !this.foundBefore.has(key(detection)) && !own.has(key(detection)),
      );
      if (fromSeam.length > 0 && this.options.lineKeys) this.keepLines(seam, fromSeam, seamFirstLine);
      for (const detection of fromSeam) {
        if (detection.line === 1) detection.column += this.overlapColumn;
        detection.line += seamFirstLine;
        extra.push(detection);
      }
    }
    this.foundBefore = new Set([...own, ...extra.map(key)]);
    const all =
      extra.length === 0
        ? found
        : [...found, ...extra].sort((a, b) => a.line - b.line || a.column - b.column);
    for (const detection of all) this.detections.push(detection);
    const { count, lastLineStart } = lineBreaks(segment);
    const columnAtStart = this.columnOffset;
    this.lineOffset += count;
    this.columnOffset = count === 0 ? this.columnOffset + segment.length : segment.length - lastLineStart;
    this.keepOverlap(segment, columnAtStart);
  }

  /**
   * The end of `segment`, up to OVERLAP_CHARS: its last whole lines when it ends at a line break
   * and they are that short; else (a last line longer than that, or one so long it was cut
   * inside) the end of that line, from outside a run of credential characters, so that a secret
   * just after the cut is still read with its key (`facebook` at the end of a long line above).
   */
  private keepOverlap(segment: string, columnAtStart: number): void {
    this.overlap = "";
    this.overlapLines = 0;
    this.overlapColumn = 0;
    const last = segment.charCodeAt(segment.length - 1);
    const endsLine = last === 10 || last === 13;
    let start = Math.max(0, segment.length - OVERLAP_CHARS);
    // Just after a line break (never between the \r and \n of one), when the last lines are
    // short enough to have one in the overlap; else from inside the last line, as below.
    const finalBreak = segment.endsWith("\r\n") ? 2 : 1;
    const newline =
      start > 0 && endsLine ? segment.slice(start, segment.length - finalBreak).search(/\r(?!\n)|\n/) : -1;
    if (newline !== -1) {
      start += newline + 1;
    } else if (start > 0) {
      // Past the run of credential characters the start would cut (read whole by this segment).
      while (start < segment.length && isCredentialAt(segment, start - 1) && isCredentialAt(segment, start))
        start++;
    }
    this.overlap = segment.slice(start);
    this.overlapLines = lineBreaks(this.overlap).count;
    // Where the overlap starts on its line: after the last line break before it, or inside the
    // line the segment began in.
    // (Searched in place: a copy of the segment's head, per segment, is 256 KiB of garbage.)
    const lineStart =
      start === 0
        ? 0
        : Math.max(segment.lastIndexOf("\n", start - 1), segment.lastIndexOf("\r", start - 1)) + 1;
    this.overlapColumn = lineStart === 0 ? columnAtStart + start : start - lineStart;
  }

  /** The text of each line with a detection; `found` is in line order. One pass over `text`. */
  private keepLines(text: string, found: readonly Detection[], firstLine: number): void {
    // Lines end where the engine says they do (\n, \r\n or a lone \r), so numbers agree.
    const breaks = /\r\n|\r|\n/g;
    let line = 1;
    let start = 0;
    for (const detection of found) {
      while (line < detection.line) {
        const next = breaks.exec(text);
        if (!next) break;
        start = next.index + next[0].length;
        line++;
      }
      const number = detection.line + firstLine;
      if (this.lines.has(number)) continue;
      const lineEnd = /\r|\n/g;
      lineEnd.lastIndex = start;
      const end = lineEnd.exec(text)?.index ?? text.length;
      // A line cut across segments (over 32 MiB) is kept in part: it then never matches an old
      // line, so its findings count as added, the safe side.
      this.lines.set(number, text.slice(start, end));
    }
  }
}
