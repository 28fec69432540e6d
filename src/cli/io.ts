/** What a command needs from the outside world, passed in so that commands stay testable. */
import { createInterface } from "node:readline/promises";
import { Scrubber } from "../detect/scrub.js";

export interface Io {
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Every secret read so far (dotenv.ts adds them): stdout and stderr never print one. */
  secrets: Scrubber;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Whether stdout is a terminal that takes colour. */
  color: boolean;
  /** Whether a person is at the keyboard (stdin and stderr are terminals): only then may we ask. */
  interactive: boolean;
  /**
   * Asks a question on stderr and returns the answer typed on stdin; undefined when the person
   * closes the prompt instead (Ctrl+D, Ctrl+C), which callers read as "no".
   */
  ask: (question: string) => Promise<string | undefined>;
  /**
   * Standard input, read whole; undefined when it is a terminal (nothing was piped), or when
   * `firstByteMs` is given and nothing arrives that soon (an open pipe nobody writes to).
   */
  readStdin?: (options?: { firstByteMs?: number }) => Promise<string | undefined>;
}

export function processIo(): Io {
  const env = process.env;
  const color =
    env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== "0"
      ? true
      : Boolean(process.stdout.isTTY) && env.NO_COLOR === undefined && env.TERM !== "dumb";
  const secrets = new Scrubber();
  return {
    cwd: process.cwd(),
    env,
    secrets,
    stdout: writerFor(process.stdout, secrets),
    stderr: writerFor(process.stderr, secrets),
    color,
    interactive: Boolean(process.stdin.isTTY && process.stderr.isTTY),
    ask: async (question) => {
      const prompt = createInterface({ input: process.stdin, output: process.stderr });
      try {
        return await prompt.question(question);
      } catch (error) {
        // readline rejects with an AbortError when the prompt is closed without an answer.
        if ((error as Error).name !== "AbortError") throw error;
        process.stderr.write("\n");
        return undefined;
      } finally {
        prompt.close();
      }
    },
    readStdin: async (options = {}) => {
      if (process.stdin.isTTY) return undefined;
      return readWhole(process.stdin, options.firstByteMs);
    },
  };
}

/** A stream read to its end; undefined when its first byte takes longer than `firstByteMs`. */
function readWhole(stream: NodeJS.ReadStream, firstByteMs: number | undefined): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    const timer =
      firstByteMs === undefined
        ? undefined
        : setTimeout(() => {
            // Nobody is writing: stop reading, so that the open pipe does not keep the process alive.
            stream.removeAllListeners("data");
            stream.destroy();
            resolve(undefined);
          }, firstByteMs);
    stream.on("data", (chunk: Buffer) => {
      clearTimeout(timer);
      chunks.push(chunk);
    });
    stream.once("end", () => {
      clearTimeout(timer);
      resolve(Buffer.concat(chunks).toString("utf8"));
    });
    stream.once("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
}

/**
 * Writes to a stream that the reader may close early (`scan | head -1`): a closed pipe (EPIPE) is
 * the reader saying "enough", so the rest is dropped quietly, with no stack trace.
 */
function writerFor(stream: NodeJS.WriteStream, secrets: Scrubber): (text: string) => void {
  let closed = false;
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") throw error;
    closed = true;
  });
  return (text) => {
    if (!closed) stream.write(secrets.clean(text));
  };
}

/** Exit codes, the same for every command: documented in the README. */
export const EXIT = { ok: 0, found: 1, error: 2 } as const;
