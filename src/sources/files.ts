/**
 * Where `scan` gets its text: files and folders on disk. Inside a git work tree, folders are
 * listed by git itself (tracked files plus untracked ones .gitignore does not exclude), so ignore
 * rules behave exactly as git applies them; an untracked nested clone is listed by its own git;
 * elsewhere, or with --no-gitignore, by walking. `.git` is never entered; `node_modules` only for
 * the files git tracks in it (committed code is scanned wherever it sits). Symbolic links are not
 * followed.
 *
 * Nothing is dropped silently: a file or folder that cannot be read is a Skipped entry with the
 * reason, and names that are not valid UTF-8 are kept as bytes, so they are read all the same.
 */
import { lstat, readdir, stat } from "node:fs/promises";
import { join, relative, resolve, sep } from "node:path";
import { UserError } from "../errors.js";
import { gitWithWarnings } from "./git.js";

export interface FileEntry {
  /** Absolute path; bytes when the name is not valid UTF-8 (node:fs takes either). */
  absPath: string | Buffer;
  /** Relative to the repository root (or the working directory outside a repository), `/`-separated. */
  repoPath: string;
  /** Relative to the working directory, `/`-separated: what reports show. */
  displayPath: string;
  /** Named on the command line: scanned even where the configuration ignores its path. */
  explicit: boolean;
  /** Named on the command line, or tracked by git: a read failure is an error (exit 2). */
  mustRead: boolean;
}

/** What could not be read, and why. `mustRead`: it was named or tracked, so the scan fails. */
export interface Skipped {
  displayPath: string;
  reason: string;
  mustRead: boolean;
}

export interface ListOptions {
  cwd: string;
  root: string;
  insideGit: boolean;
  useGitignore: boolean;
}

export interface Listing {
  entries: FileEntry[];
  skipped: Skipped[];
}

const NEVER_ENTER = new Set([".git", "node_modules"]);

export const toPosix = (path: string) => (sep === "/" ? path : path.split(sep).join("/"));

export async function listFiles(paths: readonly string[], options: ListOptions): Promise<Listing> {
  const byPath = new Map<string, FileEntry>();
  const skipped: Skipped[] = [];
  const display = (absPath: string) => toPosix(relative(options.cwd, absPath)) || ".";
  const add = (absPath: string | Buffer, explicit: boolean, tracked = false) => {
    const text = typeof absPath === "string" ? absPath : absPath.toString("utf8");
    const key = typeof absPath === "string" ? absPath : absPath.toString("latin1");
    const known = byPath.get(key);
    if (known) {
      known.explicit ||= explicit;
      known.mustRead ||= explicit || tracked;
      return;
    }
    byPath.set(key, {
      absPath,
      repoPath: toPosix(relative(options.root, text)) || ".",
      displayPath: display(text),
      explicit,
      mustRead: explicit || tracked,
    });
  };
  const skip = (absPath: string, reason: string, mustRead: boolean) =>
    skipped.push({ displayPath: display(absPath), reason, mustRead });

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
      if (options.insideGit && options.useGitignore) await listWithGit(absPath, add, skip);
      else await walk(absPath, add, skip);
    } else throw new UserError(`cannot scan ${path}: not a regular file or folder`);
  }
  return { entries: [...byPath.values()], skipped };
}

const SPECIAL_FILE = "not a regular file (a FIFO, socket or device)";

type Add = (absPath: string | Buffer, explicit: boolean, tracked?: boolean) => void;
type Skip = (absPath: string, reason: string, mustRead: boolean) => void;

/** `name` joined to `dir`: a string when both are valid UTF-8, else bytes. */
function joinName(dir: string | Buffer, name: Buffer): string | Buffer {
  const text = name.toString("utf8");
  if (typeof dir === "string" && Buffer.from(text, "utf8").equals(name)) return join(dir, text);
  return Buffer.concat([Buffer.from(dir), Buffer.from(sep), name]);
}

const hasNeverEnter = (name: string) => name.split("/").some((part) => NEVER_ENTER.has(part));

/**
 * One `git ls-files` for tracked (`H`, and other stage letters) and untracked (`?`) files. An
 * untracked folder git lists as `path/` is a nested repository: listed with its own git.
 */
async function listWithGit(dir: string, add: Add, skip: Skip): Promise<void> {
  const { stdout, warnings } = await gitWithWarnings(dir, [
    "-c",
    "core.quotePath=true",
    "ls-files",
    "-z",
    "-t",
    "--cached",
    "--others",
    "--exclude-standard",
  ]);
  // git cannot list inside a folder it cannot open; it says so and goes on.
  for (const line of warnings.split("\n")) {
    const unreadable = /could not open directory '(.*)': (.*)$/.exec(line);
    if (unreadable) skip(join(dir, unreadable[1]!), describeReason(unreadable[2]!), false);
  }
  for (let start = 0; start < stdout.length; ) {
    let end = stdout.indexOf(0, start);
    if (end === -1) end = stdout.length;
    const record = stdout.subarray(start, end);
    start = end + 1;
    if (record.length < 3) continue;
    const tracked = record[0] !== 0x3f; // "?"
    const name = record.subarray(2);
    const text = name.toString("utf8");
    // node_modules is skipped when untracked (installed, not written); tracked, it is committed
    // code like any other (a vendored package, a committed node_modules) and is scanned.
    if (!tracked && hasNeverEnter(text)) continue;
    const absPath = joinName(dir, name);
    if (!tracked && text.endsWith("/")) {
      await listWithGit(absPath.toString(), add, skip);
      continue;
    }
    try {
      const info = await lstat(absPath);
      // Tracked submodules (folders) and links are not files to read; a FIFO, socket or device
      // in a tracked file's place is a file that cannot be read (and reading a FIFO would hang).
      if (info.isFile()) add(absPath, false, tracked);
      else if (!info.isDirectory() && !info.isSymbolicLink()) skip(absPath.toString(), SPECIAL_FILE, tracked);
    } catch (error) {
      // Tracked but deleted in the working tree: nothing to read, nothing lost.
      if ((error as NodeJS.ErrnoException).code === "ENOENT") continue;
      skip(absPath.toString(), describeFsError(error), tracked);
    }
  }
}

async function walk(dir: string, add: Add, skip: Skip): Promise<void> {
  const pending: (string | Buffer)[] = [dir];
  const found: (string | Buffer)[] = [];
  while (pending.length > 0) {
    const current = pending.pop()!;
    let entries: import("node:fs").Dirent<Buffer>[];
    try {
      entries = await readdir(current, { withFileTypes: true, encoding: "buffer" });
    } catch (error) {
      // The folder named on the command line itself must be readable; below it, say and go on.
      if (current === dir) throw new UserError(`cannot read folder ${dir}: ${describeFsError(error)}`);
      skip(current.toString(), describeFsError(error), false);
      continue;
    }
    for (const entry of entries) {
      const name = entry.name.toString("utf8");
      if (NEVER_ENTER.has(name)) continue;
      const path = joinName(current, entry.name);
      if (entry.isDirectory()) pending.push(path);
      else if (entry.isFile()) found.push(path);
      else if (!entry.isSymbolicLink()) skip(path.toString(), SPECIAL_FILE, false);
    }
  }
  found.sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
  for (const path of found) add(path, false);
}

/** git's wording of a failed directory read, in this tool's words. */
function describeReason(reason: string): string {
  return /permission denied/i.test(reason) ? "permission denied" : reason.toLowerCase();
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
      return "a folder in its path is not a folder";
    case "ELOOP":
      return "a folder in its path is a link loop";
    case "ENOSPC":
      return "no space left on the disk";
    default:
      return code ?? (error as Error).message;
  }
}
