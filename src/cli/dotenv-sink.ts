/**
 * `rotate`'s one write on a laptop: the .env line of the token. Apart from dotenv.ts because it
 * is loaded only by `rotate`, never by the scan or the pre-commit hook. The token's line is
 * replaced atomically (a temporary file next to it with the same mode, then a rename), so a crash
 * leaves the old file or the new one, never half of one. A symbolic link is followed. A file this
 * user may not write, or does not own, is refused rather than replaced: a rename would silently
 * change what its permissions or owner said, and so is a hard-linked one: the rename would leave
 * its other names holding the old token. Every variable (and duplicate line) that holds the
 * token is rewritten, and the description names them.
 */
import { randomBytes } from "node:crypto";
import { constants } from "node:fs";
import { access, open, readFile, realpath, rename, rm, stat } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { parseEnv } from "node:util";
import { UserError } from "../errors.js";
import { SinkError, type TokenSink } from "../rotate/sink.js";
import { replaceDotenvToken, withoutBom } from "./dotenv.js";

export function dotenvSink(cwd: string, name: string, current: string): TokenSink {
  const path = join(cwd, ".env");
  const refuse = (reason: string): never => {
    throw new SinkError(`cannot write ${name} to .env: ${reason}.`);
  };
  const read = async () => {
    const target = await realpath(path).catch(() => refuse("the file is gone"));
    const text = await readFile(target, "utf8").catch((error: Error) => refuse(error.message));
    if (parseEnv(withoutBom(text))[name] !== current)
      refuse(`${name} in the file is no longer the token that was checked`);
    return { target, text };
  };
  // Every variable that holds the token, known once prepare has read the file.
  let keys = [name];
  return {
    get description() {
      return `.env (${keys.join(", ")})`;
    },
    async prepare() {
      const { target, text } = await read();
      try {
        keys = replaceDotenvToken(text, name, current, "x".repeat(Math.max(current.length, 20))).keys;
      } catch (error) {
        refuse((error as Error).message);
      }
      // Told before Meta is asked: a usage error (exit 2), not a failed step.
      const problem = await notWritable(target);
      if (problem) throw new UserError(problem);
      return {};
    },
    async store(token: string) {
      const { target, text } = await read();
      let updated = "";
      try {
        ({ text: updated, keys } = replaceDotenvToken(text, name, current, token));
      } catch (error) {
        refuse((error as Error).message);
      }
      const problem = await notWritable(target);
      if (problem) refuse(problem);
      await writeAtomically(target, updated).catch((error: Error) => refuse(error.message));
    },
  };
}

/** Why the file may not be replaced as it is (not writable by this user, not its own, a read-only folder). */
async function notWritable(target: string): Promise<string | undefined> {
  const info = await stat(target);
  const can = (path: string) =>
    access(path, constants.W_OK).then(
      () => true,
      () => false,
    );
  // The owner's write bit too: root may write anything, but a file marked read-only means it.
  if ((info.mode & 0o200) === 0 || !(await can(target))) {
    return `.env is read-only (mode ${(info.mode & 0o777).toString(8)}): wa-token-guard never changes a file's permissions; make it writable (chmod u+w .env) and run again, or pass --github-secret`;
  }
  if (info.nlink > 1) {
    return `.env has ${info.nlink} hard links (other names for the same file): replacing it (a new file, then a rename) would give only this name the new token and leave the others holding the old one; remove the other links (or use a symbolic link) and run again, or pass --github-secret`;
  }
  const uid = process.getuid?.();
  if (uid !== undefined && info.uid !== uid) {
    return `.env belongs to another user (uid ${info.uid}): replacing it would make it yours; run as its owner, or pass --github-secret`;
  }
  if (!(await can(dirname(target)))) {
    return "the folder of .env is not writable, so .env cannot be replaced atomically; make the folder writable and run again";
  }
  return undefined;
}

async function writeAtomically(target: string, text: string): Promise<void> {
  const mode = (await stat(target)).mode & 0o7777;
  const temporary = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString("hex")}.tmp`);
  const handle = await open(temporary, "wx", mode);
  try {
    try {
      await handle.writeFile(text, "utf8");
      await handle.chmod(mode); // the umask may have narrowed it
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
