import { Scrubber } from "../detect/scrub.js";

/** What a command needs from the outside world, passed in so that commands stay testable. */
export interface Io {
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Every secret read so far (dotenv.ts adds them): stdout and stderr never print one. */
  secrets: Scrubber;
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
  const secrets = new Scrubber();
  return {
    cwd: process.cwd(),
    env,
    secrets,
    stdout: (text) => process.stdout.write(secrets.clean(text)),
    stderr: (text) => process.stderr.write(secrets.clean(text)),
    color,
  };
}

/** Exit codes, the same for every command: documented in the README. */
export const EXIT = { ok: 0, found: 1, error: 2 } as const;
