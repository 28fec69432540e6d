/**
 * What the next commit adds, read from the index (never the working tree: husky and lefthook do
 * not stash unstaged changes, so the working tree can differ from what is committed). git honours
 * GIT_INDEX_FILE, so `git commit -a` and `git commit <paths>` are read correctly too.
 *
 * Two views of the same diff: `--raw -z` for the list of files (exact for any file name), and a
 * zero-context patch for the added lines. Both run with identical options, so git emits the same
 * files in the same order, and the n-th patch section belongs to the n-th listed file.
 */
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { UserError } from "../errors.js";
import { gitAt } from "./git.js";
import { streamGitLines } from "./git-stream.js";

export interface StagedFile {
  /** A added, C copied, M modified, R renamed, T type changed. Deletions are never listed. */
  status: string;
  /** Repository-relative path in the index (the new path of a rename). */
  path: string;
  /** The staged blob. */
  oid: string;
  /** 100644, 100755, 120000 (link), 160000 (submodule). */
  mode: string;
}

export interface AddedHunk {
  file: StagedFile;
  /** Line number, in the staged file, of the first added line. */
  firstLine: number;
  /** The added lines, without their `+` and newline. */
  lines: Buffer[];
}

const SUBMODULE_MODE = "160000";

/** The options both views share. `base` is HEAD by default; MERGE_HEAD to see a merge's other side. */
function diffArgs(base: string | undefined, pathspecs: readonly string[]): string[] {
  return [
    "--cached",
    "-M",
    "--diff-filter=ACMRT",
    "--no-ext-diff",
    "--no-textconv",
    "--no-relative",
    ...(base ? [base] : []),
    "--",
    ...pathspecs,
  ];
}

export async function stagedFiles(
  root: string,
  base?: string,
  pathspecs: readonly string[] = [],
): Promise<StagedFile[]> {
  const output = await gitAt(root).raw(["diff", "--raw", "-z", ...diffArgs(base, pathspecs)]);
  return parseRawZ(output);
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
    const path = twoPaths ? parts[i + 2]! : parts[i + 1]!;
    i += twoPaths ? 2 : 1;
    files.push({ status: status[0]!, path, oid: newOid, mode: newMode });
  }
  return files;
}

/** Streams the added lines of the staged diff, hunk by hunk, for the given (already listed) files. */
export async function addedHunks(
  root: string,
  files: readonly StagedFile[],
  onHunk: (hunk: AddedHunk) => void,
  base?: string,
  pathspecs: readonly string[] = [],
): Promise<void> {
  let section = -1;
  let inHeader = false;
  let hunk: AddedHunk | undefined;
  const flush = () => {
    if (hunk && hunk.lines.length > 0) onHunk(hunk);
    hunk = undefined;
  };
  const args = [
    "diff",
    "-p",
    "-U0",
    "--no-color",
    "--src-prefix=a/",
    "--dst-prefix=b/",
    ...diffArgs(base, pathspecs),
  ];
  await streamGitLines(root, args, (line) => {
    const first = line[0];
    if (first === 0x2b /* + */ && !inHeader) {
      if (hunk) hunk.lines.push(line.subarray(1));
      return;
    }
    if (first === 0x40 /* @ */ && line[1] === 0x40) {
      flush();
      inHeader = false;
      const file = files[section];
      const match = /^@@ -\d+(?:,\d+)? \+(\d+)/.exec(line.subarray(0, 64).toString("latin1"));
      if (file && match && file.mode !== SUBMODULE_MODE)
        hunk = { file, firstLine: Number(match[1]), lines: [] };
      return;
    }
    if (first === 0x64 /* d */ && line.subarray(0, 11).toString("latin1") === "diff --git ") {
      flush();
      section++;
      inHeader = true;
    }
  });
  flush();
  if (section + 1 !== files.length) {
    throw new UserError(
      `the staged diff did not match the staged file list (${section + 1} sections for ${files.length} files); nothing was checked`,
    );
  }
}

/** Index entries (stage 0) for paths given on the command line, whether changed or not. */
export async function indexEntries(root: string, pathspecs: readonly string[]): Promise<StagedFile[]> {
  if (pathspecs.length === 0) return [];
  const output = await gitAt(root).raw(["ls-files", "-s", "-z", "--", ...pathspecs]);
  const entries: StagedFile[] = [];
  for (const record of output.split("\0")) {
    const match = /^(\d+) ([0-9a-f]+) (\d)\t([\s\S]*)$/.exec(record);
    if (match && match[3] === "0")
      entries.push({ status: "M", path: match[4]!, oid: match[2]!, mode: match[1]! });
  }
  return entries;
}

/** True while a merge is being committed (MERGE_HEAD exists; worktree-aware). */
export async function mergeInProgress(root: string): Promise<boolean> {
  const path = (await gitAt(root).raw(["rev-parse", "--git-path", "MERGE_HEAD"])).trim();
  return existsSync(resolve(root, path));
}

export const isSubmodule = (file: StagedFile) => file.mode === SUBMODULE_MODE;
