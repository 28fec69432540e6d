/**
 * git commands whose output can be larger than memory should hold (a 100 MB staged file, a whole
 * history): spawned directly and read as a stream of lines or blobs. simple-git buffers a command's
 * entire output, which is right for small answers and wrong for these.
 */
import { spawn } from "node:child_process";
import { UserError } from "../errors.js";

/** Runs git and hands every line of its output (without the newline) to `onLine`. */
export async function streamGitLines(
  cwd: string,
  args: string[],
  onLine: (line: Buffer) => void,
): Promise<void> {
  const child = spawn("git", args, { cwd, stdio: ["ignore", "pipe", "pipe"] });
  const stderr: Buffer[] = [];
  child.stderr.on("data", (chunk: Buffer) => stderr.push(chunk));
  const exited = exitOf(child, args, stderr);
  let rest: Buffer | undefined;
  for await (const chunk of child.stdout as AsyncIterable<Buffer>) {
    const data = rest ? Buffer.concat([rest, chunk]) : chunk;
    let start = 0;
    for (let nl = data.indexOf(10, start); nl !== -1; nl = data.indexOf(10, start)) {
      onLine(data.subarray(start, nl));
      start = nl + 1;
    }
    rest = start < data.length ? data.subarray(start) : undefined;
  }
  if (rest) onLine(rest);
  await exited;
}

export interface Blob {
  oid: string;
  /** Undefined when git does not know the object. */
  content?: Buffer;
}

/** Reads objects through one `git cat-file --batch` process, in the order asked. */
export async function readBlobs(
  cwd: string,
  oids: readonly string[],
  onBlob: (blob: Blob) => void | Promise<void>,
) {
  if (oids.length === 0) return;
  const args = ["cat-file", "--batch"];
  const child = spawn("git", args, { cwd, stdio: ["pipe", "pipe", "pipe"] });
  const stderr: Buffer[] = [];
  child.stderr.on("data", (chunk: Buffer) => stderr.push(chunk));
  const exited = exitOf(child, args, stderr);
  child.stdin.on("error", () => {}); // reported through the exit code
  child.stdin.end(`${oids.join("\n")}\n`);
  let buffered: Buffer = Buffer.alloc(0);
  let index = 0;
  for await (const chunk of child.stdout as AsyncIterable<Buffer>) {
    buffered = buffered.length === 0 ? chunk : Buffer.concat([buffered, chunk]);
    while (index < oids.length) {
      const headerEnd = buffered.indexOf(10);
      if (headerEnd === -1) break;
      const header = buffered.subarray(0, headerEnd).toString("utf8");
      if (header.endsWith(" missing")) {
        await onBlob({ oid: oids[index++]! });
        buffered = buffered.subarray(headerEnd + 1);
        continue;
      }
      const size = Number(header.slice(header.lastIndexOf(" ") + 1));
      if (buffered.length < headerEnd + 1 + size + 1) break; // wait for the whole object
      await onBlob({ oid: oids[index++]!, content: buffered.subarray(headerEnd + 1, headerEnd + 1 + size) });
      buffered = buffered.subarray(headerEnd + 1 + size + 1);
    }
  }
  await exited;
}

function exitOf(child: ReturnType<typeof spawn>, args: string[], stderr: Buffer[]): Promise<void> {
  return new Promise((resolve, reject) => {
    child.on("error", (error) => reject(new UserError(`cannot run git: ${error.message}`)));
    child.on("close", (code) => {
      if (code === 0) resolve();
      else {
        const message = Buffer.concat(stderr).toString("utf8").trim().split("\n")[0] ?? "";
        reject(new UserError(`git ${args[0]} failed (exit ${code}): ${message}`));
      }
    });
  });
}
