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
import { git, gitChunks } from "./git.js";
import { type AddedLineDetection, PatchReader } from "./patch-reader.js";
import { PatchWorker } from "./patch-worker.js";

export type { AddedLineDetection };

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
  options: { base?: string; pathspecs?: readonly string[]; workerScript?: string } = {},
): Promise<{ sections: number; bytes: number }> {
  const args = diffArgs(options.base, options.pathspecs ?? []);
  args.splice(1, 0, "-p", "-U0", "--no-color", "--src-prefix=a/", "--dst-prefix=b/");
  // Small patches are scanned here; past WORKER_BYTES (still below one segment, so nothing has
  // been scanned yet) everything goes to a scanning thread that runs alongside git.
  const held: Buffer[] = [];
  let bytes = 0;
  let worker: PatchWorker | undefined;
  await gitChunks(root, args, (chunk) => {
    bytes += chunk.length;
    if (worker) return worker.push(chunk);
    held.push(chunk);
    if (options.workerScript && bytes > WORKER_BYTES) {
      worker = new PatchWorker(options.workerScript, onDetection);
      for (const early of held.splice(0)) worker.push(early);
    }
  });
  if (worker) return { sections: await worker.end(), bytes };
  const reader = new PatchReader(onDetection);
  for (const chunk of held) reader.push(chunk);
  reader.end();
  return { sections: reader.sections, bytes };
}

const WORKER_BYTES = 2 * 1024 * 1024;

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
