/**
 * Reads a zero-context patch (`git diff -p -U0`) in segments and reports every credential on an
 * added line, with its line and column in the new file. Keeps its place across segments, so the
 * patch can stream through in any chunk sizes (tests check that the answer does not change).
 */
import { type Detection, detect } from "../detect/engine.js";

/** Where a credential found in the patch sits in the staged file. */
export interface AddedLineDetection {
  /** The n-th file of the listing. */
  section: number;
  detection: Detection;
}

const SEGMENT_BYTES = 8 * 1024 * 1024;

/** Turns patch bytes into detections on added lines; keeps its place across segments. */
export class PatchReader {
  sections = 0;
  private inHunk = false;
  /** Line number, in the staged file, of the next added line. */
  private nextLine = 0;
  private pending: Buffer[] = [];
  private pendingBytes = 0;

  constructor(
    private readonly onDetection: (found: AddedLineDetection) => void,
    private readonly segmentBytes = SEGMENT_BYTES,
  ) {}

  push(chunk: Buffer): void {
    this.pending.push(chunk);
    this.pendingBytes += chunk.length;
    if (this.pendingBytes < this.segmentBytes) return;
    const data = Buffer.concat(this.pending);
    const cut = data.lastIndexOf(10) + 1;
    if (cut === 0) {
      this.pending = [data];
      return;
    }
    this.segment(data.subarray(0, cut).toString("utf8"));
    this.pending = [data.subarray(cut)];
    this.pendingBytes = data.length - cut;
  }

  end(): void {
    if (this.pendingBytes > 0) this.segment(Buffer.concat(this.pending).toString("utf8"));
    this.pending = [];
    this.pendingBytes = 0;
  }

  /** `text` starts at the beginning of a line and ends at the end of one. */
  private segment(text: string): void {
    const detections = detect(text);
    if (detections.length === 0) {
      this.fastForward(text, 0);
      return;
    }
    let next = 0;
    let lineNumber = 1;
    for (let start = 0; start < text.length; lineNumber++) {
      const newline = text.indexOf("\n", start);
      const first = text.charCodeAt(start);
      let addedLine = 0;
      if (first === 0x2b /* + */ && this.inHunk) addedLine = this.nextLine++;
      else if (first === 0x40 /* @ */ && text.startsWith("@@ ", start)) {
        const header = /^@@ -\d+(?:,\d+)? \+(\d+)/.exec(text.slice(start, start + 64));
        this.inHunk = header !== null;
        this.nextLine = header ? Number(header[1]) : 0;
      } else if (first === 0x64 /* d */ && text.startsWith("diff --git ", start)) {
        this.sections++;
        this.inHunk = false;
      }
      for (; next < detections.length && detections[next]!.line <= lineNumber; next++) {
        const detection = detections[next]!;
        if (detection.line !== lineNumber || addedLine === 0) continue; // header or removed line
        detection.line = addedLine;
        detection.column -= 1; // the `+`
        this.onDetection({ section: this.sections - 1, detection });
      }
      start = newline === -1 ? text.length : newline + 1;
      if (next === detections.length) {
        this.fastForward(text, start);
        return;
      }
    }
  }

  /**
   * Brings the state to the end of the segment without walking its lines: counts the sections,
   * and recovers the hunk position from the last hunk header and the added lines after it.
   */
  private fastForward(text: string, from: number): void {
    if (from >= text.length) return;
    // Line starts at or after `from`: `from` itself, and every position after a newline.
    const lineStartsWith = (needle: string) => {
      const first = text.startsWith(needle, from) ? 1 : 0;
      return first + countOccurrences(text, `\n${needle}`, from);
    };
    const lastLineStartWith = (needle: string) => {
      const last = text.lastIndexOf(`\n${needle}`);
      if (last >= from) return last + 1;
      return text.startsWith(needle, from) ? from : -1;
    };
    this.sections += lineStartsWith("diff --git ");
    const lastSection = lastLineStartWith("diff --git ");
    const lastHunk = lastLineStartWith("@@ ");
    if (lastHunk > lastSection) {
      const header = /^@@ -\d+(?:,\d+)? \+(\d+)/.exec(text.slice(lastHunk, lastHunk + 64));
      this.inHunk = header !== null;
      this.nextLine = header ? Number(header[1]) + countOccurrences(text, "\n+", lastHunk) : 0;
    } else if (lastSection !== -1) {
      this.inHunk = false;
    } else if (this.inHunk) {
      this.nextLine += lineStartsWith("+");
    }
  }
}

function countOccurrences(text: string, needle: string, from: number): number {
  let count = 0;
  for (let at = text.indexOf(needle, from); at !== -1; at = text.indexOf(needle, at + needle.length)) count++;
  return count;
}
