/**
 * Where `scan` gets its text: files and folders on disk. Inside a git work tree, folders are
 * listed by git itself (tracked files plus untracked ones .gitignore does not exclude), so ignore
 * rules behave exactly as git applies them; elsewhere, or with --no-gitignore, by walking.
 * `.git` and `node_modules` are never entered; symbolic links are not followed.
 */
import { lstat, readdir, stat } from "node:fs/promises";
import { join, relative, resolve, sep } from "node:path";
import { UserError } from "../errors.js";
import { git, splitNul } from "./git.js";

export interface FileEntry {
  absPath: string;
  /** Relative to the repository root (or the working directory outside a repository), `/`-separated. */
  repoPath: string;
  /** Relative to the working directory, `/`-separated: what reports show. */
  displayPath: string;
  /** Named on the command line: scanned even when ignored. */
  explicit: boolean;
}

export interface ListOptions {
  cwd: string;
  root: string;
  insideGit: boolean;
  useGitignore: boolean;
}

const NEVER_ENTER = new Set([".git", "node_modules"]);

export const toPosix = (path: string) => (sep === "/" ? path : path.split(sep).join("/"));

export async function listFiles(paths: readonly string[], options: ListOptions): Promise<FileEntry[]> {
  const byPath = new Map<string, FileEntry>();
  const add = (absPath: string, explicit: boolean) => {
    if (byPath.has(absPath)) return;
    byPath.set(absPath, {
      absPath,
      repoPath: toPosix(relative(options.root, absPath)) || ".",
      displayPath: toPosix(relative(options.cwd, absPath)) || ".",
      explicit,
    });
  };
  for (const path of paths) {
    const absPath = resolve(options.cwd, path);
    let info: Awaited<ReturnType<typeof stat>>;
    try {
      info = await stat(absPath);
    } catch (error) {
      throw new UserError(`cannot read ${path}: ${describeFsError(error)}`);
    }
    if (info.isFile()) add(absPath, true);
    else if (info.isDirectory()) {
      const found =
        options.insideGit && options.useGitignore ? await listWithGit(absPath) : await walk(absPath);
      for (const file of found) add(file, false);
    } else throw new UserError(`cannot scan ${path}: not a regular file or folder`);
  }
  return [...byPath.values()];
}

async function listWithGit(dir: string): Promise<string[]> {
  const output = await git(dir, ["ls-files", "-z", "--cached", "--others", "--exclude-standard"]);
  const files: string[] = [];
  for (const path of new Set(splitNul(output))) {
    if (path.split("/").some((part) => NEVER_ENTER.has(part))) continue;
    const absPath = join(dir, path);
    // Tracked but deleted, submodules (folders) and links are not files to read.
    const info = await lstat(absPath).catch(() => undefined);
    if (info?.isFile()) files.push(absPath);
  }
  return files;
}

async function walk(dir: string): Promise<string[]> {
  const files: string[] = [];
  const pending = [dir];
  while (pending.length > 0) {
    const current = pending.pop()!;
    let entries: import("node:fs").Dirent[];
    try {
      entries = await readdir(current, { withFileTypes: true });
    } catch (error) {
      throw new UserError(`cannot read folder ${current}: ${describeFsError(error)}`);
    }
    for (const entry of entries) {
      if (NEVER_ENTER.has(entry.name)) continue;
      const path = join(current, entry.name);
      if (entry.isDirectory()) pending.push(path);
      else if (entry.isFile()) files.push(path);
    }
  }
  return files.sort();
}

export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case "ENOENT":
      return "no such file or folder";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "EISDIR":
      return "is a folder";
    case "ENOTDIR":
      return "a part of the path is not a folder";
    case "ENOSPC":
      return "no space left on the disk";
    default:
      return code ?? (error as Error).message;
  }
}
