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
import { readFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { git, gitChunks } from "./git.js";
import { type AddedLineDetection, PatchReader } from "./patch-reader.js";

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
function diffArgs(base: string | undefined, pathspecs: readonly string[], filter = "ACMRT"): string[] {
  return [
    "diff",
    "--cached",
    "-M",
    `--diff-filter=${filter}`,
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
  options: { base?: string; pathspecs?: readonly string[]; filter?: string } = {},
): Promise<{ sections: number; bytes: number }> {
  const args = diffArgs(options.base, options.pathspecs ?? [], options.filter);
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

/**
 * A staged file's content, read from the working tree when it is byte-for-byte what the index
 * holds: proven by computing git's blob id (sha1, or sha256 in such repositories, of
 * "blob <size>\0" + content) and comparing it with the staged one. Reading a file is several
 * times faster than receiving it through a pipe from git. Undefined when the file differs (it
 * was changed, or removed, after staging): the caller then reads the blob from git.
 */
export async function stagedContentFromDisk(root: string, file: StagedFile): Promise<Buffer | undefined> {
  if (file.mode !== "100644" && file.mode !== "100755") return undefined;
  let content: Buffer;
  try {
    content = await readFile(join(root, file.path));
  } catch {
    return undefined;
  }
  const { createHash } = process.getBuiltinModule("node:crypto");
  const hash = createHash(file.oid.length === 64 ? "sha256" : "sha1");
  hash.update(`blob ${content.length}\0`);
  hash.update(content);
  return hash.digest("hex") === file.oid ? content : undefined;
}
