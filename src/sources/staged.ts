/**
 * What the next commit adds, read from the index (never the working tree: husky and lefthook do
 * not stash unstaged changes, so the working tree can differ from what is committed). git honours
 * GIT_INDEX_FILE, so `git commit -a` and `git commit <paths>` are read correctly too.
 *
 * Two views of one diff, read at the same time: `--raw -z` lists the staged files (exact for any
 * file name), and a zero-context patch carries the added lines. Both run with identical options,
 * so git emits the same files in the same order and the n-th patch section is the n-th file.
 * The patch is streamed in segments: git generates it faster than it can hand over the blobs,
 * and binary files arrive as one "Binary files differ" line, never as content.
 */
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { type Detection, detect } from "../detect/engine.js";
import { git, gitChunks } from "./git.js";

export interface StagedFile {
  /** A added, C copied, M modified, R renamed, T type changed. Deletions are never listed. */
  status: string;
  /** Repository-relative path in the index (the new path of a rename). */
  path: string;
  /** The staged blob (full object id). */
  oid: string;
  /** 100644, 100755, 120000 (link), 160000 (submodule). */
  mode: string;
}

/** Where a credential found in the patch sits in the staged file. */
export interface AddedLineDetection {
  /** The n-th file of the listing. */
  section: number;
  detection: Detection;
}

const SUBMODULE_MODE = "160000";

/** The options every view of the staged diff shares. `base`: HEAD by default, or MERGE_HEAD. */
function diffArgs(base: string | undefined, pathspecs: readonly string[]): string[] {
  return [
    "diff",
    "--cached",
    "-M",
    "--diff-filter=ACMRT",
    "--no-ext-diff",
    "--no-textconv",
    "--no-relative",
    "--no-abbrev",
    ...(base ? [base] : []),
  ].concat(["--", ...pathspecs]);
}

export async function stagedFiles(
  root: string,
  base?: string,
  pathspecs: readonly string[] = [],
): Promise<StagedFile[]> {
  const args = diffArgs(base, pathspecs);
  args.splice(1, 0, "--raw", "-z");
  return parseRawZ(await git(root, args));
}

/** Parses `git diff --raw -z`: `:<mode> <mode> <oid> <oid> <status>\0<path>\0[<new path>\0]`. */
export function parseRawZ(output: string): StagedFile[] {
  const parts = output.split("\0");
  const files: StagedFile[] = [];
  for (let i = 0; i < parts.length; i++) {
    const meta = parts[i]!;
    if (!meta.startsWith(":")) continue;
    const [, newMode, , newOid, status] = meta.slice(1).split(" ") as [
      string,
      string,
      string,
      string,
      string,
    ];
    const twoPaths = status.startsWith("R") || status.startsWith("C");
    files.push({
      status: status[0]!,
      path: twoPaths ? parts[i + 2]! : parts[i + 1]!,
      oid: newOid,
      mode: newMode,
    });
    i += twoPaths ? 2 : 1;
  }
  return files;
}

/**
 * Streams the staged patch and reports every credential on an added line, with its line and
 * column in the staged file. Returns how many file sections the patch had, and its size.
 */
export async function detectInAddedLines(
  root: string,
  onDetection: (found: AddedLineDetection) => void,
  base?: string,
  pathspecs: readonly string[] = [],
): Promise<{ sections: number; bytes: number }> {
  const args = diffArgs(base, pathspecs);
  args.splice(1, 0, "-p", "-U0", "--no-color", "--src-prefix=a/", "--dst-prefix=b/");
  const reader = new PatchReader(onDetection);
  let bytes = 0;
  await gitChunks(root, args, (chunk) => {
    bytes += chunk.length;
    reader.push(chunk);
  });
  reader.end();
  return { sections: reader.sections, bytes };
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
    const detections = detect(text, { diff: true });
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

/** Index entries (stage 0) for paths given on the command line, whether changed or not. */
export async function indexEntries(root: string, pathspecs: readonly string[]): Promise<StagedFile[]> {
  if (pathspecs.length === 0) return [];
  const output = await git(root, ["ls-files", "-s", "-z", "--", ...pathspecs]);
  const entries: StagedFile[] = [];
  for (const record of output.split("\0")) {
    const match = /^(\d+) ([0-9a-f]+) (\d)\t([\s\S]*)$/.exec(record);
    if (match && match[3] === "0") {
      entries.push({ status: "M", path: match[4]!, oid: match[2]!, mode: match[1]! });
    }
  }
  return entries;
}

/** True while a merge is being committed (MERGE_HEAD exists; worktree-aware). */
export async function mergeInProgress(root: string): Promise<boolean> {
  const path = (await git(root, ["rev-parse", "--git-path", "MERGE_HEAD"])).trim();
  return existsSync(resolve(root, path));
}

export const isSubmodule = (file: StagedFile) => file.mode === SUBMODULE_MODE;
