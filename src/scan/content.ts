/**
 * Runs the detection engine over the bytes of one file, whatever they are: binary content is
 * skipped (like git, a NUL byte in the first 8000 bytes), invalid UTF-8 is decoded leniently
 * (credentials are ASCII), a BOM is dropped, and large inputs are scanned in segments cut at line
 * ends, so that no file has to fit in one string and memory stays flat.
 */
import { type Detection, detect, lineBreaks } from "../detect/engine.js";

const BINARY_SNIFF = 8000;
/** Segments are cut at a newline near this size. */
const SEGMENT_BYTES = 8 * 1024 * 1024;
/** A single line longer than this is cut at a character no credential can contain. */
const MAX_CARRY_BYTES = 32 * 1024 * 1024;

export function isBinary(head: Uint8Array): boolean {
  const end = Math.min(head.length, BINARY_SNIFF);
  for (let i = 0; i < end; i++) if (head[i] === 0) return true;
  return false;
}

export type ContentResult = { binary: true } | { binary: false; detections: Detection[] };

/** For content already in memory. */
export function detectInBuffer(bytes: Buffer): ContentResult {
  if (isBinary(bytes)) return { binary: true };
  if (bytes.length <= SEGMENT_BYTES) return { binary: false, detections: detect(decode(bytes, true)) };
  const segmenter = new Segmenter();
  segmenter.push(bytes);
  return { binary: false, detections: segmenter.finish() };
}

/** For content read piece by piece (large files, git blobs). */
export async function detectInChunks(chunks: AsyncIterable<Buffer>): Promise<ContentResult> {
  const segmenter = new Segmenter();
  let first = true;
  for await (const chunk of chunks) {
    if (first && isBinary(chunk)) return { binary: true };
    first = false;
    segmenter.push(chunk);
  }
  return { binary: false, detections: segmenter.finish() };
}

function decode(bytes: Buffer, atStart: boolean): string {
  const text = bytes.toString("utf8");
  return atStart && text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
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

/** Cuts a byte stream into text segments and keeps line and column numbers true across cuts. */
class Segmenter {
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  private readonly detections: Detection[] = [];
  /** Lines completed before the current segment. */
  private lineOffset = 0;
  /** Columns already used on the current line by an earlier segment (a cut inside a long line). */
  private columnOffset = 0;
  private atStart = true;
  /** Pending size at which the next cut is tried (raised while a line has no end yet). */
  private nextCut = SEGMENT_BYTES;

  push(chunk: Buffer): void {
    this.pending.push(chunk);
    this.pendingBytes += chunk.length;
    while (this.pendingBytes >= this.nextCut) {
      const data = Buffer.concat(this.pending);
      const cut = this.cutPoint(data);
      if (cut === -1) {
        this.pending = [data];
        this.nextCut = this.pendingBytes + SEGMENT_BYTES;
        break;
      }
      this.nextCut = SEGMENT_BYTES;
      this.emit(data.subarray(0, cut));
      const rest = data.subarray(cut);
      this.pending = [rest];
      this.pendingBytes = rest.length;
    }
  }

  finish(): Detection[] {
    if (this.pendingBytes > 0) this.emit(Buffer.concat(this.pending));
    this.pending = [];
    this.pendingBytes = 0;
    return this.detections;
  }

  /** Just after the last newline; failing that, in an over-long line, after a safe byte. */
  private cutPoint(data: Buffer): number {
    const newline = data.lastIndexOf(10);
    if (newline !== -1) return newline + 1;
    if (data.length < MAX_CARRY_BYTES) return -1;
    for (let i = data.length - 1; i > 0; i--) if (!isCredentialByte(data[i]!) && data[i]! < 128) return i + 1;
    return data.length; // one 32 MiB run of credential characters: nothing real is cut here
  }

  private emit(bytes: Buffer): void {
    const text = decode(bytes, this.atStart);
    this.atStart = false;
    for (const detection of detect(text)) {
      if (detection.line === 1) detection.column += this.columnOffset;
      detection.line += this.lineOffset;
      this.detections.push(detection);
    }
    const { count, lastLineStart } = lineBreaks(text);
    this.lineOffset += count;
    this.columnOffset = count === 0 ? this.columnOffset + text.length : text.length - lastLineStart;
  }
}
