/**
 * The one way this project talks to git: node:child_process, nothing in between.
 *
 * Why not simple-git (measured, see README "Performance"): loading it costs ~20 ms and its first
 * call ~13 ms more, most of the pre-commit budget; and it strips inherited GIT_* variables, so
 * inside `git commit -a` (which commits from a temporary index named by GIT_INDEX_FILE) it read
 * the wrong index and let a staged token through. Here git inherits the environment, less the
 * four pathspec switches, and with replace refs and grafts off (see gitEnvironment).
 */
import { type ChildProcess, execFile, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import type { Readable, Writable } from "node:stream";
import { UserError } from "../errors.js";

/**
 * The environment git runs with: the caller's, GIT_INDEX_FILE and all, minus the switches that
 * turn pathspec magic off or on (GIT_LITERAL_PATHSPECS=1 would make `:(literal)` and
 * `:(exclude)` name files that do not exist, and the scan would look at nothing), and with
 * replace refs and grafts off: `git replace <staged blob> <clean blob>` makes every git read show
 * the clean one, and a graft (`.git/info/grafts`) makes `git log` skip the commits that added a
 * token, while the commit and a push carry the real objects.
 */
function gitEnvironment(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    GIT_NO_REPLACE_OBJECTS: "1",
    // An empty grafts file: git reads it instead of .git/info/grafts.
    GIT_GRAFT_FILE: process.platform === "win32" ? "NUL" : "/dev/null",
  };
  for (const name of [
    "GIT_LITERAL_PATHSPECS",
    "GIT_GLOB_PATHSPECS",
    "GIT_NOGLOB_PATHSPECS",
    "GIT_ICASE_PATHSPECS",
  ])
    delete env[name];
  return env;
}

type Stdio = ["ignore" | "pipe", "pipe", "ignore" | "pipe"];

/**
 * Starts a long-running git with pipes. When the process is out of file descriptors (a low
 * `ulimit -n`), node sets up no pipes and reports the failure only later, as an event: that is
 * turned into the one-line error here, before anything reads a pipe that is not there.
 */
function spawnGit(cwd: string, args: readonly string[], stdio: Stdio): PipedChild {
  const child = spawn("git", args, { cwd, env: gitEnvironment(), stdio });
  if (!child.stdout || (stdio[0] === "pipe" && !child.stdin)) {
    child.on("error", () => {}); // reported below, once
    throw gitError(args, { code: "EMFILE" }, "");
  }
  return child as PipedChild;
}

/** A git child whose pipes are there (stdin only when asked for: see spawnGit). */
type PipedChild = ChildProcess & { stdin: Writable; stdout: Readable };

/** Runs git and returns its standard output. Failures become one-line UserErrors. */
export async function git(cwd: string, args: readonly string[]): Promise<string> {
  return (await gitBytes(cwd, args)).toString("utf8");
}

/** Like git(), as bytes: for output that holds file names, which need not be UTF-8. */
export async function gitBytes(cwd: string, args: readonly string[]): Promise<Buffer> {
  return (await gitWithWarnings(cwd, args)).stdout;
}

/** Like gitBytes(), also returning what git warned about on stderr while succeeding. */
export function gitWithWarnings(
  cwd: string,
  args: readonly string[],
): Promise<{ stdout: Buffer; warnings: string }> {
  return new Promise((resolve, reject) => {
    execFile(
      "git",
      args,
      { cwd, env: gitEnvironment(), encoding: "buffer", maxBuffer: 1024 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error) reject(gitError(args, error, stderr.toString("utf8")));
        else resolve({ stdout, warnings: stderr.toString("utf8") });
      },
    );
  });
}

/** A path inside the git folder (`rev-parse --git-path`: worktree-aware), absolute. */
export async function gitPath(root: string, name: string): Promise<string> {
  return resolve(root, (await git(root, ["rev-parse", "--git-path", name])).trim());
}

/**
 * The first `bytes` bytes of a blob, without reading the rest: git streams a blob to the pipe,
 * and stops when the pipe closes.
 */
export function gitBlobHead(cwd: string, oid: string, bytes: number): Promise<Buffer> {
  const args = ["cat-file", "blob", oid];
  const child = spawnGit(cwd, args, ["ignore", "pipe", "ignore"]);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let length = 0;
    const done = () => {
      child.stdout.destroy();
      child.kill();
      resolve(Buffer.concat(chunks).subarray(0, bytes));
    };
    child.stdout.on("data", (chunk: Buffer) => {
      chunks.push(chunk);
      length += chunk.length;
      if (length >= bytes) done();
    });
    child.stdout.on("end", done);
    child.on("error", (error) => reject(gitError(args, error, "")));
  });
}

/**
 * The work tree's top folder, or undefined outside a git work tree (or without git). Found by
 * looking for `.git` (a folder, or a file in worktrees and submodules) upwards from `dir`, which
 * is what git does and saves starting a process on every commit; git itself is asked when an
 * explicit GIT_WORK_TREE is set or nothing is found.
 */
export async function workTreeRoot(dir: string): Promise<string | undefined> {
  if (process.env.GIT_WORK_TREE) return resolve(dir, process.env.GIT_WORK_TREE);
  for (let current = resolve(dir); ; current = dirname(current)) {
    if (existsSync(join(current, ".git"))) return current;
    if (dirname(current) === current) break;
  }
  try {
    const root = (await git(dir, ["rev-parse", "--show-toplevel"])).trim();
    return root === "" ? undefined : root;
  } catch {
    return undefined;
  }
}

/** Splits `-z` output into its records. */
export function splitNul(output: string): string[] {
  return output.split("\0").filter((part) => part !== "");
}

/**
 * Runs git and yields its output as it arrives. The consumer sets the pace: while it works on a
 * chunk, git waits on a full pipe, so nothing piles up in memory however long the output.
 */
export async function* gitStream(cwd: string, args: readonly string[]): AsyncGenerator<Buffer> {
  const child = spawnGit(cwd, args, ["ignore", "pipe", "pipe"]);
  const exited = exitOf(child, args);
  try {
    for await (const chunk of child.stdout as AsyncIterable<Buffer>) yield chunk;
  } finally {
    if (child.exitCode === null) child.kill(); // the consumer stopped early
  }
  await exited;
}

/**
 * One `git cat-file --batch` process, asked for objects one at a time and answering in order, so
 * a caller can keep a bounded number of reads in flight while it discovers what to read next.
 * `read` resolves with undefined for an object git does not have.
 */
export class BlobReader {
  private readonly child;
  private readonly exited: Promise<void>;
  private readonly waiting: {
    resolve: (content: Buffer | undefined) => void;
    reject: (error: unknown) => void;
  }[] = [];
  private header: Buffer | undefined; // an incomplete header line carried to the next chunk
  private body: Buffer[] = [];
  private remaining = -1; // bytes of the current object (plus its trailing newline) still to come

  constructor(cwd: string) {
    const args = ["cat-file", "--batch"];
    this.child = spawnGit(cwd, args, ["pipe", "pipe", "pipe"]);
    this.exited = exitOf(this.child, args);
    // A failed git rejects every read still waiting; the exit itself is awaited by close().
    this.exited.catch((error) => {
      for (const waiter of this.waiting.splice(0)) waiter.reject(error);
    });
    this.child.stdin.on("error", () => {}); // a git that died early is reported through its exit code
    this.child.stdout.on("data", (chunk: Buffer) => this.parse(chunk));
  }

  read(oid: string): Promise<Buffer | undefined> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ resolve, reject });
      this.child.stdin.write(`${oid}\n`);
    });
  }

  /** Ends the process; rejects when git failed. */
  async close(): Promise<void> {
    this.child.stdin.end();
    await this.exited;
  }

  private parse(chunk: Buffer): void {
    let data = chunk;
    while (data.length > 0) {
      if (this.remaining < 0) {
        if (this.header) {
          data = Buffer.concat([this.header, data]);
          this.header = undefined;
        }
        const end = data.indexOf(10);
        if (end === -1) {
          this.header = data;
          return;
        }
        const line = data.subarray(0, end).toString("utf8");
        data = data.subarray(end + 1);
        if (line.endsWith(" missing")) this.waiting.shift()?.resolve(undefined);
        else this.remaining = Number(line.slice(line.lastIndexOf(" ") + 1)) + 1;
        continue;
      }
      const take = Math.min(this.remaining, data.length);
      this.body.push(data.subarray(0, take));
      data = data.subarray(take);
      this.remaining -= take;
      if (this.remaining === 0) {
        const content = Buffer.concat(this.body);
        this.body = [];
        this.remaining = -1;
        this.waiting.shift()?.resolve(content.subarray(0, content.length - 1));
      }
    }
  }
}

/** Reads objects through one BlobReader, in the order asked. */
export async function gitBlobs(
  cwd: string,
  oids: readonly string[],
  onBlob: (oid: string, content: Buffer | undefined) => void,
): Promise<void> {
  if (oids.length === 0) return;
  const reader = new BlobReader(cwd);
  const reads = oids.map((oid) => reader.read(oid));
  const closed = reader.close();
  // Awaited below, in order; a git that failed rejects them all, and only the first is thrown.
  for (const pending of [...reads, closed]) pending.catch(() => {});
  for (const [index, read] of reads.entries()) onBlob(oids[index]!, await read);
  await closed;
}

function exitOf(child: ReturnType<typeof spawn>, args: readonly string[]): Promise<void> {
  const stderr: Buffer[] = [];
  child.stderr?.on("data", (chunk: Buffer) => stderr.push(chunk));
  return new Promise((resolve, reject) => {
    child.on("error", (error) => reject(gitError(args, error, "")));
    child.on("close", (code) => {
      if (code === 0) resolve();
      else reject(gitError(args, { code }, Buffer.concat(stderr).toString("utf8")));
    });
  });
}

function gitError(
  args: readonly string[],
  error: { code?: unknown; message?: string },
  stderr: string,
): UserError {
  if (error.code === "ENOENT") return new UserError("git is not installed or not on PATH");
  if (error.code === "EMFILE" || error.code === "ENFILE")
    return new UserError(
      `git ${args[0]} could not be started: too many open files (raise the limit, \`ulimit -n\`, to 256 or more)`,
    );
  const detail = stderr.trim().split("\n")[0] || error.message || "no message";
  return new UserError(`git ${args[0]} failed: ${detail}`);
}
