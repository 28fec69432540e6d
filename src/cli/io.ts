/** What a command needs from the outside world, passed in so that commands stay testable. */
export interface Io {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Whether stdout is a terminal that takes colour. */
  color: boolean;
}

export function processIo(): Io {
  const env = process.env;
  const color =
    env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== "0"
      ? true
      : Boolean(process.stdout.isTTY) && env.NO_COLOR === undefined && env.TERM !== "dumb";
  return {
    cwd: process.cwd(),
    env,
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    color,
  };
}

/** Exit codes, the same for every command: documented in the README. */
export const EXIT = { ok: 0, found: 1, error: 2 } as const;
